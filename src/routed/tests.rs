use bytes::Bytes;
use progenitor_client::{Error as P, ResponseValue};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::*;
use crate::classify::{Syntax, classify};

fn url() -> Url {
    Url::parse("https://example.test/v1/api/members/u1?filter=%7B%7D").unwrap()
}

fn response(status: u16, headers: &[(&str, &str)], body: Vec<u8>) -> reqwest::Response {
    let mut builder = http::Response::builder().status(status).url(url());
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    reqwest::Response::from(builder.body(body).unwrap())
}

async fn read(status: u16, headers: &[(&str, &str)], body: &str) -> Buffered {
    Buffered::read(response(status, headers, body.into()), 1024).await.unwrap()
}

async fn error_for(status: u16, headers: &[(&str, &str)], body: &str) -> Error {
    let buffered = read(status, headers, body).await;
    let verdict = classify(buffered.status, &buffered.body, Syntax::Check);
    assert_ne!(verdict, Verdict::Success);
    buffered.into_error(verdict, &url())
}

#[tokio::test]
async fn a_read_response_keeps_its_status_headers_and_body() {
    let created = read(201, &[("x-request-id", "r-1")], r#"{"id":"u1"}"#).await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(created.headers["x-request-id"], "r-1");
    assert_eq!(created.body, r#"{"id":"u1"}"#);
}

#[tokio::test]
async fn non_successes_become_their_errors() {
    let e = error_for(200, &[], r#"{"status":-3,"message":"apiKey is deleted","x":1}"#).await;
    assert!(
        matches!(&e, Error::Api { code: ApiCode::DeletedKey, message, status } if message == "apiKey is deleted" && *status == StatusCode::OK),
        "{e:?}"
    );
    let e = error_for(502, &[], "<html>Bad Gateway</html>").await;
    assert!(
        matches!(&e, Error::Http { status, body_snippet } if *status == StatusCode::BAD_GATEWAY && body_snippet == "<html>Bad Gateway</html>"),
        "{e:?}"
    );
    let e = error_for(200, &[], "").await;
    assert!(matches!(&e, Error::Decode { status: Some(StatusCode::OK), .. }), "{e:?}");
    // The target without credentials, query or fragment, resolved against the request URL.
    for (location, shown) in [
        ("https://user:pw@evil.test:8443/steal?key=1#x", "https://evil.test:8443/steal"),
        ("/moved/u1?token=abc", "https://example.test/moved/u1"),
    ] {
        let e = error_for(307, &[("location", location)], "").await;
        assert!(
            matches!(&e, Error::Redirect { status, location: Some(l) } if *status == 307 && l == shown),
            "{e:?}"
        );
    }
    let e = error_for(301, &[], "").await;
    assert!(matches!(&e, Error::Redirect { location: None, .. }), "{e:?}");
}

#[tokio::test]
async fn reading_stops_at_the_limit() {
    // Announced too large: refused before reading.
    let e = Buffered::read(response(200, &[("content-length", "2048")], vec![b' '; 2048]), 1024)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::TooLarge { status: StatusCode::OK, limit: 1024 }), "{e:?}");
    // Exactly at the limit is fine.
    let at = Buffered::read(response(200, &[], vec![b' '; 1024]), 1024).await.unwrap();
    assert_eq!(at.body.len(), 1024);
    // Streamed without a length, in several chunks: stopped once past the limit.
    let chunks = futures::stream::iter(
        (0..10).map(|_| Ok::<_, std::io::Error>(Bytes::from(vec![b'a'; 300]))),
    );
    let streamed =
        http::Response::builder().status(502).body(reqwest::Body::wrap_stream(chunks)).unwrap();
    let e = Buffered::read(reqwest::Response::from(streamed), 1024).await.unwrap_err();
    assert!(matches!(e, Error::TooLarge { status: StatusCode::BAD_GATEWAY, limit: 1024 }), "{e:?}");
    // Several chunks within the limit are joined in order.
    let chunks =
        futures::stream::iter(["[1,", "2,", "3]"].map(|c| Ok::<_, std::io::Error>(Bytes::from(c))));
    let streamed = http::Response::builder().body(reqwest::Body::wrap_stream(chunks)).unwrap();
    let joined = Buffered::read(reqwest::Response::from(streamed), 1024).await.unwrap();
    assert_eq!(&joined.body[..], b"[1,2,3]");
}

#[test]
fn routed_errors_come_back_out_once() {
    let url = Url::parse("https://example.test/v1/api/members").unwrap();
    let response = route(Error::Timeout { limit: std::time::Duration::from_secs(3) }, url);
    assert_eq!(response.status(), ROUTED_STATUS);
    assert!(matches!(unroute(response), Error::Timeout { .. }));
    // A response nobody routed is reported with its status.
    let e = unroute(response_plain(599));
    assert!(matches!(e, Error::Http { status, .. } if status.as_u16() == 599));
}

fn response_plain(status: u16) -> reqwest::Response {
    response(status, &[], Vec::new())
}

fn envelope_error(code: i64, status: u16) -> Error {
    let value = types::ErrorEnvelope { status: code, message: Some("apiKey is deleted".into()) };
    Error::from(P::ErrorResponse(ResponseValue::new(
        value,
        StatusCode::from_u16(status).unwrap(),
        HeaderMap::new(),
    )))
}

#[test]
fn envelopes_become_api_errors() {
    let e = envelope_error(-3, 200);
    assert!(matches!(
        &e,
        Error::Api { code: ApiCode::DeletedKey, message, status } if message == "apiKey is deleted" && *status == StatusCode::OK
    ));
    assert_eq!(e.code(), Some(ApiCode::DeletedKey));
    assert_eq!(e.status(), Some(StatusCode::OK));
    assert!(e.is_auth_error());
    assert!(!e.is_retryable());
    assert_eq!(
        e.to_string(),
        "Ncloud Chat error -3 (API key deleted), HTTP 200 OK: apiKey is deleted"
    );

    let e = envelope_error(-7, 503);
    assert_eq!(e.code(), Some(ApiCode::Unknown(-7)));
    assert!(!e.is_auth_error());
    assert!(e.is_retryable(), "503 is retryable whatever the body");
}

#[test]
fn auth_errors_are_codes_minus_one_to_minus_six() {
    for code in -8..=2 {
        assert_eq!(envelope_error(code, 400).is_auth_error(), (-6..=-1).contains(&code), "{code}");
    }
}

#[test]
fn other_progenitor_errors_map_by_kind() {
    let e =
        Error::from(P::<types::ErrorEnvelope>::InvalidRequest("filter was not initialized".into()));
    assert!(matches!(&e, Error::InvalidRequest(m) if m == "filter was not initialized"));
    assert_eq!(e.status(), None);

    let source = serde_json::from_slice::<types::Member>(b"{\"id\":3}").unwrap_err();
    let e = Error::from(P::<types::ErrorEnvelope>::InvalidResponsePayload(
        Bytes::from_static(b"{\"id\":3}"),
        source,
    ));
    match &e {
        Error::Decode { status, body_snippet, .. } => {
            assert_eq!(*status, None);
            assert_eq!(body_snippet, "{\"id\":3}");
        }
        other => panic!("{other:?}"),
    }
    assert!(std::error::Error::source(&e).is_some(), "the serde error stays the source");

    let e = Error::from(P::<types::ErrorEnvelope>::Custom("hook said no".into()));
    assert!(matches!(e, Error::InvalidRequest(_)));
}

fn routed(error: Error) -> Error {
    let url = reqwest::Url::parse("https://example.test/v1/api/members").unwrap();
    Error::from(P::<types::ErrorEnvelope>::UnexpectedResponse(route(error, url)))
}

#[test]
fn routed_errors_arrive_whole() {
    let e = routed(Error::Http {
        status: StatusCode::BAD_GATEWAY,
        body_snippet: "<html>Bad Gateway</html>".into(),
    });
    assert!(e.is_retryable());
    assert_eq!(
        e.to_string(),
        "Ncloud Chat answered HTTP 502 Bad Gateway: <html>Bad Gateway</html>"
    );

    let e = routed(Error::Http {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        body_snippet: String::new(),
    });
    assert_eq!(e.to_string(), "Ncloud Chat answered HTTP 500 Internal Server Error: (empty body)");
    assert!(!e.is_retryable());

    // An unexpected response nobody marked still reports its status.
    let mut response = http::Response::new("");
    *response.status_mut() = StatusCode::SEE_OTHER;
    let e = Error::from(P::<types::ErrorEnvelope>::UnexpectedResponse(reqwest::Response::from(
        response,
    )));
    assert_eq!(e.status(), Some(StatusCode::SEE_OTHER));
}

#[test]
fn decode_errors_quoting_huge_values_are_bounded() {
    // serde quotes a string where a number was expected.
    let body = format!(r#"{{"status":"{}"}}"#, "x".repeat(100_000));
    let source = serde_json::from_str::<types::ErrorEnvelope>(&body).unwrap_err();
    let (line, column) = (source.line(), source.column());
    let e =
        Error::from(P::<types::ErrorEnvelope>::InvalidResponsePayload(Bytes::from(body), source));
    let Error::Decode { source, .. } = &e else { panic!("{e:?}") };
    assert!(source.to_string().ends_with(&format!("(line {line} column {column})")));
    for text in [e.to_string(), format!("{e:?}"), source.to_string(), format!("{source:?}")] {
        assert!(text.len() < 2048, "{} bytes", text.len());
    }
}

#[test]
fn long_vendor_messages_are_bounded() {
    let value = types::ErrorEnvelope { status: -1, message: Some("m".repeat(10_000)) };
    let e = Error::from(P::ErrorResponse(ResponseValue::new(
        value,
        StatusCode::BAD_REQUEST,
        HeaderMap::new(),
    )));
    assert!(e.to_string().len() < 700);
}
