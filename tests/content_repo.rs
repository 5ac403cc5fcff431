//! somelint in a content repository, end to end: walking a tree of posts, Markdown positions,
//! inline suppression, SARIF (validated against the SARIF 2.1.0 schema) and GitHub annotations,
//! jsonl batch audits, `--fix` and `init`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::Value;

mod common;

use common::{somelint, text};

fn write(root: &Path, rel: &str, content: impl AsRef<[u8]>) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

/// Writes to stderr past the test harness's capture, for skips that must be seen.
fn loud(message: &str) {
    let _ = writeln!(std::io::stderr(), "\nNOTE: {message}\n");
}

// Signed by the writer, as the signature rule asks, so that only what a test is about is found.
const BAD: &str = "Tämä on ihan perkeleen hyvä päätös. -Maija\n";
const CLEAN: &str = "Kaupungintalo on suljettu juhlapyhinä.\n-Maija\n";

/// The paths of `short` output lines.
fn reported_paths(out: &Output) -> Vec<String> {
    let mut paths: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| l.split(':').next().unwrap().to_string())
        .collect();
    paths.dedup();
    paths
}

// ---------------------------------------------------------------------------------------------
// Walking

fn content_tree(p: &Path) {
    write(
        p,
        ".somelint.yaml",
        "ignore: [\"arkisto/**\", \"**/*.luonnos.md\"]\nextensions: [rst]\n",
    );
    write(p, ".gitignore", "build/\n*.tmp.md\n");
    write(p, "posts/2026/01-uusi.md", BAD);
    write(p, "posts/2026/02-toinen.MD", BAD);
    write(p, "posts/b.markdown", BAD);
    write(p, "posts/c.txt", BAD);
    write(p, "posts/d.rst", BAD);
    write(p, "posts/e.html", BAD);
    write(p, "posts/f.json", BAD);
    write(p, "posts/kuva.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00perkele");
    write(p, "posts/x.luonnos.md", BAD);
    write(p, "posts/y.tmp.md", BAD);
    write(p, "posts/.piilo.md", BAD);
    write(p, "posts/sub/.gitignore", "salainen.md\n");
    write(p, "posts/sub/salainen.md", BAD);
    write(p, "posts/sub/ok.md", BAD);
    write(p, "build/out.md", BAD);
    write(p, "arkisto/vanha.md", BAD);
    write(p, ".github/pull_request_template.md", BAD);
    // A team folder with its own config: its globs are relative to it, and it governs its files.
    write(p, "team/.somelint.yaml", "ignore: [\"vanhat/**\"]\n");
    write(p, "team/vanhat/a.md", BAD);
    write(p, "team/uusi.md", BAD);
}

#[test]
fn walking_respects_gitignore_hidden_files_config_globs_and_extensions() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    content_tree(p);
    let out = somelint(p, &["--format", "short", "."], None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        reported_paths(&out),
        [
            "./posts/2026/01-uusi.md",
            "./posts/2026/02-toinen.MD",
            "./posts/b.markdown",
            "./posts/c.txt",
            "./posts/d.rst",
            "./posts/sub/ok.md",
            "./team/uusi.md",
        ],
        "{}",
        text(&out.stdout)
    );
    // A walked file that is not text is skipped with a note, not an error.
    let err = text(&out.stderr);
    assert!(
        err.contains("posts/kuva.txt: binääritiedosto, ohitettiin"),
        "{err}"
    );
    // The same run again gives the same output, byte for byte.
    let again = somelint(p, &["--format", "short", "."], None);
    assert_eq!(out.stdout, again.stdout);
}

#[test]
fn walking_a_subfolder_or_with_an_explicit_config() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    content_tree(p);
    // Walking a subfolder still finds the config above it.
    let out = somelint(p, &["--format", "short", "posts"], None);
    assert_eq!(
        reported_paths(&out),
        [
            "posts/2026/01-uusi.md",
            "posts/2026/02-toinen.MD",
            "posts/b.markdown",
            "posts/c.txt",
            "posts/d.rst",
            "posts/sub/ok.md",
        ]
    );
    // --config: that config's globs (relative to its folder) apply to everything walked.
    let out = somelint(
        p,
        &[
            "--format",
            "short",
            "--config",
            "team/.somelint.yaml",
            "team",
        ],
        None,
    );
    assert_eq!(reported_paths(&out), ["team/uusi.md"]);
    // --no-config: no globs and no extra extensions, .gitignore and hidden files still apply.
    let out = somelint(p, &["--format", "short", "--no-config", "."], None);
    let paths = reported_paths(&out);
    assert!(
        paths.contains(&"./arkisto/vanha.md".to_string()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&"./team/vanhat/a.md".to_string()),
        "{paths:?}"
    );
    assert!(!paths.contains(&"./posts/d.rst".to_string()), "{paths:?}");
    assert!(
        !paths
            .iter()
            .any(|p| p.contains("build/") || p.contains(".tmp.")),
        "{paths:?}"
    );
}

