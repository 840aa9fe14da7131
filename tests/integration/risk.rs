//! The risk assessment end to end: profile → assessment → `02-datenschutz-folgenabschaetzung`.

use crate::common::*;
use dsgvo_gen::legal::risks::RiskClass;
use dsgvo_gen::risk::{self, Assessment, Decision, threshold::DpiaResult};
use std::collections::BTreeMap;

const DSFA: &str = "02-datenschutz-folgenabschaetzung";

/// A business-app profile on company phones with the given device settings and measures. It
/// asks for the full assessment, so that the risk-by-risk reasoning is written whatever the
/// threshold result.
fn business_app(devices: &str, measures: &str) -> String {
    format!(
        r#"schema_version: 1
company:
  name: "Muster Handel GmbH"
  street: "Musterstraße 1"
  postal_code: "10115"
  city: "Berlin"
  state: berlin
  representatives: ["Max Muster (Geschäftsführer)"]
  email: "info@muster.example"
  phone: "+49 30 1234567"
  privacy_notice_url: "https://www.muster.example/datenschutz"
  sector: retail
  employees: 8
whatsapp:
  variant: business_app
  business_number: "+49 30 1234568"
  devices:
{devices}
  terms_accepted:
    accepted_on: "2026-01-15"
    accepted_by: "Max Muster"
scenarios:
  - kind: customer_inquiry
measures: [{measures}]
document:
  full_dpia: true
"#
    )
}

fn assess(yaml: &str) -> Assessment {
    let loaded = load_text(yaml);
    risk::assess(loaded.profile.as_ref().expect("profile loads"))
}

fn dsfa(yaml: &str) -> String {
    plain(&render(&load_text(yaml))[DSFA])
}

fn example_dsfa(stem: &str) -> String {
    plain(&render_example(stem)[DSFA])
}

/// Document 02 of an example that asks for the full assessment (`document.full_dpia`).
fn example_full_dsfa(stem: &str) -> String {
    let yaml = std::fs::read_to_string(example(stem)).expect("example");
    assert!(yaml.contains("\ndocument:\n"), "{stem}");
    dsfa(&yaml.replace("\ndocument:\n", "\ndocument:\n  full_dpia: true\n"))
}

fn example_assessment(stem: &str) -> Assessment {
    let loaded = load_example(stem);
    risk::assess(loaded.profile.as_ref().expect("profile loads"))
}

