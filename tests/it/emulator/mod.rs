//! The public client against the in-process emulator (`ncloud-chat-emulator`), one file per
//! resource: every one of the 23 operations and the streams run against a server that keeps
//! state, and every vendor result code `-1`..`-6` and the emulator's own errors arrive as the
//! right `Error` in both error transports. What the emulator does with a request (soft delete,
//! friendship rules, subscriptions following members…) is its own suite's to specify
//! (`emulator/tests/it`); these tests check what the client sends and decodes.

mod auth;
mod channels;
mod friends;
mod lists;
mod messages;
mod subscriptions;
mod tokens;
mod users;

use std::fmt::Debug;

use ncloud_chat::{ApiCode, Client, Error, Filter, MessageListOption, Result, Sort, types};
use ncloud_chat_emulator::{Credentials, EmulatorConfig, EmulatorServer, ErrorTransport, KeyState};
use reqwest::StatusCode;

/// Both ways the emulator can send its error envelopes.
pub const TRANSPORTS: [ErrorTransport; 2] = [ErrorTransport::HttpStatus, ErrorTransport::Http200];

/// A project ID the emulator does not know (`-6`).
pub const UNKNOWN_PROJECT_ID: &str = "0bad0000-0000-4000-8000-00000000dead";

/// An emulator with the default settings except `transport`, and a client with its working
/// credentials.
pub async fn start(transport: ErrorTransport) -> (EmulatorServer, Client) {
    let emulator = EmulatorServer::start(EmulatorConfig::default().with_error_transport(transport))
        .await
        .expect("the emulator starts on a free local port");
    let client = client_with(&emulator, &emulator.credentials());
    (emulator, client)
}

/// A client for `emulator` that sends `credentials`.
pub fn client_with(emulator: &EmulatorServer, credentials: &Credentials) -> Client {
    Client::builder()
        .api_key(&credentials.api_key)
        .project_id(&credentials.project_id)
        .base_url(emulator.base_url())
        .build()
        .expect("valid client configuration")
}

/// Registers user `id` named `name`.
pub async fn register(client: &Client, id: &str, name: &str) -> Result<types::Member> {
    Ok(client
        .register_user()
        .body_map(|b| b.user_id(id).name(name))
        .send()
        .await?
        .into_inner()
        .member)
}

/// Creates a public channel named `name` with `members`.
pub async fn create_channel(
    client: &Client,
    name: &str,
    members: &[&str],
) -> Result<types::Channel> {
    let members: Vec<String> = members.iter().map(|m| (*m).to_owned()).collect();
    Ok(client
        .create_channel()
        .body_map(|b| b.name(name).type_(types::ChannelType::Public).members(members))
        .send()
        .await?
        .into_inner()
        .channel)
}

/// Sends `content` to channel `channel_id` (as the admin, the emulator's only sender).
pub async fn send(client: &Client, channel_id: &str, content: &str) -> Result<types::Message> {
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
pub async fn admin_messages(
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
        .option(MessageListOption::new().offset(offset).per_page(per_page).to_json()?)
        .send()
        .await?
        .into_inner()
        .0)
}

pub fn members(list: types::MemberList) -> Vec<types::Member> {
    match list {
        types::MemberList::Members(items) => items.0,
        types::MemberList::Count(count) => panic!("expected users, got {count:?}"),
    }
}

pub fn channels(list: types::ChannelList) -> Vec<types::Channel> {
    match list {
        types::ChannelList::Channels(items) => items.0,
        types::ChannelList::Count(count) => panic!("expected channels, got {count:?}"),
    }
}

pub fn subscriptions(list: types::SubscriptionList) -> Vec<types::Subscription> {
    match list {
        types::SubscriptionList::Subscriptions(items) => items.0,
        types::SubscriptionList::Count(count) => panic!("expected subscriptions, got {count:?}"),
    }
}

pub fn ids<T>(items: &[T], id: impl Fn(&T) -> Option<&str>) -> Vec<&str> {
    items.iter().map(|item| id(item).unwrap_or("<none>")).collect()
}

/// The error of a call that must fail, checked for every API key the emulator knows.
pub fn failure<T: Debug, E>(
    emulator: &EmulatorServer,
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
            assert_keys_hidden(emulator, what, &e);
            e
        }
    }
}

/// No API key of `emulator` (working or not) appears in the Display, Debug or source chain of
/// `err`.
fn assert_keys_hidden(emulator: &EmulatorServer, what: &str, err: &Error) {
    let keys = KeyState::ALL.map(|state| emulator.config().key(state).to_owned());
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
pub fn api_parts(what: &str, err: &Error) -> (ApiCode, StatusCode, String) {
    match err {
        Error::Api { code, status, message, .. } => (*code, *status, message.clone()),
        other => panic!("{what}: expected Error::Api, got {other:?} ({other})"),
    }
}

/// The HTTP status the emulator sends an error with, given the status of [`ErrorTransport::HttpStatus`].
pub fn sent_status(transport: ErrorTransport, with_status: u16) -> StatusCode {
    match transport {
        ErrorTransport::Http200 => StatusCode::OK,
        _ => StatusCode::from_u16(with_status).expect("valid status"),
    }
}

/// Asserts that `err` is the emulator's own error `-100` (`ApiCode::Unknown`) sent with
/// `with_status` under [`ErrorTransport::HttpStatus`] (200 under `Http200`).
pub fn assert_emulator_error(transport: ErrorTransport, what: &str, err: &Error, with_status: u16) {
    let (code, status, message) = api_parts(what, err);
    assert_eq!(code, ApiCode::Unknown(-100), "{what} ({transport:?}): {err}");
    assert_eq!(status, sent_status(transport, with_status), "{what}: {err}");
    assert!(!message.is_empty(), "{what}: the emulator's message is kept");
    assert!(!err.is_auth_error(), "{what}: not an auth error: {err}");
    assert!(!err.is_retryable(), "{what}: not retryable: {err}");
    assert_eq!(err.code(), Some(code));
    assert_eq!(err.status(), Some(status));
}
