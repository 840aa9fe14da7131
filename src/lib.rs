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
//! Legal facts (authorities, Meta entities, retention periods, scenario catalogue) live as data
//! in [`legal`].

pub mod backend;
pub mod cli;
