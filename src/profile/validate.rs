//! Semantic validation: `RawProfile` → [`Profile`], with defaults resolved (scenarios from the
//! catalogue, withdrawal address, alternative channels) and every value problem reported with
//! its place in the file. Compliance findings are the job of [`super::lints`].

use super::model::*;
use super::node::Node;
use crate::both;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, quote};
use crate::legal::authorities::{self, Authority};
use crate::legal::scenarios;
use crate::ui::t;

/// A validated profile: the raw profile plus everything derived from it.
#[derive(Debug, Clone)]
pub struct Profile {
    /// The profile as written.
    pub raw: RawProfile,
    /// SHA-256 of the profile file (hex).
    pub source_hash: String,
    /// Use scenarios with catalogue defaults filled in; derived scenarios appended.
    pub scenarios: Vec<Scenario>,
    /// Stand date from `document.date`, if given.
    pub stand: Option<Date>,
    /// Next scheduled review from `document.next_review`, if given.
    pub next_review: Option<Date>,
    /// Accepted warnings: code, reason and the last day of the acceptance (if limited).
    pub accepted: Vec<(&'static str, String, Option<Date>)>,
    /// Channels always offered instead of WhatsApp.
    pub alternative_channels: Vec<Channel>,
    /// Address for withdrawals.
    pub withdrawal_email: String,
    /// Persons regularly processing personal data (§ 38 BDSG).
    pub persons_processing_data: u32,
    /// Competent supervisory authority.
    pub authority: &'static Authority,
}

/// A scenario with every field resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// Catalogue kind (`Custom` for own scenarios).
    pub kind: ScenarioKind,
    /// Title.
    pub title: String,
    /// Purpose.
    pub purpose: String,
    /// Who starts.
    pub initiated_by: Initiator,
    /// Data categories.
    pub data: Vec<String>,
    /// Legal basis.
    pub legal_basis: LegalBasis,
    /// Legitimate interest for Art. 6(1)(f).
    pub legitimate_interest: Option<String>,
    /// Retention.
    pub retention: String,
    /// Catalogue explanation.
    pub note: Option<&'static str>,
    /// Added because a feature needs it, not listed in the profile.
    pub derived: bool,
    /// Index in the profile's `scenarios` list (for error positions).
    pub index: Option<usize>,
    /// The texts in English, for the English documents.
    pub en: ScenarioEnglish,
}

/// A scenario's texts in English: the catalogue's wording, or the profile's `en` wording of
/// the texts it words itself; `None` where the profile words a text itself and gives no English
/// for it (the English documents then quote the German text).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScenarioEnglish {
    /// Title.
    pub title: Option<String>,
    /// Purpose.
    pub purpose: Option<String>,
    /// Data categories.
    pub data: Option<Vec<String>>,
    /// Legitimate interest (only where the German scenario has one).
    pub legitimate_interest: Option<String>,
    /// Retention.
    pub retention: Option<String>,
}

impl ScenarioEnglish {
    /// The English texts of a catalogue entry as a profile entry overrides them: the entry's
    /// own wording (from its `en` block) where it words a text itself, else the catalogue's.
    fn resolve(
        entry: &ScenarioEntry,
        t: Option<&scenarios::Template>,
        vocab: &crate::legal::vocabulary::Vocabulary,
        plan: &crate::legal::retention::Plan,
        special: &[&'static str],
    ) -> ScenarioEnglish {
        let own = entry.en.clone().unwrap_or_default();
        let pick = |given: &Option<String>, mine: Option<String>, catalogue: Option<String>| {
            if given.is_some() { mine } else { catalogue }
        };
        ScenarioEnglish {
            title: pick(
                &entry.title,
                own.title,
                t.map(|t| vocab.apply_en(t.en.title)),
            ),
            purpose: pick(
                &entry.purpose,
                own.purpose,
                t.map(|t| vocab.apply_en(t.en.purpose)),
            ),
            data: if entry.data.is_some() {
                own.data
            } else {
                t.map(|t| {
                    let mut data: Vec<String> = t.en.data.iter().map(|d| (*d).to_owned()).collect();
                    if t.kind == ScenarioKind::SpecialCategoryData && !special.is_empty() {
                        data[1] = crate::text::join_and(special);
                    }
                    data
                })
            },
            legitimate_interest: pick(
                &entry.legitimate_interest,
                own.legitimate_interest,
                t.and_then(|t| t.en.legitimate_interest.map(str::to_owned)),
            ),
            retention: pick(
                &entry.retention,
                own.retention,
                t.map(|t| scenarios::default_retention_in(t, plan, crate::lang::Lang::En)),
            ),
        }
    }
}

impl Scenario {
    /// Does this scenario need consent?
    pub fn needs_consent(&self) -> bool {
        matches!(
            self.legal_basis,
            LegalBasis::Consent | LegalBasis::ExplicitConsent
        )
    }
}

impl Profile {
    /// The variant in use.
    pub fn variant(&self) -> Variant {
        self.raw.whatsapp.variant
    }

