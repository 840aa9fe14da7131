//! Shared by the PDF examples: the fixture documents under `tests/fixtures/pdf/` with their
//! metadata, compiled in so the examples run from any directory.

use dsgvo_gen::backend::pdf::PdfMeta;

/// (file stem, Markdown, metadata) of every PDF fixture.
pub fn fixtures() -> Vec<(&'static str, &'static str, PdfMeta)> {
    let meta = |title: &str| PdfMeta {
        title: title.to_string(),
        company: "Müller & Co *GmbH* [1]".to_string(),
        subject: "DSGVO-Dokumentation WhatsApp-Kommunikation".to_string(),
        version: "1.2".to_string(),
        stand: "28.11.2026".to_string(),
        date: (2026, 11, 28),
        keywords: vec!["DSGVO".to_string(), "WhatsApp".to_string()],
        ..Default::default()
    };
    vec![
        (
            "verarbeitungsverzeichnis",
            include_str!("../../tests/fixtures/pdf/verarbeitungsverzeichnis.md"),
            meta("Verzeichnis von Verarbeitungstätigkeiten"),
        ),
        (
            "risikobewertung",
            include_str!("../../tests/fixtures/pdf/risikobewertung.md"),
            meta("Schwellwertanalyse und Datenschutz-Folgenabschätzung"),
        ),
        (
            "widerruf",
            include_str!("../../tests/fixtures/pdf/widerruf.md"),
            meta("Widerrufs- und Widerspruchsbelehrung"),
        ),
    ]
}
