//! Print and link: the QR code `whatsapp-qr.svg`, the printable notice `aushang.pdf` (with its
//! Markdown twin) and the consent page built by default when the profile chooses it.

use crate::common::*;
use dsgvo_gen::backend::Format;
use dsgvo_gen::backend::pdf::display::{Item, StructKind};
use dsgvo_gen::output::Artifact;

const BAKERY_PAGE: &str = "https://www.baeckerei-sonnenschein.example/whatsapp";

fn bakery_text() -> String {
    std::fs::read_to_string(example("baeckerei-sonnenschein")).expect("example")
}

/// The bakery without a published consent page.
fn bakery_without_page() -> String {
    let text = bakery_text();
    let line = format!("  page_url: \"{BAKERY_PAGE}\"\n");
    assert!(text.contains(&line));
    text.replace(&line, "")
}

fn file<'a>(artifacts: &'a [Artifact], name: &str) -> Option<&'a Artifact> {
    artifacts.iter().find(|a| a.path.to_string_lossy() == name)
}

fn text_of(artifacts: &[Artifact], name: &str) -> String {
    String::from_utf8(file(artifacts, name).expect(name).bytes.clone()).expect("utf-8")
}

/// Reads the modules back from the SVG's path (`M x y h n v1 h-n z` per run) and decodes
/// them with an independent decoder, as a phone camera would.
fn decode_svg(svg: &str) -> String {
    let view = svg.split("viewBox=\"0 0 ").nth(1).expect("viewBox");
    let size: usize = view.split(' ').next().unwrap().parse().expect("size");
    let path = svg.split(" d=\"").nth(1).expect("path");
    let path = &path[..path.find('"').unwrap()];
    let mut dark = vec![false; size * size];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').expect("run");
        let (x, y) = xy.split_once(' ').expect("x y");
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let len: usize = rest.split('v').next().unwrap().parse().unwrap();
        for i in x..x + len {
            dark[y * size + i] = true;
        }
    }
    // The quiet zone: four light modules on every side.
    for i in 0..size {
        for j in 0..4 {
            assert!(
                !dark[j * size + i] && !dark[i * size + j],
                "quiet zone is light"
            );
            assert!(!dark[(size - 1 - j) * size + i] && !dark[i * size + size - 1 - j]);
        }
    }
    let scale = 4;
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| {
            if dark[(y / scale) * size + x / scale] {
                0
            } else {
                255
            }
        });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code");
    grids[0].decode().expect("decodes").1
}

#[test]
fn bakery_qr_code_opens_the_consent_page() {
    let artifacts = generate(
        &load_example("baeckerei-sonnenschein"),
        vec![Format::Md, Format::Pdf],
    );
    let svg = text_of(&artifacts, "whatsapp-qr.svg");
    assert_eq!(decode_svg(&svg), BAKERY_PAGE);
    assert!(svg.contains(
        "<title id=\"qr-title\">QR-Code: WhatsApp-Kontakt mit Bäckerei Sonnenschein GmbH</title>"
    ));
    assert!(file(&artifacts, "aushang.pdf").is_some());
    let notice = plain(&text_of(&artifacts, "aushang.md"));
    assert!(notice.contains("](whatsapp-qr.svg)"), "twin shows the SVG");
    assert!(notice.contains("Er öffnet unsere WhatsApp-Kontaktseite"));
    assert!(notice.contains("Impressum: <https://www.baeckerei-sonnenschein.example/impressum>"));
    assert!(notice.contains("„STOP“"));
    assert!(notice.contains("als eigener Verantwortlicher, auch in den USA"));
    assert!(
        !notice.contains("erklären Sie"),
        "no consent by scanning when the page asks"
    );
}

#[test]
fn without_a_page_the_code_opens_the_chat_with_the_inquiry_consent() {
    let text = bakery_without_page().replace(
        "  - kind: customer_inquiry\n",
        "  - kind: customer_inquiry\n    legal_basis: consent\n",
    );
    let artifacts = generate(&load_valid(&text), vec![Format::Md, Format::Pdf]);
    let url = decode_svg(&text_of(&artifacts, "whatsapp-qr.svg"));
    assert!(
        url.starts_with("https://wa.me/497612345679?text=Hallo"),
        "{url}"
    );
    let doc = plain(&text_of(&artifacts, "03-einwilligung.md"));
    assert!(
        doc.lines()
            .any(|l| l.starts_with("QR-Code:") && l.contains(url.trim_end_matches('.'))),
        "the version-d link of 03"
    );
    let notice = plain(&text_of(&artifacts, "aushang.md"));
    assert!(notice.contains(
        "Wenn Sie sie absenden, erklären Sie: „Ich willige ein, dass Bäckerei Sonnenschein GmbH"
    ));
    let id = url.split("%28").last().unwrap().trim_end_matches("%29.");
    assert!(id.starts_with("EW-") && id.ends_with("-d"), "{id}");
    assert!(
        notice.contains(&format!("(Text {id})")),
        "the notice names the text it shows"
    );
}

