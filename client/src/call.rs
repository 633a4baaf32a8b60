//! The call site: runs a call in its [`context`](crate::context), and turns progenitor's result,
//! with what the hooks wrote into the context, into this crate's.

use std::future::Future;
use std::time::Duration;

use progenitor_client::ResponseValue;
use reqwest::header::{HeaderMap, RETRY_AFTER};
use serde::de::DeserializeOwned;

use crate::context::{self, CallContext};
use crate::error::{ApiErrorBody, Error};
use crate::generated::types;
use crate::retry::parse_retry_after;

type Raw<T> = Result<ResponseValue<T>, progenitor_client::Error<types::ApiError>>;

/// Runs a generated call (`send`) and returns its answer, or this crate's error.
pub(crate) async fn finish<T: DeserializeOwned>(
    operation: &'static str,
    send: impl Future<Output = Raw<T>>,
) -> crate::Result<T> {
    let (result, call) = context::run(send).await;
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(err) => Err(from_progenitor::<T>(operation, err, call).await),
    }
}

async fn from_progenitor<T: DeserializeOwned>(
    operation: &'static str,
    err: progenitor_client::Error<types::ApiError>,
    call: CallContext,
) -> Error {
    use progenitor_client::Error as P;
    if let Some(refusal) = call.refusal {
        return refusal.into_error();
    }
    match err {
        P::ErrorResponse(value) => {
            let status = call.status.unwrap_or(value.status().as_u16());
            let retry_after = retry_after(value.headers());
            let body = value.into_inner();
            let body = ApiErrorBody {
                success: body.success,
                error_code: body.error_code,
                message: body.message,
                error: body.error,
            };
            Error::from_answer(status, body, retry_after, &call.url)
        }
        P::UnexpectedResponse(response) => from_response(response, &call).await,
        P::InvalidResponsePayload(bytes, err) => {
            // Decode again, this time tracking the path, to say where the body went wrong.
            match crate::error::decode_json::<T>(operation, call.status, &call.url, &bytes) {
                Err(located) => located,
                Ok(_) => Error::decode(operation, call.status, &call.url, err),
            }
        }
        P::CommunicationError(e) | P::InvalidUpgrade(e) | P::ResponseBodyError(e) => {
            Error::transport(e)
        }
        // A builder's own refusal (a required parameter not set, a value that does not
        // convert): its message names the parameter, and the operation is added here.
        P::InvalidRequest(message) | P::Custom(message) => Error::InvalidRequest {
            message: format!("{operation}: {message}"),
        },
    }
}

/// An answer the spec does not list (or a hand-written call's answer), as an error.
pub(crate) async fn from_response(response: reqwest::Response, call: &CallContext) -> Error {
    let status = call.status.unwrap_or(response.status().as_u16());
    let retry_after = retry_after(response.headers());
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
    Error::from_answer(status, body, retry_after, &call.url)
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(parse_retry_after)
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
