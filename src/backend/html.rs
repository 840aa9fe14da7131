//! HTML backend: the consent page `whatsapp-kontakt.html`, and its English version
//! `whatsapp-kontakt.en.html` when English is built. The page is not a converted document but
//! its own template, rendered from the view model with HTML escaping; this stage renders it
//! and fixes the encoding (UTF-8, `\n` line ends, one final newline). Pure, no I/O.
//!
//! With English, each page links the other at the top (`hreflang`, relative link) and in its
//! head (`<link rel="alternate">`); without English the German page carries no link.

use crate::context::DocContext;
use crate::lang::Lang;
use crate::render::{RenderError, Templates};
use serde::Serialize;

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
#[derive(Debug, Clone, Serialize)]
struct Alternate {
    /// Its language code (`hreflang`, `lang`).
    lang: &'static str,
    /// Relative link: the pages lie side by side.
    href: String,
    /// The link text, in the language of the page it leads to.
    label: &'static str,
}

/// The view model and the link to the page in the other language.
#[derive(Serialize)]
struct PageContext<'a> {
    #[serde(flatten)]
    doc: &'a DocContext,
    alternate: Option<Alternate>,
}

/// The page `lang` links to when the pack is built in `langs`: German links English and
/// English German; a German-only pack links nothing.
fn alternate(lang: Lang, langs: &[Lang]) -> Option<Alternate> {
    let other = match lang {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    (langs.contains(&Lang::En) || lang == Lang::En).then(|| Alternate {
        lang: other.code(),
        href: file_name(other),
        label: other.pick("Deutsch", "English"),
    })
}

/// The bytes of the German consent page for the view model `ctx` (no language link).
pub fn render(templates: &Templates, ctx: &DocContext) -> Result<Vec<u8>, RenderError> {
    render_page(templates, TEMPLATE, ctx, Lang::De, &[Lang::De])
}

/// The bytes of the consent page in `lang`, rendered with `template` from `ctx` (whose texts
/// are in `lang`), linking the page in the other language when the pack has it (`langs`).
pub fn render_page(
    templates: &Templates,
    template: &str,
    ctx: &DocContext,
    lang: Lang,
    langs: &[Lang],
) -> Result<Vec<u8>, RenderError> {
    let page = PageContext {
        doc: ctx,
        alternate: alternate(lang, langs),
    };
    let html = templates.render_html(template, &page)?;
    let mut text = html.replace("\r\n", "\n");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_link_each_other_only_with_english() {
        assert!(alternate(Lang::De, &[Lang::De]).is_none());
        let de = alternate(Lang::De, &[Lang::De, Lang::En]).expect("link to English");
        assert_eq!(
            (de.lang, de.href.as_str(), de.label),
            ("en", "whatsapp-kontakt.en.html", "English")
        );
        let en = alternate(Lang::En, &[Lang::De, Lang::En]).expect("link to German");
        assert_eq!(
            (en.lang, en.href.as_str(), en.label),
            ("de", "whatsapp-kontakt.html", "Deutsch")
        );
        assert_eq!(file_name(Lang::De), FILE_NAME);
    }
}
