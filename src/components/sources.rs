use leptos::prelude::*;

use crate::content::Source;
use crate::text;

/// "Source:" and links to where a fact comes from.
#[component]
pub fn SourceLinks(sources: &'static [Source]) -> impl IntoView {
    view! {
        <p class="source">
            {text::SOURCE} " "
            {sources
                .iter()
                .enumerate()
                .map(|(i, source)| view! {
                    {(i > 0).then_some("; ")}
                    <a href=source.url rel="noreferrer">{source.title}</a>
                })
                .collect_view()}
        </p>
    }
}
