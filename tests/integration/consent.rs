//! Consent texts (03), withdrawal notice (06) and the consent page `whatsapp-kontakt.html`.

use crate::common::*;
use dsgvo_gen::backend::Format;
use dsgvo_gen::profile::load::Loaded;
use std::collections::BTreeMap;

/// The Markdown documents (stem → text) and the consent page of a loaded profile.
fn render_with_page(loaded: &Loaded) -> (BTreeMap<String, String>, String) {
    let mut docs = BTreeMap::new();
    let mut page = None;
    for a in generate(loaded, vec![Format::Md, Format::Html]) {
        let name = a.path.to_string_lossy().into_owned();
        let text = String::from_utf8(a.bytes).expect("utf-8");
        if name == "whatsapp-kontakt.html" {
            page = Some(text);
        } else {
            docs.insert(name.trim_end_matches(".md").to_owned(), text);
        }
    }
    (docs, page.expect("the html format adds the consent page"))
}

fn example_with_page(stem: &str) -> (BTreeMap<String, String>, String) {
    render_with_page(&load_example(stem))
}

/// A small valid profile; `extra` is appended as further top-level YAML.
fn profile_yaml(name: &str, variant_block: &str, extra: &str) -> String {
    format!(
        r#"schema_version: 1
company:
  name: "{name}"
  street: "Musterstraße 1"
  postal_code: "10115"
  city: "Berlin"
  state: berlin
  representatives: ["Max Muster (Geschäftsführer)"]
  email: "info@muster.example"
  phone: "+49 30 1234567"
  privacy_notice_url: "https://www.muster.example/datenschutz-whatsapp"
  sector: retail
  employees: 5
whatsapp:
{variant_block}
  terms_accepted:
    accepted_on: "2026-01-15"
    accepted_by: "Max Muster"
measures: [two_step_verification, app_lock, deletion_concept]
document:
  version: "1.0"
  date: "2026-11-28"
{extra}"#
    )
}

const APP: &str = r#"  variant: business_app
  business_number: "+49 30 1234568"
  devices:
    ownership: company
    count: 1
    address_book: no_access
    backup: none"#;

const MARKETING_AND_SERVICE: &str = r#"scenarios:
  - kind: customer_inquiry
  - kind: service_notifications
  - kind: marketing
consent:
  double_opt_in: true
  log_location: "CRM"
"#;

fn load_yaml(text: &str) -> Loaded {
    load_valid(text)
}

/// Every `<input …>` tag of the page.
fn input_tags(page: &str) -> Vec<&str> {
    page.match_indices("<input")
        .map(|(i, _)| {
            let end = page[i..].find('>').expect("tag closes");
            &page[i..=i + end]
        })
        .collect()
}

