//! Interview stage, output: a [`RawProfile`] as a commented YAML profile. Every field is
//! written (optional ones that are not set as a commented-out line), every field carries a
//! German comment saying what it means, and the text is deterministic, so loading the file
//! gives back the same `RawProfile` and writing that again gives the same bytes.
//!
//! The structs are destructured without `..`: a new profile field does not compile until it
//! is written here.

use super::{all, key};
use crate::legal::{authorities, labels, measures, scenarios};
use crate::profile::model::*;
use serde::Serialize;

/// File name the schema comment points at (`dsgvo-gen schema > dsgvo-gen.schema.json`).
pub const SCHEMA_FILE: &str = "dsgvo-gen.schema.json";

/// How to write the profile.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The profile is a starter profile full of placeholders (`--non-interactive`).
    pub starter: bool,
}

const WIDTH: usize = 96;

/// Renders `raw` as a commented YAML profile.
pub fn to_yaml(raw: &RawProfile, options: &Options) -> String {
    let RawProfile {
        schema_version,
        company,
        dpo,
        whatsapp,
        scenarios,
        data_subjects,
        special_categories,
        consent,
        withdrawal,
        measures,
        custom_measures,
        processors,
        document,
        accepted_findings,
    } = raw;
    let mut w = Writer::default();
    w.raw_line(&format!("# yaml-language-server: $schema={SCHEMA_FILE}"));
    w.comment(
        0,
        "DSGVO-Profil für den Einsatz von WhatsApp, erstellt mit `dsgvo-gen init`.",
    );
    if options.starter {
        w.comment(
            0,
            "STARTPROFIL: Namen, Anschrift, E-Mail-Adresse, Vertreter und Rufnummern sind Platzhalter (Musterfirma). Ersetzen Sie sie und prüfen Sie jede Angabe, bevor Sie Dokumente erzeugen – die Dokumente behaupten, was hier steht.",
        );
    }
    w.comment(
        0,
        "Aus dieser Datei erzeugt `dsgvo-gen build` die Dokumente. Sie dürfen sie von Hand ändern; `dsgvo-gen validate` prüft sie danach. Zeilen mit # sind Kommentare; auskommentierte Schlüssel zeigen, was sich ergänzen lässt.",
    );
    w.comment(
        0,
        "Die erste Zeile gibt Editoren (z. B. VS Code mit YAML-Erweiterung) Vervollständigung und Prüfung. Legen Sie dazu die Schema-Datei neben dieses Profil:",
    );
    w.raw_line(&format!("#   dsgvo-gen schema > {SCHEMA_FILE}"));
    w.blank();
    w.field(
        0,
        "schema_version",
        &schema_version.to_string(),
        "Formatversion dieser Datei – nicht ändern.",
    );
    w.blank();
    write_company(&mut w, company);
    w.blank();
    match dpo {
        Some(dpo) => write_dpo(&mut w, dpo),
        None => {
            w.comment(
                0,
                "Datenschutzbeauftragte Person: keine benannt. Wenn sich das ändert, diesen Abschnitt einkommentieren und ausfüllen.",
            );
            w.absent(0, "dpo", "");
            w.absent(2, "name", &quoted("Vorname Nachname"));
            w.absent(2, "email", &quoted("datenschutz@example.de"));
        }
    }
    w.blank();
    write_whatsapp(&mut w, whatsapp);
    w.blank();
    write_scenarios(&mut w, scenarios);
    w.blank();
    write_data_subjects(&mut w, data_subjects);
    w.blank();
    write_special_categories(&mut w, special_categories);
    w.blank();
    write_consent(&mut w, consent);
    w.blank();
    write_withdrawal(&mut w, withdrawal);
    w.blank();
    write_measures(&mut w, measures, custom_measures);
    w.blank();
    write_processors(&mut w, processors);
    w.blank();
    write_document(&mut w, document);
    write_accepted_findings(&mut w, accepted_findings);
    w.out
}

fn write_accepted_findings(w: &mut Writer, accepted: &[AcceptedFinding]) {
    if accepted.is_empty() {
        return;
    }
    w.blank();
    w.section(
        0,
        "accepted_findings",
        "Bewusst hingenommene Warnungen: sie werden nicht mehr als Warnung gemeldet, sondern mit der Begründung in Dokument 02 aufgeführt.",
    );
    for a in accepted {
        w.line(2, &format!("- code: {}", a.code));
        w.line(4, &format!("reason: {}", quoted(&a.reason)));
        if let Some(until) = &a.until {
            w.line(4, &format!("until: {}", quoted(until)));
        }
    }
}

