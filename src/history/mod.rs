//! Memory of a client's pack: `verlauf.json` in the client's output folder. Each build whose
//! inputs changed (profile, template set, tool version, facts date) appends an entry with the
//! Stand date, the hashes, the files that changed and the *meaning* of the change, computed by
//! a semantic diff ([`diff`]) against the profile of the previous entry, which the history
//! keeps in normalised form. A rebuild with unchanged inputs appends nothing, so the file keeps
//! its bytes. A change of the Stand date alone is not an entry.
//!
//! The history is an input to rendering: it is read before the documents are generated and
//! its last entries become the version overview ("Änderungsverlauf") of the internal
//! documents 01, 02, 03 and 05. [`generate`] is the only function here that touches the disk
//! (reading `verlauf.json` and `manifest.json`); everything else is pure.

pub mod diff;

use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::output::Artifact;
use crate::profile::model::RawProfile;
use crate::profile::validate::Profile;
use crate::{Error, Options};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// File name of the history in the output folder.
pub const FILE_NAME: &str = "verlauf.json";

/// Identifies the file's shape.
pub const FORMAT: &str = "dsgvo-gen-verlauf";

/// Version of the file's shape; a reader refuses newer versions.
pub const FORMAT_VERSION: u32 = 1;

/// How many entries the documents' version overview shows (the newest ones).
pub const OVERVIEW_ROWS: usize = 3;

/// How many changes one row of the overview names before "und N weitere".
const ROW_CHANGES: usize = 3;

/// Largest history file read (a history of a few hundred builds has some hundred KiB).
const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The history of one client's pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`] of the writer.
    pub format_version: u32,
    /// Builds with changed inputs, oldest first.
    pub entries: Vec<Entry>,
    /// The profile of the last entry, normalised (without the Stand date), for the next diff.
    pub profile: serde_json::Value,
}

/// One build with changed inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Running number, from 1.
    pub number: u32,
    /// `document.version` of the profile.
    pub version: String,
    /// Stand date (YYYY-MM-DD).
    pub stand: String,
    /// SHA-256 of the profile file.
    pub profile_sha256: String,
    /// Identifier of the template set.
    pub template_set: String,
    /// Version of dsgvo-gen.
    pub tool_version: String,
    /// Oldest check date of the legal facts (YYYY-MM-DD).
    pub facts_date: String,
    /// What the change means, in German; `["Erstfassung"]` for the first entry.
    pub changes: Vec<String>,
    /// Files whose content changed with this build (compared with `manifest.json`).
    pub changed_files: Vec<String>,
}

/// One row of the version overview in the documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// Document version.
    pub version: String,
    /// Stand date, German.
    pub stand: String,
    /// The change, in one line.
    pub change: String,
}

/// The text of the first entry.
pub const FIRST: &str = "Erstfassung";

/// The overview of a pack without history: one row "Erstfassung".
pub fn first_rows(profile: &Profile, stand: Date) -> Vec<Row> {
    vec![Row {
        version: profile.raw.document.version.clone(),
        stand: stand.german(),
        change: FIRST.to_owned(),
    }]
}

/// The newest [`OVERVIEW_ROWS`] entries as rows, oldest first.
pub fn rows(history: &History) -> Vec<Row> {
    let skip = history.entries.len().saturating_sub(OVERVIEW_ROWS);
    history.entries[skip..]
        .iter()
        .map(|e| Row {
            version: e.version.clone(),
            stand: Date::parse(&e.stand).map_or_else(|| e.stand.clone(), |d| d.german()),
            change: one_line(&e.changes),
        })
        .collect()
}

fn one_line(changes: &[String]) -> String {
    let mut shown: Vec<&str> = changes
        .iter()
        .take(ROW_CHANGES)
        .map(String::as_str)
        .collect();
    let more = changes.len().saturating_sub(ROW_CHANGES);
    let tail = match more {
        0 => String::new(),
        1 => "; eine weitere Änderung (siehe verlauf.json)".to_owned(),
        n => format!("; {n} weitere Änderungen (siehe verlauf.json)"),
    };
    if shown.is_empty() {
        shown.push("Neufassung ohne inhaltliche Änderung");
    }
    format!("{}{tail}", shown.join("; "))
}

