//! The server loop: the handshake, open documents, debounced linting, code actions and hovers,
//! settings from the client, and reloading the rules when a config or rule file changes.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, ConfigurationItem,
    ConfigurationParams, DiagnosticSeverity, DidChangeWatchedFilesRegistrationOptions,
    FileSystemWatcher, GlobPattern, HoverProviderCapability, InitializeParams, InitializeResult,
    LogMessageParams, MessageType, NumberOrString, PositionEncodingKind, PublishDiagnosticsParams,
    Registration, RegistrationParams, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Url,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use somelint_core::{Diagnostic, Lang, Severity};

use super::features::{self, ActionInput, View};
use super::settings::{ClientSettings, SECTION};
use super::text::{Encoding, Text};
use super::transport::Out;
use crate::cli::{InputFormat, RuleArgs};
use crate::failure::{human_size, Place};
use crate::inputs::{self, ConfigChoice, Input, Kind};
use crate::messages::editor;
use crate::settings::{LinterArgs, Linters, Resolved, CONFIG_NAME};

/// An open document.
struct Doc {
    text: Text,
    version: i32,
    language: String,
    /// Whether it is a draft to check (cached until the configs are reloaded).
    draft: Option<bool>,
    /// The last lint, for hovers and code actions.
    linted: Option<Linted>,
    /// Whether diagnostics were published for it (so that they are cleared when it stops being
    /// a draft).
    published: bool,
}

/// A document's findings at one version.
struct Linted {
    version: i32,
    resolved: Resolved,
    kind: Kind,
    diagnostics: Vec<Diagnostic>,
    /// Where suppression comments may go (Markdown drafts): the first byte after the front
    /// matter.
    comments_from: Option<usize>,
}

/// What linting a document came to.
enum Outcome {
    /// Not a draft: nothing to show.
    Skip,
    /// Findings, or a notice shown as one (a buffer too long, front matter that does not parse,
    /// a broken config).
    Shown(Vec<lsp_types::Diagnostic>),
}

/// Requests the server sent and awaits answers to.
enum Pending {
    Configuration,
    Other,
}

struct Server<'a> {
    out: &'a Sender<Out>,
    args: RuleArgs,
    settings: ClientSettings,
    enc: Encoding,
    folders: Vec<PathBuf>,
    docs: HashMap<Url, Doc>,
    linters: Option<Result<Linters, Place>>,
    /// Documents to lint, and when.
    due: HashMap<Url, Instant>,
    next_id: i32,
    pending: HashMap<RequestId, Pending>,
    /// Files that diagnostics about a broken config or rule file were published on.
    broken: HashSet<Url>,
    can_configure: bool,
    can_watch: bool,
    shut_down: bool,
}

/// Serves one client; returns the exit code.
pub(crate) fn serve(out: &Sender<Out>, input: &Receiver<Message>, args: RuleArgs) -> i32 {
    let Some((id, params)) = handshake(out, input) else {
        return 1;
    };
    let mut server = Server::new(out, args, &params);
    send(out, Response::new_ok(id, server.capabilities()));
    server.run(input)
}

fn send(out: &Sender<Out>, msg: impl Into<Message>) {
    let _ = out.send(Out::Message(msg.into()));
}

/// Waits for `initialize`, answering other requests with "not initialized".
fn handshake(
    out: &Sender<Out>,
    input: &Receiver<Message>,
) -> Option<(RequestId, InitializeParams)> {
    loop {
        match input.recv().ok()? {
            Message::Request(r) if r.method == req::Initialize::METHOD => {
                match serde_json::from_value::<InitializeParams>(r.params) {
                    Ok(p) => return Some((r.id, p)),
                    Err(e) => send(out, invalid_params(r.id, &e)),
                }
            }
            Message::Request(r) => send(
                out,
                Response::new_err(
                    r.id,
                    ErrorCode::ServerNotInitialized as i32,
                    "the server is not initialized yet".into(),
                ),
            ),
            Message::Notification(n) if n.method == note::Exit::METHOD => return None,
            _ => {}
        }
    }
}

fn invalid_params(id: RequestId, e: &serde_json::Error) -> Response {
    Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string())
}

