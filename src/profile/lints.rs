//! Compliance lints: findings about how the company uses WhatsApp, each with a stable code,
//! a severity, the reasoning and the legal reference (`dsgvo-gen explain CODE`).

use super::model::*;
use super::node::Node;
use super::validate::Profile;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Severity};

/// A lint's description.
#[derive(Debug, Clone, Copy)]
pub struct Lint {
    /// Stable code.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// One-line finding.
    pub title: &'static str,
    /// The finding in English (interface language).
    pub title_en: &'static str,
    /// Why it matters.
    pub reasoning: &'static str,
    /// Why it matters, in English (interface language).
    pub reasoning_en: &'static str,
    /// What to do.
    pub remedy: &'static str,
    /// What to do, in English (interface language).
    pub remedy_en: &'static str,
    /// Legal reference.
    pub reference: &'static str,
    /// Legal reference, English form (interface language).
    pub reference_en: &'static str,
}

/// Every lint, ordered by code.
pub const LINTS: &[Lint] = &[
    Lint {
        code: crate::diagnostic::PROFILE_CODE,
        severity: Severity::Error,
        title: "Das Profil ist nicht lesbar oder unvollständig",
        title_en: "The profile cannot be read or is incomplete",
        reasoning: "Ohne ein gültiges Profil lassen sich keine Dokumente erzeugen: Die Datei muss gültiges YAML sein, nur bekannte Felder mit zulässigen Werten enthalten und die Pflichtangaben haben. Die Meldung nennt Zeile und Spalte und was dort fehlt oder falsch ist.",
        reasoning_en: "Without a valid profile no documents can be generated: the file must be valid YAML, contain only known fields with allowed values and have the required entries. The message names the line and column and what is missing or wrong there.",
        remedy: "Korrigieren Sie die Stelle, die die Meldung nennt. `dsgvo-gen schema` beschreibt jedes Feld; Editoren mit YAML-Unterstützung prüfen das Profil damit schon beim Schreiben.",
        remedy_en: "Correct the place the message names. `dsgvo-gen schema` describes every field; editors with YAML support use it to check the profile while you write.",
        reference: "keine Rechtsnorm: Aufbau des Unternehmensprofils",
        reference_en: "no legal provision: structure of the company profile",
    },
    Lint {
        code: "DSG001",
        severity: Severity::Error,
        title: "Die private WhatsApp-App ist für die geschäftliche Kommunikation nicht geeignet",
        title_en: "The private WhatsApp app is not suitable for business communication",
        reasoning: "Die Verbraucherversion von WhatsApp ist für die private Nutzung bestimmt. WhatsApp handelt dort ausschließlich als eigener Verantwortlicher; Bedingungen zur Auftragsverarbeitung gibt es nicht und sind nicht erhältlich. Die App lädt die Telefonnummern aller Kontakte des Adressbuchs hoch, auch von Personen, die WhatsApp nicht nutzen und nicht eingewilligt haben. Deutsche Aufsichtsbehörden halten die geschäftliche Nutzung mit Adressbuchabgleich grundsätzlich für unzulässig (u. a. HmbBfDI, Tätigkeitsbericht 2016/2017; BayLDA, Tätigkeitsbericht 2015/2016, Nr. 22.1; BfDI, 27. Tätigkeitsbericht).",
        reasoning_en: "The consumer version of WhatsApp is meant for private use. There WhatsApp acts solely as a controller of its own; terms for processing on behalf do not exist and cannot be obtained. The app uploads the phone numbers of all contacts in the address book, including people who do not use WhatsApp and have not consented. German supervisory authorities consider business use with address book matching inadmissible in principle (among others HmbBfDI, activity report 2016/2017; BayLDA, activity report 2015/2016, no. 22.1; BfDI, 27th activity report).",
        remedy: "Wechseln Sie zur WhatsApp Business-App mit getrenntem Adressbuch und Gerätemanagement (`whatsapp.variant: business_app`) oder – bevorzugt – zur Cloud API über einen Dienstleister mit Hosting in der EU (`cloud_api_bsp`). Mit `dsgvo-gen build --force` entsteht eine Bestandsaufnahme, die den Wechsel dokumentiert.",
        remedy_en: "Switch to the WhatsApp Business app with a separate address book and device management (`whatsapp.variant: business_app`) or – preferably – to the Cloud API through a provider hosting in the EU (`cloud_api_bsp`). `dsgvo-gen build --force` produces an inventory that documents the switch.",
        reference: "Art. 5 Abs. 1 lit. a, Art. 6 Abs. 1, Art. 14, Art. 28 DSGVO",
        reference_en: "Art. 5(1)(a), Art. 6(1), Art. 14, Art. 28 GDPR",
    },
    Lint {
        code: "DSG002",
        severity: Severity::Error,
        title: "Besondere Kategorien personenbezogener Daten ohne Szenario mit ausdrücklicher Einwilligung",
        title_en: "Special categories of personal data without a scenario with explicit consent",
        reasoning: "Das Profil gibt an, dass besondere Kategorien personenbezogener Daten (etwa Gesundheitsdaten) regelmäßig über WhatsApp verarbeitet werden. Das ist nur mit einer Ausnahme nach Art. 9 Abs. 2 DSGVO zulässig – praktisch mit einer ausdrücklichen Einwilligung, die die Datenkategorien nennt, oder bei Gesundheitsberufen nach Art. 9 Abs. 2 lit. h DSGVO i. V. m. § 22 BDSG.",
        reasoning_en: "The profile states that special categories of personal data (such as health data) are regularly processed via WhatsApp. That is only lawful under an exception of Art. 9(2) GDPR – in practice with explicit consent naming the data categories, or for health professions under Art. 9(2)(h) GDPR in conjunction with § 22 BDSG.",
        remedy: "Nehmen Sie das Szenario `special_category_data` mit `legal_basis: explicit_consent` (oder `health_care`) auf – oder schließen Sie sensible Daten aus und setzen Sie `special_categories.occurrence: incidental`.",
        remedy_en: "Add the scenario `special_category_data` with `legal_basis: explicit_consent` (or `health_care`) – or exclude sensitive data and set `special_categories.occurrence: incidental`.",
        reference: "Art. 9 Abs. 1, Abs. 2 lit. a und h DSGVO; § 22 BDSG",
        reference_en: "Art. 9(1), (2)(a) and (h) GDPR; § 22 BDSG",
    },
    Lint {
        code: "DSG003",
        severity: Severity::Error,
        title: "Werbung per WhatsApp ohne Einwilligung",
        title_en: "Advertising via WhatsApp without consent",
        reasoning: "Werbung über WhatsApp ist Werbung mit elektronischer Post. Sie ist ohne vorherige ausdrückliche Einwilligung eine unzumutbare Belästigung; datenschutzrechtlich trägt nur die Einwilligung. Die Ausnahme für Bestandskunden (§ 7 Abs. 3 UWG) ist für Messenger-Nummern umstritten und sollte nicht zugrunde gelegt werden.",
        reasoning_en: "Advertising via WhatsApp is advertising by electronic mail. Without prior express consent it is an unreasonable nuisance; under data protection law only consent carries it. The exception for existing customers (§ 7(3) UWG, German Act against Unfair Competition) is disputed for messenger numbers and should not be relied on.",
        remedy: "Setzen Sie für das Szenario `marketing` `legal_basis: consent` und holen Sie die Einwilligung getrennt ein, bevorzugt im Double-Opt-in.",
        remedy_en: "Set `legal_basis: consent` for the scenario `marketing` and obtain the consent separately, preferably with double opt-in.",
        reference: "Art. 6 Abs. 1 lit. a, Art. 7 DSGVO; § 7 Abs. 2 Nr. 2 UWG",
        reference_en: "Art. 6(1)(a), Art. 7 GDPR; § 7(2) no. 2 UWG",
    },
    Lint {
        code: "DSG004",
        severity: Severity::Warning,
        title: "WhatsApp auf privaten Geräten ohne Arbeitscontainer",
        title_en: "WhatsApp on private devices without a work container",
        reasoning: "Auf privaten Geräten vermischen sich private und geschäftliche Kontakte, Chats und Sicherungen. Ohne Mobile-Device-Management mit getrenntem Arbeitsprofil kann das Unternehmen weder den Adressbuchzugriff begrenzen noch bei Verlust oder Ausscheiden die Kundendaten löschen.",
        reasoning_en: "On private devices, private and business contacts, chats and backups mix. Without mobile device management with a separate work profile the company can neither limit address book access nor delete customer data when a device is lost or an employee leaves.",
        remedy: "Richten Sie ein MDM mit Arbeitsprofil/Container ein (`whatsapp.devices.mdm.work_container: true`) oder stellen Sie dienstliche Geräte bereit.",
        remedy_en: "Set up an MDM with a work profile/container (`whatsapp.devices.mdm.work_container: true`) or provide company devices.",
        reference: "Art. 24, Art. 25, Art. 32 DSGVO",
        reference_en: "Art. 24, Art. 25, Art. 32 GDPR",
    },
    Lint {
        code: "DSG005",
        severity: Severity::Warning,
        title: "Chat-Sicherung in der Cloud ohne Ende-zu-Ende-Verschlüsselung",
        title_en: "Chat backup in the cloud without end-to-end encryption",
        reasoning: "Unverschlüsselte Sicherungen in Google Drive oder iCloud liegen außerhalb der Ende-zu-Ende-Verschlüsselung von WhatsApp beim Cloud-Anbieter; das ist eine zusätzliche Übermittlung, in der Regel in die USA, ohne Vertrag mit dem Anbieter. Eine iCloud-Gerätesicherung kann WhatsApp-Daten auch dann enthalten, wenn die App-Sicherung verschlüsselt ist.",
        reasoning_en: "Unencrypted backups in Google Drive or iCloud lie with the cloud provider outside WhatsApp's end-to-end encryption; that is an additional transfer, usually to the USA, without a contract with the provider. An iCloud device backup can contain WhatsApp data even when the app's backup is encrypted.",
        remedy: "Schalten Sie die Chat-Sicherung ab oder aktivieren Sie die Ende-zu-Ende-verschlüsselte Sicherung (`whatsapp.devices.backup: end_to_end_encrypted`); schließen Sie WhatsApp per MDM aus der Gerätesicherung aus; archivieren Sie geschäftsrelevante Chats im Archivsystem.",
        remedy_en: "Turn the chat backup off or enable the end-to-end encrypted backup (`whatsapp.devices.backup: end_to_end_encrypted`); exclude WhatsApp from the device backup via MDM; archive business-relevant chats in the archive system.",
        reference: "Art. 32, Art. 44 ff. DSGVO",
        reference_en: "Art. 32, Art. 44 et seq. GDPR",
    },
    Lint {
        code: "DSG006",
        severity: Severity::Error,
        title: "Dienstleister (Business Solution Provider) ohne Name, Sitz und Speicherort",
        title_en: "Provider (Business Solution Provider) without name, seat and storage location",
        reasoning: "Bei der Nutzung der Cloud API über einen Dienstleister ist dieser Auftragsverarbeiter. Verzeichnis, Datenschutzhinweise und Auftragsverarbeitungsvertrag müssen ihn mit Sitz und dem Ort der Datenspeicherung nennen.",
        reasoning_en: "When the Cloud API is used through a provider, the provider is a processor. The record of processing, the privacy notice and the data processing agreement must name it with its seat and the place where data is stored.",
        remedy: "Ergänzen Sie `whatsapp.provider` mit `name`, `seat` und `hosting_location` (und `hosting_region`).",
        remedy_en: "Add `whatsapp.provider` with `name`, `seat` and `hosting_location` (and `hosting_region`).",
        reference: "Art. 13 Abs. 1 lit. e und f, Art. 28 Abs. 3, Art. 30 Abs. 1 lit. d DSGVO",
        reference_en: "Art. 13(1)(e) and (f), Art. 28(3), Art. 30(1)(d) GDPR",
    },
    Lint {
        code: "DSG007",
        severity: Severity::Error,
        title: "Datenschutzbeauftragte Person erforderlich, aber nicht benannt",
        title_en: "Data protection officer required but not designated",
        reasoning: "Eine Benennungspflicht besteht, wenn in der Regel mindestens 20 Personen ständig mit der automatisierten Verarbeitung personenbezogener Daten beschäftigt sind, oder – unabhängig von der Zahl – wenn Verarbeitungen einer Datenschutz-Folgenabschätzung unterliegen.",
        reasoning_en: "A duty to designate exists when as a rule at least 20 persons are constantly engaged in the automated processing of personal data, or – regardless of their number – when processing operations are subject to a data protection impact assessment.",
        remedy: "Benennen Sie eine interne oder externe datenschutzbeauftragte Person und tragen Sie sie unter `dpo` ein; melden Sie sie der Aufsichtsbehörde (Art. 37 Abs. 7 DSGVO).",
        remedy_en: "Designate an internal or external data protection officer and enter them under `dpo`; communicate them to the supervisory authority (Art. 37(7) GDPR).",
        reference: "Art. 37 DSGVO; § 38 Abs. 1 BDSG",
        reference_en: "Art. 37 GDPR; § 38(1) BDSG",
    },
    Lint {
        code: "DSG008",
        severity: Severity::Error,
        title: "Angaben zu den Geräten fehlen",
        title_en: "Details of the devices are missing",
        reasoning: "Bei der App laufen alle Chats auf Telefonen. Ohne Angaben zu Geräten, Adressbuchzugriff und Sicherungen lassen sich weder die technischen und organisatorischen Maßnahmen noch die Risiken beschreiben.",
        reasoning_en: "With the app all chats run on phones. Without details of the devices, address book access and backups, neither the technical and organisational measures nor the risks can be described.",
        remedy: "Ergänzen Sie `whatsapp.devices` mit `ownership`, `count`, `address_book` und `backup`.",
        remedy_en: "Add `whatsapp.devices` with `ownership`, `count`, `address_book` and `backup`.",
        reference: "Art. 30 Abs. 1 lit. g, Art. 32, Art. 35 Abs. 7 DSGVO",
        reference_en: "Art. 30(1)(g), Art. 32, Art. 35(7) GDPR",
    },
    Lint {
        code: "DSG009",
        severity: Severity::Warning,
        title: "Die App hat Zugriff auf das gesamte Adressbuch",
        title_en: "The app has access to the whole address book",
        reasoning: "Mit Adressbuchzugriff übermittelt WhatsApp die Telefonnummern aller gespeicherten Kontakte – auch von Personen, die nicht eingewilligt haben oder WhatsApp nicht nutzen. Für diese Übermittlung fehlt regelmäßig eine Rechtsgrundlage; WhatsApp selbst empfiehlt, nur Kontakte mit Rechtsgrundlage auf dem Gerät zu speichern.",
        reasoning_en: "With address book access WhatsApp transfers the phone numbers of all stored contacts – including people who have not consented or do not use WhatsApp. This transfer usually lacks a legal basis; WhatsApp itself recommends storing only contacts with a legal basis on the device.",
        remedy: "Verweigern Sie den Kontaktzugriff und nutzen Sie WhatsApp-Kontakte, oder trennen Sie per Arbeitsprofil bzw. eingeschränktem Kontaktzugriff (iOS) ein geschäftliches Adressbuch ab (`address_book: business_only` oder `no_access`).",
        remedy_en: "Deny contact access and use WhatsApp contacts, or separate a business address book with a work profile or limited contact access (iOS) (`address_book: business_only` or `no_access`).",
        reference: "Art. 6 Abs. 1, Art. 14 DSGVO",
        reference_en: "Art. 6(1), Art. 14 GDPR",
    },
    Lint {
        code: "DSG010",
        severity: Severity::Error,
        title: "KI-Chatbot ohne Angaben zum Anbieter",
        title_en: "AI chatbot without details of its provider",
        reasoning: "Wer einen Chatbot einsetzt, muss Betroffene über den Anbieter und die Verarbeitung informieren und darauf hinweisen, dass sie mit einem KI-System kommunizieren.",
        reasoning_en: "Whoever uses a chatbot must inform data subjects about the provider and the processing and tell them that they are communicating with an AI system.",
        remedy: "Ergänzen Sie `whatsapp.ai` mit `provider` und `purpose`.",
        remedy_en: "Add `whatsapp.ai` with `provider` and `purpose`.",
        reference: "Art. 13, Art. 28 DSGVO; Art. 50 Abs. 1 KI-Verordnung (EU) 2024/1689",
        reference_en: "Art. 13, Art. 28 GDPR; Art. 50(1) AI Act (EU) 2024/1689",
    },
    Lint {
        code: "DSG011",
        severity: Severity::Warning,
        title: "Gruppen mit Kundinnen und Kunden",
        title_en: "Groups with customers",
        reasoning: "In WhatsApp-Gruppen sehen alle Mitglieder die Telefonnummern aller anderen. Das offenbart Kundenbeziehungen – bei Praxen oder Beratungen auch sensible Umstände.",
        reasoning_en: "In WhatsApp groups every member sees the phone numbers of all others. That reveals customer relationships – for practices or advisers also sensitive circumstances.",
        remedy: "Verzichten Sie auf Kundengruppen und nutzen Sie Broadcast-Listen, Kanäle oder Vorlagennachrichten; wo Gruppen unvermeidlich sind, nur mit Einwilligung aller Mitglieder.",
        remedy_en: "Do without customer groups and use broadcast lists, channels or template messages; where groups cannot be avoided, only with the consent of all members.",
        reference: "Art. 5 Abs. 1 lit. f, Art. 6 Abs. 1, Art. 32 DSGVO",
        reference_en: "Art. 5(1)(f), Art. 6(1), Art. 32 GDPR",
    },
    Lint {
        code: "DSG012",
        severity: Severity::Warning,
        title: "WhatsApp Web/Desktop auf nicht verwalteten Rechnern",
        title_en: "WhatsApp Web/Desktop on unmanaged computers",
        reasoning: "Verknüpfte Geräte arbeiten unabhängig vom Telefon. Sitzungen auf gemeinsam genutzten oder privaten Rechnern machen Chats für Unbefugte zugänglich.",
        reasoning_en: "Linked devices work independently of the phone. Sessions on shared or private computers make chats accessible to unauthorised persons.",
        remedy: "Erlauben Sie verknüpfte Geräte nur auf verwalteten Firmenrechnern, prüfen Sie aktive Sitzungen regelmäßig und melden Sie sie nach Gebrauch ab.",
        remedy_en: "Allow linked devices only on managed company computers, check active sessions regularly and log them out after use.",
        reference: "Art. 32 DSGVO",
        reference_en: "Art. 32 GDPR",
    },
    Lint {
        code: "DSG013",
        severity: Severity::Warning,
        title: "Speicherdauer ohne Frist",
        title_en: "Retention period without a time limit",
        reasoning: "„Unbegrenzt“ oder „keine Löschung“ ist keine zulässige Speicherdauer. Verzeichnis und Datenschutzhinweise müssen Fristen oder Kriterien nennen; Geschäftsbriefe sind 6 Jahre, Buchungsbelege 8 Jahre aufzubewahren, alles andere ist nach Zweckerreichung zu löschen.",
        reasoning_en: "“Unlimited” or “no deletion” is no admissible retention period. The record of processing and the privacy notice must name periods or criteria; business letters are kept for 6 years, accounting vouchers for 8 years, everything else is deleted once its purpose is achieved.",
        remedy: "Geben Sie im Szenario unter `retention` eine Frist an, z. B. „6 Monate nach Abschluss des Vorgangs“.",
        remedy_en: "Give a time limit under `retention` in the scenario, e.g. “6 months after the matter is closed”.",
        reference: "Art. 5 Abs. 1 lit. e, Art. 13 Abs. 2 lit. a, Art. 30 Abs. 1 lit. f DSGVO",
        reference_en: "Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f) GDPR",
    },
    Lint {
        code: "DSG014",
        severity: Severity::Warning,
        title: "Berufsgeheimnisträger nutzt WhatsApp",
        title_en: "Professional secrecy holder uses WhatsApp",
        reasoning: "Wer einem Berufsgeheimnis unterliegt (§ 203 StGB), darf Geheimnisse an Dienstleister nur offenbaren, wenn diese zur Verschwiegenheit verpflichtet sind (§ 203 Abs. 3 und 4 StGB). Die Standardbedingungen von Meta enthalten eine solche Verpflichtung nach unserem Kenntnisstand nicht.",
        reasoning_en: "Whoever is bound by professional secrecy (§ 203 StGB, German Criminal Code) may disclose secrets to service providers only if these are bound to confidentiality (§ 203(3) and (4) StGB). To our knowledge Meta's standard terms contain no such obligation.",
        remedy: "Schon die Tatsache einer Behandlung oder eines Mandats ist ein Geheimnis; auch Terminnachrichten offenbaren es. Kommunizieren Sie über WhatsApp nur nach der Schweigepflichtentbindung aus `03-einwilligung` (Teil jeder Einwilligung und eigener Text für Anfragen), bieten Sie für alles andere einen sicheren Kanal an und vereinbaren Sie mit einem Dienstleister die Verschwiegenheitspflicht im Vertrag.",
        remedy_en: "The mere fact of a treatment or a mandate is a secret; appointment messages reveal it too. Communicate via WhatsApp only after the release from confidentiality in `03-einwilligung` (part of every consent and a text of its own for enquiries), offer a secure channel for everything else and agree the duty of confidentiality in the contract with a provider.",
        reference: "§ 203 StGB; Art. 9, Art. 32 DSGVO",
        reference_en: "§ 203 StGB; Art. 9, Art. 32 GDPR",
    },
    Lint {
        code: "DSG015",
        severity: Severity::Warning,
        title: "Werbung ohne Double-Opt-in",
        title_en: "Advertising without double opt-in",
        reasoning: "Das Unternehmen muss die Einwilligung nachweisen können. Ohne Bestätigung über die angegebene Nummer lässt sich nicht belegen, dass die Einwilligung vom Inhaber der Nummer stammt.",
        reasoning_en: "The company must be able to prove consent. Without a confirmation via the number given it cannot be shown that the consent comes from the holder of the number.",
        remedy: "Bestätigen Sie Werbeeinwilligungen mit einer Nachricht, auf die die Person aktiv antwortet (`consent.double_opt_in: true`), und protokollieren Sie Zeitpunkt, Nummer, Textversion und Quelle.",
        remedy_en: "Confirm advertising consents with a message the person actively answers (`consent.double_opt_in: true`), and log the time, number, text version and source.",
        reference: "Art. 7 Abs. 1 DSGVO; § 7 Abs. 2 Nr. 2 UWG",
        reference_en: "Art. 7(1) GDPR; § 7(2) no. 2 UWG",
    },
    Lint {
        code: "DSG016",
        severity: Severity::Warning,
        title: "WhatsApp ist der einzige Kontaktweg",
        title_en: "WhatsApp is the only contact channel",
        reasoning: "Eine Einwilligung ist nur freiwillig, wenn es eine zumutbare Alternative gibt. Ist WhatsApp der einzige Weg zu einer Leistung, werden Menschen ohne WhatsApp ausgeschlossen; das ist zugleich ein Kriterium für eine Datenschutz-Folgenabschätzung.",
        reasoning_en: "Consent is only freely given when there is a reasonable alternative. If WhatsApp is the only way to a service, people without WhatsApp are excluded; that is also a criterion for a data protection impact assessment.",
        remedy: "Nennen Sie unter `whatsapp.alternative_channels` mindestens einen weiteren Kontaktweg (z. B. `email`, `phone`).",
        remedy_en: "Name at least one further contact channel under `whatsapp.alternative_channels` (e.g. `email`, `phone`).",
        reference: "Art. 7 Abs. 4 DSGVO; WP248 rev.01, Kriterium 9",
        reference_en: "Art. 7(4) GDPR; WP248 rev.01, criterion 9",
    },
    Lint {
        code: "DSG017",
        severity: Severity::Warning,
        title: "Chatverlauf oder Kontakte bei der Koexistenz-Einrichtung geteilt",
        title_en: "Chat history or contacts shared during the coexistence setup",
        reasoning: "Bei der Koexistenz-Einrichtung wurden Chatverläufe (bis zu sechs Monate) oder Kontakte an die Cloud API und den Dienstleister übertragen. Die betroffenen Personen haben diese Daten einem anderen Verarbeitungsweg anvertraut und müssen informiert werden.",
        reasoning_en: "During the coexistence setup, chat histories (up to six months) or contacts were transferred to the Cloud API and the provider. The data subjects entrusted this data to another processing path and must be informed.",
        remedy: "Informieren Sie die Betroffenen (Art. 14 DSGVO) – die Datenschutzhinweise enthalten dazu einen Abschnitt – und prüfen Sie, ob der Import rückgängig gemacht werden kann.",
        remedy_en: "Inform the data subjects (Art. 14 GDPR) – the privacy notice contains a section on it – and check whether the import can be undone.",
        reference: "Art. 13 Abs. 3, Art. 14 DSGVO",
        reference_en: "Art. 13(3), Art. 14 GDPR",
    },
    Lint {
        code: "DSG018",
        severity: Severity::Error,
        title: "Koexistenz ohne Angabe, was bei der Einrichtung geteilt wurde",
        title_en: "Coexistence without stating what was shared during the setup",
        reasoning: "Ob Chatverlauf und Kontakte bei der Anbindung an die Cloud API geteilt wurden, bestimmt Empfänger, Informationspflichten und Risiken.",
        reasoning_en: "Whether chat history and contacts were shared when connecting to the Cloud API determines recipients, information duties and risks.",
        remedy: "Ergänzen Sie `whatsapp.coexistence` mit `history_shared` und `contacts_shared`.",
        remedy_en: "Add `whatsapp.coexistence` with `history_shared` and `contacts_shared`.",
        reference: "Art. 14, Art. 30 Abs. 1 lit. d DSGVO",
        reference_en: "Art. 14, Art. 30(1)(d) GDPR",
    },
    Lint {
        code: "DSG019",
        severity: Severity::Warning,
        title: "Einwilligung von Minderjährigen",
        title_en: "Consent of minors",
        reasoning: "In Deutschland können Kinder unter 16 Jahren bei Diensten der Informationsgesellschaft, die ihnen direkt angeboten werden, nur mit Zustimmung der Eltern einwilligen (Art. 8 DSGVO). Für andere Einwilligungen – etwa in Terminerinnerungen oder die Verarbeitung von Gesundheitsdaten – kommt es darauf an, ob die minderjährige Person Bedeutung und Tragweite versteht (Einsichtsfähigkeit); eine feste Grenze gibt es nicht. Die Dokumente setzen deshalb 16 Jahre als einfach prüfbare Regel des Hauses. Das Mindestalter von WhatsApp (13 Jahre) sagt über beides nichts.",
        reasoning_en: "In Germany children under 16 can consent to information society services offered directly to them only with their parents' approval (Art. 8 GDPR). For other consents – such as appointment reminders or the processing of health data – what matters is whether the minor understands their meaning and scope (capacity of insight); there is no fixed limit. The documents therefore set 16 years as an in-house rule that is easy to check. WhatsApp's minimum age (13 years) says nothing about either.",
        remedy: "Fragen Sie in den Einwilligungstexten das Alter ab und holen Sie bei Jüngeren die Zustimmung der Eltern ein; keine Werbung an Minderjährige.",
        remedy_en: "Ask for the age in the consent texts and obtain the parents' consent for younger persons; no advertising to minors.",
        reference: "Art. 8 Abs. 1 und 2 DSGVO",
        reference_en: "Art. 8(1) and (2) GDPR",
    },
    Lint {
        code: "DSG020",
        severity: Severity::Warning,
        title: "Annahme der WhatsApp-Bedingungen nicht dokumentiert",
        title_en: "Acceptance of the WhatsApp terms not documented",
        reasoning: "Bei WhatsApp Business bilden die Bedingungen von WhatsApp/Meta den Auftragsverarbeitungsvertrag. Sie ändern sich häufig; nachweisen lässt sich nur, welche Fassung wann von wem angenommen wurde, wenn das festgehalten ist.",
        reasoning_en: "With WhatsApp Business the terms of WhatsApp/Meta form the data processing agreement. They change often; which version was accepted when and by whom can only be proven if it is recorded.",
        remedy: "Tragen Sie unter `whatsapp.terms_accepted` Datum und Person ein und archivieren Sie die Bedingungen als PDF.",
        remedy_en: "Enter the date and person under `whatsapp.terms_accepted` and archive the terms as a PDF.",
        reference: "Art. 5 Abs. 2, Art. 28 Abs. 9 DSGVO",
        reference_en: "Art. 5(2), Art. 28(9) GDPR",
    },
    Lint {
        code: "DSG021",
        severity: Severity::Warning,
        title: "Auftragsverarbeitungsvertrag fehlt",
        title_en: "Data processing agreement missing",
        reasoning: "Jeder Dienstleister, der im WhatsApp-Einsatz personenbezogene Daten im Auftrag verarbeitet – der Business Solution Provider, Anbieter von Gerätemanagement (MDM), CRM, Helpdesk, Archiv, Sicherung oder Hosting, ein externer KI-Anbieter –, braucht einen Vertrag nach Art. 28 DSGVO, bevor er Daten erhält. Ein Dienstleister, der im Profil zwar genannt, aber nicht unter `processors` geführt ist, fehlt in der Übersicht der Verträge.",
        reasoning_en: "Every provider that processes personal data on behalf of the company in its WhatsApp use – the Business Solution Provider, providers of device management (MDM), CRM, helpdesk, archive, backup or hosting, an external AI provider – needs an agreement under Art. 28 GDPR before it receives data. A provider named in the profile but not listed under `processors` is missing from the overview of agreements.",
        remedy: "Schließen Sie den Vertrag ab und setzen Sie `agreement: signed` mit `agreement_date`; führen Sie MDM- und externe KI-Anbieter unter `processors` auf; für den Business Solution Provider tragen Sie das Abschlussdatum unter `whatsapp.provider.avv_signed_on` ein. Dokument 5 enthält einen Vertragsvorschlag (ohne Dienstleister mit `document.avv_proposal: true`).",
        remedy_en: "Conclude the agreement and set `agreement: signed` with `agreement_date`; list MDM and external AI providers under `processors`; for the Business Solution Provider enter the date of conclusion under `whatsapp.provider.avv_signed_on`. Document 5 contains a proposed agreement (without a provider with `document.avv_proposal: true`).",
        reference: "Art. 28 Abs. 1 und 3 DSGVO",
        reference_en: "Art. 28(1) and (3) GDPR",
    },
    Lint {
        code: "DSG022",
        severity: Severity::Warning,
        title: "KI-Chatbot ohne Übergabe an einen Menschen oder mit Training auf Kundendaten",
        title_en: "AI chatbot without handover to a human or with training on customer data",
        reasoning: "Ohne Übergabe an einen Menschen können Betroffene fehlerhafte automatisierte Antworten nicht korrigieren lassen; Training auf Kundendaten ist eine Zweckänderung, die eine eigene Rechtsgrundlage braucht.",
        reasoning_en: "Without a handover to a human, data subjects cannot have faulty automated answers corrected; training on customer data is a change of purpose that needs a legal basis of its own.",
        remedy: "Sehen Sie jederzeit eine Übergabe an Beschäftigte vor (`human_handover: true`) und schließen Sie das Training vertraglich aus (`trains_on_customer_data: false`).",
        remedy_en: "Provide a handover to staff at any time (`human_handover: true`) and exclude training by contract (`trains_on_customer_data: false`).",
        reference: "Art. 5 Abs. 1 lit. b, Art. 22 DSGVO; Art. 50 KI-Verordnung",
        reference_en: "Art. 5(1)(b), Art. 22 GDPR; Art. 50 AI Act",
    },
    Lint {
        code: "DSG023",
        severity: Severity::Warning,
        title: "Kein Ort für das Einwilligungsprotokoll angegeben",
        title_en: "No place given for the consent log",
        reasoning: "Einwilligungen müssen nachgewiesen werden können: wer, wann, welche Textversion, auf welchem Weg. Ein Screenshot auf einem Diensttelefon ist kein Protokoll.",
        reasoning_en: "Consents must be provable: who, when, which text version, by which channel. A screenshot on a company phone is no log.",
        remedy: "Geben Sie unter `consent.log_location` an, wo Einwilligungen protokolliert werden (z. B. CRM, Postfach des Dienstleisters).",
        remedy_en: "State under `consent.log_location` where consents are logged (e.g. CRM, the provider's inbox).",
        reference: "Art. 7 Abs. 1 DSGVO",
        reference_en: "Art. 7(1) GDPR",
    },
    Lint {
        code: "DSG024",
        severity: Severity::Warning,
        title: "Keine Adresse der vollständigen Datenschutzhinweise",
        title_en: "No address of the full privacy notice",
        reasoning: "Die Kurzinformation im Chat und auf der Einwilligungsseite muss auf die vollständigen Datenschutzhinweise verweisen; ohne Adresse bleibt der Link leer.",
        reasoning_en: "The short information in the chat and on the consent page must refer to the full privacy notice; without an address the link stays empty.",
        remedy: "Veröffentlichen Sie `04-datenschutzhinweise` auf Ihrer Website und tragen Sie die Adresse unter `company.privacy_notice_url` ein.",
        remedy_en: "Publish `04-datenschutzhinweise` on your website and enter its address under `company.privacy_notice_url`.",
        reference: "Art. 12 Abs. 1, Art. 13 DSGVO",
        reference_en: "Art. 12(1), Art. 13 GDPR",
    },
    Lint {
        code: "DSG025",
        severity: Severity::Warning,
        title: "Hohes Restrisiko: vorherige Konsultation der Aufsichtsbehörde erforderlich",
        title_en: "High residual risk: prior consultation of the supervisory authority required",
        reasoning: "Die Risikobewertung in `02-datenschutz-folgenabschaetzung` ergibt für mindestens ein Risiko auch nach den angegebenen Maßnahmen ein hohes Risiko für die Rechte und Freiheiten der betroffenen Personen. Dann ist eine Datenschutz-Folgenabschätzung durchzuführen – mit der Folge, dass eine datenschutzbeauftragte Person zu benennen ist –, und lässt sich das Risiko nicht durch weitere Maßnahmen eindämmen, muss das Unternehmen vor Beginn der Verarbeitung die zuständige Aufsichtsbehörde konsultieren. Die Behörde kann die Verarbeitung untersagen oder Auflagen erteilen.",
        reasoning_en: "The risk assessment in `02-datenschutz-folgenabschaetzung` finds a high risk to the rights and freedoms of the data subjects for at least one risk even after the measures given. A data protection impact assessment must then be carried out – with the consequence that a data protection officer must be designated – and if the risk cannot be contained by further measures, the company must consult the competent supervisory authority before the processing starts. The authority can prohibit the processing or impose conditions.",
        remedy: "Setzen Sie die Maßnahmen aus dem Maßnahmenplan der Datenschutz-Folgenabschätzung um und tragen Sie sie im Profil ein (unter `measures` oder bei den Einstellungen, etwa `whatsapp.devices`), bis kein hohes Restrisiko mehr verbleibt – oder legen Sie die Verarbeitung vor Beginn der zuständigen Aufsichtsbehörde vor.",
        remedy_en: "Implement the measures of the DPIA's action plan and enter them in the profile (under `measures` or in the settings, such as `whatsapp.devices`) until no high residual risk remains – or submit the processing to the competent supervisory authority before it starts.",
        reference: "Art. 35 Abs. 1 und 7, Art. 36 Abs. 1 und 3 DSGVO; § 38 Abs. 1 Satz 2 BDSG",
        reference_en: "Art. 35(1) and (7), Art. 36(1) and (3) GDPR; § 38(1) sentence 2 BDSG",
    },
    Lint {
        code: "DSG026",
        severity: Severity::Warning,
        title: "Zielgruppe jünger als das Mindestalter von WhatsApp",
        title_en: "Target group younger than WhatsApp's minimum age",
        reasoning: "Nach den Nutzungsbedingungen von WhatsApp für die Europäische Region darf WhatsApp erst ab 13 Jahren genutzt werden (seit 11. April 2024). Wer jüngere Kinder über WhatsApp anspricht, fordert sie zu einer Nutzung auf, die der Anbieter nicht erlaubt; die Kinder müssten ein Konto entgegen den Bedingungen oder das Gerät der Eltern nutzen. Für Kinder dieses Alters ist WhatsApp kein angemessener Kanal, und die Informationen nach Art. 12 Abs. 1 DSGVO müssten sich an die Eltern richten.",
        reasoning_en: "Under WhatsApp's terms of service for the European Region, WhatsApp may only be used from the age of 13 (since 11 April 2024). Whoever addresses younger children via WhatsApp invites them to a use the provider does not allow; the children would have to use an account against the terms or their parents' device. For children of this age WhatsApp is no appropriate channel, and the information under Art. 12(1) GDPR would have to address the parents.",
        remedy: "Sprechen Sie Kinder unter 13 Jahren nicht über WhatsApp an, sondern kommunizieren Sie mit ihren Eltern (`data_subjects.minors_age.min` auf mindestens 13 setzen), oder nutzen Sie für diese Altersgruppe einen anderen Kanal.",
        remedy_en: "Do not address children under 13 via WhatsApp but communicate with their parents (set `data_subjects.minors_age.min` to at least 13), or use another channel for this age group.",
        reference: "WhatsApp-Nutzungsbedingungen (Europäische Region), Mindestalter; Art. 8, Art. 12 Abs. 1 DSGVO",
        reference_en: "WhatsApp terms of service (European Region), minimum age; Art. 8, Art. 12(1) GDPR",
    },
    Lint {
        code: "DSG027",
        severity: Severity::Warning,
        title: "Einstellung, die die gewählte WhatsApp-Variante nicht umsetzen kann",
        title_en: "Setting the chosen WhatsApp variant cannot implement",
        reasoning: "Das Profil nennt eine Einstellung, die es bei der gewählten Variante nicht gibt – etwa die Speicherung in Deutschland (Local Storage) für eine Nummer in Koexistenz oder Angaben zur Cloud API bei der Business-App. Die Dokumente beschreiben, was tatsächlich gilt; die Angabe im Profil wird nicht verwendet. Bleibt sie stehen, widerspricht das Profil den Dokumenten.",
        reasoning_en: "The profile names a setting that does not exist for the chosen variant – such as storage in Germany (Local Storage) for a number in coexistence, or Cloud API details with the Business app. The documents describe what actually applies; the setting in the profile is not used. If it stays, the profile contradicts the documents.",
        remedy: "Entfernen Sie die Angabe oder wählen Sie die Variante, die sie umsetzen kann (Local Storage gibt es nur für die Cloud API ohne Koexistenz).",
        remedy_en: "Remove the setting or choose the variant that can implement it (Local Storage exists only for the Cloud API without coexistence).",
        reference: "Art. 5 Abs. 1 lit. a und d DSGVO (Transparenz, Richtigkeit); Art. 30 Abs. 1 DSGVO",
        reference_en: "Art. 5(1)(a) and (d) GDPR (transparency, accuracy); Art. 30(1) GDPR",
    },
    Lint {
        code: "DSG028",
        severity: Severity::Warning,
        title: "Dienstleister mit Sitz oder Verarbeitung in einem Drittland",
        title_en: "Provider with its seat or processing in a third country",
        reasoning: "Sitz oder Ort der Verarbeitung eines Dienstleisters nennen ein Land außerhalb des EWR. Auch der Zugriff aus diesem Land, etwa durch Support oder die Muttergesellschaft, ist eine Übermittlung nach Kapitel V DSGVO. Die Dokumente führen die Übermittlung deshalb auf; ihre Grundlage (Angemessenheitsbeschluss, für die USA nur für zertifizierte Empfänger, oder Standardvertragsklauseln) ist im Vertrag zu prüfen.",
        reasoning_en: "The seat or place of processing of a provider names a country outside the EEA. Access from that country, for example by support or the parent company, is also a transfer under Chapter V GDPR. The documents therefore list the transfer; its basis (adequacy decision, for the USA only for certified recipients, or standard contractual clauses) must be checked in the contract.",
        remedy: "Prüfen Sie im Vertrag mit dem Dienstleister, auf welcher Grundlage Daten in das Drittland gelangen, und bei US-Empfängern die Zertifizierung in der Liste des Data Privacy Framework; legen Sie den Nachweis zu den Unterlagen.",
        remedy_en: "Check in the contract with the provider on which basis data reaches the third country and, for US recipients, the certification in the Data Privacy Framework list; file the evidence with the documents.",
        reference: "Art. 44–46 DSGVO; Art. 13 Abs. 1 lit. f, Art. 30 Abs. 1 lit. e DSGVO",
        reference_en: "Art. 44–46 GDPR; Art. 13(1)(f), Art. 30(1)(e) GDPR",
    },
    Lint {
        code: "DSG029",
        severity: Severity::Warning,
        title: "Platzhalter aus dem Startprofil nicht ersetzt",
        title_en: "Placeholder from the starter profile not replaced",
        reasoning: "`dsgvo-gen init --non-interactive` schreibt ein Startprofil mit erfundenen Angaben (Musterfirma, Beispiel-Namen, Adressen unter `.example`, Beispiel-Telefonnummern). Dokumente mit diesen Angaben benennen einen Verantwortlichen, den es nicht gibt, und sind unbrauchbar.",
        reasoning_en: "`dsgvo-gen init --non-interactive` writes a starter profile with invented details (Musterfirma, sample names, addresses under `.example`, sample phone numbers). Documents with these details name a controller that does not exist and are useless.",
        remedy: "Ersetzen Sie den Platzhalter durch Ihre Angabe – oder legen Sie das Profil mit `dsgvo-gen init` im Interview an.",
        remedy_en: "Replace the placeholder with your own details – or create the profile with `dsgvo-gen init` in the interview.",
        reference: "Art. 13 Abs. 1 lit. a, Art. 30 Abs. 1 lit. a DSGVO",
        reference_en: "Art. 13(1)(a), Art. 30(1)(a) GDPR",
    },
    Lint {
        code: "DSG030",
        severity: Severity::Warning,
        title: "Adressbuchabgleich trotz Berufsgeheimnis",
        title_en: "Address book matching despite professional secrecy",
        reasoning: "Die App darf auf ein Adressbuch zugreifen und gleicht dessen Nummern mit WhatsApp ab. Bei Berufsgeheimnisträgern offenbart schon der Eintrag, dass jemand Patientin, Patient oder Mandant ist – auch für Personen, die nie über WhatsApp geschrieben und keine Entbindung von der Schweigepflicht erteilt haben.",
        reasoning_en: "The app may access an address book and matches its numbers with WhatsApp. For professional secrecy holders the entry alone reveals that someone is a patient or client – also for people who never wrote via WhatsApp and have not released the holder from confidentiality.",
        remedy: "Entziehen Sie WhatsApp die Kontakte-Berechtigung (`whatsapp.devices.address_book: no_access`) und führen Sie Kontakte nur als WhatsApp-Kontakte; speichern Sie Mandanten- oder Patientennummern nicht im Adressbuch des Geräts.",
        remedy_en: "Withdraw WhatsApp's contacts permission (`whatsapp.devices.address_book: no_access`) and keep contacts only as WhatsApp contacts; do not store client or patient numbers in the device's address book.",
        reference: "§ 203 StGB; Art. 5 Abs. 1 lit. c, Art. 25, Art. 32 DSGVO",
        reference_en: "§ 203 StGB; Art. 5(1)(c), Art. 25, Art. 32 GDPR",
    },
    Lint {
        code: "DSG031",
        severity: Severity::Warning,
        title: "Mehr Geräte, als eine Nummer der Business-App zulässt",
        title_en: "More devices than one Business app number allows",
        reasoning: "Eine Nummer der WhatsApp Business-App läuft auf einem Telefon und bis zu vier verknüpften Geräten. Nennt das Profil mehr Geräte, stimmt die Beschreibung nicht: Entweder gibt es mehrere Nummern, oder Geräte sind verknüpft – dann sind Datenschutzhinweise, Begrüßung, QR-Code und die Bewertung der verknüpften Geräte anders zu fassen.",
        reasoning_en: "A number of the WhatsApp Business app runs on one phone and up to four linked devices. If the profile names more devices, the description is wrong: either there are several numbers, or devices are linked – then the privacy notice, greeting, QR code and the assessment of linked devices must be worded differently.",
        remedy: "Prüfen Sie `whatsapp.devices.count` und `whatsapp.devices.linked_devices`. Für ein größeres Team eignet sich die Cloud API mit einem Team-Postfach (`whatsapp.variant: cloud_api_bsp`).",
        remedy_en: "Check `whatsapp.devices.count` and `whatsapp.devices.linked_devices`. For a larger team the Cloud API with a team inbox suits better (`whatsapp.variant: cloud_api_bsp`).",
        reference: "Art. 5 Abs. 1 lit. d, Art. 30 Abs. 1 DSGVO",
        reference_en: "Art. 5(1)(d), Art. 30(1) GDPR",
    },
    Lint {
        code: "DSG032",
        severity: Severity::Warning,
        title: "Der Termin für die Überprüfung der Dokumente ist überschritten",
        title_en: "The date for reviewing the documents has passed",
        reasoning: "Das Profil nennt einen Termin für die nächste Überprüfung, der vor dem Stand der Dokumente liegt. Verzeichnis und Risikobewertung sind regelmäßig und bei Änderungen zu überprüfen; ein überschrittener Termin zeigt, dass das nicht geschehen ist oder nicht festgehalten wurde.",
        reasoning_en: "The profile names a date for the next review that lies before the documents' Stand date. The record of processing and the risk assessment must be reviewed regularly and on changes; a date that has passed shows that this has not happened or was not recorded.",
        remedy: "Überprüfen Sie die Angaben des Profils mit den Beteiligten, passen Sie sie an und setzen Sie einen neuen Termin (`document.next_review`).",
        remedy_en: "Review the profile's details with those involved, adapt them and set a new date (`document.next_review`).",
        reference: "Art. 24 Abs. 1 Satz 2, Art. 32 Abs. 1 lit. d, Art. 35 Abs. 11 DSGVO",
        reference_en: "Art. 24(1) sentence 2, Art. 32(1)(d), Art. 35(11) GDPR",
    },
    Lint {
        code: "DSG033",
        severity: Severity::Warning,
        title: "Die rechtlichen Fakten dieser Programmversion sind veraltet",
        title_en: "The legal facts of this program version are out of date",
        reasoning: "Anschriften der Aufsichtsbehörden, Bedingungen von WhatsApp und Meta, Übermittlungsgrundlagen und Fristen sind im Programm hinterlegt und tragen das Datum ihrer letzten Prüfung. Liegt es mehr als zwölf Monate vor dem Stand der Dokumente, können sich Bedingungen, Zuständigkeiten oder Rechtslage inzwischen geändert haben.",
        reasoning_en: "Addresses of the supervisory authorities, terms of WhatsApp and Meta, transfer bases and periods are stored in the program and carry the date of their last check. If it lies more than twelve months before the documents' Stand date, terms, competences or the law may have changed since.",
        remedy: "Aktualisieren Sie dsgvo-gen auf eine aktuelle Version und erzeugen Sie die Dokumente neu, oder prüfen Sie die in den Dokumenten genannten Bedingungen und Angaben selbst.",
        remedy_en: "Update dsgvo-gen to a current version and generate the documents again, or check the terms and details named in the documents yourself.",
        reference: "Art. 5 Abs. 1 lit. d, Art. 24 Abs. 1 Satz 2 DSGVO",
        reference_en: "Art. 5(1)(d), Art. 24(1) sentence 2 GDPR",
    },
    Lint {
        code: "DSG034",
        severity: Severity::Warning,
        title: "Für die englische Fassung fehlt der englische Wortlaut eines eigenen Textes",
        title_en: "The English version lacks the English wording of one of the profile's own texts",
        reasoning: "Das Profil verlangt englische Fassungen (`document.languages: [de, en]`). Texte aus dem Katalog übersetzt das Programm selbst; Texte, die das Profil selbst formuliert (Titel, Zweck, Daten, berechtigtes Interesse oder Speicherdauer eines Szenarios, der Zweck eines Unterauftragsverarbeiters oder des Chatbots), kann es nicht übersetzen. Ohne englischen Wortlaut zitiert die englische Fassung den deutschen Text mit dem Zusatz „(in German)“; wer kein Deutsch liest, erfährt den Zweck dann nicht in verständlicher Sprache.",
        reasoning_en: "The profile asks for English versions (`document.languages: [de, en]`). The program translates the texts of its catalogue itself; texts the profile words itself (a scenario's title, purpose, data, legitimate interest or retention, the purpose of a sub-processor or of the chatbot) it cannot translate. Without English wording, the English version quotes the German text with the note “(in German)”; a reader without German then does not learn the purpose in clear language.",
        remedy: "Ergänzen Sie neben dem deutschen Text einen Block `en:` mit dem englischen Wortlaut, z. B. `en: { purpose: \"…\" }`.",
        remedy_en: "Add a block `en:` with the English wording beside the German text, e.g. `en: { purpose: \"…\" }`.",
        reference: "Art. 12 Abs. 1 DSGVO",
        reference_en: "Art. 12(1) GDPR",
    },
];

