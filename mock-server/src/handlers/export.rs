//! Export of conversations that came from ads.

use axum::extract::RawQuery;
use axum::response::Response;
use serde_json::json;

use super::{P, S, ok, required_range};
use crate::auth::page_request;
use crate::error::ApiResult;
use crate::model::Conversation;

/// Conversations per export call.
pub const EXPORT_PAGE_SIZE: usize = 60;

/// `GET .../export_data?action=conversations_from_ads`: conversations with ad ids created in
/// `since..until`, oldest first, 60 per call from `offset`; `{data, success}`.
pub async fn export_data(
    state: S,
    P(page_id): P<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let req = page_request(&state, &page_id, raw.as_deref())?;
    let q = &req.query;
    q.required("action")?;
    q.one_of("action", &["conversations_from_ads"])?;
    let (since, until) = required_range(q)?;
    let offset = q.int_in("offset", 0, i64::MAX)?.unwrap_or(0) as usize;
    let store = state.read();
    let mut matching: Vec<&Conversation> = store.pages[req.page]
        .conversations
        .iter()
        .filter(|c| !c.ad_ids.is_empty() && (since..=until).contains(&c.inserted_at.0))
        .collect();
    matching.sort_by(|a, b| {
        a.inserted_at
            .cmp(&b.inserted_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    let data: Vec<&Conversation> = matching
        .into_iter()
        .skip(offset)
        .take(EXPORT_PAGE_SIZE)
        .collect();
    Ok(ok(&json!({ "data": data, "success": true })))
}
