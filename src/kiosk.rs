//! Kiosk mode, for a shared tablet in a clinic waiting room: nothing a visitor types is saved,
//! and everything is wiped after a period of inactivity or when they press "Finish and clear".
//!
//! Staff switch it on from "For care staff" (or `/kiosk/start?idle=SECONDS&warning=SECONDS`),
//! choosing a PIN of at least 4 digits; leaving kiosk mode needs that PIN. The PIN is kept only as
//! a salted PBKDF2 hash, and wrong tries are slowed down. The settings, the hash and the count of
//! wrong tries are the only things kept in local storage while the tablet is a kiosk.

use gloo_storage::{LocalStorage, Storage};
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use wasm_bindgen::JsValue;

use crate::store::appointments::AppointmentForm;
use crate::store::carer::{CarerForm, Need};
use crate::store::crypto;
use crate::store::json::{self, field_or, in_json_object, InJson, Json};

pub const SETTINGS_KEY: &str = "palliative-guide.kiosk";

/// The largest QR code we show: bigger codes are hard to scan from a tablet screen.
const MAX_QR_VERSION: u8 = 25;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Seconds without a touch or key press before "Are you still there?" appears.
    pub idle_seconds: u32,
    /// Seconds the question stays up before everything is cleared.
    pub warning_seconds: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            idle_seconds: 120,
            warning_seconds: 30,
        }
    }
}

impl Settings {
    /// Reads `idle=…&warning=…` from a query string; missing or nonsensical values keep the defaults.
    pub fn from_query(query: &str) -> Self {
        let mut settings = Self::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Ok(value) = value.parse::<u32>() else {
                continue;
            };
            match name {
                "idle" if (1..=3600).contains(&value) => settings.idle_seconds = value,
                "warning" if (1..=600).contains(&value) => settings.warning_seconds = value,
                _ => {}
            }
        }
        settings
    }
}

/// What is kept on the device while it is a kiosk. Older kiosks stored only the settings; they
/// read here with no PIN.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kiosk {
    pub settings: Settings,
    pub pin: Option<PinHash>,
    /// Wrong PINs in a row.
    pub failed: u32,
    /// No PIN is checked before this time (milliseconds since 1970).
    pub wait_until: f64,
}

/// Kept as one object: the settings' fields, then the rest. Any field may be missing (kept by an
/// older release): it then reads as its default.
impl InJson for Kiosk {
    fn read(value: &Json) -> Option<Self> {
        value.is_object().then_some(())?;
        let defaults = Settings::default();
        Some(Kiosk {
            settings: Settings {
                idle_seconds: field_or(value, "idle_seconds", defaults.idle_seconds)?,
                warning_seconds: field_or(value, "warning_seconds", defaults.warning_seconds)?,
            },
            pin: field_or(value, "pin", None)?,
            failed: field_or(value, "failed", 0)?,
            wait_until: field_or(value, "wait_until", 0.0)?,
        })
    }

    fn write(&self) -> Json {
        Json::Object(vec![
            (
                "idle_seconds".to_owned(),
                self.settings.idle_seconds.write(),
            ),
            (
                "warning_seconds".to_owned(),
                self.settings.warning_seconds.write(),
            ),
            ("pin".to_owned(), self.pin.write()),
            ("failed".to_owned(), self.failed.write()),
            ("wait_until".to_owned(), self.wait_until.write()),
        ])
    }
}

/// A PIN as kept: PBKDF2-SHA-256 of the digits with a random salt, both in hex.
#[derive(Clone, Debug, PartialEq)]
pub struct PinHash {
    pub salt: String,
    pub hash: String,
    pub iterations: u32,
}
in_json_object!(PinHash {
    salt,
    hash,
    iterations
});

/// PBKDF2 rounds: slow enough that guessing every 4-digit PIN from a copied hash takes hours on
/// a tablet, quick enough (well under a second) for staff typing it.
pub const PIN_ITERATIONS: u32 = 600_000;
pub const PIN_MIN_DIGITS: usize = 4;
/// Wrong tries allowed before each further try must wait.
pub const FREE_TRIES: u32 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    NotDigits,
    TooShort,
    Mismatch,
}

