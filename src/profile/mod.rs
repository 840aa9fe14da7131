//! The company profile: loading, the typed model and validation.

pub mod de;
pub mod limits;
pub mod lints;
pub mod load;
pub mod model;
pub mod node;
pub mod validate;
