//! The one JSON shape of `summary.json`, `build --message-format json` and
//! `validate --format json` (schema version 1, documented in `docs/json-report.md`).
//!
//! Every enum value is a stable English `id` next to a German `label`; labels may change
//! between versions, ids and field names only with a new `schema_version`.

use super::{DriftEntry, ProfileResult, Status, fresh::Cause, stale::Stale};
use crate::diagnostic::Diagnostic;
use crate::legal::risks::RiskClass;
use crate::profile::load::Loaded;
use crate::profile::model::Variant;
use crate::risk::threshold::DpiaResult;
use serde::Serialize;

/// Version of the JSON shape; raised when a field is removed or renamed, or an id changes.
pub const SCHEMA_VERSION: u32 = 1;

/// An enum value: stable id and German label.
#[derive(Debug, Clone, Serialize)]
pub struct Labelled {
    pub id: &'static str,
    pub label: String,
}

fn labelled(id: &'static str, label: impl Into<String>) -> Labelled {
    Labelled {
        id,
        label: label.into(),
    }
}

/// State of one client, as shown in the terminal summary, `uebersicht.*` and the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Health {
    /// Built (or unchanged), no findings.
    Ok,
    /// Unchanged since the last build and no findings: nothing was typeset.
    Skipped,
    /// Built (or unchanged) with warnings.
    Warnings,
    /// Not built; the last good pack is kept and marked stale.
    Stale,
    /// Not built, no earlier pack.
    Errors,
}

impl Health {
    /// Stable English id.
    pub fn id(self) -> &'static str {
        match self {
            Health::Ok => "ok",
            Health::Skipped => "skipped",
            Health::Warnings => "warnings",
            Health::Stale => "stale",
            Health::Errors => "errors",
        }
    }

    /// German label.
    pub fn label(self) -> &'static str {
        match self {
            Health::Ok => "ok",
            Health::Skipped => "übersprungen",
            Health::Warnings => "Warnungen",
            Health::Stale => "veraltet",
            Health::Errors => "Fehler",
        }
    }

    /// The state of a build result in this run (`skipped` when nothing was typeset).
    pub fn of(r: &ProfileResult) -> Health {
        match Health::of_pack(r) {
            Health::Ok if r.skipped => Health::Skipped,
            other => other,
        }
    }

    /// The state of the client's pack, whether or not this run rebuilt it (never `skipped`):
    /// what the summary files record, so that an unchanged run leaves them unchanged.
    pub fn of_pack(r: &ProfileResult) -> Health {
        match r.status {
            Status::Failed if r.stale.is_some() => Health::Stale,
            Status::Failed => Health::Errors,
            Status::Built if r.warnings > 0 => Health::Warnings,
            Status::Built => Health::Ok,
        }
    }
}

fn variant(v: Variant) -> Labelled {
    let id = match v {
        Variant::Private => "private",
        Variant::BusinessApp => "business_app",
        Variant::BusinessAppCoexistence => "business_app_coexistence",
        Variant::CloudApi => "cloud_api",
        Variant::CloudApiBsp => "cloud_api_bsp",
    };
    labelled(id, crate::legal::labels::variant(v))
}

/// Short German label of the threshold analysis' outcome (for tables).
pub fn dpia_short(d: DpiaResult) -> &'static str {
    match d {
        DpiaResult::Mandatory => "Pflicht",
        DpiaResult::Recommended => "empfohlen",
        DpiaResult::ThresholdMemo => "Schwellwertvermerk genügt",
    }
}

fn dpia(d: DpiaResult) -> Labelled {
    let id = match d {
        DpiaResult::Mandatory => "mandatory",
        DpiaResult::Recommended => "recommended",
        DpiaResult::ThresholdMemo => "threshold_memo",
    };
    labelled(id, dpia_short(d))
}

fn risk(r: RiskClass) -> Labelled {
    let id = match r {
        RiskClass::Gering => "low",
        RiskClass::Risiko => "medium",
        RiskClass::Hoch => "high",
    };
    labelled(id, r.label())
}

/// The codes of the open warnings (accepted findings are not open), sorted, each once.
pub fn warning_codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = diagnostics
        .iter()
        .filter(|d| !d.is_error() && !d.is_accepted())
        .filter_map(|d| d.code)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// One profile.
#[derive(Serialize)]
struct Entry<'a> {
    file: &'a str,
    client: Option<&'a str>,
    status: &'static str,
    status_label: &'static str,
    company: Option<&'a str>,
    variant: Option<Labelled>,
    errors: usize,
    warnings: usize,
    warning_codes: Vec<&'static str>,
    dpia: Option<Labelled>,
    highest_net_risk: Option<Labelled>,
    dpo_required: Option<bool>,
    prior_consultation: Option<bool>,
    stand: Option<String>,
    output_dir: Option<&'a str>,
    files: &'a [String],
    stale: Option<&'a Stale>,
    diagnostics: Findings<'a>,
    /// What this run did; absent in `summary.json` and for `validate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    run: Option<RunEntry<'a>>,
}

/// A profile's findings: for output (`shown`) in the interface language, in `summary.json`
/// as the documents have them (German), so the file does not depend on who ran the build.
struct Findings<'a> {
    list: &'a [Diagnostic],
    shown: bool,
}

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(self.list.len()))?;
        for d in self.list {
            if self.shown {
                seq.serialize_element(&d.shown())?;
            } else {
                seq.serialize_element(d)?;
            }
        }
        seq.end()
    }
}

/// What one run did with a profile.
#[derive(Serialize)]
struct RunEntry<'a> {
    written: usize,
    unchanged: usize,
    skipped: bool,
    drift: &'a [DriftEntry],
    drift_causes: &'a [Cause],
}

