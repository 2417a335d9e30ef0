//! Streams over the list operations and the counts. The mock computes each page from the
//! request's `option` (offset/per_page), and each test checks the exact pages requested.

use futures::{StreamExt, TryStreamExt};
use ncloud_chat::{ApiCode, Error, Filter, ListExt, ListQuery, Sort};
use serde_json::{Value, json};
use wiremock::{Mock, Request, ResponseTemplate};

use crate::common::{Api, assert_auth_headers, envelope, fail, query_json};
use crate::fixtures;

/// A list endpoint holding `total` items made by `item`; `{"count": total}` when asked to
/// count; the vendor envelope for a page starting at `fail_at`.
async fn mount_list(
    api: &Api,
    path: &str,
    total: u64,
    item: fn(u64) -> Value,
    fail_at: Option<u64>,
) {
    let path = path.to_owned();
    Mock::given(move |req: &Request| req.method.as_str() == "GET" && req.url.path() == path)
        .respond_with(move |req: &Request| {
            let option = query_json(req, "option").unwrap_or_else(|| json!({}));
            if option["count"] == json!(true) {
                return ResponseTemplate::new(200).set_body_json(json!({ "count": total }));
            }
            let offset = option["offset"].as_u64().unwrap_or(0);
            let per_page = option["per_page"].as_u64().unwrap_or(20);
            if fail_at == Some(offset) {
                return ResponseTemplate::new(200).set_body_json(envelope(-5, "apiKey is expired"));
            }
            let end = total.min(offset.saturating_add(per_page));
            let page: Vec<Value> = (offset.min(end)..end).map(item).collect();
            ResponseTemplate::new(200).set_body_json(page)
        })
        .mount(&api.server)
        .await;
}

pub fn member(i: u64) -> Value {
    let mut m = fixtures::member_old();
    m["id"] = json!(format!("user-{i}"));
    m
}

fn channel(i: u64) -> Value {
    let mut c = fixtures::channel_old();
    c["id"] = json!(format!("channel-{i}"));
    c
}

fn subscription(i: u64) -> Value {
    let mut s = fixtures::subscription_old();
    s["id"] = json!(format!("subscription-{i}"));
    s
}

fn message(i: u64) -> Value {
    let mut m = fixtures::message_old();
    m["id"] = json!(format!("message-{i}"));
    m
}

/// `(offset, per_page)` of every request, in order, after checking each carries the shared
/// parameters: auth headers, `filter`, `sort`, and no `count`.
pub async fn pages_requested(api: &Api, filter: &Value, sort: Option<&Value>) -> Vec<(u64, u64)> {
    api.requests()
        .await
        .iter()
        .map(|req| {
            assert_auth_headers(req);
            assert_eq!(query_json(req, "filter").as_ref(), Some(filter));
            assert_eq!(query_json(req, "sort").as_ref(), sort);
            let option = query_json(req, "option").expect("every page sends option");
            let keys: Vec<&String> = option.as_object().expect("object").keys().collect();
            assert_eq!(keys, ["offset", "per_page"], "option of a page: {option}");
            (
                option["offset"].as_u64().expect("offset"),
                option["per_page"].as_u64().expect("per_page"),
            )
        })
        .collect()
}

/// `(offset, per_page)` of each page request, in order.
type Pages = &'static [(u64, u64)];

fn ids(n: std::ops::Range<u64>, prefix: &str) -> Vec<String> {
    n.map(|i| format!("{prefix}-{i}")).collect()
}

#[tokio::test]
async fn stream_walks_pages_until_a_short_one() {
    #[rustfmt::skip]
    let cases: [(u64, u32, Pages); 4] = [
        (7, 3, &[(0, 3), (3, 3), (6, 3)]),
        (250, 100, &[(0, 100), (100, 100), (200, 100)]),
        (5, 2, &[(0, 2), (2, 2), (4, 2)]),
        (3, 1, &[(0, 1), (1, 1), (2, 1), (3, 1)]),
    ];
    for (total, per_page, expected) in cases {
        let api = Api::start().await;
        mount_list(&api, "/v1/api/members", total, member, None).await;

        let users: Vec<_> = api
            .client
            .paginate_users(
                ListQuery::new(Filter::new().eq("online", false))
                    .sort(Sort::descending("created_at"))
                    .per_page(per_page),
            )
            .try_collect()
            .await
            .expect("all pages");

        let got: Vec<String> = users.into_iter().map(|u| u.id).collect();
        assert_eq!(got, ids(0..total, "user"), "total {total}, per_page {per_page}");
        let pages = pages_requested(
            &api,
            &json!({ "online": false }),
            Some(&json!({ "created_at": "-1" })),
        )
        .await;
        assert_eq!(pages, expected, "total {total}, per_page {per_page}");
    }
}

