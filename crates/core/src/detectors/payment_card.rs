//! `payment_card`: payment card numbers.
//!
//! A candidate is a whole run of digit groups — one group, or groups joined by single spaces or by
//! single hyphens, never mixed — with nothing number-like glued to either end (no letter or digit,
//! no `12,`/`.5` continuation). It is reported only when all of these hold:
//!
//! * 13–19 digits, written as one group, as `4-4-4-4` (the last group may be shorter: `4-4-4-1`,
//!   `4-4-4-4-3`), or as `4-6-5` / `4-6-4` (American Express, Diners);
//! * the first digits belong to a card network and the length fits it (Visa `4`: 13, 16, 19;
//!   Mastercard `51–55`, `2221–2720`: 16; Amex `34`, `37`: 15; Diners `300–305`, `36`, `38`,
//!   `39`: 14–19; JCB `3528–3589`: 16–19; Maestro, Discover, UnionPay `50`, `56–58`, `6`: 13–19);
//! * the Luhn check passes;
//! * it is not part of an IBAN, and does not follow a label like `viitenumero`, `ISBN`,
//!   `tilausnumero` or `Y-tunnus`.
//!
//! So phone numbers (leading `0`, too short), reference numbers (grouped in fives, labelled),
//! IBAN digits and order numbers that fail Luhn stay quiet.
//!
//! Redaction keeps the last four digits: `**** **** **** 1111`.

use super::scan::{follows_number_label, number_continues_after, number_continues_before};
use super::{iban, mask, Detector, DetectorContext, DetectorHit};
use somelint_fi::identifiers::luhn;

/// The `payment_card` detector.
#[derive(Debug, Clone)]
pub(crate) struct CardDetector;

/// A run of digit groups: `(start, end, group lengths)`.
pub(crate) struct DigitRun {
    /// Byte offset of the first digit.
    pub(crate) start: usize,
    /// Byte offset just past the last digit.
    pub(crate) end: usize,
    /// Digits in each group, in order.
    pub(crate) groups: Vec<usize>,
}

/// Gathers the run of digit groups starting at `start` (a digit), joined by single spaces or
/// single hyphens, all the same.
pub(crate) fn digit_run(b: &[u8], start: usize) -> DigitRun {
    let mut groups = Vec::new();
    let mut pos = start;
    let mut sep: Option<u8> = None;
    loop {
        let g = pos;
        while pos < b.len() && b[pos].is_ascii_digit() {
            pos += 1;
        }
        groups.push(pos - g);
        let Some(&s) = b.get(pos) else { break };
        let joins = (s == b' ' || s == b'-')
            && sep.is_none_or(|x| x == s)
            && b.get(pos + 1).is_some_and(u8::is_ascii_digit);
        if !joins || groups.len() > 8 {
            break;
        }
        sep = Some(s);
        pos += 1;
    }
    DigitRun {
        start,
        end: pos,
        groups,
    }
}

fn grouping_ok(groups: &[usize]) -> bool {
    let total: usize = groups.iter().sum();
    if !(13..=19).contains(&total) {
        return false;
    }
    match groups {
        [_] => true,
        [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&g| g == 4) && (1..=4).contains(last),
        [] => false,
    }
}

fn network_ok(digits: &str) -> bool {
    let n = digits.len();
    let p = |k: usize| {
        digits
            .get(..k)
            .and_then(|s| s.parse::<u32>().ok())
            .unwrap_or(0)
    };
    match p(1) {
        4 => matches!(n, 13 | 16 | 19),
        2 => (2221..=2720).contains(&p(4)) && n == 16,
        5 => match p(2) {
            51..=55 => n == 16,
            50 | 56..=58 => n >= 13,
            _ => false,
        },
        3 => match p(2) {
            34 | 37 => n == 15,
            36 | 38 | 39 => n >= 14,
            30 => (300..=305).contains(&p(3)) && n >= 14,
            35 => (3528..=3589).contains(&p(4)) && n >= 16,
            _ => false,
        },
        6 => n >= 13,
        _ => false,
    }
}

/// Every card number in `text` as `(start, end)`.
pub(crate) fn spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let ibans = iban::spans(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run = digit_run(b, i);
        i = run.end;
        if number_continues_before(text, run.start) || number_continues_after(text, run.end) {
            continue;
        }
        if !grouping_ok(&run.groups) {
            continue;
        }
        let value = &text[run.start..run.end];
        let digits: String = value.chars().filter(char::is_ascii_digit).collect();
        if !network_ok(&digits) || !luhn::is_valid(&digits) {
            continue;
        }
        if ibans.iter().any(|&(s, e)| s < run.end && run.start < e)
            || follows_number_label(text, run.start)
        {
            continue;
        }
        found.push((run.start, run.end));
    }
    found
}

impl Detector for CardDetector {
    fn name(&self) -> &'static str {
        "payment_card"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        for (start, end) in spans(text) {
            out.push(DetectorHit {
                kind: 0,
                start,
                end,
                redacted: mask(&text[start..end], 0, 4),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(text: &str) -> Vec<&str> {
        spans(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Kortti 4111 1111 1111 1111 vanhenee",
                &["4111 1111 1111 1111"],
            ),
            ("4111-1111-1111-1111", &["4111-1111-1111-1111"]),
            ("nro 4111111111111111.", &["4111111111111111"]),
            ("Amex 3782 822463 10005", &["3782 822463 10005"]),
            ("5555 5555 5555 4444", &["5555 5555 5555 4444"]),
            ("2223 0031 2200 3222", &["2223 0031 2200 3222"]),
            ("visa 4222 2222 2222 2", &["4222 2222 2222 2"]),
            ("3782 8224 6310 005", &["3782 8224 6310 005"]),
            (
                "kortit 4111 1111 1111 1111, 5555 5555 5555 4444",
                &["4111 1111 1111 1111", "5555 5555 5555 4444"],
            ),
            // Luhn fails.
            ("4111 1111 1111 1112", &[]),
            ("Tilausnumero 1234 5678 9012 3456", &[]),
            // No card network, or the wrong length for it.
            ("1234 5678 9012 3452", &[]),
            ("0401234567890", &[]),
            ("9780306406157", &[]),
            // Odd groupings, mixed separators, longer runs.
            ("4111 1111 11111 111", &[]),
            ("4111-1111 1111-1111", &[]),
            ("41111111111111110000", &[]),
            ("1234 4111 1111 1111 1111", &[]),
            ("4111 1111 1111 1111 5", &[]),
            ("x4111111111111111", &[]),
            ("4111111111111111x", &[]),
            ("12,4111111111111111", &[]),
            ("4111111111111111.5", &[]),
            // Phone numbers, reference numbers, IBANs.
            ("Soita 040 123 4567 tai +358 40 123 4567", &[]),
            ("viitenumero 4111 1111 1111 1111", &[]),
            ("Viitenumero: 41111111111111111", &[]),
            ("FI21 1234 5600 0007 85", &[]),
            ("FI 4111 1111 1111 1111 11", &[]),
            ("ISBN 978-951-0-12345-6", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(matched(text), want, "{text}");
        }
    }

    #[test]
    fn redacts_all_but_last_four() {
        let mut out = Vec::new();
        CardDetector.find("4111 1111 1111 1111", &DetectorContext::default(), &mut out);
        assert_eq!(out[0].redacted, "**** **** **** 1111");
    }
}
