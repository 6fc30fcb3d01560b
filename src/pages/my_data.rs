use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    tried_message, use_announcer, Announcer, FieldError, Later, LockGate, SavingNotice, Title,
};
use crate::store::backup::{self, Backup, BackupError};
use crate::store::lock::{self, Tried};
use crate::store::locked::{check_new_passcode, Locked, PasscodeError, DEFAULT_MINUTES, MINUTES};
use crate::store::model::Workspace;
use crate::store::{backend, files, use_store, Lock, Saving, Store};
use crate::text;

#[component]
pub fn MyDataPage() -> impl IntoView {
    let persistent = use_store().persistent;
    view! {
        <Title text=text::MY_DATA_TITLE />
        <h1>{text::MY_DATA_TITLE}</h1>
        <p class="lead">{text::MY_DATA_LEAD}</p>
        <SavingNotice />
        {move || persistent.get().map(|kept| view! { <p>{if kept { text::PERSIST_YES } else { text::PERSIST_NO }}</p> })}
        <Later><Export /></Later>
        <Later><LockSection /></Later>
        <Later><Import /></Later>
        <Later><Unreadable /></Later>
        <Later><Clear /></Later>
    }
}

/// Downloads a backup file of everything, and says whether it worked.
fn download_backup(store: Store, announcer: Announcer) {
    let stamp = files::now_iso();
    let file = store
        .workspace
        .with_untracked(|ws| backup::to_file(ws, &stamp));
    let name = format!("palliative-care-guide-backup-{}.json", &stamp[..10]);
    let said = if files::download(&name, "application/json", &file).is_ok() {
        text::EXPORT_DONE
    } else {
        text::EXPORT_FAILED
    };
    announcer.say(said);
}

#[component]
fn Export() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let lock = store.lock;
    let confirming = RwSignal::new(false);
    // With the lock on, the backup is locked too: sealed as it is stored, with the same passcode.
    let export = move |_| {
        if lock.get_untracked() == Lock::Off {
            return download_backup(store, announcer);
        }
        leptos::task::spawn_local(async move {
            let stamp = files::now_iso();
            let name = format!("palliative-care-guide-locked-backup-{}.json", &stamp[..10]);
            let downloaded = store.sealed_backup().await.is_some_and(|locked| {
                let file = backup::to_locked_file(&locked, &stamp);
                files::download(&name, "application/json", &file).is_ok()
            });
            announcer.say(if downloaded {
                text::EXPORT_DONE
            } else {
                text::EXPORT_FAILED
            });
        });
    };
    let plain = move |_| {
        confirming.set(false);
        download_backup(store, announcer);
    };
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">{text::EXPORT_HEADING}</h2>
            <p>{move || if lock.get() == Lock::Off { text::EXPORT_LEAD } else { text::EXPORT_LOCKED_LEAD }}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=export>{text::EXPORT_BUTTON}</button>
            </div>
            <Show when=move || lock.get() == Lock::Open>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <div class="button-row">
                            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(true)>
                                {text::EXPORT_PLAIN_BUTTON}
                            </button>
                        </div>
                    }
                >
                    <div class="callout callout--urgent">
                        <p>{text::EXPORT_PLAIN_CONFIRM}</p>
                        <div class="button-row">
                            <button type="button" class="button" on:click=plain>{text::EXPORT_PLAIN_YES}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>
                                {text::EXPORT_PLAIN_NO}
                            </button>
                        </div>
                    </div>
                </Show>
            </Show>
        </section>
    }
}