/// The text of each `#### Rn …` section of the document, by risk id.
fn risk_sections(doc: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in doc.lines() {
        if line.starts_with("#### ") || line.starts_with("## ") || line.starts_with("### ") {
            if let Some((id, text)) = current.take() {
                out.insert(id, text);
            }
            if let Some(rest) = line.strip_prefix("#### R") {
                let id = rest.split(' ').next().unwrap_or_default();
                current = Some((format!("R{id}"), String::new()));
            }
        }
        if let Some((_, text)) = current.as_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    out
}

/// Asserts that two assessments differ in exactly one risk, and returns nothing else.
fn assert_only_risk_differs(a: &Assessment, b: &Assessment, id: &str) {
    let ids = |x: &Assessment| x.risks.iter().map(|r| r.risk.id).collect::<Vec<_>>();
    assert_eq!(ids(a), ids(b));
    for (ra, rb) in a.risks.iter().zip(&b.risks) {
        if ra.risk.id == id {
            assert_ne!(ra.net, rb.net, "{id} must change");
            assert_eq!(
                ra.gross, rb.gross,
                "{id}: the measure acts on the net rating"
            );
        } else {
            assert_eq!(ra.gross, rb.gross, "{}", ra.risk.id);
            assert_eq!(ra.net, rb.net, "{}", ra.risk.id);
            assert_eq!(ra.adjustments, rb.adjustments, "{}", ra.risk.id);
            assert_eq!(ra.mitigations, rb.mitigations, "{}", ra.risk.id);
        }
    }
    assert_eq!(a.threshold.criteria_met, b.threshold.criteria_met);
    // Unless the changed risk crosses into "hoch", the outcome stays the same.
    let high = |x: &Assessment| x.risk(id).is_some_and(|r| r.net.class == RiskClass::Hoch);
    if high(a) == high(b) {
        assert_eq!(a.threshold.result, b.threshold.result);
        assert_eq!(a.dpo.required, b.dpo.required);
        assert_eq!(a.prior_consultation.required, b.prior_consultation.required);
    }
}

fn assert_only_section_differs(a: &str, b: &str, id: &str) {
    let (sa, sb) = (risk_sections(a), risk_sections(b));
    assert_eq!(sa.keys().collect::<Vec<_>>(), sb.keys().collect::<Vec<_>>());
    for (key, text) in &sa {
        if key == id {
            assert_ne!(text, &sb[key], "{id} must read differently");
        } else {
            assert_eq!(text, &sb[key], "section {key} must not change");
        }
    }
}

#[test]
fn encrypting_the_backup_changes_only_the_backup_risk_and_says_why() {
    let devices = |backup: &str| {
        format!(
            "    ownership: company\n    count: 1\n    platforms: [android]\n    address_book: no_access\n    backup: {backup}\n    backup_target: google_drive"
        )
    };
    let measures = "two_step_verification, app_lock, deletion_concept, media_auto_download_off";
    let unencrypted = business_app(&devices("unencrypted"), measures);
    let encrypted = business_app(&devices("end_to_end_encrypted"), measures);

    let (a, b) = (assess(&unencrypted), assess(&encrypted));
    assert_only_risk_differs(&a, &b, "R5");
    let r5 = |x: &Assessment| x.risk("R5").expect("R5").net.class;
    assert_eq!(r5(&a), RiskClass::Hoch);
    assert_eq!(r5(&b), RiskClass::Gering);

    let (da, db) = (dsfa(&unencrypted), dsfa(&encrypted));
    assert_only_section_differs(&da, &db, "R5");
    let explanation = "Die Ende-zu-Ende-verschlüsselte Chat-Sicherung senkt die Eintrittswahrscheinlichkeit um zwei Stufen von substanziell auf geringfügig";
    let (sa, sb) = (risk_sections(&da), risk_sections(&db));
    assert!(sb["R5"].contains(explanation), "{}", sb["R5"]);
    assert!(!sa["R5"].contains(explanation));
    // Without encryption, the document proposes it and says what it would achieve.
    assert!(
        sa["R5"]
            .contains("Ende-zu-Ende-verschlüsselte Chat-Sicherung (netto danach: geringes Risiko)"),
        "{}",
        sa["R5"]
    );
    assert!(da.contains("- **Ende-zu-Ende-verschlüsselte Chat-Sicherung** (vorrangig): R5: Eintrittswahrscheinlichkeit von substanziell auf geringfügig"), "{da}");
    assert!(da.contains("| R5 Chat-Sicherungen in Google Drive oder iCloud | substanziell / substanziell: hohes Risiko | substanziell / substanziell: **hohes Risiko** |"));
    // Keeping media out of the gallery does not touch an unencrypted chat backup.
    assert!(!sa["R5"].contains("Der abgeschaltete automatische Medien-Download senkt"));
    assert!(db.contains("| R5 Chat-Sicherungen in Google Drive oder iCloud | substanziell / substanziell: hohes Risiko | geringfügig / substanziell: geringes Risiko |"));
}

#[test]
fn a_work_container_changes_only_the_mixing_risk_and_says_why() {
    let devices = |container: bool| {
        format!(
            "    ownership: byod\n    count: 2\n    platforms: [android]\n    mdm:\n      vendor: \"Microsoft Intune\"\n      work_container: {container}\n    address_book: no_access\n    backup: none"
        )
    };
    let measures = "app_lock, usage_policy, offboarding";
    let without = business_app(&devices(false), measures);
    let with = business_app(&devices(true), measures);

    let (a, b) = (assess(&without), assess(&with));
    assert_only_risk_differs(&a, &b, "R6");
    assert_eq!(a.risk("R6").expect("R6").net.class, RiskClass::Risiko);
    assert_eq!(b.risk("R6").expect("R6").net.class, RiskClass::Gering);

    let (da, db) = (dsfa(&without), dsfa(&with));
    assert_only_section_differs(&da, &db, "R6");
    let explanation = "Gerätemanagement mit Arbeitsprofil senkt die Eintrittswahrscheinlichkeit um eine Stufe von groß auf substanziell";
    assert!(risk_sections(&db)["R6"].contains(explanation));
    assert!(!risk_sections(&da)["R6"].contains(explanation));
    assert!(da.contains("- **Arbeitsprofil im Gerätemanagement** (empfohlen): R6:"));
}

#[test]
fn the_address_book_risk_exists_for_the_app_but_not_for_the_cloud_api() {
    for stem in ["onlineshop-nordlicht", "physiopraxis-am-park"] {
        assert!(example_assessment(stem).risk("R1").is_none(), "{stem}");
        let doc = example_dsfa(stem);
        assert!(!doc.contains("#### R1 "), "{stem}");
        assert!(!doc.contains("| R1 "), "{stem}");
    }
    for stem in ["baeckerei-sonnenschein", "minimal", "hausverwaltung-elbtal"] {
        assert!(example_assessment(stem).risk("R1").is_some(), "{stem}");
        // The memo lists it in the risk register, the full assessment reasons it out.
        let memo = example_dsfa(stem);
        assert!(
            memo.contains("| R1 Übermittlung des Adressbuchs |"),
            "{stem}"
        );
        let full = example_full_dsfa(stem);
        assert!(
            full.contains("#### R1 Übermittlung des Adressbuchs"),
            "{stem}"
        );
        assert!(
            full.contains("| R1 Übermittlung des Adressbuchs |"),
            "{stem}"
        );
    }
}

#[test]
fn the_private_app_concludes_reject() {
    let a = example_assessment("migration/friseur-privat");
    assert_eq!(a.decision, Decision::Reject);
    assert!(!a.prior_consultation.required);
    let doc = example_dsfa("migration/friseur-privat");
    assert!(doc.contains("> **Ergebnis: Ablehnung.**"));
    assert!(doc.contains("| Empfohlene Entscheidung | Ablehnung |"));
    assert!(doc.contains(
        "| Vorherige Konsultation der Aufsichtsbehörde (Art. 36 DSGVO) | kommt nicht in Betracht |"
    ));
    assert!(doc.contains("kann die fehlende Rechtsgrundlage für diese Übermittlung nicht heilen"));
    assert!(doc.contains("| Entscheidung (empfohlen: Ablehnung) | |"));
    // The address-book upload of the consumer app is rated high, before and after.
    assert!(doc.contains("| R1 Übermittlung des Adressbuchs | groß / substanziell: hohes Risiko | groß / substanziell: **hohes Risiko** |"));
}

#[test]
fn the_physiotherapy_practice_needs_a_dpia_and_a_dpo() {
    let a = example_assessment("physiopraxis-am-park");
    assert_eq!(a.threshold.result, DpiaResult::Mandatory);
    assert!(a.dpo.required);
    // The exchange of health data is the purpose: the notice does not lower R7, and the
    // release every text contains keeps R21 (connection data) below high.
    assert!(a.prior_consultation.required);
    assert_eq!(a.prior_consultation.risks, vec!["R7"]);
    assert_eq!(a.highest_net(), Some(RiskClass::Hoch));
    let doc = example_dsfa("physiopraxis-am-park");
    assert!(doc.contains("| Schwellwertanalyse | Datenschutz-Folgenabschätzung verpflichtend |"));
    assert!(doc.contains("**Voraussichtlich hohes Risiko: ja.** Besondere Kategorien personenbezogener Daten (Gesundheitsdaten) werden planmäßig über einen Messenger verarbeitet"));
    assert!(doc.contains("Berufsgeheimnis (§ 203 StGB)"));
    assert!(doc.contains("Erfüllt sind zwei der neun Kriterien."));
    assert!(
        doc.contains("| Vertrauliche oder höchstpersönliche Daten (WP 248, Kriterium 4) | ja |")
    );
    assert!(doc.contains("Erfüllt und in den Abschnitten 2.1 und 2.2 begründet: Art. 35 Abs. 1 DSGVO und Kriterien 4 und 7 der Leitlinien WP 248."));
    assert!(doc.contains("- § 38 Abs. 1 Satz 2 BDSG (Verarbeitung mit verpflichtender Datenschutz-Folgenabschätzung): ja."));
    assert!(doc.contains(
        "| Datenschutzbeauftragte Person | Benennung vorgeschrieben; benannt: Markus Vogel |"
    ));
    // Health data: the severity of content risks rises, and R7 is rated.
    assert!(doc.contains("| R7 Besondere Kategorien und Berufsgeheimnisse | groß / groß: hohes Risiko | substanziell / groß: **hohes Risiko** |"));
}

#[test]
fn any_ai_bot_makes_the_dpia_mandatory_with_a_dpo_duty() {
    let minimal = std::fs::read_to_string(example("minimal")).expect("example");
    let with_bot = minimal
        .replace(
            "  features: [greeting_message, away_message]",
            "  features: [greeting_message, away_message, ai_bot]\n  ai:\n    provider: \"Chat KI GmbH\"\n    purpose: \"beantwortet Fragen zu Öffnungszeiten\"\n    human_handover: true",
        );
    assert_ne!(minimal, with_bot);
    let loaded = load_text(&with_bot);
    let a = risk::assess(loaded.profile.as_ref().expect("loads"));
    assert_eq!(a.threshold.result, DpiaResult::Mandatory);
    assert!(a.dpo.required);
    // No DPO in the minimal profile: that is now an error.
    assert!(
        loaded
            .diagnostics
            .iter()
            .any(|d| d.code == Some("DSG007") && d.message.contains("§ 38 Abs. 1 Satz 2 BDSG"))
    );
    let doc = plain(&render(&loaded)[DSFA]);
    assert!(doc.contains("(DSK-Muss-Liste Nr. 11) | ja |"));
    assert!(doc.contains("Chat KI GmbH"));
    assert!(doc.contains("#### R16 KI-Chatbot"));

    let shop = example_assessment("onlineshop-nordlicht");
    assert_eq!(shop.threshold.result, DpiaResult::Mandatory);
    assert!(shop.dpo.required);
}

#[test]
fn a_high_residual_risk_calls_for_prior_consultation() {
    let yaml = business_app(
        "    ownership: byod\n    count: 2\n    address_book: no_access\n    backup: none",
        "app_lock",
    );
    let loaded = load_text(&yaml);
    let warning = loaded
        .diagnostics
        .iter()
        .find(|d| d.code == Some("DSG025"))
        .expect("DSG025");
    assert!(!warning.is_error());
    assert!(
        warning
            .message
            .contains("R6 Vermischung von privater und geschäftlicher Nutzung")
    );
    let doc = plain(&render(&loaded)[DSFA]);
    assert!(doc.contains(
        "| Vorherige Konsultation der Aufsichtsbehörde (Art. 36 DSGVO) | erforderlich |"
    ));
    assert!(doc.contains("Höchste Risikoklasse nach den Maßnahmen: **hohes Risiko** (R6)."));
    assert!(doc.contains("ist die zuständige Aufsichtsbehörde (Berliner Beauftragte für Datenschutz und Informationsfreiheit) nach Art. 36 Abs. 1 DSGVO zu konsultieren"));
    assert!(doc.contains("| Entscheidung (empfohlen: Vorlage bei der Aufsichtsbehörde (vorherige Konsultation nach Art. 36 DSGVO)) | |"));
    // The plan puts the measures that lower the high risk first.
    let plan = doc.split("### 6.2 Maßnahmenplan").nth(1).expect("plan");
    let first_item = plan.lines().find(|l| l.starts_with("- **")).expect("item");
    assert!(first_item.contains("(vorrangig): R6:"), "{first_item}");
    // Of the examples, only the practice exchanging health data under § 203 StGB carries a
    // high residual risk.
    for stem in EXAMPLES {
        assert_eq!(
            load_example(stem)
                .diagnostics
                .iter()
                .any(|d| d.code == Some("DSG025")),
            stem == "physiopraxis-am-park",
            "{stem}"
        );
    }
}

#[test]
fn the_matrix_places_every_risk_at_its_net_rating_after_the_marker() {
    for stem in EXAMPLES {
        let a = example_assessment(stem);
        let doc = example_full_dsfa(stem);
        let lines: Vec<&str> = doc.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with("<!-- dsgvo-gen:risikomatrix "))
            .unwrap_or_else(|| panic!("{stem}: no marker"));
        assert_eq!(
            lines[at],
            "<!-- dsgvo-gen:risikomatrix classes=\"1,1,2,2;0,1,2,2;0,1,1,1;0,0,0,1\" -->"
        );
        assert_eq!(
            lines[at + 1],
            "| Schwere / Eintrittswahrscheinlichkeit | geringfügig | überschaubar | substanziell | groß |"
        );
        let severities = ["groß", "substanziell", "überschaubar", "geringfügig"];
        let mut placed = Vec::new();
        for (row, severity) in severities.iter().enumerate() {
            let cells: Vec<&str> = lines[at + 3 + row]
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            assert_eq!(cells.len(), 5, "{stem}: {}", lines[at + 3 + row]);
            assert_eq!(cells[0], *severity);
            for (column, cell) in cells[1..].iter().enumerate() {
                for id in cell.split(", ").filter(|s| !s.is_empty()) {
                    let r = a.risk(id).unwrap_or_else(|| panic!("{stem}: {id}"));
                    assert_eq!(r.net.severity.label(), *severity, "{stem} {id}");
                    assert_eq!(
                        r.net.likelihood.label(),
                        severities[3 - column],
                        "{stem} {id}"
                    );
                    placed.push(id.to_owned());
                }
            }
        }
        placed.sort();
        let mut all: Vec<String> = a.risks.iter().map(|r| r.risk.id.to_owned()).collect();
        all.sort();
        assert_eq!(placed, all, "{stem}: every risk exactly once");
    }
}

