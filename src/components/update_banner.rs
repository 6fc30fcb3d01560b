use leptos::prelude::*;

use crate::text;

/// "A new version is ready": shown when the service worker has a new release waiting, so a page
/// never mixes two versions. The events come from `public/register-sw.js`.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    Effect::new(move |_| {
        window_event_listener_untyped("guide-update-ready", move |_| ready.set(true));
    });
    let reload = move |_| {
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            web_sys::Event::new("guide-update-accept"),
        ) {
            let _ = window.dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" role="status">
                <p>{text::UPDATE_READY}</p>
                <button type="button" class="button" on:click=reload>{text::UPDATE_RELOAD}</button>
            </div>
        </Show>
    }
}
