//! Reading a piece of text for disguise: where a possibly disguised word starts and ends
//! (a *chunk*), and what each of its characters may stand for (its [`Sym`]bols).
//!
//! A chunk is a word of the matcher's word scan together with the mask and substitution
//! characters glued to it and the words those glue on (`v***ssa`, `$aatana`, `h.e.l.v.e.t.i.n`).
//! Offsets are bytes of the folded text, which has the same offsets as the original.

use crate::inflect::scan;

/// What one character (or run of characters) of a chunk may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sym {
    /// A letter as written (lower-case).
    Letter(char),
    /// A letter written three times or more: the word has it once or twice (`paaaaska`).
    Run(char),
    /// A digit or symbol standing for a letter (`4` for `a`, `1` for `i` or `l`): the one or
    /// two letters, and whether it may also be a mask (digits, `$`, `@`, `!`: `helv4ettiin`).
    Subst(char, char, bool),
    /// This many mask characters (`*`, `.`, `-`, `_`, `#`, `%`, `†`): nothing (between spaced
    /// letters) or, inside a word, one or more letters.
    Mask(u8),
    /// A hyphen between parts of two letters or more (`kusi-pää`, `K1-ryhmän`): a hyphen, as in
    /// a compound, never a mask.
    Hyphen,
    /// A slash between spaced letters (`v/i/t/t/u`): nothing.
    Gap,
    /// A single `*` or `_` right after the last of three letters or more, ending the chunk
    /// (`kyrp_`, `akk*`, `p*sk*`): the word's last letter masked, as punctuation never is.
    EndMask,
    /// The space between two chunks of a split word (`per kele`): nothing.
    Space,
    /// A character no disguised word has (other punctuation, digits other than `0 1 3 4 5 7`).
    Stop,
}

/// Whether `syms` open with two consonant letters, as no Finnish word does: a left-out first
/// vowel (`pska`, `vtun`).
pub(super) fn opens_with_two_consonants(syms: &[Sym]) -> bool {
    let consonant =
        |k: usize| matches!(syms.get(k), Some(Sym::Letter(c)) if !crate::inflect::is_vowel(*c));
    consonant(0) && consonant(1)
}

/// What a character may stand for, or `None` for a letter (read as itself).
fn class(c: char) -> Option<Sym> {
    Some(match c {
        '0' => Sym::Subst('o', 'ö', true),
        '1' => Sym::Subst('i', 'l', true),
        '3' => Sym::Subst('e', 'e', true),
        '€' => Sym::Subst('e', 'e', false),
        // A yen sign for the `y` it looks like (`k¥rvän`; the ninety-first disguise set's dev
        // half).
        '¥' => Sym::Subst('y', 'y', false),
        // A registered sign for the `r` in its circle (`huo®a`; the ninety-seventh disguise
        // set's dev half).
        '®' => Sym::Subst('r', 'r', false),
        '4' => Sym::Subst('a', 'ä', true),
        '5' => Sym::Subst('s', 's', true),
        '7' => Sym::Subst('t', 't', true),
        // A plus for a `t` it looks like (`vi++uilu`, the eighty-third disguise set's dev half).
        '+' => Sym::Subst('t', 't', true),
        '@' => Sym::Subst('a', 'ä', true),
        '$' => Sym::Subst('s', 's', true),
        '!' => Sym::Subst('i', 'i', true),
        '¡' => Sym::Subst('i', 'i', false),
        '|' => Sym::Subst('l', 'l', false),
        '-' | '\u{2010}' | '\u{2011}' => Sym::Hyphen,
        // A dagger too (`vi††u`, the eighty-first disguise set's dev half): no word has one.
        '*' | '.' | '_' | '#' | '%' | '†' => Sym::Mask(1),
        // An emoji inside a word (`vi🤫tun`, `p😡ska`; the eighty-ninth disguise set's dev
        // half): the planes' pictographs, no letter.
        '\u{1F000}'..='\u{1FFFF}' => Sym::Mask(1),
        '/' | '\\' => Sym::Gap,
        c if c.is_whitespace() => Sym::Space,
        c if c.is_alphabetic() => return None,
        _ => Sym::Stop,
    })
}

