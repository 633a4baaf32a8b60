//! Posts of a page.

use axum::response::Response;
use serde_json::json;

use super::{S, ok, page_window, required_range};
use crate::auth::PageRequest;
use crate::error::ApiResult;
use crate::model::Post;

/// `GET .../posts`: posts created in `since..until`, newest first, by page number, optionally of
/// one `type`; `{success, posts, total}`.
pub async fn list_posts(state: S, req: PageRequest) -> ApiResult<Response> {
    let q = &req.query;
    let (since, until) = required_range(q)?;
    let (skip, size) = page_window(q, crate::spec::tables().max_page_size(&req.operation), None)?;
    let kind = q.get("type");
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let matching: Vec<&Post> = store.pages[page_ix]
        .posts
        .iter()
        .filter(|p| (since..=until).contains(&p.inserted_at.0) && kind.is_none_or(|k| p.kind == k))
        .collect();
    let posts: Vec<&Post> = matching.iter().skip(skip).take(size).copied().collect();
    Ok(ok(
        &json!({ "success": true, "posts": posts, "total": matching.len() }),
    ))
}
