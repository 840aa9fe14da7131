//! The risk assessment: pure functions from a validated profile to the rated risks
//! ([`scoring`]), the threshold analysis ([`threshold`]) and their legal consequences — the duty
//! to designate a data-protection officer (§ 38 BDSG, Art. 37 GDPR), prior consultation of the
//! supervisory authority (Art. 36 GDPR) and the decision to recommend to management.
//!
//! No I/O, no clock, no hash-map order: the same profile always gives the same assessment.

pub mod necessity;
pub mod scoring;
pub mod threshold;

use crate::legal::risks::{MATRIX, RiskClass, RiskMatrix};
use crate::profile::model::{AddressBook, Scale, Variant};
use crate::profile::validate::Profile;
use crate::text::join_und;
use scoring::ScoredRisk;
use serde::Serialize;
use threshold::{Check, DpiaResult, Threshold};

/// Whether a data-protection officer must be designated, and why.
#[derive(Debug, Clone)]
pub struct DpoDuty {
    /// Is one required?
    pub required: bool,
    /// The three grounds, each checked.
    pub checks: Vec<Check>,
    /// The grounds that are met, as German phrases with their reference.
    pub reasons: Vec<String>,
}

/// Whether the supervisory authority must be consulted before processing (Art. 36 GDPR).
#[derive(Debug, Clone)]
pub struct PriorConsultation {
    /// Is it required?
    pub required: bool,
    /// The risks that remain high after the measures.
    pub risks: Vec<&'static str>,
    /// Why, in German.
    pub reason: String,
}

/// The decision the assessment recommends to management (EDPB DPIA template: approve, approve
/// with conditions, reject, refer to the supervisory authority).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Approve.
    Approve,
    /// Approve on condition that the proposed measures are taken.
    ApproveWithConditions,
    /// Reject: the processing must not take place in this form.
    Reject,
    /// Refer to the supervisory authority (Art. 36 GDPR) before processing.
    ReferToAuthority,
}

impl Decision {
    /// All decisions in the order of the sign-off form.
    pub const ALL: [Decision; 4] = [
        Decision::Approve,
        Decision::ApproveWithConditions,
        Decision::Reject,
        Decision::ReferToAuthority,
    ];

    /// German label.
    pub fn label(self) -> &'static str {
        match self {
            Decision::Approve => "Freigabe",
            Decision::ApproveWithConditions => "Freigabe mit Auflagen",
            Decision::Reject => "Ablehnung",
            Decision::ReferToAuthority => {
                "Vorlage bei der Aufsichtsbehörde (vorherige Konsultation nach Art. 36 DSGVO)"
            }
        }
    }
}

/// The complete assessment of one profile.
#[derive(Debug, Clone)]
pub struct Assessment {
    /// Every applicable risk, rated, in catalogue order.
    pub risks: Vec<ScoredRisk>,
    /// The threshold analysis.
    pub threshold: Threshold,
    /// DPO duty.
    pub dpo: DpoDuty,
    /// Prior consultation.
    pub prior_consultation: PriorConsultation,
    /// Recommended decision.
    pub decision: Decision,
    /// Why, in German sentences.
    pub decision_reasons: Vec<String>,
    /// Necessity and proportionality where the communication is sensitive by purpose.
    pub necessity: Option<necessity::Necessity>,
}

impl Assessment {
    /// The highest net class over all risks (`None` only if no risk applies).
    pub fn highest_net(&self) -> Option<RiskClass> {
        self.risks.iter().map(|r| r.net.class).max()
    }

    /// The highest gross class over all risks.
    pub fn highest_gross(&self) -> Option<RiskClass> {
        self.risks.iter().map(|r| r.gross.class).max()
    }

    /// The risks whose net class is `class`, in catalogue order.
    pub fn net_in(&self, class: RiskClass) -> Vec<&ScoredRisk> {
        self.risks.iter().filter(|r| r.net.class == class).collect()
    }

    /// A rated risk by identifier.
    pub fn risk(&self, id: &str) -> Option<&ScoredRisk> {
        self.risks.iter().find(|r| r.risk.id == id)
    }
}

