//! Finnish inflection for term matching: from a base form to the surface stems of its forms.
//!
//! [`expand`] guesses the paradigm of a base form from its ending (Kotus-like declension and
//! conjugation types, with a small exception lexicon for irregular words) and returns a set of
//! surface stems, each with an ending [`Class`] saying what may follow it. Where the type is
//! ambiguous, the stems of every plausible type are returned: a stem that no real word has
//! costs nothing, while a missing one loses matches. The matcher then needs only to find a stem
//! and check that the rest of the word [`accepts`] as an ending of the stem's class.

mod endings;
mod gradation;
mod lexicon;
mod nominal;
pub(crate) mod scan;
pub(crate) mod trie;
mod verb;

pub(crate) use endings::{
    accepts, class_from_index, component_like, derivation, may_start, Class, LINKS,
};

/// Which vowel harmony the endings of a word may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Harmony {
    /// Back vowels `a o u` in endings.
    pub(crate) back: bool,
    /// Front vowels `ä ö y` in endings.
    pub(crate) front: bool,
}

/// One surface stem of a term word.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Stem {
    /// The stem, lower-case.
    pub(crate) text: String,
    /// What may follow it.
    pub(crate) class: Class,
    /// Another compound component may follow the bare stem (`potilas|tietoja`, `ihmis|oikeus`).
    pub(crate) link: bool,
    /// Only a derivational suffix may follow (`työttöm|yys`); used with `compounds: any`.
    pub(crate) deriv_only: bool,
    /// A derived word that counts only with `compounds: any` (`lyö|jä`, `lyö|nti`).
    pub(crate) any_only: bool,
    /// A verb form or participle: never continued into a compound (`ampuma|rata` is not
    /// `ampua`).
    pub(crate) verbal: bool,
}

/// Whether `c` is a Finnish vowel (lower-case).
pub(crate) fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'å' | 'é' | 'ü'
    )
}

/// The vowel harmony of a lower-case word: the last non-neutral vowel decides; a word with no
/// `a o u ä ö y` takes front endings; a word mixing both (a compound or loan) may take either.
pub(crate) fn harmony(word: &str) -> Harmony {
    let mut back_seen = false;
    let mut front_seen = false;
    let mut last_back = None;
    for c in word.chars() {
        match c {
            'a' | 'o' | 'u' => {
                back_seen = true;
                last_back = Some(true);
            }
            'ä' | 'ö' | 'y' => {
                front_seen = true;
                last_back = Some(false);
            }
            _ => {}
        }
    }
    // A word ending in neutral vowels after back ones (`rasisti`, but also the compound
    // `suku|nimi`) may take either harmony.
    let neutral_end = word
        .chars()
        .rev()
        .take_while(|c| !matches!(c, 'a' | 'o' | 'u' | 'ä' | 'ö' | 'y'))
        .any(|c| matches!(c, 'e' | 'i'));
    match last_back {
        Some(true) if neutral_end => Harmony {
            back: true,
            front: true,
        },
        None => Harmony {
            back: false,
            front: true,
        },
        Some(b) => Harmony {
            back: b || (back_seen && front_seen),
            front: !b || (back_seen && front_seen),
        },
    }
}

/// Collects stems, resolving the harmony placeholders `A O U` of generated text.
pub(crate) struct Out {
    h: Harmony,
    stems: Vec<Stem>,
    /// Stems added now count only with `compounds: any`.
    pub(crate) any_only: bool,
    /// Stems added now are verb forms.
    pub(crate) verbal: bool,
}

impl Out {
    fn new(h: Harmony) -> Self {
        Out {
            h,
            stems: Vec::new(),
            any_only: false,
            verbal: false,
        }
    }

    fn push(&mut self, text: &str, class: Class, link: bool, deriv_only: bool) {
        let any_only = self.any_only;
        let verbal = self.verbal;
        if text.is_empty() {
            return;
        }
        let mut variants = Vec::with_capacity(2);
        if text.chars().any(|c| matches!(c, 'A' | 'O' | 'U')) {
            if self.h.back {
                variants.push(text.replace('A', "a").replace('O', "o").replace('U', "u"));
            }
            if self.h.front {
                variants.push(text.replace('A', "ä").replace('O', "ö").replace('U', "y"));
            }
        } else {
            variants.push(text.to_string());
        }
        for t in variants {
            self.stems.push(Stem {
                text: t,
                class,
                link,
                deriv_only,
                any_only,
                verbal,
            });
        }
    }

    /// Adds a stem.
    pub(crate) fn add(&mut self, text: &str, class: Class) {
        self.push(text, class, false, false);
    }

