use super::*;

/// A one-operation spec whose body property `name` has `extra` keywords.
fn spec_with(extra: serde_json::Value) -> openapiv3::OpenAPI {
    let mut name = serde_json::json!({ "type": "string" });
    name.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    serde_json::from_value(serde_json::json!({
        "openapi": "3.0.3",
        "info": { "title": "t", "version": "1" },
        "paths": { "/v1/api/things": { "post": {
            "operationId": "make_thing",
            "parameters": [
                { "name": "days", "in": "query", "required": true,
                  "schema": { "type": "integer", "minimum": 1, "maximum": 9 } },
                { "name": "opt", "in": "query", "schema": { "type": "string" },
                  "x-json-schema": { "type": "object", "additionalProperties": false,
                    "properties": { "n": { "type": "integer", "format": "int64",
                                           "enum": [1, 2] } } } }
            ],
            "requestBody": { "content": { "application/json": { "schema": {
                "type": "object", "required": ["name"], "properties": { "name": name }
            } } } },
            "responses": { "200": { "description": "ok" } }
        } } }
    }))
    .unwrap()
}

#[test]
fn constraints_the_types_do_not_hold_become_rows() {
    let code =
        constraints_code(&spec_with(serde_json::json!({ "enum": ["a", "b"], "format": "uri" })))
            .unwrap();
    for row in [
        r#"operation: "make_thing", place: Place::Query("days"), steps: &[], rule: Rule::Range { min: Some(1.0), max: Some(9.0) }"#,
        r#"place: Place::Body, steps: &[Step::Key("name")], rule: Rule::Format(Format::Uri)"#,
        r#"place: Place::QueryJson("opt"), steps: &[], rule: Rule::OnlyKeys(&["n"])"#,
        r#"place: Place::QueryJson("opt"), steps: &[Step::Key("n")], rule: Rule::Type(JsonType::Integer)"#,
        r#"place: Place::QueryJson("opt"), steps: &[Step::Key("n")], rule: Rule::Format(Format::Int64)"#,
        r#"place: Place::QueryJson("opt"), steps: &[Step::Key("n")], rule: Rule::OneOf(&["1", "2"])"#,
        r#"        "make_thing" => &CONSTRAINTS[0..7],"#,
    ] {
        assert!(code.contains(row), "missing {row} in:\n{code}");
    }
    // A required parameter or member, a body enum and `type`s are the generated types'.
    assert_eq!(code.matches("Constraint {").count(), 7, "{code}");
}

#[test]
fn a_constraint_nobody_checks_fails_generation() {
    let err = constraints_code(&spec_with(serde_json::json!({ "pattern": "^x$" }))).unwrap_err();
    assert!(err.starts_with("make_thing: body name: `pattern` is not enforced"), "{err}");
    let err = constraints_code(&spec_with(serde_json::json!({ "format": "email" }))).unwrap_err();
    assert!(err.starts_with("make_thing: body name: `format: email` is not enforced"), "{err}");
}
