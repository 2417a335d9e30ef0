//! Tracing: one `ncloud_chat.request` span per call (retries included) with the operation, the
//! path template, the final status and the vendor code, one event per retry; no key and no body.

use std::collections::BTreeMap;
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

use crate::common::{API_KEY, Api, PROJECT_ID, fail};

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
        records
            .iter()
            .filter(|(t, _, _)| *t == me)
            .map(|(_, _, f)| f.clone())
            .collect()
    }

    fn push(&self, id: u64, fields: Fields) {
        self.0
            .lock()
            .expect("not poisoned")
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
        let mut records = self.0.lock().expect("not poisoned");
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
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"status":-6,"message":"project not found"}"#,
            "application/json",
        ))
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
    assert!(
        !text.contains(API_KEY),
        "the key reaches the traces: {text}"
    );
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
    let delay: u64 = retries[0]["delay_ms"].parse().expect("a number");
    assert!(delay <= 1, "{records:?}");
    assert_eq!(api.requests().await.len(), 2);
}

#[tokio::test]
async fn only_an_envelope_records_a_vendor_code() {
    let capture = capture();
    let api = Api::start().await;
    api.on("GET", "/v1/api/members", 200, serde_json::json!([]))
        .await;
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
    let spans: Vec<_> = records
        .iter()
        .filter(|r| r["kind"] == "ncloud_chat.request")
        .collect();
    let statuses: Vec<_> = spans.iter().map(|span| span["status"].as_str()).collect();
    assert_eq!(statuses, ["200", "404"], "{records:?}");
    assert!(
        spans.iter().all(|span| !span.contains_key("vendor_code")),
        "{records:?}"
    );
}
