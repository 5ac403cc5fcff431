//! The config loader on arbitrary text: either a located error or a config the built-in packs
//! compile and run with.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use somelint_core::{Config, Draft, LintOptions, Linter, RuleSet, SourceFile};

#[path = "common.rs"]
mod common;

const SAMPLE: &str = "Tämä on ihan perkeleen hyvä päätös! Soita 08 6155 41 tai 040 123 4567, \
maija@suomussalmi.fi, https://suomussalmi.fi/x #Suomussalmi\n– Maija Meikäläinen\n";

fn builtin() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(RuleSet::builtin)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Config::parse(&SourceFile::new("fuzz.somelint.yaml", text)) {
        Ok(config) => {
            let options = LintOptions {
                config,
                ..LintOptions::default()
            };
            let Ok(linter) = Linter::new(builtin(), options) else {
                return;
            };
            let draft = Draft::text(SAMPLE);
            let report = linter.lint(&draft);
            common::check_report(&draft, &report, true);
        }
        Err(e) => {
            assert_eq!(e.file(), "fuzz.somelint.yaml");
            assert!(e.line() >= 1 && e.column() >= 1);
        }
    }
});
