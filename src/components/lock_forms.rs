//! The lock's own screens: the passcode box of a locked page, and turning the lock on, changing
//! it and turning it off. Reached only through `store::lock_code`, so their code is fetched
//! only by a family who uses the lock.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{focus_when_drawn, show_and_focus, use_announcer, FieldError};
use crate::store::backup;
use crate::store::device::{self, DeviceProblem};
use crate::store::lock::{self, Tried};
use crate::store::locked::{check_new_passcode, Locked, PasscodeError, DEFAULT_MINUTES, MINUTES};
use crate::store::model::Workspace;
use crate::store::{files, use_store, Lock, Store};
use crate::{routes, text};

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

/// What a family page shows above its own part (see components::LockGate): the passcode box
/// while locked, "Lock now" while unlocked.
pub fn gate(lock: Lock) -> AnyView {
    match lock {
        Lock::Locked => view! { <UnlockForm /> }.into_any(),
        _ => view! { <LockNow /> }.into_any(),
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
            <DeviceUnlock />
            <p>{text::LOCK_FORGOT}" "<a href=format!("{}#clear-heading", routes::MY_DATA)>{text::LOCK_FORGOT_LINK}</a></p>
        </form>
    }
}

/// Whether this browser can use the device's own lock, found once the page has started.
pub fn use_device_available() -> RwSignal<bool> {
    let available = RwSignal::new(false);
    Effect::new(move |_| {
        leptos::task::spawn_local(async move { available.set(device::available().await) });
    });
    available
}

/// "Unlock with this device's fingerprint, face or screen lock", where the family chose it and
/// the browser can.
#[component]
fn DeviceUnlock() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let available = use_device_available();
    let chosen = move || {
        store
            .lock_info
            .with(|info| info.as_ref().is_some_and(|i| i.device.is_some()))
    };
    let failed = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let unlock = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let done = store.unlock_with_device().await;
            busy.set(false);
            failed.set(done.is_err());
            if done.is_ok() {
                announcer.say(text::UNLOCKED_DONE);
            }
        });
    };
    view! {
        <Show when=move || available.get() && chosen()>
            <FieldError id="unlock-device-error" show=failed message=text::UNLOCK_DEVICE_FAILED />
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=unlock disabled=move || busy.get()>
                    {text::UNLOCK_DEVICE}
                </button>
            </div>
        </Show>
    }
}

/// What "Backup and privacy" shows under "Lock your pages": the way to turn it on, or once it is
/// on (and unlocked), its settings.
pub fn settings() -> AnyView {
    let store = use_store();
    view! {
        <Show when=move || store.lock.get() == Lock::Off fallback=|| view! { <LockSettings /> }>
            <TurnOn />
        </Show>
    }
    .into_any()
}

/// Downloads a locked backup: everything, sealed as it is stored, with the same passcode.
pub fn export_locked(store: Store, announcer: crate::components::Announcer) {
    wasm_bindgen_futures::spawn_local(async move {
        let stamp = files::now_iso();
        let name = format!("palliative-care-guide-locked-backup-{}.json", &stamp[..10]);
        let downloaded = match store.sealed_backup().await {
            Some(locked) => files::download(
                &name,
                "application/json",
                &backup::to_locked_file(&locked, &stamp),
            ),
            None => Err(wasm_bindgen::JsValue::NULL),
        };
        announcer.say(text::export_said(downloaded));
    });
}

/// The passcode box for a locked backup file; once opened, its workspace goes to `opened`
/// (shown as a summary before anything changes, as a plain backup is).
pub fn open_backup(file: RwSignal<Option<Locked>>, opened: RwSignal<Option<Workspace>>) -> AnyView {
    let passcode = RwSignal::new(String::new());
    let wrong = RwSignal::new(None::<Tried>);
    let busy = RwSignal::new(false);
    let open = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(locked) = file.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let typed = passcode.get_untracked();
        wasm_bindgen_futures::spawn_local(async move {
            let result = lock::open_backup(&locked, &typed).await;
            busy.set(false);
            passcode.set(String::new());
            wrong.set(result.as_ref().err().copied());
            if let Ok(workspace) = result {
                file.set(None);
                opened.set(Some(workspace));
            }
        });
    };
    let message = move || {
        wrong.get().map(|tried| match tried {
            Tried::Wrong(_) => text::IMPORT_LOCKED_WRONG,
            _ => text::IMPORT_LOCKED_FAILED,
        })
    };
    view! {
        <form class="stack callout" on:submit=open novalidate>
            <p>{text::IMPORT_LOCKED_LEAD}</p>
            <label for="import-passcode">{text::IMPORT_LOCKED_LABEL}</label>
            {move || message().map(|m| view! { <p class="field-error" id="import-passcode-error" role="alert">{m}</p> })}
            <input id="import-passcode" type="password" autocomplete="off" bind:value=passcode
                aria-describedby=move || message().is_some().then_some("import-passcode-error")
                aria-invalid=move || message().is_some().to_string() />
            <div class="button-row">
                <button type="submit" class="button" disabled=move || busy.get()>{text::IMPORT_LOCKED_OPEN}</button>
                <button type="button" class="button button--secondary" on:click=move |_| file.set(None)>{text::IMPORT_CANCEL}</button>
            </div>
        </form>
    }
    .into_any()
}

