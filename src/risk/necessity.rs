//! Necessity and proportionality (Art. 35(7)(b) GDPR) where the communication itself is
//! sensitive: special categories exchanged on purpose or professional secrecy (§ 203 StGB).
//! The alternatives a DPO expects to see weighed – a link or portal, encrypted e-mail, a
//! messenger made for the profession – are weighed from the profile's facts, and the residual
//! disclosure of connection data to WhatsApp is called proportionate only when the facts
//! carry it.

use super::scoring::ScoredRisk;
use crate::legal::labels;
use crate::legal::risks::{RiskClass, special_categories_planned};
use crate::profile::model::*;
use crate::profile::validate::Profile;
use crate::text::{join_und, join_with};

/// One alternative to WhatsApp, weighed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// Short German name.
    pub name: &'static str,
    /// Why it is or is not used instead (German sentences).
    pub assessment: String,
}

/// The weighing for a sensitive communication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Necessity {
    /// Why WhatsApp is used, and that it is not indispensable (German sentences).
    pub purpose: String,
    /// The alternatives, weighed.
    pub alternatives: Vec<Alternative>,
    /// Whether the residual disclosure is proportionate on the profile's facts.
    pub proportionate: bool,
    /// The conclusion on the residual disclosure (German sentences).
    pub conclusion: String,
}

fn people(p: &Profile) -> &'static str {
    match p.raw.company.sector {
        Sector::Health => "Patientinnen und Patienten",
        Sector::Legal => "Mandantinnen und Mandanten",
        _ => "Kundinnen und Kunden",
    }
}

fn content(p: &Profile) -> String {
    if special_categories_planned(p) {
        let list: Vec<&str> = p
            .raw
            .special_categories
            .categories
            .iter()
            .map(|c| labels::special_category(*c))
            .collect();
        if list.is_empty() {
            "Angaben besonderer Kategorien".to_owned()
        } else {
            join_und(&list)
        }
    } else {
        "Angaben unter dem Berufsgeheimnis".to_owned()
    }
}

fn alternatives_text(p: &Profile) -> Option<String> {
    let channels: Vec<&str> = p
        .alternative_channels
        .iter()
        .map(|c| labels::channel(*c))
        .collect();
    (!channels.is_empty()).then(|| join_with(&channels, "oder"))
}

fn proposed(risks: &[ScoredRisk], key: &str) -> bool {
    risks
        .iter()
        .any(|r| r.proposals.iter().any(|pr| pr.mitigation.key == key))
}

fn alternatives(p: &Profile, risks: &[ScoredRisk]) -> Vec<Alternative> {
    let who = people(p);
    let what = content(p);
    let link = if p.has_measure(Measure::MediaViaLinks) {
        "Wird genutzt: Videos und Dokumente liegen zugangsgeschützt auf Servern, die das Unternehmen kontrolliert; über WhatsApp geht nur der Link.".to_owned()
    } else {
        let plan = if proposed(risks, "media_via_links") {
            " Für diese Inhalte ist das das mildere Mittel; es steht im Maßnahmenplan (Abschnitt 6.2)."
        } else {
            ""
        };
        let items = if p.raw.company.sector == Sector::Health {
            "Videos, Befunde und Dokumente"
        } else {
            "Videos und Dokumente"
        };
        format!(
            "{items} ließen sich als zugangsgeschützter Link oder über ein Portal bereitstellen, ohne dass ihr Inhalt über WhatsApp, Telefone und Sicherungen läuft; über WhatsApp ginge nur der Link.{plan} Für Terminabsprachen und kurze Rückfragen ersetzt ein Portal den Chat nicht, weil {who} es eigens aufrufen und sich anmelden müssten."
        )
    };
    let email = if p.alternative_channels.contains(&Channel::Email) {
        format!(
            "E-Mail steht als Kontaktweg offen. Für {what} wäre sie nur mit Ende-zu-Ende-Verschlüsselung gleichwertig vertraulich; ohne sie liegen die Nachrichten bei den E-Mail-Anbietern beider Seiten lesbar vor. WhatsApp ersetzt sie nicht, sondern ergänzt sie für {who}, die diesen Weg wünschen."
        )
    } else {
        format!(
            "E-Mail ist derzeit nicht als Kontaktweg angegeben. Für {what} wäre sie nur mit Ende-zu-Ende-Verschlüsselung gleichwertig vertraulich."
        )
    };
    let messenger_name = match p.raw.company.sector {
        Sector::Health => "Messenger für das Gesundheitswesen",
        Sector::Legal => "Messenger für Kanzleien und Beratungsberufe",
        _ => "Messenger mit Betrieb in der EU",
    };
    let messenger = format!(
        "Er gäbe keine Verbindungsdaten an WhatsApp, setzt aber voraus, dass {who} eine weitere App installieren und ein Konto anlegen. Als zusätzliches Angebot ist er sinnvoll; für {who}, die über WhatsApp schreiben möchten, ersetzt er diesen Weg nicht."
    );
    vec![
        Alternative {
            name: "Link oder Portal",
            assessment: link,
        },
        Alternative {
            name: "Verschlüsselte E-Mail",
            assessment: email,
        },
        Alternative {
            name: messenger_name,
            assessment: messenger,
        },
    ]
}