#[test]
fn named_files_are_checked_unless_force_exclude_applies_the_globs() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    content_tree(p);
    let out = somelint(
        p,
        &["--format", "short", "arkisto/vanha.md", "posts/c.txt"],
        None,
    );
    assert_eq!(reported_paths(&out), ["arkisto/vanha.md", "posts/c.txt"]);
    let out = somelint(
        p,
        &[
            "--format",
            "short",
            "--force-exclude",
            "arkisto/vanha.md",
            "posts/x.luonnos.md",
            "team/vanhat/a.md",
            "posts/c.txt",
        ],
        None,
    );
    assert_eq!(
        reported_paths(&out),
        ["posts/c.txt"],
        "{}",
        text(&out.stderr)
    );
    // From a subfolder, with a path going up: the globs are still relative to the config.
    let out = somelint(
        &p.join("posts"),
        &[
            "--format",
            "short",
            "--force-exclude",
            "../arkisto/vanha.md",
            "c.txt",
        ],
        None,
    );
    assert_eq!(reported_paths(&out), ["c.txt"]);
    // Everything excluded: nothing checked, exit 0 (and standard input is not read).
    let out = somelint(
        p,
        &["--force-exclude", "arkisto/vanha.md"],
        Some(BAD.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn many_files_are_linted_in_parallel_and_printed_in_path_order() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    for i in 0..700 {
        let body = if i % 7 == 0 { BAD } else { CLEAN };
        write(p, &format!("posts/{:02}/{i:04}.txt", i % 13), body);
    }
    let out = somelint(p, &["--format", "short", "--select", "tone", "posts"], None);
    assert_eq!(out.status.code(), Some(1));
    let paths = reported_paths(&out);
    assert_eq!(paths.len(), 100);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    let out = somelint(p, &["--format", "json", "--select", "tone", "posts"], None);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 700);
    assert_eq!(v["summary"]["errors"], 100);
}

// ---------------------------------------------------------------------------------------------
// Markdown positions

const MARKDOWN: &str = "---\nplatform: facebook\nimage: kuva.jpg\nalt: \"Kuva kaupungintalosta\"\nauthor: perkele\n---\n<!-- Muistiinpano: perkele ei ole postausta -->\nKatso `perkele` koodina.\n\n```text\nperkele\n```\n\nÄänestä <!-- perkele --> tänään, perkele.\n";

fn json_diagnostics(out: &Output) -> Vec<Value> {
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", text(&out.stdout)));
    v["files"][0]["diagnostics"].as_array().unwrap().clone()
}

#[test]
fn markdown_positions_refer_to_the_file_as_written() {
    for eol in ["\n", "\r\n"] {
        let d = tempfile::tempdir().unwrap();
        let src = MARKDOWN.replace('\n', eol);
        write(d.path(), "posti.md", &src);
        let out = somelint(
            d.path(),
            &["--format", "json", "--select", "tone.profanity", "posti.md"],
            None,
        );
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        let diags = json_diagnostics(&out);
        // Front matter, comments and code are not post text: one finding, the last word.
        assert_eq!(diags.len(), 1, "{diags:#?}");
        let span = &diags[0]["span"];
        let start = src.rfind("perkele.").unwrap();
        assert_eq!(span["start"], start);
        assert_eq!(span["end"], start + "perkele".len());
        assert_eq!(&src[start..start + 7], "perkele");
        assert_eq!(span["line"], 14);
        // "Äänestä <!-- perkele --> tänään, " is 33 characters (36 bytes).
        assert_eq!(span["column"], 34);
        assert_eq!(span["end_line"], 14);
        assert_eq!(span["end_column"], 41);
        let short = somelint(
            d.path(),
            &[
                "--format",
                "short",
                "--select",
                "tone.profanity",
                "posti.md",
            ],
            None,
        );
        assert!(text(&short.stdout).starts_with("posti.md:14:34: error[tone.profanity]"));
        let sarif = somelint(
            d.path(),
            &[
                "--format",
                "sarif",
                "--select",
                "tone.profanity",
                "posti.md",
            ],
            None,
        );
        let v: Value = serde_json::from_slice(&sarif.stdout).unwrap();
        let region = &v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 14);
        assert_eq!(region["startColumn"], 34);
        assert_eq!(region["byteOffset"], start);
        assert_eq!(region["byteLength"], 7);
    }
}

