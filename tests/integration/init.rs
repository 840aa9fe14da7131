//! `dsgvo-gen init`: answers files for every branch, the written profile (valid, commented,
//! round-trips), refusals and backups, no terminal, and a real pseudo-terminal session.

use crate::common::*;
use dsgvo_gen::interview::{self, ids, script::ScriptedPrompter, write};
use dsgvo_gen::profile::load::Loaded;
use dsgvo_gen::profile::model::*;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

/// The answers files under `tests/fixtures/init/`.
const FIXTURES: [&str; 8] = [
    "baeckerei",
    "nachhilfe",
    "elektro-byod",
    "praxis-bsp",
    "onlineshop-api",
    "koexistenz",
    "agentur-privat",
    "friseur-privat",
];

fn fixture(name: &str) -> PathBuf {
    repo(&format!("tests/fixtures/init/{name}.yaml"))
}

/// Runs `init --answers FIXTURE` in a fresh directory and checks what every written profile
/// must satisfy: no structural or value errors, the schema comment first, and the round trip
/// load → write → load giving the same model and the same text.
fn init_from(name: &str) -> (tempfile::TempDir, RawProfile, Loaded) {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["init", "--answers"])
        .arg(fixture(name))
        .assert()
        .success()
        .stdout(predicate::str::contains("dsgvo.yaml geschrieben"));
    let text = std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("profile written");
    let loaded = load_text(&text);
    let structural: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && d.code.is_none())
        .collect();
    assert!(
        structural.is_empty(),
        "{name}: {}",
        loaded.render_diagnostics()
    );
    assert!(text.starts_with("# yaml-language-server: $schema=dsgvo-gen.schema.json\n"));
    assert!(text.contains("dsgvo-gen schema > dsgvo-gen.schema.json"));
    let raw = loaded.profile.as_ref().expect("profile loads").raw.clone();
    let rewritten = write::to_yaml(&raw, &write::Options::default());
    assert_eq!(
        rewritten, text,
        "{name}: writing the loaded profile changes the text"
    );
    let again = load_text(&rewritten);
    assert_eq!(
        again.profile.expect("loads again").raw,
        raw,
        "{name}: round trip"
    );
    (dir, raw, loaded)
}

fn codes(loaded: &Loaded) -> Vec<&'static str> {
    loaded.diagnostics.iter().filter_map(|d| d.code).collect()
}

#[test]
fn bakery_with_business_app_on_company_phones_and_marketing() {
    let (dir, raw, loaded) = init_from("baeckerei");
    assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
    assert_eq!(raw.company.postal_code, "79098");
    assert_eq!(raw.company.state, State::BadenWuerttemberg);
    assert_eq!(
        raw.company.legal_form.as_deref(),
        Some("GmbH"),
        "derived from the name"
    );
    assert_eq!(
        raw.company.privacy_notice_url.as_deref(),
        Some("https://www.baeckerei-sonnenschein.example/datenschutz-whatsapp"),
        "proposed from the website"
    );
    let wa = &raw.whatsapp;
    assert_eq!(wa.variant, Variant::BusinessApp);
    assert!(wa.provider.is_none() && wa.cloud_api.is_none() && wa.coexistence.is_none());
    let devices = wa.devices.as_ref().expect("app variant asks for devices");
    assert_eq!(devices.ownership, Ownership::Company);
    assert_eq!(devices.count, 2);
    assert_eq!(devices.backup_target, Some(BackupTarget::GoogleDrive));
    assert!(devices.mdm.is_none());
    let terms = wa.terms_accepted.as_ref().expect("terms");
    assert_eq!(terms.accepted_on, "2025-03-03", "German date stored as ISO");
    assert_eq!(
        terms.accepted_by, "Maria Sonnenschein",
        "proposed from the representative"
    );
    let kinds: Vec<ScenarioKind> = raw.scenarios.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            ScenarioKind::CustomerInquiry,
            ScenarioKind::ServiceNotifications,
            ScenarioKind::Marketing
        ]
    );
    assert_eq!(
        raw.scenarios[1].retention.as_deref(),
        Some("bis zur Abholung, danach 3 Monate")
    );
    assert_eq!(
        raw.scenarios[0].retention, None,
        "catalogue default not copied"
    );
    assert!(raw.consent.double_opt_in);
    assert!(raw.dpo.is_none());
    assert_eq!(raw.withdrawal.email, None, "same as the company address");
    assert_eq!(raw.document.date.as_deref(), Some("2026-11-28"));
    // The acceptance check: the documents build from the written profile.
    bin(dir.path()).arg("build").assert().success();
    assert!(
        dir.path()
            .join("dokumente/04-datenschutzhinweise.md")
            .exists()
    );
}

