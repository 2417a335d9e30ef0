use serde_json::json;

use super::*;

fn request(method: &str, url: &str, body: Option<serde_json::Value>) -> reqwest::Request {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    // `reqwest::Client::new()` needs the crypto provider the crate installs (`tls.rs`); without
    // this, these tests passed only when another test had installed it first.
    crate::tls::install_crypto_provider();
    let mut builder = reqwest::Client::new().request(method, url);
    if let Some(body) = body {
        builder = builder.json(&body);
    }
    builder.build().unwrap()
}

fn get(operation: &str, url: &str) -> Result<(), String> {
    check(operation, "", &request("GET", url, None))
}

/// `option`, `sort`, `filter` as the generated code encodes them.
fn list_url(path: &str, pairs: &[(&str, &str)]) -> String {
    let mut url = reqwest::Url::parse("http://localhost").unwrap().join(path).unwrap();
    url.query_pairs_mut().extend_pairs(pairs);
    url.to_string()
}

#[test]
fn the_spec_readme_lists_exactly_the_checked_rules() {
    // Read at run time: spec/README.md is not part of the published package.
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/spec/README.md"))
        .expect("spec/README.md is in the repository");
    let (start, end) =
        ("<!-- checked-before-sending:start -->", "<!-- checked-before-sending:end -->");
    let listed = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(list, _)| list)
        .expect("spec/README.md has the checked-before-sending markers");
    let listed: Vec<&str> = listed.lines().filter(|l| l.starts_with("- ")).collect();
    let table: Vec<String> =
        CONSTRAINTS.iter().map(|c| format!("- {}: {}", c.operation, c.text)).collect();
    assert_eq!(
        listed,
        table,
        "spec/README.md's list differs from the generated table; the table says:\n{}",
        table.join("\n")
    );
}

#[test]
fn each_operation_looks_up_exactly_its_rows() {
    let mut looked_up = 0;
    let mut operations: Vec<&str> = CONSTRAINTS.iter().map(|c| c.operation).collect();
    operations.dedup();
    for operation in operations {
        let rows = table::constraints_of(operation);
        let scanned: Vec<&Constraint> =
            CONSTRAINTS.iter().filter(|c| c.operation == operation).collect();
        assert_eq!(rows.iter().collect::<Vec<_>>(), scanned, "{operation}");
        looked_up += rows.len();
    }
    assert_eq!(looked_up, CONSTRAINTS.len());
    assert!(table::constraints_of("get_user").is_empty());
}

#[test]
fn the_table_holds_what_the_types_do_not() {
    let has = |operation: &str, rule: Rule| {
        CONSTRAINTS.iter().any(|c| c.operation == operation && c.rule == rule)
    };
    let range = |min, max| Rule::Range { min, max };
    assert!(has("issue_token", range(Some(1.0), Some(90.0))));
    for list in ["list_users", "list_channels", "list_subscriptions"] {
        assert!(has(list, Rule::OnlyKeys(&["count", "offset", "per_page"])), "{list}");
    }
    assert!(has("list_messages", Rule::OnlyKeys(&["offset", "per_page"])));
    for list in ["list_users", "list_channels", "list_subscriptions", "list_messages"] {
        assert!(has(list, range(Some(1.0), Some(100.0))), "{list}");
        assert!(has(list, range(Some(0.0), None)), "{list}");
    }
    for operation in ["create_channel", "update_channel"] {
        assert!(has(operation, Rule::Format(Format::Uri)), "{operation}");
    }
    // What the generated builders and types hold has no row: required parameters and members,
    // body enums, and types outside JSON-in-query values.
    for c in CONSTRAINTS {
        let json = matches!(c.place, Place::QueryJson(_));
        assert!(
            json || !matches!(c.rule, Rule::Required(_) | Rule::OneOf(_) | Rule::Type(_)),
            "{}: {}",
            c.operation,
            c.text
        );
    }
}

#[test]
fn query_ranges() {
    let token = |days: &str| {
        check(
            "issue_token",
            "",
            &request("POST", &format!("http://x/v1/api/token?id=a%40b.c&expireDay={days}"), None),
        )
    };
    assert_eq!(token("1"), Ok(()));
    assert_eq!(token("90"), Ok(()));
    assert_eq!(
        token("91"),
        Err("issue_token: query parameter `expireDay` must be from 1 to 90, got 91".into())
    );
    assert_eq!(
        token("0"),
        Err("issue_token: query parameter `expireDay` must be from 1 to 90, got 0".into())
    );
}

