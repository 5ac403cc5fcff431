//! Properties that hold for every text: findings lie inside the text on char boundaries, line
//! and column agree with byte offsets, Markdown span mapping is monotonic and faithful, and
//! linting never panics. `PROPTEST_CASES=5000 cargo test -p somelint-core --test properties`
//! runs more cases.

use std::sync::OnceLock;

use proptest::prelude::*;
use somelint_core::{Draft, LineIndex, LintOptions, Linter, Platform, Report, RuleSet};

/// The built-in packs, once without a channel and once for each channel.
fn linters() -> &'static [Linter] {
    static LINTERS: OnceLock<Vec<Linter>> = OnceLock::new();
    LINTERS.get_or_init(|| {
        let rules = RuleSet::builtin();
        std::iter::once(None)
            .chain(Platform::ALL.into_iter().map(Some))
            .map(|platform| {
                let options = LintOptions {
                    platform,
                    ..LintOptions::default()
                };
                Linter::new(&rules, options).unwrap()
            })
            .collect()
    })
}

/// The built-in packs with `max_findings` 1, 2 and 3.
fn capped_linters() -> &'static [Linter] {
    static LINTERS: OnceLock<Vec<Linter>> = OnceLock::new();
    LINTERS.get_or_init(|| {
        let rules = RuleSet::builtin();
        (1..=3)
            .map(|max_findings| {
                let options = LintOptions {
                    max_findings,
                    ..LintOptions::default()
                };
                Linter::new(&rules, options).unwrap()
            })
            .collect()
    })
}

/// Pieces that look like what the detectors and rules look for, or trip up the Markdown reader.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        // Words, Finnish letters, swear words and swaps of the built-in packs.
        "[a-zåäöA-ZÅÄÖ]{1,12}",
        prop::sample::select(vec![
            "perkele",
            "Saatana",
            "vittu",
            "idiootti",
            "nettisivu",
            "HUOM",
            "kiitos",
            "Maija",
            "salainen",
            "potilas",
            "© Kainuun Sanomat",
            "Lue koko juttu",
            "kuva:",
            "#Suomi",
            "@kunta",
            "–",
            "—",
            "…",
            "!!!",
            "???",
            "\u{a0}",
            "\u{200b}",
            "\u{feff}",
        ])
        .prop_map(str::to_string),
        // Identity codes, valid or nearly.
        "[0-3][0-9][01][0-9][0-9]{2}[-+ABCDEFUVWXY][0-9]{3}[0-9A-Y]",
        Just("131052-308T".to_string()),
        // IBANs and card numbers.
        "FI[0-9]{2}( ?[0-9]{4}){3} ?[0-9]{2}",
        "[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}",
        // Phone numbers.
        "(\\+358 ?|00358 ?|\\(0|0)[0-9]{1,3}\\)?[ -]?[0-9]{2,4}[ -]?[0-9]{2,4}",
        // Links, addresses, secrets.
        "(https?://|www\\.)[a-z0-9.-]{1,12}(/[a-zA-Z0-9?=&#%._-]{0,12})?",
        "[a-z.]{1,8}@[a-z]{1,8}\\.(fi|com)",
        "(AKIA[A-Z0-9]{16}|ghp_[A-Za-z0-9]{36}|salasana: ?[A-Za-z0-9!]{4,16})",
        // Digits and punctuation mixes.
        "[0-9 .,:/+()-]{1,16}",
        // Emoji, combining marks, right-to-left and control characters.
        "[😀👍🏽👩\u{200d}🎉🇫🇮]{1,6}",
        "[a-z][\u{300}-\u{36f}]{1,3}",
        "[\u{5d0}-\u{5ea}\u{627}-\u{64a}]{1,8}",
        "[\u{1}-\u{8}\u{b}\u{c}\u{e}-\u{1f}\u{7f}\u{85}\u{2028}]{1,3}",
        // Markdown: front matter, comments, code, suppression directives.
        prop::sample::select(vec![
            "---",
            "---\n",
            "---\r\n",
            "...",
            "platform: x",
            "image: a.jpg",
            "<!--",
            "-->",
            "<!-- somelint-disable -->",
            "<!-- somelint-disable-next-line tone -->",
            "<!-- somelint-enable tone -->",
            "`",
            "``",
            "```",
            "\n```\n",
            "**",
            "> ",
        ])
        .prop_map(str::to_string),
    ]
}

fn separator() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        " ", " ", " ", "\n", "\r\n", "\n\n", ", ", ". ", "", "\t",
    ])
    .prop_map(str::to_string)
}

