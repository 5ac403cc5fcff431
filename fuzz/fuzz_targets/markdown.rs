//! The front matter and Markdown reader: never a panic, and the post-to-file mapping stays inside
//! the file on char boundaries, monotonic and faithful.
#![no_main]

use libfuzzer_sys::fuzz_target;
use somelint_core::Draft;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Draft::markdown("fuzz.md", text) {
        Ok(draft) => {
            common::check_mapping(&draft);
            for c in draft.comments() {
                assert!(c.span.start <= c.span.end && c.span.end <= text.len());
                assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            }
            let _ = draft.platform();
        }
        Err(e) => {
            // A located error: a real line and column of this file.
            assert_eq!(e.file(), "fuzz.md");
            assert!(e.line() >= 1 && e.line() <= text.lines().count().max(1) + 1, "{e}");
            assert!(e.column() >= 1);
        }
    }
});
