//! How easy a text is to read, as a Flesch–Kincaid grade: roughly the school year (US grade) a
//! reader needs. The NHS aims for a reading age of 9 to 11, about grade 5 to 7; the guide's limit
//! is grade 8, checked for every page by the native tests.

use crate::content::plain_text;

/// Words, sentences and syllables of a text.
#[derive(Debug, Default, PartialEq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Counts {
    pub fn of(text: &str) -> Counts {
        let mut counts = Counts::default();
        for sentence in text.split(['.', '!', '?', ':', ';', '\n']) {
            let words: Vec<&str> = sentence
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty())
                .collect();
            if words.is_empty() {
                continue;
            }
            counts.sentences += 1;
            counts.words += words.len();
            counts.syllables += words.iter().map(|w| syllables(w)).sum::<usize>();
        }
        counts
    }

    /// The Flesch–Kincaid grade level; 0 for a text with no words.
    pub fn grade(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        0.39 * words / self.sentences as f64 + 11.8 * self.syllables as f64 / words - 15.59
    }
}

/// Counts for generated HTML: each paragraph and list item ends a sentence, as it does for a
/// reader, even without a full stop. Headings are left out: their few short words would make a
/// page look easier than its prose is.
pub fn of_html(html: &str) -> Counts {
    let mut marked = String::with_capacity(html.len());
    let mut rest = html;
    // Skip from each `<h1>`…`<h6>` to its end tag.
    while let Some(start) = rest
        .match_indices("<h")
        .map(|(i, _)| i)
        .find(|&i| rest[i + 2..].starts_with(|c: char| c.is_ascii_digit()))
    {
        marked.push_str(&rest[..start]);
        let end_tag = format!("</h{}>", &rest[start + 2..start + 3]);
        match rest[start..].find(&end_tag) {
            Some(end) => rest = &rest[start + end + end_tag.len()..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    marked.push_str(rest);
    for end in ["</p>", "</li>", "</dt>", "</dd>"] {
        marked = marked.replace(end, &format!("\n{end}"));
    }
    Counts::of(&plain_text(&marked))
}

/// Syllables in one English word, by counting groups of vowels. Good enough for a grade level:
/// it is right for most words and errs both ways on the rest.
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    let word = word
        .trim_end_matches(['\'', '’', 's'])
        .trim_end_matches(['\'', '’']);
    if word.chars().all(|c| c.is_ascii_digit()) {
        return 1;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &chars {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    // "ia" is usually two syllables ("palliative", "dial"), but one in "-cial", "-tial", "-sia".
    count += chars
        .windows(3)
        .filter(|w| w[1] == 'i' && w[2] == 'a' && !matches!(w[0], 'c' | 't' | 's' | 'g'))
        .count();
    // A silent final "e" ("care", "home"), but not "-le" after a consonant ("table").
    if let [.., before, last, 'e'] = chars.as_slice() {
        let le_after_consonant = *last == 'l' && !is_vowel(*before);
        if !is_vowel(*last) && !le_after_consonant && count > 1 {
            count -= 1;
        }
    }
    // "-ed" is silent unless after t or d ("helped" vs "needed").
    if let [.., before, 'e', 'd'] = chars.as_slice() {
        if !matches!(before, 't' | 'd') && !is_vowel(*before) && count > 1 {
            count -= 1;
        }
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_of_common_words() {
        for (word, expected) in [
            ("care", 1),
            ("home", 1),
            ("nurse", 1),
            ("hospice", 2),
            ("table", 2),
            ("family", 3),
            ("helped", 1),
            ("needed", 2),
            ("palliative", 4),
            ("medicine", 3),
            ("special", 2),
            ("dial", 2),
            ("GP's", 1),
            ("111", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_score_low_and_long_latinate_ones_high() {
        let plain = Counts::of("The nurse can help. Ask your GP. You can call at any time.");
        let dense = Counts::of(
            "Multidisciplinary specialist palliative interventions necessitate comprehensive \
             individualised anticipatory prescribing considerations, particularly regarding \
             pharmacological administration.",
        );
        assert!(plain.grade() < 3.0, "plain text scored {}", plain.grade());
        assert!(dense.grade() > 16.0, "dense text scored {}", dense.grade());
    }

    #[test]
    fn counts_words_and_sentences() {
        assert_eq!(
            Counts::of("One two. Three!  Four five six?"),
            Counts {
                words: 6,
                sentences: 3,
                syllables: 6
            }
        );
        assert_eq!(Counts::of("").grade(), 0.0);
    }

    #[test]
    fn each_list_item_ends_a_sentence_and_headings_do_not_count() {
        let counts = of_html("<h2>Who helps</h2><ul><li>The GP</li><li>The nurse</li></ul><hr /><h3>More</h3><p>Ask.</p>");
        assert_eq!((counts.words, counts.sentences), (5, 3));
    }
}
