//! The meaning of a profile change: a semantic diff of two profiles, in short German
//! sentences ("neuer Empfänger X", "Variante … gewechselt → AVV prüfen"). One rule per field
//! group; a field without its own rule is reported by its section, so no change goes
//! unmentioned.

use crate::legal::{labels, measures, scenarios};
use crate::profile::lints;
use crate::profile::model::*;
use serde_json::Value;
use std::collections::BTreeSet;

/// What changed from `old` to `new`, in the order of the profile's sections.
pub fn changes(old: &RawProfile, new: &RawProfile) -> Vec<String> {
    let mut out = Vec::new();
    company(&old.company, &new.company, &mut out);
    dpo(old.dpo.as_ref(), new.dpo.as_ref(), &mut out);
    whatsapp(&old.whatsapp, &new.whatsapp, &mut out);
    scenario_changes(&old.scenarios, &new.scenarios, &mut out);
    section(
        &old.data_subjects,
        &new.data_subjects,
        "Betroffene Personengruppen geändert → Risikobewertung prüfen",
        &mut out,
    );
    section(
        &old.special_categories,
        &new.special_categories,
        "Angaben zu besonderen Kategorien personenbezogener Daten geändert → Risikobewertung und Einwilligungen prüfen",
        &mut out,
    );
    section(
        &old.consent,
        &new.consent,
        "Einholung und Nachweis der Einwilligung geändert → Einwilligungstexte prüfen",
        &mut out,
    );
    section(
        &old.withdrawal,
        &new.withdrawal,
        "Widerrufswege geändert → Widerrufshinweis neu veröffentlichen",
        &mut out,
    );
    measure_changes(&old.measures, &new.measures, &mut out);
    section(
        &old.custom_measures,
        &new.custom_measures,
        "eigene Maßnahmen geändert",
        &mut out,
    );
    processors(&old.processors, &new.processors, &mut out);
    document(&old.document, &new.document, &mut out);
    accepted(&old.accepted_findings, &new.accepted_findings, &mut out);
    out
}

/// One sentence when a whole section differs.
fn section<T: PartialEq>(old: &T, new: &T, text: &str, out: &mut Vec<String>) {
    if old != new {
        out.push(text.to_owned());
    }
}

/// The keys of two serialised structs whose values differ.
fn changed_keys<T: serde::Serialize>(old: &T, new: &T) -> BTreeSet<String> {
    let (Ok(Value::Object(a)), Ok(Value::Object(b))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return BTreeSet::new();
    };
    a.keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

/// Company fields by group: the first group naming a changed key yields its sentence.
const COMPANY_GROUPS: &[(&[&str], &str)] = &[
    (&["name", "legal_form", "register"], "Firma geändert"),
    (
        &["street", "postal_code", "city"],
        "Anschrift des Unternehmens geändert",
    ),
    (
        &["state"],
        "Bundesland geändert → zuständige Aufsichtsbehörde prüfen",
    ),
    (&["representatives"], "Vertretung des Unternehmens geändert"),
    (
        &[
            "email",
            "phone",
            "website",
            "privacy_notice_url",
            "imprint_url",
        ],
        "Kontaktangaben geändert → Datenschutzhinweise neu veröffentlichen",
    ),
    (
        &["employees", "persons_processing_data"],
        "Zahl der Beschäftigten geändert → Pflicht zur Benennung einer datenschutzbeauftragten Person prüfen",
    ),
    (
        &["sector", "profession"],
        "Branche oder Beruf geändert → Risiken und Aufbewahrungsfristen prüfen",
    ),
    (
        &["professional_secrecy"],
        "Angabe zum Berufsgeheimnis geändert → Einwilligungen und Schweigepflichtentbindung prüfen",
    ),
    (
        &["acts_as_processor", "merchant"],
        "Rolle des Unternehmens geändert",
    ),
];

fn company(old: &Company, new: &Company, out: &mut Vec<String>) {
    let keys = changed_keys(old, new);
    let mut seen = BTreeSet::new();
    for key in &keys {
        let text = COMPANY_GROUPS
            .iter()
            .find(|(fields, _)| fields.contains(&key.as_str()))
            .map_or("Angaben zum Unternehmen geändert", |(_, t)| t);
        if seen.insert(text) {
            out.push(match text {
                "Firma geändert" if old.name != new.name => {
                    format!("Firma geändert: {} → {}", old.name, new.name)
                }
                _ => text.to_owned(),
            });
        }
    }
}

fn dpo(old: Option<&Dpo>, new: Option<&Dpo>, out: &mut Vec<String>) {
    match (old, new) {
        (None, Some(d)) => out.push(format!("Datenschutzbeauftragte Person benannt: {}", d.name)),
        (Some(d), None) => out.push(format!(
            "Benennung der datenschutzbeauftragten Person ({}) entfällt",
            d.name
        )),
        (Some(a), Some(b)) if a.name != b.name => out.push(format!(
            "neue datenschutzbeauftragte Person: {} → Datenschutzhinweise neu veröffentlichen",
            b.name
        )),
        (Some(a), Some(b)) if a != b => out.push(
            "Kontaktdaten der datenschutzbeauftragten Person geändert → Datenschutzhinweise neu veröffentlichen"
                .to_owned(),
        ),
        _ => {}
    }
}

/// Short names of the variants for one line of the version overview.
fn variant_short(v: Variant) -> &'static str {
    match v {
        Variant::Private => "privater App",
        Variant::BusinessApp => "Business-App",
        Variant::BusinessAppCoexistence => "Business-App mit Koexistenz",
        Variant::CloudApi => "Cloud-API",
        Variant::CloudApiBsp => "Cloud-API über Dienstleister",
    }
}

