//! Interview stage, the question flow: which question is asked when, and which profile field
//! each answer fills. Questions that do not apply to the firm's situation are skipped (no
//! provider questions for the Business app, no device questions for the Cloud API, no
//! special-category questions when the firm handles none, no consent questions without a
//! consent-based scenario).

use super::question::{Check, Choice, Question, TextQuestion};
use super::{InterviewError, Prompter, all, key};
use crate::legal::{authorities, labels, measures, retention, scenarios};
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
const ADDRESS_BOOKS: [AddressBook; 3] = [
    AddressBook::NoAccess,
    AddressBook::BusinessOnly,
    AddressBook::Full,
];
const BACKUPS: [Backup; 3] = [Backup::None, Backup::EndToEndEncrypted, Backup::Unencrypted];
const BACKUP_TARGETS: [BackupTarget; 2] = [BackupTarget::GoogleDrive, BackupTarget::Icloud];
const LINKED_DEVICES: [LinkedDevices; 3] = [
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

const INTRO: &str = "Dieses Interview legt das Profil Ihres Unternehmens an, aus dem dsgvo-gen die Datenschutz-Dokumente für WhatsApp erzeugt. Es dauert etwa fünf Minuten. Vorschläge übernehmen Sie mit Enter. Mit Strg+C brechen Sie jederzeit ab; dann wird nichts gespeichert.";

/// Runs the whole interview.
pub fn run(p: &mut dyn Prompter) -> R<RawProfile> {
    let mut f = Flow { p };
    f.p.section("dsgvo-gen init", INTRO)?;
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
    let (measures, custom_measures) = f.measures(whatsapp.settings.variant)?;
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
    };
    raw.dpo = f.dpo(&raw)?;
    raw.document = f.document(&raw.company)?;
    Ok(raw)
}

struct Flow<'p> {
    p: &'p mut dyn Prompter,
}

