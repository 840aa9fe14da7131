//! Recipients and third-country transfers, derived once per profile. Every document that
//! names recipients (Art. 13(1)(e), 30(1)(d)) or transfers (Art. 13(1)(f), 30(1)(e)) reads
//! this list; a transfer exists exactly for the recipients that process data outside the
//! EEA, so the two lists cannot disagree.

use crate::lang::Lang;
use crate::legal::{countries, labels, meta};
use crate::profile::model::*;
use crate::profile::validate::Profile;
use serde::Serialize;

/// One recipient.
#[derive(Debug, Clone, Serialize)]
pub struct RecipientView {
    /// Legal name.
    pub name: String,
    /// Role towards the company.
    pub role: &'static str,
    /// What it does with the data.
    pub purpose: String,
    /// Where it processes them.
    pub location: String,
    /// Processing outside the EEA.
    pub third_country: bool,
    /// Receives data of the people the company communicates with (false: device management,
    /// which concerns employees' devices only); the public notice lists only these.
    pub clients: bool,
    #[serde(skip)]
    transfer: Option<TransferView>,
}

/// One third-country transfer with its instrument (Chapter V).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TransferView {
    /// Recipient.
    pub recipient: String,
    /// Country.
    pub country: String,
    /// Instrument, in one sentence, as the public notice states it.
    pub instrument: String,
    /// What the company still has to verify (internal documents only).
    pub check: Option<String>,
    /// Concerns the people the company communicates with (see [`RecipientView::clients`]).
    pub clients: bool,
}

/// The roles in German and English (the terms of Art. 4 and 28 GDPR).
fn processor(lang: Lang) -> &'static str {
    lang.pick("Auftragsverarbeiter", "processor")
}

fn sub_processor(lang: Lang) -> &'static str {
    lang.pick("Unterauftragsverarbeiter", "sub-processor")
}

fn controller(lang: Lang) -> &'static str {
    lang.pick("eigenständig Verantwortlicher", "separate controller")
}

fn dpf(lang: Lang) -> String {
    format!(
        "{} ({}); {} {}",
        lang.pick("Art. 45 DSGVO", "Art. 45 GDPR"),
        meta::transfer::dpf_short(lang),
        lang.pick("hilfsweise", "alternatively"),
        meta::transfer::scc_short(lang)
    )
}

/// The instrument for a recipient in a third country as the public notice states it, and what
/// the company must verify for it: an adequacy decision where one exists (for the USA the DPF
/// for certified recipients), otherwise standard clauses in the contract.
fn instrument_for(
    country: countries::Country,
    recipient: &str,
    lang: Lang,
) -> (String, Option<String>) {
    match (country.name, country.adequacy) {
        ("USA", Some(_)) => (
            format!(
                "{} ({})",
                dpf(lang),
                lang.pick("Art. 46 Abs. 2 lit. c DSGVO", "Art. 46(2)(c) GDPR")
            ),
            Some(format!(
                "Zertifizierung von {recipient} in der DPF-Liste prüfen und mit Datum vermerken; ohne Zertifizierung die Standardvertragsklauseln im Vertrag nachweisen"
            )),
        ),
        (_, Some(_)) => (
            lang.pick(
                "Angemessenheitsbeschluss der Kommission nach Art. 45 DSGVO",
                "adequacy decision of the Commission under Art. 45 GDPR",
            )
            .to_owned(),
            None,
        ),
        (_, None) => (
            format!(
                "{} ({})",
                meta::transfer::scc_short(lang),
                lang.pick("Art. 46 Abs. 2 lit. c DSGVO", "Art. 46(2)(c) GDPR")
            ),
            Some(format!(
                "Standardvertragsklauseln im Vertrag mit {recipient} nachweisen"
            )),
        ),
    }
}

/// Where a free-text seat or location puts a party: the third country it is in, or a third
/// country named only as the seat of a group company („München, Deutschland (Muttergesellschaft
/// … USA)“), from which access is possible.
enum Place {
    Eea,
    ThirdCountry(countries::Country),
    GroupAccess(countries::Country),
}

fn place(location: &str, seat: &str) -> Place {
    let leading = |text: &str| text.split('(').next().unwrap_or("").to_owned();
    if let Some(c) =
        countries::named_in(&leading(location)).or_else(|| countries::named_in(&leading(seat)))
    {
        return Place::ThirdCountry(c);
    }
    match countries::named_in(location).or_else(|| countries::named_in(seat)) {
        Some(c) => Place::GroupAccess(c),
        None => Place::Eea,
    }
}

