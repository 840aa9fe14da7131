//! Interview stage, the session around the question flow in the terminal. Answers are kept by
//! question id, so the flow can be walked again from the start at any time: what is known is
//! replayed without asking. That one mechanism gives
//!
//! - "back": forget the last answer and walk again; the question comes back with the old
//!   answer proposed;
//! - the draft and resuming it: the known answers are saved after every answer;
//! - `init --edit`: the answers are prefilled from the profile and only the chosen sections
//!   are asked;
//! - the review screen: quiet questions (a good proposal for most firms) take their proposal
//!   and are listed once at the end; what the user picks there is asked in the next walk;
//! - fixes: an answer is changed and the flow walked again ([`super::fixes`]).
//!
//! The session is itself a [`Prompter`] for the flow; it passes to the inner prompter (the
//! terminal) only the questions that need a person.

use super::defaults::DefaultsPrompter;
use super::question::{Choice, Question, TextQuestion};
use super::{InterviewError, Prompter, flow};
use crate::profile::model::RawProfile;
use std::collections::{BTreeMap, BTreeSet};

type R<T> = Result<T, InterviewError>;

/// One recorded answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text, or the profile value of one choice.
    Text(String),
    /// Ja/Nein.
    Bool(bool),
    /// Several choices (profile values), or the entries of a list.
    List(Vec<String>),
}

/// The sections an existing profile can be edited by: key, German label, question-id
/// prefixes. Device questions are matched before the other WhatsApp questions.
pub const SECTIONS: [(&str, &str, &[&str]); 10] = [
    ("company", "Unternehmen und Kontaktdaten", &["company."]),
    (
        "devices",
        "Geräte, Adressbuch und Sicherung",
        &["whatsapp.devices."],
    ),
    (
        "whatsapp",
        "WhatsApp-Variante, Nummer, Funktionen und Bedingungen",
        &["whatsapp."],
    ),
    (
        "people",
        "Betroffene Personen und besondere Daten",
        &["data_subjects.", "special_categories."],
    ),
    ("scenarios", "Anwendungsfälle", &["scenarios."]),
    (
        "consent",
        "Einwilligung und Widerruf",
        &["consent.", "withdrawal."],
    ),
    (
        "measures",
        "Schutzmaßnahmen",
        &["measures", "custom_measures"],
    ),
    ("processors", "Weitere Dienstleister", &["processors."]),
    ("dpo", "Datenschutzbeauftragte Person", &["dpo."]),
    ("document", "Angaben auf den Dokumenten", &["document."]),
];

/// The section key a question id belongs to.
pub fn section_of(id: &str) -> &'static str {
    SECTIONS
        .iter()
        .find(|(_, _, prefixes)| prefixes.iter().any(|p| id.starts_with(p)))
        .map_or("document", |(key, _, _)| key)
}

/// What is known across walks of the flow.
#[derive(Debug, Clone, Default)]
pub struct State {
    /// Every known answer by question id (given, resumed or prefilled).
    pub answers: BTreeMap<String, Value>,
    /// Answers replayed without asking.
    pub confirmed: BTreeSet<String>,
    /// Ids answered in the terminal or resumed, in order (for "back").
    pub order: Vec<String>,
    /// Sections asked when editing (`None`: not editing, every section is asked).
    pub edit: Option<BTreeSet<String>>,
    /// Quiet questions the user picked on the review screen: asked like any other.
    live: BTreeSet<String>,
    /// Quiet questions taken in the current walk: id and the line for the review screen.
    taken: Vec<(String, String)>,
    /// Ids already shown on a review screen.
    reviewed: BTreeSet<String>,
    /// Questions put to a person in this process (for the prompt count).
    pub prompts: usize,
}

impl State {
    /// A state that replays `answers` as given (a resumed draft).
    pub fn resumed(answers: Vec<(String, Value)>) -> State {
        let mut state = State::default();
        for (id, value) in answers {
            state.confirmed.insert(id.clone());
            state.order.push(id.clone());
            state.answers.insert(id, value);
        }
        state
    }

    /// A state that proposes `answers` (prefilled from a profile) and asks only `sections`.
    pub fn prefilled(answers: BTreeMap<String, Value>, sections: BTreeSet<String>) -> State {
        State {
            answers,
            edit: Some(sections),
            ..State::default()
        }
    }

