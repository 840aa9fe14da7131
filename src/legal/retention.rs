//! Retention periods: statutory record-keeping duties, which depend on merchant status
//! (HGB), tax law (AO) and professional law (BGB for treatment records, BRAO, StBerG), and the
//! tool's suggested periods for chats without such a duty. [`Plan::for_company`] decides which
//! duties apply to a company; every document reads the same plan.

use crate::profile::model::{Company, Profession, Sector};
use serde::Serialize;

/// Date these rules were last checked.
pub const CHECKED_ON: &str = "2026-11-28";

/// A retention rule.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Rule {
    /// Stable key.
    pub key: &'static str,
    /// What it applies to.
    pub applies_to: &'static str,
    /// The same in a few words, for a list of periods.
    pub short: &'static str,
    /// The period in words.
    pub period: &'static str,
    /// Legal basis or reasoning.
    pub basis: &'static str,
    /// A statutory duty to keep (rather than a period the controller sets).
    pub statutory: bool,
    /// `short`, `period` and `basis` in English, for the English documents.
    #[serde(skip)]
    pub en: RuleText,
}

/// The words of a rule in another language than German.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RuleText {
    /// See [`Rule::short`].
    pub short: &'static str,
    /// See [`Rule::period`].
    pub period: &'static str,
    /// See [`Rule::basis`]: German statutes stay as they are cited.
    pub basis: &'static str,
}

impl Rule {
    /// The rule worded in `lang`: itself in German, its [`RuleText`] otherwise.
    pub fn in_lang(&self, lang: crate::lang::Lang) -> Rule {
        match lang {
            crate::lang::Lang::De => *self,
            crate::lang::Lang::En => Rule {
                short: self.en.short,
                period: self.en.period,
                basis: self.en.basis,
                ..*self
            },
        }
    }
}

/// Chats that are commercial or business letters (offers, orders, confirmations); merchants only.
pub const BUSINESS_LETTERS: Rule = Rule {
    key: "business_letters",
    applies_to: "Chats, die Handels- oder Geschäftsbriefe sind (Angebote, Bestellungen, Auftragsbestätigungen, Reklamationen)",
    short: "Geschäftsbriefe",
    period: "6 Jahre ab Ende des Kalenderjahres",
    basis: "§ 257 Abs. 1 Nr. 2 und 3, Abs. 4 und 5 HGB; § 147 Abs. 1 Nr. 2 und 3, Abs. 3 und 4 AO",
    statutory: true,
    en: RuleText {
        short: "business letters",
        period: "6 years from the end of the calendar year",
        basis: "§ 257(1) nos. 2 and 3, (4) and (5) HGB (German Commercial Code); § 147(1) nos. 2 and 3, (3) and (4) AO (German Fiscal Code)",
    },
};

/// Booking documents of a merchant (e.g. invoices sent via WhatsApp).
pub const BOOKING_DOCUMENTS: Rule = Rule {
    key: "booking_documents",
    applies_to: "Buchungsbelege wie Rechnungen, soweit sie über WhatsApp versandt oder empfangen werden",
    short: "Buchungsbelege",
    period: "8 Jahre ab Ende des Kalenderjahres",
    basis: "§ 257 Abs. 1 Nr. 4, Abs. 4 HGB; § 147 Abs. 1 Nr. 4, Abs. 3 AO in der Fassung des Vierten Bürokratieentlastungsgesetzes (seit 1. Januar 2025)",
    statutory: true,
    en: RuleText {
        short: "accounting vouchers",
        period: "8 years from the end of the calendar year",
        basis: "§ 257(1) no. 4, (4) HGB (German Commercial Code); § 147(1) no. 4, (3) AO (German Fiscal Code) as amended with effect from 1 January 2025",
    },
};

/// Tax records of a non-merchant: the AO applies only as far as tax records go.
pub const TAX_RECORDS: Rule = Rule {
    key: "tax_records",
    applies_to: "Rechnungen und andere steuerlich relevante Belege, soweit sie über WhatsApp versandt oder empfangen werden",
    short: "steuerlich relevante Belege",
    period: "8 Jahre ab Ende des Kalenderjahres",
    basis: "§ 147 Abs. 1 Nr. 4, Abs. 3 AO; § 14b Abs. 1 UStG; keine handelsrechtliche Pflicht, weil das Unternehmen kein Kaufmann im Sinne des HGB ist",
    statutory: true,
    en: RuleText {
        short: "records relevant for tax purposes",
        period: "8 years from the end of the calendar year",
        basis: "§ 147(1) no. 4, (3) AO (German Fiscal Code); § 14b(1) UStG (German VAT Act); no duty under commercial law, as the company is not a merchant within the meaning of the HGB",
    },
};

