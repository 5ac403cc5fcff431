//! `iban`: International Bank Account Numbers, Finnish and foreign.
//!
//! A candidate starts with two letters (a country with IBANs, both in the same case) with no
//! letter or digit right before them, and goes on with letters and digits — single spaces allowed
//! between any two of them (`FI21 1234 5600 0007 85`, `FI 268 000371024 1081`) — until it has the
//! country's IBAN length. The character after it must not be a letter or digit (so
//! `FI9080002627761348A` is not an IBAN). It is reported when
//! [`somelint_fi::identifiers::iban::is_valid`] accepts it (length, digits-only BBAN where the
//! country has one, mod-97), and it is not one of the organisation's public contacts (compared
//! without spaces, in upper case).
//!
//! Options: `countries: [FI, SE, ...]` limits the countries reported.
//!
//! Redaction keeps the country, check digits and last two characters: `FI21 **** **** **** 85`.

use super::scan::{alnum_at, alnum_before};
use super::{mask, Detector, DetectorContext, DetectorHit};
use somelint_fi::identifiers::iban;

/// The `iban` detector.
#[derive(Debug, Clone)]
pub(crate) struct IbanDetector {
    /// Upper-case country codes to report; empty for all.
    countries: Vec<String>,
}

impl IbanDetector {
    /// The detector for IBANs of `countries` (upper-case codes; all when empty), or a message
    /// naming one that has no IBANs.
    pub(crate) fn new(countries: &[String]) -> Result<Self, String> {
        for c in countries {
            if iban::length(c).is_none() {
                return Err(format!(
                    "option `countries` of detector `iban`: `{c}` is not a country with IBANs"
                ));
            }
        }
        Ok(Self {
            countries: countries.to_vec(),
        })
    }
}

/// The end of an IBAN-shaped candidate starting at `i` (two letters already checked), or `None`.
fn candidate_end(text: &str, i: usize, len: usize, upper: bool) -> Option<usize> {
    let b = text.as_bytes();
    let mut pos = i;
    let mut count = 0;
    let mut after_space = false;
    while count < len {
        let c = *b.get(pos)?;
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_alphabetic() && count >= 2 && c.is_ascii_uppercase() != upper {
                return None;
            }
            count += 1;
            pos += 1;
            after_space = false;
        } else if count >= 2 && !after_space && c == b' ' {
            pos += 1;
            after_space = true;
        } else if count >= 2 && !after_space && text[pos..].starts_with('\u{a0}') {
            pos += '\u{a0}'.len_utf8();
            after_space = true;
        } else {
            return None;
        }
    }
    (!alnum_at(text, pos)).then_some(pos)
}

