//! `dsgvo-gen build`: validate the profiles, render the documents, write or check them. Several
//! profiles (or a directory) are built in parallel, each into its own folder, and summarised in
//! `uebersicht.md`, `uebersicht.csv` and `summary.json` (see [`summary`], [`json`]).
//!
//! A client whose inputs are unchanged since its `manifest.json` is skipped without typesetting
//! ([`fresh`]); a client whose profile fails keeps its last good pack, marked with
//! `VERALTET.txt` ([`stale`]).

mod archive;
pub(crate) mod fresh;
pub(crate) mod json;
pub(crate) mod stale;
pub(crate) mod summary;

use super::{Failure, ReportFormat, default_stand, eout, eprint_block, inputs, out, shown};
use crate::backend::Format;
use crate::context::RunInfo;
use crate::diagnostic::Diagnostic;
use crate::lang::Languages;
use crate::output::{self, Artifact, Drift, FolderLock, Mode};
use crate::profile::model::ConsentChannel;
use crate::profile::validate::Profile;
use crate::render::Templates;
use crate::tr;
use crate::ui::t;
use crate::{Options, VERSION};
use rayon::prelude::*;
use serde::Serialize;
use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Arguments of `build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Profildateien oder Verzeichnisse mit Profilen [Standard: ./dsgvo.yaml]
    #[arg(value_name = "PROFIL|VERZEICHNIS")]
    profiles: Vec<PathBuf>,
    /// Ausgabeverzeichnis
    #[arg(short, long, value_name = "VERZEICHNIS", default_value = "dokumente")]
    output: PathBuf,
    /// Ausgabeformate, durch Komma getrennt (md, pdf, html, docx) [Standard: md,pdf und die
    /// Einwilligungsseite (html), wenn das Profil sie vorsieht; docx: bearbeitbare
    /// Word-Dateien der Dokumente]
    #[arg(long, value_name = "FORMATE", value_delimiter = ',')]
    format: Option<Vec<Format>>,
    /// Sprachen der Dokumente, durch Komma getrennt (de, en); Deutsch wird immer erzeugt,
    /// Englisch zusätzlich für die Texte an Betroffene [Standard: document.languages im
    /// Profil, sonst de]
    #[arg(long, value_name = "SPRACHEN", value_parser = parse_languages)]
    lang: Option<Languages>,
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
    message_format: ReportFormat,
    /// Nur Fehler ausgeben
    #[arg(short, long, conflicts_with = "verbose")]
    quiet: bool,
    /// Bei mehreren Profilen auch jede Warnung einzeln ausgeben (sonst nach Code gruppiert)
    #[arg(short, long)]
    verbose: bool,
    /// Jedes Profil neu erzeugen, auch wenn sich seit dem letzten Lauf nichts geändert hat
    #[arg(long)]
    force_rebuild: bool,
    /// Briefkopf einer Beratung (YAML: Name, Anschrift, Logo, Akzentfarbe, Fußzeile) für die
    /// internen Unterlagen und das Anschreiben
    #[arg(long, value_name = "DATEI")]
    brand: Option<PathBuf>,
    /// Jede Mappe zusätzlich als ZIP-Archiv neben ihren Ordner legen (zum Versand)
    #[arg(long, conflicts_with = "check")]
    zip: bool,
}

/// Reads every template file (`*.md`, `*.html`) of a user directory.
pub fn read_overrides(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let mut out = read_override_dir(dir, "")?;
    // Translations: `DIR/en/04-datenschutzhinweise.md` overrides `en/04-datenschutzhinweise.md`.
    for lang in crate::lang::Lang::ALL {
        let sub = dir.join(lang.code());
        if lang != crate::lang::Lang::De && sub.is_dir() {
            out.extend(read_override_dir(&sub, &format!("{}/", lang.code()))?);
        }
    }
    out.sort();
    Ok(out)
}

/// The templates (`.md`, `.html`) directly in `dir`, named `prefix` + file name.
fn read_override_dir(dir: &Path, prefix: &str) -> Result<Vec<(String, String)>, Failure> {
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
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        out.push((name, content));
    }
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
            Failure::User(tr!(
                "{e}\nHinweis: korrigieren Sie die Vorlage in {}",
                "{e}\nhelp: correct the template in {}",
                dir.map(shown).unwrap_or_default()
            ))
        } else {
            Failure::Internal(e.to_string())
        }
    })
}

/// Loads the brand file of `--brand`; its problems are reported like a profile's.
fn load_brand(path: &Path) -> Result<std::sync::Arc<crate::brand::Brand>, Failure> {
    let text = fs::read_to_string(path)
        .map_err(|e| Failure::User(format!("{}: {}", shown(path), output::io_message(&e))))?;
    let base = path.parent().unwrap_or(Path::new(""));
    crate::brand::load_str(&text, &|name| fs::read(base.join(name)))
        .map(std::sync::Arc::new)
        .map_err(|problems| {
            let file = shown(path);
            let report: Vec<String> = problems.iter().map(|d| d.render(&file, &text)).collect();
            Failure::User(
                report
                    .join("\n")
                    .trim_end()
                    .trim_start_matches(&format!("{}: ", t("Fehler", "error")))
                    .to_owned(),
            )
        })
}

/// Folder name for a profile in a batch: the file stem — or, for a client folder's
/// `dsgvo.yaml`, the name of that folder — reduced to characters that are safe in a path,
/// never empty, never `.`/`..`, never absolute.
fn folder_name(profile: &Path) -> String {
    let mut stem = profile
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if stem == inputs::CLIENT_PROFILE_STEM
        && let Some(parent) = profile.parent().and_then(Path::file_name)
    {
        stem = parent.to_string_lossy().into_owned();
    }
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
    /// `--brand`: the consultant's letterhead and accent colour.
    brand: Option<std::sync::Arc<crate::brand::Brand>>,
    /// `--zip`: an archive of each pack beside its folder.
    zip: bool,
    today: crate::date::Date,
    formats: Vec<Format>,
    /// `--lang`, if given (else each profile's `document.languages`).
    languages: Option<Languages>,
    /// `--format` was left at its default: the consent page follows the profile.
    page_by_profile: bool,
    mode: Mode,
    force: bool,
    /// `--force-rebuild`: typeset even when the manifest says nothing changed.
    rebuild: bool,
    quiet: bool,
    /// Several profiles: warnings go into the grouped summary unless `-v`.
    batch: bool,
    verbose: bool,
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
#[derive(Debug)]
pub(crate) struct ProfileResult {
    pub file: String,
    /// Output folder below the root in a batch; the root itself for a single profile.
    pub output_dir: String,
    /// Name shown for the client: the output folder in a batch, else the profile file.
    pub client: String,
    pub status: Status,
    pub company: Option<String>,
    pub variant: Option<crate::profile::model::Variant>,
    pub errors: usize,
    pub warnings: usize,
    pub risk: Option<crate::risk::Summary>,
    /// Stand date of the pack (profile, else `SOURCE_DATE_EPOCH`, else today).
    pub stand: Option<crate::date::Date>,
    pub files: Vec<String>,
    /// The pack's archive (`--zip`), if one was written or is current.
    pub archive: Option<String>,
    pub written: usize,
    pub unchanged: usize,
    /// Inputs unchanged since the last build: nothing was typeset.
    pub skipped: bool,
    /// The last good pack kept in the folder while this profile fails.
    pub stale: Option<stale::Stale>,
    pub drift: Vec<DriftEntry>,
    /// Why the files drift (`--check`).
    pub drift_causes: Vec<fresh::Cause>,
    pub diagnostics: Vec<Diagnostic>,
    pub report: String,
    pub internal: Option<String>,
    /// What the firm does with the pack ("Was jetzt?"), for a single build.
    pub next_steps: Vec<String>,
}

/// What happened to one profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Status {
    Built,
    Failed,
}

/// A file that is missing or would change (`--check`).
#[derive(Debug, Serialize)]
pub(crate) struct DriftEntry {
    pub path: String,
    pub kind: &'static str,
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
        client: match &target {
            Ok(Some(folder)) => folder.clone(),
            _ => shown(file),
        },
        status: Status::Failed,
        company: None,
        variant: None,
        errors: 0,
        warnings: 0,
        risk: None,
        stand: None,
        files: Vec::new(),
        archive: None,
        written: 0,
        unchanged: 0,
        skipped: false,
        stale: None,
        drift: Vec::new(),
        drift_causes: Vec::new(),
        diagnostics: Vec::new(),
        report: String::new(),
        internal: None,
        next_steps: Vec::new(),
    };
    let loaded = inputs::load(file);
    result.errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    // Accepted findings are listed as such, not counted as open warnings.
    result.warnings = loaded
        .diagnostics
        .iter()
        .filter(|d| !d.is_error() && !d.is_accepted())
        .count();
    let shown_diagnostics: Vec<&Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error() || (!shared.quiet && (!shared.batch || shared.verbose)))
        .collect();
    result.report =
        crate::diagnostic::render_list(&shown_diagnostics, &loaded.name, &loaded.source);
    result.diagnostics = loaded.diagnostics.clone();
    if let Some(profile) = &loaded.profile {
        result.company = Some(profile.raw.company.name.clone());
        result.variant = Some(profile.variant());
        result.risk = Some(crate::risk::assess(profile).summary());
        result.stand = Some(profile.stand.unwrap_or(shared.today));
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
        if let Ok(folder) = &target {
            stale::mark(shared, folder.as_deref(), &mut result);
        }
        return result;
    };
    let folder = match target {
        Ok(folder) => folder,
        Err(message) => {
            result.fail(message);
            return result;
        }
    };
    let dir = match &folder {
        Some(sub) => shared.root.join(sub),
        None => shared.root.to_path_buf(),
    };
    let languages = languages_for(shared, profile);
    let template_set = shared.templates.set_id_for(&languages);
    let expected = fresh::Inputs {
        tool_version: VERSION,
        template_set: &template_set,
        facts_checked_on: crate::legal::latest_check(),
        formats: formats_for(shared, profile)
            .iter()
            .map(|f| f.extension())
            .collect(),
        profile_sha256: &profile.source_hash,
        stand: profile.stand.unwrap_or(shared.today).to_string(),
        brand_sha256: shared.brand.as_ref().map(|b| b.hash.as_str()),
        languages: languages.codes(),
    };
    let previous = fresh::read_manifest(&dir);
    let may_skip = shared.mode == Mode::Write && !shared.rebuild && previous.is_some();
    // The pack is compared under the lock, so no other run is writing it meanwhile.
    if may_skip && let Err(message) = shared.lock_root() {
        result.fail(message);
        return result;
    }
    if may_skip
        && let Some(files) = previous
            .as_ref()
            .and_then(|m| fresh::unchanged_pack(&dir, m, &expected))
    {
        result.status = Status::Built;
        result.skipped = true;
        result.unchanged = files.len();
        result.files = files;
        result.next_steps =
            crate::context::next_steps::steps_in(profile, &result.files, ui_doc_lang());
        client_built(shared, folder.as_deref(), &mut result);
        return result;
    }
    let options = Options {
        templates: shared.templates,
        run: RunInfo {
            stand: shared.today,
            tool_version: VERSION,
            template_set: template_set.clone(),
        },
        formats: formats_for(shared, profile),
        brand: shared.brand.clone(),
        languages,
    };
    // History (verlauf.json) of the client's output folder: read before rendering.
    let dir = shared.root.join(folder.as_deref().unwrap_or_default());
    let generated = crate::history::generate(profile, &loaded.diagnostics, &options, &dir);
    let artifacts: Vec<Artifact> = match generated {
        Ok(artifacts) => artifacts,
        Err(e) if e.is_user_template() => {
            result
                .report
                .push_str(&format!("{}: {e}\n", t("Fehler", "error")));
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
            result.next_steps =
                crate::context::next_steps::steps_in(profile, &result.files, ui_doc_lang());
            result.written = outcome.written.len();
            result.unchanged = outcome.unchanged.len();
            if !outcome.drift.is_empty() {
                result.drift_causes = fresh::causes(previous.as_ref(), &expected);
            }
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
            if shared.mode == Mode::Write {
                client_built(shared, folder.as_deref(), &mut result);
            }
        }
        Err(e) => {
            result.written = e.replaced.len();
            result.fail(format!("nicht geschrieben: {e}"));
        }
    }
    result
}

/// The one place where a client's pack is known to be good and current (written now, or
/// skipped because nothing changed). Removes the stale marker of an earlier failed run.
/// The per-client history (`verlauf.json`) is written with the pack itself
/// (`history::generate` in `process`); a skipped pack keeps its history unchanged.
fn client_built(shared: &Shared<'_>, folder: Option<&str>, result: &mut ProfileResult) {
    if let Err(message) = stale::clear(shared.root, folder) {
        result.fail(message);
    }
    if shared.zip {
        let dir = shared.root.join(folder.unwrap_or_default());
        let stand = result.stand.unwrap_or(shared.today);
        match archive::write(&dir, &result.files, stand) {
            Ok((path, written)) => {
                if written {
                    result.written += 1;
                } else {
                    result.unchanged += 1;
                }
                result.archive = Some(shown(&path));
            }
            Err(message) => result.fail(message),
        }
    }
}

impl ProfileResult {
    /// Records a problem outside the profile (output folder, environment) as a located error,
    /// so it reaches the terminal, `summary.json` and `uebersicht.md`.
    fn fail(&mut self, message: String) {
        self.report
            .push_str(&format!("{}: {message}\n", t("Fehler", "error")));
        self.errors += 1;
        self.status = Status::Failed;
        self.diagnostics.push(Diagnostic::error(message));
    }
}

/// The formats of one profile. Without `--format`, the consent page (`html`) is built when the
/// profile chooses it as a consent channel; an explicit `--format` builds exactly what it
/// names, so `--format md` stays Markdown only.
/// `--lang`: a comma list of language codes; German is always built.
fn parse_languages(list: &str) -> Result<Languages, String> {
    Languages::parse(list).map_err(|code| format!("unbekannte Sprache „{code}“; möglich: de, en"))
}

/// The document languages of one profile: `--lang` wins over `document.languages`.
fn languages_for(shared: &Shared<'_>, profile: &Profile) -> Languages {
    shared
        .languages
        .clone()
        .unwrap_or_else(|| Languages::with(profile.raw.document.languages.iter().copied()))
}

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
    let brand = args.brand.as_deref().map(load_brand).transpose()?;
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
        brand,
        zip: args.zip,
        today,
        formats,
        languages: args.lang.clone(),
        page_by_profile,
        mode: if args.check { Mode::Check } else { Mode::Write },
        force: args.force,
        rebuild: args.force_rebuild,
        quiet: args.quiet,
        batch,
        verbose: args.verbose,
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
                Err(tr!(
                    "Ausgabeordner {} wäre auch der von {}; benennen Sie eine der Profildateien um",
                    "output folder {} would also be the one of {}; rename one of the profile files",
                    shown(&args.output.join(target.as_deref().unwrap_or_default())),
                    others.join(", ")
                ))
            };
            (file.clone(), target)
        })
        .collect();

    let progress = (batch
        && !args.quiet
        && matches!(
            args.message_format,
            ReportFormat::Text | ReportFormat::Github
        )
        && std::io::stderr().is_terminal())
    .then(|| {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(t(
                "{bar:40} {pos}/{len} Profile {msg}",
                "{bar:40} {pos}/{len} profiles {msg}",
            ))
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
                Failure::User(tr!(
                    "--jobs {n}: das System hat keine weiteren Arbeits-Threads erlaubt; versuchen Sie eine kleinere Zahl",
                    "--jobs {n}: the system allowed no further worker threads; try a smaller number"
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
        summary::write(&args.output, &results, templates.set_id(), shared.mode)?;
    }
    report(&args, batch, &results, templates.set_id())
}

/// Parallel profiles: at least one, at most one per profile and per processor core — more
/// threads only cost memory, and the system may refuse to start them.
fn clamp_jobs(requested: usize, profiles: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    requested.min(cores).min(profiles).max(1)
}

/// Prints the results and decides the exit code.
fn report(
    args: &Args,
    batch: bool,
    results: &[ProfileResult],
    template_set: &str,
) -> Result<(), Failure> {
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
        ReportFormat::Json => {
            let json = json::build_report(results, Some(template_set), true);
            out(&json.map_err(Failure::Internal)?);
        }
        ReportFormat::Sarif | ReportFormat::Gitlab => {
            let sets: Vec<crate::ci_report::Findings<'_>> = results
                .iter()
                .map(|r| crate::ci_report::Findings {
                    file: &r.file,
                    diagnostics: &r.diagnostics,
                })
                .collect();
            out(&super::ci_report(args.message_format, &sets)?);
        }
        ReportFormat::Text | ReportFormat::Github => {
            if args.message_format == ReportFormat::Github {
                for r in results {
                    for d in r.diagnostics.iter().filter(|d| d.is_error() || !args.quiet) {
                        out(&crate::diagnostic::github_annotation(d, &r.file));
                    }
                    for line in summary::drift_annotations(r) {
                        out(&line);
                    }
                }
            }
            for r in results {
                if !r.report.is_empty() {
                    eprint_block(&format!("{}\n", r.report.trim_end()));
                    if batch {
                        eout("");
                    }
                }
            }
            if args.check {
                for r in results.iter().filter(|r| !r.drift.is_empty()) {
                    eprint_block(&summary::drift_block(r, batch));
                }
            }
            if batch && !args.quiet {
                let width = summary::terminal_width();
                out(summary::terminal(results, args.verbose, width, &args.output).trim_end());
            }
            let written: usize = results.iter().map(|r| r.written).sum();
            let unchanged: usize = results.iter().map(|r| r.unchanged).sum();
            let skipped = results.iter().filter(|r| r.skipped).count();
            if !args.quiet && !args.check {
                let skipped = if skipped > 0 {
                    tr!(
                        "; {skipped} Profil(e) unverändert übersprungen (neu erzeugen: --force-rebuild)",
                        "; {skipped} unchanged profile(s) skipped (generate again: --force-rebuild)"
                    )
                } else {
                    String::new()
                };
                eout(&tr!(
                    "{written} Datei(en) geschrieben, {unchanged} unverändert in {}{skipped}",
                    "{written} file(s) written, {unchanged} unchanged in {}{skipped}",
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
                eout(t("\nWas jetzt?", "\nWhat now?"));
                for (i, step) in single.next_steps.iter().enumerate() {
                    eout(&format!("  {}. {step}", i + 1));
                }
            }
            if args.check && drift == 0 && failed.is_empty() && !args.quiet {
                eout(&tr!(
                    "alle {unchanged} Datei(en) aktuell",
                    "all {unchanged} file(s) up to date"
                ));
            }
        }
    }

    if !internal.is_empty() {
        return Err(Failure::Internal(internal.join("\n")));
    }
    if !failed.is_empty() {
        let list: Vec<String> = failed
            .iter()
            .map(|r| {
                let stale = if r.stale.is_some() {
                    t(
                        "; alte Unterlagen als veraltet markiert",
                        "; old documents marked as outdated",
                    )
                } else {
                    ""
                };
                tr!(
                    "{} ({} Fehler{stale})",
                    "{} ({} error(s){stale})",
                    r.file,
                    r.errors
                )
            })
            .collect();
        return Err(Failure::User(tr!(
            "{} von {} Profil(en) nicht erzeugt:\n  {}",
            "{} of {} profile(s) not generated:\n  {}",
            failed.len(),
            results.len(),
            list.join("\n  ")
        )));
    }
    if args.check && drift > 0 {
        return Err(Failure::User(tr!(
            "{drift} Datei(en) nicht aktuell; `dsgvo-gen build` ohne --check aktualisiert sie",
            "{drift} file(s) not up to date; `dsgvo-gen build` without --check updates them"
        )));
    }
    Ok(())
}

/// The interface language as a document language, for the next steps printed after a build.
fn ui_doc_lang() -> crate::lang::Lang {
    if crate::ui::is_en() {
        crate::lang::Lang::En
    } else {
        crate::lang::Lang::De
    }
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
