//! Every piece of interface text, in one place, so the guide can later be offered in other
//! languages. Guide content itself lives in `content/`.

use crate::store::backup::Summary;
use crate::store::locked::PasscodeError;
use crate::store::model::AskWho;

pub const APP_NAME: &str = "Palliative Care Guide";
pub const LANG: &str = "en-GB";

pub const SKIP_LINK: &str = "Skip to main content";
pub const NAV_LABEL: &str = "Main";
pub const NAV_HOME: &str = "Home";
pub const NAV_QUESTIONS: &str = "My questions";
pub const NAV_NOTES: &str = "My notes";
pub const NAV_MY_DATA: &str = "Backup and privacy";
pub const NAV_START: &str = "Start here";
pub const NAV_SEARCH: &str = "Search";
pub const NAV_HELP: &str = "Need help now?";
pub const NAV_MENU: &str = "Menu";

pub const FOOTER_ADVICE: &str =
    "This guide gives general information. It does not replace advice from your own care team.";
pub const FOOTER_PRIVACY: &str =
    "Anything you type stays on this device. It is never sent anywhere.";

pub const UPDATE_READY: &str = "A new version of this guide is ready.";
pub const UPDATE_RELOAD: &str = "Reload to use it";

pub const KIOSK_FINISH: &str = "Finish and clear";
pub const KIOSK_STILL_THERE: &str = "Are you still there?";
pub const KIOSK_COUNTDOWN: &str =
    "To keep your information private, this tablet will clear everything in";
pub const KIOSK_SECONDS: &str = "seconds.";
pub const KIOSK_STAY: &str = "I am still here";
pub const KIOSK_EXTERNAL_HEADING: &str = "This link goes to another website";
pub const KIOSK_EXTERNAL_BODY: &str = "On this shared tablet, other websites do not open. Scan the code with your phone, or write down the address:";
pub const KIOSK_CLOSE: &str = "Close";
pub const KIOSK_SETUP_TITLE: &str = "Set up a shared tablet";
pub const KIOSK_SETUP_LEAD: &str = "In kiosk mode nothing a visitor types is kept, and the guide clears itself after a time without use. Choose a staff PIN: it is needed to turn kiosk mode off.";
pub const KIOSK_IDLE_LABEL: &str =
    "Seconds without use before \"Are you still there?\" (120 is 2 minutes)";
pub const KIOSK_WARNING_LABEL: &str = "Seconds the question stays before everything is cleared";
pub const KIOSK_PIN_LABEL: &str = "Staff PIN";
pub const KIOSK_PIN_HINT: &str = "At least 4 numbers. Only staff should know it.";
pub const KIOSK_PIN_AGAIN: &str = "Type the PIN again";
pub const KIOSK_START: &str = "Start kiosk mode";
pub const KIOSK_START_FAILED: &str = "This browser could not keep the kiosk setting. Check that it allows this site to store data, then try again.";
pub const KIOSK_ALREADY_ON: &str = "Kiosk mode is already on. To change its settings, turn it off with the staff PIN, then set it up again.";
pub const KIOSK_OFF_TITLE: &str = "Turn kiosk mode off";
pub const KIOSK_TURN_OFF: &str = "Turn kiosk mode off";
pub const KIOSK_UNLOCK_LABEL: &str = "Staff PIN";
pub const KIOSK_PIN_WRONG: &str = "That PIN is not right. Kiosk mode is still on.";
pub const KIOSK_PIN_WAIT: &str = "That PIN is not right, or there have been too many tries. Kiosk mode is still on. You can try again in";
pub const KIOSK_NOT_ON: &str = "Kiosk mode is not on for this device.";
pub const KIOSK_NO_PIN: &str = "This kiosk was set up without a PIN.";
pub const KIOSK_FORGOTTEN: &str = "Forgotten the PIN? In the browser's settings, clear this site's data (sometimes called \"site settings\" or \"storage\"). That ends kiosk mode, and you can set it up again.";

pub fn pin_error(problem: crate::kiosk::PinError) -> &'static str {
    use crate::kiosk::PinError;
    match problem {
        PinError::NotDigits => "Use numbers only for the PIN.",
        PinError::TooShort => "The PIN needs at least 4 numbers.",
        PinError::Mismatch => "The two PINs are not the same. Type them again.",
    }
}

/// "1 second", "30 seconds", "2 minutes", "1 minute and 30 seconds".
pub fn seconds(total: u32) -> String {
    let plural = |n: u32, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    match (total / 60, total % 60) {
        (0, s) => format!("{}.", plural(s, "second")),
        (m, 0) => format!("{}.", plural(m, "minute")),
        (m, s) => format!("{} and {}.", plural(m, "minute"), plural(s, "second")),
    }
}

pub const NAV_STAFF: &str = "For care staff";
pub const STAFF_TITLE: &str = "For care staff";
pub const STAFF_LEAD: &str = "This guide is for the families and carers of someone with an illness that cannot be cured. Here is how you can bring it to them.";
pub const STAFF_RECOMMEND: &str = "Recommend it";
pub const STAFF_RECOMMEND_POINTS: &[&str] = &[
    "Tell families the guide's address, or show them the poster's code to scan with their phone's camera. It is free and works on any phone, tablet or computer.",
    "Families can add it to their home screen and read it with no signal.",
    "What they type stays on their own device. There are no accounts, no cookies and no tracking.",
];
pub const STAFF_ADDRESS: &str = "The guide's address:";
pub const STAFF_KIOSK: &str = "A tablet in a waiting room";
pub const STAFF_KIOSK_POINTS: &[&str] = &[
    "In kiosk mode nothing a visitor types is kept. After a time without use the guide asks \"Are you still there?\", then clears everything. Visitors can press \"Finish and clear\" at any time.",
    "Visitors can take what they wrote (questions, appointments, a carer's check-in, their wishes) to their own phone by scanning a code. Links to other websites show a code instead of opening.",
    "You choose a staff PIN when you set it up. Only someone with the PIN can turn kiosk mode off.",
];
pub const STAFF_KIOSK_SET_UP: &str = "Set up this tablet as a kiosk";
pub const STAFF_PRINT: &str = "Things to print";
pub const STAFF_PRINT_SHEET: &str =
    "A family's sheet to take to an appointment (printed from their own device)";
pub const BOOKLET_TITLE: &str = "The whole guide as a booklet";
pub const BOOKLET_INTRO: &str = "Every page of the guide in one document, to print or save as a PDF. It has a cover, the contents, page numbers, and each page's sources and review dates. It reads well in black and white.";
pub const BOOKLET_COVER_LEAD: &str =
    "A plain-English guide for families and carers of someone who is very ill.";
pub const BOOKLET_COVER_NOTE: &str = "This guide gives general information. It does not replace advice from your own care team. In an emergency, call 999. For urgent advice, call NHS 111.";
pub const BOOKLET_CONTENTS: &str = "Contents";
pub const POSTER_LINK: &str = "A poster for the waiting room";
pub const POSTER_INTRO: &str =
    "One A4 page. Print it, or save it as a PDF. It looks right in black and white.";
pub const POSTER_LINES: &[&str] = &[
    "A free guide for families and carers of someone who is very ill.",
    "What palliative care is, who can help, and how to get it.",
    "Keep your questions and notes on your own phone. Nothing you type is sent anywhere.",
];
pub const POSTER_SCAN: &str = "Scan with your phone's camera to open the guide";
pub const HANDOFF_HEADING: &str = "Take what you wrote with you";
pub const HANDOFF_LEAD: &str = "Scan this code with your phone's camera. What you wrote opens in this guide on your phone. Nothing is sent over the internet.";
pub const HANDOFF_TOO_LONG: &str =
    "There is too much to fit in one code. Write it down, or take a photo of the screen.";
