//! Recall and precision of the built-in packs on labelled drafts, per category, with every miss
//! and false alarm: `scripts/eval fixtures/corpus/main/dev.jsonl` (see `fixtures/corpus/README.md`).
//!
//! Options: `--brief` (the table only), `--category NAME` (only that category's lines),
//! `--suggestions` (count suggestions as flags too; by default a draft is flagged in a category
//! by a warning or an error), `--rules DIR` (the packs of a folder as they are now, instead of
//! the built-in ones: for tuning a pack without rebuilding), `--flags` (also a line per flagged
//! draft and category, `FLAG category id label [rules]`, whatever its label).

#[allow(dead_code)]
mod score;

fn main() {
    let mut files = Vec::new();
    let mut brief = false;
    let mut only: Option<String> = None;
    let mut min = somelint_core::Severity::Warning;
    let mut dir: Option<std::path::PathBuf> = None;
    let mut flags = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--brief" => brief = true,
            "--category" => only = args.next(),
            "--suggestions" => min = somelint_core::Severity::Suggestion,
            "--rules" => dir = args.next().map(Into::into),
            "--flags" => flags = true,
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        eprintln!("usage: scripts/eval [--brief] [--category NAME] FILE.jsonl…");
        std::process::exit(2);
    }
    let rules = score::rules(dir.as_deref());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
            eprintln!("{file}: {e}");
            std::process::exit(2)
        });
        let items = score::read(&text);
        let found = score::flagged(&items, &rules, min);
        let mut scores = score::score(&items, &found);
        if let Some(c) = &only {
            scores.retain(|k, _| k == c);
        }
        println!("== {file}: {} items", items.len());
        print!("{}", score::report(&scores, brief));
        if flags {
            for (item, found) in items.iter().zip(&found) {
                for (category, rules) in found {
                    if only.as_ref().is_some_and(|c| c != category) {
                        continue;
                    }
                    let label = item.labels.get(category).map_or("-", String::as_str);
                    let names: Vec<&str> = rules.iter().map(String::as_str).collect();
                    println!("FLAG {category} {} {label} [{}]", item.id, names.join(", "));
                }
            }
        }
    }
}
