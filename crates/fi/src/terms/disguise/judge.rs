//! Judging the stems a token can spell: the rest of the token must be an ending of the stem's
//! class (as written, or in a colloquial shape), the reading must be convincing, and no plain
//! reading of the token may be an ordinary word.

use super::rest::{colloquial, doubled, rests, Weak};
use super::text::{Sym, Token};
use super::walk::{Found, Stats};
use super::Disguise;
use crate::frequent;
use crate::inflect;
use crate::terms::compile::{entries, Entry};
use crate::terms::search::{rest_ok, Memo};
use crate::terms::TermMatcher;

/// A word read with a missing or doubled letter must have at least this many letters (with two
/// swapped letters, one fewer).
const EDIT_WORD: usize = 6;
/// A stem shorter than this may not be read with a consonant left out.
const EDIT_STEM: usize = 6;
/// A word read with its first vowel left out (`pskaa`) must have at least this many letters.
pub(super) const CLUSTER_WORD: usize = 4;

/// Collects the hits of one token.
pub(super) struct Judge<'a, 'm> {
    m: &'a TermMatcher,
    /// The text's memo of accepted endings.
    memo: &'m mut Memo,
    d: &'a Disguise,
    tok: &'a Token,
    /// `(term, end)`: the hits so far, the longest per term.
    hits: Vec<(usize, usize)>,
    /// Whether the letters of chunks `0..=k` read as an ordinary word, once known.
    ordinary: Vec<Option<bool>>,
    /// Whether chunk `k` alone is an ordinary word, once known.
    part_ordinary: Vec<Option<bool>>,
    /// Letters in the token (symbols read as letters, runs once).
    letters: usize,
    /// For debugging: every accepted reading, when on.
    pub(super) log: Option<Vec<String>>,
}

impl<'a, 'm> Judge<'a, 'm> {
    pub(super) fn new(
        m: &'a TermMatcher,
        d: &'a Disguise,
        tok: &'a Token,
        memo: &'m mut Memo,
    ) -> Self {
        Judge {
            m,
            memo,
            d,
            tok,
            hits: Vec::new(),
            // Filled when first needed (see `allowed`).
            ordinary: Vec::new(),
            part_ordinary: Vec::new(),
            letters: tok.letters(),
            log: None,
        }
    }

    /// Considers a stem (`stem`, found as `f`) after the plain first part `left` of a compound
    /// (or none); with `weak`, also with colloquial and misspelt endings.
    pub(super) fn consider(&mut self, left: &str, f: &Found, stem: &str, weak: bool) {
        let tok = self.tok;
        let Some(k) = tok.chunks.iter().position(|&(end, _)| end >= f.at) else {
            return;
        };
        let last = if tok.spaced { tok.chunks.len() } else { k + 1 };
        for end in k..last {
            let syms = &tok.syms[f.at..tok.chunks[end].0];
            // Plain letters (the common case) have one reading, and a stem read as written
            // then has nothing disguised unless its ending may be misspelt or colloquial.
            let plain = f.extra.is_none() && syms.iter().all(|s| matches!(s, Sym::Letter(_)));
            if plain && !weak && !f.stats.disguised() {
                continue;
            }
            if plain {
                let mut rest = String::with_capacity(syms.len());
                rest.extend(syms.iter().filter_map(|s| match s {
                    Sym::Letter(c) => Some(*c),
                    _ => None,
                }));
                let st = Stats {
                    real: f.stats.real + syms.len() as u16,
                    ..f.stats
                };
                self.shapes(left, f, stem, &rest, st, end, weak);
            } else {
                for (rest, rst) in rests(syms, f.extra, tok.spaced) {
                    self.shapes(left, f, stem, &rest, add(f.stats, rst), end, weak);
                }
            }
        }
    }

