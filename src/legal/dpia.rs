//! The yardsticks of the threshold analysis (Schwellwertanalyse) as data: the regular cases of
//! Art. 35(3) GDPR, the entries of the German DSK "Muss-Liste" that can concern WhatsApp, and
//! the nine criteria of the WP248 guidelines. Which of them a profile meets is decided in
//! [`crate::risk::threshold`].

/// Date these texts were last checked against the sources.
pub const CHECKED_ON: &str = "2026-11-28";

/// The DSK list under Art. 35(4) GDPR for the non-public sector.
pub const MUSS_LISTE: &str = "Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist (DSK, nicht-öffentlicher Bereich, Version 1.1 vom 17. Oktober 2018)";

/// The WP248 guidelines.
pub const WP248: &str = "Leitlinien zur Datenschutz-Folgenabschätzung der Artikel-29-Datenschutzgruppe (WP 248 Rev. 01, vom Europäischen Datenschutzausschuss bestätigt)";

/// One yardstick: what it covers and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Yardstick {
    /// Stable key.
    pub key: &'static str,
    /// German title.
    pub title: &'static str,
    /// Citation.
    pub reference: &'static str,
}

/// The general clause, Art. 35(1) GDPR.
pub const GENERAL: Yardstick = Yardstick {
    key: "art35_1",
    title: "Voraussichtlich hohes Risiko, insbesondere bei Verwendung neuer Technologien",
    reference: "Art. 35 Abs. 1 DSGVO",
};

/// The regular cases of Art. 35(3) GDPR.
pub const REGULAR_CASES: [Yardstick; 3] = [
    Yardstick {
        key: "art35_3_a",
        title: "Systematische und umfassende Bewertung persönlicher Aspekte einschließlich Profiling als Grundlage für Entscheidungen mit Rechtswirkung",
        reference: "Art. 35 Abs. 3 lit. a DSGVO",
    },
    Yardstick {
        key: "art35_3_b",
        title: "Umfangreiche Verarbeitung besonderer Kategorien (Art. 9 Abs. 1 DSGVO) oder von Daten über Straftaten (Art. 10 DSGVO)",
        reference: "Art. 35 Abs. 3 lit. b DSGVO",
    },
    Yardstick {
        key: "art35_3_c",
        title: "Systematische umfangreiche Überwachung öffentlich zugänglicher Bereiche",
        reference: "Art. 35 Abs. 3 lit. c DSGVO",
    },
];

/// The entries of the DSK Muss-Liste that can concern the use of WhatsApp. The other entries
/// (video surveillance, location tracking, telematics …) do not concern messenger use.
///
/// ⚠️ Only the number of the AI entry (Nr. 11) is corroborated by two independent
/// transcriptions of the list; the other entries are cited by their content, not by number,
/// until the numbering is checked against the PDF of version 1.1.
pub const MUSS_LISTE_ENTRIES: [Yardstick; 4] = [
    Yardstick {
        key: "muss_ai",
        title: "Einsatz künstlicher Intelligenz zur Verarbeitung personenbezogener Daten, um die Interaktion mit den Betroffenen zu steuern oder persönliche Aspekte zu bewerten",
        reference: "DSK-Muss-Liste Nr. 11",
    },
    Yardstick {
        key: "muss_secrecy",
        title: "Umfangreiche Verarbeitung von Daten, die einem Sozial-, Berufs- oder besonderen Amtsgeheimnis unterliegen, auch wenn es keine Daten nach Art. 9 oder 10 DSGVO sind",
        reference: "DSK-Muss-Liste, Eintrag zu Berufs- und Amtsgeheimnissen",
    },
    Yardstick {
        key: "muss_employees",
        title: "Umfangreiche Verarbeitung von Daten über das Verhalten von Beschäftigten, die zur Bewertung ihrer Arbeitstätigkeit eingesetzt werden können",
        reference: "DSK-Muss-Liste, Eintrag zu Verhaltensdaten von Beschäftigten",
    },
    Yardstick {
        key: "muss_profiles",
        title: "Zusammenführung von Daten zu umfassenden Profilen über Interessen oder Verhalten der Betroffenen",
        reference: "DSK-Muss-Liste, Eintrag zur Profilbildung",
    },
];

