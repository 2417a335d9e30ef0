//! The flags end to end: declared on a generated subcommand, parsed by clap, read into the query.

use super::read::{ListQuery, list_query};
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
        (Counted, &["--filter", r#" {"a" : 1} "#], expect(r#" {"a" : 1} "#, None, None)),
        (
            Counted,
            &["--where", "name=bob", "--where", "online:=true"],
            expect(r#"{"name":"bob","online":true}"#, None, None),
        ),
        (Counted, &["--where", "n=1", "--where", "n:=1"], expect(r#"{"n":1}"#, None, None)),
        (
            Counted,
            &["--where", "sender.name=a=b", "--where", "memo="],
            expect(r#"{"sender.name":"a=b","memo":""}"#, None, None),
        ),
        (Counted, &["--sort-asc", "name"], expect("{}", Some(r#"{"name":"1"}"#), None)),
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
            expect("{}", None, Some(r#"{"offset":0,"per_page":100,"count":true}"#)),
        ),
        (Messages, &["--offset", "40"], expect("{}", None, Some(r#"{"offset":40}"#))),
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
