//! Small text helpers shared by the stages: edit distance for suggestions, German list joins.

/// Levenshtein distance in characters, for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Joins items the German way: "A", "A und B", "A, B und C".
pub fn join_und<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "und")
}

/// Joins items in English: "A, B and C" (no serial comma, as in the official GDPR text).
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "and")
}

/// A list joined in the language of the document: [`join_und`] or [`join_and`].
pub fn join_in<S: AsRef<str>>(items: &[S], lang: crate::lang::Lang) -> String {
    join_with(items, lang.pick("und", "and"))
}

/// Joins items with a final conjunction: "A, B oder C".
pub fn join_with<S: AsRef<str>>(items: &[S], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {conjunction} {}", head.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance() {
        assert_eq!(edit_distance("compnay", "company"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("Straße", "Strasse"), 2);
    }

    #[test]
    fn german_lists() {
        assert_eq!(join_und(&["A"]), "A");
        assert_eq!(join_und(&["A", "B"]), "A und B");
        assert_eq!(join_und(&["A", "B", "C"]), "A, B und C");
        assert_eq!(join_with(&["E-Mail", "Post"], "oder"), "E-Mail oder Post");
    }
}
