//! A parsed list query as one SQL statement over the items' stored JSON documents, and
//! running it.

use axum::response::Response;
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, params_from_iter};
use serde_json::{Value, json};

use super::ListQuery;
use crate::error::ApiError;
use crate::views::{respond, respond_raw};

impl ListQuery {
    /// Runs the query on `source` in SQL and answers with a JSON array of the page's
    /// documents, or `{"count": n}`.
    pub(crate) fn respond(
        &self,
        conn: &Connection,
        source: &Source<'_>,
    ) -> Result<Response, ApiError> {
        let (sql, params) = self.to_sql(source);
        let mut statement = conn.prepare_cached(&sql)?;
        let mut rows = statement.query(params_from_iter(params))?;
        if self.count {
            let count: i64 = match rows.next()? {
                Some(row) => row.get(0)?,
                None => 0,
            };
            return Ok(respond(&json!({ "count": count })));
        }
        let mut body = String::from("[");
        while let Some(row) = rows.next()? {
            if body.len() > 1 {
                body.push(',');
            }
            body.push_str(row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?);
        }
        body.push(']');
        Ok(respond_raw(body))
    }

    /// The SELECT (or count) statement and its parameters, `source`'s first.
    pub(super) fn to_sql(&self, source: &Source<'_>) -> (String, Vec<SqlValue>) {
        let mut sql = Sql { params: source.params.clone() };
        let mut conditions: Vec<String> = self
            .filter
            .iter()
            .map(|(key, want)| sql.condition(resolve(source.shape, key).as_deref(), want))
            .collect();
        if let Some((fields, text)) = &self.search {
            conditions.push(sql.search(source.shape, fields, text));
        }
        let filtered = if conditions.is_empty() {
            format!("FROM ({}) AS item", source.sql)
        } else {
            format!("FROM ({}) AS item WHERE {}", source.sql, conditions.join(" AND "))
        };
        if self.count {
            return (format!("SELECT count(*) {filtered}"), sql.params);
        }
        let mut order = Vec::new();
        for (key, descending) in &self.sort {
            let direction = if *descending { "DESC" } else { "ASC" };
            // A key no item has sorts nothing.
            let Some(path) = resolve(source.shape, key) else {
                continue;
            };
            match source.columns.iter().find(|(field, _)| *field == path) {
                Some((_, column)) => order.push(format!("item.{column} {direction}")),
                None => {
                    let path = sql.bind(SqlValue::Text(path));
                    order.push(format!("{} {direction}", rank(&path)));
                    order.push(format!(
                        "CASE WHEN json_type(item.doc, {path}) IN ('array', 'object') THEN NULL \
                         ELSE json_extract(item.doc, {path}) END {direction}"
                    ));
                }
            }
        }
        // Ties keep creation order, reversed when the first key descends.
        let ties = if self.sort.first().is_some_and(|(_, d)| *d) { "DESC" } else { "ASC" };
        order.push(format!("item.seq {ties}"));
        let limit = sql.bind(SqlValue::Integer(clamp(self.per_page)));
        let offset = sql.bind(SqlValue::Integer(clamp(self.offset)));
        let text = format!(
            "SELECT item.doc {filtered} ORDER BY {} LIMIT {limit} OFFSET {offset}",
            order.join(", ")
        );
        (text, sql.params)
    }
}

/// What a list reads from.
#[derive(Debug)]
pub(crate) struct Source<'a> {
    /// A SELECT giving `seq` (creation order), `doc` (the item's JSON text) and the
    /// `columns` below, e.g. `SELECT seq, doc FROM users`.
    pub(crate) sql: &'a str,
    /// Values of `sql`'s parameters `?1`, `?2`...
    pub(crate) params: Vec<SqlValue>,
    /// An item with every field the items have, to resolve filter and sort keys.
    pub(crate) shape: &'a Value,
    /// Fields (as JSON paths, `$."created_at"`) that `sql` also gives as an indexed column
    /// of the same value: sorting by them uses the column (and its index).
    pub(crate) columns: &'a [(&'a str, &'a str)],
}