    /// Tries `rest` after the stem as written and in the shapes of [`colloquial`] and
    /// [`doubled`] endings.
    #[allow(clippy::too_many_arguments)]
    fn shapes(
        &mut self,
        left: &str,
        f: &Found,
        stem: &str,
        rest: &str,
        st: Stats,
        end: usize,
        weak: bool,
    ) {
        let mut form = String::with_capacity(left.len() + stem.len() + rest.len() + 4);
        let mut go = |judge: &mut Self, rest: &str, weak: Weak| {
            // A missing letter in the ending counts as an edit, a colloquial ending as dialect.
            let st = match weak {
                Weak::Plain => st,
                Weak::Dialect => Stats {
                    dialect: st.dialect + 1,
                    ..st
                },
                Weak::Edit(at) => Stats {
                    edits: 1,
                    edit_at: (stem.len() + at) as u16,
                    ..st
                },
            };
            if convincing(&st, judge.letters) {
                form.clear();
                form.push_str(left);
                form.push_str(stem);
                form.push_str(rest);
                judge.try_form(left.len(), left.len() + stem.len(), f, &form, &st, end);
            }
        };
        go(self, rest, Weak::Plain);
        // One weak reading at most: no colloquial or misspelt ending after a misspelt stem.
        if !weak || st.edits + st.dialect > 0 || st.tail_masked {
            return;
        }
        for (r, weak) in colloquial(stem, rest) {
            go(self, &r, weak);
        }
        if self.letters >= EDIT_WORD {
            if let Some(r) = doubled(rest) {
                go(self, &r, Weak::Edit(0));
            }
        }
    }

    /// Checks `form` (the stem of `f` at bytes `ps..pe`) against the entries of its stem.
    fn try_form(&mut self, ps: usize, pe: usize, f: &Found, form: &str, st: &Stats, end: usize) {
        let (m, d) = (self.m, self.d);
        // A consonant left out of a short stem is no disguise: Finnish words differ by just
        // that (`kajossa` is not `kahjo` with its h left out, nor `hurisi` `hurri` + `si`). A
        // left-out vowel, a doubled or swapped letter or a long stem keeps its reading
        // (`horaksi`, `passka`, `perkle`).
        if st.edits > st.swaps
            && !st.cluster
            && consonant_at(&form[ps..pe], st.edit_at)
            && form.chars().count() > self.letters
        {
            return;
        }
        for main in d.main_nodes(f.node) {
            for e in entries(&m.entries, m.trie.values_of(main)) {
                let term = e.term as usize;
                if !m.terms.disguised(term)
                    || self
                        .hits
                        .iter()
                        .any(|&(t, e)| t == term && e >= self.tok.chunks[end].1)
                {
                    continue;
                }
                // A misspelt or dialect stem, or one that ends in a mask, takes only an ending:
                // checked alone (and remembered), as no compound can follow.
                let weak = st.edits + st.dialect > 0 || f.stats.tail_masked;
                let head_only = m
                    .terms
                    .get(term)
                    .is_some_and(|t| t.compounds == crate::terms::Compounds::HeadOnly);
                let ok = if weak && ps == 0 {
                    !head_only && m.ending_only(&e, &form[pe..], self.memo)
                } else {
                    let b = form.as_bytes();
                    m.check(&e, b, form, 0, ps, pe, b.len(), self.memo)
                        .is_some()
                        && (!weak || m.ending_only(&e, &form[pe..], self.memo))
                };
                if !ok || !self.allowed(st, end, f.at) {
                    continue;
                }
                let at = self.tok.chunks[end].1 - usize::from(st.tail_dropped);
                if let Some(log) = &mut self.log {
                    log.push(format!("term {term} {form:?} {st:?}"));
                }
                self.hits.retain(|&(t, _)| t != term);
                self.hits.push((term, at));
            }
        }
    }

    /// The hits: `(term, end)`, by term.
    pub(super) fn finish(mut self) -> Vec<(usize, usize)> {
        self.hits.sort_unstable();
        self.hits
    }