/// The bytes that may start (`MAY_GLUE[b] & 1`) or end (`& 2`) a glue character.
static MAY_GLUE: [u8; 256] = {
    let mut t = [0u8; 256];
    let ascii = b"*._#%/@$!|-+";
    let mut k = 0;
    while k < ascii.len() {
        t[ascii[k] as usize] = 3;
        k += 1;
    }
    t[0xC2] |= 1;
    t[0xE2] |= 1;
    // An emoji (U+1F000 to U+1FFFF) starts `F0 9F`. It ends in any continuation byte, as do
    // `¡`, `¥`, `®`, `€`, `‐`, `‑` and `†`.
    t[0xF0] |= 1;
    let mut c = 0x80;
    while c < 0xC0 {
        t[c] |= 2;
        c += 1;
    }
    t
};

/// Bytes of the glue character (mask or substitution symbol, not a letter or digit) at byte
/// `i` of `t`, or 0.
#[inline]
pub(super) fn glue_at(t: &[u8], i: usize) -> usize {
    match t.get(i) {
        Some(&b) if MAY_GLUE[b as usize] & 1 == 0 => 0,
        // Every ASCII byte that may start glue is glue (`MAY_GLUE`).
        Some(b) if b.is_ascii() => 1,
        Some(_) => wide_glue(t, i).map_or(0, |(_, n)| n),
        None => 0,
    }
}

/// The character beyond ASCII at byte `i` of `t` and its length, when [`class`] reads it as
/// glue (`¡ ¥ ® €`, the hyphens, the dagger, an emoji): one table says which symbols are glue.
fn wide_glue(t: &[u8], i: usize) -> Option<(char, usize)> {
    let n = match t.get(i)? {
        0xC2 => 2,
        0xE2 => 3,
        0xF0 => 4,
        _ => return None,
    };
    let c = std::str::from_utf8(t.get(i..i + n)?).ok()?.chars().next()?;
    matches!(class(c), Some(Sym::Subst(..) | Sym::Mask(_) | Sym::Hyphen)).then_some((c, n))
}

/// Bytes of the glue character that ends just before byte `i` of `t`, or 0.
#[inline]
pub(super) fn glue_before(t: &[u8], i: usize) -> usize {
    if i == 0 || MAY_GLUE[t[i - 1] as usize] & 2 == 0 {
        return 0;
    }
    (1..=4)
        .find(|&n| i >= n && glue_at(t, i - n) == n)
        .unwrap_or(0)
}

/// Whether the glue character at byte `i` stands for a letter (`$ @ ! € ¡ ¥ ® | +`).
#[inline]
pub(super) fn is_subst(t: &[u8], i: usize) -> bool {
    matches!(t.get(i), Some(b'@' | b'$' | b'!' | b'|' | b'+'))
        || wide_glue(t, i).is_some_and(|(c, _)| matches!(class(c), Some(Sym::Subst(..))))
}

/// Chunks longer than this (in bytes) are not read for disguise (a URL, a row of symbols).
pub(super) const MAX_CHUNK: usize = 96;

/// The chunk of the word `ws..we`: extended left over glue (not before `lo`) and right over
/// glue and the words it joins. Also says whether it joins more than one word.
pub(super) fn chunk(t: &[u8], ws: usize, we: usize, lo: usize) -> (usize, usize, bool) {
    let mut cs = ws;
    while cs > lo && ws - cs < MAX_CHUNK {
        match glue_before(t, cs) {
            0 => break,
            n => cs -= n,
        }
    }
    let (mut ce, mut words) = (we, false);
    while ce - cs <= MAX_CHUNK {
        let mut j = ce;
        while let n @ 1.. = glue_at(t, j) {
            j += n;
        }
        if j == ce {
            break;
        }
        ce = j;
        if scan::word_char_at(t, ce).is_none() {
            break;
        }
        ce = scan::word_end(t, ce);
        words = true;
    }
    (cs, ce, words)
}

/// Whether the word starting at byte `ws` is part of a link (`https://…/luonnos_v3_SISAINEN.docx`,
/// `www.…`): a link's masks and digits are its own, no disguise.
pub(super) fn in_link(t: &[u8], ws: usize) -> bool {
    // Only so far back: a word further into an unbroken run of characters is no word to read
    // for disguise (and a longer look would make a long run's words cost its length each).
    let lo = ws.saturating_sub(2 * MAX_CHUNK);
    let Some(from) = t[lo..ws]
        .iter()
        .rposition(|b| b.is_ascii_whitespace() || matches!(b, b'(' | b'<' | b'"'))
        .map(|i| lo + i + 1)
        .or((lo == 0).then_some(0))
    else {
        return true;
    };
    crate::tokens::starts_link(&t[from..])
        || t[from..ws].windows(3).any(|w| w == b"://")
        || email(&t[from..])
}