    /// Records an answer as given, replayed from now on.
    pub fn set(&mut self, id: &str, value: Value) {
        self.answers.insert(id.to_owned(), value);
        self.confirmed.insert(id.to_owned());
        self.order.retain(|o| o != id);
        self.order.push(id.to_owned());
    }

    /// Forgets an answer, so its question is asked again.
    pub fn unset(&mut self, id: &str) {
        self.answers.remove(id);
        self.confirmed.remove(id);
        self.order.retain(|o| o != id);
    }

    /// The answers given so far, in the order given (for the draft).
    pub fn given(&self) -> Vec<(&str, &Value)> {
        self.order
            .iter()
            .filter_map(|id| self.answers.get(id).map(|v| (id.as_str(), v)))
            .collect()
    }
}

enum Decision {
    Replay(Value),
    Quiet(Option<Value>),
    Ask(Option<Value>),
}

enum Pending {
    Section(String, String),
    Info(String),
}

/// The flow's prompter during one walk.
pub struct Session<'a> {
    inner: &'a mut dyn Prompter,
    /// What is known.
    pub state: &'a mut State,
    /// False: never ask a person (simulation); unknown answers take the proposal.
    ask: bool,
    save: &'a mut dyn FnMut(&State),
    pending: Vec<Pending>,
}

pub(crate) fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Text(t) => Some(t.clone()),
        Value::List(items) => Some(items.join("; ")),
        Value::Bool(_) => None,
    }
}

pub(crate) fn bool_of(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Text(t) => match t.trim().to_lowercase().as_str() {
            "ja" | "true" | "yes" => Some(true),
            "nein" | "false" | "no" => Some(false),
            _ => None,
        },
        Value::List(_) => None,
    }
}

pub(crate) fn index_of(choices: &[Choice], v: &Value) -> Option<usize> {
    match v {
        Value::Text(key) => choices.iter().position(|c| c.key == *key),
        _ => None,
    }
}

pub(crate) fn indices_of(choices: &[Choice], v: &Value) -> Option<Vec<usize>> {
    match v {
        Value::List(keys) => Some(
            choices
                .iter()
                .enumerate()
                .filter(|(_, c)| keys.contains(&c.key))
                .map(|(i, _)| i)
                .collect(),
        ),
        Value::Text(t) if t.is_empty() => Some(Vec::new()),
        _ => None,
    }
}

impl<'a> Session<'a> {
    /// A session asking `inner`, saving the state through `save` after every answer.
    pub fn new(
        inner: &'a mut dyn Prompter,
        state: &'a mut State,
        save: &'a mut dyn FnMut(&State),
    ) -> Self {
        state.taken.clear();
        Session {
            inner,
            state,
            ask: true,
            save,
            pending: Vec::new(),
        }
    }

    fn decide(&self, q: &Question, has_default: bool) -> Decision {
        let known = self.state.answers.get(&q.id).cloned();
        let outside_edit = self
            .state
            .edit
            .as_ref()
            .is_some_and(|s| !s.contains(section_of(&q.id)));
        if let Some(v) = &known
            && (!self.ask || self.state.confirmed.contains(&q.id) || outside_edit)
        {
            return Decision::Replay(v.clone());
        }
        // When editing, a question of a section not chosen that the profile does not answer
        // takes its proposal, shown on the review screen.
        let quiet = q.quiet || outside_edit;
        if quiet && !self.state.live.contains(&q.id) && (known.is_some() || has_default) {
            return Decision::Quiet(known);
        }
        Decision::Ask(known)
    }

    fn flush(&mut self) -> R<()> {
        for p in std::mem::take(&mut self.pending) {
            match p {
                Pending::Section(title, intro) => self.inner.section(&title, &intro)?,
                Pending::Info(text) => self.inner.info(&text)?,
            }
        }
        self.state.prompts += 1;
        Ok(())
    }

    fn took(&mut self, q: &Question, shown: &str) {
        let shown = if shown.is_empty() {
            "(keine Angabe)"
        } else {
            shown
        };
        self.state
            .taken
            .push((q.id.clone(), format!("{}: {shown}", q.prompt)));
    }

    /// After a person answered (or asked to go back).
    fn answered<T>(&mut self, id: &str, result: R<T>, value: impl Fn(&T) -> Value) -> R<T> {
        match result {
            Ok(answer) => {
                if self.ask {
                    self.state.set(id, value(&answer));
                    (self.save)(self.state);
                }
                Ok(answer)
            }
            Err(InterviewError::Back) => {
                if let Some(last) = self.state.order.pop() {
                    self.state.confirmed.remove(&last);
                }
                Err(InterviewError::Back)
            }
            Err(e) => Err(e),
        }
    }