/// The profile as the history keeps it: serialised, without the Stand date.
pub fn normalise(raw: &RawProfile) -> serde_json::Value {
    let mut value = serde_json::to_value(raw).unwrap_or_default();
    if let Some(doc) = value
        .get_mut("document")
        .and_then(serde_json::Value::as_object_mut)
    {
        doc.remove("date");
    }
    value
}

/// Parses a history file. Errors name the place and what to do, in German.
pub fn parse(text: &str) -> Result<History, String> {
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        format_version: Option<u32>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| {
        crate::tr!(
            "ist kein gültiges JSON (Zeile {}, Spalte {}: {e})",
            "is not valid JSON (line {}, column {}: {e})",
            e.line(),
            e.column()
        )
    })?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(crate::tr!(
            "ist kein Änderungsverlauf von dsgvo-gen (`format` ist nicht „{FORMAT}“)",
            "is not a dsgvo-gen change history (`format` is not “{FORMAT}”)"
        ));
    }
    match head.format_version {
        Some(v) if v > FORMAT_VERSION => {
            return Err(crate::tr!(
                "wurde von einer neueren Version von dsgvo-gen geschrieben (Format {v}); aktualisieren Sie dsgvo-gen",
                "was written by a newer version of dsgvo-gen (format {v}); update dsgvo-gen"
            ));
        }
        _ => {}
    }
    serde_json::from_str(text).map_err(|e| {
        crate::tr!(
            "ist beschädigt (Zeile {}, Spalte {}: {e})",
            "is damaged (line {}, column {}: {e})",
            e.line(),
            e.column()
        )
    })
}

/// Reads `verlauf.json` from `dir`; `None` when there is none.
pub fn read(dir: &Path) -> Result<Option<History>, String> {
    // A folder that is missing or is no real folder has no history; writing the pack reports
    // what is wrong with it.
    if !std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
        return Ok(None);
    }
    let path = dir.join(FILE_NAME);
    let shown = path.display();
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(crate::tr!(
                "{shown}: nicht lesbar ({})",
                "{shown}: not readable ({})",
                crate::output::io_message(&e)
            ));
        }
    };
    if !meta.is_file() {
        return Err(crate::tr!(
            "{shown}: ist keine Datei",
            "{shown}: is not a file"
        ));
    }
    if meta.len() > MAX_BYTES {
        return Err(crate::tr!(
            "{shown}: ist größer als 16 MiB",
            "{shown}: is larger than 16 MiB"
        ));
    }
    let text = std::fs::read_to_string(&path).map_err(|e| {
        crate::tr!(
            "{shown}: nicht lesbar ({})",
            "{shown}: not readable ({})",
            crate::output::io_message(&e)
        )
    })?;
    parse(&text).map(Some).map_err(|reason| {
        crate::tr!(
            "{shown} {reason}; reparieren Sie die Datei oder benennen Sie sie um, dann beginnt ein neuer Verlauf",
            "{shown} {reason}; repair the file or rename it, then a new history begins"
        )
    })
}

/// The inputs of a build that make an entry.
pub struct Inputs<'a> {
    /// The profile.
    pub profile: &'a Profile,
    /// Stand date of the build.
    pub stand: Date,
    /// Template set identifier.
    pub template_set: &'a str,
    /// Tool version.
    pub tool_version: &'a str,
    /// Facts date.
    pub facts_date: Date,
}

