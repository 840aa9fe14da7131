//! DOCX backend, the document body: the PDF layout's block model → WordprocessingML.

use crate::backend::pdf::layout::blocks::{Align, Block, List, RiskMatrix, Table};
use crate::backend::pdf::layout::plain_text;
use crate::backend::pdf::layout::table::{axes, matrix_alt_text, risk_class};
use crate::backend::pdf::layout::text::Span;

use super::xml::{LinkSink, RunFormat, esc, runs, spans};

/// Width of the text column in twentieths of a point (A4 less 2 × 25 mm).
pub const BODY_WIDTH: u32 = 9071;
/// Indentation per list level (twips).
pub const LIST_STEP: u32 = 360;
/// Hanging indent of a list item's marker (twips).
pub const LIST_HANG: u32 = 284;
/// Numbering instance of every bullet list.
pub const BULLET_NUM: usize = 1;

/// The body being written, plus what the package needs to know about it.
#[derive(Debug, Default)]
pub struct Body {
    /// The `w:body` content (without `w:sectPr`).
    pub xml: String,
    /// Targets of external hyperlinks; the i-th has the relationship `rId{LINK_BASE + i}`.
    pub links: Vec<String>,
    /// Ordered lists: (first number, level); the i-th is numbering instance `2 + i`.
    pub ordered: Vec<(usize, usize)>,
    /// Accent colour `RRGGBB` (rule under the title, matrix axis labels).
    accent: String,
}

/// Relationship ID of the first hyperlink (the fixed parts take the IDs below).
pub const LINK_BASE: usize = 10;

impl LinkSink for Body {
    fn link(&mut self, target: &str) -> String {
        let i = match self.links.iter().position(|t| t == target) {
            Some(i) => i,
            None => {
                self.links.push(target.to_string());
                self.links.len() - 1
            }
        };
        format!("rId{}", LINK_BASE + i)
    }
}

/// Where a block sits: inside how many list levels, inside a quote.
#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    depth: usize,
    quote: bool,
}

/// Paragraph properties, written in the schema's order.
#[derive(Debug, Default)]
struct PPr<'a> {
    style: Option<&'a str>,
    keep_next: bool,
    num: Option<(usize, usize)>,
    spacing_after: Option<u32>,
    /// Left indent and hanging indent.
    ind: Option<(u32, u32)>,
    jc: Option<&'a str>,
}

impl PPr<'_> {
    fn xml(&self) -> String {
        let mut p = String::new();
        if let Some(s) = self.style {
            p.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
        }
        if self.keep_next {
            p.push_str("<w:keepNext/>");
        }
        if let Some((num, lvl)) = self.num {
            p.push_str(&format!(
                "<w:numPr><w:ilvl w:val=\"{lvl}\"/><w:numId w:val=\"{num}\"/></w:numPr>"
            ));
        }
        if let Some(after) = self.spacing_after {
            p.push_str(&format!("<w:spacing w:after=\"{after}\"/>"));
        }
        if let Some((left, hanging)) = self.ind {
            if hanging > 0 {
                p.push_str(&format!(
                    "<w:ind w:left=\"{left}\" w:hanging=\"{hanging}\"/>"
                ));
            } else {
                p.push_str(&format!("<w:ind w:left=\"{left}\"/>"));
            }
        }
        if let Some(jc) = self.jc {
            p.push_str(&format!("<w:jc w:val=\"{jc}\"/>"));
        }
        if p.is_empty() {
            p
        } else {
            format!("<w:pPr>{p}</w:pPr>")
        }
    }
}

fn paragraph(ppr: &PPr<'_>, content: &str) -> String {
    format!("<w:p>{}{content}</w:p>", ppr.xml())
}

impl Body {
    /// Writes `blocks`, preceded by the document type line `subject` (if any).
    pub fn write(blocks: &[Block], subject: &str, accent: &str) -> Body {
        let mut body = Body {
            accent: accent.to_string(),
            ..Body::default()
        };
        if !subject.trim().is_empty() {
            let run = runs(subject.trim(), &RunFormat::default());
            body.xml.push_str(&paragraph(
                &PPr {
                    style: Some("Dokumentart"),
                    ..PPr::default()
                },
                &run,
            ));
        }
        body.blocks(blocks, Ctx::default());
        if body.xml.is_empty() {
            // Word wants at least one paragraph in the body.
            body.xml.push_str("<w:p/>");
        }
        body
    }

    fn blocks(&mut self, blocks: &[Block], ctx: Ctx) {
        for b in blocks {
            self.block(b, ctx);
        }
    }

