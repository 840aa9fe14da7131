//! `dsgvo-gen build`: validate the profiles, render the documents, write or check them. Several
//! profiles (or a directory) are built in parallel, each into its own folder, and summarised in
//! `uebersicht.md` and `summary.json`.

use super::{Failure, default_stand, eout, eprint_block, inputs, out, shown};
use crate::backend::Format;
use crate::context::RunInfo;
use crate::diagnostic::Diagnostic;
use crate::output::{self, Artifact, Drift, FolderLock, Mode};
use crate::profile::model::ConsentChannel;
use crate::profile::validate::Profile;
use crate::render::Templates;
use crate::{Options, VERSION};
use rayon::prelude::*;
use serde::Serialize;
use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// How `build` reports its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MessageFormat {
    /// Lesbarer Text
    Text,
    /// JSON auf der Standardausgabe (für CI)
    Json,
}

/// Arguments of `build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Profildateien oder Verzeichnisse mit Profilen [Standard: ./dsgvo.yaml]
    #[arg(value_name = "PROFIL|VERZEICHNIS")]
    profiles: Vec<PathBuf>,
    /// Ausgabeverzeichnis
    #[arg(short, long, value_name = "VERZEICHNIS", default_value = "dokumente")]
    output: PathBuf,
    /// Ausgabeformate, durch Komma getrennt (md, pdf, html) [Standard: md,pdf und die
    /// Einwilligungsseite (html), wenn das Profil sie vorsieht]
    #[arg(long, value_name = "FORMATE", value_delimiter = ',')]
    format: Option<Vec<Format>>,
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
    /// Anzahl paralleler Profile, höchstens die Zahl der Prozessorkerne [Standard: alle Kerne]
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// Format der Meldungen
    #[arg(long, value_enum, default_value = "text")]
    message_format: MessageFormat,
    /// Nur Fehler ausgeben
    #[arg(short, long)]
    quiet: bool,
}

/// Reads every template file (`*.md`, `*.html`) of a user directory.
pub fn read_overrides(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let entries = fs::read_dir(dir)
        .map_err(|e| Failure::User(format!("{}: {}", shown(dir), output::io_message(&e))))?;
    let mut out = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let is_template = path.extension().is_some_and(|e| e == "md" || e == "html");
        if !path.is_file() || !is_template {
            continue;
        }
        let content = fs::read_to_string(&path)
            .map_err(|e| Failure::User(format!("{}: {}", shown(&path), output::io_message(&e))))?;
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

/// Folder name for a profile in a batch: the file stem, reduced to characters that are safe in
/// a path, never empty, never `.`/`..`, never absolute.
fn folder_name(profile: &Path) -> String {
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
    if safe.is_empty() {
        "profil".to_owned()
    } else {
        safe
    }
}

/// Output folder of one profile below the root: none (the root itself), or the file stem in a
/// batch.
fn target_folder(profile: &Path, batch: bool) -> Option<String> {
    batch.then(|| folder_name(profile))
}

/// Everything the workers share.
struct Shared<'a> {
    templates: &'a Templates,
    today: crate::date::Date,
    formats: Vec<Format>,
    /// `--format` was left at its default: the consent page follows the profile.
    page_by_profile: bool,
    mode: Mode,
    force: bool,
    quiet: bool,
    root: &'a Path,
    /// Taken when the first profile is ready to write, so a run that writes nothing leaves no
    /// trace; held until the end of the run.
    lock: OnceLock<Result<FolderLock, String>>,
}

impl Shared<'_> {
    /// Locks the output root for this run (once; later calls return the first result).
    fn lock_root(&self) -> Result<(), String> {
        self.lock
            .get_or_init(|| FolderLock::acquire(self.root).map_err(|e| e.to_string()))
            .as_ref()
            .map(|_| ())
            .map_err(Clone::clone)
    }
}

