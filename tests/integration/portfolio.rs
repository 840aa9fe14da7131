//! Consultant portfolio: client-folder layout, the terminal summary, stale packs, incremental
//! builds, the CSV overview.

use crate::common::*;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

/// `kunden/<client>/dsgvo.yaml` for each example stem, the folder named `client`.
fn client_folders(dir: &Path, clients: &[(&str, &str)]) -> PathBuf {
    let root = dir.join("kunden");
    for (client, stem) in clients {
        fs::create_dir_all(root.join(client)).expect("mkdir");
        fs::copy(example(stem), root.join(client).join("dsgvo.yaml")).expect("copy");
    }
    root
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn build(dir: &Path, extra: &[&str]) -> std::process::Output {
    bin(dir)
        .args(["build", "kunden", "--format", "md", "-o", "mappen"])
        .args(extra)
        .output()
        .expect("runs")
}

#[test]
fn client_folders_build_into_folders_named_after_the_client() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = client_folders(
        dir.path(),
        &[
            ("baecker", "baeckerei-sonnenschein"),
            ("wagner", "elektro-wagner"),
        ],
    );
    // Mixed layout: a profile file beside the client folders, and a folder without a profile.
    fs::copy(example("minimal"), root.join("start.yaml")).expect("copy");
    fs::create_dir(root.join("archiv")).expect("mkdir");
    fs::create_dir(root.join(".git")).expect("mkdir");
    let out = build(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for client in ["baecker", "wagner", "start"] {
        assert!(
            dir.path()
                .join(format!("mappen/{client}/06-widerruf.md"))
                .is_file(),
            "{client}"
        );
    }
    assert!(!dir.path().join("mappen/dsgvo").exists());
    assert!(
        stderr(&out).contains("Unterordner ohne dsgvo.yaml übersprungen: archiv\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_folder_without_profiles_or_client_folders_is_explained() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir_all(dir.path().join("kunden/leer")).expect("mkdir");
    fs::write(dir.path().join("kunden/notiz.txt"), "x").expect("write");
    bin(dir.path())
        .args(["build", "kunden", "-o", "mappen"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "weder Profildateien (*.yaml) noch Kundenordner mit dsgvo.yaml",
        ));
    assert!(!dir.path().join("mappen").exists());
}

#[test]
fn a_client_file_and_a_client_folder_of_the_same_name_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = client_folders(dir.path(), &[("wagner", "elektro-wagner")]);
    fs::copy(example("minimal"), root.join("wagner.yaml")).expect("copy");
    let out = build(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("wäre auch der von"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("mappen/wagner").exists());
}

#[test]
fn the_terminal_summary_is_one_line_per_client_with_warnings_grouped() {
    let dir = tempfile::tempdir().expect("tempdir");
    // `minimal` has four DSG029 warnings; four copies of it give sixteen warnings.
    let clients: Vec<(String, &str)> = (1..=4).map(|i| (format!("k{i}"), "minimal")).collect();
    let refs: Vec<(&str, &str)> = clients.iter().map(|(c, s)| (c.as_str(), *s)).collect();
    client_folders(dir.path(), &refs);
    client_folders(dir.path(), &[("baecker", "baeckerei-sonnenschein")]);
    let out = build(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains('|'), "no Markdown on the terminal:\n{text}");
    let lines: Vec<&str> = text.lines().collect();
    // Header, five clients, blank, warnings heading, one code, blank, totals.
    assert_eq!(lines.len(), 11, "{text}");
    assert!(lines[0].starts_with("Kunde "), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("baecker ") && l.contains(" ok ")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("k1 ") && l.contains("Warnungen") && l.contains("DSG029")),
        "{text}"
    );
    assert!(text.contains("  DSG029 ×4 Kunden – "), "{text}");
    assert!(text.contains("5 Kunde(n) – ok: 1, Warnungen: 4"), "{text}");
    // Warnings are not repeated on stderr without -v …
    assert!(
        !stderr(&out).contains("Warnung[DSG029]"),
        "{}",
        stderr(&out)
    );
    // … and are with -v.
    let verbose = build(dir.path(), &["-v", "--force-rebuild"]);
    assert_eq!(stderr(&verbose).matches("Warnung[DSG029]").count(), 16);
    assert_eq!(stdout(&verbose).lines().count(), 11);
    // The details per client are in the file.
    let overview = fs::read_to_string(dir.path().join("mappen/uebersicht.md")).expect("md");
    assert!(overview.contains("## Warnungen je Kunde"), "{overview}");
    let listed = overview
        .lines()
        .filter(|l| l.starts_with("- ") && l.contains("DSG029"))
        .count();
    assert_eq!(listed, 16, "{overview}");
}

#[test]
fn summary_lines_fit_a_narrow_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    client_folders(
        dir.path(),
        &[("ein-sehr-langer-kundenname-der-nicht-passt-gmbh", "minimal")],
    );
    let out = bin(dir.path())
        .env("COLUMNS", "50")
        .args(["build", "kunden", "--format", "md", "-o", "mappen"])
        .output()
        .expect("runs");
    let text = stdout(&out);
    for line in text.lines() {
        assert!(line.chars().count() <= 50, "{line:?}");
    }
    assert!(text.contains('…'), "{text}");
}

#[test]
fn a_broken_client_keeps_its_old_pack_marked_stale_until_it_builds_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = client_folders(
        dir.path(),
        &[
            ("wagner", "elektro-wagner"),
            ("baecker", "baeckerei-sonnenschein"),
        ],
    );
    assert!(build(dir.path(), &[]).status.success());
    let pack = dir.path().join("mappen/wagner");
    let before = tree(&pack);
    let profile = root.join("wagner/dsgvo.yaml");
    let good = fs::read_to_string(&profile).expect("read");
    fs::write(&profile, format!("{good}\nnmae: x\n")).expect("write");

    let out = build(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let marker = fs::read_to_string(pack.join("VERALTET.txt")).expect("marker written");
    assert!(marker.contains("Veraltet seit: 2026-11-28"), "{marker}");
    assert!(marker.contains("unbekannter Schlüssel `nmae`"), "{marker}");
    let after: Vec<_> = tree(&pack)
        .into_iter()
        .filter(|(p, _)| p != Path::new("VERALTET.txt"))
        .collect();
    assert_eq!(
        before, after,
        "the old pack is kept byte for byte, nothing new mixed in"
    );
    let wagner_line = stdout(&out)
        .lines()
        .find(|l| l.starts_with("wagner "))
        .expect("status line")
        .to_owned();
    assert!(wagner_line.contains("veraltet"), "{wagner_line}");
    assert!(wagner_line.contains("Fehler beheben"), "{wagner_line}");
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("mappen/summary.json")).expect("json"))
            .expect("parse");
    let row = &json["profiles"][1];
    assert_eq!(row["client"], "wagner");
    assert_eq!(row["status"], "stale");
    assert_eq!(row["stale"]["since"], "2026-11-28");

    // A later failing run keeps the first date.
    let out = bin(dir.path())
        .env("SOURCE_DATE_EPOCH", "1795996800")
        .args(["build", "kunden", "--format", "md", "-o", "mappen"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let marker = fs::read_to_string(pack.join("VERALTET.txt")).expect("marker");
    assert!(marker.contains("Veraltet seit: 2026-11-28"), "{marker}");
    assert!(marker.contains("im Lauf vom 2026-11-30"), "{marker}");

    // Fixed: the marker goes.
    fs::write(&profile, good).expect("write");
    assert!(build(dir.path(), &[]).status.success());
    assert!(!pack.join("VERALTET.txt").exists());
}

#[test]
fn a_broken_client_without_an_old_pack_is_an_error_not_stale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = client_folders(dir.path(), &[("neu", "minimal")]);
    fs::write(root.join("neu/dsgvo.yaml"), "company: [\n").expect("write");
    let out = build(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.path().join("mappen/neu/VERALTET.txt").exists());
    let line = stdout(&out)
        .lines()
        .find(|l| l.starts_with("neu "))
        .expect("line")
        .to_owned();
    assert!(
        line.contains("Fehler") && !line.contains("veraltet"),
        "{line}"
    );
}

