//! The company profile: loading, the typed model and validation.

pub mod de;
pub mod limits;
pub mod lints;
pub mod load;
pub mod model;
pub mod node;
pub mod validate;

/// Every value of a profile enum, in declaration order, read from its JSON schema. Lists of
/// choices come from here, so a value added to the model is offered without further changes
/// (its German label is enforced by the exhaustive matches in `legal::labels`).
pub fn all<T: schemars::JsonSchema + serde::de::DeserializeOwned>() -> Vec<T> {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
    let mut keys: Vec<&serde_json::Value> = Vec::new();
    if let Some(list) = schema.get("enum").and_then(serde_json::Value::as_array) {
        keys.extend(list);
    }
    for item in schema
        .get("oneOf")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
    {
        keys.extend(item.get("const"));
        if let Some(list) = item.get("enum").and_then(serde_json::Value::as_array) {
            keys.extend(list);
        }
    }
    keys.into_iter()
        .filter_map(|k| serde_json::from_value(k.clone()).ok())
        .collect()
}

/// The profile value of an enum (`business_app`), as serde writes it.
pub fn key<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
