//! Output: the only stage that touches the disk.
//!
//! A pack is replaced as a whole or not at all: every changed file is first staged in a
//! temporary file beside its target (exclusive creation, unpredictable name), and only when all
//! of them are on disk are they renamed into place, in the order given — the manifest, which the
//! caller puts last, is renamed last. Files with identical bytes are left untouched; `--check`
//! compares without writing. The stage trusts nothing it finds in the folder: only regular
//! files are compared and replaced, a symbolic link below the output root is never followed,
//! and anything else (folder, FIFO, device) is reported. A [`FolderLock`] keeps two runs from
//! writing into one output folder at the same time.

use crate::ui::t;
use std::fmt;
use std::fs;
use std::io::{self, Read, Write};
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

/// Prefix of the tool's temporary files; with [`TEMP_SUFFIX`] it is how stale ones from an
/// interrupted run are recognised and removed.
pub const TEMP_PREFIX: &str = ".dsgvo-gen-";
/// Suffix of the tool's temporary files.
pub const TEMP_SUFFIX: &str = ".tmp";
/// Name of the lock file in the output root on systems without folder locks (not Unix).
pub const LOCK_FILE: &str = ".dsgvo-gen.lock";

/// A problem of the output stage: the path it concerns and what is wrong, in German.
#[derive(Debug)]
pub struct OutputError {
    /// The file or folder concerned.
    pub path: PathBuf,
    /// What is wrong.
    pub problem: Problem,
    /// Files already replaced before the problem occurred (only a failed rename, which
    /// follows a complete staging, can leave this non-empty).
    pub replaced: Vec<PathBuf>,
}

/// What went wrong in the output stage.
#[derive(Debug)]
pub enum Problem {
    /// Something other than a regular file or folder is in the way.
    NotRegular(&'static str),
    /// Another run holds the folder's lock.
    Busy,
    /// The operating system refused.
    Io(io::Error),
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.problem {
            Problem::NotRegular(FILE_NOT_FOLDER) => f.write_str(&crate::tr!(
                "{path}: {FILE_NOT_FOLDER}; geben Sie mit -o einen Ordner an",
                "{path}: is a file, not a folder; give a folder with -o"
            )),
            Problem::NotRegular(what) => f.write_str(&crate::tr!(
                "{path}: {what}; dsgvo-gen schreibt nur gewöhnliche Dateien und folgt keinen Verweisen — entfernen oder verschieben Sie diesen Eintrag",
                "{path}: {what}; dsgvo-gen writes regular files only and follows no links — remove or move this entry"
            )),
            Problem::Busy => f.write_str(&crate::tr!(
                "{path}: ein anderer dsgvo-gen-Lauf schreibt gerade in diesen Ordner; starten Sie den Lauf erneut, wenn er beendet ist",
                "{path}: another dsgvo-gen run is writing to this folder; start the run again when it has finished"
            )),
            Problem::Io(e) => write!(f, "{path}: {}", io_message(e)),
        }?;
        if !self.replaced.is_empty() {
            f.write_str(&crate::tr!(
                " ({} Datei(en) wurden vorher bereits ersetzt)",
                " ({} file(s) had been replaced before)",
                self.replaced.len()
            ))?;
        }
        Ok(())
    }
}

impl std::error::Error for OutputError {}

fn io_err(path: &Path, e: io::Error) -> OutputError {
    OutputError {
        path: path.to_path_buf(),
        problem: Problem::Io(e),
        replaced: Vec::new(),
    }
}

fn not_regular(path: &Path, what: &'static str) -> OutputError {
    OutputError {
        path: path.to_path_buf(),
        problem: Problem::NotRegular(what),
        replaced: Vec::new(),
    }
}

