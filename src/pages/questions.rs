use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{
    use_announcer, FieldError, HandoffCode, Hidden, Later, LockGate, Row, Rows, SavingNotice,
    StepFooter, Title, UndoBar, WhenLoaded,
};
use crate::content::QUESTION_LIBRARY;
use crate::store::model::{AskWho, Question};
use crate::store::{new_id, use_store};
use crate::{routes, text};

/// The last deleted question, kept so that "Undo" can put it back.
#[derive(Clone, Copy)]
struct LastDeleted(RwSignal<Option<Question>>);

#[component]
pub fn QuestionsPage() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = RwSignal::new(String::new());
    let ask = RwSignal::new(AskWho::Anyone);
    let error = RwSignal::new(false);
    let last_deleted = LastDeleted(RwSignal::new(None));
    provide_context(last_deleted);

    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let added = store.change(|ws, now| {
            ws.add_question(new_id(), &draft.get_untracked(), ask.get_untracked(), now)
        });
        error.set(added.is_err());
        if added.is_ok() {
            draft.set(String::new());
            announcer.say(text::QUESTION_ADDED);
        }
    };
    let rows = move || {
        store.workspace.with(|ws| {
            let last = ws.questions.len().saturating_sub(1);
            ws.questions
                .iter()
                .cloned()
                .enumerate()
                .map(|(index, question)| {
                    // A question's row shows its number and whether it can move down, so it is
                    // drawn again when it moves as well as when it changes; the rest are kept.
                    let last = index == last;
                    let draw =
                        move |question| view! { <QuestionItem question number=index + 1 last /> };
                    Row::new(question, draw).placed(index, last)
                })
                .collect()
        })
    };

    view! {
        <Title text=text::QUESTIONS_TITLE />
        <h1>{text::QUESTIONS_TITLE}</h1>
        <p class="lead">{text::QUESTIONS_LEAD}</p>
        <SavingNotice />
        <LockGate>
        <Later>
        <form class="stack" on:submit=add novalidate>
            <label for="new-question">{text::QUESTION_NEW_LABEL}</label>
            <FieldError id="new-question-error" show=error message=text::QUESTION_EMPTY_ERROR />
            <textarea
                id="new-question"
                rows="3"
                bind:value=draft
                aria-invalid=move || error.get().to_string()
                aria-describedby=move || error.get().then_some("new-question-error")
            ></textarea>
            <AskSelect id="new-question-ask" value=ask />
            <button type="submit" class="button">{text::QUESTION_ADD}</button>
        </form>
        </Later>
        <h2>{text::QUESTIONS_LIST_HEADING}</h2>
        <UndoBar
            last=last_deleted.0
            message=|_| text::QUESTION_DELETED
            restore=|ws, question, now| ws.restore_question(question, now)
            restored=text::QUESTION_RESTORED
        />
        <Later>
        <Show
            when=move || store.workspace.with(|ws| !ws.questions.is_empty())
            fallback=|| view! { <WhenLoaded><p>{text::QUESTIONS_NONE}</p></WhenLoaded> }
        >
            <ol class="question-list">
                <Rows rows />
            </ol>
            <p><a href=routes::APPOINTMENT>{text::QUESTIONS_TO_APPOINTMENT}</a></p>
        </Show>
        </Later>
        <Later><HandoffCode /></Later>
        <Library />
        <StepFooter path=routes::QUESTIONS />
        </LockGate>
    }
}

