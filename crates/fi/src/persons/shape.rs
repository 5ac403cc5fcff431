//! What the shape of a lower-case word tells: a clitic, a possessive suffix, a form of `hän`, a
//! number. Closed classes of Finnish morphology, so plain string tests.

/// Whether `w` ends with `s` (a byte loop: `ends_with` would call `memcmp`, which costs more
/// than the comparison on these short suffixes).
#[inline]
pub(crate) fn ends(w: &str, s: &str) -> bool {
    let (w, s) = (w.as_bytes(), s.as_bytes());
    w.len() >= s.len() && w[w.len() - s.len()..].iter().zip(s).all(|(a, b)| a == b)
}

/// Whether `w` starts with `s` (a byte loop, like [`ends`]).
#[inline]
pub(crate) fn starts(w: &str, s: &str) -> bool {
    let (w, s) = (w.as_bytes(), s.as_bytes());
    w.len() >= s.len() && w.iter().zip(s).all(|(a, b)| a == b)
}

/// Whether `w` contains one of `needles` (one pass; the needles are a few short words).
pub(crate) fn contains_any(w: &str, needles: &[&str]) -> bool {
    (0..w.len()).any(|i| {
        needles
            .iter()
            .any(|n| w.as_bytes()[i] == n.as_bytes()[0] && starts(&w[i..], n))
    })
}

/// Clitics that may end any word (`Virtanenkaan`, `hänkin`, `äitisihän`).
const CLITICS: [&str; 9] = ["kaan", "kään", "kin", "han", "hän", "pa", "pä", "ko", "kö"];

/// `w` without one clitic at its end (a stem of three letters or more must remain).
pub(crate) fn strip_clitic(w: &str) -> &str {
    if !matches!(w.as_bytes().last(), Some(b'n' | b'a' | b'o' | 0xA4 | 0xB6)) {
        return w;
    }
    for c in CLITICS {
        if ends(w, c) {
            let s = &w[..w.len() - c.len()];
            if s.chars().count() >= 3 {
                return s;
            }
        }
    }
    w
}

/// Possessive suffixes: `-ni -si -mme -nne -nsA`, and `-Vn` after the cases that take it
/// (`äidilleen`, `kotonaan`, `äitiään`, `tytärtään`, the partitive of a word in a rounded vowel
/// `vaimoaan`, `serkkuaan`, whose illative is `-oon`, `-uun`); not after a bare `-aa` stem,
/// which is a genitive (`potilaan`), nor in the passive `-taan`, `-nnään` (`tehdään`,
/// `mennään`).
const POSSESSIVES: [&str; 38] = [
    "ni", "si", "mme", "nne", "nsa", "nsä", "lleen", "llaan", "llään", "ltaan", "ltään", "ssaan",
    "ssään", "staan", "stään", "anaan", "änään", "enaan", "enään", "inaan", "inään", "onaan",
    "önään", "unaan", "ynään", "kseen", "rtaan", "rtään", "ntaan", "ntään", "iaan", "iään", "eaan",
    "eään", "oaan", "uaan", "yään", "öään",
];

/// The possessive suffix that lower-case `w` ends in (perhaps followed by a clitic), and `w`
/// without its clitic.
fn possessive(w: &str) -> (Option<&'static str>, &str) {
    let w = strip_clitic(w);
    // `-ksi` is the translative (`opettajaksi`), not `-si`.
    let suffix = (!ends(w, "ksi"))
        .then(|| {
            POSSESSIVES
                .iter()
                .find(|p| w.len() > p.len() + 1 && w.ends_with(*p))
        })
        .flatten()
        .copied();
    (suffix, w)
}

/// Whether lower-case `w` ends in the possessive suffix of the writer or the writers, `-ni` or
/// `-mme` (perhaps followed by a clitic): `vanhempani`, `naapureillemme`.
pub(crate) fn writers_possessive(w: &str) -> bool {
    matches!(possessive(w).0, Some("ni" | "mme"))
}

/// Whether lower-case `w` ends in lower-case `ending` or in its twin of the other vowel
/// harmony (`petosta` ends like the `ä` of `epäiltyä`).
pub(crate) fn ends_alike(w: &str, ending: &str) -> bool {
    let back = |c: char| match c {
        'ä' => 'a',
        'ö' => 'o',
        'y' => 'u',
        c => c,
    };
    let n = ending.chars().count();
    w.chars().count() >= n
        && w.chars()
            .rev()
            .zip(ending.chars().rev())
            .all(|(a, b)| back(a) == back(b))
}

