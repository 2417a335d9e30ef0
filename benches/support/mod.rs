//! What both benchmarks share: the loopback hyper server, the response bodies it sends, the
//! hand-written `reqwest` + `serde` baseline, and CPU clocks.

#![allow(dead_code)] // Each bench binary uses its own part of this module.

use std::convert::Infallible;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use ncloud_chat::types;
use serde_json::{Value, json};

pub const API_KEY: &str = "bench-api-key";
pub const PROJECT_ID: &str = "339c2b1c-d35b-47f2-828d-5f0a1b2c3d4e";
pub const CHANNEL_ID: &str = "469645e9-5a7e-4c3f-9b0d-d0a58e38d312";
/// The page size of the `list_messages` benchmark and of the stream.
pub const PAGE: u32 = 100;

/// The crate's defaults, given to the baseline too: a hand-written client that sets no timeout
/// would be comparing a different amount of work.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// The vendor's example bodies, shared with the tests.
#[path = "../../tests/it/fixtures.rs"]
mod fixtures;

/// Message number `n` as the service sends it: the vendor's example (≈600 bytes) with its own
/// IDs and text.
pub fn message(n: u64) -> Value {
    let mut message = fixtures::message_admin();
    let id = format!("6836b00210faf7f0{n:08x}");
    message["id"] = json!(id);
    message["message_id"] = json!(id);
    message["channel_id"] = json!(CHANNEL_ID);
    message["sort_id"] = json!((1_753_315_200_000u64 + n).to_string());
    message["content"] = json!(format!("message number {n} of the benchmark channel, plain text"));
    message
}

/// The `send_message` response body.
pub fn sent_body() -> Bytes {
    Bytes::from(json!({ "message": message(0) }).to_string())
}

/// Messages `offset..end` as one response body.
pub fn page_body(offset: u64, end: u64) -> Bytes {
    Bytes::from(Value::Array((offset..end).map(message).collect()).to_string())
}

/// What the server answers `GET /v1/api/messages/{channelId}` with.
#[derive(Clone)]
pub enum Listing {
    /// Always the same page of [`PAGE`] messages, prepared once.
    Fixed(Bytes),
    /// A channel of this many messages, each page built from the request's `option`.
    Generated(u64),
}

/// A minimal HTTP/1.1 server on 127.0.0.1 running on its own thread, so that its work is not
/// counted in the client thread's CPU time.
pub struct Server {
    pub addr: SocketAddr,
}

impl Server {
    pub fn start(listing: Listing) -> Self {
        let sent = sent_body();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("bench-server".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("server runtime");
                runtime.block_on(async move {
                    let listener =
                        tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
                    tx.send(listener.local_addr().expect("local address")).expect("report address");
                    loop {
                        let Ok((stream, _)) = listener.accept().await else {
                            continue;
                        };
                        let _ = stream.set_nodelay(true);
                        let (sent, listing) = (sent.clone(), listing.clone());
                        tokio::spawn(async move {
                            let service = service_fn(move |request| {
                                respond(request, sent.clone(), listing.clone())
                            });
                            let _ = http1::Builder::new()
                                .serve_connection(TokioIo::new(stream), service)
                                .await;
                        });
                    }
                });
            })
            .expect("spawn the server thread");
        Self { addr: rx.recv().expect("server address") }
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Set in the environment of the child process that [`ChildServer`] starts.
pub const SERVE_ENV: &str = "NCLOUD_BENCH_SERVE";

/// A [`Server`] in a child process (this same binary, started with [`SERVE_ENV`] set), so that
/// none of its CPU time or memory is counted in the measuring process. The bench's `main`
/// calls [`serve_if_child`] first.
pub struct ChildServer {
    child: Child,
    base_url: String,
}

impl ChildServer {
    /// Starts the child with `env` added to its environment and waits for its address.
    pub fn start(env: &[(&str, String)]) -> Self {
        let mut child = Command::new(std::env::current_exe().expect("own path"))
            .env(SERVE_ENV, "1")
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the server process");
        let mut base_url = String::new();
        BufReader::new(child.stdout.take().expect("piped"))
            .read_line(&mut base_url)
            .expect("server address");
        Self { child, base_url: base_url.trim().to_owned() }
    }

    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }
}

