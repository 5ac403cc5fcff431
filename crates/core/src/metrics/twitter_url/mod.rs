//! URL extraction as twitter-text 3.1.0's `extractUrlsWithIndices` does it.
//!
//! twitter-text finds URLs with one large backtracking regular expression
//! (`extractUrl`: preceding character, optional `http(s)://`, domain with a known TLD,
//! optional port, path and query), then filters the candidates (IDNA label lengths, total
//! length, ASCII-only domains when there is no protocol, `t.co` slugs). This module
//! reproduces that expression's leftmost-first backtracking result by hand, in linear time:
//! domain matches are memoised per label start, so adversarial input like `ä.ä.ä.ä…` does
//! not go quadratic.
//!
//! Known deviation: character classes are case-insensitive for ASCII only (JavaScript's
//! `i` flag also folds a handful of Greek/Latin oddities into the classes' ranges).

mod chars;
mod idna;

pub(crate) use chars::is_invalid_char;
use chars::*;
use idna::{ascii_domains, idna_ok};

/// One URL found by [`extract_urls`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UrlEntity {
    /// Byte offset where the URL starts (twitter-text's `indices[0]`).
    pub(crate) start: usize,
    /// Byte offset where the URL ends (twitter-text's `indices[1]`).
    pub(crate) end: usize,
    /// Length in UTF-16 code units of twitter-text's `url` string for this entity. The
    /// weighted counter skips this many code units from `start`; it normally equals the
    /// span, but differs for protocol-less URLs whose domain mixes scripts (a twitter-text
    /// quirk kept for exactness).
    pub(crate) url_utf16_len: usize,
}

const MAX_URL_LENGTH: usize = 4096;
const MAX_TCO_SLUG_LENGTH: usize = 40;
pub(super) const MAX_DOMAIN_LABEL_LENGTH: usize = 63;

/// Stand-in for one half of a surrogate pair. twitter-text's regexes run on UTF-16 code
/// units, so a URL can start at the low half of an astral character (its high half being
/// the "preceding character"). A private-use character behaves exactly like a lone
/// surrogate under every character class used here.
const SURROGATE_PROXY: char = '\u{E000}';

/// The text as UTF-16 code units: a character (or surrogate proxy) per unit, the raw unit
/// values, and byte offsets.
pub(super) struct Chars {
    cs: Vec<char>,
    /// The raw UTF-16 code units.
    raw: Vec<u32>,
    /// Byte offset of each unit (for a low surrogate: inside its character); one extra
    /// entry for the end.
    byte: Vec<usize>,
}

impl Chars {
    fn new(text: &str) -> Self {
        let mut cs = Vec::with_capacity(text.len());
        let mut raw = Vec::with_capacity(text.len());
        let mut byte = Vec::with_capacity(text.len() + 1);
        let mut buf = [0u16; 2];
        for (b, c) in text.char_indices() {
            let units = c.encode_utf16(&mut buf);
            if units.len() == 1 {
                cs.push(c);
                raw.push(u32::from(units[0]));
                byte.push(b);
            } else {
                for (k, &u) in units.iter().enumerate() {
                    cs.push(SURROGATE_PROXY);
                    raw.push(u32::from(u));
                    byte.push(b + 2 * k);
                }
            }
        }
        byte.push(text.len());
        Chars { cs, raw, byte }
    }

    fn len16(&self, from: usize, to: usize) -> usize {
        to - from
    }

    fn get(&self, i: usize) -> Option<char> {
        self.cs.get(i).copied()
    }

    /// Whether unit `i` starts a character (so `byte[i]` is a char boundary).
    fn at_boundary(&self, i: usize) -> bool {
        !matches!(self.raw.get(i), Some(&u) if (0xDC00..=0xDFFF).contains(&u))
    }
}

/// Case-insensitive literal match of `lit` (ASCII) at `i`.
fn starts_with_ci(cs: &[char], i: usize, lit: &str) -> bool {
    let mut k = i;
    for l in lit.chars() {
        match cs.get(k) {
            Some(&c) if canon(c) == canon(l) => k += 1,
            _ => return false,
        }
    }
    true
}

