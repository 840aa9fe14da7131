//! Profile × document → the view model the templates see. Everything is already formatted
//! (German dates, "A, B und C" lists, labels instead of enum keys) and ordered, so templates
//! only arrange text. Templates never see the profile structs themselves.

pub mod consent;
pub mod cover;
pub mod dpia;
pub mod first_layer;
pub mod next_steps;
pub mod public;
pub mod secrecy;

use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::document::DocumentKind;
use crate::lang::Lang;
use crate::legal::{authorities, labels, measures, meta, retention};
use crate::profile::model::*;
use crate::profile::validate::{Profile, Scenario};
use crate::text::join_und;
use serde::Serialize;

mod avv;
mod recipients;

use recipients::{RecipientView, TransferView};

/// Facts about the run that produced a document (not from the profile).
#[derive(Debug, Clone)]
pub struct RunInfo {
    /// Stand date of the documents.
    pub stand: Date,
    /// Tool version.
    pub tool_version: &'static str,
    /// Identifier of the template set (changes when templates are overridden).
    pub template_set: String,
}

/// The complete view model of one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocContext {
    /// Language of the document (`de`, `en`).
    lang: Lang,
    doc: DocView,
    /// Accent colour of a branded build (`#rrggbb`), for the consent page.
    #[serde(skip_serializing_if = "Option::is_none")]
    accent: Option<String>,
    /// Version overview ("Änderungsverlauf"), oldest row first.
    history: Vec<crate::history::Row>,
    company: CompanyView,
    /// The sector's words for the people the company serves.
    vocab: crate::legal::vocabulary::Vocabulary,
    dpo: Option<DpoView>,
    dpo_duty: DutyView,
    authority: AuthorityView,
    variant: VariantView,
    whatsapp: WhatsAppView,
    meta: MetaView,
    recipients: Vec<RecipientView>,
    transfers: Vec<TransferView>,
    scenarios: Vec<ScenarioView>,
    consent_scenarios: Vec<ScenarioView>,
    legal_bases: Vec<LegalBasisView>,
    data_subjects: DataSubjectsView,
    data_categories: Vec<String>,
    special_categories: SpecialView,
    consent: ConsentView,
    consents: consent::ConsentsView,
    /// The public documents' sentences in the document's language (read by the English
    /// templates; the German ones read `consents`, which words the same facts).
    public: public::PublicView,
    withdrawal: WithdrawalView,
    measures: Vec<MeasureView>,
    /// Every catalogue measure by key: declared in the profile (in force) or not (open).
    measure_in_force: std::collections::BTreeMap<String, bool>,
    measures_by_goal: Vec<GoalView>,
    custom_measures: Vec<String>,
    processors: Vec<ProcessorView>,
    retention_rules: Vec<retention::Rule>,
    retention: RetentionView,
    findings: FindingsView,
    avv: avv::AvvView,
    dpia_assessment: dpia::DpiaView,
}

/// The part of [`DocView`] that differs between the documents of a pack.
#[derive(Debug, Clone, Serialize)]
struct DocIdentity {
    number: usize,
    public: bool,
    stem: &'static str,
    title: &'static str,
    legal_core: &'static str,
}

