//! The profile as written by the user (`RawProfile`): one struct per YAML section, unknown keys
//! rejected. Field names are the YAML keys. Semantic checks happen in [`super::validate`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The only profile format version this release reads.
pub const SCHEMA_VERSION: u32 = 1;

fn default_true() -> bool {
    true
}

fn default_version() -> String {
    "1.0".to_owned()
}

fn default_keyword() -> String {
    "STOP".to_owned()
}

/// A company profile: everything the documents depend on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawProfile {
    /// Format version of this file; currently `1`.
    pub schema_version: u32,
    /// The controller: the company that uses WhatsApp.
    pub company: Company,
    /// Data-protection officer, if one is designated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Dpo>,
    /// Which WhatsApp the company uses and how.
    pub whatsapp: WhatsApp,
    /// Use scenarios: what the company does over WhatsApp.
    #[serde(default)]
    pub scenarios: Vec<ScenarioEntry>,
    /// Whose data is processed.
    #[serde(default)]
    pub data_subjects: DataSubjects,
    /// Special categories of personal data (Art. 9, 10 GDPR) that occur.
    #[serde(default)]
    pub special_categories: SpecialCategories,
    /// How consent is collected and recorded.
    #[serde(default)]
    pub consent: Consent,
    /// How data subjects can withdraw consent or object.
    #[serde(default)]
    pub withdrawal: Withdrawal,
    /// Technical and organisational measures in place (Art. 32 GDPR).
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Further measures in your own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_measures: Vec<String>,
    /// Other processors in the WhatsApp setup (MDM, CRM, archive, AI provider …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processors: Vec<Processor>,
    /// Version, Stand date and owner of the generated documents.
    #[serde(default)]
    pub document: DocumentMeta,
    /// Warnings the company accepts knowingly, each with its reason: they are listed as
    /// accepted in the DPIA instead of being repeated as warnings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted_findings: Vec<AcceptedFinding>,
}

/// A warning accepted knowingly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptedFinding {
    /// Code of the warning, e.g. `DSG004` (`dsgvo-gen explain` lists them). Errors cannot be
    /// accepted.
    pub code: String,
    /// Why the company accepts it, in a sentence; printed in document 02.
    pub reason: String,
    /// Accepted until (YYYY-MM-DD); from the day after, the warning is shown again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// The controller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// Full company name as registered, e.g. `Bäckerei Sonnenschein GmbH`.
    pub name: String,
    /// Legal form, e.g. `GmbH`, `e. K.`, `GbR`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_form: Option<String>,
    /// Street and number.
    pub street: String,
    /// Five-digit German postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
    /// Bundesland of the company seat; determines the supervisory authority.
    pub state: State,
    /// Persons who represent the company (managing directors, owners), with their role.
    pub representatives: Vec<String>,
    /// Commercial register entry, e.g. `Amtsgericht Freiburg HRB 123456`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub register: Option<String>,
    /// Contact e-mail address.
    pub email: String,
    /// Contact phone number in international format, e.g. `+49 761 123456`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Website, e.g. `https://www.example.de`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Where the full privacy notice for WhatsApp is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_notice_url: Option<String>,
    /// Where the imprint (Impressum, § 5 DDG) is published; the consent page, the business
    /// profile text and the printed notice link it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imprint_url: Option<String>,
    /// Sector; drives sector-specific risks and texts.
    pub sector: Sector,
    /// Number of employees (head count).
    pub employees: u32,
    /// Persons regularly processing personal data by automated means (§ 38 BDSG); defaults to
    /// `employees`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persons_processing_data: Option<u32>,
    /// The company is bound by professional secrecy (§ 203 StGB: doctors, therapists, lawyers,
    /// tax advisers …).
    #[serde(default)]
    pub professional_secrecy: bool,
    /// The company also operates WhatsApp for clients as their processor (agency, BSP).
    #[serde(default)]
    pub acts_as_processor: bool,
    /// Regulated profession, where it decides record-keeping duties (patient records, case
    /// files). Without it, the sector decides what can be decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profession: Option<Profession>,
    /// Merchant in the sense of the HGB (Kaufmann), which brings the duty to keep business
    /// letters (§ 257 HGB). Without it, derived from the legal form and the sector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant: Option<bool>,
}

