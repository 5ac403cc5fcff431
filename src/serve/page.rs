//! The web page and the OpenAPI document: static files built into the binary.

use axum::http::header;
use axum::response::{IntoResponse, Response};

/// The OpenAPI 3.1 document of the API (kept in the repository, served as it is).
pub(crate) const OPENAPI: &str = include_str!("openapi.json");

fn file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

pub(crate) async fn index() -> Response {
    file("text/html; charset=utf-8", include_str!("page/index.html"))
}

pub(crate) async fn script() -> Response {
    file(
        "text/javascript; charset=utf-8",
        include_str!("page/app.js"),
    )
}

pub(crate) async fn style() -> Response {
    file("text/css; charset=utf-8", include_str!("page/style.css"))
}

pub(crate) async fn icon() -> Response {
    file("image/svg+xml", include_str!("page/icon.svg"))
}

pub(crate) async fn openapi() -> Response {
    file("application/json", OPENAPI)
}
