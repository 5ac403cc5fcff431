//! Where in a YAML document something is: a path of keys and indices (`rules[3].match.pattern`),
//! turned into a byte span by the loader's parser.

/// One step of a [`YamlPath`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// A mapping key.
    Key(String),
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

    /// This path and a key.
    pub(crate) fn key(&self, key: &str) -> Self {
        let mut p = self.clone();
        p.steps.push(Step::Key(key.to_string()));
        p.key = false;
        p
    }

    /// This path and an index.
    pub(crate) fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.steps.push(Step::Index(i));
        p.key = false;
        p
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
