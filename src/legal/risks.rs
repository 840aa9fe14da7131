//! The risk catalogue for WhatsApp use, modelled on DSK Kurzpapier Nr. 18 (KP18): each risk
//! seen from the data subject's side, when it applies, its default gross rating, the profile
//! facts that adjust the gross rating, the measures that lower the net rating, and the risk
//! matrix that turns likelihood and severity into a risk class.
//!
//! Everything here is data. The scoring that applies it to a profile lives in
//! [`crate::risk`]; a change of a rating or a measure's effect is a change in one table here.

use crate::legal::allergens;
use crate::profile::model::*;
use crate::profile::validate::Profile;
use Dimension::{Likelihood as L, Severity as S};
use serde::Serialize;

/// Date the ratings, adjustments and measure effects were last reviewed.
pub const CHECKED_ON: &str = "2026-11-28";

/// One of the four KP18 levels, used for both likelihood (Eintrittswahrscheinlichkeit) and
/// severity (Schwere des möglichen Schadens).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// geringfügig
    Geringfuegig,
    /// überschaubar
    Ueberschaubar,
    /// substanziell
    Substanziell,
    /// groß
    Gross,
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 4] = [
        Level::Geringfuegig,
        Level::Ueberschaubar,
        Level::Substanziell,
        Level::Gross,
    ];

    /// 1 (geringfügig) to 4 (groß).
    pub const fn value(self) -> u8 {
        match self {
            Level::Geringfuegig => 1,
            Level::Ueberschaubar => 2,
            Level::Substanziell => 3,
            Level::Gross => 4,
        }
    }

    /// The level `by` steps higher (positive) or lower (negative), kept within the scale.
    pub fn shifted(self, by: i8) -> Level {
        let target = (i16::from(self.value()) + i16::from(by)).clamp(1, 4);
        Level::ALL[usize::try_from(target - 1).unwrap_or(0)]
    }

    /// German KP18 term.
    pub const fn label(self) -> &'static str {
        match self {
            Level::Geringfuegig => "geringfügig",
            Level::Ueberschaubar => "überschaubar",
            Level::Substanziell => "substanziell",
            Level::Gross => "groß",
        }
    }
}

/// The three KP18 risk classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskClass {
    /// geringes Risiko: baseline measures suffice.
    Gering,
    /// Risiko: appropriate measures under Art. 24, 25 and 32 GDPR.
    Risiko,
    /// hohes Risiko: DPIA (Art. 35), notification of data subjects after breaches (Art. 34),
    /// prior consultation if it remains after the measures (Art. 36).
    Hoch,
}

impl RiskClass {
    /// All classes, lowest first.
    pub const ALL: [RiskClass; 3] = [RiskClass::Gering, RiskClass::Risiko, RiskClass::Hoch];

    /// German KP18 term.
    pub const fn label(self) -> &'static str {
        match self {
            RiskClass::Gering => "geringes Risiko",
            RiskClass::Risiko => "Risiko",
            RiskClass::Hoch => "hohes Risiko",
        }
    }

    /// Numeric code used by the risk-matrix marker for the PDF backend: 0, 1, 2.
    pub const fn code(self) -> u8 {
        match self {
            RiskClass::Gering => 0,
            RiskClass::Risiko => 1,
            RiskClass::Hoch => 2,
        }
    }
}

/// The two dimensions of a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Eintrittswahrscheinlichkeit.
    Likelihood,
    /// Schwere des möglichen Schadens.
    Severity,
}

impl Dimension {
    /// German term (both take the article „die“).
    pub const fn label(self) -> &'static str {
        match self {
            Dimension::Likelihood => "Eintrittswahrscheinlichkeit",
            Dimension::Severity => "Schwere",
        }
    }
}

/// The risk matrix: severity × likelihood → risk class.
///
/// ⚠️ The exact colouring of the 16 cells in the KP18 figure could not be verified. The default
/// [`MATRIX`] follows the encoding common in practice (e.g. open-source DSFA templates): the
/// product of the two levels (1–4 each) is *geringes Risiko* up to 3, *Risiko* from 4 to 8 and
/// *hohes Risiko* from 9. It is configurable: build another matrix with
/// [`RiskMatrix::from_product`] or [`RiskMatrix::from_cells`] and pass it to
/// [`crate::risk::assess_with`]. Whatever the cells say, [`RiskMatrix::classify`] never rates a
/// severity of „groß“ below *Risiko*: a very severe damage is not acceptable merely because it
/// is unlikely (KP18). Verify the mapping against the KP18 figure before release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RiskMatrix {
    /// `cells[severity][likelihood]`, index 0 = geringfügig.
    cells: [[RiskClass; 4]; 4],
}

impl RiskMatrix {
    /// A matrix from explicit cells: `cells[severity][likelihood]`, index 0 = geringfügig.
    pub const fn from_cells(cells: [[RiskClass; 4]; 4]) -> RiskMatrix {
        RiskMatrix { cells }
    }

    /// The product encoding: level product up to `low_max` → geringes Risiko, from `high_min`
    /// → hohes Risiko, in between → Risiko.
    pub const fn from_product(low_max: u8, high_min: u8) -> RiskMatrix {
        let mut cells = [[RiskClass::Risiko; 4]; 4];
        let mut s = 0;
        while s < 4 {
            let mut l = 0;
            while l < 4 {
                let product = (s as u8 + 1) * (l as u8 + 1);
                cells[s][l] = if product <= low_max {
                    RiskClass::Gering
                } else if product >= high_min {
                    RiskClass::Hoch
                } else {
                    RiskClass::Risiko
                };
                l += 1;
            }
            s += 1;
        }
        RiskMatrix { cells }
    }

    /// The class of a cell, with the severity floor applied.
    pub fn classify(&self, likelihood: Level, severity: Level) -> RiskClass {
        let cell =
            self.cells[usize::from(severity.value() - 1)][usize::from(likelihood.value() - 1)];
        if severity == Level::Gross {
            cell.max(RiskClass::Risiko)
        } else {
            cell
        }
    }

    /// The classes row by row for the PDF backend: top row first = severity „groß“, rows
    /// separated by `;`, cells left to right = likelihood geringfügig … groß, values 0/1/2
    /// (see [`RiskClass::code`]).
    pub fn marker_classes(&self) -> String {
        Level::ALL
            .iter()
            .rev()
            .map(|s| {
                Level::ALL
                    .iter()
                    .map(|l| self.classify(*l, *s).code().to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect::<Vec<_>>()
            .join(";")
    }
}

/// The matrix used for every document: the product encoding (≤ 3 gering, 4–8 Risiko, ≥ 9 hoch).
pub const MATRIX: RiskMatrix = RiskMatrix::from_product(3, 9);

/// How [`MATRIX`] assigns the classes, in German for the documents. Change it with the matrix.
pub const MATRIX_RULE: &str = "Die Felder sind nach der in der Praxis verbreiteten Produktregel belegt: Die Stufen zählen von 1 (geringfügig) bis 4 (groß); ein Produkt aus Eintrittswahrscheinlichkeit und Schwere bis 3 ergibt ein geringes Risiko, von 4 bis 8 ein Risiko und ab 9 ein hohes Risiko. Ein Schaden der Schwere „groß“ ergibt unabhängig von der Eintrittswahrscheinlichkeit mindestens ein Risiko.";

/// One risk of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Risk {
    /// Stable identifier `R1`…`R19`.
    pub id: &'static str,
    /// Short title.
    pub title: &'static str,
    /// Event and damage from the data subject's perspective.
    pub description: &'static str,
    /// Measures that address it (summary for the reader).
    pub measures: &'static str,
    /// Whether it applies to a profile.
    pub applies: fn(&Profile) -> bool,
    /// Where the data at risk come from in this profile: the planned purpose or data that
    /// arrive unasked. A mitigation acts only on the origins it can address.
    pub origin: fn(&Profile) -> Origin,
    /// Why the risk is not rated when it does not apply (German, for the line listing the
    /// risks that are not relevant, e.g. „nur bei Nutzung der App auf Telefonen“).
    pub absent: &'static str,
    /// Default gross likelihood, before profile adjustments and measures.
    pub likelihood: Level,
    /// Default gross severity, before profile adjustments and measures.
    pub severity: Level,
    /// Why the defaults are what they are (German, names both levels).
    pub basis: &'static str,
    /// What no measure of the company can remove, if anything.
    pub residual: Option<&'static str>,
}

/// Where the data whose disclosure or misuse a risk describes come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The processing as planned: the data are exchanged because the purpose needs them.
    Purpose,
    /// Data the company did not ask for and does not need (e.g. unsolicited health details).
    Unsolicited,
}

impl Origin {
    /// Both origins: what a technical or organisational safeguard of the processing acts on.
    pub const ALL: &'static [Origin] = &[Origin::Purpose, Origin::Unsolicited];

    /// German description, usable after „Quelle des Risikos ist hier …“.
    pub const fn label(self) -> &'static str {
        match self {
            Origin::Purpose => {
                "der geplante Zweck: Die Angaben werden ausgetauscht, weil die Leistung sie erfordert"
            }
            Origin::Unsolicited => "der unaufgeforderte Eingang von Angaben",
        }
    }

    /// The data of this origin, usable after „Die Maßnahme erfasst nur …“.
    pub const fn scope(self) -> &'static str {
        match self {
            Origin::Purpose => "Daten, die für den geplanten Zweck ausgetauscht werden",
            Origin::Unsolicited => "Angaben, die unaufgefordert eingehen",
        }
    }
}

/// Special categories are part of the service: declared as regular, or a scenario for them.
pub fn special_categories_planned(p: &Profile) -> bool {
    p.special_categories_regular() || p.has_scenario(ScenarioKind::SpecialCategoryData)
}

/// Sensitive content is what the communication is about: special categories as part of the
/// service, professional secrecy, or a health or legal practice whose ordinary inquiries
/// already concern health or legal matters.
pub fn sensitive_by_purpose(p: &Profile) -> bool {
    special_categories_planned(p)
        || p.raw.company.professional_secrecy
        || matches!(p.raw.company.sector, Sector::Health | Sector::Legal)
}

