//! X (Twitter) weighted length, as twitter-text v3 counts it.
//!
//! This is a faithful port of twitter-text 3.1.0's `parseTweet` (the JavaScript reference
//! implementation, which the official conformance suite is written against):
//!
//! 1. the text is NFC-normalised;
//! 2. URLs are found with twitter-text's own extraction rules (see [`super::twitter_url`];
//!    URLs without a protocol count too) and each weighs `transformedURLLength` (23);
//! 3. with `emojiParsingEnabled` (v3) every emoji sequence that twemoji-parser 11.0.2 — the
//!    version twitter-text 3.1.0 uses — recognises weighs `defaultWeight` (2) in total,
//!    however many code points it has (ZWJ sequences, skin tones, keycaps, flags, tags);
//! 4. every other code point weighs the weight of the first configured range containing
//!    it, or `defaultWeight`; weights are divided by `scale`;
//! 5. the text is valid when it is not empty, has no invalid character (U+FFFE, U+FEFF,
//!    U+FFFF) and weighs at most `maxWeightedTweetLength` (280).
//!
//! Offsets: twitter-text reports ranges as inclusive UTF-16 indices into the normalised
//! text shifted by the difference of the original and normalised lengths (its own,
//! approximate, mapping back). Those are kept verbatim in [`TwitterTextRanges`] for
//! conformance. For somelint, [`XLength::valid_range_end`] is a byte offset into the
//! *original* text: normalisation is done segment by segment (segments start at
//! characters that NFC can never combine with what precedes them), so every segment
//! boundary maps exactly; an end that falls inside a segment NFC changed is rounded down to
//! that segment's start, so `&text[..valid_range_end]` never includes text past the limit.
//!
//! Deviations from the JavaScript, none reachable with the v2/v3 configurations: weight
//! ranges are looked up by code point (JavaScript looks up the low surrogate of astral
//! characters, Java the code point), weighted lengths are integers (weights divided by
//! `scale`, rounded down).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::twitter_url::{extract_urls, is_invalid_char};
use super::x_tables::{EMOJI_PATTERN, TEXT_VARIANT_BASES};

/// A code point range with its own weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub(crate) struct XWeightRange {
    /// First code point of the range.
    pub start: u32,
    /// Last code point of the range (inclusive).
    pub end: u32,
    /// Weight of each code point in the range (in `scale` units).
    pub weight: u32,
}

/// A twitter-text length configuration (`v2.json`, `v3.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct XConfig {
    /// Configuration version (2 or 3).
    pub version: u32,
    /// The limit, in weighted characters (280).
    pub max_weighted_tweet_length: u32,
    /// Weights are divided by this (100).
    pub scale: u32,
    /// Weight of a code point in no range, and of a whole emoji sequence (200).
    pub default_weight: u32,
    /// Whether emoji sequences weigh `default_weight` in total (v3).
    #[serde(default)]
    pub emoji_parsing_enabled: bool,
    /// What every URL counts as, in weighted characters (23).
    #[serde(rename = "transformedURLLength")]
    pub transformed_url_length: u32,
    /// Ranges with their own weight; the first range containing a code point wins.
    #[serde(default)]
    pub ranges: Vec<XWeightRange>,
}

const LIGHT_RANGES: [XWeightRange; 4] = [
    XWeightRange {
        start: 0,
        end: 4351,
        weight: 100,
    },
    XWeightRange {
        start: 8192,
        end: 8205,
        weight: 100,
    },
    XWeightRange {
        start: 8208,
        end: 8223,
        weight: 100,
    },
    XWeightRange {
        start: 8242,
        end: 8247,
        weight: 100,
    },
];

impl XConfig {
    /// twitter-text's `v2.json`: weighted characters, emoji weigh per code point.
    pub(crate) fn v2() -> Self {
        XConfig {
            version: 2,
            max_weighted_tweet_length: 280,
            scale: 100,
            default_weight: 200,
            emoji_parsing_enabled: false,
            transformed_url_length: 23,
            ranges: LIGHT_RANGES.to_vec(),
        }
    }

    /// twitter-text's `v3.json`: as v2, but every emoji sequence weighs 2 in total.
    pub(crate) fn v3() -> Self {
        XConfig {
            version: 3,
            emoji_parsing_enabled: true,
            ..XConfig::v2()
        }
    }

    /// Reads a configuration in twitter-text's JSON format.
    #[cfg(test)]
    pub(crate) fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }

    fn weight_of(&self, c: char) -> u64 {
        self.weight_of_unit(c as u32)
    }

    fn weight_of_unit(&self, cp: u32) -> u64 {
        self.ranges
            .iter()
            .find(|r| r.start <= cp && cp <= r.end)
            .map_or(self.default_weight, |r| r.weight) as u64
    }
}

