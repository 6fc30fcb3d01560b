//! Search across the whole guide: pages (down to their sections), the referral walkthrough, the
//! help lines, the glossary, myths and local services. Pure Rust, run in the browser on every
//! keystroke; the index is small enough to scan in full each time.
//!
//! It is built for the words families use, not only the guide's own: "DNR" leads to DNACPR
//! (see `content/everyday-words.toml`), forms of a word meet ("eating", "eat"), typing slips are
//! forgiven ("paliative"), and a long question still finds its page when one of its words is
//! nowhere in the guide.

mod words;

use std::sync::OnceLock;

use crate::content::{self, plain_text};
use crate::order::sort_by;
use crate::{routes, text};
use words::{all_words, key_words, matches, Word};

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub title: &'static str,
    /// Where the result leads: a page, a section of a page (`/guide/symptoms#when-to-call`), a
    /// glossary entry, or an area's services.
    pub href: String,
    /// What kind of thing this is, for example "Guide page" or "Word explained".
    pub kind: Kind,
    /// The section of a page the result leads to, if not its top.
    pub section: Option<&'static str>,
    /// A line from the place the words were found.
    pub snippet: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Page,
    /// One of the family's own pages (their questions, diary and so on).
    Own,
    Term,
    Myth,
    Service,
}

/// What a search found: the results, best first, and the everyday words it recognised.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Found {
    pub hits: Vec<Hit>,
    /// (the words as the family typed them, the guide's word for them).
    pub known_as: Vec<(String, &'static str)>,
    /// The words searched for, the guide's own words for them included, to mark in results.
    wanted: Vec<Word>,
}

/// Words of the index as numbers into its vocabulary: each distinct word is compared with what
/// was typed once per search, however often the guide uses it, which keeps typing fast.
type Words = Vec<u32>;

/// A part of a page under one heading (the first part has none).
struct Section {
    id: Option<&'static str>,
    heading: Option<&'static str>,
    heading_words: Words,
    body_words: Words,
    text: String,
}

struct Doc {
    title: &'static str,
    href: String,
    kind: Kind,
    summary: &'static str,
    title_words: Words,
    sections: Vec<Section>,
}

struct Index {
    /// Every distinct word of the guide.
    vocabulary: Vec<Word>,
    docs: Vec<Doc>,
}

/// Numbers words as the index is built.
#[derive(Default)]
struct Vocabulary {
    words: Vec<Word>,
    numbers: std::collections::HashMap<String, u32>,
}

impl Vocabulary {
    fn number(&mut self, text: &str) -> Words {
        all_words(text)
            .into_iter()
            .map(|word| {
                if let Some(n) = self.numbers.get(&word.raw) {
                    return *n;
                }
                let n = self.words.len() as u32;
                self.numbers.insert(word.raw.clone(), n);
                self.words.push(word);
                n
            })
            .collect()
    }
}

/// How well each typed word matches each word of the vocabulary (see `words::matches`).
struct Scores(Vec<Vec<u8>>);

impl Scores {
    fn new(wanted: &[Word], vocabulary: &[Word]) -> Self {
        Scores(
            wanted
                .iter()
                .map(|typed| vocabulary.iter().map(|w| matches(typed, w) as u8).collect())
                .collect(),
        )
    }

    /// The best match of typed word `w` among some words.
    fn best(&self, w: usize, words: &[u32]) -> u32 {
        words
            .iter()
            .map(|&n| u32::from(self.0[w][n as usize]))
            .max()
            .unwrap_or(0)
    }

