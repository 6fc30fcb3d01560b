//! The symptom diary's own small program (see palliative_guide::program).

use leptos::prelude::*;

fn main() {
    palliative_guide::program::start(|| {
        view! { <palliative_guide::pages::DiaryPage /> }.into_any()
    });
}
