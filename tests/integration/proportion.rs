//! Proportionate packs: a paragraph stands once in a pack, the public part of the withdrawal
//! notice fits one page, the bakery's documents stay within an evening's reading, and the
//! in-chat consent requests are short.

use crate::common::*;
use dsgvo_gen::backend::Format;
use dsgvo_gen::backend::pdf::{PdfMeta, layout};
use std::collections::BTreeMap;

/// Every example that builds, and every test profile of a sector the examples do not cover.
fn packs() -> Vec<(String, dsgvo_gen::profile::load::Loaded)> {
    let mut out: Vec<_> = EXAMPLES
        .iter()
        .map(|s| ((*s).to_owned(), load_example(s)))
        .collect();
    for stem in SECTOR_FIXTURES {
        out.push((stem.to_owned(), load_valid(&profile_fixture(stem))));
    }
    out
}

/// The paragraphs of a Markdown text as a reader meets them: each line, and each cell of a
/// table row, without list or heading markers, with whitespace collapsed.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        let cells: Vec<&str> = if trimmed.starts_with('|') {
            trimmed.trim_matches('|').split('|').collect()
        } else {
            vec![trimmed]
        };
        for cell in cells {
            let words: Vec<&str> = cell
                .split_whitespace()
                .skip_while(|w| {
                    w.chars().all(|c| matches!(c, '#' | '-' | '*' | '>'))
                        || w.chars().all(|c| c.is_ascii_digit() || c == '.')
                })
                .collect();
            if words.len() >= 25 {
                out.push(words.join(" "));
            }
        }
    }
    out
}

fn pages(markdown: &str, title: &str) -> usize {
    let meta = PdfMeta {
        title: title.to_owned(),
        company: "Test".into(),
        subject: String::new(),
        version: "1.0".into(),
        stand: "28.11.2026".into(),
        date: (2026, 11, 28),
        keywords: Vec::new(),
        ..Default::default()
    };
    layout(markdown, &meta).pages.len()
}

#[test]
fn no_paragraph_of_25_words_appears_twice_in_a_pack() {
    let mut failures = Vec::new();
    for (name, loaded) in packs() {
        let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (stem, text) in render(&loaded) {
            for p in paragraphs(&plain(&text)) {
                seen.entry(p).or_default().push(stem.clone());
            }
        }
        for (p, stems) in seen.into_iter().filter(|(_, s)| s.len() > 1) {
            failures.push(format!("{name}: {stems:?}: {p:.120}"));
        }
    }
    assert!(
        failures.is_empty(),
        "repeated paragraphs:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_paragraph_reader_sees_cells_and_ignores_markers() {
    let long = "wort ".repeat(25);
    let text = format!("- {long}\n| a | {long} |\n## 3 {long}\nkurz\n");
    let found = paragraphs(&text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|p| p.starts_with("wort")));
}

#[test]
fn the_public_part_of_the_withdrawal_notice_fits_one_page() {
    for (name, loaded) in packs() {
        let doc = &render(&loaded)["06-widerruf"];
        let public = &doc[..doc.find("## Teil B").expect("part B")];
        assert_eq!(
            pages(public, "Hinweise zu Widerruf und Widerspruch (Datenschutz)"),
            1,
            "{name}: part A of 06 runs over one page"
        );
        // It points to the privacy notice for the full list of rights.
        assert!(public.contains("Datenschutzhinweise"), "{name}");
        assert!(!public.contains("Datenübertragbarkeit für Daten"), "{name}");
    }
}

