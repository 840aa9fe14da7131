//! The catalogue of technical and organisational measures a profile can declare, with the
//! protection goal of the Standard-Datenschutzmodell (SDM) each one serves.

use crate::profile::model::Measure;

/// A measure's description.
#[derive(Debug, Clone, Copy)]
pub struct Info {
    /// Short German label.
    pub label: &'static str,
    /// What it means in practice.
    pub description: &'static str,
    /// SDM protection goal.
    pub goal: &'static str,
}

/// The description of a measure.
pub fn info(measure: Measure) -> Info {
    use Measure::*;
    let (label, description, goal) = match measure {
        TwoStepVerification => (
            "Verifizierung in zwei Schritten",
            "Jedes WhatsApp-Konto ist mit einer sechsstelligen PIN gegen Übernahme durch SIM-Tausch oder abgefangene Registrierungscodes geschützt.",
            "Vertraulichkeit",
        ),
        AppLock => (
            "Geräte- und App-Sperre",
            "Geräteverschlüsselung, Bildschirmsperre und App-Sperre mit PIN oder Biometrie.",
            "Vertraulichkeit",
        ),
        StaffTraining => (
            "Schulung der Beschäftigten",
            "Alle Beschäftigten, die WhatsApp nutzen, sind zur Nutzungsrichtlinie und zum Umgang mit Kundendaten geschult.",
            "Vertraulichkeit",
        ),
        UsagePolicy => (
            "Nutzungsrichtlinie",
            "Eine schriftliche Richtlinie regelt, wer WhatsApp wofür nutzen darf, was nicht über WhatsApp läuft und wie Chats gelöscht werden.",
            "Transparenz",
        ),
        DeletionConcept => (
            "Löschkonzept",
            "Chats werden nach den festgelegten Fristen regelmäßig gelöscht; die Löschung wird dokumentiert.",
            "Datenminimierung",
        ),
        SensitiveDataNotice => (
            "Hinweis auf sensible Daten",
            "Kundinnen und Kunden werden gebeten, keine sensiblen Daten zu senden; ein sicherer alternativer Kanal steht bereit.",
            "Datenminimierung",
        ),
        NoCustomerGroups => (
            "Keine Kundengruppen",
            "Mit Kundinnen und Kunden werden keine Gruppen gebildet; Informationen an viele Empfänger laufen über Broadcast-Listen oder Vorlagen.",
            "Vertraulichkeit",
        ),
        MediaAutoDownloadOff => (
            "Kein automatischer Medien-Download",
            "Medien werden nicht automatisch heruntergeladen und nicht in der Galerie des Geräts gespeichert.",
            "Nichtverkettung",
        ),
        ArchiveExport => (
            "Archivierung geschäftsrelevanter Chats",
            "Chats, die Geschäftsbriefe enthalten, werden in ein Archivsystem exportiert; auf dem Gerät werden sie danach gelöscht.",
            "Verfügbarkeit",
        ),
        RoleConcept => (
            "Rollen- und Berechtigungskonzept",
            "Im Postfach sehen Beschäftigte nur die Chats ihres Aufgabenbereichs.",
            "Vertraulichkeit",
        ),
        TokenRotation => (
            "Schutz der API-Zugangsdaten",
            "Zugangsschlüssel der Schnittstelle werden sicher verwahrt und regelmäßig erneuert.",
            "Integrität",
        ),
        AccessLogging => (
            "Protokollierung",
            "Zugriffe und Aktivitäten im Postfach werden protokolliert und stichprobenartig ausgewertet.",
            "Integrität",
        ),
        WorksCouncilAgreement => (
            "Betriebsvereinbarung",
            "Die Nutzung von WhatsApp ist mit dem Betriebsrat vereinbart (§ 87 Abs. 1 Nr. 6 BetrVG).",
            "Intervenierbarkeit",
        ),
        AggregateKpisOnly => (
            "Nur zusammengefasste Kennzahlen",
            "Antwortzeiten und ähnliche Kennzahlen werden nur zusammengefasst, nie je Beschäftigtem ausgewertet.",
            "Nichtverkettung",
        ),
        LabelPolicy => (
            "Richtlinie für Labels",
            "Labels dienen nur der Bearbeitung (z. B. „offen“, „erledigt“) und bewerten keine Personen.",
            "Nichtverkettung",
        ),
        DsrProcess => (
            "Verfahren für Betroffenenrechte",
            "Auskunft, Berichtigung, Löschung und Export von Chats folgen einem festgelegten Ablauf mit Fristenkontrolle.",
            "Intervenierbarkeit",
        ),
        SuppressionList => (
            "Sperrliste",
            "Wer widerrufen oder widersprochen hat, wird in einer Sperrliste geführt und erhält keine weiteren Nachrichten des betreffenden Zwecks.",
            "Intervenierbarkeit",
        ),
        FourEyesBulkMessages => (
            "Vier-Augen-Prinzip bei Massenversand",
            "Nachrichten an viele Empfänger werden vor dem Versand von einer zweiten Person geprüft.",
            "Integrität",
        ),
        Offboarding => (
            "Geregeltes Ausscheiden",
            "Beim Ausscheiden von Beschäftigten werden Zugänge entzogen, Geräte zurückgesetzt und die Nummer übertragen.",
            "Vertraulichkeit",
        ),
        DedicatedBusinessNumber => (
            "Eigene geschäftliche Nummer",
            "WhatsApp läuft unter einer eigenen geschäftlichen Nummer auf einem dienstlichen Gerät oder in einem Arbeitsprofil, getrennt von privater Nutzung.",
            "Nichtverkettung",
        ),
        BusinessProfileComplete => (
            "Vollständiges Unternehmensprofil",
            "Das WhatsApp-Unternehmensprofil nennt Firma, Anschrift und den Link auf die Datenschutzhinweise.",
            "Transparenz",
        ),
        AgeCheck => (
            "Altersabfrage",
            "Vor einer Einwilligung wird das Alter abgefragt; bei Kindern unter 16 Jahren wird die Zustimmung der Eltern eingeholt (Regel des Hauses nach dem Maßstab von Art. 8 DSGVO).",
            "Intervenierbarkeit",
        ),
    };
    Info {
        label,
        description,
        goal,
    }
}
