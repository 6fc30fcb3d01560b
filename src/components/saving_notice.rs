use leptos::prelude::*;

use crate::store::{use_store, Saving};
use crate::text;

/// Tells the family, in plain words, when their data is not being saved.
#[component]
pub fn SavingNotice() -> impl IntoView {
    let saving = use_store().saving;
    let message = move || match saving.get() {
        Saving::Starting | Saving::Saved => None,
        Saving::MemoryOnly => Some(text::SAVING_KIOSK),
        Saving::RecoveredUnreadable => Some(text::SAVING_RECOVERED),
        Saving::BlockedUnreadable => Some(text::SAVING_BLOCKED_UNREADABLE),
        Saving::BlockedNewer => Some(text::SAVING_BLOCKED_NEWER),
        Saving::Unavailable => Some(text::SAVING_UNAVAILABLE),
        Saving::Refused => Some(text::SAVING_REFUSED),
    };
    view! {
        <div role="alert" class="notice-region">
            {move || message().map(|m| view! { <p class="notice">{m}</p> })}
        </div>
    }
}
