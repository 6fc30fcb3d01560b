//! "Planning ahead together": a workbook for the conversations that matter, one step at a time
//! (content/planning.toml), each skippable, with when each was last changed; and "My wishes",
//! the same words under plain headings, to print and bring to the care team.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::components::{
    show_and_focus, use_announcer, use_today, HandoffCode, Hidden, Later, LockGate, PrintButton,
    SavingNotice, StepFooter, Title,
};
use crate::content::{PlanStepText, PLANNING};
use crate::store::plan::{steps_written, PlanStep};
use crate::store::{use_store, Store};
use crate::{routes, text};

/// The step open in the workbook (its place in the list) and, once something is typed in it,
/// its answers as typed; until then it shows what was saved, as soon as that has been read.
#[derive(Clone, Copy)]
struct Workbook {
    open: RwSignal<usize>,
    typed: RwSignal<Option<BTreeMap<String, String>>>,
}

impl Workbook {
    fn open_step(&self, index: usize) {
        self.typed.set(None);
        self.open.set(index);
        show_and_focus("plan-step-heading");
    }

    /// The open step's answers: as typed, or else as saved.
    fn answers(&self, store: Store) -> BTreeMap<String, String> {
        self.typed.get().unwrap_or_else(|| {
            let key = PLANNING.items[self.open.get()].key;
            saved(store, key).map(|s| s.answers).unwrap_or_default()
        })
    }
}

/// The step as saved, if it was.
fn saved(store: Store, key: &str) -> Option<PlanStep> {
    store
        .workspace
        .with(|ws| ws.plan.iter().find(|step| step.id == key).cloned())
}

/// The day a step was last changed, in the family's own time zone.
fn changed_on(step: &PlanStep) -> String {
    text::long_date(&crate::store::files::date_of(step.updated))
}

#[component]
pub fn PlanningPage() -> impl IntoView {
    let workbook = Workbook {
        open: RwSignal::new(0),
        typed: RwSignal::new(None),
    };
    provide_context(workbook);
    view! {
        <Title text=text::PLAN_TITLE />
        <div class="no-print stack">
            <h1>{text::PLAN_TITLE}</h1>
            <p class="lead">{text::PLAN_LEAD}</p>
            <div class="callout">
                <p>{text::PLAN_HONEST}</p>
                <p><a href=routes::guide("planning-ahead")>{text::PLAN_HONEST_MORE}</a></p>
            </div>
            <SavingNotice />
        </div>
        <LockGate>
        <Later><Steps /></Later>
        <Later><OpenStep /></Later>
        <Later><Sheet /></Later>
        <Later><HandoffCode /></Later>
        <div class="no-print"><StepFooter path=routes::PLANNING /></div>
        <p class="source no-print">{text::PLAN_SOURCES} " "
            {PLANNING.sources.iter().map(|s| view! { <a href=s.url rel="noreferrer">{s.title}</a> " " }).collect_view()}
        </p>
        </LockGate>
    }
}

