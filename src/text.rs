//! Every piece of interface text, in one place, so the guide can later be offered in other
//! languages. Guide content itself lives in `content/`.

pub const APP_NAME: &str = "Palliative Care Guide";
pub const LANG: &str = "en-GB";

pub const SKIP_LINK: &str = "Skip to main content";
pub const NAV_LABEL: &str = "Main";
pub const NAV_HOME: &str = "Home";
pub const NAV_QUESTIONS: &str = "My questions";

pub const FOOTER_ADVICE: &str =
    "This guide gives general information. It does not replace advice from your own care team.";
pub const FOOTER_PRIVACY: &str = "Anything you type stays on this device. It is never sent anywhere.";

pub const HOME_TITLE: &str = "Home";
pub const HOME_HEADING: &str = "Palliative care: a guide for families";
pub const HOME_LEAD: &str = "Clear, kind answers about palliative care, and a place to keep your own questions for the care team.";
pub const HOME_GUIDE_HEADING: &str = "Read the guide";
pub const HOME_QUESTIONS_SUMMARY: &str = "Write down what you want to ask. Your questions stay on this device.";

pub const HELP_HEADING: &str = "Need help now?";
pub const HELP_EMERGENCY: &str = "In an emergency, call 999.";
pub const HELP_URGENT: &str = "For urgent medical advice, call NHS 111 or use 111.nhs.uk.";
pub const HELP_TEAM: &str = "If the person is already cared for by a team or a hospice, call the number they gave you.";

pub const PAGE_REVIEWED: &str = "Page last reviewed:";
pub const PAGE_NEXT_REVIEW: &str = "Next review due:";
pub const PAGE_SOURCES: &str = "Where this information comes from";

pub const NOT_FOUND_TITLE: &str = "Page not found";
pub const NOT_FOUND_BODY: &str = "We could not find that page. It may have moved.";
pub const NOT_FOUND_HOME: &str = "Go to the home page";

pub const QUESTIONS_TITLE: &str = "My questions";
pub const QUESTIONS_LEAD: &str =
    "Write down what you want to ask the care team. Your questions are kept on this device only.";
pub const QUESTION_NEW_LABEL: &str = "Your question";
pub const QUESTION_ADD: &str = "Add question";
pub const QUESTION_EMPTY_ERROR: &str = "Type your question first.";
pub const QUESTION_EDIT_LABEL: &str = "Change your question";
pub const QUESTION_EDIT: &str = "Edit";
pub const QUESTION_SAVE: &str = "Save";
pub const QUESTION_CANCEL: &str = "Cancel";
pub const QUESTION_DELETE: &str = "Delete";
pub const QUESTIONS_NONE: &str = "You have no questions yet.";
pub const QUESTIONS_LIST_HEADING: &str = "Your questions";

pub const SAVING_RECOVERED: &str = "We could not read the questions saved here before. We have kept them safely on this device and started a new list.";
pub const SAVING_BLOCKED_UNREADABLE: &str = "We could not read the questions saved here before. To keep them safe, new questions will not be saved until this page is closed.";
pub const SAVING_BLOCKED_NEWER: &str = "Your questions were saved by a newer version of this guide. Close and reopen the guide to see them. Nothing has been changed.";
pub const SAVING_UNAVAILABLE: &str = "This browser is not letting the guide save anything. Your questions will be lost when you close this page. Write them down or take a photo.";
pub const SAVING_REFUSED: &str = "Your last change could not be saved. The device may be full. Your questions are still here until you close this page.";

/// "2026-11-25" as "25 November 2026". Returns the input unchanged if it is not an ISO date.
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    match (month.parse::<usize>(), day.parse::<u32>()) {
        (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {year}", MONTHS[m - 1]),
        _ => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::long_date;

    #[test]
    fn dates_read_the_british_way() {
        assert_eq!(long_date("2026-11-25"), "25 November 2026");
        assert_eq!(long_date("2027-01-05"), "5 January 2027");
        assert_eq!(long_date("not a date"), "not a date");
        assert_eq!(long_date("2027-13-05"), "2027-13-05");
    }
}
