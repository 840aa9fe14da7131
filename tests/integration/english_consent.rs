//! English consent texts, consent page texts and first-layer texts: the same content as the
//! German ones for every example and sector fixture. The English view must have the same
//! shape (the same texts, items and flags), the same identifiers (a consent given in English
//! is recorded against the German text), the same figures in every sentence, no German words
//! beyond what the controller wrote in the profile, and fit WhatsApp's limits where the
//! German does.

use crate::common::*;
use dsgvo_gen::context::RunInfo;
use dsgvo_gen::context::consent::build_in;
use dsgvo_gen::context::first_layer::texts_in;
use dsgvo_gen::date::Date;
use dsgvo_gen::lang::Lang;
use dsgvo_gen::profile::validate::Profile;
use serde_json::Value;

/// Every example and sector fixture, with its profile.
fn profiles() -> Vec<(String, Profile)> {
    let mut out = Vec::new();
    for stem in EXAMPLES {
        let text = std::fs::read_to_string(example(stem)).expect("example");
        out.push((stem.to_owned(), load_text(&text).profile.expect("loads")));
    }
    for stem in SECTOR_FIXTURES {
        let text = profile_fixture(stem);
        out.push((stem.to_owned(), load_text(&text).profile.expect("loads")));
    }
    out
}

/// An identifier of a text or of the information (`EW-…`, `SE-…`, `HINWEISE-…`).
fn is_identifier(s: &str) -> bool {
    ["EW-", "SE-", "HINWEISE-"].iter().any(|p| s.starts_with(p)) && !s.contains(' ')
}

/// The numbers in a text, sorted: statute numbers, periods, ages, phone numbers, identifiers.
fn figures(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    out.sort();
    out
}

/// Walks both views side by side: same keys, same array lengths, same booleans, numbers,
/// identifiers and nulls; every German string has an English one with the same figures.
fn compare(path: &str, de: &Value, en: &Value, problems: &mut Vec<String>) {
    match (de, en) {
        (Value::Object(a), Value::Object(b)) => {
            let ka: Vec<_> = a.keys().collect();
            let kb: Vec<_> = b.keys().collect();
            if ka != kb {
                problems.push(format!("{path}: keys differ"));
                return;
            }
            for (k, v) in a {
                compare(&format!("{path}/{k}"), v, &b[k], problems);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{path}: {} items, English {}", a.len(), b.len()));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(&format!("{path}/{i}"), x, y, problems);
            }
        }
        (Value::String(a), Value::String(b)) => {
            if is_identifier(a) || path.ends_with("html_id") || path.ends_with("/code") {
                if a != b {
                    problems.push(format!("{path}: identifier {a} became {b}"));
                }
            } else if path.ends_with("url") {
                // Links carry the prepared message, compared as text.
            } else if a.is_empty() != b.is_empty() {
                problems.push(format!("{path}: text in one language only"));
            } else if figures(a) != figures(b) {
                problems.push(format!("{path}: figures differ:\n  {a}\n  {b}"));
            }
        }
        (a, b) => {
            if a != b {
                problems.push(format!("{path}: {a} became {b}"));
            }
        }
    }
}

/// German words that do not occur in English text.
const GERMAN: [&str; 22] = [
    "und", "oder", "der", "die", "das", "nicht", "Sie", "Ihre", "Ihren", "wir", "uns", "ist",
    "werden", "mit", "für", "über", "bei", "nach", "zur", "zum", "ein", "eine",
];

/// German words in an English text, ignoring the German wording the controller wrote into
/// the profile (scenario titles, purposes, data and retention it words itself), German names
/// of statutes and the company's own names.
fn german_words(text: &str, own: &[String]) -> Vec<String> {
    let mut rest = text.to_owned();
    for o in own {
        rest = rest.replace(o.as_str(), " ");
    }
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| GERMAN.contains(w))
        .map(str::to_owned)
        .collect()
}

/// What the profile states in German that the English keeps as written: the company, its
/// people and addresses, the scenario fields it words itself, names of providers.
fn own_wording(p: &Profile) -> Vec<String> {
    let raw = serde_json::to_value(&p.raw).expect("profile serialises");
    let mut out = Vec::new();
    let mut keep = |v: &Value| collect_strings(v, &mut out);
    keep(&raw["company"]);
    keep(&raw["whatsapp"]);
    keep(&raw["processors"]);
    keep(&raw["scenarios"]);
    keep(&raw["withdrawal"]);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

fn collect_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if s.chars().count() > 2 => out.push(s.trim().to_owned()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

fn strings(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) => out.push((path.to_owned(), s.clone())),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| strings(x, &format!("{path}/{i}"), out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| strings(x, &format!("{path}/{k}"), out)),
        _ => {}
    }
}