/// Health data reach the company only through allergen questions: R7 applies for no other
/// reason.
pub fn health_data_only_from_allergens(p: &Profile) -> bool {
    allergens::topic(p).is_some()
        && p.raw.special_categories.categories.is_empty()
        && !sensitive_by_purpose(p)
}

fn planned(_: &Profile) -> Origin {
    Origin::Purpose
}

fn always(_: &Profile) -> bool {
    true
}

fn app(p: &Profile) -> bool {
    p.uses_app()
}

/// The catalogue in order.
pub const CATALOGUE: [Risk; 21] = [
    Risk {
        id: "R1",
        title: "Übermittlung des Adressbuchs",
        description: "Die App übermittelt Telefonnummern aus dem Adressbuch des Geräts an WhatsApp – auch von Personen, die nicht eingewilligt haben oder WhatsApp gar nicht nutzen. Diese Personen verlieren die Kontrolle über ihre Nummer und erfahren davon nichts.",
        measures: "Kontaktzugriff verweigern oder auf ein getrenntes geschäftliches Adressbuch beschränken (Arbeitsprofil, eingeschränkter Kontaktzugriff unter iOS, WhatsApp-Kontakte); nur Kontakte mit Rechtsgrundlage speichern; Wechsel zur Cloud API beseitigt die Übermittlung.",
        applies: app,
        origin: planned,
        absent: "nur bei der App auf Telefonen",
        likelihood: Level::Gross,
        severity: Level::Ueberschaubar,
        basis: "Mit Adressbuchzugriff gleicht die App die gespeicherten Nummern fortlaufend mit WhatsApp ab; ohne Gegenmaßnahme geschieht das auf jedem Gerät (Eintrittswahrscheinlichkeit groß). Übermittelt wird vor allem die Telefonnummer; die Personen verlieren die Kontrolle darüber, wer sie kennt, und erfahren davon nichts (Schwere überschaubar; zum Kontrollverlust über die Telefonnummer vgl. BGH, Urteil vom 18. November 2024, VI ZR 10/24).",
        residual: None,
    },
    Risk {
        id: "R2",
        title: "Metadatenverarbeitung durch WhatsApp/Meta",
        description: "WhatsApp verarbeitet als eigener Verantwortlicher, wer wann wie oft mit dem Unternehmen kommuniziert, sowie Geräte- und Verbindungsdaten. Betroffene haben darauf keinen Einfluss; eine Verknüpfung innerhalb des Meta-Konzerns ist nicht auszuschließen.",
        measures: "Transparente Information, keine Nutzung für Werbeprofile, alternativer Kontaktweg; das Risiko kann vom Unternehmen nicht beseitigt werden.",
        applies: always,
        origin: planned,
        absent: "gilt für jede Nutzung von WhatsApp",
        likelihood: Level::Gross,
        severity: Level::Ueberschaubar,
        basis: "WhatsApp verarbeitet Verbindungs-, Konto- und Gerätedaten bei jeder Nachricht als eigener Verantwortlicher; das Unternehmen kann das nicht verhindern (Eintrittswahrscheinlichkeit groß). Nachrichteninhalte sind davon nicht erfasst; betroffen ist die Kontrolle darüber, wer von der Kommunikation mit dem Unternehmen erfährt (Schwere überschaubar). Dass Verbindungsdaten ein Berufsgeheimnis offenbaren können, wird unter R21 bewertet.",
        residual: Some(
            "Das Unternehmen kann dieses Risiko nicht beseitigen, sondern nur offenlegen und durch einen alternativen Kontaktweg vermeidbar halten.",
        ),
    },
    Risk {
        id: "R3",
        title: "Übermittlung in die USA und Zugriff von Behörden",
        description: "Daten werden an Unternehmen des Meta-Konzerns in den USA übermittelt. Behörden der USA können unter bestimmten Voraussetzungen darauf zugreifen; fällt der Angemessenheitsbeschluss weg, entfällt die Grundlage der Übermittlung.",
        measures: "Prüfung der Zertifizierung nach dem Data Privacy Framework, hilfsweise Standardvertragsklauseln; Local Storage in Deutschland oder No Storage bei der Cloud API; Dienstleister mit Hosting in der EU; keine besonderen Kategorien über WhatsApp.",
        applies: always,
        origin: planned,
        absent: "gilt für jede Nutzung von WhatsApp",
        likelihood: Level::Ueberschaubar,
        severity: Level::Substanziell,
        basis: "Die Übermittlung an Unternehmen des Meta-Konzerns in den USA stützt sich auf den Angemessenheitsbeschluss zum EU-US Data Privacy Framework; ein Zugriff von US-Behörden ist möglich, aber an Voraussetzungen und Rechtsbehelfe gebunden (Eintrittswahrscheinlichkeit überschaubar). Ein solcher Zugriff wäre für Betroffene weder erkennbar noch praktisch angreifbar (Schwere substanziell).",
        residual: Some(
            "Fällt der Angemessenheitsbeschluss weg (das Rechtsmittel C-703/25 P ist anhängig), ist die Bewertung zu wiederholen.",
        ),
    },
    Risk {
        id: "R4",
        title: "Verlust oder Diebstahl eines Geräts, unbefugter Zugriff",
        description: "Auf einem verlorenen, gestohlenen oder unbeaufsichtigten Gerät sind Chats, Medien und Kontakte für Unbefugte lesbar.",
        measures: "Gerätemanagement mit Fernlöschung, Geräteverschlüsselung und Sperrcode, App-Sperre, Verifizierung in zwei Schritten, kein automatischer Medien-Download, Prüfung verknüpfter Geräte.",
        applies: always,
        origin: planned,
        absent: "gilt für jede Nutzung von WhatsApp",
        likelihood: Level::Substanziell,
        severity: Level::Substanziell,
        basis: "Telefone gehen verloren, werden gestohlen oder bleiben unbeaufsichtigt; ohne Schutz sind die Chats sofort lesbar (Eintrittswahrscheinlichkeit substanziell). Auf dem Gerät liegen vollständige Kundenchats mit Fotos und Dokumenten (Schwere substanziell).",
        residual: None,
    },
    Risk {
        id: "R5",
        title: "Chat-Sicherungen in Google Drive oder iCloud",
        description: "Unverschlüsselte Sicherungen liegen beim Cloud-Anbieter außerhalb der Ende-zu-Ende-Verschlüsselung; Dritte können darauf zugreifen, es entsteht eine weitere Übermittlung in die USA.",
        measures: "Chat-Sicherung abschalten oder Ende-zu-Ende-verschlüsselte Sicherung nutzen; WhatsApp per MDM aus der Gerätesicherung ausnehmen; Archivierung im Archivsystem statt Cloud-Sicherung.",
        applies: app,
        origin: planned,
        absent: "nur bei der App auf Telefonen",
        likelihood: Level::Substanziell,
        severity: Level::Substanziell,
        basis: "Chat-Sicherungen in Google Drive oder iCloud sind auf vielen Geräten eingerichtet (Eintrittswahrscheinlichkeit substanziell). Eine unverschlüsselte Sicherung enthält alle Chats und Medien beim Cloud-Anbieter, meist mit Übermittlung in die USA und ohne Vertrag des Unternehmens mit dem Anbieter (Schwere substanziell).",
        residual: None,
    },
    Risk {
        id: "R6",
        title: "Vermischung von privater und geschäftlicher Nutzung",
        description: "Daten der Kontakte landen auf privaten Geräten und in privaten Konten, verbleiben nach dem Ausscheiden bei ehemaligen Beschäftigten oder werden mit privaten Kontakten vermischt.",
        measures: "Dienstliches Gerät oder Arbeitsprofil, eigene geschäftliche Nummer, Nutzungsrichtlinie, geregeltes Ausscheiden (Nummernübertragung, Löschung).",
        applies: app,
        origin: planned,
        absent: "nur bei der App auf Telefonen",
        likelihood: Level::Gross,
        severity: Level::Substanziell,
        basis: "Ohne Trennung werden dasselbe Gerät und dieselben Konten privat und dienstlich genutzt (Eintrittswahrscheinlichkeit groß). Kundendaten geraten in private Konten, Sicherungen und Adressbücher und bleiben beim Ausscheiden bei ehemaligen Beschäftigten (Schwere substanziell).",
        residual: None,
    },
    Risk {
        id: "R7",
        title: "Besondere Kategorien und Berufsgeheimnisse",
        description: "Gesundheitsdaten, Diagnosen, andere besondere Kategorien oder Berufsgeheimnisse werden über WhatsApp ausgetauscht oder unaufgefordert gesendet und liegen damit auf Geräten, in Sicherungen, beim Dienstleister oder bei Meta; ihre Offenlegung kann zu Diskriminierung, Bloßstellung oder erheblichen Nachteilen führen.",
        measures: "Gehen solche Angaben nur unaufgefordert ein: Hinweis, keine sensiblen Daten zu senden, sicherer alternativer Kanal, Übernahme in die Akte und Löschung im Chat. Ist der Austausch Teil der Leistung, senkt ein solcher Hinweis das Risiko nicht; dann wirken nur Maßnahmen, die den Austausch selbst schützen: ein Vertrag mit dem Dienstleister, der ihn auf das Berufsgeheimnis verpflichtet (§ 203 Abs. 4 StGB), No Storage und eine kurze Speicherdauer im Chat, Videos und Dokumente als Link aus eigenem Hosting statt als Datei im Chat. Die ausdrückliche Einwilligung – bei Berufsgeheimnissen mit Entbindung von der Schweigepflicht – ist Voraussetzung des Austauschs, senkt das Risiko aber nicht.",
        applies: |p| {
            !p.raw.special_categories.categories.is_empty()
                || p.raw.company.professional_secrecy
                || matches!(p.raw.company.sector, Sector::Health | Sector::Legal)
                || p.has_scenario(ScenarioKind::SpecialCategoryData)
                || allergens::topic(p).is_some()
        },
        origin: |p| {
            if sensitive_by_purpose(p) {
                Origin::Purpose
            } else {
                Origin::Unsolicited
            }
        },
        absent: "keine besonderen Kategorien, kein Berufsgeheimnis",
        likelihood: Level::Substanziell,
        severity: Level::Substanziell,
        basis: "Über Messenger werden erfahrungsgemäß auch unaufgefordert sensible Angaben gesendet, etwa Fotos von Verletzungen oder Befunde (Eintrittswahrscheinlichkeit substanziell). Die Offenlegung besonderer Kategorien oder von Berufsgeheimnissen kann zu Diskriminierung, Bloßstellung oder erheblichen Nachteilen führen (Schwere substanziell).",
        residual: None,
    },
    Risk {
        id: "R8",
        title: "Minderjährige",
        description: "Kinder und Jugendliche können die Tragweite ihrer Einwilligung und die Folgen der Kommunikation über WhatsApp schlechter einschätzen; eine Einwilligung, die sie ohne die nötige Einsichtsfähigkeit erklären, ist unwirksam.",
        measures: "Altersabfrage, Zustimmung der Eltern bei Zweifeln an der Einsichtsfähigkeit, keine Werbung an Minderjährige.",
        applies: |p| p.raw.data_subjects.minors != Minors::None,
        origin: planned,
        absent: "keine Minderjährigen zu erwarten",
        likelihood: Level::Ueberschaubar,
        severity: Level::Substanziell,
        basis: "Minderjährige können das Unternehmen über WhatsApp erreichen und einwilligen, ohne dass ihr Alter bekannt ist (Eintrittswahrscheinlichkeit überschaubar). Art. 8 DSGVO mit der Altersgrenze von 16 Jahren gilt nur für Einwilligungen in Dienste der Informationsgesellschaft, die einem Kind direkt angeboten werden; im Übrigen ist die Einwilligung eines Minderjährigen wirksam, wenn er Bedeutung und Tragweite der Verarbeitung erfassen kann (Einsichtsfähigkeit). Fehlt sie, ist die Einwilligung unwirksam; Kinder sind zudem besonders schutzbedürftig (Erwägungsgrund 38 DSGVO; Schwere substanziell).",
        residual: None,
    },
    Risk {
        id: "R9",
        title: "Offenlegung von Nummern in Gruppen und Fehlversand",
        description: "In Gruppen sehen alle Mitglieder die Telefonnummern der anderen; Nachrichten an falsche Empfänger offenbaren Kundenbeziehungen oder Inhalte.",
        measures: "Keine Gruppen mit Kontakten, Einzelnachrichten an mehrere Empfänger statt Gruppen, Vier-Augen-Prinzip bei Massenversand.",
        applies: |p| {
            p.has_feature(Feature::CustomerGroups)
                || p.has_feature(Feature::BroadcastLists)
                || p.has_scenario(ScenarioKind::Groups)
        },
        origin: planned,
        absent: "keine Gruppen und keine Nachrichten an viele Empfänger",
        likelihood: Level::Ueberschaubar,
        severity: Level::Substanziell,
        basis: "Beim Versand an viele Empfänger kommt es zu Fehlversand und falsch zusammengestellten Listen (Eintrittswahrscheinlichkeit überschaubar). Offenbart werden Telefonnummern und die Kundenbeziehung gegenüber Dritten (Schwere substanziell).",
        residual: None,
    },
    Risk {
        id: "R10",
        title: "Unerwünschte Werbung",
        description: "Werbenachrichten ohne wirksame Einwilligung belästigen die Empfänger und lassen sich schwer abbestellen.",
        measures: "Getrennte Einwilligung, Double-Opt-in, Protokollierung, Sperrliste, Abmeldung per Stichwort.",
        applies: |p| p.has_scenario(ScenarioKind::Marketing),
        origin: planned,
        absent: "keine Werbung",
        likelihood: Level::Substanziell,
        severity: Level::Ueberschaubar,
        basis: "Ohne sorgfältig dokumentierte Einwilligungen gehen Werbenachrichten leicht auch an Personen, die nicht oder nicht mehr zugestimmt haben (Eintrittswahrscheinlichkeit substanziell). Betroffene werden belästigt und müssen sich gegen weitere Nachrichten wehren (Schwere überschaubar).",
        residual: None,
    },
    Risk {
        id: "R11",
        title: "Fehler bei Speicherung und Löschung",
        description: "Chats bleiben unbegrenzt auf Geräten und in Postfächern gespeichert – oder Inhalte, die aufbewahrt werden müssen, gehen verloren.",
        measures: "Löschkonzept mit Fristen je Szenario, Übernahme aufbewahrungspflichtiger Inhalte in Akte oder Archiv, regelmäßige Löschung.",
        applies: always,
        origin: planned,
        absent: "gilt für jede Nutzung von WhatsApp",
        likelihood: Level::Gross,
        severity: Level::Ueberschaubar,
        basis: "Ohne Löschroutine bleiben Chats in Messengern dauerhaft gespeichert (Eintrittswahrscheinlichkeit groß). Betroffene verlieren die Kontrolle über alte Kommunikation; zugleich können aufbewahrungspflichtige Vorgänge verloren gehen, die sie zum Nachweis ihrer Ansprüche brauchen (Schwere überschaubar).",
        residual: None,
    },
    Risk {
        id: "R12",
        title: "Übernahme des WhatsApp-Kontos",
        description: "Über SIM-Tausch oder einen abgefangenen Registrierungscode übernehmen Dritte das Konto, lesen Nachrichten mit und geben sich gegenüber den Kontakten als das Unternehmen aus.",
        measures: "Verifizierung in zwei Schritten, Schulung gegen Code-Phishing, verifiziertes Unternehmensprofil.",
        applies: always,
        origin: planned,
        absent: "gilt für jede Nutzung von WhatsApp",
        likelihood: Level::Ueberschaubar,
        severity: Level::Substanziell,
        basis: "Angriffe über SIM-Tausch oder erschlichene Registrierungscodes kommen vor, setzen aber ein gezieltes Vorgehen voraus (Eintrittswahrscheinlichkeit überschaubar). Angreifer lesen laufende Chats mit und können Kontakte im Namen des Unternehmens täuschen, etwa mit falschen Zahlungsaufforderungen (Schwere substanziell).",
        residual: None,
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
        origin: planned,
        absent: "keine verknüpften Geräte",
        likelihood: Level::Substanziell,
        severity: Level::Ueberschaubar,
        basis: "Sitzungen von WhatsApp Web/Desktop bleiben auf Rechnern angemeldet, auch wenn niemand davor sitzt (Eintrittswahrscheinlichkeit substanziell). Unbefugte im Umfeld können einzelne Chats einsehen (Schwere überschaubar).",
        residual: None,
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
        origin: planned,
        absent: "keine Cloud API und kein CRM oder Helpdesk",
        likelihood: Level::Ueberschaubar,
        severity: Level::Substanziell,
        basis: "Schnittstellen, Zugangsschlüssel und Postfächer von Dienstleistern sind ein verbreitetes Angriffsziel (Eintrittswahrscheinlichkeit überschaubar). Ein Vorfall legt die gespeicherten Chats vieler Kontakte zugleich offen (Schwere substanziell).",
        residual: None,
    },
    Risk {
        id: "R15",
        title: "Übertragung bei der Koexistenz-Einrichtung",
        description: "Beim Anbinden der App-Nummer an die Cloud API können Chatverläufe der letzten sechs Monate und Kontakte an die Cloud API und den Dienstleister übertragen werden – Daten, die Betroffene nur Ende-zu-Ende-verschlüsselt über die App geteilt haben. Für Koexistenz-Nummern steht Local Storage nicht zur Verfügung; die übertragenen Verläufe können daher auch bei Meta außerhalb der EU verarbeitet werden.",
        measures: "Verlaufs- und Kontaktübertragung ablehnen oder dokumentieren, Betroffene nach Art. 14 DSGVO informieren.",
        applies: |p| p.variant() == Variant::BusinessAppCoexistence,
        origin: planned,
        absent: "keine Koexistenz",
        likelihood: Level::Geringfuegig,
        severity: Level::Substanziell,
        basis: "Ohne Übertragung bei der Einrichtung gelangen nur neue Nachrichten in das Postfach (Eintrittswahrscheinlichkeit geringfügig). Eine Übertragung legt Chatverläufe, die Betroffene nur über die App geteilt haben, bei weiteren Empfängern offen, ohne dass sie davon wissen (Schwere substanziell). Ein Speicherort des Dienstleisters in der EU allein senkt die Schwere nicht: Die Verläufe durchlaufen auch die Cloud API, für die bei Koexistenz kein Local Storage gewählt werden kann; er wirkt nur zusammen mit dem Verzicht auf Speicherung bei Meta.",
        residual: None,
    },
    Risk {
        id: "R16",
        title: "KI-Chatbot",
        description: "Ein Chatbot verarbeitet Nachrichteninhalte, kann falsche Auskünfte geben und Inhalte an den KI-Anbieter weitergeben; ohne Kennzeichnung wissen Betroffene nicht, dass sie mit einer Maschine schreiben.",
        measures: "Hinweis auf KI (Art. 50 KI-Verordnung), Übergabe an einen Menschen, kein Training mit den Daten der Kontakte, Vertrag mit dem Anbieter, Datenschutz-Folgenabschätzung.",
        applies: |p| p.has_feature(Feature::AiBot) || p.has_scenario(ScenarioKind::AiChatbot),
        origin: planned,
        absent: "kein KI-Chatbot",
        likelihood: Level::Substanziell,
        severity: Level::Substanziell,
        basis: "Ein Chatbot verarbeitet jede Nachricht, die ihn erreicht; Fehlantworten und die Weitergabe an den KI-Anbieter sind bei solchen Systemen zu erwarten (Eintrittswahrscheinlichkeit substanziell). Falsche Auskünfte können zu Nachteilen führen, etwa bei Fristen, Preisen oder Ansprüchen (Schwere substanziell).",
        residual: None,
    },
    Risk {
        id: "R17",
        title: "Labels und Profilbildung",
        description: "Labels wie „säumig“ oder gesundheitsbezogene Markierungen kategorisieren Personen und können zu nachteiliger Behandlung führen.",
        measures: "Nur neutrale Bearbeitungslabels, regelmäßige Prüfung und Löschung.",
        applies: |p| p.has_feature(Feature::Labels),
        origin: planned,
        absent: "keine Labels",
        likelihood: Level::Ueberschaubar,
        severity: Level::Ueberschaubar,
        basis: "Labels werden im Alltag schnell auch wertend vergeben (Eintrittswahrscheinlichkeit überschaubar). Eine wertende Einordnung kann zu schlechterer Behandlung führen (Schwere überschaubar).",
        residual: None,
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
        origin: planned,
        absent: "kein von mehreren Beschäftigten genutztes Gerät oder Postfach",
        likelihood: Level::Ueberschaubar,
        severity: Level::Ueberschaubar,
        basis: "Geräte und Postfächer zeigen Lesebestätigungen und Antwortzeiten; ohne Regelung liegt eine Auswertung je Person nahe (Eintrittswahrscheinlichkeit überschaubar). Beschäftigte geraten unter Leistungsdruck oder werden arbeitsrechtlich benachteiligt (Schwere überschaubar).",
        residual: None,
    },
    Risk {
        id: "R19",
        title: "Betroffenenrechte werden nicht erfüllt",
        description: "Chats sind über mehrere Geräte, Postfächer und Sicherungen verteilt; Auskunft, Löschung oder Widerspruch werden nicht vollständig oder nicht fristgerecht umgesetzt.",
        measures: "Festgelegtes Verfahren für Betroffenenrechte, zentrales Postfach, Exportfunktion, Fristenkontrolle.",
        applies: always,
        origin: planned,
        absent: "gilt für jede Nutzung von WhatsApp",
        likelihood: Level::Substanziell,
        severity: Level::Ueberschaubar,
        basis: "Chats liegen an mehreren Stellen – Geräte, Postfächer, Sicherungen; ohne festen Ablauf bleiben Anfragen unvollständig oder werden zu spät beantwortet (Eintrittswahrscheinlichkeit substanziell). Betroffene können ihre Rechte auf Auskunft, Löschung und Widerspruch nicht wirksam ausüben (Schwere überschaubar).",
        residual: None,
    },
    Risk {
        id: "R20",
        title: "Fehlversand von Nachrichten mit besonderen Kategorien",
        description: "Eine Nachricht mit Gesundheitsangaben oder anderen besonderen Kategorien geht an den falschen Chat oder die falsche Nummer – etwa durch Verwechslung ähnlicher Namen, eine falsch gespeicherte Nummer oder eine weitergeleitete Nachricht. Ein Dritter erfährt dadurch Inhalte und die Beziehung der betroffenen Person zum Unternehmen.",
        measures: "Schulung mit Prüfung des Empfängers vor dem Versand, Antwort nur im bestehenden Chat der betroffenen Person, sensible Inhalte als zugangsgeschützter Link statt als Text oder Datei, Vier-Augen-Prinzip bei Sammelnachrichten.",
        applies: special_categories_planned,
        origin: planned,
        absent: "besondere Kategorien sind nicht Teil der Leistung",
        likelihood: Level::Substanziell,
        severity: Level::Gross,
        basis: "Wo besondere Kategorien planmäßig über Telefone und Postfächer ausgetauscht werden, ist der Fehlversand an einen falschen Chat der häufigste Vorfall; Namen werden verwechselt, Nummern falsch gespeichert (Eintrittswahrscheinlichkeit substanziell). Ein Dritter erhält unmittelbar den Inhalt, etwa eine Diagnose oder einen Befund, und erfährt die Beziehung zum Unternehmen (Schwere groß).",
        residual: None,
    },
    Risk {
        id: "R21",
        title: "Offenlegung des Berufsgeheimnisses durch Verbindungsdaten",
        description: "WhatsApp erfährt aus den Verbindungsdaten, dass eine Person mit dem Unternehmen kommuniziert – und damit, dass sie Patientin, Patient, Mandantin oder Mandant ist. Schon diese Tatsache ist ein Geheimnis im Sinne des § 203 StGB; WhatsApp verarbeitet die Verbindungsdaten als eigener Verantwortlicher und ist an die Schweigepflicht nicht gebunden.",
        measures: "Entbindung von der Schweigepflicht vor der Kommunikation über WhatsApp, die WhatsApp Ireland als Empfänger der Verbindungsdaten nennt; anderer Kontaktweg ohne Nachteile für alle, die das nicht möchten.",
        applies: |p| p.raw.company.professional_secrecy,
        origin: planned,
        absent: "kein Berufsgeheimnis",
        likelihood: Level::Gross,
        severity: Level::Substanziell,
        basis: "WhatsApp erhält bei jeder Nachricht die Verbindungsdaten; das Unternehmen kann das nicht verhindern (Eintrittswahrscheinlichkeit groß). Offenbart wird die Tatsache eines Behandlungs- oder Mandatsverhältnisses gegenüber einem Unternehmen, das weder Auftragsverarbeiter noch mitwirkende Person im Sinne des § 203 Abs. 3 StGB ist (Schwere substanziell).",
        residual: Some(
            "Auch nach einer Entbindung von der Schweigepflicht erfährt WhatsApp, wer mit dem Unternehmen kommuniziert; das Unternehmen kann das nur offenlegen und einen anderen Kontaktweg offenhalten.",
        ),
    },
];

