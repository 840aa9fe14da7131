//! Interview stage, the Bundesland proposed from the postal code. German postal regions (the
//! first two digits) mostly lie in one Bundesland; where a region crosses a border, the
//! proposal is the Bundesland of most of it. It is only a proposal: the user confirms it on
//! the review screen, and the answer decides the supervisory authority.

use crate::profile::model::State;

/// The Bundesland most of the postal region of `postal_code` lies in.
pub fn state_for(postal_code: &str) -> Option<State> {
    use State::*;
    let region: u8 = postal_code.get(..2)?.parse().ok()?;
    if postal_code.len() != 5 || !postal_code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(match region {
        1 | 2 | 4 | 8 | 9 => Sachsen,
        3 | 14..=16 => Brandenburg,
        6 | 39 => SachsenAnhalt,
        7 | 98 | 99 => Thueringen,
        10 | 12 | 13 => Berlin,
        17..=19 => MecklenburgVorpommern,
        20..=22 => Hamburg,
        23..=25 => SchleswigHolstein,
        28 => Bremen,
        26 | 27 | 29..=31 | 37 | 38 | 49 => Niedersachsen,
        32 | 33 | 40..=48 | 50..=53 | 57..=59 => NordrheinWestfalen,
        34..=36 | 60 | 61 | 63..=65 => Hessen,
        54..=56 | 67 => RheinlandPfalz,
        66 => Saarland,
        68..=79 | 88 | 89 => BadenWuerttemberg,
        80..=87 | 90..=97 => Bayern,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions() {
        assert_eq!(state_for("79098"), Some(State::BadenWuerttemberg));
        assert_eq!(state_for("01067"), Some(State::Sachsen));
        assert_eq!(state_for("10115"), Some(State::Berlin));
        assert_eq!(state_for("20095"), Some(State::Hamburg));
        assert_eq!(state_for("28195"), Some(State::Bremen));
        assert_eq!(state_for("80331"), Some(State::Bayern));
        assert_eq!(state_for("99084"), Some(State::Thueringen));
        assert_eq!(state_for("66111"), Some(State::Saarland));
        assert_eq!(state_for("93055"), Some(State::Bayern));
        assert_eq!(state_for("05000"), None);
        assert_eq!(state_for("7909"), None);
    }
}