    /// Adds a stem that may also be followed by another compound component.
    pub(crate) fn link(&mut self, text: &str, class: Class) {
        self.push(text, class, true, false);
    }

    /// Adds a stem after which only a derivational suffix may follow.
    pub(crate) fn deriv(&mut self, text: &str) {
        if text.chars().count() >= 6 {
            self.push(text, Class::Exact, false, true);
        }
    }

    /// The harmony of the word being expanded.
    pub(crate) fn harmony(&self) -> Harmony {
        self.h
    }
}

/// Char-aware helpers on lower-case words.
pub(crate) fn drop_last(s: &str, n: usize) -> &str {
    let mut end = s.len();
    for _ in 0..n {
        match s[..end].char_indices().next_back() {
            Some((i, _)) => end = i,
            None => return "",
        }
    }
    &s[..end]
}

/// The last `n` characters of `s`.
pub(crate) fn last_chars(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    let skip = count.saturating_sub(n);
    let start = s.char_indices().nth(skip).map_or(s.len(), |(i, _)| i);
    &s[start..]
}

/// Number of syllables (vowel runs, counting a run of two different non-diphthong vowels once;
/// good enough for the rough length tests of the guesser).
pub(crate) fn syllables(s: &str) -> usize {
    let mut n = 0;
    let mut prev_v = false;
    for c in s.chars() {
        let v = is_vowel(c);
        if v && !prev_v {
            n += 1;
        }
        prev_v = v;
    }
    n
}

/// All surface stems of the forms of `word` (lower-case; a hyphenated word inflects in its last
/// part, `sote-potilas`). With `nouns_only`, `word` is declined as a noun and nothing else (a
/// name: `hanna` is never the verb a `-nnA` ending suggests, `veli` never the irregular common
/// noun). With `capitals` (the term was written in capitals, `ADHD`, `ALS`), the word also takes
/// an abbreviation's endings after a colon (`ADHD:n`, `ALS:ssä`), even when it could be read as a
/// word.
pub(crate) fn expand_as(word: &str, nouns_only: bool, capitals: bool) -> Vec<Stem> {
    let (prefix, last) = match word.rfind('-') {
        Some(i) if i + 1 < word.len() => word.split_at(i + 1),
        _ => ("", word),
    };
    let h = harmony(last);
    let mut out = Out::new(h);
    out.add(last, Class::Word);
    let has_vowel = last.chars().any(is_vowel);
    let alpha = last.chars().all(char::is_alphabetic);
    if !alpha || !has_vowel || last.chars().count() < 2 {
        // Abbreviations and numbers: endings after a colon (`THL:n`, `EU:ssa`).
        add_after_colon(last, &mut out);
    } else if nouns_only {
        nominal::expand(last, &mut out);
        nominal::name_stems(last, &mut out);
        // A loan ending in a consonant also declines with an `-i-` (`Grönroos|in`, `Lindroos|iin`).
        if !last.ends_with(is_vowel) {
            nominal::expand(&format!("{last}i"), &mut out);
        }
    } else if !lexicon::expand(last, &mut out) {
        out.verbal = true;
        let verb = verb::expand(last, &mut out);
        out.verbal = false;
        if verb != verb::Kind::VerbOnly {
            nominal::expand(last, &mut out);
        }
    }
    if capitals && alpha && has_vowel {
        add_after_colon(last, &mut out);
    }
    let mut stems = out.stems;
    if !prefix.is_empty() {
        for s in &mut stems {
            s.text.insert_str(0, prefix);
        }
    }
    stems.sort();
    stems.dedup();
    stems
}

/// An abbreviation's or a number's stems: its endings follow a colon (`THL:n`, `EU:ssa`,
/// `ADHD:ta`).
fn add_after_colon(last: &str, out: &mut Out) {
    let stem = format!("{last}:");
    for class in [
        Class::SgWeak,
        Class::SgStrong,
        Class::SgLong,
        Class::PlIStrong,
        Class::ConsTa,
    ] {
        out.add(&stem, class);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harmony_of_words() {
        assert!(harmony("talo").back && !harmony("talo").front);
        assert!(harmony("metsä").front && !harmony("metsä").back);
        assert!(harmony("risti").front);
        assert!(harmony("rasisti").back);
        assert!(harmony("sukunimi").front);
        let h = harmony("sähköposti");
        assert!(h.back && h.front);
    }

    #[test]
    fn char_helpers() {
        assert_eq!(drop_last("työ", 1), "ty");
        assert_eq!(drop_last("a", 3), "");
        assert_eq!(last_chars("sydän", 2), "än");
        assert_eq!(syllables("kirkko"), 2);
        assert_eq!(syllables("työ"), 1);
    }
}