/// A recipient named by free text: a transfer where seat or location names a third country.
fn from_text(
    name: &str,
    role: &'static str,
    purpose: String,
    location: String,
    seat: &str,
    clients: bool,
    lang: Lang,
) -> RecipientView {
    let transfer = match place(&location, seat) {
        Place::Eea => None,
        Place::ThirdCountry(c) => {
            let (instrument, check) = instrument_for(c, name, lang);
            Some(TransferView {
                recipient: name.to_owned(),
                country: c.name_in(lang).to_owned(),
                instrument,
                check,
                clients,
            })
        }
        Place::GroupAccess(c) => {
            let (instrument, check) = instrument_for(c, name, lang);
            Some(TransferView {
                recipient: match lang {
                    Lang::De => format!("Konzerngesellschaft von {name}"),
                    Lang::En => format!("group company of {name}"),
                },
                country: c.name_in(lang).to_owned(),
                instrument: match lang {
                    Lang::De => {
                        format!("soweit sie als Unterauftragsverarbeiter Zugriff hat: {instrument}")
                    }
                    Lang::En => format!("where it has access as a sub-processor: {instrument}"),
                },
                check: Some(format!(
                    "klären, ob die Konzerngesellschaft von {name} in {} auf Daten zugreift; wenn ja: {}",
                    c.name,
                    check.unwrap_or_else(|| "Grundlage im Vertrag nachweisen".to_owned())
                )),
                clients,
            })
        }
    };
    RecipientView {
        name: name.to_owned(),
        role,
        purpose,
        third_country: transfer.is_some(),
        clients,
        transfer,
        location,
    }
}

fn entity(
    p: &Profile,
    e: &meta::Entity,
    role: &'static str,
    purpose: &str,
    lang: Lang,
) -> RecipientView {
    let third_country = e.country == "USA";
    RecipientView {
        name: e.name.to_owned(),
        role,
        purpose: purpose.to_owned(),
        location: e.country.to_owned(),
        third_country,
        clients: true,
        transfer: third_country.then(|| TransferView {
            recipient: e.name.to_owned(),
            country: e.country.to_owned(),
            instrument: if p.variant() == Variant::Private {
                lang.pick(
                    "nach den Bedingungen von WhatsApp für die private Nutzung; keine Vereinbarung mit dem Unternehmen",
                    "under WhatsApp's terms for private use; no agreement with the company",
                )
                .to_owned()
            } else {
                dpf(lang)
            },
            check: None,
            clients: true,
        }),
    }
}

