//! Start-up cost of the person finder: the first `find` on a short text (which reads the
//! embedded lists) against the second.
//! `cargo run --release -p somelint-fi --example persons_startup`.

use somelint_fi::persons::PersonFinder;
use std::time::Instant;

fn main() {
    let text = "Kiitos Sarille ja Tuuli Mäkiselle, terveisin /MK";
    let mut out = Vec::new();
    let t = Instant::now();
    PersonFinder::builtin().find(text, &mut out);
    let first = t.elapsed();
    out.clear();
    let t = Instant::now();
    PersonFinder::builtin().find(text, &mut out);
    println!(
        "first find {first:?}, second {:?}, {} mentions",
        t.elapsed(),
        out.len()
    );
}