pub const IMPORT_TITLE: &str = "From the clinic tablet";
pub const IMPORT_LEAD: &str =
    "These came from the clinic tablet. Add them to your own lists on this phone?";
pub const IMPORT_ADD: &str = "Add to this phone";
pub const IMPORT_ADDED: &str = "Added to this phone.";
pub const IMPORT_NONE: &str = "There is nothing to add in this link.";

pub const HOME_TITLE: &str = "Home";
pub const HOME_HEADING: &str = "Palliative care: a guide for families";
pub const HOME_LEAD: &str = "Clear, kind answers about palliative care, and a place to keep your own questions for the care team.";
pub const HOME_GUIDE_HEADING: &str = "Read the guide";
pub const HOME_QUESTIONS_SUMMARY: &str =
    "Write down what you want to ask. Your questions stay on this device.";

pub const HOME_START_SUMMARY: &str = "New to all this? Go through the guide step by step.";
pub const HOME_MORE_HEADING: &str = "Try, plan and look up";

pub const HELP_HEADING: &str = "Need help now?";
pub const HELP_TITLE: &str = "Need help now?";
pub const HELP_LEAD: &str = "Who to call, and when.";
pub const HELP_LINES_HEADING: &str = "Phone lines";
pub const HELP_ALL_LINES: &str = "More phone lines for support";
pub const HELP_CALL: &str = "Call";
pub const HELP_WEBSITE: &str = "Website";
pub const HELP_EMERGENCY: &str = "In an emergency, call 999.";
pub const HELP_URGENT: &str = "For urgent medical advice, call NHS 111 or use 111.nhs.uk.";
pub const HELP_TEAM: &str =
    "If the person is already cared for by a team or a hospice, call the number they gave you.";

pub const PAGE_REVIEWED: &str = "Page last reviewed:";
pub const PAGE_NEXT_REVIEW: &str = "Next review due:";
pub const PAGE_SOURCES: &str = "Where this information comes from";
pub const SOURCE: &str = "Source:";

pub const START_TITLE: &str = "Start here";
pub const START_LEAD: &str = "Go through the guide one step at a time. Mark each step done when you have read it. Your progress is kept on this device.";
pub const START_DONE: &str = "Done";
pub const START_NOT_DONE: &str = "Not started";
pub const START_COUNT: &str = "steps done";
pub const STEP_MARK_DONE: &str = "I have read this step";
pub const STEP_MARKED: &str = "Step marked as done.";
pub const STEP_UNMARKED: &str = "Step marked as not done.";
pub const STEP_NEXT: &str = "Next step:";
pub const STEP_LAST: &str = "That was the last step. Well done.";
pub const STEP_ALL: &str = "See all steps";
pub const STEP_OF: &str = "of";

pub const MYTHS_TITLE: &str = "Myth or fact?";
pub const MYTHS_LEAD: &str = "People hear many things about palliative care. Some are true and some are not. Read each statement and choose.";
pub const MYTHS_CARD: &str = "Statement";
pub const MYTHS_CHOOSE: &str = "Is this a myth or a fact?";
pub const MYTHS_MYTH: &str = "Myth";
pub const MYTHS_FACT: &str = "Fact";
pub const MYTHS_RIGHT: &str = "You are right.";
pub const MYTHS_WRONG: &str = "Not quite.";
pub const MYTHS_IS_MYTH: &str = "This is a myth.";
pub const MYTHS_IS_FACT: &str = "This is true.";
pub const MYTHS_NEXT: &str = "Next statement";
pub const MYTHS_AGAIN: &str = "Start again";
pub const MYTHS_END: &str = "You have seen every statement.";
pub const MYTHS_LIST: &str = "Read all of them as a list";

pub const REFERRAL_TITLE: &str = "Getting a referral";
pub const REFERRAL_LEAD: &str = "How to ask for palliative care or hospice care, step by step.";
pub const REFERRAL_AREA: &str = "Where does the person live?";
pub const REFERRAL_SERVICES: &str = "Local services";
pub const REFERRAL_OFFERS: &str = "What they offer:";
pub const REFERRAL_WHO: &str = "Who can refer:";
pub const REFERRAL_CONTACT: &str = "Phone numbers and how to get in touch are on their website:";
pub const REFERRAL_CHECKED: &str = "Details checked:";
pub const STEP: &str = "Step";
pub const REFERRAL_BACK: &str = "Back";
pub const REFERRAL_NEXT: &str = "Next";
pub const REFERRAL_CHECKLIST: &str = "Your checklist";
pub const REFERRAL_CHECKLIST_LEAD: &str =
    "Print this list, or save it as a PDF, and tick each thing off.";
pub const REFERRAL_PRINT: &str = "Print the checklist";
pub const REFERRAL_AREA_LEAD: &str = "Choose an area to see local services.";

pub const GLOSSARY_TITLE: &str = "Words explained";
pub const GLOSSARY_LEAD: &str = "What the words used by care teams mean.";
pub const GLOSSARY_ALSO: &str = "Also called:";

pub const LISTEN_LABEL: &str = "Listen to this page";
pub const LISTEN_PLAY: &str = "Listen to this page";
pub const LISTEN_RESUME: &str = "Carry on listening";
pub const LISTEN_PAUSE: &str = "Pause";
pub const LISTEN_STOP: &str = "Stop reading";

pub const SEARCH_TITLE: &str = "Search";
pub const SEARCH_LABEL: &str = "Search the guide";
pub const SEARCH_HINT: &str = "For example: hospice, pain, benefits, Willen.";
pub const SEARCH_WAITING: &str = "Finding results for your words…";
pub const SEARCH_NONE: &str = "Nothing found. Try a shorter or different word.";
/// Shown above the results when a family's word is one the guide calls by another name.
pub const SEARCH_KNOWN_AS: &str = "the guide calls this";
pub const SEARCH_NOTHING_FOR: &str = "We found nothing for";
pub const SEARCH_DID_YOU_MEAN: &str = "Did you mean:";
pub const SEARCH_TOPICS: &str = "Or choose a topic";
pub const SEARCH_IN_SECTION: &str = "Part:";
pub const SEARCH_ONE: &str = "1 result";
pub const SEARCH_MANY: &str = "results";

/// How search results are labelled by kind.
pub fn search_kind(kind: crate::search::Kind) -> &'static str {
    use crate::search::Kind;
    match kind {
        Kind::Page => "Guide page",
        Kind::Own => "Your own page",
        Kind::Term => "Word explained",
        Kind::Myth => "Myth or fact",
        Kind::Service => "Local service",
    }
}

pub const NOT_FOUND_TITLE: &str = "Page not found";
pub const NOT_FOUND_BODY: &str = "We could not find that page. It may have moved.";
pub const NOT_FOUND_HOME: &str = "Go to the home page";
pub const PAGE_LOADING: &str = "Opening the page…";
pub const PAGE_NOT_LOADED_TITLE: &str = "This page could not be opened";
pub const PAGE_NOT_LOADED_BODY: &str =
    "Your phone or tablet may be offline. Nothing you have written is lost. Check your connection, then try again.";
pub const PAGE_NOT_LOADED_AGAIN: &str = "Try again";