#[test]
fn json_in_query_options() {
    let list = |option: &str| {
        get("list_users", &list_url("/v1/api/members", &[("filter", "{}"), ("option", option)]))
    };
    assert_eq!(list(r#"{"offset":0,"per_page":100,"count":true}"#), Ok(()));
    assert_eq!(list(r#"{"per_page":null}"#), Ok(()), "null is left to the service");
    assert_eq!(
        list(r#"{"per_page":101}"#),
        Err("list_users: `option.per_page` must be from 1 to 100, got 101".into())
    );
    assert_eq!(
        list(r#"{"offset":-1}"#),
        Err("list_users: `option.offset` must be at least 0, got -1".into())
    );
    assert_eq!(
        list(r#"{"per_page":"20"}"#),
        Err(r#"list_users: `option.per_page` must be an integer, got "20""#.into())
    );
    assert_eq!(
        list(r#"{"count":1}"#),
        Err("list_users: `option.count` must be a boolean, got 1".into())
    );
    assert_eq!(
        list(r#"{"perPage":5}"#),
        Err("list_users: `option` may have only `count`, `offset`, `per_page`, got `perPage`"
            .into())
    );
    assert_eq!(
        list(r#"{"offset":1e20}"#),
        Err("list_users: `option.offset` must fit in 64 bits, got 1e+20".into())
    );
    assert_eq!(
        get(
            "list_messages",
            &list_url("/v1/api/messages/C1", &[("filter", "{}"), ("option", r#"{"count":true}"#)]),
        ),
        Err("list_messages: `option` may have only `offset`, `per_page`, got `count`".into())
    );
    assert_eq!(
        check_json_parameter("list_messages", "option", r#"{"per_page":0}"#),
        Err("`option.per_page` must be from 1 to 100, got 0".into())
    );
    assert_eq!(list("[]"), Err("list_users: `option` must be a JSON object, got []".into()));
    assert!(
        list("{per_page:1}")
            .is_err_and(|e| e.starts_with("list_users: query parameter `option` must be JSON")),
    );
}

#[test]
fn json_in_query_sort_and_filter() {
    let list =
        |pairs: &[(&str, &str)]| get("list_messages", &list_url("/v1/api/messages/C1", pairs));
    for sort in [r#"{"created_at":"-1"}"#, r#"{"created_at":-1}"#, r#"{"name":1}"#, r#"{"a":1.0}"#]
    {
        assert_eq!(list(&[("filter", "{}"), ("sort", sort)]), Ok(()), "{sort}");
    }
    assert_eq!(
        list(&[("filter", "{}"), ("sort", r#"{"created_at":"desc"}"#)]),
        Err(r#"list_messages: `sort.*` must be one of "1", "-1", 1, -1, got "desc""#.into())
    );
    for number in ["2", "0", "-1.5"] {
        assert_eq!(
            list(&[("filter", "{}"), ("sort", &format!(r#"{{"created_at":{number}}}"#))]),
            Err(format!(
                r#"list_messages: `sort.*` must be one of "1", "-1", 1, -1, got {number}"#
            ))
        );
    }
    assert_eq!(
        list(&[("filter", "{}"), ("sort", "{}")]),
        Err("list_messages: `sort` must have at least 1 member(s), got {}".into())
    );
    assert_eq!(
        list(&[("filter", r#""x""#)]),
        Err(r#"list_messages: `filter` must be a JSON object, got "x""#.into())
    );
}

#[test]
fn bodies() {
    let post = |operation: &str, body: serde_json::Value| {
        let path = match operation {
            "create_channel" => "/v1/api/channels",
            _ => "/v1/api/channels/c1",
        };
        check(operation, "", &request("POST", &format!("http://x{path}"), Some(body)))
    };
    for url in ["https://example.com/a.png", "http://h:8080/p?q#f", "data:image/png;base64,AA"] {
        let body = json!({ "name": "n", "type": "PUBLIC", "imageUrl": url, "linkUrl": url });
        assert_eq!(post("create_channel", body), Ok(()), "{url}");
    }
    assert_eq!(post("create_channel", json!({ "imageUrl": null })), Ok(()));
    for url in ["example.com", "/a.png", "1http://x", "https://a b", ""] {
        assert_eq!(
            post("create_channel", json!({ "name": "n", "imageUrl": url })),
            Err(format!(
                "create_channel: body `imageUrl` must be an absolute URI, got {}",
                json!(url)
            ))
        );
    }
    assert_eq!(
        post("update_channel", json!({ "linkUrl": "example.com" })),
        Err(r#"update_channel: body `linkUrl` must be an absolute URI, got "example.com""#.into())
    );
}

#[test]
fn operations_without_constraints_pass_and_long_values_are_bounded() {
    assert_eq!(get("get_user", "http://x/v1/api/members/u"), Ok(()));
    let long = format!(r#"{{"a":"{}"}}"#, "x".repeat(10_000));
    let err = get("list_users", &list_url("/v1/api/members", &[("filter", "{}"), ("sort", &long)]))
        .unwrap_err();
    assert!(err.len() < 200, "{err}");
}

#[test]
fn path_templates_come_from_the_spec() {
    assert_eq!(path_template("get_user"), "/v1/api/members/{userId}");
    assert_eq!(path_template("list_messages"), "/v1/api/messages/{channelId}");
    assert_eq!(path_template("issue_token"), "/v1/api/token");
    assert_eq!(path_template("no_such_operation"), "<unknown operation>");
    assert_eq!(operations::OPERATIONS.len(), 23);
    // The generated `match` and the table agree on every operation.
    for (id, _, template) in operations::OPERATIONS {
        assert_eq!(path_template(id), *template, "{id}");
    }
}

#[test]
fn paths_must_keep_their_template_shape() {
    #[rustfmt::skip]
    let cases = [
        ("get_user", "", "/v1/api/members/u1", true),
        ("get_user", "", "/v1/api/members/a%2Fb", true),
        ("get_user", "", "/v1/api/members/a.b", true),
        ("get_user", "/prefix", "/prefix/v1/api/members/u1", true),
        ("get_message", "", "/v1/api/messages/c1/m1", true),
        ("list_users", "", "/v1/api/members", true),
        // What the URL parser makes of `.`, `..` and `\` in an ID.
        ("get_user", "", "/v1/api/members/", false),
        ("get_user", "", "/v1/api/", false),
        ("get_user", "", "/v1/api/members/a/b", false),
        ("get_message", "", "/v1/api/messages/m1", false),
        ("get_user", "/prefix", "/v1/api/members/u1", false),
        ("get_user", "", "/v1/api/members/u1/", false),
        ("get_user", "", "/v1/api/channels/u1", false),
        // Not in the table: not checked.
        ("no_such_operation", "", "/anything", true),
    ];
    for (operation, base, path, ok) in cases {
        assert_eq!(check_path(operation, base, path).is_ok(), ok, "{operation} {base:?} {path}");
    }
}

#[test]
fn rules_no_row_uses_yet_work_as_the_generator_emits_them() {
    // The spec has no `required` inside a JSON-in-query schema and no constrained array
    // items today, but the generator emits such rows (`Rule::Required`, a `[*]` step) the day
    // it does: a rule then applies to each item, `null` items are left alone, and a missing
    // member is reported as missing.
    let each_item = Constraint {
        operation: "test",
        place: Place::Body,
        steps: &[Step::Key("ids"), Step::EachItem],
        rule: Rule::Type(JsonType::String),
        text: "body `ids[*]` must be a string",
    };
    assert_eq!(check_values(&each_item, &json!({ "ids": ["a", null, "b"] })), Ok(()));
    assert_eq!(
        check_rows(&[each_item], &json!({ "ids": ["a", 2] })),
        Err("body `ids[*]` must be a string, got 2".into())
    );
    let required = Constraint {
        operation: "test",
        place: Place::QueryJson("option"),
        steps: &[],
        rule: Rule::Required("per_page"),
        text: "`option.per_page` is required",
    };
    assert_eq!(check_values(&required, &json!({ "per_page": 1 })), Ok(()));
    assert_eq!(
        check_rows(&[required], &json!({ "offset": 1 })),
        Err("`option.per_page` is required, but it is missing".into())
    );
}
