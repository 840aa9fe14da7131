//! English versions of the facts the consent texts take from the legal tables and the
//! secrecy view. Every function matches exhaustively on the same keys as its German source,
//! so a new scenario kind, category or role does not compile without its English twin; the
//! tests below fail when a German fact the English was written against changes.
//!
//! Terms follow the official English text of the GDPR; German statutes keep their German
//! citation with a short gloss.

use super::ScenarioFacts;
use crate::context::secrecy::SecrecyView;
use crate::lang::Lang;
use crate::legal::allergens::{self, Topic};
use crate::legal::secrecy as law;
#[cfg(test)]
use crate::legal::{meta, scenarios};
use crate::profile::model::*;
use crate::profile::validate::{Profile, Scenario};

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

/// The scenario's title, purpose, data and retention in English, as the English documents
/// state them (`Scenario::en`: the catalogue's English, or the profile's `en` wording): a text
/// the profile words itself without an English form is quoted in German, marked as such.
pub fn scenario_facts(s: &Scenario) -> ScenarioFacts {
    let or_german = |en: Option<&String>, de: &str| {
        en.cloned().unwrap_or_else(|| format!("“{de}” (in German)"))
    };
    ScenarioFacts {
        // A title stands in quotation marks of its own wherever it is used.
        title: s
            .en
            .title
            .clone()
            .unwrap_or_else(|| format!("{} (in German)", s.title)),
        purpose: or_german(s.en.purpose.as_ref(), &s.purpose),
        data: s
            .en
            .data
            .clone()
            .unwrap_or_else(|| s.data.iter().map(|d| or_german(None, d)).collect()),
        retention: or_german(s.en.retention.as_ref(), &s.retention),
    }
}

/// The secrecy view in English (`context::secrecy::build_in`), with the release worded as a
/// sentence of the person's English declaration.
pub fn secrecy(p: &Profile) -> SecrecyView {
    let co = &p.raw.company;
    let mut view = crate::context::secrecy::build_in(p, Lang::En);
    // The texts say "bound by professional secrecy (…)": the norm with its gloss only.
    view.norm = "§ 203 StGB, German Criminal Code";
    view.release = if view.active {
        format!(
            "I release {} from professional secrecy ({}) to the extent that, when communicating with me via WhatsApp, the following parties learn that I am {} of {} and receive the information stated: {}.{waiver} I can withdraw this release at any time with effect for the future.",
            co.full_name(),
            view.norm,
            view.client_term,
            co.full_name(),
            view.recipients_text,
            waiver = provider_waiver(co.profession, co.sector).map_or(String::new(), |w| format!(
                " Insofar as these parties are not contractually bound to confidentiality, I expressly waive compliance with the requirements of {w}."
            ))
        )
    } else {
        String::new()
    };
    view
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
        for t in &scenarios::CATALOGUE {
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
