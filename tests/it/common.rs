//! Shared setup: a mock server with a loud catch-all, a client pointed at it, exact assertions on
//! the recorded traffic, and the secret check every returned error goes through.

use std::fmt::Debug;

use ncloud_chat::{Client, Error};
use serde_json::Value;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The API key every test client uses. Distinctive, so a leak is found by a substring search.
pub const API_KEY: &str = "ak-TEST-7c1e9a2f-b64d-4e0b-SECRET-a9d3";
/// The project ID every test client uses.
pub const PROJECT_ID: &str = "339c2b1c-d35b-47f2-828d-5f0a1b2c3d4e";

/// A running mock server plus a client configured for it.
pub struct Api {
    pub server: MockServer,
    pub client: Client,
}

impl Api {
    /// Starts a server whose only mock is the catch-all: every request nobody else claims gets
    /// `599 unexpected <METHOD> <path>`, which the client reports as an HTTP error naming it.
    pub async fn start() -> Self {
        let server = MockServer::start().await;
        Mock::given(|_: &Request| true)
            .respond_with(|req: &Request| {
                ResponseTemplate::new(599).set_body_string(format!(
                    "unexpected {} {}",
                    req.method,
                    req.url.path()
                ))
            })
            // Lowest priority: it answers only what no other mock matches, whenever mounted.
            .with_priority(u8::MAX)
            .named("catch-all")
            .mount(&server)
            .await;
        let client = client_for(&server.uri());
        Self { server, client }
    }

    /// Answers `method` on the raw (percent-encoded) `path` with `status` and a JSON body.
    pub async fn on(&self, method: &str, path: &str, status: u16, body: Value) {
        self.on_template(method, path, ResponseTemplate::new(status).set_body_json(body)).await;
    }

    /// Answers `method` on the raw `path` with any response.
    pub async fn on_template(&self, method: &str, path: &str, template: ResponseTemplate) {
        let (method, path) = (method.to_owned(), path.to_owned());
        Mock::given(move |req: &Request| req.method.as_str() == method && req.url.path() == path)
            .respond_with(template)
            .mount(&self.server)
            .await;
    }

    /// Every request the server received, in order.
    pub async fn requests(&self) -> Vec<Request> {
        self.server.received_requests().await.expect("request recording is on")
    }

    /// The one request the server received (fails if there were none or several).
    pub async fn only_request(&self) -> Request {
        let mut all = self.requests().await;
        assert_eq!(
            all.len(),
            1,
            "expected exactly one request, got: {:?}",
            all.iter().map(describe).collect::<Vec<_>>()
        );
        all.remove(0)
    }
}

/// A client for `base_url` with the test credentials.
pub fn client_for(base_url: &str) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(base_url)
        .build()
        .expect("valid test configuration")
}

/// `METHOD url` of a recorded request, for failure messages.
pub fn describe(req: &Request) -> String {
    format!("{} {}", req.method, req.url)
}