    /// Shows the review screen of the quiet questions taken in this walk, if it lists any not
    /// shown before. Returns true when the user picked some to change (walk again).
    pub fn review(&mut self) -> R<bool> {
        if !self.ask
            || self
                .state
                .taken
                .iter()
                .all(|(id, _)| self.state.reviewed.contains(id))
        {
            return Ok(false);
        }
        let choices: Vec<Choice> = self
            .state
            .taken
            .iter()
            .map(|(id, label)| Choice {
                key: id.clone(),
                label: label.clone(),
            })
            .collect();
        self.state
            .reviewed
            .extend(choices.iter().map(|c| c.key.clone()));
        self.pending.clear();
        self.pending.push(Pending::Section(
            "Vorschläge prüfen".into(),
            "Diese Angaben hat das Interview für Sie vorgeschlagen, weil sie für die meisten Betriebe passen.".into(),
        ));
        self.flush()?;
        let q = Question::new(
            "review",
            "Möchten Sie davon etwas ändern?",
            "Wählen Sie mit der Leertaste, was Sie ändern möchten; Enter ohne Auswahl übernimmt alle Vorschläge.",
        );
        let picked = match self
            .inner
            .multi_select(&q, &choices, &vec![false; choices.len()])
        {
            Err(InterviewError::Back) => {
                return self.answered("review", Err(InterviewError::Back), |_: &bool| {
                    Value::Bool(true)
                });
            }
            other => other?,
        };
        for i in &picked {
            self.state.live.insert(choices[*i].key.clone());
        }
        Ok(!picked.is_empty())
    }

    /// Asks the inner prompter directly (fix choices): counted, but not recorded.
    pub fn choose(&mut self, info: &str, q: &Question, choices: &[Choice]) -> R<usize> {
        self.pending.clear();
        self.pending.push(Pending::Info(info.to_owned()));
        self.flush()?;
        match self.inner.select(q, choices, Some(0)) {
            Err(InterviewError::Back) => {
                self.answered(&q.id, Err(InterviewError::Back), |_: &usize| {
                    Value::Bool(true)
                })
            }
            other => other,
        }
    }
}

