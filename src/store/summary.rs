//! The update a family shares with relatives far away: plain text made only from the parts they
//! chose, shown to them in full before it goes anywhere. Pure Rust, tested natively.

use super::appointments::split_by_time;
use super::diary::FilledBy;
use super::model::Workspace;
use crate::content::DIARY;
use crate::text;

/// The parts a family can choose to share. Nothing is chosen until they choose it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Choices {
    /// How things are, from the latest diary check-in.
    pub how_things_are: bool,
    pub medicines: bool,
    pub appointments: bool,
    pub questions: bool,
    pub wishes: bool,
    /// How the carer is doing, from their latest "How am I doing?" check-in.
    pub carer: bool,
    /// What is written in "Planning ahead together".
    pub plan: bool,
}

impl Choices {
    pub fn any(self) -> bool {
        self.how_things_are
            || self.medicines
            || self.appointments
            || self.questions
            || self.wishes
            || self.carer
            || self.plan
    }
}

/// The text to share, given the time now (YYYY-MM-DDTHH:MM, local). Empty when nothing chosen has
/// anything in it. A chosen part with nothing written is left out rather than shown as "none",
/// which a relative could misread (no medicines written is not no medicines taken).
pub fn summary(ws: &Workspace, choices: Choices, now: &str) -> String {
    // Until the clock has been read, "next appointments" cannot be told from past ones.
    if now.is_empty() {
        return String::new();
    }
    let mut parts: Vec<String> = Vec::new();
    if choices.how_things_are {
        if let Some(latest) = ws.check_ins.iter().max_by(|a, b| a.at.cmp(&b.at)) {
            let mut part = vec![format!(
                "{} {}",
                text::SHARE_LATEST,
                text::date_time(&latest.at)
            )];
            part.push(
                match latest.by {
                    FilledBy::Person => text::DIARY_BY_PERSON_SHORT,
                    FilledBy::Carer => text::DIARY_BY_CARER_SHORT,
                }
                .to_owned()
                    + ".",
            );
            for symptom in DIARY.items {
                if let Some(score) = latest.ratings.get(symptom.key) {
                    part.push(format!(
                        "{}: {score} {}",
                        symptom.name,
                        text::SHARE_OUT_OF_10
                    ));
                }
            }
            if let Some(score) = latest.ratings.get(super::diary::OTHER) {
                part.push(format!(
                    "{}: {score} {}",
                    latest.other,
                    text::SHARE_OUT_OF_10
                ));
            }
            if !latest.note.is_empty() {
                part.push(format!("{} {}", text::SHARE_NOTE, latest.note));
            }
            parts.push(section(text::SHARE_HOW_THINGS_ARE, part));
        }
    }
    if choices.medicines && !ws.medicines.is_empty() {
        let lines = ws.medicines.iter().map(|m| {
            let mut line = format!("- {}", m.name);
            if !m.what_for.is_empty() {
                line += &format!(" – {} {}", text::MEDICINE_FOR_SHORT, m.what_for);
            }
            if !m.dose.is_empty() {
                line += &format!(" – {} {}", text::MEDICINE_DOSE_SHORT, m.dose);
            }
            line + &format!(" ({})", text::schedule(m.schedule))
        });
        parts.push(section(text::MEDICINES_LIST, lines.collect()));
    }
    if choices.appointments {
        let (coming, _) = split_by_time(&ws.appointments, now);
        if !coming.is_empty() {
            let lines = coming
                .iter()
                .map(|a| format!("- {}", text::appointment_line(a)));
            parts.push(section(text::SHARE_APPOINTMENTS, lines.collect()));
        }
    }
    if choices.questions && !ws.questions.is_empty() {
        let lines = ws.questions.iter().map(|q| {
            let answer = if q.answered && !q.answer.is_empty() {
                q.answer.as_str()
            } else if q.answered {
                text::SHARE_ANSWERED_NO_WORDS
            } else {
                text::SHARE_NOT_ANSWERED
            };
            format!("- {}\n  {} {answer}", q.text, text::SHARE_ANSWER)
        });
        parts.push(section(text::SHARE_QUESTIONS, lines.collect()));
    }
    if choices.wishes && !ws.wishes.text.is_empty() {
        parts.push(section(text::WISHES_HEADING, vec![ws.wishes.text.clone()]));
    }
    if choices.carer {
        // Newest first (see Workspace::tidy).
        if let Some(latest) = ws.carer_check_ins.first() {
            let mut part = vec![format!(
                "{} {}.",
                text::SHARE_CARER_FROM,
                text::long_date(&latest.date)
            )];
            part.extend(text::carer_answers(latest));
            if !latest.note.is_empty() {
                part.push(format!("{} {}", text::SHARE_NOTE, latest.note));
            }
            parts.push(section(text::SHARE_CARER, part));
        }
    }
    if choices.plan {
        let mut lines = Vec::new();
        for step in crate::content::PLANNING.items {
            let Some(written) = ws.plan.iter().find(|s| s.id == step.key) else {
                continue;
            };
            for question in step.questions {
                let answer = written.answer(question.key);
                if !answer.is_empty() {
                    lines.push(format!("- {}\n  {answer}", question.label));
                }
            }
        }
        if !lines.is_empty() {
            parts.push(section(text::SHARE_PLAN, lines));
        }
    }
    if parts.is_empty() {
        return String::new();
    }
    let date = now.get(..10).unwrap_or(now);
    let mut out = format!("{} {}\n", text::SHARE_TEXT_TITLE, text::long_date(date));
    for part in parts {
        out.push('\n');
        out.push_str(&part);
    }
    out
}