/// The profile's own texts that have no English wording (DSG034): path and a short label.
fn untranslated(p: &Profile) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, entry) in p.raw.scenarios.iter().enumerate() {
        let en = entry.en.clone().unwrap_or_default();
        let fields = [
            ("title", entry.title.is_some(), en.title.is_some()),
            ("purpose", entry.purpose.is_some(), en.purpose.is_some()),
            ("data", entry.data.is_some(), en.data.is_some()),
            (
                "legitimate_interest",
                entry.legitimate_interest.is_some(),
                en.legitimate_interest.is_some(),
            ),
            (
                "retention",
                entry.retention.is_some(),
                en.retention.is_some(),
            ),
        ];
        for (field, own, english) in fields {
            if own && !english {
                out.push((
                    format!("scenarios.{i}.{field}"),
                    format!("`scenarios[{i}].en.{field}`"),
                ));
            }
        }
    }
    let wa = &p.raw.whatsapp;
    if let Some(pr) = wa.provider.as_ref() {
        for (i, sp) in pr.sub_processors.iter().enumerate() {
            if sp.en.is_none() {
                out.push((
                    format!("whatsapp.provider.sub_processors.{i}.purpose"),
                    format!("`whatsapp.provider.sub_processors[{i}].en.purpose`"),
                ));
            }
        }
    }
    if wa.ai.as_ref().is_some_and(|ai| ai.en.is_none()) {
        out.push((
            "whatsapp.ai.purpose".to_owned(),
            "`whatsapp.ai.en.purpose`".to_owned(),
        ));
    }
    out
}

