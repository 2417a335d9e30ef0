//! End to end: the public client against the in-process emulator (`ncloud-chat-emulator`), which
//! keeps state between calls. Every one of the 23 operations runs at least once, with the state
//! transitions it causes read back through other operations; then every vendor result code
//! `-1`..`-6`, and the emulator's own errors, in both error transports.

use std::fmt::Debug;

use futures::TryStreamExt;
use ncloud_chat::{
    ApiCode, Client, Error, Filter, ListExt, ListOption, ListQuery, MessageListOption, Result,
    Sort, TokenExt, types,
};
use ncloud_chat_emulator::{Credentials, EmulatorConfig, EmulatorServer, ErrorTransport, KeyState};
use reqwest::StatusCode;

/// Both ways the emulator can send its error envelopes.
const TRANSPORTS: [ErrorTransport; 2] = [ErrorTransport::HttpStatus, ErrorTransport::Http200];

/// A project ID the emulator does not know (`-6`).
const UNKNOWN_PROJECT_ID: &str = "0bad0000-0000-4000-8000-00000000dead";

/// An emulator with the default settings except `transport`, and a client with its working
/// credentials.
async fn start(transport: ErrorTransport) -> (EmulatorServer, Client) {
    let fake = EmulatorServer::start(EmulatorConfig::default().with_error_transport(transport))
        .await
        .expect("the emulator starts on a free local port");
    let client = client_with(&fake, &fake.credentials());
    (fake, client)
}

/// A client for `fake` that sends `credentials`.
fn client_with(fake: &EmulatorServer, credentials: &Credentials) -> Client {
    Client::builder()
        .api_key(&credentials.api_key)
        .project_id(&credentials.project_id)
        .base_url(fake.base_url())
        .build()
        .expect("valid client configuration")
}

/// Registers user `id` named `name`.
async fn register(client: &Client, id: &str, name: &str) -> Result<types::Member> {
    Ok(client
        .register_user()
        .body_map(|b| b.user_id(id).name(name))
        .send()
        .await?
        .into_inner()
        .member)
}

/// Creates a public channel named `name` with `members`.
async fn create_channel(client: &Client, name: &str, members: &[&str]) -> Result<types::Channel> {
    let members: Vec<String> = members.iter().map(|m| (*m).to_owned()).collect();
    Ok(client
        .create_channel()
        .body_map(|b| {
            b.name(name)
                .type_(types::ChannelType::Public)
                .members(members)
        })
        .send()
        .await?
        .into_inner()
        .channel)
}

/// Sends `content` to channel `channel_id` (as the admin, the emulator's only sender).
async fn send(client: &Client, channel_id: &str, content: &str) -> Result<types::Message> {
    Ok(client
        .send_message()
        .channel_id(channel_id)
        .body(types::SendMessageRequest::builder().content(content))
        .send()
        .await?
        .into_inner()
        .message)
}

/// One page of the admin's messages in channel `channel_id`, newest first.
async fn admin_messages(
    client: &Client,
    channel_id: &str,
    offset: u64,
    per_page: u32,
) -> Result<Vec<types::Message>> {
    Ok(client
        .list_messages()
        .channel_id(channel_id)
        .filter(Filter::new().eq("sender.id", "admin"))
        .sort(Sort::descending("created_at"))
        .option(
            MessageListOption::new()
                .offset(offset)
                .per_page(per_page)
                .to_json()?,
        )
        .send()
        .await?
        .into_inner()
        .0)
}

fn members(list: types::MemberList) -> Vec<types::Member> {
    match list {
        types::MemberList::Members(items) => items.0,
        types::MemberList::Count(count) => panic!("expected users, got {count:?}"),
    }
}

fn channels(list: types::ChannelList) -> Vec<types::Channel> {
    match list {
        types::ChannelList::Channels(items) => items.0,
        types::ChannelList::Count(count) => panic!("expected channels, got {count:?}"),
    }
}

fn subscriptions(list: types::SubscriptionList) -> Vec<types::Subscription> {
    match list {
        types::SubscriptionList::Subscriptions(items) => items.0,
        types::SubscriptionList::Count(count) => panic!("expected subscriptions, got {count:?}"),
    }
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> Option<&str>) -> Vec<&str> {
    items
        .iter()
        .map(|item| id(item).unwrap_or("<none>"))
        .collect()
}

/// The error of a call that must fail, checked for every API key the emulator knows.
fn failure<T: Debug, E>(
    fake: &EmulatorServer,
    what: &str,
    result: std::result::Result<T, E>,
) -> Error
where
    Error: From<E>,
{
    match result {
        Ok(value) => panic!("{what}: succeeded but should have failed: {value:?}"),
        Err(e) => {
            let e = Error::from(e);
            assert_keys_hidden(fake, what, &e);
            e
        }
    }
}