    /// Paragraph properties of running text at `ctx`.
    fn text_ppr(ctx: Ctx) -> PPr<'static> {
        PPr {
            style: if ctx.quote {
                Some("Zitat")
            } else if ctx.depth > 0 {
                Some("Listenabsatz")
            } else {
                None
            },
            ind: (ctx.depth > 0).then(|| (LIST_STEP * ctx.depth as u32, 0)),
            ..PPr::default()
        }
    }

    fn block(&mut self, block: &Block, ctx: Ctx) {
        match block {
            Block::Heading { level, spans: s } => {
                let style = format!("Heading{}", level.clamp(&1, &6));
                let content = spans(s, &RunFormat::default(), self);
                self.xml.push_str(&paragraph(
                    &PPr {
                        style: Some(&style),
                        ..PPr::default()
                    },
                    &content,
                ));
            }
            Block::Paragraph(s) => {
                let content = spans(s, &RunFormat::default(), self);
                self.xml
                    .push_str(&paragraph(&Self::text_ppr(ctx), &content));
            }
            Block::List(l) => self.list(l, ctx),
            Block::Quote(inner) => self.blocks(inner, Ctx { quote: true, ..ctx }),
            Block::Code(text) | Block::Raw(text) => {
                let content = runs(text, &RunFormat::default());
                self.xml.push_str(&paragraph(
                    &PPr {
                        style: Some("Code"),
                        ind: (ctx.depth > 0).then(|| (LIST_STEP * ctx.depth as u32, 0)),
                        ..PPr::default()
                    },
                    &content,
                ));
            }
            Block::Rule => self.xml.push_str(&paragraph(
                &PPr {
                    style: Some("Trennlinie"),
                    ..PPr::default()
                },
                "",
            )),
            Block::Table(t) => self.table(t),
            Block::RiskMatrix(m) => self.matrix(m),
            Block::Qr { content, alt } => {
                // The QR code itself is for print; the editable document names what it encodes.
                let mut s = Vec::new();
                if !alt.trim().is_empty() {
                    s.push(Span::plain(format!("{}: ", alt.trim())));
                }
                let mut target = Span::plain(content.clone());
                if content.starts_with("https://") || content.starts_with("http://") {
                    target.style.link = Some(content.clone());
                }
                s.push(target);
                let content = spans(&s, &RunFormat::default(), self);
                self.xml
                    .push_str(&paragraph(&Self::text_ppr(ctx), &content));
            }
        }
    }

    fn list(&mut self, l: &List, ctx: Ctx) {
        let level = ctx.depth.min(8);
        let num = if l.ordered {
            self.ordered.push((l.start, level));
            1 + self.ordered.len()
        } else {
            BULLET_NUM
        };
        let after = if l.tight { 40 } else { 120 };
        for (i, item) in l.items.iter().enumerate() {
            let (lead, rest): (&[Span], &[Block]) = match item.split_first() {
                Some((Block::Paragraph(s), rest)) => (s, rest),
                _ => (&[], item),
            };
            let check = l.checkboxes.get(i).copied().flatten();
            let mut content = String::new();
            let ppr = match check {
                Some(done) => {
                    content.push_str(&runs(
                        if done { "\u{2611}\t" } else { "\u{2610}\t" },
                        &RunFormat::default(),
                    ));
                    PPr {
                        style: Some("Listenabsatz"),
                        spacing_after: Some(after),
                        ind: Some((LIST_STEP * (level as u32 + 1), LIST_HANG)),
                        ..PPr::default()
                    }
                }
                None => PPr {
                    style: Some("Listenabsatz"),
                    num: Some((num, level)),
                    spacing_after: Some(after),
                    ..PPr::default()
                },
            };
            content.push_str(&spans(lead, &RunFormat::default(), self));
            self.xml.push_str(&paragraph(&ppr, &content));
            self.blocks(
                rest,
                Ctx {
                    depth: level + 1,
                    ..ctx
                },
            );
        }
    }

    fn table(&mut self, t: &Table) {
        let cols = t
            .header
            .len()
            .max(t.rows.iter().map(Vec::len).max().unwrap_or(0))
            .max(1);
        let widths = column_widths(t, cols);
        let mut x = table_start(&widths, None);
        x.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (c, &width) in widths.iter().enumerate() {
            let cell = t.header.get(c).map(Vec::as_slice).unwrap_or(&[]);
            let content = spans(
                cell,
                &RunFormat {
                    bold: true,
                    ..RunFormat::default()
                },
                self,
            );
            x.push_str(&cell_xml(
                width,
                Some("E6ECF3"),
                align(t.aligns.get(c)),
                &content,
            ));
        }
        x.push_str("</w:tr>");
        for row in &t.rows {
            x.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (c, &width) in widths.iter().enumerate() {
                let cell = row.get(c).map(Vec::as_slice).unwrap_or(&[]);
                let content = spans(cell, &RunFormat::default(), self);
                x.push_str(&cell_xml(width, None, align(t.aligns.get(c)), &content));
            }
            x.push_str("</w:tr>");
        }
        x.push_str("</w:tbl>");
        self.xml.push_str(&x);
        self.after_table();
    }

    /// Word wants a paragraph between two tables; it also gives the gap below a table.
    fn after_table(&mut self) {
        self.xml.push_str(&paragraph(
            &PPr {
                style: Some("Tabellenabstand"),
                ..PPr::default()
            },
            "",
        ));
    }

    /// The risk matrix as a table shaded like the PDF figure: green, amber and red cells.
    fn matrix(&mut self, m: &RiskMatrix) {
        let (row_axis, col_axis) = axes(m);
        let accent = self.accent.clone();
        let label = RunFormat {
            bold: true,
            color: Some(&accent),
            ..RunFormat::default()
        };
        let title = match m.col_labels.first() {
            Some(first) if !first.is_empty() => format!("{col_axis} (links: {first})"),
            _ => col_axis,
        };
        self.xml.push_str(&paragraph(
            &PPr {
                style: Some("Abbildungstitel"),
                keep_next: true,
                jc: Some("center"),
                ..PPr::default()
            },
            &runs(&title, &label),
        ));
        let cols = m.col_labels.len().max(1);
        let label_w = BODY_WIDTH * 22 / 100;
        let cell_w = (BODY_WIDTH - label_w) / cols as u32;
        let mut widths = vec![label_w];
        widths.extend(std::iter::repeat_n(cell_w, cols));
        let mut x = table_start(&widths, Some(("Risikomatrix", &matrix_alt_text(m))));
        x.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        let corner = match m.row_labels.first() {
            Some(first) if !first.is_empty() => format!("{row_axis} (oben: {first})"),
            _ => row_axis,
        };
        x.push_str(&cell_kept(
            label_w,
            None,
            None,
            true,
            &runs(&corner, &label),
        ));
        for c in 0..cols {
            let text = m.col_labels.get(c).map(String::as_str).unwrap_or("");
            x.push_str(&cell_kept(
                cell_w,
                None,
                Some("center"),
                true,
                &runs(text, &RunFormat::default()),
            ));
        }
        x.push_str("</w:tr>");
        // The figure stays on one page: every row but the last keeps with the next.
        for (r, row_label) in m.row_labels.iter().enumerate() {
            let keep = r + 1 < m.row_labels.len();
            x.push_str("<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"800\"/></w:trPr>");
            x.push_str(&cell_kept(
                label_w,
                None,
                None,
                keep,
                &runs(row_label, &RunFormat::default()),
            ));
            for c in 0..cols {
                let (fill, ink, name) = risk_class(m.class_at(r, c));
                let (fill, ink) = (super::xml::color(fill), super::xml::color(ink));
                let ids = m.ids_at(r, c);
                let mut content = String::new();
                if !ids.is_empty() {
                    content.push_str(&runs(
                        &format!("{ids}\n"),
                        &RunFormat {
                            bold: true,
                            color: Some(&ink),
                            ..RunFormat::default()
                        },
                    ));
                }
                content.push_str(&runs(
                    name,
                    &RunFormat {
                        color: Some(&ink),
                        ..RunFormat::default()
                    },
                ));
                x.push_str(&cell_kept(
                    cell_w,
                    Some(&fill),
                    Some("center"),
                    keep,
                    &content,
                ));
            }
            x.push_str("</w:tr>");
        }
        x.push_str("</w:tbl>");
        self.xml.push_str(&x);
        self.after_table();
    }
}

