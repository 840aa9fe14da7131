//! Integration tests: one binary, one module per area.

mod common;

mod avv;
mod batch;
mod brand;
mod build;
mod ci_output;
mod cli;
mod consent;
mod consistency;
mod content;
mod dist;
mod docx;
mod dpia_memo;
mod first_layer;
mod fuzz;
mod hardening_input;
mod hardening_links;
mod hardening_output;
mod history;
mod init;
mod pdf;
mod pdf_access;
mod portfolio;
mod print;
mod proportion;
mod review_dates;
mod review_rules;
mod risk;
mod risk_rules;
mod robustness;
mod schema;
mod secrecy;
mod snapshots;
mod templates;
mod validate;
