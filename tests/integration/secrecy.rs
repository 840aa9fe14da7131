//! Professional secrecy (§ 203 StGB), the Art. 9 basis of inquiries, minors and backups:
//! the release in every declaration, per-version text identifiers, 04/05/06 consistent with
//! 03. Profiles: the physiotherapy example plus test profiles under `tests/fixtures/profiles`.

use crate::common::*;
use dsgvo_gen::backend::Format;
use dsgvo_gen::profile::load::Loaded;
use std::collections::{BTreeMap, BTreeSet};

fn fixture(stem: &str) -> String {
    profile_fixture(stem)
}

/// Markdown documents (stem → text) and the consent page with HTML entities decoded.
fn pack(loaded: &Loaded) -> (BTreeMap<String, String>, String) {
    let mut docs = BTreeMap::new();
    let mut page = String::new();
    for a in generate(loaded, vec![Format::Md, Format::Html]) {
        let name = a.path.to_string_lossy().into_owned();
        let text = plain(&String::from_utf8(a.bytes).expect("utf-8"));
        if name.ends_with(".html") {
            page = text.replace("&amp;", "&").replace("&#x27;", "'");
        } else {
            docs.insert(name.trim_end_matches(".md").to_owned(), text);
        }
    }
    (docs, page)
}

/// The chat requests of the texts for WhatsApp (section 3), one block each: the consent
/// requests and the release asked on its own, as they are sent.
fn chat_requests(docs: &BTreeMap<String, String>) -> Vec<String> {
    docs["whatsapp-texte"]
        .split("\n### ")
        .filter(|s| {
            s.lines().next().is_some_and(|h| {
                h.contains("Einwilligungsanfrage „") || h.ends_with("Schweigepflichtentbindung")
            })
        })
        .map(|s| s.split("\n## ").next().unwrap_or(s).to_owned())
        .collect()
}

/// The secrecy profiles with the recipients their release must name (and must not name).
fn secrecy_cases() -> Vec<(&'static str, Loaded, Vec<&'static str>, Vec<&'static str>)> {
    vec![
        (
            "physio (Cloud API, BSP)",
            load_example("physiopraxis-am-park"),
            vec![
                "PraxisChat Kommunikation GmbH",
                "IONOS SE",
                "Meta Platforms Ireland Limited",
                "WhatsApp Ireland Limited",
            ],
            vec!["Google"],
        ),
        (
            "dental practice (Business app, unencrypted backup)",
            load_valid(&fixture("zahnarztpraxis-app")),
            vec!["WhatsApp Ireland Limited", "Google Ireland Limited"],
            // No Cloud API: Meta Platforms Ireland does not decrypt anything here.
            vec!["Meta Platforms Ireland Limited"],
        ),
        (
            "law firm (Cloud API, BSP, CRM)",
            load_valid(&fixture("kanzlei-bsp")),
            vec![
                "MandantenChat GmbH",
                "Hetzner Online GmbH",
                "Meta Platforms Ireland Limited",
                "WhatsApp Ireland Limited",
                "Kanzleisoftware Nord GmbH",
            ],
            vec!["Google", "PraxisChat"],
        ),
    ]
}

/// The declarations of a document: every text quoted after "einverstanden sind:", every
/// checkbox line and every poster declaration.
fn declarations(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        for marker in ["einverstanden sind: „", "erklären Sie: „", "“: „"] {
            if let Some(i) = line.find(marker) {
                let rest = &line[i + marker.len()..];
                out.push(rest[..rest.rfind('“').unwrap_or(rest.len())].to_owned());
            }
        }
        if let Some(i) = line.find('☐') {
            out.push(line[i..].to_owned());
        }
    }
    out
}

/// The release sentence inside a declaration, up to its end.
fn release_in(declaration: &str) -> Option<&str> {
    let at = declaration.find("Ich entbinde")?;
    let rest = &declaration[at..];
    let end = rest
        .find("für die Zukunft widerrufen.")
        .map_or(rest.len(), |e| e + 27);
    Some(&rest[..end])
}

