//! Legal facts on professional secrecy (§ 203 StGB), on the Art. 9 exception that carries the
//! special-category data in ordinary inquiries per sector, and on minors (Art. 8 GDPR and
//! WhatsApp's own minimum age). Sentences that phrase these facts live in the consent view
//! (`context::secrecy`); this file holds what changes when the law or Meta's terms change.

use crate::lang::Lang;
use crate::profile::model::{Profession, Sector};

/// Date the facts in this file were last checked against the sources.
pub const CHECKED_ON: &str = "2026-11-28";

/// The criminal-law duty of secrecy the release refers to.
pub const SECRECY_NORM: &str = "§ 203 StGB";

/// [`SECRECY_NORM`] with a gloss for readers of the English documents.
pub fn secrecy_norm(lang: Lang) -> &'static str {
    lang.pick(SECRECY_NORM, "§ 203 StGB, German Criminal Code")
}

/// WhatsApp's own minimum age in the EU (WhatsApp terms of service for the European Region,
/// lowered from 16 on 11 April 2024).
pub const WHATSAPP_MIN_AGE_EU: u8 = 13;

/// Date since which [`WHATSAPP_MIN_AGE_EU`] applies.
pub const WHATSAPP_MIN_AGE_SINCE: &str = "2024-04-11";

/// Age from which a child may consent alone to information-society services offered
/// directly to children in Germany (Art. 8(1) GDPR; Germany kept 16). The documents use it
/// as the house threshold for consents, which is stricter than the law requires for
/// consents outside Art. 8.
pub const ART8_AGE_DE: u8 = 16;

/// What a person is to a secrecy holder of the sector ("dass ich … bin").
pub fn client_term(sector: Sector) -> &'static str {
    client_term_in(sector, Lang::De)
}

/// [`client_term`] in a language ("a patient").
pub fn client_term_in(sector: Sector, lang: Lang) -> &'static str {
    match sector {
        Sector::Health => lang.pick("Patientin oder Patient", "a patient"),
        Sector::Legal => lang.pick("Mandantin oder Mandant", "a client"),
        Sector::Education => lang.pick("Schülerin oder Schüler", "a student"),
        _ => lang.pick("Kundin oder Kunde", "a customer"),
    }
}

/// Whose data the company holds in confidence without having collected it from them
/// (Art. 14 Abs. 5 lit. d DSGVO), as the privacy notice names them.
pub fn confided_persons(sector: Sector) -> &'static str {
    confided_persons_in(sector, Lang::De)
}

/// [`confided_persons`] in a language; the English clause follows "persons whose data are
/// confided to us in the course of …".
pub fn confided_persons_in(sector: Sector, lang: Lang) -> &'static str {
    match sector {
        Sector::Health => lang.pick(
            "einer Behandlung oder Versorgung anvertraut werden, etwa Angehörige oder andere Personen, über die uns berichtet wird",
            "treatment or care, such as relatives or other persons we are told about",
        ),
        Sector::Legal | Sector::Finance => lang.pick(
            "eines Mandats anvertraut werden, etwa Gegner oder andere Beteiligte",
            "a mandate, such as opponents or other parties involved",
        ),
        _ => lang.pick(
            "eines Auftrags anvertraut werden, etwa andere Beteiligte oder Personen, über die uns berichtet wird",
            "an engagement, such as other parties involved or persons we are told about",
        ),
    }
}

/// The professional law on involving service providers, beside § 203 StGB: selection,
/// a secrecy undertaking in text form, and what the client may waive. `None` where only
/// § 203 StGB applies.
pub fn provider_norm(profession: Option<Profession>, sector: Sector) -> Option<&'static str> {
    match (profession, sector) {
        (Some(Profession::Lawyer), _) | (None, Sector::Legal) => Some("§ 43e BRAO"),
        (Some(Profession::TaxAdviser), _) => Some("§ 62a StBerG"),
        (Some(Profession::Auditor), _) => Some("§ 50a WPO"),
        (Some(Profession::Notary), _) => Some("§ 26a BNotO"),
        _ => None,
    }
}

/// Where the professional law lets the client waive the requirements for service providers
/// (selection, secrecy undertaking, providers abroad) that WhatsApp and Meta cannot meet:
/// § 43e Abs. 6 BRAO for lawyers, § 62a Abs. 6 StBerG for tax advisers. `None` where the
/// tool has no checked paragraph.
pub fn provider_waiver(profession: Option<Profession>, sector: Sector) -> Option<&'static str> {
    match (profession, sector) {
        (Some(Profession::Lawyer), _) | (None, Sector::Legal) => {
            Some("§ 43e Abs. 2 bis 4 BRAO (§ 43e Abs. 6 BRAO)")
        }
        (Some(Profession::TaxAdviser), _) => {
            Some("§ 62a Abs. 2 bis 4 StBerG (§ 62a Abs. 6 StBerG)")
        }
        _ => None,
    }
}

