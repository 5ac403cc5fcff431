//! Verbs given in the first infinitive: conjugation guessed from the infinitive ending.

use super::gradation::{strengthen, weaken};
use super::nominal;
use super::{drop_last, is_vowel, last_chars, syllables, Class, Out};

/// What the infinitive ending says about a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Not a verb.
    NotVerb,
    /// A verb, but the same ending is common in nouns (`tappaa`/`vapaa`, `nousta`/`pasta`).
    Both,
    /// Only a verb (`tulla`, `lyödä`).
    VerbOnly,
}

/// Letters of the word's harmony: (`a`, `o`, `u`) or (`ä`, `ö`, `y`).
struct Hl {
    a: char,
    o: char,
    u: char,
}

fn hl(w: &str) -> Hl {
    if w.ends_with('ä') {
        Hl {
            a: 'ä',
            o: 'ö',
            u: 'y',
        }
    } else {
        Hl {
            a: 'a',
            o: 'o',
            u: 'u',
        }
    }
}

/// Guesses whether `w` is a verb infinitive; if so, emits its stems.
pub(crate) fn expand(w: &str, out: &mut Out) -> Kind {
    let cs: Vec<char> = w.chars().collect();
    let n = cs.len();
    if n < 4 || !matches!(cs[n - 1], 'a' | 'ä') {
        return Kind::NotVerb;
    }
    let p = cs[n - 2];
    let pp = cs[n - 3];
    let h = hl(w);
    let x = drop_last(w, 1);
    if p == 'd' && is_vowel(pp) {
        type2(w, &h, out);
        return Kind::VerbOnly;
    }
    let two = last_chars(x, 2);
    if matches!(two, "ll" | "nn") {
        type3(w, &h, out);
        return Kind::VerbOnly;
    }
    // Few verbs end in `-rrA` (`purra`, `surra`, `pierra`), and nouns do too (`herra`,
    // `kirkkoherra`, `tarra`): both.
    if two == "rr" {
        type3(w, &h, out);
        return Kind::Both;
    }
    if two == "st" {
        type3(w, &h, out);
        return Kind::Both;
    }
    if p == 't' && is_vowel(pp) && syllables(w) >= 3 {
        type4(w, &h, out);
        return Kind::Both;
    }
    if p == 'i' && syllables(x) >= 3 && !x.ends_with("hti") {
        // A long word in `-iA` is a loan noun (`psykiatria`, `historia`, `energia`): the only
        // type-1 verbs that long are in `-htiA` (`huolehtia`, `murehtia`), as Voikko's reading of
        // the frequency list shows. Read as a verb, `psykiatria` would end in `psykiatri`.
        return Kind::NotVerb;
    }
    if is_vowel(p) {
        type1(w, &h, out);
        return Kind::Both;
    }
    Kind::NotVerb
}

/// Personal forms on a stem and its weak-grade variants.
fn pers(s: &str, out: &mut Out) {
    let weak = weaken(s);
    out.add(
        s,
        if weak.is_empty() {
            Class::VPers
        } else {
            Class::VPersS
        },
    );
    for w in weak {
        out.add(&w, Class::VPers);
    }
}

/// Derived nouns that count only as compounds: the agent `-jA` (`lyöjä`, `tappaja`).
fn agent(stem: &str, h: &Hl, out: &mut Out) {
    out.any_only = true;
    nominal::expand_with(&format!("{stem}j{}", h.a), false, out);
    out.any_only = false;
}

/// Participles and infinitives declined as nominals.
fn participles(vs: &str, past: &str, h: &Hl, out: &mut Out) {
    let a = h.a;
    nominal::expand_with(&format!("{vs}m{a}"), false, out);
    nominal::expand_with(&format!("{vs}v{a}"), true, out);
    nominal::expand_with(&format!("{vs}minen"), false, out);
    nominal::expand_with(&format!("{vs}m{a}t{}n", h.o), false, out);
    nominal::expand_with(past, false, out);
}

