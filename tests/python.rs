//! The Python package (`crates/python`) as a user gets it: built into an abi3 wheel by the real
//! maturin, installed into a fresh virtual environment, and tested there by its pytest suite
//! (`crates/python/tests`): results equal to the command line's JSON on every fixture, errors for
//! bad rule files and configs, thread safety, the Spark job on a 10,000-post archive in local
//! mode, and `check_many`'s throughput per core against the command line's.
//!
//! The wheel and a release build of the command line (the throughput comparison needs both
//! optimised) go to this workspace's target folder. The figures (build times, pytest's, the
//! Spark job's time, throughput) are printed.
//!
//! Without `python3 -m maturin` or `python3 -m pytest` the test is skipped with a note on stderr;
//! with `SOMELINT_REQUIRE_PYTHON=1` (as `.ci/run` sets) that is a failure instead, and so is a
//! skipped pytest (no PySpark, no Java).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use common::{loud, ok};

fn required() -> bool {
    std::env::var_os("SOMELINT_REQUIRE_PYTHON").is_some_and(|v| v == "1")
}

fn python() -> String {
    std::env::var("SOMELINT_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Whether `python -m module --version` works.
fn has_module(module: &str) -> bool {
    Command::new(python())
        .args(["-m", module, "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn run(cmd: &mut Command, what: &str) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not run {what}: {e}"));
    ok(&out, what);
    out
}

#[test]
fn python_package_wheel_and_pytest_suite() {
    let missing: Vec<&str> = ["maturin", "pytest"]
        .into_iter()
        .filter(|m| !has_module(m))
        .collect();
    if !missing.is_empty() {
        let message = format!(
            "tests/python.rs: SKIPPED — `{} -m {}` is not available, so the Python package was \
             NOT tested.\nInstall with `pip install maturin pytest pyspark pandas pyarrow` \
             (.ci/run does).",
            python(),
            missing.join("`, `-m ")
        );
        if required() {
            panic!("{message}\nSOMELINT_REQUIRE_PYTHON=1 makes this a failure.");
        }
        loud(&message);
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // This workspace's target folder (the parent of CARGO_TARGET_TMPDIR): a developer's
    // `cargo build --release` is reused. (Not tests/precommit.rs's: that one builds snapshots of
    // the tree elsewhere, and a build script compiled there would look for files in the
    // snapshot.)
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target folder")
        .to_path_buf();
    let work = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let wheels = work.path().join("wheels");

    let started = Instant::now();
    run(
        Command::new(python())
            .current_dir(root)
            .args(["-m", "maturin", "build", "--release", "--quiet"])
            .args(["-m", "crates/python/Cargo.toml", "-o"])
            .arg(&wheels)
            .env("CARGO_TARGET_DIR", &target),
        "maturin build --release",
    );
    let wheel_time = started.elapsed();
    let wheel: PathBuf = std::fs::read_dir(&wheels)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .expect("maturin wrote no wheel");
    let name = wheel.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.contains("-cp39-abi3-"), "not an abi3 wheel: {name}");

    let started = Instant::now();
    run(
        Command::new(env!("CARGO"))
            .current_dir(root)
            .args(["build", "--release", "--bin", "somelint"])
            .env("CARGO_TARGET_DIR", &target),
        "cargo build --release",
    );
    let cli_time = started.elapsed();
    let cli = target.join("release").join("somelint");

    // A fresh environment that sees the installed pytest, PySpark, pandas and pyarrow, with the
    // wheel installed into it alone (no index: nothing is downloaded).
    let venv = work.path().join("venv");
    run(
        Command::new(python())
            .args(["-m", "venv", "--system-site-packages"])
            .arg(&venv),
        "python -m venv",
    );
    let venv_python = venv.join("bin").join("python");
    run(
        Command::new(&venv_python)
            .args(["-m", "pip", "install", "--quiet", "--no-index", "--no-deps"])
            .args(["--disable-pip-version-check"])
            .arg(&wheel),
        "pip install the wheel",
    );

    let started = Instant::now();
    let out = Command::new(&venv_python)
        // Run from elsewhere, so that `import somelint` is the installed wheel.
        .current_dir(work.path())
        .args(["-m", "pytest", "-v", "-s", "-p", "no:cacheprovider", "-rs"])
        .arg(root.join("crates/python/tests"))
        .env("SOMELINT_CLI", &cli)
        .output()
        .expect("could not run pytest");
    let pytest_time = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}\n{stderr}");
    assert!(
        out.status.success(),
        "pytest failed ({:?}):\n{stdout}\n{stderr}",
        out.status.code()
    );
    let summary = stdout
        .lines()
        .rev()
        .find(|l| l.contains(" passed"))
        .unwrap_or_default()
        .trim_matches(['=', ' '])
        .to_string();
    if required() {
        assert!(
            !summary.contains("skipped"),
            "SOMELINT_REQUIRE_PYTHON=1, but pytest skipped tests:\n{stdout}"
        );
    }
    let figures: Vec<&str> = stdout
        .lines()
        .filter(|l| {
            ["Spark", "throughput", "one thread", "all "]
                .iter()
                .any(|p| l.starts_with(p))
                || l.contains(" runs: ")
                || l.contains("equal to the command line's")
        })
        .collect();
    loud(&format!(
        "tests/python.rs: wheel {name} built in {:.0} s, release CLI in {:.0} s; pytest {summary} \
         in {:.0} s\n{}",
        wheel_time.as_secs_f64(),
        cli_time.as_secs_f64(),
        pytest_time.as_secs_f64(),
        figures.join("\n")
    ));
}
