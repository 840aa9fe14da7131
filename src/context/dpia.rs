//! View model of the risk assessment (threshold analysis, gross and net ratings with their
//! reasons, risk matrix, measures plan, consequences) for the templates, built from
//! [`crate::risk::assess`]. Everything is formatted and ordered here; templates only arrange it.

use crate::legal::allergens;
use crate::legal::dpia as yardsticks;
use crate::legal::risks::{self, Level, MITIGATIONS, RiskClass};
use crate::profile::model::Measure;
use crate::profile::validate::Profile;
use crate::risk::scoring::{Rating, ScoredRisk, Step};
use crate::risk::threshold::{Check, DpiaResult, Threshold, number_word};
use crate::risk::{self as assessment, Decision};
use crate::text::join_und;
use serde::Serialize;

/// The risk assessment as the templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct DpiaView {
    /// Document 02 is a short threshold memo (no DPIA required and none asked for) rather
    /// than the full Art. 35(7) structure.
    memo_mode: bool,
    checked_on: String,
    result: ResultView,
    general: CheckView,
    regular_cases: Vec<CheckView>,
    muss_liste: Vec<CheckView>,
    muss_liste_source: &'static str,
    threshold_rows: Vec<ThresholdRowView>,
    met_summary: String,
    wp248: Vec<CheckView>,
    wp248_source: &'static str,
    criteria_met: usize,
    criteria_met_text: String,
    levels: Vec<&'static str>,
    classes: Vec<ClassView>,
    risks: Vec<RiskRowView>,
    gross_counts: CountsView,
    net_counts: CountsView,
    highest_gross: ClassView,
    highest_net: ClassView,
    high_net_text: String,
    matrix: MatrixView,
    measures_taken: Vec<MeasureTakenView>,
    measures_open: Vec<MeasureOpenView>,
    dpo: DpoView,
    prior_consultation: ConsultationView,
    decision: DecisionView,
    decision_options: Vec<DecisionOptionView>,
    works_council_agreement: bool,
    allergens: AllergenView,
    not_applicable_text: String,
    necessity: Option<NecessityView>,
}

#[derive(Debug, Clone, Serialize)]
struct AlternativeView {
    name: &'static str,
    assessment: String,
}

#[derive(Debug, Clone, Serialize)]
struct NecessityView {
    purpose: String,
    alternatives: Vec<AlternativeView>,
    proportionate: bool,
    conclusion: String,
}

