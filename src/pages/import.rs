use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

use crate::components::use_announcer;
use crate::store::model::AskWho;
use crate::store::{new_id, use_store};
use crate::{kiosk, routes, text};

/// Where a kiosk's QR code leads: the questions travel in the address's fragment, which browsers
/// never send to a server, and are added to the family's own list only if they choose.
#[component]
pub fn ImportPage() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let navigate = use_navigate();
    let questions = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        let fragment = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        questions.set(kiosk::questions_from_fragment(&fragment));
    });
    let add = move |_| {
        let _ = store.change(|ws, now| {
            for question in questions.get_untracked() {
                if !ws.has_question(&question) {
                    ws.add_question(new_id(), &question, AskWho::Anyone, now)?;
                }
            }
            Ok(())
        });
        announcer.say(text::IMPORT_ADDED);
        navigate(routes::QUESTIONS, Default::default());
    };
    view! {
        <Title text=text::IMPORT_TITLE />
        <h1>{text::IMPORT_TITLE}</h1>
        <Show when=move || questions.with(|q| !q.is_empty()) fallback=|| view! { <p>{text::IMPORT_NONE}</p> }>
            <p>{text::IMPORT_LEAD}</p>
            <ul>{move || questions.get().into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
            <button type="button" class="button" on:click=add.clone()>{text::IMPORT_ADD}</button>
        </Show>
    }
}