/// `(?:validGTLD|validCCTLD|validPunycode)` at `q`, seeing the text only up to `bound`
/// (for the lookahead's `$`). Returns the end of the TLD.
pub(super) fn tld_at(cs: &[char], q: usize, bound: usize) -> Option<usize> {
    let first = canon(*cs.get(q)?);
    let index = tld_index();
    let from = index.partition_point(|(c, _)| *c < first);
    let to = index.partition_point(|(c, _)| *c <= first);
    for &(_, cand) in &index[from..to] {
        let len = cand.chars().count();
        let end = q + len;
        if end > bound {
            continue;
        }
        if cs[q..end]
            .iter()
            .zip(cand.chars())
            .all(|(&c, t)| canon(c) == canon(t))
        {
            let follow_ok = end == bound
                || !(cs[end].is_ascii_alphanumeric() || matches!(cs[end], '@' | '+' | '-'));
            if follow_ok {
                return Some(end);
            }
        }
    }
    // validPunycode: xn--[-0-9a-z]+ (no lookahead).
    if q + 4 < bound && starts_with_ci(cs, q, "xn--") {
        let mut k = q + 4;
        while k < bound && (cs[k] == '-' || cs[k].is_ascii_alphanumeric()) {
            k += 1;
        }
        if k > q + 4 {
            return Some(k);
        }
    }
    None
}

/// Memo states for domain matches at label starts.
pub(super) const UNKNOWN: usize = usize::MAX;
pub(super) const NO_MATCH: usize = usize::MAX - 1;

struct Extractor<'a> {
    t: &'a Chars,
    n: usize,
    /// For each index, the end of the run of label characters starting there.
    run_end: Vec<usize>,
    /// For each index, the next index holding `_` (or `n`).
    next_underscore: Vec<usize>,
    /// `validDomain` match from a position right after a dot (memoised).
    memo: Vec<usize>,
}

impl<'a> Extractor<'a> {
    fn new(t: &'a Chars) -> Self {
        let n = t.cs.len();
        let mut run_end = vec![0; n + 1];
        let mut next_underscore = vec![n; n + 1];
        run_end[n] = n;
        for i in (0..n).rev() {
            run_end[i] = if is_label_run_char(t.cs[i]) {
                run_end[i + 1]
            } else {
                i
            };
            next_underscore[i] = if t.cs[i] == '_' {
                i
            } else {
                next_underscore[i + 1]
            };
        }
        Extractor {
            t,
            n,
            run_end,
            next_underscore,
            memo: vec![UNKNOWN; n + 1],
        }
    }

    /// The label starting at `p`: `(end_of_label, sub_ok, name_ok)` when it is followed by a
    /// dot. `sub_ok`: valid `validSubdomain` label; `name_ok`: valid `validDomainName` label.
    fn label(&self, p: usize) -> Option<(usize, bool, bool)> {
        let e = self.run_end[p];
        if e == p || e >= self.n || self.t.cs[e] != '.' {
            return None;
        }
        let cs = &self.t.cs;
        let sub_ok = is_domain_char(cs[p]) && is_domain_char(cs[e - 1]);
        let name_ok = sub_ok && self.next_underscore[p] >= e;
        Some((e, sub_ok, name_ok))
    }

    /// `validDomain` (`validSubdomain* validDomainName TLD`) anchored at `p`, with the
    /// backtracking regex's preference: as many subdomains as possible.
    fn domain_at(&mut self, p: usize) -> Option<usize> {
        let (e, sub_ok, name_ok) = self.label(p)?;
        let q = e + 1;
        if sub_ok {
            if let Some(end) = self.domain_after_dot(q) {
                return Some(end);
            }
        }
        if name_ok {
            return tld_at(&self.t.cs, q, self.n);
        }
        None
    }

    /// [`Self::domain_at`] for a position right after a dot, memoised (iteratively, so long
    /// chains of labels do not recurse deeply).
    fn domain_after_dot(&mut self, q: usize) -> Option<usize> {
        let mut chain = Vec::new();
        let mut cur = q;
        loop {
            if self.memo[cur] != UNKNOWN {
                break;
            }
            chain.push(cur);
            match self.label(cur) {
                Some((e, true, _)) => cur = e + 1,
                _ => break,
            }
        }
        while let Some(p) = chain.pop() {
            let result = match self.label(p) {
                None => None,
                Some((e, sub_ok, name_ok)) => {
                    let q = e + 1;
                    let via_sub = if sub_ok {
                        match self.memo[q] {
                            UNKNOWN | NO_MATCH => None,
                            end => Some(end),
                        }
                    } else {
                        None
                    };
                    via_sub.or_else(|| {
                        if name_ok {
                            tld_at(&self.t.cs, q, self.n)
                        } else {
                            None
                        }
                    })
                }
            };
            self.memo[p] = result.unwrap_or(NO_MATCH);
        }
        match self.memo[q] {
            UNKNOWN | NO_MATCH => None,
            end => Some(end),
        }
    }

