use leptos::prelude::*;

/// Text for screen readers only, e.g. which question a button acts on.
#[component]
pub fn Hidden(#[prop(into)] text: String) -> impl IntoView {
    view! { <span class="visually-hidden">{text}</span> }
}

/// An error message for one form field, announced when it appears.
#[component]
pub fn FieldError(
    #[prop(into)] id: String,
    show: RwSignal<bool>,
    message: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || show.get()>
            <p class="field-error" id=id.clone() role="alert">{message}</p>
        </Show>
    }
}
