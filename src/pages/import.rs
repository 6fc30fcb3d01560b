use leptos::prelude::*;

use crate::components::{use_announcer, use_go_to, LockGate, Title};
use crate::content::{carer_area_keys, PlanQuestion, PlanStepText, PLANNING};
use crate::kiosk::{self, Handoff};
use crate::store::model::AskWho;
use crate::store::plan::PlanStep;
use crate::store::{new_id, use_store};
use crate::{routes, text};

/// Where a kiosk's QR code leads: the questions and appointments travel in the address's
/// fragment, which browsers never send to a server, and are added to the family's own lists only
/// if they choose.
#[component]
pub fn ImportPage() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let go_to = use_go_to();
    let handoff = RwSignal::new(Handoff::default());
    Effect::new(move |_| {
        let fragment = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        handoff.set(kiosk::handoff_from_fragment(&fragment));
    });
    // Appointments are checked as the form checks them; one that does not make sense is left out.
    let appointments = move || {
        handoff.with(|h| {
            h.appointments
                .iter()
                .filter_map(|form| form.clone().check(String::new(), 0.0).ok())
                .collect::<Vec<_>>()
        })
    };
    // The carer's check-in likewise: checked as its form checks it.
    let carer = move || {
        handoff.with(|h| {
            h.carer
                .clone()
                .and_then(|form| form.check(String::new(), &carer_area_keys(), 0.0).ok())
        })
    };
    let add = move |_| {
        let incoming = handoff.get_untracked();
        let to_add = appointments();
        let carer_to_add = carer();
        let _ = store.change(|ws, now| {
            for question in &incoming.questions {
                if !ws.has_question(question) {
                    ws.add_question(new_id(), question, AskWho::Anyone, now)?;
                }
            }
            for mut appointment in to_add {
                let known = ws
                    .appointments
                    .iter()
                    .any(|a| a.start == appointment.start && a.with_whom == appointment.with_whom);
                if !known {
                    appointment.id = new_id();
                    appointment.updated = now;
                    ws.put_appointment(appointment);
                }
            }
            // Each answer goes into its step, keeping what this phone has for the others.
            for (step, question, words) in plan_answers(&incoming) {
                let mut answers = ws
                    .plan
                    .iter()
                    .find(|s| s.id == step.key)
                    .map(|s| s.answers.clone())
                    .unwrap_or_default();
                answers.insert(question.key.to_owned(), words);
                ws.put_plan_step(PlanStep::written(step.key, &answers, now));
            }
            if let Some(mut entry) = carer_to_add.clone() {
                // Added once: the same day with the same words is the same check-in.
                let known = ws.carer_check_ins.iter().any(|c| {
                    c.date == entry.date && c.answers == entry.answers && c.note == entry.note
                });
                if !known {
                    entry.id = new_id();
                    entry.updated = now;
                    ws.put_carer_check_in(entry);
                }
            }
            Ok(())
        });
        announcer.say(text::IMPORT_ADDED);
        let next = if !incoming.questions.is_empty() {
            routes::QUESTIONS
        } else if incoming.appointments.is_empty() && carer_to_add.is_some() {
            routes::CARER
        } else if incoming.appointments.is_empty() && !incoming.plan.is_empty() {
            routes::PLANNING
        } else {
            routes::APPOINTMENTS
        };
        go_to(next);
    };
    let has_questions = move || handoff.with(|h| !h.questions.is_empty());
    let has_appointments = move || !appointments().is_empty();
    let has_carer = move || carer().is_some();
    // The workbook's answers, each after its question.
    let plan = move || {
        handoff.with(|h| {
            plan_answers(h)
                .into_iter()
                .map(|(_, question, words)| format!("{} {words}", question.label))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Title text=text::IMPORT_TITLE />
        <h1>{text::IMPORT_TITLE}</h1>
        <LockGate>
        <Show when=move || has_questions() || has_appointments() || has_carer() || !plan().is_empty() fallback=|| view! { <p>{text::IMPORT_NONE}</p> }>
            <p>{text::IMPORT_LEAD}</p>
            <Show when=has_questions>
                <h2>{text::NAV_QUESTIONS}</h2>
                <ul>{move || handoff.get().questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
            </Show>
            <Show when=has_appointments>
                <h2>{text::APPOINTMENTS_TITLE}</h2>
                <ul>{move || appointments().iter().map(|a| view! { <li>{text::appointment_line(a)}</li> }).collect_view()}</ul>
            </Show>
            {move || carer().map(|entry| view! {
                <h2>{text::CARER_TITLE}</h2>
                <p>{text::long_date(&entry.date)}</p>
                <ul>{text::carer_answers(&entry).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                {(!entry.note.is_empty()).then(|| view! { <p class="entry__text">{entry.note.clone()}</p> })}
            })}
            <Show when=move || !plan().is_empty()>
                <h2>{text::PLAN_TITLE}</h2>
                <ul>{move || plan().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </Show>
            <button type="button" class="button" on:click=add.clone()>{text::IMPORT_ADD}</button>
        </Show>
        </LockGate>
    }
}

/// The workbook's answers a link carries, for the steps and questions this release asks; any
/// other is left out.
fn plan_answers(handoff: &Handoff) -> Vec<(&'static PlanStepText, &'static PlanQuestion, String)> {
    handoff
        .plan
        .iter()
        .filter_map(|(key, question, words)| {
            let step = PLANNING.items.iter().find(|s| s.key == key)?;
            let question = step.questions.iter().find(|q| q.key == question)?;
            Some((step, question, words.clone()))
        })
        .collect()
}
