//! PDF backend: Markdown → PDF bytes (pure, no I/O, deterministic).
//!
//! Two stages that hand plain data to each other: [`layout`] turns Markdown into a
//! [`display::Document`] (pages of positioned glyph runs, rectangles, links and an outline),
//! and [`emit`] writes that with krilla, embedding subsets of the DejaVu fonts in
//! `assets/fonts/`. [`tags`] turns the layout's structure elements into the PDF tag tree.
//! Output is tagged PDF/A-2a and PDF/UA-1 by default (both validated by krilla).

pub mod display;
pub mod emit;
pub mod fonts;
mod glyphs;
pub mod layout;
pub mod tags;

use sha2::{Digest, Sha256};

/// Document metadata shown in the title block, header and footer and written to the PDF.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PdfMeta {
    /// Document title, e.g. "Verzeichnis von Verarbeitungstätigkeiten".
    pub title: String,
    /// Controller name: PDF author, title block, running header.
    pub company: String,
    /// E.g. "DSGVO-Dokumentation WhatsApp-Kommunikation".
    pub subject: String,
    /// Document version, e.g. "1.2".
    pub version: String,
    /// Display date, e.g. "28.11.2026".
    pub stand: String,
    /// Stand date (year, month, day): the PDF creation and modification date.
    pub date: (u16, u8, u8),
    /// PDF keywords.
    pub keywords: Vec<String>,
    /// Accent colour of headings and rules (black without a brand).
    pub accent: crate::brand::Rgb,
    /// The consultant's letterhead (logo, name, footer line): set for internal documents of a
    /// branded build, never for the documents data subjects read.
    pub letterhead: Option<std::sync::Arc<crate::brand::Brand>>,
    /// A letter: the title block shows the subject and title only (the addressee and date are
    /// in the letter's text), not the controller/version/Stand rows of a document.
    pub letter: bool,
    /// Language of the text: hyphenation, the page furniture ("Seite 1 von 3" or
    /// "Page 1 of 3"), the PDF catalogue and XMP, the DOCX `w:lang`.
    pub lang: crate::lang::Lang,
}

impl Default for crate::lang::Lang {
    /// German: the authoritative language of every document.
    fn default() -> crate::lang::Lang {
        crate::lang::Lang::De
    }
}

/// The words the backends print around the text (title block, header and footer), in the
/// document's language.
#[derive(Debug, Clone, Copy)]
pub struct Furniture {
    /// Title-block row of the controller.
    pub controller: &'static str,
    /// Title-block row and footer word of the version.
    pub version: &'static str,
    /// Title-block row and footer word of the date („Stand“, "As of").
    pub stand: &'static str,
    /// "Seite" / "Page" before the page number.
    pub page: &'static str,
    /// "von" / "of" between page number and page count.
    pub of: &'static str,
    /// Title of a PDF that has none.
    pub untitled: &'static str,
}

impl Furniture {
    /// The words of a language.
    pub fn of(lang: crate::lang::Lang) -> Furniture {
        match lang {
            crate::lang::Lang::De => Furniture {
                controller: "Verantwortlicher",
                version: "Version",
                stand: "Stand",
                page: "Seite",
                of: "von",
                untitled: "Dokument",
            },
            crate::lang::Lang::En => Furniture {
                controller: "Controller",
                version: "Version",
                stand: "As of",
                page: "Page",
                of: "of",
                untitled: "Document",
            },
        }
    }
}

impl PdfMeta {
    /// The document in `lang`: its furniture and metadata language, the Stand date written in
    /// that language, and the keyword of the regulation („DSGVO“ or "GDPR").
    pub fn in_lang(mut self, lang: crate::lang::Lang) -> PdfMeta {
        self.lang = lang;
        if lang != crate::lang::Lang::De {
            let (y, m, d) = self.date;
            if let Some(date) = crate::date::Date::new(y, m, d) {
                self.stand = date.in_lang(lang);
            }
            for k in &mut self.keywords {
                if k == "DSGVO" {
                    *k = "GDPR".to_owned();
                }
            }
        }
        self
    }

