//! Resolving the profile arguments: no argument means `./dsgvo.yaml`; a directory means every
//! `*.yaml`/`*.yml` file in it (sorted, not recursive).

use super::Failure;
use crate::profile::load::{self, Loaded};
use std::fs;
use std::path::{Path, PathBuf};

/// The profile files named by the arguments, and whether this is a batch (several profiles or
/// a directory).
pub fn resolve(args: &[PathBuf]) -> Result<(Vec<PathBuf>, bool), Failure> {
    if args.is_empty() {
        let default = PathBuf::from("dsgvo.yaml");
        if !default.exists() {
            return Err(Failure::User(
                "keine Profildatei angegeben und ./dsgvo.yaml existiert nicht\nHinweis: legen Sie ein Profil mit `dsgvo-gen init` an oder geben Sie den Pfad an, z. B. `dsgvo-gen build examples/minimal.yaml`".into(),
            ));
        }
        return Ok((vec![default], false));
    }
    let mut files = Vec::new();
    let mut batch = args.len() > 1;
    for arg in args {
        if arg.is_dir() {
            batch = true;
            let mut found: Vec<PathBuf> = fs::read_dir(arg)
                .map_err(|e| Failure::User(format!("{}: {e}", arg.display())))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(Failure::User(format!(
                    "{}: keine Profildateien (*.yaml) im Verzeichnis",
                    arg.display()
                )));
            }
            files.extend(found);
        } else if arg.exists() {
            files.push(arg.clone());
        } else {
            return Err(Failure::User(format!(
                "{}: Datei nicht gefunden",
                arg.display()
            )));
        }
    }
    Ok((files, batch))
}

/// Reads and loads one profile file.
pub fn load(path: &Path) -> Result<Loaded, Failure> {
    let bytes = fs::read(path).map_err(|e| Failure::User(format!("{}: {e}", path.display())))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Failure::User(format!(
            "{}: die Datei ist nicht UTF-8-kodiert\nHinweis: speichern Sie das Profil als UTF-8",
            path.display()
        ))
    })?;
    Ok(load::load_str(&path.display().to_string(), &text))
}
