use leptos::prelude::*;

use crate::store::model::Contact;
use crate::text;

/// "Call Sam Patel: 01234 567890", one tap to dial a saved contact. Only for a contact with a
/// number (`Contact::dial` not empty).
#[component]
pub fn CallLink(contact: Contact) -> impl IntoView {
    let href = format!("tel:{}", contact.dial());
    view! {
        <a class="tel" href=href>
            {text::HELP_CALL} " " {contact.name} ": " {contact.phone}
        </a>
    }
}
