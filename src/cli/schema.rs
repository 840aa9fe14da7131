//! `dsgvo-gen schema`: the JSON Schema of the profile, for editor completion and checks
//! (`# yaml-language-server: $schema=dsgvo-gen.schema.json`).
//!
//! The schema follows the interface language: German by default (`dsgvo-gen.schema.json`),
//! English with `--ui-lang en` (`dsgvo-gen.schema.en.json`). The English descriptions are the
//! profile model's doc comments; the German title and the German descriptions of the sections
//! and types come from [`GERMAN`].

use super::{Failure, out};
use crate::profile::model::RawProfile;
use crate::ui::UiLang;
use serde_json::Value;

/// Arguments of `schema`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Title of the schema, German and English.
const TITLE: (&str, &str) = (
    "dsgvo-gen: Unternehmensprofil",
    "dsgvo-gen: company profile",
);

/// German descriptions: the profile's top-level sections (`/properties/…`) and the types
/// (`/$defs/…`), by JSON pointer.
const GERMAN: &[(&str, &str)] = &[
    (
        "",
        "Ein Unternehmensprofil: alles, wovon die Dokumente abhängen.",
    ),
    (
        "/properties/accepted_findings",
        "Warnungen, die das Unternehmen bewusst hinnimmt, jeweils mit Begründung: Die \
         Datenschutz-Folgenabschätzung führt sie als hingenommen auf, statt sie als Warnung zu \
         wiederholen.",
    ),
    (
        "/properties/company",
        "Der Verantwortliche: das Unternehmen, das WhatsApp nutzt.",
    ),
    (
        "/properties/consent",
        "Wie Einwilligungen eingeholt und protokolliert werden.",
    ),
    (
        "/properties/custom_measures",
        "Weitere Maßnahmen in eigenen Worten.",
    ),
    (
        "/properties/data_subjects",
        "Wessen Daten verarbeitet werden.",
    ),
    (
        "/properties/document",
        "Version, Stand-Datum und Verantwortliche der erzeugten Dokumente.",
    ),
    (
        "/properties/dpo",
        "Datenschutzbeauftragte Person, wenn eine benannt ist.",
    ),
    (
        "/properties/measures",
        "Umgesetzte technische und organisatorische Maßnahmen (Art. 32 DSGVO).",
    ),
    (
        "/properties/processors",
        "Weitere Auftragsverarbeiter rund um WhatsApp (MDM, CRM, Archiv, KI-Anbieter …).",
    ),
    (
        "/properties/scenarios",
        "Anwendungsfälle: was das Unternehmen über WhatsApp erledigt.",
    ),
    (
        "/properties/schema_version",
        "Formatversion dieser Datei; derzeit `1`.",
    ),
    (
        "/properties/special_categories",
        "Besondere Kategorien personenbezogener Daten (Art. 9, 10 DSGVO), die vorkommen.",
    ),
    (
        "/properties/whatsapp",
        "Welches WhatsApp das Unternehmen nutzt und wie.",
    ),
    (
        "/properties/withdrawal",
        "Wie Betroffene Einwilligungen widerrufen oder widersprechen können.",
    ),
    (
        "/$defs/AcceptedFinding",
        "Eine bewusst hingenommene Warnung.",
    ),
    ("/$defs/AddressBook", "Zugriff der App auf das Adressbuch."),
    (
        "/$defs/AgeRange",
        "Eine Altersspanne in Jahren, beide Enden eingeschlossen.",
    ),
    (
        "/$defs/AgreementStatus",
        "Stand des Vertrags zur Auftragsverarbeitung.",
    ),
    ("/$defs/AiBot", "Einrichtung eines KI-Chatbots."),
    ("/$defs/Backup", "Einstellung der Chat-Sicherung."),
    ("/$defs/BackupTarget", "Ziel der Sicherung."),
    ("/$defs/Channel", "Ein Kommunikationsweg."),
    ("/$defs/CloudApi", "Einstellungen der Cloud API."),
    ("/$defs/CloudStorage", "Speicherort bei der Cloud API."),
    (
        "/$defs/Coexistence",
        "Entscheidungen bei der Einrichtung der Koexistenz.",
    ),
    ("/$defs/Company", "Der Verantwortliche."),
    ("/$defs/Consent", "Einholen der Einwilligung."),
    (
        "/$defs/ConsentChannel",
        "Wo die Einwilligung eingeholt wird.",
    ),
    ("/$defs/DataSubjects", "Wessen Daten verarbeitet werden."),
    ("/$defs/Devices", "Telefone, auf denen WhatsApp läuft."),
    (
        "/$defs/DocumentMeta",
        "Angaben zu den erzeugten Dokumenten.",
    ),
    ("/$defs/Dpo", "Datenschutzbeauftragte Person."),
    ("/$defs/Feature", "Genutzte Funktionen von WhatsApp."),
    ("/$defs/Initiator", "Wer das Gespräch beginnt."),
    (
        "/$defs/Lang",
        "Eine Sprache der Dokumente (de: alle Dokumente, maßgeblich; en: die öffentlichen Texte).",
    ),
    (
        "/$defs/LegalBasis",
        "Rechtsgrundlage eines Anwendungsfalls.",
    ),
    (
        "/$defs/LinkedDevices",
        "Verknüpfte Geräte (WhatsApp Web / Desktop).",
    ),
    ("/$defs/Mdm", "Mobile-Device-Management."),
    (
        "/$defs/Measure",
        "Technische und organisatorische Maßnahmen (Katalog der Maßnahmen).",
    ),
    ("/$defs/Minors", "Minderjährige unter den Betroffenen."),
    ("/$defs/Occurrence", "Wie besondere Kategorien vorkommen."),
    ("/$defs/Ownership", "Wem die Geräte gehören."),
    ("/$defs/Platform", "Betriebssystem des Telefons."),
    (
        "/$defs/Processor",
        "Ein weiterer Auftragsverarbeiter der Einrichtung.",
    ),
    (
        "/$defs/ProcessorRole",
        "Rolle eines weiteren Auftragsverarbeiters.",
    ),
    (
        "/$defs/Profession",
        "Berufe mit eigenen Regeln zu Aufzeichnung und Verschwiegenheit.",
    ),
    (
        "/$defs/PurposeTranslation",
        "Der englische Wortlaut eines selbst formulierten Zwecks (`en: { purpose: … }`).",
    ),
    (
        "/$defs/Provider",
        "Ein Business Solution Provider (Dienstleister).",
    ),
    ("/$defs/Region", "Rechtsraum eines Verarbeitungsorts."),
    ("/$defs/Scale", "Wie viele Menschen erreicht werden."),
    (
        "/$defs/ScenarioEntry",
        "Ein Anwendungsfall. `kind` wählt einen Eintrag des eingebauten Katalogs; die übrigen \
         Angaben ersetzen dessen Vorgaben (bei `kind: custom` sind sie Pflicht).",
    ),
    (
        "/$defs/ScenarioTranslation",
        "Der englische Wortlaut der selbst formulierten Texte eines Anwendungsfalls \
         (`scenarios[].en`).",
    ),
    (
        "/$defs/ScenarioKind",
        "Der eingebaute Katalog der Anwendungsfälle.",
    ),
    ("/$defs/Sector", "Branche des Unternehmens."),
    (
        "/$defs/SpecialCategories",
        "Besondere Kategorien personenbezogener Daten.",
    ),
    (
        "/$defs/SpecialCategory",
        "Kategorien nach Art. 9 Abs. 1 und Art. 10 DSGVO.",
    ),
    ("/$defs/State", "Bundesland."),
    (
        "/$defs/SubProcessor",
        "Ein Unterauftragsverarbeiter eines Dienstleisters.",
    ),
    (
        "/$defs/TermsAcceptance",
        "Annahme der Geschäftsbedingungen von WhatsApp bzw. Meta.",
    ),
    ("/$defs/Variant", "Das genutzte WhatsApp-Produkt."),
    ("/$defs/WhatsApp", "Einrichtung von WhatsApp."),
    ("/$defs/Withdrawal", "Wege für Widerruf und Widerspruch."),
];

