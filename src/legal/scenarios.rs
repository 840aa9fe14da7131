//! The scenario catalogue: typical ways a company uses WhatsApp, each with purpose, initiator,
//! data, legal basis and retention, and the wording its consent text uses when the scenario
//! rests on consent. Profiles pick entries by `kind` and may override fields.

use crate::profile::model::{Initiator, LegalBasis, ScenarioKind};

/// A catalogue entry.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    /// The kind it describes.
    pub kind: ScenarioKind,
    /// German title.
    pub title: &'static str,
    /// Purpose of the processing.
    pub purpose: &'static str,
    /// Who starts the conversation.
    pub initiated_by: Initiator,
    /// Categories of personal data.
    pub data: &'static [&'static str],
    /// Default legal basis.
    pub legal_basis: LegalBasis,
    /// Legitimate interest, where the basis is Art. 6(1)(f).
    pub legitimate_interest: Option<&'static str>,
    /// Default retention.
    pub retention: &'static str,
    /// Short explanation for the scenario table in document 03; empty where the table, the
    /// principles (A.2) or the chat texts already say it.
    pub note: &'static str,
    /// How the consent text words this scenario.
    pub consent: ConsentWording,
    /// Title, purpose, data, legitimate interest and retention in English.
    pub en: English,
}

/// A catalogue entry's texts in English, for the English documents. `{file}` in the retention
/// stands for the file the company keeps, as `{akte}` does in German.
#[derive(Debug, Clone, Copy)]
pub struct English {
    /// Title.
    pub title: &'static str,
    /// Purpose.
    pub purpose: &'static str,
    /// Categories of personal data, in the order of the German ones.
    pub data: &'static [&'static str],
    /// Legitimate interest, where the German entry names one.
    pub legitimate_interest: Option<&'static str>,
    /// Retention.
    pub retention: &'static str,
}

/// What a consent text needs to know about a scenario. Whether consent is asked at all
/// follows from the scenario's legal basis ([`ConsentWording::advertising`] aside); the
/// sentences complete "Ich willige ein, dass <Unternehmen> …".
#[derive(Debug, Clone, Copy)]
pub struct ConsentWording {
    /// Short code in the identifier of the consent text, e.g. `WERBUNG` in
    /// `EW-WERBUNG-1.0-3f9a2c`. Upper-case ASCII letters only.
    pub code: &'static str,
    /// The catalogue purpose phrased as the end of the consent sentence; used while the
    /// profile keeps the catalogue purpose. `{categories}` stands for the special categories.
    pub sentence: &'static str,
    /// The same sentence for a purpose the profile words itself; `: <purpose>` follows.
    pub sentence_for_purpose: &'static str,
    /// Advertising: consent is needed whatever the GDPR basis (§ 7 Abs. 2 Nr. 2 UWG), every
    /// message must name the sender and the way to unsubscribe, and minors are not asked.
    pub advertising: bool,
    /// Special categories (Art. 9): the consent must be explicit and name the categories.
    pub special_categories: bool,
    /// A sentence the person must read next to the consent, if any.
    pub notice: Option<&'static str>,
}

/// Consent wording for the person's own scenarios (`kind: custom`).
pub const CUSTOM_CONSENT: ConsentWording = ConsentWording {
    code: "EIGEN",
    sentence: "meine Angaben aus dem WhatsApp-Chat verarbeitet",
    sentence_for_purpose: "meine Angaben aus dem WhatsApp-Chat zu folgendem Zweck verarbeitet",
    advertising: false,
    special_categories: false,
    notice: None,
};

const BASE_DATA: [&str; 4] = [
    "Telefonnummer",
    "Profilname und Profilbild",
    "Nachrichteninhalte",
    "Zeitstempel sowie Zustell- und Lesebestätigungen",
];

const BASE_DATA_EN: [&str; 4] = [
    "telephone number",
    "profile name and profile picture",
    "message content",
    "timestamps and delivery and read receipts",
];

/// The default retention of a catalogue entry for one company: `{akte}` becomes the file the
/// company keeps, and the statutory duties the scenario's chats can fall under are appended
/// (business letters for merchants; patient records or case files for professions).
pub fn default_retention(t: &Template, plan: &crate::legal::retention::Plan) -> String {
    default_retention_in(t, plan, crate::lang::Lang::De)
}