/// Every yardstick of the threshold analysis is answered in `doc`: met ones in a row of their
/// own with "ja", the others named in the row of their yardstick with "nein".
fn assert_every_yardstick_answered(stem: &str, doc: &str) {
    use dsgvo_gen::legal::dpia::{MUSS_LISTE_ENTRIES, REGULAR_CASES, WP248_CRITERIA, short_title};
    let a = example_assessment(stem);
    let t = &a.threshold;
    let groups = [
        (&REGULAR_CASES[..], &t.regular_cases),
        (&MUSS_LISTE_ENTRIES[..], &t.muss_liste),
        (&WP248_CRITERIA[..], &t.criteria),
    ];
    for (yardsticks, checks) in groups {
        assert_eq!(yardsticks.len(), checks.len());
        for c in checks {
            let short = short_title(c.yardstick.key).expect("short title");
            let met_row = format!("| {} ({}) | ja |", c.yardstick.title, c.yardstick.reference);
            if c.met {
                assert!(doc.contains(&met_row), "{stem}: {met_row}");
            } else {
                assert!(!doc.contains(&met_row), "{stem}: {met_row}");
                let row = doc
                    .lines()
                    .find(|l| l.contains("| nein | Geprüft, nicht erfüllt:") && l.contains(short))
                    .unwrap_or_else(|| panic!("{stem}: {short}"));
                assert!(row.starts_with("| "), "{row}");
            }
        }
    }
    let general = format!(
        "Voraussichtlich hohes Risiko ({}): ",
        t.general.yardstick.reference
    );
    let full = "**Voraussichtlich hohes Risiko: ";
    assert!(doc.contains(&general) || doc.contains(full), "{stem}");
}

