//! The list of subscriptions.

use ncloud_chat::{Filter, ListOption, Sort, types};
use serde_json::json;

use crate::common::{Api, Q, assert_request, assert_same_data, ok};
use crate::fixtures;

#[tokio::test]
async fn list_subscriptions() {
    let api = Api::start().await;
    api.on("GET", "/v1/api/subscriptions", 200, json!([fixtures::subscription_old()])).await;

    let page = ok(api
        .client
        .list_subscriptions()
        .filter(Filter::new().eq("user_id", "NCP001"))
        .sort(Sort::descending("created_at"))
        .option(ListOption::new().offset(0).per_page(20).to_json().expect("valid option"))
        .send()
        .await)
    .into_inner();

    let types::SubscriptionList::Subscriptions(subscriptions) = page else {
        panic!("expected a page of subscriptions, got {page:?}");
    };
    assert_eq!(subscriptions.len(), 1);
    assert_eq!(subscriptions[0].language.as_deref(), Some("en"));
    assert_eq!(subscriptions[0].mute, Some(false));
    assert_eq!(
        subscriptions[0].mark.clone().and_then(|m| m.sort_id).as_deref(),
        Some("1682053567257")
    );
    assert_same_data(&subscriptions[0], &fixtures::subscription_old());
    assert_request(
        &api.only_request().await,
        "GET",
        "/v1/api/subscriptions",
        &[
            ("filter", Q::Json(json!({ "user_id": "NCP001" }))),
            ("sort", Q::Json(json!({ "created_at": "-1" }))),
            ("option", Q::Json(json!({ "offset": 0, "per_page": 20 }))),
        ],
        None,
    );
}