#[test]
fn in_chat_consent_requests_are_short_and_link_the_full_text() {
    for (name, loaded) in packs() {
        let texts = generate(&loaded, vec![Format::Md])
            .into_iter()
            .find(|a| a.path.to_string_lossy() == "whatsapp-texte.md")
            .map(|a| plain(&String::from_utf8(a.bytes).expect("utf-8")))
            .expect("texts for WhatsApp");
        let requests: Vec<&str> = texts
            .split("\n### ")
            .skip(1)
            .filter(|s| {
                s.lines()
                    .next()
                    .is_some_and(|h| h.contains("Einwilligungsanfrage „"))
            })
            .collect();
        let consents = render(&loaded)["03-einwilligung"].contains("### B.1 Einwilligung");
        assert_eq!(
            !requests.is_empty(),
            consents,
            "{name}: chat requests for consents"
        );
        for chat in requests {
            let message = chat
                .lines()
                .find(|l| l.starts_with("> "))
                .expect("chat message");
            // Words around the declaration the person gives (the declaration itself, and a
            // release from professional secrecy in it, are as long as the law needs).
            let declaration_start = message.find("“: „").expect("declaration");
            let rest = &message[declaration_start + 4..];
            let declaration_end = rest.find('“').expect("declaration end");
            let around = message[..declaration_start].split_whitespace().count()
                + rest[declaration_end..].split_whitespace().count();
            assert!(
                around <= 60,
                "{name}: {around} words around the declaration: {message}"
            );
            assert!(
                message.contains("https://")
                    || message.contains("auf Anfrage")
                    || message.contains("Link zu den Datenschutzhinweisen einfügen"),
                "{name}: no link to the full text: {message}"
            );
        }
    }
}

/// Page budget of the bakery (a firm that needs no DPIA): the six documents a small firm
/// reads fit in 30 A4 pages (from 69; the review judged 22–26 proportionate). Beside them the
/// pack holds the sheets the firm uses rather than reads: the texts to copy into WhatsApp,
/// the go-live checklist and the printed notice.
#[test]
fn the_bakery_pack_keeps_its_page_budget() {
    let loaded = load_example("baeckerei-sonnenschein");
    let profile = loaded.profile.as_ref().expect("profile");
    let mut documents = 0;
    let mut total = 0;
    let mut letter = 0;
    for a in generate(&loaded, vec![Format::Md]) {
        if a.path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let name = a.path.to_string_lossy().into_owned();
        if name.contains(".en.") {
            // An English version is the same document for other readers, not more to read.
            continue;
        }
        let text = String::from_utf8(a.bytes).expect("utf-8");
        let pages = pages(&text, &profile.raw.company.name);
        if name.starts_with("anschreiben") {
            // The cover letter is read once, before the pack; it has its own budget.
            letter = pages;
            continue;
        }
        total += pages;
        if name.starts_with('0') {
            documents += pages;
        }
    }
    assert!(documents <= 30, "bakery documents: {documents} pages");
    assert!(total <= 36, "bakery pack: {total} pages");
    assert!(
        (1..=2).contains(&letter),
        "bakery cover letter: {letter} pages"
    );
}

/// Tool internals a public text must not carry.
const INTERNALS: [&str; 9] = [
    "dsgvo-gen",
    "Vorlagensatz",
    "SHA-256",
    "Prüfsumme",
    "DSG0",
    "von 6 der Datenschutzdokumentation",
    "Prüfhinweis",
    "privacy_notice_url",
    "`",
];

#[test]
fn public_texts_carry_title_version_and_stand_only() {
    for (name, loaded) in packs() {
        let docs = render(&loaded);
        let consent = &docs["03-einwilligung"];
        let part_b =
            &consent[consent.find("## Teil B").expect("B")..consent.find("## Teil C").expect("C")];
        let withdrawal = &docs["06-widerruf"];
        let part_a = &withdrawal[..withdrawal.find("## Teil B").expect("B")];
        let notice = &docs["04-datenschutzhinweise"];
        for (what, text) in [("04", notice.as_str()), ("06 A", part_a), ("03 B", part_b)] {
            for internal in INTERNALS {
                // Text identifiers in 03 are set as code in the internal parts only.
                assert!(!text.contains(internal), "{name}/{what}: „{internal}“");
            }
            // Profile keys look like `section.key` or `key_with_underscore`.
            let key = text
                .split(|c: char| c.is_whitespace() || "()„“,;:".contains(c))
                .find(|w| {
                    w.contains('_')
                        && w.chars()
                            .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.')
                });
            assert_eq!(key, None, "{name}/{what}: profile key");
        }
        assert!(
            notice.contains("Version") && notice.contains("Stand"),
            "{name}"
        );
    }
}
