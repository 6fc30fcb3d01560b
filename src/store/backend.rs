//! Local storage, through gloo-storage. The only place the family's data touches the browser.
//!
//! What was saved is never destroyed by a read that failed: unreadable data is copied to a
//! side key before anything new is written, and data from a newer release is left alone.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

use super::model::{ReadError, Workspace};

/// Where the workspace is kept.
pub const KEY: &str = "palliative-guide.workspace";
/// Prefix of the keys that hold stored data this release could not read.
pub const UNREADABLE_PREFIX: &str = "palliative-guide.unreadable.";

#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    Found(Workspace),
    /// Saved data could not be read; it was copied to `kept_as` and a new workspace can be saved.
    Unreadable { kept_as: String },
    /// Saved data could not be read and could not be copied aside: it must not be overwritten.
    UnreadableNotKept,
    /// Saved by a newer release of the guide: left as it is and must not be overwritten.
    Newer,
    /// The browser does not let this page use local storage (turned off, or private mode).
    Unavailable,
}

#[derive(Debug, PartialEq)]
pub enum SaveError {
    Unavailable,
    /// The browser refused to write, usually because the device's storage for this site is full.
    Refused,
}

/// Whether local storage can be used at all. Reading `window.localStorage` throws when storage is
/// turned off, and gloo-storage would turn that into a crash, so this is checked first.
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

pub fn load() -> Loaded {
    if !available() {
        return Loaded::Unavailable;
    }
    match LocalStorage::get::<Value>(KEY) {
        Err(StorageError::KeyNotFound(_)) => Loaded::Empty,
        Ok(stored) => match Workspace::from_stored(stored) {
            Ok(workspace) => Loaded::Found(workspace),
            Err(ReadError::Newer(_)) => Loaded::Newer,
            Err(ReadError::Corrupt) => keep_unreadable(),
        },
        Err(_) => keep_unreadable(),
    }
}

pub fn save(workspace: &Workspace) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::set(KEY, workspace.envelope()).map_err(|_| SaveError::Refused)
}

/// Copies the unreadable value to its own key, so a new workspace can be saved without losing it.
fn keep_unreadable() -> Loaded {
    let Ok(Some(raw)) = LocalStorage::raw().get_item(KEY) else {
        return Loaded::UnreadableNotKept;
    };
    let kept_as = format!("{UNREADABLE_PREFIX}{}", js_sys::Date::now() as u64);
    match LocalStorage::raw().set_item(&kept_as, &raw) {
        Ok(()) => Loaded::Unreadable { kept_as },
        Err(_) => Loaded::UnreadableNotKept,
    }
}

/// A new id for a question: unique enough across tabs and devices that merging never mixes two up.
pub fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{now:x}-{random:08x}")
}

/// The time now, in milliseconds since 1970.
pub fn now() -> f64 {
    js_sys::Date::now()
}
