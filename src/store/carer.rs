//! "How am I doing?": the carer's own check-in. For each area of a carer's life that palliative
//! teams ask about (content/carer.toml), whether they are managing or could do with help, and a
//! note. Kept with its date, apart from the symptom diary, which is about the person who is ill.
//! Pure Rust, tested natively.

use std::collections::BTreeMap;

use super::json::{in_json_keyed, in_json_object};

/// How a carer is getting on in one area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    #[default]
    Managing,
    SomeHelp,
    MoreHelp,
}

impl Need {
    pub const ALL: [Need; 3] = [Need::Managing, Need::SomeHelp, Need::MoreHelp];

    /// Its key in the stored answers; never changed once released.
    pub fn key(self) -> &'static str {
        match self {
            Need::Managing => "managing",
            Need::SomeHelp => "some-help",
            Need::MoreHelp => "more-help",
        }
    }
}
in_json_keyed!(Need);

#[derive(Clone, Debug, PartialEq)]
pub struct CarerCheckIn {
    pub id: String,
    /// The day it is about, in the carer's own time: YYYY-MM-DD.
    pub date: String,
    /// Area key → how they are getting on. An area not answered is absent.
    pub answers: BTreeMap<String, Need>,
    pub note: String,
    pub updated: f64,
}
in_json_object!(CarerCheckIn {
    id,
    date,
    answers,
    note,
    updated
});

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CarerCheckInError {
    /// Nothing answered and no note.
    Empty,
    /// Not a real date.
    BadDate,
    /// An answer for an area the check-in does not ask about.
    UnknownArea,
}

/// What the check-in form sends.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CarerForm {
    pub date: String,
    pub answers: BTreeMap<String, Need>,
    pub note: String,
}

impl CarerForm {
    /// The check-in this form describes, if it is complete and makes sense. `areas`: the keys of
    /// the areas asked about.
    pub fn check(
        self,
        id: String,
        areas: &[&str],
        now: f64,
    ) -> Result<CarerCheckIn, CarerCheckInError> {
        if !crate::content::check::is_iso_date(&self.date) {
            return Err(CarerCheckInError::BadDate);
        }
        if self
            .answers
            .keys()
            .any(|key| !areas.contains(&key.as_str()))
        {
            return Err(CarerCheckInError::UnknownArea);
        }
        let note = self.note.trim().to_owned();
        if self.answers.is_empty() && note.is_empty() {
            return Err(CarerCheckInError::Empty);
        }
        Ok(CarerCheckIn {
            id,
            date: self.date,
            answers: self.answers,
            note,
            updated: now,
        })
    }
}

impl CarerCheckIn {
    /// The form that would save this check-in again (to change it).
    pub fn to_form(&self) -> CarerForm {
        CarerForm {
            date: self.date.clone(),
            answers: self.answers.clone(),
            note: self.note.clone(),
        }
    }

    /// What was said, from "more help" to "managing": for each answer given, the names of its
    /// areas in the check-in's order (`areas`: each area's key and name).
    pub fn by_need<'a>(&self, areas: &[(&'a str, &'a str)]) -> Vec<(Need, Vec<&'a str>)> {
        Need::ALL
            .into_iter()
            .rev()
            .filter_map(|need| {
                let names: Vec<&str> = areas
                    .iter()
                    .filter(|(key, _)| self.answers.get(*key) == Some(&need))
                    .map(|(_, name)| *name)
                    .collect();
                (!names.is_empty()).then_some((need, names))
            })
            .collect()
    }

    /// The areas (keys, in the order of `areas`) where the carer asked for help of at least
    /// `need`.
    pub fn needing<'a>(&self, areas: &[&'a str], need: Need) -> Vec<&'a str> {
        areas
            .iter()
            .copied()
            .filter(|key| self.answers.get(*key).is_some_and(|given| *given >= need))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::json::{self, InJson};

    const AREAS: &[&str] = &["understanding", "break", "money"];

    fn form(answers: &[(&str, Need)], note: &str) -> CarerForm {
        CarerForm {
            date: "2026-12-05".to_owned(),
            answers: answers
                .iter()
                .map(|(key, need)| ((*key).to_owned(), *need))
                .collect(),
            note: note.to_owned(),
        }
    }

    #[test]
    fn a_check_in_needs_an_answer_or_a_note_and_a_real_date() {
        assert_eq!(
            form(&[], "  ").check("a".into(), AREAS, 1.0),
            Err(CarerCheckInError::Empty)
        );
        let mut bad = form(&[("break", Need::MoreHelp)], "");
        bad.date = "2026-02-30".to_owned();
        assert_eq!(
            bad.check("a".into(), AREAS, 1.0),
            Err(CarerCheckInError::BadDate)
        );
        assert_eq!(
            form(&[("sleep", Need::Managing)], "").check("a".into(), AREAS, 1.0),
            Err(CarerCheckInError::UnknownArea)
        );
        let saved = form(&[], " Tired but fine ").check("a".into(), AREAS, 2.0);
        assert_eq!(saved.map(|c| c.note), Ok("Tired but fine".to_owned()));
    }

    #[test]
    fn areas_needing_help_keep_the_check_in_order() {
        let check_in = form(
            &[
                ("money", Need::SomeHelp),
                ("understanding", Need::MoreHelp),
                ("break", Need::Managing),
            ],
            "",
        )
        .check("a".into(), AREAS, 1.0)
        .unwrap();
        assert_eq!(
            check_in.needing(AREAS, Need::SomeHelp),
            ["understanding", "money"]
        );
        assert_eq!(check_in.needing(AREAS, Need::MoreHelp), ["understanding"]);
    }

    #[test]
    fn what_was_said_is_grouped_from_more_help_to_managing() {
        let check_in = form(
            &[
                ("money", Need::MoreHelp),
                ("understanding", Need::Managing),
                ("break", Need::MoreHelp),
            ],
            "",
        )
        .check("a".into(), AREAS, 1.0)
        .unwrap();
        let names = [
            ("understanding", "Understanding"),
            ("break", "A break"),
            ("money", "Money"),
        ];
        assert_eq!(
            check_in.by_need(&names),
            vec![
                (Need::MoreHelp, vec!["A break", "Money"]),
                (Need::Managing, vec!["Understanding"]),
            ]
        );
    }

    #[test]
    fn a_check_in_reads_back_as_written_and_unknown_needs_are_refused() {
        let check_in = form(&[("break", Need::MoreHelp)], "Need a night off")
            .check("c1".into(), AREAS, 5.0)
            .unwrap();
        let text = check_in.write().text();
        assert_eq!(
            CarerCheckIn::read(&json::parse(&text).unwrap()),
            Some(check_in)
        );
        let odd = text.replace("more-help", "desperate");
        assert_eq!(CarerCheckIn::read(&json::parse(&odd).unwrap()), None);
    }
}
