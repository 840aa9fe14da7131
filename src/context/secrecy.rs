//! View model of professional secrecy (§ 203 StGB) and of the Art. 9 exception for ordinary
//! inquiries: who learns a secret when the company uses WhatsApp, derived from the variant,
//! the provider, the backups and the processors of the profile; the release
//! (Schweigepflichtentbindung) as a sentence of the person's own declaration; and what the
//! documents tell data subjects about both. The consent view puts the release into every
//! declaration; 04, 05 and 06 read the same facts from here.

use crate::lang::Lang;
use crate::legal::{labels, meta, secrecy};
use crate::profile::model::*;
use crate::profile::validate::Profile;
use serde::Serialize;

/// Professional secrecy and the Art. 9 basis of inquiries, as the documents state them.
#[derive(Debug, Clone, Serialize)]
pub struct SecrecyView {
    /// The company is bound to professional secrecy (`company.professional_secrecy`).
    pub active: bool,
    /// Who learns a secret over WhatsApp, and what.
    pub recipients: Vec<SecretRecipient>,
    /// The same as one phrase ("A (…), B (…) und C (…)").
    pub recipients_text: String,
    /// The release as a sentence of the person's declaration; empty when not active.
    pub release: String,
    /// What the person is to the company ("Patientin oder Patient").
    pub client_term: &'static str,
    /// Persons whose data is confided to the company (Art. 14 Abs. 5 lit. d DSGVO).
    pub confided_persons: &'static str,
    /// Documents that carry secrets in the sector (examples).
    pub documents: &'static str,
    /// Professional law on involving service providers (§ 43e BRAO, § 62a StBerG …), if any.
    pub provider_norm: Option<&'static str>,
    /// The norm ("§ 203 StGB").
    pub norm: &'static str,
    /// Art. 9 exception for special-category data in ordinary inquiries, if the sector has one.
    pub art9: Option<Art9View>,
}

/// A recipient who learns a secret.
#[derive(Debug, Clone, Serialize)]
pub struct SecretRecipient {
    /// Name (with the companies that receive the same data).
    pub name: String,
    /// Role and what the recipient learns.
    pub learns: String,
    /// The recipient sees message contents, not only connection data.
    pub content: bool,
}

/// The Art. 9 exception of the sector for special-category data in ordinary inquiries.
#[derive(Debug, Clone, Serialize)]
pub struct Art9View {
    /// Citation.
    pub citation: &'static str,
    /// Public sentence for 01 and 04.
    pub text: String,
}

/// Builds the secrecy view of a profile.
pub fn build(p: &Profile) -> SecrecyView {
    build_in(p, Lang::De)
}

/// Builds the secrecy view of a profile in `lang`. The release (part of the consent texts)
/// stays German: the English documents do not quote it.
pub fn build_in(p: &Profile, lang: Lang) -> SecrecyView {
    let co = &p.raw.company;
    let active = co.professional_secrecy;
    let recipients = if active {
        recipients_in(p, lang)
    } else {
        Vec::new()
    };
    let recipients_text = crate::text::join_in(
        &recipients
            .iter()
            .map(|r| format!("{} ({})", r.name, r.learns))
            .collect::<Vec<_>>(),
        lang,
    );
    let client_term = secrecy::client_term_in(co.sector, lang);
    let release = if active {
        format!(
            "Ich entbinde {} insoweit von der Schweigepflicht ({}), als bei der Kommunikation mit mir über WhatsApp folgende Stellen erfahren, dass ich {client_term} von {} bin, und die genannten Angaben erhalten: {recipients_text}.{waiver} Diese Entbindung kann ich jederzeit für die Zukunft widerrufen.",
            co.full_name(),
            secrecy::SECRECY_NORM,
            co.full_name(),
            waiver = secrecy::provider_waiver(co.profession, co.sector).map_or(String::new(), |w| format!(
                " Soweit diese Stellen nicht vertraglich zur Verschwiegenheit verpflichtet sind, verzichte ich ausdrücklich auf die Einhaltung der Anforderungen nach {w}."
            ))
        )
    } else {
        String::new()
    };
    let art9 = secrecy::inquiry_basis(co.sector, co.profession, active).map(|b| match lang {
        Lang::De => Art9View {
            citation: b.citation,
            text: format!(
                "Enthalten Ihre Nachrichten Angaben zu Ihrer Gesundheit oder andere besonders geschützte Daten (Art. 9 Abs. 1 DSGVO), verarbeiten wir sie, soweit {} ({}); darüber hinaus nur mit Ihrer ausdrücklichen Einwilligung (Art. 9 Abs. 2 lit. a DSGVO).",
                b.scope, b.citation
            ),
        },
        Lang::En => Art9View {
            citation: b.en_citation,
            text: format!(
                "If your messages contain data concerning your health or other special categories of personal data (Art. 9(1) GDPR), we process them where {} ({}); beyond that only with your explicit consent (Art. 9(2)(a) GDPR).",
                b.en_scope, b.en_citation
            ),
        },
    });
    SecrecyView {
        active,
        recipients,
        recipients_text,
        release,
        client_term,
        confided_persons: secrecy::confided_persons_in(co.sector, lang),
        documents: secrecy::secret_documents_in(co.sector, co.profession, lang),
        provider_norm: secrecy::provider_norm(co.profession, co.sector),
        norm: secrecy::secrecy_norm(lang),
        art9,
    }
}

/// Everyone who learns that a person is a client, or what they write: the provider and its
/// sub-processors, the Meta entity that decrypts at the Cloud API, WhatsApp for connection
/// data, a backup provider that can read the backup, and the company's other processors.
pub fn recipients(p: &Profile) -> Vec<SecretRecipient> {
    recipients_in(p, Lang::De)
}

