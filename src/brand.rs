//! Branding: a consultant's letterhead (`--brand marke.yaml`).
//!
//! A brand file names whoever prepares the packs — name, address, contact lines, a logo, an
//! accent colour and a footer line. It is applied to the internal documents (01, 02, 03, 05, the
//! working sheets and the cover letter). The documents that data subjects read (04, 06, the
//! notice and the consent page) are the controller's own publications: they take the accent
//! colour but never the consultant's name or logo, so that nobody mistakes the consultant for
//! the controller (Art. 13 Abs. 1 lit. a DSGVO).
//!
//! Loading is pure apart from reading the brand file and its logo; every problem is reported with
//! file, line and column like a profile problem.

use crate::diagnostic::Diagnostic;
use crate::profile::{de, node};
use serde::Deserialize;

/// Largest accepted logo file (bytes).
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// Lowest contrast of the accent colour against white (WCAG 2.x, large text and graphics need
/// 3:1; headings in the accent colour are body-sized, so 4.5:1 as for normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// The neutral accent of an unbranded pack: the dark blue of its headings and rules.
pub const NEUTRAL: Rgb = Rgb(0x1f, 0x3a, 0x5f);

/// The brand file as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBrand {
    /// Consultant or firm name.
    name: String,
    /// Postal address, one line each.
    #[serde(default)]
    address: Vec<String>,
    /// Contact lines (telephone, e-mail, web).
    #[serde(default)]
    contact: Vec<String>,
    /// Logo file (PNG or JPEG), relative to the brand file.
    #[serde(default)]
    logo: Option<String>,
    /// Accent colour, `#rrggbb`.
    #[serde(default)]
    accent: Option<String>,
    /// Footer line of the internal documents.
    #[serde(default)]
    footer: Option<String>,
    /// Who signs the cover letter, e.g. „Dr. Max Muster, Datenschutzberater“.
    #[serde(default)]
    signatory: Option<String>,
}

/// An sRGB colour; the default is the neutral accent [`NEUTRAL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Default for Rgb {
    fn default() -> Rgb {
        NEUTRAL
    }
}

impl Rgb {
    /// Parses `#rrggbb` (the `#` is optional).
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `rrggbb`, upper case, as OOXML writes colours.
    pub fn ooxml(self) -> String {
        format!("{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.x).
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Contrast ratio against white (1–21).
    pub fn contrast_on_white(self) -> f64 {
        1.05 / (self.luminance() + 0.05)
    }
}

/// Image format of a logo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LogoFormat {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
}

impl LogoFormat {
    /// File extension, e.g. for the DOCX media part.
    pub fn extension(self) -> &'static str {
        match self {
            LogoFormat::Png => "png",
            LogoFormat::Jpeg => "jpeg",
        }
    }

    /// MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            LogoFormat::Png => "image/png",
            LogoFormat::Jpeg => "image/jpeg",
        }
    }
}

/// A logo: the file's bytes and its size in pixels.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Logo {
    /// The image file as read.
    pub bytes: Vec<u8>,
    /// PNG or JPEG.
    pub format: LogoFormat,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl Logo {
    /// Width : height.
    pub fn aspect(&self) -> f64 {
        f64::from(self.width.max(1)) / f64::from(self.height.max(1))
    }
}

/// A loaded, checked brand.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Brand {
    /// Consultant or firm name (cover letter sender, letterhead).
    pub name: String,
    /// Postal address lines.
    pub address: Vec<String>,
    /// Contact lines.
    pub contact: Vec<String>,
    /// Logo, if any.
    pub logo: Option<Logo>,
    /// Accent colour for headings and rules.
    pub accent: Rgb,
    /// Footer line of the internal documents.
    pub footer: Option<String>,
    /// Who signs the cover letter.
    pub signatory: Option<String>,
    /// SHA-256 of the brand file and logo: a change rebuilds every pack that uses the brand.
    pub hash: String,
}

impl Brand {
    /// Name and address on one line, e.g. for a letterhead: „Muster Datenschutz · Weg 1 · …“.
    pub fn sender_line(&self) -> String {
        std::iter::once(self.name.as_str())
            .chain(self.address.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// Reads and checks a brand file; the logo is read relative to it.
pub fn load(path: &std::path::Path) -> Result<Brand, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![Diagnostic::error(format!(
            "die Markendatei kann nicht gelesen werden: {e}"
        ))]
    })?;
    let base = path.parent().unwrap_or(std::path::Path::new(""));
    load_str(&text, &|name| std::fs::read(base.join(name)))
}

