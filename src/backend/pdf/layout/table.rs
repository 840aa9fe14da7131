//! Layout stage, tables and the risk matrix figure.
//!
//! Tables take the full text width. Each column needs a floor (its header's widest word), a
//! minimum (the widest unit of its cells after hyphenation, so no word breaks without a
//! hyphen) and a natural width; [`column_widths`] shares the width out from these, and tables
//! with the same header share one grid. Each row is one chunk (rows are not split unless a
//! single row is taller than a page), and the header row is repeated after a page break.

use crate::backend::pdf::display::{Color, NodeId, Role, Scope, StructKind};
use crate::backend::pdf::fonts::Face;

use super::blocks::{Align, RiskMatrix, Table};
use super::flow::{Chunk, Flow, baseline_in};
use super::style::*;
use super::text::{self, Line, Span, TextStyle, set_lines};

fn cell_style(header: bool) -> TextStyle {
    TextStyle {
        size: CELL_SIZE,
        color: if header { ACCENT } else { TEXT },
        bold: header,
        italic: false,
        // Header cells are labels: their words stay whole.
        hyphenate: !header,
    }
}

/// Body rows with more lines than this may be split across pages.
const SPLIT_ROW_LINES: usize = 6;

/// Narrowest column any table gets (padding included).
const MIN_COLUMN: f32 = 2.0 * CELL_PAD_X + 12.0;

/// What a column needs, padding included.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColumnNeed {
    /// Never given up: the widest word of the header cell.
    pub floor: f32,
    /// No forced break below this: the widest unit of any cell after hyphenation.
    pub min: f32,
    /// No hyphen below this: the widest whole word of any body cell.
    pub word: f32,
    /// Every body cell on one line (the header may wrap between words).
    pub natural: f32,
}

impl Default for ColumnNeed {
    fn default() -> ColumnNeed {
        ColumnNeed {
            floor: MIN_COLUMN,
            min: MIN_COLUMN,
            word: MIN_COLUMN,
            natural: MIN_COLUMN,
        }
    }
}

/// Natural (unwrapped) width of a cell: its widest hard line.
fn natural_width(spans: &[Span], header: bool) -> f32 {
    let mut natural: f32 = 0.0;
    let mut line: f32 = 0.0;
    for s in spans {
        let face = Face::select(header || s.style.bold, s.style.italic, s.style.mono);
        let size = if s.style.mono {
            CELL_SIZE * text::MONO_SCALE
        } else {
            CELL_SIZE
        };
        for (k, part) in s.text.split('\n').enumerate() {
            if k > 0 {
                natural = natural.max(line);
                line = 0.0;
            }
            line += text::measure(part, face, size);
        }
    }
    natural.max(line)
}

/// Number of columns of a table.
pub fn column_count(t: &Table) -> usize {
    t.aligns
        .len()
        .max(t.header.len())
        .max(t.rows.iter().map(Vec::len).max().unwrap_or(0))
        .max(1)
}

/// What each column of `t` needs.
pub fn column_needs(t: &Table) -> Vec<ColumnNeed> {
    let pad = 2.0 * CELL_PAD_X;
    let mut needs = vec![ColumnNeed::default(); column_count(t)];
    for (c, cell) in t.header.iter().enumerate().take(needs.len()) {
        let whole = text::min_widths(cell, &cell_style(true)).whole + pad;
        let n = &mut needs[c];
        // A header may wrap between its words: it sets the floor, but the body decides
        // how much more room the column wants.
        n.floor = n.floor.max(whole);
        n.min = n.min.max(whole);
    }
    for row in &t.rows {
        for (c, cell) in row.iter().enumerate().take(needs.len()) {
            let n = &mut needs[c];
            let widths = text::min_widths(cell, &cell_style(false));
            n.min = n.min.max(widths.split + pad);
            n.word = n.word.max(widths.whole + pad);
            n.natural = n.natural.max(natural_width(cell, false) + pad);
        }
    }
    for n in &mut needs {
        n.min = n.min.max(n.floor);
        n.word = n.word.max(n.min);
        n.natural = n.natural.max(n.word);
    }
    needs
}

