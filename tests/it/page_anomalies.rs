//! Streams over a service that pages wrongly: one that ignores `offset` (the same page for every
//! offset) is stopped with `Error::RepeatedPage` instead of looping forever; pages that overlap or
//! are larger than asked lose nothing.

use futures::TryStreamExt;
use ncloud_chat::{Error, Filter, ListExt, ListQuery};
use serde_json::{Value, json};
use wiremock::{Mock, Request, ResponseTemplate};

use crate::common::{Api, query_json};
use crate::pagination::{member, pages_requested};

/// A server answering every `GET /v1/api/members` with `respond(offset, per_page)`.
async fn answering(respond: fn(u64, u64) -> Vec<Value>) -> Api {
    let api = Api::start().await;
    Mock::given(|req: &Request| {
        req.method.as_str() == "GET" && req.url.path() == "/v1/api/members"
    })
    .respond_with(move |req: &Request| {
        let option = query_json(req, "option").unwrap_or_else(|| json!({}));
        let offset = option["offset"].as_u64().unwrap_or(0);
        let per_page = option["per_page"].as_u64().unwrap_or(20);
        ResponseTemplate::new(200).set_body_json(respond(offset, per_page))
    })
    .mount(&api.server)
    .await;
    api
}

fn user(n: u64) -> String {
    format!("user-{n}")
}

#[tokio::test]
async fn a_service_ignoring_the_offset_stops_the_stream_after_one_page() {
    // Always the first page, whatever the offset: without the check, an endless stream.
    let api = answering(|_, per_page| (0..per_page).map(member).collect()).await;
    for per_page in [1, 3, 100] {
        let mut stream =
            api.client.paginate_users(ListQuery::from(Filter::new()).per_page(per_page));
        for n in 0..u64::from(per_page) {
            let item = stream.try_next().await.expect("a page").expect("an item");
            assert_eq!(item.id, user(n));
        }
        // The repeated page is not yielded again: the error comes instead.
        match stream.try_next().await {
            Err(Error::RepeatedPage { offset: 0, next }) => {
                assert_eq!(next, u64::from(per_page));
            }
            other => panic!("per_page {per_page}: {other:?}"),
        }
        assert!(
            stream.try_next().await.expect("no error").is_none(),
            "the stream ends after its error"
        );
    }
    assert_eq!(
        pages_requested(&api, &json!({}), None).await,
        [(0, 1), (1, 1), (0, 3), (3, 3), (0, 100), (100, 100)]
    );
    let err = Error::RepeatedPage { offset: 0, next: 100 };
    assert!(!err.is_retryable());
    assert_eq!(err.status(), None);
    assert!(err.to_string().contains("ignores option.offset"), "{err}");
}

#[tokio::test]
async fn overlapping_or_oversized_pages_lose_nothing() {
    // Pages overlapping by one item (an item added ahead between two requests), and a first
    // page larger than asked (`per_page` ignored): every item arrives, no error.
    let api = answering(|offset, per_page| {
        let start = offset.saturating_sub(1);
        let end = if offset == 0 { 250 } else { (start + per_page).min(260) };
        (start..end).map(member).collect()
    })
    .await;

    let ids: Vec<String> = api
        .client
        .paginate_users(ListQuery::from(Filter::new()).per_page(100))
        .map_ok(|m| m.id)
        .try_collect()
        .await
        .expect("every page");

    // 0..250, then from offset 250: 249..260 (one repeated, none lost).
    let expected: Vec<String> = (0..250).chain(249..260).map(user).collect();
    assert_eq!(ids, expected);
    assert_eq!(pages_requested(&api, &json!({}), None).await, [(0, 100), (250, 100)]);
}
