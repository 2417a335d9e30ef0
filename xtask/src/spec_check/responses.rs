//! Check 4: the response shape progenitor can generate. One success type and one error type per
//! operation (more panic the generator, see `progenitor-notes.md`): exactly one 2xx response with
//! an `application/json` schema, `'4XX'` and `'5XX'` both on [`ERROR_SCHEMA_REF`], no `default`.
//! And every object the success body may be requires a property, so that `{}` or an error
//! envelope sent with HTTP 200 is a decode error in every generated client, not a success.

use serde_json::Value;

use super::ERROR_SCHEMA_REF;
use super::document::{self, Operation};
use crate::Problem;

/// The media type every success and error body uses.
const JSON: &str = "application/json";

/// Runs check 4 on every operation, and checks that the shared error schema exists.
pub fn check(doc: &Value) -> Vec<Problem> {
    let mut problems: Vec<Problem> = document::operations(doc)
        .iter()
        .flat_map(|operation| check_operation(doc, operation))
        .collect();
    let error_pointer = ERROR_SCHEMA_REF.trim_start_matches('#');
    if doc.pointer(error_pointer).is_none() {
        let name = ERROR_SCHEMA_REF.rsplit('/').next().unwrap_or(ERROR_SCHEMA_REF);
        problems.push(Problem::new(
            format!("schema {name}"),
            "missing (every '4XX' and '5XX' response must use it)",
        ));
    }
    problems
}

fn check_operation(doc: &Value, operation: &Operation<'_>) -> Vec<Problem> {
    let label = operation.label();
    let Some(responses) = operation.value.get("responses").and_then(Value::as_object) else {
        return vec![Problem::new(label, "no responses")];
    };
    let mut problems = Vec::new();
    let success: Vec<&String> = responses.keys().filter(|code| code.starts_with('2')).collect();
    match success.as_slice() {
        [] => problems.push(Problem::new(&label, "no 2xx response")),
        [code] => match json_schema(doc, &responses[code.as_str()]) {
            Err(message) => {
                problems.push(Problem::new(&label, format!("response {code} {message}")))
            }
            Ok(schema) => problems.extend(
                objects_without_required(doc, schema, &format!("response {code}"))
                    .into_iter()
                    .map(|message| Problem::new(&label, message)),
            ),
        },
        several => problems.push(Problem::new(
            &label,
            format!(
                "{} success responses ({}), expected exactly one",
                several.len(),
                several.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
    if responses.contains_key("default") {
        problems
            .push(Problem::new(&label, "response 'default' is not allowed (use '4XX' and '5XX')"));
    }
    for range in ["4XX", "5XX"] {
        let message = match responses.get(range) {
            None => Some(format!("no '{range}' response")),
            Some(response) => match json_schema(doc, response) {
                Err(message) => {
                    Some(format!("response {range} {message}, expected {ERROR_SCHEMA_REF}"))
                }
                Ok(schema) => match document::ref_of(schema) {
                    Some(ERROR_SCHEMA_REF) => None,
                    Some(other) => Some(format!(
                        "response {range} schema is {other}, expected {ERROR_SCHEMA_REF}"
                    )),
                    None => Some(format!(
                        "response {range} schema is inline, expected $ref {ERROR_SCHEMA_REF}"
                    )),
                },
            },
        };
        problems.extend(message.map(|message| Problem::new(&label, message)));
    }
    problems
}

/// How deep [`objects_without_required`] follows `$ref`s, `oneOf`s and `items` (the spec needs 3).
const MAX_SUCCESS_DEPTH: usize = 8;

/// Object schemas a success body may be (through `$ref`, `oneOf`/`anyOf` alternatives and array
/// `items`) that require no property: every generated client would accept `{}` or an error
/// envelope as that success.
fn objects_without_required(doc: &Value, schema: &Value, at: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![(schema, at.to_owned(), 0)];
    while let Some((schema, at, depth)) = pending.pop() {
        let (schema, at) = match document::ref_of(schema) {
            // A dangling `$ref` is the `examples` check's to report.
            Some(reference) => match document::resolve(doc, schema) {
                Ok(target) => (target, reference.to_owned()),
                Err(_) => continue,
            },
            None => (schema, at),
        };
        if depth > MAX_SUCCESS_DEPTH {
            continue;
        }
        let alternatives = ["oneOf", "anyOf"]
            .iter()
            .filter_map(|keyword| schema.get(*keyword).and_then(Value::as_array))
            .flatten()
            .chain(schema.get("items"));
        let mut combined = false;
        for alternative in alternatives {
            combined = true;
            pending.push((alternative, at.clone(), depth + 1));
        }
        let is_object = schema.get("type").and_then(Value::as_str) == Some("object");
        let requires = schema
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|required| !required.is_empty());
        if is_object && !combined && !requires {
            found.push(format!(
                "success schema {at} requires no property, so `{{}}` or an error envelope would decode as success"
            ));
        }
    }
    found
}

/// The `application/json` schema of a response (resolving a `$ref`'d response), or why not.
fn json_schema<'a>(doc: &'a Value, response: &'a Value) -> Result<&'a Value, String> {
    let response = document::resolve(doc, response)?;
    response
        .get("content")
        .and_then(|content| content.get(JSON))
        .and_then(|media| media.get("schema"))
        .ok_or_else(|| format!("has no {JSON} schema"))
}
