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

/// The description of a measure as it holds for a profile. Where sensitive content is what the
/// communication is about, asking people not to send sensitive data would contradict the
/// purpose; the notice then describes the boundary of what is exchanged instead.
pub fn info_for(measure: Measure, p: &crate::profile::validate::Profile) -> Info {
    let info = info(measure);
    if measure == Measure::SensitiveDataNotice && crate::legal::risks::sensitive_by_purpose(p) {
        Info {
            description: "Sensible Angaben werden über WhatsApp nur ausgetauscht, soweit der jeweilige Zweck sie erfordert, und nur auf der dafür angegebenen Rechtsgrundlage. Unterlagen, die darüber hinausgehen (etwa Befunde, Arztbriefe oder Bescheide), senden die Betroffenen auf unsere Bitte nicht über WhatsApp; dafür steht ein sicherer Kanal bereit. Den geplanten Austausch selbst macht dieser Hinweis nicht sicherer (Dokument 2, Risiko R7).",
            ..info
        }
    } else {
        info
    }
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
            "Alle Beschäftigten, die WhatsApp nutzen, sind zur Nutzungsrichtlinie und zum Umgang mit den Daten der Kontakte geschult.",
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
            "Wer uns schreibt, wird gebeten, keine sensiblen Daten zu senden; ein sicherer alternativer Kanal steht bereit.",
            "Datenminimierung",
        ),
        NoCustomerGroups => (
            "Keine Gruppen mit Kontakten",
            "Mit Kontakten werden keine Gruppen gebildet; Informationen an viele Empfänger gehen als Einzelnachrichten hinaus, bei denen niemand die Nummern der anderen sieht.",
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
            "Betriebsvereinbarung (wo ein Betriebsrat besteht)",
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
            "Beim Ausscheiden von Beschäftigten werden Zugänge entzogen, dienstliche Geräte zurückgesetzt, auf privaten Geräten das Arbeitsprofil oder die verwaltete App entfernt und die Nummer übertragen.",
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
            "Zustimmung der Eltern unter 16 Jahren",
            "Die Einwilligungstexte fragen das Alter ab; bei Kindern unter 16 Jahren wird die Zustimmung der Eltern eingeholt und mit dem Nachweis gespeichert. Das ist eine Regel des Unternehmens: Art. 8 DSGVO gilt nur für Dienste der Informationsgesellschaft, die einem Kind direkt angeboten werden; im Übrigen entscheidet die Einsichtsfähigkeit.",
            "Intervenierbarkeit",
        ),
        ProviderSecrecyClause => (
            "Verpflichtung des Dienstleisters auf das Berufsgeheimnis",
            "Der Vertrag mit dem Dienstleister verpflichtet ihn und seine Beschäftigten zur Verschwiegenheit über Berufsgeheimnisse und weist auf die Strafbarkeit nach § 203 Abs. 4 StGB hin.",
            "Vertraulichkeit",
        ),
        MediaViaLinks => (
            "Medien als Link aus eigenem Hosting",
            "Videos, Anleitungen und Dokumente werden nicht als Datei über WhatsApp versandt, sondern als zugangsgeschützter Link auf Servern, die das Unternehmen selbst betreibt oder beauftragt.",
            "Datenminimierung",
        ),
    };
    Info {
        label,
        description,
        goal,
    }
}
