//! Low-level text scanning for the term matcher: case folding that keeps byte offsets, and
//! compound-word bounds (letters and digits, joined by `-`, `:`, `'` or `’` between two letters or
//! digits, so `sote-potilas` and `THL:n` are one word each).

use std::borrow::Cow;

/// Lower-cases `text` without changing any byte offset: every character whose lower case is a
/// single character of the same UTF-8 length is replaced, every other character is kept. The
/// result is valid UTF-8 with the same character boundaries as `text`.
pub(crate) fn fold(text: &str) -> Cow<'_, [u8]> {
    let bytes = text.as_bytes();
    if !bytes.iter().any(|&b| b.is_ascii_uppercase() || b >= 0xC3) {
        return Cow::Borrowed(bytes);
    }
    // ASCII first, in a loop the compiler vectorises.
    let mut out: Vec<u8> = bytes
        .iter()
        .map(|&b| if b.is_ascii_uppercase() { b | 0x20 } else { b })
        .collect();
    // Then the lead bytes of other characters, 16 bytes at a time.
    let mut i = 0;
    while i < out.len() {
        let chunk_end = (i + 16).min(out.len());
        // Only bytes 0x80..0x9F (the second byte of `À..ß`, and of other characters) and leads
        // from 0xC4 on can need folding; `ä ö å` are 0xC3 0xA0..0xBF.
        let needs = out[i..chunk_end]
            .iter()
            .fold(false, |a, &b| a | (b & 0xE0 == 0x80) | (b >= 0xC4));
        if !needs {
            i = chunk_end;
            continue;
        }
        // A `0xC3` lead left at the end of the previous chunk.
        if i > 0 && out[i - 1] == 0xC3 {
            i -= 1;
        }
        while i < chunk_end {
            let b = out[i];
            if b < 0xC3 {
                i += 1;
                continue;
            }
            // Latin-1 capitals À..Þ (but not ×) lower-case by +0x20 in the second byte.
            if b == 0xC3 {
                if let Some(c) = out.get_mut(i + 1) {
                    if (0x80..=0x9E).contains(c) && *c != 0x97 {
                        *c += 0x20;
                    }
                }
                i += 2;
                continue;
            }
            let n = if b < 0xE0 {
                2
            } else if b < 0xF0 {
                3
            } else {
                4
            };
            let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                i += 1;
                continue;
            };
            if c.is_uppercase() {
                let mut lower = c.to_lowercase();
                if let (Some(l), None) = (lower.next(), lower.next()) {
                    if l.len_utf8() == n && c.len_utf8() == n {
                        l.encode_utf8(&mut out[i..i + n]);
                    }
                }
            }
            i += c.len_utf8();
        }
    }
    Cow::Owned(out)
}

/// ASCII letters and digits.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether `c` is a word character.
#[inline]
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, 'ä' | 'ö' | 'å' | 'Ä' | 'Ö' | 'Å' | 'é' | 'ü')
        || (!c.is_ascii() && c.is_alphanumeric())
}

#[inline]
fn joiner(c: char) -> bool {
    matches!(c, '-' | ':' | '\'' | '’' | '\u{2010}' | '\u{2011}')
}

/// The character at byte `i` of UTF-8 text `t` and its length (`'\0'`, 1 on bad input).
#[inline]
fn char_at(t: &[u8], i: usize) -> (char, usize) {
    let Some(&b) = t.get(i) else {
        return ('\0', 1);
    };
    if b < 0x80 {
        return (b as char, 1);
    }
    let n = if b < 0xE0 {
        2
    } else if b < 0xF0 {
        3
    } else {
        4
    };
    match t
        .get(i..i + n)
        .and_then(|s| std::str::from_utf8(s).ok())
        .and_then(|s| s.chars().next())
    {
        Some(c) => (c, n),
        None => ('\0', 1),
    }
}

/// Whether a word character starts at byte `i`; its length if so.
#[inline]
pub(crate) fn word_char_at(t: &[u8], i: usize) -> Option<usize> {
    let b = *t.get(i)?;
    if b < 0x80 {
        return ALNUM[b as usize].then_some(1);
    }
    if b == 0xC3 {
        // U+00C0..U+00FF are letters except × and ÷.
        let c = *t.get(i + 1)?;
        return (c != 0x97 && c != 0xB7 && (0x80..0xC0).contains(&c)).then_some(2);
    }
    let (c, n) = char_at(t, i);
    word_char(c).then_some(n)
}

