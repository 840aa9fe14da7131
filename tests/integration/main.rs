//! Integration tests: one binary, one module per area.

mod common;

mod build;
mod cli;
mod content;
mod pdf;
mod schema;
mod templates;
mod validate;
