//! User API: the pages of the account and their tokens.

use axum::extract::RawQuery;
use axum::response::Response;
use serde_json::json;

use super::{P, S, ok};
use crate::auth::user_request;
use crate::error::ApiResult;

/// `GET /v1/pages`: `{pages: [{id, name, platform, avatar_url}], success}`.
pub async fn list_pages(state: S, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    user_request(&state, "list_pages", raw.as_deref())?;
    let store = state.read();
    let pages: Vec<_> = store.pages.iter().map(|p| &p.page).collect();
    Ok(ok(&json!({ "pages": pages, "success": true })))
}

/// `POST /v1/pages/{page_id}/generate_page_access_token`: a new page token; the old one then
/// answers error 105.
pub async fn generate_page_access_token(
    state: S,
    P(page_id): P<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    state.read().page(&page_id)?;
    user_request(&state, "generate_page_access_token", raw.as_deref())?;
    let mut store = state.write();
    let token = format!("pat_{}", store.new_hex(40));
    let page = store.page_mut(&page_id)?;
    let old = std::mem::replace(&mut page.token, token.clone());
    page.retired_tokens.insert(old);
    tracing::info!(page_id, "page access token renewed");
    Ok(ok(&json!({ "success": true, "page_access_token": token })))
}