/// No API key of `fake` (working or not) appears in the Display, Debug or source chain of `err`.
fn assert_keys_hidden(fake: &EmulatorServer, what: &str, err: &Error) {
    let keys = KeyState::ALL.map(|state| fake.config().key(state).to_owned());
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = current {
        for text in [e.to_string(), format!("{e:?}")] {
            for key in &keys {
                assert!(
                    !text.contains(key.as_str()),
                    "{what}: API key {key:?} leaks through an error: {text}"
                );
            }
        }
        current = e.source();
    }
}

/// The code, HTTP status and message of an [`Error::Api`], or a panic naming the call.
fn api_parts(what: &str, err: &Error) -> (ApiCode, StatusCode, String) {
    match err {
        Error::Api {
            code,
            status,
            message,
            ..
        } => (*code, *status, message.clone()),
        other => panic!("{what}: expected Error::Api, got {other:?} ({other})"),
    }
}

/// The HTTP status `fake` sends an error with, given the status of [`ErrorTransport::HttpStatus`].
fn sent_status(transport: ErrorTransport, with_status: u16) -> StatusCode {
    match transport {
        ErrorTransport::Http200 => StatusCode::OK,
        _ => StatusCode::from_u16(with_status).expect("valid status"),
    }
}

/// Asserts that `err` is the emulator's own error `-100` (`ApiCode::Unknown`) sent with
/// `with_status` under [`ErrorTransport::HttpStatus`] (200 under `Http200`).
fn assert_emulator_error(transport: ErrorTransport, what: &str, err: &Error, with_status: u16) {
    let (code, status, message) = api_parts(what, err);
    assert_eq!(
        code,
        ApiCode::Unknown(-100),
        "{what} ({transport:?}): {err}"
    );
    assert_eq!(status, sent_status(transport, with_status), "{what}: {err}");
    assert!(
        !message.is_empty(),
        "{what}: the emulator's message is kept"
    );
    assert!(!err.is_auth_error(), "{what}: not an auth error: {err}");
    assert!(!err.is_retryable(), "{what}: not retryable: {err}");
    assert_eq!(err.code(), Some(code));
    assert_eq!(err.status(), Some(status));
}

