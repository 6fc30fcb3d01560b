//! What local storage (and a locked backup file) holds while the family's lock is on. Pure Rust,
//! tested natively; the encrypting itself is the browser's Web Crypto (`crypto`).
//!
//! Stored as `{"version": N, "lock": {...}, "sealed": {"iv": "…", "data": "…"}}`:
//! - `sealed` is the workspace's own stored text (`Workspace::stored_text`, with its version, so
//!   it migrates as plain data does), encrypted with the data key;
//! - `lock` says how to get the data key back: wrapped by the passcode's key (its PBKDF2 salt and
//!   rounds beside it) and, if the family chose, by the device's own lock (WebAuthn PRF). It also
//!   holds the minutes without use after which the pages lock again. None of it is secret.
//!
//! An envelope with `lock` has no `data`, so a release before the lock refuses it as newer
//! (version 7) and never writes over it.

use super::json::{self, in_json_object, InJson, Json};
use super::model::{ReadError, SCHEMA_VERSION};

/// Encrypted bytes and the IV they were encrypted with (AES-GCM's tag is at the end of `data`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sealed {
    pub iv: Bytes,
    pub data: Bytes,
}
in_json_object!(Sealed { iv, data });

/// Bytes, kept as base64 text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

impl InJson for Bytes {
    fn read(value: &Json) -> Option<Self> {
        String::read(value)
            .and_then(|text| from_base64(&text))
            .map(Bytes)
    }
    fn write(&self) -> Json {
        Json::String(to_base64(&self.0))
    }
}

/// The device's own lock (fingerprint, face or screen lock) as a second way to the data key:
/// the passkey's id, the salt its PRF is asked with, and the data key wrapped by the PRF's result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeviceKey {
    pub credential: Bytes,
    pub salt: Bytes,
    pub wrapped: Sealed,
}
in_json_object!(DeviceKey {
    credential,
    salt,
    wrapped
});

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockInfo {
    /// The passcode's PBKDF2 salt and rounds, and the data key wrapped by the key they make.
    pub salt: Bytes,
    pub rounds: u32,
    pub wrapped: Sealed,
    /// Minutes without use before the pages lock again.
    pub minutes: u32,
    pub device: Option<DeviceKey>,
}
in_json_object!(LockInfo { salt, rounds, wrapped, minutes; device });

/// The minutes a family can choose from, and the one chosen for them.
pub const MINUTES: [u32; 5] = [1, 5, 15, 30, 60];
pub const DEFAULT_MINUTES: u32 = 5;

/// The shortest passcode the lock accepts, in letters, numbers or other characters.
pub const PASSCODE_MIN: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasscodeError {
    TooShort,
    Mismatch,
}

