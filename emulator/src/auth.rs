//! The credential check run before every request, with the vendor's result codes.
//!
//! Order of the checks: project header present (`-1 projectId is empty`), key header present
//! (`-1 apiKey is empty`), project known (`-6`), then the key's state (`-2`..`-5`, or `-1` for
//! an unknown key). A header that is present but empty counts as missing.

use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::config::{EmulatorConfig, KeyState};
use crate::error::ApiError;
use crate::state::SharedState;

/// Middleware: answer with the vendor's error envelope unless the credentials are valid.
pub(crate) async fn require_credentials(
    State(state): State<SharedState>,
    request: Request,
    next: Next,
) -> Response {
    match check(&state.config, request.headers()) {
        Ok(()) => next.run(request).await,
        Err(error) => error.into_response(),
    }
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    let value = headers.get(name)?;
    let text = String::from_utf8_lossy(value.as_bytes()).trim().to_owned();
    (!text.is_empty()).then_some(text)
}

fn check(config: &EmulatorConfig, headers: &HeaderMap) -> Result<(), ApiError> {
    let project_id =
        header(headers, "x-project-id").ok_or_else(|| ApiError::auth(-1, "projectId is empty"))?;
    let api_key =
        header(headers, "x-api-key").ok_or_else(|| ApiError::auth(-1, "apiKey is empty"))?;
    if project_id != config.project_id {
        return Err(ApiError::auth(-6, "project not found"));
    }
    let state = config.key_state(&api_key);
    let message = match state {
        KeyState::Active => return Ok(()),
        KeyState::OtherProject => "apiKey does not match the project",
        KeyState::Deleted => "apiKey is deleted",
        KeyState::Disabled => "apiKey is disabled",
        KeyState::Expired => "apiKey is expired",
        KeyState::Unregistered => "apiKey is not registered or has no access permission",
    };
    Err(ApiError::auth(state.status_code(), message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::DEFAULT_PROJECT_ID;
    use crate::error::ErrorKind;

    fn headers(project: Option<&str>, key: Option<&str>) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in [("x-project-id", project), ("x-api-key", key)] {
            if let Some(value) = value {
                map.insert(name, value.parse().expect("test header value"));
            }
        }
        map
    }

    #[test]
    fn result_codes() {
        let config = EmulatorConfig::default();
        let project = Some(DEFAULT_PROJECT_ID);
        let cases: [(Option<&str>, Option<&str>, Option<i64>); 10] = [
            (project, Some(config.key(KeyState::Active)), None),
            (None, None, Some(-1)),
            (None, Some(config.key(KeyState::Active)), Some(-1)),
            (project, None, Some(-1)),
            (project, Some("  "), Some(-1)),
            (Some("other"), Some(config.key(KeyState::Active)), Some(-6)),
            (project, Some(config.key(KeyState::OtherProject)), Some(-2)),
            (project, Some(config.key(KeyState::Deleted)), Some(-3)),
            (project, Some(config.key(KeyState::Disabled)), Some(-4)),
            (project, Some(config.key(KeyState::Expired)), Some(-5)),
        ];
        for (project, key, expected) in cases {
            let got = check(&config, &headers(project, key)).err();
            let expected = expected.map(ErrorKind::Auth);
            assert_eq!(got.as_ref().map(ApiError::kind), expected, "{project:?} {key:?}");
        }
    }
}
