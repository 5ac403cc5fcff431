//! The decisions: which words, read with their neighbours, mention a person.
//!
//! Words go through a small window (a few words of context on each side); each word is decided
//! once, in order, so mentions come out sorted and never overlap, and the work per word is
//! bounded: linear in the text.

use super::lexicon::{Context, Lexicon, NameInfo};
use super::scan::{words, Case, Word};
use super::shape;
use super::words::{Group, HOUSEHOLDS, KIN_GENITIVES, KIN_NAMES, KIN_SUBJECTS, OWNER_PRONOUNS};
use super::{Mention, MentionKind};
use crate::TermHit;

mod ages;
mod cache;
mod names;

/// Words looked at after the one being decided.
const AHEAD: usize = 6;
/// Words kept before it.
const BEHIND: usize = 4;

/// A word with what was found out about it when it entered the window.
#[derive(Debug, Clone, Copy)]
struct Tok {
    w: Word,
    name: NameInfo,
    /// A form of `hän` or of the plural `he`.
    pronoun: bool,
    /// The pronoun is the plural `he`.
    plural: bool,
    /// An age adjective of an individual (`75-vuotiaalle`).
    age: bool,
    /// A form of the age verb (`täytti`).
    age_verb: bool,
    /// A relation noun with a possessive suffix (`äitisi`).
    relation: bool,
    /// A third person plural verb (`saavat`): what precedes it is many people.
    plural_verb: bool,
    /// A genitive-looking name (`Aleksin`, `Virtasten`; not `Virtanen`).
    genitive: bool,
}

/// The state of one pass over a text.
pub(super) struct Pass<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    buf: Vec<Tok>,
    next: usize,
    /// Words starting before this byte are part of a mention already.
    done_to: usize,
    /// The last mention and the index in `buf` of its last word.
    last: Option<(Mention, usize)>,
    hits: Vec<TermHit>,
    lower: String,
    cache: cache::Cache,
    /// The current sentence opens in small letters: its writer does not capitalise, names
    /// included (`kiitos jussi ja pena`).
    casual: bool,
    /// A name was mentioned earlier in the current sentence.
    named_in_sentence: bool,
    /// Where the last mention of a person (not one spoken to) ends.
    last_person_end: Option<usize>,
    /// The last title or relation noun in its base form said as a clause's subject and not
    /// taken for a mention (`Nuohooja tulee torstaina`), as `(start, end)`: the spoken `se`
    /// may stand for it.
    last_role: Option<(usize, usize)>,
    /// How many people were named so far (a family in the plural counts as two).
    named: usize,
    /// Second-person singular pronouns seen (`sinulle`, `susta`): the person spoken to, if the
    /// text speaks to someone by name ([`Pass::addressed`]).
    you: Vec<(usize, usize)>,
    /// The text speaks to a person by name: a handle (`@Reetta`) or a name said to them
    /// (`Kiitos, Toni!`, `Leena, sun ansiosta …`).
    addressed: bool,
    out: &'a mut Vec<Mention>,
}

/// Words in the handle of an organisation, a place or a service, not a person's
/// (`@kirjastokuopio`, `@tampereenkaupunki`).
const HANDLE_ORGS: [&str; 18] = [
    "kaupunki", "kunta", "seura", "yhdistys", "kirjasto", "koulu", "opisto", "official", "uutiset",
    "news", "palvelu", "keskus", "kauppa", "liitto", "klubi", "club", "team", "info",
];

/// Words that open a line spoken to a person named after them (`Moikka Sami, …`).
const GREETINGS: [&str; 21] = [
    "hei",
    "moi",
    "moikka",
    "moro",
    "heippa",
    "terve",
    "hyvä",
    "kiitos",
    "kiitti",
    "kiitoksia",
    "kiitokset",
    "onnea",
    "onnittelut",
    "anteeksi",
    "anteeks",
    "sori",
    "sorry",
    "terkut",
    "terkkuja",
    "terveiset",
    "tsemppiä",
];

/// Whether `word` is one of the [`GREETINGS`], whatever the case of its ASCII letters.
fn is_greeting(word: &str) -> bool {
    GREETINGS.iter().any(|g| word.eq_ignore_ascii_case(g))
}

/// Whether `word` in small letters begins with `prefix` (in small letters), read without
/// allocating a small-letter copy.
pub(super) fn lower_starts(word: &str, prefix: &str) -> bool {
    let mut small = word.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|c| small.next() == Some(c))
}

/// Whether `word` in small letters is one of `list` (words in small letters).
fn one_of(list: &[&str], word: &str) -> bool {
    list.iter()
        .any(|w| word.chars().flat_map(char::to_lowercase).eq(w.chars()))
}

/// Whether `word` has the shape of a person's initials: two or three capital letters, none of
/// them, nor the whole, a known acronym (`MK`, not `EU`); with `hyphens` also one letter or more
/// on each side of a hyphen (`J-P`, `H-P`).
fn initials_shape(word: &str, hyphens: bool) -> bool {
    let letters = word.bytes().filter(u8::is_ascii_uppercase).count();
    let mut parts = word.split('-');
    (2..=3).contains(&letters)
        && (hyphens || !word.contains('-'))
        && parts.all(|p| {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_uppercase())
                && !crate::capitals::is_acronym(p)
        })
        && !crate::capitals::is_acronym(word)
}

/// The plural `te` in its cases (not the owner `teidän`), standard and spoken, with a clitic
/// (`teillekin`).
fn plural_you(word: &str) -> bool {
    let w = ["kin", "hän", "han"]
        .iter()
        .find_map(|c| word.strip_suffix(c))
        .unwrap_or(word);
    matches!(
        w,
        "te" | "teille"
            | "teitä"
            | "teistä"
            | "teidät"
            | "teihin"
            | "teillä"
            | "teiltä"
            | "teissä"
            | "teil"
    )
}

/// Labels of a post's credits (`Teksti: AH / Kuvat: J-P Salonen`): no one's name, and what
/// follows them is who made the work.
const CREDIT_LABELS: [&str; 9] = [
    "Teksti",
    "Kuva",
    "Kuvat",
    "Kuvaaja",
    "Kuvitus",
    "Video",
    "Taitto",
    "Haastattelu",
    "Toimitus",
];

/// The singular `sinä` in its cases, standard and spoken, with a clitic (`sinullekin`).
fn second_person(word: &str) -> bool {
    let lower = word.to_lowercase();
    let stem = ["kin", "kaan", "kään", "han", "hän", "pa", "pä"]
        .iter()
        .find_map(|c| lower.strip_suffix(c))
        .unwrap_or(&lower);
    matches!(
        stem,
        "sinä"
            | "sinun"
            | "sinua"
            | "sinut"
            | "sinussa"
            | "sinusta"
            | "sinuun"
            | "sinulla"
            | "sinulta"
            | "sinulle"
            | "sinuna"
            | "sä"
            | "sun"
            | "sua"
            | "sut"
            | "sussa"
            | "susta"
            | "suhun"
            | "sulla"
            | "sulta"
            | "sulle"
    )
}

impl<'a> Pass<'a> {
    pub(super) fn run(lex: &'a Lexicon, text: &'a str, out: &'a mut Vec<Mention>) {
        let mut p = Pass {
            lex,
            text,
            buf: Vec::with_capacity(64 + AHEAD),
            next: 0,
            done_to: 0,
            last: None,
            hits: Vec::new(),
            lower: String::new(),
            cache: cache::Cache::new(text.len()),
            casual: false,
            named_in_sentence: false,
            last_person_end: None,
            last_role: None,
            named: 0,
            you: Vec::new(),
            addressed: false,
            out,
        };
        let first = p.out.len();
        for w in words(text) {
            let t = p.tok(w);
            p.buf.push(t);
            while p.next + AHEAD < p.buf.len() {
                p.decide(p.next);
                p.next += 1;
            }
            if p.next >= 64 {
                let drop = p.next - BEHIND;
                p.buf.drain(..drop);
                p.next -= drop;
                p.last = p
                    .last
                    .filter(|&(_, k)| k >= drop)
                    .map(|(m, k)| (m, k - drop));
            }
        }
        while p.next < p.buf.len() {
            p.decide(p.next);
            p.next += 1;
        }
        if p.addressed && !p.you.is_empty() {
            // A pronoun that owns a relation is part of that mention already (`sun poika`).
            let you: Vec<Mention> = p
                .you
                .iter()
                .filter(|&&(s, e)| !p.out[first..].iter().any(|m| m.start < e && s < m.end))
                .map(|&(start, end)| Mention {
                    start,
                    end,
                    kind: MentionKind::Addressee,
                })
                .collect();
            p.out.extend(you);
            p.out[first..].sort_by_key(|m| m.start);
        }
    }

    /// Whether the name `start..end` is said to the person (a vocative): `Kiitos, Toni!`,
    /// `Leena, sun ansiosta …`, `Moikka Sami, …`, `… yhteyttä, Kauko.`, `ps. Annelle: …`.
    fn vocative(&self, start: usize, end: usize) -> bool {
        let before = self.text[..start].trim_end_matches([' ', '\t']);
        let after = self.text[end..].trim_start_matches([' ', '\t']);
        // The word that ends what comes before the name is a greeting (`Kiitos Liisa, …`),
        // also with a comma after it (`Kiitos, Tapio, kun …`, `Hei, Liisa, sun …`; the
        // ninetieth and eighty-ninth persons sets' dev halves).
        let greeted = before
            .trim_end_matches([',', ' ', '\t'])
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(is_greeting);
        // Or a greeting said with the pronoun before the name (`kiitos sulle Toini, ne …`; the
        // ninety-first persons set's dev half).
        let greeted = greeted || {
            let mut words = before.rsplit(|c: char| !c.is_alphanumeric());
            words.next().is_some_and(second_person) && words.next().is_some_and(is_greeting)
        };
        let opens = before.is_empty() || before.ends_with(['\n', '.', '!', '?']) || greeted;
        // Greetings sent to someone (`terkut Keijolle kattilahuoneeseen, ilman sua …`).
        if greeted && self.text[start..end].ends_with("lle") {
            return true;
        }
        match after.chars().next() {
            Some(',') => opens,
            Some('!' | '?' | '.') => before.ends_with(',') || opens,
            Some(':') => self.text[start..end].ends_with("lle"),
            _ => false,
        }
    }

    /// Whether word `i` is one of two people's initials joined by `ja` or `sekä` (`MK ja SL
    /// ovat tavattavissa`, `Kiitos EK:lle ja TL:lle`): two capitals each, inflected or not,
    /// neither a known acronym (`EU ja YK`).
    fn initials_pair(&self, i: usize) -> bool {
        // Two capitals open the word (`MK`, `TL:lle`).
        let mut first = self.word(&self.buf[i].w).chars();
        if !(first.next().is_some_and(char::is_uppercase)
            && first.next().is_some_and(char::is_uppercase))
        {
            return false;
        }
        let shaped = |k: usize| {
            self.buf.get(k).is_some_and(|t| {
                shape::before_case_ending(self.word(&t.w)).is_some_and(|letters| {
                    letters.chars().count() == 2
                        && letters.chars().all(char::is_uppercase)
                        && !crate::capitals::is_acronym(letters)
                })
            })
        };
        let and = |k: usize| {
            self.buf
                .get(k)
                .is_some_and(|t| t.w.joined && matches!(self.word(&t.w), "ja" | "sekä"))
        };
        let joined = |k: usize| self.buf.get(k).is_some_and(|t| t.w.joined);
        shaped(i)
            && ((and(i + 1) && joined(i + 2) && shaped(i + 2))
                || (i >= 2 && and(i - 1) && joined(i) && shaped(i - 2)))
    }

    /// Whether word `i` is a person's bare initials, two or three capitals that are no known
    /// acronym, joined by hyphens or not (`MK`, `J-P`), where only a person stands: a
    /// sentence's subject before a person's verb (`MK sanoi, että …`, `H-P vastaa
    /// logistiikasta`), or the end of a line signed after `t.` or `terveisin`, past a role in
    /// small letters (`t. MK`, `t. sihteeri MK`; the persons sets' dev halves).
    fn bare_initials(&self, i: usize) -> bool {
        let t = self.buf[i];
        if t.w.case != Case::Upper || !initials_shape(self.word(&t.w), true) {
            return false;
        }
        let subject = t.w.sentence_start
            && self
                .small_word(i + 1)
                .is_some_and(|v| PERSON_VERBS.contains(&v));
        let line_ends = self.text[t.w.end..]
            .split('\n')
            .next()
            .is_some_and(|rest| rest.trim().is_empty());
        let signed = |k: usize| {
            let w = self.buf[k].w;
            let gap = &self.text[w.end..self.buf[k + 1].w.start];
            (matches!(self.word(&w), "t" | "T") && gap.trim() == ".")
                || (one_of(&["terveisin", "terv"], self.word(&w)) && gap.trim().is_empty())
        };
        let signed_off = line_ends
            && i > 0
            && (signed(i - 1)
                || (i > 1
                    && self.buf[i - 1].w.case == Case::Lower
                    && self.buf[i - 1].w.joined
                    && signed(i - 2)));
        subject || signed_off
    }

    /// Whether word `i` is two or three capitals greeted and followed by a comma or `!` (`Hei
    /// MK, voisitko …`, `Kiitos TL!`): someone's initials, not an acronym (`Moi HUS,` is none).
    fn greeted_initials(&self, i: usize) -> bool {
        let t = self.buf[i];
        let word = self.word(&t.w);
        i > 0
            && t.w.joined
            && matches!(t.w.after, ',' | '!')
            && initials_shape(word, false)
            && is_greeting(self.word(&self.buf[i - 1].w))
    }

