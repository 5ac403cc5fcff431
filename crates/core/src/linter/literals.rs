//! Required literals of a regular expression: strings of which every match contains at least
//! one. Used as a prefilter before a pattern is compiled or run. Also included by `build.rs`, so
//! it depends on nothing but `regex-syntax`.

use regex_syntax::ast::{self, Ast};

/// Lower-cased strings of which every match of `pattern` contains at least one, or `None` when no
/// such set is known (or it would not filter anything).
#[cfg(test)]
pub(crate) fn required_literals(pattern: &str) -> Option<Vec<String>> {
    let ast = ast::parse::Parser::new().parse(pattern).ok()?;
    usable(required(&ast, !turns_unicode_off(&ast))?)
}

/// Whether `ast` turns Unicode off anywhere (`(?-u)`, `(?i-u:…)`, `(?-iu)`), where `\b` takes
/// `ä` for a non-word character: then no [`EDGE`] marks are derived for it.
fn turns_unicode_off(ast: &Ast) -> bool {
    let off = |flags: &ast::Flags| {
        let mut negated = false;
        flags.items.iter().any(|item| match &item.kind {
            ast::FlagsItemKind::Negation => {
                negated = true;
                false
            }
            ast::FlagsItemKind::Flag(ast::Flag::Unicode) => negated,
            ast::FlagsItemKind::Flag(_) => false,
        })
    };
    match ast {
        Ast::Flags(f) => off(&f.flags),
        Ast::Group(g) => {
            matches!(&g.kind, ast::GroupKind::NonCapturing(f) if off(f))
                || turns_unicode_off(&g.ast)
        }
        Ast::Repetition(r) => turns_unicode_off(&r.ast),
        Ast::Alternation(a) => a.asts.iter().any(turns_unicode_off),
        Ast::Concat(c) => c.asts.iter().any(turns_unicode_off),
        _ => false,
    }
}

/// Marks, at a literal's start or end, that the character before or after it in a match is not
/// a word character (or is the text's edge): the pattern has a word boundary, a line or text
/// edge or a required white space there, and the literal's own first or last character is a
/// word character. `vet` in `\bvi\s+vet\b` is `"\u{1}vet\u{1}"`: it does not occur in
/// `tervetuloa`. While the sets are worked out the mark also stands inside strings; [`usable`]
/// keeps it only at the edges.
pub(crate) const EDGE: char = '\u{1}';

/// Whether `c` is certainly a word character for `\b` (a letter, an ASCII digit or `_`); the
/// prefilter drops a literal hit only when such a character touches a marked edge.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c.is_ascii_digit() || c == '_'
}

/// `literal` with [`EDGE`] marks only where they tell something: at its start or end, next to a
/// word character of its own.
fn tidy(literal: &str) -> String {
    let inner: String = literal.chars().filter(|&c| c != EDGE).collect();
    let first = inner.chars().next().is_some_and(is_word_char);
    let last = inner.chars().next_back().is_some_and(is_word_char);
    let mut out = String::with_capacity(inner.len() + 2);
    if first && literal.starts_with(EDGE) {
        out.push(EDGE);
    }
    out.push_str(&inner);
    if last && literal.ends_with(EDGE) {
        out.push(EDGE);
    }
    out
}

/// A required set that filters something: no empty string in it, and not too many strings;
/// [`EDGE`] marks kept only where they tell something.
fn usable(set: Vec<String>) -> Option<Vec<String>> {
    let mut set: Vec<String> = set.iter().map(|s| tidy(s)).collect();
    set.sort();
    set.dedup();
    if set.iter().any(|s| s.trim_matches(EDGE).is_empty()) || set.len() > 256 {
        return None;
    }
    Some(set)
}

/// One top-level alternative of a pattern (the whole pattern when it has none), with what each of
/// its matches holds. A match of the pattern is a match of one of its branches, so a draft that
/// lacks what every branch needs cannot match, and the pattern need not be compiled for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Branch {
    /// Lower-cased strings of which every match contains one ([`required_literals`]), `None`
    /// when no such set is known.
    pub(crate) literals: Option<Vec<String>>,
    /// The numerals and line feeds every match holds.
    pub(crate) needs: Needs,
}

