//! A 2xx body is a success only in the operation's success shape: an error envelope with HTTP
//! 200 is the vendor's error; an empty body, cut JSON, the wrong shape, `{}` or a foreign object
//! is a decode error (with the status and the body's start), also for the operations whose
//! success types have no required member.

use ncloud_chat::{ApiCode, Error, types};
use serde_json::{Value, json};

use wiremock::ResponseTemplate;

use crate::common::{Api, assert_request, assert_same_data, envelope, fail, ok};
use crate::errors::assert_api;
use crate::fixtures;

/// The seven operations whose success types have only optional members (or are a union of
/// such shapes), each called once: a body in no success shape must not pass as one.
async fn call_each(client: &ncloud_chat::Client) -> Vec<(&'static str, Error)> {
    vec![
        (
            "bulk_request_friends",
            fail(
                client
                    .bulk_request_friends()
                    .body(types::BulkFriendRequest(vec![types::FriendPair {
                        user_id: "a".into(),
                        friend_id: "b".into(),
                    }]))
                    .send()
                    .await,
            ),
        ),
        (
            "reject_friend",
            fail(client.reject_friend().body_map(|b| b.user_id("a").friend_id("b")).send().await),
        ),
        (
            "accept_friend",
            fail(client.accept_friend().body_map(|b| b.user_id("a").friend_id("b")).send().await),
        ),
        (
            "request_friend",
            fail(client.request_friend().body_map(|b| b.user_id("a").friend_id("b")).send().await),
        ),
        ("get_push_notification", fail(client.get_push_notification().user_id("a").send().await)),
        (
            "set_push_notification",
            fail(
                client.set_push_notification().user_id("a").body_map(|b| b.push(true)).send().await,
            ),
        ),
        (
            "disable_push_notification",
            fail(client.disable_push_notification().user_id("a").send().await),
        ),
    ]
}

/// Serves `body` with HTTP 200 on every path of the seven operations, the list of users and
/// the token.
async fn serving(body: Value) -> Api {
    let api = Api::start().await;
    for (method, path) in [
        ("POST", "/v1/api/friendship/bulk"),
        ("POST", "/v1/api/friendship/reject"),
        ("POST", "/v1/api/friendship/accept"),
        ("POST", "/v1/api/friendship/request"),
        ("GET", "/v1/api/members/a/notification"),
        ("POST", "/v1/api/members/a/notification"),
        ("DELETE", "/v1/api/members/a/notification"),
        ("GET", "/v1/api/members"),
        ("POST", "/v1/api/token"),
    ] {
        api.on(method, path, 200, body.clone()).await;
    }
    api
}

#[tokio::test]
async fn an_empty_object_is_not_a_success() {
    let api = serving(json!({})).await;
    let errors = call_each(&api.client).await;
    assert_eq!(errors.len(), 7);
    for (operation, err) in errors {
        match &err {
            Error::Decode { body_snippet, .. } => assert_eq!(body_snippet, "{}", "{operation}"),
            other => panic!("{operation}: expected a decode error, got {other:?}"),
        }
    }
    assert_eq!(api.requests().await.len(), 7);
}

/// An error envelope with HTTP 200 is the vendor's error whatever the success type: one whose
/// members are all optional, one that itself carries `status` (disable push), a list, the
/// token. A foreign object (no envelope, no wrapper key) is a decode error.
#[tokio::test]
async fn an_error_envelope_with_http_200_is_not_a_success() {
    let api = serving(envelope(-1, "projectId is empty")).await;
    let mut errors = call_each(&api.client).await;
    errors.push(("list_users", fail(api.client.list_users().filter("{}").send().await)));
    errors.push((
        "issue_token",
        fail(api.client.issue_token().id("guestID4").expire_day(5u64).send().await),
    ));
    for (operation, err) in &errors {
        assert_api(err, ApiCode::UnregisteredKey, "projectId is empty", 200);
        assert!(err.is_auth_error(), "{operation}: {err:?}");
    }
    assert_eq!(api.requests().await.len(), 9);

    let api = serving(json!({ "result": "ok" })).await;
    for (operation, err) in call_each(&api.client).await {
        assert!(matches!(err, Error::Decode { .. }), "{operation}: {err:?}");
    }
}

