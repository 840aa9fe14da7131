//! `dsgvo-gen` writes the GDPR (DSGVO) documentation a German company needs to use WhatsApp
//! with its customers.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! interview         German questions (`dsgvo-gen init`) → RawProfile → commented YAML
//! profile::load      YAML → RawProfile (every structural problem at once, with line/column)
//! profile::validate  RawProfile → Profile + compliance lints (DSG0xx)
//! context            Profile × DocumentKind → view model for the templates
//! render             Tera templates (embedded ⊕ user overrides) → Markdown
//! backend            Markdown → bytes per output format (pure, no I/O)
//! output             atomic, skip-unchanged writes or a `--check` comparison
//! ```
//!
//! Legal facts (authorities, Meta entities, retention periods, scenario catalogue, risks) live
//! as data in [`legal`].

pub mod backend;
pub mod brand;
pub mod ci_report;
pub mod cli;
pub mod context;
pub mod date;
pub mod diagnostic;
pub mod document;
pub mod history;
pub mod interview;
pub mod lang;
pub mod legal;
pub mod output;
pub mod profile;
pub mod render;
pub mod risk;
pub mod text;
pub mod ui;

use backend::Format;
use context::RunInfo;
use diagnostic::Diagnostic;
use document::DocumentKind;
use output::Artifact;
use profile::validate::Profile;
use render::{RenderError, Templates};
use std::path::PathBuf;

/// Why documents could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A template failed to render.
    #[error("{0}")]
    Render(#[from] RenderError),
    /// A PDF could not be written.
    #[error("{document}: {source}")]
    Pdf {
        /// File stem of the document.
        document: &'static str,
        /// The PDF backend's error.
        source: backend::pdf::PdfError,
    },
    /// A DOCX file could not be written.
    #[error("{document}: {source}")]
    Docx {
        /// File stem of the document.
        document: &'static str,
        /// The DOCX backend's error.
        source: backend::docx::DocxError,
    },
    /// The client's history (`verlauf.json`) could not be read.
    #[error("{0}")]
    History(String),
}

impl Error {
    /// Whether the user's own files caused the error — a template of theirs, or the history
    /// file in the output folder (exit code 1 rather than 2).
    pub fn is_user_template(&self) -> bool {
        matches!(self, Error::Render(e) if e.user_template) || matches!(self, Error::History(_))
    }
}

/// Version of this tool, printed into every document.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Git commit this binary was built from ("unbekannt" when the build had no git checkout and
/// no packaging record; see `build.rs`).
pub const COMMIT: &str = env!("DSGVO_GEN_COMMIT");

/// What to generate and how.
pub struct Options<'a> {
    /// Template set.
    pub templates: &'a Templates,
    /// Stand date and versions.
    pub run: RunInfo,
    /// Output formats, in order.
    pub formats: Vec<Format>,
    /// The consultant's brand (`--brand`), if any.
    pub brand: Option<std::sync::Arc<brand::Brand>>,
    /// Document languages (`--lang`, `document.languages`): German always; with English, the
    /// documents data subjects read also as `<stem>.en.<ext>`.
    pub languages: lang::Languages,
}

/// Generates the documents of one profile. `findings` are the profile's lint results; warnings
/// are listed in the documents where they matter. Pure: returns the files, writes nothing.
///
/// Without a history, the documents' version overview has one row "Erstfassung"; a build of a
/// client folder goes through [`history::generate`], which passes the client's history in.
pub fn generate(
    profile: &Profile,
    findings: &[Diagnostic],
    options: &Options<'_>,
) -> Result<Vec<Artifact>, Error> {
    let stand = profile.stand.unwrap_or(options.run.stand);
    generate_with(
        profile,
        findings,
        options,
        &history::first_rows(profile, stand),
    )
}

