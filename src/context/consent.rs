//! View model of the consent texts (document 3), the withdrawal notice's public wording and
//! the consent page: one text per purpose that needs consent, each with an identifier the
//! consent log can record, the confirmation that opens the chat, and the prefilled `wa.me`
//! links of the page.
//!
//! Identifiers are `EW-<CODE>-<document version>-<fingerprint>-<version letter>`: the
//! fingerprint is a hash of everything the text says (sentence, purpose, data, controller,
//! provider, encryption variant, release from secrecy, withdrawal channels, template set);
//! the letter names the version (a chat, b form, d poster, s consent page), whose wording
//! differs and is fixed by the template set inside the hash. An identifier changes exactly
//! when the text a person sees can change, and never with the date alone.
//!
//! For a company bound to professional secrecy every declaration carries the release from
//! the duty of secrecy (`context::secrecy`), and one more text asks for the release alone,
//! for the communication that rests on a contract or on legitimate interests.

use crate::context::RunInfo;
use crate::context::secrecy::{self, SecrecyView};
use crate::lang::Lang;

mod en;
use crate::legal::{labels, meta, scenarios};
use crate::profile::model::*;
use crate::profile::validate::{Profile, Scenario};
use crate::text::{join_und, join_with};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Optional consents the page offers as checkboxes. Without JavaScript the page holds one
/// prepared link per combination of boxes (2^n), so the number is capped; further consents
/// are asked in the chat.
pub const MAX_PAGE_OPTIONS: usize = 4;

/// The word a person replies in the chat to give or confirm a consent.
pub const REPLY_WORD: &str = "JA";

/// Everything the consent texts, the withdrawal notice and the consent page need beyond the
/// general view model.
#[derive(Debug, Clone, Serialize)]
pub struct ConsentsView {
    /// One text per purpose that needs consent, in scenario order.
    texts: Vec<ConsentTextView>,
    /// Identifier of the information shown on the consent page and before every consent.
    information_id: String,
    /// The confirmation that opens the chat on the consent page.
    gate: GateView,
    /// The consent page.
    page: PageView,
    /// Name the business uses in WhatsApp (display name, else the company name).
    business_name: String,
    /// Channel and provider in one or two sentences.
    provider_text: String,
    /// WhatsApp's own processing of metadata and the transfer to the USA.
    metadata_text: String,
    /// Where message contents are kept at Meta (Cloud API variants only).
    cloud_text: Option<String>,
    /// The other ways to reach the company, as "telefonisch unter … oder per E-Mail an …".
    alternatives_text: String,
    /// Request not to send sensitive data, with the alternative.
    sensitive_text: String,
    /// Disclosure of the chatbot, where one answers.
    ai_text: Option<String>,
    /// Withdrawal channels without web addresses (for the consent page).
    withdrawal_channels: Vec<String>,
    /// The same as one phrase ("… oder …").
    withdrawal_text: String,
    /// Reply word for giving or confirming a consent in the chat.
    reply_word: &'static str,
    /// At least one text is advertising.
    any_advertising: bool,
    /// At least one text covers special categories.
    any_special: bool,
    /// Minors may be among the people asked (Art. 8).
    minors_possible: bool,
    /// Minors are a target group.
    minors_target: bool,
    /// Their age range as a phrase ("10 bis 17 Jahre"), if the profile states it.
    minors_age: Option<String>,
    /// WhatsApp's own minimum age in the EU.
    whatsapp_min_age: u8,
    /// The stated age range starts below it (lint DSG026).
    minors_below_whatsapp_age: bool,
    /// Professional secrecy: recipients, the release and the Art. 9 basis of inquiries.
    secrecy: SecrecyView,
    /// The release from secrecy asked on its own, for communication that needs no consent.
    release: Option<ReleaseView>,
    /// Short statement on encryption for chat versions.
    encryption_short: String,
    /// Backups that are not end-to-end encrypted, said wherever encryption is.
    backup_caveat: Option<String>,
    /// The QR code, the printed notice and the page's controller line (see [`print_view`]).
    print: PrintView,
}

/// The release from professional secrecy asked on its own (for inquiries under a contract and
/// everything else that needs no consent).
#[derive(Debug, Clone, Serialize)]
struct ReleaseView {
    /// Identifier of the text family, e.g. `SE-1.0-3f9a2c`.
    id: String,
    /// Identifiers per version (a chat, b form, s consent page).
    id_a: String,
    id_b: String,
    id_s: String,
    /// The declaration.
    statement: String,
    /// Titles of the scenarios it covers.
    covers: Vec<String>,
}

/// One consent text.
#[derive(Debug, Clone, Serialize)]
struct ConsentTextView {
    /// Identifier of the text family, e.g. `EW-WERBUNG-1.0-3f9a2c`.
    id: String,
    /// Identifiers of the versions: a chat, b form, d poster, s consent page.
    id_a: String,
    id_b: String,
    id_d: String,
    id_s: String,
    /// Code part of the identifier.
    code: String,
    /// `id` attribute of the checkbox on the consent page.
    html_id: String,
    /// Number of the scenario in the scenario list.
    number: usize,
    /// Scenario kind.
    kind: ScenarioKind,
    /// Short name of what the person agrees to (the scenario title).
    label: String,
    /// Purpose of the scenario.
    purpose: String,
    /// Data categories.
    data_text: String,
    /// Legal basis label and citation of the scenario.
    legal_basis: &'static str,
    legal_basis_citation: &'static str,
    /// The scenario's GDPR basis is consent (false only for advertising forced without it).
    basis_is_consent: bool,
    /// Retention.
    retention: String,
    /// The complete consent sentence.
    statement: String,
    /// Sentence to read next to the consent, if any.
    notice: Option<&'static str>,
    /// Advertising (§ 7 Abs. 2 Nr. 2 UWG).
    advertising: bool,
    /// The consent concerns only the channel: the messages belong to a service the person
    /// uses anyway (reminders, order status), where Art. 6(1)(b) would carry other channels.
    channel_only: bool,
    /// Special categories (Art. 9 Abs. 2 lit. a): explicit, categories named.
    special: bool,
    /// The special categories named by the text.
    categories_text: Option<String>,
    /// A double-opt-in confirmation belongs to this text.
    double_opt_in: bool,
    /// The person confirms being at least 16 (Art. 8).
    age_check: bool,
    /// Parents may authorise the consent of a child under 16.
    parental: bool,
    /// Prefilled message of the single-purpose link (poster, QR code).
    chat_text: String,
    /// `wa.me` link with that message.
    chat_url: String,
    /// Offered as a checkbox on the consent page.
    on_page: bool,
}

/// The confirmation that opens the chat on the consent page.
#[derive(Debug, Clone, Serialize)]
struct GateView {
    /// The confirmation is itself a consent (the inquiry scenario rests on consent).
    consent: bool,
    /// Identifier (the consent text's, or the information's).
    id: String,
    /// `id` attribute of the checkbox.
    html_id: &'static str,
    /// Short heading.
    label: String,
    /// The sentence next to the checkbox.
    statement: String,
    /// The person confirms being at least 16.
    age_check: bool,
    /// The confirmation carries the release from professional secrecy.
    release: bool,
}

