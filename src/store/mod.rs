//! The family's own data: the in-memory state shared through context, and its saving.
//!
//! Every change is made in memory first, then saved with read-merge-write: whatever another tab
//! saved meanwhile is merged in (see `model::Workspace::merge`), so no tab's change is lost.

pub mod appointments;
pub mod backend;
pub mod backup;
pub mod calendar;
pub mod carer;
pub mod crypto;
pub mod device;
pub mod diary;
pub mod files;
pub mod json;
pub mod lock;
pub mod lock_code;
pub mod locked;
pub mod medicines;
pub mod model;
pub mod plan;
pub mod summary;

use leptos::prelude::*;

use backend::{SaveError, Stored};
use locked::LockInfo;
use model::{EditError, Workspace};

pub use backend::new_id;

/// Whether the family's data is locked on this device (see `lock`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    /// No lock: data is stored as plain text.
    Off,
    /// Locked: nothing of the family's is in this page until the passcode is given.
    Locked,
    /// Unlocked in this tab (and in every other tab of this browser).
    Open,
}

/// How saving is going, shown to the family in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// Not read yet: nothing may be written until it is.
    Starting,
    Saved,
    /// Earlier data could not be read; it was kept aside and new work is saved.
    RecoveredUnreadable,
    /// Earlier data could not be read or kept aside, so it is not overwritten; work stays in memory.
    BlockedUnreadable,
    /// Saved by a newer release; reload to use it. Work stays in memory.
    BlockedNewer,
    /// Local storage is turned off; work stays in memory until the page is closed.
    Unavailable,
    /// The last save was refused (usually a full device); work stays in memory.
    Refused,
    /// A shared kiosk: by design nothing is saved, and everything goes when the visit ends.
    MemoryOnly,
    /// The family's lock is on and this page is locked: nothing is read or written until the
    /// passcode is given.
    Locked,
    /// The family's data is locked, and the code that unlocks it could not be fetched (offline,
    /// before it was ever used here): nothing is read or written.
    LockNotLoaded,
}

impl Saving {
    fn may_write(self) -> bool {
        matches!(
            self,
            Saving::Saved | Saving::RecoveredUnreadable | Saving::Refused
        )
    }
}

/// The shared state. Cheap to copy; provided by the app shell through context.
#[derive(Clone, Copy)]
pub struct Store {
    pub workspace: RwSignal<Workspace>,
    pub saving: RwSignal<Saving>,
    /// Whether the browser agreed to keep the data even when space is short (None: not asked yet).
    pub persistent: RwSignal<Option<bool>>,
    /// How many characters the last save took, to warn before the device's space runs out.
    pub stored_size: RwSignal<usize>,
    /// Whether the family's lock is on, and whether this page is unlocked.
    pub lock: RwSignal<Lock>,
    /// How the lock is kept (none while it is off).
    pub lock_info: RwSignal<Option<LockInfo>>,
}

impl Store {
    pub fn new() -> Self {
        Self {
            workspace: RwSignal::new(Workspace::default()),
            saving: RwSignal::new(Saving::Starting),
            persistent: RwSignal::new(None),
            stored_size: RwSignal::new(0),
            lock: RwSignal::new(Lock::Off),
            lock_info: RwSignal::new(None),
        }
    }

    /// Whether the app has started: what was saved has been read, or the device is known to be a
    /// kiosk (which reads nothing). Whatever depends on the family's data, or would change a page
    /// drawn ahead of time, waits for this.
    pub fn started(&self) -> bool {
        self.saving.get() != Saving::Starting
    }

    /// Reads what was saved. Called once, from an effect, after the app is mounted.
    pub fn load(&self) {
        let (workspace, saving) = match backend::read() {
            // Read once the data key is found, or the passcode given (see `lock`).
            Stored::Locked(locked) => {
                let store = *self;
                return self.with_lock(Box::new(move |code| (code.read_locked)(store, locked)));
            }
            Stored::Empty => (Workspace::default(), Saving::Saved),
            Stored::Found(workspace) => (workspace, Saving::Saved),
            Stored::Unreadable if backend::keep_unreadable() => {
                (Workspace::default(), Saving::RecoveredUnreadable)
            }
            Stored::Unreadable => (Workspace::default(), Saving::BlockedUnreadable),
            Stored::Newer => (Workspace::default(), Saving::BlockedNewer),
            Stored::Unavailable => (Workspace::default(), Saving::Unavailable),
        };
        let worth_keeping = !workspace.is_empty();
        self.workspace.set(workspace);
        self.saving.set(saving);
        if worth_keeping {
            self.ask_to_persist();
        }
    }

    /// Keeps everything in memory only, for a shared kiosk. Called instead of `load`.
    pub fn use_memory_only(&self) {
        self.saving.set(Saving::MemoryOnly);
    }

    /// Applies a change in memory (given the time now), then saves.
    pub fn change<T>(
        &self,
        apply: impl FnOnce(&mut Workspace, f64) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        let now = backend::now();
        let result = self
            .workspace
            .try_update(|ws| apply(ws, now))
            .expect("the store lives as long as the app")?;
        self.save();
        Ok(result)
    }

