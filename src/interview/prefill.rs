//! Interview stage, the answers an existing profile gives (`init --edit`): for every question
//! the answer that makes the flow write what the profile holds. Questions whose id is the
//! field's path read the field; the others (Ja/Nein questions for a section, counts of
//! repeated entries, the groups of people, scenario choices) are derived here.

use super::flow::CHOSEN_SCENARIOS;
use super::ids::QUESTIONS;
use super::key;
use super::session::Value;
use crate::profile::model::*;
use serde_json::Value as Json;
use std::collections::BTreeMap;

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

fn opt(s: &Option<String>) -> Value {
    text(s.clone().unwrap_or_default())
}

/// A JSON field as an answer; an absent field of an existing section is an empty answer.
fn lookup(json: &Json, path: &str) -> Option<Value> {
    let (parent, last) = match path.rsplit_once('.') {
        Some((p, l)) => (p.split('.').try_fold(json, |j, k| j.get(k))?, l),
        None => (json, path),
    };
    if !parent.is_object() {
        return None;
    }
    Some(match parent.get(last) {
        None | Some(Json::Null) => text(""),
        Some(Json::String(s)) => text(s.clone()),
        Some(Json::Number(n)) => text(n.to_string()),
        Some(Json::Bool(b)) => Value::Bool(*b),
        Some(Json::Array(items)) => Value::List(
            items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_owned))
                .collect(),
        ),
        Some(Json::Object(_)) => return None,
    })
}

/// The answers that reproduce `raw`.
pub fn answers_from(raw: &RawProfile) -> BTreeMap<String, Value> {
    let json = serde_json::to_value(raw).unwrap_or_default();
    let mut out = BTreeMap::new();
    for entry in QUESTIONS {
        if !entry.id.contains('{')
            && entry.fields == [entry.id]
            && let Some(v) = lookup(&json, entry.id)
        {
            out.insert(entry.id.to_owned(), v);
        }
    }
    let mut put = |id: String, v: Value| {
        out.insert(id, v);
    };
    // Flags skipped in the file when false are still answers.
    put(
        "document.full_dpia".into(),
        Value::Bool(raw.document.full_dpia),
    );
    put(
        "document.avv_proposal".into(),
        Value::Bool(raw.document.avv_proposal),
    );
    put(
        "document.english".into(),
        Value::Bool(raw.document.languages.contains(&crate::lang::Lang::En)),
    );
    for a in &raw.accepted_findings {
        let id = format!("accepted_findings.{}", a.code.to_ascii_lowercase());
        if let Some(until) = &a.until {
            put(format!("{id}.until"), text(until.clone()));
        }
        put(id, text(a.reason.clone()));
    }
    let c = &raw.company;
    put(
        "company.persons_processing_data".into(),
        text(c.persons_processing_data.unwrap_or(c.employees).to_string()),
    );
    let wa = &raw.whatsapp;
    if wa.variant == Variant::Private {
        put("whatsapp.private_keep".into(), Value::Bool(true));
    }
    if let Some(p) = &wa.provider {
        put(
            "whatsapp.provider.sub_processor_count".into(),
            text(p.sub_processors.len().to_string()),
        );
        for (i, s) in p.sub_processors.iter().enumerate() {
            let id = |f: &str| format!("whatsapp.provider.sub_processors.{}.{f}", i + 1);
            put(id("name"), text(&s.name));
            put(id("seat"), text(&s.seat));
            put(id("location"), text(&s.location));
            put(id("purpose"), text(&s.purpose));
        }
    }
    let mut further: Vec<&Processor> = raw.processors.iter().collect();
    if let Some(d) = &wa.devices {
        put("whatsapp.devices.mdm".into(), Value::Bool(d.mdm.is_some()));
        if let Some(m) = &d.mdm
            && let Some(i) = further
                .iter()
                .position(|p| p.role == ProcessorRole::Mdm && p.name == m.vendor)
        {
            put(
                "whatsapp.devices.mdm.agreement".into(),
                text(key(further[i].agreement)),
            );
            further.remove(i);
        }
    }
    put(
        "whatsapp.terms_accepted".into(),
        Value::Bool(wa.terms_accepted.is_some()),
    );
    let s = &raw.data_subjects;
    let groups = [
        ("customers", s.customers),
        ("prospects", s.prospects),
        ("applicants", s.applicants),
        ("employees", s.employees),
        ("business_partners", s.business_partners),
    ];
    put(
        "data_subjects.groups".into(),
        Value::List(
            groups
                .iter()
                .filter(|(_, on)| *on)
                .map(|(k, _)| (*k).to_owned())
                .collect(),
        ),
    );
    let sc = &raw.special_categories;
    put(
        "special_categories.occurrence".into(),
        text(if sc.categories.is_empty() {
            "none".to_owned()
        } else {
            key(sc.occurrence)
        }),
    );
    scenarios(raw, &mut put);
    put(
        "withdrawal.email".into(),
        text(
            raw.withdrawal
                .email
                .clone()
                .unwrap_or_else(|| c.email.clone()),
        ),
    );
    put("processors.count".into(), text(further.len().to_string()));
    for (i, p) in further.iter().enumerate() {
        let id = |f: &str| format!("processors.{}.{f}", i + 1);
        put(id("name"), text(&p.name));
        put(id("role"), text(key(p.role)));
        put(id("seat"), opt(&p.seat));
        put(id("location"), opt(&p.location));
        put(id("agreement"), text(key(p.agreement)));
        put(id("agreement_date"), opt(&p.agreement_date));
    }
    put("dpo.present".into(), Value::Bool(raw.dpo.is_some()));
    out
}