#[test]
fn front_matter_platform_applies_and_broken_front_matter_is_located() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "rikki.md", "---\nplatform: [x\n---\nTeksti.\n");
    let out = somelint(d.path(), &["rikki.md"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("rikki.md:2:") || err.contains("rikki.md:3:"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Suppression

const UNSUPPRESSIBLE: &str = "pack: omat\nrules:\n  - id: confidential.koodi\n    severity: error\n    message: \"Ovikoodi ”{match}” on salainen.\"\n    source: \"Ohje 1\"\n    suppressible: false\n    match: {pattern: 'KOODI-[0-9]{4}'}\n    examples:\n      bad: [\"KOODI-1234\"]\n";

fn short_lines(out: &Output) -> Vec<String> {
    text(&out.stdout).lines().map(str::to_string).collect()
}

#[test]
fn disable_and_enable_by_rule_and_by_category() {
    let d = tempfile::tempdir().unwrap();
    let md = "Perkele yksi.\n<!-- somelint-disable tone.profanity -- lainaus asiakkaalta -->\nPerkele kaksi.\nPerkele kolme.\n<!-- somelint-enable tone.profanity -->\nPerkele neljä.\n<!-- somelint-disable tone -->\nPerkele viisi.\n<!-- somelint-enable -->\nPerkele kuusi.\n";
    write(d.path(), "a.md", md);
    let out = somelint(
        d.path(),
        &[
            "--format",
            "short",
            "--select",
            "tone.profanity",
            "--select",
            "somelint",
            "a.md",
        ],
        None,
    );
    let lines = short_lines(&out);
    let at: Vec<&str> = lines
        .iter()
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(at, ["a.md:1:1", "a.md:6:1", "a.md:10:1"], "{lines:#?}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn disable_next_line_covers_only_the_next_line() {
    let d = tempfile::tempdir().unwrap();
    let md = "<!-- somelint-disable-next-line tone.profanity -- sitaatti -->\nPerkele yksi.\nPerkele kaksi.\n-Maija\n";
    write(d.path(), "a.md", md);
    let out = somelint(d.path(), &["--format", "short", "a.md"], None);
    let lines = short_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].starts_with("a.md:3:1: error[tone.profanity]"),
        "{lines:#?}"
    );
}

#[test]
fn unused_suppression_is_a_suggestion() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.md",
        "Hyvää joulua.\n<!-- somelint-disable-next-line tone.profanity -->\nKaikille.\n",
    );
    // (Only the rules under test: other packs' suggestions may come and go.)
    let only = ["--select", "tone", "--select", "somelint"];
    let out = somelint(
        d.path(),
        &[&only[..], &["--format", "short", "a.md"]].concat(),
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "a suggestion does not fail by default"
    );
    let lines = short_lines(&out);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].starts_with("a.md:2:1: suggestion[somelint.unused_suppression]"),
        "{lines:#?}"
    );
    let out = somelint(
        d.path(),
        &[&only[..], &["--fail-on", "suggestion", "a.md"]].concat(),
        None,
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn unsuppressible_rules_stay_reported() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "r.yaml", UNSUPPRESSIBLE);
    write(
        d.path(),
        "a.md",
        "<!-- somelint-disable-next-line confidential.koodi -- testi -->\nOven koodi on KOODI-1234.\n<!-- somelint-disable confidential -->\nJa KOODI-5678.\n",
    );
    let out = somelint(
        d.path(),
        &[
            "--no-builtin",
            "--rules",
            "r.yaml",
            "--format",
            "json",
            "a.md",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let diags = json_diagnostics(&out);
    let rules: Vec<&str> = diags.iter().map(|d| d["rule"].as_str().unwrap()).collect();
    assert_eq!(
        rules,
        [
            "somelint.unused_suppression",
            "confidential.koodi",
            "somelint.unused_suppression",
            "confidential.koodi"
        ],
        "{diags:#?}"
    );
    let out = somelint(
        d.path(),
        &[
            "--no-builtin",
            "--rules",
            "r.yaml",
            "--format",
            "sarif",
            "a.md",
        ],
        None,
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert!(
        results.iter().all(|r| r.get("suppressions").is_none()),
        "{results:#?}"
    );
}

#[test]
fn suppressed_findings_are_marked_in_sarif_only() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.md",
        "<!-- somelint-disable tone -- lainaus -->\nPerkele.\n-Maija\n",
    );
    let out = somelint(d.path(), &["--format", "json", "a.md"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(json_diagnostics(&out).is_empty());
    let out = somelint(d.path(), &["--format", "sarif", "a.md"], None);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["ruleId"], "tone.profanity");
    assert_eq!(results[0]["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        2
    );
}

#[test]
fn comments_in_plain_text_are_post_text_and_do_not_suppress() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.txt",
        "<!-- somelint-disable tone -->\nPerkele.\n-Maija\n",
    );
    let out = somelint(d.path(), &["--format", "short", "a.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).starts_with("a.txt:2:1: error[tone.profanity]"));
}

// ---------------------------------------------------------------------------------------------
// SARIF

fn sarif_schema() -> &'static jsonschema::Validator {
    static SCHEMA: OnceLock<jsonschema::Validator> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        jsonschema::validator_for(&schema).unwrap()
    })
}

