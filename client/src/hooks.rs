//! What runs around every request: the per-page limiter, retries, answer normalisation and tracing.
//!
//! This is progenitor's `ClientHooks::exec` for the generated client, so it covers every generated
//! operation; the hand-written ones (upload, avatar) go through [`Inner::execute`] too.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tracing::Instrument as _;
use tracing::field::Empty;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::ResponseBuilderExt;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, RETRY_AFTER};

use crate::error::{ApiErrorBody, Error};
use crate::generated::Client;
use crate::guard;
use crate::operations::{self, TokenKind};
use crate::rate_limit::RateLimiter;
use crate::redact::{Secret, redact_text, redact_url};
use crate::retry::{self, Decision, Outcome, RetryPolicy};

/// Added to an answer that was an in-band error (HTTP 200 + `success: false`): the real status.
/// The answer itself is handed on as a 400 so that it can never pass for a success.
pub(crate) const IN_BAND_STATUS_HEADER: &str = "x-pancake-client-in-band-status";
/// Added to every answer: the request URL with its tokens redacted, for error messages.
pub(crate) const REQUEST_URL_HEADER: &str = "x-pancake-client-url";
/// Marks the answer made up when the rate limiter could not give a slot (nothing was sent): the
/// page, with the limiter's message as the `ApiError` body's.
pub(crate) const LIMITER_ERROR_HEADER: &str = "x-pancake-client-limiter-error";

/// The per-client state the hooks use; shared by all clones of a client.
#[derive(Debug, Clone)]
pub struct Inner {
    pub(crate) limiter: Arc<dyn RateLimiter>,
    pub(crate) retry: RetryPolicy,
    /// Added to the page-API requests.
    pub(crate) page_token: Option<Secret>,
    /// Added to the user-API requests.
    pub(crate) user_token: Option<Secret>,
}

impl Inner {
    /// Before sending: the guard rails, then the operation's token in the query string.
    pub(crate) fn prepare(
        &self,
        request: &mut reqwest::Request,
        operation_id: &str,
    ) -> Result<(), Error> {
        let Some(operation) = operations::operation(operation_id) else {
            return Ok(());
        };
        let body = request.body().and_then(reqwest::Body::as_bytes);
        guard::check(operation, request.url(), body)?;
        let (name, token, handle) = match operation.token {
            TokenKind::None => return Ok(()),
            TokenKind::Page => (
                "page_access_token",
                &self.page_token,
                "Pancake::page(page_id, page_access_token)",
            ),
            TokenKind::User => (
                "access_token",
                &self.user_token,
                "Pancake::user(access_token)",
            ),
        };
        let token = token.as_ref().filter(|t| !t.is_empty()).ok_or_else(|| Error::InvalidRequest {
            message: format!("`{operation_id}` takes a {name}, and this handle has none: call it on a {handle}"),
        })?;
        request
            .url_mut()
            .query_pairs_mut()
            .append_pair(name, token.expose());
        Ok(())
    }

    /// Sends `request` with limiting, retries and normalisation (see the module docs), in a
    /// `pancake_call` span (operation, page, redacted URL; attempt, limiter wait and status are
    /// recorded as they happen).
    pub(crate) async fn execute(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        operation_id: &str,
    ) -> reqwest::Result<reqwest::Response> {
        let page = limited_page(request.url());
        let shown_url = redact_url(request.url());
        let span = tracing::debug_span!(
            "pancake_call",
            operation = operation_id,
            page_id = page.as_deref().unwrap_or(""),
            url = %shown_url,
            attempt = Empty,
            limiter_wait_ms = Empty,
            status = Empty,
        );
        self.attempts(http, request, operation_id, page, shown_url)
            .instrument(span)
            .await
    }

