//! Each of the 23 operations through the public API: the exact request on the wire and the
//! decoded vendor example response.

use ncloud_chat::{Filter, ListOption, MessageListOption, Sort, types};
use serde_json::json;

use crate::common::{Api, Q, assert_request, assert_same_data, ok};
use crate::fixtures;

#[tokio::test]
async fn issue_token() {
    let api = Api::start().await;
    api.on("POST", "/v1/api/token", 200, fixtures::token_issued())
        .await;

    let issued = ok(api
        .client
        .issue_token()
        .id("39c8de0f-****-****-****-6a1a875df59f")
        .expire_day(5u64)
        .send()
        .await)
    .into_inner();

    assert_eq!(issued.status, 1);
    assert_eq!(issued.token.as_deref(), Some(fixtures::TOKEN));
    assert_eq!(issued.message.as_deref(), Some(""));
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/token",
        &[
            ("id", Q::Text("39c8de0f-****-****-****-6a1a875df59f")),
            ("expireDay", Q::Text("5")),
        ],
        None,
    );
}

#[tokio::test]
async fn register_user() {
    let api = Api::start().await;
    let member = fixtures::member_guest();
    api.on("POST", "/v1/api/members", 200, json!({ "member": member }))
        .await;

    let registered = ok(api
        .client
        .register_user()
        .body_map(|b| {
            b.user_id("guestID4")
                .name("guest4")
                .custom_field("{ageGroup: 20s}".to_string())
                .notifications(types::NotificationSettings::default())
        })
        .send()
        .await)
    .into_inner()
    .member;

    assert_eq!(registered.id, "guestID4");
    assert_eq!(registered.custom_field.as_deref(), Some("{ageGroup: 20s}"));
    assert_eq!(registered.deleted, Some(false));
    assert_same_data(&registered, &member);
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/members",
        &[],
        Some(fixtures::register_user_request()),
    );
}

#[tokio::test]
async fn list_users() {
    let api = Api::start().await;
    api.on(
        "GET",
        "/v1/api/members",
        200,
        json!([fixtures::member_old()]),
    )
    .await;

    let page = ok(api
        .client
        .list_users()
        .filter(Filter::new().eq("online", false))
        .sort(Sort::descending("name"))
        .option(
            ListOption::new()
                .offset(0)
                .per_page(20)
                .to_json()
                .expect("valid option"),
        )
        .send()
        .await)
    .into_inner();

    let types::MemberList::Members(members) = page else {
        panic!("expected a page of members, got {page:?}");
    };
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].name.as_deref(), Some("Nickname"));
    assert_eq!(members[0].country.as_deref(), Some("KR"));
    assert_eq!(
        members[0].logined_at.as_deref(),
        Some("2022-06-15T09:30:28+09:00")
    );
    assert_same_data(&members[0], &fixtures::member_old());
    assert_request(
        &api.only_request().await,
        "GET",
        "/v1/api/members",
        &[
            ("filter", Q::Json(json!({ "online": false }))),
            ("sort", Q::Json(json!({ "name": "-1" }))),
            ("option", Q::Json(json!({ "offset": 0, "per_page": 20 }))),
        ],
        None,
    );
}

#[tokio::test]
async fn get_user() {
    let api = Api::start().await;
    api.on(
        "GET",
        "/v1/api/members/guestID4",
        200,
        fixtures::member_guest(),
    )
    .await;

    let member = ok(api.client.get_user().user_id("guestID4").send().await).into_inner();

    assert_eq!(member.id, "guestID4");
    assert_eq!(member.member_id.as_deref(), Some("guestID4"));
    assert_eq!(member.push, Some(true));
    assert_same_data(&member, &fixtures::member_guest());
    assert_request(
        &api.only_request().await,
        "GET",
        "/v1/api/members/guestID4",
        &[],
        None,
    );
}

