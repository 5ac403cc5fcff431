//! Irregular words whose paradigm cannot be guessed from the ending.

use super::nominal::{emit, Parts};
use super::{Class, Out};

fn v(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

/// Emits the stems of `w` if it is (or ends in, as a compound) an irregular word; returns
/// whether it was.
pub(crate) fn expand(w: &str, out: &mut Out) -> bool {
    for (base, f) in ENTRIES {
        if let Some(prefix) = w.strip_suffix(base) {
            if prefix.is_empty() || prefix.chars().count() >= 2 {
                let mut sub = Out::new(out.harmony());
                f(&mut sub);
                for mut s in sub.stems {
                    s.text.insert_str(0, prefix);
                    out.stems.push(s);
                }
                out.add(w, Class::Word);
                return true;
            }
        }
    }
    false
}

type Entry = (&'static str, fn(&mut Out));

const ENTRIES: &[Entry] = &[
    ("mies", |o| {
        emit(
            &Parts {
                strong: v(&["miehe"]),
                cons: v(&["mies"]),
                pl_i: v(&["miehi"]),
                link: v(&["mies"]),
                ..Parts::default()
            },
            o,
        );
    }),
    ("veli", |o| {
        emit(
            &Parts {
                strong: v(&["velje", "veli"]),
                cons: v(&["vel"]),
                pl_i: v(&["veli", "velji"]),
                link: v(&["veli"]),
                ..Parts::default()
            },
            o,
        );
    }),
    // A `k` that the weak nominative has lost (varas → varkaan, varkaita), which no rule can
    // tell from a word without gradation (potilas → potilaan): without it `varaan` (of vara,
    // varata) would read as a thief.
    ("varas", |o| {
        emit(
            &Parts {
                // Not `strong` or `pl_i`, whose weakened stems (`varaa`, `varai`) would come too.
                unweakened: v(&["varkaa"]),
                long: v(&["varkaa"]),
                cons: v(&["varas"]),
                pl_long: v(&["varkai"]),
                link: v(&["varas"]),
                ..Parts::default()
            },
            o,
        );
    }),
    // The clipped `ope` (opettaja) does not grade as a loan in `-pe` may: opelle, opet, not
    // `ovelle`, a form of ovi (a door; the persons sets' dev halves).
    ("ope", |o| {
        // One stem in every grade: the singular, the plural's `-ja` and a compound's first part.
        let ope = v(&["ope"]);
        let parts = Parts {
            pl_j: ope.clone(),
            link: ope.clone(),
            unweakened: ope,
            pl_i: v(&["opei"]),
            no_superlative: true,
            ..Parts::default()
        };
        emit(&parts, o);
    }),
    // `ik` turns `j` in the weak grade: poika → pojan, pojille; aika → ajan, ajoissa.
    ("poika", |o| {
        ik_j(o, "poika", "poja", "poiki", "poji", false)
    }),
    ("aika", |o| ik_j(o, "aika", "aja", "aiko", "ajo", true)),
    ("lämmin", |o| {
        emit(
            &Parts {
                strong: v(&["lämpimä"]),
                cons: v(&["lämmin"]),
                pl_i: v(&["lämpimi"]),
                link: v(&["lämmin"]),
                compare: true,
                ..Parts::default()
            },
            o,
        );
    }),
    ("olla", |o| {
        o.verbal = true;
        for s in ["ole", "oli", "olisi", "liene"] {
            o.add(s, Class::VPers);
        }
        o.add("ole", Class::VPres3);
        for s in [
            "on",
            "ovat",
            "ollaan",
            "oltiin",
            "oltaisiin",
            "oltava",
            "lienee",
        ] {
            o.add(s, Class::Word);
        }
        o.add("olla", Class::Inf1);
        o.add("olle", Class::Inf2);
        o.add("ol", Class::VImp);
        for s in ["ollut", "oleva", "olema", "oleminen", "oltu"] {
            super::nominal::expand_with(s, false, o);
        }
    }),
    ("tehdä", |o| verb_hd(o, "te", "teke", "teki")),
    ("nähdä", |o| verb_hd(o, "nä", "näke", "näki")),
    ("kaunis", |o| is_adjective(o, "kaun")),
    ("kallis", |o| is_adjective(o, "kall")),
];

/// A word whose `ik` turns `j` in the weak grade (`poika`, `aika`): its strong and weak singular
/// stems and its strong and weak plural stems, the plural `i`-final (`poiki`) or `o`-final
/// (`aiko`, with `j` plurals).
fn ik_j(o: &mut Out, strong: &str, weak: &str, plural: &str, weak_plural: &str, o_plural: bool) {
    let plural = v(&[plural]);
    let (pl_i, pl_j, class) = if o_plural {
        (Vec::new(), plural, Class::PlJWeak)
    } else {
        (plural, Vec::new(), Class::PlIWeak)
    };
    emit(
        &Parts {
            strong: v(&[strong]),
            weak: v(&[weak]),
            pl_i,
            pl_j,
            ..Parts::default()
        },
        o,
    );
    o.add(weak_plural, class);
}

/// `kaunis`, `kallis`: `kaunii-`, `kaunis-ta`, superlative `kaunein`, quality noun `kauneus`.
fn is_adjective(o: &mut Out, root: &str) {
    super::nominal::expand(&format!("{root}is"), o);
    let e = format!("{root}e");
    o.add(&format!("{e}in"), Class::Word);
    o.add(&format!("{e}in"), Class::ConsTa);
    o.add(&format!("{e}impa"), Class::SgStrong);
    o.add(&format!("{e}imma"), Class::SgWeak);
    o.add(&format!("{e}impi"), Class::PlIStrong);
    o.add(&format!("{e}immi"), Class::PlIWeak);
    o.any_only = true;
    super::nominal::expand_with(&format!("{e}us"), false, o);
    o.any_only = false;
}

/// `tehdä`, `nähdä`: `tee-n`, `teke-e`, `teki`, `teh-nyt`, `teh-ty`.
fn verb_hd(o: &mut Out, root: &str, strong: &str, past: &str) {
    o.verbal = true;
    let front = root != "te";
    let (a, u, oo) = if front {
        ('ä', 'y', 'ö')
    } else {
        ('a', 'u', 'o')
    };
    let weak = format!("{root}e");
    o.add(&weak, Class::VPers);
    o.add(strong, Class::VPers);
    o.add(strong, Class::VPres3);
    o.add(past, Class::VPers);
    o.add(&format!("{past}si"), Class::VPers);
    o.add(&format!("{root}hd{a}"), Class::Inf1);
    o.add(&format!("{root}hde"), Class::Inf2);
    o.add(&format!("{root}h"), Class::VImp);
    o.add(&format!("{root}hd{a}{a}n"), Class::Word);
    o.add(&format!("{root}htiin"), Class::Word);
    o.add(&format!("{root}ht{a}isiin"), Class::Word);
    o.add(&format!("{root}ht{a}k{oo}{oo}n"), Class::Word);
    for n in [
        format!("{strong}m{a}"),
        format!("{strong}v{a}"),
        format!("{strong}minen"),
        format!("{root}hn{u}t"),
        format!("{root}ht{u}"),
        format!("{root}ht{a}v{a}"),
    ] {
        super::nominal::expand_with(&n, false, o);
    }
}
