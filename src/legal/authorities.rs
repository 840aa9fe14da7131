//! German supervisory authorities for the non-public sector, one per Bundesland.
//!
//! Names and postal addresses as published by the authorities (checked against copies of their
//! own pages and the datenanfragen.de database; see `CHECKED_ON`). Where an authority asks for
//! letters to a PO box, the PO box is given. Titles follow the current office holder
//! ("Der"/"Die"), so they need re-checking after elections.

use crate::profile::model::State;
use serde::Serialize;

/// Date the table was last checked.
pub const CHECKED_ON: &str = "2026-11-28";

/// A supervisory authority.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Authority {
    /// Official name.
    pub name: &'static str,
    /// An English description of the name, for English texts, which give it after the official
    /// name (descriptive, not an official title).
    pub name_en: &'static str,
    /// Postal address lines.
    pub address: &'static [&'static str],
    /// Website.
    pub website: &'static str,
}

/// The competent authority for a company seated in `state` (Art. 51, 55 GDPR; § 40 BDSG).
pub fn for_state(state: State) -> &'static Authority {
    match state {
        State::BadenWuerttemberg => &BW,
        State::Bayern => &BY,
        State::Berlin => &BE,
        State::Brandenburg => &BB,
        State::Bremen => &HB,
        State::Hamburg => &HH,
        State::Hessen => &HE,
        State::MecklenburgVorpommern => &MV,
        State::Niedersachsen => &NI,
        State::NordrheinWestfalen => &NW,
        State::RheinlandPfalz => &RP,
        State::Saarland => &SL,
        State::Sachsen => &SN,
        State::SachsenAnhalt => &ST,
        State::SchleswigHolstein => &SH,
        State::Thueringen => &TH,
    }
}

/// German name of a Bundesland.
pub fn state_name(state: State) -> &'static str {
    match state {
        State::BadenWuerttemberg => "Baden-Württemberg",
        State::Bayern => "Bayern",
        State::Berlin => "Berlin",
        State::Brandenburg => "Brandenburg",
        State::Bremen => "Bremen",
        State::Hamburg => "Hamburg",
        State::Hessen => "Hessen",
        State::MecklenburgVorpommern => "Mecklenburg-Vorpommern",
        State::Niedersachsen => "Niedersachsen",
        State::NordrheinWestfalen => "Nordrhein-Westfalen",
        State::RheinlandPfalz => "Rheinland-Pfalz",
        State::Saarland => "Saarland",
        State::Sachsen => "Sachsen",
        State::SachsenAnhalt => "Sachsen-Anhalt",
        State::SchleswigHolstein => "Schleswig-Holstein",
        State::Thueringen => "Thüringen",
    }
}

