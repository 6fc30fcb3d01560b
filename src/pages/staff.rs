//! For care staff who bring families to the guide: how to recommend it, how to set up a shared
//! tablet, and what to print.

use leptos::prelude::*;

use super::kiosk::KioskUnlock;
use crate::components::{use_kiosk, PrintButton, Title};
use crate::{kiosk, routes, text};

#[component]
pub fn StaffPage() -> impl IntoView {
    let kiosk_mode = use_kiosk();
    let address = use_address();
    view! {
        <Title text=text::STAFF_TITLE />
        <h1>{text::STAFF_TITLE}</h1>
        <p class="lead">{text::STAFF_LEAD}</p>
        <h2>{text::STAFF_RECOMMEND}</h2>
        {text::STAFF_RECOMMEND_POINTS.iter().map(|point| view! { <p>{*point}</p> }).collect_view()}
        <p>{text::STAFF_ADDRESS} " " <strong class="address">{move || address.get()}</strong></p>
        <h2>{text::STAFF_KIOSK}</h2>
        {text::STAFF_KIOSK_POINTS.iter().map(|point| view! { <p>{*point}</p> }).collect_view()}
        <Show when=move || kiosk_mode.0.with(Option::is_some)
            fallback=|| view! { <p><a href=routes::KIOSK_START class="button">{text::STAFF_KIOSK_SET_UP}</a></p> }>
            <h3>{text::KIOSK_OFF_TITLE}</h3>
            <KioskUnlock />
        </Show>
        <h2>{text::STAFF_PRINT}</h2>
        <ul class="call-list">
            <li><a href=routes::POSTER>{text::POSTER_LINK}</a></li>
            <li><a href=routes::BOOKLET>{text::BOOKLET_TITLE}</a></li>
            <li><a href=routes::APPOINTMENT>{text::STAFF_PRINT_SHEET}</a></li>
        </ul>
    }
}

/// The guide's own address (where it is served from), read from the browser after rendering.
fn use_address() -> ReadSignal<String> {
    let (address, set_address) = signal(String::new());
    Effect::new(move |_| {
        if let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) {
            set_address.set(format!("{origin}/"));
        }
    });
    address
}

/// One A4 page for a waiting room: what the guide is, in large type, and a code to scan.
#[component]
pub fn PosterPage() -> impl IntoView {
    let address = use_address();
    // Our own drawing of the code: only rectangles, made by kiosk::qr_svg.
    let code = move || address.with(|a| (!a.is_empty()).then(|| kiosk::qr_svg(a)).flatten());
    view! {
        <Title text=text::POSTER_LINK />
        <div class="no-print">
            <p class="lead">{text::POSTER_INTRO}</p>
            <PrintButton label=text::APPOINTMENT_PRINT />
        </div>
        <article class="poster">
            <h1>{text::APP_NAME}</h1>
            {text::POSTER_LINES.iter().map(|line| view! { <p class="poster__line">{*line}</p> }).collect_view()}
            // The code's square is there from the start (drawn ahead of time, it is empty until
            // the app knows the address), so nothing below it moves when the code appears.
            <div class="qr poster__qr" id="poster-qr" role="img" aria-label=text::POSTER_SCAN inner_html=move || code().unwrap_or_default()></div>
            <p class="poster__scan">{text::POSTER_SCAN}</p>
            <p class="address poster__address">{move || address.get()}</p>
        </article>
    }
}
