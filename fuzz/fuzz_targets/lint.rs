//! The linter with the built-in packs on arbitrary text, as plain text and as Markdown, for every
//! channel: never a panic, every span inside the text on char boundaries.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use somelint_core::{Draft, LintOptions, Linter, Platform, RuleSet};

#[path = "common.rs"]
mod common;

fn linters() -> &'static Vec<Linter> {
    static LINTERS: OnceLock<Vec<Linter>> = OnceLock::new();
    LINTERS.get_or_init(|| {
        let rules = RuleSet::builtin();
        std::iter::once(None)
            .chain(Platform::ALL.into_iter().map(Some))
            .map(|platform| {
                let options = LintOptions {
                    platform,
                    ..LintOptions::default()
                };
                Linter::new(&rules, options).expect("built-in packs compile")
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let linters = linters();
    let linter = &linters[usize::from(choice) % linters.len()];
    let draft = Draft::text(text);
    let report = linter.lint(&draft);
    common::check_report(&draft, &report, true);
    if let Ok(draft) = Draft::markdown("fuzz.md", text) {
        let report = linter.lint(&draft);
        common::check_report(&draft, &report, false);
    }
});
