//! Layout stage, vertical flow: blocks become unbreakable chunks (a line, a table row, a
//! heading, a figure), then chunks are distributed over pages.
//!
//! Pagination honours keep-with-next (headings, first and second-to-last lines of paragraphs
//! against orphans and widows, table header rows) by moving a chain of chunks to the next page
//! when the chain would otherwise be torn, unless the chain fills a whole page by itself.

use crate::backend::pdf::display::{
    Color, FilledRect, GlyphRun, Item, LinkArea, NodeId, OutlineEntry, Page, Role, StructKind,
    StructNode,
};
use crate::backend::pdf::fonts;

use super::text::Line;

/// The smallest unit of vertical layout; never split across pages.
#[derive(Debug, Clone, Default)]
pub struct Chunk {
    /// Height of the chunk itself.
    pub height: f32,
    /// Space above the chunk; dropped at the top of a page.
    pub gap_before: f32,
    /// Must stay on the same page as the next chunk (where possible).
    pub keep_with_next: bool,
    /// Items with `y` relative to the chunk's top.
    pub items: Vec<Item>,
    /// Links with `y` relative to the chunk's top.
    pub links: Vec<LinkArea>,
    /// A bookmark at the chunk's top.
    pub outline: Option<(u8, String)>,
    /// Index of the header-row chunk of the table this chunk is a body row of.
    pub table_header: Option<usize>,
    /// Baseline of the first text line (for list markers).
    pub first_baseline: Option<f32>,
}

impl Chunk {
    /// Adds a filled rectangle (relative coordinates).
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Color) {
        if w > 0.0 && h > 0.0 {
            self.items.push(Item::Rect(FilledRect {
                x,
                y,
                w,
                h,
                color,
                node: None,
            }));
        }
    }

    /// Adds a filled rectangle that is content of the figure `node` (relative coordinates).
    pub fn figure_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Color, node: NodeId) {
        if w > 0.0 && h > 0.0 {
            self.items.push(Item::Rect(FilledRect {
                x,
                y,
                w,
                h,
                color,
                node: Some(node),
            }));
        }
    }

    /// Draws a set line with its left edge at `x` and baseline at `baseline`, as content of
    /// the structure element `node` (`None`: an artifact).
    pub fn line(&mut self, line: &Line, x: f32, baseline: f32, role: Role, node: Option<NodeId>) {
        let Some(all) = fonts::metrics() else {
            return;
        };
        if self.first_baseline.is_none() {
            self.first_baseline = Some(baseline);
        }
        let last = line.frags.len().saturating_sub(1);
        for (k, f) in line.frags.iter().enumerate() {
            let m = &all[f.face.index()];
            let top = baseline - m.ascent * f.size;
            let bottom = baseline + m.descent * f.size;
            let external = f.link.as_ref().filter(|uri| is_external(uri));
            if let Some(uri) = external {
                self.links.push(LinkArea {
                    x: x + f.x,
                    y: top,
                    w: f.width,
                    h: bottom - top,
                    uri: uri.clone(),
                });
            }
            self.items.push(Item::Text(GlyphRun {
                x: x + f.x,
                y: baseline,
                face: f.face,
                size: f.size,
                color: f.color,
                text: f.text.clone(),
                glyphs: f.glyphs.clone(),
                width: f.width,
                top,
                bottom,
                role,
                node,
                link: external.cloned(),
                forced_break: line.forced && k == last,
            }));
        }
    }
}

