//! Rules from the data-protection officer's reading of the English versions of a hotel's and a
//! dental partnership's packs: minors wherever they may write, the release from secrecy
//! covering Meta's storage in the USA, a German stop keyword that English speakers can use,
//! the supervisory authority named in English.

use crate::common::*;
use dsgvo_gen::backend::Format;
use dsgvo_gen::lang::{Lang, Languages};
use std::collections::BTreeMap;

/// The Markdown files of a profile built in German and English: file name → text.
fn bilingual(loaded: &dsgvo_gen::profile::load::Loaded) -> BTreeMap<String, String> {
    generate_in(
        loaded,
        vec![Format::Md],
        Languages::with([Lang::De, Lang::En]),
    )
    .into_iter()
    .filter(|a| a.path.extension().is_some_and(|e| e == "md"))
    .map(|a| {
        let text = plain(&String::from_utf8(a.bytes).expect("utf-8"));
        (a.path.to_string_lossy().into_owned(), text)
    })
    .collect()
}

fn all_profiles() -> Vec<(String, dsgvo_gen::profile::load::Loaded)> {
    let examples = EXAMPLES.iter().map(|s| (s.to_string(), load_example(s)));
    let fixtures = SECTOR_FIXTURES
        .iter()
        .map(|s| (s.to_string(), load_valid(&profile_fixture(s))));
    examples.chain(fixtures).collect()
}

#[test]
fn every_notice_speaks_to_minors_where_they_may_write() {
    let mut seen = 0;
    for (stem, loaded) in all_profiles() {
        let profile = loaded.profile.as_ref().expect("profile");
        let minors = format!("{:?}", profile.raw.data_subjects.minors);
        let files = bilingual(&loaded);
        let de = &files["04-datenschutzhinweise.md"];
        let en = &files["04-datenschutzhinweise.en.md"];
        if minors == "None" {
            assert!(!de.contains("Kinder und Jugendliche"), "{stem}");
            continue;
        }
        seen += 1;
        assert!(
            de.contains("Kinder und Jugendliche") || de.contains("Kurz erklärt für alle unter 18"),
            "{stem}: the German notice says nothing about minors"
        );
        assert!(
            en.contains("Children and young people") || en.contains("everyone under 18"),
            "{stem}: the English notice says nothing about minors"
        );
        if profile.raw.company.professional_secrecy {
            assert!(
                !files["whatsapp-texte.md"].contains("wir fragen dann Ihre Eltern"),
                "{stem}: asking the parents would disclose the young person's contact"
            );
        }
    }
    assert!(seen >= 3, "only {seen} profiles with minors");
}

#[test]
fn the_secrecy_release_names_meta_inc_where_messages_are_stored_in_the_usa() {
    let text = profile_fixture("kanzlei-bsp").replace("local_storage_de", "meta_default");
    let files = bilingual(&load_valid(&text));
    let release_de = "Meta Platforms, Inc. in den USA als Unterauftragsverarbeiter";
    let release_en = "Meta Platforms, Inc. in the USA as sub-processor";
    assert!(files["03-einwilligung.md"].contains(release_de));
    assert!(files["03-einwilligung.en.md"].contains(release_en));
    assert!(files["04-datenschutzhinweise.en.md"].contains(release_en));
    // With storage in Germany Meta's parent company keeps no content, and is not named so.
    let files = bilingual(&load_valid(&profile_fixture("kanzlei-bsp")));
    assert!(!files["03-einwilligung.md"].contains(release_de));
}

#[test]
fn english_readers_may_stop_with_stop_beside_a_german_keyword() {
    let loaded = load_example("physiopraxis-am-park");
    assert_eq!(
        loaded.profile.as_ref().unwrap().raw.withdrawal.keyword,
        "STOPP"
    );
    let files = bilingual(&loaded);
    for name in [
        "03-einwilligung.en.md",
        "04-datenschutzhinweise.en.md",
        "06-widerruf.en.md",
        "whatsapp-texte.en.md",
    ] {
        let text = &files[name];
        assert!(text.contains("“STOPP” or “STOP”"), "{name}");
        assert!(
            !text.contains("the German version is authoritative"),
            "{name}"
        );
    }
    assert!(files["whatsapp-texte.en.md"].contains("“YES” or “JA”"));
    // German texts keep the one keyword.
    assert!(!files["04-datenschutzhinweise.md"].contains("STOP“"));
    // Part C of the German 03 says how English consents are recorded.
    assert!(files["03-einwilligung.md"].contains("dem Vermerk „englisch“"));
}

#[test]
fn the_english_notice_describes_the_authority_and_places_in_english() {
    let files = bilingual(&load_example("physiopraxis-am-park"));
    let en = &files["04-datenschutzhinweise.en.md"];
    assert!(en.contains(
        "Die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen – \
         State Commissioner for Data Protection and Freedom of Information of North \
         Rhine-Westphalia"
    ));
    assert!(en.contains("Köln, Germany"), "provider seat in English");
    assert!(
        !en.contains("(Inhaberin"),
        "representative without the German role"
    );
}

#[test]
fn the_release_from_secrecy_carries_the_age_rule_where_the_firm_has_it() {
    let text = std::fs::read_to_string(example("physiopraxis-am-park")).expect("example");
    let with_rule = text.replace(
        "  - business_profile_complete\n",
        "  - business_profile_complete\n  - age_check\n",
    );
    assert_ne!(text, with_rule);
    let cut = |sheet: &str, start: &str, end: char| {
        let at = sheet.find(start).expect("release text");
        let stop = sheet[at..].find(end).map_or(sheet.len(), |e| at + e);
        sheet[at..stop].to_owned()
    };
    let release = |text: &str| {
        let files = bilingual(&load_valid(text));
        (
            cut(&files["whatsapp-texte.md"], "Ich möchte mit", '“'),
            cut(
                &files["whatsapp-texte.en.md"],
                "I would like to communicate with",
                '”',
            ),
        )
    };
    let (de, en) = release(&with_rule);
    assert!(de.ends_with("Ich bin mindestens 16 Jahre alt."), "{de}");
    assert!(en.ends_with("I am at least 16 years old."), "{en}");
    let (de, _) = release(&text);
    assert!(!de.contains("mindestens 16"), "{de}");
}
