//! The Art. 28 GDPR review of Meta's terms as data: every requirement of Art. 28 (plus the
//! processor duties from Art. 32, 33(2) and Chapter V) mapped to the subject of Meta's terms
//! that answers it, per product family, with a verdict and what the company must do about a
//! gap. Names, addresses and versions of the terms are taken from [`super::meta`]; the review
//! was last checked together with those facts ([`super::meta::CHECKED_ON`]).
//!
//! Mappings name the document and its subject, never a clause number: Meta renumbers its
//! terms, and the clause text of every document could not be confirmed. Where the mapping
//! itself is uncertain, `to_verify` is set and documents say so.

use super::meta::{self, Terms};
use crate::profile::model::Variant;
use serde::Serialize;

/// Which of Meta's processor relationships a review covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// WhatsApp Business app: WhatsApp Ireland Limited as processor.
    BusinessApp,
    /// WhatsApp Business Platform (Cloud API): Meta Platforms Ireland Limited as processor.
    CloudApi,
    /// Private app: no processor terms exist.
    None,
}

impl Family {
    /// The families whose terms apply to a variant, in the order documents show them.
    pub fn for_variant(variant: Variant) -> &'static [Family] {
        match variant {
            Variant::Private => &[Family::None],
            Variant::BusinessApp => &[Family::BusinessApp],
            Variant::BusinessAppCoexistence => &[Family::BusinessApp, Family::CloudApi],
            Variant::CloudApi | Variant::CloudApiBsp => &[Family::CloudApi],
        }
    }

    /// The company of the Meta group that acts as processor in this family.
    pub fn processor(self) -> Option<meta::Entity> {
        match self {
            Family::BusinessApp => Some(meta::WHATSAPP_IRELAND),
            Family::CloudApi => Some(meta::META_IRELAND),
            Family::None => None,
        }
    }

    /// The terms that together form the processor agreement of this family (as published
    /// in [`meta::terms_for`] for the variant that uses only this family).
    pub fn terms(self) -> Vec<&'static Terms> {
        meta::terms_for(match self {
            Family::BusinessApp => Variant::BusinessApp,
            Family::CloudApi => Variant::CloudApi,
            Family::None => Variant::Private,
        })
    }

    /// What is uncertain about the family as a whole (printed above its review table).
    pub fn caveat(self) -> Option<&'static str> {
        match self {
            Family::CloudApi => Some(
                "In welchem Dokument Meta die Regelungen nach Art. 28 DSGVO für die Cloud API trifft, ist am Originaltext nicht bestätigt; die Zuordnung ist bei der nächsten Überprüfung abzugleichen.",
            ),
            Family::BusinessApp => None,
            Family::None => Some(
                "WhatsApp Ireland Limited verarbeitet bei der privaten App alle Daten als eigener Verantwortlicher; keine Anforderung des Art. 28 DSGVO ist erfüllt oder durch eigenes Handeln erfüllbar.",
            ),
        }
    }
}

/// Result of comparing one requirement with Meta's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The terms contain a provision that meets the requirement in substance.
    Covered,
    /// A provision exists but falls short (generic, restricted, no concrete deadline).
    Partly,
    /// No provision.
    NotCovered,
}

impl Verdict {
    /// German label as printed in the review table.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Covered => "abgedeckt",
            Verdict::Partly => "teilweise",
            Verdict::NotCovered => "nicht abgedeckt",
        }
    }
}

/// How one family's terms answer one requirement.
#[derive(Debug, Clone, Copy)]
pub struct Assessment {
    /// The documents that contain the answer (from [`super::meta`]).
    pub terms: &'static [&'static Terms],
    /// What the terms say on the subject, in our words.
    pub provision: &'static str,
    /// Our verdict.
    pub verdict: Verdict,
    /// What the company does about it (also when covered: what to keep an eye on).
    pub action: &'static str,
    /// The mapping could not be confirmed against the published text.
    pub to_verify: bool,
}

/// One requirement of Art. 28 (or a related article) with its assessment per family.
#[derive(Debug, Clone, Copy)]
pub struct Requirement {
    /// Stable key, used by tests and templates.
    pub key: &'static str,
    /// Citation, e.g. `Art. 28 Abs. 3 Satz 2 lit. a DSGVO`.
    pub citation: &'static str,
    /// What the GDPR requires.
    pub requirement: &'static str,
    /// WhatsApp Business app.
    pub business_app: Assessment,
    /// Cloud API (directly or through a provider).
    pub cloud_api: Assessment,
}