#[test]
fn without_a_page_or_an_inquiry_consent_the_code_opens_a_plain_chat() {
    let artifacts = generate(&load_valid(&bakery_without_page()), vec![Format::Pdf]);
    assert_eq!(
        decode_svg(&text_of(&artifacts, "whatsapp-qr.svg")),
        "https://wa.me/497612345679"
    );
    assert!(file(&artifacts, "aushang.pdf").is_some());
    assert!(
        file(&artifacts, "aushang.md").is_none(),
        "no Markdown without md"
    );
}

#[test]
fn page_channel_without_address_or_qr_channel_gets_no_code() {
    let text = bakery_without_page().replace(
        "channels: [consent_page, qr_code, in_chat]",
        "channels: [consent_page, in_chat]",
    );
    let artifacts = generate(&load_valid(&text), vec![Format::Md, Format::Pdf]);
    assert!(file(&artifacts, "whatsapp-qr.svg").is_none());
    assert!(file(&artifacts, "aushang.pdf").is_none());
    // Markdown alone: no print files even with a page address.
    let md_only = generate(&load_example("baeckerei-sonnenschein"), vec![Format::Md]);
    assert!(file(&md_only, "whatsapp-qr.svg").is_none());
    assert!(file(&md_only, "aushang.pdf").is_none());
}

#[test]
fn notice_is_one_page_with_the_code_as_tagged_figure() {
    for text in [
        bakery_text(),
        bakery_without_page().replace(
            "  - kind: customer_inquiry\n",
            "  - kind: customer_inquiry\n    legal_basis: consent\n",
        ),
    ] {
        let artifacts = generate(&load_valid(&text), vec![Format::Md, Format::Pdf]);
        let url = decode_svg(&text_of(&artifacts, "whatsapp-qr.svg"));
        let twin = text_of(&artifacts, "aushang.md");
        let markdown = twin.replace("](whatsapp-qr.svg)", &format!("](<qr:{url}>)"));
        let meta = dsgvo_gen::backend::pdf::PdfMeta {
            title: "Schreiben Sie uns auf WhatsApp".into(),
            company: "Bäckerei Sonnenschein GmbH".into(),
            ..Default::default()
        };
        let doc = dsgvo_gen::backend::pdf::layout(&markdown, &meta);
        assert_eq!(doc.pages.len(), 1, "one A4 page");
        let figure = doc
            .structure
            .iter()
            .position(|n| matches!(&n.kind, StructKind::Figure { alt } if alt.contains(&url)))
            .expect("a figure whose alternative text gives the URL");
        let modules = doc.pages[0]
            .items
            .iter()
            .filter(|i| matches!(i, Item::Rect(r) if r.node == Some(figure)))
            .count();
        assert!(
            modules > 100,
            "the modules are the figure's content ({modules})"
        );
        let pdf = &file(&artifacts, "aushang.pdf").unwrap().bytes;
        assert!(pdf.starts_with(b"%PDF-"));
    }
}

#[test]
fn public_print_texts_carry_no_tool_internals() {
    let artifacts = generate(
        &load_example("baeckerei-sonnenschein"),
        vec![Format::Md, Format::Pdf, Format::Html],
    );
    for name in ["aushang.md", "whatsapp-qr.svg", "whatsapp-kontakt.html"] {
        let text = text_of(&artifacts, name);
        for internal in [
            "dsgvo-gen",
            "0.0.0-test",
            "SHA-256",
            "Vorlagensatz",
            "generator",
        ] {
            assert!(!text.contains(internal), "{name} contains {internal}");
        }
    }
}

#[test]
fn food_business_names_allergies_in_the_special_category_consent() {
    let text = bakery_text().replace(
        "  - kind: marketing\n",
        "  - kind: special_category_data\n  - kind: marketing\n",
    );
    // Valid in structure; the lints (DPO, consultation) do not matter for the wording.
    let loaded = load_text(&text);
    let artifacts = generate(&loaded, vec![Format::Md, Format::Html]);
    let page = text_of(&artifacts, "whatsapp-kontakt.html");
    assert!(page.contains("<strong>Angaben zu Allergien und Unverträglichkeiten</strong>"));
    assert!(
        page.contains("Angaben zu Allergien und Unverträglichkeiten (Gesundheitsdaten), die ich")
    );
    let choice = &page[page.find("<fieldset>").expect("choice")..];
    assert!(!choice.contains("Gesundheitsdaten und andere besondere Kategorien"));
    let doc = text_of(&artifacts, "03-einwilligung.md");
    assert!(doc.contains("Einwilligung „Angaben zu Allergien und Unverträglichkeiten“"));
    // Another sector keeps the catalogue's wording.
    let crafts = text
        .replace("sector: food", "sector: craft")
        .replace("Allergenen und ", "");
    let page = text_of(
        &generate(&load_text(&crafts), vec![Format::Html]),
        "whatsapp-kontakt.html",
    );
    assert!(page.contains("Gesundheitsdaten und andere besondere Kategorien"));
}

