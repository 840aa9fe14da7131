//! DOCX backend, XML helpers: escaping and the runs of WordprocessingML text.

use crate::backend::pdf::layout::text::Span;

/// Main WordprocessingML namespace.
pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// Relationships namespace (r:id attributes).
pub const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The XML declaration every part starts with.
pub const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// A colour as OOXML writes it (`RRGGBB`).
pub fn color(c: crate::backend::pdf::display::Color) -> String {
    format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// Escapes text for element content and attribute values; drops characters XML 1.0 forbids.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{fffe}' | '\u{ffff}') => {}
            c => out.push(c),
        }
    }
    out
}

/// Run formatting of a span beyond the paragraph's style.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunFormat<'a> {
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Inline code (character style `Quelltext`).
    pub mono: bool,
    /// Character style of a link.
    pub link: bool,
    /// Text colour `RRGGBB`.
    pub color: Option<&'a str>,
}

impl RunFormat<'_> {
    fn rpr(&self) -> String {
        let mut p = String::new();
        if self.link {
            p.push_str("<w:rStyle w:val=\"Hyperlink\"/>");
        } else if self.mono {
            p.push_str("<w:rStyle w:val=\"Quelltext\"/>");
        }
        if self.bold {
            p.push_str("<w:b/><w:bCs/>");
        }
        if self.italic {
            p.push_str("<w:i/><w:iCs/>");
        }
        if let Some(c) = self.color {
            p.push_str(&format!("<w:color w:val=\"{c}\"/>"));
        }
        if p.is_empty() {
            p
        } else {
            format!("<w:rPr>{p}</w:rPr>")
        }
    }
}

/// One or more `w:r` for `text`: a `'\n'` becomes a line break, a tab a `w:tab`.
pub fn runs(text: &str, format: &RunFormat<'_>) -> String {
    let rpr = format.rpr();
    let mut out = String::new();
    out.push_str("<w:r>");
    out.push_str(&rpr);
    let mut piece = String::new();
    let flush = |piece: &mut String, out: &mut String| {
        if !piece.is_empty() {
            out.push_str("<w:t xml:space=\"preserve\">");
            out.push_str(&esc(piece));
            out.push_str("</w:t>");
            piece.clear();
        }
    };
    for c in text.chars() {
        match c {
            '\n' => {
                flush(&mut piece, &mut out);
                out.push_str("<w:br/>");
            }
            '\t' => {
                flush(&mut piece, &mut out);
                out.push_str("<w:tab/>");
            }
            '\r' => {}
            c => piece.push(c),
        }
    }
    flush(&mut piece, &mut out);
    out.push_str("</w:r>");
    out
}

/// Where the hyperlinks of a part go: returns the relationship ID for a target.
pub trait LinkSink {
    /// The `r:id` of an external relationship to `target` (one per distinct target).
    fn link(&mut self, target: &str) -> String;
}

/// The runs of spans; links become `w:hyperlink` with an external relationship, in-document
/// anchors (`#…`) and empty targets stay plain link-styled text.
pub fn spans(spans: &[Span], base: &RunFormat<'_>, sink: &mut dyn LinkSink) -> String {
    let mut out = String::new();
    for s in spans {
        let format = RunFormat {
            bold: base.bold || s.style.bold,
            italic: base.italic || s.style.italic,
            mono: base.mono || s.style.mono,
            link: s.style.link.is_some(),
            color: base.color,
        };
        match s.style.link.as_deref().map(str::trim) {
            Some(target) if !target.is_empty() && !target.starts_with('#') => {
                let id = sink.link(target);
                out.push_str(&format!("<w:hyperlink r:id=\"{id}\" w:history=\"1\">"));
                out.push_str(&runs(&s.text, &format));
                out.push_str("</w:hyperlink>");
            }
            _ => out.push_str(&runs(&s.text, &format)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_forbidden_characters() {
        assert_eq!(esc("a<b>&\"c\u{1}"), "a&lt;b&gt;&amp;&quot;c");
    }

    #[test]
    fn line_breaks_and_tabs_become_elements() {
        let xml = runs("a\nb\tc", &RunFormat::default());
        assert_eq!(
            xml,
            "<w:r><w:t xml:space=\"preserve\">a</w:t><w:br/><w:t xml:space=\"preserve\">b</w:t>\
             <w:tab/><w:t xml:space=\"preserve\">c</w:t></w:r>"
        );
    }
}
