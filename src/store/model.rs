//! The family's own data and its stored format. Pure Rust, so every rule is tested natively.
//!
//! Stored as `{"version": N, "data": {...}}`. The version lets later releases change the format:
//! older data is migrated forward on read; data from a newer release is refused, never rewritten.
//!
//! Two copies of the workspace (two tabs, or a backup file) are combined by `merge`: for each item
//! the copy written last wins, and a deleted item leaves a tombstone so that an older copy cannot
//! bring it back.

use crate::order::sort_by;

use super::json::{self, in_json_keyed, in_json_object, InJson, Json};

pub use super::appointments::Appointment;
pub use super::carer::CarerCheckIn;
pub use super::diary::CheckIn;
pub use super::medicines::{Dose, Medicine};
pub use super::plan::PlanStep;

/// The format this release writes.
pub const SCHEMA_VERSION: u32 = 7;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub questions: Vec<Question>,
    pub notes: Vec<Note>,
    pub contacts: Vec<Contact>,
    /// "What matters to me": wishes and preferences, in the family's own words.
    pub wishes: Wishes,
    /// Ids of deleted items, with when they were deleted.
    pub deleted: Vec<Tombstone>,
    /// The "Start here" steps marked done or not done. Added in version 3; version 2 data has none.
    pub progress: Vec<StepMark>,
    /// Symptom diary check-ins. Added in version 4, like `medicines` and `doses`; earlier data
    /// has none.
    pub check_ins: Vec<CheckIn>,
    pub medicines: Vec<Medicine>,
    /// "When needed" doses given.
    pub doses: Vec<Dose>,
    /// Added in version 5; earlier data has none.
    pub appointments: Vec<Appointment>,
    /// The carer's own "How am I doing?" check-ins, never mixed with the symptom diary. Added
    /// in version 6; earlier data has none.
    pub carer_check_ins: Vec<CarerCheckIn>,
    /// "Planning ahead together": each workbook step as written. Added in version 6 too.
    pub plan: Vec<PlanStep>,
}

/// Whom the family wants to put a question to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AskWho {
    #[default]
    Anyone,
    Gp,
    Nurse,
    Consultant,
    Hospice,
    Other,
}

impl AskWho {
    pub const ALL: [AskWho; 6] = [
        AskWho::Anyone,
        AskWho::Gp,
        AskWho::Nurse,
        AskWho::Consultant,
        AskWho::Hospice,
        AskWho::Other,
    ];

