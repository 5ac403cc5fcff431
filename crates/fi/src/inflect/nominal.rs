//! Nouns and adjectives: declension guessed from the ending of the nominative singular.

use super::gradation::{single_k, strengthen, weaken};
use super::{drop_last, is_vowel, last_chars, syllables, Class, Out};

/// The stems of a nominal paradigm before they are given their ending classes.
#[derive(Default)]
pub(crate) struct Parts {
    /// Strong singular vowel stems (`kirkko`, `salaise`, `hampaa`).
    pub(crate) strong: Vec<String>,
    /// Extra weak singular vowel stems (the weakened strong stems are added automatically).
    pub(crate) weak: Vec<String>,
    /// Singular vowel stems in the strong grade in every case, with no weakened stem
    /// (`varkaa-`: `varkaan`, `varkaana`; not `varaan`).
    pub(crate) unweakened: Vec<String>,
    /// Long-vowel stems (`työ`, `potilaa`, `päihtee`).
    pub(crate) long: Vec<String>,
    /// Consonant stems (`salais`, `las`, `sydän`).
    pub(crate) cons: Vec<String>,
    /// Plural bases without the `i` of `o/u/y/ö`-stems (`kirkko`, `kirosano`).
    pub(crate) pl_j: Vec<String>,
    /// Plural stems ending in `i` (`kuolemi`, `salaisi`, `järvi`).
    pub(crate) pl_i: Vec<String>,
    /// Long plural stems (`töi`, `hampai`, `asioi`).
    pub(crate) pl_long: Vec<String>,
    /// Stems that may start a compound as they are (`ihmis`).
    pub(crate) link: Vec<String>,
    /// Generate comparative and superlative stems.
    pub(crate) compare: bool,
    /// No derivation stems (the `-nen` words, whose `-(U)Us` derivations are lexemes of their
    /// own: `ihmisyys`, `salaisuus`).
    pub(crate) no_deriv: bool,
    /// No superlative from `e`-stems that are the base form itself (`pelle` → not `pellin`).
    pub(crate) no_superlative: bool,
}

fn s(x: &str) -> String {
    x.to_string()
}

fn with_strong(w: &str) -> Vec<String> {
    let mut v = vec![s(w)];
    v.extend(strengthen(w));
    v
}

/// Emits the stems of `p` with their classes.
pub(crate) fn emit(p: &Parts, out: &mut Out) {
    for x in &p.strong {
        out.add(x, Class::SgStrong);
        // A single `k` always grades (`laki` → `lain`, never `lakin`); other stems may be
        // loans that do not (`auto` → `auton`).
        if !single_k(x) {
            out.add(x, Class::SgWeak);
        }
        for w in weaken(x) {
            out.add(&w, Class::SgWeak);
        }
        if !p.no_deriv {
            out.deriv(drop_last(x, 1));
        }
    }
    for x in &p.weak {
        out.add(x, Class::SgWeak);
    }
    for x in &p.unweakened {
        out.add(x, Class::SgStrong);
        out.add(x, Class::SgWeak);
    }
    for x in &p.long {
        out.add(x, Class::SgLong);
    }
    for x in &p.cons {
        out.add(x, Class::ConsTa);
    }
    for x in &p.pl_j {
        out.add(x, Class::PlJStrong);
        out.add(x, Class::PlJWeak);
        for w in weaken(x) {
            out.add(&w, Class::PlJWeak);
        }
    }
    for x in &p.pl_i {
        out.add(x, Class::PlIStrong);
        out.add(x, Class::PlIWeak);
        for w in weaken(x) {
            out.add(&w, Class::PlIWeak);
        }
    }
    for x in &p.pl_long {
        out.add(x, Class::PlLong);
    }
    for x in &p.link {
        out.link(x, Class::Word);
    }
    if p.compare {
        for x in &p.strong {
            compare(x, !p.no_superlative, out);
        }
    }
}

