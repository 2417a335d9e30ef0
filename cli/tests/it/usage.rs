//! Usage errors: reported with exit status 2 before anything is sent.

use wiremock::MockServer;

use crate::common::{EXIT_USAGE, env, run};

const KEY: &str = "sk-test-usage";
const PROJECT: &str = "f4ce0000-0000-4000-8000-00000000beef";

/// A server that must receive nothing.
async fn silent_server() -> MockServer {
    MockServer::start().await
}

async fn assert_nothing_sent(server: &MockServer) {
    let requests = server.received_requests().await.unwrap();
    assert!(requests.is_empty(), "requests were sent: {requests:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_credentials() {
    let server = silent_server().await;
    let uri = server.uri();

    let out = run(&["list-users", "--base-url", &uri], &[]).await;
    let stderr = out.failure(EXIT_USAGE);
    assert!(
        stderr.starts_with("error: no API key: pass --api-key or set NCLOUD_CHAT_API_KEY"),
        "{stderr}"
    );
    assert!(stderr.contains("Usage:"), "{stderr}");

    let out =
        run(&["list-users"], &[("NCLOUD_CHAT_BASE_URL", &uri), ("NCLOUD_CHAT_API_KEY", KEY)]).await;
    let stderr = out.failure(EXIT_USAGE);
    assert!(
        stderr.starts_with("error: no project ID: pass --project-id or set NCLOUD_CHAT_PROJECT_ID"),
        "{stderr}"
    );
    assert_nothing_sent(&server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_json_flags() {
    let server = silent_server().await;
    let uri = server.uri();
    let env = env(&uri, KEY, PROJECT);
    for (args, expected) in [
        (
            &["list-users", "--filter", "{name:bob}"][..],
            "invalid value '{name:bob}' for '--filter <JSON>': not valid JSON",
        ),
        (
            &["list-users", "--filter", "[1]"][..],
            "for '--filter <JSON>': expected a JSON object such as '{}'",
        ),
        (&["list-channels", "--sort", "created_at"][..], "for '--sort <JSON>': not valid JSON"),
        (
            &["list-messages", "--channel-id", "C", "--option", "5"][..],
            "for '--option <JSON>': expected a JSON object such as '{}' or '{\"name\":\"guest\"}', got a number",
        ),
        (&["list-users", "--where", "online:=yes"][..], "the value after ':=' is not valid JSON"),
        (&["list-users", "--where", "online"][..], "expected KEY=TEXT or KEY:=JSON"),
        (
            &["list-users", "--per-page", "0"][..],
            "invalid request: `option.per_page` must be from 1 to 100, got 0",
        ),
        (
            &["list-users", "--filter", "{}", "--where", "a=b"][..],
            "'--filter <JSON>' cannot be used with '--where",
        ),
        (&["list-users", "--sort-asc", "a", "--sort-desc", "b"][..], "cannot be used with"),
        (&["list-messages", "--channel-id", "C", "--count"][..], "unexpected argument '--count'"),
        (&["send-message", "--channel-id", "C"][..], "--content"),
        (&["no-such-command"][..], "unrecognized subcommand"),
    ] {
        let out = run(args, &env).await;
        let stderr = out.failure(EXIT_USAGE);
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert_nothing_sent(&server).await;
}

/// Refused by the library's request checks (the spec's `additionalProperties: false` inside
/// `option`, and `format: uri`), which the CLI relies on: exit status 2, nothing sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_the_spec_forbids() {
    let server = silent_server().await;
    let uri = server.uri();
    let env = env(&uri, KEY, PROJECT);
    for (args, expected) in [
        (
            &["list-users", "--option", r#"{"perPage":5}"#][..],
            "error: invalid request: list_users: `option` may have only `count`, `offset`, \
             `per_page`, got `perPage`\n",
        ),
        (
            &["list-messages", "--channel-id", "C", "--option", r#"{"count":true}"#][..],
            "error: invalid request: list_messages: `option` may have only `offset`, \
             `per_page`, got `count`\n",
        ),
        (
            &["create-channel", "--name", "n", "--type", "PUBLIC", "--image-url", "example.com"][..],
            "error: invalid request: create_channel: body `imageUrl` must be an absolute URI, \
             got \"example.com\"\n",
        ),
    ] {
        let out = run(args, &env).await;
        assert_eq!(out.failure(EXIT_USAGE), expected, "{args:?}");
    }
    assert_nothing_sent(&server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_json_body() {
    let server = silent_server().await;
    let uri = server.uri();
    let env = env(&uri, KEY, PROJECT);
    let dir = std::env::temp_dir().join(format!("ncloud-chat-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{not json").unwrap();
    let bad = bad.to_string_lossy().into_owned();

    let out = run(&["create-channel", "--json-body", &bad], &env).await;
    let stderr = out.failure(EXIT_USAGE);
    assert!(stderr.starts_with(&format!("error: failed to parse {bad}")), "{stderr}");

    let missing = dir.join("missing.json").to_string_lossy().into_owned();
    let out = run(&["create-channel", "--json-body", &missing], &env).await;
    let stderr = out.failure(EXIT_USAGE);
    assert!(stderr.starts_with(&format!("error: failed to read {missing}")), "{stderr}");

    std::fs::remove_dir_all(&dir).ok();
    assert_nothing_sent(&server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_subcommand_shows_help() {
    let out = run(&[], &[]).await;
    assert_eq!(out.code, Some(EXIT_USAGE), "{out:#?}");
    assert!(out.stderr.contains("send-message"), "{out:#?}");
}

/// Credentials from the environment are not flags the user typed: a usage error's `Usage:` line
/// shows the subcommand's required flags only, not `--api-key <KEY> --project-id <UUID>`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_line_leaves_out_credentials_from_the_environment() {
    let server = silent_server().await;
    let uri = server.uri();

    let out = run(&["get-user"], &env(&uri, KEY, PROJECT)).await;

    let stderr = out.failure(EXIT_USAGE);
    assert!(stderr.contains("--user-id <user-id>"), "{stderr}");
    let usage = stderr
        .lines()
        .find(|line| line.starts_with("Usage:"))
        .unwrap_or_else(|| panic!("no usage line: {stderr}"));
    assert_eq!(usage, "Usage: ncloud-chat get-user --user-id <user-id>");
    assert_nothing_sent(&server).await;
}
