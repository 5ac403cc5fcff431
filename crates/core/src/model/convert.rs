//! From the format as written ([`super::raw`]) to the typed model, checking what serde cannot:
//! one kind per matcher, options that go with the kind, ids, terms, detector options. Every
//! error names the path of the key or value it is about.

use super::matcher::{
    AddressKind, Case, DetectorSpec, Disguise, Matcher, PersonKind, PhoneKind, Required,
    SecretKind, Simple, TermOptions, Unless,
};
use super::path::{PathError, YamlPath};
use super::raw::{RawDetectorOptions, RawDisguise, RawFile, RawMatch, RawRule};
use super::rule::{RuleDef, RuleFile, Source};

/// Longest `pattern` a rule may have, in bytes. Longer ones (typically giant alternations of words)
/// take seconds to compile before they fail the compiled-size limit; word lists belong in `terms`.
pub(crate) const MAX_PATTERN_LEN: usize = 64 * 1024;

/// Converts a whole file.
pub(crate) fn file(raw: RawFile) -> Result<RuleFile, PathError> {
    if raw.pack.trim().is_empty() {
        return Err(PathError::new(
            YamlPath::root().key("pack"),
            "`pack` must not be empty",
        ));
    }
    let rules = YamlPath::root().key("rules");
    let rules = raw
        .rules
        .into_iter()
        .enumerate()
        .map(|(i, r)| rule(r, &rules.index(i)))
        .collect::<Result<_, _>>()?;
    Ok(RuleFile {
        pack: raw.pack,
        description: raw.description,
        rules,
    })
}

fn rule(mut raw: RawRule, at: &YamlPath) -> Result<RuleDef, PathError> {
    if !valid_id(&raw.id) {
        return Err(
            PathError::new(at.key("id"), format!("invalid rule id `{}`", raw.id))
                .help("ids are `category.name` in lower case, using a-z, 0-9, `_`, `.` and `-`"),
        );
    }
    let empty_source = match &raw.source {
        Source::Text(t) => t.trim().is_empty(),
        Source::Guideline(g) => g.quote.trim().is_empty(),
    };
    if empty_source {
        return Err(PathError::new(
            at.key("source"),
            "`source` must cite the guideline sentence the rule enforces",
        ));
    }
    let matcher = matcher(std::mem::take(&mut raw.matcher), &at.key("match"))?;
    let mut unless = Vec::new();
    if let Some(list) = &mut raw.unless {
        let many = matches!(list, super::raw::RawUnlessList::Many(_));
        for (i, u) in list.items_mut().iter_mut().enumerate() {
            let here = if many {
                at.key("unless").index(i)
            } else {
                at.key("unless")
            };
            unless.push(Unless {
                matcher: simple(u.take_simple(), &here)?,
                scope: u.scope.unwrap_or_default(),
            });
        }
        if unless.is_empty() {
            return Err(PathError::new(
                at.key("unless"),
                "`unless` lists no exception",
            ));
        }
    }
    let doubt = raw
        .doubt
        .as_ref()
        .map(|d| doubt(d, &at.key("doubt")))
        .transpose()?;
    Ok(RuleDef {
        id: raw.id,
        severity: raw.severity,
        message: raw.message,
        help: raw.help,
        rationale: raw.rationale,
        source: raw.source,
        matcher,
        unless,
        doubt,
        when: raw.when.unwrap_or_default(),
        fix: raw.fix.unwrap_or_default(),
        suppressible: raw.suppressible,
        redact: raw.redact,
        examples: raw.examples,
    })
}

/// A rule's `doubt`: a known model and a score above 0 and below 1.
fn doubt(d: &super::raw::RawDoubt, at: &YamlPath) -> Result<super::rule::Doubt, PathError> {
    let below_permille = permille(d.below, &at.key("below"), "score")?;
    Ok(super::rule::Doubt {
        model: model(&d.model, &at.key("model"))?,
        below_permille,
    })
}

/// A model's score or threshold in thousandths, when it is above 0 and below 1 (`what` names
/// it in the error).
fn permille(value: f64, at: &YamlPath, what: &str) -> Result<u16, PathError> {
    if value > 0.0 && value < 1.0 {
        Ok((value * 1000.0).round() as u16)
    } else {
        Err(PathError::new(
            at.clone(),
            format!("the {what} {value} is not above 0 and below 1"),
        ))
    }
}

