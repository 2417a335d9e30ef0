//! Request extractors whose failures are error envelopes, never axum's plain-text rejections.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, FailedToBufferBody};
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::HeaderMap;
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::ApiError;
use crate::state::SharedState;

/// A JSON object request body: `Content-Type: application/json` (or `…+json`), at most
/// `max_body_bytes` long, and deserializable into `T`.
///
/// The top-level shape is checked before `T` sees it, because serde would also build a
/// struct from a JSON array (`["id","name"]`).
#[derive(Debug)]
pub(crate) struct JsonBody<T>(pub(crate) T);

/// A JSON array request body whose items are objects, deserializable into `Vec<T>`.
#[derive(Debug)]
pub(crate) struct JsonArray<T>(pub(crate) Vec<T>);

fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Reads the body as JSON, enforcing the content type and the size limit.
async fn read_json(request: Request, state: &SharedState) -> Result<Value, ApiError> {
    let limit = state.config.max_body_bytes;
    let declared = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(ApiError::too_large(limit));
    }
    if !is_json(request.headers()) {
        return Err(ApiError::validation("Content-Type must be application/json"));
    }
    let bytes = Bytes::from_request(request, state).await.map_err(|rejection| match rejection {
        BytesRejection::FailedToBufferBody(FailedToBufferBody::LengthLimitError(_)) => {
            ApiError::too_large(limit)
        }
        other => {
            ApiError::validation(format!("could not read the request body: {}", other.body_text()))
        }
    })?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::validation("request body is empty: a JSON body is required"));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::validation(format!("request body is not valid JSON: {e}")))
}

fn deserialize<T: DeserializeOwned>(value: Value) -> Result<T, ApiError> {
    serde_json::from_value(value)
        .map_err(|e| ApiError::validation(format!("invalid request body: {e}")))
}

impl<T: DeserializeOwned> FromRequest<SharedState> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &SharedState) -> Result<Self, ApiError> {
        let value = read_json(request, state).await?;
        if !value.is_object() {
            return Err(ApiError::validation("invalid request body: expected a JSON object"));
        }
        deserialize(value).map(JsonBody)
    }
}

impl<T: DeserializeOwned> FromRequest<SharedState> for JsonArray<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &SharedState) -> Result<Self, ApiError> {
        let value = read_json(request, state).await?;
        let objects = value.as_array().is_some_and(|items| items.iter().all(Value::is_object));
        if !objects {
            return Err(ApiError::validation(
                "invalid request body: expected a JSON array of objects",
            ));
        }
        deserialize(value).map(JsonArray)
    }
}

/// `#[serde(default, deserialize_with = "non_null")]`: an optional body field the spec does not
/// declare `nullable`. Absent is `None`; `null` is refused like any other value of the wrong
/// type.
pub(crate) fn non_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Path parameters.
#[derive(Debug)]
pub(crate) struct PathParams<T>(pub(crate) T);

impl<T: DeserializeOwned + Send> FromRequestParts<SharedState> for PathParams<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &SharedState) -> Result<Self, ApiError> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(value)| PathParams(value))
            .map_err(|rejection| {
                ApiError::validation(format!("invalid path: {}", rejection.body_text()))
            })
    }
}

/// Query string parameters by name (the last one wins when a name repeats).
#[derive(Debug)]
pub(crate) struct QueryParams(pub(crate) HashMap<String, String>);

impl QueryParams {
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }
}

impl FromRequestParts<SharedState> for QueryParams {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &SharedState) -> Result<Self, ApiError> {
        Query::<Vec<(String, String)>>::from_request_parts(parts, state)
            .await
            .map(|Query(pairs)| QueryParams(pairs.into_iter().collect()))
            .map_err(|rejection| {
                ApiError::validation(format!("invalid query string: {}", rejection.body_text()))
            })
    }
}
