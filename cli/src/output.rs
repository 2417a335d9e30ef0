//! [`Output`], the generated CLI's [`CliConfig`]: successful responses go to stdout as
//! pretty-printed JSON, and the list subcommands get their query from [`query_flags`].
//!
//! Failures are not printed here: the generated code also returns them, and `main` reports
//! each one once, after converting it to [`ncloud_chat::Error`] (which needs the error by
//! value and of a concrete type, while `CliConfig::error` gets a borrowed generic one).

use std::cell::RefCell;
use std::io::Write;

use clap::ArgMatches;

use crate::api::{Error, ResponseValue, builder};
use crate::generated::CliConfig;
use crate::query_flags;

/// Prints responses; remembers a failure to write them so `main` can exit non-zero (a closed
/// pipe is not a failure).
#[derive(Debug, Default)]
pub struct Output {
    write_error: RefCell<Option<std::io::Error>>,
}

impl Output {
    /// The first error met while writing to stdout, if any.
    pub fn take_write_error(&self) -> Option<std::io::Error> {
        self.write_error.borrow_mut().take()
    }

    fn print_json<T: serde::Serialize>(&self, value: &T) {
        let result = serde_json::to_string_pretty(value)
            .map_err(std::io::Error::other)
            .and_then(|text| writeln!(std::io::stdout().lock(), "{text}"));
        match result {
            // The reader went away (`ncloud-chat list-users | head`): not worth a report.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => {
                self.write_error.borrow_mut().get_or_insert(e);
            }
            Ok(()) => {}
        }
    }
}

/// `&Output` so that `main` keeps the `Output` (the generated `Cli` owns its config).
impl CliConfig for &Output {
    fn success_item<T>(&self, value: &ResponseValue<T>)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug,
    {
        self.print_json(value.as_ref());
    }

    fn success_no_item(&self, _: &ResponseValue<()>) {}

    fn error<T>(&self, _: &Error<T>)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug,
    {
    }

    // The `list_*` methods serve progenitor's streamed (Dropshot-paginated) operations, which
    // this API does not have; they print items the same way in case it ever does.

    fn list_start<T>(&self)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug,
    {
    }

    fn list_item<T>(&self, value: &T)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug,
    {
        self.print_json(value);
    }

    fn list_end_success<T>(&self)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug,
    {
    }

    fn list_end_error<T>(&self, _: &Error<T>)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug,
    {
    }

    fn execute_list_users(
        &self,
        matches: &ArgMatches,
        request: &mut builder::ListUsers,
    ) -> anyhow::Result<()> {
        query_flags::apply(matches, request)
    }

    fn execute_list_channels(
        &self,
        matches: &ArgMatches,
        request: &mut builder::ListChannels,
    ) -> anyhow::Result<()> {
        query_flags::apply(matches, request)
    }

    fn execute_list_subscriptions(
        &self,
        matches: &ArgMatches,
        request: &mut builder::ListSubscriptions,
    ) -> anyhow::Result<()> {
        query_flags::apply(matches, request)
    }

    fn execute_list_messages(
        &self,
        matches: &ArgMatches,
        request: &mut builder::ListMessages,
    ) -> anyhow::Result<()> {
        query_flags::apply(matches, request)
    }
}
