//! The quantities `metric` rules measure, computed on a unit of post text.

use unicode_segmentation::UnicodeSegmentation;

use crate::metrics::text;
use crate::metrics::x_length::x_weighted_length;
use crate::model::Measure;

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
            Measure::ProseWords => prose_words(text).count() as f64,
            Measure::CapsRatio => caps_ratio(text),
            Measure::Exclamations => text.matches('!').count() as f64,
            Measure::Lines => text.lines().filter(|l| !l.trim().is_empty()).count() as f64,
            Measure::Paragraphs => paragraphs(text).count() as f64,
            Measure::XWeightedLength => x_weighted_length(text).weighted_length as f64,
            Measure::MastodonLength => text::mastodon_length(text) as f64,
            Measure::Hashtags => text::hashtags(text).len() as f64,
            Measure::Mentions => text::mentions(text).len() as f64,
            Measure::Links => text::urls(text).len() as f64,
            Measure::EmojiRun => text::emoji_runs(text)
                .iter()
                .map(|r| r.2)
                .max()
                .unwrap_or(0) as f64,
        }
    }

    /// For a length measure over `max`, the byte offset in `text` where the part over the limit
    /// starts.
    pub fn overflow_at(self, text: &str, max: f64) -> Option<usize> {
        let max = max.max(0.0) as usize;
        match self {
            Measure::Graphemes => text.grapheme_indices(true).nth(max).map(|(i, _)| i),
            Measure::Chars => text.char_indices().nth(max).map(|(i, _)| i),
            Measure::XWeightedLength => {
                // The limit is X's own (280); a rule's lower `max` ("close to the limit")
                // has no overflow point of its own.
                let len = x_weighted_length(text);
                (!len.valid && len.weighted_length as f64 > max as f64)
                    .then_some(len.valid_range_end)
                    .filter(|&end| end < text.len())
            }
            Measure::MastodonLength => prefix_overflow(text, max, text::mastodon_length),
            Measure::Hashtags => text::hashtags(text).get(max).map(|h| h.0),
            Measure::Links => text::urls(text).get(max).map(|u| u.0),
            Measure::Mentions => text::mentions(text).get(max).map(|m| m.0),
            _ => None,
        }
    }
}

/// The first grapheme boundary whose prefix measures more than `max`, for measures that grow
/// (almost) monotonically with the text: the start of the grapheme that crosses the limit.
fn prefix_overflow(text: &str, max: usize, len: impl Fn(&str) -> usize) -> Option<usize> {
    if len(text) <= max {
        return None;
    }
    let ends: Vec<usize> = text
        .grapheme_indices(true)
        .map(|(i, g)| i + g.len())
        .collect();
    // The first prefix (ending at a grapheme boundary) that is over the limit.
    let first_over = ends.partition_point(|&e| len(&text[..e]) <= max);
    let over_end = *ends.get(first_over)?;
    let start = text[..over_end]
        .grapheme_indices(true)
        .next_back()
        .map_or(0, |(i, _)| i);
    Some(start)
}

/// Byte ranges of paragraphs: runs of non-blank lines.
pub(crate) fn paragraphs(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
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

/// Words that are not part of a hashtag, a mention or a link. Linear in the text: the tagged
/// ranges are merged once and passed over in step with the words.
fn prose_words(text: &str) -> impl Iterator<Item = somelint_fi::tokens::Word> + '_ {
    let mut skip: Vec<(usize, usize)> = text::urls(text)
        .into_iter()
        .chain(text::hashtags(text))
        .chain(text::mentions(text))
        .collect();
    skip.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(skip.len());
    for (s, e) in skip {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut next = 0;
    somelint_fi::tokens::words(text).filter(move |w| {
        while merged.get(next).is_some_and(|&(_, e)| e <= w.start) {
            next += 1;
        }
        let covered = merged
            .get(next)
            .is_some_and(|&(s, e)| s <= w.start && w.end <= e);
        let tagged = text[..w.start].ends_with(['#', '@']);
        !tagged && !covered
    })
}

fn caps_ratio(text: &str) -> f64 {
    // Most drafts have no word in capitals: then nothing is shouted, and the tagged ranges
    // that `prose_words` leaves out need not be found.
    let in_caps = |w: somelint_fi::tokens::Word| {
        let word = &text[w.start..w.end];
        // Most words start with a lower-case letter.
        !word.starts_with(|c: char| c.is_lowercase()) && letters_and_caps(word).1
    };
    if !somelint_fi::tokens::words(text).any(in_caps) {
        return 0.0;
    }
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
    for w in prose_words(text) {
        let word = &text[w.start..w.end];
        let (n, caps) = letters_and_caps(word);
        letters += n;
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

/// A word's letters, and whether it is in capitals: at least two letters and no lower-case
/// character (a word in a script without case counts too).
fn letters_and_caps(word: &str) -> (usize, bool) {
    let n = word.chars().filter(|c| c.is_alphabetic()).count();
    (n, n >= 2 && word.chars().all(|c| !c.is_lowercase()))
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
    fn tags_and_links_are_not_prose() {
        let t = "Tervetuloa leirille! #KESÄLEIRI #Suomussalmi @KUNTA https://x.fi/ISOJA/KIRJAIMIA";
        assert_eq!(Measure::ProseWords.measure(t), 2.0);
        assert_eq!(Measure::CapsRatio.measure(t), 0.0);
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "a\nb\n\n\nc\n";
        let ps: Vec<_> = paragraphs(t).map(|r| &t[r]).collect();
        assert_eq!(ps, ["a\nb", "c"]);
    }

    #[test]
    fn x_length_weighs_links_and_overflows_past_the_valid_part() {
        let text = format!(
            "{} https://suomussalmi.fi/hyvin/pitka/osoite",
            "a".repeat(10)
        );
        assert_eq!(Measure::XWeightedLength.measure(&text), 10.0 + 1.0 + 23.0);
        let long = "ä".repeat(300);
        assert_eq!(Measure::XWeightedLength.measure(&long), 300.0);
        let at = Measure::XWeightedLength.overflow_at(&long, 280.0).unwrap();
        assert_eq!(long[..at].chars().count(), 280);
        assert_eq!(Measure::XWeightedLength.overflow_at("lyhyt", 280.0), None);
    }

    #[test]
    fn mastodon_length_counts_links_as_23() {
        let text = format!("{} https://example.com/{}", "a".repeat(5), "b".repeat(100));
        assert_eq!(Measure::MastodonLength.measure(&text), 5.0 + 1.0 + 23.0);
        let long = format!("{}👍🏽{}", "a".repeat(499), "b".repeat(10));
        let at = Measure::MastodonLength.overflow_at(&long, 500.0).unwrap();
        assert_eq!(&long[at..at + 1], "b");
    }

    #[test]
    fn counts_of_tags_mentions_links_and_emoji_runs() {
        let t = "Tervetuloa #Suomussalmi #kesä @kunta www.suomussalmi.fi 🎉🎉 🎈🎈 ja 🎉";
        assert_eq!(Measure::Hashtags.measure(t), 2.0);
        assert_eq!(Measure::Mentions.measure(t), 1.0);
        assert_eq!(Measure::Links.measure(t), 1.0);
        assert_eq!(Measure::EmojiRun.measure(t), 4.0);
        assert_eq!(Measure::Hashtags.overflow_at(t, 1.0), t.find("#kesä"));
    }

    #[test]
    fn sentence_words_takes_longest() {
        assert_eq!(
            Measure::SentenceWords.measure("Yksi kaksi. Yksi kaksi kolme."),
            3.0
        );
    }
}
