use leptos::prelude::*;

use crate::store::{use_store, Saving};

/// Shows its children only once the family's saved data has been read. A message such as "No
/// questions yet" must not appear on a page drawn ahead of time, nor in the moment before the
/// real list is read: it would tell a family their work is gone.
#[component]
pub fn WhenLoaded(children: ChildrenFn) -> impl IntoView {
    let store = use_store();
    view! { <Show when=move || store.saving.get() != Saving::Starting>{children()}</Show> }
}
