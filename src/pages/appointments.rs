//! Appointments: coming ones first, past ones below. Each can go into the phone's own calendar
//! as a file, carry questions to ask, and after it hold the answers next to those questions.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{
    show_and_focus, use_announcer, use_kiosk, use_now, CallLink, HandoffCode, Hidden, Later,
    LockGate, Row, Rows, SavingNotice, Title, UndoBar, WhenLoaded,
};
use crate::store::appointments::{split_by_time, Appointment, AppointmentError, AppointmentForm};
use crate::store::model::EditError;
use crate::store::{backend, calendar, files, new_id, use_store};
use crate::{routes, text};

/// The appointment being written or changed.
#[derive(Clone, Copy)]
struct Draft {
    editing: RwSignal<Option<String>>,
    form: RwSignal<AppointmentForm>,
    error: RwSignal<Option<AppointmentError>>,
}

impl Draft {
    fn clear(&self) {
        self.editing.set(None);
        self.form.set(AppointmentForm::default());
        self.error.set(None);
    }
}

/// The last deleted appointment, kept so that "Undo" can put it back.
#[derive(Clone, Copy)]
struct LastDeleted(RwSignal<Option<Appointment>>);

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    let draft = Draft {
        editing: RwSignal::new(None),
        form: RwSignal::new(AppointmentForm::default()),
        error: RwSignal::new(None),
    };
    provide_context(draft);
    let last_deleted = LastDeleted(RwSignal::new(None));
    provide_context(last_deleted);
    view! {
        <Title text=text::APPOINTMENTS_TITLE />
        <h1>{text::APPOINTMENTS_TITLE}</h1>
        <p class="lead">{text::APPOINTMENTS_LEAD}</p>
        <SavingNotice />
        <LockGate>
        <UndoBar
            last=last_deleted.0
            message=|_| text::APPOINTMENT_DELETED
            restore=|ws, mut appointment, now| {
                appointment.updated = now;
                ws.put_appointment(appointment);
            }
            restored=text::APPOINTMENT_RESTORED
        />
        <Later><AppointmentLists /></Later>
        <Later><HandoffCode /></Later>
        </LockGate>
    }
}

/// One text field of the draft form, bound to the part of it that `field` picks.
macro_rules! bound {
    ($draft:expr, $field:ident) => {
        (
            move || $draft.form.with(|f| f.$field.clone()),
            move |ev| $draft.form.update(|f| f.$field = event_target_value(&ev)),
        )
    };
}

