//! `dsgvo-gen validate`: check profiles and print the findings.

use super::{Failure, ReportFormat, ci_report, default_stand, eprint_block, inputs, out};
use crate::tr;
use crate::ui::t;
use std::path::PathBuf;

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Profildateien oder Verzeichnisse mit Profilen [Standard: ./dsgvo.yaml]
    #[arg(value_name = "PROFIL|VERZEICHNIS")]
    profiles: Vec<PathBuf>,
    /// Ausgabeformat
    #[arg(long, value_enum, default_value = "text")]
    format: ReportFormat,
}

/// Runs `validate`.
pub fn run(args: Args) -> Result<(), Failure> {
    let (files, _) = inputs::resolve(&args.profiles)?;
    let mut any_error = false;
    let mut loaded_all = Vec::new();
    for file in &files {
        let loaded = inputs::load(file);
        any_error |= loaded.has_errors();
        loaded_all.push(loaded);
    }
    match args.format {
        ReportFormat::Text => {
            for loaded in &loaded_all {
                let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
                let warnings = loaded
                    .diagnostics
                    .iter()
                    .filter(|d| !d.is_error() && !d.is_accepted())
                    .count();
                if !loaded.diagnostics.is_empty() {
                    eprint_block(&format!("{}\n", loaded.render_diagnostics()));
                }
                let verdict = if errors == 0 {
                    t("gültig", "valid")
                } else {
                    t("ungültig", "invalid")
                };
                let counts = match (errors == 1, warnings == 1) {
                    (false, false) => tr!(
                        "{errors} Fehler, {warnings} Warnungen",
                        "{errors} errors, {warnings} warnings"
                    ),
                    (false, true) => tr!(
                        "{errors} Fehler, {warnings} Warnung",
                        "{errors} errors, {warnings} warning"
                    ),
                    (true, false) => tr!(
                        "{errors} Fehler, {warnings} Warnungen",
                        "{errors} error, {warnings} warnings"
                    ),
                    (true, true) => tr!(
                        "{errors} Fehler, {warnings} Warnung",
                        "{errors} error, {warnings} warning"
                    ),
                };
                out(&format!("{}: {verdict} ({counts})", loaded.name));
            }
        }
        ReportFormat::Json => {
            let json = super::build::json::validate_report(&loaded_all, default_stand()?)
                .map_err(Failure::Internal)?;
            out(&json);
        }
        ReportFormat::Github => {
            for loaded in &loaded_all {
                for d in &loaded.diagnostics {
                    out(&crate::diagnostic::github_annotation(d, &loaded.name));
                }
            }
        }
        ReportFormat::Sarif | ReportFormat::Gitlab => {
            let sets: Vec<crate::ci_report::Findings<'_>> = loaded_all
                .iter()
                .map(|l| crate::ci_report::Findings {
                    file: &l.name,
                    diagnostics: &l.diagnostics,
                })
                .collect();
            out(&ci_report(args.format, &sets)?);
        }
    }
    if any_error {
        Err(Failure::User(String::new()))
    } else {
        Ok(())
    }
}
