//! Command-line layer: argument parsing, reading files, the clock and the environment, and
//! printing. Everything below it is pure.

mod build;
mod clap_error;
mod completions;
mod explain;
mod help;
mod init;
mod inputs;
mod manpage;
mod outdated;
mod schema;
mod templates;
mod validate;

use crate::date::Date;
use clap::{FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

/// Exit code: the user's input is at fault.
pub const EXIT_USER: u8 = 1;
/// Exit code: something unexpected (a template bug).
pub const EXIT_INTERNAL: u8 = 2;
/// Exit code: the command line is wrong (unknown subcommand or option, missing value), as
/// uv and ruff do; shares the code with internal errors, as the product contract says.
pub const EXIT_USAGE: u8 = 2;

/// dsgvo-gen – DSGVO-Dokumentation für WhatsApp im Unternehmen.
#[derive(Debug, Parser)]
#[command(
    name = "dsgvo-gen",
    version,
    long_version = long_version(),
    about = "Erzeugt die DSGVO-Dokumentation für den Einsatz von WhatsApp im Unternehmen",
    long_about = "Erzeugt aus einem Unternehmensprofil (YAML) die sechs Dokumente für den \
                  Einsatz von WhatsApp: Verarbeitungsverzeichnis, Schwellwertanalyse und \
                  Datenschutz-Folgenabschätzung, Einwilligungstexte, Datenschutzhinweise, \
                  Auftragsverarbeitung sowie Hinweise zu Widerruf und Widerspruch. Die Dokumente sind \
                  deutsch; `build --lang de,en` ergänzt englische Fassungen der Texte an \
                  Betroffene.",
    after_help = "Beispiele:\n  dsgvo-gen build examples/baeckerei-sonnenschein.yaml -o dokumente\n  dsgvo-gen validate dsgvo.yaml\n  dsgvo-gen explain DSG001"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Sprache der Oberfläche: Meldungen und Hilfe (Standard: aus DSGVO_GEN_LANG, LC_ALL,
    /// LC_MESSAGES oder LANG; Deutsch, außer der Wert beginnt mit en)
    #[arg(long, global = true, value_enum, value_name = "SPRACHE")]
    ui_lang: Option<crate::ui::UiLang>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Profil im Interview anlegen (dsgvo.yaml)
    Init(init::Args),
    /// Profil prüfen und die Dokumente erzeugen
    Build(build::Args),
    /// Profil prüfen, ohne Dokumente zu erzeugen
    Validate(validate::Args),
    /// Mappen auflisten, die mit anderer Programmversion, anderem Vorlagensatz oder älterem
    /// Rechtsstand erzeugt wurden (Code 1, wenn es welche gibt)
    Outdated(outdated::Args),
    /// Begründung und Rechtsgrundlage eines Prüfhinweises anzeigen (z. B. DSG001)
    Explain(explain::Args),
    /// Eingebaute Vorlagen auflisten oder exportieren
    Templates(templates::Args),
    /// JSON-Schema des Profils ausgeben (für Editoren)
    Schema(schema::Args),
    /// Skript zur Vervollständigung in der Shell ausgeben
    Completions(completions::Args),
    /// Handbuchseiten (man pages) ausgeben oder in ein Verzeichnis schreiben
    Manpage(manpage::Args),
}

/// [`long_version`] for the English interface.
fn long_version_en() -> &'static str {
    static TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "{}\nCommit:        {}\nTemplate set:  {} (built in; your own templates change it)\nLegal facts:   as of {} (oldest check date of the tables)",
            crate::VERSION,
            crate::COMMIT,
            crate::render::embedded_set_id(),
            crate::legal::checked_on(),
        )
    });
    &TEXT
}

/// `--version` (long form): tool version, git commit, the embedded template set and the date of
/// the legal facts, what an auditor needs to reproduce a pack. `-V` stays short.
fn long_version() -> &'static str {
    static TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "{}\nCommit:        {}\nVorlagensatz:  {} (eingebaut; eigene Vorlagen ändern ihn)\nRechtsfakten:  Stand {} (ältestes Prüfdatum der Tabellen)",
            crate::VERSION,
            crate::COMMIT,
            crate::render::embedded_set_id(),
            crate::legal::checked_on(),
        )
    });
    &TEXT
}

/// A failure that ends the command, with its exit code.
#[derive(Debug)]
pub enum Failure {
    /// The user's input is at fault (exit 1). The message has been printed already when empty.
    User(String),
    /// Something unexpected (exit 2).
    Internal(String),
}

/// How `validate` and `build` report findings (`--format`, `--message-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Lesbarer Text
    Text,
    /// JSON für CI-Systeme (Aufbau wie summary.json, siehe docs/json-report.md)
    Json,
    /// GitHub-Actions-Anmerkungen an der Zeile des Profils (::error file=…,line=…,col=…::…)
    Github,
    /// SARIF 2.1.0 für Code-Scanning (z. B. GitHub code scanning)
    Sarif,
    /// GitLab Code Quality (JSON)
    Gitlab,
}

