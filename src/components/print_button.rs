use leptos::prelude::*;

/// Opens the browser's print dialog (which also offers "Save as PDF"). Not printed itself.
#[component]
pub fn PrintButton(label: &'static str) -> impl IntoView {
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! { <button type="button" class="button no-print" on:click=print>{label}</button> }
}
