//! Linting one draft with the compiled rules.

use std::ops::Range;
use std::sync::Arc;

use super::units::{
    excerpt, front_matter_line, match_case, required_region, trim_span, units, WordPositions,
};
use super::{CompiledRule, DetectorSlot, Doubted, Kind, Linter, Scope, Slot};
use crate::detectors::{mask, DetectorHit};
use crate::diagnostic::{Applicability, Diagnostic, Fix, Measured};
use crate::draft::Draft;
use crate::model::{Across, Metric, Order, Platform};
use somelint_fi::sentences::{paragraph_ends_in, sentence_ends_in, statement_ends_in};

/// One hit in the post text.
#[derive(Debug, Clone)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    /// A detector's redacted text, shared by every slot the hit goes to.
    redacted: Option<Arc<str>>,
}

/// The hits of one exception of a rule, in text order, and how far they reach.
struct Exception<'a> {
    hits: &'a [Hit],
    scope: Scope,
    /// The length of the longest hit.
    longest: usize,
    /// For each hit, the largest end among it and the hits before it.
    ends: Vec<usize>,
}

impl<'a> Exception<'a> {
    fn new(hits: &'a [Hit], scope: Scope) -> Self {
        let longest = hits.iter().map(|u| u.end - u.start).max().unwrap_or(0);
        let ends = match scope {
            Scope::Sentence => hits
                .iter()
                .scan(0, |end, u| {
                    *end = u.end.max(*end);
                    Some(*end)
                })
                .collect(),
            _ => Vec::new(),
        };
        Exception {
            hits,
            scope,
            longest,
            ends,
        }
    }

    /// Whether the exception drops hit `h` of `post` (linear however many hits there are: only
    /// those close to `h` are looked at).
    fn covers(&self, post: &str, h: &Hit) -> bool {
        match self.scope {
            Scope::Draft => !self.hits.is_empty(),
            Scope::Match => {
                let from = self
                    .hits
                    .partition_point(|u| u.start + self.longest <= h.start);
                self.hits[from..]
                    .iter()
                    .take_while(|u| u.start < h.end)
                    .any(|u| h.start < u.end)
            }
            Scope::Sentence => {
                // The exceptions starting before the hit's end: the one reaching furthest
                // overlaps it or is the closest before it; then the first one after it.
                let after = self.hits.partition_point(|u| u.start < h.end);
                let before = after.checked_sub(1).map(|i| self.ends[i]);
                let same_before =
                    before.is_some_and(|end| end > h.start || !sentence_ends_in(&post[end..h.end]));
                same_before
                    || self
                        .hits
                        .get(after)
                        .is_some_and(|u| !sentence_ends_in(&post[h.end..u.end.max(h.end)]))
            }
        }
    }
}

/// The hits of every slot while a draft is matched, at most `cap` per slot.
struct SlotHits {
    hits: Vec<Vec<Hit>>,
    /// Hits past the cap, counted.
    dropped: Vec<usize>,
    /// The slots that have hits, each once (most slots of most drafts have none).
    touched: Vec<usize>,
    cap: usize,
}

/// A slot's list of hits is kept for the thread's next draft while it holds no more than this
/// many (a slot that a dense draft filled gives its memory back).
const KEPT_HITS: usize = 8;

thread_local! {
    /// The slot lists of the thread's last draft, emptied, for its next one: a draft's lists
    /// are as many as the linter's slots, whatever its text.
    static SPARE: std::cell::RefCell<Option<SlotHits>> = const { std::cell::RefCell::new(None) };
}

impl SlotHits {
    /// Empty lists for `slots` slots: the thread's spare ones when they fit.
    fn new(slots: usize, cap: usize) -> SlotHits {
        match SPARE.with(|spare| spare.borrow_mut().take()) {
            Some(mut hits) if hits.hits.len() == slots => {
                hits.cap = cap;
                hits
            }
            _ => SlotHits {
                hits: vec![Vec::new(); slots],
                dropped: vec![0; slots],
                touched: Vec::new(),
                cap,
            },
        }
    }

    /// Empties the lists and keeps them as the thread's spare ones.
    fn recycle(mut self) {
        for &slot in &self.touched {
            let list = &mut self.hits[slot];
            if list.capacity() > KEPT_HITS {
                *list = Vec::new();
            } else {
                list.clear();
            }
            self.dropped[slot] = 0;
        }
        self.touched.clear();
        SPARE.with(|spare| *spare.borrow_mut() = Some(self));
    }

