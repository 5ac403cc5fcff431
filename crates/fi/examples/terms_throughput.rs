//! Single-core throughput of term matching on the benchmark corpus, measured in CPU time (so
//! that a busy machine does not distort it): `cargo run --release -p somelint-fi --example
//! terms_throughput [ROUNDS [none|any [disguise|plain [tone]]]]`. Under `valgrind
//! --tool=callgrind`, `1 none` gives the instructions of one pass (`callgrind_annotate
//! --inclusive=yes`, `find_all`); `disguise` turns disguise on for every term; `tone` takes the
//! terms of `tests/data/disguise-terms.txt` (the tone pack's swear words and insults) instead of
//! the 300 benchmark terms.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::time::Instant;

use somelint_fi::{Compounds, TermMatcher, TermSpec};

/// CPU time of this process in seconds (Linux), or `None`.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(10);
    let only = args.get(1).cloned();
    let disguise = args.get(2).is_some_and(|a| a == "disguise");
    let (forms, mut terms) = corpus::data();
    if args.get(3).is_some_and(|a| a == "tone") {
        let list = include_str!("../tests/data/disguise-terms.txt");
        terms = list
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
    }
    let text = corpus::corpus(&forms, 4 << 20);
    let mb = text.len() as f64 / 1e6;
    println!(
        "corpus {:.1} MB ({} bytes), {} terms",
        mb,
        text.len(),
        terms.len()
    );
    for (name, compounds) in [("none", Compounds::None), ("any", Compounds::Any)] {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let specs: Vec<TermSpec> = terms
            .iter()
            .map(|t| TermSpec {
                compounds,
                disguise,
                ..TermSpec::new(t.clone())
            })
            .collect();
        let m = TermMatcher::new(&specs).expect("terms compile");
        let mut hits = Vec::new();
        let (c0, t0) = (cpu_seconds(), Instant::now());
        for _ in 0..rounds {
            hits.clear();
            m.find_all(&text, &mut hits);
        }
        let wall = t0.elapsed().as_secs_f64();
        let cpu = cpu_seconds().zip(c0).map(|(a, b)| a - b);
        let secs = cpu.filter(|&c| c > 0.0).unwrap_or(wall);
        println!(
            "compounds {name:<4}: {:>7.1} MB/s CPU ({:.1} MB/s wall), {} hits per pass",
            mb * rounds as f64 / secs,
            mb * rounds as f64 / wall,
            hits.len()
        );
    }
}
