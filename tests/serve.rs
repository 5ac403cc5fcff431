//! `somelint serve`: the API answers as the CLI does, refuses bad input with a clear 4xx and a
//! JSON body and keeps serving, guards its token, redacts, reloads, and stops on SIGTERM.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::server::{read_answer, Server};
use common::{somelint, tmp};
use nix::sys::signal::Signal;
use serde_json::{json, Value};

const HETU: &str = "131052-308T";
// Signed, so that signature.missing (whose finding quotes the whole post) stays quiet.
const DRAFT: &str =
    "Tämä on ihan perkeleen hyvä päätös. Henkilötunnukseni on 131052-308T.\n-Maija\n";

fn healthy(s: &Server) {
    let a = s.get("/healthz");
    assert_eq!(a.status, 200, "{}", a.text());
    assert_eq!(a.json()["status"], "ok");
}

#[test]
fn check_answers_exactly_what_the_cli_prints() {
    let dir = tmp();
    let s = Server::start(dir.path(), &["--no-config"]);
    let drafts = [
        DRAFT.to_string(),
        "---\nplatform: x\nauthor: Maija\n---\nKiitos kaikille! #Suomussalmi\n".to_string(),
        String::new(),
        "Kesä on täällä! ☀️🌊🏖️🍦🎉 Hei 👋🏽 עברית\r\nrivi".to_string(),
    ];
    for text in &drafts {
        let a = s.post("/v1/check", &json!({ "text": text }));
        assert_eq!(a.status, 200, "{}", a.text());
        assert_eq!(a.header("content-type"), Some("application/json"));
        let cli = somelint(
            dir.path(),
            &["check", "--no-config", "--format", "json", "-"],
            Some(text.as_bytes()),
        );
        assert_eq!(a.text(), common::text(&cli.stdout), "for {text:?}");
    }
    // A platform and other formats, as `--platform` and `--format` give them.
    for (format, ct) in [
        ("sarif", "application/sarif+json"),
        ("short", "text/plain; charset=utf-8"),
        ("github", "text/plain; charset=utf-8"),
    ] {
        let a = s.post(
            "/v1/check",
            &json!({"text": DRAFT, "platform": "x", "format": format, "lang": "en"}),
        );
        assert_eq!(a.status, 200, "{}", a.text());
        assert_eq!(a.header("content-type"), Some(ct));
        let cli = somelint(
            dir.path(),
            &[
                "check",
                "--no-config",
                "--platform",
                "x",
                "--lang",
                "en",
                "--format",
                format,
                "-",
            ],
            Some(DRAFT.as_bytes()),
        );
        assert_eq!(a.text(), common::text(&cli.stdout), "format {format}");
    }
    // Several drafts: one file each, with its id, and one summary.
    let a = s.post(
        "/v1/check",
        &json!({"drafts": [{"id": "a", "text": DRAFT}, {"id": "b", "text": "Hyvää joulua!", "platform": "x"}]}),
    );
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(v["files"][0]["id"], "a");
    assert_eq!(v["files"][1]["id"], "b");
    assert_eq!(v["summary"]["files"], 2);
    assert!(
        !s.log().contains("perkele"),
        "draft text in the log:\n{}",
        s.log()
    );
    assert!(
        !s.log().contains(HETU),
        "draft text in the log:\n{}",
        s.log()
    );
    assert!(s.stop().success());
}