fn content_at_meta(p: &Profile) -> String {
    match p.cloud_storage() {
        None => "Inhalte bleiben Ende-zu-Ende-verschlüsselt; WhatsApp erhält nur Verbindungsdaten".to_owned(),
        Some(CloudStorage::NoStorage) => "Meta entschlüsselt die Nachrichten für die Zustellung als Auftragsverarbeiter, speichert sie aber nicht".to_owned(),
        Some(s) => format!(
            "Meta entschlüsselt die Nachrichten als Auftragsverarbeiter (Speicherung: {})",
            labels::cloud_storage(s)
        ),
    }
}

/// The weighing, for profiles whose communication is sensitive by purpose; `None` otherwise.
pub fn assess(p: &Profile, risks: &[ScoredRisk]) -> Option<Necessity> {
    let secrecy = p.raw.company.professional_secrecy;
    if !special_categories_planned(p) && !secrecy {
        return None;
    }
    let who = people(p);
    let company = &p.raw.company.name;
    let channels = alternatives_text(p);
    let titles: Vec<&str> = p.scenarios.iter().map(|s| s.title.as_str()).collect();
    let purpose = match &channels {
        Some(ch) => format!(
            "Über WhatsApp laufen: {}. {who} nutzen den Kanal selbst und erreichen {company} ohne Medienbruch. Unverzichtbar ist er für keinen dieser Zwecke; sie lassen sich auch über {ch} erreichen. Die Nutzung ist deshalb nur zu rechtfertigen, wenn sie freiwillig bleibt und die mildere Gestaltung gewählt ist, die denselben Zweck erreicht.",
            join_und(&titles)
        ),
        None => format!(
            "Über WhatsApp laufen: {}. Einen anderen Kontaktweg gibt es derzeit nicht; das macht WhatsApp für {who} faktisch verpflichtend und ist mit der Sensibilität der Kommunikation nicht vereinbar.",
            join_und(&titles)
        ),
    };

    let mut missing: Vec<String> = Vec::new();
    if channels.is_none() {
        missing.push("ein anderer Kontaktweg ohne Nachteile angeboten wird".to_owned());
    }
    // Under secrecy the release is part of every text of document 3, so it is never missing.
    let based = p.scenarios.iter().any(|s| {
        s.kind == ScenarioKind::SpecialCategoryData
            && matches!(
                s.legal_basis,
                LegalBasis::ExplicitConsent | LegalBasis::HealthCare
            )
    });
    if special_categories_planned(p) && !based {
        missing.push("der Austausch besonderer Kategorien auf eine ausdrückliche Einwilligung oder Art. 9 Abs. 2 lit. h DSGVO gestützt wird".to_owned());
    }
    let high: Vec<&str> = risks
        .iter()
        .filter(|r| r.net.class == RiskClass::Hoch)
        .map(|r| r.risk.id)
        .collect();
    if !high.is_empty() {
        missing.push(format!(
            "{} {} mit den Maßnahmen des Maßnahmenplans unter „hohes Risiko“ gesenkt {}",
            if high.len() == 1 {
                "das Risiko"
            } else {
                "die Risiken"
            },
            join_und(&high),
            if high.len() == 1 { "ist" } else { "sind" }
        ));
    }
    let disclosed = if secrecy {
        let relationship = match p.raw.company.sector {
            Sector::Health => "eines Behandlungsverhältnisses",
            Sector::Legal => "eines Mandatsverhältnisses",
            _ => "des Vertrauensverhältnisses",
        };
        format!(
            "weiterhin, wer mit {company} kommuniziert – und damit die Tatsache {relationship}, die dem Berufsgeheimnis unterliegt"
        )
    } else {
        format!("weiterhin, wer wann mit {company} kommuniziert")
    };
    let conclusion = if missing.is_empty() {
        let release = if secrecy {
            " Wer über WhatsApp kommuniziert, hat das Unternehmen zuvor in Kenntnis dieses Empfängers von der Schweigepflicht entbunden."
        } else {
            ""
        };
        format!(
            "WhatsApp erfährt aus den Verbindungsdaten {disclosed}. Das ist verhältnismäßig: Die Nutzung ist freiwillig, {} stehen ohne Nachteile offen.{release} {}. Nach den Maßnahmen bleibt kein Risiko hoch.",
            channels.unwrap_or_default(),
            content_at_meta(p)
        )
    } else {
        format!(
            "WhatsApp erfährt aus den Verbindungsdaten {disclosed}. Verhältnismäßig ist das erst, wenn {}. Bis dahin ist die Verarbeitung in dieser Form nicht verhältnismäßig (Abschnitt 9).",
            join_und(&missing)
        )
    };
    Some(Necessity {
        purpose,
        alternatives: alternatives(p, risks),
        proportionate: missing.is_empty(),
        conclusion,
    })
}

