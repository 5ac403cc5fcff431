//! Ending classes: what may follow a surface stem.
//!
//! A class is a list of first morphemes (a case ending, a plural marker with its case, a
//! personal ending, …), each followed by a *tail*: a possessive suffix (optional, required or
//! forbidden) and then up to two clitics. Morphemes are written with harmony placeholders: `A`
//! is `a`/`ä`, `O` is `o`/`ö`, `U` is `u`/`y`, and `V` repeats the stem's last vowel (the
//! illative `kirkko|on`, `salaise|en`).

use super::Harmony;

/// What may follow a morpheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// Nothing at all.
    Nothing,
    /// Clitics only.
    C,
    /// An optional possessive suffix (including the third person `-Vn`), then clitics.
    P,
    /// A required possessive suffix (including `-Vn`), then clitics.
    R,
    /// A required possessive suffix other than `-Vn`, then clitics.
    S,
}

use Tail::{Nothing, C, P, R, S};

/// An ending class. See the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Class {
    /// The word exactly as it is, nothing after it (`inflect: false`).
    Exact,
    /// A complete word form: clitics may follow (`hullu|kin`).
    Word,
    /// Weak singular vowel stem: genitive, local cases, translative, abessive, plural nominative.
    SgWeak,
    /// Strong singular vowel stem: possessives, essive, illative, partitive `-A`, adverb `-sti`.
    SgStrong,
    /// Long-vowel stem: illative `-hVn`/`-seen`, partitive `-tA`.
    SgLong,
    /// Consonant stem: partitive `-tA`, plural genitive `-ten`.
    ConsTa,
    /// Plural of `o/u/y/ö`-stems, strong grade, stem without the `i` (`kirkko|ja`).
    PlJStrong,
    /// Plural of `o/u/y/ö`-stems, weak grade (`kirko|issa`).
    PlJWeak,
    /// Plural stem ending in `i`, strong grade (`kuolemi|a`, `salaisi|in`).
    PlIStrong,
    /// Plural stem ending in `i`, weak grade (`kirki|ssä`).
    PlIWeak,
    /// Plural of long-vowel stems (`töi|tä`, `hampai|den`, `asioi|hin`).
    PlLong,
    /// Verb stem taking personal endings (`tapa|n`, `tappoi|vat`, `tappaisi|mme`).
    VPers,
    /// Strong verb stem of a grading verb: personal endings, but not bare (`ampu` is not a form).
    VPersS,
    /// Strong present stem: third person (`tappa|a`, `tappa|vat`).
    VPres3,
    /// Imperative (`tappa|kaa`, `tul|koon`).
    VImp,
    /// First infinitive (`tappaa`, `tappaa|kseen`).
    Inf1,
    /// Second infinitive (`tappae|ssa`, `tappae|n`).
    Inf2,
}

type Morphs = &'static [(&'static str, Tail)];

const SG_LOCAL: Morphs = &[
    ("ssA", P),
    ("stA", P),
    ("llA", P),
    ("ltA", P),
    ("lle", P),
    ("ksi", C),
    ("kse", R),
    ("ttA", P),
];

