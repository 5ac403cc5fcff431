//! Text helpers the metrics share: grapheme counts (Bluesky), Mastodon's length, emoji
//! runs, capital-letter ratio, hashtags, mentions and URLs.
//!
//! Every span is a pair of byte offsets `(start, end)` into the text as given (no
//! normalisation is applied here).

use unicode_normalization::char::is_combining_mark;
use unicode_segmentation::UnicodeSegmentation;

use super::twitter_url::extract_urls;
use super::x_length::emoji_sequences;

/// Number of extended grapheme clusters (what Bluesky counts against its 300 limit, and
/// what a reader perceives as characters).
pub(crate) fn graphemes(text: &str) -> usize {
    text.graphemes(true).count()
}

/// URLs as X's twitter-text finds them, including URLs without a protocol (`yle.fi`,
/// `www.example.com/polku`): trailing punctuation is left out, balanced parentheses kept.
pub(crate) fn urls(text: &str) -> Vec<(usize, usize)> {
    extract_urls(text)
        .into_iter()
        .map(|u| (u.start, u.end))
        .collect()
}

/// URLs that start with `http://` or `https://` (the only ones Mastodon links and
/// shortens).
pub(crate) fn urls_with_protocol(text: &str) -> Vec<(usize, usize)> {
    urls(text)
        .into_iter()
        .filter(|&(s, _)| {
            let head = text[s..]
                .get(..8)
                .unwrap_or(&text[s..])
                .to_ascii_lowercase();
            head.starts_with("http://") || head.starts_with("https://")
        })
        .collect()
}

fn is_word_char(c: char) -> bool {
    // Ruby's [[:word:]]: letters, marks, numbers, connector punctuation.
    c.is_alphanumeric() || is_combining_mark(c) || c == '_' || c == '\u{203F}' || c == '\u{2040}'
}

/// Mentions: `@user` and fediverse `@user@domain`, as Mastodon's `MENTION_RE` finds them
/// (not after a word character, `=` or `/`; user names of ASCII letters, digits and `_`
/// with single inner runs of `.` or `-`).
pub(crate) fn mentions(text: &str) -> Vec<(usize, usize)> {
    mention_spans(text)
        .into_iter()
        .map(|(s, _, e)| (s, e))
        .collect()
}

/// Mentions as `(start, end_of_user_name, end)`. One pass over the text, no copy of it.
fn mention_spans(text: &str) -> Vec<(usize, usize, usize)> {
    let is_user = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let b = text.as_bytes();
    // The end of the run of bytes from `at` that `ok` accepts (ASCII only).
    let run =
        |at: usize, ok: &dyn Fn(u8) -> bool| at + b[at..].iter().take_while(|&&c| ok(c)).count();
    let user = |c: u8| is_user(char::from(c));
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = memchr::memchr(b'@', &b[from..]) {
        let at = from + rel;
        from = at + 1;
        let preceded_ok = text[..at]
            .chars()
            .next_back()
            .is_none_or(|p| !(is_word_char(p) || p == '=' || p == '/'));
        if !preceded_ok {
            continue;
        }
        // [a-z0-9_]+([.-]+[a-z0-9_]+)*
        let mut k = run(at + 1, &user);
        if k == at + 1 {
            continue;
        }
        loop {
            let j = run(k, &|c| c == b'.' || c == b'-');
            if j == k || j >= b.len() || !user(b[j]) {
                break;
            }
            k = run(j, &user);
        }
        let user_end = k;
        // (?:@[[:word:].-]+[[:word:]]+)?
        let mut end = user_end;
        if b.get(k) == Some(&b'@') {
            // The last word character of the run, by its offset in the run and its end.
            let mut last_word = None;
            for (i, c) in text[k + 1..].char_indices() {
                if is_word_char(c) {
                    last_word = Some((i, k + 1 + i + c.len_utf8()));
                } else if !matches!(c, '.' | '-') {
                    break;
                }
            }
            // The run must end in a word character and hold at least two characters.
            if let Some((_, e)) = last_word.filter(|&(i, _)| i > 0) {
                end = e;
            }
        }
        out.push((at, user_end, end));
        from = end.max(at + 1);
    }
    out
}

