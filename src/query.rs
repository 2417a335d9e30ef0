//! Typed values for the list operations' JSON-in-query parameters: [`Filter`] (`filter`),
//! [`Sort`] (`sort`), [`ListOption`] and [`MessageListOption`] (`option`).
//!
//! The spec declares these parameters as plain strings (progenitor cannot generate JSON query
//! parameters), so the generated setters take any `String`. These types produce the strings:
//! `Filter` and `Sort` cannot be invalid and convert with `String::from`; the options can (a
//! page size outside 1..=100), so they (`query/option.rs`) are turned into strings by the
//! fallible `to_json`, which applies the spec's rows of the request check and reports the
//! problem by name before anything is sent. (The generated setters accept
//! `TryInto<String>` but replace a conversion error with a generic message, so no `TryFrom`
//! is offered.)
//!
//! The generated `types::Filter`, `types::Sort`, `types::ListOption` describe the same JSON
//! but validate nothing; a unit test keeps the schemas of these types equal to the spec's.
//!
//! ```
//! use ncloud_chat::{Filter, ListOption, Sort};
//!
//! let filter = Filter::new().eq("sender.name", "guest").eq("online", true);
//! assert_eq!(String::from(filter), r#"{"sender.name":"guest","online":true}"#);
//! assert_eq!(String::from(Sort::descending("created_at")), r#"{"created_at":"-1"}"#);
//! assert_eq!(String::from(Sort::descending("created_at").numeric()), r#"{"created_at":-1}"#);
//! assert_eq!(ListOption::new().offset(0).per_page(20).to_json()?, r#"{"offset":0,"per_page":20}"#);
//! assert!(ListOption::new().per_page(0).to_json().is_err());
//! # Ok::<(), ncloud_chat::Error>(())
//! ```

use std::fmt;

use schemars::JsonSchema;
use schemars::r#gen::SchemaGenerator;
use schemars::schema::Schema;
use serde::de::{self, Deserializer};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

mod option;

pub use option::{ListOption, MessageListOption};

/// Exact-match conditions for the `filter` parameter: `{"<path>": <value>, ...}`.
///
/// Paths name fields of the listed objects, dotted for nested ones (`sender.name`); values may
/// be any JSON. An empty filter (`{}`) matches everything. Keys keep the order they were added
/// in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    conditions: Vec<(String, Value)>,
}

impl Filter {
    /// A filter that matches everything (`{}`).
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the condition "`path` equals `value`". A second condition on the same path
    /// replaces the first (a JSON object cannot hold a key twice).
    pub fn eq(mut self, path: impl Into<String>, value: impl Into<Value>) -> Self {
        let (path, value) = (path.into(), value.into());
        match self.conditions.iter_mut().find(|(p, _)| *p == path) {
            Some(slot) => slot.1 = value,
            None => self.conditions.push((path, value)),
        }
        self
    }

    /// `true` when there is no condition.
    pub fn is_empty(&self) -> bool {
        self.conditions.is_empty()
    }

    /// The JSON text for the `filter` parameter.
    pub fn to_json(&self) -> String {
        json_text(self)
    }
}

impl Serialize for Filter {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_map(self.conditions.iter().map(|(path, value)| (path, value)))
    }
}

/// Any object: the spec's `Filter` (`type: object, additionalProperties: true`).
impl JsonSchema for Filter {
    fn schema_name() -> String {
        "Filter".to_owned()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schema(json!({"type": "object", "additionalProperties": true}))
    }
}

/// Sort order. Serialized as the strings `"1"` and `"-1"` (every vendor URL example); a
/// [`Sort`] can send the numbers `1` / `-1` instead ([`Sort::numeric`]), as the vendor's text
/// and its own SDK do. Deserializes from either form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum SortDirection {
    /// Smallest first (`"1"` or `1`).
    #[serde(rename = "1")]
    Ascending,
    /// Largest first (`"-1"` or `-1`).
    #[serde(rename = "-1")]
    Descending,
}

impl SortDirection {
    /// `1` or `-1`.
    pub fn as_number(self) -> i8 {
        match self {
            Self::Ascending => 1,
            Self::Descending => -1,
        }
    }