#[cfg(test)]
mod tests {
    use crate::risk::testing::*;

    #[test]
    fn only_sensitive_communication_is_weighed() {
        let plain = profile(&yaml("services", "", "  variant: cloud_api", ""));
        assert!(crate::risk::assess(&plain).necessity.is_none());
    }

    #[test]
    fn the_residual_disclosure_is_proportionate_only_when_the_facts_carry_it() {
        let secrecy = |measures: &str| {
            profile(&yaml(
                "legal",
                "  professional_secrecy: true",
                "  variant: cloud_api\n  cloud_api:\n    storage: no_storage\n  alternative_channels: [phone, email]",
                &format!("measures: [{measures}]"),
            ))
        };
        // Without another contact channel the disclosure is not proportionate; the release
        // itself is part of every text of document 3 and never missing.
        let open = crate::risk::assess(&profile(&yaml(
            "legal",
            "  professional_secrecy: true",
            "  variant: cloud_api\n  cloud_api:\n    storage: no_storage\n  alternative_channels: []",
            "measures: [deletion_concept]",
        )))
        .necessity
        .expect("secrecy is weighed");
        assert!(!open.proportionate);
        assert!(
            !open
                .conclusion
                .contains("von der Schweigepflicht gegenüber WhatsApp Ireland")
        );
        assert!(open.alternatives[2].name.contains("Kanzleien"));
        let done = crate::risk::assess(&secrecy("deletion_concept"))
            .necessity
            .expect("weighed");
        assert!(done.proportionate, "{}", done.conclusion);
        assert!(
            done.conclusion
                .contains("Telefon oder E-Mail stehen ohne Nachteile offen")
        );
        assert!(done.conclusion.contains("speichert sie aber nicht"));
    }
}
