//! The chat's first layer (`whatsapp-texte`) and the go-live checklist
//! (`checkliste-einfuehrung`): texts for every profile, within WhatsApp's limits, with the
//! links, only the texts the profile needs, the open measures of the risk assessment, and
//! reproducible files.

use crate::common::*;
use dsgvo_gen::backend::Format;
use dsgvo_gen::backend::pdf::{Conformance, PdfMeta, PdfOptions, render_with};
use dsgvo_gen::context::first_layer::{self, TextsView};
use dsgvo_gen::profile::validate::Profile;

/// Every example (the migration case too) and every fixture profile: (name, YAML text).
fn all_profiles() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = EXAMPLES
        .iter()
        .chain(["migration/friseur-privat"].iter())
        .map(|stem| {
            (
                (*stem).to_owned(),
                std::fs::read_to_string(example(stem)).expect("example"),
            )
        })
        .collect();
    for stem in SECTOR_FIXTURES {
        out.push((stem.to_owned(), profile_fixture(stem)));
    }
    out
}

fn profile(text: &str) -> Profile {
    load_text(text).profile.expect("profile loads")
}

fn texts_of(text: &str) -> TextsView {
    first_layer::texts(&profile(text), &run_info())
}

fn keys(view: &TextsView) -> Vec<String> {
    view.sections
        .iter()
        .flat_map(|s| &s.texts)
        .map(|t| t.key.clone())
        .collect()
}

fn text<'a>(view: &'a TextsView, key: &str) -> Option<&'a str> {
    view.sections
        .iter()
        .flat_map(|s| &s.texts)
        .find(|t| t.key == key)
        .map(|t| t.text.as_str())
}

fn file(artifacts: &[dsgvo_gen::output::Artifact], name: &str) -> Vec<u8> {
    artifacts
        .iter()
        .find(|a| a.path.to_string_lossy() == name)
        .unwrap_or_else(|| panic!("{name} missing"))
        .bytes
        .clone()
}

#[test]
fn every_profile_gets_greeting_and_business_profile_within_whatsapps_limits() {
    for (name, yaml) in all_profiles() {
        let view = texts_of(&yaml);
        let keys = keys(&view);
        for key in ["greeting", "profile_about", "profile_description"] {
            assert!(keys.iter().any(|k| k == key), "{name}: {key} missing");
        }
        for t in view.sections.iter().flat_map(|s| &s.texts) {
            let counted = t.text.chars().count();
            assert_eq!(t.length, counted, "{name}/{}", t.key);
            assert!(
                counted <= t.limit.max,
                "{name}/{}: {counted} of {} characters",
                t.key,
                t.limit.max
            );
            assert!(t.within, "{name}/{}", t.key);
            assert!(!t.text.trim().is_empty(), "{name}/{}", t.key);
        }
    }
}

#[test]
fn the_sheet_states_each_texts_length_against_its_limit() {
    let loaded = load_example("baeckerei-sonnenschein");
    let view = first_layer::texts(loaded.profile.as_ref().expect("profile"), &run_info());
    let md = String::from_utf8(file(
        &generate(&loaded, vec![Format::Md]),
        "whatsapp-texte.md",
    ))
    .expect("utf-8");
    let md = plain(&md);
    for t in view.sections.iter().flat_map(|s| &s.texts) {
        let stated = format!("{} von {}", t.length, t.limit.max);
        assert!(md.contains(&stated), "{}: {stated}", t.key);
    }
}

#[test]
fn greeting_links_privacy_notice_and_imprint_when_set_and_asks_for_them_when_not() {
    let yaml = std::fs::read_to_string(example("baeckerei-sonnenschein")).expect("example");
    let view = texts_of(&yaml);
    let greeting = text(&view, "greeting").expect("greeting");
    assert!(greeting.contains(
        "Datenschutzhinweise: https://www.baeckerei-sonnenschein.example/datenschutz/whatsapp"
    ));
    assert!(greeting.contains("Impressum: https://www.baeckerei-sonnenschein.example/impressum"));
    assert!(
        greeting.contains("Bäckerei Sonnenschein GmbH"),
        "{greeting}"
    );
    assert!(greeting.contains("WhatsApp Ireland Limited"), "{greeting}");
    assert!(greeting.contains("USA"), "{greeting}");
    assert!(greeting.contains("„STOP“"), "{greeting}");
    assert!(view.open_items.is_empty(), "{:?}", view.open_items);

    let without: String = yaml
        .lines()
        .filter(|l| !l.contains("imprint_url") && !l.contains("privacy_notice_url"))
        .map(|l| format!("{l}\n"))
        .collect();
    let view = texts_of(&without);
    let greeting = text(&view, "greeting").expect("greeting");
    assert!(!greeting.contains("https://www.baeckerei-sonnenschein.example/datenschutz"));
    assert!(greeting.contains("[Link zu den Datenschutzhinweisen einfügen]"));
    assert!(greeting.contains("[Link zum Impressum einfügen]"));
    assert_eq!(view.open_items.len(), 2, "{:?}", view.open_items);
    let checklist = first_layer::checklist(&profile(&without), &run_info());
    let items: Vec<&String> = checklist.groups.iter().flat_map(|g| &g.items).collect();
    assert!(
        items
            .iter()
            .any(|i| i.contains("company.imprint_url") && i.contains("Impressum"))
    );
}

