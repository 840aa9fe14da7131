//! Incremental builds and drift causes: what a pack's `manifest.json` says about the inputs it
//! was built from, compared with the inputs of this run.
//!
//! A pack is current when the manifest records the same tool version, template set, facts date,
//! formats, profile hash and Stand date, and every file it lists is still there with the size and
//! SHA-256 it records. Then nothing is rendered or typeset.

use crate::output;
use crate::tr;
use crate::ui::t;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::Path;

/// Largest `manifest.json` read (a real one has a few kilobytes).
const MAX_MANIFEST_BYTES: u64 = 256 * 1024;

/// The inputs of a pack as this run would build it.
#[derive(Debug)]
pub struct Inputs<'a> {
    pub tool_version: &'a str,
    pub template_set: &'a str,
    pub facts_checked_on: &'a str,
    pub formats: Vec<&'static str>,
    pub profile_sha256: &'a str,
    pub stand: String,
    /// SHA-256 of the brand file and logo (`--brand`), if any.
    pub brand_sha256: Option<&'a str>,
    /// Document language codes, German first (`["de"]` by default).
    pub languages: Vec<&'static str>,
}

/// The parts of a `manifest.json` this module reads. Fields added in later versions are
/// optional, so packs of older versions are read (and found outdated).
#[derive(Debug, Clone, Deserialize)]
pub struct Manifest {
    pub tool_version: String,
    #[serde(default)]
    pub tool_commit: Option<String>,
    pub template_set: String,
    #[serde(default)]
    pub facts_checked_on: Option<String>,
    #[serde(default)]
    pub formats: Option<Vec<String>>,
    pub profile_sha256: String,
    pub stand: String,
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub brand_sha256: Option<String>,
    /// Written only when more than German was built.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    pub files: Vec<ManifestFile>,
}

/// One file listed in a manifest.
#[derive(Debug, Clone, Deserialize)]
pub struct ManifestFile {
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
}

/// Reads `dir/manifest.json`: a regular file (never through a link), parsed; `None` when there
/// is none or it is unreadable (then the pack is simply rebuilt).
pub fn read_manifest(dir: &Path) -> Option<Manifest> {
    let path = dir.join(crate::MANIFEST);
    let mut file = output::open_regular(&path).ok()?.ok()?;
    let mut bytes = Vec::new();
    Read::by_ref(&mut file)
        .take(MAX_MANIFEST_BYTES)
        .read_to_end(&mut bytes)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Whether the pack was made by another build of the same version (another commit): its output
/// may differ although the version number does not. An unknown commit on either side counts as
/// the same, so an installed release without git information is not rebuilt every time.
fn other_commit(m: &Manifest) -> Option<(&str, &'static str)> {
    let known = |c: &str| !c.is_empty() && c != "unbekannt";
    match m.tool_commit.as_deref() {
        Some(old) if known(old) && known(crate::COMMIT) && old != crate::COMMIT => {
            Some((old, crate::COMMIT))
        }
        _ => None,
    }
}

/// Does the manifest record exactly these inputs?
fn same_inputs(m: &Manifest, expected: &Inputs<'_>) -> bool {
    other_commit(m).is_none()
        && m.tool_version == expected.tool_version
        && m.template_set == expected.template_set
        && m.facts_checked_on.as_deref() == Some(expected.facts_checked_on)
        && m.formats.as_ref().is_some_and(|f| {
            f.len() == expected.formats.len()
                && f.iter().zip(&expected.formats).all(|(a, b)| a == b)
        })
        && m.profile_sha256 == expected.profile_sha256
        && m.stand == expected.stand
        && m.brand_sha256.as_deref() == expected.brand_sha256
        && same_languages(m, expected)
}

/// Does the manifest record the languages of this run? A manifest without the field was built
/// in German only.
fn same_languages(m: &Manifest, expected: &Inputs<'_>) -> bool {
    match &m.languages {
        Some(langs) => langs
            .iter()
            .map(String::as_str)
            .eq(expected.languages.iter().copied()),
        None => expected.languages == ["de"],
    }
}

/// A plain file name inside the pack folder (no separators, no `..`).
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\'])
        && Path::new(name).is_relative()
}

