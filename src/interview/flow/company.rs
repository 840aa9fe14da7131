//! Questions about the company (the controller).

use super::*;

impl Flow<'_> {
    pub(super) fn company(&mut self) -> R<Company> {
        self.p.section(
            "Unternehmen",
            "Diese Angaben erscheinen in jedem Dokument als „Verantwortlicher“.",
        )?;
        let name = self.required(
            q(
                "company.name",
                "Name des Unternehmens (wie im Register oder Impressum)",
                "Der Verantwortliche muss in jedem Dokument eindeutig benannt sein.",
            ),
            Check::Free,
            None,
            Some("Musterfirma GmbH"),
        )?;
        let detected = legal_form_in(&name);
        let question = q(
            "company.legal_form",
            "Rechtsform (z. B. GmbH, e. K., GbR)",
            "Gehört zur vollständigen Bezeichnung des Verantwortlichen; leer lassen, wenn es keine gibt.",
        );
        let legal_form = self.optional(
            // Read from the name: only shown for review.
            if detected.is_some() {
                question.quiet()
            } else {
                question
            },
            Check::Free,
            detected,
            None,
        )?;
        let street = self.required(
            q(
                "company.street",
                "Straße und Hausnummer",
                "Die Anschrift des Verantwortlichen ist Pflichtangabe (Art. 13 Abs. 1 lit. a DSGVO).",
            ),
            Check::Free,
            None,
            Some("Musterstraße 1"),
        )?;
        let postal_code = self.required(
            q(
                "company.postal_code",
                "Postleitzahl",
                "Fünf Ziffern; gehört zur Anschrift.",
            ),
            Check::PostalCode,
            None,
            Some("70173"),
        )?;
        let city = self.required(
            q("company.city", "Ort", "Gehört zur Anschrift."),
            Check::Free,
            None,
            Some("Stuttgart"),
        )?;
        let proposed = crate::interview::postal::state_for(&postal_code);
        let question = q(
            "company.state",
            "Bundesland des Firmensitzes",
            "Bestimmt die zuständige Datenschutz-Aufsichtsbehörde, die in den Dokumenten steht.",
        );
        let state = self.one(
            // Proposed from the postal code: only shown for review.
            if proposed.is_some() {
                question.quiet()
            } else {
                question
            },
            &all::<State>(),
            |s| authorities::state_name(s).to_owned(),
            proposed,
        )?;
        let representatives = self.list(
            q(
                "company.representatives",
                "Vertretungsberechtigte Person(en) mit Funktion; mehrere durch „;“ trennen",
                "Werden als Vertreter des Verantwortlichen genannt (Art. 13 Abs. 1 lit. a DSGVO).",
            ),
            true,
            None,
            Some("Max Muster (Geschäftsführer)"),
        )?;
        let register = self.optional(
            q(
                "company.register",
                "Registereintrag (z. B. Amtsgericht Freiburg HRB 123456)",
                "Identifiziert das Unternehmen eindeutig; leer lassen, wenn es keinen gibt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let email = self.required(
            q(
                "company.email",
                "E-Mail-Adresse für Datenschutzanfragen",
                "Kontaktweg für betroffene Personen; zugleich Adresse für Widerrufe.",
            ),
            Check::Email,
            None,
            Some("info@musterfirma.example"),
        )?;
        let phone = self.optional(
            q(
                "company.phone",
                "Telefonnummer im internationalen Format (z. B. +49 761 123456)",
                "Wird als Kontaktweg neben WhatsApp genannt; leer lassen, wenn es keine gibt.",
            ),
            Check::Phone,
            None,
            Some("+49 711 1234560"),
        )?;
        let website = self.optional(
            q(
                "company.website",
                "Website (z. B. https://www.beispiel.de)",
                "Erscheint in den Kontaktangaben; leer lassen, wenn es keine gibt.",
            ),
            Check::Url,
            None,
            None,
        )?;
        let derived = website
            .as_deref()
            .map(|w| format!("{}/datenschutz-whatsapp", w.trim_end_matches('/')));
        let question = q(
            "company.privacy_notice_url",
            "Adresse, unter der die Datenschutzhinweise für WhatsApp stehen (werden)",
            "Die Kurzinformation im Chat verweist darauf (Art. 13 DSGVO); veröffentlichen Sie dort Dokument 04.",
        );
        let privacy_notice_url = self.optional(
            // Derived from the website: only shown for review.
            if derived.is_some() {
                question.quiet()
            } else {
                question
            },
            Check::Url,
            derived,
            None,
        )?;
        let derived_imprint = website
            .as_deref()
            .map(|w| format!("{}/impressum", w.trim_end_matches('/')));
        let question = q(
            "company.imprint_url",
            "Adresse Ihres Impressums",
            "Die Kontaktseite, das Unternehmensprofil und der Aushang verlinken darauf (§ 5 DDG).",
        );
        let imprint_url = self.optional(
            if derived_imprint.is_some() {
                question.quiet()
            } else {
                question
            },
            Check::Url,
            derived_imprint,
            None,
        )?;
        let sector = self.one(
            q(
                "company.sector",
                "Branche",
                "Die Branche bestimmt typische Risiken und Formulierungen in den Dokumenten.",
            ),
            &all::<Sector>(),
            |s| labels::sector(s).to_owned(),
            None,
        )?;
        let employees = self.number(
            q(
                "company.employees",
                "Anzahl der Beschäftigten (Köpfe, einschließlich Inhaber)",
                "Bestimmt mit, ob eine Datenschutzbeauftragte Person benannt werden muss.",
            ),
            (1, 1_000_000),
            None,
            Some("5"),
        )?;
        let persons_processing_data = if employees >= 20 {
            let n = self.number(
                q(
                    "company.persons_processing_data",
                    "Davon: Personen, die ständig mit personenbezogenen Daten am Computer oder Smartphone arbeiten",
                    "Ab 20 solcher Personen ist eine Datenschutzbeauftragte Person Pflicht (§ 38 BDSG).",
                ),
                (0, employees),
                Some(employees),
                None,
            )?;
            (n != employees).then_some(n)
        } else {
            None
        };
        let professional_secrecy = if matches!(
            sector,
            Sector::Health
                | Sector::Legal
                | Sector::Finance
                | Sector::Education
                | Sector::Services
                | Sector::Other
        ) {
            self.yes_no(
                q(
                    "company.professional_secrecy",
                    "Unterliegen Sie einem Berufsgeheimnis (§ 203 StGB, z. B. Ärzte, Therapeuten, Anwälte, Steuerberater)?",
                    "Berufsgeheimnisträger dürfen Geheimnisse nur unter zusätzlichen Vorkehrungen an Dienstleister geben.",
                ),
                Some(matches!(sector, Sector::Health | Sector::Legal)),
            )?
        } else {
            false
        };
        let profession = if professional_secrecy || sector == Sector::Legal {
            Some(self.one(
                q(
                    "company.profession",
                    "Welcher Beruf wird ausgeübt?",
                    "Der Beruf bestimmt die berufsrechtlichen Aufbewahrungsfristen (Patientenakte, Handakte).",
                ),
                &all::<Profession>(),
                |p| labels::profession(p).to_owned(),
                None,
            )?)
        } else {
            None
        };
        let sole_trade = crate::legal::retention::derive_merchant(
            None,
            legal_form.as_deref(),
            sector,
            profession,
        )
        .reason
        .starts_with("Gewerbebetrieb");
        let merchant = if sole_trade {
            let yes = self.yes_no(
                q(
                    "company.merchant",
                    "Erfordert Ihr Betrieb eine kaufmännische Buchführung (Kaufmann im Sinne des HGB)?",
                    "Dann sind Geschäftsbriefe 6 Jahre aufzubewahren (§ 257 HGB). Bei Gewerbebetrieben wird das vermutet; nur Kleingewerbe ohne kaufmännische Einrichtung sind ausgenommen.",
                ),
                Some(true),
            )?;
            (!yes).then_some(false)
        } else {
            None
        };
        let acts_as_processor = if matches!(sector, Sector::Services | Sector::Other) {
            self.yes_no(
                q(
                    "company.acts_as_processor",
                    "Betreiben Sie WhatsApp auch im Auftrag Ihrer Kunden (z. B. als Agentur)?",
                    "Dann brauchen Sie zusätzlich ein Verzeichnis als Auftragsverarbeiter (Art. 30 Abs. 2 DSGVO).",
                ),
                Some(false),
            )?
        } else {
            false
        };
        Ok(Company {
            name,
            legal_form,
            street,
            postal_code,
            city,
            state,
            representatives,
            register,
            email,
            phone,
            website,
            privacy_notice_url,
            imprint_url,
            sector,
            employees,
            persons_processing_data,
            professional_secrecy,
            acts_as_processor,
            profession,
            merchant,
        })
    }
}
