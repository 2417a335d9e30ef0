//! [`Output`], the generated CLI's [`CliConfig`]: successful responses go to stdout as
//! pretty-printed JSON, and the list subcommands get their query from [`query_flags`].
//!
//! What is printed is the body the service sent, seen through the library's response observer
//! ([`Output::body_observer`]), not the decoded value: encoding the spec's types again would
//! drop undeclared fields and `null`s. Only the notation changes: indentation, keys in
//! serde_json's default (sorted) order, numbers as serde_json writes them (see the README).
//! serde_json's `preserve_order` would keep the service's key order, but cargo would turn it on
//! for the library too whenever both are built together, changing the text of nested `Filter`
//! values it sends. The decoded value is printed only if no body was observed.
//!
//! Failures are not printed here: the generated code also returns them, and `main` reports
//! each one once, after converting it to [`ncloud_chat::Error`] (which needs the error by
//! value and of a concrete type, while `CliConfig::error` gets a borrowed generic one).

use std::cell::RefCell;
use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use clap::ArgMatches;
use ncloud_chat::ResponseBody;
use serde_json::Value;

use crate::api::{Error, ResponseValue, builder};
use crate::generated::CliConfig;
use crate::query_flags;

/// Prints responses; remembers a failure to write them so `main` can exit non-zero (a closed
/// pipe is not a failure).
#[derive(Debug, Default)]
pub struct Output {
    write_error: RefCell<Option<std::io::Error>>,
    /// The last successful response body, filled by [`body_observer`](Self::body_observer).
    raw_body: Arc<Mutex<Option<Vec<u8>>>>,
}

impl Output {
    /// The observer to give the client (`ClientBuilder::on_response`): it keeps the body of
    /// the run's response for [`CliConfig::success_item`].
    pub fn body_observer(&self) -> impl Fn(&ResponseBody<'_>) + Send + Sync + 'static {
        let slot = Arc::clone(&self.raw_body);
        move |response| {
            *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(response.body().to_vec());
        }
    }

    /// The observed body as JSON, once.
    fn take_raw_body(&self) -> Option<Value> {
        let body = self.raw_body.lock().unwrap_or_else(PoisonError::into_inner).take()?;
        serde_json::from_slice(&body).ok()
    }

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
        match self.take_raw_body() {
            Some(raw) => self.print_json(&raw),
            None => self.print_json(value.as_ref()),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_observed_body_is_printed_once_then_the_typed_value() {
        let output = Output::default();
        assert_eq!(output.take_raw_body(), None, "nothing observed: typed value");
        *output.raw_body.lock().unwrap() = Some(br#"{"id":"u","name":null}"#.to_vec());
        assert_eq!(output.take_raw_body(), Some(serde_json::json!({ "id": "u", "name": null })));
        assert_eq!(output.take_raw_body(), None);
    }
}
