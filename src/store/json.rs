//! The JSON the family's data is kept in (local storage, backup files, the kiosk's settings): a
//! small reader and writer of our own, and `InJson`, how each record becomes JSON and back.
//!
//! A general JSON library with readers derived for every record type generated code for each type
//! and each way it can be read, all of it in the first download of every page that starts the app.
//! The records are few and plain (text, whole numbers, true or false, lists), so this is all they
//! need. Tested natively, and against serde_json (written by others); numbers other than whole
//! ones go through the platform's own conversion (`platform`), tested in the browser too.

use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// The fields in the order they were written.
    Object(Vec<(String, Json)>),
}

/// Reads JSON text: `None` if it is not JSON, or has anything but spaces after it.
pub fn parse(text: &str) -> Option<Json> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.space();
    (reader.at == text.len()).then_some(value)
}

impl Json {
    /// The JSON text, compact (no spaces or line breaks).
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }

    fn write_to(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(yes) => out.push_str(if *yes { "true" } else { "false" }),
            // Whole numbers as whole numbers (`1764000000000`, not `1.764e12`).
            Json::Number(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
                let _ = write!(out, "{}", *number as i64);
            }
            Json::Number(number) if number.is_finite() => {
                out.push_str(&platform::number_text(*number))
            }
            // JSON has no way to write infinity or "not a number".
            Json::Number(_) => out.push_str("null"),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write_to(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (index, (name, value)) in fields.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(name, out);
                    out.push(':');
                    value.write_to(out);
                }
                out.push('}');
            }
        }
    }

    /// A field of an object (the first of that name); `None` if missing or not an object.
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields
                .iter()
                .find(|(field, _)| field == name)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    /// A whole number from 0 to `max`, as counts and versions are kept.
    fn whole(&self, max: u32) -> Option<u32> {
        match *self {
            Json::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(max)).contains(&n) => {
                Some(n as u32)
            }
            _ => None,
        }
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Arrays and objects nested deeper than this are refused. Stored data nests four deep; a damaged
/// or hostile file nested thousands deep must not exhaust the stack.
const MAX_DEPTH: usize = 32;

struct Reader<'a> {
    text: &'a str,
    /// A byte offset, always at a character boundary.
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips `byte` if it comes next (after any spaces).
    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        self.skip(byte)
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(Json::Array(items))
            }
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        (self.peek() == Some(b'"')).then_some(())?;
                        let name = self.string()?;
                        self.eat(b':').then_some(())?;
                        fields.push((name, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(Json::Object(fields))
            }
            _ => self.number().map(Json::Number),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Option<Json> {
        self.text[self.at..].starts_with(word).then(|| {
            self.at += word.len();
            value
        })
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Everything up to the next quote, backslash or control character is taken as it is.
            let start = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    let escape = *self.text.as_bytes().get(self.at + 1)?;
                    self.at += 2;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return None,
                    });
                }
                // JSON allows no raw control characters (such as a line break) inside a string.
                _ => return None,
            }
        }
    }

    /// The character of a `\uXXXX` escape (after the `\u`). Characters beyond the first 65,536
    /// are written as two such escapes, the two halves of their UTF-16 form.
    fn escaped_char(&mut self) -> Option<char> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            self.text[self.at..].starts_with("\\u").then_some(())?;
            self.at += 2;
            let second = self.hex4()?;
            (0xDC00..0xE000).contains(&second).then_some(())?;
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        // A lone second half is not a character.
        char::from_u32(code)
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        digits
            .bytes()
            .all(|b| b.is_ascii_hexdigit())
            .then_some(())?;
        self.at += 4;
        u32::from_str_radix(digits, 16).ok()
    }

    /// A number: `-`, digits (no leading zero), then optionally `.` and digits, then optionally
    /// an exponent. Whole numbers are read here; any other number by the platform (`platform`).
    fn number(&mut self) -> Option<f64> {
        let start = self.at;
        let negative = self.skip(b'-');
        let first = self.at;
        let whole = self.digits();
        if whole == 0 || (whole > 1 && self.text.as_bytes()[first] == b'0') {
            return None;
        }
        let mut plain = true;
        if self.skip(b'.') {
            plain = false;
            (self.digits() > 0).then_some(())?;
        }
        if self.skip(b'e') || self.skip(b'E') {
            plain = false;
            if !self.skip(b'-') {
                self.skip(b'+');
            }
            (self.digits() > 0).then_some(())?;
        }
        let text = &self.text[start..self.at];
        // Up to 15 digits, a whole number is exact in an f64 and read here.
        if plain && whole <= 15 {
            let magnitude = text[first - start..]
                .bytes()
                .fold(0u64, |n, digit| n * 10 + u64::from(digit - b'0'));
            let magnitude = magnitude as f64;
            return Some(if negative { -magnitude } else { magnitude });
        }
        platform::number_value(text)
    }

    /// Skips `byte` if it comes next.
    fn skip(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    /// Skips a run of digits, returning how many there were.
    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }
}

