//! German names for the values a profile can take, as they appear in documents, messages and
//! the interview.

use crate::profile::model::*;

/// Product name of a variant.
pub fn variant(v: Variant) -> &'static str {
    match v {
        Variant::Private => "private WhatsApp-App (Verbraucherversion)",
        Variant::BusinessApp => "WhatsApp Business-App",
        Variant::BusinessAppCoexistence => {
            "WhatsApp Business-App mit Anbindung an die Cloud API (Koexistenz)"
        }
        Variant::CloudApi => "WhatsApp Business Platform (Cloud API)",
        Variant::CloudApiBsp => {
            "WhatsApp Business Platform (Cloud API) über einen Business Solution Provider"
        }
    }
}

/// Legal basis: short name.
pub fn legal_basis(b: LegalBasis) -> &'static str {
    match b {
        LegalBasis::Consent => "Einwilligung",
        LegalBasis::ExplicitConsent => "ausdrückliche Einwilligung",
        LegalBasis::Contract => "Vertrag und vorvertragliche Maßnahmen",
        LegalBasis::LegalObligation => "rechtliche Verpflichtung",
        LegalBasis::LegitimateInterest => "berechtigtes Interesse",
        LegalBasis::HealthCare => "Gesundheitsversorgung",
    }
}

/// Legal basis: citation.
pub fn legal_basis_citation(b: LegalBasis) -> &'static str {
    match b {
        LegalBasis::Consent => "Art. 6 Abs. 1 lit. a DSGVO",
        LegalBasis::ExplicitConsent => "Art. 9 Abs. 2 lit. a i. V. m. Art. 6 Abs. 1 lit. a DSGVO",
        LegalBasis::Contract => "Art. 6 Abs. 1 lit. b DSGVO",
        LegalBasis::LegalObligation => "Art. 6 Abs. 1 lit. c DSGVO",
        LegalBasis::LegitimateInterest => "Art. 6 Abs. 1 lit. f DSGVO",
        LegalBasis::HealthCare => {
            "Art. 9 Abs. 2 lit. h DSGVO i. V. m. § 22 Abs. 1 Nr. 1 lit. b BDSG und Art. 6 Abs. 1 lit. b DSGVO"
        }
    }
}

/// Sector name.
pub fn sector(s: Sector) -> &'static str {
    match s {
        Sector::Food => "Lebensmittelhandwerk und Gastronomie",
        Sector::Retail => "Einzelhandel",
        Sector::Ecommerce => "Onlinehandel",
        Sector::Craft => "Handwerk",
        Sector::Hospitality => "Hotellerie und Tourismus",
        Sector::Health => "Gesundheitswesen",
        Sector::Legal => "Rechts- und Steuerberatung",
        Sector::Finance => "Versicherungs- und Finanzwesen",
        Sector::RealEstate => "Immobilienwirtschaft",
        Sector::Education => "Bildung",
        Sector::Services => "Dienstleistungen",
        Sector::Other => "sonstige Branche",
    }
}

/// A regulated profession.
pub fn profession(p: Profession) -> &'static str {
    match p {
        Profession::Physician => "Ärztin oder Arzt",
        Profession::Dentist => "Zahnärztin oder Zahnarzt",
        Profession::Psychotherapist => "Psychotherapeutin oder Psychotherapeut",
        Profession::Therapist => {
            "andere Heilberufe (Physio-, Ergo-, Logotherapie, Hebamme, Heilpraktiker)"
        }
        Profession::Care => "Pflegedienst",
        Profession::Pharmacist => "Apotheke",
        Profession::Lawyer => "Rechtsanwältin oder Rechtsanwalt",
        Profession::Notary => "Notarin oder Notar",
        Profession::TaxAdviser => "Steuerberaterin oder Steuerberater",
        Profession::Auditor => "Wirtschaftsprüferin oder Wirtschaftsprüfer",
        Profession::Veterinarian => "Tierärztin oder Tierarzt",
        Profession::Other => "anderer Beruf",
    }
}

