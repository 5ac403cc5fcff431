//! Robustness and security of the real binary: every kind of bad input ends in a clean exit code
//! with a named file, never a panic, a hang, a lost draft or a leaked secret. Huge drafts have
//! their own tests (`tests/huge.rs`, `tests/scaling.rs`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::{cmd, somelint, text, tmp, BIN};

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, content).unwrap();
    path
}

/// Exit code `code`, and nothing on stderr that looks like a crash.
#[track_caller]
fn assert_exit(out: &Output, code: i32) {
    let err = text(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(code),
        "status {:?}\nstderr: {err}\nstdout: {}",
        out.status,
        text(&out.stdout)
    );
    assert!(
        !err.contains("panicked") && !err.contains("overflow") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

/// The process ran to a normal end (0 or 1: findings or none), without a crash.
#[track_caller]
fn assert_linted(out: &Output) {
    let code = out.status.code();
    assert!(
        matches!(code, Some(0 | 1)),
        "status {:?}\nstderr: {}",
        out.status,
        text(&out.stderr)
    );
    assert!(!text(&out.stderr).contains("panicked"));
}

/// Whether the tests run as root, where permission bits do not stop reads or writes.
fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// A rule file of our own, so that these tests do not depend on the built-in packs' wording.
const RULES: &str = r#"pack: robustness
rules:
  - id: tone.kirosana
    severity: error
    message: "Kirosana ”{match}”."
    source: "testi"
    match: {terms: [perkele]}
  - id: confidential.tunnus
    severity: error
    message: "Henkilötunnus ”{match}” ei kuulu julkaisuun."
    source: "testi"
    match: {detector: hetu}
  - id: readability.verkkosivu
    severity: warning
    message: "Kirjoita ”verkkosivu”."
    source: "testi"
    match: {swap: {"nettisivu": "verkkosivu"}}
"#;

fn rules(dir: &Path) -> PathBuf {
    write(dir, "robustness-rules.yaml", RULES)
}

/// Runs `args` against our own rules only (`--no-builtin --rules robustness-rules.yaml`).
fn with_own_rules(dir: &Path, args: &[&str]) -> Output {
    let r = rules(dir);
    let mut all = vec!["--no-builtin", "--rules", r.to_str().unwrap()];
    all.extend_from_slice(args);
    somelint(dir, &all, None)
}

/// Runs `args` against our own rules only, with JSON output.
fn json(dir: &Path, args: &[&str]) -> (Output, serde_json::Value) {
    let mut all = vec!["--no-config", "--format", "json"];
    all.extend_from_slice(args);
    let out = with_own_rules(dir, &all);
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", text(&out.stdout), text(&out.stderr)));
    (out, v)
}

// ---------------------------------------------------------------------------------------------
// Bad drafts
// ---------------------------------------------------------------------------------------------

#[test]
fn invalid_utf8_named_file_exits_2_with_byte_offset() {
    let d = tmp();
    write(d.path(), "rikki.txt", b"Hyv\xc3\xa4 alku \xff\xfe loppu");
    let out = somelint(d.path(), &["rikki.txt"], None);
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert!(err.contains("rikki.txt"), "{err}");
    assert!(err.contains("kohdassa 11"), "{err}");
}

#[test]
fn invalid_utf8_in_walked_folder_exits_2_and_still_checks_the_rest() {
    let d = tmp();
    write(d.path(), "luonnokset/a.txt", "Tämä on perkele hyvä.\n");
    write(d.path(), "luonnokset/b.md", b"Latin-1: p\xe4\xe4t\xf6s\n");
    write(d.path(), "luonnokset/c.txt", "Toinen perkele.\n");
    let out = with_own_rules(d.path(), &["--format", "short", "luonnokset"]);
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert!(err.contains("luonnokset/b.md"), "{err}");
    assert!(err.contains("kohdassa 10"), "{err}");
    // No draft is lost: the readable ones are reported as usual.
    let s = text(&out.stdout);
    assert!(s.contains("luonnokset/a.txt:1:9"), "{s}");
    assert!(s.contains("luonnokset/c.txt:1:8"), "{s}");
}

#[test]
fn binary_files_are_skipped_when_walking_and_refused_when_named() {
    let d = tmp();
    write(
        d.path(),
        "kansio/kuva.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    );
    write(d.path(), "kansio/ok.txt", "Hyvää päivää.\n");
    let out = somelint(d.path(), &["kansio"], None);
    assert_exit(&out, 0);
    let err = text(&out.stderr);
    assert!(
        err.contains("kansio/kuva.txt") && err.contains("binääritiedosto"),
        "{err}"
    );

    let out = somelint(d.path(), &["kansio/kuva.txt"], None);
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert!(
        err.contains("kansio/kuva.txt") && err.contains("binääritiedosto"),
        "{err}"
    );

    // A NUL byte on standard input is refused the same way.
    let out = somelint(d.path(), &["-"], Some(b"abc\0def"));
    assert_exit(&out, 2);
}

#[test]
fn empty_drafts_are_fine() {
    let d = tmp();
    let files = [
        ("tyhja.txt", ""),
        ("valit.txt", "  \n\t\n \r\n"),
        ("vain-fm.md", "---\nplatform: x\nauthor: Maija\n---\n"),
        ("vain-fm-ilman-rivinvaihtoa.md", "---\nplatform: x\n---"),
        ("tyhja-fm.md", "---\n---\n"),
        ("crlf-fm.md", "---\r\nplatform: x\r\n---\r\n"),
        ("vain-kommentti.md", "<!-- luonnos -->\n"),
        ("avoin-fm.md", "---\n"),
    ];
    let mut names = Vec::new();
    for (name, content) in files {
        write(d.path(), name, content);
        names.push(name);
    }
    // Our own rules: nothing to find.
    let mut args = vec!["--format", "json"];
    args.extend(&names);
    let (out, v) = json(d.path(), &names);
    assert_exit(&out, 0);
    assert_eq!(v["summary"]["files"], files.len());
    for f in v["files"].as_array().unwrap() {
        assert_eq!(f["diagnostics"], serde_json::json!([]), "{f}");
    }
    // The built-in packs may well find something (a missing signature, say), but never crash,
    // and every span lies inside its file.
    let out = somelint(d.path(), &args, None);
    assert_linted(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for f in v["files"].as_array().unwrap() {
        let len = std::fs::read(d.path().join(f["path"].as_str().unwrap()))
            .unwrap()
            .len();
        for diag in f["diagnostics"].as_array().unwrap() {
            assert!(
                diag["span"]["end"].as_u64().unwrap() as usize <= len,
                "{diag}"
            );
        }
    }
    // Empty standard input.
    let out = somelint(d.path(), &["-"], Some(b""));
    assert_linted(&out);
}

#[test]
fn special_characters_keep_positions_right() {
    let d = tmp();
    // (file, content, expected line and column of "perkele", in characters)
    let cases: &[(&str, &str, u64, u64)] = &[
        ("emoji.txt", "😀😀👍🏽👩‍👩‍👧 perkele 🎉", 1, 11),
        ("rtl.txt", "שלום עולם مرحبا perkele", 1, 17),
        ("yhdistelma.txt", "e\u{301}e\u{301}a\u{308} perkele", 1, 8),
        (
            "ohjaus.txt",
            "\u{7}\u{8}\u{1b}[31m\u{7f}\u{c} perkele",
            1,
            11,
        ),
        ("crlf.txt", "Eka rivi.\r\nToinen perkele rivi.\r\n", 2, 8),
        (
            "crlf.md",
            "---\r\nplatform: x\r\n---\r\nEka.\r\n<!-- k -->\r\nperkele\r\n",
            6,
            1,
        ),
        ("vain-cr.txt", "Eka\rperkele", 1, 5),
        ("bom.txt", "\u{feff}perkele", 1, 2),
    ];
    for (name, content, _, _) in cases {
        write(d.path(), name, content);
    }
    let names: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let (out, v) = json(d.path(), &names);
    assert_exit(&out, 1);
    for (f, (name, content, line, column)) in v["files"].as_array().unwrap().iter().zip(cases) {
        assert_eq!(f["path"], *name);
        let diags = f["diagnostics"].as_array().unwrap();
        assert_eq!(diags.len(), 1, "{name}: {diags:?}");
        let span = &diags[0]["span"];
        let (start, end) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&content[start..end], "perkele", "{name}");
        assert_eq!(
            (
                span["line"].as_u64().unwrap(),
                span["column"].as_u64().unwrap()
            ),
            (*line, *column),
            "{name}"
        );
        // Recomputed independently: lines split at '\n' only, columns in chars.
        let before = &content[..end];
        let end_line = before.matches('\n').count() + 1;
        let end_col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        assert_eq!(span["end_line"], end_line, "{name}");
        assert_eq!(span["end_column"], end_col, "{name}");
    }
    // Every format, and the built-in packs, cope with these drafts.
    for format in ["pretty", "short", "json", "sarif", "github"] {
        let mut args = vec!["--format", format];
        args.extend(&names);
        assert_linted(&somelint(d.path(), &args, None));
    }
}

// ---------------------------------------------------------------------------------------------
// Bad rule files and configs
// ---------------------------------------------------------------------------------------------

/// Runs with `rule_file` as an extra rule file; expects exit 2 and an error naming the file.
#[track_caller]
fn bad_rules(content: &str) -> String {
    let d = tmp();
    write(d.path(), "huono.yaml", content);
    write(d.path(), "luonnos.txt", "Hei.\n");
    let out = somelint(d.path(), &["--rules", "huono.yaml", "luonnos.txt"], None);
    assert_exit(&out, 2);
    assert_eq!(
        text(&out.stdout),
        "",
        "nothing may be written on a rule error"
    );
    let err = text(&out.stderr);
    assert!(err.contains("huono.yaml"), "{err}");
    err
}

/// Runs with `content` as the discovered config; expects exit 2 and an error naming the file.
#[track_caller]
fn bad_config(content: &str) -> String {
    let d = tmp();
    write(d.path(), ".somelint.yaml", content);
    write(d.path(), "luonnos.txt", "Hei.\n");
    let out = somelint(d.path(), &["luonnos.txt"], None);
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert!(err.contains(".somelint.yaml"), "{err}");
    err
}

const RULE_HEAD: &str =
    "pack: p\nrules:\n  - id: tone.x\n    severity: error\n    message: m\n    source: s\n";

fn nested_flow(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

fn nested_block(depth: usize, indent: usize) -> String {
    (0..depth)
        .map(|i| format!("{}-\n", " ".repeat(indent + 2 * i)))
        .collect()
}

#[test]
fn deeply_nested_yaml_exits_2_without_stack_overflow() {
    let deep = nested_flow(10_000);
    let map = format!("{}1{}", "{a: ".repeat(10_000), "}".repeat(10_000));
    bad_rules(&format!("pack: p\nrules: {deep}\n"));
    bad_rules(&format!(
        "{RULE_HEAD}    match: {{detector: hetu, options: {deep}}}\n"
    ));
    bad_rules(&format!(
        "{RULE_HEAD}    match: {{detector: hetu, options: {map}}}\n"
    ));
    bad_rules(&format!(
        "{RULE_HEAD}    match:\n      detector: hetu\n      options:\n{}",
        nested_block(2_000, 8)
    ));
    bad_config(&format!("organisation: {deep}\n"));
    bad_config(&format!("rules: {map}\n"));
    bad_config(&format!("signature:\n  names:\n{}", nested_block(2_000, 4)));
    // In a draft's front matter too.
    let d = tmp();
    write(
        d.path(),
        "syva.md",
        format!("---\nfoo: {deep}\n---\nHei.\n"),
    );
    let out = somelint(d.path(), &["syva.md"], None);
    assert_exit(&out, 2);
    assert!(text(&out.stderr).contains("syva.md"));
}

#[test]
fn huge_yaml_loads_or_fails_cleanly() {
    // 3 000 valid rules (about 0.5 MB): loaded and run.
    let d = tmp();
    let mut yaml = String::from("pack: iso\nrules:\n");
    for i in 0..3_000 {
        yaml.push_str(&format!(
            "  - id: tone.sana{i}\n    severity: warning\n    message: \"Sana {{match}}\"\n    source: testi\n    match: {{terms: [sanaa{i}x]}}\n"
        ));
    }
    write(d.path(), "iso.yaml", &yaml);
    let out = somelint(
        d.path(),
        &[
            "--no-builtin",
            "--rules",
            "iso.yaml",
            "--format",
            "short",
            "-",
        ],
        Some("Tässä sanaa2999x.\n".as_bytes()),
    );
    assert_exit(&out, 0);
    assert!(
        text(&out.stdout).contains("tone.sana2999"),
        "{}",
        text(&out.stdout)
    );
    // An alias bomb ("billion laughs") is refused, not expanded.
    let mut bomb = format!("{RULE_HEAD}    match: {{terms: [a]}}\n    examples:\n      x0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 9].join(",");
        bomb.push_str(&format!("      x{i}: &a{i} [{refs}]\n"));
    }
    let started = Instant::now();
    bad_rules(&bomb);
    assert!(started.elapsed() < Duration::from_secs(10));
    // A 3 MB config of one long list: read, and the unknown key below it is still found.
    let contacts = vec!["\"040 123 4567\""; 200_000].join(", ");
    let err = bad_config(&format!(
        "organisation:\n  public_contacts: [{contacts}]\nbogus: 1\n"
    ));
    assert!(err.contains("bogus"), "{err}");
}

#[test]
fn unknown_keys_and_wrong_types_are_located() {
    let err = bad_rules(&format!(
        "{RULE_HEAD}    match: {{terms: [a]}}\n    sevrity: error\n"
    ));
    assert!(err.contains("huono.yaml:8:5"), "{err}");
    let err = bad_rules(&format!("{RULE_HEAD}    match: {{terms: [a], bogus: 1}}\n"));
    assert!(err.contains("huono.yaml:7:"), "{err}");
    let err = bad_rules("pack: p\nrules: {id: tone.x}\n");
    assert!(err.contains("huono.yaml:2:"), "{err}");
    let err = bad_rules(&format!("{RULE_HEAD}    match: {{terms: perkele}}\n"));
    assert!(err.contains("huono.yaml:7:"), "{err}");
    let err = bad_rules(
        &(RULE_HEAD.replace("severity: error", "severity: 3") + "    match: {terms: [a]}\n"),
    );
    assert!(err.contains("huono.yaml:4:"), "{err}");
    let err = bad_rules(&format!(
        "{RULE_HEAD}    match: {{near: {{terms: [a], within: -1, of: {{terms: [b]}}}}}}\n"
    ));
    assert!(err.contains("huono.yaml:7:"), "{err}");
    let err = bad_rules(&format!(
        "{RULE_HEAD}    match: {{metric: {{measure: graphemes, max: paljon}}}}\n"
    ));
    assert!(err.contains("huono.yaml:7:"), "{err}");
    bad_rules("- just\n- a list\n");
    bad_rules("\"only a string\"\n");
    bad_rules("");

    let err = bad_config("platform: facebook\nlangauge: fi\n");
    assert!(err.contains(".somelint.yaml:2:1"), "{err}");
    let err = bad_config("platform: myspace\n");
    assert!(err.contains(".somelint.yaml:1:"), "{err}");
    let err = bad_config("organisation:\n  domains: esimerkki.fi\n");
    assert!(err.contains(".somelint.yaml:2:"), "{err}");
    let err = bad_config("rules:\n  tone.x: loud\n");
    assert!(err.contains(".somelint.yaml:2:"), "{err}");
    bad_config("[1, 2]\n");
}

#[test]
fn duplicate_ids_within_and_across_files() {
    let rule = "  - id: tone.kaksi\n    severity: error\n    message: m\n    source: s\n    match: {terms: [a]}\n";
    let err = bad_rules(&format!("pack: p\nrules:\n{rule}{rule}"));
    assert!(
        err.contains("huono.yaml:8:9") && err.contains("duplicate"),
        "{err}"
    );

    let d = tmp();
    write(d.path(), "a.yaml", format!("pack: a\nrules:\n{rule}"));
    write(d.path(), "b.yaml", format!("pack: b\nrules:\n{rule}"));
    let out = somelint(
        d.path(),
        &["--rules", "a.yaml", "--rules", "b.yaml", "-"],
        Some(b"Hei"),
    );
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert!(
        err.contains("b.yaml:3:9") && err.contains("a.yaml:3:9"),
        "{err}"
    );
    // Duplicate keys in a mapping are an error too, not a silent "last one wins".
    let err = bad_rules(&format!(
        "{RULE_HEAD}    severity: warning\n    match: {{terms: [a]}}\n"
    ));
    assert!(err.contains("huono.yaml:"), "{err}");
    bad_config("platform: x\nplatform: facebook\n");
}

#[test]
fn regex_that_does_not_compile_is_located() {
    let err = bad_rules(&format!("{RULE_HEAD}    match:\n      pattern: '(auki'\n"));
    assert!(err.contains("huono.yaml:8:16"), "{err}");
    assert!(err.contains("unclosed group"), "{err}");
    // Look-around and backreferences are not supported by the regex engine: an error, not a hang.
    let err = bad_rules(&format!("{RULE_HEAD}    match:\n      pattern: '(a)\\1'\n"));
    assert!(err.contains("huono.yaml:8:"), "{err}");
    let err = bad_rules(&format!(
        "{RULE_HEAD}    match: {{terms: [a]}}\n    unless: {{pattern: '(?<=x)a'}}\n"
    ));
    assert!(err.contains("huono.yaml:8:"), "{err}");
}

#[test]
fn regex_too_large_exits_2_within_a_second() {
    let words = |n: usize| {
        (0..n)
            .map(|i| format!("sana{i}"))
            .collect::<Vec<_>>()
            .join("|")
    };
    let giant = words(10_000); // 108 KB, over the 64 KiB pattern limit
    let huge = words(200_000); // 2 MB
                               // (pattern, time allowed): compiled-size limits trip at once; a pattern over the length
                               // limit is refused before compiling. A 2 MB rule file costs its YAML parsing, about 1.5 s a
                               // megabyte in a debug build (a tenth of that in release), so it gets more time here.
    let cases = [
        (r"\w{5000}{5000}", 1),
        (r"(?:\w{100}){100}", 1),
        (giant.as_str(), 1),
        (huge.as_str(), 15),
    ];
    for (pattern, secs) in cases {
        let d = tmp();
        write(
            d.path(),
            "iso.yaml",
            format!("{RULE_HEAD}    match:\n      pattern: '{pattern}'\n"),
        );
        let started = Instant::now();
        let out = somelint(
            d.path(),
            &["--no-builtin", "--rules", "iso.yaml", "-"],
            Some(b"Hei"),
        );
        let elapsed = started.elapsed();
        assert_exit(&out, 2);
        let err = text(&out.stderr);
        assert!(err.contains("iso.yaml:8:16"), "{err}");
        assert!(err.contains("limit"), "{err}");
        assert!(
            elapsed < Duration::from_secs(secs),
            "{elapsed:?} for a pattern of {} bytes",
            pattern.len()
        );
    }
}

#[test]
fn yaml_tags_are_rejected_cleanly() {
    // Rule files are data: serde_yaml constructs no objects, and a tag asking for one is an error.
    let err = bad_rules(&format!(
        "{RULE_HEAD}    match: {{terms: [a]}}\n    help: !!python/object/apply:os.system [\"touch pwned\"]\n"
    ));
    assert!(
        err.contains("huono.yaml:8:11") && err.contains("!!python/object/apply:os.system"),
        "{err}"
    );
    let err = bad_rules("pack: p\nrules:\n  - !!python/object:__main__.Rule\n    id: tone.x\n");
    assert!(err.contains("huono.yaml:3:5"), "{err}");
    let err = bad_rules(&format!("{RULE_HEAD}    match: !Regex {{pattern: a}}\n"));
    assert!(
        err.contains("huono.yaml:7:12") && err.contains("!Regex"),
        "{err}"
    );
    let err = bad_config("platform: !!python/name:os.system x\n");
    assert!(err.contains(".somelint.yaml:1:11"), "{err}");
}

#[test]
fn unreadable_configs_and_rule_files() {
    let d = tmp();
    write(d.path(), "luonnos.txt", "Hei.\n");
    // A rule file or a config that is a folder.
    std::fs::create_dir(d.path().join("kansio.yaml")).unwrap();
    let out = somelint(d.path(), &["--rules", "kansio.yaml", "luonnos.txt"], None);
    assert_exit(&out, 2);
    assert!(
        text(&out.stderr).contains("kansio.yaml"),
        "{}",
        text(&out.stderr)
    );
    let out = somelint(d.path(), &["--config", "kansio.yaml", "luonnos.txt"], None);
    assert_exit(&out, 2);
    assert!(text(&out.stderr).contains("kansio.yaml"));
    // Missing files.
    let out = somelint(d.path(), &["--config", "puuttuu.yaml", "luonnos.txt"], None);
    assert_exit(&out, 2);
    assert!(text(&out.stderr).contains("puuttuu.yaml"));
    // A config that is a dangling symbolic link is an error when named.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("ei-ole.yaml", d.path().join("linkki.yaml")).unwrap();
        let out = somelint(d.path(), &["--config", "linkki.yaml", "luonnos.txt"], None);
        assert_exit(&out, 2);
        assert!(text(&out.stderr).contains("linkki.yaml"));
    }
}

/// A config in a folder without read permission. Root reads through permission bits, so as
/// root this part cannot be tested; it says so and tests only the rest.
#[cfg(unix)]
#[test]
fn config_without_read_permission_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        eprintln!("skipped: running as root, where permission bits do not stop reads");
        return;
    }
    let d = tmp();
    let cfg = write(d.path(), "salainen/.somelint.yaml", "platform: x\n");
    write(d.path(), "salainen/luonnos.txt", "Hei.\n");
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = somelint(d.path(), &["salainen/luonnos.txt"], None);
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert!(
        err.contains(".somelint.yaml") && err.contains("permission denied"),
        "{err}"
    );

    let dir = d.path().join("salainen");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = somelint(
        d.path(),
        &["--config", "salainen/.somelint.yaml", "-"],
        Some(b"Hei"),
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_exit(&out, 2);
    assert!(text(&out.stderr).contains("salainen/.somelint.yaml"));
}

#[test]
fn empty_configs_are_empty() {
    for content in ["", "\n\n", "# vain kommentteja\n", "---\n", "~\n"] {
        let d = tmp();
        write(d.path(), ".somelint.yaml", content);
        let out = somelint(d.path(), &["-"], Some(b"Hei."));
        assert_exit(&out, 0);
        let out = somelint(
            d.path(),
            &["--config", ".somelint.yaml", "-"],
            Some(b"Hei."),
        );
        assert_exit(&out, 0);
    }
}

#[test]
fn jsonl_bad_line_exits_2_naming_file_and_line() {
    let d = tmp();
    write(
        d.path(),
        "arkisto.jsonl",
        "{\"id\": \"a\", \"text\": \"perkele\"}\n{\"id\": \"b\", \"text\": \n\n{\"id\": \"c\", \"tekst\": \"x\"}\n{\"id\": \"d\", \"text\": \"perkele\"}\n",
    );
    let out = with_own_rules(d.path(), &["--format", "short", "arkisto.jsonl"]);
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert!(err.contains("arkisto.jsonl:2:"), "{err}");
    assert!(err.contains("arkisto.jsonl:4:"), "{err}");
    // The good records are still reported.
    let s = text(&out.stdout);
    assert!(s.contains("#a:1:1") && s.contains("#d:1:1"), "{s}");
}

/// A line that is not UTF-8 is named (file:line), but it also ends the reading of the archive
/// before the records read so far are linted: those drafts are lost from the output.
#[test]
fn jsonl_invalid_utf8_line_keeps_the_other_records() {
    let d = tmp();
    write(
        d.path(),
        "arkisto.jsonl",
        b"{\"id\": \"a\", \"text\": \"perkele\"}\n\"\xff\"\n{\"id\": \"c\", \"text\": \"perkele\"}\n",
    );
    let out = with_own_rules(d.path(), &["--format", "short", "arkisto.jsonl"]);
    assert_exit(&out, 2);
    assert!(
        text(&out.stderr).contains("arkisto.jsonl:2"),
        "{}",
        text(&out.stderr)
    );
    let s = text(&out.stdout);
    assert!(
        s.contains("#a:1:1") && s.contains("#c:1:1"),
        "records lost: {s}"
    );
}

/// Output to a closed pipe (`somelint … 2>&1 | head -1`) must end the run quietly, not in a
/// panic. A closed stdout gives exit 2 with a message; a closed stderr used to make `eprintln!`
/// panic (exit 101).
#[test]
fn closed_stderr_does_not_panic() {
    let d = tmp();
    write(d.path(), "rikki.txt", b"\xff");
    let mut child = cmd(d.path(), &["rikki.txt"]).spawn().unwrap();
    drop(child.stderr.take());
    drop(child.stdin.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(2));
}

#[test]
fn closed_stdout_ends_the_run_without_a_panic() {
    let d = tmp();
    write(d.path(), "a.txt", "perkele ".repeat(50_000));
    let mut child = cmd(d.path(), &["--format", "short", "a.txt"])
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    assert!(matches!(out.status.code(), Some(1 | 2)), "{:?}", out.status);
    assert!(
        !text(&out.stderr).contains("panicked"),
        "{}",
        text(&out.stderr)
    );
}

// ---------------------------------------------------------------------------------------------
// No data lost
// ---------------------------------------------------------------------------------------------

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".somelint-fix-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn fix_keeps_bytes_and_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let d = tmp();
    let original = "Katso nettisivu.\r\nToinen rivi 😀\r\nNETTISIVU ja Nettisivu\r\n";
    let path = write(d.path(), "luonnos.txt", original);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = with_own_rules(d.path(), &["--fix", "luonnos.txt"]);
    assert_exit(&out, 0);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "Katso verkkosivu.\r\nToinen rivi 😀\r\nVERKKOSIVU ja Verkkosivu\r\n"
    );
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert!(temp_files(d.path()).is_empty());
}