impl Prompter for Session<'_> {
    fn section(&mut self, title: &str, intro: &str) -> R<()> {
        self.pending.clear();
        self.pending
            .push(Pending::Section(title.to_owned(), intro.to_owned()));
        Ok(())
    }

    fn info(&mut self, text: &str) -> R<()> {
        self.pending.push(Pending::Info(text.to_owned()));
        Ok(())
    }

    fn text(&mut self, q: &TextQuestion) -> R<String> {
        let has_default = q.default.is_some() || !q.required;
        let known = match self.decide(&q.question, has_default) {
            Decision::Replay(v) => {
                if let Some(a) = text_of(&v).and_then(|t| q.accept(&t).ok()) {
                    return Ok(a);
                }
                None
            }
            Decision::Quiet(known) => {
                let answer = known
                    .as_ref()
                    .and_then(text_of)
                    .and_then(|t| q.accept(&t).ok())
                    .or_else(|| q.default.as_deref().and_then(|d| q.accept(d).ok()))
                    .unwrap_or_default();
                self.took(&q.question, &answer);
                return Ok(answer);
            }
            Decision::Ask(known) => known,
        };
        let mut asked = q.clone();
        if let Some(t) = known.as_ref().and_then(text_of) {
            asked.default = (!t.is_empty()).then_some(t);
        }
        self.flush()?;
        let result = self.inner.text(&asked);
        self.answered(&q.question.id, result, |a| Value::Text(a.clone()))
    }

    fn yes_no(&mut self, q: &Question, default: Option<bool>) -> R<bool> {
        let known = match self.decide(q, default.is_some()) {
            Decision::Replay(v) => {
                if let Some(b) = bool_of(&v) {
                    return Ok(b);
                }
                None
            }
            Decision::Quiet(known) => {
                let b = known
                    .as_ref()
                    .and_then(bool_of)
                    .or(default)
                    .unwrap_or(false);
                self.took(q, if b { "Ja" } else { "Nein" });
                return Ok(b);
            }
            Decision::Ask(known) => known,
        };
        let default = known.as_ref().and_then(bool_of).or(default);
        self.flush()?;
        let result = self.inner.yes_no(q, default);
        self.answered(&q.id, result, |b| Value::Bool(*b))
    }

    fn select(&mut self, q: &Question, choices: &[Choice], default: Option<usize>) -> R<usize> {
        let known = match self.decide(q, default.is_some()) {
            Decision::Replay(v) => {
                if let Some(i) = index_of(choices, &v) {
                    return Ok(i);
                }
                None
            }
            Decision::Quiet(known) => {
                let i = known
                    .as_ref()
                    .and_then(|v| index_of(choices, v))
                    .or(default)
                    .unwrap_or(0);
                self.took(q, &choices[i].label);
                return Ok(i);
            }
            Decision::Ask(known) => known,
        };
        let default = known
            .as_ref()
            .and_then(|v| index_of(choices, v))
            .or(default);
        self.flush()?;
        let result = self.inner.select(q, choices, default);
        self.answered(&q.id, result, |i| Value::Text(choices[*i].key.clone()))
    }

    fn multi_select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        defaults: &[bool],
    ) -> R<Vec<usize>> {
        let from_defaults = || -> Vec<usize> {
            defaults
                .iter()
                .enumerate()
                .filter(|(_, on)| **on)
                .map(|(i, _)| i)
                .collect()
        };
        let known = match self.decide(q, true) {
            Decision::Replay(v) => {
                if let Some(picked) = indices_of(choices, &v) {
                    return Ok(picked);
                }
                None
            }
            Decision::Quiet(known) => {
                let picked = known
                    .as_ref()
                    .and_then(|v| indices_of(choices, v))
                    .unwrap_or_else(from_defaults);
                let labels: Vec<&str> = picked.iter().map(|i| choices[*i].label.as_str()).collect();
                let shown = if labels.is_empty() {
                    "(keine)".to_owned()
                } else {
                    labels.join(", ")
                };
                self.took(q, &shown);
                return Ok(picked);
            }
            Decision::Ask(known) => known,
        };
        let checked: Vec<bool> = match known.as_ref().and_then(|v| indices_of(choices, v)) {
            Some(picked) => (0..choices.len()).map(|i| picked.contains(&i)).collect(),
            None => defaults.to_vec(),
        };
        self.flush()?;
        let result = self.inner.multi_select(q, choices, &checked);
        self.answered(&q.id, result, |picked| {
            Value::List(picked.iter().map(|i| choices[*i].key.clone()).collect())
        })
    }
}

/// Walks the flow with `inner` until the user has answered, reviewed the proposals and dealt
/// with every error (see [`super::fixes`]). `save` is called after every answer.
pub fn run(
    inner: &mut dyn Prompter,
    state: &mut State,
    save: &mut dyn FnMut(&State),
) -> R<RawProfile> {
    loop {
        let mut s = Session::new(&mut *inner, &mut *state, &mut *save);
        let raw = match flow::run(&mut s) {
            Err(InterviewError::Back) => continue,
            other => other?,
        };
        match s.review() {
            Err(InterviewError::Back) | Ok(true) => continue,
            Err(e) => return Err(e),
            Ok(false) => {}
        }
        match super::fixes::offer(&mut s, &raw) {
            Err(InterviewError::Back) | Ok(true) => continue,
            Err(e) => return Err(e),
            Ok(false) => return Ok(raw),
        }
    }
}

