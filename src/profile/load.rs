//! Loading a profile file: YAML syntax → node tree → [`RawProfile`] → [`Profile`] + lints, with
//! every problem collected as a [`Diagnostic`].
//!
//! A YAML syntax error normally ends parsing. To still report the other problems in the file,
//! the offending line is neutralised (its value replaced by `~`, or the line commented out) and
//! the file parsed again; findings on neutralised lines are suppressed.

use super::model::RawProfile;
use super::node::{self, Node};
use super::validate::{self, Profile};
use super::{de, limits, lints};
use crate::date::Date;
use crate::diagnostic::{self, Diagnostic};
use crate::tr;
use crate::ui::t;
use sha2::{Digest, Sha256};

/// Everything learned from one profile file.
#[derive(Debug)]
pub struct Loaded {
    /// Display name of the file (as given on the command line).
    pub name: String,
    /// The file's text.
    pub source: String,
    /// The validated profile, unless the file has syntax or structure errors.
    pub profile: Option<Profile>,
    /// All findings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Does any finding stop the build?
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// All findings rendered as text (at most [`diagnostic::MAX_PRINTED`]).
    pub fn render_diagnostics(&self) -> String {
        let all: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        diagnostic::render_list(&all, &self.name, &self.source)
    }

    /// A file that could not be read or decoded: no profile, one finding.
    pub fn failed(name: &str, diagnostic: Diagnostic) -> Loaded {
        Loaded {
            name: name.to_owned(),
            source: String::new(),
            profile: None,
            diagnostics: vec![diagnostic],
        }
    }
}

/// Loads a profile from the bytes of its file: UTF-8, with or without a byte-order mark. Other
/// encodings are reported with the place where decoding failed.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Loaded {
    load_bytes_at(name, bytes, None)
}

/// [`load_bytes`] with the build's Stand date, for the findings that depend on it (review
/// overdue, facts too old). A Stand date in the profile (`document.date`) takes precedence;
/// without either, those findings are not made.
pub fn load_bytes_at(name: &str, bytes: &[u8], stand: Option<Date>) -> Loaded {
    let utf16 = bytes.starts_with(&[0xff, 0xfe])
        || bytes.starts_with(&[0xfe, 0xff])
        || (bytes.len() >= 2 && (bytes[0] == 0) != (bytes[1] == 0));
    if utf16 {
        let d = Diagnostic::error(t(
            "die Datei ist UTF-16-kodiert, Profile werden als UTF-8 gelesen",
            "the file is UTF-16 encoded; profiles are read as UTF-8",
        ))
        .at(node::Pos {
            line: 1,
            column: 1,
            offset: 0,
            len: 0,
        })
        .with_hint(t(
            "speichern Sie das Profil im Editor mit der Kodierung UTF-8",
            "save the profile in your editor with the UTF-8 encoding",
        ));
        return Loaded::failed(name, d);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => load_str_at(name, text, stand),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
            let column = valid[line_start..].chars().count() + 1;
            let d = Diagnostic::error(tr!(
                "die Datei ist nicht UTF-8-kodiert (ungültiges Byte 0x{:02X})",
                "the file is not UTF-8 encoded (invalid byte 0x{:02X})",
                bytes[e.valid_up_to()]
            ))
            .at(node::Pos {
                line: u32::try_from(line).unwrap_or(u32::MAX),
                column: u32::try_from(column).unwrap_or(u32::MAX),
                offset: e.valid_up_to(),
                len: 0,
            })
            .with_hint(t(
                "speichern Sie das Profil als UTF-8 (z. B. war es in Windows-1252 oder Latin-1 gespeichert)",
                "save the profile as UTF-8 (it was saved as Windows-1252 or Latin-1, for example)",
            ));
            let mut loaded = Loaded::failed(name, d);
            loaded.source = String::from_utf8_lossy(bytes).into_owned();
            loaded
        }
    }
}

/// Hex SHA-256 of a profile's bytes.
pub fn hash(text: &str) -> String {
    hash_bytes(text.as_bytes())
}

