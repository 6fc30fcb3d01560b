use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::store::model::Question;
use crate::store::{use_store, Saving};
use crate::text;

#[component]
pub fn QuestionsPage() -> impl IntoView {
    let store = use_store();
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(false);

    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let added = store.add_question(&draft.get_untracked()).is_ok();
        error.set(!added);
        if added {
            draft.set(String::new());
        }
    };
    let numbered = move || store.workspace.with(|ws| ws.questions.iter().cloned().enumerate().collect::<Vec<_>>());

    view! {
        <Title text=text::QUESTIONS_TITLE />
        <h1>{text::QUESTIONS_TITLE}</h1>
        <p class="lead">{text::QUESTIONS_LEAD}</p>
        <SavingNotice saving=store.saving />
        <form class="stack" on:submit=add novalidate>
            <label for="new-question">{text::QUESTION_NEW_LABEL}</label>
            <FieldError id="new-question-error" show=error />
            <textarea
                id="new-question"
                rows="3"
                bind:value=draft
                aria-invalid=move || error.get().to_string()
                aria-describedby=move || error.get().then_some("new-question-error")
            ></textarea>
            <button type="submit" class="button">{text::QUESTION_ADD}</button>
        </form>
        <h2>{text::QUESTIONS_LIST_HEADING}</h2>
        <Show
            when=move || store.workspace.with(|ws| !ws.questions.is_empty())
            fallback=|| view! { <p>{text::QUESTIONS_NONE}</p> }
        >
            <ol class="question-list">
                // Keyed by position and text as well as id, so an edited or moved question is redrawn.
                <For
                    each=numbered
                    key=|(index, q)| (*index, q.id.clone(), q.text.clone())
                    children=|(index, question)| view! { <QuestionItem question number=index + 1 /> }
                />
            </ol>
        </Show>
    }
}

/// One question, shown as text (never as HTML), with edit and delete.
#[component]
fn QuestionItem(question: Question, number: usize) -> impl IntoView {
    let store = use_store();
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(question.text.clone());
    let error = RwSignal::new(false);
    let id = StoredValue::new(question.id);
    let edit_id = format!("edit-question-{number}");
    let error_id = format!("edit-question-{number}-error");

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let saved = id.with_value(|id| store.edit_question(id, &draft.get_untracked())).is_ok();
        error.set(!saved);
        editing.set(!saved);
    };
    let delete = move |_| {
        let _ = id.with_value(|id| store.remove_question(id));
    };
    // Screen reader users hear which question a button belongs to; sighted users see it beside it.
    let which = format!(" question {number}");

    view! {
        <li class="question">
            <Show
                when=move || editing.get()
                fallback={
                    let text = question.text.clone();
                    let which = which.clone();
                    move || {
                        view! {
                            <p class="question__text">{text.clone()}</p>
                            <div class="button-row">
                                <button type="button" class="button button--secondary" on:click=move |_| editing.set(true)>
                                    {text::QUESTION_EDIT}
                                    <span class="visually-hidden">{which.clone()}</span>
                                </button>
                                <button type="button" class="button button--warning" on:click=delete>
                                    {text::QUESTION_DELETE}
                                    <span class="visually-hidden">{which.clone()}</span>
                                </button>
                            </div>
                        }
                    }
                }
            >
                <form class="stack" on:submit=save novalidate>
                    <label for=edit_id.clone()>{text::QUESTION_EDIT_LABEL}</label>
                    <FieldError id=error_id.clone() show=error />
                    <textarea id=edit_id.clone() rows="3" bind:value=draft></textarea>
                    <div class="button-row">
                        <button type="submit" class="button">{text::QUESTION_SAVE}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| editing.set(false)>
                            {text::QUESTION_CANCEL}
                        </button>
                    </div>
                </form>
            </Show>
        </li>
    }
}

#[component]
fn FieldError(#[prop(into)] id: String, show: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || show.get()>
            <p class="field-error" id=id.clone() role="alert">{text::QUESTION_EMPTY_ERROR}</p>
        </Show>
    }
}

/// Tells the family, in plain words, when their questions are not being saved.
#[component]
fn SavingNotice(saving: RwSignal<Saving>) -> impl IntoView {
    let message = move || match saving.get() {
        Saving::Starting | Saving::Saved => None,
        Saving::RecoveredUnreadable => Some(text::SAVING_RECOVERED),
        Saving::BlockedUnreadable => Some(text::SAVING_BLOCKED_UNREADABLE),
        Saving::BlockedNewer => Some(text::SAVING_BLOCKED_NEWER),
        Saving::Unavailable => Some(text::SAVING_UNAVAILABLE),
        Saving::Refused => Some(text::SAVING_REFUSED),
    };
    view! {
        <div role="status" class="notice-region">
            {move || message().map(|m| view! { <p class="notice">{m}</p> })}
        </div>
    }
}
