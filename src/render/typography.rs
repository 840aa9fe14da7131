//! German typography on the finished Markdown: no-break spaces where a line break would tear a
//! unit apart ("Art. 6", "§ 38", "z. B.", "6 Jahre", phone numbers). Applied once, after
//! rendering, so templates and legal data need not spell the spaces themselves.

const NBSP: char = '\u{a0}';

/// Words after which the following word must not be separated by a line break.
const BIND_NEXT: [&str; 22] = [
    "Art.",
    "Artikel",
    "Abs.",
    "Nr.",
    "lit.",
    "S.",
    "Satz",
    "§",
    "§§",
    "UAbs.",
    "Buchst.",
    "Kap.",
    "Anhang",
    "Ziff.",
    "Anlage",
    "(EU)",
    "Rn.",
    "Erwägungsgrund",
    "EG",
    "Version",
    "Stand:",
    "Seite",
];

/// Units that must stay with the number before them.
const UNITS: [&str; 16] = [
    "Jahre", "Jahren", "Monate", "Monaten", "Wochen", "Tage", "Tagen", "Stunden", "Stunde",
    "Minuten", "Personen", "Prozent", "%", "h", "KB", "MB",
];

/// Abbreviations written with an inner space.
const ABBREVIATIONS: [(&str, &str); 8] = [
    ("z. B.", "z.\u{a0}B."),
    ("i. V. m.", "i.\u{a0}V.\u{a0}m."),
    ("d. h.", "d.\u{a0}h."),
    ("u. a.", "u.\u{a0}a."),
    ("e. V.", "e.\u{a0}V."),
    ("e. K.", "e.\u{a0}K."),
    ("i. S. d.", "i.\u{a0}S.\u{a0}d."),
    ("o. Ä.", "o.\u{a0}Ä."),
];

/// Applies the no-break rules to a whole Markdown document.
/// A name that ends with an abbreviation („… e. K.“) at the end of a sentence takes no second
/// full stop: „e. K..“ becomes „e. K.“. An ellipsis („...“) and paths („../“) stay.
/// (In German orthography the abbreviation's full stop also ends the sentence.)
fn single_full_stop(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let doubled = c == '.'
            && i >= 2
            && chars[i - 1] == '.'
            && chars[i - 2].is_alphabetic()
            && chars
                .get(i + 1)
                .is_none_or(|n| n.is_whitespace() || matches!(n, '*' | ')'));
        if !doubled {
            out.push(c);
        }
    }
    out
}

pub fn apply(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() + 64);
    let mut in_fence = false;
    for line in markdown.split_inclusive('\n') {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if in_fence || line.trim_start().starts_with("<!--") {
            out.push_str(line);
        } else {
            let (body, newline) = match line.strip_suffix('\n') {
                Some(body) => (body, "\n"),
                None => (line, ""),
            };
            let line = apply_line(body);
            // Most lines have no doubled full stop: they need no second pass.
            if line.contains("..") {
                out.push_str(&single_full_stop(&line));
            } else {
                out.push_str(&line);
            }
            out.push_str(newline);
        }
    }
    out
}

fn apply_line(line: &str) -> String {
    let mut text = line.to_owned();
    // Every abbreviation has a full stop followed by a space.
    if text.contains(". ") {
        for (from, to) in ABBREVIATIONS {
            if text.contains(from) {
                text = text.replace(from, to);
            }
        }
    }
    // Leading indentation and list markers keep their normal spaces.
    let indent_len = text.len() - text.trim_start_matches(' ').len();
    let (indent, body) = text.split_at(indent_len);
    let words: Vec<&str> = body.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    out.push_str(indent);
    let mut in_phone = false;
    for (i, word) in words.iter().enumerate() {
        out.push_str(word);
        let Some(next) = words.get(i + 1) else { break };
        let bare = word.trim_start_matches(['(', '„', '*', '_']);
        let next_starts_alnum = next.chars().next().is_some_and(|c| c.is_alphanumeric());
        let is_marker = i == 0
            && (matches!(
                *word,
                "-" | "*" | "+" | "|" | ">" | "#" | "##" | "###" | "####"
            ) || word
                .trim_end_matches(['.', ')'])
                .chars()
                .all(|c| c.is_ascii_digit())
                && word.ends_with(['.', ')']));
        let phone = is_phone_start(bare) || (in_phone && is_phone_group(word));
        in_phone = phone && !word.ends_with([',', '.', ';', ')']);
        let bind = !is_marker
            && !word.is_empty()
            && ((BIND_NEXT.contains(&bare) && next_starts_alnum)
                || (is_number(bare)
                    && UNITS.contains(&next.trim_end_matches([',', '.', ';', ')'])))
                || (in_phone && is_phone_group(next)));
        out.push(if bind { NBSP } else { ' ' });
    }
    out
}

fn is_number(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

fn is_phone_start(word: &str) -> bool {
    word.starts_with('+') && word.len() > 2 && word[1..].chars().all(|c| c.is_ascii_digit())
}

fn is_phone_group(word: &str) -> bool {
    let core = word.trim_end_matches([',', '.', ';', ')']);
    !core.is_empty() && core.chars().all(|c| c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_abbreviation_ends_the_sentence_with_one_full_stop() {
        assert_eq!(
            single_full_stop("Wer wir sind: Fahrschule Lenkrad Kiel e. K.. Wir antworten."),
            "Wer wir sind: Fahrschule Lenkrad Kiel e. K. Wir antworten."
        );
        assert_eq!(single_full_stop("**Muster e. K.**."), "**Muster e. K.**.");
        assert_eq!(single_full_stop("und so weiter..."), "und so weiter...");
        assert_eq!(single_full_stop("siehe ../vorlagen"), "siehe ../vorlagen");
        assert_eq!(single_full_stop("Ende e. K.."), "Ende e. K.");
    }

    #[test]
    fn binds_legal_citations_units_and_phone_numbers() {
        assert_eq!(
            apply("nach Art. 6 Abs. 1 lit. a DSGVO und § 38 BDSG\n"),
            "nach Art.\u{a0}6 Abs.\u{a0}1 lit.\u{a0}a DSGVO und §\u{a0}38 BDSG\n"
        );
        assert_eq!(
            apply("für 6 Jahre, z. B. Briefe"),
            "für 6\u{a0}Jahre, z.\u{a0}B. Briefe"
        );
        assert_eq!(
            apply("Telefon +49 761 234567, danach"),
            "Telefon +49\u{a0}761\u{a0}234567, danach"
        );
    }

    #[test]
    fn leaves_markdown_structure_alone() {
        assert_eq!(apply("- Art. 5\n"), "- Art.\u{a0}5\n");
        assert_eq!(apply("1. Punkt\n"), "1. Punkt\n");
        assert_eq!(apply("## 3 Jahre\n"), "## 3\u{a0}Jahre\n");
        assert_eq!(apply("```\nArt. 6\n```\n"), "```\nArt. 6\n```\n");
        assert_eq!(apply("    eingerückt"), "    eingerückt");
    }
}
