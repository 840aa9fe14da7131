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
    for stem in EXAMPLES {
        let artifacts = generate(&load_example(stem), vec![dsgvo_gen::backend::Format::Html]);
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
