//! Turning text into words that match the way people type them: lower case, common small words
//! dropped, word endings trimmed ("eating" and "eat", "tiredness" and "tired"), and typing slips
//! forgiven.

/// Words too common to help find anything.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "at", "be", "can", "could", "did", "do", "does", "for", "from", "get",
    "got", "has", "have", "he", "her", "him", "his", "how", "i", "if", "in", "is", "it", "me",
    "my", "of", "on", "or", "our", "she", "should", "so", "that", "the", "their", "them", "there",
    "they", "this", "to", "us", "was", "we", "what", "when", "who", "will", "with", "would", "you",
    "your",
];

/// Forms that trimming endings cannot join: they all mean the same to a reader searching.
const SAME_AS: &[(&str, &str)] = &[
    ("dying", "die"),
    ("died", "die"),
    ("dies", "die"),
    ("death", "die"),
    ("deaths", "die"),
    ("dead", "die"),
    ("paid", "pay"),
    ("children", "child"),
    ("chemo", "chemotherapy"),
];

/// A word as typed (lower case) and its trimmed form.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub raw: String,
    pub stem: String,
}

/// Every word of a text, small words included, in order.
pub fn all_words(text: &str) -> Vec<Word> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let raw = w.to_lowercase();
            Word {
                stem: stem(&raw),
                raw,
            }
        })
        .collect()
}

/// The words of a text that can help find something.
pub fn key_words(text: &str) -> Vec<Word> {
    all_words(text)
        .into_iter()
        .filter(|w| !STOP_WORDS.contains(&w.raw.as_str()))
        .collect()
}

/// A word with its common English ending trimmed, so that forms of one word meet:
/// tired, tiredness → "tir"; eat, eating, eats → "eat"; nurse, nurses → "nurs".
pub fn stem(word: &str) -> String {
    if let Some((_, same)) = SAME_AS.iter().find(|(form, _)| *form == word) {
        return (*same).to_owned();
    }
    let mut s = word.to_owned();
    let long = |s: &str, n: usize| s.chars().count() > n;
    if s.ends_with("ies") && long(&s, 4) {
        s.truncate(s.len() - 3);
        s.push('y');
    }
    // Twice, for words with two endings: tiredness → tired → tir.
    for _ in 0..2 {
        let ending = [
            ("ness", 6),
            ("less", 7),
            ("ing", 5),
            ("ed", 4),
            ("ion", 6),
            ("ly", 5),
        ]
        .into_iter()
        .find(|(ending, min)| s.ends_with(ending) && long(&s, *min));
        if let Some((ending, _)) = ending {
            s.truncate(s.len() - ending.len());
        }
    }
    if s.ends_with('s') && !s.ends_with("ss") && long(&s, 3) {
        s.pop();
    }
    if s.ends_with('e') && long(&s, 4) {
        s.pop();
    }
    s
}

/// How well a typed word matches a word of the guide: 3 the same word, 2 the start of a longer
/// word ("hosp"), 1 with a slip or two (the longer the word, the more slips allowed), 0 not at all.
pub fn matches(typed: &Word, word: &Word) -> u32 {
    if typed.stem == word.stem || typed.raw == word.raw {
        3
    } else if typed.raw.len() >= 3 && word.raw.starts_with(&typed.raw) {
        2
    } else if within(&typed.raw, &word.raw, slips(&typed.raw)) {
        1
    } else {
        0
    }
}

/// How many typing slips a word of this length may have.
pub fn slips(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Whether two words are at most `limit` edits apart (insert, delete, change, or swap two
/// neighbouring letters).
pub fn within(a: &str, b: &str, limit: usize) -> bool {
    if limit == 0 {
        return a == b;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return false;
    }
    let mut rows = vec![(0..=b.len()).collect::<Vec<usize>>()];
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let change = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (rows[i - 1][j] + 1)
                .min(row[j - 1] + 1)
                .min(rows[i - 1][j - 1] + change);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(rows[i - 2][j - 2] + 1);
            }
        }
        if row.iter().min().is_some_and(|&m| m > limit) {
            return false;
        }
        rows.push(row);
    }
    rows[a.len()][b.len()] <= limit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_word_meet() {
        assert_eq!(stem("tired"), stem("tiredness"));
        assert_eq!(stem("eat"), stem("eating"));
        assert_eq!(stem("nurse"), stem("nurses"));
        assert_eq!(stem("hospice"), stem("hospices"));
        assert_eq!(stem("families"), stem("family"));
        assert_eq!(stem("breathless"), stem("breathing"));
        assert_eq!(stem("constipated"), stem("constipation"));
        assert_eq!(stem("dies"), stem("death"));
        assert_ne!(stem("care"), stem("cure"));
        assert_eq!(stem("gp"), "gp", "short words are left alone");
    }

    #[test]
    fn small_words_are_dropped() {
        let words: Vec<String> = key_words("How do I get a referral?")
            .into_iter()
            .map(|w| w.raw)
            .collect();
        assert_eq!(words, ["referral"]);
    }

    #[test]
    fn matching_forgives_slips_by_length() {
        let w = |s: &str| all_words(s).remove(0);
        assert_eq!(matches(&w("eating"), &w("eat")), 3);
        assert_eq!(matches(&w("hosp"), &w("hospice")), 2);
        assert_eq!(matches(&w("paliative"), &w("palliative")), 1);
        assert_eq!(matches(&w("cat"), &w("car")), 0, "no slips in short words");
        assert!(within("respite", "respit", 1) && !within("nurse", "purse", 0));
        assert!(!within("dog", "cat", 2));
    }
}
