//! The scenario catalogue: typical ways a company uses WhatsApp, each with purpose, initiator,
//! data, legal basis and retention. Profiles pick entries by `kind` and may override fields.

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
    /// Short explanation for the scenario description.
    pub note: &'static str,
}

const BASE_DATA: [&str; 4] = [
    "Telefonnummer",
    "Profilname und Profilbild",
    "Nachrichteninhalte",
    "Zeitstempel sowie Zustell- und Lesebestätigungen",
];

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
            "vom Kunden mitgeteilte Angaben zum Anliegen (z. B. Name, Anschrift, Auftragsnummer)",
        ],
        legal_basis: LegalBasis::Contract,
        legitimate_interest: None,
        retention: "6 Monate nach Abschluss des Vorgangs; Chats mit Angeboten, Bestellungen oder Auftragsbestätigungen als Geschäftsbriefe 6 Jahre",
        note: "Die Kundin oder der Kunde nimmt den Kontakt auf. Die Verarbeitung dient der Durchführung vorvertraglicher Maßnahmen oder der Vertragserfüllung; bei allgemeinen Anfragen ohne Vertragsbezug stützen wir uns auf unser berechtigtes Interesse, Anfragen auf dem gewählten Weg zu beantworten. Die Pflichtinformationen werden mit der automatischen Begrüßungsnachricht und dem Link auf die Datenschutzhinweise gegeben.",
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
        retention: "bis zum Abschluss des Termins oder Auftrags, danach 6 Monate; Auftragsbestätigungen als Geschäftsbriefe 6 Jahre",
        note: "Wir schreiben zuerst. Das geschieht nur, wenn die Person vorher eingewilligt hat, Nachrichten dieses Zwecks über WhatsApp zu erhalten; die Einwilligung kann jederzeit widerrufen werden, die Information erfolgt dann auf anderem Weg.",
    },
    Template {
        kind: ScenarioKind::Marketing,
        title: "Werbung und Newsletter",
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
        note: "Werbung per WhatsApp setzt eine vorherige ausdrückliche Einwilligung voraus (Art. 6 Abs. 1 lit. a DSGVO und § 7 Abs. 2 Nr. 2 UWG). Sie wird getrennt von jeder anderen Einwilligung eingeholt, bevorzugt im Double-Opt-in-Verfahren; jede Nachricht nennt den Absender und den Weg zur Abmeldung.",
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
        retention: "Übernahme in die Auftragsakte, danach Löschung im Chat spätestens 6 Monate nach Abschluss; Geschäftsbriefe 6 Jahre",
        note: "Fotos können Dritte, Wohnräume oder Kennzeichen zeigen. Wir bitten darum, nur das Nötige zu senden, und übernehmen benötigte Dateien in unsere Auftragsunterlagen.",
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
        retention: "Übernahme in die Akte und anschließende Löschung im Chat; Aufbewahrung in der Akte nach den berufsrechtlichen Vorgaben",
        note: "Solche Daten werden nur nach ausdrücklicher Einwilligung, die die Datenkategorien nennt, über WhatsApp ausgetauscht. Ein sicherer alternativer Kanal wird immer angeboten.",
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
    },
    Template {
        kind: ScenarioKind::AutoReplies,
        title: "Begrüßungs- und Abwesenheitsnachrichten",
        purpose: "Automatische Begrüßung mit Kurzinformation zum Datenschutz und Hinweis auf Erreichbarkeit",
        initiated_by: Initiator::Company,
        data: &[BASE_DATA[0], BASE_DATA[3]],
        legal_basis: LegalBasis::LegitimateInterest,
        legitimate_interest: Some(
            "Information über Erreichbarkeit und Erfüllung der Informationspflichten zum Zeitpunkt der Erhebung",
        ),
        retention: "Teil des jeweiligen Chats; keine gesonderte Speicherung",
        note: "Die Begrüßungsnachricht enthält die Kurzinformation nach Art. 13 DSGVO und den Link auf die vollständigen Datenschutzhinweise; die Abwesenheitsnachricht nennt zusätzlich einen alternativen Kontaktweg.",
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
    },
];
