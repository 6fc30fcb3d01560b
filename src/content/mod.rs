//! The guide's content: data generated at build time from `content/` (see `build.rs`).

pub mod check;

/// Where a fact comes from, shown on every page.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

/// One page of the guide. `html` is produced by our own build from reviewed Markdown, so it is
/// trusted; a family's own text is never rendered as HTML.
#[derive(Debug, PartialEq, Eq)]
pub struct Page {
    pub slug: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub lang: &'static str,
    /// ISO date (YYYY-MM-DD) the page was last checked against its sources.
    pub reviewed: &'static str,
    /// ISO date by which the page must be checked again.
    pub next_review: &'static str,
    pub sources: &'static [Source],
    pub html: &'static str,
}

/// Suggested questions a family can add to their own list, grouped by topic.
#[derive(Debug)]
pub struct QuestionLibrary {
    pub lang: &'static str,
    pub reviewed: &'static str,
    pub next_review: &'static str,
    pub sources: &'static [Source],
    pub topics: &'static [QuestionTopic],
}

#[derive(Debug)]
pub struct QuestionTopic {
    pub title: &'static str,
    /// Who is usually best placed to answer: a key of `store::model::AskWho`.
    pub ask: &'static str,
    pub questions: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn page(slug: &str) -> Option<&'static Page> {
    PAGES.iter().find(|page| page.slug == slug)
}
