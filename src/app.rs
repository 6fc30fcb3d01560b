//! The app shell: shared state, page titles, and which page each address shows.

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::components::whole_page_adopted;
use crate::components::{
    Address, Announcer, FocusOnNavigate, Footer, Header, KioskControls, KioskMode, Later, LiveRegion,
    PageDrawn, QrDrawing, SkipLink, Title, UpdateBanner,
};
use crate::pages::load::{self, Page};
use crate::store::Store;
use crate::{kiosk, text};

#[component]
pub fn App() -> impl IntoView {
    let store = Store::new();
    provide_context(store);
    provide_context(Announcer::new());
    let kiosk_mode = RwSignal::new(None);
    provide_context(KioskMode(kiosk_mode));
    let qr_drawing = RwSignal::new(None);
    provide_context(QrDrawing(qr_drawing));
    provide_context(PageDrawn(RwSignal::new(None)));

    // Storage is read once the app is on screen, never while rendering, so pages stay ready to be
    // rendered ahead of time, and only once every part of a pre-rendered page has been adopted
    // as it was drawn (see components::Later). Nothing is written before this read has finished.
    // On a kiosk nothing is read or written at all: the visit lives in memory only.
    Effect::new(move |_| {
        leptos::task::spawn_local(async move {
            whole_page_adopted().await;
            if let Some(settings) = kiosk::settings() {
                kiosk_mode.set(Some(settings));
                store.use_memory_only();
            } else {
                store.load();
                store.follow_other_tabs();
            }
            // Tells tests (and the offline copy, see register-sw.js) that the app has started.
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-ready", "");
            }
            // Only a kiosk shows QR codes (the visit handed to a phone, a link's address), and
            // only a kiosk starts the whole app, so their code is here and in no page's piece.
            // (A kiosk is switched on by starting the app again.)
            if kiosk_mode.get_untracked().is_some() {
                qr_drawing.set(Some(kiosk::qr_svg as load::DrawQr));
            }
        });
    });

    view! {
        <Router>
            <RouterAddress>
                <FocusOnNavigate />
                <SkipLink />
                <Later><Header /></Later>
                {move || kiosk_mode.get().map(|settings| view! { <KioskControls settings /> })}
                <UpdateBanner />
                <main id="main" class="wrap" tabindex="-1">
                    <CurrentPage />
                </main>
                <LiveRegion />
                <Later><Footer /></Later>
            </RouterAddress>
        </Router>
    }
}

/// The page's address, as the router reads and changes it (components::Address). Provided from
/// within the router, for the rest of the app within it.
#[component]
fn RouterAddress(children: Children) -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    let replace = navigate.clone();
    provide_context(Address {
        query: location.search.into(),
        replace: Callback::new(move |address: String| {
            let options = NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            };
            replace(&address, options)
        }),
        go_to: Callback::new(move |path: String| navigate(&path, Default::default())),
    });
    children()
}

/// The page for the current address. A plain `match` (see `Page::for_path`) rather than
/// leptos_router's `<Routes>`: its matching and async route loading add about 25 KB (compressed)
/// to the download. Only a change of path draws a new page; a change of query (search words,
/// chosen area) is handled by the page itself. A page whose code is not here yet is fetched
/// first (see pages::load); the app starts only once the first page's code is here.
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let browser_url = use_context::<BrowserUrl>();
    // Counts pages whose code has arrived, so the page is drawn once its code is here (a
    // counter rather than a Trigger: the same signal code the app already has, ~0.9 KB less).
    let arrived = RwSignal::new(0_u32);
    let failed = RwSignal::new(None::<Page>);
    let PageDrawn(shown) = expect_context();
    // A page (or the message that it could not be opened) is drawn: let the router put the new
    // address in the address bar, as `<Routes>` would.
    let complete = move || {
        if let Some(browser_url) = &browser_url {
            browser_url.ready_to_complete();
        }
    };
    move || {
        let path = location.pathname.get();
        arrived.track();
        let page = Page::for_path(&path);
        let Some(draw) = load::loaded(page) else {
            if failed.get() == Some(page) {
                complete();
                return view! { <PageNotLoaded path /> }.into_any();
            }
            leptos::task::spawn_local(async move {
                match load::load(page).await {
                    Ok(_) => arrived.update(|count| *count += 1),
                    Err(_) => failed.set(Some(page)),
                }
            });
            return view! { <p class="loading" aria-busy="true">{text::PAGE_LOADING}</p> }
                .into_any();
        };
        // A pre-rendered page is adopted after the app's own parts, in a task of its own.
        let drawn_for = path.clone();
        let drawn = view! { <Later>{draw(&drawn_for)}</Later> }.into_any();
        shown.set(Some(path));
        complete();
        drawn
    }
}

/// A page's code could not be fetched (offline before the guide was saved on this device). The
/// link loads the page afresh, as typing its address would.
#[component]
fn PageNotLoaded(path: String) -> impl IntoView {
    view! {
        <Title text=text::PAGE_NOT_LOADED_TITLE />
        <h1>{text::PAGE_NOT_LOADED_TITLE}</h1>
        <p>{text::PAGE_NOT_LOADED_BODY}</p>
        <p><a href=path rel="external">{text::PAGE_NOT_LOADED_AGAIN}</a></p>
    }
}

/// Starts the whole app on this page (src/bin/site.rs starts it on a kiosk, and on the app shell,
/// an address with no page drawn for it).
///
/// A page drawn ahead of time (scripts/prerender.mjs) is on screen until the app takes over.
/// The page's own code is fetched first (see pages::load), so nothing is drawn in between.
/// Where the markup was drawn for this path, the app adopts it as it is (hydration): no node
/// is drawn again. It adopts its own parts first and then the page, part by part, each in a
/// task of its own (see components::Later); the family's saved data and what the address's
/// query asks for (search words, an area) are shown after (see use_query_after_start).
/// Elsewhere (the app shell) it draws the page afresh. Either way, what the reader did first
/// (typing, ticks, open sections, focus, scroll) is kept (see takeover).
#[cfg(feature = "hydrate")]
pub fn start() {
    use crate::components::{adopting, next_task};
    use crate::takeover;

    let path = window().location().pathname().unwrap_or_default();
    // Leptos starts its own task runner when it mounts, so this first wait uses the browser's.
    wasm_bindgen_futures::spawn_local(async move {
        // If it fails, the app says so in place of the page (see CurrentPage).
        let loaded = load::load(Page::for_path(&path)).await.is_ok();
        // Starting the page's code and adopting the page are two tasks, not one long one.
        next_task().await;
        let body = document().body();
        let drawn_for = body
            .as_ref()
            .and_then(|body| body.get_attribute("data-drawn"));
        if loaded && drawn_for.as_deref() == Some(path.as_str()) {
            // At once, never `hydrate_lazy`: the release build removes Leptos's async way of
            // adopting a page (scripts/unused-async-hydration.mjs). The page's parts keep what
            // the reader did to them as each is adopted (see components::Later).
            adopting(|| leptos::mount::hydrate_body(App));
        } else {
            let snapshot = takeover::take();
            if let Some(body) = body {
                body.set_inner_html("");
            }
            leptos::mount::mount_to_body(App);
            takeover::restore(snapshot);
        }
    });
}