    /// The value used in forms and in the stored format.
    pub fn key(self) -> &'static str {
        match self {
            AskWho::Anyone => "anyone",
            AskWho::Gp => "gp",
            AskWho::Nurse => "nurse",
            AskWho::Consultant => "consultant",
            AskWho::Hospice => "hospice",
            AskWho::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub ask: AskWho,
    pub answered: bool,
    /// What the care team said, written down by the family.
    pub answer: String,
    /// Place in the family's list; lower comes first.
    pub order: f64,
    /// Milliseconds since 1970, when the question was last changed.
    pub updated: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub id: String,
    /// The day it is about, as YYYY-MM-DD.
    pub date: String,
    /// Who said it (for example "Dr Shah, GP"); may be empty.
    pub who: String,
    pub text: String,
    pub updated: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub id: String,
    pub name: String,
    pub role: String,
    pub phone: String,
    pub updated: f64,
}

impl Contact {
    /// The number as a `tel:` link dials it: only digits and +, whatever was typed. Empty when
    /// the contact has no number to call.
    pub fn dial(&self) -> String {
        self.phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Wishes {
    pub text: String,
    pub updated: f64,
}

/// Whether one "Start here" step is done. Kept (not deleted) when undone, so the later change wins.
#[derive(Clone, Debug, PartialEq)]
pub struct StepMark {
    /// The step's path in the app, for example "/myths".
    pub id: String,
    pub done: bool,
    pub updated: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tombstone {
    pub id: String,
    pub deleted: f64,
}

in_json_object!(Workspace {
    questions, notes, contacts, wishes, deleted;
    progress, check_ins, medicines, doses, appointments, carer_check_ins, plan
});
in_json_keyed!(AskWho);
in_json_object!(Question {
    id,
    text,
    ask,
    answered,
    answer,
    order,
    updated
});
in_json_object!(Note {
    id,
    date,
    who,
    text,
    updated
});
in_json_object!(Contact {
    id,
    name,
    role,
    phone,
    updated
});
in_json_object!(Wishes { text, updated });
in_json_object!(StepMark { id, done, updated });
in_json_object!(Tombstone { id, deleted });

#[derive(Debug, PartialEq)]
pub enum ReadError {
    /// Not in any format this release knows.
    Corrupt,
    /// Written by a newer release; reading it here could lose what that release added.
    Newer(u64),
}

#[derive(Debug, PartialEq)]
pub enum EditError {
    Empty,
    NotFound,
}

/// Anything kept in a list that two copies of the workspace may both have changed.
pub trait Record: Clone + InJson {
    fn id(&self) -> &str;
    fn updated(&self) -> f64;
}

macro_rules! record {
    ($($t:ty),*) => {$(
        impl Record for $t {
            fn id(&self) -> &str { &self.id }
            fn updated(&self) -> f64 { self.updated }
        }
    )*};
}
record!(
    Question,
    Note,
    Contact,
    StepMark,
    CheckIn,
    Medicine,
    Dose,
    Appointment,
    CarerCheckIn,
    PlanStep
);

impl Workspace {
    /// The text to store: the workspace inside a versioned envelope,
    /// `{"version": N, "data": {...}}`.
    pub fn stored_text(&self) -> String {
        self.envelope(Vec::new()).text()
    }

    /// The envelope, after `first` (the fields that go before the version).
    pub(super) fn envelope(&self, mut first: Vec<(String, Json)>) -> Json {
        first.push(("version".to_owned(), SCHEMA_VERSION.write()));
        first.push(("data".to_owned(), self.write()));
        Json::Object(first)
    }

    /// Reads a stored envelope (JSON text) of this or any earlier version.
    pub fn from_json(text: &str) -> Result<Self, ReadError> {
        Self::from_envelope(&json::parse(text).ok_or(ReadError::Corrupt)?)
    }

    /// Reads an envelope already read as JSON (a backup file is one too).
    pub(super) fn from_envelope(envelope: &Json) -> Result<Self, ReadError> {
        let version = match envelope.get("version") {
            Some(&Json::Number(n)) if n.fract() == 0.0 && n >= 1.0 => n,
            _ => return Err(ReadError::Corrupt),
        };
        let data = envelope.get("data").ok_or(ReadError::Corrupt)?;
        let read = if version == 1.0 {
            v1::Workspace::read(data).map(Workspace::from)
        } else if version <= f64::from(SCHEMA_VERSION) {
            // Version 3 only added `progress`, version 4 the diary, medicines and doses,
            // version 5 appointments and version 6 the carer's check-ins and the planning
            // workbook: earlier data reads them as empty. Version 7 added the lock, which only
            // changes the envelope (`locked`): plain data is as in version 6.
            Workspace::read(data)
        } else {
            return Err(ReadError::Newer(version as u64));
        };
        let mut workspace = read.ok_or(ReadError::Corrupt)?;
        workspace.tidy();
        Ok(workspace)
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
            && self.notes.is_empty()
            && self.contacts.is_empty()
            && self.wishes.text.is_empty()
            && self.check_ins.is_empty()
            && self.medicines.is_empty()
            && self.doses.is_empty()
            && self.appointments.is_empty()
            && self.carer_check_ins.is_empty()
            && !self.plan.iter().any(PlanStep::is_written)
    }

    // --- Questions ---

    pub fn add_question(
        &mut self,
        id: String,
        text: &str,
        ask: AskWho,
        now: f64,
    ) -> Result<(), EditError> {
        let text = required(text)?;
        let order = self.questions.iter().map(|q| q.order).fold(0.0, f64::max) + 1.0;
        self.questions.push(Question {
            id,
            text,
            ask,
            answered: false,
            answer: String::new(),
            order,
            updated: now,
        });
        Ok(())
    }

    /// Whether a question with this exact text (ignoring case and spaces) is already in the list.
    pub fn has_question(&self, text: &str) -> bool {
        let wanted = text.trim();
        self.questions
            .iter()
            .any(|q| q.text.eq_ignore_ascii_case(wanted))
    }

    pub fn edit_question(
        &mut self,
        id: &str,
        text: &str,
        ask: AskWho,
        now: f64,
    ) -> Result<(), EditError> {
        let text = required(text)?;
        let question = find(&mut self.questions, id)?;
        question.text = text;
        question.ask = ask;
        question.updated = now;
        Ok(())
    }

    /// Marks a question answered (with what was said) or not answered.
    pub fn answer_question(
        &mut self,
        id: &str,
        answered: bool,
        answer: &str,
        now: f64,
    ) -> Result<(), EditError> {
        let question = find(&mut self.questions, id)?;
        question.answered = answered;
        question.answer = answer.trim().to_owned();
        question.updated = now;
        Ok(())
    }

    /// Moves a question one place up (`-1`) or down (`1`). Returns false at either end.
    pub fn move_question(&mut self, id: &str, step: isize, now: f64) -> Result<bool, EditError> {
        let index = self
            .questions
            .iter()
            .position(|q| q.id == id)
            .ok_or(EditError::NotFound)?;
        let Some(other) = index
            .checked_add_signed(step)
            .filter(|i| *i < self.questions.len())
        else {
            return Ok(false);
        };
        let (a, b) = (self.questions[index].order, self.questions[other].order);
        self.questions[index].order = b;
        self.questions[other].order = a;
        self.questions[index].updated = now;
        self.questions[other].updated = now;
        self.questions.swap(index, other);
        Ok(true)
    }

    pub fn remove_question(&mut self, id: &str, now: f64) -> Result<Question, EditError> {
        let removed = remove(&mut self.questions, id)?;
        self.bury(id, now);
        Ok(removed)
    }

    /// Puts a deleted question back where it was.
    pub fn restore_question(&mut self, mut question: Question, now: f64) {
        self.deleted.retain(|t| t.id != question.id);
        question.updated = now;
        self.questions.push(question);
        self.tidy();
    }

    // --- Notes, contacts and wishes ---

    pub fn add_note(
        &mut self,
        id: String,
        date: &str,
        who: &str,
        text: &str,
        now: f64,
    ) -> Result<(), EditError> {
        let text = required(text)?;
        self.notes.push(Note {
            id,
            date: date.trim().to_owned(),
            who: who.trim().to_owned(),
            text,
            updated: now,
        });
        self.tidy();
        Ok(())
    }

    pub fn remove_note(&mut self, id: &str, now: f64) -> Result<Note, EditError> {
        let removed = remove(&mut self.notes, id)?;
        self.bury(id, now);
        Ok(removed)
    }

    pub fn add_contact(
        &mut self,
        id: String,
        name: &str,
        role: &str,
        phone: &str,
        now: f64,
    ) -> Result<(), EditError> {
        let name = required(name)?;
        self.contacts.push(Contact {
            id,
            name,
            role: role.trim().to_owned(),
            phone: phone.trim().to_owned(),
            updated: now,
        });
        self.tidy();
        Ok(())
    }

    pub fn remove_contact(&mut self, id: &str, now: f64) -> Result<Contact, EditError> {
        let removed = remove(&mut self.contacts, id)?;
        self.bury(id, now);
        Ok(removed)
    }

    pub fn set_wishes(&mut self, text: &str, now: f64) {
        self.wishes = Wishes {
            text: text.trim().to_owned(),
            updated: now,
        };
    }

    // --- "Start here" progress ---

    pub fn step_done(&self, path: &str) -> bool {
        self.progress
            .iter()
            .any(|mark| mark.id == path && mark.done)
    }

    pub fn mark_step(&mut self, path: &str, done: bool, now: f64) {
        self.progress.retain(|mark| mark.id != path);
        self.progress.push(StepMark {
            id: path.to_owned(),
            done,
            updated: now,
        });
        self.tidy();
    }

    // --- Symptom diary ---

    /// Adds a check-in, or replaces the one with the same id (an edit).
    pub fn add_check_in(&mut self, entry: CheckIn) {
        put(&mut self.check_ins, &mut self.deleted, entry);
        self.tidy();
    }

    pub fn remove_check_in(&mut self, id: &str, now: f64) -> Result<CheckIn, EditError> {
        let removed = remove(&mut self.check_ins, id)?;
        self.bury(id, now);
        Ok(removed)
    }

    /// Puts a deleted check-in back.
    pub fn restore_check_in(&mut self, mut entry: CheckIn, now: f64) {
        entry.updated = now;
        self.add_check_in(entry);
    }

    // --- Medicines and "when needed" doses ---

    /// Adds a medicine, or replaces the one with the same id (an edit).
    pub fn put_medicine(&mut self, medicine: Medicine) {
        put(&mut self.medicines, &mut self.deleted, medicine);
        self.tidy();
    }

    pub fn remove_medicine(&mut self, id: &str, now: f64) -> Result<Medicine, EditError> {
        let removed = remove(&mut self.medicines, id)?;
        self.bury(id, now);
        Ok(removed)
    }

    /// Adds a dose, or replaces the one with the same id (an edit).
    pub fn put_dose(&mut self, dose: Dose) {
        put(&mut self.doses, &mut self.deleted, dose);
        self.tidy();
    }

    pub fn remove_dose(&mut self, id: &str, now: f64) -> Result<Dose, EditError> {
        let removed = remove(&mut self.doses, id)?;
        self.bury(id, now);
        Ok(removed)
    }

    // --- Appointments ---

    /// Adds an appointment, or replaces the one with the same id (an edit).
    pub fn put_appointment(&mut self, appointment: Appointment) {
        put(&mut self.appointments, &mut self.deleted, appointment);
        self.tidy();
    }

    pub fn remove_appointment(&mut self, id: &str, now: f64) -> Result<Appointment, EditError> {
        let removed = remove(&mut self.appointments, id)?;
        self.bury(id, now);
        Ok(removed)
    }

    // --- The carer's own check-ins ---

    /// Adds a carer's check-in, or replaces the one with the same id (an edit).
    pub fn put_carer_check_in(&mut self, entry: CarerCheckIn) {
        put(&mut self.carer_check_ins, &mut self.deleted, entry);
        self.tidy();
    }

    pub fn remove_carer_check_in(&mut self, id: &str, now: f64) -> Result<CarerCheckIn, EditError> {
        let removed = remove(&mut self.carer_check_ins, id)?;
        self.bury(id, now);
        Ok(removed)
    }

    /// Puts a deleted carer's check-in back.
    pub fn restore_carer_check_in(&mut self, mut entry: CarerCheckIn, now: f64) {
        entry.updated = now;
        self.put_carer_check_in(entry);
    }

    // --- Planning ahead together ---

    /// Keeps a workbook step as written now (its id is the step's key).
    pub fn put_plan_step(&mut self, step: PlanStep) {
        put(&mut self.plan, &mut self.deleted, step);
        self.tidy();
    }

    // --- Combining copies ---

    /// Combines two copies of the workspace. For each item the later change wins; an item deleted
    /// after its last change stays deleted. The result does not depend on the order of the copies.
    pub fn merge(&self, other: &Workspace) -> Workspace {
        let mut deleted: Vec<Tombstone> = Vec::new();
        for tombstone in self.deleted.iter().chain(&other.deleted) {
            match deleted.iter_mut().find(|t| t.id == tombstone.id) {
                Some(kept) => kept.deleted = kept.deleted.max(tombstone.deleted),
                None => deleted.push(tombstone.clone()),
            }
        }
        let wishes = if later(
            &other.wishes,
            other.wishes.updated,
            &self.wishes,
            self.wishes.updated,
        ) {
            other.wishes.clone()
        } else {
            self.wishes.clone()
        };
        let mut merged = Workspace {
            questions: merge_records(&self.questions, &other.questions, &deleted),
            notes: merge_records(&self.notes, &other.notes, &deleted),
            contacts: merge_records(&self.contacts, &other.contacts, &deleted),
            check_ins: merge_records(&self.check_ins, &other.check_ins, &deleted),
            medicines: merge_records(&self.medicines, &other.medicines, &deleted),
            doses: merge_records(&self.doses, &other.doses, &deleted),
            appointments: merge_records(&self.appointments, &other.appointments, &deleted),
            carer_check_ins: merge_records(&self.carer_check_ins, &other.carer_check_ins, &deleted),
            plan: merge_records(&self.plan, &other.plan, &deleted),
            wishes,
            deleted,
            progress: merge_records(&self.progress, &other.progress, &[]),
        };
        // A tombstone older than a live copy of its item can no longer delete anything that would win.
        let live: Vec<(String, f64)> = merged
            .records()
            .map(|(id, updated)| (id.to_owned(), updated))
            .collect();
        merged.deleted.retain(|t| {
            !live
                .iter()
                .any(|(id, updated)| *id == t.id && *updated > t.deleted)
        });
        merged.tidy();
        merged
    }

    /// Replaces everything with `incoming`, deleting (with tombstones) whatever it does not have,
    /// so that another open tab does not bring the replaced items back.
    pub fn replace_with(&self, incoming: &Workspace, now: f64) -> Workspace {
        let mut result = incoming.clone();
        // Everything incoming is stamped as changed now, so it wins over any older copy or deletion.
        result.questions.iter_mut().for_each(|q| q.updated = now);
        result.notes.iter_mut().for_each(|n| n.updated = now);
        result.contacts.iter_mut().for_each(|c| c.updated = now);
        result.progress.iter_mut().for_each(|m| m.updated = now);
        result.check_ins.iter_mut().for_each(|e| e.updated = now);
        result.medicines.iter_mut().for_each(|m| m.updated = now);
        result.doses.iter_mut().for_each(|d| d.updated = now);
        result.appointments.iter_mut().for_each(|a| a.updated = now);
        result
            .carer_check_ins
            .iter_mut()
            .for_each(|c| c.updated = now);
        result.plan.iter_mut().for_each(|p| p.updated = now);
        // Steps are never deleted, only marked not done, so another tab's older mark loses.
        for mark in self
            .progress
            .iter()
            .filter(|m| !incoming.progress.iter().any(|i| i.id == m.id))
        {
            result.progress.push(StepMark {
                id: mark.id.clone(),
                done: false,
                updated: now,
            });
        }
        result.wishes.updated = now;
        let kept: Vec<&str> = incoming.ids().collect();
        for id in self.ids().filter(|id| !kept.contains(id)) {
            result.bury(id, now);
        }
        result.tidy();
        result
    }

    /// The id and last change of every item in every list.
    fn records(&self) -> impl Iterator<Item = (&str, f64)> {
        self.questions
            .iter()
            .map(|q| (q.id(), q.updated))
            .chain(self.notes.iter().map(|n| (n.id(), n.updated)))
            .chain(self.contacts.iter().map(|c| (c.id(), c.updated)))
            .chain(self.check_ins.iter().map(|e| (e.id(), e.updated)))
            .chain(self.medicines.iter().map(|m| (m.id(), m.updated)))
            .chain(self.doses.iter().map(|d| (d.id(), d.updated)))
            .chain(self.appointments.iter().map(|a| (a.id(), a.updated)))
            .chain(self.carer_check_ins.iter().map(|c| (c.id(), c.updated)))
            .chain(self.plan.iter().map(|p| (p.id(), p.updated)))
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        self.records().map(|(id, _)| id)
    }

    fn bury(&mut self, id: &str, now: f64) {
        self.deleted.retain(|t| t.id != id);
        self.deleted.push(Tombstone {
            id: id.to_owned(),
            deleted: now,
        });
    }

    /// Puts every list in the order it is shown in: questions by place, notes newest first,
    /// contacts by name.
    fn tidy(&mut self) {
        sort_by(&mut self.questions, |a, b| {
            a.order.total_cmp(&b.order).then_with(|| a.id.cmp(&b.id))
        });
        sort_by(&mut self.notes, |a, b| {
            b.date
                .cmp(&a.date)
                .then(b.updated.total_cmp(&a.updated))
                .then_with(|| a.id.cmp(&b.id))
        });
        sort_by(&mut self.contacts, |a, b| {
            cmp_ignoring_case(&a.name, &b.name).then_with(|| a.id.cmp(&b.id))
        });
        sort_by(&mut self.deleted, |a, b| a.id.cmp(&b.id));
        sort_by(&mut self.progress, |a, b| a.id.cmp(&b.id));
        // Newest first, as the diary shows them.
        sort_by(&mut self.check_ins, |a, b| {
            b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id))
        });
        // Regular medicines first, then by name; doses newest first.
        sort_by(&mut self.medicines, |a, b| {
            a.schedule
                .key()
                .cmp(b.schedule.key())
                .then_with(|| cmp_ignoring_case(&a.name, &b.name))
                .then_with(|| a.id.cmp(&b.id))
        });
        sort_by(&mut self.doses, |a, b| {
            b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id))
        });
        sort_by(&mut self.appointments, |a, b| {
            a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id))
        });
        sort_by(&mut self.plan, |a, b| a.id.cmp(&b.id));
        // Newest first, as the page lists them.
        sort_by(&mut self.carer_check_ins, |a, b| {
            b.date
                .cmp(&a.date)
                .then(b.updated.total_cmp(&a.updated))
                .then_with(|| a.id.cmp(&b.id))
        });
    }
}