/// [`default_retention`] in `lang`.
pub fn default_retention_in(
    t: &Template,
    plan: &crate::legal::retention::Plan,
    lang: crate::lang::Lang,
) -> String {
    let (business, case) = match t.kind {
        ScenarioKind::CustomerInquiry | ScenarioKind::MediaExchange => (true, true),
        // Reminders of deadlines or missing documents belong in a lawyer's or tax adviser's
        // case file; a merchant's order confirmations are business letters.
        ScenarioKind::ServiceNotifications => (true, plan.file_noun == "Handakte"),
        ScenarioKind::SpecialCategoryData => (false, true),
        _ => (false, false),
    };
    let base = match lang {
        crate::lang::Lang::De => t.retention.replace("{akte}", plan.file_noun),
        crate::lang::Lang::En => t.en.retention.replace("{file}", plan.file_noun_en),
    };
    match plan.scenario_clause_in(business, case, lang) {
        Some(clause) => format!("{base}; {clause}"),
        None if t.kind == ScenarioKind::SpecialCategoryData => format!(
            "{base}; {}",
            lang.pick(
                "Aufbewahrung dort nach den berufsrechtlichen Vorgaben",
                "kept there in accordance with the rules of the profession"
            )
        ),
        None => base,
    }
}

/// The catalogue entry for `kind` (`None` for `custom`).
pub fn template(kind: ScenarioKind) -> Option<&'static Template> {
    CATALOGUE.iter().find(|t| t.kind == kind)
}

