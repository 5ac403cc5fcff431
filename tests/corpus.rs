//! Detection on the blind corpus's `dev` halves (`fixtures/corpus/`, written and labelled by people
//! who never saw the packs), held above floors so that a regression fails. The floors are the
//! figures reached when they were last raised; `scripts/eval` prints the full report. The `test`
//! halves are never read here: they are run once at the end of a piece of work and reported.

use std::collections::BTreeMap;
use std::path::Path;

use somelint_core::Severity;

#[allow(dead_code)]
#[path = "../examples/eval/score.rs"]
mod score;

/// `(category, minimum recall, minimum precision)`.
type Floors<'a> = &'a [(&'a str, f64, f64)];

fn check(file: &str, floors: Floors, max_hard_false_alarms: f64) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/corpus")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        !file.contains("test") && !file.contains("check/"),
        "the held-out halves are not for tuning"
    );
    let items = score::read(&text);
    let rules = score::rules(None);
    let found = score::flagged(&items, &rules, Severity::Warning);
    let scores: BTreeMap<String, score::Score> = score::score(&items, &found);
    let report = score::report(&scores, false);
    println!("{file}\n{report}");
    for (category, recall, precision) in floors {
        let s = &scores[*category];
        assert!(
            s.recall() >= *recall && s.precision() >= *precision,
            "{file}: {category} recall {:.3} (floor {recall}), precision {:.3} (floor {precision})\n{report}",
            s.recall(),
            s.precision()
        );
        assert!(
            s.hard_false_alarm_rate() <= max_hard_false_alarms,
            "{file}: {category} flags {} of {} hard negatives\n{report}",
            s.hard_fp,
            s.hard
        );
    }
}

/// [`check`] for a round of drafts labelled per category: the floors (recall, precision) of
/// confidential, copyright, tone and signature, and at most 10 % false alarms on hard negatives.
fn check_round(file: &str, floors: [(f64, f64); 4]) {
    let names = ["confidential", "copyright", "tone", "signature"];
    let floors: Vec<_> = names
        .iter()
        .zip(floors)
        .map(|(name, (recall, precision))| (*name, recall, precision))
        .collect();
    check(file, &floors, 0.10);
}

#[test]
fn main_dev_holds_its_floors() {
    check(
        "main/dev.jsonl",
        &[
            ("confidential", 0.97, 0.97),
            ("copyright", 0.97, 0.97),
            ("tone", 0.95, 0.95),
            ("signature", 0.95, 0.95),
            ("platform", 0.95, 0.95),
            ("links", 0.95, 0.95),
        ],
        0.15,
    );
}

#[test]
fn focus_dev_holds_its_floors() {
    // The second blind round (30 November 2026), on the three guidelines where mistakes do the
    // most harm.
    check_round(
        "focus/dev.jsonl",
        [(0.97, 0.97), (0.97, 0.97), (0.95, 0.95), (0.95, 0.95)],
    );
}

