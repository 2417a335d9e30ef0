//! Parsing `filter`, `sort` and `option` from the query string, with the errors the API
//! answers for bad input.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;

use super::{Count, DEFAULT_PER_PAGE, ListQuery, MAX_PER_PAGE};
use crate::error::ApiError;
use crate::extract::QueryParams;

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
    if entries.is_empty() {
        return Err(ApiError::validation(
            "`sort` must name at least one field (leave it out for creation order)",
        ));
    }
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
            let range = if max == i64::MAX as u64 {
                format!("≥ {min}")
            } else {
                format!("from {min} to {max}")
            };
            ApiError::validation(format!("`option.{key}` must be an integer {range}, got {value}"))
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
            search: None,
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
                ("count", _) if count == Count::NotSupported => {
                    return Err(ApiError::validation(
                        "`option.count` is not supported by this list",
                    ));
                }
                ("offset", v) => query.offset = option_integer("offset", v, 0, i64::MAX as u64)?,
                ("per_page", v) => {
                    query.per_page = option_integer("per_page", v, 1, MAX_PER_PAGE as u64)?
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
                        if count == Count::Allowed { ", count" } else { "" }
                    )));
                }
            }
        }
        Ok(query)
    }
}
