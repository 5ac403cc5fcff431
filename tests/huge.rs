//! Huge drafts are refused above `--max-draft-bytes`, and the rest of the run goes on. Memory with
//! the limit raised is tested in `tests/memory.rs`, time in `tests/scaling.rs`.

mod common;

use common::{somelint, text, tmp};

#[test]
fn drafts_over_the_limit_are_refused_and_the_rest_checked() {
    let d = tmp();
    std::fs::write(d.path().join("iso.txt"), "sana ".repeat(420_000)).unwrap(); // 2.0 MiB + …
    std::fs::write(d.path().join("pieni.txt"), "Tämä on perkeleen hyvä.").unwrap();
    let args = ["--no-config", "--format", "short", "iso.txt", "pieni.txt"];
    let out = somelint(d.path(), &args, None);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("iso.txt")
            && stderr.contains("yli 2 MiB:n rajan")
            && stderr.contains("--max-draft-bytes"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("iso.txt").count(), 1, "said once: {stderr}");
    assert!(
        stdout.contains("pieni.txt:1:"),
        "the other draft is checked: {stdout}"
    );
    // Raised, the same draft is checked.
    let mut raised = vec!["--max-draft-bytes", "3M"];
    raised.extend(args);
    let out = somelint(d.path(), &raised, None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    // Standard input too, read no further than the limit allows.
    let out = somelint(
        d.path(),
        &["--no-config", "--max-draft-bytes", "1K", "-"],
        Some("a ".repeat(1000).as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("-: luonnos on 2 KiB, yli 1 KiB:n rajan"));
    // In English when asked.
    let out = somelint(
        d.path(),
        &[
            "--no-config",
            "--lang",
            "en",
            "--max-draft-bytes",
            "1K",
            "-",
        ],
        Some("a ".repeat(1000).as_bytes()),
    );
    assert!(text(&out.stderr).contains("-: the draft is 2 KiB, over the 1 KiB limit"));
}

#[test]
fn jsonl_records_over_the_limit_are_named_by_id() {
    let d = tmp();
    let long = "sana ".repeat(400);
    let huge = "\\u00e4".repeat(10_000); // a line far longer than any record within the limit
    let lines = [
        r#"{"id": "eka", "text": "Tämä on perkeleen hyvä."}"#.to_string(),
        format!(r#"{{"id": "pitka", "text": "{long}"}}"#),
        format!(r#"{{"id": 77, "text": "{huge}"}}"#),
        r#"{"id": "vika", "text": "Saatanan hyvä."}"#.to_string(),
    ];
    std::fs::write(d.path().join("arkisto.jsonl"), lines.join("\n")).unwrap();
    let out = somelint(
        d.path(),
        &[
            "--no-config",
            "--max-draft-bytes",
            "1K",
            "--format",
            "short",
            "arkisto.jsonl",
        ],
        None,
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("arkisto.jsonl:2: tietue `pitka` on 2 KiB"),
        "{stderr}"
    );
    assert!(
        stderr.contains("arkisto.jsonl:3: tietue `77` on"),
        "{stderr}"
    );
    assert!(
        stdout.contains("eka") && stdout.contains("vika"),
        "{stdout}"
    );
}
