use leptos::prelude::*;

use crate::components::{HelpNow, ReviewDates, SourceLinks, Title};
use crate::content::HELPLINES;
use crate::text;

/// Every help line with when to use it; linked from the header of every page.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <Title text=text::HELP_TITLE />
        <h1>{text::HELP_TITLE}</h1>
        <p class="lead">{text::HELP_LEAD}</p>
        <HelpNow full=true />
        <SourceLinks sources=HELPLINES.sources />
        <ReviewDates reviewed=HELPLINES.reviewed next_review=HELPLINES.next_review />
    }
}
