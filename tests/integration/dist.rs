//! Distribution: `--version`, man pages, the commit in `manifest.json`, and inputs as Windows
//! and macOS users produce them (CRLF line ends, non-ASCII folder names).

use crate::common::*;
use clap::CommandFactory;
use std::fs;
use std::path::Path;

fn stdout_of(dir: &Path, args: &[&str]) -> String {
    let out = bin(dir).args(args).assert().success().get_output().clone();
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn version_long_form_names_commit_template_set_and_facts_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let long = stdout_of(dir.path(), &["--version"]);
    let templates = dsgvo_gen::render::Templates::new(&[]).expect("templates");
    assert!(
        long.starts_with(&format!("dsgvo-gen {}\n", dsgvo_gen::VERSION)),
        "{long}"
    );
    assert!(
        long.contains(&format!("Commit:        {}\n", dsgvo_gen::COMMIT)),
        "{long}"
    );
    assert!(
        long.contains(&format!("Vorlagensatz:  {} ", templates.set_id())),
        "{long}"
    );
    assert!(
        long.contains(&format!("Stand {}", dsgvo_gen::legal::checked_on())),
        "{long}"
    );
    // The short form stays one line.
    assert_eq!(
        stdout_of(dir.path(), &["-V"]),
        format!("dsgvo-gen {}\n", dsgvo_gen::VERSION)
    );
}

#[test]
fn the_commit_is_a_full_hash_or_unknown() {
    let commit = dsgvo_gen::COMMIT;
    assert!(
        commit == "unbekannt"
            || (commit.len() == 40 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{commit}"
    );
}

#[test]
fn manpage_dir_has_a_page_for_every_subcommand() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["manpage", "man"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "Handbuchseiten nach man geschrieben",
        ));
    let man = dir.path().join("man");
    let mut expected = vec!["dsgvo-gen.1".to_owned()];
    for sub in dsgvo_gen::cli::Cli::command().get_subcommands() {
        expected.push(format!("dsgvo-gen-{}.1", sub.get_name()));
        for nested in sub.get_subcommands() {
            expected.push(format!(
                "dsgvo-gen-{}-{}.1",
                sub.get_name(),
                nested.get_name()
            ));
        }
    }
    assert!(expected.len() > 8, "{expected:?}");
    for name in &expected {
        let page = fs::read_to_string(man.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(page.contains(".TH "), "{name}: title");
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "NO_COLOR"] {
            assert!(page.contains(section), "{name}: {section}");
        }
    }
    let build = fs::read_to_string(man.join("dsgvo-gen-build.1")).expect("build page");
    assert!(build.contains(r"\-\-check"), "build page names --check");
    // Nothing else is written (no temporary files left behind).
    assert_eq!(fs::read_dir(&man).expect("man").count(), expected.len());
}

#[test]
fn manpage_without_dir_prints_the_main_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = stdout_of(dir.path(), &["manpage"]);
    assert!(page.contains(".TH dsgvo-gen 1"), "{page}");
    assert!(page.contains("EXIT STATUS") && page.contains("SOURCE_DATE_EPOCH"));
    assert!(fs::read_dir(dir.path()).expect("dir").next().is_none());
}

#[test]
fn manpage_into_a_file_is_refused_with_exit_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("man"), "keep").expect("write");
    bin(dir.path())
        .args(["manpage", "man"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "man: ist eine Datei, kein Ordner",
        ));
    assert_eq!(
        fs::read_to_string(dir.path().join("man")).expect("read"),
        "keep"
    );
}

#[test]
fn manifest_names_commit_and_facts_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    bin(dir.path())
        .args(["build", "--format", "md", "-o", "out"])
        .arg(example("minimal"))
        .assert()
        .success();
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("out/manifest.json")).expect("read"))
            .expect("json");
    assert_eq!(manifest["tool_commit"], dsgvo_gen::COMMIT);
    assert_eq!(
        manifest["legal_facts_checked_on"],
        dsgvo_gen::legal::checked_on()
    );
}