fn align(a: Option<&Align>) -> Option<&'static str> {
    match a {
        Some(Align::Center) => Some("center"),
        Some(Align::Right) => Some("right"),
        _ => None,
    }
}

/// `w:tbl` start: properties (with a title and description for screen readers, if given) and
/// column grid.
fn table_start(widths: &[u32], alt: Option<(&str, &str)>) -> String {
    let mut x = String::from(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"Tabelle\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>\
         <w:tblLayout w:type=\"fixed\"/>\
         <w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" \
         w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>",
    );
    if let Some((caption, description)) = alt {
        x.push_str(&format!(
            "<w:tblCaption w:val=\"{}\"/><w:tblDescription w:val=\"{}\"/>",
            esc(caption),
            esc(description)
        ));
    }
    x.push_str("</w:tblPr><w:tblGrid>");
    for w in widths {
        x.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    x.push_str("</w:tblGrid>");
    x
}

fn cell_xml(width: u32, fill: Option<&str>, jc: Option<&str>, content: &str) -> String {
    cell_kept(width, fill, jc, false, content)
}

/// A cell; `keep` holds its row on one page with the next (Word's way to keep a table whole).
fn cell_kept(
    width: u32,
    fill: Option<&str>,
    jc: Option<&str>,
    keep: bool,
    content: &str,
) -> String {
    let mut x = format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>");
    if let Some(fill) = fill {
        x.push_str(&format!(
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/><w:vAlign w:val=\"center\"/>"
        ));
    }
    x.push_str("</w:tcPr>");
    x.push_str(&paragraph(
        &PPr {
            style: Some("Tabellentext"),
            keep_next: keep,
            jc,
            ..PPr::default()
        },
        content,
    ));
    x.push_str("</w:tc>");
    x
}

/// Rough width of one character of table text (9 pt Arial, bold header), in twips.
const CHAR_W: usize = 110;
/// Cell padding left and right plus a little slack, in twips.
const CELL_EXTRA: usize = 240;

/// Column widths (twips) of a table. Each column first gets room for its longest word (so
/// words are not broken where that can be helped); the rest of the text column is shared by
/// how much more each column holds (its longest cell text, capped so one long column does not
/// starve the others).
fn column_widths(t: &Table, cols: usize) -> Vec<u32> {
    let total = BODY_WIDTH as usize;
    let mut need = vec![1usize; cols];
    let mut word = vec![1usize; cols];
    for row in std::iter::once(&t.header).chain(t.rows.iter()) {
        for (c, cell) in row.iter().enumerate().take(cols) {
            let text = plain_text(cell);
            need[c] = need[c].max(text.chars().count());
            let longest = text
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            word[c] = word[c].max(longest);
        }
    }
    let min: Vec<usize> = word
        .iter()
        .map(|w| (*w).min(24) * CHAR_W + CELL_EXTRA)
        .collect();
    let want: Vec<usize> = need
        .iter()
        .zip(&min)
        .map(|(n, m)| ((*n).min(60) * CHAR_W + CELL_EXTRA).max(*m))
        .collect();
    let min_sum: usize = min.iter().sum();
    let mut widths: Vec<usize> = if min_sum >= total {
        min.iter().map(|m| m * total / min_sum).collect()
    } else {
        let extra: Vec<usize> = want.iter().zip(&min).map(|(w, m)| w - m).collect();
        let extra_sum: usize = extra.iter().sum();
        let free = total - min_sum;
        min.iter()
            .zip(&extra)
            .map(|(m, e)| m + (free * e).checked_div(extra_sum).unwrap_or(free / cols))
            .collect()
    };
    let used: usize = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last = (*last + total).saturating_sub(used);
    }
    widths.into_iter().map(|w| w as u32).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::pdf::layout::blocks::parse;

    #[test]
    fn headings_take_word_heading_styles() {
        let body = Body::write(&parse("# A\n\n## 1 B\n\n###### C"), "", "000000");
        let styles: Vec<&str> = body
            .xml
            .match_indices("<w:pStyle w:val=\"Heading")
            .map(|(i, _)| &body.xml[i + 17..i + 25])
            .collect();
        assert_eq!(styles, ["Heading1", "Heading2", "Heading6"]);
    }

    #[test]
    fn ordered_lists_restart_and_nest() {
        let md = "1. a\n2. b\n   - c\n\n---\n\n3. d\n";
        let body = Body::write(&parse(md), "", "000000");
        assert_eq!(body.ordered, vec![(1, 0), (3, 0)]);
        assert!(
            body.xml
                .contains("<w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/>")
        );
        assert!(body.xml.contains("<w:numId w:val=\"3\"/>"));
    }

    #[test]
    fn task_items_show_boxes_and_links_get_one_relationship_each() {
        let md = "- [ ] offen <https://a.example>\n- [x] erledigt [A](https://a.example)\n";
        let body = Body::write(&parse(md), "", "000000");
        assert!(body.xml.contains('\u{2610}') && body.xml.contains('\u{2611}'));
        assert_eq!(body.links, vec!["https://a.example".to_string()]);
        assert_eq!(body.xml.matches("r:id=\"rId10\"").count(), 2);
    }

    #[test]
    fn table_header_repeats_and_matrix_cells_are_shaded() {
        let md = "| A | B |\n|---|--:|\n| 1 | 2 |\n\n\
<!-- dsgvo-gen:risikomatrix classes=\"0,2\" -->\n| Schwere | gering | hoch |\n|---|---|---|\n| groß | R1 | R2 |\n";
        let body = Body::write(&parse(md), "", "1F5F8B");
        assert_eq!(body.xml.matches("<w:tblHeader/>").count(), 2);
        assert!(body.xml.contains("w:fill=\"DFF0D8\""));
        assert!(body.xml.contains("w:fill=\"A8241C\""));
        assert!(body.xml.contains("<w:color w:val=\"1F5F8B\"/>"));
        assert!(body.xml.contains("<w:jc w:val=\"right\"/>"));
        assert!(body.xml.contains("<w:tblCaption w:val=\"Risikomatrix\"/>"));
        assert!(body.xml.contains("R2: Schwere groß"), "{}", body.xml);
    }
}
