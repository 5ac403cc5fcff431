//! `somelint lsp` end to end: the real binary as a child process, spoken to over stdio as an
//! editor would; and bad input, which must get an error response or a diagnostic, never a
//! crash. The latency of a typical draft is measured and printed (`--nocapture` shows it).

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

#[path = "common/lsp.rs"]
mod client;
mod common;

use client::{apply_edits, file_uri, offset, Client};

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// What a typical editor says it can do.
fn capabilities() -> Value {
    json!({
        "workspace": {
            "configuration": true,
            "didChangeWatchedFiles": {"dynamicRegistration": true}
        },
        "textDocument": {"publishDiagnostics": {"relatedInformation": true}},
        "general": {"positionEncodings": ["utf-16"]}
    })
}

/// A workspace with a config that adds a rule file with a safe swap.
fn workspace() -> tempfile::TempDir {
    let dir = common::tmp();
    write(dir.path(), ".somelint.yaml", "rule_files: [omat.yaml]\n");
    write(
        dir.path(),
        "omat.yaml",
        "pack: omat\nrules:\n  - id: tone.netti\n    severity: warning\n    message: {fi: \"Sano {fix}\", en: \"Say {fix}\"}\n    source: oma ohje\n    match: {swap: {netti: verkko}}\n",
    );
    dir
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

fn find<'a>(diagnostics: &'a [Value], code: &str) -> &'a Value {
    diagnostics
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {diagnostics:#?}"))
}

fn text_of<'a>(text: &'a str, range: &Value) -> &'a str {
    &text[offset(text, &range["start"], true)..offset(text, &range["end"], true)]
}

/// A change that sends the whole text.
fn change_all(c: &mut Client, uri: &str, version: i64, text: &str) {
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version},
               "contentChanges": [{"text": text}]}),
    );
}

fn edits_of(action: &Value, uri: &str) -> Vec<Value> {
    action["edit"]["changes"][uri].as_array().unwrap().clone()
}

