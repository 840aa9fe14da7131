//! Interview stage, no questions at all (`dsgvo-gen init --non-interactive`): every question
//! takes its default, and where there is none its example, so the result is a valid starter
//! profile full of clearly fictitious placeholders for the user to edit.

use super::question::{Check, Choice, Question, TextQuestion};
use super::{InterviewError, Prompter, ids};
use std::sync::OnceLock;

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

/// Records the examples the starter profile takes as values.
struct Recorder(Vec<(String, String, Check)>);

impl Prompter for Recorder {
    fn section(&mut self, _: &str, _: &str) -> Result<(), InterviewError> {
        Ok(())
    }
    fn info(&mut self, _: &str) -> Result<(), InterviewError> {
        Ok(())
    }
    fn text(&mut self, q: &TextQuestion) -> Result<String, InterviewError> {
        let answer = DefaultsPrompter.text(q)?;
        if q.default.is_none() && q.example.is_some() {
            self.0
                .push((q.question.id.clone(), answer.clone(), q.check));
        }
        Ok(answer)
    }
    fn yes_no(&mut self, q: &Question, d: Option<bool>) -> Result<bool, InterviewError> {
        DefaultsPrompter.yes_no(q, d)
    }
    fn select(
        &mut self,
        q: &Question,
        c: &[Choice],
        d: Option<usize>,
    ) -> Result<usize, InterviewError> {
        DefaultsPrompter.select(q, c, d)
    }
    fn multi_select(
        &mut self,
        q: &Question,
        c: &[Choice],
        d: &[bool],
    ) -> Result<Vec<usize>, InterviewError> {
        DefaultsPrompter.multi_select(q, c, d)
    }
}

/// Marks of an invented example: names with „Muster“ or „Beispiel“, addresses at the
/// reserved `.example` domain.
const INVENTED: [&str; 3] = ["Muster", "Beispiel", ".example"];

/// The placeholders of the starter profile: profile field and value, for every invented
/// example it writes (names, addresses, contact data with the marks of `INVENTED`; phone numbers
/// and dates, which are invented facts). Generic examples (a city, a postal code, a number)
/// are not placeholders: a real firm may have them.
pub fn placeholders() -> &'static [(String, String)] {
    static CACHE: OnceLock<Vec<(String, String)>> = OnceLock::new();
    thread_local! {
        // The flow lints provisional profiles, which asks for the placeholders again.
        static COMPUTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if COMPUTING.get() {
        return &[];
    }
    CACHE.get_or_init(|| {
        COMPUTING.set(true);
        let mut r = Recorder(Vec::new());
        let walked = crate::interview::run(&mut r);
        COMPUTING.set(false);
        if walked.is_err() {
            return Vec::new();
        }
        r.0.into_iter()
            .filter(|(_, value, check)| match check {
                Check::Phone | Check::Date => true,
                Check::Free | Check::Email | Check::Url => {
                    INVENTED.iter().any(|m| value.contains(m))
                }
                Check::PostalCode | Check::Number { .. } | Check::Word => false,
            })
            .filter_map(|(id, value, _)| {
                let entry = ids::entry(&id)?;
                match entry.fields {
                    [field] if !field.contains('[') => Some(((*field).to_owned(), value)),
                    _ => None,
                }
            })
            .collect()
    })
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
        assert!(
            loaded.diagnostics.iter().any(|d| d.code == Some("DSG029")),
            "placeholders are reported"
        );
        let names: Vec<&str> = placeholders().iter().map(|(f, _)| f.as_str()).collect();
        for field in [
            "company.name",
            "company.street",
            "company.email",
            "company.representatives",
        ] {
            assert!(
                names.contains(&field),
                "{field} not a placeholder: {names:?}"
            );
        }
        assert!(!names.contains(&"company.city") && !names.contains(&"company.postal_code"));
        assert_eq!(loaded.profile.expect("loads").raw, raw);
        assert!(text.contains("STARTPROFIL"));
    }
}
