use leptos::prelude::*;

use crate::components::Title;
use crate::content::START_HERE;
use crate::store::use_store;
use crate::text;

/// "Start here": the guide as a task list, each step marked done or not, kept on this device.
#[component]
pub fn StartPage() -> impl IntoView {
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
        <Title text=text::START_TITLE />
        <h1>{text::START_TITLE}</h1>
        <p class="lead">{text::START_LEAD}</p>
        <p class="task-count">{done_count} " " {text::STEP_OF} " " {START_HERE.items.len()} " " {text::START_COUNT}</p>
        <ol class="task-list">
            {START_HERE
                .items
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    let done = move || store.workspace.with(|ws| ws.step_done(step.path));
                    let status_id = format!("step-status-{i}");
                    view! {
                        <li class="task">
                            <div class="task__name">
                                <a href=step.path aria-describedby=status_id.clone()>{step.title}</a>
                                <p class="hint">{step.summary}</p>
                            </div>
                            <strong class="task__status" class:task__status--done=done id=status_id>
                                {move || if done() { text::START_DONE } else { text::START_NOT_DONE }}
                            </strong>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
