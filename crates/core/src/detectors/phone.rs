//! `phone`: Finnish phone numbers, and `+`-prefixed foreign ones.
//!
//! A candidate is a run of digit groups joined by single spaces, hyphens or no-break spaces, in
//! one of the usual spellings: `040 123 4567`, `040-1234567`, `0401234567`, `+358 40 123 4567`,
//! `+358 (0)40 123 4567`, `+358401234567`, `00358 40 …`, `(09) 310 1234`, `09 3101 2345`.
//! It must stand alone: nothing number-like glued to either end (`12,50`, `12.30`, letters), and
//! it must start its run of digit groups (a number inside a longer run such as a card or account
//! number is not a phone number). A group followed by `.5`/`,50`/letters is left out of the run,
//! so `040 123 4567 12.3.` still yields the number.
//!
//! The national number (`+358` → `0`) is then classified:
//!
//! * `mobile`: `04x`, `050`; 9–11 digits;
//! * `landline`: area codes `02 03 05 06 08 09` and `013`–`019`, followed by a 5–8 digit
//!   subscriber number that does not start with `0`;
//! * `service`: `0100 0200 0300 0600 0700 0800` (7–12 digits) and the national business numbers
//!   `010 020 029 030 075` (8–11 digits);
//! * `international`: `+` or `00` with another country code, 8–15 digits.
//!
//! Never reported: anything not starting with `0` or `+` — so emergency `112`, `116 117` and
//! other public short numbers, years, postal codes (`89600`), prices and scores; dates spelled
//! with spaces or hyphens (`03-12-2024`); the hetu shape `DDMMYY-NNNN` and the business-id shape
//! `NNNNNNN-N`; amounts (a currency or unit right after: `€`, `%`, `euroa`, `kpl`, `km`);
//! runs of three or more groups of at most two digits (lottery rows); a mobile
//! prefix split in two (`04 0123 4567`); digits of IBANs, identity codes and card numbers; numbers right after labels like
//! `viitenumero`, `ISBN`, `Y-tunnus`; and numbers whose normalised digits equal one of the
//! organisation's public contacts.
//!
//! Options: `kinds: [mobile, landline, service, international]` (default: all).
//!
//! Redaction keeps the prefix and the last two digits: `040 *** **67`.

use super::scan::{
    alnum_at, alnum_before, char_at, follows_number_label, normalize_phone, number_continues_after,
    number_continues_before,
};
use super::{hetu, iban, mask, payment_card, Detector, DetectorContext, DetectorHit};
use crate::model::PhoneKind as Kind;

/// The `phone` detector.
#[derive(Debug, Clone)]
pub(crate) struct PhoneDetector {
    kinds: Vec<Kind>,
}

impl PhoneDetector {
    /// The detector for numbers of `kinds`.
    pub(crate) fn new(kinds: &[Kind]) -> Self {
        Self {
            kinds: kinds.to_vec(),
        }
    }
}

/// A phone-number-shaped run.
#[derive(Debug)]
struct Candidate {
    start: usize,
    end: usize,
    /// Every digit in the run, in order (including a `(0)` trunk zero).
    digits: String,
    /// Digits per group.
    groups: Vec<usize>,
    /// Separator bytes between groups (first byte of each separator).
    seps: Vec<u8>,
    /// Starts with `+`.
    plus: bool,
}

/// Byte length of a group separator at `pos`, if there is one.
fn sep_len(text: &str, pos: usize) -> Option<usize> {
    match char_at(text, pos)? {
        ' ' | '-' => Some(1),
        c @ ('\u{a0}' | '\u{202f}' | '\u{2011}') => Some(c.len_utf8()),
        _ => None,
    }
}

fn digits_end(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && b[pos].is_ascii_digit() {
        pos += 1;
    }
    pos
}

/// Whether a group ending at `end` is glued to something that is not part of a phone number
/// (letters, or a decimal/date/time continuation).
fn glued(text: &str, end: usize) -> bool {
    number_continues_after(text, end) && !matches!(char_at(text, end), Some('0'..='9'))
}

const MAX_DIGITS: usize = 16;
const MAX_GROUPS: usize = 7;