/// Expected value of one query parameter.
pub enum Q {
    /// Compared as text, after percent-decoding.
    Text(&'static str),
    /// Percent-decoded, parsed as JSON and compared as a value (key order is irrelevant).
    Json(Value),
}

/// Asserts everything about a request on the wire: method, raw path, the exact set of query
/// parameters, both auth headers (once each, with the configured values), no `api-version`, and
/// the JSON body (`None`: no body at all).
pub fn assert_request(
    req: &Request,
    method: &str,
    raw_path: &str,
    query: &[(&str, Q)],
    body: Option<Value>,
) {
    let what = describe(req);
    assert_eq!(req.method.as_str(), method, "method of {what}");
    assert_eq!(req.url.path(), raw_path, "raw path of {what}");

    let pairs: Vec<(String, String)> = req.url.query_pairs().into_owned().collect();
    let mut names: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    names.sort_unstable();
    let mut wanted: Vec<&str> = query.iter().map(|(k, _)| *k).collect();
    wanted.sort_unstable();
    assert_eq!(names, wanted, "query parameter names of {what}");
    for (name, expected) in query {
        let actual = &pairs.iter().find(|(k, _)| k == name).expect("checked above").1;
        match expected {
            Q::Text(text) => assert_eq!(actual, text, "query `{name}` of {what}"),
            Q::Json(value) => {
                let parsed: Value = serde_json::from_str(actual).unwrap_or_else(|e| {
                    panic!("query `{name}` of {what} is not JSON ({e}): {actual}")
                });
                assert_eq!(&parsed, value, "query `{name}` of {what}");
            }
        }
    }

    assert_auth_headers(req);

    match body {
        None => assert!(
            req.body.is_empty(),
            "{what} should have no body, has {:?}",
            String::from_utf8_lossy(&req.body)
        ),
        Some(expected) => {
            let content_type = header_values(req, "content-type");
            assert!(
                content_type.len() == 1 && content_type[0].starts_with("application/json"),
                "content-type of {what}: {content_type:?}"
            );
            let actual: Value = serde_json::from_slice(&req.body).unwrap_or_else(|e| {
                panic!("body of {what} is not JSON ({e}): {:?}", String::from_utf8_lossy(&req.body))
            });
            assert_eq!(actual, expected, "JSON body of {what}");
        }
    }
}

/// Both auth headers once, with the configured values, progenitor's `api-version` stripped,
/// and the crate's own `User-Agent`.
pub fn assert_auth_headers(req: &Request) {
    let what = describe(req);
    assert_eq!(header_values(req, "x-api-key"), [API_KEY], "x-api-key of {what}");
    assert_eq!(header_values(req, "x-project-id"), [PROJECT_ID], "x-project-id of {what}");
    assert_eq!(
        header_values(req, "api-version"),
        Vec::<String>::new(),
        "api-version must not reach the vendor ({what})"
    );
    let agent = header_values(req, "user-agent");
    assert!(
        agent.len() == 1 && agent[0].starts_with("ncloud-chat/"),
        "user-agent of {what}: {agent:?}"
    );
}

fn header_values(req: &Request, name: &str) -> Vec<String> {
    req.headers
        .get_all(name)
        .iter()
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect()
}

/// Unwraps a generated call's result, converting its error with `?`'s conversion.
pub fn ok<T, E>(result: Result<T, E>) -> T
where
    Error: From<E>,
{
    match result {
        Ok(value) => value,
        Err(e) => {
            let e = Error::from(e);
            panic!("call failed: {e} ({e:?})")
        }
    }
}

/// The error of a call that must fail, converted to [`ncloud_chat::Error`] and checked for the
/// API key (Display, Debug and every `source()`).
pub fn fail<T: Debug, E>(result: Result<T, E>) -> Error
where
    Error: From<E>,
{
    match result {
        Ok(value) => panic!("call succeeded but should have failed: {value:?}"),
        Err(e) => {
            let e = Error::from(e);
            assert_no_secret(&e);
            e
        }
    }
}

/// The API key appears nowhere in an error's Display, Debug or source chain.
pub fn assert_no_secret(err: &(dyn std::error::Error + 'static)) {
    let mut current = Some(err);
    while let Some(e) = current {
        for text in [e.to_string(), format!("{e:?}")] {
            assert!(!text.contains(API_KEY), "the API key leaks through an error: {text}");
        }
        current = e.source();
    }
}

/// Longest any error's text may be: each `Display` and `Debug` along its `source()` chain.
pub const ERROR_TEXT_LIMIT: usize = 4096;

/// An error shows no key and stays short whatever the response: each `Display` and `Debug`
/// along its `source()` chain is at most [`ERROR_TEXT_LIMIT`] bytes. `what` names the case.
pub fn assert_bounded(what: &str, err: &(dyn std::error::Error + 'static)) {
    assert_no_secret(err);
    let mut current = Some(err);
    while let Some(e) = current {
        for text in [e.to_string(), format!("{e:?}")] {
            assert!(text.len() <= ERROR_TEXT_LIMIT, "{what}: {} bytes of error text", text.len());
        }
        current = e.source();
    }
}

/// The vendor error envelope.
pub fn envelope(code: i64, message: &str) -> Value {
    serde_json::json!({ "status": code, "message": message })
}

/// A decoded value carries exactly the fixture's data: serialized back, it equals the fixture
/// with its `null` members removed (the generated types skip `None` when serializing), numbers
/// compared by value (a `number` field decoded from `0` serializes as `0.0`).
pub fn assert_same_data<T: serde::Serialize>(decoded: &T, fixture: &Value) {
    let actual = serde_json::to_value(decoded).expect("generated types serialize");
    assert_eq!(
        without_nulls(&actual),
        without_nulls(fixture),
        "decoded value differs from the fixture"
    );
}

fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        Value::Number(n) => n.as_f64().map_or_else(|| value.clone(), Value::from),
        other => other.clone(),
    }
}

/// Query parameter `name` of a request, percent-decoded and parsed as JSON (`None` if absent).
pub fn query_json(req: &Request, name: &str) -> Option<Value> {
    req.url.query_pairs().find(|(k, _)| k == name).map(|(_, v)| {
        serde_json::from_str(&v)
            .unwrap_or_else(|e| panic!("query `{name}` of {} is not JSON ({e})", describe(req)))
    })
}
