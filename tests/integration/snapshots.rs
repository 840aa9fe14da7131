//! Snapshots of every example × document (Markdown) and of the consent page. A change of the
//! generated legal text shows up here as a reviewable diff (`cargo insta review`, or
//! `INSTA_UPDATE=always cargo test` and `git diff`).

use crate::common::*;

#[test]
fn every_example_document() {
    let mut stems: Vec<&str> = EXAMPLES.to_vec();
    stems.push("migration/friseur-privat");
    for stem in stems {
        let docs = render(&load_example(stem));
        assert_eq!(docs.len(), 6, "{stem}");
        for (doc, text) in docs {
            let name = format!("{}__{doc}", stem.replace('/', "_"));
            insta::assert_snapshot!(name, text);
        }
    }
}

#[test]
fn every_example_consent_page() {
    use dsgvo_gen::backend::Format;
    use dsgvo_gen::render::Templates;
    let templates = Templates::new(&[]).expect("templates");
    for stem in EXAMPLES {
        let loaded = load_example(stem);
        let options = dsgvo_gen::Options {
            templates: &templates,
            run: dsgvo_gen::context::RunInfo {
                stand: dsgvo_gen::date::Date::new(2026, 11, 28).expect("date"),
                tool_version: "0.0.0-test",
                template_set: templates.set_id().to_owned(),
            },
            formats: vec![Format::Html],
        };
        let artifacts = dsgvo_gen::generate(
            loaded.profile.as_ref().expect("profile"),
            &loaded.diagnostics,
            &options,
        )
        .expect("renders");
        let page = artifacts
            .iter()
            .find(|a| a.path.to_string_lossy() == "whatsapp-kontakt.html")
            .expect("page");
        insta::assert_snapshot!(
            format!("{stem}__whatsapp-kontakt"),
            String::from_utf8(page.bytes.clone()).expect("utf-8")
        );
    }
}
