//! PDF backend, checked on the emitted streams: how text is written into the content streams
//! and which font programs are embedded.

use std::io::Read;

use dsgvo_gen::backend::pdf::{PdfMeta, render};

fn meta() -> PdfMeta {
    PdfMeta {
        title: "Hinweise".into(),
        company: "Beispiel GmbH".into(),
        version: "1.0".into(),
        stand: "01.12.2026".into(),
        date: (2026, 12, 1),
        ..Default::default()
    }
}

/// Every stream of a PDF written by the backend: its dictionary and its decoded bytes.
fn streams(pdf: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut rest = pdf;
    while let Some(at) = find(rest, b">>\nstream\n") {
        let head = &rest[..at];
        let dict_start = head
            .windows(2)
            .rposition(|w| w == b"<<")
            .expect("dictionary");
        let dict = String::from_utf8_lossy(&head[dict_start..]).into_owned();
        let length: usize = dict
            .split("/Length ")
            .nth(1)
            .and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .expect("direct /Length");
        let data = &rest[at + 10..at + 10 + length];
        let decoded = if dict.contains("/FlateDecode") {
            let mut bytes = Vec::new();
            flate2::read::ZlibDecoder::new(data)
                .read_to_end(&mut bytes)
                .expect("inflates");
            bytes
        } else {
            data.to_vec()
        };
        out.push((dict, decoded));
        rest = &rest[at + 10 + length..];
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The embedded TrueType font programs (decoded).
fn font_programs(pdf: &[u8]) -> Vec<Vec<u8>> {
    streams(pdf)
        .into_iter()
        .map(|(_, data)| data)
        .filter(|data| data.starts_with(&[0, 1, 0, 0]))
        .collect()
}

/// The page content streams (decoded): those that show text.
fn page_contents(pdf: &[u8]) -> Vec<String> {
    streams(pdf)
        .into_iter()
        .map(|(_, data)| String::from_utf8_lossy(&data).into_owned())
        .filter(|text| text.contains(" Tf "))
        .collect()
}

#[test]
fn the_embedded_fonts_depend_on_the_glyphs_used_not_on_their_order() {
    // The same letters in another order: the same subsets, so a batch compresses each once.
    let a = render("Zwei Worte: Quark, Brot.\n\nMehr *davon* bitte.\n", &meta()).expect("render");
    let b = render("Mehr *davon* bitte.\n\nZwei Worte: Brot, Quark.\n", &meta()).expect("render");
    let (fonts_a, fonts_b) = (font_programs(&a), font_programs(&b));
    assert!(fonts_a.len() >= 2, "regular and italic face embedded");
    assert_eq!(
        fonts_a, fonts_b,
        "font programs differ with the order of use"
    );
    assert_ne!(page_contents(&a), page_contents(&b), "the pages do differ");
    // Another glyph set gives another subset.
    let c = render("Zwei Worte: Quark, Brot!\n\nMehr *davon* bitte.\n", &meta()).expect("render");
    assert_ne!(font_programs(&c), fonts_a);
}

#[test]
fn the_lines_of_a_paragraph_are_one_text_object() {
    let paragraph = "Diese Hinweise erklären, wie wir Ihre Nachrichten verarbeiten, wenn Sie uns \
                     über WhatsApp schreiben, wer sie lesen kann, wie lange wir sie aufbewahren \
                     und welche Rechte Sie haben. Sie können jederzeit auf einen anderen Weg \
                     wechseln, etwa Telefon, E-Mail oder Post, ohne dass Ihnen daraus ein \
                     Nachteil entsteht.";
    let pdf = render(&format!("{paragraph}\n"), &meta()).expect("render");
    let pages = page_contents(&pdf);
    assert_eq!(pages.len(), 1);
    // Text objects, each with the number of lines (text matrices) it sets.
    let objects: Vec<usize> = pages[0]
        .split("BT")
        .skip(1)
        .map(|object| {
            object
                .split("ET")
                .next()
                .unwrap_or("")
                .matches(" Tm")
                .count()
        })
        .collect();
    let lines = objects.iter().max().copied().unwrap_or(0);
    assert!(
        lines >= 4,
        "the paragraph's lines share one text object: {objects:?}"
    );
    // Each line still starts at the left margin: one text matrix per line, same x.
    let object = pages[0]
        .split("BT")
        .find(|o| o.split("ET").next().unwrap_or("").matches(" Tm").count() == lines)
        .expect("paragraph");
    let before_tm: Vec<&str> = object.split(" Tm").collect();
    let xs: Vec<f32> = before_tm[..before_tm.len() - 1]
        .iter()
        .filter_map(|part| {
            let numbers: Vec<&str> = part.split_whitespace().rev().take(2).collect();
            numbers.get(1).and_then(|x| x.parse().ok())
        })
        .collect();
    assert_eq!(xs.len(), lines);
    assert!(
        xs.windows(2).all(|w| (w[0] - w[1]).abs() < 0.01),
        "lines start at one margin: {xs:?}"
    );
}
