use leptos::prelude::*;

/// Opens the browser's print dialog (which also offers "Save as PDF"). Not printed itself.
#[component]
pub fn PrintButton(label: &'static str) -> impl IntoView {
    view! { <button type="button" class="button no-print" on:click=|_| print_page()>{label}</button> }
}

/// Opens the browser's print dialog.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