/// Every step, with whether it is written and when it last changed; each opens its step.
#[component]
fn Steps() -> impl IntoView {
    let store = use_store();
    let workbook = expect_context::<Workbook>();
    let keys: Vec<&str> = PLANNING.items.iter().map(|s| s.key).collect();
    // Until what was saved has been read, nothing is said about it: never a false "not written".
    let progress = move || {
        store.started().then(|| {
            store.workspace.with(|ws| {
                text::plan_progress(steps_written(&ws.plan, &keys), PLANNING.items.len())
            })
        })
    };
    view! {
        <section aria-labelledby="plan-steps-heading" class="no-print">
            <h2 id="plan-steps-heading">{text::PLAN_STEPS}</h2>
            <p class="plan-progress">{progress}</p>
            <p class="hint">{text::PLAN_REVISIT}</p>
            <ol class="plan-steps">
                {PLANNING
                    .items
                    .iter()
                    .enumerate()
                    .map(|(index, step)| {
                        let status = move || {
                            store.started().then(|| match saved(store, step.key).filter(PlanStep::is_written) {
                                Some(written) => format!("{} {}", text::PLAN_CHANGED, changed_on(&written)),
                                None => text::PLAN_NOT_WRITTEN.to_owned(),
                            })
                        };
                        let open = move |_| workbook.open_step(index);
                        view! {
                            <li>
                                <button type="button" class="plan-steps__step"
                                    aria-current=move || (workbook.open.get() == index).then_some("step")
                                    on:click=open>
                                    <span class="plan-steps__title">{step.title}</span>
                                    <span class="hint">{status}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// The open step: its questions, a way to start talking, what the sources say, and Back, Skip
/// and Save.
#[component]
fn OpenStep() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let workbook = expect_context::<Workbook>();
    let count = PLANNING.items.len();
    let go = move |index: usize| workbook.open_step(index.min(count - 1));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let index = workbook.open.get_untracked();
        let key = PLANNING.items[index].key;
        let answers = untrack(|| workbook.answers(store));
        let _ = store.change(|ws, now| {
            ws.put_plan_step(PlanStep::written(key, &answers, now));
            Ok(())
        });
        announcer.say(text::PLAN_SAVED);
        if index + 1 < count {
            go(index + 1);
        }
    };
    // The heading stays the same element from step to step, so focus can be put on it.
    let heading = move || {
        let index = workbook.open.get();
        let step = &PLANNING.items[index];
        format!(
            "{} {} {} {}: {}",
            text::PLAN_STEP,
            index + 1,
            text::PLAN_OF,
            count,
            step.title
        )
    };
    view! {
        <section aria-labelledby="plan-step-heading" class="no-print stack">
            <h2 id="plan-step-heading" tabindex="-1">{heading}</h2>
            {move || {
                let index = workbook.open.get();
                let step: &'static PlanStepText = &PLANNING.items[index];
                view! {
                    <p class="hint">{step.ask}</p>
                    {(!step.note.is_empty()).then(|| view! { <p class="notice">{step.note}</p> })}
                    <form class="stack" on:submit=save novalidate>
                        {step.questions.iter().map(|question| {
                            let id = format!("plan-{}-{}", step.key, question.key);
                            let key = question.key;
                            view! {
                                <label for=id.clone()>{question.label}</label>
                                <textarea id=id rows="4"
                                    prop:value=move || workbook.answers(store).get(key).cloned().unwrap_or_default()
                                    on:input=move |ev| {
                                        let mut answers = untrack(|| workbook.answers(store));
                                        answers.insert(key.to_owned(), event_target_value(&ev));
                                        workbook.typed.set(Some(answers));
                                    }></textarea>
                            }
                        }).collect_view()}
                        {(!step.links.is_empty()).then(|| view! {
                            <p>{text::PLAN_MORE} ": "
                                {step.links.iter().map(|link| view! { <a href=link.href>{link.title}</a> " " }).collect_view()}
                            </p>
                        })}
                        <div class="button-row">
                            <button type="submit" class="button">
                                {if index + 1 < count { text::PLAN_SAVE_NEXT } else { text::PLAN_SAVE_LAST }}
                            </button>
                            {(index + 1 < count).then(|| view! {
                                <button type="button" class="button button--secondary" on:click=move |_| go(index + 1)>{text::PLAN_SKIP}</button>
                            })}
                            {(index > 0).then(|| view! {
                                <button type="button" class="button button--secondary" on:click=move |_| go(index - 1)>{text::PLAN_BACK}</button>
                            })}
                        </div>
                    </form>
                }
            }}
        </section>
    }
}

/// "My wishes": every step's questions with the words written, or a blank line, the date and a
/// place to sign. What is printed from this page.
#[component]
fn Sheet() -> impl IntoView {
    let store = use_store();
    let today = use_today();
    view! {
        <section aria-labelledby="plan-sheet-heading" class="plan-sheet">
            <h2 id="plan-sheet-heading">{text::PLAN_SHEET}</h2>
            <div class="no-print stack">
                <p>{text::PLAN_SHEET_LEAD}</p>
                <PrintButton label=text::PLAN_PRINT />
            </div>
            <p><strong>{text::PLAN_SHEET_DATE}</strong> " " {move || text::long_date(&today.get())}</p>
            <p class="sheet-line"><strong>{text::PLAN_SHEET_NAME}</strong></p>
            {PLANNING
                .items
                .iter()
                .map(|step| view! {
                    <div class="sheet-item">
                        <h3>{step.title}</h3>
                        {step.questions.iter().map(|question| {
                            let answer = move || saved(store, step.key).map(|s| s.answer(question.key).to_owned()).unwrap_or_default();
                            view! {
                                <p class="plan-sheet__question">{question.label}</p>
                                {move || {
                                    let words = answer();
                                    if words.is_empty() {
                                        view! { <p class="sheet-blank">{store.started().then(|| view! { <Hidden text=text::PLAN_NOT_WRITTEN /> })}</p> }.into_any()
                                    } else {
                                        view! { <p class="entry__text">{words}</p> }.into_any()
                                    }
                                }}
                            }
                        }).collect_view()}
                    </div>
                })
                .collect_view()}
            <p>{text::PLAN_SHEET_STATUS}</p>
            <p class="sheet-line"><strong>{text::PLAN_SHEET_SIGNED}</strong></p>
        </section>
    }
}
