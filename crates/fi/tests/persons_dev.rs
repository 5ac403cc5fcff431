//! Recall and precision of the person finder on the blind `dev` sentences
//! (`fixtures/corpus/persons/dev.jsonl`, the third round's `third/persons/dev.jsonl` and the
//! later rounds' `<round>/persons/dev.jsonl`, from the seventeenth to the eighty-fifth;
//! the `test` halves stay frozen for final reports).

use std::path::Path;

use somelint_fi::persons::PersonFinder;

#[path = "support/persons.rs"]
mod persons;

#[test]
fn dev_sentences_meet_targets() {
    holds(".", 250, 0.95, 0.95, 0.9, 0.8);
}

#[test]
fn third_round_dev_sentences_hold_their_floors() {
    // Written and labelled after the finder had been tuned on the first round.
    holds("third", 250, 0.94, 0.96, 0.9, 0.8);
}

#[test]
fn seventeenth_round_dev_sentences_hold_their_floors() {
    // Written and labelled blind on 1 December 2026, long after the finder was last tuned.
    // Its labeller marked colloquial `se` and `sun` as pronouns and more relations (`Naapurin
    // tyttö`), which the finder leaves (docs/persons.md): a lower floor per kind.
    holds("seventeenth", 250, 0.89, 0.93, 0.65, 0.8);
}

#[test]
fn nineteenth_round_dev_sentences_hold_their_floors() {
    // Written blind on 1 December 2026 with the hard cases of real posts asked for (spoken
    // Finnish, names that are words, handles, places and institutions named like surnames):
    // lower floors, and surnames alone are right only 12 times in 21 (places and works named
    // like them: `Tapanilan kautta`, `Fazerin Sininen`).
    holds("nineteenth", 250, 0.87, 0.89, 0.75, 0.55);
}

#[test]
fn sixtysixth_round_dev_sentences_hold_their_floors() {
    // Written blind on 5 December 2026 from the first round's brief by two writers, labelled
    // by two others; both marked titles before names (`Kanttori Johanna Lehto`) and spoken
    // `se` for a person. 0.815 / 0.934 as it came out, before the finder was tuned on it.
    holds("sixtysixth", 250, 0.9, 0.96, 0.8, 0.85);
}

#[test]
fn sixtyseventh_round_dev_sentences_hold_their_floors() {
    // Written blind on 5 December 2026 after the finder's changes from the sixty-sixth round,
    // to check that they carry (0.867 / 0.967 with the finder before them, 0.879 / 0.964 after);
    // relations without a name (`Asumisyksikkömme asukas`) are found 0.676 of the time.
    // The finder was then tuned on this half (thirty-fourth session): 0.924 / 0.965, relations
    // 0.811; its test half did not move (0.899 / 0.947), so these are no blind figures.
    holds("sixtyseventh", 250, 0.86, 0.95, 0.65, 0.85);
}

#[test]
fn seventysecond_round_dev_sentences_hold_their_floors() {
    // Written blind on 5 December 2026 before the thirty-sixth session changed anything: 0.875 /
    // 0.951 as it came out; relations without a name found about half the time (0.529). The
    // finder was then tuned on this half (0.894 / 0.952), so these are no blind figures now.
    holds("seventysecond", 250, 0.87, 0.95, 0.5, 0.84);
}

#[test]
fn seventysixth_round_dev_sentences_hold_their_floors() {
    // Written blind on 5 December 2026 (thirty-eighth session) after the spoken `se` spoken to
    // and said to be a person and roles named after a colon or a comma were written on older
    // dev halves: 0.872 / 0.952 with the session's first build, 0.872 / 0.952 with those
    // changes. The finder was then tuned on this half (kin opening a sentence before a name,
    // our agent noun before a name, the neighbour's son): 0.894 / 0.953, relations 0.784; and
    // then a name in the inessive of what a person has in them and more nicknames: 0.897 /
    // 0.954. Surnames alone are right 14 times in 21 (places named like them: `Kelasta`,
    // `Rantakallion vuokrataloihin`), so the floor per kind is low. The thirty-ninth session's
    // changes (family of a named person, roles away or in the perfect, `-nen` surnames opening a
    // sentence, and more): 0.930 / 0.959.
    holds("seventysixth", 250, 0.92, 0.95, 0.8, 0.65);
}