impl<'a> Source<'a> {
    /// A whole table of JSON documents (`SELECT seq, doc FROM <table>`), no parameters, no
    /// extra columns.
    pub(crate) fn documents(sql: &'a str, shape: &'a Value) -> Self {
        Source { sql, params: Vec::new(), shape, columns: &[] }
    }
}

/// Statement parameters, numbered in order of binding.
pub(super) struct Sql {
    params: Vec<SqlValue>,
}

impl Sql {
    /// Adds a parameter; returns its placeholder.
    pub(super) fn bind(&mut self, value: SqlValue) -> String {
        self.params.push(value);
        format!("?{}", self.params.len())
    }

    /// The condition that the item at `path` (`None`: a field no item has) matches `want`.
    fn condition(&mut self, path: Option<&str>, want: &Value) -> String {
        let Some(path) = path else {
            return if want.is_null() { "1" } else { "0" }.to_owned();
        };
        let path = self.bind(SqlValue::Text(path.to_owned()));
        let kind = format!("json_type(item.doc, {path})");
        let value = format!("json_extract(item.doc, {path})");
        if want.is_array() || want.is_object() {
            return self.same(&kind, &value, want);
        }
        // A scalar also matches an array that contains it.
        let contains = self.same("element.type", "element.atom", want);
        let same = if want.is_null() {
            format!("coalesce({kind}, 'null') = 'null'")
        } else {
            self.same(&kind, &value, want)
        };
        format!(
            "CASE {kind} WHEN 'array' THEN EXISTS (SELECT 1 FROM json_each(item.doc, {path}) \
             AS element WHERE {contains}) ELSE {same} END"
        )
    }

    /// The condition that a JSON value (its `json_type` name and SQL value) equals `want`;
    /// numbers compare by value (`1` = `1.0`), arrays and objects as compact JSON text.
    fn same(&mut self, kind: &str, value: &str, want: &Value) -> String {
        match want {
            Value::Null => format!("{kind} = 'null'"),
            Value::Bool(true) => format!("{kind} = 'true'"),
            Value::Bool(false) => format!("{kind} = 'false'"),
            Value::Number(n) => {
                let number = match n.as_i64() {
                    Some(i) => SqlValue::Integer(i),
                    None => SqlValue::Real(n.as_f64().unwrap_or(f64::NAN)),
                };
                format!("{kind} IN ('integer', 'real') AND {value} = {}", self.bind(number))
            }
            Value::String(s) => {
                format!("{kind} = 'text' AND {value} = {}", self.bind(SqlValue::Text(s.clone())))
            }
            Value::Array(_) | Value::Object(_) => format!(
                "{kind} = '{}' AND {value} = {}",
                if want.is_array() { "array" } else { "object" },
                self.bind(SqlValue::Text(want.to_string()))
            ),
        }
    }
}

/// Orders missing/null < booleans < numbers < strings < arrays < objects.
fn rank(path: &str) -> String {
    format!(
        "CASE json_type(item.doc, {path}) WHEN 'true' THEN 1 WHEN 'false' THEN 1 \
         WHEN 'integer' THEN 2 WHEN 'real' THEN 2 WHEN 'text' THEN 3 WHEN 'array' THEN 4 \
         WHEN 'object' THEN 5 ELSE 0 END"
    )
}

fn clamp(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
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

/// The JSON path (`$."sender"."name"`) that a dotted `key` names in items like `shape`,
/// trying each segment as written, then in snake_case, then in camelCase; `None` when no
/// item has it. Every item of a list has the same fields, so the path is found once, here,
/// and the database never guesses.
pub(super) fn resolve(shape: &Value, key: &str) -> Option<String> {
    let mut current = shape;
    let mut path = String::from("$");
    for segment in key.split('.') {
        let object = current.as_object()?;
        let (name, value) = [segment.to_owned(), snake_case(segment), camel_case(segment)]
            .iter()
            .find_map(|name| object.get_key_value(name))?;
        path.push_str(&format!(".\"{name}\""));
        current = value;
    }
    Some(path)
}
