//! Interview stage: `dsgvo-gen init` asks German questions and turns the answers into a
//! [`RawProfile`](crate::profile::model::RawProfile), exactly as if the user had written the
//! YAML by hand.
//!
//! The question flow ([`flow::run`], one module per section of questions) talks only to a
//! [`Prompter`]. Three prompters exist:
//!
//! - [`terminal::TerminalPrompter`]: dialoguer prompts in a real terminal (the only file that
//!   uses dialoguer); invalid answers are re-asked with a German message.
//! - [`script::ScriptedPrompter`]: answers from a YAML file keyed by question id
//!   (`--answers FILE`); every unknown id and invalid answer is reported at once.
//! - [`defaults::DefaultsPrompter`]: every question takes its default or example
//!   (`--non-interactive`), giving a commented starter profile.
//!
//! In the terminal, [`session`] sits between the flow and the terminal: it records answers by
//! id and walks the flow again as needed, which gives "back", the draft and its resumption
//! ([`draft`]), `--edit` with answers prefilled from the profile ([`prefill`]) and written
//! back in place ([`edit`]), the review screen for quiet questions, and the fixes offered for
//! errors before writing ([`fixes`]).
//!
//! [`write::to_yaml`] renders the profile with German comments; [`summary::summary`] describes
//! it in a few lines. Every question id and the profile field it fills are listed in [`ids`];
//! [`template`] prints them as a commented answers file.

pub mod defaults;
pub mod draft;
pub mod edit;
pub mod fixes;
pub mod flow;
pub mod ids;
pub mod postal;
pub mod prefill;
pub mod question;
pub mod script;
pub mod session;
pub mod summary;
pub mod template;
pub mod terminal;
pub mod write;

pub use flow::run;
pub use question::{Check, Choice, Question, TextQuestion};

use std::fmt;

/// Asks questions. The flow calls one method per question; implementations decide where the
/// answer comes from. Every method gets the question's one-line explanation and its default.
pub trait Prompter {
    /// Starts a group of questions (shown as a heading with a short introduction).
    fn section(&mut self, title: &str, intro: &str) -> Result<(), InterviewError>;
    /// Shows information that needs no answer (e.g. why a choice is risky).
    fn info(&mut self, text: &str) -> Result<(), InterviewError>;
    /// Asks for text. Returns the answer as accepted by [`TextQuestion::accept`] (empty: no
    /// value). An empty input takes the default.
    fn text(&mut self, q: &TextQuestion) -> Result<String, InterviewError>;
    /// Asks a Ja/Nein question. `default: None` means the user must choose actively.
    fn yes_no(&mut self, q: &Question, default: Option<bool>) -> Result<bool, InterviewError>;
    /// Asks for one of `choices`; returns its index.
    fn select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        default: Option<usize>,
    ) -> Result<usize, InterviewError>;
    /// Asks for any number of `choices`; returns their indices in ascending order.
    fn multi_select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        defaults: &[bool],
    ) -> Result<Vec<usize>, InterviewError>;
}

/// Why the interview ended without a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InterviewError {
    /// The user pressed Ctrl-C.
    Interrupted,
    /// The user asked to go back to the previous question (the terminal's back key), or an
    /// answer changed so that the questions are walked again (see [`session`]).
    Back,
    /// An answer from the answers file is missing or invalid.
    Answer {
        /// Question id.
        id: String,
        /// Where the answer stands (`antworten.yaml:12`), when it came from a file.
        location: Option<String>,
        /// What is wrong (German).
        message: String,
    },
    /// The terminal failed (closed, not a terminal, I/O error).
    Terminal(String),
}

impl fmt::Display for InterviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InterviewError::Interrupted => write!(f, "Interview abgebrochen"),
            InterviewError::Back => write!(f, "zurück zur vorigen Frage"),
            InterviewError::Answer {
                id,
                location,
                message,
            } => {
                if let Some(location) = location {
                    write!(f, "{location}: ")?;
                }
                write!(f, "Frage `{id}`: {message}")
            }
            InterviewError::Terminal(message) => write!(f, "Terminal: {message}"),
        }
    }
}

impl std::error::Error for InterviewError {}

pub use crate::profile::{all, key};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::model::*;

    #[test]
    fn enum_values_come_from_the_schema() {
        let states = all::<State>();
        assert_eq!(states.len(), 16);
        assert_eq!(states[0], State::BadenWuerttemberg);
        assert_eq!(all::<Sector>().first(), Some(&Sector::Food));
        assert!(all::<Measure>().contains(&Measure::BusinessProfileComplete));
        assert_eq!(all::<Channel>().len(), 6);
        assert_eq!(key(Variant::CloudApiBsp), "cloud_api_bsp");
    }
}
