//! The threshold analysis (Schwellwertanalyse, Art. 35(1), (3) and (4) GDPR): is a data
//! protection impact assessment mandatory, recommended, or does a documented threshold analysis
//! suffice? Every yardstick gets a yes or no with its reason, so the analysis is documented
//! even when no DPIA is needed.

use super::scoring::ScoredRisk;
use crate::legal::allergens;
use crate::legal::dpia::{
    self, GENERAL, MUSS_LISTE_ENTRIES, REGULAR_CASES, WP248_CRITERIA, Yardstick,
};
use crate::legal::labels;
use crate::legal::risks::RiskClass;
use crate::legal::risks::health_data_only_from_allergens;
use crate::profile::model::*;
use crate::profile::validate::Profile;
use crate::text::join_und;
use serde::Serialize;

/// One yardstick, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What was checked.
    pub yardstick: Yardstick,
    /// Is it met?
    pub met: bool,
    /// Why (German sentences).
    pub reason: String,
}

fn check(yardstick: Yardstick, met: bool, reason: impl Into<String>) -> Check {
    Check {
        yardstick,
        met,
        reason: reason.into(),
    }
}

/// The outcome of the threshold analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DpiaResult {
    /// A documented threshold analysis suffices.
    ThresholdMemo,
    /// A DPIA is not required but recommended.
    Recommended,
    /// A DPIA is required (Art. 35 GDPR).
    Mandatory,
}

impl DpiaResult {
    /// German label.
    pub fn label(self) -> &'static str {
        match self {
            DpiaResult::Mandatory => "Datenschutz-Folgenabschätzung verpflichtend",
            DpiaResult::Recommended => {
                "Datenschutz-Folgenabschätzung nicht vorgeschrieben, aber empfohlen"
            }
            DpiaResult::ThresholdMemo => {
                "Datenschutz-Folgenabschätzung nicht erforderlich; dokumentierte Schwellwertanalyse genügt"
            }
        }
    }
}

/// The threshold analysis of one profile.
#[derive(Debug, Clone)]
pub struct Threshold {
    /// Art. 35(1): the general clause.
    pub general: Check,
    /// Art. 35(3)(a)–(c).
    pub regular_cases: Vec<Check>,
    /// The WhatsApp-relevant entries of the DSK Muss-Liste (Art. 35(4)).
    pub muss_liste: Vec<Check>,
    /// The nine WP248 criteria.
    pub criteria: Vec<Check>,
    /// How many WP248 criteria are met.
    pub criteria_met: usize,
    /// The result.
    pub result: DpiaResult,
    /// Why (German phrases with their legal reference, usable as list items).
    pub reasons: Vec<String>,
}

impl Threshold {
    /// Is a DPIA mandatory?
    pub fn mandatory(&self) -> bool {
        self.result == DpiaResult::Mandatory
    }
}

fn uses_ai(p: &Profile) -> bool {
    p.has_feature(Feature::AiBot) || p.has_scenario(ScenarioKind::AiChatbot)
}

fn special_list(p: &Profile) -> String {
    join_und(
        &p.raw
            .special_categories
            .categories
            .iter()
            .map(|c| labels::special_category(*c))
            .collect::<Vec<_>>(),
    )
}

fn patients(p: &Profile) -> bool {
    p.raw.company.sector == Sector::Health
        || (p.special_categories_regular()
            && p.raw
                .special_categories
                .categories
                .contains(&SpecialCategory::Health))
}

fn full_address_book(p: &Profile) -> bool {
    p.uses_app()
        && p.raw
            .whatsapp
            .devices
            .as_ref()
            .is_none_or(|d| d.address_book == AddressBook::Full)
}

