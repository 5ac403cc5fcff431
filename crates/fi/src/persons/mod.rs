//! Mentions of people in Finnish text: names, initials, ages, relations and the pronoun `hän`.
//!
//! [`PersonFinder::find`] reports every [`Mention`] with its [`MentionKind`], so a rule can choose
//! what counts for it (a confidentiality rule may want names, relations and ages but not
//! pronouns).
//!
//! # Design
//!
//! * **Names come from data, and inflect.** About 4,500 first names and 11,500 surnames (the
//!   Finnish population register's open name data, via the npm package `@zxcvbn-ts/language-fi`;
//!   see `data/names/NOTICE.md`) and Finland's 309 municipalities are compiled by `build.rs` into
//!   one [`TermMatcher`](crate::TermMatcher) with inflection on — the same engine as rule terms —
//!   so `Väisäsen`, `Aleksille`, `Niemisten`, `Virtaset` and `Virtanenkaan` are all found. The
//!   matcher is serialised at build time and read back lazily, once, by [`PersonFinder::builtin`].
//! * **Capitals first.** Only capitalised words are looked up as names (all-capital words are
//!   acronyms), one word at a time, so lower-case text costs no name lookup.
//! * **Ambiguity is decided from data.** A name is *word-like* when its base form and at least
//!   two other forms of it are among the 20,000 most frequent Finnish words
//!   (`benches/data/fi-words.tsv`: `tuuli`, `tuulen`, `tuulta`), and a frequent word is a *word
//!   form* when no reading of it is a name's base form or genitive (`onneksi`, `ennen`, `ja`).
//!   A municipality's forms are *places*. Such words count as names only with support: another
//!   name next to them (`Tuuli Mäkinen`, `Kimmo Lahden`), a title or relation before them
//!   (`opettaja Hakala`, `ystäväni Niina`), initials, an age after them, or — for common words,
//!   not places — a capital in the middle of a sentence (`tänään Toivo`, not `Tuuli kääntyi`).
//! * **Context turns names into things.** A name before an unlisted capitalised word names a
//!   thing (`Aurora Botnia`) unless that word looks like a `-nen` surname or is a place; a
//!   genitive before a place, institution or event noun names the place (`Lahden kaupunki`,
//!   `Kallion koulun`, `Aleksis Kiven päivänä`); a thing's noun before a name makes it the
//!   thing's name (`Kahvila Helmi`, `jäänmurtaja Otso`); and a lone name in the inessive names
//!   a place or a thing (`Wilmassa`), since people take the outer local cases.
//! * **Unlisted surnames by shape.** A capitalised word inside a sentence with the form of a
//!   `-nen` surname (`Heikkiläiselle`, `Mattilaisille`) is a surname the lists lack, unless it is
//!   part of a run of capitals (an organisation's name) or a place.
//! * **Closed classes by rule.** Relation nouns (`words.rs`) count with a possessive suffix
//!   (`äitisi`, `potilaamme`, unless a plural verb follows: `potilaamme saavat`) or after a
//!   genitive person (`Aleksin äidille`, `hänen isänsä`); ages as number-headed adjectives in the
//!   singular (`75-vuotiaalle`, `kuusikymppinen`), numbers after a name (`Hilkka (92)`) or with
//!   `täyttää`; initials with a surname (`M. Virtanen`, `J.-P. Koskisen`), alone (`J.K.`) or
//!   as a signature at a line's end (`/MK`); every form of `hän`.
//! * **Linear.** One pass over the words with a window of a few words each side; each word is
//!   decided once, so mentions come out sorted by start and never overlap.
//!
//! Organisation staff names ([`PersonFinder::with_known`]) are matched with inflection and
//! exact capitals over the whole text, and win over any other mention they overlap.

mod lexicon;
mod rules;
mod scan;
mod shape;
mod signature;

pub(crate) use signature::is_marker as is_signature_marker;
mod words;

use std::sync::OnceLock;

use crate::{TermHit, TermMatcher, TermSpec};
use lexicon::Lexicon;

