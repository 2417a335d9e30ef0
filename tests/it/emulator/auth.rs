//! Every vendor result code and the emulator's own errors, in both error transports: the
//! right `Error`, status and code, never an API key in the text.

use std::fmt::Debug;

use futures::TryStreamExt;
use ncloud_chat::{ApiCode, Client, Error, Filter, ListExt, Result, TokenExt, types};
use ncloud_chat_emulator::{Credentials, EmulatorServer, KeyState};

use super::{
    TRANSPORTS, UNKNOWN_PROJECT_ID, api_parts, assert_emulator_error, client_with, failure,
    register, sent_status, start,
};

/// A credential problem and what the emulator answers for it under [`ErrorTransport::HttpStatus`].
struct AuthCase {
    what: &'static str,
    credentials: Credentials,
    code: ApiCode,
    number: i64,
    http: u16,
}

fn auth_cases(emulator: &EmulatorServer) -> Vec<AuthCase> {
    let case = |what, state, code, number, http| AuthCase {
        what,
        credentials: emulator.credentials_for(state),
        code,
        number,
        http,
    };
    vec![
        case("unregistered key", KeyState::Unregistered, ApiCode::UnregisteredKey, -1, 401),
        case("key of another project", KeyState::OtherProject, ApiCode::KeyMismatch, -2, 401),
        case("deleted key", KeyState::Deleted, ApiCode::DeletedKey, -3, 401),
        case("disabled key", KeyState::Disabled, ApiCode::DisabledKey, -4, 403),
        case("expired key", KeyState::Expired, ApiCode::ExpiredKey, -5, 401),
        AuthCase {
            what: "unknown project",
            credentials: Credentials {
                api_key: emulator.api_key().to_owned(),
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
    result.map(|value| format!("{value:?}")).map_err(Error::from)
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
                client.register_user().body_map(|b| b.user_id("userA-01").name("A")).send().await,
            ),
        ),
        ("get_user", outcome(client.get_user().user_id("userA-01").send().await)),
        ("list_users", outcome(client.list_users().filter(Filter::new()).send().await)),
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
        ("accept_friend", outcome(client.accept_friend().body(pair()).send().await)),
        ("get_channel", outcome(client.get_channel().channel_id("some-channel").send().await)),
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
        ("issue_user_token", outcome(client.issue_user_token("userA-01", 1).await)),
        ("count_users", outcome(client.count_users(Filter::new()).await)),
        ("paginate_channels", outcome(client.paginate_channels(Filter::new()).try_next().await)),
    ]
}

#[tokio::test]
async fn every_vendor_code_in_both_transports() {
    for transport in TRANSPORTS {
        let (emulator, _) = start(transport).await;
        for case in auth_cases(&emulator) {
            let client = client_with(&emulator, &case.credentials);
            for (call, result) in calls_of_every_shape(&client).await {
                let what = format!("{call} with {} ({transport:?})", case.what);
                let err = failure(&emulator, &what, result);
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
    }
}

#[tokio::test]
async fn emulator_errors_are_not_auth_errors_in_both_transports() -> Result<()> {
    for transport in TRANSPORTS {
        let (emulator, client) = start(transport).await;
        register(&client, "dupe-user", "Original").await?;

        let err = failure(
            &emulator,
            "duplicate register_user",
            client
                .register_user()
                .body_map(|b| b.user_id("dupe-user").name("Impostor"))
                .send()
                .await,
        );
        assert_emulator_error(transport, "duplicate register_user", &err, 409);

        let err = failure(
            &emulator,
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
        assert_emulator_error(transport, "create_channel with a non-HTTP image URL", &err, 400);

        let err = failure(
            &emulator,
            "get_channel of an unknown ID",
            client.get_channel().channel_id("no-such-channel").send().await,
        );
        assert_emulator_error(transport, "get_channel of an unknown ID", &err, 404);

        // A success type with only optional fields: the envelope must not pass as a success.
        let err = failure(
            &emulator,
            "set_push_notification of an unknown user",
            client
                .set_push_notification()
                .user_id("ghost-user")
                .body_map(|b| b.push(true))
                .send()
                .await,
        );
        assert_emulator_error(transport, "set_push_notification of an unknown user", &err, 404);
    }
    Ok(())
}
