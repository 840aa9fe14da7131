//! Questions about the devices the app runs on: ownership, management, address book, backups.

use super::*;

impl Flow<'_> {
    pub(super) fn devices(&mut self) -> R<(Devices, Option<Processor>)> {
        self.p.section(
            "Geräte",
            "Die App läuft auf Smartphones. Wie sie eingerichtet sind, entscheidet über Adressbuch-Upload, Sicherungen und Zugriff Unbefugter.",
        )?;
        let ownership = self.one(
            q(
                "whatsapp.devices.ownership",
                "Auf wessen Geräten läuft WhatsApp?",
                "Auf privaten Geräten vermischen sich private und geschäftliche Kontakte, Chats und Sicherungen.",
            ),
            &OWNERSHIPS,
            |o| labels::ownership(o).to_owned(),
            Some(Ownership::Company),
        )?;
        let count = self.number(
            q(
                "whatsapp.devices.count",
                "Auf wie vielen Geräten läuft WhatsApp?",
                "Jedes Gerät ist ein Ort, an dem Kundendaten liegen.",
            ),
            (1, 100_000),
            Some(1),
            None,
        )?;
        let platforms = self.many(
            q(
                "whatsapp.devices.platforms",
                "Betriebssysteme der Geräte",
                "Adressbuch-, Sicherungs- und Sperreinstellungen unterscheiden sich je System.",
            ),
            &PLATFORMS,
            |p| labels::platform(p).to_owned(),
            &[],
        )?;
        let has_mdm = self.yes_no(
            q(
                "whatsapp.devices.mdm",
                "Werden die Geräte mit einem Mobile-Device-Management (MDM) verwaltet?",
                "Mit MDM lassen sich geschäftliche Daten vom Privaten trennen und verlorene Geräte löschen.",
            ),
            Some(false),
        )?;
        let mut processor = None;
        let mdm = if has_mdm {
            let vendor = self.required(
                q(
                    "whatsapp.devices.mdm.vendor",
                    "Produkt oder Anbieter des MDM",
                    "Der MDM-Anbieter wird als Auftragsverarbeiter aufgeführt.",
                ),
                Check::Free,
                None,
                Some("Microsoft Intune"),
            )?;
            let work_container = self.yes_no(
                q(
                    "whatsapp.devices.mdm.work_container",
                    "Läuft WhatsApp in einem getrennten Arbeitsprofil (Container) mit eigenem Adressbuch?",
                    "Nur so sieht WhatsApp auf gemischt genutzten Geräten keine privaten Kontakte.",
                ),
                None,
            )?;
            let remote_wipe = self.yes_no(
                q(
                    "whatsapp.devices.mdm.remote_wipe",
                    "Können verlorene Geräte aus der Ferne gesperrt und gelöscht werden?",
                    "Bei Verlust oder Ausscheiden bleiben Kundendaten sonst auf dem Gerät.",
                ),
                Some(true),
            )?;
            let agreement = self.one(
                q(
                    "whatsapp.devices.mdm.agreement",
                    "Besteht mit dem MDM-Anbieter ein Vertrag zur Auftragsverarbeitung?",
                    "Der MDM-Anbieter kann auf die Geräte zugreifen und braucht einen Vertrag nach Art. 28 DSGVO.",
                ),
                &AGREEMENTS,
                |a| labels::agreement_status(a).to_owned(),
                None,
            )?;
            processor = Some(Processor {
                name: vendor.clone(),
                role: ProcessorRole::Mdm,
                seat: None,
                location: None,
                agreement,
                agreement_date: None,
            });
            Some(Mdm {
                vendor,
                work_container,
                remote_wipe,
            })
        } else {
            None
        };
        let address_book = self.one(
            q(
                "whatsapp.devices.address_book",
                "Worauf darf WhatsApp im Adressbuch zugreifen?",
                "Beim vollen Zugriff lädt WhatsApp alle Nummern hoch, auch von Menschen ohne WhatsApp.",
            )
            .help(how_to_check(&platforms, CONTACTS_ANDROID, CONTACTS_IOS)),
            &ADDRESS_BOOKS,
            |a| labels::address_book(a).to_owned(),
            None,
        )?;
        let backup = self.one(
            q(
                "whatsapp.devices.backup",
                "Werden die Chats gesichert?",
                "Unverschlüsselte Sicherungen liegen lesbar bei Google oder Apple, meist in den USA.",
            )
            .help(how_to_check(&platforms, BACKUP_ANDROID, BACKUP_IOS)),
            &BACKUPS,
            |b| labels::backup(b).to_owned(),
            None,
        )?;
        let backup_target = if backup == Backup::None {
            None
        } else {
            let guess = match platforms.as_slice() {
                [Platform::Android] => Some(BackupTarget::GoogleDrive),
                [Platform::Ios] => Some(BackupTarget::Icloud),
                _ => None,
            };
            let question = q(
                "whatsapp.devices.backup_target",
                "Wohin gehen die Sicherungen?",
                "Der Cloud-Anbieter wird damit zum Empfänger der Sicherungen.",
            );
            Some(self.one(
                // Follows from the operating system: only shown for review.
                if guess.is_some() {
                    question.quiet()
                } else {
                    question
                },
                &BACKUP_TARGETS,
                |t| labels::backup_target(t).to_owned(),
                guess,
            )?)
        };
        let linked_devices = self.one(
            q(
                "whatsapp.devices.linked_devices",
                "Wird WhatsApp Web oder Desktop auf Computern genutzt?",
                "Offene Sitzungen auf gemeinsam genutzten Rechnern machen Chats für Unbefugte lesbar.",
            ),
            &LINKED_DEVICES,
            |l| labels::linked_devices(l).to_owned(),
            Some(LinkedDevices::None),
        )?;
        Ok((
            Devices {
                ownership,
                count,
                platforms,
                mdm,
                address_book,
                backup,
                backup_target,
                linked_devices,
            },
            processor,
        ))
    }
}