/// The risks that apply to a profile, in catalogue order.
pub fn applicable(p: &Profile) -> Vec<&'static Risk> {
    CATALOGUE.iter().filter(|r| (r.applies)(p)).collect()
}

/// Looks up a risk by its identifier.
pub fn by_id(id: &str) -> Option<&'static Risk> {
    CATALOGUE.iter().find(|r| r.id == id)
}

// ---------------------------------------------------------------------------------------------
// Gross adjustments: facts about the processing itself (variant, data, people, volume) that make
// a risk more or less likely or more or less severe than the catalogue default.
// ---------------------------------------------------------------------------------------------

/// A profile fact that moves a risk's gross rating away from the catalogue default.
#[derive(Debug, Clone, Copy)]
pub struct Adjustment {
    /// Stable key.
    pub key: &'static str,
    /// Adjustments of the same group do not add up: for each risk only the first one that
    /// applies counts (e.g. health sector and health data describe the same sensitivity).
    pub group: Option<&'static str>,
    /// The risks it moves.
    pub risks: &'static [&'static str],
    /// Which dimension.
    pub dimension: Dimension,
    /// Levels up (positive) or down (negative).
    pub shift: i8,
    /// Whether the profile has the fact.
    pub applies: fn(&Profile) -> bool,
    /// The fact, as a German sentence.
    pub reason: &'static str,
}

