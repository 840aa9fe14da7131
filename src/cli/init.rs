//! `dsgvo-gen init`: the German interview that writes a commented profile.
//!
//! Nothing is written until the interview is complete and the rendered profile has been
//! checked. Ctrl-C during the interview ends the process at once (the terminal is restored);
//! once writing has begun, Ctrl-C waits for the atomic write to finish, so the profile is
//! either the old one or the complete new one. An existing profile is replaced only with
//! `--force`, and then a backup is kept.

use super::{Failure, eprint_block, shown};
use crate::interview::{
    self, InterviewError, defaults::DefaultsPrompter, script::ScriptedPrompter,
    terminal::TerminalPrompter, write,
};
use crate::output;
use crate::profile::load::{self, Loaded};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Arguments of `init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Profildatei, die angelegt wird
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
}

const ANSWERS_HELP: &str = "Antworten aus einer YAML-Datei lesen statt zu fragen. Je Zeile eine Frage-ID und die Antwort:

  company.name: \"Bäckerei Sonnenschein GmbH\"
  company.postal_code: \"79098\"
  company.state: baden_wuerttemberg        (Auswahl: der Wert im Profil)
  whatsapp.features: [labels, catalog]     (Mehrfachauswahl: Liste, [] = keine)
  whatsapp.devices.mdm: false              (Ja/Nein: true/false oder ja/nein)
  processors.count: 1                      (Wiederholungen: Anzahl, dann processors.1.name …)

Fehlende Antworten nehmen den Vorschlag des Interviews; Fragen ohne Vorschlag müssen beantwortet werden. Eine leere Antwort (\"\" oder ~) lässt eine freiwillige Angabe weg. Unbekannte Frage-IDs und ungültige Antworten sind Fehler mit Zeilenangabe; es wird dann nichts geschrieben.";

const NO_TERMINAL: &str = "`dsgvo-gen init` stellt Fragen und braucht dafür ein Terminal, aber Ein- oder Ausgabe ist umgeleitet. Es wurde nichts geschrieben.
Hinweis: ohne Terminal gibt es zwei Wege:
  dsgvo-gen init --answers antworten.yaml   Antworten aus einer Datei lesen (je Zeile „Frage-ID: Antwort“)
  dsgvo-gen init --non-interactive          ein kommentiertes Startprofil mit Platzhaltern schreiben, das Sie dann bearbeiten";

/// Runs `init`.
pub fn run(args: Args) -> Result<(), Failure> {
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
    if target.exists() && !args.force {
        return Err(refusal(&name));
    }

    interrupt::note_target(target.exists());
    interrupt::install();
    let result = match script.as_mut() {
        Some(p) => interview::run(p),
        None if starter => interview::run(&mut DefaultsPrompter),
        None => interview::run(&mut TerminalPrompter::new()),
    };
    let raw = match result {
        Ok(raw) => raw,
        Err(InterviewError::Interrupted) => interrupt::abort(target),
        Err(e @ InterviewError::Answer { .. }) => {
            return Err(Failure::User(format!(
                "{e}\nHinweis: es wurde nichts geschrieben; korrigieren Sie die Antwort und starten Sie `dsgvo-gen init` erneut"
            )));
        }
        Err(InterviewError::Terminal(message)) => {
            interview::terminal::restore();
            return Err(Failure::Internal(format!(
                "Terminal: {message}; es wurde nichts geschrieben"
            )));
        }
    };
    let text = write::to_yaml(&raw, &write::Options { starter });
    let loaded = load::load_str(&name, &text);
    let structural = loaded
        .diagnostics
        .iter()
        .any(|d| d.is_error() && d.code.is_none());
    if structural || loaded.profile.as_ref().map(|p| &p.raw) != Some(&raw) {
        return Err(Failure::Internal(format!(
            "das erzeugte Profil lässt sich nicht wieder einlesen; es wurde nichts geschrieben\n{}",
            loaded.render_diagnostics()
        )));
    }

    interrupt::begin_writing();
    let backup = if target.exists() {
        if !args.force {
            return Err(refusal(&name));
        }
        Some(keep_backup(target)?)
    } else {
        None
    };
    output::write_atomic(target, text.as_bytes())
        .map_err(|e| Failure::Internal(format!("Schreiben fehlgeschlagen: {e}")))?;

    if let Some(p) = &script {
        let unused = p.unused();
        if !unused.is_empty() {
            let file = args.answers.as_deref().map(shown).unwrap_or_default();
            let lines: Vec<String> = unused
                .iter()
                .map(|(id, line)| format!("  {file}:{line}: `{id}`"))
                .collect();
            eprint_block(&format!(
                "Hinweis: {} Antwort(en) nicht verwendet, weil sich die Frage bei Ihren übrigen Angaben nicht stellt:\n{}\n",
                unused.len(),
                lines.join("\n")
            ));
        }
    }
    report(&name, &loaded, backup.as_deref(), starter, target);
    Ok(())
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
            "{} Problem(e) in der Antwortdatei {}; es wurde nichts geschrieben",
            problems.len(),
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

fn report(name: &str, loaded: &Loaded, backup: Option<&Path>, starter: bool, target: &Path) {
    let mut out = String::new();
    out.push_str(&format!("\n✔ {name} geschrieben"));
    if let Some(b) = backup {
        out.push_str(&format!(" (die bisherige Fassung liegt in {})", shown(b)));
    }
    out.push_str("\n\n");
    if let Some(profile) = &loaded.profile {
        out.push_str(&interview::summary::summary(profile));
    }
    say(&format!("{out}\n"));
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = loaded.diagnostics.len() - errors;
    if !loaded.diagnostics.is_empty() {
        eprint_block(&format!(
            "Prüfhinweise zu Ihrem Profil (Begründung: dsgvo-gen explain CODE):\n\n{}\n",
            loaded.render_diagnostics()
        ));
    }
    let verdict = if errors == 0 {
        "gültig"
    } else {
        "mit Fehlern"
    };
    say(&format!(
        "{name}: {verdict} ({errors} Fehler, {warnings} Warnungen)\n"
    ));
    let build = if target == Path::new("dsgvo.yaml") {
        "dsgvo-gen build".to_owned()
    } else {
        format!("dsgvo-gen build {name}")
    };
    let next = if starter {
        format!(
            "Nächster Schritt: ersetzen Sie die Platzhalter in {name}, prüfen Sie mit `dsgvo-gen validate {name}` und erzeugen Sie dann die Dokumente mit `{build}`."
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
    use std::path::Path;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, Ordering};

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Phase {
        Asking,
        Writing,
    }

    static PHASE: Mutex<Phase> = Mutex::new(Phase::Asking);
    static TARGET_EXISTED: AtomicBool = AtomicBool::new(false);
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
        super::eprint_block(if existed {
            "\nAbgebrochen. Es wurde nichts geschrieben; die vorhandene Profildatei ist unverändert.\n"
        } else {
            "\nAbgebrochen. Es wurde nichts geschrieben.\n"
        });
        std::process::exit(130)
    }

    /// Remembers whether the target existed, for the message.
    pub fn note_target(existed: bool) {
        TARGET_EXISTED.store(existed, Ordering::SeqCst);
    }
}
