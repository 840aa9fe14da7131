//! Legal facts as data: supervisory authorities, Meta's entities and terms, the Art. 28 review
//! of those terms, retention periods, the scenario and measure catalogues, German names for
//! profile values. Each table carries the date it was last checked, so a change in the law is
//! a change in one place.

pub mod allergens;
pub mod art28;
pub mod authorities;
pub mod countries;
pub mod dpia;
pub mod labels;
pub mod measures;
pub mod meta;
pub mod retention;
pub mod risks;
pub mod scenarios;
pub mod secrecy;
pub mod vocabulary;
pub mod whatsapp_limits;

/// The check dates of every fact table, by module.
pub const CHECK_DATES: &[(&str, &str)] = &[
    ("allergens", allergens::CHECKED_ON),
    ("authorities", authorities::CHECKED_ON),
    ("countries", countries::CHECKED_ON),
    ("dpia", dpia::CHECKED_ON),
    ("meta", meta::CHECKED_ON),
    ("retention", retention::CHECKED_ON),
    ("risks", risks::CHECKED_ON),
    ("secrecy", secrecy::CHECKED_ON),
    ("vocabulary", vocabulary::CHECKED_ON),
    ("whatsapp_limits", whatsapp_limits::CHECKED_ON),
];

/// The facts date of this release: the oldest check date of its fact tables.
pub fn facts_date() -> crate::date::Date {
    CHECK_DATES
        .iter()
        .filter_map(|(_, d)| crate::date::Date::parse(d))
        .min()
        .unwrap_or(crate::date::Date {
            year: 1900,
            month: 1,
            day: 1,
        })
}

#[cfg(test)]
mod facts_tests {
    #[test]
    fn every_check_date_parses() {
        for (table, date) in super::CHECK_DATES {
            assert!(crate::date::Date::parse(date).is_some(), "{table}: {date}");
        }
        assert!(super::facts_date().year >= 2026);
    }
}
