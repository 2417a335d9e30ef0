//! The list query parameters on real lists: filter, sort, paging, count, malformed input.

use serde_json::{Value, json};

use crate::common::{Api, emulator_error, ids};

/// Users u001..u005 with names e,d,c,b,a; u002 and u004 withdrawn.
async fn users(api: &Api) {
    for (i, name) in ["e", "d", "c", "b", "a"].iter().enumerate() {
        api.user(&format!("u00{}", i + 1), name).await;
    }
    api.delete("/v1/api/members/u002").await;
    api.delete("/v1/api/members/u004").await;
}

async fn user_ids(
    api: &Api,
    filter: &str,
    sort: Option<&str>,
    option: Option<&str>,
) -> Vec<String> {
    let (status, body) = api.list("/v1/api/members", filter, sort, option).await;
    assert_eq!(status, 200, "{body}");
    ids(&body).into_iter().map(str::to_owned).collect()
}

#[tokio::test]
async fn filters() {
    let api = Api::start().await;
    users(&api).await;
    let cases: [(&str, &[&str]); 7] = [
        ("{}", &["u001", "u002", "u003", "u004", "u005"]),
        (r#"{"id":"u003"}"#, &["u003"]),
        (r#"{"name":"a"}"#, &["u005"]),
        (r#"{"deleted":true}"#, &["u002", "u004"]),
        (r#"{"deleted":false,"online":false}"#, &["u001", "u003", "u005"]),
        (r#"{"notifications.push":null,"member_id":"u001"}"#, &["u001"]),
        (r#"{"name":"A"}"#, &[]),
    ];
    for (filter, want) in cases {
        assert_eq!(user_ids(&api, filter, None, None).await, want, "{filter}");
    }
    let channels = Api::start().await;
    channels.channel(json!({ "name": "x", "type": "PUBLIC", "disabled": true })).await;
    let open = channels.channel(json!({ "name": "y", "type": "PRIVATE", "members": ["m1"] })).await;
    for filter in [
        r#"{"disabled":false}"#,
        r#"{"type":"PRIVATE"}"#,
        r#"{"members":"m1"}"#,
        r#"{"user.id":"admin","name":"y"}"#,
    ] {
        let (_, body) = channels.list("/v1/api/channels", filter, None, None).await;
        assert_eq!(ids(&body), [open["id"].as_str().expect("id")], "{filter}");
    }
}

#[tokio::test]
async fn sorting() {
    let api = Api::start().await;
    users(&api).await;
    let cases: [(&str, &[&str]); 7] = [
        (r#"{"name":"1"}"#, &["u005", "u004", "u003", "u002", "u001"]),
        (r#"{"name":"-1"}"#, &["u001", "u002", "u003", "u004", "u005"]),
        (r#"{"name":1}"#, &["u005", "u004", "u003", "u002", "u001"]),
        (r#"{"created_at":"-1"}"#, &["u005", "u004", "u003", "u002", "u001"]),
        (r#"{"createdAt":"-1"}"#, &["u005", "u004", "u003", "u002", "u001"]),
        (r#"{"createdAt":"1"}"#, &["u001", "u002", "u003", "u004", "u005"]),
        (r#"{"deleted":"-1","id":"1"}"#, &["u002", "u004", "u001", "u003", "u005"]),
    ];
    for (sort, want) in cases {
        assert_eq!(user_ids(&api, "{}", Some(sort), None).await, want, "{sort}");
    }
}

#[tokio::test]
async fn paging_and_count() {
    let api = Api::start().await;
    for i in 0..25 {
        api.channel(json!({ "name": format!("c{i:02}"), "type": if i % 2 == 0 { "PUBLIC" } else { "PRIVATE" } })).await;
    }
    let names = |body: &Value| -> Vec<String> {
        body.as_array()
            .expect("array")
            .iter()
            .map(|c| c["name"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    let (_, first) = api.list("/v1/api/channels", "{}", None, None).await;
    assert_eq!(
        names(&first),
        (0..20).map(|i| format!("c{i:02}")).collect::<Vec<_>>(),
        "default page is 20"
    );
    // Walk the pages of 7, computing each expected page from offset and per_page.
    for offset in (0..28).step_by(7) {
        let option = json!({ "offset": offset, "per_page": 7 }).to_string();
        let (_, page) =
            api.list("/v1/api/channels", "{}", Some(r#"{"createdAt":"-1"}"#), Some(&option)).await;
        let want: Vec<String> =
            (0..25).rev().skip(offset).take(7).map(|i| format!("c{i:02}")).collect();
        assert_eq!(names(&page), want, "offset {offset}");
    }
    let (_, all) = api.list("/v1/api/channels", "{}", None, Some(r#"{"per_page":100}"#)).await;
    assert_eq!(all.as_array().map(Vec::len), Some(25));
    let count = api
        .list(
            "/v1/api/channels",
            r#"{"type":"PUBLIC"}"#,
            None,
            Some(r#"{"count":true,"offset":5,"per_page":1}"#),
        )
        .await;
    assert_eq!(count, (200, json!({ "count": 13 })));
    assert_eq!(
        api.list("/v1/api/members", "{}", None, Some(r#"{"count":true}"#)).await,
        (200, json!({ "count": 0 }))
    );
    let (_, not_count) =
        api.list("/v1/api/channels", "{}", None, Some(r#"{"count":false,"per_page":1}"#)).await;
    assert_eq!(not_count.as_array().map(Vec::len), Some(1));
}

/// `filter`, `sort`, `option` (each optional) and the expected error body.
type Case = (Option<&'static str>, Option<&'static str>, Option<&'static str>, Value);

#[tokio::test]
async fn malformed_queries() {
    let api = Api::start().await;
    let per_page = |got: &str| {
        emulator_error(&format!("`option.per_page` must be an integer from 1 to 100, got {got}"))
    };
    let cases: [Case; 8] = [
        (
            None,
            None,
            None,
            emulator_error(
                "the `filter` query parameter is required (send {} to match everything)",
            ),
        ),
        (
            Some("[1]"),
            None,
            None,
            emulator_error(
                "`filter` must be a JSON object: invalid type: sequence, expected a JSON object at line 1 column 0",
            ),
        ),
        (
            Some("{"),
            None,
            None,
            emulator_error(
                "`filter` must be a JSON object: EOF while parsing an object at line 1 column 1",
            ),
        ),
        (
            Some("{}"),
            Some(r#"{"name":"up"}"#),
            None,
            emulator_error(r#"`sort` direction for `name` must be "1" or "-1", got "up""#),
        ),
        (Some("{}"), None, Some(r#"{"per_page":0}"#), per_page("0")),
        (Some("{}"), None, Some(r#"{"per_page":101}"#), per_page("101")),
        (
            Some("{}"),
            None,
            Some(r#"{"offset":-1}"#),
            emulator_error("`option.offset` must be an integer ≥ 0, got -1"),
        ),
        (
            Some("{}"),
            None,
            Some(r#"{"page":2}"#),
            emulator_error("unknown `option` key `page` (expected offset, per_page, count)"),
        ),
    ];
    for path in ["/v1/api/members", "/v1/api/channels", "/v1/api/subscriptions"] {
        for (filter, sort, option, expected) in &cases {
            let mut query: Vec<(&str, &str)> = Vec::new();
            query.extend(filter.map(|f| ("filter", f)));
            query.extend(sort.map(|s| ("sort", s)));
            query.extend(option.map(|o| ("option", o)));
            let answer =
                crate::common::answer(api.request(reqwest::Method::GET, path).query(&query)).await;
            assert_eq!(answer, (400, expected.clone()), "{path} {query:?}");
        }
    }
}