    fn push(&mut self, slot: usize, start: usize, end: usize, redacted: Option<Arc<str>>) {
        let list = &mut self.hits[slot];
        if list.is_empty() {
            self.touched.push(slot);
        }
        if list.len() < self.cap {
            if list.len() == list.capacity() {
                // Grow by doubling, but never past the cap: a full slot on a dense draft then
                // holds `cap` hits, not room for the next power of two (a third more at the
                // default cap of 3,072).
                let want = list.len().saturating_mul(2).max(4).min(self.cap);
                list.reserve_exact(want - list.len());
            }
            list.push(Hit {
                start,
                end,
                redacted,
            });
        } else {
            self.dropped[slot] += 1;
        }
    }
}

/// Which rules apply to a draft and which slots they read. It depends only on the draft's
/// channel and on which of the front matter keys that the rules' conditions name it has (see
/// [`applies`]), so the linter makes it once for each such case.
#[derive(Debug)]
pub(super) struct Plan {
    active: Vec<bool>,
    needed: Vec<bool>,
}

/// The plans made so far, each with the channel and the keys (a bit each) it was made for.
pub(super) type Plans = std::sync::Mutex<Vec<((Option<Platform>, u64), Arc<Plan>)>>;

/// The front matter keys that the rules' `when` conditions name.
#[derive(Debug, Default)]
pub(super) struct WhenKeys(Vec<String>);

impl WhenKeys {
    /// The keys of `rules`.
    pub(super) fn of(rules: &[CompiledRule]) -> Self {
        let mut keys: Vec<String> = rules
            .iter()
            .flat_map(|r| r.when.front_matter.iter().chain(&r.when.no_front_matter))
            .cloned()
            .collect();
        keys.sort_unstable();
        keys.dedup();
        WhenKeys(keys)
    }

    /// A bit for each key that `has` (`None` when there are too many keys for a mask).
    fn mask(&self, has: impl Fn(&str) -> bool) -> Option<u64> {
        (self.0.len() <= 64).then(|| {
            self.0
                .iter()
                .enumerate()
                .filter(|(_, k)| has(k))
                .fold(0, |m, (i, _)| m | 1 << i)
        })
    }
}

/// The findings of one draft.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Findings, ordered by position and rule id.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings left out because of [`super::LintOptions::max_findings`].
    pub omitted: usize,
}

impl Linter {
    /// Leaves out a text model's finding (see [`super::build::Builder::verdicts`]) when another
    /// rule of its category, at least as severe, already reports inside the model's sentence:
    /// the model would only repeat that finding (`confidential.model` beside
    /// `confidential.health` on the same sentence). A suggestion does not stand in for a
    /// warning, and a verdict on a sentence no rule reports stays.
    fn drop_repeated_verdicts(&self, diagnostics: &mut Vec<Diagnostic>) {
        let is_verdict = |d: &Diagnostic| self.verdicts.iter().any(|m| Arc::ptr_eq(m, &d.rule));
        let repeated: Vec<usize> = diagnostics
            .iter()
            .enumerate()
            .filter(|(_, d)| is_verdict(d))
            .filter(|(_, d)| {
                diagnostics.iter().any(|o| {
                    !is_verdict(o)
                        && o.rule.category == d.rule.category
                        && o.rule.severity >= d.rule.severity
                        && o.span.start >= d.span.start
                        && o.span.end <= d.span.end
                })
            })
            .map(|(i, _)| i)
            .collect();
        for i in repeated.into_iter().rev() {
            diagnostics.remove(i);
        }
    }

    /// Lints a draft.
    pub fn lint(&self, draft: &Draft) -> Report {
        self.lint_with(draft, true)
    }

    /// Lints a draft keeping every rule's own findings, also a text model's verdict that a rule
    /// of its category repeats: `rules test` checks each rule by its examples on its own.
    pub(crate) fn lint_every_rule(&self, draft: &Draft) -> Report {
        self.lint_with(draft, false)
    }