#[tokio::test]
async fn update_user() {
    let api = Api::start().await;
    let member = json!({
        "id": "guestID2",
        "project_id": "339c2b1c-d35b-47f2-828d-5f0xxxxxxxxxx",
        "member_id": "guestID2",
        "name": "guest2V",
        "deleted": false,
        "online": false,
        "customField": null,
        "device_type": [],
        "push": true,
        "notifications": {
            "token": "***************************", "device": "FCM", "os": "25",
            "push": true, "ad": false, "night": true, "timezone": null
        },
        "created_at": "2024-05-02T10:15:00+09:00",
        "updated_at": "2024-05-03T08:00:00+09:00",
        "deleted_at": null
    });
    api.on(
        "PUT",
        "/v1/api/members/guestID2",
        200,
        json!({ "member": member }),
    )
    .await;

    let updated = ok(api
        .client
        .update_user()
        .user_id("guestID2")
        .body(types::UpdateUserRequest {
            name: Some("guest2V".parse().expect("valid name")),
            notifications: Some(types::NotificationSettings {
                token: Some("***************************".into()),
                device: Some("FCM".into()),
                os: Some("25".into()),
                push: Some(true),
                ad: Some(false),
                night: Some(true),
                timezone: None,
            }),
            ..Default::default()
        })
        .send()
        .await)
    .into_inner()
    .member;

    assert_eq!(updated.name.as_deref(), Some("guest2V"));
    let notifications = updated.notifications.clone().expect("notifications");
    assert_eq!(notifications.device.as_deref(), Some("FCM"));
    assert_eq!(notifications.ad, Some(false));
    assert_same_data(&updated, &member);
    assert_request(
        &api.only_request().await,
        "PUT",
        "/v1/api/members/guestID2",
        &[],
        Some(fixtures::update_user_request()),
    );
}

#[tokio::test]
async fn remove_user() {
    let api = Api::start().await;
    let member = json!({
        "id": "guestID3",
        "project_id": "339c2b1c-d35b-47f2-828d-5f0xxxxxxxxxx",
        "member_id": "guestID3",
        "name": "guest3",
        "deleted": true,
        "online": false,
        "device_type": [],
        "push": true,
        "created_at": "2024-05-02T10:15:00+09:00",
        "updated_at": "2024-05-04T12:00:00+09:00",
        "deleted_at": "2024-05-04T12:00:00+09:00"
    });
    api.on(
        "DELETE",
        "/v1/api/members/guestID3",
        200,
        json!({ "member": member }),
    )
    .await;

    let removed = ok(api.client.remove_user().user_id("guestID3").send().await)
        .into_inner()
        .member;

    assert_eq!(removed.deleted, Some(true));
    assert_eq!(
        removed.deleted_at.as_deref(),
        Some("2024-05-04T12:00:00+09:00")
    );
    assert_same_data(&removed, &member);
    assert_request(
        &api.only_request().await,
        "DELETE",
        "/v1/api/members/guestID3",
        &[],
        None,
    );
}

#[tokio::test]
async fn set_push_notification() {
    let api = Api::start().await;
    let user = "39c8de0f-****-****-****-6a1a875df59f";
    let path = format!("/v1/api/members/{user}/notification");
    let response = json!({
        "member": { "id": user, "notifications": fixtures::push_settings_ios() },
        "status": 1
    });
    api.on("POST", &path, 200, response.clone()).await;

    let stored = ok(api
        .client
        .set_push_notification()
        .user_id(user)
        .body_map(|b| {
            b.token("dXNhZ2******************************YWJjZGVm".to_string())
                .device("APNS".to_string())
                .os("iOS 18".to_string())
                .push(true)
                .ad(true)
                .night(true)
                .timezone("Asia/Seoul".to_string())
        })
        .send()
        .await)
    .into_inner();

    assert_eq!(stored.status, 1);
    let member = stored.member.clone();
    assert_eq!(member.id, user);
    let notifications = member.notifications.expect("notifications");
    assert_eq!(notifications.device.as_deref(), Some("APNS"));
    assert_eq!(notifications.timezone.as_deref(), Some("Asia/Seoul"));
    assert_same_data(&stored, &response);
    assert_request(
        &api.only_request().await,
        "POST",
        &path,
        &[],
        Some(fixtures::push_settings_ios()),
    );
}

