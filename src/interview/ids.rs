//! Interview stage, reference: every question id (the keys of an answers file) and the
//! profile fields its answer fills. In ids, `{n}` stands for 1, 2, 3 … (repeated entries) and
//! `{kind}` for a scenario kind of the catalogue (`customer_inquiry`, `marketing`, …), `{code}`
//! for the code of a warning in lower case (`dsg004`).
//!
//! Field paths use `[]` for list entries, e.g. `processors[].name`.

use super::key;
use crate::legal::scenarios::CATALOGUE;

/// One question id and the profile fields it fills.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// Question id, possibly with `{n}` or `{kind}`.
    pub id: &'static str,
    /// Profile fields the answer fills.
    pub fields: &'static [&'static str],
}

const fn e(id: &'static str, fields: &'static [&'static str]) -> Entry {
    Entry { id, fields }
}

/// Every question, in the order the interview asks them.
pub const QUESTIONS: &[Entry] = &[
    e("company.name", &["company.name"]),
    e("company.legal_form", &["company.legal_form"]),
    e("company.street", &["company.street"]),
    e("company.postal_code", &["company.postal_code"]),
    e("company.city", &["company.city"]),
    e("company.state", &["company.state"]),
    e("company.representatives", &["company.representatives"]),
    e("company.register", &["company.register"]),
    e("company.email", &["company.email"]),
    e("company.phone", &["company.phone"]),
    e("company.website", &["company.website"]),
    e(
        "company.privacy_notice_url",
        &["company.privacy_notice_url"],
    ),
    e("company.imprint_url", &["company.imprint_url"]),
    e("company.sector", &["company.sector"]),
    e("company.employees", &["company.employees"]),
    e(
        "company.persons_processing_data",
        &["company.persons_processing_data"],
    ),
    e(
        "company.professional_secrecy",
        &["company.professional_secrecy"],
    ),
    e("company.profession", &["company.profession"]),
    e("company.merchant", &["company.merchant"]),
    e("company.acts_as_processor", &["company.acts_as_processor"]),
    e("whatsapp.variant", &["whatsapp.variant"]),
    e("whatsapp.private_keep", &["whatsapp.variant"]),
    e("whatsapp.variant_instead", &["whatsapp.variant"]),
    e("whatsapp.business_number", &["whatsapp.business_number"]),
    e("whatsapp.display_name", &["whatsapp.display_name"]),
    e("whatsapp.provider.name", &["whatsapp.provider.name"]),
    e("whatsapp.provider.seat", &["whatsapp.provider.seat"]),
    e("whatsapp.provider.address", &["whatsapp.provider.address"]),
    e(
        "whatsapp.provider.hosting_location",
        &["whatsapp.provider.hosting_location"],
    ),
    e(
        "whatsapp.provider.hosting_region",
        &["whatsapp.provider.hosting_region"],
    ),
    e(
        "whatsapp.provider.avv_signed_on",
        &["whatsapp.provider.avv_signed_on"],
    ),
    e(
        "whatsapp.provider.privacy_url",
        &["whatsapp.provider.privacy_url"],
    ),
    e(
        "whatsapp.provider.sub_processor_count",
        &["whatsapp.provider.sub_processors"],
    ),
    e(
        "whatsapp.provider.sub_processors.{n}.name",
        &["whatsapp.provider.sub_processors[].name"],
    ),
    e(
        "whatsapp.provider.sub_processors.{n}.seat",
        &["whatsapp.provider.sub_processors[].seat"],
    ),
    e(
        "whatsapp.provider.sub_processors.{n}.location",
        &["whatsapp.provider.sub_processors[].location"],
    ),
    e(
        "whatsapp.provider.sub_processors.{n}.purpose",
        &["whatsapp.provider.sub_processors[].purpose"],
    ),
    e(
        "whatsapp.cloud_api.storage",
        &["whatsapp.cloud_api.storage"],
    ),
    e(
        "whatsapp.coexistence.history_shared",
        &["whatsapp.coexistence.history_shared"],
    ),
    e(
        "whatsapp.coexistence.contacts_shared",
        &["whatsapp.coexistence.contacts_shared"],
    ),
    e(
        "whatsapp.devices.ownership",
        &["whatsapp.devices.ownership"],
    ),
    e("whatsapp.devices.count", &["whatsapp.devices.count"]),
    e(
        "whatsapp.devices.platforms",
        &["whatsapp.devices.platforms"],
    ),
    e("whatsapp.devices.mdm", &["whatsapp.devices.mdm"]),
    e(
        "whatsapp.devices.mdm.vendor",
        &["whatsapp.devices.mdm.vendor", "processors[].name"],
    ),
    e(
        "whatsapp.devices.mdm.work_container",
        &["whatsapp.devices.mdm.work_container"],
    ),
    e(
        "whatsapp.devices.mdm.remote_wipe",
        &["whatsapp.devices.mdm.remote_wipe"],
    ),
    e(
        "whatsapp.devices.mdm.agreement",
        &["processors[].agreement", "processors[].role"],
    ),
    e(
        "whatsapp.devices.address_book",
        &["whatsapp.devices.address_book"],
    ),
    e("whatsapp.devices.backup", &["whatsapp.devices.backup"]),
    e(
        "whatsapp.devices.backup_target",
        &["whatsapp.devices.backup_target"],
    ),
    e(
        "whatsapp.devices.linked_devices",
        &["whatsapp.devices.linked_devices"],
    ),
    e("whatsapp.features", &["whatsapp.features"]),
    e("whatsapp.ai.provider", &["whatsapp.ai.provider"]),
    e("whatsapp.ai.seat", &["whatsapp.ai.seat"]),
    e("whatsapp.ai.location", &["whatsapp.ai.location"]),
    e("whatsapp.ai.purpose", &["whatsapp.ai.purpose"]),
    e(
        "whatsapp.ai.human_handover",
        &["whatsapp.ai.human_handover"],
    ),
    e(
        "whatsapp.ai.trains_on_customer_data",
        &["whatsapp.ai.trains_on_customer_data"],
    ),
    e(
        "whatsapp.ai.automated_decisions",
        &["whatsapp.ai.automated_decisions"],
    ),
    e("whatsapp.terms_accepted", &["whatsapp.terms_accepted"]),
    e(
        "whatsapp.terms_accepted.accepted_on",
        &["whatsapp.terms_accepted.accepted_on"],
    ),
    e(
        "whatsapp.terms_accepted.accepted_by",
        &["whatsapp.terms_accepted.accepted_by"],
    ),
    e(
        "whatsapp.terms_accepted.archived_at",
        &["whatsapp.terms_accepted.archived_at"],
    ),
    e(
        "whatsapp.alternative_channels",
        &["whatsapp.alternative_channels"],
    ),
    e(
        "data_subjects.groups",
        &[
            "data_subjects.customers",
            "data_subjects.prospects",
            "data_subjects.applicants",
            "data_subjects.employees",
            "data_subjects.business_partners",
        ],
    ),
    e("data_subjects.minors", &["data_subjects.minors"]),
    e(
        "data_subjects.minors_age.min",
        &["data_subjects.minors_age.min"],
    ),
    e(
        "data_subjects.minors_age.max",
        &["data_subjects.minors_age.max"],
    ),
    e("data_subjects.scale", &["data_subjects.scale"]),
    e(
        "special_categories.occurrence",
        &["special_categories.occurrence"],
    ),
    e(
        "special_categories.categories",
        &["special_categories.categories"],
    ),
    e("scenarios.kinds", &["scenarios[].kind"]),
    e("scenarios.{kind}.customize", &["scenarios[].kind"]),
    e("scenarios.{kind}.title", &["scenarios[].title"]),
    e("scenarios.{kind}.purpose", &["scenarios[].purpose"]),
    e(
        "scenarios.{kind}.initiated_by",
        &["scenarios[].initiated_by"],
    ),
    e("scenarios.{kind}.data", &["scenarios[].data"]),
    e("scenarios.{kind}.legal_basis", &["scenarios[].legal_basis"]),
    e(
        "scenarios.{kind}.legitimate_interest",
        &["scenarios[].legitimate_interest"],
    ),
    e("scenarios.{kind}.retention", &["scenarios[].retention"]),
    e("scenarios.custom_count", &["scenarios[].kind"]),
    e("scenarios.custom.{n}.title", &["scenarios[].title"]),
    e("scenarios.custom.{n}.purpose", &["scenarios[].purpose"]),
    e(
        "scenarios.custom.{n}.initiated_by",
        &["scenarios[].initiated_by"],
    ),
    e("scenarios.custom.{n}.data", &["scenarios[].data"]),
    e(
        "scenarios.custom.{n}.legal_basis",
        &["scenarios[].legal_basis"],
    ),
    e(
        "scenarios.custom.{n}.legitimate_interest",
        &["scenarios[].legitimate_interest"],
    ),
    e("scenarios.custom.{n}.retention", &["scenarios[].retention"]),
    e("consent.channels", &["consent.channels"]),
    e("consent.double_opt_in", &["consent.double_opt_in"]),
    e("consent.log_location", &["consent.log_location"]),
    e("consent.page_url", &["consent.page_url"]),
    e("withdrawal.keyword", &["withdrawal.keyword"]),
    e("withdrawal.email", &["withdrawal.email"]),
    e("withdrawal.postal", &["withdrawal.postal"]),
    e("withdrawal.phone", &["withdrawal.phone"]),
    e("withdrawal.web_form_url", &["withdrawal.web_form_url"]),
    e("measures", &["measures"]),
    e("custom_measures", &["custom_measures"]),
    e("processors.count", &["processors"]),
    e("processors.{n}.name", &["processors[].name"]),
    e("processors.{n}.role", &["processors[].role"]),
    e("processors.{n}.seat", &["processors[].seat"]),
    e("processors.{n}.location", &["processors[].location"]),
    e("processors.{n}.agreement", &["processors[].agreement"]),
    e(
        "processors.{n}.agreement_date",
        &["processors[].agreement_date"],
    ),
    e("dpo.present", &["dpo"]),
    e("dpo.name", &["dpo.name"]),
    e("dpo.organisation", &["dpo.organisation"]),
    e("dpo.email", &["dpo.email"]),
    e("dpo.phone", &["dpo.phone"]),
    e("dpo.address", &["dpo.address"]),
    e("document.version", &["document.version"]),
    e("document.date", &["document.date"]),
    e("document.responsible", &["document.responsible"]),
    e("document.status_report", &["document.status_report"]),
    e("document.full_dpia", &["document.full_dpia"]),
    e("document.avv_proposal", &["document.avv_proposal"]),
    e("document.next_review", &["document.next_review"]),
    e("document.english", &["document.languages"]),
    e(
        "accepted_findings.{code}",
        &["accepted_findings[].code", "accepted_findings[].reason"],
    ),
    e(
        "accepted_findings.{code}.until",
        &["accepted_findings[].until"],
    ),
];

/// The registry entry an id belongs to.
pub fn entry(id: &str) -> Option<&'static Entry> {
    QUESTIONS.iter().find(|e| matches(e.id, id))
}