const BACKUP_ANDROID: &str = "Android: in WhatsApp unter Einstellungen › Chats › Chat-Backup › Ende-zu-Ende-verschlüsseltes Backup. Steht dort „Ein“, ist die Sicherung verschlüsselt; steht bei „Auf Google Drive sichern“ „Nie“, gibt es keine Sicherung.";
const BACKUP_IOS: &str = "iPhone: in WhatsApp unter Einstellungen › Chats › Chat-Backup. Steht bei „Ende-zu-Ende-verschlüsseltes Backup“ „Ein“, ist die Sicherung verschlüsselt; steht bei „Automatisches Backup“ „Aus“ und gibt es kein letztes Backup, wird nicht gesichert. Die iCloud-Gerätesicherung kann WhatsApp trotzdem enthalten.";
const CONTACTS_ANDROID: &str = "Android: Einstellungen des Telefons › Apps › WhatsApp Business › Berechtigungen › Kontakte. „Nicht zulassen“ heißt kein Zugriff; „Zulassen“ heißt Zugriff auf alle Kontakte des Telefons, es sei denn, WhatsApp läuft in einem getrennten Arbeitsprofil mit eigenem Adressbuch.";
const CONTACTS_IOS: &str = "iPhone: Einstellungen › Apps › WhatsApp Business › Kontakte. „Kein Zugriff“ heißt kein Zugriff, „Eingeschränkter Zugriff“ nur auf ausgewählte Kontakte (das entspricht einem getrennten geschäftlichen Adressbuch), „Vollständiger Zugriff“ auf alle Kontakte.";

/// How to find the answer out, for the operating systems the firm uses (both if none given).
fn how_to_check(platforms: &[Platform], android: &str, ios: &str) -> String {
    let mut parts = Vec::new();
    if platforms.is_empty() || platforms.contains(&Platform::Android) {
        parts.push(android);
    }
    if platforms.is_empty() || platforms.contains(&Platform::Ios) {
        parts.push(ios);
    }
    format!("So finden Sie es heraus – {}", parts.join(" "))
}
