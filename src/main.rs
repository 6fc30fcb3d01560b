use leptos::prelude::*;
use palliative_guide::components::{adopting, next_task};
use palliative_guide::pages::load::{self, Page};
use palliative_guide::takeover;

fn main() {
    // A page drawn ahead of time (scripts/prerender.mjs) is on screen until the app takes over.
    // The page's own code is fetched first (see pages::load), so nothing is drawn in between.
    // Where the markup was drawn for this path, the app adopts it as it is (hydration): no node
    // is drawn again. It adopts its own parts first and then the page, part by part, each in a
    // task of its own (see components::Later); the family's saved data and what the address's
    // query asks for (search words, an area) are shown after (see use_query_after_start).
    // Elsewhere (the app shell, the 404 page) it draws the page afresh. Either way, what the
    // reader did first (typing, ticks, open sections, focus, scroll) is kept (see takeover).
    let path = window().location().pathname().unwrap_or_default();
    // Leptos starts its own task runner when it mounts, so this first wait uses the browser's.
    wasm_bindgen_futures::spawn_local(async move {
        // If it fails, the app says so in place of the page (see app::CurrentPage).
        let loaded = load::load(Page::for_path(&path)).await.is_ok();
        // Starting the page's code and adopting the page are two tasks, not one long one.
        next_task().await;
        let body = document().body();
        let drawn_for = body
            .as_ref()
            .and_then(|body| body.get_attribute("data-drawn"));
        if loaded && drawn_for.as_deref() == Some(path.as_str()) {
            // At once, never `hydrate_lazy`: the release build removes Leptos's async way of
            // adopting a page (scripts/unused-async-hydration.mjs). The page's parts keep what
            // the reader did to them as each is adopted (see components::Later).
            adopting(|| leptos::mount::hydrate_body(palliative_guide::app::App));
        } else {
            let snapshot = takeover::take();
            if let Some(body) = body {
                body.set_inner_html("");
            }
            leptos::mount::mount_to_body(palliative_guide::app::App);
            takeover::restore(snapshot);
        }
    });
}