/// Whole numbers, all the guide keeps (times in milliseconds, places in a list, counts), are
/// written and read by this module, exactly. Any other number is converted by the platform, also
/// exactly: in the browser by its own conversion, which every browser has, where Rust's would add
/// about 7 KB (compressed) to every page's first download; natively by Rust's.
#[cfg(target_arch = "wasm32")]
mod platform {
    /// The shortest digits that read back as the same number.
    pub fn number_text(number: f64) -> String {
        js_sys::Number::from(number)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_else(|_| "null".to_owned())
    }

    /// Text already checked to be a JSON number.
    pub fn number_value(text: &str) -> Option<f64> {
        Some(js_sys::Number::parse_float(text))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    pub fn number_text(number: f64) -> String {
        number.to_string()
    }

    pub fn number_value(text: &str) -> Option<f64> {
        text.parse().ok()
    }
}

/// A value kept as JSON: written by `write`, and read back by `read`, which gives `None` for
/// anything not in the form `write` makes (then the whole data is refused as damaged, never
/// half read).
pub trait InJson: Sized {
    fn read(value: &Json) -> Option<Self>;
    fn write(&self) -> Json;
}

/// A field that older data may lack: missing, it reads as `default`; present, it must be readable.
pub fn field_or<T: InJson>(object: &Json, name: &str, default: T) -> Option<T> {
    match object.get(name) {
        None => Some(default),
        Some(value) => T::read(value),
    }
}

impl InJson for String {
    fn read(value: &Json) -> Option<Self> {
        match value {
            Json::String(text) => Some(text.clone()),
            _ => None,
        }
    }
    fn write(&self) -> Json {
        Json::String(self.clone())
    }
}

impl InJson for f64 {
    fn read(value: &Json) -> Option<Self> {
        match value {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }
    fn write(&self) -> Json {
        Json::Number(*self)
    }
}

impl InJson for bool {
    fn read(value: &Json) -> Option<Self> {
        match value {
            Json::Bool(yes) => Some(*yes),
            _ => None,
        }
    }
    fn write(&self) -> Json {
        Json::Bool(*self)
    }
}

impl InJson for u32 {
    fn read(value: &Json) -> Option<Self> {
        value.whole(u32::MAX)
    }
    fn write(&self) -> Json {
        Json::Number(f64::from(*self))
    }
}

impl InJson for u8 {
    fn read(value: &Json) -> Option<Self> {
        value.whole(u8::MAX.into()).map(|n| n as u8)
    }
    fn write(&self) -> Json {
        Json::Number(f64::from(*self))
    }
}

impl<T: InJson> InJson for Vec<T> {
    fn read(value: &Json) -> Option<Self> {
        match value {
            Json::Array(items) => items.iter().map(T::read).collect(),
            _ => None,
        }
    }
    fn write(&self) -> Json {
        Json::Array(self.iter().map(T::write).collect())
    }
}

/// `null` when there is none.
impl<T: InJson> InJson for Option<T> {
    fn read(value: &Json) -> Option<Self> {
        match value {
            Json::Null => Some(None),
            value => T::read(value).map(Some),
        }
    }
    fn write(&self) -> Json {
        self.as_ref().map_or(Json::Null, T::write)
    }
}

/// An object whose field names are the keys.
impl<T: InJson> InJson for BTreeMap<String, T> {
    fn read(value: &Json) -> Option<Self> {
        let Json::Object(fields) = value else {
            return None;
        };
        // One insert at a time: collecting into the map would sort the fields first, with a
        // sorting routine of its own in the download.
        let mut map = BTreeMap::new();
        for (name, value) in fields {
            map.insert(name.clone(), T::read(value)?);
        }
        Some(map)
    }
    fn write(&self) -> Json {
        Json::Object(
            self.iter()
                .map(|(name, value)| (name.clone(), value.write()))
                .collect(),
        )
    }
}

/// `InJson` for a struct kept as an object with a field of the same name for each of its
/// fields. The fields after `;` were added in later versions: missing, they read as their
/// default. Every field must be named here, or the struct cannot be built.
macro_rules! in_json_object {
    ($type:ty { $($field:ident),* $(; $($added:ident),*)? }) => {
        impl $crate::store::json::InJson for $type {
            fn read(value: &$crate::store::json::Json) -> Option<Self> {
                value.is_object().then_some(())?;
                Some(Self {
                    $($field: $crate::store::json::InJson::read(value.get(stringify!($field))?)?,)*
                    $($($added: $crate::store::json::field_or(
                        value,
                        stringify!($added),
                        Default::default(),
                    )?,)*)?
                })
            }
            fn write(&self) -> $crate::store::json::Json {
                $crate::store::json::Json::Object(vec![
                    $((stringify!($field).to_owned(), self.$field.write()),)*
                    $($((stringify!($added).to_owned(), self.$added.write()),)*)?
                ])
            }
        }
    };
}
pub(crate) use in_json_object;

/// `InJson` for an enum kept as the text of its `key()`, and `from_key` to find a value by its key
/// (`ALL` lists every value).
macro_rules! in_json_keyed {
    ($type:ty) => {
        impl $type {
            /// The choice with this key (as a form or the stored format gives it), if any.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|each| each.key() == key)
            }
        }

        impl $crate::store::json::InJson for $type {
            fn read(value: &$crate::store::json::Json) -> Option<Self> {
                let $crate::store::json::Json::String(key) = value else {
                    return None;
                };
                Self::from_key(key)
            }
            fn write(&self) -> $crate::store::json::Json {
                $crate::store::json::Json::String(self.key().to_owned())
            }
        }
    };
}
pub(crate) use in_json_keyed;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let value = parse(
            r#" { "a" : [1, -2.5, 3e2, 1E-1, 0, -0], "b": {"c": null}, "d": true, "e": false,
                "f": "line\nbreak \"quoted\" \\ \/ \u00e9 \ud83d\ude00 \t" } "#,
        )
        .unwrap();
        assert_eq!(
            value.get("a"),
            Some(&Json::Array(vec![
                Json::Number(1.0),
                Json::Number(-2.5),
                Json::Number(300.0),
                Json::Number(0.1),
                Json::Number(0.0),
                Json::Number(-0.0),
            ]))
        );
        assert_eq!(value.get("b").and_then(|b| b.get("c")), Some(&Json::Null));
        assert_eq!(value.get("d"), Some(&Json::Bool(true)));
        assert_eq!(value.get("e"), Some(&Json::Bool(false)));
        assert_eq!(
            value.get("f"),
            Some(&Json::String("line\nbreak \"quoted\" \\ / é 😀 \t".into()))
        );
        assert_eq!(value.get("z"), None);
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            "   ",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "{a:1}",
            "01",
            "1.",
            ".5",
            "1e",
            "-",
            "+1",
            "tru",
            "nul",
            "\"open",
            "\"bad \\x escape\"",
            "\"\\u12\"",
            "\"\\u+123\"",
            "\"lone \\udc00 half\"",
            "\"lone \\ud83d half\"",
            "\"raw\nline break\"",
            "{} {}",
            "[1] x",
            "NaN",
            "\u{89}PNG",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn refuses_nesting_too_deep_for_the_stack() {
        assert!(parse(&format!("{}{}", "[".repeat(20), "]".repeat(20))).is_some());
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(parse(&deep), None);
    }

    #[test]
    fn writes_text_that_reads_back_the_same() {
        let value = Json::Object(vec![
            (
                "text".into(),
                Json::String("Tab\there, \"quotes\", back\\slash, bell \u{7}, é 😀\r\n".into()),
            ),
            (
                "numbers".into(),
                Json::Array(
                    [
                        0.0,
                        1.0,
                        -3.5,
                        0.1,
                        1764000000000.0,
                        1.0000000000000002,
                        2.5e-7,
                    ]
                    .map(Json::Number)
                    .to_vec(),
                ),
            ),
            ("nothing".into(), Json::Null),
            ("yes".into(), Json::Bool(true)),
            ("empty".into(), Json::Object(Vec::new())),
            ("none".into(), Json::Array(Vec::new())),
        ]);
        let text = value.text();
        assert!(!text.contains('\n') && !text.contains('\u{7}'), "{text}");
        assert!(text.contains("1764000000000,"), "{text}");
        assert_eq!(parse(&text), Some(value));
        assert_eq!(Json::Number(f64::NAN).text(), "null");
    }

    #[test]
    fn agrees_with_serde_json() {
        // Text written by serde_json (as earlier releases stored it) reads as serde_json reads it.
        let written = serde_json::json!({
            "version": 5,
            "data": {"questions": [{"id": "a", "text": "Wie geht's? \u{1F600} \"x\"\n", "order": 1.5,
                                    "updated": 1764000000000.0_f64}],
                     "ratings": {"pain": 7, "sleep": 0}, "none": null, "list": [true, false, -0.25]}
        });
        let text = serde_json::to_string(&written).unwrap();
        let pretty = serde_json::to_string_pretty(&written).unwrap();
        let mine = parse(&text).unwrap();
        assert_eq!(parse(&pretty), Some(mine.clone()));
        // And what this writes, serde_json reads as the same value (writing whole numbers
        // without ".0", which serde_json then reads as whole numbers).
        let reread = serde_json::from_str::<serde_json::Value>(&mine.text()).unwrap();
        assert_eq!(
            reread["data"]["questions"][0]["text"],
            written["data"]["questions"][0]["text"]
        );
        assert_eq!(reread["data"]["list"], written["data"]["list"]);
        assert_eq!(
            reread["data"]["questions"][0]["updated"].as_f64(),
            Some(1764000000000.0)
        );
        assert_eq!(parse(&reread.to_string()), Some(mine));
    }

    #[test]
    fn numbers_read_exactly_where_it_matters() {
        for (text, number) in [
            ("1764000000000", 1764000000000.0),
            ("1764000000000.0", 1764000000000.0),
            ("999999999999999", 999999999999999.0),
            ("9007199254740993", 9007199254740992.0),
            ("12345678901234567890123", 1.2345678901234568e22),
            ("1.375", 1.375),
            ("-0.5", -0.5),
            ("0.1", 0.1),
            ("1e400", f64::INFINITY),
            ("1e-400", 0.0),
        ] {
            assert_eq!(parse(text), Some(Json::Number(number)), "{text}");
        }
    }

    #[test]
    fn every_number_reads_back_as_the_same_number() {
        // Whole numbers, as the guide keeps, are written as such; any other number a file might
        // hold reads back bit for bit (the browser's own conversion does the same: tests/browser.rs).
        assert_eq!(Json::Number(1764000000000.0).text(), "1764000000000");
        assert_eq!(Json::Number(-3.0).text(), "-3");
        assert_awkward_numbers_read_back();
    }

    include!("samples/numbers.rs");

    #[derive(Debug, PartialEq, Default)]
    struct Sample {
        id: String,
        count: u32,
        when: Option<f64>,
        tags: Vec<String>,
        added: BTreeMap<String, u8>,
    }
    in_json_object!(Sample { id, count, when; tags, added });

    #[test]
    fn records_need_their_fields_and_may_lack_later_ones() {
        let sample = Sample {
            id: "x".into(),
            count: 3,
            when: None,
            tags: vec!["a".into()],
            added: BTreeMap::from([("pain".into(), 7)]),
        };
        let text = sample.write().text();
        assert_eq!(
            text,
            r#"{"id":"x","count":3,"when":null,"tags":["a"],"added":{"pain":7}}"#
        );
        assert_eq!(Sample::read(&parse(&text).unwrap()), Some(sample));
        // Fields added later may be missing; unknown fields are left alone.
        let old = parse(r#"{"id":"y","count":0,"when":2.5,"extra":1}"#).unwrap();
        assert_eq!(
            Sample::read(&old),
            Some(Sample {
                id: "y".into(),
                when: Some(2.5),
                ..Default::default()
            })
        );
        // A required field missing, or any field of the wrong kind, refuses the whole record.
        for bad in [
            r#"{"count":0,"when":null}"#,
            r#"{"id":"y","count":-1,"when":null}"#,
            r#"{"id":"y","count":1.5,"when":null}"#,
            r#"{"id":"y","count":1,"when":"soon"}"#,
            r#"{"id":"y","count":1,"when":null,"tags":"a"}"#,
            r#"{"id":"y","count":1,"when":null,"added":{"pain":300}}"#,
            r#"["y",1,null]"#,
        ] {
            assert_eq!(Sample::read(&parse(bad).unwrap()), None, "{bad}");
        }
    }
}