/// A German description of an operating-system error, by kind; the system's own (English)
/// text is not shown, only its error number.
pub fn io_message(e: &io::Error) -> String {
    use io::ErrorKind as K;
    let (de, en) = match e.kind() {
        K::NotFound => ("nicht gefunden", "not found"),
        K::PermissionDenied => (
            "keine Berechtigung (Zugriff verweigert)",
            "permission denied",
        ),
        K::ReadOnlyFilesystem => (
            "das Dateisystem ist schreibgeschützt",
            "the file system is read-only",
        ),
        K::StorageFull => (
            "kein Speicherplatz mehr frei",
            "no space left on the device",
        ),
        K::QuotaExceeded => (
            "das Speicherkontingent ist erschöpft",
            "the storage quota is exhausted",
        ),
        K::NotADirectory => (
            "ein Teil des Pfads ist kein Ordner",
            "part of the path is not a folder",
        ),
        K::IsADirectory => ("ist ein Ordner, keine Datei", "is a folder, not a file"),
        K::AlreadyExists => ("existiert bereits", "already exists"),
        K::DirectoryNotEmpty => ("der Ordner ist nicht leer", "the folder is not empty"),
        K::FileTooLarge => (
            "die Datei ist zu groß für das Dateisystem",
            "the file is too large for the file system",
        ),
        K::InvalidFilename => (
            "ungültiger oder zu langer Dateiname",
            "invalid or too long file name",
        ),
        K::ResourceBusy | K::ExecutableFileBusy => {
            ("die Datei ist gerade in Benutzung", "the file is in use")
        }
        K::CrossesDevices => (
            "Umbenennen über Laufwerksgrenzen ist nicht möglich",
            "renaming across drives is not possible",
        ),
        K::TooManyLinks => ("zu viele Verweise", "too many links"),
        K::StaleNetworkFileHandle => (
            "die Netzwerkfreigabe ist nicht mehr erreichbar",
            "the network share is no longer reachable",
        ),
        K::OutOfMemory => ("nicht genügend Arbeitsspeicher", "not enough memory"),
        K::Interrupted => (
            "der Vorgang wurde unterbrochen",
            "the operation was interrupted",
        ),
        K::UnexpectedEof => ("die Datei endet unerwartet", "the file ends unexpectedly"),
        K::InvalidData => ("ungültige Daten", "invalid data"),
        K::WouldBlock => (
            "die Datei ist nicht sofort lesbar (blockiert)",
            "the file cannot be read right now (blocked)",
        ),
        K::Unsupported => (
            "vom Dateisystem nicht unterstützt",
            "not supported by the file system",
        ),
        _ => ("Ein-/Ausgabefehler", "input/output error"),
    };
    let text = crate::ui::t(de, en);
    match e.raw_os_error() {
        Some(code) if cfg!(windows) && windows_in_use(code) => {
            crate::tr!(
                "{text} (Systemfehler {code}); {}",
                "{text} (system error {code}); {}",
                t(WINDOWS_IN_USE_HINT, WINDOWS_IN_USE_HINT_EN)
            )
        }
        Some(code) => crate::tr!(
            "{text} (Systemfehler {code})",
            "{text} (system error {code})"
        ),
        None => text.to_owned(),
    }
}

/// Windows refuses to replace or delete a file another program holds open (a PDF viewer,
/// an editor, a virus scanner for a moment) with one of these errors.
const WINDOWS_ACCESS_DENIED: i32 = 5;
const WINDOWS_SHARING_VIOLATION: i32 = 32;
const WINDOWS_LOCK_VIOLATION: i32 = 33;

const WINDOWS_IN_USE_HINT: &str = "ist die Datei in einem anderen Programm geöffnet (z. B. im PDF-Betrachter)? Bitte schließen \
     und erneut aufrufen";
const WINDOWS_IN_USE_HINT_EN: &str = "is the file open in another program (a PDF viewer, for example)? Please close it and run again";

/// Is `code` a Windows error that means "held open by another program"?
fn windows_in_use(code: i32) -> bool {
    matches!(
        code,
        WINDOWS_ACCESS_DENIED | WINDOWS_SHARING_VIOLATION | WINDOWS_LOCK_VIOLATION
    )
}

/// How often a rename into place is tried again after a Windows "in use" error: a virus
/// scanner or the search indexer opens new files for a moment. Elsewhere a rename either
/// works or fails for good.
fn persist_retries() -> u32 {
    if cfg!(windows) { 5 } else { 0 }
}

/// Renames the staged file into place (atomically replacing `target`), retrying briefly where
/// [`persist_retries`] allows.
fn persist(mut temp: tempfile::NamedTempFile, target: &Path) -> Result<(), tempfile::PersistError> {
    for attempt in 0..persist_retries() {
        match temp.persist(target) {
            Ok(_) => return Ok(()),
            Err(e) if e.error.raw_os_error().is_some_and(windows_in_use) => {
                temp = e.file;
                let wait = 50 * u64::from(attempt + 1);
                std::thread::sleep(std::time::Duration::from_millis(wait));
            }
            Err(e) => return Err(e),
        }
    }
    temp.persist(target).map(|_| ())
}

