//! Gross and net rating of each risk that applies to a profile (DSK Kurzpapier Nr. 18): the
//! catalogue default, moved by the facts of the processing (gross), then lowered by the
//! measures the profile declares (net). Every step is recorded with a German sentence, so the
//! document can show why a rating is what it is; for what remains, the measures that would
//! lower it are proposed.

use crate::legal::risks::{
    self, ADJUSTMENTS, Adjustment, Dimension, Effect, Level, MITIGATIONS, Mitigation, Origin, Risk,
    RiskClass, RiskMatrix,
};
use crate::profile::validate::Profile;
use crate::text::join_und;

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
    /// Set when a measure in effect cannot address the origin of this risk (a request not to
    /// send data the purpose needs): the step is recorded, but lowers nothing.
    pub not_addressed: Option<Origin>,
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
    /// Where the data at risk come from in this profile.
    pub origin: Origin,
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
            not_addressed: None,
        });
    }
    (base, rating, steps)
}

fn not_addressed_reason(m: &Mitigation, effect: &Effect, origin: Origin) -> String {
    let scopes: Vec<&str> = effect.addresses.iter().map(|o| o.scope()).collect();
    format!(
        "{} senkt dieses Risiko nicht: Die Maßnahme erfasst nur {}; Quelle des Risikos ist hier {}.",
        m.subject,
        join_und(&scopes),
        origin.label()
    )
}