fn write_company(w: &mut Writer, c: &Company) {
    let Company {
        name,
        legal_form,
        street,
        postal_code,
        city,
        state,
        representatives,
        register,
        email,
        phone,
        website,
        privacy_notice_url,
        imprint_url,
        sector,
        employees,
        persons_processing_data,
        professional_secrecy,
        acts_as_processor,
        profession,
        merchant,
    } = c;
    w.section(
        0,
        "company",
        "Das Unternehmen, das WhatsApp nutzt – in den Dokumenten „der Verantwortliche“.",
    );
    w.field(
        2,
        "name",
        &quoted(name),
        "Name wie im Register oder Impressum.",
    );
    w.opt_text(
        2,
        "legal_form",
        legal_form.as_deref(),
        "Rechtsform, z. B. GmbH, e. K., GbR.",
        "GmbH",
    );
    w.field(2, "street", &quoted(street), "Straße und Hausnummer.");
    w.field(
        2,
        "postal_code",
        &quoted(postal_code),
        "Postleitzahl in Anführungszeichen, damit eine führende 0 erhalten bleibt.",
    );
    w.field(2, "city", &quoted(city), "Ort.");
    w.field(
        2,
        "state",
        &key(*state),
        &format!(
            "Bundesland ({}) – bestimmt die zuständige Aufsichtsbehörde: {}.",
            authorities::state_name(*state),
            authorities::for_state(*state).name
        ),
    );
    w.strings(
        2,
        "representatives",
        representatives,
        "Vertretungsberechtigte Personen mit Funktion, je Zeile eine.",
    );
    w.opt_text(
        2,
        "register",
        register.as_deref(),
        "Registereintrag, z. B. Amtsgericht Freiburg HRB 123456.",
        "Amtsgericht … HRB …",
    );
    w.field(
        2,
        "email",
        &quoted(email),
        "Kontaktadresse für Datenschutzanfragen und Widerrufe.",
    );
    w.opt_text(
        2,
        "phone",
        phone.as_deref(),
        "Telefonnummer im internationalen Format, z. B. +49 761 123456.",
        "+49 …",
    );
    w.opt_text(
        2,
        "website",
        website.as_deref(),
        "Website.",
        "https://www.example.de",
    );
    w.opt_text(
        2,
        "privacy_notice_url",
        privacy_notice_url.as_deref(),
        "Wo die Datenschutzhinweise für WhatsApp (Dokument 04) veröffentlicht sind; die Kurzinformation im Chat verlinkt darauf.",
        "https://www.example.de/datenschutz-whatsapp",
    );
    w.opt_text(
        2,
        "imprint_url",
        imprint_url.as_deref(),
        "Wo das Impressum steht; Kontaktseite, Unternehmensprofil und Aushang verlinken darauf.",
        "https://www.example.de/impressum",
    );
    w.field(
        2,
        "sector",
        &key(*sector),
        &format!(
            "Branche: {}. Werte: {}.",
            labels::sector(*sector),
            keys(&all::<Sector>())
        ),
    );
    w.field(
        2,
        "employees",
        &employees.to_string(),
        "Beschäftigte (Köpfe).",
    );
    match persons_processing_data {
        Some(n) => w.field(
            2,
            "persons_processing_data",
            &n.to_string(),
            "Personen, die ständig mit personenbezogenen Daten arbeiten (§ 38 BDSG: ab 20 ist eine Datenschutzbeauftragte Person Pflicht).",
        ),
        None => {
            w.comment(
                2,
                "Personen, die ständig mit personenbezogenen Daten arbeiten (§ 38 BDSG); ohne Angabe gilt die Zahl der Beschäftigten.",
            );
            w.absent(2, "persons_processing_data", &employees.to_string());
        }
    }
    w.field(
        2,
        "professional_secrecy",
        bool_str(*professional_secrecy),
        "Berufsgeheimnis nach § 203 StGB (Ärzte, Therapeuten, Anwälte, Steuerberater …).",
    );
    if let Some(p) = profession {
        w.field(
            2,
            "profession",
            &crate::interview::key(*p),
            "Beruf; bestimmt berufsrechtliche Aufbewahrungsfristen (Patientenakte, Handakte).",
        );
    }
    if let Some(m) = merchant {
        w.field(
            2,
            "merchant",
            bool_str(*m),
            "Kaufmann im Sinne des HGB; ohne Angabe aus Rechtsform und Branche abgeleitet.",
        );
    }
    w.field(
        2,
        "acts_as_processor",
        bool_str(*acts_as_processor),
        "WhatsApp wird auch im Auftrag von Kunden betrieben (Agentur); dann zusätzlich Verzeichnis nach Art. 30 Abs. 2 DSGVO.",
    );
}

fn write_dpo(w: &mut Writer, d: &Dpo) {
    let Dpo {
        name,
        organisation,
        email,
        phone,
        address,
    } = d;
    w.section(
        0,
        "dpo",
        "Datenschutzbeauftragte Person; ihre Kontaktdaten stehen in den Datenschutzhinweisen.",
    );
    w.field(2, "name", &quoted(name), "Name.");
    w.opt_text(
        2,
        "organisation",
        organisation.as_deref(),
        "Firma bei externer Benennung.",
        "… Datenschutz GmbH",
    );
    w.field(2, "email", &quoted(email), "E-Mail-Adresse.");
    w.opt_text(
        2,
        "phone",
        phone.as_deref(),
        "Telefonnummer (international).",
        "+49 …",
    );
    w.opt_text(
        2,
        "address",
        address.as_deref(),
        "Postanschrift, falls abweichend von der des Unternehmens.",
        "Straße 1, 12345 Ort",
    );
}