#[test]
fn every_example_renders_a_complete_assessment() {
    for stem in EXAMPLES.iter().copied().chain(["migration/friseur-privat"]) {
        // The full structure where the threshold analysis asks for a DPIA, and wherever the
        // profile asks for one.
        let memo = example_assessment(stem).threshold.result == DpiaResult::ThresholdMemo;
        let docs = if memo {
            vec![example_full_dsfa(stem)]
        } else {
            vec![example_dsfa(stem), example_full_dsfa(stem)]
        };
        for doc in docs {
            for heading in [
                "## 1 Gegenstand und Vorgehen",
                "## 2 Schwellwertanalyse",
                "### 2.2 Regelfälle, Muss-Liste und Kriterien der Leitlinien WP 248",
                "## 3 Systematische Beschreibung der Verarbeitung (Art. 35 Abs. 7 lit. a DSGVO)",
                "## 4 Notwendigkeit und Verhältnismäßigkeit (Art. 35 Abs. 7 lit. b DSGVO)",
                "## 5 Risiken für die Rechte und Freiheiten der betroffenen Personen (Art. 35 Abs. 7 lit. c DSGVO)",
                "## 6 Abhilfemaßnahmen (Art. 35 Abs. 7 lit. d DSGVO)",
                "### 6.2 Maßnahmenplan",
                "## 7 Rat der datenschutzbeauftragten Person (Art. 35 Abs. 2 DSGVO)",
                "## 8 Standpunkt der Betroffenen (Art. 35 Abs. 9 DSGVO)",
                "### 9.1 Restrisiko und vorherige Konsultation (Art. 36 DSGVO)",
                "### 9.2 Datenschutzbeauftragte Person",
                "## 10 Überprüfung (Art. 35 Abs. 11 DSGVO)",
                "## 11 Freigabe",
            ] {
                assert!(doc.contains(heading), "{stem}: {heading}");
            }
            assert!(!doc.contains("{{") && !doc.contains("{%"), "{stem}");
            assert_every_yardstick_answered(stem, &doc);
            // Every applicable risk is reasoned out.
            for r in &example_assessment(stem).risks {
                assert!(
                    doc.contains(&format!("#### {} {}", r.risk.id, r.risk.title)),
                    "{stem}"
                );
            }
            // The DPO duty is answered for each ground.
            for reference in [
                "§ 38 Abs. 1 Satz 1 BDSG",
                "§ 38 Abs. 1 Satz 2 BDSG",
                "Art. 37 Abs. 1 lit. c DSGVO",
            ] {
                assert!(
                    doc.contains(&format!("- {reference} (")),
                    "{stem}: {reference}"
                );
            }
            // Risks to the company are not the subject.
            assert!(doc.contains("nicht Risiken für das Unternehmen"), "{stem}");
        }
    }
    let memo = example_full_dsfa("baeckerei-sonnenschein");
    assert!(memo.contains("| Schwellwertanalyse | Datenschutz-Folgenabschätzung nicht erforderlich; dokumentierte Schwellwertanalyse genügt |"));
    assert!(memo.contains("Keines der neun Kriterien ist erfüllt."));
}

