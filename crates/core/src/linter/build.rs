//! Compiling rules: every simple matcher of every active rule becomes a *slot*, filled by the
//! shared term matcher, pattern set and detectors.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use somelint_fi::TermSpec;

use super::search::{PatternError, Searcher};
use super::{CompiledRule, DetectorSlot, Doubted, Kind, Slot};
use crate::detectors::{self, Detector};
use crate::diagnostic::RuleInfo;
use crate::errors::RuleError;
use crate::load::LoadedRule;
use crate::model::{
    Config, DetectorSpec, Disguise, FixSafety, Matcher, PersonKind, Required, Severity, Simple,
    TermOptions, YamlPath,
};

/// Collects matchers while rules are compiled.
pub(super) struct Builder {
    context: crate::detectors::DetectorContext,
    pub(super) slots: usize,
    pub(super) terms: Vec<TermSpec>,
    /// `(term, slot)`: the slots each term of `terms` feeds (grouped into a [`super::SlotLists`]).
    pub(super) term_slots: Vec<(u32, Slot)>,
    term_index: HashMap<(String, bool, u8, bool, bool), usize>,
    /// Where each term of `terms` was written (for an error if it does not compile).
    pub(super) term_origins: Vec<Option<(crate::errors::SourceFile, YamlPath)>>,
    /// `(term, slot)` for the built-in terms (`crate::builtin::TERMS`).
    pub(super) builtin_term_slots: Vec<(u32, Slot)>,
    /// For each slot, the slot whose hits it depends on (see [`Builder::gate`]).
    pub(super) gates: Vec<Vec<Slot>>,
    /// For each slot, whether its terms match disguised forms only ([`Disguise::Only`]).
    pub(super) disguised_only: Vec<bool>,
    pub(super) patterns: Vec<Cow<'static, str>>,
    /// The patterns of user rules, compiled to check them (boxed: the packs' hundreds are not).
    pub(super) compiled: Vec<Option<Box<Searcher>>>,
    pub(super) pattern_slots: Vec<Vec<Slot>>,
    pub(super) detectors: Vec<Box<dyn Detector>>,
    detector_specs: Vec<crate::model::DetectorSpec>,
    pub(super) detector_slots: Vec<Vec<DetectorSlot>>,
    /// The rules that are a text model's verdict on the whole draft (a `classifier` detector
    /// alone): their finding is left out where another rule of their category already reports.
    pub(super) verdicts: Vec<Arc<RuleInfo>>,
}

impl Builder {
    /// A builder whose detectors know `context`.
    pub(super) fn new(context: crate::detectors::DetectorContext) -> Self {
        Builder {
            context,
            slots: 0,
            terms: Vec::new(),
            term_slots: Vec::new(),
            term_index: HashMap::new(),
            term_origins: Vec::new(),
            builtin_term_slots: Vec::new(),
            gates: Vec::new(),
            disguised_only: Vec::new(),
            patterns: Vec::new(),
            compiled: Vec::new(),
            pattern_slots: Vec::new(),
            detectors: Vec::new(),
            detector_specs: Vec::new(),
            detector_slots: Vec::new(),
            verdicts: Vec::new(),
        }
    }

    /// Compiles one rule at `severity`; `None` when it has nothing to do under this config.
    pub(super) fn rule(
        &mut self,
        rule: &LoadedRule,
        severity: Severity,
        config: &Config,
    ) -> Result<Option<CompiledRule>, RuleError> {
        // Settings the rule depends on are fixed for the linter: an unmet one leaves it out.
        if !rule.def.when.config.iter().all(|f| config.flag(*f)) {
            return Ok(None);
        }
        let at = rule.path();
        let Some(kind) = self.kind(rule, &rule.def.matcher, &at.key("match"), config)? else {
            return Ok(None);
        };
        let mut unless = Vec::new();
        for (i, u) in rule.def.unless.iter().enumerate() {
            let here = match rule.def.unless.len() {
                1 => at.key("unless"),
                _ => at.key("unless").index(i),
            };
            if let Some(slot) = self.simple(rule, &u.matcher, &here, config)? {
                unless.push((slot, u.scope));
            }
        }
        // An exception (`unless`) or the other side of a `near` only matters where the
        // rule's own matcher hit: its patterns run only then.
        // The exception of a `near` rule matters only where both sides hit.
        let primary = match &kind {
            Kind::Simple(s) | Kind::Require { slot: s, .. } => vec![*s],
            Kind::Near { slot, of, .. } => {
                self.gate(*of, &[*slot]);
                vec![*slot, *of]
            }
            _ => Vec::new(),
        };
        if !primary.is_empty() {
            for &(u, _) in &unless {
                self.gate(u, &primary);
            }
        }
        let category = rule.category();
        let registry = crate::registry::get();
        let redact = rule
            .def
            .redact
            .unwrap_or_else(|| registry.categories.get(category).is_some_and(|c| c.redact));
        let info = Arc::new(RuleInfo {
            id: rule.def.id.clone(),
            category: category.to_string(),
            pack: rule.pack.clone(),
            severity,
            message: rule.def.message.clone(),
            help: rule.def.help.clone(),
            rationale: rule.def.rationale.clone(),
            source: rule.def.source.clone(),
            redact,
            suppressible: rule.def.suppressible,
            file: Arc::from(rule.file.name.as_str()),
        });
        let verdict = matches!(
            &rule.def.matcher,
            Matcher::Simple(Simple::Detector(DetectorSpec::Classifier { .. }))
        );
        if verdict {
            self.verdicts.push(info.clone());
        }
        let doubt = rule
            .def
            .doubt
            .filter(|_| severity > Severity::Suggestion && config.models.doubt)
            .map(|d| Doubted::new(d, &info, verdict));
        Ok(Some(CompiledRule {
            info,
            kind,
            unless,
            doubt,
            when: rule.def.when.clone(),
        }))
    }

