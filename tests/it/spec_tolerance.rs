//! Spec round 2 (issue 9), on the wire: what the service sends and accepts is accepted (e-mail
//! user IDs, `device: "sandbox"` sent back, `null` nested objects, float sizes, numeric sort
//! directions, fields from the service's schema); what it never could send as a success is
//! refused (`{}` or an error envelope for the operations whose responses used to require
//! nothing); and what the spec refuses is refused before sending, on the generated operations
//! themselves.

use ncloud_chat::{ApiCode, Error, ListQuery, Sort, types};
use ncloud_chat_fake::{FakeConfig, FakeServer};
use serde_json::{Value, json};

use crate::common::{Api, Q, assert_request, assert_same_data, envelope, fail, ok};
use crate::fixtures;

const EMAIL: &str = "alice@example.com";
/// How the generated client puts [`EMAIL`] in a path: one segment, `@` as is (a valid path
/// character).
const EMAIL_SEGMENT: &str = "alice@example.com";

/// The emulator (kept running while the first value lives) and a client for it.
async fn emulator() -> (FakeServer, ncloud_chat::Client) {
    let fake = FakeServer::start(FakeConfig::default())
        .await
        .expect("the emulator starts");
    let client = ncloud_chat::Client::builder()
        .api_key(fake.api_key())
        .project_id(fake.project_id())
        .base_url(fake.base_url())
        .build()
        .expect("valid configuration");
    (fake, client)
}