/// A new passcode typed twice, checked before anything is done with it.
#[derive(Clone, Copy)]
struct NewPasscode {
    passcode: RwSignal<String>,
    again: RwSignal<String>,
    error: RwSignal<Option<PasscodeError>>,
}

impl NewPasscode {
    fn new() -> Self {
        Self {
            passcode: RwSignal::new(String::new()),
            again: RwSignal::new(String::new()),
            error: RwSignal::new(None),
        }
    }

    /// The passcode, if it is long enough and typed the same twice.
    fn checked(self) -> Option<String> {
        let passcode = self.passcode.get_untracked();
        let checked = check_new_passcode(&passcode, &self.again.get_untracked());
        self.error.set(checked.err());
        checked.ok().map(|_| passcode)
    }

    fn clear(self) {
        self.passcode.set(String::new());
        self.again.set(String::new());
    }
}

/// The two boxes for a new passcode, with what is wrong under each one's label.
#[component]
fn NewPasscodeFields(id: &'static str, label: &'static str, new: NewPasscode) -> impl IntoView {
    let error = new.error;
    let short = move || error.get() == Some(PasscodeError::TooShort);
    let mismatch = move || error.get() == Some(PasscodeError::Mismatch);
    let hint = format!("{id}-hint");
    let short_id = format!("{id}-short");
    let described = {
        let (hint, short_id) = (hint.clone(), short_id.clone());
        move || {
            if short() {
                format!("{hint} {short_id}")
            } else {
                hint.clone()
            }
        }
    };
    let again_id = format!("{id}-again");
    let mismatch_id = format!("{id}-mismatch");
    view! {
        <label for=id>{label}</label>
        <p class="hint" id=hint>{text::LOCK_NEW_HINT}</p>
        <FieldErrorText id=short_id show=Signal::derive(short) problem=PasscodeError::TooShort />
        <input id=id type="password" autocomplete="new-password" bind:value=new.passcode
            aria-describedby=described aria-invalid=move || short().to_string() />
        <label for=again_id.clone()>{text::LOCK_AGAIN_LABEL}</label>
        <FieldErrorText id=mismatch_id.clone() show=Signal::derive(mismatch) problem=PasscodeError::Mismatch />
        <input id=again_id type="password" autocomplete="new-password" bind:value=new.again
            aria-describedby=move || mismatch().then(|| mismatch_id.clone())
            aria-invalid=move || mismatch().to_string() />
    }
}

#[component]
fn FieldErrorText(id: String, show: Signal<bool>, problem: PasscodeError) -> impl IntoView {
    view! {
        <Show when=move || show.get()>
            <p class="field-error" id=id.clone() role="alert">{text::passcode_error(problem)}</p>
        </Show>
    }
}

/// The minutes without use before the pages lock again.
#[component]
fn MinutesSelect(
    value: RwSignal<u32>,
    #[prop(optional)] on_change: Option<Callback<u32>>,
) -> impl IntoView {
    let changed = move |ev: leptos::ev::Event| {
        let minutes = event_target_value(&ev).parse().unwrap_or(DEFAULT_MINUTES);
        value.set(minutes);
        if let Some(on_change) = on_change {
            on_change.run(minutes);
        }
    };
    view! {
        <label for="lock-minutes">{text::LOCK_MINUTES_LABEL}</label>
        <select id="lock-minutes" on:change=changed>
            {MINUTES.iter().map(|&m| view! {
                <option value=m.to_string() selected=move || value.get() == m>{text::lock_minutes(m)}</option>
            }).collect_view()}
        </select>
    }
}

#[component]
fn TurnOn() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    // Drawn where "Set a passcode" (or "Turn the lock off") was: the reader is taken to what
    // they must know first.
    request_animation_frame(|| show_and_focus("lock-warning"));
    let new = NewPasscode::new();
    let minutes = RwSignal::new(DEFAULT_MINUTES);
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let turn_on = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(passcode) = new.checked() else {
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let done = store.turn_lock_on(passcode, minutes.get_untracked()).await;
            busy.set(false);
            failed.set(done.is_err());
            if done.is_ok() {
                new.clear();
                announcer.say(text::LOCK_ON_DONE);
            }
        });
    };
    view! {
        <div class="callout callout--urgent" id="lock-warning" tabindex="-1">
            <p>{text::LOCK_WARNING}</p>
            <button type="button" class="button button--secondary" on:click=move |_| announcer.say(text::export_said(store.workspace.with_untracked(files::download_backup)))>
                {text::EXPORT_BUTTON}
            </button>
        </div>
        <form class="stack" on:submit=turn_on novalidate>
            <NewPasscodeFields id="lock-new" label=text::LOCK_NEW_LABEL new />
            <MinutesSelect value=minutes />
            <FieldError id="lock-on-failed" show=failed message=text::LOCK_FAILED />
            <div class="button-row">
                <button type="submit" class="button" disabled=move || busy.get()>{text::LOCK_TURN_ON}</button>
            </div>
        </form>
    }
}