    /// Is a feature in use?
    pub fn has_feature(&self, feature: Feature) -> bool {
        self.raw.whatsapp.features.contains(&feature)
    }

    /// Is a measure declared?
    pub fn has_measure(&self, measure: Measure) -> bool {
        self.raw.measures.contains(&measure)
    }

    /// Is a scenario of this kind part of the setup?
    pub fn has_scenario(&self, kind: ScenarioKind) -> bool {
        self.scenarios.iter().any(|s| s.kind == kind)
    }

    /// Does the variant run on phones with the app?
    pub fn uses_app(&self) -> bool {
        matches!(
            self.variant(),
            Variant::Private | Variant::BusinessApp | Variant::BusinessAppCoexistence
        )
    }

    /// Does the variant use the Cloud API?
    pub fn uses_cloud_api(&self) -> bool {
        matches!(
            self.variant(),
            Variant::CloudApi | Variant::CloudApiBsp | Variant::BusinessAppCoexistence
        )
    }

    /// Is a Business Solution Provider involved?
    pub fn uses_provider(&self) -> bool {
        matches!(
            self.variant(),
            Variant::CloudApiBsp | Variant::BusinessAppCoexistence
        )
    }

    /// The Cloud API storage setting in effect, if the variant uses the Cloud API. Local
    /// storage is not available for coexistence numbers, so they fall back to Meta's default.
    pub fn cloud_storage(&self) -> Option<CloudStorage> {
        if !self.uses_cloud_api() {
            return None;
        }
        let chosen = self
            .raw
            .whatsapp
            .cloud_api
            .as_ref()
            .map(|c| c.storage)
            .unwrap_or_default();
        Some(
            if self.variant() == Variant::BusinessAppCoexistence
                && chosen == CloudStorage::LocalStorageDe
            {
                CloudStorage::MetaDefault
            } else {
                chosen
            },
        )
    }

    /// The MDM named under `whatsapp.devices.mdm` when no processor with role `mdm` is
    /// listed under `processors`.
    pub fn unlisted_mdm(&self) -> Option<&Mdm> {
        let listed = self
            .raw
            .processors
            .iter()
            .any(|pr| pr.role == ProcessorRole::Mdm);
        let mdm = self.raw.whatsapp.devices.as_ref()?.mdm.as_ref()?;
        (!listed).then_some(mdm)
    }

    /// The AI provider named under `whatsapp.ai` when it is another company and no entry
    /// under `processors` covers it (role `ai`, or a processor named in the provider text,
    /// such as the host of a model the company runs itself).
    pub fn unlisted_ai(&self) -> Option<&AiBot> {
        let ai = self.raw.whatsapp.ai.as_ref()?;
        let provider = ai.provider.to_lowercase();
        let listed = self.raw.processors.iter().any(|pr| {
            let name = pr.name.to_lowercase();
            pr.role == ProcessorRole::Ai
                || (!name.is_empty() && (provider.contains(&name) || name.contains(&provider)))
        });
        (!self.ai_in_house() && !listed).then_some(ai)
    }

