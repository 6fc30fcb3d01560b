//! The medicines list and the log of "when needed" doses, to show the care team. The family
//! writes what the team or the label says; the app never suggests a medicine, a dose or a time.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{
    show_and_focus, use_announcer, FieldError, Hidden, Later, LockGate, Row, Rows, SavingNotice,
    Title, UndoBar, WhenLoaded,
};
use crate::store::medicines::{Dose, Helped, Medicine, MedicineError, Schedule};
use crate::store::model::{EditError, Workspace};
use crate::store::{files, new_id, use_store};
use crate::text;

/// The last deleted medicine or dose, kept so that "Undo" can put it back.
#[derive(Clone)]
enum Deleted {
    Medicine(Medicine),
    Dose(Dose),
}

#[derive(Clone, Copy)]
struct LastDeleted(RwSignal<Option<Deleted>>);

/// The medicine being written or changed.
#[derive(Clone, Copy)]
struct MedicineDraft {
    editing: RwSignal<Option<String>>,
    name: RwSignal<String>,
    what_for: RwSignal<String>,
    dose: RwSignal<String>,
    schedule: RwSignal<Schedule>,
}

/// The dose being written or changed.
#[derive(Clone, Copy)]
struct DoseDraft {
    editing: RwSignal<Option<String>>,
    medicine: RwSignal<String>,
    at: RwSignal<String>,
    amount: RwSignal<String>,
    helped: RwSignal<Option<Helped>>,
    note: RwSignal<String>,
}

impl MedicineDraft {
    fn clear(&self) {
        self.editing.set(None);
        for field in [self.name, self.what_for, self.dose] {
            field.set(String::new());
        }
        self.schedule.set(Schedule::Regular);
    }
}

impl DoseDraft {
    fn clear(&self) {
        self.editing.set(None);
        self.at.set(files::now_local());
        self.amount.set(String::new());
        self.helped.set(None);
        self.note.set(String::new());
    }
}

#[component]
pub fn MedicinesPage() -> impl IntoView {
    let last_deleted = LastDeleted(RwSignal::new(None));
    provide_context(last_deleted);
    let medicine = MedicineDraft {
        editing: RwSignal::new(None),
        name: RwSignal::new(String::new()),
        what_for: RwSignal::new(String::new()),
        dose: RwSignal::new(String::new()),
        schedule: RwSignal::new(Schedule::Regular),
    };
    let dose = DoseDraft {
        editing: RwSignal::new(None),
        medicine: RwSignal::new(String::new()),
        at: RwSignal::new(String::new()),
        amount: RwSignal::new(String::new()),
        helped: RwSignal::new(None),
        note: RwSignal::new(String::new()),
    };
    provide_context(medicine);
    provide_context(dose);
    // The time now comes from the browser's clock, so it is filled in after rendering.
    Effect::new(move |_| dose.at.set(files::now_local()));
    view! {
        <Title text=text::MEDICINES_TITLE />
        <h1>{text::MEDICINES_TITLE}</h1>
        <p class="lead">{text::MEDICINES_LEAD}</p>
        <p class="callout">{text::MEDICINES_NO_ADVICE}</p>
        <SavingNotice />
        <LockGate>
        <UndoBar
            last=last_deleted.0
            message=|deleted| match deleted {
                Deleted::Medicine(_) => text::MEDICINE_DELETED,
                Deleted::Dose(_) => text::DOSE_DELETED,
            }
            restore=restore
            restored=text::MEDICINES_RESTORED
        />
        <Later><MedicineForm /></Later>
        <Later><MedicineList /></Later>
        <Later><DoseSection /></Later>
        </LockGate>
    }
}

/// Puts a deleted medicine or dose back, changed now so that it wins over the deletion.
fn restore(ws: &mut Workspace, deleted: Deleted, now: f64) {
    match deleted {
        Deleted::Medicine(mut m) => {
            m.updated = now;
            ws.put_medicine(m);
        }
        Deleted::Dose(mut d) => {
            d.updated = now;
            ws.put_dose(d);
        }
    }
}

