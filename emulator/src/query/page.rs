//! List queries built in code rather than parsed from a query string: the console's pages.
//! They run through the same `ListQuery::to_sql` (in `sql.rs`) as the API's lists, so a
//! console page is the API's page with the same parameters.

use rusqlite::types::Value as SqlValue;
use serde_json::Value;

use super::sql::{Sql, resolve};
use super::{ListQuery, MAX_PER_PAGE};

impl ListQuery {
    /// `filter={}`, creation order, `per_page` items (at most [`MAX_PER_PAGE`]) from `offset`.
    pub(crate) fn page(offset: usize, per_page: usize) -> Self {
        ListQuery {
            filter: Vec::new(),
            sort: Vec::new(),
            offset,
            per_page: per_page.clamp(1, MAX_PER_PAGE),
            count: false,
            search: None,
        }
    }

    /// Adds a `filter` key, as `{"<key>": value}` in the API.
    pub(crate) fn filtered(mut self, key: &str, value: Value) -> Self {
        self.filter.push((key.to_owned(), value));
        self
    }

    /// Adds a `sort` key, as `{"<key>": "-1"}` (descending) or `"1"` in the API.
    pub(crate) fn sorted(mut self, key: &str, descending: bool) -> Self {
        self.sort.push((key.to_owned(), descending));
        self
    }

    /// Keeps the items where any of `fields` contains `text`, ignoring ASCII case. Blank
    /// `text` keeps everything.
    pub(crate) fn searching(mut self, fields: &[&str], text: &str) -> Self {
        let text = text.trim();
        if !text.is_empty() {
            let fields = fields.iter().map(|f| (*f).to_owned()).collect();
            self.search = Some((fields, text.to_owned()));
        }
        self
    }
}

impl Sql {
    /// The condition that a field of the item at one of `fields` contains `text`.
    pub(super) fn search(&mut self, shape: &Value, fields: &[String], text: &str) -> String {
        let text = self.bind(SqlValue::Text(text.to_owned()));
        let matches: Vec<String> = fields
            .iter()
            .filter_map(|field| resolve(shape, field))
            .map(|path| {
                let path = self.bind(SqlValue::Text(path));
                // SQLite's lower() folds ASCII only: enough to find `Alice` by `alice`.
                format!("instr(lower(json_extract(item.doc, {path})), lower({text})) > 0")
            })
            .collect();
        if matches.is_empty() {
            return "0".to_owned();
        }
        format!("({})", matches.join(" OR "))
    }
}
