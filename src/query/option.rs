//! [`ListOption`] and [`MessageListOption`], the typed `option` parameter of the list
//! operations. Unlike `filter` and `sort`, an option can break the spec's rules (a page size
//! outside 1..=100), so it becomes text through the fallible `to_json`, which applies the same
//! generated rows as the request check.

use schemars::JsonSchema;
use serde::Serialize;

use super::object_text;
use crate::error::{Error, Result};

/// The `option` parameter of List users, List channels and List channel subscriptions.
///
/// Unset fields are left out, so the service's (undocumented) defaults apply. Turn it into the
/// parameter with [`to_json`](Self::to_json), which validates it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)] // the spec's `additionalProperties: false`
pub struct ListOption {
    /// Index of the first item to return.
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
    /// Page size, 1 to 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100))]
    per_page: Option<u32>,
    /// When true, return `{"count": n}` instead of the items.
    #[serde(skip_serializing_if = "Option::is_none")]
    count: Option<bool>,
}

impl ListOption {
    /// No option set (`{}`).
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts at item `offset` (0-based).
    pub fn offset(mut self, offset: u64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Asks for pages of `per_page` items; must be 1 to 100 (checked by `to_json`).
    pub fn per_page(mut self, per_page: u32) -> Self {
        self.per_page = Some(per_page);
        self
    }

    /// With `true`, the service returns `{"count": n}` instead of the items.
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// The JSON text for the `option` parameter, e.g. `{"offset":0,"per_page":20}`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when `per_page` is outside 1..=100 (the spec's rule, checked by
    /// the same table as every request).
    pub fn to_json(&self) -> Result<String> {
        checked(
            option_text(self.offset, self.per_page, self.count),
            "list_users",
        )
    }
}

/// The `option` parameter of List messages: like [`ListOption`] without `count`, which the
/// vendor does not document for messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)] // the spec's `additionalProperties: false`
pub struct MessageListOption {
    /// Index of the first item to return.
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
    /// Page size, 1 to 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100))]
    per_page: Option<u32>,
}

impl MessageListOption {
    /// No option set (`{}`).
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts at message `offset` (0-based).
    pub fn offset(mut self, offset: u64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Asks for pages of `per_page` messages; must be 1 to 100 (checked by `to_json`).
    pub fn per_page(mut self, per_page: u32) -> Self {
        self.per_page = Some(per_page);
        self
    }

    /// The JSON text for the `option` parameter.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when `per_page` is outside 1..=100 (the spec's rule, checked by
    /// the same table as every request).
    pub fn to_json(&self) -> Result<String> {
        checked(
            option_text(self.offset, self.per_page, None),
            "list_messages",
        )
    }
}

/// The option's JSON text, checked by the rows the spec gives the `option` of `operation`.
fn checked(text: String, operation: &str) -> Result<String> {
    crate::validate::check_json_parameter(operation, "option", &text)
        .map_err(Error::InvalidRequest)?;
    Ok(text)
}

fn option_text(offset: Option<u64>, per_page: Option<u32>, count: Option<bool>) -> String {
    let entries: Vec<_> = [
        offset.map(|n| ("offset", n.to_string())),
        per_page.map(|n| ("per_page", n.to_string())),
        count.map(|b| ("count", b.to_string())),
    ]
    .into_iter()
    .flatten()
    .collect();
    object_text(&entries)
}
