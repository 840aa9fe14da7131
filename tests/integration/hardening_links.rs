//! Issue 12, defect 3: web and e-mail addresses with `_`, `&`, `~`, `*` are exact links in the
//! Markdown documents, in the PDF and on the consent page.

use crate::common::*;
use dsgvo_gen::backend::Format;

const URL: &str = "https://www.firma.example/datenschutz_whatsapp?lang=de&v=2&x=~a*b";
const EMAIL: &str = "info_team~x*y&z@firma.example";

fn profile() -> String {
    let text = std::fs::read_to_string(example("minimal")).expect("example");
    let text = text
        .replace(
            "\"https://www.musterfirma.example/datenschutz-whatsapp\"",
            &format!("\"{URL}\""),
        )
        .replace("\"info@musterfirma.example\"", &format!("\"{EMAIL}\""));
    assert!(
        text.contains(URL) && text.contains(EMAIL),
        "example changed"
    );
    text
}

#[test]
fn markdown_links_are_exact() {
    let loaded = load_text(&profile());
    assert!(!loaded.has_errors(), "{}", loaded.render_diagnostics());
    let docs = render(&loaded);
    let all: String = docs.values().cloned().collect();
    assert!(all.contains(&format!("<{URL}>")), "URL not linked exactly");
    assert!(
        all.contains(&format!("<{EMAIL}>")),
        "e-mail not linked exactly"
    );
    for broken in ["datenschutz\\_whatsapp", "info\\_team", "\\&v=2"] {
        assert!(!all.contains(broken), "escaped address: {broken}");
    }
}

#[test]
fn pdf_links_are_exact() {
    let loaded = load_text(&profile());
    let profile = loaded.profile.as_ref().expect("profile");
    let docs = render(&loaded);
    let mut uris = Vec::new();
    for (stem, markdown) in &docs {
        let meta = dsgvo_gen::backend::pdf::PdfMeta {
            title: stem.clone(),
            company: profile.raw.company.name.clone(),
            subject: String::new(),
            version: "1".into(),
            stand: "28.11.2026".into(),
            date: (2026, 11, 28),
            keywords: Vec::new(),
            ..Default::default()
        };
        let doc = dsgvo_gen::backend::pdf::layout(markdown, &meta);
        uris.extend(
            doc.pages
                .iter()
                .flat_map(|p| p.links.iter().map(|l| l.uri.clone())),
        );
    }
    assert!(uris.iter().any(|u| u == URL), "{uris:?}");
    assert!(uris.contains(&format!("mailto:{EMAIL}")), "{uris:?}");
    assert!(
        uris.iter()
            .all(|u| !u.contains('\\') && u != "mailto:team~x*y&z@firma.example"),
        "{uris:?}"
    );
}

#[test]
fn consent_page_links_are_exact() {
    let loaded = load_text(&profile());
    let page = generate(&loaded, vec![Format::Html])
        .into_iter()
        .find(|a| a.path.to_string_lossy().ends_with(".html"))
        .expect("page");
    let html = String::from_utf8(page.bytes).expect("utf-8");
    let hrefs: Vec<String> = html
        .split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(decode_entities)
        .collect();
    assert!(hrefs.iter().any(|h| h == URL), "{hrefs:?}");
    assert!(hrefs.contains(&format!("mailto:{EMAIL}")), "{hrefs:?}");
}

fn decode_entities(s: &str) -> String {
    s.replace("&#x2F;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn addresses_that_would_change_a_mail_link_are_refused() {
    for bad in [
        "info@firma.example?bcc=x@evil.example",
        "a%40b@firma.example",
        "a,b@firma.example",
    ] {
        let text = profile().replace(EMAIL, bad);
        let loaded = load_text(&text);
        let d = loaded
            .diagnostics
            .iter()
            .find(|d| d.path == "company.email")
            .unwrap_or_else(|| panic!("{bad} accepted"));
        assert!(d.line.is_some() && d.message.contains("keine gültige E-Mail-Adresse"));
    }
}
