//! Rules from the data-protection officer's reading of packs for firms the examples do not
//! cover (a tax-adviser partnership, a driving school with teenagers): sector words, the
//! release from secrecy as part of the pack, professional law on service providers, public
//! texts without internal to-dos, one rule for the withdrawal keyword.

use crate::common::*;
use dsgvo_gen::legal::risks::RiskClass;
use dsgvo_gen::risk;

fn fixture(stem: &str) -> String {
    profile_fixture(stem)
}

fn pack(text: &str) -> std::collections::BTreeMap<String, String> {
    let loaded = load_text(text);
    assert!(loaded.profile.is_some(), "{:?}", loaded.diagnostics);
    render(&loaded)
        .into_iter()
        .map(|(k, v)| (k, plain(&v)))
        .collect()
}

const TAX: &str = "steuerberatung-partg";
const DRIVING: &str = "fahrschule-minderjaehrige";

#[test]
fn documents_speak_of_the_people_the_firm_serves() {
    for (stem, word, not) in [
        (
            TAX,
            "Mandantinnen und Mandanten",
            "Kundenanfragen und Kundenservice",
        ),
        (
            DRIVING,
            "Schülerinnen und Schüler",
            "Kundenanfragen und Kundenservice",
        ),
    ] {
        let docs = pack(&fixture(stem));
        let vvt = &docs["01-verarbeitungsverzeichnis"];
        assert!(vvt.contains(word), "{stem}: 01 lacks {word}");
        for (doc, text) in &docs {
            assert!(!text.contains(not), "{stem}/{doc}: {not}");
            assert!(!text.contains("Kundinnen und Kunden"), "{stem}/{doc}");
        }
    }
    // Customers stay customers where that is what they are.
    let bakery = render_example("baeckerei-sonnenschein");
    assert!(bakery["01-verarbeitungsverzeichnis"].contains("Kundinnen und Kunden"));
}

#[test]
fn a_tax_firm_is_no_merchant_by_form_and_keeps_case_files_ten_years() {
    let docs = pack(&fixture(TAX));
    let vvt = &docs["01-verarbeitungsverzeichnis"];
    assert!(vvt.contains("kein Kaufmann im Sinne des HGB"));
    assert!(vvt.contains("§ 66 Abs. 1 StBerG"));
    assert!(!vvt.contains("§ 257 Abs. 1"));
    // Reminders of deadlines and missing documents belong in the case file.
    assert!(vvt.contains(
        "zur Handakte genommene Inhalte dort 10 Jahre ab Ende des Kalenderjahres, in dem der Auftrag endet"
    ));
}

#[test]
fn the_release_the_pack_obtains_counts_and_professional_law_is_named() {
    let text = fixture(TAX);
    // With the address book synced, clients who never wrote are disclosed without a release:
    // R21 stays high and DSG030 names the fix.
    let synced = load_text(&text);
    assert!(synced.diagnostics.iter().any(|d| d.code == Some("DSG030")));
    let a = risk::assess(synced.profile.as_ref().expect("profile"));
    assert_eq!(a.risk("R21").expect("R21").net.class, RiskClass::Hoch);
    // Without address-book access the release in every text carries R21.
    let no_access = text.replace("address_book: business_only", "address_book: no_access");
    let loaded = load_text(&no_access);
    assert!(!loaded.diagnostics.iter().any(|d| d.code == Some("DSG030")));
    let a = risk::assess(loaded.profile.as_ref().expect("profile"));
    let r21 = a.risk("R21").expect("secrecy profile has R21");
    assert_eq!(r21.net.class, RiskClass::Risiko, "release lowers R21");
    assert!(
        !a.prior_consultation.required,
        "{:?}",
        a.prior_consultation.risks
    );
    let docs = pack(&text);
    let avv = &docs["05-auftragsverarbeitung"];
    assert!(avv.contains("§ 62a StBerG"));
    // Meta cannot be bound to secrecy: the proposal to WhatsApp does not claim it is.
    assert!(!avv.contains("Der Auftragnehmer wird als mitwirkende Person tätig"));
    // A tax firm does not invite special categories into the chat.
    assert!(!docs["04-datenschutzhinweise"].contains("Art. 9 Abs. 2 lit. f"));
}

#[test]
fn the_withdrawal_keyword_ends_all_whatsapp_contact_under_secrecy() {
    let docs = pack(&fixture(TAX));
    let withdrawal = &docs["06-widerruf"];
    assert!(withdrawal.contains("beendet die Kommunikation mit Ihnen über WhatsApp insgesamt"));
    assert!(
        !withdrawal.contains("allein beendet die Nachrichten, die auf einer Einwilligung beruhen")
    );
}

