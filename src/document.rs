//! The six documents of the pack: their order, file stems, titles and templates.

use crate::lang::Lang;
use serde::Serialize;

/// One document of the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum DocumentKind {
    /// Art. 30 record of processing activities.
    Verarbeitungsverzeichnis,
    /// Art. 35 threshold analysis and DPIA.
    Folgenabschaetzung,
    /// Consent texts and use scenarios.
    Einwilligung,
    /// Art. 13/14 privacy notice.
    Datenschutzhinweise,
    /// Art. 28 review and processor-agreement proposal.
    Auftragsverarbeitung,
    /// Withdrawal and objection notice with the internal procedure.
    Widerruf,
}

impl DocumentKind {
    /// All documents in pack order.
    pub const ALL: [DocumentKind; 6] = [
        DocumentKind::Verarbeitungsverzeichnis,
        DocumentKind::Folgenabschaetzung,
        DocumentKind::Einwilligung,
        DocumentKind::Datenschutzhinweise,
        DocumentKind::Auftragsverarbeitung,
        DocumentKind::Widerruf,
    ];

    /// File stem, e.g. `01-verarbeitungsverzeichnis`.
    pub fn stem(self) -> &'static str {
        match self {
            DocumentKind::Verarbeitungsverzeichnis => "01-verarbeitungsverzeichnis",
            DocumentKind::Folgenabschaetzung => "02-datenschutz-folgenabschaetzung",
            DocumentKind::Einwilligung => "03-einwilligung",
            DocumentKind::Datenschutzhinweise => "04-datenschutzhinweise",
            DocumentKind::Auftragsverarbeitung => "05-auftragsverarbeitung",
            DocumentKind::Widerruf => "06-widerruf",
        }
    }

    /// Document title.
    pub fn title(self) -> &'static str {
        match self {
            DocumentKind::Verarbeitungsverzeichnis => "Verzeichnis von Verarbeitungstätigkeiten",
            DocumentKind::Folgenabschaetzung => {
                "Schwellwertanalyse und Datenschutz-Folgenabschätzung"
            }
            DocumentKind::Einwilligung => "Einwilligungstexte und Anwendungsszenarien",
            DocumentKind::Datenschutzhinweise => {
                "Datenschutzhinweise für die WhatsApp-Kommunikation"
            }
            DocumentKind::Auftragsverarbeitung => {
                "Auftragsverarbeitung: Prüfung nach Art. 28 DSGVO"
            }
            DocumentKind::Widerruf => "Hinweise zu Widerruf und Widerspruch (Datenschutz)",
        }
    }

    /// Title for a profile: where the threshold analysis finds that no DPIA is needed,
    /// document 2 is a threshold analysis with a risk assessment, not a DPIA.
    pub fn title_for(self, p: &crate::profile::validate::Profile) -> &'static str {
        if self == DocumentKind::Folgenabschaetzung
            && crate::risk::assess(p).threshold.result
                == crate::risk::threshold::DpiaResult::ThresholdMemo
        {
            "Schwellwertanalyse mit Risikobewertung"
        } else {
            self.title()
        }
    }

    /// Legal core, shown under the title.
    pub fn legal_core(self) -> &'static str {
        match self {
            DocumentKind::Verarbeitungsverzeichnis => "Art. 30 DSGVO",
            DocumentKind::Folgenabschaetzung => "Art. 35 DSGVO, DSK-Kurzpapiere Nr. 5 und 18",
            DocumentKind::Einwilligung => {
                "Art. 6 Abs. 1 lit. a, Art. 7, 8, 9 Abs. 2 lit. a DSGVO; § 7 UWG"
            }
            DocumentKind::Datenschutzhinweise => "Art. 12–14, 21 DSGVO",
            DocumentKind::Auftragsverarbeitung => "Art. 28, 44 ff. DSGVO",
            DocumentKind::Widerruf => "Art. 7 Abs. 3, 12, 17, 21 DSGVO",
        }
    }

    /// The languages the document is written in: German always; English for the documents
    /// data subjects read (`<stem>.en.<ext>`). Internal and authority-facing documents stay
    /// German.
    pub fn languages(self) -> &'static [Lang] {
        match self {
            DocumentKind::Einwilligung
            | DocumentKind::Datenschutzhinweise
            | DocumentKind::Widerruf => &[Lang::De, Lang::En],
            _ => &[Lang::De],
        }
    }

    /// Title in a language: the German title, or its translation where the document has one.
    pub fn title_in(self, p: &crate::profile::validate::Profile, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::De, _) => self.title_for(p),
            (Lang::En, DocumentKind::Datenschutzhinweise) => {
                "Privacy notice for communication via WhatsApp"
            }
            (Lang::En, DocumentKind::Widerruf) => {
                "Withdrawing consent and objecting (data protection)"
            }
            (Lang::En, DocumentKind::Einwilligung) => "Consent texts",
            (Lang::En, _) => self.title_for(p),
        }
    }

    /// Legal core in a language (GDPR citations in the style of the official English text).
    pub fn legal_core_in(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::De, _) => self.legal_core(),
            (Lang::En, DocumentKind::Datenschutzhinweise) => "Art. 12–14, 21 GDPR",
            (Lang::En, DocumentKind::Widerruf) => "Art. 7(3), 12, 17, 21 GDPR",
            (Lang::En, DocumentKind::Einwilligung) => "Art. 6(1)(a), 7, 8, 9(2)(a) GDPR; § 7 UWG",
            (Lang::En, _) => self.legal_core(),
        }
    }

    /// Name of the template that renders it.
    pub fn template(self) -> String {
        format!("{}.md", self.stem())
    }

    /// Position in the pack (1-based).
    pub fn number(self) -> usize {
        DocumentKind::ALL
            .iter()
            .position(|k| *k == self)
            .map_or(0, |i| i + 1)
    }

    /// Published to data subjects as it is (privacy notice, withdrawal notice): such a
    /// document carries title, version and Stand, and nothing about how it was made.
    pub fn is_public(self) -> bool {
        matches!(
            self,
            DocumentKind::Datenschutzhinweise | DocumentKind::Widerruf
        )
    }
}
