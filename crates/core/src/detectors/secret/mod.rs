//! `secret`: passwords, PINs, API keys and other credentials.
//!
//! Three kinds, each can be switched on with `kinds: [keyword, key, entropy]` (default: all):
//!
//! * `keyword`: the value after a keyword — any inflected form of `salasana`, `tunnussana`,
//!   `password`, `passwd`, `pwd`, `passphrase` (passwords), or of `PIN`, `PIN-koodi`, `koodi`,
//!   `tunnusluku`, `ovikoodi`, `turvakoodi`, `vahvistuskoodi`, `tunnistuskoodi`, `avauskoodi`,
//!   `PUK-koodi`, `passcode` (PINs) — also as `käyttäjätunnus/salasana`. Between the keyword and the
//!   value only spaces, one `:` or `=`, one `on`/`oli`/`is`/`was` and an opening quote may stand.
//!   The value must look like a secret:
//!   * after a PIN keyword: 4–12 digits (a year 1950–2035 after plain `koodi` does not count);
//!   * after a password keyword: 4–12 digits (not a year); or 6+ characters mixing letters with
//!     digits or symbols, or with upper case inside the word (`KissaKoira`); a word of letters
//!     only (`säännöllisesti`, `Vaihda`) counts only right after `:`/`=` and when nothing but
//!     punctuation follows it in its clause (`Salasana: kesäkuu.`). So talk about passwords
//!     (`Vaihda salasanasi säännöllisesti.`, `koodi lähetetään tekstiviestillä`) stays quiet.
//!     Alennuskoodi-style discount codes are not keywords at all.
//! * `key`: credentials in well-known formats anywhere: AWS access key ids (`AKIA…`, `ASIA…`),
//!   GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), Slack tokens
//!   (`xoxb-`, `xoxp-`, `xoxa-`, …), Google API keys (`AIza…`), Stripe keys (`sk_live_`,
//!   `rk_live_`, `sk_test_`), private key blocks (`-----BEGIN … PRIVATE KEY-----` up to the matching
//!   end line), and JWTs (`eyJ….eyJ….…`).
//! * `entropy`: other random-looking tokens: 24+ characters of `[A-Za-z0-9_+/=-]` with letters and
//!   digits, Shannon entropy of at least 4.0 bits per character, and a part of at least 16
//!   characters between `-`, `_` or `/`. Never: tokens inside links (links are
//!   `internal_link`'s business, and the organisation's own URLs are public), hex strings (git
//!   hashes of any length, SHA digests, UUIDs: a hex alphabet caps entropy at 4 bits and these
//!   are usually public identifiers), slugs and paths of words and numbers, and `base64,` data.
//!
//! Redaction keeps the first two characters: `Ke*******`.

use super::scan::{append_sorted, mask_after};
use super::url::links;
use super::{Detector, DetectorContext, DetectorHit};
use crate::model::SecretKind;
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::sync::OnceLock;

/// The `secret` detector.
#[derive(Debug, Clone)]
pub(crate) struct SecretDetector {
    keyword: bool,
    key: bool,
    entropy: bool,
}

impl SecretDetector {
    /// The detector for secrets of `kinds`.
    pub(crate) fn new(kinds: &[SecretKind]) -> Self {
        Self {
            keyword: kinds.contains(&SecretKind::Keyword),
            key: kinds.contains(&SecretKind::Key),
            entropy: kinds.contains(&SecretKind::Entropy),
        }
    }
}

/// What a keyword asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Password,
    Pin,
    /// Plain `koodi`: a PIN, but a year is not one.
    Code,
}

/// The class of a keyword (lower-case); every keyword starts with one of `s t p o v a k`.
fn keyword_class(word: &str) -> Option<Class> {
    const PASSWORD: &[&str] = &["salasan", "tunnussan", "password", "passwd", "passphrase"];
    const PIN: &[&str] = &[
        "pin-",
        "pinkoodi",
        "tunnusluku",
        "tunnusluvu",
        "ovikoodi",
        "turvakoodi",
        "vahvistuskoodi",
        "tunnistuskoodi",
        "avauskoodi",
        "puk-koodi",
        "pukkoodi",
        "passcode",
    ];
    if PASSWORD.iter().any(|p| word.starts_with(p)) || word == "pwd" {
        Some(Class::Password)
    } else if word == "pin" || PIN.iter().any(|p| word.starts_with(p)) {
        Some(Class::Pin)
    } else if word.starts_with("koodi") {
        Some(Class::Code)
    } else {
        None
    }
}