/// Joins the needs of another table of the same series (column by column, the larger).
pub fn merge_needs(into: &mut [ColumnNeed], other: &[ColumnNeed]) {
    for (a, b) in into.iter_mut().zip(other) {
        a.floor = a.floor.max(b.floor);
        a.min = a.min.max(b.min);
        a.word = a.word.max(b.word);
        a.natural = a.natural.max(b.natural);
    }
}

/// Shares `avail` out: every column gets `base`, the rest goes in proportion to how much
/// more than `base` each column would like (`want`).
fn share(base: &[f32], want: &[f32], avail: f32) -> Vec<f32> {
    let spare = avail - base.iter().sum::<f32>();
    let flex: f32 = want.iter().zip(base).map(|(w, b)| (w - b).max(0.0)).sum();
    base.iter()
        .zip(want)
        .map(|(b, w)| {
            if flex > 0.0 {
                b + spare * (w - b).max(0.0) / flex
            } else {
                b + spare / base.len().max(1) as f32
            }
        })
        .collect()
}

/// Column widths (padding included) filling `avail`: natural widths when they fit; else
/// every column at least its widest whole word, or failing that its minimum, and the rest to the columns with more text; when even
/// the minimums overflow, header words stay whole and the body columns give way in
/// proportion to what they lack.
pub fn column_widths(needs: &[ColumnNeed], avail: f32) -> Vec<f32> {
    let floor: Vec<f32> = needs.iter().map(|n| n.floor).collect();
    let min: Vec<f32> = needs.iter().map(|n| n.min).collect();
    let natural: Vec<f32> = needs.iter().map(|n| n.natural).collect();
    let sum = |v: &[f32]| v.iter().sum::<f32>();
    if sum(&natural) <= avail {
        let total = sum(&natural).max(1.0);
        return natural.iter().map(|n| n * avail / total).collect();
    }
    // Whole words first: a label column ("Datenkategorien") is not hyphenated while the
    // text column beside it has room to give.
    let word: Vec<f32> = needs.iter().map(|n| n.word).collect();
    if sum(&word) <= avail {
        return share(&word, &natural, avail);
    }
    if sum(&min) <= avail {
        return share(&min, &natural, avail);
    }
    if sum(&floor) <= avail {
        return share(&floor, &min, avail);
    }
    // Even the header words overflow: every column keeps room for a character or two.
    let least = vec![MIN_COLUMN.min(avail / needs.len().max(1) as f32); needs.len()];
    share(&least, &floor, avail)
}

/// How the cells of a table are tagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Headers {
    /// The header row heads the columns.
    Columns,
    /// The header row has text only in its first cell: it is a caption, and the first
    /// column heads the rows.
    Caption,
    /// The header row's first cell is empty: it heads the columns, and the first column
    /// heads the rows.
    Both,
}

fn headers_of(t: &Table) -> Headers {
    let filled: Vec<bool> = t
        .header
        .iter()
        .map(|c| c.iter().any(|s| !s.text.trim().is_empty()))
        .collect();
    match filled.split_first() {
        Some((true, rest)) if !rest.is_empty() && rest.iter().all(|f| !f) => Headers::Caption,
        Some((false, rest)) if rest.iter().any(|f| *f) => Headers::Both,
        _ => Headers::Columns,
    }
}

/// Opens a row and its cells; `first_heads_row` makes the first cell a row header.
fn row_nodes(
    flow: &mut Flow,
    table: NodeId,
    ncols: usize,
    header_row: bool,
    first_heads_row: bool,
) -> Vec<Option<NodeId>> {
    let row = flow.open(StructKind::TableRow, Some(table));
    (0..ncols)
        .map(|c| {
            let kind = if header_row {
                StructKind::HeaderCell(Scope::Column)
            } else if c == 0 && first_heads_row {
                StructKind::HeaderCell(Scope::Row)
            } else {
                StructKind::Cell
            };
            Some(flow.open(kind, Some(row)))
        })
        .collect()
}