    fn len(&self) -> usize {
        self.0.len()
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut vocabulary = Vocabulary::default();
        let mut docs = Vec::new();
        let mut add =
            |title: &'static str,
             href: String,
             kind: Kind,
             summary: &'static str,
             sections: Vec<(Option<&'static str>, Option<&'static str>, String)>| {
                let sections = sections
                    .into_iter()
                    .map(|(id, heading, text)| Section {
                        id,
                        heading,
                        heading_words: heading.map(|h| vocabulary.number(h)).unwrap_or_default(),
                        body_words: vocabulary.number(&text),
                        text,
                    })
                    .collect();
                docs.push(Doc {
                    title_words: vocabulary.number(title),
                    title,
                    href,
                    kind,
                    summary,
                    sections,
                });
            };
        for page in content::PAGES {
            let mut sections = vec![section(None, None, page.summary.to_owned())];
            sections.extend(sections_of(page.html()));
            add(
                page.title,
                routes::guide(page.slug),
                Kind::Page,
                page.summary,
                sections,
            );
        }
        let referral: String = content::REFERRAL
            .items
            .iter()
            .map(|step| {
                format!(
                    "{}. {}. {}. ",
                    step.title,
                    step.intro,
                    step.points.join(". ")
                )
            })
            .chain(
                content::REFERRAL_CHECKLIST
                    .iter()
                    .map(|item| format!("{item}. ")),
            )
            .collect();
        add(
            text::REFERRAL_TITLE,
            routes::REFERRAL.to_owned(),
            Kind::Page,
            text::REFERRAL_LEAD,
            vec![section(None, None, referral)],
        );
        let help: String = content::HELPLINES
            .items
            .iter()
            .map(|line| format!("{}: {} ", line.name, line.when))
            .collect();
        add(
            text::HELP_TITLE,
            routes::HELP.to_owned(),
            Kind::Page,
            text::HELP_LEAD,
            vec![section(None, None, help)],
        );
        // The family's own pages: where to write down questions, rate symptoms and so on, found
        // by what their introductions (and the home page's lines for them) say they are for.
        for (title, href, lead, also) in [
            (
                text::QUESTIONS_TITLE,
                routes::QUESTIONS,
                text::QUESTIONS_LEAD,
                text::HOME_QUESTIONS_SUMMARY,
            ),
            (
                text::DIARY_TITLE,
                routes::DIARY,
                text::DIARY_LEAD,
                text::HOME_DIARY_SUMMARY,
            ),
            (
                text::MEDICINES_TITLE,
                routes::MEDICINES,
                text::MEDICINES_LEAD,
                text::HOME_MEDICINES_SUMMARY,
            ),
            (
                text::APPOINTMENTS_TITLE,
                routes::APPOINTMENTS,
                text::APPOINTMENTS_LEAD,
                text::HOME_APPOINTMENTS_SUMMARY,
            ),
            (
                text::APPOINTMENT_TITLE,
                routes::APPOINTMENT,
                text::APPOINTMENT_LEAD,
                "",
            ),
            (text::NOTES_TITLE, routes::NOTES, text::NOTES_LEAD, ""),
            (
                text::SHARE_TITLE,
                routes::SHARE,
                text::SHARE_LEAD,
                text::HOME_SHARE_SUMMARY,
            ),
            (text::MY_DATA_TITLE, routes::MY_DATA, text::MY_DATA_LEAD, ""),
        ] {
            add(
                title,
                href.to_owned(),
                Kind::Own,
                lead,
                vec![section(None, None, format!("{lead} {also}"))],
            );
        }
        // The workbook and the carer's check-in are also found by what they ask about, as the
        // referral walkthrough is by its steps.
        let workbook: String = content::PLANNING
            .items
            .iter()
            .map(|step| step.words() + " ")
            .collect();
        add(
            text::PLAN_TITLE,
            routes::PLANNING.to_owned(),
            Kind::Own,
            text::PLAN_LEAD,
            vec![section(
                None,
                None,
                format!("{} {} {workbook}", text::PLAN_LEAD, text::HOME_PLAN_SUMMARY),
            )],
        );
        let areas: String = content::CARER
            .items
            .iter()
            .map(|area| area.words() + " ")
            .collect();
        add(
            text::CARER_TITLE,
            routes::CARER.to_owned(),
            Kind::Own,
            text::CARER_LEAD,
            vec![section(
                None,
                None,
                format!("{} {} {areas}", text::CARER_LEAD, text::HOME_CARER_SUMMARY),
            )],
        );
        for term in content::GLOSSARY.items {
            let body = format!("{}. {}", term.also.join(", "), term.definition);
            add(
                term.term,
                routes::glossary_term(term.id),
                Kind::Term,
                term.definition,
                vec![section(None, None, body)],
            );
        }
        for myth in content::MYTHS.items {
            let body = format!("{} {}", myth.answer, myth.explanation);
            add(
                myth.statement,
                routes::MYTHS.to_owned(),
                Kind::Myth,
                myth.answer,
                vec![section(None, None, body)],
            );
        }
        for area in content::AREAS {
            for service in area.services {
                let body = format!(
                    "{}. {}. {}. {}",
                    area.name, service.kind, service.offers, service.who_can_refer
                );
                add(
                    service.name,
                    routes::referral_area(area.slug),
                    Kind::Service,
                    service.offers,
                    vec![section(None, None, body)],
                );
            }
        }
        Index {
            vocabulary: vocabulary.words,
            docs,
        }
    })
}