    fn lint_with(&self, draft: &Draft, drop_repeated: bool) -> Report {
        let post = draft.post();
        let platform = self
            .options
            .platform
            .or_else(|| draft.platform())
            .or(self.options.config.platform);
        // Only the matchers of rules that apply to this draft run.
        let plan = self.plan(platform, draft);
        let (active, needed) = (&plan.active, &plan.needed);
        let hits = self.collect_hits(post, needed);
        let mut ctx = RunCtx {
            post,
            draft,
            out: Vec::new(),
            rule_limit: self.options.max_findings,
            rule_count: 0,
            rule_last: None,
            skipped: 0,
        };
        for (rule, _) in self.rules.iter().zip(active).filter(|(_, a)| **a) {
            ctx.rule_count = 0;
            ctx.rule_last = None;
            let before = ctx.out.len();
            self.run_rule(rule, &hits.hits, &mut ctx);
            if let Some(d) = rule.doubt.as_ref().filter(|_| ctx.out.len() > before) {
                if doubted(d, post) {
                    for f in &mut ctx.out[before..] {
                        f.rule = Arc::clone(&d.info);
                    }
                }
            }
            // Hits a simple or swap rule's matcher had to drop past its cap would have been
            // findings of the rule (unless an exception removed them): counted, not shown.
            if let Kind::Simple(slot) = &rule.kind {
                ctx.skipped += hits.dropped[*slot];
            }
            if let Kind::Swap { slots, .. } = &rule.kind {
                ctx.skipped += slots.iter().map(|(s, _)| hits.dropped[*s]).sum::<usize>();
            }
        }
        hits.recycle();
        let ctx_skipped = ctx.skipped;
        let mut diagnostics = ctx.out;
        diagnostics.sort_by(|a, b| {
            (a.span.start, a.span.end, &a.rule.id).cmp(&(b.span.start, b.span.end, &b.rule.id))
        });
        diagnostics.dedup_by(|a, b| a.span == b.span && a.rule.id == b.rule.id);
        if drop_repeated && !self.verdicts.is_empty() {
            self.drop_repeated_verdicts(&mut diagnostics);
        }
        crate::suppress::apply(draft, &mut diagnostics, self.unused_suppression.as_ref());
        // Findings a rule made beyond the limit were counted, not kept (bounded memory).
        let mut omitted = ctx_skipped;
        let max = self.options.max_findings;
        if max > 0 && diagnostics.len() > max {
            omitted += diagnostics.len() - max;
            diagnostics.truncate(max);
        }
        Report {
            diagnostics,
            omitted,
        }
    }

