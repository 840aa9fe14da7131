//! Output: the only stage that touches the disk. Writes are atomic (temporary file in the
//! target directory, then rename), files with identical bytes are left untouched, and `--check`
//! compares without writing.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file the pipeline produced, with its path relative to the output directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// Relative path, e.g. `01-verarbeitungsverzeichnis.md`.
    pub path: PathBuf,
    /// File content.
    pub bytes: Vec<u8>,
}

/// What to do with the artifacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write changed and missing files.
    Write,
    /// Write nothing; report what would change.
    Check,
}

/// Why a file differs in check mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drift {
    /// The file does not exist.
    Missing,
    /// The file exists with other content.
    Changed,
}

/// What happened to each file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Files written (new or changed).
    pub written: Vec<PathBuf>,
    /// Files that already had the right content.
    pub unchanged: Vec<PathBuf>,
    /// In check mode: files that are missing or would change.
    pub drift: Vec<(PathBuf, Drift)>,
}

/// Applies `artifacts` below `dir`.
pub fn apply(dir: &Path, artifacts: &[Artifact], mode: Mode) -> io::Result<Outcome> {
    let mut outcome = Outcome::default();
    for artifact in artifacts {
        let target = dir.join(&artifact.path);
        let existing = match fs::read(&target) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(with_path(e, &target)),
        };
        match (&existing, mode) {
            (Some(bytes), _) if *bytes == artifact.bytes => outcome.unchanged.push(target),
            (None, Mode::Check) => outcome.drift.push((target, Drift::Missing)),
            (Some(_), Mode::Check) => outcome.drift.push((target, Drift::Changed)),
            (_, Mode::Write) => {
                write_atomic(&target, &artifact.bytes)?;
                outcome.written.push(target);
            }
        }
    }
    Ok(outcome)
}

fn with_path(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// Writes `bytes` to `target` through a temporary file in the same directory and a rename, so
/// readers never see a half-written file.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| with_path(e, dir))?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, target)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(|e| with_path(e, target))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn artifact(name: &str, text: &str) -> Artifact {
        Artifact {
            path: PathBuf::from(name),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn writes_skips_unchanged_and_checks() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("docs");
        let a = [artifact("a.md", "A"), artifact("b.md", "B")];
        let first = apply(&out, &a, Mode::Write).expect("write");
        assert_eq!(first.written.len(), 2);
        let second = apply(&out, &a, Mode::Write).expect("write");
        assert!(second.written.is_empty());
        assert_eq!(second.unchanged.len(), 2);
        let check = apply(&out, &a, Mode::Check).expect("check");
        assert!(check.drift.is_empty());
        let changed = [artifact("a.md", "A2"), artifact("c.md", "C")];
        let check = apply(&out, &changed, Mode::Check).expect("check");
        assert_eq!(
            check.drift,
            vec![
                (out.join("a.md"), Drift::Changed),
                (out.join("c.md"), Drift::Missing)
            ]
        );
        assert_eq!(fs::read(out.join("a.md")).expect("read"), b"A");
        let leftovers: Vec<_> = fs::read_dir(&out)
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