/// Orders two names as a list would, ignoring the case of the letters A to Z. Only those: the
/// full Unicode case tables would add about 7 KB (compressed) to every page's download, for
/// names that are almost always in English; other letters still order the same way every time.
fn cmp_ignoring_case(a: &str, b: &str) -> std::cmp::Ordering {
    let folded = |text| str::bytes(text).map(|byte| byte.to_ascii_lowercase());
    folded(a).cmp(folded(b))
}

fn required(text: &str) -> Result<String, EditError> {
    let text = text.trim();
    if text.is_empty() {
        Err(EditError::Empty)
    } else {
        Ok(text.to_owned())
    }
}

fn find<'a, T: Record>(items: &'a mut [T], id: &str) -> Result<&'a mut T, EditError> {
    items
        .iter_mut()
        .find(|item| item.id() == id)
        .ok_or(EditError::NotFound)
}

/// Adds an item, or replaces the one with its id; saving an item again also undoes its deletion.
fn put<T: Record>(items: &mut Vec<T>, deleted: &mut Vec<Tombstone>, item: T) {
    items.retain(|kept| kept.id() != item.id());
    deleted.retain(|t| t.id != item.id());
    items.push(item);
}

fn remove<T: Record>(items: &mut Vec<T>, id: &str) -> Result<T, EditError> {
    let index = items
        .iter()
        .position(|item| item.id() == id)
        .ok_or(EditError::NotFound)?;
    Ok(items.remove(index))
}

