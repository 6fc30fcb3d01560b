use leptos::prelude::*;

use crate::text;

/// Where to turn when something is wrong right now. Shown prominently, never hidden behind a tap.
#[component]
pub fn HelpNow() -> impl IntoView {
    view! {
        <aside class="callout callout--urgent" aria-labelledby="help-now-heading">
            <h2 id="help-now-heading">{text::HELP_HEADING}</h2>
            <ul>
                <li>{text::HELP_EMERGENCY}</li>
                <li>{text::HELP_URGENT}</li>
                <li>{text::HELP_TEAM}</li>
            </ul>
        </aside>
    }
}