    /// `"1"` or `"-1"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ascending => "1",
            Self::Descending => "-1",
        }
    }
}

/// Accepts `"1"`, `"-1"`, `1` and `-1`, the two forms the spec's `SortDirection` allows.
impl<'de> Deserialize<'de> for SortDirection {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        [Self::Ascending, Self::Descending]
            .into_iter()
            .find(|direction| value == direction.as_str() || value == direction.as_number())
            .ok_or_else(|| {
                de::Error::custom(format!(
                    "a sort direction is \"1\", \"-1\", 1 or -1, got {value}"
                ))
            })
    }
}

/// The spec's `SortDirection`: one of `{"type": "string", "enum": ["1", "-1"]}` and
/// `{"type": "integer", "enum": [1, -1]}`. Written by hand: the derive would describe only the
/// string form.
impl JsonSchema for SortDirection {
    fn schema_name() -> String {
        "SortDirection".to_owned()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schema(json!({"oneOf": [
            {"type": "string", "enum": ["1", "-1"]},
            {"type": "integer", "enum": [1, -1]},
        ]}))
    }
}

/// The `sort` parameter: one field and a direction, `{"<field>":"1"}` or `{"<field>":"-1"}`,
/// or with [`numeric`](Self::numeric) `{"<field>":1}` / `{"<field>":-1}`.
///
/// The field is sent as given. The vendor's examples sort channels by `createdAt` and the other
/// lists by `created_at`; which spelling each list honours is not documented.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sort {
    field: String,
    direction: SortDirection,
    numeric: bool,
}

impl Sort {
    /// Sorts by `field` in `direction`.
    pub fn new(field: impl Into<String>, direction: SortDirection) -> Self {
        Self { field: field.into(), direction, numeric: false }
    }

    /// Sends the direction as a number (`-1`), as the vendor's text and SDK do, instead of a
    /// string (`"-1"`), as its URL examples do. The spec accepts both; which one the service
    /// prefers is not documented.
    pub fn numeric(mut self) -> Self {
        self.numeric = true;
        self
    }

    /// Sorts by `field`, smallest first.
    pub fn ascending(field: impl Into<String>) -> Self {
        Self::new(field, SortDirection::Ascending)
    }

    /// Sorts by `field`, largest (for dates: newest) first.
    pub fn descending(field: impl Into<String>) -> Self {
        Self::new(field, SortDirection::Descending)
    }

    /// The JSON text for the `sort` parameter.
    pub fn to_json(&self) -> String {
        json_text(self)
    }
}

impl Serialize for Sort {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let direction: Value = if self.numeric {
            self.direction.as_number().into()
        } else {
            self.direction.as_str().into()
        };
        serializer.collect_map([(&self.field, direction)])
    }
}

/// The spec's `Sort`: an object of [`SortDirection`] values with at least one property.
impl JsonSchema for Sort {
    fn schema_name() -> String {
        "Sort".to_owned()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let direction = generator.subschema_for::<SortDirection>();
        schema(json!({"type": "object", "additionalProperties": direction, "minProperties": 1}))
    }
}

/// `Display` (the JSON text) and `String::from` for a parameter type with an infallible
/// `to_json`.
macro_rules! json_text {
    ($($ty:ty),*) => {$(
        /// The JSON text.
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.to_json())
            }
        }

        impl From<$ty> for String {
            fn from(value: $ty) -> Self {
                value.to_json()
            }
        }

        impl From<&$ty> for String {
            fn from(value: &$ty) -> Self {
                value.to_json()
            }
        }
    )*};
}

json_text!(Filter, Sort);

/// The JSON text of a parameter. Written by `serde_json`'s serializer, which cannot fail on
/// these types (string keys, values that are JSON already) and keeps the keys' order, which
/// building a `serde_json::Map` would sort unless a crate elsewhere enables `preserve_order`.
fn json_text(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A schema written as JSON, as schemars' type. Only called with constant, valid schemas (the
/// unit tests compare each with the spec's).
fn schema(value: Value) -> Schema {
    serde_json::from_value(value).expect("a valid JSON Schema")
}

#[cfg(test)]
mod tests;
