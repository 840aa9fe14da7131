//! DOCX backend: Markdown → an editable Word document (Office Open XML). Pure and
//! deterministic: the same input gives the same bytes.
//!
//! The Markdown is read with the PDF layout's block model ([`blocks::parse`]), so the Word file
//! holds exactly what the PDF shows: headings as Word heading styles (with outline levels, so
//! the navigation pane works), lists through numbering definitions, tables whose header row
//! repeats on every page, the risk matrix as a shaded table, a running header from page 2 on
//! (title, company, and with a letterhead the consultant's logo and address; page 1 has the
//! letterhead only, like the PDF's title page), a footer (Stand, version, page x of y), and the
//! document properties.
//!
//! The package is written by hand with the `zip` crate: a dozen small XML parts, entries in a
//! fixed order, every entry dated to the Stand date, no IDs that change from run to run.

mod body;
mod parts;
mod styles;
pub(crate) mod xml;

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use crate::backend::pdf::PdfMeta;
use crate::backend::pdf::layout::blocks::{self, Block};
use crate::backend::pdf::layout::plain_text;

pub use styles::{FONT, MONO};

/// The DOCX package could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// Writing the ZIP container failed.
    #[error("das DOCX-Paket konnte nicht geschrieben werden: {0}")]
    Package(String),
}

impl From<zip::result::ZipError> for DocxError {
    fn from(e: zip::result::ZipError) -> Self {
        DocxError::Package(e.to_string())
    }
}

impl From<std::io::Error> for DocxError {
    fn from(e: std::io::Error) -> Self {
        DocxError::Package(e.to_string())
    }
}

/// A4 portrait, margins as in the PDF (25 mm left and right, 30 mm top, 25 mm bottom, header
/// and footer 12 mm from the edge), in twentieths of a point.
const SECTION: &str = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
<w:pgMar w:top=\"1701\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"680\" \
w:footer=\"680\" w:gutter=\"0\"/><w:cols w:space=\"708\"/>";

/// Renders `markdown` as a DOCX file.
pub fn render(markdown: &str, meta: &PdfMeta) -> Result<Vec<u8>, DocxError> {
    let blocks = blocks::parse(markdown);
    let accent = meta.accent.ooxml();
    let body = body::Body::write(&blocks, &meta.subject, &accent);
    let title = if meta.title.trim().is_empty() {
        blocks
            .iter()
            .find_map(|b| match b {
                Block::Heading { level: 1, spans } => Some(plain_text(spans)),
                _ => None,
            })
            .unwrap_or_default()
    } else {
        meta.title.clone()
    };

    let document = format!(
        "{decl}<w:document xmlns:w=\"{w}\" xmlns:r=\"{r}\"><w:body>{body}<w:sectPr>\
         <w:headerReference w:type=\"default\" r:id=\"{header}\"/>\
         <w:headerReference w:type=\"first\" r:id=\"{first_header}\"/>\
         <w:footerReference w:type=\"default\" r:id=\"{footer}\"/>\
         <w:footerReference w:type=\"first\" r:id=\"{first_footer}\"/>{SECTION}\
         <w:titlePg/></w:sectPr>\
         </w:body></w:document>",
        decl = xml::DECL,
        w = xml::W,
        r = xml::R,
        body = body.xml,
        header = parts::HEADER_ID,
        footer = parts::FOOTER_ID,
        first_header = parts::FIRST_HEADER_ID,
        first_footer = parts::FIRST_FOOTER_ID,
    );
    let logo = meta.letterhead.as_deref().and_then(|b| b.logo.as_ref());

    let mut entries: Vec<(String, Vec<u8>)> = vec![
        (
            "[Content_Types].xml".into(),
            parts::content_types(logo).into_bytes(),
        ),
        ("_rels/.rels".into(), parts::package_rels().into_bytes()),
        ("docProps/core.xml".into(), parts::core(meta).into_bytes()),
        ("docProps/app.xml".into(), parts::app(meta).into_bytes()),
        ("word/document.xml".into(), document.into_bytes()),
        (
            "word/_rels/document.xml.rels".into(),
            parts::document_rels(&body.links).into_bytes(),
        ),
        (
            "word/styles.xml".into(),
            styles::styles(&accent, meta.lang).into_bytes(),
        ),
        (
            "word/numbering.xml".into(),
            styles::numbering(&body.ordered).into_bytes(),
        ),
        (
            "word/settings.xml".into(),
            parts::settings(meta.lang).into_bytes(),
        ),
        (
            "word/header1.xml".into(),
            parts::header(meta, &title).into_bytes(),
        ),
        ("word/footer1.xml".into(), parts::footer(meta).into_bytes()),
        (
            "word/header2.xml".into(),
            parts::first_header(meta).into_bytes(),
        ),
        ("word/footer2.xml".into(), parts::footer(meta).into_bytes()),
    ];
    if let Some(logo) = logo {
        for header in ["header1", "header2"] {
            entries.push((
                format!("word/_rels/{header}.xml.rels"),
                parts::header_rels(logo).into_bytes(),
            ));
        }
        entries.push((parts::logo_path(logo), logo.bytes.clone()));
    }
    package(&entries, meta.date)
}

/// The ZIP container: entries in the given order, each dated to the Stand date (00:00), Unix
/// permissions 0644, deflated.
fn package(entries: &[(String, Vec<u8>)], (y, m, d): (u16, u8, u8)) -> Result<Vec<u8>, DocxError> {
    let stamp =
        DateTime::from_date_and_time(y.clamp(1980, 2107), m, d, 0, 0, 0).unwrap_or_default();
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        // Images are compressed already.
        let method = if name.starts_with("word/media/") {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(stamp)
            .system(System::Unix)
            .unix_permissions(0o644);
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> PdfMeta {
        PdfMeta {
            title: "Testdokument".into(),
            company: "Muster & Söhne GmbH".into(),
            subject: "DSGVO-Dokumentation".into(),
            version: "1.0".into(),
            stand: "15.10.2026".into(),
            date: (2026, 10, 15),
            keywords: vec!["DSGVO".into()],
            ..PdfMeta::default()
        }
    }

    #[test]
    fn renders_deterministically_as_a_zip() {
        let md = "# Titel\n\n## 1 Abschnitt\n\nText mit **fett** und [Link](https://x.example).\n";
        let a = render(md, &meta()).unwrap();
        let b = render(md, &meta()).unwrap();
        assert_eq!(a, b);
        assert_eq!(&a[..2], b"PK");
        let archive = zip::ZipArchive::new(Cursor::new(a)).unwrap();
        let names: Vec<String> = (0..archive.len())
            .map(|i| archive.name_for_index(i).unwrap().unwrap().to_string())
            .collect();
        assert_eq!(names[0], "[Content_Types].xml");
        assert!(names.contains(&"word/document.xml".to_string()));
        assert!(names.contains(&"docProps/core.xml".to_string()));
    }
}