    /// Whether the age at word `i` closes a range (`20–25-vuotias`, `7-12-vuotiaille`): the
    /// ages of a group or of anyone, not of one person.
    fn age_range(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).map(|k| self.buf[k]) else {
            return false;
        };
        let gap = &self.text[prev.w.end..self.buf[i].w.start];
        prev.w.case == Case::Digits && matches!(gap.trim(), "–" | "-" | "—")
    }

    /// Whether word `i` is the plural owner `teidän` before no relation noun.
    fn owner_you(&mut self, i: usize) -> bool {
        if self.word(&self.buf[i].w) != "teidän" {
            return false;
        }
        let Some(n) = self.buf.get(i + 1).copied() else {
            return true;
        };
        let next = self.word(&n.w);
        !(n.w.joined && (n.relation || self.context(next).has(Group::Relation)))
    }

    fn word(&self, w: &Word) -> &'a str {
        &self.text[w.start..w.end]
    }

    /// Fills `self.lower` with `word` in small letters.
    fn lower_of(&mut self, word: &str) {
        self.lower.clear();
        self.lower.extend(word.chars().flat_map(char::to_lowercase));
    }

    fn context(&mut self, word: &str) -> Context {
        let (lex, hits) = (self.lex, &mut self.hits);
        Context::from_bits(self.cache.get(1, word, || lex.context(word, hits).bits()))
    }

    /// The name readings of `word`, remembered.
    fn name_info(&mut self, word: &str) -> NameInfo {
        let (lex, hits) = (self.lex, &mut self.hits);
        NameInfo::from_bits(
            self.cache
                .get(2, word, || u16::from(lex.name(word, hits).bits())) as u8,
        )
    }

    /// Classifies a word entering the window.
    fn tok(&mut self, w: Word) -> Tok {
        let word = self.word(&w);
        let mut t = Tok {
            w,
            name: NameInfo::default(),
            pronoun: false,
            plural: false,
            age: false,
            age_verb: false,
            relation: false,
            plural_verb: false,
            genitive: false,
        };
        if w.tight && matches!(w.before, '#' | '@') {
            return t;
        }
        let mut lower = std::mem::take(&mut self.lower);
        let l: &str = if w.case == Case::Lower {
            // Already in small letters (a capital inside changes nothing below).
            word
        } else {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            &lower
        };
        if shape::starts(l, "hän") || shape::is_spoken_han(l) {
            t.pronoun = shape::is_han(l);
        } else if shape::starts(l, "he") && l.len() <= 10 {
            t.pronoun = shape::is_he(l);
            t.plural = t.pronoun;
        } else if shape::starts(l, "täyt") {
            t.age_verb = self.context(word).has(Group::AgeVerb);
        } else if l.len() >= 8 && shape::contains_any(l, &AGE_MARKS) {
            t.age = age_prefix(l) && self.context(word).has(Group::AgeHead);
        } else if shape::has_possessive(l) && (!shape::is_plural(l) || own_family(l)) {
            // A title with a possessive suffix is one person too (`rehtorimme`); not a thing's
            // noun that only splits into one (`kahvila|stamme` read as `kahvi|lastamme`).
            let c = self.context(word);
            t.relation = c.is_role()
                && !c.has(Group::Thing)
                && !self.lex.ends_in_base(shape::strip_clitic(l));
        }
        t.plural_verb = w.case == Case::Lower && (l.ends_with("vat") || l.ends_with("vät"));
        if w.sentence_start {
            self.casual = w.case == Case::Lower;
        }
        // A three-letter name too when it follows another name and `ja` (`minttu ja eki`,
        // `mikko ja anu`).
        let after_name = w.joined
            && matches!(self.buf.as_slice(), [.., b, a] if a.w.joined
                && b.name.first
                && !b.name.place
                && matches!(self.word(&a.w), "ja" | "&"));
        if w.case == Case::Lower
            && self.casual
            && !t.pronoun
            && !t.relation
            && !t.age
            && l.chars().count() >= if after_name { 3 } else { 4 }
        {
            // In a sentence typed without capitals (also opening it), a first name that is no
            // common word; also one frequent only as a name (`mikko`, `tuomas`). A short one
            // only in its base form (`ismo`, not the verb `olin`), opening the sentence, after
            // a greeting or after another name and `ja` (`kiitos anne ja piia`, not `eikä hymy
            // hyytynyt`), and when it is no frequent word typed without its dots (`mika` for
            // `mikä`).
            let info = self.name_info(word);
            if info.first
                && info.confident
                && !info.place
                && (!info.frequent
                    || l.chars().count() >= 5
                    || ((after_name || self.opens_or_greeted(&w))
                        && !shape::dotless_word(l)
                        && self.lex.base_name(l, true, &mut self.hits)))
            {
                t.name = info;
            }
        }
        if w.case == Case::Lower {
            if let Some(info) = self.prefixed_first_name(word) {
                t.name = info;
            }
        }
        if w.case == Case::Capital && !t.pronoun && !t.relation && !t.age {
            t.name = self.name(word);
            // Many people of one first name are no one person (`Sointuja`); a surname in the
            // plural is a family (`Virtaset`, `Laineiden`), but not in the partitive. The local
            // cases end in `a` too: after the `ei` of a name that ends in a consonant they are
            // the family's (`Lindbergeiltä`, `Holmströmeillä`; the eighty-ninth persons set's
            // dev half), not after a word's plural (`Kallioilla`).
            // So they are after the plural's `i` of a name in `o`, `u` or `y` that is no frequent
            // word (`Aikioilla`; the ninety-first persons set's dev half), where a word's plural
            // would be a thing's (`Kallioilla`).
            let family_local = names::LOCAL_ENDINGS
                .iter()
                .filter(|e| e.ends_with(['a', 'ä']))
                .any(|e| {
                    l.strip_suffix(e).is_some_and(|s| {
                        s.ends_with("ei")
                            || s.strip_suffix('i').is_some_and(|base| {
                                base.ends_with(['o', 'ö', 'u', 'y'])
                                    && !crate::frequent::contains(base.as_bytes())
                            })
                    })
                });
            let partitive = l.ends_with(['a', 'ä']) && !family_local;
            if (!t.name.surname || partitive)
                && shape::is_plural_name(l)
                && !shape::i_name_stem(l)
                    .is_some_and(|s| self.lex.base_name(s, false, &mut self.hits))
                && !self.nen_partitive(l)
            {
                t.name = NameInfo::default();
            }
            // Not a surname (and no first name) whose base form ends in `n` (`Bäckman`,
            // `Länsman`): `Kristiina Bäckman valittiin` is no genitive before a road's illative
            // (`vali|tiin`; the hundred-and-sixth persons set's dev half). `Marian` and `Karin`
            // stay genitives too.
            t.genitive = l.ends_with('n')
                && !l.ends_with("nen")
                && !(t.name.surname
                    && !t.name.first
                    && self.lex.base_name(l, false, &mut self.hits));
        }
        self.lower = lower;
        t
    }

    /// Whether lower-case `l` is the singular partitive of a listed `-nen` surname
    /// (`rasilaista` of `Rasilainen`), which reads like a plural (`rasila|i|sta`).
    fn nen_partitive(&mut self, l: &str) -> bool {
        let Some(stem) = l.strip_suffix("sta").or_else(|| l.strip_suffix("stä")) else {
            return false;
        };
        let base = format!("{stem}nen");
        self.lex.base_name(&base, false, &mut self.hits)
    }

    /// The name readings of a capitalised word; a hyphenated one that is no listed name counts
    /// as a name when it is two names (`Lumi-Sofia`) or a name and a relation or title
    /// (`Kerttu-mummo`, `Henna-ope`).
    fn name(&mut self, word: &str) -> NameInfo {
        let info = self.name_info(word);
        if info.person() {
            // A verb's past in the first person plural (`Vietimme juhannuksen …`; the
            // hundred-and-fifth persons set's dev half), not a name with `-mme` (`Meidän
            // Kirsimme`).
            if let Some(stem) = word.strip_suffix("mme").filter(|s| s.ends_with('i')) {
                let stem = stem.to_lowercase();
                if shape::looks_past(&stem) && !self.lex.base_name(&stem, false, &mut self.hits) {
                    return NameInfo::default();
                }
            }
            return info;
        }
        // A letter typed thrice is a slip of the keys, for no Finnish name has one (`Sannna`,
        // `Mikkko`): the name with it twice.
        if let Some(fixed) = shape::without_tripled(word) {
            let info = self.name_info(&fixed);
            if info.person() {
                return info;
            }
        }
        // A family in the spoken plural of a surname in `-a` or `-ä`, as of a `-nen` name
        // (`Heikkiläset tarjosivat`; the hundred-and-fifth persons set's dev half).
        if let Some(stem) = shape::spoken_family_stem(word) {
            let base = self.name_info(stem);
            if base.surname && !base.first && !base.place && base.confident {
                return NameInfo::COINED_SURNAME;
            }
        }
        let Some((a, b)) = word.split_once('-') else {
            return info;
        };
        let first = self.name_info(a);
        // A region is no one (`Etelä-Savon`: `Etelä` and `Savo` are surnames too).
        let second_name = b.starts_with(char::is_uppercase) && {
            let second = self.name_info(b);
            second.person() && !second.place
        };
        let second_relation = !second_name && self.lex.role_word(b, &mut self.hits);
        if first.person() && (second_name || second_relation) {
            return NameInfo::COINED_FIRST;
        }
        // A common word before a capitalised first name makes a nickname of the whole word
        // (`Sauna-Sirkka`, `Talkkari-Jormalle`; the ninety-first persons set's dev half), as a
        // word in small letters does (`tutor-Ville`, [`Self::prefixed_first_name`]). A region
        // is no one (`Pohjois-Karjala`): the name after the hyphen is a first name, sure to be
        // one, and no place.
        if !first.person()
            && !first.place
            && a.chars().count() >= 3
            && a.chars().skip(1).all(char::is_lowercase)
            && b.starts_with(char::is_uppercase)
        {
            let second = self.name_info(b);
            if second.first && second.confident && !second.place {
                return NameInfo::COINED_FIRST;
            }
        }
        info
    }

    /// The name reading of a first name after a small-letter nickname or role and a hyphen
    /// (`fuksi-Emman`, `tutor-Ville`, `pikku-Matti`): the whole word names that person. A place
    /// after the hyphen (`etelä-Savo`) is no one.
    fn prefixed_first_name(&mut self, word: &str) -> Option<NameInfo> {
        let (a, b) = word.split_once('-')?;
        if a.len() < 2 || !a.chars().all(char::is_lowercase) || !b.starts_with(char::is_uppercase) {
            return None;
        }
        let info = self.name_info(b);
        (info.first && info.confident && !info.place).then_some(NameInfo::COINED_FIRST)
    }

    /// Whether one of the three words after word `i`, each joined to the one before it, is an
    /// association's or a company's abbreviation (`ry`, `Oy:n`), with no `ja`, `sekä` or `tai`
    /// between (`Hamid ja Kumppanit Oy` names Hamid and a company).
    fn before_body_abbreviation(&self, i: usize) -> bool {
        for k in i + 1..i + 4 {
            match self.buf.get(k) {
                Some(n) if n.w.joined => {
                    let w = self.word(&n.w);
                    if shape::is_body_abbreviation(w) {
                        return true;
                    }
                    if matches!(w, "ja" | "sekä" | "tai") {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        false
    }

    /// Emits a mention from byte `start` to the end of word `i`.
    fn emit(&mut self, start: usize, i: usize, kind: MentionKind) {
        self.emit_to(start, self.buf[i].w.end, i, kind);
    }

    /// Emits a mention `start..end` whose last word is word `i`.
    fn emit_to(&mut self, start: usize, end: usize, i: usize, kind: MentionKind) {
        let name = matches!(
            kind,
            MentionKind::FullName
                | MentionKind::FirstName
                | MentionKind::Surname
                | MentionKind::Known
        );
        // A name before an association's or a company's abbreviation, up to two words on, is
        // the body's name (`Pakolaisystävät Karelia ry:n hallitus`, `Virtanen Oy`, `Lehtosen
        // veljekset Oy:n rekat`), not a person; so are initials with a surname (`Autokorjaamo
        // K. Rantanen Oy`, the eighty-second persons set's dev half).
        if (name || kind == MentionKind::Initials) && self.before_body_abbreviation(i) {
            self.done_to = end;
            return;
        }
        self.named_in_sentence |= name;
        let start = if name || kind == MentionKind::Initials {
            self.title_before(start, i).unwrap_or(start)
        } else {
            start
        };
        let m = Mention { start, end, kind };
        if kind == MentionKind::Addressee
            || (matches!(kind, MentionKind::FirstName | MentionKind::FullName)
                && !self.addressed
                && self.vocative(start, end))
        {
            self.addressed = true;
        }
        if kind != MentionKind::Addressee {
            self.last_person_end = Some(end);
        }
        if name {
            let family = kind == MentionKind::Surname && {
                self.lower_of(&self.text[start..end]);
                shape::is_family_name(&self.lower)
            };
            self.named += if family { 2 } else { 1 };
        }
        self.out.push(m);
        self.done_to = end;
        self.last = Some((m, i));
    }

    /// The start of a title written just before the name that starts at byte `start` and ends
    /// at word `i` (`kanttori Johanna Lehto`, `Sairaalapappi Harri`, `kaavoitusarkkitehti
    /// Rintalalta`, `Kansliasihteeri S. K.`): the title and the name are one mention of one
    /// person. The title is in small letters or opens the sentence, and is no mention of its
    /// own: a title or a relation noun in its base form, an agent noun no list holds, a title
    /// in the name's case, or a title in the plural before two names.
    fn title_before(&mut self, start: usize, i: usize) -> Option<usize> {
        let first = (0..=i).rev().find(|&k| self.buf[k].w.start <= start)?;
        let n = self.buf[first];
        if first == 0 || n.w.start != start || !n.w.joined {
            return None;
        }
        let t = self.buf[first - 1];
        if !t.w.small_or_opening() || t.w.start < self.done_to || t.w.tight {
            return None;
        }
        let titled = self.role_in_base_form(first - 1)
            || self.relation_before_name(first - 1)
            || self.agent_noun(first - 1)
            || self.role_agreeing(first - 1, i)
            || self.roles_of_pair(first - 1, i);
        titled.then_some(t.w.start)
    }

    /// Whether word `k` is an agent noun in its base form, made with `-ja`/`-jä` (`-ijä`, `-aja`,
    /// `-ooja`: `Lupakäsittelijä Nguyen Thi Lan`, `Ohjastaja Markku Nieminen`, `Nuohooja`; not a
    /// plural partitive, `lippuja`, `taloja`): an occupation that no list holds, written before
    /// a name as a title is.
    fn agent_noun(&self, k: usize) -> bool {
        agent_shape(self.word(&self.buf[k].w))
    }

    /// Whether word `k`, a relation noun or a title in a case form (perhaps with a possessive
    /// suffix), is in the same case as word `i`, the last word of the name after it: an
    /// apposition (`ylioppilaalle Eveliina Sirén-Lindqvistille`, `asiakaspalvelijaltamme
    /// Annalta`, `kuorolaistamme Elli Mäkelää`), one person.
    fn role_agreeing(&mut self, k: usize, i: usize) -> bool {
        let (t, n) = (self.word(&self.buf[k].w), self.word(&self.buf[i].w));
        if !self.context(t).is_role() {
            return false;
        }
        // The title's case, read before `self.lower` takes the name.
        self.lower_of(t);
        let title = shape::strip_possessive(&self.lower);
        let case = AGREEING_CASES.iter().find(|e| title.ends_with(*e));
        let partitive = PARTITIVES.iter().any(|e| title.ends_with(e));
        let same_word = title.chars().eq(n.chars().flat_map(char::to_lowercase));
        self.lower_of(n);
        case.is_some_and(|e| self.lower.ends_with(e))
            || (partitive && self.lower.ends_with(['a', 'ä']) && !same_word)
    }

    /// Whether word `k` is a relation noun or a title in the plural before two names joined by
    /// `ja`, the first of which ends at word `i` (`Niemisten kaksoset Veera ja Venla`,
    /// `Veljekset Ali ja Hussein Rahimi`): both are those people.
    fn roles_of_pair(&mut self, k: usize, i: usize) -> bool {
        let t = self.word(&self.buf[k].w);
        let pair = self.buf.get(i + 1).is_some_and(|j| {
            j.w.joined
                && self.word(&j.w) == "ja"
                && self
                    .buf
                    .get(i + 2)
                    .is_some_and(|m| m.w.joined && m.w.case == Case::Capital && m.name.person())
        });
        pair && t.ends_with('t') && self.context(t).is_role()
    }

    /// Whether word `k` is a title or a relation noun in its base form (`rehtori`, `kummitäti`).
    fn role_in_base_form(&mut self, k: usize) -> bool {
        self.in_base_form_of(k, Group::Title) || self.in_base_form_of(k, Group::Relation)
    }

    /// Whether word `k` is a word of `group` in its base form, alone or as the last part of a
    /// compound (`kanttori`, `kaavoitusarkkitehti`, `Kirjastoauto`).
    fn in_base_form_of(&mut self, k: usize, group: Group) -> bool {
        let word = self.word(&self.buf[k].w);
        if !self.context(word).has(group) {
            return false;
        }
        self.lower_of(word);
        self.lex.ends_in_base_of(&self.lower, &[group])
    }

    /// Whether word `at` is a relation noun that an owner before it makes one person: one of
    /// `words::RELATIONS` or a household (`perhe`), in the singular; after a
    /// spoken possessive also a kin name (`mun mummo`), after a household only its own people.
    fn owned_relation(&mut self, at: usize, spoken: bool, household: bool) -> bool {
        let Some(l) = self.singular_small(at) else {
            return false;
        };
        // The plural genitive of consonant stems (`meiän lasten`) is many people.
        !(spoken && l.ends_with("ten"))
            // A household's own people, not any resident (`talon poika`, not `talon asukas`, who
            // is anyone living there).
            && (!household || HOUSEHOLD_KIN.iter().any(|k| l.starts_with(k)))
            && (self.context(l).has(Group::Relation)
                || one_household(l)
                || (spoken && KIN_NAMES.contains(&l)))
    }

    /// Whether the mention just before word `i` is a person's name ending at word `i - 1`.
    fn after_name(&self, i: usize) -> Option<Mention> {
        let (m, k) = self.last?;
        let name = matches!(
            m.kind,
            MentionKind::FullName
                | MentionKind::FirstName
                | MentionKind::Surname
                | MentionKind::Known
        );
        (name && k + 1 == i).then_some(m)
    }

    /// Whether word `w`, entering the window, opens its sentence or follows a greeting (`kiitos
    /// anne`), where a name is expected.
    fn opens_or_greeted(&self, w: &Word) -> bool {
        w.sentence_start
            || (w.joined
                && self
                    .buf
                    .last()
                    .is_some_and(|p| is_greeting(self.word(&p.w))))
    }

    /// Whether a handle's word (after `@`) is a person's. A reply's `@Niilo` is the person
    /// answered; a handle that is no first name (`@kirjasto`, `@Helsinki`) names no one. A
    /// handle in lower case is a person's only when it is a first name and no common word
    /// (`@niko.kivela`, not `@tuuli.energia`).
    /// So is one that opens with such a first name run together with more (`@villeplays`,
    /// `@jannekarppi`, `@TeemuDev`), or with a first name that is a word too when a name
    /// follows (`@lumiaurora`), unless an organisation's word is in it (`@annankirjasto`).
    fn handle_person(&mut self, w: &Word) -> bool {
        let word = self.word(w);
        let info = self.name_info(word);
        if info.first && !info.place && (w.case == Case::Capital || info.confident) {
            return true;
        }
        let lower = word.to_lowercase();
        if HANDLE_ORGS.iter().any(|o| lower.contains(o)) {
            return false;
        }
        let mut hits = std::mem::take(&mut self.hits);
        // The first name has five letters or more when the rest is no name (not `@finnair`),
        // and the rest three or more (not `@veikkaus`).
        let lex = self.lex;
        let found = lower.char_indices().skip(3).any(|(k, _)| {
            let (head, rest) = lower.split_at(k);
            rest.chars().count() >= 3
                && lex.base_name(head, false, &mut hits)
                && !shape::dotless_word(head)
                && ((head.chars().count() >= 5 && lex.base_name(head, true, &mut hits))
                    || lex.base_name(rest, false, &mut hits))
        });
        self.hits = hits;
        found
    }

    fn decide(&mut self, i: usize) {
        let t = self.buf[i];
        let w = t.w;
        if w.sentence_start {
            self.named_in_sentence = false;
        }
        if w.start < self.done_to {
            return;
        }
        let outs = self.out.len();
        self.decide_word(i);
        if self.out.len() == outs && self.role_subject(i) {
            self.last_role = Some((w.start, w.end));
        }
    }

    /// Decides what word `i` is, as [`Pass::decide`] says.
    fn decide_word(&mut self, i: usize) {
        let t = self.buf[i];
        let w = t.w;
        if w.tight && matches!(w.before, '#' | '@') {
            if w.before == '@' && self.handle_person(&w) {
                self.emit(w.start, i, MentionKind::Addressee);
            }
            return;
        }
        if w.is_initial(self.text) && self.initials(i) {
            return;
        }
        if self.surname_initial(i) {
            return;
        }
        if self.signature(i) {
            return;
        }
        if (w.case == Case::Lower || w.sentence_start) && second_person(self.word(&w)) {
            self.you.push((w.start, w.end));
            return;
        }
        if self.credit(i) {
            return;
        }
        if self.initials_pair(i) || self.greeted_initials(i) || self.bare_initials(i) {
            return self.emit(w.start, i, MentionKind::Initials);
        }
        // The plural `te` said to people named before it (`Ahmed ja Zeynep, kiitos … Ilman
        // teitä …`), unless it is said to everyone (`teille kaikille`); their owner `teidän`
        // too, unless a relation follows it (`teidän lapsenne` is that relation's mention).
        if w.case == Case::Lower
            && self.named >= 2
            && (plural_you(self.word(&w)) || self.owner_you(i))
            && !self
                .buf
                .get(i + 1)
                .is_some_and(|n| n.w.joined && self.word(&n.w).starts_with("kaik"))
        {
            return self.emit(w.start, i, MentionKind::PluralPronoun);
        }
        if self.spoken_se(i) {
            return self.emit(w.start, i, MentionKind::Pronoun);
        }
        if self.se_owner(i) {
            return self.emit(w.start, i, MentionKind::Pronoun);
        }
        if self.spoken_ne(i) {
            return self.emit(w.start, i, MentionKind::PluralPronoun);
        }
        if t.pronoun {
            let kind = if t.plural {
                MentionKind::PluralPronoun
            } else {
                MentionKind::Pronoun
            };
            return self.emit(w.start, i, kind);
        }
        if t.age && !self.age_range(i) {
            return self.emit(w.start, i, MentionKind::Age);
        }
        if self.age_number(i) {
            return;
        }
        if self.office_holder(i) || self.case_role(i) {
            return self.emit(w.start, i, MentionKind::Relation);
        }
        if let Some(end) = self.demonstrative(i).or_else(|| self.described(i)) {
            return self.emit(w.start, end, MentionKind::Relation);
        }
        if t.relation
            && (!self
                .buf
                .get(i + 1)
                .is_some_and(|n| n.plural_verb && n.w.joined)
                || {
                    self.lower_of(self.word(&w));
                    own_family(&self.lower)
                })
            // `jokaiselta lapsenlapseltaan`: each of them, no one person (the eighty-third
            // persons set's dev half).
            && !(i > 0 && self.buf[i - 1].w.joined && {
                let prev = self.word(&self.buf[i - 1].w);
                QUANTIFIERS.iter().any(|q| prev.starts_with(q))
            })
        {
            return self.emit(w.start, i, MentionKind::Relation);
        }
        if w.case == Case::Lower && w.joined && i > 0 {
            let prev = self.buf[i - 1];
            let prev_word = self.word(&prev.w);
            // `mun veli`, `Sun poika`: a spoken possessive owns the relation as `hänen` does,
            // and the two words are one mention.
            let spoken = prev.w.start >= self.done_to
                && OWNER_PRONOUNS
                    .iter()
                    .any(|o| prev_word.eq_ignore_ascii_case(o));
            let household = prev.w.start >= self.done_to
                && (prev.w.case == Case::Lower || prev.w.sentence_start)
                && HOUSEHOLDS.iter().any(|h| prev_word.eq_ignore_ascii_case(h));
            let owner = (prev.genitive && self.after_name(i).is_some())
                || (prev.pronoun && prev_word.eq_ignore_ascii_case("hänen"))
                || spoken
                || household;
            // `Virtasen perhe` is one household as `Virtasen äiti` is one person; so is
            // `Salmisen nuorin poika`, with a rank between the owner and the relation.
            // A rank noun is the relation itself when no relation follows it (`Minnan ja Jarin
            // esikoinen aloitti`); an adjective (`vanhemman`, `nuorin`) needs one.
            let rank_noun = || RANK_NOUNS.iter().any(|r| self.word(&w).starts_with(r));
            let at = if self.rank(i)
                && (!rank_noun() || self.owned_relation(i + 1, spoken, household))
            {
                i + 1
            } else {
                i
            };
            // A named person's relatives in the plural are theirs too (`Iiron vanhemmille`,
            // `Emilian kummit`, `Niemisten kaksoset`).
            let named_owner = prev.genitive && self.after_name(i).is_some();
            let relation = self.owned_relation(at, spoken, household)
                || (named_owner && at == i && {
                    let l = self.word(&w);
                    shape::is_plural(l) && self.lex.relation_word(l, &mut self.hits)
                });
            if owner && relation {
                let end = self.relatives(at);
                // A surname alone names no one; with its relation it is one family or person,
                // a single mention (`Virtasen perheen lapset`).
                let start = match self.last {
                    Some((m, _)) if m.kind == MentionKind::Surname && prev.genitive => {
                        self.out.pop();
                        m.start
                    }
                    _ if spoken => prev.w.start,
                    _ => w.start,
                };
                return self.emit(start, end, MentionKind::Relation);
            }
        }
        if self.comitative_relative(i) {
            return self.emit(w.start, i, MentionKind::Relation);
        }
        if self.kin_as_name(i) || self.kin_event(i) || self.grandparent(i) {
            return self.emit(w.start, i, MentionKind::Relation);
        }
        // A relation or a title before a name is one mention with the name (`title_before`).
        if self.relation_before_name(i) {
            return;
        }
        if self.owned_agent_did(i)
            || self.role_named(i)
            || self.role_did(i)
            || self.according_to(i)
            || self.befallen(i)
            || self.addressed_role(i)
        {
            return self.emit(w.start, i, MentionKind::Relation);
        }
        if let Some(start) = self.relative_clause(i) {
            return self.emit(start, i, MentionKind::Relation);
        }
        if self.own_kin(i) {
            return self.emit(w.start, i, MentionKind::Relation);
        }
        if self.family_of_named(i) {
            return self.emit(w.start, i, MentionKind::Relation);
        }
        if self.thanked(i) || self.forwarded_to(i) || self.role_turned_to(i) {
            return self.emit(w.start, i, MentionKind::Relation);
        }
        if let Some(end) = self.unlisted_household(i) {
            return self.emit(w.start, end, MentionKind::Relation);
        }
        if t.name.person() {
            self.names(i);
        } else if self.titled_unlisted(i) || self.described_unlisted(i) {
            self.emit(w.start, i + 1, MentionKind::FullName);
        } else if self.owned_unlisted(i) || self.known_as(i) {
            self.emit(w.start, i, MentionKind::FirstName);
        } else if let Some((kind, end)) = self.coordinated(i) {
            self.emit(w.start, end, kind);
        } else if self.unlisted_surname(i) || self.maker_of_work(i) {
            self.emit(w.start, i, MentionKind::Surname);
        }
    }

    /// Whether word `i` is at most `longest` bytes long, and then with it in small letters in
    /// `self.lower` (a longer word is in no short list, and is not copied).
    fn lower_if_within(&mut self, i: usize, longest: usize) -> bool {
        let word = self.word(&self.buf[i].w);
        if word.len() > longest {
            return false;
        }
        self.lower_of(word);
        true
    }

    /// Whether word `i`, a family word in the genitive opening a sentence or a clause, owns a
    /// thing that something happened to (`Isän muisti on heikentynyt`, `äidin lääkkeet oli taas
    /// jätetty`): a past or perfect tense tells of the writer's own relative, where the present
    /// is anyone's (`Äidin jaksaminen on tärkeää`).
    fn kin_event(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if !self.lower_if_within(i, LONGEST_KIN_GENITIVE)
            || !KIN_GENITIVES.contains(&self.lower.as_str())
        {
            return false;
        }
        let opens = t.w.sentence_start
            || (t.w.joined && i > 0 && t.w.case == Case::Lower && {
                let prev = self.word(&self.buf[i - 1].w);
                one_of(CLAUSE_OPENERS, prev) || prev == "ja"
            });
        if !opens || self.small_word(i + 1).is_none() {
            return false;
        }
        // With the relative, as we did something (`Siskon kanssa ollaan leivottu koko ilta`,
        // `Isän kanssa käytiin kalassa`; the ninety-fourth persons set's dev half): the spoken
        // `ollaan`, a passive past or a plain past after `kanssa`.
        if self.small_word(i + 1) == Some("kanssa") {
            return self.small_word(i + 2).is_some_and(|v| {
                v == "ollaan" || v.ends_with("tiin") || shape::looks_plain_past(v)
            });
        }
        match self.small_word(i + 2) {
            Some(v) if shape::looks_plain_past(v) => true,
            Some("on" | "oli" | "ovat" | "olivat") => [i + 3, i + 4]
                .iter()
                .filter_map(|&k| self.small_word(k))
                .any(shape::looks_participle),
            _ => false,
        }
    }

    /// Whether the sentence goes on from byte `from` to a condition (`Avustaja pääsee
    /// maksutta, kun näyttää kortin`, `… jos …`, `… mikäli …`): a rule for anyone in a role,
    /// not what one person does now (the eighty-third round's drafts dev half).
    fn on_condition(&self, from: usize) -> bool {
        let rest = sentence_after(self.text, from);
        [", kun ", ", jos ", " mikäli "]
            .iter()
            .any(|c| rest.contains(c))
    }

    /// Whether word `i` is a bare family word in the singular, in small letters or opening its
    /// sentence, that names the writer's own relative (`kävimme tyhjentämässä äidin taloa`,
    /// `Sisko kävi eilen isän luona`, `näytän ne huomenna äidille`, `jonka vävy ja tytär
    /// rakensivat`): so the persons sets' writers and labellers read nearly every one (337 of
    /// 359 over their dev halves). Not in a sentence that says what anyone in the role may or
    /// would do (`Jos isä haluaa jäädä kotiin, hän voi …`), nor in a compound's parts
    /// (`isä–poika-sarjan`), before a name it is the title of (`Isä Mikael`), after a number
    /// that counts people (`Seitsemän veljestä`), after a capitalised owner no rule took as a
    /// person (`Huonemiehen pojan`), or as a predicate (`kahden lapsen äiti`, `kuin toinen
    /// isä`, `ei enää ole äitiä`); nor after the determiner `se` (`Se poika on kiltti`),
    /// which [`Pass::demonstrative`] reads with its describing word.
    fn own_kin(&mut self, i: usize) -> bool {
        let t = self.buf[i].w;
        if matches!(t.after, '-' | '–') || (t.tight && matches!(t.before, '-' | '–')) {
            return false;
        }
        if !self.singular_family_form(i, &KIN_STEMS) && !self.singular_family_form(i, &MORE_KIN) {
            return false;
        }
        // A genitive opening the sentence is [`Pass::kin_event`]'s to take or leave (`Äidin
        // jaksaminen on tärkeää`).
        if t.sentence_start && KIN_GENITIVES.contains(&self.lower.as_str()) {
            return false;
        }
        // A relative clause after it is [`Pass::relative_clause`]'s (`pojalle, jolla on …`).
        if self.buf.get(i + 1).is_some_and(|n| {
            (n.w.joined && n.w.case == Case::Capital)
                || (t.after == ',' && RELATIVES.contains(&self.word(&n.w)))
        }) {
            return false;
        }
        if i > 0 && t.joined {
            let prev = self.buf[i - 1].w;
            let p = self.word(&prev);
            self.lower_of(p);
            if shape::is_number(&self.lower)
                || (prev.case == Case::Capital && !prev.sentence_start && p.ends_with('n'))
                || matches!(
                    p,
                    "lapsen" | "lasten" | "toinen" | "kuin" | "ole" | "ollut" | "oma" | "tuli"
                )
                || SE_DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(p))
            {
                return false;
            }
        }
        let generic = [
            sentence_before(self.text, t.start),
            sentence_after(self.text, t.end),
        ]
        .iter()
        .any(|part| has_word(part, &ANYONES));
        !generic
    }

    /// Whether word `i` is a grandparent's family name (or a parent's spoken one) in the
    /// singular, in any case and place (`ukin ja mummin hääpäivänä`, `…, mummi on siinä vasta
    /// 19-vuotias`, `vein sen vaarille`): these name the family's own, as a name does, where
    /// `äiti` and `isä` may be anyone's (the eighty-third persons set's dev half).
    fn grandparent(&mut self, i: usize) -> bool {
        self.singular_family_form(i, &GRANDPARENT_STEMS)
    }

    /// Whether word `i`, in small letters or opening its sentence (a capital inside a sentence
    /// is a name's part: `Kahvila Mummon Kammari`), is a singular form of a relation noun that
    /// begins with one of `stems` (each a stem its singular cases are built on); then in
    /// `self.lower`. The stem is compared before the word is copied.
    fn singular_family_form(&mut self, i: usize, stems: &[&str]) -> bool {
        let t = self.buf[i].w;
        let word = self.word(&t);
        if !(t.case == Case::Lower || t.sentence_start)
            || word.len() > LONGEST_FAMILY_FORM
            || !stems.iter().any(|s| lower_starts(word, s))
        {
            return false;
        }
        self.lower_of(word);
        let l = self.lower.as_str();
        stems.iter().any(|s| {
            l.strip_prefix(s)
                .is_some_and(|rest| singular_after(s, rest))
        }) && self.lex.relation_word(&self.lower, &mut self.hits)
    }

    /// Whether word `i` is a grandparent's or parent's family name used as a name, opening a
    /// sentence before a verb or `ja` (`Mummo nukkui pois`, `Pappa ja mummi tulivat`, `faija on
    /// käyny`), or joined by `ja` to one that is; or another family word opening a clause
    /// before a verb that is no modal before an infinitive ([`KIN_SUBJECTS`]).
    fn kin_as_name(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if !self.lower_if_within(i, LONGEST_KIN_NAME) {
            return false;
        }
        let subject = KIN_SUBJECTS.contains(&self.lower.as_str());
        if !subject && !KIN_NAMES.contains(&self.lower.as_str()) {
            return false;
        }
        // Joined by `ja` or `sekä` to a family word just taken as a relation.
        let after_relation = i >= 2
            && t.w.joined
            && matches!(self.word(&self.buf[i - 1].w), "ja" | "sekä")
            && self
                .last
                .is_some_and(|(m, k)| k + 2 == i && m.kind == MentionKind::Relation);
        let kin = |p: &Self, k: usize| {
            p.buf.get(k).is_some_and(|n| {
                let w = p.word(&n.w);
                n.w.joined
                    && n.w.case == Case::Lower
                    && (KIN_NAMES.contains(&w) || KIN_SUBJECTS.contains(&w))
            })
        };
        // Two family words joined by `ja` are two people (`hakevat ukki ja mummi`), wherever
        // they stand; opening a sentence, they need a verb or `ja` after them (below).
        let pair = t.w.case == Case::Lower
            && self
                .buf
                .get(i + 1)
                .is_some_and(|n| n.w.joined && matches!(self.word(&n.w), "ja" | "sekä"))
            && kin(self, i + 2);
        if pair || (after_relation && kin(self, i - 2) && !self.buf[i - 2].w.sentence_start) {
            return true;
        }
        // After an age, a family word is the person whose age it is (`90-vuotias mummi`).
        let after_age = t.w.joined
            && t.w.case == Case::Lower
            && self
                .last
                .is_some_and(|(m, k)| k + 1 == i && m.kind == MentionKind::Age);
        if after_age {
            return true;
        }
        // In small letters after a conjunction, a clause opens too (`mut setä sano et …`).
        // Not after `jos` or `mikäli`, where the family word is anyone's (`Jos isä haluaa
        // jäädä kotiin, hän voi …`).
        let after_opener = i > 0
            && t.w.joined
            && t.w.case == Case::Lower
            && one_of(CLAUSE_OPENERS, self.word(&self.buf[i - 1].w))
            && !ANYONES
                .iter()
                .any(|g| g.eq_ignore_ascii_case(self.word(&self.buf[i - 1].w)));
        // The spoken `se` may repeat the subject before its verb (`Mummu se kehu …`).
        let verb_at = if self
            .buf
            .get(i + 1)
            .is_some_and(|n| n.w.joined && self.word(&n.w) == "se")
        {
            i + 2
        } else {
            i + 1
        };
        // `Äiti voi hakea tukea`: a modal and an infinitive say what any mother may do.
        let modal = subject
            && self
                .buf
                .get(verb_at)
                .is_some_and(|n| MODALS.contains(&self.word(&n.w)))
            && self
                .buf
                .get(verb_at + 1)
                .is_some_and(|n| self.word(&n.w).ends_with(['a', 'ä']));
        (t.w.sentence_start || after_relation || after_opener)
            && !modal
            && self.buf.get(verb_at).is_some_and(|n| {
                n.w.joined
                    && n.w.case == Case::Lower
                    && (matches!(self.word(&n.w), "ja" | "sekä")
                        || shape::looks_finite(self.word(&n.w))
                        // Two of them do it together (`Pappa ja mummi tulivat`).
                        || (after_relation && n.plural_verb)
                        // The spoken past tenses of telling (`Mamma sano et …`).
                        || PERSON_VERBS.contains(&self.word(&n.w)))
            })
    }

    /// Whether word `i` names the one holder of an office by its title alone (`Pormestarin
    /// kanssa`, `Ministeri ei ehtinyt`, `kysyä kunnanjohtajalta`; the hundred-and-seventh
    /// persons set's dev half, as the conventions read a role for one particular person): not
    /// a title before a name (`kunnanjohtaja Matti Virtanen`), not the office told as a role
    /// in the essive or the translative (`toimi rehtorina`, `valittiin rehtoriksi`), after a
    /// verb that makes it a predicate (`tuli kunnanjohtaja`), nor its genitive before the
    /// office's own matters (`Rehtorin virka`, `Kirkkoherran vaali`), nor a compound naming
    /// something else (`kirkkoherranvirasto`).
    fn office_holder(&mut self, i: usize) -> bool {
        let Some((_, case)) = self.role_form(i, &OFFICES, true) else {
            return false;
        };
        let next = self.buf.get(i + 1).filter(|n| n.w.joined);
        if next.is_some_and(|n| n.w.case != Case::Lower) {
            return false;
        }
        if case == "n"
            && next.is_some_and(|n| {
                let w = self.word(&n.w);
                OFFICE_MATTERS.iter().any(|m| w.starts_with(m))
            })
        {
            return false;
        }
        !self.said_before(i, 3, &["tuli", "tulee", "tuleeko", "ovat", "olivat"])
    }

    /// Whether word `i` is a party to one case told in a police bulletin or a court report
    /// by its role alone (`Epäilty on noin 180-senttinen`, `maksamaan uhrille`, `syytetyn
    /// kertomus`, `uusi todistaja`; the hundred-and-eighth persons set's dev half): a case has
    /// one suspect, one victim. Not said of anyone (`Jos uhri haluaa …`), not the participle
    /// before the noun it describes (`epäilty rikos`, `epäillyn petoksen`), not a predicate
    /// (`hän on epäilty`), not a title before a name (`Syytetty Petra Lindholm`).
    fn case_role(&mut self, i: usize) -> bool {
        let Some((stem, case)) = self.role_form(i, &CASE_ROLES, false) else {
            return false;
        };
        let next = self.buf.get(i + 1).filter(|n| n.w.joined);
        // Before a name it is a title (`Syytetty Petra Lindholm kiisti`).
        if next.is_some_and(|n| n.w.case == Case::Capital) {
            return false;
        }
        // A participle agrees with the noun after it; the role is followed by a verb, a
        // noun it owns in another case, or nothing.
        let participle = matches!(stem, "epäilty" | "epäilly" | "syytetty" | "syytety");
        if participle
            && next.is_some_and(|n| {
                let w = self.word(&n.w);
                n.w.case == Case::Lower
                    && !COPULA.contains(&w)
                    && !shape::looks_finite(w)
                    && !shape::looks_past(w)
                    // the same case in either vowel harmony (`epäiltyä petosta`)
                    && (case.is_empty() || shape::ends_alike(w, case))
            })
        {
            return false;
        }
        let t = self.buf[i].w;
        !has_word(sentence_before(self.text, t.start), &ANYONES)
            && !has_word(sentence_after(self.text, t.end), &ANYONES)
            && !self.said_before(i, 2, &["ovat", "olivat", "jokainen", "kaikki"])
    }

    /// The stem of `stems` that word `i` ends in (as a compound's last part too: `sosiaali- ja
    /// terveys|ministeri|lle`) and the singular case ending after it ([`ROLE_CASES`]; with
    /// `clitics`, also before a clitic: `ministerillekin`), when the word is in small letters
    /// or opens its sentence.
    fn role_form(
        &mut self,
        i: usize,
        stems: &[&'static str],
        clitics: bool,
    ) -> Option<(&'static str, &'static str)> {
        let w = self.buf[i].w;
        if !w.small_or_opening() {
            return None;
        }
        self.lower_of(self.word(&w));
        let lower = self.lower.as_str();
        let (stem, rest) = stems.iter().find_map(|s| {
            let at = lower.rfind(s)?;
            Some((*s, &lower[at + s.len()..]))
        })?;
        let case = ROLE_CASES.iter().find(|c| **c == rest).or_else(|| {
            let bare = clitics.then(|| shape::strip_clitic(rest))?;
            ROLE_CASES.iter().find(|c| **c == bare)
        })?;
        Some((stem, case))
    }

    /// Whether a copula or one of `words` stands among the `reach` words before word `i`
    /// (`tuli kunnanjohtaja`, `hän on epäilty`): the role is said of someone, not named.
    fn said_before(&self, i: usize, reach: usize, words: &[&str]) -> bool {
        self.buf[i.saturating_sub(reach)..i].iter().any(|b| {
            let w = self.word(&b.w);
            COPULA.contains(&w) || words.contains(&w)
        })
    }

    /// Whether word `i` is a credit's label or the initials after one (`Teksti: AH`): the label
    /// is no name; two or three capitals after it are initials, emitted.
    fn credit(&mut self, i: usize) -> bool {
        let w = self.buf[i].w;
        let word = self.word(&w);
        if w.case == Case::Capital && w.after == ':' && CREDIT_LABELS.contains(&word) {
            return true;
        }
        let n = word.chars().count();
        if w.case != Case::Upper || !(2..=3).contains(&n) || i == 0 {
            return false;
        }
        let label = self.buf[i - 1].w;
        let gap = &self.text[label.end..w.start];
        if gap.trim_end() != ":" || !CREDIT_LABELS.contains(&self.word(&label)) {
            return false;
        }
        self.emit(w.start, i, MentionKind::Initials);
        true
    }

    /// Whether word `i` is the spoken `se` standing for a person just mentioned: after the
    /// person's name or `hän` with an emphatic clitic and before a verb (`Sannapa se osaa`,
    /// `Hänhän se on`), or as the subject of a verb only a person does, said in the same or the
    /// next sentence after a person was mentioned (`Matti Hakola on kova äijä, se hiihti …`,
    /// `Onko Lahtisen Pena vielä töissä? Se lupas …`, `Meirän mummo se vaan jaksaa …`). A thing
    /// said in between is what `se` usually stands for (`… kypäränsä aulaan, se on nyt
    /// infossa`), and it does none of those verbs.
    fn spoken_se(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let word = self.word(&t.w);
        let subject = word == "se" || (word == "Se" && t.w.sentence_start);
        let spoken_to = !subject && self.told_to(i);
        if !(subject || spoken_to) {
            return false;
        }
        // Said to be a person or to feel something, `se` is one with no one named before it
        // (`tiedän koska se on mun pikkuserkku`, `se oli ihan liikuttunut, kun`; the persons
        // sets' dev halves).
        if subject && self.last_person_end.is_none() && self.called_a_person(i) {
            return true;
        }
        let person_end = self.last_person_end;
        // A verb right after `se`, or after a demonstrative object (`Annelihan se tämänkin
        // hoiti`; the eighty-fifth persons dev half).
        let verb_next = self.small_word(i + 1).is_some_and(shape::looks_finite)
            || self
                .small_word(i + 1)
                .filter(|o| SE_OBJECTS.contains(o))
                .and_then(|_| self.small_word(i + 2))
                .is_some_and(clause_verb);
        let emphatic = i > 0
            && self.last.is_some_and(|(m, k)| {
                k + 1 == i
                    && m.kind != MentionKind::Addressee
                    && t.w.joined
                    && ["pa", "pä", "han", "hän"]
                        .iter()
                        .any(|c| self.text[m.start..m.end].ends_with(c))
            })
            && verb_next;
        // The word after `se`, past an adverb (`se vaan jaksaa`): its verb, if it is one.
        // Past two adverbs (`se jopa muisti`, `se kuulemma lauloi`).
        let past_adverbs = |p: &Self, from: usize| {
            (from..from + 2)
                .find(|&k| !p.small_word(k).is_some_and(|v| SMALL_ADVERBS.contains(&v)))
                .unwrap_or(from + 2)
        };
        let at = past_adverbs(self, i + 1);
        let verb = self.small_word(at);
        // A person's verb in the perfect (`se on käyny`, `ei se oo päässy`, `se oli jo
        // parantunut`).
        let perfect = verb.is_some_and(|v| COPULA.contains(&v))
            && self
                .small_word(past_adverbs(self, at + 1))
                .is_some_and(|p| PERSON_PARTICIPLES.contains(&p));
        // Spoken word order puts a place before the verb (`ku se lavalle astuu`); a word in
        // another case after `se` is the noun it determines (`Se auto osaa ajaa itse`).
        let verb_later = self
            .small_word(at)
            .is_some_and(|c| shape::outer_local_case(c).is_some() || shape::illative(c))
            && self
                .small_word(at + 1)
                .is_some_and(|v| PERSON_VERBS.contains(&v));
        // The spoken topic doubled: a person named, then `se` and a verb (`naapurin poika se
        // taas ajeli`, `Pena se tietää`, `Rantasen Eikka se oli semmonen mies`).
        let doubled = i > 0
            && t.w.joined
            && self.last.is_some_and(|(m, k)| {
                k + 1 == i
                    && !matches!(
                        m.kind,
                        MentionKind::Addressee | MentionKind::Age | MentionKind::Pronoun
                    )
            })
            && (verb.is_some_and(|v| shape::looks_finite(v) || COPULA.contains(&v)) || verb_next);
        if subject && (emphatic || doubled) {
            return true;
        }
        let deed = perfect || verb.is_some_and(|v| PERSON_VERBS.contains(&v));
        if subject && deed && self.role_antecedent(t.w.start) {
            return true;
        }
        let Some(end) = person_end else {
            return false;
        };
        if !self.within_reach(end, t.w.start) {
            return false;
        }
        if spoken_to {
            return true;
        }
        // A negation before `se` and a person's participle or verb after it (`ei se kertonu
        // mitään`, `ettei se ehtinyt kertoa`; the eighty-eighth persons dev half).
        let negated = i > 0
            && t.w.joined
            && verb.is_some_and(|v| PERSON_PARTICIPLES.contains(&v) || PERSON_VERBS.contains(&v))
            && {
                self.lower_of(self.word(&self.buf[i - 1].w));
                NEGATIONS.contains(&self.lower.as_str())
            };
        // And a negation right after `se` (`Se ei ottanut edes bensarahaa`, `se ei tiennyt`;
        // the hundred-and-ninth persons set's dev half).
        // Past adverbs and the perfect's `oo` too (`se ei oo vielä vastannu`, `se ei edes
        // pysähtynyt`, `se ei enää oikein muista`; the persons sets' dev halves), where a verb
        // of a person's mind in the negative form is one (`muista`, `jaksa`, `tiedä`).
        let negated_after = subject
            && self
                .small_word(i + 1)
                .is_some_and(|n| matches!(n, "ei" | "eikä"))
            && {
                let v = (i + 2..i + 6)
                    .find(|&k| {
                        !self.small_word(k).is_some_and(|w| {
                            SMALL_ADVERBS.contains(&w)
                                || NEGATED_FILLERS.contains(&w)
                                || matches!(w, "oo" | "ole" | "ollu" | "ollut")
                        })
                    })
                    .and_then(|k| self.small_word(k));
                v.is_some_and(|v| {
                    PERSON_PARTICIPLES.contains(&v)
                        || PERSON_VERBS.contains(&v)
                        || PERSON_CONNEGATIVES.contains(&v)
                })
            };
        perfect
            || negated
            || negated_after
            || verb_later
            || verb.is_some_and(|v| PERSON_VERBS.contains(&v))
            || self.called_a_person(i)
            || (subject && self.continued_subject(i, at))
            || (subject && self.asked_about(i, at))
    }

    /// Whether the last role said as a subject ([`Pass::last_role`]), after the last person
    /// mentioned and within the reach of `se` at byte `at`, is what `se` doing a person's deed
    /// stands for (`Nuohooja tulee torstaina, ja se haluaa …`, `Oli niin ihana kampaaja … ja se
    /// puhui ruotsia`; the persons sets' dev halves): the role is then one particular person
    /// too, and a mention of its own.
    fn role_antecedent(&mut self, at: usize) -> bool {
        let Some((start, end)) = self.last_role else {
            return false;
        };
        if self.last_person_end.is_some_and(|e| e > start) || !self.within_reach(end, at) {
            return false;
        }
        self.last_role = None;
        self.out.push(Mention {
            start,
            end,
            kind: MentionKind::Relation,
        });
        self.last_person_end = Some(end);
        true
    }

    /// Whether word `i` is a title or a relation noun in its base form, in the singular, as a
    /// clause's subject before its verb (`Nuohooja tulee`, `ja myyjä oli niin suloinen`).
    fn role_subject(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let Some(n) = self.opening_then_next(i) else {
            return false;
        };
        let verb =
            n.w.joined && n.w.case == Case::Lower && !n.plural_verb && clause_verb(self.word(&n.w));
        let placed = t.w.sentence_start || i == 0 || self.opens_role_clause(i - 1);
        verb && placed && (self.role_in_base_form(i) || self.agent_noun(i))
    }

    /// Whether `se` at word `i`, before its verb at word `at`, opens the sentence right after a
    /// question that ends on the person it asks about: the person's mention is the question's
    /// last words, past words of a person's state only (`Muistatteko Kalevin? Se oli
    /// talonmiehenä`, `Onks Marko vielä teillä töissä? Se hoiti`), or a relative clause about
    /// them follows it (`kuka muistaa Kurkelan Eskon joka ajoi …? se oli legenda`). A thing
    /// named after the person is what `se` stands for (`Mistä Tomppa löys ton mopon? Se
    /// kulkee`, `Onko kukaan nähnyt Lassin venettä? Se irtosi`; the persons sets' dev halves).
    fn asked_about(&self, i: usize, at: usize) -> bool {
        let Some((m, k)) = self.last else {
            return false;
        };
        if !matches!(
            m.kind,
            MentionKind::FullName
                | MentionKind::FirstName
                | MentionKind::Surname
                | MentionKind::Relation
        ) || k >= i
        {
            return false;
        }
        let gap = &self.text[m.end..self.buf[i].w.start];
        let asked = gap.trim_end().ends_with('?')
            && gap
                .chars()
                .filter(|c| SENTENCE_ENDS.contains(c))
                .all(|c| matches!(c, '?' | '\n'));
        let state = self.buf[k + 1..i].iter().all(|n| {
            let w = self.word(&n.w);
            n.w.case == Case::Lower
                && (one_of(STATE_WORDS, w)
                    || SMALL_ADVERBS.contains(&w)
                    || COPULA.contains(&w)
                    || NEGATIONS.contains(&w))
        });
        let relative = self
            .buf
            .get(k + 1)
            .is_some_and(|n| k + 1 < i && matches!(self.word(&n.w), "joka" | "jolla" | "jota"));
        asked && (state || relative) && self.small_word(at).is_some_and(clause_verb)
    }

    /// Whether `se` at word `i`, before its verb at word `at`, opens the next clause of a
    /// sentence whose subject is the person just named, as spoken Finnish goes on with its
    /// subject (`Anu on jo matkalla, se tuo kahvit`, `Jarmo Halonen on kyllä oikeessa, mut ei
    /// se yksin pysty`, `Veikko on lähteny jo kotio, se oli viäl äsken tässä`, also after a
    /// clause before the name: `miks yläkerran Jarmo poraa aina, eilen se aloitti`): a verb
    /// follows the name, and `se` comes after a comma or a conjunction, with nothing but words
    /// in small letters between (the persons sets' dev halves).
    fn continued_subject(&self, i: usize, at: usize) -> bool {
        let Some((m, k)) = self.last else {
            return false;
        };
        if !matches!(
            m.kind,
            MentionKind::FullName | MentionKind::FirstName | MentionKind::Surname
        ) || k + 1 >= i
            || i - k > 10
        {
            return false;
        }
        let lower = |n: &Tok| n.w.joined && n.w.case == Case::Lower;
        let subject_verb = self.buf.get(k + 1).is_some_and(|n| {
            lower(n) && {
                let v = self.word(&n.w);
                COPULA.contains(&v) || v == "ei" || shape::looks_finite(v)
            }
        });
        // The new clause opens with a comma or a conjunction at most two words before `se`
        // (`…, se tuo`, `mut ei se`, `…, eilen se aloitti`; the ninety-first persons set's dev
        // half).
        // Not `…, ja se on`, which goes on about what was just said (`Eeli voitti, ja se on iso
        // juttu`).
        let joined_clause = (i.saturating_sub(2).max(k + 2)..=i).any(|b| {
            let w = self.word(&self.buf[b].w);
            (self.text[self.buf[b - 1].w.end..self.buf[b].w.start].contains(',')
                && (b == i || !matches!(w, "ja" | "sekä")))
                || (b < i && one_of(CLAUSE_OPENERS, w))
        });
        // No object in between, which `se` would stand for (`Pekka osti auton, se on
        // punainen`).
        let between = self.buf[k + 1..i].iter().all(|n| {
            let w = self.word(&n.w);
            n.w.case == Case::Lower && (!shape::looks_genitive(w) || matches!(w, "eilen" | "ennen"))
        }) && !self.text[m.end..self.buf[i].w.start].contains(SENTENCE_ENDS);
        let verb = self
            .buf
            .get(at)
            .is_some_and(|n| lower(n) && clause_verb(self.word(&n.w)));
        subject_verb && joined_clause && between && verb
    }

    /// Whether a form of the spoken `se` at word `i` is a person just mentioned as the one who
    /// has something: `sillä` or `sil` before `on` (`Tänään ollaan ilman Mattia, sillä on
    /// hammaslääkäri`, `sil on varaston avaimet`), or `sen` before a noun in another case and
    /// a verb (`Sen auto on ollu tiellä`, `se sano et sen firma hakee`, `sen pakastimesta saa`),
    /// where a determiner would agree with its noun (`sen auton`) and a postposition would
    /// follow a thing (`sen jälkeen`). The person is the last word with a case before it: a
    /// place, an owner or an object in between is what `se` stands for (`Pekka osti auton, sen
    /// moottori on rikki`, `esitteli kirjansa, sen nimi on …`).
    fn se_owner(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if !t.w.small_or_opening() {
            return false;
        }
        self.lower_of(self.word(&t.w));
        let owner = match self.lower.as_str() {
            "sillä" | "sil" => {
                self.small_word(i + 1).is_some_and(|v| COPULA.contains(&v))
                    && !self
                        .small_word(i + 2)
                        .is_some_and(|n| SILLA_CLAUSES.iter().any(|c| n.starts_with(c)))
            }
            "sen" => {
                let noun = self.small_word(i + 1).is_some_and(|n| {
                    n.chars().count() >= 3
                        && !n.ends_with('n')
                        && !POSTPOSITIONS.contains(&n)
                        && !COPULA.contains(&n)
                        && !shape::looks_finite(n)
                        && !shape::looks_past(n)
                        && shape::outer_local_case(n).is_none()
                });
                noun && self.small_word(i + 2).is_some_and(clause_verb)
            }
            _ => false,
        };
        if !owner {
            return false;
        }
        let Some(end) = self.last_person_end else {
            return false;
        };
        if !self.within_reach(end, t.w.start) {
            return false;
        }
        self.buf[..i]
            .iter()
            .rev()
            .take_while(|b| b.w.start >= end)
            .all(|b| {
                let w = self.word(&b.w);
                b.w.small_or_opening()
                    && !shape::looks_genitive(w)
                    && !shape::has_possessive(w)
                    && !shape::illative(w)
                    && shape::outer_local_case(w).is_none()
                    && !["ssa", "ssä", "sta", "stä"].iter().any(|c| w.ends_with(c))
            })
    }

    /// Whether a pronoun at byte `at` is within the reach of a person mentioned up to byte
    /// `end`: 160 bytes at most, in the same sentence or the next.
    fn within_reach(&self, end: usize, at: usize) -> bool {
        let between = &self.text[end.min(at)..at];
        let breaks = between
            .split(SENTENCE_ENDS)
            .filter(|part| !part.trim().is_empty())
            .count();
        between.len() <= 160 && breaks <= 2
    }

    /// Whether the spoken plural `ne` (or `niiden`, `niille`) at word `i` stands for two or more
    /// people just mentioned, as spoken Finnish says it of people (`Laitoin viestiä Heidille ja
    /// Villelle … onks ne lomalla?`, `mummu ja vaari on lähteny jo, ne on perillä kuudelta`):
    /// two people or more mentioned within the reach of spoken `se`, and no word in the plural
    /// said in between, which is what `ne` would then stand for (`heitteli kiviä, ne lensi`).
    /// `ne` itself must be a subject before its verb.
    fn spoken_ne(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let word = self.word(&t.w);
        if t.w.case != Case::Lower || !matches!(word, "ne" | "niiden" | "niille") {
            return false;
        }
        let Some(end) = self.last_person_end else {
            return false;
        };
        if !self.within_reach(end, t.w.start) {
            return false;
        }
        let people = self
            .out
            .iter()
            .rev()
            .take_while(|m| m.end + 200 > t.w.start)
            .filter(|m| {
                matches!(
                    m.kind,
                    MentionKind::FullName
                        | MentionKind::FirstName
                        | MentionKind::Surname
                        | MentionKind::Relation
                        | MentionKind::Known
                )
            })
            .count();
        let family = match self.last {
            Some((m, _)) if m.kind == MentionKind::Surname => {
                self.lower_of(&self.text[m.start..m.end]);
                shape::is_family_name(&self.lower)
            }
            _ => false,
        };
        if people < 2 && !family {
            return false;
        }
        // A word in the plural between the people and `ne` (not a verb) is what it stands for.
        let plural_between = self.buf[..i]
            .iter()
            .rev()
            .take_while(|b| b.w.start >= end)
            .any(|b| {
                let l = self.word(&b.w);
                b.w.case == Case::Lower
                    && !b.plural_verb
                    && l.chars().count() >= 4
                    && shape::is_plural(l)
            });
        if plural_between {
            return false;
        }
        if word != "ne" {
            return true;
        }
        // Asked about them, the verb comes first (`onks ne lomalla?`).
        let asked = i > 0
            && t.w.joined
            && matches!(
                self.word(&self.buf[i - 1].w),
                "onks" | "onko" | "oliks" | "oliko" | "ovatko" | "onkse"
            );
        asked
            || self.buf.get(i + 1).is_some_and(|n| {
                let v = self.word(&n.w);
                n.w.joined
                    && n.w.case == Case::Lower
                    && (COPULA.contains(&v)
                        || n.plural_verb
                        || matches!(v, "ei" | "tulee" | "menee" | "lähtee")
                        || PERSON_VERBS.contains(&v))
            })
    }

    /// Whether the `sille` or `siltä` at word `i` is the one a verb of speaking is said to
    /// (`kysykää siltä`, `Sanokee sille terveisiä`, `soita sille`): only a person is asked, told
    /// or called. Before a word in the same case it is a determiner (`sille kuskille`), which
    /// [`Self::demonstrative`] reads.
    fn told_to(&self, i: usize) -> bool {
        let t = self.buf[i];
        let word = self.word(&t.w);
        if i == 0 || !SE_TOLD.contains(&word) {
            return false;
        }
        let ending = &word[3..];
        let determiner = self.buf.get(i + 1).is_some_and(|n| {
            n.w.joined && n.w.case == Case::Lower && self.word(&n.w).ends_with(ending)
        });
        let verb = self.word(&self.buf[i - 1].w);
        // Or greeted and thanked, before or after (`terveisiä sille`, `sille iso kiitos`).
        let greeted = |k: usize| {
            self.buf.get(k).is_some_and(|n| {
                let g = self.word(&n.w);
                SENT_TO.iter().any(|s| lower_starts(g, s))
            })
        };
        let thanked = word == "sille"
            && ((t.w.joined && greeted(i - 1))
                || (self.small_word(i + 1).is_some() && greeted(i + 1))
                || (self.small_word(i + 2).is_some() && greeted(i + 2)));
        let told = t.w.joined && SPEAKING.iter().any(|s| lower_starts(verb, s));
        !determiner && (thanked || told)
    }

    /// Whether the spoken `se` at word `i` is said to be a person: `on` or `oli` and, within a
    /// few words, a person noun in its base form (`se on paras tyyppi koko listalla`, `se oli
    /// osaston paras vapaaehtoinen`, `se on kova äijä`). A thing is no `tyyppi`.
    fn called_a_person(&mut self, i: usize) -> bool {
        let is = |p: &Self, k: usize| {
            p.buf
                .get(k)
                .is_some_and(|n| n.w.joined && COPULA.contains(&p.word(&n.w)))
        };
        if !is(self, i + 1) {
            return false;
        }
        for j in i + 2..i + 6 {
            let Some(l) = self.singular_small(j) else {
                return false;
            };
            // Or felt something, closing the clause (`se oli tosi iloinen kun toin sille
            // kukkia`, `se oli ihan fiiliksissä`): a thing is no happy one there, but a happy
            // surprise before its noun.
            if FEELINGS.contains(&l) {
                let closes = self.buf.get(j + 1).is_none_or(|n| {
                    !n.w.joined
                        || matches!(
                            self.word(&n.w),
                            "kun"
                                | "ku"
                                | "että"
                                | "et"
                                | "ettei"
                                | "ja"
                                | "mutta"
                                | "koska"
                                | "vaikka"
                        )
                });
                if closes {
                    return true;
                }
            }
            self.lower_of(l);
            if PREDICATE_PEOPLE.iter().any(|p| self.lower.ends_with(p))
                || self
                    .lex
                    .ends_in_base_of(&self.lower, &[Group::Relation, Group::Title])
            {
                return true;
            }
        }
        false
    }

    /// Whether word `i` is a relation noun in the comitative with a possessive suffix after a
    /// person named in the sentence (`Jukka saapui vaimoineen ja lapsineen`): that person's own
    /// relatives.
    fn comitative_relative(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if t.w.case != Case::Lower || !self.comitative_relation(self.word(&t.w)) {
            return false;
        }
        // Or after a relative just found in the sentence (`Eno saapui kesäjuhlille
        // vaimoineen`; the hundred-and-fifth persons set's dev half).
        self.named_in_sentence
            || self.last.is_some_and(|(m, _)| {
                let sentence_from = t.w.start - sentence_before(self.text, t.w.start).len();
                m.kind == MentionKind::Relation && m.start >= sentence_from
            })
    }

    /// Whether the small-letter word `l` is a relation noun in the comitative with a possessive
    /// suffix (`vaimoineen`, `lapsinensa`).
    fn comitative_relation(&mut self, l: &str) -> bool {
        ["ineen", "inensa", "inensä"].iter().any(|e| l.ends_with(e))
            && self.lex.relation_word(l, &mut self.hits)
    }

    /// Whether word `i` is a close family word in the singular, in small letters, in a
    /// sentence that has named a person: that person's own family member, one person
    /// (`Onnittelut Kallelle ja Tiinalle pienen pojan syntymästä`, `Leila kertoi, että sisar
    /// on …`). Any other relation may be anyone in it (`Anna kertoi, että asiakas voi …`).
    fn family_of_named(&mut self, i: usize) -> bool {
        if !self.named_in_sentence {
            return false;
        }
        let t = self.buf[i];
        let l = self.word(&t.w);
        if t.w.case != Case::Lower || shape::is_plural(l) {
            return false;
        }
        // A relative clause after it is read with it, at its pronoun (`pojalle, jolla`).
        let clause = self.buf.get(i + 1).is_some_and(|n| {
            n.w.before == ',' && n.w.case == Case::Lower && self.word(&n.w).starts_with("jo")
        });
        if clause {
            return false;
        }
        // The partitive plural is many (`kuskaamaan poikia`, `vauvoja`); `äitiä` is one.
        let many = ["ja", "jä", "ita", "itä"].iter().any(|e| l.ends_with(e))
            || l.strip_suffix('a')
                .or_else(|| l.strip_suffix('ä'))
                .is_some_and(|s| s.ends_with('i') && !FAMILY_STEMS.contains(&s));
        !many
            && FAMILY_STEMS.iter().any(|s| l.starts_with(s))
            && self.lex.relation_word(l, &mut self.hits)
    }

    /// Whether word `i` is a relation noun in its base form written before a name, as a title
    /// is (`kummitäti Hanna`, `tyttärentytär Nea`, `Puoliso Marko` opening a sentence), or any
    /// agent or member noun with the possessive of the writers (`valvojamme Karoliina`,
    /// `Puvustajamme Eeva`, `kerholaisemme Risto Ahosen`): it names that person too, one
    /// mention with the name ([`Self::title_before`]). The labellers of some sets mark such a
    /// word as a relation of its own, others leave it out of the name's span; one mention that
    /// covers both is either's reading.
    fn relation_before_name(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let Some(n) = self.buf.get(i + 1).copied() else {
            return false;
        };
        if !(n.w.joined && n.w.case == Case::Capital && n.name.person() && t.w.small_or_opening()) {
            return false;
        }
        let l = self.word(&t.w);
        // A title owned by the writers is their own one person too (`Uusi kirkkoherramme
        // Kristian Hætta`, `rehtorimme Anu`).
        if OWNED_AGENT.iter().any(|e| l.ends_with(e))
            || (l.ends_with("mme") && self.context(l).has(Group::Title))
        {
            return true;
        }
        // Opening a sentence, only kin: a role there is a title, one mention with the name
        // (`Valmentaja Karhu`, `Diakoniatyöntekijä Nguyen Thi Lan`, `Isä Mikael`).
        self.lower_of(l);
        if t.w.case == Case::Capital && !OPENING_KIN.iter().any(|k| self.lower.ends_with(k)) {
            return false;
        }
        self.lex.ends_in_base(&self.lower) && self.context(l).has(Group::Relation)
    }
}

impl Pass<'_> {
    /// Whether word `i` is an agent or member noun with the possessive of the writers or the
    /// writer (`kehittäjämme`, `ohjaajani`) as the subject of a verb in the singular (`Uusi
    /// kehittäjämme on jo ehtinyt …`, `Juniorikehittäjämme kysyi eilen …`; the eighty-ninth
    /// persons set's dev half): the plural has the same form, but takes a plural verb
    /// (`kehittäjämme ovat`).
    fn owned_agent_did(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let Some(n) = self.opening_then_next(i) else {
            return false;
        };
        if !OWNED_AGENT.iter().any(|e| self.word(&t.w).ends_with(e))
            || !n.w.joined
            || n.w.case != Case::Lower
            || n.plural_verb
        {
            return false;
        }
        let verb = self.word(&n.w);
        (matches!(verb, "on" | "oli") || shape::looks_present(verb) || plain_past(verb))
            && !self.context(verb).is_role()
    }

    /// The word after word `i` when word `i` is in small letters or opens a sentence with a
    /// capital, as a role's noun is written.
    fn opening_then_next(&self, i: usize) -> Option<Tok> {
        self.buf[i]
            .w
            .small_or_opening()
            .then(|| self.buf.get(i + 1).copied())
            .flatten()
    }

    /// Whether word `i` is a title or a relation noun in its base form that a person's name
    /// after a colon or a comma says who it is (`Tapahtuman yhteyshenkilö: Satu Nyberg`, `uusi
    /// lääkäri, Tomi Heiskanen, …`): the role is that one person too, as a title before a name
    /// is. After `on` (`uusi johtaja on Saana Aikio`) the labellers of five sets read the role
    /// as no mention of its own, two as one.
    fn role_named(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let Some(n) = self.opening_then_next(i) else {
            return false;
        };
        if shape::is_plural(self.word(&t.w)) {
            return false;
        }
        let named = matches!(n.w.before, ':' | ',')
            && !n.w.tight
            && t.w.after == n.w.before
            && n.w.case == Case::Capital
            && n.name.person();
        named && self.role_in_base_form(i)
    }

    /// Whether word `i` is a relation noun or a title in its base form said to someone after
    /// thanks or an endearment, closing the phrase (`kiitos ope!!`, `rakas mummi.`, `lepää
    /// rauhassa, hyvä ystävä.`): the one person spoken to.
    fn addressed_role(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if i == 0
            || t.w.case != Case::Lower
            || !t.w.joined
            || !matches!(t.w.after, '!' | '.' | ',' | '?')
        {
            return false;
        }
        // A letter's salutation opening it addresses any reader (`Hyvä asiakas,`, `Hei
        // asukas,`); thanks opening a sentence still go to one (`Kiitos ope!`).
        let p = self.buf[i - 1];
        let prev = self.word(&p.w);
        (p.w.case == Case::Lower || lower_starts(prev, "kiit"))
            && one_of(ADDRESSING, prev)
            && self.role_in_base_form(i)
    }

    /// Whether word `i`, a title or a relation noun in the singular, is one particular person a
    /// news story tells of, after the word of what befell them, a participle or a past tense,
    /// and maybe their age (`kadonneen veneilijän`, `loukkaantunut moottoripyöräilijä`,
    /// `kuoli jalankulkija`, `loukkaantui 45-vuotias ahtaaja`; the hundred-and-third persons
    /// set's dev half). A step anyone may take has no such word (`sairastunut lapsi pidetään
    /// kotona`), and a man or a woman alone is not labelled a relation; nor are the dead of a
    /// year in the plural (`kuolleiden seurakuntalaisten`) nor like crimes (`tuomittu
    /// vastaavista`).
    fn befallen(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if i == 0 || !t.w.joined || t.w.case != Case::Lower {
            return false;
        }
        let word = self.word(&t.w);
        if shape::is_plural(word)
            || [
                "mies", "miehe", "nainen", "naise", "henkilö", "ihmi", "vastaav",
            ]
            .iter()
            .any(|g| word.starts_with(g))
            || !self.context(word).is_role()
        {
            return false;
        }
        let mut k = i - 1;
        if self
            .last
            .is_some_and(|(m, at)| at == k && m.kind == MentionKind::Age)
        {
            if k == 0 || !self.buf[k].w.joined {
                return false;
            }
            k -= 1;
        }
        self.lower_of(self.word(&self.buf[k].w));
        let event = self.lower.as_str();
        self.buf[k].w.small_or_opening()
            && !shape::plural_participle(event)
            && BEFALLEN.iter().any(|b| event.starts_with(b))
    }

    /// Whether word `i` is a title or a relation noun in its base form, opening a sentence or a
    /// clause or after an owner in the genitive, as the subject of a verb in the past tense
    /// (`kuljettaja selvisi säikähdyksellä`, `Asukas pyysi, ettei …`, `Luokan avustaja antoi
    /// …`): what happened, happened to one particular person. In the present tense it may be
    /// anyone in that role (`Hoitaja soittaa sinulle`), and a plural verb makes many
    /// (`hoitajat soittivat`).
    fn role_did(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let Some(next) = self.opening_then_next(i) else {
            return false;
        };
        // The verb is the next word, or past a small adverb one of a person's verbs in the past
        // tense (`hoitaja vaan sanoi`, `lääkäri kyllä kertoi`; the persons sets' dev halves).
        let adverb = self
            .small_word(i + 1)
            .is_some_and(|a| SMALL_ADVERBS.contains(&a) && a != "ei");
        let vi = i + 1 + usize::from(adverb);
        let Some(n) = (if adverb {
            self.buf.get(vi).copied()
        } else {
            Some(next)
        }) else {
            return false;
        };
        let verb = self.word(&n.w);
        if adverb && !(PERSON_VERBS.contains(&verb) && plain_past(verb)) {
            return false;
        }
        // The word after `on` or `oli`, in small letters.
        let after_copula = matches!(verb, "on" | "oli")
            .then(|| self.buf.get(vi + 1))
            .flatten()
            .filter(|p| p.w.joined && p.w.case == Case::Lower)
            .map(|p| self.word(&p.w));
        // The perfect and pluperfect are past too (`poika on harjoitellut`, `sisar oli
        // hoitanut`, `potilas on siirretty`).
        let perfect = after_copula.is_some_and(shape::looks_participle);
        // Away or ill now is one person too (`koska ohjaaja on lomalla`, `kerhon ohjaaja on
        // sairaana`): anyone in the role is not.
        let away = after_copula.is_some_and(|p| AWAY.contains(&p));
        // The present opening a sentence: one person who does it now (`Rehtori kiittää
        // lämpimästi`, `Valmentaja toivoo`); not a step told to the reader, which anyone in
        // the role takes (`Hoitaja soittaa sinulle huomenna`).
        let present = t.w.sentence_start
            && shape::looks_present(verb)
            && !self
                .buf
                .get(vi + 1)
                .is_some_and(|p| one_of(TO_THE_READER, self.word(&p.w)))
            && !self.on_condition(n.w.end);
        // A noun in `-li`, `-ri`, `-ti` has the shape of a past tense too (`Vanhempi
        // konstaapeli`): not a role's word.
        if !n.w.joined
            || n.w.case != Case::Lower
            || n.plural_verb
            || !(perfect
                || away
                || present
                // Not the conditional after a vowel (`neuvoja haluaisi`, `hoitaja voisi`): what
                // anyone in the role would do. `selvisi` and `valitsi` are pasts.
                || plain_past(verb))
            || self.context(verb).is_role()
        {
            return false;
        }
        // After an age the age is the person's mention (`Seitsemänkymppinen mies kuoli`).
        let after_age = self
            .last
            .is_some_and(|(m, k)| k + 1 == i && m.kind == MentionKind::Age);
        let placed = t.w.sentence_start
            || !t.w.joined
            || i == 0
            || (!after_age && self.opens_role_clause(i - 1));
        // `Poliisi` opening a sentence is the police, a body (`Poliisi kuulusteli …`). In the
        // perfect a title is rather the office's (`Koulukuraattori on tavannut hänet`, as the
        // first set's labeller read it), a relation still the one person.
        placed
            && !self.word(&t.w).eq_ignore_ascii_case("poliisi")
            && ((!perfect
                && (self.in_base_form_of(i, Group::Title)
                    || (self.agent_noun(i) && !COPULA.contains(&verb))))
                || self.in_base_form_of(i, Group::Relation))
    }

    /// Whether word `i` is a title, a relation noun or an agent noun in the genitive singular
    /// before `mukaan` (`Syyttäjän mukaan vastaaja oli`, `taloyhtiön puheenjohtajan mukaan`,
    /// `Palkanlaskijan mukaan`): what one particular person said. The plural is many
    /// (`asiantuntijoiden mukaan`).
    fn according_to(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let Some(n) = self.opening_then_next(i) else {
            return false;
        };
        if !n.w.joined || self.word(&n.w) != "mukaan" {
            return false;
        }
        // Opening its sentence or clause, alone or after its owner (`Taloyhtiön puheenjohtajan
        // mukaan`): `mukaan` after an object is along (`äiti voi tuoda vauvan mukaan`).
        let opens = |k: usize| {
            self.buf[k].w.sentence_start
                || k == 0
                || matches!(
                    self.text[..self.buf[k].w.start].trim_end().chars().last(),
                    Some(',' | ':' | '–' | '—')
                )
        };
        let (opens_here, opens_before) = (opens(i), i > 0 && opens(i - 1));
        let owner = opens_before && {
            self.lower_of(self.word(&self.buf[i - 1].w));
            shape::looks_genitive(&self.lower)
        };
        if !(opens_here || owner) {
            return false;
        }
        let w = self.word(&t.w);
        self.lower_of(w);
        let genitive = self.lower.ends_with('n') && !shape::is_plural(&self.lower);
        genitive
            && (self.context(w).is_role() || self.lower.strip_suffix('n').is_some_and(agent_shape))
    }

    /// Whether word `k`, in small letters or opening its sentence, lets the role after it be a
    /// clause's subject: an owner's genitive (`kerhon ohjaaja`), a clause's opening conjunction
    /// (`kertoi, että poika on …`, `… ja hoitaja kysyi heti`; not `ja` joining the parts of a
    /// compound: `talous- ja velkaneuvoja`), or a participle describing the one who did it
    /// (`Vesinäytteen ottanut harjoittelija unohti`; the persons sets' dev halves).
    fn opens_role_clause(&self, k: usize) -> bool {
        let prev = self.buf[k];
        let w = self.word(&prev.w);
        (prev.w.case == Case::Lower || prev.w.sentence_start)
            && ((w.ends_with('n') && !prev.pronoun)
                || one_of(CLAUSE_OPENERS, w)
                || (w == "ja" && !self.text[..prev.w.start].trim_end().ends_with('-'))
                || (prev.w.case == Case::Lower && shape::looks_participle(w)))
    }

    /// The last word of the relatives that follow an owned relation at word `i`: more relation
    /// nouns (`perheen lapset`, `äidin sisko`) or ones joined by `ja`/`sekä` (`puoliso ja
    /// lapset`), in any number, since they belong to the one named owner.
    fn relatives(&mut self, i: usize) -> usize {
        let mut end = i;
        while end < i + 4 {
            let Some(n) = self.buf.get(end + 1).copied() else {
                break;
            };
            if !n.w.joined || n.w.case != Case::Lower {
                break;
            }
            let next = if matches!(self.word(&n.w), "ja" | "sekä") {
                match self.buf.get(end + 2).copied() {
                    Some(m) if m.w.joined && m.w.case == Case::Lower => (m, end + 2),
                    _ => break,
                }
            } else {
                (n, end + 1)
            };
            if !self.lex.relation_word(self.word(&next.0.w), &mut self.hits) {
                break;
            }
            end = next.1;
        }
        end
    }
}

/// Whether `w` has the shape of an agent noun's base form (see [`Pass::agent_noun`]): seven
/// letters or more ending in `-ija`, `-aja`, `-yyjä`, `-ooja` or their front-vowel forms, and
/// none of [`NOT_AGENTS`].
fn agent_shape(w: &str) -> bool {
    w.chars().count() >= 7
        && ["ija", "ijä", "aja", "äjä", "yyjä", "ooja", "ööjä"]
            .iter()
            .any(|e| w.ends_with(e))
        && !NOT_AGENTS.iter().any(|e| {
            w.get(w.len().saturating_sub(e.len())..)
                .is_some_and(|end| end.eq_ignore_ascii_case(e))
        })
}

/// Whether lower-case `v` is a verb in the past tense of one who did something: the third
/// person (`kysyi`), the first (`kysyin`, `kysyimme`) or the passive (`huudettiin`). Not the
/// spoken past without its `-i`, which is also the imperative (`kysy omalta
/// eläinlääkäriltä`).
fn past_deed(v: &str) -> bool {
    let past = shape::looks_plain_past;
    past(v)
        || v.strip_suffix('n').is_some_and(past)
        || v.strip_suffix("mme").is_some_and(past)
        || v.ends_with("tiin") && v.chars().count() >= 7
}

/// Whether `verb` is in the past tense, written or spoken (`selvisi`, `sano`), not the
/// conditional.
fn plain_past(verb: &str) -> bool {
    shape::looks_plain_past(verb) || SPOKEN_PASTS.contains(&verb)
}

/// Whether lower-case `w`, a relation noun's plural with the possessive of the writer or the
/// writers, names the writers' own family or neighbours, who are particular people
/// (`Vanhempani asuvat`, `isovanhempani`, `kiitos naapureillemme`), where a role's plural is a
/// group (`Jäsenemme saavat alennusta`, `kiitos asukkaillemme`).
fn own_family(w: &str) -> bool {
    shape::writers_possessive(w) && OWN_FAMILY.iter().any(|s| w.contains(s))
}

/// What the plural forms of [`own_family`]'s relation nouns hold: parents and grandparents,
/// siblings, grandmothers and neighbours (`vanhemmillemme`, `sisarukseni`, `isomummimme`).
const OWN_FAMILY: [&str; 5] = ["vanhem", "sisaru", "mummi", "mummo", "naapur"];

/// Titles of offices that one person holds at a time, as their singular forms begin, also as
/// a compound's last part (`sosiaali- ja terveysministeri`, `pääministeri`).
const OFFICES: [&str; 8] = [
    "kunnanjohtaja",
    "kaupunginjohtaja",
    "pormestari",
    "ministeri",
    "presidentti",
    "kirkkoherra",
    "piispa",
    "rehtori",
];

/// The parties to a case by their role, as their singular forms begin (`epäilty`, `epäillyn`,
/// `uhrille`, `asianomistajaa`).
const CASE_ROLES: [&str; 7] = [
    "epäilty",
    "epäilly",
    "syytetty",
    "syytety",
    "uhri",
    "asianomistaja",
    "todistaja",
];

/// The singular case endings after an office's title or a party's role that name its holder:
/// not the essive or the translative, which tell the role (`rehtorina`, `rehtoriksi`).
const ROLE_CASES: [&str; 15] = [
    "", "n", "lle", "lta", "ltä", "lla", "llä", "a", "ä", "in", "an", "ssa", "ssä", "sta", "stä",
];

/// What an office's genitive may own that is the office's, not its holder's (`Rehtorin virka`,
/// `Kirkkoherran vaali`, `Kunnanjohtajan sijaisena`), as those words begin.
const OFFICE_MATTERS: [&str; 9] = [
    "virka",
    "viran",
    "vaali",
    "sijai",
    "viransijai",
    "tehtäv",
    "valin",
    "paikka",
    "kausi",
];

/// The stems of [`RANKS`] that are nouns for a child themselves (`esikoinen`, `keskimmäinen`,
/// `nuorimmainen`), not only adjectives before one.
const RANK_NOUNS: [&str; 3] = ["esikoi", "keskimmäi", "nuorimmai"];

/// The stems of the adjectives that rank a relative (`nuorin poika`, `vanhemman tyttären`,
/// `entinen vaimo`).
const RANKS: &[&str] = &[
    "nuorin",
    "nuorimm",
    "nuorempi",
    "nuoremm",
    "vanhin",
    "vanhimm",
    "vanhemp",
    "vanhemma",
    "keskimmäi",
    "esikoi",
    "entinen",
    "entis",
];

/// Verbs, standard and spoken, in the third person singular, that only a person does: after
/// the spoken `se` they make it a person (`se sano`, `Se lupas`, `se hiihti`).
const PERSON_VERBS: &[&str] = &[
    // greeting back (`se moikkasi takaisin`; the hundred-and-ninth persons set's dev half)
    "moikkasi",
    "moikkas",
    // stepping on stage, tying, coaching, recognising, cheating, swearing, forgetting and
    // lying (the persons sets' dev halves: `ku se lavalle astuu`, `se sitoi kimpun`, `se
    // valmensi tätä ikäluokkaa`); not sitting nor walking, which a cat does too (`aamulla se
    // istui rappusilla`)
    // starting at work or school and getting to go along (`Onni aloitti meillä kesäkuussa`,
    // `Lumi aloitti meillä tänään`, `Onni pääsi eilen mukaan`; the persons sets' dev halves):
    // the weather does neither
    "aloitti",
    "aloittaa",
    "pääsi",
    // planting (`se istutti kaikki ruusut yksin`; the persons sets' dev halves), which no
    // animal or weather does
    "istutti",
    "istuttaa",
    "astuu",
    "astui",
    "sitoi",
    "valmensi",
    "valmentaa",
    "tunnisti",
    "huijaa",
    "huijas",
    "huijasi",
    "vannoo",
    "vannoi",
    "unohti",
    "valehteli",
    "kiroili",
    // saying, promising, teaching, doing, wanting, liking, knowing, thinking, fearing, trying,
    // feeling, arranging and being on duty or late, standard and spoken
    "sano",
    "sanoi",
    "sanoo",
    // spoken pasts without their -i (`Pikkuveli synty just`, `Mummu se kehu …`)
    "synty",
    "kehu",
    "kerto",
    "kertoi",
    "kertoo",
    "lupas",
    "lupasi",
    "lupaa",
    "opetti",
    "opettaa",
    "hiihti",
    "hiihtää",
    "jaksaa",
    "jakso",
    "jaksoi",
    "osaa",
    "osas",
    "osasi",
    "kysy",
    "kysyi",
    "kysyy",
    "soitti",
    "soittaa",
    "lähti",
    "lähtee",
    "kävi",
    "teki",
    "tekee",
    "halus",
    "halusi",
    "haluu",
    "haluaa",
    "auttoi",
    "auttaa",
    "tietää",
    "tiesi",
    "muisti",
    "muistaa",
    "laitto",
    "laittoi",
    "pyysi",
    "pyytää",
    "ehti",
    "ehtii",
    "voitti",
    "pelas",
    "pelasi",
    "pelaa",
    "juoksi",
    "asuu",
    "asu",
    "asui",
    "puhuu",
    "puhu",
    "puhui",
    "itki",
    "nauro",
    "nauroi",
    "nauraa",
    "huusi",
    "huutaa",
    "kirjotti",
    "kirjoitti",
    "leipoo",
    "leipoi",
    "leipo",
    "hoitaa",
    "hoiti",
    "istuu",
    "nukkuu",
    "söi",
    "joi",
    "odottaa",
    "odotti",
    "käski",
    "neuvo",
    "neuvoi",
    "vastas",
    "vastasi",
    "väitti",
    "kehu",
    "kehui",
    "valitti",
    "valittaa",
    "harrastaa",
    "tykkää",
    "tykkäs",
    "tykkäsi",
    "rakastaa",
    "ajatteli",
    "ajattelee",
    "päätti",
    "aikoo",
    "aiko",
    "meinas",
    "meinasi",
    "tuumas",
    "tuumasi",
    "lauloi",
    "laulo",
    "laulaa",
    "soitteli",
    "kiitti",
    "kiittää",
    "muutti",
    "syntyi",
    "kuoli",
    "opiskelee",
    "opiskeli",
    "tekkee",
    "tiäs",
    "yrittää",
    "yritti",
    "pelkää",
    "pelkäs",
    "pelkäsi",
    "itkee",
    "päättää",
    "ymmärtää",
    "ymmärsi",
    "tajuu",
    "tajus",
    "tajusi",
    "toivoo",
    "toivoi",
    "rakasti",
    "järjesti",
    "järjestää",
    "päivystää",
    "päivysti",
    "myöhästyy",
    "myöhästyi",
    "ilmoittautui",
    "ilmottautu",
    "vastaa",
    "hakee",
    "haki",
    // standing in, claiming, locking, walking and getting in (the hundredth persons set's dev
    // half: `se tuuraa Annuu`, `se väittää ostaneensa`, `se lukitsi eilen`, `se pääs heti`)
    "tuuraa",
    "tuuras",
    "tuurasi",
    "väittää",
    "lukitsi",
    "kävelee",
    "käveli",
    "pääs",
    // forgetting, from the eighty-seventh persons dev half (`Jussi, tietysti se unohti …`)
    "unohti",
    "unohtaa",
    // connegatives after `se ei` (`Se ei välitä kylteistä`, from the eighty-eighth)
    "välitä",
    "kerro",
    "tiedä",
    "muista",
    "ymmärrä",
    "tajua",
    "viitsi",
    "kuuntele",
];

/// Endings of an agent noun (`-ja`, `-jä`) or a member noun (`-lainen`) in the singular with the
/// possessive of `we` or `I` (`valvojamme`, `kerholaisemme`, `ohjaajani`): before a name, that
/// one person of ours.
const OWNED_AGENT: &[&str] = &[
    "jamme",
    "jämme",
    "jani",
    "jäni",
    "laisemme",
    "läisemme",
    "laiseni",
    "läiseni",
];

/// Case endings a title and the name after it share when the title is inflected with it, as an
/// apposition (`ylioppilaalle Eveliinalle`). Not the genitive, which more often owns the
/// name's thing (`keskiviikkoisin Annalan rukoushuoneella`).
const AGREEING_CASES: &[&str] = &[
    "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä",
];

/// Endings of a title's partitive (`kuorolaista`, `sotaveteraania`), agreeing with a name's
/// (`Elli Mäkelää`, `Lauri Tolosta`).
const PARTITIVES: &[&str] = &["ta", "tä", "ia", "iä", "aa", "ää"];

/// Kin nouns in their base form that, opening a sentence before a name, are a relation of their
/// own (`Puoliso Marko`, `Kummitäti Hanne`, `Isoäiti Anna`): not `isä` nor `äiti`, which are
/// also a priest's and a nun's title (`Isä Mikael`).
const OPENING_KIN: &[&str] = &[
    "puoliso",
    "vaimo",
    "kummi",
    "täti",
    "setä",
    "eno",
    "serkku",
    "mummo",
    "mummi",
    "mummu",
    "isoäiti",
    "isoisä",
    "vaari",
    "ukki",
    "pappa",
    "sisko",
    "sisar",
    "veli",
    "poika",
    "tytär",
    // the ninety-third persons set's dev half (Lapsenlapsi Eelis, Syntymäpäiväsankari Helvi)
    "lapsenlapsi",
    "sankari",
];

/// The length in bytes of the longest word of `list`.
const fn longest(list: &[&str]) -> usize {
    let mut longest = 0;
    let mut k = 0;
    while k < list.len() {
        if list[k].len() > longest {
            longest = list[k].len();
        }
        k += 1;
    }
    longest
}

/// The length in bytes of the longest of [`KIN_NAMES`] and [`KIN_SUBJECTS`]: a longer word is
/// none of them.
const LONGEST_KIN_NAME: usize = {
    let (names, subjects) = (longest(KIN_NAMES), longest(KIN_SUBJECTS));
    if names > subjects {
        names
    } else {
        subjects
    }
};

/// The stems of the singular forms of [`KIN_NAMES`] that are relation nouns (`mummo`, `ukki`,
/// `pappa`, `vaari`, and the spoken parents), in small letters: `uki` of `ukille`, `papa` of
/// `papalle`.
const GRANDPARENT_STEMS: [&str; 11] = [
    "mummo", "mummi", "mummu", "uki", "pappa", "papa", "vaari", "faija", "mutsi", "iskä", "äiskä",
];

/// The stems of the singular forms of the family words of [`KIN_SUBJECTS`] in small letters,
/// both grades (`täti`, `tädille`).
const KIN_STEMS: [&str; 14] = [
    "isä", "äiti", "äidi", "täti", "tädi", "setä", "sedä", "eno", "tytär", "tyttäre", "sisko",
    "serkku", "serku", "isoäi",
];

/// The stems of the singular forms of family words [`Pass::own_kin`] takes besides
/// [`KIN_STEMS`]: sons, brothers, wives, in-laws, grandfathers and a spoken mother.
const MORE_KIN: [&str; 11] = [
    "poika", "poja", "veli", "velje", "vaimo", "anoppi", "anopi", "vävy", "miniä", "isoisä",
    "äitee",
];

/// Whether `rest`, what follows a family word's stem `stem`, is no plural: not a plural's `t`,
/// `j` or `i` (`mummot`, `mummojen`, `mummoille`), nor an `i` stem's `en` (`mummien`, `äitien`).
/// The stem is known, so a `j` marks the plural here as it may not in [`shape::is_plural`]
/// (`opettaja`).
fn singular_after(stem: &str, rest: &str) -> bool {
    !(rest.starts_with(['t', 'j'])
        || (stem.ends_with('i') && rest.starts_with("en"))
        || (!stem.ends_with('i') && rest.starts_with('i')))
}

/// The longest form of a family word looked at, in bytes (`tyttärellekin`, `äiskällekään`).
const LONGEST_FAMILY_FORM: usize = 16;

/// Words that make a sentence say what anyone in a role may or would do (`Jos isä haluaa …,
/// hän voi …`), compared without regard to a capital.
const ANYONES: [&str; 5] = ["jos", "mikäli", "voi", "voivat", "kannattaa"];

/// The words of [`ANYONES`] that set a condition (`Jos … 12 vuotta täyttänyt lapsi …`).
const CONDITIONS: &[&str] = ANYONES.split_at(2).0;

/// Whether `part` has one of `words` as a word of its own, compared without regard to a
/// capital.
fn has_word(part: &str, words: &[&str]) -> bool {
    part.split(|c: char| !c.is_alphabetic())
        .any(|w| words.iter().any(|g| w.eq_ignore_ascii_case(g)))
}

/// The rest of the sentence of `text` from byte `from`, up to its end mark or line feed.
fn sentence_after(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    rest.find(SENTENCE_ENDS).map_or(rest, |k| &rest[..k])
}

/// The sentence of `text` up to byte `to`, from its start (after an end mark or line feed).
fn sentence_before(text: &str, to: usize) -> &str {
    let before = &text[..to];
    before
        .rfind(SENTENCE_ENDS)
        .map_or(before, |k| &before[k + 1..])
}

/// The characters that end a sentence for the finder's look around a word.
const SENTENCE_ENDS: [char; 4] = ['.', '!', '?', '\n'];

/// Beginnings of the quantifiers before which a possessed relation is many people (`jokaiselta
/// lapsenlapseltaan`, `kaikille lapsilleen`, `monelle ystävälleen`), in small letters.
const QUANTIFIERS: [&str; 6] = ["jokai", "kaik", "mone", "moni", "usea", "usei"];

/// The length in bytes of the longest of [`KIN_GENITIVES`].
const LONGEST_KIN_GENITIVE: usize = longest(KIN_GENITIVES);

/// Spoken pasts of the third person that drop their `-i` (`hoitaja kysy heti`, `setä sano et
/// …`), which the shape of a past tense does not see.
const SPOKEN_PASTS: &[&str] = &[
    "sano", "kysy", "kerto", "lupas", "osas", "jakso", "synty", "kehu",
];

/// Modal verbs that, before an infinitive, say what anyone in a role may or must do (`Äiti voi
/// hakea tukea`, `Isä saa jäädä kotiin`).
const MODALS: &[&str] = &[
    "voi",
    "saa",
    "pitää",
    "tarvitsee",
    "kannattaa",
    "joutuu",
    "täytyy",
];

/// `se` in the cases a person is spoken to in (`kysy siltä`, `sano sille`).
const SE_TOLD: [&str; 2] = ["sille", "siltä"];

/// Stems of the verbs of speaking to someone, standard and spoken (`kysykää`, `sanokee`,
/// `kerro`, `soita`, `ilmoita`, `kiitos`), before [`SE_TOLD`].
const SPEAKING: &[&str] = &[
    "kysy", "sano", "kerro", "kerto", "soita", "soitta", "ilmoita", "ilmota", "kiito", "kiitä",
    "kiitti", "viesti", "vastaa", "huikkaa", "vinkkaa",
];

/// Greetings and thanks sent to a person, as they begin (`terveisiä`, `terkut`, `onnea`,
/// `kiitos`, `tsemppiä`).
const SENT_TO: &[&str] = &[
    "terveis",
    "terkut",
    "terkku",
    "onnea",
    "onnit",
    "kiitos",
    "kiitokse",
    "tsemp",
    "halit",
    "haleja",
    "halauks",
    "voimia",
    "paranemis",
];

/// Stems of close family words, as their inflected forms begin (`poika`, `pojan`, `äidille`),
/// for [`Pass::family_of_named`]; the lexicon decides that the word is that relation.
const FAMILY_STEMS: &[&str] = &[
    "äiti", "äidi", "isä", "isi", "veli", "velje", "sisko", "sisar", "poika", "poja", "poik",
    "tytär", "tyttär", "vauva", "esikoi", "kuopu", "mummo", "mummi", "mummu", "ukki", "uki",
    "pappa", "papa", "vaari", "täti", "tädi", "setä", "sedä", "eno", "serkku", "serku", "vaimo",
    "puoliso",
];

/// Feelings only a person has, after the spoken `se` and `on` or `oli` (`se oli iloinen`),
/// compared whole.
const FEELINGS: &[&str] = &[
    "iloinen",
    "onnellinen",
    "surullinen",
    "vihainen",
    "tyytyväinen",
    "innoissaan",
    "fiiliksissä",
    "ihmeissään",
    "pahoillaan",
    "kiitollinen",
    "ylpeä",
    "peloissaan",
    "huolissaan",
    "otettu",
    "liikuttunut",
    "harmissaan",
    "pettynyt",
    "kiukkuinen",
    "väsynyt",
];

/// States of being away or ill after `on` (`ohjaaja on lomalla`), compared whole.
const AWAY: &[&str] = &[
    "lomalla",
    "sairaana",
    "sairaslomalla",
    "poissa",
    "estynyt",
    "kipeänä",
    "virkavapaalla",
    "vanhempainvapaalla",
    "äitiyslomalla",
    "isyyslomalla",
];

/// Thanks and endearments said before a relation or a title to the one addressed (`kiitos
/// ope!`, `rakas mummi.`), compared in small letters.
const ADDRESSING: &[&str] = &["kiitos", "kiitti", "rakas", "hyvä", "hei", "moi", "heippa"];

/// Conjunctions that open a clause, after which a role's noun may be its subject (`että poika
/// on …`, `kun hoitaja tuli`), compared in small letters.
const CLAUSE_OPENERS: &[&str] = &[
    "että", "kun", "koska", "mutta", "vaikka", "jos", "kunnes", "jotta", "ettei", "mut", "ku",
    "et", "jossa", "jolloin", "lopulta",
];

/// The reader in the second person after a present tense (`Hoitaja soittaa sinulle`), or the
/// reader's place (`sinne`, `kotiisi`): a step anyone in the role takes, compared in small
/// letters.
const TO_THE_READER: &[&str] = &[
    "sinulle", "sinua", "sinut", "sinuun", "sinulta", "sulle", "sua", "sut", "teille", "teitä",
    "teidät", "teihin", "teiltä", "teijät", "sinne", "kotiisi",
];

/// The copula after the spoken `se`, standard and spoken (`se on`, `se o`, `se oli`).
const COPULA: &[&str] = &["on", "oli", "o", "oo", "ol", "olis", "ois", "olisi"];

/// Whether `v`, in small letters, may be a clause's verb: the copula, or a word with the shape
/// of a finite verb or a past tense.
fn clause_verb(v: &str) -> bool {
    COPULA.contains(&v) || shape::looks_finite(v) || shape::looks_past(v)
}

/// Nouns for a person that are neither relations nor titles, in their base form, as what the
/// spoken `se` is said to be (`se on paras tyyppi`, `se on kova äijä`).
const PREDICATE_PEOPLE: &[&str] = &[
    "tyyppi", "äijä", "ihminen", "mies", "nainen", "tyttö", "poika", "persoona", "jätkä", "likka",
    "muija", "ukko", "akka", "herra", "rouva", "kingi", "legenda", "enkeli", "sankari", "mimmi",
];

/// Words that may stand between the spoken `se` and its verb (`se vaan jaksaa`).
/// Past participles of verbs only a person does, standard and spoken, for the perfect after
/// the spoken `se` (`se on käyny`, `se ei oo päässy`, `se on ilmottautunu`).
const PERSON_PARTICIPLES: &[&str] = &[
    "oppinu",
    "oppinut",
    "parantunu",
    "parantunut",
    "itkeny",
    "itkenyt",
    "pysähtyny",
    "pysähtynyt",
    "käyny",
    "käynyt",
    "tehny",
    "tehnyt",
    "sanonu",
    "sanonut",
    "kertonu",
    "kertonut",
    "soittanu",
    "soittanut",
    "ilmottautunu",
    "ilmoittautunut",
    "asunu",
    "asunut",
    "opiskellu",
    "opiskellut",
    "luvannu",
    "luvannut",
    "päässy",
    "päässyt",
    "vastannu",
    "vastannut",
    "jaksanu",
    "jaksanut",
    "osannu",
    "osannut",
    "tienny",
    "tiennyt",
    "halunnu",
    "halunnut",
    "ehtiny",
    "ehtinyt",
    "tykänny",
    "tykännyt",
    // taking no money (`Se ei ottanut edes bensarahaa`; the hundred-and-ninth persons set's
    // dev half)
    "ottanu",
    "ottanut",
];

/// Demonstratives and `kaiken` as the object between the spoken `se` and its verb (`Annelihan
/// se tämänkin hoiti`).
const SE_OBJECTS: &[&str] = &[
    "tämän",
    "tämänkin",
    "tän",
    "tätä",
    "tätäkin",
    "sen",
    "senkin",
    "sitä",
    "ton",
    "tota",
    "tuon",
    "tuota",
    "kaiken",
];

/// Words in `-ja`/`-jä` that name no one, compared with a word's end: workshops and limits
/// (`kirjapaja`, `ikäraja`), a tree, the army, a pastry, an icebreaker, a switch and a
/// quad bike (`Pihlaja kukkii`; the hundred-and-eleventh persons set's dev half).
const NOT_AGENTS: &[&str] = &[
    "paja",
    "raja",
    "pihlaja",
    "armeija",
    "pasteija",
    "murtaja",
    "katkaisija",
    "mönkijä",
];

/// Words said between a negation and its verb (`se ei edes pysähtynyt`, `se ei kuulemma
/// voi`), compared in small letters.
const NEGATED_FILLERS: &[&str] = &[
    "enää",
    "ennää",
    "edes",
    "ees",
    "oikein",
    "kuulemma",
    "ikinä",
    "koskaan",
    "viel",
    "viäl",
    "tänään",
    "tänää",
];

/// A person's verbs of mind and will in the negative form (`se ei muista`, `ei se jaksa`,
/// `se ei tiedä`), which a thing does not do.
const PERSON_CONNEGATIVES: &[&str] = &[
    "muista",
    "jaksa",
    "tiedä",
    "tiiä",
    "opi",
    "ymmärrä",
    "välitä",
    "kuuntele",
    "tajua",
    "halua",
    "suostu",
    "uskalla",
    "viitsi",
    "ehdi",
    "vastaa",
    "lue",
    "usko",
    "osaa",
    "voi",
];

/// The negation verb's forms that open a clause before the spoken `se` (`ei se kertonu`).
const NEGATIONS: &[&str] = &["ei", "ettei", "eikä", "eihän", "eikös", "eikö"];

/// Words of a person's state that may end a question about them (`Onks Marko vielä teillä
/// töissä?`, `Onko Honkasen Rauha vielä elossa?`), compared as written in small letters.
const STATE_WORDS: &[&str] = &[
    "enää",
    "nykyään",
    "töissä",
    "elossa",
    "kotona",
    "teillä",
    "täällä",
    "siellä",
    "kuuluu",
    "tulla",
    "tulossa",
    "mukana",
    "paikalla",
    "kunnossa",
    "oo",
    "ole",
];

/// Small adverbs that stand between a subject and its verb: the spoken `se` (`se vaan jaksaa`)
/// or a first name (`Hannu taas ehti`), compared as written in small letters.
const SMALL_ADVERBS: &[&str] = &[
    "vaan",
    "vain",
    "kyllä",
    "kyl",
    "aina",
    "vielä",
    "viälä",
    "jo",
    "just",
    "juuri",
    "taas",
    "myös",
    "sitten",
    "usein",
    "yleensä",
    "nyt",
    "ny",
    "tänään",
    "eilen",
    "itse",
    "ite",
    "itte",
    "ei",
    "jopa",
    "kuulemma",
    "heti",
];

/// The singular relative pronoun in its cases (`joka`, `jolla`, `jonka`, …).
const RELATIVES: &[&str] = &[
    "joka", "jonka", "jota", "jolla", "jolle", "jolta", "jossa", "josta", "johon", "jona",
];

/// Verbs of the reader's own words after a relative pronoun (`josta kirjoitit`, `jota
/// tarkoitatte`): the clause points at the one person the reader meant.
const YOUR_WORDS: &[&str] = &[
    "kirjoitit",
    "kirjoititte",
    "kysyit",
    "kysyitte",
    "mainitsit",
    "mainitsitte",
    "tarkoitat",
    "tarkoitatte",
    "tarkoitit",
    "tarkoititte",
    "kerroit",
    "kerroitte",
    "valitit",
    "valititte",
    "puhuit",
    "puhuitte",
    "kommentoit",
    "kommentoitte",
    "kuvasit",
    "kuvasitte",
];

impl Pass<'_> {
    /// The start of a singular relation noun and the relative pronoun after it at word `i`,
    /// when a name was mentioned earlier in the sentence: the clause tells about that person
    /// (`Eeli Virtanen voitti kilpailun, ja se on iso juttu pojalle, jolla on lukivaikeus`). A
    /// relation noun with no name before it is anyone (`tukea saa oppilas, jolla on …`).
    ///
    /// A clause telling what the reader said of the person (`Kuljettaja, josta kirjoitit`,
    /// `hoitajalle, jota tarkoitat`) singles one out without a name: the noun may then be any
    /// agent noun (`-ja`, `-jä`) as well, and be capitalised (it opens the sentence, often
    /// after the reader's handle).
    fn relative_clause(&mut self, i: usize) -> Option<usize> {
        if i == 0 {
            return None;
        }
        let t = self.buf[i];
        let prev = self.buf[i - 1];
        if t.w.case != Case::Lower
            || t.w.before != ','
            || prev.w.start < self.done_to
            || !RELATIVES.contains(&self.word(&t.w))
        {
            return None;
        }
        let spoken_of = self
            .buf
            .get(i + 1)
            .is_some_and(|v| v.w.joined && YOUR_WORDS.contains(&self.word(&v.w)));
        // A role that did something once is one person (`välitetään ne mekaanikolle, joka
        // huolsi autosi`, from the eighty-second persons set's dev half).
        let did = self.buf.get(i + 1).is_some_and(|v| {
            let l = self.word(&v.w);
            v.w.joined && v.w.case == Case::Lower && shape::looks_plain_past(l)
        });
        // A role opening the sentence that did something once too (`Mies, joka tuli
        // siivoamaan, teki …`, from the eighty-seventh persons set's dev half).
        let shaped = match prev.w.case {
            Case::Lower => spoken_of || did || self.named_in_sentence,
            Case::Capital => spoken_of || (did && prev.w.sentence_start),
            _ => false,
        };
        if !shaped {
            return None;
        }
        self.lower_of(self.word(&prev.w));
        let l = &self.lower;
        let person = !shape::is_plural(l)
            && (self.lex.relation_word(l, &mut self.hits)
                || (did && self.lex.role_word(l, &mut self.hits))
                || spoken_of && (l.ends_with("ja") || l.ends_with("jä")));
        person.then_some(prev.w.start)
    }

    /// Whether word `i` is one person thanked or greeted by a relation or title in the
    /// singular allative, with no name after it (`kiitos terveysaseman ihanalle hoitajalle`,
    /// `Kiitos asukkaalle, joka ilmoitti …`): the greeting goes to someone in particular.
    fn thanked(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let word = self.word(&t.w);
        if !t.w.small_or_opening() || !word.ends_with("lle") {
            return false;
        }
        let named_after = self
            .buf
            .get(i + 1)
            .is_some_and(|n| n.w.joined && n.w.case == Case::Capital);
        let greeted = i > 0
            && t.w.case == Case::Lower
            && t.w.joined
            && (i.saturating_sub(3)..i).rev().any(|k| {
                let g = self.buf[k];
                is_greeting(self.word(&g.w))
                    && g.w.start >= self.done_to
                    && self.buf[k + 1..i]
                        .iter()
                        .all(|b| b.w.joined && b.w.case == Case::Lower && !b.pronoun)
            });
        // The thanks said after the ones thanked, joined by `ja` (`Mummille ja ukille kiitos
        // villasukista`, `Hoitajalle kiitos`).
        let greeted = greeted
            || (i + 1..i + 4).any(|k| {
                self.buf.get(k).is_some_and(|g| {
                    g.w.joined && g.w.case == Case::Lower && is_greeting(self.word(&g.w))
                }) && self.buf[i + 1..k].iter().all(|b| {
                    let w = self.word(&b.w);
                    b.w.joined
                        && b.w.case == Case::Lower
                        && (matches!(w, "ja" | "sekä") || w.ends_with("lle"))
                })
            });
        if named_after || !greeted || shape::is_plural(word) {
            return false;
        }
        self.lower_of(word);
        self.lex.ends_in_role(&self.lower, &mut self.hits)
    }

    /// Whether word `i` is in small letters, joined to the word before it, in the singular and
    /// ends in one of `endings` (a case): the shape of a role that someone turned to or passed
    /// something on to. Not the police, an institution.
    fn singular_role_case(&self, i: usize, endings: &[&str]) -> bool {
        let t = self.buf[i];
        let word = self.word(&t.w);
        t.w.case == Case::Lower
            && t.w.joined
            && i > 0
            && endings.iter().any(|e| word.ends_with(e))
            && !shape::is_plural(word)
            && !lower_starts(word, "poliis")
    }

    /// Whether word `i`, a title or relation in the singular allative, is the one a message is
    /// passed on to (`välitämme palautteen osastonhoitajalle`, `Välitimme kysymyksesi neuvolan
    /// terveydenhoitajalle`, `välitämme ne myös kirjailijalle`; the persons sets' dev halves):
    /// the organisation forwards it to one person in that role. Not the police, an
    /// institution.
    fn forwarded_to(&mut self, i: usize) -> bool {
        if !self.singular_role_case(i, &["lle"]) {
            return false;
        }
        let t = self.buf[i];
        let word = self.word(&t.w);
        let passed = (i.saturating_sub(4)..i).any(|k| {
            let v = self.word(&self.buf[k].w);
            self.context(v).has(Group::Forwarding)
        });
        // A relative clause after it is read with it (`mekaanikolle, joka huolsi autosi`).
        let described = t.w.after == ','
            && self
                .buf
                .get(i + 1)
                .is_some_and(|n| RELATIVES.contains(&self.word(&n.w)));
        if !passed || described {
            return false;
        }
        self.lower_of(word);
        self.lex.ends_in_role(&self.lower, &mut self.hits)
    }

    /// Whether word `i` is a title in the singular allative or ablative, whom someone turned
    /// to in the past (`Rauha kysyi ohjaajalta`, `toivat sen suoraan
    /// talkkarille`, `Kysyin isännöitsijältä`, `huudettiin tuomarille`; the persons sets' dev
    /// halves): a deed done, so one particular person. A step told to the reader turns to
    /// anyone in the role (`voi ilmoittautua sihteerille`), and so does going from one to
    /// another (`juostiin lääkäriltä lääkärille`); a relation noun there is mostly a group's
    /// (`opetti kylän lapsille`, `lähti asiakkaalle`).
    fn role_turned_to(&mut self, i: usize) -> bool {
        if !self.singular_role_case(i, &["lle", "lta", "ltä"]) {
            return false;
        }
        let word = self.word(&self.buf[i].w);
        // From one to another (`juostiin lääkäriltä lääkärille`): no one in particular.
        let stem = word.get(..word.len() - 3).unwrap_or(word);
        let paired = [i.wrapping_sub(1), i + 1].iter().any(|&k| {
            self.buf
                .get(k)
                .is_some_and(|n| n.w.joined && self.word(&n.w).starts_with(stem))
        });
        if paired {
            return false;
        }
        let deed = (i.saturating_sub(3)..i).any(|k| {
            let v = self.word(&self.buf[k].w);
            self.buf[k].w.small_or_opening() && {
                self.lower_of(v);
                past_deed(&self.lower)
            }
        });
        if !deed {
            return false;
        }
        self.lower_of(word);
        self.lex.ends_in_title(&self.lower, &mut self.hits)
    }

    /// Whether word `i` ranks the relative after it (`nuorin`, `vanhemman`, `entinen`).
    fn rank(&self, i: usize) -> bool {
        let l = self.word(&self.buf[i].w);
        // `vanhemmat` and its forms are the parents themselves, a relation of their own.
        RANKS.iter().any(|r| l.starts_with(r))
            && !l.starts_with("vanhemmi")
            && !l.starts_with("vanhemmat")
    }
}

/// The determiner `se` in its singular cases, before a noun (`se poika`, `sille pojalle`).
const SE_DETERMINERS: [&str; 9] = [
    "se", "sen", "sitä", "sille", "sillä", "siltä", "siinä", "siitä", "siihen",
];

/// Determiners that single out one person of a group (`kyseinen asukas`, `erään potilaan`,
/// `asunnon nykyiselle asukkaalle`, `edellinen vuokralainen`), or point at one the post shows or
/// has told about (`tätä tyttöä`, `tämän naisen`).
const DEMONSTRATIVES: &[&str] = &[
    "tämä",
    "tämän",
    "tätä",
    "tälle",
    "tällä",
    "tältä",
    "tästä",
    "kyseinen",
    "kyseisen",
    "kyseiselle",
    "kyseisellä",
    "kyseiseltä",
    "kyseisestä",
    "kyseistä",
    "eräs",
    "erään",
    "eräälle",
    "eräällä",
    "eräältä",
    "eräästä",
    "erästä",
    "nykyinen",
    "nykyisen",
    "nykyiselle",
    "nykyisellä",
    "nykyiseltä",
    "nykyisestä",
    "nykyistä",
    "edellinen",
    "edellisen",
    "edelliselle",
    "edellisellä",
    "edelliseltä",
    "edellisestä",
    "edellistä",
];

/// Forms of `sama`, which single out the one told about before only with a word for a stranger
/// ([`STRANGERS`]: `sama herra teki saman jo viime kesänä`); with a role it states a practice
/// (`sama työntekijä kulkee perheen rinnalla`).
const SAME: &[&str] = &["sama", "saman", "samalle", "samalta", "samasta", "samaa"];

/// Stems of the words for a stranger: a man or a woman as one speaks of people one does not
/// name (`sama herra`, `kyseinen rouva`, `tämä tyyppi`).
const STRANGERS: &[&str] = &["herra", "rouva", "mies", "miehe", "tyyppi", "tyypi", "nais"];

/// Whether lower-case `word` is a form of a word for a stranger ([`STRANGERS`]).
fn stranger(word: &str) -> bool {
    STRANGERS.iter().any(|s| word.starts_with(s))
}

/// Whether lower-case `word` is a form of a noun for one person or household after a determiner:
/// one of [`SINGLED_OUT`] or a stranger.
fn singled_out(word: &str) -> bool {
    SINGLED_OUT.iter().any(|s| word.starts_with(s)) || stranger(word)
}

/// Stems of nouns for one household, after a name's genitive as a relation is (`Virtasen
/// perhe`, `Lehtosen pariskunta`): the family and the couple, whose head `kunta` is no
/// municipality here.
const ONE_HOUSEHOLD: [&str; 2] = ["perhe", "pariskun"];

/// Whether lower-case `word` is a form of a noun of [`ONE_HOUSEHOLD`].
fn one_household(word: &str) -> bool {
    ONE_HOUSEHOLD.iter().any(|s| word.starts_with(s))
}

/// Nouns for one person or household besides the relations of `words.rs` and the
/// [`STRANGERS`], after a determiner (`kyseinen perhe`, `erään henkilön`): their stems.
const SINGLED_OUT: &[&str] = &[
    ONE_HOUSEHOLD[0],
    ONE_HOUSEHOLD[1],
    "henkilö",
    "nuor",
    "nais",
    "nainen",
    "tyttö",
    "tytö",
    "hakij",
    "vuokralai",
    "kuntalai",
];

impl Pass<'_> {
    /// The last word of a determiner and a person noun starting at word `i` (`Kyseisellä
    /// asukkaalla`, `eräs perhe`), if it is one.
    fn demonstrative(&mut self, i: usize) -> Option<usize> {
        let t = self.buf[i];
        let word = self.word(&t.w);
        // Every determiner starts with `k`, `e`, `n`, `s` or `t` and has four letters or more:
        // most words go no further than this test (this runs on every word).
        if word.len() < 4 || !word.starts_with(['k', 'K', 'e', 'E', 'n', 'N', 's', 'S', 't', 'T']) {
            return None;
        }
        self.lower_of(word);
        let same = SAME.contains(&self.lower.as_str());
        if !same && !DEMONSTRATIVES.contains(&self.lower.as_str()) {
            return None;
        }
        let n = self.buf.get(i + 1).copied()?;
        if !n.w.joined || n.w.case != Case::Lower {
            return None;
        }
        let word = self.word(&n.w);
        if same {
            return stranger(word).then_some(i + 1);
        }
        if self.lex.relation_word(word, &mut self.hits) || singled_out(word) {
            return Some(i + 1);
        }
        // Describing words between (`eräs meidän entinen pitkäaikainen vapaaehtoinen`).
        self.description_after(i)
    }

    /// The last word of a person described after a spoken determiner (`se Rinnepolun
    /// punapipoinen yläkoululainen`, `sen uuden naapurin`): one to three describing words (a
    /// place or owner in the genitive, an adjective) and a singular person noun, also the last
    /// part of a compound. Spoken Finnish uses `se` and `tuo` as a definite article for someone
    /// both sides know; the description points at one person as a name does.
    fn described(&mut self, i: usize) -> Option<usize> {
        let word = self.word(&self.buf[i].w);
        // Every spoken determiner starts with `s` or `t` and has seven bytes at most: most words
        // go no further (this runs on every word).
        if word.len() > 7 || !word.starts_with(['s', 'S', 't', 'T']) {
            return None;
        }
        self.lower_of(word);
        // `siellä asuva rouva`: the one resident of a place just named, as `se` singles one out.
        if self.lower == "siellä" {
            let resident = self
                .buf
                .get(i + 1)
                .is_some_and(|n| n.w.joined && self.text[n.w.start..n.w.end].starts_with("asuv"));
            return (resident && self.person_noun(i + 2)).then_some(i + 2);
        }
        if !SPOKEN_DETERMINERS.contains(&self.lower.as_str()) {
            return None;
        }
        // `Se tyyppi joka oli tiskillä`: a bare person noun that a relative clause in the past
        // singles out (the eighty-seventh persons dev half), as a description does.
        if self.person_noun(i + 1) && (self.did_clause(i + 2) || self.person_verb_at(i + 2)) {
            return Some(i + 1);
        }
        self.description_after(i)
    }

    /// Whether word `k` is a verb only a person does, or a negation before one (`se
    /// rakennustarkastaja ei vastaa`, from the eighty-eighth persons set's dev half).
    fn person_verb_at(&self, k: usize) -> bool {
        match self.small_word(k) {
            Some(v) if NEGATIONS.contains(&v) => self
                .small_word(k + 1)
                .is_some_and(|c| PERSON_VERBS.contains(&c)),
            Some(v) => PERSON_VERBS.contains(&v),
            None => false,
        }
    }

    /// Whether word `k` opens a relative clause in the past (`joka oli`, `, jonka hoiti`):
    /// what someone once did, which points at one person.
    fn did_clause(&self, k: usize) -> bool {
        let (Some(r), Some(v)) = (self.buf.get(k), self.buf.get(k + 1)) else {
            return false;
        };
        (r.w.joined || r.w.before == ',')
            && r.w.case == Case::Lower
            && RELATIVES.contains(&self.word(&r.w))
            && v.w.joined
            && v.w.case == Case::Lower
            && shape::looks_plain_past(self.word(&v.w))
    }

    /// The last word of one to three describing words and a singular person noun after word `i`
    /// (`uusi amanuenssi`, `Rinnepolun punapipoinen yläkoululainen`, `meidän entinen
    /// vapaaehtoinen`), if they follow it.
    fn description_after(&mut self, i: usize) -> Option<usize> {
        // A determiner in an outer local case agrees with the words after it (`sille ihanalle
        // yöhoitajalle`, `sille pitkälle tummatukkaiselle myyjälle`; the persons sets' dev
        // halves): a word in the same case describes as an adjective in the base form does.
        let determiner = self.word(&self.buf[i].w);
        let agreeing = ["lle", "lta", "ltä", "lla", "llä"]
            .into_iter()
            .find(|e| determiner.len() > 3 && determiner.ends_with(e));
        for j in i + 1..=i + 4 {
            let n = self.buf.get(j).copied()?;
            if !n.w.joined {
                return None;
            }
            let word = self.word(&n.w);
            // The last of the nouns in a row (`nuorin poika`: `nuorin` is one too).
            if j > i + 1 && self.person_noun(j) && !(j < i + 4 && self.person_noun(j + 1)) {
                return Some(j);
            }
            // After a first describing word, a place in the genitive too (`se kolmannen
            // kerroksen päätyasunnon herrasmies`): a word of five letters or more in `-n`.
            let place = j > i + 1 && word.ends_with('n') && word.chars().nth(4).is_some();
            let describing = match n.w.case {
                _ if !word.chars().all(char::is_alphabetic) => false,
                Case::Capital => word.ends_with('n'),
                Case::Lower => {
                    place
                        || DESCRIBING_ENDS.iter().any(|e| word.ends_with(e))
                        || agreeing.is_some_and(|e| word.ends_with(e) && word.len() > e.len() + 3)
                }
                _ => false,
            };
            if !describing || j == i + 4 {
                return None;
            }
        }
        None
    }
}