fn whatsapp(old: &WhatsApp, new: &WhatsApp, out: &mut Vec<String>) {
    if old.variant != new.variant {
        out.push(format!(
            "Variante von {} auf {} gewechselt → AVV prüfen",
            variant_short(old.variant),
            variant_short(new.variant)
        ));
    }
    match (&old.provider, &new.provider) {
        (None, Some(p)) => out.push(format!("neuer Dienstleister {} → AVV abschließen", p.name)),
        (Some(p), None) => out.push(format!("Dienstleister {} entfällt", p.name)),
        (Some(a), Some(b)) if a.name != b.name => out.push(format!(
            "Dienstleister von {} auf {} gewechselt → AVV abschließen",
            a.name, b.name
        )),
        (Some(a), Some(b)) if a.sub_processors != b.sub_processors => out.push(format!(
            "Unterauftragsverarbeiter von {} geändert → AVV prüfen",
            b.name
        )),
        (Some(a), Some(b)) if a != b => out.push(format!(
            "Angaben zu {} (Sitz, Speicherort oder Vertrag) geändert → AVV prüfen",
            b.name
        )),
        _ => {}
    }
    for f in &new.features {
        if !old.features.contains(f) {
            out.push(format!(
                "Funktion „{}“ hinzugefügt → Risikobewertung prüfen",
                labels::feature(*f)
            ));
        }
    }
    for f in &old.features {
        if !new.features.contains(f) {
            out.push(format!("Funktion „{}“ entfällt", labels::feature(*f)));
        }
    }
    let keys = changed_keys(old, new);
    let mut groups: BTreeSet<&str> = BTreeSet::new();
    for key in &keys {
        groups.insert(match key.as_str() {
            "variant" | "provider" | "features" => continue,
            "devices" => "Geräte, Kontakte oder Sicherung geändert → Maßnahmen prüfen",
            "cloud_api" | "coexistence" => {
                "Einstellungen der Cloud-API geändert → Speicherort und AVV prüfen"
            }
            "ai" => "KI-Chatbot geändert → Risikobewertung und Datenschutzhinweise prüfen",
            "terms_accepted" => "Annahme der Bedingungen von WhatsApp/Meta geändert",
            "alternative_channels" => "andere Kontaktwege geändert",
            "business_number" | "display_name" => "Geschäftsnummer oder Anzeigename geändert",
            _ => "WhatsApp-Einstellungen geändert",
        });
    }
    out.extend(groups.into_iter().map(str::to_owned));
}

/// The title a scenario entry goes by.
fn scenario_title(s: &ScenarioEntry) -> String {
    s.title
        .clone()
        .or_else(|| scenarios::template(s.kind).map(|t| t.title.to_owned()))
        .unwrap_or_default()
}

/// The legal basis an entry resolves to (its own, else the catalogue's).
fn scenario_basis(s: &ScenarioEntry) -> Option<LegalBasis> {
    s.legal_basis
        .or_else(|| scenarios::template(s.kind).map(|t| t.legal_basis))
}

fn needs_consent(basis: Option<LegalBasis>) -> bool {
    matches!(
        basis,
        Some(LegalBasis::Consent | LegalBasis::ExplicitConsent)
    )
}

