//! Interview stage, fixes offered before writing: the answers are linted like a written
//! profile; for the first error the interview says in plain German why it arises and offers
//! the cheapest changes that remove it, found by trying them: every change a firm can make
//! in practice (a safer device setting, one more measure, Double-Opt-in, naming the
//! data-protection officer) is applied to the answers, the flow is walked again without
//! asking, and the change is offered if the error is gone and no other error came up. If no
//! single change helps, pairs are tried. The user can always keep the answers and build the
//! pack as a status report instead (marked as such in the profile). No YAML path is shown.

use super::flow::{ADDRESS_BOOKS, BACKUPS, LINKED_DEVICES, offered_measures};
use super::question::{Choice, Question};
use super::session::{Session, Value, simulate};
use super::{InterviewError, key, write};
use crate::diagnostic::Diagnostic;
use crate::legal::{labels, measures};
use crate::profile::load::{Loaded, load_str};
use crate::profile::model::*;
use std::collections::BTreeMap;

type R<T> = Result<T, InterviewError>;

/// Question id of the status-report choice (`document.status_report`).
pub const STATUS_REPORT: &str = "document.status_report";

/// The code of unreplaced starter placeholders.
const PLACEHOLDER: &str = "DSG029";

/// Most fixes shown for one error (besides naming the DPO and the status report).
const MAX_SHOWN: usize = 4;

/// One change of the answers.
#[derive(Debug, Clone)]
struct Change {
    label: String,
    settings: Vec<(&'static str, Value)>,
    measures: Vec<Measure>,
    /// 0: a setting or measure; 1: naming the data-protection officer.
    rank: u8,
}

impl Change {
    /// The label without its help (after " – ").
    fn action(&self) -> &str {
        self.label.split(" – ").next().unwrap_or(&self.label)
    }

    fn size(&self) -> usize {
        self.settings.len() + self.measures.len()
    }

    fn apply(&self, answers: &mut BTreeMap<String, Value>, raw: &RawProfile) {
        for (id, v) in &self.settings {
            answers.insert((*id).to_owned(), v.clone());
        }
        if !self.measures.is_empty() {
            answers.insert("measures".into(), measure_list(raw, &self.measures));
        }
    }

    fn join(&self, other: &Change) -> Change {
        Change {
            label: format!("{} und {}", self.action(), other.action()),
            settings: [self.settings.clone(), other.settings.clone()].concat(),
            measures: [self.measures.clone(), other.measures.clone()].concat(),
            rank: self.rank.max(other.rank),
        }
    }
}

fn measure_list(raw: &RawProfile, extra: &[Measure]) -> Value {
    let mut list: Vec<Measure> = raw.measures.clone();
    for m in extra {
        if !list.contains(m) {
            list.push(*m);
        }
    }
    Value::List(list.into_iter().map(key).collect())
}

/// Lints answers as if they were written.
pub fn lint(raw: &RawProfile) -> Loaded {
    load_str(
        "interview",
        &write::to_yaml(raw, &write::Options::default()),
    )
}

fn errors(loaded: &Loaded) -> Vec<&'static str> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .filter_map(|d| d.code)
        .collect()
}

/// Every practice change that is not in effect yet.
fn candidates(raw: &RawProfile) -> Vec<Change> {
    let mut out = Vec::new();
    let mut safer = |id: &'static str, options: &[String], labels: &[&str], current: usize| {
        // Nearest first: the safer value that changes least.
        for (value, label) in options.iter().zip(labels).take(current).rev() {
            out.push(Change {
                label: format!("Umstellen auf {label}"),
                settings: vec![(id, Value::Text(value.clone()))],
                measures: Vec::new(),
                rank: 0,
            });
        }
    };
    if let Some(d) = &raw.whatsapp.devices {
        // The lists are ordered safest first: every value before the current one is safer.
        let pos = |list: &[Backup], v| list.iter().position(|b| *b == v).unwrap_or(0);
        safer(
            "whatsapp.devices.backup",
            &BACKUPS.map(key),
            &BACKUPS.map(labels::backup),
            pos(&BACKUPS, d.backup),
        );
        safer(
            "whatsapp.devices.address_book",
            &ADDRESS_BOOKS.map(key),
            &ADDRESS_BOOKS.map(labels::address_book),
            ADDRESS_BOOKS
                .iter()
                .position(|a| *a == d.address_book)
                .unwrap_or(0),
        );
        safer(
            "whatsapp.devices.linked_devices",
            &LINKED_DEVICES.map(key),
            &LINKED_DEVICES.map(labels::linked_devices),
            LINKED_DEVICES
                .iter()
                .position(|l| *l == d.linked_devices)
                .unwrap_or(0),
        );
    }
    let marketing = raw
        .scenarios
        .iter()
        .any(|s| s.kind == ScenarioKind::Marketing);
    if marketing && !raw.consent.double_opt_in {
        out.push(Change {
            label:
                "Werbe-Einwilligungen mit einer zweiten Nachricht bestätigen lassen (Double-Opt-in)"
                    .into(),
            settings: vec![("consent.double_opt_in", Value::Bool(true))],
            measures: Vec::new(),
            rank: 0,
        });
    }
    for m in offered_measures(raw) {
        if !raw.measures.contains(&m) {
            let info = measures::info(m);
            out.push(Change {
                label: format!("Maßnahme „{}“ einführen – {}", info.label, info.description),
                settings: Vec::new(),
                measures: vec![m],
                rank: 0,
            });
        }
    }
    if raw.dpo.is_none() {
        out.push(Change {
            label: "Eine datenschutzbeauftragte Person jetzt eintragen (Name und E-Mail-Adresse folgen)".into(),
            settings: vec![("dpo.present", Value::Bool(true))],
            measures: Vec::new(),
            rank: 1,
        });
    }
    out
}

