//! A small language-server client for the tests: starts `somelint lsp`, frames JSON-RPC over its
//! standard input and output, answers the server's own requests, and waits for messages.
#![allow(dead_code)] // each test file uses part of it

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ExitStatus, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long a test waits for any one message before failing.
pub(crate) const WAIT: Duration = Duration::from_secs(30);

pub(crate) struct Client {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
    /// Messages received and not yet taken.
    pub(crate) inbox: VecDeque<Value>,
    next_id: i64,
    /// What the client answers to `workspace/configuration`.
    pub(crate) settings: Value,
}

impl Client {
    /// Starts `somelint lsp ARGS` in `dir`.
    pub(crate) fn start(dir: &Path, args: &[&str]) -> Client {
        Client::start_with(dir, args, &[])
    }

    /// Starts `somelint lsp ARGS` in `dir` with more environment variables.
    pub(crate) fn start_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Client {
        let mut child = crate::common::cmd(dir, &[&["lsp"], args].concat())
            .envs(env.iter().copied())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut out = BufReader::new(stdout);
            while let Some(msg) = read_frame(&mut out) {
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            rx,
            inbox: VecDeque::new(),
            next_id: 0,
            settings: json!({}),
        }
    }

    /// Writes bytes as they are (for malformed input).
    pub(crate) fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).unwrap();
        self.stdin.flush().unwrap();
    }

    pub(crate) fn send(&mut self, msg: &Value) {
        let text = msg.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{text}", text.len());
        self.send_raw(frame.as_bytes());
    }

    pub(crate) fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its id.
    pub(crate) fn send_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Sends a request and waits for its response (the whole message).
    pub(crate) fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.wait_for(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
    }

    /// The next message: from the inbox, else from the server (answering its requests).
    fn receive(&mut self, deadline: Instant) -> Option<Value> {
        let left = deadline.saturating_duration_since(Instant::now());
        let msg = self.rx.recv_timeout(left).ok()?;
        if let (Some(id), Some(method)) = (msg.get("id"), msg.get("method")) {
            let result = match method.as_str() {
                Some("workspace/configuration") => json!([self.settings.clone()]),
                _ => Value::Null,
            };
            let id = id.clone();
            self.send(&json!({"jsonrpc": "2.0", "id": id, "result": result}));
        }
        Some(msg)
    }

    /// Waits for a message `pred` accepts (taken from the inbox first); the others are kept.
    pub(crate) fn wait_for(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        self.try_wait_for(WAIT, &pred)
            .unwrap_or_else(|| panic!("no such message in {WAIT:?}; got {:#?}", self.inbox))
    }

    pub(crate) fn try_wait_for(
        &mut self,
        wait: Duration,
        pred: &dyn Fn(&Value) -> bool,
    ) -> Option<Value> {
        if let Some(i) = self.inbox.iter().position(pred) {
            return self.inbox.remove(i);
        }
        let deadline = Instant::now() + wait;
        while let Some(msg) = self.receive(deadline) {
            if pred(&msg) {
                return Some(msg);
            }
            self.inbox.push_back(msg);
        }
        None
    }

    /// The next diagnostics published for `uri` (at `version`, when given).
    pub(crate) fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let msg = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && version.is_none_or(|v| m["params"]["version"] == v)
        });
        msg["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// `initialize` with `capabilities` and `options`, then `initialized`; returns the result.
    pub(crate) fn initialize(&mut self, root: &Path, capabilities: Value, options: Value) -> Value {
        let root_uri = file_uri(root);
        let response = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "workspaceFolders": [{"uri": root_uri, "name": "ws"}],
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        assert!(response.get("error").is_none(), "{response}");
        self.notify("initialized", json!({}));
        response["result"].clone()
    }

    pub(crate) fn open(&mut self, uri: &str, language: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {
                "uri": uri, "languageId": language, "version": version, "text": text
            }}),
        );
    }

    /// `shutdown`, then `exit`; returns how the process ended.
    pub(crate) fn shut_down(mut self) -> ExitStatus {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null, "{response}");
        self.notify("exit", Value::Null);
        self.wait()
    }

    /// Waits for the process to end (killing it after [`WAIT`]).
    pub(crate) fn wait(mut self) -> ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not exit");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_frame(out: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if out.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    out.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// The `file://` URI of a path.
pub(crate) fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for b in path.to_str().unwrap().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// The byte offset of an LSP position (`utf16`: UTF-16 code units, else bytes), counted here
/// independently of the server: lines end at `\n`, `\r\n` or `\r`.
pub(crate) fn offset(text: &str, pos: &Value, utf16: bool) -> usize {
    let (want_line, want_col) = (
        pos["line"].as_u64().unwrap(),
        pos["character"].as_u64().unwrap(),
    );
    let (mut line, mut col) = (0u64, 0u64);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if line == want_line && col == want_col {
            return i;
        }
        match c {
            '\n' => {
                line += 1;
                col = 0;
            }
            '\r' => {
                if chars.peek().map(|(_, c)| *c) == Some('\n') {
                    chars.next();
                }
                line += 1;
                col = 0;
            }
            _ => col += if utf16 { c.len_utf16() } else { c.len_utf8() } as u64,
        }
    }
    assert!(
        line == want_line && col == want_col,
        "position {pos} is not in the text"
    );
    text.len()
}

/// `text` with LSP text edits applied (UTF-16 positions).
pub(crate) fn apply_edits(text: &str, edits: &[Value]) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(text, &e["range"]["start"], true),
                offset(text, &e["range"]["end"], true),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (start, end, new) in spans {
        out.replace_range(start..end, &new);
    }
    out
}
