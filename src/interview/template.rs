//! Interview stage, `init --answers-template`: every question id with its question, why it
//! matters, what kind of answer it takes and its proposal, as a commented answers file.
//!
//! The questions are collected by walking the flow without asking, with answers that open
//! every branch (a variant with provider, devices and MDM, a chatbot, every scenario adapted,
//! one entry of each repeated kind; then the private app replaced by another variant), so the
//! texts are the flow's own and cannot drift from it.

use super::question::{Check, Choice, Question, TextQuestion};
use super::session::{Value, bool_of, index_of, indices_of, text_of};
use super::{InterviewError, Prompter, defaults::DefaultsPrompter, flow, ids};
use std::collections::BTreeMap;

/// One question as seen by the flow.
struct Seen {
    question: Question,
    kind: String,
    choices: Vec<Choice>,
}

/// Answers from a map, else like the starter profile; records every question.
struct Recorder {
    answers: BTreeMap<String, Value>,
    seen: BTreeMap<String, Seen>,
}

impl Recorder {
    fn note(&mut self, q: &Question, kind: String, choices: &[Choice]) -> Option<Value> {
        let pattern = ids::entry(&q.id).map_or(q.id.as_str(), |e| e.id);
        self.seen.entry(pattern.to_owned()).or_insert_with(|| Seen {
            question: q.clone(),
            kind,
            choices: choices.to_vec(),
        });
        self.answers.get(&q.id).cloned()
    }
}

fn check_kind(q: &TextQuestion) -> String {
    let what = match q.check {
        Check::Free => "Text",
        Check::Email => "E-Mail-Adresse",
        Check::Phone => "Telefonnummer, international (+49 …)",
        Check::PostalCode => "Postleitzahl (fünf Ziffern, in Anführungszeichen)",
        Check::Date => "Datum (TT.MM.JJJJ oder JJJJ-MM-TT)",
        Check::Url => "Web-Adresse (https://…)",
        Check::Number { .. } => "Zahl",
        Check::Word => "ein Wort",
    };
    let mut out = what.to_owned();
    if q.list {
        out.push_str("; mehrere als Liste [\"…\", \"…\"] oder durch „;“ getrennt");
    }
    out.push_str(if q.required {
        "; Pflicht"
    } else {
        "; freiwillig (\"\" = keine Angabe)"
    });
    if let Some(d) = &q.default {
        out.push_str(&format!("; Vorschlag: {d}"));
    } else if let Some(e) = &q.example {
        out.push_str(&format!("; Beispiel: {e}"));
    }
    out
}

