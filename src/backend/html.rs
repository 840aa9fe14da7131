//! HTML backend: the consent page `whatsapp-kontakt.html`, and its English version
//! `whatsapp-kontakt.en.html` when English is built. The page is not a converted document but
//! its own template, rendered from the view model with HTML escaping; this stage renders it
//! and fixes the encoding (UTF-8, `\n` line ends, one final newline). Pure, no I/O.
//!
//! With English, each page links the other at the top (`hreflang`, relative link) and in its
//! head (`<link rel="alternate">`); without English the German page carries no link.

use crate::context::DocContext;
use crate::lang::{Lang, Languages};
use crate::render::{RenderError, Templates};

/// File name of the consent page, written next to the documents.
pub const FILE_NAME: &str = "whatsapp-kontakt.html";

/// Name of the template that renders it.
pub const TEMPLATE: &str = "whatsapp-kontakt.html";

/// File name of the consent page in `lang`: `whatsapp-kontakt.html` for German, else
/// `whatsapp-kontakt.<code>.html`.
pub fn file_name(lang: Lang) -> String {
    match lang {
        Lang::De => FILE_NAME.to_owned(),
        other => format!("whatsapp-kontakt.{}.html", other.code()),
    }
}

/// The other page a page links to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Alternate {
    /// Its language code (`hreflang`, `lang`).
    lang: &'static str,
    /// Relative link: the pages lie side by side.
    href: String,
    /// The link text, in the language of the page it leads to.
    label: &'static str,
}

/// The page `lang` links to when the pack is built in `langs`: German links English and
/// English German; a German-only pack links nothing.
fn alternate(lang: Lang, langs: &Languages) -> Option<Alternate> {
    let other = match lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    (langs.contains(Lang::En) || lang == Lang::En).then(|| Alternate {
        lang: other.code(),
        href: file_name(other),
        label: other.pick("Deutsch", "English"),
    })
}

/// Adds the language switch to a rendered page: a `<link rel="alternate">` and its style at
/// the end of the head, the visible link as the first line of the page header. The switch is
/// added to the rendered page, not written into the template, so that the German template
/// (and with it the template set and every consent-text identifier) is the same whether or not
/// English is built. A page whose template lacks `</head>` or `<header>` (an override) gets
/// the parts it has room for.
fn with_switch(html: &str, alt: &Alternate, lang: Lang) -> String {
    let head = format!(
        "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">\n<style>.lang {{ margin: 0 0 .5rem; text-align: right; font-weight: 600; }}</style>\n",
        lang = alt.lang,
        href = alt.href,
    );
    let nav = format!(
        "\n<nav class=\"lang\" aria-label=\"{aria}\"><a href=\"{href}\" hreflang=\"{code}\" lang=\"{code}\">{label}</a></nav>",
        aria = lang.pick("Sprache / Language", "Language / Sprache"),
        href = alt.href,
        code = alt.lang,
        label = alt.label,
    );
    let mut out = html.to_owned();
    if let Some(at) = out.find("</head>") {
        out.insert_str(at, &head);
    }
    if let Some(at) = out.find("<header>") {
        out.insert_str(at + "<header>".len(), &nav);
    }
    out
}

/// The bytes of the German consent page for the view model `ctx` (no language link).
pub fn render(templates: &Templates, ctx: &DocContext) -> Result<Vec<u8>, RenderError> {
    render_page(templates, ctx, Lang::De, &Languages::default())
}

/// The bytes of the consent page in `lang`, rendered from `ctx` (whose texts are in `lang`)
/// with the template of that language, linking the page in the other language when the pack
/// has it (`langs`).
pub fn render_page(
    templates: &Templates,
    ctx: &DocContext,
    lang: Lang,
    langs: &Languages,
) -> Result<Vec<u8>, RenderError> {
    let html = templates.render_html(&lang.template(TEMPLATE), ctx)?;
    let html = match alternate(lang, langs) {
        Some(alt) => with_switch(&html, &alt, lang),
        None => html,
    };
    let mut text = html.replace("\r\n", "\n");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both() -> Languages {
        Languages::parse("de,en").expect("languages")
    }

    #[test]
    fn pages_link_each_other_only_with_english() {
        assert!(alternate(Lang::De, &Languages::default()).is_none());
        let de = alternate(Lang::De, &both()).expect("link to English");
        assert_eq!(
            (de.lang, de.href.as_str(), de.label),
            ("en", "whatsapp-kontakt.en.html", "English")
        );
        let en = alternate(Lang::En, &both()).expect("link to German");
        assert_eq!(
            (en.lang, en.href.as_str(), en.label),
            ("de", "whatsapp-kontakt.html", "Deutsch")
        );
        assert_eq!(file_name(Lang::De), FILE_NAME);
    }

    #[test]
    fn the_switch_goes_into_head_and_header() {
        let page = "<html lang=\"de\">\n<head>\n<title>T</title>\n</head>\n<body>\n<header>\n<h1>T</h1>\n</header>\n</body>\n</html>\n";
        let alt = alternate(Lang::De, &both()).expect("link");
        let out = with_switch(page, &alt, Lang::De);
        assert!(out.contains(
            "<link rel=\"alternate\" hreflang=\"en\" href=\"whatsapp-kontakt.en.html\">\n<style>"
        ));
        assert!(out.find("<link rel").expect("link") < out.find("</head>").expect("head"));
        assert!(out.contains("<header>\n<nav class=\"lang\" aria-label=\"Sprache / Language\"><a href=\"whatsapp-kontakt.en.html\" hreflang=\"en\" lang=\"en\">English</a></nav>\n<h1>"));
        // Without the anchors (an overridden template) nothing breaks.
        assert_eq!(with_switch("<p>x</p>", &alt, Lang::De), "<p>x</p>");
    }
}
