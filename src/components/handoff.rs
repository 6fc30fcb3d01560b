use leptos::prelude::*;

use crate::components::{use_kiosk, use_qr_drawing};
use crate::kiosk::{self, Handoff};
use crate::store::use_store;
use crate::text;

/// On a kiosk: a QR code that carries the visit's open questions, appointments and carer's
/// check-in to the family's own phone, with no server. Shown nowhere else.
#[component]
pub fn HandoffCode() -> impl IntoView {
    let store = use_store();
    let kiosk = use_kiosk();
    let origin = RwSignal::new(None::<String>);
    Effect::new(move |_| origin.set(web_sys::window().and_then(|w| w.location().origin().ok())));
    let qr = use_qr_drawing();
    let code = move || {
        kiosk.0.with(Option::is_some).then_some(())?;
        let origin = origin.get()?;
        let draw = qr.get()?;
        let handoff = store.workspace.with(|ws| Handoff {
            questions: ws
                .questions
                .iter()
                .filter(|q| !q.answered)
                .map(|q| q.text.clone())
                .collect(),
            appointments: ws.appointments.iter().map(|a| a.to_form()).collect(),
            // The visit's latest "How am I doing?" check-in (newest first, see Workspace::tidy).
            carer: ws.carer_check_ins.first().map(|c| c.to_form()),
            plan: ws
                .plan
                .iter()
                .flat_map(|step| {
                    step.answers
                        .iter()
                        .map(|(question, words)| (step.id.clone(), question.clone(), words.clone()))
                })
                .collect(),
        });
        (!handoff.is_empty()).then(|| draw(&kiosk::handoff_link(&origin, &handoff)))
    };
    view! {
        {move || code().map(|svg| view! {
            <section aria-labelledby="handoff-heading" class="handoff">
                <h2 id="handoff-heading">{text::HANDOFF_HEADING}</h2>
                {match svg {
                    // Our own drawing of the code: only rectangles, made by kiosk::qr_svg.
                    Some(svg) => view! {
                        <p>{text::HANDOFF_LEAD}</p>
                        <div class="qr" id="handoff-qr" role="img" aria-label=text::HANDOFF_HEADING inner_html=svg></div>
                    }.into_any(),
                    None => view! { <p class="notice">{text::HANDOFF_TOO_LONG}</p> }.into_any(),
                }}
            </section>
        })}
    }
}
