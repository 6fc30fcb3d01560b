use leptos::prelude::*;

use crate::store::backend::NEARLY_FULL;
use crate::store::{use_store, Saving};
use crate::text;

/// Tells the family, in plain words, when their data is not being saved, or soon may not be.
#[component]
pub fn SavingNotice() -> impl IntoView {
    let store = use_store();
    let saving = store.saving;
    let message = move || match saving.get() {
        Saving::Saved if store.stored_size.get() > NEARLY_FULL => Some(text::SAVING_NEARLY_FULL),
        // A locked page asks for the passcode instead (components::LockGate).
        Saving::Starting | Saving::Saved | Saving::Locked => None,
        Saving::MemoryOnly => Some(text::SAVING_KIOSK),
        Saving::RecoveredUnreadable => Some(text::SAVING_RECOVERED),
        Saving::BlockedUnreadable => Some(text::SAVING_BLOCKED_UNREADABLE),
        Saving::BlockedNewer => Some(text::SAVING_BLOCKED_NEWER),
        Saving::Unavailable => Some(text::SAVING_UNAVAILABLE),
        Saving::Refused => Some(text::SAVING_REFUSED),
        Saving::LockNotLoaded => Some(text::SAVING_LOCK_NOT_LOADED),
    };
    view! {
        <div role="alert" class="notice-region">
            {move || message().map(|m| view! { <p class="notice">{m}</p> })}
        </div>
    }
}
