use leptos::prelude::*;

use crate::components::use_announcer;
use crate::content::{self, START_HERE};
use crate::store::{use_store, Lock};
use crate::{routes, text};

/// The end of a "Start here" step: mark it read, then go on to the next step. Pages that are not
/// a step show nothing.
#[component]
pub fn StepFooter(#[prop(into)] path: String) -> impl IntoView {
    let (index, next) = content::step_at(&path)?;
    let path = START_HERE.items[index].path;
    let store = use_store();
    let announcer = use_announcer();
    let done = move || store.workspace.with(|ws| ws.step_done(path));
    let toggle = move |ev| {
        let checked = event_target_checked(&ev);
        let _ = store.change(|ws, now| {
            ws.mark_step(path, checked, now);
            Ok(())
        });
        announcer.say(if checked {
            text::STEP_MARKED
        } else {
            text::STEP_UNMARKED
        });
    };
    Some(view! {
        <aside class="step-footer no-print" aria-labelledby="step-footer-heading">
            <h2 id="step-footer-heading">
                {text::START_TITLE} ": " {text::STEP} " " {index + 1} " " {text::STEP_OF} " " {START_HERE.items.len()}
            </h2>
            // Locked, a tick could not be saved, and the guide's pages never ask for the passcode.
            <label class="check" hidden=move || store.lock.get() == Lock::Locked>
                // An id, so a tick made before the page has started is kept (see takeover).
                <input type="checkbox" id="step-done" prop:checked=done on:change=toggle />
                <span>{text::STEP_MARK_DONE}</span>
            </label>
            {match next {
                Some(step) => view! { <p>{text::STEP_NEXT} " " <a href=step.path>{step.title}</a></p> }.into_any(),
                None => view! { <p>{text::STEP_LAST}</p> }.into_any(),
            }}
            <p><a href=routes::START>{text::STEP_ALL}</a></p>
        </aside>
    })
}
