//! The company profile: loading, the typed model and validation.

pub mod node;