/// Whether `a` (changed at `a_time`) should win over `b`. Equal times are settled by comparing the
/// items' JSON, so every tab reaches the same answer.
fn later<T: InJson>(a: &T, a_time: f64, b: &T, b_time: f64) -> bool {
    match a_time.total_cmp(&b_time) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => a.write().text() > b.write().text(),
    }
}

fn merge_records<T: Record>(mine: &[T], theirs: &[T], deleted: &[Tombstone]) -> Vec<T> {
    let mut merged: Vec<T> = Vec::new();
    for item in mine.iter().chain(theirs) {
        match merged.iter_mut().find(|kept| kept.id() == item.id()) {
            Some(kept) => {
                if later(item, item.updated(), kept, kept.updated()) {
                    *kept = item.clone();
                }
            }
            None => merged.push(item.clone()),
        }
    }
    merged.retain(|item| {
        !deleted
            .iter()
            .any(|t| t.id == item.id() && t.deleted >= item.updated())
    });
    merged
}

/// Earlier formats, read as they were written and converted forward. Each new version adds a
/// module here, a `From` into the next version, and a test with a sample of the old format.
mod v1 {
    use crate::store::json::in_json_object;

    /// Version 1 held only questions. Version 2 added whom to ask, answers, order, notes,
    /// contacts, wishes and tombstones.
    pub struct Workspace {
        pub questions: Vec<Question>,
    }
    in_json_object!(Workspace { questions });

    pub struct Question {
        pub id: String,
        pub text: String,
        pub updated: f64,
    }
    in_json_object!(Question { id, text, updated });

    impl From<Workspace> for super::Workspace {
        fn from(old: Workspace) -> Self {
            let questions = old
                .questions
                .into_iter()
                .enumerate()
                .map(|(index, q)| super::Question {
                    id: q.id,
                    text: q.text,
                    ask: super::AskWho::Anyone,
                    answered: false,
                    answer: String::new(),
                    order: index as f64 + 1.0,
                    updated: q.updated,
                })
                .collect();
            super::Workspace {
                questions,
                ..Default::default()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// One of every record kind, each field set, as a family's saved data may hold.
    fn every_kind() -> Workspace {
        use std::collections::BTreeMap;
        Workspace {
            questions: vec![Question {
                id: "q1".into(),
                text: "Can we stay the night? \"Yes\" she said.\nThen: 😀".into(),
                ask: AskWho::Nurse,
                answered: true,
                answer: "Yes, there is a bed.".into(),
                order: 1.5,
                updated: 1764000000000.0,
            }],
            notes: vec![Note {
                id: "n1".into(),
                date: "2026-11-20".into(),
                who: "Dr Shah, GP".into(),
                text: "Tab\there, back\\slash.".into(),
                updated: 1764000000001.0,
            }],
            contacts: vec![Contact {
                id: "c1".into(),
                name: "Sam Patel".into(),
                role: "Specialist nurse".into(),
                phone: "01234 567890".into(),
                updated: 1764000000002.0,
            }],
            wishes: Wishes {
                text: "To be at home.".into(),
                updated: 1764000000003.0,
            },
            deleted: vec![Tombstone {
                id: "gone".into(),
                deleted: 1764000000004.0,
            }],
            progress: vec![StepMark {
                id: "/myths".into(),
                done: true,
                updated: 1764000000005.0,
            }],
            check_ins: vec![CheckIn {
                id: "k1".into(),
                at: "2026-11-26T09:30".into(),
                by: crate::store::diary::FilledBy::Carer,
                ratings: BTreeMap::from([("pain".into(), 0), ("other".into(), 10)]),
                other: "Itching".into(),
                note: "Better after lunch.".into(),
                updated: 1764000000006.0,
            }],
            medicines: vec![Medicine {
                id: "m1".into(),
                name: "Paracetamol".into(),
                what_for: "Pain".into(),
                dose: "As the label says".into(),
                schedule: crate::store::medicines::Schedule::WhenNeeded,
                updated: 1764000000007.0,
            }],
            doses: vec![
                Dose {
                    id: "d1".into(),
                    medicine: "m1".into(),
                    medicine_name: "Paracetamol".into(),
                    at: "2026-11-26T10:00".into(),
                    amount: "One".into(),
                    helped: Some(crate::store::medicines::Helped::ALittle),
                    note: "".into(),
                    updated: 1764000000008.0,
                },
                Dose {
                    id: "d2".into(),
                    medicine: "m1".into(),
                    medicine_name: "Paracetamol".into(),
                    at: "2026-11-26T08:00".into(),
                    amount: "One".into(),
                    helped: None,
                    note: "Asleep after.".into(),
                    updated: 1764000000009.0,
                },
            ],
            appointments: vec![Appointment {
                id: "a1".into(),
                start: "2026-12-01T14:00".into(),
                end: "14:30".into(),
                with_whom: "District nurse".into(),
                place: "At home".into(),
                what_for: "Check-up".into(),
                note: "Ring the bell twice.".into(),
                contact: "c1".into(),
                questions: vec!["q1".into()],
                updated: 1764000000010.0,
            }],
            carer_check_ins: vec![CarerCheckIn {
                id: "w1".into(),
                date: "2026-11-27".into(),
                answers: BTreeMap::from([
                    ("break".into(), crate::store::carer::Need::MoreHelp),
                    ("money".into(), crate::store::carer::Need::SomeHelp),
                    ("understanding".into(), crate::store::carer::Need::Managing),
                ]),
                note: "No night off since May.".into(),
                updated: 1764000000011.0,
            }],
            plan: vec![PlanStep {
                id: "place".into(),
                answers: BTreeMap::from([
                    ("where".into(), "At home, by the window.".into()),
                    ("not".into(), "Not in hospital if it can be helped.".into()),
                ]),
                updated: 1764000000012.0,
            }],
        }
    }

    /// Numbers as f64, so that `1.0` and `1` compare equal: this format writes whole numbers
    /// without the `.0` the earlier writer added.
    fn numbers_as_f64(value: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match value {
            Value::Number(n) => json!(n.as_f64().unwrap()),
            Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_f64).collect()),
            Value::Object(fields) => Value::Object(
                fields
                    .into_iter()
                    .map(|(name, value)| (name, numbers_as_f64(value)))
                    .collect(),
            ),
            other => other,
        }
    }

