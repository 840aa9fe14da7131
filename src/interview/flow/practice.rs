//! Questions about consent, withdrawal, measures and further processors.

use super::*;

impl Flow<'_> {
    pub(super) fn consent(&mut self, entries: &[ScenarioEntry]) -> R<Consent> {
        self.p.section(
            "Einwilligung",
            "Mindestens ein Anwendungsfall stützt sich auf eine Einwilligung. Sie muss freiwillig, informiert und nachweisbar sein.",
        )?;
        let channels = self.many(
            q(
                "consent.channels",
                "Wo holen Sie die Einwilligung ein?",
                "Für jeden Weg enthalten die Dokumente den passenden Einwilligungstext.",
            ),
            &all::<ConsentChannel>(),
            |c| labels::consent_channel(c).to_owned(),
            &Consent::default().channels,
        )?;
        let marketing = entries.iter().any(|e| e.kind == ScenarioKind::Marketing);
        let double_opt_in = self.yes_no(
            q(
                "consent.double_opt_in",
                "Bestätigen die Personen ihre Einwilligung mit einer zweiten Nachricht (Double-Opt-in)?",
                "So lässt sich belegen, dass die Einwilligung vom Inhaber der Nummer stammt – wichtig bei Werbung.",
            ),
            if marketing { None } else { Some(false) },
        )?;
        let log_location = self.optional(
            q(
                "consent.log_location",
                "Wo werden Einwilligungen protokolliert? (z. B. Kundendatei, Liste im Büro)",
                "Sie müssen nachweisen können, wer wann welchem Text zugestimmt hat (Art. 7 Abs. 1 DSGVO).",
            ),
            Check::Free,
            None,
            None,
        )?;
        let page_url = if channels.contains(&ConsentChannel::ConsentPage) {
            self.optional(
                q(
                    "consent.page_url",
                    "Unter welcher Adresse veröffentlichen Sie die Einwilligungsseite whatsapp-kontakt.html?",
                    "QR-Code und Aushang führen dorthin; ohne Adresse öffnen sie direkt den Chat.",
                ),
                Check::Url,
                None,
                None,
            )?
        } else {
            None
        };
        Ok(Consent {
            channels,
            double_opt_in,
            log_location,
            page_url,
        })
    }

    pub(super) fn withdrawal(&mut self, company: &Company) -> R<Withdrawal> {
        self.p.section(
            "Widerruf und Widerspruch",
            "Ein Widerruf muss so einfach sein wie die Einwilligung (Art. 7 Abs. 3 DSGVO).",
        )?;
        let defaults = Withdrawal::default();
        let keyword = self.required(
            q(
                "withdrawal.keyword",
                "Stichwort, mit dem man im Chat widerruft",
                "Ein einziges Wort genügt, um Nachrichten abzubestellen; es steht in jedem Einwilligungstext.",
            ),
            Check::Word,
            Some(defaults.keyword.clone()),
            None,
        )?;
        let email = self.optional(
            q(
                "withdrawal.email",
                "E-Mail-Adresse für Widerrufe",
                "Ein zweiter Weg neben dem Chat, falls jemand WhatsApp nicht mehr nutzt.",
            ),
            Check::Email,
            Some(company.email.clone()),
            None,
        )?;
        let email = email.filter(|e| *e != company.email);
        let postal = self.yes_no(
            q(
                "withdrawal.postal",
                "Kann auch per Brief an Ihre Anschrift widerrufen werden?",
                "Die Anschrift steht dann in der Widerrufsbelehrung.",
            ),
            Some(defaults.postal),
        )?;
        let phone = self.optional(
            q(
                "withdrawal.phone",
                "Telefonnummer für Widerrufe (international; leer = keine)",
                "Wer anruft, kann mündlich widerrufen; die Nummer steht dann in der Belehrung.",
            ),
            Check::Phone,
            company.phone.clone(),
            None,
        )?;
        let web_form_url = self.optional(
            q(
                "withdrawal.web_form_url",
                "Adresse eines Webformulars für Widerrufe (leer = keines)",
                "Ein Formular erleichtert den Widerruf und dokumentiert ihn.",
            ),
            Check::Url,
            None,
            None,
        )?;
        Ok(Withdrawal {
            keyword,
            email,
            postal,
            phone,
            web_form_url,
        })
    }

    pub(super) fn measures(&mut self, c: &MeasureContext) -> R<(Vec<Measure>, Vec<String>)> {
        self.p.section(
            "Schutzmaßnahmen",
            "Technische und organisatorische Maßnahmen (Art. 32 DSGVO) senken die Risiken in der Folgenabschätzung. Wählen Sie nur, was tatsächlich umgesetzt ist; angeboten wird nur, was zu Ihrer Nutzung passt.",
        )?;
        let offered: Vec<Measure> = all::<Measure>()
            .into_iter()
            .filter(|m| measure_applies(*m, c))
            .collect();
        let chosen = self.many(
            q(
                "measures",
                "Welche Maßnahmen sind umgesetzt?",
                "Die Maßnahmen erscheinen im Verzeichnis und in der Risikobewertung.",
            ),
            &offered,
            |m| {
                let info = measures::info(m);
                format!("{} – {}", info.label, info.description)
            },
            &[],
        )?;
        let custom = self.list(
            q(
                "custom_measures",
                "Weitere Maßnahmen in eigenen Worten (durch „;“ getrennt, leer = keine)",
                "Was nicht in der Liste steht, wird wörtlich übernommen.",
            ),
            false,
            None,
            None,
        )?;
        Ok((chosen, custom))
    }

    pub(super) fn processors(&mut self, already: usize) -> R<Vec<Processor>> {
        self.p.section(
            "Weitere Dienstleister",
            if already > 0 {
                "Der MDM-Anbieter ist schon erfasst. Gibt es weitere Dienstleister, die im Zusammenhang mit WhatsApp Daten für Sie verarbeiten?"
            } else {
                "Gibt es Dienstleister, die im Zusammenhang mit WhatsApp Daten für Sie verarbeiten (CRM, Archiv, Helpdesk, KI, Hosting)?"
            },
        )?;
        let count = self.number(
            q(
                "processors.count",
                "Anzahl weiterer Dienstleister (0 = keine)",
                "Jeder braucht einen Vertrag nach Art. 28 DSGVO und wird im Verzeichnis genannt.",
            ),
            (0, MAX_REPEAT),
            Some(0),
            None,
        )?;
        let mut out = Vec::new();
        for n in 1..=count {
            let id = |field: &str| format!("processors.{n}.{field}");
            let name = self.required(
                q(
                    id("name"),
                    format!("Dienstleister {n}: Firmenname"),
                    "Wird im Verzeichnis genannt.",
                ),
                Check::Free,
                None,
                Some("Beispiel CRM GmbH"),
            )?;
            let role = self.one(
                q(
                    id("role"),
                    format!("Dienstleister {n}: Aufgabe"),
                    "Zeigt, wofür er die Daten erhält.",
                ),
                &all::<ProcessorRole>(),
                |r| labels::processor_role(r).to_owned(),
                None,
            )?;
            let seat = self.optional(
                q(
                    id("seat"),
                    format!("Dienstleister {n}: Sitz (Ort, Land)"),
                    "Bestimmt, welches Recht gilt; leer lassen, wenn unbekannt.",
                ),
                Check::Free,
                None,
                None,
            )?;
            let location = self.optional(
                q(
                    id("location"),
                    format!("Dienstleister {n}: Ort der Verarbeitung"),
                    "Entscheidet, ob Daten die EU verlassen; leer lassen, wenn unbekannt.",
                ),
                Check::Free,
                None,
                None,
            )?;
            let agreement = self.one(
                q(
                    id("agreement"),
                    format!("Dienstleister {n}: Vertrag zur Auftragsverarbeitung"),
                    "Ohne Vertrag nach Art. 28 DSGVO darf er keine Daten erhalten.",
                ),
                &AGREEMENTS,
                |a| labels::agreement_status(a).to_owned(),
                None,
            )?;
            let agreement_date = if agreement == AgreementStatus::Signed {
                self.optional(
                    q(
                        id("agreement_date"),
                        format!("Dienstleister {n}: Datum des Vertrags"),
                        "Belegt, seit wann der Vertrag gilt; leer lassen, wenn unbekannt.",
                    ),
                    Check::Date,
                    None,
                    None,
                )?
            } else {
                None
            };
            out.push(Processor {
                name,
                role,
                seat,
                location,
                agreement,
                agreement_date,
            });
        }
        Ok(out)
    }
}
