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

use std::sync::OnceLock;

use super::x_tables::{CCTLDS, GTLDS};

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
const MAX_DOMAIN_LABEL_LENGTH: usize = 63;

fn is_punct(c: char) -> bool {
    // twitter-text's `punct` (note: no `"` and no backtick).
    matches!(
        c,
        '!' | '\''
            | '#'
            | '%'
            | '&'
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | '\\'
            | '-'
            | '.'
            | '/'
            | ':'
            | ';'
            | '<'
            | '='
            | '>'
            | '?'
            | '@'
            | '['
            | ']'
            | '^'
            | '_'
            | '{'
            | '|'
            | '}'
            | '~'
            | '$'
    )
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{D}' | ' ' | '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{180E}'
    ) || matches!(
        c,
        '\u{2000}'..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// twitter-text's invalid characters (a text containing one is not a valid post).
pub(crate) fn is_invalid_char(c: char) -> bool {
    matches!(c, '\u{FFFE}' | '\u{FEFF}' | '\u{FFFF}')
}

fn is_directional(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}'
    )
}

/// `validDomainChars`: anything but punctuation, spaces, invalid and directional characters.
fn is_domain_char(c: char) -> bool {
    !(is_punct(c) || is_space(c) || is_invalid_char(c) || is_directional(c))
}

/// Characters a domain label run may contain (`-` and `_` only inside).
fn is_label_run_char(c: char) -> bool {
    c == '-' || c == '_' || is_domain_char(c)
}

/// `validUrlPrecedingChars` minus the `^` alternative.
fn is_valid_preceding(c: char) -> bool {
    (!c.is_ascii_alphanumeric()
        && !matches!(c, '@' | '＠' | '$' | '#' | '＃')
        && !is_invalid_char(c))
        || is_directional(c)
}

fn is_latin_accent(c: char) -> bool {
    matches!(
        c,
        '\u{C0}'..='\u{D6}'
            | '\u{D8}'..='\u{F6}'
            | '\u{F8}'..='\u{FF}'
            | '\u{100}'..='\u{24F}'
            | '\u{253}'
            | '\u{254}'
            | '\u{256}'
            | '\u{257}'
            | '\u{259}'
            | '\u{25B}'
            | '\u{263}'
            | '\u{268}'
            | '\u{26F}'
            | '\u{272}'
            | '\u{289}'
            | '\u{28B}'
            | '\u{2BB}'
            | '\u{300}'..='\u{36F}'
            | '\u{1E00}'..='\u{1EFF}'
    )
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4FF}')
}

fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || is_cyrillic(c)
        || is_latin_accent(c)
        || matches!(
            c,
            '!' | '*'
                | '\''
                | ';'
                | ':'
                | '='
                | '+'
                | ','
                | '.'
                | '$'
                | '/'
                | '%'
                | '#'
                | '['
                | ']'
                | '-'
                | '\u{2013}'
                | '_'
                | '~'
                | '@'
                | '|'
                | '&'
        )
}

fn is_path_ending_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || is_cyrillic(c)
        || is_latin_accent(c)
        || matches!(c, '+' | '-' | '=' | '_' | '#' | '/')
}

fn is_query_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            '!' | '?'
                | '*'
                | '\''
                | '@'
                | '('
                | ')'
                | ';'
                | ':'
                | '&'
                | '='
                | '+'
                | '$'
                | '/'
                | '%'
                | '#'
                | '['
                | ']'
                | '-'
                | '_'
                | '.'
                | ','
                | '~'
                | '|'
        )
}

fn is_query_ending_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '&' | '=' | '#' | '/')
}

/// Label characters of `validAsciiDomain`.
fn is_ascii_domain_label_char(c: char) -> bool {
    c == '-' || c.is_ascii_alphanumeric() || is_latin_accent(c)
}

/// JavaScript's case canonicalisation for non-Unicode `i` regexes: upper-case a character
/// unless that gives several characters or maps a non-ASCII character into ASCII.
fn canon(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let mut up = c.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) if !(c as u32 >= 128 && (u as u32) < 128) => u,
        _ => c,
    }
}

/// Every TLD with the canonical form of its first character, sorted by that character and,
/// within it, in twitter-text's order (gTLDs before ccTLDs).
fn tld_index() -> &'static [(char, &'static str)] {
    static INDEX: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut all: Vec<(char, &'static str)> = GTLDS
            .iter()
            .chain(CCTLDS.iter())
            .filter_map(|t| Some((canon(t.chars().next()?), *t)))
            .collect();
        all.sort_by_key(|(c, _)| *c);
        all
    })
}

/// Stand-in for one half of a surrogate pair. twitter-text's regexes run on UTF-16 code
/// units, so a URL can start at the low half of an astral character (its high half being
/// the "preceding character"). A private-use character behaves exactly like a lone
/// surrogate under every character class used here.
const SURROGATE_PROXY: char = '\u{E000}';

