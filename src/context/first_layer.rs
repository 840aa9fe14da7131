//! The chat's first layer and the go-live checklist: two internal sheets for the firm.
//!
//! `whatsapp-texte` holds the texts to copy into WhatsApp: the greeting that carries the short
//! information of Art. 13 GDPR (every document relies on it), the away message, the business
//! profile, the AI disclosure of a chatbot and the consent requests. Each text is built here,
//! counted as WhatsApp counts (Unicode scalar values) and checked against its limit from
//! [`crate::legal::whatsapp_limits`]; the template only arranges them.
//!
//! `checkliste-einfuehrung` is the go-live checklist: what to switch on or check, sign,
//! publish and archive, and the open items of the measures plan of document 2. A measure the
//! documents claim as in force is only ever "checked", never "switched on".
//!
//! Which texts exist: the greeting always (the record and the notice rely on it; where the
//! profile does not declare it, the checklist says to set it up), the away message only when
//! the profile declares it, the business profile always, the AI disclosure only with
//! `whatsapp.ai`, consent requests only for purposes that need consent (and the release from
//! professional secrecy where one is asked).
//!
//! The consent requests read the consent view model of document 3 (`context::consent`): the
//! declaration, identifiers and flags come from there; only the short frame of the chat
//! message is composed here.

use crate::context::RunInfo;
use crate::date::Date;
use crate::lang::Lang;
use crate::legal::whatsapp_limits::{self as limits, Limit};
use crate::legal::{allergens, labels, measures, meta};
use crate::profile::model::*;
use crate::profile::validate::Profile;
use crate::text::{join_und, join_with};
use serde::Serialize;
use serde_json::Value;

/// File stem of the sheet with the texts for WhatsApp.
pub const TEXTS_STEM: &str = "whatsapp-texte";
/// Template of the sheet with the texts for WhatsApp.
pub const TEXTS_TEMPLATE: &str = "whatsapp-texte.md";
/// Title of the sheet with the texts for WhatsApp.
pub const TEXTS_TITLE: &str = "Texte für WhatsApp";
/// File stem of the go-live checklist.
pub const CHECKLIST_STEM: &str = "checkliste-einfuehrung";
/// Template of the go-live checklist.
pub const CHECKLIST_TEMPLATE: &str = "checkliste-einfuehrung.md";
/// Title of the go-live checklist.
pub const CHECKLIST_TITLE: &str = "Checkliste zur Einführung";

/// Header facts of both sheets.
#[derive(Debug, Clone, Serialize)]
struct SheetView {
    title: &'static str,
    version: String,
    stand: String,
}

/// The sheet with the texts for WhatsApp.
#[derive(Debug, Clone, Serialize)]
pub struct TextsView {
    doc: SheetView,
    company_name: String,
    variant: &'static str,
    /// The texts, grouped.
    pub sections: Vec<SectionView>,
    /// Things to insert before a text can be used (missing links).
    pub open_items: Vec<String>,
}

impl TextsView {
    /// For the client of a consultant: instructions to edit the profile become requests to
    /// tell the consultant ([`super::cover::for_client`]).
    pub fn for_client(mut self) -> TextsView {
        for item in &mut self.open_items {
            *item = super::cover::for_client(item);
        }
        self
    }
}

/// A group of texts.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// Heading.
    pub heading: String,
    /// Where and how the texts are used.
    pub intro: String,
    /// The texts.
    pub texts: Vec<TextView>,
    /// Short one-line entries, shown as a table (business profile fields).
    pub table: bool,
}

/// One text to copy.
#[derive(Debug, Clone, Serialize)]
pub struct TextView {
    /// Stable key (`greeting`, `away`, `profile_about`, `consent_a_3` …).
    pub key: String,
    /// Name of the text.
    pub label: String,
    /// Where it goes.
    pub usage: String,
    /// The text as it is entered (paragraphs separated by a blank line).
    pub text: String,
    /// Its paragraphs, each as its lines, for the template.
    pub paragraphs: Vec<Vec<String>>,
    /// Its length in characters.
    pub length: usize,
    /// The limit it is checked against.
    pub limit: Limit,
    /// It fits.
    pub within: bool,
}

impl TextView {
    fn new(
        key: impl Into<String>,
        label: impl Into<String>,
        usage: String,
        paragraphs: Vec<String>,
        limit: Limit,
    ) -> TextView {
        let paragraphs: Vec<String> = paragraphs.into_iter().filter(|p| !p.is_empty()).collect();
        let text = paragraphs.join("\n\n");
        let length = limits::length(&text);
        TextView {
            key: key.into(),
            label: label.into(),
            usage,
            paragraphs: paragraphs
                .iter()
                .map(|p| p.lines().map(str::to_owned).collect())
                .collect(),
            length,
            within: length <= limit.max,
            limit,
            text,
        }
    }
}

/// The go-live checklist.
#[derive(Debug, Clone, Serialize)]
pub struct ChecklistView {
    doc: SheetView,
    company_name: String,
    variant: &'static str,
    /// Groups of items.
    pub groups: Vec<GroupView>,
}

impl ChecklistView {
    /// With English: the English consent page goes online beside the German one (same
    /// folder, the pages link each other), and the English texts for WhatsApp are set up for
    /// people who write in English. Only added when English is built, so a German pack's
    /// checklist stays as it was.
    pub fn with_english(mut self, p: &Profile, page: bool) -> ChecklistView {
        let Some(group) = self
            .groups
            .iter_mut()
            .find(|g| g.heading == "Veröffentlichen und einrichten")
        else {
            return self;
        };
        let at = group
            .items
            .iter()
            .position(|i| i.starts_with("Einwilligungsseite „whatsapp-kontakt.html“"))
            .map_or(group.items.len(), |i| i + 1);
        let mut items = Vec::new();
        if page
            && p.raw
                .consent
                .channels
                .contains(&ConsentChannel::ConsentPage)
        {
            items.push("Englische Einwilligungsseite „whatsapp-kontakt.en.html“ neben der deutschen im selben Verzeichnis hochladen; die Seiten verlinken einander über den relativen Link oben auf der Seite".to_owned());
        }
        items.push("Englische Datenschutzhinweise (04-datenschutzhinweise.en) als eigene Seite veröffentlichen und oben auf der deutschen Seite verlinken („English version“); die englischen Texte verweisen auf die deutsche Adresse".to_owned());
        items.push("Für Personen, die auf Englisch schreiben, die englischen „Texts for WhatsApp“ (whatsapp-texte.en) bereithalten; Einwilligungen auf Englisch mit derselben Kennung wie die deutschen und dem Vermerk „englisch“ protokollieren; „YES“ wie „JA“ und „STOP“ wie das Stichwort behandeln".to_owned());
        for (i, item) in items.into_iter().enumerate() {
            group.items.insert(at + i, item);
        }
        self
    }

    /// For the client of a consultant (see [`TextsView::for_client`]).
    pub fn for_client(mut self) -> ChecklistView {
        for item in self.groups.iter_mut().flat_map(|g| g.items.iter_mut()) {
            *item = super::cover::for_client(item);
        }
        self
    }
}

/// A group of checklist items.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    /// Heading.
    pub heading: &'static str,
    /// Items, each one line.
    pub items: Vec<String>,
}

/// The company name with its legal form, as the controller is named in a short text.
fn legal_name(co: &Company) -> String {
    match co.legal_form.as_deref().map(str::trim) {
        Some(form)
            if !form.is_empty()
                && !co.name.contains(form)
                && !form.to_lowercase().starts_with("einzel")
                && !form.to_lowercase().starts_with("freiberuf") =>
        {
            format!("{} {form}", co.name)
        }
        _ => co.name.clone(),
    }
}

fn sheet(p: &Profile, run: &RunInfo, title: &'static str, lang: Lang) -> SheetView {
    let stand = p.stand.unwrap_or(run.stand);
    SheetView {
        title,
        version: p.raw.document.version.clone(),
        stand: stand.in_lang(lang),
    }
}

