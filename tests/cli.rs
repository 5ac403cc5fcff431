//! The `somelint` binary as users and scripts see it: commands, options, exit codes, outputs.

mod common;

use common::{somelint, text, tmp};

// Signed by the writer, as the signature rule asks, so that only what a test is about is found.
const SWEARING: &[u8] = "Tämä on ihan perkele hyvä päätös. -Maija\n".as_bytes();
const CLEAN: &[u8] = "Kaupungintalo on suljettu juhlapyhinä.\n-Maija\n".as_bytes();

#[test]
fn exit_0_on_clean_draft_from_stdin() {
    let d = tmp();
    let out = somelint(d.path(), &[], Some(CLEAN));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn exit_1_on_swearing_with_short_output() {
    let d = tmp();
    let out = somelint(d.path(), &["-"], Some(SWEARING));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "-:1:14: error[tone.profanity] Kirosana ”perkele” ei kuulu organisaation viestintään.\n"
    );
}

#[test]
fn pretty_output_underlines_the_span_with_finnish_summary() {
    let d = tmp();
    let out = somelint(d.path(), &["check", "--format", "pretty"], Some(SWEARING));
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    assert!(s.contains("tone.profanity"), "{s}");
    assert!(s.contains("Kirosana ”perkele”"), "{s}");
    assert!(s.contains("───┬───"), "span not underlined: {s}");
    assert!(s.contains("Ohjeen kohta: Jäsenistön kuuntelu"), "{s}");
    assert!(s.contains("1 luonnos tarkistettu: 1 virhe"), "{s}");
    assert!(!s.contains('\u{1b}'), "colour codes with NO_COLOR: {s:?}");
}

#[test]
fn english_messages_with_lang_en() {
    let d = tmp();
    let out = somelint(
        d.path(),
        &["--lang", "en", "--format", "pretty"],
        Some(SWEARING),
    );
    let s = text(&out.stdout);
    assert!(s.contains("Swear word “perkele”"), "{s}");
    assert!(s.contains("1 draft checked: 1 error"), "{s}");
}

#[test]
fn json_output_follows_the_contract() {
    let d = tmp();
    std::fs::write(
        d.path().join("luonnos.txt"),
        "Hei!\nÄlä ole pöljä, perkele.\n-Maija\n",
    )
    .unwrap();
    let out = somelint(
        d.path(),
        &["check", "--format", "json", "luonnos.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let f = &v["files"][0];
    assert_eq!(f["path"], "luonnos.txt");
    assert!(f["id"].is_null());
    let diag = &f["diagnostics"][0];
    assert_eq!(diag["rule"], "tone.profanity");
    assert_eq!(diag["category"], "tone");
    assert_eq!(diag["severity"], "error");
    assert_eq!(diag["matched"], "perkele");
    assert!(diag["fix"].is_null());
    // Byte offsets; 1-based character columns ("Älä ole pöljä, " is 15 characters, 19 bytes).
    let span = &diag["span"];
    assert_eq!(span["start"], 5 + 19);
    assert_eq!(span["end"], 5 + 19 + 7);
    assert_eq!(span["line"], 2);
    assert_eq!(span["column"], 16);
    assert_eq!(span["end_line"], 2);
    assert_eq!(span["end_column"], 23);
    assert_eq!(
        v["summary"],
        serde_json::json!({"files": 1, "errors": 1, "warnings": 0, "suggestions": 0})
    );
    let keys: Vec<&str> = diag
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        ["rule", "category", "severity", "message", "help", "source", "span", "matched", "fix"]
    );
}

#[test]
fn broken_rule_file_exits_2_naming_file_line_and_column() {
    let d = tmp();
    std::fs::write(
        d.path().join("omat.yaml"),
        "pack: omat\nrules:\n  - id: tone.x\n    severity: error\n    mesage: oops\n",
    )
    .unwrap();
    let out = somelint(d.path(), &["--rules", "omat.yaml", "-"], Some(CLEAN));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stdout),
        "",
        "nothing may be written on a config error"
    );
    let err = text(&out.stderr);
    assert!(err.contains("omat.yaml:5:5"), "{err}");
    assert!(err.contains("unknown field `mesage`"), "{err}");
}