#[tokio::test]
async fn an_email_user_id_is_registered_fetched_and_removed() {
    let api = Api::start().await;
    let path = format!("/v1/api/members/{EMAIL_SEGMENT}");
    let member = json!({ "id": EMAIL, "member_id": EMAIL, "name": "Alice" });
    api.on("POST", "/v1/api/members", 200, json!({ "member": member }))
        .await;
    api.on("GET", &path, 200, member.clone()).await;
    let removed = json!({ "member": { "id": EMAIL, "deleted": true } });
    api.on("DELETE", &path, 200, removed.clone()).await;

    let registered = ok(api
        .client
        .register_user()
        .body_map(|b| b.user_id(EMAIL).name("Alice"))
        .send()
        .await)
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

#[tokio::test]
async fn an_email_user_id_round_trips_through_the_emulator() {
    let (_fake, client) = emulator().await;

    let registered = ok(client
        .register_user()
        .body_map(|b| b.user_id(EMAIL).name("Alice"))
        .send()
        .await)
    .into_inner();
    assert_eq!(registered.member.id, EMAIL);
    let fetched = ok(client.get_user().user_id(EMAIL).send().await).into_inner();
    assert_eq!((fetched.id.as_str(), fetched.deleted), (EMAIL, Some(false)));
    let removed = ok(client.remove_user().user_id(EMAIL).send().await).into_inner();
    assert_eq!(removed.member.deleted, Some(true));
    let again = ok(client.get_user().user_id(EMAIL).send().await).into_inner();
    assert_eq!(again.deleted, Some(true), "a soft delete: still readable");
}

#[tokio::test]
async fn sandbox_is_read_and_written_back() {
    let api = Api::start().await;
    let path = "/v1/api/members/NCP001/notification";
    api.on("GET", path, 200, fixtures::push_settings_sandbox())
        .await;
    let stored = json!({
        "member": { "id": "NCP001", "notifications": { "device": "sandbox" } },
        "status": 1
    });
    api.on("POST", path, 200, stored).await;

    let read = ok(api
        .client
        .get_push_notification()
        .user_id("NCP001")
        .send()
        .await)
    .into_inner();
    let device = read
        .notifications
        .and_then(|n| n.device)
        .expect("the official example has a device");
    assert_eq!(device, "sandbox");
    let written = ok(api
        .client
        .set_push_notification()
        .user_id("NCP001")
        .body_map(|b| b.device(device.clone()))
        .send()
        .await)
    .into_inner();

    assert_eq!(
        written.member.notifications.and_then(|n| n.device),
        Some(device)
    );
    let requests = api.requests().await;
    assert_request(
        &requests[1],
        "POST",
        path,
        &[],
        Some(json!({ "device": "sandbox" })),
    );
}

#[tokio::test]
async fn sandbox_round_trips_through_the_emulator() {
    let (_fake, client) = emulator().await;
    ok(client
        .register_user()
        .body_map(|b| b.user_id("sandboxer").name("S"))
        .send()
        .await);
    ok(client
        .set_push_notification()
        .user_id("sandboxer")
        .body_map(|b| b.device("sandbox".to_owned()))
        .send()
        .await);
    let read = ok(client
        .get_push_notification()
        .user_id("sandboxer")
        .send()
        .await)
    .into_inner();
    let device = read.notifications.and_then(|n| n.device);
    assert_eq!(device.as_deref(), Some("sandbox"));
    // Sent back as read.
    let again = ok(client
        .set_push_notification()
        .user_id("sandboxer")
        .body_map(|b| b.device(device.clone().unwrap_or_default()))
        .send()
        .await)
    .into_inner();
    assert_eq!(again.member.notifications.and_then(|n| n.device), device);
}

/// A JSON object with `key` set to `null`.
fn with_null(mut value: Value, key: &str) -> Value {
    value[key] = Value::Null;
    value
}

#[tokio::test]
async fn every_nullable_nested_object_decodes_from_null() {
    let api = Api::start().await;
    let channel = with_null(
        with_null(fixtures::channel_private(), "user"),
        "last_message",
    );
    api.on("GET", "/v1/api/channels/C1", 200, channel.clone())
        .await;
    let message = with_null(with_null(fixtures::message_admin(), "sender"), "admin");
    api.on("GET", "/v1/api/messages/C1/M1", 200, message.clone())
        .await;
    let subscription = with_null(with_null(fixtures::subscription_old(), "user"), "mark");
    api.on(
        "GET",
        "/v1/api/subscriptions",
        200,
        json!([subscription.clone()]),
    )
    .await;
    let member = with_null(fixtures::member_guest(), "notifications");
    api.on("GET", "/v1/api/members/U1", 200, member.clone())
        .await;
    let settings = json!({ "id": "U1", "notifications": null });
    api.on(
        "GET",
        "/v1/api/members/U1/notification",
        200,
        settings.clone(),
    )
    .await;

    let c = &api.client;
    let got_channel = ok(c.get_channel().channel_id("C1").send().await).into_inner();
    let got_message = ok(c
        .get_message()
        .channel_id("C1")
        .message_id("M1")
        .send()
        .await)
    .into_inner();
    let got_subscriptions = ok(c.list_subscriptions().filter("{}").send().await).into_inner();
    let got_member = ok(c.get_user().user_id("U1").send().await).into_inner();
    let got_settings = ok(c.get_push_notification().user_id("U1").send().await).into_inner();

    assert_eq!(
        (&got_channel.user, &got_channel.last_message),
        (&None, &None)
    );
    assert_eq!((&got_message.sender, &got_message.admin), (&None, &None));
    let types::SubscriptionList::Subscriptions(page) = got_subscriptions else {
        panic!("a page, not a count: {got_subscriptions:?}");
    };
    assert_eq!((&page[0].user, &page[0].mark), (&None, &None));
    assert_eq!(got_member.notifications, None);
    assert_eq!(got_settings.notifications, None);
    // Nothing else was lost on the way.
    assert_same_data(&got_channel, &channel);
    assert_same_data(&got_message, &message);
    assert_same_data(&page[0], &subscription);
    assert_same_data(&got_member, &member);
}

#[tokio::test]
async fn float_sizes_and_the_service_schema_fields_decode() {
    let api = Api::start().await;
    let mut message = fixtures::message_admin();
    message["attachment_filenames"]["size"] = json!(1234.5);
    message["sended_at"] = json!("2025-07-24T09:00:01+09:00");
    message["updated_at"] = json!("2025-07-24T09:00:02+09:00");
    message["parent_message_id"] = json!("6836b00210faf7f00e3838a1");
    message["bytes"] = json!(25);
    let mut channel = fixtures::channel_private();
    channel["last_message"] = message.clone();
    channel["deleted_at"] = json!("2025-07-25T00:00:00+09:00");
    let mut subscription = fixtures::subscription_old();
    subscription["updated_at"] = json!("2023-04-22T10:00:00+09:00");
    api.on("GET", "/v1/api/messages/C1/M1", 200, message.clone())
        .await;
    api.on("GET", "/v1/api/channels/C1", 200, channel.clone())
        .await;
    api.on("GET", "/v1/api/subscriptions", 200, json!([subscription]))
        .await;

    let c = &api.client;
    let got = ok(c
        .get_message()
        .channel_id("C1")
        .message_id("M1")
        .send()
        .await)
    .into_inner();
    let size = got.attachment_filenames.as_ref().and_then(|a| a.size);
    assert_eq!(size, Some(1234.5));
    assert_eq!(got.sended_at.as_deref(), Some("2025-07-24T09:00:01+09:00"));
    assert_eq!(got.updated_at.as_deref(), Some("2025-07-24T09:00:02+09:00"));
    assert_eq!(
        got.parent_message_id.as_deref(),
        Some("6836b00210faf7f00e3838a1")
    );
    assert_eq!(got.bytes, Some(25));
    assert_same_data(&got, &message);
    let got_channel = ok(c.get_channel().channel_id("C1").send().await).into_inner();
    assert_eq!(got_channel.last_message.as_ref(), Some(&got));
    assert_eq!(
        got_channel.deleted_at.as_deref(),
        Some("2025-07-25T00:00:00+09:00")
    );
    let types::SubscriptionList::Subscriptions(page) =
        ok(c.list_subscriptions().filter("{}").send().await).into_inner()
    else {
        panic!("a page");
    };
    assert_eq!(
        page[0].updated_at.as_deref(),
        Some("2023-04-22T10:00:00+09:00")
    );

    // A whole-number float decodes too.
    message["attachment_filenames"]["size"] = json!(1234.0);
    let decoded: types::Message = serde_json::from_value(message).expect("decodes");
    assert_eq!(
        decoded.attachment_filenames.and_then(|a| a.size),
        Some(1234.0)
    );
}

#[tokio::test]
async fn numeric_sort_directions_are_sent() {
    use futures::TryStreamExt;
    use ncloud_chat::{Filter, ListExt};

    let api = Api::start().await;
    api.on("GET", "/v1/api/messages/C1", 200, json!([])).await;
    let c = &api.client;
    ok(c.list_messages()
        .channel_id("C1")
        .filter(Filter::new())
        .sort(Sort::descending("created_at").numeric())
        .send()
        .await);
    ok(c.list_messages()
        .channel_id("C1")
        .filter("{}")
        .sort(r#"{"created_at":1}"#)
        .send()
        .await);
    let streamed: Vec<types::Message> = ok(c
        .paginate_messages(
            "C1",
            ListQuery::new(Filter::new()).sort(Sort::ascending("sort_id").numeric()),
        )
        .try_collect()
        .await);
    assert!(streamed.is_empty());

    let requests = api.requests().await;
    let sorts: Vec<Value> = requests
        .iter()
        .map(|r| crate::common::query_json(r, "sort").expect("a sort"))
        .collect();
    assert_eq!(
        sorts,
        [
            json!({ "created_at": -1 }),
            json!({ "created_at": 1 }),
            json!({ "sort_id": 1 })
        ]
    );
    assert_request(
        &requests[0],
        "GET",
        "/v1/api/messages/C1",
        &[
            ("filter", Q::Json(json!({}))),
            ("sort", Q::Text(r#"{"created_at":-1}"#)),
        ],
        None,
    );
}

/// The seven operations whose success bodies required nothing before, each called once.
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
            fail(
                client
                    .reject_friend()
                    .body_map(|b| b.user_id("a").friend_id("b"))
                    .send()
                    .await,
            ),
        ),
        (
            "accept_friend",
            fail(
                client
                    .accept_friend()
                    .body_map(|b| b.user_id("a").friend_id("b"))
                    .send()
                    .await,
            ),
        ),
        (
            "request_friend",
            fail(
                client
                    .request_friend()
                    .body_map(|b| b.user_id("a").friend_id("b"))
                    .send()
                    .await,
            ),
        ),
        (
            "get_push_notification",
            fail(client.get_push_notification().user_id("a").send().await),
        ),
        (
            "set_push_notification",
            fail(
                client
                    .set_push_notification()
                    .user_id("a")
                    .body_map(|b| b.push(true))
                    .send()
                    .await,
            ),
        ),
        (
            "disable_push_notification",
            fail(client.disable_push_notification().user_id("a").send().await),
        ),
    ]
}

/// Serves `body` with HTTP 200 on every path of the seven operations.
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

#[tokio::test]
async fn an_error_envelope_with_http_200_is_not_a_success() {
    let api = serving(envelope(-3, "apiKey is deleted")).await;
    for (operation, err) in call_each(&api.client).await {
        assert_eq!(
            err.code(),
            Some(ApiCode::DeletedKey),
            "{operation}: {err:?}"
        );
    }
    // And a foreign object (no envelope, no wrapper key) is a decode error too.
    let api = serving(json!({ "result": "ok" })).await;
    for (operation, err) in call_each(&api.client).await {
        assert!(matches!(err, Error::Decode { .. }), "{operation}: {err:?}");
    }
}

#[tokio::test]
async fn generated_operations_refuse_out_of_range_values_before_sending() {
    let api = Api::start().await;
    let c = &api.client;
    let errors = [
        fail(c.issue_token().id(EMAIL).expire_day(91u64).send().await),
        fail(
            c.list_users()
                .filter("{}")
                .option(r#"{"per_page":101}"#)
                .send()
                .await,
        ),
        fail(
            c.list_channels()
                .filter("{}")
                .option(r#"{"offset":0,"per_page":0}"#)
                .send()
                .await,
        ),
        fail(
            c.list_messages()
                .channel_id("C1")
                .filter("{}")
                .option(r#"{"per_page":101}"#)
                .send()
                .await,
        ),
        fail(
            c.list_subscriptions()
                .filter("{}")
                .sort(r#"{"created_at":"desc"}"#)
                .send()
                .await,
        ),
    ];
    let messages: Vec<String> = errors
        .iter()
        .map(|e| match e {
            Error::InvalidRequest(message) => message.clone(),
            other => panic!("expected InvalidRequest, got {other:?}"),
        })
        .collect();
    assert_eq!(
        messages,
        [
            "issue_token: query parameter `expireDay` must be from 1 to 90, got 91",
            "list_users: `option.per_page` must be from 1 to 100, got 101",
            "list_channels: `option.per_page` must be from 1 to 100, got 0",
            "list_messages: `option.per_page` must be from 1 to 100, got 101",
            r#"list_subscriptions: `sort.*` must be one of "1", "-1", 1, -1, got "desc""#,
        ]
    );
    // 0 is refused even earlier: typify types `expireDay` (minimum 1) as `NonZeroU64`.
    let zero = fail(c.issue_token().id(EMAIL).expire_day(0u64).send().await);
    assert!(
        matches!(&zero, Error::InvalidRequest(m) if m.contains("expire_day")),
        "{zero:?}"
    );
    assert!(api.requests().await.is_empty(), "nothing may be sent");

    // The bounds themselves are sent.
    api.on("POST", "/v1/api/token", 200, fixtures::token_issued())
        .await;
    ok(c.issue_token().id(EMAIL).expire_day(90u64).send().await);
    let sent = api.only_request().await;
    assert_request(
        &sent,
        "POST",
        "/v1/api/token",
        &[("id", Q::Text(EMAIL)), ("expireDay", Q::Text("90"))],
        None,
    );
}