/// Whether lower-case `w` ends in a possessive suffix (perhaps followed by a clitic).
pub(crate) fn has_possessive(w: &str) -> bool {
    possessive(w).0.is_some()
}

/// `w` without a possessive suffix (and a clitic after it): `lähihoitajamme` → `lähihoitaja`,
/// `rehtorini` → `rehtori`; `w` itself when it has none.
pub(crate) fn strip_possessive(w: &str) -> &str {
    match possessive(w) {
        (Some(p), stem) => &stem[..stem.len() - p.len()],
        (None, _) => w,
    }
}

/// Plural case endings after the plural `i` or `j` (`työtovere|i|ta|an`, `potila|i|lle`,
/// `sointu|j|a`).
const PLURAL_CASES: [&str; 22] = [
    "ta", "tä", "den", "tten", "en", "hin", "lle", "llä", "lla", "lta", "ltä", "ssa", "ssä", "sta",
    "stä", "na", "nä", "ksi", "ne", "n", "a", "ä",
];

/// Whether `w` ends in a vowel, the plural `i`/`j` and a case ending (the ending may be missing
/// when `bare`: a possessive suffix took its place, `työtoverei|taan`); `-mmi-` is the plural of
/// `-mpi` (`vanhemmille`).
fn plural_case(w: &str, bare: bool) -> bool {
    plural_stem(w, bare).is_some()
}

/// The stem with the plural marker of `w` when `w` reads as a plural form (see
/// [`plural_case`]): `sointuj` of `sointuja`, `tommi` of `tommille`.
fn plural_stem(w: &str, bare: bool) -> Option<&str> {
    // A relation (`bare`) may end in `-jA` in the singular (`opettaja`).
    let marker = |b: u8| b == b'i' || (!bare && b == b'j');
    // A relation's plural after `-is` with letters before it is an adjective in `-inen` or
    // `-isa` read as a compound of `isä`, whose plural stem is `isi-` (`lukuisille` is
    // `luku|isille`, to many fathers); `isi` and `isille` alone are the spoken word for dad.
    let vowel = |s: &str| {
        s.chars().count() >= 2
            && (s.ends_with(['a', 'e', 'o', 'u', 'y', 'ä', 'ö'])
                || ends(s, "mm")
                || (bare && ends(s, "is") && s.chars().count() >= 4)
                // A relation in `-jA` drops its vowel before the plural `i` (`matkustaj|i|sta`).
                || (bare && ends(s, "j") && s.chars().count() >= 4))
    };
    let cases = PLURAL_CASES.iter().copied().chain(bare.then_some(""));
    cases.into_iter().find_map(|c| {
        if !ends(w, c) {
            return None;
        }
        let s = &w[..w.len() - c.len()];
        (s.as_bytes().last().is_some_and(|&b| marker(b)) && vowel(&s[..s.len() - 1])).then_some(s)
    })
}

/// Whether lower-case `w` (a relation noun's form) is plural: a nominative in `-t` (`omaiset`),
/// or a plural case (`työtovereitaan`, `potilaille`, `vanhemmille`).
pub(crate) fn is_plural(w: &str) -> bool {
    let w = strip_clitic(w);
    if w.as_bytes().last() == Some(&b't') {
        return true;
    }
    let Some(p) = POSSESSIVES
        .iter()
        .find(|p| ends(w, p) && w[..w.len() - p.len()].chars().count() >= 3)
    else {
        return plural_case(w, true) && !keeps_i(w);
    };
    let w = &w[..w.len() - p.len()];
    (plural_case(w, true) && !keeps_i(w)) || genitive_plural_stem(w)
}

/// Family words whose stem keeps the `-i` of their base form in the singular, so that a
/// singular case reads as the plural `i` and a case ending (`mummi|lle|mme`, `kummi|lla`);
/// their plural has `-ei-` (`mummeille`).
const KEEPS_I: [&str; 4] = ["mummi", "kummi", "ukki", "isi"];

/// Whether `w` is one of [`KEEPS_I`] with a case ending (or none).
fn keeps_i(w: &str) -> bool {
    KEEPS_I.iter().any(|k| {
        w.strip_prefix(k)
            .is_some_and(|rest| rest.is_empty() || PLURAL_CASES.contains(&rest))
    })
}