fn dpo_duty(p: &Profile, threshold: &Threshold) -> DpoDuty {
    let persons = p.persons_processing_data;
    let s1 = Check {
        yardstick: crate::legal::dpia::Yardstick {
            key: "bdsg_38_1_1",
            title: "In der Regel mindestens 20 Personen ständig mit der automatisierten Verarbeitung personenbezogener Daten beschäftigt",
            reference: "§ 38 Abs. 1 Satz 1 BDSG",
        },
        met: persons >= 20,
        reason: format!(
            "{persons} {} ständig mit der automatisierten Verarbeitung personenbezogener Daten beschäftigt.",
            if persons == 1 {
                "Person ist"
            } else {
                "Personen sind"
            }
        ),
    };
    let s2 = Check {
        yardstick: crate::legal::dpia::Yardstick {
            key: "bdsg_38_1_2",
            title: "Verarbeitungen, die einer Datenschutz-Folgenabschätzung nach Art. 35 DSGVO unterliegen",
            reference: "§ 38 Abs. 1 Satz 2 BDSG",
        },
        met: threshold.mandatory(),
        reason: if threshold.mandatory() {
            "Nach der Schwellwertanalyse ist eine Datenschutz-Folgenabschätzung verpflichtend; die Benennungspflicht besteht unabhängig von der Zahl der Beschäftigten.".to_owned()
        } else {
            "Nach der Schwellwertanalyse ist eine Datenschutz-Folgenabschätzung nicht verpflichtend.".to_owned()
        },
    };
    let core = p.special_categories_regular() && p.raw.data_subjects.scale == Scale::Large;
    let c = Check {
        yardstick: crate::legal::dpia::Yardstick {
            key: "gdpr_37_1_c",
            title: "Kerntätigkeit in der umfangreichen Verarbeitung besonderer Kategorien oder von Daten über Straftaten",
            reference: "Art. 37 Abs. 1 lit. c DSGVO",
        },
        met: core,
        reason: if core {
            "Besondere Kategorien werden planmäßig und in großem Umfang verarbeitet.".to_owned()
        } else if p.special_categories_regular() {
            "Besondere Kategorien werden planmäßig, aber nicht in großem Umfang verarbeitet."
                .to_owned()
        } else {
            "Besondere Kategorien sind nicht Gegenstand der Kerntätigkeit.".to_owned()
        },
    };
    let mut reasons = Vec::new();
    if s1.met {
        reasons.push(format!(
            "in der Regel mindestens 20 Personen ständig mit der automatisierten Verarbeitung personenbezogener Daten beschäftigt (hier: {persons}; § 38 Abs. 1 Satz 1 BDSG)"
        ));
    }
    if s2.met {
        reasons.push("die Verarbeitung unterliegt einer Datenschutz-Folgenabschätzung nach Art. 35 DSGVO (§ 38 Abs. 1 Satz 2 BDSG)".to_owned());
    }
    if c.met {
        reasons.push(
            "umfangreiche Verarbeitung besonderer Kategorien als Kerntätigkeit (Art. 37 Abs. 1 lit. c DSGVO)"
                .to_owned(),
        );
    }
    DpoDuty {
        required: !reasons.is_empty(),
        checks: vec![s1, s2, c],
        reasons,
    }
}

fn prior_consultation(p: &Profile, risks: &[ScoredRisk]) -> PriorConsultation {
    let high: Vec<&'static str> = risks
        .iter()
        .filter(|r| r.net.class == RiskClass::Hoch)
        .map(|r| r.risk.id)
        .collect();
    if p.variant() == Variant::Private {
        return PriorConsultation {
            required: false,
            reason: "Eine vorherige Konsultation kommt für die private WhatsApp-App nicht in Betracht: Der Verarbeitung fehlt die Rechtsgrundlage, sie ist einzustellen und nicht der Aufsichtsbehörde zur Billigung vorzulegen.".to_owned(),
            risks: high,
        };
    }
    if high.is_empty() {
        return PriorConsultation {
            required: false,
            reason: "Nach den Maßnahmen verbleibt kein hohes Risiko; eine vorherige Konsultation der Aufsichtsbehörde nach Art. 36 Abs. 1 DSGVO ist nicht erforderlich.".to_owned(),
            risks: high,
        };
    }
    PriorConsultation {
        required: true,
        reason: format!(
            "Nach den Maßnahmen verbleibt ein hohes Risiko ({}). Vor Aufnahme der Verarbeitung ist die zuständige Aufsichtsbehörde ({}) nach Art. 36 Abs. 1 DSGVO zu konsultieren; läuft die Nutzung bereits, ist das unverzüglich nachzuholen. Alternativ sind zuvor Maßnahmen umzusetzen, die das Risiko unter „hohes Risiko“ senken (Maßnahmenplan).",
            join_und(&high),
            p.authority.name
        ),
        risks: high,
    }
}

