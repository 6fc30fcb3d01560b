use leptos::prelude::*;

use crate::components::{status_id, StepCount, StepStatus, Title};
use crate::content::START_HERE;
use crate::text;

/// "Start here": the guide as a task list, each step marked done or not, kept on this device.
#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <Title text=text::START_TITLE />
        <h1>{text::START_TITLE}</h1>
        <p class="lead">{text::START_LEAD}</p>
        <StepCount />
        <ol class="task-list">
            {START_HERE
                .items
                .iter()
                .enumerate()
                .map(|(index, step)| {
                    view! {
                        <li class="task">
                            <div class="task__name">
                                <a href=step.path aria-describedby=status_id(index)>{step.title}</a>
                                <p class="hint">{step.summary}</p>
                            </div>
                            <StepStatus index />
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
