//! How the documents name the people a company serves: customers, patients, clients of a law
//! or tax firm, students, guests. Templates read the words from here, so a practice never
//! speaks of "Kundinnen und Kunden" and "Kundenservice".

use crate::profile::model::{Company, Profession, Sector};
use serde::Serialize;

/// Date these words were last checked against the professions' own usage.
pub const CHECKED_ON: &str = "2026-11-30";

/// The words for the people a company serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Vocabulary {
    /// Nominative/accusative plural: „Patientinnen und Patienten“.
    pub clients: &'static str,
    /// Dative plural: „mit Patientinnen und Patienten“, „mit Schülerinnen und Schülern“.
    pub clients_dat: &'static str,
    /// Short list form before a further group: „Patientinnen, Patienten“.
    pub clients_list: &'static str,
    /// Title of the catalogue's inquiry scenario.
    pub inquiries_title: &'static str,
    /// `clients` in English ("patients"), for the English documents.
    #[serde(skip)]
    pub en_clients: &'static str,
    /// `inquiries_title` in English.
    #[serde(skip)]
    pub en_inquiries_title: &'static str,
}

const CUSTOMERS: Vocabulary = Vocabulary {
    clients: "Kundinnen und Kunden",
    clients_dat: "Kundinnen und Kunden",
    clients_list: "Kundinnen, Kunden",
    inquiries_title: "Kundenanfragen und Kundenservice",
    en_clients: "customers",
    en_inquiries_title: "Customer enquiries and customer service",
};

const PATIENTS: Vocabulary = Vocabulary {
    clients: "Patientinnen und Patienten",
    clients_dat: "Patientinnen und Patienten",
    clients_list: "Patientinnen, Patienten",
    inquiries_title: "Anfragen von Patientinnen und Patienten",
    en_clients: "patients",
    en_inquiries_title: "Enquiries from patients",
};

const CARE: Vocabulary = Vocabulary {
    clients: "Pflegebedürftige und ihre Angehörigen",
    clients_dat: "Pflegebedürftigen und ihren Angehörigen",
    clients_list: "Pflegebedürftige, Angehörige",
    inquiries_title: "Anfragen von Pflegebedürftigen und Angehörigen",
    en_clients: "people in need of care and their relatives",
    en_inquiries_title: "Enquiries from people in need of care and their relatives",
};

const MANDATES: Vocabulary = Vocabulary {
    clients: "Mandantinnen und Mandanten",
    clients_dat: "Mandantinnen und Mandanten",
    clients_list: "Mandantinnen, Mandanten",
    inquiries_title: "Anfragen von Mandantinnen und Mandanten",
    en_clients: "clients",
    en_inquiries_title: "Enquiries from clients",
};

const STUDENTS: Vocabulary = Vocabulary {
    clients: "Schülerinnen und Schüler",
    clients_dat: "Schülerinnen und Schülern",
    clients_list: "Schülerinnen, Schüler",
    inquiries_title: "Anfragen von Schülerinnen, Schülern und Eltern",
    en_clients: "students and their parents",
    en_inquiries_title: "Enquiries from students and parents",
};

const GUESTS: Vocabulary = Vocabulary {
    clients: "Gäste",
    clients_dat: "Gästen",
    clients_list: "Gäste",
    inquiries_title: "Gästeanfragen und Gästeservice",
    en_clients: "guests",
    en_inquiries_title: "Guest enquiries and guest service",
};

/// The vocabulary for a company, by profession where given, else by sector.
pub fn for_company(company: &Company) -> Vocabulary {
    match (company.profession, company.sector) {
        (Some(Profession::Care), _) => CARE,
        (Some(Profession::Pharmacist | Profession::Veterinarian | Profession::Other), _) => {
            CUSTOMERS
        }
        (
            Some(
                Profession::Physician
                | Profession::Dentist
                | Profession::Psychotherapist
                | Profession::Therapist,
            ),
            _,
        )
        | (None, Sector::Health) => PATIENTS,
        (
            Some(
                Profession::Lawyer
                | Profession::Notary
                | Profession::TaxAdviser
                | Profession::Auditor,
            ),
            _,
        )
        | (None, Sector::Legal) => MANDATES,
        (None, Sector::Education) => STUDENTS,
        (None, Sector::Hospitality) => GUESTS,
        (None, _) => CUSTOMERS,
    }
}

impl Vocabulary {
    /// Replaces the catalogue's customer words in a default text with this vocabulary.
    pub fn apply(&self, text: &str) -> String {
        text.replace(CUSTOMERS.inquiries_title, self.inquiries_title)
            .replace(
                "wenn Kundinnen und Kunden uns",
                &format!("wenn {} uns", self.clients),
            )
            .replace(" und Kundenservice,", ",")
            .replace(CUSTOMERS.clients, self.clients)
    }

    /// [`Vocabulary::apply`] for a default text in English.
    pub fn apply_en(&self, text: &str) -> String {
        if *self == CUSTOMERS {
            return text.to_owned();
        }
        text.replace(CUSTOMERS.en_inquiries_title, self.en_inquiries_title)
            .replace(" and customer service when", " when")
            .replace(CUSTOMERS.en_clients, self.en_clients)
    }
}

/// German stop keywords a firm may choose. English texts offer „STOP“ beside them, which the
/// firm's process accepts as well (document 3, part C; the checklist): an English speaker
/// types „STOP“, and should not take „STOPP“ for a typo.
const GERMAN_KEYWORDS: &[&str] = &["STOPP", "ABMELDEN", "ENDE", "ABBESTELLEN"];

/// The stop keyword as English texts print it between quotation marks: the profile's keyword,
/// and „STOP“ beside a German one (`STOPP” or “STOP`, to be printed as “{…}”).
pub fn keyword_en(keyword: &str) -> String {
    let keyword = keyword.trim();
    if GERMAN_KEYWORDS.contains(&keyword.to_uppercase().as_str()) {
        format!("{keyword}” or “STOP")
    } else {
        keyword.to_owned()
    }
}
