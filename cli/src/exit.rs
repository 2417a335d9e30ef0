//! Exit statuses, and the one-line report of a failure on stderr.
//!
//! | status | meaning |
//! |---|---|
//! | 0 | success: the response is on stdout |
//! | 1 | anything else (e.g. stdout could not be written) |
//! | 2 | usage: bad flags or values, missing credentials, malformed JSON, a request the client refused to send |
//! | 3 | the service answered with an error envelope (`{"status": -N, ...}`), e.g. `Ncloud Chat error -3 (API key deleted), HTTP 200 OK: ...` |
//! | 4 | HTTP or transport: no connection, timeout, an error status without an envelope, an undecodable response |

use std::error::Error as StdError;
use std::process::ExitCode;

use crate::api::types;

/// Why the run failed, as an exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Status {
    /// 1: a failure that fits no other status.
    Failure = 1,
    /// 2: the command line (or a file it names) is wrong; nothing useful was sent.
    Usage = 2,
    /// 3: the service reported an error code.
    Api = 3,
    /// 4: the exchange with the service failed below the API level.
    Transport = 4,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        ExitCode::from(status as u8)
    }
}

/// Prints `error: <message>` on stderr and returns the matching exit status.
pub fn report(message: &str, status: Status) -> ExitCode {
    eprintln!("error: {message}");
    status.into()
}

/// Classifies an error returned by the generated `Cli::execute` and reports it.
///
/// Request failures arrive as progenitor's `Error<types::ErrorEnvelope>` and are converted to
/// [`ncloud_chat::Error`], which names the vendor code; `query_flags` returns
/// `ncloud_chat::Error` itself. The only other errors the generated code returns come from
/// reading `--json-body` files: usage errors.
pub fn report_execution(error: anyhow::Error) -> ExitCode {
    let error = match error.downcast::<progenitor_client::Error<types::ErrorEnvelope>>() {
        Ok(error) => ncloud_chat::Error::from(error),
        Err(other) => match other.downcast::<ncloud_chat::Error>() {
            Ok(error) => error,
            Err(other) => return report(&format!("{other:#}"), Status::Usage),
        },
    };
    let (message, status) = describe(&error);
    report(&message, status)
}

/// The message (the library's `Display`, with its causes) and exit status for a library error.
pub fn describe(error: &ncloud_chat::Error) -> (String, Status) {
    use ncloud_chat::Error;
    let status = match error {
        Error::Api { .. } => Status::Api,
        Error::Http { .. }
        | Error::Transport(..)
        | Error::Decode { .. }
        | Error::Redirect { .. }
        | Error::TooLarge { .. }
        | Error::Timeout { .. }
        | Error::RepeatedPage { .. } => Status::Transport,
        // After retries: the final attempt's status, the attempts in the message.
        Error::GaveUp { last, .. } => describe(last).1,
        Error::InvalidRequest(_) | Error::Config(_) => Status::Usage,
        _ => Status::Failure,
    };
    (with_causes(error), status)
}

/// `error: cause: cause…`, without repeating a cause already in its parent's message.
fn with_causes(error: &dyn StdError) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use ncloud_chat::{ApiCode, Error};
    use reqwest::StatusCode;

    #[test]
    fn messages_and_statuses() {
        let api =
            |code, message: &str, status| Error::Api { code, message: message.to_owned(), status };
        let cases = [
            (
                api(ApiCode::DeletedKey, "apiKey is deleted", StatusCode::UNAUTHORIZED),
                "Ncloud Chat error -3 (API key deleted), HTTP 401 Unauthorized: apiKey is deleted",
                Status::Api,
            ),
            (
                api(ApiCode::UnknownProject, "", StatusCode::OK),
                "Ncloud Chat error -6 (project not found), HTTP 200 OK: (no message)",
                Status::Api,
            ),
            (
                api(ApiCode::Unknown(-100), "user 'x' not found", StatusCode::NOT_FOUND),
                "Ncloud Chat error -100 (undocumented code), HTTP 404 Not Found: user 'x' not found",
                Status::Api,
            ),
            (
                Error::Http { status: StatusCode::BAD_GATEWAY, body_snippet: "<html>".to_owned() },
                "Ncloud Chat answered HTTP 502 Bad Gateway: <html>",
                Status::Transport,
            ),
            (
                Error::InvalidRequest("filter was not initialized".to_owned()),
                "invalid request: filter was not initialized",
                Status::Usage,
            ),
            (
                Error::Config("no API key".to_owned()),
                "invalid configuration: no API key",
                Status::Usage,
            ),
        ];
        for (error, message, status) in cases {
            assert_eq!(describe(&error), (message.to_owned(), status));
        }
    }

    #[test]
    fn causes_are_appended_once() {
        let source = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let error = Error::Decode { status: None, body_snippet: "{".to_owned(), source };
        let (message, status) = describe(&error);
        assert_eq!(status, Status::Transport);
        assert_eq!(
            message,
            "cannot decode the response: {: EOF while parsing an object at line 1 column 1"
        );
    }

    #[test]
    fn other_errors_are_usage_errors() {
        let error = anyhow::anyhow!("unreadable").context("failed to read body.json");
        assert_eq!(report_execution(error), ExitCode::from(2));
    }
}
