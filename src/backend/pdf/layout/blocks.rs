//! Layout stage, parsing: Markdown (comrak AST) → a small block model.
//!
//! Every node comrak can produce with our options ends up somewhere: known constructs map to
//! blocks and spans, raw HTML becomes literal monospace text, and anything unexpected is
//! flattened to its text rather than dropped.

use comrak::nodes::{AstNode, ListDelimType, ListType, NodeValue, TableAlignment};
use comrak::{Arena, Options, parse_document};

use super::text::{Span, SpanStyle};

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left (also the default).
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
}

/// A list.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    /// Numbered?
    pub ordered: bool,
    /// First number.
    pub start: usize,
    /// `.` or `)`.
    pub delimiter: char,
    /// No blank lines between items.
    pub tight: bool,
    /// Each item's blocks.
    pub items: Vec<Vec<Block>>,
    /// Per item: a task-list checkbox (`- [ ]` unchecked, `- [x]` checked), else `None`.
    pub checkboxes: Vec<Option<bool>>,
}

/// A GFM table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column alignments.
    pub aligns: Vec<Align>,
    /// Header row (may be empty of text).
    pub header: Vec<Vec<Span>>,
    /// Body rows.
    pub rows: Vec<Vec<Vec<Span>>>,
}

/// The risk matrix figure of the risk assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskMatrix {
    /// Text of the top-left header cell.
    pub corner: String,
    /// Likelihood labels, left to right.
    pub col_labels: Vec<String>,
    /// Severity labels, top to bottom.
    pub row_labels: Vec<String>,
    /// Risk IDs per cell, row-major.
    pub cells: Vec<Vec<String>>,
    /// Risk class per cell: 0 low, 1 medium, 2 high.
    pub classes: Vec<Vec<u8>>,
}

impl RiskMatrix {
    /// Risk class of a cell (0 low, 1 medium, 2 high); medium where the marker gave none.
    pub fn class_at(&self, row: usize, col: usize) -> u8 {
        self.classes
            .get(row)
            .and_then(|r| r.get(col))
            .copied()
            .unwrap_or(1)
    }

    /// The risk IDs in a cell, trimmed ("" for none).
    pub fn ids_at(&self, row: usize, col: usize) -> &str {
        self.cells
            .get(row)
            .and_then(|r| r.get(col))
            .map_or("", |s| s.trim())
    }
}

/// A block of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// `#`..`######`.
    Heading {
        /// Level 1–6.
        level: u8,
        /// Content.
        spans: Vec<Span>,
    },
    /// A paragraph.
    Paragraph(Vec<Span>),
    /// A bullet or ordered list.
    List(List),
    /// `>` quote.
    Quote(Vec<Block>),
    /// Fenced or indented code, printed verbatim.
    Code(String),
    /// `---`.
    Rule,
    /// A table.
    Table(Table),
    /// The risk matrix figure.
    RiskMatrix(RiskMatrix),
    /// Raw HTML block, printed literally.
    Raw(String),
    /// A QR code drawn as a figure: a paragraph that is nothing but the image reference
    /// `![alternative text](<qr:CONTENT>)`.
    Qr {
        /// What the code encodes.
        content: String,
        /// Alternative text of the figure.
        alt: String,
    },
}

/// Prefix of an image reference that the PDF backend draws as a QR code.
pub const QR_PREFIX: &str = "qr:";

/// A paragraph made of one `qr:` image: the code's content and alternative text.
fn qr_image<'a>(node: &'a AstNode<'a>) -> Option<Block> {
    let mut children = node.children();
    let image = children.next()?;
    if children.next().is_some() {
        return None;
    }
    let NodeValue::Image(link) = &image.data().value else {
        return None;
    };
    let content = link.url.strip_prefix(QR_PREFIX)?.trim().to_string();
    let alt = super::plain_text(&inlines(image));
    Some(Block::Qr { content, alt })
}

/// Parses Markdown into blocks.
pub fn parse(markdown: &str) -> Vec<Block> {
    let arena = Arena::new();
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.autolink = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    let root = parse_document(&arena, markdown, &options);
    collect_blocks(root)
}

