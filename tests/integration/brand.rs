//! Branding (`--brand`), the cover letter and `--zip`.

use crate::common::{bin, example, mtimes, repo};
use dsgvo_gen::backend::pdf::display::{Color, Item, Role};
use dsgvo_gen::backend::pdf::{PdfMeta, layout};
use dsgvo_gen::brand::{Brand, Rgb};
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

fn example_brand() -> Arc<Brand> {
    Arc::new(
        dsgvo_gen::brand::load(&repo("examples/marke/marke.yaml")).expect("example brand loads"),
    )
}

const MARKDOWN: &str = "# Titel\n\nText.\n\n## Abschnitt\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n";

fn meta() -> PdfMeta {
    PdfMeta {
        title: "Titel".into(),
        company: "Firma".into(),
        version: "1.0".into(),
        stand: "28.11.2026".into(),
        date: (2026, 11, 28),
        ..Default::default()
    }
}

fn heading_colours(meta: &PdfMeta) -> Vec<Color> {
    let doc = layout(MARKDOWN, meta);
    doc.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match i {
            Item::Text(r) if matches!(r.role, Role::Heading(_)) => Some(r.color),
            _ => None,
        })
        .collect()
}

fn images(meta: &PdfMeta) -> usize {
    layout(MARKDOWN, meta)
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|i| matches!(i, Item::Image(_)))
        .count()
}

#[test]
fn a_brand_colours_headings_and_puts_the_logo_on_internal_documents_only() {
    let brand = example_brand();
    let Rgb(r, g, b) = brand.accent;
    let internal = meta().branded(Some(&brand), true);
    let public = meta().branded(Some(&brand), false);
    assert!(!heading_colours(&internal).is_empty());
    assert!(
        heading_colours(&internal)
            .iter()
            .all(|c| *c == Color(r, g, b))
    );
    assert!(
        heading_colours(&public)
            .iter()
            .all(|c| *c == Color(r, g, b))
    );
    assert_eq!(images(&internal), 1, "logo on the first page");
    assert_eq!(
        images(&public),
        0,
        "no consultant logo on a public document"
    );
    // Unbranded: the neutral colour, no logo, the layout of before.
    assert!(
        heading_colours(&meta())
            .iter()
            .all(|c| *c == Color(0x1f, 0x3a, 0x5f))
    );
    assert_eq!(images(&meta()), 0);
    assert_eq!(
        layout(MARKDOWN, &meta().branded(None, true)),
        layout(MARKDOWN, &meta())
    );
}

fn build(dir: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    bin(dir)
        .args(["build", "-o", "out", "-q"])
        .arg(example("baeckerei-sonnenschein"))
        .args(extra)
        .assert()
}

fn read(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join("out").join(name)).expect(name)
}

fn has_image(pdf: &[u8]) -> bool {
    pdf.windows(14).any(|w| w == b"/Subtype/Image")
}