/// [`generate`] with the version overview `history` (oldest row first) for the internal
/// documents.
pub fn generate_with(
    profile: &Profile,
    findings: &[Diagnostic],
    options: &Options<'_>,
    history: &[history::Row],
) -> Result<Vec<Artifact>, Error> {
    let mut artifacts = Vec::new();
    let stand = profile.stand.unwrap_or(options.run.stand);
    // The view model is the same for every document of a language but for its `doc` part:
    // built and converted for Tera once per language, then switched document by document.
    let mut views: Vec<(lang::Lang, context::DocContext, tera::Context)> = Vec::new();
    for kind in DocumentKind::ALL {
        // German first, then the translations of the documents that have one, side by side.
        for lang in options
            .languages
            .iter()
            .filter(|l| kind.languages().contains(l))
        {
            let template = lang.template(&kind.template());
            let at = match views.iter().position(|(l, _, _)| *l == lang) {
                Some(at) => at,
                None => {
                    let ctx = context::build_in(profile, kind, &options.run, findings, lang)
                        .with_history(history);
                    let tera_ctx = render::Templates::context(&template, &ctx)?;
                    views.push((lang, ctx, tera_ctx));
                    views.len() - 1
                }
            };
            let (_, ctx, tera_ctx) = &mut views[at];
            ctx.for_kind(profile, kind, lang);
            tera_ctx.insert("doc", ctx.doc_view());
            let mut markdown = options
                .templates
                .render_markdown_with(&template, tera_ctx)?;
            if kind == DocumentKind::Einwilligung
                && lang == lang::Lang::De
                && options.languages.contains(lang::Lang::En)
            {
                markdown = context::consent::with_english_note(
                    &markdown,
                    options.formats.contains(&Format::Html),
                );
            }
            // Internal documents carry the letterhead; those data subjects read do not.
            let meta = pdf_meta(
                profile,
                stand,
                kind.title_in(profile, lang),
                lang.pick(
                    "DSGVO-Dokumentation für die WhatsApp-Kommunikation",
                    "GDPR documentation for communication via WhatsApp",
                ),
                Some(kind.legal_core_in(lang)),
            )
            .in_lang(lang)
            .branded(options.brand.as_ref(), !kind.is_public());
            let stem = lang.stem(kind.stem());
            for format in &options.formats {
                let bytes = match format {
                    Format::Md => backend::markdown::render(&markdown),
                    Format::Pdf => pdf(&markdown, meta.clone(), kind.stem())?,
                    Format::Docx => docx(&markdown, meta.clone(), kind.stem())?,
                    Format::Html => continue,
                };
                artifacts.push(Artifact {
                    path: PathBuf::from(format!("{stem}.{}", format.extension())),
                    bytes,
                });
            }
        }
    }
    artifacts.extend(print(profile, findings, options, stand)?);
    if options.formats.contains(&Format::Html) {
        // The consent page belongs to the consent texts: same view model, own template; one
        // page per language, each linking the other.
        for lang in options.languages.iter() {
            let ctx = context::build_in(
                profile,
                DocumentKind::Einwilligung,
                &options.run,
                findings,
                lang,
            )
            .with_accent(options.brand.as_ref().map(|b| b.accent));
            artifacts.push(Artifact {
                path: PathBuf::from(backend::html::file_name(lang)),
                bytes: backend::html::render_page(
                    options.templates,
                    &ctx,
                    lang,
                    &options.languages,
                )?,
            });
        }
    }
    // Internal sheets for the firm: the texts to enter in WhatsApp and the go-live checklist.
    {
        use context::first_layer as fl;
        let mut texts = fl::texts(profile, &options.run);
        let mut checklist = fl::checklist(profile, &options.run);
        if options.languages.contains(lang::Lang::En) {
            checklist = checklist.with_english(profile, options.formats.contains(&Format::Html));
        }
        if options.brand.is_some() {
            // A consultant keeps the profile: the client is asked to tell them instead.
            texts = texts.for_client();
            checklist = checklist.for_client();
        }
        let sheets = [
            (
                fl::TEXTS_STEM,
                fl::TEXTS_TITLE,
                options
                    .templates
                    .render_markdown(fl::TEXTS_TEMPLATE, &texts)?,
            ),
            (
                fl::CHECKLIST_STEM,
                fl::CHECKLIST_TITLE,
                options
                    .templates
                    .render_markdown(fl::CHECKLIST_TEMPLATE, &checklist)?,
            ),
        ];
        for (stem, title, markdown) in sheets {
            let meta = pdf_meta(
                profile,
                stand,
                title,
                "Interne Arbeitshilfe zur WhatsApp-Kommunikation",
                None,
            );
            artifacts.extend(sheet(options, stem, meta, &markdown)?);
        }
        // The texts for WhatsApp in English, for people who write in English.
        if options.languages.contains(lang::Lang::En) {
            let mut texts = fl::texts_in(profile, &options.run, lang::Lang::En);
            if options.brand.is_some() {
                texts = texts.for_client();
            }
            let markdown = options
                .templates
                .render_markdown(&lang::Lang::En.template(fl::TEXTS_TEMPLATE), &texts)?;
            let meta = pdf_meta(
                profile,
                stand,
                fl::TEXTS_TITLE_EN,
                "Internal working aid for communication via WhatsApp",
                None,
            )
            .in_lang(lang::Lang::En);
            artifacts.extend(sheet(options, fl::TEXTS_STEM_EN, meta, &markdown)?);
        }
    }
    // The cover letter lists the files built so far, so it comes last.
    {
        let names: Vec<String> = artifacts
            .iter()
            .map(|a| a.path.to_string_lossy().into_owned())
            .collect();
        let view = context::cover::build(
            profile,
            &options.run,
            &names,
            options.brand.as_deref(),
            findings,
        );
        let markdown = options
            .templates
            .render_markdown(context::cover::TEMPLATE, &view)?;
        let meta = backend::pdf::PdfMeta {
            letter: true,
            version: String::new(),
            ..pdf_meta(
                profile,
                stand,
                context::cover::TITLE,
                if options.brand.is_some() {
                    "Anschreiben zur DSGVO-Dokumentation für die WhatsApp-Kommunikation"
                } else {
                    "Begleitschreiben zur DSGVO-Dokumentation für die WhatsApp-Kommunikation"
                },
                None,
            )
        };
        artifacts.extend(sheet(options, context::cover::STEM, meta, &markdown)?);
    }
    artifacts.push(manifest(profile, stand, options, &artifacts));
    Ok(artifacts)
}

