//! Interview stage, the question flow: which question is asked when, and which profile field
//! each answer fills. Questions that do not apply to the firm's situation are skipped (no
//! provider questions for the Business app, no device questions for the Cloud API, no
//! special-category questions when the firm handles none, no consent questions without a
//! consent-based scenario).

mod closing;
mod company;
mod devices;
mod people;
mod practice;
mod purposes;
mod whatsapp;

use super::question::{Check, Choice, Question, TextQuestion};
use super::{InterviewError, Prompter, all, key};
use crate::legal::{authorities, labels, measures, scenarios};
use crate::profile::model::*;
use serde::Serialize;

type R<T> = Result<T, InterviewError>;

/// Variants in the order they are offered (the usual choice of a small firm first).
pub const VARIANTS: [Variant; 5] = [
    Variant::BusinessApp,
    Variant::BusinessAppCoexistence,
    Variant::CloudApiBsp,
    Variant::CloudApi,
    Variant::Private,
];

/// Catalogue scenarios the user picks directly. The others follow from features
/// (`auto_replies`, `ai_chatbot`, `groups`) or the coexistence onboarding.
pub const CHOSEN_SCENARIOS: [ScenarioKind; 6] = [
    ScenarioKind::CustomerInquiry,
    ScenarioKind::ServiceNotifications,
    ScenarioKind::Marketing,
    ScenarioKind::MediaExchange,
    ScenarioKind::SpecialCategoryData,
    ScenarioKind::Recruiting,
];

// Choices in the order they are offered: the safest or most common value first (the starter
// profile takes the first where a question has no default). `tests::lists_are_complete`
// checks each against the model.
const OWNERSHIPS: [Ownership; 3] = [Ownership::Company, Ownership::Byod, Ownership::Mixed];
const PLATFORMS: [Platform; 2] = [Platform::Android, Platform::Ios];
pub(crate) const ADDRESS_BOOKS: [AddressBook; 3] = [
    AddressBook::NoAccess,
    AddressBook::BusinessOnly,
    AddressBook::Full,
];
pub(crate) const BACKUPS: [Backup; 3] =
    [Backup::None, Backup::EndToEndEncrypted, Backup::Unencrypted];
const BACKUP_TARGETS: [BackupTarget; 2] = [BackupTarget::GoogleDrive, BackupTarget::Icloud];
pub(crate) const LINKED_DEVICES: [LinkedDevices; 3] = [
    LinkedDevices::None,
    LinkedDevices::Managed,
    LinkedDevices::Unmanaged,
];
const REGIONS: [Region; 3] = [Region::Eu, Region::Adequate, Region::ThirdCountry];
const STORAGES: [CloudStorage; 3] = [
    CloudStorage::MetaDefault,
    CloudStorage::LocalStorageDe,
    CloudStorage::NoStorage,
];
const MINORS: [Minors; 3] = [Minors::None, Minors::Possible, Minors::TargetGroup];
const SCALES: [Scale; 3] = [Scale::Small, Scale::Medium, Scale::Large];
const INITIATORS: [Initiator; 3] = [Initiator::Customer, Initiator::Company, Initiator::Both];
const LEGAL_BASES: [LegalBasis; 6] = [
    LegalBasis::Consent,
    LegalBasis::Contract,
    LegalBasis::LegalObligation,
    LegalBasis::LegitimateInterest,
    LegalBasis::ExplicitConsent,
    LegalBasis::HealthCare,
];

const AGREEMENTS: [AgreementStatus; 3] = [
    AgreementStatus::Signed,
    AgreementStatus::Pending,
    AgreementStatus::Missing,
];

/// Largest number of repeated entries (processors, sub-processors, own scenarios) asked for.
const MAX_REPEAT: u32 = 20;

/// Shown once at the start of an interview in the terminal.
pub const INTRO: &str = "Dieses Interview legt das Profil Ihres Unternehmens an, aus dem dsgvo-gen die Datenschutz-Dokumente für WhatsApp erzeugt. Für einen kleinen Betrieb sind es rund 30 Fragen; mit Registereintrag, Anzahl der Geräte und Sicherungseinstellung zur Hand dauert es etwa zehn bis fünfzehn Minuten. Vorschläge übernehmen Sie mit Enter; Angaben, die für die meisten Betriebe passen, zeigt das Interview am Ende zur Prüfung. Zurück zur vorigen Frage: „<“ eingeben oder in Auswahllisten Esc drücken. Mit Strg+C unterbrechen Sie; Ihre Antworten bleiben als Entwurf erhalten, und das nächste `dsgvo-gen init` bietet an, dort weiterzumachen.";

