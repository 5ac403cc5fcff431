//! Shows which terms match a word form and where: `inflection_debug TERM FORM [any|head|none]`.

use somelint_fi::{Compounds, TermMatcher, TermSpec};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: inflection_debug TERM FORM [any|head|none]");
        std::process::exit(2);
    }
    let compounds = match args.get(2).map(String::as_str) {
        Some("any") => Compounds::Any,
        Some("head") => Compounds::Head,
        _ => Compounds::None,
    };
    let m = TermMatcher::new(&[TermSpec {
        compounds,
        ..TermSpec::new(args[0].clone())
    }])
    .expect("term compiles");
    let mut hits = Vec::new();
    m.find_all(&args[1], &mut hits);
    println!("{:?}", hits);
    for line in m.explain(&args[1]) {
        println!("{line}");
    }
}
