//! `build`: every example builds, output is deterministic, `--check` detects drift, bad input
//! is rejected with every problem and nothing written.

use crate::common::*;
use predicates::prelude::*;
use std::fs;

#[test]
fn every_example_builds_markdown_and_pdf() {
    let dir = tempfile::tempdir().expect("tempdir");
    for stem in EXAMPLES {
        bin(dir.path())
            .args(["build", "-q", "-o", stem])
            .arg(example(stem))
            .assert()
            .success();
        let files = tree(&dir.path().join(stem));
        let names: Vec<String> = files
            .iter()
            .map(|(p, _)| p.to_string_lossy().into_owned())
            .collect();
        for kind in dsgvo_gen::document::DocumentKind::ALL {
            for ext in ["md", "pdf"] {
                let name = format!("{}.{ext}", kind.stem());
                assert!(names.contains(&name), "{stem}: {name}");
            }
        }
        for sheet in ["whatsapp-texte", "checkliste-einfuehrung"] {
            for ext in ["md", "pdf"] {
                let name = format!("{sheet}.{ext}");
                assert!(names.contains(&name), "{stem}: {name}");
            }
        }
        assert!(
            names.iter().any(|n| n == "manifest.json"),
            "{stem}: manifest"
        );
        for (path, bytes) in &files {
            let name = path.to_string_lossy();
            if name == "manifest.json" {
                continue;
            }
            if name.ends_with(".pdf") {
                assert!(bytes.starts_with(b"%PDF-"), "{stem}/{name}");
            } else {
                assert!(bytes.len() > 500, "{stem}/{name} is not empty");
            }
        }
    }
}

#[test]
fn two_builds_are_byte_identical_and_the_second_rewrites_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = example("elektro-wagner");
    bin(dir.path())
        .args(["build", "-o", "a"])
        .arg(&profile)
        .assert()
        .success();
    bin(dir.path())
        .args(["build", "-o", "b"])
        .arg(&profile)
        .assert()
        .success();
    assert_eq!(tree(&dir.path().join("a")), tree(&dir.path().join("b")));

    let before = mtimes(&dir.path().join("a"));
    bin(dir.path())
        .args(["build", "-o", "a"])
        .arg(&profile)
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "0 Datei(en) geschrieben, {} unverändert",
            tree(&dir.path().join("a")).len()
        )));
    let after = mtimes(&dir.path().join("a"));
    assert_eq!(before, after);
}

#[test]
fn check_passes_after_build_and_names_drifted_files_after_a_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = dir.path().join("dsgvo.yaml");
    fs::copy(example("baeckerei-sonnenschein"), &profile).expect("copy");
    bin(dir.path()).arg("build").assert().success();
    bin(dir.path())
        .args(["build", "--check"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "alle {} Datei(en) aktuell",
            tree(&dir.path().join("dokumente")).len()
        )));

    let text = fs::read_to_string(&profile).expect("read");
    fs::write(
        &profile,
        text.replace("Kaiser-Joseph-Straße 212", "Kaiser-Joseph-Straße 214"),
    )
    .expect("write");
    let listing_before = tree(&dir.path().join("dokumente"));
    bin(dir.path())
        .args(["build", "--check"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nicht aktuell – Profil geändert"))
        .stderr(predicate::str::contains(
            "würden sich ändern: 01-verarbeitungsverzeichnis.md, 01-verarbeitungsverzeichnis.pdf",
        ))
        .stderr(predicate::str::contains("04-datenschutzhinweise.pdf"))
        .stderr(predicate::str::contains("würde sich ändern").not());
    assert_eq!(
        listing_before,
        tree(&dir.path().join("dokumente")),
        "--check writes nothing"
    );

    fs::remove_file(dir.path().join("dokumente/06-widerruf.md")).expect("rm");
    bin(dir.path())
        .args(["build", "--check"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("fehlen: 06-widerruf.md"));
}

const BROKEN: &str = "schema_version: 1
company:
  name: \"Testfirma GmbH\"
  street: \"Weg 1\"
  postal_code: \"10115\"
  city: Berlin
  state: berlin
  representatives: [\"A. Muster\"]
  email: info@testfirma.example
  sector: retail
  employes: 3
whatsapp:
  variant: business_app
  business_number: \"+49 30 1234567\"
  features: keine
document:
  responsible: \"Anna Muster
";

#[test]
fn broken_profile_reports_every_problem_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("kaputt.yaml"), BROKEN).expect("write");
    let assert = bin(dir.path())
        .args(["build", "kaputt.yaml", "-o", "out"])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("unbekannter Schlüssel `employes`") && stderr.contains("kaputt.yaml:11:3"),
        "{stderr}"
    );
    assert!(stderr.contains("meinten Sie `employees`?"), "{stderr}");
    assert!(
        stderr.contains("`whatsapp.features` erwartet eine Liste")
            && stderr.contains("kaputt.yaml:15:13"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Anführungszeichen nicht geschlossen")
            && stderr.contains("kaputt.yaml:17:16"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !dir.path().join("out").exists(),
        "no output for a broken profile"
    );
}

#[test]
fn missing_default_profile_explains_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .arg("build")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("./dsgvo.yaml existiert nicht"))
        .stderr(predicate::str::contains("dsgvo-gen init"));
}

