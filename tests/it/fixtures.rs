//! Vendor example bodies, copied from the API reference (`ncloud-chat-api.md`, old and new page
//! layouts) and from the spec's completed examples where the vendor page was cut off.

use serde_json::{Value, json};

/// E1 response.
pub const TOKEN: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwcm9qZW...Nn0.Z0ap-h9CH75AiAlME1o6Aa8CL-R4PNTp7Emx82rh0Fg";

pub fn token_issued() -> Value {
    json!({ "status": 1, "token": TOKEN, "message": "" })
}

/// 3.1: the old "Get member API" list item.
pub fn member_old() -> Value {
    json!({
        "id": "750610c9-3fb9-42b0-8355-XXXXXXXXX",
        "project_id": "339c2b1c-d35b-47f2-828d-5f0xxxxxxxxxx",
        "member_id": "750610c9-3fb9-42b0-8355-XXXXXXXXX",
        "name": "Nickname",
        "profile": "http://XXXXXX",
        "memo": null,
        "country": "KR",
        "remoteip": "116.124.XX.XXX",
        "adid": null,
        "device": null,
        "network": null,
        "version": null,
        "model": null,
        "deleted": false,
        "online": false,
        "customField": null,
        "device_type": [],
        "push": true,
        "memberblock_id": null,
        "logined_at": "2022-06-15T09:30:28+09:00",
        "created_at": "2021-12-06T19:36:59+09:00",
        "updated_at": "2022-06-27T15:17:31+09:00",
        "deleted_at": null
    })
}

/// E2 request body (official example).
pub fn register_user_request() -> Value {
    json!({
        "userId": "guestID4",
        "name": "guest4",
        "customField": "{ageGroup: 20s}",
        "notifications": {}
    })
}

/// E2/E4: the registered user (the spec's completed example; the vendor page is cut off).
pub fn member_guest() -> Value {
    json!({
        "id": "guestID4",
        "project_id": "339c2b1c-d35b-47f2-828d-5f0xxxxxxxxxx",
        "member_id": "guestID4",
        "name": "guest4",
        "profile": null, "memo": null, "country": null, "remoteip": null, "adid": null,
        "device": null, "network": null, "version": null, "model": null,
        "deleted": false,
        "online": false,
        "customField": "{ageGroup: 20s}",
        "device_type": [],
        "push": true,
        "memberblock_id": null,
        "notifications": notifications_cleared(),
        "logined_at": null,
        "created_at": "2024-05-02T10:15:00+09:00",
        "updated_at": "2024-05-02T10:15:00+09:00",
        "deleted_at": null
    })
}

/// E5 request body (official example).
pub fn update_user_request() -> Value {
    json!({
        "name": "guest2V",
        "notifications": {
            "token": "***************************",
            "device": "FCM",
            "os": "25",
            "push": true,
            "ad": false,
            "night": true
        }
    })
}

/// E7 request body (official example).
pub fn push_settings_ios() -> Value {
    json!({
        "token": "dXNhZ2******************************YWJjZGVm",
        "device": "APNS",
        "os": "iOS 18",
        "push": true,
        "ad": true,
        "night": true,
        "timezone": "Asia/Seoul"
    })
}

/// E8 response (official example, `device: "sandbox"` included).
pub fn push_settings_sandbox() -> Value {
    json!({
        "id": "NCP001",
        "notifications": {
            "token": "48b673227f*************************17ac563d712dad",
            "device": "sandbox",
            "os": "17.5.1",
            "push": true,
            "ad": true,
            "night": true,
            "timezone": null
        }
    })
}

/// E9: every push setting `null` after disabling.
pub fn notifications_cleared() -> Value {
    json!({
        "token": null, "device": null, "os": null, "push": null,
        "ad": null, "night": null, "timezone": null
    })
}

/// Current "Send friend request" shape: `data.requestFriend.friendship`.
pub fn friend_requested_current() -> Value {
    json!({
        "data": { "requestFriend": { "friendship": {
            "project_id": "ec8231b2-6b20-4ad1-9c59-xxxxx",
            "id": "5fe78d95-6186-4128-b52a-28759cxxxxxx",
            "status": "requested",
            "user_id": "guestID2",
            "user": { "id": "guestID2", "name": "guest2", "profile": "https://example.com/guest2.png" },
            "friend_id": "user_5",
            "friend": { "id": "user_5", "name": "user5", "profile": "https://example.com/user5.png" },
            "created_at": "2023-01-31T16:13:26-08:00",
            "updated_at": "2023-01-31T16:13:26-08:00",
            "requested_at": "2023-01-31T16:13:26-08:00"
        } } }
    })
}

/// Old "Send friend request" shape: top-level `friendship` with `nickname` summaries (the
/// vendor example repeats the `friend_id` key; a JSON value keeps the last one).
pub fn friend_requested_old() -> Value {
    json!({
        "friendship": {
            "project_id": "ec8231b2-6b20-4ad1-9c59-xxxxx",
            "id": "5fe78d95-6186-4128-b52a-28759cxxxxxx",
            "status": "requested",
            "user_id": "xxxxxxxxxx",
            "user": { "id": "xxxxxxxxxx", "nickname": "xxxxxxxxxx" },
            "friend_id": "a1c4aaa2-02f6-40bd-afb4-b1d6caacf0de",
            "friend": { "id": "xxxxxxxxxx", "nickname": "xxxxxxxxxx" },
            "requested_at": "2023-01-31T16:13:26-08:00"
        }
    })
}