/// [`keyword_class`] of `word` lower-cased: a short ASCII word (most words) on the stack.
fn keyword_class_of(word: &str) -> Option<Class> {
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            keyword_class(std::str::from_utf8(lower).ok()?)
        }
        _ => keyword_class(&word.to_lowercase()),
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')
}

/// The value after a keyword ending at `kw_end`: `(start, end, after_colon)`.
fn value_after(text: &str, kw_end: usize) -> Option<(usize, usize, bool)> {
    let mut p = kw_end;
    let skip_spaces = |mut p: usize, newline: bool| {
        while let Some(c) = text[p..].chars().next() {
            if is_space(c) || (newline && c == '\n') {
                p += c.len_utf8();
            } else {
                break;
            }
        }
        p
    };
    p = skip_spaces(p, false);
    let mut colon = false;
    if matches!(text.as_bytes().get(p), Some(b':' | b'=')) {
        colon = true;
        p = skip_spaces(p + 1, true);
    } else if p == kw_end {
        return None;
    }
    // A copula: `on`, `oli`, `is`, `was`.
    for cop in ["on", "oli", "is", "was"] {
        let rest = &text[p..];
        if rest.len() > cop.len()
            && rest
                .get(..cop.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(cop))
            && rest[cop.len()..].starts_with(|c: char| is_space(c) || c == ':')
        {
            p = skip_spaces(p + cop.len(), false);
            if matches!(text.as_bytes().get(p), Some(b':')) {
                p = skip_spaces(p + 1, false);
            }
            break;
        }
    }
    // An opening quote.
    if let Some(q) = text[p..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\'' | '“' | '”' | '«' | '`' | '‘' | '’'))
    {
        p += q.len_utf8();
    }
    // An opening bracket starts an aside about the passwords talked of (`huonoista
    // salasanoista (lemmikin nimi + syntymävuosi)`), not a value.
    if text[p..].starts_with(['(', '[']) {
        return None;
    }
    let start = p;
    let mut end = start
        + text[start..]
            .find(char::is_whitespace)
            .unwrap_or(text.len() - start);
    // Closing punctuation and quotes are not part of the value.
    while let Some(c) = text[start..end].chars().next_back() {
        if matches!(
            c,
            '.' | ',' | ';' | ':' | ')' | ']' | '"' | '\'' | '”' | '’' | '»' | '`'
        ) {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    (end > start).then_some((start, end, colon))
}

/// Whether only punctuation follows `end` up to the end of its clause (line end, text end).
fn ends_clause(text: &str, end: usize) -> bool {
    for c in text[end..].chars() {
        match c {
            '\n' => return true,
            '.' | ',' | ';' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' => return true,
            c if is_space(c) => continue,
            _ => return false,
        }
    }
    true
}

fn is_year(v: &str, from: u32, to: u32) -> bool {
    v.len() == 4 && v.parse::<u32>().is_ok_and(|y| (from..=to).contains(&y))
}

fn digits_only(v: &str) -> bool {
    !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `v` (the value, without trailing `!`/`?`) looks like a password.
fn password_like(v: &str, colon: bool, clause_end: bool) -> bool {
    let n = v.chars().count();
    if !(4..=64).contains(&n) || v.contains("://") || v.to_ascii_lowercase().starts_with("www.") {
        return false;
    }
    if digits_only(v) {
        return n <= 12 && !is_year(v, 1900, 2099);
    }
    if n < 6 {
        return false;
    }
    let letters = v.chars().filter(|c| c.is_alphabetic()).count();
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let symbols: Vec<char> = v.chars().filter(|c| !c.is_alphanumeric()).collect();
    let inner_upper = v.chars().skip(1).any(char::is_uppercase);
    let lower = v.chars().any(char::is_lowercase);
    if letters == n {
        // A word: mixed case inside (`KissaKoira`) is a password; otherwise only after a colon
        // at the end of a clause.
        return (inner_upper && lower) || (colon && clause_end);
    }
    if letters > 0 && digits > 0 {
        return true;
    }
    if letters > 0 && !symbols.is_empty() {
        // `ei-koskaan` is a hyphenated word; `p@ssword`, `Kissa!Koira` are not. Nor is a
        // name's compound with a word in small letters (`WhatsApp-ryhmään`, `Teams-kokoukseen`;
        // the eighty-ninth drafts set's dev half): where the password goes, not what it is.
        let hyphens_only = symbols.iter().all(|&c| c == '-');
        let small_tail = v
            .rsplit('-')
            .next()
            .is_some_and(|w| w.chars().count() >= 4 && w.chars().all(char::is_lowercase));
        return !hyphens_only || (inner_upper && lower && !small_tail);
    }
    false
}

/// Whether the word before byte `at` (past spaces) is an adjective of a password's quality
/// (`hyvä`, `vahva`, `turvallinen`, `huono`, `heikko`), in any case of a capital.
fn quality_before(text: &str, at: usize) -> bool {
    const QUALITY: [&str; 8] = [
        "hyvä",
        "vahva",
        "turvallinen",
        "huono",
        "heikko",
        "paras",
        "pitkä",
        "good",
    ];
    let before = text[..at].trim_end_matches(is_space);
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // Compared letter by letter in small letters: no string is made for the word.
    QUALITY
        .iter()
        .any(|q| word.chars().flat_map(char::to_lowercase).eq(q.chars()))
}

fn keyword_hits(text: &str, hits: &mut Vec<DetectorHit>) {
    let mut word_start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars
            .peek()
            .is_some_and(|&(_, n)| n.is_alphanumeric() || n == '-');
        if c.is_alphanumeric() || (c == '-' && word_start.is_some()) {
            word_start.get_or_insert(i);
            if next_is_word {
                continue;
            }
        } else {
            continue;
        }
        let Some(ws) = word_start.take() else {
            continue;
        };
        let we = i + c.len_utf8();
        // Every keyword starts with one of these letters: most words need no lower-casing.
        if !b"stpovakSTPOVAK".contains(&text.as_bytes()[ws]) || we - ws < 3 {
            continue;
        }
        let Some(class) = keyword_class_of(text[ws..we].trim_end_matches('-')) else {
            continue;
        };
        let Some((start, end, colon)) =
            value_after(text, ws + text[ws..we].trim_end_matches('-').len())
        else {
            continue;
        };
        let core = text[start..end].trim_end_matches(['!', '?']);
        // What a kind of password is, not one (`hyvä salasana = salalause`, `vahva salasana:
        // pitkä`; the ninety-first drafts set's dev half): a word in small letters after a
        // keyword that an adjective of quality opens.
        if class == Class::Password
            && core.chars().all(char::is_lowercase)
            && quality_before(text, ws)
        {
            continue;
        }
        let pin = text[start..end].trim_end_matches(['!', '?', '#', '*']);
        let ok = match class {
            Class::Pin => digits_only(pin) && (4..=12).contains(&pin.len()),
            Class::Code => {
                digits_only(pin) && (4..=12).contains(&pin.len()) && !is_year(pin, 1950, 2035)
            }
            Class::Password => password_like(core, colon, ends_clause(text, end)),
        };
        if ok {
            hits.push(DetectorHit {
                kind: 0,
                start,
                end,
                redacted: mask_after(&text[start..end], 2),
            });
        }
    }
}

/// The key formats: the fixed prefixes one of which each match starts with, and its pattern.
/// The patterns are compiled (costly) only for text that holds one of the prefixes.
const KEY_FORMATS: &[(&[&str], &str)] = &[
    (
        &["-----BEGIN"],
        r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?s:.*?)(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|\z)",
    ),
    (
        &["AKIA", "ASIA", "ABIA", "ACCA"],
        r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b",
    ),
    (
        &["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
        r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b",
    ),
    (&["github_pat_"], r"\bgithub_pat_[A-Za-z0-9_]{22,255}\b"),
    (&["xox"], r"\bxox[baprs]-[A-Za-z0-9-]{10,250}"),
    (&["AIza"], r"\bAIza[0-9A-Za-z_-]{35}"),
    (
        &["sk_live_", "rk_live_", "sk_test_", "rk_test_"],
        r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,247}\b",
    ),
    (
        &["eyJ"],
        r"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*",
    ),
];