#[tokio::test]
async fn get_push_notification() {
    let api = Api::start().await;
    api.on(
        "GET",
        "/v1/api/members/NCP001/notification",
        200,
        fixtures::push_settings_sandbox(),
    )
    .await;

    let settings = ok(api
        .client
        .get_push_notification()
        .user_id("NCP001")
        .send()
        .await)
    .into_inner();

    assert_eq!(settings.id, "NCP001");
    let notifications = settings.notifications.clone().expect("notifications");
    assert_eq!(notifications.device.as_deref(), Some("sandbox"));
    assert_eq!(notifications.os.as_deref(), Some("17.5.1"));
    assert_eq!(notifications.timezone, None);
    assert_same_data(&settings, &fixtures::push_settings_sandbox());
    assert_request(
        &api.only_request().await,
        "GET",
        "/v1/api/members/NCP001/notification",
        &[],
        None,
    );
}

#[tokio::test]
async fn disable_push_notification() {
    let api = Api::start().await;
    let user = "39c8de0f-****-****-****-6a1a875df59f";
    let path = format!("/v1/api/members/{user}/notification");
    let response = json!({
        "member": { "id": user, "notifications": fixtures::notifications_cleared() },
        "status": 1
    });
    api.on("DELETE", &path, 200, response.clone()).await;

    let cleared = ok(api
        .client
        .disable_push_notification()
        .user_id(user)
        .send()
        .await)
    .into_inner();

    assert_eq!(cleared.status, 1);
    let notifications = cleared.member.notifications.clone().expect("notifications");
    assert_eq!(notifications, types::Notifications::default());
    assert_same_data(&cleared, &response);
    assert_request(&api.only_request().await, "DELETE", &path, &[], None);
}

#[tokio::test]
async fn request_friend() {
    let api = Api::start().await;
    api.on(
        "POST",
        "/v1/api/friendship/request",
        200,
        fixtures::friend_requested_current(),
    )
    .await;

    let requested = ok(api
        .client
        .request_friend()
        .body_map(|b| {
            b.user_id("guestID2")
                .friend_id("user_5")
                .message("You are requested.".to_string())
        })
        .send()
        .await)
    .into_inner();

    let friendship = requested.friendship().clone();
    assert_eq!(friendship.status.as_deref(), Some("requested"));
    assert_eq!(friendship.friend_id.as_deref(), Some("user_5"));
    assert_eq!(
        friendship.friend.and_then(|f| f.name).as_deref(),
        Some("user5")
    );
    assert_same_data(&requested, &fixtures::friend_requested_current());
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/friendship/request",
        &[],
        Some(
            json!({ "userId": "guestID2", "friendId": "user_5", "message": "You are requested." }),
        ),
    );
}

#[tokio::test]
async fn bulk_request_friends() {
    let api = Api::start().await;
    api.on(
        "POST",
        "/v1/api/friendship/bulk",
        200,
        json!({ "message": "Friends added successfully" }),
    )
    .await;

    let pair = |user: &str, friend: &str| types::FriendPair {
        user_id: user.parse().expect("valid user"),
        friend_id: friend.parse().expect("valid friend"),
    };
    let result = ok(api
        .client
        .bulk_request_friends()
        .body(types::BulkFriendRequest(vec![
            pair("guestID2", "osoriz123"),
            pair("guestID2", "NCP007"),
        ]))
        .send()
        .await)
    .into_inner();

    assert_eq!(result.message, "Friends added successfully");
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/friendship/bulk",
        &[],
        Some(json!([
            { "userId": "guestID2", "friendId": "osoriz123" },
            { "userId": "guestID2", "friendId": "NCP007" }
        ])),
    );
}

#[tokio::test]
async fn reject_friend() {
    let api = Api::start().await;
    let (user, friend) = (
        "a1c4aaa2-02f6-40bd-afb4-xxxxxxx",
        "80803902-8b83-4860-b8a6-xxxxxx",
    );
    let response = fixtures::friendship_decided("rejected", friend, user);
    api.on("POST", "/v1/api/friendship/reject", 200, response.clone())
        .await;

    let decided = ok(api
        .client
        .reject_friend()
        .body_map(|b| b.user_id(user).friend_id(friend))
        .send()
        .await)
    .into_inner();

    let friendship = decided.friendship.clone();
    assert_eq!(friendship.status.as_deref(), Some("rejected"));
    assert_eq!(
        friendship.user.and_then(|u| u.nickname).as_deref(),
        Some("sender")
    );
    assert_same_data(&decided, &response);
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/friendship/reject",
        &[],
        Some(json!({ "userId": user, "friendId": friend })),
    );
}