/// How many months the legal facts may be older than the Stand date before DSG033 warns.
pub const FACTS_MAX_AGE_MONTHS: u32 = 12;

/// Findings that depend on the Stand date (`stand`: the profile's own, else the build's):
/// DSG032 (review overdue) and DSG033 (legal facts too old).
pub fn check_dated(p: &Profile, tree: &Node, stand: Date) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(next) = p.next_review.filter(|next| *next < stand) {
        out.push(emit_en(
            "DSG032",
            tree,
            "document.next_review",
            Some(format!(
                "fällig am {}, Stand {}",
                next.german(),
                stand.german()
            )),
            Some(format!("due on {next}, as of {stand}")),
        ));
    }
    let facts = crate::legal::facts_date();
    if months_between(facts, stand) > FACTS_MAX_AGE_MONTHS {
        out.push(emit_en(
            "DSG033",
            tree,
            "",
            Some(format!(
                "geprüft am {}, Stand {}",
                facts.german(),
                stand.german()
            )),
            Some(format!("checked on {facts}, as of {stand}")),
        ));
    }
    out
}

/// Whole months from `from` to `to` (0 when `to` is not later).
fn months_between(from: Date, to: Date) -> u32 {
    let months = (i64::from(to.year) - i64::from(from.year)) * 12 + i64::from(to.month)
        - i64::from(from.month)
        - i64::from(to.day < from.day);
    u32::try_from(months.max(0)).unwrap_or(0)
}

