//! Markdown escaping of user values. Tera escapes only HTML by default; documents are
//! Markdown, so every value printed with `{{ … }}` in a `.md` template passes through here.
//!
//! Web addresses (`http://`, `https://`) and e-mail addresses inside a value are not escaped
//! like text — backslashes would end up in the address — but written as CommonMark links whose
//! text and target are exactly the address. Everything else is escaped so that it prints
//! literally and can never become a link by itself: GFM's automatic links would otherwise pick
//! up a fragment of an escaped address (`info\_team@…` → `mailto:team@…`).

use crate::profile::validate::{is_email, is_url};
use std::io::{self, Write};

/// Writes `input` so that CommonMark renders it literally, on one line, with its addresses as
/// exact links.
pub fn escape_markdown(input: &str, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(escape(input).as_bytes())
}

/// The escaped form of `input`, with web and e-mail addresses as exact links.
pub fn escape(input: &str) -> String {
    let mut s = String::with_capacity(input.len() + 8);
    let mut rest = input;
    while let Some((start, end, link)) = next_address(rest) {
        s.push_str(&escape_text(&rest[..start]));
        s.push_str(&link);
        rest = &rest[end..];
    }
    s.push_str(&escape_text(rest));
    guard_line_start(s)
}

/// The escaped form of `input` where nothing becomes a link (batch summaries, which quote
/// values and messages but must not link anywhere).
pub fn escape_plain(input: &str) -> String {
    guard_line_start(escape_text(input))
}

/// Escapes Markdown metacharacters and defuses GFM's automatic links (`@`, `://`, `www.`).
fn escape_text(input: &str) -> String {
    let mut s = String::with_capacity(input.len() + 8);
    let chars: Vec<char> = input.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' | '@' => {
                s.push('\\');
                s.push(c);
            }
            // `&` only matters where it could start an entity such as `&amp;`.
            '&' if next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#') => {
                s.push_str("\\&");
            }
            ':' if chars.get(i + 1..i + 3) == Some(&['/', '/']) => s.push_str("\\:"),
            '.' if i >= 3
                && chars[i - 3..i]
                    .iter()
                    .collect::<String>()
                    .eq_ignore_ascii_case("www") =>
            {
                s.push_str("\\.");
            }
            '\r' => {}
            '\n' | '\t' => s.push(' '),
            _ => s.push(c),
        }
    }
    s
}

/// A value at the start of a line must not become a heading, quote, list item or rule.
fn guard_line_start(mut s: String) -> String {
    let followed_by_space = |s: &str, at: usize| s[at..].chars().next().is_none_or(|c| c == ' ');
    if s.starts_with(['#', '>']) || (s.starts_with(['-', '+']) && followed_by_space(&s, 1)) {
        s.insert(0, '\\');
    } else {
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && s[digits..].starts_with(['.', ')']) && followed_by_space(&s, digits + 1) {
            s.insert(digits, '\\');
        }
    }
    s
}

/// Characters that end a web address in running text (besides whitespace and control
/// characters): they are not allowed unencoded in a URL.
const URL_END: &[char] = &['<', '>', '"', '\\', '^', '`', '{', '|', '}'];
/// Characters a web address does not end with in running text: sentence punctuation.
const URL_TRAILING: &[char] = &[
    '.', ',', ':', ';', '!', '?', '\'', ')', '“', '”', '‘', '’', '«', '»', '„',
];

/// Characters of the local part of an e-mail address accepted by validation.
fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || ".!$&'*+=^_~-".contains(c)
}

/// The first web or e-mail address in `text`: its byte range and its Markdown link.
fn next_address(text: &str) -> Option<(usize, usize, String)> {
    let url = find_url(text);
    let mail = find_email(text);
    match (url, mail) {
        (Some(u), Some(m)) if m.0 < u.0 => Some(mail_link(text, m)),
        (Some(u), _) => Some(url_link(text, u)),
        (None, Some(m)) => Some(mail_link(text, m)),
        (None, None) => None,
    }
}