pub const QUESTIONS_TITLE: &str = "My questions";
pub const QUESTIONS_LEAD: &str =
    "Write down what you want to ask the care team. Your questions are kept on this device only.";
pub const QUESTION_NEW_LABEL: &str = "Your question";
pub const QUESTION_ASK_LABEL: &str = "Who to ask";
pub const QUESTION_ADD: &str = "Add question";
pub const QUESTION_EMPTY_ERROR: &str = "Type your question first.";
pub const QUESTION_EDIT_LABEL: &str = "Change your question";
pub const QUESTION_EDIT: &str = "Edit";
pub const QUESTION_SAVE: &str = "Save";
pub const QUESTION_CANCEL: &str = "Cancel";
pub const DELETE: &str = "Delete";
pub const QUESTION_MOVE_UP: &str = "Move up";
pub const QUESTION_MOVE_DOWN: &str = "Move down";
pub const QUESTION_ANSWER: &str = "Write the answer";
pub const QUESTION_ANSWER_LABEL: &str = "What did they say?";
pub const QUESTION_ANSWER_SAVE: &str = "Save answer";
pub const QUESTION_UNANSWER: &str = "Mark as not answered";
pub const QUESTION_ANSWERED: &str = "Answered:";
pub const QUESTION_ASK_PREFIX: &str = "Ask:";
pub const QUESTIONS_NONE: &str = "You have no questions yet.";
pub const QUESTIONS_LIST_HEADING: &str = "Your questions";
pub const QUESTIONS_TO_APPOINTMENT: &str = "Print your questions to take to an appointment";
pub const QUESTION_ADDED: &str = "Question added.";
pub const QUESTION_SAVED: &str = "Question saved.";
pub const QUESTION_DELETED: &str = "Question deleted.";
pub const QUESTION_RESTORED: &str = "Question put back.";
pub const QUESTION_MOVED: &str = "Question moved.";
pub const QUESTION_ANSWER_SAVED: &str = "Answer saved.";
pub const UNDO: &str = "Undo";
pub const LIBRARY_HEADING: &str = "Suggested questions";
pub const LIBRARY_LEAD: &str = "Families often ask these. Add any that matter to you with one tap.";
pub const LIBRARY_ADD: &str = "Add";
pub const LIBRARY_ADDED: &str = "Added";

/// The name shown for each choice of whom to ask.
pub fn ask_label(who: AskWho) -> &'static str {
    match who {
        AskWho::Anyone => "Anyone in the team",
        AskWho::Gp => "GP",
        AskWho::Nurse => "Nurse",
        AskWho::Consultant => "Consultant",
        AskWho::Hospice => "Hospice",
        AskWho::Other => "Someone else",
    }
}

pub const DIARY_TITLE: &str = "Symptom diary";
pub const HOME_DIARY_SUMMARY: &str = "Note how things are each day, to show the care team.";
pub const DIARY_LEAD: &str =
    "Keep a note of how things are, to show the care team. It is kept on this device only.";
pub const DIARY_NO_ADVICE: &str = "This diary does not give medical advice, and never suggests a medicine or a dose. Follow the care team's instructions.";
pub const DIARY_HEADING: &str = "How are things today?";
pub const CHECK_IN_CHANGE_HEADING: &str = "Change this check-in";
pub const DIARY_SCALE_HINT: &str =
    "0 means none and 10 means the worst. Leave anything you do not want to rate as Not rated.";
pub const DIARY_NOT_RATED: &str = "Not rated";
pub const DIARY_OTHER_LABEL: &str = "Another problem (optional)";
pub const DIARY_OTHER_HINT: &str = "For example, constipation or a sore mouth.";
pub const DIARY_OTHER_NAME: &str = "Another problem";
pub const DIARY_OTHER_NONE: &str = "No problem";
pub const DIARY_OTHER_WORST: &str = "Worst problem";
pub const DIARY_SEVERE: &str =
    "A score of 7 or more is high. Tell the care team about it, today if you can.";
pub const DIARY_SEVERE_NO_CONTACTS: &str = "You can keep the care team's phone numbers in";
pub const DIARY_SEVERE_111: &str =
    "If you cannot reach them, or it is night or the weekend, call NHS 111.";
pub const DIARY_SEVERE_999: &str = "In an emergency, call 999.";
pub const DIARY_SEVERE_WHO: &str = "Who to call about a high score";

/// "You rated pain 7 and shortness of breath 8 today.": what was high in a saved check-in, kept
/// on screen after saving. `on` is the check-in's date (YYYY-MM-DD); `today` the device's.
pub fn diary_rated_high(high: &[(String, u8)], on: &str, today: &str) -> String {
    let rated: Vec<String> = high
        .iter()
        .map(|(name, score)| format!("{} {score}", in_sentence(name)))
        .collect();
    let rated = match rated.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => return String::new(),
    };
    let when = if on == today {
        "today".to_owned()
    } else {
        format!("on {}", date_time(on))
    };
    format!("You rated {rated} {when}.")
}

/// A name as it reads inside a sentence: "Pain" becomes "pain", but "DVT" stays as it is. ASCII
/// letters only: the Unicode case tables would add kilobytes to the diary's download, and a
/// name that starts otherwise is left as the family wrote it.
fn in_sentence(name: &str) -> String {
    let bytes = name.as_bytes();
    match bytes {
        [first, second, ..] if first.is_ascii_uppercase() && !second.is_ascii_uppercase() => {
            let mut name = name.to_owned();
            name[..1].make_ascii_lowercase();
            name
        }
        _ => name.to_owned(),
    }
}
pub const DIARY_BY_LEGEND: &str = "Who is filling this in?";
pub const DIARY_BY_PERSON: &str = "The person who is ill";
pub const DIARY_BY_CARER: &str = "A carer, for them";
pub const DIARY_BY_PERSON_SHORT: &str = "Filled in by the person who is ill";
pub const DIARY_BY_CARER_SHORT: &str = "Filled in by a carer";
pub const DIARY_AT_LABEL: &str = "Date and time";
pub const DIARY_NOTE_LABEL: &str = "A short note (optional)";
// The CHECK_IN_ words are shared by both check-ins: the symptom diary's and the carer's.
pub const CHECK_IN_SAVE: &str = "Save check-in";
pub const DIARY_CANCEL: &str = "Cancel";
pub const CHECK_IN_SAVED: &str = "Check-in saved.";
pub const CHECK_IN_CHANGED: &str = "Check-in changed.";
pub const CHECK_IN_DELETED: &str = "Check-in deleted.";
pub const CHECK_IN_RESTORED: &str = "Check-in put back.";
pub const DIARY_CHANGE_TITLE: &str = "Seeing change";
pub const DIARY_RANGE_LEGEND: &str = "Show the last";
pub const DIARY_DAYS: &str = "days";
pub const DIARY_DAYS_AGO: &str = "days ago";
pub const DIARY_TODAY: &str = "today";
pub const DIARY_NO_CHANGE: &str = "Nothing rated in this time yet. Your check-ins will show here.";
pub const DIARY_TABLE_CAPTION: &str = "ratings from 0 to 10 in the last";
pub const DIARY_WHEN: &str = "When";
pub const DIARY_TABLE_ALL: &str = "Every check-in, scored from 0 to 10, in the last";
pub const DIARY_TABLE_BLANK: &str = "A blank means not rated";
pub const DIARY_NOTE_COLUMN: &str = "Note";
pub const DIARY_TABLE_LABEL: &str = "Every check-in";
pub const DIARY_SCORE: &str = "Score (0 to 10)";
pub const DIARY_ENTRIES: &str = "Check-ins";
pub const CHECK_IN_ENTRY: &str = "check-in";
pub const CHECK_IN_NONE: &str = "No check-ins yet.";
pub const DIARY_CHANGE: &str = "Change";
pub const DIARY_BASED_ON: &str = "The check-in is in our own words, based on the Edmonton Symptom Assessment System (revised), which palliative care teams use. Source:";