fn str_at<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn bool_at(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// Placeholder for a missing link, and the open item it causes.
struct Links {
    privacy: String,
    imprint: Option<String>,
    open: Vec<String>,
    lang: Lang,
}

impl Links {
    fn imprint_or_placeholder(&self) -> &str {
        self.imprint.as_deref().unwrap_or(self.lang.pick(
            "[Link zum Impressum einfügen]",
            "[insert link to legal notice]",
        ))
    }
}

fn links(p: &Profile, lang: Lang) -> Links {
    let co = &p.raw.company;
    let mut open = Vec::new();
    let privacy = match co.privacy_notice_url.as_deref().map(str::trim) {
        Some(url) if !url.is_empty() => url.to_owned(),
        _ => {
            open.push(lang.pick("Adresse der Datenschutzhinweise (Dokument 4) festlegen, im Profil unter „company.privacy_notice_url“ eintragen und in die Texte einsetzen", "Decide the address of the privacy notice (document 4), enter it in the profile under “company.privacy_notice_url” and insert it into the texts").to_owned());
            lang.pick(
                "[Link zu den Datenschutzhinweisen einfügen]",
                "[insert link to privacy notice]",
            )
            .to_owned()
        }
    };
    let imprint = match co.imprint_url.as_deref().map(str::trim) {
        Some(url) if !url.is_empty() => Some(url.to_owned()),
        _ => {
            open.push(lang.pick("Adresse des Impressums im Profil unter „company.imprint_url“ eintragen und in die Texte einsetzen", "Enter the address of the legal notice (Impressum) in the profile under “company.imprint_url” and insert it into the texts").to_owned());
            None
        }
    };
    Links {
        privacy,
        imprint,
        open,
        lang,
    }
}

fn link_lines(l: &Links) -> String {
    match l.lang {
        Lang::De => format!(
            "Datenschutzhinweise: {}\nImpressum: {}",
            l.privacy,
            l.imprint_or_placeholder()
        ),
        Lang::En => format!(
            "Privacy notice: {}\nLegal notice: {}",
            l.privacy,
            l.imprint_or_placeholder()
        ),
    }
}

/// What the chat is for, from the scenarios: those without consent first, those that need it
/// after "mit Ihrer Einwilligung".
fn purpose_sentence(p: &Profile, lang: Lang) -> String {
    let own = |s: &&crate::profile::validate::Scenario| {
        !s.derived
            && !matches!(
                s.kind,
                ScenarioKind::AutoReplies
                    | ScenarioKind::CoexistenceImport
                    | ScenarioKind::AiChatbot
            )
    };
    let title =
        |s: &crate::profile::validate::Scenario| crate::context::consent::scenario_title(s, lang);
    let plain: Vec<String> = p
        .scenarios
        .iter()
        .filter(own)
        .filter(|s| !s.needs_consent())
        .map(title)
        .collect();
    let consent: Vec<String> = p
        .scenarios
        .iter()
        .filter(own)
        .filter(|s| s.needs_consent())
        .map(title)
        .collect();
    let and = lang.pick("sowie", "and");
    match (lang, plain.is_empty(), consent.is_empty()) {
        (Lang::De, false, true) => format!("Wofür: {}.", join_with(&plain, and)),
        (Lang::De, false, false) => format!(
            "Wofür: {}; mit Ihrer Einwilligung auch {}.",
            join_with(&plain, and),
            join_with(&consent, and)
        ),
        (Lang::De, true, false) => format!(
            "Wofür, nur mit Ihrer Einwilligung: {}.",
            join_with(&consent, and)
        ),
        (Lang::De, true, true) => "Wofür: Ihre Anfragen an uns.".to_owned(),
        (Lang::En, false, true) => format!("What for: {}.", join_with(&plain, and)),
        (Lang::En, false, false) => format!(
            "What for: {}; with your consent also {}.",
            join_with(&plain, and),
            join_with(&consent, and)
        ),
        (Lang::En, true, false) => format!(
            "What for, only with your consent: {}.",
            join_with(&consent, and)
        ),
        (Lang::En, true, true) => "What for: your enquiries to us.".to_owned(),
    }
}

/// Who processes what besides the company, in one or two sentences.
fn whatsapp_sentence(p: &Profile, lang: Lang) -> String {
    let own = match lang {
        Lang::De => format!(
            "WhatsApp ({}) verarbeitet Verbindungsdaten als eigener Verantwortlicher, auch in den USA.",
            meta::WHATSAPP_IRELAND.name
        ),
        Lang::En => format!(
            "WhatsApp ({}) processes connection data as a controller in its own right, including in the USA.",
            meta::WHATSAPP_IRELAND.name
        ),
    };
    if p.uses_cloud_api() {
        match (
            p.raw
                .whatsapp
                .provider
                .as_ref()
                .filter(|_| p.uses_provider()),
            lang,
        ) {
            (Some(pr), Lang::De) => format!(
                "{own} Die Nachrichten verarbeiten {} und {} in unserem Auftrag.",
                meta::META_IRELAND.name,
                pr.name
            ),
            (Some(pr), Lang::En) => format!(
                "{own} The messages are processed on our behalf by {} and {}.",
                meta::META_IRELAND.name,
                pr.name
            ),
            (None, Lang::De) => format!(
                "{own} Die Nachrichten verarbeitet {} in unserem Auftrag.",
                meta::META_IRELAND.name
            ),
            (None, Lang::En) => format!(
                "{own} The messages are processed on our behalf by {}.",
                meta::META_IRELAND.name
            ),
        }
    } else {
        own
    }
}

/// The request about sensitive data, in the chat's short form. Follows the rule of the
/// privacy notice (document 4) and the consent texts: the general request where special
/// categories are no part of the service, the boundary of the service where they are.
fn sensitive_sentence(p: &Profile, consents: &Value, lang: Lang) -> String {
    let names: Vec<&str> = p
        .raw
        .special_categories
        .categories
        .iter()
        .filter(|c| **c != SpecialCategory::CriminalOffences)
        .map(|c| match lang {
            Lang::De => labels::special_category(*c),
            Lang::En => crate::context::consent::special_category_en(*c),
        })
        .collect();
    let special = if names.is_empty() {
        lang.pick(
            "Angaben zu Ihrer Gesundheit",
            "Information about your health",
        )
        .to_owned()
    } else {
        join_with(&names, lang.pick("und", "and"))
    };
    let art9 = consents
        .pointer("/secrecy/art9")
        .is_some_and(|v| !v.is_null());
    let any_special = bool_at(consents, "any_special");
    let others = lang.pick(
        "Ausweiskopien und Kontodaten bitte nicht über WhatsApp.",
        "Please do not send copies of ID or bank details via WhatsApp.",
    );
    let mut text = match lang {
        Lang::De if art9 => format!(
            "Angaben zu Ihrer Gesundheit und andere besonders geschützte Daten verarbeiten wir nur, soweit Ihr Anliegen es erfordert{}. {others}",
            if any_special {
                ", darüber hinaus nur mit Ihrer ausdrücklichen Einwilligung"
            } else {
                ""
            }
        ),
        Lang::En if art9 => format!(
            "We process information about your health and other specially protected data only insofar as your request requires it{}. {others}",
            if any_special {
                ", beyond that only with your explicit consent"
            } else {
                ""
            }
        ),
        Lang::De if any_special => {
            format!("{special} bitte nur nach Ihrer ausdrücklichen Einwilligung senden. {others}")
        }
        Lang::En if any_special => format!(
            "Please send {} only after your explicit consent. {others}",
            lower_first(&special)
        ),
        Lang::De
            if p.has_scenario(ScenarioKind::SpecialCategoryData)
                || p.special_categories_regular() =>
        {
            format!("{special} tauschen wir nur aus, soweit unsere Leistung es erfordert. {others}")
        }
        Lang::En
            if p.has_scenario(ScenarioKind::SpecialCategoryData)
                || p.special_categories_regular() =>
        {
            format!(
                "We exchange {} only insofar as our service requires it. {others}",
                lower_first(&special)
            )
        }
        Lang::De => "Bitte senden Sie keine sensiblen Daten wie Angaben zu Ihrer Gesundheit, Ausweiskopien oder Kontodaten.".to_owned(),
        Lang::En => "Please do not send sensitive data such as information about your health, copies of ID or bank details.".to_owned(),
    };
    if let Some(topic) = allergens::topic(p) {
        // The first sentence of the public rule, as in the privacy notice.
        let first = match lang {
            Lang::De => topic.notice.split_inclusive(". ").next(),
            Lang::En => Some(crate::context::consent::allergen_notice_first_en(topic)),
        };
        if let Some(first) = first {
            text.push(' ');
            text.push_str(first.trim_end());
        }
    }
    text
}

/// "Information about …" → "information about …" inside a sentence (English only).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if text.starts_with("Information") => c.to_lowercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

fn stop_sentence(p: &Profile, any_consent: bool, lang: Lang) -> String {
    let keyword = p.raw.withdrawal.keyword.trim();
    let keyword_en = crate::legal::vocabulary::keyword_en(keyword);
    match (lang, any_consent) {
        (Lang::De, true) => format!("Einwilligungen widerrufen Sie jederzeit mit „{keyword}“."),
        (Lang::De, false) => {
            format!("Keine Nachrichten mehr von uns gewünscht? Schreiben Sie „{keyword}“.")
        }
        (Lang::En, true) => format!("You can withdraw consents at any time with “{keyword_en}”."),
        (Lang::En, false) => {
            format!("Don't want any more messages from us? Write “{keyword_en}”.")
        }
    }
}

fn greeting(p: &Profile, consents: &Value, l: &Links) -> TextView {
    let lang = l.lang;
    let co = &p.raw.company;
    let business_name = str_at(consents, "business_name");
    let any_consent = consents
        .get("texts")
        .and_then(Value::as_array)
        .is_some_and(|t| !t.is_empty());
    let legal = legal_name(co);
    let welcome = match (lang, business_name == legal) {
        (Lang::De, true) => "Willkommen!".to_owned(),
        (Lang::De, false) => format!("Willkommen bei {business_name}!"),
        (Lang::En, true) => "Welcome!".to_owned(),
        (Lang::En, false) => format!("Welcome to {business_name}!"),
    };
    let mut first = match lang {
        Lang::De => format!(
            "{welcome} Verantwortlich für diesen Chat: {legal}, {}. {}",
            co.city,
            purpose_sentence(p, lang)
        ),
        Lang::En => format!(
            "{welcome} Controller for this chat: {legal}, {}. {}",
            co.city,
            purpose_sentence(p, lang)
        ),
    };
    if p.raw.whatsapp.ai.is_some() {
        first.push_str(lang.pick(
            " Zuerst antwortet ein KI-Assistent.",
            " An AI assistant answers first.",
        ));
    }
    let mut paragraphs = vec![first];
    let secrecy = consents
        .pointer("/secrecy/active")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if secrecy {
        paragraphs.push(lang.pick("Wir unterliegen der Schweigepflicht: Inhaltlich antworten wir erst nach Ihrer Entbindung (siehe nächste Nachricht; eine erteilte gilt weiter). Bis dahin bitte keine Einzelheiten.", "We are bound by professional secrecy: we answer on the substance only after your release (see next message; a release already given remains valid). Until then, please no details.").to_owned());
    }
    paragraphs.push(whatsapp_sentence(p, lang));
    paragraphs.push(sensitive_sentence(p, consents, lang));
    // Voluntariness stands in the greeting where the limit leaves room; the business
    // profile and the privacy notice always carry it.
    let voluntary = !p
        .raw
        .whatsapp
        .alternative_channels
        .as_ref()
        .is_some_and(Vec::is_empty);
    let voluntary_at = paragraphs.len();
    paragraphs.push(if secrecy {
        match lang {
            Lang::De => format!(
                "Mit „{}“ beenden Sie die Kommunikation mit uns über WhatsApp.",
                p.raw.withdrawal.keyword.trim()
            ),
            Lang::En => format!(
                "With “{}” you end communication with us via WhatsApp.",
                p.raw.withdrawal.keyword.trim()
            ),
        }
    } else {
        stop_sentence(p, any_consent, lang)
    });
    paragraphs.push(link_lines(l));
    let (usage, limit) = match (p.variant(), lang) {
        (Variant::Private, Lang::De) => (
            "Die private App kann keine Begrüßung senden. Nach dem Wechsel zur Business-App als Begrüßungsnachricht einrichten; bis dahin als erste Antwort in jedem neuen Chat senden.".to_owned(),
            limits::GREETING,
        ),
        (Variant::Private, Lang::En) => (
            "The private app cannot send a greeting. After the switch to the Business app, set it up as the greeting message; until then, send it as the first reply in every new chat.".to_owned(),
            limits::GREETING,
        ),
        (Variant::BusinessApp | Variant::BusinessAppCoexistence, Lang::De) => (
            "Business-App: Unternehmenstools › Begrüßungsnachricht. WhatsApp sendet sie bei der ersten Nachricht einer Person und nach 14 Tagen ohne Kontakt.".to_owned(),
            limits::GREETING,
        ),
        (Variant::BusinessApp | Variant::BusinessAppCoexistence, Lang::En) => (
            "Business app: Business tools › Greeting message. WhatsApp sends it on a person's first message and after 14 days without contact.".to_owned(),
            limits::GREETING,
        ),
        (Variant::CloudApi | Variant::CloudApiBsp, Lang::De) => (
            format!(
                "Cloud API: als erste automatische Antwort auf jede neue Unterhaltung in {} hinterlegen. Weil die Person zuerst schreibt, ist es eine gewöhnliche Textnachricht im 24-Stunden-Fenster, keine Vorlagennachricht.",
                inbox(p, lang)
            ),
            limits::TEXT_MESSAGE,
        ),
        (Variant::CloudApi | Variant::CloudApiBsp, Lang::En) => (
            format!(
                "Cloud API: store as the first automatic reply to every new conversation in {}. Because the person writes first, it is an ordinary text message in the 24-hour window, not a template message.",
                inbox(p, lang)
            ),
            limits::TEXT_MESSAGE,
        ),
    };
    if voluntary {
        // Name the other ways where the limit leaves room; the business profile does not
        // list them.
        let alternatives = str_at(consents, "alternatives_text");
        let sentences = match lang {
            Lang::De => [
                format!("WhatsApp ist freiwillig; Sie erreichen uns ebenso {alternatives}."),
                "WhatsApp ist freiwillig.".to_owned(),
            ],
            Lang::En => [
                format!("WhatsApp is voluntary; you can reach us just as well {alternatives}."),
                "WhatsApp is voluntary.".to_owned(),
            ],
        };
        for sentence in sentences.into_iter().filter(|_| !alternatives.is_empty()) {
            let mut with = paragraphs.clone();
            with.insert(voluntary_at, sentence);
            if with.join("\n\n").chars().count() <= limit.max {
                paragraphs = with;
                break;
            }
        }
    }
    TextView::new(
        "greeting",
        lang.pick("Begrüßungsnachricht", "Greeting message"),
        usage,
        paragraphs,
        limit,
    )
}

/// Where Cloud API messages are handled, in words.
fn inbox(p: &Profile, lang: Lang) -> String {
    match (
        p.raw
            .whatsapp
            .provider
            .as_ref()
            .filter(|_| p.uses_provider()),
        lang,
    ) {
        (Some(pr), Lang::De) => format!("der Software von {}", pr.name),
        (Some(pr), Lang::En) => format!("the software of {}", pr.name),
        (None, _) => lang
            .pick("Ihrem eigenen System", "your own system")
            .to_owned(),
    }
}

fn away(p: &Profile, consents: &Value, l: &Links) -> Option<TextView> {
    if !p.has_feature(Feature::AwayMessage) {
        return None;
    }
    let lang = l.lang;
    let mut first = match lang {
        Lang::De => format!(
            "Danke für Ihre Nachricht an {}! Gerade sind wir nicht erreichbar. Wir antworten Ihnen zu unseren Geschäftszeiten, die Sie in unserem WhatsApp-Profil finden.",
            str_at(consents, "business_name")
        ),
        Lang::En => format!(
            "Thank you for your message to {}! We are not available right now. We will answer you during our business hours, which you can find in our WhatsApp profile.",
            str_at(consents, "business_name")
        ),
    };
    if !p.alternative_channels.is_empty() {
        first.push_str(&match lang {
            Lang::De => format!(
                " Sie erreichen uns auch {}.",
                str_at(consents, "alternatives_text")
            ),
            Lang::En => format!(
                " You can also reach us {}.",
                str_at(consents, "alternatives_text")
            ),
        });
    }
    let paragraphs = vec![
        first,
        format!(
            "{}: {}",
            lang.pick("Datenschutzhinweise", "Privacy notice"),
            l.privacy
        ),
    ];
    let (usage, limit) = match (p.uses_app(), lang) {
        (true, Lang::De) => (
            "Business-App: Unternehmenstools › Abwesenheitsnachricht, mit Zeitplan „Außerhalb der Geschäftszeiten“.".to_owned(),
            limits::AWAY,
        ),
        (true, Lang::En) => (
            "Business app: Business tools › Away message, with the schedule “Outside of business hours”.".to_owned(),
            limits::AWAY,
        ),
        (false, Lang::De) => (
            format!(
                "Cloud API: als automatische Antwort außerhalb der Geschäftszeiten in {} hinterlegen.",
                inbox(p, lang)
            ),
            limits::TEXT_MESSAGE,
        ),
        (false, Lang::En) => (
            format!(
                "Cloud API: store as the automatic reply outside business hours in {}.",
                inbox(p, lang)
            ),
            limits::TEXT_MESSAGE,
        ),
    };
    Some(TextView::new(
        "away",
        lang.pick("Abwesenheitsnachricht", "Away message"),
        usage,
        paragraphs,
        limit,
    ))
}

/// The first candidate that fits the limit, else the last one (reported as too long).
fn fitting(candidates: Vec<Vec<String>>, limit: Limit) -> Vec<String> {
    let mut last = Vec::new();
    for c in candidates {
        if limits::length(&c.join("\n\n")) <= limit.max {
            return c;
        }
        last = c;
    }
    last
}

/// Where the business profile is edited.
fn profile_menu(p: &Profile, lang: Lang) -> &'static str {
    match (p.uses_app() || p.variant() == Variant::Private, lang) {
        (true, Lang::De) => "Business-App: Einstellungen › Unternehmenstools › Unternehmensprofil",
        (true, Lang::En) => "Business app: Settings › Business tools › Business profile",
        (false, Lang::De) => {
            "WhatsApp Manager › Telefonnummern › Profil (oder über die Business Profile API)"
        }
        (false, Lang::En) => {
            "WhatsApp Manager › Phone numbers › Profile (or via the Business Profile API)"
        }
    }
}