/// Whether the run of characters at the start of `t` (up to white space) is an email address
/// (`perhekeskus.salmela@jarvihame.fi`): its dots are the address's own, no masks. A masked
/// word's `@` has a letter or two before it and no domain after it (`p@ska`, `@pina`).
fn email(t: &[u8]) -> bool {
    let end = t
        .iter()
        .take(2 * MAX_CHUNK)
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(t.len().min(2 * MAX_CHUNK));
    let run = &t[..end];
    let Some(at) = run.iter().position(|&b| b == b'@') else {
        return false;
    };
    let domain = &run[at + 1..];
    let domain = domain
        .iter()
        .rposition(|b| b.is_ascii_alphabetic())
        .map_or(&domain[..0], |l| &domain[..=l]);
    let tld = domain.rsplit(|&b| b == b'.').next().unwrap_or_default();
    at >= 2
        && domain.contains(&b'.')
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic)
        && domain
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
}

/// The next chunk after byte `at`, when only a space or two lie between (`per kele`).
pub(super) fn next_chunk(t: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut s = at;
    while s < t.len() && s - at < 3 && matches!(t[s], b' ' | b'\t') {
        s += 1;
    }
    if s == at || scan::word_char_at(t, s).is_none() {
        return None;
    }
    let e = scan::word_end(t, s);
    let (cs, ce, _) = chunk(t, s, e, s);
    Some((cs, ce))
}

/// A chunk or a few chunks read as symbols.
#[derive(Debug, Default)]
pub(super) struct Token {
    /// The symbols (masks and runs merged, glue trimmed at both ends of each chunk).
    pub(super) syms: Vec<Sym>,
    /// Where each chunk's symbols end (an index of `syms`) and its last byte ends.
    pub(super) chunks: Vec<(usize, usize)>,
    /// The first byte of the first symbol.
    pub(super) start: usize,
    /// The chunks are single letters of one spaced word (`v i t t u`).
    pub(super) spaced: bool,
}