/// Kin of a household (`talon poika`, `mökin vaimo`): their stems.
const HOUSEHOLD_KIN: &[&str] = &[
    "poika", "poja", "poi", "tyttö", "tytö", "tytär", "tyttär", "isä", "äiti", "äidi", "mies",
    "miehe", "vaimo", "pappa", "mummo", "ukko", "uko", "akka", "aka", "vauva",
];

impl<'a> Pass<'a> {
    /// Whether word `j` is a singular person noun in small letters, after the previous word
    /// with only spaces between: a relation or a title, also as the last part of a compound
    /// (`se uusi amanuenssi`), or one of [`SINGLED_OUT`].
    fn person_noun(&mut self, j: usize) -> bool {
        self.singular_small(j)
            .is_some_and(|word| self.lex.ends_in_role(word, &mut self.hits) || singled_out(word))
    }

    /// Word `j` when it is in small letters and not plural, after the previous word with only
    /// spaces between.
    fn singular_small(&self, j: usize) -> Option<&'a str> {
        self.small_word(j).filter(|w| !shape::is_plural(w))
    }

    /// Word `j` when it is in small letters, after the previous word with only spaces between.
    fn small_word(&self, j: usize) -> Option<&'a str> {
        let n = self.buf.get(j)?;
        (n.w.joined && n.w.case == Case::Lower).then(|| self.word(&n.w))
    }
}

