//! Prints the personal signature the person finder reads at the end of each file given, or
//! `None`: `cargo run --release -p somelint-fi --example sig_debug -- draft.txt …`.

use std::io::Read;

fn main() {
    let finder = somelint_fi::persons::PersonFinder::with_known(&[]);
    for path in std::env::args().skip(1) {
        let mut text = String::new();
        if let Err(e) = std::fs::File::open(&path).and_then(|mut f| f.read_to_string(&mut text)) {
            eprintln!("{path}: {e}");
            continue;
        }
        let signature = finder.signature(&text).map(|r| text[r].to_string());
        println!("{path}: {signature:?}");
    }
}
