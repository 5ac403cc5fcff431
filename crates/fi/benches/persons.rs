//! Throughput of [`PersonFinder::find`] on the benchmark corpus of the `terms` bench (a few MB of
//! Finnish words drawn by frequency, sentences capitalised), and on the same corpus with one word
//! in 20 replaced by a person mention (names in many cases, relations, ages, pronouns), so that
//! the name lookups and rules really run.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use somelint_fi::persons::{Mention, PersonFinder};

#[path = "support/corpus.rs"]
mod corpus;

/// Mentions mixed into the second corpus.
const MENTIONS: [&str; 16] = [
    "Tuuli Mäkinen",
    "Virtasen",
    "Sarille",
    "M. Virtanen",
    "äitisi",
    "potilaamme",
    "hänen",
    "75-vuotiaalle",
    "Kimmo Lahden",
    "Aleksille",
    "Niemisten",
    "hän",
    "opettaja Hakala",
    "Juha-Pekka Kärkkäisestä",
    "naapurini",
    "kuusikymppinen",
];

fn with_mentions(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 10);
    for (i, w) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(if i % 20 == 7 {
            MENTIONS[i / 20 % MENTIONS.len()]
        } else {
            w
        });
    }
    out
}

fn bench(c: &mut Criterion) {
    let (forms, _) = corpus::data();
    let plain = corpus::corpus(&forms, 4 << 20);
    let mixed = with_mentions(&plain);
    let finder = PersonFinder::builtin();
    let mut out: Vec<Mention> = Vec::new();
    let mut group = c.benchmark_group("persons");
    group.sample_size(10);
    for (name, text) in [
        ("find, corpus", &plain),
        ("find, corpus with mentions", &mixed),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                out.clear();
                finder.find(text, &mut out);
                out.len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