fn morphs(class: Class) -> (Morphs, Morphs) {
    match class {
        Class::Exact => (&[("", Nothing)], &[]),
        Class::Word => (&[("", C)], &[]),
        Class::SgWeak => (&[("n", C), ("t", C), ("sti", C)], SG_LOCAL),
        Class::SgStrong => (
            &[
                ("", S),
                ("nA", P),
                ("Vn", C),
                ("V", R),
                ("A", P),
                ("sti", C),
                ("mmin", C),
                ("in", C),
            ],
            &[],
        ),
        Class::SgLong => (
            &[("hVn", C), ("hV", R), ("seen", C), ("see", R), ("tA", P)],
            &[],
        ),
        Class::ConsTa => (&[("tA", P), ("ten", C), ("te", R)], &[]),
        Class::PlJStrong => (
            &[
                ("jA", P),
                ("jen", C),
                ("je", R),
                ("ihin", C),
                ("ihi", R),
                ("inA", P),
                ("ine", P),
            ],
            &[],
        ),
        Class::PlJWeak => (
            &[
                ("issA", P),
                ("istA", P),
                ("illA", P),
                ("iltA", P),
                ("ille", P),
                ("iksi", C),
                ("ikse", R),
                ("ittA", P),
                ("in", C),
                ("itse", C),
            ],
            &[],
        ),
        Class::PlIStrong => (
            &[
                ("A", P),
                ("en", C),
                ("e", R),
                ("in", C),
                ("i", R),
                ("nA", P),
                ("ne", P),
                ("tse", C),
            ],
            &[],
        ),
        Class::PlIWeak => (&[("n", C)], SG_LOCAL),
        Class::PlLong => (
            &[
                ("tA", P),
                ("den", C),
                ("de", R),
                ("tten", C),
                ("tte", R),
                ("hin", C),
                ("hi", R),
                ("siin", C),
                ("sii", R),
                ("nA", P),
                ("ne", P),
                ("n", C),
                ("en", C),
                ("e", R),
            ],
            SG_LOCAL,
        ),
        Class::VPers => (
            &[
                ("", C),
                ("n", C),
                ("t", C),
                ("mme", C),
                ("tte", C),
                ("vAt", C),
            ],
            &[],
        ),
        Class::VPersS => (
            &[("n", C), ("t", C), ("mme", C), ("tte", C), ("vAt", C)],
            &[],
        ),
        Class::VPres3 => (&[("V", C), ("vAt", C)], &[]),
        Class::VImp => (
            &[
                ("kAA", C),
                ("kOOn", C),
                ("kAAmme", C),
                ("kO", C),
                ("kOOt", C),
            ],
            &[],
        ),
        Class::Inf1 => (&[("", C), ("kse", R)], &[]),
        Class::Inf2 => (&[("ssA", P), ("n", C)], &[]),
    }
}

/// Matches a morpheme with placeholders at the start of `s`; returns the bytes consumed.
/// Morphemes are ASCII; the text is compared byte by byte (`ä ö y` are two bytes).
#[inline]
fn hmatch(pat: &str, s: &str, h: Harmony, stem_v: Option<char>) -> Option<usize> {
    let s = s.as_bytes();
    let mut at = 0;
    for &p in pat.as_bytes() {
        let c = *s.get(at)?;
        let n = match p {
            b'A' | b'O' | b'U' => {
                let (back, front2) = match p {
                    b'A' => (b'a', 0xA4),
                    b'O' => (b'o', 0xB6),
                    _ => (b'u', 0),
                };
                if c == back && h.back {
                    1
                } else if !h.front {
                    return None;
                } else if p == b'U' {
                    if c != b'y' {
                        return None;
                    }
                    1
                } else if c == 0xC3 && s.get(at + 1) == Some(&front2) {
                    2
                } else {
                    return None;
                }
            }
            b'V' => {
                let v = stem_v?;
                let mut buf = [0u8; 4];
                let v = v.encode_utf8(&mut buf).as_bytes();
                // Byte by byte: a `memcmp` call would cost more than the one or two bytes.
                if !v.iter().enumerate().all(|(k, b)| s.get(at + k) == Some(b)) {
                    return None;
                }
                v.len()
            }
            _ => {
                if c != p {
                    return None;
                }
                1
            }
        };
        at += n;
    }
    Some(at)
}

const CLITICS: &[&str] = &["kin", "kAAn", "hAn", "pA", "kO", "s"];

/// Whether `s` is a sequence of at most two clitics.
fn clitics(s: &str, h: Harmony, depth: u8) -> bool {
    if s.is_empty() {
        return true;
    }
    if depth >= 2 {
        return false;
    }
    CLITICS
        .iter()
        .any(|c| hmatch(c, s, h, None).is_some_and(|n| clitics(&s[n..], h, depth + 1)))
}

const POSS: &[&str] = &["ni", "si", "mme", "nne", "nsA"];

/// Whether `s` is a valid tail of kind `t` after a morpheme ending in `last`.
fn tail(s: &str, t: Tail, h: Harmony, last: Option<char>) -> bool {
    let poss_ok = |vn: bool| {
        POSS.iter()
            .any(|p| hmatch(p, s, h, None).is_some_and(|n| clitics(&s[n..], h, 0)))
            || (vn
                && last.is_some_and(super::is_vowel)
                && hmatch("Vn", s, h, last).is_some_and(|n| clitics(&s[n..], h, 0)))
    };
    match t {
        Nothing => s.is_empty(),
        C => clitics(s, h, 0),
        P => clitics(s, h, 0) || poss_ok(true),
        R => poss_ok(true),
        S => poss_ok(false),
    }
}