/// `--fix` applies the fixes of the report, which is capped at 1000 findings, for at most eight
/// rounds: a draft with 10 000 fixable findings keeps 2 000 of them.
#[test]
fn fix_applies_every_safe_fix_however_many() {
    let d = tmp();
    let path = write(d.path(), "a.txt", "Katso nettisivu. ".repeat(10_000));
    let out = with_own_rules(d.path(), &["--fix", "a.txt"]);
    assert_exit(&out, 0);
    let fixed = std::fs::read_to_string(path).unwrap();
    assert_eq!(fixed.matches("nettisivu").count(), 0);
}

/// A failed write leaves the draft byte for byte as it was, and no temporary file. Without
/// root the folder is made read-only; as root (which ignores permission bits) the folder is
/// made immutable with `chattr +i` where the file system allows it, else this part is skipped.
#[cfg(unix)]
#[test]
fn failed_fix_write_leaves_the_original_byte_for_byte() {
    use std::os::unix::fs::PermissionsExt;
    let d = tmp();
    let dir = d.path().join("lukittu");
    let original = "Katso nettisivu.\nperkele 😀\n";
    let path = write(&dir, "luonnos.txt", original);
    let lock: Box<dyn Fn(bool) -> bool> = if is_root() {
        Box::new(|on: bool| {
            Command::new("chattr")
                .arg(if on { "+i" } else { "-i" })
                .arg(&dir)
                .output()
                .is_ok_and(|o| o.status.success())
        })
    } else {
        Box::new(|on: bool| {
            let mode = if on { 0o555 } else { 0o755 };
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode)).is_ok()
        })
    };
    if !lock(true) {
        eprintln!("skipped: running as root and `chattr +i` is not available here");
        return;
    }
    let out = with_own_rules(d.path(), &["--fix", "lukittu/luonnos.txt"]);
    lock(false);
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert!(
        err.contains("lukittu/luonnos.txt") && err.contains("unchanged"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), original.as_bytes());
    assert!(temp_files(&dir).is_empty());
}

