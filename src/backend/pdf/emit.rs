//! PDF backend, emission stage: display list → PDF bytes with krilla.
//!
//! Draws exactly what layout measured (pre-measured glyphs, no shaping here), adds link
//! annotations, the nested outline, page labels and metadata, tags every piece of content
//! (the structure tree of [`super::tags`], everything else an artifact), and lets krilla
//! subset the embedded fonts and validate PDF/A and PDF/UA. Text runs are drawn by
//! [`super::glyphs`].

use std::num::NonZeroU32;

use krilla::Document as PdfDocument;
use krilla::SerializeSettings;
use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::{NumberingStyle, PageLabel, PageSettings};
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag};

use super::display::{Color, Document, Item, OutlineEntry, PlacedImage, Role};
use super::glyphs::{draw_run, draw_runs, krilla_fonts, reserve_glyphs, same_paint_end};
use super::tags::TagBuilder;
use super::{Conformance, PdfError, PdfMeta, PdfOptions};
use crate::brand::LogoFormat;

pub(super) fn fill(c: Color) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// Writes the PDF for a laid-out document.
pub fn emit(
    doc: &Document,
    meta: &PdfMeta,
    options: &PdfOptions,
    document_id: String,
) -> Result<Vec<u8>, PdfError> {
    let fonts = &krilla_fonts().ok_or(PdfError::Font)?;
    let mut configuration = ConfigurationBuilder::new();
    match options.conformance {
        Conformance::Plain => {}
        Conformance::PdfA2b => {
            configuration = configuration.with_archival_validator(Archival::A2_B);
        }
        Conformance::PdfA2u => {
            configuration = configuration.with_archival_validator(Archival::A2_U);
        }
        Conformance::PdfA2a => {
            configuration = configuration.with_archival_validator(Archival::A2_A);
        }
    }
    if options.accessible {
        configuration = configuration.with_accessibility_validator(Accessibility::UA1);
    }
    let configuration = configuration
        .finish()
        .map_err(|e| PdfError::Pdf(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut pdf = PdfDocument::new_with(settings);
    reserve_glyphs(&mut pdf, doc, fonts);
    let g = &doc.geometry;
    let mut tags = TagBuilder::new(&doc.structure);

    for (index, page) in doc.pages.iter().enumerate() {
        let mut page_settings = PageSettings::from_wh(g.width, g.height)
            .ok_or_else(|| PdfError::Pdf("invalid page size".into()))?;
        if index == 0 {
            page_settings = page_settings.with_page_label(PageLabel::new(
                Some(NumberingStyle::Arabic),
                None,
                NonZeroU32::new(1),
            ));
        }
        let mut pdf_page = pdf.start_page_with(page_settings);
        // Link annotations wait until the page's content is drawn: (link slot, area, URI).
        let mut pending = Vec::new();
        {
            let mut surface = pdf_page.surface();
            // Consecutive runs of one element (the lines of a paragraph) share one marked
            // content sequence: fewer identifiers, a smaller file, the same tree.
            let mut open: Option<usize> = None;
            let mut next = 0;
            while let Some(item) = page.items.get(next) {
                next += 1;
                let continues = match item {
                    Item::Text(run) => run.link.is_none() && run.node.is_some() && run.node == open,
                    Item::Rect(r) => r.node.is_some() && r.node == open,
                    Item::Image(_) => false,
                };
                if open.is_some() && !continues {
                    surface.end_tagged();
                    open = None;
                }
                match item {
                    // The modules of a QR code: content of their figure, one marked content
                    // sequence for all of them.
                    Item::Rect(r) if r.node.is_some() => {
                        if let Some(rect) = Rect::from_xywh(r.x, r.y, r.w, r.h) {
                            let mut pb = PathBuilder::new();
                            pb.push_rect(rect);
                            if let Some(path) = pb.finish() {
                                if !continues && let Some(node) = r.node {
                                    let id = surface.start_tagged(ContentTag::Other);
                                    tags.content(node, id, None);
                                    open = Some(node);
                                }
                                surface.set_fill(Some(fill(r.color)));
                                surface.draw_path(&path);
                            }
                        }
                    }
                    Item::Rect(r) => {
                        if let Some(rect) = Rect::from_xywh(r.x, r.y, r.w, r.h) {
                            let mut pb = PathBuilder::new();
                            pb.push_rect(rect);
                            if let Some(path) = pb.finish() {
                                // Rules, fills and the matrix cells are decoration; the
                                // matrix's meaning is in its alternative text.
                                surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                                    ArtifactType::Layout,
                                )));
                                surface.set_fill(Some(fill(r.color)));
                                surface.draw_path(&path);
                                surface.end_tagged();
                            }
                        }
                    }
                    Item::Image(image) => draw_image(&mut surface, image)?,
                    Item::Text(run) if continues => {
                        let end = same_paint_end(&page.items, next - 1);
                        draw_runs(&mut surface, &page.items[next - 1..end], fonts);
                        next = end;
                    }
                    Item::Text(run) if run.glyphs.is_empty() => {}
                    Item::Text(run) => match run.node {
                        Some(node) if run.link.is_none() => {
                            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                            let end = same_paint_end(&page.items, next - 1);
                            draw_runs(&mut surface, &page.items[next - 1..end], fonts);
                            next = end;
                            tags.content(node, id, None);
                            open = Some(node);
                        }
                        Some(node) => {
                            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                            draw_run(&mut surface, run, fonts);
                            surface.end_tagged();
                            let slot = tags.content(node, id, run.link.as_deref());
                            if let (Some(slot), Some(uri)) = (slot, &run.link) {
                                let area =
                                    Rect::from_ltrb(run.x, run.top, run.x + run.width, run.bottom);
                                if let Some(area) = area {
                                    pending.push((slot, area, uri.clone()));
                                }
                            }
                        }
                        None => {
                            let kind = match run.role {
                                Role::Header => ArtifactType::Header,
                                Role::Footer => ArtifactType::Footer,
                                _ => ArtifactType::PaginationOther,
                            };
                            surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
                            draw_run(&mut surface, run, fonts);
                            surface.end_tagged();
                        }
                    },
                }
            }
            if open.is_some() {
                surface.end_tagged();
            }
            surface.finish();
        }
        for (slot, area, uri) in pending {
            let target = Target::Action(Action::Link(LinkAction::new(uri.clone())));
            let id = pdf_page.add_tagged_annotation(Annotation::new_link(
                LinkAnnotation::new(area, target),
                Some(uri),
            ));
            tags.annotation(slot, id);
        }
        pdf_page.finish();
    }

    pdf.set_outline(outline(&doc.outline));
    pdf.set_tag_tree(tags.finish(meta.lang));

    // PDF/UA needs a title; a document without one is named by its title block.
    let title = [meta.title.trim(), doc.title.trim()]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or(meta.furniture().untitled)
        .to_string();
    let (y, m, d) = meta.date;
    let mut metadata = Metadata::new()
        .title(title)
        .authors(vec![meta.company.clone()])
        .description(meta.subject.clone())
        .language(meta.lang.tag().to_string())
        .creator("dsgvo-gen".to_string())
        .producer(format!("dsgvo-gen {}", env!("CARGO_PKG_VERSION")))
        .document_id(document_id)
        .creation_date(DateTime::new(y).month(m.clamp(1, 12)).day(d.clamp(1, 31)));
    if !meta.keywords.is_empty() {
        metadata = metadata.keywords(meta.keywords.clone());
    }
    pdf.set_metadata(metadata);
    pdf.finish().map_err(|e| match e {
        krilla::error::KrillaError::Validation(errors) => PdfError::Validation(
            errors
                .iter()
                .map(|(e, _)| format!("{e:?}"))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        other => PdfError::Pdf(other.to_string()),
    })
}

