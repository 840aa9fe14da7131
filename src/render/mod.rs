//! Rendering: Tera templates (embedded, overridable by name) + view model → Markdown or HTML.
//!
//! Templates live in `templates/de/` and are compiled into the binary. A user directory given
//! with `--templates` replaces templates of the same name; `templates export` writes the
//! embedded set out as a starting point. `.md` templates escape every printed value for
//! Markdown; `.html` templates escape for HTML. The two kinds live in separate Tera instances
//! because the escape function is per instance; the HTML instance also loads `components.md`
//! so that shared clauses (e.g. the encryption statement) exist once.
//!
//! English versions of the documents data subjects read live in `templates/en/` and are
//! named `en/<name>` in the set (`en/04-datenschutzhinweise.md`); their shared clauses are in
//! `en/components.md`, as components whose names start with `en_`. `templates export` writes
//! them into a subfolder `en/`, and `--templates DIR` reads overrides from `DIR/en/` the same
//! way.

pub mod escape;
pub mod typography;

use sha2::{Digest, Sha256};
use std::fmt;
use tera::Tera;

/// The embedded template set: (name, content); the German templates first, then the English
/// ones under `en/`.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "components.md",
        include_str!("../../templates/de/components.md"),
    ),
    (
        "01-verarbeitungsverzeichnis.md",
        include_str!("../../templates/de/01-verarbeitungsverzeichnis.md"),
    ),
    (
        "02-datenschutz-folgenabschaetzung.md",
        include_str!("../../templates/de/02-datenschutz-folgenabschaetzung.md"),
    ),
    (
        "03-einwilligung.md",
        include_str!("../../templates/de/03-einwilligung.md"),
    ),
    (
        "04-datenschutzhinweise.md",
        include_str!("../../templates/de/04-datenschutzhinweise.md"),
    ),
    (
        "05-auftragsverarbeitung.md",
        include_str!("../../templates/de/05-auftragsverarbeitung.md"),
    ),
    (
        "06-widerruf.md",
        include_str!("../../templates/de/06-widerruf.md"),
    ),
    ("aushang.md", include_str!("../../templates/de/aushang.md")),
    (
        "whatsapp-texte.md",
        include_str!("../../templates/de/whatsapp-texte.md"),
    ),
    (
        "checkliste-einfuehrung.md",
        include_str!("../../templates/de/checkliste-einfuehrung.md"),
    ),
    (
        "anschreiben.md",
        include_str!("../../templates/de/anschreiben.md"),
    ),
    (
        "whatsapp-kontakt.html",
        include_str!("../../templates/de/whatsapp-kontakt.html"),
    ),
    (
        "en/components.md",
        include_str!("../../templates/en/components.md"),
    ),
    (
        "en/04-datenschutzhinweise.md",
        include_str!("../../templates/en/04-datenschutzhinweise.md"),
    ),
    (
        "en/06-widerruf.md",
        include_str!("../../templates/en/06-widerruf.md"),
    ),
    (
        "en/03-einwilligung.md",
        include_str!("../../templates/en/03-einwilligung.md"),
    ),
    (
        "en/whatsapp-texte.md",
        include_str!("../../templates/en/whatsapp-texte.md"),
    ),
    (
        "en/whatsapp-kontakt.html",
        include_str!("../../templates/en/whatsapp-kontakt.html"),
    ),
];

/// Templates the HTML instance loads besides the `.html` ones.
const SHARED_WITH_HTML: [&str; 2] = ["components.md", "en/components.md"];

/// Whether a template belongs to a translation (`en/…`) rather than the German set.
fn is_translation(name: &str) -> bool {
    name.contains('/')
}

/// A template problem: which template, where, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError {
    /// Template name.
    pub template: String,
    /// Tera's message (with line and column where Tera knows them).
    pub message: String,
    /// The template came from the user's `--templates` directory.
    pub user_template: bool,
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Vorlage {}: {}", self.template, self.message)
    }
}

impl std::error::Error for RenderError {}

/// A loaded template set.
pub struct Templates {
    markdown: Tera,
    html: Tera,
    overridden: Vec<String>,
    set_id: String,
    /// Identifier over every language's templates.
    set_id_all: String,
}