/// The branches of `pattern`; one branch that needs nothing when the pattern does not parse.
pub(crate) fn branches(pattern: &str) -> Vec<Branch> {
    let Ok(ast) = ast::parse::Parser::new().parse(pattern) else {
        return vec![Branch {
            literals: None,
            needs: Needs::default(),
        }];
    };
    let alternatives: Vec<&Ast> = match &ast {
        Ast::Alternation(a) => a.asts.iter().collect(),
        whole => vec![whole],
    };
    let edges = !turns_unicode_off(&ast);
    alternatives
        .into_iter()
        .map(|alt| Branch {
            literals: required(alt, edges).and_then(usable),
            needs: Needs::of_ast(pattern, alt),
        })
        .collect()
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

/// At most this many strings in an exact set (a cross product grows fast).
const MAX_EXACT: usize = 64;

/// Every string `ast` can match, lower-cased, when that set is small: literals, small classes,
/// alternations and concatenations of them, short exact repetitions. Zero-width assertions and
/// flags match the empty string; with `edges`, an assertion of a word's or line's edge matches
/// [`EDGE`].
fn exact(ast: &Ast, edges: bool) -> Option<Vec<String>> {
    match ast {
        Ast::Assertion(a) if edges && marks_edge(&a.kind) => Some(vec![EDGE.to_string()]),
        Ast::Empty(_) | Ast::Flags(_) | Ast::Assertion(_) => Some(vec![String::new()]),
        Ast::Literal(_) => literal_char(ast).map(|c| vec![c.to_string()]),
        Ast::ClassBracketed(c) if !c.negated => {
            bracket_chars(&c.kind).map(|cs| cs.into_iter().map(String::from).collect())
        }
        Ast::Group(g) => exact(&g.ast, edges),
        Ast::Repetition(r) => match &r.op.kind {
            ast::RepetitionKind::Range(ast::RepetitionRange::Exactly(n)) if *n <= 8 => {
                let sub = exact(&r.ast, edges)?;
                (0..*n).try_fold(vec![String::new()], |acc, _| cross(&acc, &sub))
            }
            _ => None,
        },
        Ast::Alternation(a) => {
            let mut all = Vec::new();
            for alt in &a.asts {
                all.extend(exact(alt, edges)?);
                if all.len() > MAX_EXACT {
                    return None;
                }
            }
            all.sort();
            all.dedup();
            Some(all)
        }
        Ast::Concat(c) => c.asts.iter().try_fold(vec![String::new()], |acc, item| {
            cross(&acc, &exact(item, edges)?)
        }),
        _ => None,
    }
}

/// Whether an assertion puts a non-word character (or the text's edge) on one side of a word
/// character: a word boundary, a line or text edge.
fn marks_edge(kind: &ast::AssertionKind) -> bool {
    use ast::AssertionKind as K;
    matches!(
        kind,
        K::WordBoundary
            | K::WordBoundaryStart
            | K::WordBoundaryEnd
            | K::WordBoundaryStartAngle
            | K::WordBoundaryEndAngle
            | K::WordBoundaryStartHalf
            | K::WordBoundaryEndHalf
            | K::StartLine
            | K::EndLine
            | K::StartText
            | K::EndText
    )
}

/// Whether every match of `ast` is white space, at least one character of it (`\s+`, `[ \t]`):
/// the literals on either side of it end at a word's edge.
fn is_required_space(ast: &Ast) -> bool {
    match ast {
        Ast::ClassPerl(c) => !c.negated && c.kind == ast::ClassPerlKind::Space,
        Ast::ClassBracketed(c) if !c.negated => {
            bracket_chars(&c.kind).is_some_and(|cs| cs.iter().all(|c| c.is_whitespace()))
        }
        Ast::Literal(l) => l.c.is_whitespace(),
        Ast::Group(g) => is_required_space(&g.ast),
        Ast::Repetition(r) => {
            let at_least_one = match &r.op.kind {
                ast::RepetitionKind::OneOrMore => true,
                ast::RepetitionKind::Range(
                    ast::RepetitionRange::Exactly(n)
                    | ast::RepetitionRange::AtLeast(n)
                    | ast::RepetitionRange::Bounded(n, _),
                ) => *n >= 1,
                _ => false,
            };
            at_least_one && is_required_space(&r.ast)
        }
        _ => false,
    }
}

/// Every `a` followed by every `b`, unless that makes more than [`MAX_EXACT`] strings.
fn cross(a: &[String], b: &[String]) -> Option<Vec<String>> {
    if a.len() * b.len() > MAX_EXACT {
        return None;
    }
    let mut out: Vec<String> = a
        .iter()
        .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
        .collect();
    out.sort();
    out.dedup();
    Some(out)
}

fn required(ast: &Ast, edges: bool) -> Option<Vec<String>> {
    if let Some(set) = exact(ast, edges) {
        return Some(set);
    }
    match ast {
        Ast::Group(g) => required(&g.ast, edges),
        Ast::Repetition(r) => {
            let min = match &r.op.kind {
                ast::RepetitionKind::OneOrMore => 1,
                ast::RepetitionKind::Range(ast::RepetitionRange::Exactly(n))
                | ast::RepetitionKind::Range(ast::RepetitionRange::AtLeast(n))
                | ast::RepetitionKind::Range(ast::RepetitionRange::Bounded(n, _)) => *n,
                _ => 0,
            };
            if min == 0 {
                return None;
            }
            // `x{3,}` contains `xxx`: as many copies as stay small.
            if let Some(sub) = exact(&r.ast, edges) {
                let mut set = sub.clone();
                for _ in 1..min.min(8) {
                    match cross(&set, &sub) {
                        Some(next) => set = next,
                        None => break,
                    }
                }
                return Some(set);
            }
            required(&r.ast, edges)
        }
        Ast::Alternation(a) => {
            let mut all = Vec::new();
            for alt in &a.asts {
                all.extend(required(alt, edges)?);
            }
            all.sort();
            all.dedup();
            Some(all)
        }
        Ast::Concat(c) => concat(&c.asts, edges),
        _ => None,
    }
}

/// The best required set of a concatenation: the longest run of exactly known parts (crossed
/// into one set), or the most selective required set of one of its parts. Required white space
/// ends a run at a word's edge and starts the next at one.
fn concat(items: &[Ast], edges: bool) -> Option<Vec<String>> {
    let mut best: Option<Vec<String>> = None;
    let mut consider = |cand: Vec<String>| {
        let score = |v: &[String]| v.iter().map(|s| rarity(s)).min().unwrap_or(0);
        if score(&cand) > 0 && best.as_ref().is_none_or(|b| score(&cand) > score(b)) {
            best = Some(cand);
        }
    };
    let mut run = vec![String::new()];
    let edge = || vec![EDGE.to_string()];
    for item in items {
        // (A space written as such stays in the run: `on ollut` is rarer than `ollut`.)
        if let Some(set) = exact(item, edges) {
            match cross(&run, &set) {
                Some(next) => run = next,
                None => {
                    consider(std::mem::replace(&mut run, set));
                }
            }
            continue;
        }
        if edges && is_required_space(item) {
            let closed = cross(&run, &edge()).unwrap_or_else(|| run.clone());
            consider(closed);
            run = edge();
            continue;
        }
        consider(std::mem::replace(&mut run, vec![String::new()]));
        if let Some(set) = required(item, edges) {
            consider(set);
        }
    }
    consider(run);
    best
}

/// How rarely a literal occurs in Finnish text, roughly: each common letter (and a space) counts
/// one, any other letter or a digit two, any other character (`/`, `€`, `#`) three. Of two
/// required sets the rarer filters more drafts out (`/` rather than `e`). A word's edge
/// ([`EDGE`]) counts nothing (a bounded `on` is still common), and a literal of edges alone is
/// no literal.
fn rarity(literal: &str) -> usize {
    if literal.chars().all(|c| c == EDGE) {
        return 0;
    }
    literal
        .chars()
        .map(|c| match c {
            EDGE => 0,
            'a' | 'e' | 'i' | 'n' | 's' | 't' | 'l' | 'o' | 'u' | 'k' | 'ä' | 'm' | 'r' | 'v'
            | 'j' | 'h' | 'p' | 'y' | 'd' | ' ' => 1,
            c if c.is_alphanumeric() => 2,
            _ => 3,
        })
        .sum()
}

/// What every match of a pattern holds at least, counted in characters: numerals (any char
/// that [`char::is_numeric`] accepts, which includes everything `\d` matches) and line feeds.
/// A draft with fewer cannot match, so the pattern need not be compiled for it: this gates the
/// patterns that have no required literal (a door code `\d{4,8}`, a verse block of five lines).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Needs {
    /// Numerals in every match.
    pub(crate) numerals: u32,
    /// Line feeds in every match.
    pub(crate) line_feeds: u32,
}

