//! Interview stage, answers from a file (`dsgvo-gen init --answers FILE`).
//!
//! # Format
//!
//! A YAML map from question id (see [`super::ids`]) to the answer:
//!
//! ```yaml
//! company.name: "Bäckerei Sonnenschein GmbH"
//! company.postal_code: "79098"          # text; numbers are taken as written
//! company.state: baden_wuerttemberg     # one choice: the profile value
//! company.representatives: ["Maria Sonnenschein (Geschäftsführerin)"]  # or "A; B"
//! whatsapp.features: [labels, greeting_message]   # several choices: a list ([] = none)
//! whatsapp.devices.mdm: false           # Ja/Nein: true/false (or ja/nein)
//! processors.count: 1                   # repeated entries: count, then processors.1.name …
//! processors.1.name: "Beispiel CRM GmbH"
//! ```
//!
//! A question without an answer takes its default (what Enter would take in the terminal);
//! a question without a default must be answered. An explicit empty answer (`""` or `~`)
//! leaves an optional field empty. Unknown ids are errors (with a suggestion); answers to
//! questions that the situation does not ask (e.g. provider questions for the Business app)
//! are reported by [`ScriptedPrompter::unused`]. Every answer goes through the same checks as
//! in the terminal; an invalid one is an error naming the id and the line. The interview goes
//! on past an invalid answer with the proposal, so every problem is reported at once
//! ([`ScriptedPrompter::problems`]).

use super::defaults::DefaultsPrompter;
use super::question::{Choice, Question, TextQuestion};
use super::{InterviewError, Prompter, ids};
use crate::profile::node::{self, Node, NodeKind};
use std::collections::{BTreeMap, BTreeSet};

/// Answers read from a file.
#[derive(Debug)]
pub struct ScriptedPrompter {
    name: String,
    answers: BTreeMap<String, Node>,
    used: BTreeSet<String>,
    asked: Vec<String>,
    /// Unknown ids, in file order.
    unknown: Vec<String>,
    problems: Vec<InterviewError>,
}

impl ScriptedPrompter {
    /// Reads an answers file. `name` is used in messages. A syntax or structure error is
    /// returned at once; unknown ids are kept for [`Self::problems`].
    pub fn parse(name: &str, text: &str) -> Result<ScriptedPrompter, Vec<String>> {
        let root = node::parse(text).map_err(|e| {
            let location = e
                .location()
                .map(|l| format!("{name}:{}", l.line()))
                .unwrap_or_else(|| name.to_owned());
            let message = e.without_snippet().to_string();
            let message = message
                .split(" at line ")
                .next()
                .unwrap_or(&message)
                .to_owned();
            vec![format!("{location}: YAML-Syntaxfehler: {message}")]
        })?;
        let entries = match root.kind {
            NodeKind::Map(entries) => entries,
            NodeKind::Null => Vec::new(),
            other => {
                return Err(vec![format!(
                    "{name}: die Antwortdatei muss Zuordnungen „Frage-ID: Antwort“ enthalten, nicht {}",
                    other.describe()
                )]);
            }
        };
        let mut problems = Vec::new();
        let mut answers = BTreeMap::new();
        for (k, v) in entries {
            let NodeKind::Str(id) = k.kind else { continue };
            if !ids::is_known(&id) {
                let hint = match ids::suggestion(&id) {
                    Some(s) => format!(" – meinten Sie `{s}`?"),
                    None => String::new(),
                };
                problems.push(format!(
                    "{name}:{}: unbekannte Frage-ID `{id}`{hint}",
                    k.pos.line
                ));
                continue;
            }
            answers.insert(id, v);
        }
        // Unknown ids are reported with the invalid answers after the interview has run.
        Ok(ScriptedPrompter {
            unknown: problems,
            name: name.to_owned(),
            answers,
            used: BTreeSet::new(),
            asked: Vec::new(),
            problems: Vec::new(),
        })
    }

    /// Answers the interview did not ask for, with their line.
    pub fn unused(&self) -> Vec<(String, u32)> {
        self.answers
            .iter()
            .filter(|(id, _)| !self.used.contains(*id))
            .map(|(id, node)| (id.clone(), node.pos.line))
            .collect()
    }

    /// Every question id asked so far, in order.
    pub fn asked(&self) -> &[String] {
        &self.asked
    }

    /// The answer to `id`, marking it used.
    fn take(&mut self, id: &str) -> Option<Node> {
        self.asked.push(id.to_owned());
        let node = self.answers.get(id).cloned()?;
        self.used.insert(id.to_owned());
        Some(node)
    }

    fn error(
        &self,
        q: &Question,
        node: Option<&Node>,
        message: impl Into<String>,
    ) -> InterviewError {
        InterviewError::Answer {
            id: q.id.clone(),
            location: Some(match node {
                Some(n) if n.pos.line > 0 => format!("{}:{}", self.name, n.pos.line),
                _ => self.name.clone(),
            }),
            message: message.into(),
        }
    }

