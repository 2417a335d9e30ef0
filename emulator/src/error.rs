//! The error envelope `{"status": <code>, "message": "..."}` and how it travels over HTTP.
//!
//! Handlers return [`ApiError`], which always renders with its 4xx/5xx status and a marker
//! extension. The outermost middleware, [`apply_transport`], then rewrites marked responses to
//! HTTP 200 when the emulator runs with [`ErrorTransport::Http200`], and turns any unmarked
//! error response (one axum produced by itself) into an envelope, so no request ever gets a
//! bare error page.

use axum::Json;
use axum::extract::State;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use crate::config::ErrorTransport;

/// `status` used for every error the vendor does not define (validation, not found,
/// duplicate, body too large, unknown route, wrong method). The only other value the vendor
/// family uses is Game Chat's "missing parameter" `-100`.
pub(crate) const EMULATOR_ERROR_STATUS: i64 = -100;

/// What went wrong, which fixes both the `status` code and the HTTP status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// A vendor result code from the credential check (`-1`..`-6`).
    Auth(i64),
    /// The request is malformed or breaks a documented rule.
    Validation,
    /// A path names something that does not exist, or the route itself does not.
    NotFound,
    /// The request would create a duplicate.
    Conflict,
    /// The body is larger than the configured limit.
    PayloadTooLarge,
    /// The path exists but not with this method.
    MethodNotAllowed,
    /// The console refused a request that did not come from its own page.
    Forbidden,
    /// A bug in the emulator (never expected).
    Internal,
}

impl ErrorKind {
    fn status_code(self) -> i64 {
        match self {
            ErrorKind::Auth(code) => code,
            _ => EMULATOR_ERROR_STATUS,
        }
    }

    fn http_status(self) -> StatusCode {
        match self {
            ErrorKind::Auth(-4) => StatusCode::FORBIDDEN,
            ErrorKind::Auth(-6) => StatusCode::NOT_FOUND,
            ErrorKind::Auth(_) => StatusCode::UNAUTHORIZED,
            ErrorKind::Validation => StatusCode::BAD_REQUEST,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// An error answer: a kind plus the human-readable message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ApiError {
    kind: ErrorKind,
    message: String,
}

impl ApiError {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        ApiError { kind, message: message.into() }
    }

    pub(crate) fn auth(code: i64, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth(code), message)
    }

    pub(crate) fn validation(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Validation, message)
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub(crate) fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }

    pub(crate) fn too_large(limit: usize) -> Self {
        Self::new(
            ErrorKind::PayloadTooLarge,
            format!("request body is larger than the limit of {limit} bytes"),
        )
    }

    pub(crate) fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Forbidden, message)
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }

    /// The same error with `prefix` in front of its message.
    pub(crate) fn with_prefix(mut self, prefix: &str) -> Self {
        self.message.insert_str(0, prefix);
        self
    }

    #[cfg(test)]
    pub(crate) fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// An envelope for an error response axum produced without going through [`ApiError`].
    fn from_bare_status(status: StatusCode) -> Self {
        let kind = match status {
            StatusCode::NOT_FOUND => ErrorKind::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => ErrorKind::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => ErrorKind::PayloadTooLarge,
            s if s.is_client_error() => ErrorKind::Validation,
            _ => ErrorKind::Internal,
        };
        Self::new(kind, format!("request failed: HTTP {status}"))
    }
}

/// A database failure is a bug in the emulator (or a broken database file): 500.
impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> Self {
        ApiError::internal(format!("database error: {error}"))
    }
}

/// Marks a response whose body is an error envelope.
#[derive(Clone, Copy, Debug)]
struct EnvelopeMarker;

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // A struct, not `json!`, so that `status` comes first as in the vendor's example.
        #[derive(serde::Serialize)]
        struct Envelope<'a> {
            status: i64,
            message: &'a str,
        }
        let body = Envelope { status: self.kind.status_code(), message: &self.message };
        let mut response = (self.kind.http_status(), Json(body)).into_response();
        response.extensions_mut().insert(EnvelopeMarker);
        response
    }
}

/// Fallback for paths that match no route.
pub(crate) async fn unknown_route(method: Method, uri: Uri) -> ApiError {
    ApiError::not_found(format!("no such endpoint: {method} {}", uri.path()))
}

/// Fallback for known paths called with a method they do not support.
pub(crate) async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        ErrorKind::MethodNotAllowed,
        format!("method {method} is not allowed on {}", uri.path()),
    )
}

/// Outermost middleware: envelope every error, then apply the configured [`ErrorTransport`].
pub(crate) async fn apply_transport(
    State(transport): State<ErrorTransport>,
    response: Response,
) -> Response {
    let status = response.status();
    let mut response = if response.extensions().get::<EnvelopeMarker>().is_none()
        && (status.is_client_error() || status.is_server_error())
    {
        ApiError::from_bare_status(status).into_response()
    } else {
        response
    };
    if transport == ErrorTransport::Http200
        && response.extensions().get::<EnvelopeMarker>().is_some()
    {
        *response.status_mut() = StatusCode::OK;
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_http_statuses() {
        let cases = [
            (ErrorKind::Auth(-1), -1, 401),
            (ErrorKind::Auth(-2), -2, 401),
            (ErrorKind::Auth(-3), -3, 401),
            (ErrorKind::Auth(-4), -4, 403),
            (ErrorKind::Auth(-5), -5, 401),
            (ErrorKind::Auth(-6), -6, 404),
            (ErrorKind::Validation, -100, 400),
            (ErrorKind::NotFound, -100, 404),
            (ErrorKind::Conflict, -100, 409),
            (ErrorKind::PayloadTooLarge, -100, 413),
            (ErrorKind::MethodNotAllowed, -100, 405),
            (ErrorKind::Forbidden, -100, 403),
            (ErrorKind::Internal, -100, 500),
        ];
        for (kind, code, http) in cases {
            assert_eq!(kind.status_code(), code, "{kind:?}");
            assert_eq!(kind.http_status().as_u16(), http, "{kind:?}");
        }
    }
}
