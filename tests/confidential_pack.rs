//! The `confidential` pack measured on its test set, and redaction of its matches.
//!
//! `fixtures/confidential/leak/` holds drafts that leak something; the part of the file name before
//! `--` names the intended rules (`hetu+phone--ilmoittautuneet.md` → `confidential.hetu` and
//! `confidential.phone`). `fixtures/confidential/clean/` holds ordinary posts full of traps (dates,
//! the switchboard's number, reference numbers, general health and welfare talk) that must stay
//! quiet. The set's `.somelint.yaml` lists the organisation's domain and public contacts.
//!
//! A rule and its `-named` twin (`confidential.health`, `confidential.health-named`) find the same
//! leak by different person markers, so they count as one intended rule.
//!
//! Recall: leak drafts on which every intended rule fired. Precision: confidential findings whose
//! rule is intended for their draft. False alarms: confidential findings on clean drafts.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn somelint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_somelint"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `confidential.health-named` → `health`.
fn family(rule: &str) -> String {
    let name = rule.strip_prefix("confidential.").unwrap_or(rule);
    name.strip_suffix("-named").unwrap_or(name).to_string()
}

/// The rule families a leak draft's file name declares.
fn intended(file: &str) -> Vec<String> {
    let stem = file.split("--").next().unwrap_or_default();
    stem.split('+').map(family).collect()
}

/// `(path, rule ids found)` for every draft under `fixtures/confidential/<sub>`.
fn findings(sub: &str) -> Vec<(String, Vec<String>)> {
    let dir = format!("fixtures/confidential/{sub}");
    let out = somelint(
        root(),
        &[
            "check",
            "--format",
            "json",
            "--select",
            "confidential",
            "--fail-on",
            "suggestion",
            &dir,
        ],
    );
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut files: Vec<(String, Vec<String>)> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap().replace('\\', "/");
            let rules = f["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["rule"].as_str().unwrap().to_string())
                .collect();
            (path, rules)
        })
        .collect();
    files.sort();
    // Every draft in the folder is reported, even the ones with no findings.
    let on_disk = std::fs::read_dir(root().join(&dir))
        .unwrap()
        .flatten()
        .filter(|e| {
            let n = e.file_name();
            let n = n.to_string_lossy();
            n.ends_with(".txt") || n.ends_with(".md")
        })
        .count();
    assert_eq!(files.len(), on_disk, "{dir}: {files:?}");
    files
}

#[derive(Default)]
struct Row {
    drafts: usize,
    recalled: usize,
    findings: usize,
    intended: usize,
}

#[test]
fn recall_precision_and_no_false_alarms() {
    let leak = findings("leak");
    let clean = findings("clean");
    assert!(leak.len() >= 30, "only {} leak drafts", leak.len());
    assert!(clean.len() >= 30, "only {} clean drafts", clean.len());

    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    let mut missed = Vec::new();
    let mut unintended = Vec::new();
    for (path, rules) in &leak {
        let name = path.rsplit('/').next().unwrap();
        let want = intended(name);
        for w in &want {
            let row = rows.entry(w.clone()).or_default();
            row.drafts += 1;
        }
        let found: Vec<String> = rules.iter().map(|r| family(r)).collect();
        if want.iter().all(|w| found.contains(w)) {
            for w in &want {
                rows.get_mut(w).unwrap().recalled += 1;
            }
        } else {
            missed.push(format!("{path}: wanted {want:?}, found {rules:?}"));
        }
        for (rule, fam) in rules.iter().zip(&found) {
            // The text model judges the whole draft and names no kind of leak: on a leak it is
            // neither intended nor a false alarm (on a clean draft it counts like any rule).
            if rule == "confidential.model" {
                continue;
            }
            let row = rows.entry(fam.clone()).or_default();
            row.findings += 1;
            if want.contains(fam) {
                row.intended += 1;
            } else {
                unintended.push(format!("{path}: {rule}"));
            }
        }
    }
    let mut false_alarms = Vec::new();
    for (path, rules) in &clean {
        for rule in rules {
            rows.entry(family(rule)).or_default().findings += 1;
            false_alarms.push(format!("{path}: {rule}"));
        }
    }

    let recalled = leak.len() - missed.len();
    let total: usize = rows.values().map(|r| r.findings).sum();
    let good: usize = rows.values().map(|r| r.intended).sum();
    let recall = recalled as f64 / leak.len() as f64;
    let precision = if total == 0 {
        1.0
    } else {
        good as f64 / total as f64
    };
    println!(
        "{:<18} {:>6} {:>8} {:>8} {:>8}",
        "rule", "drafts", "recalled", "findings", "intended"
    );
    for (name, r) in &rows {
        println!(
            "{:<18} {:>6} {:>8} {:>8} {:>8}",
            name, r.drafts, r.recalled, r.findings, r.intended
        );
    }
    println!(
        "leak drafts {}, clean drafts {}; recall {:.3} ({recalled}/{}), precision {:.3} ({good}/{total}), false alarms on clean drafts {}",
        leak.len(),
        clean.len(),
        recall,
        leak.len(),
        precision,
        false_alarms.len()
    );
    for m in &missed {
        println!("missed: {m}");
    }
    for u in &unintended {
        println!("unintended: {u}");
    }
    assert!(
        false_alarms.is_empty(),
        "false alarms on clean drafts:\n{}",
        false_alarms.join("\n")
    );
    assert!(
        recall >= 0.95,
        "recall {recall:.3} below 0.95; missed:\n{}",
        missed.join("\n")
    );
    assert!(
        precision >= 0.9,
        "precision {precision:.3} below 0.9; unintended:\n{}",
        unintended.join("\n")
    );
}

