//! Diagnostics: problems in a profile (structure, values, compliance lints) with the place in
//! the file they refer to, and their rendering as compiler-style text.

use crate::profile::node::Pos;
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
    /// German label.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "Fehler",
            Severity::Warning => "Warnung",
        }
    }
}

/// One finding about a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable lint code (`DSG001`); `None` for syntax and structure problems.
    pub code: Option<&'static str>,
    /// What is wrong.
    pub message: String,
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
    #[serde(skip)]
    offset: Option<usize>,
}

impl Diagnostic {
    /// A new diagnostic without position.
    pub fn new(severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code: None,
            message: message.into(),
            path: String::new(),
            line: None,
            column: None,
            hint: None,
            offset: None,
        }
    }

    /// An error without position.
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Error, message)
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

    /// Is this an error?
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic for a terminal or log: headline, location, source line with a
    /// caret, hint.
    pub fn render(&self, file: &str, source: &str) -> String {
        let mut out = String::new();
        let code = self.code.map(|c| format!("[{c}]")).unwrap_or_default();
        let _ = writeln!(out, "{}{code}: {}", self.severity.label(), self.message);
        let pad = " ".repeat(self.line.map_or(1, |l| l.to_string().len()));
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                let _ = writeln!(out, "{pad}--> {file}:{line}:{column}");
                if let Some(text) = source.lines().nth(line as usize - 1) {
                    let shown: String = text.chars().filter(|c| !c.is_control()).collect();
                    let caret_at = column.saturating_sub(1) as usize;
                    let token_len = shown
                        .chars()
                        .skip(caret_at)
                        .take_while(|c| !matches!(c, ':' | ' ' | ','))
                        .count()
                        .max(1);
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
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "{pad} = Hinweis: {hint}");
        }
        if let Some(code) = self.code {
            let _ = writeln!(out, "{pad} = Begründung: dsgvo-gen explain {code}");
        }
        out
    }
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
}
