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

/// Whether a token starts as a link does (`http://`, `https://`, `www.`, in any letter case).
pub fn starts_link(token: &[u8]) -> bool {
    ["http://", "https://", "www."].iter().any(|p| {
        token
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    })
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

/// The Latin letter a Cyrillic or Greek letter looks like, if any.
fn look_alike(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'е' => 'e',
        'о' | 'ο' => 'o',
        'р' | 'ρ' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' | 'ι' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'к' | 'κ' => 'k',
        'м' => 'm',
        'т' | 'τ' => 't',
        'ν' => 'v',
        'υ' => 'u',
        'А' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'Е' | 'Ε' => 'E',
        'Ζ' => 'Z',
        'Н' | 'Η' => 'H',
        'І' | 'Ι' => 'I',
        'Ј' => 'J',
        'К' | 'Κ' => 'K',
        'М' | 'Μ' => 'M',
        'Ν' => 'N',
        'О' | 'Ο' => 'O',
        'Р' | 'Ρ' => 'P',
        'С' => 'C',
        'Ѕ' => 'S',
        'Т' | 'Τ' => 'T',
        'У' | 'Υ' => 'Y',
        'Х' | 'Χ' => 'X',
        _ => return None,
    })
}

/// A copy of `text` in which every word that mixes Latin letters with Cyrillic or Greek ones that
/// look like them (`реrkеlе`, `ΡΑSΚΑ`, a disguise) has those letters as Latin ones, with the
/// byte offset in `text` of every byte of the copy and of its end; `None` when no word mixes
/// them (text in Russian or Greek stays as it is).
pub fn latinised(text: &str) -> Option<(String, Vec<usize>)> {
    // Cyrillic and Greek letters have the lead bytes 0xCE to 0xD1 in UTF-8.
    if !text.bytes().any(|b| (0xCE..=0xD1).contains(&b)) {
        return None;
    }
    let mixed = |word: &str| {
        word.chars().any(|c| c.is_ascii_alphabetic())
            && word.chars().any(|c| look_alike(c).is_some())
    };
    let mut words = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| mixed(w))
        .peekable();
    words.peek()?;
    let mut latin = String::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len() + 1);
    let mut start = 0;
    for word in words {
        let ws = word.as_ptr() as usize - text.as_ptr() as usize;
        latin.push_str(&text[start..ws]);
        at.extend(start..ws);
        for (i, c) in word.char_indices() {
            let read = look_alike(c).unwrap_or(c);
            latin.push(read);
            at.extend(std::iter::repeat_n(ws + i, read.len_utf8()));
        }
        start = ws + word.len();
    }
    latin.push_str(&text[start..]);
    at.extend(start..=text.len());
    Some((latin, at))
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

    #[test]
    fn mixed_words_are_read_in_latin_letters() {
        let text = "Ja taas реrkеlе kaatu. Tää on ΡΑSΚΑ!";
        let (latin, at) = latinised(text).expect("two words mix scripts");
        assert_eq!(latin, "Ja taas perkele kaatu. Tää on PASKA!");
        let p = latin.find("perkele").expect("read");
        assert_eq!(&text[at[p]..at[p + "perkele".len()]], "реrkеlе");
        assert_eq!(at[latin.len()], text.len());
        // Russian or Greek text, and Latin text, are left as they are.
        assert!(latinised("Привет, реклама и рак.").is_none());
        assert!(latinised("Hyvää päivää kaikille").is_none());
    }
}
