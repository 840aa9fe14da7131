//! CLI behaviour: exit codes, messages, files written.

use crate::common::*;
use predicates::prelude::*;

#[test]
fn build_writes_six_documents_as_markdown_and_pdf() {
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
            "01-verarbeitungsverzeichnis.pdf",
            "02-datenschutz-folgenabschaetzung.md",
            "02-datenschutz-folgenabschaetzung.pdf",
            "03-einwilligung.md",
            "03-einwilligung.pdf",
            "04-datenschutzhinweise.md",
            "04-datenschutzhinweise.pdf",
            "05-auftragsverarbeitung.md",
            "05-auftragsverarbeitung.pdf",
            "06-widerruf.md",
            "06-widerruf.pdf",
            "anschreiben.md",
            "anschreiben.pdf",
            "aushang.md",
            "aushang.pdf",
            "checkliste-einfuehrung.md",
            "checkliste-einfuehrung.pdf",
            "manifest.json",
            "verlauf.json",
            "whatsapp-kontakt.html",
            "whatsapp-qr.svg",
            "whatsapp-texte.md",
            "whatsapp-texte.pdf"
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
