//! Layout stage, memo: set paragraphs remembered per worker thread.
//!
//! Setting a paragraph ([`super::text::set_lines`]) and measuring a table cell
//! ([`super::text::min_widths`]) are pure functions of the spans, the paragraph style and the
//! width. Most of a pack is text every pack shares (the legal explanations, the table headers,
//! the measures), and one pack repeats itself between documents, so a batch sets the same
//! paragraph many times. Each worker thread keeps what it set; a hit returns exactly what a
//! miss computes, so the output does not depend on which thread did what, or in which order.
//!
//! The memo is bounded by the glyphs it holds and is emptied when full: memory stays flat
//! however many profiles a batch has.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use super::text::{Line, MinWidths, Span, TextStyle};

/// Glyphs (about 40 bytes each with their text and fragment share) one thread may hold: a
/// few megabytes.
const GLYPH_BUDGET: usize = 1_000_000;

/// What a set depends on, owned.
#[derive(PartialEq)]
struct Key {
    spans: Vec<Span>,
    style: [u32; 3],
    width: u32,
}

fn style_bits(style: &TextStyle) -> [u32; 3] {
    let c = style.color;
    [
        style.size.to_bits(),
        u32::from_be_bytes([c.0, c.1, c.2, 0]),
        u32::from(style.bold) | u32::from(style.italic) << 1 | u32::from(style.hyphenate) << 2,
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

#[derive(Default)]
struct Memo {
    lines: FxHashMap<u64, Vec<(Key, Vec<Line>)>>,
    widths: FxHashMap<u64, Vec<(Key, MinWidths)>>,
    glyphs: usize,
}

impl Memo {
    /// Makes room for `cost` more glyphs, emptying the memo when it would overflow.
    fn reserve(&mut self, cost: usize) {
        if self.glyphs + cost > GLYPH_BUDGET {
            self.lines.clear();
            self.widths.clear();
            self.glyphs = 0;
        }
        self.glyphs += cost;
    }
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

fn span_cost(spans: &[Span]) -> usize {
    spans.iter().map(|s| s.text.len()).sum::<usize>() + 1
}

/// The lines of `spans` set `width` wide: remembered, or computed by `set` and remembered.
pub fn lines(
    spans: &[Span],
    style: &TextStyle,
    width: f32,
    set: impl FnOnce() -> Vec<Line>,
) -> Vec<Line> {
    let bits = style_bits(style);
    let width = width.to_bits();
    let h = hash_of(spans, &bits, width);
    let hit = MEMO.with_borrow(|m| {
        m.lines
            .get(&h)
            .and_then(|v| v.iter().find(|(k, _)| same(k, spans, &bits, width)))
            .map(|(_, l)| l.clone())
    });
    if let Some(lines) = hit {
        return lines;
    }

    let lines = set();
    let glyphs: usize = lines
        .iter()
        .flat_map(|l| &l.frags)
        .map(|f| f.glyphs.len())
        .sum();
    MEMO.with_borrow_mut(|m| {
        m.reserve(glyphs + span_cost(spans));
        let key = Key {
            spans: spans.to_vec(),
            style: bits,
            width,
        };
        m.lines.entry(h).or_default().push((key, lines.clone()));
    });
    lines
}

/// The minimum widths of `spans`: remembered, or computed by `measure` and remembered.
pub fn min_widths(
    spans: &[Span],
    style: &TextStyle,
    measure: impl FnOnce() -> MinWidths,
) -> MinWidths {
    let bits = style_bits(style);
    let h = hash_of(spans, &bits, 0);
    let hit = MEMO.with_borrow(|m| {
        m.widths
            .get(&h)
            .and_then(|v| v.iter().find(|(k, _)| same(k, spans, &bits, 0)))
            .map(|(_, w)| *w)
    });
    if let Some(w) = hit {
        return w;
    }
    let w = measure();
    MEMO.with_borrow_mut(|m| {
        m.reserve(span_cost(spans));
        let key = Key {
            spans: spans.to_vec(),
            style: bits,
            width: 0,
        };
        m.widths.entry(h).or_default().push((key, w));
    });
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::pdf::display::Color;

    fn style() -> TextStyle {
        TextStyle {
            size: 10.0,
            color: Color(0, 0, 0),
            bold: false,
            italic: false,
            hyphenate: true,
        }
    }

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
    fn a_full_memo_is_emptied() {
        let mut m = Memo::default();
        m.reserve(GLYPH_BUDGET - 10);
        m.widths.insert(1, Vec::new());
        m.reserve(5);
        assert_eq!(m.glyphs, GLYPH_BUDGET - 5);
        assert!(!m.widths.is_empty());
        m.reserve(6);
        assert_eq!(m.glyphs, 6);
        assert!(m.widths.is_empty(), "overflow empties the memo");
    }
}