fn assert_valid_sarif(out: &Output) -> Value {
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&out.stdout)));
    let errors: Vec<String> = sarif_schema()
        .iter_errors(&v)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema violations:\n{}",
        errors.join("\n")
    );
    v
}

#[test]
fn sarif_validates_against_the_schema() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    let rules = "pack: omat\nrules:\n  - id: readability.kirjakieli\n    severity: suggestion\n    message: \"”{match}” → ”{fix}”\"\n    help: {fi: \"Kirjoita yleiskieltä.\", en: \"Write standard Finnish.\"}\n    source: \"Ohje 2\"\n    match:\n      swap: {netti: verkko}\n    examples:\n      bad: [netti]\n";
    write(p, "r.yaml", rules);
    write(p, "r2.yaml", UNSUPPRESSIBLE);
    write(p, "posts/eka juttu#1.md", "---\nplatform: x\n---\nPerkele, netti on hidas.\n<!-- somelint-disable-next-line tone -->\nPerkele taas.\n<!-- somelint-disable copyright -->\nKOODI-1234\n");
    write(p, "posts/toka.txt", CLEAN);
    write(
        p,
        "arkisto.jsonl",
        "{\"id\": \"a1\", \"text\": \"Perkele.\"}\n{\"id\": 7, \"text\": \"Hyvä.\"}\n",
    );
    for args in [
        vec![
            "--format",
            "sarif",
            "--rules",
            "r.yaml",
            "--rules",
            "r2.yaml",
            "posts",
            "arkisto.jsonl",
        ],
        vec![
            "--format",
            "sarif",
            "--lang",
            "en",
            "--no-redact",
            "--rules",
            "r.yaml",
            "--rules",
            "r2.yaml",
            "posts",
        ],
        vec!["--format", "sarif", "posts/toka.txt"],
    ] {
        let out = somelint(p, &args, None);
        assert!(
            out.status.code() == Some(0) || out.status.code() == Some(1),
            "{}",
            text(&out.stderr)
        );
        let v = assert_valid_sarif(&out);
        assert_eq!(v["version"], "2.1.0");
    }
    // Standard input, and no findings at all.
    let out = somelint(p, &["--format", "sarif", "-"], Some(CLEAN.as_bytes()));
    let v = assert_valid_sarif(&out);
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 0);
    let out = somelint(p, &["--format", "sarif", "-"], Some(BAD.as_bytes()));
    assert_valid_sarif(&out);
    // The schema really is checked: a broken log fails it.
    let mut broken: Value = serde_json::from_slice(&out.stdout).unwrap();
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!sarif_schema().is_valid(&broken));
}

