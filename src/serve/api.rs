//! The JSON API: `POST /v1/check`, `POST /v1/measure`, `GET /v1/rules`, `GET /healthz`, and the
//! JSON error bodies every refusal has.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{json, Value};
use somelint_core::model::Measure;
use somelint_core::{Draft, Lang, Platform};

use super::{Problem, Shared};
use crate::cli::Format;
use crate::inputs::{self, Input, Kind};
use crate::report::{Checked, Style};

/// Drafts one request may carry.
pub(crate) const MAX_DRAFTS: usize = 1000;

/// A refusal: its status and JSON body `{"error": {"code", "message"}}`.
pub(crate) fn problem(p: &Problem, lang: Lang) -> Response {
    let (status, code) = match p {
        Problem::NotFound => (StatusCode::NOT_FOUND, "not_found"),
        Problem::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
        Problem::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
        Problem::MediaType => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        Problem::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
        Problem::NotUtf8(_) => (StatusCode::BAD_REQUEST, "invalid_utf8"),
        Problem::BadJson { .. } => (StatusCode::BAD_REQUEST, "invalid_json"),
        Problem::WrongShape => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_request"),
        Problem::NoText => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_request"),
        Problem::TooManyDrafts(_) => (StatusCode::UNPROCESSABLE_ENTITY, "too_many_drafts"),
        Problem::Unredacted => (StatusCode::FORBIDDEN, "unredacted_not_allowed"),
        Problem::FrontMatter { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_front_matter"),
        Problem::SlowRequest => (StatusCode::REQUEST_TIMEOUT, "request_timeout"),
        Problem::Busy => (StatusCode::SERVICE_UNAVAILABLE, "busy"),
        Problem::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    };
    let body = json!({"error": {"code": code, "message": crate::messages::api_problem(p, lang)}});
    let mut response = (status, json_body(body.to_string().into_bytes())).into_response();
    if matches!(p, Problem::Unauthorized) {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

fn json_body(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], bytes).into_response()
}

/// How a draft's text is read: as the CLI reads standard input (`auto`), or as said.
#[derive(Debug, Clone, Copy, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
enum InputKind {
    #[default]
    Auto,
    Text,
    Markdown,
}

#[derive(Debug, Clone, Copy, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
enum OutputFormat {
    #[default]
    Json,
    Sarif,
    Short,
    Github,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum LangName {
    Fi,
    En,
}

/// One of several drafts. (An `Option` field may be left out.)
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftIn {
    id: Option<String>,
    text: String,
    platform: Option<Platform>,
    input: Option<InputKind>,
    reply_to: Option<String>,
}

/// A check request: `text` or `drafts`, and what applies to all of them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckIn {
    text: Option<String>,
    drafts: Option<Vec<DraftIn>>,
    platform: Option<Platform>,
    input: Option<InputKind>,
    reply_to: Option<String>,
    format: Option<OutputFormat>,
    lang: Option<LangName>,
    redact: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureIn {
    text: String,
    input: Option<InputKind>,
}

/// Reads a JSON body: the media type, the size limit, the time limit, UTF-8, JSON syntax and
/// shape, each refused with its own problem.
async fn read_json<T: serde::de::DeserializeOwned>(
    shared: &Shared,
    headers: &HeaderMap,
    body: Body,
) -> Result<T, Problem> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(Problem::MediaType);
    }
    let limit = shared.body_limit();
    let too_large = || Problem::TooLarge(crate::failure::human_size(limit as u64));
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let read = axum::body::to_bytes(body, limit);
    let bytes = match tokio::time::timeout(shared.timeout, read).await {
        Err(_) => return Err(Problem::SlowRequest),
        Ok(Err(e)) => {
            // The only error of a body read that is the client's to fix is its length.
            let over = std::error::Error::source(&e)
                .is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
            return Err(if over {
                too_large()
            } else {
                Problem::SlowRequest
            });
        }
        Ok(Ok(b)) => b,
    };
    let text = std::str::from_utf8(&bytes).map_err(|e| Problem::NotUtf8(e.valid_up_to()))?;
    let value: Value = serde_json::from_str(text).map_err(|e| Problem::BadJson {
        line: e.line(),
        column: e.column(),
    })?;
    // Objects with no null fields only: serde would also take a struct from an array of its
    // fields in order, and a null for a field left out.
    let plain = |v: &Value| {
        v.as_object()
            .is_some_and(|o| o.values().all(|f| !f.is_null()))
    };
    let objects = plain(&value)
        && match value.get("drafts") {
            Some(Value::Array(items)) => items.iter().all(plain),
            _ => true,
        };
    if !objects {
        return Err(Problem::WrongShape);
    }
    serde_json::from_value(value).map_err(|_| Problem::WrongShape)
}

/// One draft of a request, ready to lint.
struct Job {
    id: Option<String>,
    text: String,
    platform: Option<Platform>,
    input: InputKind,
    reply_to: Option<String>,
}

fn jobs(req: &mut CheckIn) -> Result<Vec<Job>, Problem> {
    let input = req.input.unwrap_or_default();
    match (req.text.take(), req.drafts.take()) {
        (Some(text), None) => Ok(vec![Job {
            id: None,
            text,
            platform: req.platform,
            input,
            reply_to: req.reply_to.take(),
        }]),
        (None, Some(drafts)) if !drafts.is_empty() => {
            if drafts.len() > MAX_DRAFTS {
                return Err(Problem::TooManyDrafts(MAX_DRAFTS));
            }
            Ok(drafts
                .into_iter()
                .map(|d| Job {
                    id: d.id,
                    text: d.text,
                    platform: d.platform.or(req.platform),
                    input: d.input.unwrap_or(input),
                    reply_to: d.reply_to.or_else(|| req.reply_to.clone()),
                })
                .collect())
        }
        _ => Err(Problem::NoText),
    }
}

