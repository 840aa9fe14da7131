//! Build script: records the git commit the binary is built from as `DSGVO_GEN_COMMIT`, for
//! `dsgvo-gen --version` and `manifest.json`. Sources, in order: a git checkout of this crate
//! (`git rev-parse HEAD`), the `.cargo_vcs_info.json` that `cargo package` writes into a
//! published crate, else "unbekannt". No timestamp is recorded, so builds stay reproducible.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let commit = git_commit(&dir)
        .or_else(|| packaged_commit(&dir))
        .unwrap_or_else(|| "unbekannt".to_owned());
    println!("cargo:rustc-env=DSGVO_GEN_COMMIT={commit}");
    println!("cargo:rerun-if-changed=build.rs");
    watch(&dir.join(".cargo_vcs_info.json"));
}

/// Runs the script again when `path` changes. Only for files that exist: cargo would rerun on
/// every build for a missing one.
fn watch(path: &Path) {
    if path.is_file() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}

/// Output of `git ARGS` in `dir`, trimmed, when git runs and succeeds.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The commit of the checkout when this crate is its top level (never the commit of some
/// unrelated repository the sources happen to lie in, such as a home directory under git).
/// Asks cargo to run the script again when HEAD or the branch it points to moves.
fn git_commit(dir: &Path) -> Option<String> {
    let top = PathBuf::from(git(dir, &["rev-parse", "--show-toplevel"])?);
    let same = match (top.canonicalize(), dir.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same {
        return None;
    }
    let commit = git(dir, &["rev-parse", "HEAD"])?;
    let mut watched = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
    watched.extend(git(dir, &["symbolic-ref", "-q", "HEAD"]));
    for name in watched {
        if let Some(path) = git(dir, &["rev-parse", "--git-path", &name]) {
            watch(&dir.join(path));
        }
    }
    Some(commit)
}

/// The commit `cargo package` recorded in `.cargo_vcs_info.json` (`"sha1": "…"`).
fn packaged_commit(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join(".cargo_vcs_info.json")).ok()?;
    let start = text.find("\"sha1\"")? + "\"sha1\"".len();
    let rest = text[start..].trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let sha = &rest[..rest.find('"')?];
    (sha.len() == 40 && sha.chars().all(|c| c.is_ascii_hexdigit())).then(|| sha.to_owned())
}
