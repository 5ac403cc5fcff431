//! Words as somelint sees them.
//!
//! A word is a maximal run of letters and digits (Unicode alphanumerics), with a single apostrophe or
//! colon allowed between two letters (`Alko's`, `EU:n`, `THL:n`). Spans are UTF-8 byte ranges into
//! the text.

/// Whether `c` can be part of a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A word's byte span in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// Iterates over the words of `text`.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator returned by [`words`].
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let bytes = self.text.as_bytes();
        // Skip to the next word character.
        let mut start = None;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    start = Some(self.pos);
                    break;
                }
                self.pos += 1;
            } else {
                let c = self.text[self.pos..].chars().next().unwrap_or(' ');
                if is_word_char(c) {
                    start = Some(self.pos);
                    break;
                }
                self.pos += c.len_utf8();
            }
        }
        let start = start?;
        let mut end = start;
        while let Some(c) = self.text[end..].chars().next() {
            if is_word_char(c) {
                end += c.len_utf8();
                continue;
            }
            if c == '\'' || c == ':' || c == '’' {
                // A joiner counts only between two word characters.
                let after = end + c.len_utf8();
                let next = self.text[after..].chars().next();
                let prev_alpha = self.text[..end]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                if prev_alpha && next.is_some_and(char::is_alphabetic) {
                    end = after;
                    continue;
                }
            }
            break;
        }
        self.pos = end;
        Some(Word { start, end })
    }
}

/// Finds the index of the word containing or following byte offset `at` in `words`
/// (sorted by start).
pub fn word_index_at(words: &[Word], at: usize) -> usize {
    words.partition_point(|w| w.end <= at)
}

/// Splits a long text into consecutive pieces of about `size` bytes, each ending just after an
/// ASCII space, tab or line break, so that no word, link or tag is cut; a piece with no such
/// break within `2 * size` bytes is cut at a character boundary. Scanners that keep per-character
/// state run piece by piece, so that their memory stays bounded however long the text is.
pub fn pieces(text: &str, size: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let size = size.max(1);
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let start = at;
        let target = start + size;
        let end = if target >= text.len() {
            text.len()
        } else {
            let limit = (target + size).min(text.len());
            match bytes[target..limit]
                .iter()
                .position(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            {
                Some(i) => target + i + 1,
                None => {
                    let mut cut = limit;
                    while !text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    cut
                }
            }
        };
        at = end;
        Some(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Vec<&str> {
        words(text).map(|w| &text[w.start..w.end]).collect()
    }

    #[test]
    fn splits_finnish_text() {
        assert_eq!(
            list("Hyvää päivää, THL:n väki! Ääkköset 2026."),
            ["Hyvää", "päivää", "THL:n", "väki", "Ääkköset", "2026"]
        );
    }

    #[test]
    fn joiners_only_between_letters() {
        assert_eq!(list("klo 12:30 'lainaus'"), ["klo", "12", "30", "lainaus"]);
        assert_eq!(list("sote-uudistus"), ["sote", "uudistus"]);
    }

    #[test]
    fn pieces_end_after_breaks_and_cover_the_text() {
        let text = "yksi kaksi\nkolme";
        let ps: Vec<_> = pieces(text, 4).map(|r| &text[r]).collect();
        assert_eq!(ps, ["yksi ", "kaksi\n", "kolme"]);
        let long = "ä".repeat(100);
        let ps: Vec<_> = pieces(&long, 7).collect();
        assert_eq!(ps.first().map(|r| r.start), Some(0));
        assert!(ps.windows(2).all(|w| w[0].end == w[1].start));
        assert_eq!(ps.last().map(|r| r.end), Some(long.len()));
        assert_eq!(pieces("", 4).count(), 0);
    }

    #[test]
    fn word_index_lookup() {
        let ws: Vec<Word> = words("yksi kaksi kolme").collect();
        assert_eq!(word_index_at(&ws, 0), 0);
        assert_eq!(word_index_at(&ws, 6), 1);
        assert_eq!(word_index_at(&ws, 4), 1);
        assert_eq!(word_index_at(&ws, 100), 3);
    }
}
