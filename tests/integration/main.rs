//! Integration tests: one binary, one module per area.

mod common;

mod avv;
mod batch;
mod build;
mod cli;
mod consent;
mod content;
mod init;
mod pdf;
mod pdf_access;
mod risk;
mod robustness;
mod schema;
mod snapshots;
mod templates;
mod validate;
