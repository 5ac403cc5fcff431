//! Every text the command line shows people, in Finnish and English, in one place. (Rule messages
//! live in the packs; category and guideline names in the registry.)

use std::sync::OnceLock;

use somelint_core::{Lang, Severity, DEFAULT_MAX_FINDINGS};

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language of the run's error messages (once, when the config is known).
pub(crate) fn set_lang(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language of the run's error messages (Finnish until the config is read).
pub(crate) fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Why a file could not be read.
pub(crate) fn io_error(kind: std::io::ErrorKind, other: &str) -> String {
    let lang = lang();
    match kind {
        std::io::ErrorKind::NotFound => pick(
            lang,
            "tiedostoa tai kansiota ei ole",
            "no such file or folder",
        )
        .into(),
        std::io::ErrorKind::PermissionDenied => {
            pick(lang, "ei lukuoikeutta", "permission denied").into()
        }
        _ => other.to_string(),
    }
}

/// A draft or record over the size limit; `record` is its id in an archive.
pub(crate) fn too_long(record: Option<&str>, len: &str, limit: &str) -> String {
    match (lang(), record) {
        (Lang::Fi, None) => format!(
            "luonnos on {len}, yli {limit}:n rajan; julkaisu ei ole koskaan näin pitkä (rajaa voi nostaa valitsimella --max-draft-bytes, jos tämä todella on yksi luonnos)"
        ),
        (Lang::Fi, Some(id)) => format!(
            "tietue `{id}` on {len}, yli {limit}:n rajan; julkaisu ei ole koskaan näin pitkä (rajaa voi nostaa valitsimella --max-draft-bytes)"
        ),
        (Lang::En, None) => format!(
            "the draft is {len}, over the {limit} limit; a post is never this long (raise the limit with --max-draft-bytes if this really is one draft)"
        ),
        (Lang::En, Some(id)) => format!(
            "record `{id}` is {len}, over the {limit} limit; a post is never this long (raise the limit with --max-draft-bytes)"
        ),
    }
}

/// A draft that is not UTF-8 text.
pub(crate) fn not_utf8(offset: usize) -> String {
    match lang() {
        Lang::Fi => format!("ei ole UTF-8-tekstiä (ensimmäinen virheellinen tavu kohdassa {offset}); tallenna luonnos UTF-8-muodossa"),
        Lang::En => format!("not valid UTF-8 text (first invalid byte at offset {offset}); save the draft as UTF-8"),
    }
}

/// A binary file met while walking a folder.
pub(crate) fn binary_skipped() -> &'static str {
    pick(
        lang(),
        "binääritiedosto, ohitettiin",
        "binary file, skipped",
    )
}

/// A binary file named on the command line.
pub(crate) fn binary() -> &'static str {
    pick(
        lang(),
        "binääritiedosto, ei tekstiluonnos",
        "binary file, not a text draft",
    )
}

/// `n` with the Finnish or English noun in singular or plural: `1 virhe`, `2 virhettä`.
pub(crate) fn count(n: usize, lang: Lang, fi: (&str, &str), en: (&str, &str)) -> String {
    let (one, many) = match lang {
        Lang::Fi => fi,
        Lang::En => en,
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Picks the text of `lang`.
pub(crate) fn pick(lang: Lang, fi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fi => fi,
        Lang::En => en,
    }
}

/// The prompt on a terminal when no file is named.
pub(crate) fn paste_prompt(lang: Lang) -> &'static str {
    pick(
        lang,
        "Liitä luonnos tähän ja paina lopuksi Ctrl-D (Windowsissa Ctrl-Z ja Enter).",
        "Paste the draft here, then press Ctrl-D (on Windows Ctrl-Z and Enter).",
    )
}

/// A severity as a word.
pub(crate) fn severity(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => pick(lang, "virhe", "error"),
        Severity::Warning => pick(lang, "varoitus", "warning"),
        Severity::Suggestion => pick(lang, "ehdotus", "suggestion"),
    }
}

/// `N virhettä, N varoitusta, N ehdotusta`, or that nothing was found.
pub(crate) fn findings(errors: usize, warnings: usize, suggestions: usize, lang: Lang) -> String {
    let parts: Vec<String> = [
        (errors, ("virhe", "virhettä"), ("error", "errors")),
        (
            warnings,
            ("varoitus", "varoitusta"),
            ("warning", "warnings"),
        ),
        (
            suggestions,
            ("ehdotus", "ehdotusta"),
            ("suggestion", "suggestions"),
        ),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, fi, en)| count(n, lang, fi, en))
    .collect();
    if parts.is_empty() {
        return pick(lang, "Ei huomautettavaa.", "No problems found.").to_string();
    }
    parts.join(", ")
}

