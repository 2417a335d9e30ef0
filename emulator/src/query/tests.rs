//! Table tests of the list-query language, run on an in-memory database (no server needed).

use rusqlite::{Connection, params_from_iter};
use serde_json::{Value, json};

use super::*;
use crate::extract::QueryParams;

/// What a list query picked.
#[derive(Debug, PartialEq)]
enum Selection {
    /// `option.count` was true: the number of matches.
    Count(i64),
    /// Indices (creation order, from 0) of the items on the page, in output order.
    Page(Vec<usize>),
}

impl ListQuery {
    /// Runs the query over `values` (in creation order) stored in a fresh database.
    fn select(&self, values: &[Value]) -> Selection {
        let conn = Connection::open_in_memory().expect("in-memory database");
        conn.execute_batch("CREATE TABLE items (seq INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
            .expect("table");
        // Every field any item has, as lists resolve keys against.
        let mut shape = serde_json::Map::new();
        for (seq, value) in values.iter().enumerate() {
            conn.execute(
                "INSERT INTO items (seq, doc) VALUES (?1, ?2)",
                rusqlite::params![seq as i64, value.to_string()],
            )
            .expect("insert");
            shape.extend(value.as_object().cloned().unwrap_or_default());
        }
        let shape = Value::Object(shape);
        let source = Source {
            sql: "SELECT seq, doc FROM items",
            params: Vec::new(),
            shape: &shape,
            columns: &[],
        };
        let (sql, params) = self.to_sql(&source);
        let mut statement = conn.prepare(&sql).expect("valid SQL");
        if self.count {
            return Selection::Count(
                statement.query_row(params_from_iter(params), |row| row.get(0)).expect("count"),
            );
        }
        let page = statement
            .query_map(params_from_iter(params), |row| row.get::<_, String>(0))
            .expect("query")
            .map(|doc| {
                let doc: Value = serde_json::from_str(&doc.expect("row")).expect("JSON");
                values.iter().position(|v| *v == doc).expect("a stored item")
            })
            .collect();
        Selection::Page(page)
    }
}

fn params(pairs: &[(&str, &str)]) -> QueryParams {
    QueryParams(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
}

fn items() -> Vec<Value> {
    vec![
        json!({"id": "a", "n": 2, "online": true, "created_at": "2024-01-01T00:00:00+00:00", "sender": {"name": "x"}, "members": ["u1", "u2"], "customField": "c"}),
        json!({"id": "b", "n": 1, "online": false, "created_at": "2024-01-01T00:00:00+00:00", "sender": {"name": "y"}, "members": []}),
        json!({"id": "c", "n": 3.0, "online": true, "created_at": "2024-01-02T00:00:00+00:00", "sender": {"name": "x"}, "members": ["u2"]}),
    ]
}

fn ids(pairs: &[(&str, &str)]) -> Vec<String> {
    let query = ListQuery::parse(&params(pairs), Count::Allowed).expect("valid query");
    let items = items();
    let Selection::Page(page) = query.select(&items) else { panic!("expected a page") };
    page.iter().map(|&i| items[i]["id"].as_str().unwrap_or_default().to_owned()).collect()
}

#[test]
fn filters() {
    let cases: &[(&str, &[&str])] = &[
        ("{}", &["a", "b", "c"]),
        (r#"{"id":"b"}"#, &["b"]),
        (r#"{"online":true}"#, &["a", "c"]),
        (r#"{"online":"true"}"#, &[]),
        (r#"{"n":3}"#, &["c"]),
        (r#"{"sender.name":"x"}"#, &["a", "c"]),
        (r#"{"sender.name":"x","online":true,"id":"c"}"#, &["c"]),
        (r#"{"members":"u2"}"#, &["a", "c"]),
        (r#"{"members":[]}"#, &["b"]),
        (r#"{"custom_field":"c"}"#, &["a"]),
        (r#"{"customField":null}"#, &["b", "c"]),
        (r#"{"nope":1}"#, &[]),
    ];
    for (filter, want) in cases {
        assert_eq!(ids(&[("filter", filter)]), *want, "filter {filter}");
    }
}

#[test]
fn sorting_and_paging() {
    let cases: &[(&str, &str, &[&str])] = &[
        (r#"{"n":"1"}"#, "", &["b", "a", "c"]),
        (r#"{"n":"-1"}"#, "", &["c", "a", "b"]),
        (r#"{"n":-1}"#, "", &["c", "a", "b"]),
        (r#"{"created_at":"-1"}"#, "", &["c", "b", "a"]),
        (r#"{"createdAt":"-1"}"#, "", &["c", "b", "a"]),
        (r#"{"createdAt":"1"}"#, "", &["a", "b", "c"]),
        (r#"{"sender.name":"-1","id":"1"}"#, "", &["b", "a", "c"]),
        ("", r#"{"offset":1}"#, &["b", "c"]),
        ("", r#"{"offset":1,"per_page":1}"#, &["b"]),
        ("", r#"{"offset":5}"#, &[]),
        (r#"{"n":"-1"}"#, r#"{"offset":0,"per_page":2}"#, &["c", "a"]),
    ];
    for (sort, option, want) in cases {
        let got = ids(&[("filter", "{}"), ("sort", sort), ("option", option)]);
        assert_eq!(got, *want, "sort {sort} option {option}");
    }
}

#[test]
fn count_and_default_page() {
    let query = ListQuery::parse(
        &params(&[("filter", r#"{"online":true}"#), ("option", r#"{"count":true,"per_page":1}"#)]),
        Count::Allowed,
    );
    assert_eq!(query.map(|q| q.select(&items())), Ok(Selection::Count(2)));
    let many: Vec<Value> = (0..30).map(|i| json!({ "i": i })).collect();
    let query = ListQuery::parse(&params(&[("filter", "{}")]), Count::Allowed).expect("valid");
    assert_eq!(query.select(&many), Selection::Page((0..DEFAULT_PER_PAGE).collect()));
}

#[test]
fn rejects_bad_input() {
    let cases: &[&[(&str, &str)]] = &[
        &[],
        &[("filter", "")],
        &[("filter", "{")],
        &[("filter", "[]")],
        &[("filter", "\"x\"")],
        &[("filter", "{}"), ("sort", r#"{"n":"up"}"#)],
        &[("filter", "{}"), ("sort", "[1]")],
        &[("filter", "{}"), ("option", r#"{"per_page":0}"#)],
        &[("filter", "{}"), ("option", r#"{"per_page":101}"#)],
        &[("filter", "{}"), ("option", r#"{"offset":-1}"#)],
        &[("filter", "{}"), ("option", r#"{"offset":1.5}"#)],
        &[("filter", "{}"), ("option", r#"{"count":"yes"}"#)],
        &[("filter", "{}"), ("option", r#"{"perPage":5}"#)],
        &[("filter", "{}"), ("option", "5")],
        &[("filter", "{}"), ("option", r#"{"offset":null}"#)],
        &[("filter", "{}"), ("option", r#"{"count":null}"#)],
        &[("filter", "{}"), ("sort", "{}")],
    ];
    for pairs in cases {
        assert!(ListQuery::parse(&params(pairs), Count::Allowed).is_err(), "{pairs:?}");
    }
    let count = params(&[("filter", "{}"), ("option", r#"{"count":true}"#)]);
    assert!(ListQuery::parse(&count, Count::NotSupported).is_err());
    let no_count = params(&[("filter", "{}"), ("option", r#"{"count":false}"#)]);
    assert!(ListQuery::parse(&no_count, Count::NotSupported).is_err());
}

#[test]
fn pages_built_in_code_search_any_field_ignoring_ascii_case() {
    let items = items();
    let picked = |query: ListQuery| match query.select(&items) {
        Selection::Page(page) => page,
        Selection::Count(n) => panic!("a page, not count {n}"),
    };
    let search =
        |text: &str| picked(ListQuery::page(0, 20).searching(&["id", "sender.name"], text));
    assert_eq!(search("X"), [0, 2]);
    assert_eq!(search("B"), [1]);
    assert_eq!(search("  "), [0, 1, 2], "blank: everything");
    assert_eq!(search("%"), Vec::<usize>::new(), "no LIKE wildcards");
    let none = ListQuery::page(0, 20).searching(&["nope"], "a");
    assert_eq!(picked(none), Vec::<usize>::new());
    // The same paging, filter and sort as the API's language.
    let newest = ListQuery::page(1, 1).sorted("created_at", true);
    assert_eq!(picked(newest), [1]);
    let filtered = ListQuery::page(0, 500).filtered("online", json!(true));
    assert_eq!(picked(filtered), [0, 2]);
}
