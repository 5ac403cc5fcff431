//! Names and initials: when a capitalised word that is a form of a listed name mentions a person.

use super::super::scan::Case;
use super::super::shape;
use super::super::words::{Group, PET_ANIMALS};
use super::{is_greeting, Mention, MentionKind, Pass};

/// Endings of the local cases (and of the illative, `-an`, `-en`) in which a place the lists
/// lack would stand after a noun (`asiakkaamme Koskelasta`, `Koskelaan`).
pub(super) const LOCAL_ENDINGS: [&str; 11] = [
    "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "en",
];

/// Courtesy titles, as written before a surname (`rouva Virtanen`, `Herra Lehtinen`).
const COURTESY: &[&str] = &[
    "rouva", "Rouva", "herra", "Herra", "neiti", "Neiti", "rva", "hra",
];

/// Characters that introduce signature initials at a line's end (`/MK`, `-SJ`, `^MM`).
/// Beginnings of words that take a person in the illative (`yhteyttä Virtaseen`, `luotamme
/// Lahtiseen`, `tutustukaa Kiveen`, `tyytyväinen Mäkelään`), compared in small letters.
const PERSON_ILLATIVE: [&str; 11] = [
    "yhtey",
    "luot",
    "tutustu",
    "rakastu",
    "ihastu",
    "tyytyväi",
    "petty",
    "kyllästy",
    "usko",
    "verrattu",
    "vedot",
];

/// What a contest or a prize named in someone's memory is, after `muisto` (`muistoturnaus`,
/// `muistohiihdot`, `muistopalkinto`).
const MEMORIAL_EVENTS: &[&str] = &[
    "turnau", "hiihd", "hiihto", "kilpailu", "kisa", "ajo", "juoks", "palkin", "rahast", "pokaal",
    "malja", "stipendi", "ottelu", "cup",
];

const SIGNATURE_MARKS: [char; 5] = ['/', '-', '–', '—', '^'];

