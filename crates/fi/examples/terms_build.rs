//! Build cost of the built-in term set (`benches/data/builtin-terms.tsv`, the terms of
//! somelint's rule packs): compiles it with [`TermMatcher::new`], writes it with
//! [`TermMatcher::to_bytes`] and reads it back with [`TermMatcher::from_bytes`].
//!
//! Count instructions with `valgrind --tool=callgrind target/release/examples/terms_build` and
//! `callgrind_annotate --inclusive=yes` (the `new` and `from_bytes` lines).

use std::time::Instant;

use somelint_fi::{Compounds, TermMatcher, TermSpec};

fn main() {
    let table = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/benches/data/builtin-terms.tsv"
    ));
    let specs: Vec<TermSpec> = table
        .lines()
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            let [text, inflect, compounds, case] = c[..] else {
                return None;
            };
            Some(TermSpec {
                text: text.to_string(),
                inflect: inflect == "true",
                compounds: match compounds {
                    "Any" => Compounds::Any,
                    "Head" => Compounds::Head,
                    "HeadOnly" => Compounds::HeadOnly,
                    _ => Compounds::None,
                },
                case_sensitive: case == "true",
                disguise: false,
            })
        })
        .collect();
    let t0 = Instant::now();
    let m = TermMatcher::new(&specs).expect("terms compile");
    let t1 = Instant::now();
    let bytes = m.to_bytes();
    let t2 = Instant::now();
    let back = TermMatcher::from_bytes(&bytes).expect("bytes read back");
    let t3 = Instant::now();
    println!(
        "{} terms: new {:?}, to_bytes {:?} ({} bytes), from_bytes {:?}",
        specs.len(),
        t1 - t0,
        t2 - t1,
        bytes.len(),
        t3 - t2
    );
    let mut a = Vec::new();
    let mut b = Vec::new();
    let text = "Matti sairastaa syöpää ja on sairaalassa; potilastiedot ovat salassa pidettäviä.";
    m.find_all(text, &mut a);
    back.find_all(text, &mut b);
    assert_eq!(a, b);
    println!("{} hits in the sample sentence", a.len());
}
