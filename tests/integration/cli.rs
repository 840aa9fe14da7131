//! CLI behaviour: exit codes, messages, files written.

use crate::common::*;
use predicates::prelude::*;

#[test]
fn build_writes_six_markdown_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["build", "-o", "out"])
        .arg(example("baeckerei-sonnenschein"))
        .assert()
        .success();
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .expect("out dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "01-verarbeitungsverzeichnis.md",
            "02-datenschutz-folgenabschaetzung.md",
            "03-einwilligung.md",
            "04-datenschutzhinweise.md",
            "05-auftragsverarbeitung.md",
            "06-widerruf.md"
        ]
    );
}

#[test]
fn explain_prints_reasoning_and_reference() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["explain", "DSG001"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Rechtsgrundlage: Art. 5"))
        .stdout(predicate::str::contains("private WhatsApp-App"));
    bin(dir.path())
        .args(["explain", "DSG999"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unbekannter Code"));
}
