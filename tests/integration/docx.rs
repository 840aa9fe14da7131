//! DOCX output: every example builds to Word files with Heading styles in the Markdown's
//! order, repeating table header rows, the company name, document properties and
//! byte-identical bytes on a second build; branding puts the logo and accent colour in.

use crate::common::{EXAMPLES, bin, example, load_text};
use dsgvo_gen::backend::Format;
use dsgvo_gen::backend::docx::render;
use dsgvo_gen::backend::pdf::PdfMeta;
use dsgvo_gen::backend::pdf::layout::blocks::{Block, parse};
use dsgvo_gen::backend::pdf::layout::plain_text;
use proptest::prelude::*;
use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::Arc;

/// The six documents and the two internal sheets.
const STEMS: [&str; 8] = [
    "01-verarbeitungsverzeichnis",
    "02-datenschutz-folgenabschaetzung",
    "03-einwilligung",
    "04-datenschutzhinweise",
    "05-auftragsverarbeitung",
    "06-widerruf",
    "whatsapp-texte",
    "checkliste-einfuehrung",
];

/// The parts of a DOCX package by name.
fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a ZIP container");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("entry");
            let mut data = Vec::new();
            file.read_to_end(&mut data).expect("readable entry");
            (file.name().expect("entry name").to_string(), data)
        })
        .collect()
}

