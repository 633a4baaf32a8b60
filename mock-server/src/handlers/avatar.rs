//! Customer avatars: the API redirects, the mock serves a small SVG at the target.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{P, S};
use crate::error::{ApiError, ApiResult};

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
pub async fn customer_avatar(
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
