//! somelint as a pre-commit hook, run by the real `pre-commit` (from PyPI) the way a content
//! repository uses it: `pre-commit try-repo` against a snapshot of this working tree, then the
//! three-line `.pre-commit-config.yaml` of the README with `pre-commit install` and `git commit`.
//!
//! pre-commit builds the hook with `cargo install --path .` (a release build: minutes on two
//! cores). The test shares one cargo target folder between its builds, so the second build only
//! recompiles somelint's own crates.
//!
//! Without `pre-commit` on PATH the test is skipped with a note on stderr; with
//! `SOMELINT_REQUIRE_PRECOMMIT=1` (as `.ci/run` sets) a missing `pre-commit` fails it instead.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use common::{loud, ok};

const CLEAN: &str =
    "---\nplatform: facebook\n---\nKaupungintalo on suljettu juhlapyhinä. Hyvää joulua!\n";
const BAD: &str = "---\nplatform: facebook\nauthor: Maija\n---\n<!-- luonnos -->\nTämä on ihan perkeleen hyvä päätös.\n";

fn precommit_available() -> bool {
    Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn run(dir: &Path, program: &str, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(program);
    cmd.current_dir(dir).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    // Neither the test harness's nor the user's git settings may leak into the repositories.
    cmd.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "somelint test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "somelint test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .env("NO_COLOR", "1")
        .env("CARGO_TERM_COLOR", "never")
        .env("PRE_COMMIT_COLOR", "never");
    cmd.output()
        .unwrap_or_else(|e| panic!("could not run {program}: {e}"))
}

fn all(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A git repository holding this working tree as it is now (tracked files with their
/// uncommitted changes, and new files not ignored), so that pre-commit builds what is being
/// tested, not the last commit.
fn snapshot_of_this_repo(into: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = run(
        root,
        "git",
        &[
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ],
        &[],
    );
    ok(
        &list,
        "git ls-files (the test needs this repository's git checkout)",
    );
    let mut copied = 0;
    for rel in list.stdout.split(|&b| b == 0).filter(|s| !s.is_empty()) {
        let rel = PathBuf::from(String::from_utf8_lossy(rel).into_owned());
        let from = root.join(&rel);
        if !from.is_file() {
            continue; // deleted in the working tree
        }
        let to = into.join(&rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap();
        copied += 1;
    }
    assert!(
        into.join(".pre-commit-hooks.yaml").is_file(),
        "no .pre-commit-hooks.yaml"
    );
    assert!(copied > 10);
    ok(
        &run(into, "git", &["init", "-q", "-b", "main"], &[]),
        "git init",
    );
    ok(&run(into, "git", &["add", "-A"], &[]), "git add");
    ok(
        &run(into, "git", &["commit", "-q", "-m", "snapshot"], &[]),
        "git commit",
    );
    let head = run(into, "git", &["rev-parse", "HEAD"], &[]);
    ok(&head, "git rev-parse");
    String::from_utf8_lossy(&head.stdout).trim().to_string()
}

/// A content repository: a clean post, a bad one, an archived bad one the config ignores, and a
/// README (extensionless files are not drafts).
fn content_repo(dir: &Path) {
    std::fs::create_dir_all(dir.join("posts")).unwrap();
    std::fs::create_dir_all(dir.join("arkisto")).unwrap();
    std::fs::write(dir.join("posts/hyva.md"), CLEAN).unwrap();
    std::fs::write(dir.join("posts/huono.md"), BAD).unwrap();
    std::fs::write(dir.join("arkisto/vanha.md"), BAD).unwrap();
    std::fs::write(dir.join("README"), "Perkele, tämä ei ole somepostaus.\n").unwrap();
    std::fs::write(
        dir.join(".somelint.yaml"),
        "platform: facebook\nignore: [\"arkisto/**\"]\n",
    )
    .unwrap();
    ok(
        &run(dir, "git", &["init", "-q", "-b", "main"], &[]),
        "git init",
    );
    ok(&run(dir, "git", &["add", "-A"], &[]), "git add");
}

fn assert_bad_post_reported(output: &str) {
    assert!(output.contains("Failed"), "{output}");
    assert!(output.contains("- hook id: somelint"), "{output}");
    assert!(
        output.contains(
            "posts/huono.md:6:14: error[tone.profanity] Kirosana ”perkeleen” ei kuulu organisaation viestintään."
        ),
        "the finding (rule id and message) must be shown:\n{output}"
    );
    // The clean post has no error (suggestions of other packs may come and go).
    assert!(
        !output
            .lines()
            .any(|l| l.starts_with("posts/hyva.md:") && l.contains(": error[")),
        "clean post failed:\n{output}"
    );
    assert!(
        !output.contains("arkisto/"),
        "ignored post reported:\n{output}"
    );
    assert!(!output.contains("README:"), "README linted:\n{output}");
}

#[test]
fn precommit_hook_in_a_content_repository() {
    if !precommit_available() {
        let message =
            "tests/precommit.rs: SKIPPED — `pre-commit` is not on PATH, so the pre-commit hook \
                       was NOT tested.\nInstall it with `pip install pre-commit` (.ci/run does).";
        if std::env::var_os("SOMELINT_REQUIRE_PRECOMMIT").is_some_and(|v| v == "1") {
            panic!("{message}\nSOMELINT_REQUIRE_PRECOMMIT=1 makes this a failure.");
        }
        loud(message);
        return;
    }
    let started = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let hook_repo = tmp.path().join("somelint");
    let content = tmp.path().join("content");
    let home = tmp.path().join("pre-commit-home");
    std::fs::create_dir_all(&hook_repo).unwrap();
    std::fs::create_dir_all(&content).unwrap();
    let rev = snapshot_of_this_repo(&hook_repo);
    content_repo(&content);
    // One target folder for both builds (and kept between test runs), so that dependencies are
    // compiled once.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("precommit-target");
    let env: &[(&str, &Path)] = &[("PRE_COMMIT_HOME", &home), ("CARGO_TARGET_DIR", &target)];
    let hook_repo_s = hook_repo.to_str().unwrap();

    // 1. `pre-commit try-repo`, as a team tries the hook before adding it.
    let out = run(
        &content,
        "pre-commit",
        &[
            "try-repo",
            hook_repo_s,
            "somelint",
            "--all-files",
            "--color",
            "never",
        ],
        env,
    );
    let output = all(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert_bad_post_reported(&output);
    let after_try_repo = started.elapsed();

    // 2. The README's three lines in `.pre-commit-config.yaml`, then commits through the hook.
    std::fs::write(
        content.join(".pre-commit-config.yaml"),
        format!("repos:\n  - repo: {hook_repo_s}\n    rev: {rev}\n    hooks: [{{id: somelint}}]\n"),
    )
    .unwrap();
    ok(&run(&content, "git", &["add", "-A"], env), "git add");
    ok(
        &run(&content, "pre-commit", &["install"], env),
        "pre-commit install",
    );
    let out = run(&content, "git", &["commit", "-m", "Kaikki luonnokset"], env);
    let output = all(&out);
    assert!(
        !out.status.success(),
        "the bad post must stop the commit:\n{output}"
    );
    assert_bad_post_reported(&output);
    // Fix the post: now the commit goes through, the clean post and the fixed one passing.
    std::fs::write(
        content.join("posts/huono.md"),
        BAD.replace("ihan perkeleen hyvä", "erinomainen"),
    )
    .unwrap();
    ok(&run(&content, "git", &["add", "-A"], env), "git add");
    let out = run(&content, "git", &["commit", "-m", "Korjattu luonnos"], env);
    let output = all(&out);
    assert!(out.status.success(), "{output}");
    assert!(output.contains("Passed"), "{output}");

    loud(&format!(
        "tests/precommit.rs: pre-commit hook tested in {:.0} s (try-repo part {:.0} s)",
        started.elapsed().as_secs_f64(),
        after_try_repo.as_secs_f64()
    ));
}
