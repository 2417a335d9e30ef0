//! Users and their push settings.

use ncloud_chat::{Filter, ListOption, Result, Sort, types};
use ncloud_chat_emulator::ErrorTransport;

use super::{ids, members, register, start};
use crate::common::ok;

#[tokio::test]
async fn users_register_read_update_list_and_remove() -> Result<()> {
    let (emulator, client) = start(ErrorTransport::default()).await;

    let registered = client
        .register_user()
        .body_map(|b| {
            b.user_id("guest-0001")
                .name("Guest One")
                .profile("https://example.com/one.png".to_owned())
                .custom_field("{\"tier\":\"gold\"}".to_owned())
        })
        .send()
        .await?
        .into_inner()
        .member;
    assert_eq!(registered.id, "guest-0001");
    assert_eq!(registered.member_id.as_deref(), Some("guest-0001"));
    assert_eq!(registered.name.as_deref(), Some("Guest One"));
    assert_eq!(registered.project_id.as_deref(), Some(emulator.project_id()));
    assert_eq!(registered.custom_field.as_deref(), Some("{\"tier\":\"gold\"}"));
    assert_eq!(registered.deleted, Some(false));
    assert_eq!(registered.deleted_at, None);
    register(&client, "guest-0002", "Guest Two").await?;

    let fetched = client.get_user().user_id("guest-0001").send().await?.into_inner();
    assert_eq!(fetched, registered, "get_user reads back what was registered");

    let updated = client
        .update_user()
        .user_id("guest-0001")
        .body(types::UpdateUserRequest {
            name: Some("Guest Renamed".parse().expect("valid name")),
            profile: Some("https://example.com/renamed.png".into()),
            ..Default::default()
        })
        .send()
        .await?
        .into_inner()
        .member;
    assert_eq!(updated.name.as_deref(), Some("Guest Renamed"));
    assert_eq!(updated.profile.as_deref(), Some("https://example.com/renamed.png"));
    assert_eq!(
        updated.custom_field, registered.custom_field,
        "fields left out of an update stay as they were"
    );
    let fetched = client.get_user().user_id("guest-0001").send().await?.into_inner();
    assert_eq!(fetched.name.as_deref(), Some("Guest Renamed"));

    let listed = members(
        client
            .list_users()
            .filter(Filter::new().eq("name", "Guest Renamed"))
            .sort(Sort::descending("created_at"))
            .option(ListOption::new().offset(0).per_page(10).to_json()?)
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(ids(&listed, |m| Some(m.id.as_str())), ["guest-0001"]);

    let removed = client.remove_user().user_id("guest-0001").send().await?.into_inner().member;
    assert_eq!(removed.id, "guest-0001");
    assert_eq!(removed.deleted, Some(true), "remove is a soft delete");
    assert!(removed.deleted_at.is_some(), "deleted_at is set on removal");
    Ok(())
}

#[tokio::test]
async fn push_settings_set_read_back_and_disabled() -> Result<()> {
    let (_emulator, client) = start(ErrorTransport::default()).await;
    register(&client, "pushy-01", "Pushy").await?;

    let before = client.get_push_notification().user_id("pushy-01").send().await?.into_inner();
    assert_eq!(before.id, "pushy-01");
    assert_eq!(
        before.notifications,
        Some(types::Notifications::default()),
        "a new user has every push setting null"
    );

    let set = client
        .set_push_notification()
        .user_id("pushy-01")
        .body_map(|b| {
            b.token("fcm-device-token-123".to_owned())
                .device("FCM".to_owned())
                .os("Android 15".to_owned())
                .push(true)
                .ad(false)
                .night(true)
                .timezone("Asia/Seoul".to_owned())
        })
        .send()
        .await?
        .into_inner();
    let expected = types::Notifications {
        token: Some("fcm-device-token-123".into()),
        device: Some("FCM".into()),
        os: Some("Android 15".into()),
        push: Some(true),
        ad: Some(false),
        night: Some(true),
        timezone: Some("Asia/Seoul".into()),
    };
    assert_eq!(set.status, 1);
    let member = set.member;
    assert_eq!(member.id, "pushy-01");
    assert_eq!(member.notifications.as_ref(), Some(&expected));

    let read = client.get_push_notification().user_id("pushy-01").send().await?.into_inner();
    assert_eq!(read.notifications.as_ref(), Some(&expected), "read back");

    // A partial update sends only what it sets: the other settings stay.
    let merged = client
        .set_push_notification()
        .user_id("pushy-01")
        .body_map(|b| b.night(false))
        .send()
        .await?
        .into_inner();
    let notifications = merged.member.notifications.expect("settings");
    assert_eq!(notifications.night, Some(false));
    assert_eq!(notifications.token, expected.token);

    let disabled =
        client.disable_push_notification().user_id("pushy-01").send().await?.into_inner();
    assert_eq!(disabled.status, 1);
    assert_eq!(
        disabled.member.notifications,
        Some(types::Notifications::default()),
        "disabling sets every field back to null"
    );
    Ok(())
}

/// An e-mail address, a user ID the service accepts beyond the documented pattern.
#[tokio::test]
async fn an_email_user_id_round_trips_through_the_emulator() {
    let (_emulator, client) = start(ErrorTransport::default()).await;

    let registered = ok(client
        .register_user()
        .body_map(|b| b.user_id("alice@example.com").name("Alice"))
        .send()
        .await)
    .into_inner();
    assert_eq!(registered.member.id, "alice@example.com");
    let fetched = ok(client.get_user().user_id("alice@example.com").send().await).into_inner();
    assert_eq!((fetched.id.as_str(), fetched.deleted), ("alice@example.com", Some(false)));
    let removed = ok(client.remove_user().user_id("alice@example.com").send().await).into_inner();
    assert_eq!(removed.member.deleted, Some(true));
}

/// `device: "sandbox"`, not in the documented list, is stored and read back as sent.
#[tokio::test]
async fn sandbox_round_trips_through_the_emulator() {
    let (_emulator, client) = start(ErrorTransport::default()).await;
    ok(client.register_user().body_map(|b| b.user_id("sandboxer").name("S")).send().await);
    ok(client
        .set_push_notification()
        .user_id("sandboxer")
        .body_map(|b| b.device("sandbox".to_owned()))
        .send()
        .await);
    let read = ok(client.get_push_notification().user_id("sandboxer").send().await).into_inner();
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
