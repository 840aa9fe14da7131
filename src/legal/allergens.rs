//! Allergen questions as incidental health data. A food business that answers questions about
//! allergens and intolerances receives health data (Art. 4 Nr. 15 GDPR) whenever a customer
//! names the reason ("Torte für meine Tochter, Zöliakie"). The business does not need the
//! reason to answer, so the data are incidental: rated as risk R7 with a low likelihood, and
//! handled by one rule that documents 01, 02, 03 and 04 state.

use crate::profile::model::Sector;
use crate::profile::validate::Profile;

/// Date the texts below were last checked.
pub const CHECKED_ON: &str = "2026-11-30";

/// Word stems in a scenario purpose that mean the business answers allergen questions
/// (matched case-insensitively).
const STEMS: &[&str] = &[
    "allerg",
    "unverträglich",
    "intoleran",
    "zöliak",
    "gluten",
    "laktose",
];

/// Does the company answer questions about allergens and intolerances over WhatsApp? True for
/// the food sector and for any profile whose scenario purposes mention allergens or
/// intolerances.
pub fn answers_allergen_questions(p: &Profile) -> bool {
    p.raw.company.sector == Sector::Food
        || p.scenarios.iter().any(|s| {
            let purpose = s.purpose.to_lowercase();
            STEMS.iter().any(|stem| purpose.contains(stem))
        })
}

/// How consent texts name health data for a business that answers allergen questions: what
/// customers of a bakery or restaurant actually share, not the abstract Art. 9 category.
pub const HEALTH_DATA_WORDING: &str =
    "Angaben zu Allergien und Unverträglichkeiten (Gesundheitsdaten)";

/// Title of the explicit consent for such data, in place of the catalogue's generic title.
pub const SPECIAL_CONSENT_TITLE: &str = "Angaben zu Allergien und Unverträglichkeiten";

/// The sentence for data subjects (privacy notice, consent texts).
pub const NOTICE: &str = "Fragen zu Allergenen und Unverträglichkeiten beantworten wir, ohne dass Sie Angaben zu Ihrer Gesundheit machen müssen. Nennen Sie uns von sich aus eine Allergie oder Unverträglichkeit, verwenden wir diese Angabe nur für die betreffende Bestellung und löschen sie nach deren Abschluss im Chat.";

/// The rule for staff and the records (record of processing, consent procedure).
pub const RULE: &str = "Fragen zu Allergenen und Unverträglichkeiten werden beantwortet, ohne Angaben zur Gesundheit zu verlangen: Genannt werden Zutaten und Allergene des Produkts, nach dem Grund der Frage wird nicht gefragt. Nennt eine Person von sich aus eine Allergie oder Unverträglichkeit (Gesundheitsdaten, Art. 4 Nr. 15 DSGVO), wird die Angabe nur für die betreffende Bestellung verwendet und nach deren Abschluss im Chat gelöscht. Soll sie darüber hinaus gespeichert werden, etwa für künftige Bestellungen, ist vorher die ausdrückliche Einwilligung der Person einzuholen (Art. 9 Abs. 2 lit. a DSGVO).";

/// How the special categories are described in the DPIA when only allergen questions bring
/// health data.
pub const SPECIAL_CATEGORIES: &str = "nicht Teil der Leistung; bei Fragen zu Allergenen und Unverträglichkeiten können Gesundheitsangaben unaufgefordert eingehen (Risiko R7)";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::risk::testing::*;

    #[test]
    fn food_sector_or_an_allergen_purpose_means_allergen_questions() {
        let food = profile(&yaml("food", "", "  variant: cloud_api", ""));
        assert!(answers_allergen_questions(&food));
        let shop = |purpose: &str| {
            profile(&yaml(
                "retail",
                "",
                "  variant: cloud_api",
                &format!("scenarios:\n  - kind: customer_inquiry\n    purpose: \"{purpose}\""),
            ))
        };
        assert!(answers_allergen_questions(&shop(
            "Beratung zu glutenfreien Produkten"
        )));
        assert!(answers_allergen_questions(&shop(
            "Fragen zu Lactoseintoleranz und Zutaten"
        )));
        assert!(!answers_allergen_questions(&shop(
            "Fragen zu Öffnungszeiten"
        )));
    }
}