#[test]
fn third_round_dev_holds_its_floors() {
    // The third blind round (30 November 2026), written in the ways people type in a hurry.
    check_round(
        "third/drafts/dev.jsonl",
        [(0.97, 0.97), (0.97, 0.97), (0.97, 0.97), (0.95, 0.95)],
    );
    check(
        "third/signature/dev.jsonl",
        &[("signature", 0.95, 0.95)],
        0.0,
    );
    check("third/disguise/dev.jsonl", &[("tone", 0.93, 0.97)], 0.0);
    // The seventeenth round's disguised words (1 December 2026): 215 offensive base words, many
    // of them in no pack before two outside word lists came in (docs/disguise.md); a
    // vocabulary taken from this half itself did not carry to its test half
    // (fixtures/corpus/README.md). The floor is where the packs stand after the half's own
    // misses with no ordinary meaning went into the lists in the eighteenth session (0.861 /
    // 0.970; 0.781 / 0.967 after the second blind lexicon).
    check(
        "seventeenth/disguise/dev.jsonl",
        &[("tone", 0.85, 0.95)],
        0.0,
    );
    // The sixty-sixth round's (5 December 2026): 0.830 / 0.977 as it came out, 0.882 / 0.978
    // after hyphenated parts, the name-calling frames and a few words (docs/disguise.md); the
    // sixty-seventh round's, written after those changes: 0.773 / 0.982 before them, 0.787 /
    // 0.974 after; tuned on in the thirty-fourth session (0.823 / 0.975, its test half 0.828 /
    // 0.976 before and after).
    for (file, recall) in [
        ("sixtysixth/disguise/dev.jsonl", 0.87),
        ("sixtyseventh/disguise/dev.jsonl", 0.77),
    ] {
        check(file, &[("tone", recall, 0.96)], 0.0);
    }
    // The seventy-second round's (5 December 2026), written before the thirty-sixth session's
    // changes: 0.854 / 0.946 as it came out, 0.910 / 0.949 tuned on (more words and frames of
    // tone.name-calling, docs/disguise.md).
    // The seventy-sixth round's (5 December 2026), written in the thirty-eighth session: 0.867 /
    // 0.973 as it came out, 0.898 / 0.974 after the accent, capital-I, final-h and quotation
    // readings tuned on it (docs/disguise.md). The seventy-seventh round's, written after the
    // session's first changes: 0.875 / 0.993 with the session's first build, 0.881 / 0.993 with
    // the build it came in to, 0.894 / 0.993 after the spoken frames tommonen and semmonen and
    // idjootti. The seventy-eighth round's, written in the thirty-ninth session before any change:
    // 0.833 / 0.919 as it came out; after that session's end masks (kyrp_), full-width letters
    // and lexicon from the dev halves, 0.893 / 0.944 (the seventy-sixth's 0.922 / 0.975, the
    // seventy-seventh's 0.925 / 1.000). The seventy-ninth round's, written after most of that
    // session's changes: 0.856 / 0.983 as it came out, 0.892 / 0.992 after syllables split by
    // hyphens and its own words.
    for (file, recall, precision) in [
        ("seventysecond/disguise/dev.jsonl", 0.9, 0.94),
        ("seventysixth/disguise/dev.jsonl", 0.91, 0.97),
        ("seventyseventh/disguise/dev.jsonl", 0.91, 0.98),
        ("seventyeighth/disguise/dev.jsonl", 0.88, 0.94),
        ("seventyninth/disguise/dev.jsonl", 0.88, 0.98),
        ("eightieth/disguise/dev.jsonl", 0.87, 0.98),
        ("eightyfirst/disguise/dev.jsonl", 0.83, 0.95),
        // The eighty-second (forty-first session), written before any change: 0.864 / 0.984
        // with the session's first build; after the name-calling frames (an insult before a
        // person's noun, after a verb of calling, opening a sentence before the second
        // person) and its own words, 0.959 / 0.993.
        ("eightysecond/disguise/dev.jsonl", 0.95, 0.98),
        // The eighty-third (forty-second session), written before any change: 0.822 / 0.984
        // with the session's first build; after a plus read as a t (vi++uilu), 0.836 / 0.984.
        ("eightythird/disguise/dev.jsonl", 0.83, 0.98),
        // The eighty-fourth (forty-second session), written after the session's changes to
        // measure them, not tuned on: 0.903 / 0.991 with the session's first build, 0.911 /
        // 0.991 with its last.
        ("eightyfourth/disguise/dev.jsonl", 0.9, 0.98),
        // The eighty-fifth (forty-third session), written before any change: 0.835 / 0.949
        // with the session's first build; after a q read as a double k (mulqu), the emphatic
        // sekin as a frame of name-calling, the spoken jälkeenjääny, foreign words (Spast,
        // idioter, fkn, dikkihedi) and a digit for a vowel in a compound's first part
        // (läsk1perse): 0.887 / 0.952.
        ("eightyfifth/disguise/dev.jsonl", 0.87, 0.94),
        // The eighty-seventh (forty-fourth session), written before any change: 0.876 / 0.955
        // with the session's first build; after name-calling as the subject of a person's
        // verb, Swedish oaths before a Swedish word, natsi in the frames and an insult before
        // an order to the reader: 0.897 / 0.956.
        ("eightyseventh/disguise/dev.jsonl", 0.89, 0.95),
        // The eighty-eighth (forty-fourth session), written after the eighty-seventh's changes:
        // 0.815 / 0.983 with that build; after the genitive's `n` spoken as `m` before a lip
        // sound: 0.822 / 0.984.
        ("eightyeighth/disguise/dev.jsonl", 0.82, 0.98),
        // The eighty-ninth (forty-fifth session), written before any change: 0.895 / 0.971 with
        // the session's first build; after an emoji inside a word read as a mask and spaced
        // letters read from inside a run made to end it: 0.901 / 0.979 (the eighty-eighth's
        // 0.822 -> 0.829 with them).
        ("eightyninth/disguise/dev.jsonl", 0.9, 0.97),
        // The ninetieth (forty-fifth session), written after the eighty-ninth's changes: 0.812 /
        // 0.991 with that build (0.804 with the session's first); after the Swedish oaths `vad
        // fan`, `va fan` and `fan också`: 0.819 / 0.991.
        ("ninetieth/disguise/dev.jsonl", 0.81, 0.99),
        // The ninety-first (forty-sixth session), written before any change: 0.878 / 0.993
        // with the session's first build; after mofo, fak off, paskianen, soatana, vätys as a
        // compound's head, autisti and menkää in the name-calling frames, hv and vtn, the yen
        // sign for y and a capital in a local case no title: 0.936 / 1.000.
        ("ninetyfirst/disguise/dev.jsonl", 0.93, 0.99),
        // The ninety-second (forty-sixth session), written after the ninety-first's changes:
        // 0.850 / 0.962 with that build (0.844 / 0.961 with the session's first).
        ("ninetysecond/disguise/dev.jsonl", 0.85, 0.96),
        // The ninety-third (forty-seventh session), written before any change of the session:
        // 0.842 / 0.978 with its first build; after ptkl, phuck, fuk, hölömö, the Cyrillic
        // izhitsa for v, kuka, pelkkä and näiden as name-calling frames, and ku and ihan before
        // a slur: 0.892 / 0.979.
        ("ninetythird/disguise/dev.jsonl", 0.89, 0.97),
        // The ninety-fourth (forty-seventh session), written after the ninety-third's changes:
        // 0.920 / 1.000 with that build (0.914 with the session's first); after huoritella and
        // the German ü read as u: 0.932 / 1.000.
        ("ninetyfourth/disguise/dev.jsonl", 0.93, 0.99),
        // The ninety-fifth (forty-seventh session), written after the ninety-fourth's changes,
        // as it came out (the session's first build read it the same): 0.820 / 0.991.
        ("ninetyfifth/disguise/dev.jsonl", 0.81, 0.99),
        // The ninety-sixth (forty-eighth session), written before any change of the session,
        // as it came out: 0.910 / 0.966; after perkel left to the disguise reader, pölövästi
        // and kikkeli: 0.929 / 0.967.
        ("ninetysixth/disguise/dev.jsonl", 0.92, 0.96),
        // The ninety-seventh (forty-eighth session), written after the ninety-sixth's changes,
        // as it came out (the session's first build read it the same): 0.872 / 0.985; after
        // the registered sign read as an r (huo®a): 0.878 / 0.985.
        ("ninetyseventh/disguise/dev.jsonl", 0.87, 0.98),
        // The ninety-eighth (forty-ninth session), written before any change of the session,
        // as it came out: 0.913 / 0.979; after more words abuse only when disguised (l3sbo,
        // pumm1t): 0.927 / 0.979.
        ("ninetyeighth/disguise/dev.jsonl", 0.92, 0.97),
        // The ninety-ninth (forty-ninth session), written after its first change (2b1d32b), as
        // it came out (the session's first build read it the same): 0.850 / 0.975.
        ("ninetyninth/disguise/dev.jsonl", 0.85, 0.97),
        // The hundredth (fiftieth session), written after the session's first change (own
        // family words, 0e6ff5b), as it came out: 0.862 / 1.000; after the name-calling of a
        // body's members and more words (b703ebc): 0.882 / 1.000.
        ("hundredth/disguise/dev.jsonl", 0.88, 0.99),
        // The hundred-and-first (fiftieth session), written after the spoken se's changes
        // (02904fc), as it came out: 0.880 / 0.985; after b703ebc: 0.913 / 0.986.
        ("hundredfirst/disguise/dev.jsonl", 0.91, 0.98),
        // The hundred-and-second (fifty-first session), written before any change of the
        // session, as it came out: 0.850 / 0.963; after Niger, Båstad and an idiom left out of
        // the foreign slurs (7f9fba8): 0.850 / 0.977.
        ("hundredsecond/disguise/dev.jsonl", 0.84, 0.97),
        // The hundred-and-third (fifty-first session), written after the session's first change
        // (016ca2b), as it came out: 0.920 / 0.962; after 7f9fba8: 0.920 / 0.977.
        ("hundredthird/disguise/dev.jsonl", 0.92, 0.97),
        // The hundred-and-fourth (fifty-second session), written after the session's first
        // change (b6b246d), as it came out: 0.860 / 0.975; then tuned on (words of the pooled
        // disguise dev halves: kullinaama, huorintekijä, madafaka …, and insults as written
        // only: portto, bögi …): 0.912 / 0.976.
        ("hundredfourth/disguise/dev.jsonl", 0.89, 0.97),
        // The hundred-and-fifth (fifty-third session), written before any change of the
        // session, as it came out: 0.941 / 0.973; then tuned on (an adjective in -inen of an
        // ordinary word, persnaama): 0.947 / 0.980.
        ("hundredfifth/disguise/dev.jsonl", 0.94, 0.97),
        // The hundred-and-sixth (fifty-third session), written after the session's first
        // changes, as it came out (aeceee4): 0.891 / 0.943; then tuned on (pirulauta, hutsuilla,
        // kele as written, Russian oaths in Cyrillic, the commandment's tehdä huorin): 0.922 /
        // 0.952.
        ("hundredsixth/disguise/dev.jsonl", 0.92, 0.95),
        // The hundred-and-seventh (fifty-fourth session), written before any change of the
        // session, as it came out (e296c59): 0.915 / 0.977; then tuned on (tussu in the
        // name-calling frames, a game's people after a name, sikamainen no insult): 0.930 /
        // 0.985.
        ("hundredseventh/disguise/dev.jsonl", 0.92, 0.98),
        // The hundred-and-eighth (fifty-fourth session), written after the session's changes,
        // as it came out (94d96e1): 0.902 / 0.983; then tuned on (bastardi as written, a code
        // in capitals no slur): 0.909 / 0.992.
        ("hundredeighth/disguise/dev.jsonl", 0.90, 0.99),
        // The hundred-and-ninth (fifty-fifth session), written before any change of the
        // session, as it came out (fcc7384): 0.896 / 0.986; then tuned on (Swedish swearing in a
        // Swedish sentence, a shelf and a handle no swearing): 0.929 / 1.000.
        ("hundredninth/disguise/dev.jsonl", 0.92, 0.99),
        // The hundred-and-tenth (fifty-sixth session), written before any change of the
        // session, as it came out (79183b7): 0.929 / 0.993; then tuned on (cheering no slur,
        // and the pooled dev halves' kys, HV, helv, dick and animal insults): 0.935 / 1.000.
        ("hundredtenth/disguise/dev.jsonl", 0.93, 0.99),
        // The hundred-and-eleventh (fifty-seventh session), written before any change of the
        // session, as it came out (8c947b7): 0.919 / 1.000; then tuned on (vowelless and
        // Swedish oaths, ämmänkäppänä): 0.960 / 1.000.
        ("hundredeleventh/disguise/dev.jsonl", 0.95, 0.99),
    ] {
        check(file, &[("tone", recall, precision)], 0.0);
    }
}