/// A part of a page before its words are numbered: (id, heading, text).
type Part = (Option<&'static str>, Option<&'static str>, String);

fn section(id: Option<&'static str>, heading: Option<&'static str>, text: String) -> Part {
    (id, heading, text)
}

/// A page's parts, split at each `<h2 id="…" …>` our build writes.
fn sections_of(html: &'static str) -> Vec<Part> {
    let mut parts = html.split("<h2 id=\"");
    let intro = parts.next().unwrap_or_default();
    let mut sections = vec![section(None, None, plain_text(intro))];
    for part in parts {
        let Some((id, rest)) = part.split_once('"') else {
            continue;
        };
        let Some((_, rest)) = rest.split_once('>') else {
            continue;
        };
        let (heading, body) = rest.split_once("</h2>").unwrap_or((rest, ""));
        sections.push(section(Some(id), Some(heading), plain_text(body)));
    }
    sections
}

/// Builds what every search reads (the guide's index and its everyday words) ahead of the first
/// search, so the two are not one long wait on a slow phone.
pub fn prepare() {
    index();
    everyday_phrases();
}

/// The best matches for what the family typed, best first.
pub fn search(query: &str) -> Vec<Hit> {
    find(query).hits
}

/// Everything a search found, with the everyday words it recognised.
pub fn find(query: &str) -> Found {
    let mut wanted = key_words(query);
    let mut found = Found::default();
    let mut first: Vec<&'static str> = Vec::new();
    // Everyday words first, the longest phrase first, each word of the query used once.
    for (entry, said_text, said) in everyday_phrases() {
        let at = wanted.windows(said.len()).position(|window| {
            window
                .iter()
                .zip(said)
                .all(|(typed, word)| typed.stem == word.stem)
        });
        if let Some(at) = at {
            let typed: Vec<Word> = wanted.drain(at..at + said.len()).collect();
            let typed = typed
                .iter()
                .map(|w| w.raw.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // Shown as the guide writes the family's word ("DNR", "do not resuscitate") when
            // that is what was typed; otherwise as typed ("constipation").
            let same = said
                .iter()
                .map(|w| w.raw.as_str())
                .collect::<Vec<_>>()
                .join(" ")
                == typed;
            let typed = if same { (*said_text).to_owned() } else { typed };
            if !found
                .known_as
                .iter()
                .any(|(_, guide)| *guide == entry.guide)
            {
                found.known_as.push((typed, entry.guide));
                first.push(entry.href);
            }
        }
    }
    // What is left of the query, searched with the guide's own words for what was recognised.
    for (_, guide) in &found.known_as {
        wanted.extend(key_words(guide));
    }
    let mut hits = ranked(&wanted);
    found.wanted = key_words(query);
    found.wanted.extend(wanted.iter().cloned());
    // The place each recognised word leads to goes first, in the order the words were typed.
    for href in first.iter().rev() {
        // The page it leads to is not shown again lower down, for another of its sections:
        // as in the ranking, each page is one result, so the first few are different places.
        let page = |href: &str| href.split('#').next().unwrap_or_default().to_owned();
        if href.starts_with(routes::GUIDE_PREFIX) || !href.contains('#') {
            hits.retain(|hit| page(&hit.href) != page(href) || hit.href == *href);
        }
        let hit = hits
            .iter()
            .position(|hit| &hit.href == href)
            .map(|i| hits.remove(i))
            .or_else(|| hit_at(href));
        if let Some(hit) = hit {
            hits.insert(0, hit);
        }
    }
    found.hits = hits;
    found
}

/// Every phrase of the everyday words with its key words, the longest first. Worked out once,
/// not on every keystroke.
fn everyday_phrases() -> &'static [(&'static content::EverydayWord, &'static str, Vec<Word>)] {
    static PHRASES: OnceLock<Vec<(&content::EverydayWord, &str, Vec<Word>)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut phrases: Vec<_> = content::EVERYDAY_WORDS
            .items
            .iter()
            .flat_map(|entry| {
                entry
                    .said
                    .iter()
                    .map(move |said| (entry, *said, key_words(said)))
            })
            .filter(|(_, _, said)| !said.is_empty())
            .collect();
        sort_by(&mut phrases, |a, b| b.2.len().cmp(&a.2.len()));
        phrases
    })
}

