//! `dsgvo-gen validate`: check profiles and print the findings.

use super::{Failure, eprint_block, inputs, out};
use serde::Serialize;
use std::path::PathBuf;

/// Output format of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Lesbarer Text
    Text,
    /// JSON für CI-Systeme
    Json,
}

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

#[derive(Serialize)]
struct FileReport<'a> {
    file: &'a str,
    valid: bool,
    errors: usize,
    warnings: usize,
    /// The risk assessment in brief; `null` when the profile could not be read.
    risk: Option<crate::risk::Summary>,
    diagnostics: &'a [crate::diagnostic::Diagnostic],
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
                let warnings = loaded.diagnostics.len() - errors;
                if !loaded.diagnostics.is_empty() {
                    eprint_block(&format!("{}\n", loaded.render_diagnostics()));
                }
                let verdict = if errors == 0 { "gültig" } else { "ungültig" };
                out(&format!(
                    "{}: {verdict} ({errors} Fehler, {warnings} {})",
                    loaded.name,
                    if warnings == 1 {
                        "Warnung"
                    } else {
                        "Warnungen"
                    }
                ));
            }
        }
        ReportFormat::Json => {
            let reports: Vec<FileReport<'_>> = loaded_all
                .iter()
                .map(|l| {
                    let errors = l.diagnostics.iter().filter(|d| d.is_error()).count();
                    FileReport {
                        file: &l.name,
                        valid: errors == 0,
                        errors,
                        warnings: l.diagnostics.len() - errors,
                        risk: l.profile.as_ref().map(|p| crate::risk::assess(p).summary()),
                        diagnostics: &l.diagnostics,
                    }
                })
                .collect();
            let json = serde_json::to_string_pretty(&reports)
                .map_err(|e| Failure::Internal(e.to_string()))?;
            out(&json);
        }
    }
    if any_error {
        Err(Failure::User(String::new()))
    } else {
        Ok(())
    }
}
