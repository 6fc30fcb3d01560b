use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance};

use crate::text;

/// The parts of a guide page read aloud, in reading order: the heading, the summary and the
/// page's own text, never the navigation, sources or footer.
const READ: &str = "main article > h1, main article > .lead, main .prose > p, main .prose > h2, \
                    main .prose > h3, main .prose li";
/// Marks the part being read, for the highlight.
const READING: &str = "data-reading";

#[derive(Clone, Copy, PartialEq)]
enum State {
    Stopped,
    Speaking,
    Paused,
}

/// "Listen to this page": reads the page aloud with the device's own voice (the Web Speech API,
/// which works offline with the system's voices). The part being read is highlighted and kept in
/// view; speech stops when the reader leaves the page. Where the browser cannot speak, the
/// control is not shown at all.
#[component]
pub fn ListenControl() -> impl IntoView {
    // Not known until the app has started (None): the controls are then in the page but unseen,
    // holding exactly their own space, so nothing moves when they appear (or go).
    let available = RwSignal::new(None::<bool>);
    let state = RwSignal::new(State::Stopped);
    // Checked once the page is on screen: the browser is only asked in effects and handlers.
    Effect::new(move |_| {
        available.set(Some(synthesis().is_some()));
        // Leaving by loading another page (every link on a reading page, src/bin/site.rs)
        // stops speech too, as leaving within the app does (below).
        let leaving = window_event_listener_untyped("pagehide", move |_| {
            stop();
            // Shown as stopped if the page is kept and the reader comes back to it.
            state.try_set(State::Stopped);
        });
        on_cleanup(move || leaving.remove());
    });
    on_cleanup(stop);

    let play = move |_| match state.get_untracked() {
        State::Paused => {
            if let Some(synth) = synthesis() {
                synth.resume();
                state.set(State::Speaking);
            }
        }
        State::Speaking => {}
        State::Stopped => {
            if speak_page(state) {
                state.set(State::Speaking);
            }
        }
    };
    let pause = move |_| {
        if let Some(synth) = synthesis() {
            synth.pause();
            state.set(State::Paused);
        }
    };
    let stop_clicked = move |_| {
        stop();
        state.set(State::Stopped);
    };
    view! {
        <div class="listen">
            <Show when=move || available.get() != Some(false)>
                <div role="group" aria-label=text::LISTEN_LABEL class="listen__controls"
                    class:listen__controls--unknown=move || available.get().is_none()>
                    <button type="button" class="button button--secondary" on:click=play
                        disabled=move || state.get() == State::Speaking>
                        {move || if state.get() == State::Paused { text::LISTEN_RESUME } else { text::LISTEN_PLAY }}
                    </button>
                    <button type="button" class="button button--secondary" on:click=pause
                        disabled=move || state.get() != State::Speaking>
                        {text::LISTEN_PAUSE}
                    </button>
                    <button type="button" class="button button--secondary" on:click=stop_clicked
                        disabled=move || state.get() == State::Stopped>
                        {text::LISTEN_STOP}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// The browser's speech synthesis, if it has one.
fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let value = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    value.dyn_into::<SpeechSynthesis>().ok()
}

/// Queues each part of the page as its own utterance (long ones can be cut off by some
/// browsers), in an English (UK) voice where the device has one.
fn speak_page(state: RwSignal<State>) -> bool {
    let (Some(synth), Some(document)) = (synthesis(), web_sys::window().and_then(|w| w.document()))
    else {
        return false;
    };
    let Ok(parts) = document.query_selector_all(READ) else {
        return false;
    };
    let voice = synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .find(|v| v.lang().eq_ignore_ascii_case("en-GB"));
    synth.cancel();
    let parts: Vec<(Element, String)> = (0..parts.length())
        .filter_map(|i| parts.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|part| {
            let words = part.text_content()?.trim().to_owned();
            (!words.is_empty()).then_some((part, words))
        })
        .collect();
    let count = parts.len();
    for (index, (part, words)) in parts.into_iter().enumerate() {
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&words) else {
            continue;
        };
        utterance.set_lang("en-GB");
        if let Some(voice) = &voice {
            utterance.set_voice(Some(voice));
        }
        let on_start = Closure::<dyn Fn()>::new(move || {
            clear_highlight();
            let _ = part.set_attribute(READING, "");
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            part.scroll_into_view_with_scroll_into_view_options(&options);
        });
        utterance.set_onstart(Some(on_start.as_ref().unchecked_ref()));
        // The browser may still fire events for an utterance after it was cancelled, so its
        // handlers live as long as the page (one small closure per paragraph read).
        on_start.forget();
        if index + 1 == count {
            let on_end = Closure::<dyn Fn()>::new(move || {
                clear_highlight();
                state.try_set(State::Stopped);
            });
            utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
            on_end.forget();
        }
        synth.speak(&utterance);
    }
    true
}

fn stop() {
    if let Some(synth) = synthesis() {
        synth.cancel();
    }
    clear_highlight();
}

fn clear_highlight() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(part)) = document.query_selector(&format!("[{READING}]")) {
        let _ = part.remove_attribute(READING);
    }
}
