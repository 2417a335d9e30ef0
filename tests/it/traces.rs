//! Tracing: one `ncloud_chat.request` span per call (retries included) with the operation, the
//! path template, the final status, the vendor code and the latency of all attempts, one event
//! per retry naming why; no key and no body.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::ThreadId;
use std::time::Duration;

use ncloud_chat::{ApiCode, Client, RetryPolicy};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use wiremock::ResponseTemplate;
use wiremock::{Mock, Request};

use crate::common::{API_KEY, Api, PROJECT_ID, fail, ok};
use crate::fixtures::member_guest;
use crate::hostile::{Fault, Server};

const LOCAL: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// One span or event: its fields as text, plus `kind` (the span name or `event`).
type Fields = BTreeMap<String, String>;

/// Collects span and event fields by thread, so concurrent tests don't mix. Installed as the
/// global subscriber: a scoped one (`set_default`) races with other test threads registering
/// the same callsites, which can cache "disabled" for them.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<(ThreadId, u64, Fields)>>>);

fn capture() -> &'static Capture {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
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
        let records = self.0.lock().expect("not poisoned");
        records.iter().filter(|(t, _, _)| *t == me).map(|(_, _, f)| f.clone()).collect()
    }

    fn push(&self, id: u64, fields: Fields) {
        self.0.lock().expect("not poisoned").push((std::thread::current().id(), id, fields));
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
        let mut records = self.0.lock().expect("not poisoned");
        if let Some((_, _, fields)) = records.iter_mut().rev().find(|(_, i, _)| *i == id.into_u64())
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

/// A client for `base_url` retrying once after at most 1 ms, per attempt timeout `timeout`.
fn traced_client(base_url: &str, timeout: Duration) -> Client {
    let client = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(base_url)
        .timeout(timeout)
        .retry(RetryPolicy::default().max_retries(1).initial_backoff(Duration::from_millis(1)))
        .build()
        .expect("valid configuration");
    // In case another thread registered the span's callsite before the subscriber existed.
    tracing::callsite::rebuild_interest_cache();
    client
}

/// The records of this thread that are `ncloud_chat.request` spans.
fn request_spans(records: &[Fields]) -> Vec<&Fields> {
    records.iter().filter(|r| r["kind"] == "ncloud_chat.request").collect()
}

#[tokio::test(flavor = "current_thread")]
async fn each_request_is_traced_with_template_status_and_code() {
    let capture = capture();
    let api = Api::start().await;
    let member = |req: &Request| req.url.path() == "/v1/api/members/u1";
    Mock::given(member)
        .respond_with(ResponseTemplate::new(502).set_body_string("down"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&api.server)
        .await;
    Mock::given(member)
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"status":-6,"message":"project not found"}"#, "application/json"),
        )
        .with_priority(2)
        .mount(&api.server)
        .await;
    let client = Client::builder()
        .api_key(API_KEY)
        .project_id(PROJECT_ID)
        .base_url(api.server.uri())
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(1)))
        .build()
        .expect("valid configuration");
    // In case another thread registered the span's callsite before the subscriber existed.
    tracing::callsite::rebuild_interest_cache();

    let err = fail(client.get_user().user_id("u1").send().await);

    assert_eq!(err.code(), Some(ApiCode::UnknownProject));
    let records = capture.on_this_thread();
    let text = format!("{records:?}");
    assert!(!text.contains(API_KEY), "the key reaches the traces: {text}");
    assert!(!text.contains("project not found"), "a body reaches the traces: {text}");
    let spans: Vec<_> = records.iter().filter(|r| r["kind"] == "ncloud_chat.request").collect();
    assert_eq!(spans.len(), 1, "one span per request, retries included: {records:?}");
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
    let delay: u64 = retries[0]["delay_ms"].parse().expect("a number");
    assert!(delay <= 1, "{records:?}");
    assert_eq!(api.requests().await.len(), 2);
}