/// `3 luonnosta tarkistettu`.
pub(crate) fn drafts_checked(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!(
            "{} tarkistettu",
            count(n, lang, ("luonnos", "luonnosta"), ("", ""))
        ),
        Lang::En => format!("{} checked", count(n, lang, ("", ""), ("draft", "drafts"))),
    }
}

/// The first line of a batch run's summary.
pub(crate) fn batch_summary(posts: usize, with_findings: usize, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!(
            "Yhteenveto: {} tarkistettu, huomautettavaa {}.",
            count(posts, lang, ("julkaisu", "julkaisua"), ("", "")),
            match with_findings {
                0 => "ei löytynyt yhdestäkään".to_string(),
                n => format!("löytyi {n} julkaisusta"),
            }
        ),
        Lang::En => format!(
            "Summary: {} checked, {with_findings} with findings.",
            count(posts, lang, ("", ""), ("post", "posts"))
        ),
    }
}

/// The note on findings left out over the per-draft cap.
pub(crate) fn omitted(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!(
            "… ja {n} muuta löydöstä jätettiin pois (enintään {DEFAULT_MAX_FINDINGS} luonnosta kohden)"
        ),
        Lang::En => format!(
            "… and {n} more findings left out (at most {DEFAULT_MAX_FINDINGS} per draft)"
        ),
    }
}

/// What the progress bar counts.
pub(crate) fn progress_unit(records: Option<u64>, lang: Lang) -> String {
    match (records, lang) {
        (None, Lang::Fi) => "luonnosta".into(),
        (None, Lang::En) => "drafts".into(),
        (Some(n), Lang::Fi) => format!("{n} julkaisua"),
        (Some(n), Lang::En) => format!("{n} posts"),
    }
}

/// The label of a finding's guideline.
pub(crate) fn guideline(lang: Lang) -> &'static str {
    pick(lang, "Ohjeen kohta", "Guideline")
}

/// The label of a suggested fix.
pub(crate) fn suggested_fix(lang: Lang) -> &'static str {
    pick(lang, "Korjausehdotus", "Suggested fix")
}

/// The labels of `explain`.
pub(crate) struct ExplainLabels {
    pub(crate) severity: &'static str,
    pub(crate) pack: &'static str,
    pub(crate) guideline: &'static str,
    pub(crate) published: &'static str,
    pub(crate) help: &'static str,
    pub(crate) rationale: &'static str,
    pub(crate) bad: &'static str,
    pub(crate) good: &'static str,
}

/// The labels of `explain` in `lang`.
pub(crate) fn explain_labels(lang: Lang) -> ExplainLabels {
    ExplainLabels {
        severity: pick(lang, "Vakavuus", "Severity"),
        pack: pick(lang, "Paketti", "Pack"),
        guideline: guideline(lang),
        published: pick(lang, "Julkaisija", "Published by"),
        help: pick(lang, "Ohje", "Help"),
        rationale: editor::rationale(lang),
        bad: pick(lang, "Huonoja esimerkkejä", "Bad examples"),
        good: pick(lang, "Hyviä esimerkkejä", "Good examples"),
    }
}

/// What `explain` says of a rule's `doubt`.
pub(crate) fn doubt(d: &somelint_core::model::Doubt, lang: Lang) -> String {
    let below = f64::from(d.below_permille) / 1000.0;
    let words = somelint_core::model::Doubt::MIN_WORDS;
    match lang {
        Lang::Fi => format!(
            "Epäily: ehdotus, kun vähintään {words} sanan luonnoksen tekstimalli `{}` arvioi alle {}",
            d.model.name(),
            format!("{below}").replace('.', ",")
        ),
        Lang::En => format!(
            "Doubt: a suggestion on a draft of at least {words} words that the text model `{}` scores below {below}",
            d.model.name()
        ),
    }
}

/// The last line of `rules test`.
pub(crate) fn rules_tested(rules: usize, examples: usize, failed: usize, lang: Lang) -> String {
    let passed = rules - failed;
    format!(
        "{}, {}: {passed} {}, {}",
        count(rules, lang, ("sääntö", "sääntöä"), ("rule", "rules")),
        count(
            examples,
            lang,
            ("esimerkki", "esimerkkiä"),
            ("example", "examples")
        ),
        pick(lang, "kunnossa", "passed"),
        count(
            failed,
            lang,
            ("virheellinen", "virheellistä"),
            ("failed", "failed")
        ),
    )
}

