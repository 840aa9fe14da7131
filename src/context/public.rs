//! The sentences of the documents data subjects read (04, 06 part A) that other views word in
//! German only (the consent view, the DPIA's allergen rule, Meta's storage periods): worded
//! here in the document's language, from the same facts, so the English notice states what the
//! German one states. German templates keep reading the German views; the English templates
//! read `public`.

use crate::context::consent;
use crate::context::secrecy::{self, SecrecyView};
use crate::lang::Lang;
use crate::legal::{allergens, labels, meta};
use crate::profile::validate::Profile;
use serde::Serialize;

/// The public texts of one profile in one language.
#[derive(Debug, Clone, Serialize)]
pub struct PublicView {
    /// One sentence on encryption.
    pub encryption_short: String,
    /// Where the app backs chats up without end-to-end encryption, the caveat beside every
    /// mention of end-to-end encryption.
    pub backup_caveat: Option<String>,
    /// The other ways to reach the company ("by telephone on … or by email to …").
    pub alternatives_text: String,
    /// The age of the minors the company serves, if the profile gives it.
    pub minors_age: Option<String>,
    /// Professional secrecy and the Art. 9 basis of inquiries.
    pub secrecy: SecrecyView,
    /// How long the Cloud API keeps messages for redelivery.
    pub cloud_max_retention: &'static str,
    /// The cache limit with the "No Storage" setting.
    pub cloud_no_storage_cache: &'static str,
    /// How long data in use may be processed outside Germany with local storage.
    pub cloud_local_in_use: &'static str,
    /// Name of WhatsApp's privacy policy.
    pub privacy_policy_name: &'static str,
    /// The sector's sentence on foreseeable health data (allergens, a hotel stay), if any.
    pub allergens_notice: Option<&'static str>,
    /// Where the app's chat backup is kept ("Google Drive"), if the profile names it.
    pub backup_target: Option<&'static str>,
    /// What the AI chatbot does, if there is one.
    pub ai_purpose: Option<String>,
    /// The seat of the WhatsApp service provider, with the country named in the language.
    pub provider_seat: Option<String>,
}

/// Builds the public texts of a profile in `lang`.
pub fn build(p: &Profile, lang: Lang) -> PublicView {
    let co = &p.raw.company;
    let address = format!("{}, {} {}", co.street, co.postal_code, co.city);
    let topic = allergens::topic(p);
    PublicView {
        provider_seat: p
            .raw
            .whatsapp
            .provider
            .as_ref()
            .and_then(|pr| pr.seat.as_deref())
            .map(|seat| match lang {
                Lang::De => seat.to_owned(),
                Lang::En => crate::legal::countries::place_in_english(seat),
            }),
        // Worded once, with the consent texts that say the same.
        encryption_short: consent::encryption_short(p, lang),
        backup_caveat: consent::backup_caveat(p, lang),
        alternatives_text: consent::alternatives_text(p, &address, lang),
        minors_age: p
            .raw
            .data_subjects
            .minors_age
            .map(|a| match (a.min == a.max, lang) {
                (true, Lang::De) => format!("{} Jahre", a.min),
                (false, Lang::De) => format!("{} bis {} Jahre", a.min, a.max),
                (true, Lang::En) => format!("{} years", a.min),
                (false, Lang::En) => format!("{} to {} years", a.min, a.max),
            }),
        secrecy: secrecy::build_in(p, lang),
        cloud_max_retention: meta::cloud_api::max_retention(lang),
        cloud_no_storage_cache: meta::cloud_api::no_storage_cache(lang),
        cloud_local_in_use: meta::cloud_api::local_storage_in_use(lang),
        privacy_policy_name: meta::privacy_policy_name(lang),
        allergens_notice: topic.map(|t| lang.pick(t.notice, t.en_notice)),
        backup_target: p
            .raw
            .whatsapp
            .devices
            .as_ref()
            .and_then(|d| d.backup_target)
            .map(labels::backup_target),
        ai_purpose: p
            .raw
            .whatsapp
            .ai
            .as_ref()
            .map(|ai| ai.purpose_in(lang).to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::RunInfo;

    /// In German, the public texts are word for word those of the consent view (and the
    /// DPIA's allergen rule): the English templates read the same facts as the German ones.
    #[test]
    fn german_public_texts_are_those_the_german_documents_print() {
        let profiles = [
            include_str!("../../examples/baeckerei-sonnenschein.yaml"),
            include_str!("../../examples/physiopraxis-am-park.yaml"),
            include_str!("../../examples/onlineshop-nordlicht.yaml"),
            include_str!("../../examples/migration/friseur-privat.yaml"),
            include_str!("../../tests/fixtures/profiles/kanzlei-gbr-app.yaml"),
            include_str!("../../tests/fixtures/profiles/nachhilfe-minderjaehrige.yaml"),
        ];
        let run = RunInfo {
            stand: crate::date::Date::new(2026, 11, 28).expect("date"),
            tool_version: "0",
            template_set: "de-test".to_owned(),
        };
        for text in profiles {
            let loaded = crate::profile::load::load_str("p.yaml", text);
            let p = loaded.profile.as_ref().expect("profile");
            let consents =
                serde_json::to_value(crate::context::consent::build(p, &run)).expect("json");
            let public = serde_json::to_value(build(p, Lang::De)).expect("json");
            for key in [
                "encryption_short",
                "backup_caveat",
                "alternatives_text",
                "minors_age",
                "secrecy",
            ] {
                assert_eq!(public[key], consents[key], "{key}");
            }
            let dpia = crate::context::dpia::build(p, run.stand);
            let dpia = serde_json::to_value(dpia).expect("json");
            if dpia["allergens"]["applies"] == true {
                assert_eq!(public["allergens_notice"], dpia["allergens"]["notice"]);
            }
            // And in English every one of them is worded.
            let en = build(p, Lang::En);
            assert_ne!(en.encryption_short, public["encryption_short"]);
            assert_ne!(
                en.alternatives_text,
                public["alternatives_text"].as_str().unwrap_or_default()
            );
        }
    }
}