    fn slot(&mut self) -> Slot {
        self.slots += 1;
        self.gates.push(Vec::new());
        self.disguised_only.push(false);
        self.slots - 1
    }

    /// A new slot for terms matched with `options`, marked when they count disguised only.
    fn terms_slot(&mut self, options: &TermOptions) -> Slot {
        let slot = self.slot();
        self.disguised_only[slot] = options.disguise == Disguise::Only;
        slot
    }

    /// Marks `slot` as needed only when every slot of `by` has hits.
    fn gate(&mut self, slot: Slot, by: &[Slot]) {
        self.gates[slot] = by.to_vec();
    }

    fn kind(
        &mut self,
        rule: &LoadedRule,
        m: &Matcher,
        at: &YamlPath,
        config: &Config,
    ) -> Result<Option<Kind>, RuleError> {
        Ok(match m {
            Matcher::Simple(s) => self.simple(rule, s, at, config)?.map(Kind::Simple),
            Matcher::Near {
                first,
                within,
                of,
                inside,
                across,
                order,
            } => {
                let here = at.key("near");
                let (Some(slot), Some(of)) = (
                    self.simple(rule, first, &here, config)?,
                    self.simple(rule, of, &here.key("of"), config)?,
                ) else {
                    return Ok(None);
                };
                Some(Kind::Near {
                    slot,
                    of,
                    within: *within,
                    inside: *inside,
                    across: *across,
                    order: *order,
                })
            }
            Matcher::Metric(metric) => Some(Kind::Metric(*metric)),
            Matcher::Require { what, at: place } => match what {
                Required::FrontMatter(key) => Some(Kind::RequireFrontMatter(key.clone())),
                Required::Match(s) => self
                    .simple(rule, s, &at.key("require"), config)?
                    .map(|slot| Kind::Require { slot, at: *place }),
            },
            Matcher::Swap(pairs) => {
                let mut slots = Vec::new();
                for (wrong, right) in pairs {
                    let slot = self.slot();
                    let path = || at.key("swap").key(wrong.clone()).at_key();
                    self.add_term(Some((rule, &path)), wrong, &TermOptions::EXACT, slot);
                    slots.push((slot, right.clone()));
                }
                let safe = rule.def.fix == FixSafety::Safe;
                Some(Kind::Swap { slots, safe })
            }
        })
    }

