//! Channels: create, list, get, update and delete.

use ncloud_chat::{Filter, ListOption, Sort, types};
use serde_json::json;

use crate::common::{Api, Q, assert_request, assert_same_data, ok};
use crate::fixtures;

#[tokio::test]
async fn create_channel() {
    let api = Api::start().await;
    api.on("POST", "/v1/api/channels", 200, json!({ "channel": fixtures::channel_private() }))
        .await;

    let created = ok(api
        .client
        .create_channel()
        .body_map(|b| {
            b.name("channelname135")
                .unique_id("channel135".to_string())
                .type_(types::ChannelType::Private)
                .translation(true)
                .members(
                    ["user_5", "NCP007", "NCP001TestAOS", "osoriz123"].map(String::from).to_vec(),
                )
                .disabled(false)
                .mutes(false)
                .push(true)
                .limit(0)
        })
        .send()
        .await)
    .into_inner()
    .channel;

    assert_eq!(created.type_.as_deref(), Some("PRIVATE"));
    assert_eq!(created.members.as_ref().map(Vec::len), Some(4));
    assert_eq!(created.image_url, None);
    assert_same_data(&created, &fixtures::channel_private());
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/channels",
        &[],
        Some(fixtures::create_channel_request()),
    );
}

#[tokio::test]
async fn list_channels() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/channels", 200, json!([fixtures::channel_old()])).await;

    let page = ok(api
        .client
        .list_channels()
        .filter(Filter::new().eq("type", "PUBLIC"))
        .sort(Sort::descending("createdAt"))
        .option(ListOption::new().offset(0).per_page(2).to_json().expect("valid option"))
        .send()
        .await)
    .into_inner();

    let types::ChannelList::Channels(channels) = page else {
        panic!("expected a page of channels, got {page:?}");
    };
    assert_eq!(channels.len(), 1);
    assert_eq!(
        channels[0].image_url,
        Some(types::ChannelImageUrl::Url(Some(
            "https://cloudchat.gcdn.ntruss.com/samples/2.jpeg".into()
        )))
    );
    assert_eq!(channels[0].user.clone().and_then(|u| u.name).as_deref(), Some("Woody"));
    assert_same_data(&channels[0], &fixtures::channel_old());
    assert_request(
        &api.only_request().await,
        "GET",
        "/v1/api/channels",
        &[
            ("filter", Q::Json(json!({ "type": "PUBLIC" }))),
            ("sort", Q::Json(json!({ "createdAt": "-1" }))),
            ("option", Q::Json(json!({ "offset": 0, "per_page": 2 }))),
        ],
        None,
    );
}

#[tokio::test]
async fn get_channel() {
    let api = Api::start().await;
    let path = "/v1/api/channels/ef14cd79-****-****-****-3efc52465f08";
    api.on("GET", path, 200, fixtures::channel_private()).await;

    let channel = ok(api
        .client
        .get_channel()
        .channel_id("ef14cd79-****-****-****-3efc52465f08")
        .send()
        .await)
    .into_inner();

    assert_eq!(channel.unique_id.as_deref(), Some("channel135"));
    assert_eq!(channel.limit, Some(0));
    assert_same_data(&channel, &fixtures::channel_private());
    assert_request(&api.only_request().await, "GET", path, &[], None);
}

#[tokio::test]
async fn update_channel() {
    let api = Api::start().await;
    let path = "/v1/api/channels/ef14cd79-****-****-****-3efc52465f08";
    let channel = json!({
        "id": "ef14cd79-****-****-****-3efc52465f08",
        "name": "renamed",
        "type": "PUBLIC",
        "limit": 50,
        "image_url": ["https://cloudchat.gcdn.ntruss.com/samples/2.jpeg"]
    });
    api.on("PUT", path, 200, json!({ "channel": channel })).await;

    let updated = ok(api
        .client
        .update_channel()
        .channel_id("ef14cd79-****-****-****-3efc52465f08")
        .body(types::UpdateChannelRequest {
            name: Some("renamed".parse().expect("valid name")),
            limit: Some(50),
            ..Default::default()
        })
        .send()
        .await)
    .into_inner()
    .channel;

    assert_eq!(updated.name.as_deref(), Some("renamed"));
    assert_eq!(updated.limit, Some(50));
    assert_same_data(&updated, &channel);
    assert_request(
        &api.only_request().await,
        "PUT",
        path,
        &[],
        Some(json!({ "name": "renamed", "limit": 50 })),
    );
}

#[tokio::test]
async fn delete_channel() {
    let api = Api::start().await;
    let path = "/v1/api/channels/dad2bea7-****-****-****-307a791a7102";
    api.on("DELETE", path, 200, json!({ "channel": fixtures::channel_private() })).await;

    let deleted = ok(api
        .client
        .delete_channel()
        .channel_id("dad2bea7-****-****-****-307a791a7102")
        .send()
        .await)
    .into_inner()
    .channel;

    assert_eq!(deleted.id, "469645e9-****-****-****-d0a58e38d312");
    assert_same_data(&deleted, &fixtures::channel_private());
    assert_request(&api.only_request().await, "DELETE", path, &[], None);
}
