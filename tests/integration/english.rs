//! English versions of the documents data subjects read (`--lang de,en`): file names, clause
//! parity with the German templates, no German in the English text, the same structure as the
//! German document for every example and sector fixture, and the language of PDF and DOCX.

use crate::common::{
    EXAMPLES, SECTOR_FIXTURES, bin, example, generate_in, load_example, load_text, profile_fixture,
};
use dsgvo_gen::backend::Format;
use dsgvo_gen::backend::pdf::display::{Item, Role};
use dsgvo_gen::backend::pdf::{PdfMeta, layout};
use dsgvo_gen::lang::{Lang, Languages};
use dsgvo_gen::profile::load::Loaded;
use dsgvo_gen::render::{EMBEDDED, clause_ids};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

/// Every translated template with its German original. An English template missing here fails
/// `every_translation_is_checked_for_parity`; add 03 and the other texts as they are written.
const TRANSLATED: [(&str, &str); 5] = [
    ("04-datenschutzhinweise.md", "en/04-datenschutzhinweise.md"),
    ("06-widerruf.md", "en/06-widerruf.md"),
    ("03-einwilligung.md", "en/03-einwilligung.md"),
    ("whatsapp-texte.md", "en/whatsapp-texte.md"),
    ("whatsapp-kontakt.html", "en/whatsapp-kontakt.html"),
];

/// The English files of a bilingual pack that hold a whole document.
const ENGLISH_DOCUMENTS: [&str; 4] = [
    "04-datenschutzhinweise.en.md",
    "06-widerruf.en.md",
    "03-einwilligung.en.md",
    "whatsapp-texte.en.md",
];

fn template(name: &str) -> &'static str {
    EMBEDDED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
        .unwrap_or_else(|| panic!("no template {name}"))
}

#[test]
fn every_clause_id_exists_in_both_languages() {
    for (de, en) in TRANSLATED {
        let (de_ids, en_ids) = (clause_ids(template(de)), clause_ids(template(en)));
        assert!(!de_ids.is_empty(), "{de} marks no clauses");
        for (name, ids) in [(de, &de_ids), (en, &en_ids)] {
            let unique: BTreeSet<&&str> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{name}: a clause ID is used twice");
        }
        let de_set: BTreeSet<&str> = de_ids.iter().copied().collect();
        let en_set: BTreeSet<&str> = en_ids.iter().copied().collect();
        let only_de: Vec<&&str> = de_set.difference(&en_set).collect();
        let only_en: Vec<&&str> = en_set.difference(&de_set).collect();
        assert!(
            only_de.is_empty() && only_en.is_empty(),
            "{de} / {en}: German only {only_de:?}, English only {only_en:?}"
        );
        // Same order: a reader comparing the two finds each clause in the same place.
        assert_eq!(de_ids, en_ids, "{de} / {en}: clauses in another order");
    }
}

#[test]
fn a_clause_in_one_language_only_is_found() {
    let de = clause_ids("{# clause: a #}Eins {# clause: b #}Zwei");
    let en = clause_ids("{# clause: a #}One");
    assert_ne!(
        de.iter().collect::<BTreeSet<_>>(),
        en.iter().collect::<BTreeSet<_>>()
    );
}

#[test]
fn every_translation_is_checked_for_parity() {
    for (name, _) in EMBEDDED {
        if name.starts_with("en/") && *name != "en/components.md" {
            assert!(
                TRANSLATED.iter().any(|(_, en)| en == name),
                "{name} has no entry in TRANSLATED"
            );
        }
    }
}

/// German words that do not occur in English text: articles, pronouns, conjunctions and
/// auxiliaries of every German sentence. Short English look-alikes (an, in, am, so, also, will)
/// are left out, so an English sentence never trips the check.
const GERMAN: [&str; 40] = [
    "der", "die", "das", "dem", "den", "des", "und", "oder", "nicht", "sie", "ihre", "ihr",
    "ihren", "wir", "uns", "unsere", "ist", "sind", "werden", "wird", "wurde", "mit", "für", "von",
    "bei", "auf", "zur", "zum", "nach", "über", "auch", "nur", "sich", "wenn", "dass", "können",
    "eine", "einer", "einen", "keine",
];