// --- "Planning ahead together": the workbook and the "My wishes" sheet ---

pub const PLAN_TITLE: &str = "Planning ahead together";
pub const HOME_PLAN_SUMMARY: &str =
    "A step-by-step workbook for the talks that matter, and a \"My wishes\" sheet to bring.";
pub const PLAN_LEAD: &str = "Think about the future, one step at a time, and talk it over with the people close to you. Write in your own words. You can skip any step.";
pub const PLAN_HONEST: &str = "What you write here is an advance statement of your wishes. It helps the people caring for you, but it is not legally binding. To refuse a treatment in the future, you need an advance decision to refuse treatment. To choose who can decide for you, you need a lasting power of attorney.";
pub const PLAN_HONEST_MORE: &str = "Read about both in Planning ahead";
pub const PLAN_REVISIT: &str =
    "Wishes can change. Read them again from time to time, and after any big change.";
pub const PLAN_STEPS: &str = "The steps";
pub const PLAN_NOT_WRITTEN: &str = "Not written yet";
pub const PLAN_CHANGED: &str = "Last changed";
pub const PLAN_STEP: &str = "Step";
pub const PLAN_OF: &str = "of";
pub const PLAN_SAVE_NEXT: &str = "Save and go on";
pub const PLAN_SAVE_LAST: &str = "Save";
pub const PLAN_SKIP: &str = "Skip this step";
pub const PLAN_BACK: &str = "Back";
pub const PLAN_SAVED: &str = "Step saved.";
pub const PLAN_MORE: &str = "Read more";
pub const PLAN_SHEET: &str = "My wishes";
pub const PLAN_SHEET_LEAD: &str = "Your words under plain headings, to print and bring to the GP or the care team. A blank line means nothing was written yet.";
pub const PLAN_PRINT: &str = "Print My wishes";
pub const PLAN_SHEET_NAME: &str = "My name:";
pub const PLAN_SHEET_DATE: &str = "Date:";
pub const PLAN_SHEET_STATUS: &str =
    "This is an advance statement of my wishes. It is not legally binding.";
pub const PLAN_SHEET_SIGNED: &str = "Signed (if you want to):";
pub const PLAN_SOURCES: &str = "Sources:";

/// "3 of 7 steps written".
pub fn plan_progress(written: usize, steps: usize) -> String {
    format!(
        "{written} {PLAN_OF} {steps} {} written",
        if steps == 1 { "step" } else { "steps" }
    )
}

// --- "How am I doing?": the carer's own check-in ---

pub const CARER_TITLE: &str = "How am I doing?";
pub const HOME_CARER_SUMMARY: &str =
    "For you, the carer: what you need, and the help you have a right to.";
pub const CARER_LEAD: &str = "This is for you, the person doing the caring. Say how you are getting on. It is kept apart from the symptom diary.";
pub const CARER_HEADING: &str = "How are you getting on?";
pub const CARER_HINT: &str = "Answer the ones you want to. You can skip any.";
pub const CARER_MANAGING: &str = "I'm managing";
pub const CARER_SOME_HELP: &str = "I could do with some help";
pub const CARER_MORE_HELP: &str = "I need more help";
pub const CARER_DATE_LABEL: &str = "Date";
pub const CARER_NOTE_LABEL: &str = "Anything else on your mind (optional)";
pub const CARER_HELP_HEADING: &str = "Help for what you said";
pub const CARER_HELP_LEAD: &str =
    "From your last check-in. Each link goes to a part of this guide.";
pub const CARER_HELP_NONE: &str =
    "In your last check-in you said you are managing. Come back when things change.";
pub const CARER_PEOPLE: &str = "People you can call";
pub const CARER_ENTRIES: &str = "Your check-ins";
pub const CARER_ASSESSMENT_HEADING: &str = "Ask for a carer's assessment";
pub const CARER_ASSESSMENT_LEAD: &str = "A carer's assessment is free, and it is your right. Your local council's social care team does it. It looks at what would help you.";
pub const CARER_ASSESSMENT_MORE: &str = "What it is and what to say";
pub const CARER_NOTE_HEADING: &str = "My note for a carer's assessment";
pub const CARER_NOTE_LEAD: &str = "Print this note, fill in the blanks, and bring it with you.";
pub const CARER_NOTE_INCLUDE: &str = "Put what I said in my last check-in on the note";
pub const CARER_NOTE_PRINT: &str = "Print my note";
pub const CARER_NOTE_DATE: &str = "Date:";
pub const CARER_NOTE_NAME: &str = "My name:";
pub const CARER_NOTE_CARE_FOR: &str = "The person I care for:";
pub const CARER_NOTE_WHAT_I_DO: &str = "What I do as a carer, and for how long each week:";
pub const CARER_NOTE_NEEDS: &str = "Where I need help:";
pub const CARER_NOTE_MORE: &str = "Anything else:";
pub const CARER_NOTE_ASK: &str = "What I would like to ask:";
pub const CARER_NOTE_BLANK: &str = "Write here";
pub const CARER_BASED_ON: &str =
    "The areas are in our own words, like those palliative care teams ask carers about. Sources:";

/// How a carer said they are getting on in one area, as the page and the note show it.
pub fn carer_need(need: crate::store::carer::Need) -> &'static str {
    use crate::store::carer::Need;
    match need {
        Need::Managing => CARER_MANAGING,
        Need::SomeHelp => CARER_SOME_HELP,
        Need::MoreHelp => CARER_MORE_HELP,
    }
}

/// What a carer's check-in said, one line per answer from "more help" to "managing": "I need
/// more help: Time for a break, Money and work".
pub fn carer_answers(entry: &crate::store::carer::CarerCheckIn) -> Vec<String> {
    let areas: Vec<(&str, &str)> = crate::content::CARER
        .items
        .iter()
        .map(|area| (area.key, area.name))
        .collect();
    entry
        .by_need(&areas)
        .into_iter()
        .map(|(need, names)| format!("{}: {}", carer_need(need), names.join(", ")))
        .collect()
}

/// What a carer's check-in form says when it cannot be saved.
pub fn carer_error(problem: crate::store::carer::CarerCheckInError) -> &'static str {
    use crate::store::carer::CarerCheckInError;
    match problem {
        CarerCheckInError::Empty => "Answer at least one, or write a note, before saving.",
        CarerCheckInError::BadDate => "Please enter a real date.",
        CarerCheckInError::UnknownArea => {
            "Something went wrong with this check-in. Please try again."
        }
    }
}

/// What is wrong with a check-in, in plain words.
pub fn diary_error(problem: crate::store::diary::CheckInError) -> &'static str {
    use crate::store::diary::CheckInError;
    match problem {
        CheckInError::Empty => "Rate at least one thing, or write a note.",
        CheckInError::BadTime => "Enter a real date and time.",
        CheckInError::OtherUnnamed => "Say what the other problem is, or set it to Not rated.",
        CheckInError::BadRating => "A rating must be from 0 to 10.",
    }
}

