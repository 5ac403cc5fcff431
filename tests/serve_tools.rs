//! `somelint serve` under outside tools: its page in a real headless Chromium (driven by
//! Playwright from npm, `tests/web/page.mjs`), and its API against its own OpenAPI document with
//! schemathesis (from PyPI), a property-based API tester: no 5xx, every answer as documented.
//!
//! Without the tools the tests are skipped with a note on stderr; with
//! `SOMELINT_REQUIRE_CHROMIUM=1` or `SOMELINT_REQUIRE_SCHEMATHESIS=1` (as `.ci/run` sets) a
//! missing tool fails them instead.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::server::Server;
use common::tmp;

fn loud(message: &str) {
    let mut err = std::io::stderr();
    let _ = writeln!(err, "\n{0}\n{message}\n{0}\n", "!".repeat(78));
}

/// Skips the test (or fails it, when `require` is set to 1) for want of a tool.
fn missing(what: &str, require: &str, how: &str) {
    let message = format!(
        "tests/serve_tools.rs: SKIPPED — {what} is not available, so it was NOT tested.\n{how}"
    );
    if std::env::var_os(require).is_some_and(|v| v == "1") {
        panic!("{message}\n{require}=1 makes this a failure.");
    }
    loud(&message);
}

fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

const PACK: &str = "pack: omat\nrules:\n  - id: omat.kirosana\n    severity: warning\n    message: \"Sanan ”{match}” tilalle sopii ”{fix}”.\"\n    source: \"Oma ohje: kirjoita asiallisesti.\"\n    match:\n      swap: {perkeleen: todella}\n";

#[test]
fn the_page_in_headless_chromium() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/web");
    let chromium = on_path(&["chromium", "chromium-browser"]);
    let node = on_path(&["node"]);
    let playwright = web.join("node_modules/playwright-core").is_dir();
    let (Some(chromium), Some(node), true) = (chromium, node, playwright) else {
        return missing(
            "Chromium, node or playwright-core",
            "SOMELINT_REQUIRE_CHROMIUM",
            "Install Debian's `chromium` and run `npm ci` in tests/web (.ci/run does).",
        );
    };
    let dir = tmp();
    std::fs::write(dir.path().join("omat.yaml"), PACK).unwrap();
    let s = Server::start(dir.path(), &["--no-config", "--rules", "omat.yaml"]);
    let mut cmd = Command::new(node);
    cmd.current_dir(&web)
        .arg("page.mjs")
        .arg(format!("http://{}/", s.addr))
        .env("SOMELINT_CHROMIUM", &chromium);
    if let Some(shot) = std::env::var_os("SOMELINT_PAGE_SCREENSHOT") {
        cmd.arg(shot);
    }
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the page test failed:\n{stdout}\n{stderr}\nserver log:\n{}",
        s.log()
    );
    loud(&format!(
        "tests/serve_tools.rs: the page in {}:\n{stdout}",
        chromium.display()
    ));
    let log = s.log();
    assert!(
        !log.contains("perkele") && !log.contains("131052"),
        "draft text in the log:\n{log}"
    );
}

#[test]
fn the_api_against_its_openapi_document_with_schemathesis() {
    let Some(st) = on_path(&["schemathesis", "st"]) else {
        return missing(
            "schemathesis",
            "SOMELINT_REQUIRE_SCHEMATHESIS",
            "Install it with `pip install schemathesis` (.ci/run does).",
        );
    };
    let dir = tmp();
    let s = Server::start(dir.path(), &["--no-config", "--token", "t0ken"]);
    let url = format!("http://{}", s.addr);
    let out = Command::new(st)
        .current_dir(dir.path())
        .args(["run", &format!("{url}/openapi.json"), "--url", &url])
        .args(["--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection"])
        .args(["--header", "Authorization: Bearer t0ken"])
        .args(["--max-examples", "100", "--workers", "1", "--seed", "18"])
        .args(["--phases", "examples,coverage,fuzzing"])
        .args(["--suppress-health-check", "all", "--generation-database", "none"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "schemathesis found problems:\n{stdout}\n{stderr}"
    );
    let tail: Vec<&str> = stdout.lines().rev().take(12).collect();
    loud(&format!(
        "tests/serve_tools.rs: schemathesis:\n{}",
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    ));
    healthy_after(&s);
}

fn healthy_after(s: &Server) {
    assert_eq!(s.get("/healthz").status, 200);
}
