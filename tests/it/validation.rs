//! Requests that cannot be valid fail with `Error::InvalidRequest` before anything is sent.

use futures::TryStreamExt;
use ncloud_chat::{Error, Filter, ListExt, ListOption, ListQuery, MessageListOption, TokenExt};

use crate::common::{Api, assert_no_secret, fail};

fn assert_invalid(err: &Error, mentions: &str) {
    match err {
        Error::InvalidRequest(message) => assert!(
            message.contains(mentions),
            "message should mention {mentions:?}: {message}"
        ),
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
        requests
            .iter()
            .map(crate::common::describe)
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn per_page_out_of_range_fails_every_stream_before_sending() {
    let api = Api::start().await;
    for per_page in [0, 101] {
        let query = || ListQuery::new(Filter::new()).per_page(per_page);
        let client = &api.client;
        let results = [
            client
                .paginate_users(query())
                .try_collect::<Vec<_>>()
                .await
                .map(|_| ()),
            client
                .paginate_channels(query())
                .try_collect::<Vec<_>>()
                .await
                .map(|_| ()),
            client
                .paginate_subscriptions(query())
                .try_collect::<Vec<_>>()
                .await
                .map(|_| ()),
            client
                .paginate_messages("C1", query())
                .try_collect::<Vec<_>>()
                .await
                .map(|_| ()),
        ];
        for result in results {
            let err = fail(result);
            assert_invalid(&err, "per_page");
            assert_eq!(
                err.to_string(),
                format!(
                    "invalid request: option.per_page must be between 1 and 100, got {per_page}"
                )
            );
        }
        let mut stream = client.paginate_users(query());
        assert!(matches!(
            stream.try_next().await,
            Err(Error::InvalidRequest(_))
        ));
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
        let err = ListOption::new()
            .per_page(per_page)
            .to_json()
            .expect_err("out of range");
        assert_invalid(&err, "per_page");
        let err = MessageListOption::new()
            .per_page(per_page)
            .to_json()
            .expect_err("out of range");
        assert_invalid(&err, "per_page");
    }
    for per_page in [1, 100] {
        assert_eq!(
            ListOption::new()
                .per_page(per_page)
                .to_json()
                .expect("in range"),
            format!(r#"{{"per_page":{per_page}}}"#)
        );
    }
}

#[tokio::test]
async fn token_validity_outside_1_to_90_days_or_a_blank_user_is_refused() {
    let api = Api::start().await;
    for days in [0, 91, u32::MAX] {
        let err = fail(api.client.issue_user_token("guestID4", days).await);
        assert_invalid(&err, &format!("got {days}"));
        assert_eq!(
            err.to_string(),
            format!(
                "invalid request: the token validity must be between 1 and 90 days, got {days}"
            )
        );
    }
    for user in ["", "  "] {
        let err = fail(api.client.issue_user_token(user, 5).await);
        assert_invalid(&err, "user ID");
        assert_eq!(
            err.to_string(),
            "invalid request: the user ID must not be empty"
        );
    }
    assert_nothing_sent(&api).await;
}

#[tokio::test]
async fn missing_required_parameters_are_refused() {
    let api = Api::start().await;
    let client = &api.client;

    let errors = [
        (fail(client.list_users().send().await), "filter"),
        (
            fail(client.list_channels().sort("{}").send().await),
            "filter",
        ),
        (fail(client.list_subscriptions().send().await), "filter"),
        (
            fail(client.list_messages().channel_id("C1").send().await),
            "filter",
        ),
        (
            fail(client.list_messages().filter("{}").send().await),
            "channel_id",
        ),
        (fail(client.get_user().send().await), "user_id"),
        (
            fail(client.send_message().channel_id("C1").send().await),
            "content",
        ),
        (
            fail(client.issue_token().id("guestID4").send().await),
            "expire_day",
        ),
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
        fail(
            client
                .delete_message()
                .channel_id("C1")
                .message_id("")
                .send()
                .await,
        ),
        fail(
            client
                .paginate_messages("", Filter::new())
                .try_collect::<Vec<_>>()
                .await,
        ),
    ];
    for err in &errors {
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        assert_no_secret(err);
    }
    assert_eq!(
        errors[3].to_string(),
        "invalid request: the channel ID must not be empty"
    );
    assert_nothing_sent(&api).await;
}
