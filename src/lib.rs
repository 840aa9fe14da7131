//! `dsgvo-gen` writes the GDPR (DSGVO) documentation a German company needs to use WhatsApp
//! with its customers.
//!
//! The pipeline, one module per stage:
//!
//! ```text
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
pub mod cli;
pub mod context;
pub mod date;
pub mod diagnostic;
pub mod document;
pub mod legal;
pub mod output;
pub mod profile;
pub mod render;
pub mod risk;
pub mod text;

use backend::Format;
use context::RunInfo;
use diagnostic::Diagnostic;
use document::DocumentKind;
use output::Artifact;
use profile::validate::Profile;
use render::{RenderError, Templates};
use std::path::PathBuf;

/// Version of this tool, printed into every document.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What to generate and how.
pub struct Options<'a> {
    /// Template set.
    pub templates: &'a Templates,
    /// Stand date and versions.
    pub run: RunInfo,
    /// Output formats, in order.
    pub formats: Vec<Format>,
}

/// Generates the documents of one profile. `findings` are the profile's lint results; warnings
/// are listed in the documents where they matter. Pure: returns the files, writes nothing.
pub fn generate(
    profile: &Profile,
    findings: &[Diagnostic],
    options: &Options<'_>,
) -> Result<Vec<Artifact>, RenderError> {
    let mut artifacts = Vec::new();
    for kind in DocumentKind::ALL {
        let ctx = context::build(profile, kind, &options.run, findings);
        let markdown = options.templates.render_markdown(&kind.template(), &ctx)?;
        for format in &options.formats {
            if *format == Format::Md {
                artifacts.push(Artifact {
                    path: PathBuf::from(format!("{}.md", kind.stem())),
                    bytes: backend::markdown::render(&markdown),
                });
            }
        }
    }
    if options.formats.contains(&Format::Html) {
        // The consent page belongs to the consent texts: same view model, own template.
        let ctx = context::build(profile, DocumentKind::Einwilligung, &options.run, findings);
        artifacts.push(Artifact {
            path: PathBuf::from(backend::html::FILE_NAME),
            bytes: backend::html::render(options.templates, &ctx)?,
        });
    }
    Ok(artifacts)
}
