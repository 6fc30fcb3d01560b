use leptos::prelude::*;

use crate::components::{ReviewDates, SourceLinks, Title};
use crate::content::{Term, GLOSSARY};
use crate::text;

/// Every term the guide explains, in the order a family meets them. Guide pages link each term's
/// first use here, to its anchor.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    view! {
        <Title text=text::GLOSSARY_TITLE />
        <h1>{text::GLOSSARY_TITLE}</h1>
        <p class="lead">{text::GLOSSARY_LEAD}</p>
        <GlossaryList anchors=true />
        <ReviewDates reviewed=GLOSSARY.reviewed next_review=GLOSSARY.next_review />
    }
}

/// Every term with its explanation and sources. With `anchors`, each entry can be linked to.
#[component]
pub fn GlossaryList(anchors: bool) -> impl IntoView {
    view! {
        <dl class="glossary" lang=GLOSSARY.lang>
            <GlossaryEntries terms=GLOSSARY.items anchors />
        </dl>
    }
}

/// Some of the glossary's entries, for a `<dl class="glossary">`: the booklet draws them a few
/// at a time.
#[component]
pub fn GlossaryEntries(terms: &'static [Term], anchors: bool) -> impl IntoView {
    view! {
            {terms
                .iter()
                .map(|term| view! {
                    <div class="glossary__entry" id=anchors.then_some(term.id) tabindex=anchors.then_some("-1")>
                        <dt>{term.term}</dt>
                        <dd>
                            <p>{term.definition}</p>
                            {(!term.also.is_empty()).then(|| view! {
                                <p class="hint">{text::GLOSSARY_ALSO} " " {term.also.join(", ")}</p>
                            })}
                            <SourceLinks sources=term.sources />
                        </dd>
                    </div>
                })
                .collect_view()}
    }
}