/// An internal sheet of the pack (texts for WhatsApp, checklist, cover letter) in each format,
/// with the letterhead when the build has a brand.
fn sheet(
    options: &Options<'_>,
    stem: &'static str,
    meta: backend::pdf::PdfMeta,
    markdown: &str,
) -> Result<Vec<Artifact>, Error> {
    let meta = meta.branded(options.brand.as_ref(), true);
    let mut out = Vec::new();
    for format in &options.formats {
        let bytes = match format {
            Format::Md => backend::markdown::render(markdown),
            Format::Pdf => pdf(markdown, meta.clone(), stem)?,
            Format::Docx => docx(markdown, meta.clone(), stem)?,
            Format::Html => continue,
        };
        out.push(Artifact {
            path: PathBuf::from(format!("{stem}.{}", format.extension())),
            bytes,
        });
    }
    Ok(out)
}

/// PDF metadata of a file of the pack: its title and subject, the company, version and Stand,
/// and the keywords „DSGVO“, „WhatsApp“ and the file's legal core, if any.
fn pdf_meta(
    profile: &Profile,
    stand: date::Date,
    title: &str,
    subject: &str,
    legal_core: Option<&str>,
) -> backend::pdf::PdfMeta {
    let mut keywords = vec!["DSGVO".to_owned(), "WhatsApp".to_owned()];
    keywords.extend(legal_core.map(str::to_owned));
    backend::pdf::PdfMeta {
        title: title.to_owned(),
        company: profile.raw.company.name.clone(),
        subject: subject.to_owned(),
        version: profile.raw.document.version.clone(),
        stand: stand.german(),
        date: (stand.year, stand.month, stand.day),
        keywords,
        ..Default::default()
    }
}

/// Typesets one file of the pack; `document` names it in an error.
fn pdf(
    markdown: &str,
    meta: backend::pdf::PdfMeta,
    document: &'static str,
) -> Result<Vec<u8>, Error> {
    backend::pdf::render(markdown, &meta).map_err(|source| Error::Pdf { document, source })
}

/// Writes one file of the pack as DOCX; `document` names it in an error.
fn docx(
    markdown: &str,
    meta: backend::pdf::PdfMeta,
    document: &'static str,
) -> Result<Vec<u8>, Error> {
    backend::docx::render(markdown, &meta).map_err(|source| Error::Docx { document, source })
}

/// File name of the printable notice.
pub const AUSHANG: &str = "aushang.pdf";