/// Runs the whole interview.
pub fn run(p: &mut dyn Prompter) -> R<RawProfile> {
    let mut f = Flow { p };
    let company = f.company()?;
    let whatsapp = f.whatsapp(&company)?;
    let data_subjects = f.data_subjects()?;
    let special_categories = f.special_categories(company.sector)?;
    let scenarios = f.scenarios(&whatsapp, &data_subjects, &special_categories)?;
    let consent = if scenarios.needs_consent {
        f.consent(&scenarios.entries)?
    } else {
        Consent::default()
    };
    let withdrawal = f.withdrawal(&company)?;
    let (measures, custom_measures) = f.measures(&MeasureContext {
        company: &company,
        whatsapp: &whatsapp.settings,
        scenarios: &scenarios.entries,
        subjects: &data_subjects,
    })?;
    let mut processors = whatsapp.mdm_processor.into_iter().collect::<Vec<_>>();
    processors.extend(f.processors(processors.len())?);
    let mut raw = RawProfile {
        schema_version: SCHEMA_VERSION,
        company,
        dpo: None,
        whatsapp: whatsapp.settings,
        scenarios: scenarios.entries,
        data_subjects,
        special_categories,
        consent,
        withdrawal,
        measures,
        custom_measures,
        processors,
        document: DocumentMeta::default(),
        accepted_findings: Vec::new(),
    };
    raw.dpo = f.dpo(&raw)?;
    raw.document = f.document(&raw)?;
    raw.accepted_findings = f.accepted_findings(&raw)?;
    Ok(raw)
}

struct Flow<'p> {
    p: &'p mut dyn Prompter,
}

/// Questions whose proposal fits most firms: in the terminal they are listed on the review
/// screen instead of being asked one by one (see [`Question::quiet`]). Ids as in
/// [`super::ids`]. Some questions are quiet only when there is a proposal (legal form read
/// from the name, Bundesland from the postal code); the sections mark those themselves.
const QUIET: &[&str] = &[
    "company.acts_as_processor",
    "whatsapp.display_name",
    "whatsapp.provider.sub_processor_count",
    "whatsapp.devices.ownership",
    "whatsapp.devices.mdm",
    "whatsapp.devices.linked_devices",
    "whatsapp.ai.automated_decisions",
    "whatsapp.terms_accepted.accepted_by",
    "whatsapp.terms_accepted.archived_at",
    "whatsapp.alternative_channels",
    "data_subjects.groups",
    "data_subjects.minors",
    "special_categories.categories",
    "scenarios.{kind}.customize",
    "scenarios.custom_count",
    "consent.channels",
    "consent.double_opt_in",
    "consent.page_url",
    "withdrawal.keyword",
    "withdrawal.email",
    "withdrawal.postal",
    "withdrawal.phone",
    "withdrawal.web_form_url",
    "custom_measures",
    "processors.count",
    "document.version",
    "document.date",
    "document.responsible",
    "document.status_report",
    "document.full_dpia",
    "document.avv_proposal",
    "document.next_review",
    "document.english",
    "accepted_findings.{code}",
    "accepted_findings.{code}.until",
];

fn q(id: impl Into<String>, prompt: impl Into<String>, why: impl Into<String>) -> Question {
    let question = Question::new(id, prompt, why);
    let quiet = super::ids::entry(&question.id).is_some_and(|e| QUIET.contains(&e.id));
    if quiet { question.quiet() } else { question }
}

fn choices<T: Copy + Serialize>(options: &[T], label: impl Fn(T) -> String) -> Vec<Choice> {
    options
        .iter()
        .map(|o| Choice {
            key: key(*o),
            label: label(*o),
        })
        .collect()
}

/// The name part of "Maria Muster (Geschäftsführerin)".
fn person_name(representative: &str) -> String {
    representative
        .split(" (")
        .next()
        .unwrap_or(representative)
        .trim()
        .to_owned()
}

/// A legal form written at the end of the company name, if any.
fn legal_form_in(name: &str) -> Option<String> {
    const FORMS: [&str; 13] = [
        "GmbH & Co. KG",
        "UG (haftungsbeschränkt)",
        "gGmbH",
        "GmbH",
        "OHG",
        "GbR",
        "PartG mbB",
        "e. K.",
        "e.K.",
        "e. V.",
        "eG",
        "AG",
        "KG",
    ];
    FORMS
        .iter()
        .find(|f| name.trim_end().ends_with(&format!(" {f}")))
        .map(|f| (*f).to_owned())
}