fn write_whatsapp(w: &mut Writer, wa: &WhatsApp) {
    let WhatsApp {
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
        alternative_channels,
    } = wa;
    w.section(
        0,
        "whatsapp",
        "Welches WhatsApp Sie nutzen und wie es eingerichtet ist.",
    );
    w.field(
        2,
        "variant",
        &key(*variant),
        &format!(
            "{}. Werte: private (private App – ungeeignet), business_app, business_app_coexistence (Business-App + Cloud API), cloud_api (direkt), cloud_api_bsp (über einen Dienstleister).",
            labels::variant(*variant)
        ),
    );
    w.field(
        2,
        "business_number",
        &quoted(business_number),
        "Nummer, unter der Sie bei WhatsApp erreichbar sind (international).",
    );
    w.opt_text(
        2,
        "display_name",
        display_name.as_deref(),
        "Anzeigename des Profils.",
        "Musterfirma",
    );
    match provider {
        Some(p) => write_provider(w, p),
        None => w.comment(
            2,
            "provider: nur bei cloud_api_bsp und business_app_coexistence – der Dienstleister (BSP).",
        ),
    }
    match cloud_api {
        Some(CloudApi { storage }) => {
            w.section(2, "cloud_api", "Einstellungen der Cloud API.");
            w.field(
                4,
                "storage",
                &key(*storage),
                &format!(
                    "{}. Werte: meta_default (Rechenzentren von Meta, auch USA), local_storage_de (Speicherung in Deutschland), no_storage (keine dauerhafte Speicherung).",
                    labels::cloud_storage(*storage)
                ),
            );
        }
        None => w.comment(
            2,
            "cloud_api: nur bei Varianten mit Cloud API – Speicherort der Nachrichten.",
        ),
    }
    match coexistence {
        Some(Coexistence {
            history_shared,
            contacts_shared,
        }) => {
            w.section(
                2,
                "coexistence",
                "Was bei der Koexistenz-Einrichtung an die Cloud API ging.",
            );
            w.field(
                4,
                "history_shared",
                bool_str(*history_shared),
                "Chatverlauf (bis zu sechs Monate) übertragen.",
            );
            w.field(
                4,
                "contacts_shared",
                bool_str(*contacts_shared),
                "Kontakte der Business-App übertragen.",
            );
        }
        None => w.comment(2, "coexistence: nur bei business_app_coexistence."),
    }
    match devices {
        Some(d) => write_devices(w, d),
        None => w.comment(
            2,
            "devices: nur bei App-Varianten – die Smartphones, auf denen WhatsApp läuft.",
        ),
    }
    w.enum_list(
        2,
        "features",
        features,
        &all::<Feature>(),
        |f| labels::feature(f).to_owned(),
        "Genutzte Funktionen.",
    );
    match ai {
        Some(a) => write_ai(w, a),
        None => w.comment(
            2,
            "ai: nur mit der Funktion ai_bot – Anbieter und Grenzen des KI-Chatbots.",
        ),
    }
    match terms_accepted {
        Some(TermsAcceptance {
            accepted_on,
            accepted_by,
            archived_at,
        }) => {
            w.section(
                2,
                "terms_accepted",
                "Annahme der WhatsApp-Business-Bedingungen – sie sind Ihr Vertrag zur Auftragsverarbeitung mit Meta.",
            );
            w.field(
                4,
                "accepted_on",
                &quoted(accepted_on),
                "Datum (JJJJ-MM-TT).",
            );
            w.field(
                4,
                "accepted_by",
                &quoted(accepted_by),
                "Person, die angenommen hat.",
            );
            w.opt_text(
                4,
                "archived_at",
                archived_at.as_deref(),
                "Ablageort der angenommenen Fassung.",
                "Ordner Datenschutz, PDF vom …",
            );
        }
        None => {
            w.comment(
                2,
                "Annahme der WhatsApp-Business-Bedingungen: nicht dokumentiert. Zum Nachtragen einkommentieren:",
            );
            w.absent(2, "terms_accepted", "");
            w.absent(4, "accepted_on", &quoted("JJJJ-MM-TT"));
            w.absent(4, "accepted_by", &quoted("Vorname Nachname"));
        }
    }
    match alternative_channels {
        Some(channels) => w.enum_list(
            2,
            "alternative_channels",
            channels,
            &all::<Channel>(),
            |c| labels::channel(c).to_owned(),
            "Andere Wege, auf denen man Sie immer erreicht. Eine leere Liste bedeutet: WhatsApp ist der einzige Weg.",
        ),
        None => w.comment(
            2,
            "alternative_channels: ohne Angabe gelten E-Mail und – wenn angegeben – Telefon.",
        ),
    }
}

