//! Encryption at rest for the family's data, with the browser's own Web Crypto only (no
//! cryptography of our own). A random AES-GCM data key encrypts the data; it is itself kept only
//! wrapped (encrypted) by a key derived from the family's passcode with PBKDF2-SHA-256, so the
//! passcode can change without the data being encrypted again, and another way to unlock (the
//! device's own lock, through WebAuthn PRF) can wrap the same data key. Every encryption has a
//! fresh random IV; AES-GCM's tag finds any changed byte, and then nothing is decrypted.
//! The kiosk's staff PIN is kept as a PBKDF2 hash made here too (`pbkdf2_bits`).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

/// PBKDF2 rounds for a passcode: the OWASP figure for PBKDF2-HMAC-SHA-256.
pub const PASSCODE_ROUNDS: u32 = 600_000;
/// Bytes of a salt and of an AES-GCM IV.
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;

use super::locked::Bytes;
pub use super::locked::Sealed;

fn subtle() -> Result<web_sys::SubtleCrypto, JsValue> {
    Ok(web_sys::window().ok_or(JsValue::NULL)?.crypto()?.subtle())
}

fn usages(names: &[&str]) -> js_sys::Array {
    names.iter().map(|name| JsValue::from_str(name)).collect()
}

/// Random bytes from the browser's cryptographic generator.
pub fn random_bytes(count: usize) -> Result<Vec<u8>, JsValue> {
    let mut bytes = vec![0u8; count];
    web_sys::window()
        .ok_or(JsValue::NULL)?
        .crypto()?
        .get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

async fn key_from(promise: js_sys::Promise) -> Result<CryptoKey, JsValue> {
    JsFuture::from(promise).await?.dyn_into::<CryptoKey>()
}

/// A plain object with these fields: how Web Crypto's parameters (and WebAuthn's options) are
/// given. One way for all of them, rather than web-sys's setter for each field of each kind:
/// each of those is a function of its own in every page's download.
pub fn object(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

fn bytes(data: &[u8]) -> JsValue {
    js_sys::Uint8Array::from(data).into()
}

fn aes_gcm(iv: &[u8]) -> js_sys::Object {
    object(&[("name", "AES-GCM".into()), ("iv", bytes(iv))])
}

/// A 256-bit AES-GCM key, to make or to derive.
fn aes_key() -> js_sys::Object {
    object(&[("name", "AES-GCM".into()), ("length", 256.into())])
}

/// A passcode or PIN as PBKDF2 key material, for `usage` ("deriveKey" or "deriveBits").
async fn secret(passcode: &str, usage: &str) -> Result<CryptoKey, JsValue> {
    let secret = js_sys::Uint8Array::from(passcode.as_bytes());
    key_from(subtle()?.import_key_with_str("raw", &secret, "PBKDF2", false, &usages(&[usage]))?)
        .await
}

fn pbkdf2(salt: &[u8], rounds: u32) -> js_sys::Object {
    object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("iterations", rounds.into()),
        ("salt", bytes(salt)),
    ])
}

/// PBKDF2-SHA-256 of a PIN, 256 bits: what the kiosk keeps instead of its staff PIN.
pub async fn pbkdf2_bits(pin: &str, salt: &[u8], rounds: u32) -> Result<Vec<u8>, JsValue> {
    let base = secret(pin, "deriveBits").await?;
    let bits =
        JsFuture::from(subtle()?.derive_bits_with_object(&pbkdf2(salt, rounds), &base, 256)?)
            .await?;
    Ok(js_sys::Uint8Array::new(&bits).to_vec())
}

/// The key that wraps the data key, derived from a passcode and its salt. It can only wrap and
/// unwrap, and cannot be read out.
pub async fn passcode_key(passcode: &str, salt: &[u8], rounds: u32) -> Result<CryptoKey, JsValue> {
    let base = secret(passcode, "deriveKey").await?;
    key_from(subtle()?.derive_key_with_object_and_object(
        &pbkdf2(salt, rounds),
        &base,
        &aes_key(),
        false,
        &usages(&["wrapKey", "unwrapKey"]),
    )?)
    .await
}

