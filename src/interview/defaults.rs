//! Interview stage, no questions at all (`dsgvo-gen init --non-interactive`): every question
//! takes its default, and where there is none its example, so the result is a valid starter
//! profile full of clearly fictitious placeholders for the user to edit.

use super::question::{Choice, Question, TextQuestion};
use super::{InterviewError, Prompter};

/// Answers every question with its default or example.
#[derive(Debug, Default)]
pub struct DefaultsPrompter;

impl Prompter for DefaultsPrompter {
    fn section(&mut self, _title: &str, _intro: &str) -> Result<(), InterviewError> {
        Ok(())
    }

    fn info(&mut self, _text: &str) -> Result<(), InterviewError> {
        Ok(())
    }

    fn text(&mut self, q: &TextQuestion) -> Result<String, InterviewError> {
        match q.default.as_deref().or(q.example.as_deref()) {
            Some(value) => q.accept(value),
            None if !q.required => Ok(String::new()),
            None => Err("keine Voreinstellung".to_owned()),
        }
        .map_err(|message| InterviewError::Answer {
            id: q.question.id.clone(),
            location: None,
            message,
        })
    }

    /// Without a default, "Nein": the starter profile claims nothing that was not said.
    fn yes_no(&mut self, _q: &Question, default: Option<bool>) -> Result<bool, InterviewError> {
        Ok(default.unwrap_or(false))
    }

    /// Without a default, the first choice (lists are ordered with the safest value first).
    fn select(
        &mut self,
        _q: &Question,
        _choices: &[Choice],
        default: Option<usize>,
    ) -> Result<usize, InterviewError> {
        Ok(default.unwrap_or(0))
    }

    fn multi_select(
        &mut self,
        _q: &Question,
        _choices: &[Choice],
        defaults: &[bool],
    ) -> Result<Vec<usize>, InterviewError> {
        Ok(defaults
            .iter()
            .enumerate()
            .filter(|(_, on)| **on)
            .map(|(i, _)| i)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::write::{Options, to_yaml};
    use crate::profile::load::load_str;

    #[test]
    fn starter_profile_is_valid() {
        let raw = crate::interview::run(&mut DefaultsPrompter).expect("defaults answer everything");
        let text = to_yaml(&raw, &Options { starter: true });
        let loaded = load_str("dsgvo.yaml", &text);
        assert!(
            !loaded.has_errors(),
            "{}\n{text}",
            loaded.render_diagnostics()
        );
        assert_eq!(loaded.profile.expect("loads").raw, raw);
        assert!(text.contains("STARTPROFIL"));
    }
}
