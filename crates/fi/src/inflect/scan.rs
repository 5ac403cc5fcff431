//! Low-level text scanning for the term matcher: case folding that keeps byte offsets, and
//! compound-word bounds (letters and digits, joined by `-`, `:`, `'` or `’` between two letters or
//! digits, so `sote-potilas` and `THL:n` are one word each).

use std::borrow::Cow;

/// Lower-cases `text` without changing any byte offset: every character whose lower case is a
/// single character of the same UTF-8 length is replaced, every other character is kept.
pub(crate) fn fold(text: &str) -> Cow<'_, str> {
    let needs = text.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80);
    if !needs {
        return Cow::Borrowed(text);
    }
    let mut out = text.as_bytes().to_vec();
    let mut i = 0;
    while i < out.len() {
        let b = out[i];
        if b < 0x80 {
            out[i] = b.to_ascii_lowercase();
            i += 1;
            continue;
        }
        // Latin-1 capitals À..Þ (but not ×) lower-case by +0x20 in the second byte.
        if b == 0xC3 && i + 1 < out.len() {
            let c = out[i + 1];
            if (0x80..=0x9E).contains(&c) && c != 0x97 {
                out[i + 1] = c + 0x20;
            }
            i += 2;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let n = c.len_utf8();
        if c.is_uppercase() {
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next()) {
                if l.len_utf8() == n {
                    l.encode_utf8(&mut out[i..i + n]);
                }
            }
        }
        i += n;
    }
    match String::from_utf8(out) {
        Ok(s) => Cow::Owned(s),
        Err(_) => Cow::Borrowed(text),
    }
}

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

/// The end of the compound word that contains or starts at byte `at` of `t`.
pub(crate) fn word_end(t: &str, at: usize) -> usize {
    let mut i = at;
    loop {
        let Some(c) = t[i..].chars().next() else {
            return i;
        };
        if word_char(c) {
            i += c.len_utf8();
            continue;
        }
        if joiner(c) {
            let j = i + c.len_utf8();
            let before = t[..i].chars().next_back();
            let after = t[j..].chars().next();
            if before.is_some_and(word_char) && after.is_some_and(word_char) {
                i = j;
                continue;
            }
        }
        return i;
    }
}

/// Calls `f(start, end)` for every compound word of `t`, in order.
pub(crate) fn for_each_word(t: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = t.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start_here = if b < 0x80 {
            b.is_ascii_alphanumeric()
        } else {
            t[i..].chars().next().is_some_and(word_char)
        };
        if !start_here {
            i += if b < 0x80 {
                1
            } else {
                t[i..].chars().next().map_or(1, char::len_utf8)
            };
            continue;
        }
        let mut end = i;
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let end = word_end(t, end);
        f(i, end);
        i = end.max(i + 1);
    }
}

/// The start of the next word at or after `at`, if any.
pub(crate) fn next_word(t: &str, at: usize) -> Option<usize> {
    t[at..]
        .char_indices()
        .find(|&(_, c)| word_char(c))
        .map(|(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_keeping_offsets() {
        let t = "ÄÖÅ Salainen ẞ İ KELVIN\u{212A}";
        let f = fold(t);
        assert_eq!(f.len(), t.len());
        assert!(f.starts_with("äöå salainen"));
        assert_eq!(fold("abc"), "abc");
    }

    #[test]
    fn compound_bounds() {
        let t = "Tämä sote-potilas, THL:n 'x' --a";
        let p = t.find("potilas").unwrap();
        assert_eq!(word_start(t, p), t.find("sote").unwrap());
        assert_eq!(word_end(t, p), p + "potilas".len());
        let q = t.find("THL").unwrap();
        assert_eq!(word_end(t, q), q + "THL:n".len());
        let x = t.find('x').unwrap();
        assert_eq!(word_start(t, x), x);
        assert_eq!(word_end(t, x), x + 1);
        let a = t.rfind('a').unwrap();
        assert_eq!(word_start(t, a), a);
        assert_eq!(next_word(t, 6), Some(7));
    }
}
