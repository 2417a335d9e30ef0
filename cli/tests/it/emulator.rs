//! Real flows against the emulator (`ncloud-chat-emulator`).

use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer, ErrorTransport, KeyState};
use serde_json::{Value, json};

use crate::common::{EXIT_API, env, run};

/// register-user → get-user → create-channel → send-message → list-messages, with raw JSON
/// and with the convenience flags; credentials from the environment.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_a_channel_and_its_messages() {
    let fake = EmulatorServer::start(EmulatorConfig::default()).await.unwrap();
    let base_url = fake.base_url();
    let env = env(&base_url, fake.api_key(), fake.project_id());

    let registered =
        run(&["register-user", "--user-id", "guest1", "--name", "Guest One"], &env).await.json();
    assert_eq!(registered["member"]["id"], "guest1");
    assert_eq!(registered["member"]["name"], "Guest One");

    let user = run(&["get-user", "--user-id", "guest1"], &env).await.json();
    assert_eq!(user["id"], "guest1");
    assert_eq!(user["deleted"], false);

    let channel =
        run(&["create-channel", "--name", "general", "--type", "PUBLIC"], &env).await.json();
    assert_eq!(channel["channel"]["name"], "general");
    assert_eq!(channel["channel"]["type"], "PUBLIC");
    let channel_id = channel["channel"]["id"].as_str().unwrap().to_owned();

    for content in ["hi", "second", "third"] {
        let sent = run(&["send-message", "--channel-id", &channel_id, "--content", content], &env)
            .await
            .json();
        assert_eq!(sent["message"]["content"], content);
        assert_eq!(sent["message"]["channel_id"], channel_id.as_str());
    }

    let contents = |list: &Value| -> Vec<String> {
        list.as_array()
            .expect("a list of messages")
            .iter()
            .map(|m| m["content"].as_str().unwrap_or_default().to_owned())
            .collect()
    };

    let raw = run(
        &["list-messages", "--channel-id", &channel_id, "--filter", r#"{"content":"second"}"#],
        &env,
    )
    .await
    .json();
    assert_eq!(contents(&raw), ["second"]);

    let all = run(&["list-messages", "--channel-id", &channel_id], &env).await.json();
    assert_eq!(contents(&all), ["hi", "second", "third"], "no --filter means {{}}");

    let newest_two = run(
        &[
            "list-messages",
            "--channel-id",
            &channel_id,
            "--where",
            "sender.id=admin",
            "--sort-desc",
            "created_at",
            "--per-page",
            "2",
        ],
        &env,
    )
    .await
    .json();
    assert_eq!(contents(&newest_two), ["third", "second"]);

    let page_two = run(
        &[
            "list-messages",
            "--channel-id",
            &channel_id,
            "--sort-asc",
            "created_at",
            "--offset",
            "2",
            "--per-page",
            "2",
        ],
        &env,
    )
    .await
    .json();
    assert_eq!(contents(&page_two), ["third"]);

    let count = run(&["list-users", "--where", "id=guest1", "--count"], &env).await.json();
    assert_eq!(count, json!({ "count": 1 }));
}

/// The global flags work after the subcommand too, instead of the environment.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_from_flags() {
    let fake = EmulatorServer::start(EmulatorConfig::default()).await.unwrap();
    let base_url = fake.base_url();
    let users = run(
        &[
            "list-users",
            "--base-url",
            &base_url,
            "--api-key",
            fake.api_key(),
            "--project-id",
            fake.project_id(),
        ],
        &[],
    )
    .await
    .json();
    assert_eq!(users, json!([]));
}

/// A deleted key is reported with its vendor code and exit status 3, whether the
/// envelope comes with HTTP 401 or HTTP 200.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_key_names_the_vendor_code() {
    for (transport, http) in [
        (ErrorTransport::HttpStatus, ", HTTP 401 Unauthorized: "),
        (ErrorTransport::Http200, ", HTTP 200 OK: "),
    ] {
        let fake = EmulatorServer::start(EmulatorConfig::default().with_error_transport(transport))
            .await
            .unwrap();
        let base_url = fake.base_url();
        let deleted = fake.credentials_for(KeyState::Deleted);
        let env = env(&base_url, &deleted.api_key, &deleted.project_id);

        let out = run(&["list-users"], &env).await;
        let stderr = out.failure(EXIT_API);
        assert!(
            stderr.starts_with("error: Ncloud Chat error -3 (API key deleted), HTTP "),
            "{transport:?}: {stderr}"
        );
        assert!(stderr.contains(http), "{transport:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        assert!(!stderr.contains(&deleted.api_key), "the key leaked: {stderr}");
    }
}

/// Each key state maps to its own code and meaning (the library's `Display`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_key_state_has_a_name() {
    let fake = EmulatorServer::start(EmulatorConfig::default()).await.unwrap();
    let base_url = fake.base_url();
    for (state, name) in [
        (KeyState::Unregistered, "-1 (API key not registered or without permission)"),
        (KeyState::OtherProject, "-2 (API key differs from the dashboard's)"),
        (KeyState::Disabled, "-4 (API key disabled)"),
        (KeyState::Expired, "-5 (API key expired)"),
    ] {
        let credentials = fake.credentials_for(state);
        let env = env(&base_url, &credentials.api_key, &credentials.project_id);
        let out = run(&["get-user", "--user-id", "nobody"], &env).await;
        let stderr = out.failure(EXIT_API);
        assert!(stderr.starts_with(&format!("error: Ncloud Chat error {name}, HTTP ")), "{stderr}");
    }
}
