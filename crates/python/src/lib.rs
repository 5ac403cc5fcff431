//! `somelint._native`: the somelint engine for Python, re-exported by the `somelint` package
//! (`python/somelint`). A `Linter` compiles its rules once and checks any number of texts from
//! any number of threads; `check_many` releases the GIL and spreads the texts over the cores.

mod finding;
mod load;

use std::path::PathBuf;

use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyPermissionError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use rayon::prelude::*;
use serde_json::Value;
use somelint_core::{output, Draft, Lang, LineIndex};

use finding::{Finding, Fix, Span};
use load::{Files, Problem, Sources};

/// The compiled rules are shared by every thread that checks with them.
const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<somelint_core::Linter>();
};

/// The Python exception for a problem (its class is defined in `somelint._errors`).
fn raise(py: Python<'_>, problem: Problem) -> PyErr {
    let (class, args) = match problem {
        Problem::Io(path, e) => {
            // Python's own form: (errno, strerror, filename), "[Errno 2] No such file…: 'x'".
            let reason = e.to_string();
            let reason = match reason.find(" (os error ") {
                Some(i) => reason[..i].to_string(),
                None => reason,
            };
            let args = (
                e.raw_os_error().unwrap_or(0),
                reason,
                path.display().to_string(),
            );
            return match e.kind() {
                std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(args),
                std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(args),
                _ => PyOSError::new_err(args),
            };
        }
        Problem::Value(message) => return PyValueError::new_err(message),
        Problem::Options(message) => ("OptionsError", (message, None, None, None, None)),
        Problem::Located {
            kind,
            message,
            file,
            line,
            column,
            help,
        } => (
            kind.class(),
            (message, Some(file), Some(line), Some(column), help),
        ),
    };
    let made = py
        .import("somelint._errors")
        .and_then(|m| m.getattr(class))
        .and_then(|c| c.call1(args));
    match made {
        Ok(err) => PyErr::from_value(err),
        Err(e) => e,
    }
}

/// One draft's findings as the contract's JSON objects: confidential matches quoted by other
/// findings masked when redacting, suppressed findings left out (what `check --format json`
/// prints for the draft).
fn lint(linter: &somelint_core::Linter, draft: Draft, lang: Lang, redact: bool) -> Vec<Value> {
    let report = linter.lint(&draft);
    let text = draft.into_source();
    let mut diagnostics = report.diagnostics;
    if redact {
        output::mask_quoted_secrets(&text, &mut diagnostics);
    }
    let index = LineIndex::new(&text);
    diagnostics
        .iter()
        .filter(|d| !d.suppressed)
        .map(|d| output::finding_json(d, &index, &text, lang, redact))
        .collect()
}

/// One text to check, as a jsonl record or a Markdown file gives it.
struct Input {
    text: String,
    platform: Option<String>,
    reply_to: Option<String>,
}

/// `platforms` or `reply_to` of `check_many`: one for all texts, or one for each.
#[derive(FromPyObject)]
enum PerText {
    One(String),
    Each(Vec<Option<String>>),
}

impl PerText {
    fn get(&self, i: usize) -> Option<String> {
        match self {
            PerText::One(s) => Some(s.clone()),
            PerText::Each(v) => v[i].clone(),
        }
    }

    fn check_len(&self, what: &str, n: usize) -> PyResult<()> {
        match self {
            PerText::Each(v) if v.len() != n => Err(PyValueError::new_err(format!(
                "{what} has {} items for {n} texts; give one for each text, or one string for all",
                v.len()
            ))),
            _ => Ok(()),
        }
    }
}

