//! The symptom diary: a quick check-in ("How are things today?"), change over time as a chart,
//! a table and a plain sentence, and the list of check-ins with change, delete and undo.

use std::collections::BTreeMap;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{
    show_and_focus, use_announcer, Hidden, Later, LockGate, Row, Rows, SavingNotice, SymptomCharts,
    TeamNumbers, Title, UndoBar, WhenLoaded,
};
use crate::content::DIARY;
use crate::store::diary::{CheckIn, CheckInError, CheckInForm, FilledBy, OTHER, SEVERE};
use crate::store::model::EditError;
use crate::store::{files, new_id, use_store};
use crate::text;

/// The check-in being written or changed, shared by the form and the list's "Change" buttons.
#[derive(Clone, Copy)]
struct Draft {
    /// The id of the check-in being changed; `None` for a new one.
    editing: RwSignal<Option<String>>,
    at: RwSignal<String>,
    by: RwSignal<FilledBy>,
    ratings: RwSignal<BTreeMap<String, u8>>,
    other: RwSignal<String>,
    note: RwSignal<String>,
}

impl Draft {
    fn clear(&self) {
        self.editing.set(None);
        self.at.set(files::now_local());
        self.by.set(FilledBy::Person);
        self.ratings.set(BTreeMap::new());
        self.other.set(String::new());
        self.note.set(String::new());
    }

    fn load(&self, entry: &CheckIn) {
        self.editing.set(Some(entry.id.clone()));
        self.at.set(entry.at.clone());
        self.by.set(entry.by);
        self.ratings.set(entry.ratings.clone());
        self.other.set(entry.other.clone());
        self.note.set(entry.note.clone());
    }
}

/// The check-in just saved, while it holds a high score: who to call stays on screen with it
/// until the family starts another check-in, rather than going as the form is cleared.
#[derive(Clone, Copy)]
struct SavedHigh(RwSignal<Option<CheckIn>>);

/// The last deleted check-in, kept so that "Undo" can put it back.
#[derive(Clone, Copy)]
struct LastDeleted(RwSignal<Option<CheckIn>>);

#[component]
pub fn DiaryPage() -> impl IntoView {
    let draft = Draft {
        editing: RwSignal::new(None),
        at: RwSignal::new(String::new()),
        by: RwSignal::new(FilledBy::Person),
        ratings: RwSignal::new(BTreeMap::new()),
        other: RwSignal::new(String::new()),
        note: RwSignal::new(String::new()),
    };
    provide_context(draft);
    provide_context(LastDeleted(RwSignal::new(None)));
    provide_context(SavedHigh(RwSignal::new(None)));
    // The time now comes from the browser's clock, so it is filled in after rendering.
    Effect::new(move |_| draft.at.set(files::now_local()));
    view! {
        <Title text=text::DIARY_TITLE />
        <h1>{text::DIARY_TITLE}</h1>
        <p class="lead">{text::DIARY_LEAD}</p>
        <p class="hint">{text::DIARY_NO_ADVICE}</p>
        <SavingNotice />
        <LockGate>
        <Later><CheckInFormSection /></Later>
        <Later><Change /></Later>
        <Later><Entries /></Later>
        <p class="source">{text::DIARY_BASED_ON} " "
            {DIARY.sources.iter().map(|s| view! { <a href=s.url rel="noreferrer">{s.title}</a> }).collect_view()}
        </p>
        </LockGate>
    }
}