#[test]
fn english_consent_view_has_the_same_texts_and_identifiers() {
    for (name, p) in profiles() {
        let de = serde_json::to_value(build_in(&p, &run_info(), Lang::De)).expect("json");
        let en = serde_json::to_value(build_in(&p, &run_info(), Lang::En)).expect("json");
        let mut problems = Vec::new();
        compare("", &de, &en, &mut problems);
        assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
        // The German view is what `build` gives: adding English changes no German text.
        let plain = serde_json::to_value(dsgvo_gen::context::consent::build(&p, &run_info()))
            .expect("json");
        assert_eq!(plain, de, "{name}");
    }
}

#[test]
fn english_consent_view_speaks_english() {
    for (name, p) in profiles() {
        let own = own_wording(&p);
        let en = serde_json::to_value(build_in(&p, &run_info(), Lang::En)).expect("json");
        let mut all = Vec::new();
        strings(&en, "", &mut all);
        let found: Vec<String> = all
            .iter()
            .filter(|(path, _)| !path.ends_with("url"))
            .filter_map(|(path, s)| {
                let words = german_words(s, &own);
                (!words.is_empty()).then(|| format!("{path}: {words:?} in {s}"))
            })
            .collect();
        assert!(found.is_empty(), "{name}:\n{}", found.join("\n"));
    }
}

#[test]
fn german_words_are_found() {
    // The check itself: a German sentence fails, the controller's own wording does not.
    assert_eq!(
        german_words("Bitte senden Sie uns keine Daten.", &[]),
        ["Sie", "uns"]
    );
    assert!(
        german_words(
            "Purpose: Abholung und Versand.",
            &["Abholung und Versand".to_owned()]
        )
        .is_empty()
    );
}

#[test]
fn english_first_layer_texts_match_the_german_ones() {
    for (name, p) in profiles() {
        let de = texts_in(&p, &run_info(), Lang::De);
        let en = texts_in(&p, &run_info(), Lang::En);
        let own = own_wording(&p);
        assert_eq!(de.sections.len(), en.sections.len(), "{name}");
        for (sd, se) in de.sections.iter().zip(&en.sections) {
            let kd: Vec<_> = sd.texts.iter().map(|t| &t.key).collect();
            let ke: Vec<_> = se.texts.iter().map(|t| &t.key).collect();
            assert_eq!(kd, ke, "{name}: same texts in each section");
            for (td, te) in sd.texts.iter().zip(&se.texts) {
                assert_eq!(td.limit, te.limit, "{name} {}", td.key);
                // A German text that fits must fit in English too.
                assert!(
                    !td.within || te.within,
                    "{name} {}: English {} of {} characters",
                    td.key,
                    te.length,
                    te.limit.max
                );
                // The identifiers in a text are the German ones.
                let ids = |s: &str| -> Vec<String> {
                    s.split(|c: char| c.is_whitespace() || "()„“”".contains(c))
                        .filter(|w| is_identifier(w))
                        .map(|w| w.trim_end_matches(['.', ',']).to_owned())
                        .collect()
                };
                assert_eq!(ids(&td.text), ids(&te.text), "{name} {}", td.key);
                assert_eq!(ids(&td.usage), ids(&te.usage), "{name} {}", td.key);
                let words = german_words(&te.text, &own);
                assert!(
                    words.is_empty(),
                    "{name} {}: German {words:?} in {}",
                    te.key,
                    te.text
                );
                let words = german_words(&te.usage, &own);
                assert!(words.is_empty(), "{name} {}: {}", te.key, te.usage);
            }
        }
        assert_eq!(de.open_items.len(), en.open_items.len(), "{name}");
    }
}

/// The clause IDs of an embedded template.
/// The clause IDs of an embedded template, sorted (parity is about existence; a shared
/// component may sit at the top of one template).
fn clauses(name: &str) -> Vec<String> {
    let (_, text) = dsgvo_gen::render::EMBEDDED
        .iter()
        .find(|(n, _)| *n == name)
        .expect("embedded template");
    let mut ids: Vec<String> = dsgvo_gen::render::clause_ids(text)
        .into_iter()
        .map(str::to_owned)
        .collect();
    ids.sort();
    ids
}

#[test]
fn every_clause_exists_in_both_languages() {
    // 03: only part B is translated; parts A and C mark no clauses.
    let de = clauses("03-einwilligung.md");
    assert!(de.len() >= 7, "{de:?}");
    assert_eq!(de, clauses("en/03-einwilligung.md"));
    for name in ["whatsapp-kontakt.html", "whatsapp-texte.md"] {
        let de = clauses(name);
        assert!(!de.is_empty(), "{name}");
        assert_eq!(de, clauses(&format!("en/{name}")), "{name}");
    }
}