const BW: Authority = Authority {
    name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
    name_en: "State Commissioner for Data Protection and Freedom of Information of Baden-Württemberg",
    address: &["Postfach 10 29 32", "70025 Stuttgart"],
    website: "https://www.baden-wuerttemberg.datenschutz.de",
};
const BY: Authority = Authority {
    name: "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
    name_en: "Bavarian State Office for Data Protection Supervision",
    address: &["Promenade 18", "91522 Ansbach"],
    website: "https://www.lda.bayern.de",
};
const BE: Authority = Authority {
    name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    name_en: "Berlin Commissioner for Data Protection and Freedom of Information",
    address: &["Alt-Moabit 59–61", "10555 Berlin"],
    website: "https://www.datenschutz-berlin.de",
};
const BB: Authority = Authority {
    name: "Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
    name_en: "State Commissioner for Data Protection and the Right of Access to Files of Brandenburg",
    address: &["Stahnsdorfer Damm 77", "14532 Kleinmachnow"],
    website: "https://www.lda.brandenburg.de",
};
const HB: Authority = Authority {
    name: "Die Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen",
    name_en: "State Commissioner for Data Protection and Freedom of Information of the Free Hanseatic City of Bremen",
    address: &["Arndtstraße 1", "27570 Bremerhaven"],
    website: "https://www.datenschutz.bremen.de",
};
const HH: Authority = Authority {
    name: "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
    name_en: "Hamburg Commissioner for Data Protection and Freedom of Information",
    address: &["Ludwig-Erhard-Straße 22", "20459 Hamburg"],
    website: "https://datenschutz-hamburg.de",
};
const HE: Authority = Authority {
    name: "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
    name_en: "Hessian Commissioner for Data Protection and Freedom of Information",
    address: &["Postfach 3163", "65021 Wiesbaden"],
    website: "https://datenschutz.hessen.de",
};
const MV: Authority = Authority {
    name: "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
    name_en: "State Commissioner for Data Protection and Freedom of Information of Mecklenburg-Western Pomerania",
    address: &["Schloss Schwerin", "Lennéstraße 1", "19053 Schwerin"],
    website: "https://www.datenschutz-mv.de",
};
const NI: Authority = Authority {
    name: "Der Landesbeauftragte für den Datenschutz Niedersachsen",
    name_en: "State Commissioner for Data Protection of Lower Saxony",
    address: &["Prinzenstraße 5", "30159 Hannover"],
    website: "https://www.lfd.niedersachsen.de",
};
const NW: Authority = Authority {
    name: "Die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
    name_en: "State Commissioner for Data Protection and Freedom of Information of North Rhine-Westphalia",
    address: &["Kavalleriestraße 2–4", "40213 Düsseldorf"],
    website: "https://www.ldi.nrw.de",
};
const RP: Authority = Authority {
    name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
    name_en: "State Commissioner for Data Protection and Freedom of Information of Rhineland-Palatinate",
    address: &["Postfach 30 40", "55020 Mainz"],
    website: "https://www.datenschutz.rlp.de",
};
const SL: Authority = Authority {
    name: "Unabhängiges Datenschutzzentrum Saarland",
    name_en: "Independent Data Protection Centre of Saarland",
    address: &["Fritz-Dobisch-Straße 12", "66111 Saarbrücken"],
    website: "https://www.datenschutz.saarland.de",
};
const SN: Authority = Authority {
    name: "Sächsische Datenschutz- und Transparenzbeauftragte",
    name_en: "Saxon Data Protection and Transparency Commissioner",
    address: &["Postfach 11 01 32", "01330 Dresden"],
    website: "https://www.datenschutz.sachsen.de",
};
const ST: Authority = Authority {
    name: "Die Landesbeauftragte für den Datenschutz Sachsen-Anhalt",
    name_en: "State Commissioner for Data Protection of Saxony-Anhalt",
    address: &["Otto-von-Guericke-Straße 34a", "39104 Magdeburg"],
    website: "https://datenschutz.sachsen-anhalt.de",
};
const SH: Authority = Authority {
    name: "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD)",
    name_en: "Independent Centre for Privacy Protection Schleswig-Holstein",
    address: &["Holstenstraße 98", "24103 Kiel"],
    website: "https://www.datenschutzzentrum.de",
};
const TH: Authority = Authority {
    name: "Der Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit (TLfDI)",
    name_en: "Thuringian State Commissioner for Data Protection and Freedom of Information",
    address: &["Postfach 90 04 55", "99107 Erfurt"],
    website: "https://www.tlfdi.de",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_an_authority_with_postal_code() {
        use State::*;
        let all = [
            BadenWuerttemberg,
            Bayern,
            Berlin,
            Brandenburg,
            Bremen,
            Hamburg,
            Hessen,
            MecklenburgVorpommern,
            Niedersachsen,
            NordrheinWestfalen,
            RheinlandPfalz,
            Saarland,
            Sachsen,
            SachsenAnhalt,
            SchleswigHolstein,
            Thueringen,
        ];
        let mut names: Vec<&str> = all.iter().map(|s| for_state(*s).name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 16, "each state maps to its own authority");
        for s in all {
            let a = for_state(s);
            let last = a.address.last().copied().unwrap_or_default();
            assert!(
                last.len() > 6 && last[..5].chars().all(|c| c.is_ascii_digit()),
                "{last}"
            );
            assert!(a.website.starts_with("https://"));
        }
        assert_eq!(for_state(Bayern).address, ["Promenade 18", "91522 Ansbach"]);
    }
}
