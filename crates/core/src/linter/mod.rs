//! The compiled linter: every active rule compiled once into shared automata.
//!
//! All terms of all rules go into one [`TermMatcher`]; all patterns behind one literal prefilter
//! (see [`patterns`]: a pattern is compiled only when a draft may match it); each detector runs
//! once per draft however many rules use it. Every simple matcher of every rule is a *slot*; one
//! pass over the text fills the slots with hits, and the rules are then decided from their slots
//! alone, so the cost of a draft grows with its length and its hits, not with the number of
//! rules.

mod build;
mod literals;
mod patterns;
mod run;
mod search;
mod units;

pub use run::Report;

use std::sync::Arc;

use somelint_fi::TermMatcher;

use crate::detectors::{Detector, DetectorContext};
use crate::diagnostic::RuleInfo;
use crate::errors::{Located, OptionsError, RuleError};
use crate::load::{LoadedRule, RuleSet};
use crate::model::{
    Across, At, Config, Lang, Metric, Order, Platform, Scope, Severity, Text, When,
};

/// The findings a draft keeps by default, in the command line and the servers; the rest are
/// counted ([`Report::omitted`]).
pub const DEFAULT_MAX_FINDINGS: usize = 1000;

/// How a set of rules is run.
#[derive(Debug, Clone)]
pub struct LintOptions {
    /// The organisation's config.
    pub config: Config,
    /// Run only these rules or categories (all when empty).
    pub select: Vec<String>,
    /// Skip these rules or categories.
    pub ignore: Vec<String>,
    /// The channel, overriding the front matter and the config.
    pub platform: Option<Platform>,
    /// At most this many findings per draft; the rest are counted (0 = no limit).
    pub max_findings: usize,
    /// Threads a draft may use to compile the patterns it needs (1: the calling thread only;
    /// the linter starts no thread unless this is more).
    pub threads: usize,
}

impl Default for LintOptions {
    fn default() -> Self {
        LintOptions {
            config: Config::default(),
            select: Vec::new(),
            ignore: Vec::new(),
            platform: None,
            max_findings: 0,
            threads: 1,
        }
    }
}

/// Index of a slot: one simple matcher of one rule.
type Slot = usize;

/// The slots of each item (a term), in one allocation: the `(item, slot)` pairs the builder
/// collected, grouped by item. A built-in pack's thousands of terms each had a `Vec` of their
/// own, allocated at every start.
#[derive(Debug)]
struct SlotLists {
    pairs: Vec<(u32, Slot)>,
    /// Where item `i`'s slots start in `pairs` (one more than the items).
    starts: Vec<u32>,
}

