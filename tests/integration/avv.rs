//! Document 5 (Auftragsverarbeitung): the Art. 28 review, the proposal's addressee and
//! annexes per variant, the private-app statement, Meta's terms from the one fact table, and
//! the DSG021 checks behind the list of other processors.

use crate::common::*;
use dsgvo_gen::legal::meta;
use dsgvo_gen::render::escape::escape;
use std::collections::BTreeMap;

const DOC: &str = "05-auftragsverarbeitung";
const PRIVATE: &str = "migration/friseur-privat";

/// Document 05 of an example that asks for the proposal to Meta (`document.avv_proposal`).
fn doc5_with_proposal(stem: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(format!("{stem}.yaml"));
    let yaml = std::fs::read_to_string(path).expect("example");
    let yaml = yaml.replace("\ndocument:\n", "\ndocument:\n  avv_proposal: true\n");
    plain(&render(&load_valid(&yaml))[DOC])
}

/// Document 5 of an example, with no-break spaces made plain.
fn doc5(stem: &str) -> String {
    plain(&render_example(stem)[DOC])
}

/// The part of a document from the heading starting with `from` up to the next heading of
/// the same level (or the end).
fn section<'a>(doc: &'a str, from: &str) -> &'a str {
    let start = doc
        .find(&format!("\n{from}"))
        .unwrap_or_else(|| panic!("section {from:?} missing"))
        + 1;
    let level = from.split(' ').next().unwrap_or("##");
    let rest = &doc[start + from.len()..];
    let end = rest
        .find(&format!("\n{level} "))
        .map_or(doc.len(), |i| start + from.len() + i);
    &doc[start..end]
}

/// Cells of the table rows in `text` whose first cell contains `needle`.
fn rows_with<'a>(text: &'a str, needle: &str) -> Vec<Vec<&'a str>> {
    text.lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect::<Vec<_>>()
        })
        .filter(|cells| cells.first().is_some_and(|c| c.contains(needle)))
        .collect()
}

const VERDICTS: [&str; 3] = ["abgedeckt", "teilweise", "nicht abgedeckt"];

fn is_verdict(cell: &str) -> bool {
    let cell = cell.trim_end_matches(" (zu prüfen)");
    VERDICTS.contains(&cell)
}

#[test]
fn every_letter_of_art_28_3_has_a_verdict_and_an_action_for_every_example() {
    for stem in EXAMPLES {
        let doc = doc5(stem);
        let review = section(&doc, "## 4 ");
        for letter in ["a", "b", "c", "d", "e", "f", "g", "h"] {
            let rows = rows_with(review, &format!("**lit. {letter}"));
            assert!(!rows.is_empty(), "{stem}: lit. {letter} missing");
            for cells in rows {
                assert_eq!(cells.len(), 4, "{stem}: lit. {letter}: {cells:?}");
                assert!(is_verdict(cells[2]), "{stem}: lit. {letter}: {cells:?}");
                assert!(cells[3].len() > 20, "{stem}: lit. {letter}: no action");
            }
        }
        // Paragraphs 1, 2 and 4, Art. 32 and Art. 33(2) are reviewed in the row of the letter
        // they belong to.
        for citation in [
            "Art. 28 Abs. 3 Satz 1",
            "lit. c, Abs. 1",
            "lit. d, Abs. 2 und 4",
            "Art. 28 Abs. 9",
            "Art. 32",
            "Art. 33 Abs. 2",
            "Kapitel V",
        ] {
            assert!(
                !rows_with(review, citation).is_empty(),
                "{stem}: {citation} missing"
            );
        }
    }
}

#[test]
fn private_app_review_marks_every_letter_not_covered_and_says_what_to_do() {
    let doc = doc5(PRIVATE);
    let review = section(&doc, "## 4 ");
    for letter in ["a", "b", "c", "d", "e", "f", "g", "h"] {
        let rows = rows_with(review, &format!("**lit. {letter}"));
        assert_eq!(rows.len(), 1, "lit. {letter}");
        assert_eq!(rows[0][1], "nicht abgedeckt");
    }
    assert!(review.contains("Für jede Zeile gilt:"));
    assert!(review.contains("Wechsel zur WhatsApp Business-App oder zur Cloud API"));
}