#[test]
fn semantic_rule_errors_are_located() {
    let d = tmp();
    let cases = [
        (
            "severity: fatal",
            "severity: fatal\n    message: x\n    source: s\n    match: {terms: [a]}",
            "unknown variant `fatal`",
        ),
        (
            "bad regex",
            "severity: error\n    message: x\n    source: s\n    match: {pattern: 'a(b'}",
            "invalid pattern",
        ),
        (
            "two kinds",
            "severity: error\n    message: x\n    source: s\n    match: {terms: [a], pattern: b}",
            "exactly one kind",
        ),
        (
            "unknown detector",
            "severity: error\n    message: x\n    source: s\n    match: {detector: horoscope}",
            "unknown detector",
        ),
    ];
    for (name, body, needle) in cases {
        let yaml = format!("pack: p\nrules:\n  - id: tone.x\n    {body}\n");
        std::fs::write(d.path().join("r.yaml"), yaml).unwrap();
        let out = somelint(
            d.path(),
            &["--no-builtin", "--rules", "r.yaml", "-"],
            Some(CLEAN),
        );
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(needle), "{name}: {err}");
        assert!(err.contains("r.yaml:"), "{name}: {err}");
    }
}

#[test]
fn duplicate_rule_ids_are_rejected() {
    let d = tmp();
    let rule = "  - id: tone.profanity\n    severity: error\n    message: x\n    source: s\n    match: {terms: [a]}\n";
    std::fs::write(d.path().join("r.yaml"), format!("pack: p\nrules:\n{rule}")).unwrap();
    let out = somelint(d.path(), &["--rules", "r.yaml", "-"], Some(CLEAN));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("r.yaml:3:9: duplicate rule id `tone.profanity`"),
        "{err}"
    );
}