#[test]
fn the_description_says_where_encryption_ends_for_each_variant() {
    let app = example_full_dsfa("baeckerei-sonnenschein");
    assert!(app.contains("**Hier endet die Ende-zu-Ende-Verschlüsselung:** In der App"));
    assert!(!app.contains("Dort endet"));
    let cloud = example_dsfa("physiopraxis-am-park");
    assert!(cloud.contains("**Dort endet die Ende-zu-Ende-Verschlüsselung:** Meta Platforms Ireland Limited entschlüsselt"));
    assert!(cloud.contains("den Dienstleister PraxisChat Kommunikation GmbH (Speicherort: Frankfurt am Main, Deutschland)"));
    assert!(!cloud.contains("Hier endet"));
    let coexistence = example_full_dsfa("hausverwaltung-elbtal");
    assert!(coexistence.contains("Hier endet") && coexistence.contains("Dort endet"));
    let direct = example_dsfa("onlineshop-nordlicht");
    assert!(direct.contains("die eigenen Systeme von Nordlicht Outdoor GmbH"));
    assert!(direct.contains("und zwar in Deutschland"));
}

#[test]
fn validate_json_reports_the_assessment_per_profile() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = bin(dir.path())
        .args(["validate", "--format", "json"])
        .arg(example("physiopraxis-am-park"))
        .arg(example("baeckerei-sonnenschein"))
        .output()
        .expect("runs");
    assert!(output.status.success());
    let reports: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let physio = &reports["profiles"][0];
    assert_eq!(physio["dpia"]["id"], "mandatory");
    assert_eq!(physio["highest_net_risk"]["id"], "high");
    assert_eq!(physio["highest_net_risk"]["label"], "hohes Risiko");
    assert_eq!(physio["dpo_required"], true);
    assert_eq!(physio["prior_consultation"], true);
    let bakery = &reports["profiles"][1];
    assert_eq!(bakery["dpia"]["id"], "threshold_memo");
    assert_eq!(bakery["highest_net_risk"]["id"], "medium");
}

#[test]
fn explain_knows_the_prior_consultation_lint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = bin(dir.path())
        .args(["explain", "DSG025"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(text.contains("Art. 36"), "{text}");
}
