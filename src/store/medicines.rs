//! The medicines list and the log of "when needed" doses, written by the family from what the
//! care team said. The app keeps what they write; it never suggests a medicine, a dose or a time.

use super::diary::is_date_time;
use super::json::{in_json_keyed, in_json_object};

/// Taken at set times, or only when needed (for example for pain that comes and goes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Schedule {
    #[default]
    Regular,
    WhenNeeded,
}

impl Schedule {
    pub const ALL: [Schedule; 2] = [Schedule::Regular, Schedule::WhenNeeded];

    pub fn key(self) -> &'static str {
        match self {
            Schedule::Regular => "regular",
            Schedule::WhenNeeded => "when-needed",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Medicine {
    pub id: String,
    pub name: String,
    /// What it is for, in the family's words.
    pub what_for: String,
    /// The dose and when, as the care team or the label says.
    pub dose: String,
    pub schedule: Schedule,
    pub updated: f64,
}

/// Whether a "when needed" dose helped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Helped {
    Yes,
    ALittle,
    No,
}

impl Helped {
    pub const ALL: [Helped; 3] = [Helped::Yes, Helped::ALittle, Helped::No];

    pub fn key(self) -> &'static str {
        match self {
            Helped::Yes => "yes",
            Helped::ALittle => "a-little",
            Helped::No => "no",
        }
    }
}

/// A "when needed" dose that was given.
#[derive(Clone, Debug, PartialEq)]
pub struct Dose {
    pub id: String,
    /// The medicine's id; its name is kept too, so the log still reads if the medicine is deleted.
    pub medicine: String,
    pub medicine_name: String,
    /// When it was given: YYYY-MM-DDTHH:MM.
    pub at: String,
    /// How much was given, as written on the label or by the team.
    pub amount: String,
    /// Not known yet (`None`) until someone says.
    pub helped: Option<Helped>,
    pub note: String,
    pub updated: f64,
}
in_json_keyed!(Schedule);
in_json_object!(Medicine {
    id,
    name,
    what_for,
    dose,
    schedule,
    updated
});
in_json_keyed!(Helped);
// Like `note`, `helped` may be missing: then it is not known yet.
in_json_object!(Dose { id, medicine, medicine_name, at, amount, updated; helped, note });

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MedicineError {
    /// A medicine needs a name; a dose needs a medicine.
    NoName,
    BadTime,
    /// A dose was logged for a medicine that is not on the list.
    UnknownMedicine,
}

impl Medicine {
    pub fn new(
        id: String,
        name: &str,
        what_for: &str,
        dose: &str,
        schedule: Schedule,
        now: f64,
    ) -> Result<Self, MedicineError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(MedicineError::NoName);
        }
        Ok(Medicine {
            id,
            name: name.to_owned(),
            what_for: what_for.trim().to_owned(),
            dose: dose.trim().to_owned(),
            schedule,
            updated: now,
        })
    }
}

impl Dose {
    /// A dose of `medicine` (which must be on the list) given at `at`.
    pub fn new(
        id: String,
        medicine: Option<&Medicine>,
        at: &str,
        amount: &str,
        helped: Option<Helped>,
        note: &str,
        now: f64,
    ) -> Result<Self, MedicineError> {
        let medicine = medicine.ok_or(MedicineError::UnknownMedicine)?;
        if !is_date_time(at) {
            return Err(MedicineError::BadTime);
        }
        Ok(Dose {
            id,
            medicine: medicine.id.clone(),
            medicine_name: medicine.name.clone(),
            at: at.to_owned(),
            amount: amount.trim().to_owned(),
            helped,
            note: note.trim().to_owned(),
            updated: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::json::InJson;

    #[test]
    fn a_medicine_needs_a_name_and_keeps_what_was_written() {
        assert_eq!(
            Medicine::new("m".into(), "  ", "", "", Schedule::Regular, 1.0),
            Err(MedicineError::NoName)
        );
        let m = Medicine::new(
            "m".into(),
            " Morphine liquid ",
            "Pain",
            "As the label says",
            Schedule::WhenNeeded,
            1.0,
        )
        .unwrap();
        assert_eq!(
            (m.name.as_str(), m.dose.as_str()),
            ("Morphine liquid", "As the label says")
        );
        let json = m.write().text();
        assert!(json.contains("\"schedule\":\"when-needed\""), "{json}");
    }

    #[test]
    fn a_dose_needs_a_listed_medicine_and_a_real_time() {
        let m =
            Medicine::new("m".into(), "Paracetamol", "", "", Schedule::WhenNeeded, 1.0).unwrap();
        assert_eq!(
            Dose::new("d".into(), None, "2026-11-26T10:00", "", None, "", 1.0),
            Err(MedicineError::UnknownMedicine)
        );
        assert_eq!(
            Dose::new("d".into(), Some(&m), "26/11/2026", "", None, "", 1.0),
            Err(MedicineError::BadTime)
        );
        let d = Dose::new(
            "d".into(),
            Some(&m),
            "2026-11-26T10:00",
            " 5 ml ",
            Some(Helped::ALittle),
            "",
            1.0,
        )
        .unwrap();
        assert_eq!(
            (d.medicine_name.as_str(), d.amount.as_str(), d.helped),
            ("Paracetamol", "5 ml", Some(Helped::ALittle))
        );
    }
}