/// Whether `w`, a word whose possessive suffix was taken off, is a plural genitive, which loses
/// its `-n` before the suffix: `jäsen|te|mme`, `las|te|mme`, `ystäv|ie|mme`, `asiakka|ide|mme`.
fn genitive_plural_stem(w: &str) -> bool {
    let b = w.as_bytes();
    let consonant = |c: u8| c.is_ascii_lowercase() && !b"aeiouy".contains(&c);
    ends(w, "ie")
        || ends(w, "ide")
        || ends(w, "itte")
        || (ends(w, "te") && b.len() >= 3 && consonant(b[b.len() - 3]))
}

/// Whether lower-case `w` (a name's form) is in a plural case (`Sointuja`, `Laineiden`); names
/// ending in `-t` or `-ai` are not plurals for that (`Margit`, `Kai`).
pub(crate) fn is_plural_name(w: &str) -> bool {
    plural_case(strip_clitic(w), false)
}

/// Whether lower-case `w`, a surname's form, names a family: a plural case, or the plural
/// nominative or genitive of a `-nen` or `-e` surname (`virtaset`, `lahtisten`, `laineet`).
pub(crate) fn is_family_name(w: &str) -> bool {
    is_plural_name(w) || ["set", "sten", "eet"].iter().any(|e| w.ends_with(e))
}

/// The stem of a plural-looking name form that may be a singular after all: a name that
/// ends in `-i` itself (`tommi` of `Tommille`, `kai` of `Kaille`); the caller asks the lists.
pub(crate) fn i_name_stem(w: &str) -> Option<&str> {
    plural_stem(strip_clitic(w), false).filter(|s| s.ends_with('i'))
}

/// The case endings of `hän` (`hänen`, `häntä`, `hänet`, `hänelle`…).
const HAN_CASES: [&str; 12] = [
    "", "en", "tä", "et", "elle", "ellä", "eltä", "een", "essä", "estä", "enä", "eksi",
];

/// The case endings of `he` after `he` (`heidän`, `heitä`, `heille`…); no essive (`heinä` is hay).
const HE_CASES: [&str; 11] = [
    "", "idän", "itä", "idät", "ille", "illä", "iltä", "ihin", "issä", "istä", "iksi",
];

/// Whether lower-case `w` is a form of the plural pronoun `he`, with or without a clitic.
pub(crate) fn is_he(w: &str) -> bool {
    pronoun_form(w, "he", &HE_CASES)
}

/// Whether lower-case `w` is a form of the pronoun `hän`, with or without a clitic.
pub(crate) fn is_han(w: &str) -> bool {
    pronoun_form(w, "hän", &HAN_CASES) || is_spoken_han(w)
}

/// Spoken and dialect forms of `hän` (`hää on kotona`, `kiitos hälle`), not `hällä`, which is
/// the idiom `hällä väliä` (who cares).
const SPOKEN_HAN: [&str; 3] = ["hää", "hälle", "hältä"];

/// Whether lower-case `w` is a spoken or dialect form of `hän` ([`SPOKEN_HAN`]).
pub(crate) fn is_spoken_han(w: &str) -> bool {
    SPOKEN_HAN.contains(&w)
}

/// Whether `w` is `stem` with one of `cases` after it, and maybe a clitic.
fn pronoun_form(w: &str, stem: &str, cases: &[&str]) -> bool {
    w.strip_prefix(stem).is_some_and(|rest| {
        cases.contains(&rest)
            || CLITICS
                .iter()
                .any(|c| rest.strip_suffix(c).is_some_and(|r| cases.contains(&r)))
    })
}

/// The parts Finnish number words are written of (`seitsemän|kymppinen`,
/// `kaksi|kymmentä|viisi`, `puoli|toista`); `keski` for `keski-ikäinen`.
const NUMERALS: [&str; 18] = [
    "yksi",
    "kaksi",
    "kolme",
    "neljä",
    // The compound form of four (`nelivuotias`, `nelikymppinen`).
    "neli",
    "viisi",
    "kuusi",
    "seitsemän",
    "kahdeksan",
    "yhdeksän",
    "kymmenen",
    "toista",
    "kymmentä",
    "sataa",
    "sata",
    "tuhat",
    "puoli",
    "keski",
];