/// Comparative (`hullumpi`, `salaisempi`) and superlative (`hulluin`, `salaisimmat`) stems.
fn compare(x: &str, superlative: bool, out: &mut Out) {
    let Some(last) = x.chars().next_back() else {
        return;
    };
    if !is_vowel(last) {
        return;
    }
    let mut bases = vec![s(x)];
    if matches!(last, 'a' | 'ä') && syllables(x) <= 2 {
        let e = format!("{}e", drop_last(x, 1));
        bases.extend(weaken(&e));
        bases.push(e);
    }
    for c in &bases {
        compare_forms(c, out);
    }
    if last == 'e' && !superlative {
        return;
    }
    let pen = drop_last(x, 1).chars().next_back();
    let sup = if matches!(last, 'o' | 'u' | 'y' | 'ö') || pen == Some(last) {
        s(x)
    } else {
        s(drop_last(x, 1))
    };
    out.add(&format!("{sup}in"), Class::Word);
    out.add(&format!("{sup}in"), Class::ConsTa);
    out.add(&format!("{sup}impA"), Class::SgStrong);
    out.add(&format!("{sup}immA"), Class::SgWeak);
    out.add(&format!("{sup}impi"), Class::PlIStrong);
    out.add(&format!("{sup}immi"), Class::PlIWeak);
}

/// The stems of a comparative on base `c` (`hullu` → `hullumpi`, `hullumpa-`, `hullumma-`).
fn compare_forms(c: &str, out: &mut Out) {
    out.add(&format!("{c}mpi"), Class::Word);
    out.add(&format!("{c}mpi"), Class::PlIStrong);
    out.add(&format!("{c}mmi"), Class::PlIWeak);
    out.add(&format!("{c}mpA"), Class::SgStrong);
    out.add(&format!("{c}mmA"), Class::SgWeak);
    out.add(&format!("{c}mpAin"), Class::Word);
}

/// The plural stem of a word ending in a long vowel or diphthong (`työ` → `töi`, `maa` → `mai`).
fn long_plural(w: &str) -> String {
    let two = last_chars(w, 2);
    let base = drop_last(w, 2);
    match two {
        "uo" => format!("{base}oi"),
        "yö" => format!("{base}öi"),
        "ie" => format!("{base}ei"),
        _ => format!("{}i", drop_last(w, 1)),
    }
}

/// Guesses the declension of `w` (lower-case nominative singular) and emits its stems.
pub(crate) fn expand(w: &str, out: &mut Out) {
    expand_with(w, true, out);
}

