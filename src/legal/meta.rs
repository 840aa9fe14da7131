//! Facts about WhatsApp and Meta: legal entities, the business terms that form the processor
//! agreement, and the transfer instruments. Every document that names Meta takes it from here.

use crate::profile::model::Variant;
use serde::Serialize;

/// Date these facts were last checked against Meta's published terms.
pub const CHECKED_ON: &str = "2026-11-28";

/// A company of the Meta group.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Entity {
    /// Legal name.
    pub name: &'static str,
    /// Postal address in one line.
    pub address: &'static str,
    /// Country (German).
    pub country: &'static str,
    /// Address in English.
    #[serde(skip)]
    pub en_address: &'static str,
    /// Country in English.
    #[serde(skip)]
    pub en_country: &'static str,
}

impl Entity {
    /// The entity with address and country in `lang`.
    pub fn in_lang(self, lang: crate::lang::Lang) -> Entity {
        Entity {
            address: lang.pick(self.address, self.en_address),
            country: lang.pick(self.country, self.en_country),
            ..self
        }
    }
}

/// Provider of WhatsApp in the European Region; processor for the Business app, controller for
/// its own processing.
pub const WHATSAPP_IRELAND: Entity = Entity {
    name: "WhatsApp Ireland Limited",
    address: "Merrion Road, Dublin 4, D04 X2K5, Irland",
    country: "Irland",
    en_address: "Merrion Road, Dublin 4, D04 X2K5, Ireland",
    en_country: "Ireland",
};

/// Contracting entity for the WhatsApp Business Platform (Cloud API) outside US/CA/BR.
pub const META_IRELAND: Entity = Entity {
    name: "Meta Platforms Ireland Limited",
    address: "Merrion Road, Dublin 4, D04 X2K5, Irland",
    country: "Irland",
    en_address: "Merrion Road, Dublin 4, D04 X2K5, Ireland",
    en_country: "Ireland",
};

/// US sub-processor.
pub const WHATSAPP_LLC: Entity = Entity {
    name: "WhatsApp LLC",
    address: "1601 Willow Road, Menlo Park, California 94025, USA",
    country: "USA",
    en_address: "1601 Willow Road, Menlo Park, California 94025, USA",
    en_country: "USA",
};

/// US sub-processor and operator of the Cloud API infrastructure.
pub const META_INC: Entity = Entity {
    name: "Meta Platforms, Inc.",
    address: "1 Meta Way, Menlo Park, California 94025, USA",
    country: "USA",
    en_address: "1 Meta Way, Menlo Park, California 94025, USA",
    en_country: "USA",
};

/// How documents describe a version that could not be confirmed against the published text.
pub const VERSION_UNCONFIRMED: &str =
    "Fassung zum Zeitpunkt der Annahme bzw. des Abrufs (kein Datum bestätigt)";

/// One set of terms published by WhatsApp or Meta. Templates see it with `version_text`
/// added, so every document words the version the same way.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(into = "TermsRecord")]
pub struct Terms {
    /// Stable key, used by templates.
    pub key: &'static str,
    /// Name as used in German documents.
    pub name: &'static str,
    /// Where the current version is published.
    pub url: &'static str,
    /// Version or date as published; `None` where no date could be confirmed.
    pub version: Option<&'static str>,
    /// What the terms cover.
    pub covers: &'static str,
}

impl Terms {
    /// The version as documents print it: the published date, or [`VERSION_UNCONFIRMED`].
    pub fn version_text(&self) -> &'static str {
        self.version.unwrap_or(VERSION_UNCONFIRMED)
    }
}

/// The serialised form of [`Terms`].
#[derive(Serialize)]
struct TermsRecord {
    key: &'static str,
    name: &'static str,
    url: &'static str,
    version: Option<&'static str>,
    version_text: &'static str,
    covers: &'static str,
}

impl From<Terms> for TermsRecord {
    fn from(t: Terms) -> Self {
        TermsRecord {
            key: t.key,
            name: t.name,
            url: t.url,
            version: t.version,
            version_text: t.version_text(),
            covers: t.covers,
        }
    }
}

/// WhatsApp Business Terms of Service (contracting entity in Europe: WhatsApp Ireland).
pub const BUSINESS_TERMS: Terms = Terms {
    key: "business_terms",
    name: "WhatsApp Business-Nutzungsbedingungen",
    url: "https://www.whatsapp.com/legal/business-terms",
    version: None,
    covers: "Nutzung der WhatsApp Business-Dienste; binden die Datenverarbeitungsbedingungen ein",
};

