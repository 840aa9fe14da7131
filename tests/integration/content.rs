//! Content of the generated documents for every example: company, authority, the right
//! Meta/WhatsApp entities, mandatory items, and no outdated facts.

use crate::common::*;

const OUTDATED: [&str; 8] = [
    "Privacy Shield",
    "Facebook Inc",
    "Facebook, Inc",
    "Facebook Ireland",
    "WhatsApp Inc",
    "TTDSG",
    "Telemediengesetz",
    "TMG",
];

#[test]
fn every_document_names_company_authority_and_operator() {
    for stem in EXAMPLES {
        let loaded = load_example(stem);
        let profile = loaded.profile.as_ref().expect("profile");
        let docs = render(&loaded);
        assert_eq!(docs.len(), 6);
        for (doc, text) in &docs {
            let text = plain(text);
            assert!(
                text.contains(&profile.raw.company.name),
                "{stem}/{doc}: company"
            );
            assert!(
                text.contains(profile.authority.name),
                "{stem}/{doc}: authority"
            );
            let operator = match profile.raw.whatsapp.variant {
                dsgvo_gen::profile::model::Variant::CloudApi
                | dsgvo_gen::profile::model::Variant::CloudApiBsp => {
                    "Meta Platforms Ireland Limited"
                }
                _ => "WhatsApp Ireland Limited",
            };
            assert!(text.contains(operator), "{stem}/{doc}: {operator}");
            for old in OUTDATED {
                assert!(!text.contains(old), "{stem}/{doc}: outdated „{old}“");
            }
            for line in text.lines().filter(|l| l.contains("Buchungsbeleg")) {
                assert!(!line.contains("10 Jahre"), "{stem}/{doc}: {line}");
            }
        }
    }
}

#[test]
fn record_of_processing_covers_article_30() {
    for stem in EXAMPLES {
        let vvt = plain(&render_example(stem)["01-verarbeitungsverzeichnis"]);
        for item in [
            "Art. 30 Abs. 1 lit. a",
            "Art. 30 Abs. 1 lit. d",
            "Art. 30 Abs. 1 lit. e",
            "Art. 30 Abs. 1 lit. f",
            "Art. 30 Abs. 1 lit. g",
            "| Zweck |",
            "| Rechtsgrundlage |",
            "| Datenkategorien |",
            "| Betroffene Personen |",
            "| Löschfrist |",
            "Art. 30 Abs. 3",
            "Art. 30 Abs. 4",
            "Art. 30 Abs. 5",
            "Aufbewahrung von Chats mit gesetzlicher Aufbewahrungspflicht",
            "8 Jahre",
            "Data Privacy Framework",
        ] {
            assert!(vvt.contains(item), "{stem}: VVT lacks „{item}“");
        }
        let merchant = load_example(stem)
            .profile
            .expect("profile")
            .retention_plan()
            .merchant
            .merchant;
        assert_eq!(
            vvt.contains("§ 257 Abs. 1"),
            merchant,
            "{stem}: HGB duty iff merchant"
        );
    }
}

#[test]
fn record_of_processing_names_recipients_by_variant() {
    let app = plain(&render_example("baeckerei-sonnenschein")["01-verarbeitungsverzeichnis"]);
    assert!(app.contains("| WhatsApp Ireland Limited | Auftragsverarbeiter |"));
    assert!(app.contains("| WhatsApp LLC | Unterauftragsverarbeiter |"));
    assert!(app.contains("| Meta Platforms, Inc. | Unterauftragsverarbeiter |"));
    assert!(
        app.contains("Google Drive"),
        "backup provider is a recipient"
    );

    let bsp = plain(&render_example("physiopraxis-am-park")["01-verarbeitungsverzeichnis"]);
    assert!(bsp.contains("| PraxisChat Kommunikation GmbH | Auftragsverarbeiter |"));
    assert!(bsp.contains("| IONOS SE | Unterauftragsverarbeiter |"));
    assert!(bsp.contains("| Meta Platforms Ireland Limited | Auftragsverarbeiter (Cloud API) |"));
    assert!(
        !bsp.contains("Verwaltung der Geräte und Konten"),
        "no phones in the Cloud API setup"
    );
}

#[test]
fn privacy_notice_covers_article_13_and_separate_objection() {
    for stem in EXAMPLES {
        let notice = plain(&render_example(stem)["04-datenschutzhinweise"]);
        for item in [
            "## 1 Verantwortlicher",
            "Zwecke und Rechtsgrundlagen",
            "## 4 Empfänger",
            "Übermittlung in Drittländer",
            "Speicherdauer",
            "Art. 15 DSGVO",
            "Art. 16 DSGVO",
            "Art. 17 DSGVO",
            "Art. 18 DSGVO",
            "Art. 20 DSGVO",
            "Art. 7 Abs. 3 DSGVO",
            "Art. 77 DSGVO",
            "Pflicht zur Bereitstellung",
            "Automatisierte Entscheidungen",
            "Information über Ihr Widerspruchsrecht (Art. 21 DSGVO)",
            "Widerspruch gegen Direktwerbung",
            "Art. 14 DSGVO",
            "Art. 13 Abs. 3 DSGVO",
            "in eigener Verantwortung",
        ] {
            assert!(notice.contains(item), "{stem}: notice lacks „{item}“");
        }
        assert!(
            !notice.contains("Prüfhinweis"),
            "{stem}: public notice shows no internal findings"
        );
    }
}

#[test]
fn encryption_statement_matches_the_variant() {
    let app = plain(&render_example("baeckerei-sonnenschein")["04-datenschutzhinweise"]);
    assert!(app.contains("Ende-zu-Ende-verschlüsselt; WhatsApp kann ihren Inhalt nicht lesen"));
    for stem in [
        "onlineshop-nordlicht",
        "physiopraxis-am-park",
        "hausverwaltung-elbtal",
    ] {
        let notice = plain(&render_example(stem)["04-datenschutzhinweise"]);
        assert!(
            notice.contains("entschlüsselt") && notice.contains("Cloud API"),
            "{stem}"
        );
        assert!(
            !notice.contains("Ende-zu-Ende-verschlüsselt;"),
            "{stem}: no E2E promise"
        );
    }
}