/// What the conjunction `sillä` (for) opens before `on`, which is no one's (`…, sillä on
/// tärkeää tietää`), as those words begin.
const SILLA_CLAUSES: &[&str] = &[
    "tärkeä",
    "syytä",
    "kyse",
    "kysymys",
    "mahdollis",
    "odotettav",
    "hyvä",
    "parempi",
    "vaikea",
    "helppo",
    "turha",
    "selvä",
    "tarpeen",
    "tarkoitus",
    "myös",
    "aika",
];

/// Postpositions and words of amount after the genitive `sen` (`sen takia`, `sen kanssa`, `sen
/// enempää`), which then stands for a thing, a time or an amount. Those that end in `-n` (`sen
/// jälkeen`, `sen mukaan`) are no noun in another case anyway.
const POSTPOSITIONS: &[&str] = &[
    "kanssa",
    "kans",
    "takia",
    "takii",
    "vuoksi",
    "vuoks",
    "mukaa",
    "jälkee",
    "sijasta",
    "päälle",
    "päällä",
    "alle",
    "alla",
    "luona",
    "luokse",
    "luo",
    "kautta",
    "avulla",
    "puolesta",
    "ansiosta",
    "edessä",
    "takana",
    "vieressä",
    "lisäksi",
    "yli",
    "ali",
    "läpi",
    "ympäri",
    "aikana",
    "kohdalla",
    "osalta",
    "myötä",
    "vuoro",
    "ohi",
    "sisällä",
    "ulkopuolella",
    "enempää",
    "kummempaa",
    "lisää",
];

