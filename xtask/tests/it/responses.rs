//! Check 4: one JSON 2xx response, '4XX'/'5XX' on the shared ErrorEnvelope schema, no `default`.

use serde_json::Value;

use crate::common::{assert_problems, at, fixture, operation, yaml};

const LIST_USERS: &str = "operation list_users (GET /v1/api/members)";
const GET_USER: &str = "operation get_user (GET /v1/api/members/{userId})";

fn responses<'a>(doc: &'a mut Value, id: &str) -> &'a mut serde_json::Map<String, Value> {
    operation(doc, id)["responses"].as_object_mut().expect("responses is an object")
}

#[test]
fn a_2xx_response_without_json_schema() {
    let mut doc = fixture();
    responses(&mut doc, "list_users")["200"] = yaml("{description: users}");
    assert_problems(&doc, &[&format!("{LIST_USERS}: response 200 has no application/json schema")]);
}

#[test]
fn two_2xx_responses() {
    let mut doc = fixture();
    responses(&mut doc, "get_user")
        .insert("201".to_owned(), yaml("{$ref: '#/components/responses/Ok'}"));
    assert_problems(
        &doc,
        &[&format!("{GET_USER}: 2 success responses (200, 201), expected exactly one")],
    );
}

#[test]
fn a_success_object_that_requires_nothing() {
    // `{}` and an error envelope would decode as this success in every generated client.
    let mut doc = fixture();
    *at(&mut doc, "/components/schemas/Ok/required") = yaml("[]");
    *at(&mut doc, "/components/schemas/Member") =
        yaml("{type: object, properties: {id: {type: string}}}");
    let ok = "success schema #/components/schemas/Ok requires no property, so `{}` or an error \
              envelope would decode as success";
    let member = "success schema #/components/schemas/Member requires no property, so `{}` or \
                  an error envelope would decode as success";
    let lines: Vec<String> =
        xtask::check_document(&doc).problems.iter().map(ToString::to_string).collect();
    // Found through a `$ref`'d response (Ok) and through array items (Member in list_users).
    assert!(lines.contains(&format!("{GET_USER}: {ok}")), "{lines:#?}");
    assert!(lines.contains(&format!("{LIST_USERS}: {member}")), "{lines:#?}");
}

#[test]
fn no_2xx_response() {
    let mut doc = fixture();
    responses(&mut doc, "get_user").remove("200");
    assert_problems(&doc, &[&format!("{GET_USER}: no 2xx response")]);
}

#[test]
fn a_4xx_response_on_another_schema() {
    let mut doc = fixture();
    doc["components"]["schemas"]["OtherError"] = yaml("{type: object}");
    responses(&mut doc, "list_users")["4XX"] = yaml(
        "{description: e, content: {application/json: {schema: {$ref: '#/components/schemas/OtherError'}}}}",
    );
    assert_problems(
        &doc,
        &[&format!(
            "{LIST_USERS}: response 4XX schema is #/components/schemas/OtherError, expected #/components/schemas/ErrorEnvelope"
        )],
    );
}

#[test]
fn a_5xx_response_with_an_inline_schema() {
    let mut doc = fixture();
    responses(&mut doc, "list_users")["5XX"] =
        yaml("{description: e, content: {application/json: {schema: {type: object}}}}");
    assert_problems(
        &doc,
        &[&format!(
            "{LIST_USERS}: response 5XX schema is inline, expected $ref #/components/schemas/ErrorEnvelope"
        )],
    );
}

#[test]
fn the_shared_error_response_on_another_schema_fails_every_operation() {
    let mut doc = fixture();
    doc["components"]["schemas"]["OtherError"] = yaml("{type: object}");
    *at(&mut doc, "/components/responses/Error/content/application~1json/schema") =
        yaml("{$ref: '#/components/schemas/OtherError'}");
    let report = xtask::check_document(&doc);
    // Both ranges of all 23 operations.
    assert_eq!(report.problems.len(), 46, "{:#?}", report.problems);
    assert_eq!(
        report.problems[0].to_string(),
        "operation accept_friend (POST /v1/api/friendship/accept): response 4XX schema is \
         #/components/schemas/OtherError, expected #/components/schemas/ErrorEnvelope"
    );
}

#[test]
fn a_missing_4xx_response() {
    let mut doc = fixture();
    responses(&mut doc, "get_user").remove("4XX");
    assert_problems(&doc, &[&format!("{GET_USER}: no '4XX' response")]);
}

#[test]
fn a_default_response() {
    let mut doc = fixture();
    responses(&mut doc, "get_user")
        .insert("default".to_owned(), yaml("{$ref: '#/components/responses/Error'}"));
    assert_problems(
        &doc,
        &[&format!("{GET_USER}: response 'default' is not allowed (use '4XX' and '5XX')")],
    );
}

#[test]
fn a_response_ref_that_does_not_resolve() {
    let mut doc = fixture();
    responses(&mut doc, "get_user")["200"] = yaml("{$ref: '#/components/responses/Nope'}");
    assert_problems(
        &doc,
        &[&format!("{GET_USER}: response 200 $ref '#/components/responses/Nope' does not resolve")],
    );
}

#[test]
fn the_error_schema_must_exist() {
    let mut doc = fixture();
    doc["components"]["schemas"]
        .as_object_mut()
        .expect("schemas is an object")
        .remove("ErrorEnvelope");
    let lines: Vec<String> =
        xtask::check_document(&doc).problems.iter().map(ToString::to_string).collect();
    assert!(
        lines.contains(
            &"schema ErrorEnvelope: missing (every '4XX' and '5XX' response must use it)"
                .to_owned()
        ),
        "{lines:#?}"
    );
}