pub const MEDICINES_TITLE: &str = "Medicines";
pub const HOME_MEDICINES_SUMMARY: &str =
    "A list of medicines, and each \"when needed\" dose given, to show the team.";
pub const MEDICINES_LEAD: &str = "Keep a list of medicines to show the care team, and note each \"when needed\" dose that is given. It is kept on this device only.";
pub const MEDICINES_NO_ADVICE: &str = "This list never suggests a medicine, a dose or a time. Always follow the care team's instructions and the label.";
pub const MEDICINE_ADD_HEADING: &str = "Add a medicine";
pub const MEDICINE_CHANGE_HEADING: &str = "Change this medicine";
pub const MEDICINE_NAME: &str = "Name of the medicine";
pub const MEDICINE_NAME_ERROR: &str = "Write the name of the medicine.";
pub const MEDICINE_FOR: &str = "What it is for (optional)";
pub const MEDICINE_DOSE: &str = "Dose and when (optional)";
pub const MEDICINE_DOSE_HINT: &str = "Copy it from the label or from what the team said.";
pub const MEDICINE_SCHEDULE: &str = "How is it taken?";
pub const MEDICINE_REGULAR: &str = "Regularly, at set times";
pub const MEDICINE_WHEN_NEEDED: &str = "Only when needed";
pub const MEDICINE_ADD: &str = "Add medicine";
pub const MEDICINE_SAVE_CHANGE: &str = "Save changes";
pub const MEDICINE_ADDED: &str = "Medicine added.";
pub const MEDICINE_CHANGED: &str = "Medicine changed.";
pub const MEDICINE_DELETED: &str = "Medicine deleted.";
pub const MEDICINES_RESTORED: &str = "Put back.";
pub const MEDICINES_LIST: &str = "Medicines list";
pub const MEDICINES_NONE: &str = "No medicines yet.";
pub const MEDICINE_FOR_SHORT: &str = "For:";
pub const MEDICINE_DOSE_SHORT: &str = "Dose and when:";
pub const DOSES_HEADING: &str = "\"When needed\" doses given";
pub const DOSES_LEAD: &str =
    "Note each dose of a \"when needed\" medicine, and whether it helped. The team may ask.";
pub const DOSES_NEED_MEDICINE: &str =
    "To note a dose, first add the medicine and choose \"Only when needed\".";
pub const DOSES_NONE: &str = "No doses noted yet.";
pub const DOSE_MEDICINE: &str = "Medicine";
pub const DOSE_AT: &str = "When it was given";
pub const DOSE_AMOUNT: &str = "How much was given (optional)";
pub const DOSE_HELPED: &str = "Did it help?";
pub const DOSE_HELPED_SHORT: &str = "Did it help?";
pub const DOSE_SAVE: &str = "Save dose";
pub const DOSE_SAVE_CHANGE: &str = "Save changes to the dose";
pub const DOSE_ADDED: &str = "Dose noted.";
pub const DOSE_CHANGED: &str = "Dose changed.";
pub const DOSE_DELETED: &str = "Dose deleted.";
pub const DOSE_ENTRY: &str = "dose";
pub const DOSE_AMOUNT_SHORT: &str = "How much";
pub const APPOINTMENT_DOSES: &str = "\"When needed\" doses in the last 14 days";

pub fn schedule(schedule: crate::store::medicines::Schedule) -> &'static str {
    use crate::store::medicines::Schedule;
    match schedule {
        Schedule::Regular => MEDICINE_REGULAR,
        Schedule::WhenNeeded => MEDICINE_WHEN_NEEDED,
    }
}

/// Whether a dose helped, in plain words.
pub fn helped(helped: Option<crate::store::medicines::Helped>) -> &'static str {
    use crate::store::medicines::Helped;
    match helped {
        Some(Helped::Yes) => "Yes",
        Some(Helped::ALittle) => "A little",
        Some(Helped::No) => "No",
        None => "Not sure yet",
    }
}

/// What is wrong with a medicine or a dose, in plain words.
pub fn medicine_error(problem: crate::store::medicines::MedicineError) -> &'static str {
    use crate::store::medicines::MedicineError;
    match problem {
        MedicineError::NoName => "Write the name of the medicine.",
        MedicineError::BadTime => "Enter a real date and time.",
        MedicineError::UnknownMedicine => "Choose a medicine from your list.",
    }
}

pub const NOTES_TITLE: &str = "My notes";
pub const NOTES_LEAD: &str = "Keep track of what you were told, what matters to you, and who is in the care team. This stays on this device only.";
pub const WISHES_HEADING: &str = "What matters to me";
pub const WISHES_LABEL: &str = "Wishes and preferences, in your own words";
pub const WISHES_HINT: &str = "For example: where you would like to be cared for, who you want with you, what helps you feel calm.";
pub const WISHES_SAVE: &str = "Save what matters to me";
pub const WISHES_SAVED: &str = "Saved what matters to you.";
pub const NOTE_HEADING: &str = "Notes";
pub const NOTE_DATE_LABEL: &str = "Date";
pub const NOTE_WHO_LABEL: &str = "Who said it (optional)";
pub const NOTE_TEXT_LABEL: &str = "What was said";
pub const NOTE_ADD: &str = "Add note";
pub const NOTE_ADDED: &str = "Note added.";
pub const NOTE_DELETED: &str = "Note deleted.";
pub const NOTE_EMPTY_ERROR: &str = "Write the note first.";
pub const NOTES_NONE: &str = "No notes yet.";
pub const CONTACTS_HEADING: &str = "Care team contacts";
pub const CONTACT_NAME_LABEL: &str = "Name";
pub const CONTACT_ROLE_LABEL: &str = "Role (for example: district nurse)";
pub const CONTACT_PHONE_LABEL: &str = "Phone number";
pub const CONTACT_ADD: &str = "Add contact";
pub const CONTACT_ADDED: &str = "Contact added.";
pub const CONTACT_DELETED: &str = "Contact deleted.";
pub const CONTACT_EMPTY_ERROR: &str = "Write the person's name first.";
pub const CONTACTS_NONE: &str = "No contacts yet.";

pub const APPOINTMENT_DIARY: &str = "How things have been: the last 14 days";
pub const APPOINTMENT_TITLE: &str = "Take to the appointment";
pub const APPOINTMENT_LEAD: &str = "Print this page, or save it as a PDF, and take it with you. There is space to write the answers.";
pub const APPOINTMENT_PRINT: &str = "Print or save as PDF";
pub const APPOINTMENT_QUESTIONS: &str = "Questions to ask";
pub const APPOINTMENT_ANSWER: &str = "Answer:";
pub const APPOINTMENT_NO_QUESTIONS: &str = "You have no open questions. Add some in My questions.";
pub const APPOINTMENT_ANSWERED: &str = "Questions already answered";

pub const MY_DATA_TITLE: &str = "Backup and privacy";
pub const MY_DATA_LEAD: &str = "Everything you type is kept in this browser on this device. Nothing is sent anywhere. You can save a backup file, load one, or delete it all.";
pub const PERSIST_YES: &str =
    "This browser has agreed to keep your data, even if the device runs low on space.";
pub const PERSIST_NO: &str = "This browser may delete your data if the device runs low on space. A backup file keeps it safe.";
pub const EXPORT_HEADING: &str = "Save a backup";
pub const EXPORT_LEAD: &str = "Download a file with all your questions, notes and contacts. Keep it somewhere safe: anyone with the file can read it.";
pub const EXPORT_BUTTON: &str = "Download a backup file";
pub const EXPORT_DONE: &str = "Backup file downloaded.";
pub const EXPORT_FAILED: &str = "The backup file could not be made. Please try again.";