/// All catalogue entries in their canonical order.
pub const CATALOGUE: [Template; 10] = [
    Template {
        kind: ScenarioKind::CustomerInquiry,
        title: "Kundenanfragen und Kundenservice",
        purpose: "Beantwortung von Anfragen, Erstellung von Angeboten und Kundenservice, wenn Kundinnen und Kunden uns über WhatsApp schreiben",
        initiated_by: Initiator::Customer,
        data: &[
            BASE_DATA[0],
            BASE_DATA[1],
            BASE_DATA[2],
            BASE_DATA[3],
            "im Chat mitgeteilte Angaben zum Anliegen (z. B. Name, Anschrift, Termin- oder Auftragsbezug)",
        ],
        legal_basis: LegalBasis::Contract,
        legitimate_interest: Some(
            "Beantwortung allgemeiner Anfragen ohne Vertragsbezug auf dem Weg, den die anfragende Person gewählt hat",
        ),
        retention: "6 Monate nach Abschluss des Vorgangs",
        note: "Die anfragende Person nimmt den Kontakt auf. Die Verarbeitung dient der Durchführung vorvertraglicher Maßnahmen oder der Vertragserfüllung; bei allgemeinen Anfragen ohne Vertragsbezug stützen wir uns auf unser berechtigtes Interesse, Anfragen auf dem gewählten Weg zu beantworten. Die Pflichtinformationen werden mit der automatischen Begrüßungsnachricht und dem Link auf die Datenschutzhinweise gegeben.",
        consent: ConsentWording {
            code: "ANFRAGE",
            sentence: "meine Anfragen über WhatsApp beantwortet und die Angaben verarbeitet, die ich dafür im Chat mitteile",
            sentence_for_purpose: "meine Angaben aus dem WhatsApp-Chat zu folgendem Zweck verarbeitet",
            advertising: false,
            special_categories: false,
            notice: None,
        },
        en: English {
            title: "Customer enquiries and customer service",
            purpose: "Answering enquiries, preparing quotations and customer service when customers write to us via WhatsApp",
            data: &[
                BASE_DATA_EN[0],
                BASE_DATA_EN[1],
                BASE_DATA_EN[2],
                BASE_DATA_EN[3],
                "details of the request shared in the chat (e.g. name, address, reference to an appointment or order)",
            ],
            legitimate_interest: Some(
                "answering general enquiries with no connection to a contract through the channel the person enquiring has chosen",
            ),
            retention: "6 months after the matter is closed",
        },
    },
    Template {
        kind: ScenarioKind::ServiceNotifications,
        title: "Terminerinnerungen sowie Bestell- und Lieferstatus",
        purpose: "Erinnerung an vereinbarte Termine und Information über den Stand von Bestellungen, Aufträgen und Lieferungen",
        initiated_by: Initiator::Company,
        data: &[
            BASE_DATA[0],
            "Name",
            "Termin-, Bestell- oder Auftragsdaten",
            BASE_DATA[3],
        ],
        legal_basis: LegalBasis::Consent,
        legitimate_interest: None,
        retention: "bis zum Abschluss des Termins oder Auftrags, danach 6 Monate",
        note: "",
        consent: ConsentWording {
            code: "SERVICE",
            sentence: "mir über WhatsApp Erinnerungen an vereinbarte Termine und Nachrichten zum Stand meiner Bestellungen, Aufträge und Lieferungen sendet",
            sentence_for_purpose: "mir über WhatsApp Nachrichten zu folgendem Zweck sendet",
            advertising: false,
            special_categories: false,
            notice: None,
        },
        en: English {
            title: "Appointment reminders and order and delivery status",
            purpose: "Reminding of agreed appointments and informing about the status of orders, jobs and deliveries",
            data: &[
                BASE_DATA_EN[0],
                "name",
                "appointment, order or job details",
                BASE_DATA_EN[3],
            ],
            legitimate_interest: None,
            retention: "until the appointment or job is completed, then 6 months",
        },
    },
    Template {
        kind: ScenarioKind::Marketing,
        title: "Angebote und Aktionen",
        purpose: "Versand von Angeboten, Neuigkeiten und Aktionen per WhatsApp",
        initiated_by: Initiator::Company,
        data: &[
            BASE_DATA[0],
            "Name",
            "Einwilligungsnachweis (Zeitpunkt, Textversion, Quelle)",
            BASE_DATA[3],
        ],
        legal_basis: LegalBasis::Consent,
        legitimate_interest: None,
        retention: "bis zum Widerruf; danach nur Sperrlisteneintrag und Einwilligungsnachweis",
        note: "",
        consent: ConsentWording {
            code: "WERBUNG",
            sentence: "mir über WhatsApp Werbung – Angebote, Neuigkeiten und Aktionen – sendet",
            sentence_for_purpose: "mir über WhatsApp Werbung zu folgendem Zweck sendet",
            advertising: true,
            special_categories: false,
            notice: None,
        },
        en: English {
            title: "Offers and promotions",
            purpose: "Sending offers, news and promotions via WhatsApp",
            data: &[
                BASE_DATA_EN[0],
                "name",
                "proof of consent (time, text version, source)",
                BASE_DATA_EN[3],
            ],
            legitimate_interest: None,
            retention: "until consent is withdrawn; after that only the suppression list entry and the proof of consent",
        },
    },
    Template {
        kind: ScenarioKind::MediaExchange,
        title: "Austausch von Fotos und Dokumenten",
        purpose: "Empfang und Versand von Fotos, Sprachnachrichten und Dokumenten zur Bearbeitung eines Anliegens (z. B. Schadensfotos, Angebote, Lieferscheine)",
        initiated_by: Initiator::Both,
        data: &[
            BASE_DATA[0],
            "Fotos, Sprachnachrichten und Dokumente, gegebenenfalls mit Abbildungen oder Angaben Dritter",
            "Metadaten der Dateien (z. B. Aufnahmezeitpunkt)",
        ],
        legal_basis: LegalBasis::Contract,
        legitimate_interest: None,
        retention: "Übernahme benötigter Dateien in die {akte}, danach Löschung im Chat spätestens 6 Monate nach Abschluss",
        note: "Fotos können Dritte, Wohnräume oder Kennzeichen zeigen. Wir bitten darum, nur das Nötige zu senden, und übernehmen benötigte Dateien in unsere Auftragsunterlagen.",
        consent: ConsentWording {
            code: "MEDIEN",
            sentence: "die Fotos, Sprachnachrichten und Dokumente, die ich über WhatsApp sende, zur Bearbeitung meines Anliegens verarbeitet und mir Dokumente über WhatsApp sendet",
            sentence_for_purpose: "Fotos, Sprachnachrichten und Dokumente aus dem WhatsApp-Chat zu folgendem Zweck verarbeitet",
            advertising: false,
            special_categories: false,
            notice: Some(
                "Fotos können andere Personen, Wohnräume oder Kennzeichen zeigen. Bitte senden Sie nur, was für Ihr Anliegen nötig ist.",
            ),
        },
        en: English {
            title: "Exchange of photos and documents",
            purpose: "Receiving and sending photos, voice messages and documents to deal with a request (e.g. photos of damage, quotations, delivery notes)",
            data: &[
                BASE_DATA_EN[0],
                "photos, voice messages and documents, possibly showing or containing details of third parties",
                "file metadata (e.g. time of capture)",
            ],
            legitimate_interest: None,
            retention: "files needed are transferred to the {file}, then deleted from the chat no later than 6 months after completion",
        },
    },
    Template {
        kind: ScenarioKind::SpecialCategoryData,
        title: "Gesundheitsdaten und andere besondere Kategorien",
        purpose: "Austausch von Angaben, die besonderen Kategorien personenbezogener Daten angehören, soweit dies für die Leistung erforderlich ist",
        initiated_by: Initiator::Both,
        data: &[
            BASE_DATA[0],
            "besondere Kategorien personenbezogener Daten nach Art. 9 Abs. 1 DSGVO",
            BASE_DATA[2],
        ],
        legal_basis: LegalBasis::ExplicitConsent,
        legitimate_interest: None,
        retention: "Übernahme in die {akte} und anschließende Löschung im Chat",
        note: "Solche Daten werden nur nach ausdrücklicher Einwilligung, die die Datenkategorien nennt, über WhatsApp ausgetauscht. Ein sicherer alternativer Kanal wird immer angeboten.",
        consent: ConsentWording {
            code: "SENSIBEL",
            sentence: "{categories}, die ich über WhatsApp mitteile oder die mir im Rahmen der Leistung über WhatsApp übermittelt werden, verarbeitet, soweit dies für die Leistung erforderlich ist",
            sentence_for_purpose: "{categories} im WhatsApp-Chat zu folgendem Zweck verarbeitet",
            advertising: false,
            special_categories: true,
            notice: None,
        },
        en: English {
            title: "Health data and other special categories",
            purpose: "Exchanging information that belongs to special categories of personal data, where this is necessary for the service",
            data: &[
                BASE_DATA_EN[0],
                "special categories of personal data under Art. 9(1) GDPR",
                BASE_DATA_EN[2],
            ],
            legitimate_interest: None,
            retention: "transfer to the {file}, then deletion from the chat",
        },
    },
    Template {
        kind: ScenarioKind::Recruiting,
        title: "Bewerbungen und Recruiting",
        purpose: "Kommunikation mit Bewerberinnen und Bewerbern im Bewerbungsverfahren",
        initiated_by: Initiator::Both,
        data: &[
            BASE_DATA[0],
            BASE_DATA[1],
            "Bewerbungsunterlagen und Angaben zur Qualifikation",
            "Terminabsprachen",
        ],
        legal_basis: LegalBasis::Contract,
        legitimate_interest: None,
        retention: "6 Monate nach Abschluss des Bewerbungsverfahrens",
        note: "Die Verarbeitung dient der Anbahnung eines Beschäftigungsverhältnisses (Art. 6 Abs. 1 lit. b DSGVO; § 26 BDSG wird nach dem Urteil des EuGH C-34/21 nicht als alleinige Grundlage herangezogen). Bewerbungsunterlagen werden in das Bewerbermanagement übernommen.",
        consent: ConsentWording {
            code: "BEWERBUNG",
            sentence: "mein Bewerbungsverfahren über WhatsApp mit mir abstimmt und die Angaben verarbeitet, die ich dafür im Chat mitteile",
            sentence_for_purpose: "meine Angaben aus dem WhatsApp-Chat zu folgendem Zweck verarbeitet",
            advertising: false,
            special_categories: false,
            notice: None,
        },
        en: English {
            title: "Applications and recruiting",
            purpose: "Communicating with applicants during the application process",
            data: &[
                BASE_DATA_EN[0],
                BASE_DATA_EN[1],
                "application documents and details of qualifications",
                "arrangement of appointments",
            ],
            legitimate_interest: None,
            retention: "6 months after the end of the application process",
        },
    },
    Template {
        kind: ScenarioKind::Groups,
        title: "Gruppen, Communities und Kanäle",
        purpose: "Information mehrerer Personen gleichzeitig über Gruppen, Communities oder Kanäle",
        initiated_by: Initiator::Company,
        data: &[
            BASE_DATA[0],
            BASE_DATA[1],
            BASE_DATA[2],
            "Mitgliedschaft in der Gruppe",
        ],
        legal_basis: LegalBasis::Consent,
        legitimate_interest: None,
        retention: "bis zum Austritt oder zur Auflösung der Gruppe",
        note: "In Gruppen sehen alle Mitglieder die Telefonnummern der anderen. Kundengruppen werden deshalb nur mit Einwilligung aller Mitglieder eingerichtet; für Informationen an viele Empfänger sind Broadcast-Listen oder Kanäle vorzuziehen.",
        consent: ConsentWording {
            code: "GRUPPE",
            sentence: "mich in eine WhatsApp-Gruppe aufnimmt",
            sentence_for_purpose: "mich zu folgendem Zweck in eine WhatsApp-Gruppe aufnimmt",
            advertising: false,
            special_categories: false,
            notice: Some(
                "In einer Gruppe sehen alle Mitglieder Ihre Telefonnummer, Ihren Profilnamen und Ihre Beiträge. Sie können die Gruppe jederzeit verlassen.",
            ),
        },
        en: English {
            title: "Groups, communities and channels",
            purpose: "Informing several people at once through groups, communities or channels",
            data: &[
                BASE_DATA_EN[0],
                BASE_DATA_EN[1],
                BASE_DATA_EN[2],
                "membership of the group",
            ],
            legitimate_interest: None,
            retention: "until the member leaves or the group is dissolved",
        },
    },
    Template {
        kind: ScenarioKind::AutoReplies,
        title: "Begrüßungs- und Abwesenheitsnachrichten",
        purpose: "Automatische Begrüßung mit Kurzinformation zum Datenschutz und Hinweis auf Erreichbarkeit, ausgelöst durch eine eingehende Nachricht",
        initiated_by: Initiator::Customer,
        data: &[BASE_DATA[0], BASE_DATA[3]],
        legal_basis: LegalBasis::LegitimateInterest,
        legitimate_interest: Some(
            "Information über Erreichbarkeit und Erfüllung der Informationspflichten zum Zeitpunkt der Erhebung",
        ),
        retention: "Teil des jeweiligen Chats; keine gesonderte Speicherung",
        note: "",
        consent: ConsentWording {
            code: "AUTOMATIK",
            sentence: "mir über WhatsApp automatische Begrüßungs- und Abwesenheitsnachrichten sendet",
            sentence_for_purpose: "mir über WhatsApp automatische Nachrichten zu folgendem Zweck sendet",
            advertising: false,
            special_categories: false,
            notice: None,
        },
        en: English {
            title: "Greeting and away messages",
            purpose: "Automatic greeting with brief data protection information and a note on when we can be reached, triggered by an incoming message",
            data: &[BASE_DATA_EN[0], BASE_DATA_EN[3]],
            legitimate_interest: Some(
                "informing about when we can be reached and providing the information required at the time the data are collected",
            ),
            retention: "part of the chat concerned; not stored separately",
        },
    },
    Template {
        kind: ScenarioKind::AiChatbot,
        title: "KI-Chatbot und automatisierte Antworten",
        purpose: "Automatisierte Beantwortung häufiger Anfragen mit Übergabe an einen Menschen",
        initiated_by: Initiator::Customer,
        data: &[
            BASE_DATA[0],
            BASE_DATA[2],
            "vom Chatbot erzeugte Antworten und Gesprächsverlauf",
        ],
        legal_basis: LegalBasis::LegitimateInterest,
        legitimate_interest: Some(
            "schnelle Beantwortung häufiger Anfragen auch außerhalb der Geschäftszeiten",
        ),
        retention: "wie der jeweilige Chat; keine Nutzung zum Training von KI-Modellen ohne gesonderte Einwilligung",
        note: "Wer mit dem Chatbot schreibt, wird zu Beginn darauf hingewiesen, dass die Antworten automatisiert erzeugt werden (Art. 50 Abs. 1 KI-Verordnung), und kann jederzeit einen Menschen verlangen. Für den Einsatz künstlicher Intelligenz im Kundenkontakt ist nach der Muss-Liste der Datenschutzkonferenz eine Datenschutz-Folgenabschätzung durchzuführen.",
        consent: ConsentWording {
            code: "KI",
            sentence: "meine Nachrichten über WhatsApp zunächst von einem KI-gestützten Chatbot beantworten lässt",
            sentence_for_purpose: "meine Nachrichten aus dem WhatsApp-Chat zu folgendem Zweck von einem KI-gestützten Chatbot verarbeiten lässt",
            advertising: false,
            special_categories: false,
            notice: Some(
                "Die Antworten des Chatbots werden automatisch erzeugt. Sie können jederzeit verlangen, dass ein Mensch übernimmt.",
            ),
        },
        en: English {
            title: "AI chatbot and automated replies",
            purpose: "Answering frequent enquiries automatically, with handover to a human",
            data: &[
                BASE_DATA_EN[0],
                BASE_DATA_EN[2],
                "replies generated by the chatbot and the conversation history",
            ],
            legitimate_interest: Some(
                "answering frequent enquiries quickly, including outside business hours",
            ),
            retention: "as the chat concerned; no use for training AI models without separate consent",
        },
    },
    Template {
        kind: ScenarioKind::CoexistenceImport,
        title: "Übernahme des Chatverlaufs bei Koexistenz",
        purpose: "Weiterführung bestehender Kundenkommunikation nach Anbindung der Business-App-Nummer an die Cloud API",
        initiated_by: Initiator::Company,
        data: &[
            "Chatverläufe der letzten bis zu sechs Monate",
            "Kontakte der Business-App",
            BASE_DATA[3],
        ],
        legal_basis: LegalBasis::LegitimateInterest,
        legitimate_interest: Some(
            "Fortführung laufender Kundenanliegen ohne Medienbruch beim Wechsel auf die Cloud API",
        ),
        retention: "wie die ursprünglichen Chats",
        note: "Bei der Koexistenz-Einrichtung kann der Chatverlauf der letzten sechs Monate und die Kontaktliste mit der Cloud API und dem Dienstleister geteilt werden. Betroffene werden darüber nach Art. 14 DSGVO informiert.",
        consent: ConsentWording {
            code: "IMPORT",
            sentence: "den bisherigen Verlauf unserer WhatsApp-Chats in sein Team-Postfach übernimmt",
            sentence_for_purpose: "den bisherigen Verlauf unserer WhatsApp-Chats zu folgendem Zweck übernimmt",
            advertising: false,
            special_categories: false,
            notice: None,
        },
        en: English {
            title: "Transfer of the chat history under coexistence",
            purpose: "Continuing existing customer communication after the Business app number has been connected to the Cloud API",
            data: &[
                "chat histories of up to the last six months",
                "contacts of the Business app",
                BASE_DATA_EN[3],
            ],
            legitimate_interest: Some(
                "continuing ongoing customer matters without a change of channel when switching to the Cloud API",
            ),
            retention: "as the original chats",
        },
    },
];