#[test]
fn sarif_rule_metadata_help_and_guideline_source() {
    let d = tempfile::tempdir().unwrap();
    let out = somelint(d.path(), &["--format", "sarif", "-"], Some(BAD.as_bytes()));
    let v = assert_valid_sarif(&out);
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "somelint");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "tone.profanity");
    assert_eq!(result["level"], "error");
    let rule = &rules[result["ruleIndex"].as_u64().unwrap() as usize];
    assert_eq!(rule["id"], "tone.profanity");
    assert_eq!(rule["defaultConfiguration"]["level"], "error");
    assert_eq!(rule["properties"]["category"], "tone");
    assert!(rule["properties"]["source"]
        .as_str()
        .unwrap()
        .starts_with("Jäsenistön kuuntelu ja vuorovaikutus"));
    let help = rule["help"]["text"].as_str().unwrap();
    assert!(help.contains("Muotoile asia ilman kirosanoja."), "{help}");
    assert!(help.contains("Ohjeen kohta: Jäsenistön kuuntelu"), "{help}");
    assert!(rule["help"]["markdown"]
        .as_str()
        .unwrap()
        .contains("**Ohjeen kohta:**"));
    assert!(rule["shortDescription"]["text"]
        .as_str()
        .unwrap()
        .contains("Kirosana"));
    // Every rule is listed once, and every result's index points at its own rule.
    let mut ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    let en = somelint(
        d.path(),
        &["--format", "sarif", "--lang", "en", "-"],
        Some(BAD.as_bytes()),
    );
    let v = assert_valid_sarif(&en);
    let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    let rule = rules.iter().find(|r| r["id"] == "tone.profanity").unwrap();
    assert!(rule["help"]["text"]
        .as_str()
        .unwrap()
        .contains("Guideline: Listening to members and interaction"));
}

#[test]
fn sarif_lists_rules_of_every_config_in_the_run() {
    // Two folders with their own rule files: each result's ruleIndex must find its rule.
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    write(p, "a/.somelint.yaml", "rule_files: [omat.yaml]\n");
    write(p, "a/omat.yaml", UNSUPPRESSIBLE);
    write(p, "a/posti.txt", "KOODI-1234\n");
    write(p, "b/posti.txt", BAD);
    let out = somelint(p, &["--format", "sarif", "b", "a"], None);
    let v = assert_valid_sarif(&out);
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for r in run["results"].as_array().unwrap() {
        let i = r["ruleIndex"]
            .as_u64()
            .unwrap_or_else(|| panic!("no ruleIndex: {r}")) as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
    }
    assert!(rules.iter().any(|r| r["id"] == "confidential.koodi"));
}

