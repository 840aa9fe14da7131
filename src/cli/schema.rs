//! `dsgvo-gen schema`: the JSON Schema of the profile, for editor completion and checks
//! (`# yaml-language-server: $schema=dsgvo-gen.schema.json`).

use super::{Failure, out};
use crate::profile::model::RawProfile;

/// Arguments of `schema`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// The schema as pretty-printed JSON.
pub fn schema_json() -> Result<String, Failure> {
    let schema = schemars::schema_for!(RawProfile);
    serde_json::to_string_pretty(&schema).map_err(|e| Failure::Internal(e.to_string()))
}

/// Runs `schema`.
pub fn run(_args: Args) -> Result<(), Failure> {
    out(&schema_json()?);
    Ok(())
}