#[test]
fn coexistence_reviews_both_processor_relationships() {
    let doc = doc5("hausverwaltung-elbtal");
    let review = section(&doc, "## 4 ");
    assert!(review.contains("### 4.1 Business-App: WhatsApp Ireland Limited"));
    assert!(review.contains("### 4.2 Cloud API: Meta Platforms Ireland Limited"));
    assert_eq!(rows_with(review, "**lit. g").len(), 2);
    let proposal = section(&doc, "## 7 ");
    // The agreement with the provider is signed: the proposal is the yardstick to check it.
    assert!(
        proposal.contains("Mit TeamInbox Solutions GmbH ist am 12.02.2026 bereits ein Vertrag")
    );
    assert!(proposal.contains("Sitz: Leipzig, Deutschland"));
    assert!(proposal.contains("übernommenen Chatverlaufs"));
}

#[test]
fn bsp_proposal_is_addressed_to_the_provider_and_lists_meta_as_sub_processor() {
    let doc = doc5("physiopraxis-am-park");
    let proposal = section(&doc, "## 7 ");
    assert!(
        proposal
            .contains("Mit PraxisChat Kommunikation GmbH ist am 01.09.2025 bereits ein Vertrag")
    );
    assert!(proposal.contains("☐ Verpflichtung zur Verschwiegenheit nach § 203 StGB"));
    assert!(
        proposal.contains(
            "PraxisChat Kommunikation GmbH, Rheinuferstraße 1, 50668 Köln (Sitz: Köln, Deutschland) (Auftragsverarbeiter, „Auftragnehmer“)"
        ),
        "party block names the provider with address and seat"
    );
    assert!(!proposal.contains("Gegenzeichnung ist nicht zu erwarten"));
    let annex = section(proposal, "#### Anlage 4");
    let meta_rows = rows_with(annex, meta::META_IRELAND.name);
    assert_eq!(meta_rows.len(), 1, "{annex}");
    assert!(rows_with(annex, meta::META_INC.name)[0][4].contains("Data Privacy Framework"));
    assert_eq!(rows_with(annex, "IONOS SE").len(), 1);
    // Professional secrecy: the contract obliges the provider under § 203 StGB.
    assert!(proposal.contains("*5.9 Berufsgeheimnis.*"));
}

#[test]
fn bsp_annex_adds_meta_when_the_profile_does_not_list_it() {
    let text = std::fs::read_to_string(example("physiopraxis-am-park")).expect("example");
    let start = text
        .find("      - name: \"Meta Platforms")
        .expect("Meta entry");
    let end = text[start..].find("  cloud_api:").expect("next key") + start;
    let without_meta = format!("{}{}", &text[..start], &text[end..]);
    let loaded = load_text(&without_meta);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let doc = plain(&render(&loaded)[DOC]);
    let annex = section(section(&doc, "## 7 "), "#### Anlage 4");
    let rows = rows_with(annex, meta::META_IRELAND.name);
    assert_eq!(rows.len(), 1, "{annex}");
    assert_eq!(rows[0][1], escape(meta::META_IRELAND.address));
    assert!(rows[0][2].contains("Local Storage"), "{:?}", rows[0]);
}

#[test]
fn business_app_names_whatsapp_ireland_as_processor_and_us_sub_processors_under_dpf() {
    let doc = doc5("baeckerei-sonnenschein");
    let roles = section(&doc, "## 2 ");
    let processor = rows_with(roles, "Auftragsverarbeiter (Business-App)");
    assert_eq!(processor[0][1], meta::WHATSAPP_IRELAND.name);
    for entity in [meta::WHATSAPP_LLC, meta::META_INC] {
        let row = roles
            .lines()
            .find(|l| l.starts_with(&format!("| Unterauftragsverarbeiter | {} |", entity.name)))
            .unwrap_or_else(|| panic!("{} missing as sub-processor", entity.name));
        assert!(row.contains("EU-US Data Privacy Framework"), "{row}");
    }
    assert!(rows_with(roles, "eigenständig Verantwortlicher")[0][1] == meta::WHATSAPP_IRELAND.name);

    // Without a provider, the proposal to Meta is written only on request …
    assert!(!doc.contains("## 7 "), "no proposal by default");
    assert!(
        !doc.contains("Abschnitt 7"),
        "no reference to a missing section"
    );
    assert!(doc.contains(
        "| Vertragsvorschlag | nicht erstellt: Meta verhandelt die Bedingungen mit kleinen und mittleren Unternehmen nicht"
    ));
    assert!(doc.contains("Einen Vertragsvorschlag an Meta erstellt das Unternehmen nicht"));
    // … and then addressed to WhatsApp Ireland as a documented attempt.
    let doc = doc5_with_proposal("baeckerei-sonnenschein");
    let proposal = section(&doc, "## 7 ");
    assert!(proposal.contains("**dokumentierter Vorschlag** an WhatsApp Ireland Limited"));
    assert!(proposal.contains("Eine Gegenzeichnung ist nicht zu erwarten."));
    assert!(proposal.contains("Art. 5 Abs. 2 DSGVO") && proposal.contains("Art. 24 Abs. 1 DSGVO"));
    let annex = section(proposal, "#### Anlage 4");
    for entity in [meta::WHATSAPP_LLC, meta::META_INC] {
        let rows = rows_with(annex, entity.name);
        assert_eq!(rows.len(), 1, "{annex}");
        assert!(rows[0][4].contains("Data Privacy Framework"));
        assert!(rows[0][4].contains("2021/914"));
    }
    assert!(!proposal.contains("*5.9 Berufsgeheimnis.*"));
}