/// Result of one profile.
#[derive(Debug, Serialize)]
struct ProfileResult {
    file: String,
    output_dir: String,
    status: Status,
    company: Option<String>,
    variant: Option<String>,
    errors: usize,
    warnings: usize,
    dpia: Option<String>,
    highest_net_risk: Option<String>,
    files: Vec<String>,
    written: usize,
    unchanged: usize,
    drift: Vec<DriftEntry>,
    diagnostics: Vec<Diagnostic>,
    #[serde(skip)]
    report: String,
    #[serde(skip)]
    internal: Option<String>,
    /// What the firm does with the pack ("Was jetzt?"), for a single build.
    #[serde(skip)]
    next_steps: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Built,
    Failed,
}

#[derive(Debug, Serialize)]
struct DriftEntry {
    path: String,
    kind: &'static str,
}

fn process(
    file: &Path,
    target: Result<Option<String>, String>,
    shared: &Shared<'_>,
) -> ProfileResult {
    let mut result = ProfileResult {
        file: shown(file),
        output_dir: match &target {
            Ok(Some(folder)) => folder.clone(),
            Ok(None) => shown(shared.root),
            Err(_) => String::new(),
        },
        status: Status::Failed,
        company: None,
        variant: None,
        errors: 0,
        warnings: 0,
        dpia: None,
        highest_net_risk: None,
        files: Vec::new(),
        written: 0,
        unchanged: 0,
        drift: Vec::new(),
        diagnostics: Vec::new(),
        report: String::new(),
        internal: None,
        next_steps: Vec::new(),
    };
    let loaded = inputs::load(file);
    result.errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    result.warnings = loaded.diagnostics.len() - result.errors;
    let shown_diagnostics: Vec<&Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| !shared.quiet || d.is_error())
        .collect();
    result.report =
        crate::diagnostic::render_list(&shown_diagnostics, &loaded.name, &loaded.source);
    result.diagnostics = loaded.diagnostics.clone();
    if let Some(profile) = &loaded.profile {
        result.company = Some(profile.raw.company.name.clone());
        result.variant = Some(crate::legal::labels::variant(profile.variant()).to_owned());
        let summary = crate::risk::assess(profile).summary();
        result.dpia = Some(
            match summary.dpia_result {
                crate::risk::threshold::DpiaResult::Mandatory => "Pflicht",
                crate::risk::threshold::DpiaResult::Recommended => "empfohlen",
                crate::risk::threshold::DpiaResult::ThresholdMemo => "Schwellwertvermerk genügt",
            }
            .to_owned(),
        );
        result.highest_net_risk = Some(summary.highest_net_risk.label().to_owned());
    }
    let lint_errors_only = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .all(|d| d.code.is_some());
    let status_report = loaded
        .profile
        .as_ref()
        .is_some_and(|p| p.raw.document.status_report);
    let blocked = loaded.has_errors() && !((shared.force || status_report) && lint_errors_only);
    let Some(profile) = loaded.profile.as_ref().filter(|_| !blocked) else {
        return result;
    };
    let folder = match target {
        Ok(folder) => folder,
        Err(message) => {
            result.fail(message);
            return result;
        }
    };
    let options = Options {
        templates: shared.templates,
        run: RunInfo {
            stand: shared.today,
            tool_version: VERSION,
            template_set: shared.templates.set_id().to_owned(),
        },
        formats: formats_for(shared, profile),
    };
    // History (verlauf.json) of the client's output folder: read before rendering.
    let dir = shared.root.join(folder.as_deref().unwrap_or_default());
    let generated = crate::history::generate(profile, &loaded.diagnostics, &options, &dir);
    let artifacts: Vec<Artifact> = match generated {
        Ok(artifacts) => artifacts,
        Err(e) if e.is_user_template() => {
            result.report.push_str(&format!("Fehler: {e}\n"));
            result.errors += 1;
            return result;
        }
        Err(e) => {
            result.internal = Some(e.to_string());
            return result;
        }
    };
    result.files = artifacts
        .iter()
        .map(|a| a.path.to_string_lossy().into_owned())
        .collect();
    if shared.mode == Mode::Write
        && let Err(message) = shared.lock_root()
    {
        result.fail(message);
        return result;
    }
    match output::apply(shared.root, folder.as_deref(), &artifacts, shared.mode) {
        Ok(outcome) => {
            result.status = Status::Built;
            result.next_steps = super::next_steps::steps(profile, &result.files);
            result.written = outcome.written.len();
            result.unchanged = outcome.unchanged.len();
            result.drift = outcome
                .drift
                .into_iter()
                .map(|(path, kind)| DriftEntry {
                    path: shown(&path),
                    kind: match kind {
                        Drift::Missing => "missing",
                        Drift::Changed => "changed",
                    },
                })
                .collect();
        }
        Err(e) => {
            result.written = e.replaced.len();
            result.fail(format!("nicht geschrieben: {e}"));
        }
    }
    result
}