/// Reads and checks a brand file's text; `read` fetches the logo file it names (relative to
/// the brand file). Errors carry line and column.
pub fn load_str(
    text: &str,
    read: &dyn Fn(&str) -> std::io::Result<Vec<u8>>,
) -> Result<Brand, Vec<Diagnostic>> {
    let tree = node::parse(text).map_err(|e| {
        let mut d = Diagnostic::error(format!(
            "die Markendatei ist kein gültiges YAML: {}",
            e.without_snippet()
        ));
        if let Some(loc) = e.location() {
            d = d.at(pos(
                u32::try_from(loc.line()).unwrap_or(0),
                u32::try_from(loc.column()).unwrap_or(0),
            ));
        }
        vec![d]
    })?;
    let raw: RawBrand = de::from_node(&tree).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| {
                let mut d = Diagnostic::error(e.message).with_path(e.path).at(e.pos);
                if let Some(hint) = e.hint {
                    d = d.with_hint(hint);
                }
                d
            })
            .collect::<Vec<_>>()
    })?;
    let at = |key: &str| tree.pos_for_path(key);
    let mut problems = Vec::new();
    let name = raw.name.trim().to_owned();
    if name.is_empty() {
        problems.push(
            Diagnostic::error("der Name in der Markendatei ist leer")
                .with_path("name")
                .at(at("name"))
                .with_hint("tragen Sie den Namen ein, unter dem Sie die Mappen versenden"),
        );
    }
    let accent = match raw.accent.as_deref() {
        None => NEUTRAL,
        Some(text) => match Rgb::parse(text) {
            None => {
                problems.push(
                    Diagnostic::error(format!("„{text}“ ist keine Farbe der Form #rrggbb"))
                        .with_path("accent")
                        .at(at("accent"))
                        .with_hint("z. B. accent: \"#1f5f8b\" (in Anführungszeichen)"),
                );
                NEUTRAL
            }
            Some(c) if c.contrast_on_white() < MIN_CONTRAST => {
                problems.push(
                    Diagnostic::error(format!(
                        "die Akzentfarbe {} ist auf weißem Papier zu hell (Kontrast {:.1}:1, nötig \
                         mindestens {MIN_CONTRAST}:1)",
                        c.hex(),
                        c.contrast_on_white()
                    ))
                    .with_path("accent")
                    .at(at("accent"))
                    .with_hint(
                        "Überschriften in dieser Farbe wären schlecht lesbar; wählen Sie einen \
                         dunkleren Ton Ihrer Hausfarbe",
                    ),
                );
                NEUTRAL
            }
            Some(c) => c,
        },
    };
    let logo = match raw.logo.as_deref() {
        None => None,
        Some(file) => match read_logo(file, read) {
            Ok(logo) => Some(logo),
            Err((message, hint)) => {
                problems.push(
                    Diagnostic::error(message)
                        .with_path("logo")
                        .at(at("logo"))
                        .with_hint(hint),
                );
                None
            }
        },
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut hashed = text.as_bytes().to_vec();
    if let Some(logo) = &logo {
        hashed.extend_from_slice(&logo.bytes);
    }
    let clean = |lines: Vec<String>| {
        lines
            .into_iter()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
    };
    Ok(Brand {
        name,
        address: clean(raw.address),
        contact: clean(raw.contact),
        logo,
        accent,
        footer: raw
            .footer
            .map(|f| f.trim().to_owned())
            .filter(|f| !f.is_empty()),
        signatory: raw
            .signatory
            .map(|f| f.trim().to_owned())
            .filter(|f| !f.is_empty()),
        hash: crate::profile::load::hash_bytes(&hashed),
    })
}

fn pos(line: u32, column: u32) -> node::Pos {
    node::Pos {
        line,
        column,
        offset: 0,
        len: 0,
    }
}

