//! PDF backend, accessibility: the structure tree follows the Markdown, the public documents
//! pass krilla's PDF/UA-1 validator, and furniture is left out of the tree.

use crate::common::render_example;
use dsgvo_gen::backend::pdf::display::{Document, Item, Role, StructKind};
use dsgvo_gen::backend::pdf::{Conformance, PdfMeta, PdfOptions, layout, render_with};

const RISIKO: &str = include_str!("../fixtures/pdf/risikobewertung.md");

fn meta(title: &str) -> PdfMeta {
    PdfMeta {
        title: title.into(),
        company: "Bäckerei Sonnenschein GmbH".into(),
        subject: "DSGVO-Dokumentation für die WhatsApp-Kommunikation".into(),
        version: "1.0".into(),
        stand: "28.11.2026".into(),
        date: (2026, 11, 28),
        keywords: vec!["DSGVO".into()],
        ..Default::default()
    }
}

/// Structure elements in the order their content first appears (the reading order).
fn reading_order(doc: &Document) -> Vec<usize> {
    let mut seen = vec![false; doc.structure.len()];
    let mut order = Vec::new();
    for page in &doc.pages {
        for item in &page.items {
            if let Item::Text(run) = item
                && let Some(n) = run.node
                && !seen[n]
            {
                seen[n] = true;
                order.push(n);
            }
        }
    }
    order
}