/// Treatment records (patient file).
pub const PATIENT_RECORDS: Rule = Rule {
    key: "patient_records",
    applies_to: "Angaben aus Chats, die in die Patientenakte übernommen werden (für die Behandlung wesentliche Informationen)",
    short: "in die Patientenakte übernommene Angaben",
    period: "10 Jahre nach Abschluss der Behandlung, soweit nicht andere Vorschriften längere Fristen vorsehen",
    basis: "§ 630f Abs. 3 BGB",
    statutory: true,
    en: RuleText {
        short: "information transferred to the patient record",
        period: "10 years after the end of treatment, unless other provisions require longer periods",
        basis: "§ 630f(3) BGB (German Civil Code)",
    },
};

/// Lawyers' case files.
pub const LAWYER_FILES: Rule = Rule {
    key: "lawyer_files",
    applies_to: "Chats und Dateien, die zur Handakte genommen werden",
    short: "zur Handakte genommene Inhalte",
    period: "6 Jahre ab Ende des Kalenderjahres, in dem das Mandat beendet wurde",
    basis: "§ 50 Abs. 1 BRAO",
    statutory: true,
    en: RuleText {
        short: "content taken into the case file",
        period: "6 years from the end of the calendar year in which the mandate ended",
        basis: "§ 50(1) BRAO (Federal Lawyers' Act)",
    },
};

/// Tax advisers' case files.
pub const TAX_ADVISER_FILES: Rule = Rule {
    key: "tax_adviser_files",
    applies_to: "Chats und Dateien, die zur Handakte genommen werden",
    short: "zur Handakte genommene Inhalte",
    period: "10 Jahre ab Ende des Kalenderjahres, in dem der Auftrag beendet wurde",
    basis: "§ 66 Abs. 1 StBerG",
    statutory: true,
    en: RuleText {
        short: "content taken into the case file",
        period: "10 years from the end of the calendar year in which the engagement ended",
        basis: "§ 66(1) StBerG (Tax Advisers Act)",
    },
};

/// Chats without a statutory archiving duty.
pub const GENERAL_CHATS: Rule = Rule {
    key: "general_chats",
    applies_to: "sonstige Chats ohne Aufbewahrungspflicht (allgemeine Anfragen, Terminabsprachen)",
    short: "sonstige Chats",
    period: "6 Monate nach Abschluss des Vorgangs",
    basis: "Speicherbegrenzung, Art. 5 Abs. 1 lit. e DSGVO; Frist vom Verantwortlichen festgelegt",
    statutory: false,
    en: RuleText {
        short: "other chats",
        period: "6 months after the matter is closed",
        basis: "storage limitation, Art. 5(1)(e) GDPR; period set by the controller",
    },
};

/// Proof of consent.
pub const CONSENT_PROOF: Rule = Rule {
    key: "consent_proof",
    applies_to: "Nachweis der Einwilligung (Zeitpunkt, Rufnummer, Textversion, Quelle)",
    short: "Einwilligungsnachweis",
    period: "für die Dauer der Einwilligung und danach 3 Jahre ab Ende des Kalenderjahres des Widerrufs",
    basis: "Nachweispflicht Art. 7 Abs. 1 DSGVO; Art. 17 Abs. 3 lit. e DSGVO; regelmäßige Verjährung § 195 BGB",
    statutory: false,
    en: RuleText {
        short: "proof of consent",
        period: "for the duration of the consent and then 3 years from the end of the calendar year of the withdrawal",
        basis: "duty to demonstrate consent, Art. 7(1) GDPR; Art. 17(3)(e) GDPR; general limitation period, § 195 BGB (German Civil Code)",
    },
};

