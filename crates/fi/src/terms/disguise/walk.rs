//! Walking the trie of disguised stems with a token: every way the token's symbols can spell
//! a stem (masks filled with the stem's own letters, symbols read as letters, runs once or
//! twice, at most one missing, doubled or swapped letter), each with what it took.

use super::filter::letters;
use super::text::Sym;
use crate::inflect::{is_vowel, trie::Trie};

/// What a reading of a token took: the evidence for and against it being a disguised word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Stats {
    /// Letters read as written.
    pub(super) real: u16,
    /// Digits and symbols read as letters.
    pub(super) subst: u16,
    /// Letters a mask stood for.
    pub(super) masked: u16,
    /// Masks, gaps and spaces read as nothing or as letters.
    pub(super) marks: u16,
    /// Runs of a letter read once or twice.
    pub(super) runs: u16,
    /// Missing, doubled or swapped letters (at most one).
    pub(super) edits: u16,
    /// Of those, swapped letters.
    pub(super) swaps: u16,
    /// Letters of the stem read before the edit.
    pub(super) edit_at: u16,
    /// Dialect sounds (`helevetti`, `berkele`, `kusipiä`, `äälijö`) and `a`/`o` for `ä`/`ö` in a
    /// word written without dots (`aalio`).
    pub(super) dialect: u16,
    /// The edit is the stem's first vowel left out after its first letter, so that the word
    /// starts with two consonants, as no Finnish word does (`pskaa`, `hlvetti`): convincing in a
    /// shorter word than other edits.
    pub(super) cluster: bool,
    /// The last letter read came from a mask (then only an ending may follow the stem).
    pub(super) tail_masked: bool,
    /// The last symbol read was a one-byte symbol read as nothing (`$aatana!`): the hit ends
    /// before it.
    pub(super) tail_dropped: bool,
}

impl Stats {
    /// Whether anything but plain letters was read (a plain form is the plain matcher's).
    pub(super) fn disguised(&self) -> bool {
        self.subst + self.masked + self.marks + self.runs + self.edits + self.dialect > 0
    }
}

/// A stem the token can spell: the trie node where it ends, the symbol the rest starts at
/// (and a run letter that may still be read once more), and what it took.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) node: usize,
    pub(super) at: usize,
    pub(super) extra: Option<char>,
    pub(super) stats: Stats,
    /// The stem as read: a range of [`Walk::stems`].
    pub(super) stem: std::ops::Range<usize>,
}

/// At most this many steps per walk: a token of many masks cannot blow up.
const MAX_STEPS: u32 = 20_000;
/// After a stem read with a missing, doubled or swapped letter, at most this many symbols of
/// ending (a case ending and a clitic).
const EDIT_REST: usize = 5;
/// A mask of `n` characters stands for at most `n + MASK_SLACK` letters.
const MASK_SLACK: usize = 2;

/// One walk of a token over the trie.
pub(super) struct Walk<'a> {
    trie: &'a Trie,
    syms: &'a [Sym],
    stem: String,
    steps: u32,
    /// The stems found.
    pub(super) found: Vec<Found>,
    /// Their letters, one after another.
    pub(super) stems: String,
    /// Edits are tried from this symbol on: two before the symbol where the token, read
    /// letter by letter as written, leaves the trie (a typo is near where it shows).
    edit_from: usize,
    /// The whole token was read as a proper prefix of a stem (it may go on in the next chunk).
    pub(super) ran_out: bool,
    /// The token has no `ä`, `ö` or `å`: its `a` and `o` may stand for `ä` and `ö` (a keyboard
    /// or a writer without the dotted letters: `aalio`, `kusipaa`).
    dotless: bool,
    /// The token is single letters between single masks (`p.e.r.s.e`, `h.t.`): its masks are
    /// spacing, and stand for one letter at most, only between four letters or more (a long
    /// vowel written once, `s.a.t.a.n.a.n`; initials are no `h|ito|t`).
    spelled: bool,
    /// Masks may stand for a letter: the token is not spelled out, or spells four letters or
    /// more.
    spelled_fills: bool,
}

