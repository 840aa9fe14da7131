//! English versions of the facts the consent texts take from the legal tables and the
//! secrecy view. Every function matches exhaustively on the same keys as its German source,
//! so a new scenario kind, category or role does not compile without its English twin; the
//! tests below fail when a German fact the English was written against changes.
//!
//! Terms follow the official English text of the GDPR; German statutes keep their German
//! citation with a short gloss.

use super::ScenarioFacts;
use crate::context::secrecy::{Art9View, SecrecyView, SecretRecipient};
use crate::legal::allergens::{self, Topic};
use crate::legal::{meta, retention, scenarios, secrecy as law};
use crate::profile::model::*;
use crate::profile::validate::{Profile, Scenario};
use crate::text::join_with;

/// `meta::PRIVACY_POLICY_EEA.name` in English.
pub const PRIVACY_POLICY_EEA: &str = "WhatsApp Privacy Policy for the European Region";
/// `meta::cloud_api::MAX_RETENTION`.
pub const MAX_RETENTION: &str = "up to 30 days";
/// `meta::cloud_api::NO_STORAGE_CACHE`.
pub const NO_STORAGE_CACHE: &str = "one hour at most";
/// `meta::cloud_api::LOCAL_STORAGE_IN_USE`.
pub const LOCAL_STORAGE_IN_USE: &str = "up to 60 minutes";

/// The end of "I consent to <company> …" for a scenario: the catalogue sentence, the sentence
/// for a purpose the profile words itself, and the notice to read next to it.
pub fn consent_wording(kind: ScenarioKind) -> (&'static str, &'static str, Option<&'static str>) {
    const OWN_PURPOSE: &str =
        "processing my information from the WhatsApp chat for the following purpose";
    match kind {
        ScenarioKind::CustomerInquiry => (
            "answering my enquiries via WhatsApp and processing the information I provide in the chat for that purpose",
            OWN_PURPOSE,
            None,
        ),
        ScenarioKind::ServiceNotifications => (
            "sending me, via WhatsApp, reminders of agreed appointments and messages on the status of my orders, jobs and deliveries",
            "sending me messages via WhatsApp for the following purpose",
            None,
        ),
        ScenarioKind::Marketing => (
            "sending me advertising via WhatsApp – offers, news and promotions",
            "sending me advertising via WhatsApp for the following purpose",
            None,
        ),
        ScenarioKind::MediaExchange => (
            "processing the photos, voice messages and documents I send via WhatsApp in order to deal with my request, and sending me documents via WhatsApp",
            "processing photos, voice messages and documents from the WhatsApp chat for the following purpose",
            Some(
                "Photos may show other people, homes or vehicle number plates. Please send only what is necessary for your request.",
            ),
        ),
        ScenarioKind::SpecialCategoryData => (
            "processing {categories} that I provide via WhatsApp or that are sent to me via WhatsApp as part of the service, insofar as this is necessary for the service",
            "processing {categories} in the WhatsApp chat for the following purpose",
            None,
        ),
        ScenarioKind::Recruiting => (
            "arranging my application process with me via WhatsApp and processing the information I provide in the chat for that purpose",
            OWN_PURPOSE,
            None,
        ),
        ScenarioKind::Groups => (
            "adding me to a WhatsApp group",
            "adding me to a WhatsApp group for the following purpose",
            Some(
                "In a group, all members see your phone number, your profile name and your posts. You can leave the group at any time.",
            ),
        ),
        ScenarioKind::AutoReplies => (
            "sending me automatic greeting and away messages via WhatsApp",
            "sending me automatic messages via WhatsApp for the following purpose",
            None,
        ),
        ScenarioKind::AiChatbot => (
            "having my messages sent via WhatsApp answered first by an AI-powered chatbot",
            "having my messages from the WhatsApp chat processed by an AI-powered chatbot for the following purpose",
            Some(
                "The chatbot's answers are generated automatically. You can ask for a human to take over at any time.",
            ),
        ),
        ScenarioKind::CoexistenceImport => (
            "transferring the previous history of our WhatsApp chats into its team inbox",
            "transferring the previous history of our WhatsApp chats for the following purpose",
            None,
        ),
        ScenarioKind::Custom => (
            "processing my information from the WhatsApp chat",
            OWN_PURPOSE,
            None,
        ),
    }
}