fn employee_monitoring_reason(p: &Profile, risks: &[ScoredRisk]) -> String {
    let r18 = risks.iter().any(|r| r.risk.id == "R18");
    if !r18 {
        "Die Kommunikation dient nicht der Beobachtung oder Überwachung von Personen; ein gemeinsames Postfach mit Auswertungen zu Beschäftigten gibt es nicht.".to_owned()
    } else if p.has_measure(Measure::AggregateKpisOnly) {
        "Die Kommunikation dient nicht der Beobachtung oder Überwachung von Personen; Kennzahlen zu Beschäftigten werden nur zusammengefasst ausgewertet.".to_owned()
    } else {
        "Die Kommunikation dient nicht der Beobachtung oder Überwachung von Personen. Lesebestätigungen und Antwortzeiten ließen zwar eine Auswertung je Beschäftigtem zu; sie gehört aber nicht zu den Zwecken der Verarbeitung und sollte ausdrücklich ausgeschlossen werden (Risiko R18). Würden Beschäftigte einzeln ausgewertet, wäre dieser Punkt erneut zu prüfen.".to_owned()
    }
}

fn regular_cases(p: &Profile) -> Vec<Check> {
    let automated = p
        .raw
        .whatsapp
        .ai
        .as_ref()
        .is_some_and(|a| a.automated_decisions);
    let a = if automated {
        check(
            REGULAR_CASES[0],
            true,
            "Der Chatbot bewertet Anfragen und trifft Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung für die Betroffenen.",
        )
    } else {
        check(
            REGULAR_CASES[0],
            false,
            "Es findet keine systematische und umfassende Bewertung persönlicher Aspekte statt, auf die Entscheidungen mit Rechtswirkung gestützt werden.",
        )
    };
    let special = &p.raw.special_categories;
    let b = if p.special_categories_regular() && p.raw.data_subjects.scale == Scale::Large {
        check(
            REGULAR_CASES[1],
            true,
            format!(
                "Besondere Kategorien ({}) werden planmäßig und in großem Umfang verarbeitet.",
                special_list(p)
            ),
        )
    } else if p.special_categories_regular() {
        check(
            REGULAR_CASES[1],
            false,
            format!(
                "Besondere Kategorien ({}) werden planmäßig verarbeitet, aber nicht in großem Umfang ({}); nach Erwägungsgrund 91 DSGVO ist insbesondere die Verarbeitung von Patienten- oder Mandantendaten durch einzelne Angehörige eines Gesundheitsberufs oder Rechtsanwälte nicht umfangreich. Die Sensibilität der Daten ist unter Art. 35 Abs. 1 DSGVO gewürdigt.",
                special_list(p),
                labels::scale(p.raw.data_subjects.scale)
            ),
        )
    } else if !special.categories.is_empty() {
        check(
            REGULAR_CASES[1],
            false,
            "Besondere Kategorien sind nicht Teil der Leistung; unaufgefordert eingehende Angaben sind als Risiko R7 bewertet.",
        )
    } else if allergens::topic(p).is_some() {
        check(
            REGULAR_CASES[1],
            false,
            "Besondere Kategorien sind nicht Teil der Leistung. Bei Fragen zu Allergenen und Unverträglichkeiten können vereinzelt Gesundheitsangaben eingehen; sie werden nicht verlangt und sind als Risiko R7 bewertet.",
        )
    } else {
        check(
            REGULAR_CASES[1],
            false,
            "Besondere Kategorien personenbezogener Daten und Daten über Straftaten sind nicht Teil der Verarbeitung.",
        )
    };
    let c = check(
        REGULAR_CASES[2],
        false,
        "Die Kommunikation über WhatsApp betrifft keine öffentlich zugänglichen Bereiche.",
    );
    vec![a, b, c]
}