#[test]
fn confidential_matches_are_masked_unless_asked_and_allowed() {
    let dir = tmp();
    let s = Server::start(dir.path(), &["--no-config"]);
    let a = s.post("/v1/check", &json!({ "text": DRAFT }));
    assert_eq!(a.status, 200);
    assert!(!a.text().contains(HETU), "{}", a.text());
    let a = s.post("/v1/check", &json!({ "text": DRAFT, "redact": false }));
    assert_eq!(a.status, 403);
    assert_eq!(a.error_code(), "unredacted_not_allowed");
    assert!(!a.text().contains(HETU));
    drop(s);
    let s = Server::start(dir.path(), &["--no-config", "--allow-unredacted"]);
    let a = s.post("/v1/check", &json!({ "text": DRAFT, "redact": false }));
    assert_eq!(a.status, 200);
    assert!(a.text().contains(HETU), "{}", a.text());
    let a = s.post("/v1/check", &json!({ "text": DRAFT }));
    assert!(!a.text().contains(HETU), "masked by default: {}", a.text());
    // Unsigned, the whole post is quoted by signature.missing: the code is masked there too.
    let unsigned = DRAFT.replace("-Maija\n", "");
    for format in ["json", "sarif", "short", "github"] {
        let a = s.post("/v1/check", &json!({ "text": unsigned, "format": format }));
        assert!(a.text().contains("signature.missing"), "{}", a.text());
        assert!(!a.text().contains(HETU), "{format}: {}", a.text());
        let cli = somelint(
            dir.path(),
            &["check", "--no-config", "--format", format, "-"],
            Some(unsigned.as_bytes()),
        );
        assert!(
            !common::text(&cli.stdout).contains(HETU),
            "check --format {format}"
        );
    }
}