/// Reads and sniffs a logo: PNG or JPEG, at most [`MAX_LOGO_BYTES`], with a readable size.
fn read_logo(
    file: &str,
    read: &dyn Fn(&str) -> std::io::Result<Vec<u8>>,
) -> Result<Logo, (String, &'static str)> {
    let lower = file.to_ascii_lowercase();
    if lower.ends_with(".svg") || lower.ends_with(".svgz") {
        return Err((
            format!("das Logo „{file}“ ist eine SVG-Datei"),
            "exportieren Sie das Logo als PNG (etwa 1200 Pixel breit, transparenter Hintergrund); \
             PDF/A und Word betten Rasterbilder zuverlässig ein",
        ));
    }
    let bytes = read(file).map_err(|e| {
        (
            format!("das Logo „{file}“ kann nicht gelesen werden: {e}"),
            "der Pfad gilt relativ zur Markendatei",
        )
    })?;
    if bytes.len() > MAX_LOGO_BYTES {
        return Err((
            format!(
                "das Logo „{file}“ ist {} KB groß (höchstens {} KB)",
                bytes.len() / 1024,
                MAX_LOGO_BYTES / 1024
            ),
            "verkleinern Sie das Bild; es wird höchstens 5 cm breit gedruckt",
        ));
    }
    let format = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        LogoFormat::Png
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        LogoFormat::Jpeg
    } else {
        return Err((
            format!("das Logo „{file}“ ist weder PNG noch JPEG"),
            "speichern Sie das Logo als PNG",
        ));
    };
    let size = imagesize::blob_size(&bytes).map_err(|_| {
        (
            format!("die Bildgröße des Logos „{file}“ ist nicht lesbar"),
            "die Datei ist vermutlich beschädigt; speichern Sie sie neu als PNG",
        )
    })?;
    let (width, height) = (
        u32::try_from(size.width).unwrap_or(0),
        u32::try_from(size.height).unwrap_or(0),
    );
    if width == 0 || height == 0 {
        return Err((
            format!("das Logo „{file}“ hat keine Fläche"),
            "speichern Sie das Logo neu als PNG",
        ));
    }
    Ok(Logo {
        bytes,
        format,
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped example logo.
    const LOGO: &[u8] = include_bytes!("../examples/marke/logo.png");

    fn files(name: &str) -> std::io::Result<Vec<u8>> {
        match name {
            "logo.png" => Ok(LOGO.to_vec()),
            "kaputt.png" => Ok(b"\x89PNG\r\n\x1a\nxx".to_vec()),
            _ => Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "nicht gefunden",
            )),
        }
    }

    #[test]
    fn a_full_brand_loads() {
        let b = load_str(
            "name: Muster Datenschutz GmbH\naddress: [Hafenstraße 1, 20457 Hamburg]\n\
             logo: logo.png\naccent: \"#1f5f8b\"\nfooter: Ihre Datenschutzberatung\n",
            &files,
        )
        .unwrap();
        assert_eq!(b.name, "Muster Datenschutz GmbH");
        assert_eq!(b.accent, Rgb(0x1f, 0x5f, 0x8b));
        let logo = b.logo.as_ref().unwrap();
        assert_eq!(
            (logo.width, logo.height, logo.format),
            (720, 200, LogoFormat::Png)
        );
        assert_eq!(
            b.sender_line(),
            "Muster Datenschutz GmbH · Hafenstraße 1 · 20457 Hamburg"
        );
        assert_eq!(b.hash.len(), 64);
    }

    #[test]
    fn problems_point_at_the_line() {
        let errors = load_str(
            "name: Muster\naccent: \"#ffee00\"\nlogo: fehlt.png\n",
            &files,
        )
        .unwrap_err();
        assert_eq!(errors.len(), 2);
        assert!(errors[0].message.contains("zu hell"), "{:?}", errors[0]);
        assert_eq!(errors[0].line, Some(2));
        assert!(errors[1].message.contains("fehlt.png"), "{:?}", errors[1]);
        assert_eq!(errors[1].line, Some(3));
    }

    #[test]
    fn unknown_keys_svg_and_broken_images_are_refused() {
        let unknown = load_str("name: X\nfarbe: rot\n", &files).unwrap_err();
        assert!(unknown[0].message.contains("farbe"), "{unknown:?}");
        let svg = load_str("name: X\nlogo: logo.svg\n", &files).unwrap_err();
        assert!(svg[0].message.contains("SVG"), "{svg:?}");
        let broken = load_str("name: X\nlogo: kaputt.png\n", &files).unwrap_err();
        assert!(broken[0].message.contains("nicht lesbar"), "{broken:?}");
    }

    #[test]
    fn colours_parse_and_measure_contrast() {
        assert_eq!(Rgb::parse("#000000"), Some(Rgb(0, 0, 0)));
        assert_eq!(
            Rgb::parse("1F5F8B").map(Rgb::hex).as_deref(),
            Some("#1f5f8b")
        );
        assert_eq!(Rgb::parse("#12345"), None);
        assert!((Rgb(0, 0, 0).contrast_on_white() - 21.0).abs() < 0.01);
        assert!(Rgb(255, 238, 0).contrast_on_white() < MIN_CONTRAST);
    }
}