/// Verbs that often follow a subject and have no finite ending of their own shape.
const FINITE: [&str; 27] = [
    "on", "o", "oli", "ei", "ole", "olisi", "olivat", "ovat", "saa", "voi", "jää", "käy", "tekee",
    // Short pasts and presents of one-syllable verbs, and pasts in `-ki` (`Pekka sai`, `Jarmo
    // teki`).
    "sai", "jäi", "toi", "vei", "söi", "joi", "löi", "tuo", "vie", "teki", "näki", "haki", "luki",
    "kävi",
];

/// Whether `w` (in small letters) is a frequent word typed without the dots of its `ä`, `ö` or
/// `y` (`mika` for `mikä`, `tama` for `tämä`): some of its `a`, `o` and `u` dotted make one.
pub(crate) fn dotless_word(w: &str) -> bool {
    let open = |c: char| matches!(c, 'a' | 'o' | 'u');
    let n = w.chars().filter(|&c| open(c)).count();
    if n == 0 || n > 6 {
        return false;
    }
    let mut buf = String::with_capacity(w.len() + n);
    // Each set bit of `mask` dots one of the open vowels, in order.
    (1u32..1 << n).any(|mask| {
        buf.clear();
        let mut k = 0;
        for c in w.chars() {
            let dotted = open(c) && {
                k += 1;
                mask & (1 << (k - 1)) != 0
            };
            buf.push(match (dotted, c) {
                (true, 'a') => 'ä',
                (true, 'o') => 'ö',
                (true, 'u') => 'y',
                _ => c,
            });
        }
        crate::frequent::contains(buf.as_bytes())
    })
}

/// Whether the lower-case word `w` looks like a finite verb in the third person singular: one of
/// [`FINITE`], a present tense ending in a long vowel (`sairastaa`, `kuuluu`, `lähtee`) or a
/// past tense in `-i` after a vowel or `t s l n r` (`sairastui`, `voitti`, `pääsi`, `tuli`).
/// A shape, not an analysis: it tells `Jukka sairastaa` from `Kallio rannan`.
pub(crate) fn looks_finite(w: &str) -> bool {
    if FINITE.contains(&w) {
        return true;
    }
    if w.chars().count() < 4 {
        return false;
    }
    const LONG: [&str; 8] = ["aa", "ää", "ee", "ii", "oo", "uu", "yy", "öö"];
    LONG.iter().chain(PAST.iter()).any(|e| w.ends_with(e))
}

/// Endings of a past tense in `-i` after a vowel or `t s l n r` (`sairastui`, `voitti`, `pääsi`,
/// `tuli`).
const PAST: [&str; 9] = ["ui", "yi", "oi", "ei", "ti", "si", "li", "ni", "ri"];

/// Whether the lower-case word `w` looks like a verb in the past tense, third person singular:
/// a past tense of [`FINITE`] (`sai`, `toi`, `kävi`) or one in `-i` after a vowel or `t s l n r`
/// (`antoi`, `ehti`, `pyysi`, `tuli`). A shape, as [`looks_finite`] is.
pub(crate) fn looks_past(w: &str) -> bool {
    if FINITE.contains(&w) {
        // Not the present `voi` (may: `Hoitaja voi soittaa`) nor the negation `ei`.
        return w.ends_with('i') && !matches!(w, "voi" | "ei");
    }
    w.chars().count() >= 4 && PAST.iter().any(|e| w.ends_with(e))
}

