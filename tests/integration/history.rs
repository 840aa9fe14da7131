//! The per-client history (`verlauf.json`): entries with the meaning of a change, nothing
//! appended on an unchanged rebuild, the version overview of the internal documents.

use crate::common::*;
use dsgvo_gen::history::{self, diff};
use std::fs;
use std::path::Path;

fn minimal() -> String {
    fs::read_to_string(example("minimal")).expect("read")
}

fn with_processor(text: &str, name: &str) -> String {
    format!("{text}\nprocessors:\n  - name: \"{name}\"\n    role: crm\n    agreement: signed\n")
}

fn build(dir: &Path) -> assert_cmd::assert::Assert {
    bin(dir)
        .args(["build", "firma.yaml", "--format", "md", "-o", "mappe"])
        .assert()
}

fn history(dir: &Path) -> serde_json::Value {
    let text = fs::read_to_string(dir.join("mappe/verlauf.json")).expect("verlauf.json");
    serde_json::from_str(&text).expect("JSON")
}

fn changes(entry: &serde_json::Value) -> Vec<String> {
    entry["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| c.as_str().expect("text").to_owned())
        .collect()
}

#[test]
fn first_build_writes_one_entry_and_the_internal_documents_show_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("firma.yaml"), minimal()).expect("write");
    build(dir.path()).success();
    let h = history(dir.path());
    assert_eq!(h["format"], "dsgvo-gen-verlauf");
    assert_eq!(h["format_version"], 1);
    let entries = h["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(changes(&entries[0]), ["Erstfassung"]);
    assert_eq!(entries[0]["stand"], "2026-11-28");
    assert_eq!(entries[0]["version"], "1.0");
    assert!(
        entries[0]["changed_files"]
            .as_array()
            .expect("files")
            .iter()
            .any(|f| f == "01-verarbeitungsverzeichnis.md")
    );
    for stem in [
        "01-verarbeitungsverzeichnis",
        "02-datenschutz-folgenabschaetzung",
        "03-einwilligung",
        "05-auftragsverarbeitung",
    ] {
        let text =
            plain(&fs::read_to_string(dir.path().join(format!("mappe/{stem}.md"))).expect("doc"));
        assert!(
            text.contains("Version 1.0 · Stand 28.11.2026 (Erstfassung). Erstellt mit"),
            "{stem}"
        );
    }
    for stem in ["04-datenschutzhinweise", "06-widerruf"] {
        let text = fs::read_to_string(dir.path().join(format!("mappe/{stem}.md"))).expect("doc");
        assert!(!text.contains("Änderungsverlauf"), "{stem} is public");
        assert!(!text.contains("Erstfassung"), "{stem} is public");
    }
}

#[test]
fn unchanged_rebuild_appends_nothing_and_a_new_recipient_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = dir.path().join("firma.yaml");
    fs::write(&profile, minimal()).expect("write");
    build(dir.path()).success();
    let first = fs::read(dir.path().join("mappe/verlauf.json")).expect("read");
    build(dir.path()).success();
    assert_eq!(
        fs::read(dir.path().join("mappe/verlauf.json")).expect("read"),
        first,
        "an unchanged rebuild leaves verlauf.json as it was"
    );
    // A Stand date change alone is no entry either.
    fs::write(
        &profile,
        minimal().replace("date: \"2026-11-28\"", "date: \"2026-11-30\""),
    )
    .expect("write");
    build(dir.path()).success();
    assert_eq!(
        fs::read(dir.path().join("mappe/verlauf.json")).expect("read"),
        first
    );

    fs::write(
        &profile,
        with_processor(
            &minimal().replace("version: \"1.0\"", "version: \"1.1\""),
            "Archiv Nord GmbH",
        ),
    )
    .expect("write");
    build(dir.path()).success();
    let h = history(dir.path());
    let entries = h["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1]["number"], 2);
    assert_eq!(entries[1]["version"], "1.1");
    let meaning = changes(&entries[1]);
    assert_eq!(meaning, ["neuer Empfänger Archiv Nord GmbH (CRM-System)"]);
    let files = entries[1]["changed_files"].as_array().expect("files");
    assert!(files.iter().any(|f| f == "01-verarbeitungsverzeichnis.md"));
    assert!(
        !files
            .iter()
            .any(|f| f == "manifest.json" || f == "verlauf.json")
    );
    for stem in [
        "01-verarbeitungsverzeichnis",
        "02-datenschutz-folgenabschaetzung",
        "03-einwilligung",
        "05-auftragsverarbeitung",
    ] {
        let text =
            plain(&fs::read_to_string(dir.path().join(format!("mappe/{stem}.md"))).expect("doc"));
        assert!(
            text.contains("| 1.0 | 28.11.2026 | Erstfassung |"),
            "{stem}: {text}"
        );
        assert!(
            text.contains("| 1.1 | 28.11.2026 | neuer Empfänger Archiv Nord GmbH (CRM-System) |"),
            "{stem}"
        );
    }
}