#[component]
fn MedicineForm() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<MedicineDraft>();
    let error = RwSignal::new(false);
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let id = draft.editing.get_untracked().unwrap_or_else(new_id);
        let saved = store.change(|ws, now| {
            let medicine = Medicine::new(
                id,
                &draft.name.get_untracked(),
                &draft.what_for.get_untracked(),
                &draft.dose.get_untracked(),
                draft.schedule.get_untracked(),
                now,
            )
            .map_err(|_| EditError::Empty)?;
            ws.put_medicine(medicine);
            Ok(())
        });
        error.set(saved.is_err());
        if saved.is_ok() {
            let changed = draft.editing.get_untracked().is_some();
            draft.clear();
            announcer.say(if changed {
                text::MEDICINE_CHANGED
            } else {
                text::MEDICINE_ADDED
            });
        }
    };
    let editing = move || draft.editing.with(Option::is_some);
    view! {
        <section aria-labelledby="medicine-form-heading">
            <h2 id="medicine-form-heading" tabindex="-1">
                {move || if editing() { text::MEDICINE_CHANGE_HEADING } else { text::MEDICINE_ADD_HEADING }}
            </h2>
            <form class="stack" on:submit=save novalidate>
                <label for="medicine-name">{text::MEDICINE_NAME}</label>
                <FieldError id="medicine-name-error" show=error message=text::MEDICINE_NAME_ERROR />
                <input id="medicine-name" type="text" autocomplete="off" bind:value=draft.name
                    aria-invalid=move || error.get().to_string()
                    aria-describedby=move || error.get().then_some("medicine-name-error") />
                <label for="medicine-for">{text::MEDICINE_FOR}</label>
                <input id="medicine-for" type="text" autocomplete="off" bind:value=draft.what_for />
                <label for="medicine-dose">{text::MEDICINE_DOSE}</label>
                <p class="hint" id="medicine-dose-hint">{text::MEDICINE_DOSE_HINT}</p>
                <input id="medicine-dose" type="text" autocomplete="off" aria-describedby="medicine-dose-hint" bind:value=draft.dose />
                <fieldset class="choices">
                    <legend>{text::MEDICINE_SCHEDULE}</legend>
                    {[(Schedule::Regular, text::MEDICINE_REGULAR), (Schedule::WhenNeeded, text::MEDICINE_WHEN_NEEDED)]
                        .into_iter()
                        .map(|(schedule, label)| view! {
                            <label class="check">
                                <input type="radio" name="schedule" value=schedule.key()
                                    prop:checked=move || draft.schedule.get() == schedule
                                    on:change=move |_| draft.schedule.set(schedule) />
                                {label}
                            </label>
                        })
                        .collect_view()}
                </fieldset>
                <div class="button-row">
                    <button type="submit" class="button">{move || if editing() { text::MEDICINE_SAVE_CHANGE } else { text::MEDICINE_ADD }}</button>
                    <Show when=editing>
                        <button type="button" class="button button--secondary" on:click=move |_| { draft.clear(); error.set(false); }>{text::DIARY_CANCEL}</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}