impl<'a> Server<'a> {
    fn new(out: &'a Sender<Out>, args: RuleArgs, params: &InitializeParams) -> Self {
        let caps = &params.capabilities;
        let offered = caps
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref());
        let enc = match offered {
            Some(list) if list.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        };
        let workspace = caps.workspace.as_ref();
        let mut folders: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| f.uri.to_file_path().ok())
            .collect();
        if folders.is_empty() {
            folders.extend(root_of(params));
        }
        let mut server = Server {
            out,
            args,
            settings: ClientSettings::default(),
            enc,
            folders,
            docs: HashMap::new(),
            linters: None,
            due: HashMap::new(),
            next_id: 0,
            pending: HashMap::new(),
            broken: HashSet::new(),
            can_configure: workspace.and_then(|w| w.configuration) == Some(true),
            can_watch: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|d| d.dynamic_registration)
                == Some(true),
            shut_down: false,
        };
        if let Some(options) = &params.initialization_options {
            server.take_settings(options);
        }
        server
    }

    fn capabilities(&self) -> Value {
        let capabilities = ServerCapabilities {
            position_encoding: Some(match self.enc {
                Encoding::Utf8 => PositionEncodingKind::UTF8,
                Encoding::Utf16 => PositionEncodingKind::UTF16,
            }),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                    ..TextDocumentSyncOptions::default()
                },
            )),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![
                    CodeActionKind::QUICKFIX,
                    CodeActionKind::SOURCE_FIX_ALL,
                ]),
                ..CodeActionOptions::default()
            })),
            ..ServerCapabilities::default()
        };
        serde_json::to_value(InitializeResult {
            capabilities,
            server_info: Some(ServerInfo {
                name: "somelint".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        })
        .unwrap_or(Value::Null)
    }

    /// The loop; returns the exit code.
    fn run(&mut self, input: &Receiver<Message>) -> i32 {
        loop {
            let next = self.due.values().min().copied();
            let msg = match next {
                Some(when) => {
                    match input.recv_timeout(when.saturating_duration_since(Instant::now())) {
                        Ok(msg) => Some(msg),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                }
                None => match input.recv() {
                    Ok(msg) => Some(msg),
                    Err(_) => break,
                },
            };
            match msg {
                Some(Message::Request(r)) => self.request(r),
                Some(Message::Notification(n)) if n.method == note::Exit::METHOD => break,
                Some(Message::Notification(n)) => self.notification(n),
                Some(Message::Response(r)) => self.response(r),
                None => {}
            }
            self.lint_due();
        }
        if self.shut_down {
            0
        } else {
            1
        }
    }

    fn log(&self, typ: MessageType, message: String) {
        let params = LogMessageParams { typ, message };
        send(
            self.out,
            Notification::new(note::LogMessage::METHOD.into(), params),
        );
    }

    fn ask(&mut self, method: &str, params: impl serde::Serialize, what: Pending) {
        self.next_id += 1;
        let id = RequestId::from(format!("somelint-{}", self.next_id));
        self.pending.insert(id.clone(), what);
        send(self.out, Request::new(id, method.into(), params));
    }

    // Requests.

    fn request(&mut self, r: Request) {
        if self.shut_down {
            let e = Response::new_err(
                r.id,
                ErrorCode::InvalidRequest as i32,
                "the server is shutting down".into(),
            );
            return send(self.out, e);
        }
        let id = r.id.clone();
        let result = match r.method.as_str() {
            req::Shutdown::METHOD => {
                self.shut_down = true;
                Ok(Value::Null)
            }
            req::HoverRequest::METHOD => params(r).map(|p| self.hover(p)),
            req::CodeActionRequest::METHOD => params(r).map(|p| self.code_actions(p)),
            method => Err(Box::new(Response::new_err(
                id.clone(),
                ErrorCode::MethodNotFound as i32,
                format!("unknown method {method}"),
            ))),
        };
        match result {
            Ok(value) => send(self.out, Response::new_ok(id, value)),
            Err(e) => send(self.out, *e),
        }
    }

    fn hover(&mut self, p: lsp_types::HoverParams) -> Value {
        let uri = p.text_document_position_params.text_document.uri;
        let pos = p.text_document_position_params.position;
        let Some((view_parts, linted)) = self.current(&uri) else {
            return Value::Null;
        };
        let view = view_parts.view(&uri);
        let at = view.text.offset(pos, view.enc);
        let hover = features::hover(&view, &linted.diagnostics, at);
        serde_json::to_value(hover).unwrap_or(Value::Null)
    }

    fn code_actions(&mut self, p: lsp_types::CodeActionParams) -> Value {
        let uri = p.text_document.uri;
        let Some((parts, linted)) = self.current(&uri) else {
            return Value::Array(Vec::new());
        };
        let view = parts.view(&uri);
        let range = view.text.span(p.range, view.enc);
        let has_safe = linted
            .diagnostics
            .iter()
            .any(|d| !d.suppressed && d.fix.as_ref().is_some_and(|f| f.is_safe()));
        let fixed = has_safe
            .then(|| fix_all(&uri, view.text.as_str(), linted))
            .flatten();
        let input = ActionInput {
            range,
            only: p.context.only.as_deref(),
            comments_from: linted.comments_from,
            fixed: fixed.as_deref(),
        };
        let actions = features::code_actions(&view, &linted.diagnostics, &input);
        serde_json::to_value(actions).unwrap_or(Value::Null)
    }

    /// The document's text and findings at its current version, linting it now if a change
    /// is still waiting for its debounce.
    fn current(&mut self, uri: &Url) -> Option<(ViewParts, &Linted)> {
        let stale = {
            let doc = self.docs.get(uri)?;
            doc.linted.as_ref().is_none_or(|l| l.version != doc.version)
        };
        if stale {
            self.due.remove(uri);
            self.lint_and_publish(uri);
        }
        let doc = self.docs.get(uri)?;
        let linted = doc.linted.as_ref()?;
        let parts = ViewParts {
            text: doc.text.clone(),
            enc: self.enc,
            lang: self.lang(&linted.resolved),
            fail_on: self.settings.fail_on,
        };
        Some((parts, linted))
    }

    // Notifications.

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            note::Initialized::METHOD => self.initialized(),
            note::DidOpenTextDocument::METHOD => {
                if let Some(p) = self.note_params::<lsp_types::DidOpenTextDocumentParams>(n) {
                    let d = p.text_document;
                    self.docs.insert(
                        d.uri.clone(),
                        Doc {
                            text: Text::new(d.text),
                            version: d.version,
                            language: d.language_id,
                            draft: None,
                            linted: None,
                            published: false,
                        },
                    );
                    // Opening shows the findings at once; typing waits for a pause.
                    self.due.insert(d.uri, Instant::now());
                }
            }
            note::DidChangeTextDocument::METHOD => {
                if let Some(p) = self.note_params::<lsp_types::DidChangeTextDocumentParams>(n) {
                    self.changed(p);
                }
            }
            note::DidCloseTextDocument::METHOD => {
                if let Some(p) = self.note_params::<lsp_types::DidCloseTextDocumentParams>(n) {
                    let uri = p.text_document.uri;
                    self.due.remove(&uri);
                    if self.docs.remove(&uri).is_some_and(|d| d.published) {
                        self.publish(&uri, Vec::new(), None);
                    }
                }
            }
            note::DidSaveTextDocument::METHOD => {
                if let Some(p) = self.note_params::<lsp_types::DidSaveTextDocumentParams>(n) {
                    // For clients that do not watch files: saving a config or rule file in the
                    // editor reloads too.
                    if is_rules_or_config(&p.text_document.uri) {
                        self.reload();
                    }
                }
            }
            note::DidChangeWatchedFiles::METHOD => {
                if let Some(p) = self.note_params::<lsp_types::DidChangeWatchedFilesParams>(n) {
                    if p.changes.iter().any(|c| is_rules_or_config(&c.uri)) {
                        self.reload();
                    }
                }
            }
            note::DidChangeConfiguration::METHOD => {
                if let Some(p) = self.note_params::<lsp_types::DidChangeConfigurationParams>(n) {
                    if self.can_configure {
                        self.ask_configuration();
                    } else if self.take_settings(&p.settings) {
                        self.reload();
                    }
                }
            }
            _ => {} // `$/cancelRequest`, `$/setTrace` and the unknown: nothing to do
        }
    }

    fn note_params<T: DeserializeOwned>(&self, n: Notification) -> Option<T> {
        match serde_json::from_value(n.params) {
            Ok(p) => Some(p),
            Err(e) => {
                self.log(MessageType::WARNING, format!("{}: {e}", n.method));
                None
            }
        }
    }

    fn initialized(&mut self) {
        if self.can_watch {
            let watchers = ["**/.somelint.yaml", "**/*.yaml", "**/*.yml"]
                .into_iter()
                .map(|g| FileSystemWatcher {
                    glob_pattern: GlobPattern::String(g.into()),
                    kind: None,
                })
                .collect();
            let options = DidChangeWatchedFilesRegistrationOptions { watchers };
            let params = RegistrationParams {
                registrations: vec![Registration {
                    id: "somelint-watch".into(),
                    method: note::DidChangeWatchedFiles::METHOD.into(),
                    register_options: serde_json::to_value(options).ok(),
                }],
            };
            self.ask(req::RegisterCapability::METHOD, params, Pending::Other);
        }
        if self.can_configure {
            self.ask_configuration();
        }
    }

    fn ask_configuration(&mut self) {
        let params = ConfigurationParams {
            items: vec![ConfigurationItem {
                scope_uri: self
                    .folders
                    .first()
                    .and_then(|f| Url::from_directory_path(f).ok()),
                section: Some(SECTION.into()),
            }],
        };
        self.ask(
            req::WorkspaceConfiguration::METHOD,
            params,
            Pending::Configuration,
        );
    }

    /// Takes settings from the client; returns whether they changed.
    fn take_settings(&mut self, value: &Value) -> bool {
        let before = self.settings.clone();
        for note in self.settings.update(value) {
            self.log(MessageType::WARNING, note);
        }
        if let Some(lang) = self.settings.lang {
            crate::messages::set_lang(lang.lang());
        }
        self.settings != before
    }

    fn response(&mut self, r: Response) {
        match self.pending.remove(&r.id) {
            Some(Pending::Configuration) => {
                let first = r
                    .result
                    .as_ref()
                    .and_then(|v| v.as_array())
                    .and_then(|a| a.first())
                    .cloned();
                if let Some(settings) = first {
                    if self.take_settings(&settings) {
                        self.reload();
                    }
                }
            }
            Some(Pending::Other) | None => {}
        }
    }

    fn changed(&mut self, p: lsp_types::DidChangeTextDocumentParams) {
        let uri = p.text_document.uri;
        let enc = self.enc;
        let Some(doc) = self.docs.get_mut(&uri) else {
            // A whole text is enough to start from; pieces of an unknown text are not.
            match p
                .content_changes
                .into_iter()
                .rev()
                .find(|c| c.range.is_none())
            {
                Some(whole) => {
                    let language = language_of(&uri);
                    self.docs.insert(
                        uri.clone(),
                        Doc {
                            text: Text::new(whole.text),
                            version: p.text_document.version,
                            language,
                            draft: None,
                            linted: None,
                            published: false,
                        },
                    );
                    self.due
                        .insert(uri, Instant::now() + self.settings.debounce);
                }
                None => self.log(
                    MessageType::WARNING,
                    editor::not_open(uri.as_str(), crate::messages::lang()),
                ),
            }
            return;
        };
        for change in p.content_changes {
            doc.text.apply(change, enc);
        }
        doc.version = p.text_document.version;
        self.due
            .insert(uri, Instant::now() + self.settings.debounce);
    }

    /// Drops the linters and every cached answer about configs, and lints every open document
    /// again (a config or rule file changed, or the client's settings).
    fn reload(&mut self) {
        self.linters = None;
        for uri in std::mem::take(&mut self.broken) {
            self.publish(&uri, Vec::new(), None);
        }
        let now = Instant::now();
        for (uri, doc) in &mut self.docs {
            doc.draft = None;
            doc.linted = None;
            self.due.insert(uri.clone(), now);
        }
    }

    // Linting.

    fn lint_due(&mut self) {
        let now = Instant::now();
        let due: Vec<Url> = self
            .due
            .iter()
            .filter(|(_, when)| **when <= now)
            .map(|(u, _)| u.clone())
            .collect();
        for uri in due {
            self.due.remove(&uri);
            self.lint_and_publish(&uri);
        }
    }

    fn linters(&mut self) -> Result<&Linters, Place> {
        if self.linters.is_none() {
            let mut rules = self.args.clone();
            if self.settings.lang.is_some() {
                rules.lang = self.settings.lang;
            }
            self.linters = Some(
                Linters::new(LinterArgs {
                    rules,
                    select: Vec::new(),
                    ignore: Vec::new(),
                    platform: self.settings.platform,
                })
                .map_err(|f| f.place()),
            );
        }
        match self.linters.as_ref() {
            Some(Ok(l)) => Ok(l),
            Some(Err(place)) => Err(place.clone()),
            None => unreachable!("built above"),
        }
    }

    /// The language of messages for drafts under `resolved`'s config.
    fn lang(&self, resolved: &Resolved) -> Lang {
        let mut args = self.args.clone();
        if self.settings.lang.is_some() {
            args.lang = self.settings.lang;
        }
        crate::settings::lang(&args, &resolved.0)
    }

    /// The language of messages when no config could be read.
    fn fallback_lang(&self) -> Lang {
        self.settings
            .lang
            .or(self.args.lang)
            .map_or(Lang::default(), |l| l.lang())
    }

    fn lint_and_publish(&mut self, uri: &Url) {
        let started = Instant::now();
        let outcome = self.lint(uri);
        let Some(doc) = self.docs.get(uri) else {
            return;
        };
        let version = doc.version;
        match outcome {
            Outcome::Skip => {
                if doc.published {
                    self.publish(uri, Vec::new(), Some(version));
                }
            }
            Outcome::Shown(list) => {
                self.publish(uri, list, Some(version));
                if let Some(doc) = self.docs.get_mut(uri) {
                    doc.published = true;
                }
            }
        }
        if std::env::var_os("SOMELINT_LSP_TIMING").is_some() {
            self.log(
                MessageType::LOG,
                format!("linted {uri} in {} µs", started.elapsed().as_micros()),
            );
        }
    }

    fn publish(&self, uri: &Url, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version,
        };
        send(
            self.out,
            Notification::new(note::PublishDiagnostics::METHOD.into(), params),
        );
    }

    fn lint(&mut self, uri: &Url) -> Outcome {
        let Some(doc) = self.docs.get(uri) else {
            return Outcome::Skip;
        };
        let path = uri.to_file_path().ok();
        let enc = self.enc;
        // Whether it is a draft: a file by its extension and the config's `ignore`; a buffer
        // never saved always.
        let is_draft = match (&doc.draft, &path) {
            (Some(known), _) => Ok(*known),
            (None, Some(path)) => {
                inputs::is_draft_file(path, ConfigChoice::of(&self.args)).map_err(|f| f.place())
            }
            (None, None) => Ok(uri.scheme() != "file"),
        };
        match is_draft {
            Ok(false) => {
                if let Some(doc) = self.docs.get_mut(uri) {
                    doc.draft = Some(false);
                }
                return Outcome::Skip;
            }
            Ok(true) => {
                if let Some(doc) = self.docs.get_mut(uri) {
                    doc.draft = Some(true);
                }
            }
            Err(place) => return self.broken(uri, place),
        }
        let Some(doc) = self.docs.get(uri) else {
            return Outcome::Skip;
        };
        let len = doc.text.as_str().len() as u64;
        let limit = crate::cli::default_max_draft_bytes();
        if len > limit {
            let message =
                editor::too_long(&human_size(len), &human_size(limit), self.fallback_lang());
            return Outcome::Shown(vec![notice(
                message,
                "somelint.too_long",
                Default::default(),
            )]);
        }
        let dir = match &path {
            Some(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
            None => self.folders.first().cloned().unwrap_or_else(|| ".".into()),
        };
        let resolved = match self
            .linters()
            .and_then(|l| l.for_dir(&dir).map_err(|f| f.place()))
        {
            Ok(r) => r,
            Err(place) => return self.broken(uri, place),
        };
        let Some(doc) = self.docs.get(uri) else {
            return Outcome::Skip;
        };
        let input = match &path {
            Some(path) => Input::File {
                path: path.clone(),
                walked: false,
            },
            None => Input::Stdin,
        };
        let text = doc.text.as_str();
        let kind = match inputs::kind_of(&input, InputFormat::Auto, text) {
            _ if doc.language == "markdown" => Kind::Markdown,
            Kind::Jsonl => return Outcome::Skip,
            k => k,
        };
        let name = path
            .as_ref()
            .map_or_else(|| uri.to_string(), |p| p.display().to_string());
        let draft = match crate::check::make_draft(&name, text.to_string(), kind) {
            Ok(d) => d,
            Err(f) => {
                // Front matter that does not parse: shown where it is.
                let place = f.place();
                let range = place
                    .span
                    .map(|s| doc.text.range(s, enc))
                    .unwrap_or_default();
                return Outcome::Shown(vec![notice(place.message, "somelint.front_matter", range)]);
            }
        };
        let report = resolved.1.lint(&draft);
        let comments_from = (kind == Kind::Markdown).then(|| draft.to_file(0, false));
        let lang = self.lang(&resolved);
        let Some(doc) = self.docs.get_mut(uri) else {
            return Outcome::Skip;
        };
        let view = View {
            uri,
            text: &doc.text,
            enc,
            lang,
            fail_on: self.settings.fail_on,
        };
        let list = features::diagnostics(&view, &report.diagnostics);
        doc.linted = Some(Linted {
            version: doc.version,
            resolved,
            kind,
            diagnostics: report.diagnostics,
            comments_from,
        });
        Outcome::Shown(list)
    }

    /// A config or rule file that cannot be used: a diagnostic on that file, and a notice on the
    /// draft that it was not checked.
    fn broken(&mut self, uri: &Url, place: Place) -> Outcome {
        let lang = self.fallback_lang();
        let mut draft_notice = notice(
            editor::config_broken(&place.message, lang),
            "somelint.config",
            Default::default(),
        );
        let file = place
            .file
            .as_deref()
            .and_then(|f| std::path::absolute(f).ok())
            .and_then(|p| Url::from_file_path(&p).ok().map(|u| (p, u)));
        if let Some((path, file_uri)) = file {
            // The span is in the file as read from disk, which an open buffer may differ from.
            let text = std::fs::read_to_string(&path)
                .ok()
                .map(Text::new)
                .or_else(|| self.docs.get(&file_uri).map(|d| d.text.clone()))
                .unwrap_or_else(|| Text::new(String::new()));
            let range = place
                .span
                .map(|s| text.range(s, self.enc))
                .unwrap_or_default();
            draft_notice.related_information =
                Some(vec![lsp_types::DiagnosticRelatedInformation {
                    location: lsp_types::Location::new(file_uri.clone(), range),
                    message: place.message.clone(),
                }]);
            let on_file = notice(place.message, "somelint.config", range);
            if file_uri == *uri {
                // The broken file itself is open: its own error, not the drafts' notice.
                return Outcome::Shown(vec![on_file]);
            }
            if self.broken.insert(file_uri.clone()) {
                self.publish(&file_uri, vec![on_file], None);
            }
        }
        Outcome::Shown(vec![draft_notice])
    }
}

