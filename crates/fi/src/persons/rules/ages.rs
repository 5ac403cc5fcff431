//! Ages written as numbers: after a name (`Hilkka (92)`, `Leskinen, 58,`, `Ella on kolme
//! vuotta`) and with the verb of turning an age (`täyttää 70`, `täytti eilen 7 vuotta`, `18
//! vuotta täyttänyt`).

use super::super::scan::Case;
use super::super::shape;
use super::{MentionKind, Pass};

/// The genitives of the numbers one to ten, which count units of time before `ikäinen`.
const GENITIVE_NUMERALS: [&str; 10] = [
    "yhden",
    "kahden",
    "kolmen",
    "neljän",
    "viiden",
    "kuuden",
    "seitsemän",
    "kahdeksan",
    "yhdeksän",
    "kymmenen",
];

/// How many words back the age verb may be (`täyttää ensi viikolla sata`).
const VERB_REACH: usize = 4;

/// Nouns for a person that an age in shorthand may follow (`mies 78v`).
const AGE_NOUNS: [&str; 12] = [
    "mies", "nainen", "poika", "tyttö", "lapsi", "vauva", "potilas", "asiakas", "henkilö",
    "vanhus", "rouva", "herra",
];

/// Whether a form of the age verb `täyttää` is plural: the participles `täyttäneet`,
/// `täyttäneille`, `täyttävät`, `täyttäville` … and the finite `täyttävät`, `täyttivät`.
fn plural_verb_form(word: &str) -> bool {
    let lower = word.to_lowercase();
    [
        "täyttäneet",
        "täyttänei",
        "täyttävät",
        "täyttävi",
        "täyttivät",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

impl Pass<'_> {
    /// Whether a word of time follows word `end` (`12 v. sitten`, `5 v. ajan`): years ago or
    /// for years, no one's age.
    fn time_follows(&self, end: usize) -> bool {
        const TIME: [&str; 12] = [
            "sitten",
            "ajan",
            "aikaa",
            "aikana",
            "kuluttua",
            "päästä",
            "myöhemmin",
            "takaperin",
            "asti",
            "saakka",
            "ennen",
            "jälkeen",
        ];
        self.buf
            .get(end + 1)
            .is_some_and(|n| TIME.contains(&self.word(&n.w)))
    }

    /// Whether word `i` is a number giving someone's age; emits it if so.
    pub(super) fn age_number(&mut self, i: usize) -> bool {
        let w = self.buf[i].w;
        let word = self.word(&w);
        let digits = w.case == Case::Digits && shape::age_digits(word);
        // `kolmen kuukauden ikäinen`, `2 viikon ikäinen`: a number, a unit of time in the
        // genitive and a form of `ikäinen`.
        if digits || (w.case == Case::Lower && GENITIVE_NUMERALS.contains(&word)) {
            let unit = self.buf.get(i + 1).copied().filter(|n| {
                n.w.joined
                    && matches!(
                        self.word(&n.w),
                        "vuoden" | "kuukauden" | "viikon" | "päivän"
                    )
            });
            let head = self.buf.get(i + 2).copied().filter(|n| {
                n.w.joined && n.w.case == Case::Lower && self.word(&n.w).starts_with("ikäi")
            });
            if unit.is_some() && head.is_some() {
                self.emit(w.start, i + 2, MentionKind::Age);
                return true;
            }
        }
        // A bare number in parentheses right after a name, or after a relation too
        // (`Tyttäreni (7)`, the eighty-seventh persons dev half).
        let after_relation = self
            .last
            .is_some_and(|(m, k)| m.kind == MentionKind::Relation && k + 1 == i);
        if digits && w.in_brackets() && (after_relation || self.after_name(i).is_some()) {
            self.emit_to(w.start - 1, w.end + 1, i, MentionKind::Age);
            return true;
        }
        if digits && self.after_name(i).is_some() {
            // `Helmi Salonen (5 v.)`, `(7 vuotta)`: the years' word inside the parentheses.
            if w.tight && w.before == '(' {
                let rest = &self.text[w.end..];
                let years = [" v.)", " v)", " vuotta)", " vuotias)", " vee)"]
                    .into_iter()
                    .find(|y| rest.starts_with(y));
                if let Some(y) = years {
                    self.emit_to(w.start - 1, w.end + y.len(), i + 1, MentionKind::Age);
                    return true;
                }
            }
            // `2. Raili Harju` in a list of winners is a place, not an age.
            // So is `4.lk` (a class), a number whose stop a letter follows.
            let ordinal = w.after == '.'
                && !w.line_end
                && (self
                    .buf
                    .get(i + 1)
                    .is_some_and(|n| n.w.case == Case::Capital)
                    || self.text[w.end + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic));
            if w.before == ','
                && !w.tight
                && !ordinal
                && (w.line_end || matches!(w.after, ',' | '.' | ')' | '!' | '?'))
            {
                self.emit(w.start, i, MentionKind::Age);
                return true;
            }
        }
        if self.after_name(i).is_some() {
            match self.short_age_end(i) {
                // `Koskisen Eero (7v)`: an age in shorthand in parentheses after a name.
                Some(end) if end == i && w.in_brackets() => {
                    self.emit_to(w.start - 1, w.end + 1, i, MentionKind::Age);
                    return true;
                }
                // `Onnea Satulle 30v!`: the shorthand right after the name, ending the clause
                // (the ninety-third persons set's dev half).
                Some(end)
                    if end == i
                        && !w.tight
                        && (w.line_end || matches!(w.after, '!' | '.' | ',' | '?')) =>
                {
                    self.emit(w.start, i, MentionKind::Age);
                    return true;
                }
                // `Toivo Armas Kettunen, 84 v.`: the years' abbreviation after a comma, or
                // right after a name (`Aune Laitinen 88 v.`, `Ville-Veikko 4 v. kävi …`) when no
                // word of time follows (`12 v. sitten`).
                Some(end)
                    if end > i && !w.tight && (w.before == ',' || !self.time_follows(end)) =>
                {
                    self.emit(w.start, end, MentionKind::Age);
                    return true;
                }
                _ => {}
            }
        }
        if self.noun_age(i) {
            return true;
        }
        if !(digits || w.case == Case::Lower) {
            return false;
        }
        let years = self
            .buf
            .get(i + 1)
            .filter(|n| n.w.joined && self.word(&n.w) == "vuotta")
            .map(|_| i + 1);
        let numeric = digits || shape::is_number(word);
        // Years said of a person just named: `Erkki Haapaniemi, 95 vuotta`, `Ella on kolme
        // vuotta`.
        if let Some(y) = years.filter(|_| numeric) {
            let apposition = w.before == ',' && !w.tight && self.after_name(i).is_some();
            let is = i > 0
                && self.buf[i - 1].w.joined
                && matches!(self.word(&self.buf[i - 1].w), "on" | "oli")
                && self.after_name(i - 1).is_some();
            if apposition || is {
                self.emit(w.start, y, MentionKind::Age);
                return true;
            }
        }
        // `täyttää … 70` (the number ends the clause or is followed by `vuotta`).
        let mut verb_before = false;
        for k in (i.saturating_sub(VERB_REACH)..i).rev() {
            if self.buf[k].age_verb {
                verb_before = true;
                break;
            }
            if self.buf[k + 1].w.sentence_start {
                break;
            }
        }
        let verb_after = years.is_some_and(|y| {
            self.buf
                .get(y + 1)
                .is_some_and(|v| v.age_verb && v.w.joined)
        });
        if !(verb_before || verb_after) || !numeric {
            return false;
        }
        // `65 vuotta täyttäneet`, `täyttävät tänä vuonna 70`: a plural form of the verb names
        // everyone of that age, a group, not one person.
        let verb = if verb_after {
            years.map(|y| y + 1)
        } else {
            (i.saturating_sub(VERB_REACH)..i)
                .rev()
                .find(|&k| self.buf[k].age_verb)
        };
        if verb.is_some_and(|k| plural_verb_form(self.word(&self.buf[k].w))) {
            return false;
        }
        // The clause ends after the number, or another clause joins it (`täytti juuri 18 ja
        // pääsi töihin`).
        let clause_end = w.line_end
            || matches!(w.after, '.' | '!' | '?' | ',' | ')' | ';')
            || self
                .buf
                .get(i + 1)
                .is_some_and(|n| n.w.joined && matches!(self.word(&n.w), "ja" | "mutta" | "eikä"));
        if verb_before && (years.is_some() || clause_end) {
            self.emit(w.start, years.unwrap_or(i), MentionKind::Age);
            return true;
        }
        // `18 vuotta täyttänyt`, but not in a condition on anyone of that age (`Jos huoltajat
        // tai 12 vuotta täyttänyt lapsi vastustavat …`).
        match years {
            Some(_) if verb_after && self.conditional_before(w.start) => false,
            Some(y) if verb_after => {
                self.emit(w.start, y, MentionKind::Age);
                true
            }
            _ => false,
        }
    }

    /// Whether the sentence before byte `at` sets a condition ([`super::CONDITIONS`]).
    fn conditional_before(&self, at: usize) -> bool {
        super::has_word(super::sentence_before(self.text, at), super::CONDITIONS)
    }

    /// The last word of an age in shorthand at word `i`: `78v`, `12-v` (word `i`) or `45 v`
    /// (word `i + 1`).
    fn short_age_end(&self, i: usize) -> Option<usize> {
        let w = self.buf[i].w;
        let word = self.word(&w);
        let digits = word.trim_end_matches(['v', 'V', '-']);
        let short = digits.len() < word.len() && matches!(&word[digits.len()..], "v" | "-v" | "V");
        if short && shape::age_digits(digits) {
            return Some(i);
        }
        (w.case == Case::Digits
            && shape::age_digits(word)
            && self
                .buf
                .get(i + 1)
                .is_some_and(|n| n.w.joined && self.word(&n.w) == "v"))
        .then_some(i + 1)
    }

    /// `mies 78v`, `nainen, 45 v.`, `poika 12-v`: a noun for a person, then an age in the
    /// shorthand of an alarm message or a report. Emits the two words as one age.
    fn noun_age(&mut self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).map(|k| self.buf[k].w) else {
            return false;
        };
        let w = self.buf[i].w;
        if !(w.joined || w.before == ',') || w.sentence_start {
            return false;
        }
        let Some(end) = self.short_age_end(i) else {
            return false;
        };
        self.lower_of(self.word(&prev));
        if !AGE_NOUNS.contains(&self.lower.as_str()) {
            return false;
        }
        self.emit(prev.start, end, MentionKind::Age);
        true
    }
}
