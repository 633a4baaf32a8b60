//! The pages of the account, their tokens, and the avatars of their customers (the API
//! redirects; the mock serves a small SVG at the target).

use axum::extract::RawQuery;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::{OperationId, P, S, ok};
use crate::auth::user_request;
use crate::error::{ApiError, ApiResult};

/// `GET /v1/pages`: `{pages: [{id, name, platform, avatar_url}], success}`.
pub async fn list_pages(state: S, op: OperationId, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    user_request(&state, &op, raw.as_deref())?;
    let store = state.read();
    let pages: Vec<_> = store.pages.iter().map(|p| &p.page).collect();
    Ok(ok(&json!({ "pages": pages, "success": true })))
}

/// `POST /v1/pages/{page_id}/generate_page_access_token`: a new page token; the old one then
/// answers error 105.
pub async fn generate_page_access_token(
    state: S,
    op: OperationId,
    P(page_id): P<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    state.read().page(&page_id)?;
    user_request(&state, &op, raw.as_deref())?;
    let mut store = state.write();
    let token = format!("pat_{}", store.new_hex(40));
    let page = store.page_mut(&page_id)?;
    let old = std::mem::replace(&mut page.token, token.clone());
    page.retired_tokens.insert(old);
    tracing::info!(page_id, "page access token renewed");
    Ok(ok(&json!({ "success": true, "page_access_token": token })))
}

fn customer_name(state: &S, page_id: &str, psid: &str) -> ApiResult<String> {
    let store = state.read();
    let page = store.page(page_id)?;
    page.customers
        .iter()
        .find(|c| c.psid == psid)
        .map(|c| c.name.to_string())
        .ok_or_else(|| ApiError::not_found("Customer", psid))
}

/// `GET /v1/pages/{page_id}/avatar/{psid}` (no token): 301 to the avatar image.
pub async fn get_customer_avatar(
    state: S,
    P((page_id, psid)): P<(String, String)>,
) -> ApiResult<Response> {
    customer_name(&state, &page_id, &psid)?;
    let location = format!("/avatars/{}/{}.svg", encode(&page_id), encode(&psid));
    Ok((
        StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, location)],
    )
        .into_response())
}

fn encode(segment: &str) -> String {
    url::form_urlencoded::byte_serialize(segment.as_bytes()).collect()
}

/// `GET /avatars/{page_id}/{psid}.svg`: the customer's initials on a coloured disc.
pub async fn avatar_image(
    state: S,
    P((page_id, file)): P<(String, String)>,
) -> ApiResult<Response> {
    let psid = file.strip_suffix(".svg").unwrap_or(&file);
    let name = customer_name(&state, &page_id, psid)?;
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect();
    let hue = psid
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 360;
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="32" fill="hsl({hue},55%,55%)"/><text x="32" y="40" font-size="24" text-anchor="middle" fill="#fff" font-family="sans-serif">{initials}</text></svg>"##
    );
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}
