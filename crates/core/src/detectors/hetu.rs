//! `hetu`: Finnish personal identity codes (`DDMMYYCZZZQ`).
//!
//! A candidate is eleven ASCII characters — six digits, a century sign (`+`, `-`, `Y X W V U`,
//! `A B C D E F`, either case), three digits and a check character — standing alone: no letter or
//! digit right before or after it. It is reported only when [`somelint_fi::identifiers::hetu`]
//! validates it: a real date for the century (leap years included), individual number 002–899
//! (and 900–999, temporary codes, unless `temporary: false`), and the mod-31 check character.
//!
//! Redaction keeps the date, the century sign and the check character: `131052-***T`.

use super::scan::{alnum_at, alnum_before};
use super::{Detector, DetectorContext, DetectorHit};
use somelint_fi::identifiers::hetu;

/// The `hetu` detector.
#[derive(Debug, Clone)]
pub(crate) struct HetuDetector {
    /// Whether temporary codes (individual number 900–999) are reported.
    temporary: bool,
}

impl HetuDetector {
    /// The detector; temporary codes count when `temporary` is set.
    pub(crate) fn new(temporary: bool) -> Self {
        Self { temporary }
    }
}

/// Every valid code in `text` as `(start, end)`, temporaries included or not.
pub(crate) fn spans(text: &str, temporary: bool) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 11 <= b.len() {
        // Candidates start at a digit with no letter or digit before it.
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let cand = &b[i..i + 11];
        let shape = cand[..6].iter().all(u8::is_ascii_digit)
            && cand[7..10].iter().all(u8::is_ascii_digit)
            && cand[10].is_ascii_alphanumeric()
            && hetu::century(cand[6] as char).is_some();
        if shape && !alnum_before(text, i) && !alnum_at(text, i + 11) {
            // All eleven bytes are ASCII, so `i..i + 11` is on char boundaries.
            if let Some(h) = hetu::parse(&text[i..i + 11]) {
                if temporary || !h.is_temporary() {
                    found.push((i, i + 11));
                    i += 11;
                    continue;
                }
            }
        }
        i += 1;
    }
    found
}

impl Detector for HetuDetector {
    fn name(&self) -> &'static str {
        "hetu"
    }

    fn find(&self, text: &str, _ctx: &DetectorContext, out: &mut Vec<DetectorHit>) {
        for (start, end) in spans(text, self.temporary) {
            let code = &text[start..end];
            out.push(DetectorHit {
                kind: 0,
                start,
                end,
                redacted: format!("{}***{}", &code[..7], &code[10..]),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        HetuDetector::new(true).find(text, &DetectorContext::default(), &mut out);
        out.into_iter()
            .map(|h| (h.start, h.end, h.redacted))
            .collect()
    }

    #[test]
    fn table() {
        // (text, expected matched substrings)
        let cases: &[(&str, &[&str])] = &[
            ("131052-308T", &["131052-308T"]),
            ("Hetu: 131052-308T.", &["131052-308T"]),
            (
                "hetu 131052a308t ja 010594Y9021",
                &["131052a308t", "010594Y9021"],
            ),
            ("(131052+308T)", &["131052+308T"]),
            ("131052-308U", &[]),
            ("X131052-308T", &[]),
            ("131052-308TX", &[]),
            ("1131052-308T", &[]),
            ("131052-308T5", &[]),
            ("ä131052-308T", &[]),
            ("131052-308Tä", &[]),
            ("131052G308T", &[]),
            ("131052-000V", &[]),
            ("310252-308Y", &[]),
            ("Tilaus 12.3.2024 klo 12.30", &[]),
            ("131052-308T131052-308T", &[]),
            ("ääää131052", &[]),
        ];
        for &(text, want) in cases {
            let got: Vec<_> = find(text)
                .into_iter()
                .map(|(s, e, _)| &text[s..e])
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn redacts_individual_number() {
        assert_eq!(find("131052-308T")[0].2, "131052-***T");
        assert_eq!(find("010594Y9021")[0].2, "010594Y***1");
    }

    #[test]
    fn temporary_option() {
        let d = HetuDetector::new(false);
        let mut out = Vec::new();
        d.find(
            "131052-9993 ja 131052-308T",
            &DetectorContext::default(),
            &mut out,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].start, 15);
    }

    /// `tests/data/identifiers/hetu.tsv`: every valid code is found exactly once, alone
    /// and inside a sentence; no invalid one is found.
    #[test]
    fn vectors_from_other_implementations() {
        let vectors = super::super::test_vectors("hetu.tsv");
        let mut checked = 0;
        for (value, valid) in &vectors {
            let (value, valid) = (value.as_str(), *valid);
            let code = value.trim();
            for (prefix, suffix) in [
                ("", ""),
                ("Asiakkaan henkilötunnus on ", ", soita hänelle."),
                ("Hetu:", "\n"),
                ("(", ")"),
            ] {
                let text = format!("{prefix}{value}{suffix}");
                let got = find(&text);
                if valid {
                    let start = prefix.len() + value.find(code).unwrap();
                    assert_eq!(got.len(), 1, "{text:?}: {got:?}");
                    assert_eq!(
                        (got[0].0, got[0].1),
                        (start, start + code.len()),
                        "{text:?}"
                    );
                } else {
                    assert!(got.is_empty(), "{text:?}: {got:?}");
                }
            }
            checked += 1;
        }
        assert!(checked >= 50, "only {checked} vectors");
    }
}
