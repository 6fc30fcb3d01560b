use leptos::prelude::*;

use crate::components::use_announcer;
use crate::store::lock_code::{lock_code, LockCode};
use crate::store::{use_store, Lock};
use crate::text;

/// The family's part of a page, behind their lock. Locked, it is hidden (and holds nothing of
/// theirs: the store is empty) and a passcode box takes its place under the page's heading;
/// unlocked, it shows as always, with "Lock now" above it. With no lock it is just the page.
#[component]
pub fn LockGate(children: Children) -> impl IntoView {
    let store = use_store();
    let locked = move || store.lock.get() == Lock::Locked;
    view! {
        <Show when=locked>{with_lock_code(|code| (code.unlock_form)())}</Show>
        <Show when=move || store.lock.get() == Lock::Open><LockNow /></Show>
        <div hidden=locked>{children()}</div>
    }
}

#[component]
fn LockNow() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let lock = move |_| {
        store.with_lock(move |code| (code.lock_now)(store));
        announcer.say(text::LOCKED_DONE);
    };
    view! {
        <div class="button-row lock-now">
            <button type="button" class="button button--secondary" on:click=lock>{text::LOCK_NOW}</button>
        </div>
    }
}

/// Draws part of the lock's own screens once its code is here: at once if it already is (the
/// lock is on), otherwise fetched first (see store::lock_code).
pub fn with_lock_code(
    draw: impl Fn(LockCode) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let code = RwSignal::new(None::<LockCode>);
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(loaded) = lock_code().await {
            code.set(Some(loaded));
        }
    });
    move || code.get().map(&draw)
}
