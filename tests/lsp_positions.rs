//! The language server's positions, property-tested: for random Finnish text with emoji,
//! combining marks and line breaks of every kind, every diagnostic's UTF-16 range maps back to
//! the byte span the engine reported for it.

use std::cell::RefCell;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::json;
use somelint_core::{Draft, LintOptions, Linter, RuleSet, DEFAULT_MAX_FINDINGS};

#[path = "common/lsp.rs"]
mod client;
mod common;

use client::{offset, Client};

/// Pieces the drafts are made of: plain Finnish, letters outside ASCII, emoji (surrogate pairs,
/// skin tones, flags, ZWJ sequences), combining marks, and words that rules find.
const PIECES: &[&str] = &[
    "hyvää",
    "päivää",
    "Äänekoski",
    "öljy",
    "Åland",
    "kiitos",
    "ja",
    "on",
    "tänään",
    "uimahalli",
    "👍",
    "😀",
    "👋🏽",
    "🇫🇮",
    "👨‍👩‍👧",
    "e\u{301}",
    "a\u{308}",
    "o\u{308}\u{304}",
    "perkeleen",
    "saatanan",
    "idiootti",
    "idiooteille",
    "040 123 4567",
    "131052-308T",
    "FI49 5000 9420 0287 30",
    "matti.meikalainen@example.com",
    "https://intra.example.fi/sivu",
    "#Suomussalmi",
    "@kunta",
    "!!!",
    "HUOM",
    "KAIKKI",
    "potilas",
    "Matti",
    "sairastaa",
    "syöpää",
    "-Maija",
];

const SEPARATORS: &[&str] = &[" ", " ", " ", "\n", "\r\n", "\r", ", ", ". ", "\n\n", "\t"];

fn draft() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(SEPARATORS),
        ),
        0..50,
    )
    .prop_map(|parts| parts.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

#[test]
fn every_range_maps_back_to_its_byte_span() {
    let dir = common::tmp();
    let client = RefCell::new(Client::start(dir.path(), &["--no-config"]));
    client
        .borrow_mut()
        .initialize(dir.path(), json!({}), json!({}));
    let linter = Linter::new(
        &RuleSet::builtin_for_linting(),
        LintOptions {
            max_findings: DEFAULT_MAX_FINDINGS,
            ..LintOptions::default()
        },
    )
    .unwrap();
    let count = RefCell::new(0);
    let checked = RefCell::new(0usize);
    let mut runner = TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(draft(), any::<bool>()), |(text, markdown)| {
            let mut c = client.borrow_mut();
            *count.borrow_mut() += 1;
            let n = *count.borrow();
            let (uri, language) = if markdown {
                (format!("untitled:d{n}.md"), "markdown")
            } else {
                (format!("untitled:d{n}.txt"), "plaintext")
            };
            c.open(&uri, language, 1, &text);
            let got = c.diagnostics(&uri, Some(1));
            let draft = if markdown {
                Draft::markdown(&uri, text.clone()).unwrap()
            } else {
                Draft::text(text.clone())
            };
            let want: Vec<(String, std::ops::Range<usize>)> = linter
                .lint(&draft)
                .diagnostics
                .into_iter()
                .filter(|d| !d.suppressed)
                .map(|d| (d.rule.id.clone(), d.span))
                .collect();
            let mapped: Vec<(String, std::ops::Range<usize>)> = got
                .iter()
                .map(|d| {
                    let start = offset(&text, &d["range"]["start"], true);
                    let end = offset(&text, &d["range"]["end"], true);
                    (d["code"].as_str().unwrap().to_string(), start..end)
                })
                .collect();
            prop_assert_eq!(&mapped, &want, "text {:?}", text);
            *checked.borrow_mut() += mapped.len();
            c.notify(
                "textDocument/didClose",
                json!({"textDocument": {"uri": uri}}),
            );
            Ok(())
        })
        .unwrap();
    // The drafts must have had findings for the property to say anything.
    assert!(
        *checked.borrow() > 256,
        "only {} findings",
        checked.borrow()
    );
}
