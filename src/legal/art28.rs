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
                "Meta beschreibt sich in der Dokumentation der Cloud API als Auftragsverarbeiter des Unternehmens. Welches Dokument die Regelungen nach Art. 28 DSGVO für die Cloud API im Einzelnen enthält – die über die Meta-Bedingungen für WhatsApp Business einbezogenen Datenverarbeitungs-, Datensicherheits- und Übermittlungsbedingungen oder eigene Regelungen –, konnte nicht abschließend am Originaltext bestätigt werden. Die Zuordnung unten gibt unseren Kenntnisstand wieder; sie ist bei der nächsten Überprüfung an der angenommenen Fassung abzugleichen.",
            ),
            Family::BusinessApp => None,
            Family::None => Some(
                "Für die private WhatsApp-App gibt es keine Bedingungen zur Auftragsverarbeitung. WhatsApp Ireland Limited verarbeitet alle Daten als eigener Verantwortlicher nach den Nutzungsbedingungen für die private Nutzung und der eigenen Datenschutzrichtlinie. Keine Anforderung des Art. 28 DSGVO ist erfüllt, und keine lässt sich durch eigenes Handeln erfüllen.",
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

/// The review, in the order of Art. 28: sentence 1 of paragraph 3, letters (a)–(h),
/// paragraphs 2/4 and 9, then Art. 32, 33(2) and Chapter V.
pub const REQUIREMENTS: &[Requirement] = &[
    Requirement {
        key: "28-3-subject",
        citation: "Art. 28 Abs. 3 Satz 1 DSGVO",
        requirement: "Gegenstand und Dauer der Verarbeitung",
        business_app: Assessment {
            terms: &[&BT, &DPT],
            provision: "Die Datenverarbeitungsbedingungen sind in die Business-Nutzungsbedingungen einbezogen. Gegenstand ist die Verarbeitung bei der Bereitstellung der WhatsApp Business-Dienste; die Dauer folgt der Nutzung dieser Dienste.",
            verdict: Verdict::Covered,
            action: "Beginn der Verarbeitung (Annahme der Bedingungen) im Nachweisblatt festhalten.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&MT, &BST, &DPT],
            provision: "Gegenstand ist der Betrieb der Cloud API für das Unternehmen; die Dauer folgt der Vertragsbeziehung mit Meta für die WhatsApp Business Platform.",
            verdict: Verdict::Covered,
            action: "Im Nachweisblatt festhalten, welche Bedingungen bei der Einrichtung angenommen wurden und seit wann.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-nature",
        citation: "Art. 28 Abs. 3 Satz 1 DSGVO",
        requirement: "Art und Zweck der Verarbeitung",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Art und Zweck sind allgemein beschrieben (Bereitstellung der Business-Dienste). Der konkrete Einsatzzweck des Unternehmens ergibt sich daraus nicht.",
            verdict: Verdict::Partly,
            action: "Die eigenen Zwecke sind im Verzeichnis (Dokument 1) und in Anlage 2 des Vertragsvorschlags beschrieben; WhatsApp nicht für weitere Zwecke einsetzen, ohne beides anzupassen.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DOC],
            provision: "Meta beschreibt die Cloud API als Verarbeitung im Auftrag des Unternehmens: Zustellung, Entschlüsselung und befristete Zwischenspeicherung der Nachrichten. Der konkrete Einsatzzweck ergibt sich daraus nicht.",
            verdict: Verdict::Partly,
            action: "Die eigenen Zwecke sind im Verzeichnis (Dokument 1) und in Anlage 2 des Vertragsvorschlags beschrieben; die Cloud API nicht für weitere Zwecke einsetzen, ohne beides anzupassen.",
            to_verify: false,
        },
    },
    Requirement {
        key: "28-3-data",
        citation: "Art. 28 Abs. 3 Satz 1 DSGVO",
        requirement: "Art der personenbezogenen Daten",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Eine auf das Unternehmen zugeschnittene Beschreibung der Datenarten enthalten vorformulierte Bedingungen naturgemäß nicht; soweit sie Datenarten nennen, sind diese allgemein gefasst.",
            verdict: Verdict::Partly,
            action: "Die Datenarten des Unternehmens aus dem Verzeichnis als eigene Beschreibung zum Nachweisblatt nehmen (Anlage 2 des Vertragsvorschlags); keine Datenarten über WhatsApp verarbeiten, die dort nicht genannt sind.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DOC],
            provision: "Eine auf das Unternehmen zugeschnittene Beschreibung der Datenarten enthalten vorformulierte Bedingungen naturgemäß nicht; soweit sie Datenarten nennen, sind diese allgemein gefasst.",
            verdict: Verdict::Partly,
            action: "Die Datenarten des Unternehmens aus dem Verzeichnis als eigene Beschreibung zum Nachweisblatt nehmen (Anlage 2 des Vertragsvorschlags); keine Datenarten über die Cloud API verarbeiten, die dort nicht genannt sind.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-subjects",
        citation: "Art. 28 Abs. 3 Satz 1 DSGVO",
        requirement: "Kategorien betroffener Personen",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Die betroffenen Personen sind, soweit überhaupt, allgemein als Kontakte und Kommunikationspartner des Unternehmens beschrieben.",
            verdict: Verdict::Partly,
            action: "Die Kategorien betroffener Personen aus dem Verzeichnis zum Nachweisblatt nehmen (Anlage 2 des Vertragsvorschlags).",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DOC],
            provision: "Die betroffenen Personen sind, soweit überhaupt, allgemein als Kommunikationspartner des Unternehmens beschrieben.",
            verdict: Verdict::Partly,
            action: "Die Kategorien betroffener Personen aus dem Verzeichnis zum Nachweisblatt nehmen (Anlage 2 des Vertragsvorschlags).",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-controller",
        citation: "Art. 28 Abs. 3 Satz 1 DSGVO",
        requirement: "Pflichten und Rechte des Verantwortlichen",
        business_app: Assessment {
            terms: &[&BT, &DPT],
            provision: "Die Rechte des Unternehmens (Weisung, Kontrolle, Einspruch) ergeben sich aus vorformulierten Bedingungen, die nicht verhandelbar sind und die Rechte einschränken; die Pflichten des Unternehmens (Rechtsgrundlage, Information der Betroffenen) weisen die Bedingungen ihm selbst zu.",
            verdict: Verdict::Partly,
            action: "Die Einschränkungen bewusst hinnehmen und mit dieser Prüfung dokumentieren; die eigenen Pflichten mit den Dokumenten 1 bis 6 erfüllen.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&MT, &BST, &DPT],
            provision: "Die Rechte des Unternehmens ergeben sich aus vorformulierten Bedingungen, die nicht verhandelbar sind und die Rechte einschränken; die Pflichten des Unternehmens (Rechtsgrundlage, Opt-in, Information der Betroffenen) weisen die Bedingungen ihm selbst zu.",
            verdict: Verdict::Partly,
            action: "Die Einschränkungen bewusst hinnehmen und mit dieser Prüfung dokumentieren; die eigenen Pflichten mit den Dokumenten 1 bis 6 erfüllen.",
            to_verify: false,
        },
    },
    Requirement {
        key: "28-3-a",
        citation: "Art. 28 Abs. 3 Satz 2 lit. a DSGVO",
        requirement: "Verarbeitung nur auf dokumentierte Weisung, auch bei Übermittlungen in Drittländer; Mitteilung gesetzlicher Verarbeitungspflichten",
        business_app: Assessment {
            terms: &[&DPT, &DTA],
            provision: "Als Weisung gelten im Wesentlichen die Bedingungen selbst und die Nutzung und Einstellung der Dienste durch das Unternehmen; Übermittlungen in Drittländer regelt der Datenübermittlungszusatz. Individuelle Weisungen sind praktisch nicht möglich.",
            verdict: Verdict::Partly,
            action: "Weisungen über die Konfiguration geben und dokumentieren (Adressbuchzugriff, Sicherung, verknüpfte Geräte, genutzte Funktionen) und in der Nutzungsrichtlinie festhalten; nicht benötigte Funktionen abschalten.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DTA, &DOC],
            provision: "Als Weisung gelten im Wesentlichen die Bedingungen und die Konfiguration der Cloud API (Speichereinstellung, Webhooks, Vorlagen); Übermittlungen in Drittländer regelt der Datenübermittlungszusatz. Individuelle Weisungen sind praktisch nicht möglich.",
            verdict: Verdict::Partly,
            action: "Die Speichereinstellung (Local Storage Deutschland, soweit für die Nummer verfügbar, oder No Storage) bewusst wählen und wie die übrige Konfiguration als Weisung dokumentieren.",
            to_verify: false,
        },
    },
    Requirement {
        key: "28-3-b",
        citation: "Art. 28 Abs. 3 Satz 2 lit. b DSGVO",
        requirement: "Verpflichtung der zur Verarbeitung befugten Personen zur Vertraulichkeit",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Die Datenverarbeitungsbedingungen verpflichten WhatsApp, die zur Verarbeitung befugten Personen zur Vertraulichkeit zu verpflichten.",
            verdict: Verdict::Covered,
            action: "Keine Lücke nach Art. 28 DSGVO; Wortlaut beim nächsten Abgleich bestätigen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT],
            provision: "Die Datenverarbeitungsbedingungen verpflichten Meta, die zur Verarbeitung befugten Personen zur Vertraulichkeit zu verpflichten.",
            verdict: Verdict::Covered,
            action: "Keine Lücke nach Art. 28 DSGVO; Wortlaut beim nächsten Abgleich bestätigen.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-c",
        citation: "Art. 28 Abs. 3 Satz 2 lit. c DSGVO",
        requirement: "Ergreifen aller nach Art. 32 DSGVO erforderlichen Maßnahmen",
        business_app: Assessment {
            terms: &[&DPT, &DST],
            provision: "Die Datensicherheitsbedingungen beschreiben die technischen und organisatorischen Maßnahmen von WhatsApp; die Datenverarbeitungsbedingungen verweisen auf sie.",
            verdict: Verdict::Covered,
            action: "Keine Lücke im Vertrag. Die Sicherheit der Geräte, Konten und Sicherungen liegt beim Unternehmen (Maßnahmen im Verzeichnis, Bewertung in Dokument 2).",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DST],
            provision: "Die Datensicherheitsbedingungen beschreiben die technischen und organisatorischen Maßnahmen; die Datenverarbeitungsbedingungen verweisen auf sie.",
            verdict: Verdict::Covered,
            action: "Keine Lücke im Vertrag. Zugangsdaten, Token und die angebundenen Systeme sichert das Unternehmen bzw. sein Dienstleister selbst.",
            to_verify: false,
        },
    },
    Requirement {
        key: "28-3-d",
        citation: "Art. 28 Abs. 3 Satz 2 lit. d DSGVO",
        requirement: "Einhaltung der Bedingungen des Art. 28 Abs. 2 und 4 DSGVO für den Einsatz weiterer Auftragsverarbeiter",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "WhatsApp setzt Unterauftragsverarbeiter auf Grundlage einer allgemeinen Genehmigung ein und verpflichtet sich, ihnen entsprechende Datenschutzpflichten aufzuerlegen.",
            verdict: Verdict::Covered,
            action: "Keine Lücke in der Verpflichtung selbst; zum Verfahren siehe Zeile Art. 28 Abs. 2 und 4.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT],
            provision: "Meta setzt Unterauftragsverarbeiter auf Grundlage einer allgemeinen Genehmigung ein und verpflichtet sich, ihnen entsprechende Datenschutzpflichten aufzuerlegen.",
            verdict: Verdict::Covered,
            action: "Keine Lücke in der Verpflichtung selbst; zum Verfahren siehe Zeile Art. 28 Abs. 2 und 4.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-e",
        citation: "Art. 28 Abs. 3 Satz 2 lit. e DSGVO",
        requirement: "Unterstützung bei der Beantwortung von Anträgen betroffener Personen (Art. 12–22 DSGVO)",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Unterstützung ist vorgesehen, in erster Linie über die Funktionen des Dienstes selbst (Chats und Kontakte einsehen, exportieren, löschen); eine Bearbeitung im Einzelfall durch WhatsApp ist nicht zu erwarten.",
            verdict: Verdict::Partly,
            action: "Anträge selbst bearbeiten (Verfahren in Dokument 6); Daten auf allen Geräten auffinden und löschen; für die eigene Verarbeitung von WhatsApp auf dessen Datenschutzrichtlinie verweisen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DOC],
            provision: "Unterstützung ist vorgesehen, in erster Linie über die Schnittstelle selbst; die Nachrichten liegen nach der Zustellung in den Systemen des Unternehmens bzw. seines Dienstleisters.",
            verdict: Verdict::Partly,
            action: "Anträge im eigenen Postfach bzw. beim Dienstleister bearbeiten (Verfahren in Dokument 6); für die eigene Verarbeitung von WhatsApp auf dessen Datenschutzrichtlinie verweisen.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-f",
        citation: "Art. 28 Abs. 3 Satz 2 lit. f DSGVO",
        requirement: "Unterstützung bei den Pflichten aus Art. 32 bis 36 DSGVO (Sicherheit, Meldung von Verletzungen, Folgenabschätzung, vorherige Konsultation)",
        business_app: Assessment {
            terms: &[&DPT, &DST],
            provision: "Unterstützung ist vorgesehen, im Wesentlichen durch die eigenen Sicherheitsmaßnahmen, Mitteilungen über Verletzungen und veröffentlichte Informationen. Eine individuelle Mitwirkung an der Folgenabschätzung ist nicht zu erwarten.",
            verdict: Verdict::Partly,
            action: "Schwellwertanalyse und Folgenabschätzung selbst auf Grundlage der veröffentlichten Informationen durchführen (Dokument 2).",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DST, &DOC],
            provision: "Unterstützung ist vorgesehen, im Wesentlichen durch die eigenen Sicherheitsmaßnahmen, Mitteilungen über Verletzungen und die veröffentlichte Dokumentation. Eine individuelle Mitwirkung an der Folgenabschätzung ist nicht zu erwarten.",
            verdict: Verdict::Partly,
            action: "Schwellwertanalyse und Folgenabschätzung selbst auf Grundlage der veröffentlichten Dokumentation durchführen (Dokument 2).",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-g",
        citation: "Art. 28 Abs. 3 Satz 2 lit. g DSGVO",
        requirement: "Löschung oder Rückgabe aller Daten nach Ende der Leistungen; Löschung vorhandener Kopien",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Die Chats liegen bei der App vor allem auf den Geräten des Unternehmens. Für das Ende der Nutzung verweisen die Bedingungen auf die Löschung nach den Verfahren von WhatsApp; eine Rückgabe durch WhatsApp ist nicht vorgesehen.",
            verdict: Verdict::Partly,
            action: "Vor dem Löschen des Kontos aufbewahrungspflichtige Chats exportieren und archivieren; Konto löschen, Geräte bzw. Arbeitsprofile zurücksetzen und die Löschung dokumentieren.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DOC],
            provision: "Nach der Dokumentation speichert die Cloud API Nachrichten nur befristet für eine erneute Zustellung (bei „No Storage“ nur kurzzeitig); eine Rückgabe ist nicht nötig, weil die Nachrichten an die Systeme des Unternehmens bzw. seines Dienstleisters zugestellt werden. Eine ausdrückliche Löschzusage zum Vertragsende konnte nicht bestätigt werden.",
            verdict: Verdict::Partly,
            action: "Löschung in den eigenen Systemen bzw. beim Dienstleister regeln; bei Beendigung die Nummer von der Cloud API abmelden und die Löschung dokumentieren.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-3-h",
        citation: "Art. 28 Abs. 3 Satz 2 lit. h und Unterabs. 2 DSGVO",
        requirement: "Bereitstellung aller Informationen zum Nachweis der Pflichten, Ermöglichung von Überprüfungen und Inspektionen; unverzüglicher Hinweis auf rechtswidrige Weisungen",
        business_app: Assessment {
            terms: &[&DPT],
            provision: "Nachweise werden vor allem über veröffentlichte Unterlagen, Prüfberichte und Zertifizierungen erbracht; Prüfungen durch einzelne Unternehmen sind nicht oder nur stark eingeschränkt vorgesehen.",
            verdict: Verdict::Partly,
            action: "Verfügbare Prüfberichte und Zertifizierungen abrufen bzw. anfordern und zum Nachweisblatt nehmen; das Prüfrecht mit dem Vertragsvorschlag geltend machen und die Antwort ablegen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT],
            provision: "Nachweise werden vor allem über veröffentlichte Unterlagen, Prüfberichte und Zertifizierungen erbracht; Prüfungen durch einzelne Unternehmen sind nicht oder nur stark eingeschränkt vorgesehen.",
            verdict: Verdict::Partly,
            action: "Verfügbare Prüfberichte und Zertifizierungen abrufen bzw. anfordern und zum Nachweisblatt nehmen; bei einem Dienstleister das Prüfrecht in dessen Vertrag sichern.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-2-4",
        citation: "Art. 28 Abs. 2 und 4 DSGVO",
        requirement: "Unterauftragsverarbeiter nur mit vorheriger Genehmigung; bei allgemeiner Genehmigung Information über Änderungen mit Einspruchsmöglichkeit; gleiche Pflichten für den Unterauftragsverarbeiter, Haftung des Auftragsverarbeiters",
        business_app: Assessment {
            terms: &[&DPT, &DTA],
            provision: "Allgemeine Genehmigung. Der Datenübermittlungszusatz nennt die US-Konzerngesellschaften als Empfänger (siehe Rollenmodell); über weitere Unterauftragsverarbeiter informiert WhatsApp über veröffentlichte Angaben bzw. die Aktualisierung der Bedingungen. Ein Einspruch läuft praktisch auf die Beendigung der Nutzung hinaus.",
            verdict: Verdict::Partly,
            action: "Die Angaben zu Unterauftragsverarbeitern bei jeder Überprüfung abrufen und ablegen; bei einer Änderung, die nicht hingenommen werden kann, den Einspruch dokumentieren und den Wechsel der Lösung prüfen.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DTA, &DOC],
            provision: "Allgemeine Genehmigung. Die Infrastruktur der Cloud API betreibt die US-Muttergesellschaft (siehe Rollenmodell); über weitere Unterauftragsverarbeiter informiert Meta über veröffentlichte Angaben bzw. die Aktualisierung der Bedingungen. Ein Einspruch läuft praktisch auf die Beendigung der Nutzung hinaus.",
            verdict: Verdict::Partly,
            action: "Die Angaben zu Unterauftragsverarbeitern bei jeder Überprüfung abrufen und ablegen; bei einer Änderung, die nicht hingenommen werden kann, den Einspruch dokumentieren und den Wechsel der Lösung prüfen.",
            to_verify: true,
        },
    },
    Requirement {
        key: "28-9",
        citation: "Art. 28 Abs. 9 DSGVO",
        requirement: "Schriftliche Abfassung des Vertrags; ein elektronisches Format genügt",
        business_app: Assessment {
            terms: &[&BT, &DPT],
            provision: "Die Bedingungen werden elektronisch angenommen (Zustimmung in der App). Das genügt nach verbreiteter Auffassung dem elektronischen Format, setzt aber voraus, dass die angenommene Fassung nachgewiesen werden kann.",
            verdict: Verdict::Covered,
            action: "Datum, Person und die angenommene Fassung als PDF archivieren (Nachweisblatt).",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&MT, &BST, &DPT],
            provision: "Die Bedingungen werden bei der Einrichtung elektronisch angenommen (Meta Business Suite bzw. Einrichtung über den Dienstleister). Das genügt nach verbreiteter Auffassung dem elektronischen Format, setzt aber voraus, dass die angenommene Fassung nachgewiesen werden kann.",
            verdict: Verdict::Covered,
            action: "Datum, Person und die angenommene Fassung als PDF archivieren (Nachweisblatt).",
            to_verify: false,
        },
    },
    Requirement {
        key: "32",
        citation: "Art. 28 Abs. 1, Art. 32 DSGVO",
        requirement: "Hinreichende Garantien für geeignete technische und organisatorische Maßnahmen; dem Risiko angemessenes Schutzniveau",
        business_app: Assessment {
            terms: &[&DST],
            provision: "Die Datensicherheitsbedingungen beschreiben die Maßnahmen allgemein; Nachweise, die das Unternehmen selbst prüfen kann, gibt es nur eingeschränkt. Nachrichteninhalte sind Ende-zu-Ende-verschlüsselt, Metadaten nicht.",
            verdict: Verdict::Partly,
            action: "Das Restrisiko in der Folgenabschätzung bewerten (Dokument 2); die eigenen Maßnahmen an Geräten und Konten umsetzen.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&DST, &DOC],
            provision: "Die Datensicherheitsbedingungen beschreiben die Maßnahmen allgemein. Die Cloud API entschlüsselt Nachrichten auf Servern von Meta; eine Ende-zu-Ende-Verschlüsselung bis zum Unternehmen besteht nicht. Local Storage und No Storage begrenzen Ort und Dauer der Speicherung.",
            verdict: Verdict::Partly,
            action: "Speichereinstellung wählen und dokumentieren; das Restrisiko in der Folgenabschätzung bewerten (Dokument 2).",
            to_verify: false,
        },
    },
    Requirement {
        key: "33-2",
        citation: "Art. 33 Abs. 2 DSGVO",
        requirement: "Meldung von Verletzungen des Schutzes personenbezogener Daten an den Verantwortlichen unverzüglich nach Bekanntwerden",
        business_app: Assessment {
            terms: &[&DPT, &DST],
            provision: "Eine Benachrichtigung des Unternehmens ohne unangemessene Verzögerung ist vorgesehen; eine feste Frist in Stunden ist nicht zugesagt.",
            verdict: Verdict::Partly,
            action: "Festlegen, wer Mitteilungen von WhatsApp empfängt (im Konto hinterlegte Kontaktdaten aktuell halten); die 72-Stunden-Frist des Art. 33 Abs. 1 DSGVO läuft ab Kenntnis des Unternehmens.",
            to_verify: true,
        },
        cloud_api: Assessment {
            terms: &[&DPT, &DST],
            provision: "Eine Benachrichtigung des Unternehmens ohne unangemessene Verzögerung ist vorgesehen; eine feste Frist in Stunden ist nicht zugesagt.",
            verdict: Verdict::Partly,
            action: "Festlegen, wer Mitteilungen von Meta empfängt (Kontaktdaten im Business-Konto aktuell halten); die 72-Stunden-Frist des Art. 33 Abs. 1 DSGVO läuft ab Kenntnis des Unternehmens.",
            to_verify: true,
        },
    },
    Requirement {
        key: "chapter-5",
        citation: "Art. 44 bis 46 DSGVO (Kapitel V)",
        requirement: "Übermittlungen in Drittländer nur auf Grundlage eines Angemessenheitsbeschlusses oder geeigneter Garantien",
        business_app: Assessment {
            terms: &[&DTA],
            provision: "Der Datenübermittlungszusatz stützt die Übermittlungen an die US-Konzerngesellschaften auf das EU-US Data Privacy Framework (Art. 45 DSGVO) und sieht hilfsweise Standardvertragsklauseln vor.",
            verdict: Verdict::Covered,
            action: "Die Zertifizierung der Empfänger in der Liste des Data Privacy Framework prüfen; das Rechtsmittelverfahren gegen den Angemessenheitsbeschluss beobachten.",
            to_verify: false,
        },
        cloud_api: Assessment {
            terms: &[&DTA, &DOC],
            provision: "Meta betreibt die Infrastruktur der Cloud API auch in den USA. Der Datenübermittlungszusatz stützt Übermittlungen auf das EU-US Data Privacy Framework und hilfsweise auf Standardvertragsklauseln; ob er die Cloud API im Verhältnis zu Meta Platforms Ireland Limited erfasst, konnte nicht bestätigt werden.",
            verdict: Verdict::Partly,
            action: "Prüfen und dokumentieren, welche Übermittlungsregelung für die Cloud API gilt; Local Storage Deutschland wählen, wo verfügbar; die Zertifizierung der Empfänger in der Liste des Data Privacy Framework prüfen.",
            to_verify: true,
        },
    },
];