impl Needs {
    /// What a match of `pattern` holds at least (nothing, when it does not parse).
    #[cfg(test)]
    pub(crate) fn of(pattern: &str) -> Needs {
        match ast::parse::Parser::new().parse(pattern) {
            Ok(ast) => Needs::of_ast(pattern, &ast),
            Err(_) => Needs::default(),
        }
    }

    /// What a match of `ast`, a part of `pattern`, holds at least. The part is translated on its
    /// own, without the flags set before it in the pattern: none of them changes which numerals
    /// or line feeds a part matches (`(?i)` folds letters only, `(?-u)` narrows `\d` to ASCII
    /// digits, which are numerals too).
    fn of_ast(pattern: &str, ast: &Ast) -> Needs {
        match regex_syntax::hir::translate::Translator::new().translate(pattern, ast) {
            Ok(hir) => Needs {
                numerals: least(&hir, &char::is_numeric),
                line_feeds: least(&hir, &|c| c == '\n'),
            },
            Err(_) => Needs::default(),
        }
    }

    /// Whether these needs are met by a text with `numerals` numerals and `line_feeds` line
    /// feeds.
    pub(crate) fn met(self, numerals: usize, line_feeds: usize) -> bool {
        self.numerals as usize <= numerals && self.line_feeds as usize <= line_feeds
    }

