//! "How am I doing?": the carer's own check-in, the help that fits what they said, and the
//! carer's assessment they have a right to, with a note to print and bring to it. Kept apart from
//! the symptom diary, which is about the person who is ill.

use std::collections::BTreeMap;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{
    show_and_focus, use_announcer, use_today, HandoffCode, HelpNow, Hidden, Later, LockGate,
    PrintButton, Row, Rows, SavingNotice, TeamNumbers, Title, UndoBar, WhenLoaded,
};
use crate::content::{carer_area_keys, CarerArea, CARER};
use crate::store::carer::{CarerCheckIn, CarerCheckInError, CarerForm, Need};
use crate::store::model::EditError;
use crate::store::{files, new_id, use_store, Store};
use crate::text;

/// Where the guide explains the carer's assessment.
const ASSESSMENT: &str = "/guide/support-for-carers#a-carer-s-assessment";

/// The check-in being written or changed, shared by the form and the list's "Change" buttons.
#[derive(Clone, Copy)]
struct Draft {
    /// The id of the check-in being changed; `None` for a new one.
    editing: RwSignal<Option<String>>,
    date: RwSignal<String>,
    answers: RwSignal<BTreeMap<String, Need>>,
    note: RwSignal<String>,
}

impl Draft {
    fn clear(&self) {
        self.editing.set(None);
        self.date.set(files::today());
        self.answers.set(BTreeMap::new());
        self.note.set(String::new());
    }

    fn load(&self, entry: &CarerCheckIn) {
        let form = entry.to_form();
        self.editing.set(Some(entry.id.clone()));
        self.date.set(form.date);
        self.answers.set(form.answers);
        self.note.set(form.note);
    }
}

/// The last deleted check-in, kept so that "Undo" can put it back.
#[derive(Clone, Copy)]
struct LastDeleted(RwSignal<Option<CarerCheckIn>>);

/// The most recent check-in, if any.
fn latest(store: Store) -> Option<CarerCheckIn> {
    store
        .workspace
        .with(|ws| ws.carer_check_ins.first().cloned())
}

#[component]
pub fn CarerPage() -> impl IntoView {
    let draft = Draft {
        editing: RwSignal::new(None),
        date: RwSignal::new(String::new()),
        answers: RwSignal::new(BTreeMap::new()),
        note: RwSignal::new(String::new()),
    };
    provide_context(draft);
    provide_context(LastDeleted(RwSignal::new(None)));
    // Today comes from the browser's clock, so it is filled in after rendering.
    Effect::new(move |_| draft.date.set(files::today()));
    view! {
        <Title text=text::CARER_TITLE />
        <div class="no-print stack">
            <h1>{text::CARER_TITLE}</h1>
            <p class="lead">{text::CARER_LEAD}</p>
            <SavingNotice />
        </div>
        <LockGate>
        <Later><CheckInSection /></Later>
        <Later><HelpSection /></Later>
        <Later><Entries /></Later>
        <Later><Assessment /></Later>
        <Later><HandoffCode /></Later>
        <p class="source no-print">{text::CARER_BASED_ON} " "
            {CARER.sources.iter().map(|s| view! { <a href=s.url rel="noreferrer">{s.title}</a> " " }).collect_view()}
        </p>
        </LockGate>
    }
}

