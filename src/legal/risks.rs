//! The risk catalogue for WhatsApp use (modelled on DSK Kurzpapier Nr. 18): each risk seen
//! from the data subject's side, when it applies, and the measures that address it.

use crate::profile::model::*;
use crate::profile::validate::Profile;

/// One risk of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Risk {
    /// Stable identifier `R1`…`R19`.
    pub id: &'static str,
    /// Short title.
    pub title: &'static str,
    /// Event and damage from the data subject's perspective.
    pub description: &'static str,
    /// Measures that address it.
    pub measures: &'static str,
    /// Whether it applies to a profile.
    pub applies: fn(&Profile) -> bool,
}

fn always(_: &Profile) -> bool {
    true
}

fn app(p: &Profile) -> bool {
    p.uses_app()
}

/// The catalogue in order.
pub const CATALOGUE: [Risk; 19] = [
    Risk {
        id: "R1",
        title: "Übermittlung des Adressbuchs",
        description: "Die App übermittelt Telefonnummern aus dem Adressbuch des Geräts an WhatsApp – auch von Personen, die nicht eingewilligt haben oder WhatsApp gar nicht nutzen. Diese Personen verlieren die Kontrolle über ihre Nummer und erfahren davon nichts.",
        measures: "Kontaktzugriff verweigern oder auf ein getrenntes geschäftliches Adressbuch beschränken (Arbeitsprofil, eingeschränkter Kontaktzugriff unter iOS, WhatsApp-Kontakte); nur Kontakte mit Rechtsgrundlage speichern; Wechsel zur Cloud API beseitigt die Übermittlung.",
        applies: app,
    },
    Risk {
        id: "R2",
        title: "Metadatenverarbeitung durch WhatsApp/Meta",
        description: "WhatsApp verarbeitet als eigener Verantwortlicher, wer wann wie oft mit dem Unternehmen kommuniziert, sowie Geräte- und Verbindungsdaten. Betroffene haben darauf keinen Einfluss; eine Verknüpfung innerhalb des Meta-Konzerns ist nicht auszuschließen.",
        measures: "Transparente Information, keine Nutzung für Werbeprofile, alternativer Kontaktweg; das Risiko kann vom Unternehmen nicht beseitigt werden.",
        applies: always,
    },
    Risk {
        id: "R3",
        title: "Übermittlung in die USA und Zugriff von Behörden",
        description: "Daten werden an Unternehmen des Meta-Konzerns in den USA übermittelt. Behörden der USA können unter bestimmten Voraussetzungen darauf zugreifen; fällt der Angemessenheitsbeschluss weg, entfällt die Grundlage der Übermittlung.",
        measures: "Prüfung der Zertifizierung nach dem Data Privacy Framework, hilfsweise Standardvertragsklauseln; Local Storage in Deutschland oder No Storage bei der Cloud API; Dienstleister mit Hosting in der EU; keine besonderen Kategorien über WhatsApp.",
        applies: always,
    },
    Risk {
        id: "R4",
        title: "Verlust oder Diebstahl eines Geräts, unbefugter Zugriff",
        description: "Auf einem verlorenen, gestohlenen oder unbeaufsichtigten Gerät sind Chats, Medien und Kontakte für Unbefugte lesbar.",
        measures: "Gerätemanagement mit Fernlöschung, Geräteverschlüsselung und Sperrcode, App-Sperre, Verifizierung in zwei Schritten, kein automatischer Medien-Download, Prüfung verknüpfter Geräte.",
        applies: always,
    },
    Risk {
        id: "R5",
        title: "Chat-Sicherungen in Google Drive oder iCloud",
        description: "Unverschlüsselte Sicherungen liegen beim Cloud-Anbieter außerhalb der Ende-zu-Ende-Verschlüsselung; Dritte können darauf zugreifen, es entsteht eine weitere Übermittlung in die USA.",
        measures: "Chat-Sicherung abschalten oder Ende-zu-Ende-verschlüsselte Sicherung nutzen; WhatsApp per MDM aus der Gerätesicherung ausnehmen; Archivierung im Archivsystem statt Cloud-Sicherung.",
        applies: app,
    },
    Risk {
        id: "R6",
        title: "Vermischung von privater und geschäftlicher Nutzung",
        description: "Kundendaten landen auf privaten Geräten und in privaten Konten, verbleiben nach dem Ausscheiden bei ehemaligen Beschäftigten oder werden mit privaten Kontakten vermischt.",
        measures: "Dienstliches Gerät oder Arbeitsprofil, eigene geschäftliche Nummer, Nutzungsrichtlinie, geregeltes Ausscheiden (Nummernübertragung, Löschung).",
        applies: app,
    },
    Risk {
        id: "R7",
        title: "Besondere Kategorien und Berufsgeheimnisse",
        description: "Gesundheitsdaten, Diagnosen oder andere sensible Angaben werden – oft unaufgefordert – über WhatsApp gesendet; ihre Offenlegung kann zu Diskriminierung oder erheblichen Nachteilen führen.",
        measures: "Hinweis, keine sensiblen Daten zu senden, und sicherer alternativer Kanal; Übernahme in die Akte und Löschung im Chat; ausdrückliche Einwilligung, wo der Austausch Teil der Leistung ist.",
        applies: |p| {
            !p.raw.special_categories.categories.is_empty()
                || p.raw.company.professional_secrecy
                || matches!(p.raw.company.sector, Sector::Health | Sector::Legal)
        },
    },
    Risk {
        id: "R8",
        title: "Minderjährige",
        description: "Kinder und Jugendliche können die Tragweite ihrer Einwilligung schlechter einschätzen; unter 16 Jahren ist ihre Einwilligung ohne Zustimmung der Eltern unwirksam.",
        measures: "Altersabfrage, Zustimmung der Eltern, keine Werbung an Minderjährige.",
        applies: |p| p.raw.data_subjects.minors != Minors::None,
    },
    Risk {
        id: "R9",
        title: "Offenlegung von Nummern in Gruppen und Fehlversand",
        description: "In Gruppen sehen alle Mitglieder die Telefonnummern der anderen; Nachrichten an falsche Empfänger offenbaren Kundenbeziehungen oder Inhalte.",
        measures: "Keine Kundengruppen, Broadcast-Listen oder Vorlagen statt Gruppen, Vier-Augen-Prinzip bei Massenversand.",
        applies: |p| {
            p.has_feature(Feature::CustomerGroups)
                || p.has_feature(Feature::BroadcastLists)
                || p.has_scenario(ScenarioKind::Groups)
        },
    },
    Risk {
        id: "R10",
        title: "Unerwünschte Werbung",
        description: "Werbenachrichten ohne wirksame Einwilligung belästigen die Empfänger und lassen sich schwer abbestellen.",
        measures: "Getrennte Einwilligung, Double-Opt-in, Protokollierung, Sperrliste, Abmeldung per Stichwort.",
        applies: |p| p.has_scenario(ScenarioKind::Marketing),
    },
    Risk {
        id: "R11",
        title: "Fehler bei Speicherung und Löschung",
        description: "Chats bleiben unbegrenzt auf Geräten und in Postfächern gespeichert – oder aufbewahrungspflichtige Geschäftsbriefe gehen verloren.",
        measures: "Löschkonzept mit Fristen je Szenario, Export geschäftsrelevanter Chats ins Archiv, regelmäßige Löschung.",
        applies: always,
    },
    Risk {
        id: "R12",
        title: "Übernahme des WhatsApp-Kontos",
        description: "Über SIM-Tausch oder einen abgefangenen Registrierungscode übernehmen Dritte das Konto, lesen Nachrichten mit und geben sich gegenüber Kundinnen und Kunden als das Unternehmen aus.",
        measures: "Verifizierung in zwei Schritten, Schulung gegen Code-Phishing, verifiziertes Unternehmensprofil.",
        applies: always,
    },
    Risk {
        id: "R13",
        title: "Verknüpfte Geräte (WhatsApp Web/Desktop)",
        description: "Offene Sitzungen auf gemeinsam genutzten oder privaten Rechnern machen Chats für Unbefugte zugänglich.",
        measures: "Nur verwaltete Firmenrechner, regelmäßige Prüfung der Sitzungen, Abmelden nach Gebrauch.",
        applies: |p| {
            p.raw
                .whatsapp
                .devices
                .as_ref()
                .is_some_and(|d| d.linked_devices != LinkedDevices::None)
        },
    },
    Risk {
        id: "R14",
        title: "Sicherheitsvorfälle bei Dienstleister und Integrationen",
        description: "Abgeflossene Zugangsschlüssel, ungeschützte Schnittstellen oder zu weit gefasste Zugriffsrechte im Postfach, CRM oder Helpdesk legen Chats offen.",
        measures: "Auftragsverarbeitungsvertrag, Hosting in der EU, Rollenkonzept, Schutz und Erneuerung der Zugangsschlüssel, Protokollierung, Verschlüsselung gespeicherter Daten.",
        applies: |p| {
            p.uses_cloud_api()
                || p.raw
                    .processors
                    .iter()
                    .any(|pr| matches!(pr.role, ProcessorRole::Crm | ProcessorRole::Helpdesk))
        },
    },
    Risk {
        id: "R15",
        title: "Übertragung bei der Koexistenz-Einrichtung",
        description: "Beim Anbinden der App-Nummer an die Cloud API können Chatverläufe der letzten sechs Monate und Kontakte an den Dienstleister übertragen werden – Daten, die Betroffene nur über die App geteilt haben.",
        measures: "Verlaufs- und Kontaktübertragung ablehnen oder dokumentieren, Betroffene nach Art. 14 DSGVO informieren.",
        applies: |p| p.variant() == Variant::BusinessAppCoexistence,
    },
    Risk {
        id: "R16",
        title: "KI-Chatbot",
        description: "Ein Chatbot verarbeitet Nachrichteninhalte, kann falsche Auskünfte geben und Inhalte an den KI-Anbieter weitergeben; ohne Kennzeichnung wissen Betroffene nicht, dass sie mit einer Maschine schreiben.",
        measures: "Hinweis auf KI (Art. 50 KI-Verordnung), Übergabe an einen Menschen, kein Training auf Kundendaten, Vertrag mit dem Anbieter, Datenschutz-Folgenabschätzung.",
        applies: |p| p.has_feature(Feature::AiBot) || p.has_scenario(ScenarioKind::AiChatbot),
    },
    Risk {
        id: "R17",
        title: "Labels und Profilbildung",
        description: "Labels wie „säumig“ oder gesundheitsbezogene Markierungen kategorisieren Personen und können zu nachteiliger Behandlung führen.",
        measures: "Nur neutrale Bearbeitungslabels, regelmäßige Prüfung und Löschung.",
        applies: |p| p.has_feature(Feature::Labels),
    },
    Risk {
        id: "R18",
        title: "Leistungs- und Verhaltenskontrolle der Beschäftigten",
        description: "Lesebestätigungen, Antwortzeiten und Auswertungen im Postfach ermöglichen es, Beschäftigte zu überwachen.",
        measures: "Betriebsvereinbarung (§ 87 Abs. 1 Nr. 6 BetrVG), nur zusammengefasste Kennzahlen.",
        applies: |p| {
            p.raw.data_subjects.employees
                && (p.uses_cloud_api()
                    || p.raw.whatsapp.devices.as_ref().is_some_and(|d| d.count > 1))
        },
    },
    Risk {
        id: "R19",
        title: "Betroffenenrechte werden nicht erfüllt",
        description: "Chats sind über mehrere Geräte, Postfächer und Sicherungen verteilt; Auskunft, Löschung oder Widerspruch werden nicht vollständig oder nicht fristgerecht umgesetzt.",
        measures: "Festgelegtes Verfahren für Betroffenenrechte, zentrales Postfach, Exportfunktion, Fristenkontrolle.",
        applies: always,
    },
];

/// The risks that apply to a profile, in catalogue order.
pub fn applicable(p: &Profile) -> Vec<&'static Risk> {
    CATALOGUE.iter().filter(|r| (r.applies)(p)).collect()
}
