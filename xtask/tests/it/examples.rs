//! Check 6: every example validates against its schema (OpenAPI 3.0 `nullable` understood).

use crate::common::{assert_problems, at, fixture, operation};

const LIST_USERS: &str = "operation list_users (GET /v1/api/members)";
const MEDIA: &str = "/paths/~1v1~1api~1members/get/responses/200/content/application~1json";

#[test]
fn a_request_body_example() {
    let mut doc = fixture();
    operation(&mut doc, "register_user")["requestBody"]["content"]["application/json"]["example"]
        ["name"] = 5.into();
    assert_problems(
        &doc,
        &[
            r#"operation register_user (POST /v1/api/members) request body example: /name: 5 is not of type "string""#,
        ],
    );
}

#[test]
fn a_named_response_example() {
    let mut doc = fixture();
    *at(&mut doc, &format!("{MEDIA}/examples/old/value/0/id")) = 5.into();
    assert_problems(
        &doc,
        &[&format!(r#"{LIST_USERS} response 200 example 'old': /0/id: 5 is not of type "string""#)],
    );
}

#[test]
fn a_ref_example_is_resolved() {
    let mut doc = fixture();
    *at(&mut doc, "/components/examples/Members/value/0/created_at") = "yesterday".into();
    assert_problems(
        &doc,
        &[&format!(
            r#"{LIST_USERS} response 200 example 'shared' (#/components/examples/Members): /0/created_at: "yesterday" is not a "date-time""#
        )],
    );
}

#[test]
fn a_ref_example_that_does_not_resolve() {
    let mut doc = fixture();
    *at(&mut doc, &format!("{MEDIA}/examples/shared/$ref")) = "#/components/examples/Nope".into();
    assert_problems(
        &doc,
        &[&format!(
            "{LIST_USERS} response 200 example 'shared' (#/components/examples/Nope): \
             $ref '#/components/examples/Nope' does not resolve"
        )],
    );
}

#[test]
fn a_component_response_example() {
    let mut doc = fixture();
    *at(&mut doc, "/components/responses/Ok/content/application~1json/example/status") =
        "one".into();
    assert_problems(
        &doc,
        &[r#"components/responses/Ok example: /status: "one" is not of type "integer""#],
    );
}

#[test]
fn parameter_examples() {
    let mut doc = fixture();
    *at(&mut doc, "/paths/~1v1~1api~1token/post/parameters/0/example") = "abc".into();
    *at(&mut doc, "/paths/~1v1~1api~1token/post/parameters/1/examples/week/value") = 0.into();
    *at(&mut doc, "/components/parameters/Filter/example") = serde_json::json!({});
    assert_problems(
        &doc,
        &[
            r#"components/parameters/Filter example: (root): {} is not of type "string""#,
            r#"operation issue_token (POST /v1/api/token) parameter 'expireDay' example 'week': (root): 0 is less than the minimum of 1"#,
            r#"operation issue_token (POST /v1/api/token) parameter 'userId' example: (root): "abc" is shorter than 4 characters"#,
        ],
    );
}

#[test]
fn a_path_level_parameter_example() {
    let mut doc = fixture();
    *at(&mut doc, "/paths/~1v1~1api~1members~1{userId}/parameters/0/example") = 7.into();
    // A path-level parameter belongs to each operation of the path.
    let expected: Vec<String> = ["get_user (GET", "remove_user (DELETE", "update_user (PUT"]
        .iter()
        .map(|op| {
            format!(
                r#"operation {op} /v1/api/members/{{userId}}) parameter 'userId' example: (root): 7 is not of type "string""#
            )
        })
        .collect();
    let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
    assert_problems(&doc, &expected);
}

#[test]
fn component_schema_examples() {
    let mut doc = fixture();
    *at(&mut doc, "/components/schemas/Member/properties/id/example") = 5.into();
    *at(&mut doc, "/components/schemas/ErrorEnvelope/example") = serde_json::json!({"status": -1});
    assert_problems(
        &doc,
        &[
            r#"schema ErrorEnvelope example: (root): "message" is a required property"#,
            r#"schema Member/properties/id example: (root): 5 is not of type "string""#,
        ],
    );
}

#[test]
fn an_inline_schema_example() {
    let mut doc = fixture();
    *at(&mut doc, &format!("{MEDIA}/schema/items")) =
        serde_json::json!({"type": "object", "required": ["id"], "example": 3});
    assert_problems(
        &doc,
        &[&format!(
            r#"{LIST_USERS} response 200 schema/items example: (root): 3 is not of type "object""#
        )],
    );
}

#[test]
fn null_passes_only_where_nullable() {
    // The fixture has `memo: null` and `device: null` (a nullable enum) in examples: valid.
    let doc = fixture();
    assert_problems(&doc, &[]);

    let mut doc = fixture();
    at(&mut doc, "/components/schemas/Member/properties/memo")
        .as_object_mut()
        .expect("a schema")
        .remove("nullable");
    assert_problems(
        &doc,
        &[
            &format!(
                r#"{LIST_USERS} response 200 example 'old': /0/memo: null is not of type "string""#
            ),
            r#"schema Member/properties/memo example: (root): null is not of type "string""#,
        ],
    );
}

#[test]
fn a_schema_ref_that_does_not_resolve() {
    let mut doc = fixture();
    *at(&mut doc, &format!("{MEDIA}/schema/items/$ref")) = "#/components/schemas/Nope".into();
    let lines: Vec<String> =
        xtask::check_document(&doc).problems.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].starts_with(&format!("{LIST_USERS} response 200: schema does not compile: ")),
        "{lines:#?}"
    );
}