/// Mastodon's length: extended grapheme clusters, with every `http(s)://` URL counted as
/// 23 and every `@user@domain` mention as just `@user` (as Mastodon's
/// `StatusLengthValidator` counts; a blank text counts 0). URLs without a protocol count in
/// full, since Mastodon does not link them.
pub(crate) fn mastodon_length(text: &str) -> usize {
    if text.trim().is_empty() {
        return 0;
    }
    // (start, end, replacement)
    let mut entities: Vec<(usize, usize, &str)> = urls_with_protocol(text)
        .into_iter()
        .map(|(s, e)| (s, e, "xxxxxxxxxxxxxxxxxxxxxxx"))
        .chain(
            mention_spans(text)
                .into_iter()
                .map(|(s, u, e)| (s, e, &text[s..u])),
        )
        .collect();
    entities.sort_by_key(|&(s, e, _)| (s, e));
    let mut rewritten = String::with_capacity(text.len());
    let mut last = 0;
    for (s, e, replacement) in entities {
        if s < last {
            continue; // overlapping: Mastodon keeps the first
        }
        rewritten.push_str(&text[last..s]);
        rewritten.push_str(replacement);
        last = e;
    }
    rewritten.push_str(&text[last..]);
    graphemes(&rewritten)
}

/// Runs of emoji: `(start, end, count)` for each stretch of consecutive emoji sequences
/// (ZWJ sequences, skin tones, flags and keycaps each count once) with nothing but
/// whitespace between them. Emoji are what X's counter (twemoji-parser) recognises; a
/// lone variation selector is not an emoji here.
pub(crate) fn emoji_runs(text: &str) -> Vec<(usize, usize, usize)> {
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    for (s, e) in emoji_sequences(text) {
        if &text[s..e] == "\u{FE0F}" {
            continue;
        }
        match runs.last_mut() {
            Some(run) if text[run.1..s].chars().all(char::is_whitespace) => {
                run.1 = e;
                run.2 += 1;
            }
            _ => runs.push((s, e, 1)),
        }
    }
    runs
}

