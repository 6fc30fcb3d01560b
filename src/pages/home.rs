use leptos::prelude::*;

use crate::components::{HelpNow, Title};
use crate::{content, routes, text};

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <Title text=text::HOME_TITLE />
        <h1>{text::HOME_HEADING}</h1>
        <p class="lead">{text::HOME_LEAD}</p>
        <HelpNow />
        <ul class="card-list">
            <Card href=routes::START.to_owned() title=text::START_TITLE summary=text::HOME_START_SUMMARY />
        </ul>
        <h2>{text::HOME_GUIDE_HEADING}</h2>
        <ul class="card-list">
            {content::PAGES
                .iter()
                .map(|page| view! { <Card href=routes::guide(page.slug) title=page.title summary=page.summary /> })
                .collect_view()}
        </ul>
        <h2>{text::HOME_MORE_HEADING}</h2>
        <ul class="card-list">
            <Card href=routes::MYTHS.to_owned() title=text::MYTHS_TITLE summary=text::MYTHS_LEAD />
            <Card href=routes::REFERRAL.to_owned() title=text::REFERRAL_TITLE summary=text::REFERRAL_LEAD />
            <Card href=routes::QUESTIONS.to_owned() title=text::NAV_QUESTIONS summary=text::HOME_QUESTIONS_SUMMARY />
            <Card href=routes::DIARY.to_owned() title=text::DIARY_TITLE summary=text::HOME_DIARY_SUMMARY />
            <Card href=routes::PLANNING.to_owned() title=text::PLAN_TITLE summary=text::HOME_PLAN_SUMMARY />
            <Card href=routes::CARER.to_owned() title=text::CARER_TITLE summary=text::HOME_CARER_SUMMARY />
            <Card href=routes::MEDICINES.to_owned() title=text::MEDICINES_TITLE summary=text::HOME_MEDICINES_SUMMARY />
            <Card href=routes::APPOINTMENTS.to_owned() title=text::APPOINTMENTS_TITLE summary=text::HOME_APPOINTMENTS_SUMMARY />
            <Card href=routes::SHARE.to_owned() title=text::NAV_SHARE summary=text::HOME_SHARE_SUMMARY />
            <Card href=routes::GLOSSARY.to_owned() title=text::GLOSSARY_TITLE summary=text::GLOSSARY_LEAD />
        </ul>
    }
}

/// A link to another part of the guide, with a one-line summary. The whole card is the link.
#[component]
fn Card(href: String, title: &'static str, summary: &'static str) -> impl IntoView {
    view! {
        <li class="card">
            <a href=href class="card__link">
                <span class="card__title">{title}</span>
                <span class="card__summary">{summary}</span>
            </a>
        </li>
    }
}
