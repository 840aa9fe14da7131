//! Issue 12, output stage: the pack is all-or-nothing, temp files cannot be hijacked, nothing
//! in the output folder is trusted, environment problems are plain German with exit code 1.

use crate::common::*;
use std::fs;
use std::path::Path;
use std::time::Duration;

fn build_md(dir: &Path, profile: &Path, out: &str) -> assert_cmd::assert::Assert {
    bin(dir)
        .arg("build")
        .arg(profile)
        .args(["-o", out, "--format", "md"])
        .timeout(Duration::from_secs(20))
        .assert()
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// Names of temporary files anywhere below `dir`.
fn temp_files(dir: &Path) -> Vec<String> {
    tree(dir)
        .into_iter()
        .map(|(p, _)| p.to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".tmp"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_planted_temp_file_link_is_not_followed_and_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    fs::create_dir(&out).expect("mkdir");
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "ORIGINAL\n").expect("victim");
    // The old name scheme `.{file}.{pid}.tmp` and the current prefix, both as links.
    for name in [
        ".01-verarbeitungsverzeichnis.md.4242.tmp",
        ".dsgvo-gen-AAAAAAAAAAAA.tmp",
    ] {
        std::os::unix::fs::symlink(&victim, out.join(name)).expect("link");
    }
    build_md(dir.path(), &example("minimal"), "out").success();
    assert_eq!(fs::read_to_string(&victim).expect("victim"), "ORIGINAL\n");
    assert!(temp_files(&out).is_empty(), "{:?}", temp_files(&out));
    assert!(out.join("01-verarbeitungsverzeichnis.md").exists());
}

/// Creates something other than a regular file at a path.
#[cfg(unix)]
type Make = fn(&Path);

#[cfg(unix)]
#[test]
fn special_files_named_like_outputs_are_user_errors_without_hanging() {
    let cases: [(&str, Make); 3] = [
        ("Pipe (FIFO)", |p| {
            let status = std::process::Command::new("mkfifo")
                .arg(p)
                .status()
                .expect("mkfifo");
            assert!(status.success());
        }),
        ("symbolischer Verweis", |p| {
            std::os::unix::fs::symlink("/dev/zero", p).expect("link");
        }),
        ("ist ein Ordner", |p| fs::create_dir(p).expect("mkdir")),
    ];
    for (what, make) in cases {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        fs::create_dir(&out).expect("mkdir");
        make(&out.join("02-datenschutz-folgenabschaetzung.md"));
        for check in [false, true] {
            let mut cmd = bin(dir.path());
            cmd.arg("build")
                .arg(example("minimal"))
                .args(["-o", "out", "--format", "md"])
                .timeout(Duration::from_secs(20));
            if check {
                cmd.arg("--check");
            }
            let assert = cmd.assert().code(1);
            let err = stderr(&assert);
            assert!(err.contains(what), "{what}: {err}");
            assert!(
                err.contains("02-datenschutz-folgenabschaetzung.md"),
                "{err}"
            );
            assert!(!err.contains("interner Fehler"), "{err}");
        }
        // Nothing of the pack was written: it is all or nothing.
        assert!(
            !out.join("01-verarbeitungsverzeichnis.md").exists(),
            "{what}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_linked_client_folder_does_not_lead_outside_the_output_root() {
    let dir = tempfile::tempdir().expect("tempdir");
    let elsewhere = dir.path().join("fremd");
    fs::create_dir(&elsewhere).expect("mkdir");
    let clients = dir.path().join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    for stem in ["minimal", "elektro-wagner"] {
        fs::copy(example(stem), clients.join(format!("{stem}.yaml"))).expect("copy");
    }
    fs::create_dir(dir.path().join("out")).expect("mkdir");
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("out/minimal")).expect("link");
    let assert = bin(dir.path())
        .args(["build", "kunden", "-o", "out", "--format", "md"])
        .timeout(Duration::from_secs(30))
        .assert()
        .code(1);
    let err = stderr(&assert);
    assert!(
        err.contains("out/minimal: ist ein symbolischer Verweis"),
        "{err}"
    );
    assert!(fs::read_dir(&elsewhere).expect("dir").next().is_none());
    assert!(
        dir.path()
            .join("out/elektro-wagner/06-widerruf.md")
            .exists()
    );
    let summary = fs::read_to_string(dir.path().join("out/uebersicht.md")).expect("summary");
    assert!(summary.contains("symbolischer Verweis"), "{summary}");
}

#[test]
fn an_output_path_that_is_a_file_is_a_user_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("datei"), "x").expect("file");
    let assert = build_md(dir.path(), &example("minimal"), "datei").code(1);
    let err = stderr(&assert);
    assert!(err.contains("datei: ist eine Datei, kein Ordner"), "{err}");
    assert!(!err.contains("interner Fehler"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_a_user_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    fs::create_dir(&out).expect("mkdir");
    fs::set_permissions(&out, fs::Permissions::from_mode(0o555)).expect("chmod");
    if fs::write(out.join("probe"), "x").is_ok() {
        return; // running as root: permissions do not apply
    }
    let assert = build_md(dir.path(), &example("minimal"), "out").code(1);
    let err = stderr(&assert);
    assert!(err.contains("keine Berechtigung"), "{err}");
    assert!(!err.contains("Permission denied"), "{err}");
}

/// A full disk while staging the new pack (simulated with a file-size limit) leaves every
/// file of the old pack as it was and says so.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_leaves_the_old_pack_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = dir.path().join("p.yaml");
    let text = fs::read_to_string(example("minimal")).expect("example");
    fs::write(&profile, &text).expect("write");
    build_md(dir.path(), &profile, "out").success();
    let before = tree(&dir.path().join("out"));
    let changed = text.replace("version: \"1.0\"", "version: \"1.1\"");
    assert_ne!(changed, text, "the example names its version");
    fs::write(&profile, changed).expect("write");
    // 10 KiB per file: document 02 fits, document 01 does not.
    let assert = std::process::Command::new("sh")
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "1795824000")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 20; exec \"$0\" build p.yaml -o out --format md")
        .arg(env!("CARGO_BIN_EXE_dsgvo-gen"))
        .output()
        .expect("run");
    assert_eq!(assert.status.code(), Some(1));
    let err = String::from_utf8_lossy(&assert.stderr);
    assert!(
        err.contains("zu groß") || err.contains("Speicherplatz"),
        "{err}"
    );
    assert!(err.contains("0 Datei(en) geschrieben"), "{err}");
    assert_eq!(tree(&dir.path().join("out")), before);
}

