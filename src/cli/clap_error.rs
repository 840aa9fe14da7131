//! clap's errors (unknown argument or subcommand, invalid or missing value, conflicts …) in the
//! interface language, with the usage line and a hint to `--help`. Help and version output do
//! not come here.

use crate::tr;
use crate::ui::{self, t};
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use std::fmt::Write as _;

/// Formats a clap error in the interface language.
pub(crate) struct Formatter;

impl ErrorFormatter for Formatter {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        StyledStr::from(format_plain(error))
    }
}

fn text(value: Option<&ContextValue>) -> Option<String> {
    match value? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Bool(b) => Some(b.to_string()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    }
}

fn list(value: Option<&ContextValue>) -> Vec<String> {
    match value {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        Some(other) => text(Some(other)).into_iter().collect(),
        None => Vec::new(),
    }
}

/// The error's headline (without the `Fehler:` label).
fn headline<F: ErrorFormatter>(error: &clap::error::Error<F>) -> String {
    let get = |kind| text(error.get(kind));
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let source = std::error::Error::source(error).map(ToString::to_string);
    match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => tr!(
            "für '{arg}' fehlt ein Wert",
            "a value is required for '{arg}' but none was supplied"
        ),
        ErrorKind::InvalidValue => tr!(
            "ungültiger Wert '{value}' für '{arg}'",
            "invalid value '{value}' for '{arg}'"
        ),
        ErrorKind::ValueValidation => {
            let mut line = tr!(
                "ungültiger Wert '{value}' für '{arg}'",
                "invalid value '{value}' for '{arg}'"
            );
            if let Some(source) = source {
                line.push_str(&format!(": {}", source_text(&source)));
            }
            line
        }
        ErrorKind::UnknownArgument => tr!(
            "unbekanntes Argument '{arg}'",
            "unexpected argument '{arg}' found"
        ),
        ErrorKind::InvalidSubcommand => {
            let sub = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            tr!(
                "unbekannter Befehl '{sub}'",
                "unrecognized subcommand '{sub}'"
            )
        }
        ErrorKind::MissingSubcommand => {
            let sub = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            tr!(
                "'{sub}' braucht einen Befehl, es wurde keiner angegeben",
                "'{sub}' requires a subcommand but one was not provided"
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let mut line = t(
                "folgende Pflichtangaben fehlen:",
                "the following required arguments were not provided:",
            )
            .to_owned();
            for a in list(error.get(ContextKind::InvalidArg)) {
                let _ = write!(line, "\n  {a}");
            }
            line
        }
        ErrorKind::ArgumentConflict => {
            let prior = list(error.get(ContextKind::PriorArg));
            if prior.len() == 1 && prior[0] == arg {
                tr!(
                    "'{arg}' darf nur einmal angegeben werden",
                    "the argument '{arg}' cannot be used multiple times"
                )
            } else if prior.is_empty() {
                tr!(
                    "'{arg}' passt nicht zu den anderen Angaben",
                    "the argument '{arg}' cannot be used with one or more of the other specified arguments"
                )
            } else {
                let others = prior
                    .iter()
                    .map(|p| format!("'{p}'"))
                    .collect::<Vec<_>>()
                    .join(", ");
                tr!(
                    "'{arg}' kann nicht zusammen mit {others} verwendet werden",
                    "the argument '{arg}' cannot be used with {others}"
                )
            }
        }
        ErrorKind::NoEquals => tr!(
            "für '{arg}' muss der Wert mit Gleichheitszeichen angegeben werden",
            "equal sign is needed when assigning values to '{arg}'"
        ),
        ErrorKind::TooManyValues => tr!(
            "unerwarteter Wert '{value}' für '{arg}'; es werden keine weiteren erwartet",
            "unexpected value '{value}' for '{arg}' found; no more were expected"
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = get(ContextKind::MinValues)
                .or_else(|| get(ContextKind::ExpectedNumValues))
                .unwrap_or_default();
            let actual = get(ContextKind::ActualNumValues).unwrap_or_default();
            tr!(
                "'{arg}' braucht {expected} Werte, angegeben: {actual}",
                "'{arg}' requires {expected} values, {actual} provided"
            )
        }
        ErrorKind::InvalidUtf8 => t(
            "ein Argument ist kein gültiges UTF-8",
            "an argument is not valid UTF-8",
        )
        .to_owned(),
        _ => source.map_or_else(
            || t("ungültiger Aufruf", "invalid command line").to_owned(),
            |s| source_text(&s),
        ),
    }
}