#[component]
fn MedicineList() -> impl IntoView {
    let store = use_store();
    view! {
        <section aria-labelledby="medicine-list-heading">
            <h2 id="medicine-list-heading">{text::MEDICINES_LIST}</h2>
            <Show
                when=move || store.workspace.with(|ws| !ws.medicines.is_empty())
                fallback=|| view! { <WhenLoaded><p>{text::MEDICINES_NONE}</p></WhenLoaded> }
            >
                <ul class="entry-list">
                    <Rows rows=move || store.workspace.with(|ws| Row::all(&ws.medicines, |medicine| view! { <MedicineItem medicine /> })) />
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn MedicineItem(medicine: Medicine) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<MedicineDraft>();
    let last = expect_context::<LastDeleted>();
    let id = medicine.id.clone();
    let delete = move |_| {
        if let Ok(removed) = store.change(|ws, now| ws.remove_medicine(&id, now)) {
            last.0.set(Some(Deleted::Medicine(removed)));
            announcer.say(text::MEDICINE_DELETED);
        }
    };
    let to_change = medicine.clone();
    let change = move |_| {
        draft.editing.set(Some(to_change.id.clone()));
        draft.name.set(to_change.name.clone());
        draft.what_for.set(to_change.what_for.clone());
        draft.dose.set(to_change.dose.clone());
        draft.schedule.set(to_change.schedule);
        show_and_focus("medicine-form-heading");
    };
    let schedule = text::schedule(medicine.schedule);
    let name = medicine.name.clone();
    view! {
        <li class="entry">
            <p class="entry__title">{medicine.name.clone()}</p>
            <p class="hint">{schedule}</p>
            {(!medicine.what_for.is_empty()).then(|| view! { <p>{text::MEDICINE_FOR_SHORT} " " {medicine.what_for.clone()}</p> })}
            {(!medicine.dose.is_empty()).then(|| view! { <p>{text::MEDICINE_DOSE_SHORT} " " {medicine.dose.clone()}</p> })}
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=change>
                    {text::DIARY_CHANGE}<Hidden text=format!(" {}", name.clone()) />
                </button>
                <button type="button" class="button button--warning" on:click=delete>
                    {text::DELETE}<Hidden text=format!(" {name}") />
                </button>
            </div>
        </li>
    }
}

/// The "when needed" doses given: a form to note one, and the log, newest first.
#[component]
fn DoseSection() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<DoseDraft>();
    let error = RwSignal::new(None::<MedicineError>);
    let when_needed = move || {
        store.workspace.with(|ws| {
            ws.medicines
                .iter()
                .filter(|m| m.schedule == Schedule::WhenNeeded)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let id = draft.editing.get_untracked().unwrap_or_else(new_id);
        let mut problem = None;
        let _ = store.change(|ws, now| {
            let chosen = draft.medicine.get_untracked();
            // Until the list is touched, the medicine shown first is the one chosen.
            let medicine = if chosen.is_empty() {
                ws.medicines
                    .iter()
                    .find(|m| m.schedule == Schedule::WhenNeeded)
            } else {
                ws.medicines.iter().find(|m| m.id == chosen)
            };
            match Dose::new(
                id,
                medicine,
                &draft.at.get_untracked(),
                &draft.amount.get_untracked(),
                draft.helped.get_untracked(),
                &draft.note.get_untracked(),
                now,
            ) {
                Ok(dose) => {
                    ws.put_dose(dose);
                    Ok(())
                }
                Err(e) => {
                    problem = Some(e);
                    Err(EditError::Empty)
                }
            }
        });
        error.set(problem);
        if problem.is_none() {
            let changed = draft.editing.get_untracked().is_some();
            draft.clear();
            announcer.say(if changed {
                text::DOSE_CHANGED
            } else {
                text::DOSE_ADDED
            });
        }
    };
    let editing = move || draft.editing.with(Option::is_some);
    view! {
        <section aria-labelledby="doses-heading">
            <h2 id="doses-heading" tabindex="-1">{text::DOSES_HEADING}</h2>
            <p>{text::DOSES_LEAD}</p>
            <Show
                when=move || !when_needed().is_empty()
                fallback=|| view! { <WhenLoaded><p class="hint">{text::DOSES_NEED_MEDICINE}</p></WhenLoaded> }
            >
                <form class="stack" on:submit=save novalidate>
                    <label for="dose-medicine">{text::DOSE_MEDICINE}</label>
                    <select id="dose-medicine" on:change=move |ev| draft.medicine.set(event_target_value(&ev))
                        prop:value=move || draft.medicine.get()>
                        {move || when_needed()
                            .into_iter()
                            .map(|m| view! { <option value=m.id.clone()>{m.name.clone()}</option> })
                            .collect_view()}
                    </select>
                    <label for="dose-at">{text::DOSE_AT}</label>
                    <input id="dose-at" type="datetime-local" bind:value=draft.at />
                    <label for="dose-amount">{text::DOSE_AMOUNT}</label>
                    <input id="dose-amount" type="text" autocomplete="off" bind:value=draft.amount />
                    <fieldset class="choices">
                        <legend>{text::DOSE_HELPED}</legend>
                        {Helped::ALL
                            .into_iter()
                            .map(Some)
                            .chain(std::iter::once(None))
                            .map(|helped| view! {
                                <label class="check">
                                    <input type="radio" name="helped" value=helped.map_or("not-yet", Helped::key)
                                        prop:checked=move || draft.helped.get() == helped
                                        on:change=move |_| draft.helped.set(helped) />
                                    {text::helped(helped)}
                                </label>
                            })
                            .collect_view()}
                    </fieldset>
                    <label for="dose-note">{text::DIARY_NOTE_LABEL}</label>
                    <textarea id="dose-note" rows="2" bind:value=draft.note></textarea>
                    {move || error.get().map(|e| view! { <p class="field-error" role="alert">{text::medicine_error(e)}</p> })}
                    <div class="button-row">
                        <button type="submit" class="button">{move || if editing() { text::DOSE_SAVE_CHANGE } else { text::DOSE_SAVE }}</button>
                        <Show when=editing>
                            <button type="button" class="button button--secondary" on:click=move |_| { draft.clear(); error.set(None); }>{text::DIARY_CANCEL}</button>
                        </Show>
                    </div>
                </form>
            </Show>
            <Show
                when=move || store.workspace.with(|ws| !ws.doses.is_empty())
                fallback=|| view! { <WhenLoaded><p>{text::DOSES_NONE}</p></WhenLoaded> }
            >
                <ul class="entry-list">
                    <Rows rows=move || store.workspace.with(|ws| Row::all(&ws.doses, |dose| view! { <DoseItem dose /> })) />
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn DoseItem(dose: Dose) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<DoseDraft>();
    let last = expect_context::<LastDeleted>();
    let when = text::date_time(&dose.at);
    let id = dose.id.clone();
    let delete = move |_| {
        if let Ok(removed) = store.change(|ws, now| ws.remove_dose(&id, now)) {
            last.0.set(Some(Deleted::Dose(removed)));
            announcer.say(text::DOSE_DELETED);
        }
    };
    let to_change = dose.clone();
    let change = move |_| {
        draft.editing.set(Some(to_change.id.clone()));
        draft.medicine.set(to_change.medicine.clone());
        draft.at.set(to_change.at.clone());
        draft.amount.set(to_change.amount.clone());
        draft.helped.set(to_change.helped);
        draft.note.set(to_change.note.clone());
        show_and_focus("doses-heading");
    };
    let label = format!("{} {when}", dose.medicine_name);
    view! {
        <li class="entry">
            <p class="entry__title">{when.clone()}</p>
            <p>
                <strong>{dose.medicine_name.clone()}</strong>
                {(!dose.amount.is_empty()).then(|| format!(", {}", dose.amount))}
            </p>
            <p>{text::DOSE_HELPED_SHORT} " " {text::helped(dose.helped)}</p>
            {(!dose.note.is_empty()).then(|| view! { <p class="entry__text">{dose.note.clone()}</p> })}
            <div class="button-row">
                <button type="button" class="button button--secondary" on:click=change>
                    {text::DIARY_CHANGE}<Hidden text=format!(" {}: {label}", text::DOSE_ENTRY) />
                </button>
                <button type="button" class="button button--warning" on:click=delete>
                    {text::DELETE}<Hidden text=format!(" {}: {label}", text::DOSE_ENTRY) />
                </button>
            </div>
        </li>
    }
}