    /// Balanced parentheses (`validUrlBalancedParens`) at `i`; returns the end.
    fn balanced_parens(&self, i: usize) -> Option<usize> {
        let cs = &self.t.cs;
        if cs.get(i) != Some(&'(') {
            return None;
        }
        let run = |mut k: usize| {
            while k < self.n && is_path_char(cs[k]) {
                k += 1;
            }
            k
        };
        let j = run(i + 1);
        if j > i + 1 && self.t.get(j) == Some(')') {
            return Some(j + 1);
        }
        if self.t.get(j) == Some('(') {
            let k = run(j + 1);
            if k > j + 1 && self.t.get(k) == Some(')') {
                let m = run(k + 1);
                if self.t.get(m) == Some(')') {
                    return Some(m + 1);
                }
            }
        }
        None
    }

    /// One `validUrlPath` at `p`; returns its end.
    fn path_segment(&self, p: usize) -> Option<usize> {
        let cs = &self.t.cs;
        let run = |mut k: usize| {
            while k < self.n && is_path_char(cs[k]) {
                k += 1;
            }
            k
        };
        let mut last_run = (p, run(p));
        let mut last_parens_end = None;
        while let Some(be) = self.balanced_parens(last_run.1) {
            last_parens_end = Some(be);
            last_run = (be, run(be));
        }
        // The greedy runs give back characters until one can end the path.
        (last_run.0..last_run.1)
            .rev()
            .find(|&k| is_path_ending_char(cs[k]))
            .map(|k| k + 1)
            .or(last_parens_end)
        // (The `@chars/` alternative of validUrlPath can never succeed where this one
        // fails: it needs a `/`, which is itself a path-ending character.)
    }

    /// Whole `extractUrl` match with the URL starting at `u`. Returns
    /// `(protocol_len, domain_end, has_path, end)`.
    fn url_at(&mut self, u: usize) -> Option<(usize, usize, bool, usize)> {
        let cs = &self.t.cs;
        let proto = if starts_with_ci(cs, u, "https://") {
            8
        } else if starts_with_ci(cs, u, "http://") {
            7
        } else {
            0
        };
        // Without the protocol the domain would have to swallow `http:`, which it cannot.
        let domain_end = self.domain_at(u + proto)?;
        let cs = &self.t.cs;
        let mut i = domain_end;
        if self.t.get(i) == Some(':') && self.t.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
            while i < self.n && cs[i].is_ascii_digit() {
                i += 1;
            }
        }
        let mut has_path = false;
        if self.t.get(i) == Some('/') {
            has_path = true;
            i += 1;
            while let Some(e) = self.path_segment(i) {
                i = e;
            }
        }
        if self.t.get(i) == Some('?') {
            let mut k = i + 1;
            while k < self.n && is_query_char(cs[k]) {
                k += 1;
            }
            if let Some(last) = (i + 1..k).rev().find(|&k| is_query_ending_char(cs[k])) {
                i = last + 1;
            }
        }
        Some((proto, domain_end, has_path, i))
    }
}

/// Texts longer than this are searched for URLs piece by piece (see [`extract_urls`]).
const PIECE: usize = 64 << 10;

/// URLs in `text` as twitter-text 3.1.0's `extractUrlsWithIndices` finds them (URLs
/// without a protocol included), with byte offsets.
///
/// A long text is searched in pieces that end after whitespace: no URL holds whitespace, and
/// a URL after whitespace is found the same way at the start of a piece, so the result is the
/// same, while the per-character tables stay the size of one piece.
pub(crate) fn extract_urls(text: &str) -> Vec<UrlEntity> {
    if text.len() <= PIECE {
        return extract_urls_whole(text);
    }
    let mut out = Vec::new();
    for piece in somelint_fi::tokens::pieces(text, PIECE) {
        out.extend(
            extract_urls_whole(&text[piece.clone()])
                .into_iter()
                .map(|u| UrlEntity {
                    start: u.start + piece.start,
                    end: u.end + piece.start,
                    ..u
                }),
        );
    }
    out
}

