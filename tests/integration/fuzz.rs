//! Long-running property tests ("fuzzing") of the profile loader and the PDF layout stage.
//!
//! They are ignored in the normal test run; run them with, for example,
//!
//! ```text
//! FUZZ_CASES=20000 cargo test --release --test integration fuzz -- --ignored
//! ```
//!
//! The loader target feeds byte-level mutations of every example profile (control characters,
//! byte-order marks, invalid UTF-8, YAML punctuation, long runs) through decoding, parsing,
//! validation, lints and diagnostics rendering; the layout target lays out random Markdown
//! with long words, tables, lists, links and escaped user values under random company names.
//! Neither may panic; every bad profile must produce at least one located finding.

use crate::common::*;
use dsgvo_gen::backend::pdf::{PdfMeta, layout};
use dsgvo_gen::profile::load;
use dsgvo_gen::render::escape::escape;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500)
}

fn byte() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        any::<u8>().prop_map(|b| vec![b]),
        Just(b":".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"  ".to_vec()),
        Just(b"- ".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"'".to_vec()),
        Just(b"[".to_vec()),
        Just(b"{".to_vec()),
        Just(b"&a ".to_vec()),
        Just(b"*a".to_vec()),
        Just(b"!!str ".to_vec()),
        Just(b"---\n".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\x1b[2J".to_vec()),
        Just(b"\0".to_vec()),
        Just("\u{feff}".as_bytes().to_vec()),
        Just("\u{202e}".as_bytes().to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just(b"\xc3".to_vec()),
        Just(b"99999999999999999999999".to_vec()),
        Just(b"https://a.example/x_y?a=1&b=2".to_vec()),
        Just(b"a_b@c.example".to_vec()),
        Just(vec![b'x'; 3000]),
    ]
}

fn mutate(mut bytes: Vec<u8>, edits: &[(usize, u8, Vec<u8>)]) -> Vec<u8> {
    for (at, kind, piece) in edits {
        if bytes.is_empty() {
            bytes.extend_from_slice(piece);
            continue;
        }
        let i = at % bytes.len();
        match kind % 3 {
            0 => {
                let end = (i + piece.len()).min(bytes.len());
                bytes.drain(i..end);
            }
            1 => {
                bytes.splice(i..i, piece.iter().copied());
            }
            _ => {
                let end = (i + piece.len()).min(bytes.len());
                bytes.splice(i..end, piece.iter().copied());
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    #[ignore = "long-running; FUZZ_CASES=N cargo test --test integration fuzz -- --ignored"]
    fn fuzz_profile_loader(
        which in 0usize..EXAMPLES.len(),
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), byte()), 1..12),
    ) {
        let original = std::fs::read(example(EXAMPLES[which])).expect("example");
        let bytes = mutate(original, &edits);
        let loaded = load::load_bytes("p.yaml", &bytes);
        let text = loaded.render_diagnostics();
        prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{}", text);
        if loaded.profile.is_none() {
            prop_assert!(loaded.has_errors());
        }
        if loaded.profile.is_some() && !loaded.has_errors() {
            prop_assert_eq!(render(&loaded).len(), 6);
        }
    }

    #[test]
    #[ignore = "long-running; FUZZ_CASES=N cargo test --test integration fuzz -- --ignored"]
    fn fuzz_layout(
        company in "[A-Za-zÄÖÜäöüß &*_\\-]{0,1000}",
        blocks in proptest::collection::vec(
            (0u8..8, "[A-Za-zäöü0-9 _*&<>|#\\[\\]()\\\\`~.:/@-]{0,400}", 1usize..4),
            1..30,
        ),
    ) {
        let mut markdown = String::new();
        for (kind, text, n) in &blocks {
            let value = escape(text);
            let block = match kind {
                0 => format!("# {value}\n\n"),
                1 => format!("{value} {}\n\n", "Langeswort".repeat(*n * 40)),
                2 => format!("- {value}\n  - {value}\n\n"),
                3 => format!("| A | B |\n| --- | --- |\n{}\n", format!("| {value} | x |\n").repeat(*n)),
                4 => format!("> {value}\n\n"),
                5 => format!("1. {value}\n2. <https://a.example/{n}_x?a=1&b=2>\n\n"),
                6 => format!("**{value}** *{value}*\n\n"),
                _ => format!("{text}\n\n"),
            };
            markdown.push_str(&block);
        }
        let meta = PdfMeta {
            title: "Fuzz".into(),
            company,
            subject: String::new(),
            version: "1".into(),
            stand: "28.11.2026".into(),
            date: (2026, 11, 28),
            keywords: Vec::new(),
            ..Default::default()
        };
        let doc = layout(&markdown, &meta);
        prop_assert!(!doc.pages.is_empty());
    }
}