// ---------------------------------------------------------------------------------------------
// The 23 operations and their state transitions.
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn users_register_read_update_list_and_soft_delete() -> Result<()> {
    let (fake, client) = start(ErrorTransport::default()).await;

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
    assert_eq!(registered.project_id.as_deref(), Some(fake.project_id()));
    assert_eq!(
        registered.custom_field.as_deref(),
        Some("{\"tier\":\"gold\"}")
    );
    assert_eq!(registered.deleted, Some(false));
    assert_eq!(registered.deleted_at, None);
    register(&client, "guest-0002", "Guest Two").await?;

    let fetched = client
        .get_user()
        .user_id("guest-0001")
        .send()
        .await?
        .into_inner();
    assert_eq!(
        fetched, registered,
        "get_user reads back what was registered"
    );

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
    assert_eq!(
        updated.profile.as_deref(),
        Some("https://example.com/renamed.png")
    );
    assert_eq!(
        updated.custom_field, registered.custom_field,
        "fields left out of an update stay as they were"
    );
    let fetched = client
        .get_user()
        .user_id("guest-0001")
        .send()
        .await?
        .into_inner();
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

    let removed = client
        .remove_user()
        .user_id("guest-0001")
        .send()
        .await?
        .into_inner()
        .member;
    assert_eq!(removed.id, "guest-0001");
    assert_eq!(removed.deleted, Some(true), "remove is a soft delete");
    assert!(removed.deleted_at.is_some(), "deleted_at is set on removal");

    // Still readable and listed, now marked deleted; no longer changeable.
    let fetched = client
        .get_user()
        .user_id("guest-0001")
        .send()
        .await?
        .into_inner();
    assert_eq!(fetched.deleted, Some(true));
    assert_eq!(fetched.deleted_at, removed.deleted_at);
    let deleted = members(
        client
            .list_users()
            .filter(Filter::new().eq("deleted", true))
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(ids(&deleted, |m| Some(m.id.as_str())), ["guest-0001"]);
    let active = members(
        client
            .list_users()
            .filter(Filter::new().eq("deleted", false))
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(ids(&active, |m| Some(m.id.as_str())), ["guest-0002"]);
    let err = failure(
        &fake,
        "update_user of a removed user",
        client
            .update_user()
            .user_id("guest-0001")
            .body(types::UpdateUserRequest::default())
            .send()
            .await,
    );
    assert_emulator_error(
        ErrorTransport::HttpStatus,
        "update_user of a removed user",
        &err,
        404,
    );
    Ok(())
}

#[tokio::test]
async fn push_settings_set_read_back_and_disabled() -> Result<()> {
    let (_fake, client) = start(ErrorTransport::default()).await;
    register(&client, "pushy-01", "Pushy").await?;

    let before = client
        .get_push_notification()
        .user_id("pushy-01")
        .send()
        .await?
        .into_inner();
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

    let read = client
        .get_push_notification()
        .user_id("pushy-01")
        .send()
        .await?
        .into_inner();
    assert_eq!(read.notifications.as_ref(), Some(&expected), "read back");

    // A partial update merges: only `night` changes.
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

    let disabled = client
        .disable_push_notification()
        .user_id("pushy-01")
        .send()
        .await?
        .into_inner();
    assert_eq!(disabled.status, 1);
    assert_eq!(
        disabled.member.notifications,
        Some(types::Notifications::default()),
        "disabling sets every field back to null"
    );
    let read = client
        .get_push_notification()
        .user_id("pushy-01")
        .send()
        .await?
        .into_inner();
    assert_eq!(read.notifications, Some(types::Notifications::default()));
    Ok(())
}

#[tokio::test]
async fn friend_requests_accepted_rejected_and_bulk() -> Result<()> {
    let (fake, client) = start(ErrorTransport::default()).await;
    for (id, name) in [
        ("alice-01", "Alice"),
        ("bob-0001", "Bob"),
        ("carol-01", "Carol"),
        ("dave-001", "Dave"),
    ] {
        register(&client, id, name).await?;
    }

    // Request → accept.
    let requested = client
        .request_friend()
        .body_map(|b| {
            b.user_id("alice-01")
                .friend_id("bob-0001")
                .message("hi Bob".to_owned())
        })
        .send()
        .await?
        .into_inner();
    assert!(
        matches!(
            requested,
            types::RequestFriendResponse::RequestFriendCurrent(_)
        ),
        "the emulator answers in the current shape, data.requestFriend.friendship"
    );
    let friendship = requested.into_friendship();
    assert_eq!(friendship.status.as_deref(), Some("requested"));
    assert_eq!(friendship.user_id.as_deref(), Some("alice-01"));
    assert_eq!(friendship.friend_id.as_deref(), Some("bob-0001"));
    assert_eq!(
        friendship.friend.and_then(|f| f.name).as_deref(),
        Some("Bob")
    );
    assert_eq!(friendship.project_id.as_deref(), Some(fake.project_id()));

    let accepted = client
        .accept_friend()
        .body(types::FriendPair {
            user_id: "bob-0001".parse().expect("valid user ID"),
            friend_id: "alice-01".parse().expect("valid user ID"),
        })
        .send()
        .await?
        .into_inner()
        .friendship;
    assert_eq!(accepted.status.as_deref(), Some("accepted"));
    assert_eq!(
        accepted.id, friendship.id,
        "the same friendship changes state"
    );
    assert_eq!(
        accepted.user.and_then(|u| u.nickname).as_deref(),
        Some("Alice")
    );

    // Request → reject.
    client
        .request_friend()
        .body_map(|b| b.user_id("alice-01").friend_id("carol-01"))
        .send()
        .await?;
    let rejected = client
        .reject_friend()
        .body_map(|b| b.user_id("carol-01").friend_id("alice-01"))
        .send()
        .await?
        .into_inner()
        .friendship;
    assert_eq!(rejected.status.as_deref(), Some("rejected"));
    assert_eq!(rejected.user_id.as_deref(), Some("alice-01"));

    // Nothing is pending between Alice and Carol any more.
    let err = failure(
        &fake,
        "accept after reject",
        client
            .accept_friend()
            .body_map(|b| b.user_id("carol-01").friend_id("alice-01"))
            .send()
            .await,
    );
    assert_emulator_error(ErrorTransport::HttpStatus, "accept after reject", &err, 404);

    // Bulk: both requests become pending, and each can then be decided.
    let pair = |user: &str, friend: &str| types::FriendPair {
        user_id: user.parse().expect("valid user ID"),
        friend_id: friend.parse().expect("valid user ID"),
    };
    let bulk = client
        .bulk_request_friends()
        .body(types::BulkFriendRequest(vec![
            pair("dave-001", "alice-01"),
            pair("dave-001", "carol-01"),
        ]))
        .send()
        .await?
        .into_inner();
    assert_eq!(bulk.message, "Friends added successfully");
    let decided = client
        .accept_friend()
        .body_map(|b| b.user_id("alice-01").friend_id("dave-001"))
        .send()
        .await?
        .into_inner()
        .friendship;
    assert_eq!(decided.status.as_deref(), Some("accepted"));
    assert_eq!(decided.user_id.as_deref(), Some("dave-001"));
    let decided = client
        .reject_friend()
        .body_map(|b| b.user_id("carol-01").friend_id("dave-001"))
        .send()
        .await?
        .into_inner()
        .friendship;
    assert_eq!(decided.status.as_deref(), Some("rejected"));

    // Friends cannot be asked again (conflict); a rejected pair can.
    let err = failure(
        &fake,
        "request between friends",
        client
            .request_friend()
            .body_map(|b| b.user_id("bob-0001").friend_id("alice-01"))
            .send()
            .await,
    );
    assert_emulator_error(
        ErrorTransport::HttpStatus,
        "request between friends",
        &err,
        409,
    );
    client
        .request_friend()
        .body_map(|b| b.user_id("carol-01").friend_id("alice-01"))
        .send()
        .await?;
    Ok(())
}

#[tokio::test]
async fn channel_create_get_update_list_delete_then_not_found() -> Result<()> {
    let (fake, client) = start(ErrorTransport::default()).await;

    let created = client
        .create_channel()
        .body_map(|b| {
            b.name("support")
                .type_(types::ChannelType::Public)
                .unique_id("support-desk".to_owned())
                .members(vec!["guest-0001".to_owned()])
                .link_url("https://example.com/support".to_owned())
                .image_url("https://example.com/support.png".to_owned())
                .limit(0i64)
        })
        .send()
        .await?
        .into_inner()
        .channel;
    assert!(!created.id.is_empty(), "the emulator assigns an ID");
    assert_eq!(created.name.as_deref(), Some("support"));
    assert_eq!(created.type_.as_deref(), Some("PUBLIC"));
    assert_eq!(created.unique_id.as_deref(), Some("support-desk"));
    assert_eq!(created.members, Some(vec!["guest-0001".to_owned()]));
    assert_eq!(created.user_id.as_deref(), Some("admin"));
    assert_eq!(created.project_id.as_deref(), Some(fake.project_id()));
    assert_eq!(
        created.image_url,
        Some(types::ChannelImageUrl::Url(Some(
            "https://example.com/support.png".into()
        )))
    );
    let other = create_channel(&client, "lobby", &[]).await?;

    let fetched = client
        .get_channel()
        .channel_id(created.id.as_str())
        .send()
        .await?
        .into_inner();
    assert_eq!(fetched, created, "get_channel reads back what was created");

    let updated = client
        .update_channel()
        .channel_id(created.id.as_str())
        .body(types::UpdateChannelRequest {
            name: Some("support-vip".parse().expect("valid name")),
            type_: Some(types::ChannelType::Private),
            limit: Some(50),
            ..Default::default()
        })
        .send()
        .await?
        .into_inner()
        .channel;
    assert_eq!(updated.id, created.id);
    assert_eq!(updated.name.as_deref(), Some("support-vip"));
    assert_eq!(updated.type_.as_deref(), Some("PRIVATE"));
    assert_eq!(updated.limit, Some(50));
    assert_eq!(
        updated.unique_id, created.unique_id,
        "fields left out stay as they were"
    );
    let fetched = client
        .get_channel()
        .channel_id(created.id.as_str())
        .send()
        .await?
        .into_inner();
    assert_eq!(fetched, updated, "get_channel reads back the update");

    let private = channels(
        client
            .list_channels()
            .filter(Filter::new().eq("type", "PRIVATE"))
            .sort(Sort::descending("createdAt"))
            .option(ListOption::new().offset(0).per_page(10).to_json()?)
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(
        ids(&private, |c| Some(c.id.as_str())),
        [created.id.as_str()]
    );
    let all = channels(
        client
            .list_channels()
            .filter(Filter::new())
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(
        ids(&all, |c| Some(c.id.as_str())),
        [created.id.as_str(), other.id.as_str()],
        "without sort, creation order"
    );

    let deleted = client
        .delete_channel()
        .channel_id(created.id.as_str())
        .send()
        .await?
        .into_inner()
        .channel;
    assert_eq!(deleted.id, created.id);
    assert_eq!(deleted.name.as_deref(), Some("support-vip"));

    let err = failure(
        &fake,
        "get_channel after delete",
        client
            .get_channel()
            .channel_id(created.id.as_str())
            .send()
            .await,
    );
    let (code, status, _) = api_parts("get_channel after delete", &err);
    assert_eq!(code, ApiCode::Unknown(-100));
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!err.is_auth_error());
    let err = failure(
        &fake,
        "delete_channel twice",
        client
            .delete_channel()
            .channel_id(created.id.as_str())
            .send()
            .await,
    );
    assert_emulator_error(
        ErrorTransport::HttpStatus,
        "delete_channel twice",
        &err,
        404,
    );
    assert_eq!(client.count_channels(Filter::new()).await?, 1);
    Ok(())
}

#[tokio::test]
async fn messages_send_list_filtered_sorted_paged_get_and_delete() -> Result<()> {
    let (fake, client) = start(ErrorTransport::default()).await;
    let channel = create_channel(&client, "chat", &[]).await?;
    let mut sent = Vec::new();
    for content in ["first", "second", "third"] {
        sent.push(send(&client, &channel.id, content).await?);
    }
    let first = &sent[0];
    assert_eq!(first.content.as_deref(), Some("first"));
    assert_eq!(first.channel_id.as_deref(), Some(channel.id.as_str()));
    assert_eq!(first.message_id.as_deref(), Some(first.id.as_str()));
    assert_eq!(first.message_type.as_deref(), Some("text"));
    assert_eq!(
        first.sender.as_ref().and_then(|s| s.id.as_deref()),
        Some("admin")
    );

    let newest = admin_messages(&client, &channel.id, 0, 2).await?;
    assert_eq!(
        ids(&newest, |m| m.content.as_deref()),
        ["third", "second"],
        "newest first, one page of two"
    );
    let rest = admin_messages(&client, &channel.id, 2, 2).await?;
    assert_eq!(ids(&rest, |m| m.content.as_deref()), ["first"]);

    let by_content = client
        .list_messages()
        .channel_id(channel.id.as_str())
        .filter(Filter::new().eq("content", "second"))
        .send()
        .await?
        .into_inner();
    assert_eq!(
        ids(&by_content, |m| Some(m.id.as_str())),
        [sent[1].id.as_str()]
    );

    let fetched = client
        .get_message()
        .channel_id(channel.id.as_str())
        .message_id(sent[1].id.as_str())
        .send()
        .await?
        .into_inner();
    assert_eq!(fetched, sent[1], "get_message reads back what was sent");

    let deleted = client
        .delete_message()
        .channel_id(channel.id.as_str())
        .message_id(sent[1].id.as_str())
        .send()
        .await?
        .into_inner()
        .message;
    assert_eq!(deleted.id, sent[1].id);
    let err = failure(
        &fake,
        "get_message after delete",
        client
            .get_message()
            .channel_id(channel.id.as_str())
            .message_id(sent[1].id.as_str())
            .send()
            .await,
    );
    assert_emulator_error(
        ErrorTransport::HttpStatus,
        "get_message after delete",
        &err,
        404,
    );
    let remaining = admin_messages(&client, &channel.id, 0, 10).await?;
    assert_eq!(
        ids(&remaining, |m| m.content.as_deref()),
        ["third", "first"]
    );
    Ok(())
}

#[tokio::test]
async fn subscriptions_follow_channel_members() -> Result<()> {
    let (_fake, client) = start(ErrorTransport::default()).await;
    for (id, name) in [
        ("memb-001", "One"),
        ("memb-002", "Two"),
        ("memb-003", "Three"),
    ] {
        register(&client, id, name).await?;
    }
    // `ghost-01` is no user: it is a member, but has no subscription.
    let channel = create_channel(&client, "team", &["memb-001", "memb-002", "ghost-01"]).await?;
    let unrelated = create_channel(&client, "elsewhere", &["memb-003"]).await?;
    let in_channel = || Filter::new().eq("channel_id", channel.id.as_str());

    let listed = subscriptions(
        client
            .list_subscriptions()
            .filter(in_channel())
            .sort(Sort::ascending("created_at"))
            .option(ListOption::new().per_page(10).to_json()?)
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(
        ids(&listed, |s| s.user_id.as_deref()),
        ["memb-001", "memb-002"]
    );
    assert!(
        listed
            .iter()
            .all(|s| s.channel_id.as_deref() == Some(channel.id.as_str()))
    );
    assert_eq!(
        listed[1].user.as_ref().and_then(|u| u.name.as_deref()),
        Some("Two")
    );
    assert_eq!(client.count_subscriptions(in_channel()).await?, 2);
    assert_eq!(client.count_subscriptions(Filter::new()).await?, 3);

    // A new message moves every member's mark.
    let message = send(&client, &channel.id, "hello team").await?;
    let listed = subscriptions(
        client
            .list_subscriptions()
            .filter(in_channel())
            .send()
            .await?
            .into_inner(),
    );
    for subscription in &listed {
        let mark = subscription.mark.as_ref().expect("mark");
        assert_eq!(mark.message_id.as_deref(), Some(message.id.as_str()));
        assert_eq!(mark.sort_id, message.sort_id);
    }

    // Changing the members changes the subscriptions; deleting the channel removes them.
    client
        .update_channel()
        .channel_id(channel.id.as_str())
        .body_map(|b| b.members(vec!["memb-002".to_owned(), "memb-003".to_owned()]))
        .send()
        .await?;
    let listed = subscriptions(
        client
            .list_subscriptions()
            .filter(in_channel())
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(
        ids(&listed, |s| s.user_id.as_deref()),
        ["memb-002", "memb-003"]
    );
    client
        .delete_channel()
        .channel_id(channel.id.as_str())
        .send()
        .await?;
    assert_eq!(client.count_subscriptions(in_channel()).await?, 0);
    let left = subscriptions(
        client
            .list_subscriptions()
            .filter(Filter::new())
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(
        ids(&left, |s| s.channel_id.as_deref()),
        [unrelated.id.as_str()]
    );
    Ok(())
}

#[tokio::test]
async fn counts_follow_the_state() -> Result<()> {
    let (_fake, client) = start(ErrorTransport::default()).await;
    assert_eq!(client.count_users(Filter::new()).await?, 0);
    assert_eq!(client.count_channels(Filter::new()).await?, 0);
    assert_eq!(client.count_subscriptions(Filter::new()).await?, 0);

    for i in 0..5 {
        register(&client, &format!("count-{i:02}"), &format!("N{}", i % 2)).await?;
    }
    client.remove_user().user_id("count-00").send().await?;
    assert_eq!(client.count_users(Filter::new()).await?, 5);
    assert_eq!(client.count_users(Filter::new().eq("name", "N1")).await?, 2);
    assert_eq!(
        client
            .count_users(Filter::new().eq("deleted", false))
            .await?,
        4
    );

    create_channel(&client, "a", &["count-01", "count-02"]).await?;
    create_channel(&client, "b", &["count-02"]).await?;
    assert_eq!(client.count_channels(Filter::new()).await?, 2);
    assert_eq!(
        client.count_channels(Filter::new().eq("name", "b")).await?,
        1
    );
    assert_eq!(client.count_subscriptions(Filter::new()).await?, 3);
    assert_eq!(
        client
            .count_subscriptions(Filter::new().eq("user_id", "count-02"))
            .await?,
        2
    );
    Ok(())
}

#[tokio::test]
async fn paginate_users_and_channels_over_several_pages() -> Result<()> {
    let (_fake, client) = start(ErrorTransport::default()).await;
    let expected: Vec<String> = (0..7).map(|i| format!("page-user-{i}")).collect();
    for id in &expected {
        register(&client, id, "Paged").await?;
    }

    // 7 items, 3 per page: two full pages and a short one.
    let oldest_first = ListQuery::new(Filter::new().eq("name", "Paged"))
        .sort(Sort::ascending("created_at"))
        .per_page(3);
    let users: Vec<types::Member> = client
        .paginate_users(oldest_first.clone())
        .try_collect()
        .await?;
    assert_eq!(ids(&users, |m| Some(m.id.as_str())), expected);

    // 7 items, 7 per page: a full page, then an empty one ends the stream.
    let exact: Vec<types::Member> = client
        .paginate_users(oldest_first.clone().per_page(7))
        .try_collect()
        .await?;
    assert_eq!(exact.len(), 7);

    // Newest first, stopped after 5 (the last page is cut to what is still needed).
    let newest = client
        .paginate_users(
            ListQuery::new(Filter::new())
                .sort(Sort::descending("created_at"))
                .per_page(2),
        )
        .try_collect_limit(5)
        .await?;
    let mut reversed = expected.clone();
    reversed.reverse();
    assert_eq!(ids(&newest, |m| Some(m.id.as_str())), reversed[..5]);

    // A filter alone is a query; channels of one type, two per page.
    let mut public = Vec::new();
    for i in 0..5 {
        let channel = create_channel(&client, &format!("room-{i}"), &[]).await?;
        public.push(channel.id);
        client
            .create_channel()
            .body_map(|b| {
                b.name(format!("hidden-{i}"))
                    .type_(types::ChannelType::Private)
            })
            .send()
            .await?;
    }
    let listed: Vec<types::Channel> = client
        .paginate_channels(ListQuery::new(Filter::new().eq("type", "PUBLIC")).per_page(2))
        .try_collect()
        .await?;
    assert_eq!(ids(&listed, |c| Some(c.id.as_str())), public);
    let everything: Vec<types::Channel> = client
        .paginate_channels(Filter::new())
        .try_collect()
        .await?;
    assert_eq!(everything.len(), 10);
    Ok(())
}

#[tokio::test]
async fn paginate_messages_and_subscriptions_over_several_pages() -> Result<()> {
    let (_fake, client) = start(ErrorTransport::default()).await;
    let users: Vec<String> = (0..5).map(|i| format!("sub-user-{i}")).collect();
    for id in &users {
        register(&client, id, "Sub").await?;
    }
    let member_ids: Vec<&str> = users.iter().map(String::as_str).collect();
    let channel = create_channel(&client, "busy", &member_ids).await?;
    let mut contents = Vec::new();
    for i in 0..5 {
        let content = format!("message {i}");
        send(&client, &channel.id, &content).await?;
        contents.push(content);
    }

    let newest_first: Vec<types::Message> = client
        .paginate_messages(
            channel.id.as_str(),
            ListQuery::new(Filter::new().eq("sender.id", "admin"))
                .sort(Sort::descending("created_at"))
                .per_page(2),
        )
        .try_collect()
        .await?;
    contents.reverse();
    assert_eq!(ids(&newest_first, |m| m.content.as_deref()), contents);

    let subscribed: Vec<types::Subscription> = client
        .paginate_subscriptions(
            ListQuery::new(Filter::new().eq("channel_id", channel.id.as_str())).per_page(2),
        )
        .try_collect()
        .await?;
    assert_eq!(ids(&subscribed, |s| s.user_id.as_deref()), member_ids);

    let two: Vec<types::Subscription> = client
        .paginate_subscriptions(Filter::new())
        .limit(2)
        .try_collect()
        .await?;
    assert_eq!(ids(&two, |s| s.user_id.as_deref()), member_ids[..2]);
    Ok(())
}

#[tokio::test]
async fn issue_user_token_expires_after_the_requested_days() -> Result<()> {
    let (fake, client) = start(ErrorTransport::default()).await;
    register(&client, "token-user", "Tok").await?;

    // The emulator sets `exp = iat + days * 86400` with `iat` read during the call, so the
    // expiry lies between the two clock readings around it (whole seconds), plus the days.
    let days = 7;
    let before = chrono::Utc::now().timestamp();
    let token = client.issue_user_token("token-user", days).await?;
    let after = chrono::Utc::now().timestamp();
    let expires_at = token
        .expires_at
        .expect("the emulator's token is a JWT with `exp`")
        .timestamp();
    let validity = i64::from(days) * 86_400;
    assert!(
        (before + validity..=after + validity).contains(&expires_at),
        "expires_at {expires_at} should be now + {days} days, within [{}, {}]",
        before + validity,
        after + validity
    );
    let claims = fake
        .verify_token(&token.token)
        .expect("the emulator signed this token");
    assert_eq!(claims["id"], "token-user");
    assert_eq!(claims["project_id"], fake.project_id());
    assert!(
        !format!("{token:?}").contains(&token.token),
        "Debug hides the token"
    );

    // The generated call gives the raw response.
    let raw = client
        .issue_token()
        .id("token-user")
        .expire_day(1u64)
        .send()
        .await?
        .into_inner();
    assert_eq!(raw.status, 1);
    let raw_token = raw.token.expect("a token");
    assert!(fake.verify_token(&raw_token).is_some());

    // Checked before sending; then the emulator's refusals for unknown and removed users.
    let err = client
        .issue_user_token("token-user", 0)
        .await
        .expect_err("0 days is refused");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    let err = failure(
        &fake,
        "token for an unknown user",
        client.issue_user_token("nobody-here", 1).await,
    );
    assert_emulator_error(
        ErrorTransport::HttpStatus,
        "token for an unknown user",
        &err,
        404,
    );
    client.remove_user().user_id("token-user").send().await?;
    let err = failure(
        &fake,
        "token for a removed user",
        client.issue_user_token("token-user", 1).await,
    );
    assert_emulator_error(
        ErrorTransport::HttpStatus,
        "token for a removed user",
        &err,
        404,
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Errors, in both transports.
// ---------------------------------------------------------------------------------------------

/// A credential problem and what the emulator answers for it under [`ErrorTransport::HttpStatus`].
struct AuthCase {
    what: &'static str,
    credentials: Credentials,
    code: ApiCode,
    number: i64,
    http: u16,
}

fn auth_cases(fake: &EmulatorServer) -> Vec<AuthCase> {
    let case = |what, state, code, number, http| AuthCase {
        what,
        credentials: fake.credentials_for(state),
        code,
        number,
        http,
    };
    vec![
        case(
            "unregistered key",
            KeyState::Unregistered,
            ApiCode::UnregisteredKey,
            -1,
            401,
        ),
        case(
            "key of another project",
            KeyState::OtherProject,
            ApiCode::KeyMismatch,
            -2,
            401,
        ),
        case(
            "deleted key",
            KeyState::Deleted,
            ApiCode::DeletedKey,
            -3,
            401,
        ),
        case(
            "disabled key",
            KeyState::Disabled,
            ApiCode::DisabledKey,
            -4,
            403,
        ),
        case(
            "expired key",
            KeyState::Expired,
            ApiCode::ExpiredKey,
            -5,
            401,
        ),
        AuthCase {
            what: "unknown project",
            credentials: Credentials {
                api_key: fake.api_key().to_owned(),
                project_id: UNKNOWN_PROJECT_ID.to_owned(),
            },
            code: ApiCode::UnknownProject,
            number: -6,
            http: 404,
        },
    ]
}

/// `Ok(Debug text)` or the error of a call, so that calls of every result type fit one list.
fn outcome<T: Debug, E>(result: std::result::Result<T, E>) -> Result<String>
where
    Error: From<E>,
{
    result
        .map(|value| format!("{value:?}"))
        .map_err(Error::from)
}

/// One call of each response shape, including those whose success type has only optional
/// fields (an envelope sent with HTTP 200 would decode as a "success" there if the client did
/// not recognise it).
async fn calls_of_every_shape(client: &Client) -> Vec<(&'static str, Result<String>)> {
    let pair = || types::FriendPair {
        user_id: "userA-01".parse().expect("valid user ID"),
        friend_id: "userB-01".parse().expect("valid user ID"),
    };
    vec![
        (
            "register_user",
            outcome(
                client
                    .register_user()
                    .body_map(|b| b.user_id("userA-01").name("A"))
                    .send()
                    .await,
            ),
        ),
        (
            "get_user",
            outcome(client.get_user().user_id("userA-01").send().await),
        ),
        (
            "list_users",
            outcome(client.list_users().filter(Filter::new()).send().await),
        ),
        (
            "set_push_notification",
            outcome(
                client
                    .set_push_notification()
                    .user_id("userA-01")
                    .body_map(|b| b.push(true))
                    .send()
                    .await,
            ),
        ),
        (
            "request_friend",
            outcome(
                client
                    .request_friend()
                    .body_map(|b| b.user_id("userA-01").friend_id("userB-01"))
                    .send()
                    .await,
            ),
        ),
        (
            "bulk_request_friends",
            outcome(
                client
                    .bulk_request_friends()
                    .body(types::BulkFriendRequest(vec![pair()]))
                    .send()
                    .await,
            ),
        ),
        (
            "accept_friend",
            outcome(client.accept_friend().body(pair()).send().await),
        ),
        (
            "get_channel",
            outcome(client.get_channel().channel_id("some-channel").send().await),
        ),
        (
            "list_messages",
            outcome(
                client
                    .list_messages()
                    .channel_id("some-channel")
                    .filter(Filter::new())
                    .send()
                    .await,
            ),
        ),
        (
            "issue_user_token",
            outcome(client.issue_user_token("userA-01", 1).await),
        ),
        (
            "count_users",
            outcome(client.count_users(Filter::new()).await),
        ),
        (
            "paginate_channels",
            outcome(client.paginate_channels(Filter::new()).try_next().await),
        ),
    ]
}

#[tokio::test]
async fn every_vendor_code_in_both_transports() {
    for transport in TRANSPORTS {
        let (fake, _) = start(transport).await;
        for case in auth_cases(&fake) {
            let client = client_with(&fake, &case.credentials);
            for (call, result) in calls_of_every_shape(&client).await {
                let what = format!("{call} with {} ({transport:?})", case.what);
                let err = failure(&fake, &what, result);
                let (code, status, message) = api_parts(&what, &err);
                assert_eq!(code, case.code, "{what}: {err}");
                assert_eq!(code.code(), case.number, "{what}");
                assert_eq!(
                    status,
                    sent_status(transport, case.http),
                    "{what}: the status the emulator used"
                );
                assert!(!message.is_empty(), "{what}: the vendor message is kept");
                assert!(err.is_auth_error(), "{what}: {err}");
                assert!(!err.is_retryable(), "{what}: {err}");
                assert_eq!(err.code(), Some(case.code), "{what}");
                assert_eq!(err.status(), Some(status), "{what}");
                let shown = err.to_string();
                assert!(
                    shown.contains(&case.number.to_string()),
                    "{what}: Display names the code: {shown}"
                );
            }
        }
        // Nothing above reached the data: the working key still sees an empty project.
        let client = client_with(&fake, &fake.credentials());
        assert_eq!(
            client
                .count_users(Filter::new())
                .await
                .expect("working key"),
            0
        );
    }
}

#[test]
fn a_missing_key_never_leaves_the_client() {
    // The emulator answers `-1 "apiKey is empty"` to a request without a key; the client refuses
    // to be built without one, so that request cannot be made (hence `-1` via an unknown key).
    for key in ["", "   "] {
        let err = Client::builder()
            .api_key(key)
            .project_id(ncloud_chat_emulator::DEFAULT_PROJECT_ID)
            .build()
            .expect_err("a blank key is refused");
        assert!(matches!(err, Error::Config(_)), "{err:?}");
    }
}

#[tokio::test]
async fn emulator_errors_are_not_auth_errors_in_both_transports() -> Result<()> {
    for transport in TRANSPORTS {
        let (fake, client) = start(transport).await;
        let original = register(&client, "dupe-user", "Original").await?;

        let err = failure(
            &fake,
            "duplicate register_user",
            client
                .register_user()
                .body_map(|b| b.user_id("dupe-user").name("Impostor"))
                .send()
                .await,
        );
        assert_emulator_error(transport, "duplicate register_user", &err, 409);
        let kept = client
            .get_user()
            .user_id("dupe-user")
            .send()
            .await?
            .into_inner();
        assert_eq!(kept, original, "the refused duplicate changed nothing");

        let err = failure(
            &fake,
            "create_channel with a non-HTTP image URL",
            client
                .create_channel()
                .body_map(|b| {
                    b.name("bad")
                        .type_(types::ChannelType::Public)
                        .image_url(Some("ftp://example.com/bad.png".to_owned()))
                })
                .send()
                .await,
        );
        assert_emulator_error(
            transport,
            "create_channel with a non-HTTP image URL",
            &err,
            400,
        );
        assert_eq!(client.count_channels(Filter::new()).await?, 0);

        let err = failure(
            &fake,
            "get_channel of an unknown ID",
            client
                .get_channel()
                .channel_id("no-such-channel")
                .send()
                .await,
        );
        assert_emulator_error(transport, "get_channel of an unknown ID", &err, 404);

        // A success type with only optional fields: the envelope must not pass as a success.
        let err = failure(
            &fake,
            "set_push_notification of an unknown user",
            client
                .set_push_notification()
                .user_id("ghost-user")
                .body_map(|b| b.push(true))
                .send()
                .await,
        );
        assert_emulator_error(
            transport,
            "set_push_notification of an unknown user",
            &err,
            404,
        );
    }
    Ok(())
}
