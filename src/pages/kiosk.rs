use leptos::prelude::*;
use leptos_meta::Title;

use crate::kiosk::{self, Settings};
use crate::text;

/// Opened once by clinic staff to make this device a kiosk; not linked from anywhere.
#[component]
pub fn KioskStart() -> impl IntoView {
    Effect::new(move |_| {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        kiosk::switch_on(Settings::from_query(&query));
        kiosk::restart();
    });
    view! {
        <Title text=text::KIOSK_ON_TITLE />
        <h1>{text::KIOSK_ON_TITLE}</h1>
        <p>{text::KIOSK_ON}</p>
    }
}

/// Opened by clinic staff to make this device an ordinary one again.
#[component]
pub fn KioskStop() -> impl IntoView {
    Effect::new(move |_| {
        kiosk::switch_off();
        kiosk::restart();
    });
    view! {
        <Title text=text::KIOSK_ON_TITLE />
        <h1>{text::KIOSK_ON_TITLE}</h1>
        <p>{text::KIOSK_OFF}</p>
    }
}
