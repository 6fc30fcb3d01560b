//! Every path the app answers, in one place, so links in content can be checked against them.

use crate::content;

pub const HOME: &str = "/";
pub const QUESTIONS: &str = "/questions";
pub const NOTES: &str = "/notes";
pub const APPOINTMENT: &str = "/appointment";
pub const MY_DATA: &str = "/my-data";
pub const IMPORT: &str = "/import";
pub const GUIDE_PREFIX: &str = "/guide/";

pub fn guide(slug: &str) -> String {
    format!("{GUIDE_PREFIX}{slug}")
}

/// Whether an in-app link (a path starting with `/`, optionally with a `#fragment`) leads to a page.
pub fn resolves(href: &str) -> bool {
    let path = href.split('#').next().unwrap_or_default();
    match path {
        HOME | QUESTIONS | NOTES | APPOINTMENT | MY_DATA | IMPORT => true,
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
    }
}
