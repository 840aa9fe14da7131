//! `validate`: text and JSON reports, exit codes.

use crate::common::*;
use predicates::prelude::*;

#[test]
fn valid_profile_exits_zero() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .arg("validate")
        .arg(example("baeckerei-sonnenschein"))
        .assert()
        .success()
        .stdout(predicate::str::contains("gültig (0 Fehler"));
}

#[test]
fn lint_error_exits_one_with_code_and_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .arg("validate")
        .arg(example("migration/friseur-privat"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Fehler[DSG001]"))
        .stderr(predicate::str::contains("friseur-privat.yaml:21:3"))
        .stdout(predicate::str::contains("ungültig"));
}

#[test]
fn json_report_lists_diagnostics() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = bin(dir.path())
        .args(["validate", "--format", "json"])
        .arg(example("migration/friseur-privat"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).expect("json");
    let first = &json["profiles"][0];
    assert_eq!(first["status"], "errors");
    let codes: Vec<&str> = first["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(codes.contains(&"DSG001"), "{codes:?}");
    assert!(first["diagnostics"][0]["line"].as_u64().is_some());
}
