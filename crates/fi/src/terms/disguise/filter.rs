//! The cheap tests that turn most words away before the disguise path: tables of the first two
//! and three bytes a disguised form of a stem may start with (with its edits, dialect sounds,
//! digits and symbols), and whether a word holds digits or joiners. Also the letters that follow
//! a trie node, for the walk.

use crate::inflect::trie::Trie;

/// What a letter at a word's start may be written as, besides itself: a digit, symbol or
/// sound for it, and its [`letter_variants`].
fn variants(c: char) -> impl Iterator<Item = char> {
    let symbols: &[char] = match c {
        'a' => &['4', '@', 'u'],
        'e' => &['3', '€', 'i'],
        'i' => &['1', '!', '¡'],
        'l' => &['1', '|'],
        'o' => &['0', 'u'],
        's' => &['5', '$'],
        't' => &['7', '+'],
        'p' => &['b'],
        'k' => &['g'],
        'ä' => &['i', '4', '@'],
        'ö' => &['y', '0'],
        'y' => &['¥'],
        'r' => &['®'],
        _ => &[],
    };
    symbols.iter().chain(letter_variants(c)).copied()
}

/// The letters written for `c` because they look or sound alike, as digits are (`pazkaa`,
/// `lutqa`, `helwetti`), `å` for `a` as a mock-Swedish accent writes it (`påskå`), and a
/// German `ü` for `u` (`fück`; the ninety-fourth disguise set's dev half).
fn lookalikes(c: char) -> &'static [char] {
    match c {
        'k' => &['q', 'c'],
        's' => &['z'],
        'v' => &['w'],
        'a' => &['å'],
        'u' => &['ü'],
        _ => &[],
    }
}

/// The letter a look-alike letter stands for (`q` → `k`), if it is one.
pub(super) fn read_as(written: char) -> Option<char> {
    ['k', 's', 'v', 'a', 'u']
        .into_iter()
        .find(|&c| lookalikes(c).contains(&written))
}

/// What a letter of a plain word (letters only) may be written as, besides itself: its
/// look-alikes and `a`/`o` for `ä`/`ö` without dots (`aalio`).
fn letter_variants(c: char) -> &'static [char] {
    match c {
        'ä' => &['a'],
        'ö' => &['o'],
        _ => lookalikes(c),
    }
}

/// The table of `Disguise::may_start`: for the first three letters `c0 c1 c2` of every stem,
/// the pairs `c0 c1` (as written), `c0 c2` (second letter missing, or swapped), `c0 c0` (the
/// first letter doubled), `c0` alone (a spaced letter), each letter also in its variants.
pub(super) fn first_pairs(trie: &Trie) -> Box<[u64; 1024]> {
    let mut bits = Box::new([0u64; 1024]);
    let mut set = |a: char, b: Option<char>| {
        for x in std::iter::once(a).chain(variants(a)) {
            let ys: Vec<Option<char>> = match b {
                Some(b) => std::iter::once(b).chain(variants(b)).map(Some).collect(),
                None => vec![None],
            };
            for y in ys {
                let mut s = String::from(x);
                s.extend(y);
                let v = s.as_bytes();
                let bit = (usize::from(v[0]) << 8) | v.get(1).map_or(0, |&b| usize::from(b));
                bits[bit >> 6] |= 1 << (bit & 63);
            }
        }
    };
    let (l0, k0) = letters(trie, 0);
    for &(c0, n0) in &l0[..k0] {
        set(c0, None);
        set(c0, Some(c0));
        let (l1, k1) = letters(trie, n0 as usize);
        for &(c1, n1) in &l1[..k1] {
            set(c0, Some(c1));
            let (l2, k2) = letters(trie, n1 as usize);
            for &(c2, _) in &l2[..k2] {
                set(c0, Some(c2));
            }
        }
    }
    bits
}

/// The bit of three bytes in the table of `Disguise::may_start3`.
#[inline]
pub(super) fn triple(a: u8, b: u8, c: u8) -> usize {
    ((usize::from(a) * 251 + usize::from(b)) * 241 + usize::from(c)) & 0xFFFF
}