#[derive(Serialize, Default)]
struct Totals {
    profiles: usize,
    ok: usize,
    skipped: usize,
    warnings: usize,
    stale: usize,
    errors: usize,
    /// Profiles not built (`stale` + `errors`).
    failed: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    files_written: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    files_unchanged: Option<usize>,
    /// Files missing or changed (`build --check`).
    #[serde(skip_serializing_if = "Option::is_none")]
    drift: Option<usize>,
}

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    command: &'static str,
    tool: &'static str,
    tool_version: &'static str,
    template_set: Option<&'a str>,
    facts_checked_on: &'static str,
    totals: Totals,
    profiles: Vec<Entry<'a>>,
}

fn count(totals: &mut Totals, health: Health) {
    totals.profiles += 1;
    match health {
        Health::Ok => totals.ok += 1,
        Health::Skipped => totals.skipped += 1,
        Health::Warnings => totals.warnings += 1,
        Health::Stale => totals.stale += 1,
        Health::Errors => totals.errors += 1,
    }
    if matches!(health, Health::Stale | Health::Errors) {
        totals.failed += 1;
    }
}

fn render(report: &Report<'_>) -> Result<String, String> {
    serde_json::to_string_pretty(report).map_err(|e| e.to_string())
}

/// The report of a `build` run: with `run`, what this run did (`--message-format json`);
/// without, the state of the packs only (`summary.json`, unchanged by a run that changes
/// nothing).
pub fn build_report(
    results: &[ProfileResult],
    template_set: Option<&str>,
    run: bool,
) -> Result<String, String> {
    let mut totals = Totals::default();
    if run {
        totals.files_written = Some(results.iter().map(|r| r.written).sum());
        totals.files_unchanged = Some(results.iter().map(|r| r.unchanged).sum());
        totals.drift = Some(results.iter().map(|r| r.drift.len()).sum());
    }
    let profiles = results
        .iter()
        .map(|r| {
            let health = if run {
                Health::of(r)
            } else {
                Health::of_pack(r)
            };
            count(&mut totals, health);
            Entry {
                file: &r.file,
                client: Some(&r.client),
                status: health.id(),
                status_label: health.label(),
                company: r.company.as_deref(),
                variant: r.variant.map(variant),
                errors: r.errors,
                warnings: r.warnings,
                warning_codes: warning_codes(&r.diagnostics),
                dpia: r.risk.as_ref().map(|s| dpia(s.dpia_result)),
                highest_net_risk: r.risk.as_ref().map(|s| risk(s.highest_net_risk)),
                dpo_required: r.risk.as_ref().map(|s| s.dpo_required),
                prior_consultation: r.risk.as_ref().map(|s| s.prior_consultation),
                stand: r.stand.map(|d| d.to_string()),
                output_dir: (!r.output_dir.is_empty()).then_some(r.output_dir.as_str()),
                files: &r.files,
                stale: r.stale.as_ref(),
                diagnostics: Findings {
                    list: &r.diagnostics,
                    shown: run,
                },
                run: run.then_some(RunEntry {
                    written: r.written,
                    unchanged: r.unchanged,
                    skipped: r.skipped,
                    drift: &r.drift,
                    drift_causes: &r.drift_causes,
                }),
            }
        })
        .collect();
    render(&Report {
        schema_version: SCHEMA_VERSION,
        command: "build",
        tool: "dsgvo-gen",
        tool_version: crate::VERSION,
        template_set,
        facts_checked_on: crate::legal::latest_check(),
        totals,
        profiles,
    })
}

/// The report of a `validate` run.
pub fn validate_report(loaded: &[Loaded], stand: crate::date::Date) -> Result<String, String> {
    let mut totals = Totals::default();
    let summaries: Vec<Option<crate::risk::Summary>> = loaded
        .iter()
        .map(|l| l.profile.as_ref().map(|p| crate::risk::assess(p).summary()))
        .collect();
    let profiles = loaded
        .iter()
        .zip(&summaries)
        .map(|(l, summary)| {
            let errors = l.diagnostics.iter().filter(|d| d.is_error()).count();
            let warnings = l.diagnostics.len() - errors;
            let health = if errors > 0 {
                Health::Errors
            } else if warnings > 0 {
                Health::Warnings
            } else {
                Health::Ok
            };
            count(&mut totals, health);
            Entry {
                file: &l.name,
                client: None,
                status: health.id(),
                status_label: health.label(),
                company: l.profile.as_ref().map(|p| p.raw.company.name.as_str()),
                variant: l.profile.as_ref().map(|p| variant(p.variant())),
                errors,
                warnings,
                warning_codes: warning_codes(&l.diagnostics),
                dpia: summary.as_ref().map(|s| dpia(s.dpia_result)),
                highest_net_risk: summary.as_ref().map(|s| risk(s.highest_net_risk)),
                dpo_required: summary.as_ref().map(|s| s.dpo_required),
                prior_consultation: summary.as_ref().map(|s| s.prior_consultation),
                stand: l
                    .profile
                    .as_ref()
                    .map(|p| p.stand.unwrap_or(stand).to_string()),
                output_dir: None,
                files: &[],
                stale: None,
                diagnostics: Findings {
                    list: &l.diagnostics,
                    shown: true,
                },
                run: None,
            }
        })
        .collect();
    render(&Report {
        schema_version: SCHEMA_VERSION,
        command: "validate",
        tool: "dsgvo-gen",
        tool_version: crate::VERSION,
        template_set: None,
        facts_checked_on: crate::legal::latest_check(),
        totals,
        profiles,
    })
}
