//! Backends: a rendered document → the bytes of one output format. Pure functions, no I/O.

pub mod docx;
pub mod html;
pub mod markdown;
pub mod pdf;
pub mod qr;

use std::fmt;
use std::str::FromStr;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Markdown (`.md`).
    Md,
    /// PDF (`.pdf`).
    Pdf,
    /// The consent web page (`whatsapp-kontakt.html`).
    Html,
    /// Word (`.docx`): the documents and sheets, editable.
    Docx,
}

impl Format {
    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(Format::Md),
            "pdf" => Ok(Format::Pdf),
            "html" => Ok(Format::Html),
            "docx" | "word" => Ok(Format::Docx),
            other => Err(format!(
                "unbekanntes Format „{other}“ (erlaubt: md, pdf, html, docx)"
            )),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}
