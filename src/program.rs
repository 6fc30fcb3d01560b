//! A family page's own small program. The family's pages (questions, notes, the diary, …, the
//! printed sheet, bringing in a visit from a kiosk) are drawn ahead of time as their shell
//! (scripts/prerender.mjs), and each starts a program of its own (src/bin/<page>.rs) rather than
//! the whole app: that page's code, without the router, the other pages or the staff tools. So
//! a family opening one of them on a slow phone waits for about half the code. Its links are
//! ordinary links to the next pre-rendered page, as on the reading pages (src/bin/reading.rs).
//!
//! The page is adopted as it was drawn, exactly as the app adopts it (src/main.rs): the same
//! component, each heavy part in a task of its own (components::Later), then the family's saved
//! data is read and shown. A kiosk starts the whole app instead (scripts/program-build.mjs).

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

use crate::components::{
    adopting, whole_page_adopted, Announcer, KioskMode, Later, LiveRegion, QrDrawing, UpdateBanner,
};
use crate::kiosk;
use crate::store::Store;
use crate::takeover::replace;

/// Starts the page drawn by `draw`, the component the app shows at this page's address.
pub fn start(draw: fn() -> AnyView) {
    wasm_bindgen_futures::spawn_local(adopt(draw));
}

async fn adopt(draw: fn() -> AnyView) {
    let Some(main) = document()
        .query_selector("main")
        .ok()
        .flatten()
        .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let store = Store::new();
    let owner = std::rc::Rc::new(std::cell::Cell::new(None));
    let page_owner = owner.clone();
    // The page sits in `<main>` as the app drew it there: one `Later` holding the page.
    let page = adopting(|| {
        leptos::mount::hydrate_from(main, move || {
            provide_context(store);
            provide_context(Announcer::new());
            // Never a kiosk (a kiosk starts the whole app), so no QR codes either.
            provide_context(KioskMode(RwSignal::new(None)));
            provide_context(QrDrawing(RwSignal::new(None)));
            page_owner.set(Owner::current());
            view! { <Later>{draw()}</Later> }
        })
    });
    // The page lives as long as the page is open.
    std::mem::forget(page);
    let Some(owner) = owner.take() else {
        return;
    };
    owner.with(|| replace("#announcer", || view! { <LiveRegion /> }));
    // As in the app: what was saved is read once every part has been adopted as it was drawn,
    // and another tab's change is merged in. Should this page still start on a kiosk, it keeps
    // nothing.
    whole_page_adopted().await;
    if kiosk::settings().is_some() {
        store.use_memory_only();
    } else {
        store.load();
    }
    store.follow_other_tabs();
    // The banner has no pre-rendered copy: it sits just before the page, as in the app.
    if let (Some(body), Ok(Some(main))) = (document().body(), document().query_selector("main")) {
        let mut banner = owner.with(|| view! { <UpdateBanner /> }.into_view().build());
        banner.mount(&body, Some(main.unchecked_ref()));
        std::mem::forget(banner);
    }
    // Tells tests (and the offline copy, see register-sw.js) that the page has started.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-ready", "");
    }
}
