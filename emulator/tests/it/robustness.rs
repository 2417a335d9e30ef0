//! Bad input gets an error envelope, never a crash or a bare error page.

use ncloud_chat_emulator::{EmulatorConfig, ErrorTransport};
use reqwest::Method;
use serde_json::json;

use crate::common::{Api, answer, emulator_error};

async fn check_all(transport: ErrorTransport) {
    let api = Api::with_config(EmulatorConfig::default().with_error_transport(transport)).await;
    let http = |status: u16| {
        if transport == ErrorTransport::Http200 { 200 } else { status }
    };
    let post = |body: &'static str, content_type: &'static str| {
        api.request(Method::POST, "/v1/api/members").header("content-type", content_type).body(body)
    };

    let too_large = json!({ "userId": "user_1", "name": "x".repeat(70 * 1024) });
    let answer_too_large =
        answer(api.request(Method::POST, "/v1/api/members").json(&too_large)).await;
    let limit = emulator_error("request body is larger than the limit of 65536 bytes");
    assert_eq!(answer_too_large, (http(413), limit));

    let (status, body) = answer(post(r#"{"userId": "user_1", "#, "application/json")).await;
    assert_eq!((status, &body["status"]), (http(400), &json!(-100)));
    assert_eq!(
        body["message"],
        "request body is not valid JSON: EOF while parsing a value at line 1 column 21"
    );

    let wrong_type = answer(post(r#"{"userId":"user_1","name":"n"}"#, "text/plain")).await;
    assert_eq!(wrong_type, (http(400), emulator_error("Content-Type must be application/json")));
    let no_type = answer(
        api.request(Method::POST, "/v1/api/members").body(r#"{"userId":"user_1","name":"n"}"#),
    )
    .await;
    assert_eq!(no_type, (http(400), emulator_error("Content-Type must be application/json")));
    let empty = answer(post("", "application/json")).await;
    assert_eq!(
        empty,
        (http(400), emulator_error("request body is empty: a JSON body is required"))
    );
    let array = answer(post("[]", "application/json")).await;
    let not_object = emulator_error("invalid request body: expected a JSON object");
    assert_eq!(array, (http(400), not_object.clone()));
    let tuple = answer(post(r#"["user_1","name"]"#, "application/json")).await;
    assert_eq!(tuple, (http(400), not_object));
    let with_charset =
        answer(post(r#"{"userId":"user_1","name":"n"}"#, "application/json; charset=utf-8")).await;
    assert_eq!(with_charset.0, 200, "{}", with_charset.1);

    let unknown = answer(api.request(Method::GET, "/v1/api/nope")).await;
    assert_eq!(unknown, (http(404), emulator_error("no such endpoint: GET /v1/api/nope")));
    let root = answer(api.request(Method::GET, "/")).await;
    assert_eq!(root, (http(404), emulator_error("no such endpoint: GET /")));
    let wrong_method = answer(api.request(Method::PATCH, "/v1/api/members")).await;
    assert_eq!(
        wrong_method,
        (http(405), emulator_error("method PATCH is not allowed on /v1/api/members"))
    );
    let wrong_method = answer(api.request(Method::DELETE, "/v1/api/subscriptions")).await;
    assert_eq!(
        wrong_method,
        (http(405), emulator_error("method DELETE is not allowed on /v1/api/subscriptions"))
    );

    // Odd path and query bytes are data, not crashes.
    let odd = api.get("/v1/api/members/%FF%FE").await;
    assert_eq!(odd.0, http(400), "{}", odd.1);
    let (status, _) = api.get("/v1/api/members/a%2Fb").await;
    assert_eq!(status, http(404));
    let bad_query =
        answer(api.request(Method::GET, "/v1/api/members?filter=%7B%7D&option=%FF")).await;
    assert_eq!(bad_query.0, http(400));
}

#[tokio::test]
async fn error_bodies_with_http_status() {
    check_all(ErrorTransport::HttpStatus).await;
}

#[tokio::test]
async fn error_bodies_with_http_200() {
    check_all(ErrorTransport::Http200).await;
}

#[tokio::test]
async fn configurable_limit_applies_to_chunked_bodies() {
    let api = Api::with_config(EmulatorConfig::default().with_max_body_bytes(100)).await;
    let chunks: Vec<Result<String, std::io::Error>> = vec![
        Ok(r#"{"userId":"user_1","name":""#.to_owned()),
        Ok(format!("{}\"}}", "y".repeat(200))),
    ];
    let body = reqwest::Body::wrap_stream(futures::stream::iter(chunks));
    let request = api
        .request(Method::POST, "/v1/api/members")
        .header("content-type", "application/json")
        .body(body);
    assert_eq!(
        answer(request).await,
        (413, emulator_error("request body is larger than the limit of 100 bytes"))
    );
    let small = api.post("/v1/api/members", json!({ "userId": "user_1", "name": "n" })).await;
    assert_eq!(small.0, 200);
}
