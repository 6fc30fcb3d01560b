use leptos::prelude::*;

use crate::store::lock_code::{loaded, lock_code, LockCode};
use crate::store::{use_store, Lock};

/// The family's part of a page, behind their lock. Locked, it is hidden (and holds nothing of
/// theirs: the store is empty) and a passcode box takes its place under the page's heading;
/// unlocked, it shows as always, with "Lock now" above it. With no lock it is just the page.
#[component]
pub fn LockGate(children: Children) -> impl IntoView {
    let store = use_store();
    let locked = move || store.lock.get() == Lock::Locked;
    // The lock's code is here whenever the lock is on (see store::lock_code::loaded).
    let above = move || match store.lock.get() {
        Lock::Off => None,
        lock => loaded().map(|code| (code.gate)(lock)),
    };
    view! {
        {above}
        <div hidden=locked>{children()}</div>
    }
}

/// Draws part of the lock's own screens once its code is here: at once if it already is (the
/// lock is on), otherwise fetched first (see store::lock_code).
pub fn with_lock_code(draw: impl Fn(LockCode) -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let code = RwSignal::new(None::<LockCode>);
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(loaded) = lock_code().await {
            code.set(Some(loaded));
        }
    });
    move || code.get().map(&draw)
}
