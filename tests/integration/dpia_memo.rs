//! Document 02 in proportion: a threshold memo where no DPIA is required and none is asked
//! for, the full Art. 35(7) assessment otherwise, and no paragraph said twice.

use crate::common::*;
use dsgvo_gen::backend::Format;
use dsgvo_gen::risk::{self, Assessment, threshold::DpiaResult};

const DSFA: &str = "02-datenschutz-folgenabschaetzung";

/// The headings only the full assessment has.
const FULL_HEADINGS: [&str; 9] = [
    "## 3 Systematische Beschreibung der Verarbeitung (Art. 35 Abs. 7 lit. a DSGVO)",
    "## 4 Notwendigkeit und Verhältnismäßigkeit (Art. 35 Abs. 7 lit. b DSGVO)",
    "## 5 Risiken für die Rechte und Freiheiten der betroffenen Personen (Art. 35 Abs. 7 lit. c DSGVO)",
    "## 6 Abhilfemaßnahmen (Art. 35 Abs. 7 lit. d DSGVO)",
    "## 7 Rat der datenschutzbeauftragten Person (Art. 35 Abs. 2 DSGVO)",
    "## 8 Standpunkt der Betroffenen (Art. 35 Abs. 9 DSGVO)",
    "### 9.1 Restrisiko und vorherige Konsultation (Art. 36 DSGVO)",
    "## 10 Überprüfung (Art. 35 Abs. 11 DSGVO)",
    "## 11 Freigabe",
];

/// The headings of the memo, in order.
const MEMO_HEADINGS: [&str; 8] = [
    "## 1 Gegenstand",
    "## 2 Schwellwertanalyse",
    "## 3 Risikoregister",
    "## 4 Offene Maßnahmen (Maßnahmenplan)",
    "## 5 Datenschutzbeauftragte Person",
    "## 6 Entscheidung",
    "## 7 Überprüfung (Art. 35 Abs. 11 DSGVO)",
    "## 8 Freigabe",
];

fn example_text(stem: &str) -> String {
    std::fs::read_to_string(example(stem)).expect("example")
}

/// The example with `document.full_dpia: true`.
fn asking_for_full(stem: &str) -> String {
    let yaml = example_text(stem);
    assert!(yaml.contains("\ndocument:\n"), "{stem}");
    yaml.replace("\ndocument:\n", "\ndocument:\n  full_dpia: true\n")
}

fn assess(loaded: &dsgvo_gen::profile::load::Loaded) -> Assessment {
    risk::assess(loaded.profile.as_ref().expect("loads"))
}

fn dsfa(loaded: &dsgvo_gen::profile::load::Loaded) -> String {
    plain(&render(loaded)[DSFA])
}

/// Pages of document 02 as PDF: the page objects in the file (`/Type /Page`, the writer
/// uses no object streams), checked against the `/Count` of the page tree.
fn pdf_pages(loaded: &dsgvo_gen::profile::load::Loaded) -> usize {
    let pdf = generate(loaded, vec![Format::Pdf])
        .into_iter()
        .find(|a| a.path.to_string_lossy() == format!("{DSFA}.pdf"))
        .expect("pdf of document 2")
        .bytes;
    // Each `/Type` name with what follows it, whitespace skipped.
    let mut pages = 0;
    let mut count = None;
    for (at, _) in pdf.windows(5).enumerate().filter(|(_, w)| *w == b"/Type") {
        let rest = &pdf[at + 5..];
        let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        if rest.starts_with(b"/Pages") {
            let tail = String::from_utf8_lossy(&rest[..rest.len().min(40)]).into_owned();
            count = tail
                .split("/Count")
                .nth(1)
                .and_then(|c| c.trim_start().split(|ch: char| !ch.is_ascii_digit()).next())
                .and_then(|n| n.parse::<usize>().ok());
        } else if rest.starts_with(b"/Page") && !rest[5].is_ascii_alphanumeric() {
            pages += 1;
        }
    }
    assert!(pages > 0);
    assert_eq!(count, Some(pages), "page objects and page tree agree");
    pages
}