/// Whether `gap` (text between two matches, with the later match) ends a sentence: a full
/// stop, `!` or `?` followed by a space and a capital (or a lower-case word, see
/// [`ends_lowercase`]), or a blank line; an emoji, a dash or a bullet may stand before the
/// capital (`huolestua? 🧠 Geriatrian …`, `… auki! – Tervetuloa`).
/// The two then belong to different sentences and are not near (`… allergiat. Ilmoita
/// lapsesi …`), unless the next sentence opens with `hän`, `he` or the family, which refer
/// back to the people before (`… aivoinfarkti. Hän …`, `… perheelle. Perheellä on …`). An
/// initial's stop ends nothing (`potilas M. Virtanen`, `Maija K. Virtanen`): a capital letter
/// alone before it.
pub fn sentence_ends_in(gap: &str) -> bool {
    if paragraph_ends_in(gap) {
        return true;
    }
    gap.match_indices(['.', '!', '?']).any(|(i, stop)| {
        let mut before = gap[..i].chars().rev();
        let initial = stop == "."
            && before.next().is_some_and(char::is_uppercase)
            && before.next().is_none_or(|c| !c.is_alphabetic());
        if initial {
            return false;
        }
        let rest = &gap[i + 1..];
        let after = rest.trim_start_matches(['.', '!', '?', ')', '"', '”', '\'']);
        let spaced = after.trim_start();
        let next = spaced.trim_start_matches(|c: char| !c.is_alphanumeric());
        let opening = next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let opens = next.starts_with(char::is_uppercase)
            || (next.starts_with(char::is_lowercase) && ends_lowercase(&gap[..i], stop));
        spaced.len() < after.len() && opens && !refers_back(opening)
    })
}

/// Whether a stop after `before` ends a sentence that a lower-case word follows, as drafts
/// typed without capitals have it (`… riippuvuus etenee. meille voi tulla …`): after `!` or
/// `?`, and after a full stop that closes a word of four or more letters which is no
/// abbreviation (not `esim. tämä`, `klo 14. ja`, `ns. asiantuntija`).
fn ends_lowercase(before: &str, stop: &str) -> bool {
    if stop != "." {
        return true;
    }
    let head = before.trim_end_matches(char::is_alphabetic);
    let word = &before[head.len()..];
    let whole = head
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "([\"'”“".contains(c));
    whole
        && word.chars().count() >= 4
        && word.chars().all(char::is_lowercase)
        && !ABBREVIATIONS.contains(&word)
}

/// Abbreviations of four or more letters that end in a full stop inside a sentence.
const ABBREVIATIONS: &[&str] = &[
    "esim", "huom", "engl", "suom", "ruots", "prof", "toht", "toim", "kirj", "synt", "kuol",
];

/// Whether `gap` ends a sentence ([`sentence_ends_in`]) or a list item: a line of it opens with
/// a list marker. Each item of a list is a statement of its own (`– sovi naapurin kanssa, että hän
/// vilkaisee mökkiä\n– jos murto on käynnissä, soita 112`). A signature on a line of its own
/// after a dash (`\n– Tuula`) is no item here: only rules' `near` asks this.
pub fn statement_ends_in(gap: &str) -> bool {
    sentence_ends_in(gap) || list_item_in(gap)
}

/// Whether a line of `gap` opens with a list marker (`–`, `-`, `—`, `•`, `*`, `·`, or a number
/// and a stop or bracket) followed by a space or the line's end.
fn list_item_in(gap: &str) -> bool {
    gap.split('\n').skip(1).any(|line| {
        let line = line.trim_start_matches([' ', '\t']);
        let rest = line
            .strip_prefix(['–', '-', '—', '•', '*', '·'])
            .or_else(|| {
                let after = line.trim_start_matches(|c: char| c.is_ascii_digit());
                (after.len() < line.len()).then(|| after.strip_prefix(['.', ')']))?
            });
        rest.is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
    })
}

