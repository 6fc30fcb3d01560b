//! Sharing an update with relatives far away. The family ticks what goes in (nothing is ticked to
//! begin with), reads the exact words, then sends them from their own device: the share sheet
//! where there is one, or copy, or a text file. The guide itself sends nothing.

use leptos::prelude::*;

use crate::components::{use_announcer, use_kiosk, use_now, CallLink, Later, LockGate, Title};
use crate::store::model::Workspace;
use crate::store::summary::{summary, Choices};
use crate::store::{files, use_store};
use crate::text;

#[component]
pub fn SharePage() -> impl IntoView {
    let kiosk = use_kiosk();
    view! {
        <Title text=text::SHARE_TITLE />
        <h1>{text::SHARE_TITLE}</h1>
        <LockGate>
        <Show when=move || kiosk.0.with(Option::is_none) fallback=|| view! { <p class="notice">{text::SHARE_KIOSK}</p> }>
            <p class="lead">{text::SHARE_LEAD}</p>
            <Later><ShareForm /></Later>
        </Show>
        <Later><CareTeam /></Later>
        </LockGate>
    }
}

#[component]
fn ShareForm() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let choices = RwSignal::new(Choices::default());
    let now = use_now();
    // Whether there is a share sheet is read from the browser after rendering.
    let can_share = RwSignal::new(false);
    Effect::new(move |_| can_share.set(files::can_share()));
    let words = Memo::new(move |_| {
        let now = now.get();
        store.workspace.with(|ws| summary(ws, choices.get(), &now))
    });
    let share = move |_| {
        let words = words.get_untracked();
        leptos::task::spawn_local(async move {
            if let Ok(true) = files::share(text::SHARE_TITLE, &words).await {
                announcer.say(text::SHARE_DONE);
            }
        });
    };
    let copy = move |_| {
        let words = words.get_untracked();
        leptos::task::spawn_local(async move {
            announcer.say(match files::copy(&words).await {
                Ok(()) => text::SHARE_COPIED,
                Err(_) => text::SHARE_COPY_FAILED,
            });
        });
    };
    let download = move |_| {
        let name = format!(
            "update-{}.txt",
            now.get_untracked().get(..10).unwrap_or("today")
        );
        let _ = files::download(&name, "text/plain;charset=utf-8", &words.get_untracked());
    };
    // Each part: its label, a hint, its name in the form, which choice it is, and whether the
    // family has written anything for it.
    type Pick = fn(&mut Choices) -> &mut bool;
    type Written = fn(&Workspace) -> bool;
    let parts: [(
        &'static str,
        Option<&'static str>,
        &'static str,
        Pick,
        Written,
    ); 7] = [
        (
            text::SHARE_HOW_THINGS_ARE,
            Some(text::SHARE_HOW_THINGS_ARE_HINT),
            "how",
            |c| &mut c.how_things_are,
            |ws| !ws.check_ins.is_empty(),
        ),
        (
            text::MEDICINES_LIST,
            None,
            "medicines",
            |c| &mut c.medicines,
            |ws| !ws.medicines.is_empty(),
        ),
        (
            text::SHARE_APPOINTMENTS,
            None,
            "appointments",
            |c| &mut c.appointments,
            |ws| !ws.appointments.is_empty(),
        ),
        (
            text::SHARE_QUESTIONS,
            None,
            "questions",
            |c| &mut c.questions,
            |ws| !ws.questions.is_empty(),
        ),
        (
            text::WISHES_HEADING,
            None,
            "wishes",
            |c| &mut c.wishes,
            |ws| !ws.wishes.text.is_empty(),
        ),
        (
            text::SHARE_CARER,
            Some(text::SHARE_CARER_HINT),
            "carer",
            |c| &mut c.carer,
            |ws| !ws.carer_check_ins.is_empty(),
        ),
        (
            text::SHARE_PLAN,
            Some(text::SHARE_PLAN_HINT),
            "plan",
            |c| &mut c.plan,
            |ws| ws.plan.iter().any(|s| s.is_written()),
        ),
    ];
    let has_words = move || words.with(|w| !w.is_empty());
    view! {
        <fieldset class="choices">
            <legend>{text::SHARE_CHOOSE}</legend>
            {parts
                .into_iter()
                .map(|(label, hint, key, pick, written)| view! {
                    <label class="check">
                        <input type="checkbox" name=key
                            prop:checked=move || { let mut c = choices.get(); *pick(&mut c) }
                            on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|c| *pick(c) = on); } />
                        <span>
                            {label}
                            {hint.map(|hint| view! { <span class="hint">" – " {hint}</span> })}
                            <Show when=move || !store.workspace.with(written)>
                                <span class="hint">" (" {text::SHARE_NOTHING_WRITTEN} ")"</span>
                            </Show>
                        </span>
                    </label>
                })
                .collect_view()}
        </fieldset>
        <h2 id="share-preview-heading">{text::SHARE_PREVIEW}</h2>
        <Show when=has_words fallback=|| view! { <p>{text::SHARE_NOTHING_CHOSEN}</p> }>
            <pre class="share-preview" aria-labelledby="share-preview-heading" tabindex="0">{move || words.get()}</pre>
            <div class="button-row">
                <Show when=move || can_share.get()>
                    <button type="button" class="button" on:click=share>{text::SHARE_SEND}</button>
                </Show>
                <button type="button" class="button button--secondary" on:click=copy>{text::SHARE_COPY}</button>
                <button type="button" class="button button--secondary" on:click=download>{text::SHARE_DOWNLOAD}</button>
            </div>
        </Show>
    }
}

/// The family's saved care-team numbers, one tap to call.
#[component]
fn CareTeam() -> impl IntoView {
    let store = use_store();
    let callable = move || {
        store.workspace.with(|ws| {
            ws.contacts
                .iter()
                .filter(|c| !c.dial().is_empty())
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !callable().is_empty()>
            <h2>{text::SHARE_CALL}</h2>
            <ul class="call-list">
                {move || callable()
                    .into_iter()
                    .map(|c| {
                        let role = c.role.clone();
                        view! {
                            <li>
                                <CallLink contact=c />
                                {(!role.is_empty()).then(|| view! { <span class="hint">" " {role}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </Show>
    }
}
