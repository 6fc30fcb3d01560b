use leptos::prelude::*;

use crate::components::{
    focus_when_drawn, use_announcer, Later, ReviewDates, SourceLinks, StepFooter, Title,
};
use crate::content::{Myth, MYTHS};
use crate::{routes, text};

/// "Myth or fact?": one statement at a time. The family chooses, then the truth is shown with its
/// source. Every statement can also be read in a plain list below.
#[component]
pub fn MythsPage() -> impl IntoView {
    view! {
        <Title text=text::MYTHS_TITLE />
        <h1>{text::MYTHS_TITLE}</h1>
        <p class="lead">{text::MYTHS_LEAD}</p>
        <div lang=MYTHS.lang>
            <Later><MythGame /></Later>
        </div>
        <Later>
        <details class="myth-list">
            <summary>{text::MYTHS_LIST}</summary>
            <ol>
                {MYTHS.items.iter().map(|myth| view! { <li><MythAnswer myth /></li> }).collect_view()}
            </ol>
        </details>
        </Later>
        <ReviewDates reviewed=MYTHS.reviewed next_review=MYTHS.next_review />
        <StepFooter path=routes::MYTHS />
    }
}

#[component]
fn MythGame() -> impl IntoView {
    let announcer = use_announcer();
    let index = RwSignal::new(0usize);
    // The family's choice for the current card: `Some(true)` means they said "myth".
    let chosen = RwSignal::new(None::<bool>);
    let next_button = NodeRef::<leptos::html::Button>::new();
    let card_heading = NodeRef::<leptos::html::H2>::new();
    let myth = move || &MYTHS.items[index.get() % MYTHS.items.len()];

    let choose = move |said_myth: bool| {
        let myth = myth();
        chosen.set(Some(said_myth));
        let verdict = if said_myth == myth.is_myth {
            text::MYTHS_RIGHT
        } else {
            text::MYTHS_WRONG
        };
        let truth = if myth.is_myth {
            text::MYTHS_IS_MYTH
        } else {
            text::MYTHS_IS_FACT
        };
        announcer.say(&format!("{verdict} {truth} {}", myth.answer));
        // The choice buttons are gone: keep keyboard users where the game goes on.
        focus_when_drawn(next_button);
    };
    let next = move |_| {
        index.update(|i| *i = (*i + 1) % MYTHS.items.len());
        chosen.set(None);
        focus_when_drawn(card_heading);
    };

    view! {
        <section class="myth-card" aria-labelledby="myth-card-heading">
            <h2 id="myth-card-heading" tabindex="-1" node_ref=card_heading>
                {text::MYTHS_CARD} " " {move || index.get() + 1} " " {text::STEP_OF} " " {MYTHS.items.len()}
            </h2>
            <p class="myth-card__statement">{move || myth().statement}</p>
            {move || match chosen.get() {
                None => view! {
                    <fieldset class="myth-card__choices">
                        <legend>{text::MYTHS_CHOOSE}</legend>
                        <div class="button-row">
                            <button type="button" class="button" on:click=move |_| choose(true)>{text::MYTHS_MYTH}</button>
                            <button type="button" class="button" on:click=move |_| choose(false)>{text::MYTHS_FACT}</button>
                        </div>
                    </fieldset>
                }
                .into_any(),
                Some(said_myth) => {
                    let myth = myth();
                    let right = said_myth == myth.is_myth;
                    let last = index.get() + 1 == MYTHS.items.len();
                    view! {
                        <div class="myth-card__result">
                            <p class="myth-card__verdict">
                                {if right { text::MYTHS_RIGHT } else { text::MYTHS_WRONG }} " "
                                {if myth.is_myth { text::MYTHS_IS_MYTH } else { text::MYTHS_IS_FACT }}
                            </p>
                            <MythAnswer myth in_game=true />
                            {last.then_some(view! { <p>{text::MYTHS_END}</p> })}
                            <button type="button" class="button" node_ref=next_button on:click=next>
                                {if last { text::MYTHS_AGAIN } else { text::MYTHS_NEXT }}
                            </button>
                        </div>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// The truth about one statement, with its explanation and sources.
#[component]
pub fn MythAnswer(
    myth: &'static Myth,
    /// In the game the statement is already on the card, so it is not repeated.
    #[prop(optional)]
    in_game: bool,
) -> impl IntoView {
    view! {
        <div class="myth-answer">
            {(!in_game).then(|| view! {
                <p class="myth-answer__statement">
                    <strong>{if myth.is_myth { text::MYTHS_MYTH } else { text::MYTHS_FACT }} ": "</strong>
                    {myth.statement}
                </p>
            })}
            <p><strong>{myth.answer}</strong></p>
            <p>{myth.explanation}</p>
            <SourceLinks sources=myth.sources />
        </div>
    }
}