/// The SARIF or GitLab report of the findings, as printed on standard output.
fn ci_report(
    format: ReportFormat,
    sets: &[crate::ci_report::Findings<'_>],
) -> Result<String, Failure> {
    let report = if format == ReportFormat::Sarif {
        crate::ci_report::sarif(sets, crate::VERSION)
    } else {
        crate::ci_report::gitlab(sets)
    };
    serde_json::to_string_pretty(&report).map_err(|e| Failure::Internal(e.to_string()))
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    run(std::env::args_os())
}

/// Runs with explicit arguments (used by tests).
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    crate::ui::init(crate::ui::detect(&args, |name| std::env::var(name).ok()));
    let parsed = help::command(crate::ui::lang())
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            return match err.kind() {
                clap::error::ErrorKind::DisplayHelp
                | clap::error::ErrorKind::DisplayVersion
                | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = err.print();
                    ExitCode::SUCCESS
                }
                _ => {
                    eprint_block(&clap_error::render(err));
                    ExitCode::from(EXIT_USAGE)
                }
            };
        }
    };
    let result = match cli.command {
        Command::Init(args) => init::run(args),
        Command::Build(args) => build::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Outdated(args) => outdated::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Templates(args) => templates::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Manpage(args) => manpage::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::User(message)) => {
            if !message.is_empty() {
                eout(&format!("{}: {message}", crate::ui::t("Fehler", "error")));
            }
            ExitCode::from(EXIT_USER)
        }
        Err(Failure::Internal(message)) => {
            eout(&format!(
                "{}: {message}",
                crate::ui::t("interner Fehler", "internal error")
            ));
            eout(crate::ui::t(
                "Hinweis: das ist vermutlich ein Fehler in dsgvo-gen; bitte melden Sie ihn mit der Eingabe, die ihn auslöst.",
                "help: this is probably a bug in dsgvo-gen; please report it with the input that triggers it.",
            ));
            ExitCode::from(EXIT_INTERNAL)
        }
    }
}

/// The Stand date when the profile does not set one: `SOURCE_DATE_EPOCH`, else today.
fn default_stand() -> Result<Date, Failure> {
    if let Ok(value) = std::env::var("SOURCE_DATE_EPOCH") {
        let seconds: i64 = value.trim().parse().map_err(|_| {
            Failure::User(crate::tr!(
                "SOURCE_DATE_EPOCH=„{value}“ ist keine Zahl (Sekunden seit 1970-01-01)",
                "SOURCE_DATE_EPOCH=“{value}” is not a number (seconds since 1970-01-01)"
            ))
        })?;
        return Date::from_unix_days(seconds.div_euclid(86_400)).ok_or_else(|| {
            Failure::User(crate::tr!(
                "SOURCE_DATE_EPOCH={value} liegt außerhalb 1900–9999",
                "SOURCE_DATE_EPOCH={value} is outside 1900–9999"
            ))
        });
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| {
            Failure::Internal(format!(
                "{}: {e}",
                crate::ui::t("Systemuhr", "system clock")
            ))
        })?;
    let days = i64::try_from(now.as_secs() / 86_400).unwrap_or(0);
    Date::from_unix_days(days).ok_or_else(|| {
        Failure::Internal(crate::ui::t("Systemuhr ungültig", "system clock invalid").into())
    })
}

/// Terminal output keeps line breaks and tabs; every other control or invisible character
/// (escape sequences from file names or values) is shown as `\u{…}`, never sent raw.
fn for_terminal(text: &str) -> String {
    text.split_inclusive(['\n', '\t'])
        .map(|part| {
            let (body, end) = part.split_at(part.trim_end_matches(['\n', '\t']).len());
            crate::diagnostic::visible(body) + end
        })
        .collect()
}

/// Prints a line to stdout; a closed pipe (`dsgvo-gen schema | head`) is not an error.
fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(for_terminal(text).as_bytes())
        .and_then(|()| stdout.write_all(b"\n"));
}

/// Prints a line to stderr, ignoring a closed pipe.
fn eout(text: &str) {
    eprint_block(&format!("{text}\n"));
}

/// Prints to stderr, ignoring a closed pipe.
fn eprint_block(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(for_terminal(text).as_bytes());
}

/// Display form of a path for messages.
pub(crate) fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn terminal_output_shows_control_characters() {
        assert_eq!(for_terminal("a\u{1b}[2J\tb\n"), "a\\u{1B}[2J\tb\n");
    }

    #[test]
    fn clap_definition_is_valid() {
        Cli::command().debug_assert();
    }
}
