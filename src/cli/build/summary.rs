//! The batch summary: one aligned status line per client on the terminal, warnings grouped by
//! code across clients; the details per client in `uebersicht.md`, the table in
//! `uebersicht.csv`, everything in `summary.json`.

use super::json::{self, Health};
use super::{Failure, ProfileResult, Status};
use crate::diagnostic::Diagnostic;
use crate::output::{self, Artifact, Mode};
use crate::tr;
use crate::ui::t;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Width used when the terminal's cannot be read (a pipe, a CI log).
const DEFAULT_WIDTH: usize = 100;
/// Narrowest width the summary is laid out for.
const MIN_WIDTH: usize = 40;
/// Widest client name shown; longer ones are shortened with `…`.
const MAX_NAME: usize = 32;

/// Width of the terminal on stdout, else `COLUMNS`, else 100.
pub fn terminal_width() -> usize {
    let from_tty = std::io::stdout()
        .is_terminal()
        .then(terminal_size::terminal_size)
        .flatten()
        .map(|(w, _)| usize::from(w.0));
    from_tty
        .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// `text` shortened to `width` characters, with `…` where it was cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
    s.push('…');
    s
}

fn pad(text: &str, width: usize) -> String {
    let n = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(n)))
}

/// Where a diagnostic is (`datei:zeile:spalte`).
fn location(file: &str, d: &Diagnostic) -> String {
    match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
        (Some(l), None) => format!("{file}:{l}"),
        _ => file.to_owned(),
    }
}

/// What the consultant does about one client, in a few words.
fn action(r: &ProfileResult) -> String {
    let first_error = r.diagnostics.iter().find(|d| d.is_error());
    let fix = |r: &ProfileResult| {
        let at = first_error.map_or_else(|| r.file.clone(), |d| location(&r.file, d));
        tr!(
            "{} Fehler beheben ({at})",
            "fix {} error(s) ({at})",
            r.errors
        )
    };
    if r.status == Status::Built && !r.drift.is_empty() {
        let causes: Vec<&str> = r
            .drift_causes
            .iter()
            .map(|c| c.label.split(';').next().unwrap_or_default())
            .collect();
        return tr!(
            "{} Datei(en) nicht aktuell: {}",
            "{} file(s) not up to date: {}",
            r.drift.len(),
            causes.join(", ")
        );
    }
    match Health::of(r) {
        Health::Ok => tr!("{} Dateien aktuell", "{} files up to date", r.files.len()),
        Health::Skipped => t(
            "unverändert, nicht neu erzeugt",
            "unchanged, not generated again",
        )
        .to_owned(),
        Health::Warnings => {
            let codes = json::warning_codes(&r.diagnostics).join(", ");
            let unchanged = if r.skipped {
                t(", unverändert", ", unchanged")
            } else {
                ""
            };
            let n = r.warnings;
            if n == 1 {
                tr!(
                    "{n} Warnung prüfen ({codes}){unchanged}",
                    "check {n} warning ({codes}){unchanged}"
                )
            } else {
                tr!(
                    "{n} Warnungen prüfen ({codes}){unchanged}",
                    "check {n} warnings ({codes}){unchanged}"
                )
            }
        }
        Health::Stale => {
            tr!(
                "{}; alte Mappe bleibt, markiert mit {}",
                "{}; the old pack stays, marked with {}",
                fix(r),
                super::stale::MARKER
            )
        }
        Health::Errors => fix(r),
    }
}

/// The warnings of all clients grouped by code: code → (clients, title).
fn grouped(results: &[ProfileResult]) -> BTreeMap<&'static str, usize> {
    let mut by_code: BTreeMap<&'static str, usize> = BTreeMap::new();
    for r in results {
        for code in json::warning_codes(&r.diagnostics) {
            *by_code.entry(code).or_default() += 1;
        }
    }
    by_code
}