#[test]
fn a_broken_history_file_stops_the_build_with_a_plain_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("firma.yaml"), minimal()).expect("write");
    fs::create_dir(dir.path().join("mappe")).expect("mkdir");
    fs::write(dir.path().join("mappe/verlauf.json"), "{ kaputt").expect("write");
    let assert = build(dir.path()).code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("verlauf.json"), "{stderr}");
    assert!(stderr.contains("kein gültiges JSON"), "{stderr}");
    assert!(!stderr.contains("interner Fehler"), "{stderr}");
    assert!(
        !dir.path()
            .join("mappe/01-verarbeitungsverzeichnis.md")
            .exists()
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("mappe/verlauf.json")).expect("kept"),
        "{ kaputt"
    );
}

#[test]
fn a_history_from_a_newer_release_is_refused() {
    let err =
        history::parse(r#"{"format":"dsgvo-gen-verlauf","format_version":99}"#).expect_err("newer");
    assert!(err.contains("neueren Version"), "{err}");
    let err = history::parse(r#"{"format":"etwas anderes"}"#).expect_err("foreign");
    assert!(err.contains("kein Änderungsverlauf"), "{err}");
}

#[test]
fn each_client_folder_of_a_batch_keeps_its_own_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = dir.path().join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    for stem in ["minimal", "elektro-wagner"] {
        fs::copy(example(stem), clients.join(format!("{stem}.yaml"))).expect("copy");
    }
    let run = || {
        bin(dir.path())
            .args(["build", "kunden", "--format", "md", "-o", "mappen"])
            .assert()
            .success();
    };
    run();
    let path = clients.join("minimal.yaml");
    fs::write(&path, with_processor(&minimal(), "Helpdesk Süd GmbH")).expect("write");
    run();
    let read = |stem: &str| -> serde_json::Value {
        serde_json::from_str(
            &fs::read_to_string(dir.path().join(format!("mappen/{stem}/verlauf.json")))
                .expect("history"),
        )
        .expect("JSON")
    };
    assert_eq!(
        read("elektro-wagner")["entries"].as_array().map(Vec::len),
        Some(1)
    );
    let minimal = read("minimal");
    let entries = minimal["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 2);
    assert!(changes(&entries[1])[0].contains("Helpdesk Süd GmbH"));
}

fn raw(text: &str) -> dsgvo_gen::profile::model::RawProfile {
    load_valid(text).profile.expect("profile").raw
}

#[test]
fn the_meaning_of_changes_per_field_group() {
    let base = raw(&minimal());
    let cloud = raw(&fs::read_to_string(example("onlineshop-nordlicht")).expect("read"));
    let mut switched = base.clone();
    switched.whatsapp.variant = cloud.whatsapp.variant;
    let text = diff::changes(&base, &switched).join("\n");
    assert!(
        text.contains("Variante von Business-App auf Cloud-API")
            && text.contains("gewechselt → AVV prüfen"),
        "{text}"
    );

    let mut marketing = base.clone();
    marketing
        .scenarios
        .push(serde_saphyr::from_str("kind: marketing\nlegal_basis: consent\n").expect("entry"));
    assert_eq!(
        diff::changes(&base, &marketing),
        ["Zweck „Angebote und Aktionen“ hinzugefügt → neue Einwilligung nötig"]
    );

    let mut retention = base.clone();
    retention.scenarios[0].retention = Some("6 Monate".to_owned());
    assert_eq!(
        diff::changes(&base, &retention),
        [format!(
            "Aufbewahrungsfrist für „{}“ geändert",
            "Kundenanfragen und Kundenservice"
        )]
    );

    let mut removed = base.clone();
    removed.measures.clear();
    let text = diff::changes(&base, &removed).join("\n");
    assert!(text.contains("entfällt → Risikobewertung prüfen"), "{text}");

    let mut moved = base.clone();
    moved.company.city = "Potsdam".to_owned();
    moved.company.postal_code = "14467".to_owned();
    assert_eq!(
        diff::changes(&base, &moved),
        ["Anschrift des Unternehmens geändert"]
    );

    assert!(diff::changes(&base, &base).is_empty());
}

#[test]
fn check_passes_after_a_build_and_names_the_history_when_the_profile_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = dir.path().join("firma.yaml");
    fs::write(&profile, minimal()).expect("write");
    build(dir.path()).success();
    let check = || {
        bin(dir.path())
            .args([
                "build",
                "firma.yaml",
                "--format",
                "md",
                "-o",
                "mappe",
                "--check",
            ])
            .assert()
    };
    check().success();
    fs::write(&profile, with_processor(&minimal(), "Archiv Nord GmbH")).expect("write");
    let assert = check().code(1);
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
        + &String::from_utf8_lossy(&assert.get_output().stderr);
    assert!(out.contains("verlauf.json"), "{out}");
    // --check writes nothing: the history still has one entry.
    assert_eq!(
        history(dir.path())["entries"].as_array().map(Vec::len),
        Some(1)
    );
}

fn inputs<'a>(
    profile: &'a dsgvo_gen::profile::validate::Profile,
    tool_version: &'a str,
) -> history::Inputs<'a> {
    history::Inputs {
        profile,
        stand: dsgvo_gen::date::Date::new(2026, 11, 28).expect("date"),
        template_set: "de-test",
        tool_version,
        facts_date: dsgvo_gen::legal::facts_date(),
    }
}