impl Default for XConfig {
    fn default() -> Self {
        XConfig::v3()
    }
}

/// twitter-text's own result ranges, exactly as its conformance suite states them:
/// inclusive UTF-16 indices, computed on the NFC text and shifted by
/// `original_utf16_len - normalised_utf16_len` (so they can be off, or even negative,
/// around characters that normalisation changes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct TwitterTextRanges {
    /// Always 0.
    pub display_range_start: i64,
    /// Last UTF-16 index of the original text (0 for an empty text).
    pub display_range_end: i64,
    /// Always 0.
    pub valid_range_start: i64,
    /// Last UTF-16 index of the part within the limit (twitter-text's `validRangeEnd`).
    pub valid_range_end: i64,
}

/// The X length measure of one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct XLength {
    /// Weighted length (280 is the limit).
    pub weighted_length: usize,
    /// Within the limit, not empty and free of invalid characters.
    pub valid: bool,
    /// Weighted length as thousandths of the limit (rounded down).
    pub permillage: usize,
    /// Byte offset in the original text where the valid part ends (exclusive): the longest
    /// prefix within the limit and before any invalid character, rounded down to a
    /// normalisation-segment boundary.
    pub valid_range_end: usize,
    /// twitter-text's UTF-16 ranges, for conformance.
    pub twitter_text: TwitterTextRanges,
}

/// X weighted length with the v3 configuration (what X counts today).
pub(crate) fn x_weighted_length(text: &str) -> XLength {
    static V3: OnceLock<XConfig> = OnceLock::new();
    x_weighted_length_with(text, V3.get_or_init(XConfig::v3))
}

/// X weighted length with any configuration.
pub(crate) fn x_weighted_length_with(text: &str, cfg: &XConfig) -> XLength {
    let norm = Normalized::new(text);
    let s: &str = &norm.text;

    let mut url_at: HashMap<usize, usize> = HashMap::new();
    for url in extract_urls(s) {
        url_at.insert(url.start, url.url_utf16_len);
    }
    let mut emoji_at: HashMap<usize, usize> = HashMap::new();
    if cfg.emoji_parsing_enabled {
        for (start, end) in emoji_sequences(s) {
            emoji_at.insert(start, end);
        }
    }

    let scale = u64::from(cfg.scale.max(1));
    let max_scaled = u64::from(cfg.max_weighted_tweet_length) * scale;
    let url_weight = u64::from(cfg.transformed_url_length) * scale;

    let mut weighted: u64 = 0;
    let mut no_invalid = true;
    let mut pos = 0; // byte offset in `s`
    let mut pos16: i64 = 0; // UTF-16 offset in `s`
    let mut valid_display_index: i64 = 0;
    let mut valid_end_norm = 0;
    // Set when a URL's `url` string ended inside a surrogate pair (a twitter-text quirk with
    // protocol-less URLs in mixed-script domains): the character at `pos` then counts only
    // as its low surrogate, as JavaScript sees it.
    let mut low_half_only = false;
    while pos < s.len() {
        let (end, len16, last, weight) = if low_half_only {
            low_half_only = false;
            let c = s[pos..].chars().next().unwrap_or(' ');
            let mut buf = [0u16; 2];
            let low = c.encode_utf16(&mut buf).last().copied().unwrap_or(0);
            (pos + c.len_utf8(), 1, c, cfg.weight_of_unit(u32::from(low)))
        } else if let Some(&want16) = url_at.get(&pos).filter(|&&w| w > 0) {
            let mut end = pos;
            let mut len16 = 0;
            let mut last = ' ';
            for c in s[pos..].chars() {
                if len16 >= want16 {
                    break;
                }
                if len16 + c.len_utf16() > want16 {
                    // Ends after the high surrogate of `c`.
                    len16 = want16;
                    low_half_only = true;
                    break;
                }
                len16 += c.len_utf16();
                end += c.len_utf8();
                last = c;
            }
            (end, len16, last, url_weight)
        } else if let Some(&end) = emoji_at.get(&pos) {
            let e = &s[pos..end];
            let last = e.chars().next_back().unwrap_or(' ');
            let len16 = e.encode_utf16().count();
            (end, len16, last, u64::from(cfg.default_weight))
        } else {
            let c = s[pos..].chars().next().unwrap_or(' ');
            (pos + c.len_utf8(), c.len_utf16(), c, cfg.weight_of(c))
        };
        weighted += weight;
        // twitter-text tests only the last code unit of each counted unit.
        no_invalid = no_invalid && !is_invalid_char(last);
        if no_invalid && weighted <= max_scaled {
            valid_display_index = pos16 + len16 as i64 - 1;
            valid_end_norm = end;
        }
        pos = end;
        pos16 += len16 as i64;
    }

    let weighted_length = weighted / scale;
    let valid = no_invalid && weighted > 0 && weighted <= max_scaled;
    // twitter-text computes this in floating point; do the same for identical rounding.
    let permillage = if cfg.max_weighted_tweet_length == 0 {
        0
    } else {
        ((weighted as f64 / scale as f64) / f64::from(cfg.max_weighted_tweet_length) * 1000.0)
            .floor() as usize
    };
    let text16 = text.encode_utf16().count() as i64;
    let offset = text16 - pos16;
    XLength {
        weighted_length: weighted_length as usize,
        valid,
        permillage,
        valid_range_end: norm.to_original(valid_end_norm),
        twitter_text: TwitterTextRanges {
            display_range_start: 0,
            display_range_end: (text16 - 1).max(0),
            valid_range_start: 0,
            valid_range_end: valid_display_index + offset,
        },
    }
}