impl Pass<'_> {
    /// A run of names from word `i`: up to four capitalised name forms with only spaces between
    /// (`Juha-Pekka Kärkkäisestä`, `Lahtisen Pirkko-Liisa`) is a full name; one alone counts when
    /// it is confidently a name or has support.
    pub(super) fn names(&mut self, i: usize) {
        let capital_at = |p: &Self, k: usize| {
            p.buf
                .get(k)
                .filter(|n| n.w.joined && n.w.case == Case::Capital && !n.pronoun)
                .copied()
        };
        let mut j = i;
        while j - i < 3 && capital_at(self, j + 1).is_some_and(|n| n.name.person()) {
            j += 1;
        }
        // A thing's noun before the names makes them the thing's name (`Kahvila Helmi`,
        // `jäänmurtaja Otso`, `Villa Aino Ackté`), and so does one that leads them, when it is
        // also listed as a name (`Myrsky Aapeli`).
        if self.thing_before(i)
            || (j > i && self.thing_before(i + 1))
            || self.award_title(i)
            || self.open_compound(j)
            || self.pet_named(i)
            || self.character(i, j)
            || self.eponym(j)
            || self.single_quoted(i, j)
        {
            self.done_to = self.buf[j].w.end;
            return;
        }
        // First names only, led by one that is also a word, are no full name: `Onnea Veeralle`
        // is a wish and a name (the name is decided on its own, next); so is a greeting before
        // a surname (`Onnea Niemiset`).
        if j > i
            && ((!self.buf[i].name.confident
                && !self.buf[i + 1..=j].iter().any(|n| n.name.surname))
                || is_greeting(self.word(&self.buf[i].w)))
        {
            return;
        }
        // A first name and the initial of a surname (`Liisa K.`, inflected `Tommi R:ää`) name
        // one person.
        if j == i && self.buf[i].name.first {
            if let Some(n) = self.buf.get(i + 1).copied() {
                if n.w.joined && n.w.is_initial(self.text) {
                    let start = self.buf[i].w.start;
                    return self.emit_to(start, n.w.end + 1, i + 1, MentionKind::FullName);
                }
                if n.w.joined && n.w.is_inflected_initial(self.text) {
                    let start = self.buf[i].w.start;
                    return self.emit_to(start, n.w.end, i + 1, MentionKind::FullName);
                }
            }
        }
        if j == i {
            // A letter joined by a hyphen labels a staircase, a wing or a class (`Mäkelät
            // B-rapusta`, `Virtanen A-talosta`): no part of a name or of a thing's name.
            let label = |w: &str| {
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase) && cs.next() == Some('-')
            };
            if let Some(n) =
                capital_at(self, i + 1).filter(|n| !n.name.place && !label(self.word(&n.w)))
            {
                // An unlisted capitalised word after a name: a `-nen` surname the lists lack,
                // or the name of a thing (`Aurora Botnia`, `Mannerheimin Lastensuojeluliitto`).
                // A place is neither (`Erkille Espanjaan`).
                self.lower_of(self.word(&n.w));
                // A compound of a place word after a first name in its base form (`Lauri
                // Pohjanpään`, `Hella Wuolijoki`): only a full name's last part is inflected.
                let compound = shape::compound_surname(&self.lower);
                let surname = shape::nen_surname(&self.lower)
                    || shape::foreign_surname(&self.lower)
                    || (compound && {
                        let first = self.word(&self.buf[i].w);
                        self.lex.base_name(first, false, &mut self.hits)
                    });
                // A genitive before a word in small letters belongs to that word, after a name
                // in an outer local case, which a name's first part never takes (`Märtalle
                // Pellingin saaristoretken`; but `Amos Rexin näyttely`, `Minna Canthin päivä`):
                // the name stands alone.
                let attribute = shape::outer_local_case(self.word(&self.buf[i].w)).is_some()
                    && n.genitive
                    && self
                        .buf
                        .get(i + 2)
                        .is_some_and(|m| m.w.joined && m.w.case == Case::Lower);
                let alone = !self
                    .buf
                    .get(i + 2)
                    .is_some_and(|m| m.w.joined && m.w.case == Case::Capital);
                // A capital the lists lack, alone after a first name in its base form that is
                // no word, is the surname the lists lack (`Anni Haataja`, `Sara Tesfaye`, `Juha
                // Mieto`; the persons sets' dev halves), unless it is a known thing's (`Peppi
                // Pitkätossu`, `Silja Serenade`; not yet in the plural: `Aku Ankkoja`). Whether
                // the capital is also a frequent word is not asked: on the dev halves that lost
                // two names (`Mieto`) and no false alarm.
                let coined = alone
                    && self.buf[i].name.first
                    && self.buf[i].name.confident
                    && !n.name.thing
                    && {
                        let first = self.word(&self.buf[i].w);
                        self.lex.base_name(first, true, &mut self.hits)
                    };
                // After a title, a name's next capital is its surname (`Kuraattori Mehmet
                // Yılmaz`).
                let surname = surname || coined || (!n.genitive && alone && self.titled(i));
                if !surname && !attribute {
                    return;
                }
                if surname {
                    // A name that is also a word is no first name before it (`Onnea
                    // Heikkiläiselle`): the surname is decided on its own.
                    if !self.buf[i].name.confident {
                        return;
                    }
                    j = i + 1;
                }
            }
        }
        // A genitive before a place or event noun names that thing (`Lahden kaupunki`); a
        // name's genitive before a compound that only opens with such a noun, too (`Lahden
        // kaupunginjohtaja`), but not a full name's: the compound's head is its last part, and
        // the full name its owner or leader (`Pasi Tuomisen kyläkävelylle`; the eighty-fifth
        // persons dev half).
        // Past an adjective of age or size in the genitive (`Kuivaniemen vanhan apteekin talo`,
        // `Rasilan vanhan maitolaiturin`; the ninety-ninth persons set's dev half).
        let head_at = match self.buf.get(j + 1) {
            Some(a)
                if a.w.joined
                    && AGE_ADJECTIVES.contains(&self.word(&a.w))
                    && self.buf.get(j + 2).is_some_and(|h| h.w.joined) =>
            {
                j + 2
            }
            _ => j + 1,
        };
        if let Some(n) = self.buf.get(head_at).copied() {
            if self.buf[j].genitive
                && n.w.joined
                && n.w.case == Case::Lower
                && {
                    let c = self.context(self.word(&n.w));
                    c.has(Group::Eponym) || (j == i && c.has(Group::EponymPart))
                }
                // a household is people, whatever its head (`pariskunta`)
                && !super::one_household(self.word(&n.w))
                // and a family's place is theirs (`Lahtisten rannassa`)
                && !(self.buf[j].name.surname && {
                    self.lower_of(self.word(&self.buf[j].w));
                    shape::is_family_name(&self.lower)
                })
            {
                return;
            }
            // A lone `-la` name's genitive, or a place word's compound, before a farm's
            // buildings or land names the farm (`Niskalan talossa`, `Mäntylän tilan pihalta`,
            // `Lehtoniemen tilalla`), also before a compound opening with one (`Honkalan
            // navettapalossa`; the eighty-fifth persons dev half).
            if j == i
                && self.buf[i].genitive
                && n.w.joined
                && n.w.case == Case::Lower
                && {
                    self.lower_of(self.word(&self.buf[i].w));
                    self.lower.ends_with("lan")
                        || self.lower.ends_with("län")
                        || shape::compound_surname(&self.lower)
                }
                && self.context(self.word(&n.w)).has(Group::Farm)
            {
                return;
            }
        }
        if j == i
            && ((self.inessive(i) && !self.inessive_of_a_person(i))
                || self.illative_of_a_place(i)
                || self.destination(i)
                || self.school_system(i)
                || self.coordinated_place(i)
                || self.named_institution(i)
                || self.firm_of_surnames(i))
        {
            return;
        }
        if j == i && !self.supported(i) {
            return;
        }
        if j == i && self.buf[i].name.first && self.no_one_by_first_name(i) {
            return;
        }
        let t = self.buf[i];
        // A courtesy title and a surname (`rouva Virtanen`, `herra Lehtiselle`) address one
        // person as a full name does; an occupation's title before a surname (`rehtori
        // Turunen`) names someone in a public role, which stays a surname.
        if j == i && !t.name.first && t.w.joined && i > 0 {
            let title = self.buf[i - 1];
            if COURTESY.contains(&self.word(&title.w)) {
                return self.emit(title.w.start, j, MentionKind::FullName);
            }
        }
        let kind = if j > i {
            MentionKind::FullName
        } else if t.name.first {
            MentionKind::FirstName
        } else {
            MentionKind::Surname
        };
        self.emit(t.w.start, j, kind);
    }

    /// Whether the first name at word `i`, alone, names no one person, from the eighty-second
    /// persons set's dev half: all who bear it (`Kaikki Tiinat ja Liisat`: a first name in the
    /// plural nominative, not a name that ends so: `Marjut`, `Maarit`), the calendar's name day
    /// (`Tänään nimipäiväänsä viettävät Kalle ja Kaarlo`, `Tänään on Sannan nimipäivä`; not one
    /// person's: `viettää myös toimistomme oma Anneli`), or a sports club after its town
    /// (`Tornion Tarmosta`).
    fn no_one_by_first_name(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let word = self.word(&t.w);
        let plural = word.len() > 3
            && word.ends_with('t')
            && !self.lex.base_name(word, false, &mut self.hits)
            && self
                .lex
                .base_name(&word[..word.len() - 1], true, &mut self.hits);
        // In the elative only, as a race report gives an athlete's club (`Tornion Tarmosta`):
        // a town before a first name in another case is where the person is from
        // (`Suomussalmen Eila`).
        let after_town = i > 0 && {
            let prev = self.buf[i - 1];
            let w = self.word(&t.w);
            prev.w.case == Case::Capital
                && prev.name.place
                && prev.genitive
                && t.w.joined
                && (w.ends_with("sta") || w.ends_with("stä"))
        };
        plural || after_town || self.calendar_name_day(i)
    }

    /// Whether word `i` is a name the calendar gives the day to: in a sentence with a name day
    /// kept by many (`viettävät`, `nimipäiviään`), or a genitive after `on` before `nimipäivä`
    /// (`Tänään on Sannan nimipäivä`); or a name counted among the most popular names. The
    /// sentence is looked at up to 120 bytes each side.
    fn calendar_name_day(&self, i: usize) -> bool {
        let w = self.buf[i].w;
        // A genitive after `on` before `nimipäivä`, alone or coordinated with more names in the
        // genitive (`Tänään on Sannan nimipäivä`, `Huomenna on Eilan ja Ailan nimipäivä`; the
        // hundred-and-tenth persons set's dev half).
        let listed = |k: usize| {
            let n = self.buf[k];
            n.w.joined
                && (matches!(self.word(&n.w), "ja" | "sekä")
                    || (n.genitive && n.w.case == Case::Capital))
        };
        let first = (i.saturating_sub(6)..i)
            .rev()
            .take_while(|&k| listed(k))
            .last()
            .unwrap_or(i);
        let last = (i + 1..(i + 6).min(self.buf.len()))
            .take_while(|&k| listed(k))
            .last()
            .unwrap_or(i);
        if self.buf[i].genitive
            && first > 0
            && self.word(&self.buf[first - 1].w) == "on"
            && self
                .buf
                .get(last + 1)
                .is_some_and(|n| n.w.joined && super::lower_starts(self.word(&n.w), "nimipäiv"))
        {
            return true;
        }
        let from = crate::tokens::ceil_boundary(self.text, w.start.saturating_sub(120));
        let to = crate::tokens::floor_boundary(self.text, (w.end + 120).min(self.text.len()));
        let before = super::sentence_before(&self.text[from..w.start], w.start - from);
        let after = super::sentence_after(&self.text[w.end..to], 0);
        let name_day = |part: &str| part.contains("nimipäiv") || part.contains("Nimipäiv");
        // Names counted as names: the most popular given to children (`Toivo ja Onni ovat
        // tämän kevään suosituimmat poikien nimet`; the hundred-and-tenth persons set's dev
        // half).
        let most = |part: &str| {
            ["suosituim", "suosituin", "yleisim", "yleisin"]
                .iter()
                .any(|p| part.contains(p))
        };
        let names =
            |part: &str| super::has_word(part, &["nimet", "nimiä", "nimi", "nimeä", "nimien"]);
        if (most(before) || most(after)) && (names(before) || names(after)) {
            return true;
        }
        // Or wished to all who bear the names listed after `kaikille` (`Nimipäiväonnittelut
        // kaikille Vilhoille, Viljamille ja Viljoille`; the hundred-and-sixth persons set's dev
        // half), not one thanked before `kaikille` (`… Annelille ja kiitos kaikille`).
        ((name_day(before) || name_day(after)) && super::has_word(before, &["kaikille"]))
            || [before, after].iter().any(|part| {
                name_day(part)
                // the participle in the plural, any case (`viettävät`, `viettäville Sampoille
                // ja Samsoille`: the eighty-third persons set's dev half)
                && (part.contains("viettävät")
                    || part.contains("viettävi")
                    || part.contains("nimipäiviään"))
            })
    }

    /// Whether word `i`, capitalised in the middle of a sentence and no listed name, has the
    /// shape of a `-nen` surname (`Heikkiläiselle`, `Heikkiläisten`, `Mattilaisille`): Finnish
    /// writes such words in small letters unless they are names. Not in a run of capitalised
    /// words, which names an organisation or a work (`Suomalaisen Kirjallisuuden Seura`), nor
    /// after a thing's noun; not a place (`Kauniaisten`) nor a compound (`Rauha-niminen`).
    pub(super) fn unlisted_surname(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if !unlisted_capital(&t) || self.word(&t.w).contains('-') {
            return false;
        }
        let run_before = self.capital_before(i);
        let run_after = self
            .buf
            .get(i + 1)
            .is_some_and(|n| n.w.joined && n.w.case == Case::Capital);
        if run_before || run_after || self.thing_before(i) {
            return false;
        }
        self.lower_of(self.word(&t.w));
        shape::nen_surname(&self.lower) || shape::nen_plural(&self.lower)
    }

    /// Whether word `i`, a capitalised genitive inside a sentence that is no listed name, place
    /// or frequent word, names the maker of the work after it (`Haydnin C-duurikonsertosta`,
    /// `Brahmsin pianotrion`, `Chopinin balladit`; the ninety-first persons set's dev half): a
    /// composer, writer or artist the lists lack. A listed name is decided so by
    /// [`Self::names`]. Not in a run of capitals, not after a thing's noun. Also the first
    /// makers of a list before the work (`Bachin, Händelin ja Buxtehuden teoksia`; the
    /// ninety-sixth persons set's dev half): genitives in capitals, apart by a comma, `ja` or
    /// `sekä`, all make the work the last one does.
    pub(super) fn maker_of_work(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if !unlisted_capital(&t)
            || !t.genitive
            || self.capital_before(i)
            || self.thing_before(i)
            || !self.rare_capital(&t)
        {
            return false;
        }
        let maker = |m: &super::Tok| m.w.case == Case::Capital && m.genitive;
        let mut k = i + 1;
        // At most three more makers in the list, then the work.
        for _ in 0..4 {
            let Some(n) = self.buf.get(k).copied() else {
                return false;
            };
            let comma = !n.w.joined && n.w.before == ',';
            if n.w.joined && matches!(self.word(&n.w), "ja" | "sekä") {
                match self.buf.get(k + 1) {
                    Some(m) if m.w.joined && maker(m) => k += 2,
                    _ => return false,
                }
            } else if comma && maker(&n) {
                k += 1;
            } else {
                return n.w.joined
                    && n.w.case != Case::Upper
                    && self.context(self.word(&n.w)).has(Group::Work);
            }
        }
        false
    }

    /// Whether word `i` and the next, two capitalised words that are no listed names, follow a
    /// title or relation noun in its base form (`kuoronjohtaja Kristīne Ozola`, `valmentaja
    /// Dragan Petrović`): a title names a person, and two capitals after it are that person's
    /// full name. Not a place, a genitive (`johtaja Suomen Pankista`) or a thing's name.
    pub(super) fn titled_unlisted(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let Some(n) = self.buf.get(i + 1).copied() else {
            return false;
        };
        if i == 0 || !t.w.joined {
            return false;
        }
        let prev = self.buf[i - 1];
        let capital = |k: &super::Tok| k.w.case == Case::Capital && !k.name.place && !k.pronoun;
        // The title in small letters, or opening the sentence (`Lähihoitajamme Ngozi Okafor`).
        if !(capital(&t) && capital(&n) && n.w.joined && prev.w.small_or_opening())
            || t.w.sentence_start
            || t.genitive
            || self
                .buf
                .get(i + 2)
                .is_some_and(|m| m.w.joined && m.w.case == Case::Capital)
        {
            return false;
        }
        self.titled(i)
    }

    /// Whether word `i` and the next, two capitalised words inside a sentence that are no
    /// listed names, places or frequent words, are told about with a comma and a relative
    /// pronoun after them (`nähdään Priya Nair, joka tuo mukanaan …`, `oli Zeynep Aksoy, jolle
    /// tämä oli …`), or given an age in parentheses (`Li Wei (29) väittelee`, from the
    /// eighty-seventh persons set's dev half): a name the lists lack. Not in a longer run of
    /// capitals, not a genitive, not after a thing's noun, not a shop's name (`K-Market
    /// Vaskirannalle, joka …`).
    pub(super) fn described_unlisted(&mut self, i: usize) -> bool {
        const RELATIVES: [&str; 6] = ["joka", "jonka", "jota", "jolle", "jolla", "jolta"];
        let t = self.buf[i];
        let Some(n) = self.buf.get(i + 1).copied() else {
            return false;
        };
        let relative = n.w.after == ','
            && self
                .buf
                .get(i + 2)
                .is_some_and(|r| RELATIVES.contains(&self.word(&r.w)));
        let aged = self.buf.get(i + 2).is_some_and(|a| {
            a.w.case == Case::Digits && a.w.in_brackets() && shape::age_digits(self.word(&a.w))
        });
        // An age in parentheses points at a person also at a sentence's start (`Ngozi Okafor
        // (31) väittelee`), where a relative clause would not follow.
        let opening = t.w.sentence_start
            && t.w.case == Case::Capital
            && !t.name.person()
            && !t.name.place
            && !t.pronoun;
        (relative || aged)
            && (unlisted_capital(&t) || (aged && opening))
            && unlisted_capital(&n)
            && n.w.joined
            && !t.genitive
            && self.rare_capital(&t)
            && self.rare_capital(&n)
            && !self.capital_before(i)
            && !self.thing_before(i)
    }

    /// Whether `t` is a capital and small letters only (not `K-Market`) and no frequent word.
    fn rare_capital(&mut self, t: &super::Tok) -> bool {
        let word = self.word(&t.w);
        if !word.chars().skip(1).all(char::is_lowercase) {
            return false;
        }
        self.lower_of(word);
        !crate::frequent::contains(self.lower.as_bytes())
    }

    /// Whether word `i`, one capitalised word that is no listed name nor place, follows a
    /// relation or title with a possessive suffix (`Opiskelijamme Aliona voitti`): our student
    /// is one person, and the capital after the noun is her name. Not in a run of capitals, not
    /// in a local case (where a place the lists lack would stand: `asiakkaamme Koskelasta`).
    pub(super) fn owned_unlisted(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if i == 0 || !t.w.joined || !unlisted_capital(&t) || t.genitive {
            return false;
        }
        let prev = self.buf[i - 1];
        let run_after = self
            .buf
            .get(i + 1)
            .is_some_and(|n| n.w.joined && n.w.case == Case::Capital);
        if run_after || !prev.relation || !prev.w.joined && !prev.w.sentence_start {
            return false;
        }
        self.lower_of(self.word(&t.w));
        if LOCAL_ENDINGS.iter().any(|e| self.lower.ends_with(e)) {
            return false;
        }
        // The relation (a possessive on it) is a title or relation in its base form before the
        // suffix (`lähihoitajamme`), or one whose stem changed before it (`tyttärensä Daryna`,
        // from the eighty-second persons set's dev half), which names that relative too.
        self.lower_of(self.word(&prev.w));
        !self.lex.ends_in_base(shape::strip_possessive(&self.lower)) || self.titled(i)
    }

    /// Whether the word before word `i` is a title or relation noun in its base form, or with a
    /// possessive suffix in the base form's place (`kuraattori`, `lähihoitajamme`).
    fn titled(&mut self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).map(|k| self.buf[k]) else {
            return false;
        };
        let word = self.word(&prev.w);
        if prev.w.case == Case::Upper || !self.context(word).is_role() {
            return false;
        }
        self.lower_of(word);
        let stem = shape::strip_possessive(&self.lower);
        self.lex
            .ends_in_base_of(stem, &[Group::Title, Group::Relation])
    }

    /// Whether word `i` continues a run of capitalised words: joined to a capitalised word
    /// before it that does not open the sentence (`Suomalaisen Kirjallisuuden`).
    fn capital_before(&self, i: usize) -> bool {
        let t = self.buf[i];
        t.w.joined
            && i > 0
            && self.buf[i - 1].w.case == Case::Capital
            && !self.buf[i - 1].w.sentence_start
    }

    /// Whether words `i` and `i + 1`, two capitalised words in the middle of a sentence that are
    /// no listed names, the second in the genitive, own the family after them (`Dawit Tesfayen
    /// perhe`): a name the lists lack, as a listed one owns it (`Virtasen perhe`). Not in a
    /// longer run of capitals (an organisation), nor after a thing's noun. Returns the family's
    /// word.
    pub(super) fn unlisted_household(&mut self, i: usize) -> Option<usize> {
        let t = self.buf[i];
        let n = self.buf.get(i + 1).copied()?;
        let h = self.buf.get(i + 2).copied()?;
        let run_before = self.capital_before(i);
        let owner = unlisted_capital(&t)
            && !t.genitive
            && n.w.joined
            && n.w.case == Case::Capital
            && n.genitive
            && !n.name.place
            && h.w.joined
            && h.w.case == Case::Lower;
        if !owner || run_before || self.thing_before(i) {
            return None;
        }
        self.lower_of(self.word(&h.w));
        crate::sentences::is_family(&self.lower).then_some(i + 2)
    }

    /// A capitalised word that is no listed name joined by `ja`/`sekä` to a name just found:
    /// with a surname after it, the two are a full name (`Svetlana ja Dragan Petrović`); alone
    /// in the same outer local case as that name, a first name (`Björnille ja Märtalle`).
    /// Returns the kind and the last word of the mention.
    pub(super) fn coordinated(&mut self, i: usize) -> Option<(MentionKind, usize)> {
        let t = self.buf[i];
        if !unlisted_capital(&t) {
            return None;
        }
        let m = self.joined_to_name(i)?;
        // In a list of surnames, a surname (`Mäkinen, Al-Khatib, Tanskanen`).
        let kind = if m.kind == MentionKind::Surname {
            MentionKind::Surname
        } else {
            MentionKind::FirstName
        };
        let next = self
            .buf
            .get(i + 1)
            .copied()
            .filter(|n| n.w.joined && n.w.case == Case::Capital);
        if let Some(n) = next {
            self.lower_of(self.word(&n.w));
            let surname = n.name.surname
                || shape::nen_surname(&self.lower)
                || shape::foreign_surname(&self.lower);
            if surname && !n.name.place {
                return Some((MentionKind::FullName, i + 1));
            }
        }
        let word = self.word(&t.w);
        let name_case = shape::outer_local_case(&self.text[m.start..m.end]);
        let Some(case) = shape::outer_local_case(word) else {
            // Two first names in their base form (`Kiitos Hamid ja Parisa, …`): a capital no
            // list has and no frequent word, after a first name alone, before no other capital.
            // So is a surname after a surname in a list (`Mäkinen, Al-Khatib`), not in the
            // genitive, where places and teams are listed (`Annalan ja Matinkylän kadut`).
            let alone = (m.kind == MentionKind::FirstName
                || (m.kind == MentionKind::Surname && {
                    self.lower_of(word);
                    !shape::looks_genitive(&self.lower)
                }))
                && next.is_none();
            return (alone && name_case.is_none() && self.rare_capital(&t)).then_some((kind, i));
        };
        let same_case = name_case == Some(case) && word.chars().count() >= case.len() + 3;
        same_case.then_some((kind, i))
    }

    /// Whether the first name at word `i` comes before a capital genitive that is no surname
    /// of the lists, then an institution's noun, each joined to the word before it: the
    /// institution is named after a person (`Kustaa Vaasan koulun`; the eighty-ninth persons
    /// set's dev half), as after a full name's genitive.
    fn named_institution(&mut self, i: usize) -> bool {
        let (Some(g), Some(n)) = (self.buf.get(i + 1).copied(), self.buf.get(i + 2).copied())
        else {
            return false;
        };
        self.buf[i].name.first
            && g.w.joined
            && g.w.case == Case::Capital
            && g.genitive
            && n.w.joined
            && n.w.case == Case::Lower
            && self.context(self.word(&n.w)).has(Group::Eponym)
    }

    /// Whether the surname at word `i` is joined to another name by `&`: a firm (`Kallio & Koski
    /// Asianajotoimisto`, `Mäkinen & Pojat`; the eighty-ninth persons set's dev half). First
    /// names so joined are a couple (`Matti & Maija`).
    fn firm_of_surnames(&self, i: usize) -> bool {
        let t = self.buf[i];
        t.name.surname
            && !t.name.first
            && (t.w.before == '&' || self.buf.get(i + 1).is_some_and(|n| n.w.before == '&'))
    }

    /// The name that word `i` is joined to by `ja`/`sekä` or a comma right before it
    /// (`Björnille ja Märtalle`), if it was just found.
    fn joined_to_name(&self, i: usize) -> Option<Mention> {
        let (m, k) = self.last?;
        let joined = i >= 2
            && k + 2 == i
            && self.buf[i].w.joined
            && self.buf[i - 1].w.joined
            && matches!(self.word(&self.buf[i - 1].w), "ja" | "sekä");
        // Or listed after it with a comma (`Lindqvistille, Kovalenkolle ja Ekholmille`), a
        // surname too (`Mäkinen, Al-Khatib, Tanskanen`).
        let listed = k + 1 == i && self.text[m.end..self.buf[i].w.start].trim() == ",";
        let kind_ok = matches!(
            m.kind,
            MentionKind::FirstName | MentionKind::FullName | MentionKind::Surname
        );
        ((joined || listed) && kind_ok).then_some(m)
    }

    /// Whether the names at words `i..=j`, two or more, fill a pair of single quotes (`ruusu 'John Davis'`,
    /// `'Nelly Moser' -kärhön`, `Meillä 'Tiny Tim' punastui`): a plant's variety or a product's
    /// name is written so, a person's name never (the hundred-and-ninth persons set's dev half).
    /// Capitalised words joined to them count with them (`'Tiny Tim'`, `'Ida Gold'`).
    fn single_quoted(&self, i: usize, j: usize) -> bool {
        let quote = |c: char| matches!(c, '\'' | '‘' | '’');
        let capital = |k: usize| self.buf.get(k).is_some_and(|n| n.w.case == Case::Capital);
        // One capital before them, up to two after them.
        let a = if i > 0 && self.buf[i].w.joined && capital(i - 1) {
            i - 1
        } else {
            i
        };
        let mut b = j;
        while b < j + 2 && capital(b + 1) && self.buf[b + 1].w.joined {
            b += 1;
        }
        // Two words or more: one name alone in quotes is a person's as often (`Kiitos 'Pekka'`).
        let (first, last) = (self.buf[a].w, self.buf[b].w);
        b > a && first.tight && quote(first.before) && quote(last.after)
    }

    /// Whether word `i`, a name form, comes right after a thing's noun in its base form
    /// (`Kahvila`, `kukkakauppa`, `jäänmurtaja`).
    fn thing_before(&mut self, i: usize) -> bool {
        if i == 0 || !self.buf[i].w.joined {
            return false;
        }
        matches!(self.buf[i - 1].w.case, Case::Lower | Case::Capital)
            && self.in_base_form_of(i - 1, Group::Thing)
    }

    /// Whether word `i` opens an award's title, a period's genitive capitalised before words in
    /// small letters (`valittu Vuoden nuoreksi urheilijaksi`, `Kuukauden työntekijä`), which the
    /// surname list's forms would read as a name (`Vuoti`, inflected as `lehti` is). From the
    /// hundred-and-tenth persons set's dev half.
    fn award_title(&self, i: usize) -> bool {
        let t = self.buf[i];
        !t.w.sentence_start
            && matches!(
                self.word(&t.w),
                "Vuoden" | "Kuukauden" | "Viikon" | "Kauden"
            )
            && self
                .buf
                .get(i + 1)
                .is_some_and(|n| n.w.joined && n.w.case == Case::Lower)
    }

    /// Whether the names ending at word `j`, in the genitive, name what bears them: a contest
    /// or a prize in their memory (`Veikko Hakulisen muistohiihdot`, `muistoturnaus`; not a
    /// memorial service nor an obituary, which are about the person), or a foundation, a fund
    /// or another thing written capitalised after them, as an institution's name is (`Emil
    /// Aaltosen Säätiön tuella`; in small letters the eponym's own rule reads it). From the
    /// hundred-and-tenth persons set's dev half.
    fn eponym(&mut self, j: usize) -> bool {
        if !self.buf[j].genitive {
            return false;
        }
        let Some(n) = self.buf.get(j + 1).copied().filter(|n| n.w.joined) else {
            return false;
        };
        let next = self.word(&n.w);
        let memorial = n.w.case == Case::Lower
            && next
                .strip_prefix("muisto")
                .is_some_and(|rest| MEMORIAL_EVENTS.iter().any(|e| rest.starts_with(e)));
        memorial
            || (n.w.case == Case::Capital && !n.name.person() && !next.contains('-') && {
                let lower = next.to_lowercase();
                let c = self.context(&lower);
                c.has(Group::Thing) || c.has(Group::Eponym)
            })
    }

    /// Whether the names at words `i..=j` are a character's in a play, an opera or a ballet,
    /// told with the one who plays it (the ninety-first persons set's dev half): in the essive
    /// with a verb of the stage in the sentence (`Juhanina nähdään Antti Lautamäki`,
    /// `Prinsessa Ruususena tanssii …`), in the genitive before the role (`Carmenin
    /// roolissa`), or in the partitive before the one playing it (`Eskoa esittävä Ville`).
    fn character(&mut self, i: usize, j: usize) -> bool {
        let last = self.buf[j];
        let next = self
            .buf
            .get(j + 1)
            .filter(|n| n.w.joined && n.w.case == Case::Lower)
            .map(|n| self.word(&n.w));
        if last.genitive && next.is_some_and(|n| n.starts_with("rooli")) {
            return true;
        }
        self.lower_of(self.word(&last.w));
        let l = shape::strip_clitic(&self.lower);
        // In the partitive or the essive, not a name's base form ending in the same letters
        // (`Máret Kuuva esitti joikuja`, the seventy-sixth persons set's dev half).
        let ends_a = l.ends_with('a') || l.ends_with('ä');
        let base = ends_a && self.lex.base_name(l, false, &mut self.hits);
        let (partitive, essive) = (ends_a && !base, shape::essive(l) && !base);
        if partitive && next.is_some_and(|n| self.context(n).has(Group::Portray)) {
            return true;
        }
        // A nickname the person is known by is theirs (`tunnetaan paremmin Jopena`).
        if !essive || self.known_as_before(i) {
            return false;
        }
        // The whole sentence, read from the text: the window holds only a few words after
        // this one, and the verb may come late (`Ruususena … nähdään tänä syksynä …`). The
        // context matcher folds the letter case itself.
        let (text, at) = (self.text, self.buf[i].w.start);
        let word = |c: char| c.is_alphanumeric() || c == '-';
        super::sentence_before(text, at)
            .split(|c: char| !word(c))
            .chain(super::sentence_after(text, at).split(|c: char| !word(c)))
            .filter(|w| !w.is_empty())
            .any(|w| self.context(w).has(Group::Stage))
    }

    /// Whether a verb of being known or called stands up to three words before word `i`
    /// (`tunnetaan paremmin …`, `Kaikki kutsuu Rasmusta …`).
    fn known_as_before(&mut self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|k| {
            let w = self.word(&self.buf[k].w);
            self.context(w).has(Group::KnownAs)
        })
    }

    /// Whether word `i`, a capitalised word the lists do not know, in the essive or the
    /// translative, is the nickname a person is known or called by (`joka tunnetaan talossa
    /// paremmin Tinttinä`, `Kaikki kutsuu Rasmusta Rasseksi`; the ninety-third persons set's
    /// dev half): a verb of being known or called up to three words before.
    pub(super) fn known_as(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        // Not after a capital, which makes a place's or a thing's nickname (`tunnetaan Suomen
        // Manchesterina`).
        let after_small = i
            .checked_sub(1)
            .is_some_and(|k| self.buf[k].w.case == Case::Lower);
        if t.w.case != Case::Capital || t.w.sentence_start || !t.w.joined || !after_small {
            return false;
        }
        self.lower_of(self.word(&t.w));
        let l = shape::strip_clitic(&self.lower);
        (shape::essive(l) || l.ends_with("ksi")) && self.known_as_before(i)
    }

    /// Whether the name at word `i` follows `nimeltä` told of an animal a few words before
    /// (`Harmaa leikattu uros nimeltä Pekka`, `koira nimeltään Onni`): a pet's name. From the
    /// eighty-second persons set's dev half.
    fn pet_named(&self, i: usize) -> bool {
        if i == 0 || !matches!(self.word(&self.buf[i - 1].w), "nimeltä" | "nimeltään") {
            return false;
        }
        self.buf[i.saturating_sub(5)..i - 1].iter().any(|t| {
            let w = self.word(&t.w).to_lowercase();
            PET_ANIMALS.split(' ').any(|a| a == w)
        })
    }

    /// Whether the names ending at word `j` open a title joined to its head by a space and a
    /// hyphen, within three words (`Veikko Huovinen -seuran`, `Hello Kitty -reppu`, `Kullervon
    /// kirous -teoksen`): the name of a thing, a prize or a work, not a person.
    fn open_compound(&self, j: usize) -> bool {
        for k in j + 1..j + 4 {
            let Some(n) = self.buf.get(k) else {
                return false;
            };
            if n.w.before == '-' && n.w.tight && n.w.case == Case::Lower {
                // `-niminen` says what someone is called (`Matti Virtanen -niminen mies`).
                let gap = &self.text[self.buf[k - 1].w.end..n.w.start];
                return (gap == " -" || gap == " –") && !self.word(&n.w).starts_with("nimi");
            }
            if !n.w.joined {
                return false;
            }
        }
        false
    }

    /// Whether word `i`, a name that may be a place, is joined by `ja` or `sekä` to another
    /// capitalised word that may be a place (`Kaarinan ja Salon välinen ottelu`): two places,
    /// not two people.
    fn coordinated_place(&self, i: usize) -> bool {
        if !self.buf[i].name.place {
            return false;
        }
        let and = |k: usize| {
            self.buf
                .get(k)
                .is_some_and(|a| a.w.joined && matches!(self.word(&a.w), "ja" | "sekä"))
        };
        let place = |k: usize| {
            self.buf
                .get(k)
                .is_some_and(|p| p.w.joined && p.w.case == Case::Capital && p.name.place)
        };
        (and(i + 1) && place(i + 2)) || (i >= 2 && and(i - 1) && place(i - 2))
    }

    /// Whether word `i` is the schools' messaging service Wilma, not a girl of that name: alone,
    /// in the illative, elative or inessive (`Wilmaan`, `Wilmasta`, `Wilmassa on viesti`) or
    /// in the genitive before `kautta` (`Wilman kautta`), as messages are sent and read.
    fn school_system(&self, i: usize) -> bool {
        let word = self.word(&self.buf[i].w);
        let Some(rest) = word.strip_prefix("Wilma") else {
            return false;
        };
        matches!(rest, "an" | "sta" | "ssa" | "ankin" | "staan")
            || (rest == "n"
                && self
                    .buf
                    .get(i + 1)
                    .is_some_and(|n| n.w.joined && self.word(&n.w) == "kautta"))
    }

    /// Whether a single name form at word `i` is in the inessive (`Wilmassa`, `Kalliossa`):
    /// people are spoken of in the outer local cases (`Annalla`, `Virtaselle`), so a name
    /// *in* which something is names a place or a thing. A name whose base form ends so
    /// (`Vanessa`) is no inessive.
    fn inessive(&mut self, i: usize) -> bool {
        let word = self.word(&self.buf[i].w);
        self.lower_of(word);
        let l = shape::strip_clitic(&self.lower);
        (l.ends_with("ssa") || l.ends_with("ssä")) && !self.lex.base_name(l, false, &mut self.hits)
    }

    /// Whether the lone surname at word `i` is in the illative (`muuttivat Kumpulaan`, `tulee
    /// Viikkiin`, `Kivistöön`): where one goes, a place, unless a word before it takes a person
    /// in that case (`ota yhteyttä Virtaseen`, `luotamme Lahtiseen`, `tutustu Kiveen`).
    fn illative_of_a_place(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if t.name.first || t.w.case != Case::Capital {
            return false;
        }
        self.lower_of(self.word(&t.w));
        if !shape::illative(shape::strip_clitic(&self.lower)) {
            return false;
        }
        let takes_person = (i.saturating_sub(2)..i).any(|k| {
            let w = self.word(&self.buf[k].w);
            PERSON_ILLATIVE.iter().any(|p| super::lower_starts(w, p))
        });
        !takes_person
    }

    /// Whether the lone name at word `i`, in the allative or the illative, is where a trip goes:
    /// after a trip's noun (`Kanoottiretki Unnukalle`, `matka Pallakselle`), a verb of heading
    /// somewhere (`Syysretki suuntautuu tänä vuonna Kolille`) or before `asti` (`ajettu
    /// Kivikankaalle asti`); from the persons and drafts sets' dev halves. A person is not a
    /// trip's goal.
    fn destination(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let word = self.word(&t.w);
        self.lower_of(word);
        let l = shape::strip_clitic(&self.lower);
        if !(l.ends_with("lle") || shape::illative(l)) || i == 0 {
            return false;
        }
        let until = self
            .buf
            .get(i + 1)
            .is_some_and(|n| n.w.joined && self.word(&n.w) == "asti");
        let heading = (i.saturating_sub(4)..i).any(|k| {
            let v = self.word(&self.buf[k].w);
            self.context(v).has(Group::Heading)
        });
        let trip = t.w.joined && self.in_base_form_of(i - 1, Group::Trip);
        until || heading || trip
    }

    /// Whether the inessive name at word `i` is what a person has in them: a first name or a
    /// `-nen` surname, no place, before `on`, `oli` or `yhdistyvät` (`Mikossa on kapteenin
    /// ainesta`, `Ullassa yhdistyvät ammattitaito ja huumori`). A surname that is also a place's
    /// name stays a place (`Kalliossa on katujuhlat`).
    fn inessive_of_a_person(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let verb = self.buf.get(i + 1).is_some_and(|n| {
            n.w.joined && matches!(self.word(&n.w), "on" | "oli" | "yhdistyy" | "yhdistyvät")
        });
        if !verb || t.name.place || t.w.case != Case::Capital {
            return false;
        }
        t.name.first || {
            self.lower_of(self.word(&t.w));
            shape::nen_surname(&self.lower)
        }
    }

    /// Whether a single name form at word `i` is a person: it is confidently a name and no
    /// place (a frequent word at a sentence start with a verb or, for a first name, a comma
    /// after it), or something next to it says so (a title or relation before it, an age in
    /// parentheses or `ja hänen`, `ja Paula` after it), or, for a name that is also a common word, it is
    /// capitalised in the middle of a sentence.
    fn supported(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        if t.name.confident && !t.name.place {
            if !(t.name.frequent && t.w.sentence_start) {
                return true;
            }
            // A frequent word opening a sentence is a first name before a verb (`Jukka
            // sairastaa`, not `Kallio rannan takana`; a surname alone opening a sentence, `Mäki
            // oli jyrkkä`, is more often the word).
            // Also with an adverb between (`Hannu taas ehti`, `Heikki kyllä tiesi`; the
            // ninety-second persons set's dev half).
            let verb = t.name.first && self.verb_after(i, shape::looks_finite);
            // So is a first name addressed, with a comma after it (`Eetu, odotamme sua`).
            let addressed = t.name.first && t.w.after == ',';
            // So is a first name with an aside about its person (`Jere (kokkilinja, 2. vuosi)
            // sai …`) or with the surname in brackets (`Samin (Leppänen) palkka`).
            let aside = t.name.first
                && self.buf.get(i + 1).is_some_and(|n| {
                    n.w.tight
                        && n.w.before == '('
                        && (n.w.case == Case::Lower
                            || (n.w.case == Case::Capital && n.name.surname))
                });
            // And a `-nen` surname before a verb (`Virtanen sanoi`, `Hakkarainen voitti`): such
            // a word opening a sentence is an adjective only when it is a demonym
            // (`Suomalainen voitti`), which the rule leaves.
            // With an adverb between too (`Virtanen taas sanoi`; the ninety-third persons
            // set's dev half).
            let surname_verb =
                !t.name.first && t.name.surname && self.verb_after(i, shape::looks_finite) && {
                    self.lower_of(self.word(&t.w));
                    shape::nen_surname(&self.lower)
                        && !["lainen", "läinen"].iter().any(|e| self.lower.ends_with(e))
                };
            // And a first name with its company or its home after it (`Heikki vaimoineen on
            // syönyt`, `Seppo naapurista tuli`), from the eighty-second persons set's dev half;
            // a surname with its company too (`Virtanen vaimoineen hoiti`; the
            // hundred-and-fourth's).
            let company = t.name.person()
                && self.buf.get(i + 1).copied().is_some_and(|n| {
                    let l = self.word(&n.w);
                    n.w.joined
                        && n.w.case == Case::Lower
                        && (["naapurista", "yläkerrasta", "alakerrasta", "vierestä"].contains(&l)
                            || self.comitative_relation(l))
                });
            if verb || addressed || aside || surname_verb || company {
                return true;
            }
        }
        // A title before it, unless it is a place's name in the case of where one works
        // (`Hän on nykyään lääkäri Tampereella`; the hundred-and-fourth persons set's dev
        // half), not of whom one thanks (`esihenkilölleen Sallalle`).
        let title = i > 0
            && t.w.joined
            && {
                let prev = self.buf[i - 1];
                let c = self.context(self.word(&prev.w));
                c.is_role()
            }
            && !(t.name.place
                && {
                    self.lower_of(self.word(&t.w));
                    matches!(shape::outer_local_case(&self.lower), Some("lla" | "llä"))
                }
                // the one who has something (`opettaja Salolla on kokous`) is a person
                && !self.buf.get(i + 1).is_some_and(|n| {
                    let v = self.word(&n.w);
                    n.w.joined && (super::COPULA.contains(&v) || v == "ei")
                }));
        let age = self.buf.get(i + 1).is_some_and(|n| {
            n.w.case == Case::Digits && n.w.tight && n.w.before == '(' && n.w.after == ')'
        });
        // Coordinated with a person: `Satu ja hänen tyttärensä`, `Sami ja Paula Kärkkäinen`,
        // `Teemu ja veljensä Joonas`.
        let and_person = self
            .buf
            .get(i + 1)
            .zip(self.buf.get(i + 2))
            .is_some_and(|(a, b)| {
                a.w.joined
                    && b.w.joined
                    && matches!(self.word(&a.w), "ja" | "sekä" | "tai")
                    && (self.word(&b.w) == "hänen"
                        // or with their own relative (`Teemu ja veljensä Joonas`)
                        || (b.relation && b.w.case == Case::Lower)
                        || (b.name.person()
                            && (b.name.confident
                                // Two first names, the second capitalised inside the sentence
                                // (`Onni ja Lumi juoksivat`).
                                || (t.name.first
                                    && b.name.first
                                    && !b.name.place
                                    && b.w.case == Case::Capital)
                                || self.buf.get(i + 3).is_some_and(|c| {
                                    c.w.joined && c.w.case == Case::Capital && c.name.person()
                                }))))
            });
        // Or by `&` with another first name in a capital, as a couple or a pair is written
        // (`Topi & Late voittivat`; the hundred-and-fifth persons set's dev half).
        let and_person = and_person
            || (t.name.first
                && self.buf.get(i + 1).is_some_and(|b| {
                    b.w.before == '&'
                        && !b.w.tight
                        && b.w.case == Case::Capital
                        && b.name.first
                        && !b.name.place
                }));
        // The spoken topic doubled by `se` before a verb (`Timo se on kova tyyppi`, `Annahan se
        // taas keksi`, `Ossi se olj passissa`).
        let doubled = t.name.first
            && self
                .buf
                .get(i + 1)
                .is_some_and(|n| n.w.joined && self.word(&n.w) == "se")
            && self.buf.get(i + 2).is_some_and(|v| {
                let w = self.word(&v.w);
                v.w.joined
                    && v.w.case == Case::Lower
                    && (shape::looks_finite(w)
                        || super::SMALL_ADVERBS.contains(&w)
                        || super::COPULA.contains(&w))
            });
        // Coordinated with a name just found: `Björnille ja Märtalle`; with a surname, not a
        // place's name (`Kiurun ja Kotkan tiimit`).
        let after_person = self
            .joined_to_name(i)
            .is_some_and(|m| m.kind != MentionKind::Surname || !t.name.place);
        // A first name before a verb of saying, asking, wanting, knowing or feeling, which only
        // a person does, also one that is a word too and opens a sentence (`Rauha kysyi
        // ohjaajalta`, `Elias kerto eilen`, `Onnikin halus lähtee`; the eighty-fifth persons
        // dev half).
        let says = t.name.first && self.saying_next(i, false);
        // Or opening a sentence before any verb only a person does, past a small adverb too
        // (`Olli lähti jo kotiin`, `Onni taas voitti`; the persons sets' dev halves), but not
        // visiting nor waiting, which the weather and a gift do too (`Tuuli kävi kovana`,
        // `Halla kävi yöllä`, `Lahja odottaa autotallissa`), and no word in a place's case
        // (`Aamulla soitti naapuri`).
        let acts = t.name.first
            && t.w.sentence_start
            && {
                self.lower_of(self.word(&t.w));
                shape::outer_local_case(&self.lower).is_none()
            }
            && self.verb_after(i, |v| {
                super::PERSON_VERBS.contains(&v) && !matches!(v, "kävi" | "odottaa" | "odotti")
            });
        // A surname that is a word too, opening a sentence before a verb of saying or of a
        // speaker's turn (`Niemi kertoi`, `Salo ilmoitti`, `Al-Sayed muistutti`).
        let surname_says = !t.name.first && t.name.surname && self.saying_next(i, true);
        title
            || age
            || doubled
            || and_person
            || after_person
            || says
            || acts
            || surname_says
            || (!t.name.place && !t.w.sentence_start)
    }

    /// Whether a verb `is_verb` accepts follows word `i` in small letters, right after it or
    /// past one small adverb (`Jukka sairastaa`, `Hannu taas ehti`).
    fn verb_after(&self, i: usize, is_verb: impl Fn(&str) -> bool) -> bool {
        let small = |k: usize| {
            self.buf
                .get(k)
                .filter(|n| n.w.joined && n.w.case == Case::Lower)
                .map(|n| self.word(&n.w))
        };
        let adverb = self
            .buf
            .get(i + 1)
            .is_some_and(|n| n.w.joined && super::SMALL_ADVERBS.contains(&self.word(&n.w)));
        small(i + 1).is_some_and(&is_verb) || (adverb && small(i + 2).is_some_and(&is_verb))
    }

    /// Whether the word after word `i` is a verb of saying, asking, wanting, knowing or
    /// feeling in small letters, or with `turn` also of a speaker's turn (`ilmoitti`).
    fn saying_next(&self, i: usize, turn: bool) -> bool {
        self.buf.get(i + 1).is_some_and(|n| {
            let v = self.word(&n.w);
            n.w.joined
                && n.w.case == Case::Lower
                && ((super::PERSON_VERBS.contains(&v) && SAYING.iter().any(|s| v.starts_with(s)))
                    || (turn && SPEAKERS_TURN.contains(&v)))
        })
    }

    /// Initials at word `i` (`M.`): with a capitalised surname after them (`M. Virtanen`,
    /// `J.-P. Koskisen`, `K.M. Laakso`), or two or more on their own (`J.K.`).
    pub(super) fn initials(&mut self, i: usize) -> bool {
        let mut k = i;
        // The last initial may take a case ending after a colon (`M.K:lle`; the eighty-ninth
        // persons set's dev half).
        while let Some(n) = self.buf.get(k + 1) {
            let gap = &self.text[self.buf[k].w.end..n.w.start];
            let ending = gap == "." && initial_with_ending(self.word(&n.w));
            if !((n.w.is_initial(self.text) || ending) && matches!(gap, "." | ".-" | ". ")) {
                break;
            }
            k += 1;
            if ending {
                self.emit_to(
                    self.buf[i].w.start,
                    self.buf[k].w.end,
                    k,
                    MentionKind::Initials,
                );
                return true;
            }
        }
        let start = self.buf[i].w.start;
        if let Some(n) = self.buf.get(k + 1).copied() {
            let gap = &self.text[self.buf[k].w.end..n.w.start];
            self.lower_of(self.word(&n.w));
            // A double surname of which only one part is listed is a surname too
            // (`T. Kallio-Vehkaoja`).
            let surname = n.name.person()
                || shape::nen_surname(&self.lower)
                || self.word(&n.w).split('-').any(|part| {
                    part.starts_with(char::is_uppercase) && self.name_info(part).surname
                });
            if n.w.case == Case::Capital && gap.starts_with(". ") && gap.len() <= 3 && surname {
                self.emit(start, k + 1, MentionKind::Initials);
                return true;
            }
        }
        let end = self.buf[k].w.end + 1;
        let letters = &self.text[start..end];
        if k > i && !matches!(letters, "P.S." | "N.B.") {
            self.emit_to(start, end, k, MentionKind::Initials);
            return true;
        }
        false
    }

    /// A surname and the initial of the first name after it, as lists and registers write
    /// people (`Nuutinen A. – työkykyarvio`, `Korhonen T.`): one full name.
    pub(super) fn surname_initial(&mut self, i: usize) -> bool {
        let t = self.buf[i];
        let Some(n) = self.buf.get(i + 1).copied() else {
            return false;
        };
        let name = t.name.surname && t.name.confident && !t.name.place;
        let gap = &self.text[t.w.end..n.w.start];
        if t.w.case != Case::Capital || !name || gap != " " || !n.w.is_initial(self.text) {
            return false;
        }
        // After the initial's stop, a space, the end or a list's punctuation (not `Mäki A.B.`).
        let after = self.text[n.w.end + 1..].chars().next();
        if !after.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | ')' | ':')) {
            return false;
        }
        self.emit_to(t.w.start, n.w.end + 1, i + 1, MentionKind::FullName);
        true
    }

    /// Signature initials at word `i`: two or three capitals, or small letters that are no
    /// word, right after `/ - ^` at the end of a line (`/MK`, `-SJ`, `^MM`, `-jk`).
    pub(super) fn signature(&mut self, i: usize) -> bool {
        let w = self.buf[i].w;
        let word = self.word(&w);
        let n = word.chars().count();
        // In small letters too (`-jk`), when no word is written so (`-ok`, `/no`).
        let small = w.case == Case::Lower
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !crate::frequent::contains(word.as_bytes());
        if !(w.case == Case::Upper || small) || !(2..=3).contains(&n) || !w.tight || !w.line_end {
            return false;
        }
        let head = &self.text[..w.start];
        let marks = head.trim_end_matches(SIGNATURE_MARKS);
        let alone = marks.chars().next_back().is_none_or(char::is_whitespace);
        if marks.len() == head.len() || !alone {
            return false;
        }
        self.emit(marks.len(), i, MentionKind::Initials);
        true
    }
}