/// Every valid IBAN in `text` as `(start, end)`.
pub(crate) fn spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 2 < b.len() {
        // A pair can start one only with a digit two or three places on: none starts before
        // the third place ahead of the next digit.
        let Some(k) = b[i + 2..].iter().position(u8::is_ascii_digit) else {
            break;
        };
        i = i.max((i + 2 + k).saturating_sub(3));
        let (c0, c1) = (b[i], b[i + 1]);
        let same_case = (c0.is_ascii_uppercase() && c1.is_ascii_uppercase())
            || (c0.is_ascii_lowercase() && c1.is_ascii_lowercase());
        // The check digits follow the country code, perhaps after one space: most letter pairs
        // of ordinary text fail this at once.
        let digit_next = match b.get(i + 2) {
            Some(d) if d.is_ascii_digit() => true,
            Some(b' ') => b.get(i + 3).is_some_and(u8::is_ascii_digit),
            _ => false,
        };
        if same_case && digit_next && !alnum_before(text, i) {
            let country = [c0.to_ascii_uppercase(), c1.to_ascii_uppercase()];
            let country = std::str::from_utf8(&country).unwrap_or("");
            if let Some(len) = iban::length(country) {
                if let Some(end) = candidate_end(text, i, len, c0.is_ascii_uppercase()) {
                    if iban::is_valid(&text[i..end]) {
                        found.push((i, end));
                        i = end;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    found
}

impl Detector for IbanDetector {
    fn name(&self) -> &'static str {
        "iban"
    }

    fn find(&self, text: &str, ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        let public: Vec<String> = ctx
            .public_contacts
            .iter()
            .map(|c| iban::normalize(c))
            .collect();
        for (start, end) in spans(text) {
            let value = &text[start..end];
            let compact = iban::normalize(value);
            if !self.countries.is_empty() && !self.countries.iter().any(|c| compact.starts_with(c))
            {
                continue;
            }
            if public.contains(&compact) {
                continue;
            }
            out.push(DetectorHit {
                kind: 0,
                start,
                end,
                redacted: mask(value, 4, 2),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_with(text: &str, ctx: &DetectorContext, options: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        crate::detectors::build_for_test("iban", options)
            .unwrap()
            .find(text, ctx, &mut out);
        out.into_iter()
            .map(|h| (h.start, h.end, h.redacted))
            .collect()
    }

    fn matched(text: &str) -> Vec<&str> {
        find_with(text, &DetectorContext::default(), "null")
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Tili FI21 1234 5600 0007 85.", &["FI21 1234 5600 0007 85"]),
            ("tili: fi2112345600000785", &["fi2112345600000785"]),
            (
                "FI21 1234 5600 0007 85 ja 12 muuta",
                &["FI21 1234 5600 0007 85"],
            ),
            (
                "DE89 3704 0044 0532 0130 00",
                &["DE89 3704 0044 0532 0130 00"],
            ),
            (
                "GB82 WEST 1234 5698 7654 32",
                &["GB82 WEST 1234 5698 7654 32"],
            ),
            (
                "FI21\u{a0}1234\u{a0}5600\u{a0}0007\u{a0}85",
                &["FI21\u{a0}1234\u{a0}5600\u{a0}0007\u{a0}85"],
            ),
            ("FI21 1234 5600 0007 86", &[]),
            ("FI21 1234 5600 0007 8512", &[]),
            ("XFI2112345600000785", &[]),
            ("FI2112345600000785X", &[]),
            ("ÄFI2112345600000785", &[]),
            ("FI21  1234 5600 0007 85", &[]),
            ("Fi21 1234 5600 0007 85", &[]),
            ("gb82 WEST 1234 5698 7654 32", &[]),
            ("se 45 ja 50 kertaa", &[]),
            ("FI21", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(matched(text), want, "{text}");
        }
    }

    #[test]
    fn redaction_public_contacts_and_countries() {
        let ctx = DetectorContext {
            known_people: Vec::new(),
            acronyms: Vec::new(),
            domains: vec![],
            public_contacts: vec!["fi21 1234 5600 0007 85".into()],
        };
        let text = "FI21 1234 5600 0007 85 tai FI55 4234 5670 0000 81";
        let got = find_with(text, &ctx, "null");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, "FI55 **** **** **** 81");
        let got = find_with(
            "DE89 3704 0044 0532 0130 00 FI55 4234 5670 0000 81",
            &DetectorContext::default(),
            "{countries: [fi]}",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, "FI55 **** **** **** 81");
        assert!(crate::detectors::build_for_test("iban", "{countries: [US]}").is_err());
    }

    /// `tests/data/identifiers/iban.tsv`: the value as a whole, alone and in a sentence.
    /// A valid value is found exactly once, spanning the value without its surrounding spaces;
    /// an invalid value yields nothing.
    #[test]
    fn vectors_from_other_implementations() {
        let vectors = super::super::test_vectors("iban.tsv");
        let mut checked = 0;
        for (value, valid) in &vectors {
            let (value, valid) = (value.as_str(), *valid);
            let trimmed = value.trim();
            for (prefix, suffix) in [
                ("", ""),
                ("Lahjoitukset tilille ", ", kiitos!"),
                ("Tilinumero:", "\n"),
            ] {
                let text = format!("{prefix}{value}{suffix}");
                let got = find_with(&text, &DetectorContext::default(), "null");
                if valid {
                    let start = prefix.len() + value.find(trimmed).unwrap();
                    assert_eq!(got.len(), 1, "{text:?}: {got:?}");
                    assert_eq!(
                        (got[0].0, got[0].1),
                        (start, start + trimmed.len()),
                        "{text:?}"
                    );
                } else {
                    assert!(got.is_empty(), "{text:?}: {got:?}");
                }
            }
            checked += 1;
        }
        assert!(checked >= 40, "only {checked} vectors");
    }
}
