//! Layout stage, inline level: styled spans → measured lines.
//!
//! Break opportunities come from UAX #14 (so no-break spaces and U+2011 hold), German words are
//! hyphenated with hypher when a word does not fit, and URLs or other unbreakable strings are
//! broken after `/`, `.`, `?`… or, as a last resort, between any two characters. Lines are set
//! ragged right; every glyph is measured with the advance the emitter will draw.

use std::sync::Arc;

use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::backend::pdf::display::{Color, Glyph};
use crate::backend::pdf::fonts::{self, Face};

/// Inline formatting of a span.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct SpanStyle {
    /// `**strong**`.
    pub bold: bool,
    /// `*emphasis*`.
    pub italic: bool,
    /// `` `code` `` or raw HTML printed literally.
    pub mono: bool,
    /// Target of an enclosing link.
    pub link: Option<String>,
}

/// A piece of text with one style. A `'\n'` in the text is a hard line break.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    /// The text (already unescaped by the Markdown parser).
    pub text: String,
    /// Its style.
    pub style: SpanStyle,
}

impl Span {
    /// A span of plain text.
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: SpanStyle::default(),
        }
    }
}

/// Paragraph-level settings for setting text.
#[derive(Debug, Clone, Copy)]
pub struct TextStyle {
    /// Font size in points.
    pub size: f32,
    /// Text colour (links get [`LINK_COLOR`]).
    pub color: Color,
    /// Base weight (headings, table headers).
    pub bold: bool,
    /// Base slant.
    pub italic: bool,
    /// Whether German hyphenation may be used to fill a line (words longer than a whole
    /// line are hyphenated regardless).
    pub hyphenate: bool,
}

/// Colour of link text.
pub const LINK_COLOR: Color = Color(0x1a, 0x4f, 0x8b);
/// Colour of inline code.
pub const CODE_COLOR: Color = Color(0x33, 0x33, 0x33);
/// Inline code is set this much smaller than the surrounding text (DejaVu Sans Mono is wide).
pub const MONO_SCALE: f32 = 0.9;

/// A measured fragment of a line: one face, size, colour and link. Text and glyphs are
/// shared, not copied, with the glyph runs drawn from the fragment and with remembered
/// paragraphs ([`super::memo`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Frag {
    /// Offset from the start of the line.
    pub x: f32,
    /// Face.
    pub face: Face,
    /// Size in points.
    pub size: f32,
    /// Colour.
    pub color: Color,
    /// Text the glyphs stand for.
    pub text: Arc<str>,
    /// Glyphs with advances in em.
    pub glyphs: Arc<[Glyph]>,
    /// Width in points.
    pub width: f32,
    /// Link target.
    pub link: Option<String>,
}

/// A fragment while its line is being built.
struct Draft {
    x: f32,
    face: Face,
    size: f32,
    color: Color,
    text: String,
    glyphs: Vec<Glyph>,
    width: f32,
    link: Option<String>,
}

impl Draft {
    fn finish(self) -> Frag {
        Frag {
            x: self.x,
            face: self.face,
            size: self.size,
            color: self.color,
            text: self.text.into(),
            glyphs: self.glyphs.into(),
            width: self.width,
            link: self.link,
        }
    }
}

/// One set line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    /// Fragments, left to right.
    pub frags: Vec<Frag>,
    /// Width of the visible content.
    pub width: f32,
    /// The line ends inside a word without a hyphen because not even one syllable fitted.
    pub forced: bool,
}

/// Characters that take no room and are never drawn (break hints, joiners).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
    )
}

/// Visual stand-ins for characters a face lacks (the text layer keeps the original).
fn substitute(c: char) -> Option<char> {
    Some(match c {
        '\u{2010}' | '\u{2011}' => '-',
        '\u{202F}' | '\u{2007}' => '\u{00A0}',
        '\u{2009}' | '\u{200A}' | '\u{2002}' | '\u{2003}' => ' ',
        _ => return None,
    })
}

