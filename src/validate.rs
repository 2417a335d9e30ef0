//! The request constraints the spec declares (required values, ranges, enums, JSON types),
//! checked before anything is sent, for every generated operation.
//!
//! progenitor and typify enforce few of them: a query integer is sent whatever its `maximum`
//! (`issue_token().expire_day(91)`), and a JSON-in-query parameter is a plain string
//! (`list_users().option(r#"{"per_page":101}"#)`). `build.rs` turns the spec's constraints into
//! the table [`CONSTRAINTS`] (`codegen::constraints_code`, which refuses a keyword this module
//! cannot check), and the `pre` hook calls [`check`] next to the path check. The full list is in
//! `spec/README.md` ("Checked before sending"); a test keeps it equal to the table.

use std::fmt;

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
}

/// One row of the table: `rule` applies to the values `steps` reach from `place`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Constraint {
    pub(crate) operation: &'static str,
    pub(crate) place: Place,
    pub(crate) steps: &'static [Step],
    pub(crate) rule: Rule,
}

/// The path template of every operation (and, for tests, the table it comes from), generated
/// from the spec by `build.rs` (`codegen::operations_code`; committed as
/// `generated/operations.rs`).
mod operations {
    include!(concat!(env!("OUT_DIR"), "/operations.rs"));
}

/// The template reported for an operation missing from the table (which `build.rs` makes
/// impossible); such requests are not path-checked.
const UNKNOWN_OPERATION: &str = "<unknown operation>";

mod table {
    use super::{Constraint, JsonType, Place, Rule, Step};
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
    // Both parsed on first need: most operations constrain no query parameter, many no body.
    let mut parsed_query: Option<Vec<(String, String)>> = None;
    let query = || request.url().query_pairs().into_owned().collect();
    let body_bytes = request.body().and_then(reqwest::Body::as_bytes);
    // The generated code serializes bodies from typed values: always JSON.
    let body = || body_bytes.and_then(|bytes| serde_json::from_slice::<Value>(bytes).ok());
    let mut parsed_body = None;
    let mut parsed_json: Vec<(&str, Value)> = Vec::new();
    for constraint in table::constraints_of(operation_id) {
        let fail = |found: String| format!("{operation_id}: {}, {found}", constraint.described());
        match constraint.place {
            Place::Query(name) => {
                let value = parsed_query
                    .get_or_insert_with(query)
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v);
                match (constraint.rule, value) {
                    (Rule::Required(_), None) => return Err(fail("but it is missing".into())),
                    (Rule::Required(_), Some(_)) | (_, None) => {}
                    (rule, Some(text)) => {
                        // A query value is text; compare it as the JSON it stands for.
                        let value = match rule {
                            Rule::Range { .. } => match text.parse::<f64>() {
                                Ok(n) => Value::from(n),
                                Err(_) => return Err(fail(format!("got {text:?}"))),
                            },
                            _ => Value::from(text.as_str()),
                        };
                        // Reported as sent (`91`, not the parsed `91.0`).
                        check_values(constraint, &value)
                            .map_err(|_| fail(format!("got {}", bounded(text))))?;
                    }
                }
            }
            Place::QueryJson(name) => {
                // A parameter has several rows (`option`: five); it is parsed for the first.
                let value = match parsed_json.iter().position(|(parsed, _)| *parsed == name) {
                    Some(at) => &parsed_json[at].1,
                    None => {
                        let Some((_, text)) = parsed_query
                            .get_or_insert_with(query)
                            .iter()
                            .find(|(k, _)| k == name)
                        else {
                            continue;
                        };
                        let value: Value = serde_json::from_str(text).map_err(|e| {
                            format!("{operation_id}: query parameter `{name}` must be JSON: {e}")
                        })?;
                        parsed_json.push((name, value));
                        &parsed_json[parsed_json.len() - 1].1
                    }
                };
                check_values(constraint, value).map_err(fail)?;
            }
            Place::Body => {
                if let (Rule::Required(key), [], None) =
                    (constraint.rule, constraint.steps, &parsed_body)
                    && let Some(has) = body_bytes.and_then(|bytes| has_member(bytes, key))
                {
                    if has {
                        continue;
                    }
                    return Err(fail("but it is missing".into()));
                }
                let value = parsed_body.get_or_insert_with(body);
                if let Some(value) = value {
                    check_values(constraint, value).map_err(fail)?;
                }
            }
        }
    }
    Ok(())
}

