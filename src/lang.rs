//! Languages a pack's public texts are written in. German is the authoritative version and is
//! always built; English versions of the texts data subjects read can be added.

use serde::{Deserialize, Serialize};

/// A document language.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// German: every document, the authoritative version.
    De,
    /// English: the public texts only.
    En,
}

impl Lang {
    /// Every language, German first.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// ISO 639-1 code, as in file names and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language of an ISO 639-1 code (`de`, `en`), ignoring case.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// `de` or `en`, whichever matches this language: for a text written in both.
    pub fn pick<T>(self, de: T, en: T) -> T {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }

    /// BCP 47 tag of the documents (`de-DE`, `en-GB`): PDF catalogue and XMP, DOCX `w:lang`.
    /// English is British English, the variant of the official English GDPR text.
    pub fn tag(self) -> &'static str {
        self.pick("de-DE", "en-GB")
    }

    /// File stem of a document in this language: German files keep their stem, others get
    /// the code before the extension (`04-datenschutzhinweise.en`).
    pub fn stem(self, stem: &str) -> String {
        match self {
            Lang::De => stem.to_owned(),
            _ => format!("{stem}.{}", self.code()),
        }
    }

    /// Template name in this language: German templates sit at the top of the set, the
    /// others under their code (`en/04-datenschutzhinweise.md`).
    pub fn template(self, name: &str) -> String {
        match self {
            Lang::De => name.to_owned(),
            _ => format!("{}/{name}", self.code()),
        }
    }
}

/// The languages of a build, German first, each once. German is always built: it is the
/// authoritative version, and an English text is its translation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Languages(Vec<Lang>);

impl Default for Languages {
    fn default() -> Languages {
        Languages(vec![Lang::De])
    }
}

impl Languages {
    /// German and the given languages, German first, duplicates dropped.
    pub fn with(langs: impl IntoIterator<Item = Lang>) -> Languages {
        let mut all: Vec<Lang> = std::iter::once(Lang::De).chain(langs).collect();
        all.sort();
        all.dedup();
        Languages(all)
    }

    /// Parses a comma list of codes (`de,en`, `en`): German is always included.
    pub fn parse(list: &str) -> Result<Languages, String> {
        let mut langs = Vec::new();
        for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            match Lang::from_code(code) {
                Some(l) => langs.push(l),
                None => return Err(code.to_owned()),
            }
        }
        Ok(Languages::with(langs))
    }

    /// Whether the build includes `lang`.
    pub fn contains(&self, lang: Lang) -> bool {
        self.0.contains(&lang)
    }

    /// The languages, German first.
    pub fn iter(&self) -> impl Iterator<Item = Lang> + '_ {
        self.0.iter().copied()
    }

    /// Whether the build is German only (the default).
    pub fn is_german_only(&self) -> bool {
        self.0 == [Lang::De]
    }

    /// The codes, German first (`["de", "en"]`).
    pub fn codes(&self) -> Vec<&'static str> {
        self.iter().map(Lang::code).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::En.pick("Hallo", "Hello"), "Hello");
    }

    #[test]
    fn file_and_template_names() {
        assert_eq!(Lang::De.stem("06-widerruf"), "06-widerruf");
        assert_eq!(Lang::En.stem("06-widerruf"), "06-widerruf.en");
        assert_eq!(Lang::De.template("06-widerruf.md"), "06-widerruf.md");
        assert_eq!(Lang::En.template("06-widerruf.md"), "en/06-widerruf.md");
    }

    #[test]
    fn german_is_always_built() {
        assert_eq!(Languages::parse("en").unwrap().codes(), ["de", "en"]);
        assert_eq!(Languages::parse("en, de,en").unwrap().codes(), ["de", "en"]);
        assert_eq!(Languages::parse("de").unwrap(), Languages::default());
        assert!(Languages::default().is_german_only());
        assert_eq!(Languages::parse("de,fr"), Err("fr".to_owned()));
    }
}
