//! The reading pages' own small program: home, Start here, the guide pages, words explained and
//! the help lines. These pages are drawn ahead of time (scripts/prerender.mjs) and are almost
//! all plain reading, so rather than the whole app (its router and every page's code) they start
//! this: it brings to life only the few parts of the page that do something, each drawn by the
//! same component the app uses, in place of its pre-rendered copy. Everything else stays as it
//! arrived: a link is an ordinary link to the next pre-rendered page.
//!
//! Which pages start it, and why a kiosk starts the whole app instead, is in
//! scripts/program-build.mjs.

use leptos::prelude::*;
use palliative_guide::components::{
    next_task, status_id, Announcer, ListenControl, LiveRegion, StepCount, StepFooter, StepStatus,
};
use palliative_guide::content::START_HERE;
use palliative_guide::program;
use palliative_guide::store::Store;
use palliative_guide::takeover::replace;

fn main() {
    // Effects and tasks run on the browser's own task queue, as they do in the app.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(start());
}

/// Brings the live parts to life one at a time, each in its own task, so a slow phone can
/// answer a tap or a scroll in between instead of waiting for all of them.
async fn start() {
    let Some(body) = document().body() else {
        return;
    };
    // The address the page was drawn for: a host may also serve it as `…/index.html`.
    let path = body.get_attribute("data-drawn").unwrap_or_default();
    // The parts live as long as the page: their owner is never dropped.
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::new();
        provide_context(store);
        provide_context(Announcer::new());
        // Read at once: a step ticked here must never write over what the family did elsewhere.
        program::read_family_data(store);
        replace("#announcer", || view! { <LiveRegion /> });
    });
    next_task().await;
    owner.with(|| replace(".listen", || view! { <ListenControl /> }));
    next_task().await;
    // A step ticked before now is ticked again on the live copy (and so saved).
    owner.with(|| replace(".step-footer", move || view! { <StepFooter path /> }));
    next_task().await;
    // Start here: which steps are done, from what this device has kept.
    owner.with(|| {
        replace(".task-count", || view! { <StepCount /> });
        for index in 0..START_HERE.items.len() {
            replace(
                &format!("#{}", status_id(index)),
                move || view! { <StepStatus index /> },
            );
        }
    });
    next_task().await;
    program::started(&owner);
    std::mem::forget(owner);
}