fn scenarios(raw: &RawProfile, put: &mut impl FnMut(String, Value)) {
    put(
        "scenarios.kinds".into(),
        Value::List(
            CHOSEN_SCENARIOS
                .iter()
                .filter(|k| raw.scenarios.iter().any(|s| s.kind == **k))
                .map(|k| key(*k))
                .collect(),
        ),
    );
    let mut custom = 0;
    for s in &raw.scenarios {
        let prefix = if s.kind == ScenarioKind::Custom {
            custom += 1;
            format!("scenarios.custom.{custom}")
        } else {
            let k = key(s.kind);
            let customised = s.title.is_some()
                || s.purpose.is_some()
                || s.initiated_by.is_some()
                || s.data.is_some()
                || s.legal_basis.is_some()
                || s.legitimate_interest.is_some()
                || s.retention.is_some();
            put(format!("scenarios.{k}.customize"), Value::Bool(customised));
            format!("scenarios.{k}")
        };
        let id = |f: &str| format!("{prefix}.{f}");
        // An adapted catalogue scenario answers every question of the adaptation: what the
        // profile leaves out is the catalogue's value.
        let template = crate::legal::scenarios::template(s.kind);
        let t = |field: Option<Value>,
                 from_template: fn(&crate::legal::scenarios::Template) -> Value| {
            field.or_else(|| template.map(from_template))
        };
        let fields = [
            (
                "title",
                t(s.title.clone().map(Value::Text), |t| text(t.title)),
            ),
            (
                "purpose",
                t(s.purpose.clone().map(Value::Text), |t| text(t.purpose)),
            ),
            (
                "initiated_by",
                t(s.initiated_by.map(|i| text(key(i))), |t| {
                    text(key(t.initiated_by))
                }),
            ),
            (
                "data",
                t(s.data.clone().map(Value::List), |t| {
                    Value::List(t.data.iter().map(|d| (*d).to_owned()).collect())
                }),
            ),
            (
                "legal_basis",
                t(s.legal_basis.map(|b| text(key(b))), |t| {
                    text(key(t.legal_basis))
                }),
            ),
            (
                "legitimate_interest",
                t(s.legitimate_interest.clone().map(Value::Text), |t| {
                    text(t.legitimate_interest.unwrap_or_default())
                }),
            ),
            (
                "retention",
                t(s.retention.clone().map(Value::Text), |t| text(t.retention)),
            ),
        ];
        for (f, v) in fields {
            if let Some(v) = v {
                put(id(f), v);
            }
        }
    }
    put("scenarios.custom_count".into(), text(custom.to_string()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::script::ScriptedPrompter;
    use crate::interview::session::simulate;

    /// A profile the interview wrote comes out of the flow unchanged when its own answers
    /// are replayed.
    #[test]
    fn interview_profiles_replay_to_themselves() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/init");
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .expect("fixtures")
            .map(|e| e.expect("entry").path())
            .collect();
        names.sort();
        assert!(names.len() >= 5);
        for path in names {
            let text = std::fs::read_to_string(&path).expect("fixture");
            let mut p = ScriptedPrompter::parse("f", &text).expect("parses");
            let raw = crate::interview::run(&mut p).expect("answers");
            let again = simulate(&answers_from(&raw)).expect("replays");
            assert_eq!(again, raw, "{}", path.display());
        }
    }
}
