use serde_json::{Value, json};

use super::*;
use crate::error::Error;

#[test]
fn filters_serialize_in_insertion_order() {
    let cases: &[(Filter, &str)] = &[
        (Filter::new(), "{}"),
        (
            Filter::new().eq("sender.name", "x").eq("online", true),
            r#"{"sender.name":"x","online":true}"#,
        ),
        (Filter::new().eq("b", 1).eq("a", 2), r#"{"b":1,"a":2}"#),
        // Same path twice: the last value wins, in the first position.
        (Filter::new().eq("a", 1).eq("b", 2).eq("a", 3), r#"{"a":3,"b":2}"#),
        (Filter::new().eq("disabled", false).eq("state", "1"), r#"{"disabled":false,"state":"1"}"#),
        (Filter::new().eq("members", json!(["u1", "u2"])), r#"{"members":["u1","u2"]}"#),
        (Filter::new().eq("memo", Value::Null), r#"{"memo":null}"#),
        // Keys and values are escaped as JSON.
        (Filter::new().eq("we\"ird", "line\nbreak"), r#"{"we\"ird":"line\nbreak"}"#),
    ];
    for (filter, expected) in cases {
        assert_eq!(filter.to_json(), *expected);
        assert_eq!(String::from(filter), *expected);
        assert_eq!(filter.to_string(), *expected);
        // `Serialize` agrees with the hand-written text.
        let via_serde: Value = serde_json::to_value(filter).unwrap();
        assert_eq!(via_serde, serde_json::from_str::<Value>(expected).unwrap());
    }
    assert!(Filter::new().is_empty());
    assert!(!Filter::new().eq("a", 1).is_empty());
}

#[test]
fn sorts_serialize_with_string_directions() {
    let cases: &[(Sort, &str)] = &[
        (Sort::descending("created_at"), r#"{"created_at":"-1"}"#),
        (Sort::ascending("name"), r#"{"name":"1"}"#),
        (Sort::new("createdAt", SortDirection::Descending), r#"{"createdAt":"-1"}"#),
    ];
    for (sort, expected) in cases {
        assert_eq!(String::from(sort), *expected);
        assert_eq!(serde_json::to_string(sort).unwrap(), *expected);
    }
    assert_eq!(serde_json::to_string(&SortDirection::Ascending).unwrap(), r#""1""#);
    assert_eq!(
        serde_json::from_str::<SortDirection>(r#""-1""#).unwrap(),
        SortDirection::Descending
    );
}

#[test]
fn sorts_serialize_with_numeric_directions_on_request() {
    let cases: &[(Sort, &str)] = &[
        (Sort::descending("created_at").numeric(), r#"{"created_at":-1}"#),
        (Sort::ascending("name").numeric(), r#"{"name":1}"#),
    ];
    for (sort, expected) in cases {
        assert_eq!(String::from(sort), *expected);
        assert_eq!(serde_json::to_string(sort).unwrap(), *expected);
    }
}

#[test]
fn directions_decode_from_both_forms_and_nothing_else() {
    for (text, expected) in [
        (r#""1""#, SortDirection::Ascending),
        ("1", SortDirection::Ascending),
        (r#""-1""#, SortDirection::Descending),
        ("-1", SortDirection::Descending),
    ] {
        assert_eq!(serde_json::from_str::<SortDirection>(text).unwrap(), expected);
    }
    for bad in [r#""asc""#, "0", "2", "-1.5", "null", r#""01""#] {
        let err = serde_json::from_str::<SortDirection>(bad).expect_err(bad);
        assert!(err.to_string().contains("sort direction"), "{bad}: {err}");
    }
}

#[test]
fn options_serialize_only_what_is_set() {
    let cases: &[(ListOption, &str)] = &[
        (ListOption::new(), "{}"),
        (ListOption::new().offset(0).per_page(20), r#"{"offset":0,"per_page":20}"#),
        (ListOption::new().per_page(20).offset(40), r#"{"offset":40,"per_page":20}"#),
        (ListOption::new().count(true), r#"{"count":true}"#),
        (
            ListOption::new().offset(1).per_page(1).count(false),
            r#"{"offset":1,"per_page":1,"count":false}"#,
        ),
        (ListOption::new().per_page(100), r#"{"per_page":100}"#),
    ];
    for (option, expected) in cases {
        assert_eq!(option.to_json().unwrap(), *expected);
        assert_eq!(serde_json::to_string(option).unwrap(), *expected);
    }
    let message = MessageListOption::new().offset(20).per_page(20);
    assert_eq!(message.to_json().unwrap(), r#"{"offset":20,"per_page":20}"#);
    assert_eq!(serde_json::to_string(&message).unwrap(), r#"{"offset":20,"per_page":20}"#);
    assert_eq!(MessageListOption::new().to_json().unwrap(), "{}");
}

#[test]
fn per_page_is_validated_by_to_json() {
    for (per_page, ok) in
        [(0, false), (1, true), (50, true), (100, true), (101, false), (u32::MAX, false)]
    {
        let list = ListOption::new().per_page(per_page).to_json();
        let message = MessageListOption::new().per_page(per_page).to_json();
        assert_eq!(list.is_ok(), ok, "ListOption per_page {per_page}");
        assert_eq!(message.is_ok(), ok, "MessageListOption per_page {per_page}");
        if !ok {
            let expected = format!("`option.per_page` must be from 1 to 100, got {per_page}");
            for error in [list.unwrap_err(), message.unwrap_err()] {
                match error {
                    Error::InvalidRequest(text) => assert_eq!(text, expected),
                    other => panic!("expected InvalidRequest, got {other:?}"),
                }
            }
        }
    }
}

// --- The types' schemas against the spec's component schemas. ---

fn spec() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/spec/ncloud-chat.yaml"))
            .expect("the spec is part of the package");
    serde_yaml_ng::from_str(&text).expect("the spec is valid YAML")
}

/// The keywords that constrain JSON values (types without `null`, which only says the field
/// may be omitted; bounds; enums; properties; required), with `$ref`s resolved. Descriptions,
/// formats and examples are documentation and are left out.
fn shape(schema: &Value, root: &Value) -> Value {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let path = reference.trim_start_matches('#');
        let target = root.pointer(path).unwrap_or_else(|| panic!("dangling $ref {reference}"));
        return shape(target, root);
    }
    let Some(object) = schema.as_object() else {
        return schema.clone(); // `true` / `false` schemas
    };
    let mut out = serde_json::Map::new();
    if let Some(types) = object.get("type") {
        let mut names: Vec<&str> = match types {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => panic!("odd type {types}"),
        };
        names.retain(|t| *t != "null");
        out.insert("type".into(), json!(names));
    }
    for bound in ["minimum", "maximum", "minProperties"] {
        if let Some(n) = object.get(bound).and_then(Value::as_f64) {
            out.insert(bound.into(), json!(n));
        }
    }
    if let Some(values) = object.get("enum") {
        out.insert("enum".into(), values.clone());
    }
    if let Some(alternatives) = object.get("oneOf").and_then(Value::as_array) {
        let shaped: Vec<Value> = alternatives.iter().map(|s| shape(s, root)).collect();
        out.insert("oneOf".into(), Value::Array(shaped));
    }
    if let Some(properties) = object.get("properties").and_then(Value::as_object) {
        let shaped: serde_json::Map<_, _> =
            properties.iter().map(|(name, s)| (name.clone(), shape(s, root))).collect();
        out.insert("properties".into(), Value::Object(shaped));
    }
    if let Some(additional) = object.get("additionalProperties") {
        out.insert("additionalProperties".into(), shape(additional, root));
    }
    let mut required: Vec<&str> = object
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    required.sort_unstable();
    out.insert("required".into(), json!(required));
    Value::Object(out)
}

fn ours<T: JsonSchema>() -> Value {
    let root = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    shape(&root, &root)
}

fn theirs(name: &str) -> Value {
    let spec = spec();
    let schema = spec
        .pointer(&format!("/components/schemas/{name}"))
        .unwrap_or_else(|| panic!("no {name} in the spec"));
    shape(schema, &spec)
}

#[test]
fn schemas_match_the_spec() {
    for (name, mine) in [
        ("Filter", ours::<Filter>()),
        ("Sort", ours::<Sort>()),
        ("SortDirection", ours::<SortDirection>()),
        ("ListOption", ours::<ListOption>()),
        ("MessageListOption", ours::<MessageListOption>()),
    ] {
        assert_eq!(mine, theirs(name), "schema of {name} differs from the spec's");
    }
}

#[test]
fn schemas_are_named_as_in_the_spec() {
    // The names become the titles and `definitions` keys of generated schemas.
    let titled = |root: schemars::schema::RootSchema| root.schema.metadata.and_then(|m| m.title);
    assert_eq!(titled(schemars::schema_for!(Filter)).as_deref(), Some("Filter"));
    assert_eq!(titled(schemars::schema_for!(SortDirection)).as_deref(), Some("SortDirection"));
    let sort = schemars::schema_for!(Sort);
    assert_eq!(sort.definitions.keys().collect::<Vec<_>>(), ["SortDirection"]);
    let sort = serde_json::to_value(sort).unwrap();
    assert_eq!(sort["title"], "Sort");
    assert_eq!(sort["additionalProperties"]["$ref"], "#/definitions/SortDirection");
}

#[test]
fn the_comparison_sees_what_matters() {
    // Guards the guard: the shapes carry the bounds and the enum, not just names.
    let option = theirs("ListOption");
    assert_eq!(option.pointer("/properties/per_page/maximum"), Some(&json!(100.0)));
    assert_eq!(option.pointer("/properties/per_page/minimum"), Some(&json!(1.0)));
    assert_eq!(option.pointer("/properties/count/type"), Some(&json!(["boolean"])));
    assert_eq!(
        theirs("Sort").pointer("/additionalProperties/oneOf/0/enum"),
        Some(&json!(["1", "-1"]))
    );
    assert_eq!(theirs("Sort").pointer("/additionalProperties/oneOf/1/enum"), Some(&json!([1, -1])));
}
