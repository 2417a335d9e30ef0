//! The list-query engine: `filter`, `sort` and `option`, each a JSON object in the query string.
//!
//! - `filter` (required, `{}` = everything): every key must match. A key is a field of the
//!   listed object, or a dotted path into nested objects (`sender.name`). Matching is exact
//!   (numbers compare by value: `1` equals `1.0`), except that a scalar matches an array field
//!   that contains it (`{"members":"u1"}`), and `null` also matches a missing field.
//! - `sort` (optional): `{"<field>": "1" | "-1"}` (the numbers `1`/`-1` too); several keys
//!   sort by each in turn. Ties keep creation order, reversed when descending, so
//!   `{"created_at":"-1"}` is exactly newest first. Without `sort`, creation order.
//! - `option` (optional): `offset` (integer ≥ 0, default 0), `per_page` (1..=100, default
//!   [`DEFAULT_PER_PAGE`]) and `count` (boolean: answer `{"count": n}`, the number of matches
//!   ignoring paging). Messages take no `count: true`. Unknown option keys are errors.
//!
//! In `filter` and `sort`, a key spelled in camelCase or snake_case finds the field in the
//! other spelling too (`createdAt` → `created_at`, `custom_field` → `customField`): the
//! vendor's own examples sort channels by `createdAt`.

use std::cmp::Ordering;
use std::fmt;

use axum::response::Response;
use serde::Serialize;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::extract::QueryParams;
use crate::views::respond;

/// Page size when `option.per_page` is absent.
pub(crate) const DEFAULT_PER_PAGE: usize = 20;
/// Largest accepted `option.per_page`.
pub(crate) const MAX_PER_PAGE: usize = 100;

/// Whether a list accepts `option.count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Count {
    Allowed,
    NotSupported,
}

/// A parsed `filter` / `sort` / `option` triple.
#[derive(Debug, PartialEq)]
pub(crate) struct ListQuery {
    filter: Vec<(String, Value)>,
    sort: Vec<(String, bool)>, // (key, descending)
    offset: usize,
    per_page: usize,
    count: bool,
}

/// A JSON object that keeps its keys in document order (`serde_json::Map` sorts them).
struct OrderedObject(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for OrderedObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor;
        impl<'de> Visitor<'de> for ObjectVisitor {
            type Value = OrderedObject;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedObject, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, Value>()? {
                    entries.push(entry);
                }
                Ok(OrderedObject(entries))
            }
        }
        deserializer.deserialize_map(ObjectVisitor)
    }
}

fn parse_object(name: &str, text: &str) -> Result<Vec<(String, Value)>, ApiError> {
    serde_json::from_str::<OrderedObject>(text)
        .map(|OrderedObject(entries)| entries)
        .map_err(|e| ApiError::validation(format!("`{name}` must be a JSON object: {e}")))
}

fn parse_sort(text: &str) -> Result<Vec<(String, bool)>, ApiError> {
    let entries = parse_object("sort", text)?;
    entries
        .into_iter()
        .map(|(key, direction)| {
            let descending = match &direction {
                Value::String(s) if s == "1" => false,
                Value::String(s) if s == "-1" => true,
                Value::Number(n) if n.as_i64() == Some(1) => false,
                Value::Number(n) if n.as_i64() == Some(-1) => true,
                _ => {
                    return Err(ApiError::validation(format!(
                        "`sort` direction for `{key}` must be \"1\" or \"-1\", got {direction}"
                    )));
                }
            };
            Ok((key, descending))
        })
        .collect()
}

fn option_integer(key: &str, value: &Value, min: u64, max: u64) -> Result<usize, ApiError> {
    value
        .as_u64()
        .filter(|n| (min..=max).contains(n))
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| {
            let range = if max == u64::MAX {
                format!("≥ {min}")
            } else {
                format!("from {min} to {max}")
            };
            ApiError::validation(format!(
                "`option.{key}` must be an integer {range}, got {value}"
            ))
        })
}

