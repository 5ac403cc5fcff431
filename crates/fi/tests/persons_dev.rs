//! Recall and precision of the person finder on the blind `dev` sentences
//! (`fixtures/corpus/persons/dev.jsonl`; the `test` half stays frozen for final reports).

use std::path::Path;

use somelint_fi::persons::PersonFinder;

#[path = "support/persons.rs"]
mod persons;

#[test]
fn dev_sentences_meet_targets() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/corpus/persons/dev.jsonl");
    let r = persons::run(&path, PersonFinder::builtin());
    println!("{}", r.text);
    let t = &r.total;
    assert!(t.found + t.missed >= 250, "the dev file has its mentions");
    assert!(t.recall() >= 0.95, "recall {:.3}\n{}", t.recall(), r.text);
    assert!(
        t.precision() >= 0.95,
        "precision {:.3}\n{}",
        t.precision(),
        r.text
    );
    // Every kind with enough mentions to say something.
    for (kind, c) in &r.kinds {
        if c.found + c.missed >= 20 {
            assert!(
                c.recall() >= 0.9,
                "{kind}: recall {:.3}\n{}",
                c.recall(),
                r.text
            );
        }
        if c.right + c.wrong >= 20 {
            assert!(
                c.precision() >= 0.8,
                "{kind}: precision {:.3}\n{}",
                c.precision(),
                r.text
            );
        }
    }
}