/// Draws a letterhead logo as a header artifact, scaled into its box.
fn draw_image(surface: &mut Surface, placed: &PlacedImage) -> Result<(), PdfError> {
    let data = krilla::Data::from(placed.logo.bytes.clone());
    let image = match placed.logo.format {
        LogoFormat::Png => Image::from_png(data, false),
        LogoFormat::Jpeg => Image::from_jpeg(data, false),
    }
    .map_err(|e| PdfError::Pdf(format!("logo: {e}")))?;
    let size = Size::from_wh(placed.w, placed.h)
        .ok_or_else(|| PdfError::Pdf("logo: empty size".into()))?;
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Header,
    )));
    surface.push_transform(&Transform::from_translate(placed.x, placed.y));
    surface.draw_image(image, size);
    surface.pop();
    surface.end_tagged();
    Ok(())
}

/// Builds the nested outline: each entry becomes a child of the nearest preceding entry
/// with a lower level.
fn outline(entries: &[OutlineEntry]) -> Outline {
    struct Open {
        level: u8,
        node: OutlineNode,
    }
    let mut root = Outline::new();
    let mut stack: Vec<Open> = Vec::new();
    let close_into = |stack: &mut Vec<Open>, root: &mut Outline, open: Open| match stack.last_mut()
    {
        Some(parent) => parent.node.push_child(open.node),
        None => root.push_child(open.node),
    };
    for e in entries {
        while stack.last().is_some_and(|o| o.level >= e.level) {
            if let Some(open) = stack.pop() {
                close_into(&mut stack, &mut root, open);
            }
        }
        let dest = XyzDestination::new(e.page, Point::from_xy(0.0, (e.y - 6.0).max(0.0)));
        stack.push(Open {
            level: e.level,
            node: OutlineNode::new(e.title.clone(), dest).with_open(e.level <= 1),
        });
    }
    while let Some(open) = stack.pop() {
        close_into(&mut stack, &mut root, open);
    }
    root
}