#[test]
fn a_folder_locked_by_another_run_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let _held = dsgvo_gen::output::FolderLock::acquire(&out).expect("lock");
    let assert = build_md(dir.path(), &example("minimal"), "out").code(1);
    let err = stderr(&assert);
    assert!(err.contains("ein anderer dsgvo-gen-Lauf"), "{err}");
    assert!(!out.join("01-verarbeitungsverzeichnis.md").exists());
}

#[test]
fn concurrent_builds_never_mix_a_pack() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.yaml");
    let b = dir.path().join("b.yaml");
    let text = fs::read_to_string(example("minimal")).expect("example");
    fs::write(&a, &text).expect("a");
    fs::write(&b, text.replace("version: \"1.0\"", "version: \"2.0\"")).expect("b");
    for _ in 0..4 {
        let spawn = |p: &Path| {
            std::process::Command::new(env!("CARGO_BIN_EXE_dsgvo-gen"))
                .current_dir(dir.path())
                .env("SOURCE_DATE_EPOCH", "1795824000")
                .arg("build")
                .arg(p)
                .args(["-o", "out", "--format", "md", "-q"])
                .spawn()
                .expect("spawn")
        };
        let (mut x, mut y) = (spawn(&a), spawn(&b));
        let (sx, sy) = (x.wait().expect("x"), y.wait().expect("y"));
        assert!(sx.success() || sy.success());
        // Whatever won, the manifest describes exactly the files on disk.
        let manifest: serde_json::Value = serde_json::from_slice(
            &fs::read(dir.path().join("out/manifest.json")).expect("manifest"),
        )
        .expect("json");
        for f in manifest["files"].as_array().expect("files") {
            let path = dir
                .path()
                .join("out")
                .join(f["path"].as_str().expect("path"));
            let bytes = fs::read(path).expect("file");
            assert_eq!(
                dsgvo_gen::profile::load::hash_bytes(&bytes),
                f["sha256"].as_str().expect("sha")
            );
        }
    }
    assert!(temp_files(&dir.path().join("out")).is_empty());
}

#[test]
fn absurd_job_counts_are_clamped() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .arg("build")
        .arg(example("minimal"))
        .arg(example("elektro-wagner"))
        .args(["-o", "out", "--format", "md", "--jobs", "100000"])
        .timeout(Duration::from_secs(30))
        .assert()
        .success();
}

#[test]
fn a_bad_profile_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = dir.path().join("p.yaml");
    fs::write(&profile, "schema_version: 1\ncompany: 5\n").expect("write");
    build_md(dir.path(), &profile, "out").code(1);
    assert!(!dir.path().join("out").exists());
}

#[test]
fn folder_collisions_are_explained_in_the_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    for sub in ["a", "b"] {
        fs::create_dir(dir.path().join(sub)).expect("mkdir");
        fs::copy(example("minimal"), dir.path().join(sub).join("kunde.yaml")).expect("copy");
    }
    bin(dir.path())
        .args([
            "build",
            "a/kunde.yaml",
            "b/kunde.yaml",
            "-o",
            "out",
            "--format",
            "md",
        ])
        .assert()
        .code(1);
    let summary: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("out/summary.json")).expect("summary"))
            .expect("json");
    for row in summary["profiles"].as_array().expect("rows") {
        let explained = row["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .any(|d| {
                d["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("wäre auch der von"))
            });
        assert!(explained, "{row}");
    }
    let overview = fs::read_to_string(dir.path().join("out/uebersicht.md")).expect("md");
    assert!(overview.contains("wäre auch der von"), "{overview}");
}