#[test]
fn an_editor_session_from_initialize_to_exit() {
    let ws = workspace();
    write(ws.path(), "posts/luonnos.md", "");
    let mut c = Client::start(ws.path(), &[]);
    let init = c.initialize(ws.path(), capabilities(), json!({}));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["capabilities"]["textDocumentSync"]["change"], 2);

    // Open a draft: emoji and Finnish letters before the findings on their line.
    let uri = file_uri(&ws.path().join("posts/luonnos.md"));
    let mut text =
        "Hei 👋🏽 kaikki! Tämä on ihan perkeleen hyvä päätös.\nKatso netti 🇫🇮 ja netti.\n\n-Maija\n"
            .to_string();
    c.open(&uri, "markdown", 1, &text);
    let d = c.diagnostics(&uri, Some(1));
    let profanity = find(&d, "tone.profanity");
    assert_eq!(text_of(&text, &profanity["range"]), "perkeleen");
    assert_eq!(profanity["severity"], 1);
    assert_eq!(profanity["source"], "somelint");
    assert!(
        profanity["message"].as_str().unwrap().contains("perkeleen"),
        "{profanity}"
    );
    assert!(profanity["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .ends_with("rules/tone.yaml"));
    let netti = find(&d, "tone.netti");
    assert_eq!(netti["severity"], 2, "a warning");
    assert_eq!(netti["message"], "Sano verkko", "Finnish by default");

    // Hover: the help and the guideline cited.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": profanity["range"]["start"]}),
    );
    let shown = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("tone.profanity"), "{shown}");
    assert!(shown.contains("Ohjeen kohta:"), "{shown}");

    // An incremental change removes the profanity.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": profanity["range"], "text": "hyvin"}]}),
    );
    text = text.replace("perkeleen", "hyvin");
    let d = c.diagnostics(&uri, Some(2));
    assert!(!codes(&d).contains(&"tone.profanity"), "{d:#?}");
    let netti = find(&d, "tone.netti").clone();

    // Code actions at the swap: its fix, a suppression comment, and every safe fix.
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": netti["range"],
               "context": {"diagnostics": [netti]}}),
    );
    let actions = actions["result"].as_array().unwrap().clone();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    let fix = actions
        .iter()
        .find(|a| a["isPreferred"] == true)
        .unwrap_or_else(|| panic!("no fix in {titles:?}"));
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["title"], "Korjaa: ”netti” → ”verkko”");
    assert_eq!(fix["diagnostics"][0]["code"], "tone.netti");
    assert!(
        titles.iter().any(|t| t.starts_with("Ohita tone.netti")),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"Tee kaikki turvalliset korjaukset tiedostossa"),
        "{titles:?}"
    );

    // Apply the fix as the editor would, and tell the server.
    text = apply_edits(&text, &edits_of(fix, &uri));
    assert!(text.contains("Katso verkko 🇫🇮 ja netti."), "{text}");
    change_all(&mut c, &uri, 3, &text);
    let d = c.diagnostics(&uri, Some(3));
    let left: Vec<&str> = codes(&d)
        .into_iter()
        .filter(|c| *c == "tone.netti")
        .collect();
    assert_eq!(left.len(), 1, "one swap left: {d:#?}");

    // Every safe fix at once, as `source.fixAll`.
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri},
               "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
               "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
    );
    let all = &actions["result"][0];
    assert_eq!(all["kind"], "source.fixAll");
    text = apply_edits(&text, &edits_of(all, &uri));
    assert!(!text.contains("netti"), "{text}");
    change_all(&mut c, &uri, 4, &text);
    let d = c.diagnostics(&uri, Some(4));
    assert!(!codes(&d).contains(&"tone.netti"), "{d:#?}");

    // A suppression comment from a code action silences the finding.
    let uri2 = file_uri(&ws.path().join("posts/toinen.md"));
    let mut text2 = "Otsikko\n\n  Tämä on saatanan hyvä. -Maija\n".to_string();
    c.open(&uri2, "markdown", 1, &text2);
    let d = c.diagnostics(&uri2, Some(1));
    let found = find(&d, "tone.profanity").clone();
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri2}, "range": found["range"],
               "context": {"diagnostics": [found]}}),
    );
    let suppress = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"].as_str().unwrap().contains("Ohita"))
        .cloned()
        .expect("a suppression action");
    text2 = apply_edits(&text2, &edits_of(&suppress, &uri2));
    assert!(
        text2.contains(
            "\n  <!-- somelint-disable-next-line tone.profanity -- perustelu -->\n  Tämä on"
        ),
        "{text2}"
    );
    change_all(&mut c, &uri2, 2, &text2);
    let d = c.diagnostics(&uri2, Some(2));
    assert!(!codes(&d).contains(&"tone.profanity"), "suppressed: {d:#?}");
    assert!(
        !codes(&d).contains(&"somelint.unused_suppression"),
        "the comment is used: {d:#?}"
    );

    // A broken config is a diagnostic on the config, and the draft says it was not checked.
    let config = ws.path().join(".somelint.yaml");
    write(
        ws.path(),
        ".somelint.yaml",
        "rule_files: [omat.yaml]\nplatfrom: x\n",
    );
    let config_uri = file_uri(&config);
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    let on_config = c.diagnostics(&config_uri, None);
    assert_eq!(on_config.len(), 1, "{on_config:#?}");
    assert_eq!(on_config[0]["range"]["start"]["line"], 1, "{on_config:#?}");
    assert!(on_config[0]["message"]
        .as_str()
        .unwrap()
        .contains("platfrom"));
    let d = c.diagnostics(&uri, None);
    assert_eq!(codes(&d), ["somelint.config"]);

    // Mended, and the settings say English and X: the config file is cleared, the drafts
    // are checked again.
    write(ws.path(), ".somelint.yaml", "rule_files: [omat.yaml]\n");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    assert!(c.diagnostics(&config_uri, None).is_empty());
    let d = c.diagnostics(&uri, Some(4));
    assert!(!codes(&d).contains(&"somelint.config"), "{d:#?}");
    c.settings = json!({"lang": "en", "failOn": "warning"});
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": null}),
    );
    text2.push_str("Katso netti.\n");
    change_all(&mut c, &uri2, 3, &text2);
    let netti = loop {
        let d = c.diagnostics(&uri2, Some(3));
        match d.iter().find(|d| d["code"] == "tone.netti") {
            Some(n) if n["message"] == "Say verkko" => break n.clone(),
            _ => continue, // linted before the new settings came
        }
    };
    assert_eq!(
        netti["severity"], 1,
        "failOn warning shows warnings as errors"
    );

    let status = c.shut_down();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let dir = common::tmp();
    let mut c = Client::start(dir.path(), &["--no-config"]);
    let caps = json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}});
    let init = c.initialize(dir.path(), caps, json!({}));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let text = "Äiti 😀 sanoi: perkele.\nMatti 😀 sairastaa.\n";
    c.open("untitled:Untitled-1", "plaintext", 1, text);
    let d = c.diagnostics("untitled:Untitled-1", Some(1));
    let of = |r: &Value| &text[offset(text, &r["start"], false)..offset(text, &r["end"], false)];
    assert_eq!(of(&find(&d, "tone.profanity")["range"]), "perkele");
    // A near rule: the name close by is related information.
    let named = find(&d, "confidential.health-named");
    assert_eq!(of(&named["range"]), "sairastaa");
    let related = &named["relatedInformation"][0];
    assert_eq!(of(&related["location"]["range"]), "Matti");
    assert_eq!(related["message"], "lähellä: ”Matti”");
    assert_eq!(c.shut_down().code(), Some(0));
}