/// Compiled rules that check texts: the built-in packs (unless ``builtin=False``), the config's
/// rule files and ``rules``, with the config's settings.
///
/// Building one costs about a millisecond (more with many rules of your own); build it once and
/// use it for every text, from any number of threads. ``check_many`` releases the GIL and uses
/// every core.
///
/// Args:
///     config: Path of a config file (``.somelint.yaml``); its ``rule_files`` are relative to
///         its folder. No config is looked for: without one the defaults hold.
///     rules: Paths of more rule files.
///     builtin: Whether the built-in packs are loaded.
///     config_yaml: The config as YAML text instead of a file (``rule_files`` relative to the
///         working folder). Give ``config`` or ``config_yaml``, not both.
///     lang: ``"fi"`` or ``"en"``: the language of messages (default: the config's, else
///         Finnish).
///     redact: Mask confidential matches (identity codes, account numbers…) in ``matched`` and
///         messages, as the command line's JSON does unless ``--no-redact``.
///     select: Run only these rules or categories.
///     ignore: Skip these rules or categories.
///     threads: Threads of ``check_many``: ``None`` for every core, ``1`` for the calling
///         thread only (one task per core in Spark, say).
///
/// Raises:
///     ConfigError: The config does not parse or is not valid (with ``file``, ``line``,
///         ``column``).
///     RuleError: A rule file does not parse, or a rule cannot work.
///     OptionsError: ``select`` or ``ignore`` names no loaded rule or category.
///     OSError: A file cannot be read (``FileNotFoundError``…, with ``filename``).
///
/// A Linter pickles as the texts it was built from, so a copy can be shipped to other processes
/// and machines; copies unpickled in one process share one compiled linter.
#[pyclass(frozen, module = "somelint", name = "Linter")]
struct PyLinter {
    linter: somelint_core::Linter,
    sources: Sources,
    lang: Lang,
    /// The pool `check_many` runs on when `threads` is more than one (else rayon's global pool,
    /// or the calling thread).
    pool: Option<rayon::ThreadPool>,
}

impl PyLinter {
    fn build(py: Python<'_>, files: Option<Files>, sources: Sources) -> PyResult<PyLinter> {
        if sources.threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        let built = py.detach(|| {
            let sources = match files {
                Some(files) => Sources::read(files, sources)?,
                None => sources,
            };
            let (linter, lang) = sources.build()?;
            Ok((linter, lang, sources))
        });
        let (linter, lang, sources) = built.map_err(|p| raise(py, p))?;
        let pool = match sources.threads {
            Some(n) if n > 1 => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| PyOSError::new_err(e.to_string()))?,
            ),
            _ => None,
        };
        Ok(PyLinter {
            linter,
            sources,
            lang,
            pool,
        })
    }

    fn draft(&self, input: Input, markdown: Option<String>) -> Result<Draft, Problem> {
        let draft = match markdown {
            Some(name) => Draft::markdown(&name, input.text)?,
            None => Draft::text(input.text),
        };
        Ok(draft
            .with_platform(input.platform.as_deref())
            .with_reply_to(input.reply_to.as_deref()))
    }

    fn check_one(&self, input: Input, markdown: Option<String>) -> Result<Vec<Value>, Problem> {
        let draft = self.draft(input, markdown)?;
        Ok(lint(&self.linter, draft, self.lang, self.sources.redact))
    }
}

fn findings(list: Vec<Value>) -> Vec<Finding> {
    list.into_iter().map(Finding::of).collect()
}

