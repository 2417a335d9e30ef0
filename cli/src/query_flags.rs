//! Conveniences for the list operations, added to their generated subcommands.
//!
//! The generated `--filter`, `--sort` and `--option` take the raw JSON the service expects;
//! here they are checked to be JSON objects before anything is sent, and `--filter` becomes
//! optional (default `{}`, "everything"). Friendlier flags build the same JSON with the
//! library's query builders ([`Filter`], [`Sort`], [`ListOption`], [`MessageListOption`]):
//!
//! | flags | parameter |
//! |---|---|
//! | `--where KEY=TEXT` (a string), `--where KEY:=JSON` (any JSON value), repeatable | `filter` |
//! | `--sort-asc FIELD` or `--sort-desc FIELD` | `sort` |
//! | `--offset N`, `--per-page N`, `--count` (not for messages) | `option` |
//!
//! A raw JSON flag and the friendly flags for the same parameter cannot be combined (clap
//! reports the conflict): merging two spellings of one parameter would hide which one won.

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use serde_json::Value;

use ncloud_chat::{Filter, ListOption, ListRequest, MessageListOption, Sort};

use crate::generated::CliCommand;

const FILTER: &str = "filter";
const SORT: &str = "sort";
const OPTION: &str = "option";
const WHERE: &str = "where";
const SORT_ASC: &str = "sort-asc";
const SORT_DESC: &str = "sort-desc";
const OFFSET: &str = "offset";
const PER_PAGE: &str = "per-page";
const COUNT: &str = "count";

/// Which `option` shape a list operation takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// `ListOption`: `offset`, `per_page` and `count` (users, channels, subscriptions).
    Counted,
    /// `MessageListOption`: `offset` and `per_page` only (messages).
    Messages,
}

/// The list operations; every other operation has no `filter`/`sort`/`option`.
pub fn list_kind(command: CliCommand) -> Option<ListKind> {
    match command {
        CliCommand::ListUsers | CliCommand::ListChannels | CliCommand::ListSubscriptions => {
            Some(ListKind::Counted)
        }
        CliCommand::ListMessages => Some(ListKind::Messages),
        _ => None,
    }
}