/// The text model called `name`.
fn model(name: &str, at: &YamlPath) -> Result<somelint_fi::classify::Model, PathError> {
    use somelint_fi::classify::Model;
    Model::from_name(name).ok_or_else(|| {
        PathError::new(
            at.clone(),
            format!(
                "unknown model `{name}`; known models: `{}`",
                Model::ALL.map(Model::name).join("`, `")
            ),
        )
    })
}

fn valid_id(id: &str) -> bool {
    let mut parts = id.splitn(2, '.');
    let cat = parts.next().unwrap_or("");
    let name = parts.next().unwrap_or("");
    !cat.is_empty()
        && !name.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b))
}

/// The kind keys present in a raw matcher.
fn kinds(m: &RawMatch) -> Vec<&'static str> {
    [
        ("terms", m.terms.is_some()),
        ("terms_from", m.terms_from.is_some()),
        ("pattern", m.pattern.is_some()),
        ("detector", m.detector.is_some()),
        ("near", m.near.is_some()),
        ("metric", m.metric.is_some()),
        ("require", m.require.is_some()),
        ("swap", m.swap.is_some()),
    ]
    .into_iter()
    .filter_map(|(k, present)| present.then_some(k))
    .collect()
}

/// The one kind of `m`, or an error naming what is missing or too much.
fn one_kind(m: &RawMatch, at: &YamlPath, simple_only: bool) -> Result<&'static str, PathError> {
    let found = kinds(m);
    let name = at.steps.last().map_or("match".into(), |s| match s {
        super::path::Step::Key(k) => k.clone(),
        super::path::Step::Index(_) => "match".into(),
    });
    let offered = if simple_only {
        "terms, terms_from, pattern or detector"
    } else {
        "terms, terms_from, pattern, detector, near, metric, require or swap"
    };
    let kind = match found.as_slice() {
        [] => {
            return Err(PathError::new(
                at.clone(),
                format!("`{name}` needs one of: {offered}"),
            ))
        }
        [one] => *one,
        [_, second, ..] => {
            return Err(PathError::new(
                at.key(*second).at_key(),
                format!(
                    "`{name}` takes exactly one kind, found {}",
                    found.join(", ")
                ),
            ))
        }
    };
    if simple_only && !matches!(kind, "terms" | "terms_from" | "pattern" | "detector") {
        return Err(PathError::new(
            at.key(kind).at_key(),
            format!("`{name}` takes only {offered}, not {kind}"),
        ));
    }
    for (key, present) in [
        ("inflect", m.inflect.is_some()),
        ("compounds", m.compounds.is_some()),
        ("case", m.case.is_some()),
        ("disguise", m.disguise.is_some()),
    ] {
        if present && !matches!(kind, "terms" | "terms_from") {
            return Err(PathError::new(
                at.key(key).at_key(),
                "`inflect`, `compounds`, `case` and `disguise` go with `terms`",
            ));
        }
    }
    if m.options.is_some() && kind != "detector" {
        return Err(PathError::new(
            at.key("options").at_key(),
            "`options` goes with `detector`",
        ));
    }
    Ok(kind)
}

fn matcher(mut m: RawMatch, at: &YamlPath) -> Result<Matcher, PathError> {
    match one_kind(&m, at, false)? {
        "near" => {
            let mut near = m.near.take().expect("the kind is near");
            let here = at.key("near");
            if near.within == 0 && !near.inside {
                return Err(PathError::new(
                    here.clone(),
                    "`near` needs `within: N` (words), N at least 1 (0 only with `inside: true`)",
                ));
            }
            Ok(Matcher::Near {
                first: simple(near.take_simple(), &here)?,
                within: near.within,
                of: simple(std::mem::take(&mut near.of), &here.key("of"))?,
                inside: near.inside,
                across: near.across,
                order: near.order,
            })
        }
        "metric" => {
            let metric = m.metric.expect("the kind is metric");
            let here = at.key("metric");
            if metric.max.is_none() && metric.min.is_none() {
                return Err(PathError::new(here, "`metric` needs `max` or `min`"));
            }
            if metric.up_to.is_some() && metric.max.is_none() {
                return Err(PathError::new(
                    here.key("up_to").at_key(),
                    "`up_to` goes with `max`",
                ));
            }
            Ok(Matcher::Metric(metric))
        }
        "require" => {
            let mut req = m.require.take().expect("the kind is require");
            let here = at.key("require");
            let inner = req.take_simple();
            let what = match &req.front_matter {
                Some(key) => {
                    if !kinds(&inner).is_empty() {
                        return Err(PathError::new(
                            here.key("front_matter").at_key(),
                            "`require` takes one kind: `front_matter` or a matcher",
                        ));
                    }
                    Required::FrontMatter(key.clone())
                }
                None => Required::Match(simple(inner, &here)?),
            };
            Ok(Matcher::Require { what, at: req.at })
        }
        "swap" => {
            let swap = m.swap.take().expect("the kind is swap");
            let here = at.key("swap");
            if swap.is_empty() {
                return Err(PathError::new(
                    here,
                    "`swap` needs at least one `wrong: right` pair",
                ));
            }
            for wrong in swap.keys() {
                check_term(wrong, || here.key(wrong.clone()).at_key())?;
            }
            Ok(Matcher::Swap(swap))
        }
        _ => Ok(Matcher::Simple(simple(m, at)?)),
    }
}