/// Starts `--fix` on a large draft, waits for the temporary file to appear, then sends `signal`.
/// Returns the folder, the original and fixed texts and what the folder holds afterwards.
#[cfg(unix)]
fn interrupt_fix(signal: &str) -> (tempfile::TempDir, String, String, Vec<String>) {
    let d = tmp();
    let line = format!(
        "Katso nettisivu. {}\n",
        "Tavallista tekstiä ilman mitään erikoista, vain sanoja peräkkäin. ".repeat(1_500)
    );
    let original = line.repeat(300); // about 30 MB, 300 fixes
    let fixed = original.replace("nettisivu", "verkkosivu");
    write(d.path(), "iso.txt", &original);
    let r = rules(d.path());
    let mut child = cmd(
        d.path(),
        &[
            "--no-builtin",
            "--rules",
            r.to_str().unwrap(),
            "--fix",
            "iso.txt",
        ],
    )
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    let started = Instant::now();
    let mut sent = false;
    while child.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(300) {
        if !temp_files(d.path()).is_empty() {
            Command::new("kill")
                .args([signal, &child.id().to_string()])
                .status()
                .unwrap();
            sent = true;
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let status = child.wait().unwrap();
    eprintln!("{signal}: sent while writing: {sent}, status {status:?}");
    let left = temp_files(d.path());
    (d, original, fixed, left)
}

/// Interrupted in the middle of writing, the draft is the old one or the new one, never half.
#[cfg(unix)]
#[test]
fn interrupted_fix_never_leaves_a_half_written_draft() {
    for signal in ["-INT", "-TERM", "-KILL"] {
        let (d, original, fixed, _) = interrupt_fix(signal);
        let now = std::fs::read_to_string(d.path().join("iso.txt")).unwrap();
        assert!(
            now == original || now == fixed,
            "{signal}: the draft was half written"
        );
    }
}

/// SIGINT and SIGTERM end the process without running destructors, so the temporary file of an
/// interrupted `--fix` is left behind (SIGKILL always can be; that cannot be helped).
#[cfg(unix)]
#[test]
fn interrupted_fix_leaves_no_temporary_file() {
    for signal in ["-INT", "-TERM"] {
        let (_d, _, _, left) = interrupt_fix(signal);
        assert!(left.is_empty(), "{signal} left {left:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Privacy
// ---------------------------------------------------------------------------------------------

/// Under `strace -f -e trace=network` no internet socket is ever opened. Skipped with a reason
/// when strace is not installed (`apt-get install -y strace`) or ptrace is not permitted.
#[test]
fn never_opens_a_network_connection() {
    let d = tmp();
    write(
        d.path(),
        "luonnokset/a.md",
        "---\nplatform: x\nimage: https://example.com/kuva.jpg\n---\nLue https://example.com/uutinen ja www.esimerkki.fi, maija@example.com 😀\n",
    );
    write(
        d.path(),
        "luonnokset/b.txt",
        "Katso nettisivu https://bit.ly/abc, soita 040 123 4567, hetu 131052-308T.\n",
    );
    write(
        d.path(),
        "arkisto.jsonl",
        "{\"id\": 1, \"text\": \"https://example.org\"}\n",
    );
    let r = rules(d.path());
    let trace = d.path().join("strace.out");
    let runs: [&[&str]; 4] = [
        &[
            "--rules",
            r.to_str().unwrap(),
            "--format",
            "json",
            "luonnokset",
            "arkisto.jsonl",
        ],
        &["--rules", r.to_str().unwrap(), "--fix", "luonnokset"],
        &["rules", "--format", "json"],
        &["rules", "test"],
    ];
    for args in runs {
        let mut all = vec![
            "-f",
            "-e",
            "trace=network",
            "-o",
            trace.to_str().unwrap(),
            BIN,
        ];
        all.extend_from_slice(args);
        let out = match Command::new("strace")
            .current_dir(d.path())
            .args(&all)
            .stdin(Stdio::null())
            .output()
        {
            Ok(out) => out,
            Err(e) => {
                eprintln!("skipped: strace is not available ({e}); install it with apt-get install -y strace");
                return;
            }
        };
        let log = std::fs::read_to_string(&trace).unwrap_or_default();
        if !out.status.success() && log.is_empty() {
            eprintln!(
                "skipped: strace could not trace here: {}",
                text(&out.stderr)
            );
            return;
        }
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            text(&out.stderr)
        );
        for line in log.lines() {
            assert!(
                !line.contains("AF_INET"),
                "{args:?} opened a network connection: {line}"
            );
        }
    }
}

/// A valid identity code in a sentence never appears whole in machine-readable output, unless
/// `--no-redact` is given.
#[test]
fn confidential_matches_are_redacted_in_machine_output() {
    let d = tmp();
    write(
        d.path(),
        "luonnos.md",
        "Asiakkaan henkilötunnus on 131052-308T, soittakaa hänelle.\n",
    );
    write(
        d.path(),
        "arkisto.jsonl",
        "{\"id\": \"r1\", \"text\": \"Tunnus 131052-308T mukaan.\"}\n",
    );
    for format in ["short", "json", "sarif", "github"] {
        for input in ["luonnos.md", "arkisto.jsonl"] {
            let base = ["--format", format, input];
            let out = with_own_rules(d.path(), &base);
            assert_exit(&out, 1);
            let s = text(&out.stdout);
            assert!(
                s.contains("131052-"),
                "{format} {input}: finding missing: {s}"
            );
            assert!(
                !s.contains("131052-308T"),
                "{format} {input} leaks the code: {s}"
            );
            assert!(!text(&out.stderr).contains("131052-308T"));

            let mut args = vec!["--no-redact"];
            args.extend_from_slice(&base);
            let out = with_own_rules(d.path(), &args);
            assert_exit(&out, 1);
            let s = text(&out.stdout);
            assert!(
                s.contains("131052-308T"),
                "{format} {input} --no-redact: {s}"
            );
        }
    }
}

/// A bad rule file is reported once: the located message and its excerpt, not a one-line
/// error followed by the same again.
#[test]
fn a_bad_rule_file_is_reported_once() {
    let d = tmp();
    write(
        d.path(),
        "r.yaml",
        "pack: p\nrules:\n  - id: tone.x\n    severity: kova\n",
    );
    write(d.path(), "a.txt", "Hei.");
    let out = somelint(d.path(), &["--rules", "r.yaml", "a.txt"], None);
    assert_exit(&out, 2);
    let err = text(&out.stderr);
    assert_eq!(err.matches("unknown variant `kova`").count(), 1, "{err}");
    assert!(err.contains("r.yaml:4:15"), "{err}");
}