/// Whether a backup file was downloaded, in words.
pub fn export_said<E>(done: Result<(), E>) -> &'static str {
    if done.is_ok() {
        EXPORT_DONE
    } else {
        EXPORT_FAILED
    }
}
pub const EXPORT_LOCKED_LEAD: &str = "Download a file with everything you have written. It is locked with your passcode: to open it on another device, you will need the passcode.";
pub const EXPORT_PLAIN_BUTTON: &str = "Download a backup without the lock";
pub const EXPORT_PLAIN_CONFIRM: &str =
    "Anyone who gets this file will be able to read everything in it. Download it anyway?";
pub const EXPORT_PLAIN_YES: &str = "Yes, download it without the lock";
pub const EXPORT_PLAIN_NO: &str = "No";
pub const IMPORT_HEADING: &str = "Load a backup";
pub const IMPORT_UNLOCK_FIRST: &str = "Unlock your pages above to load a backup.";
pub const IMPORT_LOCKED_LEAD: &str = "This backup is locked. Type the passcode it was locked with.";
pub const IMPORT_LOCKED_LABEL: &str = "Passcode for this backup";
pub const IMPORT_LOCKED_OPEN: &str = "Open the backup";
pub const IMPORT_LOCKED_WRONG: &str =
    "That passcode does not open this backup. Nothing has been changed.";
pub const IMPORT_LOCKED_FAILED: &str = "This backup could not be opened. Nothing has been changed.";
pub const IMPORT_LABEL: &str = "Choose a backup file";
pub const IMPORT_NOT_OURS: &str =
    "This file is not a backup from this guide. Nothing has been changed.";
pub const IMPORT_NEWER: &str = "This backup was made by a newer version of this guide. Close and reopen the guide, then try again. Nothing has been changed.";
pub const IMPORT_CORRUPT: &str =
    "This backup file is damaged and cannot be read. Nothing has been changed.";
pub const IMPORT_UNREADABLE: &str = "The file could not be opened. Nothing has been changed.";
pub const IMPORT_MERGE: &str = "Add to what is here";
pub const IMPORT_REPLACE: &str = "Replace what is here";
pub const IMPORT_CANCEL: &str = "Cancel";
pub const IMPORT_DONE: &str = "Backup loaded.";
pub const IMPORT_CANCELLED: &str = "Nothing was loaded.";
pub const CLEAR_HEADING: &str = "Delete all my data";
pub const CLEAR_LEAD: &str =
    "This removes all your questions, notes and contacts from this device.";
pub const CLEAR_BUTTON: &str = "Delete all my data";
pub const CLEAR_CONFIRM: &str =
    "Are you sure? This cannot be undone. Download a backup first if you may want it later.";
pub const CLEAR_YES: &str = "Yes, delete everything";
pub const CLEAR_NO: &str = "No, keep my data";
pub const CLEAR_DONE: &str = "All your data has been deleted from this device.";
// The family's lock.
pub const SAVING_LOCK_NOT_LOADED: &str = "Your pages are locked, and the part of this guide that unlocks them could not be loaded. Please check your internet connection, then reload the page. Nothing has been changed.";
pub const LOCKED_LEAD: &str = "Your pages are locked. Type your passcode to see them.";
pub const LOCK_PASSCODE_LABEL: &str = "Passcode";
pub const UNLOCK_BUTTON: &str = "Unlock";
pub const UNLOCK_DEVICE: &str = "Unlock with this device's fingerprint, face or screen lock";
pub const UNLOCK_DEVICE_FAILED: &str =
    "That did not unlock your pages. You can try again, or type your passcode.";
pub const LOCK_WRONG: &str = "That passcode is not right. Your pages are still locked.";
pub const LOCK_WAIT: &str = "That passcode is not right, or there have been too many tries. Your pages are still locked. You can try again in";
pub const LOCK_FAILED: &str = "This browser could not do that. Please try again.";
pub const LOCK_FORGOT: &str = "Forgotten your passcode? No one can open your pages without it. You can delete everything on this device and start again:";
pub const LOCK_FORGOT_LINK: &str = "Delete all my data";
pub const LOCK_NOW: &str = "Lock now";
pub const LOCKED_DONE: &str = "Your pages are locked.";
pub const UNLOCKED_DONE: &str = "Unlocked.";
pub const LOCK_HEADING: &str = "Lock your pages";
pub const LOCK_LEAD: &str = "A passcode keeps what you write private: your questions, notes, diary, medicines, appointments and plans. Without it, no one can read them on this device, not even with the browser's own tools. The guide itself can still be read by anyone.";
pub const LOCK_WARNING: &str = "If you forget the passcode, no one can get your data back. Not the care team, and not us. Download a backup first, and keep the passcode somewhere safe.";
pub const LOCK_SET_UP: &str = "Set a passcode";
pub const LOCK_NEW_LABEL: &str = "Choose a passcode";
pub const LOCK_NEW_HINT: &str = "At least 6 letters or numbers.";
pub const LOCK_AGAIN_LABEL: &str = "Type the passcode again";
pub const LOCK_MINUTES_LABEL: &str = "Lock again after this long without use";
pub const LOCK_TURN_ON: &str = "Turn on the lock";
pub const LOCK_ON_DONE: &str = "The lock is on.";
pub const LOCK_IS_ON: &str = "The lock is on. Your pages lock again when you choose \"Lock now\", when the browser is closed, or after this long without use:";
pub const LOCK_MINUTES_SAVED: &str = "Saved.";
pub const LOCK_CHANGE_HEADING: &str = "Change the passcode";
pub const LOCK_CURRENT_LABEL: &str = "Your passcode now";
pub const LOCK_CHANGE_NEW_LABEL: &str = "New passcode";
pub const LOCK_CHANGE_BUTTON: &str = "Change the passcode";
pub const LOCK_CHANGED: &str = "The passcode has been changed.";
pub const LOCK_OFF_HEADING: &str = "Turn the lock off";
pub const LOCK_OFF_LEAD: &str = "Your data will be kept on this device without a lock again.";
pub const LOCK_OFF_LABEL: &str = "Your passcode";
pub const LOCK_OFF_BUTTON: &str = "Turn the lock off";
pub const LOCK_OFF_DONE: &str = "The lock is off.";
pub const DEVICE_PASSKEY_NAME: &str = "Palliative Care Guide on this device";
pub const DEVICE_HEADING: &str = "Unlock with this device";
pub const DEVICE_LEAD: &str = "You can also unlock with this device's own fingerprint, face or screen lock. Your passcode will still work.";
pub const DEVICE_ADD: &str = "Use this device's fingerprint, face or screen lock";
pub const DEVICE_ADDED: &str =
    "You can now unlock with this device's fingerprint, face or screen lock.";
pub const DEVICE_IS_ON: &str =
    "You can unlock with this device's fingerprint, face or screen lock.";
pub const DEVICE_REMOVE: &str = "Stop using this device's lock";
pub const DEVICE_REMOVED: &str = "This device's lock is no longer used. Your passcode still works.";
pub const DEVICE_NO_PRF: &str =
    "This device cannot unlock the guide this way. Your passcode still works.";
pub const DEVICE_NOT_DONE: &str = "That was not finished. Nothing has changed.";