#[tokio::test]
async fn empty_200_body_is_a_decode_error() {
    let api = Api::start().await;
    api.on_template("GET", "/v1/api/channels/C1", ResponseTemplate::new(200)).await;

    let err = fail(api.client.get_channel().channel_id("C1").send().await);

    let Error::Decode { status, body_snippet, .. } = &err else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(status.map(|s| s.as_u16()), Some(200));
    assert_eq!(body_snippet, "");
    assert!(std::error::Error::source(&err).is_some(), "the decoder's error is kept");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_with_its_status() {
    let api = Api::start().await;
    let whole = crate::fixtures::channel_private().to_string();
    let cut = &whole[..whole.len() / 2];
    api.on_template(
        "GET",
        "/v1/api/channels/C1",
        ResponseTemplate::new(200).set_body_raw(cut.to_owned(), "application/json"),
    )
    .await;

    let err = fail(api.client.get_channel().channel_id("C1").send().await);

    let Error::Decode { status, body_snippet, source, .. } = &err else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(status.map(|s| s.as_u16()), Some(200));
    assert!(cut.starts_with(body_snippet.trim_end_matches('…')));
    assert!(source.is_eof(), "the decoder saw the body end early: {source}");
}

/// A list page is never probed for an envelope (only an object can be one), so its syntax is
/// the decoder's to check: cut, it is still a decode error with status 200.
#[tokio::test]
async fn truncated_list_page_is_a_decode_error_with_its_status() {
    let api = Api::start().await;
    let whole =
        serde_json::json!([crate::fixtures::message_old(), crate::fixtures::message_admin()])
            .to_string();
    let cut = &whole[..whole.len() - 20];
    api.on_template(
        "GET",
        "/v1/api/messages/C1",
        ResponseTemplate::new(200).set_body_raw(cut.to_owned(), "application/json"),
    )
    .await;

    let err =
        fail(api.client.list_messages().channel_id("C1").filter("{}").option("{}").send().await);

    let Error::Decode { status, source, .. } = &err else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(status.map(|s| s.as_u16()), Some(200));
    assert!(source.is_eof(), "the decoder saw the body end early: {source}");
}

/// Valid JSON of the wrong shape (a channel without its required `id`) is a decode error too.
#[tokio::test]
async fn wrong_shape_is_a_decode_error() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/channels/C1", 200, json!({ "name": "no id" })).await;

    let err = fail(api.client.get_channel().channel_id("C1").send().await);

    let Error::Decode { status, body_snippet, source } = &err else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert!(source.to_string().contains("id"), "{source}");
    // progenitor's decode error for a well-formed body does not carry the status.
    assert_eq!(*status, None);
    assert!(body_snippet.contains("no id"), "{body_snippet}");
}

/// A success with another 2xx status is decoded like a 200 and keeps what was sent: the
/// status and the headers, on the value the generated call returns.
#[tokio::test]
async fn a_201_success_keeps_its_status_and_headers() {
    let api = Api::start().await;
    api.on_template(
        "POST",
        "/v1/api/messages/c-1",
        ResponseTemplate::new(201)
            .insert_header("x-request-id", "r-7")
            .set_body_json(json!({ "message": fixtures::message_admin() })),
    )
    .await;
    let sent = ok(api
        .client
        .send_message()
        .channel_id("c-1")
        .body_map(|b| b.content("hello"))
        .send()
        .await);
    assert_eq!(sent.status().as_u16(), 201);
    assert_eq!(sent.headers()["x-request-id"], "r-7");
    assert_same_data(&sent.into_inner(), &json!({ "message": fixtures::message_admin() }));
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/messages/c-1",
        &[],
        Some(json!({ "content": "hello" })),
    );
}
