//! Layout stage, typography: sizes, spacing and colours in one place.

use crate::backend::pdf::display::Color;

/// Body text size.
pub const BODY_SIZE: f32 = 10.0;
/// Body line height.
pub const BODY_LEADING: f32 = 14.2;
/// Space between paragraphs.
pub const PARA_GAP: f32 = 6.5;
/// Space between items of a tight list.
pub const TIGHT_ITEM_GAP: f32 = 2.5;
/// Space above and below a table or figure.
pub const TABLE_GAP: f32 = 9.0;

/// Table cell text size.
pub const CELL_SIZE: f32 = 8.8;
/// Table cell line height.
pub const CELL_LEADING: f32 = 11.8;
/// Horizontal cell padding.
pub const CELL_PAD_X: f32 = 4.5;
/// Vertical cell padding.
pub const CELL_PAD_Y: f32 = 3.6;

/// Code block size and line height.
pub const CODE_SIZE: f32 = 8.5;
/// Code block line height.
pub const CODE_LEADING: f32 = 11.5;

/// Running header and footer size.
pub const FURNITURE_SIZE: f32 = 7.8;

/// Running text colour.
pub const TEXT: Color = Color(0x1a, 0x1a, 0x1a);
/// Headings and title.
pub const ACCENT: Color = Color(0x1f, 0x3a, 0x5f);
/// Secondary text (header, footer, labels).
pub const MUTED: Color = Color(0x5a, 0x62, 0x6b);
/// Quote text.
pub const QUOTE_TEXT: Color = Color(0x3a, 0x3f, 0x45);
/// Hairlines and table row rules.
pub const RULE: Color = Color(0xc4, 0xcb, 0xd3);
/// Quote bar.
pub const QUOTE_BAR: Color = Color(0x9d, 0xb0, 0xc7);
/// Table header background.
pub const HEADER_FILL: Color = Color(0xe6, 0xec, 0xf3);
/// Code background.
pub const CODE_FILL: Color = Color(0xf3, 0xf4, 0xf6);

/// Heading size, space before, space after for levels 1..=6.
pub fn heading(level: u8) -> (f32, f32, f32) {
    match level {
        1 => (16.5, 20.0, 8.0),
        2 => (13.5, 17.0, 6.0),
        3 => (11.5, 13.0, 4.5),
        4 => (10.3, 11.0, 3.5),
        _ => (10.0, 9.0, 3.0),
    }
}

/// Edge of a QR code including its quiet zone: 45 mm, scannable from about 40 cm.
pub const QR_SIZE: f32 = 45.0 * 72.0 / 25.4;

/// Colour of a QR code's dark modules (black for the best contrast).
pub const QR_INK: Color = Color(0, 0, 0);
