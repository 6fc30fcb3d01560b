//! Bringing a page to life in parts. Adopting a whole pre-rendered page in one go keeps a slow
//! phone busy for several hundred milliseconds, and a tap or a scroll in that time waits. So the
//! heavy parts of a page (a form, a list) are wrapped in `Later`: the app adopts the rest of the
//! page first, leaving each such part exactly as it arrived, then adopts the part in a task of
//! its own. Anywhere else (drawing the page at build time, moving to it within the app) the part
//! is drawn at once.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Position, PositionState, RenderHtml};
use wasm_bindgen::JsCast;

use crate::takeover;

thread_local! {
    /// Whether the app is adopting a pre-rendered page right now (see `adopting`).
    static ADOPTING: Cell<bool> = const { Cell::new(false) };
    /// How many parts are still waiting to be adopted.
    static WAITING: Cell<usize> = const { Cell::new(0) };
    /// Who waits for the last of them (see `whole_page_adopted`).
    static WHEN_DONE: RefCell<Vec<js_sys::Function>> = const { RefCell::new(Vec::new()) };
}

/// Runs `adopt` (the app adopting a pre-rendered page); every `Later` met meanwhile leaves its
/// pre-rendered part for a task of its own.
pub fn adopting<T>(adopt: impl FnOnce() -> T) -> T {
    ADOPTING.with(|flag| flag.set(true));
    let adopted = adopt();
    ADOPTING.with(|flag| flag.set(false));
    adopted
}

/// Waits for the browser to run whatever else is waiting: a new task, not a microtask.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until every part of the page has been adopted. The app reads the family's saved data
/// only after this (src/app.rs), and whatever else would change what a part shows (the address's
/// query) waits for that read (`Store::started`): a part must be adopted as it was drawn, and
/// only then change.
pub async fn whole_page_adopted() {
    if WAITING.with(Cell::get) == 0 {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        WHEN_DONE.with(|waiting| waiting.borrow_mut().push(resolve));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    // Told at the end of the last part's task: what comes next gets a task of its own, so a tap
    // can be answered in between.
    next_task().await;
}

/// A part has been adopted; after the last one, whoever waits for the whole page goes on. (A part
/// inside it was counted while it was adopted, so the count reaches none only at the very end.)
fn part_adopted() {
    let left = WAITING.with(|waiting| {
        waiting.set(waiting.get() - 1);
        waiting.get()
    });
    if left == 0 {
        for resolve in WHEN_DONE.with(|waiting| waiting.take()) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    }
}

/// A part of a page brought to life after the rest (see the module's comment). Its box takes
/// no part in layout (`display: contents`), so the page looks the same with it.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    if !ADOPTING.with(Cell::get) {
        return view! { <div class="later">{children()}</div> }.into_any();
    }
    // Adopting an element with no children leaves the pre-rendered part inside it untouched.
    let part = NodeRef::<leptos::html::Div>::new();
    let owner = Owner::current().unwrap_or_default();
    // The live part is kept as long as the page, and dropped with it.
    let live = StoredValue::new_local(None);
    WAITING.with(|waiting| waiting.set(waiting.get() + 1));
    leptos::task::spawn_local(async move {
        next_task().await;
        adopt(part, owner, children, live);
        part_adopted();
    });
    view! { <div class="later" node_ref=part></div> }.into_any()
}

fn adopt(
    part: NodeRef<leptos::html::Div>,
    owner: Owner,
    children: Children,
    live: StoredValue<Option<AnyViewState>, LocalStorage>,
) {
    // The reader may have left the page meanwhile.
    let Some(part) = part.try_get_untracked().flatten() else {
        return;
    };
    // The same nodes are adopted, so nothing the reader did is lost; what they typed or
    // ticked meanwhile is told to the part's own state, as if typed (see takeover).
    let snapshot = takeover::take_in(&part);
    let cursor = Cursor::new(part.clone().unchecked_into());
    let position = PositionState::new(Position::FirstChild);
    // A `Later` inside this part waits for a task of its own in turn.
    let adopted =
        adopting(|| owner.with(|| children().into_view().hydrate::<true>(&cursor, &position)));
    takeover::restore(snapshot);
    live.try_set_value(Some(adopted));
}
