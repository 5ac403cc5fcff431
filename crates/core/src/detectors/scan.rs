//! Small helpers shared by the scanners: character look-around on byte offsets,
//! normalisation of public contacts, and keeping hits sorted and apart.

use super::DetectorHit;

/// The character just before byte offset `i` (which must be a char boundary).
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The character starting at byte offset `i` (which must be a char boundary).
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Whether the character before `i` is a letter or digit (so a value starting at `i` would be
/// inside a longer alphanumeric run).
pub(crate) fn alnum_before(text: &str, i: usize) -> bool {
    char_before(text, i).is_some_and(char::is_alphanumeric)
}

/// Whether the character at `i` is a letter or digit.
pub(crate) fn alnum_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(char::is_alphanumeric)
}

/// Whether a number starting at `start` continues a number before it: a digit right before, or
/// one of `.,:/` with a digit before that (`1.040…`, `12,50`).
pub(crate) fn number_continues_before(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    if start == 0 {
        return false;
    }
    let p = b[start - 1];
    if p.is_ascii_alphanumeric() {
        return true;
    }
    if p >= 0x80 {
        return alnum_before(text, start);
    }
    matches!(p, b'.' | b',' | b':' | b'/') && start >= 2 && b[start - 2].is_ascii_digit()
}

/// Whether a number ending at `end` continues after it: a letter or digit right after, or one of
/// `.,:/` followed by a digit (`…567,50`, `…12.30`).
pub(crate) fn number_continues_after(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    if end >= b.len() {
        return false;
    }
    let n = b[end];
    if n.is_ascii_alphanumeric() {
        return true;
    }
    if n >= 0x80 {
        return alnum_at(text, end);
    }
    matches!(n, b'.' | b',' | b':' | b'/') && b.get(end + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether the clause just before `start` (at most 32 bytes, back to the last sentence break)
/// names a reference or other non-personal number (`viitenumero`, `ISBN`, `Y-tunnus`,
/// `tilausnumero`, ...). Used to keep number-like detectors quiet right after such a label.
pub(crate) fn follows_number_label(text: &str, start: usize) -> bool {
    // Look back at most 32 bytes, on a char boundary.
    let mut from = start.saturating_sub(32);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text[from..start].to_lowercase();
    const LABELS: &[&str] = &[
        "viite",
        "viitteel",
        "viitenro",
        "ref",
        "isbn",
        "issn",
        "y-tunnus",
        "ytunnus",
        "y-tunnuk",
        "ly-tunnus",
        "asianumero",
        "dnro",
        "diaarinumero",
        "tilausnumero",
        "tilausnro",
        "tuotenumero",
        "laskunumero",
        "ean",
    ];
    // Only the last word or two matter: take the text after the last sentence break.
    let tail = window
        .rsplit(['.', '!', '?', '\n', ';'])
        .next()
        .unwrap_or(&window);
    LABELS.iter().any(|l| tail.contains(l))
}

/// The digits of `value`, with a leading `+358`/`00358` (and an optional `(0)` after it) turned
/// into the national `0`: how phone numbers are compared with public contacts.
pub(crate) fn normalize_phone(value: &str) -> String {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')' | '.' | '/'))
        .collect();
    let national = if let Some(rest) = compact.strip_prefix("+358") {
        Some(rest)
    } else {
        compact.strip_prefix("00358")
    };
    match national {
        Some(rest) => {
            // `+358 (0)40 …` has lost its parentheses above; drop the trunk zero once.
            let rest = rest.strip_prefix('0').unwrap_or(rest);
            format!("0{rest}")
        }
        None => compact,
    }
}

/// Masks every non-space character after the first `keep` characters.
pub(crate) fn mask_after(value: &str, keep: usize) -> String {
    value
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i < keep || c.is_whitespace() {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// Sorts `hits` by start, drops any that overlap an earlier (or, at the same start, longer) one,
/// and appends the rest to `out`.
pub(crate) fn append_sorted(out: &mut Vec<DetectorHit>, mut hits: Vec<DetectorHit>) {
    hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut last_end = 0;
    for h in hits {
        if h.start < last_end || h.start >= h.end {
            continue;
        }
        last_end = h.end;
        out.push(h);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_phone_numbers() {
        let cases = [
            ("+358 40 123 4567", "0401234567"),
            ("+358 (0)40 123 4567", "0401234567"),
            ("00358 9 310 1234", "093101234"),
            ("(09) 310 1234", "093101234"),
            ("040-123 4567", "0401234567"),
            ("08 6155 41", "08615541"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_phone(input), want, "{input}");
        }
    }

    #[test]
    fn looks_around_numbers() {
        assert!(number_continues_before("12,50", 3));
        assert!(number_continues_after("12.30", 2));
        assert!(!number_continues_after("12. ", 2));
        assert!(!number_continues_before("ä 040", 3));
        assert!(number_continues_before("ä040", 2));
        assert!(follows_number_label("Viitenumero: 1234", 13));
        assert!(!follows_number_label(
            "Viitenumero on annettu. Soita 040",
            30
        ));
    }

    #[test]
    fn appends_sorted_without_overlap() {
        let h = |s, e| DetectorHit {
            kind: 0,
            start: s,
            end: e,
            redacted: String::new(),
        };
        let mut out = Vec::new();
        append_sorted(
            &mut out,
            vec![h(5, 9), h(0, 3), h(2, 4), h(5, 12), h(12, 13)],
        );
        let spans: Vec<_> = out.iter().map(|h| (h.start, h.end)).collect();
        assert_eq!(spans, [(0, 3), (5, 12), (12, 13)]);
    }

    #[test]
    fn masks_after_prefix() {
        assert_eq!(mask_after("Kesä2024!", 2), "Ke*******");
        assert_eq!(mask_after("ab cd", 1), "a* **");
    }
}
