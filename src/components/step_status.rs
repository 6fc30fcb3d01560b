use leptos::prelude::*;

use crate::content::START_HERE;
use crate::store::use_store;
use crate::text;

/// How many "Start here" steps are marked done, kept up to date.
#[component]
pub fn StepCount() -> impl IntoView {
    let store = use_store();
    let done_count = move || {
        store.workspace.with(|ws| {
            START_HERE
                .items
                .iter()
                .filter(|s| ws.step_done(s.path))
                .count()
        })
    };
    view! {
        <p class="task-count">{done_count} " " {text::STEP_OF} " " {START_HERE.items.len()} " " {text::START_COUNT}</p>
    }
}

/// Whether "Start here" step `index` is marked done. Its id describes the step's link.
#[component]
pub fn StepStatus(index: usize) -> impl IntoView {
    let store = use_store();
    let path = START_HERE.items[index].path;
    let done = move || store.workspace.with(|ws| ws.step_done(path));
    view! {
        <strong class="task__status" class:task__status--done=done id=status_id(index)>
            {move || if done() { text::START_DONE } else { text::START_NOT_DONE }}
        </strong>
    }
}

pub fn status_id(index: usize) -> String {
    format!("step-status-{index}")
}
