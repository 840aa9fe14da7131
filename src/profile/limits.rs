//! Value limits, checked on the node tree before the profile is typed: every text has a
//! length limit, no text carries control or invisible formatting characters, one-line fields
//! have no line break, and lists have a bounded number of entries. The rules go by the field's
//! key, so they hold for every field, including ones added later.
//!
//! | kind of field | keys | limit |
//! | --- | --- | --- |
//! | free text (several lines allowed) | `purpose`, `legitimate_interest`, `retention`, `address`, entries of `custom_measures` | 2,000 characters |
//! | web address | `website`, keys ending in `url` | 500 characters |
//! | e-mail address | `email` | 254 characters |
//! | any other text (one line) | names, titles, numbers, places … | 1,000 characters |
//! | list | any | 100 entries |

use super::node::{Node, NodeKind};
use crate::both;
use crate::diagnostic::{Diagnostic, quote};
use crate::ui::t;

/// Longest one-line text, in characters.
pub const MAX_LINE: usize = 1_000;
/// Longest free text, in characters.
pub const MAX_FREE_TEXT: usize = 2_000;
/// Longest web address, in characters.
pub const MAX_URL: usize = 500;
/// Longest e-mail address, in characters (RFC 5321).
pub const MAX_EMAIL: usize = 254;
/// Most entries in one list.
pub const MAX_LIST: usize = 100;

/// Keys whose values may span several lines.
const FREE_TEXT_KEYS: [&str; 5] = [
    "purpose",
    "legitimate_interest",
    "retention",
    "address",
    "custom_measures",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Line,
    FreeText,
    Url,
    Email,
}

impl Field {
    fn of(key: &str) -> Field {
        if FREE_TEXT_KEYS.contains(&key) {
            Field::FreeText
        } else if key == "email" {
            Field::Email
        } else if key == "website" || key.ends_with("url") {
            Field::Url
        } else {
            Field::Line
        }
    }

    fn max(self) -> usize {
        match self {
            Field::Line => MAX_LINE,
            Field::FreeText => MAX_FREE_TEXT,
            Field::Url => MAX_URL,
            Field::Email => MAX_EMAIL,
        }
    }
}

/// Every limit violation in the tree.
pub fn check(root: &Node) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    walk(root, "", "", &mut out);
    out
}

fn walk(node: &Node, path: &str, key: &str, out: &mut Vec<Diagnostic>) {
    let child_path = |seg: &str| {
        if path.is_empty() {
            seg.to_owned()
        } else {
            format!("{path}.{seg}")
        }
    };
    match &node.kind {
        NodeKind::Str(text) => check_text(node, path, Field::of(key), text, out),
        NodeKind::Seq(items) => {
            if items.len() > MAX_LIST {
                out.push(
                    Diagnostic::error(format!(
                        "`{path}` hat {} Einträge, höchstens {MAX_LIST} sind möglich",
                        items.len()
                    ))
                    .with_english(format!(
                        "`{path}` has {} entries, at most {MAX_LIST} are possible",
                        items.len()
                    ))
                    .with_path(path)
                    .at(node.pos)
                    .with_hint(t("fassen Sie Einträge zusammen", "merge entries")),
                );
            }
            for (i, item) in items.iter().enumerate().take(MAX_LIST) {
                walk(item, &child_path(&i.to_string()), key, out);
            }
        }
        NodeKind::Map(entries) => {
            for (k, v) in entries {
                if let NodeKind::Str(name) = &k.kind {
                    walk(v, &child_path(name), name, out);
                }
            }
        }
        _ => {}
    }
}

fn check_text(node: &Node, path: &str, field: Field, text: &str, out: &mut Vec<Diagnostic>) {
    let error = |message: (String, String), hint: &str| {
        Diagnostic::error(message.0)
            .with_english(message.1)
            .with_path(path)
            .at(node.pos)
            .with_hint(hint)
    };
    let count = text.chars().count();
    if count > field.max() {
        out.push(error(
            both!(
                "`{path}` ist zu lang: {count} Zeichen, höchstens {} sind möglich",
                "`{path}` is too long: {count} characters, at most {} are possible",
                field.max()
            ),
            t(
                "kürzen Sie den Wert; ausführliche Beschreibungen gehören in eigene Unterlagen, auf die das Profil verweist",
                "shorten the value; long descriptions belong in documents of their own that the profile refers to",
            ),
        ));
    }
    let multi_line = field == Field::FreeText;
    let allowed = |c: char| multi_line && (c == '\n' || c == '\t');
    if let Some((i, c)) = text
        .chars()
        .enumerate()
        .find(|(_, c)| crate::diagnostic::is_invisible(*c) && !allowed(*c) && *c != '\n')
    {
        out.push(error(
            both!(
                "`{path}` enthält ein Steuer- oder unsichtbares Zeichen (U+{:04X}) an Stelle {}: „{}“",
                "`{path}` contains a control or invisible character (U+{:04X}) at position {}: “{}”",
                c as u32,
                i + 1,
                quote(text)
            ),
            t(
                "entfernen Sie das Zeichen; oft stammt es aus kopiertem Text",
                "remove the character; it often comes from copied text",
            ),
        ));
    } else if !multi_line && text.contains('\n') {
        out.push(error(
            both!(
                "`{path}` muss einzeilig sein, enthält aber einen Zeilenumbruch",
                "`{path}` must be a single line but contains a line break"
            ),
            t(
                "schreiben Sie den Wert in eine Zeile (ohne `|` oder `>`)",
                "write the value on one line (without `|` or `>`)",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(yaml: &str) -> Vec<(String, String)> {
        let tree = crate::profile::node::parse(yaml).expect("parses");
        check(&tree)
            .into_iter()
            .map(|d| (d.path, d.message))
            .collect()
    }

    #[test]
    fn limits_go_by_key() {
        let long = "x".repeat(MAX_LINE + 1);
        let r = found(&format!(
            "company:\n  name: {long}\nscenarios:\n  - purpose: {long}\n"
        ));
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "company.name");
        assert!(r[0].1.contains("1001 Zeichen, höchstens 1000"), "{r:?}");
    }

    #[test]
    fn control_characters_and_line_breaks() {
        let r = found(
            "company:\n  name: \"A\\u001b[2JB\"\n  city: \"a\\nb\"\nscenarios:\n  - purpose: \"a\\nb\"\n",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(
            r[0].1.contains("U+001B") && !r[0].1.contains('\u{1b}'),
            "{r:?}"
        );
        assert!(r[1].1.contains("einzeilig"), "{r:?}");
        let r = found("a:\n  name: \"x\\u0000\"\n  note: \"\\u202e\"\n");
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn long_lists() {
        let items: String = (0..=MAX_LIST).map(|i| format!("  - p{i}\n")).collect();
        let r = found(&format!("company:\n  representatives:\n{items}"));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.contains("101 Einträge"));
    }
}