/// All classes, for building tables.
const ALL: [Class; 17] = [
    Class::Exact,
    Class::Word,
    Class::SgWeak,
    Class::SgStrong,
    Class::SgLong,
    Class::ConsTa,
    Class::PlJStrong,
    Class::PlJWeak,
    Class::PlIStrong,
    Class::PlIWeak,
    Class::PlLong,
    Class::VPers,
    Class::VPersS,
    Class::VPres3,
    Class::VImp,
    Class::Inf1,
    Class::Inf2,
];

/// The class with index `i` (its declaration order), for reading serialised classes.
pub(crate) fn class_from_index(i: u8) -> Option<Class> {
    ALL.get(i as usize).copied()
}

/// For each class, the bytes a non-empty ending of it can start with (a cheap first test).
fn first_bytes() -> &'static [[bool; 256]; 17] {
    static TABLE: std::sync::OnceLock<[[bool; 256]; 17]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [[false; 256]; 17];
        for (i, class) in ALL.iter().enumerate() {
            let row = &mut t[i];
            let mut mark = |c: char| {
                let mut buf = [0u8; 4];
                row[c.encode_utf8(&mut buf).as_bytes()[0] as usize] = true;
            };
            mark(':');
            let (a, b) = morphs(*class);
            for (m, tail) in a.iter().chain(b.iter()) {
                match m.chars().next() {
                    Some('A') => "aä".chars().for_each(&mut mark),
                    Some('O') => "oö".chars().for_each(&mut mark),
                    Some('U') => "uy".chars().for_each(&mut mark),
                    Some('V') => "aeiouyäöå".chars().for_each(&mut mark),
                    Some(c) => mark(c),
                    None => {
                        if *tail != Nothing {
                            // Clitics, possessives and the third person `-Vn`.
                            "khpsnmaeiouyäö".chars().for_each(&mut mark);
                        }
                    }
                }
            }
        }
        t
    })
}

/// Whether a non-empty ending of `class` can start with byte `b`.
pub(crate) fn may_start(class: Class, b: u8) -> bool {
    // `ALL` lists the classes in declaration order.
    first_bytes()[class as usize][b as usize]
}

/// Both vowel harmonies, for an abbreviation's endings.
const EITHER: Harmony = Harmony {
    back: true,
    front: true,
};

/// Whether `rest` (lower-case) is a valid ending of class `class` after a stem whose last
/// character is `stem_last`.
pub(crate) fn accepts(class: Class, rest: &str, h: Harmony, stem_last: Option<char>) -> bool {
    // Abbreviations take their endings after a colon (`THL:n`, `EU:ssa`). Their vowel harmony
    // follows the last letter's spoken name, not the letters (`ADHD:tä`, from `dee`), and
    // writers use both: either harmony is accepted.
    let (rest, h) = match rest.strip_prefix(':') {
        Some(r) if !r.is_empty() && class != Class::Exact => (r, EITHER),
        _ if stem_last == Some(':') => (rest, EITHER),
        _ => (rest, h),
    };
    let stem_v = stem_last.filter(|&c| super::is_vowel(c));
    let (a, b) = morphs(class);
    for (m, t) in a.iter().chain(b.iter()) {
        if let Some(n) = hmatch(m, rest, h, stem_v) {
            let last = rest[..n].chars().next_back().or(stem_last);
            if tail(&rest[n..], *t, h, last) {
                return true;
            }
        }
    }
    false
}

/// Linking endings after which another compound component may start, with the classes whose
/// ending they are: the bare form of a base or linking stem (`potilas|tietoja`, `ihmis|oikeus`),
/// the genitive singular (`hullu|n|mylly`) and the genitive plural (`hullu|jen|huone`,
/// `las|ten|koti`).
pub(crate) const LINKS: &[(&str, &[Class])] = &[
    ("", &[]),
    ("n", &[Class::SgWeak]),
    ("jen", &[Class::PlJStrong]),
    ("ien", &[Class::PlIStrong]),
    ("en", &[Class::PlIStrong]),
    ("den", &[Class::PlLong]),
    ("ten", &[Class::ConsTa]),
];

/// Starts of a remainder that make it a derivation of a different lexeme rather than a
/// compound component (`hullu|ttelu`, `koulu|tus`, `metsä|stäjä`, `uutis|oida`, `auto|ilija`).
const NOT_COMPONENT: &[&str] = &[
    "tt", "tus", "tuk", "tel", "tet", "ntu", "nnu", "stu", "ste", "st", "ile", "ili", "ilu",
    "ilij", "illes", "ilen", "lais", "läis", "lainen", "läinen", "ksu", "oid", "oim", "oin", "oit",
    "oij", "öid", "öim", "öin", "öit", "ise", "isi", "ine", "isty", "istu", "yyd", "yyt", "yys",
    "yyk", "uuks", "uude", "uute", "yyks", "yyde", "yyte", "skent", "skenn", "skel",
];