    fn missing(&self, q: &Question, what: &str) -> InterviewError {
        self.error(
            q,
            None,
            format!("keine Antwort, und die Frage hat keinen Vorschlag – ergänzen Sie `{}: {what}` („{}“)", q.id, q.prompt),
        )
    }
}

/// A scalar as text, as the user wrote it.
fn scalar(node: &Node) -> Option<String> {
    match &node.kind {
        NodeKind::Str(s) => Some(s.clone()),
        NodeKind::Int(_, raw) | NodeKind::Float(_, raw) => Some(raw.clone()),
        NodeKind::Null => Some(String::new()),
        _ => None,
    }
}

fn choice_index(choices: &[Choice], answer: &str) -> Option<usize> {
    let answer = answer.trim();
    choices.iter().position(|c| c.key == answer).or_else(|| {
        choices
            .iter()
            .position(|c| c.label.eq_ignore_ascii_case(answer))
    })
}

fn allowed(choices: &[Choice]) -> String {
    choices
        .iter()
        .map(|c| c.key.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl ScriptedPrompter {
    fn try_text(&mut self, q: &TextQuestion) -> Result<String, InterviewError> {
        let question = &q.question;
        let Some(node) = self.take(&question.id) else {
            return match &q.default {
                Some(default) => q.accept(default).map_err(|m| self.error(question, None, m)),
                None if !q.required => Ok(String::new()),
                None => Err(self.missing(question, "\"…\"")),
            };
        };
        let input = match &node.kind {
            NodeKind::Seq(items) if q.list => {
                let mut parts = Vec::new();
                for item in items {
                    match scalar(item) {
                        Some(s) if s.contains(';') => {
                            return Err(self.error(
                                question,
                                Some(item),
                                format!("„{s}“: ein Listeneintrag darf kein „;“ enthalten"),
                            ));
                        }
                        Some(s) => parts.push(s),
                        None => {
                            return Err(self.error(
                                question,
                                Some(item),
                                "Listeneinträge müssen Texte sein",
                            ));
                        }
                    }
                }
                parts.join("; ")
            }
            _ => match scalar(&node) {
                Some(s) => s,
                None => {
                    return Err(self.error(
                        question,
                        Some(&node),
                        format!("erwartet einen Text, gefunden: {}", node.kind.describe()),
                    ));
                }
            },
        };
        q.accept(&input)
            .map_err(|m| self.error(question, Some(&node), m))
    }

    fn try_yes_no(&mut self, q: &Question, default: Option<bool>) -> Result<bool, InterviewError> {
        let Some(node) = self.take(&q.id) else {
            return default.ok_or_else(|| self.missing(q, "true oder false"));
        };
        let value = match &node.kind {
            NodeKind::Bool(b) => Some(*b),
            NodeKind::Str(s) => match s.trim().to_lowercase().as_str() {
                "ja" | "yes" | "true" => Some(true),
                "nein" | "no" | "false" => Some(false),
                _ => None,
            },
            _ => None,
        };
        value.ok_or_else(|| {
            self.error(
                q,
                Some(&node),
                "erwartet true oder false (ja/nein)".to_owned(),
            )
        })
    }

    fn try_select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        default: Option<usize>,
    ) -> Result<usize, InterviewError> {
        let Some(node) = self.take(&q.id) else {
            return default
                .ok_or_else(|| self.missing(q, &format!("eine von {}", allowed(choices))));
        };
        let answer = scalar(&node).unwrap_or_default();
        choice_index(choices, &answer).ok_or_else(|| {
            self.error(
                q,
                Some(&node),
                format!(
                    "„{answer}“ ist keine der Möglichkeiten: {}",
                    allowed(choices)
                ),
            )
        })
    }

    fn try_multi_select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        defaults: &[bool],
    ) -> Result<Vec<usize>, InterviewError> {
        let Some(node) = self.take(&q.id) else {
            return Ok(defaults
                .iter()
                .enumerate()
                .filter(|(_, on)| **on)
                .map(|(i, _)| i)
                .collect());
        };
        let items: Vec<&Node> = match &node.kind {
            NodeKind::Seq(items) => items.iter().collect(),
            NodeKind::Null => Vec::new(),
            _ => vec![&node],
        };
        let mut picked = BTreeSet::new();
        for item in items {
            let answer = scalar(item).unwrap_or_default();
            match choice_index(choices, &answer) {
                Some(i) => {
                    picked.insert(i);
                }
                None => {
                    return Err(self.error(
                        q,
                        Some(item),
                        format!(
                            "„{answer}“ ist keine der Möglichkeiten: {}",
                            allowed(choices)
                        ),
                    ));
                }
            }
        }
        Ok(picked.into_iter().collect())
    }

    /// Every unknown id and every invalid or missing answer found so far (the interview goes
    /// on past them with the proposal, so that all are reported at once).
    pub fn problems(&self) -> Vec<String> {
        self.unknown
            .iter()
            .cloned()
            .chain(self.problems.iter().map(ToString::to_string))
            .collect()
    }

    /// Notes a problem and goes on with `fallback`'s answer.
    fn note<T>(
        &mut self,
        result: Result<T, InterviewError>,
        fallback: impl FnOnce() -> Result<T, InterviewError>,
    ) -> Result<T, InterviewError> {
        match result {
            Err(e @ InterviewError::Answer { .. }) => {
                self.problems.push(e);
                fallback()
            }
            other => other,
        }
    }
}

