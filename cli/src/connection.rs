//! The global connection flags and the [`Client`] they configure.
//!
//! Each flag falls back to its environment variable, read here rather than with clap's `env`:
//! clap counts a value from the environment as a flag given on the command line, and prints it
//! in the usage line of every usage error (`--api-key <KEY> --project-id <UUID>`), as if the
//! flags were required. `--help` names each variable and shows its value, except the API key's;
//! nothing this crate prints formats the key.

use clap::{Arg, ArgMatches, Command};
use ncloud_chat::{Client, ClientBuilder, ResponseBody};

const API_KEY: &str = "api-key";
const PROJECT_ID: &str = "project-id";
const BASE_URL: &str = "base-url";
const HEADING: &str = "Connection";

const ENV_API_KEY: &str = "NCLOUD_CHAT_API_KEY";
const ENV_PROJECT_ID: &str = "NCLOUD_CHAT_PROJECT_ID";
const ENV_BASE_URL: &str = "NCLOUD_CHAT_BASE_URL";

/// The flag each variable stands in for.
const ENV_OF: [(&str, &str); 3] =
    [(API_KEY, ENV_API_KEY), (PROJECT_ID, ENV_PROJECT_ID), (BASE_URL, ENV_BASE_URL)];

/// `help`, then the variable the flag falls back to, with its current value when `show_value`
/// (as clap's `env` would print it).
fn with_env(help: &str, env: &str, show_value: bool) -> String {
    let value = std::env::var_os(env).filter(|_| show_value);
    match value {
        Some(value) => format!("{help}\n\n[env: {env}={}]", value.to_string_lossy()),
        None => format!("{help}\n\n[env: {env}]"),
    }
}

/// Adds `--api-key`, `--project-id` and `--base-url` to the root command, usable before or
/// after the subcommand.
pub fn add_global_args(command: Command) -> Command {
    command
        .arg(
            Arg::new(API_KEY)
                .long(API_KEY)
                .value_name("KEY")
                .global(true)
                .help_heading(HEADING)
                .help(with_env(
                    "Project API key (dashboard: Settings > General). Prefer the environment \
                     variable: a command line is visible to other local users",
                    ENV_API_KEY,
                    false,
                )),
        )
        .arg(
            Arg::new(PROJECT_ID)
                .long(PROJECT_ID)
                .value_name("UUID")
                .global(true)
                .help_heading(HEADING)
                .help(with_env("Project ID (dashboard: Settings > General)", ENV_PROJECT_ID, true)),
        )
        .arg(
            Arg::new(BASE_URL)
                .long(BASE_URL)
                .value_name("URL")
                .global(true)
                .help_heading(HEADING)
                .help(with_env(
                    &format!("API endpoint [default: {}]", ncloud_chat::DEFAULT_BASE_URL),
                    ENV_BASE_URL,
                    true,
                )),
        )
}

/// Builds the client from the (sub)command's matches, where the global flags are visible:
/// the library's [`ClientBuilder::from_env_vars`], each variable answered by its flag when
/// given; `on_response` is shown each successful response body (see `output.rs`).
///
/// # Errors
///
/// The library's [`ncloud_chat::Error::Config`] (a missing credential, a malformed base URL),
/// its message naming the flags for the builder's setters.
pub fn client(
    matches: &ArgMatches,
    on_response: impl Fn(&ResponseBody<'_>) + Send + Sync + 'static,
) -> Result<Client, ncloud_chat::Error> {
    ClientBuilder::from_env_vars(|var| {
        let (flag, _) = ENV_OF.iter().find(|(_, env)| *env == var)?;
        let from_env = || {
            // Not UTF-8: passed on lossily, so the library reports an invalid value, not a
            // missing one.
            std::env::var_os(var).map(|value| value.to_string_lossy().into_owned())
        };
        matches.get_one::<String>(flag).cloned().or_else(from_env)
    })
    .on_response(on_response)
    .build()
    .map_err(|error| match error {
        ncloud_chat::Error::Config(message) => {
            let message = [(API_KEY, "api_key"), (PROJECT_ID, "project_id")].iter().fold(
                message,
                |text, (flag, setter)| {
                    text.replace(
                        &format!("call ClientBuilder::{setter}"),
                        &format!("pass --{flag}"),
                    )
                },
            );
            ncloud_chat::Error::Config(message)
        }
        other => other,
    })
}