/// Name of a directory entry (in the interface language) that is neither a regular file nor a folder.
pub fn kind_of(file_type: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return t("ist eine Pipe (FIFO)", "is a pipe (FIFO)");
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return t("ist eine Gerätedatei", "is a device file");
        }
        if file_type.is_socket() {
            return t("ist ein Socket", "is a socket");
        }
    }
    if file_type.is_symlink() {
        t("ist ein symbolischer Verweis", "is a symbolic link")
    } else if file_type.is_dir() {
        t("ist ein Ordner", "is a folder")
    } else {
        t("ist keine gewöhnliche Datei", "is not a regular file")
    }
}

/// Opens a file for reading without following a final symbolic link and without blocking on
/// a FIFO, then makes sure it is a regular file.
pub fn open_regular(path: &Path) -> io::Result<Result<fs::File, &'static str>> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(windows)]
    {
        // FILE_FLAG_OPEN_REPARSE_POINT: open a symbolic link or junction itself, not its
        // target (the counterpart of O_NOFOLLOW); the check below then refuses it.
        use std::os::windows::fs::OpenOptionsExt;
        options.custom_flags(0x0020_0000);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        // O_NOFOLLOW on a link fails with ELOOP; say what is really there.
        Err(e) => {
            return match fs::symlink_metadata(path) {
                Ok(meta) if !meta.is_file() => Ok(Err(kind_of(meta.file_type()))),
                _ => Err(e),
            };
        }
    };
    let meta = file.metadata()?;
    if meta.is_file() {
        Ok(Ok(file))
    } else {
        Ok(Err(kind_of(meta.file_type())))
    }
}

/// A lock on an output root, held until dropped. On Unix it is an advisory lock (`flock`) on
/// the folder itself, so nothing is left behind; elsewhere a file [`LOCK_FILE`] in the folder
/// is locked and stays (removing it would let a third run lock a new file while a second still
/// holds the old one).
#[derive(Debug)]
pub struct FolderLock {
    _file: fs::File,
}

impl FolderLock {
    /// Creates `root` if needed and locks it exclusively; fails at once when another run holds
    /// the lock.
    pub fn acquire(root: &Path) -> Result<FolderLock, OutputError> {
        ensure_root(root, true)?;
        let (file, path) = lock_handle(root)?;
        match file.try_lock() {
            Ok(()) => Ok(FolderLock { _file: file }),
            Err(fs::TryLockError::WouldBlock) => Err(OutputError {
                path: root.to_path_buf(),
                problem: Problem::Busy,
                replaced: Vec::new(),
            }),
            Err(fs::TryLockError::Error(e)) => Err(io_err(&path, e)),
        }
    }
}

#[cfg(unix)]
fn lock_handle(root: &Path) -> Result<(fs::File, PathBuf), OutputError> {
    let file = fs::File::open(root).map_err(|e| io_err(root, e))?;
    Ok((file, root.to_path_buf()))
}

#[cfg(not(unix))]
fn lock_handle(root: &Path) -> Result<(fs::File, PathBuf), OutputError> {
    let path = root.join(LOCK_FILE);
    if let Ok(meta) = fs::symlink_metadata(&path)
        && !meta.is_file()
    {
        return Err(not_regular(&path, kind_of(meta.file_type())));
    }
    // No truncation: opening never changes the file's content.
    let file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .open(&path)
        .map_err(|e| io_err(&path, e))?;
    Ok((file, path))
}

/// The output root must be a folder (a link to one is fine: the user named it). With `create`,
/// a missing root is created.
fn ensure_root(root: &Path, create: bool) -> Result<bool, OutputError> {
    match fs::metadata(root) {
        Ok(meta) if meta.is_dir() => Ok(true),
        Ok(meta) => Err(not_regular_folder(root, meta.file_type())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if create {
                fs::create_dir_all(root).map_err(|e| io_err(root, e))?;
                Ok(true)
            } else {
                Ok(false)
            }
        }
        Err(e) => Err(io_err(root, e)),
    }
}

const FILE_NOT_FOLDER: &str = "ist eine Datei, kein Ordner";