/// A value parser's own message: ours are German or English already; clap's number parser
/// speaks English, which German users get with a German lead.
fn source_text(source: &str) -> String {
    if ui::is_en() {
        return source.to_owned();
    }
    match source {
        s if s.starts_with("invalid digit") => "keine Zahl".to_owned(),
        s if s.contains("empty string") => "leerer Wert".to_owned(),
        s if s.contains("too large") => "Zahl zu groß".to_owned(),
        s => s.to_owned(),
    }
}

/// clap's tips (`to pass '-x' as a value, use '-- -x'`) in the interface language.
fn tip(text: &str) -> String {
    if ui::is_en() {
        return text.to_owned();
    }
    if let Some(rest) = text.strip_prefix("to pass '")
        && let Some((value, _)) = rest.split_once("' as a value")
    {
        return format!("um '{value}' als Wert zu übergeben, schreiben Sie '-- {value}'");
    }
    if let Some(rest) = text.strip_prefix("a similar ")
        && let Some((_, name)) = rest.split_once(" exists: ")
    {
        return format!("ähnlich: {name}");
    }
    text.to_owned()
}

fn format_plain<F: ErrorFormatter>(error: &clap::error::Error<F>) -> String {
    let mut out = format!("{}: {}", t("Fehler", "error"), headline(error));
    if matches!(error.kind(), ErrorKind::InvalidValue) {
        let values = list(error.get(ContextKind::ValidValue));
        if !values.is_empty() {
            let _ = write!(
                out,
                "\n  [{}: {}]",
                t("mögliche Werte", "possible values"),
                values.join(", ")
            );
        }
    }
    if matches!(error.kind(), ErrorKind::MissingSubcommand) {
        let values = list(error.get(ContextKind::ValidSubcommand));
        if !values.is_empty() {
            let _ = write!(
                out,
                "\n  [{}: {}]",
                t("Befehle", "subcommands"),
                values.join(", ")
            );
        }
    }
    let mut tips = Vec::new();
    for (kind, de, en) in [
        (
            ContextKind::SuggestedSubcommand,
            "ein ähnlicher Befehl existiert",
            "a similar subcommand exists",
        ),
        (
            ContextKind::SuggestedArg,
            "ein ähnliches Argument existiert",
            "a similar argument exists",
        ),
        (
            ContextKind::SuggestedValue,
            "ein ähnlicher Wert existiert",
            "a similar value exists",
        ),
    ] {
        let names = list(error.get(kind));
        if !names.is_empty() {
            let names = names
                .iter()
                .map(|n| format!("'{n}'"))
                .collect::<Vec<_>>()
                .join(", ");
            tips.push(format!("{}: {names}", t(de, en)));
        }
    }
    for s in list(error.get(ContextKind::Suggested)) {
        tips.push(tip(&s));
    }
    if !tips.is_empty() {
        out.push('\n');
        for s in tips {
            let _ = write!(out, "\n  {}: {s}", t("Tipp", "tip"));
        }
    }
    if let Some(usage) = text(error.get(ContextKind::Usage)) {
        let usage = usage
            .split_once(':')
            .map_or(usage.as_str(), |(_, rest)| rest)
            .trim()
            .to_owned();
        let _ = write!(
            out,
            "\n\n{} {usage}",
            super::help::usage_heading(ui::lang())
        );
    }
    let _ = write!(
        out,
        "\n\n{}\n",
        t(
            "Mehr dazu mit '--help'.",
            "For more information, try '--help'."
        )
    );
    out
}

/// The text of a clap error in the interface language. Errors clap formatted itself (raw
/// messages from value parsers) get the label and hint translated.
pub(crate) fn render(error: clap::Error) -> String {
    let error = error.apply::<Formatter>();
    let text = error.render().to_string();
    if ui::is_en() {
        return text;
    }
    text.replacen("error:", "Fehler:", 1)
        .replace("Usage:", super::help::usage_heading(ui::lang()))
        .replace(
            "For more information, try '--help'.",
            "Mehr dazu mit '--help'.",
        )
}
