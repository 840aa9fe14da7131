//! PDF backend: behaviour of the layout stage (checked on the display list, not on PDF bytes),
//! determinism of the emitted bytes, and a property test over arbitrary Markdown.

use dsgvo_gen::backend::pdf::display::{Document, Item, Role};
use dsgvo_gen::backend::pdf::{Conformance, PdfMeta, PdfOptions, layout, render, render_with};
use proptest::prelude::*;

const VERZEICHNIS: &str = include_str!("../fixtures/pdf/verarbeitungsverzeichnis.md");
const RISIKO: &str = include_str!("../fixtures/pdf/risikobewertung.md");
const WIDERRUF: &str = include_str!("../fixtures/pdf/widerruf.md");

fn meta(title: &str) -> PdfMeta {
    PdfMeta {
        title: title.into(),
        company: "Müller & Co *GmbH* [1]".into(),
        subject: "DSGVO-Dokumentation WhatsApp-Kommunikation".into(),
        version: "1.2".into(),
        stand: "28.11.2026".into(),
        date: (2026, 11, 28),
        keywords: vec!["DSGVO".into()],
        ..Default::default()
    }
}

fn fixtures() -> Vec<(&'static str, &'static str)> {
    vec![
        ("Verzeichnis von Verarbeitungstätigkeiten", VERZEICHNIS),
        (
            "Schwellwertanalyse und Datenschutz-Folgenabschätzung",
            RISIKO,
        ),
        ("Widerrufs- und Widerspruchsbelehrung", WIDERRUF),
    ]
}

fn is_furniture(role: Role) -> bool {
    matches!(role, Role::Header | Role::Footer)
}

/// Every item lies inside the side margins and the furniture band; body content lies inside
/// the body frame. Returns a description of the first violation.
fn bounds_violation(doc: &Document) -> Option<String> {
    let g = &doc.geometry;
    let eps = 0.05;
    let left = g.margin_x - eps;
    let right = g.width - g.margin_x + eps;
    for (p, page) in doc.pages.iter().enumerate() {
        for item in &page.items {
            let (x0, x1, y0, y1, body, what) = match item {
                Item::Text(r) => (
                    r.x,
                    r.x + r.width,
                    r.top,
                    r.bottom,
                    !is_furniture(r.role),
                    format!("text {:?}", r.text),
                ),
                Item::Rect(r) => {
                    let furniture = r.y < g.body_top - eps || r.y > g.body_bottom + eps;
                    (r.x, r.x + r.w, r.y, r.y + r.h, !furniture, format!("{r:?}"))
                }
                // The letterhead's logo lives in the header band.
                Item::Image(i) => (i.x, i.x + i.w, i.y, i.y + i.h, false, "logo".to_owned()),
            };
            if !(x0.is_finite() && x1.is_finite() && y0.is_finite() && y1.is_finite()) {
                return Some(format!("page {p}: non-finite {what}"));
            }
            if x0 < left || x1 > right {
                return Some(format!(
                    "page {p}: {what} outside side margins ({x0}..{x1})"
                ));
            }
            if y0 < g.furniture_top - eps || y1 > g.furniture_bottom + eps {
                return Some(format!("page {p}: {what} outside page box ({y0}..{y1})"));
            }
            if body && (y0 < g.body_top - eps || y1 > g.body_bottom + eps) {
                return Some(format!("page {p}: {what} outside body frame ({y0}..{y1})"));
            }
        }
        for l in &page.links {
            if l.x < left
                || l.x + l.w > right
                || l.y < g.body_top - eps
                || l.y + l.h > g.body_bottom + eps
            {
                return Some(format!("page {p}: link {:?} outside body frame", l.uri));
            }
        }
    }
    None
}