/// Checks a new PIN and its repeat.
pub fn check_new_pin(pin: &str, again: &str) -> Result<(), PinError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        Err(PinError::NotDigits)
    } else if pin.len() < PIN_MIN_DIGITS {
        Err(PinError::TooShort)
    } else if pin != again {
        Err(PinError::Mismatch)
    } else {
        Ok(())
    }
}

/// Seconds to wait before the next try after `failed` wrong PINs in a row: none for the first
/// five, then 30 seconds, doubling each time, up to 15 minutes.
pub fn wait_after(failed: u32) -> u32 {
    if failed < FREE_TRIES {
        0
    } else {
        30u32
            .saturating_mul(1 << (failed - FREE_TRIES).min(5))
            .min(900)
    }
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    text.len()
        .is_multiple_of(2)
        .then(|| {
            (0..text.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
                .collect()
        })
        .flatten()
}

/// What the inactivity timer should show after `idle` seconds without activity.
#[derive(Debug, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// "Are you still there?", with the seconds left before clearing.
    Warning(u32),
    ClearNow,
}

pub fn idle_state(settings: Settings, idle: u32) -> Idle {
    if idle < settings.idle_seconds {
        Idle::Active
    } else if idle < settings.idle_seconds + settings.warning_seconds {
        Idle::Warning(settings.idle_seconds + settings.warning_seconds - idle)
    } else {
        Idle::ClearNow
    }
}

/// An SVG drawing of a QR code for `text`, or None if it is too long for one scannable code.
/// The SVG is made here from the code's modules only, so it is safe to insert as markup.
pub fn qr_svg(text: &str) -> Option<String> {
    let segments = QrSegment::make_segments(text);
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::new(MAX_QR_VERSION),
        None,
        true,
    )
    .ok()?;
    let border = 4;
    let size = code.size() + border * 2;
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    ))
}

/// What a kiosk visit hands to the family's own phone: their open questions and appointments,
/// and the carer's "How am I doing?" check-in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Handoff {
    pub questions: Vec<String>,
    pub appointments: Vec<AppointmentForm>,
    pub carer: Option<CarerForm>,
    /// What was written in "Planning ahead together": (step, question, words).
    pub plan: Vec<(String, String, String)>,
}

impl Handoff {
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
            && self.appointments.is_empty()
            && self.carer.is_none()
            && self.plan.is_empty()
    }
}

/// The link that carries a visit to the family's own phone: the app's import page, with
/// everything in the fragment so it never reaches any server. An appointment is one line of
/// tab-separated fields (date, time, end, with whom, where, what for, note).
pub fn handoff_link(origin: &str, handoff: &Handoff) -> String {
    let mut link = format!(
        "{origin}/import#questions={}",
        percent_encode(&handoff.questions.join("\n"))
    );
    if !handoff.appointments.is_empty() {
        let lines: Vec<String> = handoff
            .appointments
            .iter()
            .map(|a| {
                tab_line(&[
                    &a.date,
                    &a.time,
                    &a.end,
                    &a.with_whom,
                    &a.place,
                    &a.what_for,
                    &a.note,
                ])
            })
            .collect();
        link.push_str("&appointments=");
        link.push_str(&percent_encode(&lines.join("\n")));
    }
    // One line of tab-separated fields: the date, the answers (area:answer, comma-separated) and
    // the note.
    if let Some(carer) = &handoff.carer {
        let answers: Vec<String> = carer
            .answers
            .iter()
            .map(|(area, need)| format!("{area}:{}", need.key()))
            .collect();
        let line = tab_line(&[&carer.date, &answers.join(","), &carer.note]);
        link.push_str("&carer=");
        link.push_str(&percent_encode(&line));
    }
    // One line per answer: step, question and words, tab-separated.
    if !handoff.plan.is_empty() {
        let lines: Vec<String> = handoff
            .plan
            .iter()
            .map(|(step, question, words)| tab_line(&[step, question, words]))
            .collect();
        link.push_str("&plan=");
        link.push_str(&percent_encode(&lines.join("\n")));
    }
    link
}