#[test]
fn third_round_paraphrases_hold_their_floors() {
    // Breaches rewritten in other words from the dev halves' kinds, for tuning (not a test set).
    check(
        "third/paraphrase/confidential.jsonl",
        &[("confidential", 0.97, 0.97)],
        0.0,
    );
    check(
        "third/paraphrase/copyright.jsonl",
        &[("copyright", 0.97, 0.97)],
        0.0,
    );
    check("third/paraphrase/tone.jsonl", &[("tone", 0.93, 0.97)], 0.0);
}

#[test]
fn fourth_to_ninety_second_round_dev_hold_their_floors() {
    // Floors per round: (recall, precision) for confidential, copyright, tone and signature.
    let rounds: [(&str, [(f64, f64); 4]); 99] = [
        // The fourth blind round (30 November 2026): tone without swear words, confidential
        // details in passing, copyright shown by an aside.
        (
            "fourth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.97, 0.97), (0.83, 0.97), (0.95, 0.95)],
        ),
        // The fifth blind round (30 November 2026): the same three guidelines as the breaches
        // slip out of real people, in passing, in an aside or in a heated reply.
        (
            "fifth/drafts/dev.jsonl",
            [(0.85, 0.95), (0.88, 0.97), (0.60, 0.88), (0.94, 0.97)],
        ),
        // The sixth blind round (30 November 2026): written after the text models shipped, with
        // hard negatives close to a breach; its dev half is among the models' training data.
        (
            "sixth/drafts/dev.jsonl",
            [(0.87, 0.97), (0.97, 0.94), (0.95, 0.95), (0.95, 0.95)],
        ),
        // The seventh blind round (30 November 2026), with the sixth round's quotas; the models
        // were not retrained on it.
        (
            "seventh/drafts/dev.jsonl",
            [(0.88, 0.95), (0.90, 0.95), (0.78, 0.90), (0.97, 0.97)],
        ),
        // The eighth and ninth blind rounds (1 December 2026), with the same quotas; the tone
        // model was retrained with their dev halves.
        (
            "eighth/drafts/dev.jsonl",
            [(0.82, 0.97), (0.96, 0.96), (0.97, 0.97), (0.97, 0.97)],
        ),
        (
            "ninth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.97, 0.97), (0.97, 0.95), (0.97, 0.97)],
        ),
        // The tenth blind round (1 December 2026), with the same quotas; the confidential model
        // learnt from it.
        (
            "tenth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.96, 0.96), (0.97, 0.89), (0.97, 0.97)],
        ),
        // The eleventh blind round (1 December 2026), with the same quotas.
        (
            "eleventh/drafts/dev.jsonl",
            [(0.97, 0.95), (0.97, 0.94), (0.92, 0.92), (0.97, 0.97)],
        ),
        // The twelfth blind round (1 December 2026), with the same quotas.
        (
            "twelfth/drafts/dev.jsonl",
            [(0.92, 0.97), (0.97, 0.97), (0.95, 0.97), (0.97, 0.97)],
        ),
        // The thirteenth blind round (1 December 2026), with the same quotas.
        (
            "thirteenth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.97, 0.97), (0.95, 0.95), (0.97, 0.97)],
        ),
        // The fourteenth and fifteenth blind rounds (1 December 2026), with the same quotas; the
        // tone and confidential models learnt from all fifteen dev halves.
        (
            "fourteenth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.95, 0.95), (0.97, 0.90), (0.97, 0.97)],
        ),
        (
            "fifteenth/drafts/dev.jsonl",
            [(0.97, 0.95), (0.97, 0.92), (0.97, 0.95), (0.97, 0.97)],
        ),
        // The sixteenth blind round (1 December 2026), written after the models were retrained.
        (
            "sixteenth/drafts/dev.jsonl",
            [(0.90, 0.90), (0.95, 0.95), (0.88, 0.95), (0.97, 0.97)],
        ),
        // The seventeenth blind round (1 December 2026).
        (
            "seventeenth/drafts/dev.jsonl",
            [(0.95, 0.95), (0.95, 0.95), (0.95, 0.95), (0.97, 0.97)],
        ),
        // The eighteenth (1 December 2026), written to measure the session's end packs.
        (
            "eighteenth/drafts/dev.jsonl",
            [(0.90, 0.93), (0.97, 0.97), (0.87, 0.95), (0.97, 0.97)],
        ),
        // The nineteenth (1 December 2026, fourteenth session).
        (
            "nineteenth/drafts/dev.jsonl",
            [(0.95, 0.97), (0.97, 0.95), (0.90, 0.97), (0.97, 0.95)],
        ),
        // The twentieth (1 December 2026), written to measure the fourteenth session's packs.
        (
            "twentieth/drafts/dev.jsonl",
            [(0.95, 0.85), (0.95, 0.97), (0.83, 0.97), (0.97, 0.97)],
        ),
        // The twenty-first (1 December 2026), written to measure the fifteenth session's packs.
        (
            "twentyfirst/drafts/dev.jsonl",
            [(0.95, 0.97), (0.97, 0.95), (0.93, 0.97), (0.97, 0.97)],
        ),
        // The twenty-second (1 December 2026), written later in the same session.
        (
            "twentysecond/drafts/dev.jsonl",
            [(0.88, 0.97), (0.97, 0.93), (0.86, 0.95), (0.95, 0.97)],
        ),
        // The twenty-third (1 December 2026), written to measure the fifteenth session's packs,
        // and the twenty-fourth (2 December 2026), written before the sixteenth session's
        // changes; both dev halves were tuned on in the sixteenth session.
        (
            "twentythird/drafts/dev.jsonl",
            [(0.95, 0.97), (0.93, 0.95), (0.95, 0.97), (0.97, 0.97)],
        ),
        (
            "twentyfourth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.95, 0.93), (0.97, 0.97), (0.97, 0.97)],
        ),
        // The twenty-fifth (2 December 2026), written after the sixteenth session's changes, and
        // the twenty-sixth and twenty-seventh, written in the seventeenth session; all three dev
        // halves were tuned on in the seventeenth session, and the confidential model learns from
        // them.
        (
            "twentyfifth/drafts/dev.jsonl",
            [(0.95, 0.95), (0.97, 0.95), (0.87, 0.88), (0.95, 0.95)],
        ),
        (
            "twentysixth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.97, 0.80), (0.90, 0.95), (0.97, 0.95)],
        ),
        (
            "twentyseventh/drafts/dev.jsonl",
            [(0.92, 0.97), (0.97, 0.90), (0.92, 0.90), (0.97, 0.97)],
        ),
        // The twenty-eighth and twenty-ninth (2 December 2026), written and tuned on in the
        // eighteenth session; no model learns from them.
        (
            // (confidential 62 / 64 since the forty-sixth session's text models.)
            "twentyeighth/drafts/dev.jsonl",
            [(0.96, 0.97), (0.97, 0.92), (0.95, 0.95), (0.97, 0.97)],
        ),
        (
            "twentyninth/drafts/dev.jsonl",
            [(0.90, 0.97), (0.97, 0.88), (0.92, 0.88), (0.97, 0.97)],
        ),
        // The thirtieth (written after the eighteenth session's tuning) and the thirty-first
        // (written at the nineteenth session's start), both tuned on in the nineteenth session.
        (
            "thirtieth/drafts/dev.jsonl",
            [(0.97, 0.95), (0.92, 0.92), (0.92, 0.97), (0.95, 0.95)],
        ),
        (
            "thirtyfirst/drafts/dev.jsonl",
            [(0.95, 0.97), (0.97, 0.97), (0.97, 0.95), (0.95, 0.95)],
        ),
        // The thirty-second (written in the nineteenth session) and the thirty-third (written
        // at the twentieth session's start), both tuned on in the twentieth session.
        (
            "thirtysecond/drafts/dev.jsonl",
            [(0.95, 0.97), (0.97, 0.95), (0.97, 0.92), (0.97, 0.97)],
        ),
        (
            "thirtythird/drafts/dev.jsonl",
            [(0.92, 0.97), (0.95, 0.85), (0.88, 0.90), (0.97, 0.97)],
        ),
        // The thirty-fourth (written in the twentieth session, read there once) and the
        // thirty-fifth to thirty-seventh (written in the twenty-first), all tuned on in the
        // twenty-first session.
        (
            "thirtyfourth/drafts/dev.jsonl",
            [(0.95, 0.95), (0.95, 0.95), (0.85, 0.85), (0.97, 0.97)],
        ),
        (
            "thirtyfifth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.88, 0.88), (0.92, 0.97), (0.97, 0.97)],
        ),
        (
            "thirtysixth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.97, 0.85), (0.97, 0.88), (0.97, 0.97)],
        ),
        (
            "thirtyseventh/drafts/dev.jsonl",
            [(0.92, 0.97), (0.97, 0.85), (0.97, 0.88), (0.97, 0.95)],
        ),
        // The thirty-eighth to fortieth (written and tuned on in the twenty-second session).
        (
            "thirtyeighth/drafts/dev.jsonl",
            [(0.95, 0.95), (0.97, 0.97), (0.95, 0.97), (0.97, 0.97)],
        ),
        (
            "thirtyninth/drafts/dev.jsonl",
            [(0.95, 0.95), (0.97, 0.97), (0.97, 0.97), (0.97, 0.97)],
        ),
        (
            "fortieth/drafts/dev.jsonl",
            [(0.95, 0.97), (0.97, 0.97), (0.97, 0.97), (0.97, 0.97)],
        ),
        // The forty-first to forty-third (written and tuned on in the twenty-third session).
        (
            "fortyfirst/drafts/dev.jsonl",
            [(0.92, 0.97), (0.97, 0.97), (0.97, 0.95), (0.97, 0.97)],
        ),
        (
            "fortysecond/drafts/dev.jsonl",
            [(0.88, 0.97), (0.95, 0.97), (0.97, 0.97), (0.97, 0.97)],
        ),
        (
            "fortythird/drafts/dev.jsonl",
            [(0.92, 0.97), (0.97, 0.95), (0.90, 0.97), (0.97, 0.97)],
        ),
        // The forty-fourth (tuned on in the twenty-fourth session) and the forty-fifth (written
        // in that session while the forty-fourth was tuned on, and not tuned on).
        (
            "fortyfourth/drafts/dev.jsonl",
            [(0.95, 0.97), (0.97, 0.95), (0.90, 0.93), (0.97, 0.97)],
        ),
        (
            "fortyfifth/drafts/dev.jsonl",
            [(0.90, 0.90), (0.97, 0.95), (0.95, 0.90), (0.97, 0.97)],
        ),
        // The forty-sixth (written and tuned on in the twenty-fifth session).
        (
            "fortysixth/drafts/dev.jsonl",
            [(0.95, 0.92), (0.97, 0.90), (0.95, 0.87), (0.97, 0.97)],
        ),
        // The forty-seventh and forty-eighth (written and tuned on in the twenty-sixth session).
        (
            "fortyseventh/drafts/dev.jsonl",
            [(0.95, 0.95), (0.93, 0.93), (0.93, 0.95), (0.97, 0.97)],
        ),
        (
            "fortyeighth/drafts/dev.jsonl",
            [(0.93, 0.95), (0.97, 0.90), (0.93, 0.95), (0.95, 0.97)],
        ),
        // The forty-ninth to fifty-first (written and tuned on in the twenty-seventh session).
        (
            "fortyninth/drafts/dev.jsonl",
            [(0.95, 0.92), (0.97, 0.97), (0.97, 0.93), (0.97, 0.97)],
        ),
        (
            "fiftieth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.97, 0.93), (0.97, 0.97), (0.97, 0.97)],
        ),
        (
            "fiftyfirst/drafts/dev.jsonl",
            [(0.95, 0.92), (0.97, 0.97), (0.95, 0.95), (0.97, 0.97)],
        ),
        // The fifty-second to fifty-fourth (written and tuned on in the twenty-eighth session).
        (
            "fiftysecond/drafts/dev.jsonl",
            [(0.95, 0.95), (0.97, 0.93), (0.93, 0.97), (0.97, 0.97)],
        ),
        (
            "fiftythird/drafts/dev.jsonl",
            [(0.90, 0.97), (0.95, 0.97), (0.97, 0.97), (0.97, 0.97)],
        ),
        (
            "fiftyfourth/drafts/dev.jsonl",
            [(0.95, 0.97), (0.97, 0.95), (0.95, 0.95), (0.97, 0.97)],
        ),
        // The fifty-fifth and fifty-sixth (written and tuned on in the twenty-ninth session).
        (
            "fiftyfifth/drafts/dev.jsonl",
            [(0.92, 0.95), (0.97, 0.90), (0.93, 0.97), (0.97, 0.97)],
        ),
        (
            "fiftysixth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.97, 0.97), (0.97, 0.97), (0.97, 0.97)],
        ),
        // The fifty-seventh and fifty-eighth (written and tuned on in the thirtieth session).
        (
            "fiftyseventh/drafts/dev.jsonl",
            [(0.96, 0.97), (0.97, 0.93), (0.97, 0.93), (0.97, 0.97)],
        ),
        (
            "fiftyeighth/drafts/dev.jsonl",
            [(0.97, 0.97), (0.97, 0.97), (0.97, 0.93), (0.97, 0.97)],
        ),
        // The fifty-ninth, and the sixtieth, whose writers wrote mostly hard negatives close to
        // a breach (written and tuned on in the thirty-first session): its precision floors are
        // low because it has few breaches to weigh its false alarms against.
        (
            "fiftyninth/drafts/dev.jsonl",
            [(0.93, 0.99), (0.99, 0.94), (0.94, 0.99), (0.99, 0.99)],
        ),
        (
            "sixtieth/drafts/dev.jsonl",
            [(0.92, 0.76), (0.99, 0.87), (0.99, 0.66), (0.99, 0.99)],
        ),
        // The sixty-first, again mostly hard negatives, with fourteen subtle breaches per writer.
        (
            "sixtyfirst/drafts/dev.jsonl",
            [(0.99, 0.99), (0.99, 0.91), (0.99, 0.75), (0.99, 0.99)],
        ),
        // The sixty-second, with the fifty-ninth's quotas.
        (
            "sixtysecond/drafts/dev.jsonl",
            [(0.99, 0.99), (0.99, 0.92), (0.97, 0.95), (0.99, 0.99)],
        ),
        // The sixty-third, with the sixty-first's quotas.
        (
            "sixtythird/drafts/dev.jsonl",
            [(0.86, 0.68), (0.99, 0.84), (0.99, 0.86), (0.97, 0.99)],
        ),
        // The sixty-fourth (4 December 2026, thirty-second session), with the sixty-second's quotas.
        (
            "sixtyfourth/drafts/dev.jsonl",
            [(0.99, 0.99), (0.95, 0.99), (0.99, 0.99), (0.97, 0.99)],
        ),
        // The sixty-fifth, with the sixty-first's quotas (mostly hard negatives).
        (
            "sixtyfifth/drafts/dev.jsonl",
            [(0.89, 0.89), (0.99, 0.87), (0.94, 0.82), (0.98, 0.99)],
        ),
        // The sixty-eighth (5 December 2026, thirty-fourth session): hard negatives close to
        // personal data, with a quota sheet of its own.
        (
            "sixtyeighth/drafts/dev.jsonl",
            [(0.99, 0.89), (0.99, 0.99), (0.99, 0.99), (0.99, 0.99)],
        ),
        // The sixty-ninth, with the same quotas, written after the sixty-eighth's changes.
        (
            "sixtyninth/drafts/dev.jsonl",
            [(0.94, 0.73), (0.99, 0.99), (0.99, 0.87), (0.99, 0.97)],
        ),
        // The seventieth (thirty-fifth session), with the same quotas, as it came out with the
        // confidential rules' doubt.
        (
            "seventieth/drafts/dev.jsonl",
            [(0.95, 0.71), (0.90, 0.75), (0.99, 0.72), (0.99, 0.99)],
        ),
        // The seventy-first, written after the doubt was chosen, as it came out; since the
        // fortieth session the text model's verdicts below 0.97 are suggestions, one of which
        // was this half's (0.95 -> 0.92).
        (
            "seventyfirst/drafts/dev.jsonl",
            [(0.92, 0.92), (0.99, 0.91), (0.99, 0.69), (0.99, 0.98)],
        ),
        // The seventy-third (thirty-sixth session), with the same quotas, as it came out; its
        // confidential false alarms were then tuned on (4 -> 1 hard negative flagged).
        (
            "seventythird/drafts/dev.jsonl",
            [(0.99, 0.85), (0.99, 0.99), (0.99, 0.88), (0.97, 0.97)],
        ),
        // The seventy-fourth (thirty-seventh session), with the same quotas, as it came out;
        // its confidential false alarms were then tuned on (8 -> 5 hard negatives flagged).
        (
            "seventyfourth/drafts/dev.jsonl",
            [(0.95, 0.80), (0.99, 0.83), (0.99, 0.99), (0.99, 0.98)],
        ),
        // The seventy-fifth (thirty-seventh session), with the same quotas, as it came out; its
        // confidential and copyright false alarms were then tuned on (5 -> 2 and 1 -> 0 hard
        // negatives flagged).
        // Since the fortieth session the text model's verdicts below 0.97 are suggestions, one of
        // which was this half's (0.99 -> 0.95).
        (
            "seventyfifth/drafts/dev.jsonl",
            [(0.95, 0.91), (0.99, 0.99), (0.99, 0.88), (0.98, 0.99)],
        ),
        // The eightieth (fortieth session), with the same quotas, written before any change of
        // the session; tuned on: the signature's thanks before a signer and administrators, a
        // school nurse's colloquial name, the text model's doubt.
        (
            "eightieth/drafts/dev.jsonl",
            [(0.95, 0.84), (0.99, 0.92), (0.99, 0.75), (0.99, 0.98)],
        ),
        // The eighty-first (fortieth session), with the same quotas, written after the
        // session's changes to measure them; its dev half then gave one pattern (a publication
        // only later, and here is the content).
        (
            "eightyfirst/drafts/dev.jsonl",
            [(0.95, 0.88), (0.99, 0.85), (0.99, 0.75), (0.97, 0.99)],
        ),
        // The eighty-second (forty-first session), with the same quotas, written before any
        // change of the session; tuned on: a benefit sanction told to the one answered, a
        // workshop signing as a unit.
        (
            "eightysecond/drafts/dev.jsonl",
            [(0.92, 0.92), (0.99, 0.9), (0.99, 0.85), (0.99, 0.99)],
        ),
        // The eighty-third (forty-second session), four writers with the same quotas, written
        // before any change of the session; its split left six confidential breaches in the dev
        // half (twenty-six in the test half). Tuned on: one confidential false alarm, a role in
        // the present before a condition (3 -> 2 hard negatives flagged).
        (
            "eightythird/drafts/dev.jsonl",
            [(0.83, 0.7), (0.99, 0.85), (0.99, 0.79), (0.99, 0.98)],
        ),
        // The eighty-sixth (forty-third session), four writers with the same quotas, written
        // before any change of the session: confidential 0.933 / 0.824, copyright 1.000 /
        // 0.889, tone 1.000 / 0.667, signature 1.000 / 1.000 with its first build. Tuned on: a
        // home with its flat after `osoitteesta`, a service booked from a staff member by
        // title, volunteers' packing and the food aid's storeroom, a quotation after the leave
        // to tell it (confidential 1.000 / 0.938, copyright 1.000 / 1.000).
        (
            "eightysixth/drafts/dev.jsonl",
            [(0.99, 0.9), (0.99, 0.99), (0.99, 0.65), (0.99, 0.99)],
        ),
        // The eighty-seventh (forty-fourth session), four writers with the same quotas, written
        // before any change of the session: confidential 0.917 / 0.733, copyright 1.000 /
        // 0.833, tone 1.000 / 0.857, signature 0.983 / 1.000 with its first build. Tuned on: a
        // candidate's campaign mailbox, home care visiting someone, a retiring worker's
        // founding work, a story approved before publishing (confidential 1.000 / 0.857,
        // copyright 1.000 / 1.000).
        (
            "eightyseventh/drafts/dev.jsonl",
            [(0.99, 0.85), (0.99, 0.99), (0.99, 0.85), (0.98, 0.99)],
        ),
        // The eighty-eighth (forty-fourth session), written after the eighty-seventh's changes:
        // confidential 0.882 / 0.938, copyright 1.000 / 0.818, tone 1.000 / 0.556, signature
        // 1.000 / 0.983 with that build. Tuned on: a reply telling the addressee their own
        // family matter, password advice, a capital and digits as a label, arsle out
        // (confidential 0.941 / 1.000, tone 1.000 / 0.714).
        (
            "eightyeighth/drafts/dev.jsonl",
            [(0.94, 0.99), (0.99, 0.8), (0.99, 0.7), (0.99, 0.98)],
        ),
        // The eighty-ninth (forty-fifth session), written before any change of the session:
        // confidential 0.867 / 0.765, copyright 1.000 / 1.000, tone 1.000 / 0.700, signature
        // 1.000 / 1.000 with the session's first build. Tuned on: long experience of a field
        // as a career told, a password's place named by a compound (confidential 0.867 /
        // 0.867).
        (
            "eightyninth/drafts/dev.jsonl",
            [(0.85, 0.85), (0.99, 0.99), (0.99, 0.69), (0.99, 0.99)],
        ),
        // The ninetieth (forty-fifth session), written after the eighty-ninth's changes, as it
        // came out (the session's first build read it the same).
        (
            "ninetieth/drafts/dev.jsonl",
            [(0.8, 0.99), (0.99, 0.8), (0.99, 0.6), (0.98, 0.98)],
        ),
        // The ninety-first (forty-sixth session), written before any change of the session:
        // confidential 1.000 / 0.750, copyright 1.000 / 1.000, tone 1.000 / 0.571, signature
        // 0.983 / 1.000 with the session's first build. Tuned on: initials spelling the
        // organisation's name, an example passphrase, a trip's destination read as a name
        // (confidential 1.000 / 0.833, signature 1.000 / 1.000).
        (
            "ninetyfirst/drafts/dev.jsonl",
            [(0.99, 0.83), (0.99, 0.99), (0.99, 0.57), (0.99, 0.99)],
        ),
        // The ninety-second (forty-sixth session), written after the ninety-first's changes, as
        // it came out (the session's first build read it the same).
        (
            "ninetysecond/drafts/dev.jsonl",
            [(0.92, 0.86), (0.99, 0.99), (0.99, 0.8), (0.99, 0.99)],
        ),
        // The ninety-third (forty-seventh session), written before any change of the session:
        // confidential 1.000 / 0.867, copyright 1.000 / 0.778, tone 1.000 / 0.625, signature
        // 1.000 / 0.984 with its first build. Tuned on: documents secret until a contract is
        // signed, a person's own wish that their surgery be told, a text published with its
        // writer's leave, accounts hijacked, an offer of help beside asking a grandchild, a
        // first name in small letters before its unit (confidential, copyright and signature
        // 1.000 / 1.000, tone 1.000 / 0.714: the text model's two false alarms are left).
        (
            "ninetythird/drafts/dev.jsonl",
            [(0.99, 0.99), (0.99, 0.99), (0.99, 0.7), (0.99, 0.99)],
        ),
        // The ninety-fourth (forty-seventh session), written after the ninety-third's changes:
        // confidential 0.882 / 0.833, copyright 1.000 / 0.833, tone and signature 1.000 / 1.000
        // with that build and with the session's first. Tuned on: the number of a person one
        // called, a weaker password compared, a museum's history of crime (confidential 0.941 /
        // 0.941).
        (
            "ninetyfourth/drafts/dev.jsonl",
            [(0.94, 0.94), (0.99, 0.83), (0.99, 0.99), (0.99, 0.99)],
        ),
        // The ninety-fifth (forty-seventh session), written after the ninety-fourth's changes,
        // as it came out (the session's first build read it the same): confidential 0.895 /
        // 1.000, copyright 1.000 / 0.857, tone 1.000 / 0.778, signature 1.000 / 1.000.
        (
            "ninetyfifth/drafts/dev.jsonl",
            [(0.89, 0.99), (0.99, 0.85), (0.99, 0.77), (0.99, 0.99)],
        ),
        // The ninety-sixth (forty-eighth session), written before any change of the session,
        // as it came out: confidential 0.923 / 0.923, copyright 1.000 / 0.917, tone and
        // signature 1.000 / 1.000. Tuned on: a number one reaches a person at, a programme's
        // guest by title, broadcasts listened to (every category 1.000 / 1.000).
        (
            "ninetysixth/drafts/dev.jsonl",
            [(0.99, 0.99), (0.99, 0.99), (0.99, 0.99), (0.99, 0.99)],
        ),
        // The ninety-seventh (forty-eighth session), written after the ninety-sixth's changes,
        // as it came out (the session's first build read it the same): confidential 0.947 /
        // 0.900, copyright 1.000 / 1.000, tone 1.000 / 0.750, signature 1.000 / 1.000. Tuned
        // on: the town of Varkaus is no theft, what one may ask an adviser about is a topic
        // (confidential 0.947 / 1.000). Left: an "anonymous" case told with identifying details
        // is flagged, but as a suggestion (the text model doubts it); the text model's two tone
        // false alarms.
        (
            "ninetyseventh/drafts/dev.jsonl",
            [(0.94, 0.99), (0.99, 0.99), (0.99, 0.74), (0.99, 0.99)],
        ),
        // The ninety-eighth (forty-ninth session), written before any change of the session,
        // as it came out: confidential 0.833 / 1.000, copyright 1.000 / 0.875, tone 1.000 /
        // 0.714, signature 0.983 / 0.983.
        (
            "ninetyeighth/drafts/dev.jsonl",
            [(0.83, 0.99), (0.99, 0.87), (0.99, 0.71), (0.98, 0.98)],
        ),
        // The ninety-ninth (forty-ninth session), written after its first change (2b1d32b), as
        // it came out (the session's first build read it the same): confidential 1.000 /
        // 0.857, copyright 1.000 / 1.000, tone 1.000 / 0.857, signature 1.000 / 0.965; then
        // tuned on (a contact's work number after a hyphenated first name or a restaurateur's
        // title, an association's payment block, an email address no disguise): confidential
        // and tone 1.000 / 1.000.
        (
            "ninetyninth/drafts/dev.jsonl",
            [(0.99, 0.99), (0.99, 0.99), (0.99, 0.99), (0.99, 0.96)],
        ),
        // The hundredth (fiftieth session), written after its first change (0e6ff5b), as it
        // came out: confidential 1.000 / 0.889, copyright 1.000 / 0.800, tone and signature
        // 1.000 / 1.000; then tuned on (late fees, a police officer's title, 9ed0f0c):
        // confidential 1.000 / 1.000.
        (
            "hundredth/drafts/dev.jsonl",
            [(0.99, 0.88), (0.99, 0.8), (0.99, 0.99), (0.99, 0.99)],
        ),
        // The hundred-and-first (fiftieth session), written after the spoken se's changes
        // (02904fc), as it came out: confidential 0.938 / 0.833, copyright and tone 1.000 /
        // 1.000, signature 1.000 / 0.982; then tuned on (a written reprimand, 9ed0f0c):
        // confidential 1.000 / 0.842.
        (
            "hundredfirst/drafts/dev.jsonl",
            [(0.93, 0.83), (0.99, 0.99), (0.99, 0.99), (0.99, 0.98)],
        ),
        // The hundred-and-second (fifty-first session), written before any change of the
        // session, as it came out: confidential 0.900 / 0.900, copyright 1.000 / 0.833, tone
        // 0.875 / 0.700, signature 1.000 / 1.000; then tuned on (a health detail about someone
        // hinted at, a client made the day's exhibit, the official example identity code, a
        // feast's exclamation marks): confidential 1.000 / 1.000, tone 1.000 / 0.800.
        (
            "hundredsecond/drafts/dev.jsonl",
            [(0.99, 0.99), (0.99, 0.83), (0.99, 0.8), (0.99, 0.99)],
        ),
        // The hundred-and-third (fifty-first session), written after its first change
        // (016ca2b), as it came out: confidential 0.941 / 0.842, copyright 1.000 / 1.000, tone
        // 1.000 / 0.769, signature 1.000 / 0.984; then tuned on (a named patient of the unit, a
        // person's own book, a trivial code not to use, Helvetinjärvi in a web address):
        // confidential 1.000 / 0.944, tone 1.000 / 0.833.
        (
            "hundredthird/drafts/dev.jsonl",
            [(0.99, 0.94), (0.99, 0.99), (0.99, 0.83), (0.99, 0.98)],
        ),
        // The hundred-and-fourth (fifty-second session), written after its first change
        // (b6b246d), as it came out: confidential 1.000 / 0.864, copyright 1.000 / 0.857, tone
        // 1.000 / 0.556, signature 1.000 / 1.000; then tuned on (a law's section by its
        // abbreviation, consent said as `halusi itse, että`, a dialect's doubled consonant,
        // taking one shift): confidential 1.000 / 0.950, copyright 1.000 / 1.000, tone 1.000 /
        // 0.625 (three false alarms left, two of them the tone model's on confidential posts).
        (
            "hundredfourth/drafts/dev.jsonl",
            [(0.99, 0.94), (0.99, 0.99), (0.99, 0.62), (0.99, 0.99)],
        ),
        // The hundred-and-fifth (fifty-third session), written before any change of the
        // session, as it came out: confidential 0.857 / 0.800, copyright 1.000 / 1.000, tone
        // 1.000 / 0.778, signature 1.000 / 1.000; then tuned on (stealing the show, a new
        // employee's duties, a condition on anyone of an age, praise in capitals): confidential
        // 0.857 / 1.000, tone 1.000 / 0.875 (the tone model's false alarm left).
        (
            "hundredfifth/drafts/dev.jsonl",
            [(0.85, 0.99), (0.99, 0.99), (0.99, 0.87), (0.99, 0.99)],
        ),
        // The hundred-and-sixth (fifty-third session), written after the session's first
        // changes, as it came out (aeceee4): confidential 0.933 / 0.778, copyright 1.000 /
        // 0.875, tone 1.000 / 1.000, signature 1.000 / 1.000; then tuned on (a matter put to
        // anyone it may concern, our own staff by a possessive title, cases told in general, a
        // form's made-up sample code, a closed item's reason): confidential 0.933 / 1.000.
        (
            "hundredsixth/drafts/dev.jsonl",
            [(0.93, 0.99), (0.99, 0.87), (0.99, 0.99), (0.99, 0.99)],
        ),
        // The hundred-and-seventh (fifty-fourth session), written before any change of the
        // session, as it came out (e296c59): confidential 0.842 / 0.762, copyright 1.000 /
        // 0.889, tone 1.000 / 0.833, signature 0.909 / 0.980; then tuned on (a document's secret
        // kept by a sentence refusing its content, a physician's expertise, contact lines, a
        // welcome before emoji, a newspaper's byline, a team's place, a candidate's number):
        // confidential 0.842 / 0.889, signature 1.000 / 1.000 (the tone and copyright models'
        // false alarms left, and two private IBANs whose made-up check digits fail mod 97).
        (
            "hundredseventh/drafts/dev.jsonl",
            [(0.84, 0.88), (0.99, 0.88), (0.99, 0.83), (0.99, 0.99)],
        ),
        // The hundred-and-eighth (fifty-fourth session), written after the session's changes,
        // as it came out (94d96e1): confidential 1.000 / 0.765, copyright 1.000 / 1.000, tone
        // 1.000 / 0.667, signature 1.000 / 1.000; then tuned on (a prison named as the
        // institution, a refusal to tell a marked memo's content): confidential 1.000 / 0.929
        // (the tone model's two false alarms left).
        (
            "hundredeighth/drafts/dev.jsonl",
            [(0.99, 0.92), (0.99, 0.99), (0.99, 0.66), (0.99, 0.99)],
        ),
        // The hundred-and-ninth (fifty-fifth session), written before any change of the
        // session, as it came out (fcc7384): confidential 0.824 / 1.000, copyright 1.000 /
        // 1.000, tone 1.000 / 0.714, signature 0.930 / 1.000; then tuned on (the reader's
        // account, a harbour's and a unit's sign-off) and learnt from by the retrained text
        // models: confidential 0.941 / 1.000, tone 1.000 / 1.000, signature 0.982 / 1.000.
        (
            "hundredninth/drafts/dev.jsonl",
            [(0.94, 0.99), (0.99, 0.99), (0.99, 0.99), (0.98, 0.99)],
        ),
        // The hundred-and-tenth (fifty-sixth session), written before any change of the
        // session, as it came out (79183b7): confidential 0.929 / 0.929, copyright 1.000 /
        // 1.000, tone 1.000 / 1.000, signature 1.000 / 0.982; then tuned on (a stand at a fair,
        // a house's report in the next sentence, pictures credited to others before the
        // writer's text): every category 1.000 / 1.000.
        (
            "hundredtenth/drafts/dev.jsonl",
            [(0.99, 0.99), (0.99, 0.99), (0.99, 0.99), (0.99, 0.99)],
        ),
        // The hundred-and-eleventh (fifty-seventh session), written before any change of the
        // session, as it came out (8c947b7): confidential 0.867 / 0.929, copyright 1.000 /
        // 0.900, tone 1.000 / 0.700, signature 1.000 / 1.000; then tuned on (a person at the
        // central hospital): confidential 0.933 / 0.933, the others as they came.
        (
            "hundredeleventh/drafts/dev.jsonl",
            [(0.93, 0.93), (0.99, 0.90), (0.99, 0.70), (0.99, 0.99)],
        ),
    ];
    for (file, floors) in rounds {
        check_round(file, floors);
    }
}