/// Replaces what must never reach the PDF: control characters, private-use code points,
/// byte-order marks, and anything no embedded face can draw.
pub fn sanitize(text: &str) -> String {
    let Some(all) = fonts::metrics() else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\t' => ' ',
            '\u{FEFF}' => '\u{2060}',
            '\r' => continue,
            c if is_invisible(c) => c,
            c if c.is_control() => '\u{FFFD}',
            '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' | '\u{FFFE}' | '\u{FFFF}' => {
                '\u{FFFD}'
            }
            c => c,
        };
        let drawable = is_invisible(c)
            || all.iter().any(|m| m.has(c))
            || substitute(c).is_some_and(|s| all[0].has(s));
        out.push(if drawable { c } else { '\u{FFFD}' });
    }
    out
}

/// The face, glyph id and advance (em) used to draw `c` when `preferred` is asked for.
/// Invisible characters get glyph id 0 and no advance; they are never emitted.
pub fn glyph_for(preferred: Face, c: char) -> (Face, u16, f32) {
    let Some(all) = fonts::metrics() else {
        return (preferred, 0, 0.0);
    };
    if is_invisible(c) {
        return (preferred, 0, 0.0);
    }
    let order = [preferred, Face::Regular, Face::Mono, Face::Bold];
    for face in order {
        if let Some((id, adv)) = all[face.index()].glyph(c) {
            return (face, id, adv);
        }
    }
    if let Some(s) = substitute(c) {
        for face in order {
            if let Some((id, adv)) = all[face.index()].glyph(s) {
                return (face, id, adv);
            }
        }
    }
    for r in ['\u{FFFD}', '?'] {
        for face in order {
            if let Some((id, adv)) = all[face.index()].glyph(r) {
                return (face, id, adv);
            }
        }
    }
    (preferred, 0, 0.0)
}

/// What the text layer holds for a hyphen inserted at a line break: copying, searching and
/// screen readers get the whole word back.
pub const SOFT_HYPHEN: char = '\u{00AD}';

/// Face, glyph id and advance of the visible hyphen drawn at a line break. DejaVu draws
/// U+00AD with the hyphen's outline under its own glyph id, so the glyph maps to U+00AD in
/// the ToUnicode table while real hyphens keep mapping to U+002D.
pub fn break_hyphen(preferred: Face) -> (Face, u16, f32) {
    if let Some(all) = fonts::metrics()
        && let Some((id, adv)) = all[preferred.index()].glyph(SOFT_HYPHEN)
    {
        return (preferred, id, adv);
    }
    glyph_for(preferred, '-')
}

/// Width of `text` in one style, in points (for single-line furniture such as headers).
pub fn measure(text: &str, face: Face, size: f32) -> f32 {
    text.chars().map(|c| glyph_for(face, c).2 * size).sum()
}

/// Builds one fragment from a string in one style (used for single-line furniture).
pub fn frag(text: &str, face: Face, size: f32, color: Color) -> Vec<Frag> {
    let chars: Vec<Char> = text
        .char_indices()
        .map(|(pos, c)| {
            let (face, id, adv) = glyph_for(face, c);
            Char {
                pos,
                c,
                face,
                id,
                size,
                width: adv * size,
                style: 0,
            }
        })
        .collect();
    let styles = [ResolvedStyle { color, link: None }];
    build_frags(text, &chars, 0, chars.len(), &styles)
        .into_iter()
        .map(Draft::finish)
        .collect()
}

#[derive(Debug, Clone)]
struct ResolvedStyle {
    color: Color,
    link: Option<String>,
}

#[derive(Debug, Clone, Copy)]
struct Char {
    pos: usize,
    c: char,
    face: Face,
    id: u16,
    size: f32,
    width: f32,
    style: usize,
}

/// Sets `spans` into lines no wider than `width`.
pub fn set_lines(spans: &[Span], style: &TextStyle, width: f32) -> Vec<Line> {
    super::memo::lines(spans, style, width, || {
        let Some(p) = Prepared::new(spans, style) else {
            return Vec::new();
        };
        p.setter(width.max(1.0)).run(&p.segments)
    })
}

/// The narrowest widths `spans` can be set in without a forced break: the widest unit
/// between two break opportunities, a hyphen included where one is added (`split`), and the
/// widest unit when words are whole units (`whole`, for text that is never hyphenated). Both
/// from one preparation of the text: tables need both for every cell.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MinWidths {
    /// Words may be split at hyphenation points.
    pub split: f32,
    /// Words are whole units.
    pub whole: f32,
}