/// Allergen questions as incidental health data, read by documents 1 to 4.
#[derive(Debug, Clone, Serialize)]
struct AllergenView {
    applies: bool,
    label: &'static str,
    notice: &'static str,
    rule: &'static str,
    principle: &'static str,
    special_categories: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct ResultView {
    key: DpiaResult,
    label: &'static str,
    mandatory: bool,
    recommended: bool,
    memo: bool,
    reasons: Vec<String>,
}

/// One row of the compact threshold table of the memo: a check that is met, or all checks of
/// one yardstick that are not met, named in one line.
#[derive(Debug, Clone, Serialize)]
struct ThresholdRowView {
    label: String,
    reference: &'static str,
    answer: &'static str,
    reason: String,
}

#[derive(Debug, Clone, Serialize)]
struct CheckView {
    key: &'static str,
    title: &'static str,
    short: &'static str,
    reference: &'static str,
    met: bool,
    answer: &'static str,
    reason: String,
}

#[derive(Debug, Clone, Serialize)]
struct ClassView {
    key: RiskClass,
    label: &'static str,
    code: u8,
}

#[derive(Debug, Clone, Serialize)]
struct RatingView {
    likelihood: &'static str,
    likelihood_key: Level,
    severity: &'static str,
    severity_key: Level,
    class: &'static str,
    class_key: RiskClass,
    code: u8,
}

#[derive(Debug, Clone, Serialize)]
struct StepView {
    text: String,
    changed: bool,
}

#[derive(Debug, Clone, Serialize)]
struct ProposalView {
    label: &'static str,
    how: String,
    text: String,
    after: RatingView,
    class_changes: bool,
}

#[derive(Debug, Clone, Serialize)]
struct RiskRowView {
    id: &'static str,
    title: &'static str,
    description: &'static str,
    catalogue_measures: &'static str,
    basis: &'static str,
    residual: Option<&'static str>,
    measures_in_force: String,
    base: RatingView,
    gross: RatingView,
    net: RatingView,
    adjustments: Vec<StepView>,
    /// Measures in force that change the rating, or that cannot address the risk's origin.
    mitigations: Vec<StepView>,
    /// Measures in force that address the risk but change nothing more, because the scale is
    /// already at its lowest step: by name ("Löschkonzept, Sperrliste"), empty for none.
    idle_measures: String,
    proposals: Vec<ProposalView>,
    lowered: bool,
}

#[derive(Debug, Clone, Serialize)]
struct CountsView {
    hoch: usize,
    risiko: usize,
    gering: usize,
}

#[derive(Debug, Clone, Serialize)]
struct MatrixCellView {
    class: &'static str,
    class_key: RiskClass,
    code: u8,
    risks: String,
}

#[derive(Debug, Clone, Serialize)]
struct MatrixRowView {
    severity: &'static str,
    cells: Vec<MatrixCellView>,
}

#[derive(Debug, Clone, Serialize)]
struct MatrixView {
    marker: String,
    rule: &'static str,
    likelihoods: Vec<&'static str>,
    rows: Vec<MatrixRowView>,
}

#[derive(Debug, Clone, Serialize)]
struct MeasureTakenView {
    label: &'static str,
    effects: Vec<String>,
    effects_text: String,
}

#[derive(Debug, Clone, Serialize)]
struct MeasureOpenView {
    label: &'static str,
    how: String,
    /// What implementing it means, where that says more than its name (a setting is named
    /// by its label alone).
    detail: Option<String>,
    priority: &'static str,
    effects: Vec<String>,
    effects_text: String,
}

#[derive(Debug, Clone, Serialize)]
struct DpoView {
    required: bool,
    checks: Vec<CheckView>,
    reasons: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
struct ConsultationView {
    required: bool,
    risks_text: String,
    reason: String,
}

#[derive(Debug, Clone, Serialize)]
struct DecisionView {
    key: Decision,
    label: &'static str,
    reasons: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
struct DecisionOptionView {
    key: Decision,
    label: String,
    recommended: bool,
}

/// The decisions the sign-off form offers. While a high risk remains after the measures (prior
/// consultation, Art. 36 Abs. 1 DSGVO) or the processing must not take place in this form, a
/// plain approval is not among them, and an approval with conditions holds only once the
/// priority measures are in place and a new assessment finds no high risk.
fn decision_options(a: &crate::risk::Assessment) -> Vec<DecisionOptionView> {
    let blocked = a.summary().prior_consultation || a.decision == Decision::Reject;
    Decision::ALL
        .iter()
        .filter(|d| !(blocked && **d == Decision::Approve))
        .map(|d| DecisionOptionView {
            key: *d,
            label: if blocked && *d == Decision::ApproveWithConditions {
                format!(
                    "{} (erst nach Umsetzung der vorrangigen Maßnahmen und einer erneuten Bewertung ohne hohes Restrisiko)",
                    d.label()
                )
            } else {
                d.label().to_owned()
            },
            recommended: *d == a.decision,
        })
        .collect()
}

fn check_view(c: &Check) -> CheckView {
    CheckView {
        key: c.yardstick.key,
        title: c.yardstick.title,
        short: yardsticks::short_title(c.yardstick.key).unwrap_or(c.yardstick.title),
        reference: c.yardstick.reference,
        met: c.met,
        answer: if c.met { "ja" } else { "nein" },
        reason: c.reason.clone(),
    }
}

fn class_view(class: RiskClass) -> ClassView {
    ClassView {
        key: class,
        label: class.label(),
        code: class.code(),
    }
}

fn rating_view(r: &Rating) -> RatingView {
    RatingView {
        likelihood: r.likelihood.label(),
        likelihood_key: r.likelihood,
        severity: r.severity.label(),
        severity_key: r.severity,
        class: r.class.label(),
        class_key: r.class,
        code: r.class.code(),
    }
}

/// Explanations already given for an earlier risk, with that risk's id: a later risk with the
/// same explanation refers to it instead of repeating it.
type Given = Vec<(String, &'static str)>;

fn step_view(s: &Step, id: &'static str, given: &mut Given) -> StepView {
    let text = match given.iter().find(|(text, _)| *text == s.reason) {
        Some((_, first)) if s.changed() => format!(
            "Aus demselben Grund wie bei {first}: {} von {} auf {}.",
            s.dimension.label(),
            s.from.label(),
            s.to.label()
        ),
        Some((_, first)) => format!(
            "Aus demselben Grund wie bei {first}; die {} ist bereits {}.",
            s.dimension.label(),
            s.from.label()
        ),
        None => {
            given.push((s.reason.clone(), id));
            s.reason.clone()
        }
    };
    StepView {
        text,
        changed: s.changed(),
    }
}

fn counts(risks: &[ScoredRisk], net: bool) -> CountsView {
    let count = |class: RiskClass| {
        risks
            .iter()
            .filter(|r| if net { r.net.class } else { r.gross.class } == class)
            .count()
    };
    let (hoch, risiko, gering) = (
        count(RiskClass::Hoch),
        count(RiskClass::Risiko),
        count(RiskClass::Gering),
    );
    CountsView {
        hoch,
        risiko,
        gering,
    }
}

fn change_text(id: &str, before: &Rating, after: &Rating) -> String {
    let mut parts = Vec::new();
    if after.likelihood != before.likelihood {
        parts.push(format!(
            "Eintrittswahrscheinlichkeit von {} auf {}",
            before.likelihood.label(),
            after.likelihood.label()
        ));
    }
    if after.severity != before.severity {
        parts.push(format!(
            "Schwere von {} auf {}",
            before.severity.label(),
            after.severity.label()
        ));
    }
    let class = if after.class == before.class {
        format!("bleibt {}", before.class.label())
    } else {
        format!("{} statt {}", after.class.label(), before.class.label())
    };
    format!("{id}: {} ({class})", parts.join(", "))
}

fn matrix_view(risks: &[ScoredRisk]) -> MatrixView {
    let rows = Level::ALL
        .iter()
        .rev()
        .map(|severity| MatrixRowView {
            severity: severity.label(),
            cells: Level::ALL
                .iter()
                .map(|likelihood| {
                    let class = risks::MATRIX.classify(*likelihood, *severity);
                    let ids: Vec<&str> = risks
                        .iter()
                        .filter(|r| r.net.likelihood == *likelihood && r.net.severity == *severity)
                        .map(|r| r.risk.id)
                        .collect();
                    MatrixCellView {
                        class: class.label(),
                        class_key: class,
                        code: class.code(),
                        risks: ids.join(", "),
                    }
                })
                .collect(),
        })
        .collect();
    MatrixView {
        marker: risks::MATRIX.marker_classes(),
        rule: risks::MATRIX_RULE,
        likelihoods: Level::ALL.iter().map(|l| l.label()).collect(),
        rows,
    }
}

fn measures_taken(risks: &[ScoredRisk]) -> Vec<MeasureTakenView> {
    MITIGATIONS
        .iter()
        .filter_map(|m| {
            let effects: Vec<String> = risks
                .iter()
                .flat_map(|r| {
                    r.mitigations
                        .iter()
                        .filter(|s| s.key == m.key)
                        .map(move |s| {
                            if s.not_addressed.is_some() {
                                format!(
                                    "{}: keine Wirkung, weil der Austausch Teil des geplanten Zwecks ist",
                                    r.risk.id
                                )
                            } else if s.changed() {
                                format!(
                                    "{}: {} von {} auf {}",
                                    r.risk.id,
                                    s.dimension.label(),
                                    s.from.label(),
                                    s.to.label()
                                )
                            } else {
                                format!(
                                    "{}: keine weitere Wirkung ({} bereits {})",
                                    r.risk.id,
                                    s.dimension.label(),
                                    s.from.label()
                                )
                            }
                        })
                })
                .collect();
            (!effects.is_empty()).then(|| MeasureTakenView {
                label: m.label(),
                effects_text: effects.join("; "),
                effects,
            })
        })
        .collect()
}

fn measures_open(risks: &[ScoredRisk]) -> Vec<MeasureOpenView> {
    let mut out: Vec<(u8, MeasureOpenView)> = MITIGATIONS
        .iter()
        .filter_map(|m| {
            let mut priority = 3;
            let effects: Vec<String> = risks
                .iter()
                .flat_map(|r| {
                    r.proposals
                        .iter()
                        .filter(|pr| pr.mitigation.key == m.key)
                        .map(|pr| (r, pr))
                        .collect::<Vec<_>>()
                })
                .map(|(r, pr)| {
                    if pr.after.class < r.net.class {
                        priority = priority.min(if r.net.class == RiskClass::Hoch { 1 } else { 2 });
                    }
                    change_text(r.risk.id, &r.net, &pr.after)
                })
                .collect();
            // Binding the provider to secrecy is a duty of § 203 Abs. 4 StGB, not an option
            // weighed by its effect on the risk.
            if m.key == "provider_secrecy_clause" {
                priority = 0;
            }
            (!effects.is_empty()).then(|| {
                (
                    priority,
                    MeasureOpenView {
                        label: m.label(),
                        how: m.describe(),
                        detail: Some(m.describe())
                            .filter(|d| *d != format!("Einstellung: {}.", m.label())),
                        priority: match priority {
                            0 => "gesetzlich geboten",
                            1 => "vorrangig",
                            2 => "empfohlen",
                            _ => "ergänzend",
                        },
                        effects_text: effects.join("; "),
                        effects,
                    },
                )
            })
        })
        .collect();
    out.sort_by_key(|(priority, _)| *priority);
    out.into_iter().map(|(_, v)| v).collect()
}

/// The measures in force that address a risk, by name ("–" for none).
fn measures_in_force(r: &ScoredRisk) -> String {
    let labels: Vec<&str> = r
        .mitigations
        .iter()
        .filter(|s| s.not_addressed.is_none())
        .filter_map(|s| MITIGATIONS.iter().find(|m| m.key == s.key))
        .map(|m| m.label())
        .collect();
    if labels.is_empty() {
        "–".to_owned()
    } else {
        labels.join(", ")
    }
}

fn risk_row(r: &ScoredRisk, given: &mut Given) -> RiskRowView {
    let id = r.risk.id;
    RiskRowView {
        id: r.risk.id,
        title: r.risk.title,
        description: r.risk.description,
        catalogue_measures: r.risk.measures,
        basis: r.risk.basis,
        residual: r.risk.residual,
        measures_in_force: measures_in_force(r),
        base: rating_view(&r.base),
        gross: rating_view(&r.gross),
        net: rating_view(&r.net),
        adjustments: r
            .adjustments
            .iter()
            .map(|s| step_view(s, id, given))
            .collect(),
        mitigations: r
            .mitigations
            .iter()
            .filter(|s| s.changed() || s.not_addressed.is_some())
            .map(|s| step_view(s, id, given))
            .collect(),
        idle_measures: r
            .mitigations
            .iter()
            .filter(|s| !s.changed() && s.not_addressed.is_none())
            .filter_map(|s| MITIGATIONS.iter().find(|m| m.key == s.key))
            .map(|m| m.label())
            .collect::<Vec<_>>()
            .join(", "),
        proposals: r
            .proposals
            .iter()
            .map(|pr| ProposalView {
                label: pr.mitigation.label(),
                how: pr.mitigation.describe(),
                text: pr.reason.clone(),
                after: rating_view(&pr.after),
                class_changes: pr.after.class != r.net.class,
            })
            .collect(),
        lowered: r.net != r.gross,
    }
}

/// The catalogue risks that do not apply, each with the reason, as one German list
/// ("R1 (nur bei der App auf Telefonen), R8 (…)"); empty when every risk applies.
fn not_applicable(rated: &[ScoredRisk]) -> String {
    let items: Vec<String> = risks::CATALOGUE
        .iter()
        .filter(|r| !rated.iter().any(|s| s.risk.id == r.id))
        .map(|r| format!("{} ({})", r.id, r.absent))
        .collect();
    join_und(&items)
}

/// The compact threshold table (the general clause stands above it): per yardstick the
/// checks that are met (one row each, a reason given above referred to instead of repeated)
/// and those that are not (one row together).
fn threshold_rows(t: &Threshold) -> Vec<ThresholdRowView> {
    let mut rows: Vec<ThresholdRowView> = Vec::new();
    let mut given: Vec<(&str, &'static str)> =
        vec![(&t.general.reason, t.general.yardstick.reference)];
    let groups: [(&str, &'static str, &[Check]); 3] = [
        ("Regelfälle", "Art. 35 Abs. 3 DSGVO", &t.regular_cases),
        (
            "Einträge der DSK-Muss-Liste",
            "Art. 35 Abs. 4 DSGVO",
            &t.muss_liste,
        ),
        (
            "Kriterien der Leitlinien WP 248",
            "WP 248 Rev. 01",
            &t.criteria,
        ),
    ];
    for (all, reference, checks) in groups {
        let short =
            |c: &Check| yardsticks::short_title(c.yardstick.key).unwrap_or(c.yardstick.title);
        for c in checks.iter().filter(|c| c.met) {
            let reason = match given.iter().find(|(reason, _)| *reason == c.reason) {
                Some((_, first)) => format!("Begründung wie oben ({first})."),
                None => {
                    given.push((&c.reason, c.yardstick.reference));
                    c.reason.clone()
                }
            };
            rows.push(ThresholdRowView {
                label: c.yardstick.title.to_owned(),
                reference: c.yardstick.reference,
                answer: "ja",
                reason,
            });
        }
        let unmet: Vec<String> = checks
            .iter()
            .filter(|c| !c.met)
            .map(|c| short(c).to_owned())
            .collect();
        if !unmet.is_empty() {
            rows.push(ThresholdRowView {
                label: if unmet.len() == checks.len() {
                    all.to_owned()
                } else {
                    format!("Übrige {all}")
                },
                reference,
                answer: "nein",
                reason: format!("Geprüft, nicht erfüllt: {}.", join_und(&unmet)),
            });
        }
    }
    rows
}

/// The checks that make a DPIA mandatory or recommended, by their references ("Art. 35
/// Abs. 1 DSGVO und Kriterien 4 und 7 der Leitlinien WP 248"); empty when none is met.
fn met_summary(t: &Threshold) -> String {
    let mut parts: Vec<String> = std::iter::once(&t.general)
        .chain(&t.regular_cases)
        .chain(&t.muss_liste)
        .filter(|c| c.met)
        .map(|c| c.yardstick.reference.to_owned())
        .collect();
    let criteria: Vec<String> = t
        .criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| c.met)
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    match criteria.len() {
        0 => {}
        1 => parts.push(format!("Kriterium {} der Leitlinien WP 248", criteria[0])),
        _ => parts.push(format!(
            "Kriterien {} der Leitlinien WP 248",
            join_und(&criteria)
        )),
    }
    join_und(&parts)
}

/// Builds the view of the risk assessment of a profile.
pub fn build(p: &Profile, stand: crate::date::Date) -> DpiaView {
    let a = assessment::assess(p);
    let t = &a.threshold;
    let high: Vec<&str> = a
        .net_in(RiskClass::Hoch)
        .iter()
        .map(|r| r.risk.id)
        .collect();
    let mut given = Given::new();
    DpiaView {
        memo_mode: t.result == DpiaResult::ThresholdMemo && !p.raw.document.full_dpia,
        checked_on: super::facts_as_of(risks::CHECKED_ON, stand),
        result: ResultView {
            key: t.result,
            label: t.result.label(),
            mandatory: t.result == DpiaResult::Mandatory,
            recommended: t.result == DpiaResult::Recommended,
            memo: t.result == DpiaResult::ThresholdMemo,
            reasons: t.reasons.clone(),
        },
        general: check_view(&t.general),
        regular_cases: t.regular_cases.iter().map(check_view).collect(),
        muss_liste: t.muss_liste.iter().map(check_view).collect(),
        muss_liste_source: yardsticks::MUSS_LISTE,
        threshold_rows: threshold_rows(t),
        met_summary: met_summary(t),
        wp248: t.criteria.iter().map(check_view).collect(),
        wp248_source: yardsticks::WP248,
        criteria_met: t.criteria_met,
        criteria_met_text: match t.criteria_met {
            0 => "Keines der neun Kriterien ist erfüllt.".to_owned(),
            1 => "Erfüllt ist eines der neun Kriterien.".to_owned(),
            n => format!("Erfüllt sind {} der neun Kriterien.", number_word(n)),
        },
        levels: Level::ALL.iter().map(|l| l.label()).collect(),
        classes: RiskClass::ALL.iter().map(|c| class_view(*c)).collect(),
        risks: a.risks.iter().map(|r| risk_row(r, &mut given)).collect(),
        gross_counts: counts(&a.risks, false),
        net_counts: counts(&a.risks, true),
        highest_gross: class_view(a.highest_gross().unwrap_or(RiskClass::Gering)),
        highest_net: class_view(a.highest_net().unwrap_or(RiskClass::Gering)),
        high_net_text: join_und(&high),
        matrix: matrix_view(&a.risks),
        measures_taken: measures_taken(&a.risks),
        measures_open: measures_open(&a.risks),
        dpo: DpoView {
            required: a.dpo.required,
            checks: a.dpo.checks.iter().map(check_view).collect(),
            reasons: a.dpo.reasons.clone(),
        },
        prior_consultation: ConsultationView {
            required: a.prior_consultation.required,
            risks_text: join_und(&a.prior_consultation.risks),
            reason: a.prior_consultation.reason.clone(),
        },
        decision: DecisionView {
            key: a.decision,
            label: a.decision.label(),
            reasons: a.decision_reasons.clone(),
        },
        decision_options: decision_options(&a),
        works_council_agreement: p.has_measure(Measure::WorksCouncilAgreement),
        not_applicable_text: not_applicable(&a.risks),
        necessity: a.necessity.as_ref().map(|n| NecessityView {
            purpose: n.purpose.clone(),
            alternatives: n
                .alternatives
                .iter()
                .map(|alt| AlternativeView {
                    name: alt.name,
                    assessment: alt.assessment.clone(),
                })
                .collect(),
            proportionate: n.proportionate,
            conclusion: n.conclusion.clone(),
        }),
        allergens: {
            let topic = allergens::topic(p);
            let t = topic.unwrap_or(&allergens::FOOD);
            AllergenView {
                applies: topic.is_some(),
                label: t.label,
                notice: t.notice,
                rule: t.rule,
                principle: t.principle,
                special_categories: t.special_categories,
            }
        },
    }
}
