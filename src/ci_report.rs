//! Findings for code-scanning and code-quality views in CI: SARIF 2.1.0 (GitHub code scanning
//! and other SARIF readers) and GitLab Code Quality JSON. Every finding carries a rule id: its
//! lint code, or `DSG000` for a profile that cannot be read (syntax, structure, value). The
//! output depends only on the findings (no clock, no map order), so a rerun gives the same
//! bytes.

use crate::diagnostic::{Diagnostic, Severity};
use crate::profile::lints;
use crate::ui::t;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// The findings of one profile file.
#[derive(Debug, Clone, Copy)]
pub struct Findings<'a> {
    /// The profile as the user named it (a relative path stays relative).
    pub file: &'a str,
    /// What the checks found.
    pub diagnostics: &'a [Diagnostic],
}

/// SARIF's schema location, written into the log.
pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// A path as a SARIF/GitLab location: forward slashes, no leading `./`.
fn location_path(file: &str) -> String {
    let path = file.replace('\\', "/");
    path.strip_prefix("./").unwrap_or(&path).to_owned()
}

fn level(d: &Diagnostic) -> &'static str {
    match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The message with its hint, as one text.
fn text(d: &Diagnostic) -> String {
    match d.shown_hint() {
        Some(hint) => format!(
            "{}\n{}: {hint}",
            d.shown_message(),
            crate::ui::t("Hinweis", "help")
        ),
        None => d.shown_message().to_owned(),
    }
}

/// One SARIF log with one run of dsgvo-gen.
pub fn sarif(sets: &[Findings<'_>], tool_version: &str) -> Value {
    let codes: BTreeSet<&'static str> = sets
        .iter()
        .flat_map(|s| s.diagnostics.iter().map(Diagnostic::rule_id))
        .collect();
    let rules: Vec<Value> = codes
        .iter()
        .map(|code| match lints::find(code) {
            Some(l) => json!({
                "id": l.code,
                "shortDescription": { "text": t(l.title, l.title_en) },
                "fullDescription": { "text": t(l.reasoning, l.reasoning_en) },
                "help": { "text": format!(
                    "{}\n{}: {}",
                    t(l.remedy, l.remedy_en),
                    t("Rechtsgrundlage", "Legal basis"),
                    t(l.reference, l.reference_en)
                ) },
                "defaultConfiguration": { "level": match l.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                } },
            }),
            None => json!({ "id": code }),
        })
        .collect();
    let results: Vec<Value> = sets
        .iter()
        .flat_map(|s| s.diagnostics.iter().map(move |d| (s.file, d)))
        .map(|(file, d)| {
            let mut physical = json!({
                "artifactLocation": { "uri": location_path(file) },
            });
            if let Some(line) = d.line.filter(|l| *l > 0) {
                physical["region"] = json!({
                    "startLine": line,
                    "startColumn": d.column.unwrap_or(1).max(1),
                });
            }
            let mut result = json!({
                "ruleId": d.rule_id(),
                "ruleIndex": codes.iter().position(|c| *c == d.rule_id()).unwrap_or(0),
                "level": level(d),
                "message": { "text": text(d) },
                "locations": [ { "physicalLocation": physical } ],
            });
            if let Some(reason) = &d.accepted {
                result["suppressions"] = json!([{ "kind": "inSource", "justification": reason }]);
            }
            result
        })
        .collect();
    json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "dsgvo-gen",
                "version": tool_version,
                "rules": rules,
            } },
            "results": results,
        }],
    })
}

/// GitLab Code Quality report: one entry per finding (`major` for errors, `minor` for
/// warnings, `info` for accepted findings), with a stable fingerprint.
pub fn gitlab(sets: &[Findings<'_>]) -> Value {
    let entries: Vec<Value> = sets
        .iter()
        .flat_map(|s| s.diagnostics.iter().map(move |d| (s.file, d)))
        .map(|(file, d)| {
            let path = location_path(file);
            let line = d.line.filter(|l| *l > 0).unwrap_or(1);
            let fingerprint = crate::profile::load::hash_bytes(
                format!("{path}\u{0}{}\u{0}{line}\u{0}{}", d.rule_id(), d.message).as_bytes(),
            );
            let severity = match (d.severity, d.is_accepted()) {
                (Severity::Error, _) => "major",
                (Severity::Warning, false) => "minor",
                (Severity::Warning, true) => "info",
            };
            json!({
                "description": format!("{}: {}", d.rule_id(), d.shown_message()),
                "check_name": d.rule_id(),
                "fingerprint": fingerprint,
                "severity": severity,
                "location": { "path": path, "lines": { "begin": line } },
            })
        })
        .collect();
    Value::Array(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uncoded_error_gets_the_profile_rule_and_no_region_without_a_line() {
        let d = [Diagnostic::error("Datei ist kein YAML")];
        let log = sarif(
            &[Findings {
                file: "./kunden\\a.yaml",
                diagnostics: &d,
            }],
            "1.0",
        );
        let result = &log["runs"][0]["results"][0];
        assert_eq!(result["ruleId"], "DSG000");
        assert_eq!(
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "kunden/a.yaml"
        );
        assert!(result["locations"][0]["physicalLocation"]["region"].is_null());
        assert_eq!(log["runs"][0]["tool"]["driver"]["rules"][0]["id"], "DSG000");
        let quality = gitlab(&[Findings {
            file: "a.yaml",
            diagnostics: &d,
        }]);
        assert_eq!(quality[0]["severity"], "major");
        assert_eq!(quality[0]["location"]["lines"]["begin"], 1);
        assert_eq!(quality[0]["fingerprint"].as_str().map(str::len), Some(64));
    }
}