/// A simple matcher (terms, terms_from, pattern or detector).
pub(crate) fn simple(mut m: RawMatch, at: &YamlPath) -> Result<Simple, PathError> {
    let kind = one_kind(&m, at, true)?;
    let options = TermOptions {
        inflect: m.inflect.unwrap_or(true),
        compounds: m.compounds.unwrap_or_default(),
        case: m.case.unwrap_or(Case::Insensitive),
        disguise: match m.disguise {
            None | Some(RawDisguise::Flag(false)) => Disguise::Off,
            Some(RawDisguise::Flag(true)) => Disguise::On,
            Some(RawDisguise::Only(_)) => Disguise::Only,
        },
    };
    Ok(match kind {
        "terms" => {
            let terms = m.terms.take().expect("the kind is terms");
            let here = at.key("terms");
            if terms.is_empty() {
                return Err(PathError::new(here, "`terms` must list at least one term"));
            }
            for (i, t) in terms.iter().enumerate() {
                check_term(t, || here.index(i))?;
            }
            Simple::Terms { terms, options }
        }
        "terms_from" => Simple::TermsFrom {
            list: m.terms_from.expect("the kind is terms_from"),
            options,
        },
        "pattern" => {
            let p = m.pattern.take().expect("the kind is pattern");
            if p.len() > MAX_PATTERN_LEN {
                return Err(PathError::new(
                    at.key("pattern"),
                    format!(
                        "the pattern is {} bytes long, over the {MAX_PATTERN_LEN}-byte limit",
                        p.len()
                    ),
                )
                .help("list words and phrases in `terms`, or split the pattern"));
            }
            Simple::Pattern(p)
        }
        _ => {
            let name = m.detector.as_deref().expect("the kind is detector");
            Simple::Detector(detector(name, m.options.as_ref(), at)?)
        }
    })
}

/// Whether a term can match; `at` makes its location for the error (only then: the built-in
/// packs' thousands of terms would each allocate one).
fn check_term(term: &str, at: impl FnOnce() -> YamlPath) -> Result<(), PathError> {
    if term.chars().any(somelint_fi::tokens::is_word_char) {
        return Ok(());
    }
    Err(PathError::new(
        at(),
        format!("the term `{term}` has no letters or digits and can never match"),
    )
    .help("terms match whole words; use `pattern` for punctuation or symbols"))
}

