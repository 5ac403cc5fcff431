//! Validating detectors: hand-written scanners for things a pattern alone cannot judge
//! (identity codes with check characters, IBANs, card numbers, phone numbers, e-mail addresses,
//! secrets, internal links).
//!
//! A detector finds candidates by shape and keeps only those that validate, so that ordinary posts
//! (dates, the switchboard's number, reference numbers) stay quiet. The organisation's own domains
//! and public contacts, given in [`DetectorContext`], are never reported.
//!
//! | name | finds | options |
//! | --- | --- | --- |
//! | `hetu` | Finnish personal identity codes (check character, date, century signs of 2023) | `temporary: bool` (default `true`: codes 900–999 count) |
//! | `iban` | IBANs, any registry country, mod-97, with or without spaces | `countries: [FI, ...]` (default: all) |
//! | `payment_card` | Luhn-valid card numbers with a card-network prefix, 13–19 digits | none |
//! | `phone` | Finnish mobile, landline and service numbers, and `+`-prefixed foreign ones | `kinds: [mobile, landline, service, international]` (default: all) |
//! | `email` | e-mail addresses outside the organisation's domains | `domains: [gmail.com, ...]`: only addresses there (and in subdomains) |
//! | `secret` | passwords and PINs after a keyword, API keys and private keys, high-entropy tokens | `kinds: [keyword, key, entropy]` (default: all) |
//! | `internal_link` | intranet, cloud-document, private-address and token-carrying links | none |
//! | `url` | plain links (`http://`, `https://`, `www.`) | none |
//! | `street_address` | street addresses (`Rantatie 5 B 12`) and how the text introduces them | `kinds: [home, from, resident, street]` (default: all) |
//!
//! Every detector scans in linear time, never panics on any UTF-8 input, and returns hits sorted
//! by start offset and not overlapping one another.

use crate::model::DetectorSpec;

mod address;
mod capitals;
mod classifier;
mod email;
mod hetu;
mod iban;
mod internal_link;
mod payment_card;
mod person;
mod phone;
mod scan;
mod secret;
#[cfg(test)]
mod traps;
mod url;

/// What a detector knows about the organisation whose draft it scans.
#[derive(Debug, Clone, Default)]
pub(crate) struct DetectorContext {
    /// The organisation's own domains (`suomussalmi.fi`): addresses and links there are public.
    pub(crate) domains: Vec<String>,
    /// Numbers, addresses and accounts that may be published, as the config lists them.
    pub(crate) public_contacts: Vec<String>,
    /// The organisation's own people (`signature.names`).
    pub(crate) known_people: Vec<String>,
    /// The organisation's own acronyms, which may be written in capitals.
    pub(crate) acronyms: Vec<String>,
}

impl DetectorContext {
    /// What the config says about the organisation.
    pub(crate) fn of(config: &crate::model::Config) -> Self {
        DetectorContext {
            domains: config.organisation.domains.clone(),
            public_contacts: config.organisation.public_contacts.clone(),
            known_people: config.signature.names.clone(),
            acronyms: config.organisation.acronyms.clone(),
        }
    }
}

/// One validated finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DetectorHit {
    /// Which kind of thing was found, for detectors that report several kinds to rules that
    /// each want some of them (the `person` detector: the index in `PersonKind::ALL`); 0
    /// otherwise.
    pub(crate) kind: u8,
    /// Byte offset of the start of the value.
    pub(crate) start: usize,
    /// Byte offset just past the value.
    pub(crate) end: usize,
    /// The value with its confidential part masked (`131052-***T`, `FI21 **** **** **** 85`),
    /// for machine-readable output.
    pub(crate) redacted: String,
}

impl DetectorHit {
    /// A hit of kind 0 at `r`, its text as it stands (nothing in it to mask).
    pub(crate) fn plain(text: &str, r: std::ops::Range<usize>) -> Self {
        DetectorHit {
            kind: 0,
            start: r.start,
            end: r.end,
            redacted: text[r].to_string(),
        }
    }
}

/// A compiled detector.
pub(crate) trait Detector: std::fmt::Debug + Send + Sync {
    /// The detector's name as rule files write it (`hetu`), for tests' reports.
    #[cfg_attr(not(test), allow(dead_code))]
    fn name(&self) -> &'static str;
    /// Appends every validated finding in `text` to `out`, in order of start offset.
    fn find(&self, text: &str, ctx: &DetectorContext, out: &mut Vec<DetectorHit>);
}