#[test]
fn cloud_api_proposal_goes_to_meta_platforms_ireland_as_documented_attempt() {
    let doc = doc5_with_proposal("onlineshop-nordlicht");
    let proposal = section(&doc, "## 7 ");
    assert!(proposal.contains("**dokumentierter Vorschlag** an Meta Platforms Ireland Limited"));
    assert!(proposal.contains("Meta Platforms Ireland Limited (Gegenzeichnung erbeten)"));
    let annex = section(proposal, "#### Anlage 4");
    assert_eq!(rows_with(annex, meta::META_INC.name).len(), 1);
}

#[test]
fn private_variant_has_no_proposal_and_says_none_can_be_obtained() {
    let loaded = load_example(PRIVATE);
    assert!(loaded.has_errors(), "DSG001 is an error");
    let doc = plain(&render(&loaded)[DOC]);
    assert!(doc.contains("## 7 Kein Auftragsverarbeitungsvertrag möglich"));
    assert!(
        doc.contains(
            "besteht kein Vertrag nach Art. 28 DSGVO, und es lässt sich keiner abschließen"
        )
    );
    let remedy = section(&doc, "## 7 ");
    assert!(remedy.contains("über einen Dienstleister mit Sitz und Speicherort in der EU"));
    assert!(!remedy.contains('`'), "no profile keys: {remedy}");
    assert!(!doc.contains("### Vertrag über die Verarbeitung"));
    assert!(!doc.contains("Anlage 4"));
    assert!(!doc.contains("Gegenzeichnung"));
}

/// Every example, rendered once: stem → documents.
fn all_documents() -> BTreeMap<&'static str, BTreeMap<String, String>> {
    EXAMPLES
        .iter()
        .chain([&PRIVATE])
        .map(|stem| (*stem, render_example(stem)))
        .collect()
}

#[test]
fn documents_that_name_dated_terms_show_the_date_from_the_fact_table() {
    let dated = [meta::DATA_TRANSFER_ADDENDUM, meta::DATA_SECURITY_TERMS];
    let mut checked = 0;
    for (stem, docs) in all_documents() {
        for (name, text) in docs {
            let text = plain(&text);
            for terms in &dated {
                let version = terms.version.expect("dated terms");
                if text.contains(terms.name) {
                    checked += 1;
                    assert!(
                        text.contains(version) || text.contains(&escape(version)),
                        "{stem}/{name} names {} without its date {version}",
                        terms.name
                    );
                }
            }
        }
    }
    assert!(checked >= 2 * (EXAMPLES.len()), "document 5 names both");
}

#[test]
fn evidence_sheet_lists_the_variant_terms_with_version_and_checked_date() {
    for stem in EXAMPLES {
        let doc = doc5(stem);
        let sheet = section(&doc, "## 3 ");
        let profile = load_example(stem).profile.expect("profile");
        for (i, terms) in meta::terms_for(profile.raw.whatsapp.variant)
            .into_iter()
            .enumerate()
        {
            let rows = rows_with(sheet, &(i + 1).to_string());
            let row = rows
                .iter()
                .find(|r| r[1] == escape(terms.name))
                .unwrap_or_else(|| panic!("{stem}: {} missing", terms.name));
            assert_eq!(row[2], escape(terms.url));
            match terms.version {
                Some(_) => assert_eq!(row[3], terms.version_text()),
                None => assert_eq!(row[3], "kein Datum bestätigt"),
            }
        }
        // The facts' date is printed, but never after the document's Stand.
        let checked = dsgvo_gen::date::Date::parse(meta::CHECKED_ON).expect("date");
        let shown = profile.stand.map_or(checked, |stand| checked.min(stand));
        assert!(sheet.contains(&format!("(Stand vom {};", shown.german())));
        assert!(sheet.contains("nachweisbar ist nur eine abgelegte Fassung"));
    }
}

