//! Writes `crates/core/src/metrics/x_tables.rs` from the committed inputs in
//! `crates/core/data/x-tables/` (no network):
//!
//! ```text
//! cargo run -p somelint-core --example make_x_tables
//! ```
//!
//! `scripts/fetch_x_tables_data.sh` fetches the inputs again; `tests/x_tables_fresh.rs` fails
//! while the committed file is not what this writes.

mod generate;

use std::process::ExitCode;

fn main() -> ExitCode {
    let text = match generate::generate(&generate::data_dir()) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("make_x_tables: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = generate::output_path();
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old == text {
        println!("{} is up to date", path.display());
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("make_x_tables: cannot write {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    println!("wrote {}", path.display());
    ExitCode::SUCCESS
}