#[test]
fn a_branded_build_signs_the_letter_and_brands_pdf_and_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let brand = repo("examples/marke/marke.yaml");
    build(
        dir.path(),
        &["--brand", brand.to_str().expect("utf-8 path")],
    )
    .success();
    let letter = String::from_utf8(read(dir.path(), "anschreiben.md")).expect("utf-8");
    assert!(letter.contains("Mit freundlichen Grüßen\n\nDr. Max Muster"));
    assert!(
        letter.contains("Sehr geehrte Damen und Herren,"),
        "{letter}"
    );
    assert!(
        letter.contains("**An:** Bäckerei Sonnenschein GmbH, Kaiser-Joseph-Straße 212"),
        "{letter}"
    );
    assert!(
        letter.contains("Dr. Max Muster, Datenschutzberater\\\nMuster Datenschutzberatung GmbH"),
        "{letter}"
    );
    assert!(
        letter.contains("| 04-datenschutzhinweise.pdf |"),
        "{letter}"
    );
    assert!(has_image(&read(
        dir.path(),
        "01-verarbeitungsverzeichnis.pdf"
    )));
    assert!(has_image(&read(dir.path(), "anschreiben.pdf")));
    assert!(!has_image(&read(dir.path(), "04-datenschutzhinweise.pdf")));
    assert!(!has_image(&read(dir.path(), "aushang.pdf")));
    let page = String::from_utf8(read(dir.path(), "whatsapp-kontakt.html")).expect("utf-8");
    assert!(page.contains("--go: #1f5f8b;"));
    assert!(!page.contains("Muster Datenschutzberatung"));
    let manifest = String::from_utf8(read(dir.path(), "manifest.json")).expect("utf-8");
    assert!(manifest.contains("\"brand_sha256\""));

    // Without the brand the pack is rebuilt, neutral again, and the letter is a note.
    build(dir.path(), &[]).success();
    let letter = String::from_utf8(read(dir.path(), "anschreiben.md")).expect("utf-8");
    assert!(!letter.contains("Mit freundlichen Grüßen"));
    assert!(letter.contains("**Interne Arbeitshilfe**, nicht veröffentlichen."));
    assert!(!has_image(&read(
        dir.path(),
        "01-verarbeitungsverzeichnis.pdf"
    )));
    let page = String::from_utf8(read(dir.path(), "whatsapp-kontakt.html")).expect("utf-8");
    assert!(page.contains("--go: #0b6b3a;"));
    let manifest = String::from_utf8(read(dir.path(), "manifest.json")).expect("utf-8");
    assert!(!manifest.contains("brand_sha256"));
}

#[test]
fn a_bad_brand_file_is_reported_with_line_and_column_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("marke.yaml"),
        "name: Beratung\naccent: \"#ffee00\"\nlogo: fehlt.png\n",
    )
    .expect("write");
    let out = build(dir.path(), &["--brand", "marke.yaml"]).code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("marke.yaml:2:"), "{err}");
    assert!(err.contains("zu hell"), "{err}");
    assert!(err.contains("marke.yaml:3:"), "{err}");
    assert!(err.contains("fehlt.png"), "{err}");
    assert!(!dir.path().join("out").exists());

    let out = build(dir.path(), &["--brand", "gibt-es-nicht.yaml"]).code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("gibt-es-nicht.yaml"), "{err}");
}

fn entries(zip: &Path) -> Vec<String> {
    let file = std::fs::File::open(zip).expect("zip");
    let mut archive = zip::ZipArchive::new(file).expect("readable zip");
    let mut names = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("utf-8 name").into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("inflates");
        assert!(!bytes.is_empty(), "{name}");
        names.push(name);
    }
    names
}

#[test]
fn zip_packs_each_client_beside_its_folder_and_keeps_it_on_a_rerun() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = dir.path().join("kunden");
    std::fs::create_dir(&clients).expect("mkdir");
    for stem in ["baeckerei-sonnenschein", "minimal"] {
        std::fs::copy(example(stem), clients.join(format!("{stem}.yaml"))).expect("copy");
    }
    let run = || {
        bin(dir.path())
            .args(["build", "kunden", "-o", "mappen", "-q", "--zip"])
            .assert()
            .success()
    };
    run();
    let zip = dir.path().join("mappen/baeckerei-sonnenschein.zip");
    let names = entries(&zip);
    assert!(names.contains(&"baeckerei-sonnenschein/01-verarbeitungsverzeichnis.pdf".to_owned()));
    assert!(names.contains(&"baeckerei-sonnenschein/anschreiben.pdf".to_owned()));
    assert!(names.contains(&"baeckerei-sonnenschein/manifest.json".to_owned()));
    assert!(!names.iter().any(|n| n.ends_with("verlauf.json")));
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries in name order");
    assert!(dir.path().join("mappen/minimal.zip").is_file());

    let before = std::fs::read(&zip).expect("zip");
    let times = mtimes(&dir.path().join("mappen"));
    run();
    assert_eq!(std::fs::read(&zip).expect("zip"), before);
    assert_eq!(
        mtimes(&dir.path().join("mappen")),
        times,
        "nothing rewritten"
    );
}
