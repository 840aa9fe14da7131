//! `--zip`: one archive per client pack for sending, written beside the pack folder
//! (`mappen/kunde.zip` next to `mappen/kunde/`; for a single build `dokumente.zip` next to
//! `dokumente/`).
//!
//! The archive holds the pack's files under one folder named like the pack, in name order,
//! each dated with the Stand date: two runs give the same bytes, so an unchanged pack leaves
//! its archive untouched. The history (`verlauf.json`) stays out; it is the sender's record.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::cli::shown;
use crate::date::Date;
use crate::output;

/// Where the archive of the pack in `dir` goes: beside it, named like it.
pub fn path_for(dir: &Path) -> Option<PathBuf> {
    let name = dir.file_name()?.to_string_lossy().into_owned();
    Some(dir.with_file_name(format!("{name}.zip")))
}

/// The archive's bytes: `files` (names inside `dir`, read from disk) under `folder/`.
pub fn build(dir: &Path, folder: &str, files: &[String], stand: Date) -> Result<Vec<u8>, String> {
    let mut names: Vec<&String> = files
        .iter()
        .filter(|f| f.as_str() != crate::history::FILE_NAME)
        .collect();
    names.sort();
    names.dedup();
    // ZIP dates start in 1980; a Stand before that is not a real case but must not fail.
    let time = DateTime::from_date_and_time(stand.year.max(1980), stand.month, stand.day, 0, 0, 0)
        .unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(time)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for name in names {
        let path = dir.join(name);
        let bytes = match output::open_regular(&path) {
            Ok(Ok(mut file)) => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut file, &mut bytes)
                    .map_err(|e| format!("{}: {}", shown(&path), output::io_message(&e)))?;
                bytes
            }
            Ok(Err(kind)) => return Err(format!("{}: ist {kind}, keine Datei", shown(&path))),
            Err(e) => return Err(format!("{}: {}", shown(&path), output::io_message(&e))),
        };
        zip.start_file(format!("{folder}/{name}"), options)
            .and_then(|()| zip.write_all(&bytes).map_err(Into::into))
            .map_err(|e| crate::tr!("Archiv für {folder}: {e}", "archive for {folder}: {e}"))?;
    }
    zip.finish()
        .map(Cursor::into_inner)
        .map_err(|e| crate::tr!("Archiv für {folder}: {e}", "archive for {folder}: {e}"))
}

/// Writes the archive of the pack in `dir` beside it, unless it already has these bytes.
/// Returns the archive's path and whether it was written.
pub fn write(dir: &Path, files: &[String], stand: Date) -> Result<(PathBuf, bool), String> {
    let target = path_for(dir).ok_or_else(|| {
        crate::tr!(
            "{}: für diesen Ordner kann kein Archiv angelegt werden",
            "{}: no archive can be made for this folder",
            shown(dir)
        )
    })?;
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = build(dir, &folder, files, stand)?;
    // Never read through a link: an archive path that is a link is replaced, not followed.
    if output::same_content(&target, &bytes).ok().flatten() == Some(true) {
        return Ok((target, false));
    }
    output::write_atomic(&target, &bytes)
        .map_err(|e| format!("{}: {}", shown(&target), output::io_message(&e)))?;
    Ok((target, true))
}