/// Like [`expand`], with or without comparison forms.
pub(crate) fn expand_with(w: &str, compare: bool, out: &mut Out) {
    if w.is_empty() {
        return;
    }
    let mut p = Parts {
        compare,
        ..Parts::default()
    };
    p.link.push(s(w));
    let cs: Vec<char> = w.chars().collect();
    let n = cs.len();
    let last = cs[n - 1];
    let prev = if n >= 2 { cs[n - 2] } else { ' ' };
    let prev2 = if n >= 3 { cs[n - 3] } else { ' ' };
    let end = |suf: &str| w.ends_with(suf) && w.len() > suf.len();

    if end("mpi") && n >= 6 {
        // A comparative as a base form: vanhempi, vanhempa-, vanhemma-, vanhempi-a.
        compare_forms(drop_last(w, 3), out);
        p.link.push(s(w));
        emit(&p, out);
        return;
    }
    if end("nen") && n >= 5 {
        // 38 ihminen: ihmise-, ihmis-tä, ihmisi-ä.
        let x = drop_last(w, 3);
        p.strong.push(format!("{x}se"));
        p.cons.push(format!("{x}s"));
        p.pl_i.push(format!("{x}si"));
        p.link.push(format!("{x}s"));
        p.no_deriv = true;
    } else if end("uus") || end("yys") {
        // 40 salaisuus: salaisuude-n, salaisuute-en, salaisuut-ta, salaisuuksi-a.
        type40(w, &mut p);
    } else if last == 's' {
        let x = drop_last(w, 1);
        if matches!(prev, 'u' | 'y' | 'o' | 'ö') {
            // 39 masennus: masennukse-, masennus-ta, masennuksi-a.
            type39(w, &mut p);
            if is_vowel(prev2) && matches!(prev, 'u' | 'y') {
                type40(w, &mut p);
            }
        } else if matches!(prev, 'a' | 'ä' | 'e' | 'i') {
            // 41 potilas, hammas, kaunis: potilaa-, hampaa-, kaunii-; potilas-ta; potilai-ta.
            for b in with_strong(w) {
                let b = drop_last(&b, 1);
                let vs = format!("{b}{prev}");
                p.pl_long.push(format!("{}i", drop_last(&vs, 1)));
                p.long.push(vs.clone());
                p.strong.push(vs);
            }
            p.cons.push(s(w));
            if matches!(prev, 'e' | 'i') {
                type39(w, &mut p);
            }
        } else {
            p.strong.push(format!("{x}i"));
            p.pl_j.push(format!("{x}e"));
            p.cons.push(s(w));
        }
    } else if end("ton") || end("tön") {
        // 34 työtön: työttömä-, työtön-tä, työttömi-ä.
        let x = drop_last(w, 3);
        let h = out.harmony();
        for (o, a) in [('o', 'a'), ('ö', 'ä')] {
            if (o == 'o' && h.back) || (o == 'ö' && h.front) {
                p.strong.push(format!("{x}tt{o}m{a}"));
                p.pl_i.push(format!("{x}tt{o}mi"));
            }
        }
        p.cons.push(s(w));
    } else if last == 'n' {
        // 33 puhelin, sydän: puhelime-, puhelin-ta; 32 ahven: ahvene-.
        let x = drop_last(w, 1);
        p.strong.push(format!("{x}me"));
        p.pl_i.push(format!("{x}mi"));
        if prev != 'i' {
            for b in with_strong(w) {
                p.strong.push(format!("{b}e"));
                p.pl_i.push(format!("{b}i"));
            }
        }
        p.cons.push(s(w));
    } else if matches!(last, 'r' | 'l') {
        // 32 tytär, askel: tyttäre-, tytär-tä, tyttäri-ä; 49 askelee-, askelei-ta.
        for b in with_strong(w) {
            p.strong.push(format!("{b}e"));
            p.pl_i.push(format!("{b}i"));
        }
        p.long.push(format!("{w}ee"));
        p.strong.push(format!("{w}ee"));
        p.pl_long.push(format!("{w}ei"));
        p.cons.push(s(w));
    } else if last == 't' {
        let x = drop_last(w, 1);
        if matches!(prev, 'u' | 'y') && n >= 4 {
            // 47 kuollut: kuollee-, kuollut-ta, kuollei-ta.
            let y = drop_last(w, 2);
            p.strong.push(format!("{y}ee"));
            p.long.push(format!("{y}ee"));
            p.pl_long.push(format!("{y}ei"));
        }
        if is_vowel(prev) {
            // 43 ohut: ohue-; 44 kevät: kevää-.
            p.strong.push(format!("{x}e"));
            p.pl_i.push(format!("{x}i"));
            p.strong.push(format!("{x}{prev}"));
            p.long.push(format!("{x}{prev}"));
            p.pl_long.push(format!("{x}i"));
        }
        // Loans: internet-i-ä.
        p.strong.push(format!("{w}i"));
        p.pl_j.push(format!("{w}e"));
        p.cons.push(s(w));
    } else if is_vowel(last) {
        vowel_final(w, last, prev, &mut p);
    } else {
        // Loans ending in another consonant: blogi-a, chat-tiin.
        p.strong.push(format!("{w}i"));
        p.pl_j.push(format!("{w}e"));
        p.pl_i.push(format!("{w}i"));
        p.compare = false;
    }
    emit(&p, out);
}