    /// Whether every text meets these needs.
    pub(crate) fn is_none(self) -> bool {
        self == Needs::default()
    }
}

/// The fewest characters accepted by `counted` in any match of `hir`: a class counts when every
/// character it has is counted, a concatenation sums, an alternation takes its least branch, a
/// repetition multiplies its least number of times.
fn least(hir: &regex_syntax::hir::Hir, counted: &dyn Fn(char) -> bool) -> u32 {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 0,
        HirKind::Literal(lit) => std::str::from_utf8(&lit.0)
            .map_or(0, |s| s.chars().filter(|&c| counted(c)).count() as u32),
        HirKind::Class(Class::Unicode(class)) => {
            let all = !class.ranges().is_empty()
                && class
                    .ranges()
                    .iter()
                    .all(|r| (r.start()..=r.end()).all(counted));
            u32::from(all)
        }
        HirKind::Class(Class::Bytes(_)) => 0,
        HirKind::Repetition(rep) => rep.min.saturating_mul(least(&rep.sub, counted)),
        HirKind::Capture(cap) => least(&cap.sub, counted),
        HirKind::Concat(items) => items
            .iter()
            .fold(0u32, |sum, h| sum.saturating_add(least(h, counted))),
        HirKind::Alternation(alts) => alts.iter().map(|h| least(h, counted)).min().unwrap_or(0),
    }
}