fn not_regular_folder(path: &Path, file_type: fs::FileType) -> OutputError {
    let what = if file_type.is_file() {
        FILE_NOT_FOLDER
    } else {
        kind_of(file_type)
    };
    not_regular(path, what)
}

/// The folder `root/sub` for the files: `sub` must be a real folder below the root (never a
/// link out of it). Returns the folder and whether it exists.
fn folder(root: &Path, sub: Option<&str>, mode: Mode) -> Result<(PathBuf, bool), OutputError> {
    let root_exists = ensure_root(root, mode == Mode::Write)?;
    let Some(sub) = sub else {
        return Ok((root.to_path_buf(), root_exists));
    };
    let dir = root.join(sub);
    match fs::symlink_metadata(&dir) {
        Ok(meta) if meta.is_dir() => Ok((dir, true)),
        Ok(meta) => Err(not_regular_folder(&dir, meta.file_type())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if mode == Mode::Write {
                fs::create_dir(&dir).map_err(|e| io_err(&dir, e))?;
            }
            Ok((dir, mode == Mode::Write))
        }
        Err(e) => Err(io_err(&dir, e)),
    }
}

/// Does the regular file at `target` hold exactly `bytes`? `None` when there is no file.
pub fn same_content(target: &Path, bytes: &[u8]) -> Result<Option<bool>, OutputError> {
    let meta = match fs::symlink_metadata(target) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_err(target, e)),
    };
    if !meta.is_file() {
        return Err(not_regular(target, kind_of(meta.file_type())));
    }
    if meta.len() != bytes.len() as u64 {
        return Ok(Some(false));
    }
    let mut file = match open_regular(target).map_err(|e| io_err(target, e))? {
        Ok(file) => file,
        Err(what) => return Err(not_regular(target, what)),
    };
    // Never read more than the expected length, whatever the file has become meanwhile.
    let mut existing = Vec::with_capacity(bytes.len());
    Read::by_ref(&mut file)
        .take(bytes.len() as u64 + 1)
        .read_to_end(&mut existing)
        .map_err(|e| io_err(target, e))?;
    Ok(Some(existing == bytes))
}

/// Applies `artifacts` in the output root `root`, or in its sub-folder `sub` (batch mode).
/// In write mode the caller holds the root's [`FolderLock`].
pub fn apply(
    root: &Path,
    sub: Option<&str>,
    artifacts: &[Artifact],
    mode: Mode,
) -> Result<Outcome, OutputError> {
    let (dir, exists) = folder(root, sub, mode)?;
    let mut outcome = Outcome::default();
    let mut changed: Vec<(&Artifact, PathBuf)> = Vec::new();
    for artifact in artifacts {
        let target = dir.join(&artifact.path);
        let same = if exists {
            same_content(&target, &artifact.bytes)?
        } else {
            None
        };
        match (same, mode) {
            (Some(true), _) => outcome.unchanged.push(target),
            (None, Mode::Check) => outcome.drift.push((target, Drift::Missing)),
            (Some(false), Mode::Check) => outcome.drift.push((target, Drift::Changed)),
            (_, Mode::Write) => changed.push((artifact, target)),
        }
    }
    if mode == Mode::Check {
        return Ok(outcome);
    }
    remove_stale_temp_files(&dir, artifacts);
    // Stage everything first: a full disk leaves the old pack as it was.
    let mut staged = Vec::with_capacity(changed.len());
    for (artifact, target) in changed {
        staged.push((
            stage(&dir, &artifact.bytes).map_err(|e| io_err(&target, e))?,
            target,
        ));
    }
    for (temp, target) in staged {
        if let Err(e) = persist(temp, &target) {
            return Err(OutputError {
                path: target,
                problem: Problem::Io(e.error),
                replaced: outcome.written,
            });
        }
        outcome.written.push(target);
    }
    Ok(outcome)
}