/// Lays out a table into `flow` at `x` with `width`; `max_height` is the body frame height.
/// `needs` are the column needs of the table's series (tables with the same header share
/// one grid); `None` uses the table's own.
#[allow(clippy::too_many_arguments)]
pub fn table(
    flow: &mut Flow,
    t: &Table,
    needs: Option<&[ColumnNeed]>,
    x: f32,
    width: f32,
    max_height: f32,
    parent: Option<NodeId>,
) {
    let ncols = column_count(t);
    let own;
    let needs = match needs {
        Some(n) if n.len() == ncols => n,
        _ => {
            own = column_needs(t);
            &own
        }
    };
    let widths = column_widths(needs, width);
    let aligns: Vec<Align> = (0..ncols)
        .map(|c| t.aligns.get(c).copied().unwrap_or(Align::Left))
        .collect();
    let has_header = t
        .header
        .iter()
        .any(|c| c.iter().any(|s| !s.text.trim().is_empty()));

    flow.gap(TABLE_GAP);
    let headers = headers_of(t);
    let table_node = flow.open(StructKind::Table, parent);
    let mut header_idx = None;
    let mut header_height = 0.0;
    if has_header {
        let nodes = if headers == Headers::Caption {
            let caption = Some(flow.open(StructKind::Caption, Some(table_node)));
            vec![caption; ncols]
        } else {
            row_nodes(flow, table_node, ncols, true, false)
        };
        let lines = set_row(&t.header, &widths, true);
        let mut chunks = row_chunks(&lines, &widths, &aligns, x, true, max_height, &nodes);
        // A header taller than a page is pathological: keep only its first slice as header.
        let mut first = chunks.remove(0);
        header_height = first.height;
        first.keep_with_next = true;
        header_idx = Some(flow.push(first));
        for c in chunks {
            flow.push(c);
        }
    }
    let limit = (max_height - header_height).max(CELL_LEADING + 2.0 * CELL_PAD_Y);
    let n = t.rows.len();
    let first_heads_row = headers != Headers::Columns;
    for (r, row) in t.rows.iter().enumerate() {
        let nodes = row_nodes(flow, table_node, ncols, false, first_heads_row);
        let lines = set_row(row, &widths, false);
        let chunks = row_chunks(&lines, &widths, &aligns, x, false, limit, &nodes);
        let slices = chunks.len();
        for (k, mut c) in chunks.into_iter().enumerate() {
            c.table_header = header_idx;
            if !has_header && r == 0 && k == 0 {
                c.rect(x, 0.0, width, 0.9, ACCENT);
            }
            if r + 1 == n && k + 1 == slices {
                c.rect(x, c.height - 0.9, width, 0.9, ACCENT);
            }
            flow.push(c);
        }
    }
    flow.gap(TABLE_GAP);
}

fn set_row(row: &[Vec<Span>], widths: &[f32], header: bool) -> Vec<Vec<Line>> {
    widths
        .iter()
        .enumerate()
        .map(|(c, w)| {
            row.get(c).map_or_else(Vec::new, |spans| {
                set_lines(spans, &cell_style(header), w - 2.0 * CELL_PAD_X)
            })
        })
        .collect()
}

