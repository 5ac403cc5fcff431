//! The paste flow in a real terminal: `somelint` with no arguments on a terminal asks for the
//! draft in Finnish, reads until Ctrl-D and shows the pretty view. The terminal is a real
//! pseudo-terminal made by util-linux `script`; the test skips with a note where it is missing.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `somelint ARGS` inside a pseudo-terminal, types `typed` (ending with Ctrl-D) and returns
/// the terminal's output and the exit code.
fn in_terminal(args: &str, typed: &str) -> Option<(String, i32)> {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("NOTE: util-linux `script` is not installed; the terminal paste test is skipped");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let command = format!("NO_COLOR=1 '{}' {args}", env!("CARGO_BIN_EXE_somelint"));
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(typed.as_bytes()).unwrap();
    stdin.write_all(b"\x04").unwrap(); // Ctrl-D on an empty line ends the paste
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    ))
}

#[test]
fn pasted_swearing_is_shown_in_finnish_with_the_span_underlined() {
    let Some((screen, code)) = in_terminal("", "Tämä on perkeleen hyvä päätös.\n") else {
        return;
    };
    assert_eq!(code, 1, "{screen}");
    assert!(
        screen.contains("Liitä luonnos tähän ja paina lopuksi Ctrl-D"),
        "{screen}"
    );
    assert!(screen.contains("× Kirosana ”perkeleen”"), "{screen}");
    assert!(screen.contains("────┬────"), "no underline: {screen}");
    assert!(
        screen.contains("1 luonnos tarkistettu: 1 virhe"),
        "{screen}"
    );
}

#[test]
fn pasted_clean_draft_exits_0_and_english_prompt_with_lang_en() {
    let Some((screen, code)) = in_terminal("--lang en", "Kirjasto on auki lauantaina.\n-Maija\n")
    else {
        return;
    };
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("Paste the draft here, then press Ctrl-D"),
        "{screen}"
    );
    assert!(
        screen.contains("1 draft checked: No problems found."),
        "{screen}"
    );
}