fn business_profile(p: &Profile, consents: &Value, l: &Links) -> Vec<TextView> {
    let lang = l.lang;
    let co = &p.raw.company;
    let usage_app = match (p.uses_app(), lang) {
        (true, Lang::De) => "Business-App: Einstellungen › Unternehmenstools › Unternehmensprofil",
        (true, Lang::En) => "Business app: Settings › Business tools › Business profile",
        (false, Lang::De) => {
            "WhatsApp Manager › Telefonnummern › Profil (oder über die Business Profile API)"
        }
        (false, Lang::En) => {
            "WhatsApp Manager › Phone numbers › Profile (or via the Business Profile API)"
        }
    };
    let sensitive_by_purpose = crate::legal::risks::sensitive_by_purpose(p)
        || consents
            .pointer("/secrecy/art9")
            .is_some_and(|v| !v.is_null());
    let about = fitting(
        match lang {
            Lang::De => vec![
                vec![if sensitive_by_purpose {
                    "Datenschutzhinweise und Impressum: siehe Beschreibung.".to_owned()
                } else {
                    "Bitte keine sensiblen Daten senden. Datenschutzhinweise und Impressum: siehe Beschreibung.".to_owned()
                }],
                vec!["Datenschutzhinweise: siehe Beschreibung.".to_owned()],
            ],
            Lang::En => vec![
                vec![if sensitive_by_purpose {
                    "Privacy notice and legal notice: see description.".to_owned()
                } else {
                    "Please do not send sensitive data. Privacy notice and legal notice: see description.".to_owned()
                }],
                vec!["Privacy notice: see description.".to_owned()],
            ],
        },
        limits::PROFILE_ABOUT,
    );
    let imprint = l.imprint_or_placeholder();
    let (privacy_wa, privacy, legal_notice) = match lang {
        Lang::De => (
            "Datenschutzhinweise zu WhatsApp",
            "Datenschutzhinweise",
            "Impressum",
        ),
        Lang::En => (
            "Privacy notice for WhatsApp",
            "Privacy notice",
            "Legal notice",
        ),
    };
    let description = fitting(
        vec![
            vec![format!(
                "{}, {}. {privacy_wa}: {} · {legal_notice}: {imprint}",
                legal_name(co),
                co.city,
                l.privacy
            )],
            vec![format!(
                "{}. {privacy}: {} · {legal_notice}: {imprint}",
                legal_name(co),
                l.privacy
            )],
            vec![format!(
                "{privacy}: {} · {legal_notice}: {imprint}",
                l.privacy
            )],
            vec![format!("{privacy}: {}", l.privacy)],
        ],
        limits::PROFILE_DESCRIPTION,
    );
    let (about_label, description_label, address_label, website_label) = match lang {
        Lang::De => ("Info", "Beschreibung", "Adresse", "Website"),
        Lang::En => ("About", "Description", "Address", "Website"),
    };
    let mut out = vec![
        TextView::new(
            "profile_about",
            about_label,
            format!("{usage_app} › {about_label}"),
            about,
            limits::PROFILE_ABOUT,
        ),
        TextView::new(
            "profile_description",
            description_label,
            format!("{usage_app} › {description_label}"),
            description,
            limits::PROFILE_DESCRIPTION,
        ),
        TextView::new(
            "profile_address",
            address_label,
            format!("{usage_app} › {address_label}"),
            vec![format!("{}, {} {}", co.street, co.postal_code, co.city)],
            limits::PROFILE_ADDRESS,
        ),
    ];
    // Two websites are possible: the company's and the privacy notice, which the profile
    // then links directly.
    let mut sites: Vec<String> = Vec::new();
    if let Some(site) = co.website.as_deref().filter(|s| !s.trim().is_empty()) {
        sites.push(site.trim().to_owned());
    }
    sites.push(l.privacy.clone());
    for (i, site) in sites.into_iter().enumerate() {
        out.push(TextView::new(
            format!("profile_website_{}", i + 1),
            format!("{website_label} {}", i + 1),
            format!("{usage_app} › {website_label}"),
            vec![site],
            limits::PROFILE_WEBSITE,
        ));
    }
    out
}