/// Marks the warnings the profile accepts (`accepted_findings`) with their reason, unless
/// the acceptance ended before `stand`. Errors are never marked.
pub fn mark_accepted(p: &Profile, stand: Option<Date>, diagnostics: &mut [Diagnostic]) {
    for d in diagnostics.iter_mut().filter(|d| !d.is_error()) {
        let Some(code) = d.code else { continue };
        let found = p.accepted.iter().find(|(c, _, until)| {
            *c == code && !matches!((until, stand), (Some(u), Some(s)) if *u < s)
        });
        if let Some((_, reason, _)) = found {
            d.accepted = Some(reason.clone());
        }
    }
}

/// The profile path of a setting the chosen variant cannot honour, if any.
fn unusable_setting(p: &Profile) -> Option<&'static str> {
    let wa = &p.raw.whatsapp;
    let variant = p.variant();
    if variant == Variant::BusinessAppCoexistence
        && wa
            .cloud_api
            .as_ref()
            .is_some_and(|c| c.storage == CloudStorage::LocalStorageDe)
    {
        return Some("whatsapp.cloud_api.storage");
    }
    if !p.uses_cloud_api() && wa.cloud_api.is_some() {
        return Some("whatsapp.cloud_api");
    }
    if variant != Variant::BusinessAppCoexistence && wa.coexistence.is_some() {
        return Some("whatsapp.coexistence");
    }
    None
}

