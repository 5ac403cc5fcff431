//! The JSON Schemas in `schemas/` are generated from the library's types; this fails when a
//! type changed and the files were not made again.

use std::path::Path;

#[test]
fn committed_schemas_are_fresh() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    for (name, text) in somelint_core::model::schema_files() {
        let path = dir.join(name);
        let committed =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            committed == text,
            "schemas/{name} is stale: run `cargo run -p somelint-core --example schemas`"
        );
    }
}