/// Regulated professions with their own record-keeping rules.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Profession {
    /// Doctor (Ärztin/Arzt).
    Physician,
    /// Dentist.
    Dentist,
    /// Psychotherapist.
    Psychotherapist,
    /// Other treating health profession (physiotherapy, occupational or speech therapy,
    /// midwife, Heilpraktiker).
    Therapist,
    /// Care service.
    Care,
    /// Pharmacy.
    Pharmacist,
    /// Lawyer (Rechtsanwältin/Rechtsanwalt).
    Lawyer,
    /// Notary.
    Notary,
    /// Tax adviser.
    TaxAdviser,
    /// Auditor (Wirtschaftsprüfer).
    Auditor,
    /// Veterinarian (Tierärztin/Tierarzt): a liberal profession under § 203 StGB whose
    /// clients are animal owners, not patients.
    Veterinarian,
    /// Another profession.
    Other,
}

/// German federal states (Bundesländer).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum State {
    BadenWuerttemberg,
    Bayern,
    Berlin,
    Brandenburg,
    Bremen,
    Hamburg,
    Hessen,
    MecklenburgVorpommern,
    Niedersachsen,
    NordrheinWestfalen,
    RheinlandPfalz,
    Saarland,
    Sachsen,
    SachsenAnhalt,
    SchleswigHolstein,
    Thueringen,
}

/// Sector of the company.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Bakery, butcher, café, restaurant, catering.
    Food,
    /// Shop with a physical store.
    Retail,
    /// Online shop.
    Ecommerce,
    /// Craft business (Handwerk).
    Craft,
    /// Hotel, holiday flats, tourism.
    Hospitality,
    /// Medical practice, therapy, care, pharmacy.
    Health,
    /// Law firm, notary, tax adviser.
    Legal,
    /// Insurance, finance, banking.
    Finance,
    /// Real estate agency or management.
    RealEstate,
    /// School, training, tutoring.
    Education,
    /// Other services.
    Services,
    /// Anything else.
    Other,
}

/// Data-protection officer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// Name of the DPO.
    pub name: String,
    /// Firm of an external DPO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Contact e-mail address of the DPO.
    pub email: String,
    /// Phone number of the DPO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Postal address if different from the company's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// The WhatsApp product in use.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Variant {
    /// The consumer app — not suitable for business use.
    Private,
    /// WhatsApp Business app on phones.
    BusinessApp,
    /// Business app number also connected to the Cloud API (coexistence).
    BusinessAppCoexistence,
    /// WhatsApp Business Platform (Cloud API) used directly.
    CloudApi,
    /// Cloud API through a Business Solution Provider.
    CloudApiBsp,
}

/// WhatsApp setup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WhatsApp {
    /// Which WhatsApp.
    pub variant: Variant,
    /// The business phone number used for WhatsApp, international format.
    pub business_number: String,
    /// Display name of the business profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Business Solution Provider (required for `cloud_api_bsp` and
    /// `business_app_coexistence`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    /// Cloud API settings (variants `cloud_api`, `cloud_api_bsp`, coexistence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_api: Option<CloudApi>,
    /// Coexistence onboarding choices (variant `business_app_coexistence`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coexistence: Option<Coexistence>,
    /// Phones running the app (app variants).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Devices>,
    /// Features in use.
    #[serde(default)]
    pub features: Vec<Feature>,
    /// AI chatbot or automated replies (required when feature `ai_bot` is used).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai: Option<AiBot>,
    /// Record of accepting WhatsApp's/Meta's business terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_accepted: Option<TermsAcceptance>,
    /// Other channels customers can always use instead of WhatsApp. Default: e-mail, and
    /// phone when the company has a phone number. An empty list means WhatsApp is the only
    /// channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_channels: Option<Vec<Channel>>,
}

/// A Business Solution Provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Company name of the provider.
    pub name: String,
    /// Seat (registered office), e.g. `Berlin, Deutschland`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<String>,
    /// Postal address of the provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Where the provider stores the messages, e.g. `Frankfurt am Main, Deutschland`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting_location: Option<String>,
    /// Legal region of the hosting location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting_region: Option<Region>,
    /// Date the processor agreement with the provider was signed (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avv_signed_on: Option<String>,
    /// Sub-processors of the provider.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_processors: Vec<SubProcessor>,
    /// Link to the provider's sub-processor list or privacy notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_url: Option<String>,
}

