//! Closing questions: the data-protection officer and the document metadata.

use super::*;

impl Flow<'_> {
    pub(super) fn dpo(&mut self, raw: &RawProfile) -> R<Option<Dpo>> {
        self.p.section(
            "Datenschutzbeauftragte Person",
            "Ob eine Benennung Pflicht ist, folgt aus Ihren bisherigen Angaben.",
        )?;
        let reasons = provisional_dpo_reasons(raw);
        if reasons.is_empty() {
            self.p.info("Nach Ihren Angaben besteht keine Pflicht, eine Datenschutzbeauftragte Person zu benennen. Eine freiwillige Benennung ist möglich.")?;
        } else {
            self.p.info(&format!(
                "Nach Ihren Angaben ist eine Datenschutzbeauftragte Person Pflicht: {}.",
                crate::text::join_und(&reasons)
            ))?;
        }
        let question = q(
            "dpo.present",
            "Haben Sie eine Datenschutzbeauftragte Person benannt?",
            "Ihre Kontaktdaten gehören in die Datenschutzhinweise (Art. 13 Abs. 1 lit. b DSGVO).",
        );
        let present = self.yes_no(
            // Without a duty, "Nein" is only shown for review.
            if reasons.is_empty() {
                question.quiet()
            } else {
                question
            },
            // Where the duty exists, "Ja" is proposed: the starter profile then carries a
            // placeholder person instead of a profile that fails validation.
            Some(!reasons.is_empty()),
        )?;
        if !present {
            return Ok(None);
        }
        let name = self.required(
            q(
                "dpo.name",
                "Name der Datenschutzbeauftragten Person",
                "Wird in den Datenschutzhinweisen genannt.",
            ),
            Check::Free,
            None,
            Some("Erika Beispiel"),
        )?;
        let organisation = self.optional(
            q(
                "dpo.organisation",
                "Firma (bei externer Benennung)",
                "Bei externen Beauftragten gehört die Firma zur Angabe; leer lassen bei internen.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let email = self.required(
            q(
                "dpo.email",
                "E-Mail-Adresse der Datenschutzbeauftragten Person",
                "Betroffene müssen sie direkt erreichen können.",
            ),
            Check::Email,
            None,
            Some("datenschutz@musterfirma.example"),
        )?;
        let phone = self.optional(
            q(
                "dpo.phone",
                "Telefonnummer (international; leer = keine)",
                "Ein weiterer direkter Kontaktweg.",
            ),
            Check::Phone,
            None,
            None,
        )?;
        let address = self.optional(
            q(
                "dpo.address",
                "Postanschrift, falls abweichend von Ihrer (leer = gleiche Anschrift)",
                "Nur nötig, wenn die Person woanders erreichbar ist.",
            ),
            Check::Free,
            None,
            None,
        )?;
        Ok(Some(Dpo {
            name,
            organisation,
            email,
            phone,
            address,
        }))
    }

    pub(super) fn document(&mut self, raw: &RawProfile) -> R<DocumentMeta> {
        let company = &raw.company;
        self.p.section(
            "Dokumente",
            "Zum Schluss die Angaben, die auf jedem Dokument stehen.",
        )?;
        let defaults = DocumentMeta::default();
        let version = self.required(
            q(
                "document.version",
                "Versionsnummer der Dokumente",
                "Bei jeder Änderung erhöhen, damit klar ist, welche Fassung gilt.",
            ),
            Check::Free,
            Some(defaults.version),
            None,
        )?;
        let date = self.optional(
            q(
                "document.date",
                "Stand-Datum (TT.MM.JJJJ; leer = heute)",
                "Das Stand-Datum zeigt, auf welchem Stand die Dokumente sind. Es wird ins Profil geschrieben, damit eine spätere Prüfung nicht vom Tag abhängt.",
            ),
            Check::Date,
            None,
            None,
        )?;
        let responsible = self.optional(
            q(
                "document.responsible",
                "Wer ist für die Dokumente verantwortlich?",
                "Diese Person pflegt die Dokumente und wird intern als Ansprechpartner genannt.",
            ),
            Check::Free,
            company.representatives.first().map(|r| person_name(r)),
            None,
        )?;
        // Asked only while the answers have errors: the fixes in the interview set it when
        // the user keeps the answers as they are.
        let has_errors = crate::interview::fixes::lint(raw)
            .diagnostics
            .iter()
            .any(|d| d.is_error());
        let status_report = has_errors
            && self.yes_no(
                q(
                    "document.status_report",
                    "Die Dokumente trotz Prüffehlern als Bestandsaufnahme erzeugen?",
                    "Eine Bestandsaufnahme beschreibt den Ist-Zustand mit seinen Mängeln; sie ist keine Grundlage für den Betrieb.",
                ),
                Some(false),
            )?;
        let next_review = self.optional(
            q(
                "document.next_review",
                "Nächste Überprüfung der Dokumente (TT.MM.JJJJ; leer = zwölf Monate nach der Freigabe)",
                "Ist der Termin beim Erzeugen überschritten, weist die Prüfung darauf hin.",
            ),
            Check::Date,
            None,
            None,
        )?;
        let english = self.yes_no(
            q(
                "document.english",
                "Datenschutzhinweise und Widerrufshinweise zusätzlich auf Englisch erzeugen?",
                "Für Kundschaft, die kein Deutsch liest: die Texte für Betroffene entstehen zusätzlich als englische Fassung (Dateien *.en.*); maßgeblich bleibt die deutsche.",
            ),
            Some(false),
        )?;
        Ok(DocumentMeta {
            version,
            date,
            responsible,
            status_report,
            next_review,
            languages: if english {
                vec![crate::lang::Lang::De, crate::lang::Lang::En]
            } else {
                Vec::new()
            },
            full_dpia: self.yes_no(
                q(
                    "document.full_dpia",
                    "Dokument 02 immer als vollständige Datenschutz-Folgenabschätzung schreiben?",
                    "Ohne Pflicht genügt ein kurzer Schwellwertvermerk; die vollständige Fassung ist für Beratungen oder eine Prüfung durch die Aufsicht gedacht.",
                ),
                Some(false),
            )?,
            avv_proposal: self.yes_no(
                q(
                    "document.avv_proposal",
                    "Dokument 05 um einen Vertragsvorschlag an Meta ergänzen?",
                    "Meta verhandelt seine Bedingungen mit kleinen Unternehmen nicht; ohne Dienstleister genügt die Prüfung der Bedingungen. Der Vorschlag dokumentiert auf Wunsch den Versuch, die Lücken zu schließen.",
                ),
                Some(false),
            )?,
        })
    }

    /// The warnings the answers produce, each offered for acceptance with a reason.
    pub(super) fn accepted_findings(&mut self, raw: &RawProfile) -> R<Vec<AcceptedFinding>> {
        let mut codes: Vec<&'static str> = crate::interview::fixes::lint(raw)
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .filter_map(|d| d.code)
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let mut out = Vec::new();
        for code in codes {
            let Some(lint) = crate::profile::lints::find(code) else {
                continue;
            };
            let id = code.to_ascii_lowercase();
            let reason = self.optional(
                q(
                    format!("accepted_findings.{id}"),
                    format!(
                        "Hinweis {code} „{}“ bewusst hinnehmen? Begründung (leer = nein)",
                        lint.title
                    ),
                    "Ein hingenommener Hinweis wird nicht mehr als Warnung gemeldet, sondern mit der Begründung in Dokument 02 aufgeführt.",
                ),
                Check::Free,
                None,
                None,
            )?;
            let Some(reason) = reason else {
                continue;
            };
            let until = self.optional(
                q(
                    format!("accepted_findings.{id}.until"),
                    format!("{code} hinnehmen bis (TT.MM.JJJJ; leer = unbefristet)"),
                    "Danach meldet die Prüfung den Hinweis wieder.",
                ),
                Check::Date,
                None,
                None,
            )?;
            out.push(AcceptedFinding {
                code: code.to_owned(),
                reason,
                until,
            });
        }
        Ok(out)
    }
}