/// The QR code (`whatsapp-qr.svg`) and the printable A4 notice (`aushang.pdf`): built with
/// the `pdf` format when the profile has a QR code (see `context::consent`, `print_view`),
/// and not while the private app is in use (document 03: publish codes only after the switch).
fn print(
    profile: &Profile,
    findings: &[Diagnostic],
    options: &Options<'_>,
    stand: date::Date,
) -> Result<Vec<Artifact>, Error> {
    let consents = context::consent::build(profile, &options.run);
    let Some(url) = consents.qr_url() else {
        return Ok(Vec::new());
    };
    if !options.formats.contains(&Format::Pdf)
        || profile.raw.whatsapp.variant == profile::model::Variant::Private
    {
        return Ok(Vec::new());
    }
    let title = format!("QR-Code: WhatsApp-Kontakt mit {}", profile.raw.company.name);
    let Some(svg) = backend::qr::svg(url, &title) else {
        return Ok(Vec::new());
    };
    let ctx = context::build(profile, DocumentKind::Einwilligung, &options.run, findings);
    let markdown = options.templates.render_markdown("aushang.md", &ctx)?;
    let notice = pdf(
        &markdown,
        pdf_meta(
            profile,
            stand,
            "Schreiben Sie uns auf WhatsApp",
            "",
            Some("Art. 13 DSGVO"),
        )
        .branded(options.brand.as_ref(), false),
        "aushang",
    )?;
    let mut out = Vec::new();
    if options.formats.contains(&Format::Md) {
        // The Markdown twin shows the SVG next to it where the PDF draws the code.
        let twin = markdown.replace(
            &format!("](<{}{url}>)", backend::pdf::layout::QR_PREFIX),
            &format!("]({})", backend::qr::FILE_NAME),
        );
        out.push(Artifact {
            path: PathBuf::from("aushang.md"),
            bytes: backend::markdown::render(&twin),
        });
    }
    out.push(Artifact {
        path: PathBuf::from(AUSHANG),
        bytes: notice,
    });
    out.push(Artifact {
        path: PathBuf::from(backend::qr::FILE_NAME),
        bytes: svg,
    });
    Ok(out)
}

/// Name of the manifest written next to the documents.
pub const MANIFEST: &str = "manifest.json";

/// `manifest.json`: which tool, templates and profile produced which files (SHA-256 each), so
/// an auditor can verify that a PDF belongs to a profile.
fn manifest(
    profile: &Profile,
    stand: date::Date,
    options: &Options<'_>,
    files: &[Artifact],
) -> Artifact {
    #[derive(serde::Serialize)]
    struct Manifest<'a> {
        tool: &'static str,
        tool_version: &'a str,
        tool_commit: &'static str,
        template_set: &'a str,
        facts_checked_on: &'static str,
        formats: Vec<&'static str>,
        legal_facts_checked_on: &'static str,
        company: &'a str,
        profile_sha256: &'a str,
        stand: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        brand_sha256: Option<&'a str>,
        /// Only when more than German is built: a German pack's manifest stays as it was.
        #[serde(skip_serializing_if = "Option::is_none")]
        languages: Option<Vec<&'static str>>,
        files: Vec<FileEntry>,
    }
    #[derive(serde::Serialize)]
    struct FileEntry {
        path: String,
        bytes: usize,
        sha256: String,
    }
    let run = &options.run;
    let manifest = Manifest {
        tool: "dsgvo-gen",
        tool_version: run.tool_version,
        tool_commit: COMMIT,
        template_set: &run.template_set,
        facts_checked_on: legal::latest_check(),
        formats: options.formats.iter().map(|f| f.extension()).collect(),
        legal_facts_checked_on: legal::checked_on(),
        company: &profile.raw.company.name,
        profile_sha256: &profile.source_hash,
        stand: stand.to_string(),
        brand_sha256: options.brand.as_ref().map(|b| b.hash.as_str()),
        languages: (!options.languages.is_german_only()).then(|| options.languages.codes()),
        files: files
            .iter()
            .map(|a| FileEntry {
                path: a.path.to_string_lossy().into_owned(),
                bytes: a.bytes.len(),
                sha256: profile::load::hash_bytes(&a.bytes),
            })
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
    bytes.push(b'\n');
    Artifact {
        path: PathBuf::from(MANIFEST),
        bytes,
    }
}
