//! Runs the real binary on every draft under `fixtures/` and compares its findings with the
//! `.expected` file beside the draft (short format, unredacted, one finding a line).
//!
//! `SOMELINT_BLESS=1 cargo test --test fixtures` rewrites the expected files after a deliberate
//! change; review the diff before committing.

use std::path::{Path, PathBuf};
use std::process::Command;

fn drafts(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        // The evaluation corpus is labelled jsonl with its own test (tests/corpus.rs).
        if p.is_dir() && p.file_name().is_some_and(|n| n != "corpus") {
            drafts(&p, out);
        } else if matches!(p.extension().and_then(|e| e.to_str()), Some("md" | "txt")) {
            out.push(p);
        }
    }
}

#[test]
fn fixtures_match_expected_findings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    drafts(&root.join("fixtures"), &mut files);
    assert!(!files.is_empty(), "no fixtures found");
    let bless = std::env::var_os("SOMELINT_BLESS").is_some();
    let mut failures = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(root).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_somelint"))
            .current_dir(root)
            .args([
                "check",
                "--format",
                "short",
                "--no-redact",
                "--fail-on",
                "suggestion",
            ])
            .arg(rel)
            .output()
            .unwrap();
        let code = out.status.code().unwrap_or(-1);
        assert!(
            code == 0 || code == 1,
            "{}: exit {code}: {}",
            rel.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let actual = String::from_utf8(out.stdout).unwrap();
        let expected_path = file.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!(
                "{} has no .expected file; run with SOMELINT_BLESS=1",
                rel.display()
            )
        });
        if actual != expected {
            failures.push(format!(
                "{}\n--- expected\n{expected}--- actual\n{actual}",
                rel.display()
            ));
        }
        // Exit code agrees with the findings: 1 exactly when something was found.
        assert_eq!(code == 1, !actual.trim().is_empty(), "{}", rel.display());
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    println!("{} fixtures checked", files.len());
}
