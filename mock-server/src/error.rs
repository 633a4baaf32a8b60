//! The one error body of the API, `ApiError`, and the rules for which status carries it.
//!
//! Every refusal the mock produces goes through [`ApiError`], including the ones axum would
//! otherwise answer in plain text (malformed JSON, unknown routes), so clients only ever parse one
//! error shape.

use axum::extract::{FromRequest, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Error codes the mock uses: the API's own, from `pancake_openapi::error_code` (the one list the
/// client and the conformance suite read too), and the two the mock adds for statuses no source
/// gives a code for.
pub mod code {
    pub use pancake_openapi::error_code::{
        ALREADY_REPLIED, INVALID_PARAMETER, INVALID_TOKEN, MISSING_PARAMETER, NOT_FOUND,
        RATE_LIMITED, REPLY_EXPIRED, TOKEN_RENEWED,
    };
    /// Payload too large (the mock's: the body repeats the status).
    pub const TOO_LARGE: i64 = 413;
    /// Transient server error (injected faults; the mock's: the body repeats the status).
    pub const SERVER_ERROR: i64 = 500;
}

/// The body of every error: `{"success": false, "error_code": N, "message": "..."}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ApiErrorBody {
    /// Always `false`.
    pub success: bool,
    /// Pancake / Graph error code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<i64>,
    /// What went wrong and, where possible, what to do.
    pub message: String,
}

/// An error response: an HTTP status and an [`ApiErrorBody`].
#[derive(Debug, Clone, thiserror::Error)]
#[error("{status}: {message} (error_code {code})")]
pub struct ApiError {
    /// HTTP status (200 for the API's in-band errors).
    pub status: StatusCode,
    /// Error code of the body.
    pub code: i64,
    /// Message of the body.
    pub message: String,
    /// Seconds for a `Retry-After` header.
    pub retry_after: Option<u64>,
}

/// Result of a handler.
pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    /// An error with any status and code.
    pub fn new(status: StatusCode, code: i64, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            retry_after: None,
        }
    }
    /// 400 / 194: a required parameter is absent.
    pub fn missing(name: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            code::MISSING_PARAMETER,
            format!("Missing required parameter: {name}"),
        )
    }
    /// 400 / 100: a value is malformed or outside what the spec allows.
    pub fn invalid(name: &str, expected: impl std::fmt::Display) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            code::INVALID_PARAMETER,
            format!("Invalid parameter {name}: expected {expected}"),
        )
    }
    /// 404 for an unknown resource.
    pub fn not_found(what: &str, id: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            code::NOT_FOUND,
            format!("{what} {id:?} not found"),
        )
    }
    /// The live API's in-band refusal: HTTP 200 with `success: false`.
    pub fn in_band(code: i64, message: impl Into<String>) -> Self {
        Self::new(StatusCode::OK, code, message)
    }
    /// The body sent for this error.
    pub fn body(&self) -> ApiErrorBody {
        ApiErrorBody {
            success: false,
            error_code: Some(self.code),
            message: self.message.clone(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.body()).unwrap_or_default();
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        response
    }
}

/// A request body whose rejection (too large, unreadable) is a 400 [`ApiError`], not axum's
/// plain text (the spec documents 413 for uploads only).
#[derive(Debug)]
pub struct RawBody(pub bytes::Bytes);

impl<S: Send + Sync> FromRequest<S> for RawBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        bytes::Bytes::from_request(req, state)
            .await
            .map(RawBody)
            .map_err(|e| {
                ApiError::invalid(
                    "body",
                    format!("a readable JSON body of at most 2 MB ({})", e.body_text()),
                )
            })
    }
}

/// Parses a JSON request body, turning serde's complaint into a 400 that names the field.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> ApiResult<T> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::missing("request body (JSON)"));
    }
    serde_json::from_slice(bytes).map_err(|e| {
        let kind = if e.is_syntax() || e.is_eof() {
            "malformed JSON"
        } else {
            "body does not match the schema"
        };
        ApiError::new(
            StatusCode::BAD_REQUEST,
            code::INVALID_PARAMETER,
            format!("Invalid request body ({kind}): {e}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_name_the_field() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct B {
            action: String,
        }
        let e = parse_json::<B>(br#"{"x":1}"#).unwrap_err();
        assert_eq!(e.code, code::INVALID_PARAMETER);
        assert!(e.message.contains("action"), "{}", e.message);
        let e = parse_json::<B>(b"{").unwrap_err();
        assert!(e.message.contains("malformed JSON"), "{}", e.message);
        assert_eq!(
            parse_json::<B>(b"").unwrap_err().code,
            code::MISSING_PARAMETER
        );
    }
}
