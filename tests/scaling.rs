//! Linear time for any draft, whatever the text looks like: with every built-in pack, a draft
//! twice as long may cost at most 2.5 times the work.
//!
//! Work is counted as the instructions the binary executes, by valgrind (`cachegrind` without
//! its cache simulation), so the figure is the same on a loaded machine as on an idle one; the
//! instructions of an empty draft (start-up) are subtracted first. Each shape below once took
//! quadratic time, or could: one line of words, tags, links and codes (a pasted log or page),
//! dense findings, a single endless word, a text without sentence ends or without spaces.
//! valgrind is required (`apt-get install valgrind`); `.ci/run` installs it.

use std::path::Path;
use std::process::Command;

mod common;

use common::{text, tmp, BIN};

/// `(name, unit repeated to the size, platform, file extension)`.
const SHAPES: &[(&str, &str, Option<&str>, &str)] = &[
    (
        "log line",
        "tervetuloa #Suomussalmi https://www.kunta.fi/a/b?x=1 ABC123 KELA @kunta 040-1234567 ja ",
        None,
        "txt",
    ),
    (
        "dense findings",
        "Vittu! Matti Virtanen sairastaa syöpää, hetu 131052-308T, soita 040 123 4567, \
         matti@gmail.com, FI21 1234 5600 0007 85, salasana: Kissa123, LUOTTAMUKSELLINEN. ",
        None,
        "txt",
    ),
    ("one word", "a", None, "txt"),
    ("sentences", "Tämä on lause. ", Some("mastodon"), "txt"),
    ("blank lines", "\n", None, "txt"),
    ("hashtags", "#tagi ", Some("instagram"), "txt"),
    ("mentions", "@kunta.fi@x ", Some("mastodon"), "txt"),
    ("links", "https://www.kunta.fi/a/b ", Some("x"), "txt"),
    ("www", "www.", None, "txt"),
    ("digits", "040 123 4567 ", None, "txt"),
    ("capitals", "ISOT KIRJAIMET ", Some("bluesky"), "txt"),
    ("emoji", "😀🎉 ", Some("x"), "txt"),
    ("punctuation", "!?.,;:-()\"'", Some("threads"), "txt"),
    (
        "markdown",
        "Teksti <!-- kommentti --> `koodi` **x** ",
        None,
        "md",
    ),
];

/// The draft size of the first measurement (the second is twice this).
const SIZE: usize = 24 << 10;

fn instructions(dir: &Path, file: &str, platform: Option<&str>) -> u64 {
    let mut args = vec![
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        BIN,
        "--no-config",
        "--max-draft-bytes",
        "0",
        "--format",
        "short",
    ];
    if let Some(p) = platform {
        args.extend(["--platform", p]);
    }
    args.push(file);
    let out = Command::new("valgrind")
        .current_dir(dir)
        .args(&args)
        .output()
        .expect("valgrind runs");
    let err = text(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{file}: {:?}\n{err}",
        out.status
    );
    let line = err
        .lines()
        .find(|l| l.contains("I   refs:") || l.contains("I refs:"))
        .unwrap_or_else(|| panic!("no instruction count from valgrind:\n{err}"));
    line.rsplit(':')
        .next()
        .unwrap()
        .trim()
        .replace(',', "")
        .parse()
        .unwrap()
}

fn repeated(unit: &str, len: usize) -> String {
    let mut s = unit.repeat(len / unit.len() + 1);
    let mut end = len;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

#[test]
fn doubling_the_draft_at_most_doubles_the_work() {
    let version = Command::new("valgrind").arg("--version").output();
    assert!(
        version.is_ok_and(|o| o.status.success()),
        "this test needs valgrind to count instructions: apt-get install valgrind"
    );
    let d = tmp();
    std::fs::write(d.path().join("empty.txt"), "").unwrap();
    let base = instructions(d.path(), "empty.txt", None);
    // Two shapes at a time (valgrind runs one core each).
    let results: Vec<(String, u64, u64)> = SHAPES
        .chunks(2)
        .flat_map(|pair| {
            std::thread::scope(|scope| {
                let runs: Vec<_> = pair
                    .iter()
                    .enumerate()
                    .map(|(k, &(name, unit, platform, ext))| {
                        let dir = d.path();
                        scope.spawn(move || {
                            let mut counts = [0; 2];
                            for (i, size) in [SIZE, 2 * SIZE].into_iter().enumerate() {
                                let file = format!("shape{k}-{i}.{ext}");
                                std::fs::write(dir.join(&file), repeated(unit, size)).unwrap();
                                counts[i] = instructions(dir, &file, platform);
                            }
                            (name.to_string(), counts[0], counts[1])
                        })
                    })
                    .collect();
                runs.into_iter()
                    .map(|r| r.join().unwrap())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut report = format!("start-up: {base} instructions\n");
    let mut worst = 0.0f64;
    for (name, one, two) in &results {
        let ratio = two.saturating_sub(base) as f64 / one.saturating_sub(base).max(1) as f64;
        worst = worst.max(ratio);
        report.push_str(&format!(
            "{name:>15}: {SIZE} B {one}, {} B {two}, ratio {ratio:.2}\n",
            2 * SIZE
        ));
    }
    println!("{report}");
    assert!(worst <= 2.5, "the work more than doubles:\n{report}");
}