#[test]
fn private_variant_is_refused_unless_forced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = example("migration/friseur-privat");
    bin(dir.path())
        .args(["build", "-o", "out"])
        .arg(&profile)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Fehler[DSG001]"));
    assert!(!dir.path().join("out").exists());
    bin(dir.path())
        .args(["build", "--force", "--format", "md", "-o", "out"])
        .arg(&profile)
        .assert()
        .success();
    let vvt =
        fs::read_to_string(dir.path().join("out/01-verarbeitungsverzeichnis.md")).expect("vvt");
    assert!(
        vvt.contains("Das Profil enthält Prüffehler"),
        "forced pack says so"
    );
    assert!(
        vvt.contains("private WhatsApp-App ist für die geschäftliche Kommunikation nicht geeignet")
    );
}

#[test]
fn company_name_with_markdown_metacharacters_prints_literally() {
    let text = fs::read_to_string(example("minimal"))
        .expect("minimal")
        .replace("Musterfirma GmbH", "Müller & Co *GmbH* [1]");
    let docs = render(&load_text(&text));
    for (stem, markdown) in &docs {
        assert!(
            markdown.contains("Müller & Co \\*GmbH\\* \\[1\\]"),
            "{stem}"
        );
        // Rendered by a CommonMark parser the name is plain text, not emphasis or a link.
        let arena = comrak::Arena::new();
        let root = comrak::parse_document(&arena, markdown, &comrak::Options::default());
        let mut plain_text = String::new();
        for node in root.descendants() {
            if let comrak::nodes::NodeValue::Text(t) = &node.data.borrow().value {
                plain_text.push_str(t);
            }
        }
        assert!(plain_text.contains("Müller & Co *GmbH* [1]"), "{stem}");
    }
}

#[test]
fn stand_date_comes_from_profile_else_source_date_epoch() {
    let dir = tempfile::tempdir().expect("tempdir");
    // minimal.yaml sets document.date 2026-11-28.
    bin(dir.path())
        .args(["build", "--format", "md", "-o", "a"])
        .arg(example("minimal"))
        .env("SOURCE_DATE_EPOCH", "0")
        .assert()
        .success();
    let a = fs::read_to_string(dir.path().join("a/04-datenschutzhinweise.md")).expect("a");
    assert!(a.contains("Stand 28.11.2026"));

    let text = fs::read_to_string(example("minimal")).expect("minimal");
    let undated: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("date:"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(dir.path().join("p.yaml"), undated).expect("write");
    bin(dir.path())
        .args(["build", "--format", "md", "-o", "b", "p.yaml"])
        .env("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01T00:00:00Z
        .assert()
        .success();
    let b = fs::read_to_string(dir.path().join("b/04-datenschutzhinweise.md")).expect("b");
    assert!(b.contains("Stand 01.01.2026"), "{}", &b[..300]);
}

#[test]
fn batch_build_writes_one_folder_per_profile() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = dir.path().join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    fs::copy(example("minimal"), clients.join("a.yaml")).expect("copy");
    fs::copy(example("baeckerei-sonnenschein"), clients.join("b.yaml")).expect("copy");
    bin(dir.path())
        .args(["build", "kunden", "--format", "md", "-o", "packs"])
        .assert()
        .success();
    assert!(
        dir.path()
            .join("packs/a/01-verarbeitungsverzeichnis.md")
            .exists()
    );
    assert!(dir.path().join("packs/b/06-widerruf.md").exists());
}

#[test]
fn manifest_lists_every_file_with_its_sha256() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["build", "-q", "-o", "out"])
        .arg(example("minimal"))
        .assert()
        .success();
    let out = dir.path().join("out");
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("manifest.json")).expect("manifest"))
            .expect("json");
    let profile_hash =
        dsgvo_gen::profile::load::hash(&fs::read_to_string(example("minimal")).expect("profile"));
    assert_eq!(manifest["profile_sha256"], profile_hash.as_str());
    let files = manifest["files"].as_array().expect("files");
    assert_eq!(
        files.len(),
        tree(&out).len() - 2,
        "every file but the manifest and the history"
    );
    assert!(out.join("verlauf.json").exists());
    for entry in files {
        let path = entry["path"].as_str().expect("path");
        let bytes = fs::read(out.join(path)).expect("listed file exists");
        assert_eq!(
            entry["sha256"].as_str(),
            Some(dsgvo_gen::profile::load::hash_bytes(&bytes).as_str()),
            "{path}"
        );
    }
}

#[test]
fn a_single_build_ends_with_what_to_do_next() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["build", "--format", "md", "-o", "out"])
        .arg(example("baeckerei-sonnenschein"))
        .assert()
        .success()
        .stderr(predicate::str::contains("Was jetzt?"))
        .stderr(predicate::str::contains(
            "Als Seite Ihrer Website veröffentlichen: 04-datenschutzhinweise.md und daneben Teil A von 06-widerruf.md (nur Teil A; Teil B ist intern) unter https://www.baeckerei-sonnenschein.example/datenschutz/whatsapp",
        ));
    // Quiet, check and batch runs print no steps.
    bin(dir.path())
        .args(["build", "-q", "--format", "md", "-o", "out"])
        .arg(example("baeckerei-sonnenschein"))
        .assert()
        .success()
        .stderr(predicate::str::contains("Was jetzt?").not());
    bin(dir.path())
        .args(["build", "--check", "--format", "md", "-o", "out"])
        .arg(example("baeckerei-sonnenschein"))
        .assert()
        .success()
        .stderr(predicate::str::contains("Was jetzt?").not());
}