impl<'a> Walk<'a> {
    /// Walks `syms` from the root; `edits` (0 or 1) missing, doubled or swapped letters allowed.
    pub(super) fn run(trie: &'a Trie, syms: &'a [Sym], edits: u16) -> Self {
        let spelled = syms.iter().any(|s| matches!(s, Sym::Mask(_)))
            && syms.iter().enumerate().all(|(k, s)| match s {
                Sym::Mask(n) => *n == 1,
                Sym::Letter(_) | Sym::Subst(..) => {
                    let alone = |j: Option<usize>| {
                        j.and_then(|j| syms.get(j))
                            .is_none_or(|s| matches!(s, Sym::Mask(_)))
                    };
                    alone(k.checked_sub(1)) && alone(Some(k + 1))
                }
                _ => false,
            });
        let spelled_fills =
            !spelled || syms.iter().filter(|s| !matches!(s, Sym::Mask(_))).count() >= 4;
        let mut w = Walk {
            trie,
            syms,
            stem: String::with_capacity(32),
            steps: 0,
            found: Vec::with_capacity(8),
            stems: String::with_capacity(64),
            ran_out: false,
            edit_from: 0,
            spelled,
            spelled_fills,
            // Not with masks: a masked word has readings enough (`K-I-I-T-O-S`); in a word of
            // five letters or more (`Amma` is a name).
            dotless: syms.len() >= 5
                && !syms.iter().any(|s| {
                    matches!(
                        s,
                        Sym::Letter('ä' | 'ö' | 'å') | Sym::Run('ä' | 'ö' | 'å') | Sym::Mask(_)
                    )
                }),
        };
        if edits > 0 {
            let mut node = 0;
            let mut i = 0;
            while let Some(&Sym::Letter(c)) = syms.get(i) {
                match w.step(node, c) {
                    Some(n) => node = n,
                    None => break,
                }
                i += 1;
            }
            w.edit_from = i.saturating_sub(2);
        }
        w.go(0, 0, None, edits, Stats::default());
        w
    }

    /// Follows the letter `c` from `node`.
    fn step(&self, node: usize, c: char) -> Option<usize> {
        let mut buf = [0u8; 4];
        c.encode_utf8(&mut buf)
            .bytes()
            .try_fold(node, |n, b| self.trie.child(n, b))
    }

    /// The last letter of the stem read so far.
    fn last(&self) -> Option<char> {
        self.stem.chars().next_back()
    }

    /// Reads letter `c` into the stem and walks on from symbol `i`.
    fn letter(&mut self, node: usize, c: char, i: usize, extra: Option<char>, e: u16, st: Stats) {
        let st = Stats {
            tail_masked: false,
            tail_dropped: false,
            ..st
        };
        if let Some(n) = self.step(node, c) {
            self.to(n, c, i, extra, e, st);
        }
    }

    /// Reads letter `c` (that leads to `n`) into the stem and walks on from symbol `i`.
    fn to(&mut self, n: usize, c: char, i: usize, extra: Option<char>, e: u16, st: Stats) {
        let len = self.stem.len();
        self.stem.push(c);
        self.go(n, i, extra, e, st);
        self.stem.truncate(len);
    }

