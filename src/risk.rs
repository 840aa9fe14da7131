//! Risk rules that other stages depend on: when a DPIA is mandatory and when a DPO must be
//! designated. Pure functions of the profile.

use crate::profile::model::{Feature, Minors, Scale, ScenarioKind};
use crate::profile::validate::Profile;

/// Why a data-protection impact assessment is mandatory for this profile (empty: not
/// mandatory by these rules). Reasons are German sentences with their legal reference.
pub fn dpia_mandatory_reasons(p: &Profile) -> Vec<String> {
    let mut reasons = Vec::new();
    if p.has_feature(Feature::AiBot) || p.has_scenario(ScenarioKind::AiChatbot) {
        reasons.push("Einsatz künstlicher Intelligenz zur Steuerung der Interaktion mit Kundinnen und Kunden (DSK-Muss-Liste Nr. 11, Art. 35 Abs. 4 DSGVO)".to_owned());
    }
    if p.special_categories_regular() {
        reasons.push("regelmäßige Verarbeitung besonderer Kategorien personenbezogener Daten (Art. 9 DSGVO) über einen Messenger mit Drittlandbezug (Art. 35 Abs. 1 und Abs. 3 lit. b DSGVO, WP248-Kriterien „sensible Daten“ und „neue Technologien“)".to_owned());
    }
    if p.raw.company.professional_secrecy {
        reasons.push("Verarbeitung von Daten, die einem Berufsgeheimnis unterliegen (§ 203 StGB; DSK-Muss-Liste)".to_owned());
    }
    if p.raw.data_subjects.minors == Minors::TargetGroup {
        reasons.push("Kinder und Jugendliche als Zielgruppe (schutzbedürftige Betroffene, WP248-Kriterium 7, Erwägungsgrund 75)".to_owned());
    }
    if p.has_scenario(ScenarioKind::Marketing) && p.raw.data_subjects.scale == Scale::Large {
        reasons.push("umfangreiche Werbekommunikation an mehr als 10.000 Personen im Jahr (WP248-Kriterien „umfangreiche Verarbeitung“ und „Bewertung“)".to_owned());
    }
    reasons
}

/// Why a data-protection officer must be designated (empty: no duty).
pub fn dpo_reasons(p: &Profile) -> Vec<String> {
    let mut reasons = Vec::new();
    if p.persons_processing_data >= 20 {
        reasons.push(format!(
            "in der Regel mindestens 20 Personen ständig mit der automatisierten Verarbeitung personenbezogener Daten beschäftigt (hier: {}; § 38 Abs. 1 Satz 1 BDSG)",
            p.persons_processing_data
        ));
    }
    if !dpia_mandatory_reasons(p).is_empty() {
        reasons.push("die Verarbeitung unterliegt einer Datenschutz-Folgenabschätzung nach Art. 35 DSGVO (§ 38 Abs. 1 Satz 2 BDSG)".to_owned());
    }
    if p.special_categories_regular() && p.raw.data_subjects.scale == Scale::Large {
        reasons.push("umfangreiche Verarbeitung besonderer Kategorien als Kerntätigkeit (Art. 37 Abs. 1 lit. c DSGVO)".to_owned());
    }
    reasons
}

/// Headline results of the risk assessment for summaries and reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// DPIA result in German ("Pflicht", "empfohlen", …).
    pub dpia: &'static str,
    /// Highest net risk class, once the assessment computes one.
    pub highest_net_risk: Option<&'static str>,
}

/// The headline results for a profile.
pub fn summary(p: &Profile) -> Summary {
    Summary {
        dpia: if dpia_mandatory_reasons(p).is_empty() {
            "nicht zwingend"
        } else {
            "Pflicht"
        },
        highest_net_risk: None,
    }
}
