use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::search::search;
use crate::{routes, text};

/// Instant search across the guide. The words typed are kept in the address (`?q=`), so Back
/// returns to the same results.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let typed = move || query.with(|q| q.get("q").unwrap_or_default());
    let results = Memo::new(move |_| search(&typed()));
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        let url = format!(
            "{}?q={}",
            routes::SEARCH,
            js_sys::encode_uri_component(&value)
        );
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let count = move || match results.with(Vec::len) {
        _ if typed().trim().is_empty() => String::new(),
        0 => text::SEARCH_NONE.to_owned(),
        1 => text::SEARCH_ONE.to_owned(),
        n => format!("{n} {}", text::SEARCH_MANY),
    };
    view! {
        <Title text=text::SEARCH_TITLE />
        <h1>{text::SEARCH_TITLE}</h1>
        <form role="search" class="form" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">{text::SEARCH_LABEL}</label>
            <p class="hint" id="search-hint">{text::SEARCH_HINT}</p>
            <input id="search-input" type="search" aria-describedby="search-hint" prop:value=typed on:input=on_input />
        </form>
        <p role="status" class="search-count">{count}</p>
        <ul class="results">
            {move || results
                .get()
                .into_iter()
                .map(|hit| view! {
                    <li class="result">
                        <A href=hit.href attr:class="result__link">{hit.title}</A>
                        <span class="hint">{text::search_kind(hit.kind)}</span>
                        <p>{hit.snippet}</p>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
