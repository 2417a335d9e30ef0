use futures::TryStreamExt;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use super::*;

/// The `(offset, per_page)` a page request asks for (the service's defaults 0 and 20 when
/// `option` leaves them out).
fn page_asked(req: &Request) -> (u64, u64) {
    let option: Value = req
        .url
        .query_pairs()
        .find(|(k, _)| k == "option")
        .map(|(_, v)| serde_json::from_str(&v).expect("option is JSON"))
        .unwrap_or(json!({}));
    (
        option["offset"].as_u64().unwrap_or(0),
        option["per_page"].as_u64().unwrap_or(20),
    )
}

/// Answers a list endpoint from the request's `option`, out of `total` generated items.
fn page_of(total: u64, item: fn(u64) -> Value) -> impl Fn(&Request) -> ResponseTemplate {
    move |req: &Request| {
        let (offset, per_page) = page_asked(req);
        let items: Vec<Value> = (offset..total.min(offset + per_page)).map(item).collect();
        ResponseTemplate::new(200).set_body_json(items)
    }
}

fn member(n: u64) -> Value {
    json!({"id": format!("user{n}")})
}

/// `(offset, per_page)` of every request received, in order, plus the other query parameters
/// of the first.
async fn pages_requested(server: &MockServer) -> Vec<(u64, u64)> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|req| {
            let option: Value = req
                .url
                .query_pairs()
                .find(|(k, _)| k == "option")
                .map(|(_, v)| serde_json::from_str(&v).unwrap())
                .unwrap();
            (
                option["offset"].as_u64().unwrap(),
                option["per_page"].as_u64().unwrap(),
            )
        })
        .collect()
}

async fn setup(route: &str, total: u64, item: fn(u64) -> Value) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(page_of(total, item))
        .mount(&server)
        .await;
    let client = client_of(&server);
    (server, client)
}

/// A client of `server`, without retries.
fn client_of(server: &MockServer) -> Client {
    Client::builder()
        .api_key("k")
        .project_id("p")
        .base_url(server.uri())
        .retry(crate::RetryPolicy::disabled())
        .build()
        .unwrap()
}

/// `(offset, per_page)` of each page request, in order.
type Requested = &'static [(u64, u64)];

#[tokio::test]
async fn streams_walk_offsets_until_a_short_page() {
    #[rustfmt::skip]
    let cases: &[(u64, u32, Requested)] = &[
        (250, 100, &[(0, 100), (100, 100), (200, 100)]),
        (200, 100, &[(0, 100), (100, 100), (200, 100)]), // the empty page ends it
        (0, 100, &[(0, 100)]),
        (5, 2, &[(0, 2), (2, 2), (4, 2)]),
        (3, 1, &[(0, 1), (1, 1), (2, 1), (3, 1)]),
    ];
    for (total, per_page, expected) in cases {
        let (server, client) = setup("/v1/api/members", *total, member).await;
        let users: Vec<types::Member> = client
            .paginate_users(ListQuery::new(Filter::new()).per_page(*per_page))
            .try_collect()
            .await
            .unwrap();
        let ids: Vec<String> = users.into_iter().map(|m| m.id).collect();
        let wanted: Vec<String> = (0..*total).map(|n| format!("user{n}")).collect();
        assert_eq!(ids, wanted, "total {total}, per_page {per_page}");
        assert_eq!(
            pages_requested(&server).await,
            *expected,
            "total {total}, per_page {per_page}"
        );
    }
}

#[tokio::test]
async fn limits_fetch_no_page_beyond_them() {
    #[rustfmt::skip]
    let cases: &[(usize, u32, Requested)] = &[
        (150, 100, &[(0, 100), (100, 50)]),
        (100, 100, &[(0, 100)]),
        (5, 100, &[(0, 5)]),
        (7, 3, &[(0, 3), (3, 3), (6, 1)]),
        (0, 100, &[]),
        (1000, 100, &[(0, 100), (100, 100), (200, 100)]), // fewer items than the limit
    ];
    for (limit, per_page, expected) in cases {
        let (server, client) = setup("/v1/api/members", 250, member).await;
        let users = client
            .paginate_users(ListQuery::default().per_page(*per_page))
            .try_collect_limit(*limit)
            .await
            .unwrap();
        assert_eq!(users.len(), (*limit).min(250), "limit {limit}");
        assert_eq!(
            pages_requested(&server).await,
            *expected,
            "limit {limit}, per_page {per_page}"
        );
    }
}

