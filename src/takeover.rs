//! Taking over a pre-rendered page without losing what the reader did before the app started.
//! The app draws the page afresh in place of the pre-rendered copy (src/main.rs); what the
//! reader had done to that copy is noted first and done again to the new page: text typed into a
//! field (told to the app as if typed, so it acts on it), ticks and choices, open sections, the
//! focus with its cursor, and the scroll position.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

/// What the reader had done to the pre-rendered page.
pub struct Snapshot {
    scroll: f64,
    /// (element id, property, value) for each field the reader changed.
    fields: Vec<(String, &'static str, JsValue)>,
    /// Which `<details>` (by place in the page) were open.
    open: Vec<u32>,
    focused: Option<(String, JsValue, JsValue)>,
}

fn get(target: &JsValue, property: &str) -> JsValue {
    Reflect::get(target, &property.into()).unwrap_or(JsValue::UNDEFINED)
}

pub fn take() -> Snapshot {
    let window = web_sys::window().expect("a browser window");
    let document = window.document().expect("a document");
    let mut fields = Vec::new();
    if let Ok(list) = document.query_selector_all("input[id], textarea[id]") {
        for i in 0..list.length() {
            let Some(node) = list.item(i) else { continue };
            let element: &web_sys::Element = node.unchecked_ref();
            let kind = element.get_attribute("type").unwrap_or_default();
            let (now, default) = if kind == "checkbox" || kind == "radio" {
                ("checked", "defaultChecked")
            } else {
                ("value", "defaultValue")
            };
            let value = get(&node, now);
            if value != get(&node, default) {
                fields.push((element.id(), now, value));
            }
        }
    }
    let mut open = Vec::new();
    if let Ok(list) = document.query_selector_all("details") {
        for i in 0..list.length() {
            if list.item(i).is_some_and(|d| get(&d, "open").is_truthy()) {
                open.push(i);
            }
        }
    }
    let focused = document
        .active_element()
        .filter(|element| !element.id().is_empty())
        .map(|element| {
            let start = get(&element, "selectionStart");
            let end = get(&element, "selectionEnd");
            (element.id(), start, end)
        });
    Snapshot {
        scroll: window.scroll_y().unwrap_or_default(),
        fields,
        open,
        focused,
    }
}

pub fn restore(snapshot: Snapshot) {
    let window = web_sys::window().expect("a browser window");
    let document = window.document().expect("a document");
    for (id, property, value) in &snapshot.fields {
        let Some(element) = document.get_element_by_id(id) else {
            continue;
        };
        let _ = Reflect::set(&element, &(*property).into(), value);
        // Told to the app as the browser tells it of typing, so its state follows the field.
        for name in ["input", "change"] {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(name, &init) {
                let _ = element.dispatch_event(&event);
            }
        }
    }
    if let Ok(list) = document.query_selector_all("details") {
        for i in &snapshot.open {
            if let Some(details) = list.item(*i) {
                let _ = Reflect::set(&details, &"open".into(), &JsValue::TRUE);
            }
        }
    }
    if let Some((id, start, end)) = &snapshot.focused {
        if let Some(element) = document
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
            if !start.is_null() && !start.is_undefined() {
                let _ = Reflect::set(&element, &"selectionStart".into(), start);
                let _ = Reflect::set(&element, &"selectionEnd".into(), end);
            }
        }
    }
    window.scroll_to_with_x_and_y(0.0, snapshot.scroll);
}