/// The stems a name has that a common word of its shape lacks: a single `k` does not grade
/// (`Mika` → `Mikan`, `Kauko` → `Kaukon`, where `lika` → `lian`), and a name in `-as`, `-es`,
/// `-is` or `-os` declines as `vastaus` (`Tuomas` → `Tuomaksen`, `Johannes` → `Johanneksen`,
/// `Iiris` → `Iiriksen`), where a word may decline as `potilas`.
pub(crate) fn name_stems(w: &str, out: &mut Out) {
    if w.ends_with(is_vowel) && single_k(w) {
        out.add(w, Class::SgWeak);
        // The plural stem ungraded too: `Reko|i|lle`, `Mik|oi|lle` (an `a` turns `o` before
        // the plural `i`, as in `kala` → `kaloille`).
        let plural = match w.chars().next_back() {
            Some('a') => Some(format!("{}oi", drop_last(w, 1))),
            Some('ä') => Some(format!("{}öi", drop_last(w, 1))),
            Some('o' | 'ö' | 'u' | 'y') => Some(format!("{w}i")),
            _ => None,
        };
        if let Some(plural) = plural {
            out.add(&plural, Class::PlIWeak);
        }
    }
    let prev = w.chars().rev().nth(1);
    if w.ends_with('s')
        && w.chars().count() >= 4
        && matches!(prev, Some('a' | 'ä' | 'e' | 'i' | 'o' | 'ö'))
    {
        let mut p = Parts::default();
        type39(w, &mut p);
        p.no_deriv = true;
        emit(&p, out);
    }
}

fn type39(w: &str, p: &mut Parts) {
    let x = drop_last(w, 1);
    p.strong.push(format!("{x}kse"));
    p.pl_i.push(format!("{x}ksi"));
    p.cons.push(s(w));
}

fn type40(w: &str, p: &mut Parts) {
    let x = drop_last(w, 1);
    p.strong.push(format!("{x}te"));
    p.weak.push(format!("{x}de"));
    p.cons.push(format!("{x}t"));
    p.pl_i.push(format!("{x}ksi"));
}

