//! SARIF 2.1.0 for code-scanning dashboards: rule metadata with help and guideline source, stable
//! `ruleId`s, `partialFingerprints` that survive edits elsewhere in the file, and suppressed
//! findings marked as such.

use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::Arc;

use serde_json::{json, Value};
use somelint_core::{Lang, LineIndex, RuleInfo, Severity};

use super::{position, Checked, Printer, Style, Summary};

pub(crate) struct Sarif {
    style: Style,
    rules: Vec<Arc<RuleInfo>>,
    rule_index: HashMap<String, usize>,
    started: bool,
}

impl Sarif {
    pub(crate) fn new(style: Style, rules: Vec<Arc<RuleInfo>>) -> Self {
        let rule_index = rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        Sarif {
            style,
            rules,
            rule_index,
            started: false,
        }
    }
}

impl Sarif {
    /// The rule's index in the run's rule list; rules of other configs met on the way (their
    /// own rule files) are added as they come.
    fn index_of(&mut self, rule: &Arc<RuleInfo>) -> usize {
        if let Some(&i) = self.rule_index.get(&rule.id) {
            return i;
        }
        self.rules.push(Arc::clone(rule));
        self.rule_index
            .insert(rule.id.clone(), self.rules.len() - 1);
        self.rules.len() - 1
    }
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Suggestion => "note",
    }
}

/// FNV-1a, 64 bits: a stable hash with no dependency and no randomness.
fn fnv(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn rule_descriptor(r: &RuleInfo, lang: Lang) -> Value {
    let message = r.message.get(lang);
    let help = r.help.as_ref().map(|h| h.get(lang)).unwrap_or("");
    let source = crate::messages::guideline(lang);
    json!({
        "id": r.id,
        "name": r.id,
        "shortDescription": {"text": message},
        "fullDescription": {"text": r.rationale.as_ref().map(|t| t.get(lang)).unwrap_or(message)},
        "help": {
            "text": format!("{help}\n{source}: {}", r.source_text(lang)),
            "markdown": format!("{help}\n\n**{source}:** {}", r.source_text(lang)),
        },
        "defaultConfiguration": {"level": level(r.severity)},
        "properties": {"category": r.category, "pack": &*r.pack, "source": r.source_text(lang), "tags": [r.category]},
    })
}

impl Printer for Sarif {
    fn file(&mut self, out: &mut dyn Write, c: &Checked) -> io::Result<()> {
        let index = LineIndex::new(&c.text);
        let mut seen: HashMap<(String, String), usize> = HashMap::new();
        for d in &c.diagnostics {
            out.write_all(if self.started { b",\n" } else { b"" })?;
            if !self.started {
                out.write_all(
                    b"{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [{\n    \"results\": [\n",
                )?;
            }
            self.started = true;
            let p = position(&index, &c.text, d);
            let matched = d.matched_text(self.style.redact).to_string();
            let nth = seen
                .entry((d.rule.id.clone(), matched.clone()))
                .or_insert(0);
            *nth += 1;
            let rule_index = self.index_of(&d.rule);
            let fingerprint = fnv(&[
                &d.rule.id,
                &c.path,
                c.id.as_deref().unwrap_or(""),
                &matched,
                &nth.to_string(),
            ]);
            let mut result = json!({
                "ruleId": d.rule.id,
                "ruleIndex": rule_index,
                "level": level(d.severity()),
                "message": {"text": d.message(self.style.lang, self.style.redact)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&c.path)},
                        "region": {
                            "startLine": p.line,
                            "startColumn": p.column,
                            "endLine": p.end_line,
                            "endColumn": p.end_column,
                            "byteOffset": d.span.start,
                            "byteLength": d.span.end - d.span.start,
                        }
                    }
                }],
                "partialFingerprints": {"somelint/v1": fingerprint},
            });
            if let (Some(id), Some(line)) = (&c.id, c.record_line) {
                // A jsonl record: the region is its line in the archive; the span inside the
                // record's text goes into the properties.
                result["locations"][0]["physicalLocation"]["region"] = json!({"startLine": line});
                result["properties"] = json!({
                    "recordId": id,
                    "recordSpan": super::json::span(d, &p),
                });
            } else if let Some(id) = &c.id {
                result["properties"] = json!({"recordId": id});
            }
            if d.suppressed {
                result["suppressions"] = json!([{"kind": "inSource"}]);
            }
            // (A fix inside a jsonl record has no place in the file's bytes.)
            if let (Some(fix), None) = (&d.fix, c.record_line) {
                result["fixes"] = json!([{
                    "description": {"text": fix.replacement},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri(&c.path)},
                        "replacements": [{
                            "deletedRegion": {"byteOffset": d.span.start, "byteLength": d.span.end - d.span.start},
                            "insertedContent": {"text": fix.replacement},
                        }]
                    }]
                }]);
            }
            out.write_all(b"      ")?;
            serde_json::to_writer(&mut *out, &result)?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        if !self.started {
            out.write_all(
                b"{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [{\n    \"results\": [",
            )?;
        } else {
            out.write_all(b"\n    ")?;
        }
        let rules: Vec<Value> = self
            .rules
            .iter()
            .map(|r| rule_descriptor(r, self.style.lang))
            .collect();
        let tool = json!({
            "driver": {
                "name": "somelint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://example.invalid/somelint",
                "rules": rules,
            }
        });
        write!(
            out,
            "],\n    \"tool\": {tool},\n    \"columnKind\": \"unicodeCodePoints\"\n  }}]\n}}\n"
        )
    }
}

/// A relative URI reference for a path (`-` for standard input stays as is).
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    path.chars()
        .map(|c| match c {
            ' ' => "%20".to_string(),
            '#' => "%23".to_string(),
            '%' => "%25".to_string(),
            '?' => "%3F".to_string(),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fnv(&["a", "b"]), fnv(&["a", "b"]));
        assert_ne!(fnv(&["ab", ""]), fnv(&["a", "b"]));
    }

    #[test]
    fn uris_are_escaped() {
        assert_eq!(uri("./posts/uusi juttu#1.md"), "posts/uusi%20juttu%231.md");
    }
}