fn texts(doc: &Document, role: impl Fn(Role) -> bool) -> Vec<String> {
    doc.pages
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|i| match i {
            Item::Text(r) if role(r.role) => Some(r.text.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn fixtures_stay_inside_the_margins() {
    for (title, md) in fixtures() {
        let doc = layout(md, &meta(title));
        assert_eq!(bounds_violation(&doc), None, "{title}");
    }
}

#[test]
fn heading_is_never_last_on_a_page() {
    for (title, md) in fixtures() {
        let doc = layout(md, &meta(title));
        for (p, page) in doc.pages.iter().enumerate() {
            let last_heading = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text(r) if matches!(r.role, Role::Heading(_)) => Some(r.bottom),
                    _ => None,
                })
                .fold(f32::MIN, f32::max);
            if last_heading == f32::MIN {
                continue;
            }
            let below = page.items.iter().any(|i| match i {
                Item::Text(r) => {
                    !is_furniture(r.role)
                        && !matches!(r.role, Role::Heading(_))
                        && r.top > last_heading
                }
                Item::Rect(r) => r.y > last_heading && r.y < doc.geometry.body_bottom,
                Item::Image(_) => false,
            });
            assert!(below, "{title}: heading is last on page {}", p + 1);
        }
    }
}

#[test]
fn table_header_is_repeated_after_a_page_break() {
    let doc = layout(VERZEICHNIS, &meta("Verzeichnis"));
    let mut continued = 0;
    for page in &doc.pages {
        let first = page.items.iter().find_map(|i| match i {
            Item::Text(r) if !is_furniture(r.role) => Some(r),
            _ => None,
        });
        if let Some(run) = first {
            assert_ne!(
                run.role,
                Role::Cell(false),
                "body row at the top of a page without header"
            );
            if run.role == Role::Cell(true) {
                continued += 1;
            }
        }
    }
    assert!(
        continued >= 1,
        "the long table in the fixture should continue on a new page"
    );
    // The repeated header carries the same labels.
    let headers = texts(&doc, |r| r == Role::Cell(true));
    assert!(
        headers
            .iter()
            .filter(|t| t.as_str() == "Löschfrist")
            .count()
            >= 2
    );
}

#[test]
fn title_block_shows_title_once_with_meta() {
    let doc = layout(
        VERZEICHNIS,
        &meta("Verzeichnis von Verarbeitungstätigkeiten"),
    );
    let title: String = texts(&doc, |r| r == Role::Title).join(" ");
    assert!(title.contains("Verzeichnis von"), "{title}");
    assert!(title.contains("Müller & Co *GmbH* [1]"), "{title}");
    assert!(
        title.contains("1.2") && title.contains("28.11.2026"),
        "{title}"
    );
    let h1 = texts(&doc, |r| r == Role::Heading(1));
    assert!(h1.is_empty(), "title printed again as heading: {h1:?}");
    assert_eq!(doc.outline[0].level, 1);
    assert_eq!(
        doc.outline[0].title,
        "Verzeichnis von Verarbeitungstätigkeiten"
    );
}

#[test]
fn outline_lists_every_heading_in_order() {
    let doc = layout(VERZEICHNIS, &meta("Verzeichnis"));
    let titles: Vec<&str> = doc.outline.iter().map(|e| e.title.as_str()).collect();
    let expected = [
        "Verzeichnis von Verarbeitungstätigkeiten",
        "1. Angaben zum Verantwortlichen",
        "2. Verarbeitungstätigkeit: Kundenkommunikation über WhatsApp Business",
        "2.1 Zwecke der Verarbeitung",
        "2.2 Rechtsgrundlagen",
        "2.2.1 Besondere Kategorien personenbezogener Daten",
        "2.3 Kategorien betroffener Personen und Daten",
        "2.4 Empfänger und Übermittlungen in Drittländer",
        "2.5 Technische und organisatorische Maßnahmen",
        "3. Änderungshistorie",
    ];
    assert_eq!(titles, expected);
    let levels: Vec<u8> = doc.outline.iter().map(|e| e.level).collect();
    assert_eq!(levels, [1, 2, 2, 3, 3, 4, 3, 3, 3, 2]);
    for e in &doc.outline {
        assert!(e.page < doc.pages.len());
    }
}

#[test]
fn footer_counts_pages_and_header_names_company() {
    let doc = layout(VERZEICHNIS, &meta("Verzeichnis"));
    let n = doc.pages.len();
    assert!(n >= 2);
    for (i, page) in doc.pages.iter().enumerate() {
        let footer: Vec<&str> = page
            .items
            .iter()
            .filter_map(|it| match it {
                Item::Text(r) if r.role == Role::Footer => Some(&*r.text),
                _ => None,
            })
            .collect();
        assert!(
            footer.contains(&format!("Seite {} von {n}", i + 1).as_str()),
            "{footer:?}"
        );
        assert!(
            footer
                .iter()
                .any(|t| t.contains("Version 1.2") && t.contains("Stand 28.11.2026"))
        );
        let header: Vec<&str> = page
            .items
            .iter()
            .filter_map(|it| match it {
                Item::Text(r) if r.role == Role::Header => Some(&*r.text),
                _ => None,
            })
            .collect();
        if i == 0 {
            assert!(header.is_empty(), "page 1 has the title block: {header:?}");
        } else {
            assert!(header.contains(&"Müller & Co *GmbH* [1]"), "{header:?}");
        }
    }
}

#[test]
fn running_header_wraps_a_long_title_instead_of_cutting_it() {
    let mut m = meta("Auftragsverarbeitung: Prüfung der Bedingungen und Vertragsvorschlag");
    m.company = "Physiotherapie- und Rehabilitationspraxis am Stadtpark Musterstadt GmbH".into();
    let doc = layout(VERZEICHNIS, &m);
    assert!(doc.pages.len() >= 2);
    let header: Vec<String> = doc.pages[1]
        .items
        .iter()
        .filter_map(|it| match it {
            Item::Text(r) if r.role == Role::Header => Some(r.text.to_string()),
            _ => None,
        })
        .collect();
    let joined = header.join(" ");
    assert!(!joined.contains('\u{2026}'), "{header:?}");
    assert!(joined.contains("Vertragsvorschlag"), "{header:?}");
    assert!(joined.contains(m.company.as_str()), "{header:?}");
    assert_eq!(bounds_violation(&doc), None);
}

#[test]
fn escaped_values_raw_html_and_no_break_spaces_print_literally() {
    let doc = layout(VERZEICHNIS, &meta("Verzeichnis"));
    let all = texts(&doc, |_| true).join("");
    assert!(all.contains("Müller & Co *GmbH* [1]"));
    assert!(all.contains("<br>"), "inline HTML must be printed");
    let risk = layout(RISIKO, &meta("Risiko"));
    let all = texts(&risk, |_| true).join("");
    assert!(
        all.contains("<div class=\"unterschrift\">"),
        "block HTML must be printed"
    );
    // "Art. 6" never broken: every "Art." at a line end would be followed by a no-break space.
    for t in texts(&doc, |r| r == Role::Body) {
        assert!(
            !t.trim_end().ends_with("Art."),
            "line ends with 'Art.': {t:?}"
        );
    }
}

#[test]
fn risk_matrix_is_drawn_as_a_figure() {
    let doc = layout(RISIKO, &meta("Risiko"));
    let fig = texts(&doc, |r| r == Role::Figure);
    for needle in [
        "R2, R5",
        "R3, R4",
        "hohes Risiko",
        "geringes Risiko",
        "groß",
        "geringfügig",
    ] {
        assert!(
            fig.iter().any(|t| t == needle),
            "{needle} missing in {fig:?}"
        );
    }
    // Cells are filled with the three class colours.
    let fills: std::collections::BTreeSet<(u8, u8, u8)> = doc
        .pages
        .iter()
        .flat_map(|p| p.items.iter())
        .filter_map(|i| match i {
            Item::Rect(r) if r.w > 20.0 && r.h > 20.0 => Some((r.color.0, r.color.1, r.color.2)),
            _ => None,
        })
        .collect();
    assert!(fills.len() >= 3, "{fills:?}");
    // The marker table is not printed as an ordinary table.
    assert!(
        !texts(&doc, |r| matches!(r, Role::Cell(_)))
            .iter()
            .any(|t| t == "R2, R5")
    );
}

#[test]
fn row_taller_than_a_page_is_split_not_lost() {
    let long = "Zeile mit Text. ".repeat(900);
    let md = format!("# T\n\n| A | B |\n| --- | --- |\n| kurz | {long} |\n| x | y |\n");
    let doc = layout(&md, &meta("T"));
    assert_eq!(bounds_violation(&doc), None);
    assert!(doc.pages.len() >= 3);
    let cells = texts(&doc, |r| r == Role::Cell(false));
    assert!(cells.iter().any(|t| t == "y"));
}

#[test]
fn long_words_and_urls_are_broken_inside_the_margins() {
    let url = format!("https://example.org/{}", "x".repeat(300));
    let md = format!(
        "# T\n\n{url}\n\nDatenschutz-Folgenabschätzungsverfahrensdokumentation{}\n\n| {} |\n|---|\n| a |\n",
        "sehrlang".repeat(30),
        "Z".repeat(400)
    );
    let doc = layout(&md, &meta("T"));
    assert_eq!(bounds_violation(&doc), None);
}

#[test]
fn render_is_a_small_pdf_with_metadata() {
    for (title, md) in fixtures() {
        let bytes = render(md, &meta(title)).expect("render");
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.len() < 120 * 1024, "{title}: {} bytes", bytes.len());
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("pdfaid:part"), "PDF/A identification missing");
        assert!(
            text.contains("<pdfaid:conformance>A"),
            "PDF/A-2a by default"
        );
        assert!(
            text.contains("pdfuaid:part"),
            "PDF/UA identification missing"
        );
        assert!(text.contains("/StructTreeRoot"), "not tagged");
        assert!(text.contains("de-DE"));
    }
    let plain = render_with(
        WIDERRUF,
        &meta("W"),
        &PdfOptions {
            conformance: Conformance::Plain,
            accessible: false,
        },
    )
    .expect("render");
    assert!(plain.starts_with(b"%PDF-"));
    assert!(!String::from_utf8_lossy(&plain).contains("pdfaid:part"));
    let unicode = PdfOptions {
        conformance: Conformance::PdfA2u,
        accessible: false,
    };
    for (title, md) in fixtures() {
        let bytes = render_with(md, &meta(title), &unicode).expect("PDF/A-2u");
        assert!(String::from_utf8_lossy(&bytes).contains("<pdfaid:conformance>U"));
    }
}

