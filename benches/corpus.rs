//! A reproducible corpus of Finnish post-like text for benchmarks and the peer comparison.
//!
//! Words are drawn by frequency from wordfreq's Finnish list (`benches/data/fi-words.tsv`) with a
//! fixed-seed generator, and put into posts of one to five sentences with the things real posts
//! have: capitals, commas, hashtags, links, times, dates and the odd emoji.
#![allow(dead_code)] // each includer uses part of it

use std::fmt::Write;

const WORDS: &str = include_str!("data/fi-words.tsv");
/// The 300 base forms the batch benchmark matches with inflection.
pub(crate) const TERMS: &str = include_str!("data/terms-300.txt");

/// The 300 benchmark terms.
pub(crate) fn terms() -> Vec<&'static str> {
    TERMS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect()
}

/// Every word of the vocabulary the corpus is drawn from.
pub(crate) fn vocabulary() -> Vec<&'static str> {
    WORDS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect()
}

/// xorshift64*: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Posts of about `bytes` bytes in total, generated from `seed`.
pub(crate) fn posts(bytes: usize, seed: u64) -> Vec<String> {
    let mut words = Vec::new();
    let mut cumulative = Vec::new();
    let mut total = 0u64;
    for line in WORDS.lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.split('\t');
        let (Some(w), Some(f)) = (parts.next(), parts.next()) else {
            continue;
        };
        total += f.parse::<u64>().unwrap_or(1);
        words.push(w);
        cumulative.push(total);
    }
    let mut rng = Rng(seed | 1);
    let pick = |rng: &mut Rng| {
        let x = rng.below(total);
        words[cumulative.partition_point(|&c| c <= x)]
    };
    let extras = [
        "#Suomussalmi",
        "https://www.suomussalmi.fi/ajankohtaista",
        "klo 12.30",
        "1.12.2026",
        "😊",
        "👍",
        "#kuntavaalit",
        "@kunta",
    ];
    let mut out = Vec::new();
    let mut size = 0;
    while size < bytes {
        let mut post = String::new();
        for _ in 0..1 + rng.below(5) {
            let n = 5 + rng.below(16);
            for i in 0..n {
                let w = pick(&mut rng);
                if i == 0 {
                    let mut cs = w.chars();
                    if let Some(c) = cs.next() {
                        post.extend(c.to_uppercase());
                        post.push_str(cs.as_str());
                    }
                } else {
                    post.push(' ');
                    post.push_str(w);
                    if rng.below(12) == 0 {
                        post.push(',');
                    }
                }
            }
            if rng.below(6) == 0 {
                let _ = write!(post, " {}", extras[rng.below(extras.len() as u64) as usize]);
            }
            post.push_str([". ", "! ", "? ", ". "][rng.below(4) as usize]);
        }
        let post = post.trim_end().to_string();
        size += post.len() + 2;
        out.push(post);
    }
    out
}