/// Parties named by free text whose seat or location may lie outside the EEA: (path, name,
/// seat, location).
fn third_country_parties(p: &Profile) -> Vec<(String, &str, &str, &str)> {
    let mut out: Vec<(String, &str, &str, &str)> = p
        .raw
        .processors
        .iter()
        .enumerate()
        .map(|(i, pr)| {
            (
                format!("processors.{i}"),
                pr.name.as_str(),
                pr.seat.as_deref().unwrap_or(""),
                pr.location.as_deref().unwrap_or(""),
            )
        })
        .collect();
    if let Some(pr) = p
        .raw
        .whatsapp
        .provider
        .as_ref()
        .filter(|_| p.uses_provider())
    {
        for (i, sp) in pr.sub_processors.iter().enumerate() {
            if !sp.name.starts_with("Meta Platforms") {
                out.push((
                    format!("whatsapp.provider.sub_processors.{i}"),
                    sp.name.as_str(),
                    sp.seat.as_str(),
                    sp.location.as_str(),
                ));
            }
        }
    }
    if let Some(ai) = p.unlisted_ai() {
        out.push((
            "whatsapp.ai".to_owned(),
            ai.provider.as_str(),
            ai.seat.as_deref().unwrap_or(""),
            ai.location.as_deref().unwrap_or(""),
        ));
    }
    out
}