/// Passive forms on a passive stem ending in `t` (`tapet`, `halut`, `tul`+`t`).
fn passive(pres: &str, t: &str, h: &Hl, out: &mut Out) {
    let (a, o, u) = (h.a, h.o, h.u);
    out.add(pres, Class::Word);
    out.add(&format!("{t}tiin"), Class::Word);
    out.add(&format!("{t}t{a}isiin"), Class::Word);
    out.add(&format!("{t}t{a}isi"), Class::Word);
    out.add(&format!("{t}t{a}k{o}{o}n"), Class::Word);
    out.add(&format!("{t}t{a}neen"), Class::Word);
    out.add(&format!("{t}t{a}e"), Class::Inf2);
    nominal::expand_with(&format!("{t}t{u}"), false, out);
    nominal::expand_with(&format!("{t}t{a}v{a}"), false, out);
}

fn type1(w: &str, h: &Hl, out: &mut Out) {
    let a = h.a;
    let s = drop_last(w, 1);
    let v = s.chars().next_back().unwrap_or('a');
    let b = drop_last(s, 1);
    pers(s, out);
    out.add(s, Class::VPres3);
    out.add(s, Class::VImp);
    out.add(w, Class::Inf1);
    out.add(&format!("{}e", drop_last(w, 1)), Class::Inf2);
    if v == 'e' {
        out.add(&format!("{b}ie"), Class::Inf2);
    }
    let mut pasts = Vec::new();
    match v {
        'o' | 'u' | 'y' | 'ö' => pasts.push(format!("{s}i")),
        'a' => {
            pasts.push(format!("{b}oi"));
            pasts.push(format!("{b}i"));
        }
        _ => pasts.push(format!("{b}i")),
    }
    if b.ends_with('t') && matches!(v, 'a' | 'ä') {
        pasts.push(format!("{}si", drop_last(b, 1)));
    }
    for p in &pasts {
        out.add(p, Class::VPers);
        for w in weaken(p) {
            out.add(&w, Class::VPers);
        }
        out.add(&format!("{}si", p), Class::VPers);
    }
    out.add(&format!("{s}isi"), Class::VPers);
    out.add(&format!("{b}isi"), Class::VPers);
    out.add(&format!("{s}ne"), Class::VPers);
    out.add(&format!("{s}ne"), Class::VPres3);
    let u = h.u;
    participles(s, &format!("{s}n{u}t"), h, out);
    agent(s, h, out);
    let mut weak = vec![s.to_string()];
    weak.extend(weaken(s));
    for ws in weak {
        let e = if ws.ends_with(a) {
            format!("{}e", drop_last(&ws, 1))
        } else {
            ws.clone()
        };
        passive(&format!("{e}t{a}{a}n"), &format!("{e}t"), h, out);
        out.add(&format!("{e}t{a}"), Class::Word);
    }
}

/// The past stem of a type-2 stem (`lyö` → `löi`, `saa` → `sai`, `käy` → `kävi`).
fn past2(s: &str) -> String {
    let two = last_chars(s, 2);
    let base = drop_last(s, 2);
    let cs: Vec<char> = two.chars().collect();
    match two {
        "uo" => format!("{base}oi"),
        "yö" => format!("{base}öi"),
        "ie" => format!("{base}ei"),
        _ if cs.len() == 2 && cs[0] == cs[1] => format!("{}i", drop_last(s, 1)),
        _ if s.ends_with('i') => s.to_string(),
        _ if s.ends_with('y') || s.ends_with('u') => format!("{}vi", s),
        _ => format!("{s}i"),
    }
}

