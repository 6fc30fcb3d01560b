//! Every path the app answers, in one place, so links in content can be checked against them.

use crate::content;

pub const HOME: &str = "/";
pub const QUESTIONS: &str = "/questions";
pub const NOTES: &str = "/notes";
pub const DIARY: &str = "/diary";
pub const CARER: &str = "/carer";
pub const PLANNING: &str = "/planning";
pub const MEDICINES: &str = "/medicines";
pub const APPOINTMENT: &str = "/appointment";
pub const APPOINTMENTS: &str = "/appointments";
pub const SHARE: &str = "/share";
pub const MY_DATA: &str = "/my-data";
pub const IMPORT: &str = "/import";
pub const START: &str = "/start";
pub const MYTHS: &str = "/myths";
pub const REFERRAL: &str = "/referral";
pub const GLOSSARY: &str = "/glossary";
pub const SEARCH: &str = "/search";
pub const HELP: &str = "/help";
/// Setting up a kiosk and leaving one; linked from "For care staff".
pub const KIOSK_START: &str = "/kiosk/start";
pub const KIOSK_STOP: &str = "/kiosk/stop";
pub const STAFF: &str = "/staff";
pub const POSTER: &str = "/poster";
pub const BOOKLET: &str = "/booklet";
pub const GUIDE_PREFIX: &str = "/guide/";

pub fn guide(slug: &str) -> String {
    format!("{GUIDE_PREFIX}{slug}")
}

/// The referral walkthrough with an area already chosen.
pub fn referral_area(slug: &str) -> String {
    format!("{REFERRAL}?area={slug}")
}

pub fn glossary_term(id: &str) -> String {
    format!("{GLOSSARY}#{id}")
}

/// Whether an in-app link (a path starting with `/`, optionally with a `#fragment`) leads to a page;
/// a link into the glossary must also name a term that exists.
pub fn resolves(href: &str) -> bool {
    let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
    let path = path.split('?').next().unwrap_or_default();
    match path {
        GLOSSARY => {
            fragment.is_empty()
                || content::GLOSSARY
                    .items
                    .iter()
                    .any(|term| term.id == fragment)
        }
        HOME | QUESTIONS | NOTES | DIARY | CARER | PLANNING | MEDICINES | APPOINTMENT
        | APPOINTMENTS | SHARE | MY_DATA | IMPORT | START | MYTHS | REFERRAL | SEARCH | HELP
        | STAFF | POSTER | BOOKLET | KIOSK_START | KIOSK_STOP => true,
        _ => path
            .strip_prefix(GUIDE_PREFIX)
            .is_some_and(|slug| content::page(slug).is_some()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_paths_resolve_and_unknown_do_not() {
        assert!(resolves("/"));
        assert!(resolves("/questions"));
        assert!(resolves("/questions#add"));
        assert!(resolves("/notes") && resolves("/appointment") && resolves("/my-data"));
        assert!(resolves(&guide("what-is-palliative-care")));
        assert!(!resolves("/guide/no-such-page"));
        assert!(!resolves("/guide/"));
        assert!(!resolves("/nowhere"));
        assert!(
            resolves("/myths") && resolves("/referral") && resolves("/start") && resolves("/help")
        );
        assert!(resolves("/glossary") && resolves(&glossary_term("hospice")));
        assert!(!resolves("/glossary#no-such-term"));
    }
}