fn decision(
    p: &Profile,
    risks: &[ScoredRisk],
    consultation: &PriorConsultation,
) -> (Decision, Vec<String>) {
    if p.variant() == Variant::Private {
        let full_address_book = p
            .raw
            .whatsapp
            .devices
            .as_ref()
            .is_none_or(|d| d.address_book == AddressBook::Full);
        return (
            Decision::Reject,
            vec![
                "Die private WhatsApp-App ist für die geschäftliche Kommunikation nicht geeignet: Sie ist für die private Nutzung bestimmt, WhatsApp handelt ausschließlich als eigener Verantwortlicher, und Bedingungen zur Auftragsverarbeitung gibt es nicht.".to_owned(),
                if full_address_book {
                    "Die App übermittelt die Telefonnummern aller Kontakte des Adressbuchs an WhatsApp. Eine Datenschutz-Folgenabschätzung kann die fehlende Rechtsgrundlage für diese Übermittlung nicht heilen; auch Maßnahmen des Unternehmens ändern daran nichts."
                } else {
                    "Eine Datenschutz-Folgenabschätzung kann die fehlende Grundlage für die geschäftliche Nutzung einer Verbraucher-App nicht schaffen; auch Maßnahmen des Unternehmens ändern daran nichts."
                }
                .to_owned(),
                "Die Nutzung ist einzustellen und auf die WhatsApp Business-App mit getrenntem Adressbuch und Gerätemanagement oder – vorzugsweise – auf die Cloud API über einen Dienstleister mit Speicherort in der EU umzustellen; danach ist diese Bewertung zu wiederholen.".to_owned(),
            ],
        );
    }
    if consultation.required {
        return (
            Decision::ReferToAuthority,
            vec![format!(
                "Für {} verbleibt nach den Maßnahmen ein hohes Risiko. Die Verarbeitung ist vor ihrem Beginn der Aufsichtsbehörde vorzulegen (Art. 36 Abs. 1 DSGVO), es sei denn, die vorrangigen Maßnahmen des Maßnahmenplans werden zuvor umgesetzt und die Bewertung ergibt danach kein hohes Risiko mehr.",
                join_und(&consultation.risks)
            )],
        );
    }
    let open: Vec<&str> = risks
        .iter()
        .filter(|r| !r.proposals.is_empty())
        .map(|r| r.risk.id)
        .collect();
    if open.is_empty() {
        (
            Decision::Approve,
            vec!["Nach den Maßnahmen verbleibt kein hohes Risiko, und für die verbleibenden Risiken stehen keine weiteren der hier bewerteten Maßnahmen zur Verfügung.".to_owned()],
        )
    } else {
        (
            Decision::ApproveWithConditions,
            vec![format!(
                "Nach den Maßnahmen verbleibt kein hohes Risiko. Für {} stehen weitere Maßnahmen zur Verfügung (Maßnahmenplan); die Freigabe sollte mit der Auflage erfolgen, sie in der gesetzten Frist umzusetzen oder den Verzicht zu begründen.",
                join_und(&open)
            )],
        )
    }
}

