//! The device's own lock (fingerprint, face or screen lock) as a second way to unlock: a passkey
//! kept on this device, through WebAuthn and its PRF extension. There is no server, so the
//! passkey's signature is never checked by anyone; what matters is the PRF's output, a secret the
//! device gives only after its own lock is passed. It wraps the data key as the passcode's key
//! does (`crypto::prf_key`), so the passcode always works too.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, PublicKeyCredential};

use super::crypto;
use super::locked::{Bytes, DeviceKey};
use crate::text;

fn object(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

fn bytes(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

fn get(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn credentials() -> Result<web_sys::CredentialsContainer, JsValue> {
    Ok(web_sys::window()
        .ok_or(JsValue::NULL)?
        .navigator()
        .credentials())
}

/// Whether this browser and device can unlock with the device's own lock: a platform
/// authenticator that checks the user, and PRF (asked where the browser can say).
pub async fn available() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let class = get(&window, "PublicKeyCredential");
    if class.is_undefined() {
        return false;
    }
    let platform = async {
        let promise = PublicKeyCredential::is_user_verifying_platform_authenticator_available();
        JsFuture::from(promise).await.ok()?.as_bool()
    };
    if platform.await != Some(true) {
        return false;
    }
    let capabilities = get(&class, "getClientCapabilities");
    let Some(ask) = capabilities.dyn_ref::<js_sys::Function>() else {
        // Older browsers cannot say; adding it then finds out (`add`).
        return true;
    };
    let Ok(promise) = ask.call0(&class) else {
        return false;
    };
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(found) => get(&found, "extension:prf").as_bool() != Some(false),
        Err(_) => false,
    }
}

/// Why the device's lock could not be added or used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeviceProblem {
    /// The device made a passkey but cannot give a PRF secret.
    NoPrf,
    /// Cancelled, timed out, or refused.
    NotDone,
}

/// The PRF's first result for `salt`, if the credential gave one.
fn prf_first(credential: &PublicKeyCredential) -> Option<Vec<u8>> {
    let results = get(
        &get(&credential.get_client_extension_results(), "prf"),
        "results",
    );
    let first = get(&results, "first");
    (!first.is_undefined()).then(|| Uint8Array::new(&first).to_vec())
}

fn prf_input(salt: &[u8]) -> Object {
    object(&[(
        "prf",
        object(&[("eval", object(&[("first", bytes(salt))]).into())]).into(),
    )])
}

/// Asks the device (its own lock first) for the PRF secret of the passkey `credential`.
async fn secret(credential: &[u8], salt: &[u8]) -> Result<Vec<u8>, DeviceProblem> {
    let challenge = crypto::random_bytes(32).map_err(|_| DeviceProblem::NotDone)?;
    let allow = object(&[("type", "public-key".into()), ("id", bytes(credential))]);
    let public_key = object(&[
        ("challenge", bytes(&challenge)),
        ("allowCredentials", Array::of1(&allow).into()),
        ("userVerification", "required".into()),
        ("timeout", 120_000.into()),
        ("extensions", prf_input(salt).into()),
    ]);
    let options = object(&[("publicKey", public_key.into())]);
    let promise = credentials()
        .and_then(|c| c.get_with_options(options.unchecked_ref()))
        .map_err(|_| DeviceProblem::NotDone)?;
    let found = JsFuture::from(promise)
        .await
        .map_err(|_| DeviceProblem::NotDone)?;
    let credential: PublicKeyCredential = found.dyn_into().map_err(|_| DeviceProblem::NotDone)?;
    prf_first(&credential).ok_or(DeviceProblem::NoPrf)
}

/// Makes a passkey on this device and wraps the data key with its PRF secret.
pub async fn add(data_key: &CryptoKey) -> Result<DeviceKey, DeviceProblem> {
    let not_done = |_| DeviceProblem::NotDone;
    let salt = crypto::random_bytes(32).map_err(not_done)?;
    let challenge = crypto::random_bytes(32).map_err(not_done)?;
    let user_id = crypto::random_bytes(16).map_err(not_done)?;
    let host = web_sys::window()
        .and_then(|w| w.location().hostname().ok())
        .unwrap_or_default();
    let public_key = object(&[
        ("challenge", bytes(&challenge)),
        (
            "rp",
            object(&[("name", text::APP_NAME.into()), ("id", host.into())]).into(),
        ),
        (
            "user",
            object(&[
                ("id", bytes(&user_id)),
                ("name", text::DEVICE_PASSKEY_NAME.into()),
                ("displayName", text::DEVICE_PASSKEY_NAME.into()),
            ])
            .into(),
        ),
        (
            "pubKeyCredParams",
            Array::of2(
                &object(&[("type", "public-key".into()), ("alg", (-7).into())]),
                &object(&[("type", "public-key".into()), ("alg", (-257).into())]),
            )
            .into(),
        ),
        (
            "authenticatorSelection",
            object(&[
                ("authenticatorAttachment", "platform".into()),
                ("residentKey", "preferred".into()),
                ("userVerification", "required".into()),
            ])
            .into(),
        ),
        ("timeout", 120_000.into()),
        ("extensions", prf_input(&salt).into()),
    ]);
    let options = object(&[("publicKey", public_key.into())]);
    let promise = credentials()
        .and_then(|c| c.create_with_options(options.unchecked_ref()))
        .map_err(not_done)?;
    let made: PublicKeyCredential = JsFuture::from(promise)
        .await
        .map_err(not_done)?
        .dyn_into()
        .map_err(|_| DeviceProblem::NotDone)?;
    let prf = get(&made.get_client_extension_results(), "prf");
    if get(&prf, "enabled").as_bool() != Some(true) && prf_first(&made).is_none() {
        return Err(DeviceProblem::NoPrf);
    }
    let credential = Uint8Array::new(&made.raw_id()).to_vec();
    // Some devices give the secret when the passkey is made; others only when it is used.
    let first = match prf_first(&made) {
        Some(first) => first,
        None => secret(&credential, &salt).await?,
    };
    let wrapping = crypto::prf_key(&first).await.map_err(not_done)?;
    let wrapped = crypto::wrap(data_key, &wrapping).await.map_err(not_done)?;
    Ok(DeviceKey {
        credential: Bytes(credential),
        salt: Bytes(salt),
        wrapped,
    })
}

/// The data key, once the device's own lock has been passed.
pub async fn data_key(device: &DeviceKey) -> Result<CryptoKey, DeviceProblem> {
    let first = secret(&device.credential.0, &device.salt.0).await?;
    let wrapping = crypto::prf_key(&first)
        .await
        .map_err(|_| DeviceProblem::NotDone)?;
    crypto::unwrap(&device.wrapped, &wrapping)
        .await
        .map_err(|_| DeviceProblem::NotDone)
}
