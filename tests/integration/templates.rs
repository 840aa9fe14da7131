//! Template customisation: export, override by name, errors in user templates.

use crate::common::*;
use predicates::prelude::*;
use std::fs;

#[test]
fn export_then_override_one_template() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["templates", "export", "vorlagen"])
        .assert()
        .success();
    let exported = dir.path().join("vorlagen/04-datenschutzhinweise.md");
    assert!(exported.exists());
    assert!(dir.path().join("vorlagen/components.md").exists());

    // Refuses to overwrite without --force.
    bin(dir.path())
        .args(["templates", "export", "vorlagen"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--force"));

    let own = dir.path().join("eigene");
    fs::create_dir(&own).expect("mkdir");
    fs::write(
        own.join("04-datenschutzhinweise.md"),
        "# Eigene Hinweise für {{ company.name }}\n\nAufsicht: {{ authority.name }}\n",
    )
    .expect("write");
    bin(dir.path())
        .args([
            "build",
            "--format",
            "md",
            "--templates",
            "eigene",
            "-o",
            "out",
        ])
        .arg(example("minimal"))
        .assert()
        .success();
    let notice =
        fs::read_to_string(dir.path().join("out/04-datenschutzhinweise.md")).expect("read");
    assert_eq!(
        notice,
        "# Eigene Hinweise für Musterfirma GmbH\n\nAufsicht: Berliner Beauftragte für Datenschutz und Informationsfreiheit\n"
    );
    let vvt =
        fs::read_to_string(dir.path().join("out/01-verarbeitungsverzeichnis.md")).expect("read");
    assert!(
        vvt.starts_with("# Verzeichnis von Verarbeitungstätigkeiten"),
        "others stay embedded"
    );
}

#[test]
fn broken_user_template_is_a_user_error_with_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    let own = dir.path().join("eigene");
    fs::create_dir(&own).expect("mkdir");
    fs::write(
        own.join("06-widerruf.md"),
        "# Titel\n\n{% if company.name %}offen\n",
    )
    .expect("write");
    bin(dir.path())
        .args([
            "build",
            "--format",
            "md",
            "--templates",
            "eigene",
            "-o",
            "out",
        ])
        .arg(example("minimal"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("06-widerruf.md"));
    assert!(!dir.path().join("out").exists());
}
