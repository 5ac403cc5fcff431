//! The person finder on real singular case forms of listed names (`tests/data/name-forms.tsv`:
//! forms Voikko analyses as a singular of that first name or surname, made by
//! `scripts/make_name_forms.py`), each in a plain sentence: a first name alone (in the
//! inessive before a surname), a surname after a first name. The misses left are mostly forms
//! of rare names that are also word forms or dialect partitives (`Suomelata`).

use somelint_fi::persons::PersonFinder;

#[test]
fn singular_name_forms_are_found() {
    let data = include_str!("data/name-forms.tsv");
    let finder = PersonFinder::builtin();
    let (mut found, mut total) = (0usize, 0usize);
    let mut misses = Vec::new();
    let mut out = Vec::new();
    for line in data.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (form, kind) = (cols[1], cols[2]);
        let inessive = form.ends_with("ssa") || form.ends_with("ssä");
        let name = if kind == "first" && inessive {
            // A first name alone in the inessive names a place or a thing (`Wilmassa`); the
            // form is a name in a full name.
            format!("{form} Virtasessa")
        } else if kind == "first" {
            form.to_string()
        } else {
            format!("Anna {form}")
        };
        let text = format!("Kerroimme asiasta eilen myös {name} ja muille.");
        // The form itself must be inside a mention, not only the name written with it.
        let at = text.find(&name).expect("the name is in the sentence")
            + name.find(form).expect("the form is in the name");
        out.clear();
        finder.find(&text, &mut out);
        total += 1;
        if out.iter().any(|m| m.start < at + form.len() && at < m.end) {
            found += 1;
        } else {
            misses.push(form);
        }
    }
    let recall = found as f64 / total as f64;
    println!("{found} of {total} ({recall:.3}); missed: {misses:?}");
    assert!(total > 2500, "the table has its forms");
    assert!(recall >= 0.98, "recall {recall:.3}; missed: {misses:?}");
}
