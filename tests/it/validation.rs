//! Requests that cannot be valid fail with `Error::InvalidRequest` before anything is sent.

use futures::TryStreamExt;
use ncloud_chat::{Error, Filter, ListExt, ListOption, ListQuery, MessageListOption, TokenExt};

use crate::common::{Api, Q, assert_no_secret, assert_request, fail, ok};
use crate::fixtures;

fn assert_invalid(err: &Error, mentions: &str) {
    match err {
        Error::InvalidRequest(message) => {
            assert!(message.contains(mentions), "message should mention {mentions:?}: {message}")
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
    assert!(!err.is_retryable());
    assert_eq!(err.status(), None);
}

async fn assert_nothing_sent(api: &Api) {
    let requests = api.requests().await;
    assert!(
        requests.is_empty(),
        "nothing should be sent, got {:?}",
        requests.iter().map(crate::common::describe).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn per_page_out_of_range_fails_every_stream_before_sending() {
    let api = Api::start().await;
    for per_page in [0, 101] {
        let query = || ListQuery::new(Filter::new()).per_page(per_page);
        let client = &api.client;
        let results = [
            client.paginate_users(query()).try_collect::<Vec<_>>().await.map(|_| ()),
            client.paginate_channels(query()).try_collect::<Vec<_>>().await.map(|_| ()),
            client.paginate_subscriptions(query()).try_collect::<Vec<_>>().await.map(|_| ()),
            client.paginate_messages("C1", query()).try_collect::<Vec<_>>().await.map(|_| ()),
        ];
        for result in results {
            let err = fail(result);
            assert_invalid(&err, "per_page");
            assert_eq!(
                err.to_string(),
                format!("invalid request: `option.per_page` must be from 1 to 100, got {per_page}")
            );
        }
        let mut stream = client.paginate_users(query());
        assert!(matches!(stream.try_next().await, Err(Error::InvalidRequest(_))));
        assert!(
            stream.try_next().await.expect("no second error").is_none(),
            "the stream ends after its error"
        );
    }
    assert_nothing_sent(&api).await;
}

#[test]
fn option_per_page_bounds() {
    for per_page in [0, 101, u32::MAX] {
        let err = ListOption::new().per_page(per_page).to_json().expect_err("out of range");
        assert_invalid(&err, "per_page");
        let err = MessageListOption::new().per_page(per_page).to_json().expect_err("out of range");
        assert_invalid(&err, "per_page");
    }
    for per_page in [1, 100] {
        assert_eq!(
            ListOption::new().per_page(per_page).to_json().expect("in range"),
            format!(r#"{{"per_page":{per_page}}}"#)
        );
    }
}

#[tokio::test]
async fn token_validity_outside_1_to_90_days_or_a_blank_user_is_refused() {
    let api = Api::start().await;
    // The generated builder's `NonZeroU64` refuses 0; the constraint table, the maximum.
    let err = fail(api.client.issue_user_token("guestID4", 0).await);
    assert_invalid(&err, "expire_day");
    for days in [91, u32::MAX] {
        let err = fail(api.client.issue_user_token("guestID4", days).await);
        assert_invalid(&err, &format!("`expireDay` must be from 1 to 90, got {days}"));
    }
    for user in ["", "  "] {
        let err = fail(api.client.issue_user_token(user, 5).await);
        assert_invalid(&err, "user ID");
        assert_eq!(err.to_string(), "invalid request: the user ID must not be empty");
    }
    assert_nothing_sent(&api).await;
}

#[tokio::test]
async fn missing_required_parameters_are_refused() {
    let api = Api::start().await;
    let client = &api.client;

    let errors = [
        (fail(client.list_users().send().await), "filter"),
        (fail(client.list_channels().sort("{}").send().await), "filter"),
        (fail(client.list_subscriptions().send().await), "filter"),
        (fail(client.list_messages().channel_id("C1").send().await), "filter"),
        (fail(client.list_messages().filter("{}").send().await), "channel_id"),
        (fail(client.get_user().send().await), "user_id"),
        (fail(client.send_message().channel_id("C1").send().await), "content"),
        (fail(client.issue_token().id("guestID4").send().await), "expire_day"),
    ];
    for (err, mentions) in &errors {
        assert_invalid(err, mentions);
    }
    assert_nothing_sent(&api).await;
}

#[tokio::test]
async fn empty_path_parameters_are_refused() {
    let api = Api::start().await;
    let client = &api.client;

    let errors = [
        fail(client.get_user().user_id("").send().await),
        fail(client.get_channel().channel_id("").send().await),
        fail(client.delete_message().channel_id("C1").message_id("").send().await),
        fail(client.paginate_messages("", Filter::new()).try_collect::<Vec<_>>().await),
    ];
    for err in &errors {
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        assert_no_secret(err);
    }
    assert_eq!(
        errors[3].to_string(),
        // The spec's `minLength: 1`, held by the generated path parameter type.
        "invalid request: conversion to `ListMessagesChannelId` for channel_id failed"
    );
    assert_nothing_sent(&api).await;
}

/// What the spec forbids inside a JSON-in-query `option` (`additionalProperties: false`) and
/// in a body's `format: uri` string, which no generated type holds.
#[tokio::test]
async fn unknown_option_keys_and_relative_urls_are_refused() {
    let api = Api::start().await;
    let client = &api.client;
    let cases = [
        (
            fail(client.list_users().filter("{}").option(r#"{"perPage":5}"#).send().await),
            "list_users: `option` may have only `count`, `offset`, `per_page`, got `perPage`",
        ),
        (
            fail(
                client
                    .list_messages()
                    .channel_id("C1")
                    .filter("{}")
                    .option(r#"{"count":true}"#)
                    .send()
                    .await,
            ),
            "list_messages: `option` may have only `offset`, `per_page`, got `count`",
        ),
        (
            fail(
                client
                    .create_channel()
                    .body_map(|b| {
                        b.name("n")
                            .type_(ncloud_chat::types::ChannelType::Public)
                            .image_url(Some("example.com".to_owned()))
                    })
                    .send()
                    .await,
            ),
            r#"create_channel: body `imageUrl` must be an absolute URI, got "example.com""#,
        ),
    ];
    for (err, message) in &cases {
        assert!(matches!(err, Error::InvalidRequest(m) if m == message), "{err:?}");
    }
    assert_nothing_sent(&api).await;
}

#[tokio::test]
async fn generated_operations_refuse_out_of_range_values_before_sending() {
    let api = Api::start().await;
    let c = &api.client;
    let errors = [
        fail(c.issue_token().id("alice@example.com").expire_day(91u64).send().await),
        fail(c.list_users().filter("{}").option(r#"{"per_page":101}"#).send().await),
        fail(c.list_channels().filter("{}").option(r#"{"offset":0,"per_page":0}"#).send().await),
        fail(
            c.list_messages()
                .channel_id("C1")
                .filter("{}")
                .option(r#"{"per_page":101}"#)
                .send()
                .await,
        ),
        fail(c.list_subscriptions().filter("{}").sort(r#"{"created_at":"desc"}"#).send().await),
    ];
    let messages: Vec<String> = errors
        .iter()
        .map(|e| match e {
            Error::InvalidRequest(message) => message.clone(),
            other => panic!("expected InvalidRequest, got {other:?}"),
        })
        .collect();
    assert_eq!(
        messages,
        [
            "issue_token: query parameter `expireDay` must be from 1 to 90, got 91",
            "list_users: `option.per_page` must be from 1 to 100, got 101",
            "list_channels: `option.per_page` must be from 1 to 100, got 0",
            "list_messages: `option.per_page` must be from 1 to 100, got 101",
            r#"list_subscriptions: `sort.*` must be one of "1", "-1", 1, -1, got "desc""#,
        ]
    );
    // 0 is refused even earlier: typify types `expireDay` (minimum 1) as `NonZeroU64`.
    let zero = fail(c.issue_token().id("alice@example.com").expire_day(0u64).send().await);
    assert!(matches!(&zero, Error::InvalidRequest(m) if m.contains("expire_day")), "{zero:?}");
    assert!(api.requests().await.is_empty(), "nothing may be sent");

    // The bounds themselves are sent.
    api.on("POST", "/v1/api/token", 200, fixtures::token_issued()).await;
    ok(c.issue_token().id("alice@example.com").expire_day(90u64).send().await);
    let sent = api.only_request().await;
    assert_request(
        &sent,
        "POST",
        "/v1/api/token",
        &[("id", Q::Text("alice@example.com")), ("expireDay", Q::Text("90"))],
        None,
    );
}
