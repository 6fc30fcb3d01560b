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
    "ncbi.nlm.nih.gov",
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
    ALLOWED_DOMAINS.iter().any(|domain| {
        host == *domain
            || host
                .strip_suffix(domain)
                .is_some_and(|sub| sub.ends_with('.'))
    })
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

/// The highest Flesch–Kincaid grade any page may read at.
pub const MAX_GRADE: f64 = 8.0;

/// The reading grade of every page and of each text-heavy part of the guide, in reading order.
pub fn readability_report() -> Vec<(String, f64)> {
    use crate::content::{readability, GLOSSARY, MYTHS, PAGES, REFERRAL};
    let mut report: Vec<(String, f64)> = PAGES
        .iter()
        .map(|page| {
            let html = format!("<p>{}</p>{}", page.summary, page.html());
            (
                format!("Page: {}", page.title),
                readability::of_html(&html).grade(),
            )
        })
        .collect();
    let myths: String = MYTHS
        .items
        .iter()
        .map(|m| {
            format!(
                "<p>{}</p><p>{}</p><p>{}</p>",
                m.statement, m.answer, m.explanation
            )
        })
        .collect();
    report.push((
        "Myths and facts".to_owned(),
        readability::of_html(&myths).grade(),
    ));
    let referral: String = REFERRAL
        .items
        .iter()
        .map(|step| {
            let points: String = step
                .points
                .iter()
                .map(|p| format!("<li>{p}</li>"))
                .collect();
            format!(
                "<h2>{}</h2><p>{}</p><ul>{points}</ul>",
                step.title, step.intro
            )
        })
        .collect();
    report.push((
        "Getting a referral".to_owned(),
        readability::of_html(&referral).grade(),
    ));
    // As the page shows it: each term, its explanation and its other names.
    let glossary: String = GLOSSARY
        .items
        .iter()
        .map(|t| {
            let also = if t.also.is_empty() {
                String::new()
            } else {
                format!(
                    "<p>{} {}</p>",
                    crate::text::GLOSSARY_ALSO,
                    t.also.join(", ")
                )
            };
            format!("<dt>{}</dt><dd><p>{}</p>{also}</dd>", t.term, t.definition)
        })
        .collect();
    // As the workbook shows each step: its title, how to start talking, the note and questions.
    let planning: String = crate::content::PLANNING
        .items
        .iter()
        .map(|s| {
            let questions: String = s
                .questions
                .iter()
                .map(|q| format!("<p>{}</p>", q.label))
                .collect();
            format!(
                "<h2>{}</h2><p>{}</p><p>{}</p>{questions}",
                s.title, s.ask, s.note
            )
        })
        .collect();
    report.push((
        "Planning ahead together".to_owned(),
        readability::of_html(&format!("<p>{}</p>{planning}", crate::text::PLAN_HONEST)).grade(),
    ));
    // As the carer's check-in shows them: each area and the few words saying what it covers.
    let carer: String = crate::content::CARER
        .items
        .iter()
        .map(|a| format!("<p>{}. {}.</p>", a.name, a.hint))
        .collect();
    report.push((
        "How am I doing?".to_owned(),
        readability::of_html(&carer).grade(),
    ));
    report.push((
        GLOSSARY_REPORT.to_owned(),
        readability::of_html(&glossary).grade(),
    ));
    report
}

/// The highest grade one explanation in the glossary may read at: below the pages' limit, since
/// the glossary is where a reader goes when a word was hard.
pub const GLOSSARY_MAX_GRADE: f64 = 7.0;

