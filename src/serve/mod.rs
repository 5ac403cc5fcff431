//! `somelint serve`: one process that compiles the rules once and serves a web page for people
//! and a JSON API for other tools, on axum and tokio.
//!
//! Safe by default: loopback only unless a token is given; every body within the CLI's draft
//! size limit; every request within a time bound; a bounded number of drafts checked at once
//! and of connections open; SIGTERM stops after the requests under way; SIGHUP or a changed
//! config or rule file reloads the rules, keeping the old ones when the new ones fail. Nothing a
//! draft says is logged: the log has the method, path, status and time of each request.

mod api;
mod engine;
mod page;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::cli::ServeArgs;
use crate::failure::Failure;
use engine::{Engine, Rules};

/// Why a request was refused; `messages::api_problem` words it.
#[derive(Debug)]
pub(crate) enum Problem {
    NotFound,
    MethodNotAllowed,
    Unauthorized,
    MediaType,
    /// Over the size limit (named for people).
    TooLarge(String),
    /// Not UTF-8: the offset of the first bad byte.
    NotUtf8(usize),
    BadJson {
        line: usize,
        column: usize,
    },
    WrongShape,
    NoText,
    TooManyDrafts(usize),
    Unredacted,
    FrontMatter {
        line: usize,
        column: usize,
    },
    SlowRequest,
    Busy,
    Internal,
}

/// What every request handler shares.
pub(crate) struct Shared {
    rules: Rules,
    token: Option<String>,
    allow_unredacted: bool,
    max_draft_bytes: u64,
    timeout: Duration,
    /// Turns to check drafts: bounds the work under way.
    turns: Arc<Semaphore>,
}

impl Shared {
    /// The largest body read (the draft limit; none when that is 0).
    fn body_limit(&self) -> usize {
        match self.max_draft_bytes {
            0 => usize::MAX,
            n => usize::try_from(n).unwrap_or(usize::MAX),
        }
    }

    /// Runs CPU work on the blocking pool once a turn is free, within the time bound.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> Result<T, Problem> + Send + 'static,
    ) -> Result<T, Problem> {
        let wait = api::queue_wait(self.timeout);
        let turn = tokio::time::timeout(wait, self.turns.clone().acquire_owned())
            .await
            .map_err(|_| Problem::Busy)?
            .map_err(|_| Problem::Busy)?;
        let task = tokio::task::spawn_blocking(move || {
            let _turn = turn;
            work()
        });
        match tokio::time::timeout(self.timeout, task).await {
            Err(_) => Err(Problem::Busy),
            Ok(Err(_)) => Err(Problem::Internal),
            Ok(Ok(r)) => r,
        }
    }
}

/// Runs the server until SIGTERM or Ctrl-C; returns the exit code.
pub(crate) fn run(args: &ServeArgs) -> Result<i32, Failure> {
    let token = token(args)?;
    if token.is_none() && !args.bind.ip().is_loopback() {
        return Err(Failure::Usage(crate::messages::serve_needs_token(
            &args.bind.to_string(),
        )));
    }
    let engine = Engine::load(&args.rules)?;
    crate::messages::set_lang(engine.lang);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = args.threads.unwrap_or(cores).max(1);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads)
        .max_blocking_threads(args.max_concurrent.unwrap_or(2 * cores).max(1) + 2)
        .enable_all()
        .build()
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let shared = Arc::new(Shared {
        rules: Rules::new(args.rules.clone(), engine),
        token,
        allow_unredacted: args.allow_unredacted,
        max_draft_bytes: args.max_draft_bytes,
        timeout: Duration::from_secs(args.timeout.max(1)),
        turns: Arc::new(Semaphore::new(
            args.max_concurrent.unwrap_or(2 * cores).max(1),
        )),
    });
    runtime.block_on(serve(args, shared))
}

fn token(args: &ServeArgs) -> Result<Option<String>, Failure> {
    let token = match (&args.token, &args.token_file) {
        (Some(t), _) => t.trim().to_string(),
        (None, Some(path)) => crate::settings::read_text(path)?
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string(),
        (None, None) => return Ok(None),
    };
    if token.is_empty() {
        return Err(Failure::Usage(crate::messages::serve_empty_token().into()));
    }
    Ok(Some(token))
}