impl ProfileResult {
    /// Records a problem outside the profile (output folder, environment) as a located error,
    /// so it reaches the terminal, `summary.json` and `uebersicht.md`.
    fn fail(&mut self, message: String) {
        self.report.push_str(&format!("Fehler: {message}\n"));
        self.errors += 1;
        self.status = Status::Failed;
        self.diagnostics.push(Diagnostic::error(message));
    }
}

/// The formats of one profile. Without `--format`, the consent page (`html`) is built when the
/// profile chooses it as a consent channel; an explicit `--format` builds exactly what it
/// names, so `--format md` stays Markdown only.
fn formats_for(shared: &Shared<'_>, profile: &Profile) -> Vec<Format> {
    let mut formats = shared.formats.clone();
    if shared.page_by_profile
        && profile
            .raw
            .consent
            .channels
            .contains(&ConsentChannel::ConsentPage)
        && !formats.contains(&Format::Html)
    {
        formats.push(Format::Html);
    }
    formats
}

/// Runs `build`.
pub fn run(args: Args) -> Result<(), Failure> {
    let (files, batch) = inputs::resolve(&args.profiles)?;
    let templates = load_templates(args.templates.as_deref())?;
    let today = default_stand()?;
    let page_by_profile = args.format.is_none();
    let mut formats = args
        .format
        .clone()
        .unwrap_or_else(|| vec![Format::Md, Format::Pdf]);
    formats.sort();
    formats.dedup();
    let shared = Shared {
        templates: &templates,
        today,
        formats,
        page_by_profile,
        mode: if args.check { Mode::Check } else { Mode::Write },
        force: args.force,
        quiet: args.quiet,
        root: &args.output,
        lock: OnceLock::new(),
    };

    // Output folders are decided up front: two profiles that would share one are both refused.
    let targets: Vec<Option<String>> = files.iter().map(|f| target_folder(f, batch)).collect();
    let jobs: Vec<(PathBuf, Result<Option<String>, String>)> = files
        .iter()
        .zip(&targets)
        .map(|(file, target)| {
            let others: Vec<String> = files
                .iter()
                .zip(&targets)
                .filter(|(f, t)| *t == target && *f != file)
                .map(|(f, _)| shown(f))
                .collect();
            let target = if others.is_empty() {
                Ok(target.clone())
            } else {
                Err(format!(
                    "Ausgabeordner {} wäre auch der von {}; benennen Sie eine der Profildateien um",
                    shown(&args.output.join(target.as_deref().unwrap_or_default())),
                    others.join(", ")
                ))
            };
            (file.clone(), target)
        })
        .collect();

    let progress = (batch
        && !args.quiet
        && args.message_format == MessageFormat::Text
        && std::io::stderr().is_terminal())
    .then(|| {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} Profile {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let work = || -> Vec<ProfileResult> {
        jobs.par_iter()
            .map(|(file, target)| {
                let r = process(file, target.clone(), &shared);
                if let Some(bar) = &progress {
                    bar.inc(1);
                }
                r
            })
            .collect()
    };
    let results = match args.jobs {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(clamp_jobs(n, jobs.len()))
            .build()
            .map_err(|_| {
                Failure::User(format!(
                    "--jobs {n}: das System hat keine weiteren Arbeits-Threads erlaubt; versuchen Sie eine kleinere Zahl"
                ))
            })?
            .install(work),
        None => work(),
    };
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }

    if batch {
        if shared.mode == Mode::Write {
            shared.lock_root().map_err(Failure::User)?;
        }
        write_summary(&args.output, &results, shared.mode)?;
    }
    report(&args, batch, &results)
}

/// Parallel profiles: at least one, at most one per profile and per processor core — more
/// threads only cost memory, and the system may refuse to start them.
fn clamp_jobs(requested: usize, profiles: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    requested.min(cores).min(profiles).max(1)
}

/// Prints the results and decides the exit code.
fn report(args: &Args, batch: bool, results: &[ProfileResult]) -> Result<(), Failure> {
    let failed: Vec<&ProfileResult> = results
        .iter()
        .filter(|r| r.status == Status::Failed)
        .collect();
    let drift: usize = results.iter().map(|r| r.drift.len()).sum();
    let internal: Vec<&str> = results
        .iter()
        .filter_map(|r| r.internal.as_deref())
        .collect();

    match args.message_format {
        MessageFormat::Json => {
            let json = serde_json::to_string_pretty(&serde_json::json!({
                "profiles": results,
                "failed": failed.len(),
                "drift": drift,
            }))
            .map_err(|e| Failure::Internal(e.to_string()))?;
            out(&json);
        }
        MessageFormat::Text => {
            for r in results {
                if !r.report.is_empty() {
                    eprint_block(&format!("{}\n", r.report.trim_end()));
                    if batch {
                        eout("");
                    }
                }
            }
            if args.check {
                for r in results {
                    for d in &r.drift {
                        let what = if d.kind == "missing" {
                            "fehlt"
                        } else {
                            "würde sich ändern"
                        };
                        eout(&format!("{}: {what}", d.path));
                    }
                }
            }
            if batch {
                out(&summary_table(results));
            }
            let written: usize = results.iter().map(|r| r.written).sum();
            let unchanged: usize = results.iter().map(|r| r.unchanged).sum();
            if !args.quiet && !args.check {
                eout(&format!(
                    "{written} Datei(en) geschrieben, {unchanged} unverändert in {}",
                    shown(&args.output)
                ));
            }
            if let [single] = results
                && !batch
                && !args.quiet
                && !args.check
                && single.status == Status::Built
                && !single.next_steps.is_empty()
            {
                eout("\nWas jetzt?");
                for (i, step) in single.next_steps.iter().enumerate() {
                    eout(&format!("  {}. {step}", i + 1));
                }
            }
            if args.check && drift == 0 && failed.is_empty() && !args.quiet {
                eout(&format!("alle {unchanged} Datei(en) aktuell"));
            }
        }
    }

    if !internal.is_empty() {
        return Err(Failure::Internal(internal.join("\n")));
    }
    if !failed.is_empty() {
        let list: Vec<String> = failed
            .iter()
            .map(|r| format!("{} ({} Fehler)", r.file, r.errors))
            .collect();
        return Err(Failure::User(format!(
            "{} von {} Profil(en) nicht erzeugt:\n  {}",
            failed.len(),
            results.len(),
            list.join("\n  ")
        )));
    }
    if args.check && drift > 0 {
        return Err(Failure::User(format!(
            "{drift} Datei(en) nicht aktuell; `dsgvo-gen build` ohne --check aktualisiert sie"
        )));
    }
    Ok(())
}

/// A value or message in `uebersicht.md`: printed literally, never a link, image or HTML, with
/// control characters shown.
fn cell(text: &str) -> String {
    crate::render::escape::escape_plain(&crate::diagnostic::visible(text))
}

/// The batch summary as a Markdown table (also printed on the terminal).
fn summary_table(results: &[ProfileResult]) -> String {
    let mut s = String::from(
        "| Profil | Unternehmen | Variante | Fehler | Warnungen | DSFA | Höchstes Restrisiko | Ergebnis |\n| --- | --- | --- | ---: | ---: | --- | --- | --- |\n",
    );
    for r in results {
        let outcome = match r.status {
            Status::Built => format!("{} Dateien in {}", r.files.len(), r.output_dir),
            Status::Failed => "nicht erzeugt".to_owned(),
        };
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
            cell(&r.file),
            cell(r.company.as_deref().unwrap_or("–")),
            cell(r.variant.as_deref().unwrap_or("–")),
            r.errors,
            r.warnings,
            cell(r.dpia.as_deref().unwrap_or("–")),
            cell(r.highest_net_risk.as_deref().unwrap_or("–")),
            cell(&outcome),
        ));
    }
    s
}