/// Legal region of a processing location.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// EU or EEA.
    Eu,
    /// Third country with an adequacy decision (e.g. USA under the Data Privacy Framework).
    Adequate,
    /// Third country without adequacy decision (transfer needs safeguards).
    ThirdCountry,
}

/// A sub-processor of a provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubProcessor {
    /// Company name.
    pub name: String,
    /// Seat of the company.
    pub seat: String,
    /// Where it processes the data.
    pub location: String,
    /// What it does.
    pub purpose: String,
    /// `purpose` in English, for the English documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<PurposeTranslation>,
}

/// The English wording of a free-text purpose (`en: { purpose: … }`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PurposeTranslation {
    /// Purpose in English.
    pub purpose: String,
}

/// Cloud API settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CloudApi {
    /// Data-at-rest setting of the phone number in Meta's Cloud API.
    #[serde(default)]
    pub storage: CloudStorage,
}

/// Cloud API storage configuration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CloudStorage {
    /// Meta's default data centres (USA among them), messages kept up to 30 days.
    #[default]
    MetaDefault,
    /// "Local storage" pinned to Germany.
    LocalStorageDe,
    /// "No storage": short cache only, no persistence at rest.
    NoStorage,
}

/// Coexistence onboarding choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Coexistence {
    /// Up to six months of chat history were shared with the Cloud API / provider.
    pub history_shared: bool,
    /// The app's contacts were shared with the Cloud API / provider.
    pub contacts_shared: bool,
}

/// Phones running WhatsApp.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Devices {
    /// Who owns the phones.
    pub ownership: Ownership,
    /// Number of phones.
    pub count: u32,
    /// Operating systems in use.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<Platform>,
    /// Mobile device management, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mdm: Option<Mdm>,
    /// What the app may see of the phone's address book.
    pub address_book: AddressBook,
    /// Chat backups.
    pub backup: Backup,
    /// Where chat backups go (when `backup` is not `none`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_target: Option<BackupTarget>,
    /// WhatsApp Web / Desktop sessions.
    #[serde(default)]
    pub linked_devices: LinkedDevices,
}

/// Device ownership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Ownership {
    /// Company-owned phones only.
    Company,
    /// Employees' private phones (bring your own device).
    Byod,
    /// Both.
    Mixed,
}

/// Phone operating system.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Platform {
    Android,
    Ios,
}

/// Mobile device management.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mdm {
    /// Product or vendor, e.g. `Microsoft Intune`.
    pub vendor: String,
    /// WhatsApp runs in a separated work profile / container with its own address book.
    pub work_container: bool,
    /// Lost devices can be locked and wiped remotely.
    #[serde(default = "default_true")]
    pub remote_wipe: bool,
}

/// Address-book access of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AddressBook {
    /// The app reads the whole address book of the phone (uploads all numbers).
    Full,
    /// Only a separate business address book (work profile, iOS limited access) with customers
    /// who agreed.
    BusinessOnly,
    /// No access; contacts are kept as WhatsApp-only contacts.
    NoAccess,
}

/// Chat backup setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Backup {
    /// Chat backup switched off.
    None,
    /// Cloud backup with WhatsApp's end-to-end encryption (password or 64-digit key).
    EndToEndEncrypted,
    /// Cloud backup without end-to-end encryption.
    Unencrypted,
}

/// Backup destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum BackupTarget {
    GoogleDrive,
    Icloud,
}

/// Linked devices (WhatsApp Web / Desktop).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LinkedDevices {
    /// Not used.
    #[default]
    None,
    /// Only on managed company computers.
    Managed,
    /// Also on shared or private computers.
    Unmanaged,
}

/// WhatsApp features in use.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    /// Labels to organise chats.
    Labels,
    /// Automatic greeting message.
    GreetingMessage,
    /// Automatic away message.
    AwayMessage,
    /// Product catalogue.
    Catalog,
    /// Broadcast lists / template campaigns.
    BroadcastLists,
    /// Groups with customers.
    CustomerGroups,
    /// AI chatbot or automated answers.
    AiBot,
    /// Payments in WhatsApp.
    Payments,
    /// Click-to-WhatsApp ads on Facebook/Instagram.
    ClickToWhatsappAds,
}

