//! Benchmarks of the whole engine with the built-in packs.
//!
//! * `compile`: loading and compiling every built-in pack (what start-up costs),
//! * `draft`: linting one typical draft with every built-in pack,
//! * `batch`: throughput in MB/s on the reproducible Finnish corpus with 300 inflected terms plus
//!   the built-in packs, on one thread.
//!
//! `cargo bench --bench lint`

#[path = "corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use somelint_core::{Draft, LintOptions, Linter, RuleSet, SourceFile};

const DRAFT: &str = "Hei kaikki! Uimahallin aukioloajat muuttuvat ensi viikolla: maanantaista \
perjantaihin olemme auki klo 6.30–21, viikonloppuisin 9–18. Kiitos kaikille, jotka vastasivat \
kyselyyn – palautetta tuli yli 400 kappaletta ja luemme jokaisen. Lisätietoja \
https://www.suomussalmi.fi/uimahalli tai vaihteesta 08 6155 41.\n\n-Maija / viestintä\n#Suomussalmi";

/// A rule file with the 300 benchmark terms, inflected, in one rule.
fn terms_pack() -> String {
    let mut yaml = String::from(
        "pack: bench\nrules:\n  - id: tone.bench_terms\n    severity: warning\n    message: x\n    source: bench\n    match:\n      terms:\n",
    );
    for t in corpus::terms() {
        yaml.push_str(&format!("        - {t}\n"));
    }
    yaml
}

fn builtin_with_terms() -> RuleSet {
    let mut set = RuleSet::builtin();
    set.add_file(SourceFile::new("bench.yaml", terms_pack()))
        .expect("bench pack");
    set
}

fn compile(c: &mut Criterion) {
    c.bench_function("compile/builtin", |b| {
        b.iter(|| Linter::new(&RuleSet::builtin(), LintOptions::default()).unwrap())
    });
    let set = builtin_with_terms();
    c.bench_function("compile/builtin+300terms", |b| {
        b.iter(|| Linter::new(&set, LintOptions::default()).unwrap())
    });
}

fn draft(c: &mut Criterion) {
    let linter = Linter::new(&RuleSet::builtin(), LintOptions::default()).unwrap();
    c.bench_function("draft/typical", |b| {
        b.iter(|| linter.lint(&Draft::text(DRAFT)))
    });
}

fn batch(c: &mut Criterion) {
    let posts = corpus::posts(4 << 20, 0x5eed);
    let bytes: usize = posts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let set = builtin_with_terms();
    let configs = [
        ("300terms", {
            let mut s = RuleSet::new();
            s.add_file(SourceFile::new("bench.yaml", terms_pack()))
                .unwrap();
            s
        }),
        ("builtin+300terms", set),
    ];
    for (name, set) in configs {
        let linter = Linter::new(&set, LintOptions::default()).unwrap();
        group.bench_with_input(BenchmarkId::from_parameter(name), &posts, |b, posts| {
            b.iter(|| {
                let mut n = 0;
                for p in posts {
                    n += linter.lint(&Draft::text(p.as_str())).diagnostics.len();
                }
                n
            })
        });
    }
    group.finish();
}

criterion_group!(benches, compile, draft, batch);
criterion_main!(benches);
