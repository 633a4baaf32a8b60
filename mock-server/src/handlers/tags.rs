//! The page's tag set (tagging a conversation is in [`super::conversations`], as in the spec).

use axum::extract::RawQuery;
use axum::response::Response;
use serde_json::json;

use super::{OperationId, P, S, ok};
use crate::auth::page_request;
use crate::error::ApiResult;

/// `GET .../tags`: `{tags: [{id, text, color, lighten_color}], success}`.
pub async fn list_tags(
    state: S,
    op: OperationId,
    P(page_id): P<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let req = page_request(&state, &op, &page_id, raw.as_deref())?;
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    Ok(ok(
        &json!({ "tags": store.pages[page_ix].tags, "success": true }),
    ))
}
