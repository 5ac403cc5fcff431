//! The rest of a token after a stem: its readings (symbols as letters, masks as nothing), and
//! the standard shapes of colloquial and misspelt endings.

use super::text::Sym;
use super::walk::Stats;

/// At most this many readings of a rest are tried.
const MAX_RESTS: usize = 32;

/// The readings of the symbols after a stem (`extra`: a run letter that may be read once
/// more): masks of one character and gaps as nothing, symbols as their letters, runs once or
/// twice; spaces only between spaced letters.
pub(super) fn rests(syms: &[Sym], extra: Option<char>, spaced: bool) -> Vec<(String, Stats)> {
    let mut out = vec![(String::new(), Stats::default())];
    if let Some(c) = extra {
        out.push((c.to_string(), Stats::default()));
    }
    for &s in syms {
        let mut next = Vec::with_capacity(out.len());
        for (r, st) in &out {
            let mut push = |add: &str, f: &dyn Fn(&mut Stats)| {
                let mut st = *st;
                st.tail_dropped = false;
                f(&mut st);
                next.push((format!("{r}{add}"), st));
            };
            match s {
                Sym::Letter(c) => push(c.encode_utf8(&mut [0; 4]), &|st| st.real += 1),
                Sym::Run(c) => {
                    let one = c.to_string();
                    push(&one, &|st| st.runs += 1);
                    push(&format!("{c}{c}"), &|st| st.runs += 1);
                }
                Sym::Subst(a, b, mask) => {
                    push(a.encode_utf8(&mut [0; 4]), &|st| st.subst += 1);
                    if b != a {
                        push(b.encode_utf8(&mut [0; 4]), &|st| st.subst += 1);
                    }
                    if mask {
                        push("", &|st| {
                            st.marks += 1;
                            st.tail_dropped = true;
                        });
                    }
                }
                Sym::Mask(1) | Sym::Gap => push("", &|st| st.marks += 1),
                // A masked last letter of an ending: a vowel or `n`, as endings end.
                Sym::EndMask => {
                    for v in ["a", "ä", "i", "e", "n", "u", "y", "o", "ö"] {
                        push(v, &|st| {
                            st.marks += 1;
                            st.masked += 1;
                        });
                    }
                }
                Sym::Hyphen => push("-", &|_| {}),
                Sym::Space if spaced => push("", &|st| st.marks += 1),
                _ => {}
            }
        }
        next.truncate(MAX_RESTS);
        out = next;
    }
    out
}

/// How a rest was reshaped before its check.
#[derive(Debug, Clone, Copy)]
pub(super) enum Weak {
    /// As written.
    Plain,
    /// In its standard shape, from a colloquial one.
    Dialect,
    /// With a doubled letter written once, at this byte of the rest.
    Edit(usize),
}

/// The rest with its first consonant doubled, as Finnish endings double them (`-ssa`, `-lla`,
/// `-lle`, `-tta`, `-nne`, `-mme`, `-llinen`), where it was written once: a missing letter in
/// the ending (`helvetilinen`, `vitusa`).
pub(super) fn doubled(rest: &str) -> Option<String> {
    let b = rest.as_bytes();
    let c = *b.first()?;
    (matches!(c, b's' | b'l' | b't' | b'n' | b'm') && b.get(1) != Some(&c))
        .then(|| format!("{}{rest}", c as char))
}

/// The rest in the standard shapes of colloquial endings: `vituiks` (`-ksi`), `helvetis`,
/// `helvetist` (`-ssa`, `-sta`), `perseesee` (illative `-n`), `vittuu` (partitive `-A`),
/// `vittumaine`, `paskamanen` (`-inen`), `perkeleh` (a final `h`).
pub(super) fn colloquial(stem: &str, rest: &str) -> Vec<(String, Weak)> {
    let mut out = Vec::new();
    let mut add = |r: String| out.push((r, Weak::Dialect));
    if rest.ends_with("ks") {
        add(format!("{rest}i"));
    } else if rest.ends_with('s') {
        add(format!("{rest}sa"));
        add(format!("{rest}sä"));
    } else if rest.ends_with("st") {
        add(format!("{rest}a"));
        add(format!("{rest}ä"));
    }
    let z = rest.chars().next_back();
    let y = rest
        .chars()
        .rev()
        .nth(1)
        .or_else(|| stem.chars().next_back());
    if let (Some(z), Some(y)) = (z, y) {
        if z == y && crate::inflect::is_vowel(z) {
            add(format!("{rest}n"));
            if matches!(z, 'u' | 'i' | 'e' | 'o' | 'y' | 'ö') {
                let cut = &rest[..rest.len() - z.len_utf8()];
                add(format!("{cut}a"));
                add(format!("{cut}ä"));
            }
        }
    }
    // The eastern dialects' final `h` after a vowel (`perkeleh`, `saatanah`): no Finnish word
    // ends so.
    if let Some(cut) = rest.strip_suffix('h') {
        let before = cut.chars().next_back().or_else(|| stem.chars().next_back());
        if before.is_some_and(crate::inflect::is_vowel) {
            add(cut.to_string());
        }
    }
    if rest.ends_with("ine") || (rest == "e" && stem.ends_with("in")) {
        add(format!("{rest}n"));
    }
    for v in ["anen", "onen", "änen", "önen"] {
        if let Some(cut) = rest.strip_suffix(v) {
            let v0 = &v[..v.len() - 3];
            add(format!("{cut}{v0}inen"));
        }
    }
    out
}
