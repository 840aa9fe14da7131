//! Length limits of the texts a company enters in WhatsApp (greeting, away message, business
//! profile, message templates), and the date from which the AI Act's chatbot disclosure
//! applies. Lengths count Unicode scalar values, as WhatsApp's own counters do for text
//! without combining characters; every generated text states its length against its limit.

use serde::Serialize;

/// Date these facts were last checked.
pub const CHECKED_ON: &str = "2026-11-30";

/// One length limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limit {
    /// Stable key.
    pub key: &'static str,
    /// What the limit is for, in German.
    pub label: &'static str,
    /// Maximum number of characters.
    pub max: usize,
    /// Where the value comes from.
    pub source: &'static str,
}

/// Greeting message of the WhatsApp Business app. WhatsApp's help pages state no maximum
/// (checked: help centre "Begrüßungsnachricht", provider documentation). Uncertain, so the
/// smallest limit Meta documents for any message body is used: 1,024 characters, the body of
/// a message template and a media caption. The app accepts at least that.
pub const GREETING: Limit = Limit {
    key: "greeting",
    label: "Begrüßungsnachricht (WhatsApp Business-App)",
    max: 1024,
    source: "kein veröffentlichter Höchstwert; konservativ wie der kleinste dokumentierte Nachrichtentext (Vorlagentext, 1.024 Zeichen)",
};

/// Away message of the WhatsApp Business app: the same uncertainty as the greeting, the same
/// conservative value.
pub const AWAY: Limit = Limit {
    key: "away",
    label: "Abwesenheitsnachricht (WhatsApp Business-App)",
    max: 1024,
    source: "kein veröffentlichter Höchstwert; konservativ wie der kleinste dokumentierte Nachrichtentext (Vorlagentext, 1.024 Zeichen)",
};

/// The "About"/"Info" line of the business profile: 1 to 139 characters (Meta's Business
/// Profile API; the app shows the same field).
pub const PROFILE_ABOUT: Limit = Limit {
    key: "profile_about",
    label: "Unternehmensprofil: Info",
    max: 139,
    source: "Meta for Developers, WhatsApp Business Profile API, Feld `about` (1–139 Zeichen)",
};

/// The business description. Meta's Business Profile API allows 512 characters; some
/// providers' documentation of the same field and the app's form give 256. The smaller value
/// is used so that the text fits in both.
pub const PROFILE_DESCRIPTION: Limit = Limit {
    key: "profile_description",
    label: "Unternehmensprofil: Beschreibung",
    max: 256,
    source: "Meta for Developers, WhatsApp Business Profile API, Feld `description` (512 Zeichen); konservativ 256 Zeichen wie in Anbieterdokumentationen für dasselbe Feld",
};

/// The business address in the profile.
pub const PROFILE_ADDRESS: Limit = Limit {
    key: "profile_address",
    label: "Unternehmensprofil: Adresse",
    max: 256,
    source: "Meta for Developers, WhatsApp Business Profile API, Feld `address` (256 Zeichen)",
};

/// One website in the profile (two are possible).
pub const PROFILE_WEBSITE: Limit = Limit {
    key: "profile_website",
    label: "Unternehmensprofil: Website",
    max: 256,
    source: "Meta for Developers, WhatsApp Business Profile API, Feld `websites` (höchstens 2, je 256 Zeichen)",
};

/// Body of a message template (Cloud API), variables included.
pub const TEMPLATE_BODY: Limit = Limit {
    key: "template_body",
    label: "Vorlagennachricht (Cloud API), Textteil",
    max: 1024,
    source: "Meta for Developers, WhatsApp Cloud API, Message Templates, Komponente `body` (1.024 Zeichen)",
};

/// A free-form text message (Cloud API within the 24-hour window; the app accepts more, so
/// the Cloud API value is the conservative one for both).
pub const TEXT_MESSAGE: Limit = Limit {
    key: "text_message",
    label: "Textnachricht",
    max: 4096,
    source: "Meta for Developers, WhatsApp Cloud API, Textnachrichten, Feld `text.body` (4.096 Zeichen)",
};

/// Every limit, for tests and overviews.
pub const ALL: [Limit; 8] = [
    GREETING,
    AWAY,
    PROFILE_ABOUT,
    PROFILE_DESCRIPTION,
    PROFILE_ADDRESS,
    PROFILE_WEBSITE,
    TEMPLATE_BODY,
    TEXT_MESSAGE,
];

/// The length of a text as WhatsApp counts it (Unicode scalar values).
pub fn length(text: &str) -> usize {
    text.chars().count()
}

/// The AI Act's transparency duty for systems that interact with people (Art. 50 Abs. 1
/// Verordnung (EU) 2024/1689): persons must be told they are dealing with an AI system unless
/// that is obvious. Applies from 2 August 2026: Art. 113 sets that general date, and Chapter
/// IV (Art. 50) is not among its exceptions. Proposals to postpone parts of the AI Act did not concern
/// Art. 50 Abs. 1 when checked; the date is data so that a change is one edit.
pub const AI_ACT_ART50_FROM: &str = "2026-08-02";

/// Citation of the AI disclosure duty.
pub const AI_ACT_ART50: &str = "Art. 50 Abs. 1 der KI-Verordnung (Verordnung (EU) 2024/1689)";

/// Devices one number of the WhatsApp Business app runs on: the main phone and up to four
/// linked devices (companion mode). ⚠️ Meta has raised this for some business subscriptions;
/// the lint that reads it warns, it does not refuse.
pub const BUSINESS_APP_DEVICES: u32 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_limits_positive() {
        for (i, a) in ALL.iter().enumerate() {
            assert!(a.max > 0, "{}", a.key);
            assert!(!a.source.is_empty(), "{}", a.key);
            assert!(ALL[i + 1..].iter().all(|b| b.key != a.key), "{}", a.key);
        }
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert_eq!(length("Bäckerei „Sonne“"), 16);
    }
}
