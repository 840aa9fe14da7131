//! Interview stage, building blocks: what a question is, the choices it offers and how a
//! typed answer is checked. Every prompter (terminal, answers file, defaults) uses the same
//! checks, so an answer that the terminal would re-ask is an error in an answers file.

use crate::date::Date;
use crate::profile::validate::{is_email, is_international_phone, is_postal_code, is_url};

/// One question: its stable id (the key in an answers file), the German prompt and one line
/// saying why it matters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable id, e.g. `company.postal_code`; see [`super::ids`].
    pub id: String,
    /// The question as shown to the user.
    pub prompt: String,
    /// Why the answer matters, in one line.
    pub why: String,
    /// The proposal is good for most firms: in the terminal the question is not asked on its
    /// own but listed on the review screen at the end, where it can be changed.
    pub quiet: bool,
    /// How to find the answer out ("weiß ich nicht"): the terminal offers it as an extra
    /// choice of a selection and then asks again.
    pub help: Option<String>,
}

impl Question {
    /// A question.
    pub fn new(id: impl Into<String>, prompt: impl Into<String>, why: impl Into<String>) -> Self {
        Question {
            id: id.into(),
            prompt: prompt.into(),
            why: why.into(),
            quiet: false,
            help: None,
        }
    }

    /// Marks the question as quiet (see [`Question::quiet`]).
    pub fn quiet(mut self) -> Self {
        self.quiet = true;
        self
    }

    /// Adds "weiß ich nicht" help (see [`Question::help`]).
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }
}

/// One option of a selection: the profile value (`key`, as written in YAML and in answers
/// files) and its German label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Value as written in the profile, e.g. `business_app`.
    pub key: String,
    /// German label shown to the user.
    pub label: String,
}

/// The format a text answer must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Any text.
    Free,
    /// An e-mail address.
    Email,
    /// A phone number in international format.
    Phone,
    /// A five-digit German postal code.
    PostalCode,
    /// A calendar date (`JJJJ-MM-TT` or `TT.MM.JJJJ`); stored as `JJJJ-MM-TT`.
    Date,
    /// A web address starting with `https://` or `http://`.
    Url,
    /// A whole number in a range.
    Number {
        /// Smallest allowed value.
        min: u32,
        /// Largest allowed value.
        max: u32,
    },
    /// A single word without spaces.
    Word,
}

/// A question answered with text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextQuestion {
    /// The question.
    pub question: Question,
    /// Format of the answer.
    pub check: Check,
    /// An empty answer is not accepted.
    pub required: bool,
    /// Several values separated by `;` (an answers file may give a YAML list instead).
    pub list: bool,
    /// Proposed answer, taken when the user just presses Enter.
    pub default: Option<String>,
    /// Example shown as a hint; the starter profile (`--non-interactive`) uses it as a
    /// placeholder where there is no default.
    pub example: Option<String>,
}

/// What the user types to leave an optional answer empty although a default is proposed.
pub const NO_VALUE: &str = "-";

impl TextQuestion {
    /// Checks and normalises an answer. Returns the value to record (empty: no value) or a
    /// German message saying what is wrong. An empty input is *not* replaced by the default
    /// here; prompters do that before calling this.
    pub fn accept(&self, input: &str) -> Result<String, String> {
        let input = input.trim();
        if input.is_empty() || (!self.required && input == NO_VALUE) {
            return if self.required {
                Err("Bitte geben Sie einen Wert ein.".into())
            } else {
                Ok(String::new())
            };
        }
        if self.list {
            let items: Vec<&str> = split_list(input);
            if items.is_empty() && self.required {
                return Err("Bitte geben Sie mindestens einen Eintrag ein.".into());
            }
            for item in &items {
                check_value(self.check, item)?;
            }
            return Ok(items.join("; "));
        }
        check_value(self.check, input)
    }

    /// The answer as a list (for `list` questions), after [`Self::accept`].
    pub fn items(accepted: &str) -> Vec<String> {
        split_list(accepted)
            .into_iter()
            .map(str::to_owned)
            .collect()
    }
}

