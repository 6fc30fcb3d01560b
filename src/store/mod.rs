//! The family's own data: the in-memory state shared through context, and its saving.

pub mod backend;
pub mod model;

use leptos::prelude::*;

use backend::{Loaded, SaveError};
use model::{EditError, Workspace};

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
}

impl Saving {
    fn may_write(self) -> bool {
        matches!(self, Saving::Saved | Saving::RecoveredUnreadable | Saving::Refused)
    }
}

/// The shared state: one signal for the data, one for how saving is going. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Store {
    pub workspace: RwSignal<Workspace>,
    pub saving: RwSignal<Saving>,
}

impl Store {
    pub fn new() -> Self {
        Self { workspace: RwSignal::new(Workspace::default()), saving: RwSignal::new(Saving::Starting) }
    }

    /// Reads what was saved. Called once, from an effect, after the app is mounted.
    pub fn load(&self) {
        let (workspace, saving) = match backend::load() {
            Loaded::Empty => (Workspace::default(), Saving::Saved),
            Loaded::Found(workspace) => (workspace, Saving::Saved),
            Loaded::Unreadable { .. } => (Workspace::default(), Saving::RecoveredUnreadable),
            Loaded::UnreadableNotKept => (Workspace::default(), Saving::BlockedUnreadable),
            Loaded::Newer => (Workspace::default(), Saving::BlockedNewer),
            Loaded::Unavailable => (Workspace::default(), Saving::Unavailable),
        };
        self.workspace.set(workspace);
        self.saving.set(saving);
    }

    pub fn add_question(&self, text: &str) -> Result<(), EditError> {
        self.change(|ws| ws.add(backend::new_id(), text, backend::now()))
    }

    pub fn edit_question(&self, id: &str, text: &str) -> Result<(), EditError> {
        self.change(|ws| ws.edit(id, text, backend::now()).map(|_| ()))
    }

    pub fn remove_question(&self, id: &str) -> Result<(), EditError> {
        self.change(|ws| ws.remove(id).map(|_| ()))
    }

    /// Applies a change in memory, then saves it if saving is allowed.
    fn change<T>(&self, apply: impl FnOnce(&mut Workspace) -> Result<T, EditError>) -> Result<T, EditError> {
        let result = self.workspace.try_update(apply).expect("the store lives as long as the app")?;
        let saving = self.saving.get_untracked();
        if saving.may_write() {
            let outcome = self.workspace.with_untracked(backend::save);
            self.saving.set(match outcome {
                Ok(()) if saving == Saving::RecoveredUnreadable => Saving::RecoveredUnreadable,
                Ok(()) => Saving::Saved,
                Err(SaveError::Unavailable) => Saving::Unavailable,
                Err(SaveError::Refused) => Saving::Refused,
            });
        }
        Ok(result)
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
