//! Helpers shared by the integration tests.

#![allow(dead_code)]

use dsgvo_gen::backend::Format;
use dsgvo_gen::context::RunInfo;
use dsgvo_gen::date::Date;
use dsgvo_gen::profile::load::{self, Loaded};
use dsgvo_gen::render::Templates;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The example profiles that must build without `--force` (file stems under `examples/`).
pub const EXAMPLES: [&str; 6] = [
    "minimal",
    "baeckerei-sonnenschein",
    "elektro-wagner",
    "onlineshop-nordlicht",
    "physiopraxis-am-park",
    "hausverwaltung-elbtal",
];

/// Test profiles of sectors and situations the examples do not cover (secrecy, minors, BYOD),
/// in `tests/fixtures/profiles/`.
pub const SECTOR_FIXTURES: [&str; 6] = [
    "fahrschule-minderjaehrige",
    "kanzlei-bsp",
    "kanzlei-gbr-app",
    "nachhilfe-minderjaehrige",
    "steuerberatung-partg",
    "zahnarztpraxis-app",
];

/// Path of a file in the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Path of an example profile by stem (`migration/friseur-privat` works too).
pub fn example(stem: &str) -> PathBuf {
    repo(&format!("examples/{stem}.yaml"))
}

/// The CLI binary, run in `dir`, without `SOURCE_DATE_EPOCH` surprises and with the German
/// interface whatever the developer's locale (`LANG=en_US.UTF-8` would switch to English).
pub fn bin(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("dsgvo-gen").expect("binary");
    cmd.current_dir(dir).env("SOURCE_DATE_EPOCH", "1795824000");
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "DSGVO_GEN_LANG"] {
        cmd.env_remove(name);
    }
    cmd
}

/// Loads a profile from text.
pub fn load_text(text: &str) -> Loaded {
    load::load_str("test.yaml", text)
}

/// The text of a test profile under `tests/fixtures/profiles/`.
pub fn profile_fixture(stem: &str) -> String {
    std::fs::read_to_string(repo(&format!("tests/fixtures/profiles/{stem}.yaml")))
        .expect("fixture exists")
}

/// Loads a profile from text that must be valid (no structural or value errors).
pub fn load_valid(text: &str) -> Loaded {
    let loaded = load_text(text);
    assert!(
        loaded.profile.is_some() && !loaded.has_errors(),
        "profile must be valid: {:?}",
        loaded
            .diagnostics
            .iter()
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
    );
    loaded
}

/// Loads an example profile.
pub fn load_example(stem: &str) -> Loaded {
    let path = example(stem);
    let text = std::fs::read_to_string(&path).expect("example exists");
    load::load_str(&format!("examples/{stem}.yaml"), &text)
}

/// Generates the files of a loaded profile in-process, with a fixed Stand date and tool version.
pub fn generate(loaded: &Loaded, formats: Vec<Format>) -> Vec<dsgvo_gen::output::Artifact> {
    generate_in(loaded, formats, dsgvo_gen::lang::Languages::default())
}

/// [`generate`] in the given document languages.
pub fn generate_in(
    loaded: &Loaded,
    formats: Vec<Format>,
    languages: dsgvo_gen::lang::Languages,
) -> Vec<dsgvo_gen::output::Artifact> {
    let profile = loaded.profile.as_ref().expect("profile loads");
    let templates = Templates::new(&[]).expect("templates");
    let options = dsgvo_gen::Options {
        templates: &templates,
        run: run_info(),
        formats,
        brand: None,
        languages,
    };
    dsgvo_gen::generate(profile, &loaded.diagnostics, &options).expect("renders")
}

/// The run the in-process renders use (Stand 28.11.2026, the built-in template set), so that
/// text identifiers match the rendered documents.
pub fn run_info() -> RunInfo {
    let templates = Templates::new(&[]).expect("templates");
    RunInfo {
        stand: Date::new(2026, 11, 28).expect("date"),
        tool_version: "0.0.0-test",
        template_set: templates.set_id().to_owned(),
    }
}

/// Renders the Markdown documents (01–06, not the internal sheets) of a loaded profile
/// in-process: stem → text.
pub fn render(loaded: &Loaded) -> BTreeMap<String, String> {
    let stems: Vec<String> = dsgvo_gen::document::DocumentKind::ALL
        .iter()
        .map(|k| format!("{}.md", k.stem()))
        .collect();
    generate(loaded, vec![Format::Md])
        .into_iter()
        .filter(|a| stems.contains(&a.path.to_string_lossy().into_owned()))
        .map(|a| {
            (
                a.path.to_string_lossy().trim_end_matches(".md").to_owned(),
                String::from_utf8(a.bytes).expect("utf-8"),
            )
        })
        .collect()
}

/// Renders an example profile.
pub fn render_example(stem: &str) -> BTreeMap<String, String> {
    render(&load_example(stem))
}

/// Text with no-break spaces turned into plain spaces, for readable assertions.
pub fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{2011}'], " ")
        .replace('\u{2011}', "-")
}

/// Every file below `dir` (relative path, bytes), sorted.
pub fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((
                    p.strip_prefix(dir).expect("prefix").to_path_buf(),
                    std::fs::read(&p).expect("read"),
                ));
            }
        }
    }
    out.sort();
    out
}

/// Modification time of every file below `dir`, sorted by path.
pub fn mtimes(dir: &Path) -> Vec<(PathBuf, std::time::SystemTime)> {
    let mut out: Vec<_> = tree(dir)
        .into_iter()
        .map(|(p, _)| {
            let m = std::fs::metadata(dir.join(&p))
                .expect("meta")
                .modified()
                .expect("mtime");
            (p, m)
        })
        .collect();
    out.sort();
    out
}
