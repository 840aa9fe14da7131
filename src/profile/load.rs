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
        let d = Diagnostic::error("die Datei ist UTF-16-kodiert, Profile werden als UTF-8 gelesen")
            .at(node::Pos {
                line: 1,
                column: 1,
                offset: 0,
                len: 0,
            })
            .with_hint("speichern Sie das Profil im Editor mit der Kodierung UTF-8");
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
            let d = Diagnostic::error(format!(
                "die Datei ist nicht UTF-8-kodiert (ungültiges Byte 0x{:02X})",
                bytes[e.valid_up_to()]
            ))
            .at(node::Pos {
                line: u32::try_from(line).unwrap_or(u32::MAX),
                column: u32::try_from(column).unwrap_or(u32::MAX),
                offset: e.valid_up_to(),
                len: 0,
            })
            .with_hint(
                "speichern Sie das Profil als UTF-8 (z. B. war es in Windows-1252 oder Latin-1 gespeichert)",
            );
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
        diagnostics.push(Diagnostic::error("das Profil ist leer").with_hint(
            "legen Sie mit `dsgvo-gen init` ein Profil an oder kopieren Sie eines aus examples/",
        ));
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

/// German messages for the parser's (English) syntax errors: a fragment of its text, the
/// message and the hint. The first matching row wins; the parser's text is never shown.
const SYNTAX_MESSAGES: &[(&str, &str, &str)] = &[
    (
        "unclosed quote",
        "Anführungszeichen nicht geschlossen",
        "schließen Sie das Anführungszeichen am Ende des Werts",
    ),
    (
        "unterminated",
        "Anführungszeichen nicht geschlossen",
        "schließen Sie das Anführungszeichen am Ende des Werts",
    ),
    (
        "quoted scalar",
        "ungültiger Text in Anführungszeichen",
        "in doppelten Anführungszeichen leitet `\\` eine Escape-Sequenz ein; verwenden Sie einfache Anführungszeichen oder schreiben Sie `\\\\`",
    ),
    (
        "unclosed bracket",
        "Klammer `[` oder `{` nicht geschlossen",
        "schließen Sie die Klammer oder schreiben Sie die Einträge als Liste mit `- ` untereinander",
    ),
    (
        "bom",
        "unsichtbares Zeichen U+FEFF (Byte-Order-Mark) mitten in der Datei",
        "entfernen Sie das Zeichen am Anfang dieser Zeile (oft aus zusammenkopierten Dateien)",
    ),
    (
        "tab",
        "Tabulator zur Einrückung",
        "rücken Sie nur mit Leerzeichen ein",
    ),
    (
        "mapping values are not allowed",
        "unerwarteter Doppelpunkt",
        "prüfen Sie die Einrückung; Werte mit Doppelpunkt gehören in Anführungszeichen",
    ),
    (
        "illegal placement of ':'",
        "unerwarteter Doppelpunkt",
        "prüfen Sie die Einrückung; Werte mit Doppelpunkt gehören in Anführungszeichen",
    ),
    (
        "did not find expected key",
        "die Einrückung passt nicht zum Abschnitt darüber",
        "prüfen Sie die Einrückung dieser Zeile und der Zeile davor: gleichrangige Schlüssel gleich weit, untergeordnete weiter",
    ),
    (
        "did not find expected",
        "ein Abschnitt oder eine Liste endet unerwartet",
        "prüfen Sie Einrückung und `- ` der Einträge in dieser Zeile und der davor",
    ),
    (
        "anchor",
        "Verweis `*…` auf einen Anker, den es nicht gibt",
        "Profile brauchen keine Anker und Verweise; schreiben Sie den Wert aus",
    ),
    (
        "alias",
        "zu viele oder zu tief verschachtelte Verweise (`*…`)",
        "schreiben Sie die Werte aus, statt sie mit Ankern zu wiederholen",
    ),
    (
        "budget",
        "das Profil ist zu groß oder zu tief verschachtelt",
        "ein Profil hat wenige Hundert Einträge; prüfen Sie, ob es die richtige Datei ist",
    ),
    (
        "recursion",
        "das Profil ist zu tief verschachtelt",
        "ein Profil braucht höchstens fünf Ebenen Einrückung",
    ),
    (
        "depth",
        "das Profil ist zu tief verschachtelt",
        "ein Profil braucht höchstens fünf Ebenen Einrückung",
    ),
    (
        "multiple",
        "die Datei enthält mehrere YAML-Dokumente (getrennt durch `---`)",
        "ein Profil ist genau ein Dokument; teilen Sie die Datei auf",
    ),
    (
        "unexpected character",
        "ein Wert beginnt mit einem Zeichen, das in YAML reserviert ist",
        "setzen Sie den Wert in Anführungszeichen, z. B. \"@firma\"",
    ),
    (
        "cannot start any token",
        "ein Wert beginnt mit einem Zeichen, das in YAML reserviert ist",
        "setzen Sie den Wert in Anführungszeichen",
    ),
    (
        "indent",
        "die Einrückung ist ungültig",
        "rücken Sie gleichrangige Schlüssel gleich weit ein, untergeordnete weiter",
    ),
    (
        "tag",
        "unbekannte YAML-Typangabe (`!…`)",
        "entfernen Sie die Angabe mit `!`; Profile brauchen keine Typangaben",
    ),
    (
        "duplicate mapping key",
        "ein Schlüssel kommt doppelt vor",
        "entfernen Sie einen der beiden Einträge",
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
            format!(
                "YAML-Syntaxfehler: Schlüssel `{}` kommt doppelt vor",
                crate::diagnostic::quote(key)
            ),
            Some("entfernen Sie einen der beiden Einträge".into()),
        );
    }
    match SYNTAX_MESSAGES
        .iter()
        .find(|(fragment, _, _)| lower.contains(fragment))
    {
        Some((_, message, hint)) => (
            format!("YAML-Syntaxfehler: {message}"),
            Some((*hint).to_owned()),
        ),
        None => (
            "YAML-Syntaxfehler: an dieser Stelle ist die Datei kein gültiges YAML".into(),
            Some(
                "prüfen Sie Einrückung, Doppelpunkte und Anführungszeichen in dieser Zeile und der davor"
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