fn squash(s: &str) -> String {
    s.replace(['\u{a0}', '\u{2011}'], " ")
        .replace('\\', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn headings_are_tagged_in_markdown_order_with_their_levels() {
    let docs = render_example("physiopraxis-am-park");
    for (stem, md) in &docs {
        let doc = layout(md, &meta(stem));
        let tagged: Vec<(u8, String)> = reading_order(&doc)
            .into_iter()
            .filter_map(|n| match &doc.structure[n].kind {
                StructKind::Heading { level, title } => Some((*level, squash(title))),
                _ => None,
            })
            .collect();
        let wanted: Vec<(u8, String)> = md
            .lines()
            .filter_map(|l| {
                let hashes = l.chars().take_while(|c| *c == '#').count();
                let rest = l.get(hashes..)?.strip_prefix(' ')?;
                (1..=6)
                    .contains(&hashes)
                    .then(|| (hashes as u8, squash(rest)))
            })
            .collect();
        // Every Markdown heading is tagged, in order and at its level; bold lead-ins may
        // add headings in between.
        let mut it = tagged.iter();
        for w in &wanted {
            assert!(
                it.any(|t| t == w),
                "{stem}: heading {w:?} missing or out of order in {tagged:?}"
            );
        }
        // Levels never jump by more than one below the previous heading.
        for pair in tagged.windows(2) {
            assert!(pair[1].0 <= pair[0].0 + 1, "{stem}: {pair:?}");
        }
    }
}

#[test]
fn clause_titles_become_headings_with_bookmarks() {
    let md = "# Vertrag\n\n## Abschnitt 6\n\n**Klausel 3 – Auslegung**\n\nDiese Klauseln sind im Licht der Verordnung auszulegen.\n\n**Freigabe mit Auflagen.**\n\nText.\n";
    let doc = layout(md, &meta("Vertrag"));
    let headings: Vec<_> = doc
        .structure
        .iter()
        .filter_map(|n| match &n.kind {
            StructKind::Heading { level, title } => Some((*level, title.as_str())),
            _ => None,
        })
        .collect();
    assert!(
        headings.contains(&(3, "Klausel 3 – Auslegung")),
        "{headings:?}"
    );
    assert!(
        !headings.iter().any(|(_, t)| t.starts_with("Freigabe")),
        "a bold sentence is a lead-in, not a heading: {headings:?}"
    );
    assert!(
        doc.outline
            .iter()
            .any(|e| e.title == "Klausel 3 – Auslegung" && e.level == 3)
    );
}

#[test]
fn tables_lists_and_the_risk_matrix_carry_their_semantics() {
    let doc = layout(RISIKO, &meta("Risiko"));
    let kinds: Vec<&StructKind> = doc.structure.iter().map(|n| &n.kind).collect();
    assert!(kinds.iter().any(|k| matches!(k, StructKind::Table)));
    assert!(kinds.iter().any(|k| matches!(k, StructKind::HeaderCell(_))));
    assert!(kinds.iter().any(|k| matches!(k, StructKind::Cell)));
    let alt = kinds
        .iter()
        .find_map(|k| match k {
            StructKind::Figure { alt } => Some(alt.as_str()),
            _ => None,
        })
        .expect("the risk matrix is a figure");
    assert!(alt.contains("R1") && alt.contains("Risiko"), "{alt}");
    // Every piece of body text belongs to an element; header and footer are artifacts.
    for page in &doc.pages {
        for item in &page.items {
            if let Item::Text(run) = item {
                match run.role {
                    Role::Header | Role::Footer => assert_eq!(run.node, None, "{}", run.text),
                    _ => assert!(
                        run.node.is_some() || run.role == Role::Cell(true),
                        "{}",
                        run.text
                    ),
                }
            }
        }
    }
}

#[test]
fn public_documents_pass_pdf_ua1_and_pdf_a2a() {
    let strict = PdfOptions {
        conformance: Conformance::PdfA2a,
        accessible: true,
    };
    for example in ["onlineshop-nordlicht", "physiopraxis-am-park"] {
        let docs = render_example(example);
        for stem in ["04-datenschutzhinweise", "06-widerruf"] {
            let md = docs.get(stem).expect("document exists");
            let bytes = render_with(md, &meta(stem), &strict)
                .unwrap_or_else(|e| panic!("{example}/{stem}: {e}"));
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                text.contains("<pdfuaid:part>1</pdfuaid:part>"),
                "{example}/{stem}"
            );
            assert!(text.contains("<pdfaid:conformance>A"), "{example}/{stem}");
            assert!(text.contains("/StructTreeRoot"), "{example}/{stem}");
            assert!(text.contains("/DisplayDocTitle true"), "{example}/{stem}");
        }
    }
}

#[test]
fn no_word_in_any_example_document_is_broken_without_a_hyphen() {
    for example in crate::common::EXAMPLES {
        for (stem, md) in render_example(example) {
            let doc = layout(&md, &meta(&stem));
            for (p, page) in doc.pages.iter().enumerate() {
                for item in &page.items {
                    if let Item::Text(run) = item {
                        assert!(
                            !run.forced_break,
                            "{example}/{stem} p{}: forced break after {:?}",
                            p + 1,
                            run.text
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_tall_row_continues_on_the_next_page_instead_of_leaving_a_gap() {
    let cell = (1..=150)
        .map(|i| format!("Wort{i:03}"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut split = 0;
    for n in 20..60 {
        let filler = "Ein Absatz mit etwas Text, der eine Zeile füllt.\n\n".repeat(n);
        let md = format!(
            "# T\n\n{filler}| Nr. | Inhalt |\n| --- | --- |\n| 1 | {cell} |\n| 2 | kurz |\n"
        );
        let doc = layout(&md, &meta("T"));
        let pages_of_row: Vec<usize> = doc
            .pages
            .iter()
            .enumerate()
            .flat_map(|(p, page)| {
                page.items.iter().filter_map(move |i| match i {
                    Item::Text(r) if r.text.starts_with("Wort") => Some(p),
                    _ => None,
                })
            })
            .collect();
        let lines = pages_of_row.len();
        assert!(lines > 10, "{n}: {pages_of_row:?}");
        let first = pages_of_row[0];
        let on_first = pages_of_row.iter().filter(|p| **p == first).count();
        if on_first < lines {
            split += 1;
            assert!(
                (2..=lines - 2).contains(&on_first),
                "{n}: at least two lines of the row on each page: {pages_of_row:?}"
            );
        }
    }
    assert!(split > 0, "a tall row is never split");
}
