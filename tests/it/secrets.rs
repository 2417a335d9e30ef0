//! The API key never prints: not from the client, its builder, nor any error. (Every error the
//! other tests obtain also goes through `common::fail`, which checks the same.)

use ncloud_chat::{Client, Error};
use serde_json::json;
use wiremock::ResponseTemplate;

use crate::common::{API_KEY, Api, PROJECT_ID, assert_no_secret, client_for, envelope, fail};

#[tokio::test]
async fn client_and_builder_debug_hide_the_key() {
    let api = Api::start().await;
    let client_debug = format!("{:?}", api.client);
    assert!(!client_debug.contains(API_KEY), "{client_debug}");

    let builder_debug = format!("{:?}", Client::builder().api_key(API_KEY).project_id(PROJECT_ID));
    assert!(!builder_debug.contains(API_KEY), "{builder_debug}");
}

/// One error of each kind, produced while the key is on every request.
#[tokio::test]
async fn no_error_variant_shows_the_key() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/members/api", 401, envelope(-2, "key mismatch")).await;
    api.on("GET", "/v1/api/members/api200", 200, envelope(-1, "projectId is empty")).await;
    api.on_template(
        "POST",
        "/v1/api/messages/http",
        ResponseTemplate::new(502).set_body_raw("<html>bad gateway</html>", "text/html"),
    )
    .await;
    api.on_template("GET", "/v1/api/channels/empty", ResponseTemplate::new(200)).await;
    api.on("GET", "/v1/api/channels/shape", 200, json!({ "no": "id" })).await;

    let refused = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let address = listener.local_addr().expect("address");
        drop(listener);
        client_for(&format!("http://{address}"))
    };

    let errors: Vec<Error> = vec![
        fail(api.client.get_user().user_id("api").send().await),
        fail(api.client.get_user().user_id("api200").send().await),
        fail(
            api.client.send_message().channel_id("http").body_map(|b| b.content("hi")).send().await,
        ),
        fail(api.client.get_channel().channel_id("empty").send().await),
        fail(api.client.get_channel().channel_id("shape").send().await),
        fail(api.client.list_users().send().await),
        fail(refused.send_message().channel_id("C1").body_map(|b| b.content("hi")).send().await),
        Client::builder()
            .api_key(API_KEY)
            .project_id(PROJECT_ID)
            .base_url("not a url")
            .build()
            .expect_err("bad URL"),
    ];

    let kinds: Vec<&str> = errors
        .iter()
        .map(|e| match e {
            Error::Api { .. } => "api",
            Error::Http { .. } => "http",
            Error::Decode { .. } => "decode",
            Error::Transport(_) => "transport",
            Error::InvalidRequest(_) => "invalid",
            Error::Config(_) => "config",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["api", "api", "http", "decode", "decode", "invalid", "transport", "config"]);
    for err in &errors {
        assert_no_secret(err);
    }
}