fn key_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let alternatives: Vec<&str> = KEY_FORMATS.iter().map(|(_, p)| *p).collect();
        Regex::new(&alternatives.join("|")).expect("secret key patterns compile")
    })
}

fn may_hold_key(text: &str) -> bool {
    static PREFIXES: OnceLock<AhoCorasick> = OnceLock::new();
    PREFIXES
        .get_or_init(|| {
            AhoCorasick::new(KEY_FORMATS.iter().flat_map(|(prefixes, _)| prefixes.iter()))
                .expect("fixed prefixes")
        })
        .is_match(text)
}

fn key_hits(text: &str, hits: &mut Vec<DetectorHit>) {
    if !may_hold_key(text) {
        return;
    }
    for m in key_regex().find_iter(text) {
        hits.push(DetectorHit {
            kind: 0,
            start: m.start(),
            end: m.end(),
            redacted: mask_after(m.as_str(), 2),
        });
    }
}

/// Shannon entropy of `s` in bits per character.
pub(crate) fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 128];
    let mut n = 0u32;
    for b in s.bytes() {
        counts[usize::from(b & 0x7f)] += 1;
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    let n = f64::from(n);
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+' | b'/' | b'=')
}

fn random_looking(tok: &str) -> bool {
    if tok.len() < 24 {
        return false;
    }
    let b = tok.as_bytes();
    if !b.iter().any(u8::is_ascii_alphabetic) || !b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    if b.iter().all(|&c| c.is_ascii_hexdigit() || c == b'-') {
        return false;
    }
    let longest = tok
        .split(['-', '_', '/'])
        .filter(|p| {
            p.bytes().any(|c| c.is_ascii_digit()) && p.bytes().any(|c| c.is_ascii_alphabetic())
        })
        .map(str::len)
        .max()
        .unwrap_or(0);
    longest >= 16 && entropy(tok) >= 4.0
}