#[component]
fn CheckInFormSection() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<Draft>();
    let saved_high = expect_context::<SavedHigh>().0;
    let error = RwSignal::new(None::<CheckInError>);

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = CheckInForm {
            at: draft.at.get_untracked(),
            by: draft.by.get_untracked(),
            ratings: draft.ratings.get_untracked(),
            other: draft.other.get_untracked(),
            note: draft.note.get_untracked(),
        };
        let id = draft.editing.get_untracked().unwrap_or_else(new_id);
        let keys: Vec<&str> = DIARY.items.iter().map(|s| s.key).collect();
        let mut outcome = Ok(());
        let mut saved = None;
        let _ = store.change(|ws, now| match form.check(id, &keys, now) {
            Ok(entry) => {
                saved = entry.severe().then(|| entry.clone());
                // A changed check-in replaces the old one; the later change wins everywhere.
                ws.add_check_in(entry);
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
            saved_high.set(saved);
            draft.clear();
            announcer.say(if changed {
                text::CHECK_IN_CHANGED
            } else {
                text::CHECK_IN_SAVED
            });
        }
    };
    let cancel = move |_| {
        draft.clear();
        error.set(None);
    };
    let severe = move || draft.ratings.with(|r| r.values().any(|s| *s >= SEVERE));
    view! {
        <section aria-labelledby="check-in-heading">
            <h2 id="check-in-heading" tabindex="-1">
                {move || if draft.editing.with(Option::is_some) { text::CHECK_IN_CHANGE_HEADING } else { text::DIARY_HEADING }}
            </h2>
            <form class="stack check-in" on:submit=save novalidate>
                <p class="hint">{text::DIARY_SCALE_HINT}</p>
                {DIARY
                    .items
                    .iter()
                    .map(|s| view! { <Later><RatingScale key=s.key name=s.name.to_owned() hint=s.hint none=s.none worst=s.worst /></Later> })
                    .collect_view()}
                <label for="other-problem">{text::DIARY_OTHER_LABEL}</label>
                <p class="hint" id="other-problem-hint">{text::DIARY_OTHER_HINT}</p>
                <input id="other-problem" type="text" autocomplete="off" aria-describedby="other-problem-hint" bind:value=draft.other />
                <Later>
                <RatingScale
                    key=OTHER
                    name=move || {
                        let named = draft.other.get();
                        if named.trim().is_empty() { text::DIARY_OTHER_NAME.to_owned() } else { named.trim().to_owned() }
                    }
                    hint=""
                    none=text::DIARY_OTHER_NONE
                    worst=text::DIARY_OTHER_WORST
                />
                </Later>
                <div role="status" class="severe-slot">
                    <Show when=severe>
                        <SevereNotice />
                    </Show>
                </div>
                <fieldset class="choices">
                    <legend>{text::DIARY_BY_LEGEND}</legend>
                    {[(FilledBy::Person, text::DIARY_BY_PERSON), (FilledBy::Carer, text::DIARY_BY_CARER)]
                        .into_iter()
                        .map(|(by, label)| view! {
                            <label class="check">
                                <input type="radio" name="filled-by" value=by.key()
                                    prop:checked=move || draft.by.get() == by
                                    on:change=move |_| draft.by.set(by) />
                                {label}
                            </label>
                        })
                        .collect_view()}
                </fieldset>
                <label for="check-in-at">{text::DIARY_AT_LABEL}</label>
                <input id="check-in-at" type="datetime-local" bind:value=draft.at
                    aria-invalid=move || (error.get() == Some(CheckInError::BadTime)).to_string() />
                <label for="check-in-note">{text::DIARY_NOTE_LABEL}</label>
                <textarea id="check-in-note" rows="3" bind:value=draft.note></textarea>
                {move || error.get().map(|problem| view! {
                    <p class="field-error" role="alert">{text::diary_error(problem)}</p>
                })}
                <div class="button-row">
                    <button type="submit" class="button">{text::CHECK_IN_SAVE}</button>
                    <Show when=move || draft.editing.with(Option::is_some)>
                        <button type="button" class="button button--secondary" on:click=cancel>{text::DIARY_CANCEL}</button>
                    </Show>
                </div>
                // Beside the button just pressed, where the family is looking.
                <div role="status">
                    {move || saved_high.get().map(|entry| view! { <SevereNotice rated=rated_high(&entry) /> })}
                </div>
            </form>
        </section>
    }
}