/// AI chatbot setup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AiBot {
    /// Provider of the AI service.
    pub provider: String,
    /// Seat of the provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<String>,
    /// Where the AI service processes data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// What the bot does, e.g. `beantwortet Fragen zu Öffnungszeiten`.
    pub purpose: String,
    /// A person can take over the conversation at any time.
    #[serde(default)]
    pub human_handover: bool,
    /// The provider may use conversations to train its models.
    #[serde(default)]
    pub trains_on_customer_data: bool,
    /// The bot takes decisions with legal or similarly significant effect (Art. 22 GDPR).
    #[serde(default)]
    pub automated_decisions: bool,
    /// `purpose` in English, for the English documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<PurposeTranslation>,
}

impl AiBot {
    /// What the bot does, in `lang` (the German text where the profile gives no English).
    pub fn purpose_in(&self, lang: crate::lang::Lang) -> &str {
        match (&self.en, lang) {
            (Some(en), crate::lang::Lang::En) => &en.purpose,
            _ => &self.purpose,
        }
    }
}

/// Acceptance of WhatsApp's/Meta's business terms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermsAcceptance {
    /// Date of acceptance (YYYY-MM-DD).
    pub accepted_on: String,
    /// Person who accepted.
    pub accepted_by: String,
    /// Where the PDF copies of the accepted terms are archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<String>,
}

/// A communication channel.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Channel {
    Phone,
    Email,
    Post,
    InPerson,
    WebForm,
    CustomerPortal,
}

/// One use scenario. `kind` selects an entry of the built-in catalogue; the other fields
/// override its defaults (and are required for `custom`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScenarioEntry {
    /// Catalogue entry, or `custom`.
    pub kind: ScenarioKind,
    /// Title (required for `custom`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Purpose of the processing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Who starts the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiated_by: Option<Initiator>,
    /// Categories of personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<String>>,
    /// Legal basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    /// Legitimate interest pursued (for `legitimate_interest`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legitimate_interest: Option<String>,
    /// How long the chats of this scenario are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<String>,
    /// English wording of the texts this entry words itself (title, purpose, data, legitimate
    /// interest, retention), for the English documents; the catalogue's own texts need none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<ScenarioTranslation>,
}

impl ScenarioEntry {
    /// The catalogue entry of `kind` as it is, with nothing overridden.
    pub fn bare(kind: ScenarioKind) -> ScenarioEntry {
        ScenarioEntry {
            kind,
            title: None,
            purpose: None,
            initiated_by: None,
            data: None,
            legal_basis: None,
            legitimate_interest: None,
            retention: None,
            en: None,
        }
    }
}

/// The English wording of a scenario's own texts (`scenarios[].en`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScenarioTranslation {
    /// Title in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Purpose in English, worded without "you" or "your": it stands in the privacy notice and
    /// in the consent declaration the person makes ("… for the following purpose: …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Categories of personal data in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<String>>,
    /// Legitimate interest in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legitimate_interest: Option<String>,
    /// Retention in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<String>,
}

/// The built-in scenario catalogue (see `legal::scenarios`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ScenarioKind {
    /// Customer writes first: inquiry, quote request, support.
    CustomerInquiry,
    /// Appointment reminders, order and delivery status.
    ServiceNotifications,
    /// Newsletter and offers.
    Marketing,
    /// Exchange of photos and documents.
    MediaExchange,
    /// Health or other special-category data as part of the service.
    SpecialCategoryData,
    /// Applications and recruiting.
    Recruiting,
    /// Groups, communities, channels.
    Groups,
    /// Greeting and away messages.
    AutoReplies,
    /// AI chatbot answers.
    AiChatbot,
    /// Chat history imported during coexistence onboarding.
    CoexistenceImport,
    /// Your own scenario; all fields required.
    Custom,
}

/// Who starts the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Initiator {
    Customer,
    Company,
    Both,
}