fn error_text(err: &tera::Error) -> String {
    use std::error::Error as _;
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Identifier of a template set: `prefix-` and the start of a SHA-256 over the (name, content)
/// pairs in name order.
/// Clause markers (`{# clause: ID #}`) render nothing and are left out, so marking the clauses
/// of a template does not change the identifier (nor the consent-text versions derived from
/// it).
fn set_id_of<'a>(prefix: &str, sorted: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut hasher = Sha256::new();
    for (name, content) in sorted {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(without_clause_markers(content).as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    format!(
        "{prefix}-{}",
        digest
            .iter()
            .take(4)
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )
}

/// The marker that opens a clause ID in a template.
pub const CLAUSE_MARKER: &str = "{# clause: ";

/// The clause IDs a template marks, in order (`{# clause: rights #}` → `rights`).
pub fn clause_ids(template: &str) -> Vec<&str> {
    template
        .match_indices(CLAUSE_MARKER)
        .filter_map(|(at, _)| {
            let rest = &template[at + CLAUSE_MARKER.len()..];
            rest.find(" #}").map(|end| rest[..end].trim())
        })
        .collect()
}

/// A template with its clause markers removed.
fn without_clause_markers(template: &str) -> std::borrow::Cow<'_, str> {
    if !template.contains(CLAUSE_MARKER) {
        return std::borrow::Cow::Borrowed(template);
    }
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find(CLAUSE_MARKER) {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        match after.find(" #}") {
            Some(end) => rest = &after[end + 3..],
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Identifier of the embedded template set (what [`Templates::set_id`] gives without
/// overrides), without compiling the templates.
pub fn embedded_set_id() -> String {
    let mut set: Vec<(&str, &str)> = EMBEDDED.to_vec();
    set.sort();
    set_id_of("de", set.into_iter().filter(|(n, _)| !is_translation(n)))
}

/// The identifiers of a set: German only (`de-…`, over the German templates, so a German
/// pack's identifier does not change when a translation does) and with every language
/// (`de-…+en-…`: the German identifier, then one over the translations). The German part of
/// the second is the first, so what derives from the German templates alone (the versions of
/// the consent texts) is the same in a German and in a bilingual build.
fn set_ids(sorted: &[(String, String)]) -> (String, String) {
    let pairs = || sorted.iter().map(|(n, c)| (n.as_str(), c.as_str()));
    let german = set_id_of("de", pairs().filter(|(n, _)| !is_translation(n)));
    let translations = set_id_of("en", pairs().filter(|(n, _)| is_translation(n)));
    (german.clone(), format!("{german}+{translations}"))
}

impl Templates {
    /// The embedded set, with `overrides` (name, content) replacing templates of the same
    /// name or adding new ones.
    pub fn new(overrides: &[(String, String)]) -> Result<Templates, RenderError> {
        let mut set: Vec<(String, String)> = EMBEDDED
            .iter()
            .map(|(n, c)| ((*n).to_owned(), (*c).to_owned()))
            .collect();
        let mut overridden = Vec::new();
        for (name, content) in overrides {
            match set.iter_mut().find(|(n, _)| n == name) {
                Some(entry) => entry.1 = content.clone(),
                None => set.push((name.clone(), content.clone())),
            }
            overridden.push(name.clone());
        }
        set.sort();
        let (set_id, set_id_all) = set_ids(&set);

        let mut markdown = Tera::new();
        markdown.autoescape_on([".md"]);
        markdown.set_escape_fn(escape::escape_markdown);
        let md: Vec<&(String, String)> = set.iter().filter(|(n, _)| n.ends_with(".md")).collect();
        add_all(&mut markdown, &md, &overridden)?;

        // Tera's defaults: HTML escaping for `.html`.
        let mut html = Tera::new();
        let for_html: Vec<&(String, String)> = set
            .iter()
            .filter(|(n, _)| n.ends_with(".html") || SHARED_WITH_HTML.contains(&n.as_str()))
            .collect();
        add_all(&mut html, &for_html, &overridden)?;

        Ok(Templates {
            markdown,
            html,
            overridden,
            set_id,
            set_id_all,
        })
    }

    /// Identifier of the German template set: changes whenever a German template changes.
    pub fn set_id(&self) -> &str {
        &self.set_id
    }

    /// Identifier of the templates a build in `languages` reads: [`Templates::set_id`] for a
    /// German build, else the German one joined with one over the translations (`de-…+en-…`).
    pub fn set_id_for(&self, languages: &crate::lang::Languages) -> String {
        if languages.is_german_only() {
            self.set_id.clone()
        } else {
            self.set_id_all.clone()
        }
    }

    /// Renders a Markdown template with the view model and applies German typography.
    pub fn render_markdown<C: serde::Serialize + ?Sized>(
        &self,
        name: &str,
        ctx: &C,
    ) -> Result<String, RenderError> {
        self.render_markdown_with(name, &Self::context(name, ctx)?)
    }

    /// The view model as a Tera context, for [`Self::render_markdown_with`]: documents that
    /// share most of their view model convert it once.
    pub fn context<C: serde::Serialize + ?Sized>(
        name: &str,
        ctx: &C,
    ) -> Result<tera::Context, RenderError> {
        tera::Context::from_serialize(ctx).map_err(|e| RenderError {
            template: name.to_owned(),
            message: error_text(&e),
            user_template: false,
        })
    }

    /// [`Self::render_markdown`] with a view model already converted by [`Self::context`].
    pub fn render_markdown_with(
        &self,
        name: &str,
        context: &tera::Context,
    ) -> Result<String, RenderError> {
        let text = self
            .markdown
            .render(name, context)
            .map_err(|e| RenderError {
                template: name.to_owned(),
                message: error_text(&e),
                user_template: self.overridden.iter().any(|o| o == name),
            })?;
        Ok(typography::apply(&tidy(&text)))
    }

    /// Renders an HTML template with the view model (values HTML-escaped) and applies German
    /// typography to the text.
    pub fn render_html<C: serde::Serialize + ?Sized>(
        &self,
        name: &str,
        ctx: &C,
    ) -> Result<String, RenderError> {
        let context = Self::context(name, ctx)?;
        let text = self.html.render(name, &context).map_err(|e| RenderError {
            template: name.to_owned(),
            message: error_text(&e),
            user_template: self.overridden.iter().any(|o| o == name),
        })?;
        Ok(typography::apply(&tidy(&text)))
    }
}

/// Adds templates to one Tera instance; a syntax error names the template it is in.
fn add_all(
    tera: &mut Tera,
    templates: &[&(String, String)],
    overridden: &[String],
) -> Result<(), RenderError> {
    tera.add_raw_templates(templates.iter().map(|(n, c)| (n.as_str(), c.as_str())))
        .map_err(|err| {
            let message = error_text(&err);
            let template = templates
                .iter()
                .map(|(n, _)| n)
                .find(|n| message.contains(n.as_str()))
                .cloned()
                .unwrap_or_default();
            RenderError {
                user_template: overridden.contains(&template)
                    || template.is_empty() && !overridden.is_empty(),
                template,
                message,
            }
        })
}

/// Collapses runs of blank lines left by template control flow and ends with one newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    let trimmed = out.trim_matches('\n');
    format!("{trimmed}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_markers_are_read_and_do_not_change_the_set_id() {
        let marked = "{# clause: a.one #}Eins\n{% if x %}{# clause: two #}Zwei{% endif %}";
        assert_eq!(clause_ids(marked), ["a.one", "two"]);
        assert_eq!(
            without_clause_markers(marked),
            "Eins\n{% if x %}Zwei{% endif %}"
        );
        assert_eq!(
            set_id_of("de", [("x.md", marked)].into_iter()),
            set_id_of(
                "de",
                [("x.md", "Eins\n{% if x %}Zwei{% endif %}")].into_iter()
            )
        );
    }

    #[test]
    fn tidy_collapses_blank_lines() {
        assert_eq!(tidy("\n\na  \n\n\n\nb\n\n"), "a\n\nb\n");
    }
}