fn ai_notice(p: &Profile, consents: &Value, lang: Lang) -> Option<TextView> {
    let ai = p.raw.whatsapp.ai.as_ref()?;
    let mut text = match lang {
        Lang::De => format!(
            "Hinweis: Hier antwortet zunächst ein KI-Assistent, kein Mensch. Seine Antworten werden automatisch erzeugt. Anbieter des KI-Dienstes: {}.",
            ai.provider
        ),
        Lang::En => format!(
            "Note: an AI assistant, not a human, answers here first. Its answers are generated automatically. Provider of the AI service: {}.",
            ai.provider
        ),
    };
    if ai.human_handover {
        text.push_str(lang.pick(
            " Möchten Sie mit einem Menschen schreiben, sagen Sie es einfach – dann übernimmt unser Team.",
            " If you would like to write with a human, just say so – our team will then take over.",
        ));
    } else if !p.alternative_channels.is_empty() {
        text.push_str(&match lang {
            Lang::De => format!(
                " Eine Person aus unserem Team erreichen Sie {}.",
                str_at(consents, "alternatives_text")
            ),
            Lang::En => format!(
                " You can reach a person from our team {}.",
                str_at(consents, "alternatives_text")
            ),
        });
    }
    if !ai.trains_on_customer_data {
        text.push_str(lang.pick(
            " Ihre Nachrichten werden nicht zum Training von KI-Modellen verwendet.",
            " Your messages are not used to train AI models.",
        ));
    }
    Some(TextView::new(
        "ai_notice",
        lang.pick("KI-Hinweis", "AI notice"),
        lang.pick(
            "Erste Nachricht des Chatbots in jeder neuen Unterhaltung, vor seiner ersten inhaltlichen Antwort.",
            "First message of the chatbot in every new conversation, before its first answer on the substance.",
        )
        .to_owned(),
        vec![text],
        limits::TEXT_MESSAGE,
    ))
}

/// When the AI disclosure duty applies, relative to the Stand date.
fn ai_duty_sentence(stand: Date, lang: Lang) -> String {
    let from = Date::parse(limits::AI_ACT_ART50_FROM);
    let applies = from.is_some_and(|d| stand >= d);
    if lang == Lang::En {
        let date = from.map_or_else(|| limits::AI_ACT_ART50_FROM.to_owned(), |d| d.english());
        return format!(
            "{} requires AI systems that communicate with people to be designed so that the people learn that they are writing with an AI system, unless this is obvious. The duty lies with the provider of the system – whoever develops the chatbot or puts it into service under their own name, which can also be the company itself. The following notice as the chatbot's first message fulfils it in any case; the privacy notice (document 4) describes the processing.",
            if applies {
                format!("Since {date}, {}", crate::context::consent::AI_ACT_ART50_EN)
            } else {
                format!("From {date}, {}", crate::context::consent::AI_ACT_ART50_EN)
            }
        );
    }
    let date = from.map_or_else(|| limits::AI_ACT_ART50_FROM.to_owned(), |d| d.german_long());
    format!(
        "Nach {} {} KI-Systeme, die mit Menschen kommunizieren, so gestaltet sein, dass die Personen erfahren, dass sie mit einem KI-System schreiben, sofern das nicht offensichtlich ist. Die Pflicht trifft den Anbieter des Systems – wer den Chatbot entwickelt oder unter eigenem Namen in Betrieb nimmt, kann das auch das Unternehmen selbst sein. Der folgende Hinweis als erste Nachricht des Chatbots erfüllt sie in jedem Fall; die Datenschutzhinweise (Dokument 4) beschreiben die Verarbeitung.",
        limits::AI_ACT_ART50,
        if applies {
            format!("müssen seit dem {date}")
        } else {
            format!("müssen ab dem {date}")
        }
    )
}

