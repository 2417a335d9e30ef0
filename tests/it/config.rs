//! Client configuration: incomplete or invalid settings are `Error::Config` from `build()`,
//! never a panic, and never echo the API key; a caller-supplied HTTP client is the one used.

use ncloud_chat::{Client, Error};

use crate::common::{API_KEY, PROJECT_ID, assert_no_secret};

fn config_error(result: ncloud_chat::Result<Client>) -> String {
    match result {
        Err(Error::Config(message)) => {
            assert!(!message.contains(API_KEY), "{message}");
            message
        }
        Err(other) => panic!("expected Error::Config, got {other:?}"),
        Ok(client) => panic!("expected Error::Config, built {client:?}"),
    }
}

#[test]
fn missing_api_key_is_a_config_error() {
    let message = config_error(
        Client::builder().project_id(PROJECT_ID).base_url("http://127.0.0.1:1").build(),
    );
    assert!(message.to_lowercase().contains("key"), "names what is missing: {message}");
    // A blank key is no key: a request without one (which the service answers with `-1`)
    // cannot be made.
    for key in ["", "   "] {
        let result = Client::builder()
            .api_key(key)
            .project_id(PROJECT_ID)
            .base_url("http://127.0.0.1:1")
            .build();
        assert!(matches!(result, Err(Error::Config(_))), "{key:?}");
    }
}

#[test]
fn missing_project_id_is_a_config_error() {
    let message =
        config_error(Client::builder().api_key(API_KEY).base_url("http://127.0.0.1:1").build());
    assert!(message.to_lowercase().contains("project"), "names what is missing: {message}");
}

#[test]
fn bad_base_urls_are_config_errors() {
    for url in ["not a url", "", "ftp://example.com", "http://", "://missing-scheme"] {
        let result =
            Client::builder().api_key(API_KEY).project_id(PROJECT_ID).base_url(url).build();
        let message = config_error(result);
        assert!(!message.is_empty(), "base URL {url:?}");
    }
}

#[test]
fn config_errors_do_not_show_the_key() {
    let err = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url("not a url")
        .build()
        .expect_err("bad URL");
    assert_no_secret(&err);
}

/// The default base URL is the vendor's: a client builds without one.
#[test]
fn base_url_defaults_to_the_vendor() {
    let client = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .build()
        .expect("credentials are enough");
    assert!(format!("{client:?}").contains("dashboard-api.ncloudchat.naverncp.com"), "{client:?}");
}

/// `http_client()` is the client the caller supplied: what it was configured with (here a
/// default header) applies to requests sent on it.
#[tokio::test]
async fn the_http_client_is_the_one_supplied() {
    let server = wiremock::MockServer::start().await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-tenant", reqwest::header::HeaderValue::from_static("t-42"));
    let supplied = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("valid reqwest configuration");
    let client = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(server.uri())
        .reqwest_client(supplied)
        .build()
        .expect("valid configuration");

    let url = format!("{}/ping", client.base_url());
    client.http_client().get(url).send().await.expect("the mock server answers");

    let received = server.received_requests().await.expect("recording is on");
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].url.path(), "/ping");
    assert_eq!(received[0].headers.get("x-tenant").map(|v| v.as_bytes()), Some(&b"t-42"[..]));
}
