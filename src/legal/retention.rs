//! Retention periods: statutory archiving duties and the tool's suggested periods for chats
//! without such a duty.

use serde::Serialize;

/// Date these rules were last checked.
pub const CHECKED_ON: &str = "2026-11-28";

/// A retention rule.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Rule {
    /// Stable key.
    pub key: &'static str,
    /// What it applies to.
    pub applies_to: &'static str,
    /// The period in words.
    pub period: &'static str,
    /// Legal basis or reasoning.
    pub basis: &'static str,
}

/// Chats that are commercial or business letters (offers, orders, confirmations).
pub const BUSINESS_LETTERS: Rule = Rule {
    key: "business_letters",
    applies_to: "Chats, die Handels- oder Geschäftsbriefe sind (Angebote, Bestellungen, Auftragsbestätigungen, Reklamationen)",
    period: "6 Jahre ab Ende des Kalenderjahres",
    basis: "§ 257 Abs. 1 Nr. 2 und 3, Abs. 4 und 5 HGB; § 147 Abs. 1 Nr. 2 und 3, Abs. 3 und 4 AO",
};

/// Booking documents (e.g. invoices sent via WhatsApp).
pub const BOOKING_DOCUMENTS: Rule = Rule {
    key: "booking_documents",
    applies_to: "Buchungsbelege, etwa per WhatsApp versandte Rechnungen",
    period: "8 Jahre ab Ende des Kalenderjahres",
    basis: "§ 257 Abs. 1 Nr. 4, Abs. 4 HGB; § 147 Abs. 1 Nr. 4, Abs. 3 AO in der Fassung des Vierten Bürokratieentlastungsgesetzes (seit 1. Januar 2025)",
};

/// Chats without a statutory archiving duty.
pub const GENERAL_CHATS: Rule = Rule {
    key: "general_chats",
    applies_to: "sonstige Chats ohne Aufbewahrungspflicht (allgemeine Anfragen, Terminabsprachen)",
    period: "6 Monate nach Abschluss des Vorgangs",
    basis: "Speicherbegrenzung, Art. 5 Abs. 1 lit. e DSGVO; Frist vom Verantwortlichen festgelegt",
};

/// Proof of consent.
pub const CONSENT_PROOF: Rule = Rule {
    key: "consent_proof",
    applies_to: "Nachweis der Einwilligung (Zeitpunkt, Rufnummer, Textversion, Quelle)",
    period: "für die Dauer der Einwilligung und danach 3 Jahre ab Ende des Kalenderjahres des Widerrufs",
    basis: "Nachweispflicht Art. 7 Abs. 1 DSGVO; Art. 17 Abs. 3 lit. e DSGVO; regelmäßige Verjährung § 195 BGB",
};

/// Suppression list after withdrawal or objection.
pub const SUPPRESSION_LIST: Rule = Rule {
    key: "suppression_list",
    applies_to: "Sperrliste (Rufnummer und Datum des Widerrufs oder Widerspruchs)",
    period: "solange erforderlich, um den Widerruf oder Widerspruch dauerhaft zu beachten",
    basis: "Art. 6 Abs. 1 lit. c und f DSGVO i. V. m. Art. 21 Abs. 3 DSGVO",
};

/// Applicant chats.
pub const APPLICANTS: Rule = Rule {
    key: "applicants",
    applies_to: "Chats mit Bewerberinnen und Bewerbern",
    period: "6 Monate nach Abschluss des Bewerbungsverfahrens",
    basis: "Art. 17 Abs. 1 lit. a DSGVO; Frist zur Abwehr von Ansprüchen nach § 15 Abs. 4 AGG, § 61b ArbGG",
};

/// Copies at Meta's Cloud API.
pub const CLOUD_API_COPIES: Rule = Rule {
    key: "cloud_api",
    applies_to: "Nachrichten auf der Cloud API von Meta (Zwischenspeicher für die Zustellung)",
    period: "bis zu 30 Tage, bei „No Storage“ höchstens eine Stunde",
    basis: "Meta-Dokumentation zur Cloud API; nicht durch das Unternehmen steuerbar",
};

/// All rules, in the order the documents list them.
pub const ALL: [&Rule; 7] = [
    &BUSINESS_LETTERS,
    &BOOKING_DOCUMENTS,
    &GENERAL_CHATS,
    &APPLICANTS,
    &CONSENT_PROOF,
    &SUPPRESSION_LIST,
    &CLOUD_API_COPIES,
];