/// Whether the lower-case word `w` looks like a conditional after a vowel (`haluaisi`,
/// `voisi`, `tulisi` aside): the shape of a past in `-si` that is none (`selvisi`, `valitsi`
/// are pasts).
pub(crate) fn looks_conditional(w: &str) -> bool {
    const ENDINGS: [&str; 7] = ["aisi", "äisi", "oisi", "öisi", "uisi", "yisi", "eisi"];
    ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether the lower-case word `w` looks like a past tense and not like a conditional
/// (`huolsi`, `selvisi`; not `haluaisi`): one deed done, as [`looks_past`] and
/// [`looks_conditional`] tell together.
pub(crate) fn looks_plain_past(w: &str) -> bool {
    looks_past(w) && !looks_conditional(w)
}

/// Whether the lower-case word `w` looks like the third person singular of the present tense:
/// a long vowel at its end (`toivoo`, `kiittää`, `muistuttaa`, `vaatii`, `lähtee`), five
/// letters or more (not `maa`, `puu`, `pää`, nor `saa`: `Hoitaja saa …` is anyone in the role).
pub(crate) fn looks_present(w: &str) -> bool {
    let mut back = w.chars().rev();
    let (Some(a), Some(b)) = (back.next(), back.next()) else {
        return false;
    };
    a == b && "aeiouyäö".contains(a) && w.chars().count() >= 5
}

/// Whether the lower-case word `w` looks like a past participle of the perfect tense: active
/// in `-ut`/`-yt` after `n l r s` (`ollut`, `tehnyt`, `päässyt`) or passive in `-ttu`/`-tty`
/// (`siirretty`). A shape, as [`looks_past`] is.
pub(crate) fn looks_participle(w: &str) -> bool {
    const ENDINGS: [&str; 10] = [
        "nut", "nyt", "lut", "lyt", "rut", "ryt", "sut", "syt", "ttu", "tty",
    ];
    w.chars().count() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// `w` with every run of one letter three or more times long cut to two (`Sannna` →
/// `Sanna`), or `None` when it has no such run (then nothing is allocated: most words).
pub(crate) fn without_tripled(w: &str) -> Option<String> {
    // Each character with the two before it.
    let triples = || {
        w.chars().scan(('\0', '\0'), |(a, b), c| {
            let third = *a == *b && *b == c;
            (*a, *b) = (*b, c);
            Some((c, third))
        })
    };
    triples().any(|(_, third)| third).then(|| {
        triples()
            .filter(|&(_, third)| !third)
            .map(|(c, _)| c)
            .collect()
    })
}

/// Whether lower-case `w` ends in the essive's ending (`Jopena`, `Tinttinä`, `Ylpeänä`).
pub(crate) fn essive(w: &str) -> bool {
    w.ends_with("na") || w.ends_with("nä")
}

/// Whether lower-case `w` ends in an illative ending: a long vowel and `n` (`kumpulaan`,
/// `viikkiin`, `kivistöön`), `-seen` or `-hin`.
pub(crate) fn illative(w: &str) -> bool {
    const ENDINGS: [&str; 10] = [
        "aan", "ään", "oon", "öön", "uun", "yyn", "iin", "een", "seen", "hin",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether lower-case `w` is a number word, or digits (a hyphen may end it: `75-`).
pub(crate) fn is_number(w: &str) -> bool {
    let w = w.strip_suffix('-').unwrap_or(w);
    if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let mut rest = w;
    while !rest.is_empty() {
        match NUMERALS.iter().find(|n| starts(rest, n)) {
            Some(n) => rest = &rest[n.len()..],
            None => return false,
        }
    }
    !w.is_empty()
}

/// An age written in digits (1 to 120).
pub(crate) fn age_digits(w: &str) -> bool {
    w.len() <= 3
        && w.bytes().all(|b| b.is_ascii_digit())
        && (1..=120).contains(&w.parse().unwrap_or(0))
}

/// Endings of `-nen` surnames (`Meikäläisen`, `Virtaset`), for an unlisted capitalised word after
/// a first name.
const NEN_FORMS: [&str; 14] = [
    "nen", "sen", "set", "sten", "selle", "sella", "sellä", "selta", "seltä", "sesta", "sestä",
    "seen", "sena", "senä",
];

/// Whether lower-case `w` looks like a form of a `-nen` surname.
pub(crate) fn nen_surname(w: &str) -> bool {
    let w = strip_clitic(w);
    w.chars().count() >= 6 && NEN_FORMS.iter().any(|e| w.ends_with(e))
}

/// Plural endings of `-nen` surnames besides `-set` and `-sten` (`Mattilaisille`).
const NEN_PLURAL_FORMS: [&str; 8] = [
    "sille", "silla", "sillä", "silta", "siltä", "sissa", "sissä", "siin",
];

/// Whether lower-case `w` looks like a plural form of a `-nen` surname in a local case
/// (`mattilaisille`, `virtasilla`).
pub(crate) fn nen_plural(w: &str) -> bool {
    let w = strip_clitic(w);
    w.chars().count() >= 7
        && NEN_PLURAL_FORMS.iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|s| s.ends_with(['a', 'ä', 'i', 'e', 'o', 'u', 'y', 'ö']))
        })
}

/// Case endings a foreign surname takes in Finnish text (`Kovalenkon`, `Petrovalle`).
const FOREIGN_CASES: [&str; 14] = [
    "", "n", "a", "lle", "lta", "lla", "ssa", "sta", "ksi", "na", "in", "iin", "ia", "ille",
];

/// Endings of surnames of other languages that Finnish words do not have (`Kovalenko`,
/// `Petrova`, `Nowakowski`, `Jovanović`, `Karlsson`, `Popescu`, `Hakobyan`).
const FOREIGN_SURNAME_ENDS: [&str; 16] = [
    "enko", "ov", "ova", "ev", "eva", "ski", "ska", "sky", "vić", "vic", "ić", "sson", "escu",
    "yan", "oglu", "zadeh",
];

/// Letters of other Latin alphabets, in small letters.
const FOREIGN_LETTERS: &str = "áàâãéèêëíìîïīóòôõøúùûūýćčďěłńňñřśťźżçşğőűæ";

/// The endings of the outer local cases, in which people are spoken of (`Annalle`, `Annalla`,
/// `Annalta`).
const OUTER_LOCAL: [&str; 5] = ["lle", "lla", "llä", "lta", "ltä"];

/// The outer local case ending `w` has, if any (`Märtalle` → `lle`).
pub(crate) fn outer_local_case(w: &str) -> Option<&'static str> {
    OUTER_LOCAL.into_iter().find(|e| w.ends_with(e))
}