#[tokio::test]
async fn accept_friend() {
    let api = Api::start().await;
    let (user, friend) = (
        "80803902-8b83-4860-b8a6-xxxxxxxx",
        "a1c4aaa2-02f6-40bd-afb4-xxxxxxx",
    );
    let response = fixtures::friendship_decided("accepted", friend, user);
    api.on("POST", "/v1/api/friendship/accept", 200, response.clone())
        .await;

    let decided = ok(api
        .client
        .accept_friend()
        .body(types::FriendPair {
            user_id: user.parse().expect("valid user"),
            friend_id: friend.parse().expect("valid friend"),
        })
        .send()
        .await)
    .into_inner();

    let friendship = decided.friendship.clone();
    assert_eq!(friendship.status.as_deref(), Some("accepted"));
    assert_eq!(friendship.friend_id.as_deref(), Some(user));
    assert_same_data(&decided, &response);
    assert_request(
        &api.only_request().await,
        "POST",
        "/v1/api/friendship/accept",
        &[],
        Some(json!({ "userId": user, "friendId": friend })),
    );
}

#[tokio::test]
async fn send_message() {
    let api = Api::start().await;
    let path = "/v1/api/messages/469645e9-****-****-****-d0a58e38d312";
    api.on(
        "POST",
        path,
        200,
        json!({ "message": fixtures::message_admin() }),
    )
    .await;

    let sent = ok(api
        .client
        .send_message()
        .channel_id("469645e9-****-****-****-d0a58e38d312")
        .body_map(|b| b.content("new message test 20250724"))
        .send()
        .await)
    .into_inner()
    .message;

    assert_eq!(sent.id, "6836b00210faf7f00e3838a2");
    assert_eq!(sent.content.as_deref(), Some("new message test 20250724"));
    assert_eq!(sent.is_express, Some(false));
    assert_eq!(
        sent.admin.clone().and_then(|a| a.name).as_deref(),
        Some("admin")
    );
    assert_same_data(&sent, &fixtures::message_admin());
    assert_request(
        &api.only_request().await,
        "POST",
        path,
        &[],
        Some(json!({ "content": "new message test 20250724" })),
    );
}

#[tokio::test]
async fn list_messages() {
    let api = Api::start().await;
    let path = "/v1/api/messages/4073efd6-****-****-****-cc4550fed7b7";
    api.on("GET", path, 200, json!([fixtures::message_old()]))
        .await;

    let messages = ok(api
        .client
        .list_messages()
        .channel_id("4073efd6-****-****-****-cc4550fed7b7")
        .filter(Filter::new().eq("sender.name", "GUEST-5159"))
        .sort(Sort::descending("created_at"))
        .option(
            MessageListOption::new()
                .offset(0)
                .per_page(20)
                .to_json()
                .expect("valid option"),
        )
        .send()
        .await)
    .into_inner();

    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].sort_id.as_deref(), Some("1682053567257"));
    let attachment = messages[0]
        .attachment_filenames
        .clone()
        .expect("attachment");
    assert_eq!(attachment.size, Some(0.0));
    assert_eq!(attachment.type_.as_deref(), Some("text"));
    assert_same_data(&messages[0], &fixtures::message_old());
    assert_request(
        &api.only_request().await,
        "GET",
        path,
        &[
            ("filter", Q::Json(json!({ "sender.name": "GUEST-5159" }))),
            ("sort", Q::Json(json!({ "created_at": "-1" }))),
            ("option", Q::Json(json!({ "offset": 0, "per_page": 20 }))),
        ],
        None,
    );
}

#[tokio::test]
async fn get_message() {
    let api = Api::start().await;
    let path = "/v1/api/messages/8ed73d56-****-****-****-2bd6eb8b4a14/672036b**********125bc79";
    api.on("GET", path, 200, fixtures::message_admin()).await;

    let message = ok(api
        .client
        .get_message()
        .channel_id("8ed73d56-****-****-****-2bd6eb8b4a14")
        .message_id("672036b**********125bc79")
        .send()
        .await)
    .into_inner();

    assert_eq!(message.message_type.as_deref(), Some("text"));
    assert_eq!(message.mentions_everyone, Some(json!(false)));
    assert_same_data(&message, &fixtures::message_admin());
    assert_request(&api.only_request().await, "GET", path, &[], None);
}