fn consent_requests(p: &Profile, consents: &Value, l: &Links) -> Vec<TextView> {
    let lang = l.lang;
    let keyword = p.raw.withdrawal.keyword.trim();
    let keyword_en = crate::legal::vocabulary::keyword_en(keyword);
    let reply = str_at(consents, "reply_word");
    let business_name = str_at(consents, "business_name");
    let api = p.uses_cloud_api();
    // Requests in the chat are only sent in chats the person started: an ordinary text
    // message in the 24-hour window, also on the Cloud API.
    let chat_limit = limits::TEXT_MESSAGE;
    let secrecy = consents
        .get("secrecy")
        .and_then(|s| s.get("active"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let ai = consents
        .get("ai_text")
        .is_some_and(|v| v.as_str().is_some_and(|t| !t.is_empty()));
    let mut out = Vec::new();
    for t in consents
        .get("texts")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let label = str_at(t, "label");
        let number = t.get("number").and_then(Value::as_u64).unwrap_or(0);
        let age = if bool_at(t, "age_check") {
            lang.pick(
                "Ich bin mindestens 16 Jahre alt. ",
                "I am at least 16 years old. ",
            )
        } else {
            ""
        };
        let notice = t
            .get("notice")
            .and_then(Value::as_str)
            .map(|n| format!(" {n}"))
            .unwrap_or_default();
        let statement = str_at(t, "statement");
        // One message, worded as document 3 describes version a: the question, the
        // declaration, voluntariness and withdrawal, WhatsApp's own role, the link.
        let mut message = match lang {
            Lang::De => format!(
                "{business_name}: Dürfen wir Ihnen „{label}“ über WhatsApp senden? Dann antworten Sie bitte mit „{reply}“: „{age}{statement}“{notice} Freiwillig, Widerruf jederzeit mit „{keyword}“."
            ),
            Lang::En => format!(
                "{business_name}: May we send you “{label}” via WhatsApp? If so, please reply “YES” or “{reply}”: “{age}{statement}”{notice} Voluntary; withdraw at any time with “{keyword_en}”."
            ),
        };
        if !secrecy {
            message.push_str(lang.pick(
                " WhatsApp verarbeitet dabei Verbindungsdaten in eigener Verantwortung, auch in den USA.",
                " WhatsApp processes connection data as a controller in its own right, including in the USA.",
            ));
        }
        if ai {
            message.push_str(lang.pick(
                " Zuerst antwortet ein KI-Chatbot.",
                " An AI chatbot answers first.",
            ));
        }
        if !age.is_empty() {
            // „wir fragen dann Ihre Eltern“ only where the firm has that rule (document 2), and
            // not under professional secrecy: asking the parents would itself disclose that a
            // young person who may decide alone wrote to the firm.
            let secrecy = p.raw.company.professional_secrecy;
            message.push_str(
                if bool_at(t, "parental") && p.has_measure(Measure::AgeCheck) && secrecy {
                    lang.pick(
                        " Unter 16 Jahren bitte nicht selbst antworten, sondern mit Ihren Eltern sprechen oder uns persönlich fragen.",
                        " If you are under 16, please do not reply yourself, but talk to your parents or ask us in person.",
                    )
                } else if bool_at(t, "parental") && p.has_measure(Measure::AgeCheck) {
                    lang.pick(
                        " Unter 16 Jahren bitte nicht selbst antworten; wir fragen dann Ihre Eltern.",
                        " If you are under 16, please do not reply yourself; we will then ask your parents.",
                    )
                } else {
                    lang.pick(
                        " Unter 16 Jahren bitte nicht selbst antworten.",
                        " If you are under 16, please do not reply yourself.",
                    )
                },
            );
        }
        message.push_str(&format!(
            " {}: {}",
            lang.pick("Alle Informationen", "Full information"),
            l.privacy
        ));
        out.push(TextView::new(
            format!("consent_a_{number}"),
            match lang {
                Lang::De => format!("Einwilligungsanfrage „{label}“"),
                Lang::En => format!("Consent request “{label}”"),
            },
            match lang {
                Lang::De => format!(
                    "Im Chat, nur in einem Chat, den die Person begonnen hat; mit der Antwort als Text {} protokollieren.",
                    str_at(t, "id_a")
                ),
                Lang::En => format!(
                    "In the chat, only in a chat the person has started; record with the reply as text {}.",
                    str_at(t, "id_a")
                ),
            },
            vec![message],
            chat_limit,
        ));
        if bool_at(t, "double_opt_in") {
            let (date, form, usage, limit) = match (api, lang) {
                (true, Lang::De) => (
                    "{{1}}",
                    "{{2}}",
                    "Cloud API: als Vorlagennachricht der Kategorie „Utility“ bei Meta einreichen; {{1}} ist das Datum, {{2}} das Formular der Einwilligung.".to_owned(),
                    limits::TEMPLATE_BODY,
                ),
                (true, Lang::En) => (
                    "{{1}}",
                    "{{2}}",
                    "Cloud API: submit to Meta as a template message of the category “Utility”; {{1}} is the date, {{2}} the form of the consent.".to_owned(),
                    limits::TEMPLATE_BODY,
                ),
                (false, Lang::De) => (
                    "[Datum]",
                    "[Formular]",
                    "Nach einer Einwilligung über ein Web- oder Papierformular an die angegebene Nummer senden; Datum und Formular einsetzen.".to_owned(),
                    limits::TEXT_MESSAGE,
                ),
                (false, Lang::En) => (
                    "[date]",
                    "[form]",
                    "After a consent via a web or paper form, send to the number given; insert date and form.".to_owned(),
                    limits::TEXT_MESSAGE,
                ),
            };
            let period = crate::legal::retention::UNCONFIRMED_OPT_IN.period;
            out.push(TextView::new(
                format!("consent_c_{number}"),
                match lang {
                    Lang::De => format!("Bestätigungsanfrage (Double-Opt-in) „{label}“"),
                    Lang::En => format!("Confirmation request (double opt-in) “{label}”"),
                },
                usage,
                vec![match lang {
                    Lang::De => format!(
                        "{business_name}: Sie haben am {date} über {form} in „{label}“ über WhatsApp eingewilligt (Text {}). Bitte bestätigen Sie mit „{reply}“. Ohne Bestätigung schreiben wir Ihnen nicht weiter und löschen Ihre Nummer nach {}. Abmelden jederzeit mit „{keyword}“.",
                        str_at(t, "id_b"),
                        days_dative(period),
                    ),
                    Lang::En => format!(
                        "{business_name}: On {date}, via {form}, you consented to “{label}” via WhatsApp (text {}). Please confirm with “YES” or “{reply}”. Without confirmation, we will not write to you again and will delete your number after {}. Unsubscribe at any time with “{keyword_en}”.",
                        str_at(t, "id_b"),
                        days_en(period),
                    ),
                }],
                limit,
            ));
        }
    }
    if let Some(r) = consents.get("release").filter(|r| !r.is_null()) {
        out.push(TextView::new(
            "release_a",
            lang.pick(
                "Schweigepflichtentbindung",
                "Release from professional secrecy",
            ),
            match lang {
                Lang::De => format!(
                    "Im Chat als erste Antwort auf eine neue Nachricht, bevor inhaltlich geantwortet wird (Dokument 3, Text {}).",
                    str_at(r, "id_a")
                ),
                Lang::En => format!(
                    "In the chat as the first reply to a new message, before answering on the substance (document 3, text {}).",
                    str_at(r, "id_a")
                ),
            },
            match lang {
                Lang::De => vec![
                    format!(
                        "{business_name}: Danke für Ihre Nachricht. Wir unterliegen der Schweigepflicht. Bevor wir Ihnen über WhatsApp antworten, antworten Sie bitte mit „{reply}“, wenn Sie einverstanden sind: „{}“",
                        str_at(r, "statement")
                    ),
                    format!(
                        "Freiwillig – sonst antworten wir Ihnen gern auf anderem Weg: {}. Widerruf jederzeit, etwa mit „{keyword}“. Alle Informationen: {}",
                        str_at(consents, "alternatives_text"),
                        l.privacy
                    ),
                ],
                Lang::En => vec![
                    format!(
                        "{business_name}: Thank you for your message. We are bound by professional secrecy. Before we answer you via WhatsApp, please reply “YES” or “{reply}” if you agree: “{}”",
                        str_at(r, "statement")
                    ),
                    format!(
                        "Voluntary – otherwise we are happy to answer you another way: {}. Withdraw at any time, for example with “{keyword_en}”. Full information: {}",
                        str_at(consents, "alternatives_text"),
                        l.privacy
                    ),
                ],
            },
            chat_limit,
        ));
    }
    out
}

/// "30 Tage nach der Anfrage" → "30 Tagen" (after "nach").
fn days_dative(period: &str) -> String {
    let span = period.trim_end_matches(" nach der Anfrage");
    match span.strip_suffix(" Tage") {
        Some(n) => format!("{n} Tagen"),
        None => span.to_owned(),
    }
}

/// "30 Tage nach der Anfrage" → "30 days".
fn days_en(period: &str) -> String {
    let span = period.trim_end_matches(" nach der Anfrage");
    match span.strip_suffix(" Tage") {
        Some(n) => format!("{n} days"),
        None => span.to_owned(),
    }
}

/// Builds the sheet with the texts for WhatsApp (German).
pub fn texts(p: &Profile, run: &RunInfo) -> TextsView {
    texts_in(p, run, Lang::De)
}

/// Title of the English sheet with the texts for WhatsApp.
pub const TEXTS_TITLE_EN: &str = "Texts for WhatsApp";
/// File stem of the English sheet with the texts for WhatsApp.
pub const TEXTS_STEM_EN: &str = "whatsapp-texte.en";

/// Builds the sheet with the texts for WhatsApp in `lang`: the texts in that language, with
/// the same identifiers and limits as the German ones.
pub fn texts_in(p: &Profile, run: &RunInfo, lang: Lang) -> TextsView {
    let consents =
        serde_json::to_value(crate::context::consent::build_in(p, run, lang)).unwrap_or_default();
    let l = links(p, lang);
    let stand = p.stand.unwrap_or(run.stand);
    let mut sections = vec![SectionView {
        heading: lang
            .pick("Automatische Nachrichten", "Automatic messages")
            .to_owned(),
        intro: lang.pick("Die Begrüßungsnachricht gibt die Kurzinformation nach Art. 13 DSGVO; die vollständigen Hinweise stehen unter dem Link.", "The greeting message gives the brief information under Art. 13 GDPR; the full information is behind the link.").to_owned(),
        texts: std::iter::once(greeting(p, &consents, &l))
            .chain(away(p, &consents, &l))
            .collect(),
        table: false,
    }];
    sections.push(SectionView {
        heading: lang
            .pick("Unternehmensprofil", "Business profile")
            .to_owned(),
        intro: match lang {
            Lang::De => format!(
                "{}. Links sind in „Info“ und „Beschreibung“ nicht anklickbar; die Felder „Website“ sind es.",
                profile_menu(p, lang)
            ),
            Lang::En => format!(
                "{}. Links in “About” and “Description” cannot be clicked; the “Website” fields can.",
                profile_menu(p, lang)
            ),
        },
        texts: business_profile(p, &consents, &l),
        table: true,
    });
    if let Some(ai) = ai_notice(p, &consents, lang) {
        sections.push(SectionView {
            heading: lang.pick("KI-Hinweis", "AI notice").to_owned(),
            intro: ai_duty_sentence(stand, lang),
            texts: vec![ai],
            table: false,
        });
    }
    let private = p.variant() == Variant::Private;
    if private {
        // The private app has no business profile and is no basis for consent requests.
        if let Some(profile) = sections.iter_mut().find(|s| s.table) {
            profile.intro.insert_str(
                0,
                lang.pick(
                    "Erst nach dem Wechsel zur Business-App: Die private App hat kein Unternehmensprofil. ",
                    "Only after the switch to the Business app: the private app has no business profile. ",
                ),
            );
        }
    }
    let requests = consent_requests(p, &consents, &l);
    if !requests.is_empty() {
        sections.push(SectionView {
            heading: lang
                .pick("Einwilligungsanfragen", "Consent requests")
                .to_owned(),
            intro: match lang {
                Lang::De => format!(
                    "{}Wortgleich mit Dokument 3, Teil B; jede Einwilligung mit der Kennung des Textes protokollieren. Niemand wird angeschrieben, nur um eine Einwilligung zu erfragen.",
                    if private {
                        "Nicht vor dem Wechsel von der privaten App verwenden (Dokument 3, Teil B). "
                    } else {
                        ""
                    }
                ),
                Lang::En => format!(
                    "{}Word for word as in document 3, part B; record every consent with the identifier of the text (the same identifier as the German text). Nobody is contacted just to ask for consent.",
                    if private {
                        "Do not use before the switch from the private app (document 3, part B). "
                    } else {
                        ""
                    }
                ),
            },
            texts: requests,
            table: false,
        });
    }
    let mut open_items = l.open;
    for t in sections.iter().flat_map(|s| &s.texts) {
        if !t.within {
            open_items.push(match lang {
                Lang::De => format!(
                    "{} kürzen: {} von {} Zeichen",
                    t.label, t.length, t.limit.max
                ),
                Lang::En => format!(
                    "Shorten {}: {} of {} characters",
                    t.label, t.length, t.limit.max
                ),
            });
        }
    }
    TextsView {
        doc: sheet(p, run, lang.pick(TEXTS_TITLE, TEXTS_TITLE_EN), lang),
        company_name: p.raw.company.name.clone(),
        variant: match lang {
            Lang::De => labels::variant(p.variant()),
            Lang::En => crate::context::consent::variant_en(p.variant()),
        },
        sections,
        open_items,
    }
}

/// "Prüfen, ob aktiv" for a measure the documents claim, "Einschalten" otherwise — unless the
/// measures plan lists it (then it appears there, once).
fn measure_item(p: &Profile, m: Measure, where_: &str, planned: &[String]) -> Option<String> {
    let label = measures::info(m).label;
    if p.has_measure(m) {
        Some(format!("Prüfen: {label} ({where_})"))
    } else if planned.iter().any(|l| l == label) {
        None
    } else {
        // A measure that is the absence of something is switched off, not on.
        let action = match label
            .strip_prefix("Kein ")
            .or_else(|| label.strip_prefix("Keine "))
        {
            Some(thing) => format!("Ausschalten: {thing}"),
            None => format!("Einschalten: {label}"),
        };
        Some(format!(
            "{action} ({where_}); danach im Profil unter „measures“ eintragen"
        ))
    }
}

fn switch_on(p: &Profile, planned: &[String]) -> Vec<String> {
    let wa = &p.raw.whatsapp;
    let mut items = Vec::new();
    if let Some(d) = wa.devices.as_ref().filter(|_| p.uses_app()) {
        items.extend(measure_item(
            p,
            Measure::TwoStepVerification,
            "auf jedem Gerät: Einstellungen › Konto › Verifizierung in zwei Schritten",
            planned,
        ));
        items.extend(measure_item(
            p,
            Measure::AppLock,
            "Bildschirmsperre, Geräteverschlüsselung und App-Sperre auf jedem Gerät",
            planned,
        ));
        items.push(match d.backup {
            Backup::None => "Prüfen: Chat-Backup ist auf jedem Gerät ausgeschaltet, und keine andere Sicherung erfasst die App-Daten (Gerätesicherung in iCloud oder Google, Sicherung am Computer)".to_owned(),
            Backup::EndToEndEncrypted => "Prüfen: Chat-Backup ist Ende-zu-Ende-verschlüsselt (Einstellungen › Chats › Chat-Backup)".to_owned(),
            Backup::Unencrypted => "Chat-Backup Ende-zu-Ende verschlüsseln oder ausschalten (Einstellungen › Chats › Chat-Backup); danach „whatsapp.devices.backup“ im Profil ändern".to_owned(),
        });
        items.push(match d.address_book {
            AddressBook::NoAccess => "Prüfen: WhatsApp hat keinen Zugriff auf die Kontakte (Systemeinstellungen › Apps › WhatsApp Business › Berechtigungen)".to_owned(),
            AddressBook::BusinessOnly => "Prüfen: WhatsApp sieht nur das geschäftliche Adressbuch (Arbeitsprofil oder Diensttelefon nur mit Geschäftskontakten)".to_owned(),
            AddressBook::Full => "Kontaktzugriff von WhatsApp entziehen oder auf ein geschäftliches Adressbuch beschränken; danach „whatsapp.devices.address_book“ im Profil ändern".to_owned(),
        });
        items.push(match d.linked_devices {
            LinkedDevices::None => "Prüfen: keine verknüpften Geräte (Einstellungen › Verknüpfte Geräte)".to_owned(),
            LinkedDevices::Managed => "Prüfen: nur verwaltete Firmenrechner sind verknüpft (Einstellungen › Verknüpfte Geräte)".to_owned(),
            LinkedDevices::Unmanaged => "Verknüpfungen auf privaten oder gemeinsam genutzten Rechnern abmelden (Einstellungen › Verknüpfte Geräte)".to_owned(),
        });
        items.extend(measure_item(
            p,
            Measure::MediaAutoDownloadOff,
            "Einstellungen › Speicher und Daten; Sichtbarkeit von Medien in der Galerie aus",
            planned,
        ));
        if let Some(mdm) = &d.mdm {
            items.push(format!(
                "Prüfen: jedes Gerät ist in {} registriert{}",
                mdm.vendor,
                if mdm.work_container {
                    ", WhatsApp läuft im Arbeitsprofil"
                } else {
                    ""
                }
            ));
        }
    }
    if p.uses_cloud_api() {
        match p.cloud_storage() {
            Some(CloudStorage::LocalStorageDe) => items.push(
                "Prüfen: Speicherung in Deutschland („Local Storage“) ist für die Nummer aktiv"
                    .to_owned(),
            ),
            Some(CloudStorage::NoStorage) => {
                items.push("Prüfen: Einstellung „No Storage“ ist für die Nummer aktiv".to_owned())
            }
            _ => {}
        }
        items.extend(measure_item(
            p,
            Measure::TokenRotation,
            "Zugangstoken sicher ablegen und regelmäßig erneuern",
            planned,
        ));
        items.extend(measure_item(
            p,
            Measure::RoleConcept,
            "Rollen und Rechte im Postfach",
            planned,
        ));
    }
    items
}

fn sign(p: &Profile, planned: &[String]) -> Vec<String> {
    let wa = &p.raw.whatsapp;
    let mut items = Vec::new();
    if !meta::terms_for(p.variant()).is_empty() {
        items.push(match &wa.terms_accepted {
            Some(t) => format!(
                "Prüfen: Annahme der Bedingungen am {} durch {} ist festgehalten",
                Date::parse(&t.accepted_on).map_or_else(|| t.accepted_on.clone(), |d| d.german()),
                t.accepted_by
            ),
            None => "Annahme der Bedingungen festhalten: Datum, Person, Fassung; im Profil unter „whatsapp.terms_accepted“ eintragen".to_owned(),
        });
    }
    if let Some(pr) = wa.provider.as_ref().filter(|_| p.uses_provider()) {
        items.push(match &pr.avv_signed_on {
            Some(_) => format!("Prüfen: Vertrag zur Auftragsverarbeitung mit {} liegt unterschrieben vor", pr.name),
            None => format!("Vertrag zur Auftragsverarbeitung mit {} abschließen (Art. 28 DSGVO; Prüfung in Dokument 5)", pr.name),
        });
        if p.raw.company.professional_secrecy {
            items.extend(measure_item(
                p,
                Measure::ProviderSecrecyClause,
                &format!(
                    "Verschwiegenheitsverpflichtung von {} nach § 203 Abs. 4 StGB",
                    pr.name
                ),
                planned,
            ));
        }
    }
    for pr in &p.raw.processors {
        items.push(match pr.agreement {
            AgreementStatus::Signed => format!(
                "Prüfen: Vertrag zur Auftragsverarbeitung mit {} liegt unterschrieben vor",
                pr.name
            ),
            _ => format!(
                "Vertrag zur Auftragsverarbeitung mit {} abschließen (Art. 28 DSGVO)",
                pr.name
            ),
        });
    }
    let dpo_required = !crate::risk::dpo_reasons(p).is_empty();
    match (&p.raw.dpo, dpo_required) {
        (Some(d), _) => items.push(format!(
            "Prüfen: Benennung von {} ist schriftlich festgehalten und der Aufsichtsbehörde gemeldet (Art. 37 Abs. 7 DSGVO)",
            d.name
        )),
        (None, true) => items.push(
            "Datenschutzbeauftragte Person benennen und der Aufsichtsbehörde melden (Art. 37 DSGVO, § 38 BDSG); danach im Profil unter „dpo“ eintragen".to_owned(),
        ),
        (None, false) => {}
    }
    let private_phones = wa
        .devices
        .as_ref()
        .is_some_and(|d| d.ownership != Ownership::Company);
    if private_phones {
        let managed = wa.devices.as_ref().and_then(|d| d.mdm.as_ref()).is_some();
        items.push(format!(
            "Vereinbarung mit jeder beschäftigten Person, die ihr privates Telefon nutzt: freiwillig, mit Diensttelefon als Alternative; was das Unternehmen auf dem Gerät sieht und löschen darf (nur die geschäftliche App bzw. das Arbeitsprofil); Information nach Art. 13 DSGVO{}",
            if managed {
                "; für die Verwaltungssoftware auf dem privaten Gerät Einwilligung nach § 25 Abs. 1 TDDDG"
            } else {
                ""
            }
        ));
    }
    if p.raw.data_subjects.employees {
        items.extend(measure_item(
            p,
            Measure::UsagePolicy,
            "von allen Beschäftigten, die WhatsApp nutzen, zur Kenntnis genommen",
            planned,
        ));
    }
    items
}

fn publish(p: &Profile, texts: &TextsView) -> Vec<String> {
    let co = &p.raw.company;
    let raw = &p.raw;
    let mut items = Vec::new();
    items.push(match &co.privacy_notice_url {
        Some(url) => format!("Datenschutzhinweise (Dokument 4) unter {url} veröffentlichen, zusammen mit Teil A von Dokument 6"),
        None => "Datenschutzhinweise (Dokument 4) und Teil A von Dokument 6 auf der Website veröffentlichen; Adresse im Profil unter „company.privacy_notice_url“ eintragen".to_owned(),
    });
    if co.imprint_url.is_none() {
        items.push(
            "Impressum prüfen und seine Adresse im Profil unter „company.imprint_url“ eintragen"
                .to_owned(),
        );
    }
    if raw.consent.channels.contains(&ConsentChannel::ConsentPage) {
        items.push(match &raw.consent.page_url {
            Some(url) => format!("Einwilligungsseite „whatsapp-kontakt.html“ unter {url} veröffentlichen"),
            None => "Einwilligungsseite „whatsapp-kontakt.html“ veröffentlichen; Adresse im Profil unter „consent.page_url“ eintragen".to_owned(),
        });
    }
    if raw.consent.channels.contains(&ConsentChannel::QrCode) {
        items.push("Aushang mit QR-Code drucken und gut sichtbar aushängen".to_owned());
    }
    let app = p.uses_app() || p.variant() == Variant::Private;
    let greeting = if p.has_feature(Feature::GreetingMessage) {
        "Begrüßungsnachricht aus „Texte für WhatsApp“ hinterlegen und Wortlaut prüfen".to_owned()
    } else {
        format!(
            "Begrüßungsnachricht aus „Texte für WhatsApp“ {}; im Profil unter „whatsapp.features: greeting_message“ eintragen",
            if app {
                "einrichten"
            } else {
                "als erste automatische Antwort einrichten"
            }
        )
    };
    items.push(greeting);
    if texts
        .sections
        .iter()
        .flat_map(|s| &s.texts)
        .any(|t| t.key == "away")
    {
        items.push("Abwesenheitsnachricht aus „Texte für WhatsApp“ hinterlegen; Geschäftszeiten im WhatsApp-Unternehmensprofil eintragen".to_owned());
    }
    if p.variant() != Variant::Private {
        // The complete business profile is a measure: where the documents claim it, it is
        // checked against the texts; otherwise filled in.
        items.push(if p.has_measure(Measure::BusinessProfileComplete) {
            "Prüfen: WhatsApp-Unternehmensprofil enthält Info, Beschreibung, Adresse und Websites aus „Texte für WhatsApp“".to_owned()
        } else {
            "WhatsApp-Unternehmensprofil mit Info, Beschreibung, Adresse und Websites aus „Texte für WhatsApp“ füllen; danach im Profil unter „measures“ „business_profile_complete“ eintragen".to_owned()
        });
    }
    if texts.sections.iter().any(|s| s.heading == "KI-Hinweis") {
        items.push("KI-Hinweis als erste Nachricht des Chatbots einstellen".to_owned());
    }
    if p.uses_cloud_api()
        && texts
            .sections
            .iter()
            .flat_map(|s| &s.texts)
            .any(|t| t.key.starts_with("consent_c_"))
    {
        items.push(
            "Bestätigungsanfrage (Double-Opt-in) als Vorlagennachricht bei Meta einreichen"
                .to_owned(),
        );
    }
    items
}

fn archive(p: &Profile, consents: &Value) -> Vec<String> {
    let raw = &p.raw;
    let mut items = Vec::new();
    let terms: Vec<String> = meta::terms_for(p.variant())
        .iter()
        .map(|t| match t.version {
            Some(v) => format!("{} ({v})", t.name),
            None => t.name.to_owned(),
        })
        .collect();
    if !terms.is_empty() {
        let place = raw
            .whatsapp
            .terms_accepted
            .as_ref()
            .and_then(|t| t.archived_at.clone());
        items.push(match place {
            Some(place) => {
                format!("Prüfen: PDF-Kopien der angenommenen Bedingungen liegen ab ({place})")
            }
            None => format!(
                "Angenommene Bedingungen als PDF ablegen: {}",
                join_und(&terms)
            ),
        });
    }
    let any_consent = consents
        .get("texts")
        .and_then(Value::as_array)
        .is_some_and(|t| !t.is_empty())
        || consents.get("release").is_some_and(|r| !r.is_null());
    if any_consent {
        items.push(match &raw.consent.log_location {
            Some(place) => format!("Einwilligungen mit Kennung des Textes protokollieren: {place}"),
            None => "Ort für das Einwilligungsprotokoll festlegen (wer, wann, welcher Text, wie); im Profil unter „consent.log_location“ eintragen".to_owned(),
        });
    }
    let summary = crate::risk::assess(p).summary();
    if let Some(dpo) = &raw.dpo {
        items.push(
            if summary.dpia_result == crate::risk::threshold::DpiaResult::ThresholdMemo {
                format!("Vor der Entscheidung: Rat von {} zu Dokument 2 eingeholt und dort festgehalten", dpo.name)
            } else {
                format!("Vor der Entscheidung: Rat von {} zur Datenschutz-Folgenabschätzung eingeholt und in Dokument 2 festgehalten (Art. 35 Abs. 2 DSGVO)", dpo.name)
            },
        );
    }
    if summary.prior_consultation || summary.decision == crate::risk::Decision::Reject {
        if summary.prior_consultation {
            items.push("Vor Beginn der Nutzung: Aufsichtsbehörde konsultiert am … (Art. 36 DSGVO) – oder vorrangige Maßnahmen umgesetzt und Bewertung ohne hohes Restrisiko wiederholt am …".to_owned());
        }
        items.push("Dokument 2 (Risikobewertung): Entscheidung der Geschäftsleitung mit Datum und Unterschrift; eine Freigabe erst, wenn die Bewertung sie zulässt".to_owned());
    } else {
        items.push("Dokument 2 (Risikobewertung) freigeben: Datum und Unterschrift der Geschäftsleitung, dann ablegen".to_owned());
    }
    items.push("Verzeichnis (Dokument 1) und Prüfung der Auftragsverarbeitung (Dokument 5) ablegen; bei jeder Änderung des Profils neu erzeugen".to_owned());
    items
}

/// The open items of the measures plan of document 2 (label, priority).
fn measures_open(p: &Profile, stand: Date) -> Vec<(String, String)> {
    let dpia = serde_json::to_value(crate::context::dpia::build(p, stand)).unwrap_or_default();
    dpia.get("measures_open")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|m| {
            (
                str_at(m, "label").to_owned(),
                str_at(m, "priority").to_owned(),
            )
        })
        .collect()
}