/// A choice of whom to ask, bound to `value`.
#[component]
fn AskSelect(#[prop(into)] id: String, value: RwSignal<AskWho>) -> impl IntoView {
    view! {
        <label for=id.clone()>{text::QUESTION_ASK_LABEL}</label>
        <select
            id=id
            on:change:target=move |ev| {
                if let Some(who) = AskWho::from_key(&ev.target().value()) {
                    value.set(who);
                }
            }
        >
            {AskWho::ALL
                .into_iter()
                .map(|who| {
                    view! {
                        <option value=who.key() selected=move || value.get() == who>
                            {text::ask_label(who)}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// What a question row is doing: just showing, being edited, or having its answer written.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Show,
    Edit,
    Answer,
}

/// One question, shown as text (never as HTML), with its actions.
#[component]
fn QuestionItem(question: Question, number: usize, last: bool) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let last_deleted = expect_context::<LastDeleted>();
    let mode = RwSignal::new(Mode::Show);
    let id = StoredValue::new(question.id.clone());
    // Screen reader users hear which question a button belongs to; sighted users see it beside it.
    let which = format!(" question {number}");

    let move_by = move |step: isize| {
        if let Ok(true) =
            store.change(|ws, now| id.with_value(|id| ws.move_question(id, step, now)))
        {
            announcer.say(text::QUESTION_MOVED);
        }
    };
    let delete = move |_| {
        if let Ok(removed) = store.change(|ws, now| id.with_value(|id| ws.remove_question(id, now)))
        {
            last_deleted.0.set(Some(removed));
            announcer.say(text::QUESTION_DELETED);
        }
    };
    let unanswer = move |_| {
        let _ = store.change(|ws, now| id.with_value(|id| ws.answer_question(id, false, "", now)));
    };

    let shown = {
        let question = question.clone();
        let which = which.clone();
        move || {
            let which = which.clone();
            view! {
                <p class="question__text">{question.text.clone()}</p>
                <p class="question__ask">{text::QUESTION_ASK_PREFIX} " " {text::ask_label(question.ask)}</p>
                {question.answered.then(|| view! {
                    <p class="question__answer">
                        <strong>{text::QUESTION_ANSWERED}</strong> " " {question.answer.clone()}
                    </p>
                })}
                <div class="button-row">
                    {if question.answered {
                        view! {
                            <button type="button" class="button button--secondary" on:click=unanswer>
                                {text::QUESTION_UNANSWER}<Hidden text=which.clone() />
                            </button>
                        }.into_any()
                    } else {
                        view! {
                            <button type="button" class="button" on:click=move |_| mode.set(Mode::Answer)>
                                {text::QUESTION_ANSWER}<Hidden text=which.clone() />
                            </button>
                        }.into_any()
                    }}
                    <button type="button" class="button button--secondary" on:click=move |_| mode.set(Mode::Edit)>
                        {text::QUESTION_EDIT}<Hidden text=which.clone() />
                    </button>
                    <button type="button" class="button button--secondary" disabled=number == 1 on:click=move |_| move_by(-1)>
                        {text::QUESTION_MOVE_UP}<Hidden text=which.clone() />
                    </button>
                    <button type="button" class="button button--secondary" disabled=last on:click=move |_| move_by(1)>
                        {text::QUESTION_MOVE_DOWN}<Hidden text=which.clone() />
                    </button>
                    <button type="button" class="button button--warning" on:click=delete>
                        {text::DELETE}<Hidden text=which />
                    </button>
                </div>
            }
        }
    };

    let answered = question.answered;
    view! {
        <li class="question" class:question--answered=answered>
            {move || match mode.get() {
                Mode::Show => shown.clone()().into_any(),
                Mode::Edit => view! { <EditForm question=question.clone() number mode /> }.into_any(),
                Mode::Answer => view! { <AnswerForm question=question.clone() number mode /> }.into_any(),
            }}
        </li>
    }
}

#[component]
fn EditForm(question: Question, number: usize, mode: RwSignal<Mode>) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = RwSignal::new(question.text);
    let ask = RwSignal::new(question.ask);
    let error = RwSignal::new(false);
    let id = question.id;
    let field = format!("edit-question-{number}");
    let error_id = format!("{field}-error");

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let saved = store.change(|ws, now| {
            ws.edit_question(&id, &draft.get_untracked(), ask.get_untracked(), now)
        });
        error.set(saved.is_err());
        if saved.is_ok() {
            mode.set(Mode::Show);
            announcer.say(text::QUESTION_SAVED);
        }
    };
    view! {
        <form class="stack" on:submit=save novalidate>
            <label for=field.clone()>{text::QUESTION_EDIT_LABEL}</label>
            <FieldError id=error_id show=error message=text::QUESTION_EMPTY_ERROR />
            <textarea id=field.clone() rows="3" bind:value=draft></textarea>
            <AskSelect id=format!("{field}-ask") value=ask />
            <SaveOrCancel save=text::QUESTION_SAVE mode />
        </form>
    }
}

#[component]
fn AnswerForm(question: Question, number: usize, mode: RwSignal<Mode>) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = RwSignal::new(question.answer);
    let id = question.id;
    let field = format!("answer-question-{number}");

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        if store
            .change(|ws, now| ws.answer_question(&id, true, &draft.get_untracked(), now))
            .is_ok()
        {
            mode.set(Mode::Show);
            announcer.say(text::QUESTION_ANSWER_SAVED);
        }
    };
    view! {
        <p class="question__text">{question.text}</p>
        <form class="stack" on:submit=save novalidate>
            <label for=field.clone()>{text::QUESTION_ANSWER_LABEL}</label>
            <textarea id=field rows="3" bind:value=draft></textarea>
            <SaveOrCancel save=text::QUESTION_ANSWER_SAVE mode />
        </form>
    }
}

/// The buttons under a question's edit or answer form; Cancel goes back to showing the question.
#[component]
fn SaveOrCancel(save: &'static str, mode: RwSignal<Mode>) -> impl IntoView {
    view! {
        <div class="button-row">
            <button type="submit" class="button">{save}</button>
            <button type="button" class="button button--secondary" on:click=move |_| mode.set(Mode::Show)>
                {text::QUESTION_CANCEL}
            </button>
        </div>
    }
}

/// Suggested questions from the content, grouped by topic, each added with one tap.
#[component]
fn Library() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    view! {
        <section aria-labelledby="library-heading" class="library">
            <h2 id="library-heading">{text::LIBRARY_HEADING}</h2>
            <p>{text::LIBRARY_LEAD}</p>
            {QUESTION_LIBRARY
                .items
                .iter()
                .map(|topic| {
                    let ask = AskWho::from_key(topic.ask).unwrap_or_default();
                    view! {
                        <details class="library__topic">
                            <summary>{topic.title}</summary>
                            <ul class="library__list">
                                {topic
                                    .questions
                                    .iter()
                                    .map(|&question| {
                                        let added = move || store.workspace.with(|ws| ws.has_question(question));
                                        let add = move |_| {
                                            if store.change(|ws, now| ws.add_question(new_id(), question, ask, now)).is_ok() {
                                                announcer.say(text::QUESTION_ADDED);
                                            }
                                        };
                                        view! {
                                            <li class="library__item">
                                                <span>{question}</span>
                                                <Show
                                                    when=added
                                                    fallback=move || view! {
                                                        <button type="button" class="button button--secondary" on:click=add>
                                                            {text::LIBRARY_ADD}<Hidden text=format!(" {question}") />
                                                        </button>
                                                    }
                                                >
                                                    <span class="library__added">{text::LIBRARY_ADDED}</span>
                                                </Show>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </details>
                    }
                })
                .collect_view()}
        </section>
    }
}
