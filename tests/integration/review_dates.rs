//! Review dates (DSG032), the age of the legal facts (DSG033) and accepted findings.

use crate::common::*;
use dsgvo_gen::date::Date;
use dsgvo_gen::profile::load;
use std::fs;

fn minimal() -> String {
    fs::read_to_string(example("minimal")).expect("read")
}

/// The minimal example with its own Stand date removed, so the build's date counts.
fn undated() -> String {
    minimal().replace(
        "  date: \"2026-11-28\"         # Stand-Datum der Dokumente\n",
        "",
    )
}

fn date(y: u16, m: u8, d: u8) -> Option<Date> {
    Date::new(y, m, d)
}

fn codes(loaded: &load::Loaded) -> Vec<&'static str> {
    loaded.diagnostics.iter().filter_map(|d| d.code).collect()
}

#[test]
fn an_overdue_review_is_a_finding_at_its_line() {
    let text = undated().replace("document:\n", "document:\n  next_review: \"2027-06-30\"\n");
    let before = load::load_str_at("p.yaml", &text, date(2027, 6, 30));
    assert!(!codes(&before).contains(&"DSG032"));
    let after = load::load_str_at("p.yaml", &text, date(2027, 7, 1));
    let d = after
        .diagnostics
        .iter()
        .find(|d| d.code == Some("DSG032"))
        .expect("DSG032");
    assert!(!d.is_error());
    let line = text
        .lines()
        .position(|l| l.contains("next_review"))
        .expect("line")
        + 1;
    assert_eq!(d.line, Some(u32::try_from(line).expect("small")));
    assert!(d.message.contains("30.06.2027"), "{}", d.message);
    // The profile's own Stand date decides, not the build's.
    let dated = text.replace("document:\n", "document:\n  date: \"2027-01-01\"\n");
    let loaded = load::load_str_at("p.yaml", &dated, date(2030, 1, 1));
    assert!(!codes(&loaded).contains(&"DSG032"));
    // Without any Stand date (no build date given), nothing is claimed.
    assert!(!codes(&load::load_str("p.yaml", &text)).contains(&"DSG032"));
}

#[test]
fn an_invalid_review_date_is_an_error_with_position() {
    let text = minimal().replace("document:\n", "document:\n  next_review: \"30.13.2027\"\n");
    let loaded = load::load_str("p.yaml", &text);
    let d = loaded
        .diagnostics
        .iter()
        .find(|d| d.path == "document.next_review")
        .expect("error");
    assert!(d.is_error());
    assert!(d.message.contains("kein gültiges Datum"), "{}", d.message);
    assert!(d.line.is_some() && d.column.is_some());
}

#[test]
fn legal_facts_older_than_the_limit_are_a_finding() {
    let facts = dsgvo_gen::legal::facts_date();
    let months = dsgvo_gen::profile::lints::FACTS_MAX_AGE_MONTHS;
    assert_eq!(months, 12);
    let within = Date::new(facts.year + 1, facts.month, facts.day);
    let beyond = Date::new(facts.year + 1, facts.month, facts.day).map(|_| {
        if facts.month == 12 {
            Date::new(facts.year + 2, 1, 28)
        } else {
            Date::new(facts.year + 1, facts.month + 1, facts.day.min(28))
        }
    });
    let text = undated();
    assert!(!codes(&load::load_str_at("p.yaml", &text, within)).contains(&"DSG033"));
    let loaded = load::load_str_at("p.yaml", &text, beyond.flatten());
    assert!(codes(&loaded).contains(&"DSG033"));
}

