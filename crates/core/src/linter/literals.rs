//! Required literals of a regular expression: strings of which every match contains at least
//! one. Used as a prefilter before a pattern is compiled or run. Also included by `build.rs`, so
//! it depends on nothing but `regex-syntax`.

use regex_syntax::ast::{self, Ast};

/// Lower-cased strings of which every match of `pattern` contains at least one, or `None` when no
/// such set is known (or it would not filter anything).
pub(crate) fn required_literals(pattern: &str) -> Option<Vec<String>> {
    let ast = ast::parse::Parser::new().parse(pattern).ok()?;
    let set = required(&ast)?;
    if set.iter().any(|s| s.is_empty()) || set.len() > 256 {
        return None;
    }
    Some(set)
}

/// A literal char, also from a one-char class like `[Kk]` (lower-cased).
fn literal_char(ast: &Ast) -> Option<char> {
    match ast {
        Ast::Literal(l) => lower_char(l.c),
        Ast::ClassBracketed(c) if !c.negated => {
            let chars = bracket_chars(&c.kind)?;
            let first = *chars.first()?;
            chars.iter().all(|&x| x == first).then_some(first)
        }
        _ => None,
    }
}

fn lower_char(c: char) -> Option<char> {
    let mut l = c.to_lowercase();
    let first = l.next()?;
    l.next().is_none().then_some(first)
}

/// The lower-cased chars of a bracket class made only of literals (no ranges), if small.
fn bracket_chars(set: &ast::ClassSet) -> Option<Vec<char>> {
    let mut out = Vec::new();
    let items: Vec<&ast::ClassSetItem> = match set {
        ast::ClassSet::Item(ast::ClassSetItem::Union(u)) => u.items.iter().collect(),
        ast::ClassSet::Item(item) => vec![item],
        ast::ClassSet::BinaryOp(_) => return None,
    };
    for item in items {
        match item {
            ast::ClassSetItem::Literal(l) => out.push(lower_char(l.c)?),
            _ => return None,
        }
    }
    out.sort_unstable();
    out.dedup();
    (!out.is_empty() && out.len() <= 8).then_some(out)
}

fn required(ast: &Ast) -> Option<Vec<String>> {
    match ast {
        Ast::Literal(_) => literal_char(ast).map(|c| vec![c.to_string()]),
        Ast::ClassBracketed(c) if !c.negated => {
            bracket_chars(&c.kind).map(|cs| cs.into_iter().map(String::from).collect())
        }
        Ast::Group(g) => required(&g.ast),
        Ast::Repetition(r) => {
            let min = match &r.op.kind {
                ast::RepetitionKind::OneOrMore => 1,
                ast::RepetitionKind::Range(ast::RepetitionRange::Exactly(n))
                | ast::RepetitionKind::Range(ast::RepetitionRange::AtLeast(n))
                | ast::RepetitionKind::Range(ast::RepetitionRange::Bounded(n, _)) => *n,
                _ => 0,
            };
            if min >= 1 {
                required(&r.ast)
            } else {
                None
            }
        }
        Ast::Alternation(a) => {
            let mut all = Vec::new();
            for alt in &a.asts {
                all.extend(required(alt)?);
            }
            all.sort();
            all.dedup();
            Some(all)
        }
        Ast::Concat(c) => concat(&c.asts),
        _ => None,
    }
}

/// The best required set of a concatenation: its longest run of literal chars, or the most
/// selective required set of one of its parts.
fn concat(items: &[Ast]) -> Option<Vec<String>> {
    let mut best: Option<Vec<String>> = None;
    let mut consider = |cand: Vec<String>| {
        let score = |v: &[String]| v.iter().map(|s| s.chars().count()).min().unwrap_or(0);
        if best.as_ref().is_none_or(|b| score(&cand) > score(b)) {
            best = Some(cand);
        }
    };
    let mut run = String::new();
    for item in items {
        if let Some(c) = literal_char(item) {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            consider(vec![std::mem::take(&mut run)]);
        }
        if let Some(set) = required(item) {
            consider(set);
        }
    }
    if !run.is_empty() {
        consider(vec![run]);
    }
    best
}
