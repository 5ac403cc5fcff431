//! JSON-RPC over standard input and output, framed with `Content-Length` headers.
//!
//! `lsp-server`'s own stdio transport ends the connection at the first payload it cannot parse;
//! an editor's server must not. Here a body that is not JSON is answered with a parse error, and
//! JSON that is not a message with an invalid-request error (with the request's id when it has
//! one), and reading goes on. Only the end of the input or a broken header stream ends it.

use std::io::{self, BufRead, Read, Write};
use std::thread;

use crossbeam_channel::{Receiver, Sender};
use lsp_server::{ErrorCode, Message, RequestId, Response};
use serde_json::Value;

/// The largest message read; a longer one is skipped and answered with an error. (Ten times
/// the size limit of a draft: a buffer that large still gets its "too long" diagnostic.)
const MAX_MESSAGE: usize = 64 << 20;

/// What is written to the client.
#[derive(Debug)]
pub(crate) enum Out {
    Message(Message),
    /// A message `lsp_server` has no type for (a response with a null id).
    Raw(Value),
}

impl From<Message> for Out {
    fn from(m: Message) -> Self {
        Out::Message(m)
    }
}

/// The two channels and the threads behind them.
pub(crate) struct Transport {
    pub(crate) sender: Sender<Out>,
    pub(crate) receiver: Receiver<Message>,
    reader: thread::JoinHandle<()>,
    writer: thread::JoinHandle<()>,
}

impl Transport {
    /// Starts reading standard input and writing standard output.
    pub(crate) fn stdio() -> io::Result<Transport> {
        let (out_tx, out_rx) = crossbeam_channel::unbounded::<Out>();
        let (in_tx, in_rx) = crossbeam_channel::unbounded::<Message>();
        let writer = thread::Builder::new()
            .name("somelint-lsp-writer".into())
            .spawn(move || {
                let stdout = io::stdout();
                let mut out = stdout.lock();
                for out_msg in out_rx {
                    let written = match out_msg {
                        Out::Message(msg) => msg.write(&mut out),
                        Out::Raw(value) => write_raw(&mut out, &value),
                    };
                    if written.is_err() {
                        break; // the client went away
                    }
                }
            })?;
        let replies = out_tx.clone();
        let reader = thread::Builder::new()
            .name("somelint-lsp-reader".into())
            .spawn(move || {
                let stdin = io::stdin();
                read_loop(&mut stdin.lock(), &in_tx, &replies);
            })?;
        Ok(Transport {
            sender: out_tx,
            receiver: in_rx,
            reader,
            writer,
        })
    }

    /// Waits for the writer to send everything queued (the reader is left: it may be blocked
    /// on input that never comes).
    pub(crate) fn finish(self) {
        let Transport {
            sender,
            receiver,
            reader,
            writer,
        } = self;
        drop(sender);
        drop(receiver);
        let _ = writer.join();
        drop(reader);
    }
}

/// Reads messages until the input ends (or `exit` is read), passing them on and answering the
/// malformed ones.
fn read_loop(input: &mut dyn BufRead, messages: &Sender<Message>, replies: &Sender<Out>) {
    loop {
        let body = match read_frame(input) {
            Ok(Frame::Body(body)) => body,
            Ok(Frame::End) => return,
            Ok(Frame::Skipped(reason)) => {
                let _ = replies.send(error_null(ErrorCode::InvalidRequest, reason));
                continue;
            }
            Err(_) => return,
        };
        match parse(&body) {
            Ok(msg) => {
                let exit = matches!(&msg, Message::Notification(n) if n.method == "exit");
                if messages.send(msg).is_err() || exit {
                    return;
                }
            }
            Err(reply) => {
                let _ = replies.send(*reply);
            }
        }
    }
}

/// A message that could not be used, answered as JSON-RPC says: parse error for text that is
/// not JSON, invalid request for JSON that is not a message.
fn parse(body: &[u8]) -> Result<Message, Box<Out>> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        Box::new(error_null(
            ErrorCode::ParseError,
            format!("the message is not JSON: {e}"),
        ))
    })?;
    let id = value.get("id").cloned();
    // A response must say how it went; without `method`, `result` or `error` the message is
    // nothing (`lsp_server` would take it for an empty response).
    let kind_known = ["method", "result", "error"]
        .iter()
        .any(|k| value.get(k).is_some());
    if !kind_known {
        let message = "a message needs a method, a result or an error";
        return Err(Box::new(invalid(id, message.into())));
    }
    serde_json::from_value::<Message>(value).map_err(|e| {
        Box::new(invalid(
            id,
            format!("not a JSON-RPC request, response or notification: {e}"),
        ))
    })
}