fn collect_blocks<'a>(parent: &'a AstNode<'a>) -> Vec<Block> {
    let mut out = Vec::new();
    let mut children = parent.children().peekable();
    while let Some(node) = children.next() {
        let value = node.data().value.clone();
        match value {
            NodeValue::Heading(h) => out.push(Block::Heading {
                level: h.level.clamp(1, 6),
                spans: inlines(node),
            }),
            NodeValue::Paragraph => {
                if let Some(qr) = qr_image(node) {
                    out.push(qr);
                    continue;
                }
                let spans = inlines(node);
                if !spans.is_empty() {
                    out.push(Block::Paragraph(spans));
                }
            }
            NodeValue::List(l) => {
                let items = node.children().map(collect_blocks).collect();
                let checkboxes = node
                    .children()
                    .map(|item| match &item.data().value {
                        NodeValue::TaskItem(t) => Some(t.symbol.is_some()),
                        _ => None,
                    })
                    .collect();
                out.push(Block::List(List {
                    ordered: l.list_type == ListType::Ordered,
                    start: l.start,
                    delimiter: if l.delimiter == ListDelimType::Paren {
                        ')'
                    } else {
                        '.'
                    },
                    tight: l.tight,
                    items,
                    checkboxes,
                }));
            }
            NodeValue::BlockQuote | NodeValue::MultilineBlockQuote(_) => {
                out.push(Block::Quote(collect_blocks(node)));
            }
            NodeValue::CodeBlock(cb) => {
                out.push(Block::Code(cb.literal.trim_end_matches('\n').to_string()))
            }
            NodeValue::ThematicBreak => out.push(Block::Rule),
            NodeValue::Table(_) => out.push(Block::Table(table(node))),
            NodeValue::HtmlBlock(html) => {
                if let Some(classes) = risk_marker(&html.literal) {
                    let next_is_table = children
                        .peek()
                        .is_some_and(|n| matches!(n.data().value, NodeValue::Table(_)));
                    if next_is_table && let Some(tnode) = children.next() {
                        let t = table(tnode);
                        match risk_matrix(&t, &classes) {
                            Some(m) => out.push(Block::RiskMatrix(m)),
                            None => {
                                out.push(Block::Raw(html.literal.trim_end().to_string()));
                                out.push(Block::Table(t));
                            }
                        }
                        continue;
                    }
                }
                let literal = html.literal.trim_end_matches('\n');
                if !literal.trim().is_empty() {
                    out.push(Block::Raw(literal.to_string()));
                }
            }
            NodeValue::Item(_) | NodeValue::TaskItem(_) | NodeValue::Document => {
                out.extend(collect_blocks(node))
            }
            _ => {
                // Anything else that is a container of blocks keeps its content; a stray
                // inline at block level becomes a paragraph.
                if node.children().any(|c| c.data().value.block()) {
                    out.extend(collect_blocks(node));
                } else {
                    let spans = inlines_of(node);
                    if !spans.is_empty() {
                        out.push(Block::Paragraph(spans));
                    }
                }
            }
        }
    }
    out
}

/// The inline content of a leaf block.
fn inlines<'a>(node: &'a AstNode<'a>) -> Vec<Span> {
    let mut spans = Vec::new();
    for child in node.children() {
        walk_inline(child, &SpanStyle::default(), &mut spans);
    }
    merge(spans)
}

/// A node itself treated as inline content.
fn inlines_of<'a>(node: &'a AstNode<'a>) -> Vec<Span> {
    let mut spans = Vec::new();
    walk_inline(node, &SpanStyle::default(), &mut spans);
    merge(spans)
}

fn push(spans: &mut Vec<Span>, text: &str, style: &SpanStyle) {
    if !text.is_empty() {
        spans.push(Span {
            text: text.to_string(),
            style: style.clone(),
        });
    }
}

fn walk_inline<'a>(node: &'a AstNode<'a>, style: &SpanStyle, spans: &mut Vec<Span>) {
    let value = node.data().value.clone();
    let recurse = |style: &SpanStyle, spans: &mut Vec<Span>| {
        for c in node.children() {
            walk_inline(c, style, spans);
        }
    };
    match value {
        NodeValue::Text(t) => push(spans, &t, style),
        NodeValue::SoftBreak => push(spans, " ", style),
        NodeValue::LineBreak => push(spans, "\n", style),
        NodeValue::Code(c) => {
            let st = SpanStyle {
                mono: true,
                ..style.clone()
            };
            push(spans, &c.literal, &st);
        }
        NodeValue::HtmlInline(h) => {
            let st = SpanStyle {
                mono: true,
                ..style.clone()
            };
            push(spans, &h, &st);
        }
        NodeValue::Emph => recurse(
            &SpanStyle {
                italic: true,
                ..style.clone()
            },
            spans,
        ),
        NodeValue::Strong => recurse(
            &SpanStyle {
                bold: true,
                ..style.clone()
            },
            spans,
        ),
        NodeValue::Link(l) => {
            let st = SpanStyle {
                link: Some(l.url.clone()),
                ..style.clone()
            };
            recurse(&st, spans);
        }
        NodeValue::Image(l) => {
            push(spans, "[Bild: ", style);
            recurse(style, spans);
            push(spans, "]", style);
            if !l.url.is_empty() {
                push(spans, &format!(" ({})", l.url), style);
            }
        }
        NodeValue::Strikethrough => {
            push(spans, "~~", style);
            recurse(style, spans);
            push(spans, "~~", style);
        }
        NodeValue::CodeBlock(cb) => {
            let st = SpanStyle {
                mono: true,
                ..style.clone()
            };
            push(spans, &cb.literal, &st);
        }
        NodeValue::HtmlBlock(h) => {
            let st = SpanStyle {
                mono: true,
                ..style.clone()
            };
            push(spans, h.literal.trim_end(), &st);
        }
        _ => recurse(style, spans),
    }
}

