//! `src/metrics/x_tables.rs` is generated from the upstream files in `data/x-tables/` by the
//! `make_x_tables` example. This runs the same generator in memory and fails while the committed
//! file differs from what it makes, and fails (does not skip) when an input is missing.

#[path = "../examples/make_x_tables/generate.rs"]
mod generate;

#[test]
fn x_tables_rs_is_what_the_committed_inputs_give() {
    let generated = generate::generate(&generate::data_dir()).unwrap_or_else(|e| panic!("{e}"));
    let path = generate::output_path();
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()))
            + 1;
        panic!(
            "{} is stale or was edited by hand (first difference at line {line}); \
             regenerate it with `{}`",
            path.display(),
            generate::COMMAND
        );
    }
}

#[test]
fn the_inputs_keep_their_readme_and_licences() {
    let dir = generate::data_dir();
    for name in [
        "README.md",
        "twitter-text/LICENSE",
        "twemoji-parser/LICENSE.md",
    ] {
        assert!(
            dir.join(name).is_file(),
            "{} is missing; `{}` fetches the inputs and licences again",
            dir.join(name).display(),
            generate::FETCH
        );
    }
}

#[test]
fn missing_inputs_are_an_error_naming_the_fetch_script() {
    let dir = generate::data_dir().join("no-such-folder");
    let err = generate::generate(&dir).expect_err("no inputs, no tables");
    assert!(err.contains(generate::FETCH), "{err}");
}