fn emoji_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(EMOJI_PATTERN).expect("generated emoji pattern compiles"))
}

/// Emoji sequences in `text` as twemoji-parser 11.0.2 finds them (the emoji twitter-text
/// 3.1.0 counts as one), as byte ranges.
///
/// Besides real emoji this includes a stray U+FE0F on its own, as twemoji-parser does.
pub(crate) fn emoji_sequences(text: &str) -> Vec<(usize, usize)> {
    // Every emoji sequence contains a symbol at or above U+2100, ©, ®, ‼, ⁉ or a joiner or
    // selector; ordinary Finnish text (letters, dashes, quotes) has none, and then the large
    // emoji regex need not even be compiled.
    let may_have_emoji = text.chars().any(|c| {
        let c = c as u32;
        (c >= 0x2100 && !char::from_u32(c).is_some_and(char::is_alphanumeric))
            || matches!(c, 0xA9 | 0xAE | 0x203C | 0x2049 | 0x200D | 0x20E3)
    });
    if !may_have_emoji {
        return Vec::new();
    }
    let re = emoji_regex();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(m) = re.find_at(text, at) {
        let matched = m.as_str();
        let mut chars = matched.chars();
        let first = chars.next().unwrap_or(' ');
        // twemoji-parser takes these only when no text-presentation selector follows.
        if chars.next().is_none()
            && TEXT_VARIANT_BASES.binary_search(&(first as u32)).is_ok()
            && text[m.end()..].starts_with('\u{FE0E}')
        {
            at = m.end();
            continue;
        }
        out.push((m.start(), m.end()));
        at = m.end();
    }
    out
}

/// NFC text with a map back to the original's byte offsets.
struct Normalized<'a> {
    text: Cow<'a, str>,
    /// `(normalised_start, original_start, unchanged)` for each segment; empty when the
    /// text was already NFC.
    segments: Vec<(usize, usize, bool)>,
    original_len: usize,
}

impl<'a> Normalized<'a> {
    fn new(text: &'a str) -> Self {
        if is_nfc_quick(text.chars()) == IsNormalized::Yes {
            return Normalized {
                text: Cow::Borrowed(text),
                segments: Vec::new(),
                original_len: text.len(),
            };
        }
        let mut out = String::with_capacity(text.len() + 8);
        let mut segments: Vec<(usize, usize, bool)> = Vec::new();
        let mut seg_start = 0;
        let mut flush = |from: usize, to: usize, out: &mut String| {
            if from == to {
                return;
            }
            let piece = &text[from..to];
            let norm_start = out.len();
            let unchanged = if is_nfc_quick(piece.chars()) == IsNormalized::Yes {
                out.push_str(piece);
                true
            } else {
                out.extend(piece.nfc());
                out[norm_start..] == *piece
            };
            match segments.last() {
                Some(&(_, _, true)) if unchanged => {}
                _ => segments.push((norm_start, from, unchanged)),
            }
        };
        for (i, c) in text.char_indices() {
            if i > seg_start && is_composition_boundary(c) {
                flush(seg_start, i, &mut out);
                seg_start = i;
            }
        }
        flush(seg_start, text.len(), &mut out);
        Normalized {
            text: Cow::Owned(out),
            segments,
            original_len: text.len(),
        }
    }

    /// Maps a byte offset in the normalised text to the original text (rounding down
    /// inside segments that normalisation changed).
    fn to_original(&self, offset: usize) -> usize {
        if self.segments.is_empty() {
            return offset.min(self.original_len);
        }
        if offset >= self.text.len() {
            return self.original_len;
        }
        let idx = self
            .segments
            .partition_point(|&(norm, _, _)| norm <= offset)
            .saturating_sub(1);
        let (norm, orig, unchanged) = self.segments[idx];
        if unchanged {
            orig + (offset - norm)
        } else {
            orig
        }
    }
}