/// Unconfirmed double-opt-in requests.
pub const UNCONFIRMED_OPT_IN: Rule = Rule {
    key: "unconfirmed_opt_in",
    applies_to: "Rufnummern aus nicht bestätigten Double-Opt-in-Anfragen",
    short: "unbestätigte Double-Opt-in-Anfragen",
    period: "30 Tage nach der Anfrage",
    basis: "Speicherbegrenzung, Art. 5 Abs. 1 lit. e DSGVO; Frist vom Verantwortlichen festgelegt",
    statutory: false,
    en: RuleText {
        short: "unconfirmed double opt-in requests",
        period: "30 days after the request",
        basis: "storage limitation, Art. 5(1)(e) GDPR; period set by the controller",
    },
};

/// Suppression list after withdrawal or objection.
pub const SUPPRESSION_LIST: Rule = Rule {
    key: "suppression_list",
    applies_to: "Sperrliste (Rufnummer und Datum des Widerrufs oder Widerspruchs)",
    short: "Sperrliste",
    period: "solange erforderlich, um den Widerruf oder Widerspruch dauerhaft zu beachten",
    basis: "Art. 6 Abs. 1 lit. c und f DSGVO i. V. m. Art. 21 Abs. 3 DSGVO",
    statutory: false,
    en: RuleText {
        short: "suppression list",
        period: "as long as necessary to respect the withdrawal or objection permanently",
        basis: "Art. 6(1)(c) and (f) GDPR in conjunction with Art. 21(3) GDPR",
    },
};

/// Applicant chats.
pub const APPLICANTS: Rule = Rule {
    key: "applicants",
    applies_to: "Chats mit Bewerberinnen und Bewerbern",
    short: "Bewerbungschats",
    period: "6 Monate nach Abschluss des Bewerbungsverfahrens",
    basis: "Art. 17 Abs. 1 lit. a DSGVO; Frist zur Abwehr von Ansprüchen nach § 15 Abs. 4 AGG, § 61b ArbGG",
    statutory: false,
    en: RuleText {
        short: "chats with applicants",
        period: "6 months after the end of the application process",
        basis: "Art. 17(1)(a) GDPR; period for defending claims under § 15(4) AGG (General Equal Treatment Act), § 61b ArbGG (Labour Courts Act)",
    },
};

/// Copies at Meta's Cloud API.
pub const CLOUD_API_COPIES: Rule = Rule {
    key: "cloud_api",
    applies_to: "Nachrichten auf der Cloud API von Meta (Zwischenspeicher für die Zustellung)",
    short: "Zwischenspeicher der Cloud API",
    period: "bis zu 30 Tage, bei der Einstellung „No Storage“ höchstens eine Stunde",
    basis: "Meta-Dokumentation zur Cloud API; die Speichereinstellung wählt das Unternehmen, die Frist selbst legt Meta fest",
    statutory: false,
    en: RuleText {
        short: "Cloud API cache",
        period: "up to 30 days, with the “No Storage” setting at most one hour",
        basis: "Meta's documentation of the Cloud API; the company chooses the storage setting, Meta sets the period itself",
    },
};

/// Where a company's merchant status comes from, and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MerchantStatus {
    /// Merchant in the sense of the HGB.
    pub merchant: bool,
    /// Why, as a short German justification that fits in parentheses.
    pub reason: &'static str,
}

/// Legal forms that make a company a merchant by form or as a commercial partnership
/// (§ 6 HGB, § 13 Abs. 3 GmbHG, § 3 AktG, § 17 Abs. 2 GenG; OHG/KG §§ 105, 161 HGB), and
/// registered sole traders (e. K.). Matched as whole words, case-insensitively.
const MERCHANT_FORMS: [&str; 15] = [
    "gmbh", "mbh", "ug", "ag", "kgaa", "se", "eg", "ohg", "kg", "e.k.", "e. k.", "e.kfm.",
    "e.kfr.", "e. kfm.", "e. kfr.",
];

/// Legal forms that are no merchants by form: partnership of freelance professionals, civil-law
/// partnership, association.
const NON_MERCHANT_FORMS: [&str; 6] = [
    "partg",
    "partg mbb",
    "partnerschaft",
    "partnerschaftsgesellschaft",
    "gbr",
    "e.v.",
];