#[test]
fn marketing_and_service_are_separate_texts_and_separate_unticked_boxes() {
    let (docs, page) = example_with_page("baeckerei-sonnenschein");
    let doc = plain(&docs["03-einwilligung"]);
    // Two texts, each with its own section, identifier and statement.
    let service = doc.find("EW-SERVICE-1.0-").expect("service text");
    let marketing = doc.find("EW-WERBUNG-1.0-").expect("marketing text");
    assert_ne!(service, marketing);
    let part_b = &doc[..doc.find("\n## Teil C").expect("part C")];
    // B.0 is the information text shared by the boxes; then one section per purpose.
    let sections: Vec<&str> = part_b
        .split("\n### B.")
        .skip(1)
        .filter(|s| !s.starts_with("0 "))
        .collect();
    assert_eq!(sections.len(), 2, "one section per purpose");
    assert!(sections[0].contains("EW-SERVICE") && !sections[0].contains("EW-WERBUNG"));
    assert!(sections[1].contains("EW-WERBUNG") && !sections[1].contains("EW-SERVICE"));
    // No checkbox line bundles two purposes.
    for line in doc.lines().filter(|l| l.contains('☐')) {
        assert!(
            line.matches("Ich willige").count() <= 1,
            "one consent per box: {line}"
        );
    }
    // The page: the gate plus one box per purpose, none pre-ticked.
    let inputs = input_tags(&page);
    assert_eq!(inputs.len(), 3, "{inputs:?}");
    assert!(inputs.iter().any(|t| t.contains(r#"id="k-service""#)));
    assert!(inputs.iter().any(|t| t.contains(r#"id="k-werbung""#)));
    for tag in &inputs {
        assert!(tag.contains(r#"type="checkbox""#), "{tag}");
        assert!(!tag.contains("checked"), "pre-ticked box: {tag}");
    }
    // `checked` occurs only as the CSS pseudo-class that reacts to the visitor's ticks.
    assert_eq!(
        page.matches("checked").count(),
        page.matches(":checked").count()
    );
    assert_eq!(page.matches(r#"for="k-service""#).count(), 1);
    assert_eq!(page.matches(r#"for="k-werbung""#).count(), 1);
}

#[test]
fn company_name_prints_literally_in_page_and_markdown() {
    let name = "<script>alert(1)</script> & Co";
    let loaded = load_yaml(&profile_yaml(name, APP, MARKETING_AND_SERVICE));
    let (docs, page) = render_with_page(&loaded);
    // HTML: escaped wherever it appears, never as markup.
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    assert!(!page.contains("<script"));
    assert!(!page.contains("alert(1)</script>"));
    // Markdown: escaped so that a renderer prints the name literally.
    for stem in ["03-einwilligung", "06-widerruf"] {
        let md = &docs[stem];
        assert!(
            md.contains(r"\<script>alert(1)\</script> & Co"),
            "{stem} escapes the name"
        );
        let html = comrak::markdown_to_html(md, &comrak::Options::default());
        assert!(
            !html.contains("<script"),
            "{stem} renders no script element"
        );
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"),
            "{stem} shows the name as text"
        );
    }
}

/// Every `http://` or `https://` address in the text.
fn web_addresses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("http") {
        let rest = &text[i..];
        if rest.starts_with("https://") || rest.starts_with("http://") {
            let end = rest
                .find(|c: char| c == '"' || c == '<' || c.is_whitespace())
                .unwrap_or(rest.len());
            out.push(&rest[..end]);
        }
    }
    out
}

#[test]
fn page_is_self_contained_and_links_only_to_notice_and_chat() {
    for stem in EXAMPLES {
        let loaded = load_example(stem);
        let privacy_url = loaded
            .profile
            .as_ref()
            .and_then(|p| p.raw.company.privacy_notice_url.clone());
        let imprint_url = loaded
            .profile
            .as_ref()
            .and_then(|p| p.raw.company.imprint_url.clone());
        let (_, page) = render_with_page(&loaded);
        for forbidden in [
            "<script", "<link", "@import", "url(", "<img", "<iframe", "<object", "<embed", "src=",
            "<form",
        ] {
            assert!(!page.contains(forbidden), "{stem}: `{forbidden}` in page");
        }
        assert!(page.contains(r#"<html lang="de">"#));
        assert!(page.contains("Content-Security-Policy"));
        let addresses = web_addresses(&page);
        assert!(
            addresses.iter().any(|a| a.starts_with("https://wa.me/")),
            "{stem}: chat link"
        );
        for address in addresses {
            let allowed = address.starts_with("https://wa.me/")
                || privacy_url.as_deref() == Some(address)
                || imprint_url.as_deref() == Some(address);
            assert!(allowed, "{stem}: unexpected address {address}");
        }
        if let Some(url) = &privacy_url {
            assert!(page.contains(&format!(r#"href="{url}""#)), "{stem}");
        }
        if let Some(url) = &imprint_url {
            assert!(
                page.contains(&format!(r#"<a href="{url}">Impressum</a>"#)),
                "{stem}: imprint link"
            );
        }
    }
}

#[test]
fn page_without_privacy_url_falls_back_to_text() {
    let text = profile_yaml("Muster GmbH", APP, MARKETING_AND_SERVICE).replace(
        "  privacy_notice_url: \"https://www.muster.example/datenschutz-whatsapp\"\n",
        "",
    );
    let (_, page) = render_with_page(&load_text(&text));
    let addresses = web_addresses(&page);
    assert!(addresses.iter().all(|a| a.starts_with("https://wa.me/")));
    assert!(page.contains("senden wir Ihnen gern per E-Mail zu"));
}

#[test]
fn chat_links_are_hidden_until_the_first_box_is_ticked() {
    let (_, page) = example_with_page("onlineshop-nordlicht");
    // Before ticking, only a disabled button is shown in place of the link.
    assert!(page.contains("<button type=\"button\" class=\"btn\" disabled>"));
    assert!(page.contains(".combo { display: none; }"));
    assert!(page.contains("#k-chat:checked ~ .go .locked { display: none; }"));
    // Every link sits in a hidden combination block …
    let links = page.matches(r#"href="https://wa.me/"#).count();
    let blocks = page.matches(r#"<div class="combo c-"#).count();
    assert_eq!(links, blocks);
    assert_eq!(links, 4, "two optional consents, four combinations");
    // … and every rule that shows one requires the first box.
    let style = &page[page.find("<style>").unwrap()..page.find("</style>").unwrap()];
    for rule in style.lines().filter(|l| l.contains(".go .c-")) {
        assert!(rule.starts_with("#k-chat:checked ~ "), "{rule}");
    }
    // The prefilled message of each link names exactly the ticked consents.
    assert!(page.contains(
        "c-11\"><a class=\"btn\" href=\"https://wa.me/494088776659?text=Hallo%2C%20ich%20habe"
    ));
    let c11 = &page[page.find("combo c-11").unwrap()..];
    let c11 = &c11[..c11.find("</div>").unwrap()];
    assert!(c11.contains("EW-SERVICE-1.3-") && c11.contains("EW-WERBUNG-1.3-"));
    let c00 = &page[page.find("combo c-00").unwrap()..];
    let c00 = &c00[..c00.find("</div>").unwrap()];
    assert!(!c00.contains("EW-") && c00.contains("HINWEISE-1.3-"));
}

#[test]
fn withdrawal_notice_names_every_declared_channel_and_the_deadline() {
    let text = profile_yaml(
        "Muster GmbH",
        APP,
        &format!(
            "{MARKETING_AND_SERVICE}withdrawal:\n  keyword: \"ABMELDEN\"\n  email: \"widerruf@muster.example\"\n  postal: true\n  phone: \"+49 30 7654321\"\n  web_form_url: \"https://www.muster.example/abmelden\"\n"
        ),
    );
    let (docs, page) = render_with_page(&load_yaml(&text));
    let doc = plain(&docs["06-widerruf"]);
    let public = &doc[..doc.find("## Teil B").expect("internal part")];
    for channel in [
        "„ABMELDEN“",
        "widerruf@muster.example",
        "+49 30 7654321",
        "https://www.muster.example/abmelden",
        "Musterstraße 1, 10115 Berlin",
    ] {
        assert!(public.contains(channel), "06 names {channel}");
    }
    assert!(public.contains("spätestens innerhalb eines Monats"));
    assert!(public.contains("Art. 12 Abs. 3 DSGVO"));
    // Art. 21(4): the objection to direct marketing stands apart, as its own section.
    assert!(public.contains("### Ihr Widerspruchsrecht gegen Werbung (Art. 21 DSGVO)"));
    assert!(public.contains("> **Sie können der Verwendung Ihrer Daten für Direktwerbung"));
    assert!(doc.contains("(intern, nicht veröffentlichen)"));
    // The page names the same ways (the form without its address: the page links only the
    // privacy notice and the chat).
    let page = plain(&page);
    for channel in [
        "„ABMELDEN“",
        "widerruf@muster.example",
        "+49 30 7654321",
        "Widerrufsformular",
        "Musterstraße 1, 10115 Berlin",
    ] {
        assert!(page.contains(channel), "page names {channel}");
    }

    // Without postal withdrawal the letter is not offered.
    let text = profile_yaml(
        "Muster GmbH",
        APP,
        &format!("{MARKETING_AND_SERVICE}withdrawal:\n  postal: false\n"),
    );
    let (docs, _) = render_with_page(&load_yaml(&text));
    let doc = plain(&docs["06-widerruf"]);
    assert!(!doc.contains("**Per Post:**"));
    assert!(doc.contains("„STOP“") && doc.contains("info@muster.example"));
}

#[test]
fn withdrawal_effects_follow_the_variant() {
    let bsp = plain(&render_example("physiopraxis-am-park")["06-widerruf"]);
    assert!(bsp.contains(
        "wir weisen PraxisChat Kommunikation GmbH als unseren Auftragsverarbeiter an, die Daten zu löschen"
    ));
    assert!(bsp.contains("Löschweisung an PraxisChat Kommunikation GmbH"));
    assert!(bsp.contains("Zwischenspeicher der Cloud API"));
    assert!(!bsp.contains("WhatsApp-App auf"));

    let app = plain(&render_example("baeckerei-sonnenschein")["06-widerruf"]);
    assert!(app.contains("WhatsApp-App auf 2 Geräten"));
    assert!(app.contains("Verknüpfte Geräte (WhatsApp Web/Desktop)"));
    assert!(app.contains("Chat-Sicherung"));
    assert!(!app.contains("Cloud API"));
    assert!(!app.contains("Löschweisung"));

    let direct = plain(&render_example("onlineshop-nordlicht")["06-widerruf"]);
    assert!(direct.contains("Eigene Systeme an der Cloud API"));
    assert!(!direct.contains("Löschweisung"));

    let coexistence = plain(&render_example("hausverwaltung-elbtal")["06-widerruf"]);
    assert!(coexistence.contains("WhatsApp-App auf 1 Gerät"));
    assert!(coexistence.contains("Team-Postfach TeamInbox Solutions GmbH"));

    for doc in [&bsp, &app, &direct, &coexistence] {
        assert!(doc.contains("Blockieren oder Melden in WhatsApp"));
        assert!(doc.contains("Sperrliste"));
        assert!(doc.contains("Art. 19 DSGVO"));
        assert!(doc.contains("Die eigene Verarbeitung durch WhatsApp"));
    }
}

#[test]
fn cloud_api_texts_never_speak_of_end_to_end_encryption() {
    for stem in [
        "onlineshop-nordlicht",
        "physiopraxis-am-park",
        "hausverwaltung-elbtal",
    ] {
        let (docs, page) = example_with_page(stem);
        for (what, text) in [("03", &docs["03-einwilligung"]), ("page", &page)] {
            let text = plain(text);
            assert!(!text.contains("Ende-zu-Ende"), "{stem} {what}");
            assert!(!text.contains("Ende zu Ende"), "{stem} {what}");
            assert!(text.contains("entschlüsselt"), "{stem} {what}");
        }
    }
    let (docs, page) = example_with_page("baeckerei-sonnenschein");
    assert!(docs["03-einwilligung"].contains("Ende-zu-Ende-verschlüsselt"));
    assert!(page.contains("Ende-zu-Ende-verschlüsselt"));
}

#[test]
fn minors_flow_appears_only_when_minors_are_possible() {
    let marker = "mindestens 16 Jahre alt";
    for (minors, expected) in [("none", false), ("possible", true), ("target_group", true)] {
        let text = profile_yaml(
            "Muster GmbH",
            APP,
            &format!("{MARKETING_AND_SERVICE}data_subjects:\n  minors: {minors}\n"),
        );
        let (docs, page) = render_with_page(&load_text(&text));
        let doc = plain(&docs["03-einwilligung"]);
        let page = plain(&page);
        assert_eq!(doc.contains(marker), expected, "03, minors: {minors}");
        assert_eq!(
            doc.contains("C.2 Kinder und Jugendliche"),
            expected,
            "03, minors: {minors}"
        );
        assert_eq!(page.contains(marker), expected, "page, minors: {minors}");
        if expected {
            // Parents authorise the child's consent; no advertising to under-16s.
            assert!(doc.contains("genehmige die folgende Einwilligung meines Kindes"));
            assert!(doc.contains("Werbung wird nur an Personen ab 16 Jahren gesendet"));
        }
    }
}

#[test]
fn special_categories_need_explicit_consent_naming_them() {
    let doc = plain(&render_example("physiopraxis-am-park")["03-einwilligung"]);
    let section = &doc[doc.find("EW-SENSIBEL").expect("special-category text")..];
    assert!(section.contains("Ich willige ausdrücklich ein"));
    assert!(section.contains("Gesundheitsdaten"));
    assert!(section.contains("Art. 9 Abs. 2 lit. a"));
    // Professional secrecy: the consent itself releases from it.
    assert!(section.contains("Ich entbinde") && section.contains("§ 203 StGB"));
    // Health data in inquiries rests on Art. 9(2)(h); the texts do not ask to withhold it,
    // and anything beyond needs the explicit consent.
    assert!(doc.contains("soweit es für Ihr Anliegen erforderlich ist; darüber hinaus nur mit Ihrer ausdrücklichen Einwilligung"));
    assert!(!doc.contains("Senden Sie uns Gesundheitsdaten über WhatsApp bitte nur, wenn"));
}

#[test]
fn consent_texts_name_channel_provider_and_withdrawal_before_consent() {
    let doc = plain(&render_example("physiopraxis-am-park")["03-einwilligung"]);
    assert!(doc.contains("WhatsApp Ireland Limited"));
    assert!(doc.contains("Meta Platforms Ireland Limited"));
    assert!(doc.contains("PraxisChat Kommunikation GmbH"));
    assert!(doc.contains("als eigener Verantwortlicher"));
    assert!(doc.contains("EU-US Data Privacy Framework"));
    // Withdrawal is explained before every box (in the shared information text B.0, which
    // stands above all boxes) and in every chat version, before the reply.
    let shared = doc.split("\n### B.0 ").nth(1).expect("B.0");
    let shared = &shared[..shared.find("\n### ").expect("next section")];
    assert!(shared.contains("jederzeit widerrufen"));
    for section in doc
        .split("\n### B.")
        .skip(1)
        .filter(|s| !s.starts_with("0 "))
    {
        let section = section.split("\n## ").next().unwrap_or(section);
        assert!(section.contains('☐'), "checkbox form");
    }
    // The chat versions stand, to be copied, in the texts for WhatsApp.
    let texts = generate(&load_example("physiopraxis-am-park"), vec![Format::Md])
        .into_iter()
        .find(|a| a.path.to_string_lossy() == "whatsapp-texte.md")
        .map(|a| plain(&String::from_utf8(a.bytes).expect("utf-8")))
        .expect("texts for WhatsApp");
    let requests: Vec<&str> = texts
        .split("\n### ")
        .filter(|s| {
            s.lines()
                .next()
                .is_some_and(|h| h.contains("Einwilligungsanfrage „"))
        })
        .collect();
    assert!(!requests.is_empty());
    for chat in requests {
        assert!(chat.contains("antworten Sie"), "{chat}");
        assert!(
            chat.contains("Widerruf jederzeit") || chat.contains("jederzeit widerrufen"),
            "{chat}"
        );
    }
    let ai = plain(&render_example("onlineshop-nordlicht")["03-einwilligung"]);
    assert!(ai.contains("KI-gestützter Chatbot"));
}

#[test]
fn consent_identifiers_are_stable_and_follow_the_text() {
    let ids = |text: &str| -> Vec<String> {
        let (docs, _) = render_with_page(&load_yaml(text));
        let doc = &docs["03-einwilligung"];
        let mut ids: Vec<String> = doc
            .match_indices("Kennung: ")
            .map(|(i, m)| {
                let rest = &doc[i + m.len()..];
                rest[..rest.find(' ').unwrap()].to_owned()
            })
            .collect();
        ids.dedup();
        ids
    };
    let base = profile_yaml("Muster GmbH", APP, MARKETING_AND_SERVICE);
    let first = ids(&base);
    assert_eq!(first.len(), 2);
    assert_eq!(first, ids(&base), "deterministic");
    // A new Stand date alone does not change what a person agrees to.
    let redated = base.replace("date: \"2026-11-28\"", "date: \"2027-01-05\"");
    assert_eq!(first, ids(&redated));
    // A changed purpose changes only that text's identifier.
    let changed = base.replace(
        "  - kind: marketing\n",
        "  - kind: marketing\n    purpose: \"monatliche Angebote\"\n",
    );
    let second = ids(&changed);
    assert_eq!(first[0], second[0], "service text unchanged");
    assert_ne!(first[1], second[1], "marketing text changed");
    assert!(second[1].starts_with("EW-WERBUNG-1.0-"));
}

#[test]
fn public_documents_show_no_check_findings_or_outdated_names() {
    // No consent log and no privacy URL: lints DSG023 and DSG024 fire.
    let text = profile_yaml(
        "Muster GmbH",
        APP,
        "scenarios:\n  - kind: customer_inquiry\n  - kind: marketing\nconsent:\n  double_opt_in: false\n",
    )
    .replace("  privacy_notice_url: \"https://www.muster.example/datenschutz-whatsapp\"\n", "");
    let loaded = load_text(&text);
    assert!(
        loaded.diagnostics.iter().any(|d| d.code == Some("DSG023")),
        "the profile has findings"
    );
    let (docs, page) = render_with_page(&loaded);
    for (what, text) in [
        ("03", &docs["03-einwilligung"]),
        ("06", &docs["06-widerruf"]),
        ("page", &page),
    ] {
        assert!(!text.contains("DSG0"), "{what} shows a finding code");
        assert!(!text.contains("Prüfhinweis"), "{what}");
        for outdated in ["Privacy Shield", "Facebook", "WhatsApp Inc", "TTDSG", "TMG"] {
            assert!(!text.contains(outdated), "{what} mentions {outdated}");
        }
    }
}

#[test]
fn no_consent_is_asked_where_the_basis_is_another() {
    let (docs, page) = example_with_page("minimal");
    let doc = plain(&docs["03-einwilligung"]);
    assert!(doc.contains("Einwilligungstexte sind deshalb nicht erforderlich"));
    assert!(!doc.contains("Ich willige"));
    // The page still informs first; its only box is no consent.
    assert_eq!(input_tags(&page).len(), 1);
    assert!(page.contains("Hinweise gelesen"));
    assert!(!page.contains("Ich willige"));
}

#[test]
fn build_writes_the_consent_page_and_templates_can_override_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["build", "-q", "--format", "md,html", "-o", "out"])
        .arg(example("minimal"))
        .assert()
        .success();
    let page = std::fs::read_to_string(dir.path().join("out/whatsapp-kontakt.html"))
        .expect("page written next to the documents");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(dir.path().join("out/03-einwilligung.md").exists());
    bin(dir.path())
        .args(["build", "-q", "--check", "--format", "md,html", "-o", "out"])
        .arg(example("minimal"))
        .assert()
        .success();

    bin(dir.path())
        .args(["templates", "export", "tpl"])
        .assert()
        .success();
    let exported = dir.path().join("tpl/whatsapp-kontakt.html");
    let template = std::fs::read_to_string(&exported).expect("page template exported");
    std::fs::write(
        &exported,
        template.replace(
            "<h1>Kontakt über WhatsApp</h1>",
            "<h1>Schreiben Sie uns</h1>",
        ),
    )
    .expect("write override");
    bin(dir.path())
        .args([
            "build",
            "-q",
            "--format",
            "html",
            "--templates",
            "tpl",
            "-o",
            "own",
        ])
        .arg(example("minimal"))
        .assert()
        .success();
    let own = std::fs::read_to_string(dir.path().join("own/whatsapp-kontakt.html")).unwrap();
    assert!(own.contains("<h1>Schreiben Sie uns</h1>"));
    assert!(!dir.path().join("own/03-einwilligung.md").exists());
}

#[test]
fn custom_consents_get_own_texts_and_the_page_caps_its_boxes() {
    let scenarios = r#"scenarios:
  - kind: customer_inquiry
  - kind: service_notifications
  - kind: marketing
  - kind: groups
  - kind: special_category_data
  - kind: custom
    title: "Rückruf-Service"
    purpose: "Rückruf zu einer vereinbarten Zeit"
    initiated_by: company
    data: ["Telefonnummer", "Wunschzeit"]
    legal_basis: consent
    retention: "bis zum Rückruf, danach 1 Monat"
special_categories:
  categories: [health]
  occurrence: regular
consent:
  double_opt_in: true
  log_location: "CRM"
"#;
    let (docs, page) = render_with_page(&load_text(&profile_yaml("Muster GmbH", APP, scenarios)));
    let doc = plain(&docs["03-einwilligung"]);
    for code in ["SERVICE", "WERBUNG", "GRUPPE", "SENSIBEL", "EIGEN6"] {
        assert!(
            doc.contains(&format!("Kennung: EW-{code}-1.0-")),
            "text {code}"
        );
    }
    assert!(doc.contains(
        "Ich willige ein, dass Muster GmbH meine Angaben aus dem WhatsApp-Chat zu folgendem Zweck verarbeitet: Rückruf zu einer vereinbarten Zeit."
    ));
    // Four optional boxes fit on the page (16 prepared links); the fifth is asked in the chat.
    assert_eq!(input_tags(&page).len(), 5);
    assert_eq!(page.matches(r#"href="https://wa.me/"#).count(), 16);
    assert!(
        page.contains("Weitere Einwilligungen („Rückruf-Service“) fragen wir bei Bedarf im Chat.")
    );
    assert!(
        doc.contains("„Rückruf-Service“ werden bei Bedarf im Chat mit der Kurzfassung eingeholt")
    );
}
