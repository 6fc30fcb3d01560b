//! The family's lock, in the browser. While it is on, local storage holds only the sealed
//! workspace (`locked`), and the data key lives:
//! - in this page's memory while unlocked;
//! - in this tab's session storage (the browser forgets it when the tab or the browser closes),
//!   so that following a link to the next page does not ask again;
//! - nowhere at all once locked: "Lock now", the chosen minutes without use (counted across
//!   tabs), or any tab locking.
//!
//! Tabs talk over a BroadcastChannel: one that unlocks hands its key to the others, one that
//! locks tells the others to forget theirs, and a new tab asks whether any tab is unlocked.
//! Saving is read-merge-write as for plain data, sealed with a fresh IV each time; encryption
//! is asynchronous, so a save that finds the stored text changed while it was sealing starts again.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, CryptoKey, MessageEvent};

use super::backend::{self, Stored};
use super::crypto;
use super::device::{self, DeviceProblem};
use super::locked::{from_base64, to_base64, Bytes, LockInfo, Locked};
use super::model::{ReadError, Workspace};
use super::{Lock, Saving, Store};
use crate::kiosk::wait_after;

/// What happened when a passcode was tried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tried {
    Right,
    /// Wrong; the next try must wait this many seconds (0: try again now).
    Wrong(u32),
    /// Too many wrong tries: this many seconds must pass before another is checked.
    Wait(u32),
    /// The browser could not do it (no Web Crypto, storage turned off).
    Failed,
}

use super::backend::{
    LOCK_TRIES as TRIES_KEY, LOCK_USED as USED_KEY, LOCK_WAIT as WAIT_KEY, SESSION_KEY,
};
const CHANNEL: &str = "palliative-guide.lock";