/// What is still to do before go-live, as the checklist lists it: the settings to change (the
/// items of „Einschalten und prüfen“ that are more than a check), the contracts and
/// designations still missing, and the open measures of the plan in document 2 with their
/// priority.
pub fn open_items(p: &Profile, run: &RunInfo) -> OpenItems {
    let stand = p.stand.unwrap_or(run.stand);
    let measures = measures_open(p, stand);
    let planned: Vec<String> = measures.iter().map(|(l, _)| l.clone()).collect();
    // Contracts and designations still missing, as the checklist's signing group words them.
    const GAPS: [&str; 4] = [
        "Vertrag zur Auftragsverarbeitung",
        "Annahme der Bedingungen festhalten",
        "Datenschutzbeauftragte Person benennen",
        "Vereinbarung mit jeder beschäftigten Person",
    ];
    OpenItems {
        settings: switch_on(p, &planned)
            .into_iter()
            .filter(|item| !item.starts_with("Prüfen:"))
            .collect(),
        contracts: sign(p, &planned)
            .into_iter()
            .filter(|item| GAPS.iter().any(|g| item.starts_with(g)))
            .collect(),
        measures,
    }
}

/// What is still open before go-live (see [`open_items`]).
pub struct OpenItems {
    /// Settings to change.
    pub settings: Vec<String>,
    /// Contracts and designations still missing.
    pub contracts: Vec<String>,
    /// Open measures of the plan in document 2: (label, priority).
    pub measures: Vec<(String, String)>,
}

