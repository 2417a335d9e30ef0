//! Check 5: inputs progenitor cannot generate. Parameters declare a `schema` (a `content`
//! parameter is a generation error), no cookie parameters, no multipart or form bodies.

use serde_json::Value;

use super::document::{self, Operation};
use crate::Problem;

/// Request body media types progenitor does not support.
const FORBIDDEN_BODY_TYPES: [&str; 2] = ["multipart/", "application/x-www-form-urlencoded"];

/// Runs check 5 on every operation (parameters and bodies resolved through `$ref`).
pub fn check(doc: &Value) -> Vec<Problem> {
    document::operations(doc).iter().flat_map(|operation| check_operation(doc, operation)).collect()
}

fn check_operation(doc: &Value, operation: &Operation<'_>) -> Vec<Problem> {
    let label = operation.label();
    let mut problems = Vec::new();
    for parameter in document::parameters(operation) {
        let parameter = match document::resolve(doc, parameter) {
            Ok(parameter) => parameter,
            Err(message) => {
                problems.push(Problem::new(&label, message));
                continue;
            }
        };
        let name = document::parameter_label(parameter);
        if parameter.get("content").is_some() {
            problems.push(Problem::new(
                &label,
                format!(
                    "{name} uses content; declare a schema (e.g. schema: {{type: string}}) instead"
                ),
            ));
        }
        if parameter.get("in").and_then(Value::as_str) == Some("cookie") {
            problems.push(Problem::new(&label, format!("{name} is a cookie parameter")));
        }
    }
    if let Some(body) = operation.value.get("requestBody") {
        match document::resolve(doc, body) {
            Ok(body) => {
                for (media_type, _) in document::entries(body, "content") {
                    if FORBIDDEN_BODY_TYPES.iter().any(|bad| media_type.starts_with(bad)) {
                        problems
                            .push(Problem::new(&label, format!("request body uses {media_type}")));
                    }
                }
            }
            Err(message) => problems.push(Problem::new(&label, message)),
        }
    }
    problems
}