/// The schema in `lang`, its keys in schemars' order.
fn schema(lang: UiLang) -> schemars::Schema {
    let mut schema = schemars::schema_for!(RawProfile);
    let title = match lang {
        UiLang::De => TITLE.0,
        UiLang::En => TITLE.1,
    };
    schema.insert("title".into(), Value::String(title.into()));
    if lang == UiLang::De {
        for (pointer, text) in GERMAN {
            if let Some(Value::Object(node)) = schema.pointer_mut(pointer) {
                node.insert("description".into(), Value::String((*text).into()));
            }
        }
    }
    schema
}

/// The schema in `lang` as a JSON value.
#[cfg(test)]
fn schema_value(lang: UiLang) -> Value {
    schema(lang).to_value()
}

/// The schema in the interface language as pretty-printed JSON.
pub fn schema_json() -> Result<String, Failure> {
    serde_json::to_string_pretty(&schema(crate::ui::lang()))
        .map_err(|e| Failure::Internal(e.to_string()))
}

/// Runs `schema`.
pub fn run(_args: Args) -> Result<(), Failure> {
    out(&schema_json()?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every German text lands on a node of the schema, and every section and type has one.
    #[test]
    fn german_descriptions_cover_sections_and_types() {
        let english = schema_value(UiLang::En);
        for (pointer, _) in GERMAN {
            assert!(
                english.pointer(pointer).is_some_and(Value::is_object),
                "{pointer} is not in the schema"
            );
        }
        let mut wanted = vec![String::new()];
        for key in ["properties", "$defs"] {
            let names = english[key].as_object().expect(key).keys();
            wanted.extend(names.map(|n| format!("/{key}/{n}")));
        }
        for pointer in wanted {
            assert!(
                GERMAN.iter().any(|(p, _)| *p == pointer),
                "no German description for {pointer}"
            );
        }
        let german = schema_value(UiLang::De);
        assert_eq!(german["title"], "dsgvo-gen: Unternehmensprofil");
        assert_eq!(
            german["properties"]["company"]["description"],
            "Der Verantwortliche: das Unternehmen, das WhatsApp nutzt."
        );
    }
}
