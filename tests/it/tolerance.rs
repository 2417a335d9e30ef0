//! Responses the vendor documents loosely still decode: extra fields, missing optional fields,
//! open values (`device: "sandbox"`), `image_url` in all its forms, both friend-request shapes.

use ncloud_chat::types;
use serde_json::{Value, json};

use crate::common::{Api, assert_same_data, ok};
use crate::fixtures;

/// Adds undocumented members at every object level of a fixture.
fn with_extras(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut map: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), with_extras(v)))
                .collect();
            map.insert(
                "x_undocumented".into(),
                json!({ "nested": [1, "two", null] }),
            );
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
    api.on(
        "GET",
        "/v1/api/members/guestID4",
        200,
        with_extras(&fixtures::member_guest()),
    )
    .await;
    api.on(
        "GET",
        "/v1/api/messages/C1/M1",
        200,
        with_extras(&fixtures::message_admin()),
    )
    .await;
    api.on(
        "GET",
        "/v1/api/channels",
        200,
        with_extras(&json!([fixtures::channel_old()])),
    )
    .await;
    api.on(
        "GET",
        "/v1/api/subscriptions",
        200,
        with_extras(&json!([fixtures::subscription_old()])),
    )
    .await;

    let member = ok(api.client.get_user().user_id("guestID4").send().await).into_inner();
    let message = ok(api
        .client
        .get_message()
        .channel_id("C1")
        .message_id("M1")
        .send()
        .await)
    .into_inner();
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
    api.on("GET", "/v1/api/members/U1", 200, json!({ "id": "U1" }))
        .await;
    api.on(
        "POST",
        "/v1/api/messages/C1",
        200,
        json!({ "message": { "id": "M1" } }),
    )
    .await;
    api.on("GET", "/v1/api/channels/C1", 200, json!({ "id": "C1" }))
        .await;
    api.on("GET", "/v1/api/subscriptions", 200, json!([{ "id": "S1" }]))
        .await;
    api.on(
        "POST",
        "/v1/api/friendship/accept",
        200,
        json!({ "friendship": { "id": "F1" } }),
    )
    .await;
    api.on("POST", "/v1/api/token", 200, json!({ "status": 1 }))
        .await;
    api.on(
        "GET",
        "/v1/api/members/U1/notification",
        200,
        json!({ "id": "U1", "notifications": null }),
    )
    .await;

    let member = ok(api.client.get_user().user_id("U1").send().await).into_inner();
    assert_eq!(member.id, "U1");
    assert_eq!(
        (member.name, member.notifications, member.deleted),
        (None, None, None)
    );

    let message = ok(api
        .client
        .send_message()
        .channel_id("C1")
        .body_map(|b| b.content("hi"))
        .send()
        .await)
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

    let decided = ok(api
        .client
        .accept_friend()
        .body_map(|b| b.user_id("U1").friend_id("U2"))
        .send()
        .await)
    .into_inner();
    assert_eq!(decided.friendship.id, "F1");

    let token = ok(api
        .client
        .issue_token()
        .id("U1")
        .expire_day(1u64)
        .send()
        .await)
    .into_inner();
    assert_eq!((token.status, token.token), (1, None));

    let settings = ok(api
        .client
        .get_push_notification()
        .user_id("U1")
        .send()
        .await)
    .into_inner();
    assert_eq!((settings.id.as_str(), settings.notifications), ("U1", None));
}

#[tokio::test]
async fn sandbox_device_decodes() {
    let api = Api::start().await;
    api.on(
        "GET",
        "/v1/api/members/NCP001/notification",
        200,
        fixtures::push_settings_sandbox(),
    )
    .await;
    let mut member = fixtures::member_guest();
    member["notifications"] = fixtures::push_settings_sandbox()["notifications"].clone();
    api.on("GET", "/v1/api/members/guestID4", 200, member).await;

    let settings = ok(api
        .client
        .get_push_notification()
        .user_id("NCP001")
        .send()
        .await)
    .into_inner();
    let user = ok(api.client.get_user().user_id("guestID4").send().await).into_inner();

    for notifications in [settings.notifications, user.notifications] {
        assert_eq!(
            notifications.and_then(|n| n.device).as_deref(),
            Some("sandbox")
        );
    }
}

#[tokio::test]
async fn image_url_as_string_array_or_null_decodes() {
    let cases = [
        (
            json!("https://cloudchat.gcdn.ntruss.com/samples/2.jpeg"),
            Some(types::ChannelImageUrl::Url(Some(
                "https://cloudchat.gcdn.ntruss.com/samples/2.jpeg".into(),
            ))),
        ),
        (
            json!(["https://a.example/1.png", "https://a.example/2.png"]),
            Some(types::ChannelImageUrl::Urls(vec![
                "https://a.example/1.png".into(),
                "https://a.example/2.png".into(),
            ])),
        ),
        (json!([]), Some(types::ChannelImageUrl::Urls(vec![]))),
        (Value::Null, None),
    ];
    for (image_url, expected) in cases {
        let api = Api::start().await;
        let mut channel = fixtures::channel_old();
        channel["image_url"] = image_url.clone();
        api.on("GET", "/v1/api/channels/C1", 200, channel).await;

        let decoded = ok(api.client.get_channel().channel_id("C1").send().await).into_inner();

        assert_eq!(decoded.image_url, expected, "image_url {image_url}");
    }
}

#[tokio::test]
async fn both_friend_request_shapes_decode() {
    for (shape, body) in [
        ("current", fixtures::friend_requested_current()),
        ("old", fixtures::friend_requested_old()),
    ] {
        let api = Api::start().await;
        api.on("POST", "/v1/api/friendship/request", 200, body.clone())
            .await;

        let response = ok(api
            .client
            .request_friend()
            .body_map(|b| b.user_id("guestID2").friend_id("user_5"))
            .send()
            .await)
        .into_inner();

        assert_same_data(&response, &body);
        let current = matches!(
            response,
            types::RequestFriendResponse::RequestFriendCurrent(_)
        );
        assert_eq!(
            current,
            shape == "current",
            "{shape} shape decoded as {response:?}"
        );
        let friendship = response.into_friendship();
        assert_eq!(friendship.id, "5fe78d95-6186-4128-b52a-28759cxxxxxx");
        assert_eq!(friendship.status.as_deref(), Some("requested"));
        let user = friendship.user.expect("user summary");
        match shape {
            "current" => assert_eq!(user.name.as_deref(), Some("guest2")),
            _ => assert_eq!(user.nickname.as_deref(), Some("xxxxxxxxxx")),
        }
    }
}

/// Open strings in responses accept values the docs do not list.
#[tokio::test]
async fn undocumented_enum_like_values_decode() {
    let api = Api::start().await;
    let mut channel = fixtures::channel_old();
    channel["type"] = json!("SECRET");
    api.on("GET", "/v1/api/channels/C1", 200, channel).await;
    let mut message = fixtures::message_admin();
    message["message_type"] = json!("sticker");
    message["mentions_everyone"] = json!("yes");
    api.on("GET", "/v1/api/messages/C1/M1", 200, message).await;

    let channel = ok(api.client.get_channel().channel_id("C1").send().await).into_inner();
    let message = ok(api
        .client
        .get_message()
        .channel_id("C1")
        .message_id("M1")
        .send()
        .await)
    .into_inner();

    assert_eq!(channel.type_.as_deref(), Some("SECRET"));
    assert_eq!(message.message_type.as_deref(), Some("sticker"));
    assert_eq!(message.mentions_everyone, Some(json!("yes")));
}
