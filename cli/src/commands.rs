//! The command tree: the generated subcommands, named and adjusted, under the root command
//! with the global connection flags.
//!
//! The generated code stays untouched; each adjustment is made to the `clap::Command` it
//! returns, and says why.

use clap::Command;

use crate::connection;
use crate::generated::{Cli, CliCommand};
use crate::output::Output;
use crate::query_flags;

/// The generated `--json-body FILE` argument, and its placeholder companion.
const JSON_BODY: &str = "json-body";
const JSON_BODY_TEMPLATE: &str = "json-body-template";

/// How the spec marks text written for its readers in other teams (why a vendor-doc
/// contradiction was settled one way), not for someone running a command.
const AUTHOR_NOTES: [&str; 2] = ["Conflict:", "Choices:"];

/// The whole command tree: global flags, then one subcommand per operation.
pub fn command() -> Command {
    let root = Command::new("ncloud-chat")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Command-line client for the NAVER Cloud Ncloud Chat REST API")
        .after_help(
            "Exit status: 0 success, 2 usage error, 3 API error (vendor code), \
             4 HTTP or transport error, 1 other failure.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true);
    let root = connection::add_global_args(root);
    CliCommand::iter().fold(root, |root, operation| root.subcommand(subcommand(operation)))
}

/// The generated subcommand of one operation, named and adjusted.
fn subcommand(operation: CliCommand) -> Command {
    let command = Cli::<&Output>::get_command(operation).name(subcommand_name(operation));
    // The generated code applies field flags first and then lets `--json-body` replace the
    // whole body, silently dropping them: make the combination an error instead. Field flags
    // are the arguments that are not `required(true)` (path and required query parameters
    // are; required body fields are only "required unless --json-body").
    let has_body = command.get_arguments().any(|arg| arg.get_id() == JSON_BODY);
    let mut command = command.mut_args(|arg| {
        let id = arg.get_id().as_str();
        // Generated as a placeholder (help "XXX") that does nothing.
        let placeholder = id == JSON_BODY_TEMPLATE;
        let body_field = has_body && !arg.is_required_set() && id != JSON_BODY && !placeholder;
        let help = arg.get_help().map(|help| user_text(&help.to_string()));
        let arg = match help {
            Some(help) => arg.help(help),
            None => arg,
        };
        let arg = if body_field { arg.conflicts_with(JSON_BODY) } else { arg };
        arg.hide(placeholder)
    });
    // progenitor puts summary and description in `about`, so the command list would repeat
    // every description; keep the summary there and the description for `--help`.
    if let Some(text) = command.get_about().map(ToString::to_string) {
        let summary = text.lines().next().unwrap_or_default().to_owned();
        command = command.about(summary).long_about(user_text(&text));
    }
    // Every other command names the user `--user-id`; the spec's query parameter is `id`.
    if matches!(operation, CliCommand::IssueToken) {
        command = command.mut_arg("id", |arg| arg.long("user-id").visible_alias("id"));
    }
    match query_flags::list_kind(operation) {
        Some(kind) => query_flags::add_flags(command, kind),
        None => command,
    }
}

/// A spec description as `--help` shows it: without the paragraphs and sentences addressed to
/// the spec's readers ([`AUTHOR_NOTES`]), without `(#/components/...)` references, and without
/// the trailing newline (which `--help` would show as a blank line).
fn user_text(description: &str) -> String {
    let paragraphs = description.split("\n\n").filter_map(|paragraph| {
        let paragraph = paragraph.trim();
        // A note may also start mid-paragraph ("Channel image. Conflict: ..."): cut it off.
        let cut = AUTHOR_NOTES
            .iter()
            .filter_map(|note| paragraph.find(note))
            .min()
            .unwrap_or(paragraph.len());
        let kept = without_references(&paragraph[..cut]);
        let kept = kept.trim();
        (!kept.is_empty()).then(|| kept.to_owned())
    });
    paragraphs.collect::<Vec<_>>().join("\n\n")
}

/// `text` without its ` (#/components/...)` references to the spec's schemas.
fn without_references(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("(#/") {
        let Some(length) = rest[start..].find(')') else {
            break;
        };
        kept.push_str(rest[..start].trim_end());
        rest = &rest[start + length + 1..];
    }
    kept.push_str(rest);
    kept
}

/// progenitor's kebab-case name of an operation: `send_message` → `send-message`.
pub fn subcommand_name(operation: CliCommand) -> String {
    operation.operation_id().replace('_', "-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::error::ErrorKind;

    #[test]
    fn help_text_leaves_out_notes_for_spec_readers() {
        assert_eq!(
            user_text(
                "Issues a token.\nValid for days.\n\nChoices: the query string.\n\n\
                 Conflict: two pages differ.\n"
            ),
            "Issues a token.\nValid for days."
        );
        assert_eq!(
            user_text("Channel image. Conflict: the table says an array.\n"),
            "Channel image."
        );
        assert_eq!(
            user_text("the `Filter` schema\n(#/components/schemas/Filter): exact matches\n"),
            "the `Filter` schema: exact matches"
        );
        assert_eq!(user_text("Conflict: only a note.\n"), "");
        assert_eq!(user_text("Plain text (no reference).\n"), "Plain text (no reference).");
    }

    /// No subcommand's help shows a note or a reference meant for the spec's readers.
    #[test]
    fn help_has_no_spec_author_notes() {
        let mut root = command();
        for operation in CliCommand::iter() {
            let name = subcommand_name(operation);
            let sub = root.find_subcommand_mut(&name).expect("every operation");
            let help = sub.render_long_help().to_string();
            for marker in AUTHOR_NOTES.iter().chain(&["#/components"]) {
                assert!(!help.contains(marker), "{name} --help shows {marker:?}:\n{help}");
            }
        }
    }

    #[test]
    fn issue_token_takes_user_id_like_every_other_command() {
        for flag in ["--id", "--user-id"] {
            let matches = command()
                .try_get_matches_from([
                    "ncloud-chat",
                    "issue-token",
                    flag,
                    "u1",
                    "--expire-day",
                    "7",
                ])
                .unwrap_or_else(|e| panic!("{flag}: {e}"));
            let (_, sub) = matches.subcommand().expect("a subcommand");
            let values: Vec<_> = sub.get_raw("id").expect("id is set").collect();
            assert_eq!(values, ["u1"], "{flag}");
        }
    }

    #[test]
    fn command_tree_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn one_subcommand_per_operation() {
        let root = command();
        for operation in CliCommand::iter() {
            let name = subcommand_name(operation);
            assert!(root.find_subcommand(&name).is_some(), "{name}");
        }
        assert!(root.find_subcommand("send-message").is_some());
        assert!(root.find_subcommand("list-users").is_some());
    }

    /// Every operation taking `filter` gets the list flags: a new list operation in the spec
    /// must be added to `query_flags::list_kind`.
    #[test]
    fn every_list_operation_is_classified() {
        for operation in CliCommand::iter() {
            let generated = Cli::<&Output>::get_command(operation);
            let has_filter = generated.get_arguments().any(|arg| arg.get_id() == "filter");
            assert_eq!(has_filter, query_flags::list_kind(operation).is_some(), "{operation:?}");
        }
    }

    /// `--json-body` replaces the whole body, so it cannot be combined with field flags;
    /// path parameters still go with it.
    #[test]
    fn json_body_excludes_field_flags() {
        let parse = |args: &[&str]| command().try_get_matches_from(args).map(|_| ());
        let error = parse(&["ncloud-chat", "create-channel", "--json-body", "f", "--name", "n"])
            .expect_err("--name with --json-body");
        assert_eq!(error.kind(), ErrorKind::ArgumentConflict);
        let error =
            parse(&["ncloud-chat", "register-user", "--json-body", "f", "--user-id", "guest1"])
                .expect_err("--user-id (a body field here) with --json-body");
        assert_eq!(error.kind(), ErrorKind::ArgumentConflict);
        assert!(
            parse(&["ncloud-chat", "update-user", "--user-id", "u1", "--json-body", "f"]).is_ok()
        );
        assert!(
            parse(&["ncloud-chat", "send-message", "--channel-id", "c", "--json-body", "f"])
                .is_ok()
        );
        assert!(
            parse(&["ncloud-chat", "send-message", "--channel-id", "c", "--content", "hi"]).is_ok()
        );
    }
}