/// The result for a place named in the everyday words: a page's section, or any indexed place.
fn hit_at(href: &str) -> Option<Hit> {
    let (path, part) = href.split_once('#').unwrap_or((href, ""));
    let doc = index()
        .docs
        .iter()
        .find(|doc| doc.href == href || doc.href == path)?;
    let section = doc.sections.iter().find(|s| s.id == Some(part));
    Some(Hit {
        title: doc.title,
        href: href.to_owned(),
        kind: doc.kind,
        section: section.and_then(|s| s.heading),
        snippet: section.map_or(doc.summary.to_owned(), |s| first_sentence(&s.text)),
    })
}

/// Every place that holds the words, ranked as a reader would: places that hold all of them
/// first; then a word in a title above one in a heading above a passing mention; words close
/// together above words far apart; a guide page above a glossary entry, service or myth.
fn ranked(wanted: &[Word]) -> Vec<Hit> {
    if wanted.is_empty() {
        return Vec::new();
    }
    let index = index();
    let scores = Scores::new(wanted, &index.vocabulary);
    let scored: Vec<(usize, u32, usize, usize)> = index
        .docs
        .iter()
        .enumerate()
        .filter_map(|(order, doc)| {
            let (covered, score, section) = score(doc, &scores);
            (covered > 0).then_some((covered, score, order, section))
        })
        .collect();
    let most = scored.iter().map(|s| s.0).max().unwrap_or(0);
    // All the words if any place has them all; otherwise the places with the most of them,
    // when that is at least half, so a long question is not lost on one word the guide lacks.
    if most < wanted.len() && most * 2 < wanted.len() {
        return Vec::new();
    }
    // A long question (four words or more) also keeps, after them, the places that lack one of
    // its words: one of the words may be held only through a typing slip ("difference" taken
    // for "different"), and the place that answers the question should not be lost for it.
    let enough = if wanted.len() >= 4 {
        most.saturating_sub(1)
    } else {
        most
    };
    let mut scored: Vec<_> = scored.into_iter().filter(|s| s.0 >= enough).collect();
    sort_by(&mut scored, |a, b| {
        b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2))
    });
    scored
        .into_iter()
        .map(|(_, _, order, section)| hit(&index.docs[order], section, wanted))
        .collect()
}

