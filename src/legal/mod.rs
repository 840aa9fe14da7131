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

/// The date each table of facts was last checked, by module (the Art. 28 review is checked
/// together with `meta`).
pub const CHECKED: [(&str, &str); 10] = [
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

/// Date of the legal facts as a whole: the oldest check date of any table, so every table was
/// checked on or after it. Shown by `dsgvo-gen --version` and in `manifest.json`.
pub fn checked_on() -> &'static str {
    CHECKED.iter().map(|(_, date)| *date).min().unwrap_or("")
}

#[cfg(test)]
mod tests {
    #[test]
    fn facts_date_is_the_oldest_check_date() {
        let date = super::checked_on();
        assert_eq!(date.len(), 10, "ISO date: {date}");
        assert!(super::CHECKED.iter().all(|(_, d)| *d >= date));
        assert!(super::CHECKED.iter().any(|(_, d)| *d == date));
    }
}