/// Builds the go-live checklist.
pub fn checklist(p: &Profile, run: &RunInfo) -> ChecklistView {
    let stand = p.stand.unwrap_or(run.stand);
    let consents = serde_json::to_value(crate::context::consent::build(p, run)).unwrap_or_default();
    let sheet_texts = texts(p, run);
    let open = measures_open(p, stand);
    let planned: Vec<String> = open.iter().map(|(l, _)| l.clone()).collect();
    let mut groups = vec![
        GroupView {
            heading: "Einschalten und prüfen",
            items: switch_on(p, &planned),
        },
        GroupView {
            heading: "Unterschreiben und festhalten",
            items: sign(p, &planned),
        },
        GroupView {
            heading: "Veröffentlichen und einrichten",
            items: publish(p, &sheet_texts),
        },
        GroupView {
            heading: "Ablegen",
            items: archive(p, &consents),
        },
        GroupView {
            heading: "Offene Maßnahmen (Umsetzung: Maßnahmenplan in Dokument 2)",
            items: open
                .iter()
                .map(|(label, priority)| format!("{label} ({priority})"))
                .collect(),
        },
        GroupView {
            heading: "Texte für WhatsApp kürzen",
            items: sheet_texts
                .sections
                .iter()
                .flat_map(|s| &s.texts)
                .filter(|t| !t.within)
                .map(|t| format!("{}: {} von {} Zeichen", t.label, t.length, t.limit.max))
                .collect(),
        },
    ];
    groups.retain(|g| !g.items.is_empty());
    ChecklistView {
        doc: sheet(p, run, CHECKLIST_TITLE, Lang::De),
        company_name: p.raw.company.name.clone(),
        variant: labels::variant(p.variant()),
        groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::risk::testing::{profile, yaml};

    fn run() -> RunInfo {
        RunInfo {
            stand: Date::new(2026, 11, 28).expect("date"),
            tool_version: "test",
            template_set: "de-test".to_owned(),
        }
    }

    #[test]
    fn legal_form_is_added_once_and_not_for_a_sole_proprietorship() {
        let with = |name: &str, form: &str| {
            let p = profile(
                &yaml(
                    "services",
                    &format!("  legal_form: \"{form}\""),
                    "  variant: cloud_api",
                    "",
                )
                .replace("Test GmbH", name),
            );
            legal_name(&p.raw.company)
        };
        assert_eq!(with("Test GmbH", "GmbH"), "Test GmbH");
        assert_eq!(
            with("Muster & Partner", "PartG mbB"),
            "Muster & Partner PartG mbB"
        );
        assert_eq!(
            with("Praxis Lena Krüger", "Einzelunternehmen"),
            "Praxis Lena Krüger"
        );
    }

    #[test]
    fn unconfirmed_opt_in_period_reads_after_nach() {
        assert_eq!(days_dative("30 Tage nach der Anfrage"), "30 Tagen");
        assert_eq!(days_dative("2 Monate"), "2 Monate");
        assert_eq!(days_en("30 Tage nach der Anfrage"), "30 days");
    }

    #[test]
    fn ai_duty_is_dated_relative_to_the_stand() {
        let before = ai_duty_sentence(Date::new(2026, 5, 1).expect("date"), Lang::De);
        let after = ai_duty_sentence(Date::new(2026, 11, 1).expect("date"), Lang::De);
        assert!(before.contains("ab dem 2. August 2026"), "{before}");
        assert!(after.contains("seit dem 2. August 2026"), "{after}");
        let before = ai_duty_sentence(Date::new(2026, 5, 1).expect("date"), Lang::En);
        let after = ai_duty_sentence(Date::new(2026, 11, 1).expect("date"), Lang::En);
        assert!(
            before.starts_with("From 2 August 2026, Art. 50(1)"),
            "{before}"
        );
        assert!(
            after.starts_with("Since 2 August 2026, Art. 50(1)"),
            "{after}"
        );
    }

    #[test]
    fn cloud_api_greeting_is_a_text_message_and_app_greeting_uses_the_greeting_limit() {
        let api = profile(&yaml("retail", "", "  variant: cloud_api", ""));
        let view = texts(&api, &run());
        let greeting = &view.sections[0].texts[0];
        assert_eq!(greeting.key, "greeting");
        assert_eq!(greeting.limit, limits::TEXT_MESSAGE);
        assert!(greeting.usage.contains("keine Vorlagennachricht"));
        assert!(greeting.text.contains(meta::META_IRELAND.name));

        let app = crate::risk::testing::business_app(
            "    ownership: company\n    count: 1\n    address_book: no_access\n    backup: none",
            "two_step_verification",
        );
        let view = texts(&app, &run());
        assert_eq!(view.sections[0].texts[0].limit, limits::GREETING);
        // Without a declared away message there is no away text.
        assert!(view.sections[0].texts.iter().all(|t| t.key != "away"));
        let checklist = checklist(&app, &run());
        let items: Vec<&String> = checklist.groups.iter().flat_map(|g| &g.items).collect();
        assert!(items.iter().any(|i| i.starts_with("Prüfen: Verifizierung")));
        assert!(
            items
                .iter()
                .any(|i| i.contains("keinen Zugriff auf die Kontakte"))
        );
        assert!(items.iter().any(|i| i.contains("greeting_message")));
    }
}