/// Loading a backup: the file is read and checked first, then shown as a summary; nothing
/// changes until the family chooses to merge or replace.
#[component]
fn Import() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let pending = RwSignal::new(None::<Workspace>);
    let problem = RwSignal::new(None::<&'static str>);
    // A locked backup waits here for the passcode it was locked with.
    let locked_file = RwSignal::new(None::<Locked>);
    let passcode = RwSignal::new(String::new());
    let wrong = RwSignal::new(None::<Tried>);
    let busy = RwSignal::new(false);

    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev
            .target()
            .expect("change comes from the input")
            .unchecked_into();
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        input.set_value("");
        pending.set(None);
        problem.set(None);
        locked_file.set(None);
        wrong.set(None);
        leptos::task::spawn_local(async move {
            match files::read_text(file)
                .await
                .map(|text| backup::read_file(&text))
            {
                Ok(Ok(Backup::Plain(workspace))) => pending.set(Some(workspace)),
                Ok(Ok(Backup::Locked(locked))) => locked_file.set(Some(locked)),
                Ok(Err(error)) => problem.set(Some(match error {
                    BackupError::NotJson | BackupError::Foreign => text::IMPORT_NOT_OURS,
                    BackupError::Newer => text::IMPORT_NEWER,
                    BackupError::Corrupt => text::IMPORT_CORRUPT,
                })),
                Err(_) => problem.set(Some(text::IMPORT_UNREADABLE)),
            }
        });
    };
    let apply = move |replace: bool| {
        let Some(incoming) = pending.get_untracked() else {
            return;
        };
        let now = backend::now();
        let result = store.workspace.with_untracked(|mine| {
            if replace {
                mine.replace_with(&incoming, now)
            } else {
                mine.merge(&incoming)
            }
        });
        store.replace(result);
        pending.set(None);
        announcer.say(text::IMPORT_DONE);
    };
    let cancel = move |_| {
        pending.set(None);
        locked_file.set(None);
        announcer.say(text::IMPORT_CANCELLED);
    };
    let open = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(locked) = locked_file.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let typed = passcode.get_untracked();
        leptos::task::spawn_local(async move {
            let opened = lock::open_backup(&locked, &typed).await;
            busy.set(false);
            passcode.set(String::new());
            wrong.set(opened.as_ref().err().copied());
            if let Ok(workspace) = opened {
                locked_file.set(None);
                pending.set(Some(workspace));
            }
        });
    };
    let wrong_message = move || {
        wrong.get().map(|tried| match tried {
            Tried::Wrong(_) => text::IMPORT_LOCKED_WRONG,
            _ => text::IMPORT_LOCKED_FAILED,
        })
    };

    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{text::IMPORT_HEADING}</h2>
            <Show when=move || store.lock.get() != Lock::Locked fallback=|| view! { <p>{text::IMPORT_UNLOCK_FIRST}</p> }>
            <div class="stack">
                <label for="import-file">{text::IMPORT_LABEL}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=chosen />
            </div>
            <div role="alert">{move || problem.get().map(|p| view! { <p class="notice">{p}</p> })}</div>
            {move || pending.with(|p| p.as_ref().map(backup::summary)).map(|summary| view! {
                <div class="callout" id="import-preview">
                    <p>{text::backup_summary(&summary)}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| apply(false)>{text::IMPORT_MERGE}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| apply(true)>{text::IMPORT_REPLACE}</button>
                        <button type="button" class="button button--secondary" on:click=cancel>{text::IMPORT_CANCEL}</button>
                    </div>
                </div>
            })}
            <Show when=move || locked_file.with(Option::is_some)>
                <form class="stack callout" on:submit=open novalidate>
                    <p>{text::IMPORT_LOCKED_LEAD}</p>
                    <label for="import-passcode">{text::IMPORT_LOCKED_LABEL}</label>
                    {move || wrong_message().map(|m| view! { <p class="field-error" id="import-passcode-error" role="alert">{m}</p> })}
                    <input id="import-passcode" type="password" autocomplete="off" bind:value=passcode
                        aria-describedby=move || wrong_message().is_some().then_some("import-passcode-error")
                        aria-invalid=move || wrong_message().is_some().to_string() />
                    <div class="button-row">
                        <button type="submit" class="button" disabled=move || busy.get()>{text::IMPORT_LOCKED_OPEN}</button>
                        <button type="button" class="button button--secondary" on:click=cancel>{text::IMPORT_CANCEL}</button>
                    </div>
                </form>
            </Show>
            </Show>
        </section>
    }
}

/// The family's lock: turned on here, and changed or turned off once unlocked. A kiosk keeps
/// nothing, so it never offers one.
#[component]
fn LockSection() -> impl IntoView {
    let store = use_store();
    view! {
        <Show when=move || store.saving.get() != Saving::MemoryOnly>
            <section aria-labelledby="lock-heading">
                <h2 id="lock-heading">{text::LOCK_HEADING}</h2>
                <p>{text::LOCK_LEAD}</p>
                <LockGate>
                    <Show when=move || store.lock.get() == Lock::Off fallback=|| view! { <LockSettings /> }>
                        <TurnOn />
                    </Show>
                </LockGate>
            </section>
        </Show>
    }
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
        <div class="callout callout--urgent">
            <p>{text::LOCK_WARNING}</p>
            <button type="button" class="button button--secondary" on:click=move |_| download_backup(store, announcer)>
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

/// Data kept aside because it could not be read, offered for download so it is never lost.
#[component]
fn Unreadable() -> impl IntoView {
    let kept = RwSignal::new(Vec::<(String, String)>::new());
    let saving = use_store().saving;
    // Read after rendering, and again whenever the saving state changes (e.g. after a recovery).
    Effect::new(move |_| {
        saving.track();
        kept.set(backend::unreadable());
    });
    let download = move |_| {
        for (key, raw) in kept.get_untracked() {
            let _ = files::download(&format!("{key}.txt"), "text/plain", &raw);
        }
    };
    view! {
        <Show when=move || kept.with(|k| !k.is_empty())>
            <section aria-labelledby="unreadable-heading">
                <h2 id="unreadable-heading">{text::UNREADABLE_HEADING}</h2>
                <p>{text::UNREADABLE_LEAD}</p>
                <button type="button" class="button button--secondary" on:click=download>{text::UNREADABLE_DOWNLOAD}</button>
            </section>
        </Show>
    }
}

#[component]
fn Clear() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let confirming = RwSignal::new(false);
    let clear = move |_| {
        store.clear_all();
        confirming.set(false);
        announcer.say(text::CLEAR_DONE);
    };
    view! {
        <section aria-labelledby="clear-heading">
            <h2 id="clear-heading">{text::CLEAR_HEADING}</h2>
            <p>{text::CLEAR_LEAD}</p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>
                        {text::CLEAR_BUTTON}
                    </button>
                }
            >
                <div class="callout callout--urgent">
                    <p>{text::CLEAR_CONFIRM}</p>
                    <div class="button-row">
                        <button type="button" class="button button--warning" on:click=clear>{text::CLEAR_YES}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>
                            {text::CLEAR_NO}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
