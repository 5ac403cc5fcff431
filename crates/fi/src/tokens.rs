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
        loop {
            // ASCII letters and digits, most of any word, a byte at a time.
            while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
            }
            let Some(c) = self.text[end..].chars().next() else {
                break;
            };
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

/// The nearest character boundary of `text` at or before byte `at` (`at` at most its length).
pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The nearest character boundary of `text` at or after byte `at` (`at` at most its length).
pub(crate) fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
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
                None => floor_boundary(text, limit),
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
        // The Cyrillic izhitsa too (`ѵittu`; the ninety-third disguise set's dev half).
        'ν' | 'ѵ' => 'v',
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
        'Ѵ' => 'V',
        'О' | 'Ο' => 'O',
        'Р' | 'Ρ' => 'P',
        'С' => 'C',
        'Ѕ' => 'S',
        'Т' | 'Τ' => 'T',
        'У' | 'Υ' => 'Y',
        'Х' | 'Χ' => 'X',
        // Full-width Latin letters (`ｖｉｔｔｕ`), as East Asian keyboards type them.
        c if full_width(c) => return char::from_u32(c as u32 - 0xFEE0),
        c if c.is_uppercase() => {
            let small = c.to_lowercase().next()?;
            return unaccented(small).map(|p| p.to_ascii_uppercase());
        }
        c => return unaccented(c),
    })
}