/// The start of the compound word that contains or ends at byte `at` of `t`.
#[cfg(test)]
pub(crate) fn word_start(t: &str, at: usize) -> usize {
    let mut i = at;
    loop {
        let Some(c) = t[..i].chars().next_back() else {
            return i;
        };
        if word_char(c) {
            i -= c.len_utf8();
            continue;
        }
        if joiner(c) {
            let j = i - c.len_utf8();
            let before = t[..j].chars().next_back();
            let after = t[i..].chars().next();
            if before.is_some_and(word_char) && after.is_some_and(word_char) {
                i = j;
                continue;
            }
        }
        return i;
    }
}

/// The end of the compound word that contains or starts at byte `at` of `t` (which must be at
/// a word character or at the word's end).
pub(crate) fn word_end(t: &[u8], at: usize) -> usize {
    let mut i = at;
    while i < t.len() {
        let b = t[i];
        if ALNUM[b as usize] {
            i += 1;
            continue;
        }
        // Latin-1 letters (`ä ö å é`), the common case, without decoding.
        if b == 0xC3 {
            if let Some(&c) = t.get(i + 1) {
                if (0x80..0xC0).contains(&c) && c != 0x97 && c != 0xB7 {
                    i += 2;
                    continue;
                }
            }
        }
        if let Some(n) = word_char_at(t, i) {
            i += n;
            continue;
        }
        // A joiner between two word characters (the one before it was consumed above).
        let n = if matches!(b, b'-' | b':' | b'\'') {
            1
        } else if b == 0xE2 {
            let (c, n) = char_at(t, i);
            if !joiner(c) {
                return i;
            }
            n
        } else {
            return i;
        };
        if i > at && word_char_at(t, i + n).is_some() {
            i += n;
            continue;
        }
        return i;
    }
    i
}

/// Calls `f(start, end)` for every compound word of `t`, in order.
pub(crate) fn for_each_word(t: &[u8], mut f: impl FnMut(usize, usize)) {
    let mut i = 0;
    while i < t.len() {
        let b = t[i];
        if b < 0x80 && !ALNUM[b as usize] {
            i += 1;
            continue;
        }
        if b >= 0x80 && word_char_at(t, i).is_none() {
            i += char_at(t, i).1;
            continue;
        }
        let end = word_end(t, i);
        f(i, end);
        i = end.max(i + 1);
    }
}

/// The start of the next word at or after `at`, if any.
pub(crate) fn next_word(t: &[u8], at: usize) -> Option<usize> {
    let mut i = at;
    while i < t.len() {
        if word_char_at(t, i).is_some() {
            return Some(i);
        }
        i += if t[i] < 0x80 { 1 } else { char_at(t, i).1 };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_keeping_offsets() {
        let t = "ÄÖÅ Salainen ẞ İ KELVIN\u{212A}";
        let f = fold(t);
        assert_eq!(f.len(), t.len());
        assert!(f.starts_with("äöå salainen".as_bytes()));
        assert_eq!(&*fold("abc"), b"abc");
        let long = "ÄÄLIÖ Salainen ÅLAND ".repeat(5);
        assert_eq!(
            std::str::from_utf8(&fold(&long)).unwrap(),
            "ääliö salainen åland ".repeat(5)
        );
        // Capitals at every offset across the 16-byte chunks, mixed with small letters.
        for k in 0..40 {
            let t = format!(
                "{}Åäö ÄÄLIÖ ÉÜÖ é ’x’ Ω{}",
                "a".repeat(k),
                "ä".repeat(k % 7)
            );
            let want = t.to_lowercase();
            assert_eq!(std::str::from_utf8(&fold(&t)).unwrap(), want, "offset {k}");
        }
    }

    #[test]
    fn compound_bounds() {
        let t = "Tämä sote-potilas, THL:n 'x' --a";
        let b = t.as_bytes();
        let p = t.find("potilas").unwrap();
        assert_eq!(word_start(t, p), t.find("sote").unwrap());
        assert_eq!(word_end(b, p), p + "potilas".len());
        let q = t.find("THL").unwrap();
        assert_eq!(word_end(b, q), q + "THL:n".len());
        let x = t.find('x').unwrap();
        assert_eq!(word_start(t, x), x);
        assert_eq!(word_end(b, x), x + 1);
        let a = t.rfind('a').unwrap();
        assert_eq!(word_start(t, a), a);
        assert_eq!(next_word(b, 6), Some(7));
        let mut words = Vec::new();
        for_each_word(b, |s, e| words.push(&t[s..e]));
        assert_eq!(words, ["Tämä", "sote-potilas", "THL:n", "x", "a"]);
    }
}