/// Whether `word` is one capital, a colon and a case ending (`K:lle`, `P:n`).
fn initial_with_ending(word: &str) -> bool {
    word.contains(':')
        && shape::before_case_ending(word)
            .is_some_and(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase))
}

/// Whether `t` is a capitalised word inside a sentence that is no listed name, place or pronoun:
/// a candidate for a name the lists lack.
fn unlisted_capital(t: &super::Tok) -> bool {
    t.w.case == Case::Capital
        && !t.w.sentence_start
        && !t.name.person()
        && !t.name.place
        && !t.pronoun
}

/// The stems of the person verbs (`super::PERSON_VERBS`) of saying, asking, wanting, knowing,
/// thinking and feeling, which make a first name a person even where it is also a word (not
/// those of going or doing: `Tuuli kävi navakkana`).
/// Verbs of a speaker's turn in a meeting or an interview, in the past and the present
/// (`Salo ilmoitti`, `Niemi muistuttaa`): what one person does. Saying itself (`kertoi`,
/// `sanoi`, `vastasi`) is [`SAYING`]'s.
const SPEAKERS_TURN: &[&str] = &[
    "totesi",
    "toteaa",
    "muistutti",
    "muistuttaa",
    "ilmoitti",
    "korosti",
    "korostaa",
    "huomautti",
    "huomauttaa",
    "ehdotti",
    "ehdottaa",
    "kommentoi",
    "perusteli",
    "vaati",
    "painotti",
    "painottaa",
];

/// Adjectives in the genitive that stand between a place's genitive and the noun it names
/// (`Rasilan vanhan maitolaiturin`).
const AGE_ADJECTIVES: &[&str] = &[
    "vanhan",
    "uuden",
    "entisen",
    "nykyisen",
    "suuren",
    "pienen",
    "ison",
    "vanhemman",
];

const SAYING: &[&str] = &[
    "sano",
    "kerto",
    "kysy",
    "halu",
    "lupa",
    "kehu",
    "toivo",
    "pyys",
    "pyytä",
    "vastas",
    "väitti",
    "ajattel",
    "muist",
    "ties",
    "tietää",
    "tiäs",
    "tykkä",
    "rakast",
    "päätt",
    "aiko",
    "meinas",
    "tuumas",
    "ymmärs",
    "ymmärtää",
    "taju",
    "käski",
    "neuvo",
    "valitt",
    "kiitt",
    "pelkä",
    "itk",
    "nauro",
    "naura",
    "huus",
    "huuta",
    "puhu",
];