impl Token {
    /// Appends the chunk `cs..ce` of `t` (a [`Sym::Space`] before it if it is not the first).
    /// Returns `false` (appending nothing) when it holds no letter.
    pub(super) fn push_chunk(&mut self, t: &[u8], cs: usize, ce: usize) -> bool {
        let Some(text) = t.get(cs..ce).and_then(|b| std::str::from_utf8(b).ok()) else {
            return false;
        };
        // A word of letters, the common case.
        let letter = |c: char| c.is_ascii_lowercase() || (!c.is_ascii() && c.is_alphabetic());
        let mut run = (' ', 0);
        let plain = text.chars().all(|c| {
            run = if c == run.0 { (c, run.1 + 1) } else { (c, 1) };
            letter(c) && run.1 < 3
        });
        if !text.is_empty() && plain {
            if self.chunks.is_empty() {
                self.start = cs;
            } else {
                self.syms.push(Sym::Space);
            }
            self.syms.reserve(text.len() + 1);
            self.syms.extend(text.chars().map(Sym::Letter));
            self.chunks.push((self.syms.len(), ce));
            return true;
        }
        let chars: Vec<(Sym, usize, usize)> = text
            .char_indices()
            .map(|(i, c)| {
                let sym =
                    class(c).unwrap_or_else(|| Sym::Letter(c.to_lowercase().next().unwrap_or(c)));
                (sym, cs + i, cs + i + c.len_utf8())
            })
            .collect();
        // A hyphen is a mask unless two letters (or symbols for them) stand on each side.
        let letter = |k: Option<&(Sym, usize, usize)>| {
            matches!(k, Some((Sym::Letter(_) | Sym::Subst(..), ..)))
        };
        // A single letter before a hyphen and a frequent word after it is a compound's first
        // part (`P-aluetta`, `A-luokan`, `B-rappuun`), not a mask (`v-ttu`, `p-ska`).
        let lettered_compound = |k: usize| {
            k == 1 && letter(chars.first()) && {
                let after: String = chars[k + 1..]
                    .iter()
                    .map_while(|(sym, ..)| match sym {
                        Sym::Letter(c) => Some(*c),
                        _ => None,
                    })
                    .collect();
                after.chars().count() >= 4 && crate::frequent::contains(after.as_bytes())
            }
        };
        let compound_hyphen = |k: usize| {
            (k >= 2
                && letter(chars.get(k - 1))
                && letter(chars.get(k - 2))
                && letter(chars.get(k + 1))
                && letter(chars.get(k + 2)))
                || lettered_compound(k)
        };
        // A word split into its syllables (`vi-tut-taa`, `hö-pe-rö`): two hyphens or more and
        // no part longer than three letters, as no compound is written; the hyphens are then
        // spacing.
        let mut parts = chars.split(|(sym, ..)| *sym == Sym::Hyphen);
        let syllables = chars.iter().filter(|(sym, ..)| *sym == Sym::Hyphen).count() >= 2
            && parts.all(|p| (1..=3).contains(&p.len()));
        let mut syms: Vec<(Sym, usize, usize)> = Vec::new();
        for (k, &(sym, s, e)) in chars.iter().enumerate() {
            let sym = match sym {
                Sym::Hyphen if syllables || !compound_hyphen(k) => Sym::Mask(1),
                sym => sym,
            };
            match (syms.last_mut(), sym) {
                (Some((Sym::Mask(n), _, end)), Sym::Mask(1)) => {
                    *n = n.saturating_add(1);
                    *end = e;
                }
                _ => syms.push((sym, s, e)),
            }
        }
        // Glue at the ends is punctuation or markup (`**huom**`, `esim.`), not a mask.
        let keep = |s: &Sym| matches!(s, Sym::Letter(_) | Sym::Subst(..));
        let Some(first) = syms.iter().position(|(s, ..)| keep(s)) else {
            return false;
        };
        let last = syms.iter().rposition(|(s, ..)| keep(s)).unwrap_or(first);
        let end_mask = last + 2 == syms.len()
            && matches!(syms[last].0, Sym::Letter(_))
            && matches!(syms[last + 1], (Sym::Mask(1), at, _) if matches!(t[at], b'*' | b'_'))
            && syms[first..=last].iter().filter(|(s, ..)| keep(s)).count() >= 3;
        if !syms[first..=last]
            .iter()
            .any(|(s, ..)| matches!(s, Sym::Letter(_)))
        {
            return false;
        }
        // Three digits in a row: a code or a number (`140315A347T`, `A347T`), not a word with
        // digits for some of its letters (`S44t4n4`, `h3lv3tt1`).
        let mut digits = 0;
        for (sym, s, _) in &syms[first..=last] {
            digits = match sym {
                Sym::Subst(..) if t[*s].is_ascii_digit() => digits + 1,
                _ => 0,
            };
            if digits >= 3 {
                return false;
            }
        }
        if self.chunks.is_empty() {
            self.start = syms[first].1;
        } else {
            self.syms.push(Sym::Space);
        }
        let mut k = first;
        while k <= last {
            let (sym, _, _) = syms[k];
            // Three or more of the same letter: a run.
            let mut n = 1;
            if let Sym::Letter(c) = sym {
                while k + n <= last && syms[k + n].0 == Sym::Letter(c) {
                    n += 1;
                }
                if n >= 3 {
                    self.syms.push(Sym::Run(c));
                    k += n;
                    continue;
                }
            }
            self.syms.push(sym);
            k += 1;
        }
        let end = if end_mask {
            self.syms.push(Sym::EndMask);
            syms[last + 1].2
        } else {
            syms[last].2
        };
        self.chunks.push((self.syms.len(), end));
        true
    }

    /// Letters in the token (symbols for letters included, runs once).
    pub(super) fn letters(&self) -> usize {
        self.syms
            .iter()
            .filter(|s| matches!(s, Sym::Letter(_) | Sym::Run(_) | Sym::Subst(..)))
            .count()
    }

    /// Whether the token is one letter (or symbol for one).
    pub(super) fn is_single(&self) -> bool {
        matches!(self.syms[..], [Sym::Letter(_) | Sym::Subst(..)])
    }