#[test]
fn bad_input_gets_an_error_or_a_diagnostic_never_a_crash() {
    let dir = common::tmp();
    let mut c = Client::start(dir.path(), &["--no-config"]);
    // Before initialize: "not initialized".
    let early = c.request("textDocument/hover", json!({}));
    assert_eq!(early["error"]["code"], -32002, "{early}");
    c.initialize(dir.path(), json!({}), json!({}));

    // Not JSON: a parse error with a null id.
    c.send_raw(b"Content-Length: 9\r\n\r\n{not json");
    let e = c.wait_for(|m| m["error"]["code"] == -32700);
    assert_eq!(e["id"], Value::Null);
    // JSON that is not a message: invalid request, with its id.
    c.send(&json!({"jsonrpc": "2.0", "id": 99, "params": 1}));
    let e = c.wait_for(|m| m["id"] == 99);
    assert_eq!(e["error"]["code"], -32600, "{e}");
    // A header without a length.
    c.send_raw(b"Content-Type: x\r\n\r\n");
    c.wait_for(|m| m["error"]["code"] == -32600 && m["id"].is_null());
    // Unknown methods: an error for a request, nothing for a notification.
    let e = c.request("somelint/nothing", json!({}));
    assert_eq!(e["error"]["code"], -32601, "{e}");
    c.notify("somelint/nothing", json!({}));
    // Bad parameters.
    let e = c.request("textDocument/hover", json!({"textDocument": 5}));
    assert_eq!(e["error"]["code"], -32602, "{e}");
    // A change for a document never opened: logged, ignored.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///ei/ole.md", "version": 2},
               "contentChanges": [{"range": {"start": {"line": 3, "character": 1},
                                             "end": {"line": 4, "character": 0}}, "text": "x"}]}),
    );
    let log = c.wait_for(|m| m["method"] == "window/logMessage");
    assert!(log["params"]["message"]
        .as_str()
        .unwrap()
        .contains("file:///ei/ole.md"));
    // A change with a range past the end of the text is clamped.
    c.open("untitled:a", "plaintext", 1, "lyhyt");
    c.diagnostics("untitled:a", Some(1));
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "untitled:a", "version": 2},
               "contentChanges": [{"range": {"start": {"line": 9, "character": 9},
                                             "end": {"line": 0, "character": 99}}, "text": " perkele"}]}),
    );
    let d = c.diagnostics("untitled:a", Some(2));
    assert!(codes(&d).contains(&"tone.profanity"), "{d:#?}");
    // A 10 MB buffer: one diagnostic saying it is too long.
    let huge = "Hyvää päivää kaikille. ".repeat(400_000);
    assert!(huge.len() > 10_000_000);
    c.open("untitled:huge", "plaintext", 1, &huge);
    let d = c.diagnostics("untitled:huge", Some(1));
    assert_eq!(codes(&d), ["somelint.too_long"]);
    assert!(d[0]["message"].as_str().unwrap().contains("MiB"));
    // Still answering, and a clean exit.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "untitled:a"}, "position": {"line": 0, "character": 8}}),
    );
    assert!(h["result"]["contents"]["value"]
        .as_str()
        .unwrap()
        .contains("tone.profanity"));
    assert_eq!(c.shut_down().code(), Some(0));
}