/// When the pack in `dir` was built from `expected` and is intact: its files (the manifest
/// last), else `None`.
pub fn unchanged_pack(dir: &Path, m: &Manifest, expected: &Inputs<'_>) -> Option<Vec<String>> {
    if !same_inputs(m, expected) {
        return None;
    }
    let mut files = Vec::with_capacity(m.files.len() + 1);
    for entry in &m.files {
        if !safe_name(&entry.path) {
            return None;
        }
        let mut file = output::open_regular(&dir.join(&entry.path)).ok()?.ok()?;
        if file.metadata().ok()?.len() != entry.bytes {
            return None;
        }
        let mut bytes = Vec::with_capacity(usize::try_from(entry.bytes).unwrap_or(0));
        Read::by_ref(&mut file)
            .take(entry.bytes + 1)
            .read_to_end(&mut bytes)
            .ok()?;
        if crate::profile::load::hash_bytes(&bytes) != entry.sha256 {
            return None;
        }
        files.push(entry.path.clone());
    }
    files.push(crate::MANIFEST.to_owned());
    // The history is written with the pack but not listed in its manifest.
    if dir.join(crate::history::FILE_NAME).is_file() {
        files.push(crate::history::FILE_NAME.to_owned());
    }
    Some(files)
}

/// Why a pack is not current, as a stable id and a German label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cause {
    /// Stable English id: `not_built`, `profile_changed`, `template_set_changed`,
    /// `tool_version_changed`, `tool_commit_changed`, `facts_changed`, `formats_changed`,
    /// `brand_changed`, `languages_changed`,
    /// `stand_changed`, `stand_only`, `files_changed`.
    pub id: &'static str,
    /// German description.
    pub label: String,
}

fn cause(id: &'static str, label: impl Into<String>) -> Cause {
    Cause {
        id,
        label: label.into(),
    }
}

/// German form of an ISO date (`2026-11-20` → `20.11.2026`); other text unchanged.
fn german(date: &str) -> String {
    match date.split('-').collect::<Vec<_>>()[..] {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}.{m}.{y}"),
        _ => date.to_owned(),
    }
}