#[test]
fn evidence_sheet_asks_for_acceptance_when_the_profile_has_none() {
    let text = std::fs::read_to_string(example("minimal")).expect("example");
    let start = text.find("  terms_accepted:").expect("terms_accepted");
    let end = text[start..].find("\nscenarios:").expect("next section") + start + 1;
    let loaded = load_text(&format!("{}{}", &text[..start], &text[end..]));
    assert!(loaded.diagnostics.iter().any(|d| d.code == Some("DSG020")));
    let doc = plain(&render(&loaded)[DOC]);
    let sheet = section(&doc, "## 3 ");
    assert!(sheet.contains("Bedingungen angenommen am: ____________ (noch einzutragen);"));
}

#[test]
fn no_document_names_outdated_entities_or_instruments() {
    for (stem, docs) in all_documents() {
        for (name, text) in docs {
            let text = plain(&text);
            for outdated in [
                "Privacy Shield",
                "Facebook Inc",
                "Facebook, Inc",
                "Facebook Ireland",
                "WhatsApp Inc",
                "2010/87",
            ] {
                assert!(!text.contains(outdated), "{stem}/{name}: {outdated}");
            }
        }
    }
}

/// The minimal example with extra YAML appended to the `whatsapp` section and at the end.
fn minimal_with(whatsapp_extra: &str, top_level_extra: &str) -> String {
    let text = std::fs::read_to_string(example("minimal")).expect("example");
    let anchor = "  features: [greeting_message, away_message]\n";
    assert!(text.contains(anchor));
    format!(
        "{}{top_level_extra}",
        text.replace(anchor, &format!("{anchor}{whatsapp_extra}"))
    )
}

const OUTSIDE_AI: &str = "  ai:\n    provider: \"Beispiel KI GmbH\"\n    purpose: \"beantwortet Fragen zu Öffnungszeiten\"\n    human_handover: true\n";

fn dsg021(loaded: &dsgvo_gen::profile::load::Loaded) -> Vec<String> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.code == Some("DSG021"))
        .map(|d| d.message.clone())
        .collect()
}

#[test]
fn dsg021_flags_an_outside_ai_provider_missing_under_processors() {
    let loaded = load_text(&minimal_with(OUTSIDE_AI, ""));
    let found = dsg021(&loaded);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("KI-Anbieter „Beispiel KI GmbH“"));
    let doc = plain(&render(&loaded)[DOC]);
    let others = section(&doc, "## 6 ");
    let row = &rows_with(others, "Beispiel KI GmbH")[0];
    assert!(row[4].starts_with("**offen:**"), "{row:?}");

    let listed = "processors:\n  - name: \"Beispiel KI GmbH\"\n    role: ai\n    agreement: signed\n    agreement_date: \"2026-01-10\"\n";
    let loaded = load_text(&minimal_with(OUTSIDE_AI, listed));
    assert!(dsg021(&loaded).is_empty(), "{:?}", dsg021(&loaded));
}

#[test]
fn dsg021_leaves_an_ai_the_company_runs_itself_alone() {
    let own = "  ai:\n    provider: \"Musterfirma GmbH (eigenes Modell)\"\n    purpose: \"beantwortet Fragen zu Öffnungszeiten\"\n    human_handover: true\n";
    let loaded = load_text(&minimal_with(own, ""));
    assert!(dsg021(&loaded).is_empty(), "{:?}", dsg021(&loaded));
    let doc = plain(&render(&loaded)[DOC]);
    assert!(section(&doc, "## 6 ").contains("eigener Betrieb des Unternehmens"));
}

#[test]
fn dsg021_flags_an_unlisted_mdm_and_a_provider_without_agreement_date() {
    let mdm = minimal_with("", "").replace(
        "    count: 1\n",
        "    count: 1\n    mdm:\n      vendor: \"Beispiel MDM\"\n      work_container: true\n",
    );
    let loaded = load_text(&mdm);
    let found = dsg021(&loaded);
    assert!(
        found.iter().any(|m| m.contains("MDM „Beispiel MDM“")),
        "{found:?}"
    );
    let doc = plain(&render(&loaded)[DOC]);
    assert!(rows_with(section(&doc, "## 6 "), "Beispiel MDM")[0][4].starts_with("**offen:**"));

    let text = std::fs::read_to_string(example("physiopraxis-am-park")).expect("example");
    let unsigned = text.replace("    avv_signed_on: \"2025-09-01\"\n", "");
    let loaded = load_text(&unsigned);
    let found = dsg021(&loaded);
    assert!(
        found
            .iter()
            .any(|m| m.contains("Dienstleister „PraxisChat Kommunikation GmbH“")),
        "{found:?}"
    );
    let doc = plain(&render(&loaded)[DOC]);
    assert!(section(&doc, "## 1 ").contains("noch nicht abgeschlossen – Vorschlag in Abschnitt 7"));
}

