//! DOCX backend, `styles.xml` and `numbering.xml`: the typography of the PDF as Word styles.
//!
//! Sizes follow `pdf::layout::style` (body 10 pt, headings 16.5/13.5/11.5/10.3/10 pt, table
//! text 9 pt); the font is Arial (every Word has it; LibreOffice substitutes the metrically
//! identical Liberation Sans), code Courier New (Liberation Mono).

use super::body::{BULLET_NUM, LIST_HANG, LIST_STEP};
use super::xml::{DECL, W, color};

/// Body font.
pub const FONT: &str = "Arial";
/// Font of code.
pub const MONO: &str = "Courier New";

/// Heading size (half-points), space before and after (twips) for levels 1..=6.
fn heading(level: u8) -> (u32, u32, u32) {
    match level {
        1 => (40, 240, 160),
        2 => (27, 340, 120),
        3 => (23, 260, 90),
        4 => (21, 220, 70),
        _ => (20, 180, 60),
    }
}

fn paragraph_style(id: &str, name: &str, extra: &str, ppr: &str, rpr: &str) -> String {
    format!(
        "<w:style w:type=\"paragraph\" w:customStyle=\"{custom}\" w:styleId=\"{id}\">\
         <w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/>{extra}\
         <w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>",
        custom = u8::from(!matches!(
            name,
            "header" | "footer" | "Quote" | "List Paragraph"
        )),
    )
}

/// `word/styles.xml`; `accent` (`RRGGBB`) colours the headings and the rule under level 1.
pub fn styles(accent: &str, lang: crate::lang::Lang) -> String {
    // The PDF's palette, so both formats look alike.
    use crate::backend::pdf::layout::{style as pdf, text::LINK_COLOR};
    let (text, muted, rule) = (color(pdf::TEXT), color(pdf::MUTED), color(pdf::RULE));
    let (quote_text, quote_bar) = (color(pdf::QUOTE_TEXT), color(pdf::QUOTE_BAR));
    let (code_fill, link) = (color(pdf::CODE_FILL), color(LINK_COLOR));
    let mut x = String::from(DECL);
    x.push_str(&format!("<w:styles xmlns:w=\"{W}\">"));
    x.push_str(&format!(
        "<w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\"/>\
         <w:color w:val=\"{text}\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>\
         <w:lang w:val=\"{tag}\" w:eastAsia=\"{tag}\" w:bidi=\"ar-SA\"/>\
         </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
         <w:spacing w:after=\"130\" w:line=\"284\" w:lineRule=\"atLeast\"/>\
         </w:pPr></w:pPrDefault></w:docDefaults>",
        tag = lang.tag()
    ));
    x.push_str(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">\
         <w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>\
         <w:unhideWhenUsed/></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">\
         <w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>\
         <w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>\
         <w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>\
         </w:tblCellMar></w:tblPr></w:style>\
         <w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\">\
         <w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>\
         <w:unhideWhenUsed/></w:style>",
    );
    for level in 1..=6u8 {
        let (size, before, after) = heading(level);
        let border = if level == 1 {
            format!(
                "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" \
                 w:color=\"{accent}\"/></w:pBdr>"
            )
        } else {
            String::new()
        };
        x.push_str(&format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading{level}\">\
             <w:name w:val=\"heading {level}\"/><w:basedOn w:val=\"Normal\"/>\
             <w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
             <w:pPr><w:keepNext/><w:keepLines/>{border}\
             <w:spacing w:before=\"{before}\" w:after=\"{after}\" w:line=\"240\" w:lineRule=\"auto\"/>\
             <w:outlineLvl w:val=\"{lvl}\"/></w:pPr>\
             <w:rPr><w:b/><w:bCs/><w:color w:val=\"{accent}\"/>\
             <w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>",
            lvl = level - 1,
        ));
    }
    x.push_str(&paragraph_style(
        "Dokumentart",
        "Dokumentart",
        "<w:next w:val=\"Heading1\"/>",
        "<w:spacing w:after=\"60\"/>",
        &format!("<w:color w:val=\"{muted}\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"),
    ));
    x.push_str(&paragraph_style(
        "Listenabsatz",
        "List Paragraph",
        "<w:uiPriority w:val=\"34\"/><w:qFormat/>",
        "<w:spacing w:after=\"40\"/>",
        "",
    ));
    x.push_str(&paragraph_style(
        "Zitat",
        "Quote",
        "<w:uiPriority w:val=\"29\"/><w:qFormat/>",
        &format!(
            "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"{quote_bar}\"/>\
             </w:pBdr><w:ind w:left=\"284\"/>"
        ),
        &format!("<w:color w:val=\"{quote_text}\"/>"),
    ));
    x.push_str(&paragraph_style(
        "Code",
        "Code",
        "",
        &format!(
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{code_fill}\"/>\
             <w:spacing w:after=\"130\" w:line=\"230\" w:lineRule=\"atLeast\"/>"
        ),
        &format!(
            "<w:rFonts w:ascii=\"{MONO}\" w:hAnsi=\"{MONO}\" w:cs=\"{MONO}\"/>\
             <w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>"
        ),
    ));
    x.push_str(&paragraph_style(
        "Trennlinie",
        "Trennlinie",
        "",
        &format!(
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"{rule}\"/>\
             </w:pBdr><w:spacing w:before=\"60\" w:after=\"200\" w:line=\"120\" w:lineRule=\"exact\"/>"
        ),
        "<w:sz w:val=\"8\"/>",
    ));
    x.push_str(&paragraph_style(
        "Tabellentext",
        "Tabellentext",
        "",
        "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"236\" w:lineRule=\"atLeast\"/>",
        "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>",
    ));
    x.push_str(&paragraph_style(
        "Tabellenabstand",
        "Tabellenabstand",
        "",
        "<w:spacing w:after=\"60\" w:line=\"120\" w:lineRule=\"exact\"/>",
        "<w:sz w:val=\"8\"/>",
    ));
    x.push_str(&paragraph_style(
        "Abbildungstitel",
        "Abbildungstitel",
        "",
        "<w:spacing w:before=\"120\" w:after=\"60\"/>",
        "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>",
    ));
    let furniture =
        format!("<w:color w:val=\"{muted}\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>");
    x.push_str(&paragraph_style(
        "Header",
        "header",
        "<w:uiPriority w:val=\"99\"/>",
        &format!(
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"{rule}\"/>\
             </w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"{BODY}\"/></w:tabs>\
             <w:spacing w:after=\"0\"/>",
            BODY = super::body::BODY_WIDTH
        ),
        &furniture,
    ));
    x.push_str(&paragraph_style(
        "Footer",
        "footer",
        "<w:uiPriority w:val=\"99\"/>",
        &format!(
            "<w:tabs><w:tab w:val=\"right\" w:pos=\"{BODY}\"/></w:tabs><w:spacing w:after=\"0\"/>",
            BODY = super::body::BODY_WIDTH
        ),
        &furniture,
    ));
    x.push_str(&format!(
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>\
         <w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr><w:color w:val=\"{link}\"/>\
         <w:u w:val=\"single\"/></w:rPr></w:style>\
         <w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Quelltext\">\
         <w:name w:val=\"Quelltext\"/><w:rPr>\
         <w:rFonts w:ascii=\"{MONO}\" w:hAnsi=\"{MONO}\" w:cs=\"{MONO}\"/>\
         <w:color w:val=\"333333\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
    ));
    x.push_str(&format!(
        "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"Tabelle\">\
         <w:name w:val=\"Tabelle\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>\
         <w:pPr><w:spacing w:after=\"0\"/></w:pPr>\
         <w:tblPr><w:tblBorders>\
         <w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/>\
         <w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/>\
         <w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/>\
         <w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/>\
         </w:tblBorders><w:tblCellMar><w:top w:w=\"60\" w:type=\"dxa\"/>\
         <w:left w:w=\"90\" w:type=\"dxa\"/><w:bottom w:w=\"60\" w:type=\"dxa\"/>\
         <w:right w:w=\"90\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
    ));
    x.push_str("</w:styles>");
    x
}