#[test]
fn bad_input_is_a_clear_4xx_with_a_json_body_and_the_server_keeps_serving() {
    let dir = tmp();
    let s = Server::start(
        dir.path(),
        &["--no-config", "--max-draft-bytes", "4K", "--timeout", "1"],
    );
    let post = |body: &[u8]| s.request("POST", "/v1/check", &[], Some(body));
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("invalid JSON", b"{\"text\": ".to_vec(), 400, "invalid_json"),
        ("not JSON at all", b"hello".to_vec(), 400, "invalid_json"),
        ("empty body", Vec::new(), 400, "invalid_json"),
        (
            "invalid UTF-8",
            b"{\"text\": \"\xff\xfe\"}".to_vec(),
            400,
            "invalid_utf8",
        ),
        (
            "text a number",
            br#"{"text": 5}"#.to_vec(),
            422,
            "invalid_request",
        ),
        (
            "drafts a string",
            br#"{"drafts": "x"}"#.to_vec(),
            422,
            "invalid_request",
        ),
        (
            "unknown platform",
            br#"{"text": "a", "platform": "myspace"}"#.to_vec(),
            422,
            "invalid_request",
        ),
        (
            "unknown field",
            br#"{"text": "a", "txet": "b"}"#.to_vec(),
            422,
            "invalid_request",
        ),
        ("an array", br#"["a"]"#.to_vec(), 422, "invalid_request"),
        (
            "a draft an array",
            br#"{"drafts": [["1", "a"]]}"#.to_vec(),
            422,
            "invalid_request",
        ),
        ("no text", br#"{}"#.to_vec(), 422, "invalid_request"),
        (
            "both",
            br#"{"text": "a", "drafts": [{"text": "b"}]}"#.to_vec(),
            422,
            "invalid_request",
        ),
        (
            "no drafts",
            br#"{"drafts": []}"#.to_vec(),
            422,
            "invalid_request",
        ),
        (
            "bad front matter",
            br#"{"text": "---\nplatform: [x\n---\nHei"}"#.to_vec(),
            422,
            "invalid_front_matter",
        ),
        (
            "oversized",
            json!({"text": "a".repeat(5000)}).to_string().into_bytes(),
            413,
            "too_large",
        ),
    ];
    for (what, body, status, code) in cases {
        let a = post(&body);
        assert_eq!(a.status, status, "{what}: {}", a.text());
        assert_eq!(a.header("content-type"), Some("application/json"), "{what}");
        assert_eq!(a.error_code(), code, "{what}");
        assert!(!a.json()["error"]["message"].as_str().unwrap().is_empty());
        healthy(&s);
    }
    // A draft's text never comes back in an error.
    let a = post(br#"{"text": 131052308, "platform": "perkele"}"#);
    assert_eq!(a.status, 422);
    assert!(
        !a.text().contains("131052308") && !a.text().contains("perkele"),
        "{}",
        a.text()
    );

    // The wrong media type, a wrong method, an unknown path.
    let a = s.request(
        "POST",
        "/v1/check",
        &["Content-Type: text/plain"],
        Some(b"{\"text\": \"a\"}"),
    );
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (415, "unsupported_media_type")
    );
    let a = s.get("/v1/check");
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (405, "method_not_allowed")
    );
    let a = s.get("/nothing/here");
    assert_eq!((a.status, a.error_code().as_str()), (404, "not_found"));

    // An oversized body announced by its length is refused before it is sent.
    let a = s.raw(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\nConnection: close\r\n\r\n{\"text\": \"");
    assert_eq!((a.status, a.error_code().as_str()), (413, "too_large"));
    // And one sent in chunks with no length, once it passes the limit.
    let mut chunked = b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".to_vec();
    for _ in 0..10 {
        chunked.extend_from_slice(format!("400\r\n{}\r\n", "a".repeat(0x400)).as_bytes());
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let a = s.raw(&chunked);
    assert_eq!((a.status, a.error_code().as_str()), (413, "too_large"));
    healthy(&s);

    // A slow client: the headers came, the body stalls; it is told so after --timeout.
    let mut c = TcpStream::connect(s.addr).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    c.write_all(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"text\": ").unwrap();
    // Others are served meanwhile.
    healthy(&s);
    let a = read_answer(&mut c);
    assert_eq!(
        (a.status, a.error_code().as_str()),
        (408, "request_timeout")
    );
    // A client that never finishes its headers is disconnected.
    let mut c = TcpStream::connect(s.addr).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    c.write_all(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let mut rest = Vec::new();
    let _ = c.read_to_end(&mut rest);
    assert!(
        rest.is_empty() || rest.starts_with(b"HTTP/1.1 408"),
        "{}",
        String::from_utf8_lossy(&rest)
    );
    healthy(&s);
    assert!(s.stop().success());
}

#[test]
fn a_token_guards_every_api_call() {
    let dir = tmp();
    std::fs::write(dir.path().join("token"), "sekret-123\n").unwrap();
    let s = Server::start(dir.path(), &["--no-config", "--token-file", "token"]);
    let body = json!({"text": "Hei"}).to_string();
    for (method, path, body) in [
        ("POST", "/v1/check", Some(body.as_bytes())),
        ("POST", "/v1/measure", Some(body.as_bytes())),
        ("GET", "/v1/rules", None),
    ] {
        let a = s.request(method, path, &[], body);
        assert_eq!(
            (a.status, a.error_code().as_str()),
            (401, "unauthorized"),
            "{path}"
        );
        assert_eq!(a.header("www-authenticate"), Some("Bearer"));
        let a = s.request(method, path, &["Authorization: Bearer wrong"], body);
        assert_eq!(a.status, 401, "{path}");
        let a = s.request(method, path, &["Authorization: Bearer sekret-123"], body);
        assert_eq!(a.status, 200, "{path}: {}", a.text());
    }
    // The page and the health check need none: the page asks for the token.
    assert_eq!(s.get("/").status, 200);
    healthy(&s);
    assert!(!s.log().contains("sekret"));
}

#[test]
fn other_addresses_than_loopback_need_a_token() {
    let dir = tmp();
    let out = somelint(
        dir.path(),
        &["serve", "--no-config", "--bind", "0.0.0.0:0"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::text(&out.stderr).contains("--token"),
        "{}",
        common::text(&out.stderr)
    );
    let out = somelint(dir.path(), &["serve", "--no-config", "--token", " "], None);
    assert_eq!(out.status.code(), Some(2));
}

const PACK: &str = "pack: omat\nrules:\n  - id: tone.pilkka\n    severity: warning\n    message: \"”{match}” kuulostaa pilkalta.\"\n    source: \"Ohje 1\"\n    match:\n      terms: [pelle]\n";

fn rule_ids(s: &Server) -> Value {
    s.get("/v1/rules").json()
}

#[test]
fn rules_reload_on_sighup_and_on_change_keeping_the_old_set_on_failure() {
    let dir = tmp();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(".somelint.yaml", "rule_files: [omat.yaml]\n");
    write("omat.yaml", PACK);
    let s = Server::start(dir.path(), &["--watch", "0"]);
    let fired = |s: &Server| {
        let v = s.post("/v1/check", &json!({"text": "Mikä pelle!"})).json();
        v["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["rule"] == "tone.pilkka")
    };
    assert!(fired(&s));
    // A broken pack: the old rules stay, the error is told.
    write("omat.yaml", "pack: omat\nrules:\n  - id: [\n");
    s.signal(Signal::SIGHUP);
    s.wait_for("the failed reload", |s| {
        !rule_ids(s)["reload_error"].is_null()
    });
    assert!(fired(&s), "the old rules are gone");
    assert_eq!(s.get("/healthz").json()["reload_failed"], true);
    assert!(s.log().contains("omat.yaml"), "{}", s.log());
    // Fixed, with another term.
    write("omat.yaml", &PACK.replace("pelle", "hölmö"));
    s.signal(Signal::SIGHUP);
    s.wait_for("the reload", |s| rule_ids(s)["reload_error"].is_null());
    assert!(!fired(&s));
    drop(s);

    // Watching: a change is noticed without a signal.
    let s = Server::start(dir.path(), &["--watch", "1"]);
    write("omat.yaml", PACK);
    // The modification time may be the same within its resolution; write until it is seen.
    s.wait_for("the change", |s| {
        write("omat.yaml", PACK);
        fired(s)
    });
}

#[test]
fn the_openapi_document_is_served_and_describes_the_answers() {
    let dir = tmp();
    let s = Server::start(dir.path(), &["--no-config"]);
    let a = s.get("/openapi.json");
    assert_eq!(a.status, 200);
    let served = a.json();
    let kept: Value = serde_json::from_str(include_str!("../src/serve/openapi.json")).unwrap();
    assert_eq!(served, kept);
    assert_eq!(served["openapi"], "3.1.0");
    let valid = |schema: &str, v: &Value| {
        let mut root = json!({"$ref": format!("#/components/schemas/{schema}")});
        root["components"] = served["components"].clone();
        let validator = jsonschema::validator_for(&root).unwrap();
        let errors: Vec<String> = validator.iter_errors(v).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{schema}: {errors:?}\n{v}");
    };
    valid(
        "Report",
        &s.post("/v1/check", &json!({"text": DRAFT})).json(),
    );
    valid(
        "Report",
        &s.post(
            "/v1/check",
            &json!({"drafts": [{"text": DRAFT, "id": "1"}]}),
        )
        .json(),
    );
    valid(
        "Lengths",
        &s.post("/v1/measure", &json!({"text": DRAFT})).json(),
    );
    valid("Rules", &s.get("/v1/rules").json());
    valid("Health", &s.get("/healthz").json());
    valid("Error", &s.post("/v1/check", &json!({})).json());
    valid("CheckRequest", &json!({"text": "a", "platform": "x"}));
    // The page and its files are served from the binary.
    for (path, ct) in [
        ("/", "text/html"),
        ("/app.js", "text/javascript"),
        ("/style.css", "text/css"),
    ] {
        let a = s.get(path);
        assert_eq!(a.status, 200);
        assert!(a.header("content-type").unwrap().starts_with(ct));
        assert!(a
            .header("content-security-policy")
            .unwrap()
            .contains("default-src 'none'"));
        assert!(
            !a.text().contains("http://") && !a.text().contains("https://"),
            "{path} loads something from outside"
        );
    }
}

#[test]
fn measure_counts_as_each_channel_does() {
    let dir = tmp();
    let s = Server::start(dir.path(), &["--no-config"]);
    let v = s
        .post(
            "/v1/measure",
            &json!({"text": "Hei 👋 https://example.com/a/very/long/path/indeed"}),
        )
        .json();
    let x = v["lengths"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["platform"] == "x")
        .unwrap();
    // "Hei " 4 + emoji 2 + " " 1 + a link 23.
    assert_eq!(x["length"], 30);
    assert_eq!(x["limit"], 280);
}