impl SlotLists {
    /// Groups `added` by item, each item's slots in the order they were added; `items` is how
    /// many items there are.
    fn new(added: &[(u32, Slot)], items: usize) -> SlotLists {
        // A counting sort: stable (an item's slots keep their order), no comparisons.
        let mut starts = vec![0u32; items + 1];
        for &(item, _) in added {
            starts[item as usize + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut pairs = vec![(0, 0); added.len()];
        for &(item, slot) in added {
            let at = &mut next[item as usize];
            pairs[*at as usize] = (item, slot);
            *at += 1;
        }
        SlotLists { pairs, starts }
    }

    /// The slots of `item`.
    fn get(&self, item: usize) -> impl Iterator<Item = Slot> + '_ {
        let (from, to) = (self.starts[item] as usize, self.starts[item + 1] as usize);
        self.pairs[from..to].iter().map(|&(_, slot)| slot)
    }
}

/// A slot fed by a detector, with the kinds of its hits that the slot keeps (a bit per
/// [`DetectorHit::kind`](crate::detectors::DetectorHit)).
#[derive(Debug, Clone, Copy)]
struct DetectorSlot {
    slot: Slot,
    kinds: u32,
}

impl DetectorSlot {
    fn keeps(self, kind: u8) -> bool {
        self.kinds & (1 << kind) != 0
    }
}

#[derive(Debug, Clone)]
enum Kind {
    Simple(Slot),
    Near {
        slot: Slot,
        of: Slot,
        within: usize,
        /// Whether a partner inside the hit also counts.
        inside: bool,
        /// What the pair may span.
        across: Across,
        /// Which must come first.
        order: Order,
    },
    Metric(Metric),
    Require {
        slot: Slot,
        at: At,
    },
    RequireFrontMatter(String),
    Swap {
        slots: Vec<(Slot, String)>,
        safe: bool,
    },
}

#[derive(Debug, Clone)]
struct CompiledRule {
    info: Arc<RuleInfo>,
    kind: Kind,
    /// The exceptions' slots, each with its reach.
    unless: Vec<(Slot, Scope)>,
    /// The rule's `doubt`, with the rule as a suggestion.
    doubt: Option<Doubted>,
    when: When,
}

/// A rule's `doubt` as the linter runs it: the model, the score below which the rule's findings
/// are suggestions, and the rule's information at that severity.
#[derive(Debug, Clone)]
struct Doubted {
    model: somelint_fi::classify::Model,
    below: f32,
    info: Arc<RuleInfo>,
}

impl Doubted {
    /// `verdict`: the rule is a text model's own verdict, whose doubt is its own low score.
    fn new(d: crate::model::Doubt, info: &RuleInfo, verdict: bool) -> Self {
        let (fi, en) = if verdict {
            (
                "Tekstimalli ei ole arviostaan varma, joten tämä on vain ehdotus: tarkista silti.",
                "The text model is not sure of its verdict, so this is only a suggestion: check \
                 it anyway.",
            )
        } else {
            (
                "Tekstimalli ei lue luonnosta muuten ohjeen rikkomiseksi, joten tämä on vain \
                 ehdotus: tarkista silti.",
                "The text model does not read the rest of the draft as a breach, so this is only \
                 a suggestion: check it anyway.",
            )
        };
        let help = match &info.help {
            Some(h) => Text::fi_en(
                &format!("{} {fi}", h.get(Lang::Fi)),
                &format!("{} {en}", h.get(Lang::En)),
            ),
            None => Text::fi_en(fi, en),
        };
        Doubted {
            model: d.model,
            below: f32::from(d.below_permille) / 1000.0,
            info: Arc::new(RuleInfo {
                severity: Severity::Suggestion,
                help: Some(help),
                ..info.clone()
            }),
        }
    }
}

impl CompiledRule {
    /// Calls `f` with every slot the rule reads.
    fn for_each_slot(&self, mut f: impl FnMut(Slot)) {
        match &self.kind {
            Kind::Simple(s) | Kind::Require { slot: s, .. } => f(*s),
            Kind::Near { slot, of, .. } => {
                f(*slot);
                f(*of);
            }
            Kind::Swap { slots, .. } => slots.iter().for_each(|(s, _)| f(*s)),
            Kind::Metric(_) | Kind::RequireFrontMatter(_) => {}
        }
        for &(u, _) in &self.unless {
            f(u);
        }
    }
}

/// How many gates stand between each slot and the draft: 0 for a slot that is always matched,
/// one more than the deepest of its gates otherwise. Gates always point at earlier slots.
fn depths(gates: &[Vec<Slot>]) -> Vec<u8> {
    let mut depth = vec![0u8; gates.len()];
    for (slot, by) in gates.iter().enumerate() {
        debug_assert!(by.iter().all(|&g| g < slot));
        depth[slot] = by.iter().map(|&g| depth[g] + 1).max().unwrap_or(0);
    }
    depth
}

/// The stage at which a detector or pattern feeding slots of these depths runs: at once when
/// one of them is always matched, otherwise once every gate of every slot is settled.
fn stage(depths: impl Iterator<Item = u8> + Clone) -> u8 {
    if depths.clone().any(|d| d == 0) {
        0
    } else {
        depths.max().unwrap_or(0)
    }
}

/// The compiled rules, ready to lint any number of drafts from any number of threads.
#[derive(Debug)]
pub struct Linter {
    rules: Vec<CompiledRule>,
    slots: usize,
    terms: TermMatcher,
    term_slots: SlotLists,
    /// The built-in packs' terms, compiled at build time, with their slots (`None` when no
    /// active rule uses them).
    builtin_terms: Option<(TermMatcher, SlotLists)>,
    patterns: patterns::Patterns,
    pattern_slots: Vec<Vec<Slot>>,
    /// For each slot, the slots that must all have hits for it to matter (empty: always).
    gates: Vec<Vec<Slot>>,
    /// For each slot, whether its terms count only disguised (see [`crate::model::Disguise`]).
    disguised_only: Vec<bool>,
    detectors: Vec<Box<dyn Detector>>,
    detector_slots: Vec<Vec<DetectorSlot>>,
    /// The stage at which each detector and each pattern runs (see [`stage`]).
    detector_stage: Vec<u8>,
    pattern_stage: Vec<u8>,
    /// The last stage.
    stages: u8,
    context: DetectorContext,
    options: LintOptions,
    /// The engine's own rule about suppression comments that suppress nothing (`None` when the
    /// config switches it off).
    unused_suppression: Option<Arc<RuleInfo>>,
    /// The rules that are a text model's verdict on the whole draft ([`build::Builder::verdicts`]).
    verdicts: Vec<Arc<RuleInfo>>,
    /// The front matter keys the rules' conditions name, and the plans made so far for drafts
    /// by their channel and which of those keys they have ([`run::Plan`]).
    when_keys: run::WhenKeys,
    plans: run::Plans,
}

impl Linter {
    /// Compiles the rules of `set` that the options leave active.
    pub fn new(set: &RuleSet, options: LintOptions) -> Result<Linter, RuleError> {
        let context = DetectorContext::of(&options.config);
        let mut b = build::Builder::new(context.clone());
        let mut rules = Vec::new();
        for rule in set.rules() {
            let Some(severity) = effective_severity(rule, &options) else {
                continue;
            };
            rules.extend(b.rule(rule, severity, &options.config)?);
        }
        let terms = TermMatcher::new(&b.terms).map_err(|e| {
            let text = &b.terms[e.term].text;
            let message = format!("term `{text}`: {}", e.reason);
            match &b.term_origins[e.term] {
                Some((file, path)) => {
                    Located::at_path(file, crate::model::PathError::new(path.clone(), message))
                }
                None => Located::new(
                    &crate::errors::SourceFile::new("<config>", text.as_str()),
                    0..text.len(),
                    message,
                ),
            }
        })?;
        // A pattern feeding only exceptions matters only where it matches.
        let mut exception = vec![false; b.slots];
        for rule in &rules {
            for &(slot, _) in &rule.unless {
                exception[slot] = true;
            }
        }
        let covering: Vec<bool> = b
            .pattern_slots
            .iter()
            .map(|slots| slots.iter().all(|&s| exception[s]))
            .collect();
        let patterns = patterns::Patterns::new(b.patterns, b.compiled, &covering);
        let builtin_terms = if b.builtin_term_slots.is_empty() {
            None
        } else {
            let m = TermMatcher::from_static(crate::builtin::TERMS_COMPILED)
                .expect("the built-in terms were compiled by this build");
            let slots = SlotLists::new(&b.builtin_term_slots, crate::builtin::TERMS.len());
            Some((m, slots))
        };
        let depth = depths(&b.gates);
        let detector_stage: Vec<u8> = b
            .detector_slots
            .iter()
            .map(|slots| stage(slots.iter().map(|d| depth[d.slot])))
            .collect();
        let pattern_stage: Vec<u8> = b
            .pattern_slots
            .iter()
            .map(|slots| stage(slots.iter().map(|&s| depth[s])))
            .collect();
        let stages = detector_stage
            .iter()
            .chain(&pattern_stage)
            .copied()
            .max()
            .unwrap_or(0);
        Ok(Linter {
            when_keys: run::WhenKeys::of(&rules),
            plans: std::sync::Mutex::default(),
            verdicts: b.verdicts,
            detector_stage,
            pattern_stage,
            stages,
            rules,
            slots: b.slots,
            terms,
            term_slots: SlotLists::new(&b.term_slots, b.terms.len()),
            builtin_terms,
            patterns,
            pattern_slots: b.pattern_slots,
            gates: b.gates,
            disguised_only: b.disguised_only,
            detectors: b.detectors,
            detector_slots: b.detector_slots,
            context,
            unused_suppression: unused_suppression_rule(&options),
            options,
        })
    }