    /// Whether a reading ending in chunk `end` (its stem ending before symbol `stem_at`) is
    /// compatible with no ordinary word.
    fn allowed(&mut self, st: &Stats, end: usize, stem_at: usize) -> bool {
        let tok = self.tok;
        if self.ordinary.is_empty() {
            self.ordinary = vec![None; tok.chunks.len()];
            self.part_ordinary = vec![None; tok.chunks.len()];
        }
        // The token's letters read plainly: as written, runs once or twice, symbols as letters
        // (`kiitoooos`, `v e s i`, `t1sk1t`, `kuski`). Not when a mask stands for letters:
        // `k*si` is no `ksi`.
        if st.masked == 0
            && *self.ordinary[end].get_or_insert_with(|| {
                // Symbols dropped only when none stands between letters: dropped from inside,
                // they leave another word (`p€rk€l€` is no `prkl`; the hundred-and-ninth
                // disguise set's dev half).
                let inner = tok.inner_subst(end);
                let readings = [
                    (!inner).then(|| tok.reading(end, 1, false)),
                    (!inner).then(|| tok.reading(end, 2, false)),
                    Some(tok.reading(end, 1, true)),
                ];
                readings.iter().flatten().any(|w| self.m.is_ordinary(w))
            })
        {
            return false;
        }
        // A split word whose parts are all ordinary words (`per se`).
        if end > 0 && !tok.spaced {
            let all = (0..=end).all(|k| {
                *self.part_ordinary[k].get_or_insert_with(|| {
                    let w = tok.part(k);
                    self.m.is_ordinary(&w)
                })
            });
            if all {
                return false;
            }
        }
        // One edit inside an ordinary first part (`kuusi|puu` is not `kusi`): a part that holds
        // the whole misspelt stem (`sata|na` is no part of `satana`, read as `saatana`).
        if st.edits > 0 {
            let w = tok.reading(end, 1, true);
            if self.m.inflected_ordinary(&w)
                || self.m.geminated_ordinary(&w)
                || self.m.derived_ordinary(&w)
            {
                return false;
            }
            let stem_chars = tok.syms[..stem_at.min(tok.syms.len())]
                .iter()
                .filter(|s| matches!(s, Sym::Letter(_) | Sym::Run(_) | Sym::Subst(..)))
                .count();
            let cut = w.char_indices().map(|(i, _)| i).enumerate().skip(4);
            for (_, i) in cut.filter(|&(k, i)| i > usize::from(st.edit_at) && k >= stem_chars) {
                if self.m.is_ordinary(&w[..i]) {
                    return false;
                }
            }
        }
        true
    }
}

/// Whether `stem` has fewer than [`EDIT_STEM`] letters and the one at `at` is a consonant.
fn consonant_at(stem: &str, at: u16) -> bool {
    stem.chars().count() < EDIT_STEM
        && stem
            .chars()
            .nth(usize::from(at))
            .is_some_and(|c| !"aeiouyäöå".contains(c))
}

/// Two readings' evidence together.
fn add(a: Stats, b: Stats) -> Stats {
    Stats {
        real: a.real + b.real,
        subst: a.subst + b.subst,
        masked: a.masked + b.masked,
        marks: a.marks + b.marks,
        runs: a.runs + b.runs,
        edits: a.edits + b.edits,
        swaps: a.swaps + b.swaps,
        edit_at: a.edit_at,
        dialect: a.dialect + b.dialect,
        cluster: a.cluster || b.cluster,
        tail_masked: a.tail_masked,
        // The rest's own flag when it read a symbol; the stem's when it is empty.
        tail_dropped: if b.real + b.subst + b.marks + b.runs > 0 {
            b.tail_dropped
        } else {
            a.tail_dropped
        },
    }
}

/// Whether a reading is a disguise worth reporting: something is disguised, at least two
/// letters are read as written and no fewer than symbols; an edit only in a long word of
/// letters (no masks), or a left-out first vowel in a word of four letters or more (`pska`),
/// and not together with a dialect sound.
fn convincing(st: &Stats, letters: usize) -> bool {
    let long = letters + usize::from(st.swaps > 0) >= EDIT_WORD;
    let edit_ok = st.edits == 0
        || ((long || (st.cluster && letters >= CLUSTER_WORD))
            && st.masked + st.marks == 0
            && st.edits + st.dialect <= 1);
    st.disguised() && st.real >= 2 && st.real >= st.subst && edit_ok
}

impl TermMatcher {
    /// Whether `w` is an ordinary word: a frequent word or a rarer ordinary look-alike
    /// ([`frequent::ordinary`]) that is not a plain form of a disguised term (the list has
    /// `vitun` and `paskaa` too).
    pub(super) fn is_ordinary(&self, w: &str) -> bool {
        w.chars().nth(1).is_some() && frequent::ordinary(w.as_bytes()) && !self.plain_form(w)
    }