/// Like [`NOT_COMPONENT`], after an `s` only: the stems of `-stAA`/`-stUA` verbs.
const NOT_AFTER_S: &[&str] = &[
    "taa", "tav", "tam", "tan", "tua", "tuu", "tui", "tun", "tum", "tut", "tuv", "tää", "täv",
    "täm", "tän", "tyä", "tyy", "tyi", "tyn", "tym", "tyt", "tyv",
];

/// Like [`NOT_COMPONENT`], after a vowel only (`kuva|us`, but `ihmis|ystävä`).
const NOT_AFTER_VOWEL: &[&str] = &["us", "ys", "uks", "yks", "ud", "ut", "yd", "yt"];

/// Whether `s` opens with a frequent word of four to twelve letters (`naama` in `naamat`).
fn opens_with_frequent_word(s: &str) -> bool {
    s.char_indices()
        .skip(4)
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .take(9)
        .any(|end| crate::frequent::contains(&s.as_bytes()[..end]))
}

/// Consonant pairs a component may start with: native words start with one consonant, loans
/// with these clusters (`stressi`, `kriisi`, `presidentti`); `isä|ntä`, `hyvä|ksyä`, `työ|llistää`
/// are derivations, not compounds.
fn initial_cluster_ok(a: char, b: char) -> bool {
    matches!(
        (a, b),
        ('s', 't' | 'k' | 'p' | 'n' | 'm' | 'l' | 'v' | 'c' | 'h')
            | ('k' | 'p' | 'b' | 'g' | 'f', 'r' | 'l')
            | ('t' | 'd', 'r')
            | ('c', 'h' | 'l' | 'r')
            | ('t', 's')
    )
}

/// Whether `s` looks like the start of another compound component after a part ending in
/// `prev`: at least four letters with a vowel, not a derivational suffix of another lexeme, and
/// not starting with the vowel `prev` (Finnish writes `kuva-arkisto` with a hyphen, so
/// `kuvaaja` is not `kuva` + `aja`). A hyphen always starts a component.
pub(crate) fn component_like(prev: Option<char>, s: &str) -> bool {
    if let Some(r) = s.strip_prefix('-') {
        return r.chars().next().is_some_and(char::is_alphanumeric);
    }
    let mut n = 0;
    let mut vowel = false;
    let mut first = None;
    for c in s.chars().take(4) {
        if !c.is_alphanumeric() {
            return false;
        }
        first.get_or_insert(c);
        n += 1;
        vowel |= super::is_vowel(c);
    }
    if first.is_some_and(super::is_vowel) && first == prev {
        return false;
    }
    // `isä|n|nöitsijä`: a component does not start with the consonant of the linking `n`,
    // unless it opens with a frequent word (`kyrvän|naama`, `paskan|nenä`).
    if prev == Some('n') && s.starts_with('n') && !opens_with_frequent_word(s) {
        return false;
    }
    // `rakas|taa`, `rikas|tua`: verbs derived with `-stA`/`-stU` from `s`-final words.
    if prev == Some('s') && NOT_AFTER_S.iter().any(|p| s.starts_with(p)) {
        return false;
    }
    if prev.is_some_and(super::is_vowel) && NOT_AFTER_VOWEL.iter().any(|p| s.starts_with(p)) {
        return false;
    }
    let mut it = s.chars();
    if let (Some(a), Some(b)) = (it.next(), it.next()) {
        if !super::is_vowel(a) && !super::is_vowel(b) && !initial_cluster_ok(a, b) {
            return false;
        }
    }
    // Three letters only for a whole monosyllable (`ihmis|työ`, `koti|maa`).
    let short_ok = n == 3 && {
        let mut it = s.chars().skip(1);
        let (b, c, d) = (it.next(), it.next(), it.next());
        d.is_none() && b.is_some_and(super::is_vowel) && c.is_some_and(super::is_vowel)
    };
    (n >= 4 || short_ok) && vowel && !NOT_COMPONENT.iter().any(|p| s.starts_with(p))
}

