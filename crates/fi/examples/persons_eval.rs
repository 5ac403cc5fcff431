//! Prints the person finder's recall and precision per kind on labelled files of sentences, with
//! every miss and false alarm:
//! `cargo run --release -p somelint-fi --example persons_eval -- fixtures/corpus/persons/dev.jsonl`.

use somelint_fi::persons::PersonFinder;

#[path = "../tests/support/persons.rs"]
mod persons;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: persons_eval FILE.jsonl…");
        std::process::exit(2);
    }
    for f in files {
        println!(
            "{}",
            persons::run(std::path::Path::new(&f), PersonFinder::builtin()).text
        );
    }
}
