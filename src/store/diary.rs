//! The symptom diary: quick check-ins rated 0 (none) to 10 (worst), to show the care team how
//! things have been. Pure Rust: the record, its checks, and what the diary page shows of change
//! over time (chart points, table rows, plain sentences), all tested natively.

use std::collections::BTreeMap;

use crate::order::sort_by;

use super::json::{in_json_keyed, in_json_object};

/// A rating at or above this is in the usual "severe" band: the page then shows who to call.
pub const SEVERE: u8 = 7;
/// The key of the one problem the family names themselves.
pub const OTHER: &str = "other";

/// Who filled in a check-in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FilledBy {
    /// The person who is ill.
    #[default]
    Person,
    /// A carer, for them.
    Carer,
}

impl FilledBy {
    pub const ALL: [FilledBy; 2] = [FilledBy::Person, FilledBy::Carer];

    pub fn key(self) -> &'static str {
        match self {
            FilledBy::Person => "person",
            FilledBy::Carer => "carer",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckIn {
    pub id: String,
    /// When it is about, in the family's own time: YYYY-MM-DDTHH:MM.
    pub at: String,
    pub by: FilledBy,
    /// Symptom key → 0 to 10. A symptom not rated is absent, never 0.
    pub ratings: BTreeMap<String, u8>,
    /// The name of the "other problem", if one was named.
    pub other: String,
    pub note: String,
    pub updated: f64,
}
in_json_keyed!(FilledBy);
in_json_object!(CheckIn { id, at, by, ratings, updated; other, note });

/// What the check-in form sends.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckInForm {
    pub at: String,
    pub by: FilledBy,
    pub ratings: BTreeMap<String, u8>,
    pub other: String,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckInError {
    /// Nothing rated and no note.
    Empty,
    /// Not a real date and time.
    BadTime,
    /// The other problem was rated but not named.
    OtherUnnamed,
    /// A rating outside 0 to 10, or for a symptom the diary does not know.
    BadRating,
}

impl CheckInForm {
    /// The check-in this form describes, if it is complete and makes sense.
    pub fn check(self, id: String, known: &[&str], now: f64) -> Result<CheckIn, CheckInError> {
        if !is_date_time(&self.at) {
            return Err(CheckInError::BadTime);
        }
        let other = self.other.trim().to_owned();
        let note = self.note.trim().to_owned();
        for (symptom, score) in &self.ratings {
            if *score > 10 || !(known.contains(&symptom.as_str()) || symptom == OTHER) {
                return Err(CheckInError::BadRating);
            }
        }
        if self.ratings.contains_key(OTHER) && other.is_empty() {
            return Err(CheckInError::OtherUnnamed);
        }
        if self.ratings.is_empty() && note.is_empty() {
            return Err(CheckInError::Empty);
        }
        Ok(CheckIn {
            id,
            at: self.at,
            by: self.by,
            ratings: self.ratings,
            other,
            note,
            updated: now,
        })
    }
}

impl CheckIn {
    /// Whether any rating is in the severe band.
    pub fn severe(&self) -> bool {
        self.ratings.values().any(|score| *score >= SEVERE)
    }

    /// The ratings in the severe band, in the diary's order (`symptoms`: each symptom's key and
    /// name), the family's own problem last under the name they gave it.
    pub fn high<'a>(
        &self,
        symptoms: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> Vec<(String, u8)> {
        symptoms
            .map(|(key, name)| (key, name.to_owned()))
            .chain(std::iter::once((OTHER, self.other.clone())))
            .filter_map(|(key, name)| {
                let score = *self.ratings.get(key)?;
                (score >= SEVERE).then_some((name, score))
            })
            .collect()
    }
}

/// A real date and time written as YYYY-MM-DDTHH:MM (what `<input type="datetime-local">` gives).
pub fn is_date_time(text: &str) -> bool {
    let Some((date, time)) = text.split_once('T') else {
        return false;
    };
    let Some((h, m)) = time.split_once(':') else {
        return false;
    };
    crate::content::check::is_iso_date(date)
        && h.len() == 2
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60)
}

/// Days since 1 January 1970 of a YYYY-MM-DD date (the proleptic Gregorian calendar).
pub fn day_number(date: &str) -> Option<i64> {
    if !crate::content::check::is_iso_date(date) {
        return None;
    }
    let y: i64 = date[0..4].parse().ok()?;
    let m: i64 = date[5..7].parse().ok()?;
    let d: i64 = date[8..10].parse().ok()?;
    // Howard Hinnant's days-from-civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The name of the day of a YYYY-MM-DD date: "Monday".
pub fn weekday(date: &str) -> &'static str {
    const DAYS: [&str; 7] = [
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
    ];
    day_number(date).map_or("", |n| DAYS[n.rem_euclid(7) as usize])
}

/// One rating of one symptom, for the chart and the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// When: YYYY-MM-DDTHH:MM.
    pub at: String,
    /// How long before the end of today, in days (today at noon is 0.5), for placing on a chart.
    pub days_ago: f64,
    pub score: u8,
}