/// `labels::legal_basis` in English.
pub fn legal_basis(b: LegalBasis) -> &'static str {
    match b {
        LegalBasis::Consent => "consent",
        LegalBasis::ExplicitConsent => "explicit consent",
        LegalBasis::Contract => "contract and pre-contractual measures",
        LegalBasis::LegalObligation => "legal obligation",
        LegalBasis::LegitimateInterest => "legitimate interests",
        LegalBasis::HealthCare => "health care",
    }
}

/// `labels::legal_basis_citation` in English.
pub fn legal_basis_citation(b: LegalBasis) -> &'static str {
    match b {
        LegalBasis::Consent => "Art. 6(1)(a) GDPR",
        LegalBasis::ExplicitConsent => "Art. 9(2)(a) in conjunction with Art. 6(1)(a) GDPR",
        LegalBasis::Contract => "Art. 6(1)(b) GDPR",
        LegalBasis::LegalObligation => "Art. 6(1)(c) GDPR",
        LegalBasis::LegitimateInterest => "Art. 6(1)(f) GDPR",
        LegalBasis::HealthCare => {
            "Art. 9(2)(h) GDPR in conjunction with § 22(1) no. 1(b) BDSG (German Federal Data Protection Act) and Art. 6(1)(b) GDPR"
        }
    }
}

/// `labels::special_category` in English (the wording of Art. 9(1) GDPR).
pub fn special_category(c: SpecialCategory) -> &'static str {
    match c {
        SpecialCategory::Health => "data concerning health",
        SpecialCategory::Genetic => "genetic data",
        SpecialCategory::Biometric => {
            "biometric data for the purpose of uniquely identifying a person"
        }
        SpecialCategory::EthnicOrigin => "data revealing racial or ethnic origin",
        SpecialCategory::PoliticalOpinions => "political opinions",
        SpecialCategory::ReligiousBeliefs => "religious or philosophical beliefs",
        SpecialCategory::TradeUnion => "trade union membership",
        SpecialCategory::SexLife => "data concerning sex life or sexual orientation",
        SpecialCategory::CriminalOffences => {
            "personal data relating to criminal convictions and offences"
        }
    }
}

/// How the consent texts name a sector's health data, and the title of the explicit consent
/// for it (`Topic::health_data_wording`, `Topic::special_consent_title`).
pub fn allergen_topic(t: &Topic) -> (&'static str, &'static str) {
    if t.health_data_wording == allergens::STAY.health_data_wording {
        (
            "information about allergies, diet or accessibility needs (data concerning health)",
            "Information about allergies, diet or accessibility needs",
        )
    } else {
        (
            "information about allergies and intolerances (data concerning health)",
            "Information about allergies and intolerances",
        )
    }
}

/// The first sentence of `Topic::notice` in English.
pub fn allergen_notice_first(t: &Topic) -> &'static str {
    if t.health_data_wording == allergens::STAY.health_data_wording {
        "We do not need any information about your health for your stay."
    } else {
        "We answer questions about allergens and intolerances without you having to give any information about your health."
    }
}

/// `whatsapp_limits::AI_ACT_ART50` in English.
pub const AI_ACT_ART50: &str = "Art. 50(1) of the AI Act (Regulation (EU) 2024/1689)";

/// `labels::variant` in English.
pub fn variant(v: Variant) -> &'static str {
    match v {
        Variant::Private => "private WhatsApp app (consumer version)",
        Variant::BusinessApp => "WhatsApp Business app",
        Variant::BusinessAppCoexistence => {
            "WhatsApp Business app connected to the Cloud API (coexistence)"
        }
        Variant::CloudApi => "WhatsApp Business Platform (Cloud API)",
        Variant::CloudApiBsp => {
            "WhatsApp Business Platform (Cloud API) via a Business Solution Provider"
        }
    }
}