/// [`MinWidths`] of `spans`.
pub fn min_widths(spans: &[Span], style: &TextStyle) -> MinWidths {
    super::memo::min_widths(spans, style, || measure_min_widths(spans, style))
}

fn measure_min_widths(spans: &[Span], style: &TextStyle) -> MinWidths {
    let Some(p) = Prepared::new(spans, style) else {
        return MinWidths::default();
    };
    let setter = p.setter(f32::INFINITY);
    let mut out = MinWidths::default();
    for &(a, b, _) in &p.segments {
        let ce = setter.content_end(a, b);
        if a >= ce {
            continue;
        }
        out.whole = out.whole.max(setter.w(a, ce));
        let mut cands = setter.candidates(a, ce, f32::INFINITY, true);
        cands.sort_by_key(|c| c.0);
        let mut prev = a;
        for (k, hyph) in cands {
            if k <= prev || k >= ce {
                continue;
            }
            let extra = if hyph { setter.hyphen_width(k) } else { 0.0 };
            out.split = out.split.max(setter.w(prev, k) + extra);
            prev = k;
        }
        out.split = out.split.max(setter.w(prev, ce));
    }
    out
}

/// Text, measured characters and break segments of a list of spans.
struct Prepared {
    text: String,
    chars: Vec<Char>,
    cum: Vec<f32>,
    styles: Vec<ResolvedStyle>,
    faces: Vec<Face>,
    urlish: Vec<bool>,
    hyphenate: bool,
    /// Segments between break opportunities: (start, end, mandatory) in char indices.
    segments: Vec<(usize, usize, bool)>,
    /// Break opportunities held back by [`keeps_together`], ascending; used only when a
    /// segment does not fit a line of its own.
    held: Vec<usize>,
}

impl Prepared {
    fn setter(&self, width: f32) -> Setter<'_> {
        Setter {
            text: &self.text,
            chars: &self.chars,
            cum: &self.cum,
            styles: &self.styles,
            faces: &self.faces,
            urlish: &self.urlish,
            hyphenate: self.hyphenate,
            held: &self.held,
            width,
        }
    }

    fn new(spans: &[Span], style: &TextStyle) -> Option<Prepared> {
        let bytes: usize = spans.iter().map(|s| s.text.len()).sum();
        let mut text = String::with_capacity(bytes);
        let mut styles: Vec<ResolvedStyle> = Vec::new();
        let mut chars: Vec<Char> = Vec::with_capacity(bytes);
        let mut faces: Vec<Face> = Vec::new();
        let mut urlish: Vec<bool> = Vec::new();
        for span in spans {
            let clean = sanitize(&span.text);
            if clean.is_empty() {
                continue;
            }
            let st = &span.style;
            let face = Face::select(style.bold || st.bold, style.italic || st.italic, st.mono);
            let size = if st.mono {
                style.size * MONO_SCALE
            } else {
                style.size
            };
            let color = if st.link.is_some() {
                LINK_COLOR
            } else if st.mono {
                CODE_COLOR
            } else {
                style.color
            };
            let style_idx = styles.len();
            styles.push(ResolvedStyle {
                color,
                link: st.link.clone(),
            });
            faces.push(face);
            urlish.push(st.mono || looks_like_url(&clean));
            let base = text.len();
            text.push_str(&clean);
            for (off, c) in clean.char_indices() {
                let (f, id, adv) = glyph_for(face, c);
                chars.push(Char {
                    pos: base + off,
                    c,
                    face: f,
                    id,
                    size,
                    width: adv * size,
                    style: style_idx,
                });
            }
        }
        if chars.is_empty() {
            return None;
        }
        let mut cum = Vec::with_capacity(chars.len() + 1);
        let mut acc = 0.0f32;
        cum.push(0.0);
        for ch in &chars {
            acc += ch.width;
            cum.push(acc);
        }
        let mut byte_to_idx = vec![usize::MAX; text.len() + 1];
        for (i, ch) in chars.iter().enumerate() {
            byte_to_idx[ch.pos] = i;
        }
        byte_to_idx[text.len()] = chars.len();

        // Segments between break opportunities: (start, end, mandatory) in char indices.
        let mut segments = Vec::new();
        let mut held = Vec::new();
        let mut prev = 0usize;
        for (pos, opp) in linebreaks(&text) {
            let idx = byte_to_idx.get(pos).copied().unwrap_or(chars.len());
            if idx == usize::MAX || idx <= prev {
                continue;
            }
            let mandatory = opp == BreakOpportunity::Mandatory && idx < chars.len();
            if !mandatory && idx < chars.len() && keeps_together(&chars, idx) {
                held.push(idx);
                continue;
            }
            segments.push((prev, idx, mandatory));
            prev = idx;
        }
        if prev < chars.len() {
            segments.push((prev, chars.len(), false));
        }
        Some(Prepared {
            text,
            chars,
            cum,
            styles,
            faces,
            urlish,
            hyphenate: style.hyphenate,
            segments,
            held,
        })
    }
}