fn muss_liste(p: &Profile, risks: &[ScoredRisk]) -> Vec<Check> {
    // ⚠️ The number 11 and the example "customer support by AI" come from two independent
    // transcriptions of the list; re-check both against the PDF of version 1.1.
    let ai = if uses_ai(p) {
        let by = p
            .raw
            .whatsapp
            .ai
            .as_ref()
            .map(|a| format!(" von {}", a.provider))
            .unwrap_or_default();
        check(
            MUSS_LISTE_ENTRIES[0],
            true,
            format!(
                "Ein KI-Chatbot{by} beantwortet Anfragen und steuert damit die Interaktion mit den Betroffenen; die Muss-Liste nennt ausdrücklich den Kundensupport mittels künstlicher Intelligenz."
            ),
        )
    } else {
        check(
            MUSS_LISTE_ENTRIES[0],
            false,
            "Es wird keine künstliche Intelligenz eingesetzt.",
        )
    };
    let scale = p.raw.data_subjects.scale;
    let secrecy = if p.raw.company.professional_secrecy && scale != Scale::Small {
        check(
            MUSS_LISTE_ENTRIES[1],
            true,
            format!(
                "Die Daten unterliegen einem Berufsgeheimnis (§ 203 StGB) und werden in größerem Umfang verarbeitet ({}).",
                labels::scale(scale)
            ),
        )
    } else if p.raw.company.professional_secrecy {
        check(
            MUSS_LISTE_ENTRIES[1],
            false,
            "Die Daten unterliegen einem Berufsgeheimnis (§ 203 StGB), werden aber nicht umfangreich verarbeitet (Erwägungsgrund 91 DSGVO). Die Vertraulichkeit ist unter Art. 35 Abs. 1 DSGVO und als Risiken R7 und R21 gewürdigt.",
        )
    } else {
        check(
            MUSS_LISTE_ENTRIES[1],
            false,
            "Es werden keine Daten verarbeitet, die einem Berufs- oder Amtsgeheimnis unterliegen.",
        )
    };
    let employees = check(
        MUSS_LISTE_ENTRIES[2],
        false,
        employee_monitoring_reason(p, risks),
    );
    let labels_unregulated = p.has_feature(Feature::Labels) && !p.has_measure(Measure::LabelPolicy);
    let linked_sources = p
        .raw
        .processors
        .iter()
        .any(|pr| pr.role == ProcessorRole::Crm)
        || p.has_feature(Feature::ClickToWhatsappAds);
    let profiles = if p.has_scenario(ScenarioKind::Marketing)
        && labels_unregulated
        && linked_sources
    {
        check(
            MUSS_LISTE_ENTRIES[3],
            true,
            "Labels ohne Beschränkung auf Bearbeitungszwecke, Daten aus dem CRM-System oder aus Anzeigen und die Werbekommunikation werden zusammengeführt; daraus können umfassende Interessenprofile entstehen.",
        )
    } else {
        check(
            MUSS_LISTE_ENTRIES[3],
            false,
            "Es werden keine umfassenden Profile über Interessen oder Verhalten der Betroffenen gebildet.",
        )
    };
    vec![ai, secrecy, employees, profiles]
}

