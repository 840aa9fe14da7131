//! PDF backend, layout stage: Markdown → [`Document`] (pages of positioned glyph runs,
//! rectangles and links, plus the outline). Pure and deterministic; knows nothing of PDF.
//!
//! Steps: [`blocks::parse`] builds a block model from the comrak AST, the block walker below
//! turns blocks into chunks (one line, heading, table row or figure each), [`flow::paginate`]
//! distributes them over A4 pages, and finally the title block, running header and footer
//! ("Seite x von n") are added.

pub mod blocks;
pub mod flow;
pub mod hyphenate;
mod memo;
pub mod style;
pub mod table;
pub mod text;

use std::collections::BTreeMap;

use super::PdfMeta;
use super::display::{
    Color, Document, Geometry, Item, NodeId, Page, PlacedImage, Role, StructKind,
};
use super::fonts::Face;
pub use blocks::QR_PREFIX;
use blocks::{Block, List};
use flow::{Chunk, Flow, baseline_in, paginate};
use style::*;
use text::{Line, Span, SpanStyle, TextStyle, set_lines};

/// Narrowest column the walker will indent to; deeper nesting stops indenting.
const MIN_WIDTH: f32 = 60.0;

/// Lays out `markdown` on A4 pages.
pub fn layout(markdown: &str, meta: &PdfMeta) -> Document {
    hyphenate::with_lang(meta.lang, || layout_in_lang(markdown, meta))
}

/// [`layout`], with the hyphenation language already set.
fn layout_in_lang(markdown: &str, meta: &PdfMeta) -> Document {
    let geometry = Geometry::a4();
    let mut blocks = blocks::parse(markdown);

    // The first level-1 heading is the document title: it goes into the title block.
    let title_pos = blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { level: 1, .. }));
    let title = match title_pos.map(|i| blocks.remove(i)) {
        Some(Block::Heading { spans, .. }) => plain_text(&spans),
        _ => meta.title.clone(),
    };
    let title = if title.trim().is_empty() {
        meta.title.clone()
    } else {
        title
    };
    // A paragraph right after the title that only restates company, version and Stand is what
    // the title block shows; printing it again would repeat the title block.
    if let Some(i) = title_pos
        && let Some(Block::Paragraph(spans)) = blocks.get(i)
        && restates_title_block(&plain_text(spans), meta)
    {
        blocks.remove(i);
    }

    let mut walker = Walker {
        flow: Flow::default(),
        max_height: geometry.body_height(),
        para_gap: PARA_GAP,
        parent: None,
        level: 1,
        series: table_series(&blocks),
    };
    walker.title_block(&title, meta, geometry.margin_x, geometry.body_width());
    walker.blocks(&blocks, geometry.margin_x, geometry.body_width(), 0, TEXT);

    let (mut pages, outline) =
        paginate(&walker.flow.chunks, geometry.body_top, geometry.body_bottom);
    let total = pages.len();
    let header_title = if meta.title.trim().is_empty() {
        title.clone()
    } else {
        meta.title.clone()
    };
    for (i, page) in pages.iter_mut().enumerate() {
        furniture(page, &geometry, &header_title, meta, i + 1, total);
    }
    let accent = Color(meta.accent.0, meta.accent.1, meta.accent.2);
    if accent != ACCENT {
        recolour(&mut pages, accent);
    }
    Document {
        geometry,
        pages,
        outline,
        structure: walker.flow.structure,
        title,
    }
}

/// Whether a line says nothing but the company, version and Stand of the title block.
fn restates_title_block(text: &str, meta: &PdfMeta) -> bool {
    let normal = text.replace('\u{a0}', " ");
    let words = meta.furniture();
    let rest = normal
        .replacen(meta.company.as_str(), "", 1)
        .replacen(&format!("{} {}", words.version, meta.version), "", 1)
        .replacen(&format!("{} {}", words.stand, meta.stand), "", 1);
    !meta.company.is_empty()
        && normal.len() > rest.len()
        && rest
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '·' | '|' | ',' | '-' | '–'))
}

