//! The benchmark corpus and terms (shared by the `terms` bench and the `terms_throughput`
//! example).

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, xs: &'a [String]) -> &'a str {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

pub(crate) fn data() -> (Vec<String>, Vec<String>) {
    let table = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/inflection-extra.tsv"
    ));
    let mut forms = Vec::new();
    let mut terms: Vec<String> = Vec::new();
    let mut more: Vec<String> = Vec::new();
    for line in table.lines() {
        if line.starts_with('#') || line.starts_with("lemma\t") {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            continue;
        }
        forms.push(cols[1].to_string());
        if !terms.iter().any(|t| t == cols[0]) {
            terms.push(cols[0].to_string());
        }
        for l in cols[3].split('|') {
            if l.chars().count() >= 4 && l.chars().all(char::is_alphabetic) {
                more.push(l.to_string());
            }
        }
    }
    more.sort();
    more.dedup();
    more.retain(|m| !terms.contains(m));
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    while terms.len() < 300 && !more.is_empty() {
        let i = (rng.next() % more.len() as u64) as usize;
        terms.push(more.swap_remove(i));
    }
    (forms, terms)
}

pub(crate) fn corpus(forms: &[String], bytes: usize) -> String {
    let list = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/benches/data/fi-words.tsv"
    ));
    let mut words = Vec::new();
    let mut cumulative = Vec::new();
    let mut total = 0u64;
    for line in list.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(w), Some(f)) = (cols.next(), cols.next()) else {
            continue;
        };
        total += f.parse::<u64>().unwrap_or(1);
        words.push(w.to_string());
        cumulative.push(total);
    }
    let mut rng = Rng(0x0DDB_A11C_0FFE_E000);
    let mut text = String::with_capacity(bytes + 100);
    let mut in_sentence = 0;
    while text.len() < bytes {
        let w = if rng.next() % 25 == 0 {
            rng.pick(forms)
        } else {
            let r = rng.next() % total;
            &words[cumulative.partition_point(|&c| c <= r)]
        };
        if in_sentence == 0 {
            let mut cs = w.chars();
            if let Some(c) = cs.next() {
                text.extend(c.to_uppercase());
                text.push_str(cs.as_str());
            }
        } else {
            text.push_str(w);
        }
        in_sentence += 1;
        if in_sentence > 8 && rng.next() % 5 == 0 {
            text.push_str(if rng.next() % 7 == 0 { "!\n" } else { ". " });
            in_sentence = 0;
        } else if rng.next() % 12 == 0 {
            text.push_str(", ");
        } else {
            text.push(' ');
        }
    }
    text
}