/// Reads the run that starts at `i` (`+`, `(` or a digit), or `None` if it is not phone-shaped.
fn candidate_at(text: &str, i: usize) -> Option<Candidate> {
    let b = text.as_bytes();
    let mut c = Candidate {
        start: i,
        end: i,
        digits: String::new(),
        groups: Vec::new(),
        seps: Vec::new(),
        plus: b[i] == b'+',
    };
    let mut pos = i + usize::from(c.plus);
    if b.get(pos) == Some(&b'(') {
        // `(09) 310 1234`, `(040) 123 4567`
        if c.plus {
            return None;
        }
        let e = digits_end(b, pos + 1);
        let n = e - pos - 1;
        if !(2..=4).contains(&n) || b[pos + 1] != b'0' || b.get(e) != Some(&b')') {
            return None;
        }
        c.digits.push_str(&text[pos + 1..e]);
        c.groups.push(n);
        pos = e + 1;
        match sep_len(text, pos) {
            Some(l) if b[pos] != b'-' && b.get(pos + l).is_some_and(u8::is_ascii_digit) => {
                c.seps.push(b' ');
                pos += l;
            }
            _ if b.get(pos).is_some_and(u8::is_ascii_digit) => c.seps.push(b')'),
            _ => return None,
        }
    }
    // Groups.
    loop {
        let e = digits_end(b, pos);
        if e == pos {
            return None;
        }
        c.digits.push_str(&text[pos..e]);
        c.groups.push(e - pos);
        pos = e;
        if c.digits.len() > MAX_DIGITS || c.groups.len() > MAX_GROUPS {
            return None;
        }
        // `+358 (0)40 …`: a trunk zero in parentheses right after the country code.
        if c.plus && c.groups.len() == 1 && c.digits == "358" {
            let mut p = pos;
            if let Some(l) = sep_len(text, p) {
                p += l;
            }
            if text[p..].starts_with("(0)") {
                c.digits.push('0');
                c.seps.push(b'(');
                pos = p + 3;
                if let Some(l) = sep_len(text, pos) {
                    pos += l;
                }
                continue;
            }
        }
        let Some(l) = sep_len(text, pos) else { break };
        let next = pos + l;
        if !b.get(next).is_some_and(u8::is_ascii_digit) {
            break;
        }
        if glued(text, digits_end(b, next)) {
            break;
        }
        c.seps.push(b[pos]);
        pos = next;
    }
    c.end = pos;
    // A run cut short by the limits is not a phone number, nor one glued to more digits.
    if number_continues_after(text, pos) {
        return None;
    }
    if let Some(l) = sep_len(text, pos) {
        if b.get(pos + l).is_some_and(u8::is_ascii_digit) && !glued(text, digits_end(b, pos + l)) {
            return None;
        }
    }
    Some(c)
}

