//! The family's own data and its stored format. Pure Rust, so every rule is tested natively.
//!
//! Stored as `{"version": N, "data": {...}}`. The version lets later releases change the format:
//! older data is migrated forward on read; data from a newer release is refused, never rewritten.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The format this release writes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    /// Milliseconds since 1970, when the question was last written.
    pub updated: f64,
}

#[derive(Serialize)]
pub struct Envelope<'a> {
    pub version: u32,
    pub data: &'a Workspace,
}

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

impl Workspace {
    /// The value to store: the workspace inside a versioned envelope.
    pub fn envelope(&self) -> Envelope<'_> {
        Envelope { version: SCHEMA_VERSION, data: self }
    }

    /// Reads a stored envelope of this or any earlier version.
    pub fn from_stored(stored: Value) -> Result<Self, ReadError> {
        let version = stored.get("version").and_then(Value::as_u64).ok_or(ReadError::Corrupt)?;
        if version > u64::from(SCHEMA_VERSION) {
            return Err(ReadError::Newer(version));
        }
        let data = stored.get("data").cloned().ok_or(ReadError::Corrupt)?;
        let data = migrate(version, data)?;
        serde_json::from_value(data).map_err(|_| ReadError::Corrupt)
    }

    pub fn add(&mut self, id: String, text: &str, now: f64) -> Result<(), EditError> {
        let text = clean(text)?;
        self.questions.push(Question { id, text, updated: now });
        Ok(())
    }

    pub fn edit(&mut self, id: &str, text: &str, now: f64) -> Result<(), EditError> {
        let text = clean(text)?;
        let question = self.questions.iter_mut().find(|q| q.id == id).ok_or(EditError::NotFound)?;
        question.text = text;
        question.updated = now;
        Ok(())
    }

    pub fn remove(&mut self, id: &str) -> Result<Question, EditError> {
        let index = self.questions.iter().position(|q| q.id == id).ok_or(EditError::NotFound)?;
        Ok(self.questions.remove(index))
    }
}

fn clean(text: &str) -> Result<String, EditError> {
    let text = text.trim();
    if text.is_empty() {
        Err(EditError::Empty)
    } else {
        Ok(text.to_owned())
    }
}

/// Brings data of an earlier version up to `SCHEMA_VERSION`, one step at a time.
/// Each new version adds one arm here and a test with a sample of the old format.
fn migrate(version: u64, data: Value) -> Result<Value, ReadError> {
    match version {
        1 => Ok(data),
        _ => Err(ReadError::Corrupt),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Workspace {
        let mut ws = Workspace::default();
        ws.add("a".into(), "  What does the hospice do?  ", 1.0).unwrap();
        ws.add("b".into(), "Who do we call at night?", 2.0).unwrap();
        ws
    }

    #[test]
    fn round_trips_through_the_stored_format() {
        let ws = sample();
        let stored = serde_json::to_value(ws.envelope()).unwrap();
        assert_eq!(stored["version"], json!(SCHEMA_VERSION));
        assert_eq!(Workspace::from_stored(stored), Ok(ws));
    }

    #[test]
    fn reads_version_one_as_written_by_the_first_release() {
        let stored = json!({"version": 1, "data": {"questions": [
            {"id": "x", "text": "Can we visit at any time?", "updated": 1764000000000.0}
        ]}});
        let ws = Workspace::from_stored(stored).unwrap();
        assert_eq!(ws.questions[0].text, "Can we visit at any time?");
    }

    #[test]
    fn refuses_data_from_a_newer_release() {
        let stored = json!({"version": SCHEMA_VERSION + 1, "data": {"questions": []}});
        assert_eq!(Workspace::from_stored(stored), Err(ReadError::Newer(u64::from(SCHEMA_VERSION) + 1)));
    }

    #[test]
    fn refuses_data_it_cannot_understand() {
        for stored in [
            json!("just a string"),
            json!({"questions": []}),
            json!({"version": 0, "data": {"questions": []}}),
            json!({"version": 1}),
            json!({"version": 1, "data": {"questions": [{"id": 5}]}}),
        ] {
            assert_eq!(Workspace::from_stored(stored.clone()), Err(ReadError::Corrupt), "{stored}");
        }
    }

    #[test]
    fn adding_trims_and_rejects_blank_text() {
        let mut ws = sample();
        assert_eq!(ws.questions[0].text, "What does the hospice do?");
        assert_eq!(ws.add("c".into(), "   \n ", 3.0), Err(EditError::Empty));
        assert_eq!(ws.questions.len(), 2);
    }

    #[test]
    fn editing_changes_only_that_question() {
        let mut ws = sample();
        ws.edit("b", "Who do we call out of hours?", 5.0).unwrap();
        assert_eq!(ws.questions[1].text, "Who do we call out of hours?");
        assert_eq!(ws.questions[1].updated, 5.0);
        assert_eq!(ws.questions[0].text, "What does the hospice do?");
        assert_eq!(ws.edit("b", " ", 6.0), Err(EditError::Empty));
        assert_eq!(ws.edit("zzz", "x", 6.0), Err(EditError::NotFound));
        assert_eq!(ws.questions[1].text, "Who do we call out of hours?");
    }

    #[test]
    fn removing_deletes_only_that_question() {
        let mut ws = sample();
        let removed = ws.remove("a").unwrap();
        assert_eq!(removed.text, "What does the hospice do?");
        assert_eq!(ws.questions.len(), 1);
        assert_eq!(ws.questions[0].id, "b");
        assert_eq!(ws.remove("a"), Err(EditError::NotFound));
    }
}
