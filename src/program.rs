//! Starting a page from its piece of the program (src/pages/load.rs). The family's pages
//! (questions, notes, the diary, …), the guide's tools (myths, referral, search) and the staff
//! tools are drawn ahead of time (scripts/prerender.mjs, the family's pages as their shell), and
//! each starts its own piece of the program rather than the whole app: that page's code, without
//! the router or the other pages. So a family opening one of them on a slow phone waits for a
//! fraction of the code. Its links are ordinary links to the next pre-rendered page, as on the
//! reading pages.
//!
//! The page is adopted as it was drawn, exactly as the whole app adopts it (src/app.rs): the same
//! component, each heavy part in a task of its own (components::Later), then the family's saved
//! data is read and shown. A kiosk starts the whole app instead (scripts/program-build.mjs).

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

use crate::components::{
    adopting, whole_page_adopted, Address, Announcer, KioskMode, Later, LiveRegion, QrDrawing,
    UpdateBanner,
};
use crate::kiosk;
use crate::pages::load::Draw;
use crate::store::Store;
use crate::takeover::replace;

/// Starts the page drawn at `path`, which `draw` draws as the app does there (pages::load).
pub fn start(draw: Draw, path: String) {
    wasm_bindgen_futures::spawn_local(adopt(draw, path, read_family_data));
}

/// As in the app: what was saved is read once, and another tab's change is merged in, so
/// nothing done here writes over what the family did elsewhere. A kiosk starts the whole app
/// instead; should a page's program still start on one, it keeps nothing.
pub fn read_family_data(store: Store) {
    if kiosk::settings().is_some() {
        store.use_memory_only();
    } else {
        store.load();
    }
    store.follow_other_tabs();
}

/// Starts a page that neither shows nor changes anything of the family's (search, the staff
/// tools): nothing is read, so its piece needs no code for reading the family's data, and
/// nothing could be saved. The page still waits for the moment it
/// would have been read, as every page does (`Store::started`).
pub fn start_without_data(draw: Draw, path: String) {
    wasm_bindgen_futures::spawn_local(adopt(draw, path, |store: Store| store.use_memory_only()));
}

async fn adopt(draw: Draw, path: String, read: impl FnOnce(Store)) {
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
    let adopted = adopting(|| {
        leptos::mount::hydrate_from(main, move || {
            provide_context(store);
            provide_context(Announcer::new());
            // Never a kiosk (a kiosk starts the whole app), so no QR codes either.
            provide_context(KioskMode(RwSignal::new(None)));
            provide_context(QrDrawing(RwSignal::new(None)));
            // What the address asks for (search words, an area) is shown once the page has
            // started (components::use_query_after_start).
            provide_context(address());
            page_owner.set(Owner::current());
            view! { <Later>{draw(&path)}</Later> }
        })
    });
    // The page lives as long as the page is open.
    std::mem::forget(adopted);
    let Some(owner) = owner.take() else {
        return;
    };
    owner.with(|| replace("#announcer", || view! { <LiveRegion /> }));
    // As in the app, once every part has been adopted as it was drawn.
    whole_page_adopted().await;
    read(store);
    started(&owner);
}

/// With no router, the page changes its own address in place, and any other page is loaded as a
/// link would load it.
fn address() -> Address {
    let query = RwSignal::new(window().location().search().unwrap_or_default());
    Address {
        query: query.into(),
        replace: Callback::new(move |address: String| {
            let replaced = window().history().and_then(|history| {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
            });
            if replaced.is_ok() {
                query.set(window().location().search().unwrap_or_default());
            }
        }),
        go_to: Callback::new(|path: String| {
            let _ = window().location().assign(&path);
        }),
    }
}

/// The page has started: the update notice is put just before it (it has no pre-rendered copy,
/// as in the app), and the page tells tests and the offline copy (see register-sw.js) so.
pub fn started(owner: &Owner) {
    if let (Some(body), Ok(Some(main))) = (document().body(), document().query_selector("main")) {
        let mut banner = owner.with(|| view! { <UpdateBanner /> }.into_view().build());
        banner.mount(&body, Some(main.unchecked_ref()));
        std::mem::forget(banner);
    }
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-ready", "");
    }
}