#[component]
fn CheckInSection() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<Draft>();
    let error = RwSignal::new(None::<CarerCheckInError>);
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = CarerForm {
            date: draft.date.get_untracked(),
            answers: draft.answers.get_untracked(),
            note: draft.note.get_untracked(),
        };
        let id = draft.editing.get_untracked().unwrap_or_else(new_id);
        let mut outcome = Ok(());
        let _ = store.change(|ws, now| match form.check(id, &carer_area_keys(), now) {
            Ok(entry) => {
                ws.put_carer_check_in(entry);
                Ok(())
            }
            Err(problem) => {
                outcome = Err(problem);
                Err(EditError::Empty)
            }
        });
        error.set(outcome.err());
        if outcome.is_ok() {
            let changed = draft.editing.get_untracked().is_some();
            draft.clear();
            announcer.say(if changed {
                text::CHECK_IN_CHANGED
            } else {
                text::CHECK_IN_SAVED
            });
            // What they said is answered at once by the help that fits it.
            show_and_focus("carer-help-heading");
        }
    };
    let cancel = move |_| {
        draft.clear();
        error.set(None);
    };
    view! {
        <section aria-labelledby="carer-heading" class="no-print">
            <h2 id="carer-heading" tabindex="-1">
                {move || if draft.editing.with(Option::is_some) { text::CHECK_IN_CHANGE_HEADING } else { text::CARER_HEADING }}
            </h2>
            <form class="stack" on:submit=save novalidate>
                <p class="hint">{text::CARER_HINT}</p>
                {CARER.items.iter().map(|area| view! { <AreaChoice area /> }).collect_view()}
                <label for="carer-date">{text::CARER_DATE_LABEL}</label>
                <input id="carer-date" type="date" bind:value=draft.date
                    aria-invalid=move || (error.get() == Some(CarerCheckInError::BadDate)).to_string() />
                <label for="carer-note">{text::CARER_NOTE_LABEL}</label>
                <textarea id="carer-note" rows="3" bind:value=draft.note></textarea>
                {move || error.get().map(|problem| view! {
                    <p class="field-error" role="alert">{text::carer_error(problem)}</p>
                })}
                <div class="button-row">
                    <button type="submit" class="button">{text::CHECK_IN_SAVE}</button>
                    <Show when=move || draft.editing.with(Option::is_some)>
                        <button type="button" class="button button--secondary" on:click=cancel>{text::DIARY_CANCEL}</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}

/// One area as three large choices. Not choosing is skipping it.
#[component]
fn AreaChoice(area: &'static CarerArea) -> impl IntoView {
    let draft = expect_context::<Draft>();
    let key = area.key;
    let group = format!("carer-{key}");
    let hint_id = format!("{group}-hint");
    let described_by = hint_id.clone();
    view! {
        <fieldset class="choices carer-area" aria-describedby=described_by>
            <legend>{area.name}</legend>
            <p class="hint" id=hint_id>{area.hint}</p>
            {Need::ALL
                .into_iter()
                .map(|need| view! {
                    <label class="check">
                        <input type="radio" name=group.clone() value=need.key()
                            prop:checked=move || draft.answers.with(|a| a.get(key) == Some(&need))
                            on:change=move |_| draft.answers.update(|a| {
                                a.insert(key.to_owned(), need);
                            }) />
                        {text::carer_need(need)}
                    </label>
                })
                .collect_view()}
        </fieldset>
    }
}