/// Hex SHA-256 of any bytes.
pub fn hash_bytes(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

const MAX_SYNTAX_REPAIRS: usize = 5;

/// Loads a profile from its text. `name` is used in messages.
pub fn load_str(name: &str, text: &str) -> Loaded {
    load_str_at(name, text, None)
}

/// [`load_str`] with the build's Stand date (see [`load_bytes_at`]).
pub fn load_str_at(name: &str, text: &str, stand: Option<Date>) -> Loaded {
    let mut diagnostics = Vec::new();
    let mut repaired_lines: Vec<u32> = Vec::new();
    let mut working = text.to_owned();
    let mut tree: Option<Node> = None;
    for _ in 0..=MAX_SYNTAX_REPAIRS {
        match node::parse(&working) {
            Ok(t) => {
                tree = Some(t);
                break;
            }
            Err(err) => {
                let Some(loc) = err.location() else {
                    diagnostics.push(Diagnostic::error(syntax_message(&err.to_string()).0));
                    break;
                };
                let line = u32::try_from(loc.line()).unwrap_or(0);
                let column = u32::try_from(loc.column()).unwrap_or(0);
                if repaired_lines.contains(&line) {
                    break;
                }
                let (message, hint) = syntax_message(&err.without_snippet().to_string());
                let mut d = Diagnostic::error(message).at(node::Pos {
                    line,
                    column,
                    offset: 0,
                    len: 0,
                });
                if let Some(hint) = hint {
                    d = d.with_hint(hint);
                }
                diagnostics.push(d);
                repaired_lines.push(line);
                working = neutralise_line(&working, line, column);
            }
        }
    }
    let syntax_ok = diagnostics.is_empty();
    // One syntax error per cause: the parser's later errors and the structure errors from
    // the repaired text after it are mostly follow-ons of the first, so only problems before
    // it are reported with it.
    let first_syntax_line = repaired_lines.first().copied();
    diagnostics.truncate(1);
    let Some(tree) = tree else {
        return finish(name, text, None, diagnostics);
    };
    if syntax_ok && matches!(tree.kind, node::NodeKind::Null) {
        diagnostics.push(
            Diagnostic::error(t("das Profil ist leer", "the profile is empty")).with_hint(t(
                "legen Sie mit `dsgvo-gen init` ein Profil an oder kopieren Sie eines aus examples/",
                "create a profile with `dsgvo-gen init` or copy one from examples/",
            )),
        );
        return finish(name, text, None, diagnostics);
    }
    if syntax_ok {
        diagnostics.extend(limits::check(&tree));
    }
    let raw: Option<RawProfile> = match de::from_node(&tree) {
        Ok(raw) => Some(raw),
        Err(errors) => {
            for e in errors {
                let follow_on =
                    first_syntax_line.is_some_and(|line| e.missing || e.pos.line >= line);
                if follow_on || repaired_lines.contains(&e.pos.line) {
                    continue;
                }
                let mut d = Diagnostic::error(e.message).with_path(e.path).at(e.pos);
                if let Some(hint) = e.hint {
                    d = d.with_hint(hint);
                }
                diagnostics.push(d);
            }
            None
        }
    };
    let profile = match raw {
        Some(raw) if syntax_ok => {
            let validated = validate::validate(raw, &tree, hash(text));
            diagnostics.extend(validated.diagnostics);
            let p = &validated.profile;
            let stand = p.stand.or(stand);
            let mut lints = lints::check(p, &tree);
            if let Some(stand) = stand {
                lints.extend(lints::check_dated(p, &tree, stand));
            }
            lints::mark_accepted(p, stand, &mut lints);
            diagnostics.extend(lints);
            Some(validated.profile)
        }
        _ => None,
    };
    finish(name, text, profile, diagnostics)
}

fn finish(
    name: &str,
    text: &str,
    profile: Option<Profile>,
    mut diagnostics: Vec<Diagnostic>,
) -> Loaded {
    diagnostic::sort(&mut diagnostics);
    Loaded {
        name: name.to_owned(),
        source: text.to_owned(),
        profile,
        diagnostics,
    }
}

/// Makes line `line` harmless: from `column` on it becomes `~`; if the error is at the start
/// of the line's content, the whole line becomes a comment.
fn neutralise_line(text: &str, line: u32, column: u32) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 != line as usize {
            out.push_str(l);
            continue;
        }
        let (body, newline) = match l.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (l, ""),
        };
        let indent = body.chars().take_while(|c| *c == ' ').count();
        let col = (column as usize).saturating_sub(1);
        if col <= indent || body.trim_start().starts_with('\t') {
            out.push_str(&" ".repeat(indent));
            out.push('#');
            out.push_str(body.trim_start());
        } else {
            let head: String = body.chars().take(col).collect();
            out.push_str(head.trim_end());
            out.push_str(" ~");
        }
        out.push_str(newline);
    }
    out
}