/// Legal basis of a scenario.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Art. 6(1)(a) GDPR.
    Consent,
    /// Art. 6(1)(a) with Art. 9(2)(a) GDPR.
    ExplicitConsent,
    /// Art. 6(1)(b) GDPR.
    Contract,
    /// Art. 6(1)(c) GDPR.
    LegalObligation,
    /// Art. 6(1)(f) GDPR.
    LegitimateInterest,
    /// Art. 9(2)(h) GDPR with § 22(1) no. 1 lit. b BDSG (health professionals).
    HealthCare,
}

/// Whose data is processed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataSubjects {
    /// Customers.
    #[serde(default = "default_true")]
    pub customers: bool,
    /// Prospective customers.
    #[serde(default = "default_true")]
    pub prospects: bool,
    /// Job applicants.
    #[serde(default)]
    pub applicants: bool,
    /// Employees using WhatsApp for the company.
    #[serde(default = "default_true")]
    pub employees: bool,
    /// Contacts at suppliers and business partners.
    #[serde(default)]
    pub business_partners: bool,
    /// Children and teenagers under 16.
    #[serde(default)]
    pub minors: Minors,
    /// Age range of the minors the company addresses, e.g. `{min: 10, max: 17}` for a
    /// tutoring school. Used in the youth section of the privacy notice; a minimum below
    /// WhatsApp's own minimum age is a finding (DSG026).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minors_age: Option<AgeRange>,
    /// How many people the company reaches over WhatsApp.
    #[serde(default)]
    pub scale: Scale,
}

impl Default for DataSubjects {
    fn default() -> Self {
        DataSubjects {
            customers: true,
            prospects: true,
            applicants: false,
            employees: true,
            business_partners: false,
            minors: Minors::default(),
            minors_age: None,
            scale: Scale::default(),
        }
    }
}

/// Minors among the data subjects.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Minors {
    /// Not expected.
    #[default]
    None,
    /// Possible (e.g. a shop teenagers also use).
    Possible,
    /// A target group (tutoring, sports club, youth services).
    TargetGroup,
}

/// An age range in years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    /// Youngest age addressed.
    pub min: u8,
    /// Oldest age addressed.
    pub max: u8,
}

/// How many people are reached.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// Up to about 1,000 people a year.
    #[default]
    Small,
    /// Up to about 10,000 people a year.
    Medium,
    /// More than that.
    Large,
}

/// Special categories of personal data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecialCategories {
    /// Categories that occur.
    #[serde(default)]
    pub categories: Vec<SpecialCategory>,
    /// Whether they are part of the service or only arrive unsolicited.
    #[serde(default)]
    pub occurrence: Occurrence,
}

/// Art. 9(1) and Art. 10 categories.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum SpecialCategory {
    Health,
    Genetic,
    Biometric,
    EthnicOrigin,
    PoliticalOpinions,
    ReligiousBeliefs,
    TradeUnion,
    SexLife,
    CriminalOffences,
}

/// How special categories occur.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Occurrence {
    /// Only when customers send them unasked.
    #[default]
    Incidental,
    /// As a regular part of the service.
    Regular,
}

/// Consent collection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Where consent is asked for.
    #[serde(default = "default_consent_channels")]
    pub channels: Vec<ConsentChannel>,
    /// Marketing consent is confirmed a second time (double opt-in).
    #[serde(default)]
    pub double_opt_in: bool,
    /// Where the consent log is kept (who, when, which text, how).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_location: Option<String>,
    /// Where the consent page `whatsapp-kontakt.html` is (or will be) published; the QR code
    /// and the printed notice lead there. Without it they open the chat directly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_url: Option<String>,
}

fn default_consent_channels() -> Vec<ConsentChannel> {
    vec![ConsentChannel::ConsentPage, ConsentChannel::InChat]
}

impl Default for Consent {
    fn default() -> Self {
        Consent {
            channels: default_consent_channels(),
            double_opt_in: false,
            log_location: None,
            page_url: None,
        }
    }
}

/// Where consent is collected.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ConsentChannel {
    /// The generated consent web page before the chat opens.
    ConsentPage,
    /// A short consent message in the chat.
    InChat,
    /// A checkbox in a web form.
    WebForm,
    /// QR code on a poster, flyer or receipt.
    QrCode,
    /// Paper form.
    Paper,
}