#[tokio::test]
async fn filter_and_sort_are_sent_on_every_page() {
    let (server, client) = setup("/v1/api/channels", 3, |n| json!({"id": format!("c{n}")})).await;
    let query = ListQuery::new(Filter::new().eq("type", "PUBLIC"))
        .sort(Sort::descending("createdAt"))
        .per_page(2);
    let channels: Vec<_> = client.paginate_channels(query).try_collect().await.unwrap();
    assert_eq!(channels.len(), 3);
    for req in server.received_requests().await.unwrap() {
        let pairs: std::collections::HashMap<_, _> = req.url.query_pairs().into_owned().collect();
        assert_eq!(pairs["filter"], r#"{"type":"PUBLIC"}"#);
        assert_eq!(pairs["sort"], r#"{"createdAt":"-1"}"#);
    }
}

#[tokio::test]
async fn messages_and_subscriptions_page_the_same_way() {
    let (server, client) = setup(
        "/v1/api/messages/ch-1",
        3,
        |n| json!({"id": format!("m{n}")}),
    )
    .await;
    let messages: Vec<_> = client
        .paginate_messages("ch-1", ListQuery::default().per_page(2))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        ["m0", "m1", "m2"]
    );
    assert_eq!(pages_requested(&server).await, [(0, 2), (2, 2)]);

    let (server, client) = setup(
        "/v1/api/subscriptions",
        1,
        |n| json!({"id": format!("s{n}")}),
    )
    .await;
    let subscriptions: Vec<_> = client
        .paginate_subscriptions(Filter::new())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(subscriptions.len(), 1);
    assert_eq!(pages_requested(&server).await, [(0, 100)]);
}

#[tokio::test]
async fn invalid_queries_fail_before_sending() {
    let (server, client) = setup("/v1/api/members", 10, member).await;
    for per_page in [0, 101] {
        let mut stream = client.paginate_users(ListQuery::default().per_page(per_page));
        match stream.try_next().await {
            Err(Error::InvalidRequest(m)) => {
                assert_eq!(
                    m,
                    format!("`option.per_page` must be from 1 to 100, got {per_page}")
                )
            }
            other => panic!("{other:?}"),
        }
        assert!(
            stream.try_next().await.unwrap().is_none(),
            "the stream ends after its error"
        );
    }
    match client
        .paginate_messages("", Filter::new())
        .try_collect::<Vec<_>>()
        .await
    {
        // The generated `ListMessagesChannelId` holds the spec's `minLength: 1`.
        Err(Error::InvalidRequest(m)) => {
            assert_eq!(
                m,
                "conversion to `ListMessagesChannelId` for channel_id failed"
            )
        }
        other => panic!("{other:?}"),
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_error_ends_the_stream() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/api/members"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"status": -6, "message": "project not found"})),
        )
        .mount(&server)
        .await;
    let client = client_of(&server);
    let mut stream = client.paginate_users(Filter::new());
    assert!(matches!(stream.try_next().await, Err(Error::Api { .. })));
    assert!(stream.try_next().await.unwrap().is_none());
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

/// A server answering every page request from `respond(offset, per_page)`.
async fn server_answering(respond: fn(u64, u64) -> Vec<Value>) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/api/members"))
        .respond_with(move |req: &Request| {
            let (offset, per_page) = page_asked(req);
            ResponseTemplate::new(200).set_body_json(respond(offset, per_page))
        })
        .mount(&server)
        .await;
    let client = client_of(&server);
    (server, client)
}

#[tokio::test]
async fn a_service_ignoring_the_offset_stops_the_stream_after_one_page() {
    // Always the first page, whatever the offset: without the check, an endless stream.
    let (server, client) =
        server_answering(|_, per_page| (0..per_page).map(member).collect()).await;
    for per_page in [1, 3, 100] {
        let query = ListQuery::from(Filter::new()).per_page(per_page);
        let mut stream = client.paginate_users(query);
        for n in 0..u64::from(per_page) {
            assert_eq!(
                stream.try_next().await.unwrap().unwrap().id,
                format!("user{n}")
            );
        }
        // The repeated page is not yielded again: the error comes instead.
        match stream.try_next().await {
            Err(Error::RepeatedPage { offset: 0, next }) => {
                assert_eq!(next, u64::from(per_page));
            }
            other => panic!("per_page {per_page}: {other:?}"),
        }
        assert!(stream.try_next().await.unwrap().is_none());
    }
    let requested = pages_requested(&server).await;
    assert_eq!(
        requested,
        [(0, 1), (1, 1), (0, 3), (3, 3), (0, 100), (100, 100)]
    );
    let error = Error::RepeatedPage {
        offset: 0,
        next: 100,
    };
    assert!(!error.is_retryable());
    assert_eq!(error.status(), None);
    assert!(
        error.to_string().contains("ignores option.offset"),
        "{error}"
    );
}

#[tokio::test]
async fn overlapping_or_oversized_pages_lose_nothing() {
    // Pages overlapping by one item (an item added ahead between two requests), and a first
    // page larger than asked (`per_page` ignored): every item arrives, no error.
    let (_server, client) = server_answering(|offset, per_page| {
        let start = offset.saturating_sub(1);
        let end = if offset == 0 {
            250
        } else {
            (start + per_page).min(260)
        };
        (start..end).map(member).collect()
    })
    .await;
    let ids: Vec<String> = client
        .paginate_users(ListQuery::from(Filter::new()).per_page(100))
        .map_ok(|m| m.id)
        .try_collect()
        .await
        .unwrap();
    // 0..250, then from offset 250: 249..260 (one repeated, none lost).
    let expected: Vec<String> = (0..250)
        .chain(249..260)
        .map(|n| format!("user{n}"))
        .collect();
    assert_eq!(ids, expected);
}

#[tokio::test]
async fn counts_use_option_count_and_reject_lists() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/api/members"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"count": 42})))
        .mount(&server)
        .await;
    Mock::given(path("/v1/api/channels"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": "c1"}])))
        .mount(&server)
        .await;
    Mock::given(path("/v1/api/subscriptions"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"count": -1})))
        .mount(&server)
        .await;
    let client = client_of(&server);

    assert_eq!(
        client
            .count_users(Filter::new().eq("online", true))
            .await
            .unwrap(),
        42
    );
    let requests = server.received_requests().await.unwrap();
    let pairs: std::collections::HashMap<_, _> =
        requests[0].url.query_pairs().into_owned().collect();
    assert_eq!(pairs["option"], r#"{"count":true}"#);
    assert_eq!(pairs["filter"], r#"{"online":true}"#);

    match client.count_channels(Filter::new()).await {
        Err(Error::Decode {
            status,
            body_snippet,
            source,
        }) => {
            assert_eq!(status, Some(reqwest::StatusCode::OK));
            assert!(body_snippet.contains("c1"), "{body_snippet}");
            assert!(source.to_string().contains("count"), "{source}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        client.count_subscriptions(Filter::new()).await,
        Err(Error::Decode { .. })
    ));

    // And a count where a page was expected.
    let mut users = client.paginate_users(Filter::new());
    assert!(matches!(users.try_next().await, Err(Error::Decode { .. })));
}

#[test]
fn pages_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    let client = Client::builder()
        .api_key("k")
        .project_id("p")
        .build()
        .unwrap();
    assert_send(&client.paginate_users(Filter::new()));
    assert_send(&client.count_users(Filter::new()));
    assert_send(&client.list_users().filter("{}").send());
}
