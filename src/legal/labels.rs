//! German names for the values a profile can take, as they appear in documents, messages and
//! the interview.

use crate::lang::Lang;
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
    legal_basis_in(b, Lang::De)
}

/// Legal basis in a language; the English terms are those of the official English GDPR text.
pub fn legal_basis_in(b: LegalBasis, lang: Lang) -> &'static str {
    match b {
        LegalBasis::Consent => lang.pick("Einwilligung", "consent"),
        LegalBasis::ExplicitConsent => lang.pick("ausdrückliche Einwilligung", "explicit consent"),
        LegalBasis::Contract => lang.pick(
            "Vertrag und vorvertragliche Maßnahmen",
            "performance of a contract and pre-contractual steps",
        ),
        LegalBasis::LegalObligation => lang.pick(
            "rechtliche Verpflichtung",
            "compliance with a legal obligation",
        ),
        LegalBasis::LegitimateInterest => {
            lang.pick("berechtigtes Interesse", "legitimate interests")
        }
        LegalBasis::HealthCare => lang.pick("Gesundheitsversorgung", "provision of health care"),
    }
}

/// Legal basis: citation.
pub fn legal_basis_citation(b: LegalBasis) -> &'static str {
    legal_basis_citation_in(b, Lang::De)
}

/// Legal basis: citation in a language ("Art. 6(1)(b) GDPR").
pub fn legal_basis_citation_in(b: LegalBasis, lang: Lang) -> &'static str {
    match b {
        LegalBasis::Consent => lang.pick("Art. 6 Abs. 1 lit. a DSGVO", "Art. 6(1)(a) GDPR"),
        LegalBasis::ExplicitConsent => lang.pick(
            "Art. 9 Abs. 2 lit. a i. V. m. Art. 6 Abs. 1 lit. a DSGVO",
            "Art. 9(2)(a) in conjunction with Art. 6(1)(a) GDPR",
        ),
        LegalBasis::Contract => lang.pick("Art. 6 Abs. 1 lit. b DSGVO", "Art. 6(1)(b) GDPR"),
        LegalBasis::LegalObligation => lang.pick("Art. 6 Abs. 1 lit. c DSGVO", "Art. 6(1)(c) GDPR"),
        LegalBasis::LegitimateInterest => {
            lang.pick("Art. 6 Abs. 1 lit. f DSGVO", "Art. 6(1)(f) GDPR")
        }
        LegalBasis::HealthCare => lang.pick(
            "Art. 9 Abs. 2 lit. h DSGVO i. V. m. § 22 Abs. 1 Nr. 1 lit. b BDSG und Art. 6 Abs. 1 lit. b DSGVO",
            "Art. 9(2)(h) GDPR in conjunction with § 22(1) no. 1(b) BDSG (Federal Data Protection Act) and Art. 6(1)(b) GDPR",
        ),
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
    channel_in(c, Lang::De)
}

/// Contact channel in a language.
pub fn channel_in(c: Channel, lang: Lang) -> &'static str {
    match c {
        Channel::Phone => lang.pick("Telefon", "telephone"),
        Channel::Email => lang.pick("E-Mail", "email"),
        Channel::Post => lang.pick("Post", "post"),
        Channel::InPerson => lang.pick("persönlich vor Ort", "in person"),
        Channel::WebForm => lang.pick(
            "Kontaktformular auf der Website",
            "the contact form on our website",
        ),
        Channel::CustomerPortal => lang.pick("Kundenportal", "our customer portal"),
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
    special_category_in(c, Lang::De)
}

/// Special category in a language (the terms of Art. 9(1) and 10 GDPR).
pub fn special_category_in(c: SpecialCategory, lang: Lang) -> &'static str {
    match c {
        SpecialCategory::Health => lang.pick("Gesundheitsdaten", "data concerning health"),
        SpecialCategory::Genetic => lang.pick("genetische Daten", "genetic data"),
        SpecialCategory::Biometric => lang.pick(
            "biometrische Daten zur eindeutigen Identifizierung",
            "biometric data for the purpose of uniquely identifying a natural person",
        ),
        SpecialCategory::EthnicOrigin => lang.pick(
            "Angaben zur rassischen oder ethnischen Herkunft",
            "data revealing racial or ethnic origin",
        ),
        SpecialCategory::PoliticalOpinions => {
            lang.pick("politische Meinungen", "political opinions")
        }
        SpecialCategory::ReligiousBeliefs => lang.pick(
            "religiöse oder weltanschauliche Überzeugungen",
            "religious or philosophical beliefs",
        ),
        SpecialCategory::TradeUnion => {
            lang.pick("Gewerkschaftszugehörigkeit", "trade union membership")
        }
        SpecialCategory::SexLife => lang.pick(
            "Angaben zum Sexualleben oder zur sexuellen Orientierung",
            "data concerning sex life or sexual orientation",
        ),
        SpecialCategory::CriminalOffences => lang.pick(
            "Daten über strafrechtliche Verurteilungen und Straftaten",
            "data relating to criminal convictions and offences",
        ),
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
    // Product names: the same in every language.
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
    processor_role_in(r, Lang::De)
}

/// Processor role in a language.
pub fn processor_role_in(r: ProcessorRole, lang: Lang) -> &'static str {
    match r {
        ProcessorRole::Mdm => lang.pick("Mobile-Device-Management", "mobile device management"),
        ProcessorRole::Crm => lang.pick("CRM-System", "CRM system"),
        ProcessorRole::Helpdesk => {
            lang.pick("Helpdesk- und Ticketsystem", "helpdesk and ticket system")
        }
        ProcessorRole::Backup => lang.pick("Datensicherung", "data backup"),
        ProcessorRole::Archive => lang.pick("Archivierung", "archiving"),
        ProcessorRole::Ai => lang.pick("KI-Dienst", "AI service"),
        ProcessorRole::Hosting => lang.pick("Hosting", "hosting"),
        ProcessorRole::Other => lang.pick("weitere Dienstleistung", "other service"),
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
