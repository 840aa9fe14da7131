//! Interface language: German by default (also for `LANG=C` and German locales), English with
//! `--ui-lang en`, `DSGVO_GEN_LANG=en` or an English locale; help, clap's errors and the
//! profile diagnostics each in one language.

use crate::common::*;
use std::path::Path;

/// German words and letters that must not appear in English output.
const GERMAN: &[&str] = &[
    "ä",
    "ö",
    "ü",
    "Ä",
    "Ö",
    "Ü",
    "ß",
    " der ",
    " die ",
    " das ",
    " und ",
    " oder ",
    " nicht ",
    " ist ",
    " ein ",
    " eine ",
    " mit ",
    " für ",
    " von ",
    " Sie ",
    "Fehler",
    "Warnung",
    "Hinweis",
    "Begründung",
    "Aufruf",
    "Optionen",
    "Befehl",
    "Standard",
    "Profil ",
    "ungültig",
    "gültig",
];

/// The German words of `text`, ignoring the quoted source lines of diagnostics (`12 | …`),
/// which show the user's own profile.
fn german_in(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| {
            let t = line.trim_start();
            let digits = t.chars().take_while(char::is_ascii_digit).count();
            !(digits > 0 && t[digits..].starts_with(" |"))
        })
        .flat_map(|line| {
            let padded = format!(" {line} ");
            GERMAN
                .iter()
                .filter(move |w| padded.contains(*w))
                .map(move |w| format!("{w:?} in {line:?}"))
        })
        .collect()
}

fn assert_english(text: &str, what: &str) {
    let found = german_in(text);
    assert!(
        found.is_empty(),
        "{what}: German in English output: {found:#?}\n{text}"
    );
}

