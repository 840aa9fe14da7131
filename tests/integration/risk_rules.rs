//! Rules of the risk logic that must hold for profiles beyond the examples: a measure never
//! lowers a risk whose source is the purpose, BYOD without a container, minors, misdirected
//! special-category messages, § 203 connection data, allergen questions. The test profiles
//! under `tests/fixtures/risk/` (dental practice, tutoring school, roofer with BYOD) are not
//! examples and were written for these rules.

use crate::common::*;
use dsgvo_gen::legal::allergens;
use dsgvo_gen::legal::risks::{Level, Origin, RiskClass};
use dsgvo_gen::risk::{self, Assessment, Decision};

const DSFA: &str = "02-datenschutz-folgenabschaetzung";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(repo(&format!("tests/fixtures/risk/{name}.yaml"))).expect("fixture")
}

fn assess(yaml: &str) -> Assessment {
    let loaded = load_text(yaml);
    risk::assess(loaded.profile.as_ref().expect("profile loads"))
}

fn doc(yaml: &str, stem: &str) -> String {
    plain(&render(&load_text(yaml))[stem])
}

/// `yaml` with `from` replaced by `to`; fails if `from` does not occur, so a changed fixture
/// cannot make a comparison vacuous.
fn with(yaml: &str, from: &str, to: &str) -> String {
    assert!(yaml.contains(from), "`{from}` not in profile");
    yaml.replacen(from, to, 1)
}

fn class(a: &Assessment, id: &str) -> RiskClass {
    a.risk(id)
        .unwrap_or_else(|| panic!("{id} missing"))
        .net
        .class
}

#[test]
fn a_request_not_to_send_health_data_does_not_lower_the_risk_of_a_health_purpose() {
    for yaml in [
        fixture("zahnarztpraxis"),
        std::fs::read_to_string(example("physiopraxis-am-park")).expect("example"),
    ] {
        let a = assess(&yaml);
        let r7 = a.risk("R7").expect("R7");
        assert_eq!(r7.origin, Origin::Purpose);
        assert_eq!(r7.net.class, RiskClass::Hoch);
        let notice = r7
            .mitigations
            .iter()
            .find(|s| s.key == "sensitive_data_notice")
            .expect("the declared notice is recorded");
        assert!(!notice.changed());
        assert_eq!(notice.not_addressed, Some(Origin::Purpose));
        // Without the notice, nothing changes: it never had an effect on this risk.
        let without = assess(&with(&yaml, "  - sensitive_data_notice\n", ""));
        assert_eq!(without.risk("R7").expect("R7").net, r7.net);
        // The Art. 36 conclusion follows the net rating.
        assert!(a.prior_consultation.required);
        assert!(a.prior_consultation.risks.contains(&"R7"));
        assert_eq!(a.decision, Decision::ReferToAuthority);
        let text = plain(&render(&load_text(&yaml))[DSFA]);
        assert!(text.contains("Der Hinweis auf sensible Daten senkt dieses Risiko nicht"));
        assert!(text.contains(
            "| Vorherige Konsultation der Aufsichtsbehörde (Art. 36 DSGVO) | erforderlich |"
        ));
        // The plan names the measures that do lower it, first (the secrecy clause is also a
        // duty of § 203 Abs. 4 StGB).
        for measure in [
            "- **Verpflichtung des Dienstleisters auf das Berufsgeheimnis** (gesetzlich geboten): R7:",
            "- **Medien als Link aus eigenem Hosting** (vorrangig): R7:",
            "- **No Storage** (vorrangig): R7:",
        ] {
            assert!(text.contains(measure), "{measure}");
        }
    }
}

#[test]
fn real_measures_lower_the_health_risks_and_end_the_prior_consultation() {
    let yaml = fixture("zahnarztpraxis");
    let before = assess(&yaml);
    // Without training, a misdirected message with health data stays high as well.
    assert_eq!(before.prior_consultation.risks, vec!["R7", "R20"]);
    let after = assess(&with(
        &with(
            &yaml,
            "    storage: meta_default",
            "    storage: no_storage",
        ),
        "  - role_concept\n",
        "  - role_concept\n  - provider_secrecy_clause\n  - media_via_links\n  - staff_training\n",
    ));
    assert_eq!(class(&after, "R7"), RiskClass::Risiko);
    assert_eq!(class(&after, "R20"), RiskClass::Risiko);
    assert_eq!(class(&after, "R21"), RiskClass::Risiko);
    assert!(!after.prior_consultation.required);
    assert_ne!(after.decision, Decision::ReferToAuthority);
}