/// Is `id` a question the interview can ask?
pub fn is_known(id: &str) -> bool {
    entry(id).is_some()
}

/// The registry id closest to `id` (for "did you mean"), if reasonably close.
pub fn suggestion(id: &str) -> Option<&'static str> {
    QUESTIONS
        .iter()
        .map(|e| (crate::text::edit_distance(e.id, id), e.id))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, id)| id)
}

fn matches(pattern: &str, id: &str) -> bool {
    let p: Vec<&str> = pattern.split('.').collect();
    let i: Vec<&str> = id.split('.').collect();
    p.len() == i.len()
        && p.iter().zip(&i).all(|(p, i)| match *p {
            "{n}" => !i.starts_with('0') && !i.is_empty() && i.chars().all(|c| c.is_ascii_digit()),
            "{kind}" => CATALOGUE.iter().any(|t| key(t.kind) == *i),
            "{code}" => crate::profile::lints::find(i).is_some_and(|l| {
                l.severity == crate::diagnostic::Severity::Warning
                    && l.code.to_ascii_lowercase() == *i
            }),
            literal => literal == *i,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::model::RawProfile;
    use serde_json::Value;
    use std::collections::BTreeSet;

    #[test]
    fn patterns() {
        assert!(is_known("company.name"));
        assert!(is_known("processors.2.name"));
        assert!(!is_known("processors.02.name"));
        assert!(!is_known("processors.x.name"));
        assert!(is_known("scenarios.marketing.retention"));
        assert!(!is_known("scenarios.markting.retention"));
        assert!(is_known("scenarios.custom.1.title"));
        assert_eq!(suggestion("compnay.name"), Some("company.name"));
        assert_eq!(suggestion("völlig.anders"), None);
    }

    #[test]
    fn ids_are_unique() {
        let mut seen = BTreeSet::new();
        for e in QUESTIONS {
            assert!(seen.insert(e.id), "{} twice", e.id);
        }
    }

    /// Resolves `$ref`, `anyOf`/`oneOf` with null (Option) to the object schema, if any.
    fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let name = r.rsplit('/').next().unwrap_or_default();
            return resolve(root, &root["$defs"][name]);
        }
        ["anyOf", "oneOf"]
            .iter()
            .filter_map(|k| schema.get(*k).and_then(Value::as_array))
            .flatten()
            .map(|s| resolve(root, s))
            .find(|s| s.get("properties").is_some())
            .unwrap_or(schema)
    }

    fn leaves(
        root: &Value,
        schema: &Value,
        path: &str,
        out: &mut BTreeSet<String>,
        all: &mut BTreeSet<String>,
    ) {
        let schema = resolve(root, schema);
        if !path.is_empty() {
            all.insert(path.to_owned());
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(root, v, &p, out, all);
            }
            return;
        }
        if let Some(items) = schema.get("items") {
            let items = resolve(root, items);
            if items.get("properties").is_some() {
                leaves(root, items, &format!("{path}[]"), out, all);
                return;
            }
        }
        out.insert(path.to_owned());
    }

    #[test]
    fn every_profile_field_is_reachable_and_every_field_named_exists() {
        let schema = serde_json::to_value(schemars::schema_for!(RawProfile)).expect("schema");
        let mut fields = BTreeSet::new();
        let mut all = BTreeSet::new();
        leaves(&schema, &schema, "", &mut fields, &mut all);
        fields.remove("schema_version");
        // English wording of a profile's own texts (`en:` beside the German text): written
        // in the YAML and kept when the interview rewrites a profile, not asked.
        fields.retain(|f| !f.contains(".en."));
        let covered: BTreeSet<&str> = QUESTIONS
            .iter()
            .flat_map(|e| e.fields.iter().copied())
            .collect();
        let missing: Vec<&String> = fields
            .iter()
            .filter(|f| !covered.contains(f.as_str()))
            .collect();
        assert!(missing.is_empty(), "no question fills {missing:?}");
        let unknown: Vec<&&str> = covered.iter().filter(|f| !all.contains(**f)).collect();
        assert!(unknown.is_empty(), "not a profile field: {unknown:?}");
        assert!(
            fields.len() > 90,
            "schema walk found only {} fields",
            fields.len()
        );
    }
}