impl Drop for ChildServer {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// In the child of [`ChildServer::start`]: serves `listing()` until standard input closes, then
/// returns `true` (the caller exits). Elsewhere returns `false` at once.
pub fn serve_if_child(listing: impl FnOnce() -> Listing) -> bool {
    if std::env::var_os(SERVE_ENV).is_none() {
        return false;
    }
    let server = Server::start(listing());
    println!("{}", server.base_url());
    let _ = std::io::stdout().flush();
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    true
}

async fn respond(
    request: Request<Incoming>,
    sent: Bytes,
    listing: Listing,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let method = request.method().clone();
    let query = request.uri().query().unwrap_or_default().to_owned();
    // Read like a real server would, so both clients finish sending before the answer.
    let _ = request.into_body().collect().await;
    let body = match (method, listing) {
        (Method::POST, _) => sent,
        (Method::GET, Listing::Fixed(page)) => page,
        (Method::GET, Listing::Generated(total)) => {
            let (offset, per_page) = page_of(&query);
            page_body(offset.min(total), (offset + per_page).min(total))
        }
        _ => {
            let mut response = Response::new(Full::new(Bytes::new()));
            *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
            return Ok(response);
        }
    };
    let mut response = Response::new(Full::new(body));
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    Ok(response)
}

/// `(offset, per_page)` of the `option` query parameter (both default as the service does).
fn page_of(query: &str) -> (u64, u64) {
    let url = reqwest::Url::parse(&format!("http://server/?{query}")).ok();
    let option = url
        .iter()
        .flat_map(|url| url.query_pairs())
        .find(|(name, _)| name == "option")
        .and_then(|(_, value)| serde_json::from_str::<Value>(&value).ok())
        .unwrap_or(Value::Null);
    let field = |name: &str, default: u64| option[name].as_u64().unwrap_or(default);
    (field("offset", 0), field("per_page", 20))
}

/// The crate, configured as a user would: defaults everywhere (retries on, tracing compiled
/// in, no subscriber installed).
pub fn crate_client(base_url: &str) -> ncloud_chat::Client {
    ncloud_chat::Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(base_url)
        .build()
        .expect("client configuration")
}

/// What a user writes by hand with `reqwest` and `serde`, decoding into the same generated types.
pub struct Baseline {
    http: reqwest::Client,
    base_url: String,
}

impl Baseline {
    pub fn new(base_url: &str) -> Self {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-api-key", reqwest::header::HeaderValue::from_static(API_KEY));
        headers.insert("x-project-id", reqwest::header::HeaderValue::from_static(PROJECT_ID));
        let http = reqwest::Client::builder()
            // The crate's defaults: a careful hand-written client sets the same.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(TIMEOUT)
            .default_headers(headers)
            .build()
            .expect("reqwest client");
        Self { http, base_url: base_url.to_owned() }
    }

    pub async fn send_message(
        &self,
        channel_id: &str,
        content: &str,
    ) -> Result<types::MessageResponse, BaselineError> {
        let body = types::SendMessageRequest { content: content.to_owned() };
        let response = self
            .http
            .post(format!("{}/v1/api/messages/{channel_id}", self.base_url))
            .json(&body)
            .send()
            .await?;
        decode(response).await
    }

    pub async fn list_messages(
        &self,
        channel_id: &str,
        per_page: u32,
    ) -> Result<types::Messages, BaselineError> {
        let response = self
            .http
            .get(format!("{}/v1/api/messages/{channel_id}", self.base_url))
            .query(&[
                ("filter", "{}".to_owned()),
                ("option", format!(r#"{{"offset":0,"per_page":{per_page}}}"#)),
            ])
            .send()
            .await?;
        decode(response).await
    }
}

async fn decode<T: serde::de::DeserializeOwned>(
    response: reqwest::Response,
) -> Result<T, BaselineError> {
    let status = response.status();
    if !status.is_success() {
        return Err(BaselineError::Status(status.as_u16()));
    }
    let body = response.bytes().await?;
    Ok(serde_json::from_slice(&body)?)
}

#[derive(Debug)]
pub enum BaselineError {
    Transport(reqwest::Error),
    Status(u16),
    Json(serde_json::Error),
}

impl From<reqwest::Error> for BaselineError {
    fn from(e: reqwest::Error) -> Self {
        Self::Transport(e)
    }
}

impl From<serde_json::Error> for BaselineError {
    fn from(e: serde_json::Error) -> Self {
        Self::Json(e)
    }
}

/// CPU time (user + system) used so far by the whole process: every runtime worker thread
/// counts, whichever thread a task ran on.
pub fn process_cpu() -> Duration {
    rusage(libc::RUSAGE_SELF)
}

/// User + system time from `getrusage(who)`.
fn rusage(who: libc::c_int) -> Duration {
    // SAFETY: `getrusage` only writes the `rusage` it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        if libc::getrusage(who, &mut usage) != 0 {
            return Duration::ZERO;
        }
        usage
    };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}
