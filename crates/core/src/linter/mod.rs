//! The compiled linter: every active rule compiled once into shared automata.
//!
//! All terms of all rules go into one [`TermMatcher`]; all patterns behind one literal prefilter
//! (see [`patterns`]: a pattern is compiled only when a draft may match it); each detector runs
//! once per draft however many rules use it. Every simple matcher of every rule is a *slot*; one pass over the text fills
//! the slots with hits, and the rules are then decided from their slots alone, so the cost of a
//! draft grows with its length and its hits, not with the number of rules.

mod literals;
mod patterns;
mod run;
mod search;

pub use search::PATTERN_SIZE_LIMIT;
use search::{PatternError, Searcher};

pub use run::Report;

use std::collections::HashMap;
use std::sync::Arc;

use somelint_fi::{Compounds, TermMatcher, TermSpec};

use crate::config::{Config, Platform};
use crate::detectors::{self, Detector, DetectorContext};
use crate::diagnostic::RuleInfo;
use crate::error::LoadError;
use crate::load::{LoadedRule, RuleSet};
use crate::rule::{
    At, CaseSetting, CompoundsSetting, FixSafety, MatchSpec, MetricSpec, RequireSpec, Severity,
};

/// How a set of rules is run.
#[derive(Debug, Clone, Default)]
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
}

/// Index of a slot: one simple matcher of one rule.
type Slot = usize;

#[derive(Debug, Clone)]
enum Kind {
    Simple(Slot),
    Near {
        slot: Slot,
        of: Slot,
        within: usize,
    },
    Metric(MetricSpec),
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
    unless: Option<Slot>,
    platforms: Vec<Platform>,
    front_matter: Vec<String>,
    no_front_matter: Vec<String>,
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
        if let Some(u) = self.unless {
            f(u);
        }
    }
}

/// The compiled rules, ready to lint any number of drafts from any number of threads.
#[derive(Debug)]
pub struct Linter {
    rules: Vec<CompiledRule>,
    slots: usize,
    terms: TermMatcher,
    term_slots: Vec<Vec<Slot>>,
    /// The built-in packs' terms, compiled at build time, with their slots (`None` when no
    /// active rule uses them).
    builtin_terms: Option<(TermMatcher, Vec<Vec<Slot>>)>,
    patterns: patterns::Patterns,
    pattern_slots: Vec<Vec<Slot>>,
    /// For each slot, the slot whose hits it depends on (see [`Builder::gate`]).
    gates: Vec<Option<Slot>>,
    detectors: Vec<Box<dyn Detector>>,
    detector_slots: Vec<Vec<Slot>>,
    context: DetectorContext,
    options: LintOptions,
    /// The engine's own rule about suppression comments that suppress nothing (`None` when the
    /// config switches it off).
    unused_suppression: Option<Arc<RuleInfo>>,
}

/// Collects matchers while rules are compiled.
#[derive(Default)]
struct Builder {
    slots: usize,
    terms: Vec<TermSpec>,
    term_slots: Vec<Vec<Slot>>,
    term_index: HashMap<(String, bool, u8, bool), usize>,
    builtin_term_slots: Vec<Vec<Slot>>,
    gates: Vec<Option<Slot>>,
    patterns: Vec<String>,
    compiled: Vec<Option<Searcher>>,
    pattern_slots: Vec<Vec<Slot>>,
    detectors: Vec<Box<dyn Detector>>,
    detector_keys: Vec<String>,
    detector_slots: Vec<Vec<Slot>>,
}

