//! No panic on any input: mutated profiles go through loading, validation, lints and — when
//! they still load — rendering.

use crate::common::*;
use proptest::prelude::*;

fn mutate(text: &str, edits: &[(usize, u8, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, kind, c) in edits {
        if chars.is_empty() {
            break;
        }
        let i = at % chars.len();
        match kind % 4 {
            0 => {
                chars.remove(i);
            }
            1 => chars.insert(i, c),
            2 => chars[i] = c,
            _ => {
                // Duplicate a line: duplicate keys, odd indentation.
                let start = chars[..i]
                    .iter()
                    .rposition(|c| *c == '\n')
                    .map_or(0, |p| p + 1);
                let end = chars[i..]
                    .iter()
                    .position(|c| *c == '\n')
                    .map_or(chars.len(), |p| i + p);
                let line: Vec<char> = chars[start..end].to_vec();
                chars.splice(start..start, line.into_iter().chain(std::iter::once('\n')));
            }
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn mutated_profiles_never_panic(
        which in 0usize..6,
        edits in proptest::collection::vec(
            (any::<usize>(), any::<u8>(), prop_oneof![
                Just(':'), Just('"'), Just('\''), Just(' '), Just('\n'), Just('-'), Just('['),
                Just('{'), Just('#'), Just('\t'), Just('&'), Just('*'), Just('ä'), Just('0'),
                Just('<'), Just('|'),
            ]),
            1..6,
        ),
    ) {
        let text = std::fs::read_to_string(example(EXAMPLES[which])).expect("example");
        let loaded = load_text(&mutate(&text, &edits));
        for d in &loaded.diagnostics {
            let rendered = d.render("p.yaml", &loaded.source);
            prop_assert!(!rendered.is_empty());
        }
        if loaded.profile.is_some() {
            let docs = render(&loaded);
            prop_assert_eq!(docs.len(), 6);
        }
    }
}