fn type2(w: &str, h: &Hl, out: &mut Out) {
    let (a, o, u) = (h.a, h.o, h.u);
    let s = drop_last(w, 2);
    let x = drop_last(w, 1);
    out.add(s, Class::VPers);
    out.add(s, Class::VImp);
    let past = past2(s);
    out.add(&past, Class::VPers);
    out.add(&format!("{past}si"), Class::VPers);
    out.add(&format!("{s}ne"), Class::VPers);
    out.add(&format!("{s}ne"), Class::VPres3);
    out.add(w, Class::Inf1);
    out.add(&format!("{x}e"), Class::Inf2);
    participles(s, &format!("{s}n{u}t"), h, out);
    agent(s, h, out);
    out.any_only = true;
    nominal::expand_with(&format!("{s}nti"), false, out);
    out.any_only = false;
    let _ = o;
    passive(&format!("{w}{a}n"), s, h, out);
}

fn type3(w: &str, h: &Hl, out: &mut Out) {
    let (a, u) = (h.a, h.u);
    let c = drop_last(w, 2);
    let x = drop_last(w, 1);
    let mut vs = vec![format!("{c}e")];
    for st in strengthen(c) {
        vs.push(format!("{st}e"));
    }
    if c.ends_with('s') {
        vs.push(format!("{}kse", drop_last(c, 1)));
    }
    let past_part = if c.ends_with('s') {
        format!("{c}s{u}t")
    } else {
        format!("{x}{u}t")
    };
    for v in &vs {
        out.add(v, Class::VPers);
        out.add(v, Class::VPres3);
        let b = drop_last(v, 1);
        out.add(&format!("{b}i"), Class::VPers);
        out.add(&format!("{b}isi"), Class::VPers);
        participles(v, &past_part, h, out);
        agent(&format!("{b}i"), h, out);
    }
    out.add(c, Class::VImp);
    out.add(w, Class::Inf1);
    out.add(&format!("{x}e"), Class::Inf2);
    out.add(&format!("{x}ee"), Class::Word);
    if c.ends_with('s') {
        out.add(&format!("{c}see"), Class::Word);
    }
    passive(&format!("{w}{a}n"), c, h, out);
}

fn type4(w: &str, h: &Hl, out: &mut Out) {
    let (a, u) = (h.a, h.u);
    let t = drop_last(w, 1);
    let r = drop_last(w, 2);
    let last_r = r.chars().next_back().unwrap_or('a');
    // Single k, p, t always grade (`hakata` → `hakkaa`); `v`, `d` may not (`siivota`).
    let strong = strengthen(r);
    let single_kpt = strong.iter().any(|x| {
        let cl = x.chars().count() == r.chars().count() + 1;
        cl && !r.ends_with(['v', 'd'])
    }) && !r.contains('v');
    let mut rs = if single_kpt {
        Vec::new()
    } else {
        vec![r.to_string()]
    };
    rs.extend(strong);
    let past_part = format!("{r}nn{u}t");
    for st in &rs {
        let v = format!("{st}{a}");
        out.add(&v, Class::VPers);
        out.add(&v, Class::VPres3);
        out.add(&format!("{st}si"), Class::VPers);
        out.add(&format!("{st}isi"), Class::VPers);
        out.add(&format!("{v}isi"), Class::VPers);
        participles(&v, &past_part, h, out);
        agent(&v, h, out);
    }
    if last_r == 'i' {
        // 69 tarvita: tarvitse-.
        let v = format!("{t}se");
        out.add(&v, Class::VPers);
        out.add(&v, Class::VPres3);
        out.add(&format!("{t}si"), Class::VPers);
        out.add(&format!("{t}sisi"), Class::VPers);
        participles(&v, &past_part, h, out);
    }
    if last_r == 'e' {
        // 72 vanheta: vanhene-.
        let v = format!("{r}ne");
        out.add(&v, Class::VPers);
        out.add(&v, Class::VPres3);
        out.add(&format!("{r}ni"), Class::VPers);
        out.add(&format!("{r}nisi"), Class::VPers);
        participles(&v, &past_part, h, out);
    }
    out.add(t, Class::VImp);
    out.add(w, Class::Inf1);
    out.add(&format!("{t}e"), Class::Inf2);
    out.add(&format!("{r}nne"), Class::VPers);
    out.add(&format!("{r}nne"), Class::VPres3);
    passive(&format!("{w}{a}n"), t, h, out);
}
