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

/// Foreseeable, unsolicited health data of a sector and the one rule for it, as every document
/// states it.
#[derive(Debug)]
pub struct Topic {
    /// Bold lead of the rule in the record of processing.
    pub label: &'static str,
    /// How consent texts name the health data.
    pub health_data_wording: &'static str,
    /// Title of an explicit consent for such data.
    pub special_consent_title: &'static str,
    /// The sentence for data subjects (privacy notice; its first sentence in the greeting).
    pub notice: &'static str,
    /// [`Topic::notice`] in English.
    pub en_notice: &'static str,
    /// The rule for staff and the records.
    pub rule: &'static str,
    /// The consent principles' pointer to the rule (document 03).
    pub principle: &'static str,
    /// How the DPIA describes the special categories.
    pub special_categories: &'static str,
}

/// A food business (or any business whose purposes mention allergens).
pub const FOOD: Topic = Topic {
    label: "Allergenfragen",
    health_data_wording: HEALTH_DATA_WORDING,
    special_consent_title: SPECIAL_CONSENT_TITLE,
    notice: NOTICE,
    en_notice: "We answer questions about allergens and intolerances without you having to give us any information about your health. If you tell us of your own accord about an allergy or intolerance, we use this information only for the order concerned and delete it from the chat once the order is completed.",
    rule: RULE,
    principle: "Nach Gesundheitsangaben wird nicht gefragt; soll eine genannte Allergie über die einzelne Bestellung hinaus gespeichert werden, ist vorher die ausdrückliche Einwilligung einzuholen (Art. 9 Abs. 2 lit. a DSGVO; Regel in Dokument 1, Abschnitt 3.1).",
    special_categories: SPECIAL_CATEGORIES,
};

/// A hotel or holiday business: guests name allergies, diets or accessibility needs for their
/// stay; the business needs only what it must prepare, and takes it into the booking.
pub const STAY: Topic = Topic {
    label: "Gesundheitsangaben für den Aufenthalt",
    health_data_wording: "Angaben zu Allergien, Ernährung oder Barrierefreiheit (Gesundheitsdaten)",
    special_consent_title: "Angaben zu Allergien, Ernährung oder Barrierefreiheit",
    notice: "Für Ihren Aufenthalt brauchen wir keine Angaben zu Ihrer Gesundheit. Möchten Sie uns etwa eine Allergie, eine Unverträglichkeit oder einen Bedarf an Barrierefreiheit mitteilen, fragen wir Sie im Chat, ob wir die Angabe dafür verwenden dürfen; wir übernehmen nur das Nötige in Ihre Buchung, löschen die Nachricht danach im Chat und die Angabe in der Buchung nach Ihrer Abreise. Sie können uns solche Angaben auch telefonisch oder vor Ort mitteilen.",
    en_notice: "We need no information about your health for your stay. If you would like to tell us, for example, about an allergy, an intolerance or a need for accessibility, we ask you in the chat whether we may use this information for that purpose; we transfer only what is necessary to your booking, then delete the message from the chat and the information in the booking after your departure. You can also give us such information by telephone or in person.",
    rule: "Nach Angaben zur Gesundheit wird nicht gefragt. Teilt ein Gast von sich aus eine Allergie, Unverträglichkeit, Ernährungsweise oder einen Bedarf an Barrierefreiheit mit (Gesundheitsdaten, Art. 4 Nr. 15 DSGVO), wird er im Chat gefragt, ob die Angabe für den Aufenthalt verwendet werden darf; seine Bestätigung ist die ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO). Nur das Nötige wird als Sonderwunsch in die Buchung übernommen und nur den Beschäftigten gezeigt, die es vorbereiten; im Chat wird die Nachricht danach gelöscht, in der Buchung die Angabe nach der Abreise.",
    principle: "Verwendet werden sie nur mit der ausdrücklichen Bestätigung des Gastes im Chat (Art. 9 Abs. 2 lit. a DSGVO; Regel in Dokument 1, Abschnitt 3.1).",
    special_categories: "nicht Teil der Leistung; mit Sonderwünschen zum Aufenthalt (Allergien, Ernährung, Barrierefreiheit) können Gesundheitsangaben unaufgefordert eingehen (Risiko R7)",
};

/// The sector's foreseeable health data, if any: allergen questions of a food business (or a
/// purpose that mentions them), the stay of a hotel guest.
pub fn topic(p: &Profile) -> Option<&'static Topic> {
    if answers_allergen_questions(p) {
        Some(&FOOD)
    } else if p.raw.company.sector == Sector::Hospitality {
        Some(&STAY)
    } else {
        None
    }
}

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
