use leptos::prelude::*;

use crate::store::{use_store, Saving};

/// Shows its children only once the app has started: the family's saved data has been read, or
/// (at the same moment) the device is known to be a kiosk. A message such as "No questions yet"
/// must not appear on a page drawn ahead of time, nor in the moment before the real list is
/// read: it would tell a family their work is gone. Until then an empty line holds
/// the place of that one-line message, so the page below it does not move when it appears.
#[component]
pub fn WhenLoaded(children: ChildrenFn) -> impl IntoView {
    let store = use_store();
    view! {
        <Show
            when=move || store.saving.get() != Saving::Starting
            fallback=|| view! { <p class="when-loaded" aria-hidden="true"></p> }
        >
            {children()}
        </Show>
    }
}