fn criteria(p: &Profile, risks: &[ScoredRisk]) -> Vec<Check> {
    let ai = p.raw.whatsapp.ai.as_ref();
    let automated = ai.is_some_and(|a| a.automated_decisions);
    let ctwa = p.has_feature(Feature::ClickToWhatsappAds);
    let scale = p.raw.data_subjects.scale;
    let marketing_large = p.has_scenario(ScenarioKind::Marketing) && scale == Scale::Large;

    let mut evaluation = Vec::new();
    if automated {
        evaluation
            .push("Der Chatbot bewertet Anfragen und trifft Entscheidungen über die Betroffenen.");
    }
    if ctwa {
        evaluation.push("Click-to-WhatsApp-Anzeigen werden von Meta anhand von Interessenprofilen ausgesteuert und ausgewertet.");
    }
    if marketing_large {
        evaluation.push("Werbenachrichten gehen an mehr als etwa 10.000 Personen im Jahr; bei diesem Umfang liegt es nahe, Empfänger nach Interessen oder Kaufverhalten auszuwählen, und das Profil schließt es nicht aus.");
    }
    let c1 = if evaluation.is_empty() {
        let labels = if p.has_feature(Feature::Labels) {
            if p.has_measure(Measure::LabelPolicy) {
                " Labels dienen nach der Label-Richtlinie nur der Bearbeitung."
            } else {
                " Labels dienen der Organisation der Chats; wertende Labels sind als Risiko R17 bewertet."
            }
        } else {
            ""
        };
        check(
            WP248_CRITERIA[0],
            false,
            format!("Personen werden nicht bewertet oder eingestuft.{labels}"),
        )
    } else {
        check(WP248_CRITERIA[0], true, evaluation.join(" "))
    };

    let c2 = if automated {
        check(
            WP248_CRITERIA[1],
            true,
            "Der Chatbot trifft Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung (Art. 22 DSGVO).",
        )
    } else if ai.is_some() || uses_ai(p) {
        check(
            WP248_CRITERIA[1],
            false,
            "Der Chatbot beantwortet Anfragen, trifft aber keine Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung.",
        )
    } else {
        check(
            WP248_CRITERIA[1],
            false,
            "Es finden keine automatisierten Entscheidungen statt.",
        )
    };

    let c3 = check(
        WP248_CRITERIA[2],
        false,
        employee_monitoring_reason(p, risks),
    );

    let mut sensitive = Vec::new();
    if p.special_categories_regular() {
        sensitive.push(format!(
            "Besondere Kategorien ({}) werden planmäßig verarbeitet.",
            special_list(p)
        ));
    }
    if p.raw.company.professional_secrecy {
        sensitive
            .push("Die Kommunikation unterliegt einem Berufsgeheimnis (§ 203 StGB).".to_owned());
    }
    match p.raw.company.sector {
        Sector::Health => sensitive
            .push("Im Gesundheitswesen betrifft die Kommunikation regelmäßig Gesundheitsfragen.".to_owned()),
        Sector::Legal => sensitive.push(
            "In der Rechts- und Steuerberatung betrifft die Kommunikation regelmäßig vertrauliche Rechts- und Vermögensangelegenheiten.".to_owned(),
        ),
        _ => {}
    }
    let c4 = if sensitive.is_empty() {
        let reason = if health_data_only_from_allergens(p) {
            "Verarbeitet werden alltägliche Anfragen und Bestellungen. Gesundheitsangaben können nur vereinzelt bei Fragen zu Allergenen und Unverträglichkeiten eingehen; sie werden nicht verlangt, nur für die Bestellung verwendet und danach gelöscht (Risiko R7). Das macht die Verarbeitung nicht zu einer Verarbeitung vertraulicher oder höchstpersönlicher Daten."
        } else if p.raw.special_categories.categories.is_empty() {
            "Verarbeitet werden alltägliche Anfragen und Auftragsdaten, keine besonders vertraulichen oder höchstpersönlichen Daten."
        } else {
            "Verarbeitet werden alltägliche Anfragen und Auftragsdaten; besondere Kategorien sind nicht Teil der Leistung, unaufgefordert eingehende Angaben sind als Risiko R7 bewertet."
        };
        check(WP248_CRITERIA[3], false, reason)
    } else {
        check(WP248_CRITERIA[3], true, sensitive.join(" "))
    };

    let c5 = if scale == Scale::Large {
        check(
            WP248_CRITERIA[4],
            true,
            "Über WhatsApp werden mehr als etwa 10.000 Personen im Jahr erreicht.",
        )
    } else {
        check(
            WP248_CRITERIA[4],
            false,
            format!(
                "Erreicht werden {}; das ist keine Verarbeitung in großem Umfang.",
                labels::scale(scale)
            ),
        )
    };

    let mut matching = Vec::new();
    if full_address_book(p) {
        matching.push("Die App gleicht das gesamte Adressbuch des Geräts mit dem Nutzerverzeichnis von WhatsApp ab, auch für Personen ohne Bezug zur Kommunikation.");
    }
    if p.raw
        .whatsapp
        .coexistence
        .as_ref()
        .is_some_and(|c| c.contacts_shared)
    {
        matching.push("Die Kontakte der App wurden bei der Koexistenz-Einrichtung mit dem Postfach des Dienstleisters zusammengeführt.");
    }
    if ctwa {
        matching.push("Daten aus Click-to-WhatsApp-Anzeigen von Meta werden mit der Chat-Kommunikation verknüpft.");
    }
    let c6 = if matching.is_empty() {
        let reason = if p.uses_app() {
            "Ein Adressbuchabgleich findet nicht oder nur für Kontakte statt, die der Kommunikation zugestimmt haben; Datensätze werden nicht über die Erwartungen der Betroffenen hinaus zusammengeführt."
        } else {
            "Es findet kein Adressbuchabgleich statt; Datensätze werden nicht über die Erwartungen der Betroffenen hinaus zusammengeführt."
        };
        check(WP248_CRITERIA[5], false, reason)
    } else {
        check(WP248_CRITERIA[5], true, matching.join(" "))
    };

    let mut vulnerable = Vec::new();
    if p.raw.data_subjects.minors == Minors::TargetGroup {
        vulnerable.push("Kinder und Jugendliche sind Zielgruppe.");
    }
    if patients(p) {
        vulnerable.push("Betroffen sind Patientinnen und Patienten.");
    }
    let c7 = if vulnerable.is_empty() {
        let minors = if p.raw.data_subjects.minors == Minors::Possible {
            " Minderjährige sind nicht Zielgruppe, können aber vereinzelt schreiben (Risiko R8)."
        } else {
            ""
        };
        let staff = if p.raw.data_subjects.employees {
            " Daten der Beschäftigten werden nur zur Verwaltung von Geräten und Zugängen verarbeitet."
        } else {
            ""
        };
        check(
            WP248_CRITERIA[6],
            false,
            format!(
                "Die Kommunikation richtet sich nicht an besonders schutzbedürftige Personen.{minors}{staff}"
            ),
        )
    } else {
        check(WP248_CRITERIA[6], true, vulnerable.join(" "))
    };

    let c8 = if uses_ai(p) {
        check(
            WP248_CRITERIA[7],
            true,
            "Ein KI-Chatbot beantwortet Anfragen; künstliche Intelligenz gilt als neue Technologie im Sinne des Art. 35 Abs. 1 DSGVO.",
        )
    } else {
        check(
            WP248_CRITERIA[7],
            false,
            "WhatsApp ist ein etablierter Kommunikationsdienst; neue Technologien wie künstliche Intelligenz werden nicht eingesetzt.",
        )
    };

    let c9 = if p.alternative_channels.is_empty() {
        check(
            WP248_CRITERIA[8],
            true,
            "WhatsApp ist der einzige Kontaktweg; wer WhatsApp nicht nutzt, ist von der Kommunikation ausgeschlossen.",
        )
    } else {
        let channels: Vec<&str> = p
            .alternative_channels
            .iter()
            .map(|c| labels::channel(*c))
            .collect();
        check(
            WP248_CRITERIA[8],
            false,
            format!(
                "Als Alternative stehen {} zur Verfügung; niemand ist auf WhatsApp angewiesen.",
                crate::text::join_with(&channels, "und")
            ),
        )
    };
    vec![c1, c2, c3, c4, c5, c6, c7, c8, c9]
}

