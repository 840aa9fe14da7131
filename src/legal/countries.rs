//! Third countries the profile's free-text seats and locations may name, with the transfer
//! instrument that exists for each (Art. 45 adequacy decisions). Used to find transfers the
//! profile does not mark, so no recipient outside the EEA is missing from the transfer list.

/// Date the adequacy list was last checked against the Commission's list.
pub const CHECKED_ON: &str = "2026-11-28";

/// A third country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// German name as the documents print it.
    pub name: &'static str,
    /// English name, for the English documents.
    pub en_name: &'static str,
    /// Adequacy decision (Art. 45 DSGVO), if any; for the USA only for certified recipients.
    pub adequacy: Option<&'static str>,
}

const USA: Country = Country {
    name: "USA",
    en_name: "USA",
    adequacy: Some("für nach dem EU-US Data Privacy Framework zertifizierte Empfänger"),
};

/// Spellings (lower case, matched as whole words) and the country they name.
const SPELLINGS: &[(&str, Country)] = &[
    ("usa", USA),
    ("u.s.a.", USA),
    ("vereinigte staaten", USA),
    ("vereinigten staaten", USA),
    ("united states", USA),
    ("vereinigtes königreich", UK),
    ("großbritannien", UK),
    ("united kingdom", UK),
    ("uk", UK),
    ("schweiz", SWITZERLAND),
    ("switzerland", SWITZERLAND),
    ("kanada", CANADA),
    ("canada", CANADA),
    ("japan", JAPAN),
    ("südkorea", KOREA),
    ("republik korea", KOREA),
    ("israel", ISRAEL),
    ("neuseeland", NEW_ZEALAND),
    ("argentinien", ARGENTINA),
    ("uruguay", URUGUAY),
    ("indien", other("Indien", "India")),
    ("india", other("Indien", "India")),
    ("china", other("China", "China")),
    ("singapur", other("Singapur", "Singapore")),
    ("singapore", other("Singapur", "Singapore")),
    ("australien", other("Australien", "Australia")),
    ("australia", other("Australien", "Australia")),
    ("türkei", other("Türkei", "Türkiye")),
    ("brasilien", other("Brasilien", "Brazil")),
    ("ukraine", other("Ukraine", "Ukraine")),
    ("serbien", other("Serbien", "Serbia")),
    ("philippinen", other("Philippinen", "Philippines")),
    ("vietnam", other("Vietnam", "Vietnam")),
];

const UK: Country = adequate("Vereinigtes Königreich", "United Kingdom");
const SWITZERLAND: Country = adequate("Schweiz", "Switzerland");
const CANADA: Country = adequate("Kanada", "Canada");
const JAPAN: Country = adequate("Japan", "Japan");
const KOREA: Country = adequate("Republik Korea", "Republic of Korea");
const ISRAEL: Country = adequate("Israel", "Israel");
const NEW_ZEALAND: Country = adequate("Neuseeland", "New Zealand");
const ARGENTINA: Country = adequate("Argentinien", "Argentina");
const URUGUAY: Country = adequate("Uruguay", "Uruguay");

const fn adequate(name: &'static str, en_name: &'static str) -> Country {
    Country {
        name,
        en_name,
        adequacy: Some("Angemessenheitsbeschluss der Kommission"),
    }
}

const fn other(name: &'static str, en_name: &'static str) -> Country {
    Country {
        name,
        en_name,
        adequacy: None,
    }
}

impl Country {
    /// The name in a language.
    pub fn name_in(&self, lang: crate::lang::Lang) -> &'static str {
        lang.pick(self.name, self.en_name)
    }
}

/// The first third country a free text names („San Francisco, USA“ → USA), if any.
pub fn named_in(text: &str) -> Option<Country> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.'))
        .collect();
    SPELLINGS
        .iter()
        .filter(|(spelling, _)| {
            let parts: Vec<&str> = spelling
                .split(' ')
                .map(|p| p.trim_end_matches('.'))
                .collect();
            words.windows(parts.len()).any(|w| w == parts.as_slice())
        })
        .map(|(_, c)| *c)
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_countries_as_words_only() {
        assert_eq!(
            named_in("San Francisco, USA (EU-Vertragspartner: Dublin)").map(|c| c.name),
            Some("USA")
        );
        assert_eq!(
            named_in("Rechenzentren in den Vereinigten Staaten").map(|c| c.name),
            Some("USA")
        );
        assert_eq!(named_in("Vereinigte Staaten").map(|c| c.name), Some("USA"));
        assert_eq!(named_in("Zürich, Schweiz").map(|c| c.name), Some("Schweiz"));
        assert_eq!(named_in("Frankfurt am Main, Deutschland"), None);
        assert_eq!(named_in("EU-Rechenzentren"), None);
        // "Musa" or "Ukulele" are no country.
        assert_eq!(named_in("Musa GmbH, Ukulele-Straße"), None);
        assert!(named_in("Bangalore, Indien").unwrap().adequacy.is_none());
    }
}