/// Looks up a lint by code (case-insensitive).
pub fn find(code: &str) -> Option<&'static Lint> {
    LINTS.iter().find(|l| l.code.eq_ignore_ascii_case(code))
}

/// A finding whose detail (names, values) reads the same in both languages.
fn emit(code: &'static str, tree: &Node, path: &str, detail: Option<String>) -> Diagnostic {
    // German quotes „x“ become English “x”.
    let english = detail.as_deref().map(|d| {
        d.chars()
            .map(|c| match c {
                '„' => '“',
                '“' => '”',
                c => c,
            })
            .collect::<String>()
    });
    emit_en(code, tree, path, detail, english)
}

/// The title with its detail: details that carry their own parentheses follow a colon
/// instead of nesting them.
fn with_detail(title: &str, detail: Option<&str>) -> String {
    match detail {
        Some(d) if d.contains('(') => format!("{title}: {d}"),
        Some(d) => format!("{title} ({d})"),
        None => title.to_owned(),
    }
}

/// A finding with a German detail (for the documents and the German interface) and its
/// English twin (for the English interface).
fn emit_en(
    code: &'static str,
    tree: &Node,
    path: &str,
    detail: Option<String>,
    detail_en: Option<String>,
) -> Diagnostic {
    let lint = find(code).unwrap_or(&LINTS[0]);
    let message = with_detail(lint.title, detail.as_deref());
    let message_en = with_detail(lint.title_en, detail_en.as_deref());
    // Point at the key the finding is about, or the closest key above it that exists; a
    // finding about a section the profile does not have gets no position.
    let mut at = path;
    let pos = loop {
        if let Some(pos) = tree.key_pos_for_path(at) {
            break Some(pos);
        }
        match at.rsplit_once('.') {
            Some((parent, _)) => at = parent,
            None => break None,
        }
    };
    let d = Diagnostic::new(lint.severity, message)
        .with_english(message_en)
        .with_code(code)
        .with_path(path)
        .with_hints(lint.remedy, lint.remedy_en);
    match pos {
        Some(pos) => d.at(pos),
        None => d,
    }
}