    /// Replaces the whole workspace (importing a backup), then saves.
    pub fn replace(&self, workspace: Workspace) {
        self.workspace.set(workspace);
        self.save();
    }

    /// Deletes everything this guide has stored on the device, and empties the page.
    /// Works without the passcode, so a family that forgot it can start again.
    pub fn clear_all(&self) {
        let saving = self.saving.get_untracked();
        if saving != Saving::MemoryOnly {
            backend::clear();
        }
        if self.lock.get_untracked() != Lock::Off {
            self.with_lock(Box::new(|code| (code.forget)()));
        }
        self.workspace.set(Workspace::default());
        self.lock.set(Lock::Off);
        self.lock_info.set(None);
        if !matches!(saving, Saving::Unavailable | Saving::MemoryOnly) {
            self.saving.set(Saving::Saved);
        }
    }

    /// Merges in whatever another tab saves or clears from now on, so both tabs show the same
    /// and neither writes over the other. Called once, from where the page starts.
    pub fn follow_other_tabs(self) {
        window_event_listener(leptos::ev::storage, move |event| {
            if event.key().is_none_or(|key| key == backend::KEY) {
                self.on_storage_changed(event.new_value());
            }
        });
    }

    /// Another tab changed local storage (`storage` event). `None` means it was cleared.
    pub fn on_storage_changed(&self, new_value: Option<String>) {
        let stored = new_value.as_deref().map(backend::parse);
        match (&stored, self.lock.get_untracked()) {
            (Some(Stored::Locked(_)), _) => {}
            // The other tab turned the lock off, or deleted everything.
            (Some(Stored::Found(_)) | None, Lock::Locked) => {
                self.lock.set(Lock::Off);
                self.lock_info.set(None);
                self.saving.set(Saving::Saved);
            }
            (Some(Stored::Found(_)) | None, Lock::Open) => {
                self.lock.set(Lock::Off);
                self.lock_info.set(None);
            }
            _ => {}
        }
        if !self.saving.get_untracked().may_write() {
            return;
        }
        match stored {
            None => self.workspace.set(Workspace::default()),
            Some(Stored::Locked(theirs)) => {
                let store = *self;
                self.with_lock(Box::new(move |code| (code.on_locked_stored)(store, theirs)));
            }
            Some(Stored::Found(theirs)) => self.merge_in(&theirs),
            Some(Stored::Newer) => self.saving.set(Saving::BlockedNewer),
            Some(_) => {}
        }
    }

    fn merge_in(&self, theirs: &Workspace) {
        let merged = self.workspace.with_untracked(|mine| mine.merge(theirs));
        if self.workspace.with_untracked(|mine| *mine != merged) {
            self.workspace.set(merged);
        }
    }

    /// Read-merge-write: merges what is stored (another tab may have saved), then writes.
    fn save(&self) {
        let saving = self.saving.get_untracked();
        if !saving.may_write() {
            return;
        }
        if self.lock.get_untracked() == Lock::Open {
            let store = *self;
            return self.with_lock(Box::new(move |code| (code.save_sealed)(store)));
        }
        match backend::read() {
            Stored::Found(stored) => self.merge_in(&stored),
            // Another tab has just turned the lock on: this change is merged in once this tab
            // has the key, or kept in memory until it is unlocked; plain text is never written.
            Stored::Locked(theirs) => {
                let store = *self;
                return self
                    .with_lock(Box::new(move |code| (code.on_locked_stored)(store, theirs)));
            }
            Stored::Newer => return self.saving.set(Saving::BlockedNewer),
            Stored::Unreadable if !backend::keep_unreadable() => {
                return self.saving.set(Saving::BlockedUnreadable)
            }
            _ => {}
        }
        let outcome = self.workspace.with_untracked(backend::write);
        self.saved(outcome);
        if outcome.is_ok() && self.persistent.get_untracked().is_none() {
            self.ask_to_persist();
        }
    }

    /// After a write, plain or sealed: how saving is going.
    fn saved(&self, outcome: Result<usize, SaveError>) {
        let saving = self.saving.get_untracked();
        if let Ok(size) = outcome {
            self.stored_size.set(size);
        }
        self.saving.set(match outcome {
            Ok(_) if saving == Saving::RecoveredUnreadable => Saving::RecoveredUnreadable,
            Ok(_) => Saving::Saved,
            Err(SaveError::Unavailable) => Saving::Unavailable,
            Err(SaveError::Refused) => Saving::Refused,
        });
    }

    /// Asks the browser not to clear this site's storage when space runs short. Asked at the first
    /// save rather than at start-up, so a browser that asks the user does so when there is
    /// something worth keeping.
    fn ask_to_persist(&self) {
        let persistent = self.persistent;
        persistent.set(Some(false));
        // wasm-bindgen's own executor: this also runs where no Leptos app is mounted (the browser tests).
        wasm_bindgen_futures::spawn_local(async move {
            persistent.set(Some(files::persist_storage().await));
        });
    }
}

impl Default for Store {
    fn default() -> Self {
        Self::new()
    }
}

/// The store provided by the app shell.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
