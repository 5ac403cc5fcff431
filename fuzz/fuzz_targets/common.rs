//! Checks shared by the fuzz targets: what must hold for any input.
#![allow(dead_code)]

use somelint_core::{Draft, LineIndex, Report};

/// Every diagnostic lies inside the file on char boundaries, and line/column can be computed.
pub fn check_report(draft: &Draft, report: &Report, plain: bool) {
    let src = draft.source();
    let index = LineIndex::new(src);
    for d in &report.diagnostics {
        let span = d.span.clone();
        assert!(
            span.start <= span.end && span.end <= src.len(),
            "{}: span {span:?} outside a file of {} bytes",
            d.rule.id,
            src.len()
        );
        assert!(
            src.is_char_boundary(span.start) && src.is_char_boundary(span.end),
            "{}: span {span:?} not on char boundaries",
            d.rule.id
        );
        if plain {
            // A plain-text draft is all post: the matched text is the file's text at the span.
            assert_eq!(&src[span.clone()], d.matched, "{}", d.rule.id);
        }
        let a = index.line_col(src, span.start);
        let b = index.line_col(src, span.end);
        assert!((a.line, a.column) <= (b.line, b.column), "{}", d.rule.id);
        let _ = d.message(somelint_core::Lang::Fi, true);
        let _ = d.message(somelint_core::Lang::En, false);
    }
}

/// The post-to-file mapping of a Markdown draft: inside the file, on char boundaries, monotonic,
/// and every post character is the same character in the file.
pub fn check_mapping(draft: &Draft) {
    let src = draft.source();
    let post = draft.post();
    assert!(post.len() <= src.len());
    let mut last = (0, 0);
    for (o, ch) in post.char_indices().chain(std::iter::once((post.len(), '\0'))) {
        let start = draft.to_file(o, false);
        let end = draft.to_file(o, true);
        for at in [start, end] {
            assert!(at <= src.len(), "post offset {o} maps to {at} past the end");
            assert!(src.is_char_boundary(at), "post offset {o} maps to {at}, not a boundary");
        }
        assert!(end <= start, "post offset {o}: end-mapping {end} after start-mapping {start}");
        assert!(start >= last.0 && end >= last.1, "mapping not monotonic at post offset {o}");
        last = (start, end);
        if o < post.len() {
            let r = draft.span_to_file(o..o + ch.len_utf8());
            assert_eq!(&src[r.clone()], &post[o..o + ch.len_utf8()], "post char at {o} -> {r:?}");
        }
    }
    // Spans between any two boundaries (bounded, to keep the target fast).
    let bounds: Vec<usize> = post
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(post.len()))
        .collect();
    let step = (bounds.len() / 16).max(1);
    for &a in bounds.iter().step_by(step) {
        for &b in bounds.iter().step_by(step) {
            if a > b {
                continue;
            }
            let r = draft.span_to_file(a..b);
            assert!(r.start <= r.end && r.end <= src.len(), "{a}..{b} -> {r:?}");
            assert!(src.is_char_boundary(r.start) && src.is_char_boundary(r.end));
        }
    }
}
