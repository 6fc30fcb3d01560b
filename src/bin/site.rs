//! The program of the pages a visit moves between: the reading pages (home, Start here, the
//! guide pages, words explained, the help lines) and the family's own pages (questions, notes,
//! the diary, the carer's check-in, planning ahead, medicines, appointments, the appointment
//! sheet, sharing an update and "My data"). One program, so the browser keeps its code from one
//! page to the next: a family who came in through the guide fetches only the family's code and
//! the page's own piece when they open their first family page, and only the piece after that.
//!
//! The release build cuts it (scripts/program-build.mjs, scripts/merge-pieces.mjs) into:
//! - the core, which every one of these pages starts with: this file's `main`, the reading
//!   pages' few live parts, and what every page needs (crate::program, the store);
//! - the code the family's pages share, one file, fetched with the first family page;
//! - a piece per family page (each `wasm_split` below), one file each, asked for by the page
//!   itself together with the rest.
//!
//! Which pages start it, and why a kiosk starts the whole app instead, is in
//! scripts/program-build.mjs.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use palliative_guide::components::{
    next_task, status_id, Announcer, ListenControl, LiveRegion, StepCount, StepFooter, StepStatus,
};
use palliative_guide::content::START_HERE;
use palliative_guide::pages;
use palliative_guide::program;
use palliative_guide::store::Store;
use palliative_guide::takeover::replace;

macro_rules! family {
    ($($path:literal => $piece:ident: $page:path;)*) => {
        $(
            // Starting the page is in its piece too, so that code (adopting the whole page) is
            // fetched only with a family page, never with a reading page.
            #[wasm_split($piece, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $piece() -> Result<(), SplitLoaderError> {
                program::start(|| view! { <$page /> });
                Ok(())
            }
        )*

        /// Starts the family's page drawn at `path` once its piece has been fetched; `None` for
        /// a reading page.
        async fn start_family_page(path: &str) -> Option<Result<(), SplitLoaderError>> {
            match path {
                $($path => Some($piece().await),)*
                _ => None,
            }
        }
    };
}

// The addresses and pieces are those of FAMILY_PAGES in scripts/program-build.mjs.
family! {
    "/questions" => questions: pages::QuestionsPage;
    "/notes" => notes: pages::NotesPage;
    "/diary" => diary: pages::DiaryPage;
    "/carer" => carer: pages::CarerPage;
    "/planning" => planning: pages::PlanningPage;
    "/medicines" => medicines: pages::MedicinesPage;
    "/appointments" => appointments: pages::AppointmentsPage;
    "/share" => share: pages::SharePage;
    "/my-data" => my_data: pages::MyDataPage;
    "/appointment" => appointment: pages::AppointmentPage;
}

fn main() {
    // Effects and tasks run on the browser's own task queue, as they do in the app.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(async {
        // The address the page was drawn for: a host may also serve it as `…/index.html`.
        let Some(path) = document()
            .body()
            .and_then(|body| body.get_attribute("data-drawn"))
        else {
            return;
        };
        // A family page's start script has fetched its piece already
        // (scripts/program-build.mjs), so it is missing only if the network went in between: the
        // page then stays as it was drawn, to be read, as it would with no program at all.
        if start_family_page(&path).await.is_none() {
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