/// What is wrong with a new passcode.
pub fn passcode_error(problem: PasscodeError) -> &'static str {
    match problem {
        PasscodeError::TooShort => "The passcode needs at least 6 letters or numbers.",
        PasscodeError::Mismatch => "The two passcodes are not the same. Type them again.",
    }
}

/// "5 minutes", "1 hour".
pub fn lock_minutes(minutes: u32) -> String {
    match minutes {
        1 => "1 minute".to_owned(),
        60 => "1 hour".to_owned(),
        m => format!("{m} minutes"),
    }
}

pub const UNREADABLE_HEADING: &str = "Data we could not read";
pub const UNREADABLE_LEAD: &str = "Some data saved on this device earlier could not be read. It has been kept. You can download it to keep it safe or to show someone who can help.";
pub const UNREADABLE_DOWNLOAD: &str = "Download the unreadable data";

/// "This backup has 3 questions, 1 note, 0 contacts, 5 diary entries, 2 medicines, 1 dose given,
/// 2 appointments, 1 carer's check-in and 3 steps of planning ahead, and what matters to you."
pub fn backup_summary(summary: &Summary) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut text = format!(
        "This backup has {}, {}, {}, {}, {}, {} given, {}, {} and {}",
        plural(summary.questions, "question", "questions"),
        plural(summary.notes, "note", "notes"),
        plural(summary.contacts, "contact", "contacts"),
        plural(summary.check_ins, "diary entry", "diary entries"),
        plural(summary.medicines, "medicine", "medicines"),
        plural(summary.doses, "dose", "doses"),
        plural(summary.appointments, "appointment", "appointments"),
        plural(
            summary.carer_check_ins,
            "carer's check-in",
            "carer's check-ins"
        ),
        plural(
            summary.plan_steps,
            "step of planning ahead",
            "steps of planning ahead"
        ),
    );
    if summary.wishes {
        text.push_str(", and what matters to you");
    }
    text.push('.');
    text
}

pub const SAVING_KIOSK: &str =
    "This is a shared tablet. Nothing you type is saved. Press Finish and clear when you are done.";
pub const SAVING_RECOVERED: &str = "We could not read the questions saved here before. We have kept them safely on this device and started a new list.";
pub const SAVING_BLOCKED_UNREADABLE: &str = "We could not read the questions saved here before. To keep them safe, new questions will not be saved until this page is closed.";
pub const SAVING_BLOCKED_NEWER: &str = "Your questions were saved by a newer version of this guide. Close and reopen the guide to see them. Nothing has been changed.";
pub const SAVING_UNAVAILABLE: &str = "This browser is not letting the guide save anything. Your questions will be lost when you close this page. Write them down or take a photo.";
pub const SAVING_NEARLY_FULL: &str = "The space this device gives the guide is getting full. Everything is saved for now. To make room, download a backup from Backup and privacy, then delete old diary entries or doses.";
pub const SAVING_REFUSED: &str = "Your last change could not be saved. The device may be full. Your questions are still here until you close this page.";

/// "2026-11-26T09:30" as "Thursday 26 November 2026, 09:30".
pub fn date_time(at: &str) -> String {
    let (date, time) = at.split_once('T').unwrap_or((at, ""));
    let day = crate::store::diary::weekday(date);
    let date = long_date(date);
    match (day.is_empty(), time.is_empty()) {
        (false, false) => format!("{day} {date}, {time}"),
        (false, true) => format!("{day} {date}"),
        _ => at.to_owned(),
    }
}

/// "2026-11-26T09:30" as "Thu 26 Nov, 09:30": short enough for one line of a printed table.
/// Anything else is shown as `date_time` shows it.
pub fn short_date_time(at: &str) -> String {
    let (date, time) = at.split_once('T').unwrap_or((at, ""));
    // A weekday is only found for a real YYYY-MM-DD date, so the month and day parse below.
    let day = crate::store::diary::weekday(date);
    let month = date.get(5..7).and_then(|m| m.parse::<usize>().ok());
    let day_of_month = date.get(8..10).and_then(|d| d.parse::<u32>().ok());
    match (day.get(..3), month, day_of_month) {
        (Some(day), Some(m @ 1..=12), Some(d)) if !time.is_empty() => {
            format!("{day} {d} {}, {time}", &MONTHS[m - 1][..3])
        }
        _ => date_time(at),
    }
}

// --- Appointments ---

pub const NAV_APPOINTMENTS: &str = "Appointments";
pub const APPOINTMENTS_TITLE: &str = "Appointments";
pub const HOME_APPOINTMENTS_SUMMARY: &str =
    "Keep track of visits, add them to your phone's calendar, and choose questions to ask.";
pub const APPOINTMENTS_LEAD: &str = "Write down each visit: with the GP, the hospice, a nurse or the hospital. Choose which of your questions to ask there, and write the answers after.";
pub const APPOINTMENT_ADD_HEADING: &str = "Add an appointment";
pub const APPOINTMENT_CHANGE_HEADING: &str = "Change this appointment";
pub const APPOINTMENT_DATE: &str = "Date";
pub const APPOINTMENT_TIME: &str = "Start time";
pub const APPOINTMENT_END: &str = "End time (if you know it)";
pub const APPOINTMENT_WITH: &str = "Who is it with?";
pub const APPOINTMENT_WITH_HINT: &str = "For example: District nurse, Dr Shah, hospice day unit.";
pub const APPOINTMENT_PLACE: &str = "Where? (optional)";
pub const APPOINTMENT_WHAT_FOR: &str = "What is it for? (optional)";
pub const APPOINTMENT_NOTE: &str = "Note (optional)";
pub const APPOINTMENT_CONTACT: &str = "Who to call about it (optional)";
pub const APPOINTMENT_CONTACT_NONE: &str = "No one chosen";
pub const APPOINTMENT_CONTACT_HINT: &str = "Choose from the care team contacts in My notes.";
pub const APPOINTMENT_ASK: &str = "Questions to ask at this appointment";
pub const APPOINTMENT_ASK_NONE: &str =
    "You have no open questions. You can add them in My questions.";
pub const APPOINTMENT_ADD: &str = "Add appointment";
pub const APPOINTMENT_SAVE_CHANGE: &str = "Save changes";
pub const APPOINTMENT_ADDED: &str = "Appointment added.";
pub const APPOINTMENT_CHANGED: &str = "Appointment changed.";
pub const APPOINTMENT_DELETED: &str = "Appointment deleted.";
pub const APPOINTMENT_RESTORED: &str = "Appointment put back.";
pub const APPOINTMENTS_COMING: &str = "Coming up";
pub const APPOINTMENTS_PAST: &str = "Past appointments";
pub const APPOINTMENTS_NONE_COMING: &str = "No appointments coming up.";
pub const APPOINTMENT_CALENDAR: &str = "Add to my calendar";
pub const APPOINTMENT_CALENDAR_HINT: &str = "\"Add to my calendar\" downloads a calendar file. Open it to add the date, time, who, where, what for and your note to your phone's calendar. Your questions stay here.";
pub const APPOINTMENT_PRINT_ONE: &str = "Print for this appointment";
pub const APPOINTMENT_WRITE_ANSWERS: &str = "Write down the answers";
pub const APPOINTMENT_ANSWER_SAVE: &str = "Save answer";
pub const APPOINTMENT_ANSWER_SAVED: &str = "Answer saved.";
pub const APPOINTMENT_WHERE: &str = "Where:";
pub const APPOINTMENT_FOR: &str = "For:";
pub const APPOINTMENT_UNTIL: &str = "until";
pub const APPOINTMENT_FOR_ONE: &str = "For this appointment";
pub const APPOINTMENT_KIOSK: &str = "On this shared tablet there is no calendar file. Use the code on My questions to take your questions with you.";