/// Is `needle` a whole word of `form` (words split at spaces, `&`, `,`, `(` and `)`)?
fn has_form_word(form: &str, needle: &str) -> bool {
    if needle.contains(' ') || needle.contains('.') {
        // Multi-part abbreviations: a plain substring at a word start is precise enough.
        return form
            .match_indices(needle)
            .any(|(i, _)| i == 0 || !form[..i].ends_with(|c: char| c.is_alphanumeric()));
    }
    form.split(|c: char| c.is_whitespace() || "&,()/-".contains(c))
        .any(|w| w == needle)
}

/// Does the company exercise a freelance profession (not a trade, § 18 EStG; no merchant
/// without a merchant legal form)?
pub fn is_freelance(sector: Sector, profession: Option<Profession>) -> bool {
    match profession {
        Some(Profession::Pharmacist | Profession::Care | Profession::Other) => false,
        Some(_) => true,
        None => matches!(sector, Sector::Health | Sector::Legal | Sector::Education),
    }
}

/// Decides merchant status: an explicit `company.merchant` wins; otherwise the legal form, and
/// for sole traders the presumption of § 1 Abs. 2 HGB for a trade, or its absence for a
/// freelance profession.
pub fn merchant_status(company: &Company) -> MerchantStatus {
    derive_merchant(
        company.merchant,
        company.legal_form.as_deref(),
        company.sector,
        company.profession,
    )
}

/// [`merchant_status`] from the single answers (the interview asks before a company exists).
pub fn derive_merchant(
    stated: Option<bool>,
    legal_form: Option<&str>,
    sector: Sector,
    profession: Option<Profession>,
) -> MerchantStatus {
    if let Some(merchant) = stated {
        return MerchantStatus {
            merchant,
            reason: "nach Angabe des Unternehmens",
        };
    }
    let form = legal_form.unwrap_or("").to_lowercase();
    // "GmbH & Co. KG" and "PartG mbB": test the freelance partnership first, it contains no
    // merchant form word but "mbb".
    if NON_MERCHANT_FORMS.iter().any(|f| has_form_word(&form, f)) {
        return MerchantStatus {
            merchant: false,
            reason: "Rechtsform ohne Kaufmannseigenschaft",
        };
    }
    if MERCHANT_FORMS.iter().any(|f| has_form_word(&form, f)) {
        return MerchantStatus {
            merchant: true,
            reason: "kraft Rechtsform oder Eintragung, §§ 1–6 HGB",
        };
    }
    if is_freelance(sector, profession) {
        MerchantStatus {
            merchant: false,
            reason: "freier Beruf, kein Handelsgewerbe",
        }
    } else {
        MerchantStatus {
            merchant: true,
            reason: "Gewerbebetrieb; ein Handelsgewerbe wird nach § 1 Abs. 2 HGB vermutet",
        }
    }
}

/// Which file the profession keeps and what it is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseFile {
    Patient,
    Lawyer,
    TaxAdviser,
}

fn case_file(company: &Company) -> Option<CaseFile> {
    match company.profession {
        Some(
            Profession::Physician
            | Profession::Dentist
            | Profession::Psychotherapist
            | Profession::Therapist,
        ) => Some(CaseFile::Patient),
        Some(Profession::Lawyer) => Some(CaseFile::Lawyer),
        Some(Profession::TaxAdviser) => Some(CaseFile::TaxAdviser),
        Some(_) => None,
        None if company.sector == Sector::Health => Some(CaseFile::Patient),
        None => None,
    }
}

/// The record-keeping duties that apply to one company, derived once from its profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// Merchant status and its reason.
    pub merchant: MerchantStatus,
    /// Statutory duties, in the order the documents list them.
    pub duties: Vec<Rule>,
    /// The company's file that relevant chat content is moved to („Patientenakte“, „Handakte“,
    /// „Auftragsakte“ …).
    pub file_noun: &'static str,
    /// The same in English ("patient record", "case file" …).
    #[serde(skip)]
    pub file_noun_en: &'static str,
    /// The statutes behind the duties, joined for a legal-basis cell.
    pub statutes: String,
    /// Professional rules could not be decided because the profession is unknown (sector
    /// `legal` without `company.profession`).
    pub profession_unknown: bool,
}

