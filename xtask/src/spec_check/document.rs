//! Walking the raw document: its operations, local `$ref`s and parameters.
//!
//! The checks work on `serde_json::Value` rather than `openapiv3` types on purpose: a broken
//! document (a wrong version, a `content` parameter) must still be walked and reported, not
//! rejected by deserialization.

use serde_json::Value;

/// The operation keys of a path item, in the order OpenAPI lists them.
const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// How many `$ref` hops are followed before a chain counts as a loop.
const MAX_REF_HOPS: usize = 32;

/// One operation of the document.
#[derive(Debug, Clone)]
pub struct Operation<'a> {
    /// Its `operationId`, if it has a string one.
    pub id: Option<&'a str>,
    /// The HTTP method in upper case.
    pub method: String,
    /// The path template.
    pub path: &'a str,
    /// The operation object.
    pub value: &'a Value,
    /// The path item holding it (its `parameters` apply to the operation too).
    pub path_item: &'a Value,
}

impl Operation<'_> {
    /// `METHOD path`.
    pub fn route(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    /// How problems name this operation: `operation list_users (GET /v1/api/members)`.
    pub fn label(&self) -> String {
        match self.id {
            Some(id) => format!("operation {id} ({})", self.route()),
            None => format!("operation {}", self.route()),
        }
    }
}

/// Every operation under `paths`.
pub fn operations(doc: &Value) -> Vec<Operation<'_>> {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (path, path_item) in paths {
        for method in METHODS {
            if let Some(value) = path_item.get(method) {
                found.push(Operation {
                    id: value.get("operationId").and_then(Value::as_str),
                    method: method.to_ascii_uppercase(),
                    path,
                    value,
                    path_item,
                });
            }
        }
    }
    found
}

/// Follows local `$ref`s (`#/...`) until a non-reference object.
///
/// # Errors
///
/// Returns a message naming the reference that is not local, does not resolve, or loops.
pub fn resolve<'a>(doc: &'a Value, value: &'a Value) -> Result<&'a Value, String> {
    let mut current = value;
    for _ in 0..MAX_REF_HOPS {
        let Some(reference) = ref_of(current) else {
            return Ok(current);
        };
        let pointer = reference
            .strip_prefix('#')
            .ok_or_else(|| format!("$ref '{reference}' is not local to the document"))?;
        current =
            doc.pointer(pointer).ok_or_else(|| format!("$ref '{reference}' does not resolve"))?;
    }
    Err(format!("$ref chain from {value} is too long (a loop?)"))
}

/// The `$ref` of an object, if it is a reference.
pub fn ref_of(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

/// The parameters of an operation: the path item's, then the operation's own (unresolved).
pub fn parameters<'a>(operation: &Operation<'a>) -> Vec<&'a Value> {
    [operation.path_item, operation.value]
        .into_iter()
        .filter_map(|holder| holder.get("parameters").and_then(Value::as_array))
        .flatten()
        .collect()
}

/// How problems name a parameter: `parameter 'filter' (query)`.
pub fn parameter_label(parameter: &Value) -> String {
    let name = parameter.get("name").and_then(Value::as_str).unwrap_or("?");
    let place = parameter.get("in").and_then(Value::as_str).unwrap_or("?");
    format!("parameter '{name}' ({place})")
}

/// The entries of an object-valued field, empty if it is missing or not an object.
pub fn entries<'a>(value: &'a Value, field: &str) -> impl Iterator<Item = (&'a String, &'a Value)> {
    value.get(field).and_then(Value::as_object).into_iter().flatten()
}