#[test]
fn craft_business_with_byod_mdm_dpo_and_processors() {
    let (_dir, raw, loaded) = init_from("elektro-byod");
    assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
    assert!(
        !codes(&loaded).contains(&"DSG004"),
        "work container avoids DSG004"
    );
    assert!(
        !codes(&loaded).contains(&"DSG021"),
        "MDM listed as processor"
    );
    assert_eq!(raw.company.persons_processing_data, Some(22));
    assert_eq!(raw.company.legal_form.as_deref(), Some("GmbH & Co. KG"));
    // The warning accepted in the interview, with its reason and end date.
    assert_eq!(raw.accepted_findings.len(), 1);
    assert_eq!(raw.accepted_findings[0].code, "DSG031");
    assert_eq!(
        raw.accepted_findings[0].until.as_deref(),
        Some("2027-03-31")
    );
    assert!(
        loaded
            .diagnostics
            .iter()
            .any(|d| d.code == Some("DSG031") && d.accepted.is_some())
    );
    let devices = raw.whatsapp.devices.as_ref().expect("devices");
    assert_eq!(devices.ownership, Ownership::Byod);
    assert_eq!(devices.platforms, [Platform::Android, Platform::Ios]);
    let mdm = devices.mdm.as_ref().expect("mdm");
    assert!(mdm.work_container && mdm.remote_wipe);
    assert_eq!(raw.whatsapp.display_name, None, "explicit empty answer");
    assert_eq!(raw.processors.len(), 2);
    assert_eq!(raw.processors[0].role, ProcessorRole::Mdm);
    assert_eq!(raw.processors[0].name, "Microsoft Intune");
    assert_eq!(
        raw.processors[1].agreement_date.as_deref(),
        Some("2023-02-01")
    );
    let inquiry = &raw.scenarios[0];
    assert_eq!(inquiry.legal_basis, Some(LegalBasis::LegitimateInterest));
    assert_eq!(inquiry.initiated_by, Some(Initiator::Both));
    assert_eq!(
        inquiry.data.as_deref(),
        Some(
            &[
                "Telefonnummer".to_owned(),
                "Nachrichteninhalte".to_owned(),
                "Fotos der Anlage".to_owned()
            ][..]
        )
    );
    assert!(raw.data_subjects.business_partners && !raw.data_subjects.applicants);
    assert_eq!(raw.withdrawal.keyword, "STOPP");
    assert_eq!(
        raw.withdrawal.email.as_deref(),
        Some("widerruf@elektro-wagner.example")
    );
    assert_eq!(raw.custom_measures.len(), 2);
    assert_eq!(
        raw.dpo.as_ref().map(|d| d.name.as_str()),
        Some("Sabine Roth")
    );
    assert_eq!(raw.document.version, "2.1");
}

#[test]
fn practice_with_health_data_through_a_provider() {
    let (_dir, raw, loaded) = init_from("praxis-bsp");
    assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
    assert!(raw.company.professional_secrecy);
    let wa = &raw.whatsapp;
    assert_eq!(wa.variant, Variant::CloudApiBsp);
    assert!(wa.devices.is_none(), "no device questions without the app");
    let provider = wa.provider.as_ref().expect("provider");
    assert_eq!(provider.hosting_region, Some(Region::Eu));
    assert_eq!(provider.avv_signed_on.as_deref(), Some("2025-09-01"));
    assert_eq!(provider.sub_processors.len(), 2);
    assert_eq!(
        provider.sub_processors[1].name,
        "Meta Platforms Ireland Limited"
    );
    assert_eq!(
        wa.cloud_api.as_ref().map(|c| c.storage),
        Some(CloudStorage::LocalStorageDe)
    );
    assert_eq!(raw.special_categories.categories, [SpecialCategory::Health]);
    assert_eq!(raw.special_categories.occurrence, Occurrence::Regular);
    let special = raw
        .scenarios
        .iter()
        .find(|s| s.kind == ScenarioKind::SpecialCategoryData)
        .expect("special-category scenario");
    assert_eq!(special.legal_basis, Some(LegalBasis::HealthCare));
    assert!(!codes(&loaded).contains(&"DSG002"));
    assert!(
        codes(&loaded).contains(&"DSG014"),
        "professional secrecy is flagged"
    );
}

