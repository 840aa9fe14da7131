//! Integration tests: one binary, one module per area.

mod common;

mod avv;
mod batch;
mod build;
mod cli;
mod consent;
mod consistency;
mod content;
mod dist;
mod dpia_memo;
mod first_layer;
mod fuzz;
mod hardening_input;
mod hardening_links;
mod hardening_output;
mod init;
mod pdf;
mod pdf_access;
mod print;
mod proportion;
mod review_rules;
mod risk;
mod risk_rules;
mod robustness;
mod schema;
mod secrecy;
mod snapshots;
mod templates;
mod validate;
