use leptos::prelude::*;
use palliative_guide::pages::load::{self, Page};
use palliative_guide::takeover;

fn main() {
    // A pre-rendered page (scripts/prerender.mjs) is on screen until the app takes over. The
    // page's own code is fetched first (see pages::load), so the app then draws the same page
    // in one go, with nothing in between; what the reader did to the pre-rendered page (typing,
    // ticks, open sections, focus, scroll) is carried over (see takeover).
    let path = window().location().pathname().unwrap_or_default();
    // Leptos starts its own task runner when it mounts, so this first wait uses the browser's.
    wasm_bindgen_futures::spawn_local(async move {
        // If it fails, the app says so in place of the page (see app::CurrentPage).
        let _ = load::load(Page::for_path(&path)).await;
        let snapshot = takeover::take();
        if let Some(body) = document().body() {
            body.set_inner_html("");
        }
        leptos::mount::mount_to_body(palliative_guide::app::App);
        takeover::restore(snapshot);
    });
}