const UNLIMITED: [&str; 6] = [
    "unbegrenzt",
    "unbefristet",
    "dauerhaft",
    "für immer",
    "keine löschung",
    "nie",
];

/// Runs every lint against a validated profile.
pub fn check(p: &Profile, tree: &Node) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if p.raw.document.languages.contains(&crate::lang::Lang::En) {
        for (path, what) in untranslated(p) {
            out.push(emit("DSG034", tree, &path, Some(what)));
        }
    }
    let wa = &p.raw.whatsapp;
    let variant = wa.variant;
    if variant == Variant::Private {
        out.push(emit("DSG001", tree, "whatsapp.variant", None));
    }
    if p.special_categories_regular()
        && !p.scenarios.iter().any(|s| {
            matches!(
                s.legal_basis,
                LegalBasis::ExplicitConsent | LegalBasis::HealthCare
            )
        })
    {
        out.push(emit("DSG002", tree, "special_categories", None));
    }
    for s in &p.scenarios {
        if s.kind == ScenarioKind::Marketing && s.legal_basis != LegalBasis::Consent {
            let path = s.index.map_or("scenarios".to_owned(), |i| {
                format!("scenarios.{i}.legal_basis")
            });
            out.push(emit("DSG003", tree, &path, None));
        }
        let retention = s.retention.to_lowercase();
        if UNLIMITED.iter().any(|w| {
            retention
                .split(|c: char| !c.is_alphanumeric() && c != ' ')
                .any(|part| part.trim() == *w)
                || retention.trim() == *w
        }) || retention.trim() == "keine"
        {
            let path = s.index.map_or("scenarios".to_owned(), |i| {
                format!("scenarios.{i}.retention")
            });
            out.push(emit("DSG013", tree, &path, Some(format!("„{}“", s.title))));
        }
    }
    if p.uses_app() {
        match &wa.devices {
            None => out.push(emit("DSG008", tree, "whatsapp", None)),
            Some(d) => {
                let contained = d.mdm.as_ref().is_some_and(|m| m.work_container);
                if d.ownership != Ownership::Company && !contained {
                    out.push(emit("DSG004", tree, "whatsapp.devices.ownership", None));
                }
                if d.backup == Backup::Unencrypted {
                    out.push(emit("DSG005", tree, "whatsapp.devices.backup", None));
                }
                if d.address_book == AddressBook::Full && variant != Variant::Private {
                    out.push(emit("DSG009", tree, "whatsapp.devices.address_book", None));
                }
                if d.linked_devices == LinkedDevices::Unmanaged {
                    out.push(emit(
                        "DSG012",
                        tree,
                        "whatsapp.devices.linked_devices",
                        None,
                    ));
                }
            }
        }
    }
    if p.uses_provider() {
        let missing: Vec<&str> = match &wa.provider {
            None => vec!["name", "seat", "hosting_location"],
            Some(pr) => [
                ("seat", pr.seat.is_none()),
                ("hosting_location", pr.hosting_location.is_none()),
            ]
            .into_iter()
            .filter_map(|(k, m)| m.then_some(k))
            .collect(),
        };
        if !missing.is_empty() {
            let path = if wa.provider.is_some() {
                "whatsapp.provider"
            } else {
                "whatsapp.variant"
            };
            out.push(emit_en(
                "DSG006",
                tree,
                path,
                Some(format!("es fehlt: {}", crate::text::join_und(&missing))),
                Some(format!("missing: {}", missing.join(", "))),
            ));
        }
    }
    let assessment = crate::risk::assess(p);
    if p.raw.dpo.is_none() && assessment.dpo.required {
        // The reasons come from the German legal tables; the English finding names none.
        out.push(emit_en(
            "DSG007",
            tree,
            "company",
            Some(crate::text::join_und(&assessment.dpo.reasons)),
            None,
        ));
    }
    if assessment.prior_consultation.required {
        let net_high = assessment.net_in(crate::legal::risks::RiskClass::Hoch);
        let high: Vec<String> = net_high
            .iter()
            .map(|r| format!("{} {}", r.risk.id, r.risk.title))
            .collect();
        let ids: Vec<String> = net_high.iter().map(|r| r.risk.id.to_string()).collect();
        out.push(emit_en(
            "DSG025",
            tree,
            "measures",
            Some(crate::text::join_und(&high)),
            Some(format!("risks {}", ids.join(", "))),
        ));
    }
    let uses_ai = wa.features.contains(&Feature::AiBot) || p.has_scenario(ScenarioKind::AiChatbot);
    match &wa.ai {
        None if uses_ai => out.push(emit("DSG010", tree, "whatsapp.features", None)),
        Some(ai) if !ai.human_handover || ai.trains_on_customer_data => {
            out.push(emit("DSG022", tree, "whatsapp.ai", None));
        }
        _ => {}
    }
    if wa.features.contains(&Feature::CustomerGroups) || p.has_scenario(ScenarioKind::Groups) {
        out.push(emit("DSG011", tree, "whatsapp.features", None));
    }
    if p.raw.company.professional_secrecy {
        out.push(emit("DSG014", tree, "company.professional_secrecy", None));
    }
    if p.has_scenario(ScenarioKind::Marketing) && !p.raw.consent.double_opt_in {
        out.push(emit("DSG015", tree, "consent", None));
    }
    if p.alternative_channels.is_empty() {
        out.push(emit("DSG016", tree, "whatsapp.alternative_channels", None));
    }
    if variant == Variant::BusinessAppCoexistence {
        match &wa.coexistence {
            None => out.push(emit("DSG018", tree, "whatsapp.variant", None)),
            Some(co) if co.history_shared || co.contacts_shared => {
                out.push(emit("DSG017", tree, "whatsapp.coexistence", None));
            }
            Some(_) => {}
        }
    }
    let any_consent = p.scenarios.iter().any(|s| s.needs_consent());
    if p.raw.data_subjects.minors != Minors::None && any_consent {
        out.push(emit("DSG019", tree, "data_subjects.minors", None));
    }
    if variant != Variant::Private && wa.terms_accepted.is_none() {
        out.push(emit("DSG020", tree, "whatsapp", None));
    }
    for (i, proc) in p.raw.processors.iter().enumerate() {
        if proc.agreement != AgreementStatus::Signed {
            out.push(emit(
                "DSG021",
                tree,
                &format!("processors.{i}.agreement"),
                Some(proc.name.clone()),
            ));
        }
    }
    if let Some(mdm) = p.unlisted_mdm() {
        out.push(emit_en(
            "DSG021",
            tree,
            "whatsapp.devices.mdm.vendor",
            Some(format!(
                "MDM „{}“ nicht unter den Auftragsverarbeitern des Profils aufgeführt",
                mdm.vendor
            )),
            Some(format!(
                "MDM “{}” not listed among the profile's processors",
                mdm.vendor
            )),
        ));
    }
    if let Some(ai) = p.unlisted_ai() {
        out.push(emit_en(
            "DSG021",
            tree,
            "whatsapp.ai.provider",
            Some(format!(
                "KI-Anbieter „{}“ nicht unter den Auftragsverarbeitern des Profils aufgeführt",
                ai.provider
            )),
            Some(format!(
                "AI provider “{}” not listed among the profile's processors",
                ai.provider
            )),
        ));
    }
    if let Some(pr) = wa.provider.as_ref().filter(|_| p.uses_provider())
        && pr.avv_signed_on.is_none()
    {
        out.push(emit_en(
            "DSG021",
            tree,
            "whatsapp.provider.avv_signed_on",
            Some(format!(
                "Dienstleister „{}“: kein Abschlussdatum des Vertrags angegeben",
                pr.name
            )),
            Some(format!(
                "provider “{}”: no date of conclusion of the agreement given",
                pr.name
            )),
        ));
    }
    if p.raw.company.professional_secrecy
        && wa
            .devices
            .as_ref()
            .is_some_and(|d| d.address_book != AddressBook::NoAccess)
    {
        out.push(emit("DSG030", tree, "whatsapp.devices.address_book", None));
    }
    if let Some(path) = unusable_setting(p) {
        out.push(emit("DSG027", tree, path, None));
    }
    if matches!(
        p.variant(),
        Variant::BusinessApp | Variant::BusinessAppCoexistence
    ) && p
        .raw
        .whatsapp
        .devices
        .as_ref()
        .is_some_and(|d| d.count > crate::legal::whatsapp_limits::BUSINESS_APP_DEVICES)
    {
        out.push(emit("DSG031", tree, "whatsapp.devices.count", None));
    }
    for (path, name, seat, location) in third_country_parties(p) {
        let found = crate::legal::countries::named_in(location)
            .map(|c| (c, "location"))
            .or_else(|| crate::legal::countries::named_in(seat).map(|c| (c, "seat")));
        if let Some((country, key)) = found {
            out.push(emit_en(
                "DSG028",
                tree,
                &format!("{path}.{key}"),
                Some(format!("„{name}“ – {}", country.name)),
                Some(format!("“{name}”")),
            ));
        }
    }
    if any_consent && p.raw.consent.log_location.is_none() {
        out.push(emit("DSG023", tree, "consent", None));
    }
    if p.raw.company.privacy_notice_url.is_none() {
        out.push(emit("DSG024", tree, "company", None));
    }
    if let Some(age) = p.raw.data_subjects.minors_age
        && p.raw.data_subjects.minors != Minors::None
        && age.min < crate::legal::secrecy::WHATSAPP_MIN_AGE_EU
    {
        out.push(emit_en(
            "DSG026",
            tree,
            "data_subjects.minors_age.min",
            Some(format!(
                "jüngstes Alter {}, Mindestalter von WhatsApp {}",
                age.min,
                crate::legal::secrecy::WHATSAPP_MIN_AGE_EU
            )),
            Some(format!(
                "youngest age {}, WhatsApp's minimum age {}",
                age.min,
                crate::legal::secrecy::WHATSAPP_MIN_AGE_EU
            )),
        ));
    }
    placeholders(p, tree, &mut out);
    out
}

