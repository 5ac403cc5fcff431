//! Shows which terms match a word form and where:
//! `inflection_debug TERM FORM [any|head|none] [disguise]` (with `disguise`, the term has disguise
//! on and the disguised readings of FORM are listed too).

use somelint_fi::{Compounds, TermMatcher, TermSpec};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: inflection_debug TERM FORM [any|head|none] [disguise]");
        std::process::exit(2);
    }
    let compounds = match args.get(2).map(String::as_str) {
        Some("any") => Compounds::Any,
        Some("head") => Compounds::Head,
        _ => Compounds::None,
    };
    let disguise = args.get(3).is_some_and(|a| a == "disguise");
    let m = TermMatcher::new(&[TermSpec {
        compounds,
        disguise,
        ..TermSpec::new(args[0].clone())
    }])
    .expect("term compiles");
    let mut hits = Vec::new();
    m.find_all(&args[1], &mut hits);
    println!("{:?}", hits);
    for line in m.explain(&args[1]) {
        println!("{line}");
    }
    if disguise {
        for line in m.explain_disguise(&args[1]) {
            println!("disguise: {line}");
        }
    }
}
