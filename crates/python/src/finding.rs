//! Findings as Python objects. Each is made from the contract's JSON object of the finding, made
//! by the core's `output::finding_json` (the one the command line prints): the typed attributes
//! are read from it and `to_dict()` converts it whole, so the two cannot drift apart.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use serde_json::Value;
use somelint_core::{output, LineCol};

/// A JSON value as the Python object `json.loads` would make of it.
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into_pyobject(py)?.into_any(),
            (None, Some(i)) => i.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let items = items
                .iter()
                .map(|i| to_py(py, i))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

fn text(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_string()
}

fn int(v: &Value, key: &str) -> usize {
    v[key]
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_default()
}

/// A string as Python's `repr` writes it.
fn repr(py: Python<'_>, s: &str) -> PyResult<String> {
    Ok(PyString::new(py, s).repr()?.to_string())
}

/// One finding of a rule in a text.
///
/// The attributes are those of the command line's JSON output (``somelint check --format
/// json``), and ``to_dict()`` is exactly its object for the finding.
#[pyclass(frozen, eq, module = "somelint", name = "Finding")]
#[derive(PartialEq)]
pub(crate) struct Finding {
    /// The rule's id, ``category.name`` (``"tone.profanity"``).
    #[pyo3(get)]
    rule: String,
    /// The rule's category, the part of its id before the first dot.
    #[pyo3(get)]
    category: String,
    /// ``"error"``, ``"warning"`` or ``"suggestion"``, after the config's overrides.
    #[pyo3(get)]
    severity: String,
    /// The message in the linter's language, the match masked when redacting.
    #[pyo3(get)]
    message: String,
    /// How to put it right, if the rule says.
    #[pyo3(get)]
    help: Option<String>,
    /// The guideline the rule enforces: its title, section and the sentence quoted.
    #[pyo3(get)]
    source: String,
    /// Where in the text.
    #[pyo3(get)]
    span: Span,
    /// The text matched (confidential matches masked when redacting).
    #[pyo3(get)]
    matched: String,
    /// A suggested replacement of the span, if any.
    #[pyo3(get)]
    fix: Option<Fix>,
    json: Value,
}

impl Finding {
    /// The finding of its contract JSON object.
    pub(crate) fn of(json: Value) -> Finding {
        let span = &json["span"];
        let fix = &json["fix"];
        Finding {
            rule: text(&json, "rule"),
            category: text(&json, "category"),
            severity: text(&json, "severity"),
            message: text(&json, "message"),
            help: json["help"].as_str().map(str::to_string),
            source: text(&json, "source"),
            span: Span {
                start: int(span, "start"),
                end: int(span, "end"),
                line: int(span, "line"),
                column: int(span, "column"),
                end_line: int(span, "end_line"),
                end_column: int(span, "end_column"),
            },
            matched: text(&json, "matched"),
            fix: (!fix.is_null()).then(|| Fix {
                replacement: text(fix, "replacement"),
                safe: fix["safe"].as_bool().unwrap_or_default(),
                json: fix.clone(),
            }),
            json,
        }
    }
}

#[pymethods]
impl Finding {
    /// The finding as the command line's JSON object: a new dict of plain values.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.json)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Finding(rule={}, severity={}, line={}, column={}, matched={})",
            repr(py, &self.rule)?,
            repr(py, &self.severity)?,
            self.span.line,
            self.span.column,
            repr(py, &self.matched)?
        ))
    }
}

/// A finding's place in the text it was found in.
///
/// ``start`` and ``end`` are byte offsets into the UTF-8 text; ``line``/``column`` and
/// ``end_line``/``end_column`` are 1-based, columns counted in characters.
#[pyclass(frozen, eq, get_all, module = "somelint", name = "Span")]
#[derive(Clone, PartialEq)]
pub(crate) struct Span {
    /// Byte offset of the start.
    start: usize,
    /// Byte offset just past the end.
    end: usize,
    /// 1-based line of the start.
    line: usize,
    /// 1-based character column of the start.
    column: usize,
    /// 1-based line of the end.
    end_line: usize,
    /// 1-based character column of the end.
    end_column: usize,
}

#[pymethods]
impl Span {
    /// The span as the command line's JSON object.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let at = |line, column| LineCol { line, column };
        let json = output::span_json(
            &(self.start..self.end),
            at(self.line, self.column),
            at(self.end_line, self.end_column),
        );
        to_py(py, &json)
    }

    fn __repr__(&self) -> String {
        let s = self;
        format!(
            "Span(start={}, end={}, line={}, column={}, end_line={}, end_column={})",
            s.start, s.end, s.line, s.column, s.end_line, s.end_column
        )
    }
}

/// A suggested replacement of a finding's span.
#[pyclass(frozen, eq, module = "somelint", name = "Fix")]
#[derive(Clone, PartialEq)]
pub(crate) struct Fix {
    /// The text to put in place of the span.
    #[pyo3(get)]
    replacement: String,
    /// Whether it may be applied without a person looking (``somelint check --fix`` applies
    /// only these).
    #[pyo3(get)]
    safe: bool,
    json: Value,
}

#[pymethods]
impl Fix {
    /// The fix as the command line's JSON object.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.json)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Fix(replacement={}, safe={})",
            repr(py, &self.replacement)?,
            if self.safe { "True" } else { "False" }
        ))
    }
}