/// The ratings of one symptom in the last `days` days up to `today`, oldest first. Check-ins that
/// did not rate it are left out: a gap, never a 0.
pub fn series(entries: &[CheckIn], symptom: &str, days: u32, today: &str) -> Vec<Point> {
    let mut points: Vec<Point> = in_period(entries, days, today)
        .into_iter()
        .filter_map(|entry| {
            let score = *entry.ratings.get(symptom)?;
            let ago = days_back(&entry.at, day_number(today)?)?;
            // Parsed as whole numbers: parsing text as f64 would add a float parser to the download.
            let hours = entry.at.get(11..13)?.parse::<u32>().ok()?;
            let minutes = f64::from(hours * 60 + entry.at.get(14..16)?.parse::<u32>().ok()?);
            Some(Point {
                at: entry.at.clone(),
                days_ago: ago as f64 + 1.0 - minutes / 1440.0,
                score,
            })
        })
        .collect();
    sort_by(&mut points, |a, b| a.at.cmp(&b.at));
    points
}

/// How many days before `today` (a day number) something at `at` (YYYY-MM-DD…) happened.
/// `None` when `at` does not start with a real date: stored data is never trusted to be well
/// formed, and a bad date is left out rather than stopping the page.
fn days_back(at: &str, today: i64) -> Option<i64> {
    Some(today - day_number(at.get(..10)?)?)
}

/// Whether `at` falls in the last `days` days up to `today` (a day number).
fn in_last(at: &str, days: u32, today: i64) -> bool {
    days_back(at, today).is_some_and(|ago| (0..i64::from(days)).contains(&ago))
}

/// The check-ins of the last `days` days up to `today`, oldest first.
pub fn in_period<'a>(entries: &'a [CheckIn], days: u32, today: &str) -> Vec<&'a CheckIn> {
    let Some(today) = day_number(today) else {
        return Vec::new();
    };
    let mut kept: Vec<&CheckIn> = entries
        .iter()
        .filter(|e| in_last(&e.at, days, today))
        .collect();
    sort_by(&mut kept, |a, b| a.at.cmp(&b.at));
    kept
}

/// The "when needed" doses of the last `days` days up to `today`, oldest first.
pub fn doses_in_period(
    doses: &[super::medicines::Dose],
    days: u32,
    today: &str,
) -> Vec<super::medicines::Dose> {
    let Some(today) = day_number(today) else {
        return Vec::new();
    };
    let mut kept: Vec<_> = doses
        .iter()
        .filter(|d| in_last(&d.at, days, today))
        .cloned()
        .collect();
    sort_by(&mut kept, |a, b| a.at.cmp(&b.at));
    kept
}