/// The nine WP248 criteria, in the order of the guidelines. Meeting two or more means a DPIA
/// is required in most cases.
pub const WP248_CRITERIA: [Yardstick; 9] = [
    Yardstick {
        key: "wp248_1",
        title: "Bewerten oder Einstufen (Scoring), einschließlich Profiling und Prognosen",
        reference: "WP 248, Kriterium 1",
    },
    Yardstick {
        key: "wp248_2",
        title: "Automatisierte Entscheidungsfindung mit Rechtswirkung oder ähnlich bedeutsamer Wirkung",
        reference: "WP 248, Kriterium 2",
    },
    Yardstick {
        key: "wp248_3",
        title: "Systematische Überwachung",
        reference: "WP 248, Kriterium 3",
    },
    Yardstick {
        key: "wp248_4",
        title: "Vertrauliche oder höchstpersönliche Daten",
        reference: "WP 248, Kriterium 4",
    },
    Yardstick {
        key: "wp248_5",
        title: "Datenverarbeitung in großem Umfang",
        reference: "WP 248, Kriterium 5",
    },
    Yardstick {
        key: "wp248_6",
        title: "Abgleichen oder Zusammenführen von Datensätzen",
        reference: "WP 248, Kriterium 6",
    },
    Yardstick {
        key: "wp248_7",
        title: "Daten zu schutzbedürftigen Betroffenen",
        reference: "WP 248, Kriterium 7",
    },
    Yardstick {
        key: "wp248_8",
        title: "Innovative Nutzung oder Anwendung neuer technologischer oder organisatorischer Lösungen",
        reference: "WP 248, Kriterium 8",
    },
    Yardstick {
        key: "wp248_9",
        title: "Betroffene werden an der Ausübung eines Rechts oder der Nutzung einer Dienstleistung gehindert",
        reference: "WP 248, Kriterium 9",
    },
];

/// From how many WP248 criteria a DPIA is required in most cases.
pub const WP248_THRESHOLD: usize = 2;

/// Short names of the yardsticks, for the threshold memo, where the checks that are not met
/// are named in one line each instead of one table row each. Keyed like [`Yardstick::key`].
pub const SHORT_TITLES: [(&str, &str); 20] = [
    ("art35_1", "voraussichtlich hohes Risiko"),
    (
        "art35_3_a",
        "lit. a (Bewertung persönlicher Aspekte mit Rechtswirkung)",
    ),
    (
        "art35_3_b",
        "lit. b (umfangreiche Verarbeitung besonderer Kategorien oder von Strafdaten)",
    ),
    (
        "art35_3_c",
        "lit. c (Überwachung öffentlich zugänglicher Bereiche)",
    ),
    ("muss_ai", "künstliche Intelligenz (Nr. 11)"),
    ("muss_secrecy", "Berufs- und Amtsgeheimnisse"),
    ("muss_employees", "Verhalten von Beschäftigten"),
    ("muss_profiles", "umfassende Profile"),
    ("wp248_1", "1 Bewerten oder Einstufen"),
    ("wp248_2", "2 automatisierte Entscheidungen"),
    ("wp248_3", "3 systematische Überwachung"),
    ("wp248_4", "4 vertrauliche oder höchstpersönliche Daten"),
    ("wp248_5", "5 großer Umfang"),
    (
        "wp248_6",
        "6 Abgleichen oder Zusammenführen von Datensätzen",
    ),
    ("wp248_7", "7 schutzbedürftige Betroffene"),
    ("wp248_8", "8 innovative Technologie"),
    ("wp248_9", "9 Hinderung an Rechten oder Leistungen"),
    (
        "bdsg_38_1_1",
        "mindestens 20 Personen ständig mit der Verarbeitung beschäftigt",
    ),
    (
        "bdsg_38_1_2",
        "Verarbeitung mit verpflichtender Datenschutz-Folgenabschätzung",
    ),
    (
        "gdpr_37_1_c",
        "Kerntätigkeit in der umfangreichen Verarbeitung besonderer Kategorien",
    ),
];

/// The short name of a yardstick, or `None` for a key without one.
pub fn short_title(key: &str) -> Option<&'static str> {
    SHORT_TITLES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, short)| *short)
}
