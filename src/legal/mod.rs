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

/// The check dates of every fact table, by module (the Art. 28 review is checked together
/// with `meta`).
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

/// The facts date of this release: the oldest check date of its fact tables (DSG033 and the
/// history compare it with the Stand date).
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

/// [`facts_date`] as written in `--version` and `manifest.json` (`legal_facts_checked_on`):
/// the oldest check date, so every table was checked on or after it.
pub fn checked_on() -> &'static str {
    CHECK_DATES
        .iter()
        .map(|(_, date)| *date)
        .min()
        .unwrap_or("")
}

/// The newest check date of any fact table: when it moves, some fact changed, and packs built
/// before are outdated (`dsgvo-gen outdated`, incremental builds; `facts_checked_on` in
/// `manifest.json`).
pub fn latest_check() -> &'static str {
    CHECK_DATES
        .iter()
        .map(|(_, date)| *date)
        .max()
        .unwrap_or("")
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

    #[test]
    fn facts_date_is_the_oldest_and_latest_check_the_newest() {
        let oldest = super::checked_on();
        assert_eq!(oldest.len(), 10, "ISO date: {oldest}");
        assert_eq!(super::facts_date().to_string(), oldest);
        let newest = super::latest_check();
        assert!(
            super::CHECK_DATES
                .iter()
                .all(|(_, d)| *d >= oldest && *d <= newest)
        );
        assert!(super::CHECK_DATES.iter().any(|(_, d)| *d == oldest));
        assert!(super::CHECK_DATES.iter().any(|(_, d)| *d == newest));
    }

    #[test]
    fn every_fact_table_with_a_check_date_is_listed() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/legal");
        let mut dated: Vec<String> = std::fs::read_dir(dir)
            .expect("legal sources")
            .map(|e| e.expect("entry").path())
            .filter(|p| {
                std::fs::read_to_string(p).is_ok_and(|t| t.contains("pub const CHECKED_ON: &str"))
            })
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .filter(|stem| stem != "mod")
            .collect();
        dated.sort();
        let listed: Vec<String> = super::CHECK_DATES
            .iter()
            .map(|(t, _)| (*t).to_owned())
            .collect();
        assert_eq!(listed, dated);
    }
}
