use leptos::prelude::*;

use crate::components::use_announcer;
use crate::store::model::Workspace;
use crate::store::use_store;
use crate::text;

/// "… deleted. Undo", shown while `last` holds what was just deleted on this page. Undo gives it
/// to `restore` (which puts it back, given the time now), empties `last` and says `restored`.
#[component]
pub fn UndoBar<T>(
    last: RwSignal<Option<T>>,
    message: fn(&T) -> &'static str,
    restore: fn(&mut Workspace, T, f64),
    restored: &'static str,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let store = use_store();
    let announcer = use_announcer();
    let undo = move |_| {
        if let Some(item) = last.get_untracked() {
            let _ = store.change(|ws, now| {
                restore(ws, item, now);
                Ok(())
            });
            last.set(None);
            announcer.say(restored);
        }
    };
    view! {
        {move || last.with(|item| item.as_ref().map(message)).map(|said| view! {
            <p class="undo-bar">
                {said} " "
                <button type="button" class="button button--secondary" on:click=undo>{text::UNDO}</button>
            </p>
        })}
    }
}
