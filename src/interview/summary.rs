//! Interview stage, closing words: a short German summary of a validated profile, shown after
//! `dsgvo-gen init` has written it.

use crate::legal::labels;
use crate::profile::validate::Profile;
use crate::text::join_und;
use std::fmt::Write as _;

/// The summary, one line per topic.
pub fn summary(p: &Profile) -> String {
    let raw = &p.raw;
    let co = &raw.company;
    let wa = &raw.whatsapp;
    let mut rows: Vec<(&str, String)> = vec![
        (
            "Verantwortlicher",
            format!("{}, {}, {} {}", co.name, co.street, co.postal_code, co.city),
        ),
        ("Aufsichtsbehörde", p.authority.name.to_owned()),
        (
            "WhatsApp",
            format!(
                "{}, Nummer {}",
                labels::variant(wa.variant),
                wa.business_number
            ),
        ),
    ];
    if let Some(pr) = &wa.provider {
        let place = pr
            .hosting_location
            .as_deref()
            .unwrap_or("Speicherort offen");
        rows.push((
            "Dienstleister",
            format!("{} (Speicherort: {place})", pr.name),
        ));
    }
    if let Some(api) = &wa.cloud_api {
        rows.push(("Cloud API", labels::cloud_storage(api.storage).to_owned()));
    }
    if let Some(d) = &wa.devices {
        rows.push((
            "Geräte",
            format!(
                "{} {}, {}; Adressbuch: {}; {}",
                d.count,
                if d.count == 1 { "Gerät" } else { "Geräte" },
                labels::ownership(d.ownership),
                labels::address_book(d.address_book),
                labels::backup(d.backup)
            ),
        ));
    }
    let scenarios: Vec<&str> = p.scenarios.iter().map(|s| s.title.as_str()).collect();
    rows.push(("Anwendungsfälle", join_und(&scenarios)));
    if p.scenarios.iter().any(|s| s.needs_consent()) {
        let channels: Vec<&str> = raw
            .consent
            .channels
            .iter()
            .map(|c| labels::consent_channel(*c))
            .collect();
        rows.push((
            "Einwilligung",
            format!(
                "{}; Double-Opt-in: {}",
                join_und(&channels),
                if raw.consent.double_opt_in {
                    "ja"
                } else {
                    "nein"
                }
            ),
        ));
    }
    let mut withdrawal = vec![
        format!("Stichwort „{}“", raw.withdrawal.keyword),
        format!("E-Mail an {}", p.withdrawal_email),
    ];
    if raw.withdrawal.postal {
        withdrawal.push("Brief".into());
    }
    if let Some(phone) = &raw.withdrawal.phone {
        withdrawal.push(format!("Telefon {phone}"));
    }
    if let Some(url) = &raw.withdrawal.web_form_url {
        withdrawal.push(format!("Formular {url}"));
    }
    rows.push(("Widerruf", join_und(&withdrawal)));
    rows.push((
        "Schutzmaßnahmen",
        format!(
            "{} aus dem Katalog, {} eigene",
            raw.measures.len(),
            raw.custom_measures.len()
        ),
    ));
    rows.push((
        "Datenschutzbeauftragte",
        raw.dpo
            .as_ref()
            .map_or_else(|| "keine benannt".to_owned(), |d| d.name.clone()),
    ));
    let width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    let mut out = String::from("Zusammenfassung\n");
    for (k, v) in rows {
        let label = format!("{k}:");
        for (i, line) in wrap(&v, WIDTH.saturating_sub(width + 3)).iter().enumerate() {
            let head = if i == 0 { label.as_str() } else { "" };
            let _ = writeln!(out, "  {head:<width$} {line}");
        }
    }
    out
}

const WIDTH: usize = 96;

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(current) if current.chars().count() + 1 + word.chars().count() <= width => {
                current.push(' ');
                current.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}
