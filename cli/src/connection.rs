//! The global connection flags and the [`Client`] they configure.
//!
//! Each flag falls back to its environment variable, read here rather than with clap's `env`:
//! clap counts a value from the environment as a flag given on the command line, and prints it
//! in the usage line of every usage error (`--api-key <KEY> --project-id <UUID>`), as if the
//! flags were required. `--help` names each variable and shows its value, except the API key's;
//! nothing this crate prints formats the key.

use clap::{Arg, ArgMatches, Command};
use ncloud_chat::{Client, ResponseBody};

const API_KEY: &str = "api-key";
const PROJECT_ID: &str = "project-id";
const BASE_URL: &str = "base-url";
const HEADING: &str = "Connection";

const ENV_API_KEY: &str = "NCLOUD_CHAT_API_KEY";
const ENV_PROJECT_ID: &str = "NCLOUD_CHAT_PROJECT_ID";
const ENV_BASE_URL: &str = "NCLOUD_CHAT_BASE_URL";

/// The flag each variable stands in for.
const ENV_OF: [(&str, &str); 3] = [
    (API_KEY, ENV_API_KEY),
    (PROJECT_ID, ENV_PROJECT_ID),
    (BASE_URL, ENV_BASE_URL),
];

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
                .help(with_env(
                    "Project ID (dashboard: Settings > General)",
                    ENV_PROJECT_ID,
                    true,
                )),
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

/// Why no [`Client`] could be built from the flags.
#[derive(Debug)]
pub enum ConnectionError {
    /// A required flag is missing (or empty) and so is its environment variable.
    Missing(&'static str),
    /// The library rejected the configuration (e.g. a malformed base URL).
    Invalid(ncloud_chat::Error),
}

impl std::fmt::Display for ConnectionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(what) => write!(f, "{what}"),
            Self::Invalid(e) => write!(f, "invalid connection settings: {e}"),
        }
    }
}

/// Builds the client from the (sub)command's matches, where the global flags are visible;
/// `on_response` is shown each successful response body (see `output.rs`).
pub fn client(
    matches: &ArgMatches,
    on_response: impl Fn(&ResponseBody<'_>) + Send + Sync + 'static,
) -> Result<Client, ConnectionError> {
    let api_key = non_empty(matches, API_KEY).ok_or(ConnectionError::Missing(
        "no API key: pass --api-key or set NCLOUD_CHAT_API_KEY",
    ))?;
    let project_id = non_empty(matches, PROJECT_ID).ok_or(ConnectionError::Missing(
        "no project ID: pass --project-id or set NCLOUD_CHAT_PROJECT_ID",
    ))?;
    let mut builder = Client::builder()
        .api_key(api_key)
        .project_id(project_id)
        .on_response(on_response);
    if let Some(url) = non_empty(matches, BASE_URL) {
        builder = builder.base_url(url);
    }
    builder.build().map_err(ConnectionError::Invalid)
}

/// The flag's value, else its environment variable's; `None` when both are missing or blank.
fn non_empty(matches: &ArgMatches, id: &str) -> Option<String> {
    let from_env = || {
        let (_, env) = ENV_OF.iter().find(|(flag, _)| *flag == id)?;
        // Not UTF-8: passed on lossily, so the library reports an invalid value, not a missing one.
        std::env::var_os(env).map(|value| value.to_string_lossy().into_owned())
    };
    matches
        .get_one::<String>(id)
        .cloned()
        .or_else(from_env)
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}
