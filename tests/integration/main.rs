//! Integration tests: one binary, one module per area.

mod common;

mod avv;
mod batch;
mod build;
mod cli;
mod consent;
mod content;
mod fuzz;
mod hardening_input;
mod hardening_links;
mod hardening_output;
mod init;
mod pdf;
mod risk;
mod robustness;
mod schema;
mod snapshots;
mod templates;
mod validate;