/// Checks a new passcode and its repeat.
pub fn check_new_passcode(passcode: &str, again: &str) -> Result<(), PasscodeError> {
    if passcode.chars().count() < PASSCODE_MIN {
        Err(PasscodeError::TooShort)
    } else if passcode != again {
        Err(PasscodeError::Mismatch)
    } else {
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locked {
    pub lock: LockInfo,
    pub sealed: Sealed,
}

impl Locked {
    /// The envelope, after `first` (a backup file's mark and date go before the version).
    pub fn envelope(&self, mut first: Vec<(String, Json)>) -> Json {
        first.push(("version".to_owned(), SCHEMA_VERSION.write()));
        first.push(("lock".to_owned(), self.lock.write()));
        first.push(("sealed".to_owned(), self.sealed.write()));
        Json::Object(first)
    }

    pub fn stored_text(&self) -> String {
        self.envelope(Vec::new()).text()
    }

    /// Whether a locked envelope's version can be read by this release (without reading the
    /// rest: the plain pages only need to know they must not write over it).
    pub fn version(envelope: &Json) -> Result<(), ReadError> {
        match envelope.get("version") {
            Some(&Json::Number(n)) if n > f64::from(SCHEMA_VERSION) && n.fract() == 0.0 => {
                Err(ReadError::Newer(n as u64))
            }
            // The lock came with version 7: an earlier version with one is damaged.
            Some(&Json::Number(n)) if n >= 7.0 && n.fract() == 0.0 => Ok(()),
            _ => Err(ReadError::Corrupt),
        }
    }

    /// Reads a locked envelope: `None` if the envelope is not locked (plain data).
    pub fn from_envelope(envelope: &Json) -> Option<Result<Self, ReadError>> {
        let lock = envelope.get("lock")?;
        Some(Self::version(envelope).and_then(|()| {
            LockInfo::read(lock)
                .zip(envelope.get("sealed").and_then(Sealed::read))
                .map(|(lock, sealed)| Locked { lock, sealed })
                .ok_or(ReadError::Corrupt)
        }))
    }

    /// Reads stored text that holds a locked envelope.
    pub fn from_json(text: &str) -> Result<Self, ReadError> {
        json::parse(text)
            .and_then(|envelope| Self::from_envelope(&envelope))
            .unwrap_or(Err(ReadError::Corrupt))
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648).
pub fn to_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The bytes of standard base64 text, or `None` if it is not exactly that.
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    for (index, chunk) in text.chunks(4).enumerate() {
        let last = index == text.len() / 4 - 1;
        let padding = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if padding > 2 || (padding > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - padding] {
            let value = ALPHABET.iter().position(|&a| a == c)? as u32;
            n = n << 6 | value;
        }
        n <<= 6 * padding as u32;
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - padding]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::model::Workspace;

    #[test]
    fn a_new_passcode_has_six_characters_and_is_typed_the_same_twice() {
        assert_eq!(
            check_new_passcode("12345", "12345"),
            Err(PasscodeError::TooShort)
        );
        assert_eq!(check_new_passcode("", ""), Err(PasscodeError::TooShort));
        assert_eq!(
            check_new_passcode("123456", "123465"),
            Err(PasscodeError::Mismatch)
        );
        assert_eq!(check_new_passcode("123456", "123456"), Ok(()));
        // Counted in characters, not bytes: five letters with accents are still too short.
        assert_eq!(check_new_passcode("éééééé", "éééééé"), Ok(()));
        assert_eq!(
            check_new_passcode("ééééé", "ééééé"),
            Err(PasscodeError::TooShort)
        );
    }

    #[test]
    fn base64_matches_the_standard_examples() {
        // RFC 4648, section 10.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(to_base64(plain.as_bytes()), coded);
            assert_eq!(from_base64(coded).unwrap(), plain.as_bytes());
        }
        let every_byte: Vec<u8> = (0..=255).collect();
        assert_eq!(from_base64(&to_base64(&every_byte)).unwrap(), every_byte);
    }

    #[test]
    fn base64_refuses_anything_else() {
        for bad in [
            "Zg=", "Zg", "Z===", "Zg==Zm8=", "Zm9*", "Zm 9", "====", "Zm9v\n",
        ] {
            assert_eq!(from_base64(bad), None, "{bad:?}");
        }
    }

    fn sample() -> Locked {
        Locked {
            lock: LockInfo {
                salt: Bytes(vec![1; 16]),
                rounds: 600_000,
                wrapped: Sealed {
                    iv: Bytes(vec![2; 12]),
                    data: Bytes(vec![3; 48]),
                },
                minutes: DEFAULT_MINUTES,
                device: None,
            },
            sealed: Sealed {
                iv: Bytes(vec![4; 12]),
                data: Bytes(vec![5, 6, 7]),
            },
        }
    }

    fn read(text: &str) -> Option<Result<Locked, ReadError>> {
        Locked::from_envelope(&json::parse(text).unwrap())
    }

    #[test]
    fn the_stored_text_reads_back_as_written() {
        let mut locked = sample();
        assert_eq!(read(&locked.stored_text()), Some(Ok(locked.clone())));
        locked.lock.device = Some(DeviceKey {
            credential: Bytes(vec![9; 32]),
            salt: Bytes(vec![8; 32]),
            wrapped: Sealed {
                iv: Bytes(vec![7; 12]),
                data: Bytes(vec![6; 48]),
            },
        });
        let text = locked.stored_text();
        assert!(text.starts_with(&format!(
            r#"{{"version":{SCHEMA_VERSION},"lock":{{"salt":"AQEB"#
        )));
        assert_eq!(read(&text), Some(Ok(locked)));
    }

    #[test]
    fn plain_data_is_not_locked_and_is_read_as_before() {
        let plain = Workspace::default().stored_text();
        assert_eq!(read(&plain), None);
        let version_6 = include_str!("samples/stored-v6.json");
        assert_eq!(read(version_6), None);
        assert!(Workspace::from_json(version_6).is_ok());
    }

    #[test]
    fn a_locked_envelope_is_never_read_as_plain_data() {
        // A release before the lock sees no `data` and a newer version: it leaves it alone.
        assert!(Workspace::from_json(&sample().stored_text()).is_err());
    }

    #[test]
    fn newer_or_damaged_locked_data_is_refused() {
        let newer = sample()
            .stored_text()
            .replacen(&format!("{SCHEMA_VERSION}"), "99", 1);
        assert_eq!(read(&newer), Some(Err(ReadError::Newer(99))));
        let text = sample().stored_text();
        for damaged in [
            text.replacen("AQEB", "AQE*", 1),
            text.replacen(r#""rounds":600000"#, r#""rounds":"many""#, 1),
            text.replacen(r#","sealed""#, r#","kept""#, 1),
            text.replacen(
                &format!(r#""version":{SCHEMA_VERSION}"#),
                r#""version":6"#,
                1,
            ),
        ] {
            assert_eq!(read(&damaged), Some(Err(ReadError::Corrupt)), "{damaged}");
        }
    }
}