/// Messages for the parser's syntax errors: a fragment of its text, the message and the hint,
/// each in German and English. The first matching row wins; the parser's text is never shown.
const SYNTAX_MESSAGES: &[(&str, [&str; 2], [&str; 2])] = &[
    (
        "unclosed quote",
        ["Anführungszeichen nicht geschlossen", "quote not closed"],
        [
            "schließen Sie das Anführungszeichen am Ende des Werts",
            "close the quote at the end of the value",
        ],
    ),
    (
        "unterminated",
        ["Anführungszeichen nicht geschlossen", "quote not closed"],
        [
            "schließen Sie das Anführungszeichen am Ende des Werts",
            "close the quote at the end of the value",
        ],
    ),
    (
        "quoted scalar",
        [
            "ungültiger Text in Anführungszeichen",
            "invalid text in quotes",
        ],
        [
            "in doppelten Anführungszeichen leitet `\\` eine Escape-Sequenz ein; verwenden Sie einfache Anführungszeichen oder schreiben Sie `\\\\`",
            "in double quotes `\\` starts an escape sequence; use single quotes or write `\\\\`",
        ],
    ),
    (
        "unclosed bracket",
        [
            "Klammer `[` oder `{` nicht geschlossen",
            "bracket `[` or `{` not closed",
        ],
        [
            "schließen Sie die Klammer oder schreiben Sie die Einträge als Liste mit `- ` untereinander",
            "close the bracket or write the entries as a list with `- `, one below the other",
        ],
    ),
    (
        "bom",
        [
            "unsichtbares Zeichen U+FEFF (Byte-Order-Mark) mitten in der Datei",
            "invisible character U+FEFF (byte order mark) in the middle of the file",
        ],
        [
            "entfernen Sie das Zeichen am Anfang dieser Zeile (oft aus zusammenkopierten Dateien)",
            "remove the character at the start of this line (often from files pasted together)",
        ],
    ),
    (
        "tab",
        ["Tabulator zur Einrückung", "tab used for indentation"],
        [
            "rücken Sie nur mit Leerzeichen ein",
            "indent with spaces only",
        ],
    ),
    (
        "mapping values are not allowed",
        ["unerwarteter Doppelpunkt", "unexpected colon"],
        [
            "prüfen Sie die Einrückung; Werte mit Doppelpunkt gehören in Anführungszeichen",
            "check the indentation; values containing a colon belong in quotes",
        ],
    ),
    (
        "illegal placement of ':'",
        ["unerwarteter Doppelpunkt", "unexpected colon"],
        [
            "prüfen Sie die Einrückung; Werte mit Doppelpunkt gehören in Anführungszeichen",
            "check the indentation; values containing a colon belong in quotes",
        ],
    ),
    (
        "did not find expected key",
        [
            "die Einrückung passt nicht zum Abschnitt darüber",
            "the indentation does not fit the section above",
        ],
        [
            "prüfen Sie die Einrückung dieser Zeile und der Zeile davor: gleichrangige Schlüssel gleich weit, untergeordnete weiter",
            "check the indentation of this line and the one before: keys of the same level equally far, nested keys further",
        ],
    ),
    (
        "did not find expected",
        [
            "ein Abschnitt oder eine Liste endet unerwartet",
            "a section or list ends unexpectedly",
        ],
        [
            "prüfen Sie Einrückung und `- ` der Einträge in dieser Zeile und der davor",
            "check the indentation and the `- ` of the entries in this line and the one before",
        ],
    ),
    (
        "anchor",
        [
            "Verweis `*…` auf einen Anker, den es nicht gibt",
            "reference `*…` to an anchor that does not exist",
        ],
        [
            "Profile brauchen keine Anker und Verweise; schreiben Sie den Wert aus",
            "profiles need no anchors and references; write the value out",
        ],
    ),
    (
        "alias",
        [
            "zu viele oder zu tief verschachtelte Verweise (`*…`)",
            "too many or too deeply nested references (`*…`)",
        ],
        [
            "schreiben Sie die Werte aus, statt sie mit Ankern zu wiederholen",
            "write the values out instead of repeating them with anchors",
        ],
    ),
    (
        "budget",
        [
            "das Profil ist zu groß oder zu tief verschachtelt",
            "the profile is too large or too deeply nested",
        ],
        [
            "ein Profil hat wenige Hundert Einträge; prüfen Sie, ob es die richtige Datei ist",
            "a profile has a few hundred entries; check that this is the right file",
        ],
    ),
    (
        "recursion",
        [
            "das Profil ist zu tief verschachtelt",
            "the profile is nested too deeply",
        ],
        [
            "ein Profil braucht höchstens fünf Ebenen Einrückung",
            "a profile needs at most five levels of indentation",
        ],
    ),
    (
        "depth",
        [
            "das Profil ist zu tief verschachtelt",
            "the profile is nested too deeply",
        ],
        [
            "ein Profil braucht höchstens fünf Ebenen Einrückung",
            "a profile needs at most five levels of indentation",
        ],
    ),
    (
        "multiple",
        [
            "die Datei enthält mehrere YAML-Dokumente (getrennt durch `---`)",
            "the file contains several YAML documents (separated by `---`)",
        ],
        [
            "ein Profil ist genau ein Dokument; teilen Sie die Datei auf",
            "a profile is exactly one document; split the file",
        ],
    ),
    (
        "unexpected character",
        [
            "ein Wert beginnt mit einem Zeichen, das in YAML reserviert ist",
            "a value starts with a character reserved in YAML",
        ],
        [
            "setzen Sie den Wert in Anführungszeichen, z. B. \"@firma\"",
            "put the value in quotes, e.g. \"@company\"",
        ],
    ),
    (
        "cannot start any token",
        [
            "ein Wert beginnt mit einem Zeichen, das in YAML reserviert ist",
            "a value starts with a character reserved in YAML",
        ],
        [
            "setzen Sie den Wert in Anführungszeichen",
            "put the value in quotes",
        ],
    ),
    (
        "indent",
        ["die Einrückung ist ungültig", "the indentation is invalid"],
        [
            "rücken Sie gleichrangige Schlüssel gleich weit ein, untergeordnete weiter",
            "indent keys of the same level equally far, nested keys further",
        ],
    ),
    (
        "tag",
        [
            "unbekannte YAML-Typangabe (`!…`)",
            "unknown YAML tag (`!…`)",
        ],
        [
            "entfernen Sie die Angabe mit `!`; Profile brauchen keine Typangaben",
            "remove the `!` tag; profiles need no tags",
        ],
    ),
    (
        "duplicate mapping key",
        ["ein Schlüssel kommt doppelt vor", "a key appears twice"],
        [
            "entfernen Sie einen der beiden Einträge",
            "remove one of the two entries",
        ],
    ),
];

