//! The printed sheet for an appointment's own small program (see palliative_guide::program).

use leptos::prelude::*;

fn main() {
    palliative_guide::program::start(|| {
        view! { <palliative_guide::pages::AppointmentPage /> }.into_any()
    });
}
