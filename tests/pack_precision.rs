//! Precision and recall of the built-in guideline packs on realistic posts.
//!
//! - `fixtures/guidelines/clean/**`: posts a communications lead would publish as they are. Per
//!   category, the share of them that get any warning or error is the false-alarm rate; it must
//!   stay under 5 %. (Suggestions only advise and are counted apart.)
//! - `fixtures/guidelines/flagged/**`: each post is named `<rule id>--<what>.<ext>`; recall is
//!   the share of them on which that rule fires.
//!
//! The real binary checks each folder in one run, so configs in the folders
//! (`.somelint.yaml`, found upwards from each post) apply as they would for a user. See the
//! table with `cargo test --test pack_precision -- --nocapture`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The guideline categories (confidential has its own test set and test).
fn categories() -> impl Iterator<Item = &'static str> {
    somelint_core::registry()
        .categories
        .keys()
        .map(String::as_str)
        .filter(|c| !matches!(*c, "confidential" | "somelint"))
}

/// Maximum share of clean posts with a warning or error, per category.
const MAX_FALSE_ALARMS: f64 = 0.05;
/// Minimum share of flagged posts on which the intended rule fires.
const MIN_RECALL: f64 = 0.95;

struct Post {
    path: String,
    /// (rule id, severity)
    findings: Vec<(String, String)>,
}

fn check(dir: &Path) -> Vec<Post> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_somelint"))
        .current_dir(root)
        .args([
            "check",
            "--format",
            "json",
            "--no-redact",
            "--fail-on",
            "suggestion",
        ])
        .arg(dir.strip_prefix(root).unwrap())
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| Post {
            path: f["path"].as_str().unwrap().to_string(),
            findings: f["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    (
                        d["rule"].as_str().unwrap().to_string(),
                        d["severity"].as_str().unwrap().to_string(),
                    )
                })
                .collect(),
        })
        .collect()
}

fn category(rule: &str) -> &str {
    rule.split('.').next().unwrap_or(rule)
}

/// The rule a flagged post is meant to trigger: its file name up to `--`.
fn intended(path: &str) -> String {
    let name = Path::new(path).file_name().unwrap().to_string_lossy();
    name.split("--").next().unwrap().to_string()
}

fn pct(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        100.0 * n as f64 / of as f64
    }
}

#[test]
fn guideline_packs_are_precise_on_clean_posts_and_catch_flagged_ones() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/guidelines");
    let clean = check(&base.join("clean"));
    let flagged = check(&base.join("flagged"));
    assert!(clean.len() >= 40, "only {} clean posts", clean.len());
    assert!(!flagged.is_empty());

    // Clean posts: per category, posts with a warning or error, and posts with suggestions.
    let mut alarms: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut advised: BTreeMap<&str, usize> = BTreeMap::new();
    for post in &clean {
        for cat in categories() {
            let in_cat = |sev: &str| {
                post.findings
                    .iter()
                    .any(|(r, s)| category(r) == cat && s == sev)
            };
            if in_cat("error") || in_cat("warning") {
                let rules: Vec<&str> = post
                    .findings
                    .iter()
                    .filter(|(r, s)| category(r) == cat && s != "suggestion")
                    .map(|(r, _)| r.as_str())
                    .collect();
                alarms.entry(cat).or_default().push(format!(
                    "{} ({})",
                    post.path,
                    rules.join(", ")
                ));
            }
            if in_cat("suggestion") {
                *advised.entry(cat).or_default() += 1;
            }
        }
    }

    // Flagged posts: did the intended rule fire?
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    for post in &flagged {
        let want = intended(&post.path);
        let hit = post.findings.iter().any(|(r, _)| *r == want);
        let e = recall.entry(category(&want).to_string()).or_default();
        e.1 += 1;
        if hit {
            e.0 += 1;
        } else {
            missed.push(format!("{} (found: {:?})", post.path, post.findings));
        }
    }

    println!(
        "\n{} clean posts, {} flagged posts\n",
        clean.len(),
        flagged.len()
    );
    println!(
        "{:<14} {:>22} {:>18} {:>16}",
        "category", "false alarms (clean)", "suggestions (clean)", "recall (flagged)"
    );
    let mut failures = Vec::new();
    for cat in categories() {
        let n = alarms.get(cat).map_or(0, Vec::len);
        let rate = pct(n, clean.len());
        let s = advised.get(cat).copied().unwrap_or(0);
        let (hit, of) = recall.get(cat).copied().unwrap_or((0, 0));
        println!(
            "{:<14} {:>12} = {:>5.1} % {:>12} = {:>3.0} % {:>8} = {:>3.0} %",
            cat,
            format!("{n}/{}", clean.len()),
            rate,
            format!("{s}/{}", clean.len()),
            pct(s, clean.len()),
            format!("{hit}/{of}"),
            pct(hit, of),
        );
        if rate >= MAX_FALSE_ALARMS * 100.0 {
            failures.push(format!(
                "{cat}: {rate:.1} % of clean posts get a warning or error: {:#?}",
                alarms[cat]
            ));
        }
    }
    for (cat, posts) in &alarms {
        for p in posts {
            println!("  false alarm [{cat}]: {p}");
        }
    }
    let (hit, of) = recall
        .values()
        .fold((0, 0), |(h, o), &(a, b)| (h + a, o + b));
    println!("\noverall recall: {hit}/{of} = {:.1} %", pct(hit, of));
    for m in &missed {
        println!("  missed: {m}");
    }
    if pct(hit, of) < MIN_RECALL * 100.0 {
        failures.push(format!(
            "recall {hit}/{of} is under the target: {missed:#?}"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
