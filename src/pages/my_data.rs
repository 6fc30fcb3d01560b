use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{use_announcer, Later, SavingNotice, Title};
use crate::store::backup::{self, BackupError};
use crate::store::model::Workspace;
use crate::store::{backend, files, use_store};
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
        <Later><Import /></Later>
        <Later><Unreadable /></Later>
        <Later><Clear /></Later>
    }
}

#[component]
fn Export() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let export = move |_| {
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
    };
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">{text::EXPORT_HEADING}</h2>
            <p>{text::EXPORT_LEAD}</p>
            <button type="button" class="button" on:click=export>{text::EXPORT_BUTTON}</button>
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
        leptos::task::spawn_local(async move {
            match files::read_text(file)
                .await
                .map(|text| backup::from_file(&text))
            {
                Ok(Ok(workspace)) => pending.set(Some(workspace)),
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
        announcer.say(text::IMPORT_CANCELLED);
    };

    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{text::IMPORT_HEADING}</h2>
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
        </section>
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