#[test]
fn build_reports_an_overdue_review_and_documents_name_the_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    // SOURCE_DATE_EPOCH of the test binary is in late November 2026.
    fs::write(
        dir.path().join("p.yaml"),
        undated().replace("document:\n", "document:\n  next_review: \"2026-10-31\"\n"),
    )
    .expect("write");
    let assert = bin(dir.path())
        .args(["build", "p.yaml", "--format", "md", "-o", "out"])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("Warnung[DSG032]"), "{stderr}");
    let doc01 = plain(
        &fs::read_to_string(dir.path().join("out/01-verarbeitungsverzeichnis.md")).expect("01"),
    );
    assert!(doc01.contains("Nächste planmäßige Überprüfung: 31.10.2026."));
    let doc02 = plain(
        &fs::read_to_string(dir.path().join("out/02-datenschutz-folgenabschaetzung.md"))
            .expect("02"),
    );
    assert!(
        doc02.contains("planmäßig am 31.10.2026 überprüft"),
        "{doc02}"
    );
    bin(dir.path())
        .args(["explain", "DSG032"])
        .assert()
        .success()
        .stdout(predicates::str::contains("document.next_review"));
    bin(dir.path())
        .args(["explain", "DSG033"])
        .assert()
        .success()
        .stdout(predicates::str::contains("zwölf Monate"));
}

fn pending_processor(text: &str) -> String {
    format!(
        "{text}\nprocessors:\n  - name: \"Kassen-CRM GmbH\"\n    role: crm\n    agreement: pending\n"
    )
}

#[test]
fn an_accepted_warning_carries_its_reason_and_is_listed_in_document_02() {
    let text = format!(
        "{}accepted_findings:\n  - code: DSG021\n    reason: \"Vertrag liegt zur Unterschrift vor\"\n",
        pending_processor(&minimal())
    );
    let loaded = load_valid(&text);
    let d = loaded
        .diagnostics
        .iter()
        .find(|d| d.code == Some("DSG021"))
        .expect("DSG021");
    assert_eq!(
        d.accepted.as_deref(),
        Some("Vertrag liegt zur Unterschrift vor")
    );
    let shown = loaded.render_diagnostics();
    assert!(shown.contains("hingenommen[DSG021]"), "{shown}");
    let line = text
        .lines()
        .position(|l| l.contains("agreement: pending"))
        .expect("line")
        + 1;
    assert!(shown.contains(&format!("(test.yaml:{line}:")), "{shown}");
    assert!(shown.contains("– Begründung: Vertrag liegt zur Unterschrift vor"));
    assert!(!shown.contains("Warnung[DSG021]"), "{shown}");
    let docs = render(&loaded);
    let doc02 = plain(&docs["02-datenschutz-folgenabschaetzung"]);
    let block = doc02
        .split("bewusst hingenommen (Restrisiko, mit Begründung):")
        .nth(1)
        .expect("accepted block");
    let block = &block[..block.find("\n\n#").unwrap_or(block.len())];
    assert!(
        block
            .contains("**Auftragsverarbeitungsvertrag fehlt:** Vertrag liegt zur Unterschrift vor"),
        "{block}"
    );
    assert!(!block.contains("DSG0") && !block.contains("accepted_findings"));
    // Not repeated among the open findings of document 01.
    let doc01 = plain(&docs["01-verarbeitungsverzeichnis"]);
    let findings = doc01.split("## Prüfhinweise").nth(1).expect("findings");
    assert!(
        !findings.contains("Auftragsverarbeitungsvertrag fehlt"),
        "{findings}"
    );

    // Without the acceptance, the warning is a warning and 02 lists nothing as accepted.
    let plain_warning = load_valid(&pending_processor(&minimal()));
    let d = plain_warning
        .diagnostics
        .iter()
        .find(|d| d.code == Some("DSG021"))
        .expect("DSG021");
    assert!(d.accepted.is_none());
    assert!(!render(&plain_warning)["02-datenschutz-folgenabschaetzung"].contains("hingenommen"));
}

#[test]
fn an_expired_acceptance_no_longer_applies() {
    let text = format!(
        "{}accepted_findings:\n  - code: dsg021\n    reason: \"bis Jahresende\"\n    until: \"2026-11-27\"\n",
        pending_processor(&minimal())
    );
    // Stand 2026-11-28 (document.date): the acceptance ended the day before.
    let loaded = load::load_str("p.yaml", &text);
    let d = loaded
        .diagnostics
        .iter()
        .find(|d| d.code == Some("DSG021"))
        .expect("DSG021");
    assert!(d.accepted.is_none());
    let still = text.replace("2026-11-27", "2026-11-28");
    let loaded = load::load_str("p.yaml", &still);
    assert!(
        loaded
            .diagnostics
            .iter()
            .any(|d| d.code == Some("DSG021") && d.accepted.is_some())
    );
}

