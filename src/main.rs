use leptos::prelude::*;
use palliative_guide::takeover;

fn main() {
    // A pre-rendered page (scripts/prerender.mjs) is on screen until now. The app draws the same
    // page itself, in the same task, so nothing flickers; what the reader did to the pre-rendered
    // page (typing, ticks, open sections, focus, scroll) is carried over (see takeover).
    let snapshot = takeover::take();
    if let Some(body) = document().body() {
        body.set_inner_html("");
    }
    leptos::mount::mount_to_body(palliative_guide::app::App);
    takeover::restore(snapshot);
}