/// The consent page.
#[derive(Debug, Clone, Serialize)]
struct PageView {
    /// Optional consents offered as checkboxes, in order.
    options: Vec<PageOption>,
    /// One prepared chat link per combination of the optional boxes.
    combos: Vec<Combo>,
    /// Consents not offered on the page (over [`MAX_PAGE_OPTIONS`]); asked in the chat.
    deferred: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
struct PageOption {
    id: String,
    html_id: String,
    label: String,
    statement: String,
    notice: Option<&'static str>,
    advertising: bool,
    special: bool,
    age_check: bool,
}

/// A prepared link: shown when exactly the boxes in `bits` marked `on` are ticked.
#[derive(Debug, Clone, Serialize)]
struct Combo {
    /// CSS class of the link block.
    class: String,
    /// State of each optional box, in page order.
    bits: Vec<Bit>,
    /// The prefilled message.
    text: String,
    /// `wa.me` link with the message.
    url: String,
}

#[derive(Debug, Clone, Serialize)]
struct Bit {
    html_id: String,
    on: bool,
}

impl ConsentsView {
    /// Whether any consent text covers advertising.
    pub fn any_advertising(&self) -> bool {
        self.any_advertising
    }
}

/// Builds the consent view of a profile (German, the authoritative version).
pub fn build(p: &Profile, run: &RunInfo) -> ConsentsView {
    build_in(p, run, Lang::De)
}

/// Builds the consent view in `lang`. Every identifier and fingerprint is computed from the
/// German wording, whatever the language: an English text is a translation of the German one
/// and carries the same identifier, so a consent given in English is recorded against the same
/// text, and adding English changes no German identifier.
pub fn build_in(p: &Profile, run: &RunInfo, lang: Lang) -> ConsentsView {
    let raw = &p.raw;
    let co = &raw.company;
    let wa = &raw.whatsapp;
    let version = id_part(&raw.document.version);
    let business_name = wa
        .display_name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| co.full_name());

    // Which scenarios get an explicit consent for special categories decides what the texts
    // ask about sensitive data; it is known before the texts are built, so the request is
    // part of every text's fingerprint.
    let any_special = p.scenarios.iter().any(|s| {
        let wording = scenarios::consent_wording(s.kind);
        s.needs_consent()
            && (wording.special_categories || s.legal_basis == LegalBasis::ExplicitConsent)
    });
    let de = Wording::new(p, Lang::De, any_special);
    let w = match lang {
        Lang::De => de.clone(),
        Lang::En => Wording::new(p, Lang::En, any_special),
    };

    let minors_possible = raw.data_subjects.minors != Minors::None;
    let minors_target = raw.data_subjects.minors == Minors::TargetGroup;

    // What every text tells the person besides its own sentence (German, for the hash).
    let shared = [
        co.full_name().as_str(),
        &de.address,
        &co.email,
        co.phone.as_deref().unwrap_or(""),
        co.privacy_notice_url.as_deref().unwrap_or(""),
        raw.dpo.as_ref().map_or("", |d| d.email.as_str()),
        &de.provider_text,
        &de.metadata_text,
        de.cloud_text.as_deref().unwrap_or(""),
        &de.alternatives_text,
        de.ai_text.as_deref().unwrap_or(""),
        de.backup_caveat.as_deref().unwrap_or(""),
        &de.secrecy.release,
        &de.sensitive_text,
        &de.withdrawal_text,
        &format!(
            "{:?}/{}/{}",
            wa.variant, co.professional_secrecy, minors_target
        ),
        // The German templates only: a bilingual build's set (`de-…+en-…`) starts with the
        // German set's identifier, so enabling English changes no identifier.
        german_template_set(&run.template_set),
    ]
    .join("\u{0}");

    let mut texts: Vec<ConsentTextView> = Vec::new();
    for (i, s) in p.scenarios.iter().enumerate() {
        let wording = scenarios::consent_wording(s.kind);
        if !(s.needs_consent() || wording.advertising) {
            continue;
        }
        texts.push(consent_text(
            i + 1,
            s,
            wording,
            &TextContext {
                lang,
                company: &co.full_name(),
                vocabulary: crate::legal::vocabulary::for_company(co),
                version: &version,
                special_names_de: &de.special_names,
                special_names: &w.special_names,
                minors_possible,
                double_opt_in: raw.consent.double_opt_in,
                shared: &shared,
                number: &wa.business_number,
                release_de: &de.secrecy.release,
                release: &w.secrecy.release,
            },
        ));
    }

    let information_id = format!(
        "HINWEISE-{version}-{}",
        fingerprint(&[
            &shared,
            &de.sensitive_text,
            &p.scenarios
                .iter()
                .map(|s| {
                    format!(
                        "{}|{}|{}|{:?}|{}",
                        s.title,
                        s.purpose,
                        join_und(&s.data),
                        s.legal_basis,
                        s.retention
                    )
                })
                .collect::<Vec<_>>()
                .join("\u{0}"),
        ])
    );

    // The chat opens after one confirmation. When customers' inquiries themselves rest on
    // consent, that confirmation is the consent; otherwise it only records that the person
    // saw the information before the first message, and no consent is pretended.
    let gate_text = texts
        .iter()
        .position(|t| t.kind == ScenarioKind::CustomerInquiry);
    // Under professional secrecy, the communication that needs no consent (inquiries under a
    // contract, greetings) still reveals that the person is a client: the release is asked
    // on its own, in the chat and as the confirmation of the consent page.
    let release = de.secrecy.active.then(|| {
        // The house rule for minors (measure `age_check`) applies to the release as to every
        // consent: a young person does not give it alone under 16.
        let age = minors_possible && p.has_measure(Measure::AgeCheck);
        let release_statement = |lang: Lang, release: &str| {
            let mut text = match lang {
                Lang::De => format!(
                    "Ich möchte mit {} über WhatsApp kommunizieren. {release}",
                    co.full_name()
                ),
                Lang::En => format!(
                    "I would like to communicate with {} via WhatsApp. {release}",
                    co.full_name()
                ),
            };
            if age {
                text.push_str(lang.pick(
                    " Ich bin mindestens 16 Jahre alt.",
                    " I am at least 16 years old.",
                ));
            }
            text
        };
        let statement_de = release_statement(Lang::De, &de.secrecy.release);
        let base = format!(
            "SE-{version}-{}",
            fingerprint(&[&shared, &statement_de, &information_id])
        );
        ReleaseView {
            id_a: format!("{base}-a"),
            id_b: format!("{base}-b"),
            id_s: format!("{base}-s"),
            id: base,
            statement: release_statement(lang, &w.secrecy.release),
            covers: p
                .scenarios
                .iter()
                .filter(|s| !s.needs_consent())
                .map(|s| scenario_facts(s, lang).title)
                .collect(),
        }
    });
    let gate = match (gate_text, &release) {
        (Some(i), _) => {
            let t = &texts[i];
            GateView {
                consent: true,
                id: t.id_s.clone(),
                html_id: "k-chat",
                label: t.label.clone(),
                statement: t.statement.clone(),
                age_check: t.age_check,
                release: de.secrecy.active,
            }
        }
        (None, Some(r)) => GateView {
            consent: false,
            id: r.id_s.clone(),
            html_id: "k-chat",
            label: lang
                .pick(
                    "Hinweise gelesen, Schweigepflichtentbindung",
                    "Information read, release from professional secrecy",
                )
                .to_owned(),
            statement: match lang {
                Lang::De => format!("Ich habe die Hinweise oben gelesen. {}", r.statement),
                Lang::En => format!("I have read the information above. {}", r.statement),
            },
            age_check: false,
            release: true,
        },
        (None, None) => GateView {
            consent: false,
            id: information_id.clone(),
            html_id: "k-chat",
            label: lang.pick("Hinweise gelesen", "Information read").to_owned(),
            statement: match lang {
                Lang::De => format!(
                    "Ich habe die Hinweise oben gelesen und möchte {} über WhatsApp schreiben.",
                    co.full_name()
                ),
                Lang::En => format!(
                    "I have read the information above and would like to write to {} via WhatsApp.",
                    co.full_name()
                ),
            },
            age_check: false,
            release: false,
        },
    };

