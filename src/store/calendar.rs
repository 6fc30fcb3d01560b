//! A calendar file (iCalendar, RFC 5545) for one appointment, so the family can put it in their
//! phone's own calendar. Written here rather than with a crate: the format needs only escaping,
//! line folding and a fixed time zone, about a page of code, where a crate would add its parser
//! and date library to every download.

use super::appointments::Appointment;
use super::diary::day_number;

/// Appointments are entered in UK time; naming the zone keeps a summer time right in winter.
const TIME_ZONE: &str = "Europe/London";

/// The UK's clock changes since 1996: forward at 01:00 GMT on the last Sunday of March, back at
/// 01:00 GMT on the last Sunday of October. Calendars need the rule written out in the file.
const LONDON: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19960331T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19961027T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// The calendar file for `appointment`, stamped at `now` (milliseconds since 1970, UTC).
/// `summary` is the event's title and `description` its notes, both written by the page.
pub fn ics(appointment: &Appointment, summary: &str, description: &str, now: f64) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Palliative Care Guide//Appointments//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    lines.extend(LONDON.iter().map(|line| line.to_string()));
    lines.push("BEGIN:VEVENT".into());
    // The appointment's own id, so a changed appointment replaces the old one in the calendar.
    lines.push(format!("UID:{}@palliative-care-guide", appointment.id));
    lines.push(format!("DTSTAMP:{}", utc_stamp(now)));
    lines.push(format!(
        "DTSTART;TZID={TIME_ZONE}:{}",
        local_stamp(&appointment.start)
    ));
    if !appointment.end.is_empty() {
        let date = appointment.start.get(..10).unwrap_or_default();
        lines.push(format!(
            "DTEND;TZID={TIME_ZONE}:{}",
            local_stamp(&format!("{date}T{}", appointment.end))
        ));
    }
    lines.push(format!("SUMMARY:{}", escape(summary)));
    if !appointment.place.is_empty() {
        lines.push(format!("LOCATION:{}", escape(&appointment.place)));
    }
    if !description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape(description)));
    }
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    let mut file = String::new();
    for line in lines {
        file.push_str(&fold(&line));
        file.push_str("\r\n");
    }
    file
}

/// Text as an iCalendar value: backslash, semicolon, comma and new lines escaped; other
/// control characters dropped, as the format does not allow them.
pub fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Splits a content line into lines of at most 75 octets, each continuation starting with a
/// space, never inside a character (an emoji or an accented letter stays whole).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

/// "2026-11-26T09:30" as "20261126T093000".
fn local_stamp(at: &str) -> String {
    let digits: String = at.chars().filter(char::is_ascii_digit).collect();
    format!(
        "{}T{}00",
        &digits[..8.min(digits.len())],
        digits.get(8..).unwrap_or_default()
    )
}

/// Milliseconds since 1970 as a UTC stamp: "20261126T093000Z".
fn utc_stamp(ms: f64) -> String {
    let seconds = (ms / 1000.0).floor() as i64;
    let (days, in_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        in_day / 3600,
        in_day % 3600 / 60,
        in_day % 60
    )
}

/// The date of a day number (days since 1 January 1970); the inverse of `diary::day_number`.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    debug_assert_eq!(
        day_number(&format!("{year:04}-{month:02}-{day:02}")),
        Some(days)
    );
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn appointment(start: &str, end: &str) -> Appointment {
        Appointment {
            id: "19b6c3f2a10-0000abcd".into(),
            start: start.into(),
            end: end.into(),
            with_whom: "District nurse".into(),
            place: "Home".into(),
            updated: 1.0,
            ..Default::default()
        }
    }

    /// The file's lines with folding undone, as a calendar reads them.
    fn unfolded(file: &str) -> Vec<String> {
        file.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_line_ends_with_crlf_and_fits_in_75_octets() {
        let mut long = appointment("2027-01-15T10:30", "11:15");
        long.place = "🏥 Willen Hospice, Milton Road, Willen, Milton Keynes — the day unit, second door on the left past the café".into();
        let file = ics(&long, &"Ask about pain 😊 ".repeat(20), "", 0.0);
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !file.replace("\r\n", "").contains('\n'),
            "no bare new lines"
        );
        for line in file.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let lines = unfolded(&file);
        assert!(lines.iter().any(|l| l
            == "LOCATION:🏥 Willen Hospice\\, Milton Road\\, Willen\\, Milton Keynes — the day unit\\, second door on the left past the café"));
        assert!(lines.contains(&format!("SUMMARY:{}", "Ask about pain 😊 ".repeat(20))));
    }

    #[test]
    fn text_is_escaped_so_it_cannot_break_the_file() {
        assert_eq!(
            escape("Dr Shah; GP, room 2\\3\r\nBring: list\nEND:VEVENT"),
            "Dr Shah\\; GP\\, room 2\\\\3\\nBring: list\\nEND:VEVENT"
        );
        let file = ics(
            &appointment("2027-01-15T10:30", ""),
            "Hi\nEND:VCALENDAR",
            "a\u{7}b",
            0.0,
        );
        assert_eq!(file.matches("END:VCALENDAR").count(), 2, "{file}");
        assert!(unfolded(&file).contains(&"SUMMARY:Hi\\nEND:VCALENDAR".to_owned()));
        assert!(unfolded(&file).contains(&"DESCRIPTION:ab".to_owned()));
    }

    #[test]
    fn times_are_in_london_time_in_summer_and_winter() {
        let winter = unfolded(&ics(
            &appointment("2027-01-15T10:30", "11:15"),
            "x",
            "",
            0.0,
        ));
        assert!(winter.contains(&"DTSTART;TZID=Europe/London:20270115T103000".to_owned()));
        assert!(winter.contains(&"DTEND;TZID=Europe/London:20270115T111500".to_owned()));
        let summer = unfolded(&ics(&appointment("2027-07-15T10:30", ""), "x", "", 0.0));
        assert!(summer.contains(&"DTSTART;TZID=Europe/London:20270715T103000".to_owned()));
        assert!(
            !summer.iter().any(|l| l.starts_with("DTEND")),
            "no end when none is known"
        );
        assert!(summer.contains(&"TZID:Europe/London".to_owned()));
        assert!(summer.contains(&"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU".to_owned()));
    }

    #[test]
    fn the_uid_stays_the_same_when_the_appointment_changes() {
        let before = appointment("2027-01-15T10:30", "");
        let mut after = before.clone();
        after.start = "2027-01-16T14:00".into();
        after.place = "Hospice".into();
        let uid = |a: &Appointment| {
            unfolded(&ics(a, "x", "", 0.0))
                .into_iter()
                .find(|l| l.starts_with("UID:"))
                .unwrap()
        };
        assert_eq!(uid(&before), uid(&after));
        assert_eq!(
            uid(&before),
            "UID:19b6c3f2a10-0000abcd@palliative-care-guide"
        );
    }

    #[test]
    fn the_stamp_is_the_time_now_in_utc() {
        assert_eq!(utc_stamp(0.0), "19700101T000000Z");
        // 2026-11-26 19:23:45.678 UTC.
        assert_eq!(utc_stamp(1_795_721_025_678.0), "20261126T192345Z");
        assert_eq!(utc_stamp(951_782_400_000.0), "20000229T000000Z");
        let file = ics(
            &appointment("2027-01-15T10:30", ""),
            "x",
            "",
            1_795_721_025_678.0,
        );
        assert!(file.contains("\r\nDTSTAMP:20261126T192345Z\r\n"));
    }
}
