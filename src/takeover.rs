//! Taking over a pre-rendered page without losing what the reader did before the app started.
//! Where the app draws the page (or a part of it) afresh in place of the pre-rendered copy, or
//! adopts it with state of its own that does not yet know what was typed (src/app.rs,
//! components::Later), what the reader had done is noted first and done again: text typed into a
//! field (told to the app as if typed, so it acts on it), ticks and choices, open sections, the
//! focus with its cursor, and the scroll position.

use js_sys::Reflect;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::{JsCast, JsValue};

/// What the reader had done to the pre-rendered page, or to one part of it.
pub struct Snapshot {
    /// The part noted, or the whole page (`None`, then the scroll position is kept too).
    part: Option<web_sys::Element>,
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

/// Notes what the reader did to the whole page.
pub fn take() -> Snapshot {
    take_from(None)
}

/// Notes what the reader did to one part of the page: only that part's fields are told again
/// when it is restored, so the rest of the page (already live) is not told twice.
pub fn take_in(part: &web_sys::Element) -> Snapshot {
    take_from(Some(part.clone()))
}

/// All elements matching `selector` in the part, or in the whole page.
fn all(part: &Option<web_sys::Element>, selector: &str) -> Option<web_sys::NodeList> {
    match part {
        Some(part) => part.query_selector_all(selector).ok(),
        None => web_sys::window()?
            .document()?
            .query_selector_all(selector)
            .ok(),
    }
}

fn take_from(part: Option<web_sys::Element>) -> Snapshot {
    let window = web_sys::window().expect("a browser window");
    let document = window.document().expect("a document");
    let mut fields = Vec::new();
    if let Some(list) = all(&part, "input[id], textarea[id]") {
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
    if let Some(list) = all(&part, "details") {
        for i in 0..list.length() {
            if list.item(i).is_some_and(|d| get(&d, "open").is_truthy()) {
                open.push(i);
            }
        }
    }
    let focused = document
        .active_element()
        .filter(|element| !element.id().is_empty())
        .filter(|element| {
            part.as_ref()
                .is_none_or(|part| part.contains(Some(element)))
        })
        .map(|element| {
            let start = get(&element, "selectionStart");
            let end = get(&element, "selectionEnd");
            (element.id(), start, end)
        });
    // Only the whole page's scroll position is kept. Reading it makes the browser lay the page
    // out first, and a part noted just after another was drawn would pay for that each time.
    let scroll = match part {
        None => window.scroll_y().unwrap_or_default(),
        Some(_) => 0.0,
    };
    Snapshot {
        part,
        scroll,
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
    if let Some(list) = all(&snapshot.part, "details") {
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
    if snapshot.part.is_none() {
        window.scroll_to_with_x_and_y(0.0, snapshot.scroll);
    }
}

/// Draws a part of the page with its component, in place of the pre-rendered copy (if the page
/// has one), for the program's reading pages (src/bin/site.rs). What the
/// reader did to that copy before now (a tick, the focus on one of its fields) is done again on
/// the live one, and so told to the component.
pub fn replace<V: IntoView + 'static>(selector: &str, draw: impl FnOnce() -> V) {
    let Some((drawn, parent, snapshot)) = noted(selector) else {
        return;
    };
    let mut live = draw().into_view().build();
    live.mount(&parent, Some(drawn.unchecked_ref()));
    drawn.remove();
    restore(snapshot);
    // Lives as long as the page.
    std::mem::forget(live);
}

/// The pre-rendered part, where it sits, and what the reader did to it. Apart from `replace`, so
/// that this is not written out again for each kind of part.
fn noted(selector: &str) -> Option<(web_sys::Element, web_sys::Element, Snapshot)> {
    let drawn = document().query_selector(selector).ok()??;
    let parent = drawn.parent_element()?;
    let snapshot = take_in(&drawn);
    Some((drawn, parent, snapshot))
}
