//! Recall and precision of inflection-aware term matching on a table of word forms judged by
//! Voikko.
//!
//! `cargo run --release -p somelint-fi --example inflection_eval -- crates/fi/tests/data/inflection-sample.tsv`

#[path = "../tests/support/eval.rs"]
mod eval;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: inflection_eval TABLE.tsv [TABLE.tsv ...]");
        return ExitCode::from(2);
    }
    for arg in args {
        let mut path = PathBuf::from(&arg);
        if !path.exists() {
            // Relative paths are also tried from the workspace root and the crate.
            for base in [
                env!("CARGO_MANIFEST_DIR"),
                concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
            ] {
                let p = PathBuf::from(base).join(&arg);
                if p.exists() {
                    path = p;
                    break;
                }
            }
        }
        let cases = match eval::load(&path) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        let (_, _, text) = eval::report(&arg, &cases);
        println!("{text}");
    }
    ExitCode::SUCCESS
}