/// The German words of `text`, in order.
fn german_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| GERMAN.contains(&w.as_str()))
        .collect()
}

#[test]
fn the_stop_word_check_finds_a_german_sentence() {
    assert_eq!(
        german_words("Wir speichern Ihre Daten nicht."),
        ["wir", "ihre", "nicht"]
    );
    assert!(german_words("We do not store your data, and we delete it in due time.").is_empty());
}

/// Names and addresses the English text may quote as they are: the company and its people,
/// the authority's official name and address, service providers, places, links.
fn proper_names(loaded: &Loaded) -> Vec<String> {
    let p = loaded.profile.as_ref().expect("profile");
    let raw = &p.raw;
    let co = &raw.company;
    let mut names = vec![
        co.full_name(),
        co.name.clone(),
        co.street.clone(),
        co.city.clone(),
        p.authority.name.to_owned(),
    ];
    names.extend(co.representatives.iter().cloned());
    names.extend(co.register.iter().cloned());
    names.extend(p.authority.address.iter().map(|l| (*l).to_owned()));
    if let Some(dpo) = &raw.dpo {
        names.push(dpo.name.clone());
        names.extend(dpo.organisation.iter().cloned());
        names.extend(dpo.address.iter().cloned());
    }
    let wa = &raw.whatsapp;
    names.extend(wa.display_name.iter().cloned());
    if let Some(pr) = &wa.provider {
        names.push(pr.name.clone());
        names.extend(pr.seat.iter().cloned());
        names.extend(pr.address.iter().cloned());
        names.extend(pr.hosting_location.iter().cloned());
        for sp in &pr.sub_processors {
            names.extend([sp.name.clone(), sp.seat.clone(), sp.location.clone()]);
        }
    }
    if let Some(ai) = &wa.ai {
        names.push(ai.provider.clone());
        names.extend(ai.seat.iter().cloned());
        names.extend(ai.location.iter().cloned());
    }
    for pr in &raw.processors {
        names.push(pr.name.clone());
        names.extend(pr.seat.iter().cloned());
        names.extend(pr.location.iter().cloned());
    }
    // Longest first, so a name inside another is not cut out of it first.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
}