struct Setter<'a> {
    text: &'a str,
    chars: &'a [Char],
    cum: &'a [f32],
    styles: &'a [ResolvedStyle],
    faces: &'a [Face],
    urlish: &'a [bool],
    hyphenate: bool,
    held: &'a [usize],
    width: f32,
}

const EPS: f32 = 0.01;

/// At most this many lines in a row end with an inserted hyphen (unless a word is longer
/// than a whole line).
const MAX_HYPHEN_RUN: usize = 2;

impl Setter<'_> {
    fn w(&self, a: usize, b: usize) -> f32 {
        self.cum[b] - self.cum[a]
    }

    fn is_space(&self, i: usize) -> bool {
        matches!(self.chars[i].c, ' ' | '\n' | '\u{200B}')
    }

    /// End of the visible content of `a..b` (trailing spaces excluded).
    fn content_end(&self, a: usize, b: usize) -> usize {
        let mut e = b;
        while e > a && self.is_space(e - 1) {
            e -= 1;
        }
        e
    }

    fn hyphen_width(&self, at: usize) -> f32 {
        let ch = &self.chars[at.saturating_sub(1)];
        let face = self.faces.get(ch.style).copied().unwrap_or(Face::Regular);
        break_hyphen(face).2 * ch.size
    }

    fn run(&self, segments: &[(usize, usize, bool)]) -> Vec<Line> {
        let mut lines: Vec<Line> = Vec::new();
        let mut start = 0usize;
        let mut w = 0.0f32;
        // Lines in a row that end with an inserted hyphen; a third one is avoided by moving
        // the word to the next line.
        let mut hyphen_run = 0usize;
        for &(seg_a, b, mandatory) in segments {
            let mut a = seg_a;
            loop {
                let ce = self.content_end(a, b);
                if a >= ce || w + self.w(a, ce) <= self.width + EPS {
                    w += self.w(a, b);
                    if mandatory {
                        lines.push(self.make_line(start, b, false));
                        start = b;
                        w = 0.0;
                    }
                    break;
                }
                let line_empty = start == a;
                let remaining = self.width - w;
                let split = if line_empty || hyphen_run < MAX_HYPHEN_RUN {
                    self.best_break(a, ce, remaining, line_empty)
                } else {
                    None
                };
                if let Some((k, hyph, forced)) = split {
                    let mut line = self.make_line(start, k, hyph);
                    line.forced = forced;
                    hyphen_run = if hyph { hyphen_run + 1 } else { 0 };
                    lines.push(line);
                    start = k;
                    a = k;
                    w = 0.0;
                    continue;
                }
                if !line_empty {
                    lines.push(self.make_line(start, a, false));
                    hyphen_run = 0;
                    start = a;
                    w = 0.0;
                    continue;
                }
                // Not even one character fits: set it anyway, alone.
                let k = a + 1;
                let mut line = self.make_line(start, k, false);
                line.forced = k < ce;
                lines.push(line);
                start = k;
                a = k;
                w = 0.0;
            }
        }
        if start < self.chars.len() {
            let line = self.make_line(start, self.chars.len(), false);
            if !line.frags.is_empty() {
                lines.push(line);
            }
        }
        lines
    }

    /// The rightmost break inside `a..ce` whose first part fits into `remaining`.
    fn best_break(
        &self,
        a: usize,
        ce: usize,
        remaining: f32,
        line_empty: bool,
    ) -> Option<(usize, bool, bool)> {
        // A nearly full line is better closed than filled with a word fragment; text that
        // should not be hyphenated (titles, headings) only breaks words longer than a line.
        if !line_empty && (remaining < 0.15 * self.width || !self.hyphenate) {
            return None;
        }
        let mut best: Option<(usize, bool)> = None;
        for (k, hyph) in self.candidates(a, ce, remaining, line_empty) {
            let need = self.w(a, k) + if hyph { self.hyphen_width(k) } else { 0.0 };
            if need <= remaining + EPS && best.is_none_or(|(bk, _)| k > bk) {
                best = Some((k, hyph));
            }
        }
        if best.is_some() || !line_empty {
            return best.map(|(k, h)| (k, h, false));
        }
        // Emergency: between any two characters.
        let mut k = a + 1;
        let mut found = None;
        while k < ce {
            if self.w(a, k) <= remaining + EPS {
                found = Some((k, false, true));
            } else {
                break;
            }
            k += 1;
        }
        found
    }

    /// Proper break points inside a word: hyphenation points, soft hyphens, URL punctuation.
    /// Only the part of the word that can fit into `remaining` is looked at.
    fn candidates(
        &self,
        a: usize,
        ce: usize,
        remaining: f32,
        line_empty: bool,
    ) -> Vec<(usize, bool)> {
        // Short words ("Kun-den") are only split when nothing else can fill a line.
        let min_letters = if line_empty { 6 } else { 8 };
        let mut out = Vec::new();
        let mut i = a;
        while i < ce && self.w(a, i) <= remaining + EPS {
            let ch = self.chars[i];
            if ch.c == '\u{00AD}' && i > a && i + 1 < ce {
                out.push((i + 1, true));
            }
            let url = self.urlish.get(ch.style).copied().unwrap_or(false);
            if url
                && i > a
                && i + 1 < ce
                && matches!(
                    ch.c,
                    '/' | '.' | '?' | '&' | '=' | '_' | '-' | '#' | ':' | ',' | ';'
                )
            {
                out.push((i + 1, false));
            }
            if url && i > a && ch.c == '%' {
                // Percent-encoded text in a URL breaks before an escape.
                out.push((i, false));
            }
            if !url && ch.c.is_alphabetic() {
                // A run of letters in one style: hyphenate it. A line that starts inside a
                // word (after an earlier break) hyphenates the whole word, so the breaks are
                // the same wherever the line starts. The scans stop after 65 letters, so a
                // huge word costs no more than a line.
                let mut ws = i;
                if i == a {
                    while ws > 0
                        && i - ws <= 64
                        && self.chars[ws - 1].c.is_alphabetic()
                        && self.chars[ws - 1].style == ch.style
                    {
                        ws -= 1;
                    }
                }
                let mut j = i;
                while j < ce
                    && j - ws <= 64
                    && self.chars[j].c.is_alphabetic()
                    && self.chars[j].style == ch.style
                {
                    j += 1;
                }
                // Longer letter runs are no words; they get emergency breaks.
                if (min_letters..=64).contains(&(j - ws)) {
                    let s = self.chars[ws].pos;
                    let e = self.chars.get(j).map_or(self.text.len(), |c| c.pos);
                    let word = &self.text[s..e];
                    let mut off = s;
                    let syllables = super::hyphenate::syllables(word);
                    for syl in syllables.iter().take(syllables.len().saturating_sub(1)) {
                        off += syl.len();
                        if let Some(k) = self.chars[ws..j].iter().position(|c| c.pos == off)
                            && ws + k > a
                        {
                            out.push((ws + k, true));
                        }
                    }
                }
                let long_run = j - ws > 64;
                i = j.max(i + 1);
                if long_run {
                    // Skip the rest of the letter run, but only as far as can fit.
                    while i < ce
                        && self.chars[i].c.is_alphabetic()
                        && self.w(a, i) <= remaining + EPS
                    {
                        i += 1;
                    }
                }
                continue;
            }
            i += 1;
        }
        // A date or code that does not fit a line of its own breaks where it would have.
        if line_empty {
            let from = self.held.partition_point(|&k| k <= a);
            for &k in self.held[from..].iter().take_while(|&&k| k < ce) {
                if self.w(a, k) <= remaining + EPS {
                    out.push((k, false));
                }
            }
        }
        // A hyphen is not doubled: break after an existing '-' without adding one.
        for cand in &mut out {
            if cand.1 && cand.0 > 0 && matches!(self.chars[cand.0 - 1].c, '-' | '\u{00AD}') {
                cand.1 = self.chars[cand.0 - 1].c == '\u{00AD}';
            }
        }
        out
    }

    fn make_line(&self, start: usize, end: usize, hyphen: bool) -> Line {
        let end = if hyphen {
            end
        } else {
            self.content_end(start, end)
        };
        let mut frags = build_frags(self.text, self.chars, start, end, self.styles);
        if hyphen && end > start {
            let last = self.chars[end - 1];
            let face = self.faces.get(last.style).copied().unwrap_or(Face::Regular);
            let (f, id, adv) = break_hyphen(face);
            let x = self.w(start, end);
            let st = &self.styles[last.style];
            let width = adv * last.size;
            match frags.last_mut() {
                Some(fr) if fr.face == f && fr.size == last.size && fr.color == st.color => {
                    let p = fr.text.len();
                    fr.text.push(SOFT_HYPHEN);
                    fr.glyphs.push(Glyph {
                        id,
                        advance: adv,
                        text: p..p + SOFT_HYPHEN.len_utf8(),
                    });
                    fr.width += width;
                }
                _ => frags.push(Draft {
                    x,
                    face: f,
                    size: last.size,
                    color: st.color,
                    text: SOFT_HYPHEN.to_string(),
                    glyphs: vec![Glyph {
                        id,
                        advance: adv,
                        text: 0..SOFT_HYPHEN.len_utf8(),
                    }],
                    width,
                    link: st.link.clone(),
                }),
            }
        }
        let width = frags.last().map_or(0.0, |f| f.x + f.width);
        Line {
            frags: frags.into_iter().map(Draft::finish).collect(),
            width,
            forced: false,
        }
    }
}