/// Forms of the family, which a sentence opens with to go on about the people of the sentence
/// before (`… Nevalaisen perheelle. Perheellä on ollut raskas syksy …`), as with `he`.
const FAMILY: &[&str] = &[
    "perhe",
    "perheen",
    "perheellä",
    "perheelle",
    "perheeltä",
    "perheessä",
    "perheestä",
    "perheeseen",
    "perhettä",
];

/// The employment of the person just named, which a sentence opens with to tell how it ended
/// (`Helena ei enää työskentele kirjastossa. Työsuhde päättyi syyskuussa …`).
const EMPLOYMENT: &[&str] = &[
    "työsuhde",
    "työsuhteen",
    "työsuhteensa",
    "työsuhteesta",
    "työsopimus",
    "työsopimuksen",
    "työsopimuksensa",
    "työsopimuksesta",
];

/// Whether `word` opens a sentence that refers back: a form of `hän`, of the plural `he`, of
/// the family or of the employment.
fn refers_back(word: &str) -> bool {
    let lower = word.to_lowercase();
    shape::is_han(&lower)
        || shape::is_he(&lower)
        || FAMILY.contains(&lower.as_str())
        || EMPLOYMENT.contains(&lower.as_str())
}

/// Whether the text `gap` between two words ends a paragraph: it holds a blank line.
pub fn paragraph_ends_in(gap: &str) -> bool {
    gap.contains("\n\n") || gap.contains("\n\r\n")
}

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A first name and a surname, in either order (`Tuuli Mäkinen`, `Lahtisen Pirkko-Liisa`).
    FullName,
    /// A first name alone (`Sarille`, `Lumi-Sofia`).
    FirstName,
    /// A surname alone (`Virtasten`, `Hakala` in `opettaja Hakala`).
    Surname,
    /// Initials, with a surname or alone (`M. Virtanen`, `J.K.`, `/MK`).
    Initials,
    /// A relation that points at one person or family (`äitisi`, `potilaamme`, `hänen isänsä`,
    /// `Virtasen perheen lapset`: a surname with its relation is one mention of this kind).
    Relation,
    /// An individual's age (`9-vuotias`, `(45)`, `kuusikymppinen`).
    Age,
    /// A form of `hän`.
    Pronoun,
    /// A form of the plural `he`: many people (a family, a couple, a team), who are identifiable
    /// only through what the sentence names with it.
    PluralPronoun,
    /// One of the organisation's own people ([`PersonFinder::with_known`]).
    Known,
    /// The person a reply answers, by a handle that is a first name (`@Niilo`): someone the
    /// post speaks to, not about. Also a singular `sinä` in a text that says a name to its
    /// person (`Kiitos, Toni! … sinut`, `Leena, sun ansiosta`, `@Reetta … susta`).
    Addressee,
}

/// One mention: a UTF-8 byte span of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What it is.
    pub kind: MentionKind,
}

/// Finds person mentions; see the [module documentation](self).
#[derive(Debug)]
pub struct PersonFinder {
    lex: &'static Lexicon,
    known: Option<TermMatcher>,
    /// Tells this finder from any other in [`crate::memo`] (0 for the built-in one).
    id: u64,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

/// Whether `word`, as written, is a first name or a surname of the lists in its base form
/// (`Tolvanen`, not `tolvana` misspelt).
pub(crate) fn is_base_name(word: &str) -> bool {
    lexicon().base_name(word, false, &mut Vec::new())
}

/// Whether `word` is a form of a first name or a surname of the lists that is no ordinary word
/// (`Matille`, `Virtaselta`; not `Tuulta`, `Kivestä`).
pub(crate) fn is_name_form(word: &str) -> bool {
    let info = lexicon().name(word, &mut Vec::new());
    info.confident && (info.first || info.surname)
}

impl PersonFinder {
    /// The finder with the built-in lists, read from the embedded data on first use.
    pub fn builtin() -> &'static PersonFinder {
        static BUILTIN: OnceLock<PersonFinder> = OnceLock::new();
        BUILTIN.get_or_init(|| PersonFinder {
            lex: lexicon(),
            known: None,
            id: 0,
        })
    }

