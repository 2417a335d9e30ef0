//! The console over plain HTTP: where it is served, its headers, what a post needs, and its
//! pages' answers.

use std::net::SocketAddr;

use ncloud_chat_emulator::{ConsoleMode, EmulatorConfig, EmulatorServer};
use reqwest::header::{CONTENT_TYPE, HOST, ORIGIN};
use serde_json::{Value, json};

use super::Chat;
use crate::common::{answer, emulator_error, http_client};

/// The API bound on `ip` with `mode`: whether the console is served.
async fn console_served(ip: [u8; 4], mode: ConsoleMode) -> bool {
    let config = EmulatorConfig::default().with_console(mode);
    let emulator =
        EmulatorServer::bind(config, SocketAddr::from((ip, 0))).await.expect("emulator started");
    let served = emulator.console_url();
    if let Some(url) = &served {
        let port = emulator.addr().port();
        assert!(!url.contains(&format!(":{port}/")), "its own port: {url}");
    }
    served.is_some()
}

#[tokio::test]
async fn served_on_loopback_unless_told_otherwise() {
    let loopback = [127, 0, 0, 1];
    let any = [0, 0, 0, 0];
    assert!(console_served(loopback, ConsoleMode::Loopback).await);
    assert!(!console_served(any, ConsoleMode::Loopback).await);
    assert!(console_served(any, ConsoleMode::Always).await);
    assert!(!console_served(loopback, ConsoleMode::Never).await);
}

