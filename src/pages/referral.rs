use leptos::prelude::*;

use crate::components::{
    focus_when_drawn, use_query_after_start, use_replace_query, Later, PrintButton, ReviewDates,
    SourceLinks, StepFooter, Title,
};
use crate::content::{self, Area, AREAS, REFERRAL, REFERRAL_CHECKLIST};
use crate::{routes, text};

/// How to get a referral: choose an area to see its services, then go through the steps one at
/// a time, ending in a checklist to print. The area is kept in the address, so it survives a
/// reload and can be shared.
#[component]
pub fn ReferralPage() -> impl IntoView {
    let chosen = use_query_after_start("area");
    let area = Memo::new(move |_| chosen.with(|slug| slug.as_deref().and_then(content::area)));
    view! {
        <Title text=text::REFERRAL_TITLE />
        <h1>{text::REFERRAL_TITLE}</h1>
        <p class="lead">{text::REFERRAL_LEAD}</p>
        <Later><Walkthrough /></Later>
        <SourceLinks sources=REFERRAL.sources />
        <ReviewDates reviewed=REFERRAL.reviewed next_review=REFERRAL.next_review />
        <section class="services" aria-labelledby="services-heading">
            <h2 id="services-heading">{text::REFERRAL_SERVICES}</h2>
            <AreaChooser area />
            {move || area.get().map(|area| view! { <Services area /> })}
        </section>
        <StepFooter path=routes::REFERRAL />
    }
}

#[component]
fn AreaChooser(area: Memo<Option<&'static Area>>) -> impl IntoView {
    let replace_query = use_replace_query();
    let choose = move |slug: &str| replace_query(&routes::referral_area(slug));
    view! {
        <fieldset class="choices no-print">
            <legend>{text::REFERRAL_AREA}</legend>
            <p class="hint">{text::REFERRAL_AREA_LEAD}</p>
            {AREAS
                .iter()
                .map(|option| {
                    let choose = choose.clone();
                    view! {
                        <label class="check">
                            <input
                                type="radio"
                                name="area"
                                value=option.slug
                                prop:checked=move || area.get().is_some_and(|a| a.slug == option.slug)
                                on:change=move |_| choose(option.slug)
                            />
                            <span>{option.name}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn Services(area: &'static Area) -> impl IntoView {
    view! {
        <div class="area" lang=area.lang>
            <p class="area__summary">{area.summary}</p>
            <ReviewDates reviewed=area.reviewed next_review=area.next_review />
            <ul class="service-list">
                {area
                    .services
                    .iter()
                    .map(|service| view! {
                        <li class="service">
                            <h3>{service.name}</h3>
                            <p class="hint">{service.kind}</p>
                            <p><strong>{text::REFERRAL_OFFERS}</strong> " " {service.offers}</p>
                            <p><strong>{text::REFERRAL_WHO}</strong> " " {service.who_can_refer}</p>
                            <p>{text::REFERRAL_CONTACT} " " <a href=service.website rel="noreferrer">{service.website}</a></p>
                            <p class="hint">{text::REFERRAL_CHECKED} " " {text::long_date(service.checked)}</p>
                            <SourceLinks sources=service.sources />
                        </li>
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// The steps one at a time, then the checklist.
#[component]
fn Walkthrough() -> impl IntoView {
    let step = RwSignal::new(0usize);
    let total = REFERRAL.items.len() + 1;
    let heading = NodeRef::<leptos::html::H2>::new();
    let go = move |to: usize| {
        step.set(to);
        // Put screen reader and keyboard users at the start of the new step.
        focus_when_drawn(heading);
    };
    view! {
        <section class="walkthrough" aria-labelledby="walkthrough-heading">
            {move || {
                let at = step.get();
                let title = REFERRAL.items.get(at).map_or(text::REFERRAL_CHECKLIST, |s| s.title);
                view! {
                    <p class="walkthrough__count no-print">{text::STEP} " " {at + 1} " " {text::STEP_OF} " " {total}</p>
                    <h2 id="walkthrough-heading" tabindex="-1" node_ref=heading>{title}</h2>
                    {match REFERRAL.items.get(at) {
                        Some(current) => view! {
                            <p>{current.intro}</p>
                            <ul>{current.points.iter().map(|point| view! { <li>{*point}</li> }).collect_view()}</ul>
                        }
                        .into_any(),
                        None => view! {
                            <p class="no-print">{text::REFERRAL_CHECKLIST_LEAD}</p>
                            <ul class="checklist">
                                {REFERRAL_CHECKLIST.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}
                            </ul>
                            <PrintButton label=text::REFERRAL_PRINT />
                        }
                        .into_any(),
                    }}
                    <div class="button-row no-print">
                        {(at > 0).then(|| view! {
                            <button type="button" class="button button--secondary" on:click=move |_| go(at - 1)>{text::REFERRAL_BACK}</button>
                        })}
                        {(at + 1 < total).then(|| view! {
                            <button type="button" class="button" on:click=move |_| go(at + 1)>{text::REFERRAL_NEXT}</button>
                        })}
                    </div>
                }
            }}
        </section>
    }
}
