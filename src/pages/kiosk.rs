//! Setting up a shared tablet as a kiosk, and leaving kiosk mode with the staff PIN.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{use_kiosk, FieldError, Title, WhenLoaded};
use crate::kiosk::{self, check_new_pin, PinError, Settings, Unlock};
use crate::{routes, text};

/// Staff set the idle time, the warning and a PIN, then the tablet becomes a kiosk. Values in
/// the address (`?idle=120&warning=30`, in seconds) fill the form in.
#[component]
pub fn KioskStart() -> impl IntoView {
    let kiosk_mode = use_kiosk();
    let idle = RwSignal::new(String::new());
    let warning = RwSignal::new(String::new());
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let error = RwSignal::new(None::<PinError>);
    let failed = RwSignal::new(false);
    let busy = RwSignal::new(false);
    Effect::new(move |_| {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let settings = Settings::from_query(&query);
        idle.set(settings.idle_seconds.to_string());
        warning.set(settings.warning_seconds.to_string());
    });
    let start = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (typed, repeat) = (pin.get_untracked(), again.get_untracked());
        let checked = check_new_pin(&typed, &repeat);
        error.set(checked.err());
        if checked.is_err() || busy.get_untracked() {
            return;
        }
        let settings = Settings::from_query(&format!(
            "idle={}&warning={}",
            idle.get_untracked().trim(),
            warning.get_untracked().trim()
        ));
        busy.set(true);
        leptos::task::spawn_local(async move {
            match kiosk::switch_on(settings, &typed).await {
                Ok(()) => kiosk::restart(),
                Err(_) => {
                    failed.set(true);
                    busy.set(false);
                }
            }
        });
    };
    let pin_error = move || error.get().filter(|e| *e != PinError::Mismatch);
    view! {
        <Title text=text::KIOSK_SETUP_TITLE />
        <h1>{text::KIOSK_SETUP_TITLE}</h1>
        <Show when=move || kiosk_mode.0.with(Option::is_none) fallback=|| view! {
            <p>{text::KIOSK_ALREADY_ON} " " <a href=routes::KIOSK_STOP>{text::KIOSK_TURN_OFF}</a></p>
        }>
            <p class="lead">{text::KIOSK_SETUP_LEAD}</p>
            <form class="stack" on:submit=start novalidate>
                <label for="kiosk-idle">{text::KIOSK_IDLE_LABEL}</label>
                <input id="kiosk-idle" type="number" inputmode="numeric" min="1" max="3600" bind:value=idle />
                <label for="kiosk-warning">{text::KIOSK_WARNING_LABEL}</label>
                <input id="kiosk-warning" type="number" inputmode="numeric" min="1" max="600" bind:value=warning />
                <label for="kiosk-pin">{text::KIOSK_PIN_LABEL}</label>
                <p class="hint" id="kiosk-pin-hint">{text::KIOSK_PIN_HINT}</p>
                {move || pin_error().map(|e| view! { <p class="field-error" id="kiosk-pin-error" role="alert">{text::pin_error(e)}</p> })}
                <input id="kiosk-pin" type="password" inputmode="numeric" autocomplete="new-password" bind:value=pin
                    aria-describedby=move || if pin_error().is_some() { "kiosk-pin-hint kiosk-pin-error" } else { "kiosk-pin-hint" }
                    aria-invalid=move || pin_error().is_some().to_string() />
                <label for="kiosk-pin-again">{text::KIOSK_PIN_AGAIN}</label>
                {move || (error.get() == Some(PinError::Mismatch)).then(|| view! {
                    <p class="field-error" id="kiosk-again-error" role="alert">{text::pin_error(PinError::Mismatch)}</p>
                })}
                <input id="kiosk-pin-again" type="password" inputmode="numeric" autocomplete="new-password" bind:value=again
                    aria-invalid=move || (error.get() == Some(PinError::Mismatch)).to_string() />
                <FieldError id="kiosk-start-error" show=failed message=text::KIOSK_START_FAILED />
                <div class="button-row">
                    <button type="submit" class="button" disabled=move || busy.get()>{text::KIOSK_START}</button>
                </div>
            </form>
            <p>{text::KIOSK_FORGOTTEN}</p>
        </Show>
    }
}

/// Leaving kiosk mode: only with the staff PIN.
#[component]
pub fn KioskStop() -> impl IntoView {
    view! {
        <Title text=text::KIOSK_OFF_TITLE />
        <h1>{text::KIOSK_OFF_TITLE}</h1>
        <KioskUnlock />
    }
}

/// The PIN form that turns kiosk mode off; on a device that is not a kiosk, says so.
#[component]
pub fn KioskUnlock() -> impl IntoView {
    let kiosk_mode = use_kiosk();
    let pin = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Unlock>);
    let busy = RwSignal::new(false);
    let has_pin = RwSignal::new(true);
    Effect::new(move |_| has_pin.set(kiosk::has_pin()));
    let unlock = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let typed = pin.get_untracked();
        leptos::task::spawn_local(async move {
            let result = kiosk::switch_off(&typed).await.ok();
            pin.set(String::new());
            busy.set(false);
            outcome.set(result);
            if result == Some(Unlock::Opened) {
                kiosk::restart();
            }
        });
    };
    let message = move || match outcome.get() {
        Some(Unlock::Wrong(0)) => Some(text::KIOSK_PIN_WRONG.to_owned()),
        Some(Unlock::Wrong(seconds)) | Some(Unlock::Wait(seconds)) => Some(format!(
            "{} {}",
            text::KIOSK_PIN_WAIT,
            text::seconds(seconds)
        )),
        _ => None,
    };
    view! {
        // Whether this device is a kiosk is known only once the app has started: until then, on a
        // page drawn ahead of time, "not on" would be wrong on every kiosk.
        <Show when=move || kiosk_mode.0.with(Option::is_some) fallback=|| view! { <WhenLoaded><p>{text::KIOSK_NOT_ON}</p></WhenLoaded> }>
            <form class="stack" on:submit=unlock novalidate>
                <Show when=move || has_pin.get() fallback=|| view! { <p>{text::KIOSK_NO_PIN}</p> }>
                    <label for="kiosk-unlock-pin">{text::KIOSK_UNLOCK_LABEL}</label>
                    {move || message().map(|m| view! { <p class="field-error" id="kiosk-unlock-error" role="alert">{m}</p> })}
                    <input id="kiosk-unlock-pin" type="password" inputmode="numeric" autocomplete="off" bind:value=pin
                        aria-describedby=move || message().is_some().then_some("kiosk-unlock-error")
                        aria-invalid=move || message().is_some().to_string() />
                </Show>
                <div class="button-row">
                    <button type="submit" class="button" disabled=move || busy.get()>{text::KIOSK_TURN_OFF}</button>
                </div>
            </form>
            <p>{text::KIOSK_FORGOTTEN}</p>
        </Show>
    }
}
