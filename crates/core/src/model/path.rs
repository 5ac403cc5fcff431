//! Where in a YAML document something is: a path of keys and indices (`rules[3].match.pattern`),
//! turned into a byte span by the loader's parser.

use std::borrow::Cow;

/// One step of a [`YamlPath`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// A mapping key (borrowed when it is one of the format's own).
    Key(Cow<'static, str>),
    /// A sequence index.
    Index(usize),
}

/// A path into a YAML document; `key` set: the error is about the last key itself (a key that
/// does not belong), not its value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct YamlPath {
    /// The steps from the document's root.
    pub steps: Vec<Step>,
    /// Point at the last key rather than its value.
    pub key: bool,
}

impl YamlPath {
    /// The root.
    pub(crate) fn root() -> Self {
        YamlPath::default()
    }

    /// This path and a key (a `&'static str` is not copied).
    pub(crate) fn key(&self, key: impl Into<Cow<'static, str>>) -> Self {
        self.and(Step::Key(key.into()))
    }

    /// This path and an index.
    pub(crate) fn index(&self, i: usize) -> Self {
        self.and(Step::Index(i))
    }

    /// This path and one more step, allocated once.
    fn and(&self, step: Step) -> Self {
        let mut steps = Vec::with_capacity(self.steps.len() + 1);
        steps.extend_from_slice(&self.steps);
        steps.push(step);
        YamlPath { steps, key: false }
    }

    /// The same path, pointing at its last key.
    pub(crate) fn at_key(mut self) -> Self {
        self.key = true;
        self
    }
}

impl std::fmt::Display for YamlPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.steps.iter().enumerate() {
            match step {
                Step::Key(k) if i == 0 => write!(f, "{k}")?,
                Step::Key(k) => write!(f, ".{k}")?,
                Step::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// A problem found while reading a document, at a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PathError {
    /// Where.
    pub path: YamlPath,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl PathError {
    /// An error at `path`.
    pub(crate) fn new(path: YamlPath, message: impl Into<String>) -> Self {
        PathError {
            path,
            message: message.into(),
            help: None,
        }
    }

    /// Adds a hint.
    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}