/// The circumstances that make a high risk likely under the general clause on their own.
fn general_triggers(p: &Profile, risks: &[ScoredRisk]) -> Vec<String> {
    let mut out = Vec::new();
    if p.special_categories_regular() {
        out.push(format!(
            "besondere Kategorien personenbezogener Daten ({}) werden planmäßig über einen Messenger verarbeitet, dessen Anbieter Verbindungsdaten als eigener Verantwortlicher verarbeitet und in die USA übermittelt",
            special_list(p)
        ));
    }
    if p.raw.company.professional_secrecy {
        let relationship = match p.raw.company.sector {
            Sector::Health => "des Behandlungsverhältnisses",
            Sector::Legal => "des Mandatsverhältnisses",
            _ => "des Vertrauensverhältnisses",
        };
        out.push(format!("die Kommunikation unterliegt einem Berufsgeheimnis (§ 203 StGB), und schon die Nutzung eines Messengers, dessen Anbieter Verbindungsdaten als eigener Verantwortlicher verarbeitet, berührt die Vertraulichkeit {relationship}"));
    }
    if p.raw.data_subjects.minors == Minors::TargetGroup {
        out.push("Kinder und Jugendliche sind Zielgruppe der Kommunikation; sie sind besonders schutzbedürftig (Erwägungsgründe 38 und 75 DSGVO)".to_owned());
    }
    let high: Vec<&str> = risks
        .iter()
        .filter(|r| r.net.class == RiskClass::Hoch)
        .map(|r| r.risk.id)
        .collect();
    if !high.is_empty() {
        out.push(format!(
            "auch mit den vor Beginn der Verarbeitung umgesetzten Einstellungen und Maßnahmen verbleibt bei {} ein hohes Risiko",
            join_und(&high)
        ));
    }
    out
}

