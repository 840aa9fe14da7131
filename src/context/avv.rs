//! View model of document 5 (Auftragsverarbeitung): the role model, the terms of Meta that
//! apply with their evidence, the Art. 28 review of those terms for the profile's variant, the
//! processor-agreement proposal and the other processors. Facts come from `legal::meta` and
//! `legal::art28`; the template only arranges them and adds the prose.

use super::{facts_as_of, german_date};
use crate::legal::art28::{self, Family, Verdict};
use crate::legal::{labels, meta};
use crate::profile::model::*;
use crate::profile::validate::Profile;
use crate::text::join_und;
use serde::Serialize;

/// Everything document 5 needs beyond the common view model.
#[derive(Debug, Clone, Serialize)]
pub struct AvvView {
    /// No processor terms exist and none can be obtained (private app).
    no_agreement: bool,
    /// Who is processor, sub-processor, independent controller (the controller is named in
    /// the document header).
    roles: Vec<RoleView>,
    /// What WhatsApp/Meta process for their own purposes, outside any processor agreement.
    own_purposes: &'static [&'static str],
    /// Guidance the delimitation follows.
    role_guidance: &'static str,
    /// The terms of Meta that apply, numbered as the review cites them.
    terms: Vec<TermsView>,
    /// Date the terms and the review were last checked.
    checked_on: String,
    /// Acceptance of the terms as recorded in the profile.
    acceptance: Option<AcceptanceView>,
    /// One review per processor relationship with Meta (two for coexistence).
    reviews: Vec<ReviewView>,
    /// The processor-agreement proposal (none for the private app, and none to Meta unless
    /// the profile asks for it).
    proposal: Option<ProposalView>,
    /// A proposal to Meta was left out because Meta does not negotiate its terms with small
    /// firms and the profile does not ask for one.
    proposal_omitted: bool,
    /// Other processors in the setup with the status of their agreements.
    other_processors: Vec<OtherProcessorView>,
    /// Some other processor still lacks an agreement.
    other_processors_open: bool,
    /// Some listed party is a processor of the company (not only backup storage).
    other_has_processors: bool,
    /// Names of the listed parties that are no processors of the company (backup storage
    /// under the device account), joined.
    other_not_processors: String,
    /// Companies of the Meta group in the USA that receive data as sub-processors, joined.
    us_recipients: String,
}

#[derive(Debug, Clone, Serialize)]
struct RoleView {
    role: &'static str,
    party: String,
    seat: String,
    basis: String,
    scope: String,
}