/// WhatsApp Business Data Processing Terms (the Art. 28 terms).
pub const DATA_PROCESSING_TERMS: Terms = Terms {
    key: "data_processing_terms",
    name: "WhatsApp Business-Datenverarbeitungsbedingungen",
    url: "https://www.whatsapp.com/legal/business-data-processing-terms",
    version: None,
    covers: "Auftragsverarbeitung nach Art. 28 DSGVO durch WhatsApp Ireland Limited",
};

/// WhatsApp Business Data Security Terms.
pub const DATA_SECURITY_TERMS: Terms = Terms {
    key: "data_security_terms",
    name: "WhatsApp Business-Datensicherheitsbedingungen",
    url: "https://www.whatsapp.com/legal/business-data-security-terms",
    version: Some("29. Oktober 2020"),
    covers: "technische und organisatorische Maßnahmen (Art. 32 DSGVO)",
};

/// WhatsApp Business Data Transfer Addendum.
pub const DATA_TRANSFER_ADDENDUM: Terms = Terms {
    key: "data_transfer_addendum",
    name: "WhatsApp Business-Datenübermittlungszusatz (Data Transfer Addendum)",
    url: "https://www.whatsapp.com/legal/business-data-transfer-addendum",
    version: Some("16. Februar 2024"),
    covers: "Übermittlung an WhatsApp LLC und Meta Platforms, Inc. (USA) auf Grundlage des EU-US Data Privacy Framework, hilfsweise Standardvertragsklauseln",
};

/// Meta Terms for WhatsApp Business (Business Platform / Cloud API).
pub const META_TERMS_WHATSAPP_BUSINESS: Terms = Terms {
    key: "meta_terms",
    name: "Meta-Bedingungen für WhatsApp Business",
    url: "https://www.whatsapp.com/legal/meta-terms-whatsapp-business",
    version: None,
    covers: "Vertragsbeziehung mit Meta Platforms Ireland Limited für die WhatsApp Business Platform",
};

/// WhatsApp Business Solution Terms.
pub const BUSINESS_SOLUTION_TERMS: Terms = Terms {
    key: "business_solution_terms",
    name: "WhatsApp Business Solution-Bedingungen",
    url: "https://www.whatsapp.com/legal/business-solution-terms",
    // No version of this text has been confirmed against the published original; claims
    // about its content that rest on third-party reports are not printed.
    version: None,
    covers: "Nutzung der Business Platform einschließlich der Pflichten gegenüber Dienstleistern (Business Solution Provider) und der Regeln für den Einsatz von KI im Chat; vor dem Einsatz eines Chatbots am aktuellen Text zu prüfen",
};

/// The name of WhatsApp's privacy policy for the European Region in a language.
pub fn privacy_policy_name(lang: crate::lang::Lang) -> &'static str {
    lang.pick(
        PRIVACY_POLICY_EEA.name,
        "WhatsApp Privacy Policy for the European Region",
    )
}

/// WhatsApp's privacy policy for the European Region (its own processing as controller).
pub const PRIVACY_POLICY_EEA: Terms = Terms {
    key: "privacy_policy",
    name: "Datenschutzrichtlinie von WhatsApp für die Europäische Region",
    url: "https://www.whatsapp.com/legal/privacy-policy-eea",
    version: None,
    covers: "eigene Verarbeitung von WhatsApp als Verantwortlicher (Konto-, Nutzungs- und Metadaten)",
};

/// Meta's developer documentation on Cloud API data privacy and security.
pub const CLOUD_API_PRIVACY_DOC: Terms = Terms {
    key: "cloud_api_privacy",
    name: "Meta-Dokumentation „Cloud API – Data Privacy & Security“",
    url: "https://developers.facebook.com/docs/whatsapp/cloud-api/overview/data-privacy-and-security",
    version: None,
    covers: "Rolle von Meta als Auftragsverarbeiter der Cloud API, Speicherdauer, Local Storage und No Storage",
};