    /// The built-in finder plus the organisation's own people (`Maija Meikäläinen`, `MM`),
    /// found in every inflected form with their capitals as written, as [`MentionKind::Known`].
    /// Names without a letter or digit are ignored.
    pub fn with_known(names: &[String]) -> PersonFinder {
        let specs: Vec<TermSpec> = names
            .iter()
            .filter(|n| n.chars().any(char::is_alphanumeric))
            .map(|n| TermSpec {
                case_sensitive: true,
                ..TermSpec::new(n.as_str())
            })
            .collect();
        let known = TermMatcher::new_nouns(&specs)
            .ok()
            .filter(|m| !m.is_empty());
        static IDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        PersonFinder {
            lex: lexicon(),
            known,
            id: IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Appends the mentions in `text` to `out`: sorted by start, not overlapping.
    pub fn find(&self, text: &str, out: &mut Vec<Mention>) {
        let base = out.len();
        rules::Pass::run(self.lex, text, out);
        let Some(known) = &self.known else {
            return;
        };
        let mut hits: Vec<TermHit> = Vec::new();
        known.find_all(text, &mut hits);
        if hits.is_empty() {
            return;
        }
        // Known names first; other mentions only where they overlap none.
        let found: Vec<Mention> = out.drain(base..).collect();
        let mut k = 0;
        let mut end = 0;
        for h in hits {
            if h.start < end {
                continue;
            }
            while k < found.len() && found[k].start < h.start {
                if found[k].end <= h.start {
                    out.push(found[k]);
                }
                k += 1;
            }
            out.push(Mention {
                start: h.start,
                end: h.end,
                kind: MentionKind::Known,
            });
            end = h.end;
            while k < found.len() && found[k].start < end {
                k += 1;
            }
        }
        out.extend(found[k..].iter().copied().filter(|m| m.start >= end));
    }
}

#[cfg(test)]
mod tests {
    use super::{is_name_form, sentence_ends_in};

    #[test]
    fn a_name_form_is_no_ordinary_word() {
        for w in ["Matille", "Virtaselta"] {
            assert!(is_name_form(w), "{w}");
        }
        for w in ["Tuulta", "Kivestä", "Kissalle"] {
            assert!(!is_name_form(w), "{w}");
        }
    }

    #[test]
    fn where_a_sentence_ends() {
        let ends = [
            "allergiat. Ilmoita ",
            "huolestua? 🧠 Geriatrian ",
            "auki! – Tervetuloa ",
            "kokous.\n\nsuljettu ",
            // typed without capitals: after a word, or after `!` and `?`
            " etenee. meille ",
            " hurjaa! meille ",
            " vai? ei ",
        ];
        // not before a number, a link's path or `hän`, nor after an abbreviation or a number
        // before a lower-case word
        let goes_on = [
            "klo 12. 15 lasta ",
            "esim. 🙂 vaikka ",
            " esim. vaikka ",
            " ns. asiantuntija ",
            " klo 14. ja ",
            " etenee. hän ",
            "www.kunta.fi/Palvelut ",
            "aivoinfarkti. 😢 Hän ",
            "perheelle Kurkimäentielle. Perheellä ",
            "Virtasille. He ",
            "potilas M. Virtanen ",
            "Maija K. Virtanen ",
        ];
        for gap in ends {
            assert!(sentence_ends_in(gap), "{gap:?}");
        }
        for gap in goes_on {
            assert!(!sentence_ends_in(gap), "{gap:?}");
        }
    }

    #[test]
    fn a_list_item_is_a_statement_of_its_own() {
        use super::statement_ends_in;
        for gap in [
            " mökkiä\n– jos ",
            " kaappi aina\n• Jätä ",
            " pihalla\n  2. Soita ",
            " ovella\n- kysy ",
        ] {
            assert!(statement_ends_in(gap), "{gap:?}");
        }
        for gap in [" mökkiä, ", " kokous\nklo 18 ", " 2025\n-5 astetta "] {
            assert!(!statement_ends_in(gap), "{gap:?}");
        }
    }
}
