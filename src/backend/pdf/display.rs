//! PDF backend, the hand-over between layout and emission: a display list of pages.
//!
//! Pure data that knows nothing of the PDF library. Coordinates are PDF points (1/72 inch)
//! with the origin at the top-left corner of the page and y growing downwards; text is
//! positioned by its baseline.

use super::fonts::Face;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color(pub u8, pub u8, pub u8);

/// What a piece of text is, so tests and tagging can tell body from furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Running text, lists, quotes, code.
    Body,
    /// A heading of the given Markdown level (1–6).
    Heading(u8),
    /// The title block on page 1.
    Title,
    /// Table cell text; `true` for the header row.
    Cell(bool),
    /// Text inside the risk matrix figure.
    Figure,
    /// The running header at the top of every page.
    Header,
    /// The running footer at the bottom of every page.
    Footer,
}

/// One glyph, pre-measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Glyph id in the run's face.
    pub id: u16,
    /// Advance as a fraction of the em (multiply by the font size for points).
    pub advance: f32,
    /// Byte range in [`GlyphRun::text`] this glyph stands for.
    pub text: std::ops::Range<usize>,
}

/// A horizontal run of glyphs in one face, size and colour.
#[derive(Debug, Clone, PartialEq)]
pub struct GlyphRun {
    /// Left edge of the first glyph.
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// Face.
    pub face: Face,
    /// Font size in points.
    pub size: f32,
    /// Fill colour.
    pub color: Color,
    /// The text the glyphs stand for (extractable from the PDF); shared with the fragment
    /// the run was drawn from.
    pub text: std::sync::Arc<str>,
    /// The glyphs, left to right.
    pub glyphs: std::sync::Arc<[Glyph]>,
    /// Sum of the advances, in points.
    pub width: f32,
    /// Top of the run's line box (baseline minus ascent), for bounds checks.
    pub top: f32,
    /// Bottom of the run's line box (baseline plus descent).
    pub bottom: f32,
    /// What the text is.
    pub role: Role,
    /// The structure element the text belongs to; `None` marks an artifact (running header
    /// and footer, a repeated table header).
    pub node: Option<NodeId>,
    /// Target of an external link the text is part of (the emitter adds the annotation).
    pub link: Option<String>,
    /// The run ends a line inside a word without a hyphen: a forced break, because not even
    /// one syllable fitted the line.
    pub forced_break: bool,
}

/// A filled axis-aligned rectangle (also used for rules: a rule is a thin rectangle).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FilledRect {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// Fill colour.
    pub color: Color,
    /// The figure the rectangle draws (a module of a QR code); `None` marks decoration (an
    /// artifact: rules, fills, the risk matrix's cells).
    pub node: Option<NodeId>,
}

/// Something drawn on a page, in painting order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text.
    Text(GlyphRun),
    /// A rectangle or rule.
    Rect(FilledRect),
    /// A raster image (the letterhead's logo), drawn as decoration.
    Image(PlacedImage),
}

/// A raster image scaled into a box.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedImage {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// The image file (PNG or JPEG).
    pub logo: std::sync::Arc<crate::brand::Logo>,
}

/// Index of a node in [`Document::structure`].
pub type NodeId = usize;

/// Scope of a table header cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Heads the cells below it.
    Column,
    /// Heads the cells to its right.
    Row,
}

/// The semantic kind of a structure element (the PDF tag it becomes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StructKind {
    /// A heading of level 1–6 with its plain text.
    Heading {
        /// Level 1–6.
        level: u8,
        /// Plain text (the PDF/UA heading title).
        title: String,
    },
    /// A paragraph (also a line of the title block and a code block).
    Paragraph,
    /// A list.
    List {
        /// Numbered?
        ordered: bool,
    },
    /// An item of a list.
    ListItem,
    /// The bullet or number of an item.
    ListLabel,
    /// The content of an item.
    ListBody,
    /// A block quote.
    Quote,
    /// A table.
    Table,
    /// The caption of a table.
    Caption,
    /// A table row.
    TableRow,
    /// A header cell.
    HeaderCell(Scope),
    /// A data cell.
    Cell,
    /// A figure with its alternative text.
    Figure {
        /// What a screen reader says instead of the drawing.
        alt: String,
    },
}

/// A structure element: its kind and the element it belongs to. Children are read in the
/// order their content first appears in the document, which is the order of the Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructNode {
    /// Kind.
    pub kind: StructKind,
    /// Enclosing element; `None` at the top level.
    pub parent: Option<NodeId>,
}

/// A clickable area pointing to a URI.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// Target URI.
    pub uri: String,
}

/// One page of the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// Drawn items, back to front.
    pub items: Vec<Item>,
    /// Clickable link areas (the emitter annotates each linked run, see [`GlyphRun::link`]).
    pub links: Vec<LinkArea>,
}

/// A bookmark: a heading and where it landed.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// Heading level (1 = document title or `#`).
    pub level: u8,
    /// Plain heading text.
    pub title: String,
    /// Zero-based page index.
    pub page: usize,
    /// Top of the heading on that page.
    pub y: f32,
}

/// Page geometry in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Left and right margin (everything, header and footer included, stays inside).
    pub margin_x: f32,
    /// Top of the body frame.
    pub body_top: f32,
    /// Bottom of the body frame.
    pub body_bottom: f32,
    /// Nothing is drawn above this (the running header lives between it and `body_top`).
    pub furniture_top: f32,
    /// Nothing is drawn below this (the running footer lives between `body_bottom` and it).
    pub furniture_bottom: f32,
}

impl Geometry {
    /// A4 portrait with 25 mm side margins.
    pub fn a4() -> Geometry {
        let mm = 72.0 / 25.4;
        Geometry {
            width: 210.0 * mm,
            height: 297.0 * mm,
            margin_x: 25.0 * mm,
            body_top: 30.0 * mm,
            body_bottom: (297.0 - 25.0) * mm,
            furniture_top: 12.0 * mm,
            furniture_bottom: (297.0 - 12.0) * mm,
        }
    }

    /// Width of the text column.
    pub fn body_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }

    /// Height of the body frame.
    pub fn body_height(&self) -> f32 {
        self.body_bottom - self.body_top
    }
}

/// The laid-out document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Page geometry shared by all pages.
    pub geometry: Geometry,
    /// Pages in order; never empty.
    pub pages: Vec<Page>,
    /// Bookmarks in document order.
    pub outline: Vec<OutlineEntry>,
    /// Structure elements (the logical tree) referenced by [`GlyphRun::node`].
    pub structure: Vec<StructNode>,
    /// The document title as shown in the title block.
    pub title: String,
}