/// Appends a legal reference in parentheses, merging it into a closing parenthesis the text
/// already ends with ("… (Erwägungsgrund 38; Art. 35 Abs. 1 DSGVO)").
fn with_reference(text: &str, reference: &str) -> String {
    match text.strip_suffix(')') {
        Some(open) => format!("{open}; {reference})"),
        None => format!("{text} ({reference})"),
    }
}

/// The text with its first letter in upper case.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Runs the threshold analysis on a profile whose risks have been rated.
pub fn analyse(p: &Profile, risks: &[ScoredRisk]) -> Threshold {
    let regular_cases = regular_cases(p);
    let muss_liste = muss_liste(p, risks);
    let criteria = criteria(p, risks);
    let criteria_met = criteria.iter().filter(|c| c.met).count();
    let triggers = general_triggers(p, risks);

    let mut reasons: Vec<String> = triggers
        .iter()
        .map(|t| with_reference(&capitalise(t), "Art. 35 Abs. 1 DSGVO"))
        .collect();
    for c in regular_cases.iter().chain(&muss_liste).filter(|c| c.met) {
        let reference = if c.yardstick.reference.starts_with("DSK") {
            format!("{}, Art. 35 Abs. 4 DSGVO", c.yardstick.reference)
        } else {
            c.yardstick.reference.to_owned()
        };
        reasons.push(with_reference(c.reason.trim_end_matches('.'), &reference));
    }
    let met_titles: Vec<&str> = criteria
        .iter()
        .filter(|c| c.met)
        .map(|c| c.yardstick.title)
        .collect();
    if criteria_met >= dpia::WP248_THRESHOLD {
        reasons.push(format!(
            "{} der neun Kriterien der Leitlinien WP 248 sind erfüllt – {}; ab zwei Kriterien ist in der Regel eine Datenschutz-Folgenabschätzung durchzuführen",
            capitalise(&number_word(criteria_met)),
            join_und(&met_titles)
        ));
    }
    let result = if reasons.is_empty() {
        if criteria_met == 1 {
            reasons.push(format!(
                "Ein Kriterium der Leitlinien WP 248 ist erfüllt ({}); eine Datenschutz-Folgenabschätzung ist nicht vorgeschrieben, wird aber empfohlen",
                met_titles.join("")
            ));
            DpiaResult::Recommended
        } else {
            reasons.push("Kein Regelfall des Art. 35 Abs. 3 DSGVO, kein Eintrag der DSK-Muss-Liste und kein Kriterium der Leitlinien WP 248 ist erfüllt, und mit den vor Beginn der Verarbeitung verbindlich umgesetzten Einstellungen und Maßnahmen ist kein hohes Risiko zu erwarten".to_owned());
            DpiaResult::ThresholdMemo
        }
    } else {
        DpiaResult::Mandatory
    };

    let general = if !triggers.is_empty() {
        check(
            GENERAL,
            true,
            triggers
                .iter()
                .map(|t| format!("{}.", capitalise(t)))
                .collect::<Vec<_>>()
                .join(" "),
        )
    } else if result == DpiaResult::Mandatory {
        check(
            GENERAL,
            true,
            "Ein voraussichtlich hohes Risiko ergibt sich aus den unten festgestellten Fallgruppen.",
        )
    } else {
        let gross_high: Vec<&str> = risks
            .iter()
            .filter(|r| r.gross.class == RiskClass::Hoch)
            .map(|r| r.risk.id)
            .collect();
        let mut reason = "Keiner der Umstände, die für sich ein hohes Risiko nahelegen, liegt vor: keine besonderen Kategorien als Teil der Leistung, kein Berufsgeheimnis, keine Kinder als Zielgruppe. Die geplante Verarbeitung lässt mit den Einstellungen und Maßnahmen, die nach den Angaben des Unternehmens vor ihrem Beginn umgesetzt sind, kein hohes Risiko erwarten (siehe die Bewertung der Risiken).".to_owned();
        if !gross_high.is_empty() {
            reason.push_str(&format!(
                " Ohne diese Schutzmaßnahmen {} {} als hohes Risiko einzustufen (brutto). Das sind typische Risiken des Einsatzes von Mobilgeräten und Cloud-Diensten; die Maßnahmen, die sie beherrschen, sind nach diesen Angaben bereits umgesetzt. Vor der Freigabe ist jede davon zu prüfen und mit Datum und Namen zu bestätigen (Checkliste zur Einführung); entfällt eine, ist die Schwellwertanalyse zu wiederholen.",
                if gross_high.len() == 1 { "wäre" } else { "wären" },
                join_und(&gross_high)
            ));
        }
        check(GENERAL, false, reason)
    };

    Threshold {
        general,
        regular_cases,
        muss_liste,
        criteria,
        criteria_met,
        result,
        reasons,
    }
}