/// [`recipients`] worded in `lang`.
pub fn recipients_in(p: &Profile, lang: Lang) -> Vec<SecretRecipient> {
    let and = lang.pick("und", "and");
    let with = lang.pick("mit", "with");
    let wa = &p.raw.whatsapp;
    let mut out = Vec::new();
    if let Some(pr) = wa.provider.as_ref().filter(|_| p.uses_provider()) {
        let subs: Vec<&str> = pr
            .sub_processors
            .iter()
            .map(|s| s.name.as_str())
            .filter(|n| !n.starts_with("Meta Platforms"))
            .collect();
        let name = if subs.is_empty() {
            pr.name.clone()
        } else {
            format!("{} {with} {}", pr.name, crate::text::join_in(&subs, lang))
        };
        out.push(SecretRecipient {
            name,
            learns: lang
                .pick(
                    "unser Dienstleister für das Team-Postfach: Inhalt der Nachrichten",
                    "our service provider for the team inbox: content of the messages",
                )
                .to_owned(),
            content: true,
        });
    }
    if p.uses_cloud_api() {
        // With Meta's default storage the messages are kept, also in the USA, by Meta's parent
        // company as sub-processor: the release must name it for the content too.
        let stored_in_usa = p.cloud_storage() == Some(CloudStorage::MetaDefault);
        out.push(SecretRecipient {
            name: if stored_in_usa {
                format!(
                    "{} {with} {} {}",
                    meta::META_IRELAND.name,
                    meta::META_INC.name,
                    lang.pick("in den USA als Unterauftragsverarbeiter", "in the USA as sub-processor")
                )
            } else {
                meta::META_IRELAND.name.to_owned()
            },
            learns: if stored_in_usa {
                match lang {
                    Lang::De => format!(
                        "Cloud API, entschlüsselt die Nachrichten in unserem Auftrag und speichert sie {}, auch in den USA: Inhalt der Nachrichten",
                        meta::cloud_api::max_retention(lang)
                    ),
                    Lang::En => format!(
                        "Cloud API, decrypts the messages on our behalf and stores them for {}, also in the USA: content of the messages",
                        meta::cloud_api::max_retention(lang)
                    ),
                }
            } else {
                lang.pick(
                    "Cloud API, entschlüsselt die Nachrichten in unserem Auftrag: Inhalt der Nachrichten",
                    "Cloud API, decrypts the messages on our behalf: content of the messages",
                )
                .to_owned()
            },
            content: true,
        });
    }
    let whatsapp_role = match p.variant() {
        Variant::CloudApi | Variant::CloudApiBsp | Variant::Private => {
            lang.pick("als eigener Verantwortlicher", "as a separate controller")
        }
        Variant::BusinessApp | Variant::BusinessAppCoexistence => lang.pick(
            "als Anbieter der Business-App in unserem Auftrag und für eigene Zwecke",
            "as provider of the Business app, on our behalf and for its own purposes",
        ),
    };
    let whatsapp_content = if p.uses_cloud_api() {
        ""
    } else {
        lang.pick(
            "; den Inhalt nicht, er ist Ende-zu-Ende-verschlüsselt",
            "; not the content, which is end-to-end encrypted",
        )
    };
    out.push(SecretRecipient {
        name: format!(
            "{} {with} {} {and} {} {}",
            meta::WHATSAPP_IRELAND.name,
            meta::WHATSAPP_LLC.name,
            meta::META_INC.name,
            lang.pick("in den USA", "in the USA")
        ),
        learns: match lang {
            Lang::De => format!(
                "{whatsapp_role}: Verbindungsdaten, also wer wann mit wem schreibt{whatsapp_content}"
            ),
            Lang::En => format!(
                "{whatsapp_role}: connection data, that is who writes to whom and when{whatsapp_content}"
            ),
        },
        content: false,
    });
    if let Some(devices) = wa.devices.as_ref().filter(|_| p.uses_app())
        && devices.backup == Backup::Unencrypted
    {
        let name = match devices.backup_target {
            Some(BackupTarget::GoogleDrive) => format!("Google Ireland Limited {with} Google LLC"),
            Some(BackupTarget::Icloud) => {
                format!("Apple Distribution International Ltd. {with} Apple Inc.")
            }
            None => lang
                .pick(
                    "der Anbieter unseres Cloud-Speichers",
                    "the provider of our cloud storage",
                )
                .to_owned(),
        };
        out.push(SecretRecipient {
            name,
            learns: lang
                .pick(
                    "Chat-Sicherung ohne Ende-zu-Ende-Verschlüsselung: Inhalt der Chats",
                    "chat backup without end-to-end encryption: content of the chats",
                )
                .to_owned(),
            content: true,
        });
    }
    if let Some(ai) = p.unlisted_ai() {
        out.push(SecretRecipient {
            name: ai.provider.clone(),
            learns: lang
                .pick(
                    "Chatbot: Inhalt der Nachrichten, die er beantwortet",
                    "chatbot: content of the messages it answers",
                )
                .to_owned(),
            content: true,
        });
    }
    for pr in p
        .raw
        .processors
        .iter()
        .filter(|pr| pr.role != ProcessorRole::Mdm)
    {
        out.push(SecretRecipient {
            name: pr.name.clone(),
            learns: format!(
                "{}: {}",
                labels::processor_role_in(pr.role, lang),
                lang.pick(
                    "Inhalt der Nachrichten, soweit er dort verarbeitet wird",
                    "content of the messages, where processed there",
                )
            ),
            content: true,
        });
    }
    out
}
