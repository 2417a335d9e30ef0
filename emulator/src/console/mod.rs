//! The browser console: a page, on a port of its own, that shows the project's users,
//! channels, messages and friendships, and posts a message as a member of a channel.
//!
//! The page, its style sheet and its script are embedded in the binary (no CDN, no build
//! step). The script renders every value with `textContent`, and the Content-Security-Policy
//! allows only same-origin script files, so stored data never runs as code. Reads need no API
//! key (the key never reaches the page): that is why the console is served on loopback
//! addresses only, unless [`ConsoleMode::Always`] asks for it. The one change it makes,
//! posting, must carry the per-process token embedded in the page in a custom header, with
//! no foreign `Origin` and a JSON body; a cross-site form can do neither. On a loopback
//! address the `Host` header must name the console, so a DNS-rebound site cannot read it.

mod pages;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::Method;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::config::{ConsoleMode, ErrorTransport};
use crate::error::{self, ApiError};
use crate::ids::fill_random;
use crate::state::SharedState;

/// Header that carries the page's token on posts.
const TOKEN_HEADER: &str = "x-console-token";
const PAGE: &str = include_str!("index.html");
const SCRIPT: &str = include_str!("console.js");
const STYLE: &str = include_str!("console.css");
/// Only the page's own files: no inline script or style, no other origin, no framing.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
                   connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; \
                   frame-ancestors 'none'";

/// Whether the console is served for an API listening on `ip`.
pub(crate) fn wanted(mode: ConsoleMode, ip: IpAddr) -> bool {
    match mode {
        ConsoleMode::Loopback => ip.is_loopback(),
        ConsoleMode::Always => true,
        ConsoleMode::Never => false,
    }
}

/// What the console's requests are checked against.
#[derive(Debug)]
struct Guard {
    token: String,
    /// `Host` values accepted on a loopback address; `None` accepts any.
    hosts: Option<Vec<String>>,
    /// The page, with the token in it.
    page: String,
}

/// The console's routes for a console listening on `addr`.
pub(crate) fn router(state: SharedState, addr: SocketAddr) -> Router {
    let mut bytes = [0u8; 32];
    fill_random(&mut bytes);
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let hosts = addr.ip().is_loopback().then(|| {
        vec![
            addr.to_string(),
            format!("localhost:{}", addr.port()),
            format!("127.0.0.1:{}", addr.port()),
            format!("[::1]:{}", addr.port()),
        ]
    });
    let guard = Arc::new(Guard { page: PAGE.replace("{{TOKEN}}", &token), token, hosts });
    let limit = state.config.max_body_bytes;
    Router::new()
        .route("/", get(page))
        .route("/console.js", get(|| asset("text/javascript", SCRIPT)))
        .route("/console.css", get(|| asset("text/css", STYLE)))
        .route("/api/overview", get(pages::overview))
        .route("/api/users", get(pages::users))
        .route("/api/channels", get(pages::channels))
        .route("/api/channels/{channel_id}", get(pages::channel))
        .route("/api/channels/{channel_id}/subscriptions", get(pages::subscriptions))
        .route("/api/channels/{channel_id}/messages", get(pages::messages).post(pages::post))
        .route("/api/friendships", get(pages::friendships))
        .fallback(error::unknown_route)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(middleware::from_fn_with_state(guard.clone(), check))
        .layer(DefaultBodyLimit::max(limit))
        .layer(middleware::map_response_with_state(
            ErrorTransport::HttpStatus,
            error::apply_transport,
        ))
        .layer(middleware::map_response(secure_headers))
        .layer(axum::Extension(guard))
        .with_state(state)
}

async fn page(axum::Extension(guard): axum::Extension<Arc<Guard>>) -> Response {
    asset("text/html; charset=utf-8", guard.page.clone()).await
}

async fn asset(content_type: &'static str, body: impl IntoResponse) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// Refuses requests for another host, and changes that did not come from the page.
async fn check(State(guard): State<Arc<Guard>>, request: Request, next: Next) -> Response {
    match guard.refusal(request.method(), request.headers()) {
        Some(error) => error.into_response(),
        None => next.run(request).await,
    }
}

impl Guard {
    fn refusal(&self, method: &Method, headers: &HeaderMap) -> Option<ApiError> {
        let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
        let host = text(header::HOST.as_str());
        if let Some(hosts) = &self.hosts
            && !host.is_some_and(|host| hosts.iter().any(|h| h == host))
        {
            return Some(ApiError::forbidden(format!(
                "the console answers only to the host names of its loopback address, not {}",
                host.unwrap_or("(none)")
            )));
        }
        if matches!(*method, Method::GET | Method::HEAD) {
            return None;
        }
        if let Some(origin) = text(header::ORIGIN.as_str())
            && host.is_none_or(|host| origin != format!("http://{host}"))
        {
            return Some(ApiError::forbidden(format!(
                "cross-origin request refused (Origin {origin})"
            )));
        }
        if text("sec-fetch-site").is_some_and(|site| site != "same-origin") {
            return Some(ApiError::forbidden("cross-site request refused"));
        }
        if !text(TOKEN_HEADER).is_some_and(|token| same(token, &self.token)) {
            return Some(ApiError::forbidden(format!(
                "the {TOKEN_HEADER} header must carry the token of the console's page"
            )));
        }
        None
    }
}

/// Compares in time independent of where the strings differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn secure_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
