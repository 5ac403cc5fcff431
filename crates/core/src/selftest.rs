//! `rules test`: every rule's own examples, and checks that find rules that can never fire.

use crate::draft::Draft;
use crate::errors::RuleError;
use crate::linter::{LintOptions, Linter};
use crate::load::RuleSet;
use crate::model::{Config, Example, RuleDef, Simple};

/// One problem found in a rule's examples or definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The rule.
    pub rule: String,
    /// What is wrong.
    pub message: String,
}

/// The outcome of testing a rule set.
#[derive(Debug, Clone, Default)]
pub struct SelfTest {
    /// Rules tested.
    pub rules: usize,
    /// Examples run.
    pub examples: usize,
    /// Problems found.
    pub problems: Vec<Problem>,
}

/// Runs every rule's examples: bad ones must fire the rule, good ones must not. Also reports
/// rules without bad examples and patterns that can hardly ever match.
pub fn run(set: &RuleSet) -> Result<SelfTest, RuleError> {
    let base = Linter::new(set, LintOptions::default())?;
    let mut result = SelfTest::default();
    for (pattern, error) in base.check_patterns() {
        let owner = set
            .rules()
            .iter()
            .find(|r| patterns(&r.def).contains(&pattern.as_str()))
            .map_or_else(|| "?".to_string(), |r| r.def.id.clone());
        result.problems.push(Problem {
            rule: owner,
            message: format!("pattern does not compile: {error}"),
        });
    }
    for rule in set.rules() {
        result.rules += 1;
        let id = &rule.def.id;
        let mut problem = |message: String| {
            result.problems.push(Problem {
                rule: id.clone(),
                message,
            })
        };
        if rule.def.examples.bad.is_empty() {
            problem("has no `bad` examples, so nothing shows that it ever fires".into());
        }
        for warning in pattern_warnings(&rule.def) {
            problem(warning);
        }
        for (example, should_fire) in rule
            .def
            .examples
            .bad
            .iter()
            .map(|e| (e, true))
            .chain(rule.def.examples.good.iter().map(|e| (e, false)))
        {
            result.examples += 1;
            let fired = match fires(set, &base, id, example) {
                Ok(f) => f,
                Err(e) => {
                    problem(format!("example could not be run: {e}"));
                    continue;
                }
            };
            if fired != should_fire {
                let text = example.text();
                problem(if should_fire {
                    format!("bad example does not fire: {text:?}")
                } else {
                    format!("good example fires: {text:?}")
                });
            }
        }
    }
    Ok(result)
}

fn fires(set: &RuleSet, base: &Linter, id: &str, example: &Example) -> Result<bool, String> {
    let (draft, config) = match example {
        Example::Text(t) => (Draft::text(t.as_str()), None),
        Example::Detailed(d) => {
            let draft = if d.markdown {
                Draft::markdown("example.md", d.text.as_str()).map_err(|e| e.to_string())?
            } else {
                Draft::text(d.text.as_str())
            };
            let draft = draft.with_platform(d.platform.map(|p| p.as_str()));
            (draft, d.config.clone())
        }
    };
    // Each rule on its own: a text model's verdict counts even where another rule repeats it.
    let report = match config {
        Some(config) => Linter::new(set, options(config))
            .map_err(|e| e.to_string())?
            .lint_every_rule(&draft),
        None => base.lint_every_rule(&draft),
    };
    Ok(report.diagnostics.iter().any(|d| d.rule.id == id))
}

fn options(config: Config) -> LintOptions {
    LintOptions {
        config,
        ..LintOptions::default()
    }
}

/// The patterns of a rule, wherever they are.
fn patterns(rule: &RuleDef) -> Vec<&str> {
    rule.matcher
        .simples()
        .into_iter()
        .chain(rule.unless.iter().map(|u| &u.matcher))
        .filter_map(|s| match s {
            Simple::Pattern(p) => Some(p.as_ref()),
            _ => None,
        })
        .collect()
}

/// Patterns with a word boundary (`\b`) right next to a character that is not part of words:
/// `\b#tunniste` needs a letter before the `#`, so it almost never matches what was meant.
pub(crate) fn pattern_warnings(rule: &RuleDef) -> Vec<String> {
    patterns(rule)
        .into_iter()
        .filter(|p| boundary_next_to_non_word(p))
        .map(|p| format!("pattern {p:?} has `\\b` next to a character that is not part of words; it can hardly ever match as meant"))
        .collect()
}

fn boundary_next_to_non_word(p: &str) -> bool {
    let chars: Vec<char> = p.chars().collect();
    let literal_non_word = |i: usize| -> bool {
        let Some(&c) = chars.get(i) else {
            return false;
        };
        let escaped = i > 0 && chars[i - 1] == '\\' && !(i > 1 && chars[i - 2] == '\\');
        let meta = "()[]{}|.^$*+?\\".contains(c);
        !c.is_alphanumeric() && c != '_' && !c.is_whitespace() && (!meta || escaped)
    };
    (0..chars.len().saturating_sub(1)).any(|i| {
        let is_b = chars[i] == '\\' && chars[i + 1] == 'b' && !(i > 0 && chars[i - 1] == '\\');
        is_b && (literal_non_word(i + 2) || (i > 0 && literal_non_word(i - 1) && i == 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundary_before_hash_is_flagged() {
        assert!(boundary_next_to_non_word(r"\b#tunniste"));
        assert!(boundary_next_to_non_word(r"\b€"));
        assert!(!boundary_next_to_non_word(r"\bsana\b"));
        assert!(!boundary_next_to_non_word(r"\b(?:a|b)\b"));
        assert!(!boundary_next_to_non_word(r"\\b#"));
    }

    #[test]
    fn builtin_examples_pass() {
        let result = run(&RuleSet::builtin()).unwrap();
        assert!(result.rules > 0);
        assert!(result.problems.is_empty(), "{:#?}", result.problems);
    }
}