/// The scenario's title, purpose, data and retention in English: the catalogue's English text
/// where the profile keeps the catalogue default. A field the profile words itself is German
/// and is kept as written (the controller's own text; the tool does not translate it).
pub fn scenario_facts(p: &Profile, s: &Scenario) -> ScenarioFacts {
    let entry = s.index.and_then(|i| p.raw.scenarios.get(i));
    let own = |f: fn(&ScenarioEntry) -> bool| entry.is_some_and(f);
    let Some(t) = scenarios::template(s.kind) else {
        return ScenarioFacts {
            title: s.title.clone(),
            purpose: s.purpose.clone(),
            data: s.data.clone(),
            retention: s.retention.clone(),
        };
    };
    let c = catalogue(s.kind);
    let clients = clients(p);
    ScenarioFacts {
        title: if own(|e| e.title.is_some()) {
            s.title.clone()
        } else if s.kind == ScenarioKind::CustomerInquiry {
            clients.1.to_owned()
        } else {
            c.title.to_owned()
        },
        purpose: if own(|e| e.purpose.is_some()) {
            s.purpose.clone()
        } else {
            c.purpose.replace("{clients}", clients.0)
        },
        data: if own(|e| e.data.is_some()) {
            s.data.clone()
        } else {
            let mut data: Vec<String> = c.data.iter().map(|d| (*d).to_owned()).collect();
            // As validation does for the German: the categories the profile names replace
            // the generic entry.
            let named = &p.raw.special_categories.categories;
            if s.kind == ScenarioKind::SpecialCategoryData && !named.is_empty() {
                let names: Vec<&str> = named.iter().map(|k| special_category(*k)).collect();
                data[1] = join_with(&names, "and");
            }
            data
        },
        retention: if own(|e| e.retention.is_some()) {
            s.retention.clone()
        } else {
            default_retention(t, c, &retention::Plan::for_company(&p.raw.company))
        },
    }
}

/// The people a company serves and the title of their inquiries (`legal::vocabulary`).
fn clients(p: &Profile) -> (&'static str, &'static str) {
    match crate::legal::vocabulary::for_company(&p.raw.company).clients {
        "Patientinnen und Patienten" => ("patients", "Enquiries from patients"),
        "Pflegebedürftige und ihre Angehörigen" => (
            "people in need of care and their relatives",
            "Enquiries from people in need of care and their relatives",
        ),
        "Mandantinnen und Mandanten" => ("clients", "Enquiries from clients"),
        "Schülerinnen und Schüler" => ("pupils", "Enquiries from pupils and parents"),
        "Gäste" => ("guests", "Guest enquiries and guest service"),
        _ => ("customers", "Customer enquiries and customer service"),
    }
}

struct CatalogueEn {
    title: &'static str,
    purpose: &'static str,
    data: &'static [&'static str],
    retention: &'static str,
}

const BASE_DATA: [&str; 4] = [
    "phone number",
    "profile name and profile picture",
    "message contents",
    "time stamps and delivery and read receipts",
];

