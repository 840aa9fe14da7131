//! Consultant and CI workflows: batches of profiles, summaries, collisions, JSON messages.

use crate::common::*;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

fn clients(dir: &Path) -> PathBuf {
    let clients = dir.join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    for stem in ["minimal", "baeckerei-sonnenschein", "elektro-wagner"] {
        fs::copy(example(stem), clients.join(format!("{stem}.yaml"))).expect("copy");
    }
    clients
}

#[test]
fn good_profiles_build_and_broken_ones_are_listed_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = clients(dir.path());
    fs::write(
        clients.join("kaputt.yaml"),
        fs::read_to_string(example("minimal"))
            .expect("read")
            .replace("  city: \"Berlin\"", "  citty: \"Berlin\""),
    )
    .expect("write");
    let assert = bin(dir.path())
        .args(["build", "kunden", "--format", "md", "-o", "mappen"])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let line = fs::read_to_string(clients.join("kaputt.yaml"))
        .expect("read")
        .lines()
        .position(|l| l.contains("citty"))
        .expect("typo line")
        + 1;
    assert!(
        stderr.contains(&format!("kunden/kaputt.yaml:{line}:3")),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 von 4 Profil(en) nicht erzeugt"),
        "{stderr}"
    );
    for stem in ["minimal", "baeckerei-sonnenschein", "elektro-wagner"] {
        assert!(
            dir.path()
                .join(format!("mappen/{stem}/06-widerruf.md"))
                .exists(),
            "{stem}"
        );
    }
    assert!(!dir.path().join("mappen/kaputt").exists());
    let summary = fs::read_to_string(dir.path().join("mappen/uebersicht.md")).expect("summary");
    assert!(summary.contains("| kunden/kaputt.yaml |"), "{summary}");
    assert!(summary.contains("nicht erzeugt"));
    assert!(
        // Messages are quoted as plain text: code-span backticks print literally.
        summary.contains(&format!("Zeile {line}: unbekannter Schlüssel \\`citty\\`")),
        "{summary}"
    );
    assert!(summary.contains("| kunden/elektro-wagner.yaml | Elektro Wagner GmbH & Co. KG |"));
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("mappen/summary.json")).expect("json"))
            .expect("parse");
    assert_eq!(json["schema_version"], 1);
    let statuses: Vec<&str> = json["profiles"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["status"].as_str().expect("status"))
        .collect();
    assert_eq!(statuses, ["ok", "warnings", "errors", "warnings"]);
}

#[test]
fn check_on_an_unchanged_batch_passes_and_touches_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    clients(dir.path());
    bin(dir.path())
        .args(["build", "kunden", "-o", "mappen"])
        .assert()
        .success();
    let before = mtimes(&dir.path().join("mappen"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    bin(dir.path())
        .args(["build", "kunden", "-o", "mappen", "--check"])
        .assert()
        .success();
    bin(dir.path())
        .args(["build", "kunden", "-o", "mappen"])
        .assert()
        .success();
    assert_eq!(
        before,
        mtimes(&dir.path().join("mappen")),
        "no file rewritten"
    );
}

#[test]
fn parallel_output_is_byte_identical_to_sequential() {
    let dir = tempfile::tempdir().expect("tempdir");
    clients(dir.path());
    bin(dir.path())
        .args(["build", "kunden", "-j", "1", "-o", "seq"])
        .assert()
        .success();
    bin(dir.path())
        .args(["build", "kunden", "-j", "4", "-o", "par"])
        .assert()
        .success();
    let seq = tree(&dir.path().join("seq"));
    let par = tree(&dir.path().join("par"));
    let names = |t: &[(PathBuf, Vec<u8>)]| t.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&seq), names(&par));
    for ((path, a), (_, b)) in seq.iter().zip(&par) {
        assert!(a == b, "{} differs between -j 1 and -j 4", path.display());
    }
}

#[test]
fn profile_paths_cannot_escape_the_output_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path().join("a/b");
    fs::create_dir_all(&work).expect("mkdir");
    fs::copy(example("minimal"), dir.path().join("evil.yaml")).expect("copy");
    fs::copy(example("minimal"), dir.path().join("..yaml")).expect("copy");
    fs::copy(
        example("minimal"),
        dir.path().join("Müller & Co (neu).yaml"),
    )
    .expect("copy");
    bin(&work)
        .args([
            "build",
            "--format",
            "md",
            "-o",
            "out",
            "../../evil.yaml",
            "../../..yaml",
        ])
        .arg("../../Müller & Co (neu).yaml")
        .assert()
        .success();
    let mut folders: Vec<String> = fs::read_dir(work.join("out"))
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert_eq!(
        folders,
        [
            "Müller___Co__neu_",
            "evil",
            "profil",
            "summary.json",
            "uebersicht.csv",
            "uebersicht.md"
        ]
    );
    let top: Vec<String> = fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".yaml"))
        .collect();
    assert_eq!(top, ["a"], "nothing written next to the profiles");
}

#[test]
fn two_profiles_for_one_folder_are_refused_not_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    for sub in ["x", "y"] {
        fs::create_dir(dir.path().join(sub)).expect("mkdir");
        fs::copy(example("minimal"), dir.path().join(sub).join("kunde.yaml")).expect("copy");
    }
    bin(dir.path())
        .args([
            "build",
            "--format",
            "md",
            "-o",
            "out",
            "x/kunde.yaml",
            "y/kunde.yaml",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("wäre auch der von"));
    assert!(!dir.path().join("out/kunde").exists());
}

#[test]
fn message_format_json_reports_each_profile() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = bin(dir.path())
        .args([
            "build",
            "--message-format",
            "json",
            "--format",
            "md",
            "-o",
            "out",
        ])
        .arg(example("migration/friseur-privat"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["totals"]["failed"], 1);
    let profile = &json["profiles"][0];
    assert_eq!(profile["status"], "errors");
    assert_eq!(profile["status_label"], "Fehler");
    assert!(profile["diagnostics"][0]["code"].as_str().is_some());
    assert!(
        profile["diagnostics"]
            .as_array()
            .expect("diags")
            .iter()
            .any(|d| d["code"] == "DSG001")
    );
}

/// Compressed font subsets are reused between the documents of one process (issue 18): a pack
/// built after other packs, and after its own twin, has the bytes of the same pack built alone.
#[test]
fn a_pack_built_in_a_batch_is_byte_identical_to_the_pack_built_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = dir.path().join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    for (name, stem) in [
        ("a-elektro", "elektro-wagner"),
        ("b-baeckerei", "baeckerei-sonnenschein"),
        ("c-baeckerei", "baeckerei-sonnenschein"),
    ] {
        fs::copy(example(stem), clients.join(format!("{name}.yaml"))).expect("copy");
    }
    bin(dir.path())
        .args(["build", "kunden", "-j", "1", "-o", "mappen"])
        .assert()
        .success();
    bin(dir.path())
        .args(["build", "kunden/b-baeckerei.yaml", "-o", "allein"])
        .assert()
        .success();
    let alone = tree(&dir.path().join("allein"));
    let pdfs: Vec<&(PathBuf, Vec<u8>)> = alone
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    assert!(pdfs.len() >= 6, "{} PDFs", pdfs.len());
    for folder in ["b-baeckerei", "c-baeckerei"] {
        for (path, bytes) in &pdfs {
            let in_batch = fs::read(dir.path().join("mappen").join(folder).join(path))
                .expect("PDF in the batch");
            assert!(
                &in_batch == bytes,
                "{folder}/{} differs from the pack built alone",
                path.display()
            );
        }
    }
}