#[test]
fn online_shop_with_cloud_api_ai_bot_and_own_scenario() {
    let (_dir, raw, loaded) = init_from("onlineshop-api");
    assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
    let wa = &raw.whatsapp;
    assert_eq!(wa.variant, Variant::CloudApi);
    assert!(wa.provider.is_none() && wa.devices.is_none());
    let ai = wa
        .ai
        .as_ref()
        .expect("ai details asked because the bot is used");
    assert!(ai.human_handover && !ai.trains_on_customer_data);
    assert!(wa.terms_accepted.is_none());
    assert_eq!(raw.company.representatives.len(), 2);
    assert_eq!(raw.data_subjects.scale, Scale::Large);
    assert_eq!(raw.special_categories.occurrence, Occurrence::Incidental);
    let custom = raw.scenarios.last().expect("own scenario");
    assert_eq!(custom.kind, ScenarioKind::Custom);
    assert_eq!(custom.legal_basis, Some(LegalBasis::LegitimateInterest));
    assert_eq!(
        custom.retention.as_deref(),
        Some("30 Tage nach dem Rückruf")
    );
    assert!(
        raw.scenarios
            .iter()
            .any(|s| s.kind == ScenarioKind::Marketing && s.purpose.is_some())
    );
    assert!(raw.dpo.is_some());
    assert!(codes(&loaded).contains(&"DSG020"));
}

#[test]
fn coexistence_with_shared_history_and_mixed_devices() {
    let (_dir, raw, loaded) = init_from("koexistenz");
    let wa = &raw.whatsapp;
    assert_eq!(wa.variant, Variant::BusinessAppCoexistence);
    assert!(wa.provider.is_some() && wa.cloud_api.is_some() && wa.devices.is_some());
    let co = wa.coexistence.as_ref().expect("coexistence");
    assert!(co.history_shared && !co.contacts_shared);
    let import = raw
        .scenarios
        .iter()
        .find(|s| s.kind == ScenarioKind::CoexistenceImport)
        .expect("customised derived scenario is written");
    assert!(import.retention.is_some());
    for code in ["DSG004", "DSG005", "DSG011", "DSG012", "DSG017"] {
        assert!(
            codes(&loaded).contains(&code),
            "{code}: {:?}",
            codes(&loaded)
        );
    }
}

#[test]
fn private_app_can_be_replaced_during_the_interview() {
    let (_dir, raw, loaded) = init_from("agentur-privat");
    assert_eq!(raw.whatsapp.variant, Variant::BusinessApp);
    assert!(raw.company.acts_as_processor);
    assert_eq!(
        raw.company.legal_form.as_deref(),
        Some("UG (haftungsbeschränkt)")
    );
    assert!(
        !codes(&loaded).contains(&"DSG001"),
        "the private app is no longer recorded"
    );
}

#[test]
fn private_app_can_be_recorded_and_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["init", "--answers"])
        .arg(fixture("friseur-privat"))
        .assert()
        .success()
        .stderr(predicate::str::contains("Fehler[DSG001]"))
        .stdout(predicate::str::contains("dsgvo-gen build --force"));
    let (_dir, raw, loaded) = init_from("friseur-privat");
    assert_eq!(raw.whatsapp.variant, Variant::Private);
    assert!(
        raw.whatsapp.terms_accepted.is_none(),
        "not asked for the private app"
    );
    assert_eq!(codes(&loaded).iter().filter(|c| **c == "DSG001").count(), 1);
}

/// The status-report choice: the profile says so, and `build` then builds despite the error
/// (as `--force` does), with the internal documents marked.
#[test]
fn status_report_profiles_build_with_their_errors_marked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = std::fs::read_to_string(fixture("friseur-privat")).expect("fixture")
        + "document.status_report: ja\n";
    std::fs::write(dir.path().join("antworten.yaml"), answers).expect("write");
    bin(dir.path())
        .args(["init", "--answers", "antworten.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("als Bestandsaufnahme"));
    let text = std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("written");
    assert!(text.contains("status_report: true"), "{text}");
    bin(dir.path())
        .args(["build", "--format", "md"])
        .assert()
        .success();
    let vvt = std::fs::read_to_string(dir.path().join("dokumente/01-verarbeitungsverzeichnis.md"))
        .expect("built");
    assert!(
        vvt.contains("Das Profil enthält Prüffehler"),
        "marked as status report"
    );
    // Without the field the same profile is refused.
    std::fs::write(
        dir.path().join("dsgvo.yaml"),
        text.replace("status_report: true", "status_report: false"),
    )
    .expect("write");
    bin(dir.path())
        .args(["build", "--format", "md"])
        .assert()
        .code(1);
}

#[test]
fn every_question_is_asked_in_some_branch() {
    let mut asked: Vec<String> = Vec::new();
    for name in FIXTURES {
        let text = std::fs::read_to_string(fixture(name)).expect("fixture");
        let mut p = ScriptedPrompter::parse(name, &text).expect("answers parse");
        interview::run(&mut p).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            p.unused().is_empty(),
            "{name}: unused answers {:?}",
            p.unused()
        );
        for id in p.asked() {
            assert!(
                ids::is_known(id),
                "{name}: `{id}` is asked but not listed in ids"
            );
        }
        asked.extend(p.asked().iter().cloned());
    }
    let never: Vec<&str> = ids::QUESTIONS
        .iter()
        .map(|e| e.id)
        .filter(|pattern| {
            !asked
                .iter()
                .any(|id| ids::entry(id).is_some_and(|e| e.id == *pattern))
        })
        .collect();
    assert!(never.is_empty(), "no fixture reaches {never:?}");
}