/// Whether lower-case `w`, a capitalised word after a first name, has the shape of a foreign
/// surname: an Arabic article or patronymic (`Al-Hashimi`, `El-Sayed`, `Abu-Bakr`), a letter
/// Finnish does not use, or an ending above, in any case form.
pub(crate) fn foreign_surname(w: &str) -> bool {
    if ["al-", "el-", "abu-", "bin-", "ben-"]
        .iter()
        .any(|p| starts(w, p))
    {
        return true;
    }
    // A letter Finnish spelling does not use marks a foreign name (`Ackté`, `Petrović`,
    // `Ozola` aside): accents, carons and strokes other than the å, ä, ö, š, ž of Finnish.
    if w.chars().any(|c| FOREIGN_LETTERS.contains(c)) {
        return true;
    }
    FOREIGN_CASES.iter().any(|c| {
        ends(w, c)
            && FOREIGN_SURNAME_ENDS.iter().any(|e| {
                let stem = &w[..w.len() - c.len()];
                ends(stem, e) && stem.chars().count() >= e.chars().count() + 2
            })
    }) || foreign_final_consonant(w)
}

/// Whether lower-case `w` is a name that ends, or ends before the `i` Finnish joins to it, in
/// a consonant no Finnish word ends in, or in two (`Canth`, `Thesleffille`, `Schjerfbeckin`,
/// `Lindbergille`, `Sundströmiltä`): a name of another language, inflected as Finnish does.
/// Only `n`, `s`, `t`, `l` and `r` end Finnish words, one at a time; before the `i` a single
/// `k`, `p` or `t` is a weak grade (`Heikin`, `Kaupin`), and some pairs are Finnish
/// ([`FINNISH_CLUSTERS`]).
fn foreign_final_consonant(w: &str) -> bool {
    let foreign_end = |stem: &str| {
        let mut cs = stem.chars().rev();
        let (Some(z), Some(y)) = (cs.next(), cs.next()) else {
            return false;
        };
        let consonant = |c: char| c.is_alphabetic() && !crate::inflect::is_vowel(c);
        if stem.chars().count() < 4 || !consonant(z) {
            return false;
        }
        if !consonant(y) {
            return "bcdfghjmqvwxz".contains(z);
        }
        let finnish = FINNISH_CLUSTERS.iter().any(|p| p.chars().eq([y, z]));
        !(finnish || (y == z && "kptlmnrs".contains(z)))
    };
    foreign_end(w)
        || I_CASES
            .iter()
            .any(|c| ends(w, c) && foreign_end(&w[..w.len() - c.len()]))
}

