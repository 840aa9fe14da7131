//! `dsgvo-gen explain CODE`: the reasoning behind a lint.

use super::{Failure, out};
use crate::profile::lints;
use crate::tr;
use crate::ui::t;

/// Arguments of `explain`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Code des Prüfhinweises, z. B. DSG001; ohne Angabe: Liste aller Codes
    code: Option<String>,
}

/// Runs `explain`.
pub fn run(args: Args) -> Result<(), Failure> {
    let Some(code) = args.code else {
        for lint in lints::LINTS {
            out(&format!(
                "{}  {:<7}  {}",
                lint.code,
                lint.severity.label(),
                t(lint.title, lint.title_en)
            ));
        }
        return Ok(());
    };
    let lint = lints::find(&code).ok_or_else(|| {
        Failure::User(tr!(
            "unbekannter Code „{code}“\nHinweis: `dsgvo-gen explain` listet alle Codes",
            "unknown code “{code}”\nhelp: `dsgvo-gen explain` lists all codes"
        ))
    })?;
    out(&format!(
        "{} ({}): {}\n",
        lint.code,
        lint.severity.label(),
        t(lint.title, lint.title_en)
    ));
    out(&format!(
        "{}\n{}\n",
        t("Warum:", "Why:"),
        wrap(t(lint.reasoning, lint.reasoning_en))
    ));
    out(&format!(
        "{}\n{}\n",
        t("Was tun:", "What to do:"),
        wrap(t(lint.remedy, lint.remedy_en))
    ));
    out(&format!(
        "{} {}",
        t("Rechtsgrundlage:", "Legal basis:"),
        t(lint.reference, lint.reference_en)
    ));
    Ok(())
}

/// Wraps text at 88 columns with a two-space indent.
fn wrap(text: &str) -> String {
    let mut lines = Vec::new();
    let mut line = String::from(" ");
    for word in text.split_whitespace() {
        if line.chars().count() + word.chars().count() + 1 > 88 && !line.trim().is_empty() {
            lines.push(line);
            line = String::from(" ");
        }
        line.push(' ');
        line.push_str(word);
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}