#[test]
fn starter_profile_without_questions() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["init", "--non-interactive"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains("Platzhalter"));
    let text = std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("written");
    assert!(text.contains("STARTPROFIL"));
    let loaded = load_text(&text);
    let structural = loaded
        .diagnostics
        .iter()
        .any(|d| d.is_error() && d.code.is_none());
    assert!(!structural, "{}", loaded.render_diagnostics());
    // The placeholders are findings until replaced: no pack for the fictitious firm.
    let out = bin(dir.path())
        .args(["validate"])
        .assert()
        .get_output()
        .clone();
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    for needle in [
        "DSG029",
        "„Musterfirma GmbH“",
        "„Musterstraße 1“",
        "dsgvo.yaml:",
    ] {
        assert!(report.contains(needle), "missing {needle:?} in:\n{report}");
    }
    // A build is not silent about them either.
    bin(dir.path())
        .args(["build", "--format", "md"])
        .assert()
        .stderr(predicate::str::contains("DSG029"));
    // Replacing the invented values clears the finding.
    let real = text
        .replace("Musterfirma GmbH", "Bäckerei Korn GmbH")
        .replace("Musterstraße 1", "Lindenweg 2")
        .replace("info@musterfirma.example", "info@baeckerei-korn.de")
        .replace("datenschutz@musterfirma.example", "dsb@baeckerei-korn.de")
        .replace("Erika Beispiel", "Dr. Jana Brot")
        .replace("Max Muster", "Karla Korn")
        .replace("+49 711 1234560", "+49 711 2233440")
        .replace("+49 711 1234569", "+49 711 2233449");
    let loaded = load_text(&real);
    assert!(
        !loaded.diagnostics.iter().any(|d| d.code == Some("DSG029")),
        "{}",
        loaded.render_diagnostics()
    );
}

#[test]
fn writes_to_another_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["init", "--non-interactive", "-o", "kunden/mueller.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "dsgvo-gen validate kunden/mueller.yaml",
        ));
    assert!(dir.path().join("kunden/mueller.yaml").exists());
    assert!(!dir.path().join("dsgvo.yaml").exists());
}

