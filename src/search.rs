//! Search across the whole guide: pages, glossary, myths and local services. Pure Rust, run in
//! the browser on every keystroke; the index is small enough to scan in full each time.
//!
//! Forgiving of typing slips: a word matches exactly, as the start of a longer word ("hosp"), or
//! with one or two letters wrong ("paliative"), the longer the word the more slips allowed.

use std::sync::OnceLock;

use crate::content::{self, plain_text};
use crate::routes;

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub title: &'static str,
    pub href: String,
    /// What kind of thing this is, for example "Guide page" or "Word explained".
    pub kind: Kind,
    pub snippet: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Page,
    Term,
    Myth,
    Service,
}

struct Doc {
    hit: Hit,
    title_words: Vec<String>,
    body_words: Vec<String>,
}

/// Words too common to help find anything.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "at", "be", "can", "do", "for", "how", "i", "in", "is", "it", "me",
    "my", "of", "on", "or", "the", "to", "we", "what", "when", "who", "with", "you",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn index() -> &'static [Doc] {
    static INDEX: OnceLock<Vec<Doc>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut docs = Vec::new();
        let mut add =
            |title: &'static str, href: String, kind: Kind, snippet: &'static str, body: &str| {
                docs.push(Doc {
                    title_words: words(title),
                    body_words: words(body),
                    hit: Hit {
                        title,
                        href,
                        kind,
                        snippet,
                    },
                });
            };
        for page in content::PAGES {
            add(
                page.title,
                routes::guide(page.slug),
                Kind::Page,
                page.summary,
                &plain_text(page.html),
            );
        }
        for term in content::GLOSSARY.items {
            let body = format!("{} {}", term.also.join(" "), term.definition);
            add(
                term.term,
                routes::glossary_term(term.id),
                Kind::Term,
                term.definition,
                &body,
            );
        }
        for myth in content::MYTHS.items {
            let body = format!("{} {}", myth.answer, myth.explanation);
            add(
                myth.statement,
                routes::MYTHS.to_owned(),
                Kind::Myth,
                myth.answer,
                &body,
            );
        }
        for area in content::AREAS {
            for service in area.services {
                let body = format!(
                    "{} {} {} {}",
                    area.name, service.kind, service.offers, service.who_can_refer
                );
                add(
                    service.name,
                    routes::referral_area(area.slug),
                    Kind::Service,
                    service.offers,
                    &body,
                );
            }
        }
        docs
    })
}

/// The best matches for what the family typed, best first.
pub fn search(query: &str) -> Vec<Hit> {
    let wanted: Vec<String> = words(query)
        .into_iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u32, usize, &Hit)> = index()
        .iter()
        .enumerate()
        .filter_map(|(order, doc)| {
            // Every word typed must be found somewhere; a match in the title counts most.
            let mut total = 0;
            for word in &wanted {
                let in_title = best_match(word, &doc.title_words) * 3;
                let in_body = best_match(word, &doc.body_words);
                let score = in_title.max(in_body);
                if score == 0 {
                    return None;
                }
                total += score;
            }
            Some((total, order, &doc.hit))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, _, hit)| hit.clone()).collect()
}

/// How well one typed word matches a list of words: 3 exact, 2 as a word's start, 1 with slips.
fn best_match(word: &str, candidates: &[String]) -> u32 {
    let slips = match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    let mut best = 0;
    for candidate in candidates {
        let score = if candidate == word {
            3
        } else if word.len() >= 3 && candidate.starts_with(word) {
            2
        } else if slips > 0 && within(word, candidate, slips) {
            1
        } else {
            0
        };
        best = best.max(score);
        if best == 3 {
            break;
        }
    }
    best
}

/// Whether two words are at most `limit` edits apart (insert, delete, change, or swap two
/// neighbouring letters).
fn within(a: &str, b: &str, limit: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return false;
    }
    let mut rows = vec![(0..=b.len()).collect::<Vec<usize>>()];
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let change = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (rows[i - 1][j] + 1)
                .min(row[j - 1] + 1)
                .min(rows[i - 1][j - 1] + change);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(rows[i - 2][j - 2] + 1);
            }
        }
        if row.iter().min().is_some_and(|&m| m > limit) {
            return false;
        }
        rows.push(row);
    }
    rows[a.len()][b.len()] <= limit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(query: &str) -> Vec<&'static str> {
        search(query).into_iter().map(|hit| hit.title).collect()
    }

    #[test]
    fn finds_pages_by_title() {
        assert_eq!(titles("planning ahead").first(), Some(&"Planning ahead"));
    }

    #[test]
    fn forgives_typing_slips() {
        assert!(titles("paliative").contains(&"What is palliative care?"));
        assert_eq!(
            titles("paliative care"),
            titles("palliative care"),
            "one slip finds the same"
        );
        assert!(titles("hospcie").contains(&"hospice"), "swapped letters");
        assert!(
            within("respite", "respit", 1)
                && !within("care", "cart", 0)
                && !within("nurse", "purse", 0)
        );
        assert!(!within("dog", "cat", 2));
    }

    #[test]
    fn finds_words_in_the_body_and_glossary_terms() {
        // "dialysis" appears only in page text, never in a title.
        assert!(search("dialysis").iter().any(|hit| hit.kind == Kind::Page));
        let hits = search("lasting power of attorney");
        assert_eq!(hits.first().map(|h| h.href.as_str()), Some("/glossary#lpa"));
        assert!(search("DNACPR").iter().any(|hit| hit.kind == Kind::Term));
    }

    #[test]
    fn finds_local_services_and_myths() {
        let hits = search("willen");
        assert!(hits
            .iter()
            .any(|h| h.kind == Kind::Service && h.href == "/referral?area=milton-keynes"));
        assert!(search("morphine addiction")
            .iter()
            .any(|h| h.kind == Kind::Myth));
    }

    #[test]
    fn every_word_must_match_and_prefixes_count() {
        assert!(search("hosp").iter().any(|h| h.title == "hospice"));
        assert!(search("hospice zebra").is_empty());
        assert!(search("the and of").is_empty(), "only common words");
        assert!(search("").is_empty());
    }
}