fn fingerprints(out: &Output) -> Vec<(String, u64, String)> {
    let v = assert_valid_sarif(out);
    v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap().to_string(),
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap(),
                r["partialFingerprints"]["somelint/v1"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn sarif_fingerprints_are_stable_across_runs_and_edits_above() {
    let d = tempfile::tempdir().unwrap();
    let body = "Hei kaikki.\nTämä on perkeleen hyvä päätös.\nJa idiootti se oli.\n";
    write(d.path(), "posts/a.md", body);
    // The rules' findings only: the text model's verdict on the whole draft is not under test.
    let sarif = || {
        fingerprints(&somelint(
            d.path(),
            &[
                "--format",
                "sarif",
                "--select",
                "tone",
                "--ignore",
                "tone.model",
                "posts",
            ],
            None,
        ))
    };
    let first = sarif();
    assert_eq!(first.len(), 2, "{first:?}");
    assert_ne!(first[0].2, first[1].2);
    let again = sarif();
    assert_eq!(first, again);
    // Unrelated lines added above: lines move, fingerprints stay.
    write(
        d.path(),
        "posts/a.md",
        format!("---\nplatform: facebook\n---\nUusi alku.\n\n{body}"),
    );
    let moved = sarif();
    assert_eq!(moved.len(), 2);
    for (a, b) in first.iter().zip(&moved) {
        assert_eq!(a.0, b.0);
        assert_eq!(b.1, a.1 + 5);
        assert_eq!(a.2, b.2, "fingerprint changed when lines were added above");
    }
    // The same text in another file is another finding.
    write(d.path(), "posts/b.md", body);
    let two = sarif();
    assert_eq!(two.len(), 4);
    assert_ne!(two[0].2, two[2].2);
}

// ---------------------------------------------------------------------------------------------
// GitHub annotations

#[test]
fn github_annotations_escape_and_locate() {
    let d = tempfile::tempdir().unwrap();
    let rules = "pack: omat\nrules:\n  - id: tone.alennus\n    severity: warning\n    message: \"100 % alennus: ”{match}”, rivi\\nkaksi\"\n    help: \"Ei, kiitos.\"\n    source: s\n    match: {terms: [alennus]}\n    examples:\n      bad: [alennus]\n";
    write(d.path(), "r.yaml", rules);
    write(d.path(), "posts/a,b:c.md", "Hei!\nÄlä osta, alennus.\n");
    let out = somelint(
        d.path(),
        &[
            "--format",
            "github",
            "--no-builtin",
            "--rules",
            "r.yaml",
            "posts",
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "warnings do not fail: {}",
        text(&out.stderr)
    );
    let s = text(&out.stdout);
    assert_eq!(
        s,
        "::warning file=posts/a%2Cb%3Ac.md,line=2,col=11,endLine=2,endColumn=18,title=somelint tone.alennus::100 %25 alennus: ”alennus”, rivi%0Akaksi%0AEi, kiitos.\n"
    );
    // Severities map to error / warning / notice; stdin is named `-`.
    let out = somelint(d.path(), &["--format", "github", "-"], Some(BAD.as_bytes()));
    let s = text(&out.stdout);
    assert!(s.starts_with("::error file=-,line=1,col=14,endLine=1,endColumn=23,title=somelint tone.profanity::Kirosana"), "{s}");
    write(
        d.path(),
        "n.md",
        "<!-- somelint-disable tone -->\nHei.\n-Maija\n",
    );
    let out = somelint(d.path(), &["--format", "github", "n.md"], None);
    assert!(
        text(&out.stdout).starts_with("::notice file=n.md,line=1,col=1,"),
        "{}",
        text(&out.stdout)
    );
}

// ---------------------------------------------------------------------------------------------
// jsonl batch audits

fn archive(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let text = match i % 4 {
            0 => "Tämä on perkeleen hyvä päätös.",
            1 => "Mikä idiootti tämän keksi?",
            _ => "Hyvää joulua kaikille kuntalaisille.",
        };
        let platform = if i % 2 == 0 {
            ",\"platform\":\"x\""
        } else {
            ""
        };
        s.push_str(&format!(
            "{{\"id\":\"post-{i}\",\"text\":\"{text}\"{platform}}}\n"
        ));
    }
    s
}

#[test]
fn jsonl_archive_of_thousands_is_reported_by_id_with_a_summary() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "vienti.jsonl", archive(3000));
    let out = somelint(
        d.path(),
        &["--format", "json", "--select", "tone", "vienti.jsonl"],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 3000);
    for (i, f) in files.iter().enumerate() {
        assert_eq!(f["id"], format!("post-{i}"));
        assert_eq!(f["path"], "vienti.jsonl");
        let expected = if i % 4 < 2 { 1 } else { 0 };
        assert_eq!(
            f["diagnostics"].as_array().unwrap().len(),
            expected,
            "record {i}"
        );
    }
    assert_eq!(v["summary"]["errors"], 1500);
    let err = text(&out.stderr);
    assert_eq!(
        err,
        "Yhteenveto: 3000 julkaisua tarkistettu, huomautettavaa löytyi 1500 julkaisusta.\n  tone (sävy)  1500 virhettä\n"
    );
    let out = somelint(
        d.path(),
        &[
            "--format",
            "short",
            "--lang",
            "en",
            "--select",
            "tone",
            "vienti.jsonl",
        ],
        None,
    );
    assert_eq!(text(&out.stdout).lines().count(), 1500);
    assert!(text(&out.stdout).starts_with("vienti.jsonl#post-0:1:9: error[tone.profanity]"));
    assert_eq!(
        text(&out.stderr),
        "Summary: 3000 posts checked, 1500 with findings.\n  tone  1500 errors\n"
    );
    // The input format can be named, e.g. for a file without the .jsonl extension.
    write(d.path(), "vienti.txt", archive(10));
    let out = somelint(
        d.path(),
        &["--input-format", "jsonl", "--format", "json", "vienti.txt"],
        None,
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 10);
}

