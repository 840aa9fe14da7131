//! HTML backend: the consent page `whatsapp-kontakt.html`. The page is not a converted
//! document but its own template, rendered from the view model with HTML escaping; this stage
//! renders it and fixes the encoding (UTF-8, `\n` line ends, one final newline). Pure, no I/O.

use crate::context::DocContext;
use crate::render::{RenderError, Templates};

/// File name of the consent page, written next to the documents.
pub const FILE_NAME: &str = "whatsapp-kontakt.html";

/// Name of the template that renders it.
pub const TEMPLATE: &str = "whatsapp-kontakt.html";

/// The bytes of the consent page for the view model `ctx`.
pub fn render(templates: &Templates, ctx: &DocContext) -> Result<Vec<u8>, RenderError> {
    let html = templates.render_html(TEMPLATE, ctx)?;
    let mut text = html.replace("\r\n", "\n");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text.into_bytes())
}