/// Texts made of the tokens above, and a few fully arbitrary strings too.
fn draft_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec((token(), separator()), 0..40).prop_map(|parts| {
            parts.into_iter().map(|(t, s)| t + &s).collect::<String>()
        }),
        1 => any::<String>(),
    ]
}

/// Every diagnostic lies inside the file on char boundaries.
fn check_report(draft: &Draft, report: &Report) -> Result<(), TestCaseError> {
    let src = draft.source();
    for d in &report.diagnostics {
        let span = d.span.clone();
        prop_assert!(span.start <= span.end, "{}: {span:?}", d.rule.id);
        prop_assert!(
            span.end <= src.len(),
            "{}: {span:?} past {}",
            d.rule.id,
            src.len()
        );
        prop_assert!(
            src.is_char_boundary(span.start) && src.is_char_boundary(span.end),
            "{}: {span:?} splits a character",
            d.rule.id
        );
        if draft.post() == src {
            prop_assert_eq!(&src[span.clone()], d.matched.as_str(), "{}", d.rule.id);
        }
    }
    Ok(())
}

/// Line and character column of `at`, computed the simple way.
fn naive_line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

proptest! {
    /// Linting never panics, and every finding lies inside the text on char boundaries: as plain
    /// text and as Markdown, for every channel.
    #[test]
    fn spans_lie_inside_the_text(text in draft_text(), which in 0usize..9) {
        let linter = &linters()[which];
        let draft = Draft::text(text.as_str());
        check_report(&draft, &linter.lint(&draft))?;
        if let Ok(draft) = Draft::markdown("p.md", text.as_str()) {
            check_report(&draft, &linter.lint(&draft))?;
        }
    }

    /// A report capped at `max_findings` keeps that many and counts the rest.
    #[test]
    fn capped_reports_count_what_they_leave_out(text in draft_text(), max in 1usize..4) {
        let full = linters()[0].lint_text(&text);
        let capped = capped_linters()[max - 1].lint_text(&text);
        prop_assert_eq!(capped.diagnostics.len(), full.diagnostics.len().min(max));
        prop_assert_eq!(capped.diagnostics.len() + capped.omitted, full.diagnostics.len());
    }

    /// `LineIndex` agrees with lines and columns recomputed from the bytes, at every offset
    /// (offsets inside a character count as the character's start).
    #[test]
    fn line_index_agrees_with_byte_offsets(text in draft_text()) {
        let index = LineIndex::new(&text);
        for at in 0..=text.len() {
            let mut start = at;
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let lc = index.line_col(&text, at);
            prop_assert_eq!((lc.line, lc.column), naive_line_col(&text, start), "at {}", at);
        }
        let past = index.line_col(&text, text.len() + 5);
        prop_assert_eq!((past.line, past.column), naive_line_col(&text, text.len()));
    }

    /// Markdown post offsets map into the file monotonically, on char boundaries, and each post
    /// character is the same character in the file.
    #[test]
    fn markdown_mapping_is_monotonic_and_faithful(text in draft_text()) {
        let Ok(draft) = Draft::markdown("p.md", text.as_str()) else {
            return Ok(());
        };
        let (src, post) = (draft.source(), draft.post());
        prop_assert!(post.len() <= src.len());
        let mut last = (0, 0);
        for (o, ch) in post.char_indices().chain(std::iter::once((post.len(), ' '))) {
            let (start, end) = (draft.to_file(o, false), draft.to_file(o, true));
            prop_assert!(start <= src.len() && end <= start, "{o}: {end}..{start}");
            prop_assert!(src.is_char_boundary(start) && src.is_char_boundary(end));
            prop_assert!(start >= last.0 && end >= last.1, "not monotonic at {o}");
            last = (start, end);
            if o < post.len() {
                let r = draft.span_to_file(o..o + ch.len_utf8());
                prop_assert_eq!(&src[r], &post[o..o + ch.len_utf8()]);
            }
        }
    }
}

#[test]
fn positions_in_special_texts() {
    // CRLF, emoji, combining marks and right-to-left text: columns in characters, lines at '\n'.
    let text = "Eka\r\n😀👍🏽 e\u{301} שלום x";
    let index = LineIndex::new(text);
    let x = text.rfind('x').unwrap();
    let lc = index.line_col(text, x);
    assert_eq!((lc.line, lc.column), (2, 13));
    assert_eq!(naive_line_col(text, x), (2, 13));
}
