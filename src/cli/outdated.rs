//! `dsgvo-gen outdated DIR`: lists the packs (by their `manifest.json`) built with another tool
//! version, template set or facts date than this one. Exit 0 when all are current, 1 when some
//! are outdated or marked stale (like `build --check` with drift), 2 for usage errors.

use super::build::fresh::{self, Manifest};
use super::build::stale::MARKER;
use super::{Failure, out, shown};
use crate::tr;
use crate::ui::t;
use std::path::{Path, PathBuf};

/// Arguments of `outdated`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Ausgabeverzeichnis von build: eine Mappe oder ein Ordner mit einer Mappe je Kunde
    #[arg(value_name = "VERZEICHNIS", default_value = "dokumente")]
    dir: PathBuf,
    /// Verzeichnis mit eigenen Vorlagen, wie bei build (sonst: eingebauter Vorlagensatz)
    #[arg(long, value_name = "VERZEICHNIS")]
    templates: Option<PathBuf>,
}

/// One pack found below the folder.
struct Pack {
    name: String,
    manifest: Manifest,
    stale: bool,
}

fn pack(dir: &Path, name: String) -> Option<Pack> {
    let manifest = fresh::read_manifest(dir)?;
    let stale = std::fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file());
    Some(Pack {
        name,
        manifest,
        stale,
    })
}

/// The packs: the folder itself, or its sub-folders (sorted), one level deep.
fn packs(dir: &Path) -> Result<Vec<Pack>, Failure> {
    if let Some(p) = pack(dir, shown(dir)) {
        return Ok(vec![p]);
    }
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::User(format!("{}: {}", shown(dir), crate::output::io_message(&e))))?;
    let mut subs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()))
        .collect();
    subs.sort();
    Ok(subs
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            pack(p, name)
        })
        .collect())
}

/// Runs `outdated`.
pub fn run(args: Args) -> Result<(), Failure> {
    let templates = super::build::load_templates(args.templates.as_deref())?;
    let packs = packs(&args.dir)?;
    if packs.is_empty() {
        return Err(Failure::User(tr!(
            "{}: keine Mappen gefunden (kein manifest.json im Ordner oder in seinen Unterordnern)\nHinweis: geben Sie den Ausgabeordner von `dsgvo-gen build` an, z. B. `dsgvo-gen outdated mappen`",
            "{}: no packs found (no manifest.json in the folder or its subfolders)\nhelp: give the output folder of `dsgvo-gen build`, e.g. `dsgvo-gen outdated packs`",
            shown(&args.dir)
        )));
    }
    let width = packs
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(t("Mappe", "Pack").len());
    let mut outdated = 0;
    out(&format!(
        "{:<width$}  {:<8}  {}",
        t("Mappe", "Pack"),
        "Status",
        t("Grund", "Reason")
    ));
    for p in &packs {
        let m = &p.manifest;
        // Only tool, template set and facts are compared; the rest is taken from the pack.
        let languages = crate::lang::Languages::with(
            m.languages
                .iter()
                .flatten()
                .filter_map(|c| crate::lang::Lang::from_code(c)),
        );
        let template_set = templates.set_id_for(&languages);
        let current = fresh::Inputs {
            tool_version: crate::VERSION,
            template_set: &template_set,
            facts_checked_on: crate::legal::latest_check(),
            formats: Vec::new(),
            profile_sha256: &m.profile_sha256,
            stand: m.stand.clone(),
            brand_sha256: m.brand_sha256.as_deref(),
            languages: languages.codes(),
        };
        let mut reasons: Vec<String> = fresh::causes(Some(m), &current)
            .into_iter()
            .filter(|c| {
                matches!(
                    c.id,
                    "template_set_changed"
                        | "tool_version_changed"
                        | "tool_commit_changed"
                        | "facts_changed"
                )
            })
            .map(|c| c.label)
            .collect();
        if p.stale {
            reasons.push(tr!(
                "Profil fehlerhaft, alte Mappe mit {MARKER} markiert",
                "profile faulty, old pack marked with {MARKER}"
            ));
        }
        let status = if reasons.is_empty() {
            t("aktuell", "current")
        } else {
            outdated += 1;
            t("veraltet", "outdated")
        };
        let company = m
            .company
            .as_deref()
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        let reason = if reasons.is_empty() {
            tr!("Stand {}{company}", "as of {}{company}", m.stand)
        } else {
            format!("{}{company}", reasons.join("; "))
        };
        out(&format!("{:<width$}  {status:<8}  {reason}", p.name));
    }
    if outdated == 0 {
        out(&tr!(
            "\nalle {} Mappe(n) aktuell",
            "\nall {} pack(s) current",
            packs.len()
        ));
        return Ok(());
    }
    out(&tr!(
        "\n{outdated} von {} Mappe(n) veraltet; `dsgvo-gen build` erzeugt sie neu",
        "\n{outdated} of {} pack(s) outdated; `dsgvo-gen build` generates them again",
        packs.len()
    ));
    Err(Failure::User(String::new()))
}
