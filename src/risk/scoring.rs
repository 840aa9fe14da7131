//! Gross and net rating of each risk that applies to a profile (DSK Kurzpapier Nr. 18): the
//! catalogue default, moved by the facts of the processing (gross), then lowered by the
//! measures the profile declares (net). Every step is recorded with a German sentence, so the
//! document can show why a rating is what it is; for what remains, the measures that would
//! lower it are proposed.

use crate::legal::risks::{
    self, ADJUSTMENTS, Adjustment, Dimension, Level, MITIGATIONS, Mitigation, Risk, RiskClass,
    RiskMatrix,
};
use crate::profile::validate::Profile;

/// Likelihood, severity and the resulting class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating {
    /// Eintrittswahrscheinlichkeit.
    pub likelihood: Level,
    /// Schwere des möglichen Schadens.
    pub severity: Level,
    /// Risk class from the matrix.
    pub class: RiskClass,
}

impl Rating {
    fn new(likelihood: Level, severity: Level, matrix: &RiskMatrix) -> Rating {
        Rating {
            likelihood,
            severity,
            class: matrix.classify(likelihood, severity),
        }
    }

    fn level(&self, dimension: Dimension) -> Level {
        match dimension {
            Dimension::Likelihood => self.likelihood,
            Dimension::Severity => self.severity,
        }
    }

    fn with(self, dimension: Dimension, level: Level, matrix: &RiskMatrix) -> Rating {
        match dimension {
            Dimension::Likelihood => Rating::new(level, self.severity, matrix),
            Dimension::Severity => Rating::new(self.likelihood, level, matrix),
        }
    }
}

/// One explained change of a rating: a profile fact (gross) or a measure (net).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Key of the adjustment or mitigation.
    pub key: &'static str,
    /// The dimension it acts on.
    pub dimension: Dimension,
    /// Level before.
    pub from: Level,
    /// Level after (equal to `from` when the scale was already at its end).
    pub to: Level,
    /// The explanation, a German sentence.
    pub reason: String,
}

impl Step {
    /// Did the step change the level?
    pub fn changed(&self) -> bool {
        self.from != self.to
    }
}

/// A measure the company does not take yet that would lower a remaining risk.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// The measure.
    pub mitigation: &'static Mitigation,
    /// The net rating if it were taken (all else unchanged).
    pub after: Rating,
    /// What it would do, a German sentence.
    pub reason: String,
}

/// One risk, rated.
#[derive(Debug, Clone)]
pub struct ScoredRisk {
    /// The catalogue entry.
    pub risk: &'static Risk,
    /// The catalogue default.
    pub base: Rating,
    /// Profile facts that moved the default.
    pub adjustments: Vec<Step>,
    /// Rating before measures (Bruttorisiko).
    pub gross: Rating,
    /// Measures in effect, in catalogue order.
    pub mitigations: Vec<Step>,
    /// Rating after measures (Nettorisiko).
    pub net: Rating,
    /// Measures that would lower the net rating further (only for risks above „geringes
    /// Risiko“).
    pub proposals: Vec<Proposal>,
}

fn levels_text(n: u8) -> &'static str {
    match n {
        1 => "eine Stufe",
        2 => "zwei Stufen",
        3 => "drei Stufen",
        _ => "mehrere Stufen",
    }
}

fn distance(a: Level, b: Level) -> u8 {
    a.value().abs_diff(b.value())
}

fn adjustment_reason(adj: &Adjustment, from: Level, to: Level) -> String {
    let dim = adj.dimension.label();
    if from == to {
        format!(
            "{} Die {dim} ist bereits {}; die Einstufung ändert sich dadurch nicht.",
            adj.reason,
            from.label()
        )
    } else {
        let verb = if to > from { "erhöht" } else { "senkt" };
        format!(
            "{} Das {verb} die {dim} um {} von {} auf {}.",
            adj.reason,
            levels_text(distance(from, to)),
            from.label(),
            to.label()
        )
    }
}

fn mitigation_reason(
    m: &Mitigation,
    dimension: Dimension,
    why: &str,
    from: Level,
    to: Level,
) -> String {
    let dim = dimension.label();
    if from == to {
        format!(
            "{}: {why} Die {dim} ist ohnehin bereits {}.",
            m.subject,
            from.label()
        )
    } else {
        format!(
            "{} senkt die {dim} um {} von {} auf {}: {why}",
            m.subject,
            levels_text(distance(from, to)),
            from.label(),
            to.label()
        )
    }
}