    /// The letters of chunks `0..=end` (runs `runs` times; with `subst`, digits and symbols as
    /// their first letter; masks and gaps as nothing), lower-case.
    pub(super) fn reading(&self, end: usize, runs: usize, subst: bool) -> String {
        let z = self.chunks.get(end).map_or(self.syms.len(), |c| c.0);
        read(&self.syms[..z], runs, subst)
    }

    /// Whether a symbol for a letter stands between two letters up to chunk `end`
    /// (`p€rk€l€`, `t1sk1t`; not `kiitos!`).
    pub(super) fn inner_subst(&self, end: usize) -> bool {
        let z = self.chunks.get(end).map_or(self.syms.len(), |c| c.0);
        let syms = &self.syms[..z];
        let letter = |s: &Sym| matches!(s, Sym::Letter(_) | Sym::Run(_));
        let (Some(a), Some(b)) = (syms.iter().position(letter), syms.iter().rposition(letter))
        else {
            return false;
        };
        syms[a..b].iter().any(|s| matches!(s, Sym::Subst(..)))
    }

    /// The letters of chunk `k` alone, as written.
    pub(super) fn part(&self, k: usize) -> String {
        let a = if k == 0 { 0 } else { self.chunks[k - 1].0 };
        let z = self.chunks.get(k).map_or(self.syms.len(), |c| c.0);
        read(&self.syms[a.min(z)..z], 1, false)
    }
}

/// See [`Token::reading`].
fn read(syms: &[Sym], runs: usize, subst: bool) -> String {
    let mut s = String::new();
    for sym in syms {
        match *sym {
            Sym::Letter(c) => s.push(c),
            Sym::Run(c) => (0..runs).for_each(|_| s.push(c)),
            Sym::Subst(c, _, _) if subst => s.push(c),
            _ => {}
        }
    }
    s
}

/// Whether the word at `start..end` of `text` starts with a capital and is followed by a
/// capital initial with a full stop (`H***a V.`, `M. K***nen`): a name.
pub(super) fn initialled_name(text: &str, start: usize, end: usize) -> bool {
    let capital = text
        .get(start..)
        .is_some_and(|s| s.starts_with(char::is_uppercase));
    let Some(rest) = text.get(end..) else {
        return false;
    };
    // After a space: `H***a V.`, not `H***aV.`.
    let after = rest.trim_start_matches([' ', '\t']);
    let mut cs = after.chars();
    capital
        && after.len() < rest.len()
        && cs.next().is_some_and(char::is_uppercase)
        && cs.next() == Some('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(s: &str) -> Token {
        let mut t = Token::default();
        t.push_chunk(s.as_bytes(), 0, s.len());
        t
    }

    #[test]
    fn symbols() {
        use Sym::*;
        assert_eq!(
            token("v***ssa").syms,
            [Letter('v'), Mask(3), Letter('s'), Letter('s'), Letter('a')]
        );
        assert_eq!(
            token("**$aat4na!").syms[..3],
            [Subst('s', 's', true), Letter('a'), Letter('a')]
        );
        assert_eq!(token("paaaaska").syms[..2], [Letter('p'), Run('a')]);
        assert_eq!(token("v/i").syms, [Letter('v'), Gap, Letter('i')]);
        assert!(token("**").syms.is_empty());
        assert!(token("1.-2.").syms.is_empty());
        assert!(token("p").is_single());
        assert_eq!(token("h3l*etti").reading(0, 1, true), "heletti");
        assert_eq!(token("kiitoooos").reading(0, 2, false), "kiitoos");
    }

    #[test]
    fn chunks() {
        let t = b"Ei v***ssa, $aatana! Kiitos. p.e.r.s.e on";
        let at = |w: &str| {
            let s = std::str::from_utf8(t).unwrap();
            let ws = s.find(w).unwrap();
            let we = scan::word_end(t, ws);
            let (cs, ce, words) = chunk(t, ws, we, 0);
            (&s[cs..ce], words)
        };
        assert_eq!(at("v***"), ("v***ssa", true));
        assert_eq!(at("aatana"), ("$aatana!", false));
        assert_eq!(at("Kiitos"), ("Kiitos.", false));
        assert_eq!(at("p.e"), ("p.e.r.s.e", true));
        assert_eq!(next_chunk(b"per kele", 3), Some((4, 8)));
        assert_eq!(next_chunk(b"per, kele", 3), None);
    }
}