    /// The plan for a draft on `platform` (see [`Plan`]): made once for each channel and set of
    /// front matter keys, then shared.
    fn plan(&self, platform: Option<Platform>, draft: &Draft) -> Arc<Plan> {
        let fm = draft.front_matter();
        let Some(keys) = self.when_keys.mask(|k| fm.has(k)) else {
            return Arc::new(self.make_plan(platform, draft));
        };
        let mut plans = self.plans.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, plan)) = plans.iter().find(|(k, _)| *k == (platform, keys)) {
            return Arc::clone(plan);
        }
        let plan = Arc::new(self.make_plan(platform, draft));
        plans.push(((platform, keys), Arc::clone(&plan)));
        plan
    }

    fn make_plan(&self, platform: Option<Platform>, draft: &Draft) -> Plan {
        let active: Vec<bool> = self
            .rules
            .iter()
            .map(|r| applies(r, platform, draft))
            .collect();
        let mut needed = vec![false; self.slots];
        for (rule, _) in self.rules.iter().zip(&active).filter(|(_, a)| **a) {
            rule.for_each_slot(|s| needed[s] = true);
        }
        Plan { active, needed }
    }

    /// Lints a plain text (a convenience for embedders and examples).
    pub fn lint_text(&self, text: &str) -> Report {
        self.lint(&Draft::text(text))
    }

    /// How many hits a slot keeps per draft: enough for the findings a rule may report (three
    /// times the limit, for exceptions), so that a huge draft dense with hits stays in bounded
    /// memory (every slot of every pack may fill up on such a draft).
    fn hit_cap(&self) -> usize {
        match self.options.max_findings {
            0 => usize::MAX,
            n => n.saturating_mul(3).max(3072),
        }
    }

    fn collect_hits(&self, post: &str, needed: &[bool]) -> SlotHits {
        let mut hits = SlotHits::new(self.slots, self.hit_cap());
        let matchers = self
            .builtin_terms
            .iter()
            .map(|(m, slots)| (m, slots))
            .chain(std::iter::once((&self.terms, &self.term_slots)));
        for (matcher, term_slots) in matchers {
            if matcher.is_empty() {
                continue;
            }
            matcher.for_each_hit(post, |h| {
                let mut plain = None;
                for slot in term_slots.get(h.term) {
                    if self.disguised_only[slot]
                        && *plain.get_or_insert_with(|| {
                            let (hit, after) = post[h.start..].split_at(h.end - h.start);
                            somelint_fi::tokens::written_plainly(hit, after)
                        })
                    {
                        continue;
                    }
                    hits.push(slot, h.start, h.end, None);
                }
            });
        }
        // Detectors and patterns feeding a rule's own matcher first. Then, stage by stage,
        // those that only feed exceptions and `near` partners (the person detector of the
        // sensitive-data rules, the exceptions of a `near` rule): each runs only when the slots
        // it depends on have hits, which most drafts never have.
        let mut candidates = if self.patterns.is_empty() {
            Vec::new()
        } else {
            let mut c = self.patterns.candidates(post);
            c.retain(|&i| self.pattern_slots[i].iter().any(|&s| needed[s]));
            c
        };
        for stage in 0..=self.stages {
            for (i, (det, slots)) in self.detectors.iter().zip(&self.detector_slots).enumerate() {
                let open = || slots.iter().any(|d| self.opened(d.slot, needed, &hits));
                if self.detector_stage[i] == stage && open() {
                    self.run_detector(det.as_ref(), slots, post, &mut hits);
                }
            }
            let (now, later): (Vec<usize>, Vec<usize>) = candidates
                .into_iter()
                .partition(|&i| self.pattern_stage[i] == stage);
            candidates = later;
            let now: Vec<usize> = now
                .into_iter()
                .filter(|&i| {
                    self.pattern_slots[i]
                        .iter()
                        .any(|&s| self.opened(s, needed, &hits))
                })
                .collect();
            self.patterns.compile(&now, post.len());
            for i in now {
                self.run_pattern(i, post, &mut hits);
            }
        }
        for &slot in &hits.touched {
            hits.hits[slot].sort_by_key(|h| (h.start, h.end));
        }
        hits
    }

    /// Whether `slot` is needed and every slot it depends on has hits.
    fn opened(&self, slot: Slot, needed: &[bool], hits: &SlotHits) -> bool {
        needed[slot] && self.gates[slot].iter().all(|&g| !hits.hits[g].is_empty())
    }

    fn run_detector(
        &self,
        det: &dyn crate::detectors::Detector,
        slots: &[DetectorSlot],
        post: &str,
        hits: &mut SlotHits,
    ) {
        crate::detectors::scan(det, post, &self.context, |h: DetectorHit| {
            let mut redacted: Option<Arc<str>> = None;
            for d in slots.iter().filter(|d| d.keeps(h.kind)) {
                let shared = redacted.get_or_insert_with(|| Arc::from(h.redacted.as_str()));
                hits.push(d.slot, h.start, h.end, Some(Arc::clone(shared)));
            }
        });
    }

    fn run_pattern(&self, i: usize, post: &str, hits: &mut SlotHits) {
        self.patterns.get(i).for_each_match(post, |start, end| {
            for &slot in &self.pattern_slots[i] {
                hits.push(slot, start, end, None);
            }
        });
    }

    fn run_rule(&self, rule: &CompiledRule, hits: &[Vec<Hit>], ctx: &mut RunCtx<'_>) {
        // A rule whose own matcher found nothing reports nothing (most rules on most drafts):
        // its exceptions need not be read.
        let idle = match &rule.kind {
            Kind::Simple(slot) => hits[*slot].is_empty(),
            Kind::Near { slot, of, .. } => hits[*slot].is_empty() || hits[*of].is_empty(),
            Kind::Swap { slots, .. } => slots.iter().all(|(s, _)| hits[*s].is_empty()),
            Kind::Require { .. } | Kind::RequireFrontMatter(_) | Kind::Metric(_) => false,
        };
        if idle {
            return;
        }
        let exceptions: Vec<Exception<'_>> = rule
            .unless
            .iter()
            .map(|&(s, scope)| Exception::new(&hits[s], scope))
            .collect();
        if exceptions
            .iter()
            .any(|e| e.scope == Scope::Draft && !e.hits.is_empty())
        {
            return;
        }
        let kept = |h: &&Hit| !exceptions.iter().any(|e| e.covers(ctx.post, h));
        match &rule.kind {
            Kind::Simple(slot) => {
                for h in hits[*slot].iter().filter(kept) {
                    ctx.push_hit(rule, h, None);
                }
            }
            Kind::Near {
                slot,
                of,
                within,
                inside,
                across,
                order,
            } => {
                if hits[*slot].is_empty() || hits[*of].is_empty() {
                    return;
                }
                let words = WordPositions::new(ctx.post, [&hits[*slot], &hits[*of]]);
                let others: Vec<Range<usize>> = hits[*of]
                    .iter()
                    .map(|o| words.range(o.start, o.end))
                    .collect();
                // The partners are in text order, so only those whose words start near a hit's
                // words are looked at (a draft dense with both stays linear).
                let longest = others.iter().map(|o| o.len()).max().unwrap_or(0);
                for h in hits[*slot].iter().filter(kept) {
                    let r = words.range(h.start, h.end);
                    let from = others.partition_point(|o| o.start + longest + within < r.start);
                    let partner = others[from..]
                        .iter()
                        .zip(&hits[*of][from..])
                        .take_while(|(o, _)| o.start <= r.end + within)
                        .find(|(o, oh)| {
                            let overlap = oh.start < h.end && h.start < oh.end;
                            if *inside && h.start <= oh.start && oh.end <= h.end {
                                return true;
                            }
                            let gap = if o.start >= r.end {
                                o.start - r.end + 1
                            } else {
                                r.start.saturating_sub(o.end) + 1
                            };
                            // From the end of the earlier match to the end of the later one,
                            // which may open the next sentence.
                            let between = || &ctx.post[h.end.min(oh.end)..h.end.max(oh.end)];
                            let apart = || match across {
                                Across::Sentence => statement_ends_in(between()),
                                Across::Paragraph => paragraph_ends_in(between()),
                            };
                            let ordered = match order {
                                Order::Any => true,
                                Order::Before => h.end <= oh.start,
                                Order::After => oh.end <= h.start,
                            };
                            !overlap && ordered && gap <= *within && !apart()
                        });
                    if let Some((_, oh)) = partner {
                        let before = ctx.out.len();
                        ctx.push_hit(rule, h, None);
                        if let Some(d) = ctx.out.get_mut(before) {
                            d.related = Some(ctx.draft.span_to_file(oh.start..oh.end));
                        }
                    }
                }
            }
            Kind::Swap { slots, safe } => {
                for (slot, right) in slots {
                    for h in hits[*slot].iter().filter(kept) {
                        let replacement = match_case(&ctx.post[h.start..h.end], right);
                        ctx.push_hit(
                            rule,
                            h,
                            Some(Fix {
                                replacement,
                                applicability: if *safe {
                                    Applicability::Safe
                                } else {
                                    Applicability::Unsafe
                                },
                            }),
                        );
                    }
                }
            }
            Kind::Require { slot, at } => {
                let region = required_region(ctx.post, *at);
                let found = hits[*slot]
                    .iter()
                    .filter(kept)
                    .any(|h| h.start >= region.start && h.end <= region.end);
                if !found {
                    let span = trim_span(ctx.post, region);
                    ctx.push_region(rule, span);
                }
            }
            Kind::RequireFrontMatter(key) => {
                if !ctx.draft.front_matter().has(key) {
                    let file_span = front_matter_line(ctx.draft, &rule.when.front_matter);
                    ctx.push_file_span(rule, file_span);
                }
            }
            Kind::Metric(spec) => run_metric(rule, spec, ctx),
        }
    }
}