    #[test]
    fn reads_every_record_kind_as_the_earlier_writer_stored_it() {
        // Version 5, written by the release before this format had its own writer
        // (serde_json): everything but the carer's check-ins, which it did not have.
        let before_carers = Workspace {
            carer_check_ins: Vec::new(),
            plan: Vec::new(),
            ..every_kind()
        };
        let earlier = include_str!("samples/stored-v5.json");
        assert_eq!(Workspace::from_json(earlier), Ok(before_carers.clone()));
        let backup = include_str!("samples/backup-v5.json");
        assert_eq!(crate::store::backup::from_file(backup), Ok(before_carers));
    }

    #[test]
    fn reads_version_6_as_the_release_before_the_lock_stored_it() {
        let earlier = include_str!("samples/stored-v6.json");
        assert_eq!(Workspace::from_json(earlier), Ok(every_kind()));
        let backup = include_str!("samples/backup-v6.json");
        assert_eq!(crate::store::backup::from_file(backup), Ok(every_kind()));
    }

    #[test]
    fn writes_every_record_kind_in_the_stored_format() {
        // What this release writes is the documented format, field for field.
        let sample = include_str!("samples/stored-v7.json");
        let now = every_kind().stored_text();
        assert_eq!(
            numbers_as_f64(serde_json::from_str(&now).unwrap()),
            numbers_as_f64(serde_json::from_str(sample).unwrap())
        );
        assert_eq!(Workspace::from_json(sample), Ok(every_kind()));
        assert_eq!(Workspace::from_json(&now), Ok(every_kind()));
        let backup = include_str!("samples/backup-v7.json");
        assert_eq!(crate::store::backup::from_file(backup), Ok(every_kind()));
        let again = crate::store::backup::to_file(&every_kind(), "2026-11-26T10:00:00Z");
        assert_eq!(
            numbers_as_f64(serde_json::from_str(&again).unwrap()),
            numbers_as_f64(serde_json::from_str(backup).unwrap())
        );
    }

    #[test]
    fn carer_check_ins_merge_and_stay_deleted_like_every_record() {
        let mut mine = every_kind();
        let mut theirs = every_kind();
        let mut changed = theirs.carer_check_ins[0].clone();
        changed.note = "A neighbour sits with him on Tuesdays.".into();
        changed.updated += 10.0;
        theirs.put_carer_check_in(changed.clone());
        assert_eq!(mine.merge(&theirs).carer_check_ins, vec![changed.clone()]);
        assert_eq!(theirs.merge(&mine).carer_check_ins, vec![changed]);
        // Deleted here after the other copy's last change: stays deleted on both sides.
        mine.remove_carer_check_in("w1", 1764000000100.0).unwrap();
        assert!(mine.merge(&theirs).carer_check_ins.is_empty());
        assert!(theirs.merge(&mine).carer_check_ins.is_empty());
        // Replacing with a copy that lacks it deletes it for other tabs too.
        let replaced = every_kind().replace_with(&Workspace::default(), 1764000000200.0);
        assert!(replaced.merge(&every_kind()).carer_check_ins.is_empty());
        assert!(!every_kind().is_empty());
        let only_carer = Workspace {
            carer_check_ins: every_kind().carer_check_ins,
            ..Workspace::default()
        };
        assert!(!only_carer.is_empty());
    }

    #[test]
    fn workbook_steps_merge_by_step_and_the_later_change_wins() {
        let mut phone = every_kind();
        let mut tablet = every_kind();
        let mut place = tablet.plan[0].clone();
        place
            .answers
            .insert("where".into(), "At the hospice.".into());
        place.updated += 10.0;
        tablet.put_plan_step(place.clone());
        let matters = PlanStep {
            id: "matters".into(),
            answers: [("most".to_owned(), "The grandchildren.".to_owned())].into(),
            updated: 1764000000050.0,
        };
        phone.put_plan_step(matters.clone());
        for merged in [phone.merge(&tablet), tablet.merge(&phone)] {
            assert_eq!(
                merged.plan,
                vec![matters.clone(), place.clone()],
                "one copy of each step, the later one"
            );
        }
        // A step wiped of words no longer counts as anything kept.
        let blank = Workspace {
            plan: vec![PlanStep {
                id: "matters".into(),
                ..PlanStep::default()
            }],
            ..Workspace::default()
        };
        assert!(blank.is_empty());
        // Replacing with a copy that lacks the step takes it away in other tabs too.
        let replaced = tablet.replace_with(&Workspace::default(), 1764000000200.0);
        assert!(replaced.merge(&tablet).plan.is_empty());
    }

    fn sample() -> Workspace {
        let mut ws = Workspace::default();
        ws.add_question(
            "a".into(),
            "  What does the hospice do?  ",
            AskWho::Hospice,
            1.0,
        )
        .unwrap();
        ws.add_question("b".into(), "Who do we call at night?", AskWho::Anyone, 2.0)
            .unwrap();
        ws.add_note(
            "n".into(),
            "2026-11-20",
            "District nurse",
            "Will visit on Tuesdays.",
            3.0,
        )
        .unwrap();
        ws.add_contact(
            "c".into(),
            "Sam Patel",
            "Specialist nurse",
            "01234 567890",
            4.0,
        )
        .unwrap();
        ws.set_wishes("To be at home, with the dog.", 5.0);
        ws
    }

    fn texts(ws: &Workspace) -> Vec<&str> {
        ws.questions.iter().map(|q| q.text.as_str()).collect()
    }

    #[test]
    fn round_trips_through_the_stored_format() {
        let ws = sample();
        let stored = serde_json::from_str::<serde_json::Value>(&ws.stored_text()).unwrap();
        assert_eq!(stored["version"], json!(SCHEMA_VERSION));
        assert_eq!(Workspace::from_json(&stored.to_string()), Ok(ws));
    }