impl Prompter for Recorder {
    fn section(&mut self, _: &str, _: &str) -> Result<(), InterviewError> {
        Ok(())
    }
    fn info(&mut self, _: &str) -> Result<(), InterviewError> {
        Ok(())
    }
    fn text(&mut self, q: &TextQuestion) -> Result<String, InterviewError> {
        match self
            .note(&q.question, check_kind(q), &[])
            .and_then(|v| text_of(&v))
        {
            Some(t) => Ok(q.accept(&t).unwrap_or_default()),
            // A required text without proposal: any answer opens the rest of the branch.
            None => DefaultsPrompter.text(q).or_else(|_| Ok("Beispiel".into())),
        }
    }
    fn yes_no(&mut self, q: &Question, default: Option<bool>) -> Result<bool, InterviewError> {
        let kind = match default {
            Some(d) => format!(
                "Ja/Nein (ja, nein); Vorschlag: {}",
                if d { "ja" } else { "nein" }
            ),
            None => "Ja/Nein (ja, nein); Pflicht".to_owned(),
        };
        match self.note(q, kind, &[]).and_then(|v| bool_of(&v)) {
            Some(b) => Ok(b),
            None => DefaultsPrompter.yes_no(q, default),
        }
    }
    fn select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        default: Option<usize>,
    ) -> Result<usize, InterviewError> {
        let kind = match default.and_then(|d| choices.get(d)) {
            Some(c) => format!("eine Auswahl; Vorschlag: {}", c.key),
            None => "eine Auswahl; Pflicht".to_owned(),
        };
        match self
            .note(q, kind, choices)
            .and_then(|v| index_of(choices, &v))
        {
            Some(i) => Ok(i),
            None => DefaultsPrompter.select(q, choices, default),
        }
    }
    fn multi_select(
        &mut self,
        q: &Question,
        choices: &[Choice],
        defaults: &[bool],
    ) -> Result<Vec<usize>, InterviewError> {
        let on: Vec<&str> = choices
            .iter()
            .zip(defaults)
            .filter(|(_, d)| **d)
            .map(|(c, _)| c.key.as_str())
            .collect();
        let kind = format!(
            "Liste von Auswahlen ([] = keine); Vorschlag: [{}]",
            on.join(", ")
        );
        match self
            .note(q, kind, choices)
            .and_then(|v| indices_of(choices, &v))
        {
            Some(picked) => Ok(picked),
            None => DefaultsPrompter.multi_select(q, choices, defaults),
        }
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn list(items: &[&str]) -> Value {
    Value::List(items.iter().map(|s| (*s).to_owned()).collect())
}

/// Answers that open every branch of the flow.
fn walks() -> Vec<BTreeMap<String, Value>> {
    let mut all: BTreeMap<String, Value> = [
        ("company.name", text("Musterfirma GmbH")),
        ("company.sector", text("services")),
        ("company.legal_form", text("Einzelunternehmen")),
        ("company.professional_secrecy", Value::Bool(true)),
        ("company.profession", text("other")),
        ("data_subjects.minors", text("target_group")),
        ("company.employees", text("25")),
        ("whatsapp.variant", text("business_app_coexistence")),
        ("whatsapp.provider.sub_processor_count", text("1")),
        ("whatsapp.coexistence.history_shared", Value::Bool(true)),
        ("whatsapp.devices.mdm", Value::Bool(true)),
        ("whatsapp.devices.backup", text("unencrypted")),
        (
            "whatsapp.features",
            list(&["ai_bot", "greeting_message", "customer_groups"]),
        ),
        ("whatsapp.terms_accepted", Value::Bool(true)),
        ("special_categories.occurrence", text("regular")),
        ("scenarios.custom_count", text("1")),
        (
            "scenarios.custom.1.legal_basis",
            text("legitimate_interest"),
        ),
        ("processors.count", text("1")),
        ("processors.1.agreement", text("signed")),
        ("dpo.present", Value::Bool(true)),
        (
            "accepted_findings.dsg005",
            text("Sicherung wird im Januar umgestellt"),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    all.insert(
        "scenarios.kinds".into(),
        Value::List(
            flow::CHOSEN_SCENARIOS
                .iter()
                .map(|k| super::key(*k))
                .collect(),
        ),
    );
    for t in crate::legal::scenarios::CATALOGUE {
        let k = super::key(t.kind);
        all.insert(format!("scenarios.{k}.customize"), Value::Bool(true));
        all.insert(
            format!("scenarios.{k}.legal_basis"),
            text("legitimate_interest"),
        );
    }
    let private = [
        ("whatsapp.variant", text("private")),
        ("whatsapp.private_keep", Value::Bool(false)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    // The private app kept: an error, so the status-report question comes up.
    let kept = [
        ("whatsapp.variant", text("private")),
        ("whatsapp.private_keep", Value::Bool(true)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    vec![all, private, kept]
}

/// The commented answers file listing every question.
pub fn render() -> String {
    let mut seen = BTreeMap::new();
    for answers in walks() {
        let mut r = Recorder {
            answers,
            seen: BTreeMap::new(),
        };
        let _ = flow::run(&mut r);
        for (k, v) in r.seen {
            seen.entry(k).or_insert(v);
        }
    }
    let mut out = String::from(
        "# Antwortdatei für `dsgvo-gen init --answers DATEI`: je Zeile „Frage-ID: Antwort“.\n# Entfernen Sie das „#“ vor den Fragen, die Sie beantworten; fehlende Antworten nehmen\n# den Vorschlag des Interviews, Fragen ohne Vorschlag müssen beantwortet werden. Ja/Nein:\n# ja oder nein. Auswahlen: der Wert links vom „=“. Wiederholte Angaben (Dienstleister,\n# eigene Anwendungsfälle) zählen 1, 2, 3 …; Anwendungsfälle des Katalogs stehen mit\n# ihrem Schlüssel in der Frage-ID.\n",
    );
    for entry in ids::QUESTIONS {
        let Some(s) = seen.get(entry.id) else {
            continue;
        };
        let id = entry
            .id
            .replace("{n}", "1")
            .replace("{kind}", "customer_inquiry")
            .replace("{code}", "dsg005");
        out.push_str(&format!("\n# {}\n", s.question.prompt));
        out.push_str(&format!("#   {}\n", s.question.why));
        out.push_str(&format!("#   Antwort: {}\n", s.kind));
        for c in &s.choices {
            out.push_str(&format!("#     {} = {}\n", c.key, c.label));
        }
        out.push_str(&format!("#{id}:\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_question() {
        let text = render();
        for entry in ids::QUESTIONS {
            let id = entry
                .id
                .replace("{n}", "1")
                .replace("{kind}", "customer_inquiry")
                .replace("{code}", "dsg005");
            assert!(text.contains(&format!("\n#{id}:\n")), "{id} missing");
        }
        // Uncommented, the template is a valid (empty) answers file.
        assert!(super::super::script::ScriptedPrompter::parse("t", &text).is_ok());
    }
}
