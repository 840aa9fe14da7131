//! One set of facts across the pack: the recipients, third-country transfers, statutory
//! retention duties and measures in force that each document states are exactly the derived
//! model's — for every example and for variations of them (other variants, legal forms,
//! backups, a processor with a US seat).

use crate::common::*;
use dsgvo_gen::context::{self, RunInfo};
use dsgvo_gen::date::Date;
use dsgvo_gen::document::DocumentKind;
use dsgvo_gen::profile::load::Loaded;
use dsgvo_gen::profile::model::*;
use dsgvo_gen::render::escape::escape;
use serde_json::Value;
use std::collections::BTreeSet;

/// The derived model as the templates see it (document 1's view).
fn model(loaded: &Loaded) -> Value {
    let profile = loaded.profile.as_ref().expect("profile");
    let run = RunInfo {
        stand: Date::new(2026, 11, 28).expect("date"),
        tool_version: "0.0.0-test",
        template_set: "test".to_owned(),
    };
    let ctx = context::build(
        profile,
        DocumentKind::Verarbeitungsverzeichnis,
        &run,
        &loaded.diagnostics,
    );
    serde_json::to_value(ctx).expect("view model serialises")
}

/// The text from the line starting with `heading` to the next heading of that level.
fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let start = doc
        .find(&format!("\n{heading}"))
        .unwrap_or_else(|| panic!("section {heading:?} missing"));
    let level = heading.split(' ').next().unwrap_or("##");
    let rest = &doc[start + 1 + heading.len()..];
    let end = rest
        .find(&format!("\n{level} "))
        .map_or(doc.len(), |i| start + 1 + heading.len() + i);
    &doc[start..end]
}

/// First cells of the body rows of the (first) table in `text`.
fn first_cells(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.starts_with('|'))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.trim_matches('|').split(" | ").next())
        .map(|c| c.trim().to_owned())
        .collect()
}

fn strings(v: &Value, list: &str, field: &str) -> BTreeSet<String> {
    v[list]
        .as_array()
        .expect("list")
        .iter()
        .map(|x| escape(x[field].as_str().expect("string")))
        .collect()
}

/// Like [`strings`], for the entries whose boolean `flag` is true.
fn strings_where(v: &Value, list: &str, field: &str, flag: &str) -> BTreeSet<String> {
    v[list]
        .as_array()
        .expect("list")
        .iter()
        .filter(|x| x[flag].as_bool() == Some(true))
        .map(|x| escape(x[field].as_str().expect("string")))
        .collect()
}