fn q(id: impl Into<String>, prompt: impl Into<String>, why: impl Into<String>) -> Question {
    Question::new(id, prompt, why)
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

    // ----------------------------------------------------------------------------------
    // Company

    fn company(&mut self) -> R<Company> {
        self.p.section(
            "Unternehmen",
            "Diese Angaben erscheinen in jedem Dokument als „Verantwortlicher“.",
        )?;
        let name = self.required(
            q(
                "company.name",
                "Name des Unternehmens (wie im Register oder Impressum)",
                "Der Verantwortliche muss in jedem Dokument eindeutig benannt sein.",
            ),
            Check::Free,
            None,
            Some("Musterfirma GmbH"),
        )?;
        let legal_form = self.optional(
            q(
                "company.legal_form",
                "Rechtsform (z. B. GmbH, e. K., GbR)",
                "Gehört zur vollständigen Bezeichnung des Verantwortlichen; leer lassen, wenn es keine gibt.",
            ),
            Check::Free,
            legal_form_in(&name),
            None,
        )?;
        let street = self.required(
            q(
                "company.street",
                "Straße und Hausnummer",
                "Die Anschrift des Verantwortlichen ist Pflichtangabe (Art. 13 Abs. 1 lit. a DSGVO).",
            ),
            Check::Free,
            None,
            Some("Musterstraße 1"),
        )?;
        let postal_code = self.required(
            q(
                "company.postal_code",
                "Postleitzahl",
                "Fünf Ziffern; gehört zur Anschrift.",
            ),
            Check::PostalCode,
            None,
            Some("70173"),
        )?;
        let city = self.required(
            q("company.city", "Ort", "Gehört zur Anschrift."),
            Check::Free,
            None,
            Some("Stuttgart"),
        )?;
        let state = self.one(
            q(
                "company.state",
                "Bundesland des Firmensitzes",
                "Bestimmt die zuständige Datenschutz-Aufsichtsbehörde, die in den Dokumenten steht.",
            ),
            &all::<State>(),
            |s| authorities::state_name(s).to_owned(),
            None,
        )?;
        let representatives = self.list(
            q(
                "company.representatives",
                "Vertretungsberechtigte Person(en) mit Funktion; mehrere durch „;“ trennen",
                "Werden als Vertreter des Verantwortlichen genannt (Art. 13 Abs. 1 lit. a DSGVO).",
            ),
            true,
            None,
            Some("Max Muster (Geschäftsführer)"),
        )?;
        let register = self.optional(
            q(
                "company.register",
                "Registereintrag (z. B. Amtsgericht Freiburg HRB 123456)",
                "Identifiziert das Unternehmen eindeutig; leer lassen, wenn es keinen gibt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let email = self.required(
            q(
                "company.email",
                "E-Mail-Adresse für Datenschutzanfragen",
                "Kontaktweg für betroffene Personen; zugleich Adresse für Widerrufe.",
            ),
            Check::Email,
            None,
            Some("info@musterfirma.example"),
        )?;
        let phone = self.optional(
            q(
                "company.phone",
                "Telefonnummer im internationalen Format (z. B. +49 761 123456)",
                "Wird als Kontaktweg neben WhatsApp genannt; leer lassen, wenn es keine gibt.",
            ),
            Check::Phone,
            None,
            Some("+49 711 1234560"),
        )?;
        let website = self.optional(
            q(
                "company.website",
                "Website (z. B. https://www.beispiel.de)",
                "Erscheint in den Kontaktangaben; leer lassen, wenn es keine gibt.",
            ),
            Check::Url,
            None,
            None,
        )?;
        let privacy_notice_url = self.optional(
            q(
                "company.privacy_notice_url",
                "Adresse, unter der die Datenschutzhinweise für WhatsApp stehen (werden)",
                "Die Kurzinformation im Chat verweist darauf (Art. 13 DSGVO); veröffentlichen Sie dort Dokument 04.",
            ),
            Check::Url,
            website
                .as_deref()
                .map(|w| format!("{}/datenschutz-whatsapp", w.trim_end_matches('/'))),
            None,
        )?;
        let sector = self.one(
            q(
                "company.sector",
                "Branche",
                "Die Branche bestimmt typische Risiken und Formulierungen in den Dokumenten.",
            ),
            &all::<Sector>(),
            |s| labels::sector(s).to_owned(),
            None,
        )?;
        let employees = self.number(
            q(
                "company.employees",
                "Anzahl der Beschäftigten (Köpfe, einschließlich Inhaber)",
                "Bestimmt mit, ob eine Datenschutzbeauftragte Person benannt werden muss.",
            ),
            (1, 1_000_000),
            None,
            Some("5"),
        )?;
        let persons_processing_data = if employees >= 20 {
            let n = self.number(
                q(
                    "company.persons_processing_data",
                    "Davon: Personen, die ständig mit personenbezogenen Daten am Computer oder Smartphone arbeiten",
                    "Ab 20 solcher Personen ist eine Datenschutzbeauftragte Person Pflicht (§ 38 BDSG).",
                ),
                (0, employees),
                Some(employees),
                None,
            )?;
            (n != employees).then_some(n)
        } else {
            None
        };
        let professional_secrecy = if matches!(
            sector,
            Sector::Health
                | Sector::Legal
                | Sector::Finance
                | Sector::Education
                | Sector::Services
                | Sector::Other
        ) {
            self.yes_no(
                q(
                    "company.professional_secrecy",
                    "Unterliegen Sie einem Berufsgeheimnis (§ 203 StGB, z. B. Ärzte, Therapeuten, Anwälte, Steuerberater)?",
                    "Berufsgeheimnisträger dürfen Geheimnisse nur unter zusätzlichen Vorkehrungen an Dienstleister geben.",
                ),
                Some(matches!(sector, Sector::Health | Sector::Legal)),
            )?
        } else {
            false
        };
        let profession = if professional_secrecy || sector == Sector::Legal {
            Some(self.one(
                q(
                    "company.profession",
                    "Welcher Beruf wird ausgeübt?",
                    "Der Beruf bestimmt die berufsrechtlichen Aufbewahrungsfristen (Patientenakte, Handakte).",
                ),
                &all::<Profession>(),
                |p| labels::profession(p).to_owned(),
                None,
            )?)
        } else {
            None
        };
        let sole_trade =
            retention::derive_merchant(None, legal_form.as_deref(), sector, profession)
                .reason
                .starts_with("Gewerbebetrieb");
        let merchant = if sole_trade {
            let yes = self.yes_no(
                q(
                    "company.merchant",
                    "Erfordert Ihr Betrieb eine kaufmännische Buchführung (Kaufmann im Sinne des HGB)?",
                    "Dann sind Geschäftsbriefe 6 Jahre aufzubewahren (§ 257 HGB). Bei Gewerbebetrieben wird das vermutet; nur Kleingewerbe ohne kaufmännische Einrichtung sind ausgenommen.",
                ),
                Some(true),
            )?;
            (!yes).then_some(false)
        } else {
            None
        };
        let acts_as_processor = if matches!(sector, Sector::Services | Sector::Other) {
            self.yes_no(
                q(
                    "company.acts_as_processor",
                    "Betreiben Sie WhatsApp auch im Auftrag Ihrer Kunden (z. B. als Agentur)?",
                    "Dann brauchen Sie zusätzlich ein Verzeichnis als Auftragsverarbeiter (Art. 30 Abs. 2 DSGVO).",
                ),
                Some(false),
            )?
        } else {
            false
        };
        Ok(Company {
            name,
            legal_form,
            street,
            postal_code,
            city,
            state,
            representatives,
            register,
            email,
            phone,
            website,
            privacy_notice_url,
            sector,
            employees,
            persons_processing_data,
            professional_secrecy,
            acts_as_processor,
            profession,
            merchant,
        })
    }

    // ----------------------------------------------------------------------------------
    // WhatsApp

    fn whatsapp(&mut self, company: &Company) -> R<WhatsAppAnswers> {
        self.p.section(
            "WhatsApp",
            "Welches WhatsApp Sie nutzen, bestimmt Empfänger, Verträge, Verschlüsselung und Risiken in allen Dokumenten.",
        )?;
        let mut variant = self.one(
            q(
                "whatsapp.variant",
                "Welches WhatsApp nutzen Sie?",
                "Jede Variante hat andere Empfänger, Verträge und Risiken.",
            ),
            &VARIANTS,
            variant_choice,
            Some(Variant::BusinessApp),
        )?;
        if variant == Variant::Private {
            self.p.info(PRIVATE_WARNING)?;
            let keep = self.yes_no(
                q(
                    "whatsapp.private_keep",
                    "Trotzdem die private App festhalten? (Nein: andere Variante wählen)",
                    "Als Bestandsaufnahme möglich; die Dokumente entstehen dann nur mit `dsgvo-gen build --force`.",
                ),
                None,
            )?;
            if !keep {
                let others: Vec<Variant> = VARIANTS
                    .iter()
                    .copied()
                    .filter(|v| *v != Variant::Private)
                    .collect();
                variant = self.one(
                    q(
                        "whatsapp.variant_instead",
                        "Welche Variante wollen Sie stattdessen nutzen?",
                        "Für den Einstieg eignet sich die Business-App mit getrenntem Adressbuch.",
                    ),
                    &others,
                    variant_choice,
                    Some(Variant::BusinessApp),
                )?;
            }
        }
        let uses_app = matches!(
            variant,
            Variant::Private | Variant::BusinessApp | Variant::BusinessAppCoexistence
        );
        let uses_cloud_api = matches!(
            variant,
            Variant::CloudApi | Variant::CloudApiBsp | Variant::BusinessAppCoexistence
        );
        let uses_provider = matches!(
            variant,
            Variant::CloudApiBsp | Variant::BusinessAppCoexistence
        );
        let business_number = self.required(
            q(
                "whatsapp.business_number",
                "Unter welcher Nummer sind Sie bei WhatsApp erreichbar? (international, z. B. +49 761 123456)",
                "Die Nummer steht in allen Dokumenten und in den Einwilligungstexten.",
            ),
            Check::Phone,
            company.phone.clone(),
            Some("+49 711 1234569"),
        )?;
        let display_name = self.optional(
            q(
                "whatsapp.display_name",
                "Anzeigename des WhatsApp-Profils",
                "Den Namen sehen Kundinnen und Kunden im Chat; er erscheint im Verzeichnis.",
            ),
            Check::Free,
            Some(company.name.clone()),
            None,
        )?;
        let provider = if uses_provider {
            Some(self.provider()?)
        } else {
            None
        };
        let cloud_api = if uses_cloud_api {
            let storage = self.one(
                q(
                    "whatsapp.cloud_api.storage",
                    "Wo speichert die Cloud API die Nachrichten?",
                    "Bestimmt, ob Nachrichten in Rechenzentren in den USA liegen (Drittlandübermittlung).",
                ),
                &STORAGES,
                |s| labels::cloud_storage(s).to_owned(),
                Some(CloudStorage::MetaDefault),
            )?;
            Some(CloudApi { storage })
        } else {
            None
        };
        let coexistence = if variant == Variant::BusinessAppCoexistence {
            let history_shared = self.yes_no(
                q(
                    "whatsapp.coexistence.history_shared",
                    "Wurde bei der Einrichtung der Chatverlauf (bis zu sechs Monate) an die Cloud API übertragen?",
                    "Dann haben Dritte Daten erhalten, über die die betroffenen Personen zu informieren sind.",
                ),
                None,
            )?;
            let contacts_shared = self.yes_no(
                q(
                    "whatsapp.coexistence.contacts_shared",
                    "Wurden die Kontakte der Business-App an die Cloud API übertragen?",
                    "Auch das ist eine Übermittlung, die in den Datenschutzhinweisen stehen muss.",
                ),
                None,
            )?;
            Some(Coexistence {
                history_shared,
                contacts_shared,
            })
        } else {
            None
        };
        let (devices, mdm_processor) = if uses_app {
            let (devices, processor) = self.devices()?;
            (Some(devices), processor)
        } else {
            (None, None)
        };
        let features = self.many(
            q(
                "whatsapp.features",
                "Welche Funktionen nutzen Sie?",
                "Manche Funktionen bringen eigene Verarbeitungen mit, z. B. Begrüßungstexte, Chatbot oder Gruppen.",
            ),
            &all::<Feature>(),
            |f| labels::feature(f).to_owned(),
            &[],
        )?;
        let ai = if features.contains(&Feature::AiBot) {
            Some(self.ai()?)
        } else {
            None
        };
        let terms_accepted = if variant == Variant::Private {
            None
        } else {
            self.terms(company)?
        };
        let mut default_channels = Vec::new();
        if company.phone.is_some() {
            default_channels.push(Channel::Phone);
        }
        default_channels.push(Channel::Email);
        let alternative_channels = self.many(
            q(
                "whatsapp.alternative_channels",
                "Wie erreicht man Sie außer über WhatsApp?",
                "Ohne Alternative wäre eine Einwilligung nicht freiwillig; wer kein WhatsApp nutzt, darf nicht ausgeschlossen werden.",
            ),
            &all::<Channel>(),
            |c| labels::channel(c).to_owned(),
            &default_channels,
        )?;
        Ok(WhatsAppAnswers {
            settings: WhatsApp {
                variant,
                business_number,
                display_name,
                provider,
                cloud_api,
                coexistence,
                devices,
                features,
                ai,
                terms_accepted,
                alternative_channels: Some(alternative_channels),
            },
            mdm_processor,
        })
    }

    fn provider(&mut self) -> R<Provider> {
        self.p.section(
            "Dienstleister (Business Solution Provider)",
            "Ihr Dienstleister verarbeitet die Nachrichten in Ihrem Auftrag. Verzeichnis, Datenschutzhinweise und Vertrag müssen ihn mit Sitz und Speicherort nennen.",
        )?;
        let name = self.required(
            q(
                "whatsapp.provider.name",
                "Firmenname des Dienstleisters",
                "Der Dienstleister ist Auftragsverarbeiter und Empfänger der Nachrichten.",
            ),
            Check::Free,
            None,
            Some("Beispiel Messaging GmbH"),
        )?;
        let seat = self.required(
            q(
                "whatsapp.provider.seat",
                "Sitz des Dienstleisters (Ort, Land)",
                "Der Sitz entscheidet, welches Recht für den Dienstleister gilt.",
            ),
            Check::Free,
            None,
            Some("Berlin, Deutschland"),
        )?;
        let address = self.optional(
            q(
                "whatsapp.provider.address",
                "Postanschrift des Dienstleisters",
                "Wird im Vertragsvorschlag zur Auftragsverarbeitung genannt; leer lassen, wenn unbekannt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let hosting_location = self.required(
            q(
                "whatsapp.provider.hosting_location",
                "Wo speichert der Dienstleister die Nachrichten? (Ort, Land)",
                "Der Speicherort gehört in die Datenschutzhinweise (Art. 13 Abs. 1 lit. f DSGVO).",
            ),
            Check::Free,
            None,
            Some("Frankfurt am Main, Deutschland"),
        )?;
        let hosting_region = self.one(
            q(
                "whatsapp.provider.hosting_region",
                "Rechtsraum dieses Speicherorts",
                "Außerhalb der EU braucht eine Übermittlung eine besondere Grundlage (Art. 44 ff. DSGVO).",
            ),
            &REGIONS,
            |r| labels::region(r).to_owned(),
            Some(Region::Eu),
        )?;
        let avv_signed_on = self.optional(
            q(
                "whatsapp.provider.avv_signed_on",
                "Datum des Vertrags zur Auftragsverarbeitung mit dem Dienstleister",
                "Belegt, dass der Vertrag nach Art. 28 DSGVO besteht; leer lassen, wenn er noch fehlt.",
            ),
            Check::Date,
            None,
            None,
        )?;
        let privacy_url = self.optional(
            q(
                "whatsapp.provider.privacy_url",
                "Link zur Liste der Unterauftragsverarbeiter oder zum Datenschutz des Dienstleisters",
                "Betroffene können dort nachlesen, wer beteiligt ist; leer lassen, wenn unbekannt.",
            ),
            Check::Url,
            None,
            None,
        )?;
        let count = self.number(
            q(
                "whatsapp.provider.sub_processor_count",
                "Wie viele Unterauftragsverarbeiter des Dienstleisters wollen Sie jetzt erfassen? (0 = später)",
                "Unterauftragsverarbeiter (z. B. Hosting, Meta) gehören in den Vertrag und das Verzeichnis.",
            ),
            (0, MAX_REPEAT),
            Some(0),
            None,
        )?;
        let mut sub_processors = Vec::new();
        for n in 1..=count {
            let id = |field: &str| format!("whatsapp.provider.sub_processors.{n}.{field}");
            let name = self.required(
                q(
                    id("name"),
                    format!("Unterauftragsverarbeiter {n}: Firmenname"),
                    "Wird im Verzeichnis und im Vertragsvorschlag genannt.",
                ),
                Check::Free,
                None,
                Some("Beispiel Hosting GmbH"),
            )?;
            let seat = self.required(
                q(
                    id("seat"),
                    format!("Unterauftragsverarbeiter {n}: Sitz (Ort, Land)"),
                    "Bestimmt, welches Recht gilt.",
                ),
                Check::Free,
                None,
                Some("Nürnberg, Deutschland"),
            )?;
            let location = self.required(
                q(
                    id("location"),
                    format!("Unterauftragsverarbeiter {n}: Ort der Verarbeitung"),
                    "Entscheidet, ob Daten die EU verlassen.",
                ),
                Check::Free,
                None,
                Some("Nürnberg, Deutschland"),
            )?;
            let purpose = self.required(
                q(
                    id("purpose"),
                    format!("Unterauftragsverarbeiter {n}: Aufgabe"),
                    "Zeigt, wofür er die Daten erhält.",
                ),
                Check::Free,
                None,
                Some("Hosting der Plattform"),
            )?;
            sub_processors.push(SubProcessor {
                name,
                seat,
                location,
                purpose,
            });
        }
        Ok(Provider {
            name,
            seat: Some(seat),
            address,
            hosting_location: Some(hosting_location),
            hosting_region: Some(hosting_region),
            avv_signed_on,
            sub_processors,
            privacy_url,
        })
    }

    fn devices(&mut self) -> R<(Devices, Option<Processor>)> {
        self.p.section(
            "Geräte",
            "Die App läuft auf Smartphones. Wie sie eingerichtet sind, entscheidet über Adressbuch-Upload, Sicherungen und Zugriff Unbefugter.",
        )?;
        let ownership = self.one(
            q(
                "whatsapp.devices.ownership",
                "Auf wessen Geräten läuft WhatsApp?",
                "Auf privaten Geräten vermischen sich private und geschäftliche Kontakte, Chats und Sicherungen.",
            ),
            &OWNERSHIPS,
            |o| labels::ownership(o).to_owned(),
            Some(Ownership::Company),
        )?;
        let count = self.number(
            q(
                "whatsapp.devices.count",
                "Auf wie vielen Geräten läuft WhatsApp?",
                "Jedes Gerät ist ein Ort, an dem Kundendaten liegen.",
            ),
            (1, 100_000),
            Some(1),
            None,
        )?;
        let platforms = self.many(
            q(
                "whatsapp.devices.platforms",
                "Betriebssysteme der Geräte",
                "Adressbuch-, Sicherungs- und Sperreinstellungen unterscheiden sich je System.",
            ),
            &PLATFORMS,
            |p| labels::platform(p).to_owned(),
            &[],
        )?;
        let has_mdm = self.yes_no(
            q(
                "whatsapp.devices.mdm",
                "Werden die Geräte mit einem Mobile-Device-Management (MDM) verwaltet?",
                "Mit MDM lassen sich geschäftliche Daten vom Privaten trennen und verlorene Geräte löschen.",
            ),
            Some(false),
        )?;
        let mut processor = None;
        let mdm = if has_mdm {
            let vendor = self.required(
                q(
                    "whatsapp.devices.mdm.vendor",
                    "Produkt oder Anbieter des MDM",
                    "Der MDM-Anbieter wird als Auftragsverarbeiter aufgeführt.",
                ),
                Check::Free,
                None,
                Some("Microsoft Intune"),
            )?;
            let work_container = self.yes_no(
                q(
                    "whatsapp.devices.mdm.work_container",
                    "Läuft WhatsApp in einem getrennten Arbeitsprofil (Container) mit eigenem Adressbuch?",
                    "Nur so sieht WhatsApp auf gemischt genutzten Geräten keine privaten Kontakte.",
                ),
                None,
            )?;
            let remote_wipe = self.yes_no(
                q(
                    "whatsapp.devices.mdm.remote_wipe",
                    "Können verlorene Geräte aus der Ferne gesperrt und gelöscht werden?",
                    "Bei Verlust oder Ausscheiden bleiben Kundendaten sonst auf dem Gerät.",
                ),
                Some(true),
            )?;
            let agreement = self.one(
                q(
                    "whatsapp.devices.mdm.agreement",
                    "Besteht mit dem MDM-Anbieter ein Vertrag zur Auftragsverarbeitung?",
                    "Der MDM-Anbieter kann auf die Geräte zugreifen und braucht einen Vertrag nach Art. 28 DSGVO.",
                ),
                &AGREEMENTS,
                |a| labels::agreement_status(a).to_owned(),
                None,
            )?;
            processor = Some(Processor {
                name: vendor.clone(),
                role: ProcessorRole::Mdm,
                seat: None,
                location: None,
                agreement,
                agreement_date: None,
            });
            Some(Mdm {
                vendor,
                work_container,
                remote_wipe,
            })
        } else {
            None
        };
        let address_book = self.one(
            q(
                "whatsapp.devices.address_book",
                "Worauf darf WhatsApp im Adressbuch zugreifen?",
                "Beim vollen Zugriff lädt WhatsApp alle Nummern hoch, auch von Menschen ohne WhatsApp.",
            ),
            &ADDRESS_BOOKS,
            |a| labels::address_book(a).to_owned(),
            None,
        )?;
        let backup = self.one(
            q(
                "whatsapp.devices.backup",
                "Werden die Chats gesichert?",
                "Unverschlüsselte Sicherungen liegen lesbar bei Google oder Apple, meist in den USA.",
            ),
            &BACKUPS,
            |b| labels::backup(b).to_owned(),
            None,
        )?;
        let backup_target = if backup == Backup::None {
            None
        } else {
            let guess = match platforms.as_slice() {
                [Platform::Android] => Some(BackupTarget::GoogleDrive),
                [Platform::Ios] => Some(BackupTarget::Icloud),
                _ => None,
            };
            Some(self.one(
                q(
                    "whatsapp.devices.backup_target",
                    "Wohin gehen die Sicherungen?",
                    "Der Cloud-Anbieter wird damit zum Empfänger der Sicherungen.",
                ),
                &BACKUP_TARGETS,
                |t| labels::backup_target(t).to_owned(),
                guess,
            )?)
        };
        let linked_devices = self.one(
            q(
                "whatsapp.devices.linked_devices",
                "Wird WhatsApp Web oder Desktop auf Computern genutzt?",
                "Offene Sitzungen auf gemeinsam genutzten Rechnern machen Chats für Unbefugte lesbar.",
            ),
            &LINKED_DEVICES,
            |l| labels::linked_devices(l).to_owned(),
            Some(LinkedDevices::None),
        )?;
        Ok((
            Devices {
                ownership,
                count,
                platforms,
                mdm,
                address_book,
                backup,
                backup_target,
                linked_devices,
            },
            processor,
        ))
    }

    fn ai(&mut self) -> R<AiBot> {
        self.p.section(
            "KI-Chatbot",
            "Ein Chatbot verarbeitet Nachrichten automatisiert; Anbieter, Ort und Grenzen gehören in die Dokumente und in eine Datenschutz-Folgenabschätzung.",
        )?;
        let provider = self.required(
            q(
                "whatsapp.ai.provider",
                "Anbieter des KI-Dienstes",
                "Der Anbieter erhält die Nachrichten und ist Empfänger.",
            ),
            Check::Free,
            None,
            Some("Beispiel KI GmbH"),
        )?;
        let seat = self.optional(
            q(
                "whatsapp.ai.seat",
                "Sitz des Anbieters (Ort, Land)",
                "Bestimmt, welches Recht gilt; leer lassen, wenn unbekannt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let location = self.optional(
            q(
                "whatsapp.ai.location",
                "Wo verarbeitet der KI-Dienst die Daten? (Ort, Land)",
                "Entscheidet, ob Daten die EU verlassen; leer lassen, wenn unbekannt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let purpose = self.required(
            q(
                "whatsapp.ai.purpose",
                "Was macht der Chatbot? (z. B. beantwortet Fragen zu Öffnungszeiten)",
                "Der Zweck begrenzt, wofür der Chatbot Daten verarbeiten darf.",
            ),
            Check::Free,
            None,
            Some("beantwortet häufige Fragen"),
        )?;
        let human_handover = self.yes_no(
            q(
                "whatsapp.ai.human_handover",
                "Kann jederzeit ein Mensch das Gespräch übernehmen?",
                "Betroffene müssen fehlerhafte automatische Antworten korrigieren lassen können.",
            ),
            None,
        )?;
        let trains_on_customer_data = self.yes_no(
            q(
                "whatsapp.ai.trains_on_customer_data",
                "Darf der Anbieter die Gespräche zum Training seiner Modelle nutzen?",
                "Training ist ein neuer Zweck und braucht eine eigene Rechtsgrundlage.",
            ),
            None,
        )?;
        let automated_decisions = self.yes_no(
            q(
                "whatsapp.ai.automated_decisions",
                "Trifft der Chatbot Entscheidungen mit rechtlicher Wirkung (z. B. Vertragsablehnung)?",
                "Solche Entscheidungen sind nur eingeschränkt zulässig (Art. 22 DSGVO).",
            ),
            Some(false),
        )?;
        Ok(AiBot {
            provider,
            seat,
            location,
            purpose,
            human_handover,
            trains_on_customer_data,
            automated_decisions,
        })
    }

    fn terms(&mut self, company: &Company) -> R<Option<TermsAcceptance>> {
        let documented = self.yes_no(
            q(
                "whatsapp.terms_accepted",
                "Ist festgehalten, wann und von wem die WhatsApp-Business-Bedingungen angenommen wurden?",
                "Die Bedingungen von WhatsApp/Meta sind Ihr Vertrag zur Auftragsverarbeitung; die angenommene Fassung muss belegbar sein.",
            ),
            None,
        )?;
        if !documented {
            return Ok(None);
        }
        let accepted_on = self.required(
            q(
                "whatsapp.terms_accepted.accepted_on",
                "Datum der Annahme (TT.MM.JJJJ)",
                "Legt fest, welche Fassung der Bedingungen gilt.",
            ),
            Check::Date,
            None,
            Some("15.01.2026"),
        )?;
        let accepted_by = self.required(
            q(
                "whatsapp.terms_accepted.accepted_by",
                "Wer hat die Bedingungen angenommen?",
                "Belegt, dass eine berechtigte Person zugestimmt hat.",
            ),
            Check::Free,
            company.representatives.first().map(|r| person_name(r)),
            Some("Max Muster"),
        )?;
        let archived_at = self.optional(
            q(
                "whatsapp.terms_accepted.archived_at",
                "Wo sind die angenommenen Bedingungen abgelegt? (z. B. Ordner Datenschutz, PDF)",
                "Die Bedingungen ändern sich oft; nur eine Kopie zeigt, was galt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        Ok(Some(TermsAcceptance {
            accepted_on,
            accepted_by,
            archived_at,
        }))
    }

    // ----------------------------------------------------------------------------------
    // People and data

    fn data_subjects(&mut self) -> R<DataSubjects> {
        self.p.section(
            "Betroffene Personen",
            "Wessen Daten über WhatsApp laufen, bestimmt Informationspflichten und Risiken.",
        )?;
        #[derive(Clone, Copy, PartialEq, Serialize)]
        #[serde(rename_all = "snake_case")]
        enum Group {
            Customers,
            Prospects,
            Applicants,
            Employees,
            BusinessPartners,
        }
        let groups = self.many(
            q(
                "data_subjects.groups",
                "Mit wem kommunizieren Sie über WhatsApp?",
                "Für jede Gruppe beschreiben die Dokumente, welche Daten anfallen.",
            ),
            &[
                Group::Customers,
                Group::Prospects,
                Group::Applicants,
                Group::Employees,
                Group::BusinessPartners,
            ],
            |g| {
                match g {
                    Group::Customers => "Kundinnen und Kunden",
                    Group::Prospects => "Interessentinnen und Interessenten",
                    Group::Applicants => "Bewerberinnen und Bewerber",
                    Group::Employees => "Beschäftigte, die WhatsApp für Sie nutzen",
                    Group::BusinessPartners => "Lieferanten und Geschäftspartner",
                }
                .to_owned()
            },
            &[Group::Customers, Group::Prospects, Group::Employees],
        )?;
        let minors = self.one(
            q(
                "data_subjects.minors",
                "Schreiben Ihnen Kinder oder Jugendliche unter 16 Jahren?",
                "Ob ein Kind selbst einwilligen kann, hängt von seiner Einsichtsfähigkeit ab; die Dokumente holen unter 16 Jahren die Zustimmung der Eltern ein.",
            ),
            &MINORS,
            |m| {
                match m {
                    Minors::None => "nicht zu erwarten",
                    Minors::Possible => "möglich (z. B. Jugendliche als Kundschaft)",
                    Minors::TargetGroup => "ja, sie sind Zielgruppe (z. B. Nachhilfe, Verein)",
                }
                .to_owned()
            },
            Some(Minors::None),
        )?;
        let minors_age = if minors == Minors::TargetGroup {
            let min = self.number(
                q(
                    "data_subjects.minors_age.min",
                    "Ab welchem Alter sprechen Sie Kinder und Jugendliche an?",
                    "WhatsApp darf in der EU erst ab 13 Jahren genutzt werden; die Datenschutzhinweise erhalten einen Abschnitt in kindgerechter Sprache.",
                ),
                (1, 17),
                Some(13),
                None,
            )?;
            let max = self.number(
                q(
                    "data_subjects.minors_age.max",
                    "Bis zu welchem Alter?",
                    "Das höchste Alter der minderjährigen Zielgruppe.",
                ),
                (min, 17),
                Some(17),
                None,
            )?;
            Some(AgeRange {
                min: u8::try_from(min).unwrap_or(17),
                max: u8::try_from(max).unwrap_or(17),
            })
        } else {
            None
        };
        let scale = self.one(
            q(
                "data_subjects.scale",
                "Wie viele Personen erreichen Sie über WhatsApp?",
                "Umfangreiche Verarbeitung kann eine Datenschutz-Folgenabschätzung nötig machen.",
            ),
            &SCALES,
            |s| labels::scale(s).to_owned(),
            Some(Scale::Small),
        )?;
        Ok(DataSubjects {
            customers: groups.contains(&Group::Customers),
            prospects: groups.contains(&Group::Prospects),
            applicants: groups.contains(&Group::Applicants),
            employees: groups.contains(&Group::Employees),
            business_partners: groups.contains(&Group::BusinessPartners),
            minors,
            minors_age,
            scale,
        })
    }

    fn special_categories(&mut self, sector: Sector) -> R<SpecialCategories> {
        #[derive(Clone, Copy, PartialEq, Serialize)]
        #[serde(rename_all = "snake_case")]
        enum Handles {
            None,
            Incidental,
            Regular,
        }
        let handles = self.one(
            q(
                "special_categories.occurrence",
                "Kommen Gesundheitsdaten oder andere besonders geschützte Daten (Art. 9 DSGVO) vor?",
                "Solche Daten dürfen nur mit ausdrücklicher Einwilligung oder als Gesundheitsberuf verarbeitet werden.",
            ),
            &[Handles::None, Handles::Incidental, Handles::Regular],
            |h| {
                match h {
                    Handles::None => "nein",
                    Handles::Incidental => "nur, wenn Kunden sie unaufgefordert schicken (z. B. eine Allergie)",
                    Handles::Regular => "ja, regelmäßig als Teil der Leistung (z. B. Praxis, Pflege)",
                }
                .to_owned()
            },
            Some(if sector == Sector::Health {
                Handles::Regular
            } else {
                Handles::None
            }),
        )?;
        if handles == Handles::None {
            return Ok(SpecialCategories::default());
        }
        let categories = self.many(
            q(
                "special_categories.categories",
                "Welche Kategorien?",
                "Die ausdrückliche Einwilligung muss die Kategorien nennen.",
            ),
            &all::<SpecialCategory>(),
            |c| labels::special_category(c).to_owned(),
            &[SpecialCategory::Health],
        )?;
        Ok(SpecialCategories {
            categories,
            occurrence: if handles == Handles::Regular {
                Occurrence::Regular
            } else {
                Occurrence::Incidental
            },
        })
    }

    // ----------------------------------------------------------------------------------
    // Scenarios

    fn scenarios(
        &mut self,
        wa: &WhatsAppAnswers,
        subjects: &DataSubjects,
        special: &SpecialCategories,
    ) -> R<ScenarioAnswers> {
        self.p.section(
            "Anwendungsfälle",
            "Für jeden Anwendungsfall legen die Dokumente Zweck, Rechtsgrundlage und Speicherdauer fest. Begrüßungs- und Abwesenheitsnachrichten, KI-Chatbot, Gruppen und die Übernahme bei Koexistenz kommen automatisch hinzu, wenn Sie diese Funktionen nutzen.",
        )?;
        let mut defaults = vec![ScenarioKind::CustomerInquiry];
        if special.occurrence == Occurrence::Regular && !special.categories.is_empty() {
            defaults.push(ScenarioKind::SpecialCategoryData);
        }
        if subjects.applicants {
            defaults.push(ScenarioKind::Recruiting);
        }
        let chosen = self.many(
            q(
                "scenarios.kinds",
                "Wofür nutzen Sie WhatsApp?",
                "Nur was hier steht, ist durch die Dokumente abgedeckt.",
            ),
            &CHOSEN_SCENARIOS,
            |k| {
                scenarios::template(k)
                    .map(|t| format!("{} – {}", t.title, labels::legal_basis(t.legal_basis)))
                    .unwrap_or_default()
            },
            &defaults,
        )?;
        let s = &wa.settings;
        let derived = [
            (
                ScenarioKind::AutoReplies,
                s.features.contains(&Feature::GreetingMessage)
                    || s.features.contains(&Feature::AwayMessage),
            ),
            (
                ScenarioKind::AiChatbot,
                s.features.contains(&Feature::AiBot),
            ),
            (
                ScenarioKind::Groups,
                s.features.contains(&Feature::CustomerGroups),
            ),
            (
                ScenarioKind::CoexistenceImport,
                s.coexistence
                    .as_ref()
                    .is_some_and(|c| c.history_shared || c.contacts_shared),
            ),
        ];
        let mut entries = Vec::new();
        let mut bases = Vec::new();
        let all = chosen.iter().map(|k| (*k, true)).chain(
            derived
                .iter()
                .filter(|(_, on)| *on)
                .map(|(k, _)| (*k, false)),
        );
        for (kind, listed) in all {
            let Some(template) = scenarios::template(kind) else {
                continue;
            };
            let entry = self.adapt_scenario(template)?;
            bases.push(entry.legal_basis.unwrap_or(template.legal_basis));
            let customised = entry != bare(kind);
            if listed || customised {
                entries.push(entry);
            }
        }
        let count = self.number(
            q(
                "scenarios.custom_count",
                "Wie viele eigene Anwendungsfälle, die nicht in der Liste stehen, wollen Sie beschreiben? (meist 0)",
                "Eigene Anwendungsfälle brauchen Zweck, Rechtsgrundlage und Speicherdauer in Ihren Worten.",
            ),
            (0, MAX_REPEAT),
            Some(0),
            None,
        )?;
        for n in 1..=count {
            let entry = self.custom_scenario(n)?;
            if let Some(b) = entry.legal_basis {
                bases.push(b);
            }
            entries.push(entry);
        }
        let needs_consent = bases
            .iter()
            .any(|b| matches!(b, LegalBasis::Consent | LegalBasis::ExplicitConsent));
        Ok(ScenarioAnswers {
            entries,
            needs_consent,
        })
    }

    /// Asks whether to adapt a catalogue scenario, and how. Answers equal to the catalogue
    /// are not recorded, so the profile follows later updates of the catalogue.
    fn adapt_scenario(&mut self, t: &scenarios::Template) -> R<ScenarioEntry> {
        let k = key(t.kind);
        let mut entry = bare(t.kind);
        let adapt = self.yes_no(
            q(
                format!("scenarios.{k}.customize"),
                format!(
                    "„{}“: Zweck, Speicherdauer oder Rechtsgrundlage anpassen?",
                    t.title
                ),
                format!("Vorgabe Speicherdauer: {}.", t.retention),
            ),
            Some(false),
        )?;
        if !adapt {
            return Ok(entry);
        }
        let differs = |answer: String, default: &str| (answer != default).then_some(answer);
        let title = self.required(
            q(
                format!("scenarios.{k}.title"),
                "Titel",
                "Überschrift des Anwendungsfalls in den Dokumenten.",
            ),
            Check::Free,
            Some(t.title.to_owned()),
            None,
        )?;
        entry.title = differs(title, t.title);
        let purpose = self.required(
            q(format!("scenarios.{k}.purpose"), "Zweck", "Daten dürfen nur für diesen Zweck verarbeitet werden (Art. 5 Abs. 1 lit. b DSGVO)."),
            Check::Free,
            Some(t.purpose.to_owned()),
            None,
        )?;
        entry.purpose = differs(purpose, t.purpose);
        let initiated_by = self.one(
            q(
                format!("scenarios.{k}.initiated_by"),
                "Wer schreibt zuerst?",
                "Wenn Sie zuerst schreiben, brauchen Sie meist eine Einwilligung.",
            ),
            &INITIATORS,
            |i| labels::initiator(i).to_owned(),
            Some(t.initiated_by),
        )?;
        entry.initiated_by = (initiated_by != t.initiated_by).then_some(initiated_by);
        let default_data = t.data.join("; ");
        let data = self.list(
            q(
                format!("scenarios.{k}.data"),
                "Datenkategorien, durch „;“ getrennt",
                "Das Verzeichnis nennt, welche Daten anfallen (Art. 30 Abs. 1 lit. c DSGVO).",
            ),
            true,
            Some(default_data.clone()),
            None,
        )?;
        entry.data = (data.join("; ") != default_data).then_some(data);
        let options: &[LegalBasis] = match t.kind {
            ScenarioKind::Marketing => &[],
            ScenarioKind::SpecialCategoryData => {
                &[LegalBasis::ExplicitConsent, LegalBasis::HealthCare]
            }
            _ => &[
                LegalBasis::Consent,
                LegalBasis::Contract,
                LegalBasis::LegalObligation,
                LegalBasis::LegitimateInterest,
            ],
        };
        let basis = if options.is_empty() {
            t.legal_basis
        } else {
            self.legal_basis(
                &format!("scenarios.{k}.legal_basis"),
                options,
                Some(t.legal_basis),
            )?
        };
        entry.legal_basis = (basis != t.legal_basis).then_some(basis);
        if basis == LegalBasis::LegitimateInterest {
            let default = t.legitimate_interest.unwrap_or_default();
            let interest = self.required(
                q(
                    format!("scenarios.{k}.legitimate_interest"),
                    "Welches berechtigte Interesse verfolgen Sie?",
                    "Das Interesse muss in den Datenschutzhinweisen stehen (Art. 13 Abs. 1 lit. d DSGVO).",
                ),
                Check::Free,
                (!default.is_empty()).then(|| default.to_owned()),
                None,
            )?;
            entry.legitimate_interest = differs(interest, default);
        }
        let retention = self.required(
            q(
                format!("scenarios.{k}.retention"),
                "Speicherdauer",
                "Nennen Sie eine Frist oder ein Kriterium; „unbegrenzt“ ist nicht zulässig.",
            ),
            Check::Free,
            Some(t.retention.to_owned()),
            None,
        )?;
        entry.retention = differs(retention, t.retention);
        Ok(entry)
    }

    fn legal_basis(
        &mut self,
        id: &str,
        options: &[LegalBasis],
        default: Option<LegalBasis>,
    ) -> R<LegalBasis> {
        self.one(
            q(
                id,
                "Rechtsgrundlage",
                "Ohne passende Rechtsgrundlage ist die Verarbeitung unzulässig (Art. 6 DSGVO).",
            ),
            options,
            |b| {
                format!(
                    "{} ({})",
                    labels::legal_basis(b),
                    labels::legal_basis_citation(b)
                )
            },
            default,
        )
    }

    fn custom_scenario(&mut self, n: u32) -> R<ScenarioEntry> {
        let id = |field: &str| format!("scenarios.custom.{n}.{field}");
        let title = self.required(
            q(
                id("title"),
                format!("Eigener Anwendungsfall {n}: Titel"),
                "Überschrift in den Dokumenten.",
            ),
            Check::Free,
            None,
            Some("Eigener Anwendungsfall"),
        )?;
        let purpose = self.required(
            q(
                id("purpose"),
                "Zweck",
                "Daten dürfen nur für diesen Zweck verarbeitet werden.",
            ),
            Check::Free,
            None,
            Some("Zweck in eigenen Worten"),
        )?;
        let initiated_by = self.one(
            q(
                id("initiated_by"),
                "Wer schreibt zuerst?",
                "Wenn Sie zuerst schreiben, brauchen Sie meist eine Einwilligung.",
            ),
            &INITIATORS,
            |i| labels::initiator(i).to_owned(),
            Some(Initiator::Customer),
        )?;
        let data = self.list(
            q(
                id("data"),
                "Datenkategorien, durch „;“ getrennt",
                "Das Verzeichnis nennt, welche Daten anfallen.",
            ),
            true,
            Some("Telefonnummer; Nachrichteninhalte".into()),
            None,
        )?;
        let legal_basis = self.legal_basis(&id("legal_basis"), &LEGAL_BASES, None)?;
        let legitimate_interest = if legal_basis == LegalBasis::LegitimateInterest {
            Some(self.required(
                q(
                    id("legitimate_interest"),
                    "Welches berechtigte Interesse verfolgen Sie?",
                    "Das Interesse muss in den Datenschutzhinweisen stehen.",
                ),
                Check::Free,
                None,
                Some("Beantwortung von Anfragen"),
            )?)
        } else {
            None
        };
        let retention = self.required(
            q(
                id("retention"),
                "Speicherdauer",
                "Nennen Sie eine Frist oder ein Kriterium.",
            ),
            Check::Free,
            None,
            Some("6 Monate nach Abschluss des Vorgangs"),
        )?;
        Ok(ScenarioEntry {
            kind: ScenarioKind::Custom,
            title: Some(title),
            purpose: Some(purpose),
            initiated_by: Some(initiated_by),
            data: Some(data),
            legal_basis: Some(legal_basis),
            legitimate_interest,
            retention: Some(retention),
        })
    }

    // ----------------------------------------------------------------------------------
    // Consent, withdrawal, measures, processors

    fn consent(&mut self, entries: &[ScenarioEntry]) -> R<Consent> {
        self.p.section(
            "Einwilligung",
            "Mindestens ein Anwendungsfall stützt sich auf eine Einwilligung. Sie muss freiwillig, informiert und nachweisbar sein.",
        )?;
        let channels = self.many(
            q(
                "consent.channels",
                "Wo holen Sie die Einwilligung ein?",
                "Für jeden Weg enthalten die Dokumente den passenden Einwilligungstext.",
            ),
            &all::<ConsentChannel>(),
            |c| labels::consent_channel(c).to_owned(),
            &Consent::default().channels,
        )?;
        let marketing = entries.iter().any(|e| e.kind == ScenarioKind::Marketing);
        let double_opt_in = self.yes_no(
            q(
                "consent.double_opt_in",
                "Bestätigen die Personen ihre Einwilligung mit einer zweiten Nachricht (Double-Opt-in)?",
                "So lässt sich belegen, dass die Einwilligung vom Inhaber der Nummer stammt – wichtig bei Werbung.",
            ),
            if marketing { None } else { Some(false) },
        )?;
        let log_location = self.optional(
            q(
                "consent.log_location",
                "Wo werden Einwilligungen protokolliert? (z. B. Kundendatei, Liste im Büro)",
                "Sie müssen nachweisen können, wer wann welchem Text zugestimmt hat (Art. 7 Abs. 1 DSGVO).",
            ),
            Check::Free,
            None,
            None,
        )?;
        Ok(Consent {
            channels,
            double_opt_in,
            log_location,
        })
    }

    fn withdrawal(&mut self, company: &Company) -> R<Withdrawal> {
        self.p.section(
            "Widerruf und Widerspruch",
            "Ein Widerruf muss so einfach sein wie die Einwilligung (Art. 7 Abs. 3 DSGVO).",
        )?;
        let defaults = Withdrawal::default();
        let keyword = self.required(
            q(
                "withdrawal.keyword",
                "Stichwort, mit dem man im Chat widerruft",
                "Ein einziges Wort genügt, um Nachrichten abzubestellen; es steht in jedem Einwilligungstext.",
            ),
            Check::Word,
            Some(defaults.keyword.clone()),
            None,
        )?;
        let email = self.optional(
            q(
                "withdrawal.email",
                "E-Mail-Adresse für Widerrufe",
                "Ein zweiter Weg neben dem Chat, falls jemand WhatsApp nicht mehr nutzt.",
            ),
            Check::Email,
            Some(company.email.clone()),
            None,
        )?;
        let email = email.filter(|e| *e != company.email);
        let postal = self.yes_no(
            q(
                "withdrawal.postal",
                "Kann auch per Brief an Ihre Anschrift widerrufen werden?",
                "Die Anschrift steht dann in der Widerrufsbelehrung.",
            ),
            Some(defaults.postal),
        )?;
        let phone = self.optional(
            q(
                "withdrawal.phone",
                "Telefonnummer für Widerrufe (international; leer = keine)",
                "Wer anruft, kann mündlich widerrufen; die Nummer steht dann in der Belehrung.",
            ),
            Check::Phone,
            None,
            None,
        )?;
        let web_form_url = self.optional(
            q(
                "withdrawal.web_form_url",
                "Adresse eines Webformulars für Widerrufe (leer = keines)",
                "Ein Formular erleichtert den Widerruf und dokumentiert ihn.",
            ),
            Check::Url,
            None,
            None,
        )?;
        Ok(Withdrawal {
            keyword,
            email,
            postal,
            phone,
            web_form_url,
        })
    }

    fn measures(&mut self, variant: Variant) -> R<(Vec<Measure>, Vec<String>)> {
        self.p.section(
            "Schutzmaßnahmen",
            "Technische und organisatorische Maßnahmen (Art. 32 DSGVO) senken die Risiken in der Folgenabschätzung. Wählen Sie nur, was tatsächlich umgesetzt ist.",
        )?;
        let offered: Vec<Measure> = all::<Measure>()
            .into_iter()
            .filter(|m| *m != Measure::TokenRotation || variant_uses_api(variant))
            .collect();
        let chosen = self.many(
            q(
                "measures",
                "Welche Maßnahmen sind umgesetzt?",
                "Die Maßnahmen erscheinen im Verzeichnis und in der Risikobewertung.",
            ),
            &offered,
            |m| measures::info(m).label.to_owned(),
            &[],
        )?;
        let custom = self.list(
            q(
                "custom_measures",
                "Weitere Maßnahmen in eigenen Worten (durch „;“ getrennt, leer = keine)",
                "Was nicht in der Liste steht, wird wörtlich übernommen.",
            ),
            false,
            None,
            None,
        )?;
        Ok((chosen, custom))
    }

    fn processors(&mut self, already: usize) -> R<Vec<Processor>> {
        self.p.section(
            "Weitere Dienstleister",
            if already > 0 {
                "Der MDM-Anbieter ist schon erfasst. Gibt es weitere Dienstleister, die im Zusammenhang mit WhatsApp Daten für Sie verarbeiten?"
            } else {
                "Gibt es Dienstleister, die im Zusammenhang mit WhatsApp Daten für Sie verarbeiten (CRM, Archiv, Helpdesk, KI, Hosting)?"
            },
        )?;
        let count = self.number(
            q(
                "processors.count",
                "Anzahl weiterer Dienstleister (0 = keine)",
                "Jeder braucht einen Vertrag nach Art. 28 DSGVO und wird im Verzeichnis genannt.",
            ),
            (0, MAX_REPEAT),
            Some(0),
            None,
        )?;
        let mut out = Vec::new();
        for n in 1..=count {
            let id = |field: &str| format!("processors.{n}.{field}");
            let name = self.required(
                q(
                    id("name"),
                    format!("Dienstleister {n}: Firmenname"),
                    "Wird im Verzeichnis genannt.",
                ),
                Check::Free,
                None,
                Some("Beispiel CRM GmbH"),
            )?;
            let role = self.one(
                q(
                    id("role"),
                    format!("Dienstleister {n}: Aufgabe"),
                    "Zeigt, wofür er die Daten erhält.",
                ),
                &all::<ProcessorRole>(),
                |r| labels::processor_role(r).to_owned(),
                None,
            )?;
            let seat = self.optional(
                q(
                    id("seat"),
                    format!("Dienstleister {n}: Sitz (Ort, Land)"),
                    "Bestimmt, welches Recht gilt; leer lassen, wenn unbekannt.",
                ),
                Check::Free,
                None,
                None,
            )?;
            let location = self.optional(
                q(
                    id("location"),
                    format!("Dienstleister {n}: Ort der Verarbeitung"),
                    "Entscheidet, ob Daten die EU verlassen; leer lassen, wenn unbekannt.",
                ),
                Check::Free,
                None,
                None,
            )?;
            let agreement = self.one(
                q(
                    id("agreement"),
                    format!("Dienstleister {n}: Vertrag zur Auftragsverarbeitung"),
                    "Ohne Vertrag nach Art. 28 DSGVO darf er keine Daten erhalten.",
                ),
                &AGREEMENTS,
                |a| labels::agreement_status(a).to_owned(),
                None,
            )?;
            let agreement_date = if agreement == AgreementStatus::Signed {
                self.optional(
                    q(
                        id("agreement_date"),
                        format!("Dienstleister {n}: Datum des Vertrags"),
                        "Belegt, seit wann der Vertrag gilt; leer lassen, wenn unbekannt.",
                    ),
                    Check::Date,
                    None,
                    None,
                )?
            } else {
                None
            };
            out.push(Processor {
                name,
                role,
                seat,
                location,
                agreement,
                agreement_date,
            });
        }
        Ok(out)
    }

    // ----------------------------------------------------------------------------------
    // DPO and document

    fn dpo(&mut self, raw: &RawProfile) -> R<Option<Dpo>> {
        self.p.section(
            "Datenschutzbeauftragte Person",
            "Ob eine Benennung Pflicht ist, folgt aus Ihren bisherigen Angaben.",
        )?;
        let reasons = provisional_dpo_reasons(raw);
        if reasons.is_empty() {
            self.p.info("Nach Ihren Angaben besteht keine Pflicht, eine Datenschutzbeauftragte Person zu benennen. Eine freiwillige Benennung ist möglich.")?;
        } else {
            self.p.info(&format!(
                "Nach Ihren Angaben ist eine Datenschutzbeauftragte Person Pflicht: {}.",
                crate::text::join_und(&reasons)
            ))?;
        }
        let present = self.yes_no(
            q(
                "dpo.present",
                "Haben Sie eine Datenschutzbeauftragte Person benannt?",
                "Ihre Kontaktdaten gehören in die Datenschutzhinweise (Art. 13 Abs. 1 lit. b DSGVO).",
            ),
            // Where the duty exists, "Ja" is proposed: the starter profile then carries a
            // placeholder person instead of a profile that fails validation.
            Some(!reasons.is_empty()),
        )?;
        if !present {
            return Ok(None);
        }
        let name = self.required(
            q(
                "dpo.name",
                "Name der Datenschutzbeauftragten Person",
                "Wird in den Datenschutzhinweisen genannt.",
            ),
            Check::Free,
            None,
            Some("Erika Beispiel"),
        )?;
        let organisation = self.optional(
            q(
                "dpo.organisation",
                "Firma (bei externer Benennung)",
                "Bei externen Beauftragten gehört die Firma zur Angabe; leer lassen bei internen.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let email = self.required(
            q(
                "dpo.email",
                "E-Mail-Adresse der Datenschutzbeauftragten Person",
                "Betroffene müssen sie direkt erreichen können.",
            ),
            Check::Email,
            None,
            Some("datenschutz@musterfirma.example"),
        )?;
        let phone = self.optional(
            q(
                "dpo.phone",
                "Telefonnummer (international; leer = keine)",
                "Ein weiterer direkter Kontaktweg.",
            ),
            Check::Phone,
            None,
            None,
        )?;
        let address = self.optional(
            q(
                "dpo.address",
                "Postanschrift, falls abweichend von Ihrer (leer = gleiche Anschrift)",
                "Nur nötig, wenn die Person woanders erreichbar ist.",
            ),
            Check::Free,
            None,
            None,
        )?;
        Ok(Some(Dpo {
            name,
            organisation,
            email,
            phone,
            address,
        }))
    }

    fn document(&mut self, company: &Company) -> R<DocumentMeta> {
        self.p.section(
            "Dokumente",
            "Zum Schluss die Angaben, die auf jedem Dokument stehen.",
        )?;
        let defaults = DocumentMeta::default();
        let version = self.required(
            q(
                "document.version",
                "Versionsnummer der Dokumente",
                "Bei jeder Änderung erhöhen, damit klar ist, welche Fassung gilt.",
            ),
            Check::Free,
            Some(defaults.version),
            None,
        )?;
        let date = self.optional(
            q(
                "document.date",
                "Stand-Datum (TT.MM.JJJJ; leer = Tag der Erzeugung)",
                "Das Stand-Datum zeigt, auf welchem Stand die Dokumente sind.",
            ),
            Check::Date,
            None,
            None,
        )?;
        let responsible = self.optional(
            q(
                "document.responsible",
                "Wer ist für die Dokumente verantwortlich?",
                "Diese Person pflegt die Dokumente und wird intern als Ansprechpartner genannt.",
            ),
            Check::Free,
            company.representatives.first().map(|r| person_name(r)),
            None,
        )?;
        Ok(DocumentMeta {
            version,
            date,
            responsible,
        })
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

fn bare(kind: ScenarioKind) -> ScenarioEntry {
    ScenarioEntry {
        kind,
        title: None,
        purpose: None,
        initiated_by: None,
        data: None,
        legal_basis: None,
        legitimate_interest: None,
        retention: None,
    }
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