#[component]
fn AppointmentFormSection() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let draft = expect_context::<Draft>();
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let id = draft.editing.get_untracked().unwrap_or_else(new_id);
        let mut problem = None;
        let _ = store.change(|ws, now| match draft.form.get_untracked().check(id, now) {
            Ok(appointment) => {
                ws.put_appointment(appointment);
                Ok(())
            }
            Err(e) => {
                problem = Some(e);
                Err(EditError::Empty)
            }
        });
        draft.error.set(problem);
        if problem.is_none() {
            let changed = draft.editing.get_untracked().is_some();
            draft.clear();
            announcer.say(if changed {
                text::APPOINTMENT_CHANGED
            } else {
                text::APPOINTMENT_ADDED
            });
        }
    };
    let editing = move || draft.editing.with(Option::is_some);
    let invalid = move |fields: &'static [AppointmentError]| {
        move || {
            draft
                .error
                .get()
                .is_some_and(|e| fields.contains(&e))
                .to_string()
        }
    };
    let (date, set_date) = bound!(draft, date);
    let (time, set_time) = bound!(draft, time);
    let (end, set_end) = bound!(draft, end);
    let (with_whom, set_with_whom) = bound!(draft, with_whom);
    let (place, set_place) = bound!(draft, place);
    let (what_for, set_what_for) = bound!(draft, what_for);
    let (note, set_note) = bound!(draft, note);
    let (contact, set_contact) = bound!(draft, contact);
    view! {
        <section aria-labelledby="appointment-form-heading">
            <h2 id="appointment-form-heading" tabindex="-1">
                {move || if editing() { text::APPOINTMENT_CHANGE_HEADING } else { text::APPOINTMENT_ADD_HEADING }}
            </h2>
            <form class="stack" on:submit=save novalidate>
                <div class="field-row">
                    <div class="stack">
                        <label for="appointment-date">{text::APPOINTMENT_DATE}</label>
                        <input id="appointment-date" type="date" prop:value=date on:input=set_date
                            aria-invalid=invalid(&[AppointmentError::BadDate]) />
                    </div>
                    <div class="stack">
                        <label for="appointment-time">{text::APPOINTMENT_TIME}</label>
                        <input id="appointment-time" type="time" prop:value=time on:input=set_time
                            aria-invalid=invalid(&[AppointmentError::BadTime]) />
                    </div>
                    <div class="stack">
                        <label for="appointment-end">{text::APPOINTMENT_END}</label>
                        <input id="appointment-end" type="time" prop:value=end on:input=set_end
                            aria-invalid=invalid(&[AppointmentError::BadEnd, AppointmentError::EndBeforeStart]) />
                    </div>
                </div>
                <label for="appointment-with">{text::APPOINTMENT_WITH}</label>
                <p class="hint" id="appointment-with-hint">{text::APPOINTMENT_WITH_HINT}</p>
                <input id="appointment-with" type="text" autocomplete="off" aria-describedby="appointment-with-hint"
                    prop:value=with_whom on:input=set_with_whom aria-invalid=invalid(&[AppointmentError::NoOne]) />
                <label for="appointment-place">{text::APPOINTMENT_PLACE}</label>
                <input id="appointment-place" type="text" autocomplete="off" prop:value=place on:input=set_place />
                <label for="appointment-for">{text::APPOINTMENT_WHAT_FOR}</label>
                <input id="appointment-for" type="text" autocomplete="off" prop:value=what_for on:input=set_what_for />
                <label for="appointment-note">{text::APPOINTMENT_NOTE}</label>
                <textarea id="appointment-note" rows="3" prop:value=note on:input=set_note></textarea>
                <Show when=move || store.workspace.with(|ws| !ws.contacts.is_empty())>
                    <label for="appointment-contact">{text::APPOINTMENT_CONTACT}</label>
                    <p class="hint" id="appointment-contact-hint">{text::APPOINTMENT_CONTACT_HINT}</p>
                    <select id="appointment-contact" aria-describedby="appointment-contact-hint"
                        prop:value=contact on:change=set_contact>
                        <option value="">{text::APPOINTMENT_CONTACT_NONE}</option>
                        {move || store.workspace.with(|ws| ws.contacts.clone())
                            .into_iter()
                            .map(|c| {
                                let label = if c.role.is_empty() { c.name.clone() } else { format!("{} ({})", c.name, c.role) };
                                view! { <option value=c.id.clone()>{label}</option> }
                            })
                            .collect_view()}
                    </select>
                </Show>
                <QuestionChoice />
                {move || draft.error.get().map(|e| view! { <p class="field-error" role="alert">{text::appointment_error(e)}</p> })}
                <div class="button-row">
                    <button type="submit" class="button">{move || if editing() { text::APPOINTMENT_SAVE_CHANGE } else { text::APPOINTMENT_ADD }}</button>
                    <Show when=editing>
                        <button type="button" class="button button--secondary" on:click=move |_| draft.clear()>{text::DIARY_CANCEL}</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}

