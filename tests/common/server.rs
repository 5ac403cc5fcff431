//! A `somelint serve` process for integration tests, and a plain HTTP/1.1 client over a socket
//! (so that tests can send what no well-behaved client would).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running server; stopped with SIGTERM when dropped.
pub(crate) struct Server {
    pub(crate) addr: SocketAddr,
    child: Child,
    log: Arc<Mutex<String>>,
}

impl Server {
    /// `somelint serve --bind 127.0.0.1:0 ARGS` in `dir`, once it listens.
    pub(crate) fn start(dir: &Path, args: &[&str]) -> Server {
        let mut all = vec!["serve", "--bind", "127.0.0.1:0"];
        all.extend_from_slice(args);
        let mut child = super::cmd(dir, &all).stdin(Stdio::null()).spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let keep = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(at) = line.find("http://") {
                    let url = line[at + 7..].trim_end_matches('/').to_string();
                    let _ = tx.send(url);
                }
                let mut log = keep.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let Ok(url) = rx.recv_timeout(Duration::from_secs(60)) else {
            let _ = child.kill();
            panic!("the server did not start:\n{}", log.lock().unwrap());
        };
        Server {
            addr: url.parse().unwrap(),
            child,
            log,
        }
    }

    /// What the server has written to stderr so far.
    pub(crate) fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Sends a signal to the server.
    pub(crate) fn signal(&self, signal: nix::sys::signal::Signal) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        nix::sys::signal::kill(pid, signal).unwrap();
    }

    /// Stops the server with SIGTERM and waits for it (at most a minute).
    pub(crate) fn stop(mut self) -> ExitStatus {
        self.signal(nix::sys::signal::Signal::SIGTERM);
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the server did not stop"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends raw bytes on a new connection and reads the answer until the server closes it.
    pub(crate) fn raw(&self, bytes: &[u8]) -> Answer {
        let mut s = TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let _ = s.write_all(bytes); // the server may answer (and close) before reading it all
        read_answer(&mut s)
    }

    /// A request with `Connection: close`; `body` is sent as JSON when given.
    pub(crate) fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[&str],
        body: Option<&[u8]>,
    ) -> Answer {
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        for h in headers {
            req.push_str(h);
            req.push_str("\r\n");
        }
        let mut bytes = Vec::new();
        if let Some(b) = body {
            if !headers
                .iter()
                .any(|h| h.to_ascii_lowercase().starts_with("content-type"))
            {
                req.push_str("Content-Type: application/json\r\n");
            }
            req.push_str(&format!("Content-Length: {}\r\n", b.len()));
            bytes.extend_from_slice(req.as_bytes());
            bytes.extend_from_slice(b"\r\n");
            bytes.extend_from_slice(b);
        } else {
            bytes.extend_from_slice(req.as_bytes());
            bytes.extend_from_slice(b"\r\n");
        }
        self.raw(&bytes)
    }

    pub(crate) fn get(&self, path: &str) -> Answer {
        self.request("GET", path, &[], None)
    }

    pub(crate) fn post(&self, path: &str, body: &serde_json::Value) -> Answer {
        self.request("POST", path, &[], Some(body.to_string().as_bytes()))
    }

    /// Waits (at most a minute) until `ready` holds.
    pub(crate) fn wait_for(&self, what: &str, mut ready: impl FnMut(&Server) -> bool) {
        let start = Instant::now();
        while !ready(self) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "timed out waiting for {what}:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Answer {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The `error.code` of a JSON error body.
    pub(crate) fn error_code(&self) -> String {
        let v = self.json();
        v["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error code: {v}"))
            .to_string()
    }
}

/// Reads one answer; a connection closed before any answer is status 0.
pub(crate) fn read_answer(s: &mut TcpStream) -> Answer {
    let mut all = Vec::new();
    let _ = s.read_to_end(&mut all);
    parse(&all)
}

pub(crate) fn parse(all: &[u8]) -> Answer {
    let Some(end) = all.windows(4).position(|w| w == b"\r\n\r\n") else {
        return Answer {
            status: 0,
            headers: Vec::new(),
            body: all.to_vec(),
        };
    };
    let head = String::from_utf8_lossy(&all[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = all[end + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Answer {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = b.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&b[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = eol + 2;
        out.extend_from_slice(&b[start..(start + size).min(b.len())]);
        b = &b[(start + size + 2).min(b.len())..];
    }
    out
}
