//! The page's tag set (tagging a conversation is in [`super::conversations`], as in the spec).

use axum::response::Response;
use serde_json::json;

use super::{S, ok};
use crate::auth::PageRequest;
use crate::error::ApiResult;

/// `GET .../tags`: `{tags: [{id, text, color, lighten_color}], success}`.
pub async fn list_tags(state: S, req: PageRequest) -> ApiResult<Response> {
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    Ok(ok(
        &json!({ "tags": store.pages[page_ix].tags, "success": true }),
    ))
}
