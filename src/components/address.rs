use leptos::prelude::*;
#[cfg(not(feature = "program"))]
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

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

/// The address's query (`?…`) in the site's program (src/program.rs), which has no router:
/// what the page was opened with, then what the page itself put there (`use_replace_query`).
#[cfg(feature = "program")]
#[derive(Clone, Copy)]
pub struct Query(pub RwSignal<String>);

#[cfg(feature = "program")]
pub fn use_query_after_start(name: &'static str) -> Memo<Option<String>> {
    let store = use_store();
    let Query(query) = expect_context();
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
#[cfg(not(feature = "program"))]
pub fn use_replace_query() -> impl Fn(&str) + Clone {
    let navigate = use_navigate();
    move |address: &str| {
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(address, options)
    }
}

#[cfg(feature = "program")]
pub fn use_replace_query() -> impl Fn(&str) + Clone {
    let Query(query) = expect_context();
    move |address: &str| {
        let history = window().history();
        if history
            .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address)))
            .is_ok()
        {
            query.set(window().location().search().unwrap_or_default());
        }
    }
}

/// Moves to another of the guide's pages, as following a link to it would: the app moves within
/// itself, and the site's program (src/program.rs, which has no router) loads the next page.
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