fn find_url(text: &str) -> Option<(usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find("http") {
        let start = from + found;
        from = start + 4;
        let after_word = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let tail = &lower[start..];
        if !after_word || !(tail.starts_with("http://") || tail.starts_with("https://")) {
            continue;
        }
        let len = text[start..]
            .find(|c: char| c.is_whitespace() || c.is_control() || URL_END.contains(&c))
            .unwrap_or(text.len() - start);
        let mut candidate = &text[start..start + len];
        // Sentence punctuation at the end is not part of the address; a closing parenthesis
        // is when the address opened one.
        while let Some(last) = candidate.chars().next_back() {
            let balanced =
                last == ')' && candidate.matches('(').count() >= candidate.matches(')').count();
            if !URL_TRAILING.contains(&last) || balanced {
                break;
            }
            candidate = &candidate[..candidate.len() - last.len_utf8()];
        }
        if is_url(candidate) {
            return Some((start, start + candidate.len()));
        }
    }
    None
}

fn find_email(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(found) = text[from..].find('@') {
        let at = from + found;
        from = at + 1;
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_local_char(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let start = start + text[start..at].len() - text[start..at].trim_start_matches('.').len();
        let end = at
            + 1
            + text[at + 1..]
                .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
                .unwrap_or(text.len() - at - 1);
        let end = start + text[start..end].trim_end_matches(['.', '-']).len();
        if start < at && end > at + 1 && is_email(&text[start..end]) {
            return Some((start, end));
        }
    }
    None
}

/// `&` that could start a character reference (`&amp;`, `&#38;`) inside a link is written as
/// `&amp;`: CommonMark decodes references there, so the address stays exact.
fn protect_references(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    for (i, c) in address.char_indices() {
        let rest = &address[i + c.len_utf8()..];
        let name_len = rest
            .strip_prefix('#')
            .unwrap_or(rest)
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .count();
        let hash = usize::from(rest.starts_with('#'));
        if c == '&' && name_len > 0 && rest[hash + name_len..].starts_with(';') {
            out.push_str("&amp;");
        } else {
            out.push(c);
        }
    }
    out
}

fn url_link(text: &str, (start, end): (usize, usize)) -> (usize, usize, String) {
    (
        start,
        end,
        format!("<{}>", protect_references(&text[start..end])),
    )
}

fn mail_link(text: &str, (start, end): (usize, usize)) -> (usize, usize, String) {
    let address = &text[start..end];
    // CommonMark's e-mail autolinks are ASCII only; other addresses get an explicit link.
    let link = if address.is_ascii() {
        format!("<{}>", protect_references(address))
    } else {
        format!(
            "[{}](<mailto:{}>)",
            escape_text(address),
            protect_references(address)
        )
    };
    (start, end, link)
}

#[cfg(test)]
mod tests {
    use super::{escape, escape_plain};

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

    #[test]
    fn addresses_become_exact_links() {
        assert_eq!(
            escape("https://firma.example/datenschutz_whatsapp?lang=de&v=2"),
            "<https://firma.example/datenschutz_whatsapp?lang=de&v=2>"
        );
        assert_eq!(
            escape("info_team@firma.example"),
            "<info_team@firma.example>"
        );
        assert_eq!(
            escape("siehe https://a.example/x_(y). Danke"),
            "siehe <https://a.example/x_(y)>. Danke"
        );
        assert_eq!(
            escape("Mail an a~b*c@x.example, bitte"),
            "Mail an <a~b*c@x.example>, bitte"
        );
        assert_eq!(
            escape("büro@bäckerei.example"),
            "[büro\\@bäckerei.example](<mailto:büro@bäckerei.example>)"
        );
        assert_eq!(
            escape("https://x.example/?a=1&copy;b"),
            "<https://x.example/?a=1&amp;copy;b>"
        );
    }

    #[test]
    fn text_never_links_by_itself() {
        assert_eq!(escape("@all"), "\\@all");
        assert_eq!(escape("www.firma.example"), "www\\.firma.example");
        assert_eq!(escape("ftp://x.example"), "ftp\\://x.example");
        assert_eq!(
            escape_plain("https://evil.example ![x](https://evil.example/i.png)"),
            "https\\://evil.example !\\[x\\](https\\://evil.example/i.png)"
        );
    }
}
