//! Local storage, through gloo-storage. The only place the family's data touches local storage.
//!
//! What was saved is never destroyed by a read that failed: unreadable data is copied to a
//! side key before anything new is written, and data from a newer release is left alone.

use gloo_storage::{LocalStorage, Storage};

use super::json;
use super::locked::Locked;
use super::model::{ReadError, Workspace};

/// Where the workspace is kept.
pub const KEY: &str = "palliative-guide.workspace";
/// What the lock keeps beside the data (see `lock`): when any tab was last used while unlocked,
/// and the wrong passcodes in a row with until when the next try must wait. None of it secret.
pub const LOCK_USED: &str = "palliative-guide.lock-used";
pub const LOCK_TRIES: &str = "palliative-guide.lock-tries";
pub const LOCK_WAIT: &str = "palliative-guide.lock-wait";
const LOCK_KEYS: [&str; 3] = [LOCK_USED, LOCK_TRIES, LOCK_WAIT];
/// The data key, in this tab's session storage only, while unlocked.
pub const SESSION_KEY: &str = "palliative-guide.unlocked";
/// Prefix of the keys that hold stored data this release could not read.
pub const UNREADABLE_PREFIX: &str = "palliative-guide.unreadable.";

/// What is under `KEY` right now.
// Read once and moved straight into the store, so the workspace is not boxed.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, PartialEq)]
pub enum Stored {
    Empty,
    Found(Workspace),
    /// Sealed by the family's lock: the stored text, read by the lock's own code (see `lock`).
    Locked(String),
    /// Saved by a newer release of the guide: must not be overwritten.
    Newer,
    /// Not readable by any release: must be kept aside before anything is written.
    Unreadable,
    /// The browser does not let this page use local storage (turned off, or private mode).
    Unavailable,
}

#[derive(Clone, Copy, Debug, PartialEq)]
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

/// Reads what is stored, without changing anything.
pub fn read() -> Stored {
    if !available() {
        return Stored::Unavailable;
    }
    match LocalStorage::raw().get_item(KEY) {
        Ok(None) => Stored::Empty,
        Ok(Some(raw)) => parse(&raw),
        Err(_) => Stored::Unreadable,
    }
}

/// The stored text itself, to tell whether another tab wrote while this one was sealing.
pub fn raw() -> Option<String> {
    available()
        .then(|| LocalStorage::raw().get_item(KEY).ok().flatten())
        .flatten()
}

/// Reads stored text, e.g. a value another tab has just written (from a `storage` event).
pub fn parse(raw: &str) -> Stored {
    let Some(envelope) = json::parse(raw) else {
        return Stored::Unreadable;
    };
    let read = if envelope.get("lock").is_some() {
        Locked::version(&envelope).map(|()| Stored::Locked(raw.to_owned()))
    } else {
        Workspace::from_envelope(&envelope).map(Stored::Found)
    };
    match read {
        Ok(stored) => stored,
        Err(ReadError::Newer(_)) => Stored::Newer,
        Err(ReadError::Corrupt) => Stored::Unreadable,
    }
}

/// Browsers keep at least 5 MB per site, counted as UTF-16, so about 2.5 million characters
/// are safe everywhere. Past this many the family is told, well before writes start to fail.
pub const NEARLY_FULL: usize = 1_500_000;

/// Writes the workspace and returns how many characters it took. Call only after `read` showed
/// nothing that must be kept.
pub fn write(workspace: &Workspace) -> Result<usize, SaveError> {
    write_text(&workspace.stored_text())
}

/// Writes stored text (plain or sealed) and returns how many characters it took.
pub fn write_text(text: &str) -> Result<usize, SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(KEY, text)
        .map_err(|_| SaveError::Refused)?;
    Ok(text.len())
}

/// Copies the unreadable value under `KEY` to a key of its own, so that a new workspace can be
/// saved without losing it. Returns false if it could not be copied (then `KEY` must be left alone).
pub fn keep_unreadable() -> bool {
    let Ok(Some(raw)) = LocalStorage::raw().get_item(KEY) else {
        return false;
    };
    let kept_as = format!("{UNREADABLE_PREFIX}{}", js_sys::Date::now() as u64);
    LocalStorage::raw().set_item(&kept_as, &raw).is_ok()
}

/// The unreadable values kept aside, as (key, raw text), so the family can download them.
pub fn unreadable() -> Vec<(String, String)> {
    if !available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(UNREADABLE_PREFIX))
        .filter_map(|key| storage.get_item(&key).ok().flatten().map(|raw| (key, raw)))
        .collect()
}

/// Removes everything this app has stored on the device.
pub fn clear() {
    if !available() {
        return;
    }
    for (key, _) in unreadable() {
        LocalStorage::delete(key);
    }
    LocalStorage::delete(KEY);
    for key in LOCK_KEYS {
        LocalStorage::delete(key);
    }
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.remove_item(SESSION_KEY);
    }
}

/// A new id for an item: unique enough across tabs and devices that merging never mixes two up.
pub fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{now:x}-{random:08x}")
}

/// The time now, in milliseconds since 1970.
pub fn now() -> f64 {
    js_sys::Date::now()
}
