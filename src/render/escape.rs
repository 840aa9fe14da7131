//! Markdown escaping of user values. Tera escapes only HTML by default; documents are
//! Markdown, so every value printed with `{{ … }}` in a `.md` template passes through here.

use std::io::{self, Write};

/// Writes `input` so that CommonMark renders it literally, on one line.
pub fn escape_markdown(input: &str, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(escape(input).as_bytes())
}

/// The escaped form of `input`.
pub fn escape(input: &str) -> String {
    let mut s = String::with_capacity(input.len() + 8);
    let chars: Vec<char> = input.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' => {
                s.push('\\');
                s.push(c);
            }
            // `&` only matters where it could start an entity such as `&amp;`.
            '&' if chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                s.push_str("\\&");
            }
            '\r' => {}
            '\n' | '\t' => s.push(' '),
            _ => s.push(c),
        }
    }
    // A value at the start of a line must not become a heading, quote, list item or rule.
    let followed_by_space = |at: usize| s[at..].chars().next().is_none_or(|c| c == ' ');
    if s.starts_with(['#', '>']) || (s.starts_with(['-', '+']) && followed_by_space(1)) {
        s.insert(0, '\\');
    } else {
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && s[digits..].starts_with(['.', ')']) && followed_by_space(digits + 1) {
            s.insert(digits, '\\');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn metacharacters_print_literally() {
        assert_eq!(
            escape("Müller & Co *GmbH* [1]"),
            "Müller & Co \\*GmbH\\* \\[1\\]"
        );
        assert_eq!(escape("A &amp; B"), "A \\&amp; B");
        assert_eq!(escape("<script>x</script>"), "\\<script>x\\</script>");
        assert_eq!(escape("1. FC Beispiel"), "1\\. FC Beispiel");
        assert_eq!(escape("1.0"), "1.0");
        assert_eq!(escape("+49 30 123"), "+49 30 123");
        assert_eq!(escape("- Strich"), "\\- Strich");
        assert_eq!(escape("# Eins"), "\\# Eins");
        assert_eq!(escape("Filiale #2"), "Filiale #2");
        assert_eq!(escape("a|b\nc"), "a\\|b c");
        assert_eq!(escape("snake_case"), "snake\\_case");
    }
}