fn part(parts: &[(String, Vec<u8>)], name: &str) -> String {
    let (_, data) = parts
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no part {name}"));
    String::from_utf8(data.clone()).expect("UTF-8 XML")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Text of a piece of WordprocessingML: `w:t` contents, breaks and tabs as spaces.
fn text_of(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(i) = rest.find('<') {
        let Some(j) = rest[i..].find('>') else { break };
        let tag = &rest[i..i + j + 1];
        rest = &rest[i + j + 1..];
        if tag == "<w:br/>" || tag == "<w:tab/>" {
            out.push(' ');
        } else if tag.starts_with("<w:t>") || tag.starts_with("<w:t ") {
            let end = rest.find("</w:t>").expect("closed w:t");
            out.push_str(&unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// (style, text) of every paragraph of `document.xml`, in order.
fn paragraphs(document: &str) -> Vec<(String, String)> {
    document
        .split("</w:p>")
        .filter_map(|chunk| {
            let start = chunk.rfind("<w:p>")?;
            let p = &chunk[start..];
            let style = p
                .split_once("<w:pStyle w:val=\"")
                .and_then(|(_, r)| r.split_once('"'))
                .map(|(s, _)| s.to_string())
                .unwrap_or_default();
            Some((style, squash(&text_of(p))))
        })
        .collect()
}

/// (level, text) of the headings of a Markdown file, as the PDF layout reads them.
fn markdown_headings(markdown: &str) -> Vec<(u8, String)> {
    fn walk(blocks: &[Block], out: &mut Vec<(u8, String)>) {
        for b in blocks {
            match b {
                Block::Heading { level, spans } => out.push((*level, plain_text(spans))),
                Block::Quote(inner) => walk(inner, out),
                Block::List(l) => l.items.iter().for_each(|i| walk(i, out)),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&parse(markdown), &mut out);
    out
}

fn docx_headings(document: &str) -> Vec<(u8, String)> {
    paragraphs(document)
        .into_iter()
        .filter_map(|(style, text)| {
            let level = style.strip_prefix("Heading")?.parse().ok()?;
            Some((level, text))
        })
        .collect()
}

/// Checks one DOCX against its Markdown twin; returns the problems.
fn check(bytes: &[u8], markdown: &str, company: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let parts = parts(bytes);
    let document = part(&parts, "word/document.xml");
    let want = markdown_headings(markdown);
    let got = docx_headings(&document);
    if got != want {
        problems.push(format!("headings differ: {got:?} != {want:?}"));
    }
    for (i, table) in document.split("<w:tbl>").skip(1).enumerate() {
        let first_row = table.split("</w:tr>").next().unwrap_or("");
        if !first_row.contains("<w:tblHeader/>") {
            problems.push(format!("table {} has no repeating header row", i + 1));
        }
    }
    let text = squash(&(text_of(&document) + " " + &text_of(&part(&parts, "word/header1.xml"))));
    if !text.contains(company) {
        problems.push(format!("company {company:?} missing"));
    }
    for (_, heading) in &want {
        if !text.contains(heading.as_str()) {
            problems.push(format!("heading {heading:?} not in the text"));
        }
    }
    let core = unescape(&part(&parts, "docProps/core.xml"));
    for needle in [
        format!("<dc:creator>{company}</dc:creator>"),
        "<dc:language>de-DE</dc:language>".to_string(),
        "<cp:keywords>DSGVO, WhatsApp".to_string(),
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">".to_string(),
    ] {
        if !core.contains(&needle) {
            problems.push(format!("core properties lack {needle}"));
        }
    }
    if core.contains("<dc:title></dc:title>") {
        problems.push("empty title".into());
    }
    if !part(&parts, "word/styles.xml").contains("w:val=\"de-DE\"") {
        problems.push("default language is not de-DE".into());
    }
    let footer = part(&parts, "word/footer1.xml");
    if !footer.contains(" PAGE ") || !footer.contains(" NUMPAGES ") {
        problems.push("footer lacks page fields".into());
    }
    problems
}

#[test]
fn every_example_builds_word_files_that_match_the_markdown_and_repeat() {
    let dir = tempfile::tempdir().unwrap();
    let profiles: Vec<_> = EXAMPLES.iter().map(|s| example(s)).collect();
    for (out, formats) in [("a", "md,pdf,docx"), ("b", "docx")] {
        bin(dir.path())
            .arg("build")
            .arg("-q")
            .args(&profiles)
            .args(["-o", out, "--format", formats])
            .assert()
            .success();
    }
    let mut problems = Vec::new();
    for stem in EXAMPLES {
        let source = std::fs::read_to_string(example(stem)).unwrap();
        let company = load_text(&source)
            .profile
            .expect("example loads")
            .raw
            .company
            .name;
        let a = dir.path().join("a").join(stem);
        let b = dir.path().join("b").join(stem);
        for doc in STEMS {
            let file = format!("{doc}.docx");
            let Ok(bytes) = std::fs::read(a.join(&file)) else {
                problems.push(format!("{stem}/{file} missing"));
                continue;
            };
            assert!(a.join(format!("{doc}.pdf")).is_file(), "{stem}/{doc}.pdf");
            if std::fs::read(b.join(&file)).ok().as_ref() != Some(&bytes) {
                problems.push(format!("{stem}/{file}: second build differs"));
            }
            let markdown = std::fs::read_to_string(a.join(format!("{doc}.md"))).unwrap();
            for p in check(&bytes, &markdown, &company) {
                problems.push(format!("{stem}/{file}: {p}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn docx_is_not_a_default_format_and_parses_as_word() {
    assert_eq!("docx".parse::<Format>(), Ok(Format::Docx));
    assert_eq!(" Word ".parse::<Format>(), Ok(Format::Docx));
    assert_eq!(Format::Docx.extension(), "docx");
    let dir = tempfile::tempdir().unwrap();
    bin(dir.path())
        .args(["build", "-q"])
        .arg(example("minimal"))
        .args(["-o", "out"])
        .assert()
        .success();
    let any_docx = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .any(|e| e.unwrap().path().extension().is_some_and(|x| x == "docx"));
    assert!(!any_docx, "the default formats build no DOCX");
    bin(dir.path())
        .args(["build", "-q", "--format", "md,odt"])
        .arg(example("minimal"))
        .assert()
        .failure()
        .stderr(predicates::str::contains("docx"));
}

const SAMPLE: &str = "# Testdokument\n\n## 1 Abschnitt\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n\
- [ ] offen\n- [x] erledigt\n\n1. eins\n2. zwei\n\n> Zitat mit [Link](https://example.org)\n";

fn sample_meta() -> PdfMeta {
    PdfMeta {
        title: "Testdokument".into(),
        company: "Müller & Co. <GmbH>".into(),
        subject: "DSGVO-Dokumentation".into(),
        version: "1.0".into(),
        stand: "15.10.2026".into(),
        date: (2026, 10, 15),
        keywords: vec!["DSGVO".into(), "WhatsApp".into()],
        ..PdfMeta::default()
    }
}

#[test]
fn letterhead_and_accent_put_logo_and_colour_in_unbranded_has_neither() {
    let brand =
        dsgvo_gen::brand::load(Path::new(&crate::common::repo("examples/marke/marke.yaml")))
            .expect("example brand loads");
    let accent = brand.accent.ooxml();
    let footer_line = brand
        .footer
        .clone()
        .expect("example brand has a footer line");
    let name = brand.name.clone();
    let plain = render(SAMPLE, &sample_meta()).unwrap();
    let branded_meta = PdfMeta {
        accent: brand.accent,
        letterhead: Some(Arc::new(brand)),
        ..sample_meta()
    };
    let branded = render(SAMPLE, &branded_meta).unwrap();
    assert_eq!(branded, render(SAMPLE, &branded_meta).unwrap());

    let b = parts(&branded);
    assert!(
        b.iter()
            .any(|(n, d)| n == "word/media/logo.png" && d.starts_with(b"\x89PNG"))
    );
    let rels = part(&b, "word/_rels/header1.xml.rels");
    assert!(rels.contains("Target=\"media/logo.png\""), "{rels}");
    let styles = part(&b, "word/styles.xml");
    let heading1 = styles
        .split("<w:style ")
        .find(|s| s.contains("w:styleId=\"Heading1\""))
        .unwrap();
    assert!(
        heading1.contains(&format!("<w:color w:val=\"{accent}\"/>")),
        "{heading1}"
    );
    let header = unescape(&part(&b, "word/header1.xml"));
    assert!(header.contains("<a:blip r:embed=\"rId1\"/>"));
    assert!(header.contains(&name) && header.contains("Hafenstraße 12"));
    assert!(unescape(&part(&b, "word/footer1.xml")).contains(&footer_line));
    assert!(part(&b, "[Content_Types].xml").contains("image/png"));
    // Page 1 has the letterhead without the running title line.
    let first = unescape(&part(&b, "word/header2.xml"));
    assert!(first.contains("<a:blip r:embed=\"rId1\"/>") && first.contains(&name));
    assert!(!first.contains("Testdokument"), "{first}");
    assert!(part(&b, "word/_rels/header2.xml.rels").contains("media/logo.png"));

    let p = parts(&plain);
    assert!(p.iter().all(|(n, _)| !n.starts_with("word/media/")));
    assert!(!part(&p, "word/styles.xml").contains(&accent));
    assert!(!part(&p, "word/header1.xml").contains("<w:drawing>"));
    assert!(!part(&p, "word/header2.xml").contains("<w:drawing>"));
    assert!(part(&p, "word/document.xml").contains("<w:titlePg/>"));
    assert!(!unescape(&part(&p, "word/footer1.xml")).contains(&footer_line));
}

#[test]
fn sample_has_lists_links_and_escaped_properties() {
    let bytes = render(SAMPLE, &sample_meta()).unwrap();
    let p = parts(&bytes);
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "[Content_Types].xml");
    let document = part(&p, "word/document.xml");
    let text = text_of(&document);
    assert!(
        text.contains("\u{2610}") && text.contains("\u{2611}"),
        "{text}"
    );
    assert!(
        document.contains("<w:numId w:val=\"2\"/>"),
        "ordered list numbered"
    );
    let rels = part(&p, "word/_rels/document.xml.rels");
    assert!(
        rels.contains("Target=\"https://example.org\" TargetMode=\"External\""),
        "{rels}"
    );
    assert!(document.contains("<w:pStyle w:val=\"Zitat\"/>"));
    let core = part(&p, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>Müller &amp; Co. &lt;GmbH&gt;</dc:creator>"),
        "{core}"
    );
    assert!(core.contains("2026-10-15T00:00:00Z"));
    assert_eq!(
        check(&bytes, SAMPLE, "Müller & Co. <GmbH>"),
        Vec::<String>::new()
    );
    // The check itself notices a missing heading (order and text) and another company (text
    // and author).
    let other = format!("{SAMPLE}\n## 2 Fehlt\n");
    assert_eq!(check(&bytes, &other, "Andere GmbH").len(), 4);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any Markdown renders, twice the same, to a package whose document part is well formed
    /// enough to hold one body, and whose headings are the Markdown's.
    #[test]
    fn any_markdown_renders_deterministically(md in "(#{1,3} |[-*] |> |1\\. |\\| |\\[|\\]|\\(|\\)|[a-zäß<&\"*_`~\n ]){0,60}") {
        // Without a subject line, so that an empty document really has an empty body.
        let meta = PdfMeta { subject: String::new(), ..sample_meta() };
        let a = render(&md, &meta).unwrap();
        prop_assert_eq!(&a, &render(&md, &meta).unwrap());
        let p = parts(&a);
        let document = part(&p, "word/document.xml");
        prop_assert!(document.contains("<w:body><w:p"), "{}", document);
        prop_assert_eq!(document.matches("<w:p>").count() + document.matches("<w:p/>").count(),
            document.matches("</w:p>").count() + document.matches("<w:p/>").count());
        prop_assert_eq!(docx_headings(&document), markdown_headings(&md));
    }
}
