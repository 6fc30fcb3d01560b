//! The device's own lock (fingerprint, face or screen lock) as a second way to unlock: a passkey
//! kept on this device, through WebAuthn and its PRF extension. There is no server, so the
//! passkey's signature is never checked by anyone; what matters is the PRF's output, a secret the
//! device gives only after its own lock is passed. It wraps the data key as the passcode's key
//! does (`crypto::prf_key`), so the passcode always works too.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

use super::crypto::{self, object};
use super::locked::{Bytes, DeviceKey};
use crate::text;

fn bytes(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

fn get(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Calls a method by name and waits for the promise it returns. (By name, like the options
/// objects: web-sys's typed WebAuthn calls would each be a function of their own in every
/// page's download, and this is the only place that needs them.)
async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = get(target, method).dyn_into()?;
    let args: Array = args.iter().collect();
    JsFuture::from(Promise::from(function.apply(target, &args)?)).await
}

fn credentials() -> JsValue {
    web_sys::window().map_or(JsValue::UNDEFINED, |w| get(&w.navigator(), "credentials"))
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
    let platform = call(&class, "isUserVerifyingPlatformAuthenticatorAvailable", &[]).await;
    if platform.ok().and_then(|yes| yes.as_bool()) != Some(true) {
        return false;
    }
    if !get(&class, "getClientCapabilities").is_function() {
        // Older browsers cannot say; adding it then finds out (`add`).
        return true;
    }
    match call(&class, "getClientCapabilities", &[]).await {
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

/// What the passkey said of its PRF (`getClientExtensionResults().prf`).
fn prf_output(credential: &JsValue) -> JsValue {
    let results = get(credential, "getClientExtensionResults")
        .dyn_into::<Function>()
        .and_then(|f| f.call0(credential))
        .unwrap_or(JsValue::UNDEFINED);
    get(&results, "prf")
}

/// The PRF's first result for `salt`, if the credential gave one.
fn prf_first(credential: &JsValue) -> Option<Vec<u8>> {
    let results = get(&prf_output(credential), "results");
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
    let found = call(&credentials(), "get", &[options.into()])
        .await
        .map_err(|_| DeviceProblem::NotDone)?;
    prf_first(&found).ok_or(DeviceProblem::NoPrf)
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
    let made = call(&credentials(), "create", &[options.into()])
        .await
        .map_err(not_done)?;
    if get(&prf_output(&made), "enabled").as_bool() != Some(true) && prf_first(&made).is_none() {
        return Err(DeviceProblem::NoPrf);
    }
    let credential = Uint8Array::new(&get(&made, "rawId")).to_vec();
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
