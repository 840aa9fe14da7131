//! PDF backend, emission stage: how the display list's text runs become krilla glyph runs.
//!
//! The embedded faces (per worker thread), the glyphs each document reserves in its font
//! subsets before drawing, and the drawing of runs: the lines of a paragraph in one face,
//! size and colour become one glyph run.

use krilla::Document as PdfDocument;
use krilla::geom::Point;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::display::{Document, GlyphRun, Item};
use super::emit::fill;
use super::fonts::Face;

/// The embedded faces as krilla fonts, created once per thread (font hashing is not free).
/// Per thread, not per process: every glyph drawn takes and drops the font's handle, an atomic
/// count, and two workers sharing one count would pass its cache line back and forth.
pub(super) fn krilla_fonts() -> Option<[Font; 5]> {
    thread_local! {
        static FONTS: Option<[Font; 5]> = {
            let load = |f: Face| Font::new(f.data().into(), 0);
            (|| {
                Some([
                    load(Face::Regular)?,
                    load(Face::Bold)?,
                    load(Face::Italic)?,
                    load(Face::BoldItalic)?,
                    load(Face::Mono)?,
                ])
            })()
        };
    }
    FONTS.with(Clone::clone)
}

/// Numbers each face's glyphs in the subset by glyph ID, before anything is drawn: the subset
/// (and so the embedded font program) then depends only on which glyphs a document uses, not
/// on the order it first uses them in. Documents with the same glyph set share one
/// compressed subset in krilla's cache, across the documents of a pack and across packs.
pub(super) fn reserve_glyphs(pdf: &mut PdfDocument, doc: &Document, fonts: &[Font; 5]) {
    // One bit per glyph ID and face: the set comes out sorted and without repeats.
    let mut used = vec![[0u64; 1 << 10]; fonts.len()];
    for page in &doc.pages {
        for item in &page.items {
            if let Item::Text(run) = item {
                let bits = &mut used[run.face.index()];
                for g in run.glyphs.iter() {
                    bits[usize::from(g.id >> 6)] |= 1 << (g.id & 63);
                }
            }
        }
    }
    for (font, bits) in fonts.iter().zip(&used) {
        let ids: Vec<GlyphId> = bits
            .iter()
            .enumerate()
            .flat_map(|(word, &w)| {
                (0..64)
                    .filter(move |bit| w & (1 << bit) != 0)
                    .map(move |bit| GlyphId::new((word * 64 + bit) as u32))
            })
            .collect();
        if !ids.is_empty() {
            pdf.reserve_glyphs(font.clone(), &ids);
        }
    }
}

/// The end of the stretch of items from `first` on that can be drawn as one glyph run: text
/// runs of the same structure element, face, size and colour, none of them a link, in a row
/// (the lines of a paragraph, mostly).
pub(super) fn same_paint_end(items: &[Item], first: usize) -> usize {
    let Some(Item::Text(head)) = items.get(first) else {
        return first + 1;
    };
    let joins = |item: &Item| match item {
        Item::Text(run) => {
            !run.glyphs.is_empty()
                && run.link.is_none()
                && run.node.is_some()
                && run.node == head.node
                && run.face == head.face
                && run.size == head.size
                && run.color == head.color
        }
        _ => false,
    };
    first + 1 + items[first + 1..].iter().take_while(|i| joins(i)).count()
}

/// Draws text runs of one face, size and colour as one glyph run: one text object, a text
/// matrix per line instead of a graphics state, colour and font per line. Each run after the
/// first is placed by its glyphs' vertical offset and by the advance of the glyph before it,
/// which krilla turns into the text matrix of the next line (or a gap on the same line).
pub(super) fn draw_runs(surface: &mut Surface, items: &[Item], fonts: &[Font; 5]) {
    let runs: Vec<&GlyphRun> = items
        .iter()
        .filter_map(|item| match item {
            Item::Text(run) if !run.glyphs.is_empty() => Some(run),
            _ => None,
        })
        .collect();
    let first = match runs.as_slice() {
        [] => return,
        [only] => return draw_run(surface, only, fonts),
        [first, ..] => *first,
    };
    let size = first.size;
    let mut text = String::with_capacity(runs.iter().map(|r| r.text.len()).sum());
    let mut glyphs: Vec<KrillaGlyph> =
        Vec::with_capacity(runs.iter().map(|r| r.glyphs.len()).sum());
    // Where krilla's pen stands, computed as krilla computes it (sum of advance × size).
    let mut pen = first.x;
    for (index, run) in runs.iter().enumerate() {
        let base = text.len();
        text.push_str(&run.text);
        let y_offset = (first.y - run.y) / size;
        let following = runs.get(index + 1);
        let count = run.glyphs.len();
        for (n, g) in run.glyphs.iter().enumerate() {
            let advance = match following {
                Some(next) if n + 1 == count => (next.x - pen) / size,
                _ => g.advance,
            };
            pen += advance * size;
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(u32::from(g.id)),
                advance,
                0.0,
                y_offset,
                0.0,
                base + g.text.start..base + g.text.end,
                None,
            ));
        }
    }
    surface.set_fill(Some(fill(first.color)));
    surface.draw_glyphs(
        Point::from_xy(first.x, first.y),
        &glyphs,
        fonts[first.face.index()].clone(),
        &text,
        size,
        false,
    );
}

pub(super) fn draw_run(surface: &mut Surface, run: &GlyphRun, fonts: &[Font; 5]) {
    if run.glyphs.is_empty() {
        return;
    }
    let glyphs: Vec<KrillaGlyph> = run
        .glyphs
        .iter()
        .map(|g| {
            KrillaGlyph::new(
                GlyphId::new(u32::from(g.id)),
                g.advance,
                0.0,
                0.0,
                0.0,
                g.text.clone(),
                None,
            )
        })
        .collect();
    surface.set_fill(Some(fill(run.color)));
    surface.draw_glyphs(
        Point::from_xy(run.x, run.y),
        &glyphs,
        fonts[run.face.index()].clone(),
        &run.text,
        run.size,
        false,
    );
}