#[tokio::test]
async fn delete_message() {
    let api = Api::start().await;
    let path = "/v1/api/messages/4073efd6-****-****-****-cc4550fed7b7/6836b0**********0e3838a2";
    api.on(
        "DELETE",
        path,
        200,
        json!({ "message": fixtures::message_admin() }),
    )
    .await;

    let deleted = ok(api
        .client
        .delete_message()
        .channel_id("4073efd6-****-****-****-cc4550fed7b7")
        .message_id("6836b0**********0e3838a2")
        .send()
        .await)
    .into_inner()
    .message;

    assert_eq!(deleted.id, "6836b00210faf7f00e3838a2");
    assert_same_data(&deleted, &fixtures::message_admin());
    assert_request(&api.only_request().await, "DELETE", path, &[], None);
}

#[tokio::test]
async fn create_channel() {
    let api = Api::start().await;
    api.on(
        "POST",
        "/v1/api/channels",
        200,
        json!({ "channel": fixtures::channel_private() }),
    )
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
                    ["user_5", "NCP007", "NCP001TestAOS", "osoriz123"]
                        .map(String::from)
                        .to_vec(),
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
    api.on(
        "GET",
        "/v1/api/channels",
        200,
        json!([fixtures::channel_old()]),
    )
    .await;

    let page = ok(api
        .client
        .list_channels()
        .filter(Filter::new().eq("type", "PUBLIC"))
        .sort(Sort::descending("createdAt"))
        .option(
            ListOption::new()
                .offset(0)
                .per_page(2)
                .to_json()
                .expect("valid option"),
        )
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
    assert_eq!(
        channels[0].user.clone().and_then(|u| u.name).as_deref(),
        Some("Woody")
    );
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
    api.on("PUT", path, 200, json!({ "channel": channel }))
        .await;

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
    api.on(
        "DELETE",
        path,
        200,
        json!({ "channel": fixtures::channel_private() }),
    )
    .await;

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

#[tokio::test]
async fn list_subscriptions() {
    let api = Api::start().await;
    api.on(
        "GET",
        "/v1/api/subscriptions",
        200,
        json!([fixtures::subscription_old()]),
    )
    .await;

    let page = ok(api
        .client
        .list_subscriptions()
        .filter(Filter::new().eq("user_id", "NCP001"))
        .sort(Sort::descending("created_at"))
        .option(
            ListOption::new()
                .offset(0)
                .per_page(20)
                .to_json()
                .expect("valid option"),
        )
        .send()
        .await)
    .into_inner();

    let types::SubscriptionList::Subscriptions(subscriptions) = page else {
        panic!("expected a page of subscriptions, got {page:?}");
    };
    assert_eq!(subscriptions.len(), 1);
    assert_eq!(subscriptions[0].language.as_deref(), Some("en"));
    assert_eq!(subscriptions[0].mute, Some(false));
    assert_eq!(
        subscriptions[0]
            .mark
            .clone()
            .and_then(|m| m.sort_id)
            .as_deref(),
        Some("1682053567257")
    );
    assert_same_data(&subscriptions[0], &fixtures::subscription_old());
    assert_request(
        &api.only_request().await,
        "GET",
        "/v1/api/subscriptions",
        &[
            ("filter", Q::Json(json!({ "user_id": "NCP001" }))),
            ("sort", Q::Json(json!({ "created_at": "-1" }))),
            ("option", Q::Json(json!({ "offset": 0, "per_page": 20 }))),
        ],
        None,
    );
}

/// The raw-string form of the list parameters reaches the wire unchanged (`filter` `{}` is the
/// documented "no filter"; `sort`/`option` are omitted when not set).
#[tokio::test]
async fn list_query_strings_pass_through() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/members", 200, json!([])).await;

    let page = ok(api.client.list_users().filter("{}").send().await).into_inner();

    assert_eq!(page, types::MemberList::Members(types::Members(vec![])));
    assert_request(
        &api.only_request().await,
        "GET",
        "/v1/api/members",
        &[("filter", Q::Json(json!({})))],
        None,
    );
}