    async fn attempts(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        operation_id: &str,
        page: Option<String>,
        shown_url: String,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::Span::current();
        let idempotency = retry::idempotency(request.method(), operation_id);
        let method = request.method().clone();
        let mut pending = Some(request);
        let mut attempt: u32 = 0;
        let mut limiter_wait = Duration::ZERO;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let current = pending
                .take()
                .expect("a request is pending at each attempt");
            // Keep a copy for a retry; a streaming body cannot be copied and is sent once.
            let spare = current.try_clone();
            if let Some(page) = &page {
                match self.limiter.acquire(page).await {
                    Ok(waited) => {
                        limiter_wait += waited;
                        span.record("limiter_wait_ms", limiter_wait.as_millis() as u64);
                        if !waited.is_zero() {
                            tracing::trace!(?waited, "waited for the page's rate limit");
                        }
                    }
                    Err(err) => {
                        tracing::warn!(error = %err, "the rate limiter gave no slot; nothing sent");
                        return Ok(limiter_failure(page, &err.to_string(), &shown_url));
                    }
                }
            }
            let started = Instant::now();
            let result = http.execute(current).await;
            let outcome = outcome_of(&result);
            let elapsed = started.elapsed();
            let decision = match &spare {
                Some(_) => retry::decide(
                    &self.retry,
                    attempt,
                    idempotency,
                    outcome,
                    rand::random::<f64>(),
                ),
                None => Decision::GiveUp,
            };
            if let (Decision::Retry { after }, Some(spare)) = (decision, spare) {
                tracing::warn!(
                    operation = operation_id, %method, url = %shown_url, attempt, ?outcome, ?after,
                    "retrying"
                );
                tokio::time::sleep(after).await;
                pending = Some(spare);
                continue;
            }
            return match result {
                Ok(response) => {
                    let status = response.status().as_u16();
                    span.record("status", status);
                    tracing::debug!(
                        operation = operation_id, %method, url = %shown_url, attempt,
                        status, ?elapsed, "answer"
                    );
                    crate::call::note_answer(&shown_url, status);
                    normalize(response, &shown_url).await
                }
                Err(err) => {
                    tracing::debug!(
                        operation = operation_id, %method, url = %shown_url, attempt,
                        error = %redact_text(&err.to_string()), "no answer"
                    );
                    Err(err)
                }
            };
        }
    }
}

/// The answer standing for a limiter that gave no slot: a 503 `ApiError` marked with
/// [`LIMITER_ERROR_HEADER`], which the error conversion turns into [`Error::Limiter`].
fn limiter_failure(page: &str, message: &str, shown_url: &str) -> reqwest::Response {
    let body = serde_json::json!({"success": false, "message": message});
    let mut builder = http::Response::builder()
        .status(reqwest::StatusCode::SERVICE_UNAVAILABLE)
        .header(CONTENT_TYPE, "application/json");
    if let Some(headers) = builder.headers_mut() {
        insert(headers, LIMITER_ERROR_HEADER, page);
        insert(headers, REQUEST_URL_HEADER, shown_url);
    }
    let response = builder
        .body(serde_json::to_vec(&body).expect("a JSON value serializes"))
        .expect("a static status and valid headers");
    reqwest::Response::from(response)
}

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        self.inner()
            .prepare(request, info.operation_id)
            .map_err(|err| match err {
                Error::GuardRail(rail) => progenitor_client::Error::Custom(guard::encode(&rail)),
                Error::InvalidRequest { message } => {
                    progenitor_client::Error::InvalidRequest(message)
                }
                other => progenitor_client::Error::Custom(other.to_string()),
            })
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        self.inner()
            .execute(self.client(), request, info.operation_id)
            .await
    }
}

/// The page whose rate limit a request counts against: page-API requests (those carrying a
/// `page_access_token`) to `/pages/{page_id}/...`. User-API requests are not page-limited.
pub(crate) fn limited_page(url: &url::Url) -> Option<String> {
    if !url.query_pairs().any(|(k, _)| k == "page_access_token") {
        return None;
    }
    let mut segments = url.path_segments()?;
    segments.find(|s| *s == "pages")?;
    let page = segments.next().filter(|s| !s.is_empty())?;
    Some(percent_decode(page))
}

fn percent_decode(segment: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", segment.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| segment.to_owned())
}