/// The consent wording for `kind` (the generic one for `custom`).
pub fn consent_wording(kind: ScenarioKind) -> &'static ConsentWording {
    template(kind).map_or(&CUSTOM_CONSENT, |t| &t.consent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_wording_is_complete_and_unambiguous() {
        let mut codes: Vec<&str> = CATALOGUE.iter().map(|t| t.consent.code).collect();
        codes.push(CUSTOM_CONSENT.code);
        let mut unique = codes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len(), "codes must be unique");
        for t in &CATALOGUE {
            let c = &t.consent;
            assert!(
                c.code.chars().all(|ch| ch.is_ascii_uppercase()),
                "{}",
                c.code
            );
            for sentence in [c.sentence, c.sentence_for_purpose] {
                assert!(!sentence.ends_with('.'), "{sentence}");
                assert_eq!(
                    sentence.contains("{categories}"),
                    c.special_categories,
                    "{sentence}"
                );
            }
            // Advertising needs consent whatever the GDPR basis, so its default must be
            // consent too; only marketing is advertising.
            assert_eq!(c.advertising, t.kind == ScenarioKind::Marketing);
        }
        assert_eq!(consent_wording(ScenarioKind::Custom).code, "EIGEN");
        assert_eq!(consent_wording(ScenarioKind::Marketing).code, "WERBUNG");
    }
}