/// The text as UTF-16 code units: a character (or surrogate proxy) per unit, the raw unit
/// values, and byte offsets.
struct Chars {
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
fn tld_at(cs: &[char], q: usize, bound: usize) -> Option<usize> {
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
const UNKNOWN: usize = usize::MAX;
const NO_MATCH: usize = usize::MAX - 1;

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

/// All matches of `validAsciiDomain` (global, leftmost) inside `cs[from..to]`.
fn ascii_domains(cs: &[char], from: usize, to: usize) -> Vec<(usize, usize)> {
    // Memo for `(label\.)+ TLD` anchored at a label start: end of match.
    let mut memo: Vec<usize> = vec![UNKNOWN; to - from + 1];
    let run_end = |p: usize| {
        let mut k = p;
        while k < to && is_ascii_domain_label_char(cs[k]) {
            k += 1;
        }
        k
    };
    // (label\.)+ TLD at p, greedy on the number of labels.
    let anchored = |p: usize, memo: &mut Vec<usize>| -> Option<usize> {
        let mut chain = Vec::new();
        let mut cur = p;
        loop {
            if memo[cur - from] != UNKNOWN {
                break;
            }
            let e = run_end(cur);
            if e == cur || e >= to || cs[e] != '.' {
                memo[cur - from] = NO_MATCH;
                break;
            }
            chain.push((cur, e + 1));
            cur = e + 1;
        }
        while let Some((p, q)) = chain.pop() {
            let more = match memo[q - from] {
                UNKNOWN | NO_MATCH => None,
                end => Some(end),
            };
            memo[p - from] = more.or_else(|| tld_at(cs, q, to)).unwrap_or(NO_MATCH);
        }
        match memo[p - from] {
            UNKNOWN | NO_MATCH => None,
            end => Some(end),
        }
    };
    let mut out = Vec::new();
    let mut a = from;
    while a < to {
        if !is_ascii_domain_label_char(cs[a]) {
            a += 1;
            continue;
        }
        match anchored(a, &mut memo) {
            Some(end) => {
                out.push((a, end));
                a = end;
            }
            // Every later start inside the same label run fails the same way.
            None => a = run_end(a).max(a + 1),
        }
    }
    out
}

/// Length of `punycode.toASCII(label)` (punycode.js 1.4.1) in UTF-16 code units, capped:
/// anything above 63 is reported as 64.
fn punycode_ascii_len(label: &[u32]) -> usize {
    let mut total = 0;
    let mut first = true;
    for part in label.split(|&c| matches!(c, 0x2E | 0x3002 | 0xFF0E | 0xFF61)) {
        if !first {
            total += 1;
        }
        first = false;
        if part.iter().all(|&c| c <= 0x7E) {
            total += part.len();
            if total > MAX_DOMAIN_LABEL_LENGTH {
                return MAX_DOMAIN_LABEL_LENGTH + 1;
            }
            continue;
        }
        let cps = ucs2_decode(part);
        if cps.len() > MAX_DOMAIN_LABEL_LENGTH {
            // "xn--" plus at least one character per code point.
            return MAX_DOMAIN_LABEL_LENGTH + 1;
        }
        total += 4 + punycode_encoded_len(&cps);
        if total > MAX_DOMAIN_LABEL_LENGTH {
            return MAX_DOMAIN_LABEL_LENGTH + 1;
        }
    }
    total
}

/// UTF-16 units to code points as punycode.js does (valid pairs merged, lone surrogates
/// kept).
fn ucs2_decode(units: &[u32]) -> Vec<u64> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if (0xD800..=0xDBFF).contains(&u) && i + 1 < units.len() {
            let lo = units[i + 1];
            if (0xDC00..=0xDFFF).contains(&lo) {
                out.push(0x10000 + ((u64::from(u) - 0xD800) << 10) + (u64::from(lo) - 0xDC00));
                i += 2;
                continue;
            }
        }
        out.push(u64::from(u));
        i += 1;
    }
    out
}

