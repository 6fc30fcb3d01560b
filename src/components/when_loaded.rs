use leptos::prelude::*;

use crate::store::use_store;

/// Shows its children only once the app has started: the family's saved data has been read, or
/// (at the same moment) the device is known to be a kiosk. A message such as "No questions yet"
/// must not appear on a page drawn ahead of time, nor in the moment before the real list is
/// read: it would tell a family their work is gone. Until then the message is there but unseen
/// (and unheard: `visibility: hidden`), so it holds exactly its own space at any screen width
/// and the page below it does not move when it appears.
#[component]
pub fn WhenLoaded(children: Children) -> impl IntoView {
    let store = use_store();
    let waiting = move || !store.started();
    view! { <div class:when-loaded=waiting>{children()}</div> }
}