/// DSG029: a field still holding a value the starter profile invented.
fn placeholders(p: &Profile, tree: &Node, out: &mut Vec<Diagnostic>) {
    let json = serde_json::to_value(&p.raw).unwrap_or_default();
    for (field, value) in crate::interview::defaults::placeholders() {
        let found = field
            .split('.')
            .try_fold(&json, |j, k| j.get(k))
            .is_some_and(|v| match v {
                serde_json::Value::String(s) => s == value,
                serde_json::Value::Array(items) => items.iter().any(|i| i.as_str() == Some(value)),
                _ => false,
            });
        if found {
            out.push(emit("DSG029", tree, field, Some(format!("„{value}“"))));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_complete() {
        let codes: Vec<&str> = LINTS.iter().map(|l| l.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted);
        for l in LINTS {
            assert!(l.code.starts_with("DSG") && l.code.len() == 6);
            assert!(!l.reasoning.is_empty() && !l.remedy.is_empty() && !l.reference.is_empty());
        }
        assert_eq!(find("dsg001").map(|l| l.code), Some("DSG001"));
        // Every lint has its English twin, and the twin is English.
        for l in LINTS {
            for text in [l.title_en, l.remedy_en, l.reasoning_en, l.reference_en] {
                assert!(!text.is_empty(), "{}", l.code);
                let padded = format!(" {text} ");
                for german in [
                    "ä", "ö", "ü", "ß", " der ", " die ", " und ", " Sie ", "DSGVO",
                ] {
                    assert!(!padded.contains(german), "{}: {german:?} in {text}", l.code);
                }
            }
        }
        let d = |y, m, dd| Date::new(y, m, dd).expect("date");
        assert_eq!(months_between(d(2026, 11, 28), d(2027, 11, 28)), 12);
        assert_eq!(months_between(d(2026, 11, 28), d(2027, 11, 27)), 11);
        assert_eq!(months_between(d(2026, 11, 28), d(2027, 11, 29)), 12);
        assert_eq!(months_between(d(2026, 11, 28), d(2027, 12, 28)), 13);
        assert_eq!(months_between(d(2026, 11, 28), d(2025, 1, 1)), 0);
        assert!(find("DSG999").is_none());
    }
}
