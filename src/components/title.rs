//! The page's name in the browser tab, the history list and bookmarks: "Page – Palliative Care
//! Guide". A few lines of our own in place of leptos_meta, which carries a whole system for the
//! document's head (about 4 KB of the download) to set this one thing.

use leptos::prelude::*;

use crate::text;

/// Where a page drawn ahead of time leaves its title, for src/bin/render.rs to put in `<head>`
/// (effects, which set it in the browser, do not run there).
#[derive(Clone, Default)]
pub struct DrawnTitle(pub ArcRwSignal<String>);

/// The title of the page it is part of. The last page drawn sets it, so a page that is replaced
/// never leaves its title behind.
#[component]
pub fn Title(text: &'static str) -> impl IntoView {
    let title = format!("{text} – {}", text::APP_NAME);
    if let Some(DrawnTitle(drawn)) = use_context() {
        drawn.set(title.clone());
    }
    Effect::new(move |_| document().set_title(&title));
}