/// Whether a paragraph is nothing but bold text (a lead-in such as a clause title).
fn is_lead_in(spans: &[Span]) -> bool {
    spans.iter().any(|s| !s.text.trim().is_empty())
        && spans
            .iter()
            .all(|s| s.text.trim().is_empty() || (s.style.bold && !s.text.contains('\n')))
}

/// Plain text of spans (for bookmarks and the title).
pub fn plain_text(spans: &[Span]) -> String {
    let s: String = spans.iter().map(|s| s.text.as_str()).collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Walker {
    flow: Flow,
    max_height: f32,
    /// Space between paragraphs here (smaller inside tight list items).
    para_gap: f32,
    /// The structure element new blocks belong to.
    parent: Option<NodeId>,
    /// Level of the last heading (a bold lead-in ranks one below it).
    level: u8,
    /// Column needs of each series of tables with the same header.
    series: BTreeMap<Vec<String>, Vec<table::ColumnNeed>>,
}

/// Tables with the same header text form a series that shares one column grid, so the
/// columns do not jump from table to table. Header-less tables stand alone.
fn series_key(t: &blocks::Table) -> Vec<String> {
    let key: Vec<String> = t.header.iter().map(|c| plain_text(c)).collect();
    if key.iter().all(String::is_empty) {
        Vec::new()
    } else {
        key
    }
}

/// The merged column needs of every table series in `blocks` (nested blocks included).
fn table_series(blocks: &[Block]) -> BTreeMap<Vec<String>, Vec<table::ColumnNeed>> {
    fn walk(blocks: &[Block], out: &mut BTreeMap<Vec<String>, Vec<table::ColumnNeed>>) {
        for b in blocks {
            match b {
                Block::Table(t) => {
                    let key = series_key(t);
                    if key.is_empty() {
                        continue;
                    }
                    let needs = table::column_needs(t);
                    match out.get_mut(&key) {
                        Some(have) if have.len() == needs.len() => table::merge_needs(have, &needs),
                        Some(_) => {}
                        None => {
                            out.insert(key, needs);
                        }
                    }
                }
                Block::List(l) => l.items.iter().for_each(|i| walk(i, out)),
                Block::Quote(inner) => walk(inner, out),
                _ => {}
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(blocks, &mut out);
    out
}

impl Walker {
    /// Sets `lines` as one chunk per line; `keep` decides keep-with-next per line index.
    #[allow(clippy::too_many_arguments)]
    fn lines(
        &mut self,
        lines: &[Line],
        x: f32,
        width: f32,
        leading: f32,
        size: f32,
        role: Role,
        node: Option<NodeId>,
        keep: impl Fn(usize, usize) -> bool,
        outline: Option<(u8, String)>,
        align_center: bool,
    ) {
        let n = lines.len();
        let mut outline = outline;
        for (i, line) in lines.iter().enumerate() {
            let mut c = Chunk {
                height: leading,
                keep_with_next: keep(i, n),
                outline: outline.take(),
                ..Chunk::default()
            };
            let dx = if align_center {
                ((width - line.width) / 2.0).max(0.0)
            } else {
                0.0
            };
            c.line(line, x + dx, baseline_in(leading, size), role, node);
            self.flow.push(c);
        }
    }

    fn paragraph(&mut self, spans: &[Span], x: f32, width: f32, color: Color) {
        let style = TextStyle {
            size: BODY_SIZE,
            color,
            bold: false,
            italic: false,
            hyphenate: true,
        };
        let lines = set_lines(spans, &style, width);
        // A paragraph that is nothing but bold text introduces what follows: it keeps with
        // the next block, and if it reads as a title (no closing punctuation, one line) it is
        // a heading one level below the last one, with a bookmark.
        let lead_in = is_lead_in(spans);
        let title = plain_text(spans);
        let heading = lead_in
            && lines.len() == 1
            && !title.ends_with(['.', ':', ';', '!', '?', ','])
            && self.level < 6;
        let (kind, outline) = if heading {
            let level = self.level + 1;
            (
                StructKind::Heading {
                    level,
                    title: title.clone(),
                },
                Some((level, title)),
            )
        } else {
            (StructKind::Paragraph, None)
        };
        let node = self.flow.open(kind, self.parent);
        // Orphans: the first line never stays alone; widows: nor does the last.
        self.lines(
            &lines,
            x,
            width,
            BODY_LEADING,
            BODY_SIZE,
            Role::Body,
            Some(node),
            |i, n| lead_in || (n >= 2 && (i == 0 || i + 2 == n)),
            outline,
            false,
        );
    }

    fn title_block(&mut self, title: &str, meta: &PdfMeta, x: f32, width: f32) {
        if !meta.subject.trim().is_empty() {
            let lines = set_lines(
                &[Span::plain(meta.subject.trim())],
                &TextStyle {
                    size: 9.5,
                    color: MUTED,
                    bold: false,
                    italic: false,
                    hyphenate: true,
                },
                width,
            );
            let node = self.flow.open(StructKind::Paragraph, self.parent);
            self.lines(
                &lines,
                x,
                width,
                13.0,
                9.5,
                Role::Title,
                Some(node),
                |_, _| true,
                None,
                false,
            );
            self.flow.fix_gap(4.0);
        }
        let lines = set_lines(
            &[Span::plain(title)],
            &TextStyle {
                size: 21.0,
                color: ACCENT,
                bold: true,
                italic: false,
                hyphenate: false,
            },
            width,
        );
        let node = self.flow.open(
            StructKind::Heading {
                level: 1,
                title: title.to_string(),
            },
            self.parent,
        );
        self.lines(
            &lines,
            x,
            width,
            26.0,
            21.0,
            Role::Title,
            Some(node),
            |_, _| true,
            Some((1, title.to_string())),
            false,
        );
        self.flow.fix_gap(8.0);
        let mut rule = Chunk {
            height: 1.6,
            keep_with_next: true,
            ..Chunk::default()
        };
        rule.rect(x, 0.0, width, 1.6, ACCENT);
        self.flow.push(rule);
        self.flow.fix_gap(6.0);

        let key_w = 105.0f32.min(width * 0.4);
        let words = meta.furniture();
        let rows = [
            (words.controller, meta.company.trim()),
            (words.version, meta.version.trim()),
            (words.stand, meta.stand.trim()),
        ];
        for (key, value) in rows {
            if value.is_empty() || meta.letter {
                continue;
            }
            let key_lines = set_lines(
                &[Span::plain(key)],
                &TextStyle {
                    size: 9.0,
                    color: MUTED,
                    bold: false,
                    italic: false,
                    hyphenate: false,
                },
                key_w - 6.0,
            );
            let value_lines = set_lines(
                &[Span {
                    text: value.to_string(),
                    style: SpanStyle {
                        bold: key == words.controller,
                        ..SpanStyle::default()
                    },
                }],
                &TextStyle {
                    size: 9.5,
                    color: TEXT,
                    bold: false,
                    italic: false,
                    hyphenate: true,
                },
                width - key_w,
            );
            let n = key_lines.len().max(value_lines.len());
            let node = self.flow.open(StructKind::Paragraph, self.parent);
            for i in 0..n {
                let mut c = Chunk {
                    height: 13.5,
                    keep_with_next: true,
                    ..Chunk::default()
                };
                if let Some(l) = key_lines.get(i) {
                    c.line(l, x, baseline_in(13.5, 9.5), Role::Title, Some(node));
                }
                if let Some(l) = value_lines.get(i) {
                    c.line(
                        l,
                        x + key_w,
                        baseline_in(13.5, 9.5),
                        Role::Title,
                        Some(node),
                    );
                }
                self.flow.push(c);
            }
        }
        if !meta.letter {
            self.flow.fix_gap(6.0);
            let mut rule = Chunk {
                height: 0.6,
                ..Chunk::default()
            };
            rule.rect(x, 0.0, width, 0.6, RULE);
            self.flow.push(rule);
        }
        self.flow.fix_gap(14.0);
    }

    fn blocks(&mut self, blocks: &[Block], x: f32, width: f32, depth: usize, color: Color) {
        for b in blocks {
            self.block(b, x, width, depth, color);
        }
    }

    fn block(&mut self, b: &Block, x: f32, width: f32, depth: usize, color: Color) {
        match b {
            Block::Heading { level, spans } => {
                let (size, before, after) = heading(*level);
                let italic = *level >= 5;
                let lines = set_lines(
                    spans,
                    &TextStyle {
                        size,
                        color: ACCENT,
                        bold: true,
                        italic,
                        hyphenate: false,
                    },
                    width,
                );
                self.flow.gap(before);
                let title = plain_text(spans);
                self.level = *level;
                let node = self.flow.open(
                    StructKind::Heading {
                        level: *level,
                        title: title.clone(),
                    },
                    self.parent,
                );
                self.lines(
                    &lines,
                    x,
                    width,
                    size * 1.3,
                    size,
                    Role::Heading(*level),
                    Some(node),
                    |_, _| true,
                    Some((*level, title)),
                    false,
                );
                self.flow.fix_gap(after);
            }
            Block::Paragraph(spans) => {
                self.flow.gap(self.para_gap);
                self.paragraph(spans, x, width, color);
                self.flow.gap(self.para_gap);
            }
            Block::List(list) => self.list(list, x, width, depth, color),
            Block::Quote(inner) => {
                let indent = if width - 14.0 >= MIN_WIDTH { 14.0 } else { 0.0 };
                self.flow.gap(self.para_gap);
                let first = self.flow.chunks.len();
                let saved = self.parent;
                self.parent = Some(self.flow.open(StructKind::Quote, saved));
                self.blocks(inner, x + indent, width - indent, depth, QUOTE_TEXT);
                self.parent = saved;
                if indent > 0.0 {
                    for (k, c) in self.flow.chunks.iter_mut().enumerate().skip(first) {
                        let reach = if k == first { 0.0 } else { c.gap_before };
                        c.rect(x + 2.0, -reach, 2.2, c.height + reach, QUOTE_BAR);
                    }
                }
                self.flow.gap(self.para_gap);
            }
            Block::Code(code) => self.verbatim(code, x, width),
            Block::Raw(html) => self.verbatim(html, x, width),
            Block::Rule => {
                self.flow.gap(self.para_gap);
                let mut c = Chunk {
                    height: 10.0,
                    ..Chunk::default()
                };
                c.rect(x, 4.7, width, 0.6, RULE);
                self.flow.push(c);
                self.flow.gap(self.para_gap);
            }
            Block::Table(t) => {
                let needs = self.series.get(&series_key(t)).map(Vec::as_slice);
                table::table(
                    &mut self.flow,
                    t,
                    needs,
                    x,
                    width,
                    self.max_height,
                    self.parent,
                )
            }
            Block::Qr { content, alt } => self.qr(content, alt, x, width),
            Block::RiskMatrix(m) => {
                let mut probe = Flow::default();
                table::risk_matrix(&mut probe, m, x, width, None);
                let fits = probe.chunks.iter().all(|c| c.height <= self.max_height);
                if fits {
                    let alt = table::matrix_alt_text(m);
                    let node = self.flow.open(StructKind::Figure { alt }, self.parent);
                    table::risk_matrix(&mut self.flow, m, x, width, Some(node));
                } else {
                    let t = blocks::Table {
                        aligns: Vec::new(),
                        header: std::iter::once(m.corner.clone())
                            .chain(m.col_labels.iter().cloned())
                            .map(|s| vec![Span::plain(s)])
                            .collect(),
                        rows: m
                            .row_labels
                            .iter()
                            .zip(&m.cells)
                            .map(|(l, r)| {
                                std::iter::once(l.clone())
                                    .chain(r.iter().cloned())
                                    .map(|s| vec![Span::plain(s)])
                                    .collect()
                            })
                            .collect(),
                    };
                    table::table(
                        &mut self.flow,
                        &t,
                        None,
                        x,
                        width,
                        self.max_height,
                        self.parent,
                    );
                }
            }
        }
    }

    /// A QR code, centred, as a tagged figure whose modules are its content. A content too
    /// long for a QR code is printed as text instead.
    fn qr(&mut self, content: &str, alt: &str, x: f32, width: f32) {
        let Some(m) = crate::backend::qr::Matrix::encode(content) else {
            self.verbatim(content, x, width);
            return;
        };
        let quiet = crate::backend::qr::QUIET_ZONE;
        let modules = (m.width() + 2 * quiet) as f32;
        let size = QR_SIZE.min(width).min(self.max_height);
        let unit = size / modules;
        let left = x + (width - size) / 2.0;
        let node = self.flow.open(
            StructKind::Figure {
                alt: alt.to_string(),
            },
            self.parent,
        );
        self.flow.gap(self.para_gap);
        let mut c = Chunk {
            height: size,
            ..Chunk::default()
        };
        for (mx, my, len) in m.runs() {
            c.figure_rect(
                left + (mx + quiet) as f32 * unit,
                (my + quiet) as f32 * unit,
                len as f32 * unit,
                unit,
                QR_INK,
                node,
            );
        }
        self.flow.push(c);
        self.flow.gap(self.para_gap);
    }

    fn verbatim(&mut self, code: &str, x: f32, width: f32) {
        let pad = 5.0;
        let style = TextStyle {
            size: CODE_SIZE,
            color: text::CODE_COLOR,
            bold: false,
            italic: false,
            hyphenate: false,
        };
        let mut lines = Vec::new();
        for src in code.split('\n') {
            let spans = [Span {
                text: src.to_string(),
                style: SpanStyle {
                    mono: true,
                    ..SpanStyle::default()
                },
            }];
            let set = set_lines(&spans, &style, width - 2.0 * pad);
            if set.is_empty() {
                lines.push(Line::default());
            } else {
                lines.extend(set);
            }
        }
        self.flow.gap(self.para_gap);
        let node = self.flow.open(StructKind::Paragraph, self.parent);
        let n = lines.len();
        for (i, line) in lines.iter().enumerate() {
            let top_pad = if i == 0 { pad } else { 0.0 };
            let bottom_pad = if i + 1 == n { pad } else { 0.0 };
            let height = CODE_LEADING + top_pad + bottom_pad;
            let mut c = Chunk {
                height,
                keep_with_next: n >= 2 && (i == 0 || i + 2 == n),
                ..Chunk::default()
            };
            c.rect(x, 0.0, width, height, CODE_FILL);
            // Code is set 8.5 pt mono at 0.9 scale already folded into the span style.
            c.line(
                line,
                x + pad,
                top_pad + baseline_in(CODE_LEADING, CODE_SIZE),
                Role::Body,
                Some(node),
            );
            self.flow.push(c);
        }
        self.flow.gap(self.para_gap);
    }

    fn list(&mut self, list: &List, x: f32, width: f32, depth: usize, color: Color) {
        let markers: Vec<String> = (0..list.items.len())
            .map(|i| {
                if let Some(Some(checked)) = list.checkboxes.get(i) {
                    // A checklist item: the box to tick on paper.
                    if *checked { "\u{2612}" } else { "\u{2610}" }.to_string()
                } else if list.ordered {
                    format!("{}{}", list.start.saturating_add(i), list.delimiter)
                } else {
                    match depth % 3 {
                        0 => "\u{2022}".to_string(),
                        1 => "\u{2013}".to_string(),
                        _ => "\u{25e6}".to_string(),
                    }
                }
            })
            .collect();
        let marker_w = markers
            .iter()
            .map(|m| text::measure(m, Face::Regular, BODY_SIZE))
            .fold(0.0f32, f32::max);
        let mut indent = if list.ordered {
            (marker_w + 7.0).max(18.0)
        } else {
            15.0
        };
        if width - indent < MIN_WIDTH {
            indent = 0.0;
        }
        let item_gap = if list.tight { TIGHT_ITEM_GAP } else { PARA_GAP };
        self.flow.gap(self.para_gap);
        let saved_parent = self.parent;
        let list_node = self.flow.open(
            StructKind::List {
                ordered: list.ordered,
            },
            saved_parent,
        );
        for (item, marker) in list.items.iter().zip(&markers) {
            self.flow.gap(item_gap);
            let first = self.flow.chunks.len();
            let item_node = self.flow.open(StructKind::ListItem, Some(list_node));
            let label = self.flow.open(StructKind::ListLabel, Some(item_node));
            // Paragraph gaps inside a tight item shrink to the item gap.
            let saved_gap = self.para_gap;
            self.para_gap = item_gap;
            self.parent = Some(self.flow.open(StructKind::ListBody, Some(item_node)));
            self.blocks(item, x + indent, width - indent, depth + 1, color);
            self.parent = saved_parent;
            self.para_gap = saved_gap;
            if self.flow.chunks.len() == first {
                // An empty item still shows its marker.
                self.flow.push(Chunk {
                    height: BODY_LEADING,
                    ..Chunk::default()
                });
            }
            let mlines = set_lines(
                &[Span::plain(marker.as_str())],
                &TextStyle {
                    size: BODY_SIZE,
                    color: if list.ordered { color } else { ACCENT },
                    bold: false,
                    italic: false,
                    hyphenate: false,
                },
                indent.max(MIN_WIDTH),
            );
            if let (Some(c), Some(ml)) = (self.flow.chunks.get_mut(first), mlines.first()) {
                let baseline = c
                    .first_baseline
                    .unwrap_or_else(|| baseline_in(BODY_LEADING, BODY_SIZE));
                let mx = if indent > 0.0 {
                    x + (indent - 5.0 - ml.width).max(0.0)
                } else {
                    x
                };
                let saved = c.first_baseline;
                // The marker is read before the item's content.
                let content = std::mem::take(&mut c.items);
                c.line(ml, mx, baseline, Role::Body, Some(label));
                c.items.extend(content);
                c.first_baseline = saved;
            }
        }
        self.flow.gap(self.para_gap);
    }
}

/// Adds the running header and footer to a page. Page 1 carries the title block, so its
/// header is left out.
fn furniture(page: &mut Page, g: &Geometry, title: &str, meta: &PdfMeta, no: usize, total: usize) {
    let x = g.margin_x;
    let w = g.body_width();
    let size = FURNITURE_SIZE;
    let header_base = g.body_top - 14.0;
    let footer_base = g.body_bottom + 22.0;
    let mut chunk = Chunk::default();

    if no > 1 {
        header(&mut chunk, title, meta.company.trim(), x, w, header_base);
    } else if let Some(brand) = &meta.letterhead {
        letterhead(&mut chunk, brand, g);
    }
    if let Some(line) = meta.letterhead.as_ref().and_then(|b| b.footer.as_deref()) {
        let line = truncate(line, Face::Regular, size, w);
        put(
            &mut chunk,
            &line,
            Face::Regular,
            x,
            footer_base + HEADER_LEADING,
            Role::Footer,
        );
    }

    chunk.rect(x, footer_base - 11.0, w, 0.5, RULE);
    let words = meta.furniture();
    let mut left = String::new();
    if !meta.version.trim().is_empty() {
        left.push_str(words.version);
        left.push(' ');
        left.push_str(meta.version.trim());
    }
    if !meta.stand.trim().is_empty() {
        if !left.is_empty() {
            left.push_str(" \u{00b7} ");
        }
        left.push_str(words.stand);
        left.push(' ');
        left.push_str(meta.stand.trim());
    }
    let right = format!("{} {no} {} {total}", words.page, words.of);
    let right_w = text::measure(&right, Face::Regular, size);
    let left = truncate(&left, Face::Regular, size, w - right_w - 18.0);
    put(
        &mut chunk,
        &left,
        Face::Regular,
        x,
        footer_base,
        Role::Footer,
    );
    put(
        &mut chunk,
        &right,
        Face::Regular,
        x + w - right_w,
        footer_base,
        Role::Footer,
    );
    page.items.extend(chunk.items);
}

/// A branded document: the accent colour replaces the neutral one, and the fills derived from
/// the neutral accent (table header, quote bar) become tints of the brand's colour.
fn recolour(pages: &mut [Page], accent: Color) {
    let tint = |share: f32| {
        let mix = |c: u8| (255.0 - (255.0 - f32::from(c)) * share).round() as u8;
        Color(mix(accent.0), mix(accent.1), mix(accent.2))
    };
    let (header_fill, quote_bar) = (tint(0.12), tint(0.45));
    let map = |c: &mut Color| {
        *c = match *c {
            ACCENT => accent,
            HEADER_FILL => header_fill,
            QUOTE_BAR => quote_bar,
            other => other,
        }
    };
    for page in pages {
        for item in &mut page.items {
            match item {
                Item::Text(run) => map(&mut run.color),
                Item::Rect(r) => map(&mut r.color),
                Item::Image(_) => {}
            }
        }
    }
}

/// Largest logo box of the letterhead (points): 50 mm wide, 12 mm high.
const LOGO_MAX: (f32, f32) = (50.0 * 72.0 / 25.4, 12.0 * 72.0 / 25.4);

/// The letterhead on the first page of a branded internal document: the logo at the right of
/// the header band, the sender's name, address and contact lines at the left.
fn letterhead(chunk: &mut Chunk, brand: &crate::brand::Brand, g: &Geometry) {
    let x = g.margin_x;
    let w = g.body_width();
    let band_top = g.furniture_top + 4.0;
    let mut text_w = w;
    if let Some(logo) = &brand.logo {
        let (max_w, max_h) = LOGO_MAX;
        let aspect = logo.aspect() as f32;
        let (lw, lh) = if aspect >= max_w / max_h {
            (max_w, max_w / aspect)
        } else {
            (max_h * aspect, max_h)
        };
        chunk.items.push(Item::Image(PlacedImage {
            x: x + w - lw,
            y: band_top,
            w: lw,
            h: lh,
            logo: std::sync::Arc::new(logo.clone()),
        }));
        text_w = w - lw - 18.0;
    }
    let mut baseline = band_top + FURNITURE_SIZE;
    let name = truncate(&brand.name, Face::Bold, FURNITURE_SIZE, text_w);
    put(chunk, &name, Face::Bold, x, baseline, Role::Header);
    for part in [&brand.address, &brand.contact] {
        if part.is_empty() {
            continue;
        }
        baseline += HEADER_LEADING;
        let line = truncate(
            &part.join(" \u{00b7} "),
            Face::Regular,
            FURNITURE_SIZE,
            text_w,
        );
        put(chunk, &line, Face::Regular, x, baseline, Role::Header);
    }
}

/// Leading of the running header when it needs more than one line.
const HEADER_LEADING: f32 = 9.5;

/// The running header: title left, company right, on the line above the rule at `base`.
/// When both do not fit side by side, the title gets its own line(s) above the company;
/// it is shortened only beyond two lines, the company only beyond one full line.
fn header(chunk: &mut Chunk, title: &str, company: &str, x: f32, w: f32, base: f32) {
    let size = FURNITURE_SIZE;
    let gap = 18.0;
    let company = truncate(company, Face::Regular, size, w);
    let company_w = text::measure(&company, Face::Regular, size);
    let title = text::sanitize(title.trim()).replace(['\n', '\u{00ad}'], " ");
    let title_w = text::measure(&title, Face::Bold, size);
    if company.is_empty() || title_w + gap + company_w <= w {
        let title = truncate(&title, Face::Bold, size, w);
        put(chunk, &title, Face::Bold, x, base, Role::Header);
    } else {
        let lines = set_lines(
            &[Span {
                text: title,
                style: SpanStyle {
                    bold: true,
                    ..SpanStyle::default()
                },
            }],
            &TextStyle {
                size,
                color: MUTED,
                bold: true,
                italic: false,
                hyphenate: true,
            },
            w,
        );
        let shown = lines.len().min(2);
        for (k, line) in lines.iter().take(shown).enumerate() {
            let baseline = base - (shown - k) as f32 * HEADER_LEADING;
            if k + 1 == shown && lines.len() > shown {
                let rest = line_text(line);
                let cut = truncate(&format!("{rest} \u{2026}"), Face::Bold, size, w);
                put(chunk, &cut, Face::Bold, x, baseline, Role::Header);
            } else {
                chunk.line(line, x, baseline, Role::Header, None);
            }
        }
    }
    put(
        chunk,
        &company,
        Face::Regular,
        x + w - company_w,
        base,
        Role::Header,
    );
    chunk.rect(x, base + 5.0, w, 0.5, RULE);
}

fn line_text(line: &Line) -> String {
    line.frags.iter().map(|f| &*f.text).collect()
}

fn put(chunk: &mut Chunk, s: &str, face: Face, x: f32, baseline: f32, role: Role) {
    if s.is_empty() {
        return;
    }
    let frags = text::frag(s, face, FURNITURE_SIZE, MUTED);
    let width = frags.iter().map(|f| f.width).sum();
    let line = Line {
        frags,
        width,
        forced: false,
    };
    chunk.line(&line, x, baseline, role, None);
}

/// Shortens `s` with an ellipsis until it fits `max` points. One pass of cumulative widths
/// and a binary search on the prefix, so the cost is linear in the length of `s`.
fn truncate(s: &str, face: Face, size: f32, max: f32) -> String {
    let s = text::sanitize(s).replace(['\n', '\u{00ad}'], " ");
    let ellipsis = text::measure("\u{2026}", face, size);
    // ends[k] = (byte end, width) of the prefix of k + 1 characters.
    let mut ends = Vec::with_capacity(s.len());
    let mut acc = 0.0f32;
    for (pos, c) in s.char_indices() {
        acc += text::measure(c.encode_utf8(&mut [0; 4]), face, size);
        ends.push((pos + c.len_utf8(), acc));
    }
    if acc <= max {
        return s;
    }
    // The longest prefix that leaves room for the ellipsis (widths only grow).
    let fit = ends.partition_point(|&(_, w)| w + ellipsis <= max);
    if fit == 0 {
        return if ellipsis <= max {
            "\u{2026}".to_string()
        } else {
            String::new()
        };
    }
    format!("{}\u{2026}", s[..ends[fit - 1].0].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_keeps_what_fits_and_marks_the_cut() {
        let s = "Bäckerei Sonnenschein GmbH";
        assert_eq!(truncate(s, Face::Regular, 8.0, 1000.0), s);
        let full = text::measure(s, Face::Regular, 8.0);
        let cut = truncate(s, Face::Regular, 8.0, full / 2.0);
        assert!(cut.ends_with('\u{2026}'), "{cut}");
        assert!(text::measure(&cut, Face::Regular, 8.0) <= full / 2.0);
        // One more character would not have fitted.
        let stem = cut.trim_end_matches('\u{2026}');
        let next: String = s.chars().take(stem.chars().count() + 1).collect();
        assert!(text::measure(&format!("{next}\u{2026}"), Face::Regular, 8.0) > full / 2.0);
        assert_eq!(truncate(s, Face::Regular, 8.0, 0.1), "");
    }

    #[test]
    fn truncate_handles_a_single_huge_word() {
        // 240,000 characters in one word (a shortening that re-measures per dropped character
        // would not finish); the result is the longest prefix that fits, plus the ellipsis.
        let long = "Sonnenschein".repeat(20_000);
        let cut = truncate(&long, Face::Regular, 8.0, 200.0);
        assert!(cut.ends_with('\u{2026}'));
        assert!(text::measure(&cut, Face::Regular, 8.0) <= 200.0);
        assert!(text::measure(&cut, Face::Regular, 8.0) > 190.0, "{cut}");
    }
}