/// The assessment in a few machine-readable fields, for reports over many profiles
/// (`validate --format json`, batch summaries).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Result of the threshold analysis.
    pub dpia_result: DpiaResult,
    /// Highest risk class after the measures.
    pub highest_net_risk: RiskClass,
    /// Risks that remain high after the measures.
    pub high_net_risks: Vec<&'static str>,
    /// The supervisory authority must be consulted before processing (Art. 36 GDPR).
    pub prior_consultation: bool,
    /// A data-protection officer must be designated.
    pub dpo_required: bool,
    /// The decision recommended to management.
    pub decision: Decision,
}

impl Assessment {
    /// The summary of this assessment.
    pub fn summary(&self) -> Summary {
        Summary {
            dpia_result: self.threshold.result,
            highest_net_risk: self.highest_net().unwrap_or(RiskClass::Gering),
            high_net_risks: self
                .net_in(RiskClass::Hoch)
                .iter()
                .map(|r| r.risk.id)
                .collect(),
            prior_consultation: self.prior_consultation.required,
            dpo_required: self.dpo.required,
            decision: self.decision,
        }
    }
}

/// Assesses a profile with the default risk matrix.
pub fn assess(p: &Profile) -> Assessment {
    assess_with(p, &MATRIX)
}

/// Assesses a profile with a given risk matrix.
pub fn assess_with(p: &Profile, matrix: &RiskMatrix) -> Assessment {
    let risks = scoring::score(p, matrix);
    let threshold = threshold::analyse(p, &risks);
    let dpo = dpo_duty(p, &threshold);
    let prior_consultation = prior_consultation(p, &risks);
    let (decision, decision_reasons) = decision(p, &risks, &prior_consultation);
    let necessity = necessity::assess(p, &risks);
    Assessment {
        risks,
        threshold,
        dpo,
        prior_consultation,
        decision,
        decision_reasons,
        necessity,
    }
}

/// Why a data-protection officer must be designated (empty: no duty).
pub fn dpo_reasons(p: &Profile) -> Vec<String> {
    assess(p).dpo.reasons
}

/// Profiles for the unit tests of the assessment.
#[cfg(test)]
pub(crate) mod testing {
    use crate::profile::validate::Profile;

    /// A profile from YAML; panics with the findings if it does not load.
    pub fn profile(yaml: &str) -> Profile {
        let loaded = crate::profile::load::load_str("test.yaml", yaml);
        match loaded.profile {
            Some(p) => p,
            None => panic!("profile does not load:\n{}", loaded.render_diagnostics()),
        }
    }

    /// A profile with a fixed company (sector and extra company lines given) and the
    /// `whatsapp` section (without `business_number`) and further sections given.
    pub fn yaml(sector: &str, company: &str, whatsapp: &str, rest: &str) -> String {
        format!(
            "schema_version: 1\ncompany:\n  name: \"Test GmbH\"\n  street: \"Teststraße 1\"\n  postal_code: \"10115\"\n  city: \"Berlin\"\n  state: berlin\n  representatives: [\"Tina Test (Geschäftsführerin)\"]\n  email: \"info@test.example\"\n  sector: {sector}\n  employees: 5\n{company}\nwhatsapp:\n  business_number: \"+49 30 1234568\"\n{whatsapp}\n{rest}\n"
        )
    }

    /// A business-app profile on one company phone with the given measures.
    pub fn business_app(devices: &str, measures: &str) -> Profile {
        profile(&yaml(
            "services",
            "",
            &format!("  variant: business_app\n  devices:\n{devices}"),
            &format!("measures: [{measures}]"),
        ))
    }