    let mut options: Vec<PageOption> = Vec::new();
    let mut deferred = Vec::new();
    for (i, t) in texts.iter_mut().enumerate() {
        if Some(i) == gate_text {
            continue;
        }
        if options.len() < MAX_PAGE_OPTIONS {
            t.on_page = true;
            options.push(PageOption {
                id: t.id_s.clone(),
                html_id: t.html_id.clone(),
                label: t.label.clone(),
                statement: t.statement.clone(),
                notice: t.notice,
                advertising: t.advertising,
                special: t.special,
                age_check: t.age_check,
            });
        } else {
            deferred.push(t.label.clone());
        }
    }
    let gate_consent = gate_text.map(|i| (texts[i].label.clone(), texts[i].id_s.clone()));
    let gate_release = release.as_ref().filter(|_| gate_text.is_none());
    let combos = (0..1usize << options.len())
        .map(|mask| {
            let on = |j: usize| mask & (1 << j) != 0;
            let mut given: Vec<(String, String)> = gate_consent.iter().cloned().collect();
            given.extend(
                options
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| on(*j))
                    .map(|(_, o)| (o.label.clone(), o.id.clone())),
            );
            let text = page_message(
                lang,
                &information_id,
                gate_release.map(|r| r.id_s.as_str()),
                &given,
                minors_possible,
            );
            Combo {
                class: format!(
                    "c-{}",
                    (0..options.len())
                        .map(|j| if on(j) { '1' } else { '0' })
                        .collect::<String>()
                ),
                bits: options
                    .iter()
                    .enumerate()
                    .map(|(j, o)| Bit {
                        html_id: o.html_id.clone(),
                        on: on(j),
                    })
                    .collect(),
                url: chat_url(&wa.business_number, &text),
                text,
            }
        })
        .collect();

    let print = print_view(p, &texts, gate_text, de.secrecy.active);
    let Wording {
        provider_text,
        metadata_text,
        cloud_text,
        alternatives_text,
        ai_text,
        secrecy,
        backup_caveat,
        withdrawal_channels,
        withdrawal_text,
        sensitive_text,
        encryption_short,
        ..
    } = w;
    ConsentsView {
        any_advertising: texts.iter().any(|t| t.advertising),
        any_special,
        texts,
        information_id,
        gate,
        page: PageView {
            options,
            combos,
            deferred,
        },
        business_name,
        provider_text,
        metadata_text,
        cloud_text,
        alternatives_text,
        sensitive_text,
        ai_text,
        withdrawal_channels,
        withdrawal_text,
        reply_word: REPLY_WORD,
        minors_possible,
        minors_target,
        minors_age: raw.data_subjects.minors_age.map(|a| match lang {
            Lang::De if a.min == a.max => format!("{} Jahre", a.min),
            Lang::De => format!("{} bis {} Jahre", a.min, a.max),
            Lang::En if a.min == a.max => format!("{} years", a.min),
            Lang::En => format!("{} to {} years", a.min, a.max),
        }),
        whatsapp_min_age: crate::legal::secrecy::WHATSAPP_MIN_AGE_EU,
        minors_below_whatsapp_age: raw
            .data_subjects
            .minors_age
            .is_some_and(|a| a.min < crate::legal::secrecy::WHATSAPP_MIN_AGE_EU),
        encryption_short,
        backup_caveat,
        print,
        release,
        secrecy,
    }
}

/// The message a combination of boxes on the consent page prepares: the version of the
/// information read, the release where it is asked alone, and the consents given.
fn page_message(
    lang: Lang,
    information_id: &str,
    release_id: Option<&str>,
    given: &[(String, String)],
    minors_possible: bool,
) -> String {
    let mut text = match lang {
        Lang::De => format!(
            "Hallo, ich habe die Hinweise auf Ihrer WhatsApp-Kontaktseite gelesen (Fassung {information_id})."
        ),
        Lang::En => format!(
            "Hello, I have read the information on your WhatsApp contact page (version {information_id})."
        ),
    };
    if let Some(id) = release_id {
        text.push_str(&match lang {
            Lang::De => format!(
                " Von der Schweigepflicht entbinde ich Sie, wie auf der Seite beschrieben (Text {id})."
            ),
            Lang::En => format!(
                " I release you from professional secrecy as described on the page (text {id})."
            ),
        });
    }
    if !given.is_empty() {
        let list = given
            .iter()
            .map(|(label, id)| format!("{label} ({id})"))
            .collect::<Vec<_>>()
            .join("; ");
        text.push_str(&match lang {
            Lang::De => format!(" Ich willige ein: {list}."),
            Lang::En => format!(" I consent to: {list}."),
        });
        if minors_possible {
            text.push_str(lang.pick(
                " Ich bin mindestens 16 Jahre alt.",
                " I am at least 16 years old.",
            ));
        }
    }
    text
}

/// The sentences every consent text shares, in one language.
#[derive(Debug, Clone)]
struct Wording {
    address: String,
    provider_text: String,
    metadata_text: String,
    cloud_text: Option<String>,
    alternatives_text: String,
    special_names: Vec<&'static str>,
    ai_text: Option<String>,
    secrecy: SecrecyView,
    backup_caveat: Option<String>,
    withdrawal_channels: Vec<String>,
    withdrawal_text: String,
    sensitive_text: String,
    encryption_short: String,
}