/// The gross rating of a risk for a profile, with the adjustments that led to it.
pub fn gross(p: &Profile, risk: &Risk, matrix: &RiskMatrix) -> (Rating, Rating, Vec<Step>) {
    let base = Rating::new(risk.likelihood, risk.severity, matrix);
    let mut rating = base;
    let mut steps = Vec::new();
    let mut groups: Vec<&str> = Vec::new();
    for adj in ADJUSTMENTS {
        if !adj.risks.contains(&risk.id) || !(adj.applies)(p) {
            continue;
        }
        if let Some(group) = adj.group {
            if groups.contains(&group) {
                continue;
            }
            groups.push(group);
        }
        let from = rating.level(adj.dimension);
        let to = from.shifted(adj.shift);
        rating = rating.with(adj.dimension, to, matrix);
        steps.push(Step {
            key: adj.key,
            dimension: adj.dimension,
            from,
            to,
            reason: adjustment_reason(adj, from, to),
        });
    }
    (base, rating, steps)
}

/// The net rating of a risk from its gross rating and the mitigations taken (in any order;
/// they are applied in catalogue order).
pub fn net(
    risk: &Risk,
    gross: Rating,
    active: &[&'static Mitigation],
    matrix: &RiskMatrix,
) -> (Rating, Vec<Step>) {
    let mut rating = gross;
    let mut steps = Vec::new();
    for m in MITIGATIONS {
        if !active.iter().any(|a| a.key == m.key) {
            continue;
        }
        for effect in m.effects_on(risk.id) {
            let from = rating.level(effect.dimension);
            let to = from.shifted(-i8::try_from(effect.levels).unwrap_or(i8::MAX));
            rating = rating.with(effect.dimension, to, matrix);
            steps.push(Step {
                key: m.key,
                dimension: effect.dimension,
                from,
                to,
                reason: mitigation_reason(m, effect.dimension, effect.why, from, to),
            });
        }
    }
    (rating, steps)
}

/// The mitigations a profile has in effect, in catalogue order.
pub fn active(p: &Profile) -> Vec<&'static Mitigation> {
    MITIGATIONS.iter().filter(|m| (m.in_effect)(p)).collect()
}

/// Rates one risk with a given set of mitigations in effect.
pub fn score_risk(
    p: &Profile,
    risk: &'static Risk,
    active: &[&'static Mitigation],
    matrix: &RiskMatrix,
) -> ScoredRisk {
    let (base, gross_rating, adjustments) = gross(p, risk, matrix);
    let (net_rating, mitigations) = net(risk, gross_rating, active, matrix);
    let mut proposals = Vec::new();
    if net_rating.class > RiskClass::Gering {
        for candidate in MITIGATIONS {
            if candidate.effects_on(risk.id).next().is_none()
                || active.iter().any(|a| a.key == candidate.key)
                || !(candidate.available)(p)
            {
                continue;
            }
            // A proposal replaces the alternative of its group that is in effect.
            let mut hypothetical: Vec<&'static Mitigation> = active
                .iter()
                .copied()
                .filter(|a| candidate.group.is_none() || a.group != candidate.group)
                .collect();
            hypothetical.push(candidate);
            let (after, _) = net(risk, gross_rating, &hypothetical, matrix);
            if after.likelihood >= net_rating.likelihood && after.severity >= net_rating.severity {
                continue;
            }
            let reason = candidate
                .effects_on(risk.id)
                .map(|e| {
                    let from = net_rating.level(e.dimension);
                    let to = after.level(e.dimension);
                    let dim = e.dimension.label();
                    if from > to {
                        format!(
                            "{} würde die {dim} um {} von {} auf {} senken: {}",
                            candidate.subject,
                            levels_text(distance(from, to)),
                            from.label(),
                            to.label(),
                            e.why
                        )
                    } else {
                        format!("{}: {}", candidate.subject, e.why)
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            proposals.push(Proposal {
                mitigation: candidate,
                after,
                reason,
            });
        }
    }
    ScoredRisk {
        risk,
        base,
        adjustments,
        gross: gross_rating,
        mitigations,
        net: net_rating,
        proposals,
    }
}

/// Rates every risk that applies to the profile, in catalogue order.
pub fn score(p: &Profile, matrix: &RiskMatrix) -> Vec<ScoredRisk> {
    let active = active(p);
    risks::applicable(p)
        .into_iter()
        .map(|r| score_risk(p, r, &active, matrix))
        .collect()
}