impl Flow<'_> {
    fn ask_text(
        &mut self,
        question: Question,
        check: Check,
        required: bool,
        default: Option<String>,
        example: Option<&str>,
    ) -> R<String> {
        self.p.text(&TextQuestion {
            question,
            check,
            required,
            list: false,
            default,
            example: example.map(str::to_owned),
        })
    }

    fn required(
        &mut self,
        question: Question,
        check: Check,
        default: Option<String>,
        example: Option<&str>,
    ) -> R<String> {
        self.ask_text(question, check, true, default, example)
    }

    fn optional(
        &mut self,
        question: Question,
        check: Check,
        default: Option<String>,
        example: Option<&str>,
    ) -> R<Option<String>> {
        let answer = self.ask_text(question, check, false, default, example)?;
        Ok((!answer.is_empty()).then_some(answer))
    }

    fn list(
        &mut self,
        question: Question,
        required: bool,
        default: Option<String>,
        example: Option<&str>,
    ) -> R<Vec<String>> {
        let answer = self.p.text(&TextQuestion {
            question,
            check: Check::Free,
            required,
            list: true,
            default,
            example: example.map(str::to_owned),
        })?;
        Ok(TextQuestion::items(&answer))
    }

    fn number(
        &mut self,
        question: Question,
        (min, max): (u32, u32),
        default: Option<u32>,
        example: Option<&str>,
    ) -> R<u32> {
        let answer = self.required(
            question.clone(),
            Check::Number { min, max },
            default.map(|d| d.to_string()),
            example,
        )?;
        answer.parse().map_err(|_| InterviewError::Answer {
            id: question.id,
            location: None,
            message: format!("„{answer}“ ist keine Zahl"),
        })
    }

    fn yes_no(&mut self, question: Question, default: Option<bool>) -> R<bool> {
        self.p.yes_no(&question, default)
    }

    fn one<T: Copy + Serialize + PartialEq>(
        &mut self,
        question: Question,
        options: &[T],
        label: impl Fn(T) -> String,
        default: Option<T>,
    ) -> R<T> {
        let list = choices(options, label);
        let default = default.and_then(|d| options.iter().position(|o| *o == d));
        let index = self.p.select(&question, &list, default)?;
        options.get(index).copied().ok_or(InterviewError::Answer {
            id: question.id,
            location: None,
            message: "Auswahl außerhalb der Liste".into(),
        })
    }

    fn many<T: Copy + Serialize + PartialEq>(
        &mut self,
        question: Question,
        options: &[T],
        label: impl Fn(T) -> String,
        defaults: &[T],
    ) -> R<Vec<T>> {
        let list = choices(options, label);
        let checked: Vec<bool> = options.iter().map(|o| defaults.contains(o)).collect();
        let picked = self.p.multi_select(&question, &list, &checked)?;
        Ok(picked
            .into_iter()
            .filter_map(|i| options.get(i).copied())
            .collect())
    }
}

struct WhatsAppAnswers {
    settings: WhatsApp,
    mdm_processor: Option<Processor>,
}

struct ScenarioAnswers {
    entries: Vec<ScenarioEntry>,
    needs_consent: bool,
}

/// What decides which measures are offered.
pub(crate) struct MeasureContext<'a> {
    pub company: &'a Company,
    pub whatsapp: &'a WhatsApp,
    pub scenarios: &'a [ScenarioEntry],
    pub subjects: &'a DataSubjects,
}

/// Does `m` apply to the firm's situation? Measures for the Cloud API (token, logging,
/// team inbox) are not offered for the app and device measures not for the API alone; team
/// measures need a team, the four-eyes check bulk messages, the suppression list bulk
/// messages or notifications, the age check minors, the label policy labels and the
/// works-council agreement a firm of at least five (§ 1 BetrVG).
pub(crate) fn measure_applies(m: Measure, c: &MeasureContext) -> bool {
    let variant = c.whatsapp.variant;
    let api = variant_uses_api(variant);
    let app = c.whatsapp.devices.is_some() || !api;
    let team = c.company.employees > 1;
    let bulk = c.whatsapp.features.contains(&Feature::BroadcastLists)
        || c.scenarios
            .iter()
            .any(|s| s.kind == ScenarioKind::Marketing);
    let notifications = c
        .scenarios
        .iter()
        .any(|s| s.kind == ScenarioKind::ServiceNotifications);
    match m {
        Measure::TokenRotation | Measure::AccessLogging | Measure::AggregateKpisOnly => api,
        Measure::RoleConcept => api,
        Measure::AppLock | Measure::MediaAutoDownloadOff | Measure::DedicatedBusinessNumber => app,
        Measure::Offboarding | Measure::StaffTraining => team,
        Measure::WorksCouncilAgreement => c.company.employees >= 5,
        Measure::FourEyesBulkMessages => bulk,
        Measure::SuppressionList => bulk || notifications,
        Measure::AgeCheck => c.subjects.minors != Minors::None,
        Measure::LabelPolicy => c.whatsapp.features.contains(&Feature::Labels),
        _ => true,
    }
}

