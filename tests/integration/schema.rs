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

/// The English schema (`--ui-lang en`) is shipped too, equal to the output, with the same
/// structure as the German one and only titles and descriptions differing.
#[test]
fn shipped_english_schema_file_is_current() {
    let out = bin(&repo(""))
        .args(["--ui-lang", "en", "schema"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let english: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let shipped: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("dsgvo-gen.schema.en.json")).expect("shipped schema"),
    )
    .expect("JSON");
    assert_eq!(
        shipped, english,
        "regenerate with `dsgvo-gen --ui-lang en schema > dsgvo-gen.schema.en.json`"
    );
    let german = schema();
    assert_eq!(german["title"], "dsgvo-gen: Unternehmensprofil");
    assert_eq!(english["title"], "dsgvo-gen: company profile");
    assert_ne!(
        german["$defs"]["Company"]["description"],
        english["$defs"]["Company"]["description"]
    );
    fn strip(v: &serde_json::Value) -> serde_json::Value {
        match v {
            serde_json::Value::Object(m) => m
                .iter()
                .filter(|(k, _)| *k != "description" && *k != "title")
                .map(|(k, v)| (k.clone(), strip(v)))
                .collect(),
            serde_json::Value::Array(a) => a.iter().map(strip).collect(),
            other => other.clone(),
        }
    }
    assert_eq!(
        strip(&german),
        strip(&english),
        "the two schemas differ in more than text"
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