#[test]
fn fourth_round_paraphrases_hold_their_floors() {
    // The tuning half of the fourth round's paraphrases (the `check/` half is held back and
    // never read here).
    check(
        "fourth/paraphrase/tune/confidential.jsonl",
        &[("confidential", 0.97, 0.97)],
        0.0,
    );
    check(
        "fourth/paraphrase/tune/copyright.jsonl",
        &[("copyright", 0.97, 0.97)],
        0.0,
    );
    check(
        "fourth/paraphrase/tune/tone.jsonl",
        &[("tone", 0.90, 0.97)],
        0.0,
    );
}

#[test]
fn signature_dev_holds_its_floors() {
    check("signature/dev.jsonl", &[("signature", 0.95, 0.95)], 0.0);
}

#[test]
fn disguise_dev_holds_its_floors() {
    // Masked, spaced, leetspeak, stretched and misspelt forms are found; no ordinary word that
    // looks like one (pizza, passi, perille) is taken for it.
    check("disguise/dev.jsonl", &[("tone", 0.95, 1.00)], 0.0);
}

#[test]
fn clean_informal_posts_stay_mostly_quiet() {
    // 300 clean posts in spoken Finnish, slang, loans and emoji, written blind to check false
    // alarms (1 December 2026): at most this many flagged per category (the tone model gives
    // most of them). Not labelled by a second reader: a post here that breaks a guideline
    // would lower the figure, never hide a false alarm.
    let file = "clean/informal.jsonl";
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/corpus")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let items = score::read(&text);
    assert_eq!(items.len(), 300);
    let rules = score::rules(None);
    let found = score::flagged(&items, &rules, Severity::Warning);
    let scores: BTreeMap<String, score::Score> = score::score(&items, &found);
    let report = score::report(&scores, false);
    // Confidential 3 since the thirty-second session: the text model retrained on the later
    // rounds (its threshold 0.9) also flags a parent's note that their own girl has a cold and
    // stays home (c1-073, 0.94); the old table flagged the other two as well.
    for (category, most) in [("confidential", 3), ("copyright", 1), ("tone", 17)] {
        let s = &scores[category];
        assert!(
            s.fp <= most,
            "{file}: {category} flags {} clean posts (at most {most})\n{report}",
            s.fp
        );
    }
}