/// Joins neighbouring spans of equal style (fewer fragments, same result).
fn merge(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if last.style == s.style => last.text.push_str(&s.text),
            _ => out.push(s),
        }
    }
    out
}

fn table<'a>(node: &'a AstNode<'a>) -> Table {
    let aligns = match &node.data().value {
        NodeValue::Table(t) => t
            .alignments
            .iter()
            .map(|a| match a {
                TableAlignment::Center => Align::Center,
                TableAlignment::Right => Align::Right,
                _ => Align::Left,
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut header = Vec::new();
    let mut rows = Vec::new();
    for row in node.children() {
        let is_header = matches!(row.data().value, NodeValue::TableRow(true));
        let cells: Vec<Vec<Span>> = row.children().map(inlines).collect();
        if is_header && header.is_empty() {
            header = cells;
        } else {
            rows.push(cells);
        }
    }
    Table {
        aligns,
        header,
        rows,
    }
}

/// The `classes` attribute of a risk-matrix marker comment, if `html` is one.
fn risk_marker(html: &str) -> Option<Vec<Vec<u8>>> {
    let t = html.trim();
    let inner = t.strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    let rest = inner.strip_prefix("dsgvo-gen:risikomatrix")?.trim();
    let value = rest.strip_prefix("classes=\"")?.strip_suffix('"')?;
    value
        .split(';')
        .map(|row| {
            row.split(',')
                .map(|c| c.trim().parse::<u8>().ok().filter(|v| *v <= 2))
                .collect::<Option<Vec<u8>>>()
        })
        .collect()
}

fn plain(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| s.text.as_str())
        .collect::<String>()
        .trim()
        .to_string()
}

fn risk_matrix(t: &Table, classes: &[Vec<u8>]) -> Option<RiskMatrix> {
    let cols = t.header.len().checked_sub(1).filter(|c| *c > 0)?;
    if t.rows.is_empty() || t.rows.len() != classes.len() || t.rows.len() > 8 || cols > 8 {
        return None;
    }
    if classes.iter().any(|r| r.len() != cols) || t.rows.iter().any(|r| r.len() != cols + 1) {
        return None;
    }
    Some(RiskMatrix {
        corner: plain(&t.header[0]),
        col_labels: t.header[1..].iter().map(|c| plain(c)).collect(),
        row_labels: t.rows.iter().map(|r| plain(&r[0])).collect(),
        cells: t
            .rows
            .iter()
            .map(|r| r[1..].iter().map(|c| plain(c)).collect())
            .collect(),
        classes: classes.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checklist_items_carry_their_box_and_plain_items_none() {
        let blocks =
            parse("- [ ] Sperre einschalten\n- [x] Bedingungen ablegen\n- kein Kästchen\n");
        let Block::List(list) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(list.checkboxes, vec![Some(false), Some(true), None]);
        let Block::Paragraph(spans) = &list.items[0][0] else {
            panic!("{list:?}")
        };
        assert_eq!(plain(spans), "Sperre einschalten");
    }

    #[test]
    fn escaped_user_values_print_literally() {
        let blocks = parse("Firma: Müller & Co \\*GmbH\\* \\[1\\]\n");
        let Block::Paragraph(spans) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(plain(spans), "Firma: Müller & Co *GmbH* [1]");
    }

    #[test]
    fn raw_html_is_kept() {
        let blocks = parse("<div>hallo</div>\n\nText mit <b>fett</b>.\n");
        assert_eq!(blocks[0], Block::Raw("<div>hallo</div>".into()));
        let Block::Paragraph(spans) = &blocks[1] else {
            panic!()
        };
        assert_eq!(plain(spans), "Text mit <b>fett</b>.");
    }

    #[test]
    fn risk_matrix_marker() {
        let md = "<!-- dsgvo-gen:risikomatrix classes=\"0,0,1,1;0,1,1,2;1,1,2,2;1,2,2,2\" -->\n\
| Schwere | geringfügig | überschaubar | substanziell | groß |\n\
|---|---|---|---|---|\n\
| groß | | R1 | | R2, R5 |\n\
| substanziell | | | R3 | |\n\
| überschaubar | R4 | | | |\n\
| geringfügig | | | | |\n";
        let blocks = parse(md);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        let Block::RiskMatrix(m) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(m.cells[0][3], "R2, R5");
        assert_eq!(m.classes[3], vec![1, 2, 2, 2]);
        assert_eq!(m.row_labels[0], "groß");
    }

    #[test]
    fn malformed_marker_keeps_everything() {
        let md =
            "<!-- dsgvo-gen:risikomatrix classes=\"0,9\" -->\n| a | b |\n|---|---|\n| c | d |\n";
        let blocks = parse(md);
        assert!(matches!(blocks[0], Block::Raw(_)));
        assert!(matches!(blocks[1], Block::Table(_)));
    }
}
