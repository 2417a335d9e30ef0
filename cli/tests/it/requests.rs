//! The exact requests the CLI sends, and that the API key never reaches its output.

use std::collections::HashMap;

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{EXIT_API, EXIT_TRANSPORT, EXIT_USAGE, env, run};

const KEY: &str = "sk-test-SECRET-7f3a9c";
const PROJECT: &str = "f4ce0000-0000-4000-8000-00000000beef";

/// The query parameters of the only request the server received, JSON-decoded.
async fn only_request(server: &MockServer) -> (wiremock::Request, HashMap<String, Value>) {
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "expected one request: {requests:#?}");
    let request = requests.into_iter().next().unwrap();
    let query = request
        .url
        .query_pairs()
        .map(|(name, value)| {
            let decoded = serde_json::from_str(&value)
                .unwrap_or_else(|e| panic!("{name}={value} is not JSON: {e}"));
            (name.into_owned(), decoded)
        })
        .collect();
    (request, query)
}

fn header<'a>(request: &'a wiremock::Request, name: &str) -> &'a str {
    request.headers.get(name).unwrap_or_else(|| panic!("no {name} header")).to_str().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn convenience_flags_build_filter_sort_and_option() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/api/members"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "count": 7 })))
        .expect(1)
        .mount(&server)
        .await;

    let out = run(
        &[
            "list-users",
            "--where",
            "name=bob",
            "--where",
            "online:=true",
            "--where",
            "sender.name=12",
            "--sort-desc",
            "created_at",
            "--offset",
            "5",
            "--per-page",
            "10",
            "--count",
        ],
        &env(&server.uri(), KEY, PROJECT),
    )
    .await;
    assert_eq!(out.json(), json!({ "count": 7 }));

    let (request, query) = only_request(&server).await;
    assert_eq!(
        query,
        HashMap::from([
            ("filter".to_owned(), json!({ "name": "bob", "online": true, "sender.name": "12" })),
            ("sort".to_owned(), json!({ "created_at": "-1" })),
            ("option".to_owned(), json!({ "offset": 5, "per_page": 10, "count": true })),
        ])
    );
    assert_eq!(header(&request, "x-api-key"), KEY);
    assert_eq!(header(&request, "x-project-id"), PROJECT);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_json_flags_are_sent_as_typed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/api/channels"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(1)
        .mount(&server)
        .await;

    let filter = r#"{ "type": "PUBLIC", "user.id": "admin" }"#;
    let sort = r#"{"createdAt":"1"}"#;
    let option = r#"{"offset":0,"per_page":3}"#;
    let out = run(
        &["list-channels", "--filter", filter, "--sort", sort, "--option", option],
        &env(&server.uri(), KEY, PROJECT),
    )
    .await;
    assert_eq!(out.json(), json!([]));

    let requests = server.received_requests().await.unwrap();
    let pairs: HashMap<_, _> = requests[0].url.query_pairs().into_owned().collect();
    assert_eq!(pairs["filter"], filter);
    assert_eq!(pairs["sort"], sort);
    assert_eq!(pairs["option"], option);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_messages_without_filter_sends_an_empty_one() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/api/messages/C%201"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(1)
        .mount(&server)
        .await;

    let out = run(
        &["list-messages", "--channel-id", "C 1", "--per-page", "3"],
        &env(&server.uri(), KEY, PROJECT),
    )
    .await;
    assert_eq!(out.json(), json!([]));
    let (_, query) = only_request(&server).await;
    assert_eq!(
        query,
        HashMap::from([
            ("filter".to_owned(), json!({})),
            ("option".to_owned(), json!({ "per_page": 3 })),
        ])
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_message_posts_the_content() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/api/messages/C1"))
        .and(wiremock::matchers::body_json(json!({ "content": "hi there" })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "message": { "id": "6836b00210faf7f00e3838a2", "content": "hi there" }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let out = run(
        &["send-message", "--channel-id", "C1", "--content", "hi there"],
        &env(&server.uri(), KEY, PROJECT),
    )
    .await;
    assert_eq!(out.json()["message"]["content"], "hi there");
    assert!(out.stdout.contains("\n  "), "pretty-printed: {}", out.stdout);
}

/// The body is printed as the service sent it: fields the spec does not declare and `null`s
/// survive (the decoded value would drop both).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_response_is_printed_with_every_field() {
    let server = MockServer::start().await;
    let sent = json!({
        "id": "guest1",
        "name": null,
        "x_undeclared": { "nested": [1, null, "two"] },
        "deleted": false
    });
    Mock::given(method("GET"))
        .and(path("/v1/api/members/guest1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&sent))
        .expect(1)
        .mount(&server)
        .await;

    let out = run(&["get-user", "--user-id", "guest1"], &env(&server.uri(), KEY, PROJECT)).await;
    assert_eq!(out.json(), sent);
    assert!(out.stdout.contains("\"name\": null"), "{}", out.stdout);
    assert!(out.stdout.contains("\"x_undeclared\": {"), "{}", out.stdout);
}

/// An error status without the vendor envelope is an HTTP failure (exit 4), with a bounded
/// body snippet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_error_is_an_http_failure() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(502).set_body_string("<html>bad gateway</html>".repeat(200)),
        )
        .mount(&server)
        .await;

    let out = run(&["get-channel", "--channel-id", "C1"], &env(&server.uri(), KEY, PROJECT)).await;
    let stderr = out.failure(EXIT_TRANSPORT);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("502"), "{stderr}");
    assert!(stderr.len() < 1500, "the whole body was printed: {stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_server_is_a_transport_failure() {
    // A port that was just free: nothing listens there any more.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let out = run(&["get-channel", "--channel-id", "C1"], &env(&closed, KEY, PROJECT)).await;
    let stderr = out.failure(EXIT_TRANSPORT);
    assert!(stderr.starts_with("error: "), "{stderr}");
}

/// The key appears in no output: help, success, API error, transport error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_key_is_never_printed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/api/members/ok"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "id": "ok" })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/api/members/gone"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "status": -3, "message": "apiKey is deleted"
        })))
        .mount(&server)
        .await;
    let uri = server.uri();
    let env = env(&uri, KEY, PROJECT);

    let runs = [
        (run(&["--help"], &env).await, 0),
        (run(&["list-users", "--help"], &env).await, 0),
        (run(&["--api-key", KEY, "send-message", "-h"], &env).await, 0),
        (run(&["--api-keys", KEY, "list-users"], &env).await, EXIT_USAGE),
        (run(&["get-user", "--user-id", "ok"], &env).await, 0),
        (run(&["get-user", "--user-id", "gone"], &env).await, EXIT_API),
        (run(&["get-user", "--user-id", "ok", "--api-key", KEY], &env).await, 0),
        (
            run(&["get-user", "--user-id", "x", "--base-url", "http://127.0.0.1:1"], &env).await,
            EXIT_TRANSPORT,
        ),
    ];
    for (out, code) in &runs {
        assert_eq!(out.code, Some(*code), "{out:#?}");
        assert!(!out.stdout.contains(KEY), "key on stdout: {out:#?}");
        assert!(!out.stderr.contains(KEY), "key on stderr: {out:#?}");
    }
    let help = &runs[0].0.stdout;
    assert!(help.contains("NCLOUD_CHAT_API_KEY"), "{help}");
    assert!(help.contains("NCLOUD_CHAT_PROJECT_ID="), "other values stay visible: {help}");
    assert_eq!(
        runs[5].0.stderr,
        "error: Ncloud Chat error -3 (API key deleted), HTTP 401 Unauthorized: apiKey is deleted\n"
    );
}

/// `issue-token` names the user `--user-id` like every other command, and still takes the
/// spec's `--id`; both send the query parameter `id`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_token_takes_user_id_or_id() {
    for flag in ["--user-id", "--id"] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v1/api/token"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({ "status": 1, "token": "t" })),
            )
            .mount(&server)
            .await;

        let out = run(
            &["issue-token", flag, "guest1", "--expire-day", "7"],
            &env(&server.uri(), KEY, PROJECT),
        )
        .await;

        assert_eq!(out.code, Some(0), "{flag}: {out:#?}");
        let requests = server.received_requests().await.expect("recording is on");
        assert_eq!(requests.len(), 1, "{flag}: {requests:#?}");
        let query: Vec<(String, String)> = requests[0]
            .url
            .query_pairs()
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        assert_eq!(
            query,
            [("expireDay".to_string(), "7".to_string()), ("id".to_string(), "guest1".to_string())],
            "{flag}"
        );
        assert!(requests[0].body.is_empty(), "{flag}: no body");
    }
}
