//! The backup file: the whole workspace as versioned JSON, marked as ours so that a file from
//! another app is recognised and refused. Pure Rust, tested natively.

use super::json::{self, Json};
use super::locked::Locked;
use super::model::{ReadError, Workspace};

/// Marks a file as a backup of this guide.
pub const APP_MARK: &str = "palliative-care-guide";

#[derive(Debug, PartialEq)]
pub enum BackupError {
    /// Not JSON at all (a photo, a document, a damaged file).
    NotJson,
    /// JSON, but not a backup of this guide.
    Foreign,
    /// Made by a newer release of the guide.
    Newer,
    /// Ours, but damaged.
    Corrupt,
}

/// How much a backup holds, shown before the family chooses to merge or replace.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub questions: usize,
    pub notes: usize,
    pub contacts: usize,
    pub check_ins: usize,
    pub medicines: usize,
    pub doses: usize,
    pub appointments: usize,
    pub carer_check_ins: usize,
    /// Steps of "Planning ahead together" with something written.
    pub plan_steps: usize,
    pub wishes: bool,
}

pub fn summary(workspace: &Workspace) -> Summary {
    Summary {
        questions: workspace.questions.len(),
        notes: workspace.notes.len(),
        contacts: workspace.contacts.len(),
        check_ins: workspace.check_ins.len(),
        medicines: workspace.medicines.len(),
        doses: workspace.doses.len(),
        appointments: workspace.appointments.len(),
        carer_check_ins: workspace.carer_check_ins.len(),
        plan_steps: workspace.plan.iter().filter(|s| s.is_written()).count(),
        wishes: !workspace.wishes.text.is_empty(),
    }
}

/// The file's text. `exported` is the ISO date and time it was made.
pub fn to_file(workspace: &Workspace, exported: &str) -> String {
    // The stored envelope, after the mark and the date. Compact, not pretty: a second way of
    // writing JSON would add to the download every family makes.
    workspace
        .envelope(vec![
            ("app".to_owned(), Json::String(APP_MARK.to_owned())),
            ("exported".to_owned(), Json::String(exported.to_owned())),
        ])
        .text()
}

/// What a locked backup says of itself, on its first line, to whoever opens the file.
pub const LOCKED_WHAT: &str = "A locked backup of the Palliative Care Guide. Open it on the guide's Backup and privacy page, with the passcode it was locked with.";