/// For each area of the last check-in where the carer asked for help, the places in the guide
/// that help with it; where they need more help, the people they can call.
#[component]
fn HelpSection() -> impl IntoView {
    let store = use_store();
    let needing = move || {
        latest(store).map(|entry| {
            entry
                .needing(&carer_area_keys(), Need::SomeHelp)
                .into_iter()
                .filter_map(|key| {
                    let area = CARER.items.iter().find(|area| area.key == key)?;
                    Some((area, *entry.answers.get(key)?))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section aria-labelledby="carer-help-heading" class="no-print">
            <h2 id="carer-help-heading" tabindex="-1">{text::CARER_HELP_HEADING}</h2>
            {move || match needing() {
                None => view! { <WhenLoaded><p>{text::CHECK_IN_NONE}</p></WhenLoaded> }.into_any(),
                Some(areas) if areas.is_empty() => view! { <p>{text::CARER_HELP_NONE}</p> }.into_any(),
                Some(areas) => {
                    let more = areas.iter().any(|(_, need)| *need == Need::MoreHelp);
                    view! {
                        <p>{text::CARER_HELP_LEAD}</p>
                        <ul class="entry-list">
                            {areas
                                .into_iter()
                                .map(|(area, need)| view! {
                                    <li class="entry">
                                        <h3 class="entry__title">{area.name}</h3>
                                        <p class="hint">{text::carer_need(need)}</p>
                                        <ul>
                                            {area.help.iter().map(|link| view! { <li><a href=link.href>{link.title}</a></li> }).collect_view()}
                                        </ul>
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                        {more.then(|| view! {
                            <h3>{text::CARER_PEOPLE}</h3>
                            <TeamNumbers />
                            <HelpNow full=true />
                        })}
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn Entries() -> impl IntoView {
    let store = use_store();
    let last_deleted = expect_context::<LastDeleted>();
    view! {
        <section aria-labelledby="carer-entries-heading" class="no-print">
            <h2 id="carer-entries-heading">{text::CARER_ENTRIES}</h2>
            <UndoBar
                last=last_deleted.0
                message=|_| text::CHECK_IN_DELETED
                restore=|ws, entry, now| ws.restore_carer_check_in(entry, now)
                restored=text::CHECK_IN_RESTORED
            />
            <Show
                when=move || store.workspace.with(|ws| !ws.carer_check_ins.is_empty())
                fallback=|| view! { <WhenLoaded><p>{text::CHECK_IN_NONE}</p></WhenLoaded> }
            >
                <ul class="entry-list">
                    <Rows rows=move || store.workspace.with(|ws| Row::all(&ws.carer_check_ins, |entry| view! { <EntryItem entry /> })) />
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn EntryItem(entry: CarerCheckIn) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<Draft>();
    let last_deleted = expect_context::<LastDeleted>();
    let when = text::long_date(&entry.date);
    let id = entry.id.clone();
    let delete = move |_| {
        if let Ok(removed) = store.change(|ws, now| ws.remove_carer_check_in(&id, now)) {
            last_deleted.0.set(Some(removed));
            announcer.say(text::CHECK_IN_DELETED);
        }
    };
    let to_change = entry.clone();
    let change = move |_| {
        draft.load(&to_change);
        show_and_focus("carer-heading");
    };
    view! {
        <li class="entry">
            <p class="entry__title">{when.clone()}</p>
            {text::carer_answers(&entry).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            {(!entry.note.is_empty()).then(|| view! { <p class="entry__text">{entry.note.clone()}</p> })}
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=change>
                    {text::DIARY_CHANGE}<Hidden text=format!(" {}: {when}", text::CHECK_IN_ENTRY) />
                </button>
                <button type="button" class="button button--warning" on:click=delete>
                    {text::DELETE}<Hidden text=format!(" {}: {when}", text::CHECK_IN_ENTRY) />
                </button>
            </div>
        </li>
    }
}

/// What a carer's assessment is, and a note to print and fill in for it: what they said in
/// their last check-in only if they choose, and space to write the rest by hand.
#[component]
fn Assessment() -> impl IntoView {
    let store = use_store();
    let include = RwSignal::new(false);
    let today = use_today();
    let chosen = move || include.get().then(|| latest(store)).flatten();
    view! {
        <section aria-labelledby="carer-assessment-heading" class="no-print">
            <h2 id="carer-assessment-heading">{text::CARER_ASSESSMENT_HEADING}</h2>
            <p>{text::CARER_ASSESSMENT_LEAD}</p>
            <p><a href=ASSESSMENT>{text::CARER_ASSESSMENT_MORE}</a></p>
        </section>
        <section aria-labelledby="carer-note-heading" class="carer-note">
            <h2 id="carer-note-heading">{text::CARER_NOTE_HEADING}</h2>
            <div class="no-print stack">
                <p>{text::CARER_NOTE_LEAD}</p>
                <label class="check">
                    <input type="checkbox" bind:checked=include />
                    {text::CARER_NOTE_INCLUDE}
                </label>
                <PrintButton label=text::CARER_NOTE_PRINT />
            </div>
            <p><strong>{text::CARER_NOTE_DATE}</strong> " " {move || text::long_date(&today.get())}</p>
            <p class="sheet-answer"><strong>{text::CARER_NOTE_NAME}</strong></p>
            <p class="sheet-answer"><strong>{text::CARER_NOTE_CARE_FOR}</strong></p>
            <p class="sheet-answer"><strong>{text::CARER_NOTE_WHAT_I_DO}</strong></p>
            <h3>{text::CARER_NOTE_NEEDS}</h3>
            {move || match chosen() {
                Some(entry) if !entry.answers.is_empty() || !entry.note.is_empty() => view! {
                    <ul>
                        {text::carer_answers(&entry).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                    {(!entry.note.is_empty()).then(|| view! { <p class="entry__text">{entry.note.clone()}</p> })}
                    <p class="sheet-answer"><strong>{text::CARER_NOTE_MORE}</strong></p>
                }
                .into_any(),
                _ => view! { <p class="sheet-answer">{text::CARER_NOTE_BLANK}</p> }.into_any(),
            }}
            <p class="sheet-answer"><strong>{text::CARER_NOTE_ASK}</strong></p>
        </section>
    }
}
