//! Text models that score a whole draft for a guideline breach worded in ways no term list
//! describes: sarcasm and contempt in ordinary words, a leak told as a story, a picture's origin
//! given in passing.
//!
//! Each model is a logistic regression over hashed character n-grams, trained by
//! `scripts/train_models.py` on the blind corpus's tuning halves and shipped as data
//! (`data/models/<name>.tsv`, laid out by `build.rs` as one table, each bucket's three weights
//! side by side, embedded here; nothing is built at start-up). A draft's features: each
//! whitespace-separated word, lower-cased and padded with a space on both sides, gives its 3-, 4- and 5-character pieces; a piece's FNV-1a
//! hash, masked to 18 bits, is a bucket; the draft is the set of its buckets, each worth
//! `1/sqrt(count)`. Its probability is `sigmoid(bias + sum of weights / sqrt(count))`.
//!
//! A model says only that a draft as a whole reads like a breach; [`Model::find`] points at the
//! sentence that carries the most weight, so a reader sees where to look.

use std::ops::Range;

/// One of the shipped models.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Model {
    /// Swearing, insults, contempt, condescension, sarcasm and threats (seed 004, tip 7).
    Tone,
    /// Material shared without rights: taken pictures and clips, pasted articles and lyrics.
    Copyright,
    /// Confidential or non-public information about people and matters.
    Confidential,
}

/// The three models' biases and thresholds, then each bucket's three weights (see `build.rs`).
static MODELS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/models.bin"));

const MASK: u32 = (1 << 18) - 1;

/// A shorter draft is left to the rules: a model reads a draft's words together, and a line or
/// two gives it too little to go on (`Ei kannata vitkutella, ilmoittautuminen päättyy
/// perjantaina.` shares letters with a swear word and little else). About 1 % of the training
/// files' breaches are this short.
pub const MIN_WORDS: usize = 10;

/// A draft needs at least this many words before a low score may make a rule's finding a
/// suggestion (a rule's `doubt`). Short blunt leaks (`Nuorisotalon kävijä Jonna (15) on raskaana,
/// ja hänelle etsitään tukihenkilöä.`) score low: the models learn the sentences of clean drafts
/// as negatives, so a draft of a sentence or two has too little of its own to outweigh them. At
/// 25 words, by grouped leave-rounds-out over the 28th–69th dev halves, the doubt keeps four
/// true leaks more than at 10 and two false alarms more.
pub const DOUBT_MIN_WORDS: usize = 25;

impl Model {
    /// Every model, in the order of the documentation.
    pub const ALL: [Model; 3] = [Model::Tone, Model::Copyright, Model::Confidential];

    /// The model's name as rule files write it.
    pub fn name(self) -> &'static str {
        match self {
            Model::Tone => "tone",
            Model::Copyright => "copyright",
            Model::Confidential => "confidential",
        }
    }

    /// The model called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Model> {
        Model::ALL.into_iter().find(|m| m.name() == name)
    }

    fn index(self) -> usize {
        self as usize
    }

    fn f32_at(at: usize) -> f32 {
        let t = MODELS;
        f32::from_le_bytes([t[at], t[at + 1], t[at + 2], t[at + 3]])
    }

    /// The threshold the model was tuned for: a draft scoring at least this is flagged.
    pub fn threshold(self) -> f32 {
        Model::f32_at(self.index() * 8 + 4)
    }

    fn bias(self) -> f32 {
        Model::f32_at(self.index() * 8)
    }

    /// The weight of `bucket` (0 for a bucket the model does not know).
    fn weight(self, bucket: u32) -> f32 {
        Model::f32_at(24 + (bucket as usize * 3 + self.index()) * 4)
    }

    /// The probability (0 to 1) that `text` breaks the model's guideline.
    pub fn score(self, text: &str) -> f32 {
        let (n, sums) = sums(text);
        let mut z = self.bias();
        if n > 0 {
            z += sums[self.index()] / (n as f32).sqrt();
        }
        1.0 / (1.0 + (-z).exp())
    }

    /// Whether `text` has at least [`DOUBT_MIN_WORDS`] words and scores below `below`: a rule's
    /// finding in it is only a suggestion (a rule's `doubt`). The score is the one
    /// [`Model::find`] computes for the same text (the last text's sums are remembered).
    pub fn doubts(self, text: &str, below: f32) -> bool {
        has_words(text, DOUBT_MIN_WORDS) && self.score(text) < below
    }

    /// When `text` has at least [`MIN_WORDS`] words and scores at least `threshold`, the span of
    /// its sentence with the most weight toward the breach (whitespace trimmed); otherwise
    /// `None`.
    pub fn find(self, text: &str, threshold: f32) -> Option<Range<usize>> {
        if !has_words(text, MIN_WORDS) || self.score(text) < threshold {
            return None;
        }
        let mut buckets = Vec::new();
        let mut best: Option<(f32, Range<usize>)> = None;
        for s in crate::sentences::spans(text) {
            buckets.clear();
            features(&text[s.clone()], &mut buckets);
            let w: f32 = buckets.iter().map(|&b| self.weight(b)).sum();
            if best.as_ref().is_none_or(|(bw, _)| w > *bw) {
                best = Some((w, s));
            }
        }
        best.map(|(_, s)| s)
    }
}

