//! The whole guide as one printable booklet: a cover, the contents, every guide page in
//! "Start here" order with its sources and review dates, the myths as a list, and the glossary.
//! Page numbers come from the print style sheet (`@page` margin boxes).
//!
//! Drawn ahead of time, the booklet is only its cover and contents: the whole guide in that
//! file would make it the largest page any first visit downloads. The parts are drawn by the
//! app once it has started, below the contents, so nothing on screen moves.

use leptos::prelude::*;

use super::glossary::GlossaryEntries;
use super::myths::MythAnswer;
use crate::components::{next_task, print_page, ReviewDates, Title};
use crate::content::{self, Page, GLOSSARY, MYTHS, START_HERE};
use crate::store::use_store;
use crate::{routes, text};

/// The guide pages in the order "Start here" takes them, then any page it does not take (the
/// questions families often ask), so the booklet holds them all.
fn pages_in_order() -> Vec<&'static Page> {
    let mut pages: Vec<&'static Page> = START_HERE
        .items
        .iter()
        .filter_map(|step| step.path.strip_prefix(routes::GUIDE_PREFIX))
        .filter_map(content::page)
        .collect();
    for page in content::PAGES {
        if !pages.iter().any(|p| p.slug == page.slug) {
            pages.push(page);
        }
    }
    pages
}

/// How many myths or glossary entries are drawn in one step: the whole glossary at once is far
/// more than any guide page, and kept a slow phone busy for one long moment.
const AT_A_TIME: usize = 8;

/// A page's body for the booklet: its headings one level down (the page title is the
/// booklet's second level) and its section anchors made unique across the booklet.
fn booklet_html(page: &Page) -> String {
    page.html()
        .replace("<h3", "<h4")
        .replace("</h3>", "</h4>")
        .replace("<h2", "<h3")
        .replace("</h2>", "</h3>")
        .replace(" id=\"", &format!(" id=\"{}-", page.slug))
}