/// Pages of document 5's PDF as the library generates it, read from the PDF's page tree.
fn pdf_pages(stem: &str) -> usize {
    let files = generate(&load_example(stem), vec![dsgvo_gen::backend::Format::Pdf]);
    let pdf = files
        .iter()
        .find(|a| a.path.to_string_lossy() == format!("{DOC}.pdf"))
        .expect("document 5 as PDF");
    let text = String::from_utf8_lossy(&pdf.bytes);
    let key = "/Type/Pages/Count ";
    let at = text.find(key).expect("page tree") + key.len();
    text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("page count")
}

#[test]
fn document_5_stays_within_its_page_targets() {
    // A data-protection officer judged a gap sheet of 3–4 pages plus a proposal of 4–5
    // pages proportionate; the provider variant adds the provider's sub-processors and the
    // secrecy clauses.
    for (stem, target) in [("baeckerei-sonnenschein", 8), ("physiopraxis-am-park", 10)] {
        let pages = pdf_pages(stem);
        assert!(pages <= target, "{stem}: {pages} pages, target {target}");
    }
}

/// The paragraphs of a Markdown document as issue 13 counts them: each line, list item and
/// table cell on its own.
fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            let line = line.trim();
            if line.starts_with('|') {
                line.trim_matches('|')
                    .split('|')
                    .map(str::trim)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            } else {
                let item = line
                    .strip_prefix("- ")
                    .or_else(|| {
                        line.split_once(". ").map(|(n, rest)| {
                            if n.chars().all(|c| c.is_ascii_digit()) {
                                rest
                            } else {
                                line
                            }
                        })
                    })
                    .unwrap_or(line);
                vec![item.to_owned()]
            }
        })
        .collect()
}

/// Paragraphs of 25 words or more that occur more than once.
fn repeated_paragraphs(text: &str) -> Vec<String> {
    let mut seen = BTreeMap::new();
    for p in paragraphs(text) {
        if p.split_whitespace().count() >= 25 {
            *seen.entry(p).or_insert(0) += 1;
        }
    }
    seen.into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn the_paragraph_counter_finds_a_repeated_table_cell() {
    let cell = "ein Satz mit genau so vielen Wörtern, dass er die Grenze von fünfundzwanzig Wörtern erreicht und damit als Absatz zählt, wie es die Vorgabe verlangt, eins zwei";
    assert!(cell.split_whitespace().count() >= 25);
    let table = format!("| A | B |\n| --- | --- |\n| x | {cell} |\n| y | {cell} |\n");
    assert_eq!(repeated_paragraphs(&table), vec![cell.to_owned()]);
    assert!(repeated_paragraphs(&format!("- {cell}\n\n| x | kurz |\n")).is_empty());
}

#[test]
fn no_paragraph_of_25_words_appears_twice_in_document_5() {
    let mut docs: Vec<(String, String)> = EXAMPLES
        .iter()
        .chain([&PRIVATE])
        .map(|stem| (stem.to_string(), plain(&render_example(stem)[DOC])))
        .collect();
    for entry in std::fs::read_dir(repo("tests/fixtures/profiles")).expect("fixtures") {
        let path = entry.expect("entry").path();
        let stem = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let loaded = load_text(&profile_fixture(&stem));
        if loaded.profile.is_some() {
            docs.push((stem, plain(&render(&loaded)[DOC])));
        }
    }
    assert!(docs.len() > EXAMPLES.len());
    for (stem, doc) in docs {
        let repeated = repeated_paragraphs(&doc);
        assert!(repeated.is_empty(), "{stem}: {repeated:#?}");
    }
}

#[test]
fn document_5_has_its_sections_in_order() {
    let proposal = [
        "## 1 Ergebnis auf einen Blick",
        "## 2 Rollenmodell",
        "## 3 Nachweisblatt zu den Bedingungen von Meta",
        "## 4 Prüfung der Bedingungen nach Art. 28 DSGVO",
        "## 5 Übermittlungen in Drittländer",
        "## 6 Weitere Auftragsverarbeiter",
        "## 7 Vertragsvorschlag zur Auftragsverarbeitung",
        "#### Anlage 1",
        "#### Anlage 2",
        "#### Anlage 3",
        "#### Anlage 4",
    ];
    for stem in EXAMPLES {
        let doc = doc5_with_proposal(stem);
        let mut from = 0;
        for heading in proposal {
            let at = doc[from..]
                .find(&format!("\n{heading}"))
                .unwrap_or_else(|| panic!("{stem}: {heading} missing or out of order"));
            from += at + 1;
        }
    }
}