impl Plan {
    /// Derives the plan from the company block.
    pub fn for_company(company: &Company) -> Plan {
        let merchant = merchant_status(company);
        let mut duties = Vec::new();
        if merchant.merchant {
            duties.push(BUSINESS_LETTERS);
            duties.push(BOOKING_DOCUMENTS);
        } else {
            duties.push(TAX_RECORDS);
        }
        let file = case_file(company);
        match file {
            Some(CaseFile::Patient) => duties.push(PATIENT_RECORDS),
            Some(CaseFile::Lawyer) => duties.push(LAWYER_FILES),
            Some(CaseFile::TaxAdviser) => duties.push(TAX_ADVISER_FILES),
            None => {}
        }
        let mut statutes: Vec<&str> = Vec::new();
        if merchant.merchant {
            statutes.push("§ 257 HGB");
        }
        statutes.push("§ 147 AO");
        match file {
            Some(CaseFile::Patient) => statutes.push("§ 630f Abs. 3 BGB"),
            Some(CaseFile::Lawyer) => statutes.push("§ 50 Abs. 1 BRAO"),
            Some(CaseFile::TaxAdviser) => statutes.push("§ 66 Abs. 1 StBerG"),
            None => {}
        }
        // The file in German and English, side by side.
        let file_noun = match file {
            Some(CaseFile::Patient) => ("Patientenakte", "patient record"),
            Some(CaseFile::Lawyer | CaseFile::TaxAdviser) => ("Handakte", "case file"),
            None if company.sector == Sector::Legal => ("Akte", "file"),
            None if company.sector == Sector::Education => (
                "Unterlagen zur Teilnehmerin oder zum Teilnehmer",
                "records of the participant",
            ),
            None if company.sector == Sector::Hospitality => {
                ("Buchungsunterlagen", "booking records")
            }
            None if matches!(
                company.sector,
                Sector::Food | Sector::Retail | Sector::Ecommerce
            ) =>
            {
                ("Bestellunterlagen", "order records")
            }
            None => ("Auftragsunterlagen", "job records"),
        };
        Plan {
            merchant,
            duties,
            file_noun: file_noun.0,
            file_noun_en: file_noun.1,
            statutes: crate::text::join_und(&statutes),
            profession_unknown: company.sector == Sector::Legal && company.profession.is_none(),
        }
    }

    /// Does a duty with this key apply?
    pub fn has(&self, key: &str) -> bool {
        self.duties.iter().any(|r| r.key == key)
    }

    /// The clause a catalogue scenario's default retention gets appended for the statutory
    /// duties its chats can fall under (`None`: no such duty).
    pub fn scenario_clause(
        &self,
        documents_business: bool,
        documents_case: bool,
    ) -> Option<String> {
        self.scenario_clause_in(documents_business, documents_case, crate::lang::Lang::De)
    }

