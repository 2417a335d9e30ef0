//! Checks 2 and 3: the operation table and operationIds.

use crate::common::{assert_problems, at, fixture, operation, yaml};

#[test]
fn a_missing_operation() {
    let mut doc = fixture();
    at(&mut doc, "/paths/~1v1~1api~1channels~1{channelId}")
        .as_object_mut()
        .expect("a path item")
        .remove("delete");
    assert_problems(
        &doc,
        &["operation delete_channel (DELETE /v1/api/channels/{channelId}): missing"],
    );
}

#[test]
fn an_extra_operation() {
    let mut doc = fixture();
    doc["paths"]["/v1/api/extra"] = yaml(
        "get: {operationId: extra_op, responses: {'200': {$ref: '#/components/responses/Ok'}, \
         '4XX': {$ref: '#/components/responses/Error'}, '5XX': {$ref: '#/components/responses/Error'}}}",
    );
    assert_problems(&doc, &["operation extra_op (GET /v1/api/extra): not in the expected table"]);
}

#[test]
fn a_wrong_method() {
    let mut doc = fixture();
    let item = at(&mut doc, "/paths/~1v1~1api~1subscriptions");
    let get = item["get"].take();
    *item = yaml("{}");
    item["post"] = get;
    assert_problems(
        &doc,
        &[
            "operation list_subscriptions (POST /v1/api/subscriptions): expected at GET /v1/api/subscriptions",
        ],
    );
}

#[test]
fn a_wrong_path() {
    let mut doc = fixture();
    let paths = doc["paths"].as_object_mut().expect("paths is an object");
    let item = paths.remove("/v1/api/token").expect("the token path");
    paths.insert("/v1/api/tokens".to_owned(), item);
    assert_problems(
        &doc,
        &["operation issue_token (POST /v1/api/tokens): expected at POST /v1/api/token"],
    );
}

#[test]
fn an_operation_without_id() {
    let mut doc = fixture();
    operation(&mut doc, "list_subscriptions")
        .as_object_mut()
        .expect("an operation")
        .remove("operationId");
    assert_problems(
        &doc,
        &[
            "operation GET /v1/api/subscriptions: no operationId",
            "operation list_subscriptions (GET /v1/api/subscriptions): missing",
        ],
    );
}

#[test]
fn a_duplicate_operation_id() {
    let mut doc = fixture();
    operation(&mut doc, "list_channels")["operationId"] = "get_channel".into();
    assert_problems(
        &doc,
        &[
            "operation get_channel (GET /v1/api/channels): expected at GET /v1/api/channels/{channelId}",
            "operation get_channel (GET /v1/api/channels): operationId is not unique (also used by GET /v1/api/channels/{channelId})",
            "operation get_channel (GET /v1/api/channels/{channelId}): operationId is not unique (also used by GET /v1/api/channels)",
            "operation list_channels (GET /v1/api/channels): missing",
        ],
    );
}

#[test]
fn a_non_snake_case_operation_id() {
    let mut doc = fixture();
    operation(&mut doc, "list_users")["operationId"] = "listUsers".into();
    assert_problems(
        &doc,
        &[
            "operation listUsers (GET /v1/api/members): not in the expected table",
            "operation listUsers (GET /v1/api/members): operationId is not snake_case",
            "operation list_users (GET /v1/api/members): missing",
        ],
    );
}