    /// Whether `w` is an ordinary word with one consonant doubled between vowels, as dialects
    /// say it (`tule mukkaan`, `kottiin`): then it is no misspelt term. Not at the word's end,
    /// where no dialect doubles (`saatann` is `saatana`, not `saatan`).
    pub(super) fn geminated_ordinary(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let vowel = |i: usize| {
            b.get(i)
                .is_some_and(|&c| crate::inflect::is_vowel(char::from(c)))
        };
        let mut form = String::with_capacity(w.len());
        (2..b.len()).any(|i| {
            b[i] == b[i - 1]
                && b[i].is_ascii_lowercase()
                && !crate::inflect::is_vowel(char::from(b[i]))
                && vowel(i - 2)
                && vowel(i + 1)
                && {
                    form.clear();
                    form.push_str(&w[..i]);
                    form.push_str(&w[i + 1..]);
                    self.is_ordinary(&form)
                }
        })
    }

    /// Whether `w` reads as a case form of an ordinary word, its ending taken off and the
    /// stem's vowel put back (`ainoina`: `ainoa`): then it is no misspelt term (`apinoina`).
    pub(super) fn inflected_ordinary(&self, w: &str) -> bool {
        // Endings of three letters or more: a shorter one leaves a word's own letters as a stem
        // (`satana`, read `sata` + `na`, is no `sataa`).
        const ENDINGS: [&str; 26] = [
            "ina", "inä", "issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä", "ille",
            "iksi", "ien", "iden", "itten", "ihin", "ssa", "ssä", "sta", "stä", "lla", "llä",
            "lta", "ltä", "lle", "ksi",
        ];
        let mut form = String::with_capacity(w.len() + 2);
        ENDINGS
            .iter()
            .filter_map(|e| w.strip_suffix(e))
            .any(|base| {
                base.chars().count() >= 3
                    && ['a', 'ä', 'i', 'e'].iter().any(|&v| {
                        form.clear();
                        form.push_str(base);
                        form.push(v);
                        self.is_ordinary(&form)
                    })
            })
    }

    /// Whether `w` is an adjective in `-inen` made of an ordinary word, in any case
    /// (`jumalainen`, `kultaisen`, `rautaisia`: `jumala`, `kulta`, `rauta`): then it is no
    /// misspelt term (`Jumalainen pumppi` is no `jumalauta`). A term's own adjective stays one
    /// (`paskainen`), for a term's plain form is no ordinary word.
    pub(super) fn derived_ordinary(&self, w: &str) -> bool {
        w.match_indices("is")
            .chain(w.match_indices("inen"))
            .any(|(at, suffix)| {
                let rest = &w[at + suffix.len()..];
                let adjective = if suffix == "inen" {
                    rest.is_empty()
                } else {
                    rest.starts_with(['e', 'i', 't'])
                };
                adjective && w[..at].chars().count() >= 4 && self.is_ordinary(&w[..at])
            })
    }

    /// Whether `rest` is an inflectional ending or a derivational suffix of entry `e`'s stem,
    /// not another compound component: what may follow a misspelt or dialect stem.
    fn ending_only(&self, e: &Entry, rest: &str, memo: &mut Memo) -> bool {
        let Some(term) = self.terms.get(e.term as usize) else {
            return false;
        };
        if e.any_only && term.compounds != crate::terms::Compounds::Any {
            return false;
        }
        let last = e.stem_last;
        let chars = usize::from(e.chars);
        // The facts of the stem that matter, apart from the plain matcher's keys (bit 62).
        let key = 1 << 62
            | e.class as u64
            | u64::from(e.link) << 5
            | u64::from(e.deriv_only) << 6
            | u64::from(term.harmony.back) << 7
            | u64::from(term.harmony.front) << 8
            | u64::from(e.chars.min(9)) << 9
            | u64::from(last.map_or(0x1F_FFFF, u32::from)) << 16;
        memo.get(key, rest.as_bytes(), || {
            (!e.deriv_only && rest_ok(e.class, e.link, rest, term.harmony, last, chars, false))
                || inflect::derivation(last, rest, e.deriv_only, e.link, chars)
        })
    }

    /// Whether `w` is, as written, a form of a disguised term.
    fn plain_form(&self, w: &str) -> bool {
        let t = w.as_bytes();
        let mut found = false;
        self.trie.prefixes(t, |r, n| {
            for e in entries(&self.entries, r) {
                if self.terms.disguised(e.term as usize)
                    && self
                        .check(&e, t, w, 0, 0, n, t.len(), &mut Memo::new(0))
                        .is_some()
                {
                    found = true;
                }
            }
        });
        found
    }
}