fn leftovers(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs `init --answers` with `answers` and expects a refusal naming `id`; nothing written.
fn rejected(answers: &str, needles: &[&str]) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("antworten.yaml"), answers).expect("write answers");
    let out = bin(dir.path())
        .args(["init", "--answers", "antworten.yaml"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    for needle in needles {
        assert!(stderr.contains(needle), "missing {needle:?} in:\n{stderr}");
    }
    assert_eq!(leftovers(dir.path()), ["antworten.yaml"], "nothing written");
}

fn bakery_with(replace: &str, with: &str) -> String {
    let text = std::fs::read_to_string(fixture("baeckerei")).expect("fixture");
    assert!(text.contains(replace), "{replace}");
    text.replace(replace, with)
}

#[test]
fn invalid_answers_name_the_question() {
    rejected(
        &bakery_with(
            "company.postal_code: \"79098\"",
            "company.postal_code: \"7909\"",
        ),
        &[
            "antworten.yaml:5: Frage `company.postal_code`",
            "keine Postleitzahl",
        ],
    );
    rejected(
        &bakery_with(
            "company.phone: \"+49 761 2345670\"",
            "company.phone: \"0761 2345670\"",
        ),
        &["Frage `company.phone`", "Meinten Sie „+49 761 2345670“?"],
    );
    rejected(
        &bakery_with("whatsapp.variant: business_app", "whatsapp.variant: signal"),
        &[
            "Frage `whatsapp.variant`",
            "„signal“ ist keine der Möglichkeiten: business_app",
        ],
    );
    rejected(
        &bakery_with("whatsapp.devices.count: 2", "whatsapp.devices.count: 0"),
        &["Frage `whatsapp.devices.count`", "von 1 bis"],
    );
    rejected(
        &bakery_with(
            "consent.double_opt_in: true",
            "consent.double_opt_in: vielleicht",
        ),
        &["Frage `consent.double_opt_in`", "true oder false"],
    );
    rejected(
        &bakery_with("company.name: \"Bäckerei Sonnenschein GmbH\"\n", ""),
        &["Frage `company.name`", "keine Antwort"],
    );
    rejected(
        &bakery_with("company.city:", "company.cty:"),
        &[
            "unbekannte Frage-ID `company.cty`",
            "meinten Sie `company.city`?",
        ],
    );
    rejected("company.name: [unclosed\n", &["antworten.yaml", "YAML"]);
}

/// C9 of the UX review: a mistyped id, a postal code, a variant typo and an e-mail address
/// wrong at once are all reported, each with its line; ja/nein is accepted for Ja/Nein
/// questions.
#[test]
fn answers_files_report_every_problem_at_once() {
    let answers = bakery_with(
        "company.postal_code: \"79098\"",
        "company.postal_code: \"7909\"",
    )
    .replace(
        "whatsapp.variant: business_app",
        "whatsapp.variant: bussiness_app",
    )
    .replace(
        "company.email: \"info@baeckerei-sonnenschein.example\"",
        "company.email: \"info@baeckerei\"",
    )
    .replace(
        "whatsapp.terms_accepted: ja",
        "whatsapp.terms_accepted: nein",
    )
    .replace("whatsapp.display_name:", "whatsapp.dispaly_name:");
    rejected(
        &answers,
        &[
            "unbekannte Frage-ID `whatsapp.dispaly_name` – meinten Sie `whatsapp.display_name`?",
            "antworten.yaml:5: Frage `company.postal_code`",
            "Frage `company.email`",
            "Frage `whatsapp.variant`: „bussiness_app“ ist keine der Möglichkeiten",
            "4 Probleme in der Antwortdatei",
        ],
    );
}

#[test]
fn answers_template_lists_every_question_and_is_an_answers_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = bin(dir.path())
        .args(["init", "--answers-template"])
        .assert()
        .success()
        .get_output()
        .clone();
    let template = String::from_utf8(out.stdout).expect("utf-8");
    for id in [
        "#company.name:",
        "#whatsapp.devices.backup:",
        "#processors.1.name:",
        "#scenarios.customer_inquiry.retention:",
        "#dpo.present:",
    ] {
        assert!(template.contains(id), "{id} missing");
    }
    assert!(
        template.contains("#     end_to_end_encrypted = "),
        "choices listed"
    );
    assert!(leftovers(dir.path()).is_empty(), "writes nothing");
    // Filled in, the template is read by --answers.
    let filled = template
        .replace("#company.name:", "company.name: \"Café Bohne\"")
        .replace("#company.street:", "company.street: \"Markt 1\"")
        .replace("#company.postal_code:", "company.postal_code: \"04109\"")
        .replace("#company.city:", "company.city: Leipzig")
        .replace(
            "#company.representatives:",
            "company.representatives: [\"Ida Bohne (Inhaberin)\"]",
        )
        .replace("#company.email:", "company.email: \"hallo@cafe-bohne.de\"")
        .replace("#company.sector:", "company.sector: food")
        .replace("#company.employees:", "company.employees: 3")
        .replace(
            "#whatsapp.business_number:",
            "whatsapp.business_number: \"+49 341 2233440\"",
        )
        .replace(
            "#whatsapp.devices.address_book:",
            "whatsapp.devices.address_book: no_access",
        )
        .replace("#whatsapp.devices.backup:", "whatsapp.devices.backup: none")
        .replace("#whatsapp.terms_accepted:", "whatsapp.terms_accepted: nein")
        .replace("#measures:", "measures: [two_step_verification, app_lock]")
        .replace("#dpo.present:", "dpo.present: nein");
    std::fs::write(dir.path().join("antworten.yaml"), filled).expect("write");
    bin(dir.path())
        .args(["init", "--answers", "antworten.yaml"])
        .assert()
        .success();
    let raw = load_text(&std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("written"))
        .profile
        .expect("loads")
        .raw;
    assert_eq!(
        raw.company.state,
        State::Sachsen,
        "proposed from the postal code"
    );
}