    /// Metadata of every active rule, in load order (the engine's own rules last).
    pub fn rules(&self) -> impl Iterator<Item = &Arc<RuleInfo>> {
        self.rules
            .iter()
            .map(|r| &r.info)
            .chain(self.unused_suppression.iter())
    }

    /// Compiles every pattern now (they are otherwise compiled when first needed) and returns
    /// `(pattern, error)` for each that does not compile.
    pub fn check_patterns(&self) -> Vec<(String, String)> {
        self.patterns.check_all()
    }

    /// The options the linter was built with.
    pub fn options(&self) -> &LintOptions {
        &self.options
    }

    /// Whether the linter compiled terms at run time (the built-in packs' are compiled when
    /// the library is built; a test holds that they need none).
    #[cfg(test)]
    pub(crate) fn runtime_terms(&self) -> usize {
        self.terms.len()
    }
}

impl RuleSet {
    /// Checks that every name in `names` (`--select`, `--ignore`) is a rule id or a category of
    /// this set.
    pub fn check_names(&self, names: &[String]) -> Result<(), OptionsError> {
        for name in names {
            let known = self.get(name).is_some()
                || name == crate::suppress::UNUSED_ID
                || name == "somelint"
                || self.rules().iter().any(|r| r.category() == name);
            if !known {
                return Err(OptionsError {
                    message: format!("`{name}` is not a rule id or a category of the active rules"),
                });
            }
        }
        Ok(())
    }
}

fn unused_suppression_rule(options: &LintOptions) -> Option<Arc<RuleInfo>> {
    let id = crate::suppress::UNUSED_ID;
    let severity = level(options, id, "somelint", Severity::Suggestion)?;
    Some(Arc::new(RuleInfo {
        id: id.into(),
        category: "somelint".into(),
        pack: "somelint".into(),
        severity,
        message: Text::fi_en(
            "Tämä somelint-kommentti ei ohita mitään.",
            "This somelint comment suppresses nothing.",
        ),
        help: Some(Text::fi_en(
            "Poista kommentti tai korjaa sen säännön tunnus.",
            "Remove the comment or correct the rule id in it.",
        )),
        rationale: None,
        source: crate::model::Source::Text("somelint".into()),
        redact: false,
        suppressible: false,
        file: "somelint".into(),
    }))
}

/// The branches of a pattern as the library computes them (for the build-time table's
/// test).
#[cfg(test)]
pub(crate) fn branches_for_test(pattern: &str) -> Vec<literals::Branch> {
    literals::branches(pattern)
}

fn effective_severity(rule: &LoadedRule, options: &LintOptions) -> Option<Severity> {
    level(options, &rule.def.id, rule.category(), rule.def.severity)
}

/// A rule's severity after `select`/`ignore` and the config's levels (by id, then by category),
/// or `None` when it does not run.
fn level(options: &LintOptions, id: &str, category: &str, default: Severity) -> Option<Severity> {
    let named = |list: &[String]| list.iter().any(|s| s == id || s == category);
    if (!options.select.is_empty() && !named(&options.select)) || named(&options.ignore) {
        return None;
    }
    let levels = &options.config.rules;
    match levels.get(id).or_else(|| levels.get(category)) {
        Some(level) => level.severity(),
        None => Some(default),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_packs_need_no_terms_compiled_at_run_time() {
        let linter = Linter::new(&RuleSet::builtin(), LintOptions::default()).unwrap();
        assert_eq!(linter.runtime_terms(), 0);
    }

    /// A linter of one rule `x.near` whose `match:` is `matcher` (flow YAML).
    fn one_rule(matcher: &str) -> Linter {
        let mut set = RuleSet::new();
        let yaml = format!(
            "pack: p\nrules:\n  - id: x.near\n    severity: warning\n    message: m\n    source: s\n    match: {matcher}\n"
        );
        set.add_file(crate::SourceFile::new("r.yaml", yaml))
            .unwrap();
        Linter::new(&set, LintOptions::default()).unwrap()
    }

    #[test]
    fn near_findings_name_their_partner() {
        let linter = one_rule("{near: {terms: [syöpä], within: 3, of: {terms: [Matti]}}}");
        let text = "---\na: b\n---\nMatilla ja Matilla on syöpä.";
        let draft = crate::Draft::markdown("d.md", text).unwrap();
        let report = linter.lint(&draft);
        assert_eq!(report.diagnostics.len(), 1);
        let d = &report.diagnostics[0];
        assert_eq!(&text[d.span.clone()], "syöpä");
        let related = d.related.clone().expect("a near finding names its partner");
        assert_eq!(
            related.start,
            text.rfind("Matilla").unwrap(),
            "the close one"
        );
        assert_eq!(&text[related], "Matilla");
    }

    #[test]
    fn a_partner_inside_the_match_counts_only_when_asked() {
        let found = |pattern: &str, inside: bool| {
            let matcher = format!(
                "{{near: {{pattern: '{pattern}', within: 1, inside: {inside}, of: {{terms: [syöpä]}}}}}}"
            );
            one_rule(&matcher)
                .lint(&crate::Draft::text("Matilla on syöpä."))
                .diagnostics
                .len()
        };
        assert_eq!(
            found("Matilla on syöpä", false),
            0,
            "the same place is not near"
        );
        assert_eq!(found("Matilla on syöpä", true), 1);
        // Inside means wholly inside: a partner that only overlaps the match is not.
        assert_eq!(found("Matilla on syö", true), 0);
        // `within: 0` with `inside` counts only a partner inside the match.
        let only_inside = one_rule(
            "{near: {pattern: 'kutsui \\w+ksi', within: 0, inside: true, of: {terms: [lehmä]}}}",
        );
        let count = |text: &str| {
            only_inside
                .lint(&crate::Draft::text(text))
                .diagnostics
                .len()
        };
        assert_eq!(count("Se kutsui lehmäksi."), 1);
        assert_eq!(count("Lehmää kutsui Kukaksi."), 0);
    }

    #[test]
    fn order_puts_the_match_before_or_after_its_partner() {
        let found = |order: &str, text: &str| {
            one_rule(&format!(
                "{{near: {{terms: [pöljä], within: 1, order: {order}, of: {{terms: [tuomari]}}}}}}"
            ))
            .lint(&crate::Draft::text(text))
            .diagnostics
            .len()
        };
        assert_eq!(found("before", "Pöljä tuomari taas."), 1);
        assert_eq!(found("before", "Tuomari pöljä taas."), 0);
        assert_eq!(found("after", "Tuomari pöljä taas."), 1);
        assert_eq!(found("after", "Pöljä tuomari taas."), 0);
        assert_eq!(found("any", "Tuomari pöljä taas."), 1);
        assert_eq!(found("any", "Pöljä tuomari taas."), 1);
    }

    #[test]
    fn near_stays_within_a_sentence() {
        let linter = one_rule("{near: {terms: [syöpä], within: 4, of: {terms: [Matti]}}}");
        let found = |text: &str| linter.lint(&crate::Draft::text(text)).diagnostics.len();
        assert_eq!(found("Syöpä on yleinen. Matti kertoo."), 0);
        assert_eq!(found("Matti on kotona!\n\nsyöpä"), 0);
        assert_eq!(found("Syöpä? Ei. Matti kertoo."), 0);
        // `hän` opening a sentence refers back to the person before.
        let pronoun = one_rule(
            "{near: {terms: [syöpä], within: 4, of: {detector: person, options: {kinds: [pronoun]}}}}",
        );
        let report = pronoun.lint(&crate::Draft::text("Todettiin syöpä. Hänellä on kipuja."));
        assert_eq!(report.diagnostics.len(), 1);
        // An abbreviation or a number with a full stop ends no sentence.
        assert_eq!(found("Matti sairastaa mm. syöpää."), 1);
        assert_eq!(found("Matilla todettiin 3.5. syöpä."), 1);
        // `across: paragraph` lets the pair span sentences, not a blank line.
        let paragraph = one_rule(
            "{near: {terms: [syöpä], within: 4, across: paragraph, of: {terms: [Matti]}}}",
        );
        let found = |text: &str| paragraph.lint(&crate::Draft::text(text)).diagnostics.len();
        assert_eq!(found("Syöpä on yleinen. Matti kertoo."), 1);
        assert_eq!(found("Matti on kotona!\n\nsyöpä"), 0);
    }

    fn rules(yaml_rules: &str) -> Linter {
        let mut set = RuleSet::new();
        let yaml = format!("pack: p\nrules:\n{yaml_rules}");
        set.add_file(crate::SourceFile::new("r.yaml", yaml))
            .unwrap();
        Linter::new(&set, LintOptions::default()).unwrap()
    }

    fn ids(linter: &Linter, text: &str) -> Vec<String> {
        let report = linter.lint(&crate::Draft::text(text));
        report
            .diagnostics
            .iter()
            .map(|d| d.rule.id.clone())
            .collect()
    }

    #[test]
    fn a_text_models_verdict_gives_way_to_a_rule_of_its_category_in_its_sentence() {
        let linter = rules(concat!(
            "  - {id: x.model, severity: warning, message: m, source: s, match: {detector: classifier, options: {model: confidential, threshold: 0.01}}}\n",
            "  - {id: x.word, severity: error, message: m, source: s, match: {terms: [syöpä]}}\n",
            "  - {id: y.word, severity: error, message: m, source: s, match: {terms: [kokous]}}\n",
            "  - {id: x.hint, severity: suggestion, message: m, source: s, match: {terms: [kerho]}}\n",
        ));
        // One sentence: the rule of the same category reports inside the model's sentence.
        let text = "Liisalla todettiin syöpä viime viikolla, ja hän on nyt sairauslomalla kotona.";
        assert_eq!(ids(&linter, text), ["x.word"]);
        // A rule of another category does not stand in for the model.
        let text = "Kokous siirtyy, koska puheenjohtaja on sairauslomalla kotona koko ensi viikon.";
        assert_eq!(ids(&linter, text), ["y.word", "x.model"]);
        // Nor does a milder finding of its own category (a suggestion for a warning).
        let text =
            "Pekka on sairauslomalla kotona koko ensi viikon, joten kerho on tauolla siihen asti.";
        assert_eq!(ids(&linter, text), ["x.model", "x.hint"]);
    }

    #[test]
    fn a_doubted_rule_reports_a_suggestion_on_a_long_draft_its_model_scores_low() {
        let linter = rules(concat!(
            "  - {id: x.low, severity: error, message: m, source: s, match: {terms: [syöpä]}, doubt: {model: confidential, below: 0.99}}\n",
            "  - {id: x.high, severity: warning, message: m, help: h, source: s, match: {terms: [syöpä]}, doubt: {model: confidential, below: 0.001}}\n",
            "  - {id: x.hint, severity: suggestion, message: m, source: s, match: {terms: [syöpä]}, doubt: {model: confidential, below: 0.99}}\n",
        ));
        let findings = |text: &str| -> Vec<(String, Severity, String)> {
            linter
                .lint(&crate::Draft::text(text))
                .diagnostics
                .iter()
                .map(|d| {
                    let help = d.rule.help.as_ref().map_or("", |h| h.get(Lang::En));
                    (d.rule.id.clone(), d.severity(), help.to_string())
                })
                .collect()
        };
        // 25 words: x.low's model scores it below 0.99, x.high's not below 0.001.
        let long = "Syöpäyhdistyksen luentosarja jatkuu ensi tiistaina kirjaston salissa: \
                    lääkäri kertoo, miten syöpä todetaan ja hoidetaan nykyään. Tervetuloa \
                    kuulemaan ja kysymään, kahvitarjoilu alkaa puoli tuntia ennen luentoa, \
                    ja paikkoja on runsaasti.";
        assert!(long.split_whitespace().count() >= somelint_fi::classify::DOUBT_MIN_WORDS);
        let got = findings(long);
        assert_eq!(got.len(), 3, "{got:?}");
        let low = got.iter().find(|f| f.0 == "x.low").unwrap();
        assert_eq!(low.1, Severity::Suggestion);
        assert!(
            low.2.starts_with("The text model does not read"),
            "{}",
            low.2
        );
        let high = got.iter().find(|f| f.0 == "x.high").unwrap();
        assert_eq!((high.1, high.2.as_str()), (Severity::Warning, "h"));
        let hint = got.iter().find(|f| f.0 == "x.hint").unwrap();
        assert_eq!((hint.1, hint.2.as_str()), (Severity::Suggestion, ""));
        // A shorter draft is left to the rule: the model has too little to go on.
        let short = "Lääkäri kertoo kirjastossa tiistaina, miten syöpä todetaan ja hoidetaan.";
        let got = findings(short);
        let low = got.iter().find(|f| f.0 == "x.low").unwrap();
        assert_eq!(low.1, Severity::Error);
        // So is a text over 256 KiB, which the detectors and the model read only in pieces.
        let huge = format!("{long}\n\n").repeat(1200);
        assert!(!crate::detectors::read_whole(&huge));
        let report = linter.lint(&crate::Draft::text(huge.as_str()));
        let first = report.diagnostics.iter().find(|d| d.rule.id == "x.low");
        assert_eq!(
            first.map(crate::Diagnostic::severity),
            Some(Severity::Error)
        );
        // The config's `models.doubt: false` keeps every finding at its rule's severity.
        let mut set = RuleSet::new();
        set.add_file(crate::SourceFile::new(
            "r.yaml",
            "pack: p\nrules:\n  - {id: x.low, severity: error, message: m, source: s, match: {terms: [syöpä]}, doubt: {model: confidential, below: 0.99}}\n",
        ))
        .unwrap();
        let mut options = LintOptions::default();
        options.config.models.doubt = false;
        let linter = Linter::new(&set, options).unwrap();
        let report = linter.lint(&crate::Draft::text(long));
        assert_eq!(report.diagnostics[0].severity(), Severity::Error);
    }

    #[test]
    fn a_models_own_verdict_in_doubt_says_the_model_is_not_sure() {
        let linter = rules(
            "  - {id: x.model, severity: warning, message: m, help: h, source: s, match: {detector: classifier, options: {model: confidential, threshold: 0.001}}, doubt: {model: confidential, below: 0.999}}\n",
        );
        // A clean draft: the model scores it low (0.007 with the table of the fifty-fifth
        // session), above the rule's threshold and below its doubt.
        let text = "Syöpäyhdistyksen luentosarja jatkuu ensi tiistaina kirjaston salissa: \
                    lääkäri kertoo, miten syöpä todetaan ja hoidetaan nykyään. Tervetuloa \
                    kuulemaan ja kysymään, kahvitarjoilu alkaa puoli tuntia ennen luentoa, \
                    ja paikkoja on runsaasti.";
        let report = linter.lint(&crate::Draft::text(text));
        let d = &report.diagnostics[0];
        assert_eq!(d.severity(), Severity::Suggestion);
        let help = d.rule.help.as_ref().map_or("", |h| h.get(Lang::En));
        assert_eq!(
            help,
            "h The text model is not sure of its verdict, so this is only a suggestion: check it anyway."
        );
    }

    #[test]
    fn a_doubt_names_a_known_model_and_a_score_between_0_and_1() {
        // Each error is located at the value it is about (line 3, the column after `doubt: `).
        for (doubt, says, column) in [
            ("{model: spam, below: 0.2}", "unknown model `spam`", 94),
            ("{model: tone, below: 1.5}", "not above 0 and below 1", 107),
            ("{model: tone, below: 0}", "not above 0 and below 1", 107),
            ("{model: tone}", "missing field `below`", 86),
            (
                "{model: tone, below: 0.2, words: 5}",
                "unknown field `words`",
                112,
            ),
        ] {
            let yaml = format!(
                "pack: p\nrules:\n  - {{id: x.y, severity: error, message: m, source: s, match: {{terms: [kuva]}}, doubt: {doubt}}}\n"
            );
            let e = RuleSet::new()
                .add_file(crate::SourceFile::new("r.yaml", yaml))
                .unwrap_err()
                .to_string();
            assert!(e.contains(says), "{doubt}: {e}");
            assert!(
                e.starts_with(&format!("r.yaml:3:{column}: ")),
                "{doubt}: {e}"
            );
        }
    }

    #[test]
    fn disguise_only_drops_the_plain_spelling() {
        let linter = one_rule("{terms: [possu], disguise: only}");
        let found = |text: &str| -> Vec<String> {
            linter
                .lint(&crate::Draft::text(text))
                .diagnostics
                .iter()
                .map(|d| text[d.span.clone()].to_string())
                .collect()
        };
        for plain in [
            "Possu ja possut.",
            "POSSUT tulivat.",
            "Possu-Pekka.",
            "Posun kuva.",
        ] {
            assert!(found(plain).is_empty(), "{plain}");
        }
        assert_eq!(
            found("Se p0ssu ja ne p o s s u t."),
            ["p0ssu", "p o s s u t"]
        );
        assert_eq!(
            found("PoSSu syö, pοssu (Greek ο) myös."),
            ["PoSSu", "pοssu"]
        );
        // The same term in another rule with `disguise: true` keeps its plain matches.
        let mut set = RuleSet::new();
        set.add_file(crate::SourceFile::new(
            "r.yaml",
            concat!(
                "pack: p\nrules:\n",
                "  - {id: x.only, severity: error, message: m, source: s, match: {terms: [possu], disguise: only}}\n",
                "  - {id: x.both, severity: error, message: m, source: s, match: {terms: [possu], disguise: true}}\n",
            ),
        ))
        .unwrap();
        let both = Linter::new(&set, LintOptions::default()).unwrap();
        let ids = |text: &str| -> Vec<String> {
            both.lint(&crate::Draft::text(text))
                .diagnostics
                .iter()
                .map(|d| d.rule.id.to_string())
                .collect()
        };
        assert_eq!(ids("Possu."), ["x.both"]);
        assert_eq!(ids("P0ssu."), ["x.both", "x.only"]);
    }

    #[test]
    fn disguise_takes_true_false_or_only() {
        let yaml = "pack: p\nrules:\n  - {id: x.y, severity: error, message: m, source: s, match: {terms: [kuva], disguise: maybe}}\n";
        let e = RuleSet::new()
            .add_file(crate::SourceFile::new("r.yaml", yaml))
            .unwrap_err()
            .to_string();
        assert!(e.contains("`true`, `false` or `only`"), "{e}");
        assert!(e.starts_with("r.yaml:3:"), "{e}");
    }

    #[test]
    fn rules_asking_for_different_kinds_of_person_share_one_detector() {
        let linter = rules(concat!(
            "  - {id: x.full, severity: warning, message: m, source: s, match: {near: {terms: [syöpä], within: 4, of: {detector: person, options: {kinds: [full_name]}}}}}\n",
            "  - {id: x.first, severity: warning, message: m, source: s, match: {near: {terms: [syöpä], within: 4, of: {detector: person, options: {kinds: [first_name]}}}}}\n",
        ));
        assert_eq!(linter.detectors.len(), 1, "one person detector");
        assert_eq!(
            ids(&linter, "Matti Virtasella todettiin syöpä."),
            ["x.full"]
        );
        assert_eq!(ids(&linter, "Jukalla todettiin syöpä."), ["x.first"]);
    }

    #[test]
    fn the_exception_of_a_near_rule_runs_once_both_sides_hit() {
        let linter = rules(concat!(
            "  - id: x.near\n    severity: warning\n    message: m\n    source: s\n",
            "    match: {near: {terms: [syöpä], within: 4, of: {detector: person, options: {kinds: [full_name]}}}}\n",
            "    unless: {pattern: 'kertoo\\s+\\w+'}\n",
        ));
        // The exception is gated on both the rule's own terms and its person partner.
        let near_slots = &linter.rules[0];
        let Kind::Near { slot, of, .. } = near_slots.kind else {
            panic!("a near rule")
        };
        assert_eq!(linter.gates[near_slots.unless[0].0], [slot, of]);
        assert_eq!(
            ids(&linter, "Matti Virtasella todettiin syöpä."),
            ["x.near"]
        );
        assert!(ids(&linter, "Matti Virtanen kertoo syövästä.").is_empty());
        assert!(ids(&linter, "Lääkäri kertoo syövästä.").is_empty());
    }

    #[test]
    fn exceptions_reach_as_far_as_their_scope() {
        let rule = |unless: &str| {
            rules(&format!(
                "  - {{id: x.y, severity: warning, message: m, source: s, match: {{terms: [kuva]}}, unless: {unless}}}\n"
            ))
        };
        let text = "Kuva on lainattu. Lupa on saatu.\n\nToinen kuva tässä, lupa kysytty.";
        let found = |linter: &Linter| ids(linter, text).len();
        // At the match only.
        assert_eq!(found(&rule("{terms: [lupa]}")), 2);
        // In the match's sentence: the second `kuva` shares one with `lupa`.
        assert_eq!(found(&rule("{terms: [lupa], scope: sentence}")), 1);
        assert_eq!(
            found(&rule("{terms: [lainata], scope: sentence}")),
            1,
            "the first sentence"
        );
        // Anywhere in the draft.
        assert_eq!(found(&rule("{terms: [saada], scope: draft}")), 0);
        // A list: any of them drops the match.
        assert_eq!(
            found(&rule(
                "[{terms: [lainata], scope: sentence}, {terms: [kysyä], scope: sentence}]"
            )),
            0
        );
        // A sentence opening with `hän` continues the one before, as `near` reads it.
        let han = rule("{terms: [lupa], scope: sentence}");
        assert_eq!(ids(&han, "Kuvan otti Maija. Hän antoi luvan.").len(), 0);
    }

    #[test]
    fn a_bad_exception_in_a_list_is_located() {
        let mut set = RuleSet::new();
        let yaml = "pack: p\nrules:\n  - id: x.y\n    severity: warning\n    message: m\n    source: s\n    match: {terms: [kuva]}\n    unless:\n      - {terms: [lupa]}\n      - {terms: [lupa], scope: somewhere}\n";
        let err = set
            .add_file(crate::SourceFile::new("r.yaml", yaml))
            .unwrap_err();
        let text = format!("{err:?}");
        assert!(text.contains("somewhere"), "{text}");
        let yaml = yaml.replace("scope: somewhere", "scopes: sentence");
        let err = set
            .add_file(crate::SourceFile::new("r.yaml", yaml))
            .unwrap_err();
        assert!(format!("{err:?}").contains("scopes"), "{err:?}");
    }
}