/// One chunk per row, or several slices if the row is taller than `limit`.
fn row_chunks(
    cells: &[Vec<Line>],
    widths: &[f32],
    aligns: &[Align],
    x: f32,
    header: bool,
    limit: f32,
    nodes: &[Option<NodeId>],
) -> Vec<Chunk> {
    let total: f32 = widths.iter().sum();
    let rows = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    // A tall body row may continue on the next page (line by line, never leaving a single
    // line behind or alone), so it does not leave a gap; a short row stays whole.
    let per_slice = if !header && rows > SPLIT_ROW_LINES {
        1
    } else {
        (((limit - 2.0 * CELL_PAD_Y) / CELL_LEADING).floor() as usize).max(1)
    };
    let slices = rows.div_ceil(per_slice);
    let mut out = Vec::with_capacity(slices);
    for s in 0..slices {
        let from = s * per_slice;
        let to = (from + per_slice).min(rows);
        let top_pad = if s == 0 { CELL_PAD_Y } else { 0.0 };
        let bottom_pad = if s + 1 == slices { CELL_PAD_Y } else { 0.0 };
        let height = (to - from) as f32 * CELL_LEADING + top_pad + bottom_pad;
        let mut chunk = Chunk {
            height,
            keep_with_next: per_slice == 1 && slices > 1 && (s == 0 || s + 2 == slices),
            ..Chunk::default()
        };
        if header {
            chunk.rect(x, 0.0, total, height, HEADER_FILL);
            chunk.rect(x, 0.0, total, 0.9, ACCENT);
        }
        let mut cx = x;
        for (c, lines) in cells.iter().enumerate() {
            let w = widths.get(c).copied().unwrap_or(0.0);
            let inner = w - 2.0 * CELL_PAD_X;
            for (k, line) in lines.iter().enumerate().take(to).skip(from) {
                let dx = match aligns.get(c) {
                    Some(Align::Right) => (inner - line.width).max(0.0),
                    Some(Align::Center) => ((inner - line.width) / 2.0).max(0.0),
                    _ => 0.0,
                };
                let baseline = top_pad
                    + (k - from) as f32 * CELL_LEADING
                    + baseline_in(CELL_LEADING, CELL_SIZE);
                let node = nodes.get(c).copied().flatten();
                chunk.line(
                    line,
                    cx + CELL_PAD_X + dx,
                    baseline,
                    Role::Cell(header),
                    node,
                );
            }
            cx += w;
        }
        if s + 1 == slices {
            let (rule_h, rule_c) = if header { (0.7, ACCENT) } else { (0.4, RULE) };
            chunk.rect(x, height - rule_h, total, rule_h, rule_c);
        }
        out.push(chunk);
    }
    out
}

/// Fill colour, text colour and German name of a risk class.
pub fn risk_class(class: u8) -> (Color, Color, &'static str) {
    match class {
        0 => (
            Color(0xdf, 0xf0, 0xd8),
            Color(0x1e, 0x4d, 0x1e),
            "geringes Risiko",
        ),
        1 => (Color(0xf5, 0xbf, 0x4f), Color(0x3d, 0x2a, 0x00), "Risiko"),
        _ => (
            Color(0xa8, 0x24, 0x1c),
            Color(0xff, 0xff, 0xff),
            "hohes Risiko",
        ),
    }
}

fn one_line(text: &str, size: f32, bold: bool, color: Color, width: f32) -> Vec<Line> {
    set_lines(
        &[Span::plain(text)],
        &TextStyle {
            size,
            color,
            bold,
            italic: false,
            hyphenate: false,
        },
        width,
    )
}

/// Size of every label in the matrix (axis titles, row and column labels, class names).
const MATRIX_LABEL: f32 = 8.0;

/// Names of the row and the column axis: the corner cell "Schwere / Eintrittswahrscheinlichkeit"
/// names both; a corner without a slash names the rows.
pub fn axes(m: &RiskMatrix) -> (String, String) {
    let corner = m.corner.trim();
    match corner.split_once('/') {
        Some((rows, cols)) if !rows.trim().is_empty() && !cols.trim().is_empty() => {
            (rows.trim().to_string(), cols.trim().to_string())
        }
        _ if !corner.is_empty() => (corner.to_string(), "Eintrittswahrscheinlichkeit".into()),
        _ => ("Schwere".into(), "Eintrittswahrscheinlichkeit".into()),
    }
}

/// The alternative text of the matrix: its axes and, per filled cell, the risks with their
/// position and class, so a screen reader gets everything the drawing shows.
pub fn matrix_alt_text(m: &RiskMatrix) -> String {
    let (rows, cols) = axes(m);
    let mut out = format!(
        "Risikomatrix: {rows} in den Zeilen ({}), {cols} in den Spalten ({}).",
        m.row_labels.join(", "),
        m.col_labels.join(", ")
    );
    let mut any = false;
    for (r, row) in m.cells.iter().enumerate() {
        for (c, ids) in row.iter().enumerate() {
            if ids.trim().is_empty() {
                continue;
            }
            any = true;
            let class = m
                .classes
                .get(r)
                .and_then(|x| x.get(c))
                .copied()
                .unwrap_or(1);
            out.push_str(&format!(
                " {}: {rows} {}, {cols} {}, {}.",
                ids.trim(),
                m.row_labels.get(r).map_or("", String::as_str),
                m.col_labels.get(c).map_or("", String::as_str),
                risk_class(class).2
            ));
        }
    }
    if !any {
        out.push_str(" Keine Risiken eingetragen.");
    }
    out
}