/// The terminal summary: one line per client, then one line per warning code, then the totals.
/// Its length depends on the number of clients and codes, never on the number of warnings.
pub fn terminal(results: &[ProfileResult], verbose: bool, width: usize, root: &Path) -> String {
    let name_w = results
        .iter()
        .map(|r| r.client.chars().count().min(MAX_NAME))
        .max()
        .unwrap_or(0)
        .max(t("Kunde", "Client").len());
    let status_w = "übersprungen".chars().count();
    let mut s = String::new();
    let line = |s: &mut String, text: String| {
        s.push_str(&fit(text.trim_end(), width));
        s.push('\n');
    };
    line(
        &mut s,
        format!(
            "{}  {}  {}",
            pad(t("Kunde", "Client"), name_w),
            pad("Status", status_w),
            t("Was tun", "What to do")
        ),
    );
    for r in results {
        line(
            &mut s,
            format!(
                "{}  {}  {}",
                pad(&fit(&r.client, MAX_NAME), name_w),
                pad(terminal_label(Health::of(r)), status_w),
                action(r)
            ),
        );
    }
    let by_code = grouped(results);
    if !by_code.is_empty() {
        let details = if verbose {
            tr!(
                "einzeln oben, je Kunde in {}",
                "one by one above, per client in {}",
                root.join("uebersicht.md").display()
            )
        } else {
            tr!(
                "je Kunde in {}, einzeln mit -v",
                "per client in {}, one by one with -v",
                root.join("uebersicht.md").display()
            )
        };
        line(
            &mut s,
            tr!("\nWarnungen ({details}):", "\nWarnings ({details}):"),
        );
        for (code, clients) in by_code {
            let title = crate::profile::lints::find(code).map_or("", |l| t(l.title, l.title_en));
            let who = if clients == 1 {
                t("Kunde", "client")
            } else {
                t("Kunden", "clients")
            };
            line(&mut s, format!("  {code} ×{clients} {who} – {title}"));
        }
    }
    let mut counts: BTreeMap<Health, usize> = BTreeMap::new();
    for r in results {
        *counts.entry(Health::of(r)).or_default() += 1;
    }
    let parts: Vec<String> = counts
        .iter()
        .map(|(h, n)| format!("{}: {n}", terminal_label(*h)))
        .collect();
    line(
        &mut s,
        tr!(
            "\n{} Kunde(n) – {}",
            "\n{} client(s) – {}",
            results.len(),
            parts.join(", ")
        ),
    );
    s
}

/// The state's label in the terminal (the files and the JSON keep the German one).
fn terminal_label(h: Health) -> &'static str {
    match h {
        Health::Ok => "ok",
        Health::Skipped => t("übersprungen", "skipped"),
        Health::Warnings => t("Warnungen", "warnings"),
        Health::Stale => t("veraltet", "outdated"),
        Health::Errors => t("Fehler", "errors"),
    }
}

/// A value or message in `uebersicht.md`: printed literally, never a link, image or HTML, with
/// control characters shown.
fn cell(text: &str) -> String {
    crate::render::escape::escape_plain(&crate::diagnostic::visible(text))
}

/// The table of `uebersicht.md`.
fn markdown_table(results: &[ProfileResult]) -> String {
    let mut s = String::from(
        "| Profil | Unternehmen | Status | Variante | Fehler | Warnungen | Warnungscodes | DSFA | Höchstes Restrisiko | Stand | Ergebnis |\n| --- | --- | --- | --- | ---: | ---: | --- | --- | --- | --- | --- |\n",
    );
    for r in results {
        let outcome = match r.status {
            Status::Built => format!("{} Dateien in {}", r.files.len(), r.output_dir),
            Status::Failed if r.stale.is_some() => {
                "nicht erzeugt; alter Stand als veraltet markiert".to_owned()
            }
            Status::Failed => "nicht erzeugt".to_owned(),
        };
        let codes = json::warning_codes(&r.diagnostics).join(", ");
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(&r.file),
            cell(r.company.as_deref().unwrap_or("–")),
            Health::of_pack(r).label(),
            r.variant.map_or("–", crate::legal::labels::variant),
            r.errors,
            r.warnings,
            if codes.is_empty() {
                "–".to_owned()
            } else {
                codes
            },
            r.risk
                .as_ref()
                .map_or("–", |s| json::dpia_short(s.dpia_result)),
            r.risk.as_ref().map_or("–", |s| s.highest_net_risk.label()),
            r.stand.map_or("–".to_owned(), |d| d.german()),
            cell(&outcome),
        );
    }
    s
}