#[tokio::test]
async fn only_an_envelope_records_a_vendor_code() {
    let capture = capture();
    let api = Api::start().await;
    api.on("GET", "/v1/api/members", 200, serde_json::json!([])).await;
    api.on_template(
        "GET",
        "/v1/api/members/gone",
        ResponseTemplate::new(404).set_body_string("<html>not found</html>"),
    )
    .await;
    tracing::callsite::rebuild_interest_cache();

    let users = api.client.list_users().filter("{}").send().await;
    assert!(users.is_ok(), "{users:?}");
    fail(api.client.get_user().user_id("gone").send().await);

    let records = capture.on_this_thread();
    let spans: Vec<_> = records.iter().filter(|r| r["kind"] == "ncloud_chat.request").collect();
    let statuses: Vec<_> = spans.iter().map(|span| span["status"].as_str()).collect();
    assert_eq!(statuses, ["200", "404"], "{records:?}");
    assert!(spans.iter().all(|span| !span.contains_key("vendor_code")), "{records:?}");
}

#[tokio::test(flavor = "current_thread")]
async fn the_span_records_the_latency_of_all_attempts() {
    // Each attempt is answered after `DELAY`: the recorded latency covers both (a lower bound
    // only; how much longer the machine took is not this test's business).
    const DELAY: Duration = Duration::from_millis(60);
    let capture = capture();
    let api = Api::start().await;
    let member = |req: &Request| req.url.path() == "/v1/api/members/guestID4";
    Mock::given(member)
        .respond_with(ResponseTemplate::new(503).set_delay(DELAY))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&api.server)
        .await;
    Mock::given(member)
        .respond_with(ResponseTemplate::new(200).set_body_json(member_guest()).set_delay(DELAY))
        .with_priority(2)
        .mount(&api.server)
        .await;
    let client = traced_client(&api.server.uri(), Duration::from_secs(30));

    ok(client.get_user().user_id("guestID4").send().await);

    let records = capture.on_this_thread();
    let spans = request_spans(&records);
    assert_eq!(spans.len(), 1, "{records:?}");
    assert_eq!(spans[0]["status"], "200");
    let latency: u64 = spans[0]["latency_ms"].parse().expect("a number");
    let least = u64::try_from(2 * DELAY.as_millis()).expect("small");
    assert!(latency >= least, "{latency} ms < {least} ms: {records:?}");
    assert_eq!(api.requests().await.len(), 2);
}

/// Sends `get_user` through `client`, which fails every attempt, and returns the `reason`
/// of the one retry event.
async fn retry_reason(client: &Client) -> String {
    let capture = capture();
    let before = capture.on_this_thread().len();
    let error = fail(client.get_user().user_id("u1").send().await);
    assert_eq!(error.attempts(), Some(2), "{error:?}");
    let records = capture.on_this_thread().split_off(before);
    let retries: Vec<_> = records.iter().filter(|r| r.contains_key("retry")).collect();
    assert_eq!(retries.len(), 1, "{records:?}");
    assert_eq!(request_spans(&records).len(), 1, "{records:?}");
    assert!(
        !request_spans(&records)[0].contains_key("status"),
        "no response, no status: {records:?}"
    );
    retries[0]["reason"].clone()
}

#[tokio::test(flavor = "current_thread")]
async fn a_retry_event_names_the_transport_failure() {
    // Nothing listens on a port just released: the connection is refused.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let refused = format!("http://{}", closed.local_addr().expect("bound address"));
    drop(closed);
    let client = traced_client(&refused, Duration::from_secs(30));
    assert_eq!(retry_reason(&client).await, "connection failed");

    // The server reads the request and never answers: the attempt times out.
    let stall = Server::start(LOCAL, Fault::WriteThenStall(Vec::new())).await;
    let client = traced_client(&stall.url(), Duration::from_millis(200));
    assert_eq!(retry_reason(&client).await, "timeout");

    // The server reads the request and hangs up: neither a timeout nor a refused connection.
    let hang_up = Server::start(LOCAL, Fault::Fin).await;
    let client = traced_client(&hang_up.url(), Duration::from_secs(30));
    assert_eq!(retry_reason(&client).await, "request failed");
    assert_eq!(hang_up.requests().len(), 2);
}