#[test]
fn render_is_byte_identical_twice_and_across_threads() {
    let m = meta("Verzeichnis von Verarbeitungstätigkeiten");
    let first = render(VERZEICHNIS, &m).expect("render");
    let second = render(VERZEICHNIS, &m).expect("render");
    assert!(first == second, "two renders in one process differ");
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let m = m.clone();
            std::thread::spawn(move || render(VERZEICHNIS, &m).expect("render"))
        })
        .collect();
    for h in handles {
        let bytes = h.join().expect("thread");
        assert!(bytes == first, "a render on another thread differs");
    }
    // The document ID follows the content.
    let other = render(WIDERRUF, &m).expect("render");
    assert_ne!(other, first);
}

#[test]
fn empty_and_odd_documents_render() {
    for md in [
        "",
        "\n\n",
        "# ",
        "---",
        "> ",
        "- ",
        "|a|\n|-|\n",
        "\u{0}\u{feff}\u{e000}x",
        "<!-- -->",
    ] {
        let doc = layout(md, &meta("Leer"));
        assert!(!doc.pages.is_empty());
        assert_eq!(bounds_violation(&doc), None, "{md:?}");
        render(md, &meta("Leer")).unwrap_or_else(|e| panic!("{md:?}: {e}"));
    }
}

/// Markdown-ish building blocks so random documents exercise the real constructs.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("# Titel\n".to_string()),
        Just("## 2. Abschnitt\n".to_string()),
        Just("### 2.1 Unterabschnitt\n".to_string()),
        Just("#### a) Punkt\n".to_string()),
        Just("\n".to_string()),
        Just("- ".to_string()),
        Just("  - ".to_string()),
        Just("    1. ".to_string()),
        Just("1) ".to_string()),
        Just("> ".to_string()),
        Just("---\n".to_string()),
        Just("```\ncode\n```\n".to_string()),
        Just("| A | B |\n| :-- | --: |\n| x | y |\n".to_string()),
        Just("| a |\n|---|\n".to_string()),
        Just("<!-- dsgvo-gen:risikomatrix classes=\"0,1;2,2\" -->\n| S | g | h |\n|---|---|---|\n| a | R1 | |\n| b | | R2, R3 |\n".to_string()),
        Just("<div>\n".to_string()),
        Just("*kursiv* **fett** `code` [Link](https://example.org) ".to_string()),
        Just("Art.\u{a0}6 § 38 Datenschutz\u{2011}Folgenabschätzung ".to_string()),
        Just("\\*GmbH\\* \\[1\\] ".to_string()),
        Just("  \n".to_string()),
        "[a-zäöüß ]{0,40}",
        "[A-Za-z0-9/.:_-]{50,250}",
        any::<String>(),
        "\\PC{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_markdown_lays_out_inside_the_page(parts in prop::collection::vec(fragment(), 0..40)) {
        let md: String = parts.concat();
        let doc = layout(&md, &meta("Fuzz"));
        prop_assert!(!doc.pages.is_empty());
        prop_assert_eq!(bounds_violation(&doc), None);
        for e in &doc.outline {
            prop_assert!(e.page < doc.pages.len());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_markdown_renders_valid_pdf_a(parts in prop::collection::vec(fragment(), 0..20)) {
        let md: String = parts.concat();
        let result = render(&md, &meta("Fuzz"));
        prop_assert!(result.is_ok(), "{:?}", result.err());
        let unicode = PdfOptions { conformance: Conformance::PdfA2u, accessible: false };
        let result = render_with(&md, &meta("Fuzz"), &unicode);
        prop_assert!(result.is_ok(), "{:?}", result.err());
    }
}