/// How many of the words a place holds, how well, and which of its sections holds them best.
fn score(doc: &Doc, scores: &Scores) -> (usize, u32, usize) {
    let in_part = |w: usize, s: &Section| {
        (scores.best(w, &s.heading_words) * 2).max(scores.best(w, &s.body_words))
    };
    let mut covered = 0;
    let mut total = 0;
    for w in 0..scores.len() {
        let in_title = scores.best(w, &doc.title_words) * 4;
        let in_parts = doc
            .sections
            .iter()
            .map(|s| in_part(w, s))
            .max()
            .unwrap_or(0);
        let found = in_title.max(in_parts);
        if found > 0 {
            covered += 1;
            total += found;
        }
    }
    // The section that holds the most, with words close together counting extra.
    let (section, section_score) = doc
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let held: u32 = (0..scores.len()).map(|w| in_part(w, s)).sum();
            let places: Vec<Vec<usize>> = (0..scores.len())
                .map(|w| {
                    (0..s.body_words.len())
                        .filter(|&i| scores.0[w][s.body_words[i] as usize] >= 2)
                        .collect()
                })
                .collect();
            (i, held + nearness(&places))
        })
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .unwrap_or((0, 0));
    let kind = match doc.kind {
        Kind::Page | Kind::Own => 3,
        Kind::Term | Kind::Service => 2,
        Kind::Myth => 0,
    };
    (covered, total + section_score / 2 + kind, section)
}

/// Extra weight when all the words typed stand close together in a text, given where in the
/// text each typed word is found: 4 side by side, 2 within a sentence or so, 0 further apart.
fn nearness(places: &[Vec<usize>]) -> u32 {
    if places.len() < 2 || places.iter().any(Vec::is_empty) {
        return 0;
    }
    // The narrowest stretch of text holding one place of each word.
    let mut narrowest = usize::MAX;
    for &start in &places[0] {
        let (mut low, mut high) = (start, start);
        for others in &places[1..] {
            let nearest = others
                .iter()
                .min_by_key(|&&p| p.abs_diff(start))
                .copied()
                .unwrap_or(start);
            low = low.min(nearest);
            high = high.max(nearest);
        }
        narrowest = narrowest.min(high - low);
    }
    let extra = narrowest + 1 - places.len().min(narrowest + 1);
    match extra {
        0..=2 => 4,
        3..=12 => 2,
        _ => 0,
    }
}

fn hit(doc: &Doc, section: usize, wanted: &[Word]) -> Hit {
    let part = &doc.sections[section];
    let href = match part.id {
        Some(id) => format!("{}#{id}", doc.href),
        None => doc.href.clone(),
    };
    let snippet = match doc.kind {
        Kind::Page | Kind::Own => {
            sentence_with(&part.text, wanted).unwrap_or_else(|| doc.summary.to_owned())
        }
        _ => doc.summary.to_owned(),
    };
    Hit {
        title: doc.title,
        href,
        kind: doc.kind,
        section: part.heading,
        snippet,
    }
}

/// The first sentence of a text that holds one of the words.
fn sentence_with(text: &str, wanted: &[Word]) -> Option<String> {
    sentences(text)
        .find(|sentence| {
            all_words(sentence)
                .iter()
                .any(|word| wanted.iter().any(|typed| matches(typed, word) >= 2))
        })
        .map(str::to_owned)
}

fn first_sentence(text: &str) -> String {
    sentences(text).next().unwrap_or_default().to_owned()
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '?', '!', '\n'])
        .map(str::trim)
        .filter(|s| s.chars().filter(|c| c.is_alphanumeric()).count() > 3)
}

