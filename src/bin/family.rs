//! The family's own pages' program: questions, notes, the diary, the carer's check-in, planning
//! ahead, medicines, appointments, the appointment sheet, sharing an update and "My data". A
//! family moves between these pages, so they share one program: the release build cuts it into
//! the code every one of them starts with (this file and crate::program) and a piece per page
//! (each `wasm_split` below), merged into one file each (scripts/merge-pieces.mjs). A page
//! fetches the shared code and its own piece together, asked for by the page itself
//! (scripts/program-build.mjs); the next family page the browser has kept the shared code for.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use palliative_guide::pages;

/// Draws a page, as the app does at its address.
type Draw = fn() -> AnyView;

macro_rules! family {
    ($($path:literal => $piece:ident: $page:path;)*) => {
        $(
            #[wasm_split($piece, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $piece() -> Result<Draw, SplitLoaderError> {
                Ok(|| view! { <$page /> }.into_any())
            }
        )*

        /// The page drawn at `path`, once its piece has been fetched.
        async fn page(path: &str) -> Option<Draw> {
            match path {
                $($path => $piece().await.ok(),)*
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
    wasm_bindgen_futures::spawn_local(async {
        let path = window().location().pathname().unwrap_or_default();
        // The page's start script has fetched its piece already (scripts/program-build.mjs), so
        // it is missing only if the network went in between: the page then stays as it was
        // drawn, to be read, as it would with no program at all.
        if let Some(page) = page(path.trim_end_matches('/')).await {
            palliative_guide::program::start(page);
        }
    });
}