fn devices(p: &Profile) -> Option<&Devices> {
    p.raw.whatsapp.devices.as_ref()
}

/// The app runs on employees' own phones without a work container and may read their address
/// book: the upload covers their private contacts, as with the private app.
fn byod_address_book_without_container(p: &Profile) -> bool {
    p.variant() != Variant::Private
        && devices(p).is_some_and(|d| {
            matches!(d.ownership, Ownership::Byod | Ownership::Mixed)
                && d.address_book != AddressBook::NoAccess
                && !d.mdm.as_ref().is_some_and(|m| m.work_container)
        })
}

fn groups_used(p: &Profile) -> bool {
    p.has_feature(Feature::CustomerGroups) || p.has_scenario(ScenarioKind::Groups)
}

fn uses_ai(p: &Profile) -> bool {
    p.has_feature(Feature::AiBot) || p.has_scenario(ScenarioKind::AiChatbot)
}

/// Risks whose damage is the disclosure of what was written or who wrote with whom; their
/// severity rises when that content is sensitive. R11 (retention errors) is not among them:
/// keeping or losing a chat discloses nothing by itself.
const CONTENT_RISKS: &[&str] = &[
    "R3", "R4", "R5", "R6", "R7", "R9", "R12", "R13", "R14", "R15", "R16", "R17",
];