/// Whether lower-case `w` ends as a participle in the plural (`kuolleiden`, `kadonneet`,
/// `pidätettyjen`, `loukkaantuneille`), which [`is_plural`] does not read: its singular's `-nut`
/// and `-tu` end in a `t` of their own.
pub(crate) fn plural_participle(w: &str) -> bool {
    const ENDINGS: [&str; 17] = [
        "eet", "eiden", "eita", "eitä", "eille", "eilla", "eillä", "eista", "eistä", "ujen",
        "yjen", "uiden", "yiden", "ttuja", "ttyjä", "tut", "tyt",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether lower-case `w` has the shape of a genitive or accusative in the singular: `-n` after
/// a single vowel (`auton`, `kirjan`), not an illative's long vowel or `h` (`autoon`,
/// `kisoihin`) nor a word of four letters or fewer (`on`, `oon`, `ihan`).
pub(crate) fn looks_genitive(w: &str) -> bool {
    let mut cs = w.chars().rev();
    let (Some('n'), Some(v), Some(c)) = (cs.next(), cs.next(), cs.next()) else {
        return false;
    };
    w.chars().count() > 4
        && crate::inflect::is_vowel(v)
        && c != v
        && c != 'h'
        && !(v == 'i' && crate::inflect::is_vowel(c))
}

/// Two consonants a Finnish stem ends in before a case's `i`, many of them a weak grade
/// (`Helsingin`, `Turkin`, `Lammin`, `Kosken`): no mark of a foreign name.
const FINNISH_CLUSTERS: [&str; 25] = [
    "ng", "nk", "mp", "nt", "lt", "rt", "lk", "rk", "ht", "hk", "sk", "st", "sp", "ts", "tk", "lp",
    "rp", "hj", "lj", "rj", "lv", "rv", "hv", "ks", "ps",
];

/// The case endings Finnish joins to a name that ends in a consonant, with their `i`
/// (`Canthin`, `Thesleffille`, `Lindbergiä`).
const I_CASES: [&str; 17] = [
    "in", "iin", "ia", "iä", "ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ista",
    "istä", "iksi", "ina", "inä", "ilt",
];

/// The last parts of Finnish surnames made of a place word (`Pohjanpää`, `Wuolijoki`,
/// `Haapaniemi`, `Koskenmäki`), each as the stems its cases are built on.
const SURNAME_HEADS: [&str; 38] = [
    "pää", "joki", "joe", "niemi", "nieme", "mäki", "mäe", "järvi", "järve", "salo", "lahti",
    "lahde", "vaara", "kallio", "korpi", "korve", "saari", "saare", "vuori", "vuore", "ranta",
    "ranna", "harju", "lampi", "lampe", "lamme", "koski", "koske", "lehto", "lehdo", "rinne",
    "rintee", "pelto", "pello", "virta", "virra", "kangas", "kankaa",
];

/// Whether lower-case `w` is a compound that ends in a form of a place word surnames end in
/// (`pohjanpään`, `wuolijoelle`, `koskenniemeltä`), with at least three letters before it:
/// after a first name in its base form, a surname the lists lack.
pub(crate) fn compound_surname(w: &str) -> bool {
    let w = strip_clitic(w);
    SURNAME_HEADS.iter().any(|h| {
        w.match_indices(h).any(|(at, _)| {
            at >= 3 && {
                let rest = &w[at + h.len()..];
                rest.len() <= 5 && rest.chars().all(|c| c.is_alphabetic())
            }
        })
    })
}

/// Whether `w` is the abbreviation of an association or a company, in any case (`ry`, `ry:n`,
/// `r.y.`, `oy:ltä`, `rf:s`), with no allocation.
pub(crate) fn is_body_abbreviation(w: &str) -> bool {
    let stem = w.split(':').next().unwrap_or("").trim_end_matches('.');
    ["ry", "r.y", "oy", "rf", "ab", "oyj", "ky", "tmi", "ay"]
        .iter()
        .any(|a| stem.eq_ignore_ascii_case(a))
}

/// `word` without a case ending written after a colon (`TL:lle`, `K:n`: one to four small
/// letters), or as it is when it has no colon; `None` when what follows a colon is no ending.
pub(crate) fn before_case_ending(word: &str) -> Option<&str> {
    match word.split_once(':') {
        None => Some(word),
        Some((letters, ending)) => ((1..=4).contains(&ending.chars().count())
            && ending.chars().all(char::is_lowercase))
        .then_some(letters),
    }
}

/// The surname in the spoken plural of a family whose name ends in `-a` or `-ä`, made with the
/// endings of a `-nen` name's plural (`Heikkiläset`, `Mäkeläsille`, `Rantalasten`): `Heikkilä`.
pub(super) fn spoken_family_stem(word: &str) -> Option<&str> {
    const ENDINGS: [&str; 9] = [
        "set", "sten", "sille", "silla", "sillä", "silta", "siltä", "sista", "sistä",
    ];
    let stem = ENDINGS.iter().find_map(|e| word.strip_suffix(e))?;
    (stem.ends_with(['a', 'ä']) && stem.chars().count() >= 4).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_typed_without_their_dots() {
        for w in ["mika", "tama", "kay", "paiva"] {
            assert!(dotless_word(w), "{w}");
        }
        for w in ["ismo", "eino", "elsa", "anne", "pirkko", "talo"] {
            assert!(!dotless_word(w), "{w}");
        }
    }

    #[test]
    fn possessives() {
        for w in [
            "äitisi",
            "potilaamme",
            "naapurini",
            "miehensä",
            "isänsä",
            "äidilleen",
            "äitiään",
            "kotonaan",
            "asiakkaaltamme",
            "veljensäkin",
            "vaimoaan",
            "puolisoaan",
            "serkkuaan",
        ] {
            assert!(has_possessive(w), "{w}");
        }
        for w in [
            "potilaan",
            "asukkaan",
            "äiti",
            "isä",
            "naapuri",
            "äidille",
            "mies",
            "opettajaksi",
            "vaimoon",
            "serkkuun",
        ] {
            assert!(!has_possessive(w), "{w}");
        }
        assert!(
            !has_possessive("työtovereitaan"),
            "partitive plural: not one person"
        );
        for w in [
            "omaiset",
            "potilaille",
            "oppilaitamme",
            "jäsentemme",
            "lastemme",
            "ystäviemme",
            "asiakkaidemme",
        ] {
            assert!(is_plural(w), "{w}");
        }
        for w in [
            "äidilleen",
            "potilaamme",
            "isänsä",
            "tyttärelle",
            "asiakkaaltamme",
            "veljeään",
            "opettajamme",
            "huoltaja",
            "lapsemme",
            "kätensä",
        ] {
            assert!(!is_plural(w), "{w}");
        }
        assert!(is_plural("vanhemmille") && is_plural_name("sointuja"));
        // The plural of `isä` after a compound's first part: an adjective (`lukuisille`).
        assert!(is_plural("lukuisille") && !is_plural("isi") && !is_plural("isille"));
        for w in [
            "ainolle",
            "annille",
            "kai",
            "margit",
            "kirsimme",
            "aleksille",
            "tuuli",
            "esakin",
        ] {
            assert!(!is_plural_name(w), "{w}");
        }
    }

    #[test]
    fn han_forms() {
        for w in [
            "hän",
            "hänen",
            "häntä",
            "hänet",
            "hänelle",
            "hänkin",
            "häneltäkään",
        ] {
            assert!(is_han(w), "{w}");
        }
        for w in ["hännässä", "häntäkö2", "hänelleni", "hä"] {
            assert!(!is_han(w), "{w}");
        }
    }

    #[test]
    fn numbers() {
        for w in [
            "75",
            "75-",
            "seitsemän",
            "kaksikymmentäviisi",
            "puolitoista",
            "sata",
            "keski",
        ] {
            assert!(is_number(w), "{w}");
        }
        for w in ["", "-", "satu", "kolmas", "viisas"] {
            assert!(!is_number(w), "{w}");
        }
        assert!(age_digits("92") && !age_digits("2026") && !age_digits("0"));
    }

    #[test]
    fn tripled_letters_and_illatives() {
        assert_eq!(without_tripled("Sannna").as_deref(), Some("Sanna"));
        assert_eq!(without_tripled("Mikkkoooo").as_deref(), Some("Mikkoo"));
        assert_eq!(without_tripled("Sanna"), None);
        assert!(illative("kumpulaan") && illative("kivistöön") && illative("virtaseen"));
        assert!(!illative("kumpulan") && !illative("virtanen"));
    }

    #[test]
    fn nen_surnames() {
        assert!(nen_surname("meikäläisen") && nen_surname("virtaset"));
        assert!(!nen_surname("botnian") && !nen_surname("sen"));
    }
}
