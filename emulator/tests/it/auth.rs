//! Credential checks: codes -1..-6, in both error transports.

use ncloud_chat_emulator::{EmulatorConfig, ErrorTransport, KeyState};
use reqwest::Method;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::{Api, answer};

const CASES: [(KeyState, u16, &str); 5] = [
    (KeyState::Unregistered, 401, "apiKey is not registered or has no access permission"),
    (KeyState::OtherProject, 401, "apiKey does not match the project"),
    (KeyState::Deleted, 401, "apiKey is deleted"),
    (KeyState::Disabled, 403, "apiKey is disabled"),
    (KeyState::Expired, 401, "apiKey is expired"),
];

async fn check_all(transport: ErrorTransport) {
    let api = Api::with_config(EmulatorConfig::default().with_error_transport(transport)).await;
    let http = |status: u16| {
        if transport == ErrorTransport::Http200 { 200 } else { status }
    };
    let url = api.url("/v1/api/members?filter=%7B%7D");

    for (state, status, message) in CASES {
        let credentials = api.emulator.credentials_for(state);
        let request = api
            .http
            .get(&url)
            .header("x-api-key", &credentials.api_key)
            .header("x-project-id", &credentials.project_id);
        let expected = json!({ "status": state.status_code(), "message": message });
        assert_eq!(answer(request).await, (http(status), expected), "{state:?}");
    }

    let missing_both = api.http.get(&url);
    let expected = json!({ "status": -1, "message": "projectId is empty" });
    assert_eq!(answer(missing_both).await, (http(401), expected));

    let missing_key = api.http.get(&url).header("x-project-id", api.emulator.project_id());
    let expected = json!({ "status": -1, "message": "apiKey is empty" });
    assert_eq!(answer(missing_key).await, (http(401), expected));

    let empty_project =
        api.http.get(&url).header("x-project-id", "").header("x-api-key", api.emulator.api_key());
    let expected = json!({ "status": -1, "message": "projectId is empty" });
    assert_eq!(answer(empty_project).await, (http(401), expected));

    let other_project = api
        .http
        .get(&url)
        .header("x-project-id", "nope")
        .header("x-api-key", api.emulator.api_key());
    let expected = json!({ "status": -6, "message": "project not found" });
    assert_eq!(answer(other_project).await, (http(404), expected));

    let valid = api.request(Method::GET, "/v1/api/members?filter=%7B%7D");
    assert_eq!(answer(valid).await, (200, json!([])));
}

#[tokio::test]
async fn codes_with_http_status() {
    check_all(ErrorTransport::HttpStatus).await;
}

#[tokio::test]
async fn codes_with_http_200() {
    check_all(ErrorTransport::Http200).await;
}

#[tokio::test]
async fn checked_before_routing_and_validation() {
    let api = Api::start().await;
    let unknown_route = api.http.post(api.url("/v1/api/nope")).body("not json");
    let expected = json!({ "status": -1, "message": "projectId is empty" });
    assert_eq!(answer(unknown_route).await, (401, expected));
    let deleted = api.emulator.credentials_for(KeyState::Deleted);
    let bad_body = api
        .http
        .post(api.url("/v1/api/members"))
        .header("x-api-key", deleted.api_key)
        .header("x-project-id", deleted.project_id)
        .body("{");
    assert_eq!(
        answer(bad_body).await,
        (401, json!({ "status": -3, "message": "apiKey is deleted" }))
    );
}

#[tokio::test]
async fn header_names_are_case_insensitive() {
    let api = Api::start().await;
    let mut stream = tokio::net::TcpStream::connect(api.emulator.addr()).await.expect("connect");
    let request = format!(
        "GET /v1/api/members?filter=%7B%7D HTTP/1.1\r\nHost: localhost\r\nX-API-KEY: {}\r\nX-Project-Id: {}\r\nConnection: close\r\n\r\n",
        api.emulator.api_key(),
        api.emulator.project_id()
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read");
    assert!(response.starts_with("HTTP/1.1 200 OK"), "{response}");
    assert!(response.ends_with("[]"), "{response}");
}

#[tokio::test]
async fn custom_credentials() {
    let config = EmulatorConfig::default()
        .with_project_id("p-1")
        .with_api_key("k-1")
        .with_key(KeyState::Expired, "old");
    let api = Api::with_config(config).await;
    assert_eq!((api.emulator.project_id(), api.emulator.api_key()), ("p-1", "k-1"));
    assert_eq!(api.get("/v1/api/members?filter=%7B%7D").await, (200, json!([])));
    let expired = api
        .http
        .get(api.url("/v1/api/members?filter=%7B%7D"))
        .header("x-api-key", "old")
        .header("x-project-id", "p-1");
    assert_eq!(
        answer(expired).await,
        (401, json!({ "status": -5, "message": "apiKey is expired" }))
    );
}
