//! View model of professional secrecy (§ 203 StGB) and of the Art. 9 exception for ordinary
//! inquiries: who learns a secret when the company uses WhatsApp, derived from the variant,
//! the provider, the backups and the processors of the profile; the release
//! (Schweigepflichtentbindung) as a sentence of the person's own declaration; and what the
//! documents tell data subjects about both. The consent view puts the release into every
//! declaration; 04, 05 and 06 read the same facts from here.

use crate::legal::{labels, meta, secrecy};
use crate::profile::model::*;
use crate::profile::validate::Profile;
use crate::text::join_und;
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
    let co = &p.raw.company;
    let active = co.professional_secrecy;
    let recipients = if active { recipients(p) } else { Vec::new() };
    let recipients_text = join_und(
        &recipients
            .iter()
            .map(|r| format!("{} ({})", r.name, r.learns))
            .collect::<Vec<_>>(),
    );
    let client_term = secrecy::client_term(co.sector);
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
    let art9 = secrecy::inquiry_basis(co.sector, co.profession, active).map(|b| Art9View {
        citation: b.citation,
        text: format!(
            "Enthalten Ihre Nachrichten Angaben zu Ihrer Gesundheit oder andere besonders geschützte Daten (Art. 9 Abs. 1 DSGVO), verarbeiten wir sie, soweit {} ({}); darüber hinaus nur mit Ihrer ausdrücklichen Einwilligung (Art. 9 Abs. 2 lit. a DSGVO).",
            b.scope, b.citation
        ),
    });
    SecrecyView {
        active,
        recipients,
        recipients_text,
        release,
        client_term,
        confided_persons: secrecy::confided_persons(co.sector),
        documents: secrecy::secret_documents(co.sector, co.profession),
        provider_norm: secrecy::provider_norm(co.profession, co.sector),
        norm: secrecy::SECRECY_NORM,
        art9,
    }
}

/// Everyone who learns that a person is a client, or what they write: the provider and its
/// sub-processors, the Meta entity that decrypts at the Cloud API, WhatsApp for connection
/// data, a backup provider that can read the backup, and the company's other processors.
pub fn recipients(p: &Profile) -> Vec<SecretRecipient> {
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
            format!("{} mit {}", pr.name, join_und(&subs))
        };
        out.push(SecretRecipient {
            name,
            learns: "unser Dienstleister für das Team-Postfach: Inhalt der Nachrichten".to_owned(),
            content: true,
        });
    }
    if p.uses_cloud_api() {
        out.push(SecretRecipient {
            name: meta::META_IRELAND.name.to_owned(),
            learns: "Cloud API, entschlüsselt die Nachrichten in unserem Auftrag: Inhalt der Nachrichten".to_owned(),
            content: true,
        });
    }
    let whatsapp_role = match p.variant() {
        Variant::CloudApi | Variant::CloudApiBsp | Variant::Private => {
            "als eigener Verantwortlicher"
        }
        Variant::BusinessApp | Variant::BusinessAppCoexistence => {
            "als Anbieter der Business-App in unserem Auftrag und für eigene Zwecke"
        }
    };
    let whatsapp_content = if p.uses_cloud_api() {
        ""
    } else {
        "; den Inhalt nicht, er ist Ende-zu-Ende-verschlüsselt"
    };
    out.push(SecretRecipient {
        name: format!(
            "{} mit {} und {} in den USA",
            meta::WHATSAPP_IRELAND.name,
            meta::WHATSAPP_LLC.name,
            meta::META_INC.name
        ),
        learns: format!(
            "{whatsapp_role}: Verbindungsdaten, also wer wann mit wem schreibt{whatsapp_content}"
        ),
        content: false,
    });
    if let Some(devices) = wa.devices.as_ref().filter(|_| p.uses_app())
        && devices.backup == Backup::Unencrypted
    {
        let name = match devices.backup_target {
            Some(BackupTarget::GoogleDrive) => "Google Ireland Limited mit Google LLC",
            Some(BackupTarget::Icloud) => "Apple Distribution International Ltd. mit Apple Inc.",
            None => "der Anbieter unseres Cloud-Speichers",
        };
        out.push(SecretRecipient {
            name: name.to_owned(),
            learns: "Chat-Sicherung ohne Ende-zu-Ende-Verschlüsselung: Inhalt der Chats".to_owned(),
            content: true,
        });
    }
    if let Some(ai) = p.unlisted_ai() {
        out.push(SecretRecipient {
            name: ai.provider.clone(),
            learns: "Chatbot: Inhalt der Nachrichten, die er beantwortet".to_owned(),
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
                "{}: Inhalt der Nachrichten, soweit er dort verarbeitet wird",
                labels::processor_role(pr.role)
            ),
            content: true,
        });
    }
    out
}