/// Whether a currency or unit follows `end` (`+12 500 000 €`, `+20 000 000 euroa`, `0 %`):
/// then the run is an amount, not a number to call.
fn followed_by_unit(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
    if rest.starts_with(['€', '$', '£', '%']) {
        return true;
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    const UNITS: &[&str] = &[
        "eur", "euro", "mk", "markka", "kpl", "dollar", "prosent", "milj", "mrd", "henk", "asuk",
        "km", "kg", "metri", "tonni", "pistett",
    ];
    let euro_e = word == "e" && !matches!(rest.chars().nth(1), Some('-' | '@' | '.'));
    euro_e || UNITS.iter().any(|u| word.starts_with(u))
}

/// Whether the run looks like a date `DD-MM-YYYY` / `DD MM YYYY`.
fn looks_like_date(c: &Candidate) -> bool {
    if c.groups.len() != 3 || c.seps.len() != 2 || c.seps[0] != c.seps[1] {
        return false;
    }
    let (g0, g1, g2) = (c.groups[0], c.groups[1], c.groups[2]);
    if !(1..=2).contains(&g0) || !(1..=2).contains(&g1) || g2 != 4 {
        return false;
    }
    let num = |a: usize, b: usize| c.digits[a..b].parse::<u32>().unwrap_or(0);
    let day = num(0, g0);
    let month = num(g0, g0 + g1);
    let year = num(g0 + g1, g0 + g1 + 4);
    (1..=31).contains(&day) && (1..=12).contains(&month) && (1900..=2099).contains(&year)
}

/// Classifies a national number (starting with `0`), returning its kind and prefix length.
fn classify_national(d: &str) -> Option<(Kind, usize)> {
    let n = d.len();
    let b = d.as_bytes();
    if b.first() != Some(&b'0') || n < 2 {
        return None;
    }
    for p in ["0100", "0200", "0300", "0600", "0700", "0800"] {
        if d.starts_with(p) {
            return (7..=12).contains(&n).then_some((Kind::Service, 4));
        }
    }
    for p in ["010", "020", "029", "030", "075"] {
        if d.starts_with(p) {
            return (8..=11).contains(&n).then_some((Kind::Service, 3));
        }
    }
    if d.starts_with("04") || d.starts_with("050") {
        return (9..=11).contains(&n).then_some((Kind::Mobile, 3));
    }
    let area = match b[1] {
        b'2' | b'3' | b'5' | b'6' | b'8' | b'9' => 2,
        b'1' if n > 2 && (b'3'..=b'9').contains(&b[2]) => 3,
        _ => return None,
    };
    let subscriber = &b[area.min(n)..];
    ((5..=8).contains(&subscriber.len()) && subscriber.first() != Some(&b'0'))
        .then_some((Kind::Landline, area))
}

/// Classifies a candidate; returns its kind, its normalised national form (or the international
/// digits), and how many leading digits redaction keeps.
fn classify(c: &Candidate) -> Option<(Kind, String, usize)> {
    if c.plus || c.digits.starts_with("00") {
        let intl = if c.plus {
            &c.digits[..]
        } else {
            &c.digits[2..]
        };
        let lead = c.digits.len() - intl.len();
        if let Some(rest) = intl.strip_prefix("358") {
            let trunk = rest.starts_with('0');
            let national = format!("0{}", rest.strip_prefix('0').unwrap_or(rest));
            let (kind, prefix) = classify_national(&national)?;
            return Some((kind, national, lead + 3 + usize::from(trunk) + prefix - 1));
        }
        let ok = (8..=15).contains(&intl.len()) && !intl.starts_with('0');
        return ok.then(|| (Kind::International, intl.to_string(), lead + 3));
    }
    let (kind, prefix) = classify_national(&c.digits)?;
    Some((kind, c.digits.clone(), prefix))
}

impl Detector for PhoneDetector {
    fn name(&self) -> &'static str {
        "phone"
    }

    fn find(&self, text: &str, ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        let b = text.as_bytes();
        let public: Vec<String> = ctx
            .public_contacts
            .iter()
            .map(|c| normalize_phone(c))
            .filter(|c| c.len() >= 3 && c.bytes().all(|x| x.is_ascii_digit() || x == b'+'))
            .collect();
        // Spans of other identifiers whose digits must not be read as phone numbers.
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        let mut last_end = 0;
        while i < b.len() {
            let ch = b[i];
            let starts = match ch {
                b'+' => b.get(i + 1).is_some_and(|d| (b'1'..=b'9').contains(d)),
                b'(' => b.get(i + 1) == Some(&b'0'),
                b'0' => true,
                _ => false,
            };
            // A digit run must start here, not continue one (`1234 040…`, `1.040`).
            let fresh = starts
                && i >= last_end
                && !alnum_before(text, i)
                && !(ch == b'0' && number_continues_before(text, i))
                && !(i >= 2 && sep_len(text, i - 1).is_some() && b[i - 2].is_ascii_digit());
            if !fresh {
                i += 1;
                continue;
            }
            let Some(c) = candidate_at(text, i) else {
                i += 1;
                continue;
            };
            i = c.end.max(i + 1);
            if alnum_at(text, c.end) || looks_like_date(&c) || followed_by_unit(text, c.end) {
                continue;
            }
            // `DDMMYY-NNNN` (hetu shape) and `NNNNNNN-N` (business id).
            if c.seps.first() == Some(&b'-') && matches!(c.groups[..], [6, 4] | [7, 1]) {
                continue;
            }
            // Lottery numbers and the like: three or more groups of at most two digits.
            if c.groups.len() >= 3 && c.groups.iter().all(|&g| g <= 2) {
                continue;
            }
            let Some((kind, normalized, lead)) = classify(&c) else {
                continue;
            };
            // A national mobile prefix is never split (`04 0123 4567`).
            if kind == Kind::Mobile && !c.plus && !c.digits.starts_with("00") && c.groups[0] < 3 {
                continue;
            }
            if !self.kinds.contains(&kind) {
                continue;
            }
            if follows_number_label(text, c.start) {
                continue;
            }
            if taken.is_empty() {
                taken.extend(hetu::spans(text, true));
                taken.extend(iban::spans(text));
                taken.extend(payment_card::spans(text));
                taken.push((usize::MAX, usize::MAX));
                // Sorted by start, each paired with the largest end so far, so that an overlap
                // test is one binary search (linear time over the whole text).
                taken.sort_unstable();
                let mut reach = 0;
                for span in &mut taken {
                    reach = reach.max(span.1);
                    span.1 = reach;
                }
            }
            let before = taken.partition_point(|&(s, _)| s < c.end);
            if before > 0 && taken[before - 1].1 > c.start {
                continue;
            }
            let as_national = if kind == Kind::International {
                format!("+{normalized}")
            } else {
                normalized
            };
            if public.contains(&as_national) {
                continue;
            }
            last_end = c.end;
            out.push(DetectorHit {
                kind: 0,
                start: c.start,
                end: c.end,
                redacted: mask(&text[c.start..c.end], lead, 2),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_with(text: &str, ctx: &DetectorContext, options: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        crate::detectors::build_for_test("phone", options)
            .unwrap()
            .find(text, ctx, &mut out);
        out.into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.redacted))
            .collect()
    }

    fn matched(text: &str) -> Vec<String> {
        find_with(text, &DetectorContext::default(), "null")
            .into_iter()
            .map(|(m, _)| m)
            .collect()
    }

    #[test]
    fn finds_usual_spellings() {
        let cases: &[(&str, &str)] = &[
            ("Soita 040 123 4567.", "040 123 4567"),
            ("puh. 040-1234567", "040-1234567"),
            ("p. 0401234567, kiitos", "0401234567"),
            ("Numero +358 40 123 4567!", "+358 40 123 4567"),
            ("tel:+358401234567", "+358401234567"),
            ("+358 (0)40 123 4567", "+358 (0)40 123 4567"),
            ("00358 40 123 4567", "00358 40 123 4567"),
            ("Vaihde (09) 310 1234.", "(09) 310 1234"),
            ("Vaihde (09)310 1234.", "(09)310 1234"),
            ("Soita 09 3101 2345", "09 3101 2345"),
            ("050 765 4321", "050 765 4321"),
            ("0400 123 456", "0400 123 456"),
            ("Kotka 05 234 5678", "05 234 5678"),
            ("Joensuu 013 123 456", "013 123 456"),
            ("Neuvonta 0800 123 456", "0800 123 456"),
            ("Yritys 010 123 4567", "010 123 4567"),
            ("+46 70 123 45 67", "+46 70 123 45 67"),
            ("040\u{a0}123\u{a0}4567", "040\u{a0}123\u{a0}4567"),
            ("Soita 040 123 4567 12.3. asti", "040 123 4567"),
            ("(040) 123 4567", "(040) 123 4567"),
            ("puh 040 123 4567 e-mail x", "040 123 4567"),
        ];
        for &(text, want) in cases {
            assert_eq!(matched(text), [want], "{text}");
        }
    }

    #[test]
    fn ignores_numbers_that_are_not_phones() {
        let cases = [
            "Tapahtuma 12.3.2024 klo 12.30.",
            "Päivä 2024-03-12 ja 03-12-2024 ja 03 12 2024.",
            "Postinumero 89600 Suomussalmi, 00100 Helsinki, 02100 Espoo.",
            "Hinta 1 200 € tai 12,50 euroa, 0,50 €.",
            "Vuonna 2024 ja 1998.",
            "viitenumero 12345 67890",
            "Viitenumero: 0401 2345 6789",
            "Hätänumero on 112 ja päivystysapu 116 117.",
            "Tulos 3-2, erät 25-23, 0-1.",
            "Hetu 010101-0101 ja 290296-7808",
            "Y-tunnus 0201256-6",
            "Tunnus 0201256-6",
            "FI02 1880 3500 0069 67",
            "FI 02 1880 3500 0069 67",
            "Kortti 4000 0566 5566 5556",
            "Tili 1234 0566 5566",
            "ISBN 951-0-12345-6",
            "05123456789012345678",
            "0512 3456 7890 1234 5678",
            "x0401234567",
            "0401234567x",
            "040 123 4567abc",
            "1040 123 4567",
            "1.0401234567",
            "01 23 45 67",
            "011 234 5678",
            "09 0123 456",
            "+3 astetta, +20 %",
            "040 12",
            "Eurojackpot: 04 12 23 31 45",
            "Lotto 03 12 23 31 33 36 38",
            "04 0123 4567",
            "Budjetti kasvoi +12 500 000 eurolla ja +20 000 000 €.",
            "Väkiluku 0400 123 456 henkeä",
        ];
        for text in cases {
            assert_eq!(matched(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn redacts_middle_digits() {
        let cases = [
            ("040 123 4567", "040 *** **67"),
            ("0401234567", "040*****67"),
            ("+358 40 123 4567", "+358 40 *** **67"),
            ("+358 (0)40 123 4567", "+358 (0)40 *** **67"),
            ("(09) 310 1234", "(09) *** **34"),
            ("013 123 456", "013 *** *56"),
        ];
        for (text, want) in cases {
            let got = find_with(text, &DetectorContext::default(), "null");
            assert_eq!(got[0].1, want, "{text}");
        }
    }

    #[test]
    fn public_contacts_and_kinds() {
        let ctx = DetectorContext {
            known_people: Vec::new(),
            acronyms: Vec::new(),
            domains: vec![],
            public_contacts: vec!["08 6155 41".into(), "+358 40 123 4567".into()],
        };
        let text = "Vaihde 08 615541, (08) 6155 41, +358 8 6155 41; 040-1234567; 040 765 4321";
        let got: Vec<_> = find_with(text, &ctx, "null")
            .into_iter()
            .map(|x| x.0)
            .collect();
        assert_eq!(got, ["040 765 4321"]);
        let text = "09 310 1234 ja 040 765 4321 ja 0800 123 456";
        let got: Vec<_> = find_with(text, &ctx, "{kinds: [landline, service]}")
            .into_iter()
            .map(|x| x.0)
            .collect();
        assert_eq!(got, ["09 310 1234", "0800 123 456"]);
    }
}