#[test]
fn accepting_an_error_or_an_unknown_code_is_a_validation_error() {
    for (code, expected) in [
        ("DSG001", "ist ein Fehler und kann nicht hingenommen werden"),
        ("DSG999", "ist kein bekannter Prüfhinweis"),
    ] {
        let text = format!(
            "{}\naccepted_findings:\n  - code: {code}\n    reason: \"weil\"\n",
            minimal()
        );
        let loaded = load::load_str("p.yaml", &text);
        let d = loaded
            .diagnostics
            .iter()
            .find(|d| d.path == "accepted_findings.0.code")
            .unwrap_or_else(|| panic!("{code}: {:?}", loaded.diagnostics));
        assert!(d.is_error());
        assert!(d.message.contains(expected), "{}", d.message);
        let line = text.lines().position(|l| l.contains(code)).expect("line") + 1;
        assert_eq!(d.line, Some(u32::try_from(line).expect("small")));
    }
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("p.yaml"),
        format!(
            "{}\naccepted_findings:\n  - code: DSG001\n    reason: \"weil\"\n",
            minimal()
        ),
    )
    .expect("write");
    bin(dir.path())
        .args(["validate", "p.yaml"])
        .assert()
        .code(1);
    // The same code twice, and a missing reason.
    let text = format!(
        "{}\naccepted_findings:\n  - code: DSG021\n    reason: \"a\"\n  - code: DSG021\n    reason: \"\"\n",
        minimal()
    );
    let loaded = load::load_str("p.yaml", &text);
    let messages: Vec<&str> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.message.as_str())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("mehrfach")),
        "{messages:?}"
    );
}

/// `validate` and the batch summary count an accepted warning as accepted, not as open.
#[test]
fn an_accepted_warning_is_not_counted_as_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let kunden = dir.path().join("kunden");
    fs::create_dir(&kunden).expect("mkdir");
    let open = pending_processor(&minimal());
    let accepted = format!(
        "{open}accepted_findings:\n  - code: DSG021\n    reason: \"Vertrag liegt zur Unterschrift vor\"\n"
    );
    fs::write(kunden.join("offen.yaml"), &open).expect("write");
    fs::write(kunden.join("hingenommen.yaml"), &accepted).expect("write");
    let count = |file: &str| {
        let out = bin(dir.path()).args(["validate", file]).assert().success();
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        let after = stdout
            .split("0 Fehler, ")
            .nth(1)
            .expect("counts")
            .to_owned();
        after
            .split(' ')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("{stdout}"))
    };
    assert_eq!(
        count("kunden/hingenommen.yaml") + 1,
        count("kunden/offen.yaml")
    );
    let out = bin(dir.path())
        .args(["build", "kunden", "-o", "mappen", "--format", "md"])
        .assert()
        .success();
    let summary = fs::read_to_string(dir.path().join("mappen/summary.json")).expect("summary");
    let json: serde_json::Value = serde_json::from_str(&summary).expect("json");
    let warnings = |name: &str| {
        json["profiles"]
            .as_array()
            .expect("profiles")
            .iter()
            .find(|p| p["client"].as_str() == Some(name))
            .map(|p| p["warnings"].as_u64())
            .unwrap_or_else(|| panic!("{name} in {summary}"))
    };
    assert_eq!(
        warnings("hingenommen").map(|n| n + 1),
        warnings("offen"),
        "{summary}"
    );
    drop(out);
    // The overview lists it apart, with its reason.
    let overview = fs::read_to_string(dir.path().join("mappen/uebersicht.md")).expect("md");
    let accepted = overview
        .split("## Hingenommene Befunde")
        .nth(1)
        .expect("section of accepted findings");
    assert!(accepted.contains("DSG021"), "{overview}");
    assert!(accepted.contains("Begründung: Vertrag liegt zur Unterschrift vor"));
}