/// Who starts the conversation.
pub fn initiator(i: Initiator) -> &'static str {
    match i {
        Initiator::Customer => "die betroffene Person",
        Initiator::Company => "das Unternehmen",
        Initiator::Both => "beide Seiten",
    }
}

/// Communication channel.
pub fn channel(c: Channel) -> &'static str {
    match c {
        Channel::Phone => "Telefon",
        Channel::Email => "E-Mail",
        Channel::Post => "Post",
        Channel::InPerson => "persönlich vor Ort",
        Channel::WebForm => "Kontaktformular auf der Website",
        Channel::CustomerPortal => "Kundenportal",
    }
}

/// Consent channel.
pub fn consent_channel(c: ConsentChannel) -> &'static str {
    match c {
        ConsentChannel::ConsentPage => "Einwilligungsseite vor dem Chat",
        ConsentChannel::InChat => "Kurzeinwilligung im Chat",
        ConsentChannel::WebForm => "Webformular mit Checkbox",
        ConsentChannel::QrCode => "QR-Code auf Aushang oder Flyer",
        ConsentChannel::Paper => "Papierformular",
    }
}

/// Special category.
pub fn special_category(c: SpecialCategory) -> &'static str {
    match c {
        SpecialCategory::Health => "Gesundheitsdaten",
        SpecialCategory::Genetic => "genetische Daten",
        SpecialCategory::Biometric => "biometrische Daten zur eindeutigen Identifizierung",
        SpecialCategory::EthnicOrigin => "Angaben zur rassischen oder ethnischen Herkunft",
        SpecialCategory::PoliticalOpinions => "politische Meinungen",
        SpecialCategory::ReligiousBeliefs => "religiöse oder weltanschauliche Überzeugungen",
        SpecialCategory::TradeUnion => "Gewerkschaftszugehörigkeit",
        SpecialCategory::SexLife => "Angaben zum Sexualleben oder zur sexuellen Orientierung",
        SpecialCategory::CriminalOffences => {
            "Daten über strafrechtliche Verurteilungen und Straftaten"
        }
    }
}

/// A feature as the variant in use provides it: the Business app sends to many recipients
/// with broadcast lists, the Cloud API with template messages.
pub fn feature_in(f: Feature, variant: Variant) -> &'static str {
    match (f, variant) {
        (Feature::BroadcastLists, Variant::BusinessApp | Variant::Private) => "Broadcast-Listen",
        (Feature::BroadcastLists, Variant::CloudApi | Variant::CloudApiBsp) => {
            "Vorlagennachrichten an mehrere Empfänger"
        }
        (Feature::BroadcastLists, Variant::BusinessAppCoexistence) => {
            "Broadcast-Listen (Business-App) und Vorlagennachrichten (Cloud API)"
        }
        _ => feature(f),
    }
}

/// Feature, independent of the variant (for the interview).
pub fn feature(f: Feature) -> &'static str {
    match f {
        Feature::Labels => "Labels zur Organisation von Chats",
        Feature::GreetingMessage => "automatische Begrüßungsnachricht",
        Feature::AwayMessage => "automatische Abwesenheitsnachricht",
        Feature::Catalog => "Produktkatalog",
        Feature::BroadcastLists => {
            "Nachrichten an mehrere Empfänger (Broadcast-Listen bzw. Vorlagennachrichten)"
        }
        Feature::CustomerGroups => "Gruppen mit Kontakten des Unternehmens",
        Feature::AiBot => "KI-Chatbot und automatisierte Antworten",
        Feature::Payments => "Zahlungen in WhatsApp",
        Feature::ClickToWhatsappAds => "Click-to-WhatsApp-Anzeigen auf Facebook oder Instagram",
    }
}

/// Device ownership.
pub fn ownership(o: Ownership) -> &'static str {
    match o {
        Ownership::Company => "ausschließlich dienstliche Geräte",
        Ownership::Byod => "private Geräte der Beschäftigten (BYOD)",
        Ownership::Mixed => "dienstliche und private Geräte",
    }
}

