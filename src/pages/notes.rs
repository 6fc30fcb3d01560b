use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;

use crate::components::{
    use_announcer, FieldError, Hidden, Later, LockGate, Row, Rows, SavingNotice, Title, WhenLoaded,
};
use crate::store::model::{Contact, Note};
use crate::store::{files, new_id, use_store};
use crate::text;

#[component]
pub fn NotesPage() -> impl IntoView {
    view! {
        <Title text=text::NOTES_TITLE />
        <h1>{text::NOTES_TITLE}</h1>
        <p class="lead">{text::NOTES_LEAD}</p>
        <SavingNotice />
        <LockGate>
        <Later><Wishes /></Later>
        <Later><Notes /></Later>
        <Later><Contacts /></Later>
        </LockGate>
    }
}

/// "What matters to me": one free-text box, saved when the family presses Save.
#[component]
fn Wishes() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let field = NodeRef::<html::Textarea>::new();
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(field) = field.get() else { return };
        let _ = store.change(|ws, now| {
            ws.set_wishes(&field.value(), now);
            Ok(())
        });
        announcer.say(text::WISHES_SAVED);
    };
    view! {
        <section aria-labelledby="wishes-heading">
            <h2 id="wishes-heading">{text::WISHES_HEADING}</h2>
            <form class="stack" on:submit=save>
                <label for="wishes">{text::WISHES_LABEL}</label>
                <p class="hint" id="wishes-hint">{text::WISHES_HINT}</p>
                <textarea
                    id="wishes"
                    rows="5"
                    aria-describedby="wishes-hint"
                    node_ref=field
                    prop:value=move || store.workspace.with(|ws| ws.wishes.text.clone())
                ></textarea>
                <button type="submit" class="button">{text::WISHES_SAVE}</button>
            </form>
        </section>
    }
}

#[component]
fn Notes() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let date = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    // Today's date comes from the browser's clock, so it is filled in after rendering.
    Effect::new(move |_| date.set(files::today()));

    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let added = store.change(|ws, now| {
            ws.add_note(
                new_id(),
                &date.get_untracked(),
                &who.get_untracked(),
                &note.get_untracked(),
                now,
            )
        });
        error.set(added.is_err());
        if added.is_ok() {
            who.set(String::new());
            note.set(String::new());
            announcer.say(text::NOTE_ADDED);
        }
    };
    view! {
        <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{text::NOTE_HEADING}</h2>
            <form class="stack" on:submit=add novalidate>
                <label for="note-date">{text::NOTE_DATE_LABEL}</label>
                <input id="note-date" type="date" bind:value=date />
                <label for="note-who">{text::NOTE_WHO_LABEL}</label>
                <input id="note-who" type="text" autocomplete="off" bind:value=who />
                <label for="note-text">{text::NOTE_TEXT_LABEL}</label>
                <FieldError id="note-error" show=error message=text::NOTE_EMPTY_ERROR />
                <textarea id="note-text" rows="4" bind:value=note></textarea>
                <button type="submit" class="button">{text::NOTE_ADD}</button>
            </form>
            <Show
                when=move || store.workspace.with(|ws| !ws.notes.is_empty())
                fallback=|| view! { <WhenLoaded><p>{text::NOTES_NONE}</p></WhenLoaded> }
            >
                <ul class="entry-list">
                    <Rows rows=move || store.workspace.with(|ws| Row::all(&ws.notes, |note| view! { <NoteItem note /> })) />
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn NoteItem(note: Note) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let id = note.id.clone();
    let delete = move |_| {
        if store.change(|ws, now| ws.remove_note(&id, now)).is_ok() {
            announcer.say(text::NOTE_DELETED);
        }
    };
    let heading = if note.who.is_empty() {
        text::long_date(&note.date)
    } else {
        format!("{} – {}", text::long_date(&note.date), note.who)
    };
    view! {
        <li class="entry">
            <p class="entry__title">{heading.clone()}</p>
            <p class="entry__text">{note.text}</p>
            <button type="button" class="button button--warning" on:click=delete>
                {text::DELETE}<Hidden text=format!(" note: {heading}") />
            </button>
        </li>
    }
}

#[component]
fn Contacts() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let error = RwSignal::new(false);

    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let added = store.change(|ws, now| {
            ws.add_contact(
                new_id(),
                &name.get_untracked(),
                &role.get_untracked(),
                &phone.get_untracked(),
                now,
            )
        });
        error.set(added.is_err());
        if added.is_ok() {
            for field in [name, role, phone] {
                field.set(String::new());
            }
            announcer.say(text::CONTACT_ADDED);
        }
    };
    view! {
        <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{text::CONTACTS_HEADING}</h2>
            <form class="stack" on:submit=add novalidate>
                <label for="contact-name">{text::CONTACT_NAME_LABEL}</label>
                <FieldError id="contact-error" show=error message=text::CONTACT_EMPTY_ERROR />
                <input id="contact-name" type="text" autocomplete="off" bind:value=name />
                <label for="contact-role">{text::CONTACT_ROLE_LABEL}</label>
                <input id="contact-role" type="text" autocomplete="off" bind:value=role />
                <label for="contact-phone">{text::CONTACT_PHONE_LABEL}</label>
                <input id="contact-phone" type="tel" autocomplete="off" bind:value=phone />
                <button type="submit" class="button">{text::CONTACT_ADD}</button>
            </form>
            <Show
                when=move || store.workspace.with(|ws| !ws.contacts.is_empty())
                fallback=|| view! { <WhenLoaded><p>{text::CONTACTS_NONE}</p></WhenLoaded> }
            >
                <ul class="entry-list">
                    <Rows rows=move || store.workspace.with(|ws| Row::all(&ws.contacts, |contact| view! { <ContactItem contact /> })) />
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn ContactItem(contact: Contact) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let id = contact.id.clone();
    let delete = move |_| {
        if store.change(|ws, now| ws.remove_contact(&id, now)).is_ok() {
            announcer.say(text::CONTACT_DELETED);
        }
    };
    let dial = contact.dial();
    view! {
        <li class="entry">
            <p class="entry__title">{contact.name.clone()}</p>
            {(!contact.role.is_empty()).then(|| view! { <p>{contact.role.clone()}</p> })}
            {(!dial.is_empty()).then(|| view! { <p><a href=format!("tel:{dial}")>{contact.phone.clone()}</a></p> })}
            <button type="button" class="button button--warning" on:click=delete>
                {text::DELETE}<Hidden text=format!(" contact: {}", contact.name) />
            </button>
        </li>
    }
}