impl Linter {
    /// Compiles the rules of `set` that the options leave active.
    pub fn new(set: &RuleSet, options: LintOptions) -> Result<Linter, LoadError> {
        let mut b = Builder::default();
        let mut rules = Vec::new();
        for rule in set.rules() {
            let Some(severity) = effective_severity(rule, &options) else {
                continue;
            };
            let Some(kind) = b.kind(rule, &rule.def.matcher, &options.config)? else {
                continue;
            };
            let unless = match &rule.def.unless {
                Some(u) => b.simple(rule, u, &options.config)?,
                None => None,
            };
            // An exception (`unless`) or the other side of a `near` only matters where the
            // rule's own matcher hit: its patterns run only then.
            let primary = match &kind {
                Kind::Simple(s) | Kind::Require { slot: s, .. } => Some(*s),
                Kind::Near { slot, of, .. } => {
                    b.gate(*of, *slot);
                    Some(*slot)
                }
                _ => None,
            };
            if let (Some(u), Some(p)) = (unless, primary) {
                b.gate(u, p);
            }
            let when = rule.def.when.clone().unwrap_or_default();
            let redact = rule.def.redact.unwrap_or(rule.category() == "confidential");
            rules.push(CompiledRule {
                info: Arc::new(RuleInfo {
                    id: rule.def.id.clone(),
                    category: rule.category().to_string(),
                    pack: rule.pack.clone(),
                    severity,
                    message: rule.def.message.clone(),
                    help: rule.def.help.clone(),
                    rationale: rule.def.rationale.clone(),
                    source: rule.def.source.clone(),
                    redact,
                    suppressible: rule.def.suppressible,
                }),
                kind,
                unless,
                platforms: when.platform,
                front_matter: when.front_matter,
                no_front_matter: when.no_front_matter,
            });
        }
        let terms = TermMatcher::new(&b.terms).map_err(|e| {
            let text = &b.terms[e.term].text;
            let owner = set
                .rules()
                .iter()
                .find(|r| r.file.text.contains(text.as_str()));
            match owner {
                Some(r) => r.error_at(text, format!("term `{text}`: {}", e.reason)),
                None => LoadError::at(
                    &crate::error::SourceFile::new("<config>", text.as_str()),
                    0,
                    text.len(),
                    e.reason,
                ),
            }
        })?;
        let patterns = patterns::Patterns::new(b.patterns, b.compiled);
        let builtin_terms = if b.builtin_term_slots.iter().any(|s| !s.is_empty()) {
            let m = TermMatcher::from_bytes(crate::builtin::TERMS_COMPILED)
                .expect("the built-in terms were compiled by this build");
            Some((m, b.builtin_term_slots))
        } else {
            None
        };
        let unused_suppression = unused_suppression_rule(&options);
        let context = DetectorContext {
            domains: options.config.organisation.domains.clone(),
            public_contacts: options.config.organisation.public_contacts.clone(),
        };
        Ok(Linter {
            rules,
            slots: b.slots,
            terms,
            term_slots: b.term_slots,
            builtin_terms,
            patterns,
            pattern_slots: b.pattern_slots,
            gates: b.gates,
            detectors: b.detectors,
            detector_slots: b.detector_slots,
            context,
            options,
            unused_suppression,
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
}

fn unused_suppression_rule(options: &LintOptions) -> Option<Arc<RuleInfo>> {
    use crate::rule::{LocalisedText, Text};
    let id = crate::suppress::UNUSED_ID;
    let severity = level(options, id, "somelint", Severity::Suggestion)?;
    let text = |fi: &str, en: &str| {
        Text::Localised(LocalisedText {
            fi: fi.into(),
            en: Some(en.into()),
        })
    };
    Some(Arc::new(RuleInfo {
        id: id.into(),
        category: "somelint".into(),
        pack: "somelint".into(),
        severity,
        message: text(
            "Tämä somelint-kommentti ei ohita mitään.",
            "This somelint comment suppresses nothing.",
        ),
        help: Some(text(
            "Poista kommentti tai korjaa sen säännön tunnus.",
            "Remove the comment or correct the rule id in it.",
        )),
        rationale: None,
        source: "somelint".into(),
        redact: false,
        suppressible: false,
    }))
}

/// The required literals of a pattern as the library computes them (for the build-time table's
/// test).
#[cfg(test)]
pub(crate) fn literals_for_test(pattern: &str) -> Option<Vec<String>> {
    literals::required_literals(pattern)
}

fn effective_severity(rule: &LoadedRule, options: &LintOptions) -> Option<Severity> {
    level(options, &rule.def.id, rule.category(), rule.def.severity)
}

/// A rule's severity after `--select`/`--ignore` and the config's levels (by id, then by
/// category), or `None` when it does not run.
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

impl Builder {
    fn slot(&mut self) -> Slot {
        self.slots += 1;
        self.gates.push(None);
        self.slots - 1
    }

    /// Marks `slot` as needed only when `by` has hits.
    fn gate(&mut self, slot: Slot, by: Slot) {
        self.gates[slot] = Some(by);
    }

    /// Compiles a rule's `match`; `None` when the rule has nothing to do under this config.
    fn kind(
        &mut self,
        rule: &LoadedRule,
        m: &MatchSpec,
        config: &Config,
    ) -> Result<Option<Kind>, LoadError> {
        if let Some(near) = &m.near {
            let (Some(slot), Some(of)) = (
                self.simple(rule, &near.simple(), config)?,
                self.simple(rule, &near.of, config)?,
            ) else {
                return Ok(None);
            };
            return Ok(Some(Kind::Near {
                slot,
                of,
                within: near.within,
            }));
        }
        if let Some(metric) = &m.metric {
            return Ok(Some(Kind::Metric(metric.clone())));
        }
        if let Some(req) = &m.require {
            return self.require(rule, req, config);
        }
        if let Some(swap) = &m.swap {
            let mut slots = Vec::new();
            for (wrong, right) in swap {
                let slot = self.slot();
                self.add_term(
                    wrong,
                    false,
                    CompoundsSetting::None,
                    CaseSetting::Insensitive,
                    slot,
                );
                slots.push((slot, right.clone()));
            }
            let safe = rule.def.fix != Some(FixSafety::Unsafe);
            return Ok(Some(Kind::Swap { slots, safe }));
        }
        Ok(self.simple(rule, m, config)?.map(Kind::Simple))
    }

    fn require(
        &mut self,
        rule: &LoadedRule,
        req: &RequireSpec,
        config: &Config,
    ) -> Result<Option<Kind>, LoadError> {
        if let Some(key) = &req.front_matter {
            return Ok(Some(Kind::RequireFrontMatter(key.clone())));
        }
        Ok(self
            .simple(rule, &req.simple(), config)?
            .map(|slot| Kind::Require { slot, at: req.at }))
    }

    /// Compiles a simple matcher (terms, terms_from, pattern or detector) into a new slot; `None`
    /// when its terms come from an empty config list.
    fn simple(
        &mut self,
        rule: &LoadedRule,
        m: &MatchSpec,
        config: &Config,
    ) -> Result<Option<Slot>, LoadError> {
        let inflect = m.inflect.unwrap_or(true);
        let compounds = m.compounds.unwrap_or_default();
        let case = m.case.unwrap_or_default();
        if let Some(terms) = &m.terms {
            let slot = self.slot();
            for t in terms {
                self.add_term(t, inflect, compounds, case, slot);
            }
            return Ok(Some(slot));
        }
        if let Some(key) = &m.terms_from {
            let list = config.list(key).unwrap_or_default();
            let list: Vec<String> = list
                .into_iter()
                .filter(|t| t.chars().any(somelint_fi::tokens::is_word_char))
                .collect();
            if list.is_empty() {
                return Ok(None);
            }
            let slot = self.slot();
            for t in &list {
                // Names and tags from the config are matched as written, not inflected; a hashtag
                // only as a hashtag, so the plain word does not count for `#Suomussalmi`.
                match t.trim().strip_prefix('#') {
                    Some(tag) => {
                        let flags = if case == CaseSetting::Sensitive {
                            ""
                        } else {
                            "(?i)"
                        };
                        let pattern = format!(r"{flags}#{}\b", regex::escape(tag));
                        self.add_pattern(rule, &pattern, slot)?;
                    }
                    None => self.add_term(t, false, compounds, case, slot),
                }
            }
            return Ok(Some(slot));
        }
        if let Some(p) = &m.pattern {
            let slot = self.slot();
            self.add_pattern(rule, p, slot)?;
            return Ok(Some(slot));
        }
        if let Some(name) = &m.detector {
            let slot = self.slot();
            let options = m.options.clone().unwrap_or(serde_yaml::Value::Null);
            let key = format!(
                "{name}\u{0}{}",
                serde_yaml::to_string(&options).unwrap_or_default()
            );
            let index = match self.detector_keys.iter().position(|k| *k == key) {
                Some(i) => i,
                None => {
                    let det =
                        detectors::build(name, &options).map_err(|msg| rule.error_at(name, msg))?;
                    self.detectors.push(det);
                    self.detector_keys.push(key);
                    self.detector_slots.push(Vec::new());
                    self.detectors.len() - 1
                }
            };
            self.detector_slots[index].push(slot);
            return Ok(Some(slot));
        }
        Ok(None)
    }

    fn add_term(
        &mut self,
        text: &str,
        inflect: bool,
        compounds: CompoundsSetting,
        case: CaseSetting,
        slot: Slot,
    ) {
        let compounds = match compounds {
            CompoundsSetting::None => Compounds::None,
            CompoundsSetting::Head => Compounds::Head,
            CompoundsSetting::Any => Compounds::Any,
        };
        let case_sensitive = case == CaseSetting::Sensitive;
        let probe = (text, inflect, compounds as u8, case_sensitive);
        if let Ok(i) = crate::builtin::TERMS.binary_search(&probe) {
            if self.builtin_term_slots.is_empty() {
                self.builtin_term_slots = vec![Vec::new(); crate::builtin::TERMS.len()];
            }
            self.builtin_term_slots[i].push(slot);
            return;
        }
        let key = (text.to_string(), inflect, compounds as u8, case_sensitive);
        let index = *self.term_index.entry(key).or_insert_with(|| {
            self.terms.push(TermSpec {
                text: text.to_string(),
                inflect,
                compounds,
                case_sensitive,
            });
            self.term_slots.push(Vec::new());
            self.terms.len() - 1
        });
        self.term_slots[index].push(slot);
    }

    fn add_pattern(
        &mut self,
        rule: &LoadedRule,
        pattern: &str,
        slot: Slot,
    ) -> Result<(), LoadError> {
        if let Some(i) = self.patterns.iter().position(|p| p == pattern) {
            self.pattern_slots[i].push(slot);
            return Ok(());
        }
        // User rule files are checked now, so a bad pattern is reported at load; the built-in
        // packs are checked by the test suite and compiled when a draft first needs them.
        let compiled = if rule.file.name.starts_with("builtin:") {
            None
        } else {
            let searcher = Searcher::new(pattern.to_string());
            searcher.check().map_err(|e| {
                let msg = match e {
                    PatternError::TooBig(limit) => format!(
                        "the pattern is too large (over the {limit}-byte limit); split it or use `terms`"
                    ),
                    PatternError::Invalid(other) => format!("invalid pattern: {other}"),
                };
                rule.error_at(pattern, msg)
            })?;
            Some(searcher)
        };
        self.patterns.push(pattern.to_string());
        self.compiled.push(compiled);
        self.pattern_slots.push(vec![slot]);
        Ok(())
    }
}
