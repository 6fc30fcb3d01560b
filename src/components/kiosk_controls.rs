use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::Modal;
use crate::kiosk::{self, idle_state, Idle, Settings};
use crate::pages::load::DrawQr;
use crate::text;

/// Whether this device is a shared kiosk (None: a family's own device). Provided by the shell.
#[derive(Clone, Copy)]
pub struct KioskMode(pub RwSignal<Option<Settings>>);

pub fn use_kiosk() -> KioskMode {
    expect_context::<KioskMode>()
}

/// The code that draws QR codes, once it is here. Only a shared kiosk shows QR codes, so the
/// shell fetches it there only, as the kiosk starts (src/app.rs). Pages never fetch code
/// themselves: only the shell knows where each part of the code is.
#[derive(Clone, Copy)]
pub struct QrDrawing(pub RwSignal<Option<DrawQr>>);

pub fn use_qr_drawing() -> RwSignal<Option<DrawQr>> {
    expect_context::<QrDrawing>().0
}

/// The kiosk's always-visible "Finish and clear", its inactivity prompt, and its guard against
/// leaving the app through a link to another website.
#[component]
pub fn KioskControls(settings: Settings) -> impl IntoView {
    let idle = RwSignal::new(0u32);
    let external = RwSignal::new(None::<String>);

    Effect::new(move |_| {
        for name in ["pointerdown", "keydown", "touchstart", "wheel", "input"] {
            window_event_listener_untyped(name, move |_| idle.set(0));
        }
        let tick = move || {
            idle.update(|seconds| *seconds += 1);
            if idle_state(settings, idle.get_untracked()) == Idle::ClearNow {
                kiosk::restart();
            }
        };
        let _ = set_interval_with_handle(tick, Duration::from_secs(1));
        window_event_listener(leptos::ev::click, move |event| {
            if let Some(href) = external_link(&event) {
                event.prevent_default();
                external.set(Some(href));
            }
        });
    });

    let seconds_left = move || match idle_state(settings, idle.get()) {
        Idle::Warning(left) => left,
        _ => 0,
    };
    // Only the countdown changes each second; the dialog itself stays, so focus stays in it.
    let warning = Memo::new(move |_| matches!(idle_state(settings, idle.get()), Idle::Warning(_)));
    let qr = use_qr_drawing();

    view! {
        <div class="kiosk-bar">
            <button type="button" class="button button--warning" on:click=|_| kiosk::restart()>
                {text::KIOSK_FINISH}
            </button>
        </div>
        <Show when=move || warning.get()>
            <Modal labelled_by="idle-heading" alert=true on_close=Callback::new(move |_| idle.set(0))>
                <h2 id="idle-heading">{text::KIOSK_STILL_THERE}</h2>
                <p>{text::KIOSK_COUNTDOWN} " " <strong>{seconds_left}</strong> " " {text::KIOSK_SECONDS}</p>
                <button type="button" class="button" on:click=move |_| idle.set(0)>{text::KIOSK_STAY}</button>
            </Modal>
        </Show>
        {move || external.get().map(|url| {
            // Until its code is here, the address alone. (It is fetched as the kiosk starts, from
            // the offline copy, so it is here long before anyone taps a link.)
            let code = qr.get().and_then(|draw| draw(&url)).unwrap_or_default();
            view! {
                <Modal labelled_by="external-heading" on_close=Callback::new(move |_| external.set(None))>
                    <h2 id="external-heading">{text::KIOSK_EXTERNAL_HEADING}</h2>
                    <p>{text::KIOSK_EXTERNAL_BODY}</p>
                    // Our own drawing of the code: only rectangles, made by kiosk::qr_svg.
                    <div class="qr" inner_html=code></div>
                    <p class="address">{url}</p>
                    <button type="button" class="button" on:click=move |_| external.set(None)>{text::KIOSK_CLOSE}</button>
                </Modal>
            }
        })}
    }
}

/// The address of a clicked link that leads away from this app, if the click was on one.
fn external_link(event: &web_sys::MouseEvent) -> Option<String> {
    let element: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link = element.closest("a[href]").ok()??;
    let href = link.get_attribute("href")?;
    let origin = web_sys::window()?.location().origin().ok()?;
    let leaves =
        (href.starts_with("http:") || href.starts_with("https:") || href.starts_with("//"))
            && !href.starts_with(&format!("{origin}/"));
    leaves.then_some(href)
}