impl Wording {
    fn new(p: &Profile, lang: Lang, any_special: bool) -> Wording {
        let raw = &p.raw;
        let co = &raw.company;
        let address = format!("{}, {} {}", co.street, co.postal_code, co.city);
        let metadata_text = match lang {
            Lang::De => format!(
                "{} verarbeitet dabei Metadaten – etwa Ihre Telefonnummer, die Zeitpunkte der Nachrichten sowie Geräte- und Verbindungsdaten – als eigener Verantwortlicher nach der {}. Dabei können Daten an {} und {} in den USA übermittelt werden; Grundlage ist das EU-US Data Privacy Framework (Angemessenheitsbeschluss der EU-Kommission). Auf diese Verarbeitung haben wir keinen Einfluss.",
                meta::WHATSAPP_IRELAND.name,
                meta::PRIVACY_POLICY_EEA.name,
                meta::WHATSAPP_LLC.name,
                meta::META_INC.name,
            ),
            Lang::En => format!(
                "In doing so, {} processes metadata – such as your phone number, the times of the messages and device and connection data – as a controller in its own right under its {}. Data may be transferred to {} and {} in the USA; the basis is the EU-US Data Privacy Framework (adequacy decision of the European Commission). We have no influence on this processing.",
                meta::WHATSAPP_IRELAND.name,
                meta::privacy_policy_name(Lang::En),
                meta::WHATSAPP_LLC.name,
                meta::META_INC.name,
            ),
        };
        let alternatives_text = alternatives_text(p, &address, lang);
        let special_names = special_category_names(p, lang);
        let secrecy = match lang {
            Lang::De => secrecy::build(p),
            Lang::En => en::secrecy(p),
        };
        let mut withdrawal_channels = vec![
            match lang {
                Lang::De => format!(
                    "im WhatsApp-Chat mit der Nachricht „{}“",
                    raw.withdrawal.keyword.trim()
                ),
                Lang::En => format!(
                    "in the WhatsApp chat with the message “{}”",
                    crate::legal::vocabulary::keyword_en(&raw.withdrawal.keyword)
                ),
            },
            match lang {
                Lang::De => format!("per E-Mail an {}", p.withdrawal_email),
                Lang::En => format!("by email to {}", p.withdrawal_email),
            },
        ];
        if let Some(phone) = &raw.withdrawal.phone {
            withdrawal_channels.push(match lang {
                Lang::De => format!("telefonisch unter {phone}"),
                Lang::En => format!("by phone on {phone}"),
            });
        }
        if raw.withdrawal.web_form_url.is_some() {
            withdrawal_channels.push(
                lang.pick(
                    "über das Widerrufsformular auf unserer Website",
                    "via the withdrawal form on our website",
                )
                .to_owned(),
            );
        }
        if raw.withdrawal.postal {
            withdrawal_channels.push(match lang {
                Lang::De => format!("per Post an {}, {address}", co.full_name()),
                Lang::En => format!("by post to {}, {address}", co.full_name()),
            });
        }
        let withdrawal_text = join_with(&withdrawal_channels, lang.pick("oder", "or"));
        let sensitive_text = sensitive_text(
            p,
            lang,
            &special_names,
            &alternatives_text,
            any_special,
            secrecy.art9.is_some(),
        );
        Wording {
            provider_text: provider_text(p, lang),
            metadata_text,
            cloud_text: cloud_text(p, lang),
            ai_text: ai_text(p, lang),
            backup_caveat: backup_caveat(p, lang),
            encryption_short: encryption_short(p, lang),
            address,
            alternatives_text,
            special_names,
            secrecy,
            withdrawal_channels,
            withdrawal_text,
            sensitive_text,
        }
    }
}

/// What a scenario says, in one language: the title, purpose, data and retention of the
/// profile in German; their English versions.
#[derive(Debug, Clone)]
struct ScenarioFacts {
    title: String,
    purpose: String,
    data: Vec<String>,
    retention: String,
}

fn scenario_facts(s: &Scenario, lang: Lang) -> ScenarioFacts {
    match lang {
        Lang::De => ScenarioFacts {
            title: s.title.clone(),
            purpose: s.purpose.clone(),
            data: s.data.clone(),
            retention: s.retention.clone(),
        },
        Lang::En => en::scenario_facts(s),
    }
}

/// The heading of part C of the German document 3, after which [`with_english_note`] adds
/// its paragraph.
const PART_C_HEADING: &str = "## Teil C – Umsetzung und Nachweis (intern)\n\n";

/// The German document 3 of a pack that is also built in English, with a note at the start of
/// part C: part B, the consent page (`page`) and the texts for WhatsApp also exist in English,
/// as translations carrying the German identifiers; the English page is uploaded beside the
/// German one. The note is added to the rendered document rather than written into the
/// template, so the template set (and every identifier) is the same with or without English.
/// A template without the heading (an override) is returned unchanged.
pub fn with_english_note(markdown: &str, page: bool) -> String {
    let Some(at) = markdown.find(PART_C_HEADING) else {
        return markdown.to_owned();
    };
    let note = format!(
        "**Englische Fassung:** Teil B liegt zusätzlich auf Englisch vor (03-einwilligung.en){}, ebenso die Texte für WhatsApp (whatsapp-texte.en). Die englischen Texte sind Übersetzungen der deutschen und tragen dieselben Kennungen: Eine auf Englisch erteilte Einwilligung wird mit der Kennung des deutschen Textes und dem Vermerk „englisch“ protokolliert (Sprache im Nachweis), damit feststeht, welchen Wortlaut die Person gelesen hat. Wer die englischen Texte ändert, ohne dass sich der deutsche ändert, vermerkt das Datum der Änderung im Nachweis. Antworten wie „YES“ auf eine englische Anfrage und „STOP“ als Widerruf werden wie „JA“ und das Stichwort behandelt; ebenso jeder andere eindeutige Widerruf in jeder Sprache.{}\n\n",
        if page {
            " mit eigener Einwilligungsseite („whatsapp-kontakt.en.html“)"
        } else {
            ""
        },
        if page {
            " Die englische Einwilligungsseite wird neben der deutschen im selben Verzeichnis veröffentlicht; beide Seiten verlinken einander."
        } else {
            ""
        }
    );
    let mut out = markdown.to_owned();
    out.insert_str(at + PART_C_HEADING.len(), &note);
    out
}

/// The German part of a template set identifier (`de-…` of `de-…+en-…`).
fn german_template_set(id: &str) -> &str {
    id.split('+').next().unwrap_or(id)
}

/// The title of a scenario in `lang` (the profile's title in German; the English catalogue
/// title where the profile keeps the default).
pub fn scenario_title(s: &Scenario, lang: Lang) -> String {
    scenario_facts(s, lang).title
}

/// An Art. 9 category in English (`labels::special_category` in German).
pub fn special_category_en(c: SpecialCategory) -> &'static str {
    en::special_category(c)
}

/// The first sentence of a sector's public health-data rule in English (the German is the
/// first sentence of `Topic::notice`).
pub fn allergen_notice_first_en(t: &crate::legal::allergens::Topic) -> &'static str {
    en::allergen_notice_first(t)
}