/// The causes of drift between the pack's manifest (if any) and this run's inputs. A Stand
/// date that differs alone is `stand_only`; with other causes it is `stand_changed`.
pub fn causes(previous: Option<&Manifest>, expected: &Inputs<'_>) -> Vec<Cause> {
    let Some(m) = previous else {
        return vec![cause(
            "not_built",
            t(
                "noch nicht erzeugt (kein manifest.json im Ordner)",
                "not generated yet (no manifest.json in the folder)",
            ),
        )];
    };
    let mut out = Vec::new();
    if m.profile_sha256 != expected.profile_sha256 {
        out.push(cause(
            "profile_changed",
            t("Profil geändert", "profile changed"),
        ));
    }
    if m.template_set != expected.template_set {
        out.push(cause(
            "template_set_changed",
            tr!(
                "Vorlagensatz geändert ({} → {})",
                "template set changed ({} → {})",
                m.template_set,
                expected.template_set
            ),
        ));
    }
    if m.tool_version != expected.tool_version {
        out.push(cause(
            "tool_version_changed",
            tr!(
                "Programmversion geändert ({} → {})",
                "program version changed ({} → {})",
                m.tool_version,
                expected.tool_version
            ),
        ));
    }
    if m.tool_version == expected.tool_version
        && let Some((old, new)) = other_commit(m)
    {
        let short = |c: &str| c.chars().take(12).collect::<String>();
        out.push(cause(
            "tool_commit_changed",
            tr!(
                "anderer Programmstand derselben Version (Commit {} → {})",
                "another build of the same version (commit {} → {})",
                short(old),
                short(new)
            ),
        ));
    }
    if m.facts_checked_on.as_deref() != Some(expected.facts_checked_on) {
        out.push(cause(
            "facts_changed",
            tr!(
                "Rechtsstand der Fakten geändert ({} → {})",
                "legal facts changed ({} → {})",
                m.facts_checked_on.as_deref().map_or("–".into(), german),
                german(expected.facts_checked_on)
            ),
        ));
    }
    if m.formats.as_ref().is_some_and(|f| {
        f.iter()
            .map(String::as_str)
            .ne(expected.formats.iter().copied())
    }) {
        out.push(cause(
            "formats_changed",
            t("Ausgabeformate geändert", "output formats changed"),
        ));
    }
    if m.brand_sha256.as_deref() != expected.brand_sha256 {
        out.push(cause(
            "brand_changed",
            t(
                "Briefkopf (--brand) geändert",
                "letterhead (--brand) changed",
            ),
        ));
    }
    if !same_languages(m, expected) {
        out.push(cause(
            "languages_changed",
            format!(
                "Sprachen geändert ({} → {})",
                m.languages
                    .as_ref()
                    .map_or("de".to_owned(), |l| l.join(",")),
                expected.languages.join(",")
            ),
        ));
    }
    if m.stand != expected.stand {
        let dates = format!("{} → {}", german(&m.stand), german(&expected.stand));
        if out.is_empty() {
            out.push(cause(
                "stand_only",
                tr!(
                    "nur das Stand-Datum unterscheidet sich ({dates}); setzen Sie document.date im Profil oder SOURCE_DATE_EPOCH auf die letzte Änderung des Profils",
                    "only the Stand date differs ({dates}); set document.date in the profile or SOURCE_DATE_EPOCH to the profile's last change"
                ),
            ));
        } else {
            out.push(cause(
                "stand_changed",
                tr!("Stand-Datum ({dates})", "Stand date ({dates})"),
            ));
        }
    }
    if out.is_empty() {
        out.push(cause(
            "files_changed",
            t(
                "Dateien im Ordner wurden von Hand geändert oder gelöscht",
                "files in the folder were changed or deleted by hand",
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        Manifest {
            tool_version: "0.1.0".into(),
            template_set: "abc".into(),
            facts_checked_on: Some("2026-11-28".into()),
            formats: Some(vec!["md".into()]),
            profile_sha256: "p1".into(),
            stand: "2026-11-20".into(),
            company: None,
            tool_commit: None,
            brand_sha256: None,
            languages: None,
            files: Vec::new(),
        }
    }

    fn inputs() -> Inputs<'static> {
        Inputs {
            tool_version: "0.1.0",
            template_set: "abc",
            facts_checked_on: "2026-11-28",
            formats: vec!["md"],
            profile_sha256: "p1",
            stand: "2026-11-20".into(),
            brand_sha256: None,
            languages: vec!["de"],
        }
    }

    #[test]
    fn another_commit_of_the_same_version_rebuilds_an_unknown_one_does_not() {
        let mut m = manifest();
        m.tool_commit = Some("0000000000000000000000000000000000000000".into());
        let now = inputs();
        if crate::COMMIT != "unbekannt" {
            assert!(!same_inputs(&m, &now));
            assert!(
                causes(Some(&m), &now)
                    .iter()
                    .any(|c| c.id == "tool_commit_changed")
            );
        }
        m.tool_commit = Some("unbekannt".into());
        assert!(same_inputs(&m, &now));
        m.tool_commit = Some(crate::COMMIT.into());
        assert!(same_inputs(&m, &now));
    }

    #[test]
    fn a_stand_date_alone_is_named_as_such() {
        let mut now = inputs();
        now.stand = "2026-11-21".into();
        let c = causes(Some(&manifest()), &now);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].id, "stand_only");
        assert!(
            c[0].label.contains("20.11.2026 → 21.11.2026"),
            "{}",
            c[0].label
        );
    }

    #[test]
    fn every_changed_input_is_named() {
        let mut now = inputs();
        now.profile_sha256 = "p2";
        now.template_set = "def";
        now.stand = "2026-11-21".into();
        let ids: Vec<&str> = causes(Some(&manifest()), &now)
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(
            ids,
            ["profile_changed", "template_set_changed", "stand_changed"]
        );
        assert_eq!(causes(None, &now)[0].id, "not_built");
        assert_eq!(causes(Some(&manifest()), &inputs())[0].id, "files_changed");
    }

    #[test]
    fn same_inputs_need_every_field() {
        assert!(same_inputs(&manifest(), &inputs()));
        let mut old = manifest();
        old.facts_checked_on = None;
        assert!(!same_inputs(&old, &inputs()));
        let mut now = inputs();
        now.formats = vec!["md", "pdf"];
        assert!(!same_inputs(&manifest(), &now));
    }

    #[test]
    fn manifest_paths_stay_in_the_folder() {
        assert!(safe_name("01-verarbeitungsverzeichnis.pdf"));
        for bad in ["", "..", "../x", "/etc/passwd", "a/b"] {
            assert!(!safe_name(bad), "{bad}");
        }
    }

    #[test]
    fn a_change_of_languages_rebuilds() {
        let m = manifest();
        let mut now = inputs();
        assert!(same_inputs(&m, &now));
        now.languages = vec!["de", "en"];
        assert!(!same_inputs(&m, &now));
        let ids: Vec<&str> = causes(Some(&m), &now).iter().map(|c| c.id).collect();
        assert_eq!(ids, ["languages_changed"]);
        let mut en = manifest();
        en.languages = Some(vec!["de".into(), "en".into()]);
        assert!(same_inputs(&en, &now));
    }
}