#[test]
fn the_notice_still_lowers_health_data_that_only_arrive_unasked() {
    // An agency that never asks for health data, but receives them now and then.
    let yaml = with(
        &with(
            &fixture("handwerk-byod"),
            "consent:",
            "special_categories:\n  categories: [health]\n  occurrence: incidental\nconsent:",
        ),
        "  - usage_policy\n",
        "  - usage_policy\n  - sensitive_data_notice\n",
    );
    let a = assess(&yaml);
    let r7 = a.risk("R7").expect("R7");
    assert_eq!(r7.origin, Origin::Unsolicited);
    let step = r7
        .mitigations
        .iter()
        .find(|s| s.key == "sensitive_data_notice")
        .expect("notice");
    assert!(step.changed());
    assert_eq!(step.not_addressed, None);
    assert!(r7.net.likelihood < r7.gross.likelihood);
    // No misdirection risk of its own: special categories are not exchanged on purpose.
    assert!(a.risk("R20").is_none());
}

#[test]
fn byod_address_book_upload_without_container_is_rated_like_the_private_app() {
    let byod = fixture("handwerk-byod");
    let private = with(&byod, "  variant: business_app", "  variant: private");
    let (b, p) = (assess(&byod), assess(&private));
    let r1 = |a: &Assessment| a.risk("R1").expect("R1").gross;
    assert_eq!(r1(&b), r1(&p));
    assert_eq!(r1(&b).class, RiskClass::Hoch);
    assert!(
        b.risk("R1")
            .expect("R1")
            .adjustments
            .iter()
            .any(|s| s.key == "byod_without_container")
    );
    // A work container or company phones keep the private contacts out: one level less.
    let container = with(
        &byod,
        "    address_book: full",
        "    mdm:\n      vendor: \"Microsoft Intune\"\n      work_container: true\n    address_book: full",
    );
    let company = with(&byod, "    ownership: byod", "    ownership: company");
    for other in [container, company] {
        let r = assess(&other);
        assert_eq!(r1(&r).severity, Level::Ueberschaubar);
        assert!(r1(&r).severity < r1(&b).severity);
    }
    let text = doc(&byod, DSFA);
    assert!(text.contains("nicht anders als die private App"));
}

#[test]
fn minors_as_target_group_raise_the_severity_of_device_loss_and_misdirection() {
    let school = fixture("nachhilfe");
    let adults = with(&school, "  minors: target_group", "  minors: none");
    let (kids, grown) = (assess(&school), assess(&adults));
    let r4 = |a: &Assessment| a.risk("R4").expect("R4").gross.severity;
    assert_eq!(r4(&grown), Level::Substanziell);
    assert_eq!(r4(&kids), Level::Gross);
    // Misdirection where health data are exchanged: at the top of the scale anyway, and the
    // reason is recorded.
    let dental_kids = assess(&with(
        &fixture("zahnarztpraxis"),
        "  minors: possible",
        "  minors: target_group",
    ));
    let r20 = dental_kids.risk("R20").expect("R20");
    assert_eq!(r20.gross.severity, Level::Gross);
    assert!(
        r20.adjustments
            .iter()
            .any(|s| s.key == "minors_target_chats")
    );
    // R8 no longer claims that Art. 8 governs every consent of a minor.
    let text = doc(&school, DSFA);
    assert!(text.contains("Dienste der Informationsgesellschaft"));
    assert!(text.contains("Einsichtsfähigkeit"));
    assert!(
        !text
            .contains("unter 16 Jahren ist ihre Einwilligung ohne Zustimmung der Eltern unwirksam")
    );
}

#[test]
fn misdirected_special_category_messages_are_a_risk_exactly_where_such_data_are_exchanged() {
    let dental = fixture("zahnarztpraxis");
    assert!(assess(&dental).risk("R20").is_some());
    assert!(
        example_assessment_has("physiopraxis-am-park", "R20"),
        "physio exchanges health data"
    );
    for stem in ["baeckerei-sonnenschein", "elektro-wagner", "minimal"] {
        assert!(!example_assessment_has(stem, "R20"), "{stem}");
    }
    for name in ["nachhilfe", "handwerk-byod"] {
        assert!(assess(&fixture(name)).risk("R20").is_none(), "{name}");
    }
    // A scenario for special categories is enough, whatever the occurrence says.
    let scenario_only = with(&dental, "  occurrence: regular", "  occurrence: incidental");
    assert!(assess(&scenario_only).risk("R20").is_some());
    let text = doc(&dental, DSFA);
    assert!(text.contains("#### R20 Fehlversand von Nachrichten mit besonderen Kategorien"));
}

