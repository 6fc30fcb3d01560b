use leptos::prelude::*;
#[cfg(not(feature = "program"))]
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::store::use_store;

/// A value from the address's query (`?name=…`), read once the app has started. Static hosts
/// ignore the query, so a page drawn ahead of time never has one: the app adopts that page as it
/// was drawn (see src/main.rs), and only then shows what the address asks for (the search words,
/// the chosen area, the appointment a sheet is printed for).
#[cfg(not(feature = "program"))]
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

/// In a page's own program (src/program.rs) there is no router, and the address does not change
/// while the page is open: it is read from the browser once the page has started.
#[cfg(feature = "program")]
pub fn use_query_after_start(name: &'static str) -> Memo<Option<String>> {
    let store = use_store();
    Memo::new(move |_| {
        store.started().then_some(())?;
        let search = window().location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search)
            .ok()?
            .get(name)
    })
}

/// Moves to another of the guide's pages, as following a link to it would: the app moves within
/// itself, and a page's own program (src/program.rs, which has no router) loads the next page.
pub fn use_go_to() -> impl Fn(&str) + Clone {
    #[cfg(not(feature = "program"))]
    {
        let navigate = use_navigate();
        move |path: &str| navigate(path, Default::default())
    }
    #[cfg(feature = "program")]
    {
        |path: &str| {
            let _ = window().location().assign(path);
        }
    }
}