/// Every gross adjustment, applied in this order.
pub const ADJUSTMENTS: &[Adjustment] = &[
    Adjustment {
        key: "private_app",
        group: Some("consumer_address_book"),
        risks: &["R1", "R2"],
        dimension: Dimension::Severity,
        shift: 1,
        applies: |p| p.variant() == Variant::Private,
        reason: "In der privaten App erhält WhatsApp die Daten als eigener Verantwortlicher nach den Bedingungen für Verbraucher; Bedingungen zur Auftragsverarbeitung gibt es nicht.",
    },
    Adjustment {
        key: "byod_without_container",
        group: Some("consumer_address_book"),
        risks: &["R1"],
        dimension: Dimension::Severity,
        shift: 1,
        applies: byod_address_book_without_container,
        reason: "Die App läuft auf privaten Telefonen der Beschäftigten ohne getrenntes Arbeitsprofil. Sie greift dort auf das private Adressbuch zu und übermittelt die Nummern privater Kontakte, die mit dem Unternehmen nichts zu tun haben – nicht anders als die private App.",
    },
    Adjustment {
        key: "app_end_to_end",
        group: None,
        risks: &["R3"],
        dimension: Dimension::Severity,
        shift: -1,
        applies: |p| matches!(p.variant(), Variant::Private | Variant::BusinessApp),
        reason: "Bei der App sind Nachrichteninhalte Ende-zu-Ende-verschlüsselt; bei Meta und damit in den USA sind nur Konto- und Verbindungsdaten zugänglich, keine Inhalte.",
    },
    Adjustment {
        key: "cloud_inbox_devices",
        group: None,
        risks: &["R4"],
        dimension: Dimension::Likelihood,
        shift: -1,
        applies: |p| !p.uses_app(),
        reason: "Bei der Cloud API liegen die Chats nicht auf Telefonen, sondern in einem zentralen Postfach; angreifbar sind nur angemeldete Sitzungen an Arbeitsplätzen.",
    },
    Adjustment {
        key: "ios_device_backup",
        group: None,
        risks: &["R5"],
        dimension: Dimension::Likelihood,
        shift: 1,
        applies: |p| {
            devices(p).is_some_and(|d| d.platforms.contains(&Platform::Ios) && d.mdm.is_none())
        },
        reason: "Auf iPhones kann die iCloud-Gerätesicherung WhatsApp-Daten auch dann enthalten, wenn die Chat-Sicherung selbst verschlüsselt ist; ohne Gerätemanagement lässt sich das nicht zentral ausschließen.",
    },
    Adjustment {
        key: "special_categories_planned",
        group: None,
        risks: &["R7"],
        dimension: Dimension::Likelihood,
        shift: 1,
        applies: special_categories_planned,
        reason: "Besondere Kategorien werden nicht nur unaufgefordert, sondern planmäßig über WhatsApp ausgetauscht.",
    },
    Adjustment {
        key: "allergen_questions",
        group: None,
        risks: &["R7"],
        dimension: Dimension::Likelihood,
        shift: -2,
        applies: health_data_only_from_allergens,
        reason: "Gesundheitsangaben können nur bei Fragen zu Allergenen und Unverträglichkeiten anfallen. Diese Fragen werden beantwortet, ohne Angaben zur Gesundheit zu verlangen; eine Gesundheitsangabe entsteht nur, wenn jemand den Grund seiner Frage von sich aus nennt.",
    },
    Adjustment {
        key: "minors_target_likelihood",
        group: None,
        risks: &["R8"],
        dimension: Dimension::Likelihood,
        shift: 1,
        applies: |p| p.raw.data_subjects.minors == Minors::TargetGroup,
        reason: "Kinder und Jugendliche sind Zielgruppe; ihre Daten werden regelmäßig verarbeitet.",
    },
    Adjustment {
        key: "customer_groups",
        group: None,
        risks: &["R9"],
        dimension: Dimension::Likelihood,
        shift: 1,
        applies: groups_used,
        reason: "Es werden Gruppen mit Kontakten des Unternehmens genutzt; darin sieht jedes Mitglied die Telefonnummern aller anderen.",
    },
    Adjustment {
        key: "marketing_without_consent",
        group: None,
        risks: &["R10"],
        dimension: Dimension::Likelihood,
        shift: 1,
        applies: |p| {
            p.scenarios
                .iter()
                .any(|s| s.kind == ScenarioKind::Marketing && s.legal_basis != LegalBasis::Consent)
        },
        reason: "Werbung stützt sich nicht auf eine Einwilligung.",
    },
    Adjustment {
        key: "central_inbox",
        group: None,
        risks: &["R11", "R19"],
        dimension: Dimension::Likelihood,
        shift: -1,
        applies: |p| !p.uses_app(),
        reason: "Die Chats liegen zentral in einem Postfach statt auf einzelnen Telefonen; Löschung, Auskunft und Export lassen sich an einer Stelle umsetzen.",
    },
    Adjustment {
        key: "several_devices",
        group: None,
        risks: &["R19"],
        dimension: Dimension::Likelihood,
        shift: 1,
        applies: |p| p.uses_app() && devices(p).is_some_and(|d| d.count > 1),
        reason: "Die Chats sind auf mehrere Telefone verteilt; jede Anfrage muss auf allen Geräten bearbeitet werden.",
    },
    Adjustment {
        key: "coexistence_history_and_contacts",
        group: Some("coexistence"),
        risks: &["R15"],
        dimension: L,
        shift: 3,
        applies: |p| {
            p.raw
                .whatsapp
                .coexistence
                .as_ref()
                .is_some_and(|c| c.history_shared && c.contacts_shared)
        },
        reason: "Bei der Einrichtung wurden der Chatverlauf (bis zu sechs Monate) und die Kontakte an die Cloud API und den Dienstleister übertragen.",
    },
    Adjustment {
        key: "coexistence_history",
        group: Some("coexistence"),
        risks: &["R15"],
        dimension: L,
        shift: 3,
        applies: |p| {
            p.raw
                .whatsapp
                .coexistence
                .as_ref()
                .is_some_and(|c| c.history_shared)
        },
        reason: "Bei der Einrichtung wurde der Chatverlauf (bis zu sechs Monate) an die Cloud API und den Dienstleister übertragen.",
    },
    Adjustment {
        key: "coexistence_contacts",
        group: Some("coexistence"),
        risks: &["R15"],
        dimension: L,
        shift: 3,
        applies: |p| {
            p.raw
                .whatsapp
                .coexistence
                .as_ref()
                .is_some_and(|c| c.contacts_shared)
        },
        reason: "Bei der Einrichtung wurden die Kontakte der App an die Cloud API und den Dienstleister übertragen.",
    },
    Adjustment {
        key: "coexistence_unknown",
        group: Some("coexistence"),
        risks: &["R15"],
        dimension: Dimension::Likelihood,
        shift: 3,
        applies: |p| {
            p.variant() == Variant::BusinessAppCoexistence && p.raw.whatsapp.coexistence.is_none()
        },
        reason: "Ob bei der Einrichtung Chatverlauf oder Kontakte übertragen wurden, ist nicht angegeben; die Bewertung unterstellt eine Übertragung.",
    },
    Adjustment {
        key: "ai_automated_decisions",
        group: None,
        risks: &["R16"],
        dimension: Dimension::Severity,
        shift: 1,
        applies: |p| {
            p.raw
                .whatsapp
                .ai
                .as_ref()
                .is_some_and(|a| a.automated_decisions)
        },
        reason: "Der Chatbot trifft Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung (Art. 22 DSGVO).",
    },
    Adjustment {
        key: "sensitive_special_categories",
        group: Some("sensitivity"),
        risks: CONTENT_RISKS,
        dimension: Dimension::Severity,
        shift: 1,
        applies: special_categories_planned,
        reason: "Über WhatsApp werden planmäßig besondere Kategorien personenbezogener Daten (Art. 9 DSGVO) ausgetauscht; ihre Offenlegung wiegt schwerer.",
    },
    Adjustment {
        key: "sensitive_professional_secrecy",
        group: Some("sensitivity"),
        risks: CONTENT_RISKS,
        dimension: Dimension::Severity,
        shift: 1,
        applies: |p| p.raw.company.professional_secrecy,
        reason: "Die Kommunikation unterliegt einem Berufsgeheimnis (§ 203 StGB); schon die Offenlegung, dass jemand Patientin, Patient oder Mandant ist, verletzt ein Geheimnis.",
    },
    Adjustment {
        key: "sensitive_sector",
        group: Some("sensitivity"),
        risks: CONTENT_RISKS,
        dimension: Dimension::Severity,
        shift: 1,
        applies: |p| matches!(p.raw.company.sector, Sector::Health | Sector::Legal),
        reason: "Im Gesundheitswesen und in der Rechtsberatung lassen schon die Chats selbst Rückschlüsse auf Gesundheit oder Rechtsangelegenheiten zu.",
    },
    Adjustment {
        key: "minors_target_severity",
        group: None,
        risks: &["R10", "R16", "R17"],
        dimension: Dimension::Severity,
        shift: 1,
        applies: |p| p.raw.data_subjects.minors == Minors::TargetGroup,
        reason: "Kinder und Jugendliche sind Zielgruppe; sie sind besonders schutzbedürftig (Erwägungsgrund 38 DSGVO).",
    },
    Adjustment {
        key: "minors_target_chats",
        group: None,
        risks: &["R4", "R9", "R20"],
        dimension: Dimension::Severity,
        shift: 1,
        applies: |p| p.raw.data_subjects.minors == Minors::TargetGroup,
        reason: "Kinder und Jugendliche sind Zielgruppe. Gelangen ihre Chats bei Verlust eines Geräts oder durch Fehlversand an Fremde, trifft das besonders Schutzbedürftige, die Folgen schlechter einschätzen und sich schlechter wehren können (Erwägungsgrund 38 DSGVO).",
    },
    Adjustment {
        key: "large_scale",
        group: None,
        risks: &["R3", "R10", "R14"],
        dimension: Dimension::Severity,
        shift: 1,
        applies: |p| p.raw.data_subjects.scale == Scale::Large,
        reason: "Mehr als etwa 10.000 Personen im Jahr sind erreicht; ein Ereignis, das alle zugleich trifft, wiegt entsprechend schwerer.",
    },
];

// ---------------------------------------------------------------------------------------------
// Mitigations: what the company does (declared measures and profile settings) and how far it
// lowers a risk. Likelihood falls through technical and organisational safeguards; severity
// falls only where less or less sensitive data is exposed.
// ---------------------------------------------------------------------------------------------

/// Where a mitigation comes from.
#[derive(Debug, Clone, Copy)]
pub enum Source {
    /// A measure declared under `measures:`.
    Measure(Measure),
    /// A setting elsewhere in the profile.
    Setting {
        /// Short German label.
        label: &'static str,
        /// How to declare it in the profile.
        how: &'static str,
    },
}

/// What a mitigation does to one risk.
#[derive(Debug, Clone, Copy)]
pub struct Effect {
    /// The risk.
    pub risk: &'static str,
    /// Which dimension it lowers.
    pub dimension: Dimension,
    /// By how many levels.
    pub levels: u8,
    /// Why, as the second half of a German sentence (lower-case start).
    pub why: &'static str,
    /// The origins of the risk it can address. A request not to send something cannot lower
    /// a risk whose data are exchanged because the purpose needs them.
    pub addresses: &'static [Origin],
}

/// A measure or setting that lowers risks.
#[derive(Debug, Clone, Copy)]
pub struct Mitigation {
    /// Stable key; for declared measures the profile key of the measure.
    pub key: &'static str,
    /// Where it comes from.
    pub source: Source,
    /// The measure as the subject of a German sentence ("Die Sperrliste senkt …").
    pub subject: &'static str,
    /// Mitigations of the same group are alternatives (e.g. the backup settings): at most one
    /// is in effect, and proposing one replaces the other.
    pub group: Option<&'static str>,
    /// Whether the profile has it.
    pub in_effect: fn(&Profile) -> bool,
    /// Whether the company could adopt it with its setup.
    pub available: fn(&Profile) -> bool,
    /// Its effects.
    pub effects: &'static [Effect],
}

impl Mitigation {
    /// Short German label.
    pub fn label(&self) -> &'static str {
        match self.source {
            Source::Measure(m) => crate::legal::measures::info(m).label,
            Source::Setting { label, .. } => label,
        }
    }

    /// What implementing it means, in words for the documents (no profile keys).
    pub fn describe(&self) -> String {
        match self.source {
            Source::Measure(m) => crate::legal::measures::info(m).description.to_owned(),
            Source::Setting { label, .. } => format!("Einstellung: {label}."),
        }
    }

    /// How to declare it in the profile.
    pub fn how(&self) -> String {
        match self.source {
            Source::Measure(_) => format!("`{}` unter `measures` aufnehmen", self.key),
            Source::Setting { how, .. } => how.to_owned(),
        }
    }

    /// Its effects on one risk.
    pub fn effects_on<'a>(&'a self, risk: &'a str) -> impl Iterator<Item = &'static Effect> + 'a {
        self.effects.iter().filter(move |e| e.risk == risk)
    }
}