/// Stems of what befalls a person in the news, as their participles and past tenses begin
/// (`kadonneen`, `loukkaantunut`, `kuoli`, `pudonneen`, `pidätetty`), for [`Pass::befallen`].
const BEFALLEN: &[&str] = &[
    "kadon",
    "katos",
    "pudon",
    "putos",
    "loukkaantu",
    "kuoll",
    "kuoli",
    "menehty",
    "hukkun",
    "hukkui",
    "eksyn",
    "eksyi",
    "pelastet",
    "pelastu",
    "pidätet",
    "vangit",
    "kiinniotet",
    "karan",
    "karkas",
    "ryöstet",
    "pahoinpidel",
    "puukotet",
    "ammuttu",
    "ammutu",
    "törmän",
    "törmäs",
    "vammautu",
    "kaapat",
    "uhkail",
    "syytet",
    "tuomit",
];

/// Spoken determiners before a described person (`se`, `tuo`, `toi` and their singular cases).
const SPOKEN_DETERMINERS: &[&str] = &[
    "se", "sen", "sitä", "sille", "siltä", "siitä", "sillä", "tuo", "tuon", "tuolle", "tuolta",
    "toi", "ton", "tolle", "tolta",
];

/// Endings of describing words between a determiner and its person noun: adjectives in `-inen`
/// and their genitive, `-ton`/`-tön`, comparatives and superlatives, a few adjectives people
/// are described with (`uusi`, `nuori`, `pieni`), and the owners `meidän` and `teidän`.
const DESCRIBING_ENDS: &[&str] = &[
    "nen", "sen", "ton", "tön", "ttoman", "ttömän", "mpi", "mman", "mmän", "in", "uusi", "uuden",
    "meidän", "teidän", "nuori", "nuoren", "pieni", "pienen", "vanha", "vanhan", "iso", "ison",
    "pitkä", "pitkän",
];