    /// The AI named under `whatsapp.ai` is run by the company itself (its name appears in
    /// the provider text), so it is no processor of its own.
    pub fn ai_in_house(&self) -> bool {
        self.raw.whatsapp.ai.as_ref().is_some_and(|ai| {
            ai.provider
                .to_lowercase()
                .contains(&self.raw.company.name.to_lowercase())
        })
    }

    /// The record-keeping duties that apply to the company (merchant status, tax and
    /// professional law).
    pub fn retention_plan(&self) -> crate::legal::retention::Plan {
        crate::legal::retention::Plan::for_company(&self.raw.company)
    }

    /// Special categories processed as a regular part of the service.
    pub fn special_categories_regular(&self) -> bool {
        !self.raw.special_categories.categories.is_empty()
            && self.raw.special_categories.occurrence == Occurrence::Regular
    }
}

/// Result of validation: the profile (always built, so lints can run) and the problems found.
pub struct Validated {
    /// The profile.
    pub profile: Profile,
    /// Value problems (errors).
    pub diagnostics: Vec<Diagnostic>,
}

/// `1000000` → `1.000.000` (German digit grouping).
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(d);
    }
    out
}

/// Most employees a profile may state (the largest German employers have fewer).
pub const MAX_EMPLOYEES: u32 = 1_000_000;
/// Most devices a profile may state.
pub const MAX_DEVICES: u32 = 100_000;

struct Checker<'a> {
    tree: &'a Node,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    /// An error: the message in German (for the documents) and English, the hint in the
    /// interface language.
    fn error(&mut self, path: &str, message: (String, String), hint: &str) {
        let pos = self.tree.pos_for_path(path);
        self.out.push(
            Diagnostic::error(message.0)
                .with_english(message.1)
                .with_path(path)
                .at(pos)
                .with_hint(hint),
        );
    }

    fn non_empty(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(
                path,
                both!("`{path}` ist leer", "`{path}` is empty"),
                t(
                    "tragen Sie einen Wert ein oder lassen Sie optionale Angaben weg",
                    "enter a value or leave optional entries out",
                ),
            );
        }
    }

    fn email(&mut self, path: &str, value: &str) {
        if !is_email(value) {
            self.error(
                path,
                both!(
                    "`{path}`: „{}“ ist keine gültige E-Mail-Adresse",
                    "`{path}`: “{}” is not a valid e-mail address",
                    quote(value)
                ),
                t("Format: name@beispiel.de", "format: name@example.com"),
            );
        }
    }

    fn phone(&mut self, path: &str, value: &str) {
        if !is_international_phone(value) {
            self.error(
                path,
                both!(
                    "`{path}`: „{}“ ist keine Telefonnummer im internationalen Format",
                    "`{path}`: “{}” is not a phone number in international format",
                    quote(value)
                ),
                t(
                    "Format: +49 und die Rufnummer ohne führende 0, z. B. +49 761 123456",
                    "format: +49 and the number without its leading 0, e.g. +49 761 123456",
                ),
            );
        }
    }

    fn url(&mut self, path: &str, value: &str) {
        if !is_url(value) {
            self.error(
                path,
                both!(
                    "`{path}`: „{}“ ist keine vollständige Web-Adresse",
                    "`{path}`: “{}” is not a complete web address",
                    quote(value)
                ),
                t(
                    "Format: https://www.beispiel.de/datenschutz",
                    "format: https://www.example.com/privacy",
                ),
            );
        }
    }

    fn range(&mut self, path: &str, value: u32, range: std::ops::RangeInclusive<u32>, hint: &str) {
        if !range.contains(&value) {
            self.error(
                path,
                both!(
                    "`{path}`: {value} liegt außerhalb des plausiblen Bereichs {} bis {}",
                    "`{path}`: {value} is outside the plausible range {} to {}",
                    thousands(u64::from(*range.start())),
                    thousands(u64::from(*range.end()))
                ),
                hint,
            );
        }
    }

    fn date(&mut self, path: &str, value: &str) -> Option<Date> {
        let date = Date::parse(value);
        if date.is_none() {
            self.error(
                path,
                both!(
                    "`{path}`: „{}“ ist kein gültiges Datum",
                    "`{path}`: “{}” is not a valid date",
                    quote(value)
                ),
                t(
                    "Format: JJJJ-MM-TT, z. B. 2026-11-28",
                    "format: YYYY-MM-DD, e.g. 2026-11-28",
                ),
            );
        }
        date
    }
}