/// Set text of one matrix cell: risk ID lines, class-name lines, class.
type MatrixCell = (Vec<Line>, Vec<Line>, u8);

/// Lays out the risk matrix as one figure chunk, its text as content of `node`.
pub fn risk_matrix(flow: &mut Flow, m: &RiskMatrix, x: f32, width: f32, node: Option<NodeId>) {
    let cols = m.col_labels.len().max(1);
    let rows = m.row_labels.len().max(1);
    let fig_w = width.min(430.0);
    let x0 = x + (width - fig_w) / 2.0;
    let label_w = (fig_w * 0.22).min(100.0);
    let cell_w = (fig_w - label_w) / cols as f32;
    let label_size = MATRIX_LABEL;
    let (row_axis, col_axis) = axes(m);
    let label_lead = 10.0;

    let mut chunk = Chunk::default();
    let mut y = 0.0;

    // Axis title above the columns.
    // Axis titles name the direction by the data, not by an arrow that may read wrongly.
    let axis_title = match m.col_labels.first() {
        Some(first) if !first.is_empty() => format!("{col_axis} (links: {first})"),
        _ => col_axis.clone(),
    };
    let axis = one_line(&axis_title, label_size, true, ACCENT, fig_w - label_w);
    for line in &axis {
        let dx = ((fig_w - label_w) - line.width).max(0.0) / 2.0;
        chunk.line(
            line,
            x0 + label_w + dx,
            y + baseline_in(label_lead, label_size),
            Role::Figure,
            node,
        );
        y += label_lead;
    }
    y += 2.0;

    // Column labels (wrapped), corner label.
    let col_lines: Vec<Vec<Line>> = m
        .col_labels
        .iter()
        .map(|l| one_line(l, label_size, false, TEXT, cell_w - 4.0))
        .collect();
    let corner = match m.row_labels.first() {
        Some(first) if !first.is_empty() => format!("{row_axis} (oben: {first})"),
        _ => row_axis.clone(),
    };
    let corner_lines = one_line(&corner, label_size, true, ACCENT, label_w - 6.0);
    let head_rows = col_lines
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(corner_lines.len()))
        .max()
        .unwrap_or(1)
        .max(1);
    let head_h = head_rows as f32 * label_lead;
    for (c, lines) in col_lines.iter().enumerate() {
        let cx = x0 + label_w + c as f32 * cell_w;
        let top = y + head_h - lines.len() as f32 * label_lead;
        for (k, line) in lines.iter().enumerate() {
            let dx = (cell_w - line.width).max(0.0) / 2.0;
            chunk.line(
                line,
                cx + dx,
                top + k as f32 * label_lead + baseline_in(label_lead, label_size),
                Role::Figure,
                node,
            );
        }
    }
    let ctop = y + head_h - corner_lines.len() as f32 * label_lead;
    for (k, line) in corner_lines.iter().enumerate() {
        chunk.line(
            line,
            x0,
            ctop + k as f32 * label_lead + baseline_in(label_lead, label_size),
            Role::Figure,
            node,
        );
    }
    y += head_h + 3.0;

    // The grid: every cell as tall as the fullest one needs.
    let id_lead = 11.0;
    let name_lead = 9.5;
    let cell_text: Vec<Vec<MatrixCell>> = (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| {
                    let class = m.class_at(r, c);
                    let (_, ink, name) = risk_class(class);
                    let ids = m.ids_at(r, c);
                    let id_lines = if ids.is_empty() {
                        Vec::new()
                    } else {
                        one_line(ids, 9.0, true, ink, cell_w - 6.0)
                    };
                    (
                        id_lines,
                        one_line(name, MATRIX_LABEL, false, ink, cell_w - 4.0),
                        class,
                    )
                })
                .collect()
        })
        .collect();
    let fullest = cell_text
        .iter()
        .flatten()
        .map(|(ids, names, _)| ids.len() as f32 * id_lead + names.len() as f32 * name_lead)
        .fold(0.0f32, f32::max);
    let cell_h = (fullest + 10.0).max(40.0);
    for (r, row) in cell_text.iter().enumerate() {
        let ry = y + r as f32 * cell_h;
        let label = m.row_labels.get(r).map(String::as_str).unwrap_or("");
        let lines = one_line(label, label_size, false, TEXT, label_w - 6.0);
        let lt = ry + (cell_h - lines.len() as f32 * label_lead).max(0.0) / 2.0;
        for (k, line) in lines.iter().enumerate() {
            chunk.line(
                line,
                x0,
                lt + k as f32 * label_lead + baseline_in(label_lead, label_size),
                Role::Figure,
                node,
            );
        }
        for (c, (id_lines, name_lines, class)) in row.iter().enumerate() {
            let (fill, _, _) = risk_class(*class);
            let cx = x0 + label_w + c as f32 * cell_w;
            chunk.rect(cx + 1.0, ry + 1.0, cell_w - 2.0, cell_h - 2.0, fill);
            let block_h = id_lines.len() as f32 * id_lead + name_lines.len() as f32 * name_lead;
            let mut ty = ry + ((cell_h - block_h) / 2.0).max(2.0);
            for line in id_lines {
                let dx = (cell_w - line.width).max(0.0) / 2.0;
                chunk.line(
                    line,
                    cx + dx,
                    ty + baseline_in(id_lead, 9.0),
                    Role::Figure,
                    node,
                );
                ty += id_lead;
            }
            for line in name_lines {
                let dx = (cell_w - line.width).max(0.0) / 2.0;
                chunk.line(
                    line,
                    cx + dx,
                    ty + baseline_in(name_lead, MATRIX_LABEL),
                    Role::Figure,
                    node,
                );
                ty += name_lead;
            }
        }
    }
    y += rows as f32 * cell_h + 8.0;

    // Legend, wrapping onto further rows in a narrow column.
    let mut lx = x0 + label_w;
    for class in 0..3u8 {
        let (fill, _, name) = risk_class(class);
        let lines = one_line(name, MATRIX_LABEL, false, TEXT, 120.0);
        let Some(line) = lines.first() else {
            continue;
        };
        if lx > x0 + label_w && lx + 13.0 + line.width > x0 + fig_w {
            lx = x0 + label_w;
            y += 14.0;
        }
        chunk.rect(lx, y + 1.5, 9.0, 9.0, fill);
        chunk.line(
            line,
            lx + 13.0,
            y + baseline_in(12.0, MATRIX_LABEL),
            Role::Figure,
            node,
        );
        lx += 13.0 + line.width + 16.0;
    }
    y += 14.0;
    chunk.height = y;
    flow.gap(TABLE_GAP);
    flow.push(chunk);
    flow.gap(TABLE_GAP);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const AVAIL: f32 = 453.5;

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Nr.".to_string()),
            Just("Frist".to_string()),
            Just("WhatsApp".to_string()),
            Just("Datenverarbeitungsbedingungen".to_string()),
            Just("Auftragsverarbeitungsvertrag".to_string()),
            Just("16.\u{a0}Februar\u{a0}2024".to_string()),
            Just("Art.\u{a0}28 Abs.\u{a0}3".to_string()),
            Just("https://www.whatsapp.com/legal/business-data-processing-terms".to_string()),
            Just("EW-WERBUNG-1.0-20153a".to_string()),
            "[a-zäöüß]{1,24}",
            "[A-Z][a-zäöü]{2,30}",
            "[0-9]{1,12}",
        ]
    }

    fn cell() -> impl Strategy<Value = Vec<Span>> {
        prop::collection::vec(word(), 0..12).prop_map(|w| {
            if w.is_empty() {
                Vec::new()
            } else {
                vec![Span::plain(w.join(" "))]
            }
        })
    }

    fn table() -> impl Strategy<Value = Table> {
        (1usize..7).prop_flat_map(|cols| {
            (
                prop::collection::vec(
                    prop::collection::vec(word(), 0..3)
                        .prop_map(|w| vec![Span::plain(w.join(" "))]),
                    cols,
                ),
                prop::collection::vec(prop::collection::vec(cell(), cols), 1..5),
            )
                .prop_map(|(header, rows)| Table {
                    aligns: Vec::new(),
                    header,
                    rows,
                })
        })
    }

    fn forced_lines(t: &Table, widths: &[f32], header: bool) -> Vec<String> {
        let rows: Vec<&Vec<Vec<Span>>> = if header {
            vec![&t.header]
        } else {
            t.rows.iter().collect()
        };
        let mut out = Vec::new();
        for row in rows {
            for (c, lines) in set_row(row, widths, header).iter().enumerate() {
                for l in lines {
                    assert!(
                        l.width <= widths[c] - 2.0 * CELL_PAD_X + 0.05,
                        "line wider than column {c}"
                    );
                    if l.forced {
                        out.push(l.frags.iter().map(|f| &*f.text).collect());
                    }
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Whenever the columns' minimums fit the text width, no cell line ends inside a
        /// word without a hyphen; header words stay whole whenever the header floors fit.
        #[test]
        fn no_forced_break_when_the_minimums_fit(t in table()) {
            let needs = column_needs(&t);
            let widths = column_widths(&needs, AVAIL);
            prop_assert!((widths.iter().sum::<f32>() - AVAIL).abs() < 0.1);
            let floors: f32 = needs.iter().map(|n| n.floor).sum();
            let mins: f32 = needs.iter().map(|n| n.min).sum();
            if floors <= AVAIL {
                for (w, n) in widths.iter().zip(&needs) {
                    prop_assert!(*w + 0.01 >= n.floor, "column below its header word");
                }
                let broken = forced_lines(&t, &widths, true);
                prop_assert!(broken.is_empty(), "header broken: {:?}", broken);
            }
            let broken = forced_lines(&t, &widths, false);
            if mins <= AVAIL {
                prop_assert!(broken.is_empty(), "forced breaks {:?} with widths {:?}", broken, widths);
            }
        }
    }

    #[test]
    fn a_word_wider_than_the_text_is_the_only_forced_break() {
        let huge = "x".repeat(200);
        let t = Table {
            aligns: Vec::new(),
            header: vec![vec![Span::plain("Nr.")], vec![Span::plain("Inhalt")]],
            rows: vec![vec![vec![Span::plain("1")], vec![Span::plain(huge)]]],
        };
        let widths = column_widths(&column_needs(&t), AVAIL);
        assert!(forced_lines(&t, &widths, true).is_empty());
        assert!(!forced_lines(&t, &widths, false).is_empty());
    }

    #[test]
    fn narrow_columns_keep_their_header_and_text_columns_get_the_room() {
        let long =
            "Fassung zum Zeitpunkt der Annahme bzw. des Abrufs (kein Datum bestätigt) ".repeat(3);
        let t = Table {
            aligns: Vec::new(),
            header: ["Nr.", "Dokument", "Fassung", "Frist", "Verantwortlich"]
                .iter()
                .map(|h| vec![Span::plain(*h)])
                .collect(),
            rows: vec![
                ["1", "Bedingungen zur Datenverarbeitung", &long, "", ""]
                    .iter()
                    .map(|c| vec![Span::plain(*c)])
                    .collect(),
            ],
        };
        let needs = column_needs(&t);
        let widths = column_widths(&needs, AVAIL);
        assert!(forced_lines(&t, &widths, true).is_empty(), "{widths:?}");
        assert!(
            widths[2] > widths[0] && widths[2] > widths[3] && widths[2] > widths[4],
            "{widths:?}"
        );
        // Empty form columns get no more than their header needs.
        assert!((widths[3] - needs[3].floor).abs() < 0.5, "{widths:?}");
    }
}
