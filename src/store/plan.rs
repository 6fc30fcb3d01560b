//! "Planning ahead together": what the person wrote at each step of the workbook
//! (content/planning.toml), in their own words, with when each step last changed. Pure Rust,
//! tested natively.

use std::collections::BTreeMap;

use super::json::in_json_object;

/// One step of the workbook as written. Its id is the step's key, so each step is kept once and
/// two copies of it (two tabs, a backup) are combined as any record is: the later change wins.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanStep {
    pub id: String,
    /// Question key → what they wrote. An empty answer is left out.
    pub answers: BTreeMap<String, String>,
    pub updated: f64,
}
in_json_object!(PlanStep {
    id,
    answers,
    updated
});

impl PlanStep {
    /// The step as the form left it: answers trimmed, empty ones left out.
    pub fn written(id: &str, answers: &BTreeMap<String, String>, now: f64) -> Self {
        let mut kept = BTreeMap::new();
        for (question, text) in answers {
            let text = text.trim();
            if !text.is_empty() {
                kept.insert(question.clone(), text.to_owned());
            }
        }
        PlanStep {
            id: id.to_owned(),
            answers: kept,
            updated: now,
        }
    }

    /// Whether anything is written in it.
    pub fn is_written(&self) -> bool {
        !self.answers.is_empty()
    }

    /// What was written for one question, or "" (a blank line on the sheet).
    pub fn answer(&self, question: &str) -> &str {
        self.answers.get(question).map_or("", String::as_str)
    }
}

/// How many of the steps (`keys`) have something written.
pub fn steps_written(plan: &[PlanStep], keys: &[&str]) -> usize {
    keys.iter()
        .filter(|key| {
            plan.iter()
                .any(|step| step.id == **key && step.is_written())
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::json::{self, InJson};

    fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_step_keeps_only_what_was_written() {
        let step = PlanStep::written(
            "matters",
            &answers(&[("most", "  Being at home.  "), ("worries", "   ")]),
            3.0,
        );
        assert_eq!(step.answers, answers(&[("most", "Being at home.")]));
        assert_eq!(step.answer("most"), "Being at home.");
        assert_eq!(
            step.answer("worries"),
            "",
            "a skipped question is a blank line"
        );
        assert!(step.is_written());
        assert!(!PlanStep::written("place", &answers(&[("where", "")]), 3.0).is_written());
    }

    #[test]
    fn steps_written_counts_steps_with_words_only() {
        let plan = vec![
            PlanStep::written("matters", &answers(&[("most", "Family")]), 1.0),
            PlanStep::written("place", &answers(&[("where", " ")]), 1.0),
            PlanStep::written("unknown", &answers(&[("x", "y")]), 1.0),
        ];
        assert_eq!(steps_written(&plan, &["matters", "place", "people"]), 1);
    }

    #[test]
    fn a_step_reads_back_as_written() {
        let step = PlanStep::written(
            "after",
            &answers(&[("funeral", "\"Abide with me\", then tea.\nNo black.")]),
            7.0,
        );
        let text = step.write().text();
        assert_eq!(PlanStep::read(&json::parse(&text).unwrap()), Some(step));
    }
}