/// Writes `bytes` to a new temporary file in `dir`, created exclusively under a random name.
fn stage(dir: &Path, bytes: &[u8]) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(12);
    #[cfg(unix)]
    {
        // Documents are shared files: the user's umask decides, as for any new file (the
        // crate's default of 0600 would hide them from colleagues and web servers).
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

/// Is `name` a temporary file of this tool: the current form, or the `.{file}.{pid}.tmp` form
/// of versions before 0.2 for one of the files written here?
fn is_own_temp_file(name: &str, artifacts: &[Artifact]) -> bool {
    if name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX) {
        return true;
    }
    artifacts.iter().any(|a| {
        let file = a.path.to_string_lossy();
        name.strip_prefix('.')
            .and_then(|rest| rest.strip_prefix(file.as_ref()))
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .is_some_and(|pid| !pid.is_empty() && pid.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Removes temporary files an interrupted run of this tool left in `dir`. Safe because the
/// caller holds the folder lock, so no other run is staging here. Best effort: a file that
/// cannot be removed is left alone.
fn remove_stale_temp_files(dir: &Path, artifacts: &[Artifact]) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let removable = entry
            .file_type()
            .is_ok_and(|t| t.is_file() || t.is_symlink());
        if removable && is_own_temp_file(name, artifacts) {
            // Removing a link removes the link, never its target.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `target` through an exclusively created temporary file in the same
/// folder and a rename, so readers never see a half-written file and a planted link is
/// replaced rather than followed.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let with_path = |e: io::Error| {
        io::Error::new(
            e.kind(),
            format!("{}: {}", target.display(), io_message(&e)),
        )
    };
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(with_path)?;
    let temp = stage(dir, bytes).map_err(with_path)?;
    persist(temp, target).map_err(|e| with_path(e.error))?;
    Ok(())
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

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .expect("dir")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn writes_skips_unchanged_and_checks() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("docs");
        let a = [artifact("a.md", "A"), artifact("b.md", "B")];
        let first = apply(&out, None, &a, Mode::Write).expect("write");
        assert_eq!(first.written.len(), 2);
        let second = apply(&out, None, &a, Mode::Write).expect("write");
        assert!(second.written.is_empty());
        assert_eq!(second.unchanged.len(), 2);
        let check = apply(&out, None, &a, Mode::Check).expect("check");
        assert!(check.drift.is_empty());
        let changed = [artifact("a.md", "A2"), artifact("c.md", "C")];
        let check = apply(&out, None, &changed, Mode::Check).expect("check");
        assert_eq!(
            check.drift,
            vec![
                (out.join("a.md"), Drift::Changed),
                (out.join("c.md"), Drift::Missing)
            ]
        );
        assert_eq!(fs::read(out.join("a.md")).expect("read"), b"A");
        assert!(leftovers(&out).is_empty());
    }

    #[test]
    fn check_of_a_missing_folder_writes_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("nie");
        let check =
            apply(&out, Some("kunde"), &[artifact("a.md", "A")], Mode::Check).expect("check");
        assert_eq!(check.drift.len(), 1);
        assert!(!out.exists());
    }

    #[test]
    fn system_errors_are_german() {
        #[cfg(unix)]
        assert_eq!(
            io_message(&io::Error::from_raw_os_error(libc::EACCES)),
            format!(
                "keine Berechtigung (Zugriff verweigert) (Systemfehler {})",
                libc::EACCES
            )
        );
        let full = io::Error::from(io::ErrorKind::StorageFull);
        assert_eq!(io_message(&full), "kein Speicherplatz mehr frei");
    }

    #[test]
    fn windows_in_use_errors_are_recognised() {
        for code in [5, 32, 33] {
            assert!(windows_in_use(code), "{code}");
        }
        for code in [2, 3, 112] {
            assert!(!windows_in_use(code), "{code}");
        }
        if cfg!(windows) {
            let text = io_message(&io::Error::from_raw_os_error(32));
            assert!(text.contains("anderen Programm geöffnet"), "{text}");
        }
    }

    #[test]
    fn recognises_own_temp_files_only() {
        let a = [artifact("01-x.md", "")];
        assert!(is_own_temp_file(".dsgvo-gen-AbC123.tmp", &a));
        assert!(is_own_temp_file(".01-x.md.4711.tmp", &a));
        assert!(!is_own_temp_file(".01-x.md.tmp", &a));
        assert!(!is_own_temp_file(".02-y.md.4711.tmp", &a));
        assert!(!is_own_temp_file("notizen.tmp", &a));
    }

    #[test]
    fn a_second_lock_on_one_folder_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = FolderLock::acquire(dir.path()).expect("first lock");
        let second = FolderLock::acquire(dir.path()).expect_err("second lock");
        assert!(matches!(second.problem, Problem::Busy), "{second}");
        drop(first);
        FolderLock::acquire(dir.path()).expect("free again");
    }
}
