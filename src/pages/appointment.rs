use leptos::prelude::*;

use crate::components::{
    use_query_after_start, use_today, DiaryTable, LockGate, PrintButton, SymptomCharts, Title,
    WhenLoaded,
};
use crate::store::{diary, use_store};
use crate::text;

/// A printable sheet: open questions with space for answers, how things have been in the last
/// 14 days (from the symptom diary), the medicines and "when needed" doses, what matters to me,
/// and contacts. Printed for one appointment (`?for=<id>`), it starts with that appointment and
/// asks only the questions chosen for it.
#[component]
pub fn AppointmentPage() -> impl IntoView {
    let store = use_store();
    let chosen_for = use_query_after_start("for");
    let chosen = Memo::new(move |_| {
        let id = chosen_for.get()?;
        store
            .workspace
            .with(|ws| ws.appointments.iter().find(|a| a.id == id).cloned())
    });
    let open = move || {
        let chosen = chosen.get();
        store.workspace.with(|ws| match &chosen {
            Some(appointment) => appointment
                .questions
                .iter()
                .filter_map(|id| ws.questions.iter().find(|q| q.id == *id && !q.answered))
                .cloned()
                .collect::<Vec<_>>(),
            None => ws
                .questions
                .iter()
                .filter(|q| !q.answered)
                .cloned()
                .collect::<Vec<_>>(),
        })
    };
    let answered = move || {
        store.workspace.with(|ws| {
            ws.questions
                .iter()
                .filter(|q| q.answered)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let wishes = move || store.workspace.with(|ws| ws.wishes.text.clone());
    let today = use_today();
    let recent_doses = move || {
        let today = today.get();
        store
            .workspace
            .with(|ws| diary::doses_in_period(&ws.doses, 14, &today))
    };
    let contacts = move || store.workspace.with(|ws| ws.contacts.clone());

    view! {
        <Title text=text::APPOINTMENT_TITLE />
        <h1>{text::APPOINTMENT_TITLE}</h1>
        <p class="lead no-print">{text::APPOINTMENT_LEAD}</p>
        <LockGate>
        <PrintButton label=text::APPOINTMENT_PRINT />
        {move || chosen.get().map(|a| view! {
            <h2>{text::APPOINTMENT_FOR_ONE}</h2>
            <p class="sheet-appointment">{text::appointment_line(&a)}</p>
            {(!a.note.is_empty()).then(|| view! { <p class="entry__text">{a.note.clone()}</p> })}
        })}

        <h2>{text::APPOINTMENT_QUESTIONS}</h2>
        <Show when=move || !open().is_empty() fallback=|| view! { <WhenLoaded><p>{text::APPOINTMENT_NO_QUESTIONS}</p></WhenLoaded> }>
            <ol class="sheet-list">
                {move || open()
                    .into_iter()
                    .map(|q| view! {
                        <li class="sheet-item">
                            <p class="question__text">{q.text}</p>
                            <p class="question__ask">{text::QUESTION_ASK_PREFIX} " " {text::ask_label(q.ask)}</p>
                            <p class="sheet-answer">{text::APPOINTMENT_ANSWER}</p>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </Show>

        <Show when=move || store.workspace.with(|ws| !ws.check_ins.is_empty())>
            <section class="sheet-diary" aria-labelledby="sheet-diary-heading">
                <h2 id="sheet-diary-heading">{text::APPOINTMENT_DIARY}</h2>
                <SymptomCharts days=14 />
                <DiaryTable days=14 />
            </section>
        </Show>

        <Show when=move || store.workspace.with(|ws| !ws.medicines.is_empty())>
            <h2>{text::MEDICINES_LIST}</h2>
            <ul class="sheet-medicines">
                {move || store.workspace.with(|ws| ws.medicines.clone())
                    .into_iter()
                    .map(|m| view! {
                        <li>
                            <strong>{m.name}</strong>
                            {(!m.what_for.is_empty()).then(|| format!(" – {} {}", text::MEDICINE_FOR_SHORT, m.what_for))}
                            {(!m.dose.is_empty()).then(|| format!(" – {} {}", text::MEDICINE_DOSE_SHORT, m.dose))}
                            {format!(" ({})", text::schedule(m.schedule))}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </Show>

        <Show when=move || !recent_doses().is_empty()>
            <h2>{text::APPOINTMENT_DOSES}</h2>
            <div class="table-scroll" role="region" aria-label=text::APPOINTMENT_DOSES tabindex="0">
                <table class="diary-table">
                    <thead>
                        <tr>
                            <th scope="col">{text::DIARY_WHEN}</th>
                            <th scope="col">{text::DOSE_MEDICINE}</th>
                            <th scope="col">{text::DOSE_AMOUNT_SHORT}</th>
                            <th scope="col">{text::DOSE_HELPED_SHORT}</th>
                            <th scope="col">{text::DIARY_NOTE_COLUMN}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || recent_doses()
                            .into_iter()
                            .map(|d| view! {
                                <tr>
                                    <th scope="row">{text::short_date_time(&d.at)}</th>
                                    <td>{d.medicine_name}</td>
                                    <td>{d.amount}</td>
                                    <td>{text::helped(d.helped)}</td>
                                    <td>{d.note}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>

        <Show when=move || !wishes().is_empty()>
            <h2>{text::WISHES_HEADING}</h2>
            <p class="entry__text">{wishes}</p>
        </Show>

        <Show when=move || !contacts().is_empty()>
            <h2>{text::CONTACTS_HEADING}</h2>
            <ul class="sheet-contacts">
                {move || contacts()
                    .into_iter()
                    .map(|c| view! { <li><strong>{c.name}</strong> " " {c.role} " " {c.phone}</li> })
                    .collect_view()}
            </ul>
        </Show>

        <Show when=move || !answered().is_empty()>
            <h2>{text::APPOINTMENT_ANSWERED}</h2>
            <ul>
                {move || answered()
                    .into_iter()
                    .map(|q| view! { <li><p>{q.text}</p><p><strong>{text::QUESTION_ANSWERED}</strong> " " {q.answer}</p></li> })
                    .collect_view()}
            </ul>
        </Show>
        </LockGate>
    }
}