/// The changes that remove `code` without bringing up another error, cheapest first.
fn working(
    answers: &BTreeMap<String, Value>,
    raw: &RawProfile,
    code: &str,
    before: &[&str],
) -> Vec<Change> {
    // What a change leads to: the errors and the risks that stay high.
    let effect = |c: &Change| {
        let mut a = answers.clone();
        c.apply(&mut a, raw);
        let loaded = lint(&simulate(&a)?);
        let high = high_risks(&loaded);
        Some((errors(&loaded), high))
    };
    // Placeholders in a simulation stand for answers still to be asked.
    let fixes = |after: &[&str]| {
        !after.contains(&code)
            && after
                .iter()
                .all(|e| before.contains(e) || *e == PLACEHOLDER)
    };
    let high_before = high_risks(&lint(raw));
    let all = candidates(raw);
    let mut found = Vec::new();
    let mut helpful = Vec::new();
    for c in &all {
        let Some((after, high)) = effect(c) else {
            continue;
        };
        if fixes(&after) {
            found.push(c.clone());
        } else if c.rank == 0 && high.len() < high_before.len() {
            helpful.push(c);
        }
    }
    if !found.iter().any(|c| c.rank == 0) {
        // Pairs of changes that each lower a high risk.
        for (i, a) in helpful.iter().enumerate() {
            for b in &helpful[i + 1..] {
                let same_setting = a
                    .settings
                    .iter()
                    .any(|(id, _)| b.settings.iter().any(|(o, _)| o == id));
                let pair = a.join(b);
                if !same_setting && effect(&pair).is_some_and(|(after, _)| fixes(&after)) {
                    found.push(pair);
                }
            }
        }
    }
    // Stable: among equally cheap changes, settings (listed first) before measures.
    found.sort_by_key(|c| (c.rank, c.size()));
    let (practice, rest): (Vec<Change>, Vec<Change>) = found.into_iter().partition(|c| c.rank == 0);
    practice.into_iter().take(MAX_SHOWN).chain(rest).collect()
}

/// The ids of the risks that stay high.
fn high_risks(loaded: &Loaded) -> Vec<&'static str> {
    loaded.profile.as_ref().map_or(Vec::new(), |p| {
        crate::risk::assess(p)
            .net_in(crate::legal::risks::RiskClass::Hoch)
            .iter()
            .map(|r| r.risk.id)
            .collect()
    })
}

/// The finding in plain German, without YAML paths: the message if it names none, else the
/// title.
pub fn finding(d: &Diagnostic) -> String {
    let title = d
        .code
        .and_then(crate::profile::lints::find)
        .map_or(d.message.as_str(), |l| l.title);
    if d.message.contains('`') || d.message.contains('_') {
        title.to_owned()
    } else {
        d.message.clone()
    }
}

/// Why the risk is high: each risk that stays high with the facts that raised it.
fn risk_chain(loaded: &Loaded) -> Option<String> {
    let p = loaded.profile.as_ref()?;
    let assessment = crate::risk::assess(p);
    let high = assessment.net_in(crate::legal::risks::RiskClass::Hoch);
    if high.is_empty() {
        return None;
    }
    let lines: Vec<String> = high
        .iter()
        .map(|r| {
            let why: Vec<&str> = r
                .adjustments
                .iter()
                .filter(|s| s.changed() && s.to > s.from)
                .map(|s| s.reason.split(" Das erhöht").next().unwrap_or(&s.reason))
                .collect();
            if why.is_empty() {
                format!("– „{}“: {}", r.risk.title, r.risk.description)
            } else {
                format!(
                    "– „{}“: {} {}",
                    r.risk.title,
                    r.risk.description,
                    why.join(" ")
                )
            }
        })
        .collect();
    Some(format!(
        "Nach Ihren Angaben bleibt ein hohes Risiko für die Betroffenen:\n{}\nEin hohes Risiko macht eine Datenschutz-Folgenabschätzung zur Pflicht (Art. 35 DSGVO) – und wer sie durchführen muss, muss auch eine datenschutzbeauftragte Person benennen (§ 38 Abs. 1 Satz 2 BDSG).",
        lines.join("\n")
    ))
}