/// The AI Act article on disclosure, in English (`whatsapp_limits::AI_ACT_ART50`).
pub const AI_ACT_ART50_EN: &str = en::AI_ACT_ART50;

/// The WhatsApp variant in English (`labels::variant` in German).
pub fn variant_en(v: Variant) -> &'static str {
    en::variant(v)
}

struct TextContext<'a> {
    lang: Lang,
    company: &'a str,
    /// The sector's words for the people served (catalogue defaults are phrased with them).
    vocabulary: crate::legal::vocabulary::Vocabulary,
    version: &'a str,
    special_names_de: &'a [&'static str],
    special_names: &'a [&'static str],
    minors_possible: bool,
    double_opt_in: bool,
    shared: &'a str,
    number: &'a str,
    /// The release from professional secrecy; empty without secrecy.
    release_de: &'a str,
    release: &'a str,
}

/// The sentence of a consent text and its title, in one language.
struct Statement {
    title: String,
    statement: String,
    categories_text: Option<String>,
    notice: Option<&'static str>,
}

#[allow(clippy::too_many_arguments)]
fn statement(
    s: &Scenario,
    wording: &scenarios::ConsentWording,
    lang: Lang,
    catalogue_purpose: bool,
    purpose: &str,
    title: &str,
    company: &str,
    special_names: &[&'static str],
    release: &str,
) -> Statement {
    let special = wording.special_categories || s.legal_basis == LegalBasis::ExplicitConsent;
    let categories_text = special.then(|| {
        if special_names.is_empty() {
            lang.pick(
                "besondere Kategorien personenbezogener Daten (Art. 9 Abs. 1 DSGVO)",
                "special categories of personal data (Art. 9(1) GDPR)",
            )
            .to_owned()
        } else {
            join_with(special_names, lang.pick("und", "and"))
        }
    });
    let (sentence, sentence_for_purpose, notice) = match lang {
        Lang::De => (
            wording.sentence,
            wording.sentence_for_purpose,
            wording.notice,
        ),
        Lang::En => en::consent_wording(s.kind),
    };
    let phrase = if catalogue_purpose {
        sentence.to_owned()
    } else {
        format!(
            "{}: {}",
            sentence_for_purpose,
            purpose.trim().trim_end_matches('.')
        )
    };
    let phrase = phrase.replace("{categories}", categories_text.as_deref().unwrap_or(""));
    let mut statement = match (lang, special) {
        (Lang::De, true) => format!("Ich willige ausdrücklich ein, dass {company} {phrase}."),
        (Lang::De, false) => format!("Ich willige ein, dass {company} {phrase}."),
        (Lang::En, true) => format!("I explicitly consent to {company} {phrase}."),
        (Lang::En, false) => format!("I consent to {company} {phrase}."),
    };
    if !release.is_empty() {
        statement.push(' ');
        statement.push_str(release);
    }
    Statement {
        title: consent_title(s, special_names, lang, title),
        statement,
        categories_text,
        notice,
    }
}

fn consent_text(
    number: usize,
    s: &Scenario,
    wording: &scenarios::ConsentWording,
    cx: &TextContext<'_>,
) -> ConsentTextView {
    let code = if s.kind == ScenarioKind::Custom {
        format!("{}{number}", wording.code)
    } else {
        wording.code.to_owned()
    };
    let catalogue_purpose = scenarios::template(s.kind).map(|t| cx.vocabulary.apply(t.purpose));
    let catalogue_purpose = catalogue_purpose.as_deref() == Some(s.purpose.as_str());
    let special = wording.special_categories || s.legal_basis == LegalBasis::ExplicitConsent;
    // The German text is authoritative: its wording makes the identifier.
    let de = statement(
        s,
        wording,
        Lang::De,
        catalogue_purpose,
        &s.purpose,
        &s.title,
        cx.company,
        cx.special_names_de,
        cx.release_de,
    );
    let facts = scenario_facts(s, cx.lang);
    let shown = match cx.lang {
        Lang::De => None,
        Lang::En => Some(statement(
            s,
            wording,
            Lang::En,
            catalogue_purpose,
            &facts.purpose,
            &facts.title,
            cx.company,
            cx.special_names,
            cx.release,
        )),
    };
    let advertising = wording.advertising;
    let age_check = cx.minors_possible;
    let parental = cx.minors_possible && !advertising;
    let double_opt_in = advertising || cx.double_opt_in;
    let data_text_de = join_und(&s.data);
    let id = format!(
        "EW-{code}-{}-{}",
        cx.version,
        fingerprint(&[
            cx.shared,
            &de.statement,
            &de.title,
            &s.purpose,
            &data_text_de,
            &s.retention,
            &format!(
                "{:?}/{advertising}/{special}/{age_check}/{parental}/{double_opt_in}",
                s.legal_basis
            ),
            wording.notice.unwrap_or(""),
        ])
    );
    let shown = shown.unwrap_or(de);
    let version_id = |letter: char| format!("{id}-{letter}");
    let id_d = version_id('d');
    let title = shown.title;
    let mut chat_text = match (cx.lang, cx.release.is_empty()) {
        (Lang::De, true) => format!(
            "Hallo, ich habe Ihre Hinweise gelesen und willige ein: {} ({id_d}).",
            title
        ),
        (Lang::De, false) => format!(
            "Hallo, ich habe Ihre Hinweise gelesen, willige ein und entbinde Sie insoweit von der Schweigepflicht: {} ({id_d}).",
            title
        ),
        (Lang::En, true) => {
            format!("Hello, I have read your information and consent to: {title} ({id_d}).")
        }
        (Lang::En, false) => format!(
            "Hello, I have read your information, consent and release you from professional secrecy to that extent: {title} ({id_d})."
        ),
    };
    if age_check {
        chat_text.push_str(cx.lang.pick(
            " Ich bin mindestens 16 Jahre alt.",
            " I am at least 16 years old.",
        ));
    }
    let data_text = match cx.lang {
        Lang::De => data_text_de,
        Lang::En => join_with(&facts.data, "and"),
    };
    ConsentTextView {
        html_id: format!("k-{}", code.to_ascii_lowercase()),
        code,
        number,
        kind: s.kind,
        label: title,
        purpose: facts.purpose,
        data_text,
        legal_basis: match cx.lang {
            Lang::De => labels::legal_basis(s.legal_basis),
            Lang::En => en::legal_basis(s.legal_basis),
        },
        legal_basis_citation: match cx.lang {
            Lang::De => labels::legal_basis_citation(s.legal_basis),
            Lang::En => en::legal_basis_citation(s.legal_basis),
        },
        basis_is_consent: s.needs_consent(),
        retention: facts.retention,
        statement: shown.statement,
        notice: shown.notice,
        channel_only: s.kind == ScenarioKind::ServiceNotifications,
        advertising,
        special,
        categories_text: shown.categories_text,
        double_opt_in,
        age_check,
        parental,
        chat_url: chat_url(cx.number, &chat_text),
        chat_text,
        on_page: false,
        id_a: version_id('a'),
        id_b: version_id('b'),
        id_s: version_id('s'),
        id_d,
        id,
    }
}

/// The request about sensitive data that every text carries. Where the sector has an Art. 9
/// exception for inquiries (health professionals, law firms under secrecy), health data in an
/// inquiry is processed on that basis, so the text does not ask to withhold it.
fn sensitive_text(
    p: &Profile,
    lang: Lang,
    special_names: &[&'static str],
    alternatives_text: &str,
    any_special: bool,
    inquiry_basis: bool,
) -> String {
    let special_text = if special_names.is_empty() {
        lang.pick(
            "Angaben zu Ihrer Gesundheit",
            "information about your health",
        )
        .to_owned()
    } else {
        join_with(special_names, lang.pick("und", "and"))
    };
    let other = match lang {
        Lang::De => format!(
            "Andere sensible Unterlagen wie Ausweiskopien oder Kontodaten senden Sie bitte nicht über WhatsApp; dafür erreichen Sie uns {alternatives_text}."
        ),
        Lang::En => format!(
            "Please do not send other sensitive documents such as copies of ID or bank details via WhatsApp; for these you can reach us {alternatives_text}."
        ),
    };
    if inquiry_basis {
        match lang {
            Lang::De => format!(
                "{} in Ihren Nachrichten verarbeiten wir nur, soweit es für Ihr Anliegen erforderlich ist{}. {other}",
                "Angaben zu Ihrer Gesundheit und andere besonders geschützte Daten",
                if any_special {
                    "; darüber hinaus nur mit Ihrer ausdrücklichen Einwilligung"
                } else {
                    ""
                }
            ),
            Lang::En => format!(
                "We process information about your health and other specially protected data in your messages only insofar as it is necessary for your request{}. {other}",
                if any_special {
                    "; beyond that, only with your explicit consent"
                } else {
                    ""
                }
            ),
        }
    } else if any_special {
        match lang {
            Lang::De => format!(
                "Senden Sie uns {special_text} über WhatsApp bitte nur, wenn Sie dafür gesondert und ausdrücklich eingewilligt haben. {other}"
            ),
            Lang::En => format!(
                "Please send us {special_text} via WhatsApp only if you have given separate and explicit consent to this. {other}"
            ),
        }
    } else if p.has_scenario(ScenarioKind::SpecialCategoryData) {
        match lang {
            Lang::De => format!(
                "Über WhatsApp tauschen wir {special_text} nur aus, soweit es für unsere Leistung erforderlich ist. {other}"
            ),
            Lang::En => format!(
                "We exchange {special_text} via WhatsApp only insofar as it is necessary for our service. {other}"
            ),
        }
    } else {
        match lang {
            Lang::De => format!(
                "Bitte senden Sie uns über WhatsApp keine Gesundheitsdaten, Ausweiskopien, Kontodaten oder andere sensible Angaben; dafür erreichen Sie uns {alternatives_text}."
            ),
            Lang::En => format!(
                "Please do not send us health data, copies of ID, bank details or other sensitive information via WhatsApp; for these you can reach us {alternatives_text}."
            ),
        }
    }
}

/// Art. 9 categories the profile names (Art. 10 data cannot rest on consent and is left out).
/// A business that answers allergen questions names health data as what its customers share
/// (`legal::allergens`), also when the profile lists no category.
fn special_category_names(p: &Profile, lang: Lang) -> Vec<&'static str> {
    let topic = crate::legal::allergens::topic(p);
    let wording = |t: &'static crate::legal::allergens::Topic| match lang {
        Lang::De => t.health_data_wording,
        Lang::En => en::allergen_topic(t).0,
    };
    let mut names: Vec<&'static str> = p
        .raw
        .special_categories
        .categories
        .iter()
        .filter(|c| **c != SpecialCategory::CriminalOffences)
        .map(|c| match c {
            SpecialCategory::Health if topic.is_some() => topic.map_or("", wording),
            c => match lang {
                Lang::De => labels::special_category(*c),
                Lang::En => en::special_category(*c),
            },
        })
        .collect();
    if let Some(t) = topic.filter(|_| names.is_empty()) {
        names.push(wording(t));
    }
    names
}