/// The catalogue (`legal::scenarios::CATALOGUE`) in English; `{file}` is the company's file.
fn catalogue(kind: ScenarioKind) -> CatalogueEn {
    match kind {
        ScenarioKind::CustomerInquiry => CatalogueEn {
            title: "Customer enquiries and customer service",
            purpose: "Answering enquiries, preparing quotes and customer service when {clients} write to us via WhatsApp",
            data: &[
                BASE_DATA[0],
                BASE_DATA[1],
                BASE_DATA[2],
                BASE_DATA[3],
                "information about the request provided in the chat (e.g. name, address, reference to an appointment or order)",
            ],
            retention: "6 months after the matter is closed",
        },
        ScenarioKind::ServiceNotifications => CatalogueEn {
            title: "Appointment reminders and order and delivery status",
            purpose: "Reminders of agreed appointments and information on the status of orders, jobs and deliveries",
            data: &[
                BASE_DATA[0],
                "name",
                "appointment, order or job data",
                BASE_DATA[3],
            ],
            retention: "until the appointment or job is completed, then 6 months",
        },
        ScenarioKind::Marketing => CatalogueEn {
            title: "Offers and promotions",
            purpose: "Sending offers, news and promotions via WhatsApp",
            data: &[
                BASE_DATA[0],
                "name",
                "proof of consent (time, text version, source)",
                BASE_DATA[3],
            ],
            retention: "until consent is withdrawn; after that only the block-list entry and the proof of consent",
        },
        ScenarioKind::MediaExchange => CatalogueEn {
            title: "Exchange of photos and documents",
            purpose: "Receiving and sending photos, voice messages and documents to deal with a request (e.g. photos of damage, quotes, delivery notes)",
            data: &[
                BASE_DATA[0],
                "photos, voice messages and documents, possibly showing or containing information about third parties",
                "file metadata (e.g. time of recording)",
            ],
            retention: "files needed are moved to the {file}, then deleted in the chat no later than 6 months after the matter is closed",
        },
        ScenarioKind::SpecialCategoryData => CatalogueEn {
            title: "Health data and other special categories",
            purpose: "Exchange of information belonging to special categories of personal data, insofar as this is necessary for the service",
            data: &[
                BASE_DATA[0],
                "special categories of personal data under Art. 9(1) GDPR",
                BASE_DATA[2],
            ],
            retention: "moved to the {file}, then deleted in the chat",
        },
        ScenarioKind::Recruiting => CatalogueEn {
            title: "Applications and recruiting",
            purpose: "Communication with applicants during the application process",
            data: &[
                BASE_DATA[0],
                BASE_DATA[1],
                "application documents and information on qualifications",
                "arrangement of appointments",
            ],
            retention: "6 months after the application process is closed",
        },
        ScenarioKind::Groups => CatalogueEn {
            title: "Groups, communities and channels",
            purpose: "Informing several people at once through groups, communities or channels",
            data: &[
                BASE_DATA[0],
                BASE_DATA[1],
                BASE_DATA[2],
                "membership of the group",
            ],
            retention: "until leaving the group or until the group is dissolved",
        },
        ScenarioKind::AutoReplies => CatalogueEn {
            title: "Greeting and away messages",
            purpose: "Automatic greeting with brief data protection information and a note on availability, triggered by an incoming message",
            data: &[BASE_DATA[0], BASE_DATA[3]],
            retention: "part of the chat concerned; not stored separately",
        },
        ScenarioKind::AiChatbot => CatalogueEn {
            title: "AI chatbot and automated answers",
            purpose: "Automated answers to frequent enquiries, with handover to a human",
            data: &[
                BASE_DATA[0],
                BASE_DATA[2],
                "answers generated by the chatbot and the course of the conversation",
            ],
            retention: "as the chat concerned; not used to train AI models without separate consent",
        },
        ScenarioKind::CoexistenceImport => CatalogueEn {
            title: "Transfer of the chat history under coexistence",
            purpose: "Continuing existing customer communication after the Business app number has been connected to the Cloud API",
            data: &[
                "chat histories of up to the last six months",
                "contacts of the Business app",
                BASE_DATA[3],
            ],
            retention: "as the original chats",
        },
        ScenarioKind::Custom => CatalogueEn {
            title: "",
            purpose: "",
            data: &[],
            retention: "",
        },
    }
}

