//! `ClientBuilder::on_response`: the observer sees each successful call's body byte for byte,
//! once, and never an error; setting it changes the client's `Debug` only by its flag.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ncloud_chat::{Client, Filter, RetryPolicy};
use wiremock::{Mock, Request, ResponseTemplate};

use crate::common::{API_KEY, Api, PROJECT_ID, client_for, envelope, fail, ok};

/// A member with a field the spec does not declare, `null`s, and spacing a re-encoder would lose.
const MEMBER: &str = r#"{ "id": "guestID4", "name": null, "x_undeclared": {"nested": [1, null]},
  "profile": null }"#;

/// What the observer was shown: operation id, HTTP status, body.
type Seen = Arc<Mutex<Vec<(String, u16, Vec<u8>)>>>;

/// A client for `api` that records every observed response.
fn observed_client(api: &Api, retry: RetryPolicy) -> (Client, Seen) {
    let seen = Seen::default();
    let sink = Arc::clone(&seen);
    let client = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(api.server.uri())
        .retry(retry)
        .on_response(move |response| {
            let debug = format!("{response:?}");
            assert!(!debug.contains("x_undeclared"), "Debug shows the body: {debug}");
            sink.lock().unwrap().push((
                response.operation_id().to_owned(),
                response.status().as_u16(),
                response.body().to_vec(),
            ));
        })
        .build()
        .expect("valid configuration");
    (client, seen)
}

fn json_body(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.to_owned(), "application/json")
}

#[tokio::test]
async fn the_observer_sees_the_exact_body_once_per_call() {
    let api = Api::start().await;
    api.on_template("GET", "/v1/api/members/guestID4", json_body(200, MEMBER)).await;
    api.on_template("GET", "/v1/api/channels", json_body(203, "[]")).await;
    let (client, seen) = observed_client(&api, RetryPolicy::default());

    let member = ok(client.get_user().user_id("guestID4").send().await);
    ok(client.list_channels().filter(Filter::new()).send().await);

    assert_eq!(member.id, "guestID4");
    assert_eq!(
        *seen.lock().unwrap(),
        [
            ("get_user".to_owned(), 200, MEMBER.as_bytes().to_vec()),
            ("list_channels".to_owned(), 203, b"[]".to_vec()),
        ]
    );
}

/// Retried attempts are not shown: only the response the call returns.
#[tokio::test]
async fn a_retried_call_is_observed_once() {
    let api = Api::start().await;
    let is_member = |req: &Request| req.url.path() == "/v1/api/members/guestID4";
    Mock::given(is_member)
        .respond_with(ResponseTemplate::new(503).set_body_string("{\"busy\": true}"))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&api.server)
        .await;
    Mock::given(is_member)
        .respond_with(json_body(200, MEMBER))
        .with_priority(2)
        .mount(&api.server)
        .await;
    let retry = RetryPolicy::default()
        .max_retries(2)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(1));
    let (client, seen) = observed_client(&api, retry);

    ok(client.get_user().user_id("guestID4").send().await);

    assert_eq!(api.requests().await.len(), 3);
    assert_eq!(*seen.lock().unwrap(), [("get_user".to_owned(), 200, MEMBER.as_bytes().to_vec())]);
}

/// Error envelopes (with HTTP 200 or 401), bare HTTP errors and non-JSON 2xx bodies are not
/// shown. A 2xx JSON body that then fails to decode is: it is shown before decoding.
#[tokio::test]
async fn errors_are_not_observed() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/members/e200", 200, envelope(-1, "projectId is empty")).await;
    api.on("GET", "/v1/api/members/e401", 401, envelope(-3, "apiKey is deleted")).await;
    api.on_template("GET", "/v1/api/members/http", json_body(404, r#"{"id":"x"}"#)).await;
    api.on_template(
        "GET",
        "/v1/api/members/html",
        ResponseTemplate::new(200).set_body_raw("<html>hi</html>", "text/html"),
    )
    .await;
    api.on_template("GET", "/v1/api/channels/shape", json_body(200, r#"{"no":"id"}"#)).await;
    // Cut JSON: the client skips the syntax check only when nobody observes.
    api.on_template("GET", "/v1/api/members/cut", json_body(200, r#"{"id":"gu"#)).await;
    let (client, seen) = observed_client(&api, RetryPolicy::disabled());

    for user in ["e200", "e401", "http", "html", "cut"] {
        fail(client.get_user().user_id(user).send().await);
    }
    assert_eq!(*seen.lock().unwrap(), []);

    let err = fail(client.get_channel().channel_id("shape").send().await);
    assert!(matches!(err, ncloud_chat::Error::Decode { .. }), "{err:?}");
    assert_eq!(
        *seen.lock().unwrap(),
        [("get_channel".to_owned(), 200, br#"{"no":"id"}"#.to_vec())]
    );
}

#[tokio::test]
async fn debug_changes_only_by_the_flag() {
    let api = Api::start().await;
    let plain = format!("{:?}", client_for(&api.server.uri()));
    let (observed, _) = observed_client(&api, RetryPolicy::default());

    assert!(plain.contains("on_response: None"), "{plain}");
    assert_eq!(
        format!("{observed:?}"),
        plain.replace("on_response: None", "on_response: Some(Observer)")
    );
}

#[tokio::test]
async fn a_shown_response_debugs_as_its_call_and_body_size() {
    let api = Api::start().await;
    api.on_template("GET", "/v1/api/members/guestID4", json_body(200, MEMBER)).await;
    let shown = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&shown);
    let client = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(api.server.uri())
        .on_response(move |response| sink.lock().unwrap().push(format!("{response:?}")))
        .build()
        .expect("valid configuration");

    ok(client.get_user().user_id("guestID4").send().await);

    assert_eq!(
        *shown.lock().unwrap(),
        [format!(
            "ResponseBody {{ operation_id: \"get_user\", status: 200, body_len: {} }}",
            MEMBER.len()
        )]
    );
}