#[test]
fn a_crlf_profile_gives_the_same_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lf = fs::read_to_string(example("baeckerei-sonnenschein")).expect("example");
    assert!(!lf.contains('\r'));
    fs::write(dir.path().join("lf.yaml"), &lf).expect("write");
    fs::write(dir.path().join("crlf.yaml"), lf.replace('\n', "\r\n")).expect("write");
    for stem in ["lf", "crlf"] {
        bin(dir.path())
            .args(["validate", &format!("{stem}.yaml")])
            .assert()
            .success();
        bin(dir.path())
            .args([
                "build",
                "--format",
                "md",
                "-o",
                stem,
                &format!("{stem}.yaml"),
            ])
            .assert()
            .success();
    }
    let mut compared = 0;
    for entry in fs::read_dir(dir.path().join("lf")).expect("lf") {
        let name = entry.expect("entry").file_name();
        if name == "manifest.json" {
            continue; // lists the documents' hashes, which contain the profile's
        }
        let lf_text = fs::read_to_string(dir.path().join("lf").join(&name)).expect("lf file");
        let crlf_text = fs::read_to_string(dir.path().join("crlf").join(&name)).expect("crlf file");
        assert!(!crlf_text.contains('\r'), "{name:?} has a CR");
        // The profile's SHA-256 differs (other bytes); everything else is the same.
        let hash = |text: &str| dsgvo_gen::profile::load::hash_bytes(text.as_bytes());
        let (crlf_hash, lf_hash) = (hash(&lf.replace('\n', "\r\n")), hash(&lf));
        // Internal documents name the hash in full or by its first 12 characters.
        let crlf_text = crlf_text
            .replace(&crlf_hash, &lf_hash)
            .replace(&crlf_hash[..12], &lf_hash[..12]);
        assert_eq!(lf_text, crlf_text, "{name:?}");
        compared += 1;
    }
    assert!(compared >= 8, "{compared} files");
}

#[test]
fn non_ascii_and_space_paths_build_and_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let client = dir.path().join("kunden/Bäckerei Müller");
    fs::create_dir_all(&client).expect("mkdir");
    fs::copy(example("baeckerei-sonnenschein"), client.join("dsgvo.yaml")).expect("copy");
    let profile = "kunden/Bäckerei Müller/dsgvo.yaml";
    let out = "kunden/Bäckerei Müller/dokumente";
    bin(dir.path())
        .args(["build", profile, "-o", out])
        .assert()
        .success();
    assert!(
        client
            .join("dokumente/04-datenschutzhinweise.pdf")
            .is_file()
    );
    bin(dir.path())
        .args(["build", profile, "-o", out, "--check"])
        .assert()
        .success();
    // A batch over a folder whose profiles have non-ASCII names (a space becomes `_` in the
    // sub-folder's name).
    fs::copy(
        example("minimal"),
        dir.path().join("kunden/Blumenladen Grün.yaml"),
    )
    .expect("copy");
    bin(dir.path())
        .args(["build", "kunden", "--format", "md", "-o", "mappen"])
        .assert()
        .success();
    assert!(
        dir.path()
            .join("mappen/Blumenladen_Grün/06-widerruf.md")
            .is_file()
    );
}

#[test]
fn ci_recipes_pin_this_version_and_date_the_inputs() {
    let version = dsgvo_gen::VERSION;
    let gitlab = fs::read_to_string(repo("ci/gitlab/dsgvo-gen.yml")).expect("template");
    assert!(gitlab.contains(&format!("DSGVO_GEN_VERSION: \"{version}\"")));
    for recipe in [
        "examples/ci/github-actions.yml",
        "examples/ci/gitlab-ci.yml",
    ] {
        let text = fs::read_to_string(repo(recipe)).expect("recipe");
        assert!(
            text.contains(&format!("@v{version}")) || text.contains(&format!("/v{version}/")),
            "{recipe} pins v{version}"
        );
        assert!(!text.contains("cargo install"), "{recipe} compiles");
    }
    // The Stand date comes from the inputs' history, never from the last commit as a whole.
    for script in ["ci/github/run.sh", "ci/gitlab/dsgvo-gen.yml", "README.md"] {
        let text = fs::read_to_string(repo(script)).expect("script");
        assert!(text.contains("git log -1 --format=%ct -- "), "{script}");
        assert!(!text.contains("git log -1 --format=%ct)"), "{script}");
    }
}