fn write_provider(w: &mut Writer, p: &Provider) {
    let Provider {
        name,
        seat,
        address,
        hosting_location,
        hosting_region,
        avv_signed_on,
        sub_processors,
        privacy_url,
    } = p;
    w.section(
        2,
        "provider",
        "Dienstleister (Business Solution Provider) – Ihr Auftragsverarbeiter.",
    );
    w.field(4, "name", &quoted(name), "Firmenname.");
    w.opt_text(
        4,
        "seat",
        seat.as_deref(),
        "Sitz (Ort, Land).",
        "Berlin, Deutschland",
    );
    w.opt_text(
        4,
        "address",
        address.as_deref(),
        "Postanschrift.",
        "Straße 1, 12345 Ort",
    );
    w.opt_text(
        4,
        "hosting_location",
        hosting_location.as_deref(),
        "Wo die Nachrichten gespeichert werden.",
        "Frankfurt am Main, Deutschland",
    );
    w.opt_enum(
        4,
        "hosting_region",
        *hosting_region,
        "Rechtsraum: eu, adequate (Drittland mit Angemessenheitsbeschluss), third_country.",
        "eu",
    );
    w.opt_text(
        4,
        "avv_signed_on",
        avv_signed_on.as_deref(),
        "Datum des Vertrags zur Auftragsverarbeitung (JJJJ-MM-TT).",
        "JJJJ-MM-TT",
    );
    w.opt_text(
        4,
        "privacy_url",
        privacy_url.as_deref(),
        "Liste der Unterauftragsverarbeiter oder Datenschutzseite des Dienstleisters.",
        "https://…",
    );
    if sub_processors.is_empty() {
        w.comment(
            4,
            "sub_processors: Unterauftragsverarbeiter mit name, seat, location, purpose.",
        );
    } else {
        w.section(
            4,
            "sub_processors",
            "Unterauftragsverarbeiter des Dienstleisters.",
        );
        for s in sub_processors {
            let SubProcessor {
                name,
                seat,
                location,
                purpose,
                en,
            } = s;
            w.item_field(6, "name", &quoted(name));
            w.field(8, "seat", &quoted(seat), "");
            w.field(8, "location", &quoted(location), "");
            w.field(8, "purpose", &quoted(purpose), "");
            if let Some(en) = en {
                w.line(8, "en:");
                w.field(10, "purpose", &quoted(&en.purpose), "");
            }
        }
    }
}

fn write_devices(w: &mut Writer, d: &Devices) {
    let Devices {
        ownership,
        count,
        platforms,
        mdm,
        address_book,
        backup,
        backup_target,
        linked_devices,
    } = d;
    w.section(2, "devices", "Die Smartphones, auf denen WhatsApp läuft.");
    w.field(
        4,
        "ownership",
        &key(*ownership),
        &format!(
            "{}. Werte: company (dienstlich), byod (private Geräte), mixed (beides).",
            labels::ownership(*ownership)
        ),
    );
    w.field(4, "count", &count.to_string(), "Anzahl der Geräte.");
    w.field(
        4,
        "platforms",
        &flow_list(platforms),
        "Betriebssysteme: android, ios.",
    );
    match mdm {
        Some(Mdm {
            vendor,
            work_container,
            remote_wipe,
        }) => {
            w.section(4, "mdm", "Mobile-Device-Management.");
            w.field(
                6,
                "vendor",
                &quoted(vendor),
                "Produkt oder Anbieter; gehört auch unter processors.",
            );
            w.field(
                6,
                "work_container",
                bool_str(*work_container),
                "WhatsApp läuft in einem getrennten Arbeitsprofil mit eigenem Adressbuch.",
            );
            w.field(
                6,
                "remote_wipe",
                bool_str(*remote_wipe),
                "Verlorene Geräte lassen sich aus der Ferne löschen.",
            );
        }
        None => w.comment(
            4,
            "mdm: kein Mobile-Device-Management (vendor, work_container, remote_wipe).",
        ),
    }
    w.field(
        4,
        "address_book",
        &key(*address_book),
        &format!(
            "{}. Werte: no_access, business_only (nur getrenntes geschäftliches Adressbuch), full (gesamtes Adressbuch – wird hochgeladen).",
            labels::address_book(*address_book)
        ),
    );
    w.field(
        4,
        "backup",
        &key(*backup),
        &format!(
            "{}. Werte: none, end_to_end_encrypted, unencrypted.",
            labels::backup(*backup)
        ),
    );
    w.opt_enum(
        4,
        "backup_target",
        *backup_target,
        "Ziel der Sicherung: google_drive, icloud.",
        "google_drive",
    );
    w.field(
        4,
        "linked_devices",
        &key(*linked_devices),
        &format!(
            "{}. Werte: none, managed (nur verwaltete Firmenrechner), unmanaged.",
            labels::linked_devices(*linked_devices)
        ),
    );
}

fn write_ai(w: &mut Writer, a: &AiBot) {
    let AiBot {
        provider,
        seat,
        location,
        purpose,
        human_handover,
        trains_on_customer_data,
        automated_decisions,
        en,
    } = a;
    w.section(2, "ai", "KI-Chatbot.");
    w.field(
        4,
        "provider",
        &quoted(provider),
        "Anbieter des KI-Dienstes.",
    );
    w.opt_text(
        4,
        "seat",
        seat.as_deref(),
        "Sitz des Anbieters.",
        "Ort, Land",
    );
    w.opt_text(
        4,
        "location",
        location.as_deref(),
        "Ort der Verarbeitung.",
        "Ort, Land",
    );
    w.field(4, "purpose", &quoted(purpose), "Was der Chatbot tut.");
    if let Some(en) = en {
        w.line(4, "en:");
        w.field(6, "purpose", &quoted(&en.purpose), "Auf Englisch.");
    }
    w.field(
        4,
        "human_handover",
        bool_str(*human_handover),
        "Ein Mensch kann jederzeit übernehmen.",
    );
    w.field(
        4,
        "trains_on_customer_data",
        bool_str(*trains_on_customer_data),
        "Der Anbieter trainiert mit den Gesprächen.",
    );
    w.field(
        4,
        "automated_decisions",
        bool_str(*automated_decisions),
        "Entscheidungen mit rechtlicher Wirkung (Art. 22 DSGVO).",
    );
}

