//! Responses in each of their shapes decode: `image_url` as a string, an array or `null`, both
//! friend-request shapes, and open strings with values the docs do not list.

use ncloud_chat::types;
use serde_json::{Value, json};

use crate::common::{Api, assert_same_data, ok};
use crate::fixtures;

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
        api.on("POST", "/v1/api/friendship/request", 200, body.clone()).await;

        let response = ok(api
            .client
            .request_friend()
            .body_map(|b| b.user_id("guestID2").friend_id("user_5"))
            .send()
            .await)
        .into_inner();

        assert_same_data(&response, &body);
        let current = matches!(response, types::RequestFriendResponse::RequestFriendCurrent(_));
        assert_eq!(current, shape == "current", "{shape} shape decoded as {response:?}");
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
    let message =
        ok(api.client.get_message().channel_id("C1").message_id("M1").send().await).into_inner();

    assert_eq!(channel.type_.as_deref(), Some("SECRET"));
    assert_eq!(message.message_type.as_deref(), Some("sticker"));
    assert_eq!(message.mentions_everyone, Some(json!("yes")));
}
