//! Legal facts as data: supervisory authorities, Meta's entities and terms, the Art. 28 review
//! of those terms, retention periods, the scenario and measure catalogues, German names for
//! profile values. Each table carries the date it was last checked, so a change in the law is
//! a change in one place.

pub mod allergens;
pub mod art28;
pub mod authorities;
pub mod countries;
pub mod dpia;
pub mod labels;
pub mod measures;
pub mod meta;
pub mod retention;
pub mod risks;
pub mod scenarios;
pub mod secrecy;
pub mod vocabulary;
pub mod whatsapp_limits;