/// `word/numbering.xml`: one definition for bullets, one for numbers (`1.`, `a)`, `i.` by
/// level); every ordered list is its own instance so that it starts at its own number.
pub fn numbering(ordered: &[(usize, usize)]) -> String {
    let mut x = String::from(DECL);
    x.push_str(&format!("<w:numbering xmlns:w=\"{W}\">"));
    let bullets = ["\u{2022}", "\u{2013}", "\u{25aa}"];
    for (id, ordered_def) in [(0, false), (1, true)] {
        x.push_str(&format!(
            "<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        ));
        for lvl in 0..9u32 {
            let left = LIST_STEP * (lvl + 1);
            let (fmt, text) = if ordered_def {
                let fmt = ["decimal", "lowerLetter", "lowerRoman"][lvl as usize % 3];
                let text = if lvl % 3 == 1 {
                    format!("%{})", lvl + 1)
                } else {
                    format!("%{}.", lvl + 1)
                };
                (fmt, text)
            } else {
                ("bullet", bullets[lvl as usize % 3].to_string())
            };
            x.push_str(&format!(
                "<w:lvl w:ilvl=\"{lvl}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{fmt}\"/>\
                 <w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>\
                 <w:pPr><w:ind w:left=\"{left}\" w:hanging=\"{LIST_HANG}\"/></w:pPr></w:lvl>"
            ));
        }
        x.push_str("</w:abstractNum>");
    }
    x.push_str(&format!(
        "<w:num w:numId=\"{BULLET_NUM}\"><w:abstractNumId w:val=\"0\"/></w:num>"
    ));
    for (i, (start, lvl)) in ordered.iter().enumerate() {
        x.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"1\"/>\
             <w:lvlOverride w:ilvl=\"{lvl}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride>\
             </w:num>",
            i + 2
        ));
    }
    x.push_str("</w:numbering>");
    x
}