/// E12/E13 responses (field tables 3.6a; the spec's completed examples).
pub fn friendship_decided(status: &str, user: &str, friend: &str) -> Value {
    json!({
        "friendship": {
            "project_id": "ec8231b2-6b20-4ad1-9c59-xxxxx",
            "id": "5fe78d95-6186-4128-b52a-28759cxxxxxx",
            "status": status,
            "user_id": user,
            "user": { "id": user, "nickname": "sender" },
            "friend_id": friend,
            "friend": { "id": friend, "nickname": "receiver" },
            "created_at": "2023-01-31T16:13:26-08:00",
            "updated_at": "2023-02-01T09:00:00-08:00",
            "requested_at": "2023-01-31T16:13:26-08:00"
        }
    })
}

/// E14/E16/E17: a message sent as the admin.
pub fn message_admin() -> Value {
    json!({
        "id": "6836b00210faf7f00e3838a2",
        "message_id": "6836b00210faf7f00e3838a2",
        "channel_id": "469645e9-****-****-****-d0a58e38d312",
        "sort_id": "1753315200000",
        "message_type": "text",
        "sender": { "id": "admin", "name": "admin", "profile": "" },
        "admin": { "id": "admin", "name": "admin", "profile": "" },
        "attachment_filenames": { "name": "", "size": 0, "type": "text", "url": "" },
        "has": "",
        "embed_providers": "",
        "embed_type": "",
        "isExpress": false,
        "link_hostnames": "",
        "mentions": [],
        "mentions_everyone": false,
        "content": "new message test 20250724",
        "created_at": "2025-07-24T09:00:00+09:00"
    })
}

/// 3.4: the old list example item (completed after `link_hostnames`).
pub fn message_old() -> Value {
    json!({
        "id": "644219bf0210faf7fxxxxxxx",
        "message_id": "644219bf0210faf7fxxxxxxx",
        "channel_id": "d6b52237-aebe-4509-81d1-xxxxxxxxxxx",
        "sort_id": "1682053567257",
        "message_type": "text",
        "sender": { "id": "guest-5159", "name": "GUEST-5159", "profile": "https://loremflickr.com/640/360" },
        "admin": { "id": "", "name": "", "profile": "" },
        "attachment_filenames": { "name": "", "size": 0, "type": "text", "url": "" },
        "has": "",
        "embed_providers": "",
        "embed_type": "",
        "isExpress": false,
        "link_hostnames": "",
        "content": "hello",
        "created_at": "2023-04-21T14:06:07+09:00"
    })
}

/// E18 request body (official example, completed after `disabled`).
pub fn create_channel_request() -> Value {
    json!({
        "name": "channelname135",
        "uniqueId": "channel135",
        "type": "PRIVATE",
        "translation": true,
        "members": ["user_5", "NCP007", "NCP001TestAOS", "osoriz123"],
        "disabled": false,
        "mutes": false,
        "push": true,
        "limit": 0
    })
}

/// E18/E20/E22: the private channel.
pub fn channel_private() -> Value {
    json!({
        "id": "469645e9-****-****-****-d0a58e38d312",
        "project_id": "339c2b1c-d35b-47f2-828d-xxxxxxxxx",
        "name": "channelname135",
        "user_id": "admin",
        "user": { "id": "admin", "name": "admin", "profile": "" },
        "unique_id": "channel135",
        "type": "PRIVATE",
        "translation": true,
        "members": ["user_5", "NCP007", "NCP001TestAOS", "osoriz123"],
        "disabled": false,
        "mutes": false,
        "push": true,
        "limit": 0,
        "link_url": null,
        "image_url": null,
        "created_at": "2025-07-24T09:00:00+09:00",
        "updated_at": "2025-07-24T09:00:00+09:00"
    })
}

/// 3.3: the old "View all channels" list item.
pub fn channel_old() -> Value {
    json!({
        "id": "5498fee1-bfdf-4d50-8017-xxxxxxxxxxxxx",
        "project_id": "339c2b1c-d35b-47f2-828d-xxxxxxxxx",
        "name": "Channel-1",
        "user_id": "0e596be1-2ef0-4a79-a105-xxxxxxxxxxxxx",
        "user": { "id": "xxxxxxxxxx", "name": "Woody", "profile": "https://cloudchat.gcdn.ntruss.com/samples/2.jpeg" },
        "unique_id": null,
        "type": "PUBLIC",
        "translation": false,
        "members": [],
        "disabled": false,
        "mutes": false,
        "push": false,
        "limit": 0,
        "link_url": null,
        "image_url": "https://cloudchat.gcdn.ntruss.com/samples/2.jpeg",
        "created_at": "2023-03-14T18:07:14+09:00",
        "updated_at": "2023-03-16T16:18:42+09:00"
    })
}

/// 3.5: the old "View subscription API" item (completed after `mute`).
pub fn subscription_old() -> Value {
    json!({
        "id": "5dd63a13-dad6-4a22-8a6c-xxxxxx",
        "project_id": "339c2b1c-d35b-47f2-828d-xxxxxx",
        "channel_id": "45ee8860-fa76-4861-9dc0-xxxxxx",
        "user_id": "userId",
        "online": true,
        "language": "en",
        "push": true,
        "mute": false,
        "user": { "name": "User", "profile": "" },
        "mark": { "user_id": "userId", "message_id": "644219bf0210faf7fxxxxxxx", "sort_id": "1682053567257" },
        "created_at": "2023-04-21T14:06:07+09:00"
    })
}
