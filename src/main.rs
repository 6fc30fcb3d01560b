use leptos::prelude::*;

fn main() {
    // A pre-rendered page (scripts/prerender.mjs) is on screen until now. The app draws the same
    // page itself, in the same task, so nothing flickers; the reader's scroll position is kept.
    let scrolled = window().scroll_y().unwrap_or_default();
    if let Some(body) = document().body() {
        body.set_inner_html("");
    }
    leptos::mount::mount_to_body(palliative_guide::app::App);
    window().scroll_to_with_x_and_y(0.0, scrolled);
}
