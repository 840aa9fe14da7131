//! DOCX backend, the package's small parts: content types, relationships, document
//! properties, settings, running header and footer.

use crate::backend::pdf::PdfMeta;
use crate::brand::{Brand, Logo};

use super::body::LINK_BASE;
use super::xml::{DECL, R, RunFormat, W, esc, runs};

const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const WML: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// Relationship IDs of the fixed parts of `word/document.xml`.
pub const STYLES_ID: &str = "rId1";
/// Numbering definitions.
pub const NUMBERING_ID: &str = "rId2";
/// Settings.
pub const SETTINGS_ID: &str = "rId3";
/// Running header.
pub const HEADER_ID: &str = "rId4";
/// Running footer.
pub const FOOTER_ID: &str = "rId5";
/// Header of page 1 (the title is right below it: letterhead only, as the PDF's page 1).
pub const FIRST_HEADER_ID: &str = "rId6";
/// Footer of page 1 (the same as the running footer).
pub const FIRST_FOOTER_ID: &str = "rId7";

/// Path of the logo inside the package.
pub fn logo_path(logo: &Logo) -> String {
    format!("word/media/logo.{}", logo.format.extension())
}

/// `[Content_Types].xml`.
pub fn content_types(logo: Option<&Logo>) -> String {
    let mut x = String::from(DECL);
    x.push_str(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    );
    if let Some(logo) = logo {
        x.push_str(&format!(
            "<Default Extension=\"{}\" ContentType=\"{}\"/>",
            logo.format.extension(),
            logo.format.mime()
        ));
    }
    for (part, kind) in [
        ("/word/document.xml", "document.main+xml"),
        ("/word/styles.xml", "styles+xml"),
        ("/word/numbering.xml", "numbering+xml"),
        ("/word/settings.xml", "settings+xml"),
        ("/word/header1.xml", "header+xml"),
        ("/word/footer1.xml", "footer+xml"),
        ("/word/header2.xml", "header+xml"),
        ("/word/footer2.xml", "footer+xml"),
    ] {
        x.push_str(&format!(
            "<Override PartName=\"{part}\" ContentType=\"{WML}.{kind}\"/>"
        ));
    }
    x.push_str(
        "<Override PartName=\"/docProps/core.xml\" \
         ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/docProps/app.xml\" \
         ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
         </Types>",
    );
    x
}

fn relationships(rels: &[(String, String, String, bool)]) -> String {
    let mut x = String::from(DECL);
    x.push_str(&format!("<Relationships xmlns=\"{PKG_REL}\">"));
    for (id, kind, target, external) in rels {
        x.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{}\"{}/>",
            esc(target),
            if *external {
                " TargetMode=\"External\""
            } else {
                ""
            }
        ));
    }
    x.push_str("</Relationships>");
    x
}

/// `_rels/.rels`.
pub fn package_rels() -> String {
    relationships(&[
        (
            "rId1".into(),
            format!("{REL}/officeDocument"),
            "word/document.xml".into(),
            false,
        ),
        (
            "rId2".into(),
            format!("{PKG_REL}/metadata/core-properties"),
            "docProps/core.xml".into(),
            false,
        ),
        (
            "rId3".into(),
            format!("{REL}/extended-properties"),
            "docProps/app.xml".into(),
            false,
        ),
    ])
}

/// `word/_rels/document.xml.rels`: the fixed parts, then one external relationship per link.
pub fn document_rels(links: &[String]) -> String {
    let mut rels: Vec<(String, String, String, bool)> = [
        (STYLES_ID, "styles", "styles.xml"),
        (NUMBERING_ID, "numbering", "numbering.xml"),
        (SETTINGS_ID, "settings", "settings.xml"),
        (HEADER_ID, "header", "header1.xml"),
        (FOOTER_ID, "footer", "footer1.xml"),
        (FIRST_HEADER_ID, "header", "header2.xml"),
        (FIRST_FOOTER_ID, "footer", "footer2.xml"),
    ]
    .iter()
    .map(|(id, kind, target)| {
        (
            id.to_string(),
            format!("{REL}/{kind}"),
            target.to_string(),
            false,
        )
    })
    .collect();
    for (i, target) in links.iter().enumerate() {
        rels.push((
            format!("rId{}", LINK_BASE + i),
            format!("{REL}/hyperlink"),
            target.clone(),
            true,
        ));
    }
    relationships(&rels)
}

/// `word/_rels/header1.xml.rels` and `header2.xml.rels` (only with a logo).
pub fn header_rels(logo: &Logo) -> String {
    relationships(&[(
        "rId1".into(),
        format!("{REL}/image"),
        format!("media/logo.{}", logo.format.extension()),
        false,
    )])
}

fn w3cdtf((year, month, day): (u16, u8, u8)) -> String {
    format!("{year:04}-{month:02}-{day:02}T00:00:00Z")
}

/// `docProps/core.xml`: title, subject, author (the controller), keywords, language, version,
/// and the Stand date as creation and modification date.
pub fn core(meta: &PdfMeta) -> String {
    let date = w3cdtf(meta.date);
    let mut x = String::from(DECL);
    x.push_str(&format!(
        "<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject>\
         <dc:creator>{company}</dc:creator><cp:keywords>{keywords}</cp:keywords>\
         <cp:lastModifiedBy>{company}</cp:lastModifiedBy><cp:revision>1</cp:revision>\
         <cp:version>{version}</cp:version><dc:language>{lang}</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>\
         </cp:coreProperties>",
        title = esc(meta.title.trim()),
        subject = esc(meta.subject.trim()),
        company = esc(meta.company.trim()),
        keywords = esc(&meta.keywords.join(", ")),
        version = esc(meta.version.trim()),
        lang = meta.lang.tag(),
    ));
    x
}