/// The measures offered for a complete profile (the same rule as in the interview).
pub(crate) fn offered_measures(raw: &RawProfile) -> Vec<Measure> {
    let c = MeasureContext {
        company: &raw.company,
        whatsapp: &raw.whatsapp,
        scenarios: &raw.scenarios,
        subjects: &raw.data_subjects,
    };
    all::<Measure>()
        .into_iter()
        .filter(|m| measure_applies(*m, &c))
        .collect()
}

fn variant_uses_api(v: Variant) -> bool {
    matches!(
        v,
        Variant::CloudApi | Variant::CloudApiBsp | Variant::BusinessAppCoexistence
    )
}

fn variant_choice(v: Variant) -> String {
    match v {
        Variant::BusinessApp => {
            "WhatsApp Business-App – die kostenlose App für Unternehmen auf dem Smartphone"
        }
        Variant::BusinessAppCoexistence => {
            "Business-App mit Cloud-API-Anbindung (Koexistenz) – dieselbe Nummer zusätzlich in der Software eines Dienstleisters"
        }
        Variant::CloudApiBsp => {
            "Cloud API über einen Dienstleister (BSP) – Team-Postfach oder Software eines Anbieters, ohne App"
        }
        Variant::CloudApi => {
            "Cloud API direkt – die WhatsApp-Schnittstelle in Ihrer eigenen Software"
        }
        Variant::Private => "private WhatsApp-App – die normale App für Privatpersonen (ungeeignet)",
    }
    .to_owned()
}

const PRIVATE_WARNING: &str = "Die private WhatsApp-App ist für die geschäftliche Kommunikation nicht geeignet: WhatsApp ist dort alleiniger Verantwortlicher, einen Vertrag zur Auftragsverarbeitung gibt es nicht, und die App lädt die Nummern des gesamten Adressbuchs hoch – auch von Menschen, die WhatsApp nicht nutzen und nicht gefragt wurden. Aufsichtsbehörden halten das für unzulässig (Prüfhinweis DSG001, `dsgvo-gen explain DSG001`). Besser: die Business-App mit getrenntem Adressbuch oder die Cloud API über einen Dienstleister mit Speicherung in der EU.";

/// DPO duty for the answers so far: renders and validates a provisional profile.
fn provisional_dpo_reasons(raw: &RawProfile) -> Vec<String> {
    let text = super::write::to_yaml(raw, &super::write::Options::default());
    let loaded = crate::profile::load::load_str("interview", &text);
    loaded
        .profile
        .as_ref()
        .map(crate::risk::dpo_reasons)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_values<T: Copy + Serialize + schemars::JsonSchema + serde::de::DeserializeOwned>(
        list: &[T],
    ) {
        let mut offered: Vec<String> = list.iter().map(|v| key(*v)).collect();
        let mut model: Vec<String> = all::<T>().into_iter().map(key).collect();
        offered.sort();
        model.sort();
        assert_eq!(offered, model, "a choice list misses or repeats a value");
    }

    #[test]
    fn lists_are_complete() {
        same_values(&VARIANTS);
        same_values(&OWNERSHIPS);
        same_values(&PLATFORMS);
        same_values(&ADDRESS_BOOKS);
        same_values(&BACKUPS);
        same_values(&BACKUP_TARGETS);
        same_values(&LINKED_DEVICES);
        same_values(&REGIONS);
        same_values(&STORAGES);
        same_values(&MINORS);
        same_values(&SCALES);
        same_values(&INITIATORS);
        same_values(&LEGAL_BASES);
        same_values(&AGREEMENTS);
    }

    #[test]
    fn quiet_questions_exist() {
        for id in QUIET {
            assert!(
                super::super::ids::QUESTIONS.iter().any(|e| e.id == *id),
                "{id} is not a question id"
            );
        }
    }

    #[test]
    fn names_and_forms() {
        assert_eq!(
            person_name("Maria Sonnenschein (Geschäftsführerin)"),
            "Maria Sonnenschein"
        );
        assert_eq!(
            legal_form_in("Bäckerei Sonnenschein GmbH").as_deref(),
            Some("GmbH")
        );
        assert_eq!(
            legal_form_in("Elektro Wagner GmbH & Co. KG").as_deref(),
            Some("GmbH & Co. KG")
        );
        assert_eq!(legal_form_in("Physiotherapie am Park"), None);
    }
}