const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// Whether the letters of `chars[from..to]` spell a month name.
fn is_month(chars: &[Char], from: usize, to: usize) -> bool {
    let word = &chars[from..to];
    MONTHS
        .iter()
        .any(|m| m.chars().count() == word.len() && m.chars().zip(word).all(|(a, b)| a == b.c))
}

/// Whether a line must not break before `chars[idx]` although UAX #14 allows it: inside a
/// date ("16. Februar 2024") or inside a code of capitals and digits ("EW-WERBUNG-1.0",
/// "SHA-256"). Words that are more than such a code ("DSGVO-Dokumentation") still break.
fn keeps_together(chars: &[Char], idx: usize) -> bool {
    let at = |i: usize| chars.get(i).map_or('\0', |c| c.c);
    let before = if idx >= 1 { at(idx - 1) } else { '\0' };
    if before == '-' && idx >= 2 {
        let left = at(idx - 2);
        let next = at(idx);
        if next.is_ascii_digit() && left.is_alphanumeric() {
            return true;
        }
        if left.is_uppercase() || left.is_ascii_digit() {
            let run = chars[idx..]
                .iter()
                .take(33)
                .take_while(|c| c.c.is_alphanumeric())
                .count();
            let caps = chars[idx..idx + run]
                .iter()
                .all(|c| c.c.is_uppercase() || c.c.is_ascii_digit());
            return run > 0 && run <= 32 && caps;
        }
        return false;
    }
    if before == ' ' && idx >= 2 {
        // "16. |Februar 2024": a day number and a month (the cheap tests first).
        if at(idx - 2) == '.' && idx >= 3 && at(idx - 3).is_ascii_digit() {
            let month_len = chars[idx..]
                .iter()
                .take(10)
                .take_while(|c| c.c.is_alphabetic())
                .count();
            if month_len > 0 && is_month(chars, idx, idx + month_len) {
                return true;
            }
        }
        // "Februar |2024": a month and a year.
        if !at(idx).is_ascii_digit() {
            return false;
        }
        let mut start = idx - 1;
        while start > 0 && idx - 1 - start < 10 && at(start - 1).is_alphabetic() {
            start -= 1;
        }
        if start < idx - 1 && is_month(chars, start, idx - 1) {
            return true;
        }
    }
    false
}