/// What WhatsApp/Meta do with data for their own purposes, as independent controllers and
/// outside any processor agreement (DSK Kurzpapier Nr. 13; EDPB Guidelines 07/2020).
pub const OWN_PURPOSES: &[&str] = &[
    "Konto- und Profildaten der Nutzerinnen und Nutzer (auch der Personen, die dem Unternehmen schreiben) nach deren eigener Vertragsbeziehung zu WhatsApp",
    "Metadaten der Kommunikation (wer mit wem wann, Geräte- und Verbindungsdaten)",
    "Sicherheit, Integrität und Missbrauchsabwehr (etwa Spam-Erkennung, Sperrung von Konten)",
    "Abrechnung kostenpflichtiger Business-Dienste und Erfüllung eigener gesetzlicher Pflichten",
];

/// Guidance the role model's delimitation rests on.
pub const ROLE_GUIDANCE: &str = "DSK-Kurzpapier Nr. 13 (Auftragsverarbeitung) und EDSA-Leitlinien 07/2020 zu den Begriffen „Verantwortlicher“ und „Auftragsverarbeiter“ (Version 2.0 vom 7. Juli 2021)";

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
    pub const CERTIFICATES: &str = "ein gültiges Zertifikat nach ISO/IEC 27001 (auf Basis IT-Grundschutz oder nativ), ein Testat nach BSI C5 oder einen Bericht nach SOC 2 Typ II, jeweils mit einem Geltungsbereich, der die vertragsgegenständliche Verarbeitung umfasst";
    /// Minimum measures the proposal asks of the processor (Annex 3, part A).
    pub const MINIMUM_MEASURES: &[&str] = &[
        "Verschlüsselung der Daten bei der Übertragung (TLS nach dem Stand der Technik) und bei der Speicherung",
        "Zugang zu Verwaltungsoberflächen nur mit persönlichen Konten und Zwei-Faktor-Authentisierung; Rechte nach dem Erforderlichkeitsprinzip",
        "Protokollierung administrativer Zugriffe und ihre Auswertung bei Anlass",
        "Trennung der Daten des Auftraggebers von Daten anderer Kunden (Mandantentrennung)",
        "Datensicherung mit getestetem Wiederherstellungsverfahren; Löschung der Sicherungen nach festgelegten Fristen",
        "Verfahren zur Erkennung, Bewertung und Meldung von Sicherheitsvorfällen",
        "regelmäßige Überprüfung, Bewertung und Evaluierung der Wirksamkeit der Maßnahmen (Art. 32 Abs. 1 lit. d DSGVO)",
    ];
    /// What to check in a processor agreement that is already signed, before relying on it
    /// (each against the proposal's clause of the same subject).
    pub const SIGNED_CHECKS: &[&str] = &[
        "Gegenstand, Dauer, Art und Zweck der Verarbeitung, Art der Daten und Kategorien betroffener Personen umfassen die WhatsApp-Kommunikation (Art. 28 Abs. 3 Satz 1 DSGVO)",
        "Liste der Unterauftragsverarbeiter mit Speicherorten und Verfahren bei Änderungen (Art. 28 Abs. 2 und 4 DSGVO)",
        "Meldung von Verletzungen des Schutzes personenbezogener Daten mit Frist (Art. 28 Abs. 3 lit. f, Art. 33 DSGVO)",
        "Löschung oder Rückgabe nach Ende der Leistung mit Frist (Art. 28 Abs. 3 lit. g DSGVO)",
        "Nachweise und Prüfrechte (Art. 28 Abs. 3 lit. h DSGVO)",
    ];
    /// The check of a signed agreement for the secrecy obligation of § 203 StGB.
    pub const SECRECY_CHECK: &str = "Verpflichtung zur Verschwiegenheit nach § 203 StGB: Der Dienstleister ist als mitwirkende Person zur Geheimhaltung verpflichtet, auf die Strafbarkeit hingewiesen und verpflichtet seine Beschäftigten und Unterauftragsverarbeiter in Textform (§ 203 Abs. 3 Satz 2, Abs. 4 Satz 2 Nr. 1 StGB). Fehlt die Klausel, wird sie als Ergänzungsvereinbarung nach Ziffer 5.9 des Vorschlags nachverhandelt; bis dahin dürfen dem Dienstleister keine Geheimnisse offenbart werden, die nicht von einer Schweigepflichtentbindung gedeckt sind";
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
        for key in ["28-2-4", "28-9", "32", "33-2", "chapter-5"] {
            assert!(REQUIREMENTS.iter().any(|r| r.key == key), "{key}");
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