#[test]
fn greeting_follows_the_profiles_sensitive_data_rule() {
    let bakery = texts_of(&std::fs::read_to_string(example("baeckerei-sonnenschein")).unwrap());
    let greeting = text(&bakery, "greeting").expect("greeting");
    assert!(greeting.contains("keine sensiblen Daten"), "{greeting}");
    assert!(greeting.contains("Allergenen"), "{greeting}");

    // A practice that exchanges health data as part of its service must not ask people not to
    // send them; it states the boundary instead, and announces the release from secrecy.
    let physio = texts_of(&std::fs::read_to_string(example("physiopraxis-am-park")).unwrap());
    let greeting = text(&physio, "greeting").expect("greeting");
    assert!(!greeting.contains("keine sensiblen Daten"), "{greeting}");
    assert!(
        greeting.contains("Angaben zu Ihrer Gesundheit"),
        "{greeting}"
    );
    assert!(greeting.contains("Schweigepflicht"), "{greeting}");
    assert!(!greeting.contains("Allergen"), "{greeting}");
    assert!(keys(&physio).iter().any(|k| k == "release_a"));
}

#[test]
fn ai_disclosure_only_with_an_ai_bot_and_away_message_only_when_declared() {
    for (name, yaml) in all_profiles() {
        let p = profile(&yaml);
        let view = first_layer::texts(&p, &run_info());
        let keys = keys(&view);
        assert_eq!(
            keys.iter().any(|k| k == "ai_notice"),
            p.raw.whatsapp.ai.is_some(),
            "{name}"
        );
        assert_eq!(
            keys.iter().any(|k| k == "away"),
            p.has_feature(dsgvo_gen::profile::model::Feature::AwayMessage),
            "{name}"
        );
        if p.raw.whatsapp.ai.is_none() {
            let all: String = view
                .sections
                .iter()
                .flat_map(|s| &s.texts)
                .map(|t| t.text.clone())
                .collect();
            assert!(!all.contains("KI-"), "{name}");
        }
    }
    let shop = texts_of(&std::fs::read_to_string(example("onlineshop-nordlicht")).unwrap());
    let ai = text(&shop, "ai_notice").expect("AI notice");
    assert!(ai.contains("KI-Assistent"), "{ai}");
    assert!(ai.contains("kein Mensch"), "{ai}");
}

#[test]
fn consent_requests_exist_exactly_for_consent_purposes_and_carry_the_document_3_ids() {
    for (name, yaml) in all_profiles() {
        let loaded = load_text(&yaml);
        let docs = render(&loaded);
        let view = first_layer::texts(loaded.profile.as_ref().expect("profile"), &run_info());
        let requests: Vec<_> = view
            .sections
            .iter()
            .flat_map(|s| &s.texts)
            .filter(|t| t.key.starts_with("consent_a_"))
            .collect();
        let consent_doc = docs.get("03-einwilligung").expect("03");
        let needed = loaded
            .profile
            .as_ref()
            .unwrap()
            .scenarios
            .iter()
            .any(|s| s.needs_consent());
        assert_eq!(!requests.is_empty(), needed, "{name}");
        for r in requests {
            // The identifier is for the record, not for the person: it stands in the note.
            let id = r
                .usage
                .split("Text ")
                .nth(1)
                .and_then(|s| s.split(' ').next())
                .expect("id in the usage note");
            assert!(!r.text.contains(id), "{name}: {id} sent to the person");
            // The chat version (-a) belongs to a text family that document 3 records.
            let family = id.trim_end_matches("-a");
            assert!(id.ends_with("-a"), "{name}: {id}");
            assert!(consent_doc.contains(family), "{name}: {family} not in 03");
        }
    }
}

