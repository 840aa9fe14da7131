//! Layout stage, memo: set paragraphs remembered per worker thread.
//!
//! Setting a paragraph ([`super::text::set_lines`]) and measuring a table cell
//! ([`super::text::min_widths`]) are pure functions of the spans, the paragraph style and the
//! width. Most of a pack is text every pack shares (the legal explanations, the table headers,
//! the measures), and one pack repeats itself between documents, so a batch sets the same
//! paragraph many times. Each worker thread keeps what it set; a hit returns exactly what a
//! miss computes, so the output does not depend on which thread did what, or in which order.
//!
//! The memo is bounded by the glyphs it holds, in two generations (see [`Memo`]): memory
//! stays flat however many profiles a batch has.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use super::text::{Line, MinWidths, Span, TextStyle};

/// Glyphs one generation may hold (with their text, fragments and keys some 40 bytes each):
/// enough for the text all packs share, a few megabytes per thread.
const GLYPH_BUDGET: usize = 400_000;

/// What a set depends on, owned.
#[derive(PartialEq)]
struct Key {
    spans: Vec<Span>,
    style: [u32; 3],
    width: u32,
}

/// Every field of the paragraph style as bits. The pattern names every field, so a field added
/// to [`TextStyle`] does not compile until it is part of the key.
fn style_bits(style: &TextStyle) -> [u32; 3] {
    let TextStyle {
        size,
        color,
        bold,
        italic,
        hyphenate,
    } = *style;
    [
        size.to_bits(),
        u32::from_be_bytes([color.0, color.1, color.2, 0]),
        u32::from(bold) | u32::from(italic) << 1 | u32::from(hyphenate) << 2,
    ]
}

fn hash_of(spans: &[Span], style: &[u32; 3], width: u32) -> u64 {
    let mut h = FxHasher::default();
    spans.hash(&mut h);
    style.hash(&mut h);
    width.hash(&mut h);
    h.finish()
}

fn same(key: &Key, spans: &[Span], style: &[u32; 3], width: u32) -> bool {
    key.spans == spans && key.style == *style && key.width == width
}

/// Remembered results by hash of their key; equal hashes are told apart by the whole key.
struct Table<V>(FxHashMap<u64, Vec<(Key, V)>>);

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table(FxHashMap::default())
    }
}

impl<V: Clone> Table<V> {
    fn get(&self, h: u64, spans: &[Span], style: &[u32; 3], width: u32) -> Option<V> {
        self.0
            .get(&h)
            .and_then(|v| v.iter().find(|(k, _)| same(k, spans, style, width)))
            .map(|(_, v)| v.clone())
    }

    fn insert(&mut self, h: u64, key: Key, value: V) {
        self.0.entry(h).or_default().push((key, value));
    }
}

/// One generation of the memo.
#[derive(Default)]
struct Generation {
    lines: Table<Vec<Line>>,
    widths: Table<MinWidths>,
    glyphs: usize,
}

/// Two generations: new results go into the young one; when it is full it becomes the old one
/// and the previous old one is dropped. A result found in the old generation moves back into
/// the young one, so text that recurs in every pack (the legal explanations) stays while
/// text of one company (its name, its addresses) ages out.
#[derive(Default)]
struct Memo {
    young: Generation,
    old: Generation,
}

impl Memo {
    /// Makes room for `cost` more glyphs in the young generation, ageing it when full.
    fn reserve(&mut self, cost: usize) {
        if self.young.glyphs + cost > GLYPH_BUDGET {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.glyphs += cost;
    }
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

fn span_cost(spans: &[Span]) -> usize {
    spans.iter().map(|s| s.text.len()).sum::<usize>() + 1
}

fn glyph_count(lines: &[Line]) -> usize {
    lines
        .iter()
        .flat_map(|l| &l.frags)
        .map(|f| f.glyphs.len())
        .sum()
}

fn key(spans: &[Span], style: [u32; 3], width: u32) -> Key {
    Key {
        spans: spans.to_vec(),
        style,
        width,
    }
}

/// The lines of `spans` set `width` wide: remembered, or computed by `set` and remembered.
pub fn lines(
    spans: &[Span],
    style: &TextStyle,
    width: f32,
    set: impl FnOnce() -> Vec<Line>,
) -> Vec<Line> {
    let cost = |lines: &Vec<Line>| glyph_count(lines) + span_cost(spans);
    remembered(|g| &mut g.lines, spans, style, width.to_bits(), cost, set)
}

/// The minimum widths of `spans`: remembered, or computed by `measure` and remembered.
pub fn min_widths(
    spans: &[Span],
    style: &TextStyle,
    measure: impl FnOnce() -> MinWidths,
) -> MinWidths {
    let cost = |_: &MinWidths| span_cost(spans);
    remembered(|g| &mut g.widths, spans, style, 0, cost, measure)
}

/// The value for a key in the table `table` picks from a generation: from the young
/// generation as it is; from the old one, or computed by `compute`, and then (re)inserted into
/// the young one at `cost` glyphs.
fn remembered<V: Clone>(
    table: fn(&mut Generation) -> &mut Table<V>,
    spans: &[Span],
    style: &TextStyle,
    width: u32,
    cost: impl FnOnce(&V) -> usize,
    compute: impl FnOnce() -> V,
) -> V {
    let bits = style_bits(style);
    let h = hash_of(spans, &bits, width);
    let found = MEMO.with_borrow_mut(|m| match table(&mut m.young).get(h, spans, &bits, width) {
        Some(v) => Ok(v),
        None => Err(table(&mut m.old).get(h, spans, &bits, width)),
    });
    // `compute` runs outside the memo's borrow.
    let value = match found {
        Ok(young) => return young,
        Err(old) => old.unwrap_or_else(compute),
    };
    MEMO.with_borrow_mut(|m| {
        m.reserve(cost(&value));
        table(&mut m.young).insert(h, key(spans, bits, width), value.clone());
    });
    value
}

#[cfg(test)]
mod tests {
    use super::super::text::tests::body as style;
    use super::*;

    #[test]
    fn a_remembered_set_is_returned_for_equal_input_only() {
        let spans = vec![Span::plain("Verarbeitung personenbezogener Daten")];
        let mut calls = 0;
        let mut set = |w: f32| {
            lines(&spans, &style(), w, || {
                calls += 1;
                super::super::text::set_lines(&[], &style(), w)
            })
        };
        set(100.0);
        set(100.0);
        set(101.0);
        assert_eq!(
            calls, 2,
            "the second call at 100 pt is a hit, 101 pt is not"
        );
        let bold = TextStyle {
            bold: true,
            ..style()
        };
        let mut bold_calls = 0;
        lines(&spans, &bold, 100.0, || {
            bold_calls += 1;
            Vec::new()
        });
        assert_eq!(bold_calls, 1, "another style is another key");
    }

    #[test]
    fn a_full_generation_ages_and_the_one_before_is_dropped() {
        let mut m = Memo::default();
        let k = || key(&[Span::plain("x")], [0; 3], 0);
        m.reserve(GLYPH_BUDGET - 10);
        m.young.widths.insert(1, k(), MinWidths::default());
        m.reserve(5);
        assert_eq!(m.young.glyphs, GLYPH_BUDGET - 5);
        m.reserve(6);
        assert_eq!(m.young.glyphs, 6, "overflow starts a new young generation");
        assert!(m.young.widths.0.is_empty());
        assert_eq!(
            m.old.widths.0.len(),
            1,
            "the full one is kept as the old generation"
        );
        m.reserve(GLYPH_BUDGET);
        assert!(
            m.old.widths.0.is_empty(),
            "and dropped at the next overflow"
        );
    }
}