    /// The words printed around the text, in the document's language.
    pub fn furniture(&self) -> Furniture {
        Furniture::of(self.lang)
    }

    /// Applies a brand: its accent colour always, its letterhead (logo, sender, footer line)
    /// only where `letterhead` is true — on internal documents, never on those the data
    /// subjects read, which the controller publishes under its own name.
    pub fn branded(
        mut self,
        brand: Option<&std::sync::Arc<crate::brand::Brand>>,
        letterhead: bool,
    ) -> PdfMeta {
        if let Some(brand) = brand {
            self.accent = brand.accent;
            if letterhead {
                self.letterhead = Some(brand.clone());
            }
        }
        self
    }
}

/// Archival conformance of the output, checked by krilla's validator while writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Conformance {
    /// Plain PDF 1.7 (still tagged).
    Plain,
    /// PDF/A-2b: visual appearance preserved.
    PdfA2b,
    /// PDF/A-2u: as 2b, and every glyph maps to Unicode (text extraction guaranteed).
    PdfA2u,
    /// PDF/A-2a: as 2u, and the document is tagged with its logical structure (the
    /// strongest PDF/A-2 level; the default).
    #[default]
    PdfA2a,
}

/// Rendering options beyond the metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdfOptions {
    /// Archival conformance; PDF/A-2a by default.
    pub conformance: Conformance,
    /// Also validate and declare PDF/UA-1 (accessible PDF); on by default.
    pub accessible: bool,
}

impl Default for PdfOptions {
    fn default() -> PdfOptions {
        PdfOptions {
            conformance: Conformance::PdfA2a,
            accessible: true,
        }
    }
}

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// An embedded font could not be parsed (a build defect, not an input problem).
    #[error("embedded font could not be loaded")]
    Font,
    /// The PDF/A or PDF/UA validator rejected the document.
    #[error("PDF/A or PDF/UA validation failed: {0}")]
    Validation(String),
    /// The PDF writer failed.
    #[error("PDF could not be written: {0}")]
    Pdf(String),
}

/// Renders Markdown to a tagged PDF/A-2a and PDF/UA-1 document.
pub fn render(markdown: &str, meta: &PdfMeta) -> Result<Vec<u8>, PdfError> {
    render_with(markdown, meta, &PdfOptions::default())
}

/// Renders Markdown to PDF with explicit options.
pub fn render_with(
    markdown: &str,
    meta: &PdfMeta,
    options: &PdfOptions,
) -> Result<Vec<u8>, PdfError> {
    if fonts::metrics().is_none() {
        return Err(PdfError::Font);
    }
    let doc = layout::layout(markdown, meta);
    emit::emit(&doc, meta, options, document_id(markdown, meta))
}

/// Lays out Markdown without writing PDF (for tests and diagnostics).
pub fn layout(markdown: &str, meta: &PdfMeta) -> display::Document {
    layout::layout(markdown, meta)
}

/// A stable identifier derived from the content: same input, same ID.
fn document_id(markdown: &str, meta: &PdfMeta) -> String {
    let mut h = Sha256::new();
    for part in [
        markdown,
        &meta.title,
        &meta.company,
        &meta.subject,
        &meta.version,
        &meta.stand,
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    let (y, m, d) = meta.date;
    h.update(y.to_le_bytes());
    h.update([m, d]);
    for k in &meta.keywords {
        h.update((k.len() as u64).to_le_bytes());
        h.update(k.as_bytes());
    }
    // An unbranded document keeps the identifier it had before brands existed.
    let accent = meta.accent;
    if accent != crate::brand::NEUTRAL {
        h.update([accent.0, accent.1, accent.2]);
    }
    if let Some(brand) = &meta.letterhead {
        h.update(brand.hash.as_bytes());
    }
    // A German document keeps the identifier it had before languages existed.
    if meta.lang != crate::lang::Lang::De {
        h.update(meta.lang.code().as_bytes());
    }
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}