/// The history after a build with `inputs`: `previous` unchanged when nothing but the Stand
/// date differs from its last entry, else with a new entry (its `changed_files` still empty;
/// see [`record_changed_files`]). The flag says whether an entry was appended.
pub fn advance(previous: Option<History>, inputs: &Inputs<'_>) -> (History, bool) {
    let profile = normalise(&inputs.profile.raw);
    let facts = inputs.facts_date.to_string();
    let mut history = previous.unwrap_or_else(|| History {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        entries: Vec::new(),
        profile: serde_json::Value::Null,
    });
    let changes = match history.entries.last() {
        None => vec![FIRST.to_owned()],
        Some(last) => {
            let same = history.profile == profile
                && last.template_set == inputs.template_set
                && last.tool_version == inputs.tool_version
                && last.facts_date == facts;
            if same {
                return (history, false);
            }
            let mut changes = match serde_json::from_value::<RawProfile>(history.profile.clone()) {
                Ok(old) => diff::changes(&old, &inputs.profile.raw),
                Err(_) if history.profile != profile => {
                    vec!["Profil geändert (die Vorfassung ist nicht vergleichbar)".to_owned()]
                }
                Err(_) => Vec::new(),
            };
            if last.facts_date != facts {
                changes.push(format!(
                    "rechtliche Fakten aktualisiert (geprüft am {})",
                    inputs.facts_date.german()
                ));
            }
            if last.tool_version != inputs.tool_version {
                changes.push(format!("erzeugt mit dsgvo-gen {}", inputs.tool_version));
            } else if last.template_set != inputs.template_set {
                // A bilingual build has its own template set (`de-…+en-…`, see `render`).
                let bilingual = |set: &str| set.contains('+');
                changes.push(
                    match (
                        bilingual(&last.template_set),
                        bilingual(inputs.template_set),
                    ) {
                        (false, true) => "englische Fassungen hinzugefügt",
                        (true, false) => "englische Fassungen entfernt",
                        _ => "Vorlagen geändert",
                    }
                    .to_owned(),
                );
            }
            changes
        }
    };
    let number = history.entries.last().map_or(1, |e| e.number + 1);
    history.entries.push(Entry {
        number,
        version: inputs.profile.raw.document.version.clone(),
        stand: inputs.stand.to_string(),
        profile_sha256: inputs.profile.source_hash.clone(),
        template_set: inputs.template_set.to_owned(),
        tool_version: inputs.tool_version.to_owned(),
        facts_date: facts,
        changes,
        changed_files: Vec::new(),
    });
    history.profile = profile;
    history.format_version = FORMAT_VERSION;
    (history, true)
}

/// Fills the last entry's `changed_files`: the artifacts whose SHA-256 differs from the one
/// recorded in `manifest` (the previous `manifest.json`, if any). The manifest itself and the
/// history are not listed.
pub fn record_changed_files(history: &mut History, artifacts: &[Artifact], manifest: Option<&str>) {
    #[derive(Deserialize)]
    struct Manifest {
        files: Vec<FileEntry>,
    }
    #[derive(Deserialize)]
    struct FileEntry {
        path: String,
        sha256: String,
    }
    let old: Vec<FileEntry> = manifest
        .and_then(|m| serde_json::from_str::<Manifest>(m).ok())
        .map(|m| m.files)
        .unwrap_or_default();
    let Some(entry) = history.entries.last_mut() else {
        return;
    };
    entry.changed_files = artifacts
        .iter()
        .map(|a| a.path.to_string_lossy().into_owned())
        .filter(|p| p != crate::MANIFEST && p != FILE_NAME)
        .filter(|p| {
            let sha = artifacts
                .iter()
                .find(|a| a.path.to_string_lossy() == p.as_str())
                .map(|a| crate::profile::load::hash_bytes(&a.bytes));
            !old.iter()
                .any(|f| &f.path == p && Some(&f.sha256) == sha.as_ref())
        })
        .collect();
}

/// The history file's bytes.
pub fn to_bytes(history: &History) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(history).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Generates a client's pack with its history: reads `verlauf.json` (and `manifest.json`) from
/// `dir`, the client's output folder, advances the history, renders the documents with its
/// version overview and adds the new `verlauf.json` to the files. Writes nothing.
pub fn generate(
    profile: &Profile,
    findings: &[Diagnostic],
    options: &Options<'_>,
    dir: &Path,
) -> Result<Vec<Artifact>, Error> {
    let previous = read(dir).map_err(Error::History)?;
    let inputs = Inputs {
        profile,
        stand: profile.stand.unwrap_or(options.run.stand),
        template_set: &options.run.template_set,
        tool_version: options.run.tool_version,
        facts_date: crate::legal::facts_date(),
    };
    let (mut history, appended) = advance(previous, &inputs);
    let mut artifacts = crate::generate_with(profile, findings, options, &rows(&history))?;
    if appended {
        let manifest = std::fs::read_to_string(dir.join(crate::MANIFEST)).ok();
        record_changed_files(&mut history, &artifacts, manifest.as_deref());
    }
    artifacts.push(Artifact {
        path: PathBuf::from(FILE_NAME),
        bytes: to_bytes(&history),
    });
    Ok(artifacts)
}
