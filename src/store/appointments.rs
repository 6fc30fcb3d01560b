//! Appointments: who the family is seeing, when and where, and which of their questions to ask
//! there. Pure Rust, tested natively; the calendar file is made from them in `calendar`.

use crate::order::sort_by;

use super::diary::{day_number, is_date_time};
use super::json::in_json_object;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Appointment {
    pub id: String,
    /// When it starts, in UK time: YYYY-MM-DDTHH:MM.
    pub start: String,
    /// When it ends (HH:MM, the same day); empty when not known.
    pub end: String,
    /// Who it is with, for example "District nurse".
    pub with_whom: String,
    /// Where: an address, "at home", "video call".
    pub place: String,
    pub what_for: String,
    pub note: String,
    /// A saved contact to call about it (its id); empty for none.
    pub contact: String,
    /// The questions to ask at this appointment (their ids), in the family's order.
    pub questions: Vec<String>,
    pub updated: f64,
}
in_json_object!(Appointment {
    id, start, with_whom, updated;
    end, place, what_for, note, contact, questions
});

/// What the appointment form sends.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppointmentForm {
    /// YYYY-MM-DD.
    pub date: String,
    /// HH:MM.
    pub time: String,
    /// HH:MM, or empty.
    pub end: String,
    pub with_whom: String,
    pub place: String,
    pub what_for: String,
    pub note: String,
    pub contact: String,
    pub questions: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppointmentError {
    /// The date is missing or is not a real day (30 February).
    BadDate,
    /// The start time is missing or not a time of day.
    BadTime,
    /// The end time is not a time of day.
    BadEnd,
    /// The end is not after the start.
    EndBeforeStart,
    /// Nobody named to see.
    NoOne,
}

impl AppointmentForm {
    /// The appointment this form describes, if it is complete and makes sense.
    pub fn check(self, id: String, now: f64) -> Result<Appointment, AppointmentError> {
        let date = self.date.trim();
        if day_number(date).is_none() {
            return Err(AppointmentError::BadDate);
        }
        let start = format!("{date}T{}", self.time.trim());
        if !is_date_time(&start) {
            return Err(AppointmentError::BadTime);
        }
        let end = self.end.trim().to_owned();
        if !end.is_empty() {
            if !is_date_time(&format!("{date}T{end}")) {
                return Err(AppointmentError::BadEnd);
            }
            // Both are HH:MM, so comparing the text compares the times.
            if end.as_str() <= &start[11..] {
                return Err(AppointmentError::EndBeforeStart);
            }
        }
        let with_whom = self.with_whom.trim();
        if with_whom.is_empty() {
            return Err(AppointmentError::NoOne);
        }
        Ok(Appointment {
            id,
            start,
            end,
            with_whom: with_whom.to_owned(),
            place: self.place.trim().to_owned(),
            what_for: self.what_for.trim().to_owned(),
            note: self.note.trim().to_owned(),
            contact: self.contact,
            questions: self.questions,
            updated: now,
        })
    }
}

impl Appointment {
    /// The form filled in with this appointment, for changing it.
    pub fn to_form(&self) -> AppointmentForm {
        let (date, time) = self.start.split_once('T').unwrap_or((&self.start, ""));
        AppointmentForm {
            date: date.to_owned(),
            time: time.to_owned(),
            end: self.end.clone(),
            with_whom: self.with_whom.clone(),
            place: self.place.clone(),
            what_for: self.what_for.clone(),
            note: self.note.clone(),
            contact: self.contact.clone(),
            questions: self.questions.clone(),
        }
    }

    /// Whether it is still to come at `now` (YYYY-MM-DDTHH:MM, local time). An appointment
    /// stays "coming up" until its end, or for the whole of its start time when no end is known.
    pub fn upcoming(&self, now: &str) -> bool {
        let date = self.start.get(..10).unwrap_or_default();
        let until = if self.end.is_empty() {
            self.start.clone()
        } else {
            format!("{date}T{}", self.end)
        };
        until.as_str() >= now
    }
}

/// Coming appointments soonest first, then past ones most recent first.
pub fn split_by_time<'a>(
    appointments: &'a [Appointment],
    now: &str,
) -> (Vec<&'a Appointment>, Vec<&'a Appointment>) {
    let (mut coming, mut past): (Vec<_>, Vec<_>) =
        appointments.iter().partition(|a| a.upcoming(now));
    sort_by(&mut coming, |a, b| {
        a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id))
    });
    sort_by(&mut past, |a, b| {
        b.start.cmp(&a.start).then_with(|| a.id.cmp(&b.id))
    });
    (coming, past)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(date: &str, time: &str, end: &str) -> AppointmentForm {
        AppointmentForm {
            date: date.into(),
            time: time.into(),
            end: end.into(),
            with_whom: " District nurse ".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_real_date_a_time_and_someone_to_see_are_needed() {
        let check = |f: AppointmentForm| f.check("a".into(), 1.0);
        assert_eq!(
            check(form("2027-02-30", "10:00", "")),
            Err(AppointmentError::BadDate)
        );
        assert_eq!(check(form("", "10:00", "")), Err(AppointmentError::BadDate));
        assert_eq!(
            check(form("2027-02-03", "", "")),
            Err(AppointmentError::BadTime)
        );
        assert_eq!(
            check(form("2027-02-03", "25:00", "")),
            Err(AppointmentError::BadTime)
        );
        assert_eq!(
            check(form("2027-02-03", "10:00", "9am")),
            Err(AppointmentError::BadEnd)
        );
        assert_eq!(
            check(form("2027-02-03", "10:00", "09:30")),
            Err(AppointmentError::EndBeforeStart)
        );
        assert_eq!(
            check(form("2027-02-03", "10:00", "10:00")),
            Err(AppointmentError::EndBeforeStart)
        );
        let mut nobody = form("2027-02-03", "10:00", "");
        nobody.with_whom = "  ".into();
        assert_eq!(check(nobody), Err(AppointmentError::NoOne));
        let ok = check(form("2024-02-29", "10:00", "10:30")).unwrap();
        assert_eq!(
            (ok.start.as_str(), ok.end.as_str(), ok.with_whom.as_str()),
            ("2024-02-29T10:00", "10:30", "District nurse")
        );
        assert_eq!(ok.to_form().check("a".into(), 1.0), Ok(ok));
    }

    #[test]
    fn coming_appointments_soonest_first_and_past_ones_latest_first() {
        let at = |id: &str, start: &str, end: &str| Appointment {
            id: id.into(),
            start: start.into(),
            end: end.into(),
            ..Default::default()
        };
        let all = [
            at("old", "2026-11-01T09:00", ""),
            at("later", "2026-12-01T09:00", ""),
            at("now", "2026-11-26T09:00", "10:00"),
            at("older", "2026-10-01T09:00", ""),
            at("soon", "2026-11-27T09:00", ""),
        ];
        let (coming, past) = split_by_time(&all, "2026-11-26T09:30");
        let ids = |list: Vec<&Appointment>| list.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(coming), ["now", "soon", "later"]);
        assert_eq!(ids(past), ["old", "older"]);
    }
}