#[tokio::test]
async fn the_page_has_its_token_a_strict_policy_and_no_api_key() {
    let chat = Chat::start().await;
    let http = http_client();
    let response = http.get(chat.console("")).send().await.expect("page");
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
         img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let page = response.text().await.expect("page text");
    assert!(!page.contains(chat.emulator.api_key()), "{page}");
    let token = token_in(&page);
    assert_eq!(token.len(), 64, "{token}");
    // Scripts only from files: every <script> has a src and is empty.
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains(r#"<script src="/console.js" defer></script>"#));

    let script = http.get(chat.console("console.js")).send().await.expect("js");
    assert_eq!(script.headers()[CONTENT_TYPE], "text/javascript");
    let script = script.text().await.expect("script text");
    assert!(!script.contains("innerHTML"), "data goes in as text only");
    // Another emulator has another token.
    let other = Chat::start().await;
    let other_page = http.get(other.console("")).send().await.expect("page");
    assert_ne!(token_in(&other_page.text().await.expect("text")), token);
}

fn token_in(page: &str) -> String {
    let (_, rest) =
        page.split_once(r#"<meta name="console-token" content=""#).expect("token meta tag");
    rest.split('"').next().unwrap_or_default().to_owned()
}

/// A channel with member `alice`, and the console's page token.
async fn channel_and_token(chat: &Chat) -> (String, String) {
    chat.user("alice", "Alice").await;
    let channel = chat.channel("general", &["alice"]).await;
    let page = http_client().get(chat.console("")).send().await;
    let page = page.expect("page").text().await.expect("text");
    (channel, token_in(&page))
}

#[tokio::test]
async fn a_post_needs_the_token_its_own_origin_and_json() {
    let chat = Chat::start().await;
    let (channel, token) = channel_and_token(&chat).await;
    let http = http_client();
    let url = chat.console(&format!("api/channels/{channel}/messages"));
    let body = json!({ "sender": "alice", "content": "hello" });
    let own_origin = chat.console("").trim_end_matches('/').to_owned();
    let token_message = "the x-console-token header must carry the token of the console's page";
    let refused = [
        (http.post(&url).json(&body), 403, token_message.to_owned()),
        (
            http.post(&url).header("x-console-token", "0".repeat(64)).json(&body),
            403,
            token_message.to_owned(),
        ),
        (
            http.post(&url)
                .header("x-console-token", &token)
                .header(ORIGIN, "http://evil.example")
                .json(&body),
            403,
            "cross-origin request refused (Origin http://evil.example)".to_owned(),
        ),
        (
            http.post(&url)
                .header("x-console-token", &token)
                .header("sec-fetch-site", "cross-site")
                .json(&body),
            403,
            "cross-site request refused".to_owned(),
        ),
        (
            http.post(&url)
                .header("x-console-token", &token)
                .header(CONTENT_TYPE, "text/plain")
                .body(body.to_string()),
            400,
            "Content-Type must be application/json".to_owned(),
        ),
    ];
    for (request, status, message) in refused {
        assert_eq!(answer(request).await, (status, emulator_error(&message)));
    }
    assert_eq!(chat.messages(&channel).await, []);

    let accepted =
        http.post(&url).header("x-console-token", &token).header(ORIGIN, own_origin).json(&body);
    let (status, posted) = answer(accepted).await;
    assert_eq!(status, 200, "{posted}");
    assert_eq!(posted["message"]["sender"]["name"], "Alice");
    assert_eq!(posted["message"]["admin"], json!({ "id": "", "name": "", "profile": "" }));
    let expected = [("alice".to_owned(), "hello".to_owned())];
    assert_eq!(chat.messages(&channel).await, expected);
}

#[tokio::test]
async fn a_post_follows_the_rules_of_send_a_message() {
    let chat = Chat::start().await;
    let (channel, token) = channel_and_token(&chat).await;
    chat.user("bob", "Bob").await;
    let http = http_client();
    let post = |channel: &str, body: Value| {
        http.post(chat.console(&format!("api/channels/{channel}/messages")))
            .header("x-console-token", &token)
            .json(&body)
    };
    let cases = [
        (
            post(&channel, json!({ "sender": "bob", "content": "hi" })),
            400,
            format!("user 'bob' is not a member of channel '{channel}'"),
        ),
        (
            post("no-such-channel", json!({ "sender": "alice", "content": "hi" })),
            404,
            "channel 'no-such-channel' not found".to_owned(),
        ),
        (
            post(&channel, json!({ "sender": "alice", "content": 5 })),
            400,
            "invalid request body: invalid type: integer `5`, expected a string".to_owned(),
        ),
    ];
    for (request, status, message) in cases {
        assert_eq!(answer(request).await, (status, emulator_error(&message)));
    }
    assert_eq!(chat.messages(&channel).await, []);
}

#[tokio::test]
async fn another_host_name_is_refused() {
    let chat = Chat::start().await;
    let request = http_client().get(chat.console("api/users")).header(HOST, "rebound.example");
    let message =
        "the console answers only to the host names of its loopback address, not rebound.example";
    assert_eq!(answer(request).await, (403, emulator_error(message)));
}

#[tokio::test]
async fn users_are_searched_by_id_or_name_and_paged() {
    let chat = Chat::start().await;
    for (id, name) in [("alice", "Alice"), ("bob", "Bobby"), ("carol", "Carol Alison")] {
        chat.user(id, name).await;
    }
    for n in 0..25 {
        chat.user(&format!("user{n:02}"), "Someone").await;
    }
    let http = http_client();
    let ids = |query: &'static str| {
        let request = http.get(chat.console(&format!("api/users?{query}")));
        async move {
            let (status, users) = answer(request).await;
            assert_eq!(status, 200, "{users}");
            let users = users.as_array().cloned().unwrap_or_default();
            users
                .iter()
                .map(|u| u["id"].as_str().unwrap_or_default().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(ids("q=ALI").await, ["alice", "carol"]);
    assert_eq!(ids("q=bobb").await, ["bob"]);
    assert_eq!(ids("q=user2").await, ["user20", "user21", "user22", "user23", "user24"]);
    assert_eq!(ids("").await.len(), 20);
    assert_eq!(ids("offset=20").await.len(), 8);
    let bad = http.get(chat.console("api/users?offset=-1"));
    let message = "`offset` must be an integer ≥ 0, got '-1'";
    assert_eq!(answer(bad).await, (400, emulator_error(message)));
}

#[tokio::test]
async fn messages_come_newest_first_in_pages_of_fifty() {
    let chat = Chat::start().await;
    let (channel, _) = channel_and_token(&chat).await;
    for n in 0..55 {
        chat.send(&channel, &format!("m{n:02}")).await;
    }
    let http = http_client();
    let page = |offset: usize| {
        let url = chat.console(&format!("api/channels/{channel}/messages?offset={offset}"));
        let request = http.get(url);
        async move {
            let (status, messages) = answer(request).await;
            assert_eq!(status, 200, "{messages}");
            let messages = messages.as_array().cloned().unwrap_or_default();
            messages
                .iter()
                .map(|m| m["content"].as_str().unwrap_or_default().to_owned())
                .collect::<Vec<_>>()
        }
    };
    let first = page(0).await;
    assert_eq!(first.len(), 50);
    assert_eq!((first[0].as_str(), first[49].as_str()), ("m54", "m05"));
    assert_eq!(page(50).await, ["m04", "m03", "m02", "m01", "m00"]);
}
