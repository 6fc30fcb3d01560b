//! Rules every piece of content must follow. The native tests apply them to all compiled content,
//! so a page with a missing source, a stale date or a broken link cannot reach a family.

/// Domains whose pages we cite or link to: the NHS, government, regulators, and the charities and
/// hospices named in the guide. Sub-domains count (e.g. `www.nhs.uk`, `mkuh.nhs.uk`).
pub const ALLOWED_DOMAINS: &[&str] = &[
    "nhs.uk",
    "gov.uk",
    "who.int",
    "nice.org.uk",
    "cqc.org.uk",
    "resus.org.uk",
    "hospiceuk.org",
    "mariecurie.org.uk",
    "macmillan.org.uk",
    "carersuk.org",
    "ageuk.org.uk",
    "samaritans.org",
    "cruse.org.uk",
    "compassionindying.org.uk",
    "togetherforshortlives.org.uk",
    "willen-hospice.org.uk",
    "mytonhospice.org",
    "theshakespearehospice.org.uk",
    "maryannevans.org.uk",
    "keech.org.uk",
    "happyhealthylives.uk",
    "nejm.org",
    "doi.org",
];

/// An external link is allowed only over https and only to an allow-listed domain.
pub fn is_allowed_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.contains(['@', ':']) {
        return false;
    }
    ALLOWED_DOMAINS
        .iter()
        .any(|domain| host == *domain || host.strip_suffix(domain).is_some_and(|sub| sub.ends_with('.')))
}

/// A real calendar date written as YYYY-MM-DD.
pub fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&d)
}

/// Every `href="…"` in a piece of generated HTML.
pub fn links(html: &str) -> Vec<&str> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::PAGES;
    use crate::routes;

    #[test]
    fn url_rule_accepts_allow_listed_https_only() {
        assert!(is_allowed_url("https://www.nhs.uk/conditions/end-of-life-care/"));
        assert!(is_allowed_url("https://nhs.uk"));
        assert!(is_allowed_url("https://mkuh.nhs.uk/services"));
        assert!(!is_allowed_url("http://www.nhs.uk/"), "plain http");
        assert!(!is_allowed_url("https://evilnhs.uk/"), "look-alike domain");
        assert!(!is_allowed_url("https://nhs.uk.example.com/"), "allowed name as a prefix");
        assert!(!is_allowed_url("https://www.nhs.uk@example.com/"), "credentials trick");
        assert!(!is_allowed_url("https://example.com/?u=nhs.uk"));
    }

    #[test]
    fn date_rule_accepts_real_dates_only() {
        assert!(is_iso_date("2026-11-25"));
        assert!(is_iso_date("2028-02-29"));
        assert!(!is_iso_date("2027-02-29"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("25/11/2026"));
        assert!(!is_iso_date("2026-1-5"));
    }

    #[test]
    fn links_are_found_in_html() {
        let html = r#"<p><a href="/questions">Q</a> and <a href="https://www.nhs.uk/">NHS</a></p>"#;
        assert_eq!(links(html), vec!["/questions", "https://www.nhs.uk/"]);
    }

    #[test]
    fn there_is_content() {
        assert!(!PAGES.is_empty());
    }

    #[test]
    fn every_page_has_a_title_summary_and_body() {
        for page in PAGES {
            assert!(!page.title.trim().is_empty(), "{}: title", page.slug);
            assert!(!page.summary.trim().is_empty(), "{}: summary", page.slug);
            assert!(page.html.contains("<p>"), "{}: body has no paragraphs", page.slug);
            assert_eq!(page.lang, "en-GB", "{}: language", page.slug);
        }
    }

    #[test]
    fn page_slugs_are_unique() {
        for (i, page) in PAGES.iter().enumerate() {
            assert!(
                PAGES[i + 1..].iter().all(|other| other.slug != page.slug),
                "duplicate slug {}",
                page.slug
            );
        }
    }

    #[test]
    fn every_page_has_sources_on_allowed_https_domains() {
        for page in PAGES {
            assert!(!page.sources.is_empty(), "{}: no sources", page.slug);
            for source in page.sources {
                assert!(!source.title.trim().is_empty(), "{}: untitled source", page.slug);
                assert!(is_allowed_url(source.url), "{}: source {} not allowed", page.slug, source.url);
            }
        }
    }

    #[test]
    fn every_page_has_a_review_date_and_a_later_next_review() {
        for page in PAGES {
            assert!(is_iso_date(page.reviewed), "{}: reviewed {:?}", page.slug, page.reviewed);
            assert!(is_iso_date(page.next_review), "{}: next_review {:?}", page.slug, page.next_review);
            // ISO dates compare correctly as strings.
            assert!(page.next_review > page.reviewed, "{}: next review before last review", page.slug);
        }
    }

    #[test]
    fn the_question_library_is_sourced_dated_and_well_formed() {
        use crate::content::QUESTION_LIBRARY as library;
        use crate::store::model::AskWho;
        assert!(is_iso_date(library.reviewed) && is_iso_date(library.next_review));
        assert!(library.next_review > library.reviewed);
        assert_eq!(library.lang, "en-GB");
        assert!(!library.sources.is_empty());
        assert!(library.sources.iter().all(|s| is_allowed_url(s.url)));
        assert!(library.topics.len() >= 5, "the library covers the main topics");
        let mut seen = Vec::new();
        for topic in library.topics {
            assert!(AskWho::from_key(topic.ask).is_some(), "{}: unknown ask {:?}", topic.title, topic.ask);
            assert!(!topic.questions.is_empty(), "{}: no questions", topic.title);
            for question in topic.questions {
                assert!(question.ends_with('?'), "{question:?} is not a question");
                assert!(!seen.contains(question), "{question:?} appears twice");
                seen.push(question);
            }
        }
    }

    #[test]
    fn every_link_in_content_resolves() {
        for page in PAGES {
            for href in links(page.html) {
                if href.starts_with('/') {
                    assert!(routes::resolves(href), "{}: broken in-app link {href}", page.slug);
                } else {
                    assert!(is_allowed_url(href), "{}: external link {href} not allowed", page.slug);
                }
            }
        }
    }
}