/// One thing rated 0 to 10, as a group of large radio buttons (easier than a slider for tired
/// hands), with "Not rated" first so a rating can be taken back.
#[component]
fn RatingScale(
    key: &'static str,
    #[prop(into)] name: Signal<String>,
    hint: &'static str,
    none: &'static str,
    worst: &'static str,
) -> impl IntoView {
    let draft = expect_context::<Draft>();
    let saved_high = expect_context::<SavedHigh>().0;
    let group = format!("rate-{key}");
    let ends = format!("{group}-ends");
    let described_by = ends.clone();
    let choice = move |score: Option<u8>| {
        let id = match score {
            Some(n) => format!("{group}-{n}"),
            None => format!("{group}-none"),
        };
        let label = score.map_or(text::DIARY_NOT_RATED.to_owned(), |n| n.to_string());
        let label_for = id.clone();
        let checked = move || draft.ratings.with(|r| r.get(key).copied() == score);
        let pick = move |_| {
            // A new check-in is begun: the last one's high score has been seen.
            saved_high.set(None);
            draft.ratings.update(|r| match score {
                Some(n) => {
                    r.insert(key.to_owned(), n);
                }
                None => {
                    r.remove(key);
                }
            })
        };
        view! {
            <label class="rating__choice" class:rating__choice--none=score.is_none() for=label_for>
                <input type="radio" id=id name=group.clone() prop:checked=checked on:change=pick />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <fieldset class="rating" aria-describedby=described_by>
            <legend>{move || name.get()} {(!hint.is_empty()).then(|| view! { <span class="hint">" (" {hint} ")"</span> })}</legend>
            <div class="rating__scale">
                {std::iter::once(None).chain((0..=10).map(Some)).map(choice).collect_view()}
            </div>
            <p class="rating__ends hint" id=ends>
                <span>"0: " {none}</span>
                <span>"10: " {worst}</span>
            </p>
        </fieldset>
    }
}

/// What was high in a check-in, in a sentence.
fn rated_high(entry: &CheckIn) -> String {
    let high = entry.high(DIARY.items.iter().map(|s| (s.key, s.name)));
    let on = entry.at.split('T').next().unwrap_or_default();
    text::diary_rated_high(&high, on, &files::today())
}

/// Shown when a rating is 7 or more: who to call, calmly, and nothing else. `rated` says what
/// was high, once a check-in is saved.
#[component]
fn SevereNotice(#[prop(optional)] rated: String) -> impl IntoView {
    view! {
        <div class="callout">
            {(!rated.is_empty()).then(|| view! { <p>{rated}</p> })}
            <p><strong>{text::DIARY_SEVERE}</strong></p>
            <TeamNumbers />
            <ul class="help-lines">
                <li>{text::DIARY_SEVERE_111} <a class="tel" href="tel:111">{text::HELP_CALL} " 111"</a></li>
                <li>{text::DIARY_SEVERE_999} <a class="tel" href="tel:999">{text::HELP_CALL} " 999"</a></li>
            </ul>
        </div>
    }
}

/// Seeing change over 7, 14 or 30 days.
#[component]
fn Change() -> impl IntoView {
    let days = RwSignal::new(7u32);
    view! {
        <section aria-labelledby="change-heading">
            <h2 id="change-heading">{text::DIARY_CHANGE_TITLE}</h2>
            <fieldset class="choices">
                <legend>{text::DIARY_RANGE_LEGEND}</legend>
                <div class="range-choices">
                    {[7u32, 14, 30]
                        .into_iter()
                        .map(|n| view! {
                            <label class="check">
                                <input type="radio" name="range" value=n.to_string()
                                    prop:checked=move || days.get() == n
                                    on:change=move |_| days.set(n) />
                                {format!("{n} {}", text::DIARY_DAYS)}
                            </label>
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <SymptomCharts days />
        </section>
    }
}

#[component]
fn Entries() -> impl IntoView {
    let store = use_store();
    let last_deleted = expect_context::<LastDeleted>();
    view! {
        <section aria-labelledby="entries-heading">
            <h2 id="entries-heading">{text::DIARY_ENTRIES}</h2>
            <UndoBar
                last=last_deleted.0
                message=|_| text::CHECK_IN_DELETED
                restore=|ws, entry, now| ws.restore_check_in(entry, now)
                restored=text::CHECK_IN_RESTORED
            />
            <Show
                when=move || store.workspace.with(|ws| !ws.check_ins.is_empty())
                fallback=|| view! { <WhenLoaded><p>{text::CHECK_IN_NONE}</p></WhenLoaded> }
            >
                <ul class="entry-list">
                    <Rows rows=move || store.workspace.with(|ws| Row::all(&ws.check_ins, |entry| view! { <EntryItem entry /> })) />
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn EntryItem(entry: CheckIn) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<Draft>();
    let last_deleted = expect_context::<LastDeleted>();
    let when = text::date_time(&entry.at);
    let id = entry.id.clone();
    let delete = move |_| {
        if let Ok(removed) = store.change(|ws, now| ws.remove_check_in(&id, now)) {
            last_deleted.0.set(Some(removed));
            announcer.say(text::CHECK_IN_DELETED);
        }
    };
    let saved_high = expect_context::<SavedHigh>().0;
    let to_change = entry.clone();
    let change = move |_| {
        saved_high.set(None);
        draft.load(&to_change);
        // Take the reader to the form, now holding this check-in.
        show_and_focus("check-in-heading");
    };
    let ratings: Vec<String> = DIARY
        .items
        .iter()
        .filter_map(|s| entry.ratings.get(s.key).map(|n| format!("{} {n}", s.name)))
        .chain(
            entry
                .ratings
                .get(OTHER)
                .map(|n| format!("{} {n}", entry.other)),
        )
        .collect();
    let by = match entry.by {
        FilledBy::Person => text::DIARY_BY_PERSON_SHORT,
        FilledBy::Carer => text::DIARY_BY_CARER_SHORT,
    };
    view! {
        <li class="entry" class:entry--severe=entry.severe()>
            <p class="entry__title">{when.clone()}</p>
            <p class="hint">{by}</p>
            {(!ratings.is_empty()).then(|| view! { <p>{ratings.join(" · ")}</p> })}
            {(!entry.note.is_empty()).then(|| view! { <p class="entry__text">{entry.note.clone()}</p> })}
            {entry.severe().then(|| view! {
                <details class="entry__severe">
                    <summary>{text::DIARY_SEVERE_WHO}</summary>
                    <SevereNotice rated=rated_high(&entry) />
                </details>
            })}
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