fn vowel_final(w: &str, last: char, prev: char, p: &mut Parts) {
    let x = drop_last(w, 1);
    let two = last_chars(w, 2);
    if is_vowel(prev) && (prev == last || matches!(two, "uo" | "yö" | "ie")) {
        // 18 työ, maa; 17 vapaa; 20 ateljee: työ-hön, työ-tä, töi-tä.
        p.strong.push(s(w));
        p.long.push(s(w));
        p.pl_long.push(long_plural(w));
    } else if is_vowel(prev) && matches!(last, 'o' | 'ö' | 'u' | 'y') {
        // 3 tuomio, video: tuomio-ta, tuomioi-ta.
        p.strong.push(s(w));
        p.long.push(s(w));
        p.pl_long.push(format!("{w}i"));
    } else if matches!(last, 'a' | 'ä') && is_vowel(prev) {
        // 15 korkea, 12 asia: korkea-ta, korkei-ta, asioi-ta.
        p.strong.push(s(w));
        p.long.push(s(w));
        p.pl_long.push(format!("{x}i"));
        p.pl_long
            .push(format!("{x}{}i", if last == 'a' { 'o' } else { 'ö' }));
        p.pl_i.push(format!("{x}i"));
    } else if matches!(last, 'a' | 'ä') {
        // 9/10/13/14 kala, koira, kuolema, kukka: kala-, kalo-ja, koiri-a.
        p.strong.push(s(w));
        // Two syllables: kala → kaloja but kuva → kuvia, by the first vowel; a two-syllable
        // `a` word whose plural takes `o` has no `i` plural (`vammoja`, never `vammia`, so
        // `vammin` is no form of `vamma`).
        let first_round = w
            .chars()
            .find(|&c| is_vowel(c))
            .is_some_and(|c| matches!(c, 'o' | 'u'));
        // An agent noun in `-ja` after a vowel takes `i` too (`saaja` → `saajia`; `kirja`, with a
        // consonant before the `j`, is `kirjoja`).
        let agent = w
            .strip_suffix("ja")
            .and_then(|r| r.chars().next_back())
            .is_some_and(is_vowel);
        let o_plural = last == 'a' && !(syllables(w) == 2 && (first_round || agent));
        if !o_plural || syllables(w) >= 3 {
            p.pl_i.push(format!("{x}i"));
        }
        if o_plural {
            p.pl_j.push(format!("{x}o"));
        }
        if w.ends_with("ija") || w.ends_with("ijä") || syllables(w) >= 3 {
            p.pl_long
                .push(format!("{x}{}i", if last == 'a' { 'o' } else { 'ö' }));
        }
    } else if last == 'e' {
        // 48 huone, päihde: päihtee-, päihdet-tä, päihtei-tä; 8 nalle: nalle-a, nalle-ja.
        // A vowel right before the `e`: the nominative lost a `k` that every other form keeps
        // (48 koe, jae, rae: kokee-n, jakee-t, rakei-ta), which no grade rule puts back.
        let stem = drop_last(w, 1);
        if stem
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, 'a' | 'o' | 'u' | 'ä' | 'ö' | 'y'))
        {
            let k = format!("{stem}k");
            p.pl_long.push(format!("{k}ei"));
            p.long.push(format!("{k}ee"));
            p.unweakened.push(format!("{k}ee"));
        }
        for b in with_strong(w) {
            let vs = format!("{b}e");
            p.pl_long.push(format!("{b}i"));
            p.long.push(vs.clone());
            p.strong.push(vs);
        }
        p.cons.push(format!("{w}t"));
        p.strong.push(s(w));
        p.pl_j.push(s(w));
        p.no_superlative = true;
    } else if last == 'i' {
        // 5 risti: risti-ä, riste-jä; 7 järvi: järve-ä, järvi-ä; 6 paperi: paperei-ta.
        p.strong.push(s(w));
        if syllables(w) >= 3 {
            p.pl_long.push(format!("{x}ei"));
        }
        p.pl_j.push(format!("{x}e"));
        p.pl_i.push(s(w));
        p.strong.push(format!("{x}e"));
        if matches!(prev, 'l' | 'n' | 'r') {
            // 26 kieli, pieni, meri: kiel-tä, pien-ten.
            p.cons.push(s(x));
        } else if prev == 'm' {
            // 25 lumi: lun-ta.
            p.cons.push(format!("{}n", drop_last(x, 1)));
        } else if prev == 's' {
            let y = drop_last(x, 1);
            let before = y.chars().next_back();
            match before {
                Some('p') => {
                    // 29 lapsi: lapse-, las-ta, las-ten.
                    p.cons.push(format!("{}s", drop_last(y, 1)));
                }
                Some('n') => {
                    // 28 kynsi: kynne-, kynte-, kyn-ttä.
                    let z = drop_last(y, 1);
                    p.strong.push(format!("{z}nte"));
                    p.weak.push(format!("{z}nne"));
                    p.cons.push(format!("{z}nt"));
                }
                Some(c) if is_vowel(c) => {
                    // 27 käsi, vesi, uusi: käte-, käde-, kät-tä.
                    p.strong.push(format!("{y}te"));
                    p.weak.push(format!("{y}de"));
                    p.cons.push(format!("{y}t"));
                }
                _ => {}
            }
        }
    } else {
        // 1–4 talo, koulu, kirkko: kirkko-, kirko-n, kirkko-ja; 2 numero: numeroi-ta.
        p.strong.push(s(w));
        p.pl_j.push(s(w));
        if syllables(w) >= 3 {
            p.pl_long.push(format!("{w}i"));
        }
    }
}
