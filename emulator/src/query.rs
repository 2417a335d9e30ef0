//! The list-query language: `filter`, `sort` and `option`, each a JSON object in the query
//! string, parsed here and translated into one SQL statement over the items' stored JSON
//! documents (`json_extract`, `json_each`), so a page never loads more than its own rows.
//!
//! - `filter` (required, `{}` = everything): every key must match. A key is a field of the
//!   listed object, or a dotted path into nested objects (`sender.name`). Matching is exact
//!   (numbers compare by value: `1` equals `1.0`; arrays and objects as compact JSON text),
//!   except that a scalar matches an array field that contains it (`{"members":"u1"}`), and
//!   `null` also matches a missing field.
//! - `sort` (optional): `{"<field>": "1" | "-1"}` (the numbers `1`/`-1` too); several keys
//!   sort by each in turn: missing/null < booleans < numbers < strings (byte order) < arrays
//!   < objects. Ties keep creation order, reversed when the first key descends, so
//!   `{"created_at":"-1"}` is exactly newest first. Without `sort`, creation order.
//! - `option` (optional): `offset` (integer ≥ 0, default 0), `per_page` (1..=100, default
//!   [`DEFAULT_PER_PAGE`]) and `count` (boolean: answer `{"count": n}`, the number of matches
//!   ignoring paging). Messages take no `count` at all. Unknown keys and `null` values are
//!   errors, as in the spec's `ListOption` / `MessageListOption`.
//!
//! In `filter` and `sort`, a key spelled in camelCase or snake_case finds the field in the
//! other spelling too (`createdAt` → `created_at`, `custom_field` → `customField`): the
//! vendor's own examples sort channels by `createdAt`.
//!
//! `parse` reads the three parameters, `sql` translates a parsed query into SQL and runs it,
//! `page` builds queries in code for the console.

mod page;
mod parse;
mod sql;
#[cfg(test)]
mod tests;

use serde_json::Value;

pub(crate) use sql::Source;

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
    /// `(field paths, text)`: items where any of the fields contains the text (see
    /// `query/page.rs`); not part of the API's language.
    search: Option<(Vec<String>, String)>,
}