/// Adds the convenience flags to a generated list subcommand and validates its JSON flags.
pub fn add_flags(command: Command, kind: ListKind) -> Command {
    let command = command
        // The spec's texts for these describe the wire format for other languages' authors.
        .mut_arg(FILTER, |arg| {
            arg.required(false)
                .value_name("JSON")
                .value_parser(json_object)
                .help(
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
            arg.value_name("JSON")
                .value_parser(json_object)
                .help(match kind {
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
        ListKind::Counted => command.arg(
            Arg::new(COUNT)
                .long(COUNT)
                .action(ArgAction::SetTrue)
                .conflicts_with(OPTION)
                .help("Print {\"count\": N}, the number of matching items, instead of the items"),
        ),
    }
}

/// The JSON strings to send as `filter`, `sort` and `option`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    /// Always sent (the service requires it): the raw `--filter`, or built from `--where`.
    pub filter: String,
    /// The raw `--sort`, built from `--sort-asc`/`--sort-desc`, or absent.
    pub sort: Option<String>,
    /// The raw `--option`, built from `--offset`/`--per-page`/`--count`, or absent.
    pub option: Option<String>,
}

/// Reads the list flags of a subcommand built with [`add_flags`] for `kind`. Raw JSON flags
/// are sent exactly as typed (clap validated them).
///
/// # Errors
///
/// [`ncloud_chat::Error::InvalidRequest`] when the library refuses the option built from
/// `--offset`, `--per-page` and `--count` (e.g. `--per-page 0`).
pub fn list_query(matches: &ArgMatches, kind: ListKind) -> Result<ListQuery, ncloud_chat::Error> {
    let filter = match matches.get_one::<String>(FILTER) {
        Some(raw) => raw.clone(),
        None => matches
            .get_many::<(String, Value)>(WHERE)
            .into_iter()
            .flatten()
            .fold(Filter::new(), |filter, (key, value)| {
                filter.eq(key.as_str(), value.clone())
            })
            .into(),
    };
    let sort = matches.get_one::<String>(SORT).cloned().or_else(|| {
        let ascending = matches.get_one::<String>(SORT_ASC).map(Sort::ascending);
        let descending = matches.get_one::<String>(SORT_DESC).map(Sort::descending);
        ascending.or(descending).map(String::from)
    });
    let option = match matches.get_one::<String>(OPTION) {
        Some(raw) => Some(raw.clone()),
        None => option_from_flags(matches, kind)?,
    };
    Ok(ListQuery {
        filter,
        sort,
        option,
    })
}

/// `option` from `--offset`, `--per-page` and `--count`; `None` when none is given.
fn option_from_flags(
    matches: &ArgMatches,
    kind: ListKind,
) -> Result<Option<String>, ncloud_chat::Error> {
    let offset = matches.get_one::<u64>(OFFSET).copied();
    let per_page = matches.get_one::<u32>(PER_PAGE).copied();
    let count = kind == ListKind::Counted && matches.get_flag(COUNT);
    if offset.is_none() && per_page.is_none() && !count {
        return Ok(None);
    }
    let json = match kind {
        ListKind::Counted => {
            let mut option = ListOption::new();
            option = offset.map_or(option, |n| option.offset(n));
            option = per_page.map_or(option, |n| option.per_page(n));
            if count {
                option = option.count(true);
            }
            option.to_json()?
        }
        ListKind::Messages => {
            let mut option = MessageListOption::new();
            option = offset.map_or(option, |n| option.offset(n));
            option = per_page.map_or(option, |n| option.per_page(n));
            option.to_json()?
        }
    };
    Ok(Some(json))
}

/// The `CliConfig::execute_list_*` override: sets the request's query from the flags, through
/// the library's [`ListRequest`].
///
/// # Errors
///
/// As [`list_query`].
pub fn apply<R: ListRequest + Clone>(matches: &ArgMatches, request: &mut R) -> anyhow::Result<()> {
    let kind = if R::COUNTABLE {
        ListKind::Counted
    } else {
        ListKind::Messages
    };
    let ListQuery {
        filter,
        sort,
        option,
    } = list_query(matches, kind)?;
    *request = request.clone().with_query(filter, sort, option);
    Ok(())
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
    let (key, value) = text
        .split_once('=')
        .ok_or_else(|| "expected KEY=TEXT or KEY:=JSON".to_owned())?;
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
    use crate::generated::Cli;
    use crate::output::Output;

    fn query(kind: ListKind, args: &[&str]) -> Result<ListQuery, clap::Error> {
        let operation = match kind {
            ListKind::Counted => CliCommand::ListUsers,
            ListKind::Messages => CliCommand::ListMessages,
        };
        let command = add_flags(Cli::<&Output>::get_command(operation).name("list"), kind);
        let mut argv = vec!["list"];
        if kind == ListKind::Messages {
            argv.extend(["--channel-id", "C"]);
        }
        argv.extend(args);
        command
            .try_get_matches_from(argv)
            .map(|matches| list_query(&matches, kind).expect("valid option"))
    }

    fn expect(filter: &str, sort: Option<&str>, option: Option<&str>) -> ListQuery {
        ListQuery {
            filter: filter.to_owned(),
            sort: sort.map(str::to_owned),
            option: option.map(str::to_owned),
        }
    }

    #[test]
    fn flags_to_query() {
        use ListKind::{Counted, Messages};
        let cases: &[(ListKind, &[&str], ListQuery)] = &[
            (Counted, &[], expect("{}", None, None)),
            (Messages, &[], expect("{}", None, None)),
            (
                Counted,
                &["--filter", r#" {"a" : 1} "#],
                expect(r#" {"a" : 1} "#, None, None),
            ),
            (
                Counted,
                &["--where", "name=bob", "--where", "online:=true"],
                expect(r#"{"name":"bob","online":true}"#, None, None),
            ),
            (
                Counted,
                &["--where", "n=1", "--where", "n:=1"],
                expect(r#"{"n":1}"#, None, None),
            ),
            (
                Counted,
                &["--where", "sender.name=a=b", "--where", "memo="],
                expect(r#"{"sender.name":"a=b","memo":""}"#, None, None),
            ),
            (
                Counted,
                &["--sort-asc", "name"],
                expect("{}", Some(r#"{"name":"1"}"#), None),
            ),
            (
                Messages,
                &["--sort-desc", "created_at"],
                expect("{}", Some(r#"{"created_at":"-1"}"#), None),
            ),
            (
                Counted,
                &["--sort", r#"{"createdAt":"-1"}"#],
                expect("{}", Some(r#"{"createdAt":"-1"}"#), None),
            ),
            (
                Counted,
                &["--offset", "0", "--per-page", "100", "--count"],
                expect(
                    "{}",
                    None,
                    Some(r#"{"offset":0,"per_page":100,"count":true}"#),
                ),
            ),
            (
                Messages,
                &["--offset", "40"],
                expect("{}", None, Some(r#"{"offset":40}"#)),
            ),
            (
                Counted,
                &["--option", r#"{"count":true}"#],
                expect("{}", None, Some(r#"{"count":true}"#)),
            ),
        ];
        for (kind, args, expected) in cases {
            assert_eq!(query(*kind, args).as_ref().ok(), Some(expected), "{args:?}");
        }
    }

    #[test]
    fn rejected_flags() {
        use ListKind::{Counted, Messages};
        let cases: &[(ListKind, &[&str])] = &[
            (Counted, &["--filter", "{"]),
            (Counted, &["--filter", "null"]),
            (Counted, &["--sort", "[]"]),
            (Counted, &["--option", "\"offset\""]),
            (Counted, &["--where", "novalue"]),
            (Counted, &["--where", "=value"]),
            (Counted, &["--where", "k:="]),
            (Counted, &["--filter", "{}", "--where", "a=b"]),
            (Counted, &["--sort", "{}", "--sort-asc", "a"]),
            (Counted, &["--sort-asc", "a", "--sort-desc", "b"]),
            (Counted, &["--option", "{}", "--offset", "1"]),
            (Counted, &["--option", "{}", "--count"]),
            (Counted, &["--offset", "-1"]),
            (Messages, &["--count"]),
        ];
        for (kind, args) in cases {
            assert!(query(*kind, args).is_err(), "{args:?} was accepted");
        }
    }

    #[test]
    fn page_sizes_are_the_library_s_to_refuse() {
        let command = add_flags(
            Cli::<&Output>::get_command(CliCommand::ListUsers).name("list"),
            ListKind::Counted,
        );
        for per_page in ["0", "101"] {
            let matches = command
                .clone()
                .try_get_matches_from(["list", "--per-page", per_page])
                .expect("clap takes any u32");
            match list_query(&matches, ListKind::Counted) {
                Err(ncloud_chat::Error::InvalidRequest(message)) => assert_eq!(
                    message,
                    format!("`option.per_page` must be from 1 to 100, got {per_page}")
                ),
                other => panic!("{per_page}: {other:?}"),
            }
        }
    }

    #[test]
    fn conditions() {
        assert_eq!(condition("a=b"), Ok(("a".into(), Value::from("b"))));
        assert_eq!(condition("a:=\"b\""), Ok(("a".into(), Value::from("b"))));
        assert_eq!(condition("a:=null"), Ok(("a".into(), Value::Null)));
        assert_eq!(
            condition("a:=[1,2]"),
            Ok(("a".into(), serde_json::json!([1, 2])))
        );
        assert_eq!(condition("a:b=c"), Ok(("a:b".into(), Value::from("c"))));
        assert!(condition(":=1").is_err());
    }
}
