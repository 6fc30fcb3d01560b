//! The page for sharing a summary's own small program (see palliative_guide::program).

use leptos::prelude::*;

fn main() {
    palliative_guide::program::start(|| {
        view! { <palliative_guide::pages::SharePage /> }.into_any()
    });
}