#[pymethods]
impl PyLinter {
    #[new]
    #[pyo3(signature = (
        config=None, rules=Vec::new(), builtin=true, *, config_yaml=None, lang=None, redact=true,
        select=Vec::new(), ignore=Vec::new(), threads=None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        config: Option<PathBuf>,
        rules: Vec<PathBuf>,
        builtin: bool,
        config_yaml: Option<String>,
        lang: Option<String>,
        redact: bool,
        select: Vec<String>,
        ignore: Vec<String>,
        threads: Option<usize>,
    ) -> PyResult<PyLinter> {
        if config.is_some() && config_yaml.is_some() {
            return Err(PyValueError::new_err(
                "give the config as a path (config) or as YAML text (config_yaml), not both",
            ));
        }
        let files = Files {
            config,
            config_yaml,
            rules,
        };
        let sources = Sources {
            config: None,
            rules: Vec::new(),
            builtin,
            lang,
            redact,
            select,
            ignore,
            threads,
        };
        PyLinter::build(py, Some(files), sources)
    }

    /// Checks one text and returns its findings in order.
    ///
    /// Args:
    ///     text: The post as it would be published (or a Markdown draft with ``markdown=True``).
    ///     platform: The channel (``"facebook"``, ``"x"``, ``"instagram"``…), as a jsonl
    ///         record's ``platform``: it overrides the config's and the front matter's.
    ///     reply_to: The id of the post or comment this text answers (a reply).
    ///     markdown: Read ``text`` as a Markdown draft: YAML front matter, comments and code
    ///         are not post text; spans still refer to ``text`` as given.
    ///
    /// Raises:
    ///     DraftError: With ``markdown=True``, front matter that does not parse.
    #[pyo3(signature = (text, platform=None, *, reply_to=None, markdown=false))]
    fn check(
        &self,
        py: Python<'_>,
        text: String,
        platform: Option<String>,
        reply_to: Option<String>,
        markdown: bool,
    ) -> PyResult<Vec<Finding>> {
        let input = Input {
            text,
            platform,
            reply_to,
        };
        let name = markdown.then(|| "<text>".to_string());
        let found = py.detach(|| self.check_one(input, name));
        found.map(findings).map_err(|p| raise(py, p))
    }

    /// Checks many texts in parallel, without the GIL, and returns each one's findings, in the
    /// order of ``texts``.
    ///
    /// Args:
    ///     texts: The posts.
    ///     platforms: One channel for all texts, or one (or ``None``) for each.
    ///     reply_to: One id for all texts, or one (or ``None``) for each.
    ///     markdown: Read every text as a Markdown draft.
    ///
    /// Raises:
    ///     DraftError: With ``markdown=True``, front matter that does not parse (``file`` is
    ///         ``"<texts[i]>"``).
    #[pyo3(signature = (texts, platforms=None, *, reply_to=None, markdown=false))]
    fn check_many(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        platforms: Option<PerText>,
        reply_to: Option<PerText>,
        markdown: bool,
    ) -> PyResult<Vec<Vec<Finding>>> {
        let n = texts.len();
        if let Some(p) = &platforms {
            p.check_len("platforms", n)?;
        }
        if let Some(r) = &reply_to {
            r.check_len("reply_to", n)?;
        }
        let inputs: Vec<Input> = texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Input {
                text,
                platform: platforms.as_ref().and_then(|p| p.get(i)),
                reply_to: reply_to.as_ref().and_then(|r| r.get(i)),
            })
            .collect();
        let one = |(i, input): (usize, Input)| {
            self.check_one(input, markdown.then(|| format!("<texts[{i}]>")))
        };
        let results: Result<Vec<Vec<Value>>, Problem> =
            py.detach(|| match (&self.pool, self.sources.threads) {
                (_, Some(1)) => inputs.into_iter().enumerate().map(one).collect(),
                (Some(pool), _) => {
                    pool.install(|| inputs.into_par_iter().enumerate().map(one).collect())
                }
                (None, _) => inputs.into_par_iter().enumerate().map(one).collect(),
            });
        let results = results.map_err(|p| raise(py, p))?;
        Ok(results.into_iter().map(findings).collect())
    }

    /// The ids of the active rules, in load order.
    #[getter]
    fn rules(&self) -> Vec<String> {
        self.linter.rules().map(|r| r.id.clone()).collect()
    }

    /// The language of messages, ``"fi"`` or ``"en"``.
    #[getter]
    fn lang(&self) -> &'static str {
        match self.lang {
            Lang::Fi => "fi",
            Lang::En => "en",
        }
    }

    /// Whether confidential matches are masked.
    #[getter]
    fn redact(&self) -> bool {
        self.sources.redact
    }

    fn __repr__(&self) -> String {
        format!(
            "Linter(rules={}, lang='{}', redact={})",
            self.linter.rules().count(),
            self.lang(),
            if self.sources.redact { "True" } else { "False" }
        )
    }

    /// Pickles as the texts the linter was built from (`somelint._restore` rebuilds it, once
    /// per process).
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyBytes>,))> {
        let state =
            serde_json::to_vec(&self.sources).map_err(|e| PyValueError::new_err(e.to_string()))?;
        let restore = py.import("somelint")?.getattr("_restore")?;
        Ok((restore, (PyBytes::new(py, &state),)))
    }

    /// Builds a linter from a pickled state (`__reduce__`'s).
    #[staticmethod]
    fn _from_state(py: Python<'_>, state: &[u8]) -> PyResult<PyLinter> {
        let sources: Sources = serde_json::from_slice(state)
            .map_err(|e| PyValueError::new_err(format!("not a pickled Linter: {e}")))?;
        PyLinter::build(py, None, sources)
    }
}

/// The extension module.
#[pymodule(name = "_native")]
fn somelint_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyLinter>()?;
    m.add_class::<Finding>()?;
    m.add_class::<Span>()?;
    m.add_class::<Fix>()?;
    m.add(
        "__version__",
        PyString::new(m.py(), env!("CARGO_PKG_VERSION")),
    )?;
    Ok(())
}
