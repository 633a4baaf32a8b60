//! Who may call what: page tokens for the page API, the user token for the user API, and the
//! per-page rate limit that comes with page API calls.
//!
//! Order of checks for a page API call, as the live API behaves: unknown page (404), rate limit
//! (429), missing token (400/194), wrong token (HTTP 200, 102), replaced token (HTTP 200, 105).

use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::StatusCode;
use axum::http::request::Parts;

use crate::error::{ApiError, ApiResult, code};
use crate::handlers::OperationId;
use crate::query::QueryParams;
use crate::state::AppState;
use crate::store::{Store, TokenCheck};

/// A page API request that passed page lookup, rate limit and token checks: the extractor every
/// page-token operation's handler starts with, so these checks and their order live here once.
#[derive(Debug)]
pub struct PageRequest {
    /// The operation it was routed to.
    pub operation: OperationId,
    /// The page id of the path.
    pub page_id: String,
    /// The query string.
    pub query: QueryParams,
}

impl FromRequestParts<Arc<AppState>> for PageRequest {
    type Rejection = ApiError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let Ok(operation) = OperationId::from_request_parts(parts, state).await;
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|e| ApiError::invalid("path", e.body_text()))?;
        let page_id = params
            .iter()
            .find(|(name, _)| *name == "page_id")
            .map(|(_, value)| value.to_owned())
            .ok_or_else(|| ApiError::missing("page_id"))?;
        page_request(state, operation, &page_id, parts.uri.query())
    }
}

/// Checks a page API request for `page_id`.
///
/// After the token, the query is checked against the spec's parameters of `operation`.
fn page_request(
    state: &AppState,
    operation: OperationId,
    page_id: &str,
    raw_query: Option<&str>,
) -> ApiResult<PageRequest> {
    let query = QueryParams::parse(raw_query);
    let store = state.read();
    let page = store.page_index(page_id)?;
    if let Err(retry_after) = state.limiter.take(page_id, state.clock.now()) {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            code::RATE_LIMITED,
            format!(
                "Calls to page {page_id} have exceeded the rate limit; retry after {retry_after} s"
            ),
        );
        e.retry_after = Some(retry_after);
        return Err(e);
    }
    let token = query.required("page_access_token")?;
    match store.pages[page].check_token(token) {
        TokenCheck::Valid => {
            crate::spec::tables().check_query(&operation, &query)?;
            Ok(PageRequest {
                operation,
                page_id: page_id.to_owned(),
                query,
            })
        }
        TokenCheck::Renewed => Err(ApiError::in_band(
            code::TOKEN_RENEWED,
            "access_token has been renewed: use the page_access_token returned by generate_page_access_token",
        )),
        TokenCheck::Invalid => Err(ApiError::in_band(
            code::INVALID_TOKEN,
            "Invalid access_token",
        )),
    }
}

impl PageRequest {
    /// The page's index in `store` as it is now: a fixture load or reset between the checks
    /// and taking the lock may have moved (or removed) the page.
    pub fn page_in(&self, store: &Store) -> ApiResult<usize> {
        store.page_index(&self.page_id)
    }
}

/// Checks a user API request: `access_token` present (400/194) and right (401/102).
pub fn user_request(
    state: &AppState,
    operation_id: &str,
    raw_query: Option<&str>,
) -> ApiResult<QueryParams> {
    let query = QueryParams::parse(raw_query);
    let token = query.required("access_token")?;
    state.read().check_user_token(token)?;
    crate::spec::tables().check_query(operation_id, &query)?;
    Ok(query)
}
