//! The rule-file loader on arbitrary text: either a located error or rules that compile and run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use somelint_core::{Draft, LintOptions, Linter, RuleSet, SourceFile};

#[path = "common.rs"]
mod common;

const SAMPLE: &str = "---\nplatform: x\nimage: kuva.jpg\n---\nTämä on ihan perkeleen hyvä päätös! \
Soita 040 123 4567 tai kirjoita maija@example.com, hetu 131052-308T.\n\
<!-- somelint-disable-next-line tone -->\nLue lisää https://bit.ly/abc #Suomussalmi @kunta 😀😀😀\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut set = RuleSet::new();
    match set.add_file(SourceFile::new("fuzz.yaml", text)) {
        Ok(()) => {
            let Ok(linter) = Linter::new(&set, LintOptions::default()) else {
                return;
            };
            for draft in [
                Draft::markdown("sample.md", SAMPLE).expect("sample parses"),
                Draft::text(text),
            ] {
                let report = linter.lint(&draft);
                common::check_report(&draft, &report, draft.source() == draft.post());
            }
        }
        Err(e) => {
            assert_eq!(e.file(), "fuzz.yaml");
            assert!(e.line() >= 1 && e.column() >= 1);
        }
    }
});