impl ListQuery {
    /// Reads `filter`, `sort` and `option` from the query string.
    pub(crate) fn parse(params: &QueryParams, count: Count) -> Result<Self, ApiError> {
        let filter_text = params.get("filter").ok_or_else(|| {
            ApiError::validation(
                "the `filter` query parameter is required (send {} to match everything)",
            )
        })?;
        let mut query = ListQuery {
            filter: parse_object("filter", filter_text)?,
            sort: Vec::new(),
            offset: 0,
            per_page: DEFAULT_PER_PAGE,
            count: false,
        };
        if let Some(text) = params.get("sort").filter(|t| !t.trim().is_empty()) {
            query.sort = parse_sort(text)?;
        }
        let option = match params.get("option").filter(|t| !t.trim().is_empty()) {
            Some(text) => parse_object("option", text)?,
            None => Vec::new(),
        };
        for (key, value) in option {
            match (key.as_str(), &value) {
                (_, Value::Null) => {}
                ("offset", v) => query.offset = option_integer("offset", v, 0, u64::MAX)?,
                ("per_page", v) => {
                    query.per_page = option_integer("per_page", v, 1, MAX_PER_PAGE as u64)?
                }
                ("count", Value::Bool(true)) if count == Count::NotSupported => {
                    return Err(ApiError::validation(
                        "`option.count` is not supported by this list",
                    ));
                }
                ("count", Value::Bool(b)) => query.count = *b,
                ("count", v) => {
                    return Err(ApiError::validation(format!(
                        "`option.count` must be a boolean, got {v}"
                    )));
                }
                (other, _) => {
                    return Err(ApiError::validation(format!(
                        "unknown `option` key `{other}` (expected offset, per_page{})",
                        if count == Count::Allowed {
                            ", count"
                        } else {
                            ""
                        }
                    )));
                }
            }
        }
        Ok(query)
    }

    /// Filters, sorts and pages `values` (given in creation order).
    pub(crate) fn select(&self, values: &[Value]) -> Selection {
        let mut matched: Vec<usize> = (0..values.len())
            .filter(|&i| {
                self.filter
                    .iter()
                    .all(|(path, want)| matches(lookup(&values[i], path), want))
            })
            .collect();
        if self.count {
            return Selection::Count(matched.len());
        }
        if !self.sort.is_empty() {
            matched.sort_by(|&ia, &ib| {
                for (key, descending) in &self.sort {
                    let order = compare(lookup(&values[ia], key), lookup(&values[ib], key));
                    if order != Ordering::Equal {
                        return if *descending { order.reverse() } else { order };
                    }
                }
                let ties = ia.cmp(&ib);
                if self.sort.first().is_some_and(|(_, d)| *d) {
                    ties.reverse()
                } else {
                    ties
                }
            });
        }
        Selection::Page(
            matched
                .into_iter()
                .skip(self.offset)
                .take(self.per_page)
                .collect(),
        )
    }

    /// The list response for `items` (in creation order): a JSON array of the page, or
    /// `{"count": n}`.
    pub(crate) fn respond<T: Serialize>(&self, items: &[T]) -> Result<Response, ApiError> {
        let values = items
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ApiError::internal(format!("serialization failed: {e}")))?;
        Ok(match self.select(&values) {
            Selection::Count(count) => respond(&json!({ "count": count })),
            Selection::Page(indices) => respond(
                &indices
                    .into_iter()
                    .filter_map(|i| items.get(i))
                    .collect::<Vec<&T>>(),
            ),
        })
    }
}

/// What a list query picked.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Selection {
    /// `option.count` was true: the number of matches.
    Count(usize),
    /// Indices of the items on the requested page, in output order.
    Page(Vec<usize>),
}

fn snake_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 4);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn camel_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.push(c.to_ascii_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// The value at a dotted `path`, trying each segment as written, then in snake_case, then in
/// camelCase.
fn lookup<'a>(item: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(item, |current, segment| {
        let object = current.as_object()?;
        object
            .get(segment)
            .or_else(|| object.get(&snake_case(segment)))
            .or_else(|| object.get(&camel_case(segment)))
    })
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        _ => a == b,
    }
}

fn matches(actual: Option<&Value>, want: &Value) -> bool {
    match (actual, want) {
        (None, Value::Null) => true,
        (None, _) => false,
        (Some(Value::Array(items)), want) if !want.is_array() => {
            items.iter().any(|item| same(item, want))
        }
        (Some(actual), want) => same(actual, want),
    }
}

/// Orders missing/null < booleans < numbers < strings < arrays < objects.
fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    fn rank(v: Option<&Value>) -> u8 {
        match v {
            None | Some(Value::Null) => 0,
            Some(Value::Bool(_)) => 1,
            Some(Value::Number(_)) => 2,
            Some(Value::String(_)) => 3,
            Some(Value::Array(_)) => 4,
            Some(Value::Object(_)) => 5,
        }
    }
    match (a, b) {
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => x.cmp(y),
        (Some(Value::Number(x)), Some(Value::Number(y))) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => x
                .as_f64()
                .partial_cmp(&y.as_f64())
                .unwrap_or(Ordering::Equal),
        },
        (Some(Value::String(x)), Some(Value::String(y))) => x.cmp(y),
        _ => rank(a).cmp(&rank(b)),
    }
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