#[test]
fn an_unchanged_client_is_skipped_and_only_a_changed_one_is_rebuilt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = client_folders(
        dir.path(),
        &[
            ("wagner", "elektro-wagner"),
            ("baecker", "baeckerei-sonnenschein"),
        ],
    );
    assert!(build(dir.path(), &[]).status.success());
    let before = mtimes(&dir.path().join("mappen"));
    std::thread::sleep(std::time::Duration::from_millis(20));

    let out = build(dir.path(), &[]);
    assert!(out.status.success());
    assert!(
        stdout(&out)
            .lines()
            .any(|l| l.starts_with("baecker ") && l.contains("übersprungen")),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("2 Profil(e) unverändert übersprungen"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        before,
        mtimes(&dir.path().join("mappen")),
        "nothing rewritten"
    );

    // One processor changed in one profile: only that client is rebuilt.
    let profile = root.join("baecker/dsgvo.yaml");
    let text = fs::read_to_string(&profile).expect("read");
    fs::write(&profile, format!("{text}\n# geändert\n")).expect("write");
    let out = build(dir.path(), &["--message-format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let by_client = |c: &str| {
        json["profiles"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["client"] == c)
            .expect("client")
            .clone()
    };
    assert_eq!(by_client("wagner")["run"]["skipped"], true);
    assert_eq!(by_client("baecker")["run"]["skipped"], false);
    let after = mtimes(&dir.path().join("mappen"));
    for ((path, a), (_, b)) in before.iter().zip(&after) {
        if path.starts_with("wagner") {
            assert_eq!(a, b, "{} rewritten", path.display());
        }
    }

    // A file deleted by hand is noticed: the pack is rebuilt, not skipped.
    fs::remove_file(dir.path().join("mappen/wagner/06-widerruf.md")).expect("rm");
    let out = build(dir.path(), &[]);
    assert!(out.status.success());
    assert!(dir.path().join("mappen/wagner/06-widerruf.md").is_file());

    // --force-rebuild typesets everything again.
    let out = build(dir.path(), &["--force-rebuild"]);
    assert!(!stdout(&out).contains("übersprungen"), "{}", stdout(&out));
}

/// Whether each client was skipped in a JSON run with `SOURCE_DATE_EPOCH` and `--format`.
fn skipped_with(dir: &Path, epoch: &str, formats: &str) -> Vec<bool> {
    let out = bin(dir)
        .env("SOURCE_DATE_EPOCH", epoch)
        .args([
            "build",
            "kunden",
            "--message-format",
            "json",
            "-o",
            "mappen",
        ])
        .args(["--format", formats])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    json["profiles"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["run"]["skipped"].as_bool().expect("bool"))
        .collect()
}

#[test]
fn other_formats_or_another_stand_date_are_not_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = client_folders(dir.path(), &[("start", "minimal")]);
    // Without document.date the Stand date comes from SOURCE_DATE_EPOCH.
    let profile = root.join("start/dsgvo.yaml");
    let text = fs::read_to_string(&profile).expect("read");
    fs::write(&profile, text.replace("  date: \"2026-11-28\"", "")).expect("write");
    assert_eq!(skipped_with(dir.path(), "1795824000", "md"), [false]);
    assert_eq!(skipped_with(dir.path(), "1795824000", "md"), [true]);
    assert_eq!(skipped_with(dir.path(), "1795996800", "md"), [false]);
    let manifest = fs::read_to_string(dir.path().join("mappen/start/manifest.json")).expect("m");
    assert!(manifest.contains("\"stand\": \"2026-11-30\""), "{manifest}");
    assert_eq!(skipped_with(dir.path(), "1795996800", "md,html"), [false]);
    assert_eq!(skipped_with(dir.path(), "1795996800", "md,html"), [true]);
}

#[test]
fn the_overview_is_exported_as_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = client_folders(
        dir.path(),
        &[
            ("wagner", "elektro-wagner"),
            ("baecker", "baeckerei-sonnenschein"),
        ],
    );
    fs::create_dir(root.join("kaputt")).expect("mkdir");
    fs::write(root.join("kaputt/dsgvo.yaml"), "company: [\n").expect("write");
    build(dir.path(), &[]);
    let csv = fs::read_to_string(dir.path().join("mappen/uebersicht.csv")).expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(
        lines[0].starts_with("\u{feff}Kunde;Profil;Unternehmen;Status;Status-ID;"),
        "{csv}"
    );
    assert!(
        lines[1]
            .starts_with("baecker;kunden/baecker/dsgvo.yaml;Bäckerei Sonnenschein GmbH;ok;ok;0;0;"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("kaputt;kunden/kaputt/dsgvo.yaml;;Fehler;errors;"),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].contains(";Warnungen;warnings;0;1;DSG031;"),
        "{}",
        lines[3]
    );
}
