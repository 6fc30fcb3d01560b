use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A value from the address's query (`?name=…`), read once the page is on screen. Static hosts
/// ignore the query, so a page drawn ahead of time never has one: the app adopts that page as it
/// was drawn (see src/main.rs), and only then shows what the address asks for (the search words,
/// the chosen area).
pub fn use_query_after_start(name: &'static str) -> Memo<Option<String>> {
    let query = use_query_map();
    let started = RwSignal::new(false);
    // After every part of the page has been adopted as it was drawn (see components::Later).
    Effect::new(move |_| {
        leptos::task::spawn_local(async move {
            super::whole_page_adopted().await;
            started.set(true);
        })
    });
    Memo::new(move |_| started.get().then(|| query.with(|q| q.get(name))).flatten())
}