/// Withdrawal and objection channels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    /// Keyword customers send in the chat to withdraw.
    #[serde(default = "default_keyword")]
    pub keyword: String,
    /// E-mail address for withdrawals; defaults to the company e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Withdrawal by letter to the company address.
    #[serde(default = "default_true")]
    pub postal: bool,
    /// Phone number for withdrawals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Web form for withdrawals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_form_url: Option<String>,
}

impl Default for Withdrawal {
    fn default() -> Self {
        Withdrawal {
            keyword: default_keyword(),
            email: None,
            postal: true,
            phone: None,
            web_form_url: None,
        }
    }
}

/// Technical and organisational measures (catalogue in `legal::measures`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Two-step verification PIN on every WhatsApp account.
    TwoStepVerification,
    /// App lock with PIN or biometrics, device encryption and screen lock.
    AppLock,
    /// Staff trained on the WhatsApp policy.
    StaffTraining,
    /// Written WhatsApp usage policy for staff.
    UsagePolicy,
    /// Deletion concept with routine deletion of chats.
    DeletionConcept,
    /// Customers are asked not to send sensitive data; a secure alternative exists.
    SensitiveDataNotice,
    /// No groups with customers.
    NoCustomerGroups,
    /// Automatic media download and saving to the gallery switched off.
    MediaAutoDownloadOff,
    /// Business-relevant chats are exported to an archive system.
    ArchiveExport,
    /// Role and permission concept for the inbox.
    RoleConcept,
    /// API tokens are stored securely and rotated.
    TokenRotation,
    /// Access and activity logging.
    AccessLogging,
    /// Works-council agreement on WhatsApp use.
    WorksCouncilAgreement,
    /// Performance figures only in aggregate, never per employee.
    AggregateKpisOnly,
    /// Neutral, workflow-only labels.
    LabelPolicy,
    /// Procedure for data-subject requests (access, erasure, export).
    DsrProcess,
    /// Suppression list for people who withdrew or objected.
    SuppressionList,
    /// Four-eyes check before bulk messages.
    FourEyesBulkMessages,
    /// Offboarding: number transfer, device wipe, access removal.
    Offboarding,
    /// Separate business number on a dedicated device or work profile.
    DedicatedBusinessNumber,
    /// Verified business profile with display name and privacy link.
    BusinessProfileComplete,
    /// Age check before consent; parents' consent for children under 16.
    AgeCheck,
    /// The provider's contract binds it and its staff to professional secrecy (§ 203(4) StGB).
    ProviderSecrecyClause,
    /// Videos and documents are sent as access-protected links from own hosting, not as files.
    MediaViaLinks,
}

/// Another processor in the setup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    /// Company name.
    pub name: String,
    /// What it does for the company.
    pub role: ProcessorRole,
    /// Seat of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<String>,
    /// Where it processes the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Status of the processor agreement.
    pub agreement: AgreementStatus,
    /// Date the agreement was concluded (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_date: Option<String>,
}

/// Role of another processor.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum ProcessorRole {
    Mdm,
    Crm,
    Helpdesk,
    Backup,
    Archive,
    Ai,
    Hosting,
    Other,
}

/// Status of a processor agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    /// Concluded.
    Signed,
    /// Requested, not yet concluded.
    Pending,
    /// None yet.
    Missing,
}

/// Metadata of the generated documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentMeta {
    /// Version of the document pack, e.g. `1.0`.
    #[serde(default = "default_version")]
    pub version: String,
    /// Stand date (YYYY-MM-DD). Without it: `SOURCE_DATE_EPOCH`, else today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Person responsible for the documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    /// Build the pack as a status report ("Bestandsaufnahme") although the profile has
    /// errors, as `build --force` does; the documents list the open errors.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub status_report: bool,
    /// Write document 02 as a full data-protection impact assessment (Art. 35(7)) even where
    /// the threshold analysis finds none is required; otherwise a short threshold memo.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub full_dpia: bool,
    /// Add to document 05 a processor-agreement proposal to Meta even without a service
    /// provider. Meta does not negotiate its terms with small firms, so by default the review
    /// stands alone; with a provider the proposal is always part of document 05.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub avv_proposal: bool,
    /// Date of the next scheduled review of the documents (YYYY-MM-DD); a finding when it
    /// lies before the Stand date. Without it: twelve months after the approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<String>,
    /// Languages of the documents: German is always built; with `en`, the documents data
    /// subjects read (privacy notice, withdrawal notice, consent texts) also in English, as
    /// `<name>.en.<ext>`. `build --lang` overrides this.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<crate::lang::Lang>,
}

