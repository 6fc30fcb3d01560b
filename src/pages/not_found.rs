use leptos::prelude::*;

use crate::components::Title;
use crate::{routes, text};

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text=text::NOT_FOUND_TITLE />
        <h1>{text::NOT_FOUND_TITLE}</h1>
        <p>{text::NOT_FOUND_BODY}</p>
        <p><a href=routes::HOME>{text::NOT_FOUND_HOME}</a></p>
    }
}