/// The title a consent text carries: for special categories that are only allergy and
/// intolerance data, the sector's words replace the catalogue's generic title.
fn consent_title(s: &Scenario, special_names: &[&'static str], lang: Lang, title: &str) -> String {
    let generic = scenarios::template(s.kind).is_some_and(|t| t.title == s.title);
    if s.kind == ScenarioKind::SpecialCategoryData
        && generic
        && let Some(topic) = [
            &crate::legal::allergens::FOOD,
            &crate::legal::allergens::STAY,
        ]
        .into_iter()
        .find(|t| match lang {
            Lang::De => special_names == [t.health_data_wording],
            Lang::En => special_names == [en::allergen_topic(t).0],
        })
    {
        match lang {
            Lang::De => topic.special_consent_title.to_owned(),
            Lang::En => en::allergen_topic(topic).1.to_owned(),
        }
    } else {
        title.to_owned()
    }
}

fn provider_text(p: &Profile, lang: Lang) -> String {
    let wa = &p.raw.whatsapp;
    let provider = wa.provider.as_ref().map(|pr| match &pr.seat {
        Some(seat) => format!("{} ({seat})", pr.name),
        None => pr.name.clone(),
    });
    if lang == Lang::En {
        let base = format!(
            "Communication runs via WhatsApp. The provider of WhatsApp in the EU is {} (Dublin, Ireland).",
            meta::WHATSAPP_IRELAND.name
        );
        let platform = format!(
            "the WhatsApp Business Platform (Cloud API) of {} (Dublin, Ireland)",
            meta::META_IRELAND.name
        );
        return match p.variant() {
            Variant::Private => format!("{base} We use the private WhatsApp app."),
            Variant::BusinessApp => format!("{base} We use the WhatsApp Business app."),
            Variant::BusinessAppCoexistence => format!(
                "{base} We use the WhatsApp Business app; our number is also connected to {platform}{}.",
                provider.map_or_else(String::new, |pr| format!(
                    ", and our team inbox is provided by {pr}"
                ))
            ),
            Variant::CloudApi => {
                format!("{base} We use {platform}, which delivers the messages on our behalf.")
            }
            Variant::CloudApiBsp => format!(
                "{base} We use {platform} through our service provider {}.",
                provider.unwrap_or_else(|| "(Business Solution Provider)".to_owned())
            ),
        };
    }
    let base = format!(
        "Die Kommunikation läuft über WhatsApp. Anbieter von WhatsApp in der EU ist {} (Dublin, Irland).",
        meta::WHATSAPP_IRELAND.name
    );
    let platform = format!(
        "die WhatsApp Business Platform (Cloud API) der {} (Dublin, Irland)",
        meta::META_IRELAND.name
    );
    match p.variant() {
        Variant::Private => format!("{base} Wir nutzen die private WhatsApp-App."),
        Variant::BusinessApp => format!("{base} Wir nutzen die WhatsApp Business-App."),
        Variant::BusinessAppCoexistence => format!(
            "{base} Wir nutzen die WhatsApp Business-App; unsere Nummer ist zusätzlich an {platform} angebunden{}.",
            provider.map_or_else(String::new, |pr| format!(
                ", und unser Team-Postfach stellt {pr} bereit"
            ))
        ),
        Variant::CloudApi => {
            format!("{base} Wir nutzen {platform}, die Nachrichten in unserem Auftrag zustellt.")
        }
        Variant::CloudApiBsp => format!(
            "{base} Wir nutzen {platform} über unseren Dienstleister {}.",
            provider.unwrap_or_else(|| "(Business Solution Provider)".to_owned())
        ),
    }
}

/// One sentence on encryption for the chat versions; the full statement is behind the link.
pub(crate) fn encryption_short(p: &Profile, lang: Lang) -> String {
    match p.variant() {
        Variant::Private | Variant::BusinessApp => lang.pick(
            "Inhalte sind Ende-zu-Ende-verschlüsselt.",
            "Content is end-to-end encrypted.",
        ),
        Variant::BusinessAppCoexistence | Variant::CloudApi | Variant::CloudApiBsp => lang.pick(
            "Meta entschlüsselt die Nachrichten für uns (Cloud API).",
            "Meta decrypts the messages for us (Cloud API).",
        ),
    }
    .to_owned()
}

/// Where the app backs chats up without end-to-end encryption, the statement that sits next
/// to every mention of end-to-end encryption.
pub(crate) fn backup_caveat(p: &Profile, lang: Lang) -> Option<String> {
    let devices = p.raw.whatsapp.devices.as_ref().filter(|_| p.uses_app())?;
    if devices.backup != Backup::Unencrypted {
        return None;
    }
    let (place, provider) = match devices.backup_target {
        Some(t @ BackupTarget::GoogleDrive) => (labels::backup_target(t), "Google"),
        Some(t @ BackupTarget::Icloud) => (labels::backup_target(t), "Apple"),
        None => (
            lang.pick("einem Cloud-Speicher", "a cloud storage service"),
            lang.pick("dessen Anbieter", "its provider"),
        ),
    };
    Some(match lang {
        Lang::De => format!(
            "Ausnahme: Unsere Chat-Sicherung in {place} ist nicht Ende-zu-Ende-verschlüsselt; dort kann {provider} die gesicherten Chats technisch lesen."
        ),
        Lang::En => format!(
            "Exception: our chat backup in {place} is not end-to-end encrypted; there, {provider} can technically read the backed-up chats."
        ),
    })
}

fn cloud_text(p: &Profile, lang: Lang) -> Option<String> {
    // Local storage is not available for coexistence numbers; `cloud_storage` already says so.
    let storage = p.cloud_storage()?;
    if lang == Lang::En {
        return Some(match storage {
            CloudStorage::LocalStorageDe => format!(
                "The Cloud API stores messages temporarily in Germany ({} for redelivery); while they are being processed, they may also be processed in other Meta data centres for {}.",
                meta::cloud_api::max_retention(Lang::En),
                meta::cloud_api::local_storage_in_use(Lang::En)
            ),
            CloudStorage::NoStorage => format!(
                "The Cloud API keeps messages in its cache for {} only and does not store them permanently.",
                meta::cloud_api::no_storage_cache(Lang::En)
            ),
            _ => format!(
                "The Cloud API stores messages temporarily for {}, also in Meta data centres in the USA (EU-US Data Privacy Framework).",
                meta::cloud_api::max_retention(Lang::En)
            ),
        });
    }
    Some(match storage {
        CloudStorage::LocalStorageDe => format!(
            "Die Cloud API speichert Nachrichten in Deutschland zwischen ({} für die erneute Zustellung); während der Verarbeitung können sie {} auch in anderen Rechenzentren von Meta verarbeitet werden.",
            meta::cloud_api::MAX_RETENTION,
            meta::cloud_api::LOCAL_STORAGE_IN_USE
        ),
        CloudStorage::NoStorage => format!(
            "Die Cloud API hält Nachrichten nur {} im Zwischenspeicher und speichert sie nicht dauerhaft.",
            meta::cloud_api::NO_STORAGE_CACHE
        ),
        _ => format!(
            "Die Cloud API speichert Nachrichten {} zwischen, auch in Rechenzentren von Meta in den USA (EU-US Data Privacy Framework).",
            meta::cloud_api::MAX_RETENTION
        ),
    })
}

/// The other ways to reach the company, each with its address.
pub(crate) fn alternatives_text(p: &Profile, address: &str, lang: Lang) -> String {
    let co = &p.raw.company;
    let by_post = || match lang {
        Lang::De => format!("per Post an {}, {address}", co.full_name()),
        Lang::En => format!("by post to {}, {address}", co.full_name()),
    };
    let ways: Vec<String> = p
        .alternative_channels
        .iter()
        .map(|c| match (c, lang) {
            (Channel::Phone, _) => co.phone.as_ref().map_or_else(
                || lang.pick("telefonisch", "by phone").to_owned(),
                |ph| match lang {
                    Lang::De => format!("telefonisch unter {ph}"),
                    Lang::En => format!("by phone on {ph}"),
                },
            ),
            (Channel::Email, Lang::De) => format!("per E-Mail an {}", co.email),
            (Channel::Email, Lang::En) => format!("by email to {}", co.email),
            (Channel::Post, _) => by_post(),
            (Channel::InPerson, _) => lang
                .pick("persönlich bei uns", "in person at our premises")
                .to_owned(),
            (Channel::WebForm, _) => lang
                .pick(
                    "über das Kontaktformular auf unserer Website",
                    "via the contact form on our website",
                )
                .to_owned(),
            (Channel::CustomerPortal, _) => lang
                .pick("über unser Kundenportal", "via our customer portal")
                .to_owned(),
        })
        .collect();
    if ways.is_empty() {
        by_post()
    } else {
        join_with(&ways, lang.pick("oder", "or"))
    }
}

fn ai_text(p: &Profile, lang: Lang) -> Option<String> {
    let wa = &p.raw.whatsapp;
    if !(p.has_feature(Feature::AiBot) || p.has_scenario(ScenarioKind::AiChatbot)) {
        return None;
    }
    let mut text = lang
        .pick(
            "Auf Nachrichten antwortet zunächst ein KI-gestützter Chatbot; seine Antworten werden automatisch erzeugt.",
            "Messages are first answered by an AI-powered chatbot; its answers are generated automatically.",
        )
        .to_owned();
    if let Some(ai) = &wa.ai {
        text.push_str(&match lang {
            Lang::De => format!(" Anbieter des Chatbots: {}.", ai.provider),
            Lang::En => format!(" Provider of the chatbot: {}.", ai.provider),
        });
    }
    match &wa.ai {
        Some(ai) if ai.human_handover => {
            text.push_str(lang.pick(
                " Sie können jederzeit verlangen, dass ein Mensch übernimmt.",
                " You can ask for a human to take over at any time.",
            ));
        }
        _ => {}
    }
    if wa.ai.as_ref().is_some_and(|ai| !ai.trains_on_customer_data) {
        text.push_str(lang.pick(
            " Ihre Nachrichten werden nicht zum Training von KI-Modellen verwendet.",
            " Your messages are not used to train AI models.",
        ));
    }
    Some(text)
}

/// A profile value made safe for an identifier: letters, digits and dots; anything else `-`.
fn id_part(value: &str) -> String {
    let part: String = value
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let part = part.trim_matches('-').to_owned();
    if part.is_empty() {
        "0".to_owned()
    } else {
        part
    }
}

/// Six hex digits of SHA-256 over the parts (separated, so parts cannot run together).
fn fingerprint(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0xff]);
    }
    hasher
        .finalize()
        .iter()
        .take(3)
        .map(|b| format!("{b:02x}"))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Print: the QR code, the printed notice ("Aushang") and the consent page's controller line.