/// A full last page cannot tell it is the last: one empty page follows, and nothing after it.
#[tokio::test]
async fn exact_multiple_ends_on_one_empty_page() {
    let api = Api::start().await;
    mount_list(&api, "/v1/api/members", 6, member, None).await;

    let users: Vec<_> = api
        .client
        .paginate_users(ListQuery::new(Filter::new()).per_page(3))
        .try_collect()
        .await
        .expect("all pages");

    assert_eq!(users.len(), 6);
    let pages = pages_requested(&api, &json!({}), None).await;
    assert_eq!(pages, [(0, 3), (3, 3), (6, 3)]);
}

#[tokio::test]
async fn empty_list_is_one_request() {
    let api = Api::start().await;
    mount_list(&api, "/v1/api/channels", 0, channel, None).await;

    let channels: Vec<_> = api
        .client
        .paginate_channels(Filter::new().eq("type", "PUBLIC"))
        .try_collect()
        .await
        .expect("empty list");

    assert!(channels.is_empty());
    // A bare `Filter` becomes the query's filter; the default page size is the largest allowed.
    assert_eq!(pages_requested(&api, &json!({"type": "PUBLIC"}), None).await, [(0, 100)]);
}

/// The last page asks only for what is still needed; a limit past the end stops at the end.
#[tokio::test]
async fn collect_with_a_limit_fetches_no_page_past_it() {
    #[rustfmt::skip]
    let cases: [(usize, u32, Pages); 6] = [
        (25, 10, &[(0, 10), (10, 10), (20, 5)]),
        (150, 100, &[(0, 100), (100, 50)]),
        (100, 100, &[(0, 100)]),
        (5, 100, &[(0, 5)]),
        (7, 3, &[(0, 3), (3, 3), (6, 1)]),
        (1_000, 100, &[(0, 100), (100, 100), (200, 100)]),
    ];
    for (limit, per_page, expected) in cases {
        let api = Api::start().await;
        mount_list(&api, "/v1/api/members", 250, member, None).await;

        let users = api
            .client
            .paginate_users(ListQuery::new(Filter::new()).per_page(per_page))
            .try_collect_limit(limit)
            .await
            .expect("the users");

        let got: Vec<String> = users.into_iter().map(|u| u.id).collect();
        assert_eq!(got, ids(0..limit.min(250) as u64, "user"), "limit {limit}");
        let pages = pages_requested(&api, &json!({}), None).await;
        assert_eq!(pages, expected, "limit {limit}, per_page {per_page}");
    }
}

#[tokio::test]
async fn limit_zero_sends_nothing_and_a_limit_past_the_end_stops_at_the_end() {
    let api = Api::start().await;
    mount_list(&api, "/v1/api/members", 5, member, None).await;

    let none =
        api.client.paginate_users(Filter::new()).try_collect_limit(0).await.expect("nothing");
    assert!(none.is_empty());
    assert!(api.requests().await.is_empty(), "limit 0 sends nothing");

    let all = api
        .client
        .paginate_users(ListQuery::new(Filter::new()).per_page(10))
        .limit(50)
        .try_collect::<Vec<_>>()
        .await
        .expect("5 users");
    assert_eq!(all.len(), 5);
    assert_eq!(pages_requested(&api, &json!({}), None).await, [(0, 10)]);
}