thread_local! {
    static DATA_KEY: RefCell<Option<CryptoKey>> = const { RefCell::new(None) };
    static TABS: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    static SAVING: Cell<bool> = const { Cell::new(false) };
    static SAVE_AGAIN: Cell<bool> = const { Cell::new(false) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

fn data_key() -> Option<CryptoKey> {
    DATA_KEY.with_borrow(Clone::clone)
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn tell_tabs(message: &str) {
    TABS.with_borrow(|tabs| {
        if let Some(tabs) = tabs {
            let _ = tabs.post_message(&JsValue::from_str(message));
        }
    });
}

/// Notes that the family is using the guide, for the time-out. Written at most every 5 seconds.
pub fn note_use() {
    let now = backend::now();
    if data_key().is_some() && now - last_use() > 5_000.0 {
        store_time(USED_KEY, now);
    }
}

/// A whole number of milliseconds kept in local storage (0 if none). Whole numbers only: reading
/// and writing other numbers would bring Rust's float conversion into every page's download.
fn stored_time(key: &str) -> f64 {
    local()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|text| text.parse::<u64>().ok())
        .map_or(0.0, |ms| ms as f64)
}

fn store_time(key: &str, ms: f64) {
    if let Some(storage) = local() {
        let _ = storage.set_item(key, &(ms as u64).to_string());
    }
}

fn last_use() -> f64 {
    stored_time(USED_KEY)
}

fn timed_out(minutes: u32) -> bool {
    backend::now() - last_use() > f64::from(minutes) * 60_000.0
}

fn tries() -> (u32, f64) {
    (stored_time(TRIES_KEY) as u32, stored_time(WAIT_KEY))
}

fn set_tries(failed: u32, until: f64) {
    store_time(TRIES_KEY, f64::from(failed));
    store_time(WAIT_KEY, until);
}

/// Forgets the data key in this tab (after "Delete all my data", which removes the rest).
pub fn forget() {
    forget_key();
}

fn forget_key() {
    DATA_KEY.set(None);
    if let Some(storage) = session() {
        let _ = storage.remove_item(SESSION_KEY);
    }
}

/// Keeps the data key for this tab, and hands it to the other tabs.
async fn keep_key(key: &CryptoKey) -> Result<(), JsValue> {
    let raw = to_base64(&crypto::export_key(key).await?);
    DATA_KEY.set(Some(key.clone()));
    if let Some(storage) = session() {
        let _ = storage.set_item(SESSION_KEY, &raw);
    }
    store_time(USED_KEY, backend::now());
    tell_tabs(&format!("key:{raw}"));
    Ok(())
}

/// A locked backup's workspace, with the passcode it was locked with.
pub async fn open_backup(locked: &Locked, passcode: &str) -> Result<Workspace, Tried> {
    let info = &locked.lock;
    let wrapping = crypto::passcode_key(passcode, &info.salt.0, info.rounds)
        .await
        .map_err(|_| Tried::Failed)?;
    let key = crypto::unwrap(&info.wrapped, &wrapping)
        .await
        .map_err(|_| Tried::Wrong(0))?;
    let text = crypto::open(&locked.sealed, &key)
        .await
        .map_err(|_| Tried::Failed)?;
    Workspace::from_json(&text).map_err(|_| Tried::Failed)
}

/// What opening the stored data with a key found.
enum Opened {
    Read,
    /// The key opens nothing here (another key, or nothing locked is stored).
    NotThisKey,
    /// The right key, but the data is damaged: kept aside, not overwritten.
    Damaged,
}

/// What is stored, if it is locked and readable as such.
fn stored_locked() -> Option<Locked> {
    match backend::read() {
        Stored::Locked(raw) => Locked::from_json(&raw).ok(),
        _ => None,
    }
}

impl Store {
    /// Stored data is locked (`raw`): shows it if this tab, or another, is still unlocked;
    /// otherwise the family pages ask for the passcode.
    pub(super) fn read_locked(self, raw: String) {
        self.watch_lock();
        let Ok(locked) = Locked::from_json(&raw) else {
            // Not readable even as locked data: kept aside, never written over.
            return self.keep_damaged();
        };
        self.lock_info.set(Some(locked.lock.clone()));
        wasm_bindgen_futures::spawn_local(async move {
            let kept = session()
                .and_then(|s| s.get_item(SESSION_KEY).ok().flatten())
                .and_then(|raw| from_base64(&raw));
            if let Some(raw) = kept.filter(|_| !timed_out(locked.lock.minutes)) {
                if let Ok(key) = crypto::import_key(&raw).await {
                    if let Opened::Read = self.open_with(&key).await {
                        DATA_KEY.set(Some(key));
                        return;
                    }
                }
            }
            forget_key();
            self.show_locked();
            // Another tab may be unlocked: it answers with its key (see `follow_other_tabs`).
            tell_tabs("ask");
        });
    }

    /// Nothing of the family's in memory; the family pages ask for the passcode.
    fn show_locked(self) {
        self.workspace.set(Workspace::default());
        self.lock.set(Lock::Locked);
        self.saving.set(Saving::Locked);
    }

    async fn open_with(self, key: &CryptoKey) -> Opened {
        let Some(locked) = stored_locked() else {
            return Opened::NotThisKey;
        };
        let Ok(text) = crypto::open(&locked.sealed, key).await else {
            return Opened::NotThisKey;
        };
        self.lock_info.set(Some(locked.lock));
        self.lock.set(Lock::Open);
        match Workspace::from_json(&text) {
            Ok(workspace) => {
                self.merge_in(&workspace);
                self.saving.set(Saving::Saved);
                // Work done here while another tab locked it is saved now.
                if self.workspace.with_untracked(|mine| *mine != workspace) {
                    self.save_sealed();
                }
                Opened::Read
            }
            Err(ReadError::Newer(_)) => {
                self.saving.set(Saving::BlockedNewer);
                Opened::Read
            }
            Err(ReadError::Corrupt) => {
                self.keep_damaged();
                Opened::Damaged
            }
        }
    }

    /// The sealed data could not be read with the right key: it is copied aside first, and new
    /// work is saved (still locked) only if that worked.
    fn keep_damaged(self) {
        self.saving.set(if backend::keep_unreadable() {
            Saving::RecoveredUnreadable
        } else {
            Saving::BlockedUnreadable
        });
    }

    /// The data key from a passcode, counting wrong tries (waits that grow, kept across reloads).
    async fn key_from_passcode(self, passcode: &str) -> Result<CryptoKey, Tried> {
        let (failed, until) = tries();
        let now = backend::now();
        if now < until {
            return Err(Tried::Wait(((until - now) / 1000.0).ceil() as u32));
        }
        let info = match stored_locked() {
            Some(locked) => locked.lock,
            None => self.lock_info.get_untracked().ok_or(Tried::Failed)?,
        };
        let Ok(wrapping) = crypto::passcode_key(passcode, &info.salt.0, info.rounds).await else {
            return Err(Tried::Failed);
        };
        match crypto::unwrap(&info.wrapped, &wrapping).await {
            Ok(key) => {
                set_tries(0, 0.0);
                Ok(key)
            }
            Err(_) => {
                let wait = wait_after(failed + 1);
                set_tries(failed + 1, now + f64::from(wait) * 1000.0);
                Err(Tried::Wrong(wait))
            }
        }
    }

    /// Unlocks with the passcode, in this tab and the others.
    pub async fn unlock(self, passcode: String) -> Tried {
        let key = match self.key_from_passcode(&passcode).await {
            Ok(key) => key,
            Err(tried) => return tried,
        };
        self.unlock_with(key).await
    }

    async fn unlock_with(self, key: CryptoKey) -> Tried {
        if keep_key(&key).await.is_err() {
            return Tried::Failed;
        }
        if let Opened::NotThisKey = self.open_with(&key).await {
            // Right passcode, but the sealed data does not open: damaged.
            self.lock.set(Lock::Open);
            self.keep_damaged();
        }
        Tried::Right
    }

    /// Locks every tab now: the key is forgotten and nothing of the family's stays in memory.
    pub fn lock_now(self) {
        tell_tabs("lock");
        forget_key();
        self.show_locked();
    }

    /// Turns the lock on: a new data key, wrapped by the passcode's, and everything saved sealed.
    pub async fn turn_lock_on(self, passcode: String, minutes: u32) -> Result<(), JsValue> {
        let key = crypto::new_data_key().await?;
        let salt = crypto::random_bytes(crypto::SALT_BYTES)?;
        let wrapping = crypto::passcode_key(&passcode, &salt, crypto::PASSCODE_ROUNDS).await?;
        let wrapped = crypto::wrap(&key, &wrapping).await?;
        self.lock_info.set(Some(LockInfo {
            salt: Bytes(salt),
            rounds: crypto::PASSCODE_ROUNDS,
            wrapped,
            minutes,
            device: None,
        }));
        self.watch_lock();
        keep_key(&key).await?;
        self.lock.set(Lock::Open);
        self.save_sealed();
        Ok(())
    }

    /// A new passcode for the same data key: nothing is encrypted again.
    pub async fn change_passcode(self, current: String, new: String) -> Tried {
        if let Err(tried) = self.key_from_passcode(&current).await {
            return tried;
        }
        let Some(key) = data_key() else {
            return Tried::Failed;
        };
        let Ok(salt) = crypto::random_bytes(crypto::SALT_BYTES) else {
            return Tried::Failed;
        };
        let Ok(wrapping) = crypto::passcode_key(&new, &salt, crypto::PASSCODE_ROUNDS).await else {
            return Tried::Failed;
        };
        let Ok(wrapped) = crypto::wrap(&key, &wrapping).await else {
            return Tried::Failed;
        };
        self.change_lock(|info| {
            info.salt = Bytes(salt);
            info.rounds = crypto::PASSCODE_ROUNDS;
            info.wrapped = wrapped;
        });
        Tried::Right
    }

    /// Changes how the lock is kept (the passcode's wrapping, the minutes), then saves.
    pub fn change_lock(self, change: impl FnOnce(&mut LockInfo)) {
        self.lock_info.update(|info| {
            if let Some(info) = info {
                change(info);
            }
        });
        self.save_sealed();
    }

    /// Turns the lock off once the passcode is given: the data is stored as plain text again.
    pub async fn turn_lock_off(self, passcode: String) -> Tried {
        if let Err(tried) = self.key_from_passcode(&passcode).await {
            return tried;
        }
        tell_tabs("off");
        forget_key();
        self.lock.set(Lock::Off);
        self.lock_info.set(None);
        // This tab has merged every tab's work (each save reads the stored data first), so the
        // sealed data can be written over with the plain.
        let outcome = self.workspace.with_untracked(backend::write);
        self.saved(outcome);
        Tried::Right
    }

    /// Saves sealed: one save at a time; a change made meanwhile is saved after it.
    pub(super) fn save_sealed(self) {
        if SAVING.replace(true) {
            SAVE_AGAIN.set(true);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                SAVE_AGAIN.set(false);
                self.write_sealed().await;
                if !SAVE_AGAIN.get() {
                    break;
                }
            }
            SAVING.set(false);
        });
    }

    async fn write_sealed(self) {
        let Some(key) = data_key() else {
            return;
        };
        // Another tab may write while this one seals: then read and merge again.
        for _ in 0..5 {
            let before = backend::raw();
            match before.as_deref().map(backend::parse) {
                Some(Stored::Locked(raw)) => {
                    let opened = match Locked::from_json(&raw) {
                        Ok(theirs) => crypto::open(&theirs.sealed, &key).await.ok(),
                        Err(_) => None,
                    };
                    match opened.map(|text| Workspace::from_json(&text)) {
                        Some(Ok(workspace)) => self.merge_in(&workspace),
                        Some(Err(ReadError::Newer(_))) => {
                            return self.saving.set(Saving::BlockedNewer)
                        }
                        Some(Err(ReadError::Corrupt)) if backend::keep_unreadable() => {}
                        // Damaged and not kept aside, or sealed with a key this tab does not
                        // have: never written over.
                        _ => return self.saving.set(Saving::BlockedUnreadable),
                    }
                }
                Some(Stored::Found(plain)) => self.merge_in(&plain),
                Some(Stored::Newer) => return self.saving.set(Saving::BlockedNewer),
                Some(Stored::Unreadable) if !backend::keep_unreadable() => {
                    return self.saving.set(Saving::BlockedUnreadable)
                }
                _ => {}
            }
            let Some(lock) = self.lock_info.get_untracked() else {
                return;
            };
            let text = self.workspace.with_untracked(Workspace::stored_text);
            let Ok(sealed) = crypto::seal(&text, &key).await else {
                return self.saving.set(Saving::Refused);
            };
            // Locked or turned off meanwhile: nothing more is written sealed.
            if self.lock.get_untracked() != Lock::Open || data_key().is_none() {
                return;
            }
            if backend::raw() != before {
                continue;
            }
            let outcome = backend::write_text(&Locked { lock, sealed }.stored_text());
            return self.saved(outcome);
        }
    }

    /// Adds the device's own lock as a way to unlock (see `device`).
    pub async fn add_device(self) -> Result<(), DeviceProblem> {
        let key = data_key().ok_or(DeviceProblem::NotDone)?;
        let added = device::add(&key).await?;
        self.change_lock(|info| info.device = Some(added));
        Ok(())
    }

    pub fn remove_device(self) {
        self.change_lock(|info| info.device = None);
    }

    /// Unlocks with the device's own lock, in this tab and the others.
    pub async fn unlock_with_device(self) -> Result<(), DeviceProblem> {
        let stored = stored_locked().and_then(|locked| locked.lock.device);
        let key = device::data_key(&stored.ok_or(DeviceProblem::NotDone)?).await?;
        match self.unlock_with(key).await {
            Tried::Right => Ok(()),
            _ => Err(DeviceProblem::NotDone),
        }
    }

    /// Everything, sealed as it is stored, for a locked backup file: `None` with no lock.
    pub async fn sealed_backup(self) -> Option<Locked> {
        match (data_key(), self.lock_info.get_untracked()) {
            (Some(key), Some(lock)) => {
                let text = self.workspace.with_untracked(Workspace::stored_text);
                let sealed = crypto::seal(&text, &key).await.ok()?;
                Some(Locked { lock, sealed })
            }
            // Locked in this tab: what is stored is already sealed.
            _ => stored_locked(),
        }
    }

    /// Another tab's message about the lock.
    fn on_lock_message(self, message: &str) {
        match message {
            "lock" => {
                forget_key();
                if self.lock.get_untracked() != Lock::Off {
                    self.show_locked();
                }
            }
            "off" => forget_key(),
            "ask" => {
                if let (Some(_), Some(raw)) = (
                    data_key(),
                    session().and_then(|s| s.get_item(SESSION_KEY).ok().flatten()),
                ) {
                    tell_tabs(&format!("key:{raw}"));
                }
            }
            key => {
                let Some(raw) = key.strip_prefix("key:").and_then(from_base64) else {
                    return;
                };
                if data_key().is_some() {
                    return;
                }
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(key) = crypto::import_key(&raw).await {
                        if let Opened::Read | Opened::Damaged = self.open_with(&key).await {
                            DATA_KEY.set(Some(key.clone()));
                            if let Some(storage) = session() {
                                let _ = storage.set_item(SESSION_KEY, &to_base64(&raw));
                            }
                        } else if self.lock.get_untracked() == Lock::Off {
                            // The other tab has just turned the lock on; its data follows.
                            DATA_KEY.set(Some(key));
                        }
                    }
                });
            }
        }
    }

    /// Another tab stored sealed data: merged in if this tab is unlocked; otherwise this tab
    /// shows nothing of the family's until it is.
    pub(super) fn on_locked_stored(self, raw: String) {
        self.watch_lock();
        let Ok(theirs) = Locked::from_json(&raw) else {
            return;
        };
        self.lock_info.set(Some(theirs.lock.clone()));
        let Some(key) = data_key() else {
            // What this tab holds stays hidden in memory, and is merged in once it is unlocked.
            self.lock.set(Lock::Locked);
            return self.saving.set(Saving::Locked);
        };
        wasm_bindgen_futures::spawn_local(async move {
            match crypto::open(&theirs.sealed, &key).await {
                Ok(text) => {
                    self.lock.set(Lock::Open);
                    if let Ok(workspace) = Workspace::from_json(&text) {
                        self.merge_in(&workspace);
                        if self.workspace.with_untracked(|mine| *mine != workspace) {
                            self.save_sealed();
                        }
                    }
                }
                Err(_) => {
                    forget_key();
                    self.show_locked();
                }
            }
        });
    }

    /// Listens to the other tabs about the lock, and locks after the chosen minutes without use.
    /// Started once, when the lock is first used in this page.
    fn watch_lock(self) {
        if WATCHING.replace(true) {
            return;
        }
        let Ok(tabs) = BroadcastChannel::new(CHANNEL) else {
            return;
        };
        let heard = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(message) = event.data().as_string() {
                self.on_lock_message(&message);
            }
        });
        tabs.set_onmessage(Some(heard.as_ref().unchecked_ref()));
        // Heard for as long as the page is open.
        heard.forget();
        TABS.set(Some(tabs));
        for event in ["pointerdown", "keydown", "scroll"] {
            let used = Closure::<dyn Fn()>::new(note_use);
            let _ = window().add_event_listener_with_callback_and_bool(
                event,
                used.as_ref().unchecked_ref(),
                true,
            );
            used.forget();
        }
        let check = move || {
            let minutes = self
                .lock_info
                .with_untracked(|i| i.as_ref().map(|i| i.minutes));
            if let (Lock::Open, Some(minutes)) = (self.lock.get_untracked(), minutes) {
                if timed_out(minutes) {
                    self.lock_now();
                }
            }
        };
        // Checked often, and at once when the page is seen again (a phone woken up).
        set_interval(check, std::time::Duration::from_secs(10));
        let seen = Closure::<dyn Fn()>::new(check);
        let _ = document()
            .add_event_listener_with_callback("visibilitychange", seen.as_ref().unchecked_ref());
        seen.forget();
    }
}
