use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// The path of the page on screen, set once the page is drawn (its code may arrive after the
/// address changes: see pages::load).
#[derive(Clone, Copy)]
pub struct PageDrawn(pub RwSignal<Option<String>>);

/// After an in-app page change, moves focus to the new page's main heading, as a real page load
/// would put screen reader and keyboard users at the top of the new page. A link to a part of a
/// page (`/glossary#lpa`) focuses and shows that part instead. The first page of a visit is left
/// alone, so the browser's own start-up focus is kept.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    let PageDrawn(drawn) = expect_context();
    Effect::new(move |previous: Option<Option<String>>| {
        let path = drawn.get();
        let hash = location.hash.get_untracked();
        if path.is_some()
            && previous
                .flatten()
                .is_some_and(|previous| Some(previous) != path)
        {
            // Wait a frame so the new page is on screen.
            request_animation_frame(move || focus_target(&hash));
        }
        path
    });
}

/// Focuses the part of the page a link points to (`#id`), or else its main heading.
pub fn focus_target(hash: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let id = hash.trim_start_matches('#');
    let part = (!id.is_empty())
        .then(|| document.get_element_by_id(id))
        .flatten();
    let scroll_to_part = part.is_some();
    let target = part
        .or_else(|| document.query_selector("main h1").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        // Focusing must not scroll the page: the browser has already put it where it belongs
        // (at the top for a new page, where the reader left it after Back).
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
        if scroll_to_part {
            target.scroll_into_view();
        }
    }
}

/// Moves focus to an element once the change that draws it is on screen: for results that
/// replace the control the reader was on (a myth answered, a referral step changed).
pub fn focus_when_drawn<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    request_animation_frame(move || {
        if let Some(element) = node.get_untracked() {
            let _ = element.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
}

/// Takes the reader to a part of the page that has just changed under them (a form now holding
/// the item they chose to change): scrolls it into view and focuses it.
pub fn show_and_focus(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
