//! The most frequent Finnish words, for telling an ordinary word from a disguised term.
//!
//! The list is `benches/data/fi-words.tsv` (wordfreq's 20,000 most frequent Finnish words,
//! CC BY-SA 4.0). `build.rs` checks it (a missing or malformed file stops the build) and lays it
//! out as an open-addressing table of 32-bit word fingerprints (see [`hash`]), embedded here: a
//! lookup hashes the word and reads one or two slots, with nothing to build at start-up. The list
//! holds word forms as they occur (`vitun`, `perillä`, `kuski`), lower-case, including swear
//! words: callers decide what a hit means.

pub(crate) mod hash;

/// [`hash::SLOTS`] little-endian `u32` fingerprints (0 = empty slot), linear probing.
static SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/frequent-words.bin"));

/// Rarer ordinary words, sorted, that one typo or swap would make a disguised term
/// (`kahleissa`, `siteet`, `rättiä`; `crates/fi/data/ordinary-lookalikes.txt`, made by
/// `scripts/make_ordinary_lookalikes.py` from wordfreq's large list and Voikko).
static LOOKALIKES: &[&str] = include!(concat!(env!("OUT_DIR"), "/ordinary-lookalikes.rs"));

/// Whether `word` (lower-case UTF-8) is a frequent word or one of the rarer ordinary words that
/// look like a disguised term: an ordinary word, for the disguise reader.
#[inline]
pub(crate) fn ordinary(word: &[u8]) -> bool {
    contains(word)
        || LOOKALIKES
            .binary_search_by(|w| w.as_bytes().cmp(word))
            .is_ok()
}

/// Whether `word` (lower-case UTF-8) is one of the frequent words.
#[inline]
pub(crate) fn contains(word: &[u8]) -> bool {
    if word.is_empty() {
        return false;
    }
    let (f, mut i) = hash::fingerprint(word);
    // The table is at most 0.62 full: an empty slot always comes.
    for _ in 0..hash::SLOTS {
        let Some(s) = SLOTS.get(i * 4..i * 4 + 4) else {
            return false;
        };
        let v = u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        if v == f {
            return true;
        }
        if v == 0 {
            return false;
        }
        i = (i + 1) & (hash::SLOTS - 1);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_frequent_words_only() {
        for w in [
            "ja",
            "perille",
            "kuski",
            "pizza",
            "tervetuloa",
            "vitun",
            "kiitos",
        ] {
            assert!(contains(w.as_bytes()), "{w}");
        }
        for w in ["", "perkle", "v1ttu", "kiitoooos", "xyzzy", "vitttu"] {
            assert!(!contains(w.as_bytes()), "{w}");
        }
        // The rarer look-alikes are ordinary for the disguise reader, not frequent words.
        for w in ["kahleissa", "rättiä", "mutainen", "fagotisti"] {
            assert!(ordinary(w.as_bytes()) && !contains(w.as_bytes()), "{w}");
        }
        for w in ["satana", "perkle", "kussut", "xyzzy"] {
            assert!(!ordinary(w.as_bytes()), "{w}");
        }
        assert!(LOOKALIKES.windows(2).all(|p| p[0] < p[1]));
        let n = SLOTS
            .chunks_exact(4)
            .filter(|s| s.iter().any(|&b| b != 0))
            .count();
        assert!(n >= 19_000, "{n} words in the table");
    }
}
