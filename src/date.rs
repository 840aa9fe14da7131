//! Calendar dates without a clock: parsing profile dates, converting `SOURCE_DATE_EPOCH`, and
//! German formatting. The pipeline never reads the time itself; the CLI passes a `Date` in.

use serde::Serialize;
use std::fmt;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date if it exists in the calendar (years 1900–9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1900..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` or the German `TT.MM.JJJJ`.
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        let parts: Vec<&str> = if text.contains('-') {
            text.split('-').collect()
        } else {
            text.split('.').rev().collect()
        };
        let [y, m, d] = parts.as_slice() else {
            return None;
        };
        if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The date `days` days after 1970-01-01 (for `SOURCE_DATE_EPOCH` and the system clock).
    pub fn from_unix_days(days: i64) -> Option<Date> {
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// `28.11.2026`.
    pub fn german(&self) -> String {
        format!("{:02}.{:02}.{}", self.day, self.month, self.year)
    }

    /// `28. November 2026`.
    pub fn german_long(&self) -> String {
        format!(
            "{}. {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }

    /// `28 November 2026`: the date in English documents (unambiguous on both sides of the
    /// Atlantic, unlike `11/28/2026`).
    pub fn english(&self) -> String {
        const EN_MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        format!(
            "{} {} {}",
            self.day,
            EN_MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }

    /// The short date of a document in a language: [`Date::german`] or [`Date::english`].
    pub fn in_lang(&self, lang: crate::lang::Lang) -> String {
        match lang {
            crate::lang::Lang::De => self.german(),
            crate::lang::Lang::En => self.english(),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_and_german() {
        let d = Date::new(2026, 11, 28).expect("valid");
        assert_eq!(Date::parse("2026-11-28"), Some(d));
        assert_eq!(Date::parse("28.11.2026"), Some(d));
        assert_eq!(Date::parse("2026-02-30"), None);
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("gestern"), None);
        assert_eq!(Date::parse("26-11-28"), None);
    }

    #[test]
    fn unix_days() {
        assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_unix_days(20_420), Date::new(2025, 11, 28));
        assert_eq!(Date::from_unix_days(11_016), Date::new(2000, 2, 29));
    }

    #[test]
    fn formats() {
        let d = Date::new(2026, 3, 5).expect("valid");
        assert_eq!(d.german(), "05.03.2026");
        assert_eq!(d.german_long(), "5. März 2026");
        assert_eq!(d.to_string(), "2026-03-05");
    }
}
