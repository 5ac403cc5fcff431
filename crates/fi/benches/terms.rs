//! Throughput of [`TermMatcher::find_all`] with 300 inflected terms on a few MB of Finnish text.
//!
//! The corpus is generated deterministically (fixed seed): words drawn by frequency from the
//! committed list `benches/data/fi-words.tsv` (wordfreq's 20,000 most frequent Finnish words), with
//! one word in 25 replaced by a word form of `tests/data/inflection-extra.tsv` so that the terms
//! really do occur, inflected and in compounds. The terms are the table's base forms plus other
//! base forms Voikko gave for its words, 300 in all. Each mode is measured with disguise off and
//! on for every term (`docs/disguise.md`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use somelint_fi::{Compounds, TermMatcher, TermSpec};

#[path = "support/corpus.rs"]
mod corpus;

use corpus::{corpus, data};

fn bench(c: &mut Criterion) {
    let (forms, terms) = data();
    let text = corpus(&forms, 4 << 20);
    let mut group = c.benchmark_group("terms");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    // With disguise on for every term, a pass may cost at most 25 % more than without.
    for (name, compounds, disguise) in [
        ("300 inflected, none", Compounds::None, false),
        ("300 inflected, none, disguise", Compounds::None, true),
        ("300 inflected, any", Compounds::Any, false),
        ("300 inflected, any, disguise", Compounds::Any, true),
    ] {
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
        group.bench_function(name, |b| {
            b.iter(|| {
                hits.clear();
                m.find_all(&text, &mut hits);
                hits.len()
            })
        });
    }
    group.bench_function("compile 300 terms", |b| {
        let specs: Vec<TermSpec> = terms.iter().map(|t| TermSpec::new(t.clone())).collect();
        b.iter(|| TermMatcher::new(&specs).expect("terms compile").len())
    });
    group.bench_function("from_bytes 300 terms", |b| {
        let specs: Vec<TermSpec> = terms.iter().map(|t| TermSpec::new(t.clone())).collect();
        let bytes = TermMatcher::new(&specs).expect("terms compile").to_bytes();
        b.iter(|| TermMatcher::from_bytes(&bytes).expect("bytes read").len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