#[test]
fn advancing_appends_only_for_changed_inputs_and_rows_stay_compact() {
    let loaded = load_valid(&minimal());
    let profile = loaded.profile.as_ref().expect("profile");
    let (first, appended) = history::advance(None, &inputs(profile, "1.0.0"));
    assert!(appended);
    assert_eq!(first.entries.len(), 1);
    let (same, appended) = history::advance(Some(first.clone()), &inputs(profile, "1.0.0"));
    assert!(!appended);
    assert_eq!(same, first);
    let (updated, appended) = history::advance(Some(first), &inputs(profile, "1.1.0"));
    assert!(appended);
    assert_eq!(updated.entries[1].changes, ["erzeugt mit dsgvo-gen 1.1.0"]);

    let mut many = updated.clone();
    for n in 3..=6 {
        let mut e = many.entries[1].clone();
        e.number = n;
        e.version = format!("1.{n}");
        e.changes = (1..=5).map(|i| format!("Änderung {i}")).collect();
        many.entries.push(e);
    }
    let rows = history::rows(&many);
    assert_eq!(rows.len(), history::OVERVIEW_ROWS);
    assert_eq!(rows.last().map(|r| r.version.as_str()), Some("1.6"));
    assert_eq!(
        rows[0].change,
        "Änderung 1; Änderung 2; Änderung 3; 2 weitere Änderungen (siehe verlauf.json)"
    );
    assert_eq!(rows[0].stand, "28.11.2026");
}
