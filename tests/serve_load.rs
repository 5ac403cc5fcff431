//! A bounded load test of `somelint serve` on loopback: a typical draft posted to `/v1/check`
//! at a fixed rate (200 requests a second for 5 seconds, the goal: p99 ≤ 5 ms on one
//! core), then a fixed count as fast as two connections go. It reports requests per second and
//! p50/p99 latency on stderr; it asserts only that every answer was right, never a speed (this
//! is the test build; `scripts/serve-load.sh` measures a release build with `wrk`).

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use common::server::{parse, Server};
use common::tmp;

const DRAFT: &str = "Hei kaikki! Uimahallin aukioloajat muuttuvat ensi viikolla. Kuvassa uudistettu \
allasosasto.\\n\\nKatso uudet ajat: https://www.suomussalmi.fi/uimahalli\\n\\n-Jussi / liikuntapalvelut \
#Suomussalmi";

/// One keep-alive connection sending the same request again and again.
struct Client {
    stream: TcpStream,
    request: Vec<u8>,
    buf: Vec<u8>,
}

impl Client {
    fn new(addr: SocketAddr) -> Client {
        let stream = TcpStream::connect(addr).unwrap();
        stream.set_nodelay(true).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let body = format!("{{\"text\": \"{DRAFT}\", \"platform\": \"facebook\"}}");
        let request = format!(
            "POST /v1/check HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes();
        Client {
            stream,
            request,
            buf: Vec::new(),
        }
    }

    /// Sends the request and reads the answer; returns its status and the time it took.
    fn send(&mut self) -> (u16, Duration) {
        let start = Instant::now();
        self.stream.write_all(&self.request).unwrap();
        self.buf.clear();
        let mut chunk = [0u8; 16384];
        loop {
            let n = self.stream.read(&mut chunk).unwrap();
            assert!(n > 0, "the server closed the connection");
            self.buf.extend_from_slice(&chunk[..n]);
            if let Some(end) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&self.buf[..end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .map_or(0, |v| v.trim().parse().unwrap());
                if self.buf.len() >= end + 4 + length {
                    let answer = parse(&self.buf[..end + 4 + length]);
                    assert!(
                        answer.body.starts_with(b"{\n  \"version\": 1"),
                        "{}",
                        answer.text()
                    );
                    return (answer.status, start.elapsed());
                }
            }
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

fn report(name: &str, mut times: Vec<Duration>, elapsed: Duration) -> String {
    times.sort();
    format!(
        "{name}: {} requests in {:.2} s = {:.0} req/s; p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        times.len(),
        elapsed.as_secs_f64(),
        times.len() as f64 / elapsed.as_secs_f64(),
        percentile(&times, 0.50),
        percentile(&times, 0.99),
        percentile(&times, 1.0),
    )
}

/// `n` connections sending `count` requests each, every `interval` (staggered) or back to back;
/// the time each took, and the time all took.
fn clients(
    addr: SocketAddr,
    n: u32,
    count: u32,
    interval: Option<Duration>,
) -> (Vec<Duration>, Duration) {
    let start = Instant::now();
    let handles: Vec<_> = (0..n)
        .map(|k| {
            std::thread::spawn(move || {
                let mut c = Client::new(addr);
                let first = Instant::now();
                (0..count)
                    .map(|i| {
                        if let Some(every) = interval {
                            let due = first + every * k / n + every * i;
                            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                                std::thread::sleep(wait);
                            }
                        }
                        let (status, took) = c.send();
                        assert_eq!(status, 200);
                        took
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let times = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    (times, start.elapsed())
}

#[test]
fn load_on_loopback() {
    let dir = tmp();
    let s = Server::start(dir.path(), &["--no-config", "--threads", "1"]);
    // Warm up: the first draft compiles what the rules need.
    let mut warm = Client::new(s.addr);
    for _ in 0..50 {
        assert_eq!(warm.send().0, 200);
    }
    drop(warm);

    // Open loop: 200 requests a second from 4 connections, each on its own schedule.
    const RATE: u32 = 200;
    const SECONDS: u32 = 5;
    let interval = Duration::from_secs(1) * 4 / RATE;
    let (paced, took) = clients(s.addr, 4, RATE * SECONDS / 4, Some(interval));
    let paced_line = report("paced at 200 req/s", paced, took);
    // Closed loop: a fixed count, as fast as two connections go.
    let (burst, took) = clients(s.addr, 2, 1000, None);
    let burst_line = report("as fast as 2 connections go", burst, took);

    let mut err = std::io::stderr();
    let _ = writeln!(
        err,
        "\ntests/serve_load.rs (test build, server on one worker thread, a {}-byte draft):\n  {paced_line}\n  {burst_line}\n",
        DRAFT.len()
    );
    assert!(s.stop().success());
}
