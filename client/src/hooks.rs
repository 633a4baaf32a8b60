//! What runs around every request: the per-page limiter, retries, answer normalisation and tracing.
//!
//! This is progenitor's `ClientHooks::exec` for the generated client, so it covers every generated
//! operation; the hand-written ones (upload, avatar) go through [`Inner::execute`] too. What the
//! hooks learn that the caller needs (the redacted URL, the real status, a refusal) they write into
//! the call's [`CallContext`](crate::context::CallContext), never into the answer.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tracing::Instrument as _;
use tracing::field::Empty;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::ResponseBuilderExt;
use reqwest::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER};

use crate::context::{self, Refusal};
use crate::error::ApiErrorBody;
use crate::generated::Client;
use crate::guard;
use crate::operations::{self, OperationMeta, TokenKind};
use crate::rate_limit::RateLimiter;
use crate::redact::{Secret, redact_text, redact_url};
use crate::retry::{self, Decision, Outcome, RetryPolicy};

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
    ) -> Result<(), Refusal> {
        let Some(operation) = operations::operation(operation_id) else {
            return Ok(());
        };
        let body = request.body().and_then(reqwest::Body::as_bytes);
        guard::check(operation, request.url(), body).map_err(Refusal::GuardRail)?;
        let (token, handle) = match operation.token {
            TokenKind::None => return Ok(()),
            TokenKind::Page => (&self.page_token, "Pancake::page"),
            TokenKind::User => (&self.user_token, "Pancake::user"),
        };
        let name = operation
            .token
            .parameter()
            .expect("a page or user token has a parameter");
        let token = token.as_ref().filter(|t| !t.is_empty()).ok_or_else(|| {
            Refusal::MissingToken(format!(
                "`{operation_id}` takes a {name}, and this handle has none: call it on a handle made by {handle}"
            ))
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
        let page = operations::operation(operation_id)
            .and_then(|operation| limited_page(operation, request.url()));
        let shown_url = redact_url(request.url());
        context::record(|call| call.url.clone_from(&shown_url));
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
                        let message = err.to_string();
                        context::record(|call| {
                            call.refusal = Some(Refusal::Limiter {
                                page_id: page.clone(),
                                message: message.clone(),
                            });
                        });
                        return Ok(limiter_failure(&message));
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
                    context::record(|call| call.status = Some(status));
                    normalize(response).await
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

/// The answer standing for a limiter that gave no slot (`exec` must return an answer): a 503
/// `ApiError`. The call site reads the refusal from the call's context, so this answer is only
/// what progenitor's `send()` (crate-private, run by `execute()`) sees.
fn limiter_failure(message: &str) -> reqwest::Response {
    let body = serde_json::json!({"success": false, "message": message});
    let response = http::Response::builder()
        .status(reqwest::StatusCode::SERVICE_UNAVAILABLE)
        .header(CONTENT_TYPE, "application/json")
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
            .map_err(|refusal| {
                // The call site reads the typed refusal from the context; the message is only
                // what progenitor's `send()` (crate-private, run by `execute()`) carries.
                let message = refusal.to_string();
                context::record(|call| call.refusal = Some(refusal));
                progenitor_client::Error::InvalidRequest(message)
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

/// The page whose rate limit a request counts against: the `page_id` path parameter of an
/// operation the spec's `x-pancake-rate-limit` covers (the table's `rate_limited`), read from the
/// URL at the place the operation's path template gives it. Other requests are not page-limited.
pub(crate) fn limited_page(operation: &OperationMeta, url: &url::Url) -> Option<String> {
    if !operation.rate_limited {
        return None;
    }
    let template: Vec<&str> = operation.path.trim_start_matches('/').split('/').collect();
    let at = template.iter().position(|s| *s == "{page_id}")?;
    let segments: Vec<&str> = url.path_segments()?.collect();
    // The base URL may have a path of its own (`/api`): the template is the URL's tail.
    let start = segments.len().checked_sub(template.len())?;
    let page = segments.get(start + at).filter(|s| !s.is_empty())?;
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
/// - HTTP 2xx with a JSON object saying `success: false` is handed on as a 400, so the generated
///   code takes it for the error it is (the real status is in the call's context).
/// - A 4xx/5xx whose body is not an `ApiError` (an HTML page from a proxy, an empty 429) gets an
///   `ApiError` body made from what was there, so its status and headers are not lost in a decoding
///   failure (progenitor.md, pitfall 3).
async fn normalize(response: reqwest::Response) -> reqwest::Result<reqwest::Response> {
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
        }
    } else {
        let envelope = ApiErrorBody::from_json(&body).unwrap_or_default();
        new_body = api_error_json(&envelope, &body);
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rate_limited_operations_are_limited_by_their_page() {
        let limited = |id: &str, url: &str| {
            let operation = operations::operation(id).unwrap();
            limited_page(operation, &url::Url::parse(url).unwrap())
        };
        assert_eq!(
            limited(
                "list_conversations",
                "http://h/api/public_api/v2/pages/123/conversations?page_access_token=t"
            ),
            Some("123".into())
        );
        assert_eq!(
            limited(
                "list_tags",
                "http://h/public_api/v1/pages/wa_84%40c.us/tags?x=1&page_access_token=t"
            ),
            Some("wa_84@c.us".into())
        );
        assert_eq!(
            limited(
                "generate_page_access_token",
                "http://h/api/v1/pages/123/generate_page_access_token?access_token=t"
            ),
            None
        );
        assert_eq!(
            limited("list_pages", "http://h/api/v1/pages?access_token=t"),
            None
        );
        assert_eq!(
            limited("get_customer_avatar", "http://h/api/v1/pages/123/avatar/9"),
            None
        );
    }
}