/// `scenarios::default_retention` in English.
fn default_retention(t: &scenarios::Template, c: CatalogueEn, plan: &retention::Plan) -> String {
    let (business, case) = match t.kind {
        ScenarioKind::CustomerInquiry | ScenarioKind::MediaExchange => (true, true),
        ScenarioKind::ServiceNotifications => (true, plan.file_noun == "Handakte"),
        ScenarioKind::SpecialCategoryData => (false, true),
        _ => (false, false),
    };
    let file = file_noun(plan.file_noun);
    let base = c.retention.replace("{file}", file);
    let mut parts = Vec::new();
    if business && plan.has("business_letters") {
        parts.push(format!(
            "content that constitutes business letters (quotes, orders, order confirmations) is first moved to the {file} and kept there for 6 years from the end of the calendar year"
        ));
    }
    if case {
        for rule in &plan.duties {
            match rule.key {
                "patient_records" => parts.push(
                    "information moved to the patient record is kept there for 10 years after the end of treatment (§ 630f(3) BGB, German Civil Code)".to_owned(),
                ),
                "lawyer_files" => parts.push(
                    "content added to the case file is kept there for 6 years from the end of the calendar year in which the mandate ends (§ 50(1) BRAO, Federal Lawyers' Act)".to_owned(),
                ),
                "tax_adviser_files" => parts.push(
                    "content added to the case file is kept there for 10 years from the end of the calendar year in which the engagement ends (§ 66(1) StBerG, Tax Advisers Act)".to_owned(),
                ),
                _ => {}
            }
        }
    }
    if !parts.is_empty() {
        format!("{base}; {}", parts.join("; "))
    } else if t.kind == ScenarioKind::SpecialCategoryData {
        format!("{base}; kept there in accordance with professional rules")
    } else {
        base
    }
}

/// `retention::Plan::file_noun` in English.
fn file_noun(de: &str) -> &'static str {
    match de {
        "Patientenakte" => "patient record",
        "Handakte" | "Akte" => "case file",
        "Unterlagen zur Teilnehmerin oder zum Teilnehmer" => "participant's records",
        "Buchungsunterlagen" => "booking records",
        "Bestellunterlagen" => "order records",
        _ => "job records",
    }
}

/// The secrecy view in English: the same recipients in the same order, the release as a
/// sentence of the person's declaration, the Art. 9 exception of the sector.
pub fn secrecy(p: &Profile, de: &SecrecyView) -> SecrecyView {
    let co = &p.raw.company;
    let recipients: Vec<SecretRecipient> = if de.active { recipients(p) } else { Vec::new() };
    let recipients_text = join_with(
        &recipients
            .iter()
            .map(|r| format!("{} ({})", r.name, r.learns))
            .collect::<Vec<_>>(),
        "and",
    );
    let client_term = client_term(co.sector);
    let release = if de.active {
        format!(
            "I release {} from professional secrecy ({}, German Criminal Code) to the extent that, when communicating with me via WhatsApp, the following parties learn that I am a {client_term} of {} and receive the information stated: {recipients_text}.{waiver} I can withdraw this release at any time with effect for the future.",
            co.full_name(),
            law::SECRECY_NORM,
            co.full_name(),
            waiver = provider_waiver(co.profession, co.sector).map_or(String::new(), |w| format!(
                " Insofar as these parties are not contractually bound to confidentiality, I expressly waive compliance with the requirements of {w}."
            ))
        )
    } else {
        String::new()
    };
    let art9 = law::inquiry_basis(co.sector, co.profession, de.active).map(|b| {
        let (citation, scope) = if b == law::HEALTH_CARE {
            (
                "Art. 9(2)(h) and (3) GDPR in conjunction with § 22(1) no. 1(b) BDSG (German Federal Data Protection Act)",
                "it is necessary for your treatment or care, by persons subject to professional secrecy",
            )
        } else {
            (
                "Art. 9(2)(f) GDPR",
                "it is necessary for the establishment, exercise or defence of legal claims in your matter – including before authorities",
            )
        };
        Art9View {
            citation,
            text: format!(
                "If your messages contain information about your health or other specially protected data (Art. 9(1) GDPR), we process it insofar as {scope} ({citation}); beyond that, only with your explicit consent (Art. 9(2)(a) GDPR)."
            ),
        }
    });
    SecrecyView {
        active: de.active,
        recipients,
        recipients_text,
        release,
        client_term,
        confided_persons: confided_persons(co.sector),
        documents: secret_documents(co.sector, co.profession),
        provider_norm: de.provider_norm,
        norm: de.norm,
        art9,
    }
}