/// Whether `rest`, after a stem ending in `last`, is a derivational suffix that keeps the
/// term's meaning (`hullu|us`, `työttöm|yys`, `rasisti|nen`, `idiootti|mainen`, `auto|ton`):
/// matched with `compounds: any`. `bare` is true for a consonant stem (`työttöm`, `salais`),
/// `base` for the base form itself.
pub(crate) fn derivation(
    last: Option<char>,
    rest: &str,
    bare: bool,
    base: bool,
    stem_chars: usize,
) -> bool {
    const QUALITY: &[&str] = &["uus", "uud", "uut", "uuk", "yys", "yyd", "yyt", "yyk"];
    if bare {
        // Short stems make lexemes of their own (`lapsuus`, `nuoruus`); long ones are
        // productive (`työttömyys`).
        let long = ["inen", "isuu"].iter().any(|d| rest.starts_with(d));
        return long || QUALITY.iter().any(|d| rest.starts_with(d));
    }
    if matches!(last, Some('u' | 'y'))
        && ["us", "ud", "ut", "uk", "ys", "yd", "yt", "yk"]
            .iter()
            .any(|d| rest.starts_with(d))
    {
        return true;
    }
    if base
        && last == Some('i')
        && ["nen", "se", "si", "suu", "sten"]
            .iter()
            .any(|d| rest.starts_with(d))
    {
        return true;
    }
    // Long words are likely compounds, whose `-inen` derivations are lexemes of their own
    // (`väkivaltainen`, `päihdeongelmainen`).
    if base
        && stem_chars <= 8
        && last.is_some_and(super::is_vowel)
        && [
            "inen", "isen", "iset", "ises", "isel", "isia", "isiä", "isii", "isiss", "isill",
            "isilt", "isist", "isiks", "isine", "ista", "istä", "isten",
        ]
        .iter()
        .any(|d| rest.starts_with(d))
    {
        return true;
    }
    [
        "mainen", "mäinen", "maise", "mäise", "maisi", "mäisi", "maist", "mäist", "llinen",
        "llise", "llisi", "llisuu", "llisyy", "llisten", "llisv", "llisk", "llisp", "ily", "ton",
        "tön", "ttom", "ttöm",
    ]
    .iter()
    .any(|d| rest.starts_with(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    const B: Harmony = Harmony {
        back: true,
        front: false,
    };
    const F: Harmony = Harmony {
        back: false,
        front: true,
    };

    #[test]
    fn noun_endings() {
        assert!(accepts(Class::SgWeak, "n", B, Some('o')));
        assert!(accepts(Class::SgWeak, "ssakin", B, Some('o')));
        assert!(accepts(Class::SgWeak, "ssaan", B, Some('o')));
        assert!(accepts(Class::SgWeak, "kseen", B, Some('o')));
        assert!(!accepts(Class::SgWeak, "ksen", B, Some('o')));
        assert!(!accepts(Class::SgWeak, "ssä", B, Some('o')));
        assert!(accepts(Class::SgWeak, "ssä", F, Some('ö')));
        assert!(accepts(Class::SgStrong, "on", B, Some('o')));
        assert!(accepts(Class::SgStrong, "onsa", B, Some('o')));
        assert!(accepts(Class::SgStrong, "nsa", B, Some('o')));
        assert!(!accepts(Class::SgStrong, "en", B, Some('o')));
        assert!(accepts(Class::PlIStrong, "ä", F, Some('i')));
        assert!(accepts(Class::SgWeak, ":n", B, Some('l')));
        assert!(accepts(Class::Word, "kaan", B, None));
        assert!(accepts(Class::Word, "kohan", B, None));
        assert!(!accepts(Class::Exact, "kin", B, None));
    }

    #[test]
    fn components() {
        assert!(component_like(Some('s'), "tietoja"));
        assert!(component_like(Some('e'), "-potilas"));
        assert!(!component_like(Some('u'), "ttelu"));
        assert!(!component_like(Some('u'), "us"));
        assert!(!component_like(Some('a'), "ajana"));
        // After a linking `n`, a component opening with `n` only when it opens with a word.
        assert!(component_like(Some('n'), "naama"));
        assert!(component_like(Some('n'), "nenällä"));
        assert!(!component_like(Some('n'), "nöitsijä"));
        assert!(derivation(Some('u'), "uden", false, true, 5));
        assert!(derivation(Some('i'), "sesti", false, true, 7));
        assert!(!derivation(Some('i'), "sesti", false, false, 7));
        assert!(derivation(Some('m'), "yyden", true, false, 7));
        assert!(!derivation(Some('a'), "us", false, true, 4));
    }
}