/// The net rating of a risk from its gross rating and the mitigations taken (in any order;
/// they are applied in catalogue order). An effect lowers the rating only if it addresses the
/// origin of the risk; otherwise it is recorded as without effect.
pub fn net(
    risk: &Risk,
    origin: Origin,
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
            if !effect.addresses.contains(&origin) {
                let level = rating.level(effect.dimension);
                steps.push(Step {
                    key: m.key,
                    dimension: effect.dimension,
                    from: level,
                    to: level,
                    reason: not_addressed_reason(m, effect, origin),
                    not_addressed: Some(origin),
                });
                continue;
            }
            let from = rating.level(effect.dimension);
            let to = from.shifted(-i8::try_from(effect.levels).unwrap_or(i8::MAX));
            rating = rating.with(effect.dimension, to, matrix);
            steps.push(Step {
                key: m.key,
                dimension: effect.dimension,
                from,
                to,
                reason: mitigation_reason(m, effect.dimension, effect.why, from, to),
                not_addressed: None,
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
    let origin = (risk.origin)(p);
    let (base, gross_rating, adjustments) = gross(p, risk, matrix);
    let (net_rating, mitigations) = net(risk, origin, gross_rating, active, matrix);
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
            let (after, _) = net(risk, origin, gross_rating, &hypothetical, matrix);
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
        origin,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legal::risks::{CATALOGUE, MATRIX, by_id, mitigation};
    use crate::risk::testing::*;

    #[test]
    fn every_risk_applies_to_the_kitchen_sink() {
        let p = profile(KITCHEN_SINK);
        let ids: Vec<&str> = score(&p, &MATRIX).iter().map(|r| r.risk.id).collect();
        let all: Vec<&str> = CATALOGUE.iter().map(|r| r.id).collect();
        assert_eq!(ids, all);
    }

    /// Each mitigation, taken alone, lowers exactly the dimensions of exactly the risks its
    /// effects name, by exactly the stated number of levels (or down to geringfügig), and
    /// says so in its reason.
    #[test]
    fn each_mitigation_lowers_exactly_its_effects() {
        let p = profile(KITCHEN_SINK);
        for m in MITIGATIONS {
            for risk in &CATALOGUE {
                let (_, gross_rating, _) = gross(&p, risk, &MATRIX);
                let origin = (risk.origin)(&p);
                let (alone, steps) = net(risk, origin, gross_rating, &[m], &MATRIX);
                let mut expected = gross_rating;
                for e in m.effects_on(risk.id) {
                    if !e.addresses.contains(&origin) {
                        continue;
                    }
                    let level = gross_rating
                        .level(e.dimension)
                        .shifted(-i8::try_from(e.levels).expect("small"));
                    expected = expected.with(e.dimension, level, &MATRIX);
                }
                assert_eq!(alone, expected, "{} on {}", m.key, risk.id);
                if m.effects_on(risk.id).next().is_some() {
                    assert_eq!(steps.len(), m.effects_on(risk.id).count());
                    for s in &steps {
                        assert!(s.reason.starts_with(m.subject), "{}", s.reason);
                        assert_eq!(
                            s.not_addressed.is_some(),
                            !s.changed() && s.reason.contains("senkt dieses Risiko nicht"),
                            "{}",
                            s.reason
                        );
                    }
                } else {
                    assert!(steps.is_empty(), "{} on {}", m.key, risk.id);
                }
            }
        }
    }

    #[test]
    fn a_step_names_the_levels_it_moves_between() {
        let p = business_app(
            "    ownership: company\n    count: 1\n    platforms: [android]\n    address_book: no_access\n    backup: end_to_end_encrypted",
            "",
        );
        let r5 = by_id("R5").expect("R5");
        let (_, g, _) = gross(&p, r5, &MATRIX);
        assert_eq!(g.likelihood, Level::Substanziell);

        let e2e = mitigation("backup_end_to_end").expect("mitigation");
        let (after, steps) = net(r5, Origin::Purpose, g, &[e2e], &MATRIX);
        assert_eq!(after.likelihood, Level::Geringfuegig);
        assert_eq!(
            steps[0].reason,
            "Die Ende-zu-Ende-verschlüsselte Chat-Sicherung senkt die Eintrittswahrscheinlichkeit um zwei Stufen von substanziell auf geringfügig: der Cloud-Anbieter erhält nur verschlüsselte Daten; Passwort oder Schlüssel liegen nicht bei ihm."
        );
        // On iPhones without device management the device backup raises the likelihood.
        let ios = profile(KITCHEN_SINK);
        let (_, g_ios, steps_ios) = gross(&ios, r5, &MATRIX);
        assert_eq!(g_ios.likelihood, Level::Gross);
        assert!(steps_ios.iter().any(|s| s.key == "ios_device_backup"));
        // Already at the bottom: recorded, but no further effect.
        let media = mitigation("media_auto_download_off").expect("mitigation");
        let (_, steps) = net(r5, Origin::Purpose, g, &[e2e, media], &MATRIX);
        assert_eq!(steps.len(), 2);
        assert!(!steps[1].changed());
        assert!(steps[1].reason.contains("bereits geringfügig"));
    }

    #[test]
    fn sensitivity_raises_severity_once_even_with_several_grounds() {
        // Health sector, professional secrecy and health data: one level, not three.
        let p = profile(KITCHEN_SINK);
        let (base, g, steps) = gross(&p, by_id("R4").expect("R4"), &MATRIX);
        assert_eq!(base.severity, Level::Substanziell);
        assert_eq!(g.severity, Level::Gross);
        let sensitivity: Vec<&Step> = steps
            .iter()
            .filter(|s| s.key.starts_with("sensitive_"))
            .collect();
        assert_eq!(sensitivity.len(), 1);
        assert_eq!(sensitivity[0].key, "sensitive_special_categories");
    }

    #[test]
    fn variant_moves_the_gross_rating() {
        let app = business_app(
            "    ownership: company\n    count: 1\n    address_book: no_access\n    backup: none",
            "",
        );
        let cloud = profile(&yaml("services", "", "  variant: cloud_api", ""));
        let r4 = by_id("R4").expect("R4");
        assert_eq!(gross(&app, r4, &MATRIX).1.likelihood, Level::Substanziell);
        assert_eq!(
            gross(&cloud, r4, &MATRIX).1.likelihood,
            Level::Ueberschaubar
        );
        let r3 = by_id("R3").expect("R3");
        // App content is end-to-end encrypted; the Cloud API decrypts at Meta.
        assert_eq!(gross(&app, r3, &MATRIX).1.severity, Level::Ueberschaubar);
        assert_eq!(gross(&cloud, r3, &MATRIX).1.severity, Level::Substanziell);
    }

    #[test]
    fn proposals_lower_what_remains_and_replace_alternatives() {
        let p = business_app(
            "    ownership: company\n    count: 1\n    address_book: business_only\n    backup: none",
            "app_lock",
        );
        let scored = score(&p, &MATRIX);
        let r1 = scored.iter().find(|r| r.risk.id == "R1").expect("R1");
        assert_eq!(r1.net.class, RiskClass::Risiko);
        // No access to the address book replaces the separate business address book.
        assert_eq!(r1.proposals.len(), 1);
        assert_eq!(r1.proposals[0].mitigation.key, "address_book_no_access");
        assert_eq!(r1.proposals[0].after.likelihood, Level::Geringfuegig);
        assert_eq!(r1.proposals[0].after.class, RiskClass::Gering);
        assert!(r1.proposals[0].reason.contains("würde die Eintrittswahrscheinlichkeit um eine Stufe von überschaubar auf geringfügig senken"));
        // Nothing is proposed for a risk that is already low.
        let r5 = scored.iter().find(|r| r.risk.id == "R5").expect("R5");
        assert_eq!(r5.net.class, RiskClass::Gering);
        assert!(r5.proposals.is_empty());
        // Nor for the metadata risk the company cannot influence.
        let r2 = scored.iter().find(|r| r.risk.id == "R2").expect("R2");
        assert!(r2.proposals.is_empty());
        assert!(r2.risk.residual.is_some());
    }

    #[test]
    fn declared_measures_are_in_effect_exactly_when_declared() {
        let with = |measures: &str| {
            profile(&yaml(
                "services",
                "  professional_secrecy: true",
                "  variant: cloud_api_bsp\n  provider:\n    name: \"Postfach GmbH\"\n    hosting_region: eu",
                &format!("measures: [{measures}]"),
            ))
        };
        let without = with("");
        for m in MITIGATIONS {
            if let crate::legal::risks::Source::Measure(_) = m.source {
                assert!((m.in_effect)(&with(m.key)), "{} declared", m.key);
                assert!(!(m.in_effect)(&without), "{} not declared", m.key);
            }
        }
    }
}