impl DocIdentity {
    fn of(p: &Profile, kind: DocumentKind, lang: Lang) -> Self {
        DocIdentity {
            number: kind.number(),
            public: kind.is_public(),
            stem: kind.stem(),
            title: kind.title_in(p, lang),
            legal_core: kind.legal_core_in(lang),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
struct DocView {
    #[serde(flatten)]
    identity: DocIdentity,
    version: String,
    stand: String,
    stand_long: String,
    responsible: Option<String>,
    /// Next scheduled review (German date), from `document.next_review`.
    next_review: Option<String>,
    profile_hash: String,
    profile_hash_short: String,
    tool_version: &'static str,
    template_set: String,
    documents: Vec<DocLink>,
}

#[derive(Debug, Clone, Serialize)]
struct DocLink {
    number: usize,
    stem: &'static str,
    title: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct CompanyView {
    name: String,
    legal_form: Option<String>,
    street: String,
    postal_code: String,
    city: String,
    address_line: String,
    state: &'static str,
    representatives: Vec<String>,
    representatives_text: String,
    /// „vertreten durch“, or „geführt von“ for a sole proprietorship (its owner is the
    /// controller, nobody represents it).
    represented_by: &'static str,
    register: Option<String>,
    email: String,
    phone: Option<String>,
    website: Option<String>,
    privacy_notice_url: Option<String>,
    sector: &'static str,
    sector_key: Sector,
    employees: u32,
    persons_processing_data: u32,
    professional_secrecy: bool,
    acts_as_processor: bool,
}

#[derive(Debug, Clone, Serialize)]
struct DpoView {
    name: String,
    organisation: Option<String>,
    email: String,
    phone: Option<String>,
    address: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct DutyView {
    required: bool,
    reasons: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
struct AuthorityView {
    name: &'static str,
    /// English description of the name, for the English notices.
    name_en: &'static str,
    address: &'static [&'static str],
    address_line: String,
    website: &'static str,
    checked_on: String,
}

#[derive(Debug, Clone, Serialize)]
struct VariantView {
    key: Variant,
    label: &'static str,
    operators: String,
    is_private: bool,
    is_business_app: bool,
    is_coexistence: bool,
    is_cloud_api: bool,
    is_bsp: bool,
    uses_app: bool,
    uses_cloud_api: bool,
    uses_provider: bool,
}

#[derive(Debug, Clone, Serialize)]
struct WhatsAppView {
    business_number: String,
    display_name: Option<String>,
    features: Vec<&'static str>,
    /// How this variant sends one message to many recipients.
    bulk_label: &'static str,
    has: FeatureFlags,
    devices: Option<DevicesView>,
    provider: Option<ProviderView>,
    cloud_storage: Option<CloudStorageView>,
    coexistence: Option<Coexistence>,
    ai: Option<AiBot>,
    terms_accepted: Option<TermsAcceptedView>,
    alternative_channels: Vec<&'static str>,
    alternative_channels_text: String,
    only_channel: bool,
}

#[derive(Debug, Clone, Serialize)]
struct FeatureFlags {
    labels: bool,
    greeting_message: bool,
    away_message: bool,
    catalog: bool,
    broadcast_lists: bool,
    customer_groups: bool,
    ai_bot: bool,
    payments: bool,
    click_to_whatsapp_ads: bool,
}

#[derive(Debug, Clone, Serialize)]
struct DevicesView {
    ownership: &'static str,
    ownership_key: Ownership,
    count: u32,
    platforms: String,
    mdm: Option<Mdm>,
    address_book: &'static str,
    address_book_key: AddressBook,
    backup: &'static str,
    backup_key: Backup,
    backup_target: Option<&'static str>,
    linked_devices: &'static str,
    linked_devices_key: LinkedDevices,
}

#[derive(Debug, Clone, Serialize)]
struct ProviderView {
    name: String,
    seat: Option<String>,
    address: Option<String>,
    hosting_location: Option<String>,
    hosting_region: Option<&'static str>,
    hosting_in_eu: bool,
    avv_signed_on: Option<String>,
    sub_processors: Vec<SubProcessor>,
    privacy_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct CloudStorageView {
    key: CloudStorage,
    label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct TermsAcceptedView {
    accepted_on: String,
    accepted_by: String,
    archived_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct MetaView {
    whatsapp_ireland: meta::Entity,
    meta_ireland: meta::Entity,
    whatsapp_llc: meta::Entity,
    meta_inc: meta::Entity,
    terms: Vec<&'static meta::Terms>,
    privacy_policy: &'static meta::Terms,
    checked_on: String,
    dpf_decision: &'static str,
    dpf_status: &'static str,
    dpf_list_url: &'static str,
    scc_transfer: &'static str,
    scc_processor: &'static str,
    cloud_max_retention: &'static str,
    cloud_no_storage_cache: &'static str,
    cloud_local_in_use: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct ScenarioView {
    number: usize,
    kind: ScenarioKind,
    title: String,
    purpose: String,
    initiated_by: &'static str,
    initiated_by_key: Initiator,
    data: Vec<String>,
    data_text: String,
    legal_basis: &'static str,
    legal_basis_citation: &'static str,
    legal_basis_key: LegalBasis,
    legitimate_interest: Option<String>,
    /// Basis with citation and, where one is named, the legitimate interest, in one phrase.
    basis_text: String,
    retention: String,
    note: Option<&'static str>,
    needs_consent: bool,
    derived: bool,
}

#[derive(Debug, Clone, Serialize)]
struct LegalBasisView {
    label: &'static str,
    citation: &'static str,
    scenarios: String,
}

#[derive(Debug, Clone, Serialize)]
struct DataSubjectsView {
    list: Vec<&'static str>,
    text: String,
    communication_text: String,
    minors: &'static str,
    minors_key: Minors,
    scale: &'static str,
    employees: bool,
    applicants: bool,
}

#[derive(Debug, Clone, Serialize)]
struct SpecialView {
    any: bool,
    regular: bool,
    list: Vec<&'static str>,
    text: String,
}

#[derive(Debug, Clone, Serialize)]
struct ConsentView {
    /// The consent page is one of the profile's consent channels.
    page: bool,
    /// Posters with a QR code are one of the profile's consent channels.
    qr: bool,
    /// The QR code opens the chat with a prepared consent message (version d): QR channel
    /// and no published consent page. With a page URL, the code leads to the page and
    /// consent is given there (version s).
    qr_to_chat: bool,
    channels: Vec<&'static str>,
    channels_text: String,
    double_opt_in: bool,
    log_location: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct WithdrawalView {
    keyword: String,
    email: String,
    postal: bool,
    postal_address: String,
    phone: Option<String>,
    web_form_url: Option<String>,
    channels: Vec<String>,
    channels_text: String,
    contact_text: String,
}

#[derive(Debug, Clone, Serialize)]
struct MeasureView {
    label: &'static str,
    description: &'static str,
    goal: &'static str,
}

#[derive(Debug, Clone, Serialize)]
struct GoalView {
    goal: &'static str,
    measures: Vec<MeasureView>,
}

#[derive(Debug, Clone, Serialize)]
struct ProcessorView {
    name: String,
    role: &'static str,
    /// Device management holds no chat data: it is not asked to delete a person's data.
    holds_chat_data: bool,
    seat: Option<String>,
    location: Option<String>,
    agreement: &'static str,
    agreement_signed: bool,
    agreement_date: Option<String>,
}

/// The record-keeping duties of the company, as every document states them.
#[derive(Debug, Clone, Serialize)]
struct RetentionView {
    merchant: bool,
    merchant_reason: &'static str,
    /// Statutory duties only.
    duties: Vec<retention::Rule>,
    patient_records: bool,
    /// „§ 257 HGB und § 147 AO“ etc.
    statutes: String,
    file_noun: &'static str,
    /// The file in English ("patient record").
    file_noun_en: &'static str,
    profession_unknown: bool,
}

#[derive(Debug, Clone, Serialize)]
struct FindingsView {
    errors: Vec<FindingView>,
    warnings: Vec<FindingView>,
    /// Warnings the company accepts knowingly, by title with the reason.
    accepted: Vec<AcceptedView>,
    any: bool,
}

#[derive(Debug, Clone, Serialize)]
struct AcceptedView {
    title: &'static str,
    reason: String,
    until: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct FindingView {
    code: String,
    message: String,
}

impl DocContext {
    /// Makes this the view model of document `kind`: everything else in it is the same for
    /// all documents of a profile and language, so a pack builds it once ([`build_in`]) and
    /// switches the document between renders.
    pub fn for_kind(&mut self, p: &Profile, kind: DocumentKind, lang: Lang) {
        self.doc.identity = DocIdentity::of(p, kind, lang);
    }

    /// The document part of the view model (`doc` in the templates), the part
    /// [`Self::for_kind`] changes.
    pub fn doc_view(&self) -> &impl Serialize {
        &self.doc
    }

    /// Replaces the version overview (default: one row "Erstfassung").
    pub fn with_history(mut self, rows: &[crate::history::Row]) -> Self {
        self.history = rows.to_vec();
        self
    }

    /// Sets the brand's accent colour (consent page only; documents get it in the backend).
    pub fn with_accent(mut self, accent: Option<crate::brand::Rgb>) -> Self {
        self.accent = accent.map(crate::brand::Rgb::hex);
        self
    }
}

/// The date a fact table stands for in a document: its check date, but never later than the
/// document's Stand — a document cannot attest a check that happened after it was issued.
fn facts_as_of(checked_on: &str, stand: Date) -> String {
    Date::parse(checked_on)
        .map_or(stand, |checked| checked.min(stand))
        .german()
}

fn german_date(text: &str) -> String {
    Date::parse(text).map_or_else(|| text.to_owned(), |d| d.german())
}

/// „berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO): …“, or the basis with its citation and
/// a legitimate interest as a second basis where the scenario names one; in `lang`.
fn basis_text(s: &Scenario, lang: Lang) -> String {
    let label = labels::legal_basis_in(s.legal_basis, lang);
    let citation = labels::legal_basis_citation_in(s.legal_basis, lang);
    let li = match lang {
        Lang::De => s.legitimate_interest.clone(),
        Lang::En => s
            .legitimate_interest
            .as_ref()
            .map(|de| english_or_german(s.en.legitimate_interest.as_ref(), de)),
    };
    match (li, s.legal_basis) {
        (Some(li), LegalBasis::LegitimateInterest) => format!("{label} ({citation}): {li}"),
        (Some(li), _) => match lang {
            Lang::De => format!(
                "{label} ({citation}); ergänzend berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO): {li}"
            ),
            Lang::En => format!(
                "{label} ({citation}); in addition legitimate interests (Art. 6(1)(f) GDPR): {li}"
            ),
        },
        (None, _) => format!("{label} ({citation})"),
    }
}

/// A representative's name without a role in brackets at the end („Maria Kramer
/// (Geschäftsführerin)“ → „Maria Kramer“).
fn without_role(entry: &str) -> &str {
    let trimmed = entry.trim_end();
    match (trimmed.ends_with(')'), trimmed.find(" (")) {
        (true, Some(at)) if at > 0 => &trimmed[..at],
        _ => trimmed,
    }
}

/// A text the profile words itself, in English: its English form, or the German text in
/// quotation marks where the profile gives none.
fn english_or_german(en: Option<&String>, de: &str) -> String {
    en.cloned().unwrap_or_else(|| format!("“{de}” (in German)"))
}

fn scenario_view(number: usize, s: &Scenario, lang: Lang) -> ScenarioView {
    let (title, purpose, data, retention, legitimate_interest) = match lang {
        Lang::De => (
            s.title.clone(),
            s.purpose.clone(),
            s.data.clone(),
            s.retention.clone(),
            s.legitimate_interest.clone(),
        ),
        Lang::En => (
            english_or_german(s.en.title.as_ref(), &s.title),
            english_or_german(s.en.purpose.as_ref(), &s.purpose),
            s.en.data
                .clone()
                .unwrap_or_else(|| s.data.iter().map(|d| english_or_german(None, d)).collect()),
            english_or_german(s.en.retention.as_ref(), &s.retention),
            s.legitimate_interest
                .as_ref()
                .map(|de| english_or_german(s.en.legitimate_interest.as_ref(), de)),
        ),
    };
    ScenarioView {
        number,
        kind: s.kind,
        data_text: crate::text::join_in(&data, lang),
        title,
        // Sentences continue after the purpose and the period ("Zweck: …. Daten: …").
        purpose: purpose.trim_end_matches(['.', ' ']).to_owned(),
        initiated_by: labels::initiator(s.initiated_by),
        initiated_by_key: s.initiated_by,
        data,
        legal_basis: labels::legal_basis_in(s.legal_basis, lang),
        legal_basis_citation: labels::legal_basis_citation_in(s.legal_basis, lang),
        legal_basis_key: s.legal_basis,
        legitimate_interest,
        basis_text: basis_text(s, lang),
        retention: retention.trim_end_matches(['.', ' ']).to_owned(),
        note: s.note,
        needs_consent: s.needs_consent(),
        derived: s.derived,
    }
}

/// Builds the view model for one document (German).
pub fn build(
    p: &Profile,
    kind: DocumentKind,
    run: &RunInfo,
    findings: &[Diagnostic],
) -> DocContext {
    build_in(p, kind, run, findings, Lang::De)
}

/// Builds the view model for one document in `lang`: the same facts, with the document's
/// title, legal core and dates in that language and `lang` set for the templates
/// (`{{ lang }}` is `de` or `en`).
pub fn build_in(
    p: &Profile,
    kind: DocumentKind,
    run: &RunInfo,
    findings: &[Diagnostic],
    lang: Lang,
) -> DocContext {
    let raw = &p.raw;
    let co = &raw.company;
    let wa = &raw.whatsapp;
    let variant = wa.variant;
    let stand = p.stand.unwrap_or(run.stand);

    let address_line = format!("{}, {} {}", co.street, co.postal_code, co.city);
    let authority = p.authority;

    let scenarios: Vec<ScenarioView> = p
        .scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| scenario_view(i + 1, s, lang))
        .collect();
    let consent_scenarios = scenarios
        .iter()
        .filter(|s| s.needs_consent)
        .cloned()
        .collect();

    let mut bases: Vec<LegalBasis> = p.scenarios.iter().map(|s| s.legal_basis).collect();
    bases.sort();
    bases.dedup();
    let legal_bases = bases
        .into_iter()
        .map(|b| LegalBasisView {
            label: labels::legal_basis(b),
            citation: labels::legal_basis_citation(b),
            scenarios: join_und(
                &p.scenarios
                    .iter()
                    .filter(|s| s.legal_basis == b)
                    .map(|s| s.title.clone())
                    .collect::<Vec<_>>(),
            ),
        })
        .collect();

    let mut data_categories: Vec<String> = Vec::new();
    for s in &p.scenarios {
        for d in &s.data {
            if !data_categories.contains(d) {
                data_categories.push(d.clone());
            }
        }
    }
    if wa.features.contains(&Feature::Labels) {
        data_categories.push("Labels zur Bearbeitung von Chats".to_owned());
    }

    let vocab = crate::legal::vocabulary::for_company(co);
    let ds = &raw.data_subjects;
    let mut subjects = Vec::new();
    if ds.customers {
        subjects.push(vocab.clients);
    }
    if ds.prospects {
        subjects.push("Interessentinnen und Interessenten");
    }
    if ds.applicants || p.has_scenario(ScenarioKind::Recruiting) {
        subjects.push("Bewerberinnen und Bewerber");
    }
    if ds.minors == Minors::TargetGroup {
        subjects.push("Eltern und andere Sorgeberechtigte minderjähriger Betroffener");
    }
    if ds.business_partners {
        subjects.push("Ansprechpersonen bei Lieferanten und Geschäftspartnern");
    }
    if ds.employees {
        subjects.push("Beschäftigte, die WhatsApp für das Unternehmen nutzen");
    }
    if p.uses_app() {
        subjects.push("Personen im Adressbuch der genutzten Geräte");
    }
    subjects.push("Dritte, die in Nachrichten, Fotos oder Dokumenten genannt oder abgebildet sind");
    let communication: Vec<&str> = subjects
        .iter()
        .copied()
        .filter(|s| !s.starts_with("Beschäftigte") && !s.starts_with("Personen im Adressbuch"))
        .collect();

    let special: Vec<&'static str> = raw
        .special_categories
        .categories
        .iter()
        .map(|c| labels::special_category(*c))
        .collect();

    let measures_list: Vec<MeasureView> = raw
        .measures
        .iter()
        .map(|m| {
            let info = measures::info_for(*m, p);
            MeasureView {
                label: info.label,
                description: info.description,
                goal: info.goal,
            }
        })
        .collect();
    let goals = [
        "Datenminimierung",
        "Verfügbarkeit",
        "Integrität",
        "Vertraulichkeit",
        "Nichtverkettung",
        "Transparenz",
        "Intervenierbarkeit",
    ];
    let measures_by_goal = goals
        .iter()
        .map(|g| GoalView {
            goal: g,
            measures: measures_list
                .iter()
                .filter(|m| m.goal == *g)
                .cloned()
                .collect(),
        })
        .filter(|g| !g.measures.is_empty())
        .collect();

    let withdrawal_email = p.withdrawal_email.clone();
    let postal_address = format!("{}, {}", co.full_name(), address_line);
    let keyword = raw.withdrawal.keyword.trim();
    let by_post = || match lang {
        Lang::De => format!("per Post an {postal_address}"),
        Lang::En => format!("by post to {postal_address}"),
    };
    let mut withdrawal_channels = match lang {
        Lang::De => vec![
            format!("im WhatsApp-Chat mit der Nachricht „{keyword}“"),
            format!("per E-Mail an {withdrawal_email}"),
        ],
        Lang::En => vec![
            format!(
                "in the WhatsApp chat with the message “{}”",
                crate::legal::vocabulary::keyword_en(keyword)
            ),
            format!("by email to {withdrawal_email}"),
        ],
    };
    if let Some(phone) = &raw.withdrawal.phone {
        withdrawal_channels.push(match lang {
            Lang::De => format!("telefonisch unter {phone}"),
            Lang::En => format!("by phone on {phone}"),
        });
    }
    if let Some(url) = &raw.withdrawal.web_form_url {
        withdrawal_channels.push(match lang {
            Lang::De => format!("über das Formular unter {url}"),
            Lang::En => format!("using the form at {url}"),
        });
    }
    if raw.withdrawal.postal {
        withdrawal_channels.push(by_post());
    }
    // For requests other than withdrawal (access, erasure …) the chat keyword is no channel.
    let contact_channels: Vec<String> = withdrawal_channels
        .iter()
        .skip(1)
        .cloned()
        .chain((!raw.withdrawal.postal).then(by_post))
        .collect();

    let qr = raw
        .consent
        .channels
        .contains(&crate::profile::model::ConsentChannel::QrCode);

    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut accepted = Vec::new();
    for d in findings {
        let view = FindingView {
            code: d.code.unwrap_or("").to_owned(),
            message: d.message.clone(),
        };
        if d.is_error() {
            errors.push(view);
        } else if let Some(reason) = &d.accepted {
            let lint = d.code.and_then(crate::profile::lints::find);
            if let Some(lint) = lint
                && !accepted
                    .iter()
                    .any(|a: &AcceptedView| a.title == lint.title)
            {
                accepted.push(AcceptedView {
                    title: lint.title,
                    reason: reason.clone(),
                    until: p
                        .accepted
                        .iter()
                        .find(|(code, _, _)| *code == lint.code)
                        .and_then(|(_, _, until)| until.map(|u| u.german())),
                });
            }
        } else {
            warnings.push(view);
        }
    }

    let dpo_reasons = crate::risk::dpo_reasons(p);
    let retention_plan = p.retention_plan();
    let recipient_list = recipients::recipients_in(p, lang);

    DocContext {
        lang,
        accent: None,
        history: crate::history::first_rows(p, stand),
        doc: DocView {
            identity: DocIdentity::of(p, kind, lang),
            version: raw.document.version.clone(),
            stand: stand.in_lang(lang),
            stand_long: lang.pick(stand.german_long(), stand.english()),
            responsible: raw.document.responsible.clone(),
            next_review: p.next_review.map(|d| d.german()),
            profile_hash: p.source_hash.clone(),
            profile_hash_short: p.source_hash.chars().take(12).collect(),
            tool_version: run.tool_version,
            template_set: run.template_set.clone(),
            documents: DocumentKind::ALL
                .iter()
                .map(|k| DocLink {
                    number: k.number(),
                    stem: k.stem(),
                    title: k.title_for(p),
                })
                .collect(),
        },
        company: CompanyView {
            name: co.full_name(),
            legal_form: co.legal_form.clone(),
            street: co.street.clone(),
            postal_code: co.postal_code.clone(),
            city: co.city.clone(),
            address_line,
            state: authorities::state_name(co.state),
            // English texts name the representatives without the German role in brackets.
            representatives_text: match lang {
                Lang::De => crate::text::join_in(&co.representatives, lang),
                Lang::En => crate::text::join_in(
                    &co.representatives
                        .iter()
                        .map(|r| without_role(r))
                        .collect::<Vec<_>>(),
                    lang,
                ),
            },
            represented_by: match (co.is_sole_proprietor(), lang) {
                (true, Lang::De) => "geführt von",
                (false, Lang::De) => "vertreten durch",
                (true, Lang::En) => "owned and run by",
                (false, Lang::En) => "represented by",
            },
            representatives: co.representatives.clone(),
            register: co.register.clone(),
            email: co.email.clone(),
            phone: co.phone.clone(),
            website: co.website.clone(),
            privacy_notice_url: co.privacy_notice_url.clone(),
            sector: labels::sector(co.sector),
            sector_key: co.sector,
            employees: co.employees,
            persons_processing_data: p.persons_processing_data,
            professional_secrecy: co.professional_secrecy,
            acts_as_processor: co.acts_as_processor,
        },
        vocab,
        dpo: raw.dpo.as_ref().map(|d| DpoView {
            name: d.name.clone(),
            organisation: d.organisation.clone(),
            email: d.email.clone(),
            phone: d.phone.clone(),
            address: d.address.clone(),
        }),
        dpo_duty: DutyView {
            required: !dpo_reasons.is_empty(),
            reasons: dpo_reasons,
        },
        authority: AuthorityView {
            name: authority.name,
            name_en: authority.name_en,
            address: authority.address,
            address_line: authority.address.join(", "),
            website: authority.website,
            checked_on: facts_as_of(authorities::CHECKED_ON, stand),
        },
        variant: VariantView {
            key: variant,
            label: labels::variant(variant),
            operators: operators(p),
            is_private: variant == Variant::Private,
            is_business_app: variant == Variant::BusinessApp,
            is_coexistence: variant == Variant::BusinessAppCoexistence,
            is_cloud_api: variant == Variant::CloudApi,
            is_bsp: variant == Variant::CloudApiBsp,
            uses_app: p.uses_app(),
            uses_cloud_api: p.uses_cloud_api(),
            uses_provider: p.uses_provider(),
        },
        whatsapp: whatsapp_view(p, lang),
        meta: MetaView {
            whatsapp_ireland: meta::WHATSAPP_IRELAND.in_lang(lang),
            meta_ireland: meta::META_IRELAND.in_lang(lang),
            whatsapp_llc: meta::WHATSAPP_LLC.in_lang(lang),
            meta_inc: meta::META_INC.in_lang(lang),
            terms: meta::terms_for(variant),
            privacy_policy: &meta::PRIVACY_POLICY_EEA,
            checked_on: facts_as_of(meta::CHECKED_ON, stand),
            dpf_decision: meta::transfer::DPF_DECISION,
            dpf_status: meta::transfer::DPF_STATUS,
            dpf_list_url: meta::transfer::DPF_LIST_URL,
            scc_transfer: meta::transfer::SCC_TRANSFER,
            scc_processor: meta::transfer::SCC_PROCESSOR,
            cloud_max_retention: meta::cloud_api::MAX_RETENTION,
            cloud_no_storage_cache: meta::cloud_api::NO_STORAGE_CACHE,
            cloud_local_in_use: meta::cloud_api::LOCAL_STORAGE_IN_USE,
        },
        transfers: recipients::transfers(&recipient_list),
        recipients: recipient_list,
        scenarios,
        consent_scenarios,
        legal_bases,
        data_subjects: DataSubjectsView {
            text: join_und(&subjects),
            communication_text: join_und(&communication),
            list: subjects,
            minors: labels::minors(ds.minors),
            minors_key: ds.minors,
            scale: labels::scale(ds.scale),
            employees: ds.employees,
            applicants: ds.applicants || p.has_scenario(ScenarioKind::Recruiting),
        },
        data_categories,
        special_categories: SpecialView {
            any: !special.is_empty(),
            regular: p.special_categories_regular(),
            text: join_und(&special),
            list: special,
        },
        consent: ConsentView {
            page: raw
                .consent
                .channels
                .contains(&crate::profile::model::ConsentChannel::ConsentPage),
            qr,
            qr_to_chat: qr && raw.consent.page_url.is_none(),
            channels_text: join_und(
                &raw.consent
                    .channels
                    .iter()
                    .map(|c| labels::consent_channel(*c))
                    .collect::<Vec<_>>(),
            ),
            channels: raw
                .consent
                .channels
                .iter()
                .map(|c| labels::consent_channel(*c))
                .collect(),
            double_opt_in: raw.consent.double_opt_in,
            log_location: raw.consent.log_location.clone(),
        },
        consents: consent::build_in(p, run, lang),
        public: public::build(p, lang),
        withdrawal: WithdrawalView {
            keyword: match lang {
                Lang::De => raw.withdrawal.keyword.trim().to_owned(),
                Lang::En => crate::legal::vocabulary::keyword_en(&raw.withdrawal.keyword),
            },
            email: withdrawal_email,
            postal: raw.withdrawal.postal,
            postal_address,
            phone: raw.withdrawal.phone.clone(),
            web_form_url: raw.withdrawal.web_form_url.clone(),
            channels_text: crate::text::join_with(&withdrawal_channels, lang.pick("oder", "or")),
            contact_text: crate::text::join_with(&contact_channels, lang.pick("oder", "or")),
            channels: withdrawal_channels,
        },
        measures: measures_list,
        measure_in_force: crate::profile::all::<Measure>()
            .into_iter()
            .map(|m| (crate::profile::key(m), p.has_measure(m)))
            .collect(),
        measures_by_goal,
        custom_measures: raw.custom_measures.clone(),
        processors: raw
            .processors
            .iter()
            .map(|pr| ProcessorView {
                name: pr.name.clone(),
                role: labels::processor_role_in(pr.role, lang),
                holds_chat_data: pr.role != crate::profile::model::ProcessorRole::Mdm,
                seat: pr.seat.clone(),
                location: pr.location.clone(),
                agreement: labels::agreement_status(pr.agreement),
                agreement_signed: pr.agreement == AgreementStatus::Signed,
                agreement_date: pr.agreement_date.as_deref().map(german_date),
            })
            .collect(),
        retention_rules: retention_rules(p, &retention_plan),
        retention: RetentionView {
            merchant: retention_plan.merchant.merchant,
            merchant_reason: retention_plan.merchant.reason,
            statutes: retention_plan.statutes.clone(),
            file_noun: retention_plan.file_noun,
            file_noun_en: retention_plan.file_noun_en,
            profession_unknown: retention_plan.profession_unknown,
            duties: retention_plan
                .duties
                .iter()
                .map(|r| r.in_lang(lang))
                .collect(),
            patient_records: retention_plan.has(retention::PATIENT_RECORDS.key),
        },
        findings: FindingsView {
            any: !errors.is_empty() || !warnings.is_empty(),
            errors,
            warnings,
            accepted,
        },
        avv: avv::build(p, stand),
        dpia_assessment: dpia::build(p, stand),
    }
}

/// Every retention rule that applies to the profile: the statutory duties of the plan, then
/// the periods the company sets, without those for processing it does not do.
fn retention_rules(p: &Profile, plan: &retention::Plan) -> Vec<retention::Rule> {
    let applicants = p.raw.data_subjects.applicants || p.has_scenario(ScenarioKind::Recruiting);
    let consent = p.scenarios.iter().any(|s| s.needs_consent());
    plan.duties
        .iter()
        .copied()
        .chain(retention::SET_BY_CONTROLLER.iter().map(|r| **r))
        .filter(|r| match r.key {
            "applicants" => applicants,
            "cloud_api" => p.uses_cloud_api(),
            "unconfirmed_opt_in" => consent && p.raw.consent.double_opt_in,
            // Proof is kept for consents and for releases from secrecy alike.
            "consent_proof" => consent || p.raw.company.professional_secrecy,
            _ => true,
        })
        .collect()
}

fn whatsapp_view(p: &Profile, lang: Lang) -> WhatsAppView {
    let wa = &p.raw.whatsapp;
    let has = |f: Feature| wa.features.contains(&f);
    let mut features = wa.features.clone();
    features.sort();
    features.dedup();
    WhatsAppView {
        business_number: wa.business_number.clone(),
        display_name: wa.display_name.clone(),
        features: features
            .iter()
            .map(|f| labels::feature_in(*f, wa.variant))
            .collect(),
        bulk_label: labels::feature_in(Feature::BroadcastLists, wa.variant),
        has: FeatureFlags {
            labels: has(Feature::Labels),
            greeting_message: has(Feature::GreetingMessage),
            away_message: has(Feature::AwayMessage),
            catalog: has(Feature::Catalog),
            broadcast_lists: has(Feature::BroadcastLists),
            customer_groups: has(Feature::CustomerGroups),
            ai_bot: has(Feature::AiBot) || p.has_scenario(ScenarioKind::AiChatbot),
            payments: has(Feature::Payments),
            click_to_whatsapp_ads: has(Feature::ClickToWhatsappAds),
        },
        devices: wa.devices.as_ref().map(|d| DevicesView {
            ownership: labels::ownership(d.ownership),
            ownership_key: d.ownership,
            count: d.count,
            platforms: join_und(
                &d.platforms
                    .iter()
                    .map(|pl| labels::platform(*pl))
                    .collect::<Vec<_>>(),
            ),
            mdm: d.mdm.clone(),
            address_book: labels::address_book(d.address_book),
            address_book_key: d.address_book,
            backup: labels::backup(d.backup),
            backup_key: d.backup,
            backup_target: d.backup_target.map(labels::backup_target),
            linked_devices: labels::linked_devices(d.linked_devices),
            linked_devices_key: d.linked_devices,
        }),
        provider: wa.provider.as_ref().map(|pr| ProviderView {
            name: pr.name.clone(),
            seat: pr.seat.clone(),
            address: pr.address.clone(),
            hosting_location: pr.hosting_location.clone(),
            hosting_region: pr.hosting_region.map(labels::region),
            hosting_in_eu: pr.hosting_region == Some(Region::Eu),
            avv_signed_on: pr.avv_signed_on.as_deref().map(german_date),
            sub_processors: pr.sub_processors.clone(),
            privacy_url: pr.privacy_url.clone(),
        }),
        cloud_storage: p.cloud_storage().map(|key| CloudStorageView {
            key,
            label: labels::cloud_storage(key),
        }),
        coexistence: wa.coexistence.clone(),
        ai: wa.ai.clone(),
        terms_accepted: wa.terms_accepted.as_ref().map(|t| TermsAcceptedView {
            accepted_on: german_date(&t.accepted_on),
            accepted_by: t.accepted_by.clone(),
            archived_at: t.archived_at.clone(),
        }),
        alternative_channels: p
            .alternative_channels
            .iter()
            .map(|c| labels::channel(*c))
            .collect(),
        alternative_channels_text: crate::text::join_with(
            &p.alternative_channels
                .iter()
                .map(|c| labels::channel_in(*c, lang))
                .collect::<Vec<_>>(),
            lang.pick("oder", "or"),
        ),
        only_channel: p.alternative_channels.is_empty(),
    }
}

/// Who operates the WhatsApp service for this variant, in one line.
fn operators(p: &Profile) -> String {
    let provider = p
        .raw
        .whatsapp
        .provider
        .as_ref()
        .filter(|_| p.uses_provider())
        .map(|pr| pr.name.clone());
    match p.variant() {
        Variant::Private => format!(
            "{} (als eigener Verantwortlicher)",
            meta::WHATSAPP_IRELAND.name
        ),
        Variant::BusinessApp => meta::WHATSAPP_IRELAND.name.to_owned(),
        Variant::BusinessAppCoexistence => join_und(
            &[
                Some(meta::WHATSAPP_IRELAND.name.to_owned()),
                Some(meta::META_IRELAND.name.to_owned()),
                provider,
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>(),
        ),
        Variant::CloudApi => meta::META_IRELAND.name.to_owned(),
        Variant::CloudApiBsp => join_und(
            &[provider, Some(meta::META_IRELAND.name.to_owned())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>(),
        ),
    }
}
