//! The view model is built once per profile and language and switched between documents
//! (issue 18): switching must give exactly the view model built for that document.

use crate::common::*;
use dsgvo_gen::context::build_in;
use dsgvo_gen::document::DocumentKind;
use dsgvo_gen::lang::Lang;

#[test]
fn a_switched_view_model_equals_the_one_built_for_the_document() {
    let mut texts: Vec<(String, String)> = EXAMPLES
        .iter()
        .map(|s| {
            (
                s.to_string(),
                std::fs::read_to_string(example(s)).expect("example"),
            )
        })
        .collect();
    texts.extend(
        SECTOR_FIXTURES
            .iter()
            .map(|s| (s.to_string(), profile_fixture(s))),
    );
    let run = run_info();
    for (name, text) in texts {
        let loaded = load_text(&text);
        let p = loaded.profile.as_ref().expect("loads");
        for lang in [Lang::De, Lang::En] {
            // Built for the last document, then switched to each one in turn.
            let last = DocumentKind::ALL[DocumentKind::ALL.len() - 1];
            let mut switched = build_in(p, last, &run, &loaded.diagnostics, lang);
            for kind in DocumentKind::ALL {
                switched.for_kind(p, kind, lang);
                let built = build_in(p, kind, &run, &loaded.diagnostics, lang);
                assert_eq!(
                    serde_json::to_value(&switched).expect("json"),
                    serde_json::to_value(&built).expect("json"),
                    "{name}, {kind:?}, {lang:?}: the switch misses a field that depends on the document"
                );
            }
        }
    }
}