/// Texts longer than this are scanned piece by piece (see [`scan`]).
const PIECE: usize = 256 << 10;
/// The text a detector sees on each side of a piece, for context words and for values that
/// run past the piece's end.
const MARGIN: usize = 512;

/// Runs `det` over `text`, calling `f` with each finding in order.
///
/// A long text is scanned in pieces that end after whitespace, each with [`MARGIN`] bytes of
/// context on both sides; a piece keeps the findings that start inside it. So a detector's own
/// working memory (its candidates, its per-character state) is that of one piece, however long
/// the draft, and the findings are the same wherever a value or its context words fall.
/// Whether a detector reads `text` whole, not piece by piece (see [`scan`]).
pub(crate) fn read_whole(text: &str) -> bool {
    text.len() <= PIECE + 2 * MARGIN
}

pub(crate) fn scan(
    det: &dyn Detector,
    text: &str,
    ctx: &DetectorContext,
    mut f: impl FnMut(DetectorHit),
) {
    let mut buf = Vec::new();
    if read_whole(text) {
        det.find(text, ctx, &mut buf);
        buf.into_iter().for_each(f);
        return;
    }
    let mut last_end = 0;
    for piece in somelint_fi::tokens::pieces(text, PIECE) {
        // Context from just after a break at least MARGIN bytes back (or from a character
        // boundary when there is none), to a break at least MARGIN bytes on.
        let back = crate::errors::floor_char_boundary(text, piece.start.saturating_sub(MARGIN));
        let from = text[back..piece.start]
            .find([' ', '\t', '\n'])
            .map_or(back, |i| back + i + 1);
        let to = somelint_fi::tokens::pieces(&text[piece.end..], MARGIN)
            .next()
            .map_or(piece.end, |r| piece.end + r.end);
        buf.clear();
        det.find(&text[from..to], ctx, &mut buf);
        for mut h in buf.drain(..) {
            h.start += from;
            h.end += from;
            if h.start >= piece.start && h.start < piece.end && h.start >= last_end {
                last_end = h.end;
                f(h);
            }
        }
    }
}

/// Builds the detector `spec` describes, or names the option that is wrong and why.
pub(crate) fn build(
    spec: &DetectorSpec,
    ctx: &DetectorContext,
) -> Result<Box<dyn Detector>, (&'static str, String)> {
    Ok(match spec {
        DetectorSpec::Hetu { temporary } => Box::new(hetu::HetuDetector::new(*temporary)),
        DetectorSpec::Iban { countries } => {
            Box::new(iban::IbanDetector::new(countries).map_err(|m| ("countries", m))?)
        }
        DetectorSpec::PaymentCard => Box::new(payment_card::CardDetector),
        DetectorSpec::Phone { kinds } => Box::new(phone::PhoneDetector::new(kinds)),
        DetectorSpec::Email { domains } => Box::new(email::EmailDetector {
            only: domains.clone(),
        }),
        DetectorSpec::Secret { kinds } => Box::new(secret::SecretDetector::new(kinds)),
        DetectorSpec::InternalLink => Box::new(internal_link::InternalLinkDetector),
        DetectorSpec::Url => Box::new(url::UrlDetector),
        DetectorSpec::Person { kinds } => {
            Box::new(person::PersonDetector::new(kinds, &ctx.known_people))
        }
        DetectorSpec::StreetAddress { kinds } => Box::new(address::AddressDetector {
            kinds: kinds.clone(),
        }),
        DetectorSpec::Signature => Box::new(person::SignatureDetector::new(&ctx.known_people)),
        DetectorSpec::Capitals => Box::new(capitals::CapitalsDetector::new(&ctx.acronyms)),
        DetectorSpec::Classifier {
            model,
            threshold_permille,
        } => Box::new(classifier::ClassifierDetector {
            model: *model,
            threshold: f32::from(*threshold_permille) / 1000.0,
        }),
    })
}

/// Builds a detector from its name and options as a rule file writes them (`"{kinds: [key]}"`).
#[cfg(test)]
pub(crate) fn build_for_test(name: &str, options: &str) -> Result<Box<dyn Detector>, String> {
    use crate::model::{convert, raw, Simple, YamlPath};
    let options: Option<raw::RawDetectorOptions> =
        serde_yaml::from_str(options).map_err(|e| e.to_string())?;
    let raw = raw::RawMatch {
        detector: Some(name.to_string()),
        options,
        ..Default::default()
    };
    match convert::simple(raw, &YamlPath::root()).map_err(|e| e.message)? {
        Simple::Detector(spec) => build(&spec, &DetectorContext::default()).map_err(|(_, m)| m),
        _ => unreachable!("a detector"),
    }
}

