use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    use_announcer, with_lock_code, Announcer, Later, LockGate, SavingNotice, Title,
};
use crate::store::backup::{self, Backup, BackupError};
use crate::store::locked::Locked;
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

/// Downloads a plain backup file of everything, and says whether it worked.
fn download_backup(store: Store, announcer: Announcer) {
    announcer.say(text::export_said(
        store.workspace.with_untracked(files::download_backup),
    ));
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
        store.with_lock(Box::new(move |code| (code.export_locked)(store, announcer)));
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
                {with_lock_code(move |code| (code.open_backup)(locked_file, pending))}
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
    let asked = RwSignal::new(false);
    view! {
        <Show when=move || store.saving.get() != Saving::MemoryOnly>
            <section aria-labelledby="lock-heading">
                <h2 id="lock-heading">{text::LOCK_HEADING}</h2>
                <p>{text::LOCK_LEAD}</p>
                // Its code is fetched when the family asks to set a passcode, or when the lock is on.
                <Show
                    when=move || store.lock.get() == Lock::Off && !asked.get()
                    fallback=|| view! { <LockGate>{with_lock_code(|code| (code.settings)())}</LockGate> }
                >
                    <div class="button-row">
                        <button type="button" class="button button--secondary" on:click=move |_| asked.set(true)>
                            {text::LOCK_SET_UP}
                        </button>
                    </div>
                </Show>
            </section>
        </Show>
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