fn diagnostic_line(d: &Diagnostic) -> String {
    let at = d.line.map(|l| format!("Zeile {l}: ")).unwrap_or_default();
    let code = d.code.map(|c| format!("{c} ")).unwrap_or_default();
    format!("- {at}{code}{}\n", cell(&d.message))
}

/// `uebersicht.md`: the table, then per client what is wrong.
fn markdown(results: &[ProfileResult]) -> String {
    let failed = results
        .iter()
        .filter(|r| r.status == Status::Failed)
        .count();
    let mut s = format!(
        "# Übersicht der Datenschutzdokumentation\n\n{} Profil(e), davon {} erzeugt und {} nicht erzeugt.\n\n",
        results.len(),
        results.len() - failed,
        failed
    );
    s.push_str(&markdown_table(results));
    let failures: Vec<&ProfileResult> = results
        .iter()
        .filter(|r| r.status == Status::Failed)
        .collect();
    if !failures.is_empty() {
        s.push_str("\n## Nicht erzeugt\n\n");
        for r in failures {
            let _ = writeln!(s, "### {}\n", cell(&r.file));
            if let Some(stale) = &r.stale {
                let _ = writeln!(
                    s,
                    "Veraltet seit {}: der Ordner {} enthält noch den Stand vom {}; er ist mit {} markiert.\n",
                    stale.since,
                    cell(&r.output_dir),
                    stale.last_good_stand,
                    super::stale::MARKER
                );
            }
            for d in r.diagnostics.iter().filter(|d| d.is_error()) {
                s.push_str(&diagnostic_line(d));
            }
            s.push('\n');
        }
    }
    let warned: Vec<&ProfileResult> = results
        .iter()
        .filter(|r| r.status == Status::Built && r.warnings > 0)
        .collect();
    if !warned.is_empty() {
        s.push_str("\n## Warnungen je Kunde\n\n");
        for r in warned {
            let _ = writeln!(s, "### {}\n", cell(&r.file));
            for d in r
                .diagnostics
                .iter()
                .filter(|d| !d.is_error() && !d.is_accepted())
            {
                s.push_str(&diagnostic_line(d));
            }
            s.push('\n');
        }
    }
    // Findings a profile accepts knowingly stand apart, with their reason, not as warnings.
    let accepting: Vec<&ProfileResult> = results
        .iter()
        .filter(|r| r.diagnostics.iter().any(Diagnostic::is_accepted))
        .collect();
    if !accepting.is_empty() {
        s.push_str("\n## Hingenommene Befunde\n\n");
        for r in accepting {
            let _ = writeln!(s, "### {}\n", cell(&r.file));
            for d in r.diagnostics.iter().filter(|d| d.is_accepted()) {
                let line = diagnostic_line(d);
                let reason = d.accepted.as_deref().unwrap_or_default();
                let _ = writeln!(s, "{} – Begründung: {}", line.trim_end(), cell(reason));
            }
            s.push('\n');
        }
    }
    s
}