/// Builds an example as the CLI does: the template set of the build's languages.
fn build(stem: &str, languages: &str) -> std::collections::BTreeMap<String, Vec<u8>> {
    use dsgvo_gen::backend::Format;
    let loaded = load_example(stem);
    let profile = loaded.profile.as_ref().expect("profile loads");
    let templates = dsgvo_gen::render::Templates::new(&[]).expect("templates");
    let languages = dsgvo_gen::lang::Languages::parse(languages).expect("languages");
    let options = dsgvo_gen::Options {
        templates: &templates,
        run: RunInfo {
            stand: Date::new(2026, 11, 28).expect("date"),
            tool_version: "0.0.0-test",
            template_set: templates.set_id_for(&languages),
        },
        formats: vec![Format::Md, Format::Html],
        brand: None,
        languages,
    };
    dsgvo_gen::generate(profile, &loaded.diagnostics, &options)
        .expect("renders")
        .into_iter()
        .map(|a| (a.path.to_string_lossy().into_owned(), a.bytes))
        .collect()
}

fn text(files: &std::collections::BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        files
            .get(name)
            .unwrap_or_else(|| panic!("{name} built"))
            .clone(),
    )
    .expect("utf-8")
}

/// The identifiers a text names (`EW-…`, `SE-…`, `HINWEISE-…`), in order.
fn identifiers(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
        .filter(|w| is_identifier(w))
        .map(|w| w.trim_end_matches('.').to_owned())
        .collect()
}

#[test]
fn english_files_sit_beside_the_german_ones_with_the_same_identifiers() {
    for stem in [
        "baeckerei-sonnenschein",
        "physiopraxis-am-park",
        "onlineshop-nordlicht",
    ] {
        let de = build(stem, "de");
        let both = build(stem, "de,en");
        for name in [
            "03-einwilligung.en.md",
            "whatsapp-kontakt.en.html",
            "whatsapp-texte.en.md",
        ] {
            assert!(!de.contains_key(name), "{stem}: {name} only with English");
            assert!(both.contains_key(name), "{stem}: {name}");
        }
        // Enabling English changes no identifier of the German texts.
        let german = text(&de, "03-einwilligung.md");
        let ids = identifiers(&german);
        assert!(!ids.is_empty(), "{stem}");
        assert_eq!(
            ids,
            identifiers(&text(&both, "03-einwilligung.md")),
            "{stem}"
        );
        // The English part B names exactly the identifiers of the German part B.
        let part_b = &german
            [german.find("## Teil B").expect("part B")..german.find("## Teil C").expect("part C")];
        let mut de_ids = identifiers(part_b);
        let mut en_ids = identifiers(&text(&both, "03-einwilligung.en.md"));
        de_ids.sort();
        de_ids.dedup();
        en_ids.sort();
        en_ids.dedup();
        assert_eq!(de_ids, en_ids, "{stem}");
        assert!(
            text(&both, "03-einwilligung.md").contains("**Englische Fassung:**")
                && !german.contains("Englische Fassung"),
            "{stem}: part C names the English texts only when they are built"
        );
        // The pages: German only without a switch, byte for byte; with English each links the
        // other.
        let page_de = text(&de, "whatsapp-kontakt.html");
        assert!(!page_de.contains("hreflang"), "{stem}");
        let page_both = text(&both, "whatsapp-kontakt.html");
        assert!(
            page_both.contains(
                r#"<a href="whatsapp-kontakt.en.html" hreflang="en" lang="en">English</a>"#
            )
        );
        assert!(
            page_both.contains(
                r#"<link rel="alternate" hreflang="en" href="whatsapp-kontakt.en.html">"#
            )
        );
        let page_en = text(&both, "whatsapp-kontakt.en.html");
        assert!(page_en.contains(r#"<html lang="en">"#), "{stem}");
        assert!(
            page_en
                .contains(r#"<a href="whatsapp-kontakt.html" hreflang="de" lang="de">Deutsch</a>"#)
        );
        assert_eq!(
            page_de,
            page_both
                .replace(
                    "<link rel=\"alternate\" hreflang=\"en\" href=\"whatsapp-kontakt.en.html\">\n<style>.lang { margin: 0 0 .5rem; text-align: right; font-weight: 600; }</style>\n",
                    ""
                )
                .replace(
                    "\n<nav class=\"lang\" aria-label=\"Sprache / Language\"><a href=\"whatsapp-kontakt.en.html\" hreflang=\"en\" lang=\"en\">English</a></nav>",
                    ""
                ),
            "{stem}: the German page differs only by the switch"
        );
        // The page's prepared messages carry the German identifiers.
        assert_eq!(identifiers(&page_de), identifiers(&page_en), "{stem}");
        let sheet = text(&both, "whatsapp-texte.en.md");
        assert!(sheet.starts_with("# Texts for WhatsApp"), "{stem}");
    }
}