#[test]
fn every_consent_version_and_the_page_carry_the_release_with_its_recipients() {
    for (what, loaded, named, not_named) in secrecy_cases() {
        let (docs, page) = pack(&loaded);
        let doc = &docs["03-einwilligung"];
        assert!(
            !doc.contains("gilt als Entbindung") && !doc.contains("gilt die Einwilligung auch als")
        );
        let part_b =
            &doc[doc.find("## Teil B").expect("part B")..doc.find("## Teil C").expect("C")];
        // The forms stand in 03; the chat versions in the texts for WhatsApp.
        let mut decls = declarations(part_b);
        for request in chat_requests(&docs) {
            decls.extend(declarations(&request));
        }
        assert!(
            // Form and chat version of each consent text, and the release asked on its own.
            decls.len() >= 3,
            "{what}: declarations found: {}",
            decls.len()
        );
        for d in &decls {
            let release = release_in(d).unwrap_or_else(|| panic!("{what}: no release in {d}"));
            assert!(release.contains("§ 203 StGB"), "{what}: {release}");
            for name in &named {
                assert!(
                    release.contains(name),
                    "{what}: release lacks {name}: {release}"
                );
            }
            for name in &not_named {
                assert!(
                    !release.contains(name),
                    "{what}: release names {name}: {release}"
                );
            }
        }
        // Chat (a), form (b) and poster (d) of every consent text, and the release text.
        for section in part_b
            .split("\n### B.")
            .skip(1)
            .filter(|s| !s.starts_with("0 "))
        {
            let versions: Vec<&str> = section.split("\n**").skip(1).collect();
            assert!(!versions.is_empty(), "{what}: versions of {section:.60}");
            for v in versions
                .iter()
                .filter(|v| v.starts_with("a)") || v.starts_with("b)") || v.starts_with("d)"))
                // A version kept in the texts for WhatsApp is checked there.
                .filter(|v| !v.contains("Texte für WhatsApp"))
            {
                assert!(
                    v.contains("Ich entbinde"),
                    "{what}: version without release: {v:.80}"
                );
            }
        }
        // The page: every box, the confirmation that opens the chat included.
        let labels: Vec<&str> = page.split("<label").skip(1).collect();
        assert!(!labels.is_empty());
        for label in labels {
            let label = &label[..label.find("</label>").expect("label closes")];
            let release =
                release_in(label).unwrap_or_else(|| panic!("{what}: box without release: {label}"));
            for name in &named {
                assert!(release.contains(name), "{what}: page release lacks {name}");
            }
        }
    }
}

#[test]
fn appointment_reminders_of_a_practice_carry_the_release() {
    for (loaded, title) in [
        (load_example("physiopraxis-am-park"), "Terminerinnerungen"),
        (
            load_valid(&fixture("zahnarztpraxis-app")),
            "Terminerinnerungen und Recall",
        ),
    ] {
        let (docs, _) = pack(&loaded);
        let doc = &docs["03-einwilligung"];
        let start = doc
            .find(&format!("Einwilligung „{title}“\n"))
            .expect("reminder text");
        let section = &doc[start..];
        let section = &section[..section[1..].find("\n### ").map_or(section.len(), |e| e + 1)];
        // The form (b), and the poster (d) where the profile uses posters.
        let forms = 1 + usize::from(section.contains("**d) Aushang"));
        assert_eq!(
            section.matches("Ich entbinde").count(),
            forms,
            "b and d: {section:.200}"
        );
        assert!(section.contains("dass ich Patientin oder Patient von"));
        let chat = chat_requests(&docs)
            .into_iter()
            .find(|r| r.contains(&format!("„{title}“")))
            .expect("chat request");
        assert!(chat.contains("Ich entbinde"), "a: {chat:.200}");
    }
}