/// A text split into runs, each marked if it is a word the reader searched for, so a result can
/// show why it was found.
pub fn marked(text: &str, found: &Found) -> Vec<(String, bool)> {
    let wanted = &found.wanted;
    let mut runs: Vec<(String, bool)> = Vec::new();
    for piece in text.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let word_len = piece.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let (word, rest) = piece.split_at(word_len);
        let hit = !word.is_empty()
            && all_words(word)
                .first()
                .is_some_and(|w| wanted.iter().any(|typed| matches(typed, w) >= 2));
        for (part, is_mark) in [(word, hit), (rest, false)] {
            if part.is_empty() {
                continue;
            }
            match runs.last_mut() {
                Some((run, mark)) if *mark == is_mark => run.push_str(part),
                _ => runs.push((part.to_owned(), is_mark)),
            }
        }
    }
    runs
}

/// Close spellings from the guide's own words for each typed word the guide does not hold,
/// for "no results" ("Did you mean palliative?").
pub fn close_spellings(query: &str) -> Vec<String> {
    let vocabulary = || index().vocabulary.iter();
    let mut close = Vec::new();
    for typed in key_words(query) {
        if vocabulary().any(|w| matches(&typed, w) >= 2) {
            continue;
        }
        let limit = words::slips(&typed.raw).max(1) + 1;
        let best = vocabulary()
            .filter(|w| w.raw.len() > 3 && words::within(&typed.raw, &w.raw, limit))
            .min_by_key(|w| (typed.raw.len().abs_diff(w.raw.len()), w.raw.clone()));
        if let Some(word) = best {
            if !close.contains(&word.raw) {
                close.push(word.raw.clone());
            }
        }
    }
    close
}