#[test]
fn jsonl_records_point_at_their_line_in_github_and_sarif() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "vienti.jsonl",
        "{\"id\": \"a\", \"text\": \"Hyvää joulua.\"}\n\n{\"id\": \"b\", \"text\": \"Hei.\\nTämä on perkeleen hyvä.\"}\n",
    );
    let out = somelint(
        d.path(),
        &["--format", "github", "--select", "tone", "vienti.jsonl"],
        None,
    );
    assert_eq!(
        text(&out.stdout),
        "::error file=vienti.jsonl,line=3,title=somelint tone.profanity::[b] Kirosana ”perkeleen” ei kuulu organisaation viestintään.%0AMuotoile asia ilman kirosanoja. Vastaa kritiikkiinkin asiallisesti.\n"
    );
    let out = somelint(
        d.path(),
        &["--format", "sarif", "--select", "tone", "vienti.jsonl"],
        None,
    );
    let v = assert_valid_sarif(&out);
    let r = &v["runs"][0]["results"][0];
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"],
        serde_json::json!({"startLine": 3})
    );
    assert_eq!(r["properties"]["recordId"], "b");
    assert_eq!(r["properties"]["recordSpan"]["line"], 2);
    assert_eq!(r["properties"]["recordSpan"]["column"], 9);
}

#[test]
fn jsonl_streams_in_batches() {
    // Records written to a pipe that stays open: findings of the first batch must come out
    // before the input ends, so an archive of any size is linted in bounded memory.
    let d = tempfile::tempdir().unwrap();
    let args = [
        "--input-format",
        "jsonl",
        "--format",
        "short",
        "--select",
        "tone",
        "-",
    ];
    let mut child = common::cmd(d.path(), &args).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    // More records than two batches hold (a batch is printed while the next one is linted).
    stdin.write_all(archive(2500).as_bytes()).unwrap();
    stdin.flush().unwrap();
    let first = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("no output while the input was still open: jsonl is not streamed");
    assert!(
        first.starts_with("-#post-0:1:9: error[tone.profanity]"),
        "{first}"
    );
    drop(stdin);
    let rest: Vec<String> = rx.iter().collect();
    reader.join().unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
    assert_eq!(rest.len() + 1, 1250);
}