/// Recipients of the data, by variant and profile, worded in `lang`: the same recipients,
/// roles and transfers in every language.
pub fn recipients_in(p: &Profile, lang: Lang) -> Vec<RecipientView> {
    let wa = &p.raw.whatsapp;
    let mut out = Vec::new();
    match p.variant() {
        Variant::Private => {
            out.push(entity(
                p,
                &meta::WHATSAPP_IRELAND,
                controller(lang),
                lang.pick(
                    "Betrieb von WhatsApp; verarbeitet Konto-, Kontakt-, Nachrichten-Meta- und Nutzungsdaten nach eigenen Bedingungen für die private Nutzung",
                    "operation of WhatsApp; processes account, contact, message metadata and usage data under its own terms for private use",
                ), lang,
            ));
            for e in [&meta::WHATSAPP_LLC, &meta::META_INC] {
                out.push(entity(
                    p,
                    e,
                    controller(lang),
                    lang.pick(
                        "Konzernunternehmen, an das WhatsApp Ireland Daten übermittelt",
                        "group company to which WhatsApp Ireland transfers data",
                    ),
                    lang,
                ));
            }
        }
        Variant::BusinessApp | Variant::BusinessAppCoexistence => {
            out.push(entity(
                p,
                &meta::WHATSAPP_IRELAND,
                processor(lang),
                lang.pick(
                    "Übermittlung der Nachrichten und Verarbeitung der Geschäftskontakte nach den WhatsApp Business-Datenverarbeitungsbedingungen",
                    "transmission of messages and processing of business contacts under the WhatsApp Business Data Processing Terms",
                ), lang,
            ));
            for e in [&meta::WHATSAPP_LLC, &meta::META_INC] {
                out.push(entity(
                    p,
                    e,
                    sub_processor(lang),
                    lang.pick(
                        "Infrastruktur und Betrieb des Dienstes",
                        "infrastructure and operation of the service",
                    ),
                    lang,
                ));
            }
        }
        Variant::CloudApi | Variant::CloudApiBsp => {}
    }
    if p.uses_cloud_api() {
        if let Some(pr) = wa.provider.as_ref().filter(|_| p.uses_provider()) {
            out.push(provider(pr, lang));
            for sp in &pr.sub_processors {
                if sp.name.starts_with("Meta Platforms") {
                    continue;
                }
                out.push(from_text(
                    &sp.name,
                    sub_processor(lang),
                    match (&sp.en, lang) {
                        (Some(en), Lang::En) => en.purpose.clone(),
                        _ => sp.purpose.clone(),
                    },
                    sp.location.clone(),
                    &sp.seat,
                    true,
                    lang,
                ));
            }
        }
        out.push(entity(
            p,
            &meta::META_IRELAND,
            if p.uses_provider() {
                lang.pick("Auftragsverarbeiter (Cloud API)", "processor (Cloud API)")
            } else {
                processor(lang)
            },
            lang.pick(
                    "Betrieb der WhatsApp Cloud API: Zustellung, Entschlüsselung und Zwischenspeicherung der Nachrichten",
                    "operation of the WhatsApp Cloud API: delivery, decryption and temporary storage of messages",
                ), lang,
        ));
        if !out.iter().any(|r| r.name == meta::META_INC.name) {
            out.push(entity(
                p,
                &meta::META_INC,
                sub_processor(lang),
                lang.pick(
                    "Infrastruktur der Cloud API",
                    "infrastructure of the Cloud API",
                ),
                lang,
            ));
        }
    }
    if p.variant() != Variant::Private {
        out.push(RecipientView {
            name: meta::WHATSAPP_IRELAND.name.to_owned(),
            role: controller(lang),
            purpose: if p.uses_app() {
                lang.pick(
                    "eigene Verarbeitung von Konto- und Metadaten (Betrieb der Konten, Sicherheit, Missbrauchsabwehr) außerhalb der Auftragsverarbeitung",
                    "its own processing of account data and metadata (operation of the accounts, security, prevention of abuse) outside the processing on our behalf",
                )
            } else {
                lang.pick(
                    "eigene Verarbeitung von Konto- und Metadaten der WhatsApp-Nutzerinnen und -Nutzer",
                    "its own processing of account data and metadata of WhatsApp users",
                )
            }
            .to_owned(),
            location: meta::WHATSAPP_IRELAND.country.to_owned(),
            third_country: false,
            clients: true,
            transfer: None,
        });
    }
    if let Some(devices) = &wa.devices {
        if devices.backup != Backup::None {
            out.push(backup(devices, lang));
        }
        if let Some(mdm) = p.unlisted_mdm() {
            out.push(from_text(
                &mdm.vendor,
                processor(lang),
                lang.pick(
                    "Verwaltung der Geräte (Mobile-Device-Management)",
                    "management of the devices (mobile device management)",
                )
                .to_owned(),
                String::new(),
                "",
                false,
                lang,
            ));
        }
    }
    if let Some(ai) = p.unlisted_ai() {
        out.push(from_text(
            &ai.provider,
            processor(lang),
            format!(
                "{}: {}",
                lang.pick("KI-Chatbot", "AI chatbot"),
                ai.purpose_in(lang)
            ),
            ai.location.clone().unwrap_or_default(),
            ai.seat.as_deref().unwrap_or(""),
            true,
            lang,
        ));
    }
    for pr in &p.raw.processors {
        out.push(from_text(
            &pr.name,
            processor(lang),
            labels::processor_role_in(pr.role, lang).to_owned(),
            pr.location
                .clone()
                .or_else(|| pr.seat.clone())
                .unwrap_or_default(),
            pr.seat.as_deref().unwrap_or(""),
            pr.role != ProcessorRole::Mdm,
            lang,
        ));
    }
    out
}

