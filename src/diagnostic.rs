//! Diagnostics: problems in a profile (structure, values, compliance lints) with the place in
//! the file they refer to, and their rendering as compiler-style text.

use crate::profile::node::Pos;
use crate::tr;
use crate::ui::t;
use serde::Serialize;
use std::fmt::Write as _;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Stops the build.
    Error,
    /// Printed and listed in the documents; does not stop the build.
    Warning,
}

impl Severity {
    /// Label in the interface language.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => t("Fehler", "error"),
            Severity::Warning => t("Warnung", "warning"),
        }
    }
}

/// One finding about a profile.
///
/// `message` and `hint` are what the documents and the files of a pack (`summary.json`)
/// hold: German, whatever the interface language. A finding that reaches them (a lint, a value
/// error) also carries `message_en`/`hint_en`, and everything printed to a person uses
/// [`Diagnostic::shown_message`] and [`Diagnostic::shown_hint`] (the serialised form for
/// output: [`Diagnostic::shown`]). Messages of profiles that cannot be read at all (syntax,
/// structure) are written in the interface language directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable lint code (`DSG001`); `None` for syntax and structure problems.
    pub code: Option<&'static str>,
    /// What is wrong (for the documents: German).
    pub message: String,
    /// What is wrong, in English, when `message` is kept German for the documents.
    #[serde(skip)]
    pub message_en: Option<String>,
    /// Dotted path in the profile the finding refers to (may be empty).
    pub path: String,
    /// Line and column, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Column (1-based), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// How to fix it, in English, when `hint` is kept German.
    #[serde(skip)]
    pub hint_en: Option<String>,
    /// For a warning the profile accepts knowingly (`accepted_findings`): the reason given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
    #[serde(skip)]
    offset: Option<usize>,
}

/// The serialised form of a [`Diagnostic`] for output (JSON on stdout): the same keys as the
/// files, message and hint in the interface language.
#[derive(Serialize)]
struct Shown<'a> {
    severity: Severity,
    code: Option<&'static str>,
    message: &'a str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accepted: Option<&'a str>,
}

impl<'a> From<&'a Diagnostic> for Shown<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        Shown {
            message: d.shown_message(),
            severity: d.severity,
            code: d.code,
            path: &d.path,
            line: d.line,
            column: d.column,
            hint: d.shown_hint(),
            accepted: d.accepted.as_deref(),
        }
    }
}

/// Code of the findings that are no lint: the profile cannot be read (YAML syntax, unknown
/// field, wrong type or value, missing entry). `dsgvo-gen explain DSG000` explains it.
pub const PROFILE_CODE: &str = "DSG000";

impl Diagnostic {
    /// A new diagnostic without position.
    pub fn new(severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code: None,
            message: message.into(),
            message_en: None,
            path: String::new(),
            hint_en: None,
            line: None,
            column: None,
            hint: None,
            accepted: None,
            offset: None,
        }
    }

    /// An error without position.
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Error, message)
    }

    /// Sets the English twin of the (German) message, shown when the interface is English.
    pub fn with_english(mut self, message: impl Into<String>) -> Self {
        self.message_en = Some(message.into());
        self
    }

    /// Sets the hint in German (kept for the files) and English.
    pub fn with_hints(mut self, de: impl Into<String>, en: impl Into<String>) -> Self {
        self.hint = Some(de.into());
        self.hint_en = Some(en.into());
        self
    }

    /// The message in the interface language.
    pub fn shown_message(&self) -> &str {
        match (&self.message_en, crate::ui::is_en()) {
            (Some(en), true) => en,
            _ => &self.message,
        }
    }

    /// The hint in the interface language.
    pub fn shown_hint(&self) -> Option<&str> {
        match (&self.hint_en, crate::ui::is_en()) {
            (Some(en), true) => Some(en),
            _ => self.hint.as_deref(),
        }
    }

    /// The serialised form for output to a person or a CI system: the same keys, message and
    /// hint in the interface language.
    pub fn shown(&self) -> impl Serialize + '_ {
        Shown::from(self)
    }

    /// Sets the lint code.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    /// Sets the profile path.
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    /// Sets the hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Sets the position.
    pub fn at(mut self, pos: Pos) -> Self {
        if pos.line > 0 {
            self.line = Some(pos.line);
            self.column = Some(pos.column.max(1));
            self.offset = Some(pos.offset);
        }
        self
    }

    /// The rule the finding belongs to: its lint code, or [`PROFILE_CODE`] for a profile
    /// that cannot be read (syntax, structure, value), so every finding has a code in CI
    /// reports.
    pub fn rule_id(&self) -> &'static str {
        self.code.unwrap_or(PROFILE_CODE)
    }

    /// Is this an error?
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Is this a warning the profile accepts (`accepted_findings`)?
    pub fn is_accepted(&self) -> bool {
        self.accepted.is_some()
    }

    /// Renders the diagnostic for a terminal or log: headline, location, source line with a
    /// caret, hint. Control and invisible characters are shown as `\u{…}`, never sent raw.
    pub fn render(&self, file: &str, source: &str) -> String {
        self.render_with(file, &SourceLines::new(source))
    }

    /// [`Diagnostic::render`] with the source's lines already indexed.
    pub fn render_with(&self, file: &str, lines: &SourceLines<'_>) -> String {
        let mut out = String::new();
        let code = self.code.map(|c| format!("[{c}]")).unwrap_or_default();
        if let Some(reason) = &self.accepted {
            // Accepted knowingly: one line, not repeated as a warning.
            let place = match (self.line, self.column) {
                (Some(line), Some(column)) => format!("{}:{line}:{column}", visible(file)),
                _ => visible(file),
            };
            let _ = writeln!(
                out,
                "{}{code}: {} ({place}) – {}: {}",
                t("hingenommen", "accepted"),
                visible(self.shown_message()),
                t("Begründung", "reason"),
                visible(reason)
            );
            return out;
        }
        let _ = writeln!(
            out,
            "{}{code}: {}",
            self.severity.label(),
            visible(self.shown_message())
        );
        let pad = " ".repeat(self.line.map_or(1, |l| l.to_string().len()));
        let file = visible(file);
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                let _ = writeln!(out, "{pad}--> {file}:{line}:{column}");
                if let Some(text) = lines.line(line) {
                    let (shown, caret_at, token_len) = snippet(text, column);
                    let _ = writeln!(out, "{pad} |");
                    let _ = writeln!(out, "{line} | {shown}");
                    let _ = writeln!(
                        out,
                        "{pad} | {}{}",
                        " ".repeat(caret_at),
                        "^".repeat(token_len)
                    );
                }
            }
            _ => {
                let _ = writeln!(out, "{pad}--> {file}");
            }
        }
        if let Some(hint) = self.shown_hint() {
            let _ = writeln!(out, "{pad} = {}: {}", t("Hinweis", "help"), visible(hint));
        }
        if let Some(code) = self.code {
            let _ = writeln!(
                out,
                "{pad} = {}: dsgvo-gen explain {code}",
                t("Begründung", "why")
            );
        }
        out
    }
}