// Kept apart from the texts above; it only selects among them.

/// Where the QR code leads and what the printed notice says about it.
#[derive(Debug, Clone, Serialize)]
struct PrintView {
    /// Content of the QR code; `None` when the profile asks for neither a QR code nor a
    /// published consent page.
    qr_url: Option<String>,
    /// The QR code opens the consent page (else it opens the chat).
    to_page: bool,
    /// Opening the chat through the QR code and sending the prepared message gives this
    /// consent (version d); only where writing to the company itself rests on consent.
    scan: Option<ScanView>,
    /// The controller as named in public texts: the name, with the legal form where the name
    /// does not already carry it.
    controller: String,
    /// The imprint (Impressum).
    imprint_url: Option<String>,
}

/// The consent given by sending the message the QR code prepares (version d).
#[derive(Debug, Clone, Serialize)]
struct ScanView {
    label: String,
    statement: String,
    notice: Option<&'static str>,
    age_check: bool,
    id: String,
    chat_text: String,
}

impl ConsentsView {
    /// Content of the QR code (the consent page or the chat link), if the profile has one.
    pub fn qr_url(&self) -> Option<&str> {
        self.print.qr_url.as_deref()
    }
}

/// Which QR code the profile gets. With a published consent page (`consent.page_url`) and
/// either print channel (`qr_code`, `consent_page`) the code opens the page, so the visitor
/// reads the information and chooses there. Without a page address, only the `qr_code`
/// channel gets a code, and it opens the chat: with the prepared version-d message of the
/// inquiry consent where writing itself rests on consent, else with no prepared consent
/// (further consents are asked in the chat). Under professional secrecy the declaration
/// carries the whole release, too long for a poster to show in full: the chat opens without
/// a prepared message, and the release is asked in the chat before any answer (document 03).
/// A firm that chose only the page but has not said where it lives gets no code: a chat code
/// would bypass the page it chose.
fn print_view(
    p: &Profile,
    texts: &[ConsentTextView],
    gate_text: Option<usize>,
    secrecy: bool,
) -> PrintView {
    let raw = &p.raw;
    let channels = &raw.consent.channels;
    let qr_channel = channels.contains(&ConsentChannel::QrCode);
    let page_channel = channels.contains(&ConsentChannel::ConsentPage);
    let page_url = raw
        .consent
        .page_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    let (qr_url, to_page, scan) = match page_url {
        Some(url) if qr_channel || page_channel => (Some(url.to_owned()), true, None),
        _ if qr_channel => match gate_text.filter(|_| !secrecy).map(|i| &texts[i]) {
            Some(t) => (
                Some(t.chat_url.clone()),
                false,
                Some(ScanView {
                    label: t.label.clone(),
                    statement: t.statement.clone(),
                    notice: t.notice,
                    age_check: t.age_check,
                    id: t.id_d.clone(),
                    chat_text: t.chat_text.clone(),
                }),
            ),
            None => (
                Some(chat_url(&raw.whatsapp.business_number, "")),
                false,
                None,
            ),
        },
        _ => (None, false, None),
    };
    PrintView {
        qr_url,
        to_page,
        scan,
        controller: controller_name(&raw.company),
        imprint_url: raw
            .company
            .imprint_url
            .clone()
            .filter(|u| !u.trim().is_empty()),
    }
}