    /// [`Plan::scenario_clause`] in `lang`.
    pub fn scenario_clause_in(
        &self,
        documents_business: bool,
        documents_case: bool,
        lang: crate::lang::Lang,
    ) -> Option<String> {
        let mut parts = Vec::new();
        if documents_business && self.has(BUSINESS_LETTERS.key) {
            // The chat is not the archive: what is a business letter goes into the files and
            // is kept there; the chat follows the scenario's own period.
            parts.push(match lang {
                crate::lang::Lang::De => format!(
                    "Inhalte, die Geschäftsbriefe sind (Angebote, Bestellungen, Auftragsbestätigungen), vorher in die {} übernommen und dort 6 Jahre ab Ende des Kalenderjahres aufbewahrt",
                    self.file_noun
                ),
                crate::lang::Lang::En => format!(
                    "content that is a business letter (quotations, orders, order confirmations) is first transferred to the {} and kept there for 6 years from the end of the calendar year",
                    self.file_noun_en
                ),
            });
        }
        if documents_case {
            for rule in &self.duties {
                let clause = match rule.key {
                    "patient_records" => lang.pick(
                        "in die Patientenakte übernommene Angaben dort 10 Jahre nach Abschluss der Behandlung (§ 630f Abs. 3 BGB)",
                        "information transferred to the patient record is kept there for 10 years after the end of treatment (§ 630f(3) BGB, German Civil Code)",
                    ),
                    "lawyer_files" => lang.pick(
                        "zur Handakte genommene Inhalte dort 6 Jahre ab Ende des Kalenderjahres, in dem das Mandat endet (§ 50 Abs. 1 BRAO)",
                        "content taken into the case file is kept there for 6 years from the end of the calendar year in which the mandate ends (§ 50(1) BRAO, Federal Lawyers' Act)",
                    ),
                    "tax_adviser_files" => lang.pick(
                        "zur Handakte genommene Inhalte dort 10 Jahre ab Ende des Kalenderjahres, in dem der Auftrag endet (§ 66 Abs. 1 StBerG)",
                        "content taken into the case file is kept there for 10 years from the end of the calendar year in which the engagement ends (§ 66(1) StBerG, Tax Advisers Act)",
                    ),
                    _ => continue,
                };
                parts.push(clause.to_owned());
            }
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// The non-statutory rules, in the order the documents list them after the duties.
pub const SET_BY_CONTROLLER: [&Rule; 6] = [
    &GENERAL_CHATS,
    &APPLICANTS,
    &UNCONFIRMED_OPT_IN,
    &CONSENT_PROOF,
    &SUPPRESSION_LIST,
    &CLOUD_API_COPIES,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn company(form: Option<&str>, sector: Sector, profession: Option<Profession>) -> Company {
        let yaml = format!(
            "name: X\nstreet: S 1\npostal_code: '10115'\ncity: Berlin\nstate: berlin\nrepresentatives: [A]\nemail: a@b.de\nsector: {}\nemployees: 3\n",
            serde_json::to_value(sector).unwrap().as_str().unwrap()
        );
        let mut c: Company = serde_saphyr::from_str(&yaml).unwrap();
        c.legal_form = form.map(str::to_owned);
        c.profession = profession;
        c
    }

    #[test]
    fn legal_form_decides_merchant_status() {
        for form in [
            "GmbH",
            "UG (haftungsbeschränkt)",
            "GmbH & Co. KG",
            "AG",
            "Müller e.K.",
            "KG",
        ] {
            assert!(
                merchant_status(&company(Some(form), Sector::Health, None)).merchant,
                "{form}"
            );
        }
        for form in [
            "PartG mbB",
            "GbR",
            "Partnerschaftsgesellschaft",
            "Verein e.V.",
        ] {
            assert!(
                !merchant_status(&company(Some(form), Sector::Food, None)).merchant,
                "{form}"
            );
        }
    }

    #[test]
    fn sole_trader_depends_on_trade_or_profession() {
        let physio = company(Some("Einzelunternehmen"), Sector::Health, None);
        assert!(!merchant_status(&physio).merchant);
        let bakery = company(Some("Einzelunternehmen"), Sector::Food, None);
        assert!(merchant_status(&bakery).merchant);
        let pharmacy = company(None, Sector::Health, Some(Profession::Pharmacist));
        assert!(merchant_status(&pharmacy).merchant);
        // Words that merely contain a form abbreviation do not count.
        let agency = company(Some("Agentur Inhaberin"), Sector::Legal, None);
        assert!(!merchant_status(&agency).merchant);
    }

    #[test]
    fn non_merchant_gets_no_hgb_duty() {
        let plan = Plan::for_company(&company(Some("Einzelunternehmen"), Sector::Health, None));
        assert!(!plan.has("business_letters"));
        assert!(plan.has("tax_records"));
        assert!(plan.has("patient_records"));
        assert!(
            plan.duties
                .iter()
                .all(|r| !r.basis.contains("HGB") || r.basis.contains("keine handelsrechtliche"))
        );
        assert!(!plan.statutes.contains("HGB"));
    }

    #[test]
    fn professions_get_their_case_files() {
        let lawyer = Plan::for_company(&company(
            Some("Einzelkanzlei"),
            Sector::Legal,
            Some(Profession::Lawyer),
        ));
        assert!(lawyer.has("lawyer_files") && !lawyer.has("business_letters"));
        let tax = Plan::for_company(&company(
            Some("Steuerberatungsgesellschaft mbH"),
            Sector::Legal,
            Some(Profession::TaxAdviser),
        ));
        // A "Gesellschaft mbH" is a GmbH: merchant by form, and the case files on top.
        assert!(tax.has("tax_adviser_files") && tax.has("business_letters"));
        let unknown = Plan::for_company(&company(None, Sector::Legal, None));
        assert!(unknown.profession_unknown);
    }
}