fn scenario_changes(old: &[ScenarioEntry], new: &[ScenarioEntry], out: &mut Vec<String>) {
    let id = |s: &ScenarioEntry| (s.kind, s.title.clone().unwrap_or_default());
    for s in new {
        let title = scenario_title(s);
        let Some(before) = old.iter().find(|o| id(o) == id(s)) else {
            let consent = if needs_consent(scenario_basis(s)) {
                " → neue Einwilligung nötig"
            } else {
                ""
            };
            out.push(format!("Zweck „{title}“ hinzugefügt{consent}"));
            continue;
        };
        if before == s {
            continue;
        }
        if scenario_basis(before) != scenario_basis(s) {
            let consent = if needs_consent(scenario_basis(s)) {
                " → neue Einwilligung nötig"
            } else {
                ""
            };
            out.push(format!("Rechtsgrundlage für „{title}“ geändert{consent}"));
        }
        if before.retention != s.retention {
            out.push(format!("Aufbewahrungsfrist für „{title}“ geändert"));
        }
        if before.purpose != s.purpose || before.data != s.data {
            out.push(format!(
                "Zweck oder Daten von „{title}“ geändert → Einwilligungs- und Informationstexte prüfen"
            ));
        }
        if before.initiated_by != s.initiated_by
            || before.legitimate_interest != s.legitimate_interest
        {
            out.push(format!("Angaben zu „{title}“ geändert"));
        }
    }
    for s in old {
        if !new.iter().any(|n| id(n) == id(s)) {
            out.push(format!("Zweck „{}“ entfällt", scenario_title(s)));
        }
    }
}

fn measure_changes(old: &[Measure], new: &[Measure], out: &mut Vec<String>) {
    for m in new.iter().filter(|m| !old.contains(m)) {
        out.push(format!("Maßnahme „{}“ umgesetzt", measures::info(*m).label));
    }
    for m in old.iter().filter(|m| !new.contains(m)) {
        out.push(format!(
            "Maßnahme „{}“ entfällt → Risikobewertung prüfen",
            measures::info(*m).label
        ));
    }
}

fn processors(old: &[Processor], new: &[Processor], out: &mut Vec<String>) {
    for p in new {
        let role = labels::processor_role(p.role);
        let Some(before) = old.iter().find(|o| o.name == p.name) else {
            let todo = if p.agreement == AgreementStatus::Signed {
                ""
            } else {
                " → AVV abschließen"
            };
            out.push(format!("neuer Empfänger {} ({role}){todo}", p.name));
            continue;
        };
        if before.agreement != p.agreement || before.agreement_date != p.agreement_date {
            out.push(format!(
                "AVV mit {}: {}",
                p.name,
                labels::agreement_status(p.agreement)
            ));
        }
        if before.role != p.role || before.seat != p.seat || before.location != p.location {
            out.push(format!(
                "Angaben zum Empfänger {} (Aufgabe, Sitz oder Ort) geändert",
                p.name
            ));
        }
    }
    for p in old {
        if !new.iter().any(|n| n.name == p.name) {
            out.push(format!("Empfänger {} entfällt", p.name));
        }
    }
}

fn document(old: &DocumentMeta, new: &DocumentMeta, out: &mut Vec<String>) {
    if old.responsible != new.responsible {
        out.push("Verantwortlich für die Dokumente geändert".to_owned());
    }
    if old.next_review != new.next_review
        && let Some(date) = new.next_review.as_deref()
    {
        let date = crate::date::Date::parse(date).map_or_else(|| date.to_owned(), |d| d.german());
        out.push(format!("nächste Überprüfung am {date}"));
    }
    if old.full_dpia != new.full_dpia {
        out.push(if new.full_dpia {
            "Risikobewertung als vollständige Datenschutz-Folgenabschätzung".to_owned()
        } else {
            "Risikobewertung als Schwellwertvermerk".to_owned()
        });
    }
    if old.status_report != new.status_report {
        out.push(if new.status_report {
            "als Bestandsaufnahme trotz offener Fehler erzeugt".to_owned()
        } else {
            "keine Bestandsaufnahme mehr".to_owned()
        });
    }
}

fn finding_title(code: &str) -> String {
    lints::find(code).map_or_else(|| code.to_owned(), |l| l.title.to_owned())
}

fn accepted(old: &[AcceptedFinding], new: &[AcceptedFinding], out: &mut Vec<String>) {
    let code = |a: &AcceptedFinding| a.code.trim().to_ascii_uppercase();
    for a in new {
        match old.iter().find(|o| code(o) == code(a)) {
            None => out.push(format!("bewusst hingenommen: {}", finding_title(&a.code))),
            Some(before) if before != a => out.push(format!(
                "Begründung oder Frist geändert: {}",
                finding_title(&a.code)
            )),
            Some(_) => {}
        }
    }
    for a in old {
        if !new.iter().any(|n| code(n) == code(a)) {
            out.push(format!(
                "nicht mehr hingenommen: {}",
                finding_title(&a.code)
            ));
        }
    }
}