#[test]
fn answers_the_situation_does_not_ask_are_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = bakery_with(
        "whatsapp.variant: business_app",
        "whatsapp.variant: business_app\nwhatsapp.provider.name: \"Niemand GmbH\"",
    );
    std::fs::write(dir.path().join("a.yaml"), text).expect("write");
    bin(dir.path())
        .args(["init", "--answers", "a.yaml"])
        .assert()
        .success()
        .stderr(predicate::str::contains("nicht verwendet"))
        .stderr(predicate::str::contains("`whatsapp.provider.name`"));
}

#[test]
fn existing_profile_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("dsgvo.yaml"), "alt\n").expect("write");
    bin(dir.path())
        .args(["init", "--non-interactive"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("existiert bereits"))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("read"),
        "alt\n"
    );
    assert_eq!(leftovers(dir.path()), ["dsgvo.yaml"]);
}

#[test]
fn force_keeps_numbered_backups() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("dsgvo.yaml"), "erste Fassung\n").expect("write");
    bin(dir.path())
        .args(["init", "--non-interactive", "--force"])
        .assert()
        .success()
        .stdout(predicate::str::contains("dsgvo.yaml.bak"));
    let second = std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("read");
    assert!(second.contains("STARTPROFIL"));
    bin(dir.path())
        .args(["init", "--answers"])
        .arg(fixture("baeckerei"))
        .arg("--force")
        .assert()
        .success()
        .stdout(predicate::str::contains("dsgvo.yaml.1.bak"));
    let read = |n: &str| std::fs::read_to_string(dir.path().join(n)).expect(n);
    assert_eq!(read("dsgvo.yaml.bak"), "erste Fassung\n");
    assert_eq!(read("dsgvo.yaml.1.bak"), second);
    assert!(read("dsgvo.yaml").contains("Bäckerei Sonnenschein"));
    assert_eq!(
        leftovers(dir.path()),
        ["dsgvo.yaml", "dsgvo.yaml.1.bak", "dsgvo.yaml.bak"]
    );
}

#[test]
fn piped_stdin_without_flags_explains_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .arg("init")
        .write_stdin("Bäckerei\n")
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("braucht dafür ein Terminal"))
        .stderr(predicate::str::contains("--answers"))
        .stderr(predicate::str::contains("--non-interactive"));
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn answers_and_non_interactive_exclude_each_other() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["init", "--non-interactive", "--answers", "a.yaml"])
        .assert()
        .code(2);
    assert!(leftovers(dir.path()).is_empty());
}

/// A real pseudo-terminal: the dialoguer prompts, driven key by key.
#[cfg(unix)]
mod pty {
    use super::*;
    use rexpect::session::PtySession;
    use std::process::Command;

    const DOWN: &str = "\x1b[B";