/// The table of `Disguise::may_start3`: for the first letters `c0 c1 c2 c3` of every stem,
/// `c0 c1 c2` as written, `c0 c2 c3` and `c0 c1 c3` (a letter missing, or the third and fourth
/// swapped), `c0 c2 c1` (swapped), `c0 c0 c1` and `c0 c1 c1` (doubled), `b`/`g` for a first
/// `p`/`k` and a diphthong for a long first vowel; any third byte after a stem of two.
pub(super) fn first_triples(trie: &Trie) -> Box<[u64; 1024]> {
    let mut bits = Box::new([0u64; 1024]);
    let mut set1 = |cs: &[char]| {
        let s: String = cs.iter().collect();
        if let [a, b, c, ..] = *s.as_bytes() {
            let bit = triple(a, b, c);
            bits[bit >> 6] |= 1 << (bit & 63);
        } else if let [a, b] = *s.as_bytes() {
            for c in 0..=255 {
                let bit = triple(a, b, c);
                bits[bit >> 6] |= 1 << (bit & 63);
            }
        }
    };
    // Each letter also as its look-alikes (`letter_variants`).
    let mut set = |cs: &[char]| {
        let alts = |c: char| std::iter::once(c).chain(letter_variants(c).iter().copied());
        let mut out: Vec<Vec<char>> = vec![Vec::new()];
        for &c in cs.iter().take(3) {
            out = out
                .into_iter()
                .flat_map(|p| {
                    alts(c).map(move |a| {
                        let mut p = p.clone();
                        p.push(a);
                        p
                    })
                })
                .collect();
        }
        for p in out {
            set1(&p);
        }
    };
    let (l0, k0) = letters(trie, 0);
    for &(c0, n0) in &l0[..k0] {
        let (l1, k1) = letters(trie, n0 as usize);
        for &(c1, n1) in &l1[..k1] {
            let firsts: &[char] = match c0 {
                'p' => &['p', 'b'],
                'k' => &['k', 'g'],
                _ => &[],
            };
            // A diphthong for a long first vowel (`iäliö`, `kuusipiä` inside).
            let diphthong = match c0 {
                'ä' | 'e' => Some('i'),
                'a' | 'o' => Some('u'),
                'ö' => Some('y'),
                _ => None,
            };
            if let (true, Some(v)) = (c0 == c1, diphthong) {
                set(&[v, c0]);
            }
            let n1 = n1 as usize;
            if trie.has_values(n1) {
                set(&[c0, c1]);
                set(&[c0, c0, c1]);
            }
            let (l2, k2) = letters(trie, n1);
            for &(c2, n2) in &l2[..k2] {
                for &f in firsts.iter().chain(std::iter::once(&c0)) {
                    set(&[f, c1, c2]);
                }
                set(&[c0, c2, c1]);
                set(&[c0, c0, c1]);
                set(&[c0, c1, c1]);
                let (l3, k3) = letters(trie, n2 as usize);
                for &(c3, _) in &l3[..k3] {
                    set(&[c0, c2, c3]);
                    set(&[c0, c1, c3]);
                }
                if trie.has_values(n2 as usize) {
                    set(&[c0, c2]);
                    set(&[c0, c1]);
                }
            }
        }
    }
    bits
}

/// Most letters that follow a trie node (the Finnish alphabet has 29).
pub(super) const MAX_LETTERS: usize = 40;

/// The letters that follow `node` (one- and two-byte characters) with their nodes, in a buffer,
/// and how many there are.
pub(super) fn letters(trie: &Trie, node: usize) -> ([(char, u32); MAX_LETTERS], usize) {
    let mut out = [('\0', 0u32); MAX_LETTERS];
    let mut n = 0;
    let mut add = |c: char, node: usize| {
        if n < MAX_LETTERS && c.is_alphabetic() {
            out[n] = (c, node as u32);
            n += 1;
        }
    };
    for (b, next) in trie.children(node) {
        if b < 0x80 {
            add(b as char, next);
        } else if (0xC0..0xE0).contains(&b) {
            for (b2, n2) in trie.children(next) {
                let c = (u32::from(b & 0x1F) << 6) | u32::from(b2 & 0x3F);
                if let Some(c) = char::from_u32(c) {
                    add(c, n2);
                }
            }
        }
    }
    (out, n)
}

/// Bytes that make a word be read symbol by symbol: digits, joiners (`-`, `:`, `'`) and the
/// lead byte of `‐`, `‑`, `€`, `’`.
static ODD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_digit() || matches!(b as u8, b'-' | b':' | b'\'' | 0xE2);
        b += 1;
    }
    t
};

/// Whether word `w` has digits or joiners: then it is read symbol by symbol. (A word with a
/// stretched letter is not a frequent word, and is read symbol by symbol too.)
#[inline]
pub(super) fn odd(w: &[u8]) -> bool {
    // A word holds letters (ASCII from `A` on, others from byte 0x80 on), digits and joiners
    // (below `A`): eight bytes at a time, any below `A`, or the lead byte 0xE2 of `‐ ‑ ’ €`.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH != 0;
    let mut chunks = w.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        if below(x, 0x41) || below(x ^ (ONES * 0xE2), 1) {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| ODD[b as usize])
}