fn example_assessment_has(stem: &str, id: &str) -> bool {
    let loaded = load_example(stem);
    risk::assess(loaded.profile.as_ref().expect("loads"))
        .risk(id)
        .is_some()
}

#[test]
fn connection_data_revealing_a_secret_are_their_own_risk_for_secrecy_profiles() {
    let dental = fixture("zahnarztpraxis");
    let a = assess(&dental);
    let r21 = a.risk("R21").expect("R21");
    // High before measures; the release that every text of document 3 contains brings it to
    // "Risiko" – the pack obtains it, so no profile setting is needed.
    assert_eq!(r21.gross.class, RiskClass::Hoch);
    assert_eq!(r21.net.class, RiskClass::Risiko);
    assert!(r21.mitigations.iter().any(|s| s.key == "secrecy_release"));
    let lay = with(&dental, "  professional_secrecy: true\n", "");
    assert!(assess(&lay).risk("R21").is_none());
    assert!(!example_assessment_has("baeckerei-sonnenschein", "R21"));
}

#[test]
fn allergen_questions_bring_health_data_with_a_low_likelihood() {
    let loaded = load_example("baeckerei-sonnenschein");
    let a = risk::assess(loaded.profile.as_ref().expect("loads"));
    let r7 = a.risk("R7").expect("the bakery answers allergen questions");
    assert_eq!(r7.origin, Origin::Unsolicited);
    assert_eq!(r7.gross.likelihood, Level::Geringfuegig);
    assert_eq!(r7.gross.class, RiskClass::Gering);
    assert_eq!(r7.net.class, RiskClass::Gering);
    let docs = render(&loaded);
    // The threshold memo lists R7 in its register and says where health data can come from.
    let memo = plain(&docs[DSFA]);
    assert!(memo.contains("| R7 Besondere Kategorien und Berufsgeheimnisse | geringes Risiko |"));
    assert!(memo.contains(&format!(
        "Besondere Kategorien personenbezogener Daten: {}.",
        allergens::SPECIAL_CATEGORIES
    )));
    assert!(plain(&docs["04-datenschutzhinweise"]).contains(allergens::NOTICE));
    // The rule stands once, in the record; the consent principles point to it.
    assert!(plain(&docs["01-verarbeitungsverzeichnis"]).contains(allergens::RULE));
    let consent = plain(&docs["03-einwilligung"]);
    assert!(!consent.contains(allergens::RULE));
    assert!(consent.contains("- **Allergenfragen:** Nach Gesundheitsangaben wird nicht gefragt"));
    assert!(consent.contains("Regel in Dokument 1, Abschnitt 3.1"));
    // Any business whose purpose mentions allergens, not only the food sector …
    let shop = with(
        &fixture("handwerk-byod"),
        "Anfragen zu Reparaturen und Angeboten, Fotos von Dachschäden",
        "Beratung zu Allergenen in Naturfarben",
    );
    assert!(assess(&shop).risk("R7").is_some());
    assert!(doc(&shop, "04-datenschutzhinweise").contains(allergens::NOTICE));
    // … and none without.
    let roofer = fixture("handwerk-byod");
    assert!(assess(&roofer).risk("R7").is_none());
    for stem in [
        "01-verarbeitungsverzeichnis",
        "03-einwilligung",
        "04-datenschutzhinweise",
    ] {
        let text = doc(&roofer, stem);
        assert!(!text.contains("Allergen"), "{stem}");
    }
}

