use super::*;
use reqwest::Method;
use reqwest::header::HeaderMap;

use crate::inner::{API_KEY_HEADER, PROJECT_ID_HEADER};

const KEY: &str = "ak-UNIT-7c1e9a2f-SECRET";
const PROJECT: &str = "339c2b1c-d35b-47f2-828d-5f0a1b2c3d4e";

fn valid() -> ClientBuilder {
    Client::builder().api_key(KEY).project_id(PROJECT)
}

fn config_error(builder: ClientBuilder) -> String {
    match builder.build() {
        Err(Error::Config(message)) => {
            assert!(!message.contains(KEY), "the key leaks into: {message}");
            message
        }
        Err(other) => panic!("expected Error::Config, got {other:?}"),
        Ok(client) => panic!("expected an error, got {client:?}"),
    }
}

#[test]
fn invalid_configurations_are_reported_once_by_build() {
    #[rustfmt::skip]
    let cases: Vec<(ClientBuilder, &str)> = vec![
        (Client::builder().project_id(PROJECT), "no API key: call ClientBuilder::api_key or set NCLOUD_CHAT_API_KEY"),
        (valid().api_key(""), "no API key"),
        (valid().api_key("   "), "no API key"),
        (Client::builder().api_key(KEY), "no project ID: call ClientBuilder::project_id or set NCLOUD_CHAT_PROJECT_ID"),
        (valid().project_id(""), "no project ID"),
        (valid().api_key(format!("{KEY}\n")), "the API key starts or ends with whitespace"),
        (valid().api_key(format!("{KEY}\u{1}x")), "the API key is not a valid HTTP header value"),
        (valid().api_key("κλειδί"), "the API key is not a valid HTTP header value"),
        (valid().project_id("a\rb"), "the project ID is not a valid HTTP header value"),
        (valid().api_key("two words"), "the API key is not a valid HTTP header value"),
        (valid().base_url("not a url"), "invalid base URL `not a url`"),
        (valid().base_url("ftp://example.com"), "the scheme must be http or https"),
        (valid().base_url("https://example.com/?debug=1"), "must not have a query"),
        (valid().base_url("https://example.com/#top"), "must not have a fragment"),
        (valid().base_url("https://user:pass@example.com"), "must not contain credentials"),
        (valid().base_url("https://user@example.com"), "must not contain credentials"),
        (valid().base_url("https://:pass@example.com"), "must not contain credentials"),
        (valid().base_url(""), "invalid base URL"),
        (valid().timeout(Duration::ZERO), "the timeout must be greater than zero"),
        (valid().connect_timeout(Duration::ZERO), "the connect timeout must be greater than zero"),
        (valid().user_agent("bad\nagent"), "the user agent is not a valid HTTP header value"),
        (valid().operation_timeout(Duration::ZERO), "the operation timeout must be greater than zero"),
        (valid().max_response_bytes(0), "the maximum response size must be greater than zero"),
    ];
    for (builder, expected) in cases {
        let message = config_error(builder);
        assert!(message.contains(expected), "{message:?} should contain {expected:?}");
    }
}

#[test]
fn config_errors_never_quote_url_credentials() {
    #[rustfmt::skip]
    let cases = [
        ("ftp://user:pw-SECRET@host", "invalid base URL `ftp://host`: the scheme must be http or https"),
        ("http://user:pw-SECRET@bad host/x", "invalid base URL `http://bad host/x`"),
        ("http://pw-SECRET@exa mple", "invalid base URL `http://exa mple`"),
        ("https://a:b@c:pw-SECRET@ho^st/p?q#f", "invalid base URL `https://ho^st/p?q#f`"),
        ("user:pw-SECRET@host", "invalid base URL `host`"),
        ("https://user:pw-SECRET@example.com", "must not contain credentials"),
    ];
    for (url, expected) in cases {
        let message = config_error(valid().base_url(url));
        assert!(!message.contains("SECRET"), "{url}: {message}");
        assert!(message.contains(expected), "{url}: {message:?} should contain {expected:?}");
    }
    // A huge URL is quoted only in part.
    let huge = format!("ftp://{}", "h".repeat(100_000));
    assert!(config_error(valid().base_url(huge)).len() < 700);
}

