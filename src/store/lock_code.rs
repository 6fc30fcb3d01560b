//! The lock's code (unlocking, sealed saving, its screens) is fetched only when it is needed:
//! when the family's data is locked, or when they choose to set a passcode. Most families never
//! lock, and every page's first download stays as small as it was.
//!
//! `fetch` is where the release build cuts the WebAssembly (as `pages::load` does for each
//! page: scripts/program-build.mjs): everything only
//! the lock uses goes into a file of its own. The rest of the guide reaches the lock only
//! through the plain function pointers of `LockCode`, never by naming its functions, or they
//! would be kept in every page's first download. Without the `split` feature (native and browser
//! tests) the same functions are called directly.

use leptos::prelude::*;
#[cfg(feature = "split")]
use leptos::wasm_split::wasm_split;

use std::cell::Cell;

use super::locked::Locked;
use super::model::Workspace;
use super::{Lock, Saving, Store};
use crate::components::{lock_forms, Announcer};
use crate::pages::load::NotLoaded;

/// What the lock offers the rest of the guide.
#[derive(Clone, Copy)]
pub struct LockCode {
    /// What was stored is locked (its text): show it if a tab is unlocked, otherwise ask.
    pub read_locked: fn(Store, String),
    pub save_sealed: fn(Store),
    /// Another tab stored sealed data (or this tab found it while saving).
    pub on_locked_stored: fn(Store, String),
    /// Forget the key (after "Delete all my data").
    pub forget: fn(),
    /// What a family page shows above its own part: the passcode box while locked, "Lock now"
    /// while unlocked.
    pub gate: fn(Lock) -> AnyView,
    pub settings: fn() -> AnyView,
    pub export_locked: fn(Store, Announcer),
    pub open_backup: fn(RwSignal<Option<Locked>>, RwSignal<Option<Workspace>>) -> AnyView,
}

fn table() -> Result<LockCode, NotLoaded> {
    Ok(LockCode {
        read_locked: Store::read_locked,
        save_sealed: Store::save_sealed,
        on_locked_stored: Store::on_locked_stored,
        forget: super::lock::forget,
        gate: lock_forms::gate,
        settings: lock_forms::settings,
        export_locked: lock_forms::export_locked,
        open_backup: lock_forms::open_backup,
    })
}

#[cfg(feature = "split")]
#[wasm_split(lock, wasm_split_path = ::leptos::wasm_split, fallible)]
fn fetch() -> Result<LockCode, NotLoaded> {
    table()
}

#[cfg(not(feature = "split"))]
async fn fetch() -> Result<LockCode, NotLoaded> {
    table()
}

thread_local! {
    static LOADED: Cell<Option<LockCode>> = const { Cell::new(None) };
}

/// The lock's code, fetched the first time it is asked for.
pub async fn lock_code() -> Result<LockCode, NotLoaded> {
    let code = fetch().await?;
    LOADED.set(Some(code));
    Ok(code)
}

/// The lock's code if it is here already: always so once the lock is on in this page (the
/// store's `lock` is other than `Off` only once it has run).
pub fn loaded() -> Option<LockCode> {
    LOADED.get()
}

impl Store {
    /// Runs `then` with the lock's code. Where it cannot be fetched (offline, before it was
    /// ever used on this device), nothing is read or written, and the family is told. (Boxed:
    /// one copy of this for every caller, in every page's first download.)
    pub fn with_lock(self, then: Box<dyn FnOnce(LockCode)>) {
        wasm_bindgen_futures::spawn_local(async move {
            match lock_code().await {
                Ok(code) => then(code),
                Err(_) => {
                    // The family's pages show the notice, not an empty list as if all were gone.
                    self.lock.set(Lock::Locked);
                    self.saving.set(Saving::LockNotLoaded);
                }
            }
        });
    }
}