/// Characters allowed in the local part of an e-mail address besides letters and digits.
/// Excluded on purpose: `?`, `%`, `#`, `,`, `/` and the like, which change the meaning of a
/// `mailto:` link (a `?bcc=` would send a copy to a third party).
const EMAIL_LOCAL_SPECIALS: &str = ".!$&'*+=^_~-";

/// A plausible e-mail address: a local part of letters, digits and `.!$&'*+=^_~-`, one `@`, a
/// domain of at least two dot-separated labels (letters, digits, inner `-`), at most 254
/// characters.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || EMAIL_LOCAL_SPECIALS.contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    local_ok && domain_ok && value.chars().count() <= 254
}

/// A phone number in international format: `+`, then 7–15 digits with optional spaces, `-`, `/`.
pub fn is_international_phone(value: &str) -> bool {
    let Some(rest) = value.trim().strip_prefix('+') else {
        return false;
    };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    rest.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '\u{a0}'))
        && (7..=15).contains(&digits)
        && !rest.starts_with('0')
}

/// A complete web address: `http(s)://`, a host without user name, no spaces, control
/// characters or characters that must be percent-encoded (`<>"\^`{|}`).
pub fn is_url(value: &str) -> bool {
    let Some(rest) = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    host.len() >= 3
        && host.contains('.')
        && !host.contains('@')
        && !host.starts_with('.')
        && !value.chars().any(|c| {
            c.is_whitespace() || crate::diagnostic::is_invisible(c) || "<>\"\\^`{|}".contains(c)
        })
}

/// A German postal code: five digits.
pub fn is_postal_code(value: &str) -> bool {
    value.len() == 5 && value.chars().all(|c| c.is_ascii_digit())
}