#[test]
fn checklist_lists_the_open_measures_of_the_bakery_and_the_publication_of_04() {
    let loaded = load_example("baeckerei-sonnenschein");
    let p = loaded.profile.as_ref().expect("profile");
    let checklist = first_layer::checklist(p, &run_info());
    let items: Vec<String> = checklist
        .groups
        .iter()
        .flat_map(|g| g.items.clone())
        .collect();
    let assessment = dsgvo_gen::risk::assess(p);
    let mut open: Vec<&str> = assessment
        .risks
        .iter()
        .flat_map(|r| r.proposals.iter().map(|pr| pr.mitigation.label()))
        .collect();
    open.sort();
    open.dedup();
    assert!(!open.is_empty(), "the bakery has open measures");
    let plan = checklist
        .groups
        .iter()
        .find(|g| g.heading.contains("Maßnahmenplan"))
        .expect("measures plan group");
    for label in open {
        assert!(
            plan.items.iter().any(|i| i.starts_with(label)),
            "{label} missing"
        );
    }
    assert!(items.iter().any(|i| i.contains("Dokument 4")
        && i.contains("https://www.baeckerei-sonnenschein.example/datenschutz/whatsapp")));
    assert!(items.iter().any(|i| i.contains("whatsapp-kontakt.html")));
    assert!(items.iter().any(|i| i.contains("QR-Code")));

    // A measure the documents claim is checked, never switched on.
    assert!(
        items
            .iter()
            .any(|i| i.starts_with("Prüfen") && i.contains("Verifizierung in zwei Schritten"))
    );
    assert!(
        !items
            .iter()
            .any(|i| i.starts_with("Einschalten") && i.contains("Verifizierung"))
    );
    for m in &p.raw.measures {
        let label = dsgvo_gen::legal::measures::info(*m).label;
        assert!(
            !items
                .iter()
                .any(|i| i.starts_with("Einschalten") && i.contains(label)),
            "{label} is claimed"
        );
    }
}

#[test]
fn bakery_checklist_fits_two_pages_and_is_tagged() {
    let loaded = load_example("baeckerei-sonnenschein");
    let md = String::from_utf8(file(
        &generate(&loaded, vec![Format::Md]),
        "checkliste-einfuehrung.md",
    ))
    .expect("utf-8");
    assert!(md.contains("- [ ] "));
    let doc = dsgvo_gen::backend::pdf::layout(
        &md,
        &PdfMeta {
            title: "Checkliste zur Einführung".into(),
            company: "Bäckerei Sonnenschein GmbH".into(),
            subject: "Interne Arbeitshilfe".into(),
            version: "1.0".into(),
            stand: "02.11.2026".into(),
            date: (2026, 11, 2),
            keywords: vec![],
            ..Default::default()
        },
    );
    assert!(doc.pages.len() <= 2, "{} pages", doc.pages.len());
}

#[test]
fn both_sheets_build_as_markdown_and_tagged_pdf_listed_in_the_manifest() {
    let loaded = load_example("physiopraxis-am-park");
    let artifacts = generate(&loaded, vec![Format::Md, Format::Pdf]);
    let manifest = String::from_utf8(file(&artifacts, "manifest.json")).expect("utf-8");
    for name in [
        "whatsapp-texte.md",
        "whatsapp-texte.pdf",
        "checkliste-einfuehrung.md",
        "checkliste-einfuehrung.pdf",
    ] {
        assert!(!file(&artifacts, name).is_empty(), "{name}");
        assert!(manifest.contains(name), "{name} not in manifest");
    }
    let pdf = file(&artifacts, "whatsapp-texte.pdf");
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/StructTreeRoot"));
    assert!(text.contains("/FontFile2"));

    let strict = PdfOptions {
        conformance: Conformance::PdfA2a,
        accessible: true,
    };
    let md = String::from_utf8(file(&artifacts, "checkliste-einfuehrung.md")).expect("utf-8");
    let bytes = render_with(
        &md,
        &PdfMeta {
            title: "Checkliste zur Einführung".into(),
            company: "Physiotherapie am Park".into(),
            subject: "Interne Arbeitshilfe".into(),
            version: "1.0".into(),
            stand: "28.11.2026".into(),
            date: (2026, 11, 28),
            keywords: vec![],
            ..Default::default()
        },
        &strict,
    )
    .expect("passes PDF/UA-1 and PDF/A-2a");
    assert!(String::from_utf8_lossy(&bytes).contains("<pdfuaid:part>1</pdfuaid:part>"));
}

#[test]
fn two_builds_give_identical_bytes() {
    let loaded = load_example("baeckerei-sonnenschein");
    let a = generate(&loaded, vec![Format::Md, Format::Pdf]);
    let b = generate(&loaded, vec![Format::Md, Format::Pdf]);
    for name in [
        "whatsapp-texte.md",
        "whatsapp-texte.pdf",
        "checkliste-einfuehrung.md",
        "checkliste-einfuehrung.pdf",
    ] {
        assert_eq!(file(&a, name), file(&b, name), "{name}");
    }
}

#[test]
fn every_example_sheet() {
    for stem in EXAMPLES {
        let artifacts = generate(&load_example(stem), vec![Format::Md]);
        for name in ["whatsapp-texte", "checkliste-einfuehrung"] {
            insta::assert_snapshot!(
                format!("{stem}__{name}"),
                String::from_utf8(file(&artifacts, &format!("{name}.md"))).expect("utf-8")
            );
        }
    }
}

#[test]
fn private_app_texts_say_they_wait_for_the_switch() {
    let view = texts_of(&std::fs::read_to_string(example("migration/friseur-privat")).unwrap());
    let usage = &view.sections[0].texts[0].usage;
    assert!(usage.contains("keine Begrüßung senden"), "{usage}");
    for s in &view.sections {
        if s.table || s.heading == "Einwilligungsanfragen" {
            assert!(s.intro.contains("Wechsel"), "{}", s.heading);
        }
    }
}