/// Masks all but the first `keep_start` and last `keep_end` characters of `value` with `*`,
/// keeping spaces and separators as they are.
pub(crate) fn mask(value: &str, keep_start: usize, keep_end: usize) -> String {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if !c.is_alphanumeric() {
                return c;
            }
            seen += 1;
            if seen <= keep_start || seen + keep_end > total {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// `(value, valid)` rows of a table in `tests/data/identifiers/` (see its README for where
/// the values come from).
#[cfg(test)]
pub(crate) fn test_vectors(file: &str) -> Vec<(String, bool)> {
    let path = format!(
        "{}/tests/data/identifiers/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}; the test vectors are part of the repository"));
    let rows: Vec<(String, bool)> = data
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let (value, valid) = (cols.next()?, cols.next()?);
            Some((value.to_string(), valid.trim() == "1"))
        })
        .collect();
    assert!(rows.len() > 10, "{path} holds only {} rows", rows.len());
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keeping_separators() {
        assert_eq!(
            mask("FI21 1234 5600 0007 85", 4, 2),
            "FI21 **** **** **** 85"
        );
        assert_eq!(mask("abc", 2, 2), "abc");
    }

    /// The options a detector cannot do without (the classifier's model), or none.
    fn minimal_options(name: &str) -> &'static str {
        match name {
            "classifier" => "{model: tone}",
            _ => "null",
        }
    }

    #[test]
    fn builds_every_named_detector() {
        for &name in DetectorSpec::NAMES {
            assert!(
                build_for_test(name, minimal_options(name)).is_ok(),
                "{name}"
            );
        }
        let err = build_for_test("nope", "null").unwrap_err();
        assert!(err.contains("unknown detector `nope`"), "{err}");
    }

    #[test]
    fn rejects_unknown_and_malformed_options() {
        for &name in DetectorSpec::NAMES {
            let err =
                build_for_test(name, "{temporary: true, kinds: [x], countries: [FI]}").unwrap_err();
            assert!(
                err.contains(name) && err.contains("option"),
                "{name}: {err}"
            );
        }
        let err = build_for_test("phone", "{colour: red}").unwrap_err();
        assert!(err.contains("`colour`"), "{err}");
        let err = build_for_test("phone", "{kinds: [mobile, fax]}").unwrap_err();
        assert!(err.contains("`fax`"), "{err}");
        assert!(build_for_test("phone", "{kinds: [mobile]}").is_ok());
        assert!(build_for_test("email", "{}").is_ok());
    }

    /// Arbitrary text, including multi-byte characters right next to every kind of candidate,
    /// never makes a detector panic, and hits are sorted, non-overlapping and on char boundaries.
    #[test]
    fn never_panics_and_hits_are_well_formed() {
        let pieces = [
            "ä",
            "€",
            "😀",
            " ",
            "-",
            "+",
            "@",
            ".",
            "/",
            "\\",
            ":",
            "=",
            "(",
            ")",
            "0",
            "4",
            "040",
            "131052",
            "-308T",
            "FI21",
            "1234",
            "http://",
            "www.",
            "intra.",
            "salasana",
            "PIN",
            "AKIA",
            "eyJ",
            "x",
            "Ö",
            "\n",
            "?token=",
            "\u{a0}",
            "358",
            "koodi on ",
            "@x.fi",
            "(0)",
            "\\\\",
            "file:",
            "'",
            "\"",
            "!",
            "ghp_",
            "www.a.fi",
            "a",
            "9",
            "5",
            "#",
            "on ",
            "//",
            "?",
            "&",
            "%",
        ];
        let ctx = DetectorContext {
            known_people: Vec::new(),
            acronyms: Vec::new(),
            domains: vec!["example.fi".into()],
            public_contacts: vec!["08 6155 41".into()],
        };
        let detectors: Vec<_> = DetectorSpec::NAMES
            .iter()
            .map(|n| build_for_test(n, minimal_options(n)).unwrap())
            .collect();
        const ITERATIONS: usize = 5000;
        // A deterministic pseudo-random sequence of texts.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..ITERATIONS {
            let mut text = String::new();
            let n = (seed % 24) as usize + 1;
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            for d in &detectors {
                let mut out = Vec::new();
                d.find(&text, &ctx, &mut out);
                let mut last = 0;
                for h in &out {
                    assert!(
                        h.start >= last && h.start < h.end,
                        "{}: {text:?} {out:?}",
                        d.name()
                    );
                    assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
                    last = h.end;
                }
            }
        }
    }
}