/// Validates `raw` (read from `tree`) into a [`Profile`].
pub fn validate(raw: RawProfile, tree: &Node, source_hash: String) -> Validated {
    let mut c = Checker {
        tree,
        out: Vec::new(),
    };
    if raw.schema_version != SCHEMA_VERSION {
        c.error(
            "schema_version",
            both!(
                "`schema_version: {}` wird von dieser Version nicht unterstützt",
                "`schema_version: {}` is not supported by this version",
                raw.schema_version
            ),
            t(
                "diese Version liest Profile mit `schema_version: 1`",
                "this version reads profiles with `schema_version: 1`",
            ),
        );
    }
    let co = &raw.company;
    c.non_empty("company.name", &co.name);
    c.non_empty("company.street", &co.street);
    c.non_empty("company.city", &co.city);
    if !is_postal_code(&co.postal_code) {
        c.error(
            "company.postal_code",
            both!(
                "`company.postal_code`: „{}“ ist keine fünfstellige Postleitzahl",
                "`company.postal_code`: “{}” is not a five-digit German postal code",
                quote(&co.postal_code)
            ),
            t(
                "schreiben Sie die Postleitzahl in Anführungszeichen, z. B. \"01067\"",
                "write the postal code in quotes, e.g. \"01067\"",
            ),
        );
    }
    c.range(
        "company.employees",
        co.employees,
        1..=MAX_EMPLOYEES,
        t(
            "Anzahl der Beschäftigten (Köpfe, einschließlich Inhaberin oder Inhaber)",
            "number of employees (head count, including the owner)",
        ),
    );
    if let Some(persons) = co.persons_processing_data {
        c.range(
            "company.persons_processing_data",
            persons,
            0..=co.employees.clamp(1, MAX_EMPLOYEES),
            t(
                "höchstens so viele Personen, wie das Unternehmen beschäftigt (`company.employees`)",
                "at most as many persons as the company employs (`company.employees`)",
            ),
        );
    }
    if co.representatives.iter().all(|r| r.trim().is_empty()) {
        c.error(
            "company.representatives",
            both!(
                "`company.representatives`: mindestens eine vertretungsberechtigte Person angeben",
                "`company.representatives`: name at least one person authorised to represent the company"
            ),
            t(
                "z. B. `- \"Maria Muster (Geschäftsführerin)\"`",
                "e.g. `- \"Maria Muster (managing director)\"`",
            ),
        );
    }
    c.email("company.email", &co.email);
    if let Some(phone) = &co.phone {
        c.phone("company.phone", phone);
    }
    for (path, url) in [
        ("company.website", &co.website),
        ("company.privacy_notice_url", &co.privacy_notice_url),
        ("company.imprint_url", &co.imprint_url),
        ("consent.page_url", &raw.consent.page_url),
    ] {
        if let Some(url) = url {
            c.url(path, url);
        }
    }
    if let Some(dpo) = &raw.dpo {
        c.non_empty("dpo.name", &dpo.name);
        c.email("dpo.email", &dpo.email);
        if let Some(phone) = &dpo.phone {
            c.phone("dpo.phone", phone);
        }
    }
    let wa = &raw.whatsapp;
    c.phone("whatsapp.business_number", &wa.business_number);
    if let Some(provider) = &wa.provider {
        c.non_empty("whatsapp.provider.name", &provider.name);
        if let Some(date) = &provider.avv_signed_on {
            c.date("whatsapp.provider.avv_signed_on", date);
        }
        if let Some(url) = &provider.privacy_url {
            c.url("whatsapp.provider.privacy_url", url);
        }
    }
    if let Some(devices) = &wa.devices {
        c.range(
            "whatsapp.devices.count",
            devices.count,
            1..=MAX_DEVICES,
            t(
                "Anzahl der Geräte, auf denen WhatsApp läuft",
                "number of devices WhatsApp runs on",
            ),
        );
    }
    if let Some(terms) = &wa.terms_accepted {
        c.date("whatsapp.terms_accepted.accepted_on", &terms.accepted_on);
        c.non_empty("whatsapp.terms_accepted.accepted_by", &terms.accepted_by);
    }
    if let Some(age) = raw.data_subjects.minors_age
        && (age.min > age.max || age.max > 17)
    {
        c.error(
            "data_subjects.minors_age",
            both!(
                "`data_subjects.minors_age`: {} bis {} ist keine Altersspanne Minderjähriger",
                "`data_subjects.minors_age`: {} to {} is not an age range of minors",
                age.min,
                age.max
            ),
            t(
                "`min` und `max` in Jahren, `min` höchstens `max`, `max` höchstens 17, z. B. { min: 11, max: 17 }",
                "`min` and `max` in years, `min` at most `max`, `max` at most 17, e.g. { min: 11, max: 17 }",
            ),
        );
    }
    for (i, p) in raw.processors.iter().enumerate() {
        c.non_empty(&format!("processors.{i}.name"), &p.name);
        if let Some(date) = &p.agreement_date {
            c.date(&format!("processors.{i}.agreement_date"), date);
        }
    }
    let keyword = raw.withdrawal.keyword.trim();
    if keyword.is_empty() || keyword.contains(char::is_whitespace) {
        c.error(
            "withdrawal.keyword",
            both!(
                "`withdrawal.keyword`: „{}“ muss ein einzelnes Wort sein",
                "`withdrawal.keyword`: “{}” must be a single word",
                quote(keyword)
            ),
            t("z. B. STOP", "e.g. STOP"),
        );
    }
    if let Some(email) = &raw.withdrawal.email {
        c.email("withdrawal.email", email);
    }
    if let Some(phone) = &raw.withdrawal.phone {
        c.phone("withdrawal.phone", phone);
    }
    if let Some(url) = &raw.withdrawal.web_form_url {
        c.url("withdrawal.web_form_url", url);
    }
    let stand = raw
        .document
        .date
        .as_deref()
        .and_then(|d| c.date("document.date", d));
    c.non_empty("document.version", &raw.document.version);
    let next_review = raw
        .document
        .next_review
        .as_deref()
        .and_then(|d| c.date("document.next_review", d));
    let accepted = accepted_findings(&raw, &mut c);

    let scenarios = resolve_scenarios(&raw, &mut c);
    let alternative_channels = raw
        .whatsapp
        .alternative_channels
        .clone()
        .unwrap_or_else(|| {
            let mut channels = vec![Channel::Email];
            if raw.company.phone.is_some() {
                channels.insert(0, Channel::Phone);
            }
            channels
        });
    let profile = Profile {
        withdrawal_email: raw
            .withdrawal
            .email
            .clone()
            .unwrap_or_else(|| raw.company.email.clone()),
        persons_processing_data: raw
            .company
            .persons_processing_data
            .unwrap_or(raw.company.employees),
        authority: authorities::for_state(raw.company.state),
        alternative_channels,
        scenarios,
        stand,
        next_review,
        accepted,
        source_hash,
        raw,
    };
    Validated {
        profile,
        diagnostics: c.out,
    }
}