#[test]
fn seventyseventh_round_dev_sentences_hold_their_floors() {
    // Written blind on 5 December 2026 (thirty-eighth session) after the session's first
    // changes: 0.821 / 0.938 with the session's first build, 0.841 / 0.936 with the build it
    // came in to; then tuned on (the spoken topic doubled, `se` before a verb of wanting,
    // initials in small letters signing a post): 0.852 / 0.936. Relations without a name
    // (`kuljettaja selvisi`, `Kirkkoherra kiittää`) are found 0.610 of the time. The thirty-ninth
    // session's changes: 0.903 / 0.940, relations 0.797.
    holds("seventyseventh", 250, 0.89, 0.93, 0.75, 0.7);
}

#[test]
fn thirty_ninth_session_rounds_dev_sentences_hold_their_floors() {
    // The seventy-eighth round: written blind on 5 December 2026 (thirty-ninth session) before
    // anything was changed: 0.891 / 0.925 with the session's first build; then tuned on (a lone
    // surname in the illative is a place, shopping centres and terminals after a genitive, the
    // spoken `se` before a person's verb in the perfect, the slang of student life as titles):
    // 0.923 / 0.959; after institutions named like people and titles before a hyphenated head,
    // 0.927 / 0.973. Surnames alone are right 22 times in 24.
    // The seventy-ninth: written after most of that session's changes: 0.859 / 0.920 with the
    // session's first build, 0.862 / 0.917 with the build it came in to (7307067); then tuned
    // on (institutions named like people, the spoken plural `ne`, feelings after the spoken
    // `se`): 0.877 / 0.935. Its writers wrote many roles without a name and spoken pronouns:
    // relations are found 0.654 of the time, pronouns 0.737.
    for (set, recall, precision, kind_recall, kind_precision) in [
        ("seventyeighth", 0.91, 0.96, 0.8, 0.9),
        ("seventyninth", 0.86, 0.93, 0.65, 0.8),
    ] {
        holds(set, 250, recall, precision, kind_recall, kind_precision);
    }
}

#[test]
fn fortieth_session_round_dev_sentences_hold_their_floors() {
    // The eightieth round: written blind on 5 December 2026 (fortieth session) before anything
    // was changed: 0.865 / 0.913 with the session's first build; then tuned on (family words
    // opening a clause before a verb, a title after `ja`, spoken pasts without their `-i`,
    // nouns in `-rrA`, names before a company's abbreviation, houses and homes before a name):
    // 0.911 / 0.938. Relations are found 0.764 of the time, pronouns 0.767.
    holds("eightieth", 250, 0.9, 0.93, 0.75, 0.9);
    // The eighty-first: written after the session's changes, 0.904 / 0.960 with its first
    // build and 0.904 / 0.964 at its end.
    holds("eightyfirst", 250, 0.89, 0.95, 0.7, 0.7);
}

#[test]
fn forty_first_session_round_dev_sentences_hold_their_floors() {
    // The eighty-second round: written blind on 5 December 2026 (forty-first session) before
    // anything was changed: 0.881 / 0.905 with the session's first build; then tuned on (the
    // plural of a first name, name days, clubs after their town, firms, pets, a name with its
    // company, a role that did something once, family words in the genitive before a past):
    // 0.917 / 0.950. Relations are found 0.812 of the time, pronouns 0.860; surnames alone are
    // right 21 times in 29 (places and clubs named like people).
    holds("eightysecond", 250, 0.91, 0.94, 0.8, 0.7);
}

