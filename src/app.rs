//! The app shell: shared state, page titles and the route table.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{Announcer, FocusOnNavigate, Footer, Header, KioskControls, KioskMode, LiveRegion, SkipLink, UpdateBanner};
use crate::kiosk;
use crate::pages::{
    AppointmentPage, GlossaryPage, GuidePage, HelpPage, Home, ImportPage, KioskStart, KioskStop, MyDataPage, MythsPage, NotFound,
    NotesPage, QuestionsPage, ReferralPage, SearchPage, StartPage,
};
use crate::store::{backend, Store};
use crate::text;

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
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/start") view=StartPage />
                    <Route path=path!("/guide/:slug") view=GuidePage />
                    <Route path=path!("/myths") view=MythsPage />
                    <Route path=path!("/referral") view=ReferralPage />
                    <Route path=path!("/glossary") view=GlossaryPage />
                    <Route path=path!("/search") view=SearchPage />
                    <Route path=path!("/help") view=HelpPage />
                    <Route path=path!("/questions") view=QuestionsPage />
                    <Route path=path!("/notes") view=NotesPage />
                    <Route path=path!("/appointment") view=AppointmentPage />
                    <Route path=path!("/my-data") view=MyDataPage />
                    <Route path=path!("/import") view=ImportPage />
                    <Route path=path!("/kiosk/start") view=KioskStart />
                    <Route path=path!("/kiosk/stop") view=KioskStop />
                </Routes>
            </main>
            <LiveRegion />
            <Footer />
        </Router>
    }
}
