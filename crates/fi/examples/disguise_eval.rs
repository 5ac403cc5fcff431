//! Prints how well disguised terms are found in a labelled file of disguise items, with every
//! miss and false match:
//! `cargo run --release -p somelint-fi --example disguise_eval -- TERMS.txt ITEMS.jsonl`, e.g.
//! `crates/fi/tests/data/disguise-terms.txt fixtures/corpus/disguise/dev.jsonl`.
//!
//! Every term of the list (one a line, `#` comments) is matched inflected, in compounds and
//! with disguise on (then, for comparison, off); see `tests/support/disguise.rs` for how items
//! are counted.

#[path = "../tests/support/disguise.rs"]
mod disguise;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [terms, items] = &args[..] else {
        eprintln!("usage: disguise_eval TERMS.txt ITEMS.jsonl");
        std::process::exit(2);
    };
    let (terms, items) = (
        disguise::load_terms(std::path::Path::new(terms)),
        std::path::Path::new(items),
    );
    let m = disguise::matcher(&terms, true);
    print!("{}", disguise::run(items, &terms, &m).text);
    let p = disguise::run(items, &terms, &disguise::matcher(&terms, false));
    println!(
        "without disguise: recall {:.3} ({}/{}), {:.3} covered; false matches {:.3} ({}/{})",
        p.yes.rate(),
        p.yes.hit,
        p.yes.items,
        p.covered.rate(),
        p.no.rate(),
        p.no.hit,
        p.no.items
    );
}
