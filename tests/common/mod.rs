//! Running the real `somelint` binary from integration tests, shared by every test file.
#![allow(dead_code)] // each test file uses part of it

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The binary Cargo built for these tests.
pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_somelint");

/// `somelint ARGS` in `dir`, colours off, every stream piped.
pub(crate) fn cmd(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Runs `somelint ARGS` in `dir` with `stdin` (or an empty, closed standard input).
pub(crate) fn somelint(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = cmd(dir, args).spawn().unwrap();
    let mut pipe = child.stdin.take().unwrap();
    if let Some(input) = stdin {
        let _ = pipe.write_all(input); // the binary may exit before reading
    }
    drop(pipe);
    child.wait_with_output().unwrap()
}

/// Output bytes as text.
pub(crate) fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A fresh temporary folder.
pub(crate) fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Writes to stderr past the test harness's capture, so that a skip (or a figure) is seen.
pub(crate) fn loud(message: &str) {
    let mut err = std::io::stderr();
    let _ = writeln!(err, "\n{0}\n{message}\n{0}\n", "!".repeat(78));
}

/// Fails the test, showing the command's output, unless it succeeded.
pub(crate) fn ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed ({:?}):\n{}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
pub(crate) mod server;
