//! The quantities `metric` rules measure, computed on a unit of post text.

use serde::Deserialize;
use unicode_segmentation::UnicodeSegmentation;

/// A measurable quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// User-perceived characters (extended grapheme clusters), as Bluesky counts.
    Graphemes,
    /// Unicode scalar values.
    Chars,
    /// Words.
    Words,
    /// Words in the longest sentence (per draft) or in the sentence (per sentence).
    SentenceWords,
    /// Share of letters in shouted words (all-caps words of six or more letters, or runs of
    /// three or more all-caps words); acronyms like `THL` or `KELA` do not count.
    CapsRatio,
    /// Exclamation marks.
    Exclamations,
    /// Lines.
    Lines,
    /// Paragraphs (blank-line separated).
    Paragraphs,
}

impl Measure {
    /// Measures `text`.
    pub fn measure(self, text: &str) -> f64 {
        match self {
            Measure::Graphemes => text.graphemes(true).count() as f64,
            Measure::Chars => text.chars().count() as f64,
            Measure::Words => somelint_fi::tokens::words(text).count() as f64,
            Measure::SentenceWords => text
                .split_sentence_bounds()
                .map(|s| somelint_fi::tokens::words(s).count())
                .max()
                .unwrap_or(0) as f64,
            Measure::CapsRatio => caps_ratio(text),
            Measure::Exclamations => text.matches('!').count() as f64,
            Measure::Lines => text.lines().filter(|l| !l.trim().is_empty()).count() as f64,
            Measure::Paragraphs => paragraphs(text).count() as f64,
        }
    }

    /// For a length measure over `max`, the byte offset in `text` where the part over the limit
    /// starts.
    pub fn overflow_at(self, text: &str, max: f64) -> Option<usize> {
        let max = max.max(0.0) as usize;
        match self {
            Measure::Graphemes => text.grapheme_indices(true).nth(max).map(|(i, _)| i),
            Measure::Chars => text.char_indices().nth(max).map(|(i, _)| i),
            _ => None,
        }
    }
}

/// Byte ranges of paragraphs: runs of non-blank lines.
pub fn paragraphs(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut at = 0;
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut lines = text.split_inclusive('\n');
    std::iter::from_fn(move || loop {
        match lines.next() {
            Some(line) => {
                let here = at;
                at += line.len();
                if line.trim().is_empty() {
                    if let Some(s) = start.take() {
                        return Some(s..end);
                    }
                } else {
                    start.get_or_insert(here);
                    end = here + line.trim_end().len();
                }
            }
            None => return start.take().map(|s| s..end),
        }
    })
}

fn caps_ratio(text: &str) -> f64 {
    let mut letters = 0usize;
    let mut shouted = 0usize;
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, shouted: &mut usize| {
        if run.len() >= 3 {
            *shouted += run.iter().sum::<usize>();
        } else {
            *shouted += run.iter().filter(|&&n| n >= 6).sum::<usize>();
        }
        run.clear();
    };
    for w in somelint_fi::tokens::words(text) {
        let word = &text[w.start..w.end];
        let n = word.chars().filter(|c| c.is_alphabetic()).count();
        letters += n;
        let caps = n >= 2 && word.chars().all(|c| !c.is_lowercase());
        if caps {
            run.push(n);
        } else {
            flush(&mut run, &mut shouted);
        }
    }
    flush(&mut run, &mut shouted);
    if letters == 0 {
        0.0
    } else {
        shouted as f64 / letters as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graphemes_count_user_characters() {
        assert_eq!(Measure::Graphemes.measure("👍🏽 äö"), 4.0);
        assert_eq!(Measure::Graphemes.overflow_at("abcdef", 4.0), Some(4));
    }

    #[test]
    fn acronyms_are_not_shouting() {
        assert_eq!(
            Measure::CapsRatio.measure("THL ja HUS ja KELA suosittelevat rokotetta."),
            0.0
        );
        assert!(Measure::CapsRatio.measure("TÄMÄ ON TÄYSIN KÄSITTÄMÄTÖNTÄ") > 0.9);
        assert!(Measure::CapsRatio.measure("Tämä on KÄSITTÄMÄTÖNTÄ touhua") > 0.3);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "a\nb\n\n\nc\n";
        let ps: Vec<_> = paragraphs(t).map(|r| &t[r]).collect();
        assert_eq!(ps, ["a\nb", "c"]);
    }

    #[test]
    fn sentence_words_takes_longest() {
        assert_eq!(
            Measure::SentenceWords.measure("Yksi kaksi. Yksi kaksi kolme."),
            3.0
        );
    }
}