#[test]
fn public_texts_carry_no_internal_checks_and_no_device_management() {
    for stem in [TAX, DRIVING] {
        let docs = pack(&fixture(stem));
        for doc in ["04-datenschutzhinweise", "06-widerruf"] {
            let text = &docs[doc];
            assert!(!text.contains("DPF-Liste"), "{stem}/{doc}");
            assert!(!text.contains("zu prüfen"), "{stem}/{doc}");
            assert!(!text.contains("DSG0"), "{stem}/{doc}");
            assert!(!text.contains("dsgvo-gen"), "{stem}/{doc}");
        }
        // The record keeps what is still to verify.
        assert!(docs["01-verarbeitungsverzeichnis"].contains("DPF-Liste prüfen"));
    }
    let docs = pack(&fixture(TAX));
    // Jamf manages employees' devices: in the record, not in the clients' notice; its US
    // parent is a group company with possible access, not the recipient itself.
    assert!(docs["01-verarbeitungsverzeichnis"].contains("Konzerngesellschaft von Jamf"));
    assert!(!docs["04-datenschutzhinweise"].contains("Jamf"));
}

#[test]
fn the_parents_rule_for_minors_is_one_rule() {
    let docs = pack(&fixture(DRIVING));
    let consent = &docs["03-einwilligung"];
    assert!(consent.contains(
        "Für alle übrigen Einwilligungen gilt: Bei Kindern unter 16 Jahren genehmigen die Eltern"
    ));
}

#[test]
fn a_forced_private_app_pack_publishes_nothing_without_saying_it_is_being_replaced() {
    let loaded = load_example("migration/friseur-privat");
    let artifacts = generate(
        &loaded,
        vec![
            dsgvo_gen::backend::Format::Md,
            dsgvo_gen::backend::Format::Html,
        ],
    );
    let text = |name: &str| {
        let a = artifacts
            .iter()
            .find(|a| a.path.to_string_lossy() == name)
            .unwrap_or_else(|| panic!("{name} written"));
        plain(&String::from_utf8(a.bytes.clone()).expect("utf-8"))
    };
    let page = text("whatsapp-kontakt.html");
    assert!(page.contains("private WhatsApp-App"));
    assert!(page.contains("nicht geeignet"));
    assert!(page.contains("Wir stellen auf eine geschäftliche Lösung um"));
    assert!(text("03-einwilligung.md").contains("Nicht vor dem Wechsel verwenden"));
}

#[test]
fn the_release_waives_what_whatsapp_cannot_promise_under_professional_law() {
    let tax = pack(&fixture(TAX));
    assert!(tax["03-einwilligung"].contains("verzichte ich ausdrücklich"));
    assert!(tax["03-einwilligung"].contains("§ 62a Abs. 6 StBerG"));
    let law = pack(&fixture("kanzlei-gbr-app"));
    assert!(law["03-einwilligung"].contains("§ 43e Abs. 6 BRAO"));
    // A physiotherapy practice has no such waiver to give.
    let physio = render_example("physiopraxis-am-park");
    assert!(!physio["03-einwilligung"].contains("verzichte ich ausdrücklich"));
}

#[test]
fn keeping_media_out_of_the_gallery_does_not_lower_an_unencrypted_chat_backup() {
    let loaded = load_text(&fixture("kanzlei-gbr-app"));
    let a = risk::assess(loaded.profile.as_ref().expect("profile"));
    let r5 = a.risk("R5").expect("app with backup");
    assert_eq!(r5.net.class, RiskClass::Hoch);
    assert!(
        !r5.mitigations
            .iter()
            .any(|m| m.key == "media_auto_download_off")
    );
    assert!(a.prior_consultation.required);
}

/// Care-service review: one Business-app number on 22 phones cannot exist; the profile is
/// warned, a bakery with two phones is not. An MDM vendor holds no chat data, so the public
/// withdrawal notice does not promise to delete chats there; a care service's notice speaks
/// of relatives, not of opponents in a mandate.
#[test]
fn care_service_review_rules() {
    let bakery = std::fs::read_to_string(example("baeckerei-sonnenschein")).expect("example");
    let codes = |text: &str| -> Vec<&'static str> {
        load_text(text)
            .diagnostics
            .iter()
            .filter_map(|d| d.code)
            .collect()
    };
    assert!(!codes(&bakery).contains(&"DSG031"));
    let crowded = bakery.replace("    count: 2\n", "    count: 22\n");
    assert!(codes(&crowded).contains(&"DSG031"));

    let wagner = render_example("elektro-wagner");
    let withdrawal = &wagner["06-widerruf"];
    let public = &withdrawal[..withdrawal.find("## Teil B").expect("B")];
    assert!(!public.contains("Intune"), "MDM named as holding chat data");
    assert!(public.contains("Handwerk Cloud Archiv GmbH"));

    let dental = pack(&fixture("zahnarztpraxis-app"));
    assert!(dental["04-datenschutzhinweise"].contains("etwa Angehörige oder andere Personen"));
    assert!(!dental["04-datenschutzhinweise"].contains("Gegner"));
    let law = pack(&fixture("kanzlei-gbr-app"));
    assert!(law["04-datenschutzhinweise"].contains("etwa Gegner oder andere Beteiligte"));
}