/// A valid profile without German placeholder values, as `(name, text)` variants are made
/// from it.
fn neutral_profile() -> String {
    let text = std::fs::read_to_string(example("minimal")).expect("example");
    let text: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(|l| match l.find(" #") {
            Some(i) if !l[..i].contains('"') || l[..i].matches('"').count() % 2 == 0 => {
                l[..i].trim_end().to_owned()
            }
            _ => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    text.replace("Musterfirma GmbH", "Acme Ltd")
        .replace("Musterstraße 1", "Main Street 1")
        .replace("Max Muster (Geschäftsführer)", "Jane Doe (director)")
        .replace("Max Muster", "Jane Doe")
        .replace("musterfirma", "acme")
        + "\n"
}

/// Broken variants: YAML syntax error, unknown key, missing required key, wrong type,
/// invalid enum value, lint findings.
fn broken_profiles() -> Vec<(&'static str, String)> {
    let ok = neutral_profile();
    let edit = |from: &str, to: &str| {
        assert!(ok.contains(from), "{from} not in the profile");
        ok.replacen(from, to, 1)
    };
    vec![
        ("syntax", edit("city: \"Berlin\"", "city: \"Berlin")),
        (
            "unknown-key",
            edit("  name: \"Acme Ltd\"", "  nmae: \"Acme Ltd\""),
        ),
        ("missing-key", edit("  email: \"info@acme.example\"\n", "")),
        ("wrong-type", edit("employees: 5", "employees: five")),
        (
            "invalid-enum",
            edit("ownership: company", "ownership: firm"),
        ),
        (
            "lint",
            edit("  - two_step_verification\n", "").replacen("  - app_lock\n", "", 1),
        ),
        ("value", edit("\"info@acme.example\"", "\"no-address\"")),
    ]
}

fn run(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut cmd = bin(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const SUBCOMMANDS: &[&str] = &[
    "init",
    "build",
    "validate",
    "outdated",
    "explain",
    "templates",
    "schema",
    "completions",
    "manpage",
];

#[test]
fn english_locale_gives_english_help_everywhere() {
    let dir = tempfile::tempdir().expect("tempdir");
    let env = [("LANG", "en_US.UTF-8")];
    for flag in ["--help", "-h"] {
        let (code, out, _) = run(dir.path(), &env, &[flag]);
        assert_eq!(code, 0);
        assert!(out.contains("Usage: dsgvo-gen"), "{out}");
        assert!(
            out.contains("Commands:") && out.contains("Options:"),
            "{out}"
        );
        assert_english(&out, flag);
    }
    for sub in SUBCOMMANDS {
        let (code, out, _) = run(dir.path(), &env, &[sub, "--help"]);
        assert_eq!(code, 0, "{sub}");
        assert!(out.contains("Usage: dsgvo-gen"), "{sub}: {out}");
        let checked = if *sub == "init" {
            // The example answer file in `init --help` quotes a German company.
            out.replace("Bäckerei Sonnenschein", "")
        } else {
            out.clone()
        };
        assert_english(&checked, sub);
    }
    let (_, out, _) = run(dir.path(), &env, &["templates", "export", "--help"]);
    assert_english(&out, "templates export");
}

#[test]
fn german_is_the_default_with_german_headings() {
    let dir = tempfile::tempdir().expect("tempdir");
    for env in [
        &[][..],
        &[("LANG", "de_DE.UTF-8")],
        &[("LANG", "C")],
        &[("LC_ALL", "POSIX"), ("LANG", "en_US.UTF-8")],
        &[("LANG", "en_US.UTF-8"), ("DSGVO_GEN_LANG", "de")],
    ] {
        for args in [&["--help"][..], &["build", "--help"], &["validate", "-h"]] {
            let (code, out, _) = run(dir.path(), env, args);
            assert_eq!(code, 0);
            assert!(out.contains("Aufruf: dsgvo-gen"), "{env:?} {args:?}: {out}");
            for english in ["Usage:", "Options:", "Print help", "[default:"] {
                assert!(
                    !out.contains(english),
                    "{english} in {env:?} {args:?}:\n{out}"
                );
            }
            assert!(out.contains("Optionen:"), "{out}");
        }
    }
    let (_, out, _) = run(dir.path(), &[], &["build", "--help"]);
    assert!(out.contains("[Standard: dokumente]"), "{out}");
    assert!(
        out.contains("Hilfe anzeigen (Kurzfassung mit '-h')"),
        "{out}"
    );
}

#[test]
fn ui_lang_option_beats_the_locale_before_or_after_the_subcommand() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, out, _) = run(dir.path(), &[], &["validate", "--help", "--ui-lang", "en"]);
    assert!(out.contains("Usage:"), "{out}");
    let (_, out, _) = run(
        dir.path(),
        &[("LANG", "en_US.UTF-8")],
        &["--ui-lang", "de", "--help"],
    );
    assert!(out.contains("Aufruf:"), "{out}");
    let (_, out, _) = run(dir.path(), &[("DSGVO_GEN_LANG", "en")], &["--help"]);
    assert!(out.contains("Usage:"), "{out}");
    let (code, out, _) = run(dir.path(), &[], &["--ui-lang", "en", "--version"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Template set:") && !out.contains("Vorlagensatz"),
        "{out}"
    );
    let (_, out, _) = run(dir.path(), &[], &["--version"]);
    assert!(out.contains("Vorlagensatz:"), "{out}");
}

#[test]
fn clap_errors_follow_the_interface_language_with_exit_code_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = run(dir.path(), &[], &["bild"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with("Fehler: unbekannter Befehl 'bild'"),
        "{err}"
    );
    assert!(err.contains("'build'") && err.contains("Aufruf:"), "{err}");
    assert!(err.contains("Mehr dazu mit '--help'."), "{err}");
    for english in ["error:", "Usage:", "tip:", "For more information"] {
        assert!(!err.contains(english), "{english}: {err}");
    }

    let (code, _, err) = run(dir.path(), &[], &["--ui-lang", "en", "bild"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: unrecognized subcommand 'bild'"),
        "{err}"
    );
    assert!(err.contains("'build'") && err.contains("Usage:"), "{err}");
    assert_english(&err, "unknown subcommand");

    // Other kinds: invalid value with the possible values, unknown option, conflict,
    // missing value.
    for args in [
        &["validate", "--format", "xml"][..],
        &["validate", "--frmat", "json"],
        &["build", "--quiet", "--verbose"],
        &["build", "--output"],
        &["build", "--jobs", "many"],
    ] {
        let (code, _, err) = run(dir.path(), &[], args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("Fehler: "), "{args:?}: {err}");
        assert!(!err.contains("error:") && !err.contains("Usage:"), "{err}");
        let mut en = vec!["--ui-lang", "en"];
        en.extend_from_slice(args);
        let (code, _, err) = run(dir.path(), &[], &en);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert_english(&err, &format!("{args:?}"));
    }
    let (_, _, err) = run(dir.path(), &[], &["validate", "--format", "xml"]);
    assert!(err.contains("mögliche Werte: text, json"), "{err}");
}

#[test]
fn validate_diagnostics_in_english_contain_no_german() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in broken_profiles() {
        let file = format!("{name}.yaml");
        std::fs::write(dir.path().join(&file), &text).expect("write");
        let (code, out, err) = run(dir.path(), &[], &["--ui-lang", "en", "validate", &file]);
        assert_eq!(code, 1, "{name}: {out}{err}");
        assert!(err.contains("error"), "{name}: {err}");
        assert!(out.contains("invalid ("), "{name}: {out}");
        assert_english(&format!("{out}\n{err}"), name);

        // The same file in German: German labels.
        let (_, out, err) = run(dir.path(), &[], &["validate", &file]);
        assert!(err.contains("Fehler"), "{name}: {err}");
        assert!(out.contains("ungültig ("), "{name}: {out}");

        // JSON keeps its keys and codes; the message follows the language.
        let (_, json, _) = run(
            dir.path(),
            &[("LANG", "en_GB.UTF-8")],
            &["validate", "--format", "json", &file],
        );
        let value: serde_json::Value = serde_json::from_str(&json).expect("json");
        let messages: Vec<String> = value["profiles"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| d["message"].as_str().expect("message").to_owned())
            .collect();
        assert!(!messages.is_empty(), "{json}");
        assert_english(&messages.join("\n"), &format!("{name} (JSON)"));

        // The CI formats too (SARIF carries the rules' texts).
        for format in ["github", "sarif", "gitlab"] {
            let (_, out, _) = run(
                dir.path(),
                &[],
                &["--ui-lang", "en", "validate", "--format", format, &file],
            );
            assert!(!out.trim().is_empty(), "{name} {format}");
            assert_english(&out, &format!("{name} ({format})"));
        }
    }
}

#[test]
fn lint_findings_are_english_in_the_interface_but_german_in_the_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, text) = broken_profiles()
        .into_iter()
        .find(|(n, _)| *n == "lint")
        .expect("lint profile");
    std::fs::write(dir.path().join("p.yaml"), &text).expect("write");
    let (_, _, err) = run(dir.path(), &[], &["--ui-lang", "en", "validate", "p.yaml"]);
    assert!(err.contains("[DSG025]: High residual risk"), "{err}");
    let (_, _, err) = run(dir.path(), &[], &["validate", "p.yaml"]);
    assert!(err.contains("[DSG025]: Hohes Restrisiko"), "{err}");

    let (code, _, err) = run(
        dir.path(),
        &[],
        &[
            "--ui-lang",
            "en",
            "build",
            "p.yaml",
            "-o",
            "out",
            "--format",
            "md",
            "--force",
        ],
    );
    assert!(code == 0 || code == 1, "{err}");
    let dpia = std::fs::read_to_string(dir.path().join("out/02-datenschutz-folgenabschaetzung.md"))
        .expect("document written");
    assert!(
        dpia.contains("Datenschutzbeauftragte Person erforderlich, aber nicht benannt"),
        "the finding is listed in German"
    );
    assert!(
        !dpia.contains("Data protection officer required"),
        "English finding in a document"
    );
}

#[test]
fn explain_speaks_the_interface_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, list, _) = run(dir.path(), &[("LANG", "en_US.UTF-8")], &["explain"]);
    assert_eq!(code, 0);
    assert!(list.contains("DSG001  error"), "{list}");
    assert_english(&list, "explain");
    for line in list.lines() {
        let code = line.split_whitespace().next().expect("code");
        let (status, text, _) = run(dir.path(), &[], &["--ui-lang", "en", "explain", code]);
        assert_eq!(status, 0, "{code}");
        assert!(
            text.contains("Why:") && text.contains("Legal basis:"),
            "{text}"
        );
        assert_english(&text, code);
    }
    let (_, german, _) = run(dir.path(), &[], &["explain", "DSG007"]);
    assert!(
        german.contains("Warum:") && german.contains("Art. 37 DSGVO"),
        "{german}"
    );
}