    fn spawn(dir: &Path, args: &[&str]) -> PtySession {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dsgvo-gen"));
        cmd.arg("init")
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env("COLUMNS", "100");
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "DSGVO_GEN_LANG"] {
            cmd.env_remove(name);
        }
        rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn in a pty")
    }

    /// Waits until `question` is on the screen, then types `keys`. rexpect compares the
    /// output byte by byte as Latin-1, so `question` must be plain ASCII; and questions are
    /// wrapped at the terminal width (80 columns in the pty), so it must not span a break.
    fn answer(p: &mut PtySession, question: &str, keys: &str) {
        p.exp_string(question)
            .unwrap_or_else(|e| panic!("waiting for {question:?}: {e}"));
        p.send(keys).expect("send");
        p.flush().expect("flush");
    }

    fn exit_code(p: &PtySession) -> i32 {
        match p.process().wait().expect("wait") {
            rexpect::process::WaitStatus::Exited(_, code) => code,
            other => panic!("process did not exit normally: {other:?}"),
        }
    }

    /// The bakery of the UX review: 8 people in Freiburg, Business app on two shop phones,
    /// full address-book access, unencrypted Google Drive backup, allergies now and then. The
    /// interview explains why a DPO would be needed and offers fixes; the owner picks the
    /// encrypted backup and the profile builds.
    #[test]
    fn bakery_interview_in_a_real_terminal() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut p = spawn(dir.path(), &[]);
        let steps: &[(&str, &str)] = &[
            ("Name des Unternehmens", "Bäckerei Müller e.K.\r"),
            ("und Hausnummer", "Hauptstraße 12\r"),
            ("? Postleitzahl", "7909\r"),
            // The invalid postal code is re-asked with a German message.
            ("keine Postleitzahl", "79098\r"),
            ("? Ort", "Freiburg im Breisgau\r"),
            ("Vertretungsberechtigte", "Hans Müller (Inhaber)\r"),
            ("Registereintrag", "Amtsgericht Freiburg HRA 700123\r"),
            ("Datenschutzanfragen", "info@baeckerei-mueller.example\r"),
            ("im internationalen Format", "0761 123456\r"),
            // Enter takes the proposed correction.
            ("bernimmt: +49 761 123456", "\r"),
            ("? Website", "https://www.baeckerei-mueller.example\r"),
            ("? Branche", &format!("{DOWN}\r")),
            ("Anzahl der Besch", "8\r"),
            ("Welches WhatsApp nutzen Sie", "\r"),
            ("Unter welcher Nummer", "0171/2345678\r"),
            ("bernimmt: +49 171 2345678", "\r"),
            ("Auf wie vielen Ger", "2\r"),
            ("Betriebssysteme", " \r"),
            ("im Adressbuch zugreifen", &format!("{DOWN}{DOWN}{DOWN}\r")),
            // "weiß ich nicht" shows how to look it up, then asks again.
            (
                "Werden die Chats gesichert",
                &format!("{DOWN}{DOWN}{DOWN}{DOWN}\r"),
            ),
            ("Chat-Backup", &format!("{DOWN}{DOWN}{DOWN}\r")),
            ("Welche Funktionen", " \r"),
            ("Ist festgehalten", &format!("{DOWN}{DOWN}\r")),
            ("Wie viele Personen", "\r"),
            ("Kommen Gesundheitsdaten", &format!("{DOWN}\r")),
            ("nutzen Sie WhatsApp?", &format!("{DOWN} \r")),
            ("Einwilligungen protokolliert", "Liste an der Kasse\r"),
            ("sind umgesetzt?", &format!(" {DOWN} \r")),
            (
                "Haben Sie eine Datenschutzbeauftragte",
                &format!("{DOWN}\r"),
            ),
            // The review screen lists what was proposed, e.g. the Bundesland from the PLZ.
            ("davon etwas", ""),
            ("GbR): e.K.", ""),
            ("Bundesland des Firmensitzes: Baden-W", "\r"),
            // The error is explained in plain German with the cheapest fixes.
            ("Chat-Sicherungen in Google Drive oder iCloud", ""),
            ("Satz 2 BDSG", ""),
            ("Wie m", "\r"),
        ];
        for (question, keys) in steps {
            answer(&mut p, question, keys);
        }
        p.exp_string("dsgvo.yaml geschrieben").expect("written");
        let (_, count) = p.exp_regex(r"[0-9]+ Fragen").expect("prompt count");
        let count: usize = count.trim_end_matches(" Fragen").parse().expect("number");
        assert!(count <= 30, "{count} prompts");
        p.exp_string("(0 Fehler").expect("no error left");
        p.exp_string("chster Schritt: `dsgvo-gen build`")
            .expect("next step");
        p.exp_eof().expect("ends");
        assert_eq!(exit_code(&p), 0);
        assert_eq!(leftovers(dir.path()), ["dsgvo.yaml"], "no draft left");

        let text = std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("written");
        let loaded = load_text(&text);
        assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
        let raw = loaded.profile.expect("loads").raw;
        assert_eq!(raw.company.legal_form.as_deref(), Some("e.K."));
        assert_eq!(raw.company.state, State::BadenWuerttemberg, "from the PLZ");
        assert_eq!(raw.company.phone.as_deref(), Some("+49 761 123456"));
        assert_eq!(raw.whatsapp.business_number, "+49 171 2345678");
        let devices = raw.whatsapp.devices.expect("devices");
        assert_eq!(devices.address_book, AddressBook::Full);
        assert_eq!(devices.backup, Backup::EndToEndEncrypted, "the fix");
        assert_eq!(devices.backup_target, Some(BackupTarget::GoogleDrive));
        assert_eq!(raw.special_categories.occurrence, Occurrence::Incidental);
        assert!(raw.dpo.is_none());
        assert!(!raw.document.status_report);
        bin(dir.path()).arg("build").assert().success();
        assert!(
            dir.path()
                .join("dokumente/04-datenschutzhinweise.md")
                .exists()
        );
    }

    /// Two answers, then Ctrl-C at the third question.
    fn interrupted_after_a_few_answers(dir: &Path, args: &[&str]) {
        let mut p = spawn(dir, args);
        answer(
            &mut p,
            "Name des Unternehmens",
            "Bäckerei Sonnenschein GmbH\r",
        );
        answer(&mut p, "und Hausnummer", "Kaiser-Joseph-Straße 212\r");
        p.exp_string("? Postleitzahl").expect("third question");
        // Give the prompt time to switch the terminal to raw mode, as a person would.
        std::thread::sleep(std::time::Duration::from_millis(200));
        p.send_control('c').expect("ctrl-c");
        p.exp_string("Abgebrochen").expect("message");
        p.exp_string("dsgvo.yaml.entwurf").expect("names the draft");
        p.exp_eof().expect("ends");
        assert_eq!(exit_code(&p), 130);
    }

    #[test]
    fn ctrl_c_leaves_only_a_draft() {
        let dir = tempfile::tempdir().expect("tempdir");
        interrupted_after_a_few_answers(dir.path(), &[]);
        assert_eq!(leftovers(dir.path()), ["dsgvo.yaml.entwurf"]);
        let draft = std::fs::read_to_string(dir.path().join("dsgvo.yaml.entwurf")).expect("draft");
        assert!(
            draft.contains("company.name: \"Bäckerei Sonnenschein GmbH\""),
            "{draft}"
        );
        assert!(
            draft.contains("company.street: \"Kaiser-Joseph-Straße 212\""),
            "{draft}"
        );
        // The draft is an answers file as well.
        let dir2 = tempfile::tempdir().expect("tempdir");
        bin(dir2.path())
            .args(["init", "--answers"])
            .arg(dir.path().join("dsgvo.yaml.entwurf"))
            .assert()
            .code(1)
            .stderr(predicate::str::contains("company.postal_code"));
    }

    /// Ctrl-C keeps a draft and the profile; the next run offers to resume, continues after
    /// the last answer, and "<" goes back to the previous question with its answer proposed.
    #[test]
    fn ctrl_c_keeps_the_profile_and_the_next_run_resumes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let old = std::fs::read_to_string(example("minimal")).expect("example");
        std::fs::write(dir.path().join("dsgvo.yaml"), &old).expect("write");
        interrupted_after_a_few_answers(dir.path(), &["--force"]);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("read"),
            old,
            "profile untouched"
        );
        assert_eq!(leftovers(dir.path()), ["dsgvo.yaml", "dsgvo.yaml.entwurf"]);

        let mut p = spawn(dir.path(), &["--force"]);
        answer(&mut p, "Es gibt einen Entwurf", "\r");
        // Resumed: the next question is the first unanswered one.
        answer(&mut p, "? Postleitzahl", "<\r");
        // Back: the street again, with the answer given before proposed.
        answer(&mut p, "bernimmt: Kaiser-Joseph-Stra", "\r");
        answer(&mut p, "? Postleitzahl", "79098\r");
        p.exp_string("? Ort").expect("goes on");
        std::thread::sleep(std::time::Duration::from_millis(200));
        p.send_control('c').expect("ctrl-c");
        p.exp_eof().expect("ends");
        assert_eq!(exit_code(&p), 130);
        let draft = std::fs::read_to_string(dir.path().join("dsgvo.yaml.entwurf")).expect("draft");
        assert!(
            draft.contains("company.name: \"Bäckerei Sonnenschein GmbH\""),
            "{draft}"
        );
        assert!(draft.contains("company.postal_code: \"79098\""), "{draft}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("read"),
            old
        );
    }

    /// `--edit`: only the number of employees changes; every other byte of the file,
    /// comments included, stays.
    #[test]
    fn edit_changes_one_answer_and_keeps_the_rest_of_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let old = std::fs::read_to_string(example("baeckerei-sonnenschein"))
            .expect("example")
            .replace(
                "  employees: 18\n",
                "  employees: 18 # Köpfe laut Lohnabrechnung\n  # Eigener Hinweis: Filialen zählen mit\n",
            );
        std::fs::write(dir.path().join("dsgvo.yaml"), &old).expect("write");
        let mut p = spawn(dir.path(), &["--edit"]);
        answer(&mut p, "Welche Abschnitte", " \r");
        let keep = [
            "Name des Unternehmens",
            "und Hausnummer",
            "? Postleitzahl",
            "? Ort",
            "Vertretungsberechtigte",
            "Registereintrag",
            "Datenschutzanfragen",
            "im internationalen Format",
            "? Website",
            "? Branche",
        ];
        for question in keep {
            answer(&mut p, question, "\r");
        }
        answer(&mut p, "Anzahl der Besch", "12\r");
        answer(&mut p, "davon etwas", "\r");
        p.exp_string("dsgvo.yaml geschrieben").expect("written");
        p.exp_eof().expect("ends");
        assert_eq!(exit_code(&p), 0);
        let new = std::fs::read_to_string(dir.path().join("dsgvo.yaml")).expect("read");
        assert_eq!(
            new,
            old.replace("  employees: 18 # K", "  employees: 12 # K")
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("dsgvo.yaml.bak")).expect("backup"),
            old
        );
    }
}
