//! Stale packs: a client whose profile fails keeps its last good pack untouched, and a
//! `VERALTET.txt` beside it says why and since which run. The next good build removes it.

use super::{ProfileResult, Shared, fresh};
use crate::output::{self, Artifact, Mode};
use serde::Serialize;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Name of the marker file in a stale client folder.
pub const MARKER: &str = "VERALTET.txt";

/// Line of the marker that carries the date since which the pack is stale.
const SINCE: &str = "Veraltet seit: ";

/// A kept pack that no longer matches its profile.
#[derive(Debug, Clone, Serialize)]
pub struct Stale {
    /// Run date (ISO) of the first failed run since the last good build.
    pub since: String,
    /// Stand date (ISO) of the kept pack.
    pub last_good_stand: String,
    /// Tool version that built the kept pack.
    pub last_good_tool_version: String,
}

fn folder_of(root: &Path, sub: Option<&str>) -> PathBuf {
    match sub {
        Some(sub) => root.join(sub),
        None => root.to_path_buf(),
    }
}

/// The `since` date of an existing marker.
fn since_of(dir: &Path) -> Option<String> {
    let mut file = output::open_regular(&dir.join(MARKER)).ok()?.ok()?;
    let mut text = String::new();
    Read::by_ref(&mut file)
        .take(64 * 1024)
        .read_to_string(&mut text)
        .ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix(SINCE))
        .map(|d| d.trim().to_owned())
        .filter(|d| crate::date::Date::parse(d).is_some())
}

/// The marker's text.
fn marker_text(result: &ProfileResult, stale: &Stale, today: &str) -> String {
    let mut text = format!(
        "VERALTET — die Unterlagen in diesem Ordner sind nicht aktuell.\n\n\
         Das Profil {} ließ sich im Lauf vom {today} nicht erzeugen ({} Fehler).\n\
         {SINCE}{}\n\
         Letzter erfolgreicher Stand: {} (dsgvo-gen {})\n\n\
         Die übrigen Dateien stammen aus diesem früheren Lauf. Geben Sie sie nicht weiter, bevor\n\
         das Profil korrigiert und neu erzeugt ist; dann verschwindet diese Datei.\n",
        result.file,
        result.errors,
        stale.since,
        stale.last_good_stand,
        stale.last_good_tool_version,
    );
    let errors: Vec<String> = result
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .take(10)
        .map(|d| {
            let at = d.line.map(|l| format!("Zeile {l}: ")).unwrap_or_default();
            let code = d.code.map(|c| format!("{c} ")).unwrap_or_default();
            // A file in the pack: German, as the documents.
            format!("- {at}{code}{}\n", crate::diagnostic::visible(&d.message))
        })
        .collect();
    if !errors.is_empty() {
        text.push_str("\nFehler:\n");
        text.extend(errors);
    }
    text
}

/// Marks the pack in the profile's folder as stale when there is one (a `manifest.json` from an
/// earlier run). In check mode nothing is written; the result is marked all the same.
pub(super) fn mark(shared: &Shared<'_>, sub: Option<&str>, result: &mut ProfileResult) {
    let dir = folder_of(shared.root, sub);
    let Some(manifest) = fresh::read_manifest(&dir) else {
        return;
    };
    let today = shared.today.to_string();
    let stale = Stale {
        since: since_of(&dir).unwrap_or_else(|| today.clone()),
        last_good_stand: manifest.stand,
        last_good_tool_version: manifest.tool_version,
    };
    if shared.mode == Mode::Write {
        let artifact = Artifact {
            path: PathBuf::from(MARKER),
            bytes: marker_text(result, &stale, &today).into_bytes(),
        };
        let written = shared.lock_root().and_then(|()| {
            output::apply(shared.root, sub, &[artifact], Mode::Write).map_err(|e| e.to_string())
        });
        if let Err(message) = written {
            result.fail(crate::tr!(
                "{MARKER} nicht geschrieben: {message}",
                "{MARKER} not written: {message}"
            ));
        }
    }
    result.stale = Some(stale);
}

/// Removes the marker after a good build. Only a file or a link is removed, nothing else.
pub fn clear(root: &Path, sub: Option<&str>) -> Result<(), String> {
    let path = folder_of(root, sub).join(MARKER);
    match fs::symlink_metadata(&path) {
        Ok(meta) if meta.is_file() || meta.file_type().is_symlink() => fs::remove_file(&path)
            .map_err(|e| format!("{}: {}", path.display(), output::io_message(&e))),
        _ => Ok(()),
    }
}