/// The glossary's name in the reading report.
const GLOSSARY_REPORT: &str = "Words explained";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{
        Collection, Source, AREAS, EVERYDAY_WORDS, GLOSSARY, HELPLINES, MYTHS, PAGES, REFERRAL,
        REFERRAL_CHECKLIST, START_HERE,
    };
    use crate::routes;

    #[test]
    fn url_rule_accepts_allow_listed_https_only() {
        assert!(is_allowed_url(
            "https://www.nhs.uk/conditions/end-of-life-care/"
        ));
        assert!(is_allowed_url("https://nhs.uk"));
        assert!(is_allowed_url("https://mkuh.nhs.uk/services"));
        assert!(!is_allowed_url("http://www.nhs.uk/"), "plain http");
        assert!(!is_allowed_url("https://evilnhs.uk/"), "look-alike domain");
        assert!(
            !is_allowed_url("https://nhs.uk.example.com/"),
            "allowed name as a prefix"
        );
        assert!(
            !is_allowed_url("https://www.nhs.uk@example.com/"),
            "credentials trick"
        );
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
            assert!(
                page.html().contains("<p>"),
                "{}: body has no paragraphs",
                page.slug
            );
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
                assert!(
                    !source.title.trim().is_empty(),
                    "{}: untitled source",
                    page.slug
                );
                assert!(
                    is_allowed_url(source.url),
                    "{}: source {} not allowed",
                    page.slug,
                    source.url
                );
            }
        }
    }

    #[test]
    fn every_page_has_a_review_date_and_a_later_next_review() {
        for page in PAGES {
            check_dates(page.slug, page.reviewed, page.next_review);
        }
    }

    /// A real review date, and a next review after it.
    fn check_dates(name: &str, reviewed: &str, next_review: &str) {
        assert!(is_iso_date(reviewed), "{name}: reviewed {reviewed:?}");
        assert!(
            is_iso_date(next_review),
            "{name}: next_review {next_review:?}"
        );
        // ISO dates compare correctly as strings.
        assert!(
            next_review > reviewed,
            "{name}: next review before last review"
        );
    }

    /// The rules every content file shares: language, review dates and allowed sources.
    fn check_collection<T>(name: &str, collection: &Collection<T>) {
        assert_eq!(collection.lang, "en-GB", "{name}: language");
        check_dates(name, collection.reviewed, collection.next_review);
        assert!(!collection.items.is_empty(), "{name}: empty");
        check_sources(name, collection.sources, true);
    }

    /// A link shown in the guide: an allowed website, or an in-app path that resolves (into the
    /// glossary, a term it has; into a guide page, a section it has; elsewhere, no section).
    fn check_link(name: &str, href: &str) {
        if !href.starts_with('/') {
            assert!(
                is_allowed_url(href),
                "{name}: external link {href} not allowed"
            );
            return;
        }
        assert!(routes::resolves(href), "{name}: broken in-app link {href}");
        let (path, section) = href.split_once('#').unwrap_or((href, ""));
        if let Some(slug) = path.strip_prefix(routes::GUIDE_PREFIX) {
            let page = crate::content::page(slug).expect("resolves");
            assert!(
                section.is_empty() || page.html().contains(&format!("<h2 id=\"{section}\"")),
                "{name}: {slug} has no section {section:?}"
            );
        } else if path != routes::GLOSSARY {
            assert!(section.is_empty(), "{name}: {href} has no sections");
        }
    }

    fn check_sources(name: &str, sources: &[Source], may_be_empty: bool) {
        assert!(may_be_empty || !sources.is_empty(), "{name}: no sources");
        for source in sources {
            assert!(!source.title.trim().is_empty(), "{name}: untitled source");
            assert!(
                is_allowed_url(source.url),
                "{name}: source {} not allowed",
                source.url
            );
        }
    }

    /// Something that looks like a UK phone number: six or more digits, allowing spaces.
    fn has_phone_number(text: &str) -> bool {
        !phone_numbers(text).is_empty()
    }

    /// Every phone number in a text, as its digits: runs of six or more digits, allowing spaces.
    fn phone_numbers(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut digits = String::new();
        for c in text.chars().chain(std::iter::once('.')) {
            match c {
                '0'..='9' => digits.push(c),
                ' ' if !digits.is_empty() => {}
                _ => {
                    if digits.len() >= 6 {
                        found.push(digits.clone());
                    }
                    digits.clear();
                }
            }
        }
        found
    }

    #[test]
    fn a_page_shows_only_numbers_checked_in_the_help_lines() {
        assert_eq!(
            phone_numbers("Call 0808 808 1677, or 116 123."),
            ["08088081677", "116123"]
        );
        let checked: Vec<String> = HELPLINES
            .items
            .iter()
            .map(|line| line.number.replace(' ', ""))
            .collect();
        for page in PAGES {
            let text = crate::content::plain_text(page.html());
            for number in phone_numbers(&text) {
                assert!(
                    checked.contains(&number),
                    "{}: {number} is not a checked help line",
                    page.slug
                );
            }
        }
    }

    #[test]
    fn phone_number_rule_spots_numbers_but_not_dates_or_ages() {
        assert!(has_phone_number("Call 0800 090 2309 today"));
        assert!(has_phone_number("01908663636"));
        assert!(!has_phone_number("adults (18 and over), 12 months, 2026"));
    }

    #[test]
    fn the_question_library_is_sourced_dated_and_well_formed() {
        use crate::content::QUESTION_LIBRARY as library;
        use crate::store::model::AskWho;
        check_collection("questions", &library);
        check_sources("questions", library.sources, false);
        assert!(
            library.items.len() >= 5,
            "the library covers the main topics"
        );
        let mut seen = Vec::new();
        for topic in library.items {
            assert!(
                AskWho::from_key(topic.ask).is_some(),
                "{}: unknown ask {:?}",
                topic.title,
                topic.ask
            );
            assert!(!topic.questions.is_empty(), "{}: no questions", topic.title);
            for question in topic.questions {
                assert!(question.ends_with('?'), "{question:?} is not a question");
                assert!(!seen.contains(question), "{question:?} appears twice");
                seen.push(question);
            }
        }
    }

    #[test]
    fn there_are_at_least_fifteen_sourced_myths_and_some_true_statements() {
        check_collection("myths", &MYTHS);
        let myths = MYTHS.items.iter().filter(|m| m.is_myth).count();
        assert!(myths >= 15, "only {myths} myths");
        assert!(
            MYTHS.items.iter().any(|m| !m.is_myth),
            "a game where every answer is 'myth' teaches nothing"
        );
        let mut ids = Vec::new();
        for myth in MYTHS.items {
            assert!(!ids.contains(&myth.id), "duplicate myth {}", myth.id);
            ids.push(myth.id);
            assert!(
                myth.statement.ends_with('.')
                    && !myth.answer.is_empty()
                    && !myth.explanation.is_empty(),
                "{}",
                myth.id
            );
            check_sources(myth.id, myth.sources, false);
        }
    }

    #[test]
    fn glossary_terms_are_unique_defined_and_sourced() {
        check_collection("glossary", &GLOSSARY);
        let mut names: Vec<String> = Vec::new();
        for term in GLOSSARY.items {
            assert!(
                !term.definition.trim().is_empty(),
                "{}: no definition",
                term.id
            );
            check_sources(term.id, term.sources, false);
            for name in std::iter::once(&term.term).chain(term.also) {
                let name = name.to_lowercase();
                assert!(!names.contains(&name), "{name:?} is defined twice");
                names.push(name);
            }
        }
        assert!(GLOSSARY.items.len() >= 20);
    }

    #[test]
    fn glossary_terms_are_linked_where_they_appear() {
        let page = crate::content::page("planning-ahead").expect("planning page");
        assert!(page
            .html()
            .contains(r#"<a class="term" href="/glossary#lpa">lasting power of attorney</a>"#));
        // Each term is linked once per page, and never inside a heading.
        assert_eq!(page.html().matches("/glossary#lpa").count(), 1);
        assert!(!page.html().contains("<h2><a"));
    }

    #[test]
    fn every_area_has_sourced_services_and_no_unchecked_phone_numbers() {
        let slugs: Vec<&str> = AREAS.iter().map(|a| a.slug).collect();
        for wanted in [
            "milton-keynes",
            "coventry-and-warwickshire",
            "elsewhere-in-england",
        ] {
            assert!(slugs.contains(&wanted), "missing area {wanted}");
        }
        for (i, area) in AREAS.iter().enumerate() {
            assert!(
                !slugs[i + 1..].contains(&area.slug),
                "duplicate area {}",
                area.slug
            );
            check_dates(area.slug, area.reviewed, area.next_review);
            assert!(!area.services.is_empty(), "{}: no services", area.slug);
            assert_eq!(area.lang, "en-GB", "{}: language", area.slug);
            for service in area.services {
                let name = service.name;
                assert!(
                    is_allowed_url(service.website),
                    "{name}: website {}",
                    service.website
                );
                assert!(
                    is_iso_date(service.checked),
                    "{name}: checked {:?}",
                    service.checked
                );
                check_sources(name, service.sources, false);
                // Numbers go out of date: services link to their own website instead.
                for text in [
                    service.offers,
                    service.who_can_refer,
                    service.kind,
                    area.summary,
                ] {
                    assert!(!has_phone_number(text), "{name}: phone number in {text:?}");
                }
            }
        }
    }

    #[test]
    fn help_lines_have_dialable_numbers_and_sources() {
        check_collection("helplines", &HELPLINES);
        let numbers: Vec<&str> = HELPLINES.items.iter().map(|line| line.number).collect();
        assert!(numbers.contains(&"999") && numbers.contains(&"111"));
        for line in HELPLINES.items {
            assert!(
                line.number.chars().all(|c| c.is_ascii_digit() || c == ' '),
                "{}: {:?}",
                line.name,
                line.number
            );
            assert!(is_allowed_url(line.website), "{}: website", line.name);
            check_sources(line.name, line.sources, false);
        }
    }

    #[test]
    fn the_walkthrough_covers_every_page_once_in_working_order() {
        check_collection("start-here", &START_HERE);
        let paths: Vec<&str> = START_HERE.items.iter().map(|s| s.path).collect();
        for (i, path) in paths.iter().enumerate() {
            assert!(routes::resolves(path), "step {path} does not resolve");
            assert!(!paths[i + 1..].contains(path), "step {path} twice");
        }
        for page in PAGES.iter().filter(|page| page.slug != "faq") {
            assert!(
                paths.contains(&routes::guide(page.slug).as_str()),
                "{} is not a step",
                page.slug
            );
        }
        assert!(paths.contains(&routes::MYTHS) && paths.contains(&routes::REFERRAL));
    }

    #[test]
    fn every_everyday_word_leads_to_a_place_that_uses_the_guide_word() {
        check_collection("everyday-words", &EVERYDAY_WORDS);
        let mut said: Vec<String> = Vec::new();
        for word in EVERYDAY_WORDS.items {
            let name = word.guide;
            check_sources(name, word.sources, true);
            check_link(name, word.href);
            for phrase in word.said {
                let phrase = phrase.to_lowercase();
                assert!(!said.contains(&phrase), "{phrase:?} leads to two places");
                said.push(phrase);
            }
            let (path, part) = word.href.split_once('#').unwrap_or((word.href, ""));
            if path == routes::GLOSSARY {
                // The glossary entry must be the guide's word, or the reader is told a wrong name.
                let term = GLOSSARY
                    .items
                    .iter()
                    .find(|t| t.id == part)
                    .expect("resolves");
                assert!(
                    std::iter::once(term.term)
                        .chain(term.also.iter().copied())
                        .any(|n| n.eq_ignore_ascii_case(name)),
                    "{name:?} is not what the glossary calls {part}"
                );
            }
        }
    }

    #[test]
    fn the_diary_rates_nine_sourced_symptoms_with_stable_keys() {
        use crate::content::DIARY;
        check_collection("diary", &DIARY);
        check_sources("diary", DIARY.sources, false);
        let keys: Vec<&str> = DIARY.items.iter().map(|s| s.key).collect();
        // Stored ratings use these keys: renaming one would hide a family's past ratings.
        assert_eq!(
            keys,
            [
                "pain",
                "tiredness",
                "drowsiness",
                "nausea",
                "appetite",
                "breathlessness",
                "low-mood",
                "anxiety",
                "wellbeing"
            ]
        );
        assert!(!keys.contains(&crate::store::diary::OTHER));
        for symptom in DIARY.items {
            assert!(
                !symptom.name.is_empty() && !symptom.none.is_empty() && !symptom.worst.is_empty()
            );
        }
    }

    #[test]
    fn the_carer_check_in_asks_ten_sourced_areas_each_with_help_that_exists() {
        use crate::content::CARER;
        check_collection("carer", &CARER);
        check_sources("carer", CARER.sources, false);
        let keys: Vec<&str> = CARER.items.iter().map(|a| a.key).collect();
        // Stored answers use these keys: renaming one would hide a carer's past answers.
        assert_eq!(
            keys,
            [
                "understanding",
                "contacts",
                "caring",
                "health",
                "feelings",
                "break",
                "practical",
                "money",
                "future",
                "beliefs"
            ]
        );
        for area in CARER.items {
            assert!(
                !area.name.is_empty() && !area.hint.is_empty(),
                "{}",
                area.key
            );
            assert!(!area.help.is_empty(), "{} has no help", area.key);
            for link in area.help {
                assert!(!link.title.is_empty(), "{}: a link with no words", area.key);
                check_link(area.key, link.href);
            }
        }
        // No phone number here: the page shows only the checked help lines and the family's own.
        for area in CARER.items {
            assert!(
                !has_phone_number(&area.words()),
                "{}: an unchecked number",
                area.key
            );
        }
    }

    #[test]
    fn the_planning_workbook_has_seven_sourced_steps_whose_links_exist() {
        use crate::content::PLANNING;
        check_collection("planning", &PLANNING);
        check_sources("planning", PLANNING.sources, false);
        let keys: Vec<&str> = PLANNING.items.iter().map(|s| s.key).collect();
        // Stored steps use these keys: renaming one would hide what a family wrote.
        assert_eq!(
            keys,
            [
                "matters",
                "place",
                "people",
                "unwell",
                "faith",
                "practical",
                "after"
            ]
        );
        for step in PLANNING.items {
            assert!(!step.title.is_empty(), "{}", step.key);
            assert!(
                step.ask.starts_with("You might ask: "),
                "{}: {}",
                step.key,
                step.ask
            );
            assert!(!step.questions.is_empty(), "{} asks nothing", step.key);
            let mut question_keys: Vec<&str> = step.questions.iter().map(|q| q.key).collect();
            question_keys.dedup();
            assert_eq!(
                question_keys.len(),
                step.questions.len(),
                "{}: a question twice",
                step.key
            );
            for link in step.links {
                check_link(step.key, link.href);
                // A website linked from a step is one of the workbook's sources.
                assert!(
                    link.href.starts_with('/')
                        || PLANNING.sources.iter().any(|s| s.url == link.href),
                    "{}: {} is linked but not a source",
                    step.key,
                    link.href
                );
            }
            let words = step.words();
            assert!(
                !has_phone_number(&words),
                "{}: an unchecked number",
                step.key
            );
        }
    }

    #[test]
    fn the_referral_walkthrough_has_steps_and_a_checklist() {
        check_collection("referral", &REFERRAL);
        assert!(REFERRAL.items.len() >= 4);
        assert!(REFERRAL.items.iter().all(|step| !step.points.is_empty()));
        assert!(REFERRAL_CHECKLIST.len() >= 5);
    }

    #[test]
    fn every_short_form_in_a_page_is_explained_in_the_glossary() {
        // Short forms every family in England knows; any other is jargon without a glossary entry.
        const KNOWN: &[&str] = &["NHS", "GP", "GPs", "UK"];
        let explained: Vec<&str> = GLOSSARY
            .items
            .iter()
            .flat_map(|t| std::iter::once(t.term).chain(t.also.iter().copied()))
            .collect();
        let pages = PAGES.iter().map(|page| {
            let text =
                crate::content::plain_text(page.html()) + " " + page.summary + " " + page.title;
            (page.slug, text)
        });
        // The workbook's and the carer's check-in's own words, as they are shown.
        let planning = crate::content::PLANNING
            .items
            .iter()
            .map(|step| ("planning", step.words()));
        let carer = crate::content::CARER
            .items
            .iter()
            .map(|area| ("carer", area.words()));
        for (name, text) in pages.chain(planning).chain(carer) {
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                let short_form =
                    word.len() >= 2 && word.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2;
                if short_form && !KNOWN.contains(&word) {
                    assert!(
                        explained.contains(&word),
                        "{name}: {word:?} is not in the glossary"
                    );
                }
            }
        }
    }

    #[test]
    fn every_page_reads_at_grade_eight_or_below() {
        for (name, grade) in readability_report() {
            assert!(
                grade <= MAX_GRADE,
                "{name} reads at grade {grade:.1}; the limit is {MAX_GRADE}"
            );
        }
    }

    #[test]
    fn each_word_explained_reads_at_grade_seven_or_below() {
        // A family meets one entry at a time, from a link on a guide page, so each must be plain
        // on its own, not only the glossary as a whole.
        for term in crate::content::GLOSSARY.items {
            let grade = crate::content::readability::Counts::of(term.definition).grade();
            assert!(
                grade <= GLOSSARY_MAX_GRADE,
                "{}: reads at grade {grade:.1}; the limit is {GLOSSARY_MAX_GRADE}",
                term.id
            );
        }
    }

    #[test]
    fn words_explained_read_as_plainly_as_the_pages_they_explain() {
        let report = readability_report();
        let hardest_page = report
            .iter()
            .filter(|(name, _)| name.starts_with("Page: "))
            .map(|(_, grade)| *grade)
            .fold(0.0, f64::max);
        let (_, glossary) = report
            .iter()
            .find(|(name, _)| name == GLOSSARY_REPORT)
            .expect("glossary graded");
        assert!(
            *glossary <= hardest_page,
            "the glossary reads at grade {glossary:.1}, above the hardest page ({hardest_page:.1})"
        );
    }

    #[test]
    fn every_link_in_content_resolves() {
        for page in PAGES {
            for href in links(page.html()) {
                check_link(page.slug, href);
            }
        }
    }
}
