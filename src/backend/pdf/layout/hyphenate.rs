//! Layout stage, hyphenation policy: where a word may be split at a line end.
//!
//! German words are split by hypher's German TeX patterns (at least three letters on either
//! side), English documents by its English patterns (two letters before, three after, as TeX
//! does). The language is set for the layout of one document ([`with_lang`]).
//! Two rules keep German patterns off what is not German: a word with a capital letter
//! after its first letter (WhatsApp, iPhone, GmbH) is a brand or an abbreviation and is never
//! split, and the English and brand words the documents use are listed below. A short list
//! corrects pattern misbreaks.

/// Brand and foreign words that German patterns would split wrongly; matched on the whole
/// letter run, case-insensitively.
const KEEP_WHOLE: &[&str] = &[
    "android",
    "apple",
    "broadcast",
    "broadcasts",
    "business",
    "chatbot",
    "chatbots",
    "cloud",
    "facebook",
    "framework",
    "google",
    "instagram",
    "ireland",
    "limited",
    "messenger",
    "meta",
    "microsoft",
    "platforms",
    "policy",
    "privacy",
    "service",
    "services",
    "shield",
    "template",
    "templates",
    "whatsapp",
];

/// Pattern misbreaks, written with the allowed breaks marked by `-`.
const CORRECTED: &[&str] = &["Al-ler-gen", "Al-ler-ge-ne", "Al-ler-ge-nen"];

thread_local! {
    /// Language of the document being laid out on this thread.
    static LANG: std::cell::Cell<crate::lang::Lang> =
        const { std::cell::Cell::new(crate::lang::Lang::De) };
}

/// Runs `f` (the layout of one document) with the hyphenation patterns of `lang`, and restores
/// the previous language afterwards (German by default).
pub fn with_lang<T>(lang: crate::lang::Lang, f: impl FnOnce() -> T) -> T {
    let previous = LANG.with(|l| l.replace(lang));
    let out = f();
    LANG.with(|l| l.set(previous));
    out
}

/// Whether `word` (a run of letters) must not be hyphenated at all.
pub fn keep_whole(word: &str) -> bool {
    let inner_capital = word.chars().skip(1).any(char::is_uppercase);
    inner_capital
        || KEEP_WHOLE
            .binary_search(&word.to_lowercase().as_str())
            .is_ok()
}

/// The syllables of `word` (a run of letters) at which it may be split; one element when it
/// must stay whole. Joining the result gives back `word`.
pub fn syllables(word: &str) -> Vec<&str> {
    if keep_whole(word) {
        return vec![word];
    }
    if let Some(marked) = CORRECTED
        .iter()
        .find(|m| m.replace('-', "").eq_ignore_ascii_case(word))
    {
        let mut out = Vec::new();
        let mut start = 0;
        for part in marked.split('-') {
            let len: usize = part.chars().map(char::len_utf8).sum();
            out.push(&word[start..start + len]);
            start += len;
        }
        return out;
    }
    match LANG.with(std::cell::Cell::get) {
        crate::lang::Lang::De => hypher::hyphenate_bounded(word, hypher::Lang::German, 3, 3),
        crate::lang::Lang::En => hypher::hyphenate_bounded(word, hypher::Lang::English, 2, 3),
    }
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_for_binary_search() {
        assert!(KEEP_WHOLE.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn brands_and_english_words_stay_whole() {
        for w in [
            "WhatsApp",
            "Platforms",
            "Framework",
            "Broadcast",
            "GmbH",
            "iPhone",
        ] {
            assert_eq!(syllables(w), vec![w], "{w}");
        }
    }

    #[test]
    fn german_words_are_split_and_corrections_apply() {
        assert!(syllables("Datenverarbeitungsbedingungen").len() > 3);
        assert_eq!(syllables("Allergenen"), vec!["Al", "ler", "ge", "nen"]);
        for w in ["Unternehmensprofil", "Allergenen", "Meta"] {
            assert_eq!(syllables(w).concat(), w);
        }
    }
}
