//! Questions about the WhatsApp variant, its provider, the chatbot and the terms.

use super::*;

impl Flow<'_> {
    pub(super) fn whatsapp(&mut self, company: &Company) -> R<WhatsAppAnswers> {
        self.p.section(
            "WhatsApp",
            "Welches WhatsApp Sie nutzen, bestimmt Empfänger, Verträge, Verschlüsselung und Risiken in allen Dokumenten.",
        )?;
        let mut variant = self.one(
            q(
                "whatsapp.variant",
                "Welches WhatsApp nutzen Sie?",
                "Jede Variante hat andere Empfänger, Verträge und Risiken.",
            ),
            &VARIANTS,
            variant_choice,
            Some(Variant::BusinessApp),
        )?;
        if variant == Variant::Private {
            self.p.info(PRIVATE_WARNING)?;
            let keep = self.yes_no(
                q(
                    "whatsapp.private_keep",
                    "Trotzdem die private App festhalten? (Nein: andere Variante wählen)",
                    "Als Bestandsaufnahme möglich; am Ende bietet das Interview an, die Dokumente als solche gekennzeichnet zu erzeugen.",
                ),
                None,
            )?;
            if !keep {
                let others: Vec<Variant> = VARIANTS
                    .iter()
                    .copied()
                    .filter(|v| *v != Variant::Private)
                    .collect();
                variant = self.one(
                    q(
                        "whatsapp.variant_instead",
                        "Welche Variante wollen Sie stattdessen nutzen?",
                        "Für den Einstieg eignet sich die Business-App mit getrenntem Adressbuch.",
                    ),
                    &others,
                    variant_choice,
                    Some(Variant::BusinessApp),
                )?;
            }
        }
        let uses_app = matches!(
            variant,
            Variant::Private | Variant::BusinessApp | Variant::BusinessAppCoexistence
        );
        let uses_cloud_api = matches!(
            variant,
            Variant::CloudApi | Variant::CloudApiBsp | Variant::BusinessAppCoexistence
        );
        let uses_provider = matches!(
            variant,
            Variant::CloudApiBsp | Variant::BusinessAppCoexistence
        );
        let business_number = self.required(
            q(
                "whatsapp.business_number",
                "Unter welcher Nummer sind Sie bei WhatsApp erreichbar? (international, z. B. +49 761 123456)",
                "Die Nummer steht in allen Dokumenten und in den Einwilligungstexten.",
            ),
            Check::Phone,
            company.phone.clone(),
            Some("+49 711 1234569"),
        )?;
        let display_name = self.optional(
            q(
                "whatsapp.display_name",
                "Anzeigename des WhatsApp-Profils",
                "Den Namen sehen Kundinnen und Kunden im Chat; er erscheint im Verzeichnis.",
            ),
            Check::Free,
            Some(company.name.clone()),
            None,
        )?;
        let provider = if uses_provider {
            Some(self.provider()?)
        } else {
            None
        };
        let cloud_api = if uses_cloud_api {
            let storage = self.one(
                q(
                    "whatsapp.cloud_api.storage",
                    "Wo speichert die Cloud API die Nachrichten?",
                    "Bestimmt, ob Nachrichten in Rechenzentren in den USA liegen (Drittlandübermittlung).",
                ),
                &STORAGES,
                |s| labels::cloud_storage(s).to_owned(),
                Some(CloudStorage::MetaDefault),
            )?;
            Some(CloudApi { storage })
        } else {
            None
        };
        let coexistence = if variant == Variant::BusinessAppCoexistence {
            let history_shared = self.yes_no(
                q(
                    "whatsapp.coexistence.history_shared",
                    "Wurde bei der Einrichtung der Chatverlauf (bis zu sechs Monate) an die Cloud API übertragen?",
                    "Dann haben Dritte Daten erhalten, über die die betroffenen Personen zu informieren sind.",
                ),
                None,
            )?;
            let contacts_shared = self.yes_no(
                q(
                    "whatsapp.coexistence.contacts_shared",
                    "Wurden die Kontakte der Business-App an die Cloud API übertragen?",
                    "Auch das ist eine Übermittlung, die in den Datenschutzhinweisen stehen muss.",
                ),
                None,
            )?;
            Some(Coexistence {
                history_shared,
                contacts_shared,
            })
        } else {
            None
        };
        let (devices, mdm_processor) = if uses_app {
            let (devices, processor) = self.devices()?;
            (Some(devices), processor)
        } else {
            (None, None)
        };
        let features = self.many(
            q(
                "whatsapp.features",
                "Welche Funktionen nutzen Sie?",
                "Manche Funktionen bringen eigene Verarbeitungen mit, z. B. Begrüßungstexte, Chatbot oder Gruppen.",
            ),
            &all::<Feature>(),
            |f| labels::feature(f).to_owned(),
            &[],
        )?;
        let ai = if features.contains(&Feature::AiBot) {
            Some(self.ai()?)
        } else {
            None
        };
        let terms_accepted = if variant == Variant::Private {
            None
        } else {
            self.terms(company)?
        };
        let mut default_channels = Vec::new();
        if company.phone.is_some() {
            default_channels.push(Channel::Phone);
        }
        default_channels.push(Channel::Email);
        let alternative_channels = self.many(
            q(
                "whatsapp.alternative_channels",
                "Wie erreicht man Sie außer über WhatsApp?",
                "Ohne Alternative wäre eine Einwilligung nicht freiwillig; wer kein WhatsApp nutzt, darf nicht ausgeschlossen werden.",
            ),
            &all::<Channel>(),
            |c| labels::channel(c).to_owned(),
            &default_channels,
        )?;
        Ok(WhatsAppAnswers {
            settings: WhatsApp {
                variant,
                business_number,
                display_name,
                provider,
                cloud_api,
                coexistence,
                devices,
                features,
                ai,
                terms_accepted,
                alternative_channels: Some(alternative_channels),
            },
            mdm_processor,
        })
    }

    pub(super) fn provider(&mut self) -> R<Provider> {
        self.p.section(
            "Dienstleister (Business Solution Provider)",
            "Ihr Dienstleister verarbeitet die Nachrichten in Ihrem Auftrag. Verzeichnis, Datenschutzhinweise und Vertrag müssen ihn mit Sitz und Speicherort nennen.",
        )?;
        let name = self.required(
            q(
                "whatsapp.provider.name",
                "Firmenname des Dienstleisters",
                "Der Dienstleister ist Auftragsverarbeiter und Empfänger der Nachrichten.",
            ),
            Check::Free,
            None,
            Some("Beispiel Messaging GmbH"),
        )?;
        let seat = self.required(
            q(
                "whatsapp.provider.seat",
                "Sitz des Dienstleisters (Ort, Land)",
                "Der Sitz entscheidet, welches Recht für den Dienstleister gilt.",
            ),
            Check::Free,
            None,
            Some("Berlin, Deutschland"),
        )?;
        let address = self.optional(
            q(
                "whatsapp.provider.address",
                "Postanschrift des Dienstleisters",
                "Wird im Vertragsvorschlag zur Auftragsverarbeitung genannt; leer lassen, wenn unbekannt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let hosting_location = self.required(
            q(
                "whatsapp.provider.hosting_location",
                "Wo speichert der Dienstleister die Nachrichten? (Ort, Land)",
                "Der Speicherort gehört in die Datenschutzhinweise (Art. 13 Abs. 1 lit. f DSGVO).",
            ),
            Check::Free,
            None,
            Some("Frankfurt am Main, Deutschland"),
        )?;
        let hosting_region = self.one(
            q(
                "whatsapp.provider.hosting_region",
                "Rechtsraum dieses Speicherorts",
                "Außerhalb der EU braucht eine Übermittlung eine besondere Grundlage (Art. 44 ff. DSGVO).",
            ),
            &REGIONS,
            |r| labels::region(r).to_owned(),
            Some(Region::Eu),
        )?;
        let avv_signed_on = self.optional(
            q(
                "whatsapp.provider.avv_signed_on",
                "Datum des Vertrags zur Auftragsverarbeitung mit dem Dienstleister",
                "Belegt, dass der Vertrag nach Art. 28 DSGVO besteht; leer lassen, wenn er noch fehlt.",
            ),
            Check::Date,
            None,
            None,
        )?;
        let privacy_url = self.optional(
            q(
                "whatsapp.provider.privacy_url",
                "Link zur Liste der Unterauftragsverarbeiter oder zum Datenschutz des Dienstleisters",
                "Betroffene können dort nachlesen, wer beteiligt ist; leer lassen, wenn unbekannt.",
            ),
            Check::Url,
            None,
            None,
        )?;
        let count = self.number(
            q(
                "whatsapp.provider.sub_processor_count",
                "Wie viele Unterauftragsverarbeiter des Dienstleisters wollen Sie jetzt erfassen? (0 = später)",
                "Unterauftragsverarbeiter (z. B. Hosting, Meta) gehören in den Vertrag und das Verzeichnis.",
            ),
            (0, MAX_REPEAT),
            Some(0),
            None,
        )?;
        let mut sub_processors = Vec::new();
        for n in 1..=count {
            let id = |field: &str| format!("whatsapp.provider.sub_processors.{n}.{field}");
            let name = self.required(
                q(
                    id("name"),
                    format!("Unterauftragsverarbeiter {n}: Firmenname"),
                    "Wird im Verzeichnis und im Vertragsvorschlag genannt.",
                ),
                Check::Free,
                None,
                Some("Beispiel Hosting GmbH"),
            )?;
            let seat = self.required(
                q(
                    id("seat"),
                    format!("Unterauftragsverarbeiter {n}: Sitz (Ort, Land)"),
                    "Bestimmt, welches Recht gilt.",
                ),
                Check::Free,
                None,
                Some("Nürnberg, Deutschland"),
            )?;
            let location = self.required(
                q(
                    id("location"),
                    format!("Unterauftragsverarbeiter {n}: Ort der Verarbeitung"),
                    "Entscheidet, ob Daten die EU verlassen.",
                ),
                Check::Free,
                None,
                Some("Nürnberg, Deutschland"),
            )?;
            let purpose = self.required(
                q(
                    id("purpose"),
                    format!("Unterauftragsverarbeiter {n}: Aufgabe"),
                    "Zeigt, wofür er die Daten erhält.",
                ),
                Check::Free,
                None,
                Some("Hosting der Plattform"),
            )?;
            sub_processors.push(SubProcessor {
                name,
                seat,
                location,
                purpose,
                en: None,
            });
        }
        Ok(Provider {
            name,
            seat: Some(seat),
            address,
            hosting_location: Some(hosting_location),
            hosting_region: Some(hosting_region),
            avv_signed_on,
            sub_processors,
            privacy_url,
        })
    }

    pub(super) fn ai(&mut self) -> R<AiBot> {
        self.p.section(
            "KI-Chatbot",
            "Ein Chatbot verarbeitet Nachrichten automatisiert; Anbieter, Ort und Grenzen gehören in die Dokumente und in eine Datenschutz-Folgenabschätzung.",
        )?;
        let provider = self.required(
            q(
                "whatsapp.ai.provider",
                "Anbieter des KI-Dienstes",
                "Der Anbieter erhält die Nachrichten und ist Empfänger.",
            ),
            Check::Free,
            None,
            Some("Beispiel KI GmbH"),
        )?;
        let seat = self.optional(
            q(
                "whatsapp.ai.seat",
                "Sitz des Anbieters (Ort, Land)",
                "Bestimmt, welches Recht gilt; leer lassen, wenn unbekannt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let location = self.optional(
            q(
                "whatsapp.ai.location",
                "Wo verarbeitet der KI-Dienst die Daten? (Ort, Land)",
                "Entscheidet, ob Daten die EU verlassen; leer lassen, wenn unbekannt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        let purpose = self.required(
            q(
                "whatsapp.ai.purpose",
                "Was macht der Chatbot? (z. B. beantwortet Fragen zu Öffnungszeiten)",
                "Der Zweck begrenzt, wofür der Chatbot Daten verarbeiten darf.",
            ),
            Check::Free,
            None,
            Some("beantwortet häufige Fragen"),
        )?;
        let human_handover = self.yes_no(
            q(
                "whatsapp.ai.human_handover",
                "Kann jederzeit ein Mensch das Gespräch übernehmen?",
                "Betroffene müssen fehlerhafte automatische Antworten korrigieren lassen können.",
            ),
            None,
        )?;
        let trains_on_customer_data = self.yes_no(
            q(
                "whatsapp.ai.trains_on_customer_data",
                "Darf der Anbieter die Gespräche zum Training seiner Modelle nutzen?",
                "Training ist ein neuer Zweck und braucht eine eigene Rechtsgrundlage.",
            ),
            None,
        )?;
        let automated_decisions = self.yes_no(
            q(
                "whatsapp.ai.automated_decisions",
                "Trifft der Chatbot Entscheidungen mit rechtlicher Wirkung (z. B. Vertragsablehnung)?",
                "Solche Entscheidungen sind nur eingeschränkt zulässig (Art. 22 DSGVO).",
            ),
            Some(false),
        )?;
        Ok(AiBot {
            provider,
            seat,
            location,
            purpose,
            human_handover,
            trains_on_customer_data,
            automated_decisions,
            en: None,
        })
    }

    pub(super) fn terms(&mut self, company: &Company) -> R<Option<TermsAcceptance>> {
        let documented = self.yes_no(
            q(
                "whatsapp.terms_accepted",
                "Ist festgehalten, wann und von wem die WhatsApp-Business-Bedingungen angenommen wurden?",
                "Die Bedingungen von WhatsApp/Meta sind Ihr Vertrag zur Auftragsverarbeitung; die angenommene Fassung muss belegbar sein.",
            ),
            None,
        )?;
        if !documented {
            return Ok(None);
        }
        let accepted_on = self.required(
            q(
                "whatsapp.terms_accepted.accepted_on",
                "Datum der Annahme (TT.MM.JJJJ)",
                "Legt fest, welche Fassung der Bedingungen gilt.",
            ),
            Check::Date,
            None,
            Some("15.01.2026"),
        )?;
        let accepted_by = self.required(
            q(
                "whatsapp.terms_accepted.accepted_by",
                "Wer hat die Bedingungen angenommen?",
                "Belegt, dass eine berechtigte Person zugestimmt hat.",
            ),
            Check::Free,
            company.representatives.first().map(|r| person_name(r)),
            Some("Max Muster"),
        )?;
        let archived_at = self.optional(
            q(
                "whatsapp.terms_accepted.archived_at",
                "Wo sind die angenommenen Bedingungen abgelegt? (z. B. Ordner Datenschutz, PDF)",
                "Die Bedingungen ändern sich oft; nur eine Kopie zeigt, was galt.",
            ),
            Check::Free,
            None,
            None,
        )?;
        Ok(Some(TermsAcceptance {
            accepted_on,
            accepted_by,
            archived_at,
        }))
    }
}