/// The routes.
fn app(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(page::index))
        .route("/app.js", get(page::script))
        .route("/style.css", get(page::style))
        .route("/icon.svg", get(page::icon))
        .route("/openapi.json", get(page::openapi))
        .route("/healthz", get(api::health))
        .route("/v1/check", post(api::check))
        .route("/v1/measure", post(api::measure))
        .route("/v1/rules", get(api::rules))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(shared.clone(), guard))
        .with_state(shared)
}

async fn not_found(State(shared): State<Arc<Shared>>) -> Response {
    api::problem(&Problem::NotFound, shared.rules.get().lang)
}

async fn method_not_allowed(State(shared): State<Arc<Shared>>) -> Response {
    api::problem(&Problem::MethodNotAllowed, shared.rules.get().lang)
}

/// Compares without stopping at the first difference, so that timing tells nothing.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Every request: the token for the API, the time bound, safe headers, and one log line with
/// no draft text.
async fn guard(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let lang = shared.rules.get().lang;
    let api = path.starts_with("/v1/");
    let allowed = match (&shared.token, api) {
        (Some(token), true) => request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|given| same(given.trim().as_bytes(), token.as_bytes())),
        _ => true,
    };
    let mut response = if !allowed {
        api::problem(&Problem::Unauthorized, lang)
    } else {
        // The handlers bound their own reading and work; this is the last line.
        match tokio::time::timeout(shared.timeout * 2, next.run(request)).await {
            Ok(r) => r,
            Err(_) => api::problem(&Problem::Busy, lang),
        }
    };
    let headers = response.headers_mut();
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"),
        (
            "content-security-policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
             img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if api {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    // The path is one of the routes or a client's guess; the query and body are never logged.
    crate::say::errln!(
        "{method} {} {} {ms:.1} ms",
        path.chars().take(100).collect::<String>(),
        response.status().as_u16()
    );
    response
}

/// Accepts connections until SIGTERM or Ctrl-C, then lets the open ones finish (within the
/// time bound).
async fn serve(args: &ServeArgs, shared: Arc<Shared>) -> Result<i32, Failure> {
    let listener = TcpListener::bind(args.bind)
        .await
        .map_err(|e| Failure::Usage(format!("{}: {e}", args.bind)))?;
    let addr: SocketAddr = listener.local_addr().unwrap_or(args.bind);
    let lang = shared.rules.get().lang;
    crate::say::errln!(
        "{}",
        crate::messages::serve_listening(
            &format!("http://{addr}/"),
            shared.rules.get().rules.len(),
            lang
        )
    );
    tokio::spawn(reloads(shared.clone(), args.watch));
    let timeout = shared.timeout;
    let router = app(shared);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let connections = Arc::new(Semaphore::new(args.max_connections.max(1)));
    let stop = stop_signal();
    tokio::pin!(stop);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(_) => {
                    // Out of file descriptors, or the like: wait rather than spin.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(router.clone());
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(timeout)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    crate::say::errln!("{}", crate::messages::serve_stopping(lang));
    tokio::select! {
        _ = graceful.shutdown() => {},
        _ = tokio::time::sleep(timeout) => {},
    }
    Ok(0)
}

/// SIGTERM or Ctrl-C.
async fn stop_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = ctrl_c => {},
                    _ = term.recv() => {},
                }
            }
            Err(_) => {
                let _ = ctrl_c.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

/// Reloads the rules on SIGHUP, and when a file they were read from changes (looked at every
/// `watch` seconds; 0: never).
async fn reloads(shared: Arc<Shared>, watch: u64) {
    #[cfg(unix)]
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
    let period = Duration::from_secs(watch.max(1));
    loop {
        #[cfg(unix)]
        let hup = async {
            match hangup.as_mut() {
                Some(h) => {
                    h.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let hup = std::future::pending::<()>();
        let forced = tokio::select! {
            _ = hup => true,
            _ = tokio::time::sleep(period) => false,
        };
        let due = forced || (watch > 0 && shared.rules.stale());
        if due {
            let s = shared.clone();
            if let Ok(line) = tokio::task::spawn_blocking(move || s.rules.reload()).await {
                crate::say::errln!("{line}");
            }
        }
    }
}
