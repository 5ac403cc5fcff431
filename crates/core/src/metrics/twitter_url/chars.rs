//! The character classes of twitter-text's URL regexes, and the TLD index.

use std::sync::OnceLock;

use super::super::x_tables::{CCTLDS, GTLDS};

pub(super) fn is_punct(c: char) -> bool {
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

pub(super) fn is_space(c: char) -> bool {
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

pub(super) fn is_directional(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}'
    )
}

/// `validDomainChars`: anything but punctuation, spaces, invalid and directional characters.
pub(super) fn is_domain_char(c: char) -> bool {
    !(is_punct(c) || is_space(c) || is_invalid_char(c) || is_directional(c))
}

/// Characters a domain label run may contain (`-` and `_` only inside).
pub(super) fn is_label_run_char(c: char) -> bool {
    c == '-' || c == '_' || is_domain_char(c)
}

/// `validUrlPrecedingChars` minus the `^` alternative.
pub(super) fn is_valid_preceding(c: char) -> bool {
    (!c.is_ascii_alphanumeric()
        && !matches!(c, '@' | '＠' | '$' | '#' | '＃')
        && !is_invalid_char(c))
        || is_directional(c)
}

pub(super) fn is_latin_accent(c: char) -> bool {
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

pub(super) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4FF}')
}

pub(super) fn is_path_char(c: char) -> bool {
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

pub(super) fn is_path_ending_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || is_cyrillic(c)
        || is_latin_accent(c)
        || matches!(c, '+' | '-' | '=' | '_' | '#' | '/')
}

pub(super) fn is_query_char(c: char) -> bool {
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

pub(super) fn is_query_ending_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '&' | '=' | '#' | '/')
}

/// Label characters of `validAsciiDomain`.
pub(super) fn is_ascii_domain_label_char(c: char) -> bool {
    c == '-' || c.is_ascii_alphanumeric() || is_latin_accent(c)
}

/// JavaScript's case canonicalisation for non-Unicode `i` regexes: upper-case a character
/// unless that gives several characters or maps a non-ASCII character into ASCII.
pub(super) fn canon(c: char) -> char {
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
pub(super) fn tld_index() -> &'static [(char, &'static str)] {
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
