use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::*;
use crate::{Error, RetryPolicy, types};

const KEY: &str = "ak-HOOKS-SECRET-0f3e";

async fn setup() -> (MockServer, Client) {
    setup_with(RetryPolicy::default().initial_backoff(Duration::from_millis(1))).await
}

async fn setup_with(policy: RetryPolicy) -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = Client::builder()
        .api_key(KEY)
        .project_id("proj-1")
        .base_url(server.uri())
        .retry(policy)
        .build()
        .unwrap();
    (server, client)
}

fn answer(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.to_owned(), "application/json")
}

fn assert_no_key(error: &Error) {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = current {
        for text in [e.to_string(), format!("{e:?}")] {
            assert!(!text.contains(KEY), "the key leaks: {text}");
        }
        current = e.source();
    }
}

async fn get_user(client: &Client) -> Result<types::Member, Error> {
    let result = client.get_user().user_id("u1").send().await;
    let result = result.map(|v| v.into_inner()).map_err(Error::from);
    if let Err(e) = &result {
        assert_no_key(e);
    }
    result
}

#[tokio::test]
async fn ids_that_would_leave_their_segment_are_refused_before_sending() {
    let (server, client) = setup().await;
    for id in [".", "..", "a\\b", "..\\.."] {
        let error = Error::from(client.remove_user().user_id(id).send().await.unwrap_err());
        match error {
            Error::InvalidRequest(message) => {
                assert!(
                    message.contains("remove_user (/v1/api/members/{userId})"),
                    "{message}"
                )
            }
            other => panic!("{id:?}: {other:?}"),
        }
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn credentials_are_added_and_api_version_removed() {
    let (server, client) = setup().await;
    Mock::given(method("GET"))
        .and(path("/v1/api/members/u1"))
        .respond_with(answer(200, r#"{"id":"u1"}"#))
        .mount(&server)
        .await;
    assert_eq!(get_user(&client).await.unwrap().id, "u1");
    let requests = server.received_requests().await.unwrap();
    let headers = &requests[0].headers;
    assert_eq!(
        headers.get_all("x-api-key").iter().collect::<Vec<_>>(),
        [KEY]
    );
    assert_eq!(
        headers.get_all("x-project-id").iter().collect::<Vec<_>>(),
        ["proj-1"]
    );
    assert!(headers.get("api-version").is_none());
    assert!(
        headers["user-agent"]
            .to_str()
            .unwrap()
            .starts_with("ncloud-chat/")
    );
}

/// What an error must look like.
type Check = fn(&Error) -> bool;

#[tokio::test]
async fn responses_map_to_the_right_errors() {
    #[rustfmt::skip]
    let cases: &[(u16, &str, Check)] = &[
        (200, r#"{"status":-3,"message":"apiKey is deleted"}"#,
            |e| matches!(e, Error::Api { code: crate::ApiCode::DeletedKey, status, message } if *status == 200 && message == "apiKey is deleted")),
        (401, r#"{"status":-1,"message":"projectId is empty"}"#,
            |e| matches!(e, Error::Api { code: crate::ApiCode::UnregisteredKey, status, .. } if *status == 401)),
        (500, r#"{"status":-42}"#,
            |e| matches!(e, Error::Api { code: crate::ApiCode::Unknown(-42), status, .. } if *status == 500)),
        (502, "<html><body>Bad Gateway</body></html>",
            |e| matches!(e, Error::Http { status, body_snippet } if *status == 502 && body_snippet.contains("Bad Gateway"))),
        (404, r#"{"error":"no route"}"#,
            |e| matches!(e, Error::Http { status, body_snippet } if *status == 404 && body_snippet == r#"{"error":"no route"}"#)),
        (599, "", |e| matches!(e, Error::Http { status, body_snippet } if *status == 599 && body_snippet.is_empty())),
        (200, "", |e| matches!(e, Error::Decode { status: Some(s), .. } if *s == 200)),
        (200, r#"{"id":"u1""#, |e| matches!(e, Error::Decode { status: Some(s), .. } if *s == 200)),
        (200, r#"{"name":"no id"}"#, |e| matches!(e, Error::Decode { status: None, body_snippet, .. } if body_snippet.contains("no id"))),
    ];
    for (status, body, expected) in cases {
        let (server, client) = setup_with(RetryPolicy::disabled()).await;
        Mock::given(path("/v1/api/members/u1"))
            .respond_with(answer(*status, body))
            .mount(&server)
            .await;
        let error = get_user(&client).await.unwrap_err();
        assert!(expected(&error), "{status} {body:?} gave {error:?}");
    }
}

#[tokio::test]
async fn idempotent_requests_are_retried_on_transient_statuses() {
    let (server, client) = setup().await;
    Mock::given(path("/v1/api/members/u1"))
        .respond_with(answer(503, ""))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(path("/v1/api/members/u1"))
        .respond_with(answer(200, r#"{"id":"u1"}"#))
        .mount(&server)
        .await;
    assert_eq!(get_user(&client).await.unwrap().id, "u1");
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn retries_run_out() {
    let (server, client) = setup().await;
    Mock::given(path("/v1/api/members/u1"))
        .respond_with(answer(429, r#"{"status":-9,"message":"slow down"}"#))
        .mount(&server)
        .await;
    let error = get_user(&client).await.unwrap_err();
    assert!(error.is_retryable(), "{error:?}");
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        3,
        "1 attempt + 2 retries"
    );
}

#[tokio::test]
async fn post_is_never_retried_and_errors_are_not_retried() {
    let (server, client) = setup().await;
    Mock::given(method("POST"))
        .and(path("/v1/api/messages/c1"))
        .respond_with(answer(503, "busy"))
        .mount(&server)
        .await;
    Mock::given(path("/v1/api/members/u1"))
        .respond_with(answer(500, "oops"))
        .mount(&server)
        .await;
    let result = client
        .send_message()
        .channel_id("c1")
        .body(types::SendMessageRequest::builder().content("hi"))
        .send()
        .await;
    assert!(
        matches!(Error::from(result.unwrap_err()), Error::Http { status, .. } if status == 503)
    );
    assert!(get_user(&client).await.is_err());
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn transport_failures_are_reported_without_the_key() {
    // Bind then drop a listener: its port is then very likely closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::builder()
        .api_key(KEY)
        .project_id("p")
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap();
    let error = get_user(&client).await.unwrap_err();
    assert!(
        matches!(&error, Error::GaveUp { attempts: 3, retry_after: None, last } if matches!(**last, Error::Transport(_))),
        "{error:?}"
    );
    assert!(error.is_retryable());
    assert_eq!(
        error.to_string(),
        "gave up after 3 attempts",
        "the cause is the source"
    );
}

/// One span or event: its fields as text, plus `kind` (the span name or `event`).
type Fields = BTreeMap<String, String>;

/// Collects span and event fields by thread, so concurrent tests don't mix. Installed as the
/// global subscriber: a scoped one (`set_default`) races with other test threads registering
/// the same callsites, which can cache "disabled" for them.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<(std::thread::ThreadId, u64, Fields)>>>);

fn capture() -> &'static Capture {
    static CAPTURE: std::sync::OnceLock<Capture> = std::sync::OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        // Fails only if a subscriber is already installed, which nothing else here does.
        let _ = tracing::subscriber::set_global_default(
            tracing_subscriber::registry().with(capture.clone()),
        );
        capture
    })
}

impl Capture {
    fn on_this_thread(&self) -> Vec<Fields> {
        let me = std::thread::current().id();
        let records = self.0.lock().unwrap();
        records
            .iter()
            .filter(|(t, _, _)| *t == me)
            .map(|(_, _, f)| f.clone())
            .collect()
    }

    fn push(&self, id: u64, fields: Fields) {
        self.0
            .lock()
            .unwrap()
            .push((std::thread::current().id(), id, fields));
    }
}

struct Visitor<'a>(&'a mut Fields);

impl Visit for Visitor<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl<S: tracing::Subscriber + for<'a> LookupSpan<'a>> tracing_subscriber::Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _: Context<'_, S>) {
        let mut fields = BTreeMap::from([("kind".to_owned(), attrs.metadata().name().to_owned())]);
        attrs.record(&mut Visitor(&mut fields));
        self.push(id.into_u64(), fields);
    }
    fn on_record(&self, id: &Id, values: &Record<'_>, _: Context<'_, S>) {
        let mut records = self.0.lock().unwrap();
        if let Some((_, _, fields)) = records
            .iter_mut()
            .rev()
            .find(|(_, i, _)| *i == id.into_u64())
        {
            values.record(&mut Visitor(fields));
        }
    }
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut fields = BTreeMap::from([("kind".to_owned(), "event".to_owned())]);
        event.record(&mut Visitor(&mut fields));
        self.push(0, fields);
    }
}

#[tokio::test]
async fn each_request_is_traced_with_template_status_and_code() {
    let capture = capture();
    let (server, client) = setup().await;
    Mock::given(path("/v1/api/members/u1"))
        .respond_with(answer(502, "down"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1/api/members/u1"))
        .respond_with(answer(
            200,
            r#"{"status":-6,"message":"project not found"}"#,
        ))
        .mount(&server)
        .await;
    // In case another thread registered the span's callsite before the subscriber existed.
    tracing::callsite::rebuild_interest_cache();
    let error = get_user(&client).await.unwrap_err();
    assert_eq!(error.code(), Some(crate::ApiCode::UnknownProject));

    let records = capture.on_this_thread();
    let text = format!("{records:?}");
    assert!(!text.contains(KEY), "the key reaches the traces: {text}");
    assert!(
        !text.contains("project not found"),
        "a body reaches the traces: {text}"
    );
    let spans: Vec<_> = records
        .iter()
        .filter(|r| r["kind"] == "ncloud_chat.request")
        .collect();
    assert_eq!(
        spans.len(),
        1,
        "one span per request, retries included: {records:?}"
    );
    let span = spans[0];
    assert_eq!(span["operation_id"], "get_user");
    assert_eq!(span["method"], "GET");
    assert_eq!(span["path"], "/v1/api/members/{userId}");
    assert_eq!(span["status"], "200");
    assert_eq!(span["vendor_code"], "-6");
    assert!(span["latency_ms"].parse::<u64>().is_ok(), "{span:?}");
    let retries: Vec<_> = records.iter().filter(|r| r.contains_key("retry")).collect();
    assert_eq!(retries.len(), 1, "{records:?}");
    assert_eq!(retries[0]["reason"], "HTTP 502");
    // Full jitter below the 1 ms ceiling.
    assert!(
        retries[0]["delay_ms"].parse::<u64>().unwrap() <= 1,
        "{records:?}"
    );
}

#[tokio::test]
async fn extreme_timeouts_and_waits_neither_panic_nor_hang() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/api/members/u1"))
        .respond_with(answer(429, "").insert_header("retry-after", "99999999999999999999"))
        .mount(&server)
        .await;
    let builder = || {
        Client::builder()
            .api_key(KEY)
            .project_id("proj-1")
            .base_url(server.uri())
            .retry(RetryPolicy::default().max_retry_after(Duration::MAX))
    };
    // Honouring a wait of ~585 billion years would not end within the operation timeout.
    let client = builder()
        .operation_timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let error = get_user(&client).await.unwrap_err();
    assert_eq!(error.attempts(), Some(1), "{error:?}");
    assert_eq!(error.retry_after(), Some(Duration::from_secs(u64::MAX)));
    // An operation timeout too large for the clock is no deadline.
    let client = builder()
        .operation_timeout(Duration::MAX)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();
    let error = get_user(&client).await.unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::TOO_MANY_REQUESTS));
}