/// `law::client_term` in English (singular, used after "a").
fn client_term(sector: Sector) -> &'static str {
    match sector {
        Sector::Health => "patient",
        Sector::Legal => "client",
        Sector::Education => "pupil",
        _ => "customer",
    }
}

/// `law::confided_persons` in English.
fn confided_persons(sector: Sector) -> &'static str {
    match sector {
        Sector::Health => {
            "are confided to us in the course of treatment or care, such as relatives or other persons we are told about"
        }
        Sector::Legal | Sector::Finance => {
            "are confided to us in the course of a mandate, such as opposing parties or other persons involved"
        }
        _ => {
            "are confided to us in the course of an engagement, such as other persons involved or persons we are told about"
        }
    }
}

/// `law::provider_waiver` in English.
fn provider_waiver(profession: Option<Profession>, sector: Sector) -> Option<&'static str> {
    match law::provider_waiver(profession, sector)? {
        w if w.contains("BRAO") => {
            Some("§ 43e(2) to (4) BRAO (Federal Lawyers' Act; waiver under § 43e(6) BRAO)")
        }
        _ => Some("§ 62a(2) to (4) StBerG (Tax Advisers Act; waiver under § 62a(6) StBerG)"),
    }
}

/// `law::secret_documents` in English.
fn secret_documents(sector: Sector, profession: Option<Profession>) -> &'static str {
    match (sector, profession) {
        (_, Some(Profession::TaxAdviser | Profession::Auditor)) => {
            "receipts, tax assessments, payroll or other tax documents"
        }
        (Sector::Health, _) => {
            "findings, doctors' letters, prescriptions or information about your treatment"
        }
        (Sector::Legal, _) => "pleadings, contracts or court documents",
        (Sector::Finance, _) => "contract, asset or health documents",
        _ => "documents subject to professional secrecy",
    }
}

/// `context::secrecy::recipients` in English, in the same order.
fn recipients(p: &Profile) -> Vec<SecretRecipient> {
    crate::context::secrecy::recipients(p)
        .into_iter()
        .zip(recipient_roles(p))
        .map(|(de, (name, learns))| SecretRecipient {
            name: name.unwrap_or(de.name),
            learns,
            content: de.content,
        })
        .collect()
}

/// The English name (where the German one has German words) and role of each recipient of
/// `context::secrecy::recipients`, in its order.
fn recipient_roles(p: &Profile) -> Vec<(Option<String>, String)> {
    let wa = &p.raw.whatsapp;
    let mut out = Vec::new();
    if let Some(pr) = wa.provider.as_ref().filter(|_| p.uses_provider()) {
        let subs: Vec<&str> = pr
            .sub_processors
            .iter()
            .map(|s| s.name.as_str())
            .filter(|n| !n.starts_with("Meta Platforms"))
            .collect();
        let name = if subs.is_empty() {
            pr.name.clone()
        } else {
            format!("{} with {}", pr.name, join_with(&subs, "and"))
        };
        out.push((
            Some(name),
            "our service provider for the team inbox: content of the messages".to_owned(),
        ));
    }
    if p.uses_cloud_api() {
        out.push((
            None,
            "Cloud API, decrypts the messages on our behalf: content of the messages".to_owned(),
        ));
    }
    let role = match p.variant() {
        Variant::CloudApi | Variant::CloudApiBsp | Variant::Private => {
            "as a controller in its own right"
        }
        Variant::BusinessApp | Variant::BusinessAppCoexistence => {
            "as provider of the Business app on our behalf and for its own purposes"
        }
    };
    let content = if p.uses_cloud_api() {
        ""
    } else {
        "; not the content, which is end-to-end encrypted"
    };
    out.push((
        Some(format!(
            "{} with {} and {} in the USA",
            meta::WHATSAPP_IRELAND.name,
            meta::WHATSAPP_LLC.name,
            meta::META_INC.name
        )),
        format!("{role}: connection data, i.e. who writes to whom and when{content}"),
    ));
    if let Some(devices) = wa.devices.as_ref().filter(|_| p.uses_app())
        && devices.backup == Backup::Unencrypted
    {
        let name = match devices.backup_target {
            Some(BackupTarget::GoogleDrive) => "Google Ireland Limited with Google LLC",
            Some(BackupTarget::Icloud) => "Apple Distribution International Ltd. with Apple Inc.",
            None => "the provider of our cloud storage",
        };
        out.push((
            Some(name.to_owned()),
            "chat backup without end-to-end encryption: content of the chats".to_owned(),
        ));
    }
    if p.unlisted_ai().is_some() {
        out.push((
            None,
            "chatbot: content of the messages it answers".to_owned(),
        ));
    }
    for pr in p
        .raw
        .processors
        .iter()
        .filter(|pr| pr.role != ProcessorRole::Mdm)
    {
        out.push((
            None,
            format!(
                "{}: content of the messages, insofar as it is processed there",
                processor_role(pr.role)
            ),
        ));
    }
    out
}