#[test]
fn eighty_third_to_hundred_and_eleventh_round_dev_sentences_hold_their_floors() {
    // The eighty-third round: written blind on 6 December 2026 (forty-second session) before
    // anything was changed: 0.912 / 0.923 with the session's first build; then tuned on (farms
    // named by a `-la` genitive, unlisted surnames by their shape after a first name, a
    // grandparent's family word in any case, name days in any plural case, things' heads
    // before a name, the spoken `se` after a named subject): 0.947 / 0.967. Relations are found
    // 0.901 of the time, pronouns 0.824; surnames alone are right 27 times in 30.
    holds("eightythird", 300, 0.94, 0.96, 0.8, 0.85);
    // The eighty-fourth: written after the session's changes to measure them, not tuned on:
    // 0.834 / 0.966 with the session's first build, 0.838 / 0.966 with its last. Relations are
    // found 0.747 of the time, pronouns 0.606 (titles before a name were labelled as mentions
    // of their own, and `se` across sentences).
    // After the mentions' order was mended (forty-third session): 0.834 / 0.974.
    holds("eightyfourth", 300, 0.83, 0.96, 0.6, 0.85);
    // The eighty-fifth round: written blind on 6 December 2026 (forty-third session) before
    // anything was changed: 0.927 / 0.957 with the session's first build (after the mentions'
    // order was mended, see the corpus README); then tuned on (a full name's genitive before a
    // compound that only opens with a place noun, a `-la` genitive before a compound opening
    // with a farm building, a first name before a verb of saying or wanting, the spoken `se`
    // doubling a name before an object, bakeries and businesses before a name): 0.948 / 0.968.
    // Relations are found 0.886 of the time, pronouns 0.864; surnames alone are right 17 times
    // in 21 (a scout troop, a bakery and villages named like people).
    holds("eightyfifth", 280, 0.94, 0.96, 0.85, 0.8);
    // The eighty-seventh round: written blind on 6 December 2026 (forty-fourth session) before
    // anything was changed: 0.884 / 0.922 with the session's first build; then tuned on (a
    // bare role singled out by a relative clause in the past, an age in parentheses after a
    // relation, unlisted capitals before an age, new titles and relations, the spoken `se`
    // forgetting): 0.928 / 0.925. Relations are found 0.857 of the time and right 0.860;
    // surnames alone are right 13 times in 18 (firms and shops named like people).
    holds("eightyseventh", 270, 0.92, 0.92, 0.85, 0.85);
    // The eighty-eighth round: written blind in the same session after the eighty-seventh's
    // changes (6182c56): 0.843 / 0.940 with that build, as with the session's first; then
    // tuned on (the spoken `se` after a negation, a role after `se` before a person's verb,
    // titles of the stage and the press): 0.858 / 0.941. Relations are found 0.741 of the time
    // (titles before a name were labelled as mentions of their own), pronouns 0.769; surnames
    // alone are right 23 times in 28 (places in `-la` and composers' works).
    holds("eightyeighth", 270, 0.84, 0.93, 0.7, 0.8);
    // The eighty-ninth round: written blind on 6 December 2026 (forty-fifth session) before
    // anything was changed: 0.908 / 0.939 with the session's first build; then tuned on (a
    // family name ending in a consonant in the plural's local cases, an owned agent noun as a
    // singular subject, rooms and servers named after people, a first name before a place's
    // genitive and a school, fairs of a saint's day, surnames joined by `&`, initials with a
    // case ending, consultants and developers as titles): 0.931 / 0.958. Relations are found
    // 0.860 of the time, pronouns 0.933; surnames alone are right 13 times in 16 (brands
    // named after families).
    holds("eightyninth", 260, 0.92, 0.95, 0.85, 0.9);
    // The ninetieth round: written blind in the same session after the eighty-ninth's changes
    // (d50eb9a): 0.930 / 0.954 with that build, as with the session's first; then a greeting
    // with a comma before a name said to the person (`Kiitos, Tapio, … Sinua ilman …`): 0.934
    // / 0.954. Relations are found 0.833 of the time, pronouns 0.902 (`niille` for two named,
    // a second-person pronoun after a thanked title and name); events named after people in
    // the genitive (`Paavo Nurmen kisojen`, `Kalevan kisoissa`) are the false alarms.
    holds("ninetieth", 280, 0.92, 0.95, 0.8, 0.85);
    // The ninety-first round: written blind on 6 December 2026 (forty-sixth session) before
    // anything was changed: 0.902 / 0.941 with the session's first build; then tuned on
    // (characters of the stage, makers of works, nicknames with a hyphen, a family's plural in
    // a local case after o, u or y, the spoken `se` continuing a clause, a role a message is
    // forwarded to, trips' destinations, greetings with a pronoun): 0.936 / 0.973. Relations
    // are found 0.848 of the time, pronouns 0.897; surnames alone are right 26 times in 30.
    holds("ninetyfirst", 290, 0.93, 0.97, 0.8, 0.85);
    // The ninety-second round: written blind in the same session after the ninety-first's
    // changes (191084d): 0.812 / 0.933 with that build (0.809 / 0.933 with the session's
    // first). Foreign names in Finnish cases are most of its misses.
    holds("ninetysecond", 280, 0.81, 0.93, 0.6, 0.69);
    // The ninety-third round: written blind on 6 December 2026 (forty-seventh session) before
    // anything was changed: 0.869 / 0.946 with the session's first build; then tuned on (a
    // nickname one is known or called by, an age in shorthand after a name, a grandchild and
    // the birthday person before a name, horses and meeting rooms as things): 0.886 / 0.954.
    // The spoken `se` (pronouns found 0.667) and roles before names are most of what is left.
    holds("ninetythird", 285, 0.88, 0.95, 0.66, 0.93);
    // The ninety-fourth round: written blind in the same session after the ninety-third's
    // changes (3bfc13d): 0.915 / 0.949 with that build and with the session's first; then tuned
    // on (a relative in the genitive before `kanssa` and a verb of what we did, a surname and
    // an adverb before the verb): 0.918 / 0.949.
    holds("ninetyfourth", 300, 0.91, 0.94, 0.76, 0.9);
    // The ninety-fifth round: written blind in the same session after the ninety-fourth's
    // changes, as it came out (the session's first build read it the same): 0.913 / 0.926.
    holds("ninetyfifth", 250, 0.91, 0.92, 0.76, 0.8);
    // The ninety-sixth round: written blind on 6 December 2026 (forty-eighth session) before
    // anything was changed, as it came out: 0.863 / 0.932; then tuned on (every maker in a
    // list before the work: Bachin, Händelin ja Buxtehuden teoksia): 0.870 / 0.932.
    holds("ninetysixth", 280, 0.86, 0.93, 0.74, 0.81);
    // The ninety-seventh round: written blind in the same session after the ninety-sixth's
    // changes (861ca0a), as it came out (the session's first build read it the same): 0.878 /
    // 0.932.
    holds("ninetyseventh", 340, 0.87, 0.93, 0.76, 0.83);
    // The ninety-eighth round: written blind on 6 December 2026 (forty-ninth session) before
    // anything was changed, as it came out: 0.909 / 0.930; then tuned on (a role before a name
    // one mention with it, a surname that is a word too before a verb of saying): 0.913 /
    // 0.945.
    holds("ninetyeighth", 240, 0.91, 0.94, 0.73, 0.77);
    // The ninety-ninth round: written blind in the same session after its first change
    // (2b1d32b), as it came out: 0.902 / 0.934 (0.899 / 0.931 with the session's first build);
    // then tuned on (a birth name after o.s., a place's genitive before an adjective and the
    // noun it names, an area): 0.917 / 0.944.
    holds("ninetyninth", 330, 0.91, 0.94, 0.6, 0.6);
    // The hundredth round: written blind on 7 December 2026 (fiftieth session) after its first
    // change (own family words, 0e6ff5b), as it came out: 0.886 / 0.948; then tuned on (the
    // spoken se past adverbs and a place, a first name doubled by se): 0.907 / 0.949.
    holds("hundredth", 280, 0.9, 0.94, 0.8, 0.9);
    // The hundred-and-first round: written blind in the same session after the spoken se's
    // changes (02904fc), as it came out: 0.870 / 0.951; the session's later changes read it
    // the same.
    holds("hundredfirst", 320, 0.86, 0.95, 0.75, 0.94);
    // The hundred-and-second round: written blind on 7 December 2026 (fifty-first session)
    // before any change of the session, as it came out: 0.848 / 0.900 (read with 016ca2b); the
    // session's later changes read it 0.848 / 0.897.
    holds("hundredsecond", 280, 0.84, 0.89, 0.65, 0.8);
    // The hundred-and-third round: written blind in the same session after its first change
    // (the spoken se as an owner, 016ca2b), as it came out: 0.826 / 0.916; then tuned on (a
    // role word after what befell its person in the news, a court case's roles): 0.851 / 0.918.
    holds("hundredthird", 270, 0.85, 0.91, 0.61, 0.91);
    // The hundred-and-fourth round: written blind on 7 December 2026 (fifty-second session)
    // after its first change (handles and first names in small letters, b6b246d), as it came
    // out: 0.842 / 0.933; then tuned on (names listed with commas, a title before a place where
    // one works): 0.842 / 0.937. Its labellers left handles unmarked (`@masa_75`), which the
    // writer had marked; the labellers' reading is kept. Pronouns are found 0.625 of the time,
    // relations 0.667.
    holds("hundredfourth", 290, 0.84, 0.93, 0.62, 0.88);
    // The hundred-and-fifth round: written blind on 7 December 2026 (fifty-third session)
    // before any change of the session, as it came out: 0.884 / 0.912; then tuned on (a pair
    // joined by &, a family in the spoken plural, a first person plural past, a farm's hill
    // and point, the dialect hää, a surname ending in n as no genitive): 0.901 / 0.926.
    holds("hundredfifth", 290, 0.89, 0.92, 0.74, 0.82);
    // The hundred-and-sixth round: written blind in the same session after its first changes,
    // as it came out (aeceee4): 0.904 / 0.933; then tuned on (names wished a name day after
    // kaikille, a medal compound, a surname ending in n as no genitive): 0.910 / 0.939.
    holds("hundredsixth", 305, 0.9, 0.93, 0.74, 0.82);
    // The hundred-and-seventh round: written blind on 7 December 2026 (fifty-fourth session)
    // before any change of the session, as it came out (e296c59): 0.908 / 0.943; then tuned on
    // (the one holder of an office by its title alone, a wedding's kaaso and bestman, a ship
    // before a name): 0.945 / 0.948.
    holds("hundredseventh", 290, 0.94, 0.94, 0.8, 0.88);
    // The hundred-and-eighth round: written blind in the same session after its changes, as
    // it came out (94d96e1): 0.836 / 0.961; then tuned on (a party to one case by its role
    // alone: Epäilty on …, maksamaan uhrille): 0.869 / 0.963. Pronouns are found 0.600 of the
    // time (the spoken se of neighbourhood rumours), relations 0.813.
    holds("hundredeighth", 300, 0.86, 0.96, 0.59, 0.92);
    // The hundred-and-ninth round: written blind on 7 December 2026 (fifty-fifth session)
    // before any change of the session, as it came out (fcc7384): 0.870 / 0.893; then tuned on
    // (two names in single quotes a plant's variety, a breed, a kennel or a club before a name,
    // the spoken se with a negation after it): 0.878 / 0.931. Pronouns are found 0.738 of the
    // time (the spoken se of fans' comments), first names 0.853 (stage names).
    holds("hundredninth", 250, 0.87, 0.93, 0.73, 0.91);
    // The hundred-and-tenth round: written blind on 7 December 2026 (fifty-sixth session)
    // before any change of the session, as it came out (79183b7): 0.951 / 0.930; then tuned on
    // (names before a name day or counted as popular names, a contest in someone's memory, a
    // foundation after a name, an award's title): 0.951 / 0.966. Pronouns are found 0.878 of
    // the time, relations 0.885.
    holds("hundredtenth", 300, 0.95, 0.95, 0.87, 0.91);
    // The hundred-and-eleventh round: written blind on 8 December 2026 (fifty-seventh session)
    // before any change of the session, as it came out (8c947b7): 0.943 / 0.954; the session's
    // tuning on the pooled dev halves leaves it as it came. Pronouns are found 0.826 of the
    // time (the spoken se of a choir's and a workplace's chatter), relations 0.935.
    holds("hundredeleventh", 280, 0.94, 0.95, 0.82, 0.95);
}