    #[test]
    fn migrates_version_one_as_written_by_the_first_release() {
        let stored = json!({"version": 1, "data": {"questions": [
            {"id": "x", "text": "Can we visit at any time?", "updated": 1764000000000.0},
            {"id": "y", "text": "Is there parking?", "updated": 1764000000001.0}
        ]}});
        let ws = Workspace::from_json(&stored.to_string()).unwrap();
        assert_eq!(
            texts(&ws),
            ["Can we visit at any time?", "Is there parking?"]
        );
        assert_eq!(ws.questions[0].ask, AskWho::Anyone);
        assert!(!ws.questions[1].answered);
        assert!(
            ws.questions[0].order < ws.questions[1].order,
            "order is kept"
        );
        assert!(ws.notes.is_empty() && ws.contacts.is_empty() && ws.deleted.is_empty());
    }

    #[test]
    fn reads_version_two_without_progress() {
        let stored = json!({"version": 2, "data": {
            "questions": [], "notes": [], "contacts": [],
            "wishes": {"text": "Stay at home", "updated": 1.0}, "deleted": []
        }});
        let ws = Workspace::from_json(&stored.to_string()).unwrap();
        assert_eq!(ws.wishes.text, "Stay at home");
        assert!(ws.progress.is_empty());
    }

    #[test]
    fn step_marks_round_trip_and_the_later_mark_wins_in_a_merge() {
        let mut a = Workspace::default();
        a.mark_step("/myths", true, 10.0);
        let saved = a.stored_text();
        assert!(Workspace::from_json(&saved).unwrap().step_done("/myths"));
        let mut b = a.clone();
        b.mark_step("/myths", false, 20.0);
        a.mark_step("/referral", true, 15.0);
        for merged in [a.merge(&b), b.merge(&a)] {
            assert!(!merged.step_done("/myths"), "the later 'not done' wins");
            assert!(merged.step_done("/referral"));
        }
    }

    #[test]
    fn replacing_unmarks_steps_the_incoming_copy_lacks() {
        let mut mine = Workspace::default();
        mine.mark_step("/myths", true, 10.0);
        let replaced = mine.replace_with(&Workspace::default(), 20.0);
        assert!(!replaced.step_done("/myths"));
        assert!(
            !mine.merge(&replaced).step_done("/myths"),
            "the older mark in another tab loses"
        );
    }

    /// A check-in at a time, rating pain and tiredness.
    fn check_in(id: &str, at: &str, pain: u8, updated: f64) -> CheckIn {
        let form = super::super::diary::CheckInForm {
            at: at.to_owned(),
            ratings: [("pain".to_owned(), pain), ("tiredness".to_owned(), 4)].into(),
            ..Default::default()
        };
        form.check(id.to_owned(), &["pain", "tiredness"], updated)
            .unwrap()
    }

    #[test]
    fn reads_version_three_without_check_ins_and_round_trips_them() {
        let stored = json!({"version": 3, "data": {
            "questions": [], "notes": [], "contacts": [],
            "wishes": {"text": "", "updated": 0.0}, "deleted": [],
            "progress": [{"id": "/myths", "done": true, "updated": 1.0}]
        }});
        let ws = Workspace::from_json(&stored.to_string()).unwrap();
        assert!(ws.step_done("/myths") && ws.check_ins.is_empty());

        let mut ws = sample();
        ws.add_check_in(check_in("d1", "2026-11-26T09:30", 6, 10.0));
        let saved = ws.stored_text();
        assert_eq!(Workspace::from_json(&saved), Ok(ws.clone()));
        assert!(!ws.is_empty());
    }

    #[test]
    fn check_ins_merge_by_latest_change_and_deletions_hold() {
        let mut phone = Workspace::default();
        phone.add_check_in(check_in("d1", "2026-11-25T09:00", 3, 10.0));
        phone.add_check_in(check_in("d2", "2026-11-26T09:00", 5, 11.0));
        let mut tablet = phone.clone();
        // The phone corrects d1 later than the tablet deletes d2; the tablet adds its own.
        tablet.remove_check_in("d2", 20.0).unwrap();
        tablet.add_check_in(check_in("d3", "2026-11-26T21:00", 8, 21.0));
        phone.add_check_in(check_in("d1", "2026-11-25T09:00", 4, 30.0));
        for merged in [phone.merge(&tablet), tablet.merge(&phone)] {
            let ids: Vec<&str> = merged.check_ins.iter().map(|e| e.id.as_str()).collect();
            assert_eq!(
                ids,
                ["d3", "d1"],
                "newest first; the deleted one stays deleted"
            );
            assert_eq!(
                merged.check_ins[1].ratings["pain"], 4,
                "the later edit wins"
            );
        }
        // An older copy of a deleted check-in does not bring it back; undo after the delete does.
        let mut undone = tablet.clone();
        let removed = undone.remove_check_in("d3", 40.0).unwrap();
        assert!(tablet.merge(&undone).check_ins.iter().all(|e| e.id != "d3"));
        undone.restore_check_in(removed, 50.0);
        assert!(tablet.merge(&undone).check_ins.iter().any(|e| e.id == "d3"));
    }

    #[test]
    fn replacing_deletes_check_ins_the_incoming_copy_lacks() {
        let mut mine = Workspace::default();
        mine.add_check_in(check_in("d1", "2026-11-25T09:00", 3, 10.0));
        let replaced = mine.replace_with(&Workspace::default(), 20.0);
        assert!(replaced.check_ins.is_empty());
        assert!(
            mine.merge(&replaced).check_ins.is_empty(),
            "another tab's older copy loses"
        );
    }

    #[test]
    fn medicines_and_doses_merge_across_devices_and_deletions_hold() {
        use super::super::medicines::{Helped, Schedule};
        let morphine = Medicine::new(
            "m1".into(),
            "Morphine liquid",
            "Pain",
            "As the label says",
            Schedule::WhenNeeded,
            10.0,
        )
        .unwrap();
        let mut phone = Workspace::default();
        phone.put_medicine(morphine.clone());
        phone.put_dose(
            Dose::new(
                "g1".into(),
                Some(&morphine),
                "2026-11-26T02:00",
                "5 ml",
                None,
                "",
                11.0,
            )
            .unwrap(),
        );
        let mut tablet = phone.clone();
        // The tablet says the dose helped; the phone adds a regular medicine and, later, deletes
        // the dose by mistake and puts it back with undo.
        let mut helped = tablet.doses[0].clone();
        helped.helped = Some(Helped::Yes);
        helped.updated = 20.0;
        tablet.put_dose(helped);
        phone.put_medicine(
            Medicine::new(
                "m2".into(),
                "Laxative",
                "Constipation",
                "Twice a day",
                Schedule::Regular,
                21.0,
            )
            .unwrap(),
        );
        let removed = phone.remove_dose("g1", 30.0).unwrap();
        for merged in [phone.merge(&tablet), tablet.merge(&phone)] {
            assert!(
                merged.doses.is_empty(),
                "the later deletion wins over the earlier edit"
            );
            let names: Vec<&str> = merged.medicines.iter().map(|m| m.name.as_str()).collect();
            assert_eq!(
                names,
                ["Laxative", "Morphine liquid"],
                "regular medicines first"
            );
        }
        let mut undone = removed.clone();
        undone.updated = 40.0;
        phone.put_dose(undone);
        assert_eq!(
            phone.merge(&tablet).doses.len(),
            1,
            "undo brings it back everywhere"
        );
        // A stored copy keeps them all.
        let saved = phone.stored_text();
        assert_eq!(Workspace::from_json(&saved), Ok(phone.clone()));
        // Replacing with a backup that lacks them deletes them in the other tab too.
        let replaced = phone.replace_with(&Workspace::default(), 50.0);
        assert!(tablet.merge(&replaced).medicines.is_empty());
        // 2,000 dose records fit with room to spare.
        for n in 0..2000 {
            phone.put_dose(
                Dose::new(
                    format!("{:x}-{n:08x}", 1_764_000_000_000u64),
                    Some(&morphine),
                    "2026-11-26T02:00",
                    "5 ml",
                    Some(Helped::ALittle),
                    "Settled after 20 minutes.",
                    1_764_000_000_000.0,
                )
                .unwrap(),
            );
        }
        let bytes = phone.stored_text().len();
        println!("2,000 doses: {bytes} bytes");
        assert!(bytes < 500_000, "{bytes} bytes");
    }