/// `text` without proper names, links and e-mail addresses.
fn without_names(text: &str, names: &[String]) -> String {
    let mut out = text.replace('\u{a0}', " ");
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        out = out.replace(name.as_str(), " ");
    }
    out.split_whitespace()
        .filter(|w| !w.contains("://") && !w.contains('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every example and sector fixture, loaded.
fn all_profiles() -> Vec<(String, Loaded)> {
    let mut out: Vec<(String, Loaded)> = EXAMPLES
        .iter()
        .map(|s| ((*s).to_owned(), load_example(s)))
        .collect();
    for stem in SECTOR_FIXTURES {
        let loaded = load_text(&profile_fixture(stem));
        assert!(loaded.profile.is_some(), "{stem} loads");
        out.push((stem.to_owned(), loaded));
    }
    out
}

fn bilingual() -> Languages {
    Languages::parse("de,en").expect("languages")
}

/// The Markdown files of a bilingual pack: name → text.
fn bilingual_pack(loaded: &Loaded) -> BTreeMap<String, String> {
    generate_in(loaded, vec![Format::Md], bilingual())
        .into_iter()
        .map(|a| {
            (
                a.path.to_string_lossy().into_owned(),
                String::from_utf8(a.bytes).expect("UTF-8"),
            )
        })
        .collect()
}

#[test]
fn every_example_and_fixture_has_english_documents_without_german_sentences() {
    let mut problems = Vec::new();
    for (stem, loaded) in all_profiles() {
        let pack = bilingual_pack(&loaded);
        let names = proper_names(&loaded);
        for file in ENGLISH_DOCUMENTS {
            let Some(text) = pack.get(file) else {
                problems.push(format!("{stem}: {file} missing"));
                continue;
            };
            let words = german_words(&without_names(text, &names));
            if !words.is_empty() {
                problems.push(format!("{stem}/{file}: German words {words:?}"));
            }
            if text.contains("(in German)") {
                problems.push(format!("{stem}/{file}: a profile text has no English form"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The block structure of a Markdown document, one letter per block: heading level, table
/// row, list item, quote, paragraph.
fn shape(markdown: &str) -> String {
    let mut out = String::new();
    let mut in_paragraph = false;
    for line in markdown.lines() {
        let t = line.trim_start();
        let kind = if t.is_empty() {
            in_paragraph = false;
            continue;
        } else if let Some(rest) = t.strip_prefix('#') {
            in_paragraph = false;
            (b'1' + rest.chars().take_while(|c| *c == '#').count() as u8) as char
        } else if t.starts_with('|') {
            'T'
        } else if t.starts_with("- ") {
            'L'
        } else if t.starts_with('>') {
            'Q'
        } else if in_paragraph {
            continue;
        } else {
            in_paragraph = true;
            'P'
        };
        out.push(kind);
    }
    out
}

/// Part A of document 06 (the part the English file translates).
fn part_a(markdown: &str) -> String {
    let end = markdown.find("\n## Teil B").unwrap_or(markdown.len());
    let footer = markdown.rfind("\n---\n").unwrap_or(markdown.len());
    format!("{}{}", &markdown[..end], &markdown[footer.max(end)..])
}

#[test]
fn english_documents_have_the_structure_of_the_german_ones_for_every_profile() {
    let mut problems = Vec::new();
    for (stem, loaded) in all_profiles() {
        let pack = bilingual_pack(&loaded);
        for (de, en) in [
            ("04-datenschutzhinweise.md", "04-datenschutzhinweise.en.md"),
            ("06-widerruf.md", "06-widerruf.en.md"),
        ] {
            let german = if de.starts_with("06") {
                part_a(&pack[de])
            } else {
                pack[de].clone()
            };
            let (want, got) = (shape(&german), shape(&pack[en]));
            if want != got {
                problems.push(format!("{stem}: {en} has blocks {got}, German {want}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_german_build_is_unchanged_by_the_english_one() {
    for stem in EXAMPLES {
        let loaded = load_example(stem);
        let german = generate_in(&loaded, vec![Format::Md], Languages::default());
        let both = generate_in(&loaded, vec![Format::Md], bilingual());
        for a in german
            .iter()
            .filter(|a| a.path.to_string_lossy().starts_with("0"))
        {
            let twin = both
                .iter()
                .find(|b| b.path == a.path)
                .expect("German file in the bilingual pack");
            // The template set differs (de-… / de-…+en-…), and document 03 says at the start
            // of part C that English versions exist; the text otherwise is the same.
            let strip = |b: &[u8]| {
                let text = String::from_utf8_lossy(b);
                let text = match (text.find("**Englische Fassung:**"), text.find("### C.1")) {
                    (Some(from), Some(to)) if from < to => {
                        format!("{}{}", &text[..from], &text[to..])
                    }
                    _ => text.into_owned(),
                };
                text.split("Vorlagensatz ")
                    .map(|s| s.split_once(',').map_or(s, |(_, rest)| rest).to_owned())
                    .collect::<String>()
            };
            assert_eq!(strip(&a.bytes), strip(&twin.bytes), "{stem}: {:?}", a.path);
        }
        assert!(
            !german
                .iter()
                .any(|a| a.path.to_string_lossy().contains(".en."))
        );
    }
}

#[test]
fn cli_builds_english_files_lists_them_and_checks_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        example("baeckerei-sonnenschein"),
        dir.path().join("dsgvo.yaml"),
    )
    .expect("copy");
    bin(dir.path())
        .args(["build", "--lang", "de,en", "--format", "md,pdf,docx", "-q"])
        .assert()
        .success();
    let out = dir.path().join("dokumente");
    for stem in ["04-datenschutzhinweise.en", "06-widerruf.en"] {
        for ext in ["md", "pdf", "docx"] {
            assert!(out.join(format!("{stem}.{ext}")).is_file(), "{stem}.{ext}");
        }
    }
    assert!(!out.join("01-verarbeitungsverzeichnis.en.md").exists());
    let manifest = std::fs::read_to_string(out.join("manifest.json")).expect("manifest");
    assert!(manifest.contains("\"04-datenschutzhinweise.en.pdf\""));
    assert!(manifest.contains("\"languages\": [\n    \"de\",\n    \"en\"\n  ]"));
    // The cover letter describes them.
    let letter = std::fs::read_to_string(out.join("anschreiben.md")).expect("letter");
    assert!(letter.contains("| 04-datenschutzhinweise.en.pdf | Datenschutzhinweise"));
    assert!(letter.contains("| 06-widerruf.en.pdf |"));
    // Built with these languages: current. Without English: outdated (exit code 1).
    bin(dir.path())
        .args([
            "build",
            "--lang",
            "en",
            "--format",
            "md,pdf,docx",
            "--check",
        ])
        .assert()
        .success();
    bin(dir.path())
        .args(["build", "--format", "md,pdf,docx", "--check"])
        .assert()
        .code(1);
}

#[test]
fn the_profile_setting_builds_english_and_the_flag_wins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(example("minimal")).expect("example");
    let text = if text.contains("\ndocument:\n") {
        text.replace("\ndocument:\n", "\ndocument:\n  languages: [de, en]\n")
    } else {
        format!("{text}\ndocument:\n  languages: [de, en]\n")
    };
    std::fs::write(dir.path().join("dsgvo.yaml"), text).expect("write");
    bin(dir.path())
        .args(["build", "--format", "md", "-q"])
        .assert()
        .success();
    assert!(
        dir.path()
            .join("dokumente/04-datenschutzhinweise.en.md")
            .is_file()
    );
    bin(dir.path())
        .args([
            "build", "--lang", "de", "--format", "md", "-o", "nur-de", "-q",
        ])
        .assert()
        .success();
    assert!(
        !dir.path()
            .join("nur-de/04-datenschutzhinweise.en.md")
            .exists()
    );
    bin(dir.path())
        .args(["build", "--lang", "de,fr", "--format", "md"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("unbekannte Sprache „fr“"));
}

fn footer_texts(markdown: &str, lang: Lang) -> Vec<String> {
    let meta = PdfMeta {
        title: "T".into(),
        company: "Bäckerei Sonnenschein GmbH".into(),
        version: "1.0".into(),
        stand: "28.11.2026".into(),
        date: (2026, 11, 28),
        ..PdfMeta::default()
    }
    .in_lang(lang);
    let doc = layout(markdown, &meta);
    doc.pages
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|it| match it {
            Item::Text(r) if r.role == Role::Footer => Some(r.text.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn english_pdfs_are_english_on_the_page_and_in_the_metadata() {
    let loaded = load_example("baeckerei-sonnenschein");
    let files = generate_in(&loaded, vec![Format::Pdf, Format::Docx], bilingual());
    let file = |name: &str| {
        files
            .iter()
            .find(|a| a.path.to_string_lossy() == name)
            .unwrap_or_else(|| panic!("{name}"))
            .bytes
            .clone()
    };
    let en = String::from_utf8_lossy(&file("04-datenschutzhinweise.en.pdf")).into_owned();
    assert!(en.contains("en-GB") && !en.contains("de-DE"));
    let de = String::from_utf8_lossy(&file("04-datenschutzhinweise.pdf")).into_owned();
    assert!(de.contains("de-DE") && !de.contains("en-GB"));

    let footer = footer_texts("# T\n\nText.\n", Lang::En);
    assert!(footer.iter().any(|t| t == "Page 1 of 1"), "{footer:?}");
    assert!(
        footer
            .iter()
            .any(|t| t.contains("Version 1.0") && t.contains("As of 28 November 2026")),
        "{footer:?}"
    );
    let footer = footer_texts("# T\n\nText.\n", Lang::De);
    assert!(footer.iter().any(|t| t == "Seite 1 von 1"), "{footer:?}");

    let docx = file("04-datenschutzhinweise.en.docx");
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).expect("zip");
    let mut read = |name: &str| {
        let mut s = String::new();
        archive
            .by_name(name)
            .expect("part")
            .read_to_string(&mut s)
            .expect("text");
        s
    };
    assert!(read("docProps/core.xml").contains("<dc:language>en-GB</dc:language>"));
    assert!(read("word/styles.xml").contains("w:val=\"en-GB\""));
    let footer = read("word/footer1.xml");
    assert!(footer.contains("As of 2 November 2026") && footer.contains("Page "));
}

#[test]
fn english_words_are_hyphenated_with_english_patterns() {
    use dsgvo_gen::backend::pdf::layout::hyphenate::{syllables, with_lang};
    let en = with_lang(Lang::En, || syllables("information").join("-"));
    let de = syllables("information").join("-");
    assert_ne!(en, de, "English and German patterns split differently");
    assert!(en.contains('-'));
    // The language is restored after the layout.
    assert_eq!(syllables("information").join("-"), de);
}

#[test]
fn templates_export_writes_the_english_set_into_a_subfolder() {
    let dir = tempfile::tempdir().expect("temp dir");
    bin(dir.path())
        .args(["templates", "export", "vorlagen"])
        .assert()
        .success();
    assert!(
        dir.path()
            .join("vorlagen/en/04-datenschutzhinweise.md")
            .is_file()
    );
    // An override in DIR/en/ replaces the English template.
    std::fs::write(
        dir.path().join("vorlagen/en/06-widerruf.md"),
        "# Own English notice\n",
    )
    .expect("write");
    std::fs::copy(example("minimal"), dir.path().join("dsgvo.yaml")).expect("copy");
    bin(dir.path())
        .args([
            "build",
            "--lang",
            "de,en",
            "--format",
            "md",
            "--templates",
            "vorlagen",
            "-q",
        ])
        .assert()
        .success();
    let text =
        std::fs::read_to_string(dir.path().join("dokumente/06-widerruf.en.md")).expect("file");
    assert_eq!(text, "# Own English notice\n");
}

#[test]
fn dsg034_names_an_own_text_without_english_wording() {
    let text = std::fs::read_to_string(example("baeckerei-sonnenschein")).expect("example");
    let codes = |text: &str| -> Vec<String> {
        load_text(text)
            .diagnostics
            .iter()
            .filter(|d| d.code == Some("DSG034"))
            .map(|d| d.message.clone())
            .collect()
    };
    // Without English documents nothing is missing.
    assert!(codes(&text).is_empty());
    let bilingual = text.replace("\ndocument:\n", "\ndocument:\n  languages: [de, en]\n");
    let bilingual = if bilingual == text {
        format!("{text}\ndocument:\n  languages: [de, en]\n")
    } else {
        bilingual
    };
    // The example translates every own text.
    assert!(codes(&bilingual).is_empty(), "{:?}", codes(&bilingual));
    let untranslated = bilingual.replacen(
        "      purpose: \"Taking pre-orders (cakes, bread rolls for parties) and answering questions about our range, allergens and opening hours\"\n",
        "",
        1,
    );
    assert_ne!(untranslated, bilingual);
    let found = codes(&untranslated);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("scenarios[0].en.purpose"), "{found:?}");
}

#[test]
fn adding_english_is_recorded_in_the_history_as_such() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(example("minimal"), dir.path().join("dsgvo.yaml")).expect("copy");
    for lang in ["de", "de,en"] {
        bin(dir.path())
            .args(["build", "--lang", lang, "--format", "md", "-q"])
            .assert()
            .success();
    }
    let history =
        std::fs::read_to_string(dir.path().join("dokumente/verlauf.json")).expect("history");
    assert!(
        history.contains("englische Fassungen hinzugefügt"),
        "{history}"
    );
    assert!(!history.contains("Vorlagen geändert"), "{history}");
}
