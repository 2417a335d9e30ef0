//! The global connection flags and the [`Client`] they configure.
//!
//! Each flag falls back to its environment variable (clap's `env`). The API key's value is
//! never shown: `--help` hides environment values for it, and nothing this crate prints
//! formats it.

use clap::{Arg, ArgMatches, Command};
use ncloud_chat::{Client, ResponseBody};

const API_KEY: &str = "api-key";
const PROJECT_ID: &str = "project-id";
const BASE_URL: &str = "base-url";
const HEADING: &str = "Connection";

/// Adds `--api-key`, `--project-id` and `--base-url` to the root command, usable before or
/// after the subcommand.
pub fn add_global_args(command: Command) -> Command {
    command
        .arg(
            Arg::new(API_KEY)
                .long(API_KEY)
                .value_name("KEY")
                .env("NCLOUD_CHAT_API_KEY")
                .hide_env_values(true)
                .global(true)
                .help_heading(HEADING)
                .help(
                    "Project API key (dashboard: Settings > General). Prefer the environment \
                     variable: a command line is visible to other local users",
                ),
        )
        .arg(
            Arg::new(PROJECT_ID)
                .long(PROJECT_ID)
                .value_name("UUID")
                .env("NCLOUD_CHAT_PROJECT_ID")
                .global(true)
                .help_heading(HEADING)
                .help("Project ID (dashboard: Settings > General)"),
        )
        .arg(
            Arg::new(BASE_URL)
                .long(BASE_URL)
                .value_name("URL")
                .env("NCLOUD_CHAT_BASE_URL")
                .global(true)
                .help_heading(HEADING)
                .help(format!(
                    "API endpoint [default: {}]",
                    ncloud_chat::DEFAULT_BASE_URL
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

fn non_empty<'a>(matches: &'a ArgMatches, id: &str) -> Option<&'a str> {
    matches
        .get_one::<String>(id)
        .map(|value| value.trim())
        .filter(|value| !value.is_empty())
}
