use leptos::prelude::*;

use crate::content::HELPLINES;
use crate::{routes, text};

/// Where to turn when something is wrong right now. On the home page it is shown in short, with
/// a link to every line; the help page shows them all.
#[component]
pub fn HelpNow(#[prop(optional)] full: bool) -> impl IntoView {
    let lines = if full {
        HELPLINES.items
    } else {
        &HELPLINES.items[..2]
    };
    view! {
        <section class="callout callout--urgent" aria-labelledby="help-now-heading">
            <h2 id="help-now-heading">{if full { text::HELP_LINES_HEADING } else { text::HELP_HEADING }}</h2>
            <ul class="help-lines">
                {lines
                    .iter()
                    .map(|line| {
                        let tel = format!("tel:{}", line.number.replace(' ', ""));
                        view! {
                            <li>
                                <strong>{line.name}</strong> ": " {line.when} " "
                                <a class="tel" href=tel>{text::HELP_CALL} " " {line.number}</a>
                            </li>
                        }
                    })
                    .collect_view()}
                <li>{text::HELP_TEAM}</li>
            </ul>
            {(!full).then(|| view! { <p><a href=routes::HELP>{text::HELP_ALL_LINES}</a></p> })}
        </section>
    }
}