/// Length of the RFC 3492 encoding of the code points `cps` (without the `xn--` prefix).
fn punycode_encoded_len(cps: &[u64]) -> usize {
    const BASE: u64 = 36;
    const T_MIN: u64 = 1;
    const T_MAX: u64 = 26;
    const SKEW: u64 = 38;
    const DAMP: u64 = 700;
    fn adapt(mut delta: u64, num_points: u64, first_time: bool) -> u64 {
        let mut k = 0;
        delta = if first_time { delta / DAMP } else { delta >> 1 };
        delta += delta / num_points;
        while delta > ((BASE - T_MIN) * T_MAX) >> 1 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
    }
    let basic = cps.iter().filter(|&&c| c < 0x80).count();
    let mut out = basic + usize::from(basic > 0);
    let mut n: u64 = 0x80;
    let mut delta: u64 = 0;
    let mut bias: u64 = 72;
    let mut h = basic;
    while h < cps.len() {
        let Some(m) = cps.iter().copied().filter(|&c| c >= n).min() else {
            break;
        };
        delta += (m - n) * (h as u64 + 1);
        n = m;
        for &c in cps {
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out += 1;
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out += 1;
                bias = adapt(delta, h as u64 + 1, h == basic);
                delta = 0;
                h += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

/// twitter-text's `idna.toAscii` check: false when the domain would be rejected.
fn idna_ok(t: &Chars, from: usize, to: usize) -> bool {
    let domain = &t.raw[from..to];
    if domain.len() >= 4
        && domain[..4] == [0x78, 0x6E, 0x2D, 0x2D] // "xn--", case-sensitive
        && ascii_domains(&t.cs, from, to).is_empty()
    {
        return false;
    }
    domain.split(|&c| c == 0x2E).all(|label| {
        let len = punycode_ascii_len(label);
        (1..=MAX_DOMAIN_LABEL_LENGTH).contains(&len)
    })
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
    // Every URL has a top-level domain right after a dot.
    let has_tld = text
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'.' && (w[1].is_ascii_alphanumeric() || w[1] >= 0x80));
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
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        extract_urls(text)
            .iter()
            .map(|u| &text[u.start..u.end])
            .collect()
    }

    #[test]
    fn with_protocol() {
        assert_eq!(found("Hi http://test.co"), ["http://test.co"]);
        assert_eq!(
            found("see https://www.yle.fi/uutiset/a-123. ok"),
            ["https://www.yle.fi/uutiset/a-123"]
        );
        assert_eq!(found("HTTPS://EXAMPLE.COM"), ["HTTPS://EXAMPLE.COM"]);
        assert_eq!(
            found("http://example.com:8080/a?b=c."),
            ["http://example.com:8080/a?b=c"]
        );
    }

    #[test]
    fn without_protocol() {
        assert_eq!(
            found("yle.fi ja www.yle.fi ja yle.fi/uutiset"),
            ["yle.fi", "www.yle.fi", "yle.fi/uutiset"]
        );
        assert_eq!(found("foo.bar"), ["foo.bar"]); // .bar is a gTLD
        assert_eq!(found("foo.xyzzy"), Vec::<&str>::new());
        // Preceded by a dot, dash, underscore or slash: not a URL.
        assert_eq!(found("x/yle.fi"), Vec::<&str>::new());
        // Letters or @ before the domain glue it to a word or mention.
        assert_eq!(found("@yle.fi"), Vec::<&str>::new());
    }

    #[test]
    fn trailing_punctuation_and_parens() {
        assert_eq!(
            found("(https://en.wikipedia.org/wiki/Primer_(film))"),
            ["https://en.wikipedia.org/wiki/Primer_(film)"]
        );
        assert_eq!(found("http://a.com/b!!!"), ["http://a.com/b"]);
        assert_eq!(found("http://a.com/..."), ["http://a.com/"]);
    }

    #[test]
    fn tco_and_long_labels() {
        assert_eq!(found("http://t.co/abc123/more"), ["http://t.co/abc123"]);
        assert_eq!(found("http://t.co/abc123?x=1."), ["http://t.co/abc123?x=1"]);
        let long = format!("http://{}.com/foo http://ok.com", "a".repeat(64));
        assert_eq!(found(&long), ["http://ok.com"]);
    }

    #[test]
    fn unicode_domains_need_protocol() {
        assert_eq!(found("http://☃.net/"), ["http://☃.net/"]);
        assert_eq!(found("☃.net"), Vec::<&str>::new());
        assert_eq!(found("http://foobar.پاکستان/"), ["http://foobar.پاکستان/"]);
    }

    #[test]
    fn punycode_lengths() {
        // "bücher" -> "xn--bcher-kva"
        let l: Vec<u32> = "bücher".encode_utf16().map(u32::from).collect();
        assert_eq!(punycode_ascii_len(&l), "xn--bcher-kva".len());
        // "あいう" -> "xn--l8jeg"
        let l: Vec<u32> = "あいう".encode_utf16().map(u32::from).collect();
        assert_eq!(punycode_ascii_len(&l), "xn--l8jeg".len());
    }

    #[test]
    fn adversarial_input_is_fast() {
        let text = "ä.".repeat(50_000);
        assert!(extract_urls(&text).is_empty());
        let text = "http://a.com/".to_string() + &"(a)".repeat(1_000) + &"!".repeat(20_000);
        assert_eq!(extract_urls(&text).len(), 1);
        // Over 4096 UTF-16 units: not a URL at all.
        let text = "http://a.com/".to_string() + &"(a)".repeat(20_000) + &"!".repeat(20_000);
        assert!(extract_urls(&text).is_empty());
    }
}
