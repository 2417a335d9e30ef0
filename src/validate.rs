//! The request checks, made before anything is sent, for every generated operation: each path
//! parameter is still one segment of its operation's template ([`check_path`]), and every
//! constraint the spec declares that the generated types do not already hold is met.
//!
//! progenitor and typify keep required parameters and members, types and enums, but not a
//! query integer's `maximum` (`issue_token().expire_day(91)`), a body string's `format: uri`,
//! or anything inside a JSON-in-query parameter, which is a plain string
//! (`list_users().option(r#"{"perPage":5}"#)`). `build.rs` turns those constraints into the
//! table `CONSTRAINTS` (`codegen::constraints_code`, which refuses a keyword this module cannot
//! check; committed as `generated/constraints.rs`). The full list is in `spec/README.md`
//! ("Checked before sending"); a test keeps it equal to the table.

use serde_json::Value;

/// Where a constrained value is in a request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Place {
    /// A query parameter, as text.
    Query(&'static str),
    /// A query parameter holding JSON text (`filter`, `sort`, `option`).
    QueryJson(&'static str),
    /// The JSON request body.
    Body,
}

/// One step from the value of a [`Place`] to the constrained values.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(dead_code)] // The table uses the steps the spec's schemas need.
pub(crate) enum Step {
    /// The member of an object with this name (nothing when absent or `null`).
    Key(&'static str),
    /// Every member of an object (`additionalProperties`).
    EachMember,
    /// Every item of an array (`items`).
    EachItem,
}

/// A JSON type, as `type` names it.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(dead_code)] // The table uses the types the spec's JSON-in-query schemas declare.
pub(crate) enum JsonType {
    Object,
    Array,
    String,
    Integer,
    Number,
    Boolean,
}

/// What a constrained value must satisfy. Absent and `null` values satisfy every rule but
/// `Required`.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(dead_code)] // The table uses the rules the spec declares.
pub(crate) enum Rule {
    /// The object (or, for a query parameter, the query) has this member.
    Required(&'static str),
    /// The value has this type.
    Type(JsonType),
    /// A number within the bounds (inclusive).
    Range { min: Option<f64>, max: Option<f64> },
    /// One of these values (JSON texts); numbers compare by value.
    OneOf(&'static [&'static str]),
    /// An object with at least this many members.
    MinProperties(u64),
    /// An object with no members but these (`additionalProperties: false`).
    OnlyKeys(&'static [&'static str]),
    /// A string or number of this `format`.
    Format(Format),
}

/// A `format` the table checks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Format {
    /// An absolute URI: a scheme, then the rest (`https://example.com/a.png`).
    Uri,
    /// An integer that fits in 64 bits.
    Int64,
}

/// One row of the table: `rule` applies to the values `steps` reach from `place`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Constraint {
    pub(crate) operation: &'static str,
    pub(crate) place: Place,
    pub(crate) steps: &'static [Step],
    pub(crate) rule: Rule,
    /// The rule in words, e.g. ``query parameter `expireDay` must be from 1 to 90``.
    pub(crate) text: &'static str,
}

/// The path template of every operation (and, for tests, the table it comes from), generated
/// from the spec by `build.rs` (`codegen::operations_code`; committed as
/// `generated/operations.rs`).
mod operations {
    include!(concat!(env!("OUT_DIR"), "/operations.rs"));
}

mod table {
    use super::{Constraint, Format, JsonType, Place, Rule, Step};
    include!(concat!(env!("OUT_DIR"), "/constraints.rs"));
}

#[cfg(test)]
pub(crate) use table::CONSTRAINTS;

/// Checks `request`, sent under `base_path`, against the path template and every constraint
/// of `operation_id`; the message names the operation, the value and the rule.
pub(crate) fn check(
    operation_id: &str,
    base_path: &str,
    request: &reqwest::Request,
) -> Result<(), String> {
    check_path(operation_id, base_path, request.url().path())?;
    let in_query = |name: &str| {
        let mut pairs = request.url().query_pairs();
        pairs.find(|(key, _)| key == name).map(|(_, value)| value)
    };
    // The rows of one place are contiguous: the generator walks one parameter at a time.
    for rows in table::constraints_of(operation_id).chunk_by(|a, b| a.place == b.place) {
        // `None` when the request does not have the value.
        let value = match rows[0].place {
            Place::Query(name) => in_query(name).map(|text| Ok(Value::String(text.into_owned()))),
            Place::QueryJson(name) => in_query(name).map(|text| json_parameter(name, &text)),
            // The generated code serializes bodies from typed values: always JSON.
            Place::Body => request
                .body()
                .and_then(reqwest::Body::as_bytes)
                .map(|bytes| Ok(serde_json::from_slice(bytes).unwrap_or(Value::Null))),
        };
        if let Some(value) = value {
            let checked = value.and_then(|value| check_rows(rows, &value));
            checked.map_err(|e| format!("{operation_id}: {e}"))?;
        }
    }
    Ok(())
}

/// Checks `text`, the value of the JSON-in-query parameter `name` of `operation_id`, as
/// [`check`] would before sending it; the message names the value and the rule.
pub(crate) fn check_json_parameter(
    operation_id: &str,
    name: &str,
    text: &str,
) -> Result<(), String> {
    let rows = table::constraints_of(operation_id)
        .chunk_by(|a, b| a.place == b.place)
        .find(|rows| matches!(rows[0].place, Place::QueryJson(n) if n == name));
    check_rows(rows.unwrap_or_default(), &json_parameter(name, text)?)
}