/// One line of tab-separated fields; a tab or line break typed in a field becomes a space.
fn tab_line(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|field| field.replace(['\t', '\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join("\t")
}

/// Reads such a line's fields in turn, trimmed; a missing field is empty.
fn tab_fields(line: &str) -> impl FnMut() -> String + '_ {
    let mut fields = line.split('\t').map(|field| field.trim().to_owned());
    move || fields.next().unwrap_or_default()
}

/// What an import link's fragment (`#questions=…&appointments=…`) carries.
pub fn handoff_from_fragment(fragment: &str) -> Handoff {
    let mut handoff = Handoff::default();
    for part in fragment.trim_start_matches('#').split('&') {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        let text = percent_decode(value).unwrap_or_default();
        let lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
        match name {
            "questions" => handoff.questions = lines.map(str::to_owned).collect(),
            "appointments" => {
                handoff.appointments = lines
                    .map(|line| {
                        let mut next = tab_fields(line);
                        AppointmentForm {
                            date: next(),
                            time: next(),
                            end: next(),
                            with_whom: next(),
                            place: next(),
                            what_for: next(),
                            note: next(),
                            ..Default::default()
                        }
                    })
                    .collect()
            }
            "carer" => {
                let mut next = tab_fields(&text);
                let date = next();
                let answers = next()
                    .split(',')
                    .filter_map(|pair| {
                        let (area, need) = pair.split_once(':')?;
                        Some((area.to_owned(), Need::from_key(need)?))
                    })
                    .collect();
                // Checked as the form checks it when it is added.
                handoff.carer = (!date.is_empty()).then(|| CarerForm {
                    date,
                    answers,
                    note: next(),
                });
            }
            "plan" => {
                handoff.plan = lines
                    .filter_map(|line| {
                        let mut next = tab_fields(line);
                        let (step, question, words) = (next(), next(), next());
                        (!words.is_empty()).then_some((step, question, words))
                    })
                    .collect()
            }
            _ => {}
        }
    }
    handoff
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

// --- Browser side: called only from effects and event handlers. ---

/// The kiosk settings, if this device is a kiosk.
pub fn settings() -> Option<Settings> {
    stored().map(|kiosk| kiosk.settings)
}

fn stored() -> Option<Kiosk> {
    if !crate::store::backend::available() {
        return None;
    }
    let text = LocalStorage::raw().get_item(SETTINGS_KEY).ok()??;
    Kiosk::read(&json::parse(&text)?)
}

fn keep(kiosk: &Kiosk) -> Result<(), JsValue> {
    LocalStorage::raw().set_item(SETTINGS_KEY, &kiosk.write().text())
}

/// Makes this device a kiosk, with `pin` needed to leave. The PIN itself is never stored.
pub async fn switch_on(settings: Settings, pin: &str) -> Result<(), JsValue> {
    let salt = crypto::random_bytes(crypto::SALT_BYTES)?;
    let hash = crypto::pbkdf2_bits(pin, &salt, PIN_ITERATIONS).await?;
    let kiosk = Kiosk {
        settings,
        pin: Some(PinHash {
            salt: to_hex(&salt),
            hash: to_hex(&hash),
            iterations: PIN_ITERATIONS,
        }),
        failed: 0,
        wait_until: 0.0,
    };
    keep(&kiosk)
}

/// What happened when staff tried to leave kiosk mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unlock {
    /// Kiosk mode is off.
    Opened,
    /// Wrong PIN; the next try must wait this many seconds (0: try again now).
    Wrong(u32),
    /// Too many wrong tries: this many seconds must pass before another is checked.
    Wait(u32),
}

/// Turns kiosk mode off if `pin` is right. A kiosk set up before PINs existed has none to check.
pub async fn switch_off(pin: &str) -> Result<Unlock, JsValue> {
    let Some(mut kiosk) = stored() else {
        return Ok(Unlock::Opened);
    };
    let now = js_sys::Date::now();
    if now < kiosk.wait_until {
        return Ok(Unlock::Wait(
            ((kiosk.wait_until - now) / 1000.0).ceil() as u32
        ));
    }
    let right = match &kiosk.pin {
        None => true,
        Some(kept) => {
            let salt = from_hex(&kept.salt).ok_or(JsValue::NULL)?;
            to_hex(&crypto::pbkdf2_bits(pin, &salt, kept.iterations).await?) == kept.hash
        }
    };
    if right {
        LocalStorage::delete(SETTINGS_KEY);
        return Ok(Unlock::Opened);
    }
    kiosk.failed += 1;
    let wait = wait_after(kiosk.failed);
    kiosk.wait_until = now + f64::from(wait) * 1000.0;
    let _ = keep(&kiosk);
    Ok(Unlock::Wrong(wait))
}

/// Whether this kiosk was set up with a PIN.
pub fn has_pin() -> bool {
    stored().is_some_and(|kiosk| kiosk.pin.is_some())
}

/// Ends the visit: a fresh load of the home page, so nothing typed survives in memory or on screen.
pub fn restart() {
    if let Some(window) = web_sys::window() {
        if let Ok(Some(session)) = window.session_storage() {
            let _ = session.clear();
        }
        let _ = window.location().replace("/");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_come_from_the_staff_link_within_sensible_bounds() {
        assert_eq!(Settings::from_query(""), Settings::default());
        assert_eq!(
            Settings::from_query("?idle=3&warning=2"),
            Settings {
                idle_seconds: 3,
                warning_seconds: 2
            }
        );
        assert_eq!(
            Settings::from_query("idle=0&warning=abc"),
            Settings::default()
        );
        assert_eq!(Settings::from_query("idle=99999"), Settings::default());
    }

    #[test]
    fn a_new_pin_is_at_least_four_digits_typed_twice_alike() {
        assert_eq!(check_new_pin("12a4", "12a4"), Err(PinError::NotDigits));
        assert_eq!(check_new_pin("12 34", "12 34"), Err(PinError::NotDigits));
        assert_eq!(check_new_pin("123", "123"), Err(PinError::TooShort));
        assert_eq!(check_new_pin("", ""), Err(PinError::TooShort));
        assert_eq!(check_new_pin("1234", "1243"), Err(PinError::Mismatch));
        assert_eq!(check_new_pin("482915", "482915"), Ok(()));
    }

    #[test]
    fn wrong_pins_are_slowed_down_more_each_time() {
        let waits: Vec<u32> = (0..14).map(wait_after).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900, 900]
        );
        assert_eq!(wait_after(u32::MAX), 900);
    }

    #[test]
    fn kiosks_set_up_before_pins_still_read_and_hex_round_trips() {
        let old = Kiosk::read(&json::parse(r#"{"idle_seconds":3,"warning_seconds":2}"#).unwrap())
            .unwrap();
        assert_eq!(old.settings.idle_seconds, 3);
        assert_eq!((old.pin, old.failed), (None, 0));
        // Missing settings take their defaults, and a kiosk with a PIN reads back as kept.
        let kiosk = Kiosk {
            settings: Settings {
                idle_seconds: 60,
                ..Settings::default()
            },
            pin: Some(PinHash {
                salt: "00ff".into(),
                hash: "abcd".into(),
                iterations: PIN_ITERATIONS,
            }),
            failed: 6,
            wait_until: 1764000000000.0,
        };
        assert_eq!(
            Kiosk::read(&json::parse(&kiosk.write().text()).unwrap()),
            Some(kiosk)
        );
        let empty = Kiosk::read(&json::parse("{}").unwrap()).unwrap();
        assert_eq!(empty.settings, Settings::default());
        assert_eq!(
            Kiosk::read(&json::parse(r#"{"failed":"x"}"#).unwrap()),
            None
        );
        let bytes = [0u8, 1, 171, 255];
        assert_eq!(to_hex(&bytes), "0001abff");
        assert_eq!(from_hex("0001abff"), Some(bytes.to_vec()));
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
    }

    #[test]
    fn the_timer_warns_then_clears() {
        let settings = Settings {
            idle_seconds: 120,
            warning_seconds: 30,
        };
        assert_eq!(idle_state(settings, 0), Idle::Active);
        assert_eq!(idle_state(settings, 119), Idle::Active);
        assert_eq!(idle_state(settings, 120), Idle::Warning(30));
        assert_eq!(idle_state(settings, 149), Idle::Warning(1));
        assert_eq!(idle_state(settings, 150), Idle::ClearNow);
    }

    #[test]
    fn questions_survive_the_trip_through_a_link() {
        let questions = vec![
            "Who do we call at night?".to_owned(),
            "Can Gran's dog visit? (She's 12)".to_owned(),
            "Café & parking: 50%?".to_owned(),
        ];
        let handoff = Handoff {
            questions,
            ..Default::default()
        };
        let link = handoff_link("https://guide.example", &handoff);
        assert!(link.starts_with("https://guide.example/import#questions="));
        assert!(!link.contains(' ') && !link.contains('\n'));
        let fragment = link.split_once('#').unwrap().1;
        assert_eq!(handoff_from_fragment(fragment), handoff);
        assert!(handoff_from_fragment("#other=1").is_empty());
        assert!(
            handoff_from_fragment("#questions=%E2%28").is_empty(),
            "broken encoding gives nothing"
        );
    }

    #[test]
    fn appointments_travel_with_the_questions() {
        let appointment = AppointmentForm {
            date: "2027-01-15".into(),
            time: "10:30".into(),
            end: String::new(),
            with_whom: "Dr Shah; GP".into(),
            place: "Surgery, room 2".into(),
            what_for: "Pain & sleep".into(),
            note: "Bring the\tmedicines\nlist".into(),
            ..Default::default()
        };
        let handoff = Handoff {
            questions: vec!["Who do we call at night?".into()],
            appointments: vec![appointment.clone()],
            carer: None,
            plan: Vec::new(),
        };
        let link = handoff_link("https://guide.example", &handoff);
        let carried = handoff_from_fragment(link.split_once('#').unwrap().1);
        assert_eq!(carried.questions, handoff.questions);
        assert_eq!(
            carried.appointments,
            vec![AppointmentForm {
                note: "Bring the medicines list".into(),
                ..appointment
            }]
        );
        assert!(carried.appointments[0]
            .clone()
            .check("a".into(), 1.0)
            .is_ok());
    }

    #[test]
    fn the_carers_check_in_travels_with_its_answers_and_note() {
        let carer = CarerForm {
            date: "2026-12-05".into(),
            answers: [
                ("break".to_owned(), Need::MoreHelp),
                ("money".to_owned(), Need::Managing),
            ]
            .into(),
            note: "Tired:\tno night, off & on".into(),
        };
        let handoff = Handoff {
            carer: Some(carer.clone()),
            ..Default::default()
        };
        assert!(!handoff.is_empty());
        let link = handoff_link("https://guide.example", &handoff);
        let carried = handoff_from_fragment(link.split_once('#').unwrap().1);
        assert_eq!(
            carried.carer,
            Some(CarerForm {
                note: "Tired: no night, off & on".into(),
                ..carer
            })
        );
        assert!(carried.questions.is_empty() && carried.appointments.is_empty());
        // An answer this release does not know is dropped, not guessed.
        let odd =
            handoff_from_fragment("#carer=2026-12-05%09break%3Adesperate%2Cmoney%3Amanaging%09");
        assert_eq!(
            odd.carer.map(|c| c.answers),
            Some([("money".to_owned(), Need::Managing)].into())
        );
    }

    #[test]
    fn the_workbook_travels_answer_by_answer() {
        let handoff = Handoff {
            plan: vec![
                (
                    "place".into(),
                    "where".into(),
                    "At home,\nby the window".into(),
                ),
                (
                    "after".into(),
                    "funeral".into(),
                    "\"Abide with me\" & tea".into(),
                ),
            ],
            ..Default::default()
        };
        let link = handoff_link("https://guide.example", &handoff);
        let carried = handoff_from_fragment(link.split_once('#').unwrap().1);
        assert_eq!(
            carried.plan,
            vec![
                (
                    "place".into(),
                    "where".into(),
                    "At home, by the window".into()
                ),
                (
                    "after".into(),
                    "funeral".into(),
                    "\"Abide with me\" & tea".into()
                ),
            ]
        );
    }

    #[test]
    fn a_qr_code_is_made_only_when_it_fits() {
        let svg = qr_svg("https://guide.example/import#questions=Hello").unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<path d=\"M"));
        assert_eq!(qr_svg(&"x".repeat(3000)), None);
    }
}
