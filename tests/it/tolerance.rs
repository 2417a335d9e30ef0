//! Responses the vendor documents loosely still decode: extra fields, missing optional fields,
//! `null` nested objects, float sizes, the fields of the service's own schema, and
//! `device: "sandbox"` (sent back as read). The documented variants of a value are in
//! `response_variants.rs`.

use ncloud_chat::types;
use serde_json::{Value, json};

use crate::common::{Api, assert_request, assert_same_data, ok};
use crate::fixtures;

/// Adds undocumented members at every object level of a fixture.
fn with_extras(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut map: serde_json::Map<String, Value> =
                map.iter().map(|(k, v)| (k.clone(), with_extras(v))).collect();
            map.insert("x_undocumented".into(), json!({ "nested": [1, "two", null] }));
            map.insert("translations".into(), json!(["ko", "ja"]));
            Value::Object(map)
        }
        Value::Array(items) => Value::Array(items.iter().map(with_extras).collect()),
        other => other.clone(),
    }
}

#[tokio::test]
async fn unknown_extra_fields_are_ignored() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/members/guestID4", 200, with_extras(&fixtures::member_guest())).await;
    api.on("GET", "/v1/api/messages/C1/M1", 200, with_extras(&fixtures::message_admin())).await;
    api.on("GET", "/v1/api/channels", 200, with_extras(&json!([fixtures::channel_old()]))).await;
    api.on(
        "GET",
        "/v1/api/subscriptions",
        200,
        with_extras(&json!([fixtures::subscription_old()])),
    )
    .await;

    let member = ok(api.client.get_user().user_id("guestID4").send().await).into_inner();
    let message =
        ok(api.client.get_message().channel_id("C1").message_id("M1").send().await).into_inner();
    let channels = ok(api.client.list_channels().filter("{}").send().await).into_inner();
    let subscriptions = ok(api.client.list_subscriptions().filter("{}").send().await).into_inner();

    // Same data as without the extras.
    assert_same_data(&member, &fixtures::member_guest());
    assert_same_data(&message, &fixtures::message_admin());
    assert_same_data(&channels, &json!([fixtures::channel_old()]));
    assert_same_data(&subscriptions, &json!([fixtures::subscription_old()]));
}

#[tokio::test]
async fn only_required_fields_decode() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/members/U1", 200, json!({ "id": "U1" })).await;
    api.on("POST", "/v1/api/messages/C1", 200, json!({ "message": { "id": "M1" } })).await;
    api.on("GET", "/v1/api/channels/C1", 200, json!({ "id": "C1" })).await;
    api.on("GET", "/v1/api/subscriptions", 200, json!([{ "id": "S1" }])).await;
    api.on("POST", "/v1/api/friendship/accept", 200, json!({ "friendship": { "id": "F1" } })).await;
    api.on("POST", "/v1/api/token", 200, json!({ "status": 1 })).await;
    api.on(
        "GET",
        "/v1/api/members/U1/notification",
        200,
        json!({ "id": "U1", "notifications": null }),
    )
    .await;

    let member = ok(api.client.get_user().user_id("U1").send().await).into_inner();
    assert_eq!(member.id, "U1");
    assert_eq!((member.name, member.notifications, member.deleted), (None, None, None));

    let message =
        ok(api.client.send_message().channel_id("C1").body_map(|b| b.content("hi")).send().await)
            .into_inner()
            .message;
    assert_eq!(message.id, "M1");
    assert_eq!((message.content, message.sender), (None, None));

    let channel = ok(api.client.get_channel().channel_id("C1").send().await).into_inner();
    assert_eq!(channel.id, "C1");
    assert_eq!((channel.image_url, channel.members), (None, None));

    let page = ok(api.client.list_subscriptions().filter("{}").send().await).into_inner();
    let types::SubscriptionList::Subscriptions(subscriptions) = page else {
        panic!("expected subscriptions, got {page:?}");
    };
    assert_eq!(subscriptions[0].id, "S1");
    assert_eq!(subscriptions[0].mark, None);

    let decided =
        ok(api.client.accept_friend().body_map(|b| b.user_id("U1").friend_id("U2")).send().await)
            .into_inner();
    assert_eq!(decided.friendship.id, "F1");

    let token = ok(api.client.issue_token().id("U1").expire_day(1u64).send().await).into_inner();
    assert_eq!((token.status, token.token), (1, None));

    let settings = ok(api.client.get_push_notification().user_id("U1").send().await).into_inner();
    assert_eq!((settings.id.as_str(), settings.notifications), ("U1", None));
}

