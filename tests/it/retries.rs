//! Retries: GET/PUT/DELETE are sent again on 429/502/503/504, POST never; each attempt is a
//! complete request with credentials. Backoff is shortened so the tests do not wait. (The
//! hostile-network cases are in `faults.rs`; jitter and `Retry-After` arithmetic are unit
//! tests of `retry.rs`, with the random draw and the clock injected.)

use std::time::Duration;

use ncloud_chat::{Client, Error, RetryPolicy};
use serde_json::json;
use wiremock::{Mock, Request, ResponseTemplate};

use crate::common::{API_KEY, Api, PROJECT_ID, assert_request, envelope, fail, ok};
use crate::fixtures;

fn fast(retries: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_retries(retries)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(1))
}

fn client(api: &Api, policy: RetryPolicy) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(api.server.uri())
        .retry(policy)
        .build()
        .expect("valid configuration")
}

/// `method path` answers `failure` the first `times` times, then `success`.
async fn flaky(
    api: &Api,
    method: &str,
    path: &str,
    times: u64,
    failure: ResponseTemplate,
    success: ResponseTemplate,
) {
    let matches = {
        let (method, path) = (method.to_owned(), path.to_owned());
        move |req: &Request| req.method.as_str() == method && req.url.path() == path
    };
    Mock::given(matches.clone())
        .respond_with(failure)
        .up_to_n_times(times)
        .with_priority(1)
        .mount(&api.server)
        .await;
    Mock::given(matches).respond_with(success).with_priority(2).mount(&api.server).await;
}

fn gateway_page(status: u16) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw("<html>try later</html>", "text/html")
}

#[tokio::test]
async fn get_is_retried_on_503_until_it_succeeds() {
    let api = Api::start().await;
    flaky(
        &api,
        "GET",
        "/v1/api/members/guestID4",
        2,
        gateway_page(503),
        ResponseTemplate::new(200).set_body_json(fixtures::member_guest()),
    )
    .await;

    let member = ok(client(&api, fast(2)).get_user().user_id("guestID4").send().await);

    assert_eq!(member.id, "guestID4");
    let requests = api.requests().await;
    assert_eq!(requests.len(), 3);
    for req in &requests {
        assert_request(req, "GET", "/v1/api/members/guestID4", &[], None);
    }
}

#[tokio::test]
async fn put_and_delete_are_retried_with_the_same_request() {
    let api = Api::start().await;
    let path = "/v1/api/channels/C1";
    flaky(
        &api,
        "PUT",
        path,
        1,
        ResponseTemplate::new(429).set_body_json(envelope(-100, "slow down")),
        ResponseTemplate::new(200).set_body_json(json!({ "channel": { "id": "C1", "limit": 5 } })),
    )
    .await;
    flaky(
        &api,
        "DELETE",
        path,
        1,
        gateway_page(502),
        ResponseTemplate::new(200).set_body_json(json!({ "channel": { "id": "C1" } })),
    )
    .await;
    let client = client(&api, fast(2));

    let updated =
        ok(client.update_channel().channel_id("C1").body_map(|b| b.limit(5)).send().await);
    let deleted = ok(client.delete_channel().channel_id("C1").send().await);

    assert_eq!(updated.channel.limit, Some(5));
    assert_eq!(deleted.channel.id, "C1");
    let requests = api.requests().await;
    assert_eq!(requests.len(), 4);
    for req in &requests[..2] {
        assert_request(req, "PUT", path, &[], Some(json!({ "limit": 5 })));
    }
    for req in &requests[2..] {
        assert_request(req, "DELETE", path, &[], None);
    }
}

#[tokio::test]
async fn retries_stop_at_the_limit_with_the_last_error() {
    let api = Api::start().await;
    api.on_template("GET", "/v1/api/channels/C1", gateway_page(504)).await;

    // The default policy, with waits shortened: one attempt and two retries.
    let policy = RetryPolicy::default()
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(1));
    let err = fail(client(&api, policy).get_channel().channel_id("C1").send().await);

    let Error::GaveUp { attempts: 3, retry_after: None, last } = &err else {
        panic!("expected Error::GaveUp after 3 attempts, got {err:?}");
    };
    assert!(matches!(**last, Error::Http { status, .. } if status.as_u16() == 504), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(504));
    assert!(err.is_retryable());
    assert_eq!(api.requests().await.len(), 3, "one attempt and two retries");
}

#[tokio::test]
async fn post_is_never_retried() {
    let api = Api::start().await;
    flaky(
        &api,
        "POST",
        "/v1/api/messages/C1",
        1,
        gateway_page(503),
        ResponseTemplate::new(200).set_body_json(json!({ "message": fixtures::message_admin() })),
    )
    .await;

    let err = fail(
        client(&api, fast(5))
            .send_message()
            .channel_id("C1")
            .body_map(|b| b.content("once"))
            .send()
            .await,
    );

    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert!(err.is_retryable(), "retryable by the caller, not by the client");
    assert_eq!(api.requests().await.len(), 1);
}

#[tokio::test]
async fn other_statuses_and_disabled_policy_are_not_retried() {
    let api = Api::start().await;
    api.on_template("GET", "/v1/api/channels/500", gateway_page(500)).await;
    api.on_template("GET", "/v1/api/channels/408", gateway_page(408)).await;
    api.on_template("GET", "/v1/api/channels/503", gateway_page(503)).await;
    let retrying = client(&api, fast(3));
    let never = client(&api, RetryPolicy::disabled());

    for (client, id, status) in
        [(&retrying, "500", 500), (&retrying, "408", 408), (&never, "503", 503)]
    {
        let before = api.requests().await.len();
        let err = fail(client.get_channel().channel_id(id).send().await);
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(api.requests().await.len() - before, 1, "HTTP {status} sent once");
    }
}

/// A `Retry-After` of ~585 billion years and an operation timeout too large for the clock
/// neither panic nor hang: the wait that cannot fit the operation timeout is not taken, and a
/// timeout past the clock's range is no deadline.
#[tokio::test]
async fn extreme_waits_and_timeouts_neither_panic_nor_hang() {
    let api = Api::start().await;
    api.on_template(
        "GET",
        "/v1/api/members/guestID4",
        ResponseTemplate::new(429).insert_header("retry-after", "99999999999999999999"),
    )
    .await;
    let builder = || {
        Client::builder()
            .api_key(API_KEY)
            .project_id(PROJECT_ID)
            .base_url(api.server.uri())
            .retry(RetryPolicy::default().max_retry_after(Duration::MAX))
    };

    let client =
        builder().operation_timeout(Duration::from_secs(60)).build().expect("valid configuration");
    let err = fail(client.get_user().user_id("guestID4").send().await);
    assert_eq!(err.attempts(), Some(1), "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(u64::MAX)));
    assert_eq!(api.requests().await.len(), 1);

    let client = builder()
        .operation_timeout(Duration::MAX)
        .retry(RetryPolicy::disabled())
        .build()
        .expect("valid configuration");
    let err = fail(client.get_user().user_id("guestID4").send().await);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(api.requests().await.len(), 2);
}