fn split_list(input: &str) -> Vec<&str> {
    input
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Checks one value; returns it normalised.
fn check_value(check: Check, value: &str) -> Result<String, String> {
    match check {
        Check::Free => Ok(value.to_owned()),
        Check::Email if is_email(value) => Ok(value.to_owned()),
        Check::Email => Err(format!(
            "„{value}“ ist keine gültige E-Mail-Adresse (Format: name@beispiel.de)."
        )),
        Check::Phone if is_international_phone(value) => Ok(normalise_phone(value)),
        Check::Phone => Err(match phone_suggestion(value) {
            Some(s) => format!(
                "„{value}“ ist nicht im internationalen Format. Meinten Sie „{}“? (+49, dann die Rufnummer ohne führende 0)",
                normalise_phone(&s)
            ),
            None => format!(
                "„{value}“ ist keine Telefonnummer im internationalen Format (z. B. +49 761 123456)."
            ),
        }),
        Check::PostalCode if is_postal_code(value) => Ok(value.to_owned()),
        Check::PostalCode => Err(format!(
            "„{value}“ ist keine Postleitzahl – bitte fünf Ziffern eingeben, z. B. 01067."
        )),
        Check::Date => Date::parse(value).map(|d| d.to_string()).ok_or_else(|| {
            format!(
                "„{value}“ ist kein gültiges Datum (Format: JJJJ-MM-TT oder TT.MM.JJJJ, z. B. 28.11.2026)."
            )
        }),
        Check::Url if is_url(value) => Ok(value.to_owned()),
        Check::Url => Err(if value.contains('.') && !value.contains(char::is_whitespace) {
            format!(
                "„{value}“ ist keine vollständige Web-Adresse. Meinten Sie „https://{value}“?"
            )
        } else {
            format!(
                "„{value}“ ist keine vollständige Web-Adresse (Format: https://www.beispiel.de/datenschutz)."
            )
        }),
        Check::Number { min, max } => match value.parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n.to_string()),
            _ => Err(format!(
                "Bitte eine ganze Zahl von {min} bis {max} eingeben (nicht „{value}“)."
            )),
        },
        Check::Word if !value.contains(char::is_whitespace) => Ok(value.to_owned()),
        Check::Word => Err(format!(
            "Bitte ein einzelnes Wort ohne Leerzeichen eingeben (nicht „{value}“)."
        )),
    }
}

/// A phone number as the documents print it: `/`, `-` and runs of spaces become one space
/// (`+49 171/2345678` → `+49 171 2345678`).
fn normalise_phone(value: &str) -> String {
    value
        .split([' ', '/', '-', '\u{a0}'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl TextQuestion {
    /// The corrected answer proposed for an invalid `input` (phone number without country
    /// code, web address without scheme), which Enter accepts in the terminal.
    pub fn suggestion(&self, input: &str) -> Option<String> {
        let input = input.trim();
        if self.list || self.accept(input).is_ok() {
            return None;
        }
        let candidate = match self.check {
            Check::Phone => phone_suggestion(input)?,
            Check::Url if input.contains('.') && !input.contains(char::is_whitespace) => {
                format!("https://{input}")
            }
            _ => return None,
        };
        self.accept(&candidate).ok()
    }
}

/// `0761 123456` → `+49 761 123456`; `0049 …` → `+49 …`.
fn phone_suggestion(value: &str) -> Option<String> {
    let v = value.trim();
    let candidate = if let Some(rest) = v.strip_prefix("00") {
        format!("+{rest}")
    } else if let Some(rest) = v.strip_prefix('0') {
        format!("+49 {rest}")
    } else if v.starts_with("49") {
        format!("+{v}")
    } else {
        return None;
    };
    is_international_phone(&candidate).then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(check: Check, required: bool) -> TextQuestion {
        TextQuestion {
            question: Question::new("x", "X", "weil"),
            check,
            required,
            list: false,
            default: None,
            example: None,
        }
    }

    #[test]
    fn checks_and_normalises() {
        assert_eq!(
            q(Check::Date, true).accept("28.11.2026"),
            Ok("2026-11-28".into())
        );
        assert!(q(Check::Date, true).accept("31.02.2026").is_err());
        assert_eq!(
            q(Check::PostalCode, true).accept(" 01067 "),
            Ok("01067".into())
        );
        assert!(q(Check::PostalCode, true).accept("1067").is_err());
        assert!(q(Check::Email, true).accept("info@").is_err());
        let phone = q(Check::Phone, true).accept("0761 123456").unwrap_err();
        assert!(phone.contains("+49 761 123456"), "{phone}");
        assert!(
            q(Check::Url, false)
                .accept("www.x.de")
                .unwrap_err()
                .contains("https://www.x.de")
        );
        assert_eq!(
            q(Check::Number { min: 1, max: 9 }, true).accept("3"),
            Ok("3".into())
        );
        assert!(
            q(Check::Number { min: 1, max: 9 }, true)
                .accept("0")
                .is_err()
        );
        assert!(q(Check::Word, true).accept("STOP BITTE").is_err());
    }

    #[test]
    fn empty_and_no_value() {
        assert!(q(Check::Free, true).accept("  ").is_err());
        assert!(q(Check::Free, true).accept("-").is_ok());
        assert_eq!(q(Check::Email, false).accept(""), Ok(String::new()));
        assert_eq!(q(Check::Email, false).accept("-"), Ok(String::new()));
    }

    #[test]
    fn lists() {
        let mut list = q(Check::Free, true);
        list.list = true;
        assert_eq!(list.accept("A (GF); B ;; "), Ok("A (GF); B".into()));
        assert_eq!(TextQuestion::items("A (GF); B"), vec!["A (GF)", "B"]);
        assert!(list.accept(" ; ").is_err());
    }
}