#[test]
fn necessity_weighs_the_alternatives_and_calls_the_disclosure_proportionate_only_on_the_facts() {
    let dental = fixture("zahnarztpraxis");
    let text = doc(&dental, DSFA);
    for alternative in [
        "- **Link oder Portal:**",
        "- **Verschlüsselte E-Mail:**",
        "- **Messenger für das Gesundheitswesen:**",
    ] {
        assert!(text.contains(alternative), "{alternative}");
    }
    assert!(!text.contains("weil viele Kundinnen und Kunden diesen Kanal selbst nutzen"));
    assert!(text.contains("Bis dahin ist die Verarbeitung in dieser Form nicht verhältnismäßig"));
    let done = with(
        &with(
            &dental,
            "    storage: meta_default",
            "    storage: no_storage",
        ),
        "  - role_concept\n",
        "  - role_concept\n  - provider_secrecy_clause\n  - media_via_links\n  - staff_training\n",
    );
    let text = doc(&done, DSFA);
    assert!(text.contains("Das ist verhältnismäßig: Die Nutzung ist freiwillig, Telefon, E-Mail oder persönlich vor Ort stehen ohne Nachteile offen."));
    assert!(text.contains("Wird genutzt: Videos und Dokumente liegen zugangsgeschützt"));
    // Ordinary businesses keep the short weighing.
    assert!(
        !doc(&fixture("handwerk-byod"), DSFA).contains("**Verbleibende Offenlegung an WhatsApp:**")
    );
}

#[test]
fn risks_that_do_not_apply_are_listed_with_their_reason() {
    let text = doc(&fixture("nachhilfe"), DSFA);
    let line = text
        .lines()
        .find(|l| l.starts_with("Nicht einschlägig und deshalb nicht bewertet: "))
        .expect("line");
    assert!(
        line.contains("R7 (keine besonderen Kategorien, kein Berufsgeheimnis)"),
        "{line}"
    );
    assert!(line.contains("R21 (kein Berufsgeheimnis)"), "{line}");
    assert!(!line.contains("R4 "), "{line}");
    let a = assess(&fixture("nachhilfe"));
    for r in dsgvo_gen::legal::risks::CATALOGUE {
        assert_eq!(
            a.risk(r.id).is_none(),
            line.contains(&format!("{} (", r.id)),
            "{}",
            r.id
        );
    }
}

#[test]
fn a_threshold_memo_is_titled_as_such_and_shows_no_unexplained_gross_high() {
    let yaml = fixture("nachhilfe");
    let adults = with(&yaml, "  minors: target_group", "  minors: none");
    let memo = doc(&adults, DSFA);
    assert!(
        memo.starts_with("# Schwellwertanalyse mit Risikobewertung"),
        "{}",
        &memo[..80]
    );
    assert!(memo.contains("**Eine Datenschutz-Folgenabschätzung ist nicht erforderlich.**"));
    // A gross "hohes Risiko" in the register is explained by the measures already in force.
    let register = memo.split("## 3 Risikoregister").nth(1).expect("register");
    if register.contains("| hohes Risiko |") {
        assert!(memo.contains("als hohes Risiko einzustufen (brutto)"));
    }
    assert!(memo.contains(
        "brutto vor den Schutzmaßnahmen, netto mit den vor Beginn verbindlich umgesetzten Maßnahmen"
    ));
    let record = doc(&adults, "01-verarbeitungsverzeichnis");
    assert!(record.contains("„Schwellwertanalyse mit Risikobewertung“"));
    // Children as target group make a DPIA mandatory: the document is one, with gross and
    // net ratings side by side.
    let dpia = doc(&yaml, DSFA);
    assert!(dpia.starts_with("# Schwellwertanalyse und Datenschutz-Folgenabschätzung"));
    assert!(dpia.contains(
        "| Risiko | brutto (Eintritt / Schwere: Klasse) | netto (Eintritt / Schwere: Klasse) |"
    ));
}

#[test]
fn an_eu_provider_alone_does_not_lower_the_coexistence_import() {
    let yaml = std::fs::read_to_string(example("hausverwaltung-elbtal")).expect("example");
    let a = assess(&yaml);
    let r15 = a.risk("R15").expect("R15");
    assert!(
        !r15.mitigations
            .iter()
            .any(|s| s.key == "provider_hosting_eu")
    );
    // Deleting the imported history lowers what stays exposed; keeping it out of Meta's
    // storage is what lets the EU location count.
    assert!(
        r15.mitigations
            .iter()
            .any(|s| s.key == "deletion_concept" && s.changed())
    );
    assert!(
        r15.proposals
            .iter()
            .any(|p| p.mitigation.key == "coexistence_history_eu_only")
    );
    let without_deletion = assess(&with(&yaml, "  - deletion_concept\n", ""));
    assert_eq!(class(&without_deletion, "R15"), RiskClass::Hoch);
}

