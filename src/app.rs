//! The app shell: shared state, page titles, and which page each address shows.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::components::{
    Announcer, FocusOnNavigate, Footer, Header, KioskControls, KioskMode, LiveRegion, SkipLink,
    UpdateBanner,
};
use crate::pages::{
    AppointmentPage, AppointmentsPage, BookletPage, DiaryPage, GlossaryPage, GuidePage, HelpPage,
    Home, ImportPage, KioskStart, KioskStop, MedicinesPage, MyDataPage, MythsPage, NotFound,
    NotesPage, PosterPage, QuestionsPage, ReferralPage, SearchPage, SharePage, StaffPage,
    StartPage,
};
use crate::store::{backend, Store};
use crate::{content, kiosk, routes, text};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let store = Store::new();
    provide_context(store);
    provide_context(Announcer::new());
    let kiosk_mode = RwSignal::new(None);
    provide_context(KioskMode(kiosk_mode));

    // Storage is read once the app is on screen, never while rendering, so pages stay ready to be
    // rendered ahead of time. Nothing is written before this read has finished. On a kiosk
    // nothing is read or written at all: the visit lives in memory only.
    Effect::new(move |_| {
        // Tells tests and the pre-renderer that the app, not a pre-rendered page, is on screen.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-ready", "");
        }
        // Drawn ahead of time by the pre-renderer: nothing is read, so the page holds no
        // family's data and no "nothing yet" message (see WhenLoaded).
        if drawn_ahead_of_time() {
            return;
        }
        if let Some(settings) = kiosk::settings() {
            kiosk_mode.set(Some(settings));
            store.use_memory_only();
            return;
        }
        store.load();
        // Another tab saved or cleared: merge its change in, so both tabs show the same.
        window_event_listener(leptos::ev::storage, move |event| {
            if event.key().is_none_or(|key| key == backend::KEY) {
                store.on_storage_changed(event.new_value());
            }
        });
    });

    view! {
        <Title formatter=|page: String| format!("{page} – {}", text::APP_NAME) />
        <Router>
            <FocusOnNavigate />
            <SkipLink />
            <Header />
            {move || kiosk_mode.get().map(|settings| view! { <KioskControls settings /> })}
            <UpdateBanner />
            <main id="main" class="wrap" tabindex="-1">
                <CurrentPage />
            </main>
            <LiveRegion />
            <Footer />
        </Router>
    }
}

/// Whether the pre-renderer (scripts/prerender.mjs) is drawing this page: it sets this flag.
fn drawn_ahead_of_time() -> bool {
    js_sys::Reflect::has(&window(), &"__prerendering".into()).unwrap_or(false)
}

/// The page for the current address. A plain `match` rather than leptos_router's `<Routes>`:
/// its matching and async route loading add about 25 KB (compressed) to the download, and all
/// the guide's addresses are fixed apart from the slug of a guide page. Only a change of path
/// draws a new page; a change of query (search words, chosen area) is handled by the page itself.
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let browser_url = use_context::<BrowserUrl>();
    move || {
        let path = location.pathname.get();
        let page = page_for(&path);
        // The page is drawn: let the router put the new address in the address bar, as
        // `<Routes>` would.
        if let Some(browser_url) = &browser_url {
            browser_url.ready_to_complete();
        }
        page
    }
}

fn page_for(path: &str) -> AnyView {
    match path {
        routes::HOME => view! { <Home /> }.into_any(),
        routes::START => view! { <StartPage /> }.into_any(),
        routes::MYTHS => view! { <MythsPage /> }.into_any(),
        routes::REFERRAL => view! { <ReferralPage /> }.into_any(),
        routes::GLOSSARY => view! { <GlossaryPage /> }.into_any(),
        routes::SEARCH => view! { <SearchPage /> }.into_any(),
        routes::HELP => view! { <HelpPage /> }.into_any(),
        routes::QUESTIONS => view! { <QuestionsPage /> }.into_any(),
        routes::NOTES => view! { <NotesPage /> }.into_any(),
        routes::DIARY => view! { <DiaryPage /> }.into_any(),
        routes::MEDICINES => view! { <MedicinesPage /> }.into_any(),
        routes::APPOINTMENT => view! { <AppointmentPage /> }.into_any(),
        routes::APPOINTMENTS => view! { <AppointmentsPage /> }.into_any(),
        routes::SHARE => view! { <SharePage /> }.into_any(),
        routes::MY_DATA => view! { <MyDataPage /> }.into_any(),
        routes::IMPORT => view! { <ImportPage /> }.into_any(),
        routes::KIOSK_START => view! { <KioskStart /> }.into_any(),
        routes::KIOSK_STOP => view! { <KioskStop /> }.into_any(),
        routes::STAFF => view! { <StaffPage /> }.into_any(),
        routes::POSTER => view! { <PosterPage /> }.into_any(),
        routes::BOOKLET => view! { <BookletPage /> }.into_any(),
        _ => match path
            .strip_prefix(routes::GUIDE_PREFIX)
            .and_then(content::page)
        {
            Some(page) => view! { <GuidePage page /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        },
    }
}