/// Escapes the message part of a GitHub workflow command.
fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`) of a GitHub workflow command.
fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The diagnostic as a GitHub Actions workflow command
/// (`::error file=…,line=…,col=…,title=…::…`), which the pull-request view shows at that line
/// of the profile. Code and hint are part of the message; control characters are made visible.
pub fn github_annotation(d: &Diagnostic, file: &str) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut props = vec![format!("file={}", github_property(&visible(file)))];
    if let Some(line) = d.line {
        props.push(format!("line={line}"));
    }
    if let Some(col) = d.column {
        props.push(format!("col={col}"));
    }
    let title = match d.code {
        Some(code) => format!("dsgvo-gen {code}"),
        None => "dsgvo-gen".to_owned(),
    };
    props.push(format!("title={}", github_property(&title)));
    let mut message = visible(d.shown_message());
    if let Some(hint) = d.shown_hint() {
        message.push_str(&format!("\n{}: {}", t("Hinweis", "help"), visible(hint)));
    }
    if let Some(code) = d.code {
        message.push_str(&format!(
            "\n{}: dsgvo-gen explain {code}",
            t("Begründung", "why")
        ));
    }
    format!("::{command} {}::{}", props.join(","), github_data(&message))
}

/// Most diagnostics printed as text per file; the rest are counted ("… und N weitere").
pub const MAX_PRINTED: usize = 50;

/// Renders `diagnostics` as text, at most [`MAX_PRINTED`] of them, indexing the source once.
pub fn render_list(diagnostics: &[&Diagnostic], file: &str, source: &str) -> String {
    let lines = SourceLines::new(source);
    let mut parts: Vec<String> = diagnostics
        .iter()
        .take(MAX_PRINTED)
        .map(|d| d.render_with(file, &lines))
        .collect();
    if diagnostics.len() > MAX_PRINTED {
        parts.push(tr!(
            "… und {} weitere Meldungen in {} (vollständig in der JSON-Ausgabe)\n",
            "… and {} more messages in {} (all of them in the JSON output)\n",
            diagnostics.len() - MAX_PRINTED,
            visible(file)
        ));
    }
    parts.join("\n")
}

/// The lines of a source text, indexed once so that rendering many diagnostics stays linear.
pub struct SourceLines<'a> {
    source: &'a str,
    starts: Vec<usize>,
}

impl<'a> SourceLines<'a> {
    /// Indexes `source`.
    pub fn new(source: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceLines { source, starts }
    }

    /// Line `n` (1-based) without its line end.
    pub fn line(&self, n: u32) -> Option<&'a str> {
        let i = usize::try_from(n).ok()?.checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).map_or(self.source.len(), |e| e - 1);
        self.source
            .get(start..end)
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
    }
}

/// Widest source excerpt shown, in characters.
const SNIPPET_WIDTH: usize = 100;

/// The part of `text` to show around `column` (made visible, shortened with `…`), the caret's
/// offset in it and the caret's width.
fn snippet(text: &str, column: u32) -> (String, usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let at = (column.saturating_sub(1) as usize).min(chars.len());
    let start = at.saturating_sub(SNIPPET_WIDTH / 2);
    let end = (start + SNIPPET_WIDTH).min(chars.len());
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    let mut caret_at = shown.chars().count();
    for (i, c) in chars[start..end].iter().enumerate() {
        let piece = visible(&c.to_string());
        if start + i < at {
            caret_at += piece.chars().count();
        }
        shown.push_str(&piece);
    }
    if end < chars.len() {
        shown.push('…');
    }
    let token_len = chars[at..end]
        .iter()
        .take_while(|c| !matches!(c, ':' | ' ' | ','))
        .count()
        .max(1);
    (shown, caret_at, token_len)
}

/// Is `c` a control or invisible formatting character (which a terminal or a reader would not
/// see, or which would act: escape sequences, bidirectional overrides, byte-order marks)?
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// `text` with every control or invisible character written as `\u{…}`.
pub fn visible(text: &str) -> String {
    if !text.chars().any(is_invisible) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_invisible(c) {
            let _ = write!(out, "\\u{{{:X}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Longest part of a user value quoted in a message, in characters.
const QUOTE_CHARS: usize = 60;

/// A user value for a message: visible (see [`visible`]) and at most 60 characters, with the
/// full length named when it was shortened.
pub fn quote(value: &str) -> String {
    let count = value.chars().count();
    if count <= QUOTE_CHARS {
        return visible(value);
    }
    let head: String = value.chars().take(QUOTE_CHARS).collect();
    tr!(
        "{}… ({count} Zeichen)",
        "{}… ({count} characters)",
        visible(&head)
    )
}

/// Sorts diagnostics by position, then errors before warnings, for stable output.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (
            a.line.unwrap_or(u32::MAX),
            a.column,
            a.severity,
            a.code,
            &a.message,
        )
            .cmp(&(
                b.line.unwrap_or(u32::MAX),
                b.column,
                b.severity,
                b.code,
                &b.message,
            ))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_snippet_and_hint() {
        let source = "company:\n  nmae: X\n";
        let d = Diagnostic::error("unbekannter Schlüssel `nmae` in `company`")
            .at(Pos {
                line: 2,
                column: 3,
                offset: 11,
                len: 4,
            })
            .with_hint("meinten Sie `name`?");
        let text = d.render("profil.yaml", source);
        assert_eq!(
            text,
            "Fehler: unbekannter Schlüssel `nmae` in `company`\n --> profil.yaml:2:3\n  |\n2 |   nmae: X\n  |   ^^^^\n  = Hinweis: meinten Sie `name`?\n"
        );
    }

    #[test]
    fn control_characters_are_shown_never_sent() {
        let source = "company:\n  name: \"A\u{1b}[31mB\"\n";
        let d = Diagnostic::error("Wert „A\u{1b}[31mB“").at(Pos {
            line: 2,
            column: 9,
            offset: 0,
            len: 0,
        });
        let text = d.render("p.yaml", source);
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(text.contains("A\\u{1B}[31mB"), "{text}");
    }

    #[test]
    fn long_lines_and_values_are_shortened() {
        let long = "x".repeat(10_000);
        let source = format!("name: {long}\n");
        let d = Diagnostic::error(format!("„{}“", quote(&long))).at(Pos {
            line: 1,
            column: 7,
            offset: 0,
            len: 0,
        });
        let text = d.render("p.yaml", &source);
        assert!(text.len() < 400, "{}", text.len());
        assert!(text.contains("(10000 Zeichen)"), "{text}");
    }

    #[test]
    fn github_annotations_point_at_the_line_and_escape_their_text() {
        let d = Diagnostic::error("Wert 100% falsch, a:b")
            .with_code("DSG001")
            .at(Pos {
                line: 46,
                column: 3,
                offset: 0,
                len: 0,
            });
        assert_eq!(
            github_annotation(&d, "kunden/a,b.yaml"),
            "::error file=kunden/a%2Cb.yaml,line=46,col=3,title=dsgvo-gen DSG001::Wert 100%25 falsch, a:b%0ABegründung: dsgvo-gen explain DSG001"
        );
        let w = Diagnostic::new(Severity::Warning, "w");
        assert_eq!(
            github_annotation(&w, "p.yaml"),
            "::warning file=p.yaml,title=dsgvo-gen::w"
        );
    }

    #[test]
    fn lists_are_capped() {
        let all: Vec<Diagnostic> = (0..60)
            .map(|i| Diagnostic::error(format!("F{i}")))
            .collect();
        let refs: Vec<&Diagnostic> = all.iter().collect();
        let text = render_list(&refs, "p.yaml", "");
        assert!(text.contains("F49") && !text.contains("F50"), "{text}");
        assert!(text.contains("… und 10 weitere Meldungen"), "{text}");
    }
}
