//! The typed list parameters serialize to the JSON the vendor documents (table tests, no
//! server), and numeric sort directions reach the wire as numbers.

use futures::TryStreamExt;
use ncloud_chat::{
    Filter, ListExt, ListOption, ListQuery, MessageListOption, Sort, SortDirection, types,
};
use serde_json::{Value, json};

use crate::common::{Api, Q, assert_request, ok};

fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[test]
fn filters() {
    let cases: [(Filter, Value); 6] = [
        (Filter::new(), json!({})),
        (Filter::new().eq("online", true), json!({ "online": true })),
        (Filter::new().eq("disabled", false), json!({ "disabled": false })),
        (Filter::new().eq("sender.name", "GUEST-5159"), json!({ "sender.name": "GUEST-5159" })),
        (
            Filter::new().eq("type", "PUBLIC").eq("limit", 0),
            json!({ "type": "PUBLIC", "limit": 0 }),
        ),
        (
            Filter::new().eq("name", "a \"quoted\" \\ 한글").eq("name", "last wins"),
            json!({ "name": "last wins" }),
        ),
    ];
    for (filter, expected) in cases {
        assert_eq!(parsed(&String::from(filter.clone())), expected, "{filter:?}");
        assert_eq!(parsed(&filter.to_string()), expected, "Display of {filter:?}");
    }
    assert_eq!(String::from(Filter::new()), "{}", "the documented 'no filter'");
}

#[test]
fn sorts() {
    let cases = [
        (Sort::descending("created_at"), r#"{"created_at":"-1"}"#),
        (Sort::ascending("name"), r#"{"name":"1"}"#),
        (Sort::descending("createdAt"), r#"{"createdAt":"-1"}"#),
        (Sort::new("sort_id", SortDirection::Ascending), r#"{"sort_id":"1"}"#),
    ];
    for (sort, expected) in cases {
        assert_eq!(String::from(sort), expected);
    }
}

#[test]
fn options() {
    let cases = [
        (ListOption::new(), json!({})),
        (ListOption::new().offset(0).per_page(20), json!({ "offset": 0, "per_page": 20 })),
        (ListOption::new().count(true), json!({ "count": true })),
        (
            ListOption::new().offset(40).per_page(100).count(false),
            json!({ "offset": 40, "per_page": 100, "count": false }),
        ),
    ];
    for (option, expected) in cases {
        assert_eq!(parsed(&option.to_json().expect("valid")), expected, "{option:?}");
    }
    assert_eq!(
        parsed(&MessageListOption::new().offset(20).per_page(20).to_json().expect("valid")),
        json!({ "offset": 20, "per_page": 20 })
    );
}

#[tokio::test]
async fn numeric_sort_directions_are_sent() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/messages/C1", 200, json!([])).await;
    let c = &api.client;
    ok(c.list_messages()
        .channel_id("C1")
        .filter(Filter::new())
        .sort(Sort::descending("created_at").numeric())
        .send()
        .await);
    ok(c.list_messages().channel_id("C1").filter("{}").sort(r#"{"created_at":1}"#).send().await);
    let streamed: Vec<types::Message> = ok(c
        .paginate_messages(
            "C1",
            ListQuery::new(Filter::new()).sort(Sort::ascending("sort_id").numeric()),
        )
        .try_collect()
        .await);
    assert!(streamed.is_empty());

    let requests = api.requests().await;
    let sorts: Vec<Value> =
        requests.iter().map(|r| crate::common::query_json(r, "sort").expect("a sort")).collect();
    assert_eq!(
        sorts,
        [json!({ "created_at": -1 }), json!({ "created_at": 1 }), json!({ "sort_id": 1 })]
    );
    assert_request(
        &requests[0],
        "GET",
        "/v1/api/messages/C1",
        &[("filter", Q::Json(json!({}))), ("sort", Q::Text(r#"{"created_at":-1}"#))],
        None,
    );
}
