use leptos::prelude::*;

use crate::components::{next_task, use_query_after_start, use_replace_query, HelpNow, Title};
use crate::content::START_HERE;
use crate::search::{close_spellings, find, marked, prepare, Found};
use crate::store::use_store;
use crate::{routes, text};

/// Instant search across the guide. The words typed are kept in the address (`?q=`), so Back
/// returns to the same results.
#[component]
pub fn SearchPage() -> impl IntoView {
    let words = use_query_after_start("q");
    let replace_query = use_replace_query();
    // The guide's index is built in a task of its own once the page is here, and the words are
    // searched in the next: on a slow phone, building it and showing the first results in one
    // go held up a tap or a scroll for too long. Until then the page says it is finding results.
    let prepared = RwSignal::new(false);
    Effect::new(move |_| {
        leptos::task::spawn_local(async move {
            next_task().await;
            prepare();
            next_task().await;
            prepared.set(true);
        })
    });
    let shown = move || words.get().unwrap_or_default();
    let typed = move || prepared.get().then(shown).unwrap_or_default();
    let found = Memo::new(move |_| find(&typed()));
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        let url = format!(
            "{}?q={}",
            routes::SEARCH,
            js_sys::encode_uri_component(&value)
        );
        replace_query(&url);
    };
    let count = move || match found.with(|f| f.hits.len()) {
        _ if typed().trim().is_empty() => String::new(),
        0 => text::SEARCH_NONE.to_owned(),
        1 => text::SEARCH_ONE.to_owned(),
        n => format!("{n} {}", text::SEARCH_MANY),
    };
    let nothing = move || !typed().trim().is_empty() && found.with(|f| f.hits.is_empty());
    let store = use_store();
    view! {
        <Title text=text::SEARCH_TITLE />
        <h1>{text::SEARCH_TITLE}</h1>
        <form role="search" class="form" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">{text::SEARCH_LABEL}</label>
            <p class="hint" id="search-hint">{text::SEARCH_HINT}</p>
            <input id="search-input" type="search" aria-describedby="search-hint" prop:value=shown on:input=on_input />
        </form>
        // Room for the results is kept from the start (see .search-results): when the app shows
        // the results for words in the address, nothing on screen is pushed down.
        <div class="search-results">
            <p role="status" class="search-count">{count}</p>
            // Opened with words in its address, or with words typed early, the page says it is
            // looking for them while the code that finds them is still arriving:
            // `public/search-words.js` shows this line, drawn hidden, and it goes when the page
            // has started and shows the results.
            <Show when=move || !(store.started() && prepared.get())>
                <p id="search-waiting" class="hint" hidden=true>{text::SEARCH_WAITING}</p>
            </Show>
            <ul class="known-as">
                {move || found
                    .get()
                    .known_as
                    .into_iter()
                    .map(|(said, guide)| view! {
                        <li><strong>{said}</strong> ": " {text::SEARCH_KNOWN_AS} " " <strong>{guide}</strong> "."</li>
                    })
                    .collect_view()}
            </ul>
            <ul class="results">
                {move || {
                    let found = found.get();
                    found
                        .hits
                        .clone()
                        .into_iter()
                        .map(|hit| {
                            let title = marks(hit.title, &found);
                            let snippet = marks(&hit.snippet, &found);
                            view! {
                                <li class="result">
                                    <a href=hit.href class="result__link"><span>{title}</span></a>
                                    <span class="hint">
                                        {text::search_kind(hit.kind)}
                                        {hit.section.map(|heading| format!(" · {} {heading}", text::SEARCH_IN_SECTION))}
                                    </span>
                                    <p>{snippet}</p>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=nothing>
                <NothingFound typed=typed() />
            </Show>
        </div>
    }
}

/// A text with the words searched for marked.
fn marks(text: &str, found: &Found) -> impl IntoView {
    marked(text, found)
        .into_iter()
        .map(|(run, is_mark)| {
            if is_mark {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}

/// Never a dead end: what was searched, spellings the guide knows, the topics, and who to call.
#[component]
fn NothingFound(typed: String) -> impl IntoView {
    let close = close_spellings(&typed);
    view! {
        <section class="nothing-found" aria-labelledby="nothing-heading">
            <h2 id="nothing-heading">{text::SEARCH_NOTHING_FOR} " “" {typed} "”"</h2>
            {(!close.is_empty()).then(|| view! {
                <p>
                    {text::SEARCH_DID_YOU_MEAN} " "
                    {close
                        .into_iter()
                        .map(|word| {
                            let href = format!("{}?q={}", routes::SEARCH, word);
                            view! { <a href=href>{word}</a> " " }
                        })
                        .collect_view()}
                </p>
            })}
            <h3>{text::SEARCH_TOPICS}</h3>
            <ul class="topics">
                {START_HERE
                    .items
                    .iter()
                    .map(|step| view! { <li><a href=step.path>{step.title}</a></li> })
                    .collect_view()}
            </ul>
        </section>
        <HelpNow />
    }
}
