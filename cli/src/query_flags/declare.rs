//! The list flags declared on a generated subcommand, with the value parsers that check them
//! before anything is sent.

use clap::{Arg, ArgAction, Command, value_parser};
use serde_json::Value;

use super::{COUNT, FILTER, ListKind, OFFSET, OPTION, PER_PAGE, SORT, SORT_ASC, SORT_DESC, WHERE};

/// Adds the convenience flags to a generated list subcommand and validates its JSON flags.
pub fn add_flags(command: Command, kind: ListKind) -> Command {
    let command = command
        // The spec's texts for these describe the wire format for other languages' authors.
        .mut_arg(FILTER, |arg| {
            arg.required(false).value_name("JSON").value_parser(json_object).help(
                "Exact-match conditions as a JSON object, e.g. '{\"online\":true}'; dotted \
                     keys reach nested fields ('{\"sender.name\":\"guest\"}'). Without it the \
                     filter is built from --where, or is {} (everything)",
            )
        })
        .mut_arg(SORT, |arg| {
            arg.value_name("JSON").value_parser(json_object).help(
                "Sort order as a JSON object: '{\"FIELD\":\"1\"}' ascending, \
                 '{\"FIELD\":\"-1\"}' descending",
            )
        })
        .mut_arg(OPTION, |arg| {
            arg.value_name("JSON").value_parser(json_object).help(match kind {
                ListKind::Counted => {
                    "Paging as a JSON object: offset, per_page (1 to 100), and count (true: \
                         the number of matching items instead of the items), e.g. \
                         '{\"offset\":0,\"per_page\":20}'"
                }
                ListKind::Messages => {
                    "Paging as a JSON object: offset and per_page (1 to 100), e.g. \
                         '{\"offset\":0,\"per_page\":20}'"
                }
            })
        })
        .arg(
            Arg::new(WHERE)
                .long(WHERE)
                .value_name("KEY=TEXT|KEY:=JSON")
                .action(ArgAction::Append)
                .value_parser(condition)
                .conflicts_with(FILTER)
                .help(
                    "Filter condition, repeatable: `name=guest` matches the string \"guest\", \
                     `online:=true` any JSON value; dotted keys reach nested fields \
                     (`sender.name=admin`)",
                ),
        )
        .arg(
            Arg::new(SORT_ASC)
                .long(SORT_ASC)
                .value_name("FIELD")
                .conflicts_with_all([SORT, SORT_DESC])
                .help("Sort by FIELD, ascending"),
        )
        .arg(
            Arg::new(SORT_DESC)
                .long(SORT_DESC)
                .value_name("FIELD")
                .conflicts_with(SORT)
                .help("Sort by FIELD, descending (e.g. `created_at` for newest first)"),
        )
        .arg(
            Arg::new(OFFSET)
                .long(OFFSET)
                .value_name("N")
                .value_parser(value_parser!(u64))
                .conflicts_with(OPTION)
                .help("Index of the first item to return"),
        )
        .arg(
            Arg::new(PER_PAGE)
                .long(PER_PAGE)
                .value_name("N")
                // The range is the library's to check (the spec's `per_page`), exit status 2.
                .value_parser(value_parser!(u32))
                .conflicts_with(OPTION)
                .help("Page size, 1 to 100"),
        );
    match kind {
        ListKind::Messages => command,
        ListKind::Counted => {
            command.arg(
                Arg::new(COUNT).long(COUNT).action(ArgAction::SetTrue).conflicts_with(OPTION).help(
                    "Print {\"count\": N}, the number of matching items, instead of the items",
                ),
            )
        }
    }
}

/// Value parser of `--filter`, `--sort` and `--option`: a JSON object, kept as typed.
fn json_object(text: &str) -> Result<String, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(_)) => Ok(text.to_owned()),
        Ok(other) => Err(format!(
            "expected a JSON object such as '{{}}' or '{{\"name\":\"guest\"}}', got {}",
            json_kind(&other)
        )),
        Err(e) => Err(format!("not valid JSON ({e})")),
    }
}

/// Value parser of `--where`: `KEY=TEXT` (string value) or `KEY:=JSON` (any JSON value).
fn condition(text: &str) -> Result<(String, Value), String> {
    let (key, value) =
        text.split_once('=').ok_or_else(|| "expected KEY=TEXT or KEY:=JSON".to_owned())?;
    let (key, value) = match key.strip_suffix(':') {
        Some(key) => (
            key,
            serde_json::from_str(value)
                .map_err(|e| format!("the value after ':=' is not valid JSON ({e})"))?,
        ),
        None => (key, Value::String(value.to_owned())),
    };
    if key.is_empty() {
        return Err("the KEY before '=' is empty".to_owned());
    }
    Ok((key.to_owned(), value))
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions() {
        assert_eq!(condition("a=b"), Ok(("a".into(), Value::from("b"))));
        assert_eq!(condition("a:=\"b\""), Ok(("a".into(), Value::from("b"))));
        assert_eq!(condition("a:=null"), Ok(("a".into(), Value::Null)));
        assert_eq!(condition("a:=[1,2]"), Ok(("a".into(), serde_json::json!([1, 2]))));
        assert_eq!(condition("a:b=c"), Ok(("a:b".into(), Value::from("c"))));
        assert!(condition(":=1").is_err());
    }
}
