//! Lints a draft from Rust with the built-in packs and an organisation's config.
//!
//! `cargo run -p somelint-core --example lint_draft -- "Tämä on perkeleen hyvä päätös."`

use somelint_core::{Config, Draft, Lang, LineIndex, LintOptions, Linter, RuleSet};

fn main() {
    let text = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Tämä on perkeleen hyvä päätös.".to_string());
    let mut config = Config::default();
    config.organisation.name = Some("Esimerkin kunta".into());
    config.organisation.domains = vec!["esimerkki.fi".into()];

    // Compile once; `Linter` is `Send + Sync`, so share it between threads for many drafts.
    let linter = Linter::new(
        &RuleSet::builtin(),
        LintOptions {
            config,
            ..LintOptions::default()
        },
    )
    .expect("the built-in packs compile");

    let draft = Draft::text(text.as_str());
    let report = linter.lint(&draft);
    let index = LineIndex::new(draft.source());
    for d in &report.diagnostics {
        let at = index.line_col(draft.source(), d.span.start);
        println!(
            "{}:{} {} [{}] {}",
            at.line,
            at.column,
            d.severity().as_str(),
            d.rule.id,
            d.message(Lang::Fi, true)
        );
    }
    if report.diagnostics.is_empty() {
        println!("Ei huomautettavaa.");
    }
}