fn provider(pr: &Provider, lang: Lang) -> RecipientView {
    let third_country = pr.hosting_region.is_some_and(|r| r != Region::Eu);
    RecipientView {
        name: pr.name.clone(),
        role: processor(lang),
        purpose: lang
            .pick(
                "Bereitstellung des Postfachs und Anbindung an die WhatsApp Cloud API",
                "provision of the inbox and connection to the WhatsApp Cloud API",
            )
            .to_owned(),
        location: pr
            .hosting_location
            .clone()
            .or_else(|| pr.seat.clone())
            .unwrap_or_default(),
        third_country,
        clients: true,
        transfer: third_country.then(|| TransferView {
            recipient: pr.name.clone(),
            country: pr.hosting_location.clone().unwrap_or_default(),
            check: None,
            clients: true,
            instrument: match pr.hosting_region {
                Some(Region::Adequate) => lang
                    .pick(
                        "Angemessenheitsbeschluss nach Art. 45 DSGVO",
                        "adequacy decision under Art. 45 GDPR",
                    )
                    .to_owned(),
                _ => format!(
                    "{} ({})",
                    meta::transfer::scc_transfer(lang),
                    lang.pick("Art. 46 Abs. 2 lit. c DSGVO", "Art. 46(2)(c) GDPR")
                ),
            },
        }),
    }
}

/// The cloud storage of chat backups: a recipient with processing in the USA, encrypted or not.
fn backup(devices: &Devices, lang: Lang) -> RecipientView {
    let target = devices.backup_target.map_or(
        lang.pick(
            "Cloud-Speicher des Geräteherstellers",
            "cloud storage of the device maker",
        ),
        labels::backup_target,
    );
    let provider = lang.pick(
        "Anbieter des Cloud-Speichers",
        "provider of the cloud storage",
    );
    let (name, us_entity) = match devices.backup_target {
        Some(BackupTarget::GoogleDrive) => ("Google Ireland Limited / Google LLC", "Google LLC"),
        Some(BackupTarget::Icloud) => (
            "Apple Distribution International Ltd. / Apple Inc.",
            "Apple Inc.",
        ),
        None => (provider, provider),
    };
    let encrypted = devices.backup == Backup::EndToEndEncrypted;
    let basis = match lang {
        Lang::De => format!(
            "Art. 45 DSGVO ({}); Sicherung über das Nutzerkonto des Geräts",
            meta::transfer::DPF_SHORT
        ),
        Lang::En => format!(
            "Art. 45 GDPR ({}); backup through the user account of the device",
            meta::transfer::dpf_short(lang)
        ),
    };
    RecipientView {
        name: format!("{name} ({target})"),
        role: if encrypted {
            lang.pick(
                "Speicheranbieter (nur verschlüsselte Daten)",
                "storage provider (encrypted data only)",
            )
        } else {
            lang.pick("Speicheranbieter", "storage provider")
        },
        purpose: lang
            .pick(
                "Speicherung der Chat-Sicherung",
                "storage of the chat backup",
            )
            .to_owned(),
        location: lang.pick("EU und USA", "EU and USA").to_owned(),
        third_country: true,
        clients: true,
        transfer: Some(TransferView {
            recipient: us_entity.to_owned(),
            country: "USA".to_owned(),
            instrument: match (encrypted, lang) {
                (true, Lang::De) => {
                    format!("{basis}; nur Ende-zu-Ende-verschlüsselt, ohne Schlüssel beim Anbieter")
                }
                (false, Lang::De) => format!("{basis}; beim Anbieter unverschlüsselt"),
                (true, Lang::En) => {
                    format!("{basis}; end-to-end encrypted only, the provider holds no key")
                }
                (false, Lang::En) => format!("{basis}; not encrypted at the provider"),
            },
            check: Some(format!(
                "DPF-Zertifizierung von {us_entity} prüfen und mit Datum vermerken; kein Vertrag des Unternehmens mit dem Anbieter"
            )),
            clients: true,
        }),
    }
}

/// Transfers to third countries: one per recipient that processes data outside the EEA.
pub fn transfers(recipients: &[RecipientView]) -> Vec<TransferView> {
    let mut out: Vec<TransferView> = Vec::new();
    for t in recipients.iter().filter_map(|r| r.transfer.as_ref()) {
        if !out.iter().any(|o| o.recipient == t.recipient) {
            out.push(t.clone());
        }
    }
    out
}