/// Letters every age adjective has (a quick test before the matcher's).
const AGE_MARKS: [&str; 5] = ["vuotia", "kymppi", "ikäi", "kuukauti", "viikkoi"];

/// Whether the part of an age adjective before its head is a number (`75-`, `kolme`, `keski-`)
/// and the adjective is singular (`yli 65-vuotiaat` are a group). The partitive plural of
/// `-kymppinen` is the birthday idiom (`juhlii viisikymppisiä`).
fn age_prefix(l: &str) -> bool {
    let Some((at, head)) = AGE_MARKS.iter().find_map(|h| l.rfind(h).map(|a| (a, *h))) else {
        return false;
    };
    let rest = &l[at + head.len()..];
    let plural = if head == "vuotia" {
        rest.starts_with('i') || rest.starts_with("at")
    } else {
        (rest.starts_with("si") && !(head == "kymppi" && rest.starts_with("siä")))
            || rest.starts_with("set")
            || rest.starts_with("sten")
    };
    shape::is_number(&l[..at]) && !plural
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_of_individuals() {
        for w in [
            "75-vuotiaalle",
            "kolmevuotiaan",
            "seitsemänkymppinen",
            "viisikymppisiä",
            "keski-ikäinen",
            "puolivuotias",
        ] {
            assert!(age_prefix(w), "{w}");
        }
        for w in [
            "65-vuotiaat",
            "65-vuotiaille",
            "viisikymppiset",
            "kouluikäinen",
            "eri-ikäisiä",
        ] {
            assert!(!age_prefix(w), "{w}");
        }
    }

    fn mentions(text: &str) -> Vec<(&str, MentionKind)> {
        let mut out = Vec::new();
        crate::persons::PersonFinder::builtin().find(text, &mut out);
        out.iter()
            .map(|m| (&text[m.start..m.end], m.kind))
            .collect()
    }

    #[test]
    fn a_rarer_ordinary_word_at_a_sentence_start_is_no_name() {
        // Ennalta reads as Enna + lta, Lukitse as a name form too; the analyser's list of
        // ordinary words (data/ordinary-words.txt) says they are an adverb and a verb.
        assert!(mentions("Ennalta estävän toiminnan konstaapeli tulee kertomaan.").is_empty());
        assert!(mentions("Muutama vinkki:\n• Lukitse kaappi aina.").is_empty());
        // A name that is no such word still is one.
        assert_eq!(
            mentions("Ennalle onnittelut!"),
            [("Ennalle", MentionKind::FirstName)]
        );
        // An emoji in place of the stop opens a sentence too (`Ensi` is next, not a name).
        assert!(
            mentions("Oppisopimus = palkka + tutkinto 💼 Ensi keskiviikkona klo 15 info.")
                .is_empty()
        );
        assert_eq!(
            mentions("Oppisopimus = palkka + tutkinto 💼 Ennalle onnittelut!"),
            [("Ennalle", MentionKind::FirstName)]
        );
    }

    #[test]
    fn the_second_person_is_someone_only_when_a_name_is_said_to_them() {
        use MentionKind::{Addressee, FirstName, Relation};
        assert_eq!(
            mentions("Kiitos, Toni! Oli ilo saada sinut mukaan."),
            [("Toni", FirstName), ("sinut", Addressee)]
        );
        assert_eq!(
            mentions("@Reetta sun mummo ois kyl ylpee susta!"),
            [
                ("Reetta", Addressee),
                ("sun mummo", Relation),
                ("susta", Addressee)
            ]
        );
        assert_eq!(
            mentions("Leena, sun ansiosta kaikki sujui!"),
            [("Leena", FirstName), ("sun", Addressee)]
        );
        // Spoken to no one by name, `sinä` is any reader; a name talked about is not spoken to.
        assert!(mentions("Tule sinäkin mukaan talkoisiin!").is_empty());
        assert_eq!(
            mentions("Jos sinulla on kysyttävää, Leena vastaa."),
            [("Leena", FirstName)]
        );
    }

    #[test]
    fn relations_ages_and_names_of_the_seventy_second_round() {
        use MentionKind::{Age, FirstName, FullName, Pronoun, Relation};
        let cases: [(&str, &[(&str, MentionKind)]); 14] = [
            // A possessive after the partitive of a word in a rounded vowel; not the illative.
            (
                "Seija hoitaa kotona puolisoaan.",
                &[("Seija", FirstName), ("puolisoaan", Relation)],
            ),
            // The illative is no possessive; a bare family word is one relative (`own_kin`).
            (
                "Hän muutti vaimoon päin.",
                &[("Hän", Pronoun), ("vaimoon", Relation)],
            ),
            // A rank noun is the relation when none follows; a rank adjective needs one.
            (
                "Minnan ja Jarin esikoinen aloitti.",
                &[
                    ("Minnan", FirstName),
                    ("Jarin", FirstName),
                    ("esikoinen", Relation),
                ],
            ),
            ("Sannan vanhin muutti.", &[("Sannan", FirstName)]),
            // Years in shorthand right after a name; not `12 v. sitten`.
            (
                "Muistamme: Aune Laitinen 88 v., Väinö Pesonen 91 v.",
                &[
                    ("Aune Laitinen", FullName),
                    ("88 v", Age),
                    ("Väinö Pesonen", FullName),
                    ("91 v", Age),
                ],
            ),
            (
                "Matti Virtanen 12 v. sitten muutti.",
                &[("Matti Virtanen", FullName)],
            ),
            (
                "Ville-Veikko 4 v. kävi hammaslääkärissä.",
                &[("Ville-Veikko", FirstName), ("4 v", Age)],
            ),
            // A family word opening a sentence before a spoken verb of telling.
            ("Mamma sano et saan tulla.", &[("Mamma", Relation)]),
            // In a text typed without capitals, a first name frequent only as a name, of five
            // letters or more, also opening a sentence.
            ("meil on mikko ja anu ehdolla", &[("mikko", FirstName)]),
            ("mika ihme tää on", &[]),
            (
                "eilen oli treenit. mikko tuli myöhässä",
                &[("mikko", FirstName)],
            ),
            // Two capitalised words no list has, told about with a relative pronoun; not a shop.
            (
                "Syksyllä nähdään Priya Nair, joka tuo mukanaan tanssiteoksen.",
                &[("Priya Nair", FullName)],
            ),
            (
                "Kiitos K-Market Vaskirannalle, joka lahjoitti perunaa.",
                &[],
            ),
            ("Kuuntele Apple Music, joka on hyvä.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(mentions(text), want, "{text}");
        }
    }

    #[test]
    fn the_plural_pronoun_is_its_own_kind() {
        assert_eq!(
            mentions("Hänellä on flunssa, ja heidän lähipiirilleen tarjotaan rokotetta."),
            [
                ("Hänellä", MentionKind::Pronoun),
                ("heidän", MentionKind::PluralPronoun)
            ]
        );
    }

    #[test]
    fn spoken_owners_handles_and_titled_foreign_names() {
        use MentionKind::{Addressee, FirstName, FullName, Relation};
        // A spoken possessive owns the relation after it, and the two words are one mention.
        for (text, want) in [
            ("mun veli soittaa rumpuja", "mun veli"),
            ("Mun isi sano et kerho loppuu neljältä", "Mun isi"),
            ("Moikka, sun poika unohti kypäränsä", "sun poika"),
            ("Meidän mummo tuli hakemaan", "Meidän mummo"),
        ] {
            assert_eq!(mentions(text), [(want, Relation)], "{text}");
        }
        // A pronoun before no relation is no one (`mun mielestä`), nor a plural (`sun kaverit`).
        for text in ["mun mielestä tää on hyvä", "sun kaverit on tervetulleita"] {
            assert!(mentions(text).is_empty(), "{text}: {:?}", mentions(text));
        }
        // A reply's handle that is a first name is the person answered; other handles are no one.
        assert_eq!(
            mentions("@Marjatta Kiitos kysymyksestä!"),
            [("Marjatta", Addressee)]
        );
        assert!(mentions("@kirjasto @Helsinki kiitos!").is_empty());
        // In lower case only a first name that is no common word (`@tuuli.energia` is a firm).
        assert_eq!(
            mentions("@niko.kivela kiitos kysymyksestä!"),
            [("niko", Addressee)]
        );
        assert!(mentions("@tuuli.energia @kirjasto_kuopio kiitos!").is_empty());
        // A first name run together with more, or a word-like one with a name after it.
        for (text, handle) in [
            ("Hei @villeplays, voitko laittaa osoitteen?", "villeplays"),
            ("Viikon kysymys @TeemuDev: mikä on paras tapa?", "TeemuDev"),
            ("@lumiaurora kiitti tästä!", "lumiaurora"),
        ] {
            assert_eq!(mentions(text).first(), Some(&(handle, Addressee)), "{text}");
        }
        assert!(mentions("@finnair @veikkaus @tampereenkaupunki @marimekko kiitos!").is_empty());
        // A short first name frequent as a name, typed without capitals where a name is
        // expected: opening the sentence, after a greeting or after another name and `ja`.
        for (text, names) in [
            ("kiitos anne ja piia ku jaksoitte", ["anne", "piia"]),
            (
                "ollaan vajaalla ku minttu ja eki on kipeenä",
                ["minttu", "eki"],
            ),
        ] {
            let found: Vec<_> = mentions(text).into_iter().map(|(n, k)| (k, n)).collect();
            assert_eq!(found, names.map(|n| (FirstName, n)), "{text}");
        }
        assert_eq!(mentions("ismo oli ihan paras eilen"), [("ismo", FirstName)]);
        assert!(mentions("iso kiitos: eikä hymy hyytynyt, mika oli se juttu").is_empty());
        // Two unlisted capitals after a title in its base form are a full name.
        assert_eq!(
            mentions("Kuoron johtaja Kristīne Ozola kiitti."),
            [("johtaja Kristīne Ozola", FullName)]
        );
        assert!(mentions("Tervehdyksen toi johtaja Suomen Pankista.").is_empty());
        // Also after a title with a possessive suffix opening the sentence.
        assert_eq!(
            mentions("Lähihoitajamme Ngozi Okafor palkittiin."),
            [("Lähihoitajamme", Relation), ("Ngozi Okafor", FullName)]
        );
    }

    #[test]
    fn a_surname_then_an_initial_is_a_full_name() {
        assert_eq!(
            mentions("ke Nuutinen A. – työkykyarvio"),
            [("Nuutinen A.", MentionKind::FullName)]
        );
        assert!(mentions("Liite A. on lopussa.").is_empty());
    }

    #[test]
    fn a_person_noun_then_an_age_in_shorthand() {
        use MentionKind::Age;
        for (text, want) in [
            ("Hälytys: rintakipu, mies 78v, Koskelantie 14.", "mies 78v"),
            ("EV 1 B, kaatunut nainen 84 v, ovi auki", "nainen 84 v"),
            ("Kuljetettavana poika 12-v ja äiti.", "poika 12-v"),
        ] {
            assert!(
                mentions(text).contains(&(want, Age)),
                "{text}: {:?}",
                mentions(text)
            );
        }
        // A count of things is no age (`tuoli 12`, `2 v takuu`).
        for text in ["Tarjolla tuoli 12 v takuulla.", "Huone 78v on varattu."] {
            assert!(
                !mentions(text).iter().any(|m| m.1 == Age),
                "{text}: {:?}",
                mentions(text)
            );
        }
    }

    #[test]
    fn ages_in_words_and_coordinated_names() {
        use MentionKind::{Age, FirstName, FullName};
        for (text, want) in [
            (
                "Bruno on vasta kolmen kuukauden ikäinen.",
                "kolmen kuukauden ikäinen",
            ),
            ("Helmi Salonen (5 v.) piirsi kuvan.", "(5 v.)"),
        ] {
            assert!(
                mentions(text).contains(&(want, Age)),
                "{text}: {:?}",
                mentions(text)
            );
        }
        assert!(mentions("Eetu täytti juuri 18 ja pääsi töihin.").contains(&("18", Age)));
        // A number after the age verb that another clause follows is no age when it counts
        // something else (`täytti lomakkeen 3 kohtaa`).
        assert!(!mentions("Eetu täytti lomakkeen 3 kohtaa ja lähetti sen.")
            .iter()
            .any(|m| m.1 == Age));
        // A plural form of the verb gives the age of a group (`65 vuotta täyttäneet`).
        for text in [
            "Rokotteen saavat 65 vuotta täyttäneet ja raskaana olevat.",
            "Kutsu lähetetään kaikille, jotka täyttävät tänä vuonna 70.",
            // A condition on anyone of that age.
            "Jos huoltajat tai 12 vuotta täyttänyt lapsi vastustavat sitä, asian ratkaisee hallinto-oikeus.",
        ] {
            assert!(!mentions(text).iter().any(|m| m.1 == Age), "{text}");
        }
        assert!(
            mentions("Kutsu lähti Einolle, 70 vuotta täyttäneelle veteraanille.")
                .iter()
                .any(|m| m.1 == Age)
        );
        assert_eq!(
            mentions("Svetlana ja Dragan Petrović avasivat leipomon."),
            [("Svetlana", FirstName), ("Dragan Petrović", FullName)]
        );
        assert_eq!(
            mentions("Kiitokset Björnille ja Märtalle Pellingin saaristoretkestä!"),
            [("Björnille", FirstName), ("Märtalle", FirstName)]
        );
        // Listed with commas after a surname, in its case (`Kovalenkolle`) or a base form.
        assert_eq!(
            mentions("Kiitos Lindqvistille, Kovalenkolle ja Ekholmille yhteistyöstä."),
            [
                ("Lindqvistille", MentionKind::Surname),
                ("Kovalenkolle", MentionKind::Surname),
                ("Ekholmille", MentionKind::Surname)
            ]
        );
        assert_eq!(
            mentions("Maalit tekivät Virtanen, Okafor ja Lindholm.").len(),
            3
        );
        // Not a place's or a team's genitive after a surname's.
        assert!(mentions("Kiurun ja Kotkan tiimit yhdistyvät.")
            .iter()
            .all(|m| m.0 != "Kotkan"));
        // A first name before an institution's genitive stays a name of the institution.
        assert!(mentions("Amos Rexin näyttely on maksuton.").is_empty());
    }

    #[test]
    fn names_of_things_and_places() {
        use MentionKind::{FirstName, FullName, Surname};
        // A thing's noun before a name, an institution after a genitive, and the inessive
        // (people take the outer local cases) name no person.
        for text in [
            "Kahvila Helmi on suljettu juhannuksena.",
            // A name before ry, oy or rf names the body (`Karelia ry:n hallitus`).
            "Terveisin Pakolaisystävät Karelia ry:n hallitus",
            "Tarjoilusta vastaa Virtanen Oy.",
            "Kukkakauppa Lilja avasi uuden myymälän.",
            "Jäänmurtaja Otso avasi väylän.",
            "Ilmoita poissaolosta Wilmassa.",
            "Kalliossa on kesällä katujuhlat.",
            "Voittajat tulivat Kallion koulusta.",
            "Muutosneuvottelut Lehtoniemen konepajalla alkoivat tänään.",
            // A breed, a club and a plant's variety named like a person, in single quotes too.
            "Beagle Hertta karkasi eilen illalla.",
            "Maksakaa jäsenmaksu Kalastusseura Ahvenen tilille.",
            "Ruusu 'John Davis' selvisi talvesta ilman suojausta.",
            "Tomaatti 'Ida Gold' oli makein.",
            "Meillä 'Tiny Tim' punastui jo heinäkuussa.",
        ] {
            assert!(mentions(text).is_empty(), "{text}: {:?}", mentions(text));
        }
        // A title before a place where one works, but not before one who has something.
        assert!(mentions("Hän on nykyään lääkäri Tampereella.")
            .iter()
            .all(|m| m.1 != Surname));
        assert_eq!(
            mentions("Opettaja Salolla on kokous."),
            [("Opettaja Salolla", Surname)]
        );
        // The same names as people: a title is no thing (`rehtori`, though it ends in `ori`),
        // a thing's noun in another case is someone's (`kaupan Liisa`), a name that ends so in
        // its base form is no inessive (`Vanessa`), and a child's school trip is the child's.
        for (text, want) in [
            (
                "Rehtori Helmi Laine aloittaa.",
                ("Rehtori Helmi Laine", FullName),
            ),
            ("Kiitos kaupan Liisalle!", ("Liisalle", FirstName)),
            ("Kiitos Vanessa!", ("Vanessa", FirstName)),
            ("Tänään Virtasen koulumatka sujui.", ("Virtasen", Surname)),
            // A staircase's letter after a family is no part of a name (`B-rapusta`).
            ("Mäkelät B-rapusta muuttivat.", ("Mäkelät", Surname)),
            // A first name that is also a plant.
            (
                "Ruusu Kivinen esitteli tutor-toiminnan.",
                ("Ruusu Kivinen", FullName),
            ),
            ("Kiitos 'Pekka' kun autoit.", ("Pekka", FirstName)),
        ] {
            assert_eq!(mentions(text), [want], "{text}");
        }
    }

    #[test]
    fn family_words_unlisted_surnames_and_years() {
        use MentionKind::{Age, FirstName, FullName, Relation, Surname};
        let cases: [(&str, &[(&str, MentionKind)]); 7] = [
            ("Mummo nukkui pois rauhallisesti.", &[("Mummo", Relation)]),
            ("faija on käyny siellä.", &[("faija", Relation)]),
            (
                "Onnea Heikkiläiselle ja Mattilaisille!",
                &[("Heikkiläiselle", Surname), ("Mattilaisille", Surname)],
            ),
            (
                "Terveisiä Pirkolle ja Erkille Espanjaan.",
                &[("Pirkolle", FirstName), ("Erkille", FirstName)],
            ),
            (
                "Onneksi olkoon Erkki Haapaniemi, 95 vuotta ja yhä uimassa!",
                &[("Erkki Haapaniemi", FullName), ("95 vuotta", Age)],
            ),
            (
                "Tänään Ella on kolme vuotta.",
                &[("Ella", FirstName), ("kolme vuotta", Age)],
            ),
            (
                "Eilen nelivuotias Samuli voitti.",
                &[("nelivuotias", Age), ("Samuli", FirstName)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(mentions(text), want, "{text}");
        }
        // Many grandparents, an organisation's name, a place and a compound are no one.
        for text in [
            "Mummot ja papat ovat tervetulleita.",
            "Kirja ilmestyi Suomalaisen Kirjallisuuden Seuran kustantamana.",
            "Harjoitukset siirtyvät Kauniaisten urheiluhalliin.",
            "Kotia odottaa Rauha-niminen kissa.",
        ] {
            assert!(mentions(text).is_empty(), "{text}: {:?}", mentions(text));
        }
    }

    #[test]
    fn a_name_with_an_initial_and_one_person_of_a_group() {
        assert_eq!(
            mentions("Liisa K. on sairauslomalla."),
            [("Liisa K.", MentionKind::FullName)]
        );
        assert_eq!(
            mentions("Käynti Koivukuja 5:een, kun siellä asuva rouva oli kaatunut."),
            [("siellä asuva rouva", MentionKind::Relation)]
        );
        assert!(mentions("Siellä asuvat perheet saavat kirjeen.").is_empty());
        assert_eq!(
            mentions("Kuulimme, että rouva Virtanen sairastaa."),
            [("rouva Virtanen", MentionKind::FullName)]
        );
        assert_eq!(
            mentions("Rehtori Turunen avasi juhlan."),
            [("Rehtori Turunen", MentionKind::Surname)]
        );
        assert_eq!(
            mentions("Poliisi kuulusteli Tommi R:ää eilen."),
            [("Tommi R:ää", MentionKind::FullName)]
        );
        for (text, span) in [
            ("Kyseinen asukas on tuomittu aiemminkin.", "Kyseinen asukas"),
            (
                "Kyseisellä vuokralaisella on velkaa.",
                "Kyseisellä vuokralaisella",
            ),
            ("Erään potilaan hoito viivästyi.", "Erään potilaan"),
            ("Kyseinen perhe sai päätöksen.", "Kyseinen perhe"),
            (
                "Kyseiselle pariskunnalle maksettiin tukea.",
                "Kyseiselle pariskunnalle",
            ),
        ] {
            assert_eq!(mentions(text), [(span, MentionKind::Relation)], "{text}");
        }
        // A determiner before a thing, or a name before a word, is no person.
        assert!(mentions("Kyseinen asia käsitellään kokouksessa.").is_empty());
    }

    #[test]
    fn relatives_of_a_named_owner_and_wishes_before_a_name() {
        use MentionKind::{FullName, Relation};
        let cases: [(&str, &[(&str, MentionKind)]); 18] = [
            (
                "Virtasen perheen lapset otettiin huostaan.",
                &[("Virtasen perheen lapset", Relation)],
            ),
            (
                "Tiedämme, että Virtasen pariskunta Koskenkylässä on sosiaalityön asiakkaana.",
                &[("Virtasen pariskunta", Relation)],
            ),
            (
                "Matti Virtasen puoliso ja lapset ovat turvakodissa.",
                &[
                    ("Matti Virtasen", FullName),
                    ("puoliso ja lapset", Relation),
                ],
            ),
            // `ja` before a word that is no relation ends the relatives.
            (
                "Matti Virtasen äiti ja kunta sopivat asiasta.",
                &[("Matti Virtasen", FullName), ("äiti", Relation)],
            ),
            // A rank between the owner and the relation.
            (
                "Paikalla nähtiin Salmisen nuorin poika mopollaan.",
                &[("Salmisen nuorin poika", Relation)],
            ),
            // A spoken determiner before a described person is one mention with it.
            (
                "Paikalla nähtiin se Salmisen nuorin poika mopollaan.",
                &[("se Salmisen nuorin poika", Relation)],
            ),
            (
                "Kyseessä oli se Rinnepolun punapipoinen yläkoululainen kavereineen.",
                &[(
                    "se Rinnepolun punapipoinen yläkoululainen kavereineen",
                    Relation,
                )],
            ),
            // A name the lists lack, owning its family.
            (
                "Koulumme oppilaan Dawit Tesfayen perhe sai päätöksen maanantaina.",
                &[("Dawit Tesfayen perhe", Relation)],
            ),
            // The same one as before.
            (
                "Kamerasta näkyy, että sama herra teki saman jo viime kesänä.",
                &[("sama herra", Relation)],
            ),
            // Places in the genitive after a first describing word.
            (
                "Se kolmannen kerroksen päätyasunnon herrasmies voisi kantaa laskun.",
                &[("Se kolmannen kerroksen päätyasunnon herrasmies", Relation)],
            ),
            // The current or the former one of a flat or a post (`nykyiselle asukkaalle`).
            (
                "Asunnon nykyiselle asukkaalle on haettu häätö.",
                &[("nykyiselle asukkaalle", Relation)],
            ),
            // Describing words after a singling determiner.
            (
                "Taustalla oli eräs meidän entinen pitkäaikainen vapaaehtoinen.",
                &[("eräs meidän entinen pitkäaikainen vapaaehtoinen", Relation)],
            ),
            // A title is a described person too (`se uusi amanuenssi`).
            (
                "Ei se uusi amanuenssi mikään kultakala ole.",
                &[("se uusi amanuenssi", Relation)],
            ),
            // A household's kin (`talon poika`), and someone the reader wrote about.
            ("Poliisi epäilee talon poikaa.", &[("poikaa", Relation)]),
            // A pointing determiner before a person noun.
            (
                "Diabetes ei pysäytä tätä tyttöä!",
                &[("tätä tyttöä", Relation)],
            ),
            // A first name after a nickname or role and a hyphen.
            (
                "Ville vei fuksi-Emman kotiin.",
                &[
                    ("Ville", MentionKind::FirstName),
                    ("fuksi-Emman", MentionKind::FirstName),
                ],
            ),
            (
                "Kuljettaja, josta kirjoitit, ei enää aja meillä.",
                &[("Kuljettaja, josta", Relation)],
            ),
            // A relation noun and a relative pronoun after a name in the sentence.
            (
                "Eeli Virtanen voitti, ja se on iso juttu pojalle, jolla on lukivaikeus.",
                &[("Eeli Virtanen", FullName), ("pojalle, jolla", Relation)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(mentions(text), want, "{text}");
        }
        // With no name before it, a relation noun is anyone.
        assert!(mentions("Tukea saa oppilas, jolla on lukivaikeus.").is_empty());
        // A determiner before a thing, a plural or no describing word; any resident of a
        // house; an abbreviation before a kin word's look-alike (`HS:n appista`).
        for text in [
            "Se uusi kirja on hyllyssä.",
            "Ne Rinnepolun punapipoiset yläkoululaiset kävivät täällä.",
            "Se poika on kiltti.",
            "Talon asukas voi hakea avustusta.",
            "Kuvakaappasin sen HS:n appista.",
            "Kuljettaja, joka ajaa linjaa 5, vaihtuu.",
            "Tämä kirja ja tämän päivän nuoret.",
            "Etelä-Savon ja itä-Suomen kunnat.",
        ] {
            assert!(mentions(text).is_empty(), "{text}: {:?}", mentions(text));
        }
        assert_eq!(
            mentions("Onnea Veeralle, joka jää äitiyslomalle!"),
            [("Veeralle", MentionKind::FirstName)]
        );
    }

    #[test]
    fn frequent_names_open_a_sentence_before_a_verb() {
        for (text, name) in [
            ("Pekka sai potkut.", "Pekka"),
            ("Jarmo teki sen.", "Jarmo"),
            ("Jukka sairastaa diabetesta.", "Jukka"),
            ("Emma on allerginen pähkinöille.", "Emma"),
            ("Tarja kuuluu ammattiliittoon.", "Tarja"),
            // Addressed: a first name and a comma.
            ("Eetu, olet eturivissä.", "Eetu"),
            // With an aside about the person.
            (
                "Jere (kokkilinja, 2. vuosi) sai hylkäävän päätöksen.",
                "Jere",
            ),
        ] {
            assert_eq!(mentions(text), [(name, MentionKind::FirstName)], "{text}");
        }
        // With the surname in brackets.
        let text = "Samin (Leppänen) palkka on 3 450 €.";
        assert_eq!(
            mentions(text)[0],
            ("Samin", MentionKind::FirstName),
            "{text}"
        );
        assert!(mentions("Kallio rannan takana on rauhoitettu.").is_empty());
        assert!(mentions("Taisto sarjapaikasta oli tiukka.").is_empty());
        assert!(mentions("Kallio, ranta ja metsä ovat rauhoitettuja.").is_empty());
    }

    /// Each line: a text, ` => ` and its mentions as `span:Kind`, separated by ` | ` (none
    /// after the arrow when there is no one).
    const TITLES_SE_YOU_CREDITS: &str = "\
Sairaalapappi Harri kävi tapaamassa. => Sairaalapappi Harri:FirstName
He kysyivät kaavoitusarkkitehti Rintalalta. => He:PluralPronoun | kaavoitusarkkitehti Rintalalta:Surname
Matti Hakola on kova äijä, se hiihti kaikki kisat! => Matti Hakola:FullName | se:Pronoun
Sannapa se osaa! => Sannapa:FirstName | se:Pronoun
Jarmo toi lantaa ilmaiseksi. Se ei ottanut edes bensarahaa. => Jarmo:FirstName | Se:Pronoun
Näin eilen Sannin ihan läheltä, ja se moikkasi takaisin! => Sannin:FirstName | se:Pronoun
Jarmo toi uuden auton. Se ei käynnistynyt aamulla. => Jarmo:FirstName
Sun poika unohti kypäränsä aulaan, se on nyt infossa. => Sun poika:Relation
Kirjasto on auki, se sulkeutuu kello 20. =>
Ahmed ja Zeynep, kiitos! Ilman teitä ei olisi onnistunut. => Ahmed:FirstName | Zeynep:FirstName | teitä:PluralPronoun
Kiitos Ristolle ja Sirkalle, ja kiitos teille kaikille! => Ristolle:FirstName | Sirkalle:FirstName
Rauno Heikkilä saapui vaimoineen ja lapsenlapsineen. => Rauno Heikkilä:FullName | vaimoineen:Relation | lapsenlapsineen:Relation
Tänään hakevat ukki ja mummi. => ukki:Relation | mummi:Relation
Teksti: AH / Kuvat: Jussi Salonen => AH:Initials | Jussi Salonen:FullName
Haudattu: Toivo Armas Kettunen, 84 v. => Toivo Armas Kettunen:FullName | 84 v:Age
Koskisen Eero (7v) löysi avaimen. => Koskisen Eero:FullName | (7v):Age
Karhu Sanna, 4.lk, edustaa koulua. => Karhu Sanna:FullName
Tiedote tulee Wilmaan ja lähtee Wilman kautta. =>
Kaarinan ja Salon välinen ottelu pelataan torstaina. =>
Kokko poltetaan Lahtisten rannassa. => Lahtisten:Surname
Kyllä Rauno osaa, ku se lavalle astuu. => Rauno:FirstName | se:Pronoun
Näin Kimmon eilen kaupassa ja se oli jo parantunut! => Kimmon:FirstName | se:Pronoun
Soititko jo Virtaselle siitä laskusta? Se pitäis hoitaa ennen perjantaita. => Virtaselle:Surname
Sano Ollille et se on kingi. => Ollille:FirstName | se:Pronoun
Pappa on taas ihan fiksu, se jopa muisti Ellan nimen. => Pappa:Relation | se:Pronoun | Ellan:FirstName
Onni ja Lumi juoksivat kisan kolmesti. => Onni:FirstName | Lumi:FirstName
Topi & Late voittivat soutukisan. => Topi:FirstName | Late:FirstName
Timo se on kyl niin kova tyyppi. => Timo:FirstName | se:Pronoun
Annahan se taas keksi laulun. => Annahan:FirstName | se:Pronoun
Tuuli ja sade haittasivat kisaa. =>
Kesä ja Talvi -näyttely avautuu. =>
Ootteks nähny Jartsaa? Sen auto on vieläkin pihalla. => Jartsaa:FirstName | Sen:Pronoun
Tänään ollaan ilman Mattia, sillä on hammaslääkäri. => Mattia:FirstName | sillä:Pronoun
Pekka osti auton, sen moottori on rikki. => Pekka:FirstName
Matti esitteli kirjansa, sen kansi on hieno. => Matti:FirstName
Kysy Annalta, sen jälkeen päätetään. => Annalta:FirstName
Ilmoittautukaa Annalle, sillä on tärkeää tietää määrä. => Annalle:FirstName
Kaitsu pääsi kotiin, terveisiä sille koko porukalta! => Kaitsu:FirstName | sille:Pronoun
Tuutori Veikka auttoi, sille iso kiitos! => Tuutori Veikka:FirstName | sille:Pronoun
Toivotan Pekalle onnea, sille tielle moni ei uskalla. => Pekalle:FirstName
Olli lähti jo kotiin, se oli ihan poikki. => Olli:FirstName | se:Pronoun
Tuuli kävi niin kovana, että piknik siirrettiin. =>
Lahja odottaa autotallissa. =>
Kadonneen veneilijän etsintöjä jatketaan. => veneilijän:Relation
Tampereella kuoli jalankulkija torstaina. => jalankulkija:Relation
Sairastunut lapsi pidetään kotona. =>
Kirkossa luetaan kuolleiden seurakuntalaisten nimet. =>";

    /// A title before a name is one mention with it; spoken `se` after a person before a
    /// verb only a person does (not after a thing said in between); the plural `te` after two
    /// people named (not said to everyone); relatives in the comitative and two family words
    /// joined; credits and ages in shorthand; the schools' Wilma, two places, a family's shore.
    #[test]
    fn titles_spoken_se_plural_you_and_credits() {
        check_table(TITLES_SE_YOU_CREDITS);
    }

    const GREETED_OWNED_PAIRS: &str = "\
Anteeksi Kaija, unohdin sinut listasta. => Kaija:FirstName | sinut:Addressee
terkut Villelle varastoon, ilman sua ei pärjättäis => Villelle:FirstName | sua:Addressee
Kiitos Oonalle ja Jarille, te olitte mahtavia. => Oonalle:FirstName | Jarille:FirstName | te:PluralPronoun
Onnea Lehtoset, teidän pihanne voitti! => Lehtoset:Surname | teidän:PluralPronoun
Onnea Lehtoset, teidän lapsenne pärjäsivät! => Lehtoset:Surname | teidän lapsenne:Relation
Vartijamme Reijo löysi lompakon. => Vartijamme:Relation | Reijo:FirstName
Opiskelijamme Svetlana pääsi finaaliin. => Opiskelijamme:Relation | Svetlana:FirstName
Opiskelijamme Ylämaalta pääsi finaaliin. => Opiskelijamme:Relation
Onnea 95-vuotiaalle mummillemme Siirille! => 95-vuotiaalle:Age | mummillemme:Relation | Siirille:FirstName
85-vuotias ukki kävi kylässä. => 85-vuotias:Age | ukki:Relation
Kuraattori Mehmet Demirtaş on lomalla. => Kuraattori Mehmet Demirtaş:FullName
Kiitos koulun ihanalle keittäjälle! => keittäjälle:Relation
Kiitos kaikille kävijöille! =>
Olet vastuussa matkustajistasi. =>
TK ja JV ovat paikalla tiistaina. => TK:Initials | JV:Initials
EU ja YK sopivat asiasta. =>";

    /// Second persons after a name greeted or begged pardon of; `te` and `teidän` after people
    /// named (the owner of a relation is that relation's); a title with a possessive before an
    /// unlisted name; family words after an age; a title before an unlisted surname; one person
    /// thanked by role; two people's initials (not two acronyms).
    #[test]
    fn greeted_owned_and_paired() {
        check_table(GREETED_OWNED_PAIRS);
    }

    const SPOKEN_TO_AND_APPOSED: &str = "\
Onks Anssilla jo avaimet? kysykää siltä => Anssilla:FirstName | siltä:Pronoun
Mittee Tuomolle kuuluu? Sanokee sille terveisiä. => Tuomolle:FirstName | sille:Pronoun
Kiitos Matille! Kerro sille pojalle terveisiä. => Matille:FirstName
Kiitos Matille! Laita sille kansi päälle. => Matille:FirstName
äänestin Jannea, se on paras tyyppi koko listalla => Jannea:FirstName | se:Pronoun
Terveisiä Hilkalle, se oli osaston paras vapaaehtoinen! => Hilkalle:FirstName | se:Pronoun
Kiitos Annelle. Se on hyvä kirja. => Annelle:FirstName
Tapahtuman yhteyshenkilö: Satu Nyberg, p. 050 111 2233 => yhteyshenkilö:Relation | Satu Nyberg:FullName
Tulossa on uusi lääkäri, Tomi Heiskanen, jota odotamme. => lääkäri:Relation | Tomi Heiskanen:FullName
Kirjaston uusi johtaja on Johanna Vesterinen. => Johanna Vesterinen:FullName
Kysy hoitajilta, Anna tietää. => Anna:FirstName
Puoliso Marko ilmoittautui taas. => Puoliso Marko:FirstName
Valmentaja Karhu vei joukkueen finaaliin. => Valmentaja Karhu:Surname
Tiesitkö, että valvojamme Karoliina pelaa vesipalloa? => valvojamme Karoliina:FirstName
Naapurin poika soitti päivystykseen. => poika:Relation
Mikossa on kapteenin ainesta. => Mikossa:FirstName
Ullassa yhdistyvät ammattitaito ja huumori. => Ullassa:FirstName
Wilmassa on uusi viesti. =>
Onnea Pertsalle 40 vuoden jäsenyydestä! => Pertsalle:FirstName
naapurin poika se taas ajeli mopolla => poika:Relation | se:Pronoun
Kiitos Annelle! Se auto osaa ajaa itse. => Annelle:FirstName
Soitin Ossille, se haluu tulla mukaan. => Ossille:FirstName | se:Pronoun
Kiitos kaikille talkoisiin osallistuneille! -jk => -jk:Initials
Nähdään ensi viikolla! -ok =>
Peurakolari Nurmijärventiellä: kuljettaja selvisi säikähdyksellä. => kuljettaja:Relation
Luokan avustaja antoi Jimille oman nurkkauksen. => avustaja:Relation | Jimille:FirstName
Hoitaja soittaa sinulle huomenna. =>
Hoitaja voi soittaa sinulle huomenna. =>
Hoitaja ottaa teihin yhteyttä. =>
Rehtori kiittää kaikkia talkoisiin osallistuneita. => Rehtori:Relation
Vanhempi konstaapeli Aho kertoi asiasta. => konstaapeli Aho:Surname
Poliisi tavoitti kuljettajan illalla. =>
Hei MK, voisitko tuoda merkit toimistolle? => MK:Initials
Kiitos HUS, hyvä tiedote! =>
Pikkuveli meni hammaslääkäriin. => Pikkuveli:Relation
Tänään paikalla ovat Hamid ja Parisa. => Hamid:FirstName | Parisa:FirstName
Tänään paikalla ovat Hamid ja Kumppanit Oy. => Hamid:FirstName";

    /// The spoken `sille`, `siltä` a verb of speaking is said to, and `se` said to be a person,
    /// after a person (not a determiner, not a thing put somewhere, not a thing said to be
    /// good); a role that a name after a colon or a comma says who it is (not after `on`, not
    /// in the plural); kin opening a sentence before a name (a title there stays the name's);
    /// our agent noun before a name; the neighbour's son; a first name in the inessive of what
    /// a person has in them (not the schools' Wilma); a nickname; the spoken topic doubled
    /// (`naapurin poika se …`) and `se` before a verb of wanting (not a determiner); initials
    /// in small letters signing a post (not a word); a role as the subject of a past tense (not
    /// of a present one, nor before a title); initials greeted (not an acronym); a sibling
    /// opening a sentence as a name does; a capital no list has after a first name and `ja`
    /// (not before another capital).
    #[test]
    fn spoken_to_and_apposed() {
        check_table(SPOKEN_TO_AND_APPOSED);
    }

    /// Family of a named person, roles in the perfect, thanks said after the thanked, a title
    /// owned by the writers and a name typed with a letter thrice.
    const FAMILY_PERFECT_THANKS: &str = "\
Onnittelut Kallelle ja Tiinalle pienen pojan syntymästä, äiti ja vauva voivat hyvin! => Kallelle:FirstName | Tiinalle:FirstName | pojan:Relation | äiti:Relation | vauva:Relation
Leevin äiti kertoi, että poika on harjoitellut kotona joka ilta. => Leevin:FirstName | äiti:Relation | poika:Relation
Valmentaja Mikko kysyy, pääseekö joku kuskaamaan poikia Kouvolaan. => Valmentaja Mikko:FirstName
Sanna kertoi, että asiakas voi soittaa maanantaina. => Sanna:FirstName
Neuvolassa kerrotaan, että äiti voi tuoda vauvan mukaan. =>
Koulukuraattori on tavannut hänet kahdesti tällä viikolla. => hänet:Pronoun
Hoitajalle kiitos hyvästä hoidosta! => Hoitajalle:Relation
Iso kiitos kaikille talkoisiin osallistuneille! =>
Uusi pappimme Kristian Hætta aloittaa syyskuussa. => pappimme:Relation | Kristian Hætta:FullName
Kiitos Sannna ja Juho että autoitte! => Sannna:FirstName | Juho:FirstName
Virtaset muuttivat viime kuussa Kumpulaan. => Virtaset:Surname
Heikkiläset tarjosivat talkoolaisille hernekeiton. => Heikkiläset:Surname
Kristiina Bäckman valittiin puheenjohtajaksi. => Kristiina Bäckman:FullName
Janina Koskelan kultamitali on seuran ensimmäinen. => Janina Koskelan:FullName
Vietimme juhannuksen tädin mökillä. => tädin:Relation
Meidän Kirsimme jää eläkkeelle. => Kirsimme:FirstName
Ota yhteyttä Lahtiseen, jos kysyttävää on. => Lahtiseen:Surname
Mummo soitti just et se on ilmottautunu kiinan kurssille. => Mummo:Relation | se:Pronoun
Hänellä oli viime vuonna Kontulan ostarin paikka. => Hänellä:Pronoun
Hakkarainen voitti taas! => Hakkarainen:Surname
Suomalainen voitti kultaa. =>
Teemu ja veljensä Joonas edustivat seuraa. => Teemu:FirstName | veljensä:Relation | Joonas:FirstName
Iso kiitos Iiron vanhemmille kyydeistä. => Iiron:FirstName | vanhemmille:Relation
Meidän opettaja oli ihan paras, kiitos ope!! => Meidän opettaja:Relation | ope:Relation
Hyvä asiakas, muistathan maksaa laskun. =>
Kerho perutaan, koska ohjaaja on lomalla. => ohjaaja:Relation
Pappa ja mummi tulivat katsomaan ottelua. => Pappa:Relation | mummi:Relation
Veikko Huovinen -seuran lukupiiri kokoontuu torstaina. =>
Löytötavaroissa on yksi Hello Kitty -reppu. =>
Matti Virtanen -niminen mies soitti. => Matti Virtanen:FullName | mies:Relation
Kysyin Kelasta, ja Kalle Kela neuvoi. => Kalle Kela:FullName
mummu ja vaari on lähteny jo ajamaan, ne on perillä kuudelta => mummu:Relation | vaari:Relation | ne:PluralPronoun
Laitoin viestiä Heidille ja Villelle, onks ne lomalla? => Heidille:FirstName | Villelle:FirstName | ne:PluralPronoun
Kalle ja Elias heitteli kiviä, ne lensi pitkälle. => Kalle:FirstName | Elias:FirstName
Kävin kattomassa Irjaa, ja se oli tosi iloinen kun toin kukkia => Irjaa:FirstName | se:Pronoun
Kävin Irjan juhlissa, se oli iloinen yllätys. => Irjan:FirstName
Täti täyttää tänään 75 ja juhlii kerhohuoneessa. => Täti:Relation | 75:Age
Ei se kiva reissu ollu, mut setä sano et porukka oli huippua. => setä:Relation
Mummu se kehu teijän hoitajia kovasti. => Mummu:Relation | se:Pronoun
Äiti voi hakea tukea neuvolasta. =>
Kävin hammaslääkärissä ja hoitaja kysy heti, pelkäänkö. => hoitaja:Relation
Talous- ja velkaneuvoja haluaisi jokaisen tietävän tämän. =>
Kirkkoherramme on lomalla heinäkuun. => Kirkkoherramme:Relation
Peurakolari Nurmijärventiellä: kuljettaja selvisi säikähdyksellä. => kuljettaja:Relation
Palvelutalo Helmen joulumyyjäiset ovat lauantaina. =>
Seniorikoti Ilonan kuoro esiintyy. =>
Lehtosen veljekset Oy:n rekat ajavat maitoa. =>
Marttiinin puukolla ei kannata avata pakkauksia. =>
Vanhempani asuvat nykyään samassa palvelutalossa. => Vanhempani:Relation
Kiitos naapureillemme uusista penkeistä! => naapureillemme:Relation
Jäsenemme saavat alennusta venetarvikeliikkeestä. =>
Kiitos asukkaillemme kärsivällisyydestä! =>
Anni Haataja ja Mette Kristiansen hiihtivät hopealle. => Anni Haataja:FullName | Mette Kristiansen:FullName
Eilen tavattiin legendaarinen Juha Mieto. => Juha Mieto:FullName
Onnittelut Aleksandra Novakille kihlauksesta! => Aleksandra Novakille:FullName
Lastenosastolla luettiin tänään Peppi Pitkätossua. =>
Risteily lähtee Silja Serenadella perjantaina. =>
Pelipaitojen rintaan tulee Pekan Pizzerian logo. =>
Pormestarin kanssa keskustelu oli rakentavaa. => Pormestarin:Relation
Ministeri ei ehtinyt vastata kaikkiin kysymyksiin. => Ministeri:Relation
Sanoin, että kannattaa kysyä kunnanjohtajalta. => kunnanjohtajalta:Relation
Rehtorin virka on haettavana tammikuun loppuun. =>
Kirkkoherranvirasto on suljettu perjantaina. =>
Merja Koivula jatkaa kunnanjohtajana vuoden loppuun. => Merja Koivula:FullName
Kaaso Ronja ja morsiusneito Veera hoitivat ohjelman. => Kaaso Ronja:FirstName | morsiusneito Veera:FirstName
Yhteysalus Aurora liikennöi kesällä tiheämmin. =>
Onni aloitti meillä kesäkuussa. => Onni:FirstName
Lumi aloitti meillä tänään ja ehti jo tehdä kolme värjäystä. => Lumi:FirstName
Epäilty on noin 180-senttinen mies. => Epäilty:Relation
Oikeus määräsi hänet maksamaan uhrille 2 000 euroa. => hänet:Pronoun | uhrille:Relation
Poliisi tutkii epäiltyä petosta. =>
Syytetty Petra Lindholm kiisti syyllistyneensä kavallukseen. => Syytetty Petra Lindholm:FullName";

    #[test]
    fn family_perfect_and_thanks() {
        check_table(FAMILY_PERFECT_THANKS);
    }

    /// From the eighty-second persons set's dev half: a name with its company or home after
    /// it, an unlisted name after a relation whose stem changed, a role that did something.
    #[test]
    fn company_kin_before_a_name_and_a_role_that_did() {
        check_table(
            "\
Heikki vaimoineen on syönyt meillä joka perjantai. => Heikki:FirstName | vaimoineen:Relation
Virtanen vaimoineen hoiti kahvituksen. => Virtanen:Surname | vaimoineen:Relation
Eno saapui kesäjuhlille vaimoineen. => Eno:Relation | vaimoineen:Relation
Ostokset voi hakea Vesalta, hää on kotona arkisin. => Vesalta:FirstName | hää:Pronoun
Seppo naapurista tuli aamulla lapioimaan koko pihan. => Seppo:FirstName
Olena ja hänen tyttärensä Daryna ovat meillä jo kolmatta kesää. => Olena:FirstName | hänen:Pronoun | tyttärensä:Relation | Daryna:FirstName
Välitetään ne mekaanikolle, joka huolsi autosi. => mekaanikolle, joka:Relation
Mekaanikko, joka huoltaa autosi, soittaa. =>
Isän muisti on heikentynyt nopeasti syksyn aikana. => Isän:Relation
Soitin kotihoitoon, koska äidin lääkkeet oli taas jätetty pöydälle. => äidin:Relation
Äidin jaksaminen on tärkeää vauvavuonna. =>
Appiukko pääsi viimein kotiin sairaalasta. => Appiukko:Relation
Autokorjaamo K. Rantanen Oy palvelee ma–pe. =>
Kadonnut kissa! Harmaa leikattu uros nimeltä Pekka, tulee kutsuttaessa. =>
Paikka järjestyi Kivirannan hoivakodista. =>
",
        );
    }

    /// Names that name no one person, from the eighty-second persons set's dev half: the
    /// plural of a first name, the calendar's name day, a sports club after its town.
    #[test]
    fn name_days_plural_first_names_and_clubs() {
        check_table(
            "\
Kaikki Tiinat, Liisat ja Maijat saavat nimipäivänään kahvin kaupan päälle! =>
Tänään nimipäiväänsä viettävät almanakan mukaan Kalle, Kaarlo ja Kaarle. =>
Tänään on Sannan nimipäivä, ja kahvilassa saa pullan. =>
Tänään nimipäiväänsä viettää myös toimistomme oma Anneli – onnea! => Anneli:FirstName
Asiakkaamme Marjut kertoo, että hän sai puhua. => Asiakkaamme:Relation | Marjut:FirstName | hän:Pronoun
Kärkeen hiihti Saga Lindholm Tornion Tarmosta. => Saga Lindholm:FullName
Kotihoidon asiakas, 87-vuotias Suomussalmen Eila, muuttaa. => 87-vuotias:Age | Eila:FirstName
",
        );
    }

    #[test]
    fn ages_after_relations_roles_singled_out_by_a_past_clause_and_new_titles() {
        check_table(
            "\
Tyttäreni (7) sai ensimmäisen oikean kampauksen. => Tyttäreni:Relation | (7):Age
Hintaan sisältyy kaksi kampausta (2) ja föönaus. =>
Se tyyppi joka oli tiskillä eilen oli tosi tyly. => Se tyyppi:Relation
Se lehmä joka oli laitumella karkasi. =>
Mies, joka tuli siivoamaan, teki sisäpinnat hyvin. => Mies, joka:Relation
Asiakas, joka haluaa ajan, soittaa numeroon 040 123 4567. =>
Ngozi Okafor (31) väittelee perjantaina. => Ngozi Okafor:FullName | (31):Age
No siis kuka muu ku Jussi, tietysti se unohti taas haalarinsa bussiin. => Jussi:FirstName | se:Pronoun
Leipurimme sairastui yllättäen aamulla. => Leipurimme:Relation
Ensi viikolla kampuksella vierailee alumnimme. => alumnimme:Relation
",
        );
    }

    #[test]
    fn farms_unlisted_surnames_grandparents_and_a_continued_subject() {
        check_table(
            "\
Tätini asui koko ikänsä Niskalan talossa. => Tätini:Relation
Kesäkuun kylätapahtuma alkaa Mäntylän tilan pihalta. =>
Vietettiin hopeahäitä Lehtoniemen tilalla. =>
Runebergintortut ovat taas täällä! Niitä saa kahvilastamme helmikuun alkuun asti. =>
Kiitos Lauri Thesleffille avusta! => Lauri Thesleffille:FullName
Lauri Pohjanpää kirjoitti runon. => Lauri Pohjanpää:FullName
Hella Wuolijoki kirjoitti näytelmän. => Hella Wuolijoki:FullName
Tämä kuva on otettu ukin ja mummin hääpäivänä. => ukin:Relation | mummin:Relation
Mummot ja vaarit ovat tervetulleita. =>
Mummille ja ukille kiitos villasukista! => Mummille:Relation | ukille:Relation
Kahvila Mummon Kammari avaa kesäkauden. =>
Eila sai kukkia jokaiselta lapsenlapseltaan. => Eila:FirstName
Onnea tänään nimipäiväänsä viettäville Sampoille ja Samsoille! =>
Nimipäiväonnittelut kaikille Vilhoille, Viljamille ja Viljoille! =>
Nimipäiväonnittelut Annelille ja kiitos kaikille! => Annelille:FirstName
Avustaja pääsee esitykseen maksutta, kun näyttää kortin. =>
Puhallinorkesteri Sointu esiintyy. =>
Sain viestin et Anu on jo matkalla, se tuo kahvit mukanaan. => Anu:FirstName | se:Pronoun
Pekka osti auton, se kulkee hyvin. => Pekka:FirstName
Vielä viime kesänä isä souti itse mökille, mutta nyt hän ei jaksa. => isä:Relation | hän:Pronoun
Isä voi hakea vapaata, kun hän haluaa jäädä kotiin. => hän:Pronoun
Kiitos Märtalle Pellingin saaristoretken järjestämisestä! => Märtalle:FirstName
",
        );
    }

    /// Checks lines of `text => span:Kind | …` against the finder.
    #[test]
    fn families_in_local_cases_owned_agents_rooms_fairs_firms_initials_and_greetings() {
        // The eighty-ninth persons set's dev half (and the greeting, the ninetieth's).
        check_table(
            "\
Sain Lindbergeiltä ohjeet hunajan linkoamiseen. => Lindbergeiltä:Surname
Kävin eilen Holmströmeillä katsomassa navettaa. => Holmströmeillä:Surname
Kallioilla kiipeily on kielletty. =>
Uusi kehittäjämme on jo ehtinyt korjata kolme bugia. => kehittäjämme:Relation
Juniorikehittäjämme kysyi eilen hyvän kysymyksen. => Juniorikehittäjämme:Relation
Kehittäjämme ovat ahkeria. =>
Neuvotteluhuone Minna Canth on varattu perjantaina. =>
Palvelin Nuuskamuikkunen kaatui yöllä. =>
Löydät teltan Kustaa Vaasan koulun kentältä. =>
Heinäkuussa pidettävät Jaakon markkinat keräävät tuhansia kävijöitä. =>
Tavataan Heikin markkinoilla! =>
Kiitos Kallio & Koski Asianajotoimistolle luottamuksesta. =>
Kiitos Matti & Maija! => Matti:FirstName | Maija:FirstName
Kiitos M.K:lle kommentista. => M.K:lle:Initials
Konsulttimme Tero Väisänen auttoi asiakasta. => Konsulttimme:Relation | Tero Väisänen:FullName
Kiitos, Tapio, kun tulit aamulla! Sinua ilman emme olisi aloittaneet. => Tapio:FirstName | Sinua:Addressee
Hei, Liisa, sun kakku oli paras. => Liisa:FirstName | sun:Addressee
",
        );
    }

    #[test]
    fn characters_makers_nicknames_forwarded_and_trips() {
        // The ninety-first persons and drafts sets' dev halves.
        check_table(
            "\
Seitsemän veljeksen Juhanina nähdään Antti Lautamäki. => Antti Lautamäki:FullName
Carmenin roolissa vuorottelevat Jenni Kosonen ja Mirja Ahlgren. => Jenni Kosonen:FullName | Mirja Ahlgren:FullName
Eskoa esittävä Ville Tiihonen saa salin nauramaan. => Ville Tiihonen:FullName
Hänet tunnetaan paremmin Jopena, ja hänet nähdään lavalla. => Hänet:Pronoun | Jopena:FirstName | hänet:Pronoun
Hänen tulkintansa Haydnin C-duurikonsertosta hiljensi salin. => Hänen:Pronoun | Haydnin:Surname
Kuulimme Brahmsin pianotrion. => Brahmsin:Surname
Tanssimme Säkkijärven polkkaa. =>
Talkkari-Jorma sano et fillarit viedään pois. => Talkkari-Jorma:FirstName
Pohjois-Karjalan kunnat ovat mukana. =>
Avain on lainassa Aikioilla viikonlopun ajan. => Aikioilla:Surname
Kallioilla kasvaa jäkälää. =>
Jarmo poraa aina, eilen se aloitti jo seitsemältä. => Jarmo:FirstName | se:Pronoun
Välitämme palautteen osastonhoitajalle. => osastonhoitajalle:Relation
Asiasta on tehty ilmoitus poliisille, välitämme tiedon poliisille. =>
kiitos sille pitkälle tummatukkaiselle myyjälle joka auttoi => sille pitkälle tummatukkaiselle myyjälle:Relation
Kanoottiretki Unnukalle ja iltanuotio. =>
Syysretki suuntautuu tänä vuonna Kolille. =>
Anteeks Anu, en huomannu sun viestiä. => Anu:FirstName | sun:Addressee
Pelargoniat ilahduttaa, kiitos sulle Toini, ne on kauniita. => sulle:Addressee | Toini:FirstName
Hannu taas ehti ensimmäisenä laavulle. => Hannu:FirstName
Tuuli taas kääntyi pohjoiseen. =>
",
        );
    }

    #[test]
    fn nicknames_shorthand_ages_and_kin_before_names() {
        // The ninety-third persons set's dev half.
        check_table(
            "\
Tiina, joka tunnetaan talossa paremmin Tinttinä, on hoitanut vaihdetta. => Tiina:FirstName | Tinttinä:FirstName
Kaupunki tunnetaan Suomen Manchesterina. =>
Onnea Satulle 30v! => Satulle:FirstName | 30v:Age
Lapsenlapsi Eelis toi kukat. => Lapsenlapsi Eelis:FirstName
Syntymäpäiväsankari Helvi kiittää. => Syntymäpäiväsankari Helvi:FirstName
Neukkari Sibelius on tänään remontissa. =>
Olavi itse kävi vielä salilla. => Olavi:FirstName
Máret Kuuva esitti joikuja. => Máret Kuuva:FullName
Onnea ylioppilaalle Eveliina Sirén-Lindqvistille! => ylioppilaalle Eveliina Sirén-Lindqvistille:FullName
Muistamme kuorolaistamme Elli Mäkelää. => kuorolaistamme Elli Mäkelää:FullName
Lupakäsittelijä Nguyen Thi Lan on tavoitettavissa. => Lupakäsittelijä Nguyen Thi Lan:FullName
Ostin lippuja Annalle ja Villelle. => Annalle:FirstName | Villelle:FirstName
Niemisten kaksoset Veera ja Venla aloittavat. => Niemisten kaksoset:Relation | Veera:FirstName | Venla:FirstName
Kunnanhallituksen jäsen Jenni Hakala jääväsi itsensä. => jäsen Jenni Hakala:FullName
Anni Kuusela o.s. Harju nukkui pois. => Anni Kuusela:FullName | Harju:Surname
Rasilan vanhan maitolaiturin kunnostus valmistui. =>
Sähkökatko koskee koko Myllymäen aluetta. =>
Nimitimme Antti Näkkäläjärven kalastusalueen valvojaksi. => Antti Näkkäläjärven:FullName
Niemi kertoi asiasta. => Niemi:Surname
Siskon kanssa ollaan leivottu koko ilta. => Siskon:Relation
Äidin kanssa vietetty aika on tärkeää. =>
Virtanen taas sanoi kahvilla. => Virtanen:Surname
",
        );
    }

    /// A bare family word in the singular is the writer's own relative, unless it is anyone's,
    /// a title, a count, a work's name or a predicate (`own_kin`).
    const OWN_KIN: &str = "\
Veljeni kanssa kävimme tyhjentämässä äidin taloa. => Veljeni:Relation | äidin:Relation
Sisko kävi eilen isän luona. => Sisko:Relation | isän:Relation
Kiitos kuvista, näytän ne huomenna äidille. => äidille:Relation
Mökkilaiturin rakensivat salaa vävy ja tytär. => vävy:Relation | tytär:Relation
Jos isä haluaa jäädä kotiin, hän voi hakea tukea. => hän:Pronoun
Pilkkikisan isä–poika-sarjan voitti Eemeli Hakala. => Eemeli Hakala:FullName
Isä Mikael toimittaa liturgian. => Isä Mikael:FirstName
Kesäteatteri esittää Seitsemän veljestä. =>
Lukupiiri lukee Huonemiehen pojan. =>
Hän on kahden lapsen äiti. => Hän:Pronoun
Muistakaa myös ne, joilla ei enää ole äitiä. =>
Äidin jaksaminen on tärkeää. =>";

    #[test]
    fn own_family_words_bare_in_the_singular() {
        check_table(OWN_KIN);
    }

    /// A person asked about in a question, then the spoken `se` opening the answer; bare
    /// initials as a subject or a sign-off; names listed for their name day or as names;
    /// contests and foundations named after someone.
    const ASKED_ABOUT_AND_BARE_INITIALS: &str = "\
Muistatteko Kalevin? Se oli talonmiehenä täällä 30 vuotta. => Kalevin:FirstName | Se:Pronoun
Mitä Anttonille nykyään kuuluu? Se oli paras hahmo. => Anttonille:FirstName | Se:Pronoun
Mistä Tomppa oikeen löys ton vanhan mopon? Se kulkee paremmin ku mun auto. => Tomppa:FirstName
Muistatteko Kalevin. Se oli talonmiehenä täällä 30 vuotta. => Kalevin:FirstName
MK sanoi, että koe on vasta ensi viikolla. => MK:Initials
H-P vastaa kotihoidon logistiikasta. => H-P:Initials
Kokouskutsu liitteenä, tervetuloa! t. MK => MK:Initials
EU sanoi, että tuki jatkuu. =>
Lähetä viesti, t. MK ja muut. =>
Kiitos kaikille! t. HR =>
Huomenna on Eilan ja Ailan nimipäivä, joten tarjotaan pullaa. =>
Eilan ja Ailan kanssa tehtiin talkoot. => Eilan:FirstName | Ailan:FirstName
Aurora ja Saaga ovat tänä vuonna suosituimpien tyttöjen nimien joukossa. =>
Hannes Kolehmaisen muistojuoksu juostaan taas toukokuussa. =>
Stipendit jaetaan Emil Aaltosen Säätiön tuella. =>
Lähetimme kukat Pentti Kettusen muistotilaisuuteen. => Pentti Kettusen:FullName
Jukka Mäntylän Vilja-vene ajautui irti poijusta. => Jukka Mäntylän:FullName
Pyysin apua, mutta hoitaja vaan sanoi ettei ehdi. => hoitaja:Relation
Vesinäytteen ottanut harjoittelija unohti pipon kaivon kannelle. => harjoittelija:Relation
Poliisi etsii todistajia tapaukseen, jossa pyöräilijä kaatui torilla. => pyöräilijä:Relation
Hoitaja soittaa sinulle huomenna. =>
Amira Hassan on valittu Vuoden nuoreksi urheilijaksi. => Amira Hassan:FullName";

    #[test]
    fn asked_about_and_bare_initials() {
        check_table(ASKED_ABOUT_AND_BARE_INITIALS);
    }

    const AGENTS_ACCORDING_TO_SPOKEN_SE_AND_TURNED_TO: &str = "\
Palkanlaskija muistutti, että matkalaskut pitää jättää ajoissa. => Palkanlaskija:Relation
Aurausurakoitsija soitti, että kone hajosi mäessä. => Aurausurakoitsija:Relation
Karaoke-illan voittaja oli Kaija Hirvonen. => Kaija Hirvonen:FullName
Pihlaja kukkii pappilan pihalla. =>
Kirjapaja alkoi taas syksyllä. =>
Syyttäjän mukaan vastaaja oli lyönyt häntä. => Syyttäjän:Relation | vastaaja:Relation | häntä:Pronoun
Taloyhtiön puheenjohtajan mukaan remontti alkaa keväällä. => puheenjohtajan:Relation
Asiantuntijoiden mukaan remontti alkaa keväällä. =>
Tutkimuksen mukaan remontti kannattaa. =>
Kerroin asiasta Mäkiselle, mutta se ei kuulemma voi tehdä mitään. => Mäkiselle:Surname | se:Pronoun
Pappa itki ilosta. Se ei ollu itkeny vuosiin. => Pappa:Relation | Se:Pronoun
Soitin Ismolle, mutta se ei oo vielä vastannu. => Ismolle:FirstName | se:Pronoun
Pekka osti auton, mutta se ei oo vielä tullu. => Pekka:FirstName
Toimittaja kysyi komisariolta, miksi ikää ei kerrottu. => Toimittaja:Relation | komisariolta:Relation
Kysyin isännöitsijältä, mutta vastausta ei tullut. => isännöitsijältä:Relation
Varalistalle voi ilmoittautua sihteerille. =>
Kysy omalta eläinlääkäriltä, koska rotu vaikuttaa. =>
Hän opetti kylän lapsille saamea. => Hän:Pronoun
Jono ulottui ulko-ovelle asti. =>
Kaks viikkoo juostiin lääkäriltä lääkärille. =>
Ajoi liian lujaa, tiedän koska se on mun pikkuserkku. => se:Pronoun | mun pikkuserkku:Relation
Äiti voi tuoda vauvan mukaan. =>
Se oli kyllä hieno ilta, kun koko kerros lähti keilaamaan. =>
Pekka tuli. Se oli hieno ilta. => Pekka:FirstName
Nuohooja tulee torstaina, ja se haluaa tyhjät takat. => Nuohooja:Relation | se:Pronoun
Kerro Jarnolle, että puvustaja tarvitsee mitat, ja se soittaa huomenna. => Jarnolle:FirstName | puvustaja:Relation | se:Pronoun
Kerro Jarnolle, että puvustaja tarvitsee mitat, ja se on auki huomenna. => Jarnolle:FirstName";

    #[test]
    fn agents_according_to_spoken_se_and_turned_to() {
        check_table(AGENTS_ACCORDING_TO_SPOKEN_SE_AND_TURNED_TO);
    }

    fn check_table(table: &str) {
        for line in table.lines() {
            let (text, want) = line.split_once(" =>").expect("a case line");
            let want: Vec<&str> = want
                .split(" | ")
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .collect();
            let got: Vec<String> = mentions(text)
                .iter()
                .map(|(m, k)| format!("{m}:{k:?}"))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