    /// Every risk of the catalogue applies to this profile: coexistence (app and Cloud API),
    /// health data, professional secrecy, minors as target group, large scale, groups, marketing,
    /// AI, labels, linked devices.
    pub const KITCHEN_SINK: &str = r#"schema_version: 1
company:
  name: "Praxis Test"
  street: "Teststraße 1"
  postal_code: "10115"
  city: "Berlin"
  state: berlin
  representatives: ["Tina Test (Inhaberin)"]
  email: "info@test.example"
  sector: health
  employees: 30
  professional_secrecy: true
whatsapp:
  variant: business_app_coexistence
  business_number: "+49 30 1234568"
  provider:
    name: "Inbox GmbH"
    seat: "Berlin, Deutschland"
    hosting_location: "Berlin, Deutschland"
    hosting_region: eu
  coexistence:
    history_shared: true
    contacts_shared: true
  devices:
    ownership: byod
    count: 3
    platforms: [android, ios]
    address_book: full
    backup: unencrypted
    linked_devices: unmanaged
  features: [labels, broadcast_lists, customer_groups, ai_bot]
  ai:
    provider: "KI GmbH"
    purpose: "beantwortet Fragen"
scenarios:
  - kind: customer_inquiry
  - kind: marketing
  - kind: special_category_data
    legal_basis: explicit_consent
data_subjects:
  minors: target_group
  scale: large
special_categories:
  categories: [health]
  occurrence: regular
"#;
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn private_app_is_rejected_without_prior_consultation() {
        let p = profile(&yaml(
            "services",
            "",
            "  variant: private\n  devices:\n    ownership: byod\n    count: 1\n    address_book: full\n    backup: unencrypted",
            "",
        ));
        let a = assess(&p);
        assert_eq!(a.decision, Decision::Reject);
        assert!(
            a.decision_reasons
                .iter()
                .any(|r| r.contains("nicht heilen"))
        );
        assert!(!a.prior_consultation.required);
        assert_eq!(a.highest_net(), Some(RiskClass::Hoch));
        // The consumer app makes the address-book upload and metadata more severe.
        assert_eq!(a.risk("R1").map(|r| r.gross.class), Some(RiskClass::Hoch));
    }

    #[test]
    fn high_residual_risk_requires_prior_consultation_and_a_dpia() {
        // Private phones without work container, no measures: mixing private and business
        // use stays high.
        let p = business_app(
            "    ownership: byod\n    count: 2\n    address_book: no_access\n    backup: none",
            "app_lock",
        );
        let a = assess(&p);
        assert_eq!(a.risk("R6").map(|r| r.net.class), Some(RiskClass::Hoch));
        assert!(a.prior_consultation.required);
        assert_eq!(a.prior_consultation.risks, vec!["R6"]);
        assert!(a.prior_consultation.reason.contains("Art. 36 Abs. 1 DSGVO"));
        assert_eq!(a.decision, Decision::ReferToAuthority);
        assert_eq!(a.threshold.result, DpiaResult::Mandatory);
        assert!(a.dpo.required, "a mandatory DPIA makes a DPO mandatory");
        assert_eq!(a.summary().high_net_risks, vec!["R6"]);
    }

    #[test]
    fn dpo_duty_from_twenty_persons_or_a_mandatory_dpia() {
        let small = assess(&business_app(
            "    ownership: company\n    count: 1\n    address_book: no_access\n    backup: none",
            "app_lock",
        ));
        assert_eq!(small.threshold.result, DpiaResult::ThresholdMemo);
        assert!(!small.dpo.required);
        let twenty = profile(&yaml(
            "services",
            "  persons_processing_data: 20",
            "  variant: cloud_api",
            "",
        ));
        let a = assess(&twenty);
        assert!(a.dpo.required);
        assert!(a.dpo.reasons[0].contains("§ 38 Abs. 1 Satz 1 BDSG"));
        assert!(a.dpo.reasons[0].contains("hier: 20"));
    }

    #[test]
    fn approval_with_conditions_names_the_risks_with_open_measures() {
        let a = assess(&business_app(
            "    ownership: company\n    count: 1\n    address_book: no_access\n    backup: none",
            "app_lock",
        ));
        assert_eq!(a.decision, Decision::ApproveWithConditions);
        // Remote wipe would lower R4 further; R2 has nothing to propose.
        assert!(a.decision_reasons[0].contains("R4"));
        assert!(!a.decision_reasons[0].contains("R2"));
        // Without any device protection a lost phone stays a high risk.
        let bare = assess(&business_app(
            "    ownership: company\n    count: 1\n    address_book: no_access\n    backup: none",
            "",
        ));
        assert_eq!(bare.risk("R4").map(|r| r.net.class), Some(RiskClass::Hoch));
        assert_eq!(bare.decision, Decision::ReferToAuthority);
    }
}