fn applies(rule: &CompiledRule, platform: Option<Platform>, draft: &Draft) -> bool {
    let when = &rule.when;
    if !when.platform.is_empty() && !platform.is_some_and(|p| when.platform.contains(&p)) {
        return false;
    }
    let fm = draft.front_matter();
    when.front_matter.iter().all(|k| fm.has(k)) && !when.no_front_matter.iter().any(|k| fm.has(k))
}

/// Whether `d`'s model doubts `post` ([`somelint_fi::classify::Model::doubts`]). A text the
/// detectors read piece by piece (over 256 KiB: no post) is no draft a model weighs whole, and
/// the `classifier` never sees it so: it keeps its findings' severity (and is not copied into
/// the models' memo of the last text).
fn doubted(d: &Doubted, post: &str) -> bool {
    crate::detectors::read_whole(post) && d.model.doubts(post, d.below)
}

struct RunCtx<'a> {
    post: &'a str,
    draft: &'a Draft,
    out: Vec<Diagnostic>,
    /// At most this many findings are kept per rule (0 = no limit): a draft's first findings by
    /// position are among each rule's first ones, so nothing that could be shown is lost.
    rule_limit: usize,
    /// Findings of the current rule so far.
    rule_count: usize,
    /// The span of the current rule's last finding: the same span again (two terms or stems
    /// matching one word) is one finding, not counted twice against the limit.
    rule_last: Option<Range<usize>>,
    /// Findings counted but not kept.
    skipped: usize,
}