/// `accepted_findings`: only known warnings, each once, with a reason.
fn accepted_findings(
    raw: &RawProfile,
    c: &mut Checker<'_>,
) -> Vec<(&'static str, String, Option<Date>)> {
    use crate::diagnostic::Severity;
    let mut out: Vec<(&'static str, String, Option<Date>)> = Vec::new();
    for (i, a) in raw.accepted_findings.iter().enumerate() {
        let path = format!("accepted_findings.{i}.code");
        let Some(lint) = super::lints::find(a.code.trim()) else {
            c.error(
                &path,
                both!(
                    "`{path}`: „{}“ ist kein bekannter Prüfhinweis",
                    "`{path}`: “{}” is not a known finding code",
                    quote(&a.code)
                ),
                t(
                    "`dsgvo-gen explain` listet alle Codes; hinnehmen lassen sich nur Warnungen",
                    "`dsgvo-gen explain` lists all codes; only warnings can be accepted",
                ),
            );
            continue;
        };
        if lint.severity == Severity::Error {
            c.error(
                &path,
                both!(
                    "`{path}`: {} ist ein Fehler und kann nicht hingenommen werden",
                    "`{path}`: {} is an error and cannot be accepted",
                    lint.code
                ),
                t(
                    "beheben Sie die Ursache (`dsgvo-gen explain` nennt den Weg); für eine Bestandsaufnahme trotz Fehlern gibt es `document.status_report: true`",
                    "remove the cause (`dsgvo-gen explain` shows how); for an inventory despite errors there is `document.status_report: true`",
                ),
            );
            continue;
        }
        if out.iter().any(|(code, _, _)| *code == lint.code) {
            c.error(
                &path,
                both!(
                    "`{path}`: {} ist mehrfach hingenommen",
                    "`{path}`: {} is accepted more than once",
                    lint.code
                ),
                t(
                    "nennen Sie jeden Code nur einmal",
                    "name each code only once",
                ),
            );
            continue;
        }
        let reason_path = format!("accepted_findings.{i}.reason");
        c.non_empty(&reason_path, &a.reason);
        let until = a
            .until
            .as_deref()
            .and_then(|d| c.date(&format!("accepted_findings.{i}.until"), d));
        out.push((lint.code, a.reason.trim().to_owned(), until));
    }
    out
}

fn resolve_scenarios(raw: &RawProfile, c: &mut Checker<'_>) -> Vec<Scenario> {
    let plan = crate::legal::retention::Plan::for_company(&raw.company);
    let vocab = crate::legal::vocabulary::for_company(&raw.company);
    let special_en: Vec<&'static str> = raw
        .special_categories
        .categories
        .iter()
        .map(|k| crate::legal::labels::special_category_in(*k, crate::lang::Lang::En))
        .collect();
    let mut out: Vec<Scenario> = Vec::new();
    let entries: Vec<ScenarioEntry> = if raw.scenarios.is_empty() {
        vec![ScenarioEntry::bare(ScenarioKind::CustomerInquiry)]
    } else {
        raw.scenarios.clone()
    };
    for (i, entry) in entries.iter().enumerate() {
        let index = (!raw.scenarios.is_empty()).then_some(i);
        let path = format!("scenarios.{i}");
        if entry.kind != ScenarioKind::Custom && out.iter().any(|s| s.kind == entry.kind) {
            c.error(
                &format!("{path}.kind"),
                {
                    let kind = format!("{:?}", entry.kind).to_lowercase();
                    both!(
                        "szenario `{kind}` ist doppelt aufgeführt",
                        "scenario `{kind}` is listed twice"
                    )
                },
                t(
                    "führen Sie jedes Katalogszenario nur einmal auf; eigene Szenarien mit `kind: custom`",
                    "list each catalogue scenario only once; your own scenarios with `kind: custom`",
                ),
            );
            continue;
        }
        let scenario = match scenarios::template(entry.kind) {
            Some(t) => Scenario {
                kind: t.kind,
                title: entry.title.clone().unwrap_or_else(|| vocab.apply(t.title)),
                purpose: entry
                    .purpose
                    .clone()
                    .unwrap_or_else(|| vocab.apply(t.purpose)),
                initiated_by: entry.initiated_by.unwrap_or(t.initiated_by),
                data: entry.data.clone().unwrap_or_else(|| {
                    let mut data: Vec<String> = t.data.iter().map(|d| (*d).to_owned()).collect();
                    if t.kind == ScenarioKind::SpecialCategoryData
                        && !raw.special_categories.categories.is_empty()
                    {
                        let named: Vec<&str> = raw
                            .special_categories
                            .categories
                            .iter()
                            .map(|k| crate::legal::labels::special_category(*k))
                            .collect();
                        data[1] = crate::text::join_und(&named);
                    }
                    data
                }),
                legal_basis: entry.legal_basis.unwrap_or(t.legal_basis),
                legitimate_interest: entry
                    .legitimate_interest
                    .clone()
                    .or_else(|| t.legitimate_interest.map(str::to_owned)),
                retention: entry
                    .retention
                    .clone()
                    .unwrap_or_else(|| scenarios::default_retention(t, &plan)),
                note: Some(t.note),
                derived: false,
                index,
                en: ScenarioEnglish::resolve(entry, Some(t), &vocab, &plan, &special_en),
            },
            None => {
                let mut missing = Vec::new();
                if entry.title.is_none() {
                    missing.push("title");
                }
                if entry.purpose.is_none() {
                    missing.push("purpose");
                }
                if entry.initiated_by.is_none() {
                    missing.push("initiated_by");
                }
                if entry.data.is_none() {
                    missing.push("data");
                }
                if entry.legal_basis.is_none() {
                    missing.push("legal_basis");
                }
                if entry.retention.is_none() {
                    missing.push("retention");
                }
                if !missing.is_empty() {
                    c.error(
                        &path,
                        {
                            let keys: Vec<String> =
                                missing.iter().map(|m| format!("`{m}`")).collect();
                            let (de, en) = (crate::text::join_und(&keys), keys.join(", "));
                            both!(
                                "eigenes Szenario (`kind: custom`) ohne {de}",
                                "custom scenario (`kind: custom`) without {en}"
                            )
                        },
                        t(
                            "eigene Szenarien brauchen title, purpose, initiated_by, data, legal_basis und retention",
                            "custom scenarios need title, purpose, initiated_by, data, legal_basis and retention",
                        ),
                    );
                }
                Scenario {
                    kind: ScenarioKind::Custom,
                    title: entry.title.clone().unwrap_or_default(),
                    purpose: entry.purpose.clone().unwrap_or_default(),
                    initiated_by: entry.initiated_by.unwrap_or(Initiator::Both),
                    data: entry.data.clone().unwrap_or_default(),
                    legal_basis: entry.legal_basis.unwrap_or(LegalBasis::Consent),
                    legitimate_interest: entry.legitimate_interest.clone(),
                    retention: entry.retention.clone().unwrap_or_default(),
                    note: None,
                    derived: false,
                    index,
                    en: ScenarioEnglish::resolve(entry, None, &vocab, &plan, &special_en),
                }
            }
        };
        if scenario.legal_basis == LegalBasis::LegitimateInterest
            && scenario.legitimate_interest.is_none()
        {
            c.error(
                &format!("{path}.legitimate_interest"),
                both!(
                    "Szenario „{}“ stützt sich auf berechtigtes Interesse, nennt es aber nicht",
                    "scenario “{}” relies on legitimate interests but does not name them",
                    quote(&scenario.title)
                ),
                t(
                    "ergänzen Sie `legitimate_interest: …` (Art. 13 Abs. 1 lit. d DSGVO)",
                    "add `legitimate_interest: …` (Art. 13(1)(d) GDPR)",
                ),
            );
        }
        out.push(scenario);
    }
    // Scenarios that follow from features in use.
    let wa = &raw.whatsapp;
    let mut derive = |kind: ScenarioKind, needed: bool| {
        if needed
            && !out.iter().any(|s| s.kind == kind)
            && let Some(t) = scenarios::template(kind)
        {
            out.push(Scenario {
                kind,
                title: vocab.apply(t.title),
                purpose: vocab.apply(t.purpose),
                initiated_by: t.initiated_by,
                data: t.data.iter().map(|d| (*d).to_owned()).collect(),
                legal_basis: t.legal_basis,
                legitimate_interest: t.legitimate_interest.map(str::to_owned),
                retention: scenarios::default_retention(t, &plan),
                note: Some(t.note),
                derived: true,
                index: None,
                en: ScenarioEnglish::resolve(
                    &ScenarioEntry::bare(kind),
                    Some(t),
                    &vocab,
                    &plan,
                    &special_en,
                ),
            });
        }
    };
    derive(
        ScenarioKind::AutoReplies,
        wa.features.contains(&Feature::GreetingMessage)
            || wa.features.contains(&Feature::AwayMessage),
    );
    derive(
        ScenarioKind::AiChatbot,
        wa.features.contains(&Feature::AiBot),
    );
    derive(
        ScenarioKind::Groups,
        wa.features.contains(&Feature::CustomerGroups),
    );
    derive(
        ScenarioKind::CoexistenceImport,
        wa.coexistence
            .as_ref()
            .is_some_and(|co| co.history_shared || co.contacts_shared),
    );
    // What a coexistence setup imported is what the profile says was shared, not the
    // catalogue's maximum.
    if let Some(co) = &wa.coexistence {
        for s in out.iter_mut().filter(|s| {
            s.kind == ScenarioKind::CoexistenceImport
                && (s.derived || s.index.is_some_and(|i| raw.scenarios[i].data.is_none()))
        }) {
            s.data.retain(|d| {
                (co.history_shared || !d.starts_with("Chatverläufe"))
                    && (co.contacts_shared || !d.starts_with("Kontakte"))
            });
            if s.derived || s.index.is_some_and(|i| raw.scenarios[i].title.is_none()) {
                s.title = match (co.history_shared, co.contacts_shared) {
                    (true, true) => "Übernahme von Chatverlauf und Kontakten bei Koexistenz",
                    (false, true) => "Übernahme der Kontakte bei Koexistenz",
                    _ => "Übernahme des Chatverlaufs bei Koexistenz",
                }
                .to_owned();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert!(is_email("info@baeckerei.de"));
        assert!(!is_email("info@baeckerei"));
        assert!(!is_email("info baeckerei.de"));
        assert!(is_international_phone("+49 761 123456"));
        assert!(is_international_phone("+49-30-1234567"));
        assert!(!is_international_phone("0761 123456"));
        assert!(!is_international_phone("+49 (0) 761"));
        assert!(is_email("info_team@firma.example"));
        assert!(is_email("a~b*c&d@büro.example"));
        for bad in [
            "a?bcc=x@y.de",
            "a%40b@y.de",
            "a,b@y.de",
            "a@b@y.de",
            "a@y..de",
            "a@-y.de",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_url(
            "https://firma.example/datenschutz_whatsapp?lang=de&v=2"
        ));
        assert!(!is_url("https://bank.example@evil.example/"));
        assert!(!is_url("https://x.example/<script>"));
        assert!(!is_url("https://x.example/\u{1b}[2J"));
        assert!(is_postal_code("01067"));
        assert!(!is_postal_code("1067"));
    }
}
