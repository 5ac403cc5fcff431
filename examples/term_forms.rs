//! Writes every word form of the benchmark vocabulary that somelint's inflection matching finds for
//! the 300 benchmark terms — the forms a tool without inflection must be given written out, one a
//! line (used by `scripts/compare.sh` to give ripgrep and textlint the same job).
//!
//! `cargo run --release --example term_forms -- OUT_FILE`

#[path = "../benches/corpus.rs"]
mod corpus;

use somelint_core::{LintOptions, Linter, RuleSet, SourceFile};

fn main() -> std::io::Result<()> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/corpus/forms.txt".into());
    let mut yaml = String::from(
        "pack: bench\nrules:\n  - id: tone.bench_terms\n    severity: warning\n    message: x\n    source: bench\n    match:\n      terms:\n",
    );
    for t in corpus::terms() {
        yaml.push_str(&format!("        - {t}\n"));
    }
    let mut set = RuleSet::new();
    set.add_file(SourceFile::new("bench.yaml", yaml))
        .expect("bench pack");
    let linter = Linter::new(&set, LintOptions::default()).expect("compiles");
    // Every distinct word of the corpus vocabulary that the inflected terms match.
    let text = corpus::vocabulary().join("\n");
    let mut forms: Vec<String> = linter
        .lint_text(&text)
        .diagnostics
        .into_iter()
        .map(|d| d.matched.to_lowercase())
        .collect();
    forms.sort();
    forms.dedup();
    std::fs::write(&out, forms.join("\n") + "\n")?;
    eprintln!(
        "{} forms of {} terms in {out}",
        forms.len(),
        corpus::terms().len()
    );
    Ok(())
}