/// An invalid-request error, with the message's id when it has a usable one.
fn invalid(id: Option<Value>, message: String) -> Out {
    match id.and_then(|id| serde_json::from_value::<RequestId>(id).ok()) {
        Some(id) => error(id, ErrorCode::InvalidRequest, message),
        None => error_null(ErrorCode::InvalidRequest, message),
    }
}

fn error(id: RequestId, code: ErrorCode, message: String) -> Out {
    Out::Message(Message::Response(Response::new_err(
        id,
        code as i32,
        message,
    )))
}

/// An error response with a null id (the request's id could not be read), which
/// `lsp_server::Response` cannot carry.
fn error_null(code: ErrorCode, message: String) -> Out {
    Out::Raw(serde_json::json!({
        "jsonrpc": "2.0",
        "id": null,
        "error": {"code": code as i32, "message": message},
    }))
}

enum Frame {
    Body(Vec<u8>),
    /// A frame that was read past: its reason.
    Skipped(String),
    End,
}

/// Reads one frame: headers up to an empty line, then `Content-Length` bytes.
fn read_frame(input: &mut dyn BufRead) -> io::Result<Frame> {
    let mut length: Option<usize> = None;
    let mut bad_header = None;
    let mut seen_any = false;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(Frame::End);
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            if seen_any {
                break;
            }
            continue; // blank lines between frames
        }
        seen_any = true;
        match header.split_once(':') {
            Some((name, value)) if name.eq_ignore_ascii_case("content-length") => {
                match value.trim().parse() {
                    Ok(n) => length = Some(n),
                    Err(_) => bad_header = Some(format!("bad Content-Length header: {header:?}")),
                }
            }
            Some(_) => {} // Content-Type and others
            None => bad_header = Some(format!("malformed header: {header:?}")),
        }
    }
    let Some(length) = length else {
        return Ok(Frame::Skipped(
            bad_header.unwrap_or_else(|| "no Content-Length header".into()),
        ));
    };
    if length > MAX_MESSAGE {
        io::copy(&mut input.take(length as u64), &mut io::sink())?;
        return Ok(Frame::Skipped(format!(
            "message of {length} bytes is over the limit of {MAX_MESSAGE}"
        )));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Frame::Body(body))
}

fn write_raw(out: &mut impl Write, value: &Value) -> io::Result<()> {
    let text = value.to_string();
    write!(out, "Content-Length: {}\r\n\r\n{text}", text.len())?;
    out.flush()
}

/// A message with its header.
#[cfg(test)]
fn frame(text: &str) -> String {
    format!("Content-Length: {}\r\n\r\n{text}", text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> (Vec<Message>, Vec<Out>) {
        let (tx, rx) = crossbeam_channel::unbounded();
        let (rtx, rrx) = crossbeam_channel::unbounded();
        read_loop(&mut io::Cursor::new(input.as_bytes()), &tx, &rtx);
        drop((tx, rtx));
        (rx.into_iter().collect(), rrx.into_iter().collect())
    }

    #[test]
    fn malformed_messages_are_answered_and_reading_goes_on() {
        let input = [
            frame("{not json"),
            frame(r#"{"jsonrpc":"2.0","id":7,"params":{}}"#),
            "Content-Length: abc\r\n\r\n".to_string(),
            frame(r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#),
        ]
        .concat();
        let (messages, replies) = run(&input);
        assert_eq!(messages.len(), 1);
        assert_eq!(replies.len(), 3);
        let codes: Vec<i32> = replies
            .iter()
            .map(|r| match r {
                Out::Message(Message::Response(r)) => r.error.as_ref().unwrap().code,
                Out::Raw(v) => v["error"]["code"].as_i64().unwrap() as i32,
                _ => 0,
            })
            .collect();
        assert_eq!(
            codes,
            [
                ErrorCode::ParseError as i32,
                ErrorCode::InvalidRequest as i32,
                ErrorCode::InvalidRequest as i32
            ]
        );
    }

    #[test]
    fn a_truncated_body_ends_the_input() {
        let (messages, _) = run("Content-Length: 100\r\n\r\n{}");
        assert!(messages.is_empty());
    }
}