impl Requirement {
    /// The assessment for a family; for the private app there are no terms to assess.
    pub fn assessment(&self, family: Family) -> Assessment {
        match family {
            Family::BusinessApp => self.business_app,
            Family::CloudApi => self.cloud_api,
            Family::None => NO_TERMS,
        }
    }
}

/// The assessment of every requirement for the private app.
const NO_TERMS: Assessment = Assessment {
    terms: &[],
    provision: "keine Regelung – für die private App gibt es keine Bedingungen zur Auftragsverarbeitung",
    verdict: Verdict::NotCovered,
    action: "nicht durch eigene Maßnahmen behebbar: Wechsel zur WhatsApp Business-App oder zur Cloud API",
    to_verify: false,
};

use meta::{
    BUSINESS_SOLUTION_TERMS as BST, BUSINESS_TERMS as BT, CLOUD_API_PRIVACY_DOC as DOC,
    DATA_PROCESSING_TERMS as DPT, DATA_SECURITY_TERMS as DST, DATA_TRANSFER_ADDENDUM as DTA,
    META_TERMS_WHATSAPP_BUSINESS as MT,
};

/// The review, in the order of Art. 28: sentence 1 of paragraph 3, letters (a)–(h) (with
/// paragraph 1 and Art. 32 under (c), paragraphs 2 and 4 under (d), Art. 33(2) under (f)),
/// paragraph 9, then Chapter V.
pub const REQUIREMENTS: &[Requirement] = &[
    Requirement {
        key: "28-3-s1",
        citation: "Art. 28 Abs. 3 Satz 1 DSGVO",
        requirement: "Gegenstand, Dauer, Art, Zweck, Daten, Betroffene",
        business_app: Assessment {
            terms: &[&BT, &DPT],
            provision: "Gegenstand und Dauer geregelt, das Übrige nur allgemein.",
            verdict: Verdict::Partly,
            action: "Beschreibung der Verarbeitung aus Dokument 1 zu den Bedingungen ablegen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&MT, &BST, &DPT, &DOC],
            provision: "Gegenstand und Dauer geregelt, das Übrige nur allgemein.",
            verdict: Verdict::Partly,
            action: "Beschreibung der Verarbeitung aus Dokument 1 zu den Bedingungen ablegen.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-controller",
        citation: "Art. 28 Abs. 3 Satz 1 DSGVO",
        requirement: "Pflichten und Rechte des Verantwortlichen",
        business_app: Assessment {
            terms: &[&BT, &DPT],
            provision: "Rechte vorformuliert und eingeschränkt; Pflichten beim Unternehmen.",
            verdict: Verdict::Partly,
            action: "Einschränkungen dokumentiert hinnehmen; Pflichten mit Dokumenten 1 bis 6 erfüllen.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&MT, &BST, &DPT],
            provision: "Rechte vorformuliert und eingeschränkt; Pflichten (auch Opt-in) beim Unternehmen.",
            verdict: Verdict::Partly,
            action: "Einschränkungen dokumentiert hinnehmen; Pflichten mit Dokumenten 1 bis 6 erfüllen.",
            to_verify: false,
        },
    },
    Requirement {
        key: "28-3-a",
        citation: "Art. 28 Abs. 3 Satz 2 lit. a DSGVO",
        requirement: "Weisungsbindung, auch bei Drittlandübermittlungen",
        business_app: Assessment {
            terms: &[&DPT, &DTA],
            provision: "Als Weisung gelten Bedingungen und App-Einstellungen; keine Einzelweisungen.",
            verdict: Verdict::Partly,
            action: "Einstellungen (Adressbuch, Sicherung, Geräte, Funktionen) als Weisung dokumentieren.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DTA, &DOC],
            provision: "Als Weisung gelten Bedingungen und Konfiguration; keine Einzelweisungen.",
            verdict: Verdict::Partly,
            action: "Speichereinstellung bewusst wählen und als Weisung dokumentieren.",
            to_verify: false,
        },
    },
    Requirement {
        key: "28-3-b",
        citation: "Art. 28 Abs. 3 Satz 2 lit. b DSGVO",
        requirement: "Vertraulichkeit der befugten Personen",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Verpflichtung zur Vertraulichkeit vorgesehen.",
            verdict: Verdict::Covered,
            action: "Keine Lücke; Wortlaut beim nächsten Abgleich bestätigen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT],
            provision: "Verpflichtung zur Vertraulichkeit vorgesehen.",
            verdict: Verdict::Covered,
            action: "Keine Lücke; Wortlaut beim nächsten Abgleich bestätigen.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-c",
        citation: "Art. 28 Abs. 3 Satz 2 lit. c, Abs. 1 DSGVO",
        requirement: "Maßnahmen nach Art. 32 DSGVO; hinreichende Garantien",
        business_app: Assessment {
            terms: &[&DPT, &DST],
            provision: "Nur allgemein beschrieben; Inhalte Ende-zu-Ende-verschlüsselt, Metadaten nicht.",
            verdict: Verdict::Partly,
            action: "Restrisiko in Dokument 2 bewerten; Geräte und Konten absichern.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DST, &DOC],
            provision: "Nur allgemein beschrieben; die Cloud API entschlüsselt bei Meta.",
            verdict: Verdict::Partly,
            action: "Speichereinstellung wählen, Token sichern; Restrisiko in Dokument 2 bewerten.",
            to_verify: false,
        },
    },
    Requirement {
        key: "28-3-d",
        citation: "Art. 28 Abs. 3 Satz 2 lit. d, Abs. 2 und 4 DSGVO",
        requirement: "Unterauftragsverarbeiter: Genehmigung, Änderungen, Einspruch, Pflichten, Haftung",
        business_app: Assessment {
            terms: &[&DPT, &DTA],
            provision: "Allgemeine Genehmigung; Änderungen nur veröffentlicht, Einspruch heißt Beendigung.",
            verdict: Verdict::Partly,
            action: "Liste bei jeder Überprüfung ablegen; Einspruch dokumentieren, Wechsel prüfen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DTA, &DOC],
            provision: "Allgemeine Genehmigung; Änderungen nur veröffentlicht, Einspruch heißt Beendigung.",
            verdict: Verdict::Partly,
            action: "Liste bei jeder Überprüfung ablegen; Einspruch dokumentieren, Wechsel prüfen.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-e",
        citation: "Art. 28 Abs. 3 Satz 2 lit. e DSGVO",
        requirement: "Unterstützung bei Betroffenenanträgen",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Nur über App-Funktionen (Export, Löschen).",
            verdict: Verdict::Partly,
            action: "Anträge selbst bearbeiten (Dokument 6), alle Geräte einbeziehen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DOC],
            provision: "Nur über die Schnittstelle; Nachrichten liegen danach beim Unternehmen.",
            verdict: Verdict::Partly,
            action: "Anträge im eigenen Postfach bzw. beim Dienstleister bearbeiten (Dokument 6).",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-f",
        citation: "Art. 28 Abs. 3 Satz 2 lit. f, Art. 33 Abs. 2 DSGVO",
        requirement: "Unterstützung bei Art. 32 bis 36 DSGVO; Meldung von Verletzungen",
        business_app: Assessment {
            terms: &[&DPT, &DST],
            provision: "Nur veröffentlichte Informationen; Meldung ohne feste Frist.",
            verdict: Verdict::Partly,
            action: "Folgenabschätzung selbst (Dokument 2); Meldeempfänger festlegen, 72 Stunden ab eigener Kenntnis.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DST, &DOC],
            provision: "Nur veröffentlichte Dokumentation; Meldung ohne feste Frist.",
            verdict: Verdict::Partly,
            action: "Folgenabschätzung selbst (Dokument 2); Meldeempfänger festlegen, 72 Stunden ab eigener Kenntnis.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-g",
        citation: "Art. 28 Abs. 3 Satz 2 lit. g DSGVO",
        requirement: "Löschung oder Rückgabe nach Ende der Leistungen",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Löschung nach Verfahren von WhatsApp, keine Rückgabe; Chats liegen auf den Geräten.",
            verdict: Verdict::Partly,
            action: "Pflichtige Chats exportieren; Konto löschen, dienstliche Geräte zurücksetzen, auf privaten das Arbeitsprofil entfernen, dokumentieren.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DOC],
            provision: "Nur befristete Speicherung; Löschzusage zum Vertragsende nicht bestätigt.",
            verdict: Verdict::Partly,
            action: "Löschung in eigenen Systemen bzw. beim Dienstleister regeln; Nummer abmelden.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-h",
        citation: "Art. 28 Abs. 3 Satz 2 lit. h und Unterabs. 2 DSGVO",
        requirement: "Nachweise und Prüfungen; Hinweis auf rechtswidrige Weisungen",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Prüfberichte und Zertifikate; Prüfungen einzelner Kunden kaum vorgesehen.",
            verdict: Verdict::Partly,
            action: "Prüfberichte ablegen; fehlendes Prüfrecht im Restrisiko (Dokument 2) würdigen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT],
            provision: "Prüfberichte und Zertifikate; Prüfungen einzelner Kunden kaum vorgesehen.",
            verdict: Verdict::Partly,
            action: "Prüfberichte ablegen; beim Dienstleister Prüfrecht vertraglich sichern.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-9",
        citation: "Art. 28 Abs. 9 DSGVO",
        requirement: "Schriftform, elektronisch genügt",
        business_app: Assessment {
            terms: &[&BT, &DPT],
            provision: "Elektronische Annahme; genügt bei nachweisbarer Fassung.",
            verdict: Verdict::Covered,
            action: "Datum, Person und Fassung ablegen (Abschnitt 3).",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&MT, &BST, &DPT],
            provision: "Elektronische Annahme; genügt bei nachweisbarer Fassung.",
            verdict: Verdict::Covered,
            action: "Datum, Person und Fassung ablegen (Abschnitt 3).",
            to_verify: false,
        },
    },
    Requirement {
        key: "chapter-5",
        citation: "Art. 44 bis 46 DSGVO (Kapitel V)",
        requirement: "Drittlandübermittlung nur mit Grundlage",
        business_app: Assessment {
            terms: &[&DTA],
            provision: "Data Privacy Framework, hilfsweise Standardvertragsklauseln.",
            verdict: Verdict::Covered,
            action: "Zertifizierung der Empfänger prüfen (Abschnitt 5).",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&DTA, &DOC],
            provision: "Data Privacy Framework, hilfsweise Standardvertragsklauseln; Geltung für die Cloud API unbestätigt.",
            verdict: Verdict::Partly,
            action: "Regelung klären; Local Storage wählen, wo verfügbar (Abschnitt 5).",
            to_verify: true,
        },
    },
];

/// What WhatsApp/Meta do with data for their own purposes, as independent controllers and
/// outside any processor agreement (DSK Kurzpapier Nr. 13; EDPB Guidelines 07/2020).
pub const OWN_PURPOSES: &[&str] = &[
    "Konto- und Profildaten aller Nutzerinnen und Nutzer",
    "Metadaten der Kommunikation (wer mit wem wann, Geräte- und Verbindungsdaten)",
    "Sicherheit, Integrität und Missbrauchsabwehr",
    "Abrechnung und eigene gesetzliche Pflichten",
];

/// Guidance the role model's delimitation rests on.
pub const ROLE_GUIDANCE: &str = "DSK-Kurzpapier Nr. 13 und EDSA-Leitlinien 07/2020, Version 2.0";

/// Terms of the processor-agreement proposal the company sends. Concrete numbers, so the
/// proposal can be signed as it stands; the parties may agree others.
pub mod proposal {
    /// Breach notification to the controller, in hours after the processor becomes aware.
    pub const BREACH_NOTICE_HOURS: u32 = 24;
    /// Deletion after the end of the services, in days.
    pub const DELETION_DAYS: u32 = 30;
    /// Advance notice of a new or replaced sub-processor, in days.
    pub const SUB_PROCESSOR_NOTICE_DAYS: u32 = 30;
    /// Advance notice of an on-site audit, in days.
    pub const AUDIT_NOTICE_DAYS: u32 = 14;
    /// Certifications and reports accepted as primary evidence.
    pub const CERTIFICATES: &str = "ein gültiges Zertifikat nach ISO/IEC 27001, ein Testat nach BSI C5 oder einen Bericht nach SOC 2 Typ II, jeweils für die vertragsgegenständliche Verarbeitung";
    /// Minimum measures the proposal asks of the processor (Annex 3, part A).
    pub const MINIMUM_MEASURES: &[&str] = &[
        "Verschlüsselung bei Übertragung und Speicherung",
        "persönliche Verwaltungszugänge mit Zwei-Faktor-Authentisierung",
        "Protokollierung administrativer Zugriffe",
        "Mandantentrennung",
        "getestete Datensicherung",
        "Verfahren für Sicherheitsvorfälle",
        "regelmäßige Überprüfung der Wirksamkeit (Art. 32 Abs. 1 lit. d DSGVO)",
    ];
    /// What to check in a processor agreement that is already signed, before relying on it
    /// (each against the proposal's clause of the same subject).
    pub const SIGNED_CHECKS: &[&str] = &[
        "Gegenstand, Dauer, Art und Zweck, Daten und Betroffene umfassen die WhatsApp-Kommunikation (Art. 28 Abs. 3 Satz 1 DSGVO)",
        "Unterauftragsverarbeiter mit Speicherorten und Verfahren bei Änderungen (Art. 28 Abs. 2 und 4 DSGVO)",
        "Meldung von Verletzungen mit Frist (Art. 28 Abs. 3 lit. f, Art. 33 DSGVO)",
        "Löschung oder Rückgabe mit Frist (Art. 28 Abs. 3 lit. g DSGVO)",
        "Nachweise und Prüfrechte (Art. 28 Abs. 3 lit. h DSGVO)",
    ];
    /// The check of a signed agreement for the secrecy obligation of § 203 StGB.
    pub const SECRECY_CHECK: &str = "Verpflichtung zur Verschwiegenheit nach § 203 StGB als mitwirkende Person, mit Hinweis auf die Strafbarkeit und Verpflichtung der Beschäftigten und Unterauftragsverarbeiter in Textform (§ 203 Abs. 3 Satz 2, Abs. 4 Satz 2 Nr. 1 StGB); fehlt sie, Ergänzung nach Ziffer 5.9 des Vorschlags, bis dahin keine Geheimnisse ohne Schweigepflichtentbindung";
}

/// The requirement rows of Art. 28(3) sentence 2, letters (a) to (h), in order.
pub fn letters() -> impl Iterator<Item = &'static Requirement> {
    REQUIREMENTS
        .iter()
        .filter(|r| r.key.strip_prefix("28-3-").is_some_and(|l| l.len() == 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_of_art_28_3_is_reviewed_once() {
        let keys: Vec<&str> = letters().map(|r| r.key).collect();
        assert_eq!(
            keys,
            [
                "28-3-a", "28-3-b", "28-3-c", "28-3-d", "28-3-e", "28-3-f", "28-3-g", "28-3-h"
            ]
        );
        let mut all: Vec<&str> = REQUIREMENTS.iter().map(|r| r.key).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), REQUIREMENTS.len(), "keys are unique");
        for key in ["28-9", "chapter-5"] {
            assert!(REQUIREMENTS.iter().any(|r| r.key == key), "{key}");
        }
        // Paragraphs 1, 2 and 4, Art. 32 and Art. 33(2) are reviewed with the letter they
        // belong to.
        for citation in ["Abs. 1", "Abs. 2 und 4", "Art. 32", "Art. 33 Abs. 2"] {
            assert!(
                REQUIREMENTS
                    .iter()
                    .any(|r| r.citation.contains(citation) || r.requirement.contains(citation)),
                "{citation}"
            );
        }
    }

    #[test]
    fn every_assessment_names_terms_of_its_family_and_an_action() {
        for r in REQUIREMENTS {
            for family in [Family::BusinessApp, Family::CloudApi] {
                let a = r.assessment(family);
                assert!(!a.terms.is_empty(), "{} {family:?}", r.key);
                assert!(!a.provision.is_empty() && !a.action.is_empty());
                for t in a.terms {
                    assert!(
                        family.terms().iter().any(|f| f.key == t.key),
                        "{} cites {} outside {family:?}",
                        r.key,
                        t.key
                    );
                }
            }
        }
    }

    #[test]
    fn family_terms_are_the_variant_terms() {
        for variant in [
            Variant::Private,
            Variant::BusinessApp,
            Variant::BusinessAppCoexistence,
            Variant::CloudApi,
            Variant::CloudApiBsp,
        ] {
            let mut from_families: Vec<&str> = Family::for_variant(variant)
                .iter()
                .flat_map(|f| f.terms().into_iter().map(|t| t.key))
                .collect();
            from_families.sort_unstable();
            from_families.dedup();
            let mut from_meta: Vec<&str> = meta::terms_for(variant).iter().map(|t| t.key).collect();
            from_meta.sort_unstable();
            assert_eq!(from_families, from_meta, "{variant:?}");
        }
    }
}
