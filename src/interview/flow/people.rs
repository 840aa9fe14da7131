//! Questions about the people whose data pass through WhatsApp, and special categories.

use super::*;

impl Flow<'_> {
    pub(super) fn data_subjects(&mut self) -> R<DataSubjects> {
        self.p.section(
            "Betroffene Personen",
            "Wessen Daten über WhatsApp laufen, bestimmt Informationspflichten und Risiken.",
        )?;
        #[derive(Clone, Copy, PartialEq, Serialize)]
        #[serde(rename_all = "snake_case")]
        enum Group {
            Customers,
            Prospects,
            Applicants,
            Employees,
            BusinessPartners,
        }
        let groups = self.many(
            q(
                "data_subjects.groups",
                "Mit wem kommunizieren Sie über WhatsApp?",
                "Für jede Gruppe beschreiben die Dokumente, welche Daten anfallen.",
            ),
            &[
                Group::Customers,
                Group::Prospects,
                Group::Applicants,
                Group::Employees,
                Group::BusinessPartners,
            ],
            |g| {
                match g {
                    Group::Customers => "Kundinnen und Kunden",
                    Group::Prospects => "Interessentinnen und Interessenten",
                    Group::Applicants => "Bewerberinnen und Bewerber",
                    Group::Employees => "Beschäftigte, die WhatsApp für Sie nutzen",
                    Group::BusinessPartners => "Lieferanten und Geschäftspartner",
                }
                .to_owned()
            },
            &[Group::Customers, Group::Prospects, Group::Employees],
        )?;
        let minors = self.one(
            q(
                "data_subjects.minors",
                "Schreiben Ihnen Kinder oder Jugendliche unter 16 Jahren?",
                "Ob ein Kind selbst einwilligen kann, hängt von seiner Einsichtsfähigkeit ab; die Dokumente holen unter 16 Jahren die Zustimmung der Eltern ein.",
            ),
            &MINORS,
            |m| {
                match m {
                    Minors::None => "nicht zu erwarten",
                    Minors::Possible => "möglich (z. B. Jugendliche als Kundschaft)",
                    Minors::TargetGroup => "ja, sie sind Zielgruppe (z. B. Nachhilfe, Verein)",
                }
                .to_owned()
            },
            Some(Minors::None),
        )?;
        let minors_age = if minors == Minors::TargetGroup {
            let min = self.number(
                q(
                    "data_subjects.minors_age.min",
                    "Ab welchem Alter sprechen Sie Kinder und Jugendliche an?",
                    "WhatsApp darf in der EU erst ab 13 Jahren genutzt werden; die Datenschutzhinweise erhalten einen Abschnitt in kindgerechter Sprache.",
                ),
                (1, 17),
                Some(13),
                None,
            )?;
            let max = self.number(
                q(
                    "data_subjects.minors_age.max",
                    "Bis zu welchem Alter?",
                    "Das höchste Alter der minderjährigen Zielgruppe.",
                ),
                (min, 17),
                Some(17),
                None,
            )?;
            Some(AgeRange {
                min: u8::try_from(min).unwrap_or(17),
                max: u8::try_from(max).unwrap_or(17),
            })
        } else {
            None
        };
        let scale = self.one(
            q(
                "data_subjects.scale",
                "Wie viele Personen erreichen Sie über WhatsApp?",
                "Umfangreiche Verarbeitung kann eine Datenschutz-Folgenabschätzung nötig machen.",
            ),
            &SCALES,
            |s| labels::scale(s).to_owned(),
            Some(Scale::Small),
        )?;
        Ok(DataSubjects {
            customers: groups.contains(&Group::Customers),
            prospects: groups.contains(&Group::Prospects),
            applicants: groups.contains(&Group::Applicants),
            employees: groups.contains(&Group::Employees),
            business_partners: groups.contains(&Group::BusinessPartners),
            minors,
            minors_age,
            scale,
        })
    }

    pub(super) fn special_categories(&mut self, sector: Sector) -> R<SpecialCategories> {
        #[derive(Clone, Copy, PartialEq, Serialize)]
        #[serde(rename_all = "snake_case")]
        enum Handles {
            None,
            Incidental,
            Regular,
        }
        let handles = self.one(
            q(
                "special_categories.occurrence",
                "Kommen Gesundheitsdaten oder andere besonders geschützte Daten (Art. 9 DSGVO) vor?",
                "Solche Daten dürfen nur mit ausdrücklicher Einwilligung oder als Gesundheitsberuf verarbeitet werden.",
            ),
            &[Handles::None, Handles::Incidental, Handles::Regular],
            |h| {
                match h {
                    Handles::None => "nein",
                    Handles::Incidental => "nur, wenn Kunden sie unaufgefordert schicken (z. B. eine Allergie)",
                    Handles::Regular => "ja, regelmäßig als Teil der Leistung (z. B. Praxis, Pflege)",
                }
                .to_owned()
            },
            Some(if sector == Sector::Health {
                Handles::Regular
            } else {
                Handles::None
            }),
        )?;
        if handles == Handles::None {
            return Ok(SpecialCategories::default());
        }
        let categories = self.many(
            q(
                "special_categories.categories",
                "Welche Kategorien?",
                "Die ausdrückliche Einwilligung muss die Kategorien nennen.",
            ),
            &all::<SpecialCategory>(),
            |c| labels::special_category(c).to_owned(),
            &[SpecialCategory::Health],
        )?;
        Ok(SpecialCategories {
            categories,
            occurrence: if handles == Handles::Regular {
                Occurrence::Regular
            } else {
                Occurrence::Incidental
            },
        })
    }
}