/// The terms that together make up the agreement for a variant (empty for the private app:
/// there is none).
pub fn terms_for(variant: Variant) -> Vec<&'static Terms> {
    match variant {
        Variant::Private => vec![],
        Variant::BusinessApp => vec![
            &BUSINESS_TERMS,
            &DATA_PROCESSING_TERMS,
            &DATA_SECURITY_TERMS,
            &DATA_TRANSFER_ADDENDUM,
        ],
        Variant::BusinessAppCoexistence => vec![
            &BUSINESS_TERMS,
            &DATA_PROCESSING_TERMS,
            &DATA_SECURITY_TERMS,
            &DATA_TRANSFER_ADDENDUM,
            &META_TERMS_WHATSAPP_BUSINESS,
            &BUSINESS_SOLUTION_TERMS,
            &CLOUD_API_PRIVACY_DOC,
        ],
        Variant::CloudApi | Variant::CloudApiBsp => vec![
            &META_TERMS_WHATSAPP_BUSINESS,
            &BUSINESS_SOLUTION_TERMS,
            &BUSINESS_TERMS,
            &DATA_PROCESSING_TERMS,
            &DATA_SECURITY_TERMS,
            &DATA_TRANSFER_ADDENDUM,
            &CLOUD_API_PRIVACY_DOC,
        ],
    }
}

/// Transfer instruments and their status.
pub mod transfer {
    /// EU-US Data Privacy Framework adequacy decision.
    pub const DPF_DECISION: &str = "Durchführungsbeschluss (EU) 2023/1795 der Kommission vom 10. Juli 2023 (EU-US Data Privacy Framework)";
    /// Status of the legal challenge, phrased carefully: it may change.
    pub const DPF_STATUS: &str = "Das Gericht der EU hat die Nichtigkeitsklage gegen den Angemessenheitsbeschluss am 3. September 2025 abgewiesen (T-553/23); das Rechtsmittel (C-703/25 P) ist nach unserem Kenntnisstand anhängig. Der Fortbestand des Beschlusses ist regelmäßig zu prüfen.";
    /// Standard contractual clauses for transfers.
    pub const SCC_TRANSFER: &str = "Standardvertragsklauseln nach Durchführungsbeschluss (EU) 2021/914 der Kommission vom 4. Juni 2021";
    /// The DPF decision as tables name it (the full citation stands once, where the transfers
    /// are assessed).
    pub const DPF_SHORT: &str = "EU-US Data Privacy Framework, Beschluss (EU) 2023/1795";
    /// The transfer clauses as tables name them.
    pub const SCC_SHORT: &str = "Standardvertragsklauseln (EU) 2021/914";
    /// Standard contractual clauses under Art. 28(7).
    pub const SCC_PROCESSOR: &str = "Standardvertragsklauseln nach Art. 28 Abs. 7 DSGVO, Durchführungsbeschluss (EU) 2021/915 der Kommission vom 4. Juni 2021";
    /// Where the DPF list is published.
    pub const DPF_LIST_URL: &str = "https://www.dataprivacyframework.gov/list";

    /// [`DPF_SHORT`] in a language.
    pub fn dpf_short(lang: Lang) -> &'static str {
        lang.pick(
            DPF_SHORT,
            "EU-US Data Privacy Framework, Decision (EU) 2023/1795",
        )
    }

    /// [`SCC_SHORT`] in a language.
    pub fn scc_short(lang: Lang) -> &'static str {
        lang.pick(SCC_SHORT, "standard contractual clauses (EU) 2021/914")
    }

    /// [`SCC_TRANSFER`] in a language.
    pub fn scc_transfer(lang: Lang) -> &'static str {
        lang.pick(
            SCC_TRANSFER,
            "standard contractual clauses under Commission Implementing Decision (EU) 2021/914 of 4 June 2021",
        )
    }

    use crate::lang::Lang;
}

/// Cloud API storage facts.
pub mod cloud_api {
    /// Maximum retention of messages at the Cloud API for retransmission.
    pub const MAX_RETENTION: &str = "bis zu 30 Tage";
    /// No-storage cache limit.
    pub const NO_STORAGE_CACHE: &str = "höchstens eine Stunde";
    /// Local storage: data in use may still be processed elsewhere for a short time.
    pub const LOCAL_STORAGE_IN_USE: &str = "bis zu 60 Minuten";

    /// [`MAX_RETENTION`] in a language.
    pub fn max_retention(lang: Lang) -> &'static str {
        lang.pick(MAX_RETENTION, "up to 30 days")
    }

    /// [`NO_STORAGE_CACHE`] in a language.
    pub fn no_storage_cache(lang: Lang) -> &'static str {
        lang.pick(NO_STORAGE_CACHE, "one hour at most")
    }

    /// [`LOCAL_STORAGE_IN_USE`] in a language.
    pub fn local_storage_in_use(lang: Lang) -> &'static str {
        lang.pick(LOCAL_STORAGE_IN_USE, "up to 60 minutes")
    }

    use crate::lang::Lang;
}