fn extract_urls_whole(text: &str) -> Vec<UrlEntity> {
    // Every URL has a top-level domain right after a dot, and every top-level domain starts
    // with a letter (`xn--` too).
    let has_tld = text
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'.' && (w[1].is_ascii_alphabetic() || w[1] >= 0x80));
    if !has_tld {
        return Vec::new();
    }
    let t = Chars::new(text);
    let mut ex = Extractor::new(&t);
    let n = ex.n;
    let mut urls = Vec::new();
    let mut s = 0;
    while s < n {
        let mut found = None;
        if is_valid_preceding(t.cs[s]) {
            found = ex.url_at(s + 1).map(|m| (Some(t.cs[s]), s + 1, m));
        }
        if found.is_none() && s == 0 {
            found = ex.url_at(0).map(|m| (None, 0, m));
        }
        let Some((before, u, (proto, domain_end, has_path, end))) = found else {
            s += 1;
            continue;
        };
        // The regex resumes after the whole match, whether or not it is kept.
        s = end;
        let domain_start = u + proto;
        let protocol_len = if proto > 0 { proto } else { "https://".len() };
        if !idna_ok(&t, domain_start, domain_end) || protocol_len + t.len16(u, end) > MAX_URL_LENGTH
        {
            continue;
        }
        if proto == 0 {
            if matches!(before, Some('-' | '_' | '.' | '/')) {
                continue;
            }
            // twitter-text re-locates each match with `indexOf` from the previous end, which
            // can land on an earlier copy of the same text; keep that quirk.
            let mut located = Vec::new();
            let mut ascii_end = domain_start;
            for (a, b) in ascii_domains(&t.cs, domain_start, domain_end) {
                let pat = &t.raw[a..b];
                let start = t.raw[ascii_end..domain_end]
                    .windows(pat.len())
                    .position(|w| w == pat)
                    .map_or(a, |k| ascii_end + k);
                ascii_end = start + pat.len();
                located.push((start, ascii_end));
            }
            let Some(&(last_start, last_end)) = located.last() else {
                continue;
            };
            for &(a, b) in &located {
                urls.push(UrlEntity {
                    start: a,
                    end: b,
                    url_utf16_len: t.len16(a, b),
                });
            }
            if has_path {
                if let Some(last) = urls.last_mut() {
                    last.end = end;
                    last.url_utf16_len = t.len16(last_start, last_end) + t.len16(domain_end, end);
                }
            }
        } else {
            let mut url_end = end;
            // t.co links: only the slug (and a query) counts, and long slugs are not links.
            if starts_with_ci(&t.cs, domain_start, "t.co/") {
                let slug_start = domain_start + 5;
                let mut k = slug_start;
                while k < end && t.cs[k].is_ascii_alphanumeric() {
                    k += 1;
                }
                if k > slug_start {
                    if k - slug_start > MAX_TCO_SLUG_LENGTH {
                        continue;
                    }
                    url_end = k;
                    if k < end && t.cs[k] == '?' {
                        let mut j = k + 1;
                        while j < end && is_query_char(t.cs[j]) {
                            j += 1;
                        }
                        if let Some(last) =
                            (k + 1..j).rev().find(|&x| is_query_ending_char(t.cs[x]))
                        {
                            url_end = last + 1;
                        }
                    }
                }
            }
            urls.push(UrlEntity {
                start: u,
                end: url_end,
                url_utf16_len: t.len16(u, url_end),
            });
        }
    }
    // Unit indices to byte offsets (URL boundaries always fall between characters; drop
    // anything that would not, rather than slice inside a character).
    urls.into_iter()
        .filter(|e| t.at_boundary(e.start) && t.at_boundary(e.end))
        .map(|e| UrlEntity {
            start: t.byte[e.start],
            end: t.byte[e.end],
            url_utf16_len: e.url_utf16_len,
        })
        .collect()
}

#[cfg(test)]
mod tests;
