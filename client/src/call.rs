//! Turning progenitor's results into this crate's, and small helpers of the generated surface.

use std::time::Duration;

use progenitor_client::ResponseValue;
use reqwest::header::HeaderMap;

use crate::error::{ApiErrorBody, Error};
use crate::generated::types;
use crate::guard;
use crate::hooks::{IN_BAND_STATUS_HEADER, REQUEST_URL_HEADER};
use crate::retry::parse_retry_after;

type Raw<T> = Result<ResponseValue<T>, progenitor_client::Error<types::ApiError>>;

/// The answer of a generated call, or this crate's error.
pub(crate) async fn finish<T>(result: Raw<T>) -> crate::Result<T> {
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(err) => Err(from_progenitor(err).await),
    }
}

async fn from_progenitor(err: progenitor_client::Error<types::ApiError>) -> Error {
    use progenitor_client::Error as P;
    match err {
        P::ErrorResponse(value) => {
            let (status, url, retry_after) = answer_facts(value.status().as_u16(), value.headers());
            let body = value.into_inner();
            let body = ApiErrorBody {
                success: body.success,
                error_code: body.error_code,
                message: body.message,
                error: body.error,
            };
            Error::from_answer(status, body, retry_after, &url)
        }
        P::UnexpectedResponse(response) => from_response(response).await,
        P::CommunicationError(e) | P::InvalidUpgrade(e) | P::ResponseBodyError(e) => {
            Error::transport(e)
        }
        P::InvalidResponsePayload(bytes, e) => {
            let snippet: String = String::from_utf8_lossy(&bytes).chars().take(120).collect();
            Error::decode(
                None,
                "",
                DecodeFailure {
                    source: e,
                    snippet: crate::redact::redact_text(&snippet),
                },
            )
        }
        P::InvalidRequest(message) => Error::InvalidRequest { message },
        P::Custom(message) => match guard::decode(&message) {
            Some(rail) => Error::GuardRail(rail),
            None => Error::InvalidRequest { message },
        },
    }
}

/// An answer the spec does not list (or a hand-written call's answer), as an error.
pub(crate) async fn from_response(response: reqwest::Response) -> Error {
    let (status, url, retry_after) = answer_facts(response.status().as_u16(), response.headers());
    let bytes = match response.bytes().await {
        Ok(bytes) => bytes,
        Err(e) => return Error::transport(e),
    };
    let mut body = ApiErrorBody::from_json(&bytes).unwrap_or_default();
    if body.message.is_none() {
        body.message = Some(format!(
            "unexpected answer: HTTP {status}, which the spec does not document here"
        ));
    }
    Error::from_answer(status, body, retry_after, &url)
}

/// Status (the real one for in-band errors), redacted URL and `Retry-After` of an answer.
fn answer_facts(status: u16, headers: &HeaderMap) -> (u16, String, Option<Duration>) {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let status = text(IN_BAND_STATUS_HEADER)
        .and_then(|s| s.parse().ok())
        .unwrap_or(status);
    let url = text(REQUEST_URL_HEADER).unwrap_or_default().to_owned();
    let retry_after = text("retry-after").and_then(parse_retry_after);
    (status, url, retry_after)
}

/// A body that does not match the spec, with the start of the body for the message.
#[derive(Debug, thiserror::Error)]
#[error("{source} (body starts with: {snippet})")]
struct DecodeFailure {
    source: serde_json::Error,
    snippet: String,
}

/// The walker's settings for a list operation, from the operation table.
pub(crate) fn pagination_of(operation_id: &str) -> crate::paginate::Pagination {
    crate::operations::operation(operation_id)
        .and_then(|op| op.pagination)
        .map(|p| p.to_pagination(operation_id))
        .expect("build.rs generates streams only for operations with x-pancake-pagination")
}

/// The items of a list answer, whether the spec made the array optional or not.
pub(crate) trait IntoItems<T> {
    fn into_items(self) -> Vec<T>;
}

impl<T> IntoItems<T> for Vec<T> {
    fn into_items(self) -> Vec<T> {
        self
    }
}

impl<T> IntoItems<T> for Option<Vec<T>> {
    fn into_items(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}

/// The total of a list answer, whatever integer type the spec gave it.
pub(crate) trait IntoTotal {
    fn into_total(self) -> Option<u64>;
}

impl IntoTotal for i64 {
    fn into_total(self) -> Option<u64> {
        u64::try_from(self).ok()
    }
}

impl IntoTotal for Option<i64> {
    fn into_total(self) -> Option<u64> {
        self.and_then(|t| u64::try_from(t).ok())
    }
}

impl IntoTotal for u64 {
    fn into_total(self) -> Option<u64> {
        Some(self)
    }
}

impl IntoTotal for Option<u64> {
    fn into_total(self) -> Option<u64> {
        self
    }
}