/// Whether NFC can never combine `c` with anything before it (a starter that is not the
/// second half of any composition), so normalising before and after it separately gives
/// the same result as normalising the whole.
fn is_composition_boundary(c: char) -> bool {
    canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text() {
        let r = x_weighted_length("Hei maailma");
        assert_eq!(r.weighted_length, 11);
        assert!(r.valid);
        assert_eq!(r.permillage, 39);
        assert_eq!(r.valid_range_end, "Hei maailma".len());
    }

    #[test]
    fn empty_is_invalid() {
        let r = x_weighted_length("");
        assert_eq!(r.weighted_length, 0);
        assert!(!r.valid);
        assert_eq!(r.valid_range_end, 0);
    }

    #[test]
    fn urls_count_23() {
        let r = x_weighted_length("Lue lisää: https://yle.fi/uutiset/3-12345678 nyt");
        assert_eq!(r.weighted_length, "Lue lisää: ".chars().count() + 23 + 4);
        // Without a protocol too.
        assert_eq!(x_weighted_length("yle.fi").weighted_length, 23);
    }

    #[test]
    fn emoji_sequences_weigh_two() {
        // family (ZWJ), skin tone, flag, keycap, tag sequence
        for e in ["👨‍👩‍👧‍👦", "👍🏽", "🇫🇮", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "❤️"]
        {
            assert_eq!(x_weighted_length(e).weighted_length, 2, "{e}");
        }
        // v2 counts code points.
        assert_eq!(
            x_weighted_length_with("🇫🇮", &XConfig::v2()).weighted_length,
            4
        );
        // Text presentation selector: not an emoji for twemoji.
        assert_eq!(x_weighted_length("☺\u{FE0E}").weighted_length, 4);
    }

    #[test]
    fn finnish_letters_weigh_one() {
        assert_eq!(x_weighted_length("äöåÄÖÅ").weighted_length, 6);
        // Decomposed ä is normalised first.
        assert_eq!(x_weighted_length("a\u{308}").weighted_length, 1);
    }

    #[test]
    fn valid_range_end_is_a_byte_offset_in_the_original() {
        let text = format!("{}ääkkönen", "x".repeat(275));
        let r = x_weighted_length(&text);
        assert!(!r.valid);
        assert_eq!(r.weighted_length, 283);
        assert_eq!(&text[r.valid_range_end..], "nen");

        // Decomposed characters: the offset still points into the original text.
        let decomposed = format!("{}{}", "a\u{308}".repeat(279), "bc");
        let r = x_weighted_length(&decomposed);
        assert_eq!(r.weighted_length, 281);
        assert_eq!(&decomposed[r.valid_range_end..], "c");
    }

    #[test]
    fn invalid_characters() {
        let r = x_weighted_length("ok\u{FFFE}ok");
        assert!(!r.valid);
        assert_eq!(r.valid_range_end, 2);
    }

    #[test]
    fn segmentwise_nfc_equals_whole_nfc() {
        let samples = [
            "a\u{308}\u{301}b",
            "\u{1100}\u{1161}\u{11A8}",
            "\u{FB2C}x\u{0B47}\u{0B3E}",
            "e\u{301}\u{327}\u{301}x\u{323}\u{302}",
            "\u{0958}\u{093C}\u{0301}Å\u{30A}",
            "\u{1E9B}\u{0323}ﬁ\u{212B}\u{2126}",
        ];
        for s in samples {
            let whole: String = s.nfc().collect();
            assert_eq!(Normalized::new(s).text, whole, "{s:?}");
        }
    }

    #[test]
    fn config_from_json() {
        let json = r#"{"version":3,"maxWeightedTweetLength":280,"scale":100,"defaultWeight":200,
            "emojiParsingEnabled":true,"transformedURLLength":23,
            "ranges":[{"start":0,"end":4351,"weight":100},{"start":8192,"end":8205,"weight":100},
            {"start":8208,"end":8223,"weight":100},{"start":8242,"end":8247,"weight":100}]}"#;
        assert_eq!(XConfig::from_json(json).unwrap(), XConfig::v3());
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "\u{FE0F}",
            "\u{200D}",
            "\u{1F3FB}",
            "#\u{FE0F}",
            "http://",
            "http://.com",
            "xn--.com",
            "a.b.c.d.e.f.g.h",
            "\u{0}\u{FFFF}",
            "((((",
            "https://t.co/",
        ] {
            let _ = x_weighted_length(s);
            let _ = x_weighted_length_with(s, &XConfig::v2());
        }
    }
}
