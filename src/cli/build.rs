//! `dsgvo-gen build`: validate the profiles, render the documents, write or check them.

use super::{Failure, default_stand, eprint_block, inputs, shown};
use crate::backend::Format;
use crate::context::RunInfo;
use crate::output::{self, Drift, Mode};
use crate::render::Templates;
use crate::{Options, VERSION};
use std::fs;
use std::path::{Path, PathBuf};

/// Arguments of `build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Profildateien oder Verzeichnisse mit Profilen [Standard: ./dsgvo.yaml]
    #[arg(value_name = "PROFIL|VERZEICHNIS")]
    profiles: Vec<PathBuf>,
    /// Ausgabeverzeichnis
    #[arg(short, long, value_name = "VERZEICHNIS", default_value = "dokumente")]
    output: PathBuf,
    /// Ausgabeformate, durch Komma getrennt (md, pdf, html)
    #[arg(
        long,
        value_name = "FORMATE",
        value_delimiter = ',',
        default_value = "md"
    )]
    format: Vec<Format>,
    /// Sprache der Dokumente (derzeit nur de)
    #[arg(long, default_value = "de", value_parser = ["de"])]
    lang: String,
    /// Verzeichnis mit eigenen Vorlagen, die eingebaute gleichen Namens ersetzen
    #[arg(long, value_name = "VERZEICHNIS")]
    templates: Option<PathBuf>,
    /// Nichts schreiben; mit Code 1 enden, wenn Dateien fehlen oder sich ändern würden
    #[arg(long)]
    check: bool,
    /// Auch bei Prüffehlern (z. B. DSG001) erzeugen; die Dokumente weisen die Fehler aus
    #[arg(long)]
    force: bool,
    /// Nur Fehler ausgeben
    #[arg(short, long)]
    quiet: bool,
}

/// Reads every template file (`*.md`, `*.html`) of a user directory.
pub fn read_overrides(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let entries = fs::read_dir(dir).map_err(|e| Failure::User(format!("{}: {e}", shown(dir))))?;
    let mut out = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let is_template = path.extension().is_some_and(|e| e == "md" || e == "html");
        if !path.is_file() || !is_template {
            continue;
        }
        let content = fs::read_to_string(&path)
            .map_err(|e| Failure::User(format!("{}: {e}", shown(&path))))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        out.push((name, content));
    }
    out.sort();
    Ok(out)
}

/// Loads the template set, with user overrides.
pub fn load_templates(dir: Option<&Path>) -> Result<Templates, Failure> {
    let overrides = match dir {
        Some(dir) => read_overrides(dir)?,
        None => Vec::new(),
    };
    Templates::new(&overrides).map_err(|e| {
        if e.user_template {
            Failure::User(format!(
                "{e}\nHinweis: korrigieren Sie die Vorlage in {}",
                dir.map(shown).unwrap_or_default()
            ))
        } else {
            Failure::Internal(e.to_string())
        }
    })
}

/// Output directory of one profile: the output root, or `root/<file stem>` in a batch.
fn target_dir(root: &Path, profile: &Path, batch: bool) -> PathBuf {
    if !batch {
        return root.to_path_buf();
    }
    let stem = profile
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let safe: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.').to_owned();
    root.join(if safe.is_empty() {
        "profil".into()
    } else {
        safe
    })
}

/// Runs `build`.
pub fn run(args: Args) -> Result<(), Failure> {
    let (files, batch) = inputs::resolve(&args.profiles)?;
    let templates = load_templates(args.templates.as_deref())?;
    let today = default_stand()?;
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    if formats.contains(&Format::Pdf) {
        return Err(Failure::User(
            "das Format pdf ist in dieser Version noch nicht verfügbar; verwenden Sie --format md,html".into(),
        ));
    }
    let mode = if args.check { Mode::Check } else { Mode::Write };

    let mut failed: Vec<String> = Vec::new();
    let mut drift: Vec<(PathBuf, Drift)> = Vec::new();
    let mut written = 0usize;
    let mut unchanged = 0usize;
    let mut targets: Vec<PathBuf> = Vec::new();
    for file in &files {
        let loaded = inputs::load(file)?;
        let lint_errors_only = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .all(|d| d.code.is_some());
        let printable: Vec<_> = loaded
            .diagnostics
            .iter()
            .filter(|d| !args.quiet || d.is_error())
            .map(|d| d.render(&loaded.name, &loaded.source))
            .collect();
        if !printable.is_empty() {
            eprint_block(&format!("{}\n", printable.join("\n")));
        }
        let blocked = loaded.has_errors() && !(args.force && lint_errors_only);
        let Some(profile) = loaded.profile.as_ref().filter(|_| !blocked) else {
            let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
            failed.push(format!("{}: {errors} Fehler", loaded.name));
            continue;
        };
        let target = target_dir(&args.output, file, batch);
        if targets.contains(&target) {
            failed.push(format!(
                "{}: Ausgabeverzeichnis {} ist bereits durch ein anderes Profil belegt",
                loaded.name,
                shown(&target)
            ));
            continue;
        }
        targets.push(target.clone());
        let options = Options {
            templates: &templates,
            run: RunInfo {
                stand: today,
                tool_version: VERSION,
                template_set: templates.set_id().to_owned(),
            },
            formats: formats.clone(),
        };
        let artifacts = crate::generate(profile, &loaded.diagnostics, &options).map_err(|e| {
            if e.user_template {
                Failure::User(e.to_string())
            } else {
                Failure::Internal(e.to_string())
            }
        })?;
        let outcome = output::apply(&target, &artifacts, mode)
            .map_err(|e| Failure::Internal(format!("Schreiben fehlgeschlagen: {e}")))?;
        written += outcome.written.len();
        unchanged += outcome.unchanged.len();
        drift.extend(outcome.drift);
    }

    if args.check {
        for (path, kind) in &drift {
            let what = match kind {
                Drift::Missing => "fehlt",
                Drift::Changed => "würde sich ändern",
            };
            eprintln!("{}: {what}", shown(path));
        }
    } else if !args.quiet {
        eprintln!(
            "{written} Datei(en) geschrieben, {unchanged} unverändert in {}",
            shown(&args.output)
        );
    }
    if !failed.is_empty() {
        let summary = failed.join("\n  ");
        return Err(Failure::User(format!(
            "{} von {} Profil(en) nicht erzeugt:\n  {summary}",
            failed.len(),
            files.len()
        )));
    }
    if args.check && !drift.is_empty() {
        return Err(Failure::User(format!(
            "{} Datei(en) nicht aktuell; `dsgvo-gen build` ohne --check aktualisiert sie",
            drift.len()
        )));
    }
    if args.check && !args.quiet {
        eprintln!("alle {unchanged} Datei(en) aktuell");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_folders_stay_inside_the_output_root() {
        let root = Path::new("out");
        assert_eq!(target_dir(root, Path::new("a/b.yaml"), false), root);
        assert_eq!(
            target_dir(root, Path::new("kunden/Müller & Co.yaml"), true),
            root.join("Müller___Co")
        );
        assert_eq!(
            target_dir(root, Path::new("../../evil.yaml"), true),
            root.join("evil")
        );
        assert_eq!(
            target_dir(root, Path::new("..yaml"), true),
            root.join("profil")
        );
    }
}
