//! Places in a YAML document by path, from a YAML parser's own spans (saphyr-parser): an error
//! about `rules[3].match.pattern` points at that pattern, not at the first text that looks
//! like it.

use std::ops::Range;

use saphyr_parser::{Event, Parser, Span};

use crate::model::{Step, YamlPath};

/// A node of the document: its span, and for mappings and sequences their children.
enum Node {
    Scalar(Range<usize>, String),
    Map(Range<usize>, Vec<(Node, Node)>),
    Seq(Range<usize>, Vec<Node>),
    Alias(Range<usize>),
}

impl Node {
    fn span(&self) -> Range<usize> {
        match self {
            Node::Scalar(s, _) | Node::Map(s, _) | Node::Seq(s, _) | Node::Alias(s) => s.clone(),
        }
    }
}

/// The byte span of what `path` names in `text` (its last key, when the path says so), or
/// `None` when the document does not parse or has no such node.
pub(crate) fn span_of(text: &str, path: &YamlPath) -> Option<Range<usize>> {
    let chars: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let byte = |span: Span| {
        let at = |i: usize| chars.get(i).copied().unwrap_or(text.len());
        at(span.start.index())..at(span.end.index())
    };
    let mut events = Parser::new_from_str(text).map_while(Result::ok);
    let root = loop {
        match events.next()? {
            (Event::StreamStart | Event::DocumentStart(_), _) => continue,
            (event, span) => break node(event, byte(span), &mut events, &byte)?,
        }
    };
    let mut here = &root;
    let mut key_span = None;
    for step in &path.steps {
        key_span = None;
        here = match (here, step) {
            (Node::Map(_, entries), Step::Key(k)) => {
                let (key, value) = entries
                    .iter()
                    .find(|(key, _)| matches!(key, Node::Scalar(_, s) if s == k))?;
                key_span = Some(key.span());
                value
            }
            (Node::Seq(_, items), Step::Index(i)) => items.get(*i)?,
            _ => return None,
        };
    }
    match (path.key, key_span) {
        (true, Some(k)) => Some(k),
        _ => Some(here.span()),
    }
}

/// Reads the node that `event` starts (recursion is bounded: the document was already read by
/// serde_yaml, whose recursion limit holds).
fn node<'a>(
    event: Event<'a>,
    span: Range<usize>,
    events: &mut impl Iterator<Item = (Event<'a>, Span)>,
    byte: &impl Fn(Span) -> Range<usize>,
) -> Option<Node> {
    Some(match event {
        Event::Scalar(value, ..) => Node::Scalar(span, value.into_owned()),
        Event::Alias(_) => Node::Alias(span),
        Event::MappingStart(..) => {
            let mut entries = Vec::new();
            loop {
                let (event, s) = events.next()?;
                if let Event::MappingEnd = event {
                    break Node::Map(span.start..byte(s).end.max(span.end), entries);
                }
                let key = node(event, byte(s), events, byte)?;
                let (event, s) = events.next()?;
                let value = node(event, byte(s), events, byte)?;
                entries.push((key, value));
            }
        }
        Event::SequenceStart(..) => {
            let mut items = Vec::new();
            loop {
                let (event, s) = events.next()?;
                if let Event::SequenceEnd = event {
                    break Node::Seq(span.start..byte(s).end.max(span.end), items);
                }
                items.push(node(event, byte(s), events, byte)?);
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(steps: &[Step]) -> YamlPath {
        YamlPath {
            steps: steps.to_vec(),
            key: false,
        }
    }

    #[test]
    fn finds_values_and_keys_by_path() {
        let text = "pack: p\nrules:\n  - id: a.b\n    match: {pattern: 'x(', inflect: true}\n  - id: \"ä.ö\"\n";
        let k = |s: &'static str| Step::Key(s.into());
        let at = |p: &YamlPath| span_of(text, p).map(|r| &text[r]);
        assert_eq!(at(&path(&[k("pack")])), Some("p"));
        let rule1 = [k("rules"), Step::Index(1), k("id")];
        assert_eq!(at(&path(&rule1)), Some("\"ä.ö\""));
        let pattern = [k("rules"), Step::Index(0), k("match"), k("pattern")];
        assert_eq!(at(&path(&pattern)), Some("'x('"));
        let inflect = [k("rules"), Step::Index(0), k("match"), k("inflect")];
        assert_eq!(at(&path(&inflect).at_key()), Some("inflect"));
        assert_eq!(at(&path(&[k("puuttuu")])), None);
        assert_eq!(span_of("[: :", &path(&[k("a")])), None);
    }
}
