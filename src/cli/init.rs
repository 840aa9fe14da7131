//! `dsgvo-gen init`: the German interview that writes a commented profile.
//!
//! Nothing is written until the interview is complete and the rendered profile has been
//! checked. Ctrl-C during the interview ends the process at once (the terminal is restored);
//! once writing has begun, Ctrl-C waits for the atomic write to finish, so the profile is
//! either the old one or the complete new one. An existing profile is replaced only with
//! `--force`, and then a backup is kept.

use super::{Failure, eprint_block, shown};
use crate::interview::session::{self, SECTIONS, State};
use crate::interview::{
    self, InterviewError, Prompter, defaults::DefaultsPrompter, draft, edit, prefill,
    script::ScriptedPrompter, terminal::TerminalPrompter, write,
};
use crate::output;
use crate::profile::load::{self, Loaded};
use crate::profile::model::RawProfile;
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Arguments of `init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Profildatei, die angelegt (oder mit --edit geändert) wird
    #[arg(short, long, value_name = "DATEI", default_value = "dsgvo.yaml")]
    output: PathBuf,
    /// Nicht fragen: ein kommentiertes Startprofil mit Platzhaltern schreiben
    #[arg(long, conflicts_with = "answers")]
    non_interactive: bool,
    /// Antworten aus einer YAML-Datei lesen statt zu fragen (je Zeile „Frage-ID: Antwort“)
    #[arg(long, value_name = "DATEI", long_help = ANSWERS_HELP)]
    answers: Option<PathBuf>,
    /// Eine vorhandene Profildatei ersetzen; die alte bleibt als Sicherung (.bak) erhalten
    #[arg(long)]
    force: bool,
    /// Ein vorhandenes Profil ändern: Antworten vorausgefüllt, nur die gewählten Abschnitte
    /// werden gefragt; Kommentare und alles, was das Interview nicht fragt, bleiben erhalten
    #[arg(long, conflicts_with_all = ["non_interactive", "answers", "force"])]
    edit: bool,
    /// Eine kommentierte Antwortdatei mit jeder Frage-ID ausgeben (Vorlage für --answers)
    #[arg(long, conflicts_with_all = ["non_interactive", "answers", "force", "edit"])]
    answers_template: bool,
}

const ANSWERS_HELP: &str = "Antworten aus einer YAML-Datei lesen statt zu fragen. Je Zeile eine Frage-ID und die Antwort:

  company.name: \"Bäckerei Sonnenschein GmbH\"
  company.postal_code: \"79098\"
  company.state: baden_wuerttemberg        (Auswahl: der Wert im Profil)
  whatsapp.features: [labels, catalog]     (Mehrfachauswahl: Liste, [] = keine)
  whatsapp.devices.mdm: nein               (Ja/Nein: ja/nein oder true/false)
  processors.count: 1                      (Wiederholungen: Anzahl, dann processors.1.name …)

Fehlende Antworten nehmen den Vorschlag des Interviews; Fragen ohne Vorschlag müssen beantwortet werden. Eine leere Antwort (\"\" oder ~) lässt eine freiwillige Angabe weg. Unbekannte Frage-IDs und ungültige Antworten werden alle auf einmal mit Zeilenangabe gemeldet; es wird dann nichts geschrieben. `dsgvo-gen init --answers-template > antworten.yaml` schreibt eine Vorlage mit allen Frage-IDs.";

const NO_TERMINAL: &str = "`dsgvo-gen init` stellt Fragen und braucht dafür ein Terminal, aber Ein- oder Ausgabe ist umgeleitet. Es wurde nichts geschrieben.
Hinweis: ohne Terminal gibt es zwei Wege:
  dsgvo-gen init --answers antworten.yaml   Antworten aus einer Datei lesen (je Zeile „Frage-ID: Antwort“)
  dsgvo-gen init --non-interactive          ein kommentiertes Startprofil mit Platzhaltern schreiben, das Sie dann bearbeiten";

/// The profile being edited (`--edit`).
struct Existing {
    text: String,
    raw: RawProfile,
}

/// What the interview gives: the text to write and the model it must load as.
struct Outcome {
    text: String,
    raw: RawProfile,
    /// Edited in place (comments kept); false when an edit had to rewrite the file.
    in_place: bool,
    /// Questions put to a person (interactive only).
    prompts: Option<usize>,
}

/// Runs `init`.
pub fn run(args: Args) -> Result<(), Failure> {
    if args.answers_template {
        say(&interview::template::render());
        return Ok(());
    }
    let target = &args.output;
    let name = shown(target);
    let mut script = match &args.answers {
        Some(path) => Some(read_answers(path)?),
        None => None,
    };
    let starter = args.non_interactive;
    let interactive = script.is_none() && !starter;
    if interactive && !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(Failure::User(NO_TERMINAL.into()));
    }
    if target.is_dir() {
        return Err(Failure::User(format!(
            "{name} ist ein Verzeichnis\nHinweis: geben Sie mit -o den Namen der Profildatei an, z. B. -o {}",
            shown(&target.join("dsgvo.yaml"))
        )));
    }
    let existing = if args.edit {
        Some(read_existing(target, &name)?)
    } else {
        if target.exists() && !args.force {
            return Err(refusal(&name));
        }
        None
    };

    let draft = draft::path_for(target);
    interrupt::note_target(target.exists(), &draft);
    interrupt::install();
    let outcome = match script.as_mut() {
        Some(p) => {
            let raw = finished(interview::run(p), target)?;
            answer_problems(p, args.answers.as_deref())?;
            let raw = if existing.is_none() { dated(raw)? } else { raw };
            plain(raw, false)
        }
        None if starter => plain(
            dated(finished(interview::run(&mut DefaultsPrompter), target)?)?,
            true,
        ),
        None => asked(target, &draft, existing.as_ref())?,
    };
    let loaded = load::load_str(&name, &outcome.text);
    let structural = loaded
        .diagnostics
        .iter()
        .any(|d| d.is_error() && d.code.is_none());
    if structural || loaded.profile.as_ref().map(|p| &p.raw) != Some(&outcome.raw) {
        return Err(Failure::Internal(format!(
            "das erzeugte Profil lässt sich nicht wieder einlesen; es wurde nichts geschrieben\n{}",
            loaded.render_diagnostics()
        )));
    }
    if existing.as_ref().is_some_and(|e| e.text == outcome.text) {
        let _ = std::fs::remove_file(&draft);
        say(&format!("\nKeine Änderungen; {name} bleibt unverändert.\n"));
        return Ok(());
    }

    interrupt::begin_writing();
    let backup = if target.exists() {
        if !args.force && !args.edit {
            return Err(refusal(&name));
        }
        Some(keep_backup(target)?)
    } else {
        None
    };
    output::write_atomic(target, outcome.text.as_bytes())
        .map_err(|e| Failure::Internal(format!("Schreiben fehlgeschlagen: {e}")))?;
    if interactive {
        let _ = std::fs::remove_file(&draft);
    }

    if let Some(p) = &script {
        let unused = p.unused();
        if !unused.is_empty() {
            let file = args.answers.as_deref().map(shown).unwrap_or_default();
            let lines: Vec<String> = unused
                .iter()
                .map(|(id, line)| format!("  {file}:{line}: `{id}`"))
                .collect();
            eprint_block(&format!(
                "Hinweis: {} nicht verwendet, weil sich die Frage bei Ihren übrigen Angaben nicht stellt:\n{}\n",
                plural(unused.len(), "Antwort", "Antworten"),
                lines.join("\n")
            ));
        }
    }
    if args.edit && !outcome.in_place {
        eprint_block(&format!(
            "Hinweis: die Änderungen ließen sich nicht an Ort und Stelle eintragen; {name} wurde neu geschrieben. Ihre Kommentare stehen in der Sicherung.\n"
        ));
    }
    report(
        &name,
        &loaded,
        backup.as_deref(),
        starter,
        target,
        outcome.prompts,
    );
    Ok(())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A new profile gets its Stand date (`document.date`) when the answers leave it open: the
/// day of `init` (or `SOURCE_DATE_EPOCH`). Without it, every build on a later day would change
/// the documents and fail `build --check` in CI for no change of content.
fn dated(mut raw: RawProfile) -> Result<RawProfile, Failure> {
    if raw.document.date.is_none() {
        raw.document.date = Some(super::default_stand()?.to_string());
    }
    Ok(raw)
}

fn plain(raw: RawProfile, starter: bool) -> Outcome {
    Outcome {
        text: write::to_yaml(&raw, &write::Options { starter }),
        raw,
        in_place: true,
        prompts: None,
    }
}

/// The interview's result, or the failure to report (Ctrl-C ends the process here).
fn finished(
    result: Result<RawProfile, InterviewError>,
    target: &Path,
) -> Result<RawProfile, Failure> {
    match result {
        Ok(raw) => Ok(raw),
        Err(InterviewError::Interrupted) => interrupt::abort(target),
        Err(e @ InterviewError::Answer { .. }) => Err(Failure::User(format!(
            "{e}\nHinweis: es wurde nichts geschrieben; korrigieren Sie die Antwort und starten Sie `dsgvo-gen init` erneut"
        ))),
        Err(InterviewError::Terminal(message)) => {
            interview::terminal::restore();
            Err(Failure::Internal(format!(
                "Terminal: {message}; es wurde nichts geschrieben"
            )))
        }
        Err(InterviewError::Back) => Err(Failure::Internal(
            "„zurück“ außerhalb des Interviews; es wurde nichts geschrieben".into(),
        )),
    }
}

/// The failure for an interview error (Ctrl-C ends the process here).
fn failure(e: InterviewError, target: &Path) -> Failure {
    match finished(Err(e), target) {
        Err(f) => f,
        Ok(_) => Failure::Internal("unerwartetes Ende des Interviews".into()),
    }
}

/// Every problem of an answers file at once.
fn answer_problems(p: &ScriptedPrompter, file: Option<&Path>) -> Result<(), Failure> {
    let problems = p.problems();
    if problems.is_empty() {
        return Ok(());
    }
    eprint_block(&format!("{}\n", problems.join("\n")));
    Err(Failure::User(format!(
        "{} in der Antwortdatei {}; es wurde nichts geschrieben",
        plural(problems.len(), "Problem", "Probleme"),
        file.map(shown).unwrap_or_default()
    )))
}

fn read_existing(target: &Path, name: &str) -> Result<Existing, Failure> {
    let text = std::fs::read_to_string(target).map_err(|e| {
        Failure::User(format!(
            "{name}: {e}\nHinweis: `dsgvo-gen init --edit` ändert ein vorhandenes Profil; ein neues legt `dsgvo-gen init` an"
        ))
    })?;
    let loaded = load::load_str(name, &text);
    match loaded.profile {
        Some(p)
            if !loaded
                .diagnostics
                .iter()
                .any(|d| d.is_error() && d.code.is_none()) =>
        {
            Ok(Existing { text, raw: p.raw })
        }
        _ => Err(Failure::User(format!(
            "{name} lässt sich nicht einlesen; beheben Sie zuerst diese Fehler (`dsgvo-gen validate {name}`):\n{}",
            loaded.render_diagnostics()
        ))),
    }
}

/// The interview in the terminal: resume a draft, edit an existing profile, save the draft
/// after every answer.
fn asked(target: &Path, draft: &Path, existing: Option<&Existing>) -> Result<Outcome, Failure> {
    let mut term = TerminalPrompter::new();
    let fail = |e| failure(e, target);
    let mut state = match existing {
        Some(ex) => {
            let sections = match choose_sections(&mut term) {
                Ok(s) => s,
                Err(e) => return Err(fail(e)),
            };
            State::prefilled(prefill::answers_from(&ex.raw), sections)
        }
        None => {
            if let Err(e) = term.section("dsgvo-gen init", interview::flow::INTRO) {
                return Err(fail(e));
            }
            State::default()
        }
    };
    if let Some(answers) = std::fs::read_to_string(draft)
        .ok()
        .and_then(|t| draft::parse(&t))
        .filter(|a| !a.is_empty())
    {
        let q = interview::Question::new(
            "resume",
            format!(
                "Es gibt einen Entwurf mit {} aus einem unterbrochenen Interview. Dort weitermachen?",
                plural(answers.len(), "Antwort", "Antworten")
            ),
            format!(
                "Der Entwurf liegt in {}; „Nein“ beginnt neu und ersetzt ihn mit der ersten Antwort.",
                shown(draft)
            ),
        );
        match term.yes_no(&q, Some(true)) {
            Ok(true) => {
                for (id, v) in answers {
                    state.set(&id, v);
                }
            }
            Ok(false) | Err(InterviewError::Back) => {}
            Err(e) => return Err(fail(e)),
        }
    }
    let mut save = |s: &State| {
        // A draft that cannot be written is no reason to stop the interview.
        let _ = output::write_atomic(draft, interview::draft::render(s).as_bytes());
    };
    let raw = finished(session::run(&mut term, &mut state, &mut save), target)?;
    let prompts = Some(state.prompts);
    let Some(ex) = existing else {
        let mut outcome = plain(dated(raw)?, false);
        outcome.prompts = prompts;
        return Ok(outcome);
    };
    let edited = edit::write_back(&ex.text, &ex.raw, &raw)
        .ok_or_else(|| Failure::Internal("Änderung nicht anwendbar".into()))?;
    Ok(Outcome {
        text: edited.text,
        raw: edited.raw,
        in_place: edited.in_place,
        prompts,
    })
}

/// `--edit`: which sections to ask.
fn choose_sections(term: &mut TerminalPrompter) -> Result<BTreeSet<String>, InterviewError> {
    use interview::Prompter;
    term.section(
        "dsgvo-gen init --edit",
        "Ihre bisherigen Antworten sind vorausgefüllt. Kommentare und alles, was das Interview nicht fragt, bleiben in der Datei erhalten; die bisherige Fassung wird als Sicherung (.bak) aufbewahrt.",
    )?;
    let choices: Vec<interview::Choice> = SECTIONS
        .iter()
        .map(|(key, label, _)| interview::Choice {
            key: (*key).to_owned(),
            label: (*label).to_owned(),
        })
        .collect();
    let q = interview::Question::new(
        "edit.sections",
        "Welche Abschnitte möchten Sie ändern?",
        "Nur diese werden gefragt; alles andere bleibt, wie es ist.",
    );
    loop {
        let picked = term.multi_select(&q, &choices, &vec![false; choices.len()]);
        match picked {
            Ok(p) if !p.is_empty() => {
                return Ok(p.iter().map(|i| choices[*i].key.clone()).collect());
            }
            Ok(_) | Err(InterviewError::Back) => {
                term.info("Bitte wählen Sie mindestens einen Abschnitt mit der Leertaste.")?;
            }
            Err(e) => return Err(e),
        }
    }
}

fn refusal(name: &str) -> Failure {
    Failure::User(format!(
        "{name} existiert bereits und wird nicht überschrieben\nHinweis: `dsgvo-gen init --force` ersetzt die Datei und behält die alte Fassung als Sicherung ({name}.bak); oder wählen Sie mit -o einen anderen Namen"
    ))
}

fn read_answers(path: &Path) -> Result<ScriptedPrompter, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::User(format!("Antwortdatei {}: {e}", shown(path))))?;
    ScriptedPrompter::parse(&shown(path), &text).map_err(|problems| {
        eprint_block(&format!("{}\n", problems.join("\n")));
        Failure::User(format!(
            "{} in der Antwortdatei {}; es wurde nichts geschrieben",
            plural(problems.len(), "Problem", "Probleme"),
            shown(path)
        ))
    })
}

/// Copies `target` to the first free name of `NAME.bak`, `NAME.1.bak`, `NAME.2.bak` …
fn keep_backup(target: &Path) -> Result<PathBuf, Failure> {
    let file = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "dsgvo.yaml".into());
    let backup = std::iter::once(format!("{file}.bak"))
        .chain((1..).map(|n| format!("{file}.{n}.bak")))
        .map(|n| target.with_file_name(n))
        .find(|p| !p.exists())
        .unwrap_or_else(|| target.with_file_name(format!("{file}.bak")));
    let bytes =
        std::fs::read(target).map_err(|e| Failure::Internal(format!("{}: {e}", shown(target))))?;
    output::write_atomic(&backup, &bytes).map_err(|e| {
        Failure::Internal(format!(
            "Sicherung {} fehlgeschlagen, Profil nicht ersetzt: {e}",
            shown(&backup)
        ))
    })?;
    Ok(backup)
}

fn report(
    name: &str,
    loaded: &Loaded,
    backup: Option<&Path>,
    starter: bool,
    target: &Path,
    prompts: Option<usize>,
) {
    let mut out = String::new();
    out.push_str(&format!("\n✔ {name} geschrieben"));
    if let Some(b) = backup {
        out.push_str(&format!(" (die bisherige Fassung liegt in {})", shown(b)));
    }
    if let Some(n) = prompts {
        out.push_str(&format!(" – {} beantwortet", plural(n, "Frage", "Fragen")));
    }
    out.push_str("\n\n");
    if let Some(profile) = &loaded.profile {
        out.push_str(&interview::summary::summary(profile));
    }
    say(&format!("{out}\n"));
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = loaded.diagnostics.len() - errors;
    if !loaded.diagnostics.is_empty() {
        // After the interview: the findings in plain words; file positions and YAML paths
        // are for those who write the file themselves (answers file, starter profile).
        let findings = if prompts.is_some() {
            loaded
                .diagnostics
                .iter()
                .map(|d| {
                    let kind = if d.is_error() { "Fehler" } else { "Hinweis" };
                    format!(
                        "– {kind} {}: {}",
                        d.code.unwrap_or_default(),
                        interview::fixes::finding(d)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
        } else {
            loaded.render_diagnostics()
        };
        eprint_block(&format!(
            "Prüfhinweise zu Ihrem Profil (Begründung: dsgvo-gen explain CODE):\n\n{findings}\n"
        ));
    }
    let verdict = if errors == 0 {
        "gültig"
    } else {
        "mit Fehlern"
    };
    say(&format!(
        "{name}: {verdict} ({errors} Fehler, {})\n",
        plural(warnings, "Warnung", "Warnungen")
    ));
    let status_report = loaded
        .profile
        .as_ref()
        .is_some_and(|p| p.raw.document.status_report);
    let build = if target == Path::new("dsgvo.yaml") {
        "dsgvo-gen build".to_owned()
    } else {
        format!("dsgvo-gen build {name}")
    };
    let next = if starter {
        format!(
            "Nächster Schritt: ersetzen Sie die Platzhalter in {name}, prüfen Sie mit `dsgvo-gen validate {name}` und erzeugen Sie dann die Dokumente mit `{build}`."
        )
    } else if errors > 0 && status_report {
        format!(
            "Nächster Schritt: `{build}` erzeugt die Dokumente als Bestandsaufnahme; sie weisen die offenen Fehler aus und sind keine Grundlage für den Betrieb."
        )
    } else if errors > 0 {
        format!(
            "Nächster Schritt: beheben Sie die Fehler oben (Begründung mit `dsgvo-gen explain CODE`). Als Bestandsaufnahme erzeugt `{build} --force` die Dokumente trotzdem."
        )
    } else {
        format!("Nächster Schritt: `{build}` erzeugt die Dokumente im Ordner dokumente/.")
    };
    say(&format!("\n{next}\n"));
}

/// Prints to stdout; a closed pipe is not an error (the profile is written already).
fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Ctrl-C handling: during the interview, end at once with a message; while writing, let the
/// atomic write finish.
mod interrupt {
    use std::path::{Path, PathBuf};
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, Ordering};

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Phase {
        Asking,
        Writing,
    }

    static PHASE: Mutex<Phase> = Mutex::new(Phase::Asking);
    static TARGET_EXISTED: AtomicBool = AtomicBool::new(false);
    static DRAFT: Mutex<Option<PathBuf>> = Mutex::new(None);
    /// Held by the thread that ends the process, so a second one (the prompt and the handler
    /// both see the same Ctrl-C) waits instead of exiting in the middle of the message.
    static ENDING: Mutex<()> = Mutex::new(());

    fn phase() -> std::sync::MutexGuard<'static, Phase> {
        PHASE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Installs the handler (once per process; later calls keep the first) and starts the
    /// asking phase.
    pub fn install() {
        *phase() = Phase::Asking;
        let _ = ctrlc::set_handler(|| {
            let phase = phase();
            if *phase == Phase::Asking {
                finish(TARGET_EXISTED.load(Ordering::SeqCst));
            }
        });
    }

    /// From now on Ctrl-C no longer ends the process.
    pub fn begin_writing() {
        *phase() = Phase::Writing;
    }

    /// The interview was interrupted (seen by the prompt): end like the handler does.
    pub fn abort(target: &Path) -> ! {
        finish(target.exists())
    }

    fn finish(existed: bool) -> ! {
        let _ending = ENDING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        crate::interview::terminal::restore();
        let draft = DRAFT
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
            .filter(|d| d.exists());
        let profile = if existed {
            "; die vorhandene Profildatei ist unverändert"
        } else {
            ""
        };
        super::eprint_block(&match draft {
            Some(d) => format!(
                "\nAbgebrochen. Ihre bisherigen Antworten liegen im Entwurf {}{profile}. Das nächste `dsgvo-gen init` bietet an, dort weiterzumachen.\n",
                super::shown(&d)
            ),
            None => format!("\nAbgebrochen. Es wurde nichts geschrieben{profile}.\n"),
        });
        std::process::exit(130)
    }

    /// Remembers whether the target existed and where the draft goes, for the message.
    pub fn note_target(existed: bool, draft: &Path) {
        TARGET_EXISTED.store(existed, Ordering::SeqCst);
        *DRAFT
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(draft.to_path_buf());
    }
}