/// The files of a pack do not depend on the interface language: a pack built in English is
/// current for a German `--check` (summary.json keeps the German findings), while the JSON on
/// standard output speaks the interface language.
#[test]
fn pack_files_do_not_depend_on_the_interface_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, text) = broken_profiles()
        .into_iter()
        .find(|(n, _)| *n == "lint")
        .expect("lint profile");
    let text = text.replace(
        "  employees: 5",
        "  employees: 5\n  persons_processing_data: 1",
    );
    std::fs::write(dir.path().join("a.yaml"), &text).expect("write");
    std::fs::write(dir.path().join("b.yaml"), &text).expect("write");
    let build = [
        "build", "a.yaml", "b.yaml", "-o", "out", "--format", "md", "--force",
    ];
    let (code, json, err) = run(
        dir.path(),
        &[("LANG", "en_US.UTF-8")],
        &[&build[..], &["--message-format", "json"]].concat(),
    );
    assert!(code == 0 || code == 1, "{err}");
    assert!(json.contains("High residual risk"), "{json}");
    let summary = std::fs::read_to_string(dir.path().join("out/summary.json")).expect("summary");
    assert!(summary.contains("Hohes Restrisiko"), "{summary}");
    assert!(!summary.contains("High residual risk"), "{summary}");
    let (code, _, err) = run(dir.path(), &[], &[&build[..], &["--check"]].concat());
    assert!(!err.contains("nicht aktuell"), "{err}");
    assert!(err.contains("Datei(en) aktuell"), "{err}");
    assert_eq!(code, 0, "{err}");
}

#[test]
fn the_next_steps_after_a_build_follow_the_interface_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = example("baeckerei-sonnenschein");
    let profile = profile.to_string_lossy();
    let build = ["build", &profile, "-o", "out", "--format", "md"];
    let (code, out, err) = run(dir.path(), &[("LANG", "en_US.UTF-8")], &build);
    assert_eq!(code, 0, "{err}");
    let all = format!("{out}{err}");
    assert!(all.contains("Review and approve: 02-"), "{all}");
    assert!(!all.contains("Prüfen und freigeben"), "{all}");
    let (code, out, err) = run(dir.path(), &[], &build);
    assert_eq!(code, 0, "{err}");
    assert!(format!("{out}{err}").contains("Prüfen und freigeben: 02-"));
}
