use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::store::use_store;

/// A value from the address's query (`?name=…`), read once the app has started. Static hosts
/// ignore the query, so a page drawn ahead of time never has one: the app adopts that page as it
/// was drawn (see src/main.rs), and only then shows what the address asks for (the search words,
/// the chosen area).
pub fn use_query_after_start(name: &'static str) -> Memo<Option<String>> {
    let query = use_query_map();
    let store = use_store();
    Memo::new(move |_| {
        store
            .started()
            .then(|| query.with(|q| q.get(name)))
            .flatten()
    })
}
