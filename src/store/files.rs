//! Files in and out of the browser: downloading a backup, reading a chosen file, and asking the
//! browser to keep our storage. Called only from event handlers and effects.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` to the family as a file download named `name`, of the given media type.
/// Downloads a plain backup file of the whole workspace.
pub fn download_backup(workspace: &super::model::Workspace) -> Result<(), JsValue> {
    let stamp = now_iso();
    let file = super::backup::to_file(workspace, &stamp);
    let name = format!("palliative-care-guide-backup-{}.json", &stamp[..10]);
    download(&name, "application/json", &file)
}

pub fn download(name: &str, media_type: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Whether the device has a share sheet the page may open (the Web Share API).
pub fn can_share() -> bool {
    navigator()
        .is_some_and(|n| js_sys::Reflect::has(&n, &JsValue::from_str("share")).unwrap_or(false))
}

/// Opens the device's share sheet with `text`. Ok(true) when shared, Ok(false) when the family
/// closed the sheet without sharing.
pub async fn share(title: &str, text: &str) -> Result<bool, JsValue> {
    let navigator = navigator().ok_or(JsValue::NULL)?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"title".into(), &title.into())?;
    js_sys::Reflect::set(&data, &"text".into(), &text.into())?;
    // Called through Reflect: web-sys keeps `navigator.share` behind its unstable APIs.
    let share: js_sys::Function = js_sys::Reflect::get(&navigator, &"share".into())?.dyn_into()?;
    let promise: js_sys::Promise = share.call1(&navigator, &data)?.dyn_into()?;
    match JsFuture::from(promise).await {
        Ok(_) => Ok(true),
        // "AbortError": the family closed the sheet.
        Err(error)
            if js_sys::Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|name| name.as_string())
                .as_deref()
                == Some("AbortError") =>
        {
            Ok(false)
        }
        Err(error) => Err(error),
    }
}

/// Puts `text` on the clipboard.
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let navigator = navigator().ok_or(JsValue::NULL)?;
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())?;
    let write: js_sys::Function =
        js_sys::Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
    let promise: js_sys::Promise = write.call1(&clipboard, &text.into())?.dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// The text of a file the family chose.
pub async fn read_text(file: web_sys::File) -> Result<String, JsValue> {
    let text = JsFuture::from(file.text()).await?;
    text.as_string().ok_or(JsValue::NULL)
}

/// Asks the browser to keep this site's storage; returns whether it agreed.
pub async fn persist_storage() -> bool {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return false;
    };
    let Ok(promise) = storage.persist() else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|granted| granted.as_bool())
        .unwrap_or(false)
}

/// The time now as an ISO 8601 string, for naming and stamping backups.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The date and time now as YYYY-MM-DDTHH:MM in the family's own time zone (the value a
/// `datetime-local` field holds).
pub fn now_local() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// Today's date as YYYY-MM-DD in the family's own time zone.
pub fn today() -> String {
    day(&js_sys::Date::new_0())
}

/// The date of a moment (milliseconds since 1970, as records are stamped) as YYYY-MM-DD in the
/// family's own time zone.
pub fn date_of(millis: f64) -> String {
    day(&js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis)))
}

fn day(date: &js_sys::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}
