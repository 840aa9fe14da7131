//! Recipients and third-country transfers, derived once per profile. Every document that
//! names recipients (Art. 13(1)(e), 30(1)(d)) or transfers (Art. 13(1)(f), 30(1)(e)) reads
//! this list; a transfer exists exactly for the recipients that process data outside the
//! EEA, so the two lists cannot disagree.

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

const PROCESSOR: &str = "Auftragsverarbeiter";
const SUB_PROCESSOR: &str = "Unterauftragsverarbeiter";
const CONTROLLER: &str = "eigenständig Verantwortlicher";

fn dpf() -> String {
    format!(
        "Art. 45 DSGVO ({}); hilfsweise {}",
        meta::transfer::DPF_SHORT,
        meta::transfer::SCC_SHORT
    )
}

/// The instrument for a recipient in a third country as the public notice states it, and what
/// the company must verify for it: an adequacy decision where one exists (for the USA the DPF
/// for certified recipients), otherwise standard clauses in the contract.
fn instrument_for(country: countries::Country, recipient: &str) -> (String, Option<String>) {
    match (country.name, country.adequacy) {
        ("USA", Some(_)) => (
            format!(
                "Art. 45 DSGVO ({}); hilfsweise {} (Art. 46 Abs. 2 lit. c DSGVO)",
                meta::transfer::DPF_SHORT,
                meta::transfer::SCC_SHORT
            ),
            Some(format!(
                "Zertifizierung von {recipient} in der DPF-Liste prüfen und mit Datum vermerken; ohne Zertifizierung die Standardvertragsklauseln im Vertrag nachweisen"
            )),
        ),
        (_, Some(_)) => (
            "Angemessenheitsbeschluss der Kommission nach Art. 45 DSGVO".to_owned(),
            None,
        ),
        (_, None) => (
            format!(
                "{} (Art. 46 Abs. 2 lit. c DSGVO)",
                meta::transfer::SCC_SHORT
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
) -> RecipientView {
    let transfer = match place(&location, seat) {
        Place::Eea => None,
        Place::ThirdCountry(c) => {
            let (instrument, check) = instrument_for(c, name);
            Some(TransferView {
                recipient: name.to_owned(),
                country: c.name.to_owned(),
                instrument,
                check,
                clients,
            })
        }
        Place::GroupAccess(c) => {
            let (instrument, check) = instrument_for(c, name);
            Some(TransferView {
                recipient: format!("Konzerngesellschaft von {name}"),
                country: c.name.to_owned(),
                instrument: format!(
                    "soweit sie als Unterauftragsverarbeiter Zugriff hat: {instrument}"
                ),
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

fn entity(p: &Profile, e: &meta::Entity, role: &'static str, purpose: &str) -> RecipientView {
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
                "nach den Bedingungen von WhatsApp für die private Nutzung; keine Vereinbarung mit dem Unternehmen".to_owned()
            } else {
                dpf()
            },
            check: None,
            clients: true,
        }),
    }
}

/// Recipients of the data, by variant and profile.
pub fn recipients(p: &Profile) -> Vec<RecipientView> {
    let wa = &p.raw.whatsapp;
    let mut out = Vec::new();
    match p.variant() {
        Variant::Private => {
            out.push(entity(
                p,
                &meta::WHATSAPP_IRELAND,
                CONTROLLER,
                "Betrieb von WhatsApp; verarbeitet Konto-, Kontakt-, Nachrichten-Meta- und Nutzungsdaten nach eigenen Bedingungen für die private Nutzung",
            ));
            for e in [&meta::WHATSAPP_LLC, &meta::META_INC] {
                out.push(entity(
                    p,
                    e,
                    CONTROLLER,
                    "Konzernunternehmen, an das WhatsApp Ireland Daten übermittelt",
                ));
            }
        }
        Variant::BusinessApp | Variant::BusinessAppCoexistence => {
            out.push(entity(
                p,
                &meta::WHATSAPP_IRELAND,
                PROCESSOR,
                "Übermittlung der Nachrichten und Verarbeitung der Geschäftskontakte nach den WhatsApp Business-Datenverarbeitungsbedingungen",
            ));
            for e in [&meta::WHATSAPP_LLC, &meta::META_INC] {
                out.push(entity(
                    p,
                    e,
                    SUB_PROCESSOR,
                    "Infrastruktur und Betrieb des Dienstes",
                ));
            }
        }
        Variant::CloudApi | Variant::CloudApiBsp => {}
    }
    if p.uses_cloud_api() {
        if let Some(pr) = wa.provider.as_ref().filter(|_| p.uses_provider()) {
            out.push(provider(pr));
            for sp in &pr.sub_processors {
                if sp.name.starts_with("Meta Platforms") {
                    continue;
                }
                out.push(from_text(
                    &sp.name,
                    SUB_PROCESSOR,
                    sp.purpose.clone(),
                    sp.location.clone(),
                    &sp.seat,
                    true,
                ));
            }
        }
        out.push(entity(
            p,
            &meta::META_IRELAND,
            if p.uses_provider() {
                "Auftragsverarbeiter (Cloud API)"
            } else {
                PROCESSOR
            },
            "Betrieb der WhatsApp Cloud API: Zustellung, Entschlüsselung und Zwischenspeicherung der Nachrichten",
        ));
        if !out.iter().any(|r| r.name == meta::META_INC.name) {
            out.push(entity(
                p,
                &meta::META_INC,
                SUB_PROCESSOR,
                "Infrastruktur der Cloud API",
            ));
        }
    }
    if p.variant() != Variant::Private {
        out.push(RecipientView {
            name: meta::WHATSAPP_IRELAND.name.to_owned(),
            role: CONTROLLER,
            purpose: if p.uses_app() {
                "eigene Verarbeitung von Konto- und Metadaten (Betrieb der Konten, Sicherheit, Missbrauchsabwehr) außerhalb der Auftragsverarbeitung"
            } else {
                "eigene Verarbeitung von Konto- und Metadaten der WhatsApp-Nutzerinnen und -Nutzer"
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
            out.push(backup(devices));
        }
        if let Some(mdm) = p.unlisted_mdm() {
            out.push(from_text(
                &mdm.vendor,
                PROCESSOR,
                "Verwaltung der Geräte (Mobile-Device-Management)".to_owned(),
                String::new(),
                "",
                false,
            ));
        }
    }
    if let Some(ai) = p.unlisted_ai() {
        out.push(from_text(
            &ai.provider,
            PROCESSOR,
            format!("KI-Chatbot: {}", ai.purpose),
            ai.location.clone().unwrap_or_default(),
            ai.seat.as_deref().unwrap_or(""),
            true,
        ));
    }
    for pr in &p.raw.processors {
        out.push(from_text(
            &pr.name,
            PROCESSOR,
            labels::processor_role(pr.role).to_owned(),
            pr.location
                .clone()
                .or_else(|| pr.seat.clone())
                .unwrap_or_default(),
            pr.seat.as_deref().unwrap_or(""),
            pr.role != ProcessorRole::Mdm,
        ));
    }
    out
}

fn provider(pr: &Provider) -> RecipientView {
    let third_country = pr.hosting_region.is_some_and(|r| r != Region::Eu);
    RecipientView {
        name: pr.name.clone(),
        role: PROCESSOR,
        purpose: "Bereitstellung des Postfachs und Anbindung an die WhatsApp Cloud API".to_owned(),
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
                Some(Region::Adequate) => "Angemessenheitsbeschluss nach Art. 45 DSGVO".to_owned(),
                _ => format!(
                    "{} (Art. 46 Abs. 2 lit. c DSGVO)",
                    meta::transfer::SCC_TRANSFER
                ),
            },
        }),
    }
}

/// The cloud storage of chat backups: a recipient with processing in the USA, encrypted or not.
fn backup(devices: &Devices) -> RecipientView {
    let target = devices.backup_target.map_or(
        "Cloud-Speicher des Geräteherstellers",
        labels::backup_target,
    );
    let (name, us_entity) = match devices.backup_target {
        Some(BackupTarget::GoogleDrive) => ("Google Ireland Limited / Google LLC", "Google LLC"),
        Some(BackupTarget::Icloud) => (
            "Apple Distribution International Ltd. / Apple Inc.",
            "Apple Inc.",
        ),
        None => (
            "Anbieter des Cloud-Speichers",
            "Anbieter des Cloud-Speichers",
        ),
    };
    let encrypted = devices.backup == Backup::EndToEndEncrypted;
    let basis = format!(
        "Art. 45 DSGVO ({}); Sicherung über das Nutzerkonto des Geräts",
        meta::transfer::DPF_SHORT
    );
    RecipientView {
        name: format!("{name} ({target})"),
        role: if encrypted {
            "Speicheranbieter (nur verschlüsselte Daten)"
        } else {
            "Speicheranbieter"
        },
        purpose: "Speicherung der Chat-Sicherung".to_owned(),
        location: "EU und USA".to_owned(),
        third_country: true,
        clients: true,
        transfer: Some(TransferView {
            recipient: us_entity.to_owned(),
            country: "USA".to_owned(),
            instrument: if encrypted {
                format!("{basis}; nur Ende-zu-Ende-verschlüsselt, ohne Schlüssel beim Anbieter")
            } else {
                format!("{basis}; beim Anbieter unverschlüsselt")
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
