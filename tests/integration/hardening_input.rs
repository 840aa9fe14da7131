//! Issue 12, inputs and messages: only regular files of bounded size are read, every folder
//! entry is accounted for, bad values are refused with a located German message, messages are
//! one per cause, shortened and safe for the terminal and the batch summary.

use crate::common::*;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

fn minimal() -> String {
    fs::read_to_string(example("minimal")).expect("example")
}

/// Runs `validate` on a profile text; returns (exit code, stderr, seconds).
fn validate_text(text: &str) -> (Option<i32>, String, f64) {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("p.yaml"), text).expect("write");
    validate_file(dir.path(), "p.yaml")
}

fn validate_file(dir: &Path, name: &str) -> (Option<i32>, String, f64) {
    let start = Instant::now();
    let out = bin(dir)
        .args(["validate", name])
        .timeout(Duration::from_secs(20))
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        start.elapsed().as_secs_f64(),
    )
}

/// English fragments of the YAML parser and serde that must never reach the user.
const ENGLISH: [&str; 9] = [
    "while ",
    "did not find",
    "expected",
    "budget",
    "from_str",
    "unexpected",
    "invalid",
    "u32",
    "Permission denied",
];

fn assert_german_and_located(stderr: &str, what: &str) {
    for word in ENGLISH {
        assert!(
            !stderr.contains(word),
            "{what}: English `{word}` in\n{stderr}"
        );
    }
    assert!(
        stderr.contains("p.yaml:"),
        "{what}: no location in\n{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn special_files_as_profiles_are_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let status = std::process::Command::new("mkfifo")
        .arg(dir.path().join("fifo.yaml"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    for name in ["fifo.yaml", "/dev/zero"] {
        let (code, err, _secs) = validate_file(dir.path(), name);
        assert_eq!(code, Some(1), "{name}: {err}");
        assert!(
            err.contains("Profile werden nur aus gewöhnlichen Dateien gelesen"),
            "{err}"
        );
    }
}

#[test]
fn oversized_profiles_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = minimal();
    text.push_str(&format!("# {}\n", "x".repeat(1024 * 1024)));
    fs::write(dir.path().join("p.yaml"), text).expect("write");
    let (code, err, _) = validate_file(dir.path(), "p.yaml");
    assert_eq!(code, Some(1));
    assert!(err.contains("größer als 1 MiB"), "{err}");
}

#[cfg(unix)]
#[test]
fn every_folder_entry_is_accounted_for() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = dir.path().join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    fs::copy(example("minimal"), clients.join("a-gut.yaml")).expect("copy");
    std::os::unix::fs::symlink(clients.join("fehlt"), clients.join("b-verweis.yaml"))
        .expect("link");
    std::os::unix::fs::symlink("/dev/null", clients.join("c-geraet.yaml")).expect("link");
    fs::write(
        clients.join("d-latin1.yaml"),
        b"schema_version: 1\ncompany:\n  name: M\xfcller\n",
    )
    .expect("write");
    let out = bin(dir.path())
        .args(["validate", "kunden", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let reports: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let reports = reports["profiles"].as_array().expect("array");
    assert_eq!(reports.len(), 4, "{reports:?}");
    let message = |i: usize| {
        reports[i]["diagnostics"][0]["message"]
            .as_str()
            .unwrap_or("")
    };
    assert_eq!(reports[0]["errors"], 0);
    assert!(
        message(1).contains("Datei, die es nicht gibt"),
        "{}",
        message(1)
    );
    assert!(message(2).contains("Gerätedatei"), "{}", message(2));
    assert!(message(3).contains("nicht UTF-8"), "{}", message(3));
    assert_eq!(reports[3]["diagnostics"][0]["line"], 3);
    assert_eq!(reports[3]["diagnostics"][0]["column"], 10);

    // In a batch build, the summary names the reason of every profile that was not built.
    let out = bin(dir.path())
        .args(["build", "kunden", "-o", "out", "--format", "md"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let summary: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("out/summary.json")).expect("summary"))
            .expect("json");
    for row in summary["profiles"].as_array().expect("rows").iter().skip(1) {
        assert_eq!(row["status"], "errors");
        assert!(
            !row["diagnostics"].as_array().expect("list").is_empty(),
            "{row}"
        );
    }
}

#[test]
fn utf16_profiles_are_located() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = vec![0xff, 0xfe];
    for unit in minimal().encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    fs::write(dir.path().join("p.yaml"), bytes).expect("write");
    let (code, err, _) = validate_file(dir.path(), "p.yaml");
    assert_eq!(code, Some(1));
    assert!(
        err.contains("UTF-16") && err.contains("p.yaml:1:1"),
        "{err}"
    );
}

#[test]
fn a_very_long_company_name_is_refused_quickly_and_echoed_once_shortened() {
    let text = minimal().replacen(
        "name: \"Musterfirma",
        &format!("name: \"{}Musterfirma", "A".repeat(20_000)),
        1,
    );
    let (code, err, _secs) = validate_text(&text);
    assert_eq!(code, Some(1));
    assert!(err.contains("`company.name` ist zu lang"), "{err}");
    assert_german_and_located(&err, "long name");
    assert!(err.len() < 2_000, "{} bytes of messages", err.len());
    // A long but plausible name is accepted.
    let text = minimal().replacen(
        "name: \"Musterfirma",
        &format!("name: \"{}Musterfirma", "Ab".repeat(480)),
        1,
    );
    let loaded = load_text(&text);
    assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
}

#[test]
fn control_characters_and_line_breaks_are_refused_and_never_printed_raw() {
    for (field, value) in [
        ("name: \"Musterfirma", "name: \"\\e[2J\\e]0;x\\aMusterfirma"),
        ("name: \"Musterfirma", "name: \"Muster\\0firma"),
        ("name: \"Musterfirma", "name: \"Muster\\nfirma"),
        ("city: \"", "city: \"Ber\\u202Elin"),
    ] {
        let text = minimal().replacen(field, value, 1);
        assert_ne!(text, minimal(), "{field}");
        let (code, err, _) = validate_text(&text);
        assert_eq!(code, Some(1), "{value}: {err}");
        assert_german_and_located(&err, value);
        assert!(
            !err.chars().any(|c| c.is_control() && c != '\n'),
            "{value}: raw control character in\n{err}"
        );
    }
}

#[test]
fn implausible_numbers_get_one_german_message_each() {
    for (from, to, needle) in [
        ("employees: 5", "employees: 4294967295", "1.000.000"),
        ("employees: 5", "employees: 0", "1 bis"),
        (
            "employees: 5",
            "employees: 99999999999999999999",
            "außerhalb",
        ),
    ] {
        let text = minimal().replacen(from, to, 1);
        let (code, err, _) = validate_text(&text);
        assert_eq!(code, Some(1), "{to}");
        assert_german_and_located(&err, to);
        assert!(err.contains(needle), "{to}: {err}");
        assert_eq!(err.matches("Fehler:").count(), 1, "{to}: {err}");
        assert!(!err.contains("Pflichtangabe"), "{to}: {err}");
    }
}

#[test]
fn syntax_errors_are_german_located_and_one_per_cause() {
    let text = minimal();
    let with_line = |i: usize, f: &dyn Fn(&str) -> String| {
        let mut l: Vec<String> = text.lines().map(str::to_owned).collect();
        l[i] = f(&l[i]);
        l.join("\n") + "\n"
    };
    let cases: Vec<(&str, String)> = vec![
        (
            "BOM before a key",
            with_line(10, &|l| format!("\u{feff}{l}")),
        ),
        ("indentation", with_line(10, &|l| l.trim_start().to_owned())),
        ("tab", with_line(10, &|l| format!("\t{}", l.trim_start()))),
        (
            "unclosed bracket",
            with_line(10, &|l| {
                format!("{}: [a, b", l.split(':').next().unwrap_or(l))
            }),
        ),
        (
            "reserved character",
            with_line(10, &|l| l.replacen(": \"", ": @\"", 1)),
        ),
        ("unknown anchor", minimal() + "x: *nirgends\n"),
        ("two documents", minimal() + "---\nschema_version: 1\n"),
        (
            "deep nesting",
            format!(
                "{}{}",
                "a:\n",
                (1..300)
                    .map(|i| format!("{}b:\n", " ".repeat(i)))
                    .collect::<String>()
            ),
        ),
    ];
    for (what, text) in cases {
        let (code, err, _secs) = validate_text(&text);
        assert_eq!(code, Some(1), "{what}: {err}");
        assert_german_and_located(&err, what);
        let errors = err.matches("Fehler:").count();
        assert!(errors <= 2, "{what}: {errors} messages\n{err}");
    }
}

#[test]
fn many_problems_print_a_capped_list_quickly() {
    let mut text = minimal();
    for i in 0..300 {
        text.push_str(&format!("unbekannt_{i}: 1\n"));
    }
    let (code, err, _secs) = validate_text(&text);
    assert_eq!(code, Some(1));
    assert!(err.contains("weitere Meldungen"), "{err}");
}

#[test]
fn the_batch_summary_quotes_values_without_links_images_or_html() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients = dir.path().join("kunden");
    fs::create_dir(&clients).expect("mkdir");
    let evil = minimal().replacen(
        "name: \"Musterfirma GmbH\"",
        "name: \"![x](https://evil.example/i.png) <img src=x> [hier](https://evil.example)\"",
        1,
    );
    assert_ne!(evil, minimal());
    fs::write(clients.join("a.yaml"), &evil).expect("write");
    fs::write(
        clients.join("b.yaml"),
        format!("{evil}unbekannt_<img src=x>![y](https://evil.example/j.png): 1\n"),
    )
    .expect("write");
    bin(dir.path())
        .args(["build", "kunden", "-o", "out", "--format", "md"])
        .assert()
        .code(1);
    let summary = fs::read_to_string(dir.path().join("out/uebersicht.md")).expect("summary");
    assert!(summary.contains("evil.example"), "{summary}");
    for bad in ["<img", "](http", "![", "https://"] {
        let unescaped = summary
            .match_indices(bad)
            .any(|(i, _)| !summary[..i].ends_with('\\'));
        assert!(!unescaped, "`{bad}` in\n{summary}");
    }
}

/// Issue 12: a 1,000-character company name builds the whole PDF pack (the running header
/// shortens it in linear time). How long it takes is measured in the README's benchmark
/// table, not here.
#[test]
fn a_long_company_name_builds_the_pdf_pack() {
    let text = minimal().replacen(
        "name: \"Musterfirma",
        &format!("name: \"{}Musterfirma", "Ab".repeat(490)),
        1,
    );
    let loaded = load_text(&text);
    assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
    let files = generate(&loaded, vec![dsgvo_gen::backend::Format::Pdf]);
    // Six documents, the two internal sheets, the cover letter and the manifest.
    assert_eq!(files.len(), 10);
}
