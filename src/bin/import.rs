//! The page that brings in a visit from a kiosk's own small program (see palliative_guide::program).

use leptos::prelude::*;

fn main() {
    palliative_guide::program::start(|| {
        view! { <palliative_guide::pages::ImportPage /> }.into_any()
    });
}