#[test]
fn exit_without_shutdown_is_code_1_and_the_end_of_input_ends_the_server() {
    let dir = common::tmp();
    let mut c = Client::start(dir.path(), &["--no-config"]);
    c.initialize(dir.path(), json!({}), json!({}));
    c.notify("exit", Value::Null);
    assert_eq!(c.wait().code(), Some(1));
}

/// From a change (with no debounce) to its diagnostics, for the sample draft and a post of
/// about 2 KB: printed with the server's own time to lint, not asserted (the figures depend on
/// the machine).
#[test]
fn latency_of_a_typical_draft_is_measured() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sample = std::fs::read_to_string(manifest.join("fixtures/sample/luonnos.md")).unwrap();
    let paragraph = "Uimahallin aukioloajat muuttuvat ensi viikolla, kun allasosaston remontti \
        valmistuu. Kiitos kärsivällisyydestä! Lisätietoja saa liikuntapalveluista arkisin. 🏊\n\n";
    let long = sample.replace("-Jussi", &format!("{}-Jussi", paragraph.repeat(12)));
    for draft in [sample, long] {
        let (round_trip, linting) = measure(&draft);
        eprintln!(
            "lsp latency after the debounce, {} byte draft: didChange to publishDiagnostics median {:?}, max {:?}; linting alone median {} µs ({} changes)",
            draft.len(),
            round_trip[round_trip.len() / 2],
            round_trip[round_trip.len() - 1],
            linting[linting.len() / 2],
            round_trip.len()
        );
        assert!(round_trip[round_trip.len() / 2] < Duration::from_secs(5));
    }
}

/// Sorted round trips, and sorted times the server says it linted for, over 40 changes.
fn measure(draft: &str) -> (Vec<Duration>, Vec<u64>) {
    let dir = common::tmp();
    let env = [("SOMELINT_LSP_TIMING", "1")];
    let mut c = Client::start_with(dir.path(), &["--no-config"], &env);
    c.initialize(dir.path(), json!({}), json!({"debounceMs": 0}));
    let uri = "untitled:luonnos";
    c.open(uri, "markdown", 1, draft);
    c.diagnostics(uri, Some(1));
    let mut times = Vec::new();
    for version in 2..42 {
        // Type one letter at the start of the first body line.
        let change = json!({"textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": 6, "character": 0},
                                          "end": {"line": 6, "character": 0}}, "text": "a"}]});
        let started = Instant::now();
        c.notify("textDocument/didChange", change);
        c.diagnostics(uri, Some(version));
        times.push(started.elapsed());
    }
    let mut linting: Vec<u64> = c
        .inbox
        .iter()
        .filter_map(|m| m["params"]["message"].as_str())
        .filter_map(|m| m.strip_suffix(" µs")?.rsplit(' ').next()?.parse().ok())
        .collect();
    assert!(c.shut_down().code() == Some(0));
    times.sort();
    linting.sort();
    (times, linting)
}
