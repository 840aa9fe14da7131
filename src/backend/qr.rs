//! QR codes for the printed notice and the firm's own flyers: the module matrix (from the
//! `qrcode` crate, error correction level M) and an SVG drawing of it. Pure and deterministic:
//! the same text gives the same bytes.

use qrcode::{Color, EcLevel, QrCode};

/// File name of the QR code written next to the documents.
pub const FILE_NAME: &str = "whatsapp-qr.svg";

/// Light modules around the symbol on every side (the quiet zone ISO/IEC 18004 asks for).
pub const QUIET_ZONE: usize = 4;

/// Size of one module in the SVG's default rendering, in CSS pixels.
const SVG_MODULE_PX: usize = 8;

/// The dark and light modules of a QR code, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    width: usize,
    dark: Vec<bool>,
}

impl Matrix {
    /// Encodes `text` (UTF-8 bytes) with error correction level M in the smallest version
    /// that holds it; `None` when the text is too long for any QR code.
    pub fn encode(text: &str) -> Option<Matrix> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Some(Matrix { width, dark })
    }

    /// Modules per side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module in column `x`, row `y` is dark (outside the symbol: light).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The dark modules as horizontal runs `(x, y, length)`, row by row, left to right; the
    /// drawing of both the SVG and the PDF figure.
    pub fn runs(&self) -> Vec<(usize, usize, usize)> {
        let mut runs = Vec::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.width && self.is_dark(x, y) {
                        x += 1;
                    }
                    runs.push((start, y, x - start));
                } else {
                    x += 1;
                }
            }
        }
        runs
    }
}

/// An SVG of the QR code for `text`: white background with the quiet zone, black modules as
/// one path, `<title>` and `<desc>` for screen readers. `None` when the text does not fit.
pub fn svg(text: &str, title: &str) -> Option<Vec<u8>> {
    let m = Matrix::encode(text)?;
    let size = m.width() + 2 * QUIET_ZONE;
    let px = size * SVG_MODULE_PX;
    let mut path = String::new();
    for (x, y, len) in m.runs() {
        path.push_str(&format!(
            "M{} {}h{len}v1h-{len}z",
            x + QUIET_ZONE,
            y + QUIET_ZONE
        ));
    }
    let out = format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{px}\" height=\"{px}\" ",
            "viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" role=\"img\" ",
            "aria-labelledby=\"qr-title qr-desc\">\n",
            "<title id=\"qr-title\">{title}</title>\n",
            "<desc id=\"qr-desc\">{desc}</desc>\n",
            "<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/>\n",
            "<path fill=\"#000000\" d=\"{path}\"/>\n",
            "</svg>\n"
        ),
        px = px,
        size = size,
        title = super::docx::xml::esc(title),
        desc = super::docx::xml::esc(text),
        path = path,
    );
    Some(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_has_finder_patterns_and_version_size() {
        let m = Matrix::encode("https://www.example.de/whatsapp").expect("fits");
        assert_eq!((m.width() - 17) % 4, 0, "width is 17 + 4 × version");
        // The top-left finder pattern: dark ring, light ring, dark 3×3 core.
        for i in 0..7 {
            assert!(m.is_dark(i, 0) && m.is_dark(0, i) && m.is_dark(6, i) && m.is_dark(i, 6));
        }
        for i in 1..6 {
            assert!(!m.is_dark(i, 1) && !m.is_dark(1, i));
        }
        assert!(m.is_dark(3, 3));
        let w = m.width();
        assert!(m.is_dark(w - 1, 0) && m.is_dark(0, w - 1));
        assert!(!m.is_dark(w, 0), "outside the symbol is light");
    }

    #[test]
    fn runs_cover_exactly_the_dark_modules() {
        let m = Matrix::encode("https://wa.me/49761234567?text=Hallo").expect("fits");
        let covered: usize = m.runs().iter().map(|r| r.2).sum();
        let dark = (0..m.width())
            .flat_map(|y| (0..m.width()).map(move |x| (x, y)))
            .filter(|&(x, y)| m.is_dark(x, y))
            .count();
        assert_eq!(covered, dark);
    }

    #[test]
    fn svg_is_deterministic_with_quiet_zone_and_escaped_title() {
        let a = svg("https://example.de/?a=1&b=2", "QR-Code: Müller & Co").expect("fits");
        assert_eq!(
            a,
            svg("https://example.de/?a=1&b=2", "QR-Code: Müller & Co").unwrap()
        );
        let text = String::from_utf8(a).unwrap();
        let w = Matrix::encode("https://example.de/?a=1&b=2")
            .unwrap()
            .width();
        assert!(text.contains(&format!("viewBox=\"0 0 {0} {0}\"", w + 8)));
        assert!(text.contains("<title id=\"qr-title\">QR-Code: Müller &amp; Co</title>"));
        assert!(text.contains("?a=1&amp;b=2</desc>"));
        assert!(
            text.contains("d=\"M4 4h7v1h-7z"),
            "first run starts inside the quiet zone"
        );
    }

    /// Decodes a matrix with an independent decoder (rqrr), drawn with the quiet zone.
    pub(crate) fn decode(m: &Matrix) -> String {
        let scale = 4;
        let size = (m.width() + 2 * QUIET_ZONE) * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let inside = |v: usize| (QUIET_ZONE..QUIET_ZONE + m.width()).contains(&v);
            if inside(mx) && inside(my) && m.is_dark(mx - QUIET_ZONE, my - QUIET_ZONE) {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "exactly one code found");
        let (meta, content) = grids[0].decode().expect("decodes");
        assert_eq!(
            meta.ecc_level, 0,
            "error correction M (rqrr numbers M as 0)"
        );
        content
    }

    #[test]
    fn codes_decode_to_their_text() {
        for text in [
            "https://www.example.de/whatsapp",
            "https://wa.me/49761234567?text=Hallo%2C%20ich%20willige%20ein%3A%20Gr%C3%B6%C3%9Fe%20%28EW-X-1.0-abc123-d%29.",
        ] {
            assert_eq!(decode(&Matrix::encode(text).unwrap()), text);
        }
    }

    #[test]
    fn too_long_text_is_refused() {
        assert!(Matrix::encode(&"x".repeat(5000)).is_none());
    }
}