/// Checks one profile's pack against its model.
fn check(name: &str, loaded: &Loaded) {
    let m = model(loaded);
    let docs = render(loaded);
    let doc = |stem: &str| plain(&docs[stem]);
    let vvt = doc("01-verarbeitungsverzeichnis");
    let notice = doc("04-datenschutzhinweise");
    let withdrawal = doc("06-widerruf");

    // Recipients: 01 §4 and 04 §4 list exactly the model's recipients.
    let recipients = strings(&m, "recipients", "name");
    assert!(recipients.len() >= 2, "{name}: model without recipients");
    assert_eq!(
        first_cells(section(&vvt, "## 4 ")),
        recipients,
        "{name}: 01 §4"
    );
    assert_eq!(
        first_cells(section(&notice, "## 4 ")),
        strings_where(&m, "recipients", "name", "clients"),
        "{name}: 04 §4"
    );

    // Transfers: one per recipient outside the EEA, in 01 §5, 04 §6 and the consent page.
    let transfers = strings(&m, "transfers", "recipient");
    assert_eq!(
        first_cells(section(&vvt, "## 5 ")),
        transfers,
        "{name}: 01 §5"
    );
    let listed: BTreeSet<String> = section(&notice, "## 6 ")
        .lines()
        .filter_map(|l| l.strip_prefix("- **"))
        .filter_map(|l| l.split("**").next())
        .map(str::to_owned)
        .collect();
    assert_eq!(
        listed,
        strings_where(&m, "transfers", "recipient", "clients"),
        "{name}: 04 §6"
    );
    for r in m["recipients"].as_array().expect("list") {
        if r["third_country"].as_bool() == Some(true) {
            assert!(
                !transfers.is_empty(),
                "{name}: {} is outside the EEA but no transfer is listed",
                r["name"]
            );
        }
    }

    // Retention: every statutory duty of the model in 01 §6, 04 and 06; no HGB duty for a
    // non-merchant anywhere in the pack.
    let merchant = m["retention"]["merchant"].as_bool().expect("bool");
    for duty in m["retention"]["duties"].as_array().expect("duties") {
        let period = duty["period"].as_str().expect("period");
        let short = duty["short"].as_str().expect("short");
        assert!(
            section(&vvt, "## 6 ").contains(period),
            "{name}: 01 §6 lacks {period}"
        );
        assert!(
            notice.contains(&format!("{short} {period}")),
            "{name}: 04 lacks {short} {period}"
        );
        assert!(
            withdrawal.contains(&format!("{short} {period}")),
            "{name}: 06 lacks {short} {period}"
        );
    }
    if !merchant {
        for (stem, text) in &docs {
            assert!(
                !text.contains("§ 257 Abs. 1") && !text.contains("Geschäftsbriefe sind (Angebote"),
                "{name}/{stem}: HGB duty for a non-merchant"
            );
        }
    }

    // Measures: 01 §7 lists exactly the measures the profile declares.
    let declared: BTreeSet<String> = m["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .map(|x| escape(x["label"].as_str().expect("label")))
        .collect();
    // Each measure stands as "*Label:* description" in the paragraph of its protection goal.
    let listed: BTreeSet<String> = section(&vvt, "## 7 ")
        .split('*')
        .filter_map(|part| part.strip_suffix(':'))
        .filter(|label| {
            dsgvo_gen::profile::all::<Measure>()
                .into_iter()
                .any(|x| escape(dsgvo_gen::legal::measures::info(x).label) == *label)
        })
        .map(str::to_owned)
        .collect();
    assert_eq!(listed, declared, "{name}: 01 §7 measures");
    // A measure the profile does not declare is never claimed as in force.
    if !m["measure_in_force"]["archive_export"]
        .as_bool()
        .expect("bool")
    {
        assert!(
            !vvt.contains("in das Archivsystem exportiert"),
            "{name}: archiving claimed without archive_export"
        );
    }
}

/// Reloads a changed profile through the normal loader (YAML text in, validated profile out).
fn reload(raw: &RawProfile) -> Loaded {
    let text = serde_saphyr::to_string(raw).expect("profile serialises");
    let loaded = load_text(&text);
    assert!(
        loaded.profile.is_some(),
        "variation does not load: {:?}",
        loaded.diagnostics
    );
    loaded
}

#[test]
fn every_example_states_one_set_of_facts() {
    for stem in EXAMPLES {
        check(stem, &load_example(stem));
    }
}

#[test]
fn variations_of_the_examples_state_one_set_of_facts() {
    for stem in EXAMPLES {
        let base = load_example(stem).profile.expect("profile").raw;

        // A sole trader in a freelance profession, and the same firm as a GmbH.
        for (form, profession) in [
            ("Einzelunternehmen", Some(Profession::Lawyer)),
            ("Einzelunternehmen", Some(Profession::Dentist)),
            ("Praxis GmbH", Some(Profession::Physician)),
            ("PartG mbB", Some(Profession::TaxAdviser)),
        ] {
            let mut raw = base.clone();
            raw.company.legal_form = Some(form.to_owned());
            raw.company.profession = profession;
            check(&format!("{stem}/{form}/{profession:?}"), &reload(&raw));
        }

        // A helpdesk with a US seat and EU data centres.
        let mut raw = base.clone();
        raw.processors.push(Processor {
            name: "Support Cloud Inc.".to_owned(),
            role: ProcessorRole::Helpdesk,
            seat: Some("Austin, USA".to_owned()),
            location: Some("EU-Rechenzentren".to_owned()),
            agreement: AgreementStatus::Signed,
            agreement_date: Some("2025-01-15".to_owned()),
        });
        let loaded = reload(&raw);
        let m = model(&loaded);
        assert!(
            strings(&m, "transfers", "recipient").contains("Support Cloud Inc."),
            "{stem}: US helpdesk without transfer"
        );
        check(&format!("{stem}/us-helpdesk"), &loaded);

        // Every backup setting on the app variants.
        if let Some(devices) = &base.whatsapp.devices {
            for backup in [Backup::None, Backup::EndToEndEncrypted, Backup::Unencrypted] {
                let mut raw = base.clone();
                let mut d = devices.clone();
                d.backup = backup;
                d.backup_target = (backup != Backup::None).then_some(BackupTarget::Icloud);
                raw.whatsapp.devices = Some(d);
                let loaded = reload(&raw);
                let has_backup_transfer =
                    strings(&model(&loaded), "transfers", "recipient").contains("Apple Inc.");
                assert_eq!(
                    has_backup_transfer,
                    backup != Backup::None,
                    "{stem}: backup {backup:?}"
                );
                check(&format!("{stem}/backup-{backup:?}"), &loaded);
            }
        }
    }
}

#[test]
fn coexistence_lists_only_what_was_shared() {
    let mut raw = load_example("hausverwaltung-elbtal")
        .profile
        .expect("profile")
        .raw;
    for (history, contacts) in [(true, false), (false, true), (true, true)] {
        raw.whatsapp.coexistence = Some(Coexistence {
            history_shared: history,
            contacts_shared: contacts,
        });
        let docs = render(&reload(&raw));
        for stem in ["01-verarbeitungsverzeichnis", "04-datenschutzhinweise"] {
            assert_eq!(
                docs[stem].contains("Kontakte der Business-App"),
                contacts,
                "{stem}: imported contacts with contacts_shared: {contacts}"
            );
        }
        for (stem, text) in &docs {
            if !contacts {
                assert!(
                    !text.contains("Kontakte der Business-App"),
                    "{stem}: contacts listed although not shared"
                );
            }
            if !history {
                assert!(
                    !text.contains("Chatverläufe der letzten bis zu sechs Monate"),
                    "{stem}: history listed although not shared"
                );
            }
        }
    }
}