/// One CSV field (RFC 4180, `;`-separated for German spreadsheets). A field that a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
fn csv_field(text: &str) -> String {
    let text = crate::diagnostic::visible(text);
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// `uebersicht.csv`: one row per client, `;`-separated, UTF-8 with a byte-order mark so that
/// spreadsheet programs read the umlauts.
fn csv(results: &[ProfileResult]) -> String {
    let mut s = String::from(
        "\u{feff}Kunde;Profil;Unternehmen;Status;Status-ID;Fehler;Warnungen;Warnungscodes;DSFA;Höchstes Restrisiko;Stand;Veraltet seit;Ordner\r\n",
    );
    for r in results {
        let health = Health::of_pack(r);
        let fields = [
            r.client.clone(),
            r.file.clone(),
            r.company.clone().unwrap_or_default(),
            health.label().to_owned(),
            health.id().to_owned(),
            r.errors.to_string(),
            r.warnings.to_string(),
            json::warning_codes(&r.diagnostics).join(" "),
            r.risk
                .as_ref()
                .map_or("", |s| json::dpia_short(s.dpia_result))
                .to_owned(),
            r.risk
                .as_ref()
                .map_or("", |s| s.highest_net_risk.label())
                .to_owned(),
            r.stand.map(|d| d.to_string()).unwrap_or_default(),
            r.stale
                .as_ref()
                .map(|s| s.since.clone())
                .unwrap_or_default(),
            r.output_dir.clone(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        s.push_str(&row.join(";"));
        s.push_str("\r\n");
    }
    s
}

/// Writes `uebersicht.md`, `uebersicht.csv` and `summary.json` into the output root (or checks
/// them).
pub fn write(
    root: &Path,
    results: &[ProfileResult],
    template_set: &str,
    mode: Mode,
) -> Result<(), Failure> {
    let mut json =
        json::build_report(results, Some(template_set), false).map_err(Failure::Internal)?;
    json.push('\n');
    let artifacts = [
        Artifact {
            path: PathBuf::from("uebersicht.md"),
            bytes: markdown(results).into_bytes(),
        },
        Artifact {
            path: PathBuf::from("uebersicht.csv"),
            bytes: csv(results).into_bytes(),
        },
        Artifact {
            path: PathBuf::from("summary.json"),
            bytes: json.into_bytes(),
        },
    ];
    output::apply(root, None, &artifacts, mode)
        .map(|_| ())
        .map_err(|e| {
            Failure::User(crate::tr!(
                "Übersicht nicht geschrieben: {e}",
                "overview not written: {e}"
            ))
        })
}

/// File names of drift entries of one kind, relative to the client folder.
fn drift_names(r: &ProfileResult, kind: &str) -> Vec<String> {
    r.drift
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| {
            Path::new(&d.path)
                .file_name()
                .map_or_else(|| d.path.clone(), |n| n.to_string_lossy().into_owned())
        })
        .collect()
}

/// `--check`: one block per client — how many files, why, and the files grouped by kind.
pub fn drift_block(r: &ProfileResult, batch: bool) -> String {
    let causes: Vec<&str> = r.drift_causes.iter().map(|c| c.label.as_str()).collect();
    let who = if batch {
        r.client.as_str()
    } else {
        r.output_dir.as_str()
    };
    let mut s = tr!(
        "{who}: {} Datei(en) nicht aktuell – {}\n",
        "{who}: {} file(s) not up to date – {}\n",
        r.drift.len(),
        causes.join("; ")
    );
    for (kind, label) in [
        ("changed", t("würden sich ändern", "would change")),
        ("missing", t("fehlen", "missing")),
    ] {
        let names = drift_names(r, kind);
        if !names.is_empty() {
            let _ = writeln!(s, "  {label}: {}", names.join(", "));
        }
    }
    s
}

/// `--check --message-format github`: one error annotation per drifting client, at the profile.
pub fn drift_annotations(r: &ProfileResult) -> Vec<String> {
    if r.drift.is_empty() {
        return Vec::new();
    }
    let causes: Vec<&str> = r.drift_causes.iter().map(|c| c.label.as_str()).collect();
    let d = Diagnostic::error(format!(
        "{} Datei(en) in {} nicht aktuell: {}",
        r.drift.len(),
        r.output_dir,
        causes.join("; ")
    ));
    vec![crate::diagnostic::github_annotation(&d, &r.file)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("Er sagte \"ja\""), "\"Er sagte \"\"ja\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("Bäckerei"), "Bäckerei");
    }

    #[test]
    fn long_lines_are_cut_to_the_width() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 4), "abc");
    }
}