/// Whether a link target can become a URI annotation (relative links stay plain text).
fn is_external(uri: &str) -> bool {
    let lower = uri.to_ascii_lowercase();
    ["http://", "https://", "mailto:", "tel:", "ftp://"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Baseline offset that centres a line of `size` in a box of `leading`.
pub fn baseline_in(leading: f32, size: f32) -> f32 {
    let (asc, desc) = fonts::metrics()
        .map(|m| (m[0].ascent, m[0].descent))
        .unwrap_or((0.93, 0.24));
    (leading - (asc + desc) * size) / 2.0 + asc * size
}

/// Collects chunks with the spacing rules between blocks.
#[derive(Debug, Default)]
pub struct Flow {
    /// The chunks so far.
    pub chunks: Vec<Chunk>,
    /// Structure elements opened so far.
    pub structure: Vec<StructNode>,
    pending_gap: f32,
    gap_locked: bool,
}

impl Flow {
    /// Opens a structure element inside `parent`.
    pub fn open(&mut self, kind: StructKind, parent: Option<NodeId>) -> NodeId {
        self.structure.push(StructNode { kind, parent });
        self.structure.len() - 1
    }

    /// Asks for at least `gap` before the next chunk (unless a heading fixed it).
    pub fn gap(&mut self, gap: f32) {
        if !self.gap_locked {
            self.pending_gap = self.pending_gap.max(gap);
        }
    }

    /// Fixes the space before the next chunk (after a heading).
    pub fn fix_gap(&mut self, gap: f32) {
        self.pending_gap = gap;
        self.gap_locked = true;
    }

    /// Appends a chunk, giving it the pending gap.
    pub fn push(&mut self, mut chunk: Chunk) -> usize {
        chunk.gap_before += self.pending_gap;
        self.pending_gap = 0.0;
        self.gap_locked = false;
        self.chunks.push(chunk);
        self.chunks.len() - 1
    }
}

/// A chunk placed on a page.
struct Placed {
    chunk: usize,
    y: f32,
    /// A repeated table header (drawn from `chunk`, which is the header row).
    repeat: bool,
}

/// Distributes `chunks` over pages of the body frame `top..bottom`. A document whose last
/// page would hold only a few lines (a colophon) is set again with the spacing of its last
/// pages tightened, if that saves the page.
pub fn paginate(chunks: &[Chunk], top: f32, bottom: f32) -> (Vec<Page>, Vec<OutlineEntry>) {
    let plan = place(chunks, top, bottom, usize::MAX);
    let n = plan.len();
    let runt = plan
        .last()
        .map_or(0.0, |last| used_height(chunks, last, top));
    if n >= 2 && runt < RUNT_SHARE * (bottom - top) {
        for back in 1..=RUNT_PAGES_BACK.min(n - 1) {
            let from = plan[n - 1 - back]
                .iter()
                .find(|p| !p.repeat)
                .map_or(usize::MAX, |p| p.chunk);
            let tight = place(chunks, top, bottom, from);
            if tight.len() < n {
                return render(chunks, &tight, top);
            }
        }
    }
    render(chunks, &plan, top)
}

/// A last page filled less than this share of the body frame is a runt.
const RUNT_SHARE: f32 = 0.25;
/// How many pages before the runt may give up spacing.
const RUNT_PAGES_BACK: usize = 6;
/// Spacing between blocks on those pages is scaled by this.
const TIGHT_GAP: f32 = 0.5;

/// Height used on a page: the bottom of its lowest chunk.
fn used_height(chunks: &[Chunk], page: &[Placed], top: f32) -> f32 {
    page.iter()
        .filter_map(|p| chunks.get(p.chunk).map(|c| p.y + c.height - top))
        .fold(0.0, f32::max)
}

/// Places chunks on pages; gaps before chunks from index `tight_from` on are tightened.
fn place(chunks: &[Chunk], top: f32, bottom: f32, tight_from: usize) -> Vec<Vec<Placed>> {
    let mut pages: Vec<Vec<Placed>> = Vec::new();
    let mut current: Vec<Placed> = Vec::new();
    let mut y = top;
    let mut i = 0usize;
    // Chunks that were moved to a new page because of keep-with-next must not move again.
    let mut page_first_chunk = 0usize;
    while i < chunks.len() {
        let c = &chunks[i];
        let at_top = current.is_empty();
        let gap = if at_top {
            0.0
        } else if i >= tight_from {
            c.gap_before * TIGHT_GAP
        } else {
            c.gap_before
        };
        let header = c
            .table_header
            .filter(|h| at_top && *h != i)
            .and_then(|h| chunks.get(h).map(|hc| (h, hc.height)));
        let need = gap + c.height + header.map_or(0.0, |(_, h)| h);
        if at_top || y + need <= bottom + 0.01 {
            if let Some((h, hh)) = header {
                current.push(Placed {
                    chunk: h,
                    y,
                    repeat: true,
                });
                y += hh;
            }
            current.push(Placed {
                chunk: i,
                y: y + gap,
                repeat: false,
            });
            y += gap + c.height;
            i += 1;
            continue;
        }
        // Break before chunk i; pull back the chain that must stay with it.
        let mut j = i;
        while j > page_first_chunk && chunks[j - 1].keep_with_next {
            j -= 1;
        }
        if j > page_first_chunk && j < i {
            // Repeated headers only ever precede `page_first_chunk`, so they stay.
            current.retain(|p| p.repeat || p.chunk < j);
            i = j;
        }
        pages.push(std::mem::take(&mut current));
        page_first_chunk = i;
        y = top;
    }
    if !current.is_empty() || pages.is_empty() {
        pages.push(current);
    }
    pages
}

/// Turns placed chunks into pages of items and the outline.
fn render(chunks: &[Chunk], pages: &[Vec<Placed>], top: f32) -> (Vec<Page>, Vec<OutlineEntry>) {
    let mut out = Vec::with_capacity(pages.len());
    let mut outline = Vec::new();
    for (pno, placed) in pages.iter().enumerate() {
        let mut page = Page::default();
        for p in placed {
            let Some(c) = chunks.get(p.chunk) else {
                continue;
            };
            for item in &c.items {
                let mut item = item.clone();
                match &mut item {
                    Item::Text(run) => {
                        if p.repeat {
                            // A repeated table header is pagination, not content.
                            run.node = None;
                            run.link = None;
                        }
                        run.y += p.y;
                        run.top += p.y;
                        run.bottom += p.y;
                    }
                    Item::Rect(r) => {
                        r.y += p.y;
                        // Decorations reaching into a dropped gap stop at the frame.
                        if r.y < top {
                            r.h -= top - r.y;
                            r.y = top;
                        }
                        if r.h <= 0.0 {
                            continue;
                        }
                    }
                    Item::Image(image) => image.y += p.y,
                }
                page.items.push(item);
            }
            for link in &c.links {
                let mut link = link.clone();
                link.y += p.y;
                page.links.push(link);
            }
            if !p.repeat
                && let Some((level, title)) = &c.outline
            {
                outline.push(OutlineEntry {
                    level: *level,
                    title: title.clone(),
                    page: pno,
                    y: p.y,
                });
            }
        }
        out.push(page);
    }
    (out, outline)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(height: f32, keep: bool) -> Chunk {
        let mut c = Chunk {
            height,
            keep_with_next: keep,
            ..Chunk::default()
        };
        c.rect(0.0, 0.0, 10.0, height, Color(0, 0, 0));
        c
    }

    fn page_of(pages: &[Page], y_marker: f32) -> Vec<usize> {
        pages
            .iter()
            .enumerate()
            .flat_map(|(p, page)| {
                page.items.iter().filter_map(move |i| match i {
                    Item::Rect(r) if (r.h - y_marker).abs() < 0.01 => Some(p),
                    _ => None,
                })
            })
            .collect()
    }

    #[test]
    fn keep_with_next_moves_the_chain() {
        // 0..100 frame: 90 of filler, then a kept heading (5) and its paragraph line (10).
        let chunks = vec![chunk(90.0, false), chunk(5.0, true), chunk(10.0, false)];
        let (pages, _) = paginate(&chunks, 0.0, 100.0);
        assert_eq!(pages.len(), 2);
        assert_eq!(
            page_of(&pages, 5.0),
            vec![1],
            "heading must move with its line"
        );
    }

    #[test]
    fn runt_last_page_is_saved_by_tighter_spacing() {
        let spaced = |n: usize, gap: f32| -> Vec<Chunk> {
            (0..n)
                .map(|_| {
                    let mut c = chunk(10.0, false);
                    c.gap_before = gap;
                    c
                })
                .collect()
        };
        // 9 × 10 + 8 × 2 = 106 in a frame of 100: one line would stand alone on page 2.
        let (pages, _) = paginate(&spaced(9, 2.0), 0.0, 100.0);
        assert_eq!(pages.len(), 1);
        // A page that is more than a runt stays: 14 × 10 + 13 × 2 = 166.
        let (pages, _) = paginate(&spaced(14, 2.0), 0.0, 100.0);
        assert_eq!(pages.len(), 2);
        // Without gaps to give up, the runt stays.
        let (pages, _) = paginate(&spaced(11, 0.0), 0.0, 100.0);
        assert_eq!(pages.len(), 2);
    }

    #[test]
    fn chain_longer_than_a_page_is_broken() {
        let chunks: Vec<Chunk> = (0..30).map(|_| chunk(10.0, true)).collect();
        let (pages, _) = paginate(&chunks, 0.0, 100.0);
        assert_eq!(pages.len(), 3);
    }

    #[test]
    fn gap_is_dropped_at_page_top_and_header_repeats() {
        let mut header = chunk(7.0, true);
        header.outline = None;
        let mut chunks = vec![chunk(80.0, false), header];
        for _ in 0..4 {
            let mut row = chunk(6.0, false);
            row.table_header = Some(1);
            row.gap_before = 3.0;
            chunks.push(row);
        }
        let (pages, _) = paginate(&chunks, 0.0, 100.0);
        assert_eq!(pages.len(), 2);
        // Header on both pages; rows start right below it on page 2 (gap dropped).
        assert_eq!(page_of(&pages, 7.0), vec![0, 1]);
        let first_row_y = pages[1]
            .items
            .iter()
            .find_map(|i| match i {
                Item::Rect(r) if (r.h - 6.0).abs() < 0.01 => Some(r.y),
                _ => None,
            })
            .unwrap_or(f32::NAN);
        assert!((first_row_y - 7.0).abs() < 0.01, "{first_row_y}");
    }
}