/// The profile the flow gives for `answers` without asking anybody: unknown answers take
/// the proposal (or the example, as in the starter profile).
pub fn simulate(answers: &BTreeMap<String, Value>) -> Option<RawProfile> {
    let mut state = State {
        answers: answers.clone(),
        ..State::default()
    };
    let mut defaults = DefaultsPrompter;
    let mut nothing = |_: &State| {};
    let mut s = Session::new(&mut defaults, &mut state, &mut nothing);
    s.ask = false;
    flow::run(&mut s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::question::Check;
    use std::collections::VecDeque;

    /// Answers text questions from a queue (`None`: the back key) and records what was asked
    /// with which proposal.
    struct Queue {
        answers: VecDeque<Option<&'static str>>,
        asked: Vec<(String, Option<String>)>,
    }

    impl Prompter for Queue {
        fn section(&mut self, _: &str, _: &str) -> R<()> {
            Ok(())
        }
        fn info(&mut self, _: &str) -> R<()> {
            Ok(())
        }
        fn text(&mut self, q: &TextQuestion) -> R<String> {
            self.asked.push((q.question.id.clone(), q.default.clone()));
            match self.answers.pop_front().flatten() {
                Some(a) => Ok(a.to_owned()),
                None => Err(InterviewError::Back),
            }
        }
        fn yes_no(&mut self, _: &Question, d: Option<bool>) -> R<bool> {
            Ok(d.unwrap_or(false))
        }
        fn select(&mut self, _: &Question, _: &[Choice], d: Option<usize>) -> R<usize> {
            Ok(d.unwrap_or(0))
        }
        fn multi_select(&mut self, _: &Question, _: &[Choice], _: &[bool]) -> R<Vec<usize>> {
            Ok(Vec::new())
        }
    }

    fn text_q(id: &str, default: Option<&str>, quiet: bool) -> TextQuestion {
        let question = Question::new(id, id, "weil");
        TextQuestion {
            question: if quiet { question.quiet() } else { question },
            check: Check::Free,
            required: true,
            list: false,
            default: default.map(str::to_owned),
            example: None,
        }
    }

    /// Two questions and a quiet one, walked until done, as [`run`] does with the flow.
    fn walk(inner: &mut Queue, state: &mut State) -> Vec<String> {
        let mut saved = 0;
        let mut save = |_: &State| saved += 1;
        loop {
            let mut s = Session::new(&mut *inner, &mut *state, &mut save);
            let answers: R<Vec<String>> = (|| {
                Ok(vec![
                    s.text(&text_q("a", None, false))?,
                    s.text(&text_q("q", Some("vorgeschlagen"), true))?,
                    s.text(&text_q("b", None, false))?,
                ])
            })();
            match answers {
                Err(InterviewError::Back) => continue,
                other => return other.expect("walks"),
            }
        }
    }

    #[test]
    fn back_asks_the_previous_question_again_with_its_answer_proposed() {
        let mut inner = Queue {
            answers: VecDeque::from([Some("eins"), None, Some("EINS"), Some("zwei")]),
            asked: Vec::new(),
        };
        let mut state = State::default();
        let answers = walk(&mut inner, &mut state);
        assert_eq!(answers, ["EINS", "vorgeschlagen", "zwei"]);
        let asked: Vec<(&str, Option<&str>)> = inner
            .asked
            .iter()
            .map(|(id, d)| (id.as_str(), d.as_deref()))
            .collect();
        // The quiet question is never asked; back from "b" returns to "a" with "eins" proposed.
        assert_eq!(
            asked,
            [("a", None), ("b", None), ("a", Some("eins")), ("b", None)]
        );
        assert_eq!(state.prompts, 4);
        assert_eq!(
            state.taken.len(),
            1,
            "the quiet answer is listed for review"
        );
    }

    #[test]
    fn a_resumed_draft_is_replayed_and_editing_asks_only_chosen_sections() {
        let mut inner = Queue {
            answers: VecDeque::from([Some("zwei")]),
            asked: Vec::new(),
        };
        let mut state = State::resumed(vec![("a".into(), Value::Text("eins".into()))]);
        assert_eq!(
            walk(&mut inner, &mut state),
            ["eins", "vorgeschlagen", "zwei"]
        );
        assert_eq!(inner.asked.len(), 1, "only the unanswered question");

        // Editing: prefilled answers of sections not chosen are replayed.
        let prefill = BTreeMap::from([
            ("company.name".to_owned(), Value::Text("Alt GmbH".into())),
            ("dpo.name".to_owned(), Value::Text("Frau Alt".into())),
        ]);
        let mut state = State::prefilled(prefill, BTreeSet::from(["dpo".to_owned()]));
        let mut inner = Queue {
            answers: VecDeque::from([Some("Frau Neu")]),
            asked: Vec::new(),
        };
        let mut nothing = |_: &State| {};
        let mut s = Session::new(&mut inner, &mut state, &mut nothing);
        assert_eq!(
            s.text(&text_q("company.name", None, false)),
            Ok("Alt GmbH".into())
        );
        assert_eq!(
            s.text(&text_q("dpo.name", None, false)),
            Ok("Frau Neu".into())
        );
        assert_eq!(
            inner.asked,
            [("dpo.name".to_owned(), Some("Frau Alt".to_owned()))],
            "asked with the old answer proposed"
        );
    }
}