#[test]
fn versions_with_different_information_have_different_identifiers() {
    let (docs, page) = pack(&load_valid(&fixture("kanzlei-bsp")));
    let doc = &format!("{}\n{}", docs["03-einwilligung"], docs["whatsapp-texte"]);
    let ids: Vec<&str> = doc
        .match_indices("Text ")
        .map(|(i, _)| {
            let rest = &doc[i + 5..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
                .unwrap_or(rest.len());
            rest[..end].trim_end_matches('.')
        })
        .filter(|id| id.starts_with("EW-") || id.starts_with("SE-"))
        .collect();
    let versions: BTreeSet<char> = ids.iter().filter_map(|id| id.chars().last()).collect();
    assert!(versions.is_superset(&['a', 'b'].into()), "{ids:?}");
    // Each identifier names one version: the chat and the form of one text differ.
    let family = |id: &str| id[..id.len() - 2].to_owned();
    let first = ids
        .iter()
        .find(|id| id.starts_with("EW-"))
        .expect("a consent text");
    let same: BTreeSet<&str> = ids
        .iter()
        .copied()
        .filter(|id| family(id) == family(first))
        .collect();
    assert!(same.len() >= 2, "{same:?}");
    // The release asked on its own has its own identifiers, also on the page.
    assert!(doc.contains("(Text SE-1.0-") && page.contains("Text SE-1.0-"));
    // Content decides the identifier: without secrecy the same texts get other identifiers.
    let without =
        fixture("kanzlei-bsp").replace("professional_secrecy: true", "professional_secrecy: false");
    let (other, _) = pack(&load_valid(&without));
    let other = &other["03-einwilligung"];
    assert!(!other.contains("Ich entbinde") && !other.contains("Text SE-"));
    assert!(
        !other.contains(first),
        "{first} survived a change of the text"
    );
}

#[test]
fn in_chat_versions_stay_short_besides_the_declaration() {
    for (what, loaded, _, _) in secrecy_cases() {
        let (docs, _) = pack(&loaded);
        let requests = chat_requests(&docs);
        assert!(!requests.is_empty(), "{what}: no chat requests");
        for block in &requests {
            let message: Vec<&str> = block.lines().filter(|l| l.starts_with("> ")).collect();
            let block = &message.join("\n");
            let quoted_start = block
                .find("einverstanden sind: „")
                .map(|i| i + "einverstanden sind: „".len())
                .or_else(|| block.find("“: „").map(|i| i + "“: „".len()))
                .expect("declaration");
            let quoted_end =
                quoted_start + block[quoted_start..].find("“").expect("declaration ends");
            let frame = format!("{}{}", &block[..quoted_start], &block[quoted_end..]);
            let words = frame.split_whitespace().filter(|w| *w != ">").count();
            assert!(words <= 80, "{what}: {words} words besides the declaration");
            // The other channels are not listed twice in one message.
            let alternatives = block.matches("telefonisch unter").count();
            assert!(alternatives <= 1, "{what}: channels listed {alternatives}×");
        }
    }
}

#[test]
fn withdrawal_notice_covers_the_release_only_under_secrecy() {
    let (physio, _) = pack(&load_example("physiopraxis-am-park"));
    let a = &physio["06-widerruf"];
    let part_a = &a[..a.find("## Teil B").expect("part B")];
    assert!(part_a.contains("Entbindung von der Schweigepflicht"));
    assert!(part_a.contains("jederzeit für die Zukunft widerrufen"));
    assert!(a.contains("Bestätigung eines Widerrufs der Schweigepflichtentbindung"));
    let (bakery, _) = pack(&load_example("baeckerei-sonnenschein"));
    assert!(!bakery["06-widerruf"].contains("Schweigepflicht"));
    // The title no longer clashes with the consumer-law Widerrufsbelehrung; contract
    // withdrawals are triaged away from the consent process.
    assert!(a.starts_with("# Hinweise zu Widerruf und Widerspruch (Datenschutz)"));
    assert!(a.contains("Ich widerrufe meine Bestellung") && a.contains("§§ 355 ff. BGB"));
}

#[test]
fn privacy_notice_explains_secrecy_and_the_art9_basis_per_sector() {
    let (physio, _) = pack(&load_example("physiopraxis-am-park"));
    for doc in ["01-verarbeitungsverzeichnis", "04-datenschutzhinweise"] {
        assert!(physio[doc].contains("Art. 9 Abs. 2 lit. h"), "{doc}");
        assert!(
            physio[doc].contains("§ 22 Abs. 1 Nr. 1 lit. b BDSG"),
            "{doc}"
        );
    }
    assert!(
        physio["04-datenschutzhinweise"].contains("Schweigepflicht: was sie für den Chat bedeutet")
    );
    // A law firm is no health-care provider: legal claims, not Art. 9(2)(h).
    let (law, _) = pack(&load_valid(&fixture("kanzlei-bsp")));
    let notice = &law["04-datenschutzhinweise"];
    assert!(notice.contains("Art. 9 Abs. 2 lit. f DSGVO"));
    assert!(!notice.contains("lit. h"));
    assert!(law["01-verarbeitungsverzeichnis"].contains("Art. 9 Abs. 2 lit. f DSGVO"));
    // Without secrecy there is no secrecy section and no Art. 9(2)(h) claim.
    let (bakery, _) = pack(&load_example("baeckerei-sonnenschein"));
    assert!(!bakery["04-datenschutzhinweise"].contains("lit. h"));
    assert!(!bakery["04-datenschutzhinweise"].contains("Schweigepflicht"));
}

#[test]
fn a_signed_provider_agreement_is_checked_for_the_secrecy_clause_not_proposed_anew() {
    let (law, _) = pack(&load_valid(&fixture("kanzlei-bsp")));
    let avv = &law["05-auftragsverarbeitung"];
    assert!(avv.contains("bereits ein Vertrag zur Auftragsverarbeitung geschlossen"));
    assert!(avv.contains("☐ Verpflichtung zur Verschwiegenheit nach § 203 StGB"));
    assert!(!avv.contains("Der folgende Vertrag ist zum Abschluss mit"));
    // The proposal keeps its § 203 clause as the yardstick.
    assert!(avv.contains("5.9 Berufsgeheimnis"));
    // Unsigned: the proposal is still one to conclude.
    let unsigned = fixture("kanzlei-bsp").replace("    avv_signed_on: \"2026-03-15\"\n", "");
    let (docs, _) = pack(&load_text(&unsigned));
    assert!(docs["05-auftragsverarbeitung"].contains("Der folgende Vertrag ist zum Abschluss mit"));
}

#[test]
fn backups_without_end_to_end_encryption_are_named_wherever_encryption_is() {
    let (docs, page) = pack(&load_valid(&fixture("zahnarztpraxis-app")));
    let mut texts: Vec<(&str, &str)> = ["03-einwilligung", "04-datenschutzhinweise"]
        .iter()
        .map(|d| (*d, docs[*d].as_str()))
        .collect();
    texts.push(("page", &page));
    for (what, text) in texts {
        let blocks: Vec<&str> = text.split("\n\n").flat_map(|b| b.split("<p>")).collect();
        let claims: Vec<&&str> = blocks
            .iter()
            .filter(|b| {
                b.contains("Ende-zu-Ende-verschlüsselt") && !b.contains("nicht Ende-zu-Ende")
            })
            .collect();
        assert!(!claims.is_empty(), "{what}");
        for b in claims {
            assert!(
                b.contains("Chat-Sicherung"),
                "{what}: claim without the backup: {b:.200}"
            );
        }
    }
}

#[test]
fn minors_as_a_target_group_get_a_youth_section_and_no_art8_misstatement() {
    let (docs, _) = pack(&load_valid(&fixture("nachhilfe-minderjaehrige")));
    let notice = &docs["04-datenschutzhinweise"];
    let youth = &notice[notice
        .find("Kurz erklärt für alle unter 18")
        .expect("youth section")..];
    assert!(youth.contains("Du schreibst uns") && youth.contains("„STOPP“"));
    assert!(youth.contains("11 bis 17 Jahre"));
    assert!(
        youth.contains("schreiben uns bitte deine Eltern"),
        "age below WhatsApp's minimum"
    );
    // Art. 8 is cited only for information-society services; capacity decides otherwise.
    for (name, doc) in &docs {
        for sentence in doc.split(". ").filter(|s| s.contains("Art. 8")) {
            if sentence.contains("Art. 8 Abs. 2") && sentence.contains("Maßstab") {
                continue;
            }
            assert!(
                sentence.contains("Informationsgesellschaft") || name.starts_with("02"),
                "{name}: {sentence}"
            );
        }
    }
    assert!(docs["03-einwilligung"].contains("Einsichtsfähigkeit"));
    // Possible minors only: no youth section.
    let (physio, _) = pack(&load_example("physiopraxis-am-park"));
    assert!(!physio["04-datenschutzhinweise"].contains("kurz erklärt"));
}

#[test]
fn a_target_group_under_whatsapps_minimum_age_is_a_finding() {
    let codes = |text: &str| -> Vec<String> {
        load_text(text)
            .diagnostics
            .iter()
            .filter_map(|d| d.code.map(str::to_owned))
            .collect()
    };
    let base = fixture("nachhilfe-minderjaehrige");
    assert!(codes(&base).contains(&"DSG026".to_owned()));
    let at_13 = base.replace("min: 11", "min: 13");
    assert!(!codes(&at_13).contains(&"DSG026".to_owned()));
    let finding = load_text(&base)
        .diagnostics
        .into_iter()
        .find(|d| d.code == Some("DSG026"))
        .expect("DSG026");
    assert!(finding.message.contains("11") && finding.message.contains("13"));
}

#[test]
fn no_direct_marketing_block_without_marketing() {
    let (physio, page) = pack(&load_example("physiopraxis-am-park"));
    for doc in ["04-datenschutzhinweise", "06-widerruf"] {
        assert!(
            !physio[doc].contains("Wenn wir Ihre Daten verarbeiten, um Ihnen Werbung zu senden")
                && !physio[doc].contains(
                    "Nach Ihrem Widerspruch verwenden wir Ihre Daten nicht mehr für Werbung"
                ),
            "{doc}"
        );
        assert!(physio[doc].contains("nicht für Werbung"), "{doc}");
    }
    assert!(!page.contains("<h3>Widerspruch gegen Werbung</h3>"));
    let (bakery, _) = pack(&load_example("baeckerei-sonnenschein"));
    assert!(
        bakery["06-widerruf"]
            .contains("Nach Ihrem Widerspruch verwenden wir Ihre Daten nicht mehr für Werbung")
    );
}

#[test]
fn an_impossible_age_range_is_a_located_error() {
    let text = fixture("nachhilfe-minderjaehrige").replace("min: 11, max: 17", "min: 15, max: 12");
    let loaded = load_text(&text);
    assert!(loaded.has_errors());
    let error = loaded
        .diagnostics
        .iter()
        .find(|d| d.message.contains("minors_age"))
        .expect("age range error");
    assert!(error.message.contains("15 bis 12"), "{}", error.message);
    assert!(error.line.is_some(), "points at the profile line");
}

/// A profile text with `company.professional_secrecy: true`.
fn with_secrecy(text: &str) -> String {
    if text.contains("professional_secrecy:") {
        text.replace("professional_secrecy: false", "professional_secrecy: true")
    } else {
        let at = text.find("\ncompany:").expect("company section") + 1;
        let eol = at + text[at..].find('\n').expect("line ends");
        format!(
            "{}\n  professional_secrecy: true{}",
            &text[..eol],
            &text[eol..]
        )
    }
}

#[test]
fn the_release_rule_holds_for_every_example_under_secrecy() {
    for stem in EXAMPLES {
        let text = std::fs::read_to_string(example(stem)).expect("example");
        let loaded = load_text(&with_secrecy(&text));
        let profile = loaded.profile.as_ref().expect("profile");
        assert!(profile.raw.company.professional_secrecy, "{stem}");
        let expected = dsgvo_gen::context::secrecy::recipients(profile);
        assert!(
            !expected.is_empty(),
            "{stem}: WhatsApp always learns the contact"
        );
        let (docs, page) = pack(&loaded);
        let doc = &docs["03-einwilligung"];
        let part_b = &doc[doc.find("## Teil B").expect("B")..doc.find("## Teil C").expect("C")];
        let decls = declarations(part_b);
        assert!(!decls.is_empty(), "{stem}: at least the release text");
        for d in decls.iter().map(String::as_str).chain(
            page.split("<label")
                .skip(1)
                .map(|l| &l[..l.find("</label>").expect("closes")]),
        ) {
            let release = release_in(d).unwrap_or_else(|| panic!("{stem}: no release in {d}"));
            for r in &expected {
                assert!(release.contains(&r.name), "{stem}: {} missing", r.name);
            }
        }
        assert!(
            docs["06-widerruf"].contains("Entbindung von der Schweigepflicht"),
            "{stem}"
        );
        assert!(
            docs["04-datenschutzhinweise"]
                .contains("Schweigepflicht: was sie für den Chat bedeutet"),
            "{stem}"
        );
    }
}