fn write_scenarios(w: &mut Writer, list: &[ScenarioEntry]) {
    w.comment(
        0,
        "Anwendungsfälle. `kind` wählt einen Eintrag aus dem Katalog; die übrigen Schlüssel ersetzen dessen Vorgaben (title, purpose, initiated_by, data, legal_basis, legitimate_interest, retention). Begrüßungsnachrichten, KI-Chatbot, Gruppen und Koexistenz-Übernahme ergänzt dsgvo-gen selbst, wenn die Funktionen genutzt werden. Ohne Eintrag gilt customer_inquiry.",
    );
    if list.is_empty() {
        w.line(0, "scenarios: []");
    } else {
        w.line(0, "scenarios:");
    }
    for entry in list {
        let ScenarioEntry {
            kind,
            title,
            purpose,
            initiated_by,
            data,
            legal_basis,
            legitimate_interest,
            retention,
            en,
        } = entry;
        match scenarios::template(*kind) {
            Some(t) => w.comment(
                2,
                &format!(
                    "{} – Vorgaben: {}; Speicherdauer {}.",
                    t.title,
                    labels::legal_basis(t.legal_basis),
                    t.retention
                ),
            ),
            None => w.comment(2, "Eigener Anwendungsfall: alle Angaben erforderlich."),
        }
        w.item_field(2, "kind", &key(*kind));
        w.opt_plain(4, "title", title.as_deref().map(quoted));
        w.opt_plain(4, "purpose", purpose.as_deref().map(quoted));
        w.opt_plain(4, "initiated_by", initiated_by.map(key));
        if let Some(data) = data {
            w.strings(4, "data", data, "");
        }
        w.opt_plain(4, "legal_basis", legal_basis.map(key));
        w.opt_plain(
            4,
            "legitimate_interest",
            legitimate_interest.as_deref().map(quoted),
        );
        w.opt_plain(4, "retention", retention.as_deref().map(quoted));
        if let Some(en) = en {
            write_scenario_translation(w, en);
        }
    }
    let unused: Vec<&scenarios::Template> = super::flow::CHOSEN_SCENARIOS
        .iter()
        .filter(|k| !list.iter().any(|e| e.kind == **k))
        .filter_map(|k| scenarios::template(*k))
        .collect();
    if list.is_empty() {
        w.comment(
            0,
            &format!(
                "Katalog: {}.",
                unused
                    .iter()
                    .map(|t| format!("{} ({})", key(t.kind), t.title))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    } else if !unused.is_empty() {
        w.comment(2, "Weitere Einträge aus dem Katalog:");
        let width = unused.iter().map(|t| key(t.kind).len()).max().unwrap_or(0) + 2;
        for t in unused {
            let k = key(t.kind);
            w.raw_line(&format!("  # - kind: {k:<width$}# {}", t.title));
        }
    }
}

/// `scenarios[].en`: the English wording of a scenario's own texts, kept when the interview
/// rewrites a profile.
fn write_scenario_translation(w: &mut Writer, en: &ScenarioTranslation) {
    let ScenarioTranslation {
        title,
        purpose,
        data,
        legitimate_interest,
        retention,
    } = en;
    w.line(4, "en:");
    w.opt_plain(6, "title", title.as_deref().map(quoted));
    w.opt_plain(6, "purpose", purpose.as_deref().map(quoted));
    if let Some(data) = data {
        w.strings(6, "data", data, "");
    }
    w.opt_plain(
        6,
        "legitimate_interest",
        legitimate_interest.as_deref().map(quoted),
    );
    w.opt_plain(6, "retention", retention.as_deref().map(quoted));
}

fn write_data_subjects(w: &mut Writer, d: &DataSubjects) {
    let DataSubjects {
        customers,
        prospects,
        applicants,
        employees,
        business_partners,
        minors,
        minors_age,
        scale,
    } = d;
    w.section(
        0,
        "data_subjects",
        "Wessen Daten über WhatsApp verarbeitet werden.",
    );
    w.field(
        2,
        "customers",
        bool_str(*customers),
        "Kundinnen und Kunden.",
    );
    w.field(
        2,
        "prospects",
        bool_str(*prospects),
        "Interessentinnen und Interessenten.",
    );
    w.field(
        2,
        "applicants",
        bool_str(*applicants),
        "Bewerberinnen und Bewerber.",
    );
    w.field(
        2,
        "employees",
        bool_str(*employees),
        "Beschäftigte, die WhatsApp für das Unternehmen nutzen.",
    );
    w.field(
        2,
        "business_partners",
        bool_str(*business_partners),
        "Lieferanten und Geschäftspartner.",
    );
    w.field(
        2,
        "minors",
        &key(*minors),
        &format!(
            "Kinder und Jugendliche unter 16: {}. Werte: none, possible, target_group.",
            labels::minors(*minors)
        ),
    );
    if let Some(age) = minors_age {
        w.raw_line(&format!(
            "  minors_age: {{ min: {}, max: {} }}  # Altersspanne der Minderjährigen",
            age.min, age.max
        ));
    }
    w.field(
        2,
        "scale",
        &key(*scale),
        &format!(
            "Reichweite: {}. Werte: small, medium, large.",
            labels::scale(*scale)
        ),
    );
}

fn write_special_categories(w: &mut Writer, s: &SpecialCategories) {
    let SpecialCategories {
        categories,
        occurrence,
    } = s;
    w.section(
        0,
        "special_categories",
        "Besondere Kategorien personenbezogener Daten (Art. 9, 10 DSGVO), z. B. Gesundheitsdaten.",
    );
    w.field(
        2,
        "categories",
        &flow_list(categories),
        &format!(
            "Kategorien, die vorkommen; leer = keine. Werte: {}.",
            keys(&all::<SpecialCategory>())
        ),
    );
    w.field(
        2,
        "occurrence",
        &key(*occurrence),
        "incidental (nur unaufgefordert zugesandt) oder regular (regelmäßig Teil der Leistung).",
    );
}

fn write_consent(w: &mut Writer, c: &Consent) {
    if *c == Consent::default() {
        w.comment(
            0,
            "consent: Voreinstellungen (Einwilligungsseite vor dem Chat und Kurzeinwilligung im Chat, kein Double-Opt-in, kein Protokollort). Nur wichtig, wenn ein Anwendungsfall auf einer Einwilligung beruht; Schlüssel: channels, double_opt_in, log_location, page_url.",
        );
        return;
    }
    let Consent {
        channels,
        double_opt_in,
        log_location,
        page_url,
    } = c;
    w.section(
        0,
        "consent",
        "Wie Einwilligungen eingeholt und nachgewiesen werden.",
    );
    w.enum_list(
        2,
        "channels",
        channels,
        &all::<ConsentChannel>(),
        |c| labels::consent_channel(c).to_owned(),
        "Wo die Einwilligung eingeholt wird.",
    );
    w.field(
        2,
        "double_opt_in",
        bool_str(*double_opt_in),
        "Einwilligungen in Werbung werden mit einer zweiten Nachricht bestätigt.",
    );
    w.opt_text(
        2,
        "log_location",
        log_location.as_deref(),
        "Wo das Einwilligungsprotokoll geführt wird (wer, wann, welcher Text, auf welchem Weg).",
        "Kundendatei, Feld „WhatsApp-Einwilligung“",
    );
    w.opt_text(
        2,
        "page_url",
        page_url.as_deref(),
        "Wo die Einwilligungsseite whatsapp-kontakt.html veröffentlicht ist; QR-Code und Aushang führen dorthin.",
        "https://www.example.de/whatsapp-kontakt.html",
    );
}

fn write_withdrawal(w: &mut Writer, wd: &Withdrawal) {
    let Withdrawal {
        keyword,
        email,
        postal,
        phone,
        web_form_url,
    } = wd;
    w.section(
        0,
        "withdrawal",
        "Wie Personen widerrufen oder widersprechen können.",
    );
    w.field(
        2,
        "keyword",
        &quoted(keyword),
        "Stichwort im Chat, ein einzelnes Wort.",
    );
    w.opt_text(
        2,
        "email",
        email.as_deref(),
        "E-Mail-Adresse für Widerrufe; ohne Angabe die des Unternehmens.",
        "widerruf@example.de",
    );
    w.field(
        2,
        "postal",
        bool_str(*postal),
        "Widerruf per Brief an die Anschrift des Unternehmens.",
    );
    w.opt_text(
        2,
        "phone",
        phone.as_deref(),
        "Telefonnummer für Widerrufe (international).",
        "+49 …",
    );
    w.opt_text(
        2,
        "web_form_url",
        web_form_url.as_deref(),
        "Webformular für Widerrufe.",
        "https://…",
    );
}

fn write_measures(w: &mut Writer, list: &[Measure], custom: &[String]) {
    w.comment(
        0,
        "Technische und organisatorische Maßnahmen (Art. 32 DSGVO). Nur eintragen, was umgesetzt ist.",
    );
    w.enum_list(
        0,
        "measures",
        list,
        &all::<Measure>(),
        |m| measures::info(m).label.to_owned(),
        "",
    );
    if custom.is_empty() {
        w.comment(0, "Weitere Maßnahmen in eigenen Worten:");
        w.absent(0, "custom_measures", "[\"…\"]");
    } else {
        w.strings(
            0,
            "custom_measures",
            custom,
            "Weitere Maßnahmen in eigenen Worten.",
        );
    }
}

fn write_processors(w: &mut Writer, list: &[Processor]) {
    if list.is_empty() {
        w.comment(
            0,
            "Weitere Auftragsverarbeiter (MDM, CRM, Archiv, KI …): keine. Je Eintrag name, role, seat, location, agreement (signed, pending, missing), agreement_date.",
        );
        return;
    }
    w.section(
        0,
        "processors",
        "Weitere Auftragsverarbeiter. role: mdm, crm, helpdesk, backup, archive, ai, hosting, other; agreement: signed, pending, missing.",
    );
    for p in list {
        let Processor {
            name,
            role,
            seat,
            location,
            agreement,
            agreement_date,
        } = p;
        w.item_field(2, "name", &quoted(name));
        w.field(4, "role", &key(*role), "");
        w.opt_plain(4, "seat", seat.as_deref().map(quoted));
        w.opt_plain(4, "location", location.as_deref().map(quoted));
        w.field(4, "agreement", &key(*agreement), "");
        w.opt_plain(4, "agreement_date", agreement_date.as_deref().map(quoted));
    }
}

fn write_document(w: &mut Writer, d: &DocumentMeta) {
    let DocumentMeta {
        version,
        date,
        responsible,
        status_report,
        full_dpia,
        avv_proposal,
        next_review,
        languages,
    } = d;
    w.section(0, "document", "Angaben, die auf jedem Dokument stehen.");
    w.field(
        2,
        "version",
        &quoted(version),
        "Version; bei jeder Änderung erhöhen.",
    );
    w.opt_text(
        2,
        "date",
        date.as_deref(),
        "Stand-Datum (JJJJ-MM-TT); ohne Angabe der Tag der Erzeugung.",
        "JJJJ-MM-TT",
    );
    w.opt_text(
        2,
        "responsible",
        responsible.as_deref(),
        "Verantwortlich für die Dokumente.",
        "Vorname Nachname",
    );
    if *status_report {
        w.field(
            2,
            "status_report",
            "true",
            "Bestandsaufnahme: die Dokumente entstehen trotz Prüffehlern und weisen sie aus.",
        );
    }
    if *full_dpia {
        w.field(
            2,
            "full_dpia",
            "true",
            "Dokument 02 als vollständige Datenschutz-Folgenabschätzung, auch ohne Pflicht.",
        );
    }
    if *avv_proposal {
        w.field(
            2,
            "avv_proposal",
            "true",
            "Dokument 05 mit Vertragsvorschlag an Meta, auch ohne Dienstleister.",
        );
    }
    w.opt_text(
        2,
        "next_review",
        next_review.as_deref(),
        "Nächste Überprüfung (JJJJ-MM-TT); ist sie beim Erzeugen überschritten, meldet die Prüfung das.",
        "JJJJ-MM-TT",
    );
    if !languages.is_empty() {
        let codes: Vec<&str> = crate::lang::Languages::with(languages.iter().copied()).codes();
        w.field(
            2,
            "languages",
            &format!("[{}]", codes.join(", ")),
            "Sprachen; mit en zusätzlich englische Fassungen der Texte für Betroffene (*.en.*).",
        );
    }
}

// ----------------------------------------------------------------------------------------
// YAML text

#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    fn raw_line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn line(&mut self, indent: usize, text: &str) {
        self.out.push_str(&" ".repeat(indent));
        self.raw_line(text);
    }

    fn blank(&mut self) {
        self.out.push('\n');
    }

    /// A comment, wrapped to the line width.
    fn comment(&mut self, indent: usize, text: &str) {
        if text.is_empty() {
            return;
        }
        let width = WIDTH.saturating_sub(indent + 2).max(40);
        let mut current = String::new();
        for word in text.split_whitespace() {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                self.line(indent, &format!("# {current}"));
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        if !current.is_empty() {
            self.line(indent, &format!("# {current}"));
        }
    }

    fn section(&mut self, indent: usize, key: &str, comment: &str) {
        self.comment(indent, comment);
        self.line(indent, &format!("{key}:"));
    }

    fn field(&mut self, indent: usize, key: &str, value: &str, comment: &str) {
        self.comment(indent, comment);
        self.line(indent, &format!("{key}: {value}"));
    }

    /// `- key: value`, the first field of a list item at `indent`.
    fn item_field(&mut self, indent: usize, key: &str, value: &str) {
        self.line(indent, &format!("- {key}: {value}"));
    }

    fn absent(&mut self, indent: usize, key: &str, example: &str) {
        if example.is_empty() {
            self.line(indent, &format!("# {key}:"));
        } else {
            self.line(indent, &format!("# {key}: {example}"));
        }
    }

    fn opt_text(
        &mut self,
        indent: usize,
        key: &str,
        value: Option<&str>,
        comment: &str,
        example: &str,
    ) {
        self.comment(indent, comment);
        match value {
            Some(v) => self.line(indent, &format!("{key}: {}", quoted(v))),
            None => self.absent(indent, key, &quoted(example)),
        }
    }

    fn opt_enum<T: Serialize + Copy>(
        &mut self,
        indent: usize,
        key: &str,
        value: Option<T>,
        comment: &str,
        example: &str,
    ) {
        self.comment(indent, comment);
        match value {
            Some(v) => self.line(indent, &format!("{key}: {}", super::key(v))),
            None => self.absent(indent, key, example),
        }
    }

    /// A field written only when set, without a comment (inside list items).
    fn opt_plain(&mut self, indent: usize, key: &str, value: Option<String>) {
        if let Some(v) = value {
            self.line(indent, &format!("{key}: {v}"));
        }
    }

    fn strings(&mut self, indent: usize, key: &str, items: &[String], comment: &str) {
        self.comment(indent, comment);
        if items.is_empty() {
            self.line(indent, &format!("{key}: []"));
            return;
        }
        self.line(indent, &format!("{key}:"));
        for item in items {
            self.line(indent + 2, &format!("- {}", quoted(item)));
        }
    }

    /// A list of enum values: chosen ones as items with their German label, the others
    /// commented out so they can be switched on by removing the `#`.
    fn enum_list<T: Serialize + Copy + PartialEq>(
        &mut self,
        indent: usize,
        key: &str,
        chosen: &[T],
        all: &[T],
        label: impl Fn(T) -> String,
        comment: &str,
    ) {
        self.comment(indent, comment);
        let width = all.iter().map(|v| super::key(*v).len()).max().unwrap_or(0) + 2;
        if chosen.is_empty() {
            self.line(indent, &format!("{key}: []"));
            self.comment(
                indent,
                &format!(
                    "Mögliche Werte, z. B. als [{}]: {}.",
                    all.first().map(|v| super::key(*v)).unwrap_or_default(),
                    all.iter()
                        .map(|v| format!("{} ({})", super::key(*v), label(*v)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            return;
        }
        self.line(indent, &format!("{key}:"));
        for v in chosen {
            let k = super::key(*v);
            self.line(indent + 2, &format!("- {k:<width$}# {}", label(*v)));
        }
        for v in all.iter().filter(|v| !chosen.contains(v)) {
            let k = super::key(*v);
            self.line(indent + 2, &format!("# - {k:<width$}# {}", label(*v)));
        }
    }
}

fn bool_str(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

fn keys<T: Serialize + Copy>(all: &[T]) -> String {
    all.iter().map(|v| key(*v)).collect::<Vec<_>>().join(", ")
}

fn flow_list<T: Serialize + Copy>(items: &[T]) -> String {
    format!("[{}]", keys(items))
}

/// A YAML double-quoted scalar.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || c == '\u{feff}' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::load::load_str;

    fn roundtrip(text: &str) {
        let first = load_str("a.yaml", text);
        let raw = first.profile.expect("loads").raw;
        let written = to_yaml(&raw, &Options::default());
        let second = load_str("b.yaml", &written);
        assert!(
            second.diagnostics.iter().all(|d| d.code.is_some()),
            "{}\n{written}",
            second.render_diagnostics()
        );
        let again = second.profile.expect("written profile loads").raw;
        assert_eq!(raw, again, "{written}");
        assert_eq!(
            to_yaml(&again, &Options::default()),
            written,
            "deterministic"
        );
    }

    #[test]
    fn examples_roundtrip() {
        for name in [
            "minimal",
            "baeckerei-sonnenschein",
            "elektro-wagner",
            "hausverwaltung-elbtal",
            "onlineshop-nordlicht",
            "physiopraxis-am-park",
            "migration/friseur-privat",
        ] {
            let path = format!("{}/examples/{name}.yaml", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("example");
            roundtrip(&text);
        }
    }

    #[test]
    fn empty_lists_and_absent_sections_roundtrip() {
        let text = std::fs::read_to_string(format!(
            "{}/examples/minimal.yaml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("example");
        let mut raw = load_str("m.yaml", &text).profile.expect("loads").raw;
        raw.scenarios.clear();
        raw.measures.clear();
        raw.whatsapp.features.clear();
        raw.whatsapp.alternative_channels = Some(Vec::new());
        raw.whatsapp.terms_accepted = None;
        raw.company.representatives = vec!["A \"B\" \\ C: #1".into()];
        raw.document.date = None;
        let written = to_yaml(&raw, &Options::default());
        let loaded = load_str("w.yaml", &written);
        assert_eq!(loaded.profile.expect("loads").raw, raw, "{written}");
    }

    #[test]
    fn quoting() {
        assert_eq!(
            quoted("Müller & \"Co\" \\ *GmbH*"),
            "\"Müller & \\\"Co\\\" \\\\ *GmbH*\""
        );
        assert_eq!(quoted("a\nb\u{7}"), "\"a\\nb\\u0007\"");
        let text = format!("x: {}\n", quoted("#: '[]{}' – ä\u{a0}ß\n\u{1}"));
        let node = crate::profile::node::parse(&text).expect("parses");
        let crate::profile::node::NodeKind::Map(entries) = node.kind else {
            panic!("map")
        };
        assert_eq!(
            entries[0].1.kind,
            crate::profile::node::NodeKind::Str("#: '[]{}' – ä\u{a0}ß\n\u{1}".into())
        );
    }

    #[test]
    fn starts_with_schema_comment() {
        let text = std::fs::read_to_string(format!(
            "{}/examples/minimal.yaml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("example");
        let raw = load_str("m.yaml", &text).profile.expect("loads").raw;
        let written = to_yaml(&raw, &Options::default());
        assert!(written.starts_with("# yaml-language-server: $schema=dsgvo-gen.schema.json\n"));
        assert!(written.contains("dsgvo-gen schema > dsgvo-gen.schema.json"));
    }
}