/// Writes `uebersicht.md` and `summary.json` into the output root (or checks them).
fn write_summary(root: &Path, results: &[ProfileResult], mode: Mode) -> Result<(), Failure> {
    let failed = results
        .iter()
        .filter(|r| r.status == Status::Failed)
        .count();
    let mut markdown = format!(
        "# Übersicht der Datenschutzdokumentation\n\n{} Profil(e), davon {} erzeugt und {} nicht erzeugt.\n\n",
        results.len(),
        results.len() - failed,
        failed
    );
    markdown.push_str(&summary_table(results));
    let failures: Vec<&ProfileResult> = results
        .iter()
        .filter(|r| r.status == Status::Failed)
        .collect();
    if !failures.is_empty() {
        markdown.push_str("\n## Nicht erzeugt\n\n");
        for r in failures {
            markdown.push_str(&format!("### {}\n\n", cell(&r.file)));
            for d in r.diagnostics.iter().filter(|d| d.is_error()) {
                let at = d.line.map(|l| format!("Zeile {l}: ")).unwrap_or_default();
                let code = d.code.map(|c| format!("{c} ")).unwrap_or_default();
                let message = cell(&d.message);
                markdown.push_str(&format!("- {at}{code}{message}\n"));
            }
            markdown.push('\n');
        }
    }
    #[derive(Serialize)]
    struct Row<'a> {
        file: &'a str,
        company: Option<&'a str>,
        variant: Option<&'a str>,
        status: Status,
        errors: usize,
        warnings: usize,
        dpia: Option<&'a str>,
        highest_net_risk: Option<&'a str>,
        output_dir: &'a str,
        files: &'a [String],
        diagnostics: &'a [Diagnostic],
    }
    let rows: Vec<Row<'_>> = results
        .iter()
        .map(|r| Row {
            file: &r.file,
            company: r.company.as_deref(),
            variant: r.variant.as_deref(),
            status: r.status,
            errors: r.errors,
            warnings: r.warnings,
            dpia: r.dpia.as_deref(),
            highest_net_risk: r.highest_net_risk.as_deref(),
            output_dir: &r.output_dir,
            files: &r.files,
            diagnostics: &r.diagnostics,
        })
        .collect();
    let mut json =
        serde_json::to_vec_pretty(&rows).map_err(|e| Failure::Internal(e.to_string()))?;
    json.push(b'\n');
    let artifacts = [
        Artifact {
            path: PathBuf::from("uebersicht.md"),
            bytes: markdown.into_bytes(),
        },
        Artifact {
            path: PathBuf::from("summary.json"),
            bytes: json,
        },
    ];
    output::apply(root, None, &artifacts, mode)
        .map(|_| ())
        .map_err(|e| Failure::User(format!("Übersicht nicht geschrieben: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_folders_stay_inside_the_output_root() {
        let folder = |p: &str| target_folder(Path::new(p), true);
        assert_eq!(target_folder(Path::new("a/b.yaml"), false), None);
        assert_eq!(
            folder("kunden/Müller & Co.yaml").as_deref(),
            Some("Müller___Co")
        );
        assert_eq!(folder("../../evil.yaml").as_deref(), Some("evil"));
        assert_eq!(folder("..yaml").as_deref(), Some("profil"));
        assert_eq!(folder("/etc/passwd.yaml").as_deref(), Some("passwd"));
    }

    #[test]
    fn jobs_are_clamped() {
        assert_eq!(clamp_jobs(0, 5), 1);
        assert_eq!(clamp_jobs(100_000, 3), 3.min(clamp_jobs(100_000, 100)));
        assert!(clamp_jobs(100_000, 100_000) <= 1024);
    }
}