#[test]
fn cli_builds_the_page_by_default_and_checks_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(example("baeckerei-sonnenschein"), dir.path().join("p.yaml")).unwrap();
    bin(dir.path())
        .args(["build", "-q", "p.yaml", "-o", "out"])
        .assert()
        .success();
    for name in [
        "whatsapp-kontakt.html",
        "whatsapp-qr.svg",
        "aushang.pdf",
        "aushang.md",
    ] {
        assert!(dir.path().join("out").join(name).is_file(), "{name}");
    }
    bin(dir.path())
        .args(["build", "-q", "--check", "p.yaml", "-o", "out"])
        .assert()
        .success();
    std::fs::remove_file(dir.path().join("out/whatsapp-kontakt.html")).unwrap();
    bin(dir.path())
        .args(["build", "-q", "--check", "p.yaml", "-o", "out"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("whatsapp-kontakt.html"));
    // An explicit --format builds exactly what it names.
    bin(dir.path())
        .args(["build", "-q", "--format", "md", "p.yaml", "-o", "md"])
        .assert()
        .success();
    assert!(!dir.path().join("md/whatsapp-kontakt.html").exists());
    assert!(!dir.path().join("md/aushang.pdf").exists());
    assert!(
        dir.path()
            .join("md/01-verarbeitungsverzeichnis.md")
            .is_file()
    );
}

/// A profile's text with the `qr_code` channel, no page address, and inquiries resting on
/// consent: the longest notice (the declaration is printed in full) where the rules allow it.
fn with_chat_qr(text: &str) -> String {
    let mut out = String::new();
    let mut has_channels = false;
    for line in text.lines() {
        if line.starts_with("  page_url:") {
            continue;
        }
        if let Some(list) = line.strip_prefix("  channels: [") {
            has_channels = true;
            out.push_str(&format!("  channels: [qr_code, {list}\n"));
        } else if line == "  - kind: customer_inquiry" {
            out.push_str(line);
            out.push_str("\n    legal_basis: consent\n");
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !has_channels {
        out.push_str("\nconsent:\n  channels: [consent_page, qr_code]\n");
    }
    out
}

/// Pages of the notice, laid out from its Markdown twin with the code put back.
fn notice_pages(artifacts: &[Artifact]) -> usize {
    let url = decode_svg(&text_of(artifacts, "whatsapp-qr.svg"));
    let markdown =
        text_of(artifacts, "aushang.md").replace("](whatsapp-qr.svg)", &format!("](<qr:{url}>)"));
    let meta = dsgvo_gen::backend::pdf::PdfMeta {
        title: "Schreiben Sie uns auf WhatsApp".into(),
        company: "Firma".into(),
        version: "1.0".into(),
        stand: "28.11.2026".into(),
        ..Default::default()
    };
    dsgvo_gen::backend::pdf::layout(&markdown, &meta)
        .pages
        .len()
}

#[test]
fn notice_fits_one_page_for_every_profile_kind() {
    let mut texts: Vec<(String, String)> = EXAMPLES
        .iter()
        .map(|s| (s.to_string(), std::fs::read_to_string(example(s)).unwrap()))
        .collect();
    for stem in SECTOR_FIXTURES {
        texts.push((stem.to_string(), profile_fixture(stem)));
    }
    for (stem, text) in texts {
        let loaded = load_text(&with_chat_qr(&text));
        let artifacts = generate(&loaded, vec![Format::Md, Format::Pdf]);
        assert_eq!(notice_pages(&artifacts), 1, "{stem}");
        let notice = plain(&text_of(&artifacts, "aushang.md"));
        let secrecy = loaded
            .profile
            .as_ref()
            .unwrap()
            .raw
            .company
            .professional_secrecy;
        // Under secrecy the release is asked in the chat; otherwise sending is the consent.
        assert_eq!(notice.contains("erklären Sie"), !secrecy, "{stem}");
        assert_eq!(
            notice.contains("Entbindung von der Schweigepflicht, bevor"),
            secrecy,
            "{stem}"
        );
    }
}

#[test]
fn private_app_gets_no_print_files() {
    // Document 03: codes are published only after the switch to a business solution.
    let text = bakery_text().replace("  variant: business_app\n", "  variant: private\n");
    let artifacts = generate(&load_text(&text), vec![Format::Md, Format::Pdf]);
    assert!(file(&artifacts, "whatsapp-qr.svg").is_none());
    assert!(file(&artifacts, "aushang.pdf").is_none());
}

#[test]
fn notice_snapshots() {
    let page = generate(
        &load_example("baeckerei-sonnenschein"),
        vec![Format::Md, Format::Pdf],
    );
    insta::assert_snapshot!(
        "baeckerei-sonnenschein__aushang",
        text_of(&page, "aushang.md")
    );
    let chat = generate(
        &load_valid(&with_chat_qr(&bakery_text())),
        vec![Format::Md, Format::Pdf],
    );
    insta::assert_snapshot!("baeckerei-chat__aushang", text_of(&chat, "aushang.md"));
}
