//! Interface language: what the program prints to a person (help, messages, diagnostics) is
//! German by default and English on request. The documents are unaffected; their language is
//! `build --lang`.
//!
//! The choice is made once, at start, from the command line and the environment
//! ([`detect`]), stored with [`init`], and read everywhere else with [`lang`]; nothing below
//! the command-line layer reads the environment for it. Every message is written in both
//! languages at its call site ([`t`] for fixed texts, [`tr!`](crate::tr) for formatted ones),
//! so a message cannot exist in one language only.

use std::ffi::OsStr;
use std::sync::OnceLock;

/// Language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum UiLang {
    /// Deutsch
    #[default]
    De,
    /// English
    En,
}

static CHOSEN: OnceLock<UiLang> = OnceLock::new();

/// Sets the interface language for this process; the first call wins (later calls are
/// ignored, so the choice cannot change half-way).
pub fn init(lang: UiLang) {
    let _ = CHOSEN.set(lang);
}

/// The interface language chosen at start; German when none was chosen (library use, tests).
pub fn lang() -> UiLang {
    CHOSEN.get().copied().unwrap_or_default()
}

/// Is the interface English?
pub fn is_en() -> bool {
    lang() == UiLang::En
}

/// The fixed text in the interface language.
pub fn t(de: &'static str, en: &'static str) -> &'static str {
    match lang() {
        UiLang::De => de,
        UiLang::En => en,
    }
}

/// A formatted message in the interface language: `tr!("{n} Dateien", "{n} files")`. Both
/// texts take the same arguments (inline names or trailing arguments).
#[macro_export]
macro_rules! tr {
    ($de:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        if $crate::ui::is_en() {
            format!($en $(, $arg)*)
        } else {
            format!($de $(, $arg)*)
        }
    };
}

/// A message in both languages, `(German, English)`, for findings whose German text the
/// documents list while the interface shows the one in its language:
/// `both!("{n} Dateien", "{n} files")`; both texts use every argument.
#[macro_export]
macro_rules! both {
    ($de:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        (format!($de $(, $arg)*), format!($en $(, $arg)*))
    };
}

/// Environment variable that chooses the interface language (`de` or `en`), ahead of the
/// locale: for CI jobs and shells whose locale one does not want to change.
pub const ENV_VAR: &str = "DSGVO_GEN_LANG";

/// The language a locale name stands for: `en…` is English, anything else (`de_DE.UTF-8`,
/// `C`, `POSIX`) German.
pub fn from_locale(value: &str) -> UiLang {
    if value.trim().to_ascii_lowercase().starts_with("en") {
        UiLang::En
    } else {
        UiLang::De
    }
}

/// The value of `--ui-lang` in `args` (`--ui-lang en` or `--ui-lang=en`, before a `--`), if
/// given and valid. The last one wins, as clap would have it.
fn from_args<I, T>(args: I) -> Option<UiLang>
where
    I: IntoIterator<Item = T>,
    T: AsRef<OsStr>,
{
    let mut found = None;
    let mut take_next = false;
    for arg in args.into_iter().skip(1) {
        let arg = arg.as_ref().to_string_lossy();
        if take_next {
            take_next = false;
            found = parse(&arg).or(found);
            continue;
        }
        if arg == "--" {
            break;
        }
        if arg == "--ui-lang" {
            take_next = true;
        } else if let Some(value) = arg.strip_prefix("--ui-lang=") {
            found = parse(value).or(found);
        }
    }
    found
}

fn parse(value: &str) -> Option<UiLang> {
    match value.trim().to_ascii_lowercase().as_str() {
        "de" => Some(UiLang::De),
        "en" => Some(UiLang::En),
        _ => None,
    }
}

/// Chooses the interface language: `--ui-lang`, then `DSGVO_GEN_LANG`, then the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first one set and not empty), else German.
/// `env` looks up a variable (the real environment in `main`, a table in tests).
pub fn detect<I, T>(args: I, env: impl Fn(&str) -> Option<String>) -> UiLang
where
    I: IntoIterator<Item = T>,
    T: AsRef<OsStr>,
{
    if let Some(lang) = from_args(args) {
        return lang;
    }
    if let Some(lang) = env(ENV_VAR).as_deref().and_then(parse) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| env(name))
        .find(|value| !value.trim().is_empty())
        .map_or(UiLang::De, |value| from_locale(&value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn locale_rule() {
        let none: [&str; 1] = ["dsgvo-gen"];
        assert_eq!(detect(none, env(&[])), UiLang::De);
        assert_eq!(detect(none, env(&[("LANG", "en_US.UTF-8")])), UiLang::En);
        assert_eq!(detect(none, env(&[("LANG", "C")])), UiLang::De);
        assert_eq!(detect(none, env(&[("LANG", "POSIX")])), UiLang::De);
        assert_eq!(detect(none, env(&[("LANG", "de_DE.UTF-8")])), UiLang::De);
        // LC_ALL before LC_MESSAGES before LANG; empty values are skipped.
        assert_eq!(
            detect(none, env(&[("LC_ALL", "de_DE"), ("LANG", "en_GB")])),
            UiLang::De
        );
        assert_eq!(
            detect(none, env(&[("LC_ALL", ""), ("LC_MESSAGES", "en_GB")])),
            UiLang::En
        );
        assert_eq!(
            detect(none, env(&[("LANG", "en_US"), (ENV_VAR, "de")])),
            UiLang::De
        );
    }

    #[test]
    fn option_beats_locale() {
        let de = env(&[("LANG", "en_US.UTF-8")]);
        assert_eq!(
            detect(["x", "--ui-lang", "de", "validate"], &de),
            UiLang::De
        );
        assert_eq!(
            detect(["x", "validate", "--ui-lang=en"], env(&[("LANG", "de_DE")])),
            UiLang::En
        );
        // After `--` it is a file name, not the option.
        assert_eq!(
            detect(["x", "validate", "--", "--ui-lang=en"], env(&[])),
            UiLang::De
        );
        // An invalid value falls back to the locale (clap then reports the value).
        assert_eq!(detect(["x", "--ui-lang", "fr"], &de), UiLang::En);
    }

    #[test]
    fn default_is_german() {
        assert_eq!(lang(), UiLang::De);
        assert_eq!(t("Fehler", "error"), "Fehler");
        let n = 2;
        assert_eq!(tr!("{n} Dateien", "{n} files"), "2 Dateien");
    }
}