#[test]
fn base_urls_are_normalized() {
    #[rustfmt::skip]
    let cases = [
        (None, DEFAULT_BASE_URL),
        (Some("https://dashboard-api.ncloudchat.naverncp.com/"), DEFAULT_BASE_URL),
        (Some("http://127.0.0.1:8080"), "http://127.0.0.1:8080"),
        (Some("http://localhost:8080/"), "http://localhost:8080"),
        (Some("https://proxy.example/ncloud/"), "https://proxy.example/ncloud"),
        (Some("https://proxy.example/ncloud//"), "https://proxy.example/ncloud"),
        (Some("HTTPS://Example.COM"), "https://example.com"),
    ];
    for (input, expected) in cases {
        let builder = match input {
            Some(url) => valid().base_url(url),
            None => valid(),
        };
        assert_eq!(builder.build().unwrap().base_url(), expected, "{input:?}");
    }
}

#[test]
fn a_caller_supplied_client_skips_the_http_settings() {
    // Zero timeouts would be rejected, but belong to the ignored settings here.
    let client =
        valid().timeout(Duration::ZERO).reqwest_client(reqwest::Client::new()).build().unwrap();
    assert_eq!(client.base_url(), DEFAULT_BASE_URL);
    let _: &reqwest::Client = client.http_client();
}

#[test]
fn env_vars_preset_the_builder() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    let client = ClientBuilder::from_env_vars(env(&[
        ("NCLOUD_CHAT_API_KEY", KEY),
        ("NCLOUD_CHAT_PROJECT_ID", PROJECT),
        ("NCLOUD_CHAT_BASE_URL", "http://localhost:9000/"),
    ]))
    .build()
    .unwrap();
    assert_eq!(client.base_url(), "http://localhost:9000");

    // An empty base URL counts as unset.
    let client = ClientBuilder::from_env_vars(env(&[
        ("NCLOUD_CHAT_API_KEY", KEY),
        ("NCLOUD_CHAT_PROJECT_ID", PROJECT),
        ("NCLOUD_CHAT_BASE_URL", ""),
    ]))
    .build()
    .unwrap();
    assert_eq!(client.base_url(), DEFAULT_BASE_URL);

    let message =
        config_error(ClientBuilder::from_env_vars(env(&[("NCLOUD_CHAT_PROJECT_ID", PROJECT)])));
    assert!(message.contains("NCLOUD_CHAT_API_KEY"), "{message}");
    let message = config_error(ClientBuilder::from_env_vars(env(&[("NCLOUD_CHAT_API_KEY", KEY)])));
    assert!(message.contains("NCLOUD_CHAT_PROJECT_ID"), "{message}");

    // Setters still apply after the environment.
    let client = ClientBuilder::from_env_vars(env(&[("NCLOUD_CHAT_API_KEY", KEY)]))
        .project_id(PROJECT)
        .build()
        .unwrap();
    assert_eq!(client.base_url(), DEFAULT_BASE_URL);
}

#[test]
fn debug_output_never_contains_the_key() {
    let builder = valid().user_agent("agent/1");
    let client = builder.clone().build().unwrap();
    for text in [
        format!("{builder:?}"),
        format!("{builder:#?}"),
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{:?}", client.inner),
    ] {
        assert!(!text.contains(KEY), "the key leaks: {text}");
        assert!(text.contains("<redacted>"), "{text}");
    }
    // The project ID may be shown, and helps debugging.
    assert!(format!("{client:?}").contains(PROJECT));
}

#[test]
fn credentials_are_sensitive_headers() {
    let client = valid().build().unwrap();
    let mut headers = HeaderMap::new();
    headers.insert(API_KEY_HEADER.clone(), HeaderValue::from_static("stale"));
    client.inner.authorize(&mut headers);
    assert_eq!(headers.get_all(&API_KEY_HEADER).iter().count(), 1, "replaced, not appended");
    assert_eq!(headers[&API_KEY_HEADER], KEY);
    assert!(headers[&API_KEY_HEADER].is_sensitive());
    assert!(headers[&PROJECT_ID_HEADER].is_sensitive());
    assert!(!format!("{headers:?}").contains(KEY));
}

#[test]
fn raw_requests_carry_credentials() {
    let client = valid().base_url("http://localhost:9000/prefix/").build().unwrap();
    for path in ["/v1/api/members", "v1/api/members"] {
        let request = client.raw_request(Method::GET, path).build().unwrap();
        assert_eq!(request.url().as_str(), "http://localhost:9000/prefix/v1/api/members");
        assert_eq!(request.headers()[&API_KEY_HEADER], KEY);
        assert_eq!(request.headers()[&PROJECT_ID_HEADER], PROJECT);
    }
}
