//! Turning progenitor's results into this crate's, and small helpers of the generated surface.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use progenitor_client::ResponseValue;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::error::{ApiErrorBody, Error};
use crate::generated::types;
use crate::guard;
use crate::hooks::{IN_BAND_STATUS_HEADER, LIMITER_ERROR_HEADER, REQUEST_URL_HEADER};
use crate::retry::parse_retry_after;

type Raw<T> = Result<ResponseValue<T>, progenitor_client::Error<types::ApiError>>;

tokio::task_local! {
    /// The call in flight in this task: the hooks write the redacted URL and status of its answer
    /// here, so that a decoding failure (which progenitor reports without them) can name them.
    static CALL: Arc<Mutex<Option<(String, u16)>>>;
}

/// Notes the redacted URL and the status of the answer of the call in flight (see [`CALL`]).
pub(crate) fn note_answer(url: &str, status: u16) {
    let _ = CALL.try_with(|slot| {
        *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some((url.to_owned(), status));
    });
}

/// Runs a generated call (`send`) and returns its answer, or this crate's error.
pub(crate) async fn finish<T: DeserializeOwned>(
    operation: &'static str,
    send: impl Future<Output = Raw<T>>,
) -> crate::Result<T> {
    let slot = Arc::new(Mutex::new(None));
    let result = CALL.scope(slot.clone(), send).await;
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(progenitor_client::Error::InvalidResponsePayload(bytes, err)) => {
            let (url, status) = slot
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
                .unwrap_or_default();
            let status = (status != 0).then_some(status);
            // Decode again, this time tracking the path, to say where the body went wrong.
            match crate::error::decode_json::<T>(operation, status, &url, &bytes) {
                Err(located) => Err(located),
                Ok(_) => Err(Error::decode(operation, status, &url, err)),
            }
        }
        Err(err) => Err(from_progenitor(err).await),
    }
}

async fn from_progenitor(err: progenitor_client::Error<types::ApiError>) -> Error {
    use progenitor_client::Error as P;
    match err {
        P::ErrorResponse(value) => {
            if let Some(err) = limiter_error(
                value.headers(),
                value.message.as_deref().unwrap_or_default(),
            ) {
                return err;
            }
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
        P::InvalidResponsePayload(_, e) => Error::decode("", None, "", e),
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
    let headers = response.headers().clone();
    let bytes = match response.bytes().await {
        Ok(bytes) => bytes,
        Err(e) => return Error::transport(e),
    };
    let mut body = ApiErrorBody::from_json(&bytes).unwrap_or_default();
    if let Some(err) = limiter_error(&headers, body.message.as_deref().unwrap_or_default()) {
        return err;
    }
    if body.message.is_none() {
        body.message = Some(format!(
            "unexpected answer: HTTP {status}, which the spec does not document here"
        ));
    }
    Error::from_answer(status, body, retry_after, &url)
}

/// The limiter's refusal, if this made-up answer stands for one (see `hooks::limiter_failure`).
fn limiter_error(headers: &HeaderMap, message: &str) -> Option<Error> {
    let page_id = headers.get(LIMITER_ERROR_HEADER)?.to_str().ok()?;
    Some(Error::Limiter {
        page_id: page_id.to_owned(),
        message: message.to_owned(),
    })
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
