//! Questions about the scenarios (purposes) WhatsApp is used for.

use super::*;

impl Flow<'_> {
    pub(super) fn scenarios(
        &mut self,
        wa: &WhatsAppAnswers,
        subjects: &DataSubjects,
        special: &SpecialCategories,
    ) -> R<ScenarioAnswers> {
        self.p.section(
            "Anwendungsfälle",
            "Für jeden Anwendungsfall legen die Dokumente Zweck, Rechtsgrundlage und Speicherdauer fest. Begrüßungs- und Abwesenheitsnachrichten, KI-Chatbot, Gruppen und die Übernahme bei Koexistenz kommen automatisch hinzu, wenn Sie diese Funktionen nutzen.",
        )?;
        let mut defaults = vec![ScenarioKind::CustomerInquiry];
        if special.occurrence == Occurrence::Regular && !special.categories.is_empty() {
            defaults.push(ScenarioKind::SpecialCategoryData);
        }
        if subjects.applicants {
            defaults.push(ScenarioKind::Recruiting);
        }
        let chosen = self.many(
            q(
                "scenarios.kinds",
                "Wofür nutzen Sie WhatsApp?",
                "Nur was hier steht, ist durch die Dokumente abgedeckt.",
            ),
            &CHOSEN_SCENARIOS,
            |k| {
                scenarios::template(k)
                    .map(|t| format!("{} – {}", t.title, labels::legal_basis(t.legal_basis)))
                    .unwrap_or_default()
            },
            &defaults,
        )?;
        let s = &wa.settings;
        let derived = [
            (
                ScenarioKind::AutoReplies,
                s.features.contains(&Feature::GreetingMessage)
                    || s.features.contains(&Feature::AwayMessage),
            ),
            (
                ScenarioKind::AiChatbot,
                s.features.contains(&Feature::AiBot),
            ),
            (
                ScenarioKind::Groups,
                s.features.contains(&Feature::CustomerGroups),
            ),
            (
                ScenarioKind::CoexistenceImport,
                s.coexistence
                    .as_ref()
                    .is_some_and(|c| c.history_shared || c.contacts_shared),
            ),
        ];
        let mut entries = Vec::new();
        let mut bases = Vec::new();
        let all = chosen.iter().map(|k| (*k, true)).chain(
            derived
                .iter()
                .filter(|(_, on)| *on)
                .map(|(k, _)| (*k, false)),
        );
        for (kind, listed) in all {
            let Some(template) = scenarios::template(kind) else {
                continue;
            };
            let entry = self.adapt_scenario(template)?;
            bases.push(entry.legal_basis.unwrap_or(template.legal_basis));
            let customised = entry != ScenarioEntry::bare(kind);
            if listed || customised {
                entries.push(entry);
            }
        }
        let count = self.number(
            q(
                "scenarios.custom_count",
                "Wie viele eigene Anwendungsfälle, die nicht in der Liste stehen, wollen Sie beschreiben? (meist 0)",
                "Eigene Anwendungsfälle brauchen Zweck, Rechtsgrundlage und Speicherdauer in Ihren Worten.",
            ),
            (0, MAX_REPEAT),
            Some(0),
            None,
        )?;
        for n in 1..=count {
            let entry = self.custom_scenario(n)?;
            if let Some(b) = entry.legal_basis {
                bases.push(b);
            }
            entries.push(entry);
        }
        let needs_consent = bases
            .iter()
            .any(|b| matches!(b, LegalBasis::Consent | LegalBasis::ExplicitConsent));
        Ok(ScenarioAnswers {
            entries,
            needs_consent,
        })
    }

    /// Asks whether to adapt a catalogue scenario, and how. Answers equal to the catalogue
    /// are not recorded, so the profile follows later updates of the catalogue.
    pub(super) fn adapt_scenario(&mut self, t: &scenarios::Template) -> R<ScenarioEntry> {
        let k = key(t.kind);
        let mut entry = ScenarioEntry::bare(t.kind);
        let adapt = self.yes_no(
            q(
                format!("scenarios.{k}.customize"),
                format!(
                    "„{}“: Zweck, Speicherdauer oder Rechtsgrundlage anpassen?",
                    t.title
                ),
                format!("Vorgabe Speicherdauer: {}.", t.retention),
            ),
            Some(false),
        )?;
        if !adapt {
            return Ok(entry);
        }
        let differs = |answer: String, default: &str| (answer != default).then_some(answer);
        let title = self.required(
            q(
                format!("scenarios.{k}.title"),
                "Titel",
                "Überschrift des Anwendungsfalls in den Dokumenten.",
            ),
            Check::Free,
            Some(t.title.to_owned()),
            None,
        )?;
        entry.title = differs(title, t.title);
        let purpose = self.required(
            q(format!("scenarios.{k}.purpose"), "Zweck", "Daten dürfen nur für diesen Zweck verarbeitet werden (Art. 5 Abs. 1 lit. b DSGVO)."),
            Check::Free,
            Some(t.purpose.to_owned()),
            None,
        )?;
        entry.purpose = differs(purpose, t.purpose);
        let initiated_by = self.one(
            q(
                format!("scenarios.{k}.initiated_by"),
                "Wer schreibt zuerst?",
                "Wenn Sie zuerst schreiben, brauchen Sie meist eine Einwilligung.",
            ),
            &INITIATORS,
            |i| labels::initiator(i).to_owned(),
            Some(t.initiated_by),
        )?;
        entry.initiated_by = (initiated_by != t.initiated_by).then_some(initiated_by);
        let default_data = t.data.join("; ");
        let data = self.list(
            q(
                format!("scenarios.{k}.data"),
                "Datenkategorien, durch „;“ getrennt",
                "Das Verzeichnis nennt, welche Daten anfallen (Art. 30 Abs. 1 lit. c DSGVO).",
            ),
            true,
            Some(default_data.clone()),
            None,
        )?;
        entry.data = (data.join("; ") != default_data).then_some(data);
        let options: &[LegalBasis] = match t.kind {
            ScenarioKind::Marketing => &[],
            ScenarioKind::SpecialCategoryData => {
                &[LegalBasis::ExplicitConsent, LegalBasis::HealthCare]
            }
            _ => &[
                LegalBasis::Consent,
                LegalBasis::Contract,
                LegalBasis::LegalObligation,
                LegalBasis::LegitimateInterest,
            ],
        };
        let basis = if options.is_empty() {
            t.legal_basis
        } else {
            self.legal_basis(
                &format!("scenarios.{k}.legal_basis"),
                options,
                Some(t.legal_basis),
            )?
        };
        entry.legal_basis = (basis != t.legal_basis).then_some(basis);
        if basis == LegalBasis::LegitimateInterest {
            let default = t.legitimate_interest.unwrap_or_default();
            let interest = self.required(
                q(
                    format!("scenarios.{k}.legitimate_interest"),
                    "Welches berechtigte Interesse verfolgen Sie?",
                    "Das Interesse muss in den Datenschutzhinweisen stehen (Art. 13 Abs. 1 lit. d DSGVO).",
                ),
                Check::Free,
                (!default.is_empty()).then(|| default.to_owned()),
                None,
            )?;
            entry.legitimate_interest = differs(interest, default);
        }
        let retention = self.required(
            q(
                format!("scenarios.{k}.retention"),
                "Speicherdauer",
                "Nennen Sie eine Frist oder ein Kriterium; „unbegrenzt“ ist nicht zulässig.",
            ),
            Check::Free,
            Some(t.retention.to_owned()),
            None,
        )?;
        entry.retention = differs(retention, t.retention);
        Ok(entry)
    }

    pub(super) fn legal_basis(
        &mut self,
        id: &str,
        options: &[LegalBasis],
        default: Option<LegalBasis>,
    ) -> R<LegalBasis> {
        self.one(
            q(
                id,
                "Rechtsgrundlage",
                "Ohne passende Rechtsgrundlage ist die Verarbeitung unzulässig (Art. 6 DSGVO).",
            ),
            options,
            |b| {
                format!(
                    "{} ({})",
                    labels::legal_basis(b),
                    labels::legal_basis_citation(b)
                )
            },
            default,
        )
    }

    pub(super) fn custom_scenario(&mut self, n: u32) -> R<ScenarioEntry> {
        let id = |field: &str| format!("scenarios.custom.{n}.{field}");
        let title = self.required(
            q(
                id("title"),
                format!("Eigener Anwendungsfall {n}: Titel"),
                "Überschrift in den Dokumenten.",
            ),
            Check::Free,
            None,
            Some("Eigener Anwendungsfall"),
        )?;
        let purpose = self.required(
            q(
                id("purpose"),
                "Zweck",
                "Daten dürfen nur für diesen Zweck verarbeitet werden.",
            ),
            Check::Free,
            None,
            Some("Zweck in eigenen Worten"),
        )?;
        let initiated_by = self.one(
            q(
                id("initiated_by"),
                "Wer schreibt zuerst?",
                "Wenn Sie zuerst schreiben, brauchen Sie meist eine Einwilligung.",
            ),
            &INITIATORS,
            |i| labels::initiator(i).to_owned(),
            Some(Initiator::Customer),
        )?;
        let data = self.list(
            q(
                id("data"),
                "Datenkategorien, durch „;“ getrennt",
                "Das Verzeichnis nennt, welche Daten anfallen.",
            ),
            true,
            Some("Telefonnummer; Nachrichteninhalte".into()),
            None,
        )?;
        let legal_basis = self.legal_basis(&id("legal_basis"), &LEGAL_BASES, None)?;
        let legitimate_interest = if legal_basis == LegalBasis::LegitimateInterest {
            Some(self.required(
                q(
                    id("legitimate_interest"),
                    "Welches berechtigte Interesse verfolgen Sie?",
                    "Das Interesse muss in den Datenschutzhinweisen stehen.",
                ),
                Check::Free,
                None,
                Some("Beantwortung von Anfragen"),
            )?)
        } else {
            None
        };
        let retention = self.required(
            q(
                id("retention"),
                "Speicherdauer",
                "Nennen Sie eine Frist oder ein Kriterium.",
            ),
            Check::Free,
            None,
            Some("6 Monate nach Abschluss des Vorgangs"),
        )?;
        Ok(ScenarioEntry {
            kind: ScenarioKind::Custom,
            title: Some(title),
            purpose: Some(purpose),
            initiated_by: Some(initiated_by),
            data: Some(data),
            legal_basis: Some(legal_basis),
            legitimate_interest,
            retention: Some(retention),
            en: None,
        })
    }
}