#[cfg(test)]
mod relevance;

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
        let sorted = |mut t: Vec<&'static str>| {
            t.sort_unstable();
            t
        };
        assert_eq!(
            sorted(titles("paliative care")),
            sorted(titles("palliative care")),
            "one slip finds the same places"
        );
        assert!(titles("hospcie").contains(&"hospice"), "swapped letters");
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
    fn everyday_words_lead_to_the_guide_word_and_say_so() {
        let found = find("DNR");
        assert_eq!(found.known_as, vec![("DNR".to_owned(), "DNACPR")]);
        assert_eq!(
            find("do not resuscitate").known_as[0].0,
            "do not resuscitate"
        );
        assert_eq!(
            find("constipation").known_as[0].0,
            "constipation",
            "as typed when only the form matched"
        );
        assert_eq!(found.hits[0].href, "/glossary#dnacpr");
        let found = find("living will");
        assert_eq!(found.known_as[0].1, "advance decision to refuse treatment");
        assert_eq!(found.hits[0].href, "/glossary#adrt");
        // Forms of the word count: "grieving" is known as bereavement.
        assert_eq!(find("grieving").known_as[0].1, "bereavement");
        let found = find("how do we tell the kids");
        assert_eq!(found.known_as[0].1, "talking with children");
        assert_eq!(found.hits[0].href, "/guide/talking-with-children");
        assert!(find("palliative care").known_as.is_empty());
    }

    #[test]
    fn results_lead_to_the_section_that_answers() {
        let hits = search("who do we call at night");
        assert!(
            hits.iter()
                .take(3)
                .any(|h| h.href == "/guide/faq#who-do-we-call-at-night"),
            "{hits:?}"
        );
        let hit = search("strong painkillers addiction")
            .into_iter()
            .find(|h| h.kind == Kind::Page)
            .expect("the symptoms page");
        assert_eq!(hit.href, "/guide/symptoms#strong-painkillers");
        assert_eq!(hit.section, Some("Strong painkillers"));
        assert!(
            hit.snippet.to_lowercase().contains("painkillers"),
            "{}",
            hit.snippet
        );
    }

    #[test]
    fn the_familys_own_pages_are_found() {
        let hits = search("talk to the doctor");
        assert_eq!(hits[0].href, routes::QUESTIONS, "{hits:?}");
        assert_eq!(hits[0].kind, Kind::Own);
        assert!(search("symptom diary")
            .iter()
            .any(|h| h.href == routes::DIARY));
        assert!(search("calendar")
            .iter()
            .any(|h| h.href == routes::APPOINTMENTS));
    }

    #[test]
    fn a_guide_page_is_one_result_even_when_an_everyday_word_leads_to_it() {
        for query in [
            "money",
            "terminal",
            "morphine",
            "DNR",
            "not eating",
            "grief",
        ] {
            let mut pages: Vec<String> = search(query)
                .into_iter()
                .filter(|h| h.href.starts_with(routes::GUIDE_PREFIX))
                .map(|h| h.href.split('#').next().unwrap_or_default().to_owned())
                .collect();
            let all = pages.len();
            pages.sort_unstable();
            pages.dedup();
            assert_eq!(pages.len(), all, "{query}: a page shown twice");
        }
    }

    #[test]
    fn a_page_ranks_above_a_myth_that_mentions_the_same_words() {
        let hits = search("hospice care free");
        let page = hits
            .iter()
            .position(|h| h.href.starts_with("/guide/who-pays"));
        let myth = hits.iter().position(|h| h.kind == Kind::Myth);
        assert!(
            page.is_some() && (myth.is_none() || page < myth),
            "{hits:?}"
        );
    }

    #[test]
    fn words_side_by_side_count_more_than_words_apart() {
        // Where each typed word stands in a text.
        let places = |text: &str| -> Vec<Vec<usize>> {
            let text = all_words(text);
            key_words("washing dressing")
                .iter()
                .map(|typed| {
                    (0..text.len())
                        .filter(|&i| matches(typed, &text[i]) >= 2)
                        .collect()
                })
                .collect()
        };
        let near = nearness(&places("help with washing and dressing at home"));
        let far = nearness(&places(
            "washing is hard. we talked for a long time about many other things before dressing",
        ));
        assert!(near > far, "{near} > {far}");
        assert_eq!(
            nearness(&places("washing only")),
            0,
            "one word missing: no extra weight"
        );
    }

    #[test]
    fn most_words_are_enough_when_no_place_has_them_all() {
        // "mum" is nowhere in the guide; the other words still find their page.
        assert!(!search("who decides for mum when she cannot").is_empty());
        assert!(search("hospice zebra").iter().any(|h| h.title == "hospice"));
        assert!(
            search("zebra giraffe").is_empty(),
            "nothing when most words are unknown"
        );
        assert!(search("the and of").is_empty(), "only common words");
        assert!(search("").is_empty());
        assert!(
            search("hosp").iter().any(|h| h.title == "hospice"),
            "word starts count"
        );
    }

    #[test]
    fn matching_words_are_marked() {
        let runs = marked("Tell the team about any pain.", &find("pain team"));
        let marks: Vec<&str> = runs.iter().filter(|r| r.1).map(|r| r.0.as_str()).collect();
        assert_eq!(marks, ["team", "pain"]);
        let text: String = runs.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(
            text, "Tell the team about any pain.",
            "nothing lost or added"
        );
        // The guide's word for an everyday word is marked too.
        let runs = marked("A DNACPR decision.", &find("DNR"));
        assert!(runs.contains(&("DNACPR".to_owned(), true)), "{runs:?}");
    }

    #[test]
    fn no_results_offers_close_spellings() {
        assert!(search("hospis").is_empty());
        assert_eq!(close_spellings("hospis"), vec!["hospice".to_owned()]);
        assert!(close_spellings("hospice").is_empty());
    }
}

#[cfg(test)]
mod timing {
    /// Not a pass/fail test: prints how long a search takes here, for the speed report.
    #[test]
    #[ignore]
    fn time_per_search() {
        let queries = [
            "p",
            "pa",
            "pal",
            "palliative care",
            "do not resuscitate",
            "who do we call at night",
            "paliative",
        ];
        super::search("warm up");
        let start = std::time::Instant::now();
        for _ in 0..20 {
            for q in queries {
                std::hint::black_box(super::find(q));
            }
        }
        println!(
            "{:?} per search",
            start.elapsed() / (20 * queries.len() as u32)
        );
    }
}