#[test]
fn config_is_discovered_upwards_and_can_switch_rules_off() {
    let d = tmp();
    std::fs::create_dir_all(d.path().join("posts/2026")).unwrap();
    std::fs::write(d.path().join("posts/2026/a.txt"), SWEARING).unwrap();
    let out = somelint(d.path(), &["posts/2026/a.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    std::fs::write(
        d.path().join(".somelint.yaml"),
        "rules:\n  tone.profanity: off\n",
    )
    .unwrap();
    let out = somelint(d.path(), &["posts/2026/a.txt"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let out = somelint(d.path(), &["--no-config", "posts/2026/a.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    std::fs::write(d.path().join(".somelint.yaml"), "rules:\n  tone: warning\n").unwrap();
    let out = somelint(d.path(), &["posts/2026/a.txt"], None);
    assert_eq!(out.status.code(), Some(0));
    let out = somelint(
        d.path(),
        &["--fail-on", "warning", "posts/2026/a.txt"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn bad_config_exits_2_with_location() {
    let d = tmp();
    std::fs::write(
        d.path().join(".somelint.yaml"),
        "platform: facebook\nlangauge: fi\n",
    )
    .unwrap();
    let out = somelint(d.path(), &["-"], Some(CLEAN));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains(".somelint.yaml:2:1"), "{err}");
}

#[test]
fn select_and_ignore() {
    let d = tmp();
    let out = somelint(d.path(), &["--ignore", "tone", "-"], Some(SWEARING));
    assert_eq!(out.status.code(), Some(0));
    let out = somelint(
        d.path(),
        &["--select", "tone.profanity", "-"],
        Some(SWEARING),
    );
    assert_eq!(out.status.code(), Some(1));
    let out = somelint(d.path(), &["--select", "copyright", "-"], Some(SWEARING));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn unreadable_inputs_exit_2() {
    let d = tmp();
    std::fs::write(d.path().join("bad.txt"), b"Hyv\xe4\xe4 p\xe4iv\xe4\xe4").unwrap();
    let out = somelint(d.path(), &["bad.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("bad.txt") && err.contains("kohdassa 3"),
        "{err}"
    );
    std::fs::write(d.path().join("kuva.txt"), b"\x89PNG\r\n\x1a\n\x00\x00").unwrap();
    let out = somelint(d.path(), &["kuva.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("binääritiedosto"));
    let out = somelint(d.path(), &["puuttuu.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("puuttuu.txt"));
}

#[test]
fn empty_draft_is_fine() {
    let d = tmp();
    let out = somelint(d.path(), &["-"], Some(b""));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn bad_usage_exits_2() {
    let d = tmp();
    let out = somelint(d.path(), &["check", "--format", "xml"], Some(CLEAN));
    assert_eq!(out.status.code(), Some(2));
    let out = somelint(d.path(), &["explain", "tone.nonexistent"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn walks_folders_in_order_respecting_gitignore() {
    let d = tmp();
    let p = d.path();
    std::fs::create_dir_all(p.join("posts/b")).unwrap();
    std::fs::create_dir_all(p.join("arkisto")).unwrap();
    std::fs::write(p.join("posts/b/2.md"), SWEARING).unwrap();
    std::fs::write(p.join("posts/1.txt"), SWEARING).unwrap();
    std::fs::write(p.join("posts/kuva.png"), SWEARING).unwrap();
    std::fs::write(p.join("posts/.piilo.md"), SWEARING).unwrap();
    std::fs::write(p.join("posts/vanha.md"), SWEARING).unwrap();
    std::fs::write(p.join(".gitignore"), "vanha.md\n").unwrap();
    std::fs::write(p.join("arkisto/x.md"), SWEARING).unwrap();
    std::fs::write(p.join(".somelint.yaml"), "ignore: [\"arkisto/**\"]\n").unwrap();
    let out = somelint(p, &["."], None);
    let s = text(&out.stdout);
    let paths: Vec<&str> = s.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(paths, ["./posts/1.txt", "./posts/b/2.md"], "{s}");
}

#[test]
fn rules_lists_as_json() {
    let d = tmp();
    let out = somelint(d.path(), &["rules", "--format", "json"], None);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "tone.profanity")
        .unwrap();
    assert_eq!(first["category"], "tone");
    assert_eq!(first["severity"], "error");
    assert!(first["source"]
        .as_str()
        .unwrap()
        .starts_with("Jäsenistön kuuntelu ja vuorovaikutus"));
}

#[test]
fn explain_shows_source_and_examples() {
    let d = tmp();
    let out = somelint(d.path(), &["explain", "tone.profanity"], None);
    assert_eq!(out.status.code(), Some(0));
    let s = text(&out.stdout);
    assert!(s.contains("Ohjeen kohta: Jäsenistön kuuntelu"), "{s}");
    assert!(s.contains("vinkki 7: Älä provosoidu."), "{s}");
    assert!(s.contains("Julkaisija: Opiskelijakunnan"), "{s}");
    assert!(s.contains("Huonoja esimerkkejä"), "{s}");
    // A word list has no doubt; a rule that reads manner says when a text model makes it a
    // suggestion.
    assert!(!s.contains("Epäily"), "{s}");
    let out = somelint(d.path(), &["explain", "tone.sarcasm", "--lang", "en"], None);
    let s = text(&out.stdout);
    assert!(
        s.contains("Doubt: a suggestion on a draft of at least 25 words that the text model `tone` scores below 0.25"),
        "{s}"
    );
}

#[test]
fn rules_test_passes_for_builtin_and_fails_for_broken_examples() {
    let d = tmp();
    let out = somelint(d.path(), &["rules", "test"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    std::fs::write(
        d.path().join("r.yaml"),
        "pack: p\nrules:\n  - id: tone.omat\n    severity: warning\n    message: x\n    source: s\n    match: {pattern: '\\b#kirosana'}\n    examples:\n      bad: [\"Ihan #kirosana\"]\n  - id: tone.hiljainen\n    severity: warning\n    message: x\n    source: s\n    match: {terms: [sana]}\n",
    )
    .unwrap();
    let out = somelint(d.path(), &["rules", "test", "r.yaml"], None);
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    assert!(
        s.contains("FAIL tone.omat: bad example does not fire"),
        "{s}"
    );
    assert!(s.contains("FAIL tone.omat: pattern"), "{s}");
    assert!(
        s.contains("FAIL tone.hiljainen: has no `bad` examples"),
        "{s}"
    );
    assert!(s.contains("0 kunnossa, 2 virheellistä"), "{s}");
}

#[test]
fn init_writes_a_valid_starter_config_once() {
    let d = tmp();
    let out = somelint(d.path(), &["init"], None);
    assert_eq!(out.status.code(), Some(0));
    let cfg = std::fs::read_to_string(d.path().join(".somelint.yaml")).unwrap();
    assert!(cfg.contains("public_contacts"));
    let out = somelint(d.path(), &["-"], Some(CLEAN));
    assert_eq!(
        out.status.code(),
        Some(0),
        "starter config must load: {}",
        text(&out.stderr)
    );
    let out = somelint(d.path(), &["init"], None);
    assert_eq!(out.status.code(), Some(2), "must not overwrite");
}

#[test]
fn fix_applies_safe_swaps_atomically_and_never_on_stdin() {
    let d = tmp();
    let rules = "pack: p\nrules:\n  - id: readability.kirjakieli\n    severity: suggestion\n    message: \"”{match}” → ”{fix}”\"\n    source: s\n    match:\n      swap: {netti: verkko}\n    examples:\n      bad: [netti]\n";
    std::fs::write(d.path().join("r.yaml"), rules).unwrap();
    std::fs::write(d.path().join("a.txt"), "Netti ja netti.\n").unwrap();
    let out = somelint(d.path(), &["--rules", "r.yaml", "--fix", "a.txt"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(d.path().join("a.txt")).unwrap(),
        "Verkko ja verkko.\n"
    );
    let leftovers: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".somelint-fix"))
        .collect();
    assert!(leftovers.is_empty());
    let out = somelint(
        d.path(),
        &["--rules", "r.yaml", "--fix", "-"],
        Some(b"netti"),
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn jsonl_records_are_reported_by_id() {
    let d = tmp();
    std::fs::write(
        d.path().join("arkisto.jsonl"),
        "{\"id\": \"p1\", \"text\": \"Hyvää joulua!\"}\n{\"id\": 2, \"text\": \"Perkele.\", \"platform\": \"x\"}\n",
    )
    .unwrap();
    let out = somelint(d.path(), &["--format", "json", "arkisto.jsonl"], None);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["id"], "p1");
    assert_eq!(v["files"][1]["id"], "2");
    assert_eq!(v["files"][1]["diagnostics"][0]["span"]["start"], 0);
    assert_eq!(v["summary"]["files"], 2);
}

#[test]
fn inline_suppression_in_markdown() {
    let d = tmp();
    let md = "Perkele yksi.\n<!-- somelint-disable-next-line tone.profanity -- lainaus asiakkaalta -->\nPerkele kaksi.\n<!-- somelint-disable tone -->\nPerkele kolme.\n<!-- somelint-enable tone -->\nPerkele neljä.\n<!-- somelint-disable copyright -->\n-Maija\n";
    std::fs::write(d.path().join("a.md"), md).unwrap();
    let out = somelint(
        d.path(),
        &["--format", "short", "--fail-on", "suggestion", "a.md"],
        None,
    );
    let s = text(&out.stdout);
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 3, "{s}");
    assert!(
        lines[0].starts_with("a.md:1:1: error[tone.profanity]"),
        "{s}"
    );
    assert!(
        lines[1].starts_with("a.md:7:1: error[tone.profanity]"),
        "{s}"
    );
    assert!(
        lines[2].starts_with("a.md:8:1: suggestion[somelint.unused_suppression]"),
        "{s}"
    );
    let out = somelint(d.path(), &["--format", "sarif", "a.md"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    let suppressed = results
        .iter()
        .filter(|r| r["suppressions"].is_array())
        .count();
    assert_eq!(suppressed, 2);
}

#[test]
fn a_text_models_doubt_makes_a_suggestion_unless_the_config_turns_it_off() {
    // A public notice that two items were handled behind closed doors: the confidential rules
    // see a closed meeting, the text model a notice.
    let d = tmp();
    std::fs::write(
        d.path().join("p.txt"),
        "Kirkkoneuvoston kokouksen 18.3. pöytäkirja on nähtävillä seurakuntakeskuksen \
         ilmoitustaululla ja verkkosivuilla 25.3.–8.4. Pykälät 12 ja 13 käsiteltiin suljetussa \
         kokouksessa, eikä niitä julkaista. Muut päätökset, mm. diakonian avustusmäärärahojen \
         jakoperusteet vuodelle 2025, löytyvät seurakunnan verkkosivuilta.\n\n- Maija\n",
    )
    .unwrap();
    let run = |d: &std::path::Path| {
        let out = somelint(d, &["check", "--format", "short", "p.txt"], None);
        (out.status.code(), text(&out.stdout))
    };
    let (code, s) = run(d.path());
    assert_eq!(code, Some(0), "{s}");
    assert!(s.contains("suggestion[confidential.closed-meeting]"), "{s}");
    std::fs::write(d.path().join(".somelint.yaml"), "models:\n  doubt: false\n").unwrap();
    let (code, s) = run(d.path());
    assert_eq!(code, Some(1), "{s}");
    assert!(s.contains("error[confidential.closed-meeting]"), "{s}");
    std::fs::write(d.path().join(".somelint.yaml"), "models:\n  doubt: maybe\n").unwrap();
    let out = somelint(d.path(), &["check", "p.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains(".somelint.yaml:2:10"), "{err}");
}