/// A new random 256-bit data key. Extractable only so that it can be wrapped.
pub async fn new_data_key() -> Result<CryptoKey, JsValue> {
    key_from(subtle()?.generate_key_with_object(
        &aes_key(),
        true,
        &usages(&["encrypt", "decrypt"]),
    )?)
    .await
}

/// The data key, encrypted by `with`.
pub async fn wrap(data_key: &CryptoKey, with: &CryptoKey) -> Result<Sealed, JsValue> {
    let iv = random_bytes(IV_BYTES)?;
    let wrapped =
        JsFuture::from(subtle()?.wrap_key_with_object("raw", data_key, with, &aes_gcm(&iv))?)
            .await?;
    Ok(Sealed {
        iv: Bytes(iv),
        data: Bytes(js_sys::Uint8Array::new(&wrapped).to_vec()),
    })
}

/// The data key back from its wrapped form; fails for the wrong key or any changed byte. The
/// key unwrapped here can be wrapped again (a changed passcode) but is otherwise used only to
/// encrypt and decrypt.
pub async fn unwrap(wrapped: &Sealed, with: &CryptoKey) -> Result<CryptoKey, JsValue> {
    key_from(subtle()?.unwrap_key_with_u8_array_and_object_and_object(
        "raw",
        &wrapped.data.0,
        with,
        &aes_gcm(&wrapped.iv.0),
        &aes_key(),
        true,
        &usages(&["encrypt", "decrypt"]),
    )?)
    .await
}

/// Text encrypted with the data key, with a fresh IV.
pub async fn seal(text: &str, key: &CryptoKey) -> Result<Sealed, JsValue> {
    let iv = random_bytes(IV_BYTES)?;
    let data = JsFuture::from(subtle()?.encrypt_with_object_and_u8_array(
        &aes_gcm(&iv),
        key,
        text.as_bytes(),
    )?)
    .await?;
    Ok(Sealed {
        iv: Bytes(iv),
        data: Bytes(js_sys::Uint8Array::new(&data).to_vec()),
    })
}

/// The text back; fails for the wrong key or any changed byte (AES-GCM's tag).
pub async fn open(sealed: &Sealed, key: &CryptoKey) -> Result<String, JsValue> {
    let data = JsFuture::from(subtle()?.decrypt_with_object_and_u8_array(
        &aes_gcm(&sealed.iv.0),
        key,
        &sealed.data.0,
    )?)
    .await?;
    String::from_utf8(js_sys::Uint8Array::new(&data).to_vec()).map_err(|_| JsValue::NULL)
}

/// The data key's bytes, kept only in this tab's session storage while the pages are unlocked,
/// so moving from one page to the next does not ask for the passcode again.
pub async fn export_key(key: &CryptoKey) -> Result<Vec<u8>, JsValue> {
    let raw = JsFuture::from(subtle()?.export_key("raw", key)?).await?;
    Ok(js_sys::Uint8Array::new(&raw).to_vec())
}

/// The data key back from `export_key`'s bytes.
pub async fn import_key(raw: &[u8]) -> Result<CryptoKey, JsValue> {
    key_from(subtle()?.import_key_with_str(
        "raw",
        &js_sys::Uint8Array::from(raw),
        "AES-GCM",
        true,
        &usages(&["encrypt", "decrypt"]),
    )?)
    .await
}

/// The key that wraps the data key for the device's own lock, from the 32-byte secret its
/// passkey's PRF gives (HKDF-SHA-256, as the WebAuthn PRF extension's authors advise, rather
/// than using the secret itself as a key).
pub async fn prf_key(secret: &[u8]) -> Result<CryptoKey, JsValue> {
    let base = key_from(subtle()?.import_key_with_str(
        "raw",
        &js_sys::Uint8Array::from(secret),
        "HKDF",
        false,
        &usages(&["deriveKey"]),
    )?)
    .await?;
    let params = object(&[
        ("name", "HKDF".into()),
        ("hash", "SHA-256".into()),
        ("info", bytes(b"palliative-guide device lock")),
        ("salt", bytes(&[])),
    ]);
    key_from(subtle()?.derive_key_with_object_and_object(
        &params,
        &base,
        &aes_key(),
        false,
        &usages(&["wrapKey", "unwrapKey"]),
    )?)
    .await
}
