use leptos::prelude::*;

use crate::text;

/// "Page last reviewed" and "Next review due", shown with every piece of guide content.
#[component]
pub fn ReviewDates(reviewed: &'static str, next_review: &'static str) -> impl IntoView {
    view! {
        <div class="review-dates">
            <p>{text::PAGE_REVIEWED} " " {text::long_date(reviewed)}</p>
            <p>{text::PAGE_NEXT_REVIEW} " " {text::long_date(next_review)}</p>
        </div>
    }
}
