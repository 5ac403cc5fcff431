//! Names and initials: when a capitalised word that is a form of a listed name mentions a person.

use super::super::scan::Case;
use super::super::shape;
use super::super::words::Group;
use super::{MentionKind, Pass};

/// Characters that introduce signature initials at a line's end (`/MK`, `-SJ`, `^MM`).
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
        // First names only, led by one that is also a word, are no full name: `Onnea Veeralle`
        // is a wish and a name (the name is decided on its own, next).
        if j > i
            && !self.buf[i].name.confident
            && !self.buf[i + 1..=j].iter().any(|n| n.name.surname)
        {
            return;
        }
        // A first name and the initial of a surname (`Liisa K.`) name one person.
        if j == i && self.buf[i].name.first {
            if let Some(n) = self.buf.get(i + 1).copied() {
                if n.w.joined && n.w.is_initial(self.text) {
                    let start = self.buf[i].w.start;
                    return self.emit_to(start, n.w.end + 1, i + 1, MentionKind::FullName);
                }
            }
        }
        if j == i {
            if let Some(n) = capital_at(self, i + 1) {
                // An unlisted capitalised word after a name: a `-nen` surname the lists lack,
                // or the name of a thing (`Aurora Botnia`, `Mannerheimin Lastensuojeluliitto`).
                self.lower_of(self.word(&n.w));
                if !shape::nen_surname(&self.lower) && !shape::foreign_surname(&self.lower) {
                    return;
                }
                j = i + 1;
            }
        }
        // A genitive before a place or event noun names that thing (`Lahden kaupunki`).
        if let Some(n) = self.buf.get(j + 1).copied() {
            if self.buf[j].genitive
                && n.w.joined
                && n.w.case == Case::Lower
                && self.context(self.word(&n.w)).has(Group::Eponym)
            {
                return;
            }
        }
        if j == i && !self.supported(i) {
            return;
        }
        let t = self.buf[i];
        let kind = if j > i {
            MentionKind::FullName
        } else if t.name.first {
            MentionKind::FirstName
        } else {
            MentionKind::Surname
        };
        self.emit(t.w.start, j, kind);
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
            let verb = t.name.first
                && self.buf.get(i + 1).is_some_and(|n| {
                    n.w.joined && n.w.case == Case::Lower && shape::looks_finite(self.word(&n.w))
                });
            // So is a first name addressed, with a comma after it (`Eetu, odotamme sua`).
            let addressed = t.name.first && t.w.after == ',';
            if verb || addressed {
                return true;
            }
        }
        let title = i > 0 && t.w.joined && {
            let prev = self.buf[i - 1];
            let c = self.context(self.word(&prev.w));
            c.is_role()
        };
        let age = self.buf.get(i + 1).is_some_and(|n| {
            n.w.case == Case::Digits && n.w.tight && n.w.before == '(' && n.w.after == ')'
        });
        // Coordinated with a person: `Satu ja hänen tyttärensä`, `Sami ja Paula Kärkkäinen`.
        let and_person = self
            .buf
            .get(i + 1)
            .zip(self.buf.get(i + 2))
            .is_some_and(|(a, b)| {
                a.w.joined
                    && b.w.joined
                    && matches!(self.word(&a.w), "ja" | "sekä" | "tai")
                    && (self.word(&b.w) == "hänen"
                        || (b.name.person()
                            && (b.name.confident
                                || self.buf.get(i + 3).is_some_and(|c| {
                                    c.w.joined && c.w.case == Case::Capital && c.name.person()
                                }))))
            });
        title || age || and_person || (!t.name.place && !t.w.sentence_start)
    }

    /// Initials at word `i` (`M.`): with a capitalised surname after them (`M. Virtanen`,
    /// `J.-P. Koskisen`, `K.M. Laakso`), or two or more on their own (`J.K.`).
    pub(super) fn initials(&mut self, i: usize) -> bool {
        let mut k = i;
        while let Some(n) = self.buf.get(k + 1) {
            let gap = &self.text[self.buf[k].w.end..n.w.start];
            if !(n.w.is_initial(self.text) && matches!(gap, "." | ".-" | ". ")) {
                break;
            }
            k += 1;
        }
        let start = self.buf[i].w.start;
        if let Some(n) = self.buf.get(k + 1).copied() {
            let gap = &self.text[self.buf[k].w.end..n.w.start];
            self.lower_of(self.word(&n.w));
            let surname = n.name.person() || shape::nen_surname(&self.lower);
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

    /// Signature initials at word `i`: two or three capitals right after `/ - ^` at the end of a
    /// line (`/MK`, `-SJ`, `^MM`).
    pub(super) fn signature(&mut self, i: usize) -> bool {
        let w = self.buf[i].w;
        let n = self.word(&w).chars().count();
        if w.case != Case::Upper || !(2..=3).contains(&n) || !w.tight || !w.line_end {
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
