//! CI output: GitHub annotations, `--check` naming the cause of drift and grouping files,
//! `init` writing the Stand date, `outdated`.

use crate::common::*;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

/// A profile without `document.date` (the Stand date then comes from `SOURCE_DATE_EPOCH`).
fn undated_profile(dir: &Path) {
    let text = fs::read_to_string(example("minimal")).expect("read");
    fs::write(
        dir.join("dsgvo.yaml"),
        text.replace("  date: \"2026-11-28\"", ""),
    )
    .expect("write");
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn validate_github_prints_an_annotation_at_the_profile_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = fs::read_to_string(example("minimal")).expect("read");
    let broken = text.replace("  city: \"Berlin\"", "  citty: \"Berlin\"");
    fs::write(dir.path().join("dsgvo.yaml"), &broken).expect("write");
    let line = broken
        .lines()
        .position(|l| l.contains("citty"))
        .expect("line")
        + 1;
    let out = bin(dir.path())
        .args(["validate", "--format", "github"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.lines().any(|l| l.starts_with(&format!(
            "::error file=dsgvo.yaml,line={line},col=3,title=dsgvo-gen::unbekannter Schlüssel `citty`"
        ))),
        "{text}"
    );
    assert!(text.lines().all(|l| l.starts_with("::")), "{text}");

    // Warnings of a valid profile are warning annotations; the exit code stays 0.
    let out = bin(dir.path())
        .args(["validate", "--format", "github"])
        .arg(example("minimal"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.lines().any(|l| l.starts_with("::warning file=")
            && l.contains(",line=")
            && l.contains("title=dsgvo-gen DSG029::")),
        "{text}"
    );
}

#[test]
fn check_after_a_stand_only_change_says_so_and_groups_the_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    undated_profile(dir.path());
    bin(dir.path())
        .args(["build", "--format", "md"])
        .assert()
        .success();
    // A commit on a later day: only the Stand date would differ.
    let out = bin(dir.path())
        .env("SOURCE_DATE_EPOCH", "1795996800")
        .args(["build", "--format", "md", "--check"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("nur das Stand-Datum unterscheidet sich (28.11.2026 → 30.11.2026)"),
        "{err}"
    );
    assert_eq!(err.matches("würden sich ändern:").count(), 1, "{err}");
    assert!(!err.contains("würde sich ändern"), "{err}");

    // A changed profile is named as such, and GitHub gets one annotation at the profile.
    let text = fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("read");
    fs::write(
        dir.path().join("dsgvo.yaml"),
        text.replace("Musterfirma GmbH", "Musterfirma AG"),
    )
    .expect("write");
    let out = bin(dir.path())
        .args([
            "build",
            "--format",
            "md",
            "--check",
            "--message-format",
            "github",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("– Profil geändert\n"),
        "{}",
        stderr(&out)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let drift: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::error file=dsgvo.yaml,title=dsgvo-gen::"))
        .collect();
    assert_eq!(drift.len(), 1, "{stdout}");
    assert!(
        drift[0].contains("nicht aktuell: Profil geändert"),
        "{stdout}"
    );
}

#[test]
fn check_json_names_the_cause_by_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    undated_profile(dir.path());
    let out = bin(dir.path())
        .args([
            "build",
            "--format",
            "md",
            "--check",
            "--message-format",
            "json",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        json["profiles"][0]["run"]["drift_causes"][0]["id"],
        "not_built"
    );
}

#[test]
fn init_writes_the_stand_date_into_a_new_profile() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["init", "--answers"])
        .arg(repo("tests/fixtures/init/baeckerei.yaml"))
        .assert()
        .success();
    let text = fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("profile");
    let loaded = load_text(&text);
    assert_eq!(
        loaded.profile.expect("loads").raw.document.date.as_deref(),
        Some("2026-11-28"),
        "the day of init (SOURCE_DATE_EPOCH in tests)"
    );
    // Built on a later day, the documents keep that Stand date: --check stays green.
    bin(dir.path())
        .args(["build", "--format", "md"])
        .assert()
        .success();
    bin(dir.path())
        .env("SOURCE_DATE_EPOCH", "1796601600")
        .args(["build", "--format", "md", "--check"])
        .assert()
        .success();
}

#[test]
fn outdated_lists_packs_built_with_another_template_set() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = dir.path().join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    for stem in ["minimal", "elektro-wagner"] {
        fs::copy(example(stem), clients.join(format!("{stem}.yaml"))).expect("copy");
    }
    bin(dir.path())
        .args(["build", "kunden", "--format", "md", "-o", "mappen"])
        .assert()
        .success();
    bin(dir.path())
        .args(["outdated", "mappen"])
        .assert()
        .success()
        .stdout(predicate::str::contains("alle 2 Mappe(n) aktuell"));

    // One client rebuilt with a changed template: its pack has another template set.
    let own = dir.path().join("vorlagen");
    fs::create_dir(&own).expect("mkdir");
    let template = fs::read_to_string(repo("templates/de/06-widerruf.md")).expect("template");
    fs::write(
        own.join("06-widerruf.md"),
        format!("{template}\nEigene Zeile.\n"),
    )
    .expect("write");
    bin(dir.path())
        .args([
            "build",
            "kunden/minimal.yaml",
            "--format",
            "md",
            "-o",
            "mappen/minimal",
        ])
        .arg("--templates")
        .arg(&own)
        .assert()
        .success();
    let out = bin(dir.path())
        .args(["outdated", "mappen"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let line = text
        .lines()
        .find(|l| l.starts_with("minimal "))
        .expect("line");
    assert!(
        line.contains("veraltet") && line.contains("Vorlagensatz geändert"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("elektro-wagner ") && l.contains("aktuell")),
        "{text}"
    );
    assert!(text.contains("1 von 2 Mappe(n) veraltet"), "{text}");
    // Compared with the same templates, it is current.
    bin(dir.path())
        .args(["outdated", "mappen/minimal", "--templates"])
        .arg(&own)
        .assert()
        .success();
    bin(dir.path())
        .args(["outdated", "kunden"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("keine Mappen gefunden"));
}

#[test]
fn batch_check_names_the_cause_in_the_client_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = dir.path().join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    undated_profile(&clients);
    fs::rename(clients.join("dsgvo.yaml"), clients.join("start.yaml")).expect("mv");
    fs::copy(example("elektro-wagner"), clients.join("wagner.yaml")).expect("copy");
    bin(dir.path())
        .args(["build", "kunden", "--format", "md", "-o", "mappen"])
        .assert()
        .success();
    let out = bin(dir.path())
        .env("SOURCE_DATE_EPOCH", "1795996800")
        .args([
            "build", "kunden", "--format", "md", "-o", "mappen", "--check",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let start = text
        .lines()
        .find(|l| l.starts_with("start "))
        .expect("line");
    assert!(
        start.contains("nicht aktuell: nur das Stand-Datum unterscheidet sich"),
        "{text}"
    );
    let wagner = text
        .lines()
        .find(|l| l.starts_with("wagner "))
        .expect("line");
    assert!(!wagner.contains("nicht aktuell"), "{text}");
}

/// The SARIF 2.1.0 schema published by OASIS (sarif-2.1/schema in oasis-tcs/sarif-spec).
fn sarif_schema() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schemas/sarif-schema-2.1.0.json");
    serde_json::from_str(&fs::read_to_string(path).expect("schema")).expect("json")
}

/// A folder with a broken profile (misspelt field) and one with warnings.
fn mixed_clients(dir: &Path) -> usize {
    let text = fs::read_to_string(example("minimal")).expect("read");
    fs::create_dir(dir.join("kunden")).expect("mkdir");
    let broken = text.replace("  city: \"Berlin\"", "  citty: \"Berlin\"");
    fs::write(dir.join("kunden/kaputt.yaml"), &broken).expect("write");
    fs::write(
        dir.join("kunden/minimal.yaml"),
        fs::read_to_string(example("minimal")).expect("read"),
    )
    .expect("write");
    broken
        .lines()
        .position(|l| l.contains("citty"))
        .expect("line")
        + 1
}

#[test]
fn sarif_output_validates_against_the_sarif_2_1_0_schema_and_points_at_the_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = mixed_clients(dir.path());
    let validator = jsonschema::validator_for(&sarif_schema()).expect("valid schema");
    for args in [
        vec!["validate", "kunden", "--format", "sarif"],
        vec![
            "build",
            "kunden",
            "-o",
            "mappen",
            "--format",
            "md",
            "--message-format",
            "sarif",
        ],
    ] {
        let out = bin(dir.path()).args(&args).output().expect("runs");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?}: the broken profile fails"
        );
        let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json on stdout");
        let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{args:?}: {errors:?}");
        let results = log["runs"][0]["results"].as_array().expect("results");
        // The misspelt field is reported at its line, with the code of unreadable profiles.
        let broken = results
            .iter()
            .find(|r| {
                let loc = &r["locations"][0]["physicalLocation"];
                loc["artifactLocation"]["uri"] == "kunden/kaputt.yaml"
                    && loc["region"]["startLine"] == line
            })
            .expect("finding at the misspelt field");
        assert_eq!(
            broken["ruleId"], "DSG000",
            "an unreadable profile has a code"
        );
        assert_eq!(broken["level"], "error");
        // Every result's rule is described in the driver's rules.
        let rules: Vec<&str> = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .filter_map(|r| r["id"].as_str())
            .collect();
        assert!(
            results
                .iter()
                .all(|r| r["ruleId"].as_str().is_some_and(|id| rules.contains(&id)))
        );
        assert!(
            results.iter().any(|r| r["level"] == "warning"),
            "the warnings of the minimal profile"
        );
    }
    // Same findings, same bytes.
    let run = || {
        bin(dir.path())
            .args(["validate", "kunden", "--format", "sarif"])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn gitlab_code_quality_lists_every_finding_with_a_stable_fingerprint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = mixed_clients(dir.path());
    let out = bin(dir.path())
        .args(["validate", "kunden", "--format", "gitlab"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let entries = report.as_array().expect("array");
    let broken = entries
        .iter()
        .find(|e| {
            e["location"]["path"] == "kunden/kaputt.yaml" && e["location"]["lines"]["begin"] == line
        })
        .expect("finding at the misspelt field");
    assert_eq!(broken["severity"], "major");
    assert_eq!(broken["check_name"], "DSG000");
    for e in entries {
        for key in ["description", "check_name", "fingerprint", "severity"] {
            assert!(e[key].is_string(), "{key} in {e}");
        }
    }
    let fingerprints: std::collections::BTreeSet<&str> = entries
        .iter()
        .filter_map(|e| e["fingerprint"].as_str())
        .collect();
    assert_eq!(fingerprints.len(), entries.len(), "fingerprints are unique");
}

/// Usage errors exit with 2 (as uv and ruff do); an output path that is a file is the user's
/// mistake: exit 1 with a plain message, never an internal error.
#[test]
fn usage_errors_exit_2_and_a_file_as_output_folder_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::copy(example("minimal"), dir.path().join("dsgvo.yaml")).expect("copy");
    for args in [
        vec!["buidl"],
        vec!["build", "--no-such-option"],
        vec!["validate", "--format", "xml"],
    ] {
        let out = bin(dir.path()).args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    fs::write(dir.path().join("afile"), "x").expect("write");
    let out = bin(dir.path())
        .args(["build", "-o", "afile", "-q"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("ist eine Datei, kein Ordner"), "{err}");
    assert!(!err.contains("interner Fehler"), "{err}");
}