/// A plain sentence when a symptom has changed a lot over the period: "Pain: 3 on Monday, 7 today".
/// Says nothing for a change of less than 3 points.
pub fn change_sentence(name: &str, points: &[Point], today: &str) -> Option<String> {
    let (first, last) = (points.first()?, points.last()?);
    if first.score.abs_diff(last.score) < 3 {
        return None;
    }
    let when = |point: &Point| {
        let day = point.at.get(..10).unwrap_or_default();
        let ago = day_number(today).and_then(|t| days_back(day, t));
        match ago {
            Some(0) => "today".to_owned(),
            Some(1) => "yesterday".to_owned(),
            Some(2..=6) => format!("on {}", weekday(day)),
            _ => format!("on {}", crate::text::long_date(day)),
        }
    };
    Some(format!(
        "{name}: {} {}, {} {}",
        first.score,
        when(first),
        last.score,
        when(last)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::json::InJson;

    const KNOWN: &[&str] = &["pain", "tiredness"];

    fn form(at: &str, ratings: &[(&str, u8)]) -> CheckInForm {
        CheckInForm {
            at: at.to_owned(),
            ratings: ratings.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_check_in_needs_a_real_time_and_something_to_say() {
        assert!(form("2026-11-26T09:30", &[("pain", 3)])
            .check("a".into(), KNOWN, 1.0)
            .is_ok());
        assert_eq!(
            form("2026-02-30T09:30", &[("pain", 3)]).check("a".into(), KNOWN, 1.0),
            Err(CheckInError::BadTime)
        );
        assert_eq!(
            form("2026-11-26T24:00", &[("pain", 3)]).check("a".into(), KNOWN, 1.0),
            Err(CheckInError::BadTime)
        );
        assert_eq!(
            form("2026-11-26T09:30", &[]).check("a".into(), KNOWN, 1.0),
            Err(CheckInError::Empty)
        );
        let mut note_only = form("2026-11-26T09:30", &[]);
        note_only.note = " Slept well. ".into();
        assert_eq!(
            note_only.check("a".into(), KNOWN, 1.0).unwrap().note,
            "Slept well."
        );
        assert_eq!(
            form("2026-11-26T09:30", &[("pain", 11)]).check("a".into(), KNOWN, 1.0),
            Err(CheckInError::BadRating)
        );
        assert_eq!(
            form("2026-11-26T09:30", &[("itch", 2)]).check("a".into(), KNOWN, 1.0),
            Err(CheckInError::BadRating)
        );
        assert_eq!(
            form("2026-11-26T09:30", &[(OTHER, 2)]).check("a".into(), KNOWN, 1.0),
            Err(CheckInError::OtherUnnamed)
        );
    }

    #[test]
    fn high_ratings_are_seven_or_more_in_the_diary_order_with_the_familys_own_name() {
        let mut high = form(
            "2026-11-26T09:30",
            &[("tiredness", 9), ("pain", 7), (OTHER, 8)],
        );
        high.other = "Itching".into();
        let entry = high.check("a".into(), KNOWN, 1.0).unwrap();
        let names = [("pain", "Pain"), ("tiredness", "Tiredness")].into_iter();
        assert_eq!(
            entry.high(names),
            vec![
                ("Pain".to_owned(), 7),
                ("Tiredness".to_owned(), 9),
                ("Itching".to_owned(), 8)
            ]
        );
        let entry = form("2026-11-26T09:30", &[("pain", 6), ("tiredness", 0)])
            .check("a".into(), KNOWN, 1.0)
            .unwrap();
        assert!(
            entry.high([("pain", "Pain")].into_iter()).is_empty(),
            "6 is not high"
        );
        assert!(!entry.severe());
    }

    #[test]
    fn not_rated_is_never_zero() {
        let entry = form("2026-11-26T09:30", &[("pain", 0)])
            .check("a".into(), KNOWN, 1.0)
            .unwrap();
        assert_eq!(
            entry.ratings.get("pain"),
            Some(&0),
            "0 is a rating: no pain"
        );
        assert_eq!(
            entry.ratings.get("tiredness"),
            None,
            "not rated stays not rated"
        );
        // And it survives being stored and read back.
        let json = entry.write().text();
        assert!(json.contains(r#""ratings":{"pain":0}"#), "{json}");
        let back = CheckIn::read(&crate::store::json::parse(&json).unwrap()).unwrap();
        assert_eq!(back.ratings.get("tiredness"), None);
        assert_eq!(back, entry);
        assert!(series(&[entry], "tiredness", 7, "2026-11-26").is_empty());
    }

    #[test]
    fn days_and_weekdays_are_counted_right() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2026-11-26").unwrap() - day_number("2026-10-27").unwrap(),
            30
        );
        assert_eq!(weekday("2026-11-26"), "Thursday");
        assert_eq!(weekday("2024-02-29"), "Thursday");
    }

    #[test]
    fn a_series_holds_the_period_oldest_first() {
        let entries: Vec<CheckIn> = [
            ("2026-11-26T08:00", 7),
            ("2026-11-23T20:00", 3),
            ("2026-11-10T08:00", 9),
        ]
        .iter()
        .map(|(at, score)| {
            form(at, &[("pain", *score)])
                .check((*at).into(), KNOWN, 1.0)
                .unwrap()
        })
        .collect();
        let week = series(&entries, "pain", 7, "2026-11-26");
        assert_eq!(week.iter().map(|p| p.score).collect::<Vec<_>>(), [3, 7]);
        // 20:00 three days ago is 3 days and 4 hours before the end of today.
        assert!(
            (week[0].days_ago - (3.0 + 4.0 / 24.0)).abs() < 1e-9,
            "{}",
            week[0].days_ago
        );
        assert_eq!(series(&entries, "pain", 30, "2026-11-26").len(), 3);
        let period: Vec<&str> = in_period(&entries, 14, "2026-11-26")
            .iter()
            .map(|e| e.at.as_str())
            .collect();
        assert_eq!(period, ["2026-11-23T20:00", "2026-11-26T08:00"]);
        let medicine = crate::store::medicines::Medicine::new(
            "m".into(),
            "Oramorph",
            "",
            "",
            crate::store::medicines::Schedule::WhenNeeded,
            1.0,
        )
        .unwrap();
        let doses: Vec<_> = ["2026-11-26T02:00", "2026-11-01T02:00", "2026-11-20T02:00"]
            .iter()
            .map(|at| {
                crate::store::medicines::Dose::new(
                    (*at).into(),
                    Some(&medicine),
                    at,
                    "",
                    None,
                    "",
                    1.0,
                )
                .unwrap()
            })
            .collect();
        let recent: Vec<String> = doses_in_period(&doses, 14, "2026-11-26")
            .into_iter()
            .map(|d| d.at)
            .collect();
        assert_eq!(recent, ["2026-11-20T02:00", "2026-11-26T02:00"]);
    }

    #[test]
    fn badly_formed_stored_times_are_left_out_not_fatal() {
        let mut entries: Vec<CheckIn> = [
            "2026-11-26T08:00",
            "",
            "2026-11-2",
            "2026-11-26",
            "éééééééééééé",
        ]
        .iter()
        .map(|at| {
            let mut entry = form("2026-11-26T08:00", &[("pain", 4)])
                .check("a".into(), KNOWN, 1.0)
                .unwrap();
            entry.at = (*at).to_owned();
            entry
        })
        .collect();
        entries[0].id = "good".into();
        assert_eq!(
            in_period(&entries, 7, "2026-11-26").len(),
            2,
            "the dated ones are in the period"
        );
        let points = series(&entries, "pain", 7, "2026-11-26");
        assert_eq!(
            points.len(),
            1,
            "only a full date and time can be placed on a chart"
        );
        assert_eq!(points[0].at, "2026-11-26T08:00");
    }

    #[test]
    fn big_changes_are_said_plainly() {
        let p = |at: &str, score| Point {
            at: at.into(),
            days_ago: 0.0,
            score,
        };
        assert_eq!(
            change_sentence(
                "Pain",
                &[p("2026-11-23T09:00", 3), p("2026-11-26T09:00", 7)],
                "2026-11-26"
            )
            .as_deref(),
            Some("Pain: 3 on Monday, 7 today")
        );
        assert_eq!(
            change_sentence(
                "Pain",
                &[p("2026-11-01T09:00", 8), p("2026-11-25T09:00", 2)],
                "2026-11-26"
            )
            .as_deref(),
            Some("Pain: 8 on 1 November 2026, 2 yesterday")
        );
        assert_eq!(
            change_sentence(
                "Pain",
                &[p("2026-11-23T09:00", 3), p("2026-11-26T09:00", 5)],
                "2026-11-26"
            ),
            None
        );
    }
}
