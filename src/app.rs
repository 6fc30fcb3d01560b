//! The app shell: shared state, page titles and the route table.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{Footer, Header, SkipLink};
use crate::pages::{GuidePage, Home, NotFound, QuestionsPage};
use crate::store::Store;
use crate::text;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let store = Store::new();
    provide_context(store);
    // Storage is read once the app is on screen, never while rendering, so pages stay ready to be
    // rendered ahead of time. Nothing is written before this read has finished.
    Effect::new(move |_| store.load());

    view! {
        <Title formatter=|page: String| format!("{page} – {}", text::APP_NAME) />
        <Router>
            <SkipLink />
            <Header />
            <main id="main" class="wrap" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/guide/:slug") view=GuidePage />
                    <Route path=path!("/questions") view=QuestionsPage />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
