//! Markdown backend: the rendered document is already Markdown; this stage only fixes the
//! encoding (UTF-8, `\n` line ends, one final newline).

/// The bytes of the `.md` file.
pub fn render(markdown: &str) -> Vec<u8> {
    let mut text = markdown.replace("\r\n", "\n");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.into_bytes()
}