pub fn appointment_error(problem: crate::store::appointments::AppointmentError) -> &'static str {
    use crate::store::appointments::AppointmentError;
    match problem {
        AppointmentError::BadDate => "Enter a date that exists, for example 15 January 2027.",
        AppointmentError::BadTime => "Enter the time it starts, for example 10:30.",
        AppointmentError::BadEnd => {
            "Enter the end time as a time of day, for example 11:00, or leave it empty."
        }
        AppointmentError::EndBeforeStart => "The end time must be after the start time.",
        AppointmentError::NoOne => "Say who the appointment is with, for example District nurse.",
    }
}

/// "Friday 28 November 2026, 14:00 until 15:00 – Hospice nurse – Where: At home – For: Pain review"
pub fn appointment_line(a: &crate::store::appointments::Appointment) -> String {
    let mut line = appointment_when(a);
    line += &format!(" – {}", a.with_whom);
    if !a.place.is_empty() {
        line += &format!(" – {APPOINTMENT_WHERE} {}", a.place);
    }
    if !a.what_for.is_empty() {
        line += &format!(" – {APPOINTMENT_FOR} {}", a.what_for);
    }
    line
}

/// "Friday 28 November 2026, 14:00 until 15:00", or without "until" when no end is known.
pub fn appointment_when(a: &crate::store::appointments::Appointment) -> String {
    let when = date_time(&a.start);
    if a.end.is_empty() {
        when
    } else {
        format!("{when} {APPOINTMENT_UNTIL} {}", a.end)
    }
}

/// A calendar entry's title: "Hospice nurse: Pain review".
pub fn appointment_title(a: &crate::store::appointments::Appointment) -> String {
    if a.what_for.is_empty() {
        a.with_whom.clone()
    } else {
        format!("{}: {}", a.with_whom, a.what_for)
    }
}

// --- Sharing an update ---

pub const NAV_SHARE: &str = "Share an update";
pub const SHARE_TITLE: &str = "Share an update with family";
pub const HOME_SHARE_SUMMARY: &str =
    "Choose what to tell relatives far away, see the words, then send them yourself.";
pub const SHARE_LEAD: &str = "Choose what to put in. You will see every word before anything is sent. The guide sends nothing itself: you send it from your phone, to the people you choose.";
pub const SHARE_CHOOSE: &str = "What to put in";
pub const SHARE_HOW_THINGS_ARE: &str = "How things are";
pub const SHARE_HOW_THINGS_ARE_HINT: &str = "From the latest diary check-in";
pub const SHARE_APPOINTMENTS: &str = "Next appointments";
pub const SHARE_CARER: &str = "How I am doing, as the carer";
pub const SHARE_PLAN: &str = "My wishes (planning ahead)";
pub const SHARE_PLAN_HINT: &str = "What is written in \"Planning ahead together\"";
pub const SHARE_CARER_HINT: &str = "From your latest \"How am I doing?\" check-in";
pub const SHARE_CARER_FROM: &str = "From my check-in on";
pub const SHARE_QUESTIONS: &str = "Questions and answers";
pub const SHARE_NOTHING_WRITTEN: &str = "nothing written yet";
pub const SHARE_PREVIEW: &str = "The words that will be shared";
pub const SHARE_NOTHING_CHOSEN: &str = "Nothing is chosen yet, so there is nothing to share.";
pub const SHARE_SEND: &str = "Share…";
pub const SHARE_COPY: &str = "Copy the words";
pub const SHARE_COPIED: &str = "Copied. You can paste the words into a message.";
pub const SHARE_COPY_FAILED: &str =
    "This browser did not let the guide copy. Select the words above and copy them yourself.";
pub const SHARE_DOWNLOAD: &str = "Download as a text file";
pub const SHARE_DONE: &str = "Shared.";
pub const SHARE_KIOSK: &str = "On this shared tablet, updates cannot be sent or saved. Use the code on My questions to take your questions to your own phone.";
pub const SHARE_CALL: &str = "Call the care team";
pub const SHARE_TEXT_TITLE: &str = "An update from the Palliative Care Guide, written";
pub const SHARE_LATEST: &str = "Latest check-in:";
pub const SHARE_OUT_OF_10: &str = "out of 10";
pub const SHARE_NOTE: &str = "Note:";
pub const SHARE_ANSWER: &str = "Answer:";
pub const SHARE_NOT_ANSWERED: &str = "Not answered yet";
pub const SHARE_ANSWERED_NO_WORDS: &str = "Answered";

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2026-11-25" as "25 November 2026". Returns the input unchanged if it is not an ISO date.
pub fn long_date(iso: &str) -> String {
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
    fn backup_summaries_count_in_plain_words() {
        use crate::store::backup::Summary;
        use crate::store::locked::PasscodeError;
        let summary = Summary {
            questions: 3,
            notes: 1,
            contacts: 0,
            check_ins: 1,
            medicines: 2,
            doses: 1,
            appointments: 2,
            carer_check_ins: 1,
            plan_steps: 3,
            wishes: true,
        };
        assert_eq!(
            super::backup_summary(&summary),
            "This backup has 3 questions, 1 note, 0 contacts, 1 diary entry, 2 medicines, 1 dose given, 2 appointments, 1 carer's check-in and 3 steps of planning ahead, and what matters to you."
        );
    }

    #[test]
    fn date_and_time_read_the_british_way() {
        assert_eq!(
            super::date_time("2026-11-26T09:30"),
            "Thursday 26 November 2026, 09:30"
        );
        assert_eq!(super::date_time("nonsense"), "nonsense");
        assert_eq!(
            super::short_date_time("2026-11-26T09:30"),
            "Thu 26 Nov, 09:30"
        );
        assert_eq!(super::short_date_time("nonsense"), "nonsense");
        // Stored text that is not a date is shown as it is, never cut inside a letter.
        assert_eq!(super::short_date_time("ééé ééé ééé x y"), "ééé ééé ééé x y");
        assert_eq!(
            super::short_date_time("2026-11-26"),
            "Thursday 26 November 2026"
        );
    }

    #[test]
    fn a_high_score_is_told_in_a_sentence() {
        let high = vec![
            ("Pain".to_owned(), 7),
            ("Shortness of breath".to_owned(), 8),
        ];
        assert_eq!(
            super::diary_rated_high(&high, "2026-11-26", "2026-11-26"),
            "You rated pain 7 and shortness of breath 8 today."
        );
        let high = vec![
            ("Pain".to_owned(), 7),
            ("Tiredness".to_owned(), 9),
            ("DVT".to_owned(), 10),
        ];
        assert_eq!(
            super::diary_rated_high(&high, "2026-11-26", "2026-11-27"),
            "You rated pain 7, tiredness 9 and DVT 10 on Thursday 26 November 2026."
        );
        assert_eq!(super::diary_rated_high(&[], "2026-11-26", "2026-11-26"), "");
    }

    #[test]
    fn dates_read_the_british_way() {
        assert_eq!(long_date("2026-11-25"), "25 November 2026");
        assert_eq!(long_date("2027-01-05"), "5 January 2027");
        assert_eq!(long_date("not a date"), "not a date");
        assert_eq!(long_date("2027-13-05"), "2027-13-05");
    }
}