fn is_hashtag_letter(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

fn is_hashtag_char(c: char) -> bool {
    is_hashtag_letter(c)
        || c.is_numeric()
        || matches!(
            c,
            '_' | '\u{200C}'
                | '\u{200D}'
                | '\u{A67E}'
                | '\u{05BE}'
                | '\u{05F3}'
                | '\u{05F4}'
                | '\u{FF5E}'
                | '\u{301C}'
                | '\u{309B}'
                | '\u{309C}'
                | '\u{30A0}'
                | '\u{30FB}'
                | '\u{3003}'
                | '\u{0F0B}'
                | '\u{0F0C}'
                | '\u{00B7}'
        )
}

/// Hashtags as twitter-text finds them: `#` or `＃` at the start or after a character that
/// is not a letter, digit, `_` or `&`; then letters (any script: `#Äänestä`,
/// `#ålandsfrågan`), digits and `_`, not digits only; not when followed by another `#` or
/// `://`, and not the `#️⃣` keycap. Spans include the `#`.
pub(crate) fn hashtags(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..].find(['#', '＃']) {
        let at = from + rel;
        let after = at
            + if text.as_bytes()[at] == b'#' {
                1
            } else {
                '＃'.len_utf8()
            };
        from = after;
        let preceded_ok = text[..at].chars().next_back().is_none_or(|p| {
            matches!(p, '\u{FE0E}' | '\u{FE0F}') || !(p == '&' || is_hashtag_char(p))
        });
        let keycap = text[after..]
            .chars()
            .next()
            .is_some_and(|n| matches!(n, '\u{FE0F}' | '\u{20E3}'));
        if !preceded_ok || keycap {
            continue;
        }
        let mut end = after;
        let mut has_letter = false;
        for c in text[after..].chars() {
            if !is_hashtag_char(c) {
                break;
            }
            has_letter |= is_hashtag_letter(c);
            end += c.len_utf8();
        }
        from = end.max(after);
        let rest = &text[end..];
        if end == after || !has_letter || rest.starts_with(['#', '＃']) || rest.starts_with("://")
        {
            continue;
        }
        out.push((at, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans<'a>(text: &'a str, found: &[(usize, usize)]) -> Vec<&'a str> {
        found.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn grapheme_counts() {
        assert_eq!(graphemes("Hyvää päivää"), 12);
        assert_eq!(graphemes("a\u{308}"), 1);
        assert_eq!(graphemes("👨‍👩‍👧‍👦🇫🇮"), 2);
        assert_eq!(graphemes(""), 0);
    }

    #[test]
    fn url_helpers() {
        let t = "Katso https://yle.fi/a. ja www.hs.fi!";
        assert_eq!(spans(t, &urls(t)), ["https://yle.fi/a", "www.hs.fi"]);
        assert_eq!(spans(t, &urls_with_protocol(t)), ["https://yle.fi/a"]);
    }

    #[test]
    fn mastodon_counts() {
        let url = "https://example.com/a/very/long/path/that/is/long";
        assert_eq!(mastodon_length(&format!("Lue {url}")), 4 + 23);
        assert_eq!(
            mastodon_length("Moi @anna@mastodon.social!"),
            "Moi @anna!".len()
        );
        assert_eq!(mastodon_length("Moi @anna"), 9);
        // Without a protocol a URL counts in full.
        assert_eq!(mastodon_length("yle.fi"), 6);
        assert_eq!(mastodon_length("ä👍🏽"), 2);
        assert_eq!(mastodon_length("   "), 0);
    }

    #[test]
    fn mention_spans_found() {
        let t = "@anna ja @ben.k@social.example.fi, ei email@example.com eikä a=@x";
        assert_eq!(
            spans(t, &mentions(t)),
            ["@anna", "@ben.k@social.example.fi"]
        );
        assert_eq!(spans("(@x_y.)", &mentions("(@x_y.)")), ["@x_y"]);
    }

    #[test]
    fn emoji_run_detection() {
        let t = "Kiitos 🙏🏽 🎉🎉 kaikille! 👍";
        let runs = emoji_runs(t);
        assert_eq!(runs.len(), 2);
        assert_eq!(&t[runs[0].0..runs[0].1], "🙏🏽 🎉🎉");
        assert_eq!(runs[0].2, 3);
        assert_eq!(&t[runs[1].0..runs[1].1], "👍");
        assert_eq!(runs[1].2, 1);
        assert!(emoji_runs("ei emojeja").is_empty());
        // ZWJ family and a flag are one emoji each.
        assert_eq!(emoji_runs("👨‍👩‍👧‍👦🇫🇮")[0].2, 2);
    }

    #[test]
    fn hashtag_rules() {
        let t = "#Äänestä ja #ålandsfrågan, #2024 ei, #vaalit2024 kyllä, a#b ei, &#39; ei";
        assert_eq!(
            spans(t, &hashtags(t)),
            ["#Äänestä", "#ålandsfrågan", "#vaalit2024"]
        );
        assert_eq!(spans("(#öljy)", &hashtags("(#öljy)")), ["#öljy"]);
        assert!(hashtags("#️⃣ #a#b").is_empty());
        assert!(hashtags("#http://x").is_empty());
        assert_eq!(spans("＃全角", &hashtags("＃全角")), ["＃全角"]);
    }

    /// Pseudo-random texts over all planes and the characters the rules care about: no
    /// helper may panic, and spans must be char boundaries.
    #[test]
    fn never_panics_on_random_text() {
        let specials = [
            '.',
            '/',
            ':',
            '@',
            '#',
            '＃',
            '(',
            ')',
            '?',
            '-',
            '_',
            'h',
            't',
            'p',
            's',
            'x',
            'n',
            'c',
            'o',
            'm',
            'f',
            'i',
            ' ',
            '\u{200D}',
            '\u{FE0F}',
            '\u{FE0E}',
            '\u{20E3}',
            '\u{308}',
            '\u{FFFF}',
            '\u{FEFF}',
            '\u{202A}',
            '👨',
            '🏽',
            '🇫',
            '🇮',
            '\u{E0067}',
            '\u{E007F}',
            'ä',
            '中',
            '国',
            'р',
            'ф',
            '\u{FB2C}',
            '\u{1100}',
            '\u{1161}',
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = (next() % 24) as usize;
            let text: String = (0..len)
                .map(|_| {
                    let r = next();
                    if r % 3 == 0 {
                        char::from_u32((r >> 8) as u32 % 0x11_0000).unwrap_or('?')
                    } else {
                        specials[(r >> 8) as usize % specials.len()]
                    }
                })
                .collect();
            let x = crate::metrics::x_length::x_weighted_length(&text);
            assert!(text.is_char_boundary(x.valid_range_end));
            for (s, e) in urls(&text)
                .into_iter()
                .chain(hashtags(&text))
                .chain(mentions(&text))
                .chain(emoji_runs(&text).into_iter().map(|(s, e, _)| (s, e)))
            {
                assert!(s < e && text.is_char_boundary(s) && text.is_char_boundary(e));
            }
            let _ = (mastodon_length(&text), graphemes(&text));
        }
    }
}
