//! Parts of a post the rules look at: measured units, the region a `require` searches, the
//! words around hits, and small helpers for the findings made from them.

use std::ops::Range;

use somelint_fi::closing::is_trailer;
use somelint_fi::tokens::{words, Word};
use unicode_segmentation::UnicodeSegmentation;

use super::run::Hit;
use crate::diagnostic::Diagnostic;
use crate::draft::Draft;
use crate::measure::paragraphs;
use crate::model::{At, Per};

/// A measured unit as a finding keeps it: whole, or its first [`Diagnostic::EXCERPT`]
/// characters and an ellipsis (a wall of text may be the whole draft).
pub(super) fn excerpt(text: &str) -> String {
    match text.char_indices().nth(Diagnostic::EXCERPT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Word indices of the hits' ends, found in one pass over the draft's words (a vector of all the
/// words of a long draft would hold many times the draft's size).
pub(super) struct WordPositions {
    /// `(byte offset, index of the word containing or following it)`, sorted.
    at: Vec<(usize, usize)>,
}

impl WordPositions {
    pub(super) fn new<const N: usize>(post: &str, lists: [&[Hit]; N]) -> Self {
        let mut offsets: Vec<usize> = lists
            .iter()
            .flat_map(|l| l.iter())
            .flat_map(|h| [h.start, h.end.saturating_sub(1)])
            .collect();
        offsets.sort_unstable();
        offsets.dedup();
        let mut words = words(post).peekable();
        let mut index = 0;
        let at = offsets
            .into_iter()
            .map(|o| {
                while words.next_if(|w: &Word| w.end <= o).is_some() {
                    index += 1;
                }
                (o, index)
            })
            .collect();
        WordPositions { at }
    }

    fn index(&self, offset: usize) -> usize {
        let i = self.at.partition_point(|&(o, _)| o < offset);
        self.at.get(i).map_or(0, |&(_, w)| w)
    }

    /// The range of word indices a byte span covers.
    pub(super) fn range(&self, start: usize, end: usize) -> Range<usize> {
        let first = self.index(start);
        let last = self.index(end.saturating_sub(1)).max(first);
        first..last + 1
    }
}

/// The units of one kind of a post, found as they are measured (never all held at once).
pub(super) fn units(post: &str, per: Per) -> Box<dyn Iterator<Item = Range<usize>> + '_> {
    match per {
        Per::Draft => Box::new(std::iter::once(0..post.len())),
        Per::Line => Box::new(line_ranges(post)),
        Per::Paragraph => Box::new(paragraphs(post)),
        Per::Sentence => Box::new(
            post.split_sentence_bound_indices()
                .map(|(i, s)| i..i + s.len()),
        ),
    }
}

/// Gives `right` the letter case of `wrong`: all caps, capitalised or as written.
pub(super) fn match_case(wrong: &str, right: &str) -> String {
    let letters: Vec<char> = wrong.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return right.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut cs = right.chars();
        if let Some(first) = cs.next() {
            return first.to_uppercase().chain(cs).collect();
        }
    }
    right.to_string()
}

/// The part of the post a `require` looks in.
pub(super) fn required_region(post: &str, at: At) -> Range<usize> {
    let lines: Vec<Range<usize>> = line_ranges(post)
        .filter(|r| !post[r.clone()].trim().is_empty())
        .collect();
    match at {
        At::Anywhere => 0..post.len(),
        At::Start => lines.first().cloned().unwrap_or(0..0),
        At::End => {
            let mut end = lines.len();
            while end > 0 && is_trailer(&post[lines[end - 1].clone()]) {
                end -= 1;
            }
            if end == 0 {
                return lines.last().cloned().unwrap_or(post.len()..post.len());
            }
            let start = end.saturating_sub(2);
            lines[start].start..lines[end - 1].end
        }
    }
}

pub(super) fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    text.split_inclusive('\n').map(move |l| {
        let r = at..at + l.trim_end_matches(['\n', '\r']).len();
        at += l.len();
        r
    })
}

pub(super) fn trim_span(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.start + s.trim_end().len();
    start..end.max(start)
}

/// The file span of the front matter line of `keys[0]`, else of the opening `---`.
pub(super) fn front_matter_line(draft: &Draft, keys: &[String]) -> Range<usize> {
    let src = draft.source();
    if let Some(key) = keys.first() {
        let needle = format!("\n{key}:");
        if let Some(i) = src.find(&needle) {
            let start = i + 1;
            let end = src[start..].find('\n').map_or(src.len(), |j| start + j);
            return start..end;
        }
    }
    0..src.find('\n').unwrap_or(src.len()).min(3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_follows_the_original() {
        assert_eq!(match_case("Kusipää", "ääliö"), "Ääliö");
        assert_eq!(match_case("NETTI", "verkko"), "VERKKO");
        assert_eq!(match_case("netti", "verkko"), "verkko");
    }

    #[test]
    fn end_region_skips_credits_and_link_lead_ins() {
        let post = "Tervetuloa!\n\n-Maija\n\nKuva: Jussi Virtanen\nLue lisää: https://x.fi\n";
        let r = required_region(post, At::End);
        assert!(post[r.clone()].contains("-Maija"), "{:?}", &post[r]);
    }

    #[test]
    fn end_region_skips_trailing_hashtags() {
        let post = "Tervetuloa!\n\n-Maija\n#Suomussalmi https://x.fi\n";
        let r = required_region(post, At::End);
        assert!(post[r].contains("-Maija"));
    }
}