#[test]
fn jsonl_errors_name_the_line() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.jsonl",
        "{\"id\": 1, \"text\": \"Hei.\"}\n{\"id\": 2, \"txt\": \"x\"}\n",
    );
    let out = somelint(d.path(), &["a.jsonl"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("a.jsonl:2:"),
        "{}",
        text(&out.stderr)
    );
    let out = somelint(d.path(), &["--fix", "a.jsonl"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--fix"), "{}", text(&out.stderr));
}

// ---------------------------------------------------------------------------------------------
// --fix

const SWAP_RULES: &str = "pack: p\nrules:\n  - id: readability.kirjakieli\n    severity: suggestion\n    message: \"”{match}” → ”{fix}”\"\n    source: s\n    match:\n      swap: {netti: verkko}\n    examples:\n      bad: [netti]\n";

#[cfg(unix)]
#[test]
fn fix_keeps_permissions_and_symlinks() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    write(p, "r.yaml", SWAP_RULES);
    write(p, "posts/a.md", "---\nplatform: x\n---\nNetti ja netti.\n");
    std::fs::set_permissions(p.join("posts/a.md"), std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink("a.md", p.join("posts/linkki.md")).unwrap();
    let out = somelint(p, &["--rules", "r.yaml", "--fix", "posts/a.md"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(p.join("posts/a.md")).unwrap(),
        "---\nplatform: x\n---\nVerkko ja verkko.\n"
    );
    let mode = std::fs::metadata(p.join("posts/a.md"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);
    // Fixing through a symlink writes the file it points to and keeps the link.
    write(p, "posts/a.md", "Netti.\n");
    let out = somelint(p, &["--rules", "r.yaml", "--fix", "posts/linkki.md"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(std::fs::symlink_metadata(p.join("posts/linkki.md"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        std::fs::read_to_string(p.join("posts/a.md")).unwrap(),
        "Verkko.\n"
    );
    let leftovers: Vec<_> = std::fs::read_dir(p.join("posts"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".somelint-fix"))
        .collect();
    assert!(leftovers.is_empty());
}

/// Whether this process can create files in a folder whose permission bits forbid it (root can).
#[cfg(unix)]
fn permission_bits_are_ignored(dir: &Path) -> bool {
    std::fs::write(dir.join(".probe"), b"").is_ok_and(|_| {
        let _ = std::fs::remove_file(dir.join(".probe"));
        true
    })
}

#[cfg(unix)]
#[test]
fn fix_leaves_a_file_it_cannot_write_exactly_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    write(p, "r.yaml", SWAP_RULES);
    let original = "Netti ja netti.\n";
    write(p, "lukittu/a.txt", original);
    write(p, "auki/b.txt", original);
    let locked = p.join("lukittu");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    let bin = env!("CARGO_BIN_EXE_somelint");
    let out = if !permission_bits_are_ignored(&locked) {
        somelint(
            p,
            &["--rules", "r.yaml", "--fix", "lukittu/a.txt", "auki/b.txt"],
            None,
        )
    } else {
        // Running as root, where permission bits do not stop writes: make the folder a
        // read-only bind mount in a private mount namespace instead.
        let tried = Command::new("unshare")
            .current_dir(p)
            .args([
                "-m",
                "sh",
                "-c",
                "mount --bind -o ro \"$1\" \"$1\" || exit 99; shift; exec \"$@\"",
            ])
            .arg("sh")
            .arg(&locked)
            .args([
                bin,
                "--rules",
                "r.yaml",
                "--fix",
                "lukittu/a.txt",
                "auki/b.txt",
            ])
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output();
        match tried {
            Ok(out) if out.status.code() != Some(99) && !text(&out.stderr).contains("unshare:") => {
                out
            }
            other => {
                loud(&format!(
                    "fix_leaves_a_file_it_cannot_write_exactly_as_it_was: SKIPPED the read-only \
                     case: running as root (permission bits do not stop writes) and a read-only \
                     bind mount could not be made: {other:?}"
                ));
                std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
                return;
            }
        }
    };
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("lukittu/a.txt") && err.contains("left it unchanged"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(p.join("lukittu/a.txt")).unwrap(),
        original
    );
    let entries: Vec<_> = std::fs::read_dir(&locked)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(entries, ["a.txt"]);
    // The other file was fixed all the same.
    assert_eq!(
        std::fs::read_to_string(p.join("auki/b.txt")).unwrap(),
        "Verkko ja verkko.\n"
    );
}

#[test]
fn fix_refuses_standard_input() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "r.yaml", SWAP_RULES);
    let out = somelint(d.path(), &["--rules", "r.yaml", "--fix"], Some(b"netti"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("standard input"));
    assert_eq!(text(&out.stdout), "");
}

// ---------------------------------------------------------------------------------------------
// init

#[test]
fn init_explains_every_key_in_finnish_and_english() {
    let d = tempfile::tempdir().unwrap();
    let out = somelint(d.path(), &["init"], None);
    assert_eq!(out.status.code(), Some(0));
    let cfg = std::fs::read_to_string(d.path().join(".somelint.yaml")).unwrap();
    let lines: Vec<&str> = cfg.lines().collect();
    for key in [
        "platform",
        "lang",
        "organisation",
        "name",
        "domains",
        "public_contacts",
        "signature",
        "names",
        "hashtags",
        "required_any",
        "rules",
        "rule_files",
        "ignore",
        "extensions",
    ] {
        let at = lines
            .iter()
            .position(|l| l.trim_start().starts_with(&format!("{key}:")))
            .unwrap_or_else(|| panic!("starter config lacks `{key}`:\n{cfg}"));
        // Right above the key: its explanation, in Finnish, then in English.
        let comments: Vec<&str> = lines[..at]
            .iter()
            .rev()
            .take_while(|l| l.trim_start().starts_with('#'))
            .copied()
            .collect();
        assert!(comments.len() >= 2, "`{key}` is not explained:\n{cfg}");
    }
    // It loads, and --force overwrites an edited one.
    let out = somelint(d.path(), &["-"], Some(CLEAN.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    std::fs::write(d.path().join(".somelint.yaml"), "lang: en\n").unwrap();
    let out = somelint(d.path(), &["init", "--force"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(d.path().join(".somelint.yaml")).unwrap(),
        cfg
    );
}