impl Default for DocumentMeta {
    fn default() -> Self {
        DocumentMeta {
            version: default_version(),
            date: None,
            responsible: None,
            status_report: false,
            full_dpia: false,
            avv_proposal: false,
            next_review: None,
            languages: Vec::new(),
        }
    }
}

impl Company {
    /// The name as the controller is named in every document: the registered name, with the
    /// legal form added where the name does not already carry it (`Bäckerei Müller` +
    /// `e. K.` → `Bäckerei Müller e. K.`; a descriptive form such as `Einzelunternehmen`
    /// goes in parentheses).
    /// A sole proprietorship (Einzelunternehmen, e. K., a liberal profession on its own): the
    /// owner is the controller and is not „represented“ by anyone.
    pub fn is_sole_proprietor(&self) -> bool {
        let form: String = self
            .legal_form
            .as_deref()
            .unwrap_or("")
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        form.starts_with("einzel")
            || matches!(
                form.as_str(),
                "ek" | "ekfm" | "ekfr" | "einzelkaufmann" | "einzelkauffrau"
            )
    }

    pub fn full_name(&self) -> String {
        let Some(form) = self
            .legal_form
            .as_deref()
            .map(str::trim)
            .filter(|f| !f.is_empty())
        else {
            return self.name.clone();
        };
        let squash = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric() || *c == '&')
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        if squash(&self.name).contains(&squash(form)) {
            return self.name.clone();
        }
        // Forms that are part of the firm name (§ 19 HGB, § 4 GmbHG, § 2 PartGG …) are
        // appended; descriptions of a status are not.
        const SUFFIXES: [&str; 18] = [
            "gmbh", "ug", "ag", "ek", "ekfm", "ekfr", "ohg", "kg", "gbr", "partg", "mbb", "eg",
            "ev", "se", "kgaa", "ggmbh", "ltd", "co",
        ];
        let is_suffix = std::iter::once(form)
            .chain(form.split_whitespace())
            .any(|w| SUFFIXES.contains(&squash(w).as_str()));
        if is_suffix {
            format!("{} {form}", self.name)
        } else {
            format!("{} ({form})", self.name)
        }
    }
}

#[cfg(test)]
mod company_tests {
    use super::*;

    fn company(name: &str, form: Option<&str>) -> Company {
        let text = include_str!("../../examples/minimal.yaml");
        let loaded = crate::profile::load::load_str("minimal.yaml", text);
        let mut c = loaded.profile.expect("minimal example loads").raw.company;
        c.name = name.to_owned();
        c.legal_form = form.map(str::to_owned);
        c
    }

    #[test]
    fn a_sole_proprietor_is_recognised_by_its_legal_form() {
        for form in ["Einzelunternehmen", "e. K.", "e.Kfr.", "Einzelkaufmann"] {
            assert!(company("X", Some(form)).is_sole_proprietor(), "{form}");
        }
        for form in [Some("GmbH"), Some("GmbH & Co. KG"), Some("PartG mbB"), None] {
            assert!(!company("X", form).is_sole_proprietor(), "{form:?}");
        }
    }

    #[test]
    fn full_name_carries_the_legal_form_once() {
        assert_eq!(
            company("Bäckerei Sonnenschein GmbH", Some("GmbH")).full_name(),
            "Bäckerei Sonnenschein GmbH"
        );
        assert_eq!(
            company("Bäckerei Müller", Some("e. K.")).full_name(),
            "Bäckerei Müller e. K."
        );
        assert_eq!(
            company("Bäckerei Müller e.K.", Some("e. K.")).full_name(),
            "Bäckerei Müller e.K."
        );
        assert_eq!(
            company("Physiopraxis am Park", Some("Einzelunternehmen")).full_name(),
            "Physiopraxis am Park (Einzelunternehmen)"
        );
        assert_eq!(company("Muster", None).full_name(), "Muster");
    }
}