fn draft(text: String, input: InputKind) -> Result<Draft, Problem> {
    let kind = match input {
        InputKind::Auto => inputs::kind_of(&Input::Stdin, crate::cli::InputFormat::Auto, &text),
        InputKind::Text => Kind::Text,
        InputKind::Markdown => Kind::Markdown,
    };
    match kind {
        Kind::Markdown => Draft::markdown("-", text).map_err(|e| Problem::FrontMatter {
            line: e.line(),
            column: e.column(),
        }),
        _ => Ok(Draft::text(text)),
    }
}

/// `POST /v1/check`: the CLI's report of the drafts (`check --format json` unless asked).
pub(crate) async fn check(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let engine = shared.rules.get();
    let mut req: CheckIn = match read_json(&shared, &headers, body).await {
        Ok(r) => r,
        Err(p) => return problem(&p, engine.lang),
    };
    let lang = req.lang.map_or(engine.lang, |l| match l {
        LangName::Fi => Lang::Fi,
        LangName::En => Lang::En,
    });
    let redact = req.redact.unwrap_or(true);
    if !redact && !shared.allow_unredacted {
        return problem(&Problem::Unredacted, lang);
    }
    let jobs = match jobs(&mut req) {
        Ok(j) => j,
        Err(p) => return problem(&p, lang),
    };
    let limit = shared.max_draft_bytes;
    if limit > 0 && jobs.iter().any(|j| j.text.len() as u64 > limit) {
        return problem(&Problem::TooLarge(crate::failure::human_size(limit)), lang);
    }
    let (format, content_type) = match req.format.unwrap_or_default() {
        OutputFormat::Json => (Format::Json, "application/json"),
        OutputFormat::Sarif => (Format::Sarif, "application/sarif+json"),
        OutputFormat::Short => (Format::Short, "text/plain; charset=utf-8"),
        OutputFormat::Github => (Format::Github, "text/plain; charset=utf-8"),
    };
    let style = Style {
        lang,
        redact,
        color: false,
    };
    let work = move || -> Result<Vec<u8>, Problem> {
        let linter = &engine.resolved.1;
        let mut checked: Vec<Checked> = Vec::with_capacity(jobs.len());
        for job in jobs {
            let d = draft(job.text, job.input)?
                .with_platform(job.platform.map(|p| p.as_str()))
                .with_reply_to(job.reply_to.as_deref());
            checked.push(crate::check::lint("-".into(), job.id, d, linter));
        }
        crate::report::document(format, style, engine.rules.clone(), &mut checked)
            .map_err(|_| Problem::Internal)
    };
    match shared.run(work).await {
        Ok(bytes) => ([(header::CONTENT_TYPE, content_type)], bytes).into_response(),
        Err(p) => problem(&p, lang),
    }
}

/// The length measures of each channel, and their limits, as the built-in `platform` rules
/// count them.
const LIMITS: [(Platform, Measure, &str, u32); 8] = [
    (
        Platform::X,
        Measure::XWeightedLength,
        "x_weighted_length",
        280,
    ),
    (Platform::Bluesky, Measure::Graphemes, "graphemes", 300),
    (
        Platform::Mastodon,
        Measure::MastodonLength,
        "mastodon_length",
        500,
    ),
    (Platform::Threads, Measure::Chars, "chars", 500),
    (Platform::Instagram, Measure::Chars, "chars", 2200),
    (Platform::Facebook, Measure::Chars, "chars", 63206),
    (Platform::Linkedin, Measure::Chars, "chars", 3000),
    (Platform::Tiktok, Measure::Chars, "chars", 4000),
];

/// `POST /v1/measure`: the post's length as each channel counts it.
pub(crate) async fn measure(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let lang = shared.rules.get().lang;
    let req: MeasureIn = match read_json(&shared, &headers, body).await {
        Ok(r) => r,
        Err(p) => return problem(&p, lang),
    };
    let limit = shared.max_draft_bytes;
    if limit > 0 && req.text.len() as u64 > limit {
        return problem(&Problem::TooLarge(crate::failure::human_size(limit)), lang);
    }
    let work = move || -> Result<Vec<u8>, Problem> {
        let d = draft(req.text, req.input.unwrap_or_default())?;
        let post = d.post();
        let lengths: Vec<_> = LIMITS
            .iter()
            .map(|(p, m, name, max)| {
                json!({
                    "platform": p.as_str(),
                    "measure": name,
                    "length": m.measure(post) as u64,
                    "limit": max,
                })
            })
            .collect();
        Ok(json!({ "lengths": lengths }).to_string().into_bytes())
    };
    match shared.run(work).await {
        Ok(bytes) => json_body(bytes),
        Err(p) => problem(&p, lang),
    }
}

/// `GET /v1/rules`: the active rules as `rules --format json` lists them, and why the last
/// reload failed, if it did.
pub(crate) async fn rules(State(shared): State<Arc<Shared>>) -> Response {
    let engine = shared.rules.get();
    let list = crate::commands::rule_list(&engine.resolved.1, engine.lang);
    let body = json!({"rules": list, "reload_error": shared.rules.error()});
    json_body(body.to_string().into_bytes())
}

/// `GET /healthz`: whether the server answers, and whether its rules are the latest.
pub(crate) async fn health(State(shared): State<Arc<Shared>>) -> Response {
    let engine = shared.rules.get();
    let body = json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": engine.rules.len(),
        "reload_failed": shared.rules.error().is_some(),
    });
    json_body(body.to_string().into_bytes())
}

/// How long a request may wait for a turn to be checked before it is told the server is busy.
pub(crate) fn queue_wait(timeout: Duration) -> Duration {
    timeout / 2
}