/// A profile built from independent choices, for the generated variations below.
#[allow(clippy::too_many_arguments)]
fn variation(
    sector: &str,
    secrecy: bool,
    special: u8,
    minors: &str,
    ownership: &str,
    notice: bool,
    variant: &str,
) -> String {
    let secrecy = if secrecy {
        "  professional_secrecy: true\n"
    } else {
        ""
    };
    let whatsapp = if variant == "cloud_api" {
        "  variant: cloud_api\n".to_owned()
    } else {
        format!(
            "  variant: {variant}\n  devices:\n    ownership: {ownership}\n    count: 2\n    address_book: full\n    backup: none\n"
        )
    };
    let (scenario, categories) = match special {
        0 => ("", ""),
        1 => (
            "",
            "special_categories:\n  categories: [health]\n  occurrence: incidental\n",
        ),
        _ => (
            "  - kind: special_category_data\n    legal_basis: explicit_consent\n",
            "special_categories:\n  categories: [health]\n  occurrence: regular\n",
        ),
    };
    let measures = if notice {
        "deletion_concept, sensitive_data_notice, app_lock"
    } else {
        "deletion_concept, app_lock"
    };
    format!(
        "schema_version: 1\ncompany:\n  name: \"Variante GmbH\"\n  street: \"Weg 1\"\n  postal_code: \"10115\"\n  city: \"Berlin\"\n  state: berlin\n  representatives: [\"Vera Variante\"]\n  email: \"info@variante.example\"\n  sector: {sector}\n  employees: 4\n{secrecy}dpo:\n  name: \"Dora Datenschutz\"\n  email: \"dsb@variante.example\"\nwhatsapp:\n  business_number: \"+49 30 1234568\"\n{whatsapp}  alternative_channels: [phone, email]\nscenarios:\n  - kind: customer_inquiry\n{scenario}data_subjects:\n  minors: {minors}\n{categories}measures: [{measures}]\n"
    )
}

#[test]
fn the_rules_hold_for_generated_variations() {
    let mut checked = 0;
    for sector in ["food", "health", "legal", "craft"] {
        for secrecy in [false, true] {
            for special in 0..=2u8 {
                for ownership in ["company", "byod"] {
                    for variant in ["business_app", "cloud_api"] {
                        let build = |minors: &str, notice: bool| {
                            variation(sector, secrecy, special, minors, ownership, notice, variant)
                        };
                        let case = format!("{sector}/{secrecy}/{special}/{ownership}/{variant}");
                        let a = assess(&build("none", true));
                        let without_notice = assess(&build("none", false));
                        let kids = assess(&build("target_group", true));
                        // A request not to send data never lowers a risk the purpose brings.
                        for r in &a.risks {
                            if r.origin == Origin::Purpose {
                                let other = without_notice.risk(r.risk.id).expect("same risks");
                                assert_eq!(r.net, other.net, "{case} {}", r.risk.id);
                            }
                        }
                        // Own risks exactly where their source is.
                        let planned = special == 2;
                        assert_eq!(a.risk("R20").is_some(), planned, "{case}");
                        assert_eq!(a.risk("R21").is_some(), secrecy, "{case}");
                        assert_eq!(
                            a.risk("R7").is_some(),
                            special > 0 || secrecy || sector != "craft",
                            "{case}"
                        );
                        if sector == "food" && special == 0 && !secrecy {
                            let r7 = a.risk("R7").expect("allergens");
                            assert_eq!(r7.gross.likelihood, Level::Geringfuegig, "{case}");
                        }
                        // Minors raise the severity of device loss, never lower anything.
                        let r4 = |x: &Assessment| x.risk("R4").expect("R4").gross.severity;
                        assert!(r4(&kids) > r4(&a) || r4(&a) == Level::Gross, "{case}");
                        for r in &a.risks {
                            let k = kids.risk(r.risk.id).expect("same risks");
                            assert!(k.gross.severity >= r.gross.severity, "{case} {}", r.risk.id);
                        }
                        // BYOD without container uploads like the private app.
                        if variant == "business_app" && ownership == "byod" {
                            let private = assess(&variation(
                                sector, secrecy, special, "none", ownership, true, "private",
                            ));
                            assert_eq!(
                                a.risk("R1").expect("R1").gross,
                                private.risk("R1").expect("R1").gross,
                                "{case}"
                            );
                        }
                        // Art. 36 follows the net ratings.
                        assert_eq!(
                            a.prior_consultation.required,
                            a.risks.iter().any(|r| r.net.class == RiskClass::Hoch),
                            "{case}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 96);
}