/// Whether the JSON object `body` has a top-level member `key` (`None`: not an object, or not
/// JSON; the caller then builds the value). Reads the keys only: a top-level required member is
/// most bodies' only constraint (`send_message`'s `content`), and building a [`Value`] of the
/// whole body for it was most of the check's cost.
fn has_member(body: &[u8], key: &str) -> Option<bool> {
    use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

    /// Visits an object's keys; also the seed that compares one key with the wanted one.
    #[derive(Clone, Copy)]
    struct Member<'k>(&'k str);

    impl<'de> Visitor<'de> for Member<'_> {
        type Value = bool;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object")
        }

        fn visit_str<E>(self, key: &str) -> Result<bool, E> {
            Ok(key == self.0)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            let mut found = false;
            // Every member is read, so that a body cut short still fails here, as it would
            // when parsed into a `Value`.
            while let Some(is_key) = map.next_key_seed(self)? {
                found |= is_key;
                map.next_value::<IgnoredAny>()?;
            }
            Ok(found)
        }
    }

    impl<'de> DeserializeSeed<'de> for Member<'_> {
        type Value = bool;

        fn deserialize<D: Deserializer<'de>>(self, keys: D) -> Result<bool, D::Error> {
            keys.deserialize_str(self)
        }
    }

    let mut json = serde_json::Deserializer::from_slice(body);
    let has = json.deserialize_map(Member(key)).ok()?;
    json.end().ok().map(|()| has)
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
            .filter(|value| !value.is_null())
            .collect();
    }
    for value in values {
        let ok = match constraint.rule {
            Rule::Required(key) => value.as_object().is_none_or(|map| map.contains_key(key)),
            Rule::Type(kind) => has_type(value, kind),
            Rule::Range { min, max } => value
                .as_f64()
                .is_none_or(|n| min.is_none_or(|min| n >= min) && max.is_none_or(|max| n <= max)),
            Rule::OneOf(allowed) => allowed.iter().any(|text| {
                serde_json::from_str::<Value>(text).is_ok_and(|allowed| same(&allowed, value))
            }),
            Rule::MinProperties(n) => value.as_object().is_none_or(|map| map.len() as u64 >= n),
        };
        if !ok {
            return Err(match constraint.rule {
                Rule::Required(_) => "but it is missing".to_owned(),
                _ => format!("got {}", bounded(&value.to_string())),
            });
        }
    }
    Ok(())
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

impl Constraint {
    /// The rule in words, e.g. ``query parameter `expireDay` must be from 1 to 90`` or
    /// ``body must have `name` ``.
    pub(crate) fn described(&self) -> String {
        let mut at = match self.place {
            Place::Query(name) => format!("query parameter `{name}"),
            Place::QueryJson(name) => format!("`{name}"),
            Place::Body => "body `".to_owned(),
        };
        for step in self.steps {
            match step {
                Step::Key(key) if at.ends_with('`') => at.push_str(key),
                Step::Key(key) => {
                    at.push('.');
                    at.push_str(key);
                }
                Step::EachMember => at.push_str(".*"),
                Step::EachItem => at.push_str("[*]"),
            }
        }
        if at == "body `" {
            at = "body".to_owned(); // The body itself.
        } else {
            at.push('`');
        }
        match self.rule {
            Rule::Required(key) if matches!(self.place, Place::Query(_)) => {
                format!("query parameter `{key}` is required")
            }
            Rule::Required(key) => format!("{at} must have `{key}`"),
            Rule::Type(kind) => format!("{at} must be {}", type_name(kind)),
            Rule::Range { min, max } => match (min, max) {
                (Some(min), Some(max)) => format!("{at} must be from {} to {}", num(min), num(max)),
                (Some(min), None) => format!("{at} must be at least {}", num(min)),
                (None, Some(max)) => format!("{at} must be at most {}", num(max)),
                (None, None) => format!("{at} may be any number"),
            },
            Rule::OneOf(values) => format!("{at} must be one of {}", values.join(", ")),
            Rule::MinProperties(n) => format!("{at} must have at least {n} member(s)"),
        }
    }
}

/// `1` rather than `1.0`.
fn num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn type_name(kind: JsonType) -> &'static str {
    match kind {
        JsonType::Object => "a JSON object",
        JsonType::Array => "an array",
        JsonType::String => "a string",
        JsonType::Integer => "an integer",
        JsonType::Number => "a number",
        JsonType::Boolean => "a boolean",
    }
}

/// `operation: rule`, one line of the documented list.
impl fmt::Display for Constraint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.operation, self.described())
    }
}

/// The spec's path template for an operation.
pub(crate) fn path_template(operation_id: &str) -> &'static str {
    operations::path_template(operation_id).unwrap_or(UNKNOWN_OPERATION)
}

/// Refuses a request whose path no longer has the shape of its operation's template.
///
/// progenitor percent-encodes path parameters but leaves `.`, `..` and `\` alone, and the URL
/// parser then resolves them: `remove_user("..")` would send `DELETE /v1/api/`, another
/// resource. Each `{param}` must still be exactly one non-empty segment.
fn check_path(operation_id: &str, base_path: &str, path: &str) -> Result<(), String> {
    let template = path_template(operation_id);
    let matches = path
        .strip_prefix(base_path)
        .is_some_and(|rest| has_shape(rest.as_bytes(), template.as_bytes()));
    if matches || template == UNKNOWN_OPERATION {
        Ok(())
    } else {
        Err(format!(
            "a path parameter of {operation_id} ({template}) is empty, `.` or `..`, or contains \
             `\\`: it would address another resource"
        ))
    }
}

/// Whether `path` is `template` with each `{param}` replaced by one non-empty segment. Compares
/// the literal pieces as slices and finds segment ends with `memchr`: the benchmarks' profiles
/// showed a split into segments, a byte-by-byte walk and `position` costing more.
fn has_shape(path: &[u8], template: &[u8]) -> bool {
    let mut pieces = template.split(|&b| b == b'{');
    let Some(mut rest) = pieces.next().and_then(|first| path.strip_prefix(first)) else {
        return false;
    };
    for piece in pieces {
        let Some(close) = memchr::memchr(b'}', piece) else {
            return false;
        };
        let segment = memchr::memchr(b'/', rest).unwrap_or(rest.len());
        if segment == 0 {
            return false;
        }
        match rest[segment..].strip_prefix(&piece[close + 1..]) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests;
