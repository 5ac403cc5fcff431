//! twitter-text's official conformance cases for the weighted length (`validate.yml`).
//!
//! Runs every case of `WeightedTweetsCounterTest` (v2 configuration, as twitter-text's
//! own conformance runners do: that section predates emoji discounting),
//! `WeightedTweetsWithDiscountedEmojiCounterTest` and `UnicodeDirectionalMarkerCounterTest`
//! (both v3) and checks every expected field exactly. The suite is kept in
//! `tests/data/twitter-text/` (Apache-2.0, see its README).

use std::path::Path;

use super::x_length::{x_weighted_length_with, XConfig};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Expected {
    weighted_length: i64,
    valid: bool,
    permillage: i64,
    display_range_start: i64,
    display_range_end: i64,
    valid_range_start: i64,
    valid_range_end: i64,
}

#[derive(Debug, Deserialize)]
struct Case {
    description: String,
    text: String,
    expected: Expected,
}

#[derive(Debug, Deserialize)]
struct Tests {
    #[serde(rename = "WeightedTweetsCounterTest")]
    weighted: Vec<Case>,
    #[serde(rename = "WeightedTweetsWithDiscountedEmojiCounterTest")]
    discounted_emoji: Vec<Case>,
    #[serde(rename = "UnicodeDirectionalMarkerCounterTest")]
    directional: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Manifest {
    tests: Tests,
}

/// Runs one section; returns (passed, failures).
fn run(section: &str, cases: &[Case], cfg: &XConfig) -> (usize, Vec<String>) {
    let mut passed = 0;
    let mut failures = Vec::new();
    for case in cases {
        let r = x_weighted_length_with(&case.text, cfg);
        let got = (
            r.weighted_length as i64,
            r.valid,
            r.permillage as i64,
            r.twitter_text.display_range_start,
            r.twitter_text.display_range_end,
            r.twitter_text.valid_range_start,
            r.twitter_text.valid_range_end,
        );
        let e = &case.expected;
        let want = (
            e.weighted_length,
            e.valid,
            e.permillage,
            e.display_range_start,
            e.display_range_end,
            e.valid_range_start,
            e.valid_range_end,
        );
        if got == want {
            passed += 1;
        } else {
            failures.push(format!(
                "{section} / {}: got {got:?}, want {want:?} \
                 (weightedLength, valid, permillage, displayRangeStart/End, validRangeStart/End)",
                case.description
            ));
        }
        // The byte offset for somelint must always be a char boundary of the original.
        assert!(
            case.text.is_char_boundary(r.valid_range_end),
            "{}",
            case.description
        );
    }
    println!("{section}: {passed}/{} passed", cases.len());
    (passed, failures)
}

#[test]
fn weighted_length_conformance() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/twitter-text/validate.yml");
    let yaml = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; the conformance suite is part of the repository",
            path.display()
        )
    });
    let manifest: Manifest = serde_yaml::from_str(&yaml).expect("validate.yml parses");
    let t = &manifest.tests;
    let sections = [
        ("WeightedTweetsCounterTest", &t.weighted, XConfig::v2()),
        (
            "WeightedTweetsWithDiscountedEmojiCounterTest",
            &t.discounted_emoji,
            XConfig::v3(),
        ),
        (
            "UnicodeDirectionalMarkerCounterTest",
            &t.directional,
            XConfig::v3(),
        ),
    ];
    let mut total = 0;
    let mut passed = 0;
    let mut failures = Vec::new();
    for (name, cases, cfg) in &sections {
        assert!(!cases.is_empty(), "{name} has no cases");
        let (p, f) = run(name, cases, cfg);
        total += cases.len();
        passed += p;
        failures.extend(f);
    }
    println!("twitter-text conformance: {passed}/{total} cases passed");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