/// `docProps/app.xml`.
pub fn app(meta: &PdfMeta) -> String {
    let mut x = String::from(DECL);
    x.push_str(&format!(
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>dsgvo-gen</Application><Company>{}</Company></Properties>",
        esc(meta.company.trim())
    ));
    x
}

/// `word/settings.xml`: the document language, current compatibility mode (no "compatibility
/// mode" banner).
pub fn settings(lang: crate::lang::Lang) -> String {
    let mut x = String::from(DECL);
    x.push_str(&format!(
        "<w:settings xmlns:w=\"{W}\"><w:zoom w:percent=\"100\"/>\
         <w:defaultTabStop w:val=\"709\"/><w:hyphenationZone w:val=\"425\"/>\
         <w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" \
         w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"{tag}\"/></w:settings>",
        tag = lang.tag()
    ));
    x
}

/// Widest logo in the header (4.5 cm) and tallest (1.5 cm), in EMU.
const LOGO_MAX_W: f64 = 4.5 * 360_000.0;
const LOGO_MAX_H: f64 = 1.5 * 360_000.0;

/// Logo size (EMU) at its aspect ratio within 4.5 × 1.5 cm.
pub fn logo_extent(logo: &Logo) -> (u64, u64) {
    let aspect = logo.aspect();
    let (mut w, mut h) = (LOGO_MAX_W, LOGO_MAX_W / aspect);
    if h > LOGO_MAX_H {
        h = LOGO_MAX_H;
        w = h * aspect;
    }
    (w.round() as u64, h.round() as u64)
}

fn drawing(logo: &Logo, name: &str) -> String {
    let (cx, cy) = logo_extent(logo);
    let descr = esc(&format!("Logo {name}"));
    format!(
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
         <wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>\
         <wp:docPr id=\"1\" name=\"Logo\" descr=\"{descr}\"/>\
         <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
         <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
         <pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"logo.{ext}\" descr=\"{descr}\"/><pic:cNvPicPr/>\
         </pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rId1\"/><a:stretch><a:fillRect/></a:stretch>\
         </pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/>\
         </a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
         </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>",
        ext = logo.format.extension(),
    )
}

fn part_start(tag: &str) -> String {
    format!(
        "{DECL}<w:{tag} xmlns:w=\"{W}\" xmlns:r=\"{R}\" \
         xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
         xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
         xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
    )
}

/// `word/header1.xml`: with a letterhead its logo and sender line, then title and company.
pub fn header(meta: &PdfMeta, title: &str) -> String {
    let mut x = part_start("hdr");
    if let Some(brand) = meta.letterhead.as_deref() {
        x.push_str(&letterhead(brand));
    }
    x.push_str("<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");
    x.push_str(&runs(
        title.trim(),
        &RunFormat {
            bold: true,
            ..RunFormat::default()
        },
    ));
    if !meta.company.trim().is_empty() {
        x.push_str(&runs(
            &format!("\t{}", meta.company.trim()),
            &RunFormat::default(),
        ));
    }
    x.push_str("</w:p></w:hdr>");
    x
}

/// `word/header2.xml`, the header of page 1: the letterhead, or nothing.
pub fn first_header(meta: &PdfMeta) -> String {
    let mut x = part_start("hdr");
    match meta.letterhead.as_deref() {
        Some(brand) => x.push_str(&letterhead(brand)),
        None => x.push_str("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>"),
    }
    x.push_str("</w:hdr>");
    x
}

fn letterhead(brand: &Brand) -> String {
    // Same style and border as the title line below: Word and LibreOffice draw one rule
    // under both.
    let mut x = String::from(
        "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:spacing w:after=\"120\"/></w:pPr>",
    );
    if let Some(logo) = &brand.logo {
        x.push_str(&drawing(logo, &brand.name));
    }
    x.push_str(&runs(
        &format!("\t{}", brand.sender_line()),
        &RunFormat::default(),
    ));
    x.push_str("</w:p>");
    x
}

/// `word/footer1.xml`: „Stand …, Version …“ and „Seite X von Y“ (in the document's language), then the brand's footer line.
pub fn footer(meta: &PdfMeta) -> String {
    let words = meta.furniture();
    let mut left = Vec::new();
    if !meta.stand.trim().is_empty() {
        left.push(format!("{} {}", words.stand, meta.stand.trim()));
    }
    if !meta.version.trim().is_empty() {
        left.push(format!("{} {}", words.version, meta.version.trim()));
    }
    let plain = RunFormat::default();
    let field = |instr: &str| {
        format!("<w:fldSimple w:instr=\" {instr} \"><w:r><w:t>1</w:t></w:r></w:fldSimple>")
    };
    let mut x = part_start("ftr");
    x.push_str(&format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:pBdr><w:top w:val=\"single\" w:sz=\"4\" \
         w:space=\"4\" w:color=\"C4CBD3\"/></w:pBdr></w:pPr>{}{}{}{}</w:p>",
        runs(&format!("{}\t{} ", left.join(", "), words.page), &plain),
        field("PAGE"),
        runs(&format!(" {} ", words.of), &plain),
        field("NUMPAGES"),
    ));
    if let Some(line) = meta
        .letterhead
        .as_deref()
        .and_then(|b| b.footer.as_deref())
        .filter(|l| !l.trim().is_empty())
    {
        x.push_str(&format!(
            "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>{}</w:p>",
            runs(line.trim(), &plain)
        ));
    }
    x.push_str("</w:ftr>");
    x
}