/// `device: "sandbox"`, not in the documented list, is read from both responses that carry
/// push settings, and sent back as read.
#[tokio::test]
async fn sandbox_device_is_read_and_written_back() {
    let api = Api::start().await;
    let path = "/v1/api/members/NCP001/notification";
    api.on("GET", path, 200, fixtures::push_settings_sandbox()).await;
    let mut member = fixtures::member_guest();
    member["notifications"] = fixtures::push_settings_sandbox()["notifications"].clone();
    api.on("GET", "/v1/api/members/guestID4", 200, member).await;
    let stored = json!({
        "member": { "id": "NCP001", "notifications": { "device": "sandbox" } },
        "status": 1
    });
    api.on("POST", path, 200, stored).await;

    let settings =
        ok(api.client.get_push_notification().user_id("NCP001").send().await).into_inner();
    let user = ok(api.client.get_user().user_id("guestID4").send().await).into_inner();
    for notifications in [&settings.notifications, &user.notifications] {
        let device = notifications.as_ref().and_then(|n| n.device.as_deref());
        assert_eq!(device, Some("sandbox"));
    }
    let device =
        settings.notifications.and_then(|n| n.device).expect("the official example has a device");
    let written = ok(api
        .client
        .set_push_notification()
        .user_id("NCP001")
        .body_map(|b| b.device(device.clone()))
        .send()
        .await)
    .into_inner();

    assert_eq!(written.member.notifications.and_then(|n| n.device), Some(device));
    let requests = api.requests().await;
    assert_request(&requests[2], "POST", path, &[], Some(json!({ "device": "sandbox" })));
}

/// A JSON object with `key` set to `null`.
fn with_null(mut value: Value, key: &str) -> Value {
    value[key] = Value::Null;
    value
}

#[tokio::test]
async fn every_nullable_nested_object_decodes_from_null() {
    let api = Api::start().await;
    let channel = with_null(with_null(fixtures::channel_private(), "user"), "last_message");
    api.on("GET", "/v1/api/channels/C1", 200, channel.clone()).await;
    let message = with_null(with_null(fixtures::message_admin(), "sender"), "admin");
    api.on("GET", "/v1/api/messages/C1/M1", 200, message.clone()).await;
    let subscription = with_null(with_null(fixtures::subscription_old(), "user"), "mark");
    api.on("GET", "/v1/api/subscriptions", 200, json!([subscription.clone()])).await;
    let member = with_null(fixtures::member_guest(), "notifications");
    api.on("GET", "/v1/api/members/U1", 200, member.clone()).await;
    let settings = json!({ "id": "U1", "notifications": null });
    api.on("GET", "/v1/api/members/U1/notification", 200, settings.clone()).await;

    let c = &api.client;
    let got_channel = ok(c.get_channel().channel_id("C1").send().await).into_inner();
    let got_message =
        ok(c.get_message().channel_id("C1").message_id("M1").send().await).into_inner();
    let got_subscriptions = ok(c.list_subscriptions().filter("{}").send().await).into_inner();
    let got_member = ok(c.get_user().user_id("U1").send().await).into_inner();
    let got_settings = ok(c.get_push_notification().user_id("U1").send().await).into_inner();

    assert_eq!((&got_channel.user, &got_channel.last_message), (&None, &None));
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
    api.on("GET", "/v1/api/messages/C1/M1", 200, message.clone()).await;
    api.on("GET", "/v1/api/channels/C1", 200, channel.clone()).await;
    api.on("GET", "/v1/api/subscriptions", 200, json!([subscription])).await;

    let c = &api.client;
    let got = ok(c.get_message().channel_id("C1").message_id("M1").send().await).into_inner();
    let size = got.attachment_filenames.as_ref().and_then(|a| a.size);
    assert_eq!(size, Some(1234.5));
    assert_eq!(got.sended_at.as_deref(), Some("2025-07-24T09:00:01+09:00"));
    assert_eq!(got.updated_at.as_deref(), Some("2025-07-24T09:00:02+09:00"));
    assert_eq!(got.parent_message_id.as_deref(), Some("6836b00210faf7f00e3838a1"));
    assert_eq!(got.bytes, Some(25));
    assert_same_data(&got, &message);
    let got_channel = ok(c.get_channel().channel_id("C1").send().await).into_inner();
    assert_eq!(got_channel.last_message.as_ref(), Some(&got));
    assert_eq!(got_channel.deleted_at.as_deref(), Some("2025-07-25T00:00:00+09:00"));
    let types::SubscriptionList::Subscriptions(page) =
        ok(c.list_subscriptions().filter("{}").send().await).into_inner()
    else {
        panic!("a page");
    };
    assert_eq!(page[0].updated_at.as_deref(), Some("2023-04-22T10:00:00+09:00"));

    // A whole-number float decodes too.
    message["attachment_filenames"]["size"] = json!(1234.0);
    let decoded: types::Message = serde_json::from_value(message).expect("decodes");
    assert_eq!(decoded.attachment_filenames.and_then(|a| a.size), Some(1234.0));
}