/// What `init` says when it has written the config.
pub(crate) fn config_written(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!("Kirjoitettiin {name}"),
        Lang::En => format!("Wrote {name}"),
    }
}

/// The editor server's texts: code action titles, notices shown as diagnostics, log lines.
pub(crate) mod editor {
    use super::pick;
    use somelint_core::Lang;

    /// `text` in the quotation marks of `lang`.
    fn quote(text: &str, lang: Lang) -> String {
        match lang {
            Lang::Fi => format!("”{text}”"),
            Lang::En => format!("“{text}”"),
        }
    }

    /// A code action that applies a finding's fix.
    pub(crate) fn fix(from: &str, to: &str, lang: Lang) -> String {
        let label = pick(lang, "Korjaa", "Fix");
        format!("{label}: {} → {}", quote(from, lang), quote(to, lang))
    }

    /// A code action that adds a suppression comment above the finding's line.
    pub(crate) fn suppress(rule: &str, lang: Lang) -> String {
        match lang {
            Lang::Fi => format!("Ohita {rule} seuraavalla rivillä (kommentti, jossa perustelu)"),
            Lang::En => format!("Suppress {rule} on the next line (a comment with a reason)"),
        }
    }

    /// The placeholder reason in a suppression comment, for the writer to replace.
    pub(crate) fn reason(lang: Lang) -> &'static str {
        pick(lang, "perustelu", "reason")
    }

    /// The code action that applies every safe fix of the file.
    pub(crate) fn fix_all(lang: Lang) -> &'static str {
        pick(
            lang,
            "Tee kaikki turvalliset korjaukset tiedostossa",
            "Apply all safe fixes in the file",
        )
    }

    /// A draft left unchecked because its config or a rule file is broken.
    pub(crate) fn config_broken(problem: &str, lang: Lang) -> String {
        match lang {
            Lang::Fi => format!("Luonnosta ei tarkistettu, koska asetuksissa on virhe: {problem}"),
            Lang::En => {
                format!("The draft was not checked: the configuration is broken: {problem}")
            }
        }
    }

    /// A buffer over the size limit.
    pub(crate) fn too_long(len: &str, limit: &str, lang: Lang) -> String {
        match lang {
            Lang::Fi => format!(
                "Teksti on {len}, yli {limit}:n rajan; julkaisu ei ole koskaan näin pitkä, joten somelint ei tarkista sitä."
            ),
            Lang::En => format!(
                "The text is {len}, over the {limit} limit; a post is never this long, so somelint does not check it."
            ),
        }
    }

    /// A change for a document the client never opened.
    pub(crate) fn not_open(uri: &str, lang: Lang) -> String {
        match lang {
            Lang::Fi => format!("muutos avaamattomaan dokumenttiin {uri} ohitettiin"),
            Lang::En => format!("a change to {uri}, which was never opened, was ignored"),
        }
    }

    /// The related information of a `near` finding: the match close to it.
    pub(crate) fn near(matched: &str, lang: Lang) -> String {
        format!(
            "{}: {}",
            pick(lang, "lähellä", "near"),
            quote(matched, lang)
        )
    }

    /// The label of a rule's rationale in a hover.
    pub(crate) fn rationale(lang: Lang) -> &'static str {
        pick(lang, "Perustelu", "Rationale")
    }
}

/// What `somelint serve` says when it is ready.
pub(crate) fn serve_listening(url: &str, rules: usize, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!("somelint serve: {rules} sääntöä käytössä, osoite {url}"),
        Lang::En => format!("somelint serve: {rules} rules active, at {url}"),
    }
}

/// A reload that worked.
pub(crate) fn serve_reloaded(rules: usize, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!("säännöt ladattiin uudelleen: {rules} sääntöä käytössä"),
        Lang::En => format!("rules reloaded: {rules} rules active"),
    }
}

/// A reload that failed; `error` is the rendered failure.
pub(crate) fn serve_reload_failed(error: &str, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!(
            "sääntöjen uudelleenlataus epäonnistui, vanhat säännöt ovat yhä käytössä:\n{error}"
        ),
        Lang::En => format!("reloading the rules failed, the old rules stay in use:\n{error}"),
    }
}

