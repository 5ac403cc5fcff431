//! Consonant gradation: the alternation of the consonant(s) at the start of a stem's last
//! syllable (`kirkko` ~ `kirkon`, `tytär` ~ `tyttären`, `hammas` ~ `hampaan`).
//!
//! The guesser does not know whether a word takes part in gradation (loan words such as `auto`
//! do not), so callers use the original stem *and* the graded variants: a form that does not
//! exist in the language costs nothing but a few bytes of automaton.

use super::is_vowel;

/// Finds the consonant cluster right before the last vowel run of `s` (as char indices
/// `start..end`), when that cluster follows a vowel (so word-initial consonants never grade).
fn last_cluster(cs: &[char]) -> Option<(usize, usize)> {
    // The last vowel of the word.
    let last_v = cs.iter().rposition(|&c| is_vowel(c))?;
    // Start of the vowel run that holds it.
    let mut vrun = last_v;
    while vrun > 0 && is_vowel(cs[vrun - 1]) {
        vrun -= 1;
    }
    let end = vrun;
    let mut start = end;
    while start > 0 && !is_vowel(cs[start - 1]) {
        start -= 1;
    }
    if start == end || start == 0 {
        return None;
    }
    Some((start, end))
}

/// Whether the gradation site of `s` is a single `k` between vowels (`laki`, `reikä`), which
/// always grades: `lain`, never `lakin`.
pub(crate) fn single_k(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    matches!(last_cluster(&cs), Some((a, b)) if b == a + 1 && cs[a] == 'k')
}

/// Weak-grade variants of a stem in the strong grade (`kirkko` → `kirko`, `tappa` → `tapa`,
/// `lehti` → `lehdi`, `joke` → `joe`, `luku` → `luvu`). Empty when no rule applies.
pub(crate) fn weaken(s: &str) -> Vec<String> {
    let cs: Vec<char> = s.chars().collect();
    let Some((start, end)) = last_cluster(&cs) else {
        return Vec::new();
    };
    let cl: String = cs[start..end].iter().collect();
    let before: String = cs[..start].iter().collect();
    let after: String = cs[end..].iter().collect();
    let prev_v = cs[start - 1];
    let next_v = cs.get(end).copied().unwrap_or('a');
    let mut out = Vec::new();
    let mut push = |new_cl: &str, cut: usize| {
        let keep: String = cl.chars().take(cl.chars().count() - cut).collect();
        out.push(format!("{before}{keep}{new_cl}{after}"));
    };
    let tail2: String = cl
        .chars()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    match tail2.as_str() {
        "kk" => push("k", 2),
        "pp" => push("p", 2),
        "tt" => push("t", 2),
        "nk" => push("ng", 2),
        "mp" => push("mm", 2),
        "lt" => push("ll", 2),
        "nt" => push("nn", 2),
        "rt" => push("rr", 2),
        "lp" => push("lv", 2),
        "rp" => push("rv", 2),
        "ht" => push("hd", 2),
        "lk" => {
            push("l", 2);
            if matches!(next_v, 'e' | 'i') {
                push("lj", 2);
            }
        }
        "rk" => {
            push("r", 2);
            if matches!(next_v, 'e' | 'i') {
                push("rj", 2);
            }
        }
        "hk" => push("h", 2),
        _ => {
            if cl.chars().count() == 1 {
                match cs[start] {
                    'k' => {
                        if prev_v == next_v && matches!(prev_v, 'u' | 'y') {
                            push("v", 1);
                        }
                        push("", 1);
                    }
                    'p' => push("v", 1),
                    't' => push("d", 1),
                    _ => {}
                }
            }
        }
    }
    out
}

/// Strong-grade variants of a stem in the weak grade (`tytär` → `tyttär`, `hammas` → `hampas`,
/// `päihde` → `päihte`, `valehdel` → `valehtel`, `tava` → `tapa`). Empty when no rule applies.
pub(crate) fn strengthen(s: &str) -> Vec<String> {
    let cs: Vec<char> = s.chars().collect();
    let Some((start, end)) = last_cluster(&cs) else {
        return Vec::new();
    };
    let cl: String = cs[start..end].iter().collect();
    let before: String = cs[..start].iter().collect();
    let after: String = cs[end..].iter().collect();
    let n = cl.chars().count();
    let mut out = Vec::new();
    let mut push = |new_cl: &str, cut: usize| {
        let keep: String = cl.chars().take(n - cut).collect();
        out.push(format!("{before}{keep}{new_cl}{after}"));
    };
    let last: Vec<char> = cl.chars().rev().take(2).collect();
    let tail2: String = last.iter().rev().collect();
    match tail2.as_str() {
        "ng" => push("nk", 2),
        "mm" => push("mp", 2),
        "ll" => push("lt", 2),
        "nn" => push("nt", 2),
        "rr" => push("rt", 2),
        "hd" => push("ht", 2),
        "lv" => push("lp", 2),
        "rv" => push("rp", 2),
        "lj" => push("lk", 2),
        "rj" => push("rk", 2),
        // After `n m r l`, a stop doubles in loans and slang (`tankata` → `tankkaa`, `pumpata`
        // → `pumppaa`, `runkata` → `runkkaa`, `parkata` → `parkkaa`).
        "nk" | "mp" | "rk" | "lk" => push(&format!("{tail2}{}", &tail2[1..]), 2),
        _ => {
            if n == 1 {
                match cs[start] {
                    'd' => push("t", 1),
                    'v' => push("p", 1),
                    't' => push("tt", 1),
                    'p' => push("pp", 1),
                    'k' => push("kk", 1),
                    _ => {}
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weakens() {
        assert_eq!(weaken("kirkko"), ["kirko"]);
        assert_eq!(weaken("idiootti"), ["idiooti"]);
        assert_eq!(weaken("tappa"), ["tapa"]);
        assert_eq!(weaken("lehti"), ["lehdi"]);
        assert!(weaken("joke").contains(&"joe".to_string()));
        assert!(weaken("luku").contains(&"luvu".to_string()));
        assert_eq!(weaken("syöpä"), ["syövä"]);
        assert!(weaken("rasisti").is_empty());
        assert!(weaken("ta").is_empty());
    }

    #[test]
    fn strengthens() {
        assert_eq!(strengthen("tytär"), ["tyttär"]);
        assert_eq!(strengthen("hammas"), ["hampas"]);
        assert_eq!(strengthen("päihde"), ["päihte"]);
        assert_eq!(strengthen("valehdel"), ["valehtel"]);
        assert_eq!(strengthen("tava"), ["tapa"]);
        assert_eq!(strengthen("runka"), ["runkka"]);
        assert_eq!(strengthen("pumpa"), ["pumppa"]);
        assert_eq!(strengthen("hanga"), ["hanka"]);
        assert!(strengthen("potilas").is_empty());
        assert!(strengthen("tul").is_empty());
    }
}