fn yes(_: &Profile) -> bool {
    true
}

fn cloud(p: &Profile) -> bool {
    p.uses_cloud_api()
}

const fn lower(risk: &'static str, dimension: Dimension, levels: u8, why: &'static str) -> Effect {
    Effect {
        risk,
        dimension,
        levels,
        why,
        addresses: Origin::ALL,
    }
}

/// An effect that acts only on data arriving unasked (a request to the data subjects not to
/// send them), never on data the purpose needs.
const fn lower_unsolicited(
    risk: &'static str,
    dimension: Dimension,
    levels: u8,
    why: &'static str,
) -> Effect {
    Effect {
        risk,
        dimension,
        levels,
        why,
        addresses: &[Origin::Unsolicited],
    }
}

/// Every mitigation, applied in this order.
pub const MITIGATIONS: &[Mitigation] = &[
    // Settings of the app variants.
    Mitigation {
        key: "address_book_no_access",
        source: Source::Setting {
            label: "Kein Adressbuchzugriff",
            how: "`whatsapp.devices.address_book: no_access`",
        },
        subject: "Der Verzicht auf den Adressbuchzugriff",
        group: Some("address_book"),
        in_effect: |p| devices(p).is_some_and(|d| d.address_book == AddressBook::NoAccess),
        available: app,
        effects: &[lower(
            "R1",
            L,
            3,
            "die App gleicht keine Nummern aus dem Adressbuch ab; Kontakte werden nur als WhatsApp-Kontakte geführt.",
        )],
    },
    Mitigation {
        key: "address_book_business_only",
        source: Source::Setting {
            label: "Getrenntes geschäftliches Adressbuch",
            how: "`whatsapp.devices.address_book: business_only`",
        },
        subject: "Das getrennte geschäftliche Adressbuch",
        group: Some("address_book"),
        in_effect: |p| devices(p).is_some_and(|d| d.address_book == AddressBook::BusinessOnly),
        available: app,
        effects: &[lower(
            "R1",
            L,
            2,
            "die App sieht nur geschäftliche Kontakte; Nummern privater Kontakte werden nicht übermittelt.",
        )],
    },
    Mitigation {
        key: "company_devices",
        source: Source::Setting {
            label: "Ausschließlich dienstliche Geräte",
            how: "`whatsapp.devices.ownership: company`",
        },
        subject: "Der Einsatz ausschließlich dienstlicher Geräte",
        group: None,
        in_effect: |p| devices(p).is_some_and(|d| d.ownership == Ownership::Company),
        available: app,
        effects: &[lower(
            "R6",
            L,
            2,
            "private Konten, Kontakte und Sicherungen der Beschäftigten liegen nicht auf demselben Gerät.",
        )],
    },
    Mitigation {
        key: "mdm_work_container",
        source: Source::Setting {
            label: "Arbeitsprofil im Gerätemanagement",
            how: "`whatsapp.devices.mdm.work_container: true`",
        },
        subject: "Gerätemanagement mit Arbeitsprofil",
        group: None,
        in_effect: |p| {
            devices(p)
                .and_then(|d| d.mdm.as_ref())
                .is_some_and(|m| m.work_container)
        },
        available: app,
        effects: &[lower(
            "R6",
            L,
            1,
            "WhatsApp läuft getrennt von privaten Apps und Daten; geschäftliche Daten lassen sich gezielt löschen.",
        )],
    },
    Mitigation {
        key: "mdm_remote_wipe",
        source: Source::Setting {
            label: "Gerätemanagement mit Fernsperre und Fernlöschung",
            how: "`whatsapp.devices.mdm` mit `vendor` und `remote_wipe: true`",
        },
        subject: "Die Fernsperre und -löschung über das Gerätemanagement",
        group: None,
        in_effect: |p| {
            devices(p)
                .and_then(|d| d.mdm.as_ref())
                .is_some_and(|m| m.remote_wipe)
        },
        available: app,
        effects: &[lower(
            "R4",
            L,
            1,
            "verlorene oder gestohlene Geräte werden gesperrt und gelöscht – private Geräte nur im Arbeitsprofil oder in der verwalteten App –, bevor Unbefugte die Chats lesen.",
        )],
    },
    Mitigation {
        key: "backup_none",
        source: Source::Setting {
            label: "Keine Chat-Sicherung",
            how: "`whatsapp.devices.backup: none`",
        },
        subject: "Die abgeschaltete Chat-Sicherung",
        group: Some("backup"),
        in_effect: |p| devices(p).is_some_and(|d| d.backup == Backup::None),
        available: app,
        effects: &[lower(
            "R5",
            L,
            2,
            "Chats werden nicht beim Cloud-Anbieter gespeichert.",
        )],
    },
    Mitigation {
        key: "backup_end_to_end",
        source: Source::Setting {
            label: "Ende-zu-Ende-verschlüsselte Chat-Sicherung",
            how: "`whatsapp.devices.backup: end_to_end_encrypted`",
        },
        subject: "Die Ende-zu-Ende-verschlüsselte Chat-Sicherung",
        group: Some("backup"),
        in_effect: |p| devices(p).is_some_and(|d| d.backup == Backup::EndToEndEncrypted),
        available: app,
        effects: &[lower(
            "R5",
            L,
            2,
            "der Cloud-Anbieter erhält nur verschlüsselte Daten; Passwort oder Schlüssel liegen nicht bei ihm.",
        )],
    },
    Mitigation {
        key: "linked_devices_managed",
        source: Source::Setting {
            label: "Verknüpfte Geräte nur auf verwalteten Rechnern",
            how: "`whatsapp.devices.linked_devices: managed`",
        },
        subject: "Die Beschränkung verknüpfter Geräte auf verwaltete Firmenrechner",
        group: None,
        in_effect: |p| devices(p).is_some_and(|d| d.linked_devices == LinkedDevices::Managed),
        available: app,
        effects: &[lower(
            "R13",
            L,
            2,
            "Sitzungen laufen nur auf Rechnern mit Zugangsschutz, die das Unternehmen kontrolliert.",
        )],
    },
    // Settings of the Cloud API variants.
    Mitigation {
        key: "cloud_local_storage_de",
        source: Source::Setting {
            label: "Local Storage in Deutschland",
            how: "`whatsapp.cloud_api.storage: local_storage_de`",
        },
        subject: "Die Speicherung in Deutschland (Local Storage)",
        group: Some("cloud_storage"),
        in_effect: |p| p.cloud_storage() == Some(CloudStorage::LocalStorageDe),
        available: |p| p.uses_cloud_api() && p.variant() != Variant::BusinessAppCoexistence,
        effects: &[lower(
            "R3",
            L,
            1,
            "gespeicherte Nachrichten liegen in Deutschland; während der Zustellung und für Verbindungsdaten bleibt eine Verarbeitung außerhalb der EU möglich.",
        )],
    },
    Mitigation {
        key: "cloud_no_storage",
        source: Source::Setting {
            label: "No Storage",
            how: "`whatsapp.cloud_api.storage: no_storage`",
        },
        subject: "Der Verzicht auf Speicherung bei Meta (No Storage)",
        group: Some("cloud_storage"),
        in_effect: |p| p.cloud_storage() == Some(CloudStorage::NoStorage),
        available: cloud,
        effects: &[
            lower(
                "R3",
                L,
                1,
                "Nachrichten werden bei Meta nur kurz zwischengespeichert und nicht dauerhaft abgelegt; Verbindungsdaten verarbeitet Meta weiterhin.",
            ),
            lower(
                "R7",
                L,
                1,
                "sensible Inhalte liegen bei Meta nur für die Zustellung vor und werden dort nicht gespeichert.",
            ),
        ],
    },
    Mitigation {
        key: "provider_hosting_eu",
        source: Source::Setting {
            label: "Speicherort des Dienstleisters in der EU",
            how: "Dienstleister mit Speicherort in der EU, `whatsapp.provider.hosting_region: eu`",
        },
        subject: "Der Speicherort des Dienstleisters in der EU",
        group: None,
        in_effect: |p| {
            p.uses_provider()
                && p.raw
                    .whatsapp
                    .provider
                    .as_ref()
                    .is_some_and(|pr| pr.hosting_region == Some(Region::Eu))
        },
        available: |p| p.uses_provider(),
        // No effect on R15: imported histories also pass the Cloud API, where coexistence
        // numbers cannot use Local Storage.
        effects: &[lower(
            "R3",
            L,
            1,
            "die beim Dienstleister gespeicherten Chats verlassen die EU nicht.",
        )],
    },
    Mitigation {
        key: "coexistence_history_eu_only",
        source: Source::Setting {
            label: "Übertragene Verläufe nur beim Dienstleister in der EU",
            how: "`whatsapp.cloud_api.storage: no_storage` und Dienstleister mit `whatsapp.provider.hosting_region: eu`",
        },
        subject: "Der Verzicht auf Speicherung bei Meta zusammen mit dem Speicherort des Dienstleisters in der EU",
        group: None,
        in_effect: |p| {
            p.variant() == Variant::BusinessAppCoexistence
                && p.cloud_storage() == Some(CloudStorage::NoStorage)
                && p.raw
                    .whatsapp
                    .provider
                    .as_ref()
                    .is_some_and(|pr| pr.hosting_region == Some(Region::Eu))
        },
        available: |p| p.variant() == Variant::BusinessAppCoexistence,
        effects: &[lower(
            "R15",
            S,
            1,
            "die übertragenen Verläufe werden bei Meta nicht gespeichert und liegen dauerhaft nur bei einem Auftragsverarbeiter in der EU.",
        )],
    },
    // Consent and AI settings.
    Mitigation {
        key: "double_opt_in",
        source: Source::Setting {
            label: "Double-Opt-in",
            how: "`consent.double_opt_in: true`",
        },
        subject: "Das Double-Opt-in",
        group: None,
        in_effect: |p| p.raw.consent.double_opt_in,
        available: yes,
        effects: &[lower(
            "R10",
            L,
            1,
            "Werbung geht nur an Nummern, deren Inhaber die Einwilligung über die Nummer selbst bestätigt hat.",
        )],
    },
    Mitigation {
        key: "ai_human_handover",
        source: Source::Setting {
            label: "Übergabe an einen Menschen",
            how: "`whatsapp.ai.human_handover: true`",
        },
        subject: "Die jederzeitige Übergabe an einen Menschen",
        group: None,
        in_effect: |p| p.raw.whatsapp.ai.as_ref().is_some_and(|a| a.human_handover),
        available: uses_ai,
        effects: &[lower(
            "R16",
            S,
            1,
            "fehlerhafte automatisierte Antworten werden von Beschäftigten korrigiert, bevor Nachteile entstehen.",
        )],
    },
    Mitigation {
        key: "ai_no_training",
        source: Source::Setting {
            label: "Kein Training mit Daten der Kontakte",
            how: "`whatsapp.ai.trains_on_customer_data: false` (vertraglich ausgeschlossen)",
        },
        subject: "Der Ausschluss des Trainings mit Daten der Kontakte",
        group: None,
        in_effect: |p| {
            p.raw
                .whatsapp
                .ai
                .as_ref()
                .is_some_and(|a| !a.trains_on_customer_data)
        },
        available: uses_ai,
        effects: &[lower(
            "R16",
            L,
            1,
            "Gesprächsinhalte fließen nicht in KI-Modelle ein und werden nicht für andere Zwecke weiterverwendet.",
        )],
    },
    // Declared measures.
    Mitigation {
        key: "two_step_verification",
        source: Source::Measure(Measure::TwoStepVerification),
        subject: "Die Verifizierung in zwei Schritten",
        group: None,
        in_effect: |p| p.has_measure(Measure::TwoStepVerification),
        available: yes,
        effects: &[lower(
            "R12",
            L,
            1,
            "ohne die PIN kann niemand die Nummer mit einem abgefangenen Registrierungscode auf einem anderen Gerät registrieren.",
        )],
    },
    Mitigation {
        key: "app_lock",
        source: Source::Measure(Measure::AppLock),
        subject: "Die Geräte- und App-Sperre",
        group: None,
        in_effect: |p| p.has_measure(Measure::AppLock),
        available: yes,
        effects: &[lower(
            "R4",
            L,
            1,
            "Geräteverschlüsselung, Bildschirm- und App-Sperre verhindern, dass Finder oder Diebe die Chats lesen.",
        )],
    },
    Mitigation {
        key: "staff_training",
        source: Source::Measure(Measure::StaffTraining),
        subject: "Die Schulung der Beschäftigten",
        group: None,
        in_effect: |p| p.has_measure(Measure::StaffTraining),
        available: yes,
        effects: &[
            lower(
                "R12",
                L,
                1,
                "Beschäftigte erkennen Versuche, Registrierungscodes oder Zugangsdaten zu erschleichen.",
            ),
            lower(
                "R20",
                L,
                1,
                "Beschäftigte prüfen vor dem Versand sensibler Inhalte Chat und Empfänger und antworten nur im bestehenden Chat der betroffenen Person.",
            ),
        ],
    },
    Mitigation {
        key: "usage_policy",
        source: Source::Measure(Measure::UsagePolicy),
        subject: "Die Nutzungsrichtlinie",
        group: None,
        in_effect: |p| p.has_measure(Measure::UsagePolicy),
        available: app,
        effects: &[lower(
            "R6",
            L,
            1,
            "sie verbietet, Kontakte des Unternehmens über private Konten oder Geräte anzuschreiben.",
        )],
    },
    Mitigation {
        key: "deletion_concept",
        source: Source::Measure(Measure::DeletionConcept),
        subject: "Das Löschkonzept",
        group: None,
        in_effect: |p| p.has_measure(Measure::DeletionConcept),
        available: yes,
        effects: &[
            lower(
                "R7",
                L,
                1,
                "sensible Angaben werden im Chat gelöscht, sobald sie verwendet oder in die Unterlagen übernommen sind, und bleiben dort nur kurz verfügbar.",
            ),
            lower(
                "R11",
                L,
                1,
                "Chats werden nach festen Fristen gelöscht statt unbegrenzt gespeichert.",
            ),
            lower(
                "R15",
                S,
                1,
                "auch die übertragenen Verläufe werden nach festen Fristen gelöscht; offengelegt bleiben weniger und jüngere Nachrichten.",
            ),
        ],
    },
    Mitigation {
        key: "sensitive_data_notice",
        source: Source::Measure(Measure::SensitiveDataNotice),
        subject: "Der Hinweis auf sensible Daten",
        group: None,
        in_effect: |p| p.has_measure(Measure::SensitiveDataNotice),
        available: yes,
        effects: &[lower_unsolicited(
            "R7",
            L,
            1,
            "Wer dem Unternehmen schreibt, wird gebeten, keine sensiblen Angaben zu senden, und auf einen sicheren Kanal verwiesen.",
        )],
    },
    Mitigation {
        key: "no_customer_groups",
        source: Source::Measure(Measure::NoCustomerGroups),
        subject: "Der Verzicht auf Gruppen mit Kontakten",
        group: None,
        // Declaring the measure while using groups contradicts itself; it then has no effect.
        in_effect: |p| p.has_measure(Measure::NoCustomerGroups) && !groups_used(p),
        available: yes,
        effects: &[lower(
            "R9",
            L,
            1,
            "Telefonnummern werden nicht in Gruppen gegenüber anderen Mitgliedern offengelegt.",
        )],
    },
    Mitigation {
        key: "media_auto_download_off",
        source: Source::Measure(Measure::MediaAutoDownloadOff),
        subject: "Der abgeschaltete automatische Medien-Download",
        group: None,
        // With an unencrypted chat backup the media are in that backup anyway: keeping them
        // out of the gallery does not touch the source of R5.
        in_effect: |p| {
            p.has_measure(Measure::MediaAutoDownloadOff)
                && devices(p).is_none_or(|d| d.backup != Backup::Unencrypted)
        },
        available: app,
        effects: &[lower(
            "R5",
            L,
            1,
            "Fotos und Dokumente aus Chats gelangen nicht in die Galerie und damit nicht in die Foto-Sicherung des Geräts.",
        )],
    },
    Mitigation {
        key: "archive_export",
        source: Source::Measure(Measure::ArchiveExport),
        subject: "Die Archivierung geschäftsrelevanter Chats",
        group: None,
        in_effect: |p| p.has_measure(Measure::ArchiveExport),
        available: yes,
        effects: &[lower(
            "R11",
            L,
            1,
            "aufbewahrungspflichtige Nachrichten gehen nicht verloren und können danach auf dem Gerät gelöscht werden.",
        )],
    },
    Mitigation {
        key: "role_concept",
        source: Source::Measure(Measure::RoleConcept),
        subject: "Das Rollen- und Berechtigungskonzept",
        group: None,
        in_effect: |p| p.has_measure(Measure::RoleConcept) && p.uses_cloud_api(),
        available: cloud,
        effects: &[
            lower(
                "R4",
                L,
                1,
                "eine unbefugt genutzte Sitzung zeigt nur die Chats eines Aufgabenbereichs.",
            ),
            lower(
                "R14",
                L,
                1,
                "Beschäftigte und angebundene Systeme sehen nur die Chats ihres Aufgabenbereichs.",
            ),
        ],
    },
    Mitigation {
        key: "token_rotation",
        source: Source::Measure(Measure::TokenRotation),
        subject: "Der Schutz und die regelmäßige Erneuerung der API-Zugangsschlüssel",
        group: None,
        in_effect: |p| p.has_measure(Measure::TokenRotation) && p.uses_cloud_api(),
        available: cloud,
        effects: &[lower(
            "R14",
            L,
            1,
            "abgeflossene Schlüssel verlieren schnell ihre Gültigkeit.",
        )],
    },
    Mitigation {
        key: "access_logging",
        source: Source::Measure(Measure::AccessLogging),
        subject: "Die Protokollierung der Zugriffe",
        group: None,
        in_effect: |p| p.has_measure(Measure::AccessLogging),
        available: yes,
        effects: &[lower(
            "R14",
            L,
            1,
            "unbefugte Zugriffe werden erkannt und abgestellt, bevor sie sich ausweiten.",
        )],
    },
    Mitigation {
        key: "works_council_agreement",
        source: Source::Measure(Measure::WorksCouncilAgreement),
        subject: "Die Betriebsvereinbarung",
        group: None,
        in_effect: |p| p.has_measure(Measure::WorksCouncilAgreement),
        available: yes,
        effects: &[lower(
            "R18",
            L,
            1,
            "sie legt Zweck und Grenzen jeder Auswertung fest (§ 87 Abs. 1 Nr. 6 BetrVG).",
        )],
    },
    Mitigation {
        key: "aggregate_kpis_only",
        source: Source::Measure(Measure::AggregateKpisOnly),
        subject: "Die Beschränkung auf zusammengefasste Kennzahlen",
        group: None,
        in_effect: |p| p.has_measure(Measure::AggregateKpisOnly),
        available: yes,
        effects: &[lower(
            "R18",
            L,
            1,
            "Antwortzeiten und Aktivitäten werden nicht je Beschäftigtem ausgewertet.",
        )],
    },
    Mitigation {
        key: "label_policy",
        source: Source::Measure(Measure::LabelPolicy),
        subject: "Die Richtlinie für Labels",
        group: None,
        in_effect: |p| p.has_measure(Measure::LabelPolicy),
        available: yes,
        effects: &[lower(
            "R17",
            L,
            1,
            "Labels dienen nur der Bearbeitung und bewerten keine Personen.",
        )],
    },
    Mitigation {
        key: "dsr_process",
        source: Source::Measure(Measure::DsrProcess),
        subject: "Das Verfahren für Betroffenenrechte",
        group: None,
        in_effect: |p| p.has_measure(Measure::DsrProcess),
        available: yes,
        effects: &[lower(
            "R19",
            L,
            1,
            "Anfragen werden nach einem festen Ablauf mit Fristenkontrolle auf allen Geräten und in allen Systemen bearbeitet.",
        )],
    },
    Mitigation {
        key: "suppression_list",
        source: Source::Measure(Measure::SuppressionList),
        subject: "Die Sperrliste",
        group: None,
        in_effect: |p| p.has_measure(Measure::SuppressionList),
        available: yes,
        effects: &[lower(
            "R10",
            L,
            1,
            "wer widerrufen oder widersprochen hat, erhält keine Werbung mehr.",
        )],
    },
    Mitigation {
        key: "four_eyes_bulk_messages",
        source: Source::Measure(Measure::FourEyesBulkMessages),
        subject: "Das Vier-Augen-Prinzip bei Massenversand",
        group: None,
        in_effect: |p| p.has_measure(Measure::FourEyesBulkMessages),
        available: yes,
        effects: &[lower(
            "R9",
            L,
            1,
            "Empfängerlisten und Inhalte werden vor dem Versand von einer zweiten Person geprüft.",
        )],
    },
    Mitigation {
        key: "offboarding",
        source: Source::Measure(Measure::Offboarding),
        subject: "Das geregelte Ausscheiden",
        group: None,
        in_effect: |p| p.has_measure(Measure::Offboarding),
        available: app,
        effects: &[lower(
            "R6",
            L,
            1,
            "Zugänge werden entzogen, dienstliche Geräte zurückgesetzt, auf privaten Geräten das Arbeitsprofil oder die verwaltete App entfernt und die Nummer übertragen; Chats bleiben nicht bei ehemaligen Beschäftigten.",
        )],
    },
    Mitigation {
        key: "dedicated_business_number",
        source: Source::Measure(Measure::DedicatedBusinessNumber),
        subject: "Die eigene geschäftliche Nummer",
        group: None,
        in_effect: |p| p.has_measure(Measure::DedicatedBusinessNumber),
        available: app,
        effects: &[lower(
            "R6",
            L,
            1,
            "Kundenkommunikation läuft nicht über private Nummern der Beschäftigten.",
        )],
    },
    Mitigation {
        key: "business_profile_complete",
        source: Source::Measure(Measure::BusinessProfileComplete),
        subject: "Das vollständige Unternehmensprofil",
        group: None,
        in_effect: |p| p.has_measure(Measure::BusinessProfileComplete),
        available: yes,
        effects: &[lower(
            "R12",
            L,
            1,
            "Wer dem Unternehmen schreibt, erkennt das echte Konto des Unternehmens und fallen seltener auf nachgeahmte Konten herein.",
        )],
    },
    Mitigation {
        key: "age_check",
        source: Source::Measure(Measure::AgeCheck),
        subject: "Die Zustimmung der Eltern unter 16 Jahren",
        group: None,
        in_effect: |p| p.has_measure(Measure::AgeCheck),
        available: yes,
        effects: &[lower(
            "R8",
            L,
            1,
            "Einwilligungen von Kindern unter 16 Jahren werden nur mit Zustimmung der Eltern angenommen; Zweifel an der Einsichtsfähigkeit gehen so nicht zulasten der Kinder.",
        )],
    },
    Mitigation {
        key: "provider_secrecy_clause",
        source: Source::Measure(Measure::ProviderSecrecyClause),
        subject: "Die Verpflichtung des Dienstleisters auf das Berufsgeheimnis",
        group: None,
        in_effect: |p| p.has_measure(Measure::ProviderSecrecyClause) && p.uses_provider(),
        available: |p| p.uses_provider() && p.raw.company.professional_secrecy,
        effects: &[lower(
            "R7",
            L,
            1,
            "der Dienstleister und seine Beschäftigten sind vertraglich zur Verschwiegenheit verpflichtet und als mitwirkende Personen nach § 203 Abs. 4 StGB strafrechtlich gebunden.",
        )],
    },
    Mitigation {
        key: "media_via_links",
        source: Source::Measure(Measure::MediaViaLinks),
        subject: "Der Versand von Medien als Link aus eigenem Hosting",
        group: None,
        in_effect: |p| p.has_measure(Measure::MediaViaLinks),
        available: |p| p.has_scenario(ScenarioKind::SpecialCategoryData) || sensitive_by_purpose(p),
        effects: &[
            lower(
                "R7",
                L,
                1,
                "Videos, Anleitungen und Dokumente liegen nicht als Datei in Chats, auf Telefonen, in Sicherungen und bei Meta, sondern zugangsgeschützt auf Servern, die das Unternehmen kontrolliert.",
            ),
            lower(
                "R20",
                S,
                1,
                "ein fehlgeleiteter Link gibt ohne Zugangsdaten keinen Inhalt preis.",
            ),
        ],
    },
    Mitigation {
        key: "secrecy_release",
        source: Source::Setting {
            label: "Entbindung von der Schweigepflicht vor jedem Austausch",
            how: "bei Berufsgeheimnis Teil jeder Einwilligung und eigener Text für Anfragen (Dokument 3)",
        },
        subject: "Die vorherige Entbindung von der Schweigepflicht (Verfahren nach Dokument 3)",
        group: None,
        // Under secrecy the pack itself obtains the release: every consent contains it and
        // inquiries get their own release text before any content is exchanged, and the
        // public texts promise exactly that. It is in force with the pack.
        // An address book synced with WhatsApp discloses clients who never gave a release,
        // so the release cannot carry R21 then (lint DSG030 names the fix).
        in_effect: |p| {
            p.raw.company.professional_secrecy
                && devices(p).is_none_or(|d| d.address_book == AddressBook::NoAccess)
        },
        available: |p| p.raw.company.professional_secrecy,
        effects: &[lower(
            "R21",
            L,
            2,
            "WhatsApp erfährt von dem Behandlungs- oder Mandatsverhältnis nur bei Personen, die in Kenntnis dieses Empfängers eingewilligt haben; unbefugt offenbart wird es allenfalls bei einer ersten Nachricht vor der Entbindung.",
        )],
    },
];

