//! Path parameters arrive as exactly one percent-encoded segment, whatever they contain.

use serde_json::json;

use crate::common::{
    Api, assert_auth_headers, assert_request, assert_same_data, describe, fail, ok,
};

/// Reserved characters, `%`, a dot pair, spaces and non-ASCII in one ID.
const AWKWARD: &str = "a/b?c#d%e ..f 한글";
/// Its single-segment encoding.
const AWKWARD_ENCODED: &str = "a%2Fb%3Fc%23d%25e%20..f%20%ED%95%9C%EA%B8%80";
/// An e-mail address, a user ID the service accepts beyond the documented pattern.
const EMAIL: &str = "alice@example.com";
/// How the generated client puts [`EMAIL`] in a path: one segment, `@` as is (a valid path
/// character).
const EMAIL_SEGMENT: &str = "alice@example.com";

#[tokio::test]
async fn user_id_is_one_encoded_segment() {
    let api = Api::start().await;
    let path = format!("/v1/api/members/{AWKWARD_ENCODED}");
    api.on("GET", &path, 200, json!({ "id": AWKWARD, "name": "awkward" })).await;
    api.on(
        "POST",
        &format!("{path}/notification"),
        200,
        json!({ "member": { "id": AWKWARD, "notifications": null }, "status": 1 }),
    )
    .await;

    let member = ok(api.client.get_user().user_id(AWKWARD).send().await).into_inner();
    let stored = ok(api
        .client
        .set_push_notification()
        .user_id(AWKWARD)
        .body_map(|b| b.push(true))
        .send()
        .await)
    .into_inner();

    assert_eq!(member.id, AWKWARD);
    assert_eq!(stored.member.id, AWKWARD);
    let requests = api.requests().await;
    let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
    assert_eq!(paths, [path.clone(), format!("{path}/notification")]);
    for req in &requests {
        assert_eq!(req.url.query(), None, "nothing leaked into the query: {}", describe(req));
        assert_eq!(req.url.fragment(), None, "nothing leaked into a fragment");
        assert_auth_headers(req);
    }
}

#[tokio::test]
async fn channel_and_message_ids_are_one_encoded_segment_each() {
    let api = Api::start().await;
    let message_id = "m/1?x=y#z";
    let path = format!("/v1/api/messages/{AWKWARD_ENCODED}/m%2F1%3Fx=y%23z");
    let mut message = crate::fixtures::message_admin();
    message["id"] = json!(message_id);
    api.on("DELETE", &path, 200, json!({ "message": message })).await;

    let deleted =
        ok(api.client.delete_message().channel_id(AWKWARD).message_id(message_id).send().await)
            .into_inner();

    assert_eq!(deleted.message.id, message_id);
    let req = api.only_request().await;
    assert_eq!(req.url.path(), path);
    assert_eq!(req.url.query(), None);
}

/// Every operation with a path parameter encodes it the same way (the responses do not matter
/// here: the catch-all answers them all).
#[tokio::test]
async fn every_path_parameter_is_one_encoded_segment() {
    let api = Api::start().await;
    let (c, a) = (&api.client, AWKWARD);
    let _ = c.get_user().user_id(a).send().await;
    let _ = c.update_user().user_id(a).body_map(|b| b.profile("p".to_string())).send().await;
    let _ = c.remove_user().user_id(a).send().await;
    let _ = c.set_push_notification().user_id(a).body_map(|b| b.ad(false)).send().await;
    let _ = c.get_push_notification().user_id(a).send().await;
    let _ = c.disable_push_notification().user_id(a).send().await;
    let _ = c.send_message().channel_id(a).body_map(|b| b.content("hi")).send().await;
    let _ = c.list_messages().channel_id(a).filter("{}").send().await;
    let _ = c.get_message().channel_id(a).message_id(a).send().await;
    let _ = c.delete_message().channel_id(a).message_id(a).send().await;
    let _ = c.get_channel().channel_id(a).send().await;
    let _ = c.update_channel().channel_id(a).body_map(|b| b.push(false)).send().await;
    let _ = c.delete_channel().channel_id(a).send().await;

    let sent: Vec<String> =
        api.requests().await.iter().map(|r| format!("{} {}", r.method, r.url.path())).collect();
    let (members, messages, channels) = ("/v1/api/members", "/v1/api/messages", "/v1/api/channels");
    let e = AWKWARD_ENCODED;
    assert_eq!(
        sent,
        [
            format!("GET {members}/{e}"),
            format!("PUT {members}/{e}"),
            format!("DELETE {members}/{e}"),
            format!("POST {members}/{e}/notification"),
            format!("GET {members}/{e}/notification"),
            format!("DELETE {members}/{e}/notification"),
            format!("POST {messages}/{e}"),
            format!("GET {messages}/{e}"),
            format!("GET {messages}/{e}/{e}"),
            format!("DELETE {messages}/{e}/{e}"),
            format!("GET {channels}/{e}"),
            format!("PUT {channels}/{e}"),
            format!("DELETE {channels}/{e}"),
        ]
    );
}

/// IDs the URL parser would reinterpret must not reach another resource: `.` and `..` are dot
/// segments (`/v1/api/members/..` is `/v1/api/`), and `\` is a path separator in `http` URLs.
/// Such an ID is refused before anything is sent, the error naming the operation and its path
/// template.
#[tokio::test]
async fn ids_the_url_parser_would_reinterpret_are_refused_before_sending() {
    let api = Api::start().await;
    for id in [".", "..", "a\\b", "..\\.."] {
        let err = fail(api.client.remove_user().user_id(id).send().await);
        match &err {
            ncloud_chat::Error::InvalidRequest(message) => assert!(
                message.contains("remove_user (/v1/api/members/{userId})"),
                "{id:?}: {message}"
            ),
            other => panic!("{id:?}: expected Error::InvalidRequest, got {other:?}"),
        }
    }
    let sent: Vec<String> = api.requests().await.iter().map(describe).collect();
    assert!(sent.is_empty(), "IDs escaped their path segment: {sent:#?}");
}

#[tokio::test]
async fn an_email_user_id_is_registered_fetched_and_removed() {
    let api = Api::start().await;
    let path = format!("/v1/api/members/{EMAIL_SEGMENT}");
    let member = json!({ "id": EMAIL, "member_id": EMAIL, "name": "Alice" });
    api.on("POST", "/v1/api/members", 200, json!({ "member": member })).await;
    api.on("GET", &path, 200, member.clone()).await;
    let removed = json!({ "member": { "id": EMAIL, "deleted": true } });
    api.on("DELETE", &path, 200, removed.clone()).await;

    let registered =
        ok(api.client.register_user().body_map(|b| b.user_id(EMAIL).name("Alice")).send().await)
            .into_inner();
    let fetched = ok(api.client.get_user().user_id(EMAIL).send().await).into_inner();
    let deleted = ok(api.client.remove_user().user_id(EMAIL).send().await).into_inner();

    assert_eq!(registered.member.id, EMAIL);
    assert_same_data(&fetched, &member);
    assert_eq!(deleted.member.deleted, Some(true));
    let requests = api.requests().await;
    assert_eq!(requests.len(), 3);
    assert_request(
        &requests[0],
        "POST",
        "/v1/api/members",
        &[],
        Some(json!({ "userId": EMAIL, "name": "Alice" })),
    );
    assert_request(&requests[1], "GET", &path, &[], None);
    assert_request(&requests[2], "DELETE", &path, &[], None);
}
