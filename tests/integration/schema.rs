//! The JSON Schema of the profile: shipped file is current, accepts every example, rejects
//! unknown keys.

use crate::common::*;

fn schema() -> serde_json::Value {
    let out = bin(&repo("")).arg("schema").output().expect("runs");
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("schema is JSON")
}

fn yaml_to_json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("read");
    serde_saphyr::from_str(&text).expect("valid YAML")
}

#[test]
fn shipped_schema_file_is_current() {
    let shipped: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("dsgvo-gen.schema.json")).expect("shipped schema"),
    )
    .expect("JSON");
    assert_eq!(
        shipped,
        schema(),
        "regenerate with `dsgvo-gen schema > dsgvo-gen.schema.json`"
    );
}

#[test]
fn schema_accepts_every_example_and_rejects_unknown_keys() {
    let validator = jsonschema::validator_for(&schema()).expect("valid schema");
    let mut stems: Vec<&str> = EXAMPLES.to_vec();
    stems.push("migration/friseur-privat");
    for stem in stems {
        let path = example(stem);
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(
            text.starts_with("# yaml-language-server: $schema="),
            "{stem} carries the schema comment"
        );
        let value = yaml_to_json(&path);
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{stem}: {errors:?}");
    }
    let mut bad = yaml_to_json(&example("minimal"));
    bad["company"]["nmae"] = serde_json::json!("Tippfehler GmbH");
    assert!(!validator.is_valid(&bad), "unknown key is rejected");
}