impl RunCtx<'_> {
    fn push_hit(&mut self, rule: &CompiledRule, h: &Hit, fix: Option<Fix>) {
        self.push_redacted(
            rule,
            h.start..h.end,
            h.redacted.as_deref().map(str::to_string),
            fix,
            None,
            true,
        );
    }

    fn push(
        &mut self,
        rule: &CompiledRule,
        span: Range<usize>,
        fix: Option<Fix>,
        m: Option<Measured>,
    ) {
        let whole = m.is_none();
        self.push_redacted(rule, span, None, fix, m, whole);
    }

    /// A finding about a region (where a required match is missing): its text is quoted as an
    /// excerpt, as a measured span's is, not copied whole (the region of a one-line draft is
    /// the draft).
    fn push_region(&mut self, rule: &CompiledRule, span: Range<usize>) {
        self.push_redacted(rule, span, None, None, None, false);
    }

    fn push_redacted(
        &mut self,
        rule: &CompiledRule,
        span: Range<usize>,
        redacted: Option<String>,
        fix: Option<Fix>,
        measured: Option<Measured>,
        whole: bool,
    ) {
        if self.rule_last.as_ref() == Some(&span) {
            return;
        }
        self.rule_last = Some(span.clone());
        self.rule_count += 1;
        if self.rule_limit > 0 && self.rule_count > self.rule_limit {
            self.skipped += 1;
            return;
        }
        let text = &self.post[span.clone()];
        let matched = if whole {
            text.to_string()
        } else {
            excerpt(text)
        };
        let redacted = match redacted {
            Some(r) => Some(r),
            None if rule.info.redact => Some(mask(&matched, 1, 1)),
            None => None,
        };
        self.out.push(Diagnostic {
            rule: Arc::clone(&rule.info),
            span: self.draft.span_to_file(span),
            matched,
            redacted,
            fix,
            measured,
            suppressed: false,
            related: None,
        });
    }

    fn push_file_span(&mut self, rule: &CompiledRule, span: Range<usize>) {
        let matched = self.draft.source()[span.clone()].to_string();
        self.out.push(Diagnostic {
            rule: Arc::clone(&rule.info),
            span,
            redacted: None,
            matched,
            fix: None,
            measured: None,
            suppressed: false,
            related: None,
        });
    }
}

fn run_metric(rule: &CompiledRule, spec: &Metric, ctx: &mut RunCtx<'_>) {
    let post = ctx.post;
    if within_word_limit(spec, post) {
        return;
    }
    for unit in units(post, spec.per) {
        let text = &post[unit.clone()];
        if text.trim().is_empty() {
            continue;
        }
        let value = spec.measure.measure(text);
        let over = spec.max.is_some_and(|m| value > m) && spec.up_to.is_none_or(|u| value <= u);
        let under = spec.min.is_some_and(|m| value < m);
        if !(over || under) {
            continue;
        }
        let span = match spec.max.and_then(|m| spec.measure.overflow_at(text, m)) {
            Some(at) if over && spec.up_to.is_none() => unit.start + at..unit.end,
            _ => unit.clone(),
        };
        let span = trim_span(post, span);
        let measured = Measured {
            value,
            max: spec.max,
            min: spec.min,
        };
        ctx.push(rule, span, None, Some(measured));
    }
}

/// Whether no unit of `post` can be over `spec`'s word limit, and none under a minimum: a
/// sentence or paragraph has no more words than the whole post (a word of a part of the text
/// lies inside one word of the text, and prose words are some of the words), so a post within
/// the limit spares the units' segmentation and measuring.
fn within_word_limit(spec: &Metric, post: &str) -> bool {
    use crate::model::{Measure, Per};
    spec.min.is_none()
        && !matches!(spec.per, Per::Draft)
        && matches!(
            spec.measure,
            Measure::Words | Measure::ProseWords | Measure::SentenceWords
        )
        && spec
            .max
            .is_some_and(|max| somelint_fi::tokens::words(post).count() as f64 <= max)
}
