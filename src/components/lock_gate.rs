use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{focus_when_drawn, use_announcer};
use crate::store::lock::Tried;
use crate::store::{use_store, Lock};
use crate::{routes, text};

/// The family's part of a page, behind their lock. Locked, it is hidden (and holds nothing of
/// theirs: the store is empty) and a passcode box takes its place under the page's heading;
/// unlocked, it shows as always, with "Lock now" above it. With no lock it is just the page.
#[component]
pub fn LockGate(children: Children) -> impl IntoView {
    let store = use_store();
    let locked = move || store.lock.get() == Lock::Locked;
    view! {
        <Show when=locked><UnlockForm /></Show>
        <Show when=move || store.lock.get() == Lock::Open><LockNow /></Show>
        <div hidden=locked>{children()}</div>
    }
}

#[component]
fn LockNow() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let lock = move |_| {
        store.lock_now();
        announcer.say(text::LOCKED_DONE);
    };
    view! {
        <div class="button-row lock-now">
            <button type="button" class="button button--secondary" on:click=lock>{text::LOCK_NOW}</button>
        </div>
    }
}

/// What a passcode try came to, in words: `None` for right (or not tried yet).
pub fn tried_message(tried: Option<Tried>) -> Option<String> {
    match tried? {
        Tried::Right => None,
        Tried::Wrong(0) => Some(text::LOCK_WRONG.to_owned()),
        Tried::Wrong(seconds) | Tried::Wait(seconds) => {
            Some(format!("{} {}", text::LOCK_WAIT, text::seconds(seconds)))
        }
        Tried::Failed => Some(text::LOCK_FAILED.to_owned()),
    }
}

#[component]
fn UnlockForm() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let passcode = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Tried>);
    let busy = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    // Locked while the family was on the page ("Lock now", or the time-out): the box they need
    // next takes the place of what they were using.
    if store.started() {
        focus_when_drawn(field);
    }
    let unlock = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let typed = passcode.get_untracked();
        leptos::task::spawn_local(async move {
            let tried = store.unlock(typed).await;
            passcode.set(String::new());
            busy.set(false);
            outcome.set(Some(tried));
            if tried == Tried::Right {
                announcer.say(text::UNLOCKED_DONE);
            }
        });
    };
    let message = move || tried_message(outcome.get());
    view! {
        <form class="stack lock-form" on:submit=unlock novalidate>
            <p>{text::LOCKED_LEAD}</p>
            <label for="unlock-passcode">{text::LOCK_PASSCODE_LABEL}</label>
            {move || message().map(|m| view! { <p class="field-error" id="unlock-error" role="alert">{m}</p> })}
            <input id="unlock-passcode" type="password" autocomplete="current-password" bind:value=passcode node_ref=field
                aria-describedby=move || message().is_some().then_some("unlock-error")
                aria-invalid=move || message().is_some().to_string() />
            <div class="button-row">
                <button type="submit" class="button" disabled=move || busy.get()>{text::UNLOCK_BUTTON}</button>
            </div>
            <p>{text::LOCK_FORGOT}" "<a href=format!("{}#clear-heading", routes::MY_DATA)>{text::LOCK_FORGOT_LINK}</a></p>
        </form>
    }
}
