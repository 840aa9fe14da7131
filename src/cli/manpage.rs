//! `dsgvo-gen manpage [DIR]`: man pages generated from the command definition, with the
//! sections clap does not know about (EXIT STATUS, ENVIRONMENT, FILES). Without DIR the page of
//! the main command goes to standard output; with DIR one page per command and subcommand is
//! written there (`dsgvo-gen.1`, `dsgvo-gen-build.1`, …).

use super::Failure;
use crate::tr;
use roff::{Roff, bold, roman};
use std::path::PathBuf;

/// Arguments of `manpage`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Verzeichnis, in das je Befehl eine Handbuchseite geschrieben wird (sonst die Hauptseite
    /// auf die Standardausgabe)
    #[arg(value_name = "VERZEICHNIS")]
    dir: Option<PathBuf>,
}

/// Exit codes, as in the README.
const EXIT_STATUS: &[(&str, &str, &str)] = &[
    ("0", "Erfolg.", "Success."),
    (
        "1",
        "Die Eingabe oder die Umgebung ist schuld: ungültiges oder unlesbares Profil, \
         Prüffehler, Abweichung bei --check, verweigertes Überschreiben, fehlerhafte eigene \
         Vorlage, ein Ausgabepfad, der eine Datei ist, fehlende Schreibrechte, voller \
         Datenträger, ein Ordner, in den gerade ein anderer Lauf schreibt.",
        "The input or the environment is at fault: an invalid or unreadable profile, check errors, a difference with --check, a refused overwrite, a faulty custom template, an output path that is a file, missing write permission, a full disk, a folder another run is writing to.",
    ),
    (
        "2",
        "Etwas Unerwartetes: ein Fehler in einer eingebauten Vorlage oder im Programm.",
        "Something unexpected: a bug in a built-in template or in the program.",
    ),
];

/// Exit code only `init` (and so the main page) knows.
const EXIT_INTERRUPTED: (&str, &str, &str) = (
    "130",
    "init mit Strg-C abgebrochen (das Profil bleibt unberührt, die bisherigen Antworten \
     stehen im Entwurf).",
    "init interrupted with Ctrl-C (the profile is not touched; the answers so far are kept in the draft).",
);

const ENVIRONMENT: &[(&str, &str, &str)] = &[
    (
        "SOURCE_DATE_EPOCH",
        "Stand-Datum der Dokumente in Sekunden seit 1970-01-01 (UTC), wenn das Profil kein \
         document.date setzt; sonst gilt das heutige Datum. In CI das Datum des letzten \
         Commits, der Profil oder Vorlagen geändert hat: \
         SOURCE_DATE_EPOCH=$(git log -1 --format=%ct -- dsgvo.yaml vorlagen).",
        "Stand date of the documents in seconds since 1970-01-01 (UTC) when the profile sets no document.date; otherwise today's date applies. In CI the date of the last commit that changed the profile or templates: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct -- dsgvo.yaml vorlagen).",
    ),
    (
        "NO_COLOR",
        "Wenn gesetzt, keine Farben in Hilfe, Meldungen, Fortschrittsanzeige und Interview.",
        "If set, no colours in help, messages, progress display and interview.",
    ),
];

const FILES: &[(&str, &str, &str)] = &[
    (
        "dsgvo.yaml",
        "Das Unternehmensprofil, wenn kein Profil angegeben ist (init schreibt es; \
         dsgvo.yaml.entwurf hält die Antworten eines abgebrochenen Interviews).",
        "The company profile when no profile is given (init writes it; dsgvo.yaml.entwurf keeps the answers of an interrupted interview).",
    ),
    (
        "dokumente/",
        "Ausgabeverzeichnis von build, wenn -o fehlt; bei mehreren Profilen ein Unterordner \
         je Profil.",
        "Output directory of build when -o is missing; with several profiles one subfolder per profile.",
    ),
    (
        "dokumente/manifest.json",
        "Werkzeugversion, Commit, Vorlagensatz, Stand der Rechtsfakten, SHA-256 des Profils \
         und jeder erzeugten Datei.",
        "Tool version, commit, template set, date of the legal facts, SHA-256 of the profile and of every generated file.",
    ),
    (
        "dokumente/.dsgvo-gen-*.tmp",
        "Temporäre Dateien während des Schreibens; ein abgebrochener Lauf lässt sie zurück, \
         der nächste entfernt sie.",
        "Temporary files while writing; an interrupted run leaves them behind, the next one removes them.",
    ),
    (
        "dokumente/.dsgvo-gen.lock",
        "Sperrdatei gegen gleichzeitige Läufe (nur auf Systemen ohne Unix-flock, z. B. \
         Windows).",
        "Lock file against simultaneous runs (only on systems without Unix flock, e.g. Windows).",
    ),
];