/// The file's text for a locked backup: the sealed workspace and how to unlock it, as stored.
pub fn to_locked_file(locked: &Locked, exported: &str) -> String {
    let text = locked
        .envelope(vec![
            ("app".to_owned(), Json::String(APP_MARK.to_owned())),
            ("what".to_owned(), Json::String(LOCKED_WHAT.to_owned())),
            ("exported".to_owned(), Json::String(exported.to_owned())),
        ])
        .text();
    // A line break (a space, to JSON) ends the first line after what the file is.
    text.replacen(r#"","exported":"#, "\",\n\"exported\":", 1)
}

/// A backup file as read: plain, or locked with a passcode.
#[derive(Debug, PartialEq)]
pub enum Backup {
    Plain(Workspace),
    Locked(Locked),
}

pub fn read_file(text: &str) -> Result<Backup, BackupError> {
    let text = text.trim_start_matches('\u{feff}');
    let file = json::parse(text).ok_or(BackupError::NotJson)?;
    // The mark, read first, tells our files from any other JSON.
    if file.get("app") != Some(&Json::String(APP_MARK.to_owned())) {
        return Err(BackupError::Foreign);
    }
    let read = match Locked::from_envelope(&file) {
        Some(locked) => locked.map(Backup::Locked),
        None => Workspace::from_envelope(&file).map(Backup::Plain),
    };
    read.map_err(|error| match error {
        ReadError::Newer(_) => BackupError::Newer,
        ReadError::Corrupt => BackupError::Corrupt,
    })
}

/// A plain backup's workspace (a locked one needs its passcode: see `lock::open_backup`).
pub fn from_file(text: &str) -> Result<Workspace, BackupError> {
    match read_file(text)? {
        Backup::Plain(workspace) => Ok(workspace),
        Backup::Locked(_) => Err(BackupError::Corrupt),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::model::AskWho;

    fn sample() -> Workspace {
        let mut ws = Workspace::default();
        ws.add_question("a".into(), "Is there a car park?", AskWho::Hospice, 1.0)
            .unwrap();
        ws.add_note(
            "n".into(),
            "2026-11-24",
            "Consultant",
            "Scan next week.",
            2.0,
        )
        .unwrap();
        ws.set_wishes("Music in the room.", 3.0);
        ws
    }

    #[test]
    fn a_backup_reads_back_exactly() {
        let ws = sample();
        let file = to_file(&ws, "2026-11-25T10:00:00Z");
        assert!(file.contains(r#""app":"palliative-care-guide""#));
        assert_eq!(from_file(&file), Ok(ws));
    }

    #[test]
    fn a_locked_backup_says_what_it_is_on_its_first_line_and_reads_back() {
        use crate::store::locked::{Bytes, LockInfo, Sealed};
        let locked = Locked {
            lock: LockInfo {
                salt: Bytes(vec![1; 16]),
                rounds: 600_000,
                wrapped: Sealed {
                    iv: Bytes(vec![2; 12]),
                    data: Bytes(vec![3; 48]),
                },
                minutes: 5,
                device: None,
            },
            sealed: Sealed {
                iv: Bytes(vec![4; 12]),
                data: Bytes(vec![5; 40]),
            },
        };
        let file = to_locked_file(&locked, "2026-12-05T10:00:00Z");
        let first = file.lines().next().unwrap();
        assert!(first.contains(LOCKED_WHAT), "{first}");
        assert!(!first.contains("sealed"));
        assert_eq!(read_file(&file), Ok(Backup::Locked(locked)));
        // A plain backup is still read as one.
        let plain = to_file(&sample(), "2026-12-05T10:00:00Z");
        assert_eq!(read_file(&plain), Ok(Backup::Plain(sample())));
        // A locked backup damaged or from a newer release is refused with the reason.
        assert_eq!(
            read_file(&file.replacen("AQEB", "AQE*", 1)),
            Err(BackupError::Corrupt)
        );
        assert_eq!(
            read_file(&file.replacen(r#""version":7"#, r#""version":99"#, 1)),
            Err(BackupError::Newer)
        );
    }

    #[test]
    fn a_backup_from_the_first_release_is_migrated() {
        let file = r#"{"app":"palliative-care-guide","version":1,"exported":"x",
            "data":{"questions":[{"id":"q","text":"Old question","updated":1.0}]}}"#;
        assert_eq!(from_file(file).unwrap().questions[0].text, "Old question");
    }

    #[test]
    fn wrong_files_are_refused_with_the_reason() {
        assert_eq!(from_file("\u{89}PNG not json"), Err(BackupError::NotJson));
        assert_eq!(from_file(""), Err(BackupError::NotJson));
        assert_eq!(
            from_file(r#"{"version":2,"data":{}}"#),
            Err(BackupError::Foreign)
        );
        assert_eq!(
            from_file(r#"{"app":"another-app","version":2,"data":{}}"#),
            Err(BackupError::Foreign)
        );
        assert_eq!(
            from_file(r#"{"app":"palliative-care-guide","version":99,"data":{}}"#),
            Err(BackupError::Newer)
        );
        assert_eq!(
            from_file(r#"{"app":"palliative-care-guide","version":2,"data":{"questions":1}}"#),
            Err(BackupError::Corrupt)
        );
    }

    #[test]
    fn summary_counts_what_the_backup_holds() {
        assert_eq!(
            summary(&sample()),
            Summary {
                questions: 1,
                notes: 1,
                contacts: 0,
                check_ins: 0,
                medicines: 0,
                doses: 0,
                appointments: 0,
                carer_check_ins: 0,
                plan_steps: 0,
                wishes: true
            }
        );
    }
}
