use leptos::prelude::*;

use crate::store::use_store;
use crate::{routes, text};

/// The care team's phone numbers the family saved (in My notes), each a link that calls; where
/// none are saved, where to keep them.
#[component]
pub fn TeamNumbers() -> impl IntoView {
    let store = use_store();
    let contacts = move || {
        store.workspace.with(|ws| {
            ws.contacts
                .iter()
                .filter_map(|c| {
                    let dial = c.dial();
                    (!dial.is_empty())
                        .then(|| (c.name.clone(), c.role.clone(), c.phone.clone(), dial))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show
            when=move || !contacts().is_empty()
            fallback=|| view! { <p>{text::DIARY_SEVERE_NO_CONTACTS} " " <a href=routes::NOTES>{text::NAV_NOTES}</a> "."</p> }
        >
            <ul class="help-lines">
                {move || contacts()
                    .into_iter()
                    .map(|(name, role, phone, dial)| view! {
                        <li>
                            <strong>{name}</strong>
                            {(!role.is_empty()).then(|| format!(" ({role})"))}
                            <a class="tel" href=format!("tel:{dial}")>{text::HELP_CALL} " " {phone}</a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </Show>
    }
}
