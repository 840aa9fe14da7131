//! The company profile: loading, the typed model and validation.

pub mod de;
pub mod node;
