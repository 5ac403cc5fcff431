//! Scoring somelint's findings against the blind corpus's labels (`fixtures/corpus/`): per
//! category recall and precision, with every miss and false alarm. Shared by the `eval` example
//! (any labelled file) and `tests/corpus.rs` (the `dev` floors in CI).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use somelint_core::{Draft, LintOptions, Linter, RuleSet, Severity, SourceFile};

/// One labelled item, in any of the corpus's formats.
pub(crate) struct Item {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) platform: Option<String>,
    /// Category → `must`, `must_not` or `either`.
    pub(crate) labels: BTreeMap<String, String>,
    /// For the disguise set: the form whose findings count (byte span in `text`).
    pub(crate) span: Option<(usize, usize)>,
    /// The writer's note (marks hard negatives).
    pub(crate) note: String,
}

impl Item {
    /// Whether the writer meant the draft as a hard negative (a post about a topic in general).
    pub(crate) fn hard_negative(&self) -> bool {
        self.note.to_lowercase().contains("hard negative")
    }
}

/// Reads a labelled jsonl file: `main/` and `signature/` rows (`labels`), or `disguise/` rows
/// (`form`, `sentence`, `offensive`: a finding of `tone` must cover the form when offensive).
pub(crate) fn read(text: &str) -> Vec<Item> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("a labelled record");
            let s = |k: &str| v[k].as_str().map(str::to_string);
            if let Some(sentence) = s("sentence") {
                let form = s("form").unwrap_or_default();
                let start = sentence.find(&form).unwrap_or(0);
                let label = match v["offensive"].as_str() {
                    Some("yes") => "must",
                    Some("no") => "must_not",
                    _ => "either",
                };
                return Item {
                    id: s("id").unwrap_or_default(),
                    text: sentence,
                    platform: None,
                    labels: BTreeMap::from([("tone".to_string(), label.to_string())]),
                    span: Some((start, start + form.len())),
                    note: s("reason").unwrap_or_default(),
                };
            }
            let labels = v["labels"]
                .as_object()
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("either").to_string()))
                        .collect()
                })
                .unwrap_or_default();
            Item {
                id: s("id").unwrap_or_default(),
                text: s("text").unwrap_or_default(),
                platform: s("platform"),
                labels,
                span: None,
                note: s("writer_note").unwrap_or_default(),
            }
        })
        .collect()
}

/// The packs to lint with: the built-in ones as compiled into this build, or the `rules/*.yaml`
/// files of a folder as they are now (for tuning a pack without rebuilding).
pub(crate) fn rules(dir: Option<&std::path::Path>) -> RuleSet {
    let Some(dir) = dir else {
        return RuleSet::builtin_for_linting();
    };
    let mut set = RuleSet::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("a rules folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "yaml")
                && p.file_name().is_some_and(|n| n != "registry.yaml")
        })
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a readable pack");
        if let Err(e) = set.add_file(SourceFile::new(path.display().to_string(), text)) {
            panic!("{e}");
        }
    }
    set
}

/// The categories each item's findings at or above `min` fall in, with the rules that fired,
/// linted with `rules` and no config.
pub(crate) fn flagged(
    items: &[Item],
    rules: &RuleSet,
    min: Severity,
) -> Vec<BTreeMap<String, BTreeSet<String>>> {
    let linter = Linter::new(rules, LintOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    items
        .iter()
        .map(|item| {
            let draft = Draft::text(item.text.as_str()).with_platform(item.platform.as_deref());
            let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for d in linter.lint(&draft).diagnostics {
                if d.severity() < min {
                    continue;
                }
                let inside = item
                    .span
                    .is_none_or(|(s, e)| d.span.start < e && s < d.span.end);
                if inside {
                    out.entry(d.rule.category.clone())
                        .or_default()
                        .insert(d.rule.id.clone());
                }
            }
            out
        })
        .collect()
}

/// Counts of one category.
#[derive(Debug, Default, Clone)]
pub(crate) struct Score {
    pub(crate) tp: usize,
    pub(crate) fn_: usize,
    pub(crate) fp: usize,
    pub(crate) tn: usize,
    /// Hard negatives labelled `must_not`, and the ones flagged.
    pub(crate) hard: usize,
    pub(crate) hard_fp: usize,
    pub(crate) misses: Vec<String>,
    pub(crate) false_alarms: Vec<String>,
}

impl Score {
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub(crate) fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub(crate) fn hard_false_alarm_rate(&self) -> f64 {
        if self.hard == 0 {
            0.0
        } else {
            self.hard_fp as f64 / self.hard as f64
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores every category the labels name.
pub(crate) fn score(
    items: &[Item],
    found: &[BTreeMap<String, BTreeSet<String>>],
) -> BTreeMap<String, Score> {
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    for (item, found) in items.iter().zip(found) {
        for (category, label) in &item.labels {
            let s = scores.entry(category.clone()).or_default();
            let rules = found.get(category);
            let excerpt: String = item
                .text
                .chars()
                .take(110)
                .collect::<String>()
                .replace('\n', " ⏎ ");
            match (label.as_str(), rules) {
                ("must", Some(_)) => s.tp += 1,
                ("must", None) => {
                    s.fn_ += 1;
                    s.misses.push(format!("{}: {excerpt}", item.id));
                }
                ("must_not", Some(rules)) => {
                    s.fp += 1;
                    let names: Vec<&str> = rules.iter().map(String::as_str).collect();
                    s.false_alarms
                        .push(format!("{} [{}]: {excerpt}", item.id, names.join(", ")));
                }
                ("must_not", None) => s.tn += 1,
                _ => {}
            }
            if label == "must_not" && item.hard_negative() {
                s.hard += 1;
                s.hard_fp += usize::from(rules.is_some());
            }
        }
    }
    scores
}

/// A table of the scores, then the misses and false alarms of each category (unless `brief`).
pub(crate) fn report(scores: &BTreeMap<String, Score>, brief: bool) -> String {
    let mut out = format!(
        "{:<14} {:>5} {:>5} {:>5} {:>8} {:>10} {:>14}\n",
        "category", "tp", "fn", "fp", "recall", "precision", "hard neg. FA"
    );
    for (c, s) in scores {
        out.push_str(&format!(
            "{c:<14} {:>5} {:>5} {:>5} {:>8.3} {:>10.3} {:>8}/{:<3} \n",
            s.tp,
            s.fn_,
            s.fp,
            s.recall(),
            s.precision(),
            s.hard_fp,
            s.hard
        ));
    }
    if !brief {
        for (c, s) in scores {
            for m in &s.misses {
                out.push_str(&format!("MISS {c} {m}\n"));
            }
            for f in &s.false_alarms {
                out.push_str(&format!("FALSE {c} {f}\n"));
            }
        }
    }
    out
}