/// Runs `manpage`.
pub fn run(args: Args) -> Result<(), Failure> {
    let Some(dir) = args.dir else {
        let page = render(super::help::command_for_pages(crate::ui::lang()), true)?;
        let mut stdout = std::io::stdout().lock();
        // A closed pipe (`dsgvo-gen manpage | head`) is not an error.
        let _ = std::io::Write::write_all(&mut stdout, &page);
        return Ok(());
    };
    let pages = pages()?;
    if let Ok(meta) = std::fs::metadata(&dir)
        && !meta.is_dir()
    {
        return Err(Failure::User(tr!(
            "{}: ist eine Datei, kein Ordner; bitte ein Verzeichnis angeben",
            "{}: is a file, not a folder; please give a directory",
            super::shown(&dir)
        )));
    }
    for (name, bytes) in &pages {
        crate::output::write_atomic(&dir.join(name), bytes)
            .map_err(|e| Failure::User(e.to_string()))?;
    }
    super::out(&tr!(
        "{} Handbuchseiten nach {} geschrieben",
        "{} man pages written to {}",
        pages.len(),
        super::shown(&dir)
    ));
    Ok(())
}

/// Every page: file name and roff source, for the main command and each subcommand (nested
/// ones too, e.g. `dsgvo-gen-templates-export.1`), in the order of the command definition.
fn pages() -> Result<Vec<(String, Vec<u8>)>, Failure> {
    fn collect(
        cmd: clap::Command,
        root: bool,
        out: &mut Vec<(String, Vec<u8>)>,
    ) -> Result<(), Failure> {
        let name = clap_mangen::Man::new(cmd.clone()).get_filename();
        let subs: Vec<clap::Command> = cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .cloned()
            .collect();
        out.push((name, render(cmd, root)?));
        for sub in subs {
            collect(sub, false, out)?;
        }
        Ok(())
    }
    // In the interface language; the `help` subcommand gets no page.
    let cmd = super::help::command_for_pages(crate::ui::lang());
    let mut out = Vec::new();
    collect(cmd, true, &mut out)?;
    Ok(out)
}

/// One page: clap's sections, then EXIT STATUS, ENVIRONMENT and FILES.
fn render(cmd: clap::Command, root: bool) -> Result<Vec<u8>, Failure> {
    let interrupted = root || cmd.get_name() == "init";
    let mut bytes = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut bytes)
        .map_err(|e| Failure::Internal(e.to_string()))?;
    let mut extra = Roff::new();
    let mut exit_status = EXIT_STATUS.to_vec();
    if interrupted {
        exit_status.push(EXIT_INTERRUPTED);
    }
    section(&mut extra, "EXIT STATUS", &exit_status);
    section(&mut extra, "ENVIRONMENT", ENVIRONMENT);
    section(&mut extra, "FILES", FILES);
    // The page above already defines the apostrophe string, and these texts have none.
    bytes.extend_from_slice(extra.to_roff().as_bytes());
    Ok(bytes)
}

/// A section of tagged paragraphs, each text German and English.
fn section(roff: &mut Roff, title: &str, entries: &[(&str, &'static str, &'static str)]) {
    roff.control("SH", [title]);
    for (tag, de, en) in entries {
        roff.control("TP", []);
        roff.text([bold(*tag)]);
        roff.text([roman(crate::ui::t(de, en))]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_page_with_the_extra_sections() {
        let pages = pages().expect("pages");
        let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        for expected in [
            "dsgvo-gen.1",
            "dsgvo-gen-build.1",
            "dsgvo-gen-init.1",
            "dsgvo-gen-validate.1",
            "dsgvo-gen-templates-export.1",
            "dsgvo-gen-manpage.1",
        ] {
            assert!(names.contains(&expected), "{expected} missing in {names:?}");
        }
        for (name, bytes) in &pages {
            let text = String::from_utf8_lossy(bytes);
            for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "SOURCE_DATE_EPOCH"] {
                assert!(text.contains(section), "{name}: {section}");
            }
        }
    }

    #[test]
    fn only_init_and_the_main_page_name_the_interrupt_code() {
        for (name, bytes) in pages().expect("pages") {
            let has = String::from_utf8_lossy(&bytes).contains("130");
            let expected = name == "dsgvo-gen.1" || name == "dsgvo-gen-init.1";
            assert_eq!(has, expected, "{name}");
        }
    }

    #[test]
    fn a_file_where_the_folder_belongs_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("man");
        std::fs::write(&file, "x").expect("write");
        let result = run(Args { dir: Some(file) });
        assert!(matches!(result, Err(Failure::User(m)) if m.contains("kein Ordner")));
    }
}
