//! The program every page starts. Each page has a piece of its own, asked for by the page itself
//! with the rest: the reading pages (home, Start here, the guide pages, words explained, the help
//! lines) need none; the family's own pages (questions, notes, the diary, the carer's check-in,
//! planning ahead, medicines, appointments, the appointment sheet, sharing an update, "My data",
//! bringing in what was shared), the guide's tools (myths, referral, search) and the staff tools
//! each start theirs. One program, so the browser keeps its code from one page to the next: a
//! family who came in through the guide fetches only the code their first family page shares
//! with others and the page's own piece, and only the piece after that.
//!
//! A kiosk starts the whole app instead (`app`, src/app.rs): the visit lives in the app's memory
//! only, and moving within the app keeps it there, where loading a new page would lose it. The
//! whole app draws each page from the page's own piece, and the reading pages from a piece only
//! it fetches (src/pages/load.rs). So does the app shell, an address with no page drawn for it.
//!
//! The release build cuts it (scripts/program-build.mjs, scripts/merge-pieces.mjs) into:
//! - the core, which every page starts with: this file's `main`, the reading pages' few live
//!   parts, and what every page needs (crate::program, the store);
//! - the code pages share, a file for each set of groups of pages that need it, fetched with the
//!   first page that does;
//! - a piece per page other than the reading pages (src/pages/load.rs), one file each;
//! - the whole app's pieces (its own, and the reading pages'), which only a kiosk fetches.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use palliative_guide::components::{
    next_task, status_id, Announcer, ListenControl, LiveRegion, StepCount, StepFooter, StepStatus,
};
use palliative_guide::content::START_HERE;
use palliative_guide::pages::load::{self, Page};
use palliative_guide::program;
use palliative_guide::store::Store;
use palliative_guide::takeover::replace;

/// The whole app (src/app.rs), with its router and its own parts (the header, the footer, a
/// kiosk's controls and QR codes).
#[wasm_split(app, wasm_split_path = ::leptos::wasm_split, fallible)]
fn app() -> Result<(), SplitLoaderError> {
    palliative_guide::app::start();
    Ok(())
}

fn main() {
    // Effects and tasks run on the browser's own task queue, as they do in the app.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(async {
        // The page's start script says when the whole app is to start (scripts/program-build.mjs):
        // on a kiosk, and on the app shell. If its code cannot be had, the page stays as it was
        // drawn, to be read.
        let whole_app = document()
            .document_element()
            .is_some_and(|root| root.has_attribute("data-whole-app"));
        // The address the page was drawn for: a host may also serve it as `…/index.html`.
        let drawn = document()
            .body()
            .and_then(|body| body.get_attribute("data-drawn"));
        let Some(path) = drawn.filter(|_| !whole_app) else {
            let _ = app().await;
            return;
        };
        // A page with a piece of its own starts from it (src/pages/load.rs). Its start script
        // has fetched it already (scripts/program-build.mjs), so it is missing only if the
        // network went in between: the page then stays as it was drawn, to be read, as it would
        // with no program at all.
        let page = Page::for_path(&path);
        if page.has_own_piece() {
            let _ = load::start(page, path).await;
        } else {
            start_reading(path).await;
        }
    });
}

/// A reading page is almost all plain reading, so rather than adopting the whole page this
/// brings to life only the few parts of it that do something, each drawn by the same component
/// the app uses, in place of its pre-rendered copy. Everything else stays as it arrived: a link
/// is an ordinary link to the next pre-rendered page. Each part is started in its own task, so a
/// slow phone can answer a tap or a scroll in between instead of waiting for all of them.
async fn start_reading(path: String) {
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