/// Tick boxes for the open questions to ask at this appointment.
#[component]
fn QuestionChoice() -> impl IntoView {
    let store = use_store();
    let draft = expect_context::<Draft>();
    let open = move || {
        store.workspace.with(|ws| {
            ws.questions
                .iter()
                .filter(|q| !q.answered || draft.form.with(|f| f.questions.contains(&q.id)))
                .map(|q| (q.id.clone(), q.text.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="choices">
            <legend>{text::APPOINTMENT_ASK}</legend>
            <Show when=move || !open().is_empty() fallback=|| view! {
                <WhenLoaded>
                    <p class="hint">{text::APPOINTMENT_ASK_NONE} " " <a href=routes::QUESTIONS>{text::NAV_QUESTIONS}</a></p>
                </WhenLoaded>
            }>
                {move || open()
                    .into_iter()
                    .map(|(id, question)| {
                        let chosen = id.clone();
                        let checked = move || draft.form.with(|f| f.questions.contains(&chosen));
                        let toggle = move |ev| {
                            let on = event_target_checked(&ev);
                            draft.form.update(|f| {
                                f.questions.retain(|q| *q != id);
                                if on {
                                    f.questions.push(id.clone());
                                }
                            });
                        };
                        view! {
                            <label class="check">
                                <input type="checkbox" prop:checked=checked on:change=toggle />
                                {question}
                            </label>
                        }
                    })
                    .collect_view()}
            </Show>
        </fieldset>
    }
}

#[component]
fn AppointmentLists() -> impl IntoView {
    let store = use_store();
    let kiosk = use_kiosk();
    let now = use_now();
    let lists = Memo::new(move |_| {
        let now = now.get();
        store.workspace.with(|ws| {
            let (coming, past) = split_by_time(&ws.appointments, &now);
            let owned = |list: Vec<&Appointment>| list.into_iter().cloned().collect::<Vec<_>>();
            (owned(coming), owned(past))
        })
    });
    // Coming appointments first, where a glance finds the next one; then the form; then the past.
    view! {
        <section aria-labelledby="appointments-coming-heading">
            <h2 id="appointments-coming-heading">{text::APPOINTMENTS_COMING}</h2>
            <Show when=move || kiosk.0.with(Option::is_some)
                fallback=|| view! { <p class="hint">{text::APPOINTMENT_CALENDAR_HINT}</p> }>
                <p class="notice">{text::APPOINTMENT_KIOSK}</p>
            </Show>
            <Show when=move || lists.with(|(coming, _)| !coming.is_empty())
                fallback=|| view! { <WhenLoaded><p>{text::APPOINTMENTS_NONE_COMING}</p></WhenLoaded> }>
                <ul class="entry-list">
                    <Rows rows=move || lists.with(|(coming, _)| Row::all(coming, |appointment| view! { <AppointmentItem appointment past=false /> })) />
                </ul>
            </Show>
        </section>
        <AppointmentFormSection />
        <Show when=move || lists.with(|(_, past)| !past.is_empty())>
            <section aria-labelledby="appointments-past-heading">
                <h2 id="appointments-past-heading">{text::APPOINTMENTS_PAST}</h2>
                <ul class="entry-list">
                    <Rows rows=move || lists.with(|(_, past)| Row::all(past, |appointment| view! { <AppointmentItem appointment past=true /> })) />
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn AppointmentItem(appointment: Appointment, past: bool) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let kiosk = use_kiosk();
    let draft = expect_context::<Draft>();
    let last = expect_context::<LastDeleted>();
    let id = appointment.id.clone();
    let delete = move |_| {
        if let Ok(removed) = store.change(|ws, now| ws.remove_appointment(&id, now)) {
            last.0.set(Some(removed));
            announcer.say(text::APPOINTMENT_DELETED);
        }
    };
    let to_change = appointment.clone();
    let change = move |_| {
        draft.editing.set(Some(to_change.id.clone()));
        draft.form.set(to_change.to_form());
        draft.error.set(None);
        show_and_focus("appointment-form-heading");
    };
    let for_calendar = appointment.clone();
    let add_to_calendar = move |_| {
        let a = &for_calendar;
        let description = [a.what_for.as_str(), a.note.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        let file = calendar::ics(a, &text::appointment_title(a), &description, backend::now());
        let name = format!("appointment-{}.ics", a.start.get(..10).unwrap_or("new"));
        let _ = files::download(&name, "text/calendar", &file);
    };
    let contact = {
        let chosen = appointment.contact.clone();
        move || {
            store.workspace.with(|ws| {
                ws.contacts
                    .iter()
                    .find(|c| !chosen.is_empty() && c.id == chosen && !c.dial().is_empty())
                    .cloned()
            })
        }
    };
    let questions = appointment.questions.clone();
    let label = text::appointment_title(&appointment);
    // Each button names its appointment for screen readers: "Change (Hospice nurse: Pain review)".
    let calendar_label = format!(" ({label})");
    let print_label = calendar_label.clone();
    let when = text::appointment_when(&appointment);
    let print = format!("{}?for={}", routes::APPOINTMENT, appointment.id);
    view! {
        <li class="entry">
            <p class="entry__title">{when}</p>
            <p><strong>{appointment.with_whom.clone()}</strong></p>
            {(!appointment.place.is_empty()).then(|| view! { <p>{text::APPOINTMENT_WHERE} " " {appointment.place.clone()}</p> })}
            {(!appointment.what_for.is_empty()).then(|| view! { <p>{text::APPOINTMENT_FOR} " " {appointment.what_for.clone()}</p> })}
            {(!appointment.note.is_empty()).then(|| view! { <p class="entry__text">{appointment.note.clone()}</p> })}
            {move || contact().map(|c| view! {
                <p><CallLink contact=c /></p>
            })}
            <AttachedQuestions ids=questions past />
            <div class="button-row">
                <Show when=move || kiosk.0.with(Option::is_none)>
                    <button type="button" class="button" on:click=add_to_calendar.clone()>
                        {text::APPOINTMENT_CALENDAR}<Hidden text=calendar_label.clone() />
                    </button>
                </Show>
                <a href=print class="button button--secondary">{text::APPOINTMENT_PRINT_ONE}<Hidden text=print_label.clone() /></a>
                <button type="button" class="button button--secondary" on:click=change>
                    {text::DIARY_CHANGE}<Hidden text=format!(" ({label})") />
                </button>
                <button type="button" class="button button--warning" on:click=delete>
                    {text::DELETE}<Hidden text=format!(" ({label})") />
                </button>
            </div>
        </li>
    }
}

/// The questions chosen for an appointment. Once it has happened, each has a place to write
/// what was said, saved as the question's answer in My questions.
#[component]
fn AttachedQuestions(ids: Vec<String>, past: bool) -> impl IntoView {
    let store = use_store();
    // Worked out once per change and read by both the test and the list below.
    let questions = Memo::new(move |_| {
        store.workspace.with(|ws| {
            ids.iter()
                .filter_map(|id| ws.questions.iter().find(|q| q.id == *id).cloned())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || questions.with(|q| !q.is_empty())>
            <p class="entry__subtitle">{if past { text::APPOINTMENT_WRITE_ANSWERS } else { text::APPOINTMENT_ASK }}</p>
            <ul class="attached-questions">
                {move || questions.get()
                    .into_iter()
                    .map(|q| if past {
                        view! { <li><AnswerForm id=q.id.clone() question=q.text.clone() answer=q.answer.clone() /></li> }.into_any()
                    } else {
                        view! { <li>{q.text}</li> }.into_any()
                    })
                    .collect_view()}
            </ul>
        </Show>
    }
}

#[component]
fn AnswerForm(id: String, question: String, answer: String) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let field = format!("answer-{id}");
    let name = format!(" ({question})");
    let value = RwSignal::new(answer);
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let said = value.get_untracked();
        let answered = !said.trim().is_empty();
        if store
            .change(|ws, now| ws.answer_question(&id, answered, &said, now))
            .is_ok()
        {
            announcer.say(text::APPOINTMENT_ANSWER_SAVED);
        }
    };
    view! {
        <form class="stack" on:submit=save>
            <label for=field.clone()>{question}</label>
            <textarea id=field rows="2" bind:value=value></textarea>
            <div class="button-row">
                <button type="submit" class="button button--secondary">{text::APPOINTMENT_ANSWER_SAVE}<Hidden text=name /></button>
            </div>
        </form>
    }
}