/// The controller's name as every document writes it: the firm name with its legal form
/// ([`Company::full_name`]).
fn controller_name(co: &Company) -> String {
    co.full_name()
}

/// `https://wa.me/<digits>?text=<message>`: the number in international format without `+`,
/// the message percent-encoded as UTF-8.
/// An empty message gives the bare chat link.
pub fn chat_url(number: &str, text: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if text.is_empty() {
        return format!("https://wa.me/{digits}");
    }
    format!("https://wa.me/{digits}?text={}", percent_encode(text))
}

/// Percent-encodes everything except ASCII letters, digits, `-` and `.`. (`_` and `~` are
/// encoded too, although unreserved, so the link also prints unchanged in Markdown.)
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'.' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_links_are_wa_me_with_digits_and_encoded_text() {
        assert_eq!(
            chat_url(
                "+49 761 234-567",
                "Hallo, ich willige ein: Größe & Co_1 (EW-X)."
            ),
            "https://wa.me/49761234567?text=Hallo%2C%20ich%20willige%20ein%3A%20Gr%C3%B6%C3%9Fe%20%26%20Co%5F1%20%28EW-X%29."
        );
    }

    #[test]
    fn identifiers_rest_on_the_german_templates_only() {
        assert_eq!(german_template_set("de-1a2b3c4d"), "de-1a2b3c4d");
        assert_eq!(
            german_template_set("de-1a2b3c4d+en-5e6f7a8b"),
            "de-1a2b3c4d"
        );
    }

    #[test]
    fn the_english_note_opens_part_c() {
        let doc = "# 3\n\n## Teil B\n\nText\n\n## Teil C – Umsetzung und Nachweis (intern)\n\n### C.1 Seite\n";
        let out = with_english_note(doc, true);
        assert!(out.contains("(intern)\n\n**Englische Fassung:** Teil B liegt zusätzlich auf Englisch vor (03-einwilligung.en) mit eigener Einwilligungsseite"));
        assert!(out.contains("dieselben Kennungen"));
        assert!(out.ends_with("beide Seiten verlinken einander.\n\n### C.1 Seite\n"));
        assert!(!with_english_note(doc, false).contains("whatsapp-kontakt.en.html"));
        assert_eq!(
            with_english_note("# ohne Teil C\n", true),
            "# ohne Teil C\n"
        );
    }

    #[test]
    fn identifiers_are_safe_and_fingerprints_stable() {
        assert_eq!(id_part(" 1.0 "), "1.0");
        assert_eq!(id_part("v2 (Entwurf)"), "v2--Entwurf");
        assert_eq!(id_part("  "), "0");
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
        assert_eq!(fingerprint(&["x"]).len(), 6);
    }
}