/// `labels::processor_role` in English.
fn processor_role(r: ProcessorRole) -> &'static str {
    match r {
        ProcessorRole::Mdm => "mobile device management",
        ProcessorRole::Crm => "CRM system",
        ProcessorRole::Helpdesk => "helpdesk and ticket system",
        ProcessorRole::Backup => "data backup",
        ProcessorRole::Archive => "archiving",
        ProcessorRole::Ai => "AI service",
        ProcessorRole::Hosting => "hosting",
        ProcessorRole::Other => "other service",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English constants were written against these German facts; when a fact changes,
    /// this test fails until the English follows.
    #[test]
    fn english_follows_the_german_facts() {
        assert_eq!(
            meta::PRIVACY_POLICY_EEA.name,
            "Datenschutzrichtlinie von WhatsApp für die Europäische Region"
        );
        assert_eq!(meta::cloud_api::MAX_RETENTION, "bis zu 30 Tage");
        assert_eq!(meta::cloud_api::NO_STORAGE_CACHE, "höchstens eine Stunde");
        assert_eq!(meta::cloud_api::LOCAL_STORAGE_IN_USE, "bis zu 60 Minuten");
        assert_eq!(law::SECRECY_NORM, "§ 203 StGB");
        assert_eq!(
            crate::legal::whatsapp_limits::AI_ACT_ART50,
            "Art. 50 Abs. 1 der KI-Verordnung (Verordnung (EU) 2024/1689)"
        );
        assert!(
            allergens::FOOD
                .notice
                .starts_with("Fragen zu Allergenen und Unverträglichkeiten beantworten wir, ohne dass Sie Angaben zu Ihrer Gesundheit machen müssen. ")
        );
        assert!(
            allergens::STAY.notice.starts_with(
                "Für Ihren Aufenthalt brauchen wir keine Angaben zu Ihrer Gesundheit. "
            )
        );
        // Every catalogue entry has an English twin with as many data categories, and the
        // notices exist in both languages or in neither.
        for t in &scenarios::CATALOGUE {
            let c = catalogue(t.kind);
            assert!(!c.title.is_empty() && !c.purpose.is_empty(), "{:?}", t.kind);
            assert_eq!(c.data.len(), t.data.len(), "{:?}", t.kind);
            assert_eq!(
                t.retention.contains("{akte}"),
                c.retention.contains("{file}"),
                "{:?}",
                t.kind
            );
            let (sentence, own, notice) = consent_wording(t.kind);
            assert_eq!(notice.is_some(), t.consent.notice.is_some(), "{:?}", t.kind);
            assert_eq!(
                sentence.contains("{categories}"),
                t.consent.sentence.contains("{categories}")
            );
            assert_eq!(
                own.contains("{categories}"),
                t.consent.sentence_for_purpose.contains("{categories}")
            );
        }
    }
}