/// Once unlocked: how long before it locks again, a new passcode, or no lock.
#[component]
fn LockSettings() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let minutes = RwSignal::new(
        store
            .lock_info
            .with_untracked(|i| i.as_ref().map_or(DEFAULT_MINUTES, |i| i.minutes)),
    );
    let save_minutes = Callback::new(move |m: u32| {
        store.change_lock(|info| info.minutes = m);
        announcer.say(text::LOCK_MINUTES_SAVED);
    });

    let current = RwSignal::new(String::new());
    let new = NewPasscode::new();
    let changed = RwSignal::new(None::<Tried>);
    let busy = RwSignal::new(false);
    let change = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(passcode) = new.checked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let typed = current.get_untracked();
        leptos::task::spawn_local(async move {
            let tried = store.change_passcode(typed, passcode).await;
            busy.set(false);
            current.set(String::new());
            changed.set(Some(tried));
            if tried == Tried::Right {
                new.clear();
                announcer.say(text::LOCK_CHANGED);
            }
        });
    };
    let change_message = move || tried_message(changed.get());

    let off_passcode = RwSignal::new(String::new());
    let off_tried = RwSignal::new(None::<Tried>);
    let turn_off = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let typed = off_passcode.get_untracked();
        leptos::task::spawn_local(async move {
            let tried = store.turn_lock_off(typed).await;
            busy.set(false);
            off_passcode.set(String::new());
            off_tried.set(Some(tried));
            if tried == Tried::Right {
                announcer.say(text::LOCK_OFF_DONE);
            }
        });
    };
    let off_message = move || tried_message(off_tried.get());
    view! {
        <p>{text::LOCK_IS_ON}</p>
        <div class="stack">
            <MinutesSelect value=minutes on_change=save_minutes />
        </div>
        <DeviceSetting />
        <h3>{text::LOCK_CHANGE_HEADING}</h3>
        <form class="stack" on:submit=change novalidate>
            <label for="lock-current">{text::LOCK_CURRENT_LABEL}</label>
            {move || change_message().map(|m| view! { <p class="field-error" id="lock-current-error" role="alert">{m}</p> })}
            <input id="lock-current" type="password" autocomplete="current-password" bind:value=current
                aria-describedby=move || change_message().is_some().then_some("lock-current-error")
                aria-invalid=move || change_message().is_some().to_string() />
            <NewPasscodeFields id="lock-change" label=text::LOCK_CHANGE_NEW_LABEL new />
            <div class="button-row">
                <button type="submit" class="button button--secondary" disabled=move || busy.get()>{text::LOCK_CHANGE_BUTTON}</button>
            </div>
        </form>
        <h3>{text::LOCK_OFF_HEADING}</h3>
        <form class="stack" on:submit=turn_off novalidate>
            <p>{text::LOCK_OFF_LEAD}</p>
            <label for="lock-off">{text::LOCK_OFF_LABEL}</label>
            {move || off_message().map(|m| view! { <p class="field-error" id="lock-off-error" role="alert">{m}</p> })}
            <input id="lock-off" type="password" autocomplete="current-password" bind:value=off_passcode
                aria-describedby=move || off_message().is_some().then_some("lock-off-error")
                aria-invalid=move || off_message().is_some().to_string() />
            <div class="button-row">
                <button type="submit" class="button button--secondary" disabled=move || busy.get()>{text::LOCK_OFF_BUTTON}</button>
            </div>
        </form>
    }
}

/// The device's own lock as a way to unlock, offered only where the browser can do it.
#[component]
fn DeviceSetting() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let available = use_device_available();
    let chosen = move || {
        store
            .lock_info
            .with(|info| info.as_ref().is_some_and(|i| i.device.is_some()))
    };
    let problem = RwSignal::new(None::<DeviceProblem>);
    let busy = RwSignal::new(false);
    let add = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let added = store.add_device().await;
            busy.set(false);
            problem.set(added.err());
            if added.is_ok() {
                announcer.say(text::DEVICE_ADDED);
            }
        });
    };
    let remove = move |_| {
        store.remove_device();
        announcer.say(text::DEVICE_REMOVED);
    };
    view! {
        <Show when=move || available.get()>
            <h3>{text::DEVICE_HEADING}</h3>
            <Show
                when=chosen
                fallback=move || view! {
                    <p>{text::DEVICE_LEAD}</p>
                    {move || problem.get().map(|p| view! {
                        <p class="field-error" role="alert">
                            {if p == DeviceProblem::NoPrf { text::DEVICE_NO_PRF } else { text::DEVICE_NOT_DONE }}
                        </p>
                    })}
                    <div class="button-row">
                        <button type="button" class="button button--secondary" on:click=add disabled=move || busy.get()>
                            {text::DEVICE_ADD}
                        </button>
                    </div>
                }
            >
                <p>{text::DEVICE_IS_ON}</p>
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=remove>{text::DEVICE_REMOVE}</button>
                </div>
            </Show>
        </Show>
    }
}