/// What a [`View`] borrows, owned (so that the server can be borrowed again meanwhile).
struct ViewParts {
    text: Text,
    enc: Encoding,
    lang: Lang,
    fail_on: Severity,
}

impl ViewParts {
    fn view<'a>(&'a self, uri: &'a Url) -> View<'a> {
        View {
            uri,
            text: &self.text,
            enc: self.enc,
            lang: self.lang,
            fail_on: self.fail_on,
        }
    }
}

/// The text with every safe fix applied, when it changes anything.
fn fix_all(uri: &Url, text: &str, linted: &Linted) -> Option<String> {
    let draft = crate::check::make_draft(uri.as_str(), text.to_string(), linted.kind).ok()?;
    let fixed = linted.resolved.1.fix(draft).ok()?;
    fixed.changed.then(|| fixed.draft.into_source())
}

/// The folder of the deprecated `rootUri`, for clients that send no workspace folders.
#[allow(deprecated)]
fn root_of(params: &InitializeParams) -> Option<PathBuf> {
    params.root_uri.as_ref().and_then(|u| u.to_file_path().ok())
}

/// A diagnostic of the server's own (not a rule's finding).
fn notice(message: String, code: &str, range: lsp_types::Range) -> lsp_types::Diagnostic {
    lsp_types::Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(code.into())),
        source: Some(features::SOURCE.into()),
        message,
        ..lsp_types::Diagnostic::default()
    }
}

/// The request's parameters, or an invalid-params error.
fn params<T: DeserializeOwned>(r: Request) -> Result<T, Box<Response>> {
    serde_json::from_value(r.params).map_err(|e| Box::new(invalid_params(r.id, &e)))
}

/// Whether a changed file may be a config or a rule file.
fn is_rules_or_config(uri: &Url) -> bool {
    let path = uri.path();
    path.ends_with(CONFIG_NAME) || path.ends_with(".yaml") || path.ends_with(".yml")
}

/// The language a client would give a file it did not open.
fn language_of(uri: &Url) -> String {
    let path = uri.path();
    if path.ends_with(".md") || path.ends_with(".markdown") {
        "markdown".into()
    } else {
        "plaintext".into()
    }
}
