//! The sentences of the documents data subjects read (04, 06 part A) that other views word in
//! German only (the consent view, the DPIA's allergen rule, Meta's storage periods): worded
//! here in the document's language, from the same facts, so the English notice states what the
//! German one states. German templates keep reading the German views; the English templates
//! read `public`.

use crate::context::secrecy::{self, SecrecyView};
use crate::lang::Lang;
use crate::legal::{allergens, labels, meta};
use crate::profile::model::*;
use crate::profile::validate::Profile;
use serde::Serialize;

/// The public texts of one profile in one language.
#[derive(Debug, Clone, Serialize)]
pub struct PublicView {
    /// One sentence on encryption.
    pub encryption_short: &'static str,
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
        encryption_short: encryption_short(p, lang),
        backup_caveat: backup_caveat(p, lang),
        alternatives_text: alternatives_text(p, &address, lang),
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

/// One sentence on encryption, by variant.
fn encryption_short(p: &Profile, lang: Lang) -> &'static str {
    match p.variant() {
        Variant::Private | Variant::BusinessApp => lang.pick(
            "Inhalte sind Ende-zu-Ende-verschlüsselt.",
            "Content is end-to-end encrypted.",
        ),
        Variant::BusinessAppCoexistence | Variant::CloudApi | Variant::CloudApiBsp => lang.pick(
            "Meta entschlüsselt die Nachrichten für uns (Cloud API).",
            "Meta decrypts the messages for us (Cloud API).",
        ),
    }
}

/// The caveat for a chat backup without end-to-end encryption.
fn backup_caveat(p: &Profile, lang: Lang) -> Option<String> {
    let devices = p.raw.whatsapp.devices.as_ref().filter(|_| p.uses_app())?;
    if devices.backup != Backup::Unencrypted {
        return None;
    }
    let (place, provider) = match (devices.backup_target, lang) {
        (Some(t @ BackupTarget::GoogleDrive), _) => (labels::backup_target(t), "Google"),
        (Some(t @ BackupTarget::Icloud), _) => (labels::backup_target(t), "Apple"),
        (None, Lang::De) => ("einem Cloud-Speicher", "dessen Anbieter"),
        (None, Lang::En) => ("cloud storage", "its provider"),
    };
    Some(match lang {
        Lang::De => format!(
            "Ausnahme: Unsere Chat-Sicherung in {place} ist nicht Ende-zu-Ende-verschlüsselt; dort kann {provider} die gesicherten Chats technisch lesen."
        ),
        Lang::En => format!(
            "Exception: our chat backup in {place} is not end-to-end encrypted; there, {provider} can technically read the backed-up chats."
        ),
    })
}

/// The other ways to reach the company, each with its address.
fn alternatives_text(p: &Profile, address: &str, lang: Lang) -> String {
    let co = &p.raw.company;
    let by_post = || match lang {
        Lang::De => format!("per Post an {}, {address}", co.full_name()),
        Lang::En => format!("by post to {}, {address}", co.full_name()),
    };
    let ways: Vec<String> = p
        .alternative_channels
        .iter()
        .map(|c| match (c, lang) {
            (Channel::Phone, _) => match (&co.phone, lang) {
                (None, _) => lang.pick("telefonisch", "by telephone").to_owned(),
                (Some(ph), Lang::De) => format!("telefonisch unter {ph}"),
                (Some(ph), Lang::En) => format!("by telephone on {ph}"),
            },
            (Channel::Email, Lang::De) => format!("per E-Mail an {}", co.email),
            (Channel::Email, Lang::En) => format!("by email to {}", co.email),
            (Channel::Post, _) => by_post(),
            (Channel::InPerson, _) => lang.pick("persönlich bei uns", "in person").to_owned(),
            (Channel::WebForm, _) => lang
                .pick(
                    "über das Kontaktformular auf unserer Website",
                    "through the contact form on our website",
                )
                .to_owned(),
            (Channel::CustomerPortal, _) => lang
                .pick("über unser Kundenportal", "through our customer portal")
                .to_owned(),
        })
        .collect();
    if ways.is_empty() {
        by_post()
    } else {
        crate::text::join_with(&ways, lang.pick("oder", "or"))
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