#[derive(Debug, Clone, Serialize)]
struct TermsView {
    number: usize,
    key: &'static str,
    name: &'static str,
    url: &'static str,
    version: &'static str,
    version_confirmed: bool,
    covers: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct AcceptanceView {
    accepted_on: String,
    accepted_by: String,
    archived_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct ReviewView {
    family: Family,
    processor: Option<String>,
    caveat: Option<&'static str>,
    terms_numbers: String,
    rows: Vec<ReviewRowView>,
    covered: usize,
    partly: usize,
    not_covered: usize,
    /// Rows whose verdict rests on the facts table, not yet on the clause's wording.
    provisional: usize,
}

#[derive(Debug, Clone, Serialize)]
struct ReviewRowView {
    key: &'static str,
    citation: &'static str,
    /// The citation as the review table prints it: letters of Art. 28(3) sentence 2 as
    /// "lit. a", the regulation's name left out (the table's header names it).
    label: String,
    requirement: &'static str,
    terms_numbers: String,
    provision: &'static str,
    verdict: &'static str,
    verdict_key: Verdict,
    action: &'static str,
    to_verify: bool,
}

#[derive(Debug, Clone, Serialize)]
struct ProposalView {
    /// Addressed to a Business Solution Provider (negotiable) rather than to Meta.
    to_provider: bool,
    processor: PartyView,
    /// The terms that form the main contract when the proposal goes to Meta.
    main_terms: Option<TermsView>,
    /// Meta's security terms, which the proposal accepts as the processor's measures.
    security_terms: Option<TermsView>,
    /// Where the processor stores the data (provider's hosting location).
    hosting: Option<String>,
    hosting_in_eu: bool,
    sub_processors: Vec<SubProcessorView>,
    breach_notice_hours: u32,
    deletion_days: u32,
    sub_processor_notice_days: u32,
    audit_notice_days: u32,
    certificates: &'static str,
    minimum_measures: &'static [&'static str],
    /// Persons entitled to give instructions for the controller.
    instructing: String,
    /// Date the agreement with the provider was signed (German format): the proposal is then
    /// the yardstick for checking the signed agreement, not a contract to conclude.
    signed_on: Option<String>,
    /// Checklist for the signed agreement, the § 203 StGB clause first where it applies.
    signed_checks: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
struct PartyView {
    name: String,
    seat: Option<String>,
    address: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct SubProcessorView {
    name: String,
    seat: String,
    location: String,
    purpose: String,
    transfer: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct OtherProcessorView {
    name: String,
    /// Processes data on the company's behalf (false: backup storage under the device
    /// account, the company's own operation).
    processor: bool,
    role: &'static str,
    seat: Option<String>,
    location: Option<String>,
    status: String,
    open: bool,
}

/// Builds the view of document 5.
pub fn build(p: &Profile, stand: crate::date::Date) -> AvvView {
    let variant = p.variant();
    let terms: Vec<TermsView> = meta::terms_for(variant)
        .into_iter()
        .enumerate()
        .map(|(i, t)| terms_view(i + 1, t))
        .collect();
    let numbers_of = |cited: &[&meta::Terms]| -> String {
        let numbers: Vec<String> = terms
            .iter()
            .filter(|t| cited.iter().any(|c| c.key == t.key))
            .map(|t| t.number.to_string())
            .collect();
        format!("Nr. {}", join_und(&numbers))
    };

    let reviews = Family::for_variant(variant)
        .iter()
        .map(|&family| {
            let rows: Vec<ReviewRowView> = art28::REQUIREMENTS
                .iter()
                .map(|r| {
                    let a = r.assessment(family);
                    ReviewRowView {
                        key: r.key,
                        citation: r.citation,
                        label: short_citation(r.citation),
                        requirement: r.requirement,
                        terms_numbers: if a.terms.is_empty() {
                            "–".to_owned()
                        } else {
                            numbers_of(a.terms)
                        },
                        provision: a.provision,
                        verdict: a.verdict.label(),
                        verdict_key: a.verdict,
                        action: a.action,
                        to_verify: a.to_verify,
                    }
                })
                .collect();
            let count = |v: Verdict| rows.iter().filter(|r| r.verdict_key == v).count();
            ReviewView {
                family,
                processor: family.processor().map(|e| e.name.to_owned()),
                caveat: family.caveat(),
                terms_numbers: numbers_of(&family.terms()),
                covered: count(Verdict::Covered),
                partly: count(Verdict::Partly),
                not_covered: count(Verdict::NotCovered),
                provisional: rows.iter().filter(|r| r.to_verify).count(),
                rows,
            }
        })
        .collect();

    let other_processors = other_processors(p);
    let roles = roles(p, &numbers_of);
    let us_recipients: Vec<&str> = [&meta::WHATSAPP_LLC, &meta::META_INC]
        .into_iter()
        .filter(|e| {
            roles
                .iter()
                .any(|r| r.party == e.name && r.role.starts_with("Unterauftragsverarbeiter"))
        })
        .map(|e| e.name)
        .collect();
    AvvView {
        no_agreement: variant == Variant::Private,
        roles,
        own_purposes: art28::OWN_PURPOSES,
        role_guidance: art28::ROLE_GUIDANCE,
        checked_on: facts_as_of(meta::CHECKED_ON, stand),
        acceptance: p
            .raw
            .whatsapp
            .terms_accepted
            .as_ref()
            .map(|t| AcceptanceView {
                accepted_on: german_date(&t.accepted_on),
                accepted_by: t.accepted_by.clone(),
                archived_at: t.archived_at.clone(),
            }),
        reviews,
        proposal: proposal(p).filter(|_| !omit_proposal(p)),
        proposal_omitted: omit_proposal(p),
        other_processors_open: other_processors.iter().any(|o| o.open),
        other_has_processors: other_processors.iter().any(|o| o.processor),
        other_not_processors: join_und(
            &other_processors
                .iter()
                .filter(|o| !o.processor)
                .map(|o| o.name.as_str())
                .collect::<Vec<_>>(),
        ),
        other_processors,
        terms,
        us_recipients: join_und(&us_recipients),
    }
}

fn terms_view(number: usize, t: &meta::Terms) -> TermsView {
    TermsView {
        number,
        key: t.key,
        name: t.name,
        url: t.url,
        version: t.version_text(),
        version_confirmed: t.version.is_some(),
        covers: t.covers,
    }
}

fn entity_role(
    role: &'static str,
    e: &meta::Entity,
    basis: String,
    scope: impl Into<String>,
) -> RoleView {
    RoleView {
        role,
        party: e.name.to_owned(),
        seat: e.country.to_owned(),
        basis,
        scope: scope.into(),
    }
}

/// A citation without the regulation's name and, for the letters of Art. 28(3) sentence 2,
/// without the article: "Art. 28 Abs. 3 Satz 2 lit. a DSGVO" becomes "lit. a".
fn short_citation(citation: &str) -> String {
    let c = citation.trim_end_matches(" DSGVO");
    c.strip_prefix("Art. 28 Abs. 3 Satz 2 ")
        .unwrap_or(c)
        .to_owned()
}

/// The transfer instrument as the role model names it; the transfer review (section 5)
/// explains it in full.
fn dpf_basis() -> String {
    "Art. 45 DSGVO (EU-US Data Privacy Framework)".to_owned()
}

/// The transfer instrument as the proposal's sub-processor annex names it; clause 5.8 of
/// the proposal cites the decisions in full.
fn dpf_annex() -> String {
    "Data Privacy Framework, hilfsweise Standardvertragsklauseln 2021/914".to_owned()
}

/// The role model: who is who, by variant.
fn roles(p: &Profile, numbers_of: &dyn Fn(&[&meta::Terms]) -> String) -> Vec<RoleView> {
    let wa = &p.raw.whatsapp;
    let variant = p.variant();
    // The controller is named in the document header; the table starts with the processors.
    let mut out = Vec::new();
    if variant == Variant::Private {
        out.push(RoleView {
            role: "Auftragsverarbeiter",
            party: "keiner".to_owned(),
            seat: "–".to_owned(),
            basis: "Für die private App gibt es keine Bedingungen zur Auftragsverarbeitung."
                .to_owned(),
            scope: "–".to_owned(),
        });
        out.push(entity_role(
            "eigenständig Verantwortlicher",
            &meta::WHATSAPP_IRELAND,
            format!(
                "Nutzungsbedingungen für die private Nutzung; {}",
                meta::PRIVACY_POLICY_EEA.name
            ),
            "alle Daten, die über die App verarbeitet werden, einschließlich der Telefonnummern aus dem Adressbuch des Geräts",
        ));
        for e in [&meta::WHATSAPP_LLC, &meta::META_INC] {
            out.push(entity_role(
                "Empfänger von WhatsApp Ireland Limited",
                e,
                "Übermittlung durch WhatsApp nach eigenen Bedingungen, ohne Vereinbarung mit dem Unternehmen".to_owned(),
                "konzerninterne Verarbeitung",
            ));
        }
        return out;
    }

    let families = Family::for_variant(variant);
    if families.contains(&Family::BusinessApp) {
        out.push(entity_role(
            "Auftragsverarbeiter (Business-App)",
            &meta::WHATSAPP_IRELAND,
            format!("Bedingungen {}", numbers_of(&Family::BusinessApp.terms())),
            "Übermittlung der Nachrichten; Geschäftskontakte in der App",
        ));
        for e in [&meta::WHATSAPP_LLC, &meta::META_INC] {
            out.push(entity_role(
                "Unterauftragsverarbeiter",
                e,
                format!(
                    "{}; {}",
                    numbers_of(&[&meta::DATA_TRANSFER_ADDENDUM]),
                    dpf_basis()
                ),
                "Infrastruktur und Betrieb des Dienstes",
            ));
        }
    }
    if families.contains(&Family::CloudApi) {
        let provider = wa.provider.as_ref().filter(|_| p.uses_provider());
        if let Some(pr) = provider {
            out.push(RoleView {
                role: "Auftragsverarbeiter (Dienstleister)",
                party: pr.name.clone(),
                seat: provider_seat(pr),
                basis: match &pr.avv_signed_on {
                    Some(d) => format!("Auftragsverarbeitungsvertrag vom {}", german_date(d)),
                    None => "Auftragsverarbeitungsvertrag noch nicht abgeschlossen (Vorschlag in Abschnitt 7)".to_owned(),
                },
                scope: "Team-Postfach und Anbindung an die Cloud API".to_owned(),
            });
            for sp in pr.sub_processors.iter().filter(|sp| {
                !same_company(&sp.name, meta::META_IRELAND.name)
                    && !same_company(&sp.name, meta::META_INC.name)
            }) {
                out.push(RoleView {
                    role: "Unterauftragsverarbeiter des Dienstleisters",
                    party: sp.name.clone(),
                    seat: format!("{}; Verarbeitung: {}", sp.seat, sp.location),
                    basis: "Vertrag mit dem Dienstleister (Art. 28 Abs. 4 DSGVO)".to_owned(),
                    scope: sp.purpose.clone(),
                });
            }
        }
        let storage = p
            .cloud_storage()
            .map(labels::cloud_storage)
            .unwrap_or_default();
        out.push(entity_role(
            if provider.is_some() {
                "Auftragsverarbeiter (Cloud API); zugleich Unterauftragsverarbeiter des Dienstleisters"
            } else {
                "Auftragsverarbeiter (Cloud API)"
            },
            &meta::META_IRELAND,
            format!("Bedingungen {}", numbers_of(&Family::CloudApi.terms())),
            format!(
                "Zustellung, Entschlüsselung, befristete Zwischenspeicherung; Speichereinstellung: {storage}"
            ),
        ));
        if !families.contains(&Family::BusinessApp) {
            out.push(entity_role(
                "Unterauftragsverarbeiter",
                &meta::META_INC,
                format!(
                    "{}; {}",
                    numbers_of(&[&meta::DATA_TRANSFER_ADDENDUM]),
                    dpf_basis()
                ),
                "Infrastruktur der Cloud API",
            ));
        }
    }
    out.push(entity_role(
        "eigenständig Verantwortlicher",
        &meta::WHATSAPP_IRELAND,
        meta::PRIVACY_POLICY_EEA.name.to_owned(),
        "Verarbeitung für eigene Zwecke (siehe oben)",
    ));
    if p.has_feature(Feature::ClickToWhatsappAds) {
        out.push(entity_role(
            "möglicherweise gemeinsam Verantwortlicher (Art. 26 DSGVO)",
            &meta::META_IRELAND,
            "Vereinbarung nach Art. 26 DSGVO für die Anzeigenauswertung; nicht Gegenstand dieses Dokuments".to_owned(),
            "Click-to-WhatsApp-Anzeigen auf Facebook oder Instagram und ihre Auswertung",
        ));
    }
    out
}

/// Do two spellings name the same company? Compares the first three words, ignoring case
/// and punctuation, so "Meta Platforms Ireland Ltd." matches "Meta Platforms Ireland Limited"
/// but not "Meta Platforms, Inc.".
fn same_company(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .replace([',', '.'], " ")
            .split_whitespace()
            .take(3)
            .map(str::to_owned)
            .collect()
    };
    words(a) == words(b)
}

fn provider_seat(pr: &Provider) -> String {
    let seat = pr
        .seat
        .clone()
        .or_else(|| pr.address.clone())
        .unwrap_or_else(|| "Sitz nicht angegeben".to_owned());
    match &pr.hosting_location {
        Some(h) => format!("{seat}; Speicherort: {h}"),
        None => seat,
    }
}

/// Where Meta's Cloud API keeps the data, in the words of the sub-processor annex.
fn cloud_location(p: &Profile) -> String {
    match p.cloud_storage().unwrap_or_default() {
        CloudStorage::MetaDefault => "Meta, auch USA".to_owned(),
        CloudStorage::LocalStorageDe => format!(
            "Meta; ruhende Daten in Deutschland („Local Storage“), bei Nutzung {} auch außerhalb der EU",
            meta::cloud_api::LOCAL_STORAGE_IN_USE
        ),
        CloudStorage::NoStorage => format!(
            "Meta, auch USA; keine dauerhafte Speicherung („No Storage“), Zwischenspeicher {}",
            meta::cloud_api::NO_STORAGE_CACHE
        ),
    }
}

fn meta_sub_processor(e: &meta::Entity, location: String, purpose: &str) -> SubProcessorView {
    SubProcessorView {
        name: e.name.to_owned(),
        seat: e.address.to_owned(),
        location,
        purpose: purpose.to_owned(),
        transfer: (e.country == "USA").then(dpf_annex),
    }
}

/// A proposal to Meta (no provider in between) is a documented attempt that Meta will not
/// sign; it is written only on request (`document.avv_proposal`).
fn omit_proposal(p: &Profile) -> bool {
    matches!(p.variant(), Variant::BusinessApp | Variant::CloudApi) && !p.raw.document.avv_proposal
}

/// The processor-agreement proposal: to the provider where there is one, otherwise to Meta
/// as a documented attempt; none for the private app.
fn proposal(p: &Profile) -> Option<ProposalView> {
    let variant = p.variant();
    let wa = &p.raw.whatsapp;
    let co = &p.raw.company;
    // The person responsible for the documents may also give instructions, unless already
    // named among the representatives (who are written with their function).
    let instructing = match &p.raw.document.responsible {
        Some(r)
            if !co
                .representatives
                .iter()
                .any(|rep| rep.contains(r.as_str())) =>
        {
            join_und(&[join_und(&co.representatives), r.clone()])
        }
        _ => join_und(&co.representatives),
    };
    let cloud_purpose = "Betrieb der Cloud API (Zustellung, befristete Zwischenspeicherung)";
    let (to_provider, processor, hosting, hosting_in_eu, sub_processors) = match variant {
        Variant::Private => return None,
        Variant::CloudApiBsp | Variant::BusinessAppCoexistence => {
            let pr = wa.provider.as_ref();
            let mut subs: Vec<SubProcessorView> = pr
                .map(|pr| {
                    pr.sub_processors
                        .iter()
                        .map(|sp| SubProcessorView {
                            name: sp.name.clone(),
                            seat: sp.seat.clone(),
                            location: sp.location.clone(),
                            purpose: sp.purpose.clone(),
                            transfer: None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            if !subs
                .iter()
                .any(|s| same_company(&s.name, meta::META_IRELAND.name))
            {
                subs.push(meta_sub_processor(
                    &meta::META_IRELAND,
                    cloud_location(p),
                    cloud_purpose,
                ));
            }
            if !subs
                .iter()
                .any(|s| same_company(&s.name, meta::META_INC.name))
            {
                subs.push(meta_sub_processor(
                    &meta::META_INC,
                    "USA".to_owned(),
                    "Infrastruktur der Cloud API",
                ));
            }
            (
                true,
                PartyView {
                    name: pr.map_or_else(
                        || "[Name des Dienstleisters eintragen]".to_owned(),
                        |pr| pr.name.clone(),
                    ),
                    seat: pr.and_then(|pr| pr.seat.clone()),
                    address: pr.and_then(|pr| pr.address.clone()),
                },
                pr.and_then(|pr| pr.hosting_location.clone()),
                pr.is_some_and(|pr| pr.hosting_region == Some(Region::Eu)),
                subs,
            )
        }
        Variant::BusinessApp => (
            false,
            meta_party(&meta::WHATSAPP_IRELAND),
            None,
            false,
            vec![
                meta_sub_processor(
                    &meta::WHATSAPP_LLC,
                    "USA".to_owned(),
                    "Infrastruktur und Betrieb des Dienstes",
                ),
                meta_sub_processor(
                    &meta::META_INC,
                    "USA".to_owned(),
                    "Infrastruktur und Betrieb des Dienstes",
                ),
            ],
        ),
        Variant::CloudApi => (
            false,
            meta_party(&meta::META_IRELAND),
            Some(cloud_location(p)),
            false,
            vec![meta_sub_processor(
                &meta::META_INC,
                "USA".to_owned(),
                "Infrastruktur der Cloud API",
            )],
        ),
    };
    let main_terms = match variant {
        Variant::BusinessApp => Some(&meta::BUSINESS_TERMS),
        Variant::CloudApi => Some(&meta::META_TERMS_WHATSAPP_BUSINESS),
        _ => None,
    };
    let number_of = |t: &meta::Terms| {
        meta::terms_for(variant)
            .iter()
            .position(|x| x.key == t.key)
            .map_or(0, |i| i + 1)
    };
    let signed_on = wa
        .provider
        .as_ref()
        .filter(|_| to_provider)
        .and_then(|pr| pr.avv_signed_on.as_deref())
        .map(|d| crate::date::Date::parse(d).map_or_else(|| d.to_owned(), |d| d.german()));
    let signed_checks = if signed_on.is_some() {
        co.professional_secrecy
            .then_some(art28::proposal::SECRECY_CHECK)
            .into_iter()
            .chain(art28::proposal::SIGNED_CHECKS.iter().copied())
            .collect()
    } else {
        Vec::new()
    };
    Some(ProposalView {
        signed_on,
        signed_checks,
        to_provider,
        processor,
        main_terms: main_terms.map(|t| terms_view(number_of(t), t)),
        security_terms: (!to_provider).then(|| {
            terms_view(
                number_of(&meta::DATA_SECURITY_TERMS),
                &meta::DATA_SECURITY_TERMS,
            )
        }),
        hosting,
        hosting_in_eu,
        sub_processors,
        breach_notice_hours: art28::proposal::BREACH_NOTICE_HOURS,
        deletion_days: art28::proposal::DELETION_DAYS,
        sub_processor_notice_days: art28::proposal::SUB_PROCESSOR_NOTICE_DAYS,
        audit_notice_days: art28::proposal::AUDIT_NOTICE_DAYS,
        certificates: art28::proposal::CERTIFICATES,
        minimum_measures: art28::proposal::MINIMUM_MEASURES,
        instructing,
    })
}

fn meta_party(e: &meta::Entity) -> PartyView {
    PartyView {
        name: e.name.to_owned(),
        seat: None,
        address: Some(e.address.to_owned()),
    }
}

/// Other processors: those listed under `processors`, plus an MDM or AI provider the profile
/// names elsewhere without listing it, plus the cloud storage of chat backups.
fn other_processors(p: &Profile) -> Vec<OtherProcessorView> {
    let mut out: Vec<OtherProcessorView> = p
        .raw
        .processors
        .iter()
        .map(|pr| OtherProcessorView {
            name: pr.name.clone(),
            processor: true,
            role: labels::processor_role(pr.role),
            seat: pr.seat.clone(),
            location: pr.location.clone(),
            status: match &pr.agreement_date {
                Some(d) => format!(
                    "{} am {}",
                    labels::agreement_status(pr.agreement),
                    german_date(d)
                ),
                None => labels::agreement_status(pr.agreement).to_owned(),
            },
            open: pr.agreement != AgreementStatus::Signed,
        })
        .collect();
    let not_listed = "bisher nicht als Auftragsverarbeiter erfasst; Vertrag prüfen und nachtragen";
    if let Some(mdm) = p.unlisted_mdm() {
        out.push(OtherProcessorView {
            name: mdm.vendor.clone(),
            processor: true,
            role: labels::processor_role(ProcessorRole::Mdm),
            seat: None,
            location: None,
            status: not_listed.to_owned(),
            open: true,
        });
    }
    if let Some(ai) = p.unlisted_ai() {
        out.push(OtherProcessorView {
            name: ai.provider.clone(),
            processor: true,
            role: labels::processor_role(ProcessorRole::Ai),
            seat: ai.seat.clone(),
            location: ai.location.clone(),
            status: not_listed.to_owned(),
            open: true,
        });
    }
    if let Some(ai) = p.raw.whatsapp.ai.as_ref().filter(|_| p.ai_in_house()) {
        out.push(OtherProcessorView {
            name: ai.provider.clone(),
            processor: false,
            role: labels::processor_role(ProcessorRole::Ai),
            seat: ai.seat.clone(),
            location: ai.location.clone(),
            status: "eigener Betrieb des Unternehmens, kein Auftragsverarbeiter; für Server und Hosting gelten die Verträge der übrigen Dienstleister".to_owned(),
            open: false,
        });
    }
    if let Some(devices) = &p.raw.whatsapp.devices
        && devices.backup != Backup::None
    {
        let target = devices.backup_target.map_or(
            "Cloud-Speicher des Geräteherstellers",
            labels::backup_target,
        );
        let encrypted = devices.backup == Backup::EndToEndEncrypted;
        out.push(OtherProcessorView {
                name: format!("Anbieter von {target}"),
                processor: false,
                role: "Chat-Sicherung über das Konto des Geräts",
                seat: None,
                location: None,
                status: if encrypted {
                    if devices.ownership == Ownership::Byod {
                    "kein Vertrag des Unternehmens; gespeichert wird nur die Ende-zu-Ende-verschlüsselte Sicherung, deren Schlüssel der Anbieter nicht hat. Auf privaten Geräten liegt sie im Konto der oder des Beschäftigten, die oder der auch das Passwort setzt; beim Ausscheiden ist ihre Löschung nachzuweisen".to_owned()
                } else {
                    "kein Vertrag des Unternehmens; gespeichert wird nur die Ende-zu-Ende-verschlüsselte Sicherung, deren Schlüssel der Anbieter nicht hat".to_owned()
                }
                } else {
                    "kein Vertrag des Unternehmens; unverschlüsselte Sicherung – Ende-zu-Ende-Verschlüsselung einschalten oder Sicherung abschalten".to_owned()
                },
                open: !encrypted,
            });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::same_company;

    #[test]
    fn company_spellings() {
        assert!(same_company(
            "Meta Platforms Ireland Ltd.",
            "Meta Platforms Ireland Limited"
        ));
        assert!(same_company("Meta Platforms Inc", "Meta Platforms, Inc."));
        assert!(!same_company(
            "Meta Platforms, Inc.",
            "Meta Platforms Ireland Limited"
        ));
        assert!(!same_company("WhatsApp LLC", "WhatsApp Ireland Limited"));
    }
}