/// What `somelint serve` says on SIGTERM or Ctrl-C.
pub(crate) fn serve_stopping(lang: Lang) -> &'static str {
    pick(
        lang,
        "somelint serve: lopetetaan, kesken olevat pyynnöt vastataan ensin",
        "somelint serve: stopping after the requests under way",
    )
}

/// Binding beyond loopback without a token.
pub(crate) fn serve_needs_token(addr: &str) -> String {
    match lang() {
        Lang::Fi => format!(
            "osoitteeseen {addr} kuuntelu avaisi palvelun muillekin koneille: anna --token tai --token-file"
        ),
        Lang::En => format!(
            "listening on {addr} opens the service to other machines: give --token or --token-file"
        ),
    }
}

/// An empty token or token file.
pub(crate) fn serve_empty_token() -> &'static str {
    pick(lang(), "tunnus on tyhjä", "the token is empty")
}

/// Why an API request was refused, for its JSON error body. No draft text is ever put here.
pub(crate) fn api_problem(problem: &crate::serve::Problem, lang: Lang) -> String {
    use crate::serve::Problem as P;
    let (fi, en) = match problem {
        P::TooLarge(limit) => {
            return match lang {
                Lang::Fi => format!("pyyntö tai luonnos on yli {limit}:n rajan; julkaisu ei ole koskaan näin pitkä"),
                Lang::En => format!("the request or draft is over the {limit} limit; a post is never this long"),
            }
        }
        P::NotUtf8(offset) => {
            return match lang {
                Lang::Fi => format!("pyyntö ei ole UTF-8-tekstiä (ensimmäinen virheellinen tavu kohdassa {offset})"),
                Lang::En => format!("the request is not valid UTF-8 (first invalid byte at offset {offset})"),
            }
        }
        P::BadJson { line, column } => {
            return match lang {
                Lang::Fi => format!("pyyntö ei ole kelvollista JSONia (rivi {line}, sarake {column})"),
                Lang::En => format!("the request is not valid JSON (line {line}, column {column})"),
            }
        }
        P::TooManyDrafts(max) => {
            return match lang {
                Lang::Fi => format!("enintään {max} luonnosta pyyntöä kohden"),
                Lang::En => format!("at most {max} drafts a request"),
            }
        }
        P::FrontMatter { line, column } => {
            return match lang {
                Lang::Fi => format!("luonnoksen alkutiedot (front matter) eivät ole kelvollista YAMLia (rivi {line}, sarake {column})"),
                Lang::En => format!("the draft's front matter is not valid YAML (line {line}, column {column})"),
            }
        }
        P::NotFound => ("sivua ei ole", "no such page"),
        P::MethodNotAllowed => ("tämä osoite ei hyväksy tätä pyyntötapaa", "this address does not take this method"),
        P::Unauthorized => ("tunnus puuttuu tai on väärä: lähetä otsake Authorization: Bearer TUNNUS", "missing or wrong token: send the header Authorization: Bearer TOKEN"),
        P::MediaType => ("pyynnön sisällön on oltava JSONia (Content-Type: application/json)", "the request body must be JSON (Content-Type: application/json)"),
        P::WrongShape => ("pyynnössä on väärän tyyppinen arvo, tuntematon kenttä tai kanava; katso /openapi.json", "the request has a value of the wrong type, an unknown field or platform; see /openapi.json"),
        P::NoText => ("anna joko text tai drafts (ei molempia)", "give either text or drafts (not both)"),
        P::Unredacted => ("palvelin ei näytä luottamuksellisia osumia peittämättä (käynnistä se valitsimella --allow-unredacted)", "this server does not show confidential matches unmasked (start it with --allow-unredacted)"),
        P::SlowRequest => ("pyynnön lähettäminen kesti liian kauan", "the request took too long to send"),
        P::Busy => ("palvelin ei ehtinyt tarkistaa luonnosta ajoissa; yritä uudelleen", "the server could not check the draft in time; try again"),
        P::Internal => ("sisäinen virhe", "internal error"),
    };
    pick(lang, fi, en).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(findings(1, 2, 0, Lang::Fi), "1 virhe, 2 varoitusta");
        assert_eq!(findings(0, 0, 1, Lang::En), "1 suggestion");
        assert_eq!(drafts_checked(1, Lang::Fi), "1 luonnos tarkistettu");
        assert_eq!(drafts_checked(3, Lang::En), "3 drafts checked");
        assert_eq!(
            rules_tested(2, 1, 1, Lang::Fi),
            "2 sääntöä, 1 esimerkki: 1 kunnossa, 1 virheellinen"
        );
    }
}