    fn go(&mut self, node: usize, i: usize, extra: Option<char>, e: u16, st: Stats) {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return;
        }
        // A misspelt stem takes a short ending only (`vit|un`, `helvet|iin`, `perkle`).
        if !self.stem.is_empty()
            && self.trie.has_values(node)
            && (st.edits == 0 || self.syms.len() - i <= EDIT_REST)
        {
            self.push_found(node, i, extra, st, None);
        }
        if let Some(c) = extra {
            self.letter(node, c, i, None, e, st);
        }
        let sym = self.syms.get(i).copied();
        if sym.is_none() && self.trie.children(node).next().is_some() {
            self.ran_out = true;
            self.apocope(node, i, st);
        }
        let next = Stats {
            real: st.real + 1,
            ..st
        };
        match sym {
            Some(Sym::Letter(c)) => {
                self.letter(node, c, i + 1, None, e, next);
                self.dialect(node, c, i, e, st);
                self.lookalike(node, c, i, e, st);
            }
            Some(Sym::Run(c)) => {
                let st = Stats {
                    runs: st.runs + 1,
                    ..next
                };
                self.letter(node, c, i + 1, Some(c), e, st);
            }
            Some(Sym::Subst(a, b, mask)) => {
                let st1 = Stats {
                    subst: st.subst + 1,
                    ..st
                };
                self.letter(node, a, i + 1, None, e, st1);
                if b != a {
                    self.letter(node, b, i + 1, None, e, st1);
                }
                if mask {
                    self.mask(node, i, 1, e, st);
                }
            }
            Some(Sym::Mask(n)) => self.mask(node, i, usize::from(n), e, st),
            Some(Sym::EndMask) => {
                let st = Stats {
                    marks: st.marks + 1,
                    ..st
                };
                self.fill(node, i, 1, e, st);
            }
            Some(sym @ (Sym::Hyphen | Sym::Gap | Sym::Space)) => {
                if sym == Sym::Hyphen {
                    self.letter(node, '-', i + 1, None, e, st);
                }
                // Left out: a gap or a space between chunks, and a hyphen in a compound that
                // its term writes without one (`rätti-pää` for `rättipää`).
                let st = Stats {
                    marks: st.marks + 1,
                    ..st
                };
                self.go(node, i + 1, None, e, st);
            }
            Some(Sym::Stop) | None => {}
        }
        if e > 0 && !self.stem.is_empty() && i >= self.edit_from {
            self.edit(node, i, e - 1, st);
        }
    }

    /// Records the stem read so far (and `more`) as found.
    fn push_found(
        &mut self,
        node: usize,
        at: usize,
        extra: Option<char>,
        st: Stats,
        more: Option<char>,
    ) {
        let a = self.stems.len();
        self.stems.push_str(&self.stem);
        self.stems.extend(more);
        self.found.push(Found {
            node,
            at,
            extra,
            stats: st,
            stem: a..self.stems.len(),
        });
    }

    /// A stem's last vowel dropped at the end of the token, as in western dialects (`perkel`,
    /// `jumalaut`): the stem read with it, when the stem is long.
    fn apocope(&mut self, node: usize, i: usize, st: Stats) {
        if self.stem.len() < 5 {
            return;
        }
        let stats = Stats {
            dialect: st.dialect + 1,
            ..st
        };
        let (buf, n) = letters(self.trie, node);
        for &(c, next) in &buf[..n] {
            let next = next as usize;
            if is_vowel(c) && self.trie.has_values(next) {
                self.push_found(next, i, None, stats, Some(c));
            }
        }
    }

    /// One missing, doubled or swapped letter at symbol `i`.
    fn edit(&mut self, node: usize, i: usize, e: u16, st: Stats) {
        let st = Stats {
            edits: st.edits + 1,
            edit_at: self.stem.len() as u16,
            ..st
        };
        let sym = self.syms.get(i).copied();
        // Doubled: a letter that repeats the one before it is skipped (a vowel only at the
        // end, or as the first two letters, `iidiootti`: a long vowel inside a word is Finnish,
        // `kuulleesi` is no `kulli`).
        if let Some(Sym::Letter(c)) = sym {
            if self.last() == Some(c)
                && (!is_vowel(c) || i + 1 == self.syms.len() || (i == 1 && self.stem.len() == 1))
            {
                self.go(node, i + 1, None, e, st);
            }
        }
        // Missing: the stem's next letter, not in the token (only where the token's next
        // letter, or the stem's end, can follow it).
        let want = match sym {
            Some(Sym::Letter(y)) => Some(y),
            _ => None,
        };
        // The stem's first vowel left out between the token's first two letters, consonants.
        let cluster = i == 1
            && self.stem.chars().count() == 1
            && super::text::opens_with_two_consonants(self.syms);
        let (buf, n) = letters(self.trie, node);
        for &(c, next) in &buf[..n] {
            let next = next as usize;
            if want.is_none_or(|y| self.trie.has_values(next) || self.step(next, y).is_some()) {
                let st = Stats {
                    tail_masked: false,
                    cluster: cluster && is_vowel(c),
                    ..st
                };
                self.to(next, c, i, None, e, st);
            }
        }
        // Swapped: the next two letters the other way round.
        if let (Some(Sym::Letter(x)), Some(Sym::Letter(y))) = (sym, self.syms.get(i + 1).copied()) {
            if x != y {
                if let Some(n) = self.step(node, y) {
                    let len = self.stem.len();
                    self.stem.push(y);
                    let st = Stats {
                        real: st.real + 2,
                        swaps: st.swaps + 1,
                        ..st
                    };
                    self.letter(n, x, i + 2, None, e, st);
                    self.stem.truncate(len);
                }
            }
        }
    }

    /// A mask of `n` characters at symbol `i`: nothing, or 1 to `n + MASK_SLACK` letters.
    fn mask(&mut self, node: usize, i: usize, n: usize, e: u16, st: Stats) {
        let st = Stats {
            marks: st.marks + 1,
            ..st
        };
        let dropped = Stats {
            tail_dropped: matches!(self.syms[i], Sym::Subst(..)),
            ..st
        };
        self.go(node, i + 1, None, e, dropped);
        // Letters only before a letter: a mask at the end is punctuation (`kiitos!`,
        // `ehdoissa!!!!!!`).
        let more = self.syms[i + 1..]
            .iter()
            .any(|s| matches!(s, Sym::Letter(_) | Sym::Run(_)));
        if !self.stem.is_empty() && more && self.spelled_fills {
            // A digit or symbol used as a mask stands for one letter at most (`perke!e`): a
            // number is no mask (`150-vuotisjuhla` is no `1|äli|ö-…`).
            let slack = if matches!(self.syms[i], Sym::Subst(..)) || self.spelled {
                0
            } else {
                MASK_SLACK
            };
            self.fill(node, i, n + slack, e, st);
        }
    }

    fn fill(&mut self, node: usize, i: usize, left: usize, e: u16, st: Stats) {
        let st = Stats {
            masked: st.masked + 1,
            tail_masked: true,
            tail_dropped: false,
            ..st
        };
        let (buf, k) = letters(self.trie, node);
        for &(c, n) in &buf[..k] {
            let n = n as usize;
            let len = self.stem.len();
            self.stem.push(c);
            self.go(n, i + 1, None, e, st);
            if left > 1 {
                self.fill(n, i, left - 1, e, st);
            }
            self.stem.truncate(len);
        }
    }

    /// Letters written for others that sound or look alike, as digits are: `q` and `c` for
    /// `k` (`pasqa`, `lutqa`), `z` for `s` (`pazkaa`, `perze`), `w` for `v` (`helwetti`); a `q`
    /// also for a double `kk` (`mulqu`, the eighty-fifth disguise set's dev half), as no
    /// Finnish word writes one.
    fn lookalike(&mut self, node: usize, c: char, i: usize, e: u16, st: Stats) {
        let Some(to) = super::filter::read_as(c) else {
            return;
        };
        let st = Stats {
            subst: st.subst + 1,
            ..st
        };
        self.letter(node, to, i + 1, None, e, st);
        if c == 'q' {
            if let Some(mid) = self.step(node, 'k') {
                let len = self.stem.len();
                self.stem.push('k');
                self.letter(mid, 'k', i + 1, None, e, st);
                self.stem.truncate(len);
            }
        }
    }

    /// Dialect sounds at symbol `i` (letter `c`): a vowel repeated after `l` or `h` before a
    /// consonant (`hel|e|vetti`, `hel|e|kkari`), `b` and `g` for `p` and `k` (`berkele`,
    /// `pergele`), a diphthong for a long vowel (`kusipiä`, `iäliö`), a glide `j` between `i`
    /// and a vowel (`äälijö`, `idijootti`), and, in a word without dotted letters, `a` and `o`
    /// for `ä` and `ö` (`aalio`).
    fn dialect(&mut self, node: usize, c: char, i: usize, e: u16, st: Stats) {
        if !matches!(
            c,
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'b' | 'g' | 'j'
        ) {
            return;
        }
        let st = Stats {
            dialect: st.dialect + 1,
            real: st.real + 1,
            ..st
        };
        // The stem ends in a vowel and `l` or `h`, the vowel repeated (ASCII vowels only).
        let n = self.stem.len();
        let epenthesis = n >= 2
            && matches!(self.stem.as_bytes()[n - 1], b'l' | b'h')
            && u32::from(self.stem.as_bytes()[n - 2]) == u32::from(c)
            && matches!(self.syms.get(i + 1), Some(Sym::Letter(n)) if !is_vowel(*n));
        if epenthesis {
            self.go(node, i + 1, None, e, st);
        }
        match c {
            'b' => self.letter(node, 'p', i + 1, None, e, st),
            'g' => self.letter(node, 'k', i + 1, None, e, st),
            'a' if self.dotless => self.letter(node, 'ä', i + 1, None, e, st),
            'o' if self.dotless => self.letter(node, 'ö', i + 1, None, e, st),
            'j' if self.last() == Some('i')
                && matches!(self.syms.get(i + 1), Some(Sym::Letter(v)) if is_vowel(*v)) =>
            {
                // `j` is not read: `real` counted it, take it back.
                let st = Stats {
                    real: st.real - 1,
                    ..st
                };
                self.go(node, i + 1, None, e, st);
            }
            _ => {}
        }
        let long = match (c, self.syms.get(i + 1)) {
            ('i', Some(Sym::Letter(v @ ('ä' | 'e')))) => Some(*v),
            ('u', Some(Sym::Letter(v @ ('a' | 'o')))) => Some(*v),
            ('y', Some(Sym::Letter('ö'))) => Some('ö'),
            _ => None,
        };
        if let Some(v) = long {
            if let Some(n) = self.step(node, v) {
                let len = self.stem.len();
                self.stem.push(v);
                self.letter(n, v, i + 2, None, e, st);
                self.stem.truncate(len);
            }
        }
    }
}
