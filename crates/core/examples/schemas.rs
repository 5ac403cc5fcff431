//! Writes the JSON Schemas of the rule-file, config and registry formats into `schemas/`,
//! generated from the library's types (`cargo run -p somelint-core --example schemas`);
//! `tests/schemas_fresh.rs` fails when the committed files are stale.

use std::path::Path;

fn main() -> std::io::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    std::fs::create_dir_all(&dir)?;
    for (name, text) in somelint_core::model::schema_files() {
        std::fs::write(dir.join(name), text)?;
        println!("wrote schemas/{name}");
    }
    Ok(())
}