fn detector(
    name: &str,
    options: Option<&RawDetectorOptions>,
    at: &YamlPath,
) -> Result<DetectorSpec, PathError> {
    let empty = RawDetectorOptions::default();
    let o = options.unwrap_or(&empty);
    let takes: &[&str] = match name {
        "hetu" => &["temporary"],
        "iban" => &["countries"],
        "phone" | "secret" | "person" | "street_address" => &["kinds"],
        "email" => &["domains"],
        "payment_card" | "internal_link" | "url" | "signature" | "capitals" => &[],
        "classifier" => &["model", "threshold"],
        _ => {
            return Err(PathError::new(
                at.key("detector"),
                format!(
                    "unknown detector `{name}`; known detectors: {}",
                    DetectorSpec::NAMES.join(", ")
                ),
            ))
        }
    };
    let opts = at.key("options");
    for (key, present) in [
        ("temporary", o.temporary.is_some()),
        ("countries", o.countries.is_some()),
        ("domains", o.domains.is_some()),
        ("kinds", o.kinds.is_some()),
        ("model", o.model.is_some()),
        ("threshold", o.threshold.is_some()),
    ] {
        if present && !takes.contains(&key) {
            let what = if takes.is_empty() {
                "it takes no options".to_string()
            } else {
                format!("it takes: `{}`", takes.join("`, `"))
            };
            return Err(PathError::new(
                opts.key(key.to_string()).at_key(),
                format!("unknown option `{key}` for detector `{name}`; {what}"),
            ));
        }
    }
    Ok(match name {
        "hetu" => DetectorSpec::Hetu {
            temporary: o.temporary.unwrap_or(true),
        },
        "iban" => DetectorSpec::Iban {
            countries: o
                .countries
                .iter()
                .flatten()
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        },
        "email" => DetectorSpec::Email {
            domains: o
                .domains
                .iter()
                .flatten()
                .map(|d| d.trim().trim_start_matches('.').to_lowercase())
                .collect(),
        },
        "phone" => DetectorSpec::Phone {
            kinds: kinds_of(
                o,
                &opts,
                name,
                |k| match k {
                    "mobile" => Some(PhoneKind::Mobile),
                    "landline" => Some(PhoneKind::Landline),
                    "service" => Some(PhoneKind::Service),
                    "international" => Some(PhoneKind::International),
                    _ => None,
                },
                &["mobile", "landline", "service", "international"],
            )?,
        },
        "secret" => DetectorSpec::Secret {
            kinds: kinds_of(
                o,
                &opts,
                name,
                |k| match k {
                    "keyword" => Some(SecretKind::Keyword),
                    "key" => Some(SecretKind::Key),
                    "entropy" => Some(SecretKind::Entropy),
                    _ => None,
                },
                &["keyword", "key", "entropy"],
            )?,
        },
        "person" => DetectorSpec::Person {
            kinds: kinds_of(
                o,
                &opts,
                name,
                |k| PersonKind::ALL.into_iter().find(|p| p.as_str() == k),
                &PersonKind::ALL.map(PersonKind::as_str),
            )?,
        },
        "street_address" => DetectorSpec::StreetAddress {
            kinds: kinds_of(
                o,
                &opts,
                name,
                |k| AddressKind::ALL.into_iter().find(|a| a.as_str() == k),
                &AddressKind::ALL.map(AddressKind::as_str),
            )?,
        },
        "payment_card" => DetectorSpec::PaymentCard,
        "internal_link" => DetectorSpec::InternalLink,
        "signature" => DetectorSpec::Signature,
        "capitals" => DetectorSpec::Capitals,
        "classifier" => classifier(o, &opts)?,
        _ => DetectorSpec::Url,
    })
}

/// The `classifier` detector's options: a known `model` (required) and a `threshold` strictly
/// between 0 and 1 (default: the model's own).
fn classifier(o: &RawDetectorOptions, opts: &YamlPath) -> Result<DetectorSpec, PathError> {
    use somelint_fi::classify::Model;
    let names = || Model::ALL.map(Model::name).join("`, `");
    let Some(name) = o.model.as_deref() else {
        return Err(PathError::new(
            opts.clone(),
            format!(
                "the detector `classifier` needs `model`: one of `{}`",
                names()
            ),
        ));
    };
    let model = model(name, &opts.key("model"))?;
    let threshold = o.threshold.unwrap_or(f64::from(model.threshold()));
    Ok(DetectorSpec::Classifier {
        model,
        threshold_permille: permille(threshold, &opts.key("threshold"), "threshold")?,
    })
}

/// The `kinds` option: every listed kind (all when absent), each one of `names`.
fn kinds_of<K>(
    o: &RawDetectorOptions,
    opts: &YamlPath,
    detector: &str,
    parse: impl Fn(&str) -> Option<K>,
    names: &[&str],
) -> Result<Vec<K>, PathError> {
    let Some(list) = &o.kinds else {
        return Ok(names.iter().filter_map(|n| parse(n)).collect());
    };
    list.iter()
        .enumerate()
        .map(|(i, k)| {
            parse(&k.to_ascii_lowercase()).ok_or_else(|| {
                PathError::new(
                    opts.key("kinds").index(i),
                    format!(
                        "unknown value `{k}` in option `kinds` of detector `{detector}`; choose from {}",
                        names.join(", ")
                    ),
                )
            })
        })
        .collect()
}
