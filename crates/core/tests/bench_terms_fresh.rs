//! `crates/fi/benches/data/builtin-terms.tsv` is the built-in packs' term set, for somelint-fi's
//! benches (which cannot read the packs themselves). It is generated here from the packs; this
//! fails when a pack's terms changed and the file was not made again:
//! `SOMELINT_BLESS=1 cargo test -p somelint-core --test bench_terms_fresh`.

use std::collections::BTreeSet;
use std::path::Path;

use somelint_core::model::{Compounds, Simple};
use somelint_core::RuleSet;

fn table() -> String {
    let mut terms = BTreeSet::new();
    for rule in RuleSet::builtin().rules() {
        rule.def.for_each_simple(|s| {
            if let Simple::Terms {
                terms: list,
                options,
            } = s
            {
                for t in list {
                    let compounds = match options.compounds {
                        Compounds::None => "None",
                        Compounds::Head => "Head",
                        Compounds::Any => "Any",
                        Compounds::HeadOnly => "HeadOnly",
                    };
                    let sensitive = options.case == somelint_core::model::Case::Sensitive;
                    terms.insert(format!(
                        "{t}\t{}\t{compounds}\t{sensitive}",
                        options.inflect
                    ));
                }
            }
        });
    }
    terms.into_iter().map(|l| l + "\n").collect()
}

#[test]
fn bench_term_set_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fi/benches/data/builtin-terms.tsv");
    let now = table();
    if std::env::var_os("SOMELINT_BLESS").is_some() {
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let committed =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        committed == now,
        "{} is stale: run `SOMELINT_BLESS=1 cargo test -p somelint-core --test bench_terms_fresh`",
        path.display()
    );
}