/// Whether `text` has at least `n` whitespace-separated words.
fn has_words(text: &str, n: usize) -> bool {
    text.split_whitespace().nth(n - 1).is_some()
}

/// The distinct buckets of `text` into `out` (cleared first), in no particular order.
fn features(text: &str, out: &mut Vec<u32>) {
    SEEN.with_borrow_mut(|seen| {
        out.clear();
        if seen.is_empty() {
            seen.resize(1 << 12, 0);
        }
        // The word padded with spaces and lower-cased, each character as its UTF-8 bytes
        // (little-endian in a `u32`) and their count, encoded once.
        let mut padded: Vec<(u32, u32)> = Vec::new();
        let mut utf8 = [0u8; 4];
        let mut push = |padded: &mut Vec<(u32, u32)>, c: char| {
            if c.is_ascii() {
                padded.push((u32::from(c), 1));
            } else {
                let bytes = c.encode_utf8(&mut utf8).as_bytes();
                let packed = bytes.iter().rev().fold(0u32, |v, &b| v << 8 | u32::from(b));
                padded.push((packed, bytes.len() as u32));
            }
        };
        for word in text.split_whitespace() {
            padded.clear();
            push(&mut padded, ' ');
            for c in word.chars() {
                if c.is_ascii() {
                    push(&mut padded, c.to_ascii_lowercase());
                } else {
                    for l in c.to_lowercase() {
                        push(&mut padded, l);
                    }
                }
            }
            push(&mut padded, ' ');
            // FNV-1a runs on from each start: after 3, 4 and 5 characters it is the hash of
            // that piece.
            for i in 0..padded.len().saturating_sub(2) {
                let mut h: u32 = 0x811c_9dc5;
                for (k, &(mut bytes, n)) in padded[i..].iter().take(5).enumerate() {
                    for _ in 0..n {
                        h ^= bytes & 0xFF;
                        h = h.wrapping_mul(0x0100_0193);
                        bytes >>= 8;
                    }
                    if k >= 2 {
                        let b = h & MASK;
                        let (word, bit) = ((b >> 6) as usize, 1u64 << (b & 63));
                        if seen[word] & bit == 0 {
                            seen[word] |= bit;
                            out.push(b);
                        }
                    }
                }
            }
        }
        for &b in out.iter() {
            seen[(b >> 6) as usize] = 0;
        }
    });
}

/// The count of `text`'s buckets and the three models' sums of weights over them. The rules of
/// the three models read the same draft one after another, and the n-grams and the table reads
/// are the work, so the last answer is kept (see [`crate::memo`]).
fn sums(text: &str) -> (usize, [f32; 3]) {
    crate::memo::remembered(&LAST, (), text, || {
        BUCKETS.with_borrow_mut(|buckets| {
            features(text, buckets);
            let mut sums = [0.0; 3];
            for &b in buckets.iter() {
                for m in Model::ALL {
                    sums[m.index()] += m.weight(b);
                }
            }
            (buckets.len(), sums)
        })
    })
}

thread_local! {
    static LAST: std::cell::RefCell<crate::memo::Last<(), (usize, [f32; 3])>> =
        const { std::cell::RefCell::new(crate::memo::Last::new()) };
    /// The buckets of the text being scored, kept so that no draft allocates them anew.
    static BUCKETS: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
    /// A bit per bucket, all clear between calls: which buckets [`features`] has seen.
    static SEEN: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scores `scripts/train_models.py` computed for its parity texts.
    #[test]
    fn scores_as_the_training_script_does() {
        let parity = include_str!("../data/models/parity.tsv");
        let mut n = 0;
        for line in parity.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.splitn(3, '\t');
            let (model, p, text) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
            let model = Model::from_name(model).unwrap();
            let text: String = serde_json::from_str(text).unwrap();
            let want: f32 = p.parse().unwrap();
            let got = model.score(&text);
            assert!(
                (got - want).abs() < 2e-4,
                "{model:?} {text:?}: {got} != {want}"
            );
            n += 1;
        }
        assert_eq!(n, 18);
    }

    #[test]
    fn thresholds_and_names() {
        for m in Model::ALL {
            assert_eq!(Model::from_name(m.name()), Some(m));
            assert!(m.threshold() > 0.5 && m.threshold() < 1.0);
        }
        assert_eq!(Model::from_name("spam"), None);
    }

    #[test]
    fn short_clean_posts_stay_below_the_thresholds() {
        for text in [
            "Kiitos!",
            "Ilmoittautuminen päättyy perjantaina.",
            "Uimahalli on auki taas maanantaina klo 6.",
            "Kirjasto on suljettu juhannuksena.",
            "",
        ] {
            for m in Model::ALL {
                assert!(m.score(text) < m.threshold(), "{m:?} {text:?}");
                assert_eq!(m.find(text, m.threshold()), None);
            }
        }
    }

    #[test]
    fn points_at_the_heaviest_sentence() {
        let text = "Kiitos kysymyksestä.\nEtte te näköjään tajua mitään, senkin pellet, lukekaa ensin!\nHyvää viikonloppua.";
        let m = Model::Tone;
        let r = m.find(text, 0.5).expect("flagged");
        assert_eq!(
            m.find(
                "Ei kannata vitkutella, ilmoittautuminen päättyy perjantaina.",
                0.01
            ),
            None
        );
        assert!(text[r].starts_with("Ette te"));
    }
}