fn json_parameter(name: &str, text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("query parameter `{name}` must be JSON: {e}"))
}

/// Applies `rows`, all of one place, to its value `root`.
fn check_rows(rows: &[Constraint], root: &Value) -> Result<(), String> {
    rows.iter().try_for_each(|row| {
        check_values(row, root).map_err(|found| format!("{}, {found}", row.text))
    })
}

/// Applies one constraint to the values its steps reach in `root`; the error says what was
/// found.
fn check_values(constraint: &Constraint, root: &Value) -> Result<(), String> {
    let mut values = vec![root];
    for step in constraint.steps {
        values = values
            .into_iter()
            .flat_map(|value| -> Vec<&Value> {
                match (step, value) {
                    (Step::Key(key), Value::Object(map)) => map.get(*key).into_iter().collect(),
                    (Step::EachMember, Value::Object(map)) => map.values().collect(),
                    (Step::EachItem, Value::Array(items)) => items.iter().collect(),
                    _ => Vec::new(),
                }
            })
            .collect();
    }
    for value in values.into_iter().filter(|value| !value.is_null()) {
        // A plain query parameter is text; a number rule reads it as the number it stands for.
        let number = value.as_f64().or_else(|| value.as_str().and_then(|text| text.parse().ok()));
        let ok = match constraint.rule {
            Rule::Required(key) => value.as_object().is_none_or(|map| map.contains_key(key)),
            Rule::Type(kind) => has_type(value, kind),
            Rule::Range { min, max } => number
                .is_none_or(|n| min.is_none_or(|min| n >= min) && max.is_none_or(|max| n <= max)),
            Rule::OneOf(allowed) => allowed.iter().any(|text| {
                serde_json::from_str::<Value>(text).is_ok_and(|allowed| same(&allowed, value))
            }),
            Rule::MinProperties(n) => value.as_object().is_none_or(|map| map.len() as u64 >= n),
            Rule::OnlyKeys(allowed) => {
                let mut keys = value.as_object().into_iter().flat_map(|map| map.keys());
                match keys.find(|key| !allowed.contains(&key.as_str())) {
                    Some(key) => return Err(format!("got `{}`", bounded(key))),
                    None => true,
                }
            }
            Rule::Format(Format::Uri) => value.as_str().is_none_or(is_uri),
            Rule::Format(Format::Int64) => {
                number.is_none_or(|n| (-(2f64.powi(63))..2f64.powi(63)).contains(&n))
            }
        };
        if !ok {
            return Err(match (constraint.rule, value) {
                (Rule::Required(_), _) => "but it is missing".to_owned(),
                // Reported as sent (`91`, not `"91"`).
                (_, Value::String(text)) if matches!(constraint.place, Place::Query(_)) => {
                    format!("got {}", bounded(text))
                }
                _ => format!("got {}", bounded(&value.to_string())),
            });
        }
    }
    Ok(())
}

/// An absolute URI as RFC 3986 has it: a scheme (a letter, then letters, digits, `+`, `-`,
/// `.`), a colon, and no spaces or control characters.
fn is_uri(text: &str) -> bool {
    let Some((scheme, _)) = text.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn has_type(value: &Value, kind: JsonType) -> bool {
    match kind {
        JsonType::Object => value.is_object(),
        JsonType::Array => value.is_array(),
        JsonType::String => value.is_string(),
        JsonType::Boolean => value.is_boolean(),
        JsonType::Number => value.is_number(),
        // As JSON Schema counts: `2.0` is an integer.
        JsonType::Integer => value.as_f64().is_some_and(|n| n.fract() == 0.0),
    }
}

/// Equal JSON values, numbers compared by value (`1` and `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// A found value for a message, bounded (it may be user input of any size).
fn bounded(text: &str) -> String {
    const MAX_CHARS: usize = 60;
    match text.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// The spec's path template for an operation.
pub(crate) fn path_template(operation_id: &str) -> &'static str {
    operations::path_template(operation_id).unwrap_or("<unknown operation>")
}

/// Refuses a request whose path no longer has the shape of its operation's template.
///
/// progenitor percent-encodes path parameters but leaves `.`, `..` and `\` alone, and the URL
/// parser then resolves them: `remove_user("..")` would send `DELETE /v1/api/`, another
/// resource. Each `{param}` must still be exactly one non-empty segment.
fn check_path(operation_id: &str, base_path: &str, path: &str) -> Result<(), String> {
    // An operation missing from the table (which `build.rs` makes impossible) is not checked.
    let Some(template) = operations::path_template(operation_id) else {
        return Ok(());
    };
    let matches = path.strip_prefix(base_path).is_some_and(|rest| has_shape(rest, template));
    if matches {
        Ok(())
    } else {
        Err(format!(
            "a path parameter of {operation_id} ({template}) is empty, `.` or `..`, or contains \
             `\\`: it would address another resource"
        ))
    }
}

/// Whether `path` is `template` with each `{param}` replaced by one non-empty segment (the
/// generator refuses a template whose parameter is not a whole segment).
fn has_shape(path: &str, template: &str) -> bool {
    let mut segments = path.as_bytes().split(|&b| b == b'/');
    template.as_bytes().split(|&b| b == b'/').all(|expected| {
        segments.next().is_some_and(|segment| match expected.first() {
            Some(b'{') => !segment.is_empty(),
            _ => segment == expected,
        })
    }) && segments.next().is_none()
}

#[cfg(test)]
mod tests;