/// German number word for small counts ("zwei"), digits above twelve.
pub fn number_word(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::risk::assess;
    use crate::risk::testing::*;

    fn cloud(company: &str, whatsapp: &str, rest: &str) -> Threshold {
        let p = profile(&yaml(
            "services",
            company,
            &format!("  variant: cloud_api\n{whatsapp}"),
            rest,
        ));
        assess(&p).threshold
    }

    fn met(checks: &[Check]) -> Vec<&'static str> {
        checks
            .iter()
            .filter(|c| c.met)
            .map(|c| c.yardstick.key)
            .collect()
    }

    #[test]
    fn two_or_more_wp248_criteria_make_a_dpia_mandatory() {
        let none = cloud("", "", "");
        assert_eq!(none.criteria_met, 0);
        assert_eq!(none.result, DpiaResult::ThresholdMemo);
        assert!(!none.general.met);

        // WhatsApp as the only channel: one criterion.
        let one = cloud("", "  alternative_channels: []", "");
        assert_eq!(met(&one.criteria), vec!["wp248_9"]);
        assert_eq!(one.result, DpiaResult::Recommended);
        assert!(one.reasons[0].contains("Ein Kriterium"));

        // Plus large scale: two criteria.
        let two = cloud(
            "",
            "  alternative_channels: []",
            "data_subjects:\n  scale: large",
        );
        assert_eq!(met(&two.criteria), vec!["wp248_5", "wp248_9"]);
        assert_eq!(two.result, DpiaResult::Mandatory);
        assert!(two.general.met);
        assert!(
            two.reasons
                .iter()
                .any(|r| r.starts_with("Zwei der neun Kriterien"))
        );
    }

    #[test]
    fn an_ai_chatbot_triggers_the_muss_liste_and_a_dpo_duty() {
        let p = profile(&yaml(
            "services",
            "",
            "  variant: cloud_api\n  features: [ai_bot]\n  ai:\n    provider: \"KI GmbH\"\n    purpose: \"beantwortet Fragen\"\n    human_handover: true",
            "",
        ));
        let a = assess(&p);
        assert_eq!(a.threshold.result, DpiaResult::Mandatory);
        assert_eq!(met(&a.threshold.muss_liste), vec!["muss_ai"]);
        assert!(
            a.threshold
                .reasons
                .iter()
                .any(|r| r.contains("KI GmbH") && r.contains("DSK-Muss-Liste Nr. 11"))
        );
        assert!(met(&a.threshold.criteria).contains(&"wp248_8"));
        assert!(a.dpo.required);
        assert!(
            a.dpo
                .reasons
                .iter()
                .any(|r| r.contains("§ 38 Abs. 1 Satz 2 BDSG"))
        );
    }

    #[test]
    fn planned_health_data_make_a_dpia_mandatory_but_are_large_scale_only_when_large() {
        let special = "scenarios:\n  - kind: special_category_data\n    legal_basis: explicit_consent\nspecial_categories:\n  categories: [health]\n  occurrence: regular";
        let small = cloud("", "", special);
        assert_eq!(small.result, DpiaResult::Mandatory);
        assert!(small.general.met);
        assert!(small.reasons[0].contains("Gesundheitsdaten"));
        assert!(small.reasons[0].ends_with("(Art. 35 Abs. 1 DSGVO)"));
        assert!(met(&small.regular_cases).is_empty());
        assert!(small.regular_cases[1].reason.contains("Erwägungsgrund 91"));
        // Health data mean patients: sensitive data and vulnerable data subjects.
        assert_eq!(met(&small.criteria), vec!["wp248_4", "wp248_7"]);

        let large = cloud(
            "",
            "",
            &format!("{special}\ndata_subjects:\n  scale: large"),
        );
        assert_eq!(met(&large.regular_cases), vec!["art35_3_b"]);

        // Health data that only arrive unasked do not trigger the DPIA by themselves – as
        // long as the measures keep the risk below high.
        let incidental = "special_categories:\n  categories: [health]\n  occurrence: incidental";
        let noticed = cloud(
            "",
            "",
            &format!("{incidental}\nmeasures: [sensitive_data_notice]"),
        );
        assert_eq!(noticed.result, DpiaResult::ThresholdMemo);
        let unprotected = cloud("", "", incidental);
        assert_eq!(unprotected.result, DpiaResult::Mandatory);
        assert!(unprotected.reasons[0].contains("R7"));
    }

    #[test]
    fn professional_secrecy_is_a_muss_liste_case_only_at_scale() {
        let small = cloud("  professional_secrecy: true", "", "");
        assert!(!small.muss_liste[1].met);
        assert_eq!(
            small.result,
            DpiaResult::Mandatory,
            "Art. 35(1) still applies"
        );
        let medium = cloud(
            "  professional_secrecy: true",
            "",
            "data_subjects:\n  scale: medium",
        );
        assert!(medium.muss_liste[1].met);
    }

    #[test]
    fn the_address_book_upload_is_a_matching_of_datasets() {
        let p = business_app(
            "    ownership: company\n    count: 1\n    address_book: full\n    backup: none",
            "app_lock, dedicated_business_number",
        );
        let t = assess(&p).threshold;
        assert_eq!(met(&t.criteria), vec!["wp248_6"]);
        assert_eq!(t.result, DpiaResult::Recommended);
    }

    #[test]
    fn a_threshold_memo_explains_why_gross_high_risks_do_not_require_a_dpia() {
        let p = business_app(
            "    ownership: company\n    count: 1\n    address_book: no_access\n    backup: none",
            "app_lock",
        );
        let t = assess(&p).threshold;
        assert_eq!(t.result, DpiaResult::ThresholdMemo);
        assert!(!t.general.met);
        assert!(
            t.general
                .reason
                .contains("Ohne diese Schutzmaßnahmen wären R4, R5 und R6 als hohes Risiko einzustufen (brutto)"),
            "{}",
            t.general.reason
        );
        assert!(t.reasons[0].starts_with("Kein Regelfall"));
    }
}