/// Looks up a mitigation by key.
pub fn mitigation(key: &str) -> Option<&'static Mitigation> {
    MITIGATIONS.iter().find(|m| m.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_matrix_is_the_product_encoding() {
        // Top row severity „groß“, columns likelihood geringfügig … groß.
        assert_eq!(MATRIX.marker_classes(), "1,1,2,2;0,1,2,2;0,1,1,1;0,0,0,1");
        for s in Level::ALL {
            for l in Level::ALL {
                let product = s.value() * l.value();
                let expected = match product {
                    0..=3 => RiskClass::Gering,
                    4..=8 => RiskClass::Risiko,
                    _ => RiskClass::Hoch,
                };
                assert_eq!(MATRIX.classify(l, s), expected, "{l:?} × {s:?}");
            }
        }
    }

    #[test]
    fn severity_gross_is_never_below_risiko_whatever_the_cells_say() {
        let lenient = RiskMatrix::from_cells([[RiskClass::Gering; 4]; 4]);
        for l in Level::ALL {
            assert_eq!(lenient.classify(l, Level::Gross), RiskClass::Risiko);
            assert_eq!(lenient.classify(l, Level::Substanziell), RiskClass::Gering);
        }
        assert_eq!(lenient.marker_classes(), "1,1,1,1;0,0,0,0;0,0,0,0;0,0,0,0");
        // A stricter product threshold changes cells but not the floor.
        let strict = RiskMatrix::from_product(1, 4);
        assert_eq!(
            strict.classify(Level::Geringfuegig, Level::Gross),
            RiskClass::Hoch
        );
        assert_eq!(
            strict.classify(Level::Geringfuegig, Level::Geringfuegig),
            RiskClass::Gering
        );
    }

    #[test]
    fn levels_stay_on_the_scale() {
        assert_eq!(Level::Gross.shifted(2), Level::Gross);
        assert_eq!(Level::Ueberschaubar.shifted(-3), Level::Geringfuegig);
        assert_eq!(Level::Geringfuegig.shifted(3), Level::Gross);
        assert_eq!(Level::Substanziell.shifted(0), Level::Substanziell);
    }

    #[test]
    fn catalogue_tables_refer_to_existing_risks() {
        let ids: Vec<&str> = CATALOGUE.iter().map(|r| r.id).collect();
        let expected: Vec<String> = (1..=21).map(|n| format!("R{n}")).collect();
        for r in &CATALOGUE {
            assert!(!r.absent.is_empty(), "{}", r.id);
        }
        assert_eq!(ids, expected);
        for adj in ADJUSTMENTS {
            assert!(adj.shift != 0, "{}", adj.key);
            for r in adj.risks {
                assert!(by_id(r).is_some(), "{} → {r}", adj.key);
            }
        }
        let mut keys: Vec<&str> = MITIGATIONS.iter().map(|m| m.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), MITIGATIONS.len(), "mitigation keys are unique");
        for m in MITIGATIONS {
            assert!(!m.effects.is_empty(), "{}", m.key);
            for e in m.effects {
                assert!(by_id(e.risk).is_some(), "{} → {}", m.key, e.risk);
                assert!(e.levels >= 1, "{} → {}", m.key, e.risk);
                assert!(e.why.ends_with('.'), "{} → {}", m.key, e.risk);
            }
        }
    }

    /// Every measure a profile can declare has its effect on the risks written down, under the
    /// key the profile uses for it.
    #[test]
    fn every_declarable_measure_has_a_mitigation_under_its_profile_key() {
        let schema = serde_json::to_value(schemars::schema_for!(Measure)).expect("schema");
        fn collect(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(map) => {
                    for (k, v) in map {
                        match (k.as_str(), v) {
                            ("const", serde_json::Value::String(s)) => out.push(s.clone()),
                            ("enum", serde_json::Value::Array(items)) => out
                                .extend(items.iter().filter_map(|i| i.as_str().map(str::to_owned))),
                            _ => collect(v, out),
                        }
                    }
                }
                serde_json::Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
                _ => {}
            }
        }
        let mut keys = Vec::new();
        collect(&schema, &mut keys);
        assert!(keys.len() >= 22, "{keys:?}");
        for key in &keys {
            let m = mitigation(key).unwrap_or_else(|| panic!("no mitigation for `{key}`"));
            let Source::Measure(measure) = m.source else {
                panic!("`{key}` is not a declared measure")
            };
            // (The release from secrecy is no measure to declare: the pack obtains it.)
            assert_eq!(serde_json::to_value(measure).expect("key"), key.as_str());
        }
    }
}