/// Offers fixes for the first error of `raw`. Returns true when an answer was changed (the
/// flow is then walked again), false when there is no error or the user keeps the answers as
/// a status report.
pub fn offer(s: &mut Session, raw: &RawProfile) -> R<bool> {
    if raw.document.status_report {
        return Ok(false);
    }
    let loaded = lint(raw);
    let before = errors(&loaded);
    let Some(diag) = loaded
        .diagnostics
        .iter()
        .find(|d| d.is_error() && d.code.is_some())
    else {
        return Ok(false);
    };
    let code = diag.code.unwrap_or_default();
    let fixes = working(&s.state.answers, raw, code, &before);
    let mut info = format!(
        "Ihre Angaben haben noch einen Fehler: {}. So lassen sich die Dokumente nicht erzeugen.",
        finding(diag).trim_end_matches('.')
    );
    // The chain from the risks to the DPO duty, where that duty is the error.
    let dpo_duty = loaded
        .profile
        .as_ref()
        .is_some_and(|p| p.raw.dpo.is_none() && crate::risk::assess(p).dpo.required);
    if dpo_duty
        && fixes.iter().any(|f| f.rank == 0)
        && let Some(chain) = risk_chain(&loaded)
    {
        info.push_str("\n\n");
        info.push_str(&chain);
    }
    info.push_str(
        if fixes.is_empty() {
            "\n\nEine einzelne Änderung genügt hier nicht; mit `dsgvo-gen explain ".to_owned()
                + code
                + "` erfahren Sie mehr."
        } else {
            "\n\nJede der folgenden Änderungen behebt den Fehler.".to_owned()
        }
        .as_str(),
    );
    let mut choices: Vec<Choice> = fixes
        .iter()
        .map(|f| Choice {
            key: "fix".into(),
            label: f.label.clone(),
        })
        .collect();
    choices.push(Choice {
        key: "status_report".into(),
        label: "So lassen: die Dokumente als Bestandsaufnahme erzeugen (als solche gekennzeichnet, keine Grundlage für den Betrieb)".into(),
    });
    let q = Question::new(
        format!("fix.{code}"),
        "Wie möchten Sie weitermachen?",
        "Wählen Sie nur, was Sie tatsächlich umsetzen; die Dokumente beschreiben es als umgesetzt.",
    );
    let picked = s.choose(&info, &q, &choices)?;
    match fixes.get(picked) {
        Some(fix) => {
            let mut answers = s.state.answers.clone();
            fix.apply(&mut answers, raw);
            for (id, v) in answers {
                if s.state.answers.get(&id) != Some(&v) {
                    s.state.set(&id, v);
                }
            }
        }
        None => s.state.set(STATUS_REPORT, Value::Bool(true)),
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bakery of the UX review: Business app on two shop phones with access to the whole
    /// address book, an unencrypted Google Drive backup, allergies mentioned now and then.
    pub(crate) fn bakery() -> BTreeMap<String, Value> {
        let t = |s: &str| Value::Text(s.to_owned());
        let l = |items: &[&str]| Value::List(items.iter().map(|s| (*s).to_owned()).collect());
        [
            ("company.name", t("Bäckerei Müller e.K.")),
            ("company.street", t("Hauptstraße 12")),
            ("company.postal_code", t("79098")),
            ("company.city", t("Freiburg im Breisgau")),
            ("company.representatives", t("Hans Müller (Inhaber)")),
            ("company.email", t("info@baeckerei-mueller.example")),
            ("company.phone", t("+49 761 123456")),
            ("company.sector", t("food")),
            ("company.employees", t("8")),
            ("whatsapp.variant", t("business_app")),
            ("whatsapp.business_number", t("+49 171 2345678")),
            ("whatsapp.devices.count", t("2")),
            ("whatsapp.devices.platforms", l(&["android"])),
            ("whatsapp.devices.address_book", t("full")),
            ("whatsapp.devices.backup", t("unencrypted")),
            ("whatsapp.features", l(&["labels"])),
            ("whatsapp.terms_accepted", Value::Bool(false)),
            ("special_categories.occurrence", t("incidental")),
            (
                "scenarios.kinds",
                l(&["customer_inquiry", "service_notifications"]),
            ),
            ("measures", l(&["two_step_verification", "app_lock"])),
            ("dpo.present", Value::Bool(false)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
    }

    #[test]
    fn bakery_is_offered_the_encrypted_backup() {
        let answers = bakery();
        let raw = simulate(&answers).expect("walks");
        let loaded = lint(&raw);
        let before = errors(&loaded);
        assert_eq!(before, ["DSG007"], "{}", loaded.render_diagnostics());
        let fixes = working(&answers, &raw, "DSG007", &before);
        let labels: Vec<&str> = fixes.iter().map(|f| f.label.as_str()).collect();
        eprintln!("{labels:#?}\n{}", risk_chain(&loaded).unwrap_or_default());
        assert!(
            labels[0].contains("Ende-zu-Ende-verschlüsselte Chat-Sicherung"),
            "{labels:#?}"
        );
        assert!(
            labels
                .iter()
                .any(|l| l.contains("datenschutzbeauftragte Person"))
        );
        // Taking the first fix leaves no error.
        let mut fixed = answers.clone();
        fixes[0].apply(&mut fixed, &raw);
        assert!(errors(&lint(&simulate(&fixed).expect("walks"))).is_empty());
    }
}