    /// Compiles a simple matcher into a new slot; `None` when its terms come from an empty
    /// config list.
    fn simple(
        &mut self,
        rule: &LoadedRule,
        m: &Simple,
        at: &YamlPath,
        config: &Config,
    ) -> Result<Option<Slot>, RuleError> {
        match m {
            Simple::Terms { terms, options } => {
                let slot = self.terms_slot(options);
                for (i, t) in terms.iter().enumerate() {
                    let path = || at.key("terms").index(i);
                    self.add_term(Some((rule, &path)), t, options, slot);
                }
                Ok(Some(slot))
            }
            Simple::TermsFrom { list, options } => {
                let list: Vec<String> = config
                    .list(*list)
                    .into_iter()
                    .filter(|t| t.chars().any(somelint_fi::tokens::is_word_char))
                    .collect();
                if list.is_empty() {
                    return Ok(None);
                }
                let slot = self.terms_slot(options);
                for t in &list {
                    // Names and tags from the config are matched as written, not inflected; a
                    // hashtag only as a hashtag, so the plain word does not count for `#Kunta`.
                    match t.trim().strip_prefix('#') {
                        Some(tag) => {
                            let flags = match options.case {
                                crate::model::Case::Sensitive => "",
                                crate::model::Case::Insensitive => "(?i)",
                            };
                            let pattern = format!(r"{flags}#{}\b", regex::escape(tag));
                            self.add_pattern(
                                rule,
                                Cow::Owned(pattern),
                                &|| at.key("terms_from"),
                                slot,
                            )?;
                        }
                        None => {
                            let exact = TermOptions {
                                inflect: false,
                                ..*options
                            };
                            self.add_term(None, t, &exact, slot);
                        }
                    }
                }
                Ok(Some(slot))
            }
            Simple::Pattern(p) => {
                let slot = self.slot();
                self.add_pattern(rule, p.clone(), &|| at.key("pattern"), slot)?;
                Ok(Some(slot))
            }
            Simple::Detector(spec) => {
                let slot = self.slot();
                // One person detector finds every kind of mention once per draft; each rule's
                // slot keeps the kinds it asked for.
                let every_kind;
                let (spec, kinds) = match spec {
                    DetectorSpec::Person { kinds } => {
                        every_kind = DetectorSpec::Person {
                            kinds: PersonKind::ALL.to_vec(),
                        };
                        (&every_kind, kinds.iter().fold(0, |m, k| m | 1 << k.index()))
                    }
                    other => (other, u32::MAX),
                };
                let index = match self.detector_specs.iter().position(|s| s == spec) {
                    Some(i) => i,
                    None => {
                        let det =
                            detectors::build(spec, &self.context).map_err(|(option, msg)| {
                                rule.error(at.key("options").key(option), msg)
                            })?;
                        self.detectors.push(det);
                        self.detector_specs.push(spec.clone());
                        self.detector_slots.push(Vec::new());
                        self.detectors.len() - 1
                    }
                };
                self.detector_slots[index].push(DetectorSlot { slot, kinds });
                Ok(Some(slot))
            }
        }
    }

    fn add_term(
        &mut self,
        // The rule and where the term is in its file: the path is made only for a user
        // rule's term (a built-in pack's thousands of terms would each allocate one).
        origin: Option<(&LoadedRule, &dyn Fn() -> YamlPath)>,
        text: &str,
        options: &TermOptions,
        slot: Slot,
    ) {
        let (inflect, compounds, case_sensitive, disguise) = options.key();
        let probe = (inflect, compounds as u8, case_sensitive, disguise);
        // A built-in pack's term is searched by the matcher compiled at build time. A user
        // rule's term stays in the user matcher even when a pack has the same term: otherwise
        // the whole built-in matcher would run for it, also with the packs left out.
        let builtin = origin.as_ref().is_some_and(|(r, _)| r.is_builtin());
        if let Some(i) = builtin
            .then(|| crate::builtin::term_index(text, probe))
            .flatten()
        {
            self.builtin_term_slots.push((i as u32, slot));
            return;
        }
        let key = (
            text.to_string(),
            inflect,
            compounds as u8,
            case_sensitive,
            disguise,
        );
        let index = *self.term_index.entry(key).or_insert_with(|| {
            self.terms.push(options.spec(text));
            self.term_origins
                .push(origin.map(|(rule, path)| (rule.file.clone(), path())));
            self.terms.len() - 1
        });
        self.term_slots.push((index as u32, slot));
    }

    fn add_pattern(
        &mut self,
        rule: &LoadedRule,
        pattern: Cow<'static, str>,
        // Where the pattern is in its file, made only for a user rule's bad pattern.
        at: &dyn Fn() -> YamlPath,
        slot: Slot,
    ) -> Result<(), RuleError> {
        if let Some(i) = self.patterns.iter().position(|p| *p == pattern) {
            self.pattern_slots[i].push(slot);
            return Ok(());
        }
        // User rule files are checked now, so a bad pattern is reported at load; the built-in
        // packs are checked by the test suite and compiled when a draft first needs them.
        let compiled = if rule.is_builtin() {
            None
        } else {
            let searcher = Searcher::new(pattern.clone());
            searcher.check().map_err(|e| {
                let msg = match e {
                    PatternError::TooBig(limit) => format!(
                        "the pattern is too large (over the {limit}-byte limit); split it or use `terms`"
                    ),
                    PatternError::Invalid(other) => format!("invalid pattern: {other}"),
                };
                rule.error(at(), msg)
            })?;
            Some(Box::new(searcher))
        };
        self.patterns.push(pattern);
        self.compiled.push(compiled);
        self.pattern_slots.push(vec![slot]);
        Ok(())
    }
}
