//! `rules`, `rules test`, `explain` and `init`.

use std::io::Write;
use std::path::Path;

use serde_json::json;
use somelint_core::model::{category_of, Example, Source};
use somelint_core::{self_test, Lang, LintOptions, Linter, RuleSet, SourceFile};

use crate::cli::{
    ExplainArgs, InitArgs, ListFormat, RuleArgs, RulesArgs, RulesCommand, SchemaArgs, SchemaOf,
};
use crate::failure::Failure;
use crate::messages;
use crate::settings::{self, discover, load_config, LoadedConfig, CONFIG_NAME};

fn config_for(args: &RuleArgs) -> Result<LoadedConfig, Failure> {
    if args.no_config {
        return Ok(LoadedConfig::default());
    }
    match args.config.clone().or_else(|| discover(Path::new("."))) {
        Some(p) => load_config(&p),
        None => Ok(LoadedConfig::default()),
    }
}

pub(crate) fn rules(args: &RulesArgs) -> Result<i32, Failure> {
    if let Some(RulesCommand::Test(t)) = &args.command {
        return rules_test(&t.files, &args.rules);
    }
    let config = config_for(&args.rules)?;
    let lang = settings::lang(&args.rules, &config);
    let set = settings::load_rules(&args.rules, &config, true)?;
    let linter = Linter::new(
        &set,
        LintOptions {
            config: config.config.clone(),
            ..LintOptions::default()
        },
    )
    .map_err(Failure::located)?;
    let mut out = std::io::stdout().lock();
    let result = match args.format {
        ListFormat::Json => serde_json::to_writer_pretty(&mut out, &rule_list(&linter, lang))
            .map_err(std::io::Error::from)
            .and_then(|_| writeln!(out)),
        ListFormat::Text => linter.rules().try_for_each(|r| {
            writeln!(
                out,
                "{:<32} {:<10} {:<13} {}",
                r.id,
                r.category,
                r.severity.as_str(),
                r.source_text(lang)
            )
        }),
    };
    result.map_err(|e| Failure::input("<stdout>", e.to_string()))?;
    Ok(0)
}

/// The active rules as `rules --format json` lists them (and `somelint serve` at `/v1/rules`).
pub(crate) fn rule_list(linter: &Linter, lang: Lang) -> Vec<serde_json::Value> {
    linter
        .rules()
        .map(|r| {
            json!({
                "id": r.id,
                "category": r.category,
                "severity": r.severity.as_str(),
                "source": r.source_text(lang),
                "pack": &*r.pack,
                "message": r.message.get(lang),
            })
        })
        .collect()
}

fn rules_test(files: &[std::path::PathBuf], args: &RuleArgs) -> Result<i32, Failure> {
    let set = if files.is_empty() {
        if args.no_builtin {
            settings::load_rules(args, &config_for(args)?, true)?
        } else {
            RuleSet::builtin()
        }
    } else {
        let mut set = RuleSet::new();
        for path in files {
            let text = settings::read_text(path)?;
            set.add_file(SourceFile::new(path.display().to_string(), text))
                .map_err(Failure::located)?;
        }
        set
    };
    let result = self_test(&set).map_err(Failure::located)?;
    let lang = args.lang.map(|l| l.lang()).unwrap_or_default();
    for p in &result.problems {
        crate::say::outln!("FAIL {}: {}", p.rule, p.message);
    }
    let failed_rules = {
        let mut ids: Vec<&str> = result.problems.iter().map(|p| p.rule.as_str()).collect();
        ids.dedup();
        ids.len()
    };
    crate::say::outln!(
        "{}",
        messages::rules_tested(result.rules, result.examples, failed_rules, lang)
    );
    Ok(i32::from(failed_rules > 0))
}

pub(crate) fn explain(args: &ExplainArgs) -> Result<i32, Failure> {
    let config = config_for(&args.rules)?;
    let lang = settings::lang(&args.rules, &config);
    let set = settings::load_rules(&args.rules, &config, true)?;
    let Some(rule) = set.get(&args.rule) else {
        let close: Vec<&str> = set
            .rules()
            .iter()
            .map(|r| r.def.id.as_str())
            .filter(|id| id.starts_with(category_of(&args.rule)))
            .collect();
        let hint = if close.is_empty() {
            String::new()
        } else {
            format!(" (did you mean: {})", close.join(", "))
        };
        return Err(Failure::Usage(format!(
            "unknown rule `{}`{hint}",
            args.rule
        )));
    };
    let d = &rule.def;
    let l = messages::explain_labels(lang);
    let mut out = format!("{}\n{}\n\n", d.id, "=".repeat(d.id.chars().count()));
    out.push_str(&format!("{}\n\n", d.message.get(lang)));
    out.push_str(&format!(
        "{}: {}\n{}: {}\n{}: {}\n",
        l.severity,
        d.severity.as_str(),
        l.pack,
        rule.pack,
        l.guideline,
        somelint_core::cite_in(&d.source, lang)
    ));
    if let Source::Guideline(g) = &d.source {
        if let Some(found) = somelint_core::registry().guidelines.get(&g.guideline) {
            let year = found.year.map(|y| format!(", {y}")).unwrap_or_default();
            out.push_str(&format!("{}: {}{year}\n", l.published, found.publisher));
        }
    }
    if let Some(doubt) = &d.doubt {
        out.push_str(&format!("{}\n", messages::doubt(doubt, lang)));
    }
    if let Some(h) = &d.help {
        out.push_str(&format!("{}: {}\n", l.help, h.get(lang)));
    }
    if let Some(r) = &d.rationale {
        out.push_str(&format!("{}: {}\n", l.rationale, r.get(lang)));
    }
    for (label, list) in [(l.bad, &d.examples.bad), (l.good, &d.examples.good)] {
        if !list.is_empty() {
            out.push_str(&format!("\n{label}:\n"));
            for e in list {
                out.push_str(&format!("  • {}\n", example_line(e)));
            }
        }
    }
    crate::say::out!("{out}");
    Ok(0)
}

fn example_line(e: &Example) -> String {
    e.text().replace('\n', " ⏎ ")
}

/// The starter config `init` writes.
pub(crate) const STARTER: &str = include_str!("starter.somelint.yaml");

pub(crate) fn init(args: &InitArgs) -> Result<i32, Failure> {
    let path = Path::new(CONFIG_NAME);
    if path.exists() && !args.force {
        return Err(Failure::input(
            CONFIG_NAME,
            "already exists; use --force to overwrite it",
        ));
    }
    std::fs::write(path, STARTER).map_err(|e| Failure::io(path, &e))?;
    crate::say::outln!(
        "{}",
        messages::config_written(CONFIG_NAME, messages::lang())
    );
    Ok(0)
}

pub(crate) fn schema(args: &SchemaArgs) -> Result<i32, Failure> {
    let name = match args.of {
        SchemaOf::Rules => "rule-pack.schema.json",
        SchemaOf::Config => "config.schema.json",
        SchemaOf::Registry => "registry.schema.json",
    };
    let files = somelint_core::model::schema_files();
    let text = files
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, t)| t.as_str());
    crate::say::out!("{text}");
    Ok(0)
}