#[tokio::test]
async fn every_list_operation_has_a_stream() {
    let api = Api::start().await;
    mount_list(&api, "/v1/api/subscriptions", 5, subscription, None).await;
    let query = || ListQuery::new(Filter::new().eq("channel_id", "C/1 x")).per_page(2);
    let filter = json!({ "channel_id": "C/1 x" });

    let subscriptions: Vec<_> =
        api.client.paginate_subscriptions(query()).try_collect().await.expect("subscriptions");
    assert_eq!(
        subscriptions.into_iter().map(|s| s.id).collect::<Vec<_>>(),
        ids(0..5, "subscription")
    );
    assert_eq!(pages_requested(&api, &filter, None).await, [(0, 2), (2, 2), (4, 2)]);

    // A channel ID that needs encoding: the stream uses the same one-segment path.
    let api2 = Api::start().await;
    mount_list(&api2, "/v1/api/messages/C%2F1%20x", 5, message, None).await;
    let messages: Vec<_> = api2
        .client
        .paginate_messages("C/1 x", query().sort(Sort::ascending("created_at")))
        .try_collect()
        .await
        .expect("messages");
    assert_eq!(messages.into_iter().map(|m| m.id).collect::<Vec<_>>(), ids(0..5, "message"));
    let sort = json!({ "created_at": "1" });
    assert_eq!(pages_requested(&api2, &filter, Some(&sort)).await, [(0, 2), (2, 2), (4, 2)]);

    let api3 = Api::start().await;
    mount_list(&api3, "/v1/api/channels", 5, channel, None).await;
    let channels: Vec<_> =
        api3.client.paginate_channels(query()).try_collect().await.expect("channels");
    assert_eq!(channels.into_iter().map(|c| c.id).collect::<Vec<_>>(), ids(0..5, "channel"));
    assert_eq!(pages_requested(&api3, &filter, None).await, [(0, 2), (2, 2), (4, 2)]);
}

#[tokio::test]
async fn an_error_page_is_yielded_and_ends_the_stream() {
    let api = Api::start().await;
    mount_list(&api, "/v1/api/members", 10, member, Some(2)).await;

    let results: Vec<_> =
        api.client.paginate_users(ListQuery::new(Filter::new()).per_page(2)).collect().await;

    assert_eq!(results.len(), 3, "two users, then the error, then the end");
    assert_eq!(results[0].as_ref().map(|u| u.id.as_str()).ok(), Some("user-0"));
    assert_eq!(results[1].as_ref().map(|u| u.id.as_str()).ok(), Some("user-1"));
    let err = fail(results.into_iter().nth(2).expect("third").map(|_| ()));
    assert_eq!(err.code(), Some(ApiCode::ExpiredKey));
    assert_eq!(pages_requested(&api, &json!({}), None).await, [(0, 2), (2, 2)]);
}

#[tokio::test]
async fn counts_ask_for_a_count_only() {
    let api = Api::start().await;
    mount_list(&api, "/v1/api/members", 42, member, None).await;
    mount_list(&api, "/v1/api/channels", 3, channel, None).await;
    mount_list(&api, "/v1/api/subscriptions", 12, subscription, None).await;
    let online = || Filter::new().eq("online", true);

    let users = api.client.count_users(online()).await.expect("count");
    let channels = api.client.count_channels(online()).await.expect("count");
    let subscriptions = api.client.count_subscriptions(online()).await.expect("count");

    assert_eq!((users, channels, subscriptions), (42, 3, 12));
    let requests = api.requests().await;
    let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
    assert_eq!(paths, ["/v1/api/members", "/v1/api/channels", "/v1/api/subscriptions"]);
    for req in &requests {
        assert_auth_headers(req);
        assert_eq!(query_json(req, "filter"), Some(json!({ "online": true })));
        assert_eq!(query_json(req, "option"), Some(json!({ "count": true })));
        assert_eq!(query_json(req, "sort"), None);
    }
}

/// A list where a count was expected, a negative count, and a count where a page was
/// expected: each a decode error, with the status and the body's start.
#[tokio::test]
async fn a_count_answered_with_a_list_is_a_decode_error() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/members", 200, json!([fixtures::member_old()])).await;
    api.on("GET", "/v1/api/subscriptions", 200, json!({ "count": -1 })).await;
    api.on("GET", "/v1/api/channels", 200, json!({ "count": 3 })).await;

    let err = fail(api.client.count_users(Filter::new()).await);
    let Error::Decode { status, body_snippet, source } = &err else {
        panic!("expected Error::Decode, got {err:?}");
    };
    assert_eq!(status.map(|s| s.as_u16()), Some(200));
    assert!(body_snippet.contains("750610c9"), "{body_snippet}");
    assert!(source.to_string().contains("count"), "{source}");

    let err = fail(api.client.count_subscriptions(Filter::new()).await);
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");

    let mut channels = api.client.paginate_channels(Filter::new());
    let err = fail(channels.try_next().await);
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}