impl Prompter for ScriptedPrompter {
    fn section(&mut self, _title: &str, _intro: &str) -> Result<(), InterviewError> {
        Ok(())
    }

    fn info(&mut self, _text: &str) -> Result<(), InterviewError> {
        Ok(())
    }

    fn text(&mut self, q: &TextQuestion) -> Result<String, InterviewError> {
        let r = self.try_text(q);
        self.note(r, || DefaultsPrompter.text(q).or(Ok(String::new())))
    }

    fn yes_no(&mut self, q: &Question, default: Option<bool>) -> Result<bool, InterviewError> {
        let r = self.try_yes_no(q, default);
        self.note(r, || DefaultsPrompter.yes_no(q, default))
    }

    fn select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        default: Option<usize>,
    ) -> Result<usize, InterviewError> {
        let r = self.try_select(q, choices, default);
        self.note(r, || DefaultsPrompter.select(q, choices, default))
    }

    fn multi_select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        defaults: &[bool],
    ) -> Result<Vec<usize>, InterviewError> {
        let r = self.try_multi_select(q, choices, defaults);
        self.note(r, || DefaultsPrompter.multi_select(q, choices, defaults))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::question::Check;

    fn text_q(id: &str, check: Check, required: bool, default: Option<&str>) -> TextQuestion {
        TextQuestion {
            question: Question::new(id, "Frage", "weil"),
            check,
            required,
            list: false,
            default: default.map(str::to_owned),
            example: None,
        }
    }

    #[test]
    fn unknown_ids_are_reported_with_suggestion() {
        let p = ScriptedPrompter::parse("a.yaml", "company.name: x\ncompnay.city: y\nfoo: 1\n")
            .expect("parses");
        let err = p.problems();
        assert_eq!(err.len(), 2);
        assert!(
            err[0].contains("a.yaml:2") && err[0].contains("`company.city`"),
            "{err:?}"
        );
        assert!(err[1].contains("`foo`"), "{err:?}");
    }

    #[test]
    fn answers_defaults_and_errors() {
        let mut p = ScriptedPrompter::parse(
            "a.yaml",
            "company.postal_code: 01067\ncompany.email: kaputt\ncompany.register: ~\n",
        )
        .expect("parses");
        let plz = p.try_text(&text_q(
            "company.postal_code",
            Check::PostalCode,
            true,
            None,
        ));
        assert_eq!(plz, Ok("01067".into()));
        let err = p
            .try_text(&text_q("company.email", Check::Email, true, None))
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("a.yaml:2: Frage `company.email`"),
            "{err}"
        );
        let register = p.try_text(&text_q("company.register", Check::Free, false, Some("x")));
        assert_eq!(register, Ok(String::new()));
        let city = p.try_text(&text_q("company.city", Check::Free, true, Some("Berlin")));
        assert_eq!(city, Ok("Berlin".into()));
        let missing = p
            .try_text(&text_q("company.name", Check::Free, true, None))
            .unwrap_err();
        assert!(missing.to_string().contains("`company.name`"), "{missing}");
        assert!(p.unused().is_empty());
    }

    #[test]
    fn choices_accept_keys_and_labels() {
        let choices = vec![
            Choice {
                key: "berlin".into(),
                label: "Berlin".into(),
            },
            Choice {
                key: "bayern".into(),
                label: "Bayern".into(),
            },
        ];
        let mut p = ScriptedPrompter::parse(
            "a.yaml",
            "company.state: bayern\ncompany.sector: Berlin\nwhatsapp.features: [bayern, berlin]\nwhatsapp.devices.mdm: nein\nmeasures: [nichts]\n",
        )
        .expect("parses");
        let q = |id: &str| Question::new(id, "Frage", "weil");
        assert_eq!(p.try_select(&q("company.state"), &choices, None), Ok(1));
        assert_eq!(p.try_select(&q("company.sector"), &choices, None), Ok(0));
        assert_eq!(
            p.try_multi_select(&q("whatsapp.features"), &choices, &[false, false]),
            Ok(vec![0, 1])
        );
        assert_eq!(p.try_yes_no(&q("whatsapp.devices.mdm"), None), Ok(false));
        let err = p
            .try_multi_select(&q("measures"), &choices, &[false, false])
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("„nichts“ ist keine der Möglichkeiten: berlin, bayern"),
            "{err}"
        );
        assert!(p.try_yes_no(&q("dpo.present"), None).is_err());
    }
}