#[component]
pub fn BookletPage() -> impl IntoView {
    let pages = pages_in_order();
    let parts = pages.clone();
    // How many parts (the guide's pages, then the myths and the glossary, a few entries at a
    // time) are drawn. Once the app has started they are drawn one per task: all at once would
    // keep a slow phone from scrolling or tapping for a moment.
    let drawn = RwSignal::new(0);
    let myth_steps: Vec<&'static [content::Myth]> = MYTHS.items.chunks(AT_A_TIME).collect();
    let glossary_steps: Vec<&'static [content::Term]> = GLOSSARY.items.chunks(AT_A_TIME).collect();
    let myths = parts.len();
    let glossary = myths + myth_steps.len();
    let all = glossary + glossary_steps.len();
    let store = use_store();
    let started = Memo::new(move |_| store.started());
    // Runs once the app has started (the memo changes only then).
    Effect::new(move |_| {
        if !started.get() {
            return;
        }
        // Printed from the browser's own menu meanwhile: every part is drawn at once, before the
        // page is laid out for printing.
        let printing = window_event_listener(leptos::ev::beforeprint, move |_| {
            let _ = drawn.try_set(all);
        });
        on_cleanup(move || printing.remove());
        leptos::task::spawn_local(async move {
            for n in 1..=all {
                next_task().await;
                // Gone if the reader has left the page.
                if drawn.try_update(|drawn| *drawn = n.max(*drawn)).is_none() {
                    return;
                }
            }
        });
    });
    let drawing = move || drawn.get() < all;
    view! {
        <Title text=text::BOOKLET_TITLE />
        <div class="no-print">
            <p class="lead">{text::BOOKLET_INTRO}</p>
            // Not before every part is drawn: the booklet would be printed without them.
            <button type="button" class="button" prop:disabled=drawing on:click=|_| print_page()>
                {text::APPOINTMENT_PRINT}
            </button>
        </div>
        <section class="booklet-cover">
            <h1>{text::APP_NAME}</h1>
            <p class="lead">{text::BOOKLET_COVER_LEAD}</p>
            <p>{text::BOOKLET_COVER_NOTE}</p>
        </section>
        <nav class="booklet-contents" aria-labelledby="booklet-contents-heading">
            <h2 id="booklet-contents-heading">{text::BOOKLET_CONTENTS}</h2>
            <ol>
                {pages.iter().map(|page| view! { <li><a href=format!("#{}", page.slug)>{page.title}</a></li> }).collect_view()}
                <li><a href="#booklet-myths">{text::MYTHS_TITLE}</a></li>
                <li><a href="#booklet-glossary">{text::GLOSSARY_TITLE}</a></li>
            </ol>
        </nav>
        {parts.into_iter().enumerate().map(|(n, page)| view! {
            <Part part=n drawn>
                <article class="booklet-page" id=page.slug lang=page.lang>
                    <h2>{page.title}</h2>
                    <p class="lead">{page.summary}</p>
                    // Trusted HTML: generated by our own build from reviewed Markdown in content/.
                    <div class="prose" inner_html=booklet_html(page)></div>
                    <footer class="page-meta">
                        <ReviewDates reviewed=page.reviewed next_review=page.next_review />
                        <h3>{text::PAGE_SOURCES}</h3>
                        <ul>
                            {page.sources.iter().map(|s| view! { <li><a href=s.url rel="noreferrer">{s.title}</a></li> }).collect_view()}
                        </ul>
                    </footer>
                </article>
            </Part>
        }).collect_view()}
        <Part part=myths drawn>
            <section class="booklet-page" id="booklet-myths" lang=MYTHS.lang>
                <h2>{text::MYTHS_TITLE}</h2>
                <ol class="myth-list">
                    {myth_steps.clone().into_iter().enumerate().map(|(n, step)| view! {
                        <Part part=myths + n drawn>
                            {step.iter().map(|myth| view! { <li><MythAnswer myth /></li> }).collect_view()}
                        </Part>
                    }).collect_view()}
                </ol>
                <Part part=glossary - 1 drawn>
                    <ReviewDates reviewed=MYTHS.reviewed next_review=MYTHS.next_review />
                </Part>
            </section>
        </Part>
        <Part part=glossary drawn>
            <section class="booklet-page" id="booklet-glossary">
                <h2>{text::GLOSSARY_TITLE}</h2>
                <dl class="glossary" lang=GLOSSARY.lang>
                    {glossary_steps.clone().into_iter().enumerate().map(|(n, terms)| view! {
                        <Part part=glossary + n drawn>
                            <GlossaryEntries terms anchors=false />
                        </Part>
                    }).collect_view()}
                </dl>
                <Part part=all - 1 drawn>
                    <ReviewDates reviewed=GLOSSARY.reviewed next_review=GLOSSARY.next_review />
                </Part>
            </section>
        </Part>
    }
}

/// One part of the booklet, drawn once `drawn` has passed it.
#[component]
fn Part(part: usize, drawn: RwSignal<usize>, children: ChildrenFn) -> impl IntoView {
    let shown = move || drawn.get() > part;
    view! { <Show when=shown>{children()}</Show> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_booklet_holds_every_guide_page_once_in_start_here_order() {
        let pages = pages_in_order();
        assert_eq!(
            pages.len(),
            content::PAGES.len(),
            "every guide page is in it"
        );
        assert_eq!(
            pages[0].slug, "what-is-palliative-care",
            "Start here comes first"
        );
        let mut slugs: Vec<&str> = pages.iter().map(|p| p.slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), pages.len());
        for page in pages {
            let html = booklet_html(page);
            assert!(
                !html.contains("<h2"),
                "{}: headings sit under the page title",
                page.slug
            );
            assert!(!html.contains(" id=\"") || html.contains(&format!(" id=\"{}-", page.slug)));
        }
    }
}