fn outcome_of(result: &reqwest::Result<reqwest::Response>) -> Outcome {
    match result {
        Ok(response) => Outcome::Status {
            status: response.status().as_u16(),
            retry_after: response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(retry::parse_retry_after),
        },
        Err(err) if err.is_connect() => Outcome::ConnectError,
        Err(err) if err.is_timeout() => Outcome::Timeout,
        Err(_) => Outcome::OtherTransport,
    }
}

/// Makes every error answer decodable as the spec's `ApiError`, and every in-band error an error.
///
/// - HTTP 2xx with a JSON object saying `success: false` is handed on as a 400 carrying
///   [`IN_BAND_STATUS_HEADER`], so the generated code takes it for the error it is.
/// - A 4xx/5xx whose body is not an `ApiError` (an HTML page from a proxy, an empty 429) gets an
///   `ApiError` body made from what was there, so its status and headers are not lost in a decoding
///   failure (progenitor.md, pitfall 3).
/// - Every answer carries the redacted request URL in [`REQUEST_URL_HEADER`].
async fn normalize(
    response: reqwest::Response,
    shown_url: &str,
) -> reqwest::Result<reqwest::Response> {
    let status = response.status();
    // Every answer is read whole, whatever its declared type: an in-band error sent as
    // `text/html` must not pass for a success either. (The JSON API's answers are small.)
    let url = response.url().clone();
    let version = response.version();
    let mut headers = response.headers().clone();
    let body = response.bytes().await?;
    let mut new_status = status;
    let mut new_body = body.clone();
    if status.is_success() {
        if let Some(envelope) =
            ApiErrorBody::from_json(&body).filter(ApiErrorBody::is_in_band_error)
        {
            new_status = reqwest::StatusCode::BAD_REQUEST;
            new_body = api_error_json(&envelope, &body);
            insert(&mut headers, IN_BAND_STATUS_HEADER, status.as_str());
        }
    } else {
        let envelope = ApiErrorBody::from_json(&body).unwrap_or_default();
        new_body = api_error_json(&envelope, &body);
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    }
    insert(&mut headers, REQUEST_URL_HEADER, shown_url);
    headers.remove(reqwest::header::CONTENT_LENGTH);
    let mut builder = http::Response::builder()
        .status(new_status)
        .version(version)
        .url(url);
    if let Some(slot) = builder.headers_mut() {
        *slot = headers;
    }
    let rebuilt = builder
        .body(new_body)
        .expect("status, version and headers come from a valid response");
    Ok(reqwest::Response::from(rebuilt))
}

/// An `ApiError` JSON body from a lenient reading of what the server sent.
fn api_error_json(envelope: &ApiErrorBody, raw: &[u8]) -> bytes::Bytes {
    let message = envelope.message.clone().unwrap_or_else(|| {
        let text = String::from_utf8_lossy(raw);
        let snippet: String = text.chars().take(200).collect();
        if snippet.trim().is_empty() {
            "(empty body)".to_owned()
        } else {
            format!("(not an ApiError body) {}", redact_text(snippet.trim()))
        }
    });
    let json = serde_json::json!({
        "success": false,
        "error_code": envelope.error_code,
        "message": message,
    });
    bytes::Bytes::from(serde_json::to_vec(&json).expect("a JSON value serializes"))
}

fn insert(headers: &mut HeaderMap, name: &'static str, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(HeaderName::from_static(name), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_page_api_requests_are_limited() {
        let url = |s: &str| url::Url::parse(s).unwrap();
        assert_eq!(
            limited_page(&url(
                "http://h/api/public_api/v2/pages/123/conversations?page_access_token=t"
            )),
            Some("123".into())
        );
        assert_eq!(
            limited_page(&url(
                "http://h/api/public_api/v1/pages/wa_84%40c.us/tags?x=1&page_access_token=t"
            )),
            Some("wa_84@c.us".into())
        );
        assert_eq!(
            limited_page(&url(
                "http://h/api/v1/pages/123/generate_page_access_token?access_token=t"
            )),
            None
        );
        assert_eq!(
            limited_page(&url("http://h/api/v1/pages?access_token=t")),
            None
        );
        assert_eq!(
            limited_page(&url("http://h/api/v1/pages/123/avatar/9")),
            None
        );
    }
}