#[test]
fn huge_unbroken_input_stays_fast() {
    let md = format!(
        "# T\n\n{}\n\n{}\n",
        "a".repeat(60_000),
        "https://x.example/".repeat(3_000)
    );
    let t = std::time::Instant::now();
    let doc = layout(&md, &meta("T"));
    assert_eq!(bounds_violation(&doc), None);
    assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
}

#[test]
fn line_restating_company_version_and_stand_is_left_to_the_title_block() {
    let meta = meta("Datenschutzhinweise");
    let md = "# Datenschutzhinweise\n\n**Müller & Co \\*GmbH\\* \\[1\\]** · Version\u{a0}1.2 · Stand 28.11.2026\n\nVerantwortlicher ist Müller & Co.\n";
    let body = texts(&layout(md, &meta), |r| r == Role::Body).join(" ");
    assert!(!body.contains("Stand 28.11.2026"), "{body}");
    assert!(body.contains("Verantwortlicher ist"), "{body}");
    // A paragraph with more to say stays.
    let md = "# Datenschutzhinweise\n\nVersion 1.2, Stand 28.11.2026: neue Fassung wegen geänderter Bedingungen.\n";
    let body = texts(&layout(md, &meta), |r| r == Role::Body).join(" ");
    assert!(body.contains("neue Fassung"), "{body}");
}