fn looks_like_url(s: &str) -> bool {
    s.contains("://") || s.starts_with("www.") || (s.contains('@') && !s.contains(' '))
}

/// Groups `chars[start..end]` into fragments of equal face, size, colour and link.
fn build_frags(
    text: &str,
    chars: &[Char],
    start: usize,
    end: usize,
    styles: &[ResolvedStyle],
) -> Vec<Draft> {
    let mut frags: Vec<Draft> = Vec::new();
    let mut x = 0.0;
    for (index, ch) in chars.iter().enumerate().take(end).skip(start) {
        if is_invisible(ch.c) || ch.id == 0 {
            continue;
        }
        let Some(st) = styles.get(ch.style) else {
            continue;
        };
        let clen = ch.c.len_utf8();
        let src = &text[ch.pos..ch.pos + clen];
        let same = frags.last().is_some_and(|f| {
            f.face == ch.face && f.size == ch.size && f.color == st.color && f.link == st.link
        });
        if !same {
            // At most the rest of the line: one allocation each instead of doubling.
            let rest = end.min(chars.len()) - index;
            let rest_bytes = chars.get(end).map_or(text.len(), |c| c.pos) - ch.pos;
            frags.push(Draft {
                x,
                face: ch.face,
                size: ch.size,
                color: st.color,
                text: String::with_capacity(rest_bytes),
                glyphs: Vec::with_capacity(rest),
                width: 0.0,
                link: st.link.clone(),
            });
        }
        if let Some(f) = frags.last_mut() {
            let p = f.text.len();
            f.text.push_str(src);
            f.glyphs.push(Glyph {
                id: ch.id,
                advance: ch.width / ch.size.max(0.001),
                text: p..p + clen,
            });
            f.width += ch.width;
        }
        x += ch.width;
    }
    frags
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(in crate::backend::pdf::layout) fn body() -> TextStyle {
        TextStyle {
            size: 10.0,
            color: Color(0, 0, 0),
            bold: false,
            italic: false,
            hyphenate: true,
        }
    }

    fn line_text(l: &Line) -> String {
        l.frags.iter().map(|f| &*f.text).collect()
    }

    #[test]
    fn min_widths_of_whole_and_split_words() {
        let style = body();
        let long = "Verarbeitungstätigkeiten";
        let spans = [Span::plain(format!("Das {long} Art.\u{a0}30"))];
        let w = min_widths(&spans, &style);
        let word = measure(long, Face::Regular, style.size);
        // Whole words: the longest word (or the unit kept together by the no-break space).
        assert!((w.whole - word).abs() < EPS, "{w:?} against {word}");
        // Split words: a syllable plus its hyphen, narrower than the word, never zero.
        assert!(w.split > 0.0 && w.split < w.whole, "{w:?}");
        // Each value as the narrowest width a line-setting without forced breaks reaches.
        let lines = set_lines(&spans, &style, w.split);
        assert!(lines.iter().all(|l| l.width <= w.split + EPS));
        assert_eq!(min_widths(&[], &style), MinWidths::default());
    }

    #[test]
    fn no_break_space_holds() {
        let spans = [Span::plain(
            "gemäß Art.\u{a0}6 Abs.\u{a0}1 DSGVO und § 38 BDSG",
        )];
        for w in [40.0, 60.0, 80.0, 120.0] {
            for l in set_lines(&spans, &body(), w) {
                let t = line_text(&l);
                assert!(!t.ends_with("Art.") && !t.starts_with('6'), "{t:?} at {w}");
            }
        }
    }

    #[test]
    fn long_word_is_hyphenated_and_fits() {
        let spans = [Span::plain(
            "Die Datenschutz-Folgenabschätzungsverfahrensdokumentation liegt vor.",
        )];
        let lines = set_lines(&spans, &body(), 120.0);
        assert!(lines.iter().all(|l| l.width <= 120.0 + EPS));
        // Inserted hyphens are soft hyphens in the text; real hyphens stay U+002D.
        assert!(lines.iter().any(|l| line_text(l).ends_with(SOFT_HYPHEN)));
        assert!(lines.iter().all(|l| !line_text(l).ends_with('-')));
        let joined: String = lines.iter().map(line_text).collect::<Vec<_>>().join("|");
        assert!(
            joined.contains("Datenschutz-Fol\u{ad}|genab"),
            "hyphenated where a syllable fits: {joined}"
        );
        // Removing the inserted hyphens gives back the text.
        let rejoined = joined.replace("\u{ad}|", "").replace('|', " ");
        assert_eq!(
            rejoined,
            "Die Datenschutz-Folgenabschätzungsverfahrensdokumentation liegt vor."
        );
    }

    #[test]
    fn url_breaks_without_hyphen() {
        let url = format!("https://example.org/{}", "abschnitt/".repeat(20));
        let spans = [Span {
            text: url.clone(),
            style: SpanStyle {
                link: Some(url.clone()),
                ..SpanStyle::default()
            },
        }];
        let lines = set_lines(&spans, &body(), 200.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width <= 200.0 + EPS));
        let joined: String = lines.iter().map(line_text).collect();
        assert_eq!(joined, url);
    }

    #[test]
    fn dates_and_codes_stay_together() {
        let spans = [Span::plain(
            "Fassung vom 16. Februar 2024, Kennung EW-WERBUNG-1.0-20153a, Prüfsumme SHA-256 der DSGVO-Dokumentation",
        )];
        for w in [125.0, 130.0] {
            // Too narrow for the code: it breaks where it would have, never forced.
            let lines = set_lines(&spans, &body(), w);
            assert!(
                lines.iter().all(|l| !l.forced),
                "{w}: {:?}",
                lines.iter().map(line_text).collect::<Vec<_>>()
            );
        }
        for w in [140.0, 160.0, 220.0, 300.0] {
            let lines = set_lines(&spans, &body(), w);
            let texts: Vec<String> = lines.iter().map(line_text).collect();
            for t in &texts {
                assert!(
                    !t.ends_with("16.") && !t.ends_with("Februar"),
                    "{texts:?} at {w}"
                );
                assert!(
                    !t.ends_with("EW-") && !t.ends_with("SHA-"),
                    "{texts:?} at {w}"
                );
            }
        }
        // A compound with a lower-case part still breaks at its hyphen.
        let lines = set_lines(&[Span::plain("DSGVO-Dokumentation")], &body(), 60.0);
        assert_eq!(line_text(&lines[0]), "DSGVO-");
    }

    #[test]
    fn at_most_two_hyphenated_lines_in_a_row() {
        let spans = [Span::plain(
            "Datensicherheitsbedingungen beschreiben technische und organisatorische Maßnahmen; Datenverarbeitungsbedingungen verweisen auf Unterauftragsverarbeiter und Verarbeitungstätigkeiten.",
        )];
        for w in [70.0, 80.0, 95.0, 110.0] {
            let lines = set_lines(&spans, &body(), w);
            let texts: Vec<String> = lines.iter().map(line_text).collect();
            let mut run = 0;
            for t in &texts {
                run = if t.ends_with(SOFT_HYPHEN) { run + 1 } else { 0 };
                // A third hyphen in a row only where a word is longer than the line.
                assert!(
                    run <= 2 || t.chars().filter(|c| *c == ' ').count() == 0,
                    "{texts:?}"
                );
            }
        }
    }

    #[test]
    fn hard_break_splits() {
        let spans = [Span::plain("eins\nzwei")];
        let lines = set_lines(&spans, &body(), 400.0);
        assert_eq!(lines.len(), 2);
        assert_eq!(line_text(&lines[0]), "eins");
        assert_eq!(line_text(&lines[1]), "zwei");
    }

    #[test]
    fn sanitize_replaces_controls_and_private_use() {
        assert_eq!(sanitize("a\u{1}b\u{E000}c"), "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(sanitize("Müller & Co *GmbH*"), "Müller & Co *GmbH*");
    }
}
