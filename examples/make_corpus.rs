//! Writes the benchmark corpus for the peer comparison (`scripts/compare.sh`).
//!
//! `cargo run --release --example make_corpus -- OUT_DIR [MEGABYTES] [jsonl]` writes `corpus.txt`
//! (posts separated by blank lines; not with `jsonl`), `corpus.jsonl` (one post a record) and
//! `terms.txt`.

#[path = "../benches/corpus.rs"]
mod corpus;

use std::io::Write;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/corpus".into()));
    let mb: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);
    // `jsonl` as a third argument: only the jsonl file (the scaling script needs no text copy).
    let jsonl_only = args.next().as_deref() == Some("jsonl");
    std::fs::create_dir_all(&dir)?;
    let posts = corpus::posts(mb << 20, 0x5eed);
    let mut txt = if jsonl_only {
        None
    } else {
        Some(std::io::BufWriter::new(std::fs::File::create(
            dir.join("corpus.txt"),
        )?))
    };
    let mut jsonl = std::io::BufWriter::new(std::fs::File::create(dir.join("corpus.jsonl"))?);
    for (i, p) in posts.iter().enumerate() {
        if let Some(txt) = &mut txt {
            writeln!(txt, "{p}\n")?;
        }
        writeln!(
            jsonl,
            "{}",
            serde_json::json!({"id": i.to_string(), "text": p})
        )?;
    }
    std::fs::write(dir.join("terms.txt"), corpus::terms().join("\n") + "\n")?;
    eprintln!("{} posts, about {mb} MB, in {}", posts.len(), dir.display());
    Ok(())
}