/// Whether `c` is a full-width Latin letter (U+FF21–U+FF3A, U+FF41–U+FF5A).
fn full_width(c: char) -> bool {
    matches!(c, '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
}

/// The plain letter for an accented small Latin letter that Finnish does not use (`kÿrpä`,
/// `vïttu`, `pêrkele`); `ä`, `ö` and `å` are Finnish, `ü` is read as Finnish reads it, `y`.
fn unaccented(c: char) -> Option<char> {
    Some(match c {
        'ÿ' | 'ý' | 'ü' => 'y',
        'ï' | 'í' | 'ì' | 'î' => 'i',
        'ë' | 'é' | 'è' | 'ê' => 'e',
        'á' | 'à' | 'â' | 'ã' => 'a',
        'ó' | 'ò' | 'ô' | 'õ' => 'o',
        'ú' | 'ù' | 'û' => 'u',
        'ñ' => 'n',
        _ => return None,
    })
}

/// Whether `word` is written in small letters with a capital `I` among them, not first, standing
/// for `l` (`kuIIin`, `heIvetti`, `PerkeIe`).
fn small_with_capital_i(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next().filter(|c| c.is_alphabetic()) else {
        return false;
    };
    let rest = &word[first.len_utf8()..];
    rest.len() >= 2 && rest.contains('I') && chars.all(|c| c == 'I' || c.is_lowercase())
}

/// Whether `word` is written in capitals with a lower-case `l` standing for `I` among them
/// (`VlTTU`, `PASKAlNEN`): two capitals at least, and no other small letter.
fn capitals_with_l(word: &str) -> bool {
    let mut capitals = 0;
    let mut l = false;
    for c in word.chars() {
        match c {
            'l' => l = true,
            c if c.is_uppercase() => capitals += 1,
            _ => return false,
        }
    }
    l && capitals >= 2
}

/// A copy of `text` in which every word that mixes Latin letters with Cyrillic or Greek ones that
/// look like them (`реrkеlе`, `ΡΑSΚΑ`, a disguise) or with accented letters Finnish does not use
/// (`kÿrpä`) has those letters as plain Latin ones, every word in capitals with a lower-case `l`
/// among them (`VlTTU`) has `I` for it, and every word in small letters with a capital `I` among
/// them (`kuIIin`) has `l` for it, and full-width letters (`ｖｉｔｔｕ`) are plain ones, with the byte
/// offset in `text` of every byte of the copy and of its end; `None` when no word is written so
/// (text in Russian or Greek stays as it is).
pub fn latinised(text: &str) -> Option<(String, Vec<usize>)> {
    // Cyrillic and Greek letters have the lead bytes 0xCE to 0xD1 in UTF-8; an `l` for `I`
    // stands next to a capital.
    // Accented Latin letters have the lead byte 0xC3, as `ä`, `ö`, `å` (and `Ä`, `Ö`, `Å`) do.
    let maybe = |w: &[u8]| {
        (0xCE..=0xD1).contains(&w[0])
            || (w[0] == 0xC3 && !matches!(w[1], 0xA4 | 0xB6 | 0xA5 | 0x84 | 0x96 | 0x85))
            || (w[0] == b'l' && w[1].is_ascii_uppercase())
            || (w[0].is_ascii_uppercase() && w[1] == b'l')
            || (w[0].is_ascii_lowercase() && w[1] == b'I')
            // Full-width letters: U+FF21 to U+FF5A are EF BC A1 to EF BD 9A.
            || (w[0] == 0xEF && matches!(w[1], 0xBC | 0xBD))
    };
    if !text.as_bytes().windows(2).any(maybe) {
        return None;
    }
    let mixed = |word: &str| {
        capitals_with_l(word)
            || small_with_capital_i(word)
            || (word.chars().any(|c| c.is_ascii_alphabetic())
                && word.chars().any(|c| look_alike(c).is_some()))
            // Full-width letters are no language's own: read them wherever they are.
            || word.chars().any(full_width)
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
        let capitals = capitals_with_l(word);
        let small = small_with_capital_i(word);
        for (i, c) in word.char_indices() {
            let read = match c {
                'l' if capitals => 'I',
                'I' if small && i > 0 => 'l',
                c => look_alike(c).unwrap_or(c),
            };
            latin.push(read);
            at.extend(std::iter::repeat_n(ws + i, read.len_utf8()));
        }
        start = ws + word.len();
    }
    latin.push_str(&text[start..]);
    at.extend(start..=text.len());
    Some((latin, at))
}

/// Whether a term's match is written the way an ordinary word is: Latin letters alone, in parts
/// joined by hyphens (of two letters or more when there are hyphens), each part in small
/// letters, with a capital first letter or all in capitals, and no letter three times in a
/// row. A disguised form is not: masks, digits or symbols for letters (`mun@ton`, `p0ssu`,
/// `Pä$$i`), letters spaced or spelled apart (`p o s s u`, `ä-m-m-ä`), capitals inside a word
/// (`leHmÄ`), letters of another alphabet (`hοmο` with Greek `ο`), stretched letters
/// (`poooossu`).
///
/// `after` is the text right after the match: a single `*` there (not `**`, markup) is a mask
/// that the match left out (`nartt*`).
pub fn written_plainly(hit: &str, after: &str) -> bool {
    if after.starts_with('*') && !after.starts_with("**") {
        return false;
    }
    // Single letters between hyphens are spelled apart (`ä-m-m-ä`), no compound's parts.
    let parts = hit.split('-').count();
    hit.split('-')
        .all(|part| plain_part(part) && (parts == 1 || part.chars().nth(1).is_some()))
}

/// A part of [`written_plainly`]'s word between hyphens.
fn plain_part(part: &str) -> bool {
    let mut chars = part.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    let small = rest.chars().all(char::is_lowercase);
    let cased = small || (first.is_uppercase() && rest.chars().all(char::is_uppercase));
    let letters: Vec<char> = part.chars().flat_map(char::to_lowercase).collect();
    cased
        && letters.iter().all(|&c| c.is_alphabetic() && c < '\u{250}')
        && !letters.windows(3).any(|w| w[0] == w[1] && w[1] == w[2])
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
        // A lower-case l among capitals is an I; not in a word with other small letters.
        let (latin, at) = latinised("VlTTU mikä lagi, Ilkka").expect("VlTTU");
        assert_eq!(latin, "VITTU mikä lagi, Ilkka");
        assert_eq!(at[latin.len()], "VlTTU mikä lagi, Ilkka".len());
        assert!(latinised("Ilmoittaudu HUS:lle, HSlle ja Kallelle").is_none());
        // A capital I among small letters is an l; not first in a word, not in a word with
        // other capitals (`iPad`, `Iso`). A brand's `LinkedIn` is read `Linkedln`, which is no
        // term either.
        let (latin, _) = latinised("sen kuIIin kokoa, HeIvetti").expect("kuIIin");
        assert_eq!(latin, "sen kullin kokoa, Helvetti");
        assert!(latinised("iPad, iPhone ja Iso-Iiro").is_none());
        // Accented letters Finnish does not use are plain ones; `ä`, `ö` and `å` stay.
        let (latin, at) = latinised("on kÿrpä, vïttu! Åland ja Müller").expect("kÿrpä");
        assert_eq!(latin, "on kyrpä, vittu! Åland ja Myller");
        assert_eq!(at[latin.len()], "on kÿrpä, vïttu! Åland ja Müller".len());
        // Full-width Latin letters are plain ones, wherever they are.
        let text = "ｖｉｔｔｕ mitä touhua, ＰＡＳＫＡ";
        let (latin, at) = latinised(text).expect("full-width");
        assert_eq!(latin, "vittu mitä touhua, PASKA");
        assert_eq!(&text[at[0]..at[5]], "ｖｉｔｔｕ");
        assert_eq!(at[latin.len()], text.len());
        // Russian or Greek text, and Latin text, are left as they are.
        assert!(latinised("Привет, реклама и рак.").is_none());
        assert!(latinised("Hyvää päivää kaikille").is_none());
    }

    #[test]
    fn plain_and_disguised_writing() {
        for plain in [
            "possu",
            "Possu",
            "POSSU",
            "possu-Pekka",
            "Pässi",
            "älä",
            "a",
            "Ä",
        ] {
            assert!(written_plainly(plain, " ja"), "{plain}");
        }
        for disguised in [
            "p0ssu",
            "akk*",
            "Pä$$i",
            "leHmÄ",
            "pOSSU",
            "p o s s u",
            "poooossu",
            "hοmο",
            "",
            "possu-",
            "mun@ton",
            "ä-m-m-ä",
            "p-ossu",
        ] {
            assert!(!written_plainly(disguised, ""), "{disguised}");
        }
        assert!(!written_plainly("nartt", "* kiusaa"));
        assert!(written_plainly("possu", "** on"), "markup, not a mask");
    }
}