fn section(heading: &str, lines: Vec<String>) -> String {
    let mut out = format!("{heading}\n");
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::store::appointments::Appointment;
    use crate::store::diary::CheckIn;
    use crate::store::medicines::{Medicine, Schedule};
    use crate::store::model::AskWho;

    fn family() -> Workspace {
        let mut ws = Workspace::default();
        ws.add_question("q1".into(), "Who do we call at night?", AskWho::Nurse, 1.0)
            .unwrap();
        ws.add_question("q2".into(), "Can the dog visit?", AskWho::Anyone, 1.0)
            .unwrap();
        ws.answer_question("q1", true, "The hospice line, any time.", 2.0)
            .unwrap();
        ws.set_wishes("To be at home, with music.", 1.0);
        ws.put_medicine(
            Medicine::new(
                "m".into(),
                "Morphine liquid",
                "Pain",
                "As the label says",
                Schedule::WhenNeeded,
                1.0,
            )
            .unwrap(),
        );
        for (id, at, pain) in [("c1", "2026-11-25T09:00", 6), ("c2", "2026-11-26T08:30", 3)] {
            ws.add_check_in(CheckIn {
                id: id.into(),
                at: at.into(),
                by: FilledBy::Carer,
                ratings: BTreeMap::from([("pain".to_owned(), pain), ("tiredness".to_owned(), 5)]),
                other: String::new(),
                note: if pain == 3 {
                    "Slept well.".into()
                } else {
                    String::new()
                },
                updated: 1.0,
            });
        }
        for (id, start, with_whom) in [
            ("past", "2026-11-20T10:00", "GP"),
            ("next", "2026-11-28T14:00", "Hospice nurse"),
        ] {
            ws.put_appointment(Appointment {
                id: id.into(),
                start: start.into(),
                with_whom: with_whom.into(),
                place: "At home".into(),
                what_for: "Pain review".into(),
                updated: 1.0,
                ..Default::default()
            });
        }
        ws
    }

    const NOW: &str = "2026-11-26T12:00";

    #[test]
    fn nothing_is_shared_until_something_is_chosen() {
        assert_eq!(summary(&family(), Choices::default(), NOW), "");
        assert!(!Choices::default().any());
        // Chosen, but nothing written: still nothing to share.
        let all = Choices {
            how_things_are: true,
            medicines: true,
            appointments: true,
            questions: true,
            wishes: true,
            carer: true,
            plan: true,
        };
        assert_eq!(summary(&Workspace::default(), all, NOW), "");
    }

    #[test]
    fn how_things_are_comes_from_the_latest_check_in_only() {
        let choices = Choices {
            how_things_are: true,
            ..Default::default()
        };
        let text = summary(&family(), choices, NOW);
        assert!(
            text.starts_with(
                "An update from the Palliative Care Guide, written 26 November 2026\n"
            ),
            "{text}"
        );
        assert!(text.contains("Thursday 26 November 2026, 08:30"), "{text}");
        assert!(text.contains("Pain: 3 out of 10"), "{text}");
        assert!(!text.contains("Pain: 6"), "older check-ins stay out");
        assert!(text.contains("Slept well."));
        for private in ["Morphine", "dog", "music", "Hospice nurse"] {
            assert!(!text.contains(private), "{private} was not chosen: {text}");
        }
    }

    #[test]
    fn each_choice_adds_only_its_own_part() {
        let ws = family();
        let only = |choices: Choices| summary(&ws, choices, NOW);
        let medicines = only(Choices {
            medicines: true,
            ..Default::default()
        });
        assert!(medicines.contains("- Morphine liquid – For: Pain – Dose and when: As the label says (Only when needed)"), "{medicines}");
        assert!(!medicines.contains("out of 10"));

        let appointments = only(Choices {
            appointments: true,
            ..Default::default()
        });
        assert!(appointments.contains("Hospice nurse"), "{appointments}");
        assert!(
            !appointments.contains("GP"),
            "past appointments stay out: {appointments}"
        );

        let questions = only(Choices {
            questions: true,
            ..Default::default()
        });
        assert!(
            questions.contains("- Who do we call at night?\n  Answer: The hospice line, any time."),
            "{questions}"
        );
        assert!(
            questions.contains("- Can the dog visit?\n  Answer: Not answered yet"),
            "{questions}"
        );

        let wishes = only(Choices {
            wishes: true,
            ..Default::default()
        });
        assert!(wishes.contains("To be at home, with music."));
        assert!(!wishes.contains("Morphine"));
    }

    #[test]
    fn the_carers_check_in_goes_in_only_when_chosen_and_only_the_latest() {
        use crate::store::carer::{CarerCheckIn, Need};
        let mut ws = family();
        for (id, date, need, note) in [
            ("w1", "2026-11-20", Need::Managing, "Older, private."),
            (
                "w2",
                "2026-11-25",
                Need::MoreHelp,
                "No night off since May.",
            ),
        ] {
            ws.put_carer_check_in(CarerCheckIn {
                id: id.into(),
                date: date.into(),
                answers: [("break".to_owned(), need)].into(),
                note: note.into(),
                updated: 1.0,
            });
        }
        let all_but_carer = Choices {
            how_things_are: true,
            medicines: true,
            appointments: true,
            questions: true,
            wishes: true,
            carer: false,
            plan: true,
        };
        let without = summary(&ws, all_but_carer, NOW);
        assert!(
            !without.contains("as the carer") && !without.contains("night off"),
            "{without}"
        );
        let carer = summary(
            &ws,
            Choices {
                carer: true,
                ..Default::default()
            },
            NOW,
        );
        assert!(
            carer.contains("How I am doing, as the carer\nFrom my check-in on 25 November 2026.\nI need more help: Time for a break\nNote: No night off since May.\n"),
            "{carer}"
        );
        assert!(!carer.contains("Older, private."), "{carer}");
        assert!(!carer.contains("Pain"), "the diary was not chosen: {carer}");
    }

    #[test]
    fn the_workbook_goes_in_only_when_chosen_and_only_what_was_written() {
        use crate::store::plan::PlanStep;
        let mut ws = family();
        ws.put_plan_step(PlanStep::written(
            "place",
            &[("where".to_owned(), "At home, by the window.".to_owned())].into(),
            2.0,
        ));
        let without = summary(
            &ws,
            Choices {
                wishes: true,
                ..Default::default()
            },
            NOW,
        );
        assert!(!without.contains("by the window"), "{without}");
        let plan = summary(
            &ws,
            Choices {
                plan: true,
                ..Default::default()
            },
            NOW,
        );
        assert!(
            plan.contains("My wishes (planning ahead)\n- Where would you like to be cared for?\n  At home, by the window.\n"),
            "{plan}"
        );
        assert!(
            !plan.contains("anywhere you would not"),
            "a question left blank stays out: {plan}"
        );
    }
}
