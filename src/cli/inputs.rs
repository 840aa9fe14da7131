//! Resolving and reading the profile arguments: no argument means `./dsgvo.yaml`; a directory
//! means every `*.yaml`/`*.yml` entry in it and every client folder in it that holds a
//! `dsgvo.yaml` (or `dsgvo.yml`), sorted, one level deep (hidden folders such as `.git` are
//! not looked into). Both layouts may be mixed; a profile
//! file and a client folder that would give the same output folder are refused by `build`.
//!
//! Only regular files are read, never more than [`MAX_PROFILE_BYTES`]: a FIFO, a device or a
//! link to one must not block the run or fill the memory. An entry of a directory that looks
//! like a profile but is no regular file (FIFO, device, dangling link, folder) is not skipped
//! silently: it becomes a failed profile with its reason, like an unreadable file.

use super::Failure;
use crate::diagnostic::Diagnostic;
use crate::output::{io_message, kind_of};
use crate::profile::load::{self, Loaded};
use crate::tr;
use crate::ui::t;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest profile file read, in bytes (1 MiB). Real profiles have a few kilobytes; the cap
/// bounds memory and time for whatever else is handed in.
pub const MAX_PROFILE_BYTES: u64 = 1024 * 1024;

/// File stem of the profile in a client folder (`kunden/<client>/dsgvo.yaml`); its output
/// folder is named after the client folder.
pub const CLIENT_PROFILE_STEM: &str = "dsgvo";

fn is_profile_name(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml" || e == "yml")
}

/// The profile of a client folder, if it has one.
fn client_profile(dir: &Path) -> Option<PathBuf> {
    ["yaml", "yml"]
        .iter()
        .map(|ext| dir.join(format!("{CLIENT_PROFILE_STEM}.{ext}")))
        .find(|p| fs::symlink_metadata(p).is_ok())
}

/// The profile files named by the arguments, and whether this is a batch (several profiles or
/// a directory).
pub fn resolve(args: &[PathBuf]) -> Result<(Vec<PathBuf>, bool), Failure> {
    if args.is_empty() {
        let default = PathBuf::from("dsgvo.yaml");
        if fs::symlink_metadata(&default).is_err() {
            return Err(Failure::User(
                t(
                    "keine Profildatei angegeben und ./dsgvo.yaml existiert nicht\nHinweis: legen Sie ein Profil mit `dsgvo-gen init` an oder geben Sie den Pfad an, z. B. `dsgvo-gen build examples/minimal.yaml`",
                    "no profile file given and ./dsgvo.yaml does not exist\nhelp: create a profile with `dsgvo-gen init` or give its path, e.g. `dsgvo-gen build examples/minimal.yaml`",
                )
                .into(),
            ));
        }
        return Ok((vec![default], false));
    }
    let mut files = Vec::new();
    let mut batch = args.len() > 1;
    for arg in args {
        if arg.is_dir() {
            batch = true;
            let entries = fs::read_dir(arg)
                .map_err(|e| Failure::User(format!("{}: {}", arg.display(), io_message(&e))))?;
            let mut paths: Vec<PathBuf> =
                entries.filter_map(Result::ok).map(|e| e.path()).collect();
            paths.sort();
            let mut found = Vec::new();
            let mut without_profile = Vec::new();
            for path in paths {
                if is_profile_name(&path) {
                    found.push(path);
                } else if path.is_dir()
                    && !path
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                {
                    match client_profile(&path) {
                        Some(profile) => found.push(profile),
                        None => without_profile.push(
                            path.file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                        ),
                    }
                }
            }
            if found.is_empty() {
                return Err(Failure::User(tr!(
                    "{}: keine Profile im Verzeichnis — weder Profildateien (*.yaml) noch Kundenordner mit {CLIENT_PROFILE_STEM}.yaml\nHinweis: legen Sie je Kunde eine Datei kunde.yaml oder einen Ordner kunde/{CLIENT_PROFILE_STEM}.yaml an",
                    "{}: no profiles in the directory — neither profile files (*.yaml) nor client folders with {CLIENT_PROFILE_STEM}.yaml\nhelp: create a file client.yaml or a folder client/{CLIENT_PROFILE_STEM}.yaml per client",
                    arg.display()
                )));
            }
            if !without_profile.is_empty() {
                super::eout(&tr!(
                    "Hinweis: {}: Unterordner ohne {CLIENT_PROFILE_STEM}.yaml übersprungen: {}",
                    "note: {}: subfolders without {CLIENT_PROFILE_STEM}.yaml skipped: {}",
                    arg.display(),
                    without_profile.join(", ")
                ));
            }
            files.extend(found);
        } else if fs::symlink_metadata(arg).is_ok() {
            files.push(arg.clone());
        } else {
            return Err(Failure::User(tr!(
                "{}: Datei nicht gefunden",
                "{}: file not found",
                arg.display()
            )));
        }
    }
    Ok((files, batch))
}

/// Reads at most `cap` bytes of the regular file at `path` (links are followed); anything else
/// is refused without being opened for long.
fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, String> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO opened without O_NONBLOCK waits for a writer.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let mut file =
        options
            .open(path)
            .map_err(|e| match (fs::symlink_metadata(path), fs::metadata(path)) {
                (Ok(link), Err(_)) if link.file_type().is_symlink() => t(
                    "ist ein Verweis auf eine Datei, die es nicht gibt",
                    "is a link to a file that does not exist",
                )
                .to_owned(),
                _ => io_message(&e),
            })?;
    let meta = file.metadata().map_err(|e| io_message(&e))?;
    if !meta.is_file() {
        return Err(tr!(
            "{}; Profile werden nur aus gewöhnlichen Dateien gelesen",
            "{}; profiles are read from regular files only",
            kind_of(meta.file_type())
        ));
    }
    if meta.len() > cap {
        return Err(too_large(cap));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    Read::by_ref(&mut file)
        .take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > cap {
        return Err(too_large(cap));
    }
    Ok(bytes)
}

fn too_large(cap: u64) -> String {
    tr!(
        "die Datei ist größer als {} MiB; ein Profil hat wenige Kilobyte — ist es die richtige Datei?",
        "the file is larger than {} MiB; a profile has a few kilobytes — is it the right file?",
        cap / (1024 * 1024)
    )
}

/// Reads and loads one profile file. A file that cannot be read becomes a [`Loaded`] with one
/// error, so folders are reported completely and batch summaries name the reason.
pub fn load(path: &Path) -> Loaded {
    let name = path.display().to_string();
    match read_capped(path, MAX_PROFILE_BYTES) {
        Ok(bytes) => load::load_bytes_at(&name, &bytes, super::default_stand().ok()),
        Err(reason) => Loaded::failed(
            &name,
            Diagnostic::error(tr!(
                "Profil nicht lesbar: {reason}",
                "profile not readable: {reason}"
            )),
        ),
    }
}