/// German message and hint for a serde-saphyr syntax error (never the parser's own text).
fn syntax_message(raw: &str) -> (String, Option<String>) {
    let text = raw.split(" at line ").next().unwrap_or(raw).trim();
    let lower = text.to_lowercase();
    if lower.contains("duplicate mapping key") {
        let key = text
            .split(':')
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .map(str::trim)
            .unwrap_or("");
        return (
            tr!(
                "YAML-Syntaxfehler: Schlüssel `{}` kommt doppelt vor",
                "YAML syntax error: key `{}` appears twice",
                crate::diagnostic::quote(key)
            ),
            Some(
                t(
                    "entfernen Sie einen der beiden Einträge",
                    "remove one of the two entries",
                )
                .into(),
            ),
        );
    }
    match SYNTAX_MESSAGES
        .iter()
        .find(|(fragment, _, _)| lower.contains(fragment))
    {
        Some((_, [de, en], [hint_de, hint_en])) => (
            format!("{}: {}", t("YAML-Syntaxfehler", "YAML syntax error"), t(de, en)),
            Some(t(hint_de, hint_en).to_owned()),
        ),
        None => (
            t(
                "YAML-Syntaxfehler: an dieser Stelle ist die Datei kein gültiges YAML",
                "YAML syntax error: at this point the file is not valid YAML",
            )
            .into(),
            Some(
                t(
                    "prüfen Sie Einrückung, Doppelpunkte und Anführungszeichen in dieser Zeile und der davor",
                    "check the indentation, colons and quotes in this line and the one before",
                )
                .into(),
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_value_or_line() {
        assert_eq!(
            neutralise_line("a: 1\nb: \"x\nc: 2\n", 2, 4),
            "a: 1\nb: ~\nc: 2\n"
        );
        assert_eq!(neutralise_line("a: 1\na: 2\n", 2, 1), "a: 1\n#a: 2\n");
    }

    #[test]
    fn syntax_and_structure_errors_are_all_reported() {
        let text = "schema_version: 1\ncompnay: x\nwhatsapp:\n  variant: business_app\n  business_number: \"+49 30 1234567\ndocument:\n  version: 1\n";
        let loaded = load_str("p.yaml", text);
        assert!(loaded.profile.is_none());
        let found: Vec<(Option<u32>, &str)> = loaded
            .diagnostics
            .iter()
            .map(|d| (d.line, d.message.as_str()))
            .collect();
        assert!(
            found
                .iter()
                .any(|(l, m)| *l == Some(2) && m.contains("`compnay`")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(l, m)| *l == Some(5) && m.contains("Anführungszeichen")),
            "{found:?}"
        );
    }

    #[test]
    fn empty_profile() {
        let loaded = load_str("p.yaml", "# nur ein Kommentar\n");
        assert_eq!(loaded.diagnostics.len(), 1);
        assert!(loaded.diagnostics[0].message.contains("leer"));
    }
}