/// The person finder on set `set`'s dev half (`fixtures/corpus/SET/persons/dev.jsonl`; `.` for
/// the first set, `fixtures/corpus/persons/`) holds its floors.
fn holds(
    set: &str,
    mentions: usize,
    recall: f64,
    precision: f64,
    kind_recall: f64,
    kind_precision: f64,
) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/corpus")
        .join(set)
        .join("persons/dev.jsonl");
    let r = persons::run(&path, PersonFinder::builtin());
    println!("{}", r.text);
    let t = &r.total;
    assert!(
        t.found + t.missed >= mentions,
        "the dev file has its mentions"
    );
    assert!(t.recall() >= recall, "recall {:.3}\n{}", t.recall(), r.text);
    assert!(
        t.precision() >= precision,
        "precision {:.3}\n{}",
        t.precision(),
        r.text
    );
    // Every kind with enough mentions to say something.
    for (kind, c) in &r.kinds {
        if c.found + c.missed >= 20 {
            assert!(
                c.recall() >= kind_recall,
                "{kind}: recall {:.3}\n{}",
                c.recall(),
                r.text
            );
        }
        if c.right + c.wrong >= 20 {
            assert!(
                c.precision() >= kind_precision,
                "{kind}: precision {:.3}\n{}",
                c.precision(),
                r.text
            );
        }
    }
}