/// Address-book access.
pub fn address_book(a: AddressBook) -> &'static str {
    match a {
        AddressBook::Full => "Zugriff auf das gesamte Adressbuch des Geräts",
        AddressBook::BusinessOnly => {
            "Zugriff nur auf ein Adressbuch, das ausschließlich geschäftliche Kontakte enthält (Gerät nur für geschäftliche Zwecke oder getrenntes Arbeitsprofil)"
        }
        AddressBook::NoAccess => "kein Adressbuchzugriff; Kontakte nur als WhatsApp-Kontakte",
    }
}

/// Backup setting.
pub fn backup(b: Backup) -> &'static str {
    match b {
        Backup::None => "keine Chat-Sicherung",
        Backup::EndToEndEncrypted => "Ende-zu-Ende-verschlüsselte Chat-Sicherung",
        Backup::Unencrypted => "Chat-Sicherung ohne Ende-zu-Ende-Verschlüsselung",
    }
}

/// Backup target.
pub fn backup_target(t: BackupTarget) -> &'static str {
    match t {
        BackupTarget::GoogleDrive => "Google Drive",
        BackupTarget::Icloud => "iCloud",
    }
}

/// Linked devices.
pub fn linked_devices(l: LinkedDevices) -> &'static str {
    match l {
        LinkedDevices::None => "keine verknüpften Geräte",
        LinkedDevices::Managed => "WhatsApp Web/Desktop nur auf verwalteten Firmenrechnern",
        LinkedDevices::Unmanaged => "WhatsApp Web/Desktop auch auf nicht verwalteten Rechnern",
    }
}

/// Cloud API storage.
pub fn cloud_storage(s: CloudStorage) -> &'static str {
    match s {
        CloudStorage::MetaDefault => "Standardspeicherung in Rechenzentren von Meta (auch USA)",
        CloudStorage::LocalStorageDe => "lokale Speicherung in Deutschland („Local Storage“)",
        CloudStorage::NoStorage => "keine dauerhafte Speicherung („No Storage“)",
    }
}

/// Processor role.
pub fn processor_role(r: ProcessorRole) -> &'static str {
    match r {
        ProcessorRole::Mdm => "Mobile-Device-Management",
        ProcessorRole::Crm => "CRM-System",
        ProcessorRole::Helpdesk => "Helpdesk- und Ticketsystem",
        ProcessorRole::Backup => "Datensicherung",
        ProcessorRole::Archive => "Archivierung",
        ProcessorRole::Ai => "KI-Dienst",
        ProcessorRole::Hosting => "Hosting",
        ProcessorRole::Other => "weitere Dienstleistung",
    }
}

/// Agreement status.
pub fn agreement_status(s: AgreementStatus) -> &'static str {
    match s {
        AgreementStatus::Signed => "abgeschlossen",
        AgreementStatus::Pending => "angefragt, noch nicht abgeschlossen",
        AgreementStatus::Missing => "fehlt",
    }
}

/// Region of a processing location.
pub fn region(r: Region) -> &'static str {
    match r {
        Region::Eu => "EU/EWR",
        Region::Adequate => "Drittland mit Angemessenheitsbeschluss",
        Region::ThirdCountry => "Drittland ohne Angemessenheitsbeschluss",
    }
}

/// Platform.
pub fn platform(p: Platform) -> &'static str {
    match p {
        Platform::Android => "Android",
        Platform::Ios => "iOS",
    }
}

/// Minors among the data subjects.
pub fn minors(m: Minors) -> &'static str {
    match m {
        Minors::None => "nicht zu erwarten",
        Minors::Possible => "möglich",
        Minors::TargetGroup => "Zielgruppe",
    }
}

/// Scale.
pub fn scale(s: Scale) -> &'static str {
    match s {
        Scale::Small => "bis etwa 1.000 Personen im Jahr",
        Scale::Medium => "bis etwa 10.000 Personen im Jahr",
        Scale::Large => "mehr als 10.000 Personen im Jahr",
    }
}