/// Examples of documents that carry secrets in the sector, for the plain statement of what
/// is not exchanged over WhatsApp without a release.
pub fn secret_documents(sector: Sector, profession: Option<Profession>) -> &'static str {
    secret_documents_in(sector, profession, Lang::De)
}

/// [`secret_documents`] in a language.
pub fn secret_documents_in(
    sector: Sector,
    profession: Option<Profession>,
    lang: Lang,
) -> &'static str {
    match (sector, profession) {
        (_, Some(Profession::TaxAdviser | Profession::Auditor)) => lang.pick(
            "Belege, Steuerbescheide, Lohn- oder andere Steuerunterlagen",
            "receipts, tax assessments, payroll or other tax documents",
        ),
        (Sector::Health, _) => lang.pick(
            "Befunde, Arztbriefe, Rezepte oder Angaben zu Ihrer Behandlung",
            "findings, medical letters, prescriptions or details of your treatment",
        ),
        (Sector::Legal, _) => lang.pick(
            "Schriftsätze, Verträge oder Gerichtsunterlagen",
            "pleadings, contracts or court documents",
        ),
        (Sector::Finance, _) => lang.pick(
            "Vertrags-, Vermögens- oder Gesundheitsunterlagen",
            "contract, financial or health documents",
        ),
        _ => lang.pick(
            "Unterlagen, die der Schweigepflicht unterliegen",
            "documents covered by professional secrecy",
        ),
    }
}

/// The Art. 9 exception that carries special-category data a person sends in an ordinary
/// inquiry, without a separate explicit consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InquiryBasis {
    /// Citation.
    pub citation: &'static str,
    /// What the exception covers, as a clause after "soweit".
    pub scope: &'static str,
    /// The citation in English.
    pub en_citation: &'static str,
    /// The scope in English, as a clause after "where".
    pub en_scope: &'static str,
}

/// Health professionals bound to secrecy: Art. 9(2)(h) and (3) GDPR with § 22 Abs. 1 Nr. 1
/// lit. b BDSG (treatment and care by persons under a duty of secrecy).
pub const HEALTH_CARE: InquiryBasis = InquiryBasis {
    citation: "Art. 9 Abs. 2 lit. h, Abs. 3 DSGVO i. V. m. § 22 Abs. 1 Nr. 1 lit. b BDSG",
    scope: "es für Ihre Behandlung oder Versorgung erforderlich ist, durch Personen, die der Schweigepflicht unterliegen",
    en_citation: "Art. 9(2)(h) and (3) GDPR in conjunction with § 22(1) no. 1(b) BDSG, Federal Data Protection Act",
    en_scope: "this is necessary for your treatment or care, by persons subject to an obligation of professional secrecy",
};

/// Professions of the legal sector bound to secrecy: Art. 9(2)(f) GDPR (legal claims, in
/// court, administrative or out-of-court procedures, Recital 52). Not Art. 9(2)(h): a law
/// firm does not provide health care.
pub const LEGAL_CLAIMS: InquiryBasis = InquiryBasis {
    citation: "Art. 9 Abs. 2 lit. f DSGVO",
    scope: "es zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen in Ihrem Mandat erforderlich ist – auch gegenüber Behörden",
    en_citation: "Art. 9(2)(f) GDPR",
    en_scope: "this is necessary for the establishment, exercise or defence of legal claims in your mandate, including before authorities",
};

/// The exception for inquiries of a sector, if there is one. Art. 9(2)(h) needs a person
/// under a duty of secrecy (Art. 9(3) GDPR, § 22 Abs. 1 Nr. 1 lit. b BDSG), so a health
/// business without one has none; every other sector relies on explicit consent.
/// Tax advisers and auditors get none: their mandates rarely need special categories in a
/// chat (church tax, medical costs belong in the client portal), so the texts ask not to send
/// them instead of inviting them.
pub fn inquiry_basis(
    sector: Sector,
    profession: Option<Profession>,
    professional_secrecy: bool,
) -> Option<InquiryBasis> {
    match (sector, profession, professional_secrecy) {
        (_, Some(Profession::TaxAdviser | Profession::Auditor), _) => None,
        (Sector::Health, _, true) => Some(HEALTH_CARE),
        (Sector::Legal, _, true) => Some(LEGAL_CLAIMS),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn art9_h_only_for_health_professionals_under_secrecy() {
        assert_eq!(inquiry_basis(Sector::Health, None, true), Some(HEALTH_CARE));
        assert_eq!(inquiry_basis(Sector::Health, None, false), None);
        assert_eq!(inquiry_basis(Sector::Legal, None, true), Some(LEGAL_CLAIMS));
        assert_eq!(
            inquiry_basis(Sector::Legal, Some(Profession::TaxAdviser), true),
            None
        );
        assert!(!LEGAL_CLAIMS.citation.contains("lit. h"));
        assert_eq!(inquiry_basis(Sector::Food, None, true), None);
    }
}
