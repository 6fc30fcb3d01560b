//! The guide's content: data generated at build time from `content/` (see `build.rs`).
//! Every record carries its sources, and every file its review dates, so a family can see where
//! each fact comes from and how fresh it is.

pub mod check;
pub mod readability;

/// Where a fact comes from, shown with it.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

/// One page of the guide.
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
}

impl Page {
    /// The page's body, produced by our own build from reviewed Markdown, so it is trusted; a
    /// family's own text is never rendered as HTML. The bodies are kept apart from the pages'
    /// other facts, so the app in the browser, which takes a guide page's body from the page
    /// drawn ahead of time (see pages::guide), does not download them with the page list.
    pub fn html(&self) -> &'static str {
        let index = PAGES
            .iter()
            .position(|page| page.slug == self.slug)
            .expect("every page is in PAGES");
        PAGE_HTML[index]
    }
}

/// A content file: its records, with the language, dates and sources that apply to all of them.
#[derive(Debug)]
pub struct Collection<T: 'static> {
    pub lang: &'static str,
    pub reviewed: &'static str,
    pub next_review: &'static str,
    pub sources: &'static [Source],
    pub items: &'static [T],
}

/// Suggested questions a family can add to their own list, grouped by topic.
#[derive(Debug)]
pub struct QuestionTopic {
    pub title: &'static str,
    /// Who is usually best placed to answer: a key of `store::model::AskWho`.
    pub ask: &'static str,
    pub questions: &'static [&'static str],
}

/// A statement to judge in "Myth or fact?". Most are myths; a few true ones keep the game honest.
#[derive(Debug)]
pub struct Myth {
    pub id: &'static str,
    pub statement: &'static str,
    pub is_myth: bool,
    /// The truth, in one sentence.
    pub answer: &'static str,
    pub explanation: &'static str,
    pub sources: &'static [Source],
}

#[derive(Debug)]
pub struct Term {
    /// The anchor on the glossary page.
    pub id: &'static str,
    pub term: &'static str,
    /// Other names and short forms, also linked and searched.
    pub also: &'static [&'static str],
    pub definition: &'static str,
    pub sources: &'static [Source],
}

/// A place with its own local services. Adding an area is adding a file to `content/areas/`.
#[derive(Debug, PartialEq)]
pub struct Area {
    pub slug: &'static str,
    pub name: &'static str,
    pub lang: &'static str,
    pub order: u32,
    pub summary: &'static str,
    pub reviewed: &'static str,
    pub next_review: &'static str,
    pub services: &'static [Service],
}

#[derive(Debug, PartialEq)]
pub struct Service {
    pub name: &'static str,
    /// For example "Adult hospice" or "Hospital team".
    pub kind: &'static str,
    pub offers: &'static str,
    pub who_can_refer: &'static str,
    /// The official website, where phone numbers and opening times are kept up to date.
    pub website: &'static str,
    /// ISO date the details were last checked at their source.
    pub checked: &'static str,
    pub sources: &'static [Source],
}

/// A phone line for the "Need help now?" panel.
#[derive(Debug)]
pub struct Helpline {
    pub name: &'static str,
    pub number: &'static str,
    pub when: &'static str,
    pub website: &'static str,
    pub sources: &'static [Source],
}

/// A step of the "Start here" walkthrough: a part of the guide to read, in order.
#[derive(Debug)]
pub struct Step {
    /// The in-app path of the step; also its id in the family's stored progress.
    pub path: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
}

/// A step of the referral walkthrough.
#[derive(Debug)]
pub struct ReferralStep {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub points: &'static [&'static str],
}

/// Something rated 0 to 10 in a diary check-in.
#[derive(Debug)]
pub struct Symptom {
    /// Its key in the stored ratings; never changed once released.
    pub key: &'static str,
    pub name: &'static str,
    /// A few words saying what it means; may be empty.
    pub hint: &'static str,
    /// What 0 means.
    pub none: &'static str,
    /// What 10 means.
    pub worst: &'static str,
}

/// A place in the guide: a page, a section of one, or one of the family's own pages.
#[derive(Debug)]
pub struct Link {
    pub title: &'static str,
    /// An in-app path, with a `#section` for a part of a guide page.
    pub href: &'static str,
}

/// An area of a carer's life asked about in "How am I doing?" (content/carer.toml).
#[derive(Debug)]
pub struct CarerArea {
    /// Its key in the stored answers; never changed once released.
    pub key: &'static str,
    pub name: &'static str,
    /// A few words saying what it covers.
    pub hint: &'static str,
    /// Where the guide helps with it.
    pub help: &'static [Link],
}

/// A question of "Planning ahead together", answered in the person's own words.
#[derive(Debug)]
pub struct PlanQuestion {
    /// Its key in the stored answers; never changed once released.
    pub key: &'static str,
    pub label: &'static str,
}

/// A step of "Planning ahead together" (content/planning.toml).
#[derive(Debug)]
pub struct PlanStepText {
    /// Its id in the stored workbook; never changed once released.
    pub key: &'static str,
    pub title: &'static str,
    /// A way to start talking it over ("You might ask: ...").
    pub ask: &'static str,
    /// What the official sources say, where the step touches the law or treatment; may be empty.
    pub note: &'static str,
    pub questions: &'static [PlanQuestion],
    /// Where the guide, or an official page, says more.
    pub links: &'static [Link],
}

impl CarerArea {
    /// What the check-in shows of it, as plain text (for search and the content checks).
    pub fn words(&self) -> String {
        format!("{}: {}.", self.name, self.hint)
    }
}

impl PlanStepText {
    /// What the step shows, as plain text (for search and the content checks).
    pub fn words(&self) -> String {
        let questions: Vec<&str> = self.questions.iter().map(|q| q.label).collect();
        format!(
            "{}. {} {} {}",
            self.title,
            questions.join(" "),
            self.ask,
            self.note
        )
    }
}

/// A word families use for something the guide calls by another name ("DNR" for DNACPR).
#[derive(Debug)]
pub struct EverydayWord {
    /// What people type: words or short phrases.
    pub said: &'static [&'static str],
    /// The guide's own word for it.
    pub guide: &'static str,
    /// Where the guide explains it: a page, a section of one, or a glossary entry.
    pub href: &'static str,
    pub sources: &'static [Source],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn page(slug: &str) -> Option<&'static Page> {
    PAGES.iter().find(|page| page.slug == slug)
}

/// The keys of the areas "How am I doing?" asks about, in its order.
pub fn carer_area_keys() -> Vec<&'static str> {
    CARER.items.iter().map(|area| area.key).collect()
}

pub fn area(slug: &str) -> Option<&'static Area> {
    AREAS.iter().find(|area| area.slug == slug)
}

/// The walkthrough step at this path, and the one after it.
pub fn step_at(path: &str) -> Option<(usize, Option<&'static Step>)> {
    let index = START_HERE.items.iter().position(|step| step.path == path)?;
    Some((index, START_HERE.items.get(index + 1)))
}

/// The visible text of trusted generated HTML: tags removed, the few entities our build writes
/// turned back into characters. Used for search and for the readability score.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}