/// The body of a document: everything before the internal footer.
fn body(doc: &str) -> &str {
    doc.rsplit_once("\n---\n").map_or(doc, |(body, _)| body)
}

/// The document's own text: the body without the open findings, which the shared components
/// list in every document (the warning block at the top and the "Prüfhinweise" at the end).
fn own_text(doc: &str) -> String {
    let body = body(doc);
    let body = body.split("\n## Prüfhinweise\n").next().unwrap_or(body);
    body.lines()
        .filter(|l| !l.starts_with('>'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Paragraphs in the sense of issue 13: lines, list items and table cells, without list
/// markers and emphasis around them.
fn paragraphs(doc: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in doc.lines().map(str::trim) {
        let parts: Vec<&str> = if line.starts_with('|') {
            line.trim_matches('|').split(" | ").collect()
        } else {
            vec![line]
        };
        for part in parts {
            let part = part
                .trim()
                .trim_start_matches("> ")
                .trim_start_matches("- ")
                .trim();
            let part = match part.split_once(". ") {
                Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => part,
            };
            if part.split_whitespace().count() >= 25 {
                out.push(part.to_owned());
            }
        }
    }
    out
}

/// Lines that the shared components write into every internal document (header and note);
/// they are not part of document 02's own text.
fn from_components(paragraph: &str) -> bool {
    paragraph.starts_with("Verantwortlicher: ") || paragraph.starts_with("**Interne Unterlage.**")
}

#[test]
fn the_bakery_gets_a_threshold_memo_of_at_most_four_pages() {
    let loaded = load_example("baeckerei-sonnenschein");
    let a = assess(&loaded);
    assert_eq!(a.threshold.result, DpiaResult::ThresholdMemo);
    let doc = dsfa(&loaded);
    assert!(doc.starts_with("# Schwellwertanalyse mit Risikobewertung\n"));

    // The memo's sections, in order, and none of the Art. 35(7) skeleton.
    let mut at = 0;
    for heading in MEMO_HEADINGS {
        let found = doc[at..]
            .find(&format!("\n{heading}\n"))
            .unwrap_or_else(|| panic!("{heading}"));
        at += found + 1;
    }
    for heading in FULL_HEADINGS {
        assert!(!doc.contains(heading), "{heading}");
    }
    assert!(!doc.contains("Art. 35 Abs. 7 lit."));
    assert!(!doc.contains("\n#### R"), "no risk-by-risk narrative");
    assert!(!doc.contains("| Stellungnahme |") && !doc.contains("| Eingeholte Standpunkte |"));

    // The threshold analysis, compact: each yardstick group answered in one row.
    for row in [
        "| Regelfälle (Art. 35 Abs. 3 DSGVO) | nein | Geprüft, nicht erfüllt: lit. a",
        "| Einträge der DSK-Muss-Liste (Art. 35 Abs. 4 DSGVO) | nein | Geprüft, nicht erfüllt: ",
        "| Kriterien der Leitlinien WP 248 (WP 248 Rev. 01) | nein | Geprüft, nicht erfüllt: 1 ",
    ] {
        assert!(doc.contains(row), "{row}");
    }
    assert!(doc.contains("**Voraussichtlich hohes Risiko (Art. 35 Abs. 1 DSGVO): nein.**"));

    // The risk register: one row per applicable risk with gross class, measures in force
    // and net class; the others in one line.
    let register = doc
        .split("## 3 Risikoregister")
        .nth(1)
        .and_then(|s| s.split("## 4 ").next())
        .expect("register");
    assert!(register.contains("| Risiko | brutto | Umgesetzte Maßnahmen, die es senken | netto |"));
    for r in &a.risks {
        let row = register
            .lines()
            .find(|l| l.starts_with(&format!("| {} {} | ", r.risk.id, r.risk.title)))
            .unwrap_or_else(|| panic!("{}", r.risk.id));
        assert!(
            row.contains(&format!(" | {} | ", r.gross.class.label())),
            "{row}"
        );
        assert!(
            row.trim_end_matches(" |").ends_with(r.net.class.label()),
            "{row}"
        );
    }
    let r4 = register
        .lines()
        .find(|l| l.starts_with("| R4 "))
        .expect("R4");
    assert!(r4.contains("| Geräte- und App-Sperre |"), "{r4}");
    let r2 = register
        .lines()
        .find(|l| l.starts_with("| R2 "))
        .expect("R2");
    assert!(r2.contains("| – |"), "{r2}");
    assert!(register.contains("Nicht einschlägig und deshalb nicht bewertet: R8 ("));

    // Open measures, the DPO determination, the decision, review triggers, sign-off.
    assert!(doc.contains("- **Kein Adressbuchzugriff** (empfohlen): R1: "));
    assert!(
        doc.contains("Eine Benennungspflicht besteht nicht. § 38 Abs. 1 Satz 1 BDSG: 6 Personen")
    );
    assert!(doc.contains("Art. 37 Abs. 1 lit. c DSGVO: "));
    assert!(doc.contains("**Eine Datenschutz-Folgenabschätzung ist nicht erforderlich.** Kein Regelfall des Art. 35 Abs. 3 DSGVO"));
    assert!(
        doc.contains("Empfohlene Entscheidung der Geschäftsleitung: **Freigabe mit Auflagen.**")
    );
    assert!(doc.contains("wird spätestens zwölf Monate nach der Freigabe überprüft"));
    assert!(doc.contains("wenn eine der als umgesetzt angegebenen Maßnahmen entfällt"));
    assert!(doc.contains("| Entscheidung (empfohlen: Freigabe mit Auflagen) | |"));
    assert!(doc.contains("| Unterschrift | |"));
    // It refers to document 1 instead of restating it.
    assert!(doc.contains("(Dokument 1, Abschnitte 2 bis 7)"));
    assert!(!doc.contains("| Empfänger |"));

    let words = doc.split_whitespace().count();
    assert!(words <= 1500, "{words} words");
    let pages = pdf_pages(&loaded);
    assert!(pages <= 4, "{pages} pages");
}

#[test]
fn every_example_without_a_required_dpia_gets_the_memo_and_the_others_the_full_assessment() {
    for stem in EXAMPLES.iter().copied().chain(["migration/friseur-privat"]) {
        let loaded = load_example(stem);
        let memo = assess(&loaded).threshold.result == DpiaResult::ThresholdMemo;
        let doc = dsfa(&loaded);
        assert_eq!(doc.contains("\n## 3 Risikoregister\n"), memo, "{stem}");
        for heading in FULL_HEADINGS {
            assert_eq!(doc.contains(heading), !memo, "{stem}: {heading}");
        }
        if memo {
            assert!(doc.split_whitespace().count() <= 1500, "{stem}");
        }
    }
}

#[test]
fn asking_for_the_full_assessment_gives_it_for_a_memo_profile() {
    let loaded = load_text(&asking_for_full("baeckerei-sonnenschein"));
    let a = assess(&loaded);
    assert_eq!(a.threshold.result, DpiaResult::ThresholdMemo);
    let doc = dsfa(&loaded);
    // The title follows the threshold result; the structure follows the request.
    assert!(doc.starts_with("# Schwellwertanalyse mit Risikobewertung\n"));
    for heading in FULL_HEADINGS {
        assert!(doc.contains(heading), "{heading}");
    }
    assert!(!doc.contains("## 3 Risikoregister"));
    for r in &a.risks {
        assert!(
            doc.contains(&format!("#### {} {}", r.risk.id, r.risk.title)),
            "{}",
            r.risk.id
        );
    }
    // A threshold result that needs no DPIA keeps its reasons in the full structure.
    assert!(doc.contains("- Kein Regelfall des Art. 35 Abs. 3 DSGVO"));
}

#[test]
fn the_physiotherapy_practice_keeps_every_item_of_the_full_assessment_within_fifteen_pages() {
    let loaded = load_example("physiopraxis-am-park");
    assert_eq!(assess(&loaded).threshold.result, DpiaResult::Mandatory);
    let doc = dsfa(&loaded);
    assert!(doc.starts_with("# Schwellwertanalyse und Datenschutz-Folgenabschätzung\n"));
    for heading in FULL_HEADINGS {
        assert!(doc.contains(heading), "{heading}");
    }
    // Art. 35(7)(a)–(d), (2), (9), Art. 36 and the sign-off, each with its content.
    assert!(doc.contains("### 3.2 Zwecke und Verarbeitungsvorgänge"));
    assert!(doc.contains("**Dort endet die Ende-zu-Ende-Verschlüsselung:**"));
    assert!(doc.contains("### 4.2 Alternativen"));
    assert!(doc.contains("#### R7 Besondere Kategorien und Berufsgeheimnisse"));
    assert!(doc.contains("<!-- dsgvo-gen:risikomatrix "));
    assert!(doc.contains("### 6.2 Maßnahmenplan"));
    assert!(doc.contains("| Rat eingeholt am | |"));
    assert!(doc.contains("| Von wem, wann | |"));
    assert!(doc.contains("nach Art. 36 Abs. 1 DSGVO zu konsultieren"));
    assert!(doc.contains("| Unterschrift | |"));
    // What document 1 carries is referred to, not restated.
    assert!(doc.contains("(Dokument 1, Abschnitte 2, 4 und 5)"));
    assert!(!doc.contains("| Empfänger | Rolle | Zweck | Ort |"));
    assert!(!doc.contains("| Speicherdauer |"));
    let pages = pdf_pages(&loaded);
    assert!(pages <= 15, "{pages} pages");
}

#[test]
fn no_paragraph_of_25_words_is_repeated_in_document_2_or_restated_from_documents_1_and_4() {
    for stem in EXAMPLES.iter().copied().chain(["migration/friseur-privat"]) {
        for text in [example_text(stem), asking_for_full(stem)] {
            let loaded = load_text(&text);
            // The reasons of the threshold result are the one passage document 1 carries as
            // well (its section on the DPIA lists them); they stay here, where they are made.
            let reasons = assess(&loaded).threshold.reasons;
            let docs = render(&loaded);
            let own = paragraphs(&own_text(&plain(&docs[DSFA])));
            let mut seen = std::collections::BTreeSet::new();
            for p in own.iter().filter(|p| !from_components(p)) {
                assert!(seen.insert(p.clone()), "{stem}: repeated in 02: {p}");
            }
            for other in ["01-verarbeitungsverzeichnis", "04-datenschutzhinweise"] {
                let theirs = paragraphs(&plain(&docs[other]));
                for p in own.iter().filter(|p| !from_components(p)) {
                    if other == "01-verarbeitungsverzeichnis" && reasons.contains(p) {
                        continue;
                    }
                    assert!(!theirs.contains(p), "{stem}: 02 restates {other}: {p}");
                }
            }
        }
    }
}

#[test]
fn document_2_names_no_profile_keys_or_commands() {
    for stem in EXAMPLES.iter().copied().chain(["migration/friseur-privat"]) {
        for text in [example_text(stem), asking_for_full(stem)] {
            let doc = plain(&render(&load_text(&text))[DSFA]);
            let body = body(&doc);
            for internal in [
                "`",
                "full_dpia",
                "measures:",
                "dsgvo-gen ",
                "DSG0",
                "neu erzeugt",
            ] {
                assert!(!body.contains(internal), "{stem}: {internal}");
            }
        }
    }
}

#[test]
fn the_memo_states_a_dpo_duty_with_its_ground() {
    let loaded = load_example("elektro-wagner");
    let a = assess(&loaded);
    assert_eq!(a.threshold.result, DpiaResult::ThresholdMemo);
    assert!(a.dpo.required);
    let doc = dsfa(&loaded);
    let section = doc
        .split("## 5 Datenschutzbeauftragte Person")
        .nth(1)
        .and_then(|s| s.split("## 6 ").next())
        .expect("section");
    assert!(section.contains(
        "Eine datenschutzbeauftragte Person ist zu benennen und der Aufsichtsbehörde zu melden (Art. 37 Abs. 7 DSGVO). Grund: "
    ));
    for reason in &a.dpo.reasons {
        assert!(section.contains(reason.as_str()), "{reason}");
    }
    assert!(!section.contains("Benennungspflicht besteht nicht"));
}
