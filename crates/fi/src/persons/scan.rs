//! The words of a text with what the detector needs to know of their surroundings: letter case,
//! sentence starts, the punctuation just before and after. One pass, no allocation.
//!
//! Words are the term matcher's compound words (letters and digits joined by a hyphen, colon or
//! apostrophe between two of them: `Juha-Pekka`, `75-vuotiaalle`, `THL:n`), so a word handed to
//! a matcher is exactly what the matcher would see in the whole text.

use crate::inflect::scan::{next_word, word_end};

/// The letter case of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
    /// Starts with a small letter.
    Lower,
    /// Starts with a capital, and is not all capitals.
    Capital,
    /// Two or more letters, all capitals (`MK`, `THL`).
    Upper,
    /// Digits only.
    Digits,
    /// Anything else (`75-vuotias`).
    Other,
}

/// A word and its surroundings.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) case: Case,
    /// The first word of the text, a line, or a sentence (after `. ! ? … :`, except the period
    /// of an initial).
    pub(super) sentence_start: bool,
    /// Only spaces (no punctuation, no line break) since the previous word.
    pub(super) joined: bool,
    /// The last character before the word that is not white space (`'\0'` at the start).
    pub(super) before: char,
    /// `before` touches the word (`/TL`, `#Lahti`, `(92`).
    pub(super) tight: bool,
    /// The character right after the word (`'\0'` at the end).
    pub(super) after: char,
    /// Only white space follows the word up to the end of its line.
    pub(super) line_end: bool,
}

impl Word {
    /// In small letters, or capitalised opening a sentence: as a title or a relation noun is
    /// written (`rehtori`, `Kuraattori` first).
    pub(super) fn small_or_opening(&self) -> bool {
        match self.case {
            Case::Lower => true,
            Case::Capital => self.sentence_start,
            _ => false,
        }
    }

    /// Alone in parentheses, touching both (`(7)`, `(29)`).
    pub(super) fn in_brackets(&self) -> bool {
        self.tight && self.before == '(' && self.after == ')'
    }

    /// A single capital letter followed by a period: an initial (`M.`).
    pub(super) fn is_initial(&self, text: &str) -> bool {
        self.case == Case::Capital
            && self.after == '.'
            && text[self.start..self.end].chars().count() == 1
    }

    /// The abbreviations of a birth notice followed by their period: `o.s.` (née), `os.`, `s.`
    /// (born), `k.` (died), whose period ends no sentence (`Anni Kuusela o.s. Harju`).
    pub(super) fn is_birth_abbreviation(&self, text: &str) -> bool {
        self.case == Case::Lower
            && self.after == '.'
            && matches!(&text[self.start..self.end], "o" | "s" | "os" | "k")
    }

    /// A single capital letter with a case ending after a colon: an initial inflected
    /// (`R:ää`, `K:lle`, `M:n`).
    pub(super) fn is_inflected_initial(&self, text: &str) -> bool {
        let mut cs = text[self.start..self.end].chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.next() == Some(':')
            && (1..=4).contains(&cs.clone().count())
            && cs.all(char::is_lowercase)
    }
}

/// Iterator over the [`Word`]s of a text.
pub(super) struct Words<'a> {
    text: &'a str,
    pos: usize,
    /// The previous word was an initial or a birth notice's abbreviation (its period ends no
    /// sentence).
    initial: bool,
}

pub(super) fn words(text: &str) -> Words<'_> {
    Words {
        text,
        pos: 0,
        initial: false,
    }
}

fn case_of(w: &str) -> Case {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return Case::Other;
    };
    if first.is_lowercase() {
        Case::Lower
    } else if first.is_uppercase() {
        let letters = w.chars().filter(|c| c.is_alphabetic());
        if w.chars().count() >= 2
            && letters.clone().count() >= 2
            && letters.clone().all(char::is_uppercase)
        {
            Case::Upper
        } else {
            Case::Capital
        }
    } else if w.bytes().all(|b| b.is_ascii_digit()) {
        Case::Digits
    } else {
        Case::Other
    }
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let t = self.text.as_bytes();
        let start = next_word(t, self.pos)?;
        let end = word_end(t, start).max(start + 1).min(t.len());
        let gap = &self.text[self.pos..start];
        let mut before = '\0';
        let mut tight = false;
        let mut sentence_start = self.pos == 0;
        let mut joined = self.pos > 0;
        let mut emoji = false;
        for (i, c) in gap.char_indices() {
            if c.is_whitespace() {
                if c == '\n' || c == '\r' {
                    sentence_start = true;
                    joined = false;
                }
                continue;
            }
            // Emoji decorate; they do not part words (`Matti 😀 sairastaa`).
            if is_emoji(c) {
                emoji = true;
                continue;
            }
            joined = false;
            before = c;
            tight = i + c.len_utf8() == gap.len();
            if matches!(c, '!' | '?' | '…' | ':') || (c == '.' && !self.initial) {
                sentence_start = true;
            }
        }
        let word = &self.text[start..end];
        let case = case_of(word);
        // A capital after an emoji opens a sentence, as after a stop: posts put an emoji where
        // the stop would be (`Oppisopimus = palkka + tutkinto 💼 Ensi keskiviikkona …`).
        if emoji && case == Case::Capital {
            sentence_start = true;
        }
        let after = self.text[end..].chars().next().unwrap_or('\0');
        let line_end = self.text[end..]
            .chars()
            .find(|c| !matches!(c, ' ' | '\t'))
            .is_none_or(|c| c == '\n' || c == '\r');
        self.pos = end;
        let w = Word {
            start,
            end,
            case,
            sentence_start,
            joined,
            before,
            tight,
            after,
            line_end,
        };
        self.initial = w.is_initial(self.text) || w.is_birth_abbreviation(self.text);
        Some(w)
    }
}

/// Pictographs, dingbats, their variation selector and joiner, and skin tones: emoji.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0xFE0F | 0x200D | 0x2B50 | 0x2B55)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surroundings() {
        let text = "Kiitos M. Virtaselle! /TL\nHilkka (92) ja 75-vuotias";
        let ws: Vec<Word> = words(text).collect();
        let s: Vec<&str> = ws.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(
            s,
            [
                "Kiitos",
                "M",
                "Virtaselle",
                "TL",
                "Hilkka",
                "92",
                "ja",
                "75-vuotias"
            ]
        );
        assert!(ws[0].sentence_start && !ws[1].sentence_start && !ws[2].sentence_start);
        assert!(ws[1].is_initial(text) && ws[1].joined);
        assert!(ws[3].sentence_start && ws[3].tight && ws[3].before == '/' && ws[3].line_end);
        assert_eq!(ws[3].case, Case::Upper);
        assert!(ws[4].sentence_start && !ws[4].line_end);
        assert!(ws[5].tight && ws[5].before == '(' && ws[5].after == ')');
        assert_eq!((ws[5].case, ws[7].case), (Case::Digits, Case::Other));
        assert!(!ws[6].joined && !ws[5].joined && ws[7].joined);
    }
}
