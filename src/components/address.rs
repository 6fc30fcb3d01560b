use leptos::prelude::*;

use crate::store::use_store;

/// How the page reads and changes its address. The whole app (a kiosk's, src/app.rs) moves
/// within itself with its router; a page started on its own (src/program.rs) has no router, and
/// loads the next page as a link does. Each gives the page these, so a page's code never holds
/// the router's, which only the whole app fetches.
#[derive(Clone, Copy)]
pub struct Address {
    /// The address's query (`?…`): what the page was opened with, then what the page itself put
    /// there (`use_replace_query`).
    pub query: Signal<String>,
    /// Puts an address (the same page, another query) in place of the current one.
    pub replace: Callback<String>,
    /// Moves to another of the guide's pages.
    pub go_to: Callback<String>,
}

/// A value from the address's query (`?name=…`), read once the page has started. Static hosts
/// ignore the query, so a page drawn ahead of time never has one: the page is adopted as it was
/// drawn, and only then shows what the address asks for (the search words, the chosen area, the
/// appointment a sheet is printed for).
pub fn use_query_after_start(name: &'static str) -> Memo<Option<String>> {
    let store = use_store();
    let Address { query, .. } = expect_context();
    Memo::new(move |_| {
        store.started().then_some(())?;
        query.with(|query| {
            web_sys::UrlSearchParams::new_with_str(query)
                .ok()?
                .get(name)
        })
    })
}

/// Puts what the page shows (the search words, the chosen area) into the address, in place of the
/// address before it, so Back leaves the page and a reload shows the same. The page stays where it
/// was scrolled.
pub fn use_replace_query() -> impl Fn(&str) + Clone {
    let Address { replace, .. } = expect_context();
    move |address: &str| replace.run(address.to_owned())
}

/// Moves to another of the guide's pages, as following a link to it would.
pub fn use_go_to() -> impl Fn(&str) + Clone {
    let Address { go_to, .. } = expect_context();
    move |path: &str| go_to.run(path.to_owned())
}