    #[test]
    fn appointments_come_in_version_five_merge_and_stay_deleted() {
        let v4 = r#"{"version":4,"data":{"questions":[],"notes":[],"contacts":[],"wishes":{"text":"","updated":0},"deleted":[],"check_ins":[],"medicines":[],"doses":[]}}"#;
        assert!(Workspace::from_json(v4).unwrap().appointments.is_empty());
        let appointment = |id: &str, start: &str, with_whom: &str, updated: f64| Appointment {
            id: id.into(),
            start: start.into(),
            with_whom: with_whom.into(),
            updated,
            ..Default::default()
        };
        let mut phone = Workspace::default();
        phone.put_appointment(appointment("a1", "2026-12-01T10:00", "GP", 10.0));
        phone.put_appointment(appointment("a2", "2026-11-28T09:00", "Hospice", 11.0));
        assert_eq!(phone.appointments[0].id, "a2", "soonest first");
        assert!(!phone.is_empty());
        let mut tablet = phone.clone();
        tablet.put_appointment(appointment("a1", "2026-12-01T11:00", "GP (moved)", 20.0));
        phone.remove_appointment("a2", 30.0).unwrap();
        for merged in [phone.merge(&tablet), tablet.merge(&phone)] {
            assert_eq!(merged.appointments.len(), 1, "the deletion holds");
            assert_eq!(merged.appointments[0].with_whom, "GP (moved)");
        }
        let saved = tablet.stored_text();
        assert!(saved.starts_with(&format!(r#"{{"version":{SCHEMA_VERSION},"#)));
        assert_eq!(Workspace::from_json(&saved), Ok(tablet.clone()));
        let replaced = tablet.replace_with(&Workspace::default(), 40.0);
        assert!(phone.merge(&replaced).appointments.is_empty());
    }

    #[test]
    fn a_year_of_daily_check_ins_fits_in_local_storage_with_room_to_spare() {
        let mut ws = sample();
        for day in 0..365 {
            let mut entry = check_in(
                &format!("{:x}-{:08x}", 1_764_000_000_000u64 + day, day),
                "2026-11-26T09:30",
                5,
                1_764_000_000_000.0,
            );
            // Every symptom rated, the other problem named, and a short note: the most a day holds.
            let keys = crate::content::DIARY.items.iter().map(|s| s.key);
            for key in keys.chain([super::super::diary::OTHER]) {
                entry.ratings.insert(key.to_owned(), 10);
            }
            entry.other = "Constipation".to_owned();
            entry.note = "Slept badly. The nurse came at 10 and changed the patch.".to_owned();
            ws.add_check_in(entry);
        }
        let bytes = ws.stored_text().len();
        println!("a year of full daily check-ins: {bytes} bytes");
        // Browsers give a site about 5 MB of local storage (as UTF-16, so ~2.5 million characters
        // are safe everywhere); a year must use well under a fifth of that.
        assert!(bytes < 500_000, "{bytes} bytes");
    }

    #[test]
    fn refuses_data_from_a_newer_release() {
        let stored = json!({"version": SCHEMA_VERSION + 1, "data": {"questions": []}});
        assert_eq!(
            Workspace::from_json(&stored.to_string()),
            Err(ReadError::Newer(u64::from(SCHEMA_VERSION) + 1))
        );
    }

    #[test]
    fn refuses_text_that_is_not_json() {
        assert_eq!(
            Workspace::from_json("{\"version\":2,\"data\":{\"questions\":[{\"id\":"),
            Err(ReadError::Corrupt)
        );
        assert_eq!(Workspace::from_json(""), Err(ReadError::Corrupt));
    }

    #[test]
    fn refuses_data_it_cannot_understand() {
        for stored in [
            json!("just a string"),
            json!({"questions": []}),
            json!({"version": 0, "data": {"questions": []}}),
            json!({"version": 1}),
            json!({"version": 1, "data": {"questions": [{"id": 5}]}}),
            json!({"version": 1, "data": {"questions": ["text"]}}),
            json!({"version": 2, "data": {"questions": []}}),
            json!({"version": "2", "data": {}}),
        ] {
            assert_eq!(
                Workspace::from_json(&stored.to_string()),
                Err(ReadError::Corrupt),
                "{stored}"
            );
        }
    }

    #[test]
    fn adding_trims_and_rejects_blank_text() {
        let mut ws = sample();
        assert_eq!(ws.questions[0].text, "What does the hospice do?");
        assert_eq!(
            ws.add_question("c".into(), "   \n ", AskWho::Gp, 3.0),
            Err(EditError::Empty)
        );
        assert_eq!(
            ws.add_note("m".into(), "2026-11-21", "", "  ", 3.0),
            Err(EditError::Empty)
        );
        assert_eq!(
            ws.add_contact("d".into(), " ", "GP", "1", 3.0),
            Err(EditError::Empty)
        );
        assert_eq!(
            (ws.questions.len(), ws.notes.len(), ws.contacts.len()),
            (2, 1, 1)
        );
    }

    #[test]
    fn knows_a_question_already_in_the_list() {
        let ws = sample();
        assert!(ws.has_question(" who do we call at NIGHT? "));
        assert!(!ws.has_question("Who do we call in the day?"));
    }

    #[test]
    fn editing_changes_only_that_question() {
        let mut ws = sample();
        ws.edit_question("b", "Who do we call out of hours?", AskWho::Nurse, 5.0)
            .unwrap();
        assert_eq!(ws.questions[1].text, "Who do we call out of hours?");
        assert_eq!(ws.questions[1].ask, AskWho::Nurse);
        assert_eq!(ws.questions[1].updated, 5.0);
        assert_eq!(ws.questions[0].text, "What does the hospice do?");
        assert_eq!(
            ws.edit_question("b", " ", AskWho::Gp, 6.0),
            Err(EditError::Empty)
        );
        assert_eq!(
            ws.edit_question("zzz", "x", AskWho::Gp, 6.0),
            Err(EditError::NotFound)
        );
        assert_eq!(ws.questions[1].text, "Who do we call out of hours?");
    }

    #[test]
    fn answering_records_the_answer() {
        let mut ws = sample();
        ws.answer_question("a", true, " Day care on Wednesdays. ", 7.0)
            .unwrap();
        assert!(ws.questions[0].answered);
        assert_eq!(ws.questions[0].answer, "Day care on Wednesdays.");
        ws.answer_question("a", false, "", 8.0).unwrap();
        assert!(!ws.questions[0].answered);
    }

    #[test]
    fn moving_reorders_and_stops_at_the_ends() {
        let mut ws = sample();
        ws.add_question("c".into(), "Third", AskWho::Gp, 3.0)
            .unwrap();
        assert_eq!(ws.move_question("c", -1, 9.0), Ok(true));
        assert_eq!(
            texts(&ws),
            [
                "What does the hospice do?",
                "Third",
                "Who do we call at night?"
            ]
        );
        assert_eq!(ws.move_question("a", -1, 9.0), Ok(false));
        assert_eq!(ws.move_question("b", 1, 9.0), Ok(false));
        // The new order survives being stored and read back.
        let stored = serde_json::from_str::<serde_json::Value>(&ws.stored_text()).unwrap();
        assert_eq!(
            texts(&Workspace::from_json(&stored.to_string()).unwrap()),
            texts(&ws)
        );
    }

    #[test]
    fn removing_then_restoring_puts_a_question_back_in_its_place() {
        let mut ws = sample();
        let removed = ws.remove_question("a", 10.0).unwrap();
        assert_eq!(texts(&ws), ["Who do we call at night?"]);
        assert_eq!(
            ws.deleted,
            vec![Tombstone {
                id: "a".into(),
                deleted: 10.0
            }]
        );
        assert_eq!(ws.remove_question("a", 11.0), Err(EditError::NotFound));

        ws.restore_question(removed, 12.0);
        assert_eq!(
            texts(&ws),
            ["What does the hospice do?", "Who do we call at night?"]
        );
        assert!(ws.deleted.is_empty());
    }

    #[test]
    fn a_contact_dials_only_digits_and_plus() {
        let mut ws = Workspace::default();
        ws.add_contact("c".into(), "Sam", "", "+44 (0)1234 567-890 ext", 1.0)
            .unwrap();
        ws.add_contact("d".into(), "Jo", "", "ask at reception", 2.0)
            .unwrap();
        let dials: Vec<String> = ws.contacts.iter().map(Contact::dial).collect();
        assert_eq!(dials, ["", "+4401234567890"], "Jo has nothing to dial");
    }

    #[test]
    fn names_are_ordered_ignoring_case() {
        use std::cmp::Ordering::*;
        assert_eq!(cmp_ignoring_case("alex", "Bea"), Less);
        assert_eq!(cmp_ignoring_case("Zoe", "adam"), Greater);
        assert_eq!(cmp_ignoring_case("Morphine", "morphine"), Equal);
        assert_eq!(cmp_ignoring_case("Dr Ali", "Dr Alison"), Less);
    }

    #[test]
    fn notes_are_newest_first_and_contacts_by_name() {
        let mut ws = sample();
        ws.add_note("o".into(), "2026-11-22", "", "Later note", 6.0)
            .unwrap();
        ws.add_contact("e".into(), "alex Jones", "GP", "", 6.0)
            .unwrap();
        assert_eq!(ws.notes[0].text, "Later note");
        assert_eq!(ws.contacts[0].name, "alex Jones");
    }

    #[test]
    fn merge_keeps_the_later_change_of_each_item() {
        let base = sample();
        let mut tab_a = base.clone();
        let mut tab_b = base.clone();
        tab_a
            .edit_question("a", "Edited in A", AskWho::Hospice, 20.0)
            .unwrap();
        tab_b
            .edit_question("a", "Edited in B later", AskWho::Hospice, 21.0)
            .unwrap();
        tab_a
            .add_question("x".into(), "New in A", AskWho::Gp, 22.0)
            .unwrap();
        tab_b.set_wishes("Changed in B", 23.0);

        let merged = tab_a.merge(&tab_b);
        assert_eq!(
            merged,
            tab_b.merge(&tab_a),
            "the order of merging does not matter"
        );
        assert_eq!(
            texts(&merged),
            ["Edited in B later", "Who do we call at night?", "New in A"]
        );
        assert_eq!(merged.wishes.text, "Changed in B");
        assert_eq!(merged.notes, base.notes);
    }

    #[test]
    fn merge_keeps_deletions_unless_the_item_changed_afterwards() {
        let base = sample();
        let mut tab_a = base.clone();
        let mut tab_b = base.clone();
        tab_a.remove_question("a", 30.0).unwrap();
        tab_a.remove_note("n", 30.0).unwrap();
        tab_b
            .edit_question("b", "Changed in B", AskWho::Gp, 25.0)
            .unwrap();
        // B edits the contact after A deleted it: the edit wins and the contact comes back.
        tab_a.remove_contact("c", 30.0).unwrap();
        tab_b.contacts[0].phone = "01234 999999".into();
        tab_b.contacts[0].updated = 31.0;

        let merged = tab_a.merge(&tab_b);
        assert_eq!(merged, tab_b.merge(&tab_a));
        assert_eq!(
            texts(&merged),
            ["Changed in B"],
            "the deleted question stays deleted"
        );
        assert!(merged.notes.is_empty(), "the deleted note stays deleted");
        assert_eq!(merged.contacts.len(), 1);
        assert_eq!(merged.contacts[0].phone, "01234 999999");
    }

    #[test]
    fn merging_with_itself_changes_nothing() {
        let ws = sample();
        assert_eq!(ws.merge(&ws), ws);
        assert_eq!(ws.merge(&Workspace::default()), ws);
    }

    #[test]
    fn replacing_deletes_what_the_incoming_copy_lacks() {
        let mine = sample();
        let mut incoming = Workspace::default();
        incoming
            .add_question("z".into(), "From the backup", AskWho::Gp, 1.0)
            .unwrap();
        // The backup also holds a question this device deleted after the backup was made.
        incoming.questions.push(Question {
            id: "a".into(),
            order: 2.0,
            ..mine.questions[0].clone()
        });
        let mut mine = mine;
        mine.remove_question("a", 35.0).unwrap();

        let replaced = mine.replace_with(&incoming, 40.0);
        assert_eq!(
            texts(&replaced),
            ["From the backup", "What does the hospice do?"]
        );
        assert!(
            replaced.notes.is_empty()
                && replaced.contacts.is_empty()
                && replaced.wishes.text.is_empty()
        );
        // Another tab still holding the old items cannot bring them back.
        let other_tab = mine.merge(&replaced);
        assert_eq!(other_tab, replaced);
    }
}