fn entropy_hits(text: &str, hits: &mut Vec<DetectorHit>) {
    let b = text.as_bytes();
    // The links, found when a token first needs them (few drafts have a random-looking one).
    let mut spans: Option<Vec<(usize, usize)>> = None;
    let mut i = 0;
    while i < b.len() {
        if !is_token_byte(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && is_token_byte(b[i]) {
            i += 1;
        }
        let mut end = i;
        // Glued to other letters (`ä`), or part of an address or dotted name: not a token.
        if super::scan::alnum_before(text, start) || super::scan::alnum_at(text, end) {
            continue;
        }
        if matches!(super::scan::char_before(text, start), Some('@' | '.'))
            || matches!(b.get(end), Some(b'@'))
        {
            continue;
        }
        while end > start && matches!(b[end - 1], b'-' | b'/' | b'+') {
            end -= 1;
        }
        let tok = &text[start..end];
        if !random_looking(tok)
            || text[..start].ends_with("base64,")
            || spans
                .get_or_insert_with(|| links(text).iter().map(|l| (l.start, l.end)).collect())
                .iter()
                .any(|&(s, e)| s < end && start < e)
        {
            continue;
        }
        hits.push(DetectorHit {
            kind: 0,
            start,
            end,
            redacted: mask_after(tok, 2),
        });
    }
}

impl Detector for SecretDetector {
    fn name(&self) -> &'static str {
        "secret"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        let mut hits = Vec::new();
        if self.key {
            key_hits(text, &mut hits);
        }
        if self.keyword {
            keyword_hits(text, &mut hits);
        }
        if self.entropy {
            entropy_hits(text, &mut hits);
        }
        append_sorted(out, hits);
    }
}

#[cfg(test)]
mod tests;
