use leptos::prelude::*;

use crate::store::files;

/// Today's date (YYYY-MM-DD) for a view that counts back from it. Empty until the page is on
/// screen: the date comes from the browser's clock, read in an effect, never while rendering.
pub fn use_today() -> ReadSignal<String> {
    let (today, set_today) = signal(String::new());
    Effect::new(move |_| set_today.set(files::today()));
    today
}

/// The date and time now (YYYY-MM-DDTHH:MM), for a view that tells coming from past. Empty until
/// the page is on screen, like `use_today`.
pub fn use_now() -> ReadSignal<String> {
    let (now, set_now) = signal(String::new());
    Effect::new(move |_| set_now.set(files::now_local()));
    now
}