const IDENTITY_CODE: &str = "131052-308T";
const CARD: &str = "4111 1111 1111 1111";
const ACCOUNT: &str = "FI49 5000 9420 0287 30";
const PASSWORD: &str = "Lukutoukka2024!";

fn secrets_draft(dir: &Path) -> String {
    let text = format!(
        "Asiakkaan henkilötunnus on {IDENTITY_CODE}.\nKortti {CARD} löytyi kirjastosta.\nPalautus tilille {ACCOUNT}.\nVieras-wlanin salasana: {PASSWORD}\n"
    );
    std::fs::write(dir.join("luonnos.txt"), text).unwrap();
    "luonnos.txt".into()
}

fn check(dir: &Path, file: &str, extra: &[&str]) -> String {
    let mut args = vec!["check", "--no-config", "--select", "confidential", file];
    args.extend_from_slice(extra);
    let out = somelint(dir, &args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{:?}: {}",
        extra,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every value the draft leaks, with the rule that must find it.
const VALUES: [(&str, &str); 4] = [
    ("confidential.hetu", IDENTITY_CODE),
    ("confidential.payment-card", CARD),
    ("confidential.iban", ACCOUNT),
    ("confidential.secret", PASSWORD),
];

#[test]
fn machine_output_never_shows_the_full_value() {
    let d = tempfile::tempdir().unwrap();
    let file = secrets_draft(d.path());
    for format in ["json", "short", "github", "sarif"] {
        let out = check(d.path(), &file, &["--format", format]);
        for (rule, value) in VALUES {
            assert!(out.contains(rule), "{format}: {rule} missing:\n{out}");
            assert!(
                !out.contains(value),
                "{format}: `{value}` shown unredacted:\n{out}"
            );
            // Nor without its spaces, as a scanner would look for it.
            let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                !out.contains(&compact),
                "{format}: `{compact}` shown:\n{out}"
            );
        }
    }
}

#[test]
fn no_redact_shows_the_values() {
    let d = tempfile::tempdir().unwrap();
    let file = secrets_draft(d.path());
    for format in ["json", "short", "github", "sarif"] {
        let out = check(d.path(), &file, &["--format", format, "--no-redact"]);
        for (_, value) in VALUES {
            assert!(out.contains(value), "{format}: `{value}` not shown:\n{out}");
        }
    }
    let json: Value = serde_json::from_str(&check(
        d.path(),
        &file,
        &["--format", "json", "--no-redact"],
    ))
    .unwrap();
    let matched: Vec<&str> = json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["matched"].as_str().unwrap())
        .collect();
    for (_, value) in VALUES {
        assert!(matched.contains(&value), "{value} not in {matched:?}");
    }
}

#[test]
fn json_matched_is_masked_by_default() {
    let d = tempfile::tempdir().unwrap();
    let file = secrets_draft(d.path());
    let json: Value = serde_json::from_str(&check(d.path(), &file, &["--format", "json"])).unwrap();
    for diag in json["files"][0]["diagnostics"].as_array().unwrap() {
        let matched = diag["matched"].as_str().unwrap();
        assert!(matched.contains('*'), "{diag}");
    }
}

#[test]
fn pretty_view_shows_the_draft_as_written() {
    let d = tempfile::tempdir().unwrap();
    let file = secrets_draft(d.path());
    let out = check(d.path(), &file, &["--format", "pretty"]);
    for (rule, value) in VALUES {
        assert!(out.contains(rule), "{rule} missing:\n{out}");
        assert!(
            out.contains(value),
            "`{value}` not shown as written:\n{out}"
        );
    }
}

#[test]
fn identifiers_and_secrets_cannot_be_suppressed_inline() {
    let d = tempfile::tempdir().unwrap();
    let text = format!(
        "<!-- somelint-disable confidential -->\nHenkilötunnus {IDENTITY_CODE}, kortti {CARD}, salasana: {PASSWORD}\n"
    );
    std::fs::write(d.path().join("luonnos.md"), text).unwrap();
    let out = check(d.path(), "luonnos.md", &["--format", "short"]);
    for rule in [
        "confidential.hetu",
        "confidential.payment-card",
        "confidential.secret",
    ] {
        assert!(out.contains(rule), "{rule} was suppressed:\n{out}");
    }
}
