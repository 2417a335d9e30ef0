//! Users and their push settings.

use ncloud_chat::{Filter, ListOption, Sort, types};
use serde_json::json;

use crate::common::{Api, Q, assert_request, assert_same_data, ok};
use crate::fixtures;

#[tokio::test]
async fn register_user() {
    let api = Api::start().await;
    let member = fixtures::member_guest();
    api.on("POST", "/v1/api/members", 200, json!({ "member": member })).await;

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
    api.on("GET", "/v1/api/members", 200, json!([fixtures::member_old()])).await;

    let page = ok(api
        .client
        .list_users()
        .filter(Filter::new().eq("online", false))
        .sort(Sort::descending("name"))
        .option(ListOption::new().offset(0).per_page(20).to_json().expect("valid option"))
        .send()
        .await)
    .into_inner();

    let types::MemberList::Members(members) = page else {
        panic!("expected a page of members, got {page:?}");
    };
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].name.as_deref(), Some("Nickname"));
    assert_eq!(members[0].country.as_deref(), Some("KR"));
    assert_eq!(members[0].logined_at.as_deref(), Some("2022-06-15T09:30:28+09:00"));
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
    api.on("GET", "/v1/api/members/guestID4", 200, fixtures::member_guest()).await;

    let member = ok(api.client.get_user().user_id("guestID4").send().await).into_inner();

    assert_eq!(member.id, "guestID4");
    assert_eq!(member.member_id.as_deref(), Some("guestID4"));
    assert_eq!(member.push, Some(true));
    assert_same_data(&member, &fixtures::member_guest());
    assert_request(&api.only_request().await, "GET", "/v1/api/members/guestID4", &[], None);
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
    api.on("PUT", "/v1/api/members/guestID2", 200, json!({ "member": member })).await;

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
    api.on("DELETE", "/v1/api/members/guestID3", 200, json!({ "member": member })).await;

    let removed = ok(api.client.remove_user().user_id("guestID3").send().await).into_inner().member;

    assert_eq!(removed.deleted, Some(true));
    assert_eq!(removed.deleted_at.as_deref(), Some("2024-05-04T12:00:00+09:00"));
    assert_same_data(&removed, &member);
    assert_request(&api.only_request().await, "DELETE", "/v1/api/members/guestID3", &[], None);
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
    api.on("GET", "/v1/api/members/NCP001/notification", 200, fixtures::push_settings_sandbox())
        .await;

    let settings =
        ok(api.client.get_push_notification().user_id("NCP001").send().await).into_inner();

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

    let cleared =
        ok(api.client.disable_push_notification().user_id(user).send().await).into_inner();

    assert_eq!(cleared.status, 1);
    let notifications = cleared.member.notifications.clone().expect("notifications");
    assert_eq!(notifications, types::Notifications::default());
    assert_same_data(&cleared, &response);
    assert_request(&api.only_request().await, "DELETE", &path, &[], None);
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
