//! PDF backend, shared by layout and emission: the embedded DejaVu faces and their metrics.
//!
//! Layout measures with these advances and the emitter draws with exactly the same numbers,
//! so a line that fits when measured also fits when drawn. There is no shaping (no kerning,
//! no ligatures): DejaVu Sans reads well without them and the output stays predictable.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The five faces embedded in the binary. Licence: `assets/fonts/LICENSE-DejaVu.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
    /// DejaVu Sans Oblique.
    Italic,
    /// DejaVu Sans Bold Oblique.
    BoldItalic,
    /// DejaVu Sans Mono.
    Mono,
}

impl Face {
    /// All faces, in a fixed order (the index is used for lookup tables).
    pub const ALL: [Face; 5] = [
        Face::Regular,
        Face::Bold,
        Face::Italic,
        Face::BoldItalic,
        Face::Mono,
    ];

    /// The face for a combination of weight and slant (monospace wins over both).
    pub fn select(bold: bool, italic: bool, mono: bool) -> Face {
        match (mono, bold, italic) {
            (true, _, _) => Face::Mono,
            (false, true, true) => Face::BoldItalic,
            (false, true, false) => Face::Bold,
            (false, false, true) => Face::Italic,
            (false, false, false) => Face::Regular,
        }
    }

    /// Position in [`Face::ALL`].
    pub fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
            Face::Italic => 2,
            Face::BoldItalic => 3,
            Face::Mono => 4,
        }
    }

    /// The raw font file.
    pub fn data(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
            Face::Bold => include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
            Face::Italic => include_bytes!("../../../assets/fonts/DejaVuSans-Oblique.ttf"),
            Face::BoldItalic => include_bytes!("../../../assets/fonts/DejaVuSans-BoldOblique.ttf"),
            Face::Mono => include_bytes!("../../../assets/fonts/DejaVuSansMono.ttf"),
        }
    }
}

/// Characters below this code point have their glyph and advance precomputed.
const TABLE_LEN: usize = 0x250;

/// Metrics of one face, parsed once per process.
pub struct FaceMetrics {
    font: FontRef<'static>,
    units_per_em: f32,
    /// Ascender as a fraction of the em (positive).
    pub ascent: f32,
    /// Descender as a fraction of the em (positive, below the baseline).
    pub descent: f32,
    /// Glyph id and advance (in em) for the first [`TABLE_LEN`] code points; id 0 = missing.
    table: Vec<(u16, f32)>,
}

impl FaceMetrics {
    fn load(face: Face) -> Option<FaceMetrics> {
        let font = FontRef::new(face.data()).ok()?;
        let metrics = font.metrics(Size::unscaled(), LocationRef::default());
        let units_per_em = f32::from(metrics.units_per_em.max(1));
        let mut fm = FaceMetrics {
            font,
            units_per_em,
            ascent: metrics.ascent / units_per_em,
            descent: (-metrics.descent) / units_per_em,
            table: Vec::new(),
        };
        let table = (0..TABLE_LEN as u32)
            .map(|cp| {
                char::from_u32(cp)
                    .and_then(|c| fm.lookup_slow(c))
                    .unwrap_or((0, 0.0))
            })
            .collect();
        fm.table = table;
        Some(fm)
    }

    fn lookup_slow(&self, c: char) -> Option<(u16, f32)> {
        let gid = self.font.charmap().map(c)?;
        let id = u16::try_from(gid.to_u32()).ok()?;
        if id == 0 {
            return None;
        }
        let advance = self
            .font
            .glyph_metrics(Size::unscaled(), LocationRef::default())
            .advance_width(gid)
            .unwrap_or(0.0);
        Some((id, advance / self.units_per_em))
    }

    /// Glyph id and advance (as a fraction of the em) of `c`, `None` if the face lacks it.
    pub fn glyph(&self, c: char) -> Option<(u16, f32)> {
        let cp = c as usize;
        if cp < TABLE_LEN {
            let (id, adv) = self.table.get(cp).copied().unwrap_or((0, 0.0));
            (id != 0).then_some((id, adv))
        } else {
            self.lookup_slow(c)
        }
    }

    /// Whether the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.glyph(c).is_some()
    }
}

/// All faces' metrics; `None` only if an embedded font file were corrupt.
pub fn metrics() -> Option<&'static [FaceMetrics; 5]> {
    static METRICS: OnceLock<Option<[FaceMetrics; 5]>> = OnceLock::new();
    METRICS
        .get_or_init(|| {
            Some([
                FaceMetrics::load(Face::Regular)?,
                FaceMetrics::load(Face::Bold)?,
                FaceMetrics::load(Face::Italic)?,
                FaceMetrics::load(Face::BoldItalic)?,
                FaceMetrics::load(Face::Mono)?,
            ])
        })
        .as_ref()
}
